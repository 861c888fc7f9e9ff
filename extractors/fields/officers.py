"""Enforcement officers and their certificate numbers (执法证号) on records, inspections and on-the-spot decisions.

Reads labelled lines: "执法人员：张三（执法证号：41010123001）、李四（41010123002）", "检查人：王丽（豫环执字第0412号）",
"询问人：张三  记录人：李四", and certificate lines that list numbers apart from the names
("执法证件号码：41010123001、41010123002"), which are given to the officers of the line before, in order.
A line broken inside the brackets ("杜明（执法证号：豫综执\\n0233118）") is read as one, and a list whose
certified names wrap onto a line of their own ("…（执法证号…）\\n乙（执法证号…）") goes on there.

Decisions:

* Only labelled names count: prose such as "指派执法人员张三、李四承办" is not read, nor a speaker's words in a
  question-and-answer record ("执法人员：你好，我们是某局的执法人员…"): a name is two to four characters, so a
  run of more characters after the label (or after a separator) is speech, and the whole line is dropped.
* Signature lines (检查人员签名：…) are read too: they name the same people, and `officer_count` counts
  distinct names, so a record whose header names two officers and whose signature block only one still
  counts two.
* `role` is "officer" for 执法人员/检查人/询问人/调查人/承办人…, "recorder" for 记录人 and "server" for 送达人;
  `officer_count` counts distinct names of every role, as a recorder on a record is normally an officer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reviewer.core.text import FULL_WIDTH

__all__ = ["Officer", "OfficerRole", "find_officers", "missing_certificates", "officer_count"]

OfficerRole = Literal["officer", "recorder", "server"]


@dataclass(frozen=True)
class Officer:
    """One named officer; `start`/`end` index the name, `cert_start`/`cert_end` the certificate number."""

    name: str
    role: OfficerRole
    label: str
    start: int
    end: int
    certificate: str | None = None
    cert_start: int | None = None
    cert_end: int | None = None
    confidence: float = 1.0


_ROLE_LABELS = (
    "案件调查人员|执法人员|检查人员|调查人员|办案人员|承办人员|询问人|调查人|检查人|承办人|执法人|询问（调查）人|"
    "询问\\(调查\\)人|记录人|送达人"
)
_LABEL = re.compile(rf"(?P<label>{_ROLE_LABELS})(?:签名|签字)?(?P<sep>\s*[:：]\s*|[ \t\u3000]+)")
_CERT_LABEL = "执法证件号码|执法证件号|执法证号|执法证编号|证件号码|证件编号|证号|执法证"
_CERT_LINE = re.compile(rf"^[ \t\u3000]*(?:{_CERT_LABEL})\s*[:：]\s*(?P<v>[^\n]+)", re.MULTILINE)
#: Any label that ends a name list: "记录人：", "联系电话：", "2023年…".
_STOP = re.compile(rf"(?:{_ROLE_LABELS})(?:签名|签字)?\s*[:：]|[\u4e00-\u9fff]{{2,8}}[:：]|\d")
#: A line opening with a label (记录人：, 被询问人:): whatever bracket is open, the list ended before it.
_NEXT_LABEL = re.compile(rf"[ \t\u3000]*(?:(?:{_ROLE_LABELS})(?:签名|签字)?\s*[:：]|[\u4e00-\u9fff]{{2,8}}[:：])")
#: A name and its bracket; a bracket a scan left open ends where the next name of the list opens its own
#: (赵一(执法证号:39001、钱二(执法证号:39002)).
_NAME = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})\s*"
    r"(?:[（(](?P<inner>[^）)]*?)(?:[）)]|(?=[、，,][\u4e00-\u9fff]{2,4}[（(])))?"
)
#: What follows a speaker's first words but never a name: more characters, a question or exclamation mark.
_SPEECH = re.compile(r"[\u4e00-\u9fff?!？！]")
_SEPARATOR = re.compile(r"[\s　、，,/和及]*")
_CERT_VALUE = re.compile(
    rf"(?:(?:{_CERT_LABEL})\s*[:：]?\s*)?(?P<v>[A-Za-z\u4e00-\u9fff]{{0,6}}\s*(?:第\s*)?\d[\d\s\-]*\d(?:\s*号)?)"
)
_NOT_NAMES = frozenset({"签名", "签字", "本人", "无", "见证人", "当事人"})
#: A line holding only more names with their certificate numbers: the list wrapped (执法人员：甲（执法证号…）\n
#: 乙（执法证号…）).
_CONTINUED = re.compile(
    r"\n[ \t\u3000]*(?P<names>(?:[\u4e00-\u9fff]{2,4}[ \t\u3000]*[（(][^（()）\n]*\d{4,}[^（()）\n]*[）)][ \t\u3000、，,]*)+)"
    r"(?=\n|$)"
)


def _role_of(label: str) -> OfficerRole:
    return "recorder" if label == "记录人" else "server" if label == "送达人" else "officer"


def _segment_end(norm: str, start: int) -> int:
    """End of a name list: the line end (or the end of a bracket left open on it, unless the next line opens with a
    label: a bracket OCR lost never closes), or the next label."""
    depth, position = 0, start
    while position < len(norm):
        char = norm[position]
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(0, depth - 1)
        elif (char == "\n" and (depth == 0 or _NEXT_LABEL.match(norm, position + 1))) or (
            depth == 0
            and _STOP.match(norm, position)
            and position > start
            and not (norm[position].isdigit() and norm[position - 1] in "（(")
        ):
            break
        position += 1
    return position


def _certificate(norm: str, inner: str | None, inner_start: int) -> tuple[str, int, int] | None:
    """The certificate number in the bracket after a name: "执法证号：4101…", "豫环执字第0412号"."""
    if not inner:
        return None
    match = _CERT_VALUE.search(inner)
    if not match or len(re.sub(r"\D", "", match.group("v"))) < 4:
        return None
    value = re.sub(r"\s+", "", match.group("v"))
    return value, inner_start + match.start("v"), inner_start + match.end("v")


def _skip(pattern: re.Pattern[str], text: str, position: int) -> int:
    """Past what `pattern` (which may match nothing) matches at `position`."""
    match = pattern.match(text, position)
    return match.end() if match else position


def _names(norm: str, label: str, start: int, end: int) -> list[Officer]:
    """The names listed in norm[start:end]; none when the words there are speech, not a list."""
    officers: list[Officer] = []
    position = start
    while position < end:
        position = _skip(_SEPARATOR, norm, position)
        match = _NAME.match(norm, position, end)
        if not match or match.group("name") in _NOT_NAMES:
            break
        if not match.group("inner") and _SPEECH.match(norm, match.end("name"), end):
            return []  # more than a name's characters in one run, or a question: a speaker's sentence
        cert = _certificate(norm, match.group("inner"), match.start("inner")) if match.group("inner") else None
        officers.append(
            Officer(
                name=match.group("name"),
                role=_role_of(label),
                label=label,
                start=match.start("name"),
                end=match.end("name"),
                certificate=cert[0] if cert else None,
                cert_start=cert[1] if cert else None,
                cert_end=cert[2] if cert else None,
                confidence=1.0 if cert or not match.group("inner") else 0.8,
            )
        )
        position = match.end()
    return officers


def _labelled(norm: str) -> list[tuple[int, list[Officer]]]:
    """(line end, officers) for each labelled name list."""
    groups = []
    for match in _LABEL.finditer(norm):
        line_start = norm.rfind("\n", 0, match.start()) + 1
        before = norm[line_start : match.start()]
        colon = ":" in match.group("sep") or "：" in match.group("sep")
        if (before.strip() and not colon) or re.search(r"[\u4e00-\u9fff]$", before):
            continue  # "指派执法人员…": a label must open its line, or follow a space
        end = _segment_end(norm, match.end())
        officers = _names(norm, match.group("label"), match.end(), end)
        while officers and all(o.certificate for o in officers) and (more := _CONTINUED.match(norm, end)):
            officers += _names(norm, match.group("label"), more.start("names"), more.end("names"))
            end = more.end("names")
        if officers:
            groups.append((end, officers))
    return groups


def _assign_certificates(norm: str, groups: list[tuple[int, list[Officer]]]) -> list[Officer]:
    """Give the numbers of a separate certificate line to the officers of the group just before it."""
    result = [officer for _, group in groups for officer in group]
    for line in _CERT_LINE.finditer(norm):
        before = [group for end, group in groups if end <= line.start()]
        if not before:
            continue
        numbers = [
            (m.group("v"), line.start("v") + m.start("v"), line.start("v") + m.end("v"))
            for m in _CERT_VALUE.finditer(line.group("v"))
        ]
        targets = [officer for officer in before[-1] if officer.certificate is None]
        for officer, (value, start, end) in zip(targets, numbers, strict=False):
            index = result.index(officer)
            result[index] = Officer(
                officer.name,
                officer.role,
                officer.label,
                officer.start,
                officer.end,
                re.sub(r"\s+", "", value),
                start,
                end,
                officer.confidence,
            )
    return result


def find_officers(text: str) -> list[Officer]:
    """Officers named on labelled lines of `text`, in order (a name may repeat under several labels)."""
    norm = text.translate(FULL_WIDTH)
    return sorted(_assign_certificates(norm, _labelled(norm)), key=lambda officer: officer.start)


def officer_count(officers: list[Officer]) -> int:
    """Distinct officers named."""
    return len({officer.name for officer in officers})


def missing_certificates(officers: list[Officer]) -> list[str]:
    """Names of officers (role officer) for whom no certificate number was given anywhere in the list."""
    certified = {officer.name for officer in officers if officer.certificate}
    names = [officer.name for officer in officers if officer.role == "officer"]
    return [name for name in dict.fromkeys(names) if name not in certified]
