"""Render the hand-written decisions (texts/hNNN.md) to text-layer PDFs (cases/hNNN.pdf), byte for byte the same
on every run: `python -m samples.handdec.render [hNNN ...]`. The later hand-written sets (samples/handdec2 …) keep
their texts and cases in their own folders and are rendered by this one code path:
`python -m samples.handdec.render --set handdec3 [mNNN ...]`.

A text is what a clerk typed, with a little markup for layout (described in README.md): `%% key: value` lines on
top set the page (font size, margins, alignment, running header and footer), `^` centres a line, `>` sets it
flush right, `<` sets it flush left without the first-line indent, `===` starts a new page, a blank line is a
small gap. Everything else is a paragraph with a two-character first-line indent. The fonts are the same CJK and
Latin fonts samples/alt embeds (cut down to the characters the texts use), drawn with fpdf2 like samples/alt.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align, WrapMode, XPos, YPos

from samples.alt.fonts import subset_fonts

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
CASES = HERE / "cases"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
EXTRA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .,:;!?%()[]/-+*=#@&'\"¥×—…·“”《》〔〕（）【】、。，：；！？　○〇第页共"


@dataclass
class Style:
    """How one decision's pages look; each text sets its own (its `%%` lines)."""

    size: float = 12.0
    title_size: float = 18.0
    leading: float = 1.75
    margin_l: float = 28.0
    margin_r: float = 26.0
    margin_t: float = 25.0
    margin_b: float = 24.0
    align: str = "J"
    header: str = ""
    footer: str = ""
    creator: str = "办公文档处理系统"


@dataclass
class Block:
    """One line of the text: its kind (para, center, right, left, title, gap, page) and its words."""

    kind: str
    text: str = ""


def parse(source: str) -> tuple[Style, list[Block]]:
    """The text's page settings and its blocks, in order."""
    style = Style()
    blocks: list[Block] = []
    for raw in source.splitlines():
        line = raw.rstrip()
        if line.startswith("%%"):
            key, _, value = line[2:].partition(":")
            key, value = key.strip(), value.strip()
            field = Style.__dataclass_fields__[key]
            setattr(style, key, float(value) if field.type in ("float", float) else value)
        elif line == "===":
            blocks.append(Block("page"))
        elif not line.strip():
            blocks.append(Block("gap"))
        elif line.startswith("^^"):
            blocks.append(Block("title", line[2:].strip()))
        elif line.startswith("^"):
            blocks.append(Block("center", line[1:].strip()))
        elif line.startswith(">"):
            blocks.append(Block("right", line[1:].strip()))
        elif line.startswith("<"):
            blocks.append(Block("left", line[1:].strip()))
        else:
            blocks.append(Block("para", line.strip()))
    return style, blocks


def _charset(source: str) -> str:
    """The characters one PDF can need: its text's and the furniture's (page numbers, indents)."""
    chars = set(EXTRA) | set(source)
    return "".join(sorted(c for c in chars if c.isprintable() or c == "　"))


@lru_cache(maxsize=64)
def fonts(chars: str) -> tuple[str, str]:
    """Paths of the CJK and Latin fonts cut down to `chars` (cached per machine: loading the full CJK font is
    slow), so each PDF depends on its own text only."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return subset_fonts(chars, Path(base) / "casefile-handdec-fonts")


class _PDF(FPDF):
    def __init__(self, style: Style, title: str, chars: str):
        super().__init__(format="A4", unit="mm")
        self.style = style
        self.set_creation_date(FIXED_DATE)
        self.set_margins(style.margin_l, style.margin_t, style.margin_r)
        self.set_auto_page_break(True, margin=style.margin_b)
        cjk, latin = fonts(chars)
        self.add_font("cjk", fname=cjk)
        self.add_font("latin", fname=latin)
        self.set_fallback_fonts(["latin"], exact_match=False)
        self.set_title(title)
        self.set_creator(style.creator)
        self.set_producer("fpdf2")
        self.total = 0

    def header(self) -> None:
        if self.style.header:
            self.set_font("cjk", size=9)
            self.set_xy(self.l_margin, 12)
            self.cell(self.epw, 5, self.style.header, align=Align.C)
            self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        if self.style.footer:
            self.set_font("cjk", size=9.5)
            self.set_xy(self.l_margin, self.h - 16)
            text = self.style.footer.replace("{n}", str(self.page_no())).replace("{N}", str(self.total))
            self.cell(self.epw, 5, text, align=Align.C)


def render(source: str, title: str) -> bytes:
    """The PDF of one text: laid out once to count the pages (for 共 N 页), then for good."""
    style, blocks = parse(source)
    total = _draw(_PDF(style, title, _charset(source)), style, blocks).page_no()
    pdf = _PDF(style, title, _charset(source))
    pdf.total = total
    return bytes(_draw(pdf, style, blocks).output())


def _draw(pdf: _PDF, style: Style, blocks: list[Block]) -> _PDF:
    pdf.add_page()
    line_mm = style.size * 0.3528 * style.leading
    indent = "\u3000\u3000"
    for block in blocks:
        if block.kind == "page":
            pdf.add_page()
            continue
        if block.kind == "gap":
            pdf.ln(line_mm * 0.5)
            continue
        size = style.title_size if block.kind == "title" else style.size
        pdf.set_font("cjk", size=size)
        height = size * 0.3528 * style.leading
        pdf.set_x(pdf.l_margin)
        if block.kind in ("title", "center"):
            pdf.multi_cell(
                pdf.epw, height, block.text, align=Align.C, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        elif block.kind == "right":
            pdf.multi_cell(
                pdf.epw, height, block.text, align=Align.R, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        elif block.kind == "left":
            pdf.multi_cell(
                pdf.epw, height, block.text, align=Align.L, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        else:
            align = Align.J if style.align == "J" else Align.L
            pdf.multi_cell(
                pdf.epw,
                height,
                indent + block.text,
                align=align,
                wrapmode=WrapMode.CHAR,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
    return pdf


def render_one(stem: str, out_dir: Path | None = None, root: Path = HERE) -> Path:
    """Render <root>/texts/<stem>.md to <out_dir>/<stem>.pdf (default <root>/cases)."""
    source = (root / "texts" / f"{stem}.md").read_text(encoding="utf-8")
    out_dir = root / "cases" if out_dir is None else out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{stem}.pdf"
    path.write_bytes(render(source, stem))
    return path


def stems(root: Path = HERE) -> list[str]:
    """The texts there are under <root>/texts, in order."""
    return sorted(p.stem for p in (root / "texts").glob("*.md"))


def set_root(name: str) -> Path:
    """The folder of the hand-written set `name` (handdec, handdec2, …): samples/<name>."""
    root = HERE.parent / name
    if not (root / "texts").is_dir():
        raise SystemExit(f"no hand-written set {name!r}: {root / 'texts'} is missing")
    return root


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m samples.handdec.render", description="Render hand-written decisions to text-layer PDFs."
    )
    parser.add_argument("stems", nargs="*", help="texts to render (default: all of the set)")
    parser.add_argument("--set", default="handdec", help="the hand-written set's folder under samples/")
    parser.add_argument("--out", type=Path, help="write the PDFs here instead of the set's cases/")
    args = parser.parse_args(argv)
    root = set_root(args.set)
    for stem in args.stems or stems(root):
        print(render_one(stem, args.out, root=root))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
