"""Defects that change what instruments say: rights left out of the notice or the decision, one officer or a
missing certificate number, a varied party name, a decision without 文号, seal, identity or precise basis,
amounts that disagree, a heavier decision than noticed, an on-the-spot fine over the limit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from samples import forms
from samples.document import CaseDoc, InstrumentDoc
from samples.edit import amount_fn, drop_paras, find, first, full_text, map_text, reindex

_CERTS = re.compile(r"([\u4e00-\u9fff]{2,3})（执法证号：([^）]+)）、([\u4e00-\u9fff]{2,3})（执法证号：([^）]+)）")
OFFICER_RECORDS = ("inspection_record", "inquiry_record", "onsite_decision")
#: Henan's major-penalty fines (省政府令第168号): a fine from these up is a 重大行政处罚.
MAJOR_FINE = {"citizen": 10000, "organisation": 100000}
HEARING_FINE_ORGANISATION = 50000


def classify_fine(case: CaseDoc, new: int) -> None:
    """Record the decided fine; hearing eligibility follows Henan's organisation threshold (省政府令第204号)."""
    case.fine_yuan = Decimal(new)
    if case.party_type == "organisation" and case.procedure == "general":
        case.hearing_eligible = case.hearing_eligible or new >= HEARING_FINE_ORGANISATION


def decision_of(case: CaseDoc) -> InstrumentDoc | None:
    return first(case, "penalty_decision") or first(case, "onsite_decision")


def drop_sentences(ins: InstrumentDoc, pred: Callable[[str], bool]) -> None:
    """Remove the sentences (up to 。) that match, and paragraphs left empty."""

    def fn(text: str) -> str:
        return "".join(s for s in re.findall(r"[^。]*。|[^。]+$", text) if not pred(s))

    map_text([ins], fn)
    drop_paras(ins, lambda text: not text.strip())


def drop_clauses(ins: InstrumentDoc, pred: Callable[[str], bool]) -> None:
    """Remove the clauses (up to ； or 。) that match; a sentence keeps its other clauses and its full stop."""

    def sentence(text: str) -> str:
        body, stop = (text[:-1], "。") if text.endswith("。") else (text, "")
        kept = [clause for clause in body.split("；") if not pred(clause)]
        return "；".join(kept) + stop if kept else ""

    map_text([ins], lambda text: "".join(sentence(s) for s in re.findall(r"[^。]*。|[^。]+$", text)))
    drop_paras(ins, lambda text: not text.strip())


def notice_without_hearing(case: CaseDoc) -> None:
    notice = first(case, "prior_notice")
    assert notice is not None
    map_text([notice], lambda t: t.replace("、申辩或者听证", "、申辩").replace("和要求听证的权利", "的权利"))
    drop_sentences(notice, lambda s: "听证" in s)


def notice_without_statement(case: CaseDoc) -> None:
    notice = first(case, "prior_notice")
    assert notice is not None
    map_text([notice], lambda t: t.replace("陈述、申辩或者听证", "听证").replace("陈述、申辩和要求听证", "要求听证"))
    # Clause by clause: 生态环境's notice tells both periods in one sentence (听证……提出；如需陈述和申辩……).
    drop_clauses(notice, lambda s: "陈述" in s or "申辩" in s)


def notice_without_penalty(case: CaseDoc) -> None:
    notice = first(case, "prior_notice")
    assert notice is not None
    map_text([notice], lambda t: re.sub(r"，本局拟对你单位作出如下行政处罚：[^。]*(。|$)", "，应予处罚。", t))
    drop_paras(notice, lambda t: bool(re.match(r"[一二三四五六]、", t)))


def decision_without_remedies(case: CaseDoc) -> None:
    decision = decision_of(case)
    assert decision is not None
    drop_sentences(decision, lambda s: "行政复议" in s or "行政诉讼" in s)


def decision_without_payment_terms(case: CaseDoc) -> None:
    decision = decision_of(case)
    assert decision is not None
    drop_paras(decision, lambda t: "十五日内" in t or t.startswith("四、履行方式"))


def decision_without_identity(case: CaseDoc) -> None:
    decision = decision_of(case)
    assert decision is not None
    drop_paras(decision, lambda t: t.startswith(("统一社会信用代码", "身份证号码")))


def decision_without_seal(case: CaseDoc) -> None:
    decision = decision_of(case)
    assert decision is not None
    drop_paras(decision, lambda t: t == "（印章）")


def decision_without_number(case: CaseDoc) -> None:
    decision = decision_of(case)
    assert decision is not None and decision.doc_number
    number = decision.doc_number
    drop_paras(decision, lambda t: t == number)
    decision.doc_number = None
    reindex(case)


def decision_with_loose_basis(case: CaseDoc) -> None:
    decision = decision_of(case)
    assert decision is not None
    map_text(
        [decision],
        lambda t: re.sub(r"第（[一二三四五六七八九十]+）项", "", re.sub(r"《中华人民共和国(.+?)》", r"《\1》", t)),
    )


def _fine(case: CaseDoc) -> int:
    return int(case.fine_yuan)


def decision_amounts_disagree(case: CaseDoc) -> None:
    """The decision's capitals name another sum than its figures; without capitals, the approval differs."""
    decision, fine = decision_of(case), _fine(case)
    assert decision is not None
    if forms.yuan_upper(fine) in full_text(decision):
        map_text([decision], lambda t: t.replace(forms.yuan_upper(fine), forms.yuan_upper(fine // 10)))
    else:
        map_text(find(case, "penalty_approval"), amount_fn(fine, fine + fine // 2))


def heavier_than_noticed(case: CaseDoc) -> None:
    """Everything from the deliberation on names a fine a third higher than the notice proposed — kept under the
    major-penalty line of a case that is not major, so the edit does not also call for 法制审核 and 备案."""
    fine = _fine(case)
    new = fine + max(fine // 3 // 100 * 100, 100)
    if not case.is_major:
        new = min(new, MAJOR_FINE[case.party_type] - 100)
    kinds = [ins.kind for ins in case.instruments]
    start = max(i for i, kind in enumerate(kinds) if kind in ("prior_notice", "hearing_notice", "hearing_record")) + 1
    map_text(case.instruments[start:] + find(case, "cover"), amount_fn(fine, new))
    classify_fine(case, new)


def over_simple_limit(case: CaseDoc) -> None:
    fine = _fine(case)
    new = 500 if case.party_type == "citizen" else 5000
    map_text(case.instruments, amount_fn(fine, new))
    case.fine_yuan = Decimal(new)


def _officer_record(case: CaseDoc, last: bool = False) -> tuple[InstrumentDoc, re.Match[str]] | None:
    found = [
        (ins, m)
        for ins in case.instruments
        if ins.kind in OFFICER_RECORDS
        for m in [_CERTS.search(full_text(ins))]
        if m
    ]
    return (found[-1] if last else found[0]) if found else None


def one_officer(case: CaseDoc) -> None:
    found = _officer_record(case)
    assert found is not None
    ins, m = found
    a, b = m.group(1), m.group(3)
    map_text(
        [ins], lambda t: t.replace(m.group(0), f"{a}（执法证号：{m.group(2)}）").replace(f"{a}、{b}", a).replace(b, a)
    )


def missing_certificate(case: CaseDoc) -> None:
    found = _officer_record(case, last=True)
    assert found is not None
    ins, m = found
    map_text([ins], lambda t: t.replace(f"{m.group(3)}（执法证号：{m.group(4)}）", m.group(3)))


def varied_party_name(case: CaseDoc) -> None:
    """One instrument (the payment slip by preference) writes the party's name differently."""
    target = next(
        (
            ins
            for kind in ("payment_receipt", "closing_report", "service_receipt")
            for ins in find(case, kind)
            if case.party in full_text(ins)
        ),
        None,
    )
    assert target is not None
    name = case.party
    if "有限公司" in name:
        other = name.replace("有限公司", "公司")
    else:
        other = name[0] + ("晓" if name[1] != "晓" else "小") + name[2:]
    map_text([target], lambda t: t.replace(name, other))


def has_officer_record(case: CaseDoc) -> bool:
    return _officer_record(case) is not None


def notice_names_hearing(case: CaseDoc) -> bool:
    notice = first(case, "prior_notice")
    return bool(
        notice
        and case.hearing_eligible
        and "听证" not in notice.title
        and not find(case, "hearing_record")
        and "听证" in full_text(notice)
    )


def notice_states_penalty(case: CaseDoc) -> bool:
    notice = first(case, "prior_notice")
    return bool(notice and f"{_fine(case)}元" in full_text(notice))
