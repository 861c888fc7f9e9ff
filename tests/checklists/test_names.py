"""Every check has its Chinese name, content and legal basis as data; a file without them fails naming the line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checklists.catalog import CORE_CATALOG, EXTENDED_CATALOG, load_catalog, parse_catalog
from checklists.names import check_name, check_names, describe
from checklists.problems import InvalidCatalog
from checklists.standards import STANDARDS_DIR, list_standards, load_standard, validate_file

CJK = re.compile(r"[\u4e00-\u9fff]")
HENAN_TEXT = (STANDARDS_DIR / "henan-2022.yaml").read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return text.count("\n", 0, text.index(needle)) + 1


def test_every_catalog_check_has_chinese_name_content_and_basis() -> None:
    catalog = load_catalog()
    assert len(catalog) >= 75
    for entry in catalog.values():
        for text in (entry.name, entry.content, entry.legal_basis):
            assert CJK.search(text), (entry.id, text)
        assert entry.id not in entry.name


def test_every_shipped_standard_names_every_check_in_chinese() -> None:
    for standard in list_standards():
        names = [check.name for check in standard.checks]
        assert all(CJK.search(name) for name in names), standard.id
        assert len(set(names)) == len(names), f"{standard.id}: two checks share a name"


def test_names_read_as_a_form_prints_them() -> None:
    henan = load_standard("henan-2022")
    assert henan.check("deadline.filing_15wd").name == "立案期限（15个工作日）"
    assert check_name("docs.prior_notice", "henan-2022") == "行政处罚事先告知"
    text = describe("deadline.service_7d", henan)
    assert text.content == "决定书作出后7个工作日内送达当事人" and "第六十一条" in text.basis


def test_standard_without_a_name_fails_naming_file_and_line(tmp_path: Path) -> None:
    text = HENAN_TEXT.replace("    name: 告知书内容\n", "", 1)
    path = tmp_path / "nameless.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = validate_file(path)
    assert problem.startswith(f"{path}:{_line_of(text, '- id: rights.notice_contents')}:")
    assert "rights.notice_contents" in problem and "名称" in problem


def test_standard_name_in_english_is_refused(tmp_path: Path) -> None:
    text = HENAN_TEXT.replace("    name: 告知书内容\n", "    name: notice contents\n", 1)
    path = tmp_path / "english.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = validate_file(path)
    assert problem.startswith(f"{path}:{_line_of(text, 'name: notice contents')}:") and "中文" in problem


@pytest.mark.parametrize("catalog", [CORE_CATALOG, EXTENDED_CATALOG], ids=["core", "extended"])
def test_catalog_without_a_name_fails_naming_file_and_line(tmp_path: Path, catalog: Path) -> None:
    original = catalog.read_text(encoding="utf-8")
    first_name = re.search(r"^  name: .*\n", original, re.MULTILINE)
    assert first_name
    text = original.replace(first_name.group(0), "", 1)
    path = tmp_path / catalog.name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidCatalog) as caught:
        parse_catalog(path, "core")
    (problem,) = caught.value.problems
    first_id = re.search(r"^- id: (\S+)", text, re.MULTILINE)
    assert first_id
    assert (problem.file, problem.line) == (str(path), _line_of(text, first_id.group(0)))
    assert first_id.group(1) in str(problem) and "名称" in caught.value.user_message


def test_unknown_ids_keep_their_code_and_lists_keep_their_order() -> None:
    assert check_name("local.not_shipped") == "local.not_shipped"
    names = check_names(["timeline.order", "docs.order"], "national-2021")
    assert list(names) == ["timeline.order", "docs.order"]
    assert names == {"timeline.order": "文书日期顺序", "docs.order": "卷内文书排列顺序"}


def test_findings_carry_the_standards_name() -> None:
    from checklists.engine import CaseView, run_checks
    from reviewer.core.model import CaseFacts

    henan = load_standard("henan-2022")
    findings = run_checks(CaseView(instruments=[], facts=CaseFacts(), standard=henan))
    assert [f.check_name for f in findings] == [check.name for check in henan.checks]
