"""A sixth set of hand-written fictional decisions with their truth, written independently with the party block as its emphasis: a development set (README.md)."""
