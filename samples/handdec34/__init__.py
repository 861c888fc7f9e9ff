"""A thirty-fourth set of hand-written fictional decisions with their truth, written independently with the procedure history and the closing lines as its emphasis: a development set (README.md)."""
