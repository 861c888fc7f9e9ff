"""A thirty-fifth set of hand-written fictional decisions with their truth, written independently with five agency house styles as its emphasis: a development set (README.md)."""
