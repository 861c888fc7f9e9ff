"""An independent generator of price-law 行政处罚决定书 (and 不予/当场 decisions) with hand-derived truth.

Written without reading the project's extractors or checks: the truth follows tests/real/README.md only."""
