"""Hand-written fictional decisions, fourteenth set: a held-out mix of messy real-agency shapes."""
