"""A thirty-eighth set of hand-written fictional price decisions with their truth, written independently as a general mix of agencies, years and house styles: held out (README.md)."""
