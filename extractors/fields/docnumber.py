"""文号 (document numbers) such as 豫郑市监罚〔2023〕15号, in any bracket style agencies and OCR produce.

A 文号 is an agency abbreviation, the year in brackets, an optional 第, a serial number and 号. Body text
cites other instruments' numbers ("作出豫郑市监罚〔2023〕15号行政处罚决定书"), so the free-text finder trims
verbs off the abbreviation, and `standalone_doc_number` only accepts a line that *is* a number.
"""

from __future__ import annotations

import re

_OPEN = "〔［\\[（(【﹝〖{｛"
_CLOSE = "〕］\\]）)】﹞〗}｝"
_DIGIT = "0-9０-９"
#: The serial: up to 20 digits (county serials, 14-digit case numbers, a region code run into a year and a
#: serial), a hyphenated pair (10-068), or a redacted serial (xx, X00070), in either width.
_SERIAL = rf"(?:[{_DIGIT}XxＸｘ]\s*){{1,20}}(?:[-－]\s*(?:[{_DIGIT}]\s*){{1,6}})?"
#: A serial led by a case-system series letter or two (A012, JC-007): digits must follow the letters and 号 must
#: end it, so a run of letters alone (〔2024〕AB号) or a standard's code at a line's end is never one.
_LETTERED = rf"[A-Za-zＡ-Ｚａ-ｚ]{{1,4}}\s*[-－]?\s*(?:[{_DIGIT}]\s*){{1,12}}(?:[-－]\s*(?:[{_DIGIT}]\s*){{1,6}})?号"
#: Bracketed year, optional 第, serial number, 号 — whitespace tolerated between the parts. Without 号 the
#: number must end its line (泊市监处罚（2024）225). A serial in brackets of its own after a four-digit year
#: (某市监处罚〔2025〕〔387〕号) needs its 号. A two-digit year (某市监罚〔24〕17号) needs its serial and
#: 号, so a bracketed serial alone (某罚字（12）号) is never read as one.
_CORE = re.compile(
    rf"[{_OPEN}]\s*(?:[12１２](?:[ \t\u3000]*[{_DIGIT}]){{3}}\s*[{_CLOSE}]\s*(?:第\s*)?"
    rf"(?:[{_OPEN}]\s*{_SERIAL}[{_CLOSE}]\s*号"
    rf"|{_SERIAL}(?:号|(?<=[{_DIGIT}])(?=[ \t\u3000]*(?:\n|$)))|{_LETTERED})"
    rf"|[{_DIGIT}][ \t\u3000]*[{_DIGIT}]\s*[{_CLOSE}]\s*(?:第\s*)?{_SERIAL}号)"
)
#: A bracket that says which issue of the decision this is (（更正）, （补正）, （副本）) or under which procedure it
#: was made (（简易程序）, （一般程序）): printed under the title, never an agency's place.
_ISSUE = r"(?!(?:更正|补正|订正|勘误|副本|正本|重作|重新作出|简易程序|一般程序|普通程序|当场处罚)[)）])"
#: A bracketed place before the abbreviation: （临）市监罚〔2025〕174号.
_PLACE = re.compile(rf"[（(]{_ISSUE}[\u4e00-\u9fff]{{1,4}}[)）]$")
_PREFIX_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ]")
#: Longest agency abbreviation kept before the bracket ("豫郑市监罚", "郑城管罚决字").
_MAX_PREFIX = 12
#: Words that end the sentence (or the title) before a number: the abbreviation starts after the last of them.
#: An agency's full name (…管理局, …人民政府, …委员会) printed before the number, as a running header does, is no
#: part of the abbreviation, which is always a short form.
_LEAD_WORDS = re.compile(
    r"(?:管理局|人民政府|委员会|作出|做出|出具|依据|根据|按照|对照|送达|下达|签发|发出|制发|详见|见|的|于|将|号|即|决定书|通知书|告知书)"
)
#: The end of a line a number's bracketed place was wrapped from: （临） / （临）市 above 市监罚〔2025〕9号, standing
#: apart (at the line's start or after a gap), so a name's bracket (当事人：某某（个体）) is none.
_WRAPPED_PLACE = re.compile(rf"(?:^|\s)(?P<place>[（(]{_ISSUE}[\u4e00-\u9fff]{{1,4}}[)）][\u4e00-\u9fff]{{0,3}})\s*$")
#: Labels that may precede a number on its own line ("文号：豫…号").
_LABELS = re.compile(r"^(?:文号|编号|案号|字号|文书编号|文书号|决定书编号|No\.?|NO\.?)?[:：]?$")
_LABEL_HEAD = re.compile(r"^(?:文书编号|文书号|文号|编号|案号|字号)")


def _prefix_start(text: str, bracket: int) -> int:
    """Index where the abbreviation before `bracket` begins (whitespace inside it allowed)."""
    start, kept = bracket, 0
    position = bracket - 1
    while position >= 0 and kept < _MAX_PREFIX:
        char = text[position]
        if _PREFIX_CHAR.match(char):
            kept += 1
            start = position
        elif char in ")）" and (place := _PLACE.search(text, max(0, position - 5), position + 1)):
            kept += place.end() - place.start()
            start = position = place.start()
        elif not char.isspace():
            break
        position -= 1
    return start


def _trim_prefix(prefix: str) -> str:
    """Drop the words of the sentence before the abbreviation, and a leading label."""
    compact = re.sub(r"\s+", "", prefix)
    cut = 0
    for lead in _LEAD_WORDS.finditer(compact):
        cut = lead.end()
    return _LABEL_HEAD.sub("", compact[cut:])


def find_doc_numbers(text: str) -> list[str]:
    """Every 文号 in the text, in order, as written but without whitespace."""
    found = []
    for core in _CORE.finditer(text):
        prefix = _trim_prefix(text[_prefix_start(text, core.start()) : core.start()])
        if re.search(r"[\u4e00-\u9fff]", prefix):
            found.append(prefix + re.sub(r"\s+", "", core.group()))
    return found


def find_doc_number(text: str) -> str | None:
    """The first 文号 in the text, as written but without whitespace; None when there is none."""
    found = find_doc_numbers(text)
    return found[0] if found else None


#: A number printed without a year (某市监处罚0311号, 某市监价罚字19-68号): an abbreviation that names a penalty
#: or decision, a serial and 号, on a line of its own. Only a decision's heading is read for it.
_YEARLESS = re.compile(
    r"(?:(?:文书编号|文书号|文号|编号|案号|决定书编号)[:：]?)?"
    rf"(?P<number>[\u4e00-\u9fff（）()]{{1,12}}(?:罚[\u4e00-\u9fff]{{0,3}}|[处决案]字)(?:第)?"
    rf"[{_DIGIT}]{{1,16}}(?:[-－][{_DIGIT}]{{1,6}})?号)"
)


def yearless_doc_number(line: str) -> str | None:
    """A 文号 without a year standing alone on its line (a label like "编号：" allowed), else None; a
    告知书's number (…罚告…) is not the decision's."""
    found = _YEARLESS.fullmatch(re.sub(r"\s+", "", line))
    if found is None or "告" in found.group("number"):
        return None
    return found.group("number")


#: A number whose serial was left blank (某市监罚〔2024〕　　号, 某市监罚〔2024〕第＿＿号, 某市监罚〔2024〕〔　〕号): an
#: abbreviation, the bracketed year and 号 with nothing but spaces, underscores or empty brackets between, on a line
#: of its own.
_BLANK_SERIAL = re.compile(
    r"(?:(?:文书编号|文书号|文号|编号|决定书编号)[:：]?)?"
    rf"(?P<number>[\u4e00-\u9fff（）()]{{1,12}}[{_OPEN}][12１２][{_DIGIT}]{{3}}[{_CLOSE}](?:第)?"
    rf"(?:[_＿]*|[{_OPEN}][_＿]*[{_CLOSE}])号)"
)


def blank_serial_doc_number(line: str) -> str | None:
    """A 文号 whose serial is a blank left to fill, standing alone on its line, as printed without spaces (the
    blank's underscores kept); None otherwise, and for a 告知书's number (…罚告…)."""
    found = _BLANK_SERIAL.fullmatch(re.sub(r"\s+", "", line))
    if found is None or "告" in found.group("number"):
        return None
    return found.group("number")


def with_wrapped_place(previous: str, number: str) -> str:
    """`number` (read alone on its line) with the bracketed place the line above ends in, which a line break cut
    from it (（临） / 市监罚〔2025〕9号); as it is when that line ends otherwise or the number has its place."""
    tail = _WRAPPED_PLACE.search(previous)
    if tail is None or number[:1] in "（(":
        return number
    return tail.group("place") + number


def standalone_doc_number(line: str) -> str | None:
    """The 文号 when the line holds nothing else (a label like "文号：" allowed), else None."""
    found = find_doc_numbers(line)
    if len(found) != 1:
        return None
    head, _, tail = re.sub(r"\s+", "", line).partition(found[0])
    return found[0] if _LABELS.match(head) and not tail.strip("。.，,;；") else None
