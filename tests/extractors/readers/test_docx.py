from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.shared import Emu, Pt

from extractors.readers.docx import IMAGE_ONLY_WARNING, read_docx
from reviewer.core.errors import CorruptFile, EncryptedFile, MislabeledFile

LONG = "当事人于二〇二三年五月在其经营场所销售过期食品，执法人员现场检查并制作了现场笔录。" * 3


def save(document, tmp_path: Path, name: str = "case.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def texts(page) -> list[str]:
    return [line.text for line in page.lines]


def add_hint(run) -> None:
    """Put a Word rendered page-break hint at the start of a run, as Word does on the first run of a page."""
    run._r.insert(1 if run._r.rPr is not None else 0, OxmlElement("w:lastRenderedPageBreak"))


def test_paragraphs_tables_nested_tables_and_merged_cells_read_once_in_order(tmp_path):
    document = Document()
    document.add_paragraph("立案审批表")
    table = document.add_table(rows=3, cols=3)
    title = table.cell(0, 0).merge(table.cell(0, 2))
    title.text = "案件基本情况"
    party = table.cell(1, 0).merge(table.cell(2, 0))
    party.text = "当事人"
    table.cell(1, 1).text = "名称"
    nested = table.cell(1, 1).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "嵌套甲"
    nested.cell(0, 1).text = "嵌套乙"
    table.cell(1, 2).text = "某某商贸有限公司"
    table.cell(2, 1).text = "地址"
    table.cell(2, 2).text = "郑州市"
    document.add_paragraph("表后正文")
    pages = read_docx(save(document, tmp_path))
    assert len(pages) == 1
    assert texts(pages[0]) == [
        "立案审批表",
        "案件基本情况",
        "当事人  名称  某某商贸有限公司",
        "嵌套甲  嵌套乙",
        "地址  郑州市",
        "表后正文",
    ]
    for word in ("案件基本情况", "当事人", "嵌套甲", "某某商贸有限公司"):
        assert pages[0].text.count(word) == 1


def test_page_break_inside_a_run_splits_the_paragraph(tmp_path):
    document = Document()
    document.add_paragraph("第一段")
    run = document.add_paragraph().add_run("前半句")
    run.add_break(WD_BREAK.PAGE)
    run.add_text("后半句")
    document.add_paragraph("第二页正文")
    pages = read_docx(save(document, tmp_path))
    assert [texts(p) for p in pages] == [["第一段", "前半句"], ["后半句", "第二页正文"]]
    assert [(p.index, p.source_page, p.source, p.origin, p.estimated) for p in pages] == [
        (1, 1, "case.docx", "docx", False),
        (2, 2, "case.docx", "docx", False),
    ]


def test_page_break_before_starts_a_page_but_not_a_blank_first_one(tmp_path):
    document = Document()
    document.add_paragraph("封面").paragraph_format.page_break_before = True
    document.add_paragraph("目录")
    document.add_paragraph("询问笔录").paragraph_format.page_break_before = True
    pages = read_docx(save(document, tmp_path), source="卷宗/1.docx")
    assert [texts(p) for p in pages] == [["封面", "目录"], ["询问笔录"]]
    assert pages[0].source == "卷宗/1.docx"


def test_document_ending_with_a_page_break_has_no_trailing_empty_page(tmp_path):
    document = Document()
    document.add_paragraph("唯一一页").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph()
    assert [texts(p) for p in read_docx(save(document, tmp_path))] == [["唯一一页"]]


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (WD_SECTION.NEW_PAGE, [["第一节"], ["第二节"]]),
        (WD_SECTION.ODD_PAGE, [["第一节"], ["第二节"]]),
        (WD_SECTION.CONTINUOUS, [["第一节", "第二节"]]),
    ],
)
def test_section_break_starts_a_page_unless_continuous(tmp_path, start, expected):
    document = Document()
    document.add_paragraph("第一节")
    document.add_section(start)
    document.add_paragraph("第二节")
    assert [texts(p) for p in read_docx(save(document, tmp_path))] == expected


def test_section_page_size_is_reported_in_points(tmp_path):
    document = Document()
    document.sections[0].page_width, document.sections[0].page_height = Emu(7560310), Emu(10692130)  # A4
    document.add_paragraph("正文")
    page = read_docx(save(document, tmp_path))[0]
    assert (page.width, page.height) == (595.3, 841.9)


def test_header_appears_once_at_the_top_of_its_section(tmp_path):
    document = Document()
    document.sections[0].header.paragraphs[0].text = "某某市市场监督管理局"
    document.add_paragraph("第一页").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("第二页")
    second = document.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "送达回证"
    document.add_paragraph("第三页")
    third = document.add_section(WD_SECTION.NEW_PAGE)  # linked to the previous header: not repeated
    document.add_paragraph("第四页")
    assert third.header.is_linked_to_previous
    pages = read_docx(save(document, tmp_path))
    assert [texts(p) for p in pages] == [
        ["某某市市场监督管理局", "第一页"],
        ["第二页"],
        ["送达回证", "第三页"],
        ["第四页"],
    ]


def test_centred_bold_title_keeps_its_layout_hints(tmp_path):
    document = Document()
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("行政处罚决定书")
    run.bold, run.font.size = True, Pt(22)
    body = document.add_paragraph()
    body.add_run("当事人：").bold = True
    body.add_run("某某商贸有限公司")
    right = document.add_paragraph("二〇二三年五月十二日", style="Normal")
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    lines = read_docx(save(document, tmp_path))[0].lines
    assert (lines[0].align, lines[0].bold, lines[0].size) == ("center", True, 22.0)
    assert (lines[1].align, lines[1].bold, lines[1].size) == ("left", False, 11.0)  # 11pt from the template's defaults
    assert lines[2].align == "right"
    assert all(line.box is None and line.confidence == 1.0 for line in lines)


def test_alignment_and_size_come_from_the_style_too(tmp_path):
    document = Document()
    style = document.styles["Title"]
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style.font.size, style.font.bold = Pt(18), True
    document.add_paragraph("询问笔录", style="Title")
    line = read_docx(save(document, tmp_path))[0].lines[0]
    assert (line.align, line.bold, line.size) == ("center", True, 18.0)


def test_document_without_breaks_gets_estimated_pages(tmp_path):
    document = Document()
    for _ in range(120):
        document.add_paragraph(LONG)
    pages = read_docx(save(document, tmp_path))
    assert len(pages) > 5 and all(p.estimated for p in pages)
    assert [p.source_page for p in pages] == list(range(1, len(pages) + 1))
    assert "".join(p.text.replace("\n", "") for p in pages) == LONG * 120  # nothing lost or repeated


def test_one_long_paragraph_is_cut_across_estimated_pages(tmp_path):
    document = Document()
    document.add_paragraph(LONG * 60)
    pages = read_docx(save(document, tmp_path))
    assert len(pages) > 2 and all(p.estimated for p in pages)
    assert "".join(p.text for p in pages) == LONG * 60


def test_short_document_is_one_estimated_page(tmp_path):
    document = Document()
    document.add_paragraph("现场笔录")
    for _ in range(5):
        document.add_paragraph()
    document.add_paragraph("检查人：张三")
    pages = read_docx(save(document, tmp_path))
    assert len(pages) == 1 and pages[0].estimated and texts(pages[0]) == ["现场笔录", "检查人：张三"]


def test_rendered_page_hints_are_used_when_there_are_no_breaks(tmp_path):
    document = Document()
    for number in range(1, 7):
        run = document.add_paragraph().add_run(f"第{number}段")
        if number in (3, 5):
            add_hint(run)
    pages = read_docx(save(document, tmp_path))
    assert [texts(p) for p in pages] == [["第1段", "第2段"], ["第3段", "第4段"], ["第5段", "第6段"]]
    assert not any(p.estimated for p in pages)


def test_fresh_hints_add_overflow_pages_to_explicit_breaks(tmp_path):
    document = Document()
    document.add_paragraph("决定书").add_run().add_break(WD_BREAK.PAGE)
    add_hint(document.add_paragraph().add_run("笔录第一页"))
    add_hint(document.add_paragraph().add_run("笔录第二页"))  # the page filled up: only Word knows
    pages = read_docx(save(document, tmp_path))
    assert [texts(p) for p in pages] == [["决定书"], ["笔录第一页"], ["笔录第二页"]]


def test_stale_hints_are_ignored_when_they_disagree_with_explicit_breaks(tmp_path):
    document = Document()
    document.add_paragraph("决定书").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("笔录第一页")  # no hint after the break: the hints are from another text
    add_hint(document.add_paragraph().add_run("笔录第二页"))
    pages = read_docx(save(document, tmp_path))
    assert [texts(p) for p in pages] == [["决定书"], ["笔录第一页", "笔录第二页"]]


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def test_image_only_page_is_kept_with_a_warning(tmp_path):
    document = Document()
    document.add_paragraph("正文").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph().add_run().add_picture(io.BytesIO(PNG))
    pages = read_docx(save(document, tmp_path))
    assert len(pages) == 2 and pages[1].lines == [] and pages[1].warnings == [IMAGE_ONLY_WARNING]


def test_deleted_and_hidden_text_is_not_read(tmp_path):
    document = Document()
    paragraph = document.add_paragraph("保留")
    hidden = paragraph.add_run("隐藏")
    hidden.font.hidden = True
    deleted = OxmlElement("w:del")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText")
    text.text = "删除"
    run.append(text)
    deleted.append(run)
    paragraph._p.append(deleted)
    assert texts(read_docx(save(document, tmp_path))[0]) == ["保留"]


# ── errors ────────────────────────────────────────────────────────────────────────────────────────────


def assert_chinese(error) -> None:
    assert error.user_message and any("\u4e00" <= char <= "\u9fff" for char in error.user_message)


def test_bytes_that_are_not_a_zip_are_corrupt(tmp_path):
    path = tmp_path / "x.docx"
    path.write_bytes(b"this is not a word file at all")
    with pytest.raises(CorruptFile) as caught:
        read_docx(path)
    assert_chinese(caught.value)
    assert "x.docx" in str(caught.value) and "x.docx" in caught.value.user_message


@pytest.mark.parametrize("member", ["xl/workbook.xml", "notes.txt"])
def test_zip_without_word_document_is_mislabeled(tmp_path, member):
    path = tmp_path / "表格.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(member, "<x/>")
    with pytest.raises(MislabeledFile) as caught:
        read_docx(path)
    assert_chinese(caught.value)
    assert "不是 Word" in caught.value.user_message and "表格.docx" in str(caught.value)


def test_truncated_docx_is_corrupt(tmp_path):
    document = Document()
    document.add_paragraph("正文" * 500)
    path = save(document, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile) as caught:
        read_docx(path)
    assert_chinese(caught.value)


def test_damaged_document_xml_is_corrupt(tmp_path):
    path = tmp_path / "bad.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body><w:p>")
    with pytest.raises(CorruptFile) as caught:
        read_docx(path)
    assert_chinese(caught.value)


def test_encrypted_docx_is_refused(tmp_path):
    path = tmp_path / "加密.docx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64
    )
    with pytest.raises(EncryptedFile) as caught:
        read_docx(path)
    assert_chinese(caught.value)
    assert "加密.docx" in str(caught.value)


def test_legacy_doc_named_docx_is_mislabeled(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\0" * 500)
    with pytest.raises(MislabeledFile) as caught:
        read_docx(path)
    assert_chinese(caught.value)


# ── speed ─────────────────────────────────────────────────────────────────────────────────────────────


def write_big_docx(path: Path, pages: int) -> Path:
    """A 1,000-page case file written as raw XML: python-docx itself would take longer than the reader."""
    para = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"
    row = "<w:tr>" + "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>" * 4 + "</w:tr>"
    page = (
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="44"/></w:rPr><w:t>询问笔录</w:t></w:r></w:p>'
        + "".join(para.format(LONG[:40]) for _ in range(20))
        + "<w:tbl>"
        + "".join(row.format("姓名", "张三", "性别", "男") for _ in range(5))
        + "</w:tbl>"
        + '<w:p><w:r><w:t>第{}页</w:t><w:br w:type="page"/></w:r></w:p>'
    )
    body = "".join(page.format(number) for number in range(1, pages + 1))
    xml = f'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", xml)
    return path


def test_a_thousand_pages_all_read(tmp_path):
    """Speed is measured by bench/speed.py; here: nothing is lost or merged on a long file."""
    path = write_big_docx(tmp_path / "big.docx", 1000)
    pages = read_docx(path)
    assert len(pages) == 1000 and pages[-1].lines[-1].text == "第1000页"
    assert pages[0].lines[0].size == 22.0 and pages[0].lines[-2].text == "姓名  张三  性别  男"


def _picture(colour: tuple[int, int, int]) -> bytes:
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (120, 120), "white")
    ImageDraw.Draw(picture).ellipse((4, 4, 116, 116), outline=colour, width=10)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("colour", "side_pt", "sealed"),
    [
        ((220, 20, 20), 110, True),  # a red seal over the signing block
        ((20, 20, 20), 110, False),  # a black logo of the same size
        ((220, 20, 20), 20, False),  # a small red mark
    ],
)
def test_a_red_seal_sized_picture_marks_its_page_sealed(tmp_path, colour, side_pt, sealed):
    document = Document()
    document.add_paragraph("正文").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("某市某局")
    document.add_paragraph().add_run().add_picture(io.BytesIO(_picture(colour)), width=Pt(side_pt), height=Pt(side_pt))
    document.add_paragraph("2024年5月8日")
    pages = read_docx(save(document, tmp_path))
    assert pages[0].red_seal is None
    assert pages[1].red_seal is (True if sealed else None)


def test_a_docx_seal_picture_seals_the_instrument_it_signs() -> None:
    from extractors.fields.marks import scanned_seal
    from reviewer.core.model import Page

    def page(index: int, sealed: bool | None) -> Page:
        return Page(index=index, source="d.docx", source_page=index, origin="docx", text="x", red_seal=sealed)

    assert scanned_seal([page(1, None), page(2, True), page(3, None)], 1, 3) is True
    assert scanned_seal([page(1, None), page(2, None)], 1, 2) is None
