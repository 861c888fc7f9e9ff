"""Service receipts (送达回证) and the headers of records (询问笔录, 现场检查笔录, 听证笔录).

Receipts: the served document(s) and their 文号, 受送达人, 送达时间 (date and time when written), 送达地点,
送达方式 (normalised to 直接/留置/邮寄/公告/电子/委托/转交送达), whether the receiver signed, and the 送达人.
Records: start and end of the session ("时间：2023年3月2日9时30分至10时45分"), the place and the persons named
in the header (询问人, 记录人, 被询问人, 主持人 …).

Both forms come as "label：value" lines or as table rows ("送达地点 嵩川市…", the value after spaces), and a
value may wrap onto the next line (a 文号 under its document name). Offsets index the caller's text.

Decisions:

* 送达时间 is taken from its own label; without one, from the date under the receiver's signature; without
  that, from the receipt's signing date. `served_from` says which.
* "当场交付"/"当场送达" is 直接送达; in a check-box form ("☑直接送达 □邮寄送达") the ticked method counts.
* A record's end time without a date ("至10时45分") is on the start's date; an end before the start in the
  afternoon ("下午2时至4时") is read as afternoon too.
* Record persons are read from labelled values that look like names (2–4 characters, or · names); dialogue
  such as "主持人：听证结束。" is not a person because of its sentence punctuation.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from extractors.fields.dates import DateMatch, find_dates, signing_date
from extractors.fields.docnumber import find_doc_numbers
from extractors.fields.folding import cn_int
from extractors.fields.marks import Signature, find_signatures
from extractors.fields.officers import find_officers
from reviewer.core.text import FULL_WIDTH

__all__ = [
    "LabelValue",
    "Person",
    "RecordHeader",
    "ServedDocument",
    "ServiceMethod",
    "ServiceReceipt",
    "labelled_values",
    "read_receipt",
    "read_record_header",
]

ServiceMethod = Literal["直接送达", "留置送达", "邮寄送达", "公告送达", "电子送达", "委托送达", "转交送达"]


@dataclass(frozen=True)
class LabelValue:
    """A labelled value: `start`/`end` index the value (stripped) in the caller's text."""

    label: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class ServedDocument:
    name: str
    doc_number: str | None
    start: int
    end: int


@dataclass(frozen=True)
class ServiceReceipt:
    documents: list[ServedDocument]
    recipient: LabelValue | None
    served_at: DateMatch | None
    served_from: Literal["label", "receiver", "signing"] | None
    place: LabelValue | None
    method: ServiceMethod | None
    method_raw: LabelValue | None
    receiver_signature: Signature | None
    servers: list[str]

    @property
    def receiver_signed(self) -> bool:
        return self.receiver_signature is not None and self.receiver_signature.filled


@dataclass(frozen=True)
class Person:
    role: str
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class RecordHeader:
    start: dt.datetime | None
    end: dt.datetime | None
    #: The labelled time value as written and where it sits.
    time: LabelValue | None
    place: LabelValue | None
    persons: list[Person]

    @property
    def date(self) -> dt.date | None:
        return self.start.date() if self.start else None

    def names(self, role: str) -> list[str]:
        return [person.name for person in self.persons if person.role == role]


# --- labelled values --------------------------------------------------------------------------------------

_SP = r"[ \t\u3000]"
_ANY_LABEL = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff][\u4e00-\u9fff（）()]{0,11}[:：]")


def _value_end(norm: str, start: int, stop: re.Pattern[str] | None, multiline: bool) -> int:
    """End of a value: the line end (or, when multiline, the next `stop` label), outside brackets."""
    depth, position = 0, start
    while position < len(norm):
        char = norm[position]
        if char in "（(〔[":
            depth += 1
        elif char in "）)〕]":
            depth = max(0, depth - 1)
        elif (depth == 0 and char == "\n" and not multiline) or (
            depth == 0
            and position > start
            and (
                (_ANY_LABEL.match(norm, position) and norm[position - 1] in " \t\u3000\n")
                or (stop is not None and stop.match(norm, position) and norm[position - 1] in " \t\u3000\n")
            )
        ):
            break
        position += 1
    return position


def labelled_values(text: str, labels: str, stop: str | None = None, multiline: bool = False) -> list[LabelValue]:
    """Values after the labels (a regex alternation) that open a line or follow spaces, colon or not."""
    norm = text.translate(FULL_WIDTH)
    pattern = re.compile(rf"(?:^|(?<=[ \t\u3000]))(?P<label>{labels})(?P<sep>{_SP}*[:：]{_SP}*|{_SP}+)", re.M)
    stop_pattern = re.compile(stop) if stop else None
    found = []
    for match in pattern.finditer(norm):
        end = _value_end(norm, match.end(), stop_pattern, multiline)
        raw = norm[match.end() : end]
        start = match.end() + len(raw) - len(raw.lstrip())
        end = match.end() + len(raw.rstrip())
        if end > start:
            found.append(LabelValue(match.group("label"), text[start:end], start, end))
    return found


def _first(text: str, labels: str, stop: str | None = None, multiline: bool = False) -> LabelValue | None:
    values = labelled_values(text, labels, stop, multiline)
    return values[0] if values else None


# --- receipts ---------------------------------------------------------------------------------------------

#: A table cell may wrap its label (送达文书 / 名称及文号).
_DOC_LABEL = (
    "送达文书\\n?名称及文号|送达文书\\n?名称及编号|送达文书\\n?及文号|送达文书\\n?名称|文书名称及文号|送达文书|文书名称"
)
_RECEIPT_LABELS = rf"{_DOC_LABEL}|受送达人|送达时间|送达日期|送达地点|送达方式|送达人|收件人|签收人|见证人|备注|代收人"
_TITLE = re.compile(
    r"《(?P<quoted>[^》]{2,40})》|(?P<plain>[\u4e00-\u9fff]{2,30}?(?:决定书|告知书|通知书|意见书|建议书|书|通知|清单|笔录|报告)"
    r"(?:[（(][\u4e00-\u9fff]{2,8}[)）])?)"
)
_METHODS: tuple[tuple[str, ServiceMethod], ...] = (
    ("直接送达", "直接送达"),
    ("当场交付", "直接送达"),
    ("当场送达", "直接送达"),
    ("直接", "直接送达"),
    ("留置送达", "留置送达"),
    ("留置", "留置送达"),
    ("邮寄送达", "邮寄送达"),
    ("邮寄", "邮寄送达"),
    ("EMS", "邮寄送达"),
    ("公告送达", "公告送达"),
    ("公告", "公告送达"),
    ("电子送达", "电子送达"),
    ("电子邮件", "电子送达"),
    ("委托送达", "委托送达"),
    ("转交送达", "转交送达"),
)
_UNTICKED = "□☐〇○"
_TICKED = "☑☒√✓✔■▇"
_RECEIVER = re.compile(r"收件人|受送达人|签收人|代收人|签收")


def _documents(value: LabelValue | None) -> list[ServedDocument]:
    """Document names in the 送达文书 value, each with the 文号 written after it (before the next name)."""
    if value is None:
        return []
    titles = []
    for match in _TITLE.finditer(value.value):
        name = match.group("quoted") or match.group("plain")
        titles.append((name, value.start + match.start(), value.start + match.end()))
    # Titles are masked so that a 文号 on the line under its title does not take the title as its prefix.
    masked = list(value.value)
    for _, start, end in titles:
        masked[start - value.start : end - value.start] = "。" * (end - start)
    masked_text = "".join(masked)
    numbers = []
    for number in find_doc_numbers(masked_text):
        loose = r"\s*".join(re.escape(char) for char in number)
        hit = re.search(loose, masked_text)
        numbers.append((number, value.start + hit.start() if hit else value.end))
    documents = []
    for index, (name, start, end) in enumerate(titles):
        limit = titles[index + 1][1] if index + 1 < len(titles) else value.end + 1
        own = [number for number, position in numbers if end <= position < limit]
        documents.append(ServedDocument(re.sub(r"\s+", "", name), own[0] if own else None, start, end))
    return documents


def _method(text: str, value: LabelValue | None) -> ServiceMethod | None:
    """The service method, from its value (ticked box first) or, failing that, from the whole text."""
    scope = value.value if value else text
    ticked = re.findall(rf"[{_TICKED}]{_SP}*([\u4e00-\u9fffA-Z]{{2,4}})", scope)
    unticked = set(re.findall(rf"[{_UNTICKED}]{_SP}*([\u4e00-\u9fffA-Z]{{2,4}})", scope))
    candidates = ticked or ([scope] if not unticked else [])
    for candidate in candidates:
        for word, method in _METHODS:
            if word in candidate:
                return method
    return None


def _served_at(text: str, receiver: Signature | None) -> tuple[DateMatch | None, str | None]:
    labelled = _first(text, "送达时间|送达日期|签收时间|签收日期")
    if labelled:
        dates = [d for d in find_dates(text) if labelled.start <= d.start < labelled.end]
        if dates:
            return dates[0], "label"
    if receiver is not None and receiver.date is not None:
        return receiver.date, "receiver"
    signed = signing_date(text)
    return (signed, "signing") if signed else (None, None)


def read_receipt(text: str) -> ServiceReceipt:
    """The fields of one 送达回证."""
    stop = rf"(?:{_RECEIPT_LABELS})"
    signatures = [s for s in find_signatures(text) if _RECEIVER.search(s.label)]
    receiver = signatures[0] if signatures else None
    served_at, served_from = _served_at(text, receiver)
    method_value = _first(text, "送达方式")
    recipient = _first(text, "受送达人(?!签)")
    return ServiceReceipt(
        documents=_documents(_first(text, _DOC_LABEL, stop, multiline=True)),
        recipient=recipient,
        served_at=served_at,
        served_from=served_from,  # type: ignore[arg-type]
        place=_first(text, "送达地点|送达地址"),
        method=_method(text, method_value),
        method_raw=method_value,
        receiver_signature=receiver,
        servers=list(dict.fromkeys(o.name for o in find_officers(text) if o.role == "server")),
    )


# --- records ----------------------------------------------------------------------------------------------

_PERSON_ROLES = (
    "询问人|调查人|检查人员|检查人|执法人员|记录人|记录员|被询问人|被调查人|被检查人|现场负责人|听证主持人|主持人|"
    "听证员|案件调查人员|委托代理人|翻译人员|见证人|当事人|被检查单位"
)
_ORG_ROLES = {"当事人", "被检查单位"}
_CN_NUM = "[0-9零〇一二三四五六七八九十]"
_BARE_TIME = re.compile(
    rf"(?P<ampm>上午|下午|中午|晚上)?{_SP}*(?P<hh>{_CN_NUM}{{1,3}}){_SP}*(?:[时点:]{_SP}*(?P<mm>{_CN_NUM}{{1,3}})?{_SP}*分?)"
)
_UNTIL = re.compile(rf"{_SP}*(?:至|到|—+|－|-|~|～){_SP}*")


def _bare_time(norm: str, position: int) -> dt.time | None:
    match = _BARE_TIME.match(norm, position)
    if not match:
        return None
    hour, minute = cn_int(match.group("hh")), cn_int(match.group("mm") or "0")
    if hour is None or minute is None:
        return None
    if match.group("ampm") in ("下午", "晚上") and hour < 12:
        hour += 12
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def _session(text: str, value: LabelValue | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Start and end of a record's session from its time value."""
    if value is None:
        return None, None
    dates = [d for d in find_dates(text) if value.start <= d.start < value.end and d.value]
    first = dates[0] if dates else None
    if first is None or first.value is None:
        return None, None
    start = dt.datetime.combine(first.value, first.time) if first.time else None
    norm = text.translate(FULL_WIDTH)
    until = _UNTIL.match(norm, first.end)
    if not until or until.end() == first.end:
        return start, None
    second = next((d for d in dates[1:] if d.start == until.end()), None)
    if second is not None:
        end_time = second.time
        end_date = second.value
    else:
        end_time, end_date = _bare_time(norm, until.end()), first.value
    if end_time is None or end_date is None:
        return start, None
    end = dt.datetime.combine(end_date, end_time)
    if start and end < start and end.hour < 12 and start.hour >= 12:
        end += dt.timedelta(hours=12)
    return start, end


def _names(value: LabelValue, role: str) -> list[Person]:
    if re.search(r"[。？！?!]", value.value):
        return []
    persons = []
    for token in re.finditer(r"[^、，,；;\s]+", value.value):
        name = re.match(r"[\u4e00-\u9fff·]+", token.group())
        if not name:
            continue
        size = len(name.group())
        if 2 <= size <= 4 or "·" in name.group() or (role in _ORG_ROLES and size <= 40):
            start = value.start + token.start()
            persons.append(Person(role, name.group(), start, start + size))
    return persons


def read_record_header(text: str) -> RecordHeader:
    """Session times, place and persons of a 笔录."""
    time_value = _first(text, "(?:询问|检查|调查|听证|勘验|勘查|谈话|询问（调查）)?时间")
    start, end = _session(text, time_value)
    persons: list[Person] = []
    seen: set[tuple[str, str]] = set()
    for value in labelled_values(text, f"(?:{_PERSON_ROLES})"):
        for person in _names(value, value.label):
            if (person.role, person.name) not in seen:
                seen.add((person.role, person.name))
                persons.append(person)
    place = _first(text, "(?:询问|检查|调查|听证|勘验|勘查|谈话)?地点")
    return RecordHeader(start, end, time_value, place, persons)
