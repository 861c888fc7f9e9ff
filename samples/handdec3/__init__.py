"""A third set of hand-written fictional decisions with their truth, by a third author: a development set (README.md)."""
