"""A twenty-seventh set of hand-written fictional price-law decisions with their truth, written independently with subtle decision-scope defects as its emphasis: a development set (README.md)."""
