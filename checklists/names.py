"""The Chinese texts people read for a check: its name (评查项目), what is checked (评查内容) and the legal basis.

A standard's own wording wins; the catalog's fills the gaps (the catalog names every id it knows, and a standard
must name its `local.` checks). Pages, exports and API answers ask here instead of printing a check's code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from checklists.catalog import load_catalog
from checklists.schema import CheckSpec, Standard
from checklists.standards import list_standards, load_standard
from reviewer.core.errors import ReviewerError


@dataclass(frozen=True)
class CheckText:
    id: str
    #: 评查项目 as a 评查表 prints it.
    name: str
    #: 评查内容: the standard's item text where it has one, else the catalog's.
    content: str
    #: The legal basis in Chinese: the standard's, else the catalog's.
    basis: str


def describe(check_id: str, standard: Standard | None = None) -> CheckText:
    """The texts of one check as `standard` words them (catalog texts where it does not)."""
    entry = load_catalog().get(check_id)
    spec: CheckSpec | None = None
    if standard is not None:
        try:
            spec = standard.check(check_id)
        except KeyError:
            spec = None
    if spec is None and entry is None:
        spec = _shipped_local(check_id)
    name = spec.name if spec else entry.name if entry else check_id
    content = (spec.content if spec else None) or (entry.content if entry else "")
    basis = spec.basis if spec else entry.legal_basis if entry else ""
    return CheckText(check_id, name, content, basis)


def check_name(check_id: str, standard_id: str | None = None) -> str:
    """The name to show for a check of a stored run (its standard by id; the catalog when that is gone)."""
    return describe(check_id, _standard(standard_id)).name


def check_names(check_ids: Iterable[str], standard_id: str | None = None) -> dict[str, str]:
    """id → name for each id, in the given order."""
    standard = _standard(standard_id)
    return {check_id: describe(check_id, standard).name for check_id in check_ids}


@lru_cache(maxsize=16)
def _standard(standard_id: str | None) -> Standard | None:
    if not standard_id:
        return None
    try:
        return load_standard(standard_id)
    except ReviewerError:
        return None


def _shipped_local(check_id: str) -> CheckSpec | None:
    """A `local.` check found in any shipped standard (for views across standards, like the agreement view)."""
    for standard in _shipped():
        try:
            return standard.check(check_id)
        except KeyError:
            continue
    return None


@lru_cache(maxsize=1)
def _shipped() -> tuple[Standard, ...]:
    return tuple(list_standards())
