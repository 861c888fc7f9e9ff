"""Contents of the instruments: officers on records, the party, and the decision's own text.

Checks: officers.two_officers, officers.certificates, party.consistent, party.identified, decision.contents,
decision.basis_precise, decision.amount_consistent, decision.doc_number, decision.simple_procedure_limits.
The rights.* checks on notices and decisions live in `contents_rights`; the text helpers both use are here.

Decisions:

* Officers are counted per record (检查笔录, 询问笔录, 当场处罚决定书) from the labelled lines the officers
  extractor reads. Only the officer role counts: a 记录人 named apart from the 检查人员/询问人 is not a second
  officer (the samples name the recorder among the officers anyway). A record naming no officer at all is
  `unknown`, not a pass.
* Certificates: a record that gives certificate numbers must give one for every officer it names. A record
  that gives none (询问人：王丽、萧磊) relies on the numbers shown for the same officers on another record of
  the file; an officer whose number appears nowhere fails.
* Party names are compared with whitespace removed (a name wrapped in a table cell is one name); the decision's
  name is the reference, then the notice's, then the filing form's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.registry import register
from checklists.schema import CheckSpec
from reviewer.core.facts import Citation, Citations, Officer, PenaltyFacts
from reviewer.core.model import Instrument
from reviewer.core.text import compact

OFFICER_RECORDS = ("inspection_record", "inquiry_record", "onsite_decision")
KIND_NAMES = {
    "confiscation": "没收",
    "suspension": "责令停产停业",
    "revocation": "吊销",
    "fine": "罚款",
    "qualification": "降低资质等级或暂扣",
    "detention": "行政拘留",
    "warning": "警告",
}


# --- shared helpers --------------------------------------------------------------------------------------


def yuan(value: Decimal | None) -> str:
    """30000.00 → "30000元"; None → "未载明"."""
    if value is None:
        return "未载明"
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    return f"{text}元"


def penalty_line(instrument: Instrument) -> str:
    """The line that holds the last amount of the penalty section (where the terms after it should follow)."""
    penalty = instrument.facts.penalty
    if penalty is not None and penalty.line is not None:
        return penalty.line
    return instrument.title or instrument.kind


def penalty_of(instrument: Instrument) -> PenaltyFacts:
    """The instrument's penalty facts; an empty reading for an instrument that states none."""
    return instrument.facts.penalty or PenaltyFacts(stated=False)


# --- officers --------------------------------------------------------------------------------------------


def _records(view: CaseView) -> list[Instrument]:
    return view.all(*OFFICER_RECORDS)


@register("officers.two_officers")
def two_officers(view: CaseView, check: CheckSpec) -> Outcome:
    records = _records(view)
    if not records:
        return not_applicable("案卷中没有调查、检查笔录或当场处罚决定书。")
    short: list[tuple[Instrument, list[Officer]]] = []
    unread: list[Instrument] = []
    for record in records:
        officers = [o for o in _officers(record) if o.role == "officer"]
        names = list(dict.fromkeys(officer.name for officer in officers))
        if not names:
            unread.append(record)
        elif len(names) < 2:
            short.append((record, officers))
    if short:
        record, officers = short[0]
        evidence = [view.cite(r, o[0].line) for r, o in short]
        values = {
            "page": evidence[0].page,
            "instrument": record.title or record.kind,
            "count": len({officer.name for officer in officers}),
        }
        # Not `fail(count=…)`: the message's {count} is the number of officers, not of instances.
        return Outcome("fail", evidence, 1.0, values, count=len(short))
    if unread:
        return unknown(f"未能在{unread[0].title or unread[0].kind}中识别执法人员，请人工核查。", view.cite(unread[0]))
    return passed(*(view.cite(r) for r in records))


def _officers(record: Instrument) -> list[Officer]:
    return record.facts.record.officers if record.facts.record else []


def _file_certificates(records: Iterable[Instrument]) -> dict[str, str]:
    """Officer name → a certificate number shown for that officer anywhere on the records."""
    numbers: dict[str, str] = {}
    for record in records:
        for officer in _officers(record):
            if officer.certificate:
                numbers.setdefault(officer.name, officer.certificate)
    return numbers


def _uncertified(record: Instrument, elsewhere: dict[str, str]) -> list[Officer]:
    """Officers of `record` whose number is missing (see the module docstring for records with none)."""
    officers = _officers(record)
    missing = set(record.facts.record.uncertified if record.facts.record else [])
    gives_numbers = any(officer.certificate for officer in officers)
    if not gives_numbers:
        missing = {name for name in missing if name not in elsewhere}
    seen: set[str] = set()
    found = []
    for officer in officers:
        if officer.role == "officer" and officer.name in missing and officer.name not in seen:
            seen.add(officer.name)
            found.append(officer)
    return found


@register("officers.certificates")
def certificates(view: CaseView, check: CheckSpec) -> Outcome:
    records = [r for r in _records(view) if any(o.role == "officer" for o in _officers(r))]
    if not records:
        return not_applicable("笔录中未载明执法人员。")
    elsewhere = _file_certificates(records)
    failures = [(record, officer) for record in records for officer in _uncertified(record, elsewhere)]
    if not failures:
        return passed(*(view.cite(r) for r in records))
    evidence = [view.cite(record, officer.line) for record, officer in failures]
    record, _officer = failures[0]
    names = "、".join(dict.fromkeys(officer.name for _, officer in failures))
    return fail(
        *evidence, count=len(failures), page=evidence[0].page, instrument=record.title or record.kind, officer=names
    )


# --- party -----------------------------------------------------------------------------------------------


def _party_names(view: CaseView) -> list[tuple[Instrument, str, str | None]]:
    """(instrument, name, code) for each instrument that names the party, most authoritative first."""
    found: list[tuple[Instrument, str, str | None]] = []
    for kind in ("penalty_decision", "onsite_decision", "prior_notice", "filing_approval"):
        for instrument in view.all(kind):
            party = instrument.facts.party
            if party is not None:
                found.append((instrument, party.clean_name, party.code))
    for instrument in view.all("service_receipt"):
        receipt = instrument.facts.receipt
        if receipt is not None and receipt.recipient_clean is not None:
            found.append((instrument, receipt.recipient_clean, None))
    found += [(i, i.facts.payer, i.facts.payer_code) for i in view.all("payment_receipt") if i.facts.payer is not None]
    # one character is a fragment of a name (a scan that lost the rest), never a party's name
    return [(instrument, name, code) for instrument, name, code in found if len(compact(name)) >= 2]


@register("party.consistent")
def party_consistent(view: CaseView, check: CheckSpec) -> Outcome:
    named = _party_names(view)
    if len(named) < 2:
        return not_applicable("少于两份文书载明当事人。")
    reference, ref_name, _ref_code = named[0]
    codes = [(i, c) for i, _, c in named if c]
    for instrument, name, _ in named[1:]:
        if name != ref_name:
            return _party_mismatch(view, reference, ref_name, instrument, name)
    for instrument, code in codes:
        if code != codes[0][1]:
            return _party_mismatch(view, codes[0][0], codes[0][1], instrument, code)
    return passed(*(view.cite(i, n) for i, n, _ in named[:1]))


def _party_mismatch(
    view: CaseView, first: Instrument, first_value: str, second: Instrument, second_value: str
) -> Outcome:
    one, two = view.cite(first, first_value), view.cite(second, second_value)
    return fail(one, two, first=first_value, first_page=one.page, second=second_value, second_page=two.page)


@register("party.identified")
def party_identified(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.first("penalty_decision")
    if decision is None:
        return not_applicable("案卷中没有行政处罚决定书。")
    party = decision.facts.party
    if party is None:
        return unknown("未能识别决定书中的当事人，请人工核查。", view.cite(decision))
    missing = []
    if party.code is None:
        missing.append(
            "身份证件号码"
            if party.party_type == "citizen"
            else "统一社会信用代码"
            if party.party_type == "organisation"
            else "统一社会信用代码或身份证件号码"
        )
    if party.address is None:
        missing.append("住所（地址）")
    quote = party.line
    if missing:
        return fail(view.cite(decision, quote), missing="、".join(missing))
    return passed(view.cite(decision, quote))


# --- the decision ----------------------------------------------------------------------------------------


def _missing_contents(decision: Instrument) -> list[str]:
    facts = decision.facts
    stated = facts.decision
    missing = []
    if stated is None or not (stated.states_facts and stated.states_evidence):
        missing.append("违法事实和证据")
    if not _citations(decision).basis and not (stated is not None and stated.basis_worded):
        missing.append("处罚依据")
    if not penalty_of(decision).kinds:
        missing.append("处罚种类和依据")
    if stated is None or stated.signing_agency is None:
        missing.append("作出决定的行政机关名称")
    if facts.signed is None or facts.signed.value is None:
        missing.append("作出决定的日期")
    if facts.seal == "none":
        missing.append("行政机关印章")
    return missing


@register("decision.contents")
def decision_contents(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.first("penalty_decision")
    if decision is None:
        return not_applicable("案卷中没有行政处罚决定书。")
    missing = _missing_contents(decision)
    dated = decision.facts.signed
    quote = dated.raw if dated is not None else decision.facts.last_line
    if missing:
        return fail(view.cite(decision, quote), missing="、".join(missing))
    return passed(view.cite(decision, quote))


def _law_key(law: str | None) -> str:
    return (law or "").removeprefix("中华人民共和国")


def _abbreviated(law: str | None) -> bool:
    """《商标法》 for 《中华人民共和国商标法》: a national law cited without its full name."""
    if law is None:
        return True
    local = re.search("省|市|县|自治区|自治州|国务院|部|委员会|局", law)
    return law.endswith("法") and not law.startswith("中华人民共和国") and not local


def _finer_elsewhere(citation: Citation, others: list[Citation]) -> bool:
    """Another instrument cites the same article of the same law down to a paragraph or item this one lacks."""
    for other in others:
        if _law_key(other.law) != _law_key(citation.law) or other.article != citation.article:
            continue
        if (other.item and not citation.item) or (other.paragraph and not citation.paragraph):
            return True
    return False


@register("decision.basis_precise")
def basis_precise(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.first("penalty_decision")
    if decision is None:
        return not_applicable("案卷中没有行政处罚决定书。")
    split = _citations(decision)
    cited = split.violated + split.basis
    if split.violated and not split.basis and split.unnumbered_basis:
        loose_basis = split.unnumbered_basis[0]
        return fail(view.cite(decision, loose_basis), citation=f"{compact(loose_basis)}（未写明条款）")
    if not split.violated or not split.basis:
        missing = "违法行为依据" if not split.violated else "处罚依据"
        return fail(view.cite(decision, penalty_line(decision)), confidence=0.7, citation=f"未引用{missing}")
    others = [
        c
        for kind in ("prior_notice", "penalty_approval", "investigation_report")
        for i in view.all(kind)
        for c in _citations(i).violated + _citations(i).basis
    ]
    loose = [c for c in cited if _abbreviated(c.law) or _finer_elsewhere(c, others)]
    if loose:
        evidence = [view.cite(decision, c.raw) for c in loose]
        return fail(*evidence, citation="、".join(compact(c.raw) for c in loose))
    return passed(*(view.cite(decision, c.raw) for c in cited[:2]))


def _citations(instrument: Instrument) -> Citations:
    return instrument.facts.citations or Citations()


def _fine_of(instrument: Instrument) -> tuple[Decimal | None, str]:
    """The fine of an instrument's penalty section and the raw text that states it."""
    penalty = penalty_of(instrument)
    return penalty.fine, penalty.fine_raw


@register("decision.amount_consistent")
def amount_consistent(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.decision
    if decision is None:
        return not_applicable("案卷中没有处罚决定书。")
    for instrument in [decision, *view.all("penalty_approval")]:
        for mismatch in penalty_of(instrument).mismatches:
            one, two = view.cite(instrument, mismatch.figures), view.cite(instrument, mismatch.words)
            return fail(
                one,
                two,
                first=compact(mismatch.figures),
                first_page=one.page,
                second=compact(mismatch.words),
                second_page=two.page,
            )
    decided, decided_raw = _fine_of(decision)
    for approval in view.all("penalty_approval"):
        approved, approved_raw = _fine_of(approval)
        if decided is not None and approved is not None and decided != approved:
            one, two = view.cite(approval, approved_raw), view.cite(decision, decided_raw)
            return fail(
                one,
                two,
                first=compact(approved_raw),
                first_page=one.page,
                second=compact(decided_raw),
                second_page=two.page,
            )
    if decided is None and not penalty_of(decision).any_amount:
        return not_applicable("决定书未载明罚款金额。")
    return passed(view.cite(decision, decided_raw or None))


@register("decision.doc_number")
def doc_number(view: CaseView, check: CheckSpec) -> Outcome:
    instruments = view.all("penalty_decision", "prior_notice")
    if not instruments:
        return not_applicable("案卷中没有处罚决定书或事先告知书。")
    lacking = [i for i in instruments if i.facts.doc_number is None]
    if lacking:
        first = lacking[0]
        evidence = [view.cite(i, i.title or None) for i in lacking]
        return fail(*evidence, page=evidence[0].page, instrument=first.title or first.kind, doc_number="未载明文号")
    return passed(*(view.cite(i, i.facts.doc_number) for i in instruments))


@register("decision.simple_procedure_limits")
def simple_procedure_limits(view: CaseView, check: CheckSpec) -> Outcome:
    if view.facts.procedure is None:
        return unknown("未能判断案件适用的程序，请人工核查。")
    if view.facts.procedure != "simple":
        return not_applicable("非简易程序案件。")
    decision = view.first("onsite_decision") or view.decision
    if decision is None:
        return unknown("未见当场处罚决定书，请人工核查。")
    fine, raw = _fine_of(decision)
    fine = fine if fine is not None else view.facts.fine_yuan
    kinds = set(penalty_of(decision).kinds) - {"warning", "fine"}
    limits = {
        "citizen": check.parameters.get("fine_citizen", 200),
        "organisation": check.parameters.get("fine_organisation", 3000),
    }
    evidence = view.cite(decision, raw or penalty_line(decision))
    if kinds:
        return fail(
            evidence, amount=f"{yuan(fine).removesuffix('元')}（另有{'、'.join(KIND_NAMES[k] for k in sorted(kinds))}）"
        )
    if fine is None:
        return (
            passed(evidence)
            if set(penalty_of(decision).kinds) == {"warning"}
            else unknown("未能读出当场处罚的罚款金额，请人工核查。", evidence)
        )
    limit = limits.get(view.facts.party_type or "")
    if limit is None:
        if fine <= min(limits.values()):
            return passed(evidence)
        return unknown("未能判断当事人是公民还是组织，无法确定简易程序罚款上限。", evidence)
    if fine > Decimal(str(limit)):
        return fail(evidence, amount=yuan(fine).removesuffix("元"))
    return passed(evidence)
