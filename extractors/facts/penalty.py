"""The penalty section (imposed or proposed) and the citations, as facts; and the case's penalty class.

Amounts, roles and kinds come from `extractors.fields.money` and `extractors.fields.penalty`; this module turns
one reading into `PenaltyFacts`, so the checks never read the section again. The class (major? hearing-eligible?)
is decided here once, by the standard's thresholds: from the decision, or — for a file without one — from the
last proposal that states a penalty (a file that proposes a major penalty without 法制审核 is deficient whether
or not the decision was filed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from extractors.facts.wording import line_at
from extractors.fields.citations import Citation as FoundCitation
from extractors.fields.citations import split_citations, unnumbered_basis
from extractors.fields.disposition import AMOUNT_SLOT, in_quote
from extractors.fields.money import find_amounts, read_penalty
from extractors.fields.penalty import classify, goods_confiscated, penalty_kinds
from extractors.fields.unfilled import form_unfilled
from reviewer.core.facts import (
    AmountMismatch,
    Citation,
    Citations,
    PenaltyFacts,
    PenaltyItem,
    PenaltyKind,
    PenaltyThresholds,
)

if TYPE_CHECKING:
    from reviewer.core.model import Instrument

#: Penalty kinds in the order facts list them.
KIND_ORDER: tuple[PenaltyKind, ...] = (
    "warning",
    "fine",
    "confiscation",
    "suspension",
    "revocation",
    "qualification",
    "detention",
)
_KIND_OF_ROLE: dict[str, PenaltyKind] = {
    "fine": "fine",
    "confiscated_gains": "confiscation",
    "confiscated_goods": "confiscation",
}
_CONFISCATION_ROLES = ("confiscated_gains", "confiscated_goods")
#: A disposition that imposes nothing (本局决定对当事人不予行政处罚): the decision states its outcome though no
#: penalty section opens (决定如下 is often left out). Not a proposal (拟决定不予) nor what the law allows (可以不予).
_NO_PENALTY_DISPOSED = re.compile(
    r"(?<![拟应可])(?<!可以)(?<!应当)(?<!依法)决定(?:对(?:当事人|你单位|你|其|该单位|该公司|该店)[^。；;，,“”]{0,6}?)?不予(?:以)?(?:行政)?处罚(?!决定书)"
)
#: Where a disposition's words end: the remedies that follow it (the payment terms may name 罚款 as a matter of form).
_DISPOSITION_END = re.compile(r"当事人应|应当自收到|应自收到|逾期不|如不服|如对本|不服本|申请行政复议|提起行政诉讼")
#: The words of any penalty kind or of an outcome (处罚): a disposition holding one is not a list of orders alone.
_ANY_KIND = re.compile(r"警告|通报批评|罚款|没收|停产|停业|关闭|吊销|暂扣|降低资质|限制|拘留|处罚|处分")
#: A disposition that decides to punish and names no kind (本局决定对当事人的上述违法行为依法予以行政处罚。).
_UNNAMED_PENALTY = re.compile(
    r"(?<![拟应可])决定[:：]?(?:对[^。；;：:“”]{0,30}?)?(?:依法)?(?:予以|给予|作出|处以)(?:相应的?)?(?:行政)?处罚(?=[。；;]|$)"
)
#: A fine whose amount was left to fill, read in the text with whitespace removed (罚款　　元 → 罚款元).
_FINE_SLOT = re.compile(rf"罚款(?:人民币)?{AMOUNT_SLOT}")
#: Instruments that propose a penalty, read when the file holds no decision.
PROPOSALS = ("prior_notice", "penalty_approval")


def penalty_facts(text: str) -> PenaltyFacts:
    """The penalty section of `text`: kinds, items, totals, figure/capital disagreements and its line.

    A decision form whose disposition was left unfilled imposes nothing: no kind, amount or goods are read from
    the template's law text (`extractors.fields.unfilled`)."""
    if form_unfilled(text):
        return PenaltyFacts(stated=False, any_amount=bool(find_amounts(text)), mentions_fine="罚款" in text)
    reading = read_penalty(text)
    kinds = penalty_kinds(text)
    goods = goods_confiscated(text)
    repeats = {id(words) for words in reading.repeats}
    items = [
        PenaltyItem(
            kind=_KIND_OF_ROLE.get(amount.role),
            role=amount.role,
            amount=amount.value,
            raw=amount.raw,
            form=amount.form,
            line=line_at(text, amount.start),
        )
        for amount in reading.amounts
        if id(amount) not in repeats
    ]
    fines = [a for a in reading.amounts if a.role == "fine" and a.form == "figures"]
    confiscated = [reading.values[role] for role in _CONFISCATION_ROLES if role in reading.values]
    if reading.amounts:
        line: str | None = line_at(text, reading.amounts[-1].start)
    elif reading.section:
        line = line_at(text, reading.section[0])
    else:
        line = None
    return PenaltyFacts(
        # the disposition may wrap inside its words (本局决定 / 对当事人不予行政处罚): read without line breaks
        stated=reading.section is not None or bool(_NO_PENALTY_DISPOSED.search(re.sub(r"\s+", "", text))),
        kinds=[kind for kind in KIND_ORDER if kind in kinds],
        items=items,
        totals=dict(reading.values),
        fine=reading.values.get("fine"),
        goods_confiscated=goods,
        confiscation=sum(confiscated, Decimal(0)) if confiscated else None,
        fine_raw=fines[0].raw if fines else "",
        mismatches=[
            AmountMismatch(figures=one.raw, words=two.raw, role=one.role, figures_yuan=one.value, words_yuan=two.value)
            for one, two in reading.mismatches
        ],
        line=line,
        any_amount=bool(find_amounts(text)),
        mentions_fine="罚款" in text,
        fine_unfilled="fine" in kinds
        and reading.values.get("fine") is None
        and bool(_FINE_SLOT.search(re.sub(r"\s+", "", text))),
        nothing_imposed=None
        if kinds or any(item.role in _KIND_OF_ROLE for item in items)
        else _nothing_imposed(text, reading.section, goods),
    )


def _nothing_imposed(text: str, section: tuple[int, int] | None, goods: bool) -> str | None:
    """The disposition's words when it decides yet names no penalty (see `PenaltyFacts.nothing_imposed`): a section
    of orders only (责令改正, 责令退还: no penalty by the label guide), or a bare 决定…予以行政处罚。 Called only when
    no kind and no fine or confiscated amount was read, and never for a 不予处罚 outcome."""
    flat = re.sub(r"\s+", "", text)
    if goods or _NO_PENALTY_DISPOSED.search(flat):
        return None
    if section is not None:
        tail = re.sub(r"\s+", "", text[section[0] :])
        end = _DISPOSITION_END.search(tail)
        disposition = tail[: end.start() if end else len(tail)]
        if "责令" in disposition and not _ANY_KIND.search(disposition):
            return disposition[:40]
    bare = next((m for m in _UNNAMED_PENALTY.finditer(flat) if not in_quote(flat, m.start())), None)
    return bare.group() if bare is not None else None


def _citation(found: FoundCitation) -> Citation:
    return Citation(
        law=found.law,
        article=found.article,
        paragraph=found.paragraph,
        item=found.item,
        sub_article=found.sub_article,
        raw=found.raw,
        role=found.role,
    )


def citation_facts(text: str) -> Citations:
    """The citations of `text` by role (violated, basis, mitigation, other)."""
    split = split_citations(text)
    return Citations(
        violated=[_citation(c) for c in split.violated],
        basis=[_citation(c) for c in split.basis],
        mitigation=[_citation(c) for c in split.mitigation],
        other=[_citation(c) for c in split.other],
        unnumbered_basis=unnumbered_basis(text),
    )


def penalty_class(
    instruments: Sequence[Instrument],
    decision: Instrument | None,
    party_type: str | None,
    thresholds: PenaltyThresholds,
) -> tuple[bool | None, bool | None]:
    """(major?, hearing-eligible?) of the case: by its decision, else by the last proposal stating a penalty."""
    source = decision.facts.penalty if decision is not None else None
    if decision is None:
        proposals = [i.facts.penalty for i in instruments if i.kind in PROPOSALS]
        source = next((p for p in reversed(proposals) if p is not None and p.stated), None)
    if source is None:
        return classify(set(), None, None, party_type, thresholds)
    return classify(set(source.kinds), source.fine, source.confiscation, party_type, thresholds)
