"""What a decision's wording settles about its citations, shared by decision.basis_precise and decision.contents.

`decision.facts.citations` is the citation reader's split by role; `DecisionAlone.provisions` keeps the word
before each provision. A violated provision is missing for certain only when the reader found none and the
wording has no 违反 clause at all: no provision after 违反/构成/属于, and no 违反了本规定 pointing back at one. A
涉嫌违反 counts as 违反 only where it is the conclusion (the drafting reader's slip), not in the case-opening story.
"""

from __future__ import annotations

import re

from checklists.law_tables import find_law
from reviewer.core.facts import DecisionAlone, ProvisionCited, ProvisionRole
from reviewer.core.model import Instrument

#: The penalty law itself: its articles in a decision are procedure (告知, 加处罚款) or weighing, never the
#: provision violated or the basis of the penalty for the conduct (tests/real/README.md rules 2 and 3).
PROCEDURE_LAW = "行政处罚法"


def _procedural(provision: ProvisionCited) -> bool:
    law = provision.law or ""
    return PROCEDURE_LAW in law


def concludes_suspicion(facts: DecisionAlone) -> bool:
    """The conclusion itself says 涉嫌违反 (a drafting slip): the provisions after it are the ones it finds violated."""
    return any(slip.kind == "investigation" for slip in facts.slips)


def violated_roles(facts: DecisionAlone) -> tuple[ProvisionRole, ...]:
    """The role words that name a provision violated in this decision (涉嫌违反 only where it is the conclusion)."""
    return ("violated", "suspected") if concludes_suspicion(facts) else ("violated",)


def roled(facts: DecisionAlone) -> list[ProvisionCited]:
    """Provisions after 违反 … or 依据 … that are not the penalty law's procedure."""
    roles = (*violated_roles(facts), "basis")
    return [p for p in facts.provisions if p.role in roles and not _procedural(p)]


def basis_given(decision: Instrument, facts: DecisionAlone) -> list[str]:
    """The penalty basis as cited (raw): the reader's basis, else provisions after 依据 … that do not only weigh
    the penalty (a 裁量权适用规则 sets how much, not that the conduct is punishable)."""
    citations = decision.facts.citations
    found = [c.raw for c in citations.basis] if citations is not None else []
    return found + [p.raw for p in roled(facts) if p.role == "basis" and not _refund_only(p) and not p.weighing]


def _refund_only(provision: ProvisionCited) -> bool:
    """A refund article cited for the refund alone (依据…第十六条第一款的规定，责令退还…): no basis of a penalty
    (tests/real/README.md rule 20), unless its sentence imposes one."""
    if provision.imposing:
        return False
    law = find_law(provision.law)
    return law is not None and law.role(provision.article) == "refund"


def no_violation_stated(decision: Instrument, facts: DecisionAlone) -> bool:
    """A basis is cited, but no provision violated, and no 违反 clause anywhere (not even by reference)."""
    citations = decision.facts.citations
    if (citations is not None and citations.violated) or facts.violation_by_reference:
        return False
    if not basis_given(decision, facts):
        return False
    if any(p.role in violated_roles(facts) for p in facts.provisions):
        return False
    return not any(_characterises_conduct(p) for p in facts.provisions)


def _characterises_conduct(provision: ProvisionCited) -> bool:
    """构成/属于 a provision that can name the conduct: not a weighing rule (属于…裁量规则第十条规定的情形), not a
    refund article (属于价格法第四十一条规定的多付价款)."""
    if provision.role != "characterised" or provision.weighing:
        return False
    law = find_law(provision.law)
    return law is None or law.role(provision.article) != "refund"


#: A form's 处罚依据 field left blank on its own line (处罚依据：＿＿＿＿, 【处罚依据】 and nothing after): the form's
#: place for the basis is empty, whatever procedure article another sentence cites (ruling 74). A bare label is
#: blank only when the next line is another field's label: the value may stand on the line below (处罚依据： / 《…》).
_BASIS_FIELD = re.compile(
    r"^[ \t\u3000<]*(?:[【〔\[]处罚依据[】〕\]]|处罚依据[ \t\u3000]*[:：])(?P<value>[ \t\u3000_＿]*)$"
)
_NEXT_LABEL = re.compile(r"^[ \t\u3000<]*(?:[【〔\[][\u4e00-\u9fff]{2,12}[】〕\]]|[\u4e00-\u9fff（）()]{2,12}[:：])")


def basis_field_blank(decision: Instrument) -> bool:
    """The decision's 处罚依据 field is printed with nothing filled in."""
    lines = [line for line in (decision.text or "").splitlines() if line.strip()]
    for at, line in enumerate(lines):
        field = _BASIS_FIELD.match(line)
        if field is None:
            continue
        if re.search("[_＿]{2,}", field.group("value")):
            return True
        if at + 1 == len(lines) or _NEXT_LABEL.match(lines[at + 1]):
            return True
    return False


def no_basis_stated(decision: Instrument, facts: DecisionAlone) -> bool:
    """A penalty is imposed, but no provision is cited as its basis and no clause imposes it under a basis word
    (本局决定处罚如下 straight after the violation), or the form's 处罚依据 field is left blank: the decision has no
    legal basis for its penalty."""
    penalty = decision.facts.penalty
    if penalty is None or not penalty.stated or not penalty.kinds:
        return False
    if basis_field_blank(decision):
        return True
    return not basis_given(decision, facts) and not facts.basis_clause
