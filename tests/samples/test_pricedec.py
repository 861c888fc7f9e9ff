"""The price-decision generator (samples/pricedec): reproducible bytes, truth that its own PDFs bear out (read
with pdfplumber and the labels' mechanical checker, never the project's extractors), citations that exist in the
law texts, and the committed dev set's variety."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import docx
import pdfplumber
import pytest

from samples.pricedec import cn, laws
from samples.pricedec.cli import generate
from samples.pricedec.compose import ALL_DEFECTS, compose

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "samples" / "pricedec" / "cases"
REAL = Path(os.environ.get("REVIEWER_REAL_DIR") or ROOT.parent / "shared" / "real")
LAWS = REAL.parent / "laws"
LAW_FILES = {
    laws.PRICE_LAW: "中华人民共和国价格法_19971229.docx",
    laws.PENALTY_RULES: "价格违法行为行政处罚规定_20101204.docx",
    laws.MARKING_RULES: "明码标价和禁止价格欺诈规定.docx",
    laws.OLD_FRAUD_RULES: "禁止价格欺诈行为的规定.docx",
    laws.PROMO_RULES: "规范促销行为暂行规定.docx",
}
STEMS = sorted(p.stem for p in CASES.glob("p*.pdf"))


MM = 72 / 25.4


def pdf_text(path: Path, body_only: bool = True) -> str:
    """The text layer; with body_only, each page without its running header and footer bands (16 mm top, 18 mm
    bottom), so a sentence broken across pages reads on as it does for a reader who skips the page furniture."""
    with pdfplumber.open(path) as pdf:
        pages = []
        for page in pdf.pages:
            if body_only:
                page = page.crop((0, 16 * MM, page.width, page.height - 18 * MM))
            pages.append(page.extract_text() or "")
        return "\n".join(pages)


def test_amounts_and_dates_in_chinese() -> None:
    from datetime import date
    from decimal import Decimal

    assert cn.capitals(Decimal(5000)) == "伍仟元整"
    assert cn.capitals(Decimal("125.40")) == "壹佰贰拾伍元肆角"
    assert cn.capitals(Decimal(10010)) == "壹万零壹拾元整"
    assert cn.capitals(Decimal(120000)) == "壹拾贰万元整"
    assert cn.capitals(Decimal("30.05")) == "叁拾元零伍分"
    assert cn.han_date(date(2025, 3, 5)) == "二〇二五年三月五日"
    assert cn.han_date(date(2024, 10, 20), "○") == "二○二四年十月二十日"
    assert cn.small(72) == "七十二" and cn.small(14) == "十四" and cn.small(123) == "一百二十三"


def test_credit_codes_carry_valid_check_characters() -> None:
    import random

    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    rng = random.Random(3)
    for _ in range(100):
        code = cn.credit_code(rng, "390101", "91")
        total = sum(chars.index(c) * w for c, w in zip(code[:17], weights, strict=True))
        assert chars[(31 - total % 31) % 31] == code[17]


def test_the_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    generate(tmp_path / "a", 7, 3)
    generate(tmp_path / "b", 7, 3)
    for name in ("p001.pdf", "p002.pdf", "p003.pdf", "labels/p002.json", "checks/p003.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    other = generate(tmp_path / "c", 8, 1)
    assert other == ["p001"]
    assert (tmp_path / "c" / "p001.pdf").read_bytes() != (tmp_path / "a" / "p001.pdf").read_bytes()
    assert json.loads((tmp_path / "a" / "labels" / "p001.json").read_text(encoding="utf-8"))["split"] == "heldout"


def test_the_committed_set_is_what_seed_1_gives(tmp_path: Path) -> None:
    assert len(STEMS) == 40, "samples/pricedec/cases must hold the 40 documents of seed 1"
    generate(tmp_path, 1, 3)
    for stem in STEMS[:3]:
        assert (tmp_path / f"{stem}.pdf").read_bytes() == (CASES / f"{stem}.pdf").read_bytes(), stem
        for part in ("labels", "checks"):
            assert (tmp_path / part / f"{stem}.json").read_bytes() == (CASES / part / f"{stem}.json").read_bytes()


@pytest.mark.parametrize("stem", STEMS)
def test_truth_occurs_in_the_text_layer(stem: str, labelcheck: ModuleType) -> None:
    """Every labelled value is printed (after folding spaces and breaks) or its absence is explained in notes."""
    label = json.loads((CASES / "labels" / f"{stem}.json").read_text(encoding="utf-8"))
    checks = json.loads((CASES / "checks" / f"{stem}.json").read_text(encoding="utf-8"))
    text = pdf_text(CASES / f"{stem}.pdf")
    assert len(re.sub(r"\s", "", text)) > 400, "the PDF must carry a real text layer"
    found = list(labelcheck.problems(label, text)) + list(labelcheck.check_problems(checks))
    assert found == [], found
    assert label["split"] == "dev" and label["file"] == f"{stem}.pdf" == checks["file"]
    folded = labelcheck.fold(text)
    if label["payment"] and label["payment"]["days"]:
        assert "十五日" in folded or "15日" in folded
    if label["review"]["days"]:
        assert re.search(rf"({label['review']['days']}|{cn.small(label['review']['days'])})[日天]", folded)


def test_another_seed_holds_too(tmp_path: Path, labelcheck: ModuleType) -> None:
    """A held-out seed's documents pass the same text-layer check (the committed set is not the only one that holds)."""
    names = generate(tmp_path, 5, 12)
    for stem in names:
        label = json.loads((tmp_path / "labels" / f"{stem}.json").read_text(encoding="utf-8"))
        checks = json.loads((tmp_path / "checks" / f"{stem}.json").read_text(encoding="utf-8"))
        text = pdf_text(tmp_path / f"{stem}.pdf")
        found = list(labelcheck.problems(label, text)) + list(labelcheck.check_problems(checks))
        assert found == [], (stem, found)
        assert label["split"] == "heldout"


def test_checks_agree_with_the_labels() -> None:
    """Checks that follow from label fields alone hold across the set (the rulings' mechanical parts)."""
    for stem in STEMS:
        label = json.loads((CASES / "labels" / f"{stem}.json").read_text(encoding="utf-8"))
        checks = json.loads((CASES / "checks" / f"{stem}.json").read_text(encoding="utf-8"))["checks"]
        status = {k: v["status"] for k, v in checks.items()}
        assert (status["timeline.dates_filled"] == "fail") == (label["decision_date"] is None), stem
        if label["payment"] is None:
            assert status["rights.payment_terms_in_decision"] == "not_applicable", stem
        elif label["payment"]["place"] is None or label["payment"]["days"] != 15:
            assert status["rights.payment_terms_in_decision"] == "fail", stem
        if label["review"]["body"] is None or label["review"]["days"] != 60:
            assert status["rights.remedies_in_decision"] == "fail", stem
        if label["litigation"]["months"] not in (None, 6):
            assert status["rights.remedies_in_decision"] == "fail", stem
        if not label["basis"] or not label["violated"]:
            assert status["decision.basis_precise"] == "fail", stem
        if label["notice_served"] is None:
            assert status["deadline.statement_period"] == "not_applicable", stem
        if label["doc_number"] is None or not re.search(r"20\d\d", label["doc_number"]):
            assert status["decision.doc_number"] == "fail", stem
        if label["title"] == "不予行政处罚决定书":
            assert label["penalty_kinds"] == [] and label["fine_yuan"] is None


def _article_structure(path: Path) -> dict[int, list[int]]:
    """Article → items per 款, read from a law's Word text (an item line opens with （一） or (一))."""
    out: dict[int, list[int]] = {}
    current: int | None = None
    numerals = {cn.small(n): n for n in range(1, 200)}
    for para in docx.Document(str(path)).paragraphs:
        text = para.text.strip().replace("\u3000", " ")
        head = re.match(r"^第([一二三四五六七八九十百零]+)条", text)
        if head:
            current = numerals[head.group(1)]
            out[current] = [0]
        elif current is not None and re.match(r"^[（(][一二三四五六七八九十]+[）)]", text):
            out[current][-1] += 1
        elif current is not None and text and not text.startswith("第"):
            out[current].append(0)
    return out


def test_the_structure_table_matches_the_law_texts() -> None:
    assert LAWS.is_dir(), f"the law texts are missing: {LAWS} (the shared folder of the project)"
    for law, name in LAW_FILES.items():
        read = _article_structure(LAWS / name)
        for article, paras in laws.STRUCTURE[law].items():
            assert read.get(article) == paras, (law, article, read.get(article))


def test_every_clean_citation_is_precise_and_exists() -> None:
    """In documents without a citation defect every cited price provision exists and names its 款/项."""
    pattern = re.compile(r"^《(?P<law>[^》]+)》第(?P<a>\d+)条(?:第(?P<p>\d+)款)?(?:第(?P<i>\d+)项)?$")
    names = {laws.SHORT.get(k, k): k for k in laws.STRUCTURE} | {k: k for k in laws.STRUCTURE}
    for stem in STEMS:
        label = json.loads((CASES / "labels" / f"{stem}.json").read_text(encoding="utf-8"))
        defects = label["notes"][1]
        for role in ("violated", "basis", "discretion"):
            for citation in label[role]:
                match = pattern.match(citation)
                assert match, citation
                law = names.get(match["law"])
                if law is None:
                    continue
                cite = laws.Cite(
                    law,
                    int(match["a"]),
                    int(match["p"]) if match["p"] else None,
                    int(match["i"]) if match["i"] else None,
                )
                assert cite.article in laws.STRUCTURE[law], (stem, citation)
                if not any(d in defects for d in ("imprecise_citation", "swapped_roles")):
                    assert laws.precise(cite), (stem, citation)


def test_the_committed_set_is_varied(labelcheck: ModuleType) -> None:
    labels = [json.loads((CASES / "labels" / f"{s}.json").read_text(encoding="utf-8")) for s in STEMS]
    checks = [json.loads((CASES / "checks" / f"{s}.json").read_text(encoding="utf-8"))["checks"] for s in STEMS]
    assert {lab["party"]["type"] for lab in labels} == {"organisation", "individual_business", "citizen"}
    assert {lab["seal"] for lab in labels} == {"image", "marker", "none"}
    assert len({lab["title"] for lab in labels}) >= 2
    injected = Counter(
        d for lab in labels for d in lab["notes"][1].removeprefix("defects: ").split(", ") if d in ALL_DEFECTS
    )
    assert len(injected) >= 10, injected
    with_defect = sum(1 for lab in labels if lab["notes"][1] != "defects: none")
    assert 8 <= with_defect <= 24
    for check_id in labelcheck.CHECK_IDS:
        assert {c[check_id]["status"] for c in checks} & {"fail", "not_applicable"}, check_id
    assert sum(1 for c in checks if c["decision.drafting"]["status"] == "pass") >= 20


def test_a_statement_period_defect_falls_inside_the_period() -> None:
    """Whenever the plan injects a too-early decision, it lies on or before the last working day of the period the
    decision states (else 5 working days)."""
    from datetime import date

    from samples.pricedec.compose import add_workdays

    seen = 0
    for index in range(1, 200):
        decision = compose(11, index, "heldout")
        if "statement_early" not in decision.label["notes"][1]:
            continue
        seen += 1
        served = date.fromisoformat(decision.label["notice_served"])
        decided = date.fromisoformat(decision.label["decision_date"])
        stated = int(re.search(r"statement_period=(\d+)", decision.label["notes"][0])[1])
        assert served < decided <= add_workdays(served, stated or 5)
        if stated:
            assert decision.checks["deadline.statement_period"]["why"].count(f"{stated}个工作日")
        assert decision.checks["deadline.statement_period"]["status"] == "fail"
    assert seen >= 2


def test_clean_documents_pass_and_each_defect_fails_its_check() -> None:
    """Across many composed decisions: without an injected defect nothing fails; each defect fails the check the
    rulings tie it to; 文号 defects are what they say (no year anywhere, or last year's)."""
    expected = {
        "no_address": "party.identified",
        "missing_basis": "decision.basis_precise",
        "swapped_roles": "decision.basis_precise",
        "imprecise_citation": "decision.basis_precise",
        "stale_51": "decision.citation_current",
        "aic_body": "decision.citation_current",
        "superior_only": "decision.citation_current",
        "repealed_rule": "decision.citation_current",
        "generic_body": "rights.remedies_in_decision",
        "short_review": "rights.remedies_in_decision",
        "short_litigation": "rights.remedies_in_decision",
        "no_payment_place": "rights.payment_terms_in_decision",
        "blank_days": "decision.drafting",
        "blank_date": "timeline.dates_filled",
        "placeholder": "decision.drafting",
        "suspect_conclusion": "decision.drafting",
        "proposal_wording": "decision.drafting",
        "blank_copies": "decision.drafting",
        "doc_no_year": "decision.doc_number",
        "doc_year_mismatch": "decision.doc_number",
        "doc_missing": "decision.doc_number",
        "statement_early": "deadline.statement_period",
        "form_headings": "decision.drafting",
    }
    seen: Counter[str] = Counter()
    for index in range(1, 160):
        decision = compose(11, index, "heldout")
        label, checks = decision.label, decision.checks
        defects = [d for d in label["notes"][1].removeprefix("defects: ").split(", ") if d in ALL_DEFECTS]
        failing = {k for k, v in checks.items() if v["status"] == "fail"}
        if not defects:
            assert failing == set(), (index, failing)
        for defect in defects:
            seen[defect] += 1
            if defect in expected:
                assert expected[defect] in failing, (index, defect, failing)
        number = label["doc_number"]
        if "doc_no_year" in defects:
            assert not re.search(r"20\d\d", number), number
        if "doc_year_mismatch" in defects and label["decision_date"]:
            year = int(label["decision_date"][:4])
            assert str(year - 1) in number and str(year) not in number, number
    assert len(seen) >= 18, seen
