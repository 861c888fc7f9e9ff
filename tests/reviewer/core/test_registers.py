"""Registers read from what bureaus export: every bad row named, laws and numbers matched the way files write them."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from reviewer.core.register_import import RegisterInvalid, detect_kind, parse_register, read_register, read_table
from reviewer.core.registers import Body, Certificate, Power, Registers, certificate_key, law_key

BODIES = (
    "主体名称,别名,层级,领域,执法依据,生效日期,失效日期\n"
    "嵩川市市场监督管理局,嵩川市市场监管局；嵩川市场监管,市级,市场监管,"
    "《中华人民共和国商标法》；《食品安全法》第一百二十二条至第一百五十条；商标侵权案件的查处,2019-01-01,\n"
    "嵩川市市场监督管理局,,,,《价格法》第四十条,2019年1月1日,2022/12/31\n"
)
CERTIFICATES = (
    "姓名,执法证号,发证机关,所在单位,执法领域,有效期限,状态\n"
    "王丽,41990100213,嵩川市人民政府,嵩川市市场监督管理局,市场监管,2021-01-01至2026-12-31,有效\n"
    "萧 磊,４１９９０１００２２７,嵩川市人民政府,嵩川市市场监督管理局,市场监管,2019-01-01至2022-12-31,注销\n"
)


def _rows(text: str) -> list[list[str]]:
    return read_table(text.encode("utf-8"), "x.csv")


def test_bodies_merge_rows_and_read_laws_articles_and_matters() -> None:
    (body,) = parse_register("bodies", _rows(BODIES))
    assert isinstance(body, Body)
    assert body.aliases == ["嵩川市市场监管局", "嵩川市场监管"]
    assert [(p.law, p.first, p.last) for p in body.powers] == [
        ("中华人民共和国商标法", None, None),
        ("食品安全法", 122, 150),
        ("价格法", 40, None),
    ]
    assert body.powers[2].valid_to == dt.date(2022, 12, 31)
    assert body.matters == ["商标侵权案件的查处"]


def test_a_power_covers_its_law_articles_and_dates() -> None:
    (body,) = parse_register("bodies", _rows(BODIES))
    trademark, food, price = body.powers
    assert trademark.covers("商标法", 60, dt.date(2023, 4, 19))
    assert food.covers("中华人民共和国食品安全法（2021年修正）", 124, None)
    assert not food.covers("食品安全法", 121, None)
    assert not food.covers("食品安全法", None, None)
    assert price.covers("价格法", 40, dt.date(2022, 12, 31))
    assert not price.covers("价格法", 40, dt.date(2023, 1, 1))
    assert not trademark.covers("广告法", 55, None)


def test_certificates_read_a_validity_range_and_fold_numbers() -> None:
    first, second = parse_register("certificates", _rows(CERTIFICATES))
    assert isinstance(first, Certificate) and isinstance(second, Certificate)
    assert (first.valid_from, first.valid_to, first.active) == (dt.date(2021, 1, 1), dt.date(2026, 12, 31), True)
    assert second.holder == "萧磊" and not second.active
    assert certificate_key(second.number) == "41990100227"
    registers = Registers(certificates=[first, second])
    assert registers.numbered("41990100227") == [second]
    assert registers.certificates_of("嵩川市 市场监督管理局") == [first, second]


def test_every_bad_row_is_named_and_nothing_is_returned() -> None:
    text = (
        "姓名,执法证号,所在单位,有效期起,有效期止,状态\n"
        "张三,A1,甲局,2020-01-01,2019-01-01,有效\n"
        ",A2,甲局,2020-01-01,2025-13-01,作废\n"
        "李四,a1,,,,\n"
    )
    with pytest.raises(RegisterInvalid) as caught:
        parse_register("certificates", _rows(text))
    problems = [str(p) for p in caught.value.problems]
    assert problems == [
        "第2行：有效期起（2020-01-01）晚于有效期止（2019-01-01）",
        "第3行：缺少“姓名”",
        "第3行：有效期止“2025-13-01”不是有效日期（应为 2023-01-31 或 2023年1月31日）",
        "第3行：证件状态“作废”无法识别（可用：有效、注销、吊销、暂扣、过期等）",
        "第4行：缺少“所在单位”",
        "第4行：执法证号“a1”与第2行重复",
    ]
    assert "6 处问题，未导入任何一行" in caught.value.user_message


def test_a_file_without_the_required_columns_or_rows_is_refused() -> None:
    with pytest.raises(RegisterInvalid) as caught:
        parse_register("certificates", _rows("姓名,所在单位\n王丽,甲局\n"))
    assert str(caught.value.problems[0]) == "缺少必需的列：执法证号"
    with pytest.raises(RegisterInvalid) as caught:
        parse_register("bodies", _rows("主体名称,别名\n"))
    assert str(caught.value.problems[0]) == "文件只有表头，没有数据行"


def test_an_alias_shared_by_two_bodies_is_refused() -> None:
    text = "主体名称,别名\n甲局,甲\n乙局,甲\n"
    with pytest.raises(RegisterInvalid) as caught:
        parse_register("bodies", _rows(text))
    assert str(caught.value.problems[0]) == "第3行：名称或别名“甲”与第2行的主体重复"


def test_kind_from_the_header_and_gb18030_csv(tmp_path) -> None:
    path = tmp_path / "证件.csv"
    path.write_bytes(CERTIFICATES.encode("gb18030"))
    kind, entries = read_register(path)
    assert kind == "certificates" and len(entries) == 2
    assert detect_kind(_rows(BODIES)) == "bodies"
    assert detect_kind(_rows("甲,乙\n1,2\n")) is None


def test_xlsx_with_date_cells(tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "执法证号", "所在单位", "有效期起", "有效期止"])
    sheet.append(["王丽", 41990100213, "嵩川市市场监督管理局", dt.datetime(2021, 1, 1), dt.date(2026, 12, 31)])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "证件.xlsx"
    path.write_bytes(buffer.getvalue())
    kind, (certificate,) = read_register(path)
    assert kind == "certificates"
    assert isinstance(certificate, Certificate)
    assert (certificate.number, certificate.valid_from) == ("41990100213", dt.date(2021, 1, 1))


def test_an_unreadable_file_is_a_typed_refusal(tmp_path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(RegisterInvalid) as caught:
        read_register(path)
    assert "XLSX 文件无法读取" in caught.value.user_message
    with pytest.raises(RegisterInvalid):
        read_table(b"a,b", "x.pdf")


def test_law_keys() -> None:
    assert law_key("《中华人民共和国商标法（2019年修正）》") == "商标法"
    assert law_key("商 标法") == "商标法"
    assert Power(law="商标法", raw="商标法").covers("中华人民共和国商标法", None, None)
