"""Defect injectors keyed by check id (shared/domain/checks.yaml).

Each entry edits a clean case — the data, before rendering — so that its check should fail, and keeps the
truth honest: a dropped instrument leaves the index, the cover's page count, the 备考表 and the timeline;
moved dates move everywhere they are written. `also` names checks the edit fails besides its own; date rules
broken along the way are found by `samples.oracle` and added to the truth's `expected_failing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from samples import defects_dates as dd
from samples import defects_registers as dr
from samples import defects_text as dt_
from samples import oracle, stale, statement
from samples.document import CaseDoc
from samples.edit import drop, find, first, full_text, receipt_after, reindex


@dataclass(frozen=True)
class Defect:
    """One injector: `applies` says whether the case has what the edit needs."""

    check_id: str
    inject: Callable[[CaseDoc], None]
    applies: Callable[[CaseDoc], bool]
    also: tuple[str, ...] = ()
    #: Drawn by `--count` sets. A later defect is not, so that a seed keeps naming the set it drew before.
    varied: bool = True


def _general(case: CaseDoc) -> bool:
    return case.procedure == "general"


def _has(*kinds: str) -> Callable[[CaseDoc], bool]:
    return lambda case: all(first(case, kind) is not None for kind in kinds)


def _timeline(*keys: str) -> Callable[[CaseDoc], bool]:
    return lambda case: all(case.timeline.get(key) for key in keys)


def _date_of(case: CaseDoc, kind: str) -> dt.date | None:
    """The date of the first instrument of `kind` (None when there is none or it is undated)."""
    found = first(case, kind)
    return found.date if found is not None else None


def _both(*tests: Callable[[CaseDoc], bool]) -> Callable[[CaseDoc], bool]:
    return lambda case: all(test(case) for test in tests)


def _drop_kinds(kinds: tuple[str, ...], keys: tuple[str, ...]) -> Callable[[CaseDoc], None]:
    """Remove every instrument of `kinds`; the timeline loses the dates only they recorded."""

    def inject(case: CaseDoc) -> None:
        drop(case, *[ins for kind in kinds for ins in find(case, kind)])
        for key in keys:
            case.timeline[key] = None

    return inject


def _drop_with_receipt(kind: str, keys: tuple[str, ...], instrument: bool = True) -> Callable[[CaseDoc], None]:
    """Remove the 送达回证 that follows the first `kind` (and that instrument too, when asked)."""

    def inject(case: CaseDoc) -> None:
        target, receipt = first(case, kind), receipt_after(case, kind)
        gone = [ins for ins in ((target if instrument else None), receipt) if ins is not None]
        drop(case, *gone)
        for key in keys:
            case.timeline[key] = None

    return inject


def _drop_decision(case: CaseDoc) -> None:
    """Remove the decision and the 送达回证 that served it: the file never shows what was decided or served."""
    decision = dt_.decision_of(case)
    assert decision is not None
    receipt = receipt_after(case, decision.kind)
    names = [name.replace(" ", "") for name in (decision.doc_number, decision.title) if name]
    served = receipt is not None and any(name in full_text(receipt).replace(" ", "") for name in names)
    drop(case, decision, *([receipt] if served and receipt is not None else []))
    case.timeline["decided"] = None
    if served:
        case.timeline["served"] = None


def _refile_closing(case: CaseDoc) -> None:
    """File the 结案报告 right after the 立案 form, out of process order."""
    kinds = [ins.kind for ins in case.instruments]
    closing, filing = kinds.index("closing_report"), kinds.index("filing_approval")
    case.instruments.insert(filing + 1, case.instruments.pop(closing))
    reindex(case)


def _major(case: CaseDoc) -> bool:
    return case.is_major


def _no_answer(case: CaseDoc) -> bool:
    """The party neither was heard nor made a statement (moving the notice's service would pass either)."""
    return not find(case, "hearing_record") and not find(case, "statement_record")


def _decided(case: CaseDoc) -> bool:
    return dt_.decision_of(case) is not None


def _receipt_of(kind: str) -> Callable[[CaseDoc], bool]:
    return lambda case: receipt_after(case, kind) is not None


_DOCS: list[Defect] = [
    Defect(
        "docs.filing_approval", _drop_kinds(("filing_approval",), ("filed",)), _both(_general, _has("filing_approval"))
    ),
    Defect(
        "docs.evidence_gathering",
        _drop_kinds(("inquiry_record", "inspection_record"), ("investigated",)),
        _both(_general, lambda c: bool(find(c, "inquiry_record") or find(c, "inspection_record"))),
    ),
    Defect(
        "docs.investigation_report",
        _drop_kinds(("investigation_report",), ("investigation_reported",)),
        _both(_general, _has("investigation_report")),
    ),
    Defect(
        "docs.prior_notice",
        _drop_with_receipt("prior_notice", ("notified", "notice_served")),
        _both(_general, _has("prior_notice"), _receipt_of("prior_notice")),
    ),
    Defect(
        "docs.penalty_approval",
        _drop_kinds(("penalty_approval",), ("approved",)),
        _both(_general, _has("penalty_approval")),
    ),
    # General procedure only: an on-the-spot file is its decision, and without it nothing shows the procedure.
    Defect("docs.penalty_decision", _drop_decision, _both(_general, lambda c: dt_.decision_of(c) is not None)),
    Defect(
        "docs.decision_service",
        _drop_with_receipt("penalty_decision", ("served",), instrument=False),
        _both(_general, _receipt_of("penalty_decision")),
    ),
    Defect(
        "docs.notice_service",
        _drop_with_receipt("prior_notice", ("notice_served",), instrument=False),
        _both(_general, _receipt_of("prior_notice")),
    ),
    Defect(
        "docs.legal_review", _drop_kinds(("legal_review",), ("legal_reviewed",)), _both(_major, _has("legal_review"))
    ),
    Defect(
        "docs.collective_discussion",
        _drop_kinds(("collective_discussion",), ("discussed",)),
        _both(_major, _has("collective_discussion")),
    ),
    Defect(
        "docs.hearing_record", _drop_kinds(("hearing_record",), ("hearing",)), _has("hearing_notice", "hearing_record")
    ),
    Defect("docs.execution", _drop_kinds(("payment_receipt",), ("paid",)), _has("payment_receipt")),
    Defect(
        "docs.closing_report", _drop_kinds(("closing_report",), ("closed",)), _both(_general, _has("closing_report"))
    ),
    Defect("docs.major_filing", _drop_kinds(("major_filing",), ("reported",)), _both(_major, _has("major_filing"))),
    Defect("docs.cover_index", _drop_kinds(("index",), ()), _both(_general, _has("index"))),
    Defect("docs.order", _refile_closing, _has("filing_approval", "closing_report")),
]

_DATES: list[Defect] = [
    Defect("deadline.service_7d", dd.late_service, _both(_general, _timeline("decided", "served"))),
    Defect("deadline.decision_90d", dd.late_decision, _timeline("filed", "decided")),
    Defect("deadline.payment_15d", dd.late_payment, _timeline("served", "paid")),
    Defect("deadline.major_filing_15d", dd.late_major_filing, _both(_has("major_filing"), _timeline("decided"))),
    Defect(
        "deadline.statement_period",
        dd.early_decision,
        _both(_receipt_of("prior_notice"), _timeline("notice_served", "decided"), _no_answer),
    ),
    Defect(
        "deadline.hearing_request_5d",
        dd.early_decision,
        _both(
            lambda c: c.hearing_eligible, _receipt_of("prior_notice"), _timeline("notice_served", "decided"), _no_answer
        ),
    ),
    Defect("deadline.hearing_notice_7d", dd.short_hearing_notice, dd.hearing_notice_movable),
    Defect(
        "deadline.filing_15wd",
        dd.late_filing,
        _both(
            _has("case_source"),
            _timeline("discovered", "filed"),
            lambda c: _date_of(c, "case_source") == c.timeline["discovered"],
        ),
    ),
    Defect(
        "timeline.order", dd.approval_after_decision, _both(_has("penalty_approval"), _timeline("decided", "approved"))
    ),
    Defect("timeline.investigate_before_filing", dd.inquiry_before_filing, dd.inquiry_can_precede_filing),
    Defect("timeline.dates_filled", dd.blank_service_date, dd.can_blank),
]

_TEXT: list[Defect] = [
    Defect("rights.hearing_in_notice", dt_.notice_without_hearing, dt_.notice_names_hearing),
    Defect("rights.statement_in_notice", dt_.notice_without_statement, _has("prior_notice")),
    Defect("rights.notice_contents", dt_.notice_without_penalty, dt_.notice_states_penalty),
    Defect("rights.remedies_in_decision", dt_.decision_without_remedies, _has("penalty_decision")),
    Defect(
        "rights.payment_terms_in_decision",
        dt_.decision_without_payment_terms,
        lambda c: dt_.decision_of(c) is not None and bool(c.fine_yuan),
    ),
    Defect("rights.statement_reviewed", statement.drop_review, statement.reviewed_statement),
    Defect("rights.no_heavier_after_defence", dt_.heavier_than_noticed, _both(_decided, dt_.notice_states_penalty)),
    Defect("officers.two_officers", dt_.one_officer, dt_.has_officer_record),
    Defect("officers.certificates", dt_.missing_certificate, dt_.has_officer_record),
    Defect("party.consistent", dt_.varied_party_name, lambda c: bool(find(c, "payment_receipt"))),
    Defect("party.identified", dt_.decision_without_identity, _has("penalty_decision")),
    Defect(
        "decision.doc_number",
        dt_.decision_without_number,
        lambda c: bool((decision := first(c, "penalty_decision")) and decision.doc_number),
    ),
    Defect(
        "decision.amount_consistent",
        dt_.decision_amounts_disagree,
        lambda c: dt_.decision_of(c) is not None and bool(c.fine_yuan),
    ),
    Defect("decision.basis_precise", dt_.decision_with_loose_basis, _has("penalty_decision")),
    Defect("decision.contents", dt_.decision_without_seal, _has("penalty_decision")),
    Defect("decision.simple_procedure_limits", dt_.over_simple_limit, lambda c: c.procedure == "simple"),
]

#: From the extended catalog (checklists/catalog-extended.yaml); committed samples only.
_SUBSTANCE: list[Defect] = [
    Defect("substance.limitation", stale.stale_sales, stale.tells_recent_sales, varied=False),
    # Found only with the sample registers loaded (samples/registers/): committed samples only.
    Defect("officers.qualified", dr.other_certificates, dr.has_registered_officers, varied=False),
    Defect("subject.agency_competent", dr.basis_outside_powers, dr.cites_market_basis, varied=False),
]

#: Injectors by check id.
DEFECTS: dict[str, Defect] = {d.check_id: d for d in _DOCS + _DATES + _TEXT + _SUBSTANCE}

_DECISION_TEXT = (
    "rights.no_heavier_after_defence",
    "rights.remedies_in_decision",
    "rights.payment_terms_in_decision",
    "rights.statement_reviewed",
    "party.identified",
    "decision.doc_number",
    "decision.amount_consistent",
    "decision.basis_precise",
    "decision.contents",
    "docs.decision_service",
    "timeline.dates_filled",
    "substance.limitation",
)
_NOTICE_TEXT = (
    "rights.hearing_in_notice",
    "rights.statement_in_notice",
    "rights.notice_contents",
    "rights.no_heavier_after_defence",
    "docs.notice_service",
    "timeline.dates_filled",
)
#: Later defects that would undo an earlier one by dropping what it edited: later id → the earlier ids. (Date
#: rules are guarded by the oracle instead; these are the text and document edits it cannot see.)
_UNDOES: dict[str, tuple[str, ...]] = {
    "docs.penalty_decision": _DECISION_TEXT,
    "docs.prior_notice": _NOTICE_TEXT,
    "docs.notice_service": ("timeline.dates_filled",),
    "docs.decision_service": ("timeline.dates_filled",),
    "docs.evidence_gathering": ("officers.two_officers", "officers.certificates"),
    "docs.execution": ("party.consistent",),
    "docs.filing_approval": ("docs.order",),
    "docs.closing_report": ("docs.order",),
}


def undone_by(later: str, earlier: list[str]) -> list[str]:
    """The defects among `earlier` that injecting `later` would undo."""
    return [cid for cid in earlier if cid in _UNDOES.get(later, ())]


def _unreviewed_statement(case: CaseDoc) -> set[str]:
    """A statement on file with no 复核 recorded on a form (审批表, 法制审核, 集体讨论; the decision's 经复核 is the
    answer, not the record) fails rights.statement_reviewed, whichever edit removed it — dropping the 审批表 that
    held the 复核意见 does too."""
    records = [
        ins for kind in ("penalty_approval", "legal_review", "collective_discussion") for ins in find(case, kind)
    ]
    if find(case, "statement_record") and not any(statement.REVIEW_WORD in full_text(ins) for ins in records):
        return {"rights.statement_reviewed"}
    return set()


class DefectError(ValueError):
    """A defect that is unknown, does not apply to the case, or was undone by a later edit."""


def inject_defects(case: CaseDoc, check_ids: list[str]) -> CaseDoc:
    """Inject defects by check id in order, then record the truth's `defects` and `expected_failing`."""
    for check_id in check_ids:
        try:
            defect = DEFECTS[check_id]
        except KeyError:
            raise DefectError(f"no defect injector for check id {check_id!r}; known: {sorted(DEFECTS)}") from None
        if not defect.applies(case):
            raise DefectError(f"{case.name}: defect {check_id} does not apply to this case")
        undone = undone_by(check_id, case.defects)
        if undone:
            raise DefectError(f"{case.name}: defect {check_id} would undo {undone}")
        defect.inject(case)
        case.defects.append(check_id)
    found = oracle.failing(case) | _unreviewed_statement(case)
    lost = [cid for cid in case.defects if cid in oracle.CHECKS and cid not in found]
    if lost:
        raise DefectError(f"{case.name}: {lost} no longer fail after the later edits")
    also = {extra for cid in case.defects for extra in DEFECTS[cid].also}
    case.expected_failing = sorted(set(case.defects) | also | found)
    return case
