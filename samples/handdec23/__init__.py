"""A twenty-third set of hand-written fictional price-law decisions with their truth, written independently as a general mix of shapes, layouts and defects: held out (README.md)."""
