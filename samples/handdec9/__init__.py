"""Hand-written fictional penalty decisions, ninth set: amounts, penalty kinds and party types (development set)."""
