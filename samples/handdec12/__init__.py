"""Hand-written decisions, twelfth set (fictional 霁川省): distractor-heavy narratives."""
