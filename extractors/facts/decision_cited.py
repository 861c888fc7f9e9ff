"""Every provision a decision cites, with what it is cited for: for `decision.citation_current` and
`decision.basis_precise`.

Whether a citation is still current depends on what it is cited for (行政处罚法 第五十一条 was the late-payment
surcharge before 2021-07-15 and is the simple procedure now), so each citation keeps its sentence; the check
compares both with the time-versioned table `checklists/law_versions.yaml`.

Whether a provision is cited in the right role depends on the word that governs it (违反 … / 依据 …) and on whether
it stands in that word's own list: "违反了《价格法》第十三条第一款“…”之规定，依据《价格法》第四十二条" puts 第四十二条
after 违反 but in another clause. `provisions_cited` keeps both, so a check can rely only on what the wording settles.
"""

from __future__ import annotations

import re

from extractors.fields.citations import bracketed_laws, find_citations, pleaded, role_data, weighs_only
from extractors.fields.folding import cn_int
from reviewer.core.facts import CitedIn, ProvisionCited, ProvisionRole

_SENTENCE = re.compile(r"[^。；;]+[。；;]?")
_CITED = re.compile(
    r"《([^《》]{2,40})》(?:（[^（）]{0,20}）|\([^()]{0,20}\))?第([一二三四五六七八九十百零〇两0-9]{1,6})条"
)
_QUOTED = re.compile(r"“[^“”]{0,400}”")


def cited_in(text: str) -> list[CitedIn]:
    """(law, article, sentence) of every 《…》第N条 outside quoted law text, in order — a national law named without
    《》 (违反了价格法第十三条) read as if bracketed, as the citation reader reads it. The sentence keeps the law text
    it quotes (依据《行政处罚法》第五十一条“到期不缴纳罚款的，每日…加处罚款”的规定): it says what the article is cited
    for."""
    flat = bracketed_laws(text).text
    masked = _QUOTED.sub(lambda quote: "“" + "□" * (len(quote.group()) - 2) + "”", flat)
    found = []
    for sentence in _SENTENCE.finditer(masked):
        for match in _CITED.finditer(sentence.group()):
            article = cn_int(match.group(2))
            if article is not None:
                words = flat[sentence.start() : sentence.end()][:400]
                found.append(CitedIn(law=match.group(1), article=article, sentence=words))
    return found


# --- roles by wording ---------------------------------------------------------------------------------------

_QUOTE_SPAN = re.compile(r"“[^“”]{0,500}”")
_SENTENCE_END = re.compile("[。；;]")
#: The word that governs a provision (the last one before it in its sentence). 系 as in 该行为系《…》所指的…行为,
#: not 联系/关系/体系; 不按照/未依照 tell what the party failed to do, no basis.
_ROLE_WORD = re.compile(
    r"涉\s*嫌\s*违\s*反|违\s*反|违\s*背|触\s*犯|不\s*符\s*合|构\s*成|属\s*于|(?<![联关体派维直])系"
    r"|(?<!不)(?<!未)(?<!没)(?<!没有)(?:依\s*据|根\s*据|依\s*照|按\s*照)"
)
_ROLES: dict[str, ProvisionRole] = {
    "涉嫌违反": "suspected",
    "违反": "violated",
    "违背": "violated",
    "触犯": "violated",
    "系": "characterised",
    "不符合": "violated",
    "构成": "characterised",
    "属于": "characterised",
    "依据": "basis",
    "根据": "basis",
    "依照": "basis",
    "按照": "basis",
}
#: What may stand between a role word and a provision of its list once the other provisions are taken out:
#: 了, list joiners, a colon, quoted law text (masked to □).
#: In a table whose row label names the role (│违反条款│《…》…│, │处罚依据│《…》…│), the label's tail and the cell wall.
_LIST_GLUE = re.compile(r"(?:(?:条款|条文|的规定|规定)?[│┃|])?(?:了|[、和及与，,:：]|以及|“□*”)*")
#: The rest of a basis sentence imposes a penalty (决定处罚如下, 处以罚款, 给予警告, 作出如下决定 …). Not a bare 决定 or 处罚: a
#: reasoning sentence (根据…规定，经营者应当明码标价，本局决定立案) cites a duty after 根据 and imposes nothing.
_IMPOSING = re.compile(
    "处罚如下|处罚决定|作出(?:如下|以下)?(?:的)?(?:行政)?处罚|作出(?:如下|以下)(?:的)?决定|予(?:以)?(?:行政)?处罚|决定(?:给予|处以|对|作出|如下|处罚|并处)"
    "|罚款|处以|并处|给予|没收|警告|吊销|暂扣|责令停业"
)
_WHITESPACE = re.compile(r"\s")
#: A sentence that restates what was found before rather than finding something new: 综上, 上述/前述/以上行为,
#: 该行为/此行为/其行为.
_RECAP = re.compile("综上|上述|前述|以上(?:行为|违法)|[该此其这](?:一)?(?:违法)?行为")
#: The rest of a sentence tells what the provision provides rather than what is decided: a range of the law
#: (5000元以下, 违法所得5倍以下, 5万元以上) or what the authority may do (可以并处, 可处, 应当处).
_STATUTORY = re.compile(r"(?:元|倍)以(?:下|上)|(?:可以|(?<![许认])可|应当)并?处")
#: …and nothing in it decides (本局决定, 处罚如下): a deciding sentence is the decision's own basis.
_DECIDING = re.compile(r"决定|如下")


def _statutory(rest: str) -> bool:
    """The rest of the sentence after a provision paraphrases what it provides and decides nothing."""
    return _STATUTORY.search(rest) is not None and _DECIDING.search(rest) is None


def _mask_quotes(text: str) -> str:
    """Quoted law text replaced by □ of the same length, so that its words give no role and indices hold."""
    return _QUOTE_SPAN.sub(lambda match: "“" + "□" * (len(match.group()) - 2) + "”", text)


def provisions_cited(text: str) -> list[ProvisionCited]:
    """Every provision cited outside quoted law, with the role word of its sentence and whether it is listed
    right after that word (see the module docstring)."""
    masked = _mask_quotes(text)
    citations = find_citations(text)
    spans = [(c.start, c.end) for c in citations]
    found = []
    for citation in citations:
        bounds = [match.end() for match in _SENTENCE_END.finditer(masked, 0, citation.start)]
        begin = bounds[-1] if bounds else 0
        words = list(_ROLE_WORD.finditer(masked, begin, citation.start))
        after = _SENTENCE_END.search(masked, citation.end)
        rest = masked[citation.end : after.start() if after else len(masked)]
        whole = masked[begin : after.start() if after else len(masked)]
        role: ProvisionRole = "none"
        listed = False
        if words and not pleaded(masked[max(0, citation.start - 40) : citation.start]):
            # a provision the party asks to have applied (请求依照…) is its plea: no role of the decision's
            word = words[-1]
            role = _ROLES[_WHITESPACE.sub("", word.group())]
            gap = "".join(
                masked[at]
                for at in range(word.end(), citation.start)
                if not any(start <= at < end for start, end in spans)
            )
            listed = _LIST_GLUE.fullmatch(_WHITESPACE.sub("", gap)) is not None
        found.append(
            ProvisionCited(
                law=citation.law,
                article=citation.article,
                paragraph=citation.paragraph,
                item=citation.item,
                raw=_WHITESPACE.sub("", citation.raw),
                role=role,
                listed=listed,
                imposing=bool(_IMPOSING.search(rest)),
                weighing=citation.role == "mitigation",
                sentence=len(bounds),
                recap=_RECAP.search(_WHITESPACE.sub("", whole)) is not None,
                statutory=_statutory(_WHITESPACE.sub("", rest)),
            )
        )
    return found


#: 违反了本规定 / 违反上述规定 / 违反相关规定: a violation stated without naming the provision in that clause.
_BY_REFERENCE = re.compile(r"(?<!涉嫌)(?:违反|违背|不符合)了?(?:本|该|上述|前述|以上|此|相关|有关)")
#: 《价格法》第四十的规定: an article number with no 条.
_NO_TIAO = re.compile(r"《[^《》]{2,40}》第[〇零一二两三四五六七八九十百0-9]{1,6}(?:的|之)规定")


def violation_by_reference(text: str) -> bool:
    """The decision states a violation by pointing back (违反了本规定) rather than citing the provision there."""
    return _BY_REFERENCE.search(_WHITESPACE.sub("", _mask_quotes(text))) is not None


#: 《…》相关条款: a law named in place of its article ("the relevant clauses"), nothing numbered after it.
_NO_ARTICLE = re.compile(r"《(?P<law>[^《》]{2,40})》(?:的|中的?)?(?:相关|有关|相应)(?:条款|条文)")
#: The clause word that governs it: the decision's own 违反 or basis word (not a 涉嫌违反 of the narrative).
_GOVERNING = re.compile(r"(?<!涉嫌)违反|依据|根据|依照|按照")


def malformed_citation(text: str) -> str | None:
    """A citation whose article number has no 条 (第四十的规定), or a law cited as violated or as the basis by
    its 相关条款 alone (rule 11: a citation not precise to 条), outside quoted law text, as written (a national law
    named without 《》 read as if bracketed). The general penalty law and weighing instruments are no basis or
    violated provision (rule 2), so they are not judged here."""
    folded = bracketed_laws(text)
    masked = _mask_quotes(folded.text)
    match = _NO_TIAO.search(masked) or _unnumbered(masked)
    if match is None:
        return None
    start, end = folded.span(match.start(), match.end())
    return _WHITESPACE.sub("", text[start:end])


def _unnumbered(masked: str) -> re.Match[str] | None:
    """The first law cited by 相关条款 under a 违反 or basis word of its own sentence."""
    weighing = role_data().discretion_law_words
    for match in _NO_ARTICLE.finditer(masked):
        law = match.group("law")
        if law.removeprefix("中华人民共和国") == role_data().penalty_law or any(w in law for w in weighing):
            continue
        bounds = [end.end() for end in _SENTENCE_END.finditer(masked, 0, match.start())]
        if _GOVERNING.search(_WHITESPACE.sub("", masked[bounds[-1] if bounds else 0 : match.start()])):
            return match
    return None


#: A basis word, not before the penalty law's own articles (加处罚款 under 行政处罚法第七十二条 is no basis of the
#: penalty), followed in its sentence by wording that imposes (决定处罚如下, 处以, 给予 …) — not by a weighing
#: conclusion only (依据…裁量权适用规则…，决定对当事人从轻处罚).
_BASIS_CLAUSE = re.compile(
    r"(?:依据|根据|依照|按照)(?![）)])(?!《?(?:中华人民共和国)?行政处罚法)[^。；;]{0,120}?"
    r"(?:处罚如下|如下(?:行政)?处罚|作出(?:如下|以下)?(?:的)?(?:行政)?处罚|予(?:以)?(?:行政)?处罚"
    r"|决定(?:给予|处以|作出|如下|处罚|并处)|处以|并处|给予|罚款|没收|警告)"
)


_BASIS_WORD = re.compile("依据|根据|依照|按照")
_LAW_NAME = re.compile(r"《([^《》]{2,40})》")


def basis_clause(text: str) -> bool:
    """Some sentence imposes the penalty under a basis word (see `DecisionAlone.basis_clause`), and not under
    weighing instruments or weighing articles alone (根据《…裁量权适用规则》第十一条的规定，本局决定处罚如下): a weighing
    rule sets how much, not that the conduct is punishable, so it is no basis of the penalty."""
    flat = _WHITESPACE.sub("", _mask_quotes(text))
    weighing = role_data().discretion_law_words
    for word in _BASIS_WORD.finditer(flat):
        clause = _BASIS_CLAUSE.match(flat, word.start())
        if clause is None:
            continue
        cited = find_citations(clause.group())
        if cited:
            # a rule's own weighing article (某规定第二十六条: 从轻、减轻) is no basis either
            if not all(weighs_only(citation) for citation in cited):
                return True
            continue
        laws = _LAW_NAME.findall(clause.group())
        if not laws or not all(any(w in law for w in weighing) for law in laws):
            return True
    return False
