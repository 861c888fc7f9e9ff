"""Who is calling: users (scrypt-hashed passwords), API keys (SHA-256 at rest) and the Principal both become.

Roles and what they may do (agency scope: a principal with agency_id None sees every agency):
- evaluator: case.upload, case.read, batch.create, batch.read
- reviewer: the evaluator's, plus finding.correct, case.signoff, personal.read
- system (integrations): case.upload, case.read, batch.read — personal data masked
- admin: everything, keys.manage included
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from reviewer.store.errors import UnknownRole
from reviewer.store.models import ROLES, Agency, ApiKey, User, utcnow

ACTIONS = frozenset(
    {
        "case.upload",
        "case.read",
        "finding.correct",
        "case.signoff",
        "batch.create",
        "batch.read",
        "keys.manage",
        "personal.read",
        "registers.manage",
    }
)
_EVALUATOR = frozenset({"case.upload", "case.read", "batch.create", "batch.read"})
ROLE_ACTIONS: dict[str, frozenset[str]] = {
    "evaluator": _EVALUATOR,
    "reviewer": _EVALUATOR | {"finding.correct", "case.signoff", "personal.read"},
    "system": frozenset({"case.upload", "case.read", "batch.read"}),
    "admin": ACTIONS,
}
KEY_PREFIX_LENGTH = 8
#: scrypt cost: 2**14 × 8 × 1 takes ~50 ms and 16 MiB per check here — slow for guessing, fine for sign-in.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


@dataclass(frozen=True)
class Principal:
    name: str
    role: str
    #: None = all agencies.
    agency_id: int | None
    user_id: int | None = None
    api_key_id: int | None = None

    def can(self, action: str) -> bool:
        return action in ROLE_ACTIONS.get(self.role, frozenset())

    def sees(self, agency_id: int | None) -> bool:
        """Whether the principal's agency scope covers a case of `agency_id`."""
        return self.agency_id is None or self.agency_id == agency_id


def _role(role: str) -> str:
    if role not in ROLES:
        raise UnknownRole(f"unknown role {role!r}", f"未知角色：{role}（可选：{'、'.join(ROLES)}）。")
    return role


def ensure_agency(session: Session, code: str, name: str | None = None) -> Agency:
    """The agency with this code, created (named `name` or the code) when missing."""
    agency = session.scalar(select(Agency).where(Agency.code == code))
    if agency is None:
        agency = Agency(code=code, name=name or code)
        session.add(agency)
        session.flush()
    elif name and agency.name != name:
        agency.name = name
    return agency


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    encode = lambda raw: base64.b64encode(raw).decode()  # noqa: E731
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt)}${encode(digest)}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(
        password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
    )
    return hmac.compare_digest(actual, expected)


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: str,
    agency_code: str | None = None,
    display_name: str | None = None,
) -> User:
    agency = ensure_agency(session, agency_code) if agency_code else None
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=_role(role),
        agency_id=agency.id if agency else None,
        display_name=display_name,
    )
    session.add(user)
    session.flush()
    return user


def _user_principal(user: User) -> Principal:
    return Principal(name=user.username, role=user.role, agency_id=user.agency_id, user_id=user.id)


def verify_user(session: Session, username: str, password: str) -> Principal | None:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        hash_password(password)  # same work either way: no timing hint that the name exists
        return None
    return _user_principal(user) if check_password(password, user.password_hash) else None


def principal_for_user(session: Session, user_id: int) -> Principal | None:
    user = session.get(User, user_id)
    return _user_principal(user) if user else None


def _key_hash(plain_key: str) -> str:
    return hashlib.sha256(plain_key.encode()).hexdigest()


def create_api_key(session: Session, *, role: str, agency_code: str | None, name: str) -> tuple[str, ApiKey]:
    """A new key; the plain key is returned once and only its SHA-256 is stored."""
    plain = "rk_" + secrets.token_urlsafe(32)
    agency = ensure_agency(session, agency_code) if agency_code else None
    key = ApiKey(
        prefix=plain[:KEY_PREFIX_LENGTH],
        key_hash=_key_hash(plain),
        role=_role(role),
        agency_id=agency.id if agency else None,
        name=name,
    )
    session.add(key)
    session.flush()
    return plain, key


def _key_principal(key: ApiKey) -> Principal:
    return Principal(name=key.name, role=key.role, agency_id=key.agency_id, api_key_id=key.id)


def principal_for_key(session: Session, plain_key: str) -> Principal | None:
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == _key_hash(plain_key)))
    if key is None or key.revoked_at is not None:
        return None
    return _key_principal(key)


def principal_for_api_key_id(session: Session, key_id: int) -> Principal | None:
    key = session.get(ApiKey, key_id)
    if key is None or key.revoked_at is not None:
        return None
    return _key_principal(key)


def has_accounts(session: Session) -> bool:
    """Whether anyone can sign in yet: a user account, or an API key that is not revoked."""
    if session.scalar(select(User.id).limit(1)) is not None:
        return True
    return session.scalar(select(ApiKey.id).where(ApiKey.revoked_at.is_(None)).limit(1)) is not None


def list_api_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.id)))


def revoke_api_key(session: Session, prefix_or_id: str | int) -> ApiKey | None:
    """Revoke by row id or by the shown prefix (None when nothing matches, or the prefix is ambiguous)."""
    text = str(prefix_or_id)
    condition = or_(ApiKey.prefix == text, ApiKey.id == int(text)) if text.isdigit() else ApiKey.prefix == text
    keys = list(session.scalars(select(ApiKey).where(condition)))
    if len(keys) != 1:
        return None
    if keys[0].revoked_at is None:
        keys[0].revoked_at = utcnow()
    return keys[0]
