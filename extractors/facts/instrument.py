"""`read_facts`: every fact of one instrument, read once. Which families an instrument carries depends on its kind."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extractors.facts import forms
from extractors.facts.decision import date_fact, decision_facts, hearing_set_for, notice_facts
from extractors.facts.decision_text import read_alone
from extractors.facts.licence import is_licence, licence_facts
from extractors.facts.penalty import citation_facts, penalty_facts
from extractors.facts.wording import last_line, line_at, review_word, statement_line, statement_reported
from extractors.fields.checkboxes import blank_unticked
from extractors.fields.dates import signing_date
from extractors.fields.docnumber import (
    blank_serial_doc_number,
    find_doc_numbers,
    standalone_doc_number,
    with_wrapped_place,
    yearless_doc_number,
)
from extractors.fields.fillins import free_underlined
from extractors.fields.furniture import blank_furniture
from extractors.fields.marks import find_signatures, lone_seal_line, scanned_seal, signing_seal
from extractors.fields.parties import Party, find_parties
from extractors.titles import normalise
from reviewer.core.facts import DecisionFacts, InstrumentFacts, PartyFacts, SealKind, Signature
from reviewer.core.kinds import CORRECTION_KIND, DECISION_DOCUMENT_KINDS, DECISION_KINDS
from reviewer.core.model import Instrument, Page

#: Instruments whose party block is read, most authoritative first (the case's party is the first found).
PARTY_KINDS = (*DECISION_DOCUMENT_KINDS, "prior_notice", "penalty_approval", "filing_approval", "case_source")
#: Instruments that state a penalty and its provisions; a correction only quotes the earlier decision's wording.
PENALTY_KINDS = (*DECISION_KINDS, "prior_notice", "penalty_approval")
CITATION_KINDS = (*PENALTY_KINDS, "investigation_report")
RECORD_KINDS = ("inspection_record", "inquiry_record", "onsite_decision", "hearing_record", "statement_record")
STATEMENT_KINDS = ("statement_record", "other")
#: An agency's name as a heading line (嵩川市市场监督管理局).
_AGENCY = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:局|委员会|厅|支队|大队)")
_RECEIVER = re.compile(r"收件人|受送达人|签收人|代收人|签收")
#: A line that opens the party block: a yearless 文号 is looked for only above it.
_PARTY_LABEL = re.compile(r"^\s*(?:当\s*事\s*人|被处罚|名\s*称|姓\s*名|字\s*号[:：])")
#: The first lines where a standalone 文号 may stand when segmentation found none.
_HEAD_LINES = 8


def _parties(text: str) -> list[PartyFacts]:
    """Every party the instrument names, the first (the one the checks compare) first."""
    return [_party_facts(text, party) for party in find_parties(text)]


def _party_facts(text: str, party: Party) -> PartyFacts:
    return PartyFacts(
        # a name masked whole for publication is no name (None), yet the party and its line are still there
        name=None if party.masked else party.name.value,
        clean_name="" if party.masked else forms.clean_name(party.name.value),
        party_type=party.party_type,
        code=party.code.value if party.code else None,
        code_kind=party.code_kind,
        code_valid=party.code_valid,
        address=party.address.value if party.address else None,
        representative=party.representative.value if party.representative else None,
        individual_business=party.individual_business,
        line=line_at(text, party.name.start),
    )


def _agency(text: str) -> str | None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:2]:
        match = _AGENCY.fullmatch("".join(line.split()))
        if match:
            return match.group()
    return None


def _doc_number(instrument: Instrument, text: str) -> str | None:
    """Segmentation's 文号, else a number standing alone in the first lines; a decision's first lines may also
    hold it beside other words or wrapped over two lines (its own number comes before any it cites), or print
    it with its serial left blank or without a year above the party block."""
    if instrument.doc_number:
        return instrument.doc_number
    head = [line for line in text.splitlines() if line.strip()][:_HEAD_LINES]
    alone = next(
        (
            with_wrapped_place(head[at - 1], number) if at else number
            for at, line in enumerate(head)
            if (number := standalone_doc_number(line))
        ),
        None,
    )
    if alone or instrument.kind not in DECISION_DOCUMENT_KINDS:
        return alone
    above = list(itertools.takewhile(lambda line: not _PARTY_LABEL.match(line), head))
    # a number printed with its serial left blank (某市监罚〔2024〕　　号) is still the one the decision carries
    if blank := next((number for line in above if (number := blank_serial_doc_number(line))), None):
        return blank
    if bottom := _number_by_signing_date(text):
        return bottom
    # a correction's first sentence cites the decision it corrects (作出《行政处罚决定书》（某罚〔2024〕57号）): that
    # number is the earlier decision's, never the correction's own
    cited = next(iter(find_doc_numbers("\n".join(head))), None) if instrument.kind != CORRECTION_KIND else None
    if cited:
        return cited
    # a number printed without a year, on its own line above the party block (某市监处罚0311号)
    return next((number for line in above if (number := yearless_doc_number(line))), None)


def _number_by_signing_date(text: str) -> str | None:
    """A 文号 printed at the bottom instead of the top: a number standing alone on the line just above or just
    below the decision's signing date (某局 / 某监处〔2024〕9号 / 2024年5月6日)."""
    date = signing_date(text, strict=True)
    if date is None or date.value is None:
        return None
    before, after = text[: date.start], text[date.end :]
    if before[before.rfind("\n") + 1 :].strip() or after.split("\n", 1)[0].strip():
        return None  # a date told on a line with other words
    above = [line for line in before.splitlines() if line.strip()][-1:]
    below = [line for line in after.splitlines()[1:] if line.strip()][:1]
    candidates = [*above, *below]
    return next((number for line in candidates if (number := standalone_doc_number(line))), None)


def _seal(instrument: Instrument, text: str, pages: Sequence[Page]) -> SealKind:
    """A seal picture (scanned impression or electronic seal) first, also over a printed （印章）; then the
    printed placeholder; else none."""
    if scanned_seal(pages, instrument.first_page, instrument.last_page):
        return "image"
    if signing_seal(text) is not None or _seal_over_page_break(instrument, pages):
        return "marker"
    return "none"


def _seal_over_page_break(instrument: Instrument, pages: Sequence[Page]) -> bool:
    """A decision whose seal placeholder the page break pushed to the top of the next page (the date and the
    agency end one page, （印章） alone opens the next, above whatever document follows)."""
    if instrument.kind not in DECISION_DOCUMENT_KINDS:
        return False
    after = next((page for page in pages if page.index == instrument.last_page + 1), None)
    if after is None:
        return False
    text = after.text or "\n".join(line.text for line in after.lines)
    first = next((line for line in text.splitlines() if line.strip()), "")
    return lone_seal_line(first)


def _signatures(text: str) -> list[Signature]:
    return [
        Signature(
            label=s.label,
            value=s.value,
            filled=s.filled,
            date=date_fact(s.date),
            by_receiver=bool(_RECEIVER.search(s.label)),
        )
        for s in find_signatures(text)
    ]


def page_ends(instrument: Instrument, pages: Sequence[Page]) -> list[int]:
    """Where each of the instrument's pages ends in its text (empty when the text is not its pages joined). The
    segmenter may have blanked a web page's furniture or put back a reflowed decision's line breaks, one character
    for one: the pages' lengths still place their ends."""
    texts = [
        page.text or "\n".join(line.text for line in page.lines)
        for page in pages
        if instrument.first_page <= page.index <= instrument.last_page
    ]
    if not texts or len("\n".join(texts)) != len(instrument.text):
        return []
    ends, position = [], 0
    for text in texts:
        position += len(text)
        ends.append(position)
        position += 1
    if any(instrument.text[end] != "\n" for end in ends[:-1]):
        return []
    return ends


def _decision_terms(text: str, kind: str, printed: str | None = None) -> DecisionFacts:
    """The decision's own terms; a correction's payment clause only restates the earlier decision's (缴纳罚款的期限
    仍自收到原决定书之日起计算), so it owes nothing of its own."""
    terms = decision_facts(text, printed)
    return terms.model_copy(update={"payment": None}) if kind == CORRECTION_KIND else terms


def read_facts(instrument: Instrument, pages: Sequence[Page] = ()) -> InstrumentFacts:
    """The facts of `instrument` (its text and, for scans, its pages' seals)."""
    text, kind = blank_furniture(instrument.text, page_ends(instrument, pages)), instrument.kind
    printed = text
    if kind in DECISION_DOCUMENT_KINDS:
        text = free_underlined(blank_unticked(text))
    values: dict[str, object] = {
        "signed": date_fact(signing_date(text, strict=kind in DECISION_DOCUMENT_KINDS)) if text else None,
        "agency": _agency(text),
        "doc_number": _doc_number(instrument, text),
        "title_key": normalise(instrument.title) if instrument.title else "",
        "number_key": forms.number_key(instrument.doc_number),
        "seal": _seal(instrument, text, pages),
        "signatures": _signatures(text),
        "last_line": last_line(text),
        "statement_reported": statement_reported(text),
        "review_word": review_word(text),
        "statement_line": statement_line(text),
    }
    if kind in PARTY_KINDS:
        values["parties"] = _parties(text)
    if kind in PENALTY_KINDS:
        values["penalty"] = penalty_facts(text)
    if kind in CITATION_KINDS:
        values["citations"] = citation_facts(text)
    if kind in DECISION_DOCUMENT_KINDS:
        values["decision"] = _decision_terms(text, kind, printed)
        values["alone"] = read_alone(text, instrument.title, instrument.text)
    if kind == "prior_notice":
        values["notice"] = notice_facts(text)
    if kind == "hearing_notice":
        values["hearing_on"] = hearing_set_for(text)
    if kind == "service_receipt":
        values["receipt"] = forms.receipt_facts(text)
    if kind in RECORD_KINDS:
        values["record"] = forms.record_facts(text)
    if kind in STATEMENT_KINDS:
        values["statement"] = forms.statement_facts(text)
    if kind == "extension_approval":
        values["extension_days"], values["extension_raw"] = forms.extension(text)
    if kind == "collective_discussion":
        values["discussion_people"], values["discussion_conclusion"] = forms.discussion(text)
    if kind == "payment_receipt":
        values["payer"], values["payer_code"] = forms.payer(text)
    if kind == "index":
        values["index_rows"] = forms.index_rows(text)
    if kind == "cover":
        values["page_count_raw"], values["page_count"] = forms.page_count(text)
    if kind in ("evidence", "other") and is_licence(instrument.title, text):
        values["licence"] = licence_facts(text)
    return InstrumentFacts.model_validate(values)
