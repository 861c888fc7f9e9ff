"""Required instruments (卷内文书齐全): is each document the procedure calls for in the file?

Each predicate answers one `docs.*` check of the catalog. A check whose `when` does not hold is
`not_applicable`; one whose `when` cannot be decided (procedure or major-case status unknown) is `unknown`,
never a guessed pass. A missing instrument is cited at the instrument it should have preceded or followed
(the decision, usually), since the missing one has no page.

Filing order (docs.order) is judged with the dates in `checklists.predicates.timeline_checks`. A 法制审核 on
file but dated after the decision is `unknown` for docs.legal_review (a veto: a misdated form must not zero
the file), while timeline.order reports the dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.registry import register
from checklists.schema import CheckSpec
from reviewer.core.facts import IndexRow, ServedDocument, Signature
from reviewer.core.kinds import DECISION_KINDS, kind_name
from reviewer.core.model import Evidence, Instrument

RECORD_KINDS = ("inquiry_record", "inspection_record")
PROCEDURE_UNKNOWN = "未能确定案件适用的程序（普通/简易），请人工核查。"
MAJOR_UNKNOWN = "未能确定本案是否属于重大行政处罚（当事人类型或处罚内容不明），请人工核查。"


# --- shared helpers (also used by the timeline and filing predicates) ---------------------------------------


def general_only(view: CaseView) -> Outcome | None:
    """None when the file follows the general procedure; otherwise the outcome a general-only check gives."""
    if view.general is None:
        return unknown(PROCEDURE_UNKNOWN)
    if not view.general:
        return not_applicable("简易程序案卷不适用此项。")
    return None


def anchor(view: CaseView, *kinds: str) -> list[Evidence]:
    """Evidence at the first present instrument of `kinds` (tried in order), or none."""
    for kind in kinds:
        instrument = view.first(kind)
        if instrument is not None:
            return [view.cite(instrument)]
    return []


def served_documents(receipt: Instrument) -> list[ServedDocument]:
    """The documents a 送达回证 names (with their 文号 and matching keys)."""
    return receipt.facts.receipt.documents if receipt.facts.receipt else []


def _serves(receipt: Instrument, target: Instrument) -> bool | None:
    """Whether `receipt` served `target`; None when the receipt names no document."""
    documents = served_documents(receipt)
    if not documents:
        return None
    keys = target.facts
    for doc in documents:
        if doc.doc_number and target.doc_number and doc.number_key == keys.number_key:
            return True
        if target.title and doc.name_key == keys.title_key:
            return True
        if doc.kind is not None and doc.kind == target.kind and not (doc.doc_number and target.doc_number):
            return True
    return False


def service_receipt_for(view: CaseView, target: Instrument) -> Instrument | None:
    """The 送达回证 that served `target`: one naming it, or — for a receipt that names nothing — the receipt
    filed right after it."""
    instruments = list(view.instruments)
    for receipt in view.all("service_receipt"):
        if _serves(receipt, target):
            return receipt
    position = next((n for n, item in enumerate(instruments) if item is target), None)
    if position is not None and position + 1 < len(instruments):
        following = instruments[position + 1]
        if following.kind == "service_receipt" and _serves(following, target) is None:
            return following
    return None


def receiver_signature(instrument: Instrument, *, dated: bool) -> Signature | None:
    """The party's filled 签收 on the instrument itself (with a date when `dated`)."""
    for signature in instrument.facts.signatures:
        if signature.by_receiver and signature.filled and (signature.date or not dated):
            return signature
    return None


def major_reason(view: CaseView) -> str:
    """Why the case is major, in the words of the standard's thresholds (河南省政府令168号 Art. 3)."""
    facts, rule = view.facts, view.standard.thresholds.major_penalty
    if "suspension" in facts.penalties and rule.suspension:
        return "责令停产停业"
    if "revocation" in facts.penalties and rule.revocation:
        return "吊销许可证或营业执照"
    limit = rule.fine_organisation if facts.party_type == "organisation" else rule.fine_citizen
    who = "组织" if facts.party_type == "organisation" else "公民"
    amounts = [(facts.fine_yuan, "罚款")]
    if rule.confiscation_equal_value:
        amounts.append((facts.confiscation_yuan, "没收"))
    for amount, word in amounts:
        if amount is not None and limit is not None and amount >= limit:
            return f"{word} {_yuan(amount)} 元，达到对{who} {_yuan(limit)} 元的标准"
    return "达到重大行政处罚标准"


def _yuan(amount: Decimal) -> str:
    return f"{amount.normalize():f}" if amount == amount.to_integral() else f"{amount:.2f}"


def _major(view: CaseView) -> Outcome | None:
    """None when the case is major; otherwise the outcome a major-only check gives."""
    major = view.facts.is_major
    if major is None:
        return unknown(MAJOR_UNKNOWN)
    if not major:
        return not_applicable("本案不属于重大行政处罚。")
    return None


def possibly(view: CaseView, kinds: Sequence[str]) -> list[Instrument]:
    """Unclassified instruments whose heading says they might be of one of `kinds` (set by segmentation)."""
    return [i for i in view.instruments if i.kind == "other" and any(kind in i.could_be for kind in kinds)]


def missing(view: CaseView, kinds: Sequence[str], *evidence: Evidence, **values: Any) -> Outcome:
    """A document of `kinds` is not in the file: fail — unless an unclassified document might be it, which
    leaves the check `unknown` at that document's pages for the evaluator."""
    maybe = possibly(view, kinds)
    if not maybe:
        return fail(*evidence, **values)
    where = "、".join(f"第{i.first_page}页（{i.title or '无标题'}）" for i in maybe[:3])
    note = f"未识别出{kind_name(kinds[0])}；{where}的文书可能即是，请人工核查。"
    return unknown(note, *[view.cite(i) for i in maybe[:3]])


def _present(view: CaseView, kinds: Sequence[str], anchors: Sequence[str], **values: Any) -> Outcome:
    """Pass at the first instrument of `kinds`; fail cited at the first present of `anchors` (unknown when an
    unclassified document might be the one missing)."""
    found = view.first(*kinds)
    if found is not None:
        return passed(view.cite(found))
    return missing(view, kinds, *anchor(view, *anchors), **values)


# --- presence of the general procedure's instruments ------------------------------------------------------


@register("docs.filing_approval")
def filing_approval(view: CaseView, check: CheckSpec) -> Outcome:
    return general_only(view) or _present(view, ["filing_approval"], ["case_source", *RECORD_KINDS, *DECISION_KINDS])


@register("docs.evidence_gathering")
def evidence_gathering(view: CaseView, check: CheckSpec) -> Outcome:
    return general_only(view) or _present(view, RECORD_KINDS, ["investigation_report", *DECISION_KINDS])


@register("docs.investigation_report")
def investigation_report(view: CaseView, check: CheckSpec) -> Outcome:
    anchors = ["prior_notice", "penalty_approval", *DECISION_KINDS]
    return general_only(view) or _present(view, ["investigation_report"], anchors)


@register("docs.prior_notice")
def prior_notice(view: CaseView, check: CheckSpec) -> Outcome:
    outcome = general_only(view)
    if outcome is not None:
        return outcome
    notice = view.first("prior_notice")
    if notice is not None:
        return passed(view.cite(notice))
    decision = view.decision
    if decision is None:
        return not_applicable("案卷中未见处罚决定，无从判断是否应当告知。")
    if decision.kind == "no_penalty_decision":
        return not_applicable("不予处罚决定无需事先告知。")
    return missing(view, ["prior_notice"], view.cite(decision))


@register("docs.penalty_approval")
def penalty_approval(view: CaseView, check: CheckSpec) -> Outcome:
    return general_only(view) or _present(view, ["penalty_approval"], DECISION_KINDS)


@register("docs.closing_report")
def closing_report(view: CaseView, check: CheckSpec) -> Outcome:
    anchors = ["payment_receipt", "enforcement", *DECISION_KINDS]
    return general_only(view) or _present(view, ["closing_report"], anchors)


@register("docs.penalty_decision")
def penalty_decision(view: CaseView, check: CheckSpec) -> Outcome:
    anchors = ["penalty_approval", "collective_discussion", "legal_review", "prior_notice", "investigation_report"]
    return _present(view, DECISION_KINDS, anchors)


# --- service --------------------------------------------------------------------------------------------


def _service_proved(view: CaseView, target: Instrument, *, dated: bool) -> Outcome:
    """Passed on a 送达回证 that served `target` or the party's own 签收 on it; failed at `target` otherwise."""
    receipt = service_receipt_for(view, target)
    if receipt is not None:
        return passed(view.cite(receipt))
    signature = receiver_signature(target, dated=dated)
    if signature is not None:
        return passed(view.cite(target, signature.label))
    return missing(view, ["service_receipt"], view.cite(target))


@register("docs.decision_service")
def decision_service(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.decision
    if decision is None:
        return not_applicable("案卷中未见处罚决定书。")
    return _service_proved(view, decision, dated=False)


@register("docs.notice_service")
def notice_service(view: CaseView, check: CheckSpec) -> Outcome:
    notice = view.first("prior_notice")
    if notice is None:
        return not_applicable("案卷中未见事先告知书。")
    return _service_proved(view, notice, dated=True)


# --- major cases, hearings, execution ---------------------------------------------------------------------


def _cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@register("docs.legal_review")
def legal_review(view: CaseView, check: CheckSpec) -> Outcome:
    outcome = _major(view)
    if outcome is not None:
        return outcome
    reason = major_reason(view)
    review, decision = view.first("legal_review"), view.decision
    if review is None:
        return missing(view, ["legal_review"], *anchor(view, *DECISION_KINDS), reason=reason)
    if decision is None or review.date is None or decision.date is None:
        return unknown("法制审核意见或决定书未注明日期，无法判断审核是否在决定之前，请人工核查。", view.cite(review))
    if review.date > decision.date:
        # The review is on file but dated after the decision: a late review or a misdated form. The file
        # order (timeline.order) reports the dates; whether the decision went unreviewed is for a person.
        return unknown(
            f"法制审核意见落款日期（{_cn_date(review.date)}）晚于决定日期（{_cn_date(decision.date)}），"
            "未能确认决定前已经法制审核，请人工核查。",
            view.cite(review),
            view.cite(decision),
        )
    return passed(view.cite(review))


@register("docs.major_filing")
def major_filing(view: CaseView, check: CheckSpec) -> Outcome:
    if not view.standard.thresholds.major_filing.required:
        return not_applicable("本标准不要求重大行政处罚备案。")
    return _major(view) or _present(view, ["major_filing"], DECISION_KINDS, reason=major_reason(view))


@register("docs.collective_discussion")
def collective_discussion(view: CaseView, check: CheckSpec) -> Outcome:
    outcome = _major(view)
    if outcome is not None:
        return outcome
    record = view.first("collective_discussion")
    if record is None:
        return missing(view, ["collective_discussion"], *anchor(view, *DECISION_KINDS))
    if record.facts.discussion_people and record.facts.discussion_conclusion:
        return passed(view.cite(record))
    return fail(view.cite(record), confidence=0.6)


def hearing_requested(view: CaseView) -> Instrument | None:
    """The instrument that shows the party asked for a hearing, or None."""
    found = view.first("hearing_notice", "hearing_record")
    if found is not None:
        return found
    for statement in view.all("statement_record", "other"):
        if statement.facts.statement is not None and statement.facts.statement.asks_hearing:
            return statement
    return None


@register("docs.hearing_record")
def hearing_record(view: CaseView, check: CheckSpec) -> Outcome:
    request = hearing_requested(view)
    if request is None:
        return not_applicable("案卷中未见当事人申请听证。")
    notice, record = view.first("hearing_notice"), view.first("hearing_record")
    if notice is not None and record is not None:
        return passed(view.cite(notice), view.cite(record))
    absent = [kind for kind, found in (("hearing_notice", notice), ("hearing_record", record)) if found is None]
    return missing(view, absent, view.cite(request))


def _money_imposed(view: CaseView) -> bool | None:
    """Whether the decision imposes a fine or a confiscation of money; None when that cannot be told."""
    facts = view.facts
    if any(amount is not None and amount > 0 for amount in (facts.fine_yuan, facts.confiscation_yuan)):
        return True
    if "fine" in facts.penalties:
        return True
    if view.decision is None or view.decision.kind == "no_penalty_decision" or facts.penalties:
        return False
    return None


@register("docs.execution")
def execution(view: CaseView, check: CheckSpec) -> Outcome:
    imposed = _money_imposed(view)
    if imposed is None:
        return unknown("未能读出决定书的处罚内容，无法判断是否需要缴款或执行材料，请人工核查。")
    if not imposed:
        return not_applicable("未处以罚款或没收款项。")
    return _present(view, ["payment_receipt", "enforcement"], DECISION_KINDS)


# --- cover and index (立卷归档) ---------------------------------------------------------------------------


def _row_matches(view: CaseView, row: IndexRow, offset: int = 0) -> bool:
    """The index row's title is on its first page (or an instrument of that title's kind starts there), its
    page numbers counted `offset` pages after the file's first page."""
    needle, first = "".join(row.title.split()), row.first + offset
    if view.pages and 1 <= first <= len(view.pages) and needle in "".join(view.pages[first - 1].text.split()):
        return True
    return any(i.first_page == first and (row.kind is None or i.kind == row.kind) for i in view.instruments)


def index_offset(view: CaseView, index: Instrument, rows: Sequence[IndexRow]) -> int:
    """Pages before the index's page 1: none when it numbers the cover and itself, else the cover's and its
    own pages (numbering from the first document, as many archives do) — whichever more rows agree with."""
    offsets = sorted({0, index.last_page})
    return max(offsets, key=lambda offset: (sum(_row_matches(view, row, offset) for row in rows), -offset))


def _cover_count_wrong(view: CaseView, cover: Instrument) -> str | None:
    """The cover's "共 N 页" when N is not the file's page count, else None."""
    count, raw = cover.facts.page_count, cover.facts.page_count_raw
    if view.pages and count is not None and count != len(view.pages):
        return raw
    return None


@register("docs.cover_index")
def cover_index(view: CaseView, check: CheckSpec) -> Outcome:
    outcome = general_only(view)
    if outcome is not None:
        return outcome
    cover, index = view.first("cover"), view.first("index")
    if cover is None or index is None:
        first = view.instruments[0] if view.instruments else None
        absent = [kind for kind, found in (("cover", cover), ("index", index)) if found is None]
        return missing(view, absent, *[view.cite(item) for item in (cover, index, first) if item is not None][:1])
    wrong_count = _cover_count_wrong(view, cover)
    if wrong_count is not None:
        return fail(view.cite(cover, wrong_count))
    rows = index.facts.index_rows
    if not rows:
        return unknown("未能读出卷内目录的页号，请人工核对目录与案卷页码。", view.cite(index))
    offset = index_offset(view, index, rows)
    for row in rows:
        beyond = bool(view.pages) and row.last + offset > len(view.pages)
        if beyond or row.first > row.last or not _row_matches(view, row, offset):
            if _scanned(view, index):
                return unknown(
                    f"卷内目录为扫描件，“{row.title}”一行的页号与案卷不符，可能是识别误差，请人工核对目录与案卷页码。",
                    view.cite(index, row.title),
                )
            return fail(view.cite(index, row.title))
    return passed(view.cite(cover), view.cite(index))


def _scanned(view: CaseView, instrument: Instrument) -> bool:
    """The instrument was read by OCR: a page number glued to a date (2024.5.1515-16) is a reading, not a fact."""
    pages = [page for page in view.pages if instrument.first_page <= page.index <= instrument.last_page]
    return any(page.origin == "ocr" for page in pages)
