from __future__ import annotations

from pathlib import Path

import pytest

from extractors.readers.pdf import NO_TEXT_WARNING, read_pdf
from reviewer.core.errors import CorruptFile, EncryptedFile

DECISION = ["# 行政处罚决定书", "豫郑市监罚〔2023〕15号", "当事人：郑州某某商贸有限公司", "二〇二三年五月十二日"]


@pytest.mark.parametrize("engine", ["pdfium", "plumber"])
def test_reads_cjk_lines_without_spurious_spaces(make_pdf, engine):
    path = make_pdf("d.pdf", [DECISION, ["第二页内容：罚款人民币叁万元整（30000元）"]])
    pages = list(read_pdf(path, engine=engine))
    assert [p.source_page for p in pages] == [1, 2]
    assert [line.text for line in pages[0].lines] == [
        "行政处罚决定书",
        "豫郑市监罚〔2023〕15号",
        "当事人：郑州某某商贸有限公司",
        "二〇二三年五月十二日",
    ]
    assert pages[1].text == "第二页内容：罚款人民币叁万元整（30000元）"
    assert all(p.origin == "text" and p.source == "d.pdf" for p in pages)


@pytest.mark.parametrize("engine", ["pdfium", "plumber"])
def test_title_box_is_centred_near_top_and_larger(make_pdf, engine):
    page = next(read_pdf(make_pdf("d.pdf", [DECISION]), engine=engine))
    title, body = page.lines[0], page.lines[2]
    assert title.box is not None
    x0, top, x1, bottom = title.box
    assert abs((x0 + x1) / 2 - page.width / 2) < 15
    assert top < page.height * 0.15 and bottom > top
    assert title.size > body.size
    assert body.box[0] < x0


def test_rotated_page_keeps_text_and_maps_boxes_into_display_space(make_pdf):
    page = next(read_pdf(make_pdf("r.pdf", [DECISION], rotation=90)))
    assert page.rotation == 90
    assert page.width > page.height  # A4 portrait shown landscape
    assert "行政处罚决定书" in page.text
    assert page.lines[0].box is not None
    x0, top, x1, bottom = page.lines[0].box
    # The title sat at the top of the unrotated page: turned clockwise it stands at the right edge.
    assert x0 > page.width * 0.8 and bottom - top > x1 - x0
    assert 0 <= top < bottom <= page.height


def test_page_without_text_layer_is_kept_with_a_warning(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 100, style="F")
    pdf.output(str(tmp_path / "scan.pdf"))
    (page,) = read_pdf(tmp_path / "scan.pdf")
    assert page.text == "" and page.warnings == [NO_TEXT_WARNING] and page.confidence == 0.0


@pytest.mark.parametrize("engine", ["pdfium", "plumber"])
def test_encrypted_pdf_says_it_is_encrypted(make_pdf, engine):
    path = make_pdf("secret.pdf", [DECISION], password="123")
    with pytest.raises(EncryptedFile) as caught:
        list(read_pdf(path, engine=engine))
    assert "加密" in caught.value.user_message


@pytest.mark.parametrize("engine", ["pdfium", "plumber"])
def test_truncated_pdf_is_corrupt(make_pdf, tmp_path, engine):
    data = make_pdf("d.pdf", [DECISION]).read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptFile) as caught:
        list(read_pdf(broken, engine=engine))
    assert "损坏" in caught.value.user_message and "broken.pdf" in str(caught.value)


def test_garbage_with_pdf_header_is_corrupt(tmp_path: Path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(CorruptFile):
        list(read_pdf(junk))


def test_render_scale_keeps_a_poster_page_within_the_pixel_limit():
    from extractors.readers.pdf import render_scale

    a4 = render_scale(595, 842, 200, 80_000_000)
    assert a4 == 200 / 72  # an ordinary page keeps the OCR dpi
    poster = render_scale(14400, 14400, 200, 80_000_000)  # 200 × 200 inches
    assert poster < 200 / 72 and (14400 * poster) ** 2 <= 80_000_000 * 1.0001
    assert render_scale(14400, 14400, 200, None) == 200 / 72
