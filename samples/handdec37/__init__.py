"""A thirty-seventh set of hand-written fictional decisions with their truth, written independently to imitate the text-layer layout of real published decisions: a development set (README.md)."""
