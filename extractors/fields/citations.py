"""Legal citations: 《…》第X条(之X)第X款第（X）项, Chinese numerals made integers, and their role in a decision.

"《中华人民共和国商标法》第五十七条第（三）项、第六十条第二款" gives two citations of the same law; "该法第六十三条",
"该条例第四十一条第（二）项" and "本法…" cite the law cited last. Citations are searched in the folded text,
so a line break inside one (第六十条第\\n二款, 《中\\n华人民共和国…》) does not split it.

Roles, from the nearest trigger word before the citation in its sentence:

* 违反 / 违背 → "violated";
* 依据 / 根据 / 依照 / 按照 → "basis" when the rest of the sentence imposes the penalty (处罚, 罚款, 决定, 处以,
  给予 …) and is not about the surcharge (加处罚款), else "other" (a rights or procedure clause);
* no trigger → "other" (立案依据 lists, approval-form cells).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from extractors.fields.folding import Folded, cn_int, fold

__all__ = ["Citation", "CitationRole", "CitationSplit", "find_citations", "split_citations"]

CitationRole = Literal["violated", "basis", "other"]


@dataclass(frozen=True)
class Citation:
    """One cited provision; `start`/`end` index the caller's text (the law's name included when written)."""

    law: str | None
    article: int
    paragraph: int | None
    item: int | None
    raw: str
    start: int
    end: int
    role: CitationRole = "other"
    sub_article: int | None = None
    confidence: float = 1.0

    @property
    def label(self) -> str:
        """Normalised form: 《商标法》第57条第3项 → "《…》第57条第2款第3项"."""
        parts = [f"《{self.law}》" if self.law else "", f"第{self.article}条"]
        if self.sub_article:
            parts.append(f"之{self.sub_article}")
        if self.paragraph:
            parts.append(f"第{self.paragraph}款")
        if self.item:
            parts.append(f"第{self.item}项")
        return "".join(parts)


@dataclass(frozen=True)
class CitationSplit:
    """A decision's citations by role."""

    violated: list[Citation]
    basis: list[Citation]
    other: list[Citation]


_NUM = r"[0-9〇零O一二两三四五六七八九十百千]+"
_LAW = r"《(?P<law>[^《》]{2,60})》"
_REFERENCE = r"(?P<ref>该法|该条例|该规定|该办法|该细则|本法|本条例|同法|上述法律|上述条例)"
_PROVISION = (
    rf"第(?P<art>{_NUM})条(?:之(?P<sub>{_NUM}))?(?:第(?P<para>{_NUM})款)?"
    rf"(?:第?[(（](?P<item>{_NUM})[)）]项?|第(?P<item2>{_NUM})项)?"
)
_HEAD = re.compile(rf"(?:{_LAW}|{_REFERENCE})?(?:的)?{_PROVISION}")
#: Between two provisions of one law: "、", "和", "及", "，" (a provision list), "以及".
_JOIN = re.compile(r"(?:、|和|及|以及|与|，|,)$")
_SENTENCE_END = re.compile("[。；;]")
_TRIGGER = re.compile("违反|违背|依据|根据|依照|按照")
_PENALISING = re.compile("处罚|罚款|决定|处以|给予|没收|责令|吊销|暂扣|警告")


def _number(text: str | None) -> int | None:
    return cn_int(text) if text else None


def _joined(folded: Folded, previous_end: int, start: int) -> bool:
    """True when the provision at `start` continues a list right after the previous one (、第六十条)."""
    return previous_end >= 0 and start - previous_end <= 3 and bool(_JOIN.search(folded.text[previous_end:start]))


def _citations(text: str, folded: Folded) -> list[tuple[Citation, int, int]]:
    """Citations with their folded spans; a bare 第X条 that continues no list has an unknown law."""
    found: list[tuple[Citation, int, int]] = []
    law: str | None = None
    previous_end = -1
    for match in _HEAD.finditer(folded.text):
        article = _number(match.group("art"))
        if article is None:
            continue
        if match.group("law"):
            law = match.group("law")
        known = bool(match.group("law") or match.group("ref")) or _joined(folded, previous_end, match.start())
        start, end = folded.span(match.start(), match.end())
        citation = Citation(
            law=law if known else None,
            article=article,
            paragraph=_number(match.group("para")),
            item=_number(match.group("item") or match.group("item2")),
            raw=text[start:end],
            start=start,
            end=end,
            sub_article=_number(match.group("sub")),
            confidence=1.0 if known and law else 0.6,
        )
        found.append((citation, match.start(), match.end()))
        previous_end = match.end()
    return found


def _role(folded: Folded, start: int, end: int) -> CitationRole:
    """Role of the citation at folded [start, end) from the trigger before it and the rest of the sentence."""
    bounds = list(_SENTENCE_END.finditer(folded.text, 0, start))
    sentence_start = bounds[-1].end() if bounds else 0
    after = _SENTENCE_END.search(folded.text, end)
    rest = folded.text[end : after.start() if after else len(folded.text)]
    triggers = list(_TRIGGER.finditer(folded.text, sentence_start, start))
    if not triggers:
        return "other"
    if triggers[-1].group() in ("违反", "违背"):
        return "violated"
    if "加处" in rest or not _PENALISING.search(rest):
        return "other"
    return "basis"


def find_citations(text: str) -> list[Citation]:
    """Every provision cited in `text`, in order, with its role (see the module docstring)."""
    folded = fold(text)
    return [replace(citation, role=_role(folded, start, end)) for citation, start, end in _citations(text, folded)]


def split_citations(decision_text: str) -> CitationSplit:
    """A decision's citations split into the rules violated, the penalty basis and the rest."""
    citations = find_citations(decision_text)
    return CitationSplit(
        violated=[c for c in citations if c.role == "violated"],
        basis=[c for c in citations if c.role == "basis"],
        other=[c for c in citations if c.role == "other"],
    )
