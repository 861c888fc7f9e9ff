"""FastAPI web API and reviewer pages (arrives with the service issue)."""
