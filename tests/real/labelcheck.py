"""The labels' mechanical second pass: every labelled value occurs in its document, or `notes` says why not.

It reads the PDFs' text layers with pypdfium2 directly — never through the project's extractors, so a label
can never be "checked" by the code it is meant to judge. Run by hand while labelling
(`python tests/real/labelcheck.py [dNNN …]`) and by `tests/real/test_labels.py`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pypdfium2

HERE = Path(__file__).resolve().parent
REAL = Path(os.environ.get("REVIEWER_REAL_DIR") or HERE.parents[1].parent / "shared" / "real")
LABELS = HERE / "labels"
CHECKS = HERE / "checks"

SPLITS = ("dev", "heldout")
PARTY_TYPES = ("organisation", "individual_business", "citizen")
PENALTY_KINDS = ("warning", "fine", "confiscation", "suspension", "revocation", "qualification", "detention")
SEALS = ("image", "marker", "none")
CHECK_IDS = (
    "decision.contents",
    "decision.basis_precise",
    "decision.citation_current",
    "rights.remedies_in_decision",
    "rights.payment_terms_in_decision",
    "decision.drafting",
    "decision.doc_number",
    "timeline.dates_filled",
    "deadline.statement_period",
    "party.identified",
)
CHECK_STATUSES = ("pass", "fail", "not_applicable")
CITATION = re.compile(
    r"^《(?P<law>[^》]+)》第(?P<article>\d+)条(?:之(?P<sub>\d+))?(?:第(?P<para>\d+)款)?(?:第(?P<item>\d+)项)?$"
)

_WIDE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_CN = "〇一二三四五六七八九"


def fold(text: str) -> str:
    """Text without whitespace, with full-width ASCII made half-width and 〇/○/O-as-zero kept comparable."""
    return re.sub(r"\s+", "", text.translate(_WIDE)).replace("○", "〇").replace("Ｏ", "〇")


def document_text(name: str) -> str:
    pdf = pypdfium2.PdfDocument(REAL / "decisions" / name)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _cn_number(n: int) -> str:
    """1..99 as written in Chinese article numbers (十四, 二十, 七十二)."""
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN[tens]
    return head + "十" + (_CN[ones] if ones else "")


def _cn_article(n: int) -> set[str]:
    if n < 100:
        return {_cn_number(n)}
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return {_CN[hundreds] + "百"}
    middle = "零" if rest < 10 else ""
    tail = _CN[rest] if rest < 10 else ("一" + _cn_number(rest) if rest < 20 else _cn_number(rest))
    return {_CN[hundreds] + "百" + middle + tail}


def date_forms(day: dt.date) -> set[str]:
    """Ways a date is printed: 2024年10月15日 (with or without zeros), 二〇二四年十月十五日, 2024.10.15, 2024-10-15."""
    y, m, d = day.year, day.month, day.day
    cn_year = "".join(_CN[int(c)] for c in str(y))
    forms = {
        f"{y}年{m}月{d}日",
        f"{y}年{m:02d}月{d:02d}日",
        f"{y}年{m}月{d:02d}日",
        f"{y}年{m:02d}月{d}日",
        f"{cn_year}年{_cn_number(m)}月{_cn_number(d)}日",
    }
    for sep in ".-/":
        forms |= {f"{y}{sep}{m}{sep}{d}", f"{y}{sep}{m:02d}{sep}{d:02d}"}
    return forms


def _money_forms(value: str) -> set[str]:
    amount = Decimal(value)
    whole = int(amount)
    forms = {f"{amount:.2f}", f"{whole:,}", f"{amount:,.2f}"}
    if amount == whole:
        forms |= {str(whole), f"{whole / 10000:g}万"}
    else:
        forms.add(f"{amount.normalize()}")
    return forms


def problems(label: dict, text: str) -> Iterator[str]:
    """What in one label does not hold against its document's text."""
    folded = fold(text)
    notes = " ".join(label.get("notes", []))
    yield from _schema_problems(label)

    def absent(field: str, values: set[str]) -> Iterator[str]:
        if not any(fold(v) in folded for v in values) and field not in notes:
            yield f"{field}: none of {sorted(values)[:4]} occurs in the text (explain in notes, naming `{field}`)"

    for field in ("doc_number", "agency", "title"):
        if label.get(field):
            yield from absent(field, {label[field]})
    party = label.get("party") or {}
    if party.get("name"):
        yield from absent("party.name", {party["name"]})
    if party.get("credit_code"):
        yield from absent("party.credit_code", {party["credit_code"]})
    for field in ("decision_date", "notice_date", "notice_served"):
        if label.get(field):
            yield from absent(field, date_forms(dt.date.fromisoformat(label[field])))
    for field in ("fine_yuan", "confiscated_money_yuan"):
        printed = any(fold(v) in folded for v in _money_forms(label[field])) if label.get(field) else True
        if not printed and field not in notes:
            yield f"{field}: {label[field]} is not printed as such; if it is a sum or only in capitals, say so in notes"
    for role in ("violated", "basis", "discretion"):
        for citation in label.get(role, []):
            match = CITATION.match(citation)
            if match is None:
                continue
            law = match["law"].removeprefix("中华人民共和国")
            article = int(match["article"])
            if fold(law) not in folded and role not in notes:
                yield f"{role}: law 《{law}》 not found in the text"
            forms = {f"第{a}条" for a in _cn_article(article)} | {f"第{article}条"}
            if not any(f in folded for f in forms) and role not in notes:
                yield f"{role}: 第{article}条 not found in the text"
    for route, key in (("review", "body"), ("litigation", "court"), ("payment", "place")):
        value = (label.get(route) or {}).get(key)
        if value:
            yield from absent(f"{route}.{key}", {value})


def _schema_problems(label: dict) -> Iterator[str]:
    if label.get("split") not in SPLITS:
        yield f"split must be one of {SPLITS}"
    party = label.get("party") or {}
    if party and party.get("type") not in PARTY_TYPES:
        yield f"party.type must be one of {PARTY_TYPES}"
    kinds = label.get("penalty_kinds", [])
    if any(k not in PENALTY_KINDS for k in kinds) or kinds != sorted(kinds):
        yield f"penalty_kinds must be a sorted list from {PENALTY_KINDS}"
    if label.get("seal") not in SEALS:
        yield f"seal must be one of {SEALS}"
    for role in ("violated", "basis", "discretion"):
        for citation in label.get(role, []):
            if not CITATION.match(citation):
                yield f"{role}: {citation!r} is not 《law》第N条[之N][第N款][第N项]"
    for field in ("fine_yuan", "confiscated_money_yuan"):
        value = label.get(field)
        if value is not None and not re.fullmatch(r"\d+\.\d\d", value):
            yield f"{field} must be a decimal string with two places or null"
    for field in ("decision_date", "notice_date", "notice_served"):
        value = label.get(field)
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                yield f"{field} must be an ISO date or null"


def check_problems(checks: dict) -> Iterator[str]:
    given = checks.get("checks", {})
    for check_id in CHECK_IDS:
        entry = given.get(check_id)
        if entry is None:
            yield f"checks: {check_id} missing"
        elif entry.get("status") not in CHECK_STATUSES or not entry.get("why"):
            yield f"checks: {check_id} needs a status in {CHECK_STATUSES} and a why"
    for check_id in given:
        if check_id not in CHECK_IDS:
            yield f"checks: {check_id} is not a decision-scope check"


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in LABELS.glob("d*.json"))
    bad = 0
    for stem in names:
        label = json.loads((LABELS / f"{stem}.json").read_text(encoding="utf-8"))
        found = list(problems(label, document_text(label["file"])))
        checks_path = CHECKS / f"{stem}.json"
        if checks_path.exists():
            found += list(check_problems(json.loads(checks_path.read_text(encoding="utf-8"))))
        for problem in found:
            print(f"{stem}: {problem}")
        bad += bool(found)
    print(f"{len(names)} labels, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
