"""Instrument titles and the short lines around them: normalisation, tolerant title matching against
instruments.yaml, and the running headers, page markers and form labels a title must be told apart from.

This module answers "what is this one line?" — a title of which kind, a header, a label. Where a title may
sit on a page (layout, continuation) is `extractors.segment`'s business, so the matcher stays usable — and
testable — on its own. Matching is strict about what may surround a title (an agency name before it, a
short bracketed note after it) because body sentences mention titles all the time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from extractors.fields.docnumber import standalone_doc_number
from extractors.fields.furniture import PAGE_DASHES
from reviewer.core.kinds import CORRECTION_KIND, load_kinds
from reviewer.core.model import Line

OTHER = "other"
#: Form names beyond the kinds' own titles (the national form set, other agencies' names) and heading keywords.
FORMS_FILE = Path(__file__).resolve().parent / "data" / "forms.yaml"

#: Every bracket style seen in titles and 文号, folded to ASCII parentheses for matching.
_BRACKETS = str.maketrans(
    {
        "（": "(",
        "）": ")",
        "〔": "(",
        "〕": ")",
        "[": "(",
        "]": ")",
        "【": "(",
        "】": ")",
        "［": "(",
        "］": ")",
        "﹝": "(",
        "﹞": ")",
        "〖": "(",
        "〗": ")",
        "{": "(",
        "}": ")",
        "｛": "(",
        "｝": ")",
        "「": "(",
        "」": ")",
    }
)
#: Whitespace and characters OCR and PDF text layers scatter into headings (underlines, dots, rules).
_NOISE = re.compile(r"[\s_|¦│┃·•・‧`'\"“”‘’~^*#]+")
#: Punctuation dropped at either end of a line ("询问笔录：", "-1-").
_EDGE = ":;,.!?、。，；：！？-—–=…"

#: Generic words that may stand between an agency name and a title ("行政处罚文书送达回证").
QUALIFIERS: tuple[str, ...] = (
    "行政处罚案件",
    "行政处罚文书",
    "行政处罚",
    "行政执法",
    "重大复杂案件",
    "重大案件",
    "案件",
    "重大",
    "法律文书",
    "执法文书",
    "文书",
    "当事人",
    "行政",
)
#: Lines of administration a title may name before its "行政…" ("价格行政处罚决定书", "税务行政处罚事项告知书"):
#: the same instrument as the bare title.
FIELD_WORDS: tuple[str, ...] = (
    "质量技术监督",
    "食品药品监督",
    "安全生产",
    "国土资源",
    "食品药品",
    "价格",
    "物价",
    "税务",
    "工商",
    "质监",
    "卫生",
    "林业",
    "交通",
    "海关",
    "环保",
    "环境",
    "文化",
    "农业",
    "渔业",
    "水利",
    "水务",
    "城管",
    "药品",
    "烟草",
    "商务",
    "旅游",
    "统计",
)
_FIELD_BEFORE_TITLE = re.compile(f"(?:{'|'.join(FIELD_WORDS)})(?=行政)")
#: Last characters of agency names ("…市场监督管理局", "…综合行政执法大队", "…人民政府").
_AGENCY_ENDS = frozenset("局委会厅府队心室办所站院部署处")
_AGENCY_TEXT = re.compile(r"[\u4e00-\u9fffA-Za-z()]+")
_NOT_AGENCIES = frozenset({"本局", "我局", "该局", "本委", "本所", "本队"})
#: A region before a title ("云泽省非税收入一般缴款书", "某某市行政处罚决定书").
_REGION = re.compile(r"(?:中华人民共和国)?[\u4e00-\u9fff]{1,10}(?:省|自治区|市|县|区|州|盟|旗)")
#: Words after a catalogue title naming a list or an attachment of it ("证据材料清单", "现场照片及说明").
_LIST_SUFFIXES = ("清单", "目录", "及说明", "说明", "一览表")
#: Words after a catalogue title naming the approval form of it ("调查终结报告审批表").
_APPROVAL_SUFFIXES = ("审批表", "呈批表", "审核表")
#: Most characters a title may have inserted inside it ("放弃陈述申辩权利声明"), and the shortest title allowed so.
MAX_INSERTION = 4
MIN_INSERTION_KEY = 8
#: Last characters of document names, used to accept unknown but title-looking headings ("授权委托书").
_DOC_ENDS = frozenset("书表单录证告函明据执件状照片册簿料见定知请议票报记")
#: Longest normalised line still considered as a title line (agency prefix + title + note).
MAX_TITLE_LINE = 40
#: Kinds named only by their whole title, never within a few edits or insertions: a correction's title differs from
#: a 变更 or 撤销 decision's (行政处罚变更决定书) by the one word that says what it does.
_EXACT_ONLY_KINDS = frozenset({CORRECTION_KIND})
#: Bracketed notes after a title that mean "simplified procedure" ("行政处罚决定书（简易）").
_ONSITE_NOTES = ("简易", "当场")

#: Lines around a title: page markers ("第2页 共3页", "2/3"), page numbers, archive codes, copy marks, labels.
_MARKER = re.compile(r"第(\d{1,3})页[,/]?共(\d{1,3})页|共(\d{1,3})页[,/]?第(\d{1,3})页")
_MARKER_LOOSE = re.compile(
    r"第\s*\d{1,3}\s*页\s*[,，/]?\s*共\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页\s*[,，/]?\s*第\s*\d{1,3}\s*页"
)
_FRACTION = re.compile(r"(\d{1,2})/(\d{1,2})")
#: A page number printed between dashes, alone on its line: "- 2 -", "— 2 —", "-2-", "——2——". Both dashes are
#: needed, so a list item ("- 注："), a range ("2-3") or a negative amount is never one.
_DASHED = re.compile(rf"[{PAGE_DASHES}]{{1,2}}\s*(\d{{1,3}})\s*[{PAGE_DASHES}]{{1,2}}")
#: The total of a page marker that prints none ("- 2 -"): the page's number is known, its count is not.
NO_TOTAL = 0
_PAGE_NUMBER = re.compile(r"第?\d{1,4}页?|第[一二三四五六七八九十]+页")
_ARCHIVE = re.compile(r"(?:归档号|档案号|案卷号|卷号|全宗号|目录号|件号|盒号|保管期限).*|[A-Za-z0-9\-/.()]{1,30}")
_COPY_MARK = re.compile(
    r"\(?(?:正本|副本|存根|存档|第[一二三四五六七八九]联)\)?(?:\([^()]{1,6}\))?[\u4e00-\u9fff]{0,8}"
)
_LABEL_END = re.compile(r"(?:名称|文书|案由|事由|标题|题名)$")
#: Longest colon-less line read as a form label: a table cell names its slot in a few characters ("送达文书名称").
MAX_CELL_LABEL = 8
#: A line ending in these names a class of documents — a running banner ("某某区市场监管行政处罚文书"), no slot.
_BANNER_ENDS = ("处罚文书", "执法文书", "法律文书")


@dataclass(frozen=True)
class TitleMatch:
    """A line recognised as a title: the kind, the catalogue title, and how far the text was from it."""

    kind: str
    title: str
    distance: int = 0
    #: Bracketed note stripped after the title ("第二次", "续"), normalised; '' when none.
    note: str = ""

    @property
    def exact(self) -> bool:
        return self.distance == 0


@dataclass(frozen=True)
class _Entry:
    kind: str
    title: str
    key: str


def normalise(text: str) -> str:
    """Fold a line to the form titles are compared in: NFKC, no whitespace or noise, one bracket style."""
    folded = unicodedata.normalize("NFKC", text).translate(_BRACKETS)
    return _NOISE.sub("", folded).strip(_EDGE)


def _unbracketed(key: str) -> str:
    return key.replace("(", "").replace(")", "")


@lru_cache(maxsize=1)
def _forms() -> dict:
    """forms.yaml: extra titles (name → kind) and heading keywords per kind."""
    data = yaml.safe_load(FORMS_FILE.read_text(encoding="utf-8"))
    known = {kind.code for kind in load_kinds()}
    for entry in data["titles"]:
        if entry["kind"] not in known:
            raise ValueError(f"{FORMS_FILE}: unknown kind {entry['kind']!r} for {entry['name']}")
    return data


@lru_cache(maxsize=1)
def _catalogue() -> tuple[dict[str, _Entry], tuple[_Entry, ...]]:
    """Title keys (normalised, and without bracket marks) → entry; loaded once from instruments.yaml, then
    the names of forms.yaml (a kind's own titles win where both name the same words)."""
    titles = [(kind.code, title) for kind in load_kinds() for title in kind.titles]
    titles += [(entry["kind"], entry["name"]) for entry in _forms()["titles"]]
    by_key: dict[str, _Entry] = {}
    for code, title in titles:
        key = normalise(title)
        for variant in (key, _unbracketed(key)):
            by_key.setdefault(variant, _Entry(code, title, variant))
    return by_key, tuple(by_key.values())


@lru_cache(maxsize=1)
def title_keys() -> tuple[tuple[str, str], ...]:
    """(normalised title, kind) pairs, for callers that scan text for mentions of instruments."""
    return tuple((key, entry.kind) for key, entry in _catalogue()[0].items())


def levenshtein(a: str, b: str, limit: int | None = None) -> int:
    """Edit distance; stops early and returns `limit + 1` once the distance must exceed `limit`."""
    if len(a) < len(b):
        a, b = b, a
    if limit is not None and len(a) - len(b) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        if limit is not None and min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1] if limit is None else min(previous[-1], limit + 1)


def fuzzy_limit(length: int) -> int:
    """Edits tolerated against a title of this many characters: none for short titles."""
    return 2 if length >= 9 else 1 if length >= 5 else 0


def is_agency_name(text: str) -> bool:
    """Whether the (normalised) text reads as an agency name such as "郑州市市场监督管理局"."""
    if not 3 <= len(text) <= 30 or text in _NOT_AGENCIES or not _AGENCY_TEXT.fullmatch(text):
        return False
    base = re.sub(r"\([^()]*\)$", "", text)  # "…旅游局(文物局)"
    return len(base) >= 3 and base[-1] in _AGENCY_ENDS


@lru_cache(maxsize=4096)
def _allowed_prefix(prefix: str) -> bool:
    """What may precede a title on its line: nothing, an agency name, a qualifier, or agency + qualifier."""
    if not prefix or prefix in QUALIFIERS or is_agency_name(prefix) or _REGION.fullmatch(prefix):
        return True
    return any(prefix.endswith(q) and _allowed_prefix(prefix[: -len(q)]) for q in QUALIFIERS if q != prefix)


def _candidates(line: str) -> list[tuple[str, str]]:
    """The line and the line without a trailing note, each also without bracket marks and without a line of
    administration before its "行政…" ("价格行政处罚决定书"): (text, note)."""
    found = [(line, "")]
    note = re.search(r"\(([^()]{1,12})\)$", line)
    if note and note.start() > 0:
        found.append((line[: note.start()], note.group(1)))
    elif line.endswith(("续页", "续")) and len(line) > 2:
        found.append((line.removesuffix("页").removesuffix("续"), "续"))
    suffixes = (*_LIST_SUFFIXES, *_APPROVAL_SUFFIXES)
    found += [
        (text[: -len(suffix)], suffix)
        for text, _ in list(found)
        for suffix in suffixes
        if text.endswith(suffix) and len(text) > len(suffix) + 2
    ]
    out: list[tuple[str, str]] = []
    for text, text_note in found:
        unbracketed = _unbracketed(text)
        unfielded = [_FIELD_BEFORE_TITLE.sub("", v, count=1) for v in (text, unbracketed)]
        for variant in (text, unbracketed, *unfielded):
            if variant and (variant, text_note) not in out:
                out.append((variant, text_note))
    return out


def _suffixed(entry: _Entry, note: str) -> TitleMatch:
    """The match of a title found before a suffix: "X审批表" is X's approval form, which for a decision is the
    penalty approval; a list of X ("证据材料清单") is of X's kind."""
    kind = entry.kind
    if note in _APPROVAL_SUFFIXES and kind in (
        "penalty_decision",
        "no_penalty_decision",
        "correction_decision",
        "prior_notice",
    ):
        kind = "penalty_approval"
    return TitleMatch(kind, entry.title, 0, note)


def _exact(candidates: list[tuple[str, str]]) -> TitleMatch | None:
    """The longest catalogue title ending a candidate after an allowed prefix; a candidate that is the whole
    line (or the line less a bracketed note) wins over one cut before a suffix."""
    by_key = _catalogue()[0]
    best: tuple[int, int, TitleMatch] | None = None
    for text, note in candidates:
        suffixed = note in _LIST_SUFFIXES or note in _APPROVAL_SUFFIXES
        for start in range(len(text)):
            entry = by_key.get(text[start:])
            if not entry or not _allowed_prefix(text[:start]):
                continue
            rank = (int(not suffixed), len(entry.key))
            if best is None or rank > best[:2]:
                match = _suffixed(entry, note) if suffixed else TitleMatch(entry.kind, entry.title, 0, note)
                best = (*rank, match)
    return best[2] if best else None


def _inserted(candidates: list[tuple[str, str]]) -> TitleMatch | None:
    """A long title with a few characters inserted inside it ("放弃陈述申辩权利声明" for 放弃陈述申辩声明),
    after an allowed prefix; the nearest (fewest inserted) wins, None when two kinds tie."""
    hits: list[tuple[int, _Entry, str]] = []
    for text, note in candidates:
        for entry in _catalogue()[1]:
            key = entry.key
            if len(key) < MIN_INSERTION_KEY or key[-1] != text[-1:] or entry.kind in _EXACT_ONLY_KINDS:
                continue
            for start in range(len(text)):
                rest = text[start:]
                extra = len(rest) - len(key)
                if extra < 1:
                    break
                if extra > MAX_INSERTION or not _allowed_prefix(text[:start]):
                    continue
                if any(rest.startswith(key[:cut]) and rest.endswith(key[cut:]) for cut in range(2, len(key))):
                    hits.append((extra, entry, note))
    if not hits:
        return None
    nearest = min(hit[0] for hit in hits)
    kinds = {hit[1].kind for hit in hits if hit[0] == nearest}
    if len(kinds) > 1:
        return None
    extra, entry, note = next(hit for hit in hits if hit[0] == nearest)
    return TitleMatch(entry.kind, entry.title, extra, note)


def _fuzzy(candidates: list[tuple[str, str]]) -> TitleMatch | None:
    """The nearest title within its edit allowance; None when two kinds are equally near."""
    hits: list[tuple[int, int, _Entry, str]] = []
    for text, note in candidates:
        chars = set(text)
        for entry in _catalogue()[1]:
            limit = fuzzy_limit(len(entry.key))
            if not limit or entry.kind in _EXACT_ONLY_KINDS or len(set(entry.key) - chars) > limit:
                continue  # k edits can change at most k of the title's characters
            lowest = max(0, len(text) - len(entry.key) - limit)
            highest = min(len(text), len(text) - len(entry.key) + limit)
            for start in range(lowest, highest + 1):
                if not _allowed_prefix(text[:start]):
                    continue
                distance = levenshtein(text[start:], entry.key, limit)
                if distance <= limit:
                    hits.append((distance, -len(entry.key), entry, note))
    if not hits:
        return None
    hits.sort(key=lambda hit: (hit[0], hit[1]))
    nearest = hits[0][0]
    if len({hit[2].kind for hit in hits if hit[0] == nearest}) > 1:
        return None
    distance, _, entry, note = hits[0]
    return TitleMatch(entry.kind, entry.title, distance, note)


def _apply_note(match: TitleMatch) -> TitleMatch:
    """ "行政处罚决定书（简易）" is the simplified-procedure decision, whatever the exact note says."""
    if match.kind == "penalty_decision" and any(word in match.note for word in _ONSITE_NOTES):
        return TitleMatch("onsite_decision", "行政处罚决定书（简易程序）", match.distance, match.note)
    return match


def _number_note(line: str) -> tuple[str, str] | None:
    """A normalised line ending in its own 文号 in brackets (某局行政处罚决定书(某罚(2020)14号), as a web page titles
    a published decision): (the line before the bracket, the 文号); None when the last bracket holds no 文号 alone."""
    if not line.endswith(")"):
        return None
    for start in (at for at, char in enumerate(line) if char == "(" and at > 0):
        number = standalone_doc_number(line[start + 1 : -1])
        if number and not line[start + 1 : -1].startswith("("):
            return line[:start], number
    return None


def number_note(line_text: str) -> tuple[str, str] | None:
    """The line as written split before its own 文号 in brackets at its end (某局行政处罚决定书（某罚〔2020〕14号）):
    (the text before the bracket, the 文号 as written); None when the line ends in no bracketed 文号."""
    raw = line_text.rstrip()
    if not raw or raw[-1] not in "）)】〕］]":
        return None
    for start in (at for at, char in enumerate(raw) if char in "（(【〔［[" and at > 0):
        inner = raw[start + 1 : -1]
        number = standalone_doc_number(inner)
        if number and inner.strip()[:1] not in "（(【〔［[":
            return raw[:start].rstrip(), number
    return None


def match_title(line_text: str, *, fuzzy: bool = True) -> TitleMatch | None:
    """Match a whole line as (agency/qualifier +) title (+ bracketed note, or its own 文号 in brackets), exactly or
    within a few edits."""
    line = normalise(line_text)
    if numbered := _number_note(line):
        line = numbered[0]
    if not line or len(line) > MAX_TITLE_LINE:
        return None
    candidates = _candidates(line)
    if numbered:
        candidates = [(text, numbered[1]) for text, note in candidates if not note]
    match = _exact(candidates) or ((_fuzzy(candidates) or _inserted(candidates)) if fuzzy else None)
    return _apply_note(match) if match else None


def possible_kinds(text: str) -> list[str]:
    """Kinds whose hint words (forms.yaml) the text holds: what an unclassified heading might be."""
    norm = normalise(text)
    return [kind for kind, words in _forms()["hints"].items() if any(word in norm for word in words)]


def heading_kind(line_text: str) -> TitleMatch | None:
    """The kind of a heading that matches no title but names what it is by a keyword of forms.yaml
    ("现场照片（1）", "当事人主体资格证明" are evidence); None unless the line looks like a title."""
    core = re.sub(r"\([^()]*\)$", "", normalise(line_text))
    if not looks_like_title(core):
        return None
    for kind, words in _forms()["keywords"].items():
        if any(word in core for word in words):
            return TitleMatch(kind, clean_title(line_text), 1)
    return None


def classify_title(line_text: str) -> tuple[str, str] | None:
    """(kind, catalogue title) when the whole line is an instrument title, else None."""
    match = match_title(line_text)
    return (match.kind, match.title) if match else None


def looks_like_title(line_text: str) -> bool:
    """Whether a line could be the heading of a document we do not know ("授权委托书", "情况说明")."""
    raw = line_text.strip()
    line = normalise(raw)
    if not 3 <= len(line) <= 20 or re.search(r"[。，,；;:：!！?？《》]", raw) or is_agency_name(line):
        return False
    cjk = sum(1 for char in line if "\u4e00" <= char <= "\u9fff")
    if cjk < 0.8 * len(line) or line.startswith(("问", "答")):
        return False
    core = re.sub(r"\([^()]*\)$", "", line)
    return bool(core) and core[-1] in _DOC_ENDS


def without_agency(title: str) -> str:
    """The title less an agency name printed before it on the same line (某某县市场监督管理局行政处罚决定书 →
    行政处罚决定书), spaces removed; the title itself when nothing before it is an agency's name. Segmentation
    keeps the line as printed (it is quoted as evidence); this is the document's title as a field."""
    compact = re.sub(r"\s+", "", title)
    for start in range(3, len(compact) - 1):
        if is_agency_name(normalise(compact[:start])) and match_title(compact[start:], fuzzy=False) is not None:
            return compact[start:]
    return compact


def clean_title(line_text: str) -> str:
    """The title as written, without the letter-spacing some templates put between characters."""
    text = re.sub(r"\s+", " ", line_text.strip())
    return re.sub(r"(?<=[\u4e00-\u9fff（）()〔〕【】\[\]]) (?=[\u4e00-\u9fff（）()〔〕【】\[\]])", "", text)


# ── the lines around titles ─────────────────────────────────────────────────────────────────────────────


def marker(text: str) -> tuple[int, int] | None:
    """(page, of pages) from "第2页 共3页", "共3页第2页" or a line that is only "2/3"."""
    norm = normalise(text)
    found = _MARKER.search(norm)
    if found:
        page, total = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
    elif fraction := _FRACTION.fullmatch(norm):
        page, total = fraction.group(1), fraction.group(2)
    else:
        return None
    return (int(page), int(total)) if 1 <= int(page) <= int(total) else None


def dashed_page_number(text: str) -> int | None:
    """The page number of a line that is only a number between dashes ("- 2 -", "— 2 —"), else None."""
    found = _DASHED.fullmatch(unicodedata.normalize("NFKC", text).strip())
    return int(found.group(1)) if found and int(found.group(1)) >= 1 else None


def edge_marker(text: str) -> tuple[int, int] | None:
    """A header or footer line's page marker: "第2页 共3页" as `marker` reads it, or a dashed page number
    ("- 2 -") with `NO_TOTAL`. Only for lines at a page's edge: a dashed number elsewhere is no footer."""
    if found := marker(text):
        return found
    number = dashed_page_number(text)
    return (number, NO_TOTAL) if number is not None else None


def page_marker(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The page marker among a page's top and bottom lines, where headers and footers sit. A text layer may put
    the previous page's footer at the top of this one (第1页共2页 above text that ends in 第2页共2页): of markers
    with one total, the highest page number is this page's own (a page never carries a later page's marker).
    A dashed page number ("- 2 -", total `NO_TOTAL`) counts, in the first or last two lines, where the page prints
    no 第n页 共m页."""
    edge = [*lines[:3], *lines[-3:]] if len(lines) > 6 else list(lines)
    found = [numbered for line in edge if (numbered := marker(line.text))]
    if not found:
        rim = [*lines[:2], *lines[-2:]] if len(lines) > 4 else list(lines)
        found = [numbered for line in rim if (numbered := edge_marker(line.text))]
    if not found:
        return None
    same_total = [numbered for numbered in found if numbered[1] == found[0][1]]
    return max(same_total)


def strip_page_marker(text: str) -> str:
    """The line without a "第1页 共3页" printed beside a title."""
    return _MARKER_LOOSE.sub("", text)


def is_running_header(raw: str) -> bool:
    """Headers and footers above or below a title: page numbers and markers, archive codes, copy marks
    (正本/副本), the agency's name (alone or as a banner, 某局文书), a lone 文号."""
    norm = normalise(raw)
    if not norm:
        return True
    if (marker(norm) and not normalise(strip_page_marker(raw))) or _PAGE_NUMBER.fullmatch(norm):
        return True
    if _ARCHIVE.fullmatch(norm) or _COPY_MARK.fullmatch(norm) or is_agency_name(norm) or _agency_banner(norm):
        return True
    return standalone_doc_number(raw) is not None


def _agency_banner(norm: str) -> bool:
    """The agency's name with 文书 after it ("某区市场监督管理局文书"): a banner naming the agency's documents."""
    return norm.endswith("文书") and is_agency_name(norm[:-2])


def is_banner(raw: str) -> bool:
    """A line naming a class of documents (某某局行政执法文书, …行政处罚文书): a banner over the title, never its head."""
    norm = normalise(raw)
    return norm.endswith(_BANNER_ENDS) or _agency_banner(norm)


def is_form_label(raw: str) -> bool:
    """A form label whose value follows on the next line ("送达文书名称：", a cell "文书名称"). Without a colon
    only a short cell counts, and never a banner naming a class of documents ("…行政处罚文书" over the title)."""
    text = raw.strip()
    if text.endswith((":", "：")):
        return True
    norm = normalise(text)
    return len(norm) <= MAX_CELL_LABEL and not norm.endswith(_BANNER_ENDS) and bool(_LABEL_END.search(norm))
