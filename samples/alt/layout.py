"""Text measurement, wrapping and pagination shared by every renderer, so PDF, DOCX and scans agree on pages."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

from .model import Block, Cell, Gap, Instrument, Page, PageBreak, Picture, Placed, Table, Text

CJK_FONT = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
#: The Latin font LibreOffice puts in place of Times New Roman here; the DOCX estimate uses its widths.
DOCX_LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
PT = 25.4 / 72  # mm per point

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 27.0, 25.0, 24.0, 22.0
CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R
#: The content height a page may fill. Less than the sheet allows, so Word/LibreOffice, whose wrapping
#: differs a little from ours, never push a line onto an extra page.
CONTENT_H = PAGE_H - MARGIN_T - MARGIN_B - 10.0
CELL_PAD_X, CELL_PAD_Y = 1.6, 1.2
#: Wrap width used to estimate heights for the DOCX: slightly narrower than the PDF's.
DOCX_SAFETY = 0.97

#: Characters Word and LibreOffice never start a line with (避头) or end one with (避尾); used in the DOCX estimate.
NO_START = set("，。、；：？！）》」』”’〕】…·%")
NO_END = set("（《「『“‘〔【")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:%/\-]*|\s|.", re.S)


@lru_cache(maxsize=1)
def _fonts() -> list[tuple[Any, Any, int]]:
    fonts = []
    for path in (CJK_FONT, LATIN_FONT):
        font = TTFont(path, lazy=True)
        fonts.append((font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm))
    return fonts


@lru_cache(maxsize=1)
def _docx_latin() -> tuple[Any, Any, int]:
    font = TTFont(DOCX_LATIN_FONT, lazy=True)
    return font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm


@lru_cache(maxsize=5000)
def docx_latin_em(ch: str) -> float:
    cmap, hmtx, upm = _docx_latin()
    glyph = cmap.get(ord(ch))
    return hmtx[glyph][0] / upm if glyph else char_em(ch)


@lru_cache(maxsize=20000)
def char_em(ch: str) -> float:
    """Advance width of a character in em (the CJK font first, then the Latin fallback)."""
    for cmap, hmtx, upm in _fonts():
        glyph = cmap.get(ord(ch))
        if glyph:
            return hmtx[glyph][0] / upm
    return 1.0


def text_width(text: str, size: float, spacing: float = 0.0) -> float:
    """Width in mm at size pt with extra character spacing (pt)."""
    return sum(char_em(c) * size + spacing for c in text) * PT


def wrap_ex(
    text: str, width: float, size: float, spacing: float = 0.0, indent_chars: float = 0.0, latin_pad: float = 0.0
) -> tuple[list[str], set[int]]:
    """Greedy wrap: Latin/number runs stay whole, anything else breaks between characters (no 避头尾, as many
    case systems print). '\\n' forces a break. Returns the lines and the indexes of lines that end in a hard
    break; only the paragraph's first line is indented."""
    lines: list[str] = []
    hard: set[int] = set()
    segments = text.split("\n")
    for si, para in enumerate(segments):
        current, cur_w = "", 0.0
        avail = width - (indent_chars * size * PT if si == 0 else 0)
        for tok in _TOKEN.findall(para):
            if latin_pad and tok[0].isascii() and tok[0].isalnum():
                w = (sum(docx_latin_em(c) for c in tok) + latin_pad) * size * PT + spacing * len(tok) * PT
            else:
                w = text_width(tok, size, spacing)
            if len(tok) > 1 and w > avail + 1e-6 and (not current or cur_w + w > avail + 1e-6):
                # a run longer than a line: break it anyway, character by character
                scale = w / max(text_width(tok, size, spacing), 1e-9)
                for ch in tok:
                    cw = text_width(ch, size, spacing) * scale
                    if current and cur_w + cw > avail + 1e-6:
                        lines.append(current)
                        current, cur_w, avail = "", 0.0, width
                    current += ch
                    cur_w += cw
                continue
            if current and cur_w + w > avail + 1e-6:
                moved = ""
                if latin_pad and len(current) > 1 and (tok[0] in NO_START or current[-1] in NO_END):
                    moved = current[-1]  # the DOCX estimate: Word pulls the last character down with it
                    current = current[:-1]
                lines.append(current.rstrip(" "))
                current = moved
                cur_w = text_width(moved, size, spacing)
                avail = width
                if tok == " ":
                    continue
            current += tok
            cur_w += w
        lines.append(current)
        if si < len(segments) - 1:
            hard.add(len(lines) - 1)
    return lines, hard


def wrap(text: str, width: float, size: float, spacing: float = 0.0, indent_chars: float = 0.0) -> list[str]:
    return wrap_ex(text, width, size, spacing, indent_chars)[0]


def chunk_text(lines: list[str], hard: set[int], first: int, n: int) -> str:
    """The text of lines first..first+n-1 of a wrapped paragraph, with its hard breaks (as the DOCX writes it)."""
    out = ""
    for i in range(first, first + n):
        out += lines[i]
        if i in hard and i < first + n - 1:
            out += "\n"
    return out


def line_h(size: float, leading: float) -> float:
    return size * leading * PT


def text_lines(block: Text, safety: float = 1.0) -> list[str]:
    """The paragraph's lines as the PDF prints them; with safety < 1, a pessimistic estimate for Word/LibreOffice
    (narrower lines, wider digits, space around Latin runs)."""
    width = (CONTENT_W - block.left) * safety
    pad = 0.3 if safety < 1 else 0.0
    return wrap_ex(block.text, width, block.size, block.spacing, block.indent, pad)[0]


def cell_lines(cell_text: str, width: float, size: float, safety: float = 1.0) -> list[str]:
    pad = 0.3 if safety < 1 else 0.0
    return wrap_ex(cell_text, (width - 2 * CELL_PAD_X) * safety, size, 0.0, 0.0, pad)[0]


def row_height(table: Table, row: list[Cell], safety: float = 1.0) -> float:
    lh = line_h(table.size, table.leading)
    h = 0.0
    col = 0
    for cell in row:
        w = sum(table.widths[col : col + cell.span])
        col += cell.span
        n = len(cell_lines(cell.text, w, table.size, safety)) if cell.text else 1
        h = max(h, n * lh + 2 * CELL_PAD_Y, cell.min_h)
    return h


def footer_height(footer: list[Text]) -> float:
    return sum(len(text_lines(t, DOCX_SAFETY)) * line_h(t.size, t.leading) + t.before + t.after for t in footer)


def paginate(blocks: list[Block], footer_h: float = 0.0) -> list[list[Placed]]:
    """Place blocks top-down on pages of CONTENT_H - footer_h; paragraphs split by line, tables by row.
    Blocks sit where the PDF prints them (y); page breaks are decided on a pessimistic running total (used) that
    also holds the extra lines Word/LibreOffice may need, so the DOCX keeps the same pages."""
    avail = CONTENT_H - footer_h
    pages: list[list[Placed]] = [[]]
    y = used = 0.0

    def new_page():
        nonlocal y, used
        pages.append([])
        y = used = 0.0

    for block in blocks:
        if isinstance(block, PageBreak):
            new_page()
            continue
        if isinstance(block, Gap):
            if y > 0:
                y += block.height
                used += block.height
            continue
        if isinstance(block, Picture):
            h = block.before + block.height + block.after
            if used + h > avail and y > 0:
                new_page()
            pages[-1].append(Placed(block, y, h))
            y += h
            used += h
            continue
        if isinstance(block, Text):
            width = CONTENT_W - block.left
            all_lines, hard = wrap_ex(block.text, width, block.size, block.spacing, block.indent)
            lines = list(all_lines)
            lh = line_h(block.size, block.leading)

            def docx_lines(
                first: int,
                n: int,
                all_lines: list[str] = all_lines,
                hard: set[int] = hard,
                width: float = width,
                block: Text = block,
            ) -> int:
                """Lines Word/LibreOffice may need for the chunk of n lines from line first (its own paragraph)."""
                text = chunk_text(all_lines, hard, first, n)
                return len(
                    wrap_ex(
                        text, width * DOCX_SAFETY, block.size, block.spacing, block.indent if first == 0 else 0.0, 0.3
                    )[0]
                )

            need = lh * docx_lines(0, len(lines)) if block.keep else lh * 1
            if y > 0 and used + block.before + need > avail:
                carry = None
                last = pages[-1][-1] if pages[-1] else None
                if block.keep and last and isinstance(last.block, Text) and last.lines and not last.block.keep:
                    k = min(2, len(last.lines))
                    carry = last.lines[-k:]
                    last.lines = last.lines[:-k]
                    last.height -= k * line_h(last.block.size, last.block.leading)
                    carry_block, carry_line0 = last.block, last.line0 + len(last.lines)
                    if not last.lines:
                        pages[-1].pop()
                new_page()
                if carry:
                    ch = len(carry) * line_h(carry_block.size, carry_block.leading)
                    pages[-1].append(Placed(carry_block, 0.0, ch, lines=carry, line0=carry_line0))
                    y, used = ch, ch + 0.5 * line_h(carry_block.size, carry_block.leading)
            if y > 0:
                y += block.before
                used += block.before
            line0 = 0
            while lines:
                room = int((avail - used) // lh)
                take = lines[: max(room, 0)]
                est = 0
                while take:
                    est = docx_lines(line0, len(take))
                    if est <= room:
                        break
                    take = take[:-1]
                if not take:
                    if y == 0:  # a line longer than a page cannot be: place one anyway
                        take, est = lines[:1], 1
                    else:
                        new_page()
                        continue
                lines = lines[len(take) :]
                h = len(take) * lh
                pages[-1].append(Placed(block, y, h, lines=take, line0=line0))
                line0 += len(take)
                y += h
                used += max(est, len(take)) * lh
                if lines:
                    new_page()
            y += block.after
            used += block.after
            continue
        if isinstance(block, Table):
            pdf_h = [row_height(block, r) for r in block.rows]
            est_h = [max(h, row_height(block, r, DOCX_SAFETY)) for h, r in zip(pdf_h, block.rows, strict=False)]
            nh = block.header_rows
            if y > 0:
                y += block.before
                used += block.before
            idx = 0
            first_part = True
            while idx < len(block.rows):
                rows: list[list[Cell]] = []
                hs: list[float] = []
                est_sum = 0.0
                if not first_part and nh:
                    rows, hs, est_sum = list(block.rows[:nh]), pdf_h[:nh], float(sum(est_h[:nh]))
                start = idx
                while idx < len(block.rows) and used + est_sum + est_h[idx] <= avail:
                    rows.append(block.rows[idx])
                    hs.append(pdf_h[idx])
                    est_sum += est_h[idx]
                    idx += 1
                if idx == start:  # nothing fits here
                    if y > 0:
                        new_page()
                        continue
                    rows.append(block.rows[idx])  # an oversize row: place it anyway
                    hs.append(pdf_h[idx])
                    est_sum += est_h[idx]
                    idx += 1
                part = Table(block.widths, rows, block.size, block.leading, 0)
                pages[-1].append(Placed(part, y, sum(hs), row_heights=hs))
                y += sum(hs)
                used += est_sum
                first_part = False
                if idx < len(block.rows):
                    new_page()
            y += block.after
            used += block.after
            continue
        raise TypeError(block)
    if not pages[-1] and len(pages) > 1:
        pages.pop()
    return pages


def layout_instrument(inst: Instrument) -> None:
    """Fill inst.pages from inst.blocks and its footer."""
    probe = inst.footer(1, 1) if inst.footer else []
    fh = footer_height(probe) if probe else 0.0
    placed_pages = paginate(inst.blocks, fh)
    n = len(placed_pages)
    inst.pages = [
        Page(placed, footer=inst.footer(i + 1, n) if inst.footer else []) for i, placed in enumerate(placed_pages)
    ]


def seal_points(page: Page) -> list[tuple[float, float]]:
    """Centres (mm, page coordinates) of the seals stamped on a page: over each paragraph or cell that asks."""
    points: list[tuple[float, float]] = []
    for pl in page.placed:
        top = MARGIN_T + pl.y
        if isinstance(pl.block, Text) and pl.block.seal and pl.lines:
            b = pl.block
            lh = line_h(b.size, b.leading)
            widths = [text_width(line, b.size, b.spacing) for line in pl.lines]
            wmax = max(widths) if widths else 0
            if b.align == "right":
                cx = MARGIN_L + CONTENT_W - wmax / 2
            elif b.align == "center":
                cx = MARGIN_L + CONTENT_W / 2
            else:
                cx = MARGIN_L + b.left + wmax / 2
            points.append((cx, top + len(pl.lines) * lh / 2))
        elif isinstance(pl.block, Table) and pl.row_heights:
            y = top
            for row, rh in zip(pl.block.rows, pl.row_heights, strict=False):
                x = MARGIN_L
                col = 0
                for cell in row:
                    w = sum(pl.block.widths[col : col + cell.span])
                    if cell.seal:
                        points.append((x + w * 0.68, y + rh * 0.62))
                    x += w
                    col += cell.span
                y += rh
    return points
