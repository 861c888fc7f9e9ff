"""A second set of hand-written fictional decisions with their truth, by another author: held out until stop 25, a development set since (README.md)."""
