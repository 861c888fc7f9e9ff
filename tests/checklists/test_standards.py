"""Shipped standards load and validate; typo'd standards fail naming the file, the line and the check."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from checklists.catalog import core_ids, load_catalog
from checklists.problems import InvalidStandard
from checklists.standards import STANDARDS_DIR, list_standards, load_standard, validate_file
from reviewer.core.errors import UnknownStandard

HENAN = STANDARDS_DIR / "henan-2022.yaml"
SHARED_CATALOG = Path(__file__).resolve().parents[3] / "shared" / "domain" / "checks.yaml"


def test_shipped_standards_load_and_validate() -> None:
    ids = [standard.id for standard in list_standards()]
    assert ids == ["decision-2021", "henan-2022", "national-2021"]
    for path in (HENAN, STANDARDS_DIR / "national-2021.yaml", STANDARDS_DIR / "decision-2021.yaml"):
        assert validate_file(path) == []


def test_catalog_has_43_core_ids_and_matches_shared_copy() -> None:
    assert len(core_ids()) == 43
    if SHARED_CATALOG.exists():
        shared = [item["id"] for item in yaml.safe_load(SHARED_CATALOG.read_text(encoding="utf-8"))]
        assert shared == core_ids()


def test_every_catalog_id_in_henan_with_catalog_veto() -> None:
    henan = load_standard("henan-2022")
    ids = {check.id for check in henan.checks}
    assert set(core_ids()) <= ids
    catalog = load_catalog()
    for check_id in core_ids():
        assert henan.check(check_id).veto == (catalog[check_id].veto is True), check_id


def test_henan_thresholds_and_grades() -> None:
    henan = load_standard("henan-2022")
    t = henan.thresholds
    assert (t.major_penalty.fine_citizen, t.major_penalty.fine_organisation) == (Decimal(10_000), Decimal(100_000))
    assert t.major_penalty.confiscation_equal_value and t.major_penalty.suspension and t.major_penalty.revocation
    assert (t.hearing.fine_citizen, t.hearing.fine_organisation) == (Decimal(5_000), Decimal(50_000))
    assert t.major_filing.required and t.major_filing.period and t.major_filing.period.days == 15
    assert sum(category.points for category in henan.categories) == 100
    assert (
        henan.grading.grade(95) == "优秀"
        and henan.grading.grade(70) == "合格"
        and henan.grading.grade(69.5) == "不合格"
    )
    assert henan.grading.grade(100, vetoed=True) == "不合格"
    assert all(check.veto_reason for check in henan.veto_checks)


def test_national_is_not_henan_wired() -> None:
    national = load_standard("national-2021")
    ids = {check.id for check in national.checks}
    assert not ids & {"docs.major_filing", "deadline.major_filing_15d", "deadline.filing_15wd"}
    assert not national.thresholds.major_filing.required
    assert not national.thresholds.filing_deadline.applies
    assert national.thresholds.major_penalty.fine_citizen is None
    assert national.thresholds.hearing.fine_citizen is not None  # a documented default, a setting
    assert "河南" not in national.standard.jurisdiction


def test_load_by_path_and_unknown_id(tmp_path: Path) -> None:
    assert load_standard(HENAN).id == "henan-2022"
    assert load_standard(str(HENAN)).id == "henan-2022"
    with pytest.raises(UnknownStandard) as caught:
        load_standard("shanghai-2030")
    assert "shanghai-2030" in caught.value.user_message
    with pytest.raises(UnknownStandard):
        load_standard(tmp_path / "missing.yaml")


def test_message_render_keeps_unknown_placeholders() -> None:
    check = load_standard("henan-2022").check("deadline.decision_90d")
    text = check.render(filing_date="2024-01-02", elapsed=120)
    assert "90" in text and "2024-01-02" in text and "{decision_date}" in text


def test_decision_standard_scores_only_its_scope() -> None:
    from checklists.scopes import get_scope

    decision = load_standard("decision-2021")
    scope = get_scope(decision.standard.scope)
    assert scope is not None and scope.standard == "decision-2021"
    assert {check.id for check in decision.checks} == set(scope.checks)
    assert sum(category.points for category in decision.categories) == 100
    assert not decision.veto_checks and decision.grading.grade(69) == "不合格"
    assert {"decision.citation_current", "decision.drafting"} <= set(load_catalog())


def test_a_standard_is_parsed_once_until_its_file_changes(tmp_path: Path) -> None:
    copy = tmp_path / "custom.yaml"
    copy.write_text(HENAN.read_text(encoding="utf-8"), encoding="utf-8")
    first = load_standard(copy)
    assert load_standard(str(copy)) is first  # unchanged file: the parsed standard is kept
    edited = HENAN.read_text(encoding="utf-8").replace("  name: 河南省", "  name: 豫省", 1)
    assert edited != copy.read_text(encoding="utf-8")
    copy.write_text(edited, encoding="utf-8")
    os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 1_000_000_000))
    again = load_standard(copy)
    assert again is not first and again.standard.name != first.standard.name


def test_an_invalid_standard_is_not_kept(tmp_path: Path) -> None:
    copy = tmp_path / "custom.yaml"
    copy.write_text("standard: [\n", encoding="utf-8")
    with pytest.raises(InvalidStandard):
        load_standard(copy)
    copy.write_text(HENAN.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert load_standard(copy).id == "henan-2022"
