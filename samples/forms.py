"""Building blocks shared by the sample cases: date styles, headings, seals, and the common forms.

Real files mix date styles and reuse the same 送达回证 / 缴款书 / 备考表 layouts across agencies; keeping them
here lets each case module hold only its own story.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from samples.document import AGENCY_SIZE, Block, Cell, Footer, InstrumentDoc, Page, Para, Spacer, Table, Title

DateFmt = Callable[[dt.date], str]

_CN_DIGITS = "〇一二三四五六七八九"


def cn_date(day: dt.date) -> str:
    """2023年5月12日 — the everyday style."""
    return f"{day.year}年{day.month}月{day.day}日"


def _cn_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[ones]
    head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[ones] if ones else "")


def cn_numeral_date(day: dt.date) -> str:
    """二〇二三年五月十二日 — the style decisions are signed with."""
    year = "".join(_CN_DIGITS[int(ch)] for ch in str(day.year))
    return f"{year}年{_cn_number(day.month)}月{_cn_number(day.day)}日"


def dot_date(day: dt.date) -> str:
    """2023.5.12 — seen in hand-filled tables."""
    return f"{day.year}.{day.month}.{day.day}"


def iso_date(day: dt.date) -> str:
    """2023-05-12 — seen in printed reports and receipts."""
    return day.isoformat()


def cn_datetime(day: dt.date, hour: int, minute: int) -> str:
    return f"{cn_date(day)}{hour}时{minute:02d}分"


_UPPER = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["", "拾", "佰", "仟"]


def yuan_upper(amount: int) -> str:
    """Capitalised amount as written on payment slips (叁万元整); whole yuan below 1亿."""
    if amount == 0:
        return "零元整"

    def four(n: int) -> str:
        out, zero = "", False
        for pos in range(3, -1, -1):
            digit = n // 10**pos % 10
            if digit == 0:
                zero = bool(out)
            else:
                out += ("零" if zero else "") + _UPPER[digit] + _UNITS[pos]
                zero = False
        return out

    high, low = divmod(amount, 10000)
    text = four(high) + "万" if high else ""
    if low:
        text += ("零" if high and low < 1000 else "") + four(low)
    return text + "元整"


def head(agency: str, title: str, doc_number: str | None = None) -> list[Block]:
    """First-page heading: agency line, centred title, 文号 line right below."""
    blocks: list[Block] = [Para(agency, align="center", size=AGENCY_SIZE), Title(title)]
    if doc_number:
        blocks.append(Para(doc_number, align="center"))
    return blocks


def seal(agency: str, date_text: str, room: float = 1.0) -> list[Block]:
    """Signature block: the agency, the seal mark, and the instrument's date at the very end."""
    return [Spacer(room), Para(agency, align="right"), Para("（印章）", align="right"), Para(date_text, align="right")]


def paginate(pages: Sequence[Sequence[Block]]) -> list[Page]:
    """Wrap block lists as pages, adding 第N页 共M页 footers when the instrument has several."""
    total = len(pages)
    if total == 1:
        return [Page(list(pages[0]))]
    return [Page([*list(blocks), Footer(f"第{i}页 共{total}页")]) for i, blocks in enumerate(pages, 1)]


def kv_table(rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A table of plain text cells; a row shorter than the table spans its last cell to the end."""
    out = []
    for row in rows:
        cells = [Cell(text) for text in row]
        if len(cells) < len(widths):
            last = cells[-1]
            cells[-1] = Cell(last.content, span=len(widths) - len(cells) + 1)
        out.append(tuple(cells))
    return Table(tuple(out), tuple(widths))


@dataclass(frozen=True)
class Officers:
    """The two enforcement officers Art. 42 requires, with certificate numbers."""

    first: str
    first_cert: str
    second: str
    second_cert: str

    @property
    def names(self) -> str:
        return f"{self.first}、{self.second}"

    @property
    def with_certs(self) -> str:
        return f"{self.first}（执法证号：{self.first_cert}）、{self.second}（执法证号：{self.second_cert}）"


def service_receipt(
    agency: str,
    served: str,
    party: str,
    place: str,
    method: str,
    recipient: str,
    officers: Officers,
    day: dt.date,
    fmt: DateFmt = cn_date,
    note: str = "",
) -> InstrumentDoc:
    """送达回证 for one served instrument; its date is the day of service."""
    rows = [
        ["送达文书名称及文号", served],
        ["受送达人", party],
        ["送达地点", place],
        ["送达方式", method],
        ["收件人签名（盖章）", f"{recipient}\n{fmt(day)}"],
        ["送达人", f"{officers.names}\n{fmt(day)}"],
        ["见证人", "/"],
        ["备注", note or "/"],
    ]
    blocks = [*head(agency, "送达回证"), kv_table(rows, (30, 70)), *seal(agency, fmt(day))]
    return InstrumentDoc("service_receipt", "送达回证", paginate([blocks]), None, day)


def cover(agency: str, lines: Sequence[tuple[str, str]], total_pages: int, keeping: str = "长期") -> InstrumentDoc:
    """案卷封面; the page count comes from the assembled file."""
    blocks: list[Block] = [
        Spacer(2),
        Para(agency, align="center", size=AGENCY_SIZE),
        Spacer(1),
        Title("行政处罚案卷"),
        Spacer(2),
    ]
    for label, value in lines:
        blocks.append(Para(f"{label}：{value}"))
        blocks.append(Spacer(0.5))
    blocks += [Para(f"本卷共 {total_pages} 页"), Spacer(0.5), Para(f"保管期限：{keeping}")]
    return InstrumentDoc("cover", "行政处罚案卷", paginate([blocks]), None, None)


def index(agency: str, entries: Sequence[tuple[str, str, str, str]]) -> InstrumentDoc:
    """卷内文件目录: one row per instrument (name, number, date, pages)."""
    rows = [
        (
            Cell("序号", align="center", bold=True),
            Cell("文件名称", align="center", bold=True),
            Cell("文号", align="center", bold=True),
            Cell("日期", align="center", bold=True),
            Cell("页号", align="center", bold=True),
        )
    ]
    for i, (name, number, date_text, pages) in enumerate(entries, 1):
        rows.append(
            (Cell(str(i), align="center"), Cell(name), Cell(number or ""), Cell(date_text), Cell(pages, align="center"))
        )
    blocks: list[Block] = [
        Para(agency, align="center", size=AGENCY_SIZE),
        Title("卷内文件目录"),
        Table(tuple(rows), (7, 33, 28, 20, 12)),
    ]
    return InstrumentDoc("index", "卷内文件目录", paginate([blocks]), None, None)


def assemble_general(
    agency: str,
    body: list[InstrumentDoc],
    cover_lines: Sequence[tuple[str, str]],
    fmt: DateFmt = cn_date,
) -> list[InstrumentDoc]:
    """Put a cover and an index in front of the body, numbering pages over the whole file."""
    entries, page = [], 3  # the cover and the index take one page each
    for ins in body:
        last = page + len(ins.pages) - 1
        entries.append(
            (
                ins.title.replace(" ", ""),
                ins.doc_number or "",
                fmt(ins.date) if ins.date else "",
                str(page) if last == page else f"{page}-{last}",
            )
        )
        page = last + 1
    return [cover(agency, cover_lines, page - 1), index(agency, entries), *body]


def approval_form(
    agency: str,
    kind: str,
    title: str,
    rows: Sequence[Sequence[str]],
    day: dt.date,
    doc_number: str | None = None,
    widths: Sequence[float] = (22, 78),
    extra: Sequence[Block] = (),
) -> InstrumentDoc:
    """An internal approval form (立案/处罚/结案审批): a label column and a content column."""
    blocks = [*head(agency, title, doc_number), kv_table(rows, widths), *list(extra)]
    return InstrumentDoc(kind, title, paginate([blocks]), doc_number, day)


def opinion(text: str, who: str, day: dt.date, fmt: DateFmt = cn_date) -> str:
    """An opinion cell: the words, then the signer and the date on their own lines."""
    return f"{text}\n签名：{who}　　{fmt(day)}"


def record_back(
    agency: str, note: str, filer: str, checker: str, day: dt.date, fmt: DateFmt = cn_date
) -> InstrumentDoc:
    """备考表 closing the file: what it holds and who filed and checked it."""
    blocks: list[Block] = [
        Para(agency, align="center", size=AGENCY_SIZE),
        Title("备考表"),
        Spacer(0.5),
        Para(note, indent=True),
        Spacer(6),
        Para(f"立卷人：{filer}", align="right"),
        Para(f"检查人：{checker}", align="right"),
        Para(f"立卷时间：{fmt(day)}", align="right"),
    ]
    return InstrumentDoc("record_back", "备考表", paginate([blocks]), None, day)


def payment_slip(
    title: str,
    payer: str,
    payer_code: str,
    payee: str,
    amount: int,
    basis: str,
    day: dt.date,
    ticket_no: str,
    bank: str,
    fmt: DateFmt = cn_date,
    agency_line: str | None = None,
) -> InstrumentDoc:
    """罚没款缴款书 / 罚款收据 as a bank-stamped form; its date is the payment date."""
    rows = [
        ["票据号码", ticket_no, "填制日期", fmt(day)],
        ["缴款人", payer, "证件号码", payer_code],
        ["收款单位", payee],
        ["收款项目", "罚没收入——罚款"],
        ["执收依据", basis],
        ["金额（小写）", f"¥{amount:,.2f}"],
        ["金额（大写）", f"人民币{yuan_upper(amount)}"],
        ["代收银行", f"{bank}\n（收讫章）"],
    ]
    blocks: list[Block] = []
    if agency_line:
        blocks.append(Para(agency_line, align="center"))
    blocks += [
        Title(title),
        kv_table(rows, (20, 30, 18, 32)),
        Spacer(0.5),
        Para("说明：本凭证一式三联，第一联缴款人收执，第二联代收银行留存，第三联执收单位存查。", size=9),
        Para(f"收款日期：{fmt(day)}", align="right"),
    ]
    return InstrumentDoc("payment_receipt", title, paginate([blocks]), None, day)


def qa(pairs: Sequence[tuple[str, str]]) -> list[Block]:
    """Question-and-answer lines of a 笔录, one paragraph each."""
    out: list[Block] = []
    for question, answer in pairs:
        out += [Para(f"问：{question}"), Para(f"答：{answer}")]
    return out


def fields(pairs: Sequence[tuple[str, str]]) -> list[Block]:
    """Label：value lines at the top of a 笔录 or 决定书."""
    return [Para(f"{label}：{value}") for label, value in pairs]
