"""A thirty-third set of hand-written fictional decisions with their truth, written independently with agency house styles as its emphasis: a held-out set (README.md)."""
