"""A standard with a typo fails validation naming the file, the right line and the check."""

from __future__ import annotations

from pathlib import Path

import pytest

from checklists.problems import InvalidStandard
from checklists.standards import STANDARDS_DIR, load_standard, validate_file
from reviewer.core.errors import ReviewerError

HENAN_TEXT = (STANDARDS_DIR / "henan-2022.yaml").read_text(encoding="utf-8")


def _line_of(text: str, needle: str, start: int = 0) -> int:
    """1-based line of the first occurrence of `needle` at or after character `start`."""
    index = text.index(needle, start)
    return text.count("\n", 0, index) + 1


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "typo.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _only(problems: list[str]) -> str:
    assert len(problems) == 1, problems
    return problems[0]


def test_unknown_check_id(tmp_path: Path) -> None:
    text = HENAN_TEXT.replace("- id: docs.prior_notice\n", "- id: docs.prior_notise\n")
    path = _write(tmp_path, text)
    problem = _only(validate_file(path))
    line = _line_of(text, "- id: docs.prior_notise")
    assert problem.startswith(f"{path}:{line}:")
    assert "docs.prior_notise" in problem and "未知" in problem and "docs.prior_notice" in problem  # suggestion


def test_negative_points(tmp_path: Path) -> None:
    start = HENAN_TEXT.index("- id: docs.filing_approval")
    text = HENAN_TEXT[:start] + HENAN_TEXT[start:].replace("points: 5", "points: -5", 1)
    path = _write(tmp_path, text)
    problem = _only(validate_file(path))
    assert problem.startswith(f"{path}:{_line_of(text, 'points: -5')}:")
    assert "docs.filing_approval" in problem and "负数" in problem


def test_veto_without_reason(tmp_path: Path) -> None:
    reason = "    veto_reason: 未履行处罚前告知，依法不得作出处罚决定\n"
    assert reason in HENAN_TEXT
    text = HENAN_TEXT.replace(reason, "")
    path = _write(tmp_path, text)
    problem = _only(validate_file(path))
    veto_line = _line_of(text, "veto: true", text.index("- id: docs.prior_notice"))
    assert problem.startswith(f"{path}:{veto_line}:")
    assert "docs.prior_notice" in problem and "veto_reason" in problem


def test_duplicate_check(tmp_path: Path) -> None:
    text = HENAN_TEXT.replace("- id: decision.doc_number\n", "- id: decision.contents\n")
    path = _write(tmp_path, text)
    problem = _only(validate_file(path))
    second = _line_of(text, "- id: decision.contents", text.index("- id: decision.contents") + 1)
    first = _line_of(text, "- id: decision.contents")
    assert problem.startswith(f"{path}:{second}:")
    assert "decision.contents" in problem and "重复" in problem and f"第 {first} 行" in problem


def test_undeclared_category(tmp_path: Path) -> None:
    start = HENAN_TEXT.index("- id: decision.basis_precise")
    text = HENAN_TEXT[:start] + HENAN_TEXT[start:].replace("category: 法律适用", "category: 法规适用", 1)
    path = _write(tmp_path, text)
    problem = _only(validate_file(path))
    assert problem.startswith(f"{path}:{_line_of(text, 'category: 法规适用')}:")
    assert "decision.basis_precise" in problem and "未在 categories 中声明" in problem


def test_points_above_category(tmp_path: Path) -> None:
    start = HENAN_TEXT.index("- id: officers.certificates")
    text = HENAN_TEXT[:start] + HENAN_TEXT[start:].replace("points: 3", "points: 30", 1)
    problem = _only(validate_file(_write(tmp_path, text)))
    assert f":{_line_of(text, 'points: 30')}:" in problem and "超过所属分类" in problem


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        ("- {name: 合格, min_score: 70}", "- {name: 合格, min_score: 95}", "从高到低"),
        ("- {name: 不合格, min_score: 0}", "- {name: 不合格, min_score: 10}", "应为 0"),
        ("veto_grade: 不合格", "veto_grade: 零分", "否决等级"),
    ],
)
def test_bad_grade_bands(tmp_path: Path, old: str, new: str, needle: str) -> None:
    text = HENAN_TEXT.replace(old, new)
    problem = _only(validate_file(_write(tmp_path, text)))
    assert f":{_line_of(text, new)}:" in problem and needle in problem


def test_categories_must_sum_to_total(tmp_path: Path) -> None:
    text = HENAN_TEXT.replace("name: 执法程序, points: 45", "name: 执法程序, points: 40")
    problem = _only(validate_file(_write(tmp_path, text)))
    assert "之和为 95" in problem


def test_major_filing_check_needs_the_rule(tmp_path: Path) -> None:
    text = HENAN_TEXT.replace("  major_filing:                  #", "  major_filing:  #").replace(
        "    required: true\n    period: {days: 15, unit: days}\n", "    required: false\n"
    )
    problems = validate_file(_write(tmp_path, text))
    assert len(problems) == 2 and all("备案" in problem for problem in problems)


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    text = HENAN_TEXT.replace("  - id: docs.order\n", "  - id: [docs.order\n")
    problem = _only(validate_file(_write(tmp_path, text)))
    assert "YAML" in problem and problem.startswith(str(tmp_path / "typo.yaml") + ":")


def test_load_raises_typed_error_with_all_problems(tmp_path: Path) -> None:
    text = HENAN_TEXT.replace("- id: docs.prior_notice\n", "- id: docs.prior_notise\n").replace(
        "- id: decision.doc_number\n", "- id: decision.contents\n"
    )
    path = _write(tmp_path, text)
    with pytest.raises(InvalidStandard) as caught:
        load_standard(path)
    error = caught.value
    assert isinstance(error, ReviewerError) and error.exit_code == 2
    assert len(error.problems) == 2
    assert "评查标准文件无效" in error.user_message and "docs.prior_notise" in error.user_message
    assert all(problem.file == str(path) for problem in error.problems)


def test_local_ids_allowed_and_unknown_fields_rejected(tmp_path: Path) -> None:
    text = HENAN_TEXT.replace("- id: decision.doc_number\n", "- id: local.henan.doc_number\n")
    assert validate_file(_write(tmp_path, text)) == []
    text = HENAN_TEXT.replace("    message: 案卷中未见结案报告", "    pionts: 3\n    message: 案卷中未见结案报告")
    problem = _only(validate_file(_write(tmp_path, text)))
    assert f":{_line_of(text, 'pionts: 3')}:" in problem and "docs.closing_report" in problem and "未知字段" in problem
