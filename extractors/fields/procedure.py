"""What a decision says about its own procedure: the 告知书 given and served, the party's 陈述申辩 and 听证.

The national decision form prints bracketed section headings that name these steps whether or not the agency
wrote anything under them — （当事人陈述、申辩情况，…；行政处罚告知、行政处罚听证告知情况，以及复核、听证过程及
意见）. They are no statement that a step happened, so `form_headings` are blanked before anything is read.

* `notice_mentioned`: a 行政处罚告知书 / 听证告知书 / 事先告知 is named, or the decision says it told the party
  what it proposed (依法告知当事人拟作出…).
* `notice_served`: the date of the sentence that says the 告知书 was served (送达/下达/发出/签收); a refund
  order's 告知书 (责令退款…) is another instrument.
* `statement_made` / `statement_waived`: the party made its statement (提出陈述…意见, 辩称, 认为…) / gave it up
  (放弃陈述、申辩 — 视为放弃 is the law's fiction, not a waiver).
* `hearing_held`: a hearing took place (举行了听证, 听证会于…召开).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fields.dates import DateMatch, find_dates
from extractors.fields.disposition import in_quote

__all__ = ["ProcedureReading", "form_headings", "read_procedure"]

#: A bracketed form heading: （案件性质、自由裁量的事实和理由）, （行政处罚的内容和依据） …
_HEADING = re.compile(r"[（(](?P<inner>[^（()）\d《》“”]{4,80}?)[)）]")
_HEADING_WORDS = re.compile(r"情况|理由|依据|事实|内容|期限|途径|意见")
_NOTICE_DOC = re.compile(r"处罚告知书|罚告知书|听证告知书|处罚事先告知|(?<!退款)事先告知书|告知书")
_OTHER_NOTICE = re.compile(r"责令(?:退款|退还|改正)[^。；;]{0,12}告知书")
_TOLD = re.compile(r"(?:依法|已|并)告知(?:了)?当事人[^。；;]{0,12}?(?:拟|享有|有权|依法享有|陈述|申辩|听证)")
_SERVED = re.compile(r"送达|下达|发出|签收|送交|交付|邮寄")
_STATEMENT = re.compile(r"陈述|申辩")
_HEARING = re.compile(r"听证")
_MADE = re.compile(
    r"(?:提出|提交|进行|作出)了?(?:书面)?(?:的)?(?:陈述|申辩)|辩称|申辩称|陈述称|申辩意见[:：]|陈述意见[:：]"
)
_WAIVED = re.compile(r"放弃(?:了)?(?:陈述|申辩|陈述、申辩|陈述和申辩|陈述申辩)")
_HELD = re.compile(r"(?:举行|召开|组织)了?(?:公开)?听证(?:会)?|听证会于")
#: Words that make the clause around a step say it did not happen, might, or is only a right.
_NOT_DONE = re.compile(r"未|没有|不|无|视为|视同|有权|可以|可在|享有|权利|要求|告知|如|逾期|期限内|之日起")
_CLAUSE_END = re.compile(r"[，,。；;：:]")
_SENTENCE = re.compile(r"[^。；;]+")


@dataclass(frozen=True)
class ProcedureReading:
    notice_mentioned: bool
    statement_mentioned: bool
    hearing_mentioned: bool
    notice_served: DateMatch | None
    statement_made: bool
    statement_waived: bool
    hearing_held: bool


def form_headings(text: str) -> str:
    """`text` with the form's bracketed section headings blanked (same length, same offsets)."""

    def blank(match: re.Match[str]) -> str:
        if _HEADING_WORDS.search(match.group("inner")):
            return re.sub(r"[^\n]", " ", match.group())
        return match.group()

    return _HEADING.sub(blank, text)


def _served(text: str) -> DateMatch | None:
    """The date of the first sentence that serves the penalty 告知书 (the date before the verb, else the first)."""
    for sentence in _SENTENCE.finditer(text):
        body = sentence.group()
        compact = re.sub(r"\s+", "", body)
        names_notice = _NOTICE_DOC.search(compact) and not _OTHER_NOTICE.search(compact)
        if not ((names_notice and _SERVED.search(compact)) or _TOLD.search(compact)):
            continue
        dates = [d for d in find_dates(body) if d.value is not None]
        if not dates:
            continue
        verb = _SERVED.search(body) or _TOLD.search(body)
        before = [d for d in dates if verb is not None and d.end <= verb.start()]
        found = before[-1] if before else dates[0]
        return DateMatch(
            value=found.value,
            raw=found.raw,
            start=sentence.start() + found.start,
            end=sentence.start() + found.end,
            blank=found.blank,
            time=found.time,
        )
    return None


def _done(compact: str, pattern: re.Pattern[str]) -> bool:
    """`pattern` names a step that happened: in a clause without negation, a right or a condition, outside
    quoted law."""
    for match in pattern.finditer(compact):
        if in_quote(compact, match.start()):
            continue  # quoted law (行政机关应当组织听证) tells no step of this case
        starts = [m.end() for m in _CLAUSE_END.finditer(compact, max(0, match.start() - 30), match.start())]
        start = starts[-1] if starts else max(0, match.start() - 30)
        end_match = _CLAUSE_END.search(compact, match.end())
        clause = compact[start : end_match.start() if end_match else len(compact)]
        if not _NOT_DONE.search(clause):
            return True
    return False


def read_procedure(text: str) -> ProcedureReading:
    """The procedure a decision reports (see the module docstring)."""
    clean = form_headings(text)
    compact = re.sub(r"\s+", "", clean)
    notice = bool(_TOLD.search(compact)) or any(
        not _OTHER_NOTICE.search(compact[max(0, m.start() - 16) : m.end()]) for m in _NOTICE_DOC.finditer(compact)
    )
    return ProcedureReading(
        notice_mentioned=notice,
        statement_mentioned=bool(_STATEMENT.search(compact)),
        hearing_mentioned=bool(_HEARING.search(compact)),
        notice_served=_served(clean),
        statement_made=_done(compact, _MADE),
        statement_waived=_done(compact, _WAIVED),
        hearing_held=_done(compact, _HELD),
    )
