"""casefile-reviewer: pre-scored review drafts of administrative-penalty case files."""

__version__ = "0.1.0"
