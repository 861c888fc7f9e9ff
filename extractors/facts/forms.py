"""Facts of the forms around the decision: 送达回证, 笔录, 陈述申辩 records, 延期审批, 集体讨论, 缴款凭证,
卷内目录 and 封面.

Receipts and record headers come from `extractors.fields.receipts`, officers from `extractors.fields.officers`;
names are cleaned here once (a name wrapped in a table cell, a trailing （法定代表人…）) for every comparison.
"""

from __future__ import annotations

import re

from extractors.facts.decision import date_fact
from extractors.facts.wording import compact, line_at
from extractors.fields.folding import cn_int, fold
from extractors.fields.officers import find_officers, missing_certificates
from extractors.fields.receipts import labelled_values, read_receipt, read_record_header
from extractors.fields.rights import statement_waived
from extractors.titles import classify_title, heading_kind, looks_like_title, match_title, normalise
from reviewer.core.facts import IndexRow, Officer, Person, ReceiptFacts, RecordFacts, ServedDocument, StatementFacts

_EXTENSION = re.compile(
    r"(?:延长|延期)[^。；;]{0,20}?(?P<n>[0-9〇零一二两三四五六七八九十百]+)\s*(?:个)?(?P<unit>工作日|日|天|个月|月)"
)
_HEARING_WAIVED = re.compile(r"放弃[^。；;]{0,12}听证")
_HEARING_ASKED = re.compile(r"(?:要求|申请)(?:举行)?听证")
_HEARING_DECLINED = re.compile(r"(?:放弃|不(?:要求|申请))(?:举行)?听证")
_PEOPLE = re.compile(r"(?:出席|参加|参会|到会|与会)(?:人员|人)")
_CONCLUSION = re.compile(r"结论|讨论意见|决定|一致(?:同意|认为)")
_INDEX_ROW = re.compile(r"^\s*(\d{1,3})[\s.、]+(\S+)", re.M)
_PAGES = re.compile(r"(\d{1,4})(?:\s*[-—–~～至]\s*(\d{1,4}))?\s*$")
_COVER_COUNT = re.compile(r"共\s*(\d{1,4})\s*页")


def clean_name(name: str) -> str:
    """A party's name for comparison: no whitespace, no trailing （法定代表人…） or （经营者…）."""
    return re.sub(r"[（(](?:法定代表人|负责人|经营者|委托代理人|代理人)[^）)]*[）)]$", "", compact(name))


def number_key(number: str | None) -> str | None:
    """How 文号 are compared: normalised like titles, without 号."""
    return normalise(number).replace("号", "") if number else None


def kind_of_title(title: str) -> str | None:
    found = classify_title(title)
    return found[0] if found else None


def receipt_facts(text: str) -> ReceiptFacts:
    receipt = read_receipt(text)
    documents = [
        ServedDocument(
            name=doc.name,
            doc_number=doc.doc_number,
            kind=kind_of_title(doc.name),
            name_key=normalise(doc.name),
            number_key=number_key(doc.doc_number),
        )
        for doc in receipt.documents
    ]
    recipient = receipt.recipient.value if receipt.recipient else None
    return ReceiptFacts(
        documents=documents,
        recipient=recipient,
        recipient_clean=clean_name(recipient) if recipient else None,
        served=date_fact(receipt.served_at),
        served_from=receipt.served_from,
        place=receipt.place.value if receipt.place else None,
        method=receipt.method,
        receiver_signed=receipt.receiver_signed,
        servers=list(receipt.servers),
    )


def record_facts(text: str) -> RecordFacts:
    header = read_record_header(text)
    officers = find_officers(text)
    return RecordFacts(
        start=header.start,
        end=header.end,
        time_raw=header.time.value if header.time else None,
        place=header.place.value if header.place else None,
        persons=[Person(role=p.role, name=p.name) for p in header.persons],
        officers=[
            Officer(name=o.name, role=o.role, certificate=o.certificate, line=line_at(text, o.start)) for o in officers
        ],
        uncertified=missing_certificates(officers),
    )


def statement_facts(text: str) -> StatementFacts:
    squashed = "".join(text.split())
    return StatementFacts(
        waives_statement=statement_waived(text),
        waives_hearing=bool(_HEARING_WAIVED.search(fold(text).text)),
        asks_hearing=bool(_HEARING_ASKED.search(squashed))
        and not (_HEARING_DECLINED.search(squashed) or _HEARING_WAIVED.search(squashed)),
    )


def extension(text: str) -> tuple[int | None, str | None]:
    """Natural days an approved extension adds (a month counts 30) and its words; (None, None) when unreadable."""
    match = _EXTENSION.search(fold(text).text)
    amount = cn_int(match.group("n")) if match else None
    if match is None or amount is None:
        return None, None
    return (amount * 30 if "月" in match.group("unit") else amount), match.group()


def discussion(text: str) -> tuple[bool, bool]:
    """Whether a 集体讨论 record names its participants and records a conclusion."""
    squashed = "".join(text.split())
    return _PEOPLE.search(squashed) is not None, _CONCLUSION.search(squashed) is not None


def payer(text: str) -> tuple[str | None, str | None]:
    """The payer of a 缴款凭证 (cleaned name) and the code written with it."""
    names = labelled_values(
        text,
        "缴款人(?:全称|名称|姓名)|缴款人|缴款单位(?:全称|名称)?|交款人(?:全称|名称|姓名)?",
        stop="证件号码|证件类型|收款单位|收款人|收款账号|执收单位|项目编码|项目名称|金额",
        multiline=True,
    )
    codes = labelled_values(text, "证件号码|统一社会信用代码")
    if not names:
        return None, None
    return clean_name(names[0].value), compact(codes[0].value) if codes else None


def _row_title(cells: list[str]) -> tuple[str, str | None]:
    """The title cell of an index row and its kind, wherever the 题名 column sits (after 文号 and 责任者 in
    some templates) and even when it wraps onto the next line: a catalogue title first, then a cell that
    reads as a heading, then the first cell."""
    pairs = [cells[n] + cells[n + 1] for n in range(len(cells) - 1)]
    for fuzzy in (False, True):
        for candidate in (*cells, *pairs):
            found = match_title(candidate, fuzzy=fuzzy)
            if found is not None:
                return candidate, found.kind
    for cell in cells:
        named = heading_kind(cell)
        if named is not None or looks_like_title(cell):
            return cell, named.kind if named else None
    return (cells[0], kind_of_title(cells[0])) if cells else ("", None)


def index_rows(text: str) -> list[IndexRow]:
    """Rows of a 卷内文件目录 (title, first page, last page); a row may wrap onto further lines."""
    starts = list(_INDEX_ROW.finditer(text))
    rows = []
    for number, match in enumerate(starts):
        end = starts[number + 1].start() if number + 1 < len(starts) else len(text)
        chunk = text[match.end(1) : end].rstrip()
        pages = _PAGES.search(chunk)
        if pages is None:
            continue
        first = int(pages.group(1))
        title, kind = _row_title(chunk[: pages.start()].split())
        rows.append(IndexRow(title=title, first=first, last=int(pages.group(2) or first), kind=kind))
    return rows


def page_count(text: str) -> tuple[str | None, int | None]:
    """The cover's "共 N 页" as written, and N."""
    count = _COVER_COUNT.search(text)
    return (count.group(0), int(count.group(1))) if count else (None, None)
