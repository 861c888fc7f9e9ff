"""The hand-written decisions (samples/handdec, handdec2, … every set in SETS, one renderer): every
committed PDF is what its text renders to, byte for byte, and every truth value occurs in the PDF's text (read with
pdfplumber, never with the project's extractors) or a note in the label says why not — the same mechanical second
pass as the real decisions' labels."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType

import pdfplumber
import pytest

from samples.handdec import render

ROOT = Path(__file__).resolve().parents[2]
#: Each set's folder and the smallest number of decisions it must hold.
SETS = {
    "handdec": (render.set_root("handdec"), 15),
    "handdec2": (render.set_root("handdec2"), 10),
    "handdec3": (render.set_root("handdec3"), 15),
    "handdec4": (render.set_root("handdec4"), 15),
    "handdec5": (render.set_root("handdec5"), 20),
    "handdec6": (render.set_root("handdec6"), 20),
    "handdec7": (render.set_root("handdec7"), 30),
    "handdec8": (render.set_root("handdec8"), 25),
    "handdec9": (render.set_root("handdec9"), 18),
    "handdec10": (render.set_root("handdec10"), 25),
    "handdec11": (render.set_root("handdec11"), 25),
    "handdec12": (render.set_root("handdec12"), 18),
    "handdec13": (render.set_root("handdec13"), 20),
    "handdec14": (render.set_root("handdec14"), 25),
    "handdec15": (render.set_root("handdec15"), 25),
    "handdec16": (render.set_root("handdec16"), 20),
    "handdec17": (render.set_root("handdec17"), 20),
    "handdec18": (render.set_root("handdec18"), 20),
    "handdec19": (render.set_root("handdec19"), 30),
    "handdec20": (render.set_root("handdec20"), 20),
    "handdec21": (render.set_root("handdec21"), 20),
    "handdec22": (render.set_root("handdec22"), 20),
    "handdec23": (render.set_root("handdec23"), 30),
    "handdec24": (render.set_root("handdec24"), 20),
    "handdec25": (render.set_root("handdec25"), 20),
    "handdec26": (render.set_root("handdec26"), 20),
    "handdec27": (render.set_root("handdec27"), 20),
    "handdec28": (render.set_root("handdec28"), 20),
    "handdec29": (render.set_root("handdec29"), 28),
    "handdec31": (render.set_root("handdec31"), 22),
    "handdec34": (render.set_root("handdec34"), 20),
    "handdec32": (render.set_root("handdec32"), 22),
    "handdec30": (render.set_root("handdec30"), 22),
    "handdec33": (render.set_root("handdec33"), 22),
    "handdec35": (render.set_root("handdec35"), 22),
    "handdec36": (render.set_root("handdec36"), 22),
    "handdec38": (render.set_root("handdec38"), 22),
    "handdec37": (render.set_root("handdec37"), 22),
    "handdec40": (render.set_root("handdec40"), 22),
    "handdec39": (render.set_root("handdec39"), 22),
    "handdec41": (render.set_root("handdec41"), 22),
    "handdec42": (render.set_root("handdec42"), 22),
    "handdec44": (render.set_root("handdec44"), 22),
    "handdec43": (render.set_root("handdec43"), 27),
    "handdec45": (render.set_root("handdec45"), 22),
    "handdec46": (render.set_root("handdec46"), 22),
    "handdec47": (render.set_root("handdec47"), 22),
    "handdec48": (render.set_root("handdec48"), 22),
    "handdec49": (render.set_root("handdec49"), 22),
    "handdec50": (render.set_root("handdec50"), 22),
    "handdec51": (render.set_root("handdec51"), 22),
    "handdec59": (render.set_root("handdec59"), 22),
    "handdec53": (render.set_root("handdec53"), 22),
    "handdec55": (render.set_root("handdec55"), 22),
    "handdec54": (render.set_root("handdec54"), 22),
    "handdec56": (render.set_root("handdec56"), 22),
    "handdec52": (render.set_root("handdec52"), 27),
    "handdec58": (render.set_root("handdec58"), 22),
    "handdec57": (render.set_root("handdec57"), 22),
    "handdec60": (render.set_root("handdec60"), 22),
    "handdec65": (render.set_root("handdec65"), 22),
    "handdec64": (render.set_root("handdec64"), 22),
    "handdec67": (render.set_root("handdec67"), 22),
    "handdec63": (render.set_root("handdec63"), 22),
    "handdec66": (render.set_root("handdec66"), 22),
    "handdec68": (render.set_root("handdec68"), 22),
    "handdec62": (render.set_root("handdec62"), 22),
    "handdec61": (render.set_root("handdec61"), 27),
    "handdec70": (render.set_root("handdec70"), 22),
    "handdec71": (render.set_root("handdec71"), 22),
    "handdec69": (render.set_root("handdec69"), 27),
    "handdec72": (render.set_root("handdec72"), 22),
    "handdec74": (render.set_root("handdec74"), 22),
    "handdec75": (render.set_root("handdec75"), 22),
    "handdec73": (render.set_root("handdec73"), 22),
    "handdec76": (render.set_root("handdec76"), 22),
    "handdec78": (render.set_root("handdec78"), 22),
    "handdec77": (render.set_root("handdec77"), 22),
    "handdec82": (render.set_root("handdec82"), 22),
    "handdec81": (render.set_root("handdec81"), 22),
    "handdec79": (render.set_root("handdec79"), 22),
    "handdec84": (render.set_root("handdec84"), 22),
    "handdec83": (render.set_root("handdec83"), 22),
    "handdec80": (render.set_root("handdec80"), 27),
    "handdec85": (render.set_root("handdec85"), 22),
    "handdec86": (render.set_root("handdec86"), 22),
    "handdec88": (render.set_root("handdec88"), 22),
    "handdec87": (render.set_root("handdec87"), 27),
    "handdec89": (render.set_root("handdec89"), 27),
    "handdec95": (render.set_root("handdec95"), 22),
    "handdec90": (render.set_root("handdec90"), 22),
    "handdec92": (render.set_root("handdec92"), 22),
    "handdec91": (render.set_root("handdec91"), 22),
    "handdec93": (render.set_root("handdec93"), 22),
    "handdec97": (render.set_root("handdec97"), 27),
    "handdec94": (render.set_root("handdec94"), 22),
    "handdec96": (render.set_root("handdec96"), 27),
    "handdec98": (render.set_root("handdec98"), 22),
    "handdec99": (render.set_root("handdec99"), 22),
    "handdec101": (render.set_root("handdec101"), 22),
    "handdec100": (render.set_root("handdec100"), 22),
    "handdec102": (render.set_root("handdec102"), 22),
}
#: The sets whose misses nobody reads (their labels say "heldout", so the benches hide their misses); the others
#: are development sets.
HELD_OUT = {
    "handdec4",
    "handdec7",
    "handdec14",
    "handdec19",
    "handdec23",
    "handdec28",
    "handdec29",
    "handdec33",
    "handdec38",
    "handdec43",
    "handdec52",
    "handdec61",
    "handdec69",
    "handdec80",
    "handdec87",
    "handdec89",
    "handdec97",
    "handdec96",
}
CASES = [(name, stem) for name, (root, _) in SETS.items() for stem in render.stems(root)]


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _label(name: str, stem: str, kind: str = "labels") -> dict:
    return json.loads((SETS[name][0] / "cases" / kind / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_complete(name: str) -> None:
    root, least = SETS[name]
    stems = render.stems(root)
    assert len(stems) >= least
    cases = root / "cases"
    for stem in stems:
        for path in (cases / f"{stem}.pdf", cases / "labels" / f"{stem}.json", cases / "checks" / f"{stem}.json"):
            assert path.exists(), f"{path} missing: run python -m samples.{name}.render and write its truth"
    assert sorted(p.stem for p in (cases / "labels").glob("*.json")) == stems
    assert sorted(p.stem for p in (cases / "checks").glob("*.json")) == stems


@pytest.mark.parametrize(("name", "stem"), CASES)
def test_rendering_is_deterministic(name: str, stem: str, tmp_path: Path) -> None:
    root = SETS[name][0]
    first = render.render_one(stem, tmp_path / "a", root=root)
    second = render.render_one(stem, tmp_path / "b", root=root)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == (root / "cases" / f"{stem}.pdf").read_bytes(), f"{stem}.pdf is stale: render it again"


@pytest.mark.parametrize(("name", "stem"), CASES)
def test_truth_holds_against_the_pdf_text(name: str, stem: str, labelcheck: ModuleType) -> None:
    label, checks = _label(name, stem), _label(name, stem, "checks")
    assert label["file"] == checks["file"] == f"{stem}.pdf"
    assert label["split"] == ("heldout" if name in HELD_OUT else "dev")
    found = list(labelcheck.problems(label, pdf_text(SETS[name][0] / "cases" / f"{stem}.pdf")))
    found += list(labelcheck.check_problems(checks))
    assert not found, "\n".join(found)


#: Where the renderer prints the running header and footer (mm from the page's top and bottom edge).
_HEADER_BOTTOM_MM, _FOOTER_TOP_MM = 17.5, 16.5


def body_text(path: Path, style: render.Style) -> str:
    """The PDF's text without the running header and footer (cropped away by position), whitespace dropped."""
    points = 72 / 25.4
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            top = _HEADER_BOTTOM_MM * points if style.header else 0
            bottom = page.height - _FOOTER_TOP_MM * points if style.footer else page.height
            parts.append(page.crop((0, top, page.width, bottom)).extract_text() or "")
    return re.sub(r"\s+", "", "".join(parts))


@pytest.mark.parametrize(("name", "stem"), CASES)
def test_every_line_of_the_text_reaches_the_text_layer(name: str, stem: str) -> None:
    """The renderer's fallback fonts can drop a run of lines silently (a line opening with a Latin-font character
    after a title or a page break); a label checked against such a PDF would be checked against less than was
    written."""
    root = SETS[name][0]
    style, blocks = render.parse((root / "texts" / f"{stem}.md").read_text(encoding="utf-8"))
    text = body_text(root / "cases" / f"{stem}.pdf", style)
    lost = [block.text for block in blocks if block.text and re.sub(r"\s+", "", block.text) not in text]
    assert not lost, f"{stem}: lines missing from the PDF's text layer: {lost[:3]}"


def test_a_line_the_pdf_lacks_is_reported_lost() -> None:
    name, stem = CASES[0]
    root = SETS[name][0]
    style, blocks = render.parse(
        (root / "texts" / f"{stem}.md").read_text(encoding="utf-8") + "\n未印此行的虚构句子。\n"
    )
    text = body_text(root / "cases" / f"{stem}.pdf", style)
    lost = [block.text for block in blocks if block.text and re.sub(r"\s+", "", block.text) not in text]
    assert lost == ["未印此行的虚构句子。"]


@pytest.mark.parametrize(
    ("field", "value"), [("doc_number", "未印此号〔2099〕1号"), ("party", {"name": "未印此名的虚构公司"})]
)
def test_the_second_pass_catches_a_value_the_pdf_lacks(field: str, value: object, labelcheck: ModuleType) -> None:
    name, stem = CASES[0]
    label = _label(name, stem)
    label[field] = {**label[field], **value} if isinstance(value, dict) else value
    label["notes"] = []
    found = list(labelcheck.problems(label, pdf_text(SETS[name][0] / "cases" / f"{stem}.pdf")))
    assert any(p.startswith(field) for p in found), found


#: The first letter of each set's stems: a text put in the wrong set's folder shows.
PREFIX = {
    "handdec": "h",
    "handdec2": "k",
    "handdec3": "m",
    "handdec4": "n",
    "handdec5": "q",
    "handdec6": "r",
    "handdec7": "s",
    "handdec8": "t",
    "handdec9": "u",
    "handdec10": "v",
    "handdec11": "w",
    "handdec12": "x",
    "handdec13": "y",
    "handdec14": "z",
    "handdec15": "a",
    "handdec16": "b",
    "handdec17": "c",
    "handdec18": "e",
    "handdec19": "f",
    "handdec20": "g",
    "handdec21": "j",
    "handdec22": "l",
    "handdec23": "i",
    "handdec24": "o",
    "handdec25": "pa",
    "handdec26": "pb",
    "handdec27": "pc",
    "handdec28": "pe",
    "handdec29": "pf",
    "handdec31": "ph",
    "handdec34": "pm",
    "handdec32": "pj",
    "handdec30": "pg",
    "handdec33": "pk",
    "handdec35": "pn",
    "handdec36": "pr",
    "handdec38": "pt",
    "handdec37": "ps",
    "handdec40": "pv",
    "handdec39": "pu",
    "handdec41": "pw",
    "handdec42": "px",
    "handdec44": "pz",
    "handdec43": "py",
    "handdec45": "pp",
    "handdec46": "pq",
    "handdec47": "pi",
    "handdec48": "pl",
    "handdec49": "qa",
    "handdec50": "qb",
    "handdec51": "qc",
    "handdec59": "qk",
    "handdec53": "qe",
    "handdec55": "qg",
    "handdec54": "qf",
    "handdec56": "qh",
    "handdec52": "qd",
    "handdec58": "qj",
    "handdec57": "qi",
    "handdec60": "ql",
    "handdec65": "qq",
    "handdec64": "qp",
    "handdec67": "qs",
    "handdec63": "qo",
    "handdec66": "qr",
    "handdec68": "qt",
    "handdec62": "qn",
    "handdec61": "qm",
    "handdec70": "qv",
    "handdec71": "qw",
    "handdec69": "qu",
    "handdec72": "qx",
    "handdec74": "qz",
    "handdec75": "ra",
    "handdec73": "qy",
    "handdec76": "rb",
    "handdec78": "rd",
    "handdec77": "rc",
    "handdec82": "rh",
    "handdec81": "rg",
    "handdec79": "re",
    "handdec84": "rj",
    "handdec83": "ri",
    "handdec80": "rf",
    "handdec85": "rk",
    "handdec86": "rl",
    "handdec88": "rn",
    "handdec87": "rm",
    "handdec89": "ro",
    "handdec95": "ru",
    "handdec90": "rp",
    "handdec92": "rr",
    "handdec91": "rq",
    "handdec93": "rs",
    "handdec97": "rw",
    "handdec94": "rt",
    "handdec96": "rv",
    "handdec98": "rx",
    "handdec99": "ry",
    "handdec101": "sa",
    "handdec100": "rz",
    "handdec102": "sb",
}


@pytest.mark.parametrize("name", SETS)
def test_every_set_renders_through_one_command(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = SETS[name][0]
    first = render.stems(root)[0]
    assert all(stem.startswith(PREFIX[name]) for stem in render.stems(root))
    assert render.main(["--set", name, "--out", str(tmp_path), first]) == 0
    assert (tmp_path / f"{first}.pdf").read_bytes() == (root / "cases" / f"{first}.pdf").read_bytes()
    assert capsys.readouterr().out.strip() == str(tmp_path / f"{first}.pdf")


def test_an_unknown_set_is_refused() -> None:
    with pytest.raises(SystemExit, match="no hand-written set"):
        render.main(["--set", "handdec_missing"])


def test_a_text_sets_its_own_page() -> None:
    style, blocks = render.parse("%% size: 14\n%% align: L\n^^标题\n>落款\n正文\n===\n<左\n")
    assert style.size == 14.0 and style.align == "L"
    assert [b.kind for b in blocks] == ["title", "right", "para", "page", "left"]
