"""A twenty-eighth set of hand-written fictional price-law decisions with their truth, written independently in the styles of different clerks: a held-out set (README.md)."""
