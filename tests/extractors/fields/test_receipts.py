"""Service receipts and record headers."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.fields.receipts import read_receipt, read_record_header

TABLE_RECEIPT = """嵩川市市场监督管理局
送达回证
送达文书名称及文号 行政处罚事先告知书
嵩市监罚告〔2023〕15号
受送达人 嵩川市鑫禾商贸有限公司
送达地点 嵩川市嵩北区兴业路88号
送达方式 直接送达
收件人签名（盖章） 董英（法定代表人）
2023年4月7日
送达人 张超凯、张丽
2023年4月7日
见证人 /
嵩川市市场监督管理局
（印章）
2023年4月7日"""

COLON_RECEIPT = """送达回证
送达文书：《行政处罚决定书》（豫郑市监罚〔2024〕8号）、《责令改正通知书》（豫郑市监责改〔2024〕3号）
受送达人：李某某
送达时间：2024年5月9日下午3时20分
送达地点：郑州市金水区花园路12号
送达方式：☐直接送达 ☑留置送达 □邮寄送达
受送达人签名或盖章：
送达人：王强、赵敏
见证人：刘洋"""

OCR_RECEIPT = """送 达 回 证
送达文书名称及文号：行政处罚决定书（简易程序）嵩北城管简罚（2024）32号
受送达人：董洋军
送达地点：建设路与文化路交叉口
送达方式：当场交付
受送达人签名：＿＿＿＿
送达人：沈海欣、杜明
2024.3.14"""


def test_table_receipt() -> None:
    receipt = read_receipt(TABLE_RECEIPT)
    assert [(d.name, d.doc_number) for d in receipt.documents] == [("行政处罚事先告知书", "嵩市监罚告〔2023〕15号")]
    assert receipt.recipient is not None and receipt.recipient.value == "嵩川市鑫禾商贸有限公司"
    assert TABLE_RECEIPT[receipt.recipient.start : receipt.recipient.end] == receipt.recipient.value
    assert receipt.served_at is not None and receipt.served_at.value == dt.date(2023, 4, 7)
    assert receipt.served_from == "receiver"
    assert receipt.place is not None and receipt.place.value == "嵩川市嵩北区兴业路88号"
    assert receipt.method == "直接送达" and receipt.receiver_signed
    assert receipt.servers == ["张超凯", "张丽"]


def test_colon_receipt_with_two_documents_and_ticked_method() -> None:
    receipt = read_receipt(COLON_RECEIPT)
    assert [(d.name, d.doc_number) for d in receipt.documents] == [
        ("行政处罚决定书", "豫郑市监罚〔2024〕8号"),
        ("责令改正通知书", "豫郑市监责改〔2024〕3号"),
    ]
    assert receipt.served_at is not None and receipt.served_from == "label"
    assert (receipt.served_at.value, receipt.served_at.time) == (dt.date(2024, 5, 9), dt.time(15, 20))
    assert receipt.method == "留置送达"
    assert not receipt.receiver_signed and receipt.receiver_signature is not None
    assert receipt.servers == ["王强", "赵敏"]


def test_ocr_receipt_falls_back_to_signing_date() -> None:
    receipt = read_receipt(OCR_RECEIPT)
    assert [(d.name, d.doc_number) for d in receipt.documents] == [
        ("行政处罚决定书（简易程序）", "嵩北城管简罚（2024）32号")
    ]
    assert receipt.method == "直接送达" and not receipt.receiver_signed
    assert receipt.served_at is not None and receipt.served_at.value == dt.date(2024, 3, 14)
    assert receipt.served_from == "signing"


@pytest.mark.parametrize("method", ["直接送达", "留置送达", "邮寄送达", "公告送达", "电子送达"])
def test_methods(method: str) -> None:
    assert read_receipt(f"送达方式：{method}").method == method


TIMES = [
    ("same day", "时间：2023年3月2日9时30分至10时45分", (2023, 3, 2, 9, 30), (2023, 3, 2, 10, 45)),
    ("inquiry label", "询问时间：2023年3月2日14时30分至16时10分", (2023, 3, 2, 14, 30), (2023, 3, 2, 16, 10)),
    ("end with date", "检查时间：2023年6月5日9时10分至2023年6月5日11时05分", (2023, 6, 5, 9, 10), (2023, 6, 5, 11, 5)),
    ("afternoon", "时间：2023年3月2日下午2时至4时30分", (2023, 3, 2, 14, 0), (2023, 3, 2, 16, 30)),
    ("colon times, dash", "听证时间：2023-07-20 09:00—10:30", (2023, 7, 20, 9, 0), (2023, 7, 20, 10, 30)),
    ("Chinese numerals", "时间：二〇二三年三月二日九时三十分至十时四十五分", (2023, 3, 2, 9, 30), (2023, 3, 2, 10, 45)),
    (
        "OCR full width",
        "询问时间：２０２３年３月２日９时３０分至１０时４５分",
        (2023, 3, 2, 9, 30),
        (2023, 3, 2, 10, 45),
    ),
    ("no end", "时间：2023年3月2日9时30分", (2023, 3, 2, 9, 30), None),
]


@pytest.mark.parametrize(("text", "start", "end"), [c[1:] for c in TIMES], ids=[c[0] for c in TIMES])
def test_record_times(
    text: str, start: tuple[int, int, int, int, int], end: tuple[int, int, int, int, int] | None
) -> None:
    header = read_record_header(text)
    assert header.start == dt.datetime(*start)
    assert header.end == (dt.datetime(*end) if end else None)


def test_record_persons_and_place() -> None:
    text = (
        "询问笔录\n询问时间：2023年3月2日14时30分至16时10分\n询问地点：某局第二询问室\n"
        "询问人：张超凯（执法证号：41990100213）、张丽（执法证号：41990100227）\n记录人：张丽\n"
        "被询问人：谢浩　性别：女　年龄：54岁\n问：你是否申请回避？\n答：不申请。\n主持人：听证结束。"
    )
    header = read_record_header(text)
    assert header.place is not None and header.place.value == "某局第二询问室"
    assert header.names("询问人") == ["张超凯", "张丽"]
    assert header.names("记录人") == ["张丽"] and header.names("被询问人") == ["谢浩"]
    assert header.names("主持人") == []
    for person in header.persons:
        assert text[person.start : person.end] == person.name


def test_samples_service_dates_match_truth(sample) -> None:
    receipts = [read_receipt(i.text) for i in sample.of_kind("service_receipt")]
    served = {r.served_at.value for r in receipts if r.served_at and r.served_at.value}
    for key in ("notice_served", "served"):
        if sample.truth["timeline"].get(key):
            assert dt.date.fromisoformat(sample.truth["timeline"][key]) in served, key
    for receipt in receipts:
        assert receipt.documents and receipt.documents[0].doc_number and receipt.receiver_signed
        assert receipt.recipient is not None and len(receipt.servers) == 2 and receipt.method


def test_samples_record_dates_match_truth(sample) -> None:
    truth = {(i["kind"], i["first_page"]): i["date"] for i in sample.truth["instruments"]}
    records = sample.of_kind("inquiry_record", "inspection_record", "hearing_record")
    for record in records:
        header = read_record_header(record.text)
        assert header.start is not None and header.end is not None and header.end > header.start
        assert header.date == dt.date.fromisoformat(truth[(record.kind, record.first_page)])
        assert header.place is not None and len(header.persons) >= 3


def test_a_document_label_wrapped_in_its_table_cell() -> None:
    text = (
        "送达回证\n送达文书\n名称及文号 《行政处罚决定书》（某应急罚(2024)12号）\n"
        "受送达人 某某化工有限公司\n送达方式 直接送达\n"
    )
    documents = read_receipt(text).documents
    assert [(d.name, d.doc_number) for d in documents] == [("行政处罚决定书", "某应急罚(2024)12号")]
