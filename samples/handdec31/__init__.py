"""A thirty-first set of hand-written fictional decisions with their truth, written independently with the money and the penalty kinds as its emphasis: a development set (README.md)."""
