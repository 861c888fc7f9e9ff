"""A small rule-based spaCy pipeline: agencies, courts, review bodies, party roles, and dated events.

One cached `spacy.blank("zh")` pipeline with the character segmenter (no model, nothing downloaded):

* an EntityRuler labels PARTY_ROLE words (当事人, 被询问人, 受送达人, 法定代表人 …);
* the `agency_names` component labels AGENCY (…局/…委员会/…大队/…支队/…人民政府), COURT (…人民法院) and
  REVIEW_BODY (an agency named between 向 and 申请行政复议);
* a PhraseMatcher finds event words, and `date_events` gives each date the event it belongs to.

The text is folded first (whitespace removed, see `folding`) so a line break inside a name does not split it;
all offsets index the caller's text.

Decisions:

* Organisation names are found from their suffix back to the start of the run of Chinese characters, cut
  after the last sentence word before them (本局, 向, 于, 由, 经, 到, 当事人 …); an AGENCY must name a region
  (省/市/县/区/州/旗/盟/镇/乡) so that 本局 or 格局 is none.
* A date's event is the nearest event word after it in its clause ("于2023年2月24日立案"), else the nearest
  before it ("立案日期：2023年2月24日"), else, for a date that opens its clause ("2023年4月7日，本局向当事人
  送达…"), the first event word of the next clause. Dates with no event word nearby are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.fields.dates import DateMatch, find_dates
from extractors.fields.folding import Folded, fold

__all__ = ["EVENTS", "Entity", "date_events", "entities", "pipeline"]

#: Event → the words that announce it, longest first where they overlap.
EVENTS: dict[str, tuple[str, ...]] = {
    "立案": ("立案",),
    "检查": ("现场检查", "检查", "查获", "勘验"),
    "询问": ("调查询问", "询问"),
    "告知": ("事先告知", "告知"),
    "送达": ("送达", "签收"),
    "陈述": ("陈述", "申辩"),
    "听证": ("听证",),
    "决定": ("作出", "决定"),
    "缴纳": ("缴纳", "缴清", "缴款", "收款", "缴交"),
    "结案": ("结案",),
    "备案": ("备案", "报送"),
}
PARTY_ROLES = (
    "当事人",
    "被询问人",
    "被调查人",
    "被检查人",
    "被检查单位",
    "受送达人",
    "法定代表人",
    "委托代理人",
    "现场负责人",
    "被投诉举报人",
    "缴款人",
    "收件人",
    "负责人",
)

_AGENCY = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:人民政府|人民法院|管理委员会|委员会|执法局|大队|支队|局)")
_SENTENCE_WORDS = re.compile(
    r"(?:本局|本机关|号|当事人|受送达人|收款单位|登记机关|被投诉举报人|投诉举报人|或者|会同|接到|向|于|由|经|对|在|及|与|"
    r"的|是|为|请|到|至|将|并|或|报|给|持|被|据|按|依)"
)
_REGION = re.compile(r"[省市县区州旗盟镇乡]")
_REVIEW = re.compile(r"向(?P<bodies>[^。；;]{2,80}?)申请(?:行政)?复议")
_CLAUSE_END = "。；;，,！？!?\n"


@dataclass(frozen=True)
class Entity:
    label: str
    text: str
    start: int
    end: int


def _trimmed(name: str) -> tuple[int, str]:
    """(offset, name) after the last sentence word inside `name`."""
    cut = 0
    for word in _SENTENCE_WORDS.finditer(name):
        if word.end() < len(name) - 1:
            cut = word.end()
    return cut, name[cut:]


def _organisation_spans(doc: Doc) -> list[Span]:
    spans = []
    for match in _AGENCY.finditer(doc.text):
        offset, name = _trimmed(match.group())
        start = match.start() + offset
        court = name.endswith("法院")
        if len(name) < 4 or (not court and not _REGION.search(name[:-1])):
            continue
        span = doc.char_span(start, match.end(), label="COURT" if court else "AGENCY", alignment_mode="expand")
        if span is not None:
            spans.append(span)
    review = [(m.start("bodies"), m.end("bodies")) for m in _REVIEW.finditer(doc.text)]
    return [
        Span(doc, span.start, span.end, label="REVIEW_BODY")
        if span.label_ == "AGENCY" and any(a <= span.start_char and span.end_char <= b for a, b in review)
        else span
        for span in spans
    ]


@Language.component("agency_names")
def agency_names(doc: Doc) -> Doc:
    """Add AGENCY/COURT/REVIEW_BODY spans; rule entities already set (PARTY_ROLE) win on overlap."""
    doc.ents = filter_spans(list(doc.ents) + _organisation_spans(doc))
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The shared pipeline (built once; about 1 s for the spaCy import on first use)."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PARTY_ROLE", "pattern": role} for role in PARTY_ROLES])  # type: ignore[attr-defined]
    nlp.add_pipe("agency_names")
    return nlp


@lru_cache(maxsize=1)
def _event_matcher() -> PhraseMatcher:
    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab)
    for event, words in EVENTS.items():
        matcher.add(event, [nlp.make_doc(word) for word in words])
    return matcher


def _doc(text: str, keep_newlines: bool = False) -> tuple[Folded, Doc]:
    folded = fold(text, keep_newlines=keep_newlines)
    return folded, pipeline()(folded.text)


def entities(text: str) -> list[Entity]:
    """AGENCY, COURT, REVIEW_BODY and PARTY_ROLE mentions in `text`, in order."""
    folded, doc = _doc(text)
    found = []
    for ent in doc.ents:
        start, end = folded.span(ent.start_char, ent.end_char)
        found.append(Entity(ent.label_, text[start:end], start, end))
    return found


def _triggers(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, event) of every event word, longest match kept where words overlap."""
    matcher = _event_matcher()
    spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in matcher(doc)])
    return sorted((span.start_char, span.end_char, span.label_) for span in spans)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): punctuation bounds it; a line break does too before the date, and
    after it when the date ends its line (a form row), while prose wrapped mid-sentence reads on."""
    left = max(text.rfind(char, 0, start) for char in _CLAUSE_END) + 1
    stops = _CLAUSE_END if text[end : end + 1] in ("\n", "") else _CLAUSE_END.replace("\n", "")
    rights = [p for p in (text.find(char, end) for char in stops) if p >= 0]
    return left, min(rights, default=len(text))


def _event_for(text: str, date: tuple[int, int], triggers: list[tuple[int, int, str]]) -> str | None:
    left, right = _clause(text, *date)
    after = [t for t in triggers if date[1] <= t[0] < right]
    if after:
        return after[0][2]
    before = [t for t in triggers if left <= t[0] and t[1] <= date[0]]
    if before:
        return before[-1][2]
    opens = not text[left : date[0]].strip("于在自从")
    if opens and right < len(text) and text[right] in "，,":
        _, next_right = _clause(text, right + 1, right + 1)
        following = [t for t in triggers if right < t[0] < next_right]
        if following:
            return following[0][2]
    return None


def date_events(text: str) -> list[tuple[str, DateMatch]]:
    """(event, date) for each filled date in `text` whose event can be told from the words around it."""
    folded, doc = _doc(text, keep_newlines=True)
    triggers = _triggers(doc)
    starts = {original: index for index, original in enumerate(folded.origin)}
    found = []
    for date in find_dates(text):
        if date.value is None:
            continue
        start = starts.get(date.start)
        end = starts.get(date.end - 1)
        if start is None or end is None:
            continue
        event = _event_for(folded.text, (start, end + 1), triggers)
        if event is not None:
            found.append((event, date))
    return found
