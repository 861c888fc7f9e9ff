"""Small copies of the two fonts holding only the characters this package can ever write (every string comes from
its sources), so each PDF loads a font of a few thousand glyphs instead of thirty thousand. Built once per machine
and cached; the glyphs are the fonts' own, so the PDFs look the same."""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from fontTools import subset as ftsubset  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

from .layout import CJK_FONT, LATIN_FONT

HERE = Path(__file__).parent
EXTRA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .,:;!?%()[]/-+*=#@&'\"¥×√□☑—…·“”‘’《》〔〕（）【】「」、。，：；！？　○〇"


def charset() -> str:
    chars = set(EXTRA)
    for path in sorted(HERE.glob("*.py")) + sorted(HERE.glob("*.yaml")):
        chars |= set(path.read_text(encoding="utf-8"))
    return "".join(sorted(c for c in chars if c.isprintable() or c == "　"))


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "casefile-alt-fonts"


def subset_font(src: str, chars: str, out: Path) -> None:
    """Write the font `src` cut down to `chars` to `out` (atomically, without timestamps: the same bytes each run)."""
    font = TTFont(src, recalcTimestamp=False)
    options = ftsubset.Options()
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = []
    sub = ftsubset.Subsetter(options)
    sub.populate(text=chars)
    sub.subset(font)
    tmp = out.with_suffix(".part")
    font.save(str(tmp))
    tmp.replace(out)


def subset_fonts(chars: str, folder: Path) -> tuple[str, str]:
    """Paths of the CJK and Latin fonts cut down to `chars`, kept in `folder` by a hash of `chars` (cutting the
    full CJK font is slow, so each cut is made once per machine)."""
    key = hashlib.sha1(chars.encode("utf-8")).hexdigest()[:12]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for src, name in ((CJK_FONT, "cjk"), (LATIN_FONT, "latin")):
        out = folder / f"{name}-{key}.ttf"
        if not out.exists():
            subset_font(src, chars, out)
        paths.append(str(out))
    return paths[0], paths[1]


@lru_cache(maxsize=1)
def pdf_fonts() -> tuple[str, str]:
    """Paths of the CJK and Latin fonts to embed."""
    return subset_fonts(charset(), _cache_dir())
