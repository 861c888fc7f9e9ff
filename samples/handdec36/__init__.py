"""A thirty-sixth set of hand-written fictional decisions with their truth, written independently with the variety of issuing agencies as its emphasis: a development set (README.md)."""
