"""The reviewer's web pages (issue 5): sign-in, case list and upload, the review page, exports, batches and the
agreement view — server-rendered Jinja2 templates with a little plain JS, no CDN. `api.app.create_app`
includes `router` at / and serves `api/web/static` at /static."""

from __future__ import annotations

from fastapi import APIRouter

from api.web import routes_auth, routes_batches, routes_cases, routes_exports, routes_review
from api.web.common import html_error

router = APIRouter(include_in_schema=False)
for _module in (routes_auth, routes_cases, routes_review, routes_exports, routes_batches):
    router.include_router(_module.router)

__all__ = ["html_error", "router"]
