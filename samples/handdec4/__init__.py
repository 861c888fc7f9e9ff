"""A fourth set of hand-written fictional decisions with their truth, by another author: held out (README.md)."""
