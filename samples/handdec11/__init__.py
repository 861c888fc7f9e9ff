"""An eleventh set of hand-written fictional decisions with their truth, written independently with decision-scope defects and look-alike traps as its emphasis: a development set (README.md)."""
