"""Users and API keys: secrets hashed at rest, roles and agency scope in the Principal."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from reviewer.store import (
    ApiKey,
    Principal,
    UnknownRole,
    User,
    create_api_key,
    create_user,
    list_api_keys,
    open_database,
    principal_for_api_key_id,
    principal_for_key,
    principal_for_user,
    revoke_api_key,
    verify_user,
)


def test_password_is_scrypt_hashed_and_checked(service_settings) -> None:
    db = open_database(service_settings)
    with db.session() as session:
        user = create_user(session, username="li", password="正确的密码", role="reviewer", agency_code="A")
        user_id = user.id
    with db.session() as session:
        stored = session.scalar(select(User.password_hash))
        assert stored.startswith("scrypt$") and "正确的密码" not in stored
        principal = verify_user(session, "li", "正确的密码")
        assert principal is not None and principal.role == "reviewer" and principal.user_id == user_id
        assert principal.agency_id is not None and principal.name == "li"
        assert verify_user(session, "li", "wrong") is None
        assert verify_user(session, "nobody", "正确的密码") is None
        assert principal_for_user(session, user_id) == principal
        assert principal_for_user(session, user_id + 100) is None


def test_api_key_is_stored_as_sha256_and_can_be_revoked(service_settings) -> None:
    db = open_database(service_settings)
    with db.session() as session:
        plain, key = create_api_key(session, role="system", agency_code=None, name="监督平台")
        key_id = key.id
    with db.session() as session:
        row = session.scalar(select(ApiKey))
        assert row.key_hash == hashlib.sha256(plain.encode()).hexdigest() and plain not in (row.key_hash, row.prefix)
        assert plain.startswith(row.prefix) and len(row.prefix) == 8
        principal = principal_for_key(session, plain)
        assert principal == Principal(name="监督平台", role="system", agency_id=None, api_key_id=key_id)
        assert principal_for_key(session, plain + "x") is None
        assert [k.id for k in list_api_keys(session)] == [key_id]
        assert revoke_api_key(session, row.prefix) is not None
    with db.session() as session:
        assert principal_for_key(session, plain) is None
        assert principal_for_api_key_id(session, key_id) is None


def test_revoke_by_id_and_unknown_role(service_settings) -> None:
    db = open_database(service_settings)
    with db.session() as session:
        _plain, key = create_api_key(session, role="evaluator", agency_code="A", name="k")
        assert principal_for_api_key_id(session, key.id) is not None
        assert revoke_api_key(session, key.id).revoked_at is not None
        assert revoke_api_key(session, "nothing!") is None
        with pytest.raises(UnknownRole):
            create_api_key(session, role="superuser", agency_code=None, name="bad")


@pytest.mark.parametrize(
    ("role", "allowed", "denied"),
    [
        (
            "evaluator",
            {"case.upload", "case.read", "batch.create", "batch.read"},
            {"finding.correct", "case.signoff", "keys.manage", "personal.read"},
        ),
        ("reviewer", {"case.read", "finding.correct", "case.signoff", "personal.read"}, {"keys.manage"}),
        ("system", {"case.upload", "case.read", "batch.read"}, {"personal.read", "finding.correct", "batch.create"}),
        ("admin", {"keys.manage", "personal.read", "case.signoff"}, {"no.such.action"}),
    ],
)
def test_roles_grant_their_actions_only(role: str, allowed: set[str], denied: set[str]) -> None:
    principal = Principal(name="p", role=role, agency_id=3)
    assert all(principal.can(action) for action in allowed)
    assert not any(principal.can(action) for action in denied)
    assert principal.sees(3) and not principal.sees(4)
    assert Principal(name="p", role=role, agency_id=None).sees(4)
