"""Remedies set as a table's rows (extractors/fields/remedy_table.py)."""

from __future__ import annotations

from extractors.fields.remedy_table import as_sentences, table_routes

TABLE = (
    "如不服本决定，可按下表选择救济途径：\n"
    "途径\u3000\u3000受理机关\u3000\u3000\u3000\u3000期限\n"
    "行政复议\u3000\u3000某甲县人民政府\u3000\u3000\u3000自收到本决定书之日起六十日内\n"
    "某乙市市场监督管理局\u3000\u3000（任选其一）\n"
    "行政诉讼\u3000\u3000某甲县人民法院\u3000\u3000\u3000自收到本决定书之日起六个月内\n"
    "某甲县市场监督管理局\n"
)

BARS = (
    "救济途径｜受理机关｜期限\n"
    "行政复议｜某丙区人民政府或者某丁市市场监督管理局｜收到本决定书之日起60日内\n"
    "行政诉讼｜某丙区人民法院｜收到本决定书之日起6个月内\n"
)


def test_rows_of_a_spaced_table_with_an_option_on_a_line_of_its_own() -> None:
    review, litigation = table_routes(TABLE)
    assert (review.route, review.bodies, review.period) == (
        "review",
        ["某甲县人民政府", "某乙市市场监督管理局"],
        "自收到本决定书之日起六十日内",
    )
    assert TABLE[review.period_start :].startswith(review.period)
    assert (litigation.route, litigation.bodies) == ("litigation", ["某甲县人民法院"])


def test_rows_of_a_barred_table() -> None:
    review, litigation = table_routes(BARS)
    assert review.bodies == ["某丙区人民政府", "某丁市市场监督管理局"] and review.period == "收到本决定书之日起60日内"
    assert litigation.bodies == ["某丙区人民法院"] and litigation.period == "收到本决定书之日起6个月内"


def test_the_table_written_as_sentences() -> None:
    written = as_sentences(BARS)
    assert "救济途径" not in written
    assert "收到本决定书之日起60日内向某丙区人民政府或者某丁市市场监督管理局申请行政复议。" in written
    assert "收到本决定书之日起6个月内向某丙区人民法院提起行政诉讼。" in written


def test_the_signature_after_the_last_row_is_no_option() -> None:
    """Must not match: a body's name below the last row is the signing agency, not another option."""
    text = "行政复议\u3000\u3000某甲县人民政府\u3000\u3000六十日内\n某甲县市场监督管理局\n2025年3月1日\n"
    (review,) = table_routes(text)
    assert review.bodies == ["某甲县人民政府"]
    assert as_sentences(text).endswith("某甲县市场监督管理局\n2025年3月1日\n")


def test_a_sentence_or_a_row_without_a_period_is_no_table_row() -> None:
    """Must not match: a line that offers the route in words, or a row with no period cell."""
    assert table_routes("行政复议\u3000向某甲县人民政府申请，期限六十日内\n") == []
    assert table_routes("行政复议\u3000\u3000某甲县人民政府\n行政诉讼\u3000\u3000某甲县人民法院\n") == []
    sentence = "当事人可以在六十日内向某甲县人民政府申请行政复议。\n"
    assert as_sentences(sentence) == sentence
