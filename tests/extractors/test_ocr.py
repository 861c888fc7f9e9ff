"""The OCR stage with the real PP-OCR model on real rendered pages: orientation, skew and reading order,
blank pages, mixed PDFs, garbage text layers, and the engine's typed failure when its models are missing."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from extractors.ocr import OcrOptions
from extractors.ocr.metrics import cer, edit_distance, normalise
from extractors.ocr.page import BLANK_WARNING, ocr_page
from extractors.ocr.rapid import RapidOcrEngine, spaced_text
from extractors.ocr.registry import EngineChoice, get_engine
from extractors.ocr.tesseract import _lines_from_tsv
from extractors.readers.pdf import read_pdf
from extractors.readers.text_layer import plausible_share, usable_text
from reviewer.core.errors import OcrUnavailable

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DPI = 200


@pytest.fixture(scope="module")
def engine():
    """The process-wide engine (loaded once; get_engine caches it for every later test and reader)."""
    return get_engine(EngineChoice())


def rendered(name: str, number: int) -> tuple[Image.Image, str]:
    """A page of a committed born-digital sample as a 200-dpi image, with its text layer as the truth."""
    document = pdfium.PdfDocument(str(SAMPLES / name))
    try:
        page = document[number - 1]
        return page.render(scale=DPI / 72).to_pil(), page.get_textpage().get_text_range()
    finally:
        document.close()


def test_form_rows_read_label_beside_value(engine):
    """立案审批表: label cells and their opinion cells come out on one line each, in row order."""
    image, truth = rendered("case-01-market.pdf", 4)
    page = ocr_page(image, engine, dpi=DPI, source="form.pdf", number=4)
    lines = [line.text for line in page.lines]
    # In reading order a form costs more than prose: a label cell spanning several rows ("当事人") sits beside
    # its middle row, where the text layer has it alone; measured 5.7 % here against 0.1–1 % on prose pages.
    assert cer(truth, page.text) <= 0.07
    assert any(line.startswith("承办人意见") and "建议立案调查" in line for line in lines), lines
    opinion = next(i for i, line in enumerate(lines) if line.startswith("负责人意见"))
    assert "同意立案" in lines[opinion] and "签名" in lines[opinion + 1] and "余杰宇" in lines[opinion + 1]
    assert page.origin == "ocr" and page.red_seal is False and 0.9 < page.confidence <= 1


def test_skewed_and_upside_down_pages_read_in_order(engine):
    image, truth = rendered("case-03-simple.pdf", 3)
    skewed = image.convert("RGB").rotate(2.5, resample=Image.Resampling.BICUBIC, fillcolor="white")
    page = ocr_page(skewed, engine, dpi=DPI, source="s.pdf", number=1)
    assert cer(truth, page.text) <= 0.02 and page.rotation == 0
    flipped = ocr_page(image.rotate(180), engine, dpi=DPI, source="s.pdf", number=1)
    assert flipped.rotation == 180 and cer(truth, flipped.text) <= 0.02


def test_blank_page_is_skipped_with_a_warning(engine):
    calls = []

    class Counting:
        name = "counting"

        def read(self, image):
            calls.append(image)
            return engine.read(image)

    blank = Image.new("RGB", (1654, 2339), (250, 250, 248))
    page = ocr_page(blank, Counting(), dpi=DPI, source="b.pdf", number=1)
    assert page.text == "" and page.warnings == [BLANK_WARNING] and calls == []


def test_mixed_pdf_reads_text_pages_and_ocrs_scanned_ones(tmp_path, engine):
    """A text-layer page followed by a scanned (image-only) page: each read the right way."""
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(str(SAMPLES / "case-03-simple.pdf")), [2])
    mixed.import_pages(pdfium.PdfDocument(str(SAMPLES / "scans" / "case-03-simple-scan.pdf")), [3])
    mixed.save(str(tmp_path / "mixed.pdf"))
    plain = list(read_pdf(tmp_path / "mixed.pdf"))
    assert [p.origin for p in plain] == ["text", "text"] and plain[1].text == "" and plain[1].warnings
    pages = list(read_pdf(tmp_path / "mixed.pdf", ocr=OcrOptions()))
    assert [p.origin for p in pages] == ["text", "ocr"] and [p.source_page for p in pages] == [1, 2]
    assert "收款日期" in pages[1].text and pages[1].red_seal is True


def test_missing_models_are_a_typed_error(tmp_path):
    with pytest.raises(OcrUnavailable) as raised:
        RapidOcrEngine(models=tmp_path)
    assert "PP-OCRv6_det_small.onnx" in str(raised.value) and "OCR" in raised.value.user_message


def test_disabled_engine_is_a_typed_error():
    with pytest.raises(OcrUnavailable):
        get_engine(EngineChoice(name="none"))


@pytest.mark.parametrize(
    ("text", "images", "usable"),
    [
        ("行政处罚决定书\n当事人：某某公司，统一社会信用代码：91419901MA865GXD4U", 0.0, True),
        ("", 1.0, False),
        ("第1页", 0.95, False),  # a scan with a stamped page number
        ("第1页", 0.0, True),  # a nearly empty page of a born-digital file
        ("\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009\ue00a" * 5, 0.0, False),  # private-use glyphs
        ("ÐÐÕþ´¦·£¾ö¶¨Êé µ±ÊÂÈË£º" * 3, 0.0, False),
    ],  # GBK bytes shown as Latin-1
)
def test_text_layer_decision(text, images, usable):
    assert usable_text(text, images) is usable


def test_plausible_share_counts_chinese_and_ascii():
    assert plausible_share("当事人：董英（2023）12号") == 1.0 and plausible_share("") == 1.0
    assert plausible_share("Ã¤Ã¶") < 0.5


def test_drawn_rules_count_neither_way():
    """A form's section rules typed as box-drawing characters (───── 当事人基本情况 ─────) make no garbage: a page
    that is mostly rules around short lines keeps its text layer."""
    rule = "─" * 12
    page = "\n".join(
        f"{rule} {heading} {rule}\n名称：某县某某建材有限公司" for heading in ("当事人基本情况", "处罚决定")
    )
    assert plausible_share(page) == 1.0 and usable_text(page, 0.0)


def test_rules_do_not_save_a_broken_font_map():
    """Must not match: Latin-1 garbage between drawn rules is still garbage."""
    page = ("─" * 12 + "\n" + "ÐÐÕþ´¦·£¾ö¶¨Êé µ±ÊÂÈË£º") * 3
    assert plausible_share(page) < 0.5 and not usable_text(page, 0.0)


def test_gaps_inside_a_line_become_spaces():
    assert spaced_text("当事人：董洋军性别：男", [1, 3, 5, 7, 10, 12, 14, 18, 20, 22, 24]) == "当事人：董洋军 性别：男"
    assert spaced_text("行政处罚决定书", [1, 3, 5, 7, 9, 11, 13]) == "行政处罚决定书"
    assert spaced_text("a b", [1, 9]) == "a b"  # lengths disagree: left as read


def test_cer_ignores_spacing_and_bracket_width():
    assert normalise("（印章） a") == "（印章）a" and cer("（印章）", "(印 章)") == 0
    assert edit_distance("嵩川市", "篙川市") == 1 and cer("行政处罚", "行政处") == 0.25


def test_tesseract_tsv_words_group_into_lines():
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "5\t1\t1\t1\t1\t1\t10\t20\t30\t12\t96\t行政\n"
        "5\t1\t1\t1\t1\t2\t42\t21\t30\t12\t90\t处罚\n"
        "5\t1\t1\t1\t2\t1\t10\t40\t30\t12\t-1\t \n"
    )
    (line,) = _lines_from_tsv(tsv)
    assert line.text == "行政处罚" and line.box == (10.0, 20.0, 72.0, 33.0) and line.confidence == 0.93


def test_a_scanned_red_seal_counts_where_no_seal_text_was_printed():
    """A real seal leaves no "（印章）" text: the extract stage asks the scan's own seal signal instead, and the
    decision check reads the seal it found."""
    from checklists.predicates.contents import _missing_contents
    from extractors.facts.instrument import read_facts
    from extractors.fields.marks import scanned_seal
    from reviewer.core.model import Instrument, Page

    text = "行政处罚决定书\n……\n嵩川市市场监督管理局\n2023年5月12日"
    decision = Instrument(kind="penalty_decision", title="行政处罚决定书", first_page=1, last_page=2, text=text)

    def pages(red_seal: bool | None) -> list[Page]:
        return [
            Page(index=i, source="s.pdf", source_page=i, origin="ocr", red_seal=red_seal if i == 2 else False)
            for i in (1, 2)
        ]

    def missing(red_seal: bool | None) -> list[str]:
        decision.facts = read_facts(decision, pages(red_seal))
        return _missing_contents(decision)

    assert [scanned_seal(pages(seen), 1, 2) for seen in (True, False, None)] == [True, False, None]
    assert [read_facts(decision, pages(seen)).seal for seen in (True, False, None)] == ["image", "none", "none"]
    assert "行政机关印章" not in missing(True)
    assert "行政机关印章" in missing(False)
    assert "行政机关印章" in missing(None)


def test_a_check_resting_on_low_confidence_ocr_text_goes_unknown():
    """Line confidence flows on: the evidence's OCR confidence caps the finding's, and below the bar the
    machine does not decide."""
    from checklists.engine import Outcome, _weighed, evidence_confidence
    from reviewer.core.model import Evidence, Line, Page

    page = Page(
        index=3,
        source="s.pdf",
        source_page=3,
        origin="ocr",
        text="送达回证\n2023年5月25日",
        lines=[Line(text="送达回证", confidence=0.99), Line(text="2023年5月25日", confidence=0.55)],
    )
    shaky, sure = Evidence(page=3, quote="2023年 5月25日"), Evidence(page=3, quote="送达回证")
    assert evidence_confidence([page], shaky) == 0.55 and evidence_confidence([page], sure) == 0.99
    assert _weighed(Outcome("fail", [sure]), [page]).status == "fail"
    assert _weighed(Outcome("fail", [sure]), [page]).confidence == 0.99
    downgraded = _weighed(Outcome("fail", [sure, shaky]), [page])
    assert downgraded.status == "unknown" and downgraded.confidence == 0.55 and "55%" in downgraded.note


def test_a_finding_resting_on_a_low_confidence_line_says_so():
    """Evidence read by OCR carries its line's confidence; under the bar the finding's `ocr_note` names the page
    and the confidence, whatever its status. Text-layer evidence carries none and keeps its JSON shape."""
    from checklists.engine import with_ocr_confidence
    from reviewer.core.model import Evidence, Line, Page, low_ocr_note

    scanned = Page(
        index=3,
        source="s.pdf",
        source_page=3,
        origin="ocr",
        lines=[Line(text="送达回证", confidence=0.99), Line(text="签收人：张三 2023年5月25日", confidence=0.62)],
    )
    typed = Page(index=4, source="t.pdf", source_page=1, origin="text", lines=[Line(text="送达回证")])
    shaky, sure, text = (
        Evidence(page=3, quote="2023年5月25日"),
        Evidence(page=3, quote="送达回证"),
        Evidence(page=4, quote="送达回证"),
    )
    marked = with_ocr_confidence([scanned, typed], [shaky, sure, text])
    assert [item.ocr_confidence for item in marked] == [0.62, 0.99, None]
    assert "ocr_confidence" not in marked[2].model_dump()
    as_json = [item.model_dump(mode="json") for item in marked]
    note = low_ocr_note(as_json, 0.8)
    assert note is not None and "第 3 页" in note and "62%" in note and "核对原件" in note
    assert low_ocr_note(as_json, 0.6) is None  # the bar decides
    assert low_ocr_note(as_json[1:], 0.8) is None
