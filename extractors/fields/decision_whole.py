"""A decision reviewed alone (文书评查): the whole decision as one instrument, even where segmentation split it.

A published decision is one document. Segmentation, built for case files, may cut it where a page opens
without a title (the pages after the first become `other`), or find no title at all when the publisher left it
out. For a decision-only review the decision's text must be whole, or remedies and dates on a later page go
unseen: pages without a title of their own that follow a decision join it, and a file with no titled decision
whose text reads as one (a party, a disposition, a remedy) becomes one untitled decision. Anything else is
left as segmentation found it, so a file that holds no decision is still refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reviewer.core.model import Instrument

#: What every decision states: whom it concerns, what it decides, and how to challenge it.
_PARTY = re.compile(r"当\s*事\s*人|被处罚人|受处罚人")
_DISPOSITION = re.compile(r"处罚如下|决定如下|作出如下|给予[^。\n]{0,40}处罚|处以|罚款|不予[^。\n]{0,6}处罚")
_REMEDY = re.compile(r"行政复议|行政诉讼|复议|诉讼")


def reads_as_decision(text: str) -> bool:
    """The text names a party, decides something and tells the remedies: a decision without its title."""
    folded = "".join(text.split())
    return all(pattern.search(folded) for pattern in (_PARTY, _DISPOSITION, _REMEDY))


def _merge(first: Instrument, rest: Sequence[Instrument]) -> Instrument:
    if not rest:
        return first
    return first.model_copy(
        update={"last_page": rest[-1].last_page, "text": "\n".join([first.text, *(i.text for i in rest)])}
    )


def whole_decision(instruments: Sequence[Instrument], kinds: Sequence[str]) -> list[Instrument]:
    """The instruments with the decision made whole (see the module docstring); unchanged when no decision shows."""
    result: list[Instrument] = []
    index = 0
    found = False
    while index < len(instruments):
        instrument = instruments[index]
        index += 1
        if instrument.kind not in kinds or found:
            result.append(instrument)
            continue
        found = True
        following: list[Instrument] = []
        while index < len(instruments) and instruments[index].kind == "other" and not instruments[index].title:
            following.append(instruments[index])
            index += 1
        result.append(_merge(instrument, following))
    if found or not instruments:
        return result
    text = "\n".join(i.text for i in instruments)
    if not reads_as_decision(text):
        return result
    untitled = [i for i in instruments if i.kind == "other" and not i.title]
    if len(untitled) != len(instruments):
        return result
    whole = _merge(instruments[0], instruments[1:]).model_copy(update={"kind": kinds[0], "confidence": 0.5})
    return [whole]
