"""`decision.basis_precise` for a decision reviewed alone: the provisions violated and the penalty basis are cited,
each in its own role and precise to the 款/项 of a divided article.

A fail only where the decision's wording settles it, read against `checklists/law_tables` (the structure and the
penalty/duty articles of the commonly cited price rules, and of the articles read of the other laws decisions cite
most):

* nothing cited as violated and nothing as the basis;
* a citation with no 条 in its number (第四十的规定);
* a penalty article listed right after 违反 (roles swapped), or a duty article listed as the basis of the penalty;
* an article divided into 款 or 项 cited without the one that applies (a refund article too, where the citation
  reader kept it as the basis of a confiscation: ruling 20; cited for the refund alone it is not judged), and
  cited no more precisely elsewhere in the same role (an unroled, more precise mention elsewhere counts too: the
  decision may have named it there; a 涉嫌违反 of the case-opening narrative does not: the suspicion is not what
  the decision concludes; nor does a finer citation the citation reader kept beside the bare one, as the part
  applied to another act);
* a penalty basis (read by the citation reader, or a provision after 依据 …) but no provision violated, and no
  违反 clause at all (not even 违反了本规定 after quoting one).

Citations of laws outside the tables, or roles the wording leaves open, give `unknown`, never a guessed pass; so
does a 减轻 the agency decides with no provision cited for it (whether the fine falls below the article's minimum is
arithmetic of ranges the check does not do: ruling 78 leaves it to a person).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.law_tables import Law, find_law, law_key
from checklists.predicates.decision_citing import (
    basis_given,
    no_basis_stated,
    no_violation_stated,
    roled,
    violated_roles,
)
from checklists.predicates.decision_scope import CORRECTION_REASONS, SCOPE, alone, corrects
from checklists.predicates.decision_unbased import unbased_violation
from checklists.registry import register
from checklists.schema import CheckSpec
from reviewer.core.facts import Citation, DecisionAlone, ProvisionCited, ProvisionRole
from reviewer.core.model import Instrument

_NO_DECISION = "未找到决定书。"

#: Roles that count alike when asking whether a provision is cited more precisely elsewhere.
_SAME_ROLE: dict[ProvisionRole, str] = {
    "violated": "violated",
    "basis": "basis",
    "characterised": "characterised",
    "suspected": "suspected",
    "none": "none",
}


@dataclass(frozen=True)
class Problem:
    """One defect of the citations and the text it was found in (for the evidence)."""

    text: str
    quote: str | None


def _label(law: Law, article: int, paragraph: int | None, item: int | None) -> str:
    parts = [f"《{law.name}》第{article}条"]
    if paragraph:
        parts.append(f"第{paragraph}款")
    if item:
        parts.append(f"第{item}项")
    return "".join(parts)


def _same(provision: ProvisionCited, law: Law, article: int) -> bool:
    other = find_law(provision.law)
    return provision.article == article and ((other is None and provision.law is None) or other == law)


def _separate_findings(law: Law, mentions: Sequence[ProvisionCited]) -> bool:
    """The article is cited imprecisely in a finding of its own: a sentence that neither sums up nor points back
    (综上, 上述行为 …), while every precise mention of it in that role stands in other such sentences and none
    in no role. Two findings that each cite the article (违反…第十四条的规定；…的行为，违反…第十四条第（三）项)
    are two violations, and the precise one names the part of the other act, not of this one. A sentence that only
    paraphrases what the article provides (依照…第十三条，可以并处5000元以下的罚款) finds nothing of its own."""
    precise = [p for p in mentions if law.missing_part(p.article, p.paragraph, p.item) is None]
    if any(p.role == "none" for p in precise):
        return False
    for vague in mentions:
        if vague.role not in ("violated", "basis") or vague.recap or vague.statutory or vague in precise:
            continue
        same = [p for p in precise if p.role == vague.role]
        if same and all(p.sentence != vague.sentence and not p.recap for p in same):
            return True
    return False


def _precise_elsewhere(
    law: Law, article: int, provisions: Sequence[ProvisionCited], precise: set[tuple[str, int, str]]
) -> bool:
    """The article is cited with its 款/项 elsewhere, in a role it is also cited imprecisely in, or in no role
    (`precise`: what the citation reader found precise, by law, article and role — a narrative 依据 that quotes
    the article's text before the decision's own, precise basis sentence is no imprecise basis)."""
    mentions = [p for p in provisions if _same(p, law, article)]
    if _separate_findings(law, mentions):
        return False
    vague = {_SAME_ROLE[p.role] for p in mentions if law.missing_part(p.article, p.paragraph, p.item) is not None}
    if any((law.key, article, role) in precise for role in vague):
        return True
    return any(
        law.missing_part(p.article, p.paragraph, p.item) is None and _SAME_ROLE[p.role] in vague | {"none"}
        for p in mentions
    )


def _swapped(provisions: Iterable[ProvisionCited]) -> list[Problem]:
    found = []
    for provision in provisions:
        law = find_law(provision.law)
        if law is None or not provision.listed:
            continue
        label = _label(law, provision.article, provision.paragraph, provision.item)
        role = law.role(provision.article)
        if provision.role == "violated" and role == "penalty":
            found.append(Problem(f"罚则条款{label}被列为违反的规定", provision.raw))
        elif provision.role == "basis" and provision.imposing and role == "duty":
            found.append(Problem(f"义务性条款{label}被列为处罚依据", provision.raw))
    return found


def _precise_cited(violated: Iterable[Citation], basis: Iterable[Citation]) -> set[tuple[str, int, str]]:
    """(law, article, role) of the citation reader's citations that name the 款/项 their article is divided into."""
    found = set()
    for role, cited in (("violated", violated), ("basis", basis)):
        for citation in cited:
            law = find_law(citation.law)
            if law is not None and law.missing_part(citation.article, citation.paragraph, citation.item) is None:
                found.add((law.key, citation.article, role))
    return found


_IMPLEMENTING = re.compile(r"(实施条例|实施细则)$")


def _applied_through_regulation(basis: Iterable[Citation]) -> set[str]:
    """Tabled laws whose own implementing regulation (…法实施条例/实施细则) is cited in the basis too: the penalty is
    then imposed under the regulation's item, which applies the law's 款 as a whole (依照…第一款的规定给予处罚),
    so no 项 of that 款 is the one that applies."""
    found = set()
    for citation in basis:
        name = law_key(citation.law or "")
        law = find_law(_IMPLEMENTING.sub("", name)) if _IMPLEMENTING.search(name) else None
        if law is not None:
            found.add(law.key)
    return found


def _referred(basis: Iterable[Citation]) -> frozenset[tuple[str, int]]:
    """(law, article) whose penalty a cited basis 款 imposes (第五条第二款 → 第四条): cited beside that 款, the article
    applies whole, and its 项 (other conduct) are not what the decision applies."""
    found = set()
    for citation in basis:
        law = find_law(citation.law)
        target = law.referrals.get((citation.article, citation.paragraph or 0)) if law is not None else None
        if law is not None and target is not None:
            found.add((law.key, target))
    return frozenset(found)


def _beside_finer(citation: Citation | ProvisionCited, lists: Iterable[Sequence[Citation]]) -> bool:
    """The citation reader kept this citation in its role beside a finer one of the same article: it found the
    bare one a citation of its own (for another act), which the finer one does not make precise."""
    for cited in lists:
        if not any(c is citation for c in cited):
            continue
        for other in cited:
            same = law_key(other.law or "") == law_key(citation.law or "") and other.article == citation.article
            if (
                same
                and other is not citation
                and ((other.item and not citation.item) or (other.paragraph and not citation.paragraph))
            ):
                return True
    return False


def _imprecise(
    cited: Iterable[Citation | ProvisionCited],
    provisions: Sequence[ProvisionCited],
    precise: set[tuple[str, int, str]],
    through: set[str],
    referred: frozenset[tuple[str, int]] = frozenset(),
    lists: Sequence[Sequence[Citation]] = (),
    basis: Sequence[Citation] = (),
) -> list[Problem]:
    found, seen = [], set()
    for citation in cited:
        law = find_law(citation.law)
        if law is None or (law.role(citation.article) == "refund" and not any(citation is b for b in basis)):
            continue  # a refund article is judged only where the reader kept it as the confiscation's basis
        part = law.missing_part(citation.article, citation.paragraph, citation.item)
        key = (law.key, citation.article)
        if part is None or key in seen:
            continue
        if not _beside_finer(citation, lists) and _precise_elsewhere(law, citation.article, provisions, precise):
            continue
        if part == "项" and citation.paragraph and law.key in through and law.role(citation.article) == "penalty":
            continue
        if part == "项" and key in referred and citation.role == "basis":
            continue
        seen.add(key)
        label = _label(law, citation.article, citation.paragraph, None)
        found.append(Problem(f"{label}分{part}而未写明适用的{part}", citation.raw))
    return found


def _tabled(citation: Citation) -> bool:
    """The citation's law is tabled and the table speaks for its article (a pass needs nothing guessed)."""
    law = find_law(citation.law)
    return law is not None and law.knows(citation.article)


def _narrated(provision: ProvisionCited, provisions: Sequence[ProvisionCited], violated: Sequence[str]) -> bool:
    """A 依据 of the facts narrated before the decision's own finding (the first sentence that names a provision
    violated): the ground of another body's measure (省政府依据…第三十条实行差价率管理) or of an inspection, in a
    sentence that imposes nothing — no basis of this penalty (ruling 2), as a 涉嫌违反 of the case-opening narrative is
    no provision violated (ruling 1)."""
    if provision.role != "basis" or provision.imposing:
        return False
    found = [p.sentence for p in provisions if p.role in violated]
    return bool(found) and provision.sentence < min(found)


def _problems(decision: Instrument, facts: DecisionAlone) -> list[Problem]:
    citations = decision.facts.citations
    violated = citations.violated if citations is not None else []
    basis = citations.basis if citations is not None else []
    provisions = facts.provisions
    if not violated and not basis and not roled(facts):
        return [Problem("决定书未引用违反的法律条款和处罚依据", None)]
    problems = []
    if facts.malformed_citation:
        problems.append(Problem(f"条文序号不完整（“{facts.malformed_citation}”）", facts.malformed_citation))
    problems += _swapped(provisions)
    # a weighing article (从轻 under 某规定第二十六条) is neither list's: ruling 11 judges the violated and the basis
    # …nor is a 依据 narrated before the finding, which grounds another act than this penalty
    roles = violated_roles(facts)
    listed = [p for p in roled(facts) if p.listed and not p.weighing and not _narrated(p, provisions, roles)]
    precise, through = _precise_cited(violated, basis), _applied_through_regulation(basis)
    problems += _imprecise(
        [*violated, *basis, *listed], provisions, precise, through, _referred(basis), (violated, basis), basis
    )
    if no_violation_stated(decision, facts):
        problems.append(Problem("只引用了处罚依据，未写明违反的法律条款", basis_given(decision, facts)[0]))
    if no_basis_stated(decision, facts):
        penalty = decision.facts.penalty
        problems.append(Problem("作出了处罚，但未引用处罚依据", penalty.line if penalty else None))
    elif (unbased := unbased_violation(decision.text)) is not None:
        problems.append(Problem("其中一项违法行为作出了处罚，但未引用其处罚依据", unbased))
    return problems


#: The agency's own 减轻 (本局决定对其减轻处罚, 依法予以减轻处罚), in one sentence.
_REDUCED = re.compile(r"(?:决定|依法|予以|给予|对其|对当事人|酌情)减轻(?:行政)?处罚")
#: A sentence where 减轻 is the party's request or the agency's refusal (请求减轻处罚, 不符合减轻处罚的条件).
_NOT_REDUCED = re.compile(r"请求|申请|要求|希望|辩称|不符合|不具有|不具备|不足以|不予|不能|不再|无减轻")
#: A provision named in the sentence (第三十二条第（五）项, 清单第8项): the 减轻 rests on something cited.
_NAMED_PROVISION = re.compile(r"第[一二三四五六七八九十百零〇0-9]+[条项]")


def _unweighed_reduction(decision: Instrument) -> bool:
    """The agency decides 减轻 and cites no provision for it, neither as a weighing citation nor in the sentence."""
    citations = decision.facts.citations
    if citations is not None and citations.mitigation:
        return False
    flat = "".join(decision.text.split())
    for sentence in re.findall(r"[^。；;]+", flat):
        if _REDUCED.search(sentence) and not _NOT_REDUCED.search(sentence) and not _NAMED_PROVISION.search(sentence):
            return True
    return False


def _spared(decision: Instrument) -> bool:
    """A 不予行政处罚决定书 that imposes nothing and cites its ground to the 款 or 项 (行政处罚法 第三十三条第一款):
    no penalty is imposed whose basis could be missing (ruling 24 leaves its basis empty when it names none)."""
    penalty, citations = decision.facts.penalty, decision.facts.citations
    if "不予" not in decision.title or penalty is None or not penalty.stated or penalty.kinds or citations is None:
        return False
    grounds = citations.mitigation
    return bool(grounds) and all(c.paragraph is not None or c.item is not None for c in grounds)


@register("decision.basis_precise", scope=SCOPE)
def basis_alone(view: CaseView, check: CheckSpec) -> Outcome:
    """Fails what the wording settles (see the module docstring); passes only citations of tabled laws."""
    found = alone(view)
    if found is None:
        return unknown(_NO_DECISION)
    decision, facts = found
    if corrects(decision):
        return not_applicable(CORRECTION_REASONS["basis"])
    problems = list({problem.text: problem for problem in _problems(decision, facts)}.values())
    penalty = decision.facts.penalty
    if problems:
        evidence = [view.cite(decision, problem.quote or (penalty.line if penalty else None)) for problem in problems]
        return fail(*evidence[:4], count=len(problems), citation="；".join(p.text for p in problems[:4]))
    citations = decision.facts.citations
    cited = [*citations.violated, *citations.basis] if citations is not None else []
    if _unweighed_reduction(decision):
        return unknown(
            "决定书减轻处罚但未引用减轻的法律依据，罚款是否低于法定最低限额，请人工核查。", view.cite(decision)
        )
    if citations is not None and citations.violated and citations.basis and all(_tabled(c) for c in cited):
        return passed(view.cite(decision, cited[0].raw))
    if citations is not None and citations.violated and all(_tabled(c) for c in cited) and _spared(decision):
        return passed(view.cite(decision, cited[0].raw))
    return unknown("违法依据和处罚依据是否准确到条、款、项，违法条款与罚则是否混用，请人工核查。", view.cite(decision))
