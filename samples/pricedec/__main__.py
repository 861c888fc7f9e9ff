"""`python -m samples.pricedec --out DIR --seed N --count K`."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main(sys.argv[1:]))
