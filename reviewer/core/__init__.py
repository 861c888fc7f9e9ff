"""The ground floor: the document model, typed errors, settings, the statutory calendar and the shared
vocabularies (instrument kinds, identifiers). It imports nothing of the project, so every layer may use it."""
