"""A nineteenth set of hand-written fictional price decisions with their truth, written independently as a general mix close to real published decisions: a held-out set (README.md)."""
