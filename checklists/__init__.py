"""Review standards as YAML data, their schema and the check engine (arrives with the checklist issue)."""
