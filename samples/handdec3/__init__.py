"""A third set of hand-written fictional decisions with their truth, by a third author: held out (README.md)."""
