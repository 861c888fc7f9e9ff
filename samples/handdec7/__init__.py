"""A seventh set of hand-written fictional price decisions with their truth, written independently as a general mix of county and city bureaus: held out (README.md)."""
