"""Hand-built instruments as the extract stage leaves them, for the predicates' tests."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.facts.instrument import read_facts
from reviewer.core.model import Instrument, Page


def with_facts(instruments: Sequence[Instrument], pages: Sequence[Page] = ()) -> list[Instrument]:
    """Read each instrument's facts (its date stays as the test set it)."""
    for instrument in instruments:
        instrument.facts = read_facts(instrument, pages)
    return list(instruments)
