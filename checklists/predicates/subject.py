"""Who was punished: party.correct_subject, from the decision's party block and the business licence copy the
file holds.

Decisions:

* The licence names an individual business (个体工商户, or a licence whose person is its 经营者) with a trade
  name, and the decision punishes the operator by name instead: fail — a business with a trade name is the
  party under its registered name.
* The licence is a branch's (…分公司), and the decision punishes the company the branch belongs to (a name the
  branch's name begins with): fail — the branch that holds the licence and committed the act is the party.
* The decision names the licensed subject (same name; same code where both give one): pass.
* No decision: not applicable. No legible party, no licence copy, or any other difference (codes that disagree,
  another name): `unknown` with what was compared, for a person to judge — the file alone cannot say more.
"""

from __future__ import annotations

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.registry import register
from checklists.schema import CheckSpec
from reviewer.core.facts import LicenceFacts
from reviewer.core.model import Instrument
from reviewer.core.text import compact


def _licence(view: CaseView) -> tuple[Instrument, LicenceFacts] | None:
    for instrument in view.instruments:
        if instrument.facts.licence is not None:
            return instrument, instrument.facts.licence
    return None


def _individual(licence: LicenceFacts) -> bool:
    return "个体" in (licence.entity_type or "") or licence.person_label == "经营者"


def _branch(licence: LicenceFacts) -> bool:
    return licence.name.endswith("分公司") or "分公司" in (licence.entity_type or "")


@register("party.correct_subject")
def correct_subject(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.decision
    if decision is None:
        return not_applicable("案卷中没有处罚决定，无可核对的处罚对象。")
    party = decision.facts.party
    if party is None:
        return unknown("未能读出决定书的当事人，无法核对处罚对象，请人工核查。", view.cite(decision))
    if party.name is None:
        return unknown(
            "决定书当事人名称已被遮盖，无法核对处罚对象，请人工核查。", view.cite(decision, party.line or None)
        )
    found = _licence(view)
    if found is None:
        return unknown("案卷中未见可读的营业执照复印件，仅凭决定书无法核对处罚对象是否为违法行为实施者，请人工核查。")
    copy, licence = found
    punished, licensed = compact(party.clean_name), compact(licence.name)
    shown = (view.cite(decision, party.line or party.name), view.cite(copy, licence.line or licence.name))
    if _individual(licence) and licence.person and punished == compact(licence.person) and punished != licensed:
        reason = f"营业执照登记的个体工商户字号为“{licence.name}”，决定书却以经营者个人为处罚对象"
        return fail(*shown, party=party.name, reason=reason)
    if _branch(licence) and punished != licensed and licensed.startswith(punished):
        reason = f"营业执照为分公司“{licence.name}”所有，决定书却处罚其所属公司"
        return fail(*shown, party=party.name, reason=reason)
    if punished == licensed:
        if party.code and licence.code and compact(party.code).upper() != compact(licence.code).upper():
            note = f"决定书当事人的代码（{party.code}）与营业执照（{licence.code}）不一致，请人工核查处罚对象。"
            return unknown(note, *shown)
        return passed(*shown)
    note = f"决定书当事人“{party.name}”与案卷中营业执照的名称“{licence.name}”不一致，请人工核查处罚对象。"
    return unknown(note, *shown)
