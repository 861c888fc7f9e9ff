"""A fifth set of hand-written fictional decisions with their truth, by another author: a development set (README.md)."""
