"""The service's HTTP side: the JSON API under /api/v1 with keys, roles and masking (`api.app.create_app`), and
the reviewer pages (`api.web`)."""
