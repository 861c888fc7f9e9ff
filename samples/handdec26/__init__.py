"""A twenty-sixth set of hand-written fictional price-law decisions (2020–2026) with their truth, written independently with who the party is as its emphasis: a development set (README.md)."""
