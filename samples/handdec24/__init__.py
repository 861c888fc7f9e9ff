"""A twenty-fourth set of hand-written fictional decisions with their truth, written independently with law versions over time (2019–2026) as its emphasis: a development set (README.md)."""
