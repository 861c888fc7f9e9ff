"""A thirteenth set of hand-written fictional decisions with their truth, written independently with messy page layouts as its emphasis: a development set (README.md)."""
