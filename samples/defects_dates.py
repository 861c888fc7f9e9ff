"""Defects that move dates: late service, payment, 备案 or decision; a decision inside the statement window;
a short hearing notice; a late 立案; an inquiry before 立案; an approval after the decision; a blank date.

Dates move on the real calendar (samples.holidays), so periods straddle holidays and 调休 weekends. A push
moves every later date by the same number of working days, keeping the rest of the procedure in order.
"""

from __future__ import annotations

import datetime as dt

from samples.document import CaseDoc, InstrumentDoc
from samples.edit import blank_dates, first, receipt_after, remap_dates
from samples.holidays import add_working_days, natural_deadline, working_days_between
from samples.oracle import notice_period


def push_from(case: CaseDoc, start: dt.date, count: int) -> None:
    """Move every date on or after `start` by `count` working days."""
    remap_dates(case, lambda day: add_working_days(day, count) if day >= start else day)


def _event_dates(case: CaseDoc, skip: InstrumentDoc | None = None) -> list[dt.date]:
    days = [day for day in case.timeline.values() if day]
    return days + [ins.date for ins in case.instruments if ins.date and ins is not skip]


def move_instrument(case: CaseDoc, ins: InstrumentDoc, new: dt.date, key: str | None = None) -> None:
    """Redate `ins` (and what cites its date); only inside `ins` when another event shares the old date."""
    old = ins.date
    assert old is not None
    others = [day for day in _event_dates(case, ins) if day == old]
    shared = len(others) > (1 if key and case.timeline.get(key) == old else 0)
    remap_dates(case, lambda day: new if day == old else day, [ins] if shared else None)
    if key:
        case.timeline[key] = new


def late_service(case: CaseDoc) -> None:
    need = 8 - working_days_between(case.on("decided"), case.on("served"))
    push_from(case, case.on("served"), max(need, 1))


def late_decision(case: CaseDoc) -> None:
    limit = natural_deadline(case.on("filed"), 90)
    count = 1
    while add_working_days(case.on("decided"), count) <= limit:
        count += 1
    push_from(case, case.on("decided"), count)


def late_payment(case: CaseDoc) -> None:
    limit = natural_deadline(case.on("served"), 15)
    count = 1
    while add_working_days(case.on("paid"), count) <= limit:
        count += 1
    push_from(case, case.on("paid"), count)


def late_major_filing(case: CaseDoc) -> None:
    filing = first(case, "major_filing")
    assert filing is not None
    new = add_working_days(natural_deadline(case.on("decided"), 15), 1)
    move_instrument(case, filing, new, "reported")


def early_decision(case: CaseDoc) -> None:
    """Serve the notice so late that the decision falls inside the period the notice grants."""
    receipt = receipt_after(case, "prior_notice")
    assert receipt is not None and receipt.date is not None
    window = max(notice_period(case), 5 if case.hearing_eligible else 0)
    if case.on("decided") <= add_working_days(receipt.date, window):
        return  # already inside the window (the statement and hearing defects share this edit)
    new = max(add_working_days(case.on("decided"), -2), add_working_days(receipt.date, 1))
    assert new <= add_working_days(case.on("decided"), -1) and case.on("decided") <= add_working_days(new, window)
    move_instrument(case, receipt, new, "notice_served")
    approval = first(case, "penalty_approval")
    if approval is not None and approval.date is not None and approval.date < new:
        # an approval that records the notice cannot predate its service (a decision moved late leaves it behind)
        move_instrument(case, approval, new, "approved")


def short_hearing_notice(case: CaseDoc) -> None:
    notice = first(case, "hearing_notice")
    assert notice is not None and notice.date is not None
    new = add_working_days(case.on("hearing"), -4)
    receipt = receipt_after(case, "hearing_notice")
    if receipt is not None and receipt.date == notice.date:
        move_instrument(case, receipt, new)
    move_instrument(case, notice, new)


def late_filing(case: CaseDoc) -> None:
    source = first(case, "case_source")
    assert source is not None
    move_instrument(case, source, add_working_days(case.on("filed"), -17), "discovered")


def inquiry_before_filing(case: CaseDoc) -> None:
    inquiry = first(case, "inquiry_record")
    assert inquiry is not None
    filed = case.on("filed")
    move_instrument(case, inquiry, add_working_days(filed, -1))
    # "investigated" is the first record made on or after 立案; the moved inquiry may have been the only one.
    after = [
        ins.date
        for ins in case.instruments
        if ins.kind in ("inquiry_record", "inspection_record") and ins.date and ins.date >= filed
    ]
    case.timeline["investigated"] = min(after, default=None)


def approval_after_decision(case: CaseDoc) -> None:
    approval = first(case, "penalty_approval")
    assert approval is not None
    move_instrument(case, approval, add_working_days(case.on("decided"), 1), "approved")


def blank_service_date(case: CaseDoc) -> None:
    """Leave the date of the first served instrument's 送达回证 unfilled."""
    for kind, key in (("prior_notice", "notice_served"), ("penalty_decision", "served"), ("onsite_decision", "served")):
        receipt = receipt_after(case, kind)
        if receipt is not None and receipt.date is not None:
            blank_dates(case, receipt, receipt.date)
            case.timeline[key] = None
            return
    raise AssertionError("no dated 送达回证 to blank")


def can_blank(case: CaseDoc) -> bool:
    return any(
        receipt_after(case, kind) is not None and receipt_after(case, kind).date is not None  # type: ignore[union-attr]
        for kind in ("prior_notice", "penalty_decision", "onsite_decision")
    )


def inquiry_can_precede_filing(case: CaseDoc) -> bool:
    inquiry, filed, found = first(case, "inquiry_record"), case.timeline.get("filed"), case.timeline.get("discovered")
    if inquiry is None or filed is None or found is None or inquiry.date is None:
        return False
    return add_working_days(filed, -1) > found


def hearing_notice_movable(case: CaseDoc) -> bool:
    notice, hearing = first(case, "hearing_notice"), case.timeline.get("hearing")
    if notice is None or notice.date is None or hearing is None:
        return False
    return add_working_days(hearing, -4) > notice.date
