"""Every export as LibreOffice prints it, measured on the rendered page (PNGs left in tests/artifacts/layout/ for
people to look at): no short word broken inside its cell, every column at least as wide as its header, about one
page per twenty items, A4, and the official-form fonts landing on a CJK serif on Debian."""

from __future__ import annotations

import datetime as dt
import math
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import pytest

from checklists.standards import load_standard
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from reviewer.reports.ledger_xlsx import LEDGER_HEAD, LedgerCase, rectification_xlsx
from reviewer.reports.sheet import SheetHeader
from reviewer.reports.sheet_docx import HEAD, name_lines, render_docx
from reviewer.reports.summary import BatchSummary, SummaryRow, rank_agencies
from reviewer.reports.summary_xlsx import RANKING_HEADER, SUMMARY_HEADER, summary_xlsx
from reviewer.reports.supervision import LetterOptions, problems_of, supervision_letter_docx
from tests.reviewer.reports.layout import RenderedPage, broken_words, header_cells, read_pages, to_pdf, to_pngs

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "samples"
ARTIFACTS = ROOT / "tests" / "artifacts" / "layout"
A4 = (595.3, 841.9)
ITEMS_PER_PAGE = 20
AGENCY = "嵩川市市场监督管理局"


@lru_cache(maxsize=4)
def _draft(sample: str, standard: str = "henan-2022") -> dict:
    _, draft = review([SAMPLES / f"{sample}.pdf"], Settings(default_standard=standard), case_id=sample)
    return draft.to_contract()


def _summary() -> BatchSummary:
    rows = []
    for index, sample in enumerate(("case-05-market-late", "case-04-market-missing-docs", "case-14-env-major-missing")):
        draft = _draft(sample)
        defects = [f["message"] for f in draft["findings"] if f["status"] == "fail"][:3]
        unqualified = draft["grade"] == "不合格"
        number, closed = f"嵩市监罚〔2023〕{index + 1}号", dt.date(2023, 5, 26)
        grade, provisional = draft["grade"] or "合格", draft["grade"] is None
        row = SummaryRow(
            sample, AGENCY, number, None, closed, "drafted", draft["score"], grade, provisional, unqualified
        )
        rows.append(SummaryRow(**{**row.__dict__, "main_defects": defects}))
    return BatchSummary("b", "第一批", {"drafted": len(rows)}, rows, rank_agencies(rows))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[RenderedPage]]:
    """Each export written, converted by LibreOffice, rendered to PNG under tests/artifacts/layout/, measured."""
    out = tmp_path_factory.mktemp("layout")
    late, missing = _draft("case-05-market-late"), _draft("case-04-market-missing-docs", "national-2021")
    header = SheetHeader(agency=AGENCY, evaluator="王复核", date=dt.date(2024, 3, 5))
    letter = LetterOptions(issuer="嵩川市司法局", letter_number="嵩司监〔2024〕3号", date=dt.date(2024, 3, 5))
    ledger = [LedgerCase(AGENCY, "嵩市监罚〔2023〕15号", late), LedgerCase(AGENCY, "嵩市监罚〔2023〕21号", missing)]
    exports = {
        "sheet-henan.docx": render_docx(late, header),
        "sheet-national.docx": render_docx(missing, header),
        "letter.docx": supervision_letter_docx(late, AGENCY, letter),
        "ledger.xlsx": rectification_xlsx(ledger, reporter_unit="嵩川市司法局", reported_on=dt.date(2024, 3, 5)),
        "summary.xlsx": summary_xlsx(_summary()),
    }
    paths = []
    for name, data in exports.items():
        (out / name).write_bytes(data)
        paths.append(out / name)
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    pages = {}
    for source, pdf in to_pdf(paths, out).items():
        to_pngs(pdf, ARTIFACTS, source.stem)
        pages[source.name] = read_pages(pdf)
    return pages


def test_official_form_fonts_fall_back_to_a_cjk_serif() -> None:
    """Windows has 宋体/仿宋; on Debian fontconfig must hand LibreOffice a CJK serif for them, not a sans."""
    for family in ("SimSun", "FangSong"):
        found = subprocess.run(
            ["fc-match", "-f", "%{family}", f"{family}:lang=zh-cn"], capture_output=True, text=True, check=True
        ).stdout
        assert "UMing" in found or "Serif CJK" in found, f"{family} → {found}: run scripts/install-system-deps.sh"


@pytest.mark.parametrize("name", ["sheet-henan.docx", "sheet-national.docx", "letter.docx"])
def test_documents_are_a4_portrait(rendered: dict[str, list[RenderedPage]], name: str) -> None:
    for page in rendered[name]:
        assert page.size == pytest.approx(A4, abs=1), (name, page.number)


@pytest.mark.parametrize("name", ["sheet-henan.docx", "sheet-national.docx", "ledger.xlsx", "summary.xlsx"])
def test_no_short_word_is_broken_inside_its_cell(rendered: dict[str, list[RenderedPage]], name: str) -> None:
    broken = [
        (page.number, cell.lines, word) for page in rendered[name] for cell in page.cells for word in broken_words(cell)
    ]
    assert not broken, broken
    assert sum(len(page.cells) for page in rendered[name]) > 20  # the tables were found at all


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("sheet-henan.docx", HEAD),
        ("sheet-national.docx", HEAD),
        ("ledger.xlsx", LEDGER_HEAD),
        ("summary.xlsx", SUMMARY_HEADER),
        ("summary.xlsx", RANKING_HEADER),
    ],
)
def test_every_column_is_as_wide_as_its_header(
    rendered: dict[str, list[RenderedPage]], name: str, head: tuple[str, ...]
) -> None:
    pages = rendered[name]
    found = next(cells for cells in (header_cells(page, head) for page in pages) if len(cells) == len(head))
    for text, cell in found.items():
        assert len(cell.lines) == 1, (name, text, cell.lines)
        assert cell.ink is not None and cell.ink[1] - cell.ink[0] <= cell.width, (name, text)


def test_sheet_header_repeats_on_every_page(rendered: dict[str, list[RenderedPage]]) -> None:
    pages = rendered["sheet-henan.docx"]
    table_pages = [page for page in pages if any(cell.text == "扣分理由" for cell in page.cells)]
    assert len(table_pages) >= 2 and all(len(header_cells(page, HEAD)) == len(HEAD) for page in table_pages)


def test_about_one_page_per_twenty_items(rendered: dict[str, list[RenderedPage]]) -> None:
    """A page for every twenty items, and one more for the header block, the totals and the signatures."""
    items = {
        "sheet-henan.docx": len(_draft("case-05-market-late")["findings"]),
        "sheet-national.docx": len(_draft("case-04-market-missing-docs", "national-2021")["findings"]),
        "letter.docx": len(problems_of(_draft("case-05-market-late"))),
    }
    for name, count in items.items():
        assert len(rendered[name]) <= math.ceil(count / ITEMS_PER_PAGE) + 1, (name, count, len(rendered[name]))


def test_the_sheet_reads_like_the_paper_form(rendered: dict[str, list[RenderedPage]]) -> None:
    """Header block, every check by its Chinese name (never its code), category subtotals, total, grade,
    the items left to settle and the signature lines."""
    pages = rendered["sheet-henan.docx"]
    text = "\n".join(page.text for page in pages)
    flat = "".join(text.split()).replace("\u3000", "")
    cells = [cell.text for page in pages for cell in page.cells]
    for label in ("被评查单位", "案件名称", "当事人", "评查标准", "评查人", "评查日期"):
        assert label in flat, label
    assert AGENCY in cells and "王复核" in cells and "2024年3月5日" in cells
    henan = load_standard("henan-2022")
    for check in henan.checks:
        assert all(part in flat for part in name_lines(check.name)), check.name
        assert check.id not in text
    for category in henan.categories:
        assert category.name in flat
    assert flat.count("小计") == len(henan.categories) and "合计" in flat
    assert "总得分" in flat and "评定等级" in flat and "待人工核定事项" in flat
    assert "评查人（签字）" in flat and "复核人（签字）" in flat
