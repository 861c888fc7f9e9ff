"""Thirty hand-written fictional price-law decisions with their truth: a held-out test set (README.md)."""
