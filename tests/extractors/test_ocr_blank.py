"""Blank pages by structure, not ink: sparse, faint and one-line pages are read; only empty ones are skipped.

Pages are drawn here with the samples' CJK font at 200 dpi, then spoiled like a copier would (paper tone,
noise, blur, JPEG), so each test knows exactly which text is on the page.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractors.ocr.cleanup import is_blank, lift_faint, text_marks
from extractors.ocr.page import BLANK_WARNING, ocr_page
from extractors.ocr.registry import EngineChoice, get_engine
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from samples.render_pdf import CJK_FONT

ROOT = Path(__file__).resolve().parents[2]
DPI = 200
A4 = (1654, 2339)

SIGNATURE = "当事人签名：张三"
EVIDENCE_ROWS = ("证据清单", "一、现场检查笔录一份", "二、询问笔录两份")
FAINT_ROWS = ("以上笔录已向我宣读，与我所述一致。", "被询问人：王小明", "二〇二三年五月十二日")


def page(
    rows: tuple[tuple[int, int, str], ...],
    *,
    ink: int = 20,
    paper: int = 250,
    noise: float = 0.0,
    blur: float = 0.0,
    jpeg: int | None = None,
    seed: int = 0,
) -> Image.Image:
    """An A4 page at 200 dpi with `rows` (x, y, text) in 10.5-pt print of grey level `ink`, spoiled as asked.

    The CJK font has no Latin digits: dates are written in Chinese numerals."""
    image = Image.new("L", A4, paper)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(CJK_FONT), 29)
    for x, y, text in rows:
        draw.text((x, y), text, fill=ink, font=font)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        pixels = np.asarray(image, dtype=np.float64) + np.random.default_rng(seed).normal(0, noise, image.size[::-1])
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if jpeg:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=jpeg)
        image = Image.open(io.BytesIO(buffer.getvalue()))
        image.load()
    return image


def copier(rows: tuple[tuple[int, int, str], ...], **spoil: float) -> Image.Image:
    """The page as a tired copier gives it: grey paper, noise, blur and heavy JPEG."""
    return page(rows, **{"paper": 236, "noise": 14.0, "blur": 0.9, "jpeg": 35, **spoil})  # type: ignore[arg-type]


SPARSE = tuple((200, 250 + 70 * i, text) for i, text in enumerate(EVIDENCE_ROWS))
ONE_LINE = ((880, 2050, SIGNATURE),)
FAINT = tuple((200, 300 + 70 * i, text) for i, text in enumerate(FAINT_ROWS))


@pytest.mark.parametrize(
    ("name", "image"),
    [
        ("sparse", page(SPARSE)),
        ("sparse, copier", copier(SPARSE)),
        ("one signature line", page(ONE_LINE)),
        ("one signature line, copier", copier(ONE_LINE)),
        ("light-grey toner", page(FAINT, ink=205)),
        ("very light toner", page(FAINT, ink=226)),
        ("light toner, copier", copier(FAINT, ink=190)),
        ("page number only", page(((800, 2200, "第3页"),))),
    ],
)
def test_pages_with_a_little_text_are_not_blank(name, image):
    """Each of these holds under 0.15 % dark pixels, the ink share the old rule called blank."""
    small = np.asarray(image.reduce(4))
    assert float((small < 140).mean()) < 0.0015 or name.startswith("sparse"), name
    assert not is_blank(image, DPI), (name, text_marks(image, DPI))


@pytest.mark.parametrize(
    ("name", "image"),
    [
        ("white", page(())),
        ("grey paper, copier", copier(())),
        ("darker paper, more noise", page((), paper=226, noise=20.0, blur=0.5, jpeg=30, seed=3)),
    ],
)
def test_truly_empty_backs_are_blank(name, image):
    assert is_blank(image, DPI), (name, text_marks(image, DPI))


def test_uneven_light_and_a_dark_scanner_edge_are_not_text():
    """A photo's light falls off across the sheet and the scanner lid shows as a dark band at the edge: both
    are too large to be glyphs."""
    ramp = np.linspace(250, 170, A4[0])[None, :].repeat(A4[1], axis=0)
    ramp[:, :60] = 40
    assert is_blank(Image.fromarray(ramp.astype(np.uint8)), DPI)


def test_faint_print_is_stretched_and_black_print_left_alone():
    black, faint = page(SPARSE), page(SPARSE, ink=215)
    assert lift_faint(black) is black
    lifted = np.asarray(lift_faint(faint))
    assert lifted.min() < 40 and np.median(lifted) == 255  # the light toner's ink near black, the paper white


@pytest.fixture(scope="module")
def engine():
    return get_engine(EngineChoice())


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        (copier(ONE_LINE), [SIGNATURE]),
        (copier(FAINT, ink=190), list(FAINT_ROWS)),
        (page(SPARSE, ink=215), list(EVIDENCE_ROWS)),
    ],
    ids=["signature", "faint", "sparse-light"],
)
def test_sparse_and_faint_pages_are_read(engine, image, expected):
    scanned = ocr_page(image, engine, dpi=DPI, source="s.pdf", number=1)
    # The recogniser may give 〇 as the digit 0; the date reader takes both (extractors/fields/dates.py).
    squeezed = "".join(scanned.text.split()).replace("0", "〇")
    assert not scanned.blank and BLANK_WARNING not in scanned.warnings
    for text in expected:
        assert "".join(text.split()) in squeezed, (text, scanned.text)


def test_empty_back_is_blank_without_calling_the_engine():
    calls: list[Image.Image] = []

    class Counting:
        name = "counting"

        def read(self, image: Image.Image) -> list:
            calls.append(image)
            return []

    scanned = ocr_page(copier(()).convert("RGB"), Counting(), dpi=DPI, source="b.pdf", number=1)
    assert scanned.blank and scanned.text == "" and scanned.warnings == [BLANK_WARNING] and calls == []


def test_a_blank_page_stays_in_the_case_and_goes_to_the_evaluator(tmp_path):
    """An empty back scanned between two documents keeps its place and number, and the draft lists it."""
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(ROOT / "samples" / "case-03-simple.pdf", folder / "1.pdf")
    copier(()).save(folder / "2.png")
    case, draft = review([folder], Settings())
    assert [page.origin for page in case.pages] == ["text"] * 4 + ["ocr"]
    assert case.pages[-1].blank and case.pages[-1].source == "2.png"
    assert draft.pages == 5 and draft.blank_pages == [5]
    contract = json.loads(json.dumps(draft.to_contract(), ensure_ascii=False))
    assert contract["blank_pages"] == [5] and contract["needs_review"][-1] == "page:5"
    assert all(item == "page:5" or not item.startswith("page:") for item in contract["needs_review"])
