"""Formatting that Word layers onto a paragraph or run: document defaults, then the style's `basedOn` chain,
then the element's own properties. The reader and the page estimate need only a few of them (alignment, size,
bold, hidden, spacing, indents, page-break-before), so they are read from the raw XML into small dicts and
cached per style; this module also holds the WordprocessingML namespace names the sibling modules share.
"""

from __future__ import annotations

from typing import Any, overload

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
NS = {"w": W_NS, "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"}
_OFF = {"0", "false", "off", "none"}
_ALIGN = {"center": "center", "right": "right", "end": "right"}
#: Formatting values read from the XML: floats (points), bools and strings by key ("size", "bold", "rule" …).
Attrs = dict[str, Any]


def w(tag: str) -> str:
    """The Clark name of a tag in the WordprocessingML namespace."""
    return f"{{{W_NS}}}{tag}"


PPR, RPR, VAL = w("pPr"), w("rPr"), w("val")


def _on(element: etree._Element) -> bool:
    return element.get(VAL, "true").lower() not in _OFF


@overload
def pt(element: etree._Element | None, attr: str) -> float | None: ...
@overload
def pt(element: etree._Element | None, attr: str, default: float) -> float: ...
def pt(element: etree._Element | None, attr: str, default: float | None = None) -> float | None:
    """A twips attribute in points (`default` when absent or unreadable)."""
    value = element.get(w(attr)) if element is not None else None
    try:
        return float(value) / 20 if value is not None else default
    except ValueError:
        return default


def ppr_values(ppr: etree._Element | None) -> Attrs:
    """The paragraph properties we use, only those the element sets, so styles can be layered."""
    values: Attrs = {}
    if ppr is None:
        return values
    if (jc := ppr.find(w("jc"))) is not None:
        values["align"] = _ALIGN.get(jc.get(VAL, ""), "left")
    if (pbb := ppr.find(w("pageBreakBefore"))) is not None:
        values["break_before"] = _on(pbb)
    if (spacing := ppr.find(w("spacing"))) is not None:
        values.update({key: v for key in ("before", "after", "line") if (v := pt(spacing, key)) is not None})
        if rule := spacing.get(w("lineRule")):
            values["rule"] = rule
    if (ind := ppr.find(w("ind"))) is not None:
        values["indent"] = sum(pt(ind, key, 0.0) for key in ("left", "start", "right", "end"))
        values["first"] = pt(ind, "firstLine", 0.0) - pt(ind, "hanging", 0.0)
    return values


def rpr_values(rpr: etree._Element | None) -> Attrs:
    values: Attrs = {}
    if rpr is None:
        return values
    if (sz := rpr.find(w("sz"))) is not None and (sz.get(VAL) or "").isdigit():
        values["size"] = int(sz.get(VAL)) / 2
    if (bold := rpr.find(w("b"))) is not None:
        values["bold"] = _on(bold)
    if (vanish := rpr.find(w("vanish"))) is not None:
        values["hidden"] = _on(vanish)
    return values


class Styles:
    """Style look-ups along `basedOn` chains, cached: most paragraphs share a handful of styles."""

    def __init__(self, root: etree._Element | None):
        found = root.iterfind("w:style", NS) if root is not None else ()
        self._styles = {style.get(w("styleId")): style for style in found}
        self.default = next(
            (
                sid
                for sid, s in self._styles.items()
                if s.get(w("type")) == "paragraph" and s.get(w("default"), "0") in {"1", "true", "on"}
            ),
            None,
        )
        defaults = root.find("w:docDefaults", NS) if root is not None else None
        self._defaults = (
            {}
            if defaults is None
            else {
                **ppr_values(defaults.find("w:pPrDefault/w:pPr", NS)),
                **rpr_values(defaults.find("w:rPrDefault/w:rPr", NS)),
            }
        )
        self._cache: dict[tuple[str | None, bool], Attrs] = {}

    def paragraph(self, style_id: str | None) -> Attrs:
        """Merged pPr/rPr values of a paragraph style (the default style when none is named)."""
        return self._resolve(style_id or self.default, True)

    def character(self, style_id: str | None) -> Attrs:
        return self._resolve(style_id, False) if style_id else {}

    def _resolve(self, style_id: str | None, with_defaults: bool) -> Attrs:
        key = (style_id, with_defaults)
        if key not in self._cache:
            chain: list[etree._Element] = []
            while style_id in self._styles and len(chain) < 20:
                chain.append(self._styles[style_id])
                based = chain[-1].find("w:basedOn", NS)
                style_id = based.get(VAL) if based is not None else None
            values = dict(self._defaults) if with_defaults else {}
            for style in reversed(chain):
                values.update(ppr_values(style.find(PPR)), **rpr_values(style.find(RPR)))
            self._cache[key] = values
        return self._cache[key]
