"""An eighth set of hand-written fictional decisions with their truth, written independently with the citations as its emphasis: a development set (README.md)."""
