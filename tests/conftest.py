"""Shared fixtures: small PDFs and DOCX files built on the fly, so every input is reproducible."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import pytest

CJK_FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

#: A page is a list of lines; a line starting with "# " is a centred title in a large size.
PageSpec = Sequence[str]


def build_pdf(path: Path, pages: Sequence[PageSpec], *, rotation: int = 0, password: str | None = None) -> Path:
    from fpdf import FPDF

    assert CJK_FONT.exists(), "fonts-droid-fallback missing: run scripts/install-system-deps.sh"
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
    pdf.add_font("cjk", fname=str(CJK_FONT))
    pdf.add_font("latin", fname=str(LATIN_FONT))
    pdf.set_fallback_fonts(["latin"])
    pdf.set_auto_page_break(False)
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    for lines in pages:
        pdf.add_page()
        pdf.set_y(30)
        for line in lines:
            if line.startswith("# "):
                pdf.set_font("cjk", size=20)
                pdf.cell(0, 14, line[2:], align="C", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("cjk", size=12)
                pdf.cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    if rotation:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(path))
        for page in document:
            page.set_rotation(rotation)
        document.save(str(path) + ".rot")
        document.close()
        Path(str(path) + ".rot").replace(path)
    return path


def build_docx(path: Path, pages: Sequence[PageSpec]) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = Document()
    for number, lines in enumerate(pages):
        if number:
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        for line in lines:
            if line.startswith("# "):
                paragraph = document.add_paragraph()
                run = paragraph.add_run(line[2:])
                run.bold = True
                run.font.size = Pt(20)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str, pages: Sequence[PageSpec], **options) -> Path:
        return build_pdf(tmp_path / name, pages, **options)

    return make


@pytest.fixture
def make_docx(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str, pages: Sequence[PageSpec]) -> Path:
        return build_docx(tmp_path / name, pages)

    return make
