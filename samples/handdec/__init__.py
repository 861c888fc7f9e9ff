"""Thirty hand-written fictional price-law decisions with their truth: held out until stop 25, a development set since (README.md)."""
