"""rq jobs on Redis (arrives with the service issue)."""
