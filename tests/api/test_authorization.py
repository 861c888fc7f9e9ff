"""The authorization matrix: every endpoint × every caller (each role, both agencies, nobody).

The expectations are written out here from the issue's role table, independently of the store's own
table: 401 without credentials, 403 without the right, 404 for another agency's records (a scoped caller
must not even learn they exist), success otherwise — and personal data only for roles with the right.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tests.api.conftest import (
    AGENCY_A,
    DEFECT_SAMPLE,
    PERSONAL_ID,
    PRINCIPALS,
    SAMPLES,
    World,
    add_drafted_case,
    plant_personal_data,
)

#: The issue's roles, restated: what each may do.
RIGHTS = {
    "evaluator": {"case.upload", "case.read", "batch.create", "batch.read"},
    "reviewer": {
        "case.upload",
        "case.read",
        "batch.create",
        "batch.read",
        "finding.correct",
        "case.signoff",
        "personal.read",
    },
    "system": {"case.upload", "case.read", "batch.read"},
    "admin": {
        "case.upload",
        "case.read",
        "batch.create",
        "batch.read",
        "finding.correct",
        "case.signoff",
        "personal.read",
        "keys.manage",
        "registers.manage",
    },
}
CALLERS = [*PRINCIPALS, "nobody"]


@dataclass
class Target:
    """The records a call is made on: a drafted case of agency A and a batch over agency A."""

    case_id: str
    check_id: str
    batch_id: str
    key_id: int


@dataclass(frozen=True)
class Endpoint:
    name: str
    action: str | None  # None: public
    #: Whether the record belongs to agency A (so agency-B callers get 404 / 403 on upload).
    scoped: bool
    ok: int
    call: Callable[[World, dict[str, str], Target], Any]
    #: A fresh target per call (the call changes what it acts on).
    fresh: bool = False


def _patch(world: World, headers: dict[str, str], t: Target) -> Any:
    url = f"/api/v1/cases/{t.case_id}/findings/{t.check_id}"
    etag = world.client.get(url, headers=world.headers("admin")).headers["ETag"]
    return world.client.patch(
        url, json={"status": "pass", "comment": "矩阵测试"}, headers={**headers, "If-Match": etag}
    )


def _upload(world: World, headers: dict[str, str], t: Target) -> Any:
    data = (SAMPLES / "case-03-simple.pdf").read_bytes()
    return world.client.post(
        "/api/v1/cases",
        files=[("files", ("a.pdf", data, "application/pdf"))],
        data={"agency": AGENCY_A},
        headers=headers,
    )


def _get(path: str) -> Callable[[World, dict[str, str], Target], Any]:
    return lambda world, headers, t: world.client.get(path.format(t=t), headers=headers)


ENDPOINTS = [
    Endpoint("healthz", None, False, 200, _get("/healthz")),
    Endpoint("upload", "case.upload", True, 202, _upload),
    Endpoint("list", "case.read", False, 200, _get("/api/v1/cases")),
    Endpoint("status", "case.read", True, 200, _get("/api/v1/cases/{t.case_id}")),
    Endpoint("draft", "case.read", True, 200, _get("/api/v1/cases/{t.case_id}/draft")),
    Endpoint("findings", "case.read", True, 200, _get("/api/v1/cases/{t.case_id}/findings")),
    Endpoint("finding", "case.read", True, 200, _get("/api/v1/cases/{t.case_id}/findings/{t.check_id}")),
    Endpoint("patch", "finding.correct", True, 200, _patch, fresh=True),
    Endpoint("corrections", "case.read", True, 200, _get("/api/v1/cases/{t.case_id}/corrections")),
    Endpoint(
        "signoff",
        "case.signoff",
        True,
        200,
        lambda w, h, t: w.client.post(f"/api/v1/cases/{t.case_id}/signoff", headers=h),
        fresh=True,
    ),
    Endpoint("export.json", "case.read", True, 200, _get("/api/v1/cases/{t.case_id}/export.json")),
    Endpoint("export.docx", "case.read", True, 200, _get("/api/v1/cases/{t.case_id}/export.docx")),
    Endpoint(
        "batch create",
        "batch.create",
        True,
        202,
        lambda w, h, t: w.client.post(
            "/api/v1/batches",
            json={"agency": AGENCY_A, "period_from": "2023-01-01", "period_to": "2023-12-31"},
            headers=h,
        ),
    ),
    Endpoint("batch", "batch.read", True, 200, _get("/api/v1/batches/{t.batch_id}")),
    Endpoint("batch export", "batch.read", True, 200, _get("/api/v1/batches/{t.batch_id}/export.xlsx")),
    Endpoint("keys list", "keys.manage", False, 200, _get("/api/v1/keys")),
    Endpoint("registers list", "registers.manage", False, 200, _get("/api/v1/registers")),
    Endpoint(
        "keys create",
        "keys.manage",
        False,
        201,
        lambda w, h, t: w.client.post(
            "/api/v1/keys", json={"role": "evaluator", "agency": AGENCY_A, "name": "新密钥"}, headers=h
        ),
    ),
    Endpoint(
        "keys revoke",
        "keys.manage",
        False,
        200,
        lambda w, h, t: w.client.delete(f"/api/v1/keys/{t.key_id}", headers=h),
        fresh=True,
    ),
]


def expected(endpoint: Endpoint, caller: str) -> int:
    if endpoint.action is None:
        return endpoint.ok
    if caller == "nobody":
        return 401
    role, agency = PRINCIPALS[caller]
    if endpoint.action not in RIGHTS[role]:
        return 403
    if endpoint.scoped and agency not in (None, AGENCY_A):
        return 403 if endpoint.name == "upload" else 404
    return endpoint.ok


def _target(world: World, draft: Any) -> Target:
    from reviewer.store import create_api_key, create_batch

    case_id = add_drafted_case(world, draft, sample=DEFECT_SAMPLE)
    check_id = next(f.check_id for f in draft.findings if f.status == "fail")
    with world.session() as session:
        batch = create_batch(
            session,
            name="矩阵",
            created_by="t",
            agency_code=AGENCY_A,
            period_from=dt.date(2000, 1, 1),
            period_to=dt.date(2100, 1, 1),
        )
        key = create_api_key(session, role="system", agency_code=AGENCY_A, name="to-revoke")[1]
        return Target(case_id, check_id, batch.id, key.id)


def test_every_endpoint_for_every_caller(world: World, sample_draft: Callable[[str], Any]) -> None:
    draft = plant_personal_data(sample_draft(DEFECT_SAMPLE))
    shared = _target(world, draft)
    problems = []
    for endpoint in ENDPOINTS:
        for caller in CALLERS:
            target = _target(world, draft) if endpoint.fresh else shared
            headers = world.headers(caller) if caller != "nobody" else {}
            response = endpoint.call(world, headers, target)
            want = expected(endpoint, caller)
            if response.status_code != want:
                problems.append(
                    f"{endpoint.name} as {caller}: {response.status_code}, expected {want}: {response.text[:200]}"
                )
            elif want >= 400:
                error = response.json()["error"]
                if not (error["code"] and error["message"]):
                    problems.append(f"{endpoint.name} as {caller}: error without code/message")
    assert not problems, "\n".join(problems)


def test_listing_never_shows_another_agencys_cases(world: World, sample_draft: Callable[[str], Any]) -> None:
    draft = sample_draft(DEFECT_SAMPLE)
    mine = add_drafted_case(world, draft, agency=AGENCY_A, sample=DEFECT_SAMPLE)
    theirs = add_drafted_case(world, draft, agency="agency-b", sample=DEFECT_SAMPLE)
    for caller, sees in (("evaluator_a", {mine}), ("evaluator_b", {theirs}), ("admin", {mine, theirs})):
        items = world.client.get("/api/v1/cases", headers=world.headers(caller)).json()["items"]
        assert {item["id"] for item in items} == sees, caller
        asked = world.client.get("/api/v1/cases", params={"agency": "agency-b"}, headers=world.headers("evaluator_a"))
        assert asked.json()["items"] == []


@pytest.mark.parametrize("caller", ["evaluator_a", "system_a", "reviewer_a", "admin"])
def test_personal_data_only_with_the_right(world: World, sample_draft: Callable[[str], Any], caller: str) -> None:
    case_id = add_drafted_case(world, plant_personal_data(sample_draft(DEFECT_SAMPLE)), sample=DEFECT_SAMPLE)
    sees = "personal.read" in RIGHTS[PRINCIPALS[caller][0]]
    for path in ("draft", "findings", "export.json"):
        body = world.client.get(f"/api/v1/cases/{case_id}/{path}", headers=world.headers(caller)).text
        assert (PERSONAL_ID in body) is sees, (caller, path)


def test_revoked_and_unknown_keys_are_401(world: World) -> None:
    from reviewer.store import revoke_api_key

    with world.session() as session:
        revoke_api_key(session, world.keys["evaluator_a"][:8])
    for headers in (
        {"Authorization": f"Bearer {world.keys['evaluator_a']}"},
        {"X-API-Key": "rk_not-a-key"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
    ):
        response = world.client.get("/api/v1/cases", headers=headers)
        assert response.status_code == 401 and response.json()["error"]["code"] == "unauthenticated", headers
    assert world.client.get("/api/v1/cases", headers={"X-API-Key": world.keys["system_a"]}).status_code == 200
