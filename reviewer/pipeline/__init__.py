"""The review pipeline (ingest → segment → extract → check → score) and scoring; the service layers reach the
readers only through `reviewer.pipeline.sources`."""
