"""Dates as case files write them, the strings that only look like dates, and the instrument's own date."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.fields.dates import DateMatch, find_dates, parse_date, signed_end, signing_date, story_dates

D = dt.date


# --- forms ----------------------------------------------------------------------------------------------

FORMS = [
    ("arabic", "2023年5月12日", D(2023, 5, 12)),
    ("arabic with spaces", "2023 年 5 月 12 日", D(2023, 5, 12)),
    ("zero padded", "2023年05月12日", D(2023, 5, 12)),
    ("day written 号", "2023年5月12号", D(2023, 5, 12)),
    ("chinese 〇", "二〇二三年五月十二日", D(2023, 5, 12)),
    ("chinese ○ (U+25CB)", "二○二三年五月二十日", D(2023, 5, 20)),
    ("chinese 零", "二零二三年十二月三十一日", D(2023, 12, 31)),
    ("ocr capital O", "二O二三年五月十二日", D(2023, 5, 12)),
    ("ocr small o", "二o二三年五月十二日", D(2023, 5, 12)),
    ("ocr full-width Ｏ", "二Ｏ二三年五月十二日", D(2023, 5, 12)),
    ("ocr digit 0", "二0二三年五月十二日", D(2023, 5, 12)),
    ("two zeros", "二〇〇九年一月一日", D(2009, 1, 1)),
    ("chinese teens", "二〇二三年十月十一日", D(2023, 10, 11)),
    ("chinese twenties", "二〇二三年十一月二十九日", D(2023, 11, 29)),
    ("元月", "二〇二三年元月五日", D(2023, 1, 5)),
    ("廿", "二〇二三年五月廿一日", D(2023, 5, 21)),
    ("mixed numerals", "2023年五月十二日", D(2023, 5, 12)),
    ("full-width digits", "２０２３年５月１２日", D(2023, 5, 12)),
    ("spaced-out letters", "2 0 2 3 年 5 月 1 2 日", D(2023, 5, 12)),
    ("split after 月", "2023年5月\n12日", D(2023, 5, 12)),
    ("split after 年, CRLF", "2023年\r\n5月12日", D(2023, 5, 12)),
    ("chinese split", "二〇二三年五\n月十二日", D(2023, 5, 12)),
    ("dots", "2023.5.12", D(2023, 5, 12)),
    ("dashes", "2023-05-12", D(2023, 5, 12)),
    ("slashes", "2023/05/12", D(2023, 5, 12)),
    ("full-width dots", "２０２３．５．１２", D(2023, 5, 12)),
    ("leap day", "2024年2月29日", D(2024, 2, 29)),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in FORMS], ids=[i for i, _, _ in FORMS])
def test_each_form_is_read_whole(text: str, expected: dt.date) -> None:
    (match,) = find_dates(text)
    assert match == DateMatch(value=expected, raw=text, start=0, end=len(text), blank=False)
    assert parse_date(text) == expected


def test_offsets_point_into_the_original_text() -> None:
    text = "本局于２０２３年５月１２日立案，于2023-06-01调查终结。"
    first, second = find_dates(text)
    assert (first.value, second.value) == (D(2023, 5, 12), D(2023, 6, 1))
    for match in (first, second):
        assert text[match.start : match.end] == match.raw
    assert first.raw == "２０２３年５月１２日" and second.raw == "2023-06-01"


def test_dates_come_in_order() -> None:
    text = "2023年5月12日至2023年6月1日，又于二〇二三年六月五日、2023.6.9复查"
    expected = [D(2023, 5, 12), D(2023, 6, 1), D(2023, 6, 5), D(2023, 6, 9)]
    assert [m.value for m in find_dates(text)] == expected


def test_numbered_paragraph_does_not_hide_the_date() -> None:
    assert [m.raw for m in find_dates("1.2023年5月12日，执法人员到场检查")] == ["2023年5月12日"]


# --- times ----------------------------------------------------------------------------------------------

TIMES = [
    ("2023年5月12日9时30分", dt.time(9, 30)),
    ("2023年5月12日 09:30", dt.time(9, 30)),
    ("2023年5月12日10时", dt.time(10, 0)),
    ("2023年5月12日下午3时15分", dt.time(15, 15)),
    ("二〇二三年五月十二日上午九时三十分", dt.time(9, 30)),
    ("2023-05-12 09:30:15", dt.time(9, 30, 15)),
    ("2023-05-12T09:30", dt.time(9, 30)),
]


@pytest.mark.parametrize(("text", "time"), TIMES)
def test_a_time_after_the_date_is_read_apart(text: str, time: dt.time) -> None:
    (match,) = find_dates(text)
    assert (match.value, match.time, match.raw) == (D(2023, 5, 12), time, text)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("2023年5月12日25时", "2023年5月12日"),  # impossible time: date only
        ("2023年5月12日\n1、当事人基本情况", "2023年5月12日"),  # next line is not a time
        ("2023年5月12日12时许到达现场", "2023年5月12日12时"),
    ],
)
def test_the_span_covers_a_time_only_when_one_was_read(text: str, raw: str) -> None:
    (match,) = find_dates(text)
    assert match.value == D(2023, 5, 12) and match.raw == raw and match.end == len(raw)


# --- invalid dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["2023年2月30日", "2023年13月1日", "二〇二三年二月二十九日", "2023年4月31日", "1800年1月1日"]
)
def test_an_impossible_written_date_is_returned_without_value(text: str) -> None:
    (match,) = find_dates(text)
    assert (match.value, match.blank, match.invalid, match.raw) == (None, False, True, text)
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["2023.2.30", "2023-13-01", "2023/04/31", "2023-15-3号"])
def test_an_impossible_separator_date_is_skipped(text: str) -> None:
    assert find_dates(text) == []


# --- false positives --------------------------------------------------------------------------------------

NOT_DATES = [
    ("id number", "身份证号码：410102199001011234"),
    ("id number with x", "身份证号：41010220230512123X"),
    ("mobile", "联系电话：13820230512"),
    ("landline", "电话：0371-65123456"),
    ("dashed digits", "编号2023-1234-5678"),
    ("inside a longer run", "12023-05-12"),
    ("trailing digits", "2023-05-123"),
    ("more parts", "2023.5.12.3"),
    ("doc number", "豫市监罚〔2023〕15号"),
    ("doc number brackets", "[2023]第15号"),
    ("amount", "罚款人民币2023.50元"),
    ("year only", "2023年度工作计划"),
    ("month only", "2023年5月"),
    ("year and serial", "2023年第15号"),
    ("no year", "今年 5 月 12 日"),
    ("form label", "出生年月日：________"),
    ("empty", ""),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_DATES], ids=[i for i, _ in NOT_DATES])
def test_things_that_only_look_like_dates(text: str) -> None:
    assert find_dates(text) == []
    assert parse_date(text) is None


def test_a_date_next_to_an_id_number_is_found_but_not_inside_it() -> None:
    text = "身份证号410102199001011234，于2023年5月12日到案"
    assert [m.raw for m in find_dates(text)] == ["2023年5月12日"]


# --- blank templates --------------------------------------------------------------------------------------

BLANKS = [
    ("年  月  日", "年  月  日"),
    ("    年    月    日", "年    月    日"),
    ("20  年  月  日", "20  年  月  日"),
    ("二〇  年  月  日", "二〇  年  月  日"),
    ("____年__月__日", "年__月__日"),
    ("2023年  月  日", "2023年  月  日"),
    ("2023年5月  日", "2023年5月  日"),
    ("日期：年  月  日", "年  月  日"),
    ("年月日", "年月日"),  # alone on its line: spaces lost to OCR
    ("（印章）\n　　年　　月　　日", "年　　月　　日"),
]


@pytest.mark.parametrize(("text", "raw"), BLANKS)
def test_unfilled_templates_are_blank(text: str, raw: str) -> None:
    (match,) = find_dates(text)
    assert (match.value, match.blank, match.invalid, match.raw) == (None, True, False, raw)
    assert text[match.start : match.end] == raw
    assert parse_date(text) is None


def test_two_blank_templates_in_a_range() -> None:
    matches = find_dates("自    年  月  日至    年  月  日")
    assert [(m.blank, m.raw) for m in matches] == [(True, "年  月  日"), (True, "年  月  日")]


def test_a_filled_date_beside_a_blank_one() -> None:
    matches = find_dates("2023年5月12日  年  月  日")
    assert [(m.value, m.blank) for m in matches] == [(D(2023, 5, 12), False), (None, True)]


# --- signing date -----------------------------------------------------------------------------------------

DECISION = """行政处罚决定书
豫市监罚〔2023〕15号
当事人：某某商贸有限公司
经查，当事人于2023年3月1日至2023年4月15日期间销售过期食品。
本局于2023年4月20日立案调查。
请在收到本决定书之日起十五日内缴纳罚款。
如不服本决定，可在六十日内申请行政复议。
某某市市场监督管理局
（公章）
{date}
"""


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("二〇二三年五月十二日", D(2023, 5, 12)),
        ("2023年5月12日", D(2023, 5, 12)),
        ("２０２３年５月\n１２日", D(2023, 5, 12)),
    ],
)
def test_signing_date_is_the_end_date_not_a_body_date(date: str, expected: dt.date) -> None:
    match = signing_date(DECISION.format(date=date))
    assert match is not None and match.value == expected


def test_blank_signing_date_is_reported_blank() -> None:
    match = signing_date(DECISION.format(date="        年    月    日"))
    assert match is not None and match.blank and match.value is None


def test_invalid_signing_date_is_reported_not_replaced() -> None:
    match = signing_date(DECISION.format(date="二〇二三年二月三十日"))
    assert match is not None and match.invalid and match.raw == "二〇二三年二月三十日"


def test_notes_after_the_seal_do_not_push_the_date_out() -> None:
    notes = "\n".join(f"附注{i}：本文书一式三份" for i in range(8))
    text = DECISION.format(date="    年  月  日") + notes
    match = signing_date(text)
    assert match is not None and match.blank


def test_without_a_dated_signing_block_the_last_filled_date_is_used() -> None:
    body = "请于    年  月  日前缴纳。\n本局于2023年4月20日立案。\n" + "\n".join(f"第{i}行" for i in range(10))
    match = signing_date(body)
    assert match is not None and match.value == D(2023, 4, 20)


def test_record_signatures_take_the_last_date() -> None:
    text = "询问时间：2023年5月10日9时\n……\n被询问人签名：张三 2023年5月10日\n询问人签名：李四 2023年5月11日"
    match = signing_date(text)
    assert match is not None and match.value == D(2023, 5, 11)


@pytest.mark.parametrize("text", ["", "   \n\n", "没有日期的文本\n第二行"])
def test_signing_date_none_without_dates(text: str) -> None:
    assert signing_date(text) is None


def test_only_blank_templates_give_a_blank() -> None:
    match = signing_date("日期：    年  月  日\n" + "\n".join(f"第{i}行" for i in range(10)))
    assert match is not None and match.blank


# --- robustness -------------------------------------------------------------------------------------------


def test_long_runs_of_layout_spaces_stay_fast() -> None:
    text = " " * 30000 + "年" + " " * 30000 + "月" + " " * 30000 + "\n" * 30000
    assert find_dates(text) == []  # quadratic backtracking would take minutes here


def test_name_ending_in_a_numeral_is_not_the_year_of_a_blank_date():
    text = "询问人：李四　年　月　日"
    (match,) = find_dates(text)
    assert match.blank and match.value is None
    assert "四" not in match.raw and text[match.start : match.end] == match.raw


def test_a_blank_receipt_line_after_the_signing_date_is_not_the_date() -> None:
    text = "正文。\n江阴市市场监督管理局\n2023年11月10日\n当事人签名或盖章： 年 月 日\n"
    match = signing_date(text)
    assert match is not None and match.value == D(2023, 11, 10)


@pytest.mark.parametrize("receipt", ["当 事 人 签 收： 年 月 日", "（送 达 日 期：  年  月  日  送 达 方 式： ）"])
def test_a_letter_spaced_blank_receipt_line_is_not_the_date(receipt: str) -> None:
    text = f"正文。\n某县某某管理局\n2022年6月9日\n{receipt}\n"
    match = signing_date(text, strict=True)
    assert match is not None and match.value == D(2022, 6, 9)


@pytest.mark.parametrize("label", ["受送达人签收：＿＿＿＿　　签收日期：", "送达回执　当事人签字："])
def test_a_blank_receipt_date_wrapped_under_its_label_is_not_the_date(label: str) -> None:
    """The receipt's label on one line, its blank 年 月 日 wrapped onto the next: the label still makes it the
    receipt's line, not the decision's date."""
    text = f"正文。\n某县市场监督管理局\n（印章）\n2025年3月24日\n{label}　　\n年　　月　　日\n"
    match = signing_date(text, strict=True)
    assert match is not None and match.value == D(2025, 3, 24)


def test_a_blank_signing_date_under_the_agency_is_still_blank_after_a_filled_one() -> None:
    """Must not match: the line above the blank date names no receiver (the agency, its seal), so the blank is the
    block's own last date."""
    text = "本局于2025年3月2日送达告知书。\n某县市场监督管理局\n（印章）\n年　　月　　日\n"
    match = signing_date(text, strict=True)
    assert match is not None and match.blank


def test_a_letter_spaced_blank_signing_line_is_still_blank() -> None:
    match = signing_date("正文。\n某县某某管理局\n（印 章）\n年  月  日\n")
    assert match is not None and match.blank


def test_strict_signing_date_ignores_a_date_told_in_a_sentence() -> None:
    body = "本局于2025年9月22日送达告知书。\n" + "\n".join(f"第{i}行内容" for i in range(10)) + "\n（印章）"
    assert signing_date(body, strict=True) is None
    alone = "2025年9月30日\n" + "\n".join(f"第{i}行内容" for i in range(10))
    match = signing_date(alone, strict=True)
    assert match is not None and match.value == D(2025, 9, 30)


_SIGNED = "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2025〕7号\n当事人：某某公司\n本局于2025年3月2日检查。\n"


@pytest.mark.parametrize(
    "after",
    [
        "附件：证据清单\n1. 询问笔录（2025年3月7日）\n2. 现场检查笔录 2025年3月9日\n",
        "抄送：某县某某局\n证据目录：\n复查记录\n2025年6月20日\n",
        "罚没款缴款通知书\n缴款单位：某某公司\n开具日期：2025年6月30日\n",
        "送达回证\n受送达人签收：某某\n签收日期：2025年7月2日\n某县市场监督管理局\n2025年7月2日\n",
    ],
)
def test_a_decisions_date_is_its_signing_blocks_whatever_follows_it(after: str) -> None:
    """Attachments, 抄送 lines and appended pages after the agency, its seal and the date carry dates of their own."""
    for seal in ("（印章）\n", ""):
        text = f"{_SIGNED}某县市场监督管理局\n{seal}2025年6月16日\n{after}"
        match = signing_date(text, strict=True)
        assert match is not None and match.value == D(2025, 6, 16), (seal, after)
        assert text[: signed_end(text)].endswith("2025年6月16日")


def test_a_seal_set_below_the_date_stays_in_the_signed_part() -> None:
    text = f"{_SIGNED}某县市场监督管理局\n2025年6月16日\n（印章）\n附件：清单\n"
    assert text[: signed_end(text)].endswith("（印章）")


@pytest.mark.parametrize(
    "stamp",
    [
        "（某县市场监督管理局印章　2025.06.16）",
        "（印章）二〇二五年六月十六日",
        "（印章）　2025.6.16",
        "（某县市场监督管理局印章）2025年6月16日",
    ],
)
def test_a_seal_line_stamped_with_the_date_stays_in_the_signed_part(stamp: str) -> None:
    text = f"{_SIGNED}某县市场监督管理局\n2025年6月16日\n{stamp}\n某县市场监督管理局　第2页 共2页\n"
    assert text[: signed_end(text)].endswith(stamp)


@pytest.mark.parametrize(
    "line", ["（印章）　附件：清单", "附件：清单 2025年6月20日", "（印章）2025年6月16日　2025年6月20日"]
)
def test_a_line_with_more_than_a_seal_and_its_date_starts_what_follows(line: str) -> None:
    """Must not match: a seal line carrying other words, or a dated line that is no seal."""
    text = f"{_SIGNED}某县市场监督管理局\n2025年6月16日\n{line}\n"
    assert text[: signed_end(text)].endswith("2025年6月16日")


def test_a_seal_pushed_below_the_next_pages_running_header_stays_in_the_signed_part() -> None:
    text = f"{_SIGNED}某县市场监督管理局\n2025年6月16日\n某县市场监督管理局行政处罚决定书\n（公章）\n"
    assert signed_end(text) == len(text)
    header = f"{_SIGNED}某县市场监督管理局\n（印章）\n某县市场监督管理局   行政处罚决定书\n2025年6月16日\n附件：清单\n"
    assert header[: signed_end(header)].endswith("2025年6月16日")
    # must not match: a header with no seal under it starts what follows the signature
    text = f"{_SIGNED}某县市场监督管理局\n2025年6月16日\n某县市场监督管理局行政处罚决定书\n附件：清单\n（公章）\n"
    assert text[: signed_end(text)].endswith("2025年6月16日")


@pytest.mark.parametrize(
    "text",
    [
        # a heading that names the agency and a date (a publication's header) signs nothing
        "某县市场监督管理局\n2025年1月5日\n行政处罚决定书\n当事人：某某公司\n正文。\n正文。\n",
        # a date alone under a sentence, not under a signer's name
        f"{_SIGNED}本局认为当事人违法。\n2025年6月16日\n附件：清单\n",
        # the signing block at the very end
        f"{_SIGNED}某县市场监督管理局\n（印章）\n2025年6月16日\n",
    ],
)
def test_no_signing_block_before_other_text_leaves_the_whole_text(text: str) -> None:
    """Must not match: a name and date in the heading, a date under prose, or a block that ends the text."""
    assert signed_end(text) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年8月1\n9日", D(2025, 8, 19)),
        ("2024年1\n2月3日", D(2024, 12, 3)),
        ("二〇二四年十\n月二日", D(2024, 10, 2)),
    ],
)
def test_a_date_wrapped_inside_its_month_or_day_is_one_date(text: str, expected: dt.date) -> None:
    """The page's width breaks the line inside the day's digits (…执法人员：某某　2025年8月1 / 9日)."""
    assert parse_date(text) == expected


def test_a_number_on_the_next_line_is_not_pulled_into_a_date() -> None:
    """Must not join: a complete date at a line's end keeps its day; the next line's number is no part of it."""
    assert parse_date("2025年8月1日\n9日内缴纳") == D(2025, 8, 1)
    assert [m.value for m in find_dates("2025年8月\n9项")] == []


def test_a_date_broken_over_a_page_joins_across_the_blanked_furniture() -> None:
    """A page break inside the day's digits, the footer and header between blanked to spaces (第1页 共2页 / a
    running header): the break and the blank lines count as one line break."""
    assert parse_date("2025年8月1\n           \n9日") == D(2025, 8, 19)
    assert parse_date("2025年8月\n        \n　　　　\n19日") == D(2025, 8, 19)
    # must not join: words between are no furniture, and a complete date keeps its day
    assert parse_date("2025年8月1\n另查明，\n9日") is None
    assert parse_date("2025年8月1日\n     \n9日内缴纳") == D(2025, 8, 1)


def test_an_officers_line_ending_in_a_wrapped_date_signs_a_short_decision() -> None:
    text = "处罚款200元。\n执法人员：某甲（执法证号：0000）　某乙　2025年8月1\n9日\n当事人签名：某丙　某某局（印章\n）"
    match = signing_date(text, strict=True)
    assert match is not None and match.value == D(2025, 8, 19)


# --- dates a narrative writes from earlier ones --------------------------------------------------------------


def _told(text: str, **context: dt.date) -> list[tuple[str, dt.date | None]]:
    return [(m.raw, m.value) for m in story_dates(text, **context)]


def test_a_month_and_day_take_the_year_the_story_is_in() -> None:
    text = "2023年6月5日，某局检查了某店；6月9日立案；十月二十日，某局作出告知书。"
    assert _told(text) == [
        ("2023年6月5日", D(2023, 6, 5)),
        ("6月9日", D(2023, 6, 9)),
        ("十月二十日", D(2023, 10, 20)),
    ]


def test_the_story_runs_on_into_the_next_year() -> None:
    assert _told("某局于2022年12月27日作出告知书，于1月4日送达。")[-1] == ("1月4日", D(2023, 1, 4))


def test_a_day_before_the_instrument_is_dated_takes_its_year_when_the_story_would_pass_it() -> None:
    # the last date told is an earlier year's (the conduct's start): its next 3月2日 is still before the decision
    assert _told("当事人自2021年11月1日起销售。某局于3月2日作出告知书", ceiling=D(2022, 3, 9))[-1] == (
        "3月2日",
        D(2022, 3, 2),
    )
    # a date told back from the last one: the story's next such day would pass the decision, so the year before it
    assert _told("某局于2022年3月2日作出告知书。当事人自2月1日起销售", ceiling=D(2022, 3, 9))[-1] == (
        "2月1日",
        D(2022, 2, 1),
    )
    # with nothing told before it, the decision's own date gives the year (a January decision: December before it)
    assert _told("某局于12月20日送达告知书", ceiling=D(2023, 1, 9)) == [("12月20日", D(2022, 12, 20))]


def test_next_day_same_day_and_same_month() -> None:
    text = "2024年3月4日，某局检查了某店，次日立案；同月12日询问，同日制作笔录。"
    assert _told(text) == [
        ("2024年3月4日", D(2024, 3, 4)),
        ("次日", D(2024, 3, 5)),
        ("同月12日", D(2024, 3, 12)),
        ("同日", D(2024, 3, 12)),
    ]
    assert _told("某局于当日送达", before=D(2024, 5, 6)) == [("当日", D(2024, 5, 6))]
    assert _told("同年8月1日", before=D(2021, 12, 30)) == [("同年8月1日", D(2021, 8, 1))]


@pytest.mark.parametrize(
    "text",
    [
        "检查当日，当事人即改正",  # the inspection's day, not the last date told
        "立案次日，某局调取了记录",
        "自收到告知书之日起次日计算",
        "应在十二个月内改正",  # no month and day
        "每月15日前缴纳",
        "共2,024年1月",  # no day
    ],
)
def test_what_a_story_does_not_date(text: str) -> None:
    assert [m.raw for m in story_dates("2024年1月2日。" + text) if m.start > 10] == []


def test_without_a_date_before_it_or_the_instrument_s_own_nothing_gives_the_year() -> None:
    assert story_dates("某局于5月1日作出告知书，次日送达") == []


# --- a scanner's 曰 for 日 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"), [("2023年6月1 5曰", D(2023, 6, 15)), ("二〇二三年六月五曰", D(2023, 6, 5))]
)
def test_yue_misread_for_ri_after_a_day_is_read(text: str, expected: dt.date) -> None:
    (match,) = find_dates(text)
    assert match.value == expected and match.raw == text


def test_yue_misread_for_ri_in_a_date_told_without_its_year() -> None:
    (match,) = story_dates("6月15曰，执法人员送达告知书。", before=D(2023, 6, 1))
    assert match.value == D(2023, 6, 15)


@pytest.mark.parametrize("text", ["2023年6月，某某曰：", "子曰：学而时习之", "2023年6月曰"])
def test_yue_without_a_day_before_it_is_no_date(text: str) -> None:
    """Must not match: 曰 that follows no day's number."""
    assert [m for m in find_dates(text) if m.value is not None] == []


def test_a_signer_run_onto_the_last_sentences_line_ends_the_signed_text() -> None:
    text = (
        "某某区市场监督管理局\n行政处罚决定书\n某市监处罚〔2026〕9号\n当事人：某某超市\n经查……\n"
        "也可以在六个月内依法向人民法院提起行政诉讼。某某区市场监督管理局\n2026年2月10日\n"
        "【打印本页】【关闭窗口】\n相关链接：\n· 某某区市场监督管理局价格提醒告诫书"
    )
    assert text[: signed_end(text)].endswith("2026年2月10日")


def test_a_sentence_ending_in_a_date_of_its_own_is_no_signature() -> None:
    text = "某某区市场监督管理局\n行政处罚决定书\n某市监处罚〔2026〕9号\n当事人：某某超市\n本局于下列日期检查。\n2026年2月10日\n经查……"
    assert signed_end(text) == len(text)
