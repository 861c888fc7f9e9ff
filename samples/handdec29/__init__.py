"""A twenty-ninth set of hand-written fictional price decisions with their truth, a general mix written independently: held out (README.md)."""
