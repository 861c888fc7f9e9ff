"""`python -m reviewer.cli …` — how workers spawned by `reviewer batch` and the tests start the CLI."""

from reviewer.cli.main import main

main()
