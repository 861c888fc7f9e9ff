"""Checks that read the registers kept outside the file: the agency's powers (执法主体清单 / 权责清单) and the
officers' certificates (执法证登记册).

Checks: subject.agency_competent, officers.qualified.

Decisions:

* No register loaded, or one that does not list the agency: `unknown` with that reason — never a pass. A file
  cannot prove a power or a certificate by itself.
* Competence: the deciding agency (the decision's signing block, else its heading, else the case's agency) must
  be a listed body (name or alias), and every law the decision applies as its penalty basis must be among the
  body's powers on the decision date (articles too, where the list limits them). Laws every agency applies to
  its procedure (the standard's `general_laws`: 行政处罚法 …) are not matters and are left out. Without a basis
  the provisions violated stand in; without either the check is `unknown`. A body listed with matters only
  (no law the machine can match) is `unknown`.
* Qualification: every officer named on the records that need two officers (检查笔录, 询问笔录, 当场处罚决定书)
  must hold a certificate of the deciding agency valid on that record's date. The number the file gives (on
  that record or, for the same officer, on another) is looked up: a number registered to someone else, to
  another agency, or expired (or not yet valid) on the day fails; a number the register does not know, a
  certificate whose status is not 有效 (the register does not say since when), or an officer without a number
  who is not found once by name among the agency's certificates is `unknown`. Where the register gives the
  certificate's field and the body its sector, a field that names neither the sector nor is named by it fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.predicates.contents import OFFICER_RECORDS
from checklists.registry import register
from checklists.schema import CheckSpec
from reviewer.core.calendar import format_date
from reviewer.core.facts import Citation, Officer
from reviewer.core.model import Evidence, Instrument
from reviewer.core.registers import Body, Certificate, Registers, compact_name, law_key

NO_BODIES = "未加载执法主体清单（权责清单），无法核对作出处罚的机关是否具有该事项的处罚权，请导入清单或人工核查。"
NO_CERTIFICATES = "未加载执法证登记册，无法核对执法人员在文书日期是否持有有效执法证件，请导入登记册或人工核查。"


def _agency(view: CaseView) -> str | None:
    decision = view.decision
    if decision is not None:
        signing = decision.facts.decision.signing_agency if decision.facts.decision else None
        if signing or decision.facts.agency:
            return signing or decision.facts.agency
    return view.facts.agency


def _decision_day(view: CaseView) -> dt.date | None:
    decided = view.facts.timeline.get("decided")
    if decided is not None:
        return decided
    decision = view.decision
    signed = decision.facts.signed if decision is not None else None
    return signed.value if signed is not None else None


def _version(registers: Registers, kind: str) -> str:
    number = registers.ref.bodies if kind == "bodies" else registers.ref.certificates
    return f"（第 {number} 版）" if number else ""


# --- competence ------------------------------------------------------------------------------------------


@register("subject.agency_competent")
def agency_competent(view: CaseView, check: CheckSpec) -> Outcome:
    registers = view.registers
    if registers is None or registers.bodies is None:
        return unknown(NO_BODIES)
    decision = view.decision
    if decision is None:
        return not_applicable("案卷中没有处罚决定，无可核对的处罚机关。")
    agency = _agency(view)
    if agency is None:
        return unknown("未能读出作出处罚决定的机关名称，请人工核查其处罚权。", view.cite(decision))
    body = registers.body(agency)
    if body is None:
        note = f"执法主体清单{_version(registers, 'bodies')}未收录“{agency}”，无法核对其处罚权，请人工核查。"
        return unknown(note, view.cite(decision, agency))
    citations = _matters(decision, check.parameters.get("general_laws", []))
    if not citations:
        return unknown("未能读出决定书适用的处罚依据（法律及条款），无法与清单所列职权比对。", view.cite(decision))
    if not body.powers:
        return unknown(f"执法主体清单只列明“{body.name}”的职权事项，未列法律依据，无法自动比对，请人工核查。")
    day = _decision_day(view)
    outside = [c for c in citations if not any(p.covers(c.law or "", c.article, day) for p in body.powers)]
    if outside:
        citation = outside[0]
        return fail(
            *(view.cite(decision, c.raw) for c in outside),
            agency=agency,
            law="".join(citation.raw.split()),
            reason=_why_outside(body, citation, day),
        )
    return passed(view.cite(decision, agency), *(view.cite(decision, c.raw) for c in citations))


def _matters(decision: Instrument, general_laws: Iterable[str]) -> list[Citation]:
    """The provisions that name the matter: the penalty basis (else the provisions violated), laws named."""
    citations = decision.facts.citations
    if citations is None:
        return []
    skip = {law_key(law) for law in general_laws}
    for group in (citations.basis, citations.violated):
        found = [c for c in group if c.law and law_key(c.law) not in skip]
        if found:
            return found
    return []


def _why_outside(body: Body, citation: Citation, day: dt.date | None) -> str:
    same_law = [p for p in body.powers if law_key(p.law) == law_key(citation.law or "")]
    if not same_law:
        return f"清单所列“{body.name}”的执法依据不含《{law_key(citation.law or '')}》"
    if day is not None and any(p.covers(citation.law or "", citation.article, None) for p in same_law):
        return f"该项职权在{format_date(day)}不在清单所列有效期内"
    return f"清单所列该法职权限于{'、'.join(p.raw for p in same_law)}"


# --- qualification ---------------------------------------------------------------------------------------


@register("officers.qualified")
def officers_qualified(view: CaseView, check: CheckSpec) -> Outcome:
    registers = view.registers
    if registers is None or registers.certificates is None:
        return unknown(NO_CERTIFICATES)
    records = [r for r in view.all(*OFFICER_RECORDS) if any(o.role == "officer" for o in _officers(r))]
    if not records:
        return not_applicable("案卷中没有载明执法人员的调查、检查笔录或当场处罚决定书。")
    agency = _agency(view)
    if agency is None:
        return unknown("未能读出作出处罚决定的机关名称，无法核对执法证件的发证单位。")
    body = registers.body(agency)
    issued = registers.certificates_of(agency, body)
    if not issued:
        note = f"执法证登记册{_version(registers, 'certificates')}未收录“{agency}”的执法人员，无法核对，请人工核查。"
        return unknown(note)
    names = body.names() if body else {compact_name(agency)}
    sector = (body.sector if body else None) or view.facts.sector
    numbers = _numbers(records)
    failures: list[tuple[Evidence, dict[str, str]]] = []
    doubts: list[str] = []
    evidence: list[Evidence] = []
    for record in records:
        day = _record_day(record)
        seen: set[str] = set()
        for officer in _officers(record):
            if officer.role != "officer" or officer.name in seen:
                continue
            seen.add(officer.name)
            number = officer.certificate or numbers.get(officer.name)
            cite = view.cite(record, officer.line or officer.name)
            verdict = _judge(registers, issued, officer, number, day, names, sector)
            if verdict is None:
                evidence.append(cite)
            elif verdict[0] == "fail":
                values = {
                    "officer": officer.name,
                    "date": format_date(day) if day else "文书日期",
                    "certificate": number or "未载明",
                    "reason": verdict[1],
                }
                failures.append((cite, values))
            else:
                doubts.append(f"{officer.name}：{verdict[1]}")
    if failures:
        return Outcome("fail", [e for e, _ in failures], 1.0, failures[0][1], count=len(failures))
    if doubts:
        return unknown("；".join(dict.fromkeys(doubts)) + "。请人工核查。", *evidence[:1])
    return passed(*evidence)


def _officers(record: Instrument) -> list[Officer]:
    return record.facts.record.officers if record.facts.record else []


def _numbers(records: Iterable[Instrument]) -> dict[str, str]:
    """Officer name → the first certificate number the file shows for that officer."""
    numbers: dict[str, str] = {}
    for record in records:
        for officer in _officers(record):
            if officer.certificate:
                numbers.setdefault(officer.name, officer.certificate)
    return numbers


def _record_day(record: Instrument) -> dt.date | None:
    facts = record.facts.record
    if facts is not None and facts.start is not None:
        return facts.start.date()
    return record.facts.signed.value if record.facts.signed else None


def _judge(
    registers: Registers,
    issued: list[Certificate],
    officer: Officer,
    number: str | None,
    day: dt.date | None,
    agency_names: set[str],
    sector: str | None,
) -> tuple[str, str] | None:
    """None when the officer qualifies; ("fail", reason) or ("unknown", reason) otherwise."""
    name = compact_name(officer.name)
    if number:
        found = registers.numbered(number)
        if not found:
            return "unknown", f"执法证号 {number} 未见于登记册"
        certificate = found[0]
        if compact_name(certificate.holder) != name:
            return "fail", f"该证号登记的持证人为{certificate.holder}"
    else:
        mine = [c for c in issued if compact_name(c.holder) == name]
        if len(mine) != 1:
            return "unknown", "文书未载明执法证号，登记册中" + ("无此人" if not mine else "有同名的多张证件")
        certificate = mine[0]
    if compact_name(certificate.agency) not in agency_names:
        return "fail", f"该证件登记的执法单位为{certificate.agency}"
    if day is None:
        return "unknown", "未能读出文书日期，无法核对证件有效期"
    if not certificate.valid_on(day):
        span = f"{_day(certificate.valid_from)}至{_day(certificate.valid_to)}"
        return "fail", f"证件有效期为{span}"
    if not certificate.active:
        return "unknown", f"登记册载明证件状态为“{certificate.status}”，未载明自何日起"
    if certificate.field and sector and not _same_field(certificate.field, sector):
        return "fail", f"证件执法领域为{certificate.field}，与{sector}不符"
    return None


def _day(day: dt.date | None) -> str:
    return format_date(day) if day else "（未载明）"


def _same_field(field: str, sector: str) -> bool:
    a, b = compact_name(field), compact_name(sector)
    return a in b or b in a
