"""The independent generator itself: varied sets, determinism, the calendar rules behind expected_failing,
identifiers, wording and layout."""

from __future__ import annotations

import filecmp
import itertools
import json
import random
import shutil
import subprocess
import time
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from samples.alt import defects, ids, oracle, wording
from samples.alt.factory import WEIGHTS
from samples.alt.fmt import capitals, fmt_date
from samples.alt.generate import generate_set, main
from samples.alt.layout import CONTENT_W, wrap
from samples.alt.sectors import AGENCIES, SCENARIOS
from samples.alt.workdays import add_workdays, natural_deadline, workdays_between

ROOT = Path(__file__).resolve().parents[3]


# ── identifiers and formats ──────────────────────────────────────────────────────────────────────
def test_check_digits():
    rng = random.Random(5)
    for _ in range(200):
        code = ids.credit_code(rng)
        assert ids.valid_credit_code(code)
        bad = code[:5] + ("0" if code[5] != "0" else "1") + code[6:]
        assert not ids.valid_credit_code(bad)
        number = ids.id_number(rng, date(1980 + rng.randrange(30), 1 + rng.randrange(12), 1 + rng.randrange(28)), True)
        assert ids.valid_id_number(number)
        assert not ids.valid_id_number(number[:-1] + ("0" if number[-1] != "0" else "1"))
    assert ids.valid_id_number("11010519491231002X")  # the GB 11643 standard's own example


def test_amounts_and_dates():
    from decimal import Decimal

    assert capitals(Decimal(150000)) == "壹拾伍万元整"
    assert capitals(Decimal(10010)) == "壹万零壹拾元整"
    assert capitals(Decimal("2500.50")) == "贰仟伍佰元伍角"
    d = date(2024, 3, 5)
    assert fmt_date(d, "han") == "二〇二四年三月五日"
    assert fmt_date(d, "dot") == "2024.3.5"
    assert fmt_date(d, "iso") == "2024-03-05"
    assert fmt_date(date(2024, 10, 23), "han") == "二〇二四年十月二十三日"


def test_wording_table_has_alternatives():
    table = wording.table()
    for key in (
        "propose_lead",
        "rights_word",
        "statement_right",
        "hearing_right",
        "remedies",
        "payment",
        "notice_done",
        "decide_lead",
    ):
        assert len(set(table[key])) >= 3, key
    assert {3, 5, 7} <= set(table["period_words"])


# ── the calendar ──────────────────────────────────────────────────────────────────────────────────
def test_working_days_follow_the_holiday_calendar():
    # National Day 2024: 1–7 October off, Sunday 29 September and Saturday 12 October worked
    assert add_workdays(date(2024, 9, 27), 1) == date(2024, 9, 29)
    assert add_workdays(date(2024, 9, 30), 1) == date(2024, 10, 8)
    assert workdays_between(date(2024, 9, 30), date(2024, 10, 12)) == 5
    # a natural-day period ending in the holiday runs to the next working day
    assert natural_deadline(date(2024, 9, 18), 15) == date(2024, 10, 8)


def _truth(**timeline) -> dict:
    tl = dict.fromkeys(
        (
            "discovered",
            "filed",
            "investigated",
            "investigation_reported",
            "legal_reviewed",
            "discussed",
            "notified",
            "notice_served",
            "statement",
            "hearing",
            "approved",
            "decided",
            "served",
            "paid",
            "closed",
            "reported",
        )
    )
    tl.update(timeline)
    return {
        "timeline": tl,
        "schedule": {"statement_period_wd": 3},
        "procedure": "general",
        "sector": "market",
        "facts": {"fine_yuan": "1000.00", "hearing_eligible": False, "party_type": "organisation"},
        "instruments": [{"kind": "prior_notice", "date": tl["notified"]}],
    }


def test_oracle_date_rules():
    base = {
        "discovered": "2024-03-01",
        "filed": "2024-03-05",
        "notified": "2024-04-01",
        "notice_served": "2024-04-02",
        "approved": "2024-04-10",
        "decided": "2024-04-10",
        "served": "2024-04-11",
        "paid": "2024-04-20",
        "closed": "2024-04-25",
    }
    assert oracle.failing(_truth(**base)) == set()
    assert "deadline.filing_15wd" in oracle.failing(_truth(**{**base, "filed": "2024-03-25"}))
    assert "deadline.statement_period" in oracle.failing(
        _truth(**{**base, "decided": "2024-04-05", "approved": "2024-04-05"})
    )
    assert "deadline.service_7d" in oracle.failing(_truth(**{**base, "served": "2024-04-22", "paid": "2024-04-30"}))
    assert "deadline.payment_15d" in oracle.failing(_truth(**{**base, "paid": "2024-05-20"}))
    assert "deadline.decision_90d" in oracle.failing(
        _truth(
            **{
                **base,
                "decided": "2024-06-10",
                "approved": "2024-06-10",
                "served": "2024-06-11",
                "paid": "2024-06-12",
                "closed": "2024-06-20",
            }
        )
    )
    assert "timeline.order" in oracle.failing(_truth(**{**base, "approved": "2024-04-12"}))


def test_every_agency_has_a_scenario_and_every_scenario_is_drawn():
    assert {s.agency for s in SCENARIOS.values()} == set(AGENCIES)
    assert set(WEIGHTS) == set(SCENARIOS)
    for s in SCENARIOS.values():
        assert s.violated and s.basis
        for law in s.violated + s.basis:
            assert law.article.startswith("第") and "条" in law.article


def test_wrap_keeps_numbers_whole():
    lines = wrap("当事人于2024年10月23日收到《行政处罚决定书》（青应急罚〔2024〕17号）。" * 3, CONTENT_W, 16)
    assert "".join(lines) == "当事人于2024年10月23日收到《行政处罚决定书》（青应急罚〔2024〕17号）。" * 3
    assert not any(a[-1:].isdigit() and b[:1].isdigit() for a, b in itertools.pairwise(lines))


# ── varied sets ──────────────────────────────────────────────────────────────────────────────────
@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    out = tmp_path_factory.mktemp("alt-set")
    start = time.time()
    truths = generate_set(out, 8, 2027, workers=2)
    return out, truths, time.time() - start


def test_set_is_valid(small_set):
    out, truths, seconds = small_set
    assert len(truths) == 8
    for t in truths:
        assert set(t["defects"]) <= set(t["expected_failing"])
        assert len(t["defects"]) <= 3
        assert set(t["expected_failing"]) == set(t["defects"]) | oracle.failing(t)
        assert (out / f"{t['case_id']}.pdf").exists() and (out / f"{t['case_id']}.docx").exists()
        on_disk = json.loads((out / f"{t['case_id']}.truth.json").read_text(encoding="utf-8"))
        assert on_disk == t
    assert seconds < 240, f"8 cases took {seconds:.0f} s"


def test_set_does_not_depend_on_workers(small_set, tmp_path):
    out, _truths, _ = small_set
    generate_set(tmp_path, 8, 2027, workers=1)
    for path in sorted(out.iterdir()):
        assert filecmp.cmp(path, tmp_path / path.name, shallow=False), path.name


def test_command_line(tmp_path):
    assert main(["--out", str(tmp_path), "--count", "2", "--seed", "11", "--workers", "1"]) == 0
    assert len(list(tmp_path.glob("*.truth.json"))) == 2


def test_defect_registry_covers_the_review():
    injectable = set(defects.DEFECTS)
    assert len(injectable) == 44
    assert not injectable & set(defects.NEVER_JUDGED)


def test_docx_keeps_the_pdf_pages(tmp_path):
    """LibreOffice lays the DOCX out on exactly the truth's pages (one committed case, to keep it quick).
    LibreOffice comes from scripts/install-system-deps.sh: missing, this fails rather than skips."""
    assert shutil.which("soffice"), "LibreOffice (soffice) is missing: run scripts/install-system-deps.sh"
    name = "alt-06-health-doctor-major"
    src = ROOT / "samples" / "alt" / "cases" / f"{name}.docx"
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    truth = json.loads((src.with_suffix("").with_suffix(".truth.json")).read_text(encoding="utf-8"))
    assert len(pdfium.PdfDocument(str(tmp_path / f"{name}.pdf"))) == truth["pages"]
