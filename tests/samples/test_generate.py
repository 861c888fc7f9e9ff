"""The sample generator writes consistent PDF/DOCX/truth triples, the same on every run."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from lxml import etree

from samples import generate as gen
from samples import render_pdf
from samples.render_docx import count_page_breaks

ROOT = Path(__file__).resolve().parents[2]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def _docx_pages(path: Path) -> list[str]:
    """Body text per page, splitting at explicit page breaks (tables included, in document order)."""
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    pages = [""]
    for element in root.iter(W + "t", W + "br"):
        if element.tag == W + "br" and element.get(W + "type") == "page":
            pages.append("")
        elif element.tag == W + "t":
            pages[-1] += element.text or ""
    return pages


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    gen.generate(out)
    return out


@pytest.fixture(scope="module")
def truths(corpus: Path) -> dict[str, dict]:
    return {name: json.loads((corpus / f"{name}.truth.json").read_text(encoding="utf-8")) for name in gen.COMMITTED}


def test_each_case_has_pdf_docx_and_truth(corpus: Path) -> None:
    for name in gen.COMMITTED:
        for suffix in (".pdf", ".docx", ".truth.json"):
            assert (corpus / f"{name}{suffix}").stat().st_size > 0, f"{name}{suffix} missing"


def test_page_counts_agree(corpus: Path, truths: dict[str, dict]) -> None:
    for name, truth in truths.items():
        pdf_pages = len(_pdf_pages(corpus / f"{name}.pdf"))
        docx_pages = count_page_breaks((corpus / f"{name}.docx").read_bytes()) + 1
        assert pdf_pages == truth["pages"] == docx_pages, name
        assert truth["renderings"] == ["pdf", "docx"]


def test_instrument_spans_tile_the_file(truths: dict[str, dict]) -> None:
    kinds = {
        entry["kind"] for entry in yaml.safe_load((ROOT / "reviewer/core/data/instruments.yaml").read_text("utf-8"))
    }
    for name, truth in truths.items():
        expected_first = 1
        for ins in truth["instruments"]:
            assert ins["kind"] in kinds, (name, ins["kind"])
            assert ins["first_page"] == expected_first and ins["last_page"] >= ins["first_page"], (name, ins)
            expected_first = ins["last_page"] + 1
        assert expected_first - 1 == truth["pages"], name


def test_titles_appear_on_first_pages(corpus: Path, truths: dict[str, dict]) -> None:
    for name, truth in truths.items():
        pdf_pages = _pdf_pages(corpus / f"{name}.pdf")
        docx_pages = _docx_pages(corpus / f"{name}.docx")
        for ins in truth["instruments"]:
            title = _squash(ins["title"])
            assert title in _squash(pdf_pages[ins["first_page"] - 1]), (name, "pdf", ins)
            assert title in _squash(docx_pages[ins["first_page"] - 1]), (name, "docx", ins)
            if ins["doc_number"]:
                assert ins["doc_number"] in _squash(pdf_pages[ins["first_page"] - 1]), (name, ins)


def test_continued_inquiry_pages_have_no_title_but_a_footer(corpus: Path, truths: dict[str, dict]) -> None:
    truth = truths["case-01-market"]
    inquiry = next(ins for ins in truth["instruments"] if ins["kind"] == "inquiry_record")
    assert inquiry["last_page"] - inquiry["first_page"] + 1 == 3
    pages = _pdf_pages(corpus / "case-01-market.pdf")
    for n, index in enumerate(range(inquiry["first_page"], inquiry["last_page"] + 1), 1):
        text = _squash(pages[index - 1])
        assert f"第{n}页共3页" in text
        assert ("询问笔录" in text) == (n == 1)
        assert "问：" in text and "答：" in text


def test_case_facts(truths: dict[str, dict]) -> None:
    market, env, simple = (truths[name] for name in ("case-01-market", "case-02-environment", "case-03-simple"))
    assert market["facts"]["fine_yuan"] == "30000.00" and not market["facts"]["is_major"]
    assert env["facts"]["fine_yuan"] == "150000.00" and env["facts"]["is_major"] and env["facts"]["hearing_eligible"]
    assert simple["procedure"] == "simple" and simple["facts"]["party_type"] == "citizen"
    assert simple["facts"]["fine_yuan"] == "200.00"
    env_kinds = [ins["kind"] for ins in env["instruments"]]
    for kind in ("legal_review", "collective_discussion", "hearing_notice", "hearing_record", "major_filing", "other"):
        assert kind in env_kinds, kind
    assert any(ins["title"] == "行 政 处 罚 决 定 书" for ins in env["instruments"])
    assert all(truths[name]["defects"] == truths[name]["expected_failing"] == [] for name in gen.CASES)
    assert all(truths[name]["defects"] for name in gen.DEFECT_CASES)


def test_timelines_are_plausible(truths: dict[str, dict]) -> None:
    for name, truth in ((name, truths[name]) for name in gen.CASES):
        t = {k: dt.date.fromisoformat(v) for k, v in truth["timeline"].items() if v}
        order = [
            k
            for k in (
                "discovered",
                "filed",
                "notified",
                "notice_served",
                "hearing",
                "legal_reviewed",
                "discussed",
                "approved",
                "decided",
                "served",
                "paid",
                "closed",
            )
            if k in t
        ]
        assert [t[k] for k in order] == sorted(t[k] for k in order), name
        assert (t["served"] - t["decided"]).days <= 7 and (t["paid"] - t["served"]).days <= 15, name
        if "filed" in t:
            assert (t["decided"] - t["filed"]).days <= 90, name
        if "reported" in t:
            assert 0 <= (t["reported"] - t["decided"]).days <= 15, name
        dates = [dt.date.fromisoformat(ins["date"]) for ins in truth["instruments"] if ins["date"]]
        assert all(day.weekday() < 5 for day in dates), name
        decision = next(i for i in truth["instruments"] if i["kind"] in ("penalty_decision", "onsite_decision"))
        assert decision["date"] == truth["timeline"]["decided"], name


def test_regeneration_is_identical(corpus: Path, tmp_path: Path) -> None:
    gen.generate(tmp_path, ["case-03-simple", "case-17-simple-over-limit"])
    for name in ("case-03-simple", "case-17-simple-over-limit"):
        for suffix in (".truth.json", ".pdf", ".docx"):
            assert (tmp_path / f"{name}{suffix}").read_bytes() == (corpus / f"{name}{suffix}").read_bytes(), name


def test_committed_corpus_regenerates_bit_for_bit(corpus: Path) -> None:
    committed = ROOT / "samples"
    for name in gen.COMMITTED:
        for suffix in (".truth.json", ".pdf", ".docx"):
            assert (committed / f"{name}{suffix}").read_bytes() == (corpus / f"{name}{suffix}").read_bytes(), (
                f"{name}{suffix} differs from the generator: rerun python -m samples.generate --out samples/"
            )


def test_check_digit_validators_match_hand_computed_values() -> None:
    # GB 11643: 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167 ≡ 2 (mod 11) → X
    assert gen.id_number_check("11010519491231002") == "X"
    # 4·7+4·9+0·10+5·5+2·8+4·4+1·2+8·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 195 ≡ 8 (mod 11) → 4
    assert gen.id_number_check("44052418800101001") == "4"
    assert gen.valid_id_number("11010519491231002X") and not gen.valid_id_number("110105194912310021")
    assert not gen.valid_id_number("110105194913310025")  # month 13
    # GB 32100: weights 3^i mod 31 (1, 3, 9, 27, 19, 26 …); Σ value·weight = 1640 ≡ 28 (mod 31) → 31 − 28 = 3
    assert gen.credit_code_check("91350100M000100Y4") == "3"
    assert gen.valid_credit_code("91350100M000100Y43") and not gen.valid_credit_code("91350100M000100Y44")
    assert not gen.valid_credit_code("91350100M000100I43")  # I is not in the code alphabet
    # GB 11714: D2143569 → 13·3+2·7+1·9+4·10+3·5+5·8+6·4+9·2 = 199 ≡ 1 (mod 11) → 11 − 1 = 10 → X
    assert gen.org_code_check("D2143569") == "X"


def test_codes_in_files_validate(corpus: Path, truths: dict[str, dict]) -> None:
    for name, truth in truths.items():
        code = truth["facts"]["party_code"]
        valid = gen.valid_credit_code if truth["facts"]["party_type"] == "organisation" else gen.valid_id_number
        assert valid(code), (name, code)
        text = _squash("".join(_pdf_pages(corpus / f"{name}.pdf")))
        assert code in text, name
        for token in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", text):
            check = gen.valid_id_number if token[:17].isdigit() else gen.valid_credit_code
            assert check(token), (name, token)


def test_docx_has_header_nested_table_and_fixed_metadata(corpus: Path, truths: dict[str, dict]) -> None:
    with zipfile.ZipFile(corpus / "case-01-market.docx") as package:
        header = package.read("word/header1.xml").decode("utf-8")
        body = package.read("word/document.xml").decode("utf-8")
        core = package.read("docProps/core.xml").decode("utf-8")
    assert truths["case-01-market"]["agency"] in header
    assert re.search(r"<w:tc>(?:(?!</w:tc>).)*<w:tbl>", body, re.S), "no nested table"
    assert "2024-01-01T00:00:00Z" in core


def test_missing_font_names_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(render_pdf, "CJK_FONT", tmp_path / "absent.ttf")
    with pytest.raises(render_pdf.MissingFont, match="fonts-droid-fallback"):
        render_pdf.render_pdf(gen.build_case("case-03-simple"), tmp_path / "x.pdf")


def test_unknown_defect_or_case_is_refused() -> None:
    with pytest.raises(gen.GenerationError, match="no defect injector"):
        gen.build_case("case-01-market", ["deadline.no_such_period"])
    with pytest.raises(gen.GenerationError, match="unknown case"):
        gen.build_case("case-99")


def test_cli_writes_one_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert gen.main(["--out", str(tmp_path), "--case", "case-03-simple"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "case-03-simple.docx",
        "case-03-simple.pdf",
        "case-03-simple.truth.json",
    ]
    assert "case-03-simple.pdf" in capsys.readouterr().out
