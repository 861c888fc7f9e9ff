"""Other hands' shapes on our own generator's cases: titles, line breaks, punctuation width, wordings.

    python -m samples.generate --out /tmp/set --count 200 --seed 7 --variation

Our templates print every title one way and word every key sentence one way, and the extractors were written
beside them. This layer, applied to a finished case (after its defects, so it never undoes one), prints the
case as other agencies do, without changing any fact the truth records:

- titles: with the agency before them on one line, letter-spaced, split over two lines, in ASCII brackets;
- line breaks inside sentences, one just before a paragraph's full stop among them;
- half-width punctuation (, : ; ( )) in some instruments;
- for the key phrases of notices and decisions, one of several wordings (`WORDINGS`). The table was built by
  reading how the published decisions in shared/real word the same parts — which words vary (处罚如下 /
  作出如下处罚 / 给予以下处罚; 申请复议 / 申请行政复议; 60日 / 六十日; 接到 / 收到; the 末日顺延 note) —
  and is written in our own words; no sentence of those documents is copied.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace

from samples.document import Block, CaseDoc, InstrumentDoc, Para, Title

#: Kinds whose title is never reshaped: the cover and index are laid out as forms of their own.
FIXED_TITLES = frozenset({"cover", "index"})
#: Title shapes and how often each is drawn (plain stays the most common).
TITLE_SHAPES = ("plain", "agency", "spaced", "split", "ascii")
TITLE_WEIGHTS = (4, 2, 2, 1, 1)
#: Share of instruments printed with half-width punctuation, and of paragraphs given a line break.
HALF_WIDTH_SHARE = 0.2
BREAK_SHARE = 0.15
#: Only paragraphs that wrap anyway are broken (a short line — an addressee, a name — never is on paper).
BREAK_MIN_CHARS = 40

#: Key phrase (a regular expression over our templates' wording) → wordings agencies use for the same part.
#: Each wording keeps the facts: who, the period in days, the act.
WORDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"本局拟对你单位作出如下行政处罚：",
        (
            "本局拟对你单位作出以下行政处罚：",
            "本局拟给予你单位如下行政处罚：",
            "本局拟对你单位处罚如下：",
            "拟对你单位作出如下处罚：",
        ),
    ),
    (
        r"本局决定对当事人作出如下行政处罚：",
        (
            "本局决定对当事人处罚如下：",
            "决定对当事人作出如下处罚：",
            "本局决定给予当事人以下行政处罚：",
            "现决定处罚如下：",
        ),
    ),
    (
        r"应当自收到本决定书之日起十五日内",
        (
            "应自收到本处罚决定书之日起十五日内（末日为节假日顺延）",
            "应当自收到本行政处罚决定书之日起15日内",
            "应在接到本决定书之日起十五日内",
        ),
    ),
    (r"可以在收到本决定书之日起六十日内", ("可于收到本决定书之日起六十日内", "可在接到本处罚决定书之日起60日内")),
    (r"也可以在六个月内依法", ("也可以于六个月内依法", "也可以在6个月内依法")),
    (r"申请行政复议；", ("申请复议；", "申请行政复议，")),
    (r"提起行政诉讼。", ("提起诉讼。",)),
)
_HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
_CJK = re.compile(r"[\u4e00-\u9fff]")


def vary_case(case: CaseDoc, rng: random.Random, *, breaks: bool = True) -> None:
    """Reshape titles, punctuation, wordings (and, with `breaks`, line breaks) of every instrument in place."""
    for ins in case.instruments:
        _reword(ins, rng)
        if rng.random() < HALF_WIDTH_SHARE:
            _edit_paras(ins, lambda text: text.translate(_HALF_WIDTH))
        if breaks:
            _edit_paras(ins, lambda text: _break_line(text, rng) if rng.random() < BREAK_SHARE else text)
        if ins.kind not in FIXED_TITLES:
            shape = rng.choices(TITLE_SHAPES, weights=TITLE_WEIGHTS)[0]
            _reshape_title(ins, case.agency, shape, rng)


def _edit_paras(ins: InstrumentDoc, fn: Callable[[str], str]) -> None:
    """Pass the text of every paragraph (not titles, tables or footers) through `fn`."""
    for page in ins.pages:
        page.blocks = [replace(b, text=fn(b.text)) if isinstance(b, Para) else b for b in page.blocks]


def _reword(ins: InstrumentDoc, rng: random.Random) -> None:
    """Each key phrase found in the instrument's paragraphs, in one wording drawn for the instrument."""
    for pattern, wordings in WORDINGS:
        choice = rng.choice((None, *wordings))  # our own wording stays one of the options
        if choice is not None:
            _edit_paras(ins, _substitute(pattern, choice))


def _substitute(pattern: str, wording: str) -> Callable[[str], str]:
    return lambda text: re.sub(pattern, wording, text)


def _break_line(text: str, rng: random.Random) -> str:
    """The paragraph with one hard line break: before its closing full stop, or between two Chinese
    characters inside a sentence (never inside a number, a date or a code)."""
    if len(text) < BREAK_MIN_CHARS:
        return text
    if text.endswith("。") and rng.random() < 0.4:
        return text[:-1] + "\n。"
    spots = [n for n in range(4, len(text) - 4) if _CJK.match(text[n - 1]) and _CJK.match(text[n])]
    if not spots:
        return text
    cut = rng.choice(spots)
    return text[:cut] + "\n" + text[cut:]


def _reshape_title(ins: InstrumentDoc, agency: str, shape: str, rng: random.Random) -> None:
    """Print the instrument's first title in `shape`; the truth's title follows what is printed."""
    if shape == "plain" or not ins.pages:
        return
    blocks = ins.pages[0].blocks
    at = next((n for n, block in enumerate(blocks) if isinstance(block, Title)), None)
    if at is None:
        return
    title = blocks[at]
    assert isinstance(title, Title)
    text = title.text
    new: list[Block]
    if shape == "agency":
        above = blocks[at - 1] if at else None
        if not (isinstance(above, Para) and above.text == agency):
            return
        blocks[at - 1 : at + 1] = [replace(title, text=agency + text)]
        ins.title = agency + text
        return
    if shape == "spaced" and not re.search(r"\s", text):
        new = [replace(title, text="\u3000".join(text))]
    elif shape == "split" and len(text) >= 6:
        cut = rng.randint(2, len(text) - 2)
        new = [replace(title, text=text[:cut]), replace(title, text=text[cut:])]
    elif shape == "ascii" and "（" in text:
        new = [replace(title, text=text.replace("（", "(").replace("）", ")"))]
    else:
        return
    blocks[at : at + 1] = new
    ins.title = "".join(block.text for block in new if isinstance(block, Title))
