"""Seals, signature lines and blank fields."""

from __future__ import annotations

import pytest

from extractors.fields.marks import (
    find_blank_fields,
    find_seals,
    find_signatures,
    lone_seal_line,
    read_marks,
    signing_seal,
)

SEALS = [
    ("agency seal under the name", "嵩川市市场监督管理局\n（印章）\n2023年4月6日", ["印章"]),
    ("company seal", "中原金穗酿造股份有限公司\n（公章）\n2023年3月6日", ["公章"]),
    ("half-width brackets", "嵩川市生态环境局(盖章)\n2023.7.6", ["盖章"]),
    ("bare 章", "某某局（章）\n2023年5月1日", ["章"]),
    ("OCR spaces and square brackets", "嵩川市市场监督管理局\n【 印 章 】\n二〇二三年四月十九日", ["印章"]),
    ("receipt stamp", "代收银行 中国工商银行嵩川分行营业部\n（收讫章）\n收款日期：2023年4月26日", ["收讫章"]),
    ("unit seal with date on its line", "（单位印章）　2023年5月12日", ["单位印章"]),
    ("seal slot of a label is no seal", "当事人（盖章）：嵩川市鑫禾商贸有限公司\n2023年3月2日", []),
    ("signature slot is no seal", "收件人签名（盖章） 董英\n2023年4月7日", []),
    ("no seal", "嵩川市市场监督管理局\n2023年4月6日", []),
    (
        "placeholder naming the agency, wrapped",
        "（嵩川市临渚区市场监督管理局印\n章）\n2023年4月6日",
        ["嵩川市临渚区市场监督管理局印章"],
    ),
    ("wrapped before 公章", "（嵩川市某某商贸有限公司\n公章）", ["嵩川市某某商贸有限公司公章"]),
    ("a bracket closed on its line opens no wrapped seal", "（二）其他事项\n公章）", []),
    ("bare 印 on its own line", "某某县市场监督管理局\n（印）\n2022年9月5日", ["印"]),
    ("盖印 on its own line", "某某县市场监督管理局\n( 盖印 )\n2022年9月5日", ["盖印"]),
    ("a bare 印 inside a sentence is no seal", "某某县市场监督管理局（印）2022年9月5日", []),
    ("印 with other words is no seal", "某某县市场监督管理局\n（复印）\n2022年9月5日", []),
    (
        "the agency's name with 印 on its own line",
        "某某县市场监督管理局\n二〇二五年三月二日\n（某某县市场监督管理局印）",
        ["某某县市场监督管理局印"],
    ),
    (
        "the agency's name with 印, letter-spaced",
        "某某县市场监督管理局\n二〇二五年三月二日\n（某 某县市场监督管理 局 印）",
        ["某某县市场监督管理局印"],
    ),
    ("the agency's 印 inside a sentence is no seal", "本件（某某县市场监督管理局印）发出。\n2022年9月5日", []),
    ("a letter-spaced agency's 印 inside a sentence is no seal", "本件（某 某县市场监督管理局印）发出。\n", []),
    (
        "a seal placeholder spaced out widely",
        "某 某 县 市 场 监 督 管 理 局（印   章）\n二〇二四年十月二十八日",
        ["印章"],
    ),
    ("a copy's note is no seal", "某某县市场监督管理局\n（某某县档案室复印）\n2022年9月5日", []),
    (
        "the date stamped inside the seal's bracket",
        "某某县市场监督管理局\n二〇二五年三月二日\n（某某县市场监督管理局印章　2025.03.02）",
        ["某某县市场监督管理局印章"],
    ),
    (
        "a Chinese-numeral date inside a 专用章's bracket",
        "某某县市场监督管理局\n2025年3月2日\n（某某县市场监督管理局行政处罚专用章　二〇二五年三月二日）",
        ["某某县市场监督管理局行政处罚专用章"],
    ),
    ("the date after the bracket", "某某县市场监督管理局\n2025年3月2日\n（印章）二〇二五年三月二日", ["印章"]),
    ("other words inside a seal's bracket are no seal", "某某县市场监督管理局\n（公章　见附件）\n2025年3月2日", []),
]


@pytest.mark.parametrize(("text", "kinds"), [c[1:] for c in SEALS], ids=[c[0] for c in SEALS])
def test_seals(text: str, kinds: list[str]) -> None:
    seals = find_seals(text)
    assert [seal.kind for seal in seals] == kinds
    for seal in seals:
        assert text[seal.start : seal.end] == seal.raw
        assert seal.in_signing_block


def test_seal_in_body_is_not_the_signing_seal() -> None:
    text = "登记机关 嵩川市市场监督管理局（登记机关章）\n" + "正文。\n" * 10 + "提取日期：2023年3月2日"
    assert [seal.kind for seal in find_seals(text)] == ["登记机关章"]
    assert signing_seal(text) is None and not read_marks(text).sealed


def test_law_text_appended_after_the_signature_leaves_the_seal_in_the_signing_block() -> None:
    signed = "正文。\n" * 5 + "某某县市场监督管理局\n（公章）\n2021年8月3日\n"
    law = "".join(f"{n}.《某某条例》第{n}条：经营者应当如实公示其收费标准和服务内容。\n" for n in range(1, 9))
    for heading in ("附：相关法律条文", "附件：本决定适用的法律依据", "附录　引用的法条"):
        seal = signing_seal(signed + heading + "\n" + law)
        assert seal is not None and seal.kind == "公章", heading


def test_any_material_after_a_signing_block_leaves_the_seal_in_it() -> None:
    """Attachments, 抄送 lines and appended pages after the agency, its seal and the date are not the signature's."""
    signed = "正文。\n" * 5 + "某某县市场监督管理局\n（公章）\n2021年8月3日\n"
    rows = "".join(f"{n}.某某材料复印件一份，共{n}页。\n" for n in range(1, 9))
    for after in ("附件：缴款信息\n", "抄送：某某县某某局\n", "证据目录：\n", "送达回证\n"):
        seal = signing_seal(signed + after + rows)
        assert seal is not None and seal.kind == "公章", after


def test_a_seal_in_a_receipt_after_the_signing_block_is_not_the_signature_seal() -> None:
    """Must not match: an unsealed signature followed by an appended page whose own signing line carries a seal."""
    signed = "正文。\n" * 5 + "某某县市场监督管理局\n2021年8月3日\n"
    receipt = "送达回证\n受送达人：某某公司\n送达方式：直接送达\n某某县市场监督管理局\n（印章）\n"
    assert signing_seal(signed + receipt) is None


def test_an_appendix_heading_that_follows_no_signing_date_moves_nothing() -> None:
    """Must not match: a law appendix in the body with no signing date above it."""
    rows = "".join(f"{n}.某某材料复印件一份，共{n}页。\n" for n in range(1, 9))
    body = "某某县市场监督管理局\n（公章）\n本局认为当事人行为违法。\n附：相关法律条文\n" + rows
    assert signing_seal(body) is None


@pytest.mark.parametrize("line", ["（印章）", "  （公 章） ", "（某某县市场监督管理局印章）", "(印)"])
def test_a_line_that_is_only_a_seal_placeholder(line: str) -> None:
    assert lone_seal_line(line)


@pytest.mark.parametrize("line", ["", "送达回证", "（印章）：", "受送达人（盖章）：", "某某公司（公章）已收到"])
def test_a_line_with_more_than_a_seal_placeholder(line: str) -> None:
    assert not lone_seal_line(line)


SIGNATURES = [
    ("filled with date", "被询问人签名：谢浩　　2023年3月2日", [("被询问人签名", "谢浩", True, True)]),
    (
        "two on a line",
        "询问人签名：王丽、萧磊　　记录人签名：萧磊",
        [("询问人签名", "王丽、萧磊", True, False), ("记录人签名", "萧磊", True, False)],
    ),
    ("underscores", "当事人签名：________", [("当事人签名", "", False, False)]),
    ("spaces then blank date", "被询问人签名：　　　　年　　月　　日", [("被询问人签名", "", False, False)]),
    ("bracketed role", "当事人（签名）：", [("当事人（签名）", "", False, False)]),
    (
        "table row, date below",
        "收件人签名（盖章） 董英（法定代表人）\n2023年4月7日",
        [("收件人签名（盖章）", "董英（法定代表人）", True, True)],
    ),
    ("or-seal label alone", "受送达人签名或盖章\n\n送达人：张三", [("受送达人签名或盖章", "", False, False)]),
    ("slash means not signed", "见证人签字：/", [("见证人签字", "", False, False)]),
    ("half-width colon, OCR", "签名:张超凯 2023年2月20日", [("签名", "张超凯", True, True)]),
    ("signed but date left blank", "签字：李四　　年　月　日", [("签字", "李四", True, False)]),
    ("prose is no signature", "请听证参加人核对笔录后签名。\n并在现场检查笔录上签了字。", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SIGNATURES], ids=[c[0] for c in SIGNATURES])
def test_signatures(text: str, expected: list[tuple[str, str, bool, bool]]) -> None:
    found = find_signatures(text)
    assert [(s.label, s.value, s.filled, s.dated) for s in found] == expected
    for signature in found:
        assert text[signature.start : signature.end] == signature.label
        if signature.filled:
            assert text[signature.value_start : signature.value_end] == signature.value


def test_blank_date_after_signature_is_reported_as_blank() -> None:
    (signature,) = find_signatures("被询问人签名：\u3000\u3000年\u3000月\u3000日")
    assert signature.date is not None and signature.date.blank and not signature.filled


BLANKS = [
    ("empty then next label", "性别：　　年龄：54岁", ["性别"]),
    ("end of line then label", "联系电话：\n住所：嵩川市嵩北区兴业路88号", ["联系电话"]),
    ("underscores", "身份证号码：__________", ["身份证号码"]),
    ("blank date", "立案日期：　　年　　月　　日", ["立案日期"]),
    ("filled", "住所：嵩川市嵩北区兴业路88号", []),
    ("value on the next line", "统一社会信用代码：\n91419901MA865GXD4U", []),
    ("salutation", "嵩川市市场监督管理局：\n应贵局要求，我公司对涉案商品进行了鉴别。", []),
    ("slash is not blank", "见证人：/", []),
]


@pytest.mark.parametrize(("text", "labels"), [c[1:] for c in BLANKS], ids=[c[0] for c in BLANKS])
def test_blank_fields(text: str, labels: list[str]) -> None:
    blanks = find_blank_fields(text)
    assert [blank.label for blank in blanks] == labels
    for blank in blanks:
        assert text[blank.start : blank.end].rstrip(":：") == blank.label


def test_samples_signing_instruments_are_sealed_and_signed(sample) -> None:
    for instrument in sample.of_kind("prior_notice", "penalty_decision", "onsite_decision", "service_receipt"):
        marks = read_marks(instrument.text)
        assert marks.sealed, (sample.case, instrument.title)
    for instrument in sample.of_kind("inquiry_record", "inspection_record", "service_receipt"):
        marks = read_marks(instrument.text)
        assert marks.signatures and not marks.empty_signatures, (sample.case, instrument.title)


def test_a_seal_placeholder_wrapped_before_its_closing_bracket_is_the_signing_seal() -> None:
    """The line's width puts the closing bracket on the next line (…某某局（印章 / ）)."""
    text = "处罚款200元。\n当事人签名：某丙　　　　某某市市场监督管理局（印章\n）"
    seal = signing_seal(text)
    assert seal is not None and seal.kind == "印章"


def test_a_bracket_closed_lines_later_is_no_seal() -> None:
    """Must not match: a bracket opened before 盖章 words and closed after a further line of text."""
    assert find_seals("当事人（盖章\n签名\n）") == []
