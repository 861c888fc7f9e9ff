"""A fifteenth set of hand-written fictional decisions with their truth, written independently with the sub-types of price violations as its emphasis: a development set (README.md)."""
