"""The routes of /api/v1, one module per resource, plus the health probes at the root."""
