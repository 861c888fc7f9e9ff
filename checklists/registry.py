"""Registry of check predicates: check id → the function that evaluates it.

The predicate modules in `checklists/predicates/` register themselves here with `@register` when that
package is imported; a check with no entry reads as not implemented (`reviewer standards show` prints 未实现)
and the engine reports it as `unknown`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

Predicate = Callable[..., Any]
P = TypeVar("P", bound=Predicate)

PREDICATES: dict[str, Predicate] = {}
#: (scope, check id) → the predicate a narrower scope uses instead (a decision read alone answers a check from
#: its own text, where the case-file predicate would look at other instruments).
SCOPED_PREDICATES: dict[tuple[str, str], Predicate] = {}


def register(check_id: str, *, scope: str | None = None) -> Callable[[P], P]:
    """Decorator: `@register("docs.prior_notice")` puts the function into PREDICATES; with `scope="decision"` it
    is used only in that scope."""

    def wrap(function: P) -> P:
        table: dict[Any, Predicate] = PREDICATES if scope is None else SCOPED_PREDICATES
        key: Any = check_id if scope is None else (scope, check_id)
        if key in table:
            raise ValueError(f"predicate for {key!r} registered twice")
        table[key] = function
        return function

    return wrap


def is_implemented(check_id: str) -> bool:
    return check_id in PREDICATES


def implementation_label(check_id: str) -> str:
    """Chinese status for listings: 已实现 / 未实现."""
    return "已实现" if is_implemented(check_id) else "未实现"
