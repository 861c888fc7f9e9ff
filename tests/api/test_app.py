"""The app around the routes: probes, the error shape, OpenAPI, and the session-cookie way in."""

from __future__ import annotations

import base64
import json

import itsdangerous

from reviewer.core.settings import Settings
from tests.api.conftest import AGENCY_A, SAMPLES, World, build_world


def test_healthz_needs_no_credentials(world: World) -> None:
    response = world.client.get("/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_readyz_checks_database_and_redis(world: World) -> None:
    response = world.client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "checks": {"database": "ok", "redis": "ok"}}


def test_readyz_names_what_is_down(sqlite_settings: Settings) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app

    no_redis = sqlite_settings.model_copy(update={"redis_url": "redis://127.0.0.1:1/0"})
    body = TestClient(create_app(no_redis)).get("/readyz")
    assert body.status_code == 503
    assert body.json()["checks"] == {"database": "ok", "redis": "unreachable"}

    no_database = sqlite_settings.model_copy(update={"database_url": "postgresql+psycopg://postgres@127.0.0.1:1/none"})
    body = TestClient(create_app(no_database)).get("/readyz")
    assert body.status_code == 503
    assert body.json()["checks"] == {"database": "unreachable", "redis": "ok"}


def test_errors_have_one_shape_with_chinese_messages(world: World) -> None:
    cases = [
        (world.client.get("/api/v1/nowhere"), 404, "not_found"),
        (world.client.delete("/api/v1/cases", headers=world.headers("admin")), 405, "method_not_allowed"),
        (
            world.client.get("/api/v1/cases", params={"limit": 0}, headers=world.headers("admin")),
            422,
            "invalid_request",
        ),
        (
            world.client.get("/api/v1/cases", params={"status": "lost"}, headers=world.headers("admin")),
            422,
            "invalid_request",
        ),
        (world.client.get("/api/v1/cases"), 401, "unauthenticated"),
        (world.client.get("/api/v1/cases/not-a-case", headers=world.headers("admin")), 404, "case_not_found"),
        (
            world.client.post(
                "/api/v1/keys",
                content=b"{not json",
                headers={**world.headers("admin"), "Content-Type": "application/json"},
            ),
            422,
            "invalid_request",
        ),
    ]
    for response, status, code in cases:
        assert response.status_code == status, response.text
        error = response.json()["error"]
        assert error["code"] == code
        assert any("\u4e00" <= char <= "\u9fff" for char in error["message"]), error


def test_openapi_is_served_and_describes_the_api(world: World) -> None:
    spec = world.client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    paths = spec["paths"]
    for path in (
        "/api/v1/cases",
        "/api/v1/cases/{case_id}/draft",
        "/api/v1/cases/{case_id}/findings/{check_id}",
        "/api/v1/batches",
        "/api/v1/cases/{case_id}/export.docx",
        "/readyz",
    ):
        assert path in paths, path
    upload = paths["/api/v1/cases"]["post"]
    assert "multipart/form-data" in upload["requestBody"]["content"]
    assert set(paths["/api/v1/batches"]["post"]["requestBody"]["content"]) == {
        "application/json",
        "multipart/form-data",
    }
    patch = paths["/api/v1/cases/{case_id}/findings/{check_id}"]["patch"]
    assert any(p["name"] == "if-match" and p["in"] == "header" for p in patch["parameters"])
    assert {"412", "428", "409"} <= set(patch["responses"])
    schemes = spec["components"]["securitySchemes"]
    assert {"HTTPBearer", "APIKeyHeader"} <= set(schemes)


def _session_cookie(secret: str, data: dict) -> str:
    """Sign a session the way starlette's SessionMiddleware does (what the sign-in page would set)."""
    payload = base64.b64encode(json.dumps(data).encode())
    return itsdangerous.TimestampSigner(secret).sign(payload).decode()


def test_session_cookie_signs_in_and_writes_need_the_csrf_token(sqlite_settings: Settings) -> None:
    from reviewer.store import create_user

    settings = sqlite_settings
    world = build_world(settings)
    with world.session() as session:
        user_id = create_user(
            session, username="李评查", password="pw-123456", role="evaluator", agency_code=AGENCY_A
        ).id
    cookie = _session_cookie(settings.secret_key, {"user_id": user_id, "csrf": "token-1"})
    world.client.cookies.set("reviewer_session", cookie)
    assert world.client.get("/api/v1/cases").status_code == 200

    files = [("files", ("a.pdf", (SAMPLES / "case-03-simple.pdf").read_bytes(), "application/pdf"))]
    refused = world.client.post("/api/v1/cases", files=files)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "csrf_failed"
    accepted = world.client.post("/api/v1/cases", files=files, headers={"X-CSRF-Token": "token-1"})
    assert accepted.status_code == 202, accepted.text

    # A key that is sent is the key that counts: a wrong one is refused even with a valid cookie.
    wrong = world.client.get("/api/v1/cases", headers={"X-API-Key": "rk_wrong"})
    assert wrong.status_code == 401
    world.client.cookies.set("reviewer_session", _session_cookie("another-secret", {"user_id": user_id}))
    assert world.client.get("/api/v1/cases").status_code == 401


def test_values_the_database_cannot_hold_are_client_errors(world: World) -> None:
    """A NUL byte is legal in a URL but not in a PostgreSQL string: a 422, never a 500 (SQLite takes it)."""
    on_postgres = world.settings.database_url.startswith("postgresql")
    for url in ("/api/v1/cases?q=%00", "/api/v1/cases/%00", "/api/v1/batches/a%00b"):
        response = world.client.get(url, headers=world.headers("admin"))
        if on_postgres:
            assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_value", url
        else:
            assert response.status_code in (200, 404), url
    created = world.client.post(
        "/api/v1/keys", json={"role": "system", "name": "a\u0000b"}, headers=world.headers("admin")
    )
    assert created.status_code == (422 if on_postgres else 201)


def test_reviewer_pages_and_static_files_are_mounted(world: World) -> None:
    """create_app includes api.web's router at / and its static folder at /static, outside the API's schema."""
    login = world.client.get("/login")
    assert login.status_code == 200 and login.headers["content-type"].startswith("text/html")
    assert world.client.get("/static/app.css").status_code == 200
    # Errors: a page for people on page paths, the JSON shape on /api/ (and /static/).
    page = world.client.get("/no-such-page")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    for path in ("/api/v1/no-such-thing", "/static/no-such.css"):
        missing = world.client.get(path)
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found", path
    spec_paths = world.client.get("/api/v1/openapi.json").json()["paths"]
    assert all(path.startswith(("/api/v1/", "/healthz", "/readyz")) for path in spec_paths)
