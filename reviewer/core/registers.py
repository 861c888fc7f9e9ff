"""Registers kept outside the case file: the list of enforcement bodies with their powers (执法主体清单 /
权责清单) and the register of enforcement certificates (执法证).

They answer what a file alone cannot: whether the deciding agency may punish under the law it applies, and
whether each officer held a valid certificate of that agency on the day. Registers are versioned data (the
store keeps every import); a review names the versions it read (`RegisterRef`), so a grade can be traced to
the register that produced it. Lookups compare names with whitespace removed; laws without 《》, the
中华人民共和国 prefix and any trailing （…修订） note, so 《中华人民共和国商标法》 and 商标法 are one law.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydField

RegisterKind = Literal["bodies", "certificates"]
REGISTER_KINDS: tuple[RegisterKind, ...] = ("bodies", "certificates")
KIND_NAMES: dict[str, str] = {"bodies": "执法主体清单", "certificates": "执法证登记册"}

#: Certificate statuses that mean the holder may act (anything else is doubtful on a given day).
VALID_STATUSES = ("有效", "正常", "在用", "valid", "active")

_LAW_PREFIX = "中华人民共和国"
_LAW_NOTE = re.compile(r"[（(][^（）()]*[）)]$")


class _Register(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def compact_name(text: str) -> str:
    """A name with every kind of whitespace removed (a name wrapped in a cell is one name)."""
    return "".join(text.split())


def law_key(law: str) -> str:
    """The key laws are matched by: 《中华人民共和国商标法（2019年修正）》 → 商标法."""
    key = compact_name(law).strip("《》")
    while True:
        shorter = _LAW_NOTE.sub("", key)
        if shorter == key:
            break
        key = shorter
    return key.removeprefix(_LAW_PREFIX)


class Power(_Register):
    """A law the body may enforce, optionally limited to articles `first`…`last`, valid within its row's dates."""

    law: str
    first: int | None = None
    last: int | None = None
    raw: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def covers(self, law: str, article: int | None, on: dt.date | None) -> bool:
        if law_key(law) != law_key(self.law):
            return False
        if self.first is not None and (article is None or not self.first <= article <= (self.last or self.first)):
            return False
        return on is None or within(on, self.valid_from, self.valid_to)


class Body(_Register):
    """One enforcement body (执法主体) with its aliases and powers; `row` is its first row in the import."""

    name: str
    aliases: list[str] = PydField(default_factory=list)
    level: str | None = None
    sector: str | None = None
    region: str | None = None
    powers: list[Power] = PydField(default_factory=list)
    #: Matters (事项) written without a law the checks could match; kept for people to read.
    matters: list[str] = PydField(default_factory=list)
    row: int = 0

    def names(self) -> set[str]:
        return {compact_name(n) for n in [self.name, *self.aliases] if n.strip()}


class Certificate(_Register):
    """One enforcement certificate (执法证): holder, number, issuer, the agency it was issued for, field,
    validity and status as the register states them."""

    holder: str
    number: str
    issuer: str | None = None
    agency: str
    field: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    status: str = "有效"
    row: int = 0

    @property
    def active(self) -> bool:
        return self.status.strip().lower() in VALID_STATUSES

    def valid_on(self, day: dt.date) -> bool:
        return within(day, self.valid_from, self.valid_to)


class RegisterRef(_Register):
    """The register versions a review read: None for a kind that was not loaded."""

    bodies: int | None = None
    certificates: int | None = None
    #: Registers read from files rather than the store (`reviewer review --registers PATH`): their names.
    files: list[str] = PydField(default_factory=list)


def within(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or start <= day) and (end is None or day <= end)


class Registers(_Register):
    """The registers one review reads. A kind that was not loaded is None (its checks stay `unknown`)."""

    ref: RegisterRef = PydField(default_factory=RegisterRef)
    bodies: list[Body] | None = None
    certificates: list[Certificate] | None = None

    @property
    def loaded(self) -> bool:
        return self.bodies is not None or self.certificates is not None

    def body(self, agency: str) -> Body | None:
        """The listed body named `agency` (by name or alias); None when it is not listed or no list is loaded."""
        key = compact_name(agency)
        return next((b for b in self.bodies or [] if key in b.names()), None)

    def certificates_of(self, agency: str, body: Body | None = None) -> list[Certificate]:
        """Certificates issued for `agency` (or for any name of its listed body)."""
        names = body.names() if body else {compact_name(agency)}
        return [c for c in self.certificates or [] if compact_name(c.agency) in names]

    def numbered(self, number: str) -> list[Certificate]:
        key = certificate_key(number)
        return [c for c in self.certificates or [] if certificate_key(c.number) == key]


def certificate_key(number: str) -> str:
    """Numbers compared without whitespace, full-width forms or letter case (豫环执字第0412号 stays itself)."""
    folded = compact_name(number).translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})
    return folded.upper()
