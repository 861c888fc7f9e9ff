"""Page furniture is blanked in place: page numbers, the copy note, the publication and service lines."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.fields.furniture import blank_furniture, furniture_line, furniture_spans
from extractors.fields.money import read_penalty
from extractors.fields.procedure import read_procedure


def test_blanking_keeps_length_and_line_breaks() -> None:
    text = "处罚如下：罚\n第 2 页 共 6 页\n款1000元。\n本文书一式二份，一份送达，一份归档。"
    clean = blank_furniture(text)
    assert len(clean) == len(text) and clean.count("\n") == text.count("\n")
    assert "页" not in clean and "一式" not in clean and "罚" in clean


def test_a_page_number_inside_a_sentence_no_longer_splits_the_fine() -> None:
    text = "决定处罚如下：罚款人民币\n- 2 -\n3000元。\n当事人应当自收到本决定书之日起十五日内缴纳。"
    assert read_penalty(blank_furniture(text)).values["fine"] == 3000


def test_the_copy_note_wrapped_onto_a_second_line_is_one_run() -> None:
    text = "江阴市市场监督管理局\n本文书一式 二 份， 一 /\n份送达，一份归档，\n2023年11月10日"
    clean = blank_furniture(text)
    assert "归档" not in clean and "2023年11月10日" in clean and "监督管理局" in clean


def test_publication_and_empty_service_lines_are_furniture() -> None:
    text = "某局\n（市场监督管理部门将依法向社会公示行政处罚决定信息）\n（送达日期：  年 月 日 送达方式： ）\n"
    assert len(furniture_spans(text)) == 2
    assert blank_furniture(text).strip() == "某局"


def test_body_lines_that_mention_pages_stay() -> None:
    text = "2.现场笔录1份共4页，证明当事人经营情况。\n第三条 规定如下"
    assert blank_furniture(text) == text


def test_a_bare_number_ending_a_page_is_its_page_number() -> None:
    first = "也可以自收到本决定书之日起六\n26"
    text = first + "\n个月内向某区人民法院提起行政诉讼。\n序号\n3\n现场照片"
    clean = blank_furniture(text, page_ends=[len(first), len(text)])
    assert "26" not in clean and len(clean) == len(text)
    assert "\n3\n" in clean  # a number inside a page is a table cell, not furniture


def test_a_bare_number_is_kept_when_page_ends_are_unknown() -> None:
    text = "罚款人民币\n5000\n元整"
    assert blank_furniture(text) == text
    assert blank_furniture(text, page_ends=[len(text)]) == text


def test_a_lone_asterisk_line_inside_a_citation_is_furniture() -> None:
    """第十四\\n*\\n条: the glyph line goes, a masked value on a line of its own text (9****K) stays."""
    text = "依据《某某规则》第十四\n*\n条第二项的规定。信用代码：9****K\n"
    cleaned = blank_furniture(text)
    assert len(cleaned) == len(text)
    assert "".join(cleaned.split()) == "依据《某某规则》第十四条第二项的规定。信用代码：9****K"


def test_a_title_repeated_at_the_top_of_a_later_page_is_a_running_head() -> None:
    first = "嵩川县市场监督管理局\n行政处罚决定书\n嵩市监处罚〔2024〕17号\n当事人：嵩川县好运来超市\n可在六十日内向嵩川县人民政府申请"
    second = "行政处罚决定书\n行政复议，也可以在六个月内向人民法院提起行政诉讼。\n行政处罚决定书由本局送达。"
    text = first + "\n" + second
    clean = blank_furniture(text, [len(first), len(text)])
    assert len(clean) == len(text)
    assert "申请\n" in clean and "".join(clean.split()).count("行政处罚决定书") == 2  # page 1's title, the last line
    assert blank_furniture(text) == text  # pages unknown: nothing is taken for a running head


@pytest.mark.parametrize("after", ["（印章）", "（ 印 章 ）", "二〇二五年一月八日", "2025 年 1 月 8 日"])
def test_the_agency_opening_the_last_page_above_its_seal_or_date_signs(after: str) -> None:
    first = "某某县市场监督管理局\n行政处罚决定书\n某市监处罚〔2025〕7号\n当事人：某某五金店\n本决定不停止执行。"
    second = f"某某县市场监督管理局\n{after}\n"
    text = first + "\n" + second
    clean = blank_furniture(text, [len(first), len(text)])
    assert "".join(clean.split()).count("某某县市场监督管理局") == 2


def test_the_agency_opening_a_page_above_the_text_is_still_a_running_head() -> None:
    first = "某某县市场监督管理局\n行政处罚决定书\n某市监处罚〔2025〕7号\n当事人：某某五金店\n经查，当事人"
    second = "某某县市场监督管理局\n于2025年1月8日销售商品未标明价格。\n"
    text = first + "\n" + second
    clean = blank_furniture(text, [len(first), len(text)])
    assert "".join(clean.split()).count("某某县市场监督管理局") == 1


@pytest.mark.parametrize(
    "footer", ["某某县市场监督管理局行政处罚决定书（第1页，共2页）", "某某县市场监督管理局　　第 1 页／共 2 页"]
)
def test_a_footer_naming_its_page_beside_other_words_does_not_split_a_citation(footer: str) -> None:
    first = "某某县市场监督管理局\n行政处罚决定书\n依据《明码标价和禁止价格欺诈\n" + footer
    second = "规定》第二十三条的规定，决定罚款。\n"
    text = first + "\n" + second
    clean = blank_furniture(text, [len(first), len(text)])
    assert "《明码标价和禁止价格欺诈规定》第二十三条" in "".join(clean.split())
    assert "".join(blank_furniture(first, [len(first)]).split()).startswith("某某县市场监督管理局行政处罚决定书")


def test_a_last_line_that_mentions_pages_in_a_sentence_stays() -> None:
    first = "某某县市场监督管理局\n行政处罚决定书\n证据一：询问笔录，第1页共3页"
    text = first + "\n规定》第二十三条。\n"
    assert blank_furniture(text, [len(first), len(text)]) == text


def test_page_numbers_between_any_dashes_are_furniture() -> None:
    for footer in ("– 2 –", "——2——", "−3−", "— 4 —"):
        text = f"决定罚款人民币\n{footer}\n3000元。"
        assert read_penalty(blank_furniture(text)).values["fine"] == 3000, footer


def test_a_range_or_a_list_item_is_not_furniture() -> None:
    text = "证据：\n- 注：见附件\n2-3\n- 2\n"
    assert blank_furniture(text) == text


@pytest.mark.parametrize("marker", ["第1页（共2页）", "第 1 页 (共 2 页)", "第1页，（共2页）"])
def test_a_page_number_with_its_total_in_brackets_is_furniture(marker: str) -> None:
    """第1页（共2页） at a page's foot, inside the 复议 body's name (…向某某县\\n第1页（共2页）\\n人民政府申请…)."""
    text = f"可以自收到本决定书之日起六十日内向某某县\n{marker}\n人民政府申请行政复议。"
    assert "页" not in blank_furniture(text)


def test_a_bracketed_page_count_in_the_body_stays() -> None:
    """Must not match: a count of pages inside a sentence is body text."""
    text = "证据：询问笔录1份（共2页），证明违法事实。\n第1页（共2页）的内容如下"
    assert blank_furniture(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "某某县市场监督管理局　　第 1 页（共 2 页）",
        "某某市市场监督管理局行政处罚决定书　第1页 共2页",
        "某某局 共3页 第2页",
    ],
)
def test_a_page_number_after_the_agency_or_title_is_furniture(line: str) -> None:
    """A running foot naming the agency or the document before its page number, landing inside a law's name
    (《某某违法行为\\n某某县…第1页（共2页）\\n处罚规定》) or the 复议 body's (…向某某市人民政\\n…\\n府申请)."""
    text = f"依据《某某违法行为行政\n{line}\n处罚规定》第七条的规定，本局决定："
    assert "页" not in blank_furniture(text) and "行政" in blank_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        # must not match: a sentence that names pages (its marks tell it from a running foot)
        "证据：询问笔录，第1页共2页，证明违法事实。\n",
        "本局认为，附件第2页（共3页）所列商品未标价。\n",
        # a page number without its total after text stays for the bare page-number rules
        "详见清单第2页\n",
    ],
)
def test_a_sentence_naming_pages_is_no_running_foot(text: str) -> None:
    assert blank_furniture(text) == text


def test_the_agency_name_ending_every_page_is_a_running_foot() -> None:
    """A footer that repeats the agency's name without a page number, landing inside the 复议 clause
    (…向某某县人民政府申请行\\n某某县市场监督管理局\\n政复议)."""
    first = "某某县市场监督管理局\n不予行政处罚决定书\n当事人：某某农业公司\n可以在六十日内向某某县人民政府申请行\n某某县市场监督管理局"
    second = "政复议，也可以在六个月内向某某县人民法院提起行政诉讼。\n某某县市场监督管理局\n（印章）\n2024年4月15日\n某某县市场监督管理局"
    text = first + "\n" + second
    clean = "".join(blank_furniture(text, [len(first), len(text)]).split())
    assert "申请行政复议" in clean
    assert clean.count("某某县市场监督管理局") == 2  # the head and the signature


@pytest.mark.parametrize("under", ["— {n} —", "第 {n} 页 共 2 页", "本文书一式两份，一份送达当事人，一份存档。"])
def test_the_agency_foot_above_a_page_number_is_a_running_foot(under: str) -> None:
    """The same foot with the page's number or the copy note printed under it (某某县市场监督管理局 / — 1 —): that
    line is not the foot, the agency's name above it is."""
    first = (
        "某某县市场监督管理局\n不予行政处罚决定书\n当事人：某某农业公司\n可以在六十日内向某某县人民政府申请行\n"
        "某某县市场监督管理局\n" + under.format(n=1)
    )
    second = (
        "政复议，也可以在六个月内向某某县人民法院提起行政诉讼。\n某某县市场监督管理局\n（印章）\n2024年4月15日\n"
        "某某县市场监督管理局\n" + under.format(n=2)
    )
    text = first + "\n" + second
    clean = "".join(blank_furniture(text, [len(first), len(text)]).split())
    assert "申请行政复议" in clean
    assert clean.count("某某县市场监督管理局") == 2
    # must not match: page numbers under pages that end with different words leave those words alone
    page = first.replace("申请行\n某某县市场监督管理局", "申请行政复议。\n附件：清单")
    other = page + "\n" + second
    assert "附件：清单" in blank_furniture(other, [len(page), len(other)])


@pytest.mark.parametrize(
    "foot", ["某某区市场监督管理局行政处罚决定书", "某某区市场监督管理局制", "某某省市场监督管理局印制"]
)
def test_a_document_name_or_form_maker_ending_every_page_is_a_running_foot(foot: str) -> None:
    """A foot that names the document or the form's maker, not one of the first page's top lines, landing inside
    the payment sentence (…之日起十五 / 某某区市场监督管理局制 / 日内缴纳): no sentence and no signature ends so."""
    body = "".join(f"第{n}段正文。\n" for n in range(1, 6))  # the foot is no top line of the first page
    first = (
        "某某市某某区市场监督管理局\n行政处罚决定书\n当事人：某某餐饮店\n"
        + body
        + "当事人应当自收到本决定书之日起十五\n"
        + foot
    )
    second = "日内缴纳罚款。\n某某市某某区市场监督管理局\n2025年5月6日\n" + foot
    text = first + "\n" + second
    clean = "".join(blank_furniture(text, [len(first), len(text)]).split())
    assert "之日起十五日内缴纳" in clean
    assert clean.count(foot) == ("行政处罚决定书" in foot)  # the title under the agency reads as one where it names it


@pytest.mark.parametrize("ending", ["本局依法作出本决定书", "某某区人民政府", "某某区市场监督管理局"])
def test_a_repeated_last_line_of_another_shape_is_no_running_foot(ending: str) -> None:
    """Must not match: the same last line on every page that neither repeats a top line nor names a document or a
    form's maker with an agency before it (a clause ending in 决定书, a government's or an agency's bare name)."""
    body = "".join(f"第{n}段正文。\n" for n in range(1, 6))  # the ending is no top line of the first page
    first = "某某市某某区市场监督管理局\n行政处罚决定书\n当事人：某某餐饮店\n" + body + ending
    text = first + "\n正文。\n" + ending
    assert blank_furniture(text, [len(first), len(text)]) == text


def test_a_page_ending_with_the_signing_agency_alone_is_no_running_foot() -> None:
    """Must not match: only one page ends with the agency (the signature fell at its foot), the next ends with the
    date, so no line ends every page."""
    first = "某某县市场监督管理局\n行政处罚决定书\n当事人：某某五金店\n本决定不停止执行。\n某某县市场监督管理局"
    second = "（印章）\n2024年4月15日"
    text = first + "\n" + second
    assert blank_furniture(text, [len(first), len(text)]) == text


@pytest.mark.parametrize(
    "footer",
    [
        "某某市市场监督管理局　第1页",
        "某某市市场监督管理局行政处罚决定书 第 1 页",
        "某市监罚〔2024〕77号　第1页",
        "某某市市场监督管理局 · 第1页",
        "某某市市场监督管理局｜第1页",
    ],
)
def test_a_footer_with_the_page_number_only_after_the_agency_is_furniture(footer: str) -> None:
    """A running foot naming the agency and its page without the total, inside the payee's name (…缴入某某市财政局非税
    \\n某某市市场监督管理局　第1页\\n收入汇缴专户)."""
    first = (
        "某某市市场监督管理局\n行政处罚决定书\n当事人应当自收到本决定书之日起十五日内，将罚款缴入某某市财政局非税\n"
        + footer
    )
    second = "收入汇缴专户。\n"
    text = first + "\n" + second
    assert "某某市财政局非税收入汇缴专户" in "".join(blank_furniture(text, [len(first), len(text)]).split())


@pytest.mark.parametrize(
    "footer",
    [
        "某 某 市 市 场 监 督 管 理 局 行 政 处 罚 决 定 书   第1页",
        "某某市市场监督管理局行政处罚决 定 书 第 1 页",
        "某 某 市 局 第1页",
    ],
)
def test_a_letter_spaced_footer_with_its_page_number_is_furniture(footer: str) -> None:
    """The same foot letter-spaced by the text layer, inside the 复议 sentence (…向某某市市场监督\n某 某 …书   第1页
    \n管理局申请行政复议)."""
    first = "某某市市场监督管理局\n行政处罚决定书\n可以在收到本决定书之日起六十日内向某某市市场监督\n" + footer
    text = first + "\n管理局申请行政复议。\n"
    assert "向某某市市场监督管理局申请" in "".join(blank_furniture(text, [len(first), len(text)]).split())


@pytest.mark.parametrize("ending", ["见 询 问 笔 录 第2页", "详 见 清 单 第 2 页", "证 据：某 某 局 第2页"])
def test_a_letter_spaced_body_line_ending_in_a_page_reference_stays(ending: str) -> None:
    """Must not match: letter-spaced body text ending in a page reference whose words end no agency's or document's
    name, or that a clause mark splits."""
    first = "某某县市场监督管理局\n行政处罚决定书\n" + ending
    text = first + "\n证明违法事实。\n"
    assert blank_furniture(text, [len(first), len(text)]) == text


@pytest.mark.parametrize("ending", ["证据：询问笔录，见卷宗第2页", "证据：见某市监检〔2024〕3号笔录第2页"])
def test_a_page_ending_with_a_page_reference_in_the_body_stays(ending: str) -> None:
    """Must not match: a body line ending in a page reference that names no agency, document or number right before
    it, or that ends a sentence's clause before its words."""
    first = "某某县市场监督管理局\n行政处罚决定书\n" + ending
    text = first + "\n证明违法事实。\n"
    assert blank_furniture(text, [len(first), len(text)]) == text


@pytest.mark.parametrize("footer", ["第1页／共2页", "第 2 页 ／ 共 3 页", "2／3"])
def test_a_page_number_with_a_full_width_slash_is_furniture(footer: str) -> None:
    """The footer falls inside the 复议 sentence (…向某某县人民政府申\\n第1页／共2页\\n请行政复议…)."""
    text = f"可以自收到本决定书之日起六十日内向某某县人民政府申\n{footer}\n请行政复议。"
    assert "页" not in blank_furniture(text) and "／" not in blank_furniture(text)


def test_a_full_width_slash_inside_a_sentence_stays() -> None:
    """Must not match: a ratio or a page reference written inside body text."""
    text = "证据：检查笔录第1页／共2页所载内容。\n价格比为1／3，证明违法事实。\n"
    assert blank_furniture(text) == text


@pytest.mark.parametrize("footer", ["·1·", "· 2 ·", "・3・"])
def test_a_page_number_between_dots_is_furniture(footer: str) -> None:
    """The footer falls inside the payee's name (…缴入某某县财政局罚\\n·1·\\n没收入专户)."""
    text = f"将罚没款缴入某某县财政局罚\n{footer}\n没收入专户。"
    assert "某某县财政局罚没收入专户" in "".join(blank_furniture(text).split())


def test_dots_around_a_number_inside_a_sentence_stay() -> None:
    """Must not match: a numbered point or a number between dots inside body text."""
    text = "证据：·1·现场笔录；\n规格为·2·型。\n"
    assert blank_furniture(text) == text


def test_a_footer_with_the_agency_and_its_page_over_the_count_is_furniture() -> None:
    """A running foot 某局　1/2 inside the 复议 sentence (…向某某县人民政\\n某某县市场监督管理局　1/2\\n府申请…)."""
    first = "某某县市场监督管理局\n行政处罚决定书\n可在收到本决定书之日起六十日内向某某县人民政\n某某县市场监督管理局　　1/2"
    text = first + "\n府申请行政复议。\n某某县市场监督管理局　　2/2"
    assert "向某某县人民政府申请" in "".join(blank_furniture(text, [len(first), len(text)]).split())


def test_a_page_ending_in_a_ratio_after_other_words_stays() -> None:
    """Must not match: a body line ending in a ratio whose words end no agency's or document's name."""
    first = "某某县市场监督管理局\n行政处罚决定书\n涉案商品占比　1/2"
    text = first + "\n，证明违法事实。\n"
    assert blank_furniture(text, [len(first), len(text)]) == text


def test_a_running_head_of_two_lines_goes_whole() -> None:
    """The agency and the title (or the agency twice) at a later page's top, inside a law's name: both are furniture,
    so the name is whole again; the agency above the seal still signs."""
    first = "某某县市场监督管理局\n某某县市场监督管理局\n行政处罚决定书\n某市监处罚〔2025〕7号\n当事人：某某五金店\n违反了《中华人民共和国"
    for head in ("某某县市场监督管理局\n行政处罚决定书", "某某县市场监督管理局\n某某县市场监督管理局"):
        second = f"{head}\n价格法》第十三条的规定。\n某某县市场监督管理局\n（印章）\n"
        text = first + "\n" + second
        clean = "".join(blank_furniture(text, [len(first), len(text)]).split())
        assert "《中华人民共和国价格法》第十三条" in clean
        assert clean.endswith("某某县市场监督管理局（印章）")
    # must not match: the agency under a running head, above the seal, signs
    second = "某某县市场监督管理局\n某某县市场监督管理局\n（印章）\n"
    text = first + "\n" + second
    clean = "".join(blank_furniture(text, [len(first), len(text)]).split())
    assert clean.endswith("中华人民共和国某某县市场监督管理局（印章）")
    # must not match: a body line after the head that is no head line stays
    second = "某某县市场监督管理局\n于2025年1月8日销售商品未标明价格。\n"
    text = first + "\n" + second
    assert "于2025年1月8日" in blank_furniture(text, [len(first), len(text)])


@pytest.mark.parametrize("marker", ["— {n} / 3 —", "— 第{n}页 —", "·第{n}页 共3页·", "- 第 {n} 页 -"])
def test_page_markers_between_dashes_or_dots_are_furniture(marker: str) -> None:
    """— 2 / 3 — and — 第2页 — at a page's foot, inside the court's name (…人民法院提 / — 2 / 3 — / 起行政诉讼)."""
    first = "某某市市场监督管理局\n行政处罚决定书\n也可以在六个月内直接向某某市某某区人民法院提\n" + marker.format(n=1)
    text = first + "\n起行政诉讼。\n" + marker.format(n=2)
    assert "人民法院提起行政诉讼" in "".join(blank_furniture(text, [len(first), len(text)]).split())


@pytest.mark.parametrize("line", ["— 详见第2页 —", "第2项 — 3 / 4 个批次", "— 2 / 3 — 见附件"])
def test_dashes_around_words_that_are_no_page_marker_stay(line: str) -> None:
    """Must not match: a line with words beside the dashed marker is body text."""
    assert blank_furniture(f"正文。\n{line}\n正文。") == f"正文。\n{line}\n正文。"


def test_a_page_marker_beside_the_copy_note_goes_with_it() -> None:
    """第1页　共2页　　本文书一式三份… on one line at a page's foot, inside a law's name (《中华人民共和国价 / … / 格法》)."""
    first = "某某县市场监督管理局\n行政处罚决定书\n依据《中华人民共和国价\n第1页　共2页　　　　本文书一式三份，一份送达，一份归档"
    text = first + "\n格法》第四十二条的规定。"
    assert "《中华人民共和国价格法》第四十二条" in "".join(blank_furniture(text, [len(first), len(text)]).split())
    # must not match: words beside the copy note that are no page marker stay
    other = "依据清单第1页所列\u3000本文书一式三份，一份送达，一份归档"
    assert "依据清单第1页所列" in blank_furniture(other)


@pytest.mark.parametrize("note", ["本决定书涉及个人信息部分已作处理", "（本文书中涉及的个人隐私已隐去）"])
def test_a_page_marker_beside_the_privacy_note_goes_with_it(note: str) -> None:
    """第1页　共2页　　本决定书涉及个人信息部分已作处理 at a page's foot, inside the remedy sentence (…申 / … / 请行政复议)."""
    first = "某某县市场监督管理局\n行政处罚决定书\n可在六十日内向某某县人民政府申\n第1页\u3000共2页\u3000\u3000" + note
    text = first + "\n请行政复议。"
    assert "向某某县人民政府申请行政复议" in "".join(blank_furniture(text, [len(first), len(text)]).split())
    assert furniture_line(note)


@pytest.mark.parametrize(
    "line",
    [
        "本局认为当事人涉及的个人信息已作处理",
        "本决定书涉及个人信息部分已作处理，当事人应当配合",
        "当事人涉及个人信息已作处理",
    ],
)
def test_a_sentence_about_personal_information_stays(line: str) -> None:
    """Must not match: the agency's own sentence, or the note running on into a sentence, is body text."""
    assert blank_furniture(f"正文。\n{line}\n正文。") == f"正文。\n{line}\n正文。"


def test_page_numbers_printed_at_the_tops_of_pages_are_furniture() -> None:
    """A bare number opening each page that counts the pages (1, 2, 3 at the tops), one of them inside a law's name."""
    pages = [
        "1\n某某市市场监督管理局\n行政处罚决定书\n依据《中华人民共和国",
        "2\n行政处罚法》第二十九条的规定。",
        "3\n（印章）",
    ]
    text = "\n".join(pages)
    ends = [sum(len(p) + 1 for p in pages[: i + 1]) - 1 for i in range(len(pages))]
    assert "《中华人民共和国行政处罚法》第二十九条" in "".join(blank_furniture(text, ends).split())


def test_a_page_number_under_a_copy_note_at_the_top_of_a_page_is_furniture() -> None:
    """本文书一式三份… then 2 opening the page, inside the remedies sentence: the number goes with the note."""
    copy_note = "本文书一式三份，一份送达，一份归档，一份承办机构留存。"
    pages = ["某某市市场监督管理局\n行政处罚决定书\n可以向某某县人民政府申请行", f"{copy_note}\n2\n政复议。"]
    text = "\n".join(pages)
    ends = [len(pages[0]), len(text)]
    assert "申请行政复议" in "".join(blank_furniture(text, ends).split())
    # must not match: a number under words that are no furniture stays (a table's cell, a count)
    other = ["某某市市场监督管理局\n行政处罚决定书\n抽检样品", "共计\n2\n件。"]
    joined = "\n".join(other)
    assert "2" in blank_furniture(joined, [len(other[0]), len(joined)])


@pytest.mark.parametrize(
    "pages",
    [
        ["正文一\n依据下表", "7\n件样品抽检合格"],  # one page opened by a number that is not its place
        ["正文一", "5\n件", "9\n项"],  # numbers that count nothing
    ],
)
def test_numbers_opening_pages_that_count_nothing_stay(pages: list[str]) -> None:
    """Must not match: a number opening a page that is no page count (a table cell, an amount carried over)."""
    text = "\n".join(pages)
    ends = [sum(len(p) + 1 for p in pages[: i + 1]) - 1 for i in range(len(pages))]
    assert blank_furniture(text, ends) == text


def test_the_decisions_own_copy_note_with_a_page_number_is_furniture() -> None:
    """本决定书一式三份…　第1页 at a page's foot, inside an account's name: the note and its marker go."""
    first = (
        "某某县市场监督管理局\n行政处罚决定书\n将罚款缴至某某县非税收\n本决定书一式三份，当事人一份，归档一份　第1页"
    )
    text = first + "\n入汇缴专户。"
    assert "缴至某某县非税收入汇缴专户。" in "".join(blank_furniture(text, [len(first), len(text)]).split())


def test_the_agency_beside_each_pages_number_is_a_running_foot() -> None:
    """某某县市场监督管理局　1 / 　2 at every page's foot (a page marker perhaps below it), one inside a bank's name."""
    pages = [
        "某某县市场监督管理局\n行政处罚决定书\n将罚款缴至某某县农村信用合作联\n某某县市场监督管理局　1\n第 1 页 共 2 页",
        "社营业部。\n某某县市场监督管理局\n（印章）\n2024年5月30日\n某某县市场监督管理局　2\n第 2 页 共 2 页",
    ]
    text = "\n".join(pages)
    ends = [len(pages[0]), len(text)]
    assert "某某县农村信用合作联社营业部" in "".join(blank_furniture(text, ends).split())


@pytest.mark.parametrize(
    "feet",
    [
        ("合计　1", "合计　2"),  # words that name no agency or document
        ("某某县市场监督管理局　1", "某某区市场监督管理局　2"),  # different words
    ],
)
def test_numbered_last_lines_that_are_no_running_foot_stay(feet: tuple[str, str]) -> None:
    """Must not match: numbered last lines with other words, or words that change from page to page."""
    pages = [f"正文一\n{feet[0]}", f"正文二\n{feet[1]}"]
    text = "\n".join(pages)
    assert blank_furniture(text, [len(pages[0]), len(text)]) == text


def test_a_copy_note_never_takes_the_next_pages_sentence_about_service() -> None:
    """…一份交财务 at a page's foot, the next page opening with 2025年3月25日，本局向当事人送达了…: that sentence stays."""
    first = "正文。\n第1页　共2页　　　　本文书一式三份，一份送达，一份归档，一份交财务"
    text = first + "\n2025年3月25日，本局向当事人送达了行政处罚告知书，当事人未提出陈述。"
    assert "2025年3月25日，本局向当事人送达了" in blank_furniture(text, [len(first), len(text)])
    # a short wrapped tail still goes with its note
    wrapped = "本文书一式三份，一份送达当事人，\n一份归档。\n正文。"
    assert "一份归档" not in blank_furniture(wrapped)


@pytest.mark.parametrize(
    "stamp",
    [
        "打印时间：2023-05-06 09:41",
        "打印时间 2023.05.06",
        "打印日期：2023/5/6 09:41:07",
        "打印时间：2023年05月06日 09:41",
        "打印时间：2023-05-06 09:41 打印人：＊＊＊",
        "仅供公示使用",
        "仅 供 公 示 使 用",
        "— 仅供公开使用 —",
        "仅供公示使用　仅供公示使用　仅供公示使用",
        # the watermark as the page's footer, its number after it
        "仅供公示使用　第1页",
        "仅 供 公 示 使 用 第 2 页 共 3 页",
    ],
)
def test_a_print_stamp_or_a_watermark_line_is_furniture(stamp: str) -> None:
    """A case system's print stamp and a published copy's watermark, between two paragraphs, are blanked: the
    served date of the next paragraph is read whole, not run into the stamp's date."""
    text = f"本局认为，当事人违反了有关规定。\n{stamp}\n2023年5月2日，本局向当事人送达了《行政处罚告知书》。"
    clean = blank_furniture(text)
    assert "打印" not in clean and "使用" not in clean
    served = read_procedure(clean).notice_served
    assert served is not None and served.value == dt.date(2023, 5, 2)


@pytest.mark.parametrize(
    "line",
    [
        "打印时间为2023年5月6日，当事人当场签收。",  # a sentence that tells a printing
        "执法人员现场打印了收费单据2023-05-06。",
        "该价目表仅供公示使用，当事人未按其收费。",  # the words inside a sentence
        "仅供公示使用的价目表",
        "仅供公示使用的价目表第1页",  # a page of a document the sentence names
    ],
)
def test_sentences_about_printing_or_use_stay(line: str) -> None:
    """Must not match: the words inside a sentence of the decision."""
    text = f"正文。\n{line}\n正文。"
    assert blank_furniture(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "http://www.example.gov.cn/xxgk/xzcf/202405/t20240527_88213.html　　　1/2",
        "2024/6/3 09:42　　　　某某区市场监督管理局行政处罚决定书（某市监处罚〔2024〕117号）",
        "某某县人民政府 - 行政处罚　　　　　　2024/9/10",
        "某某市市场监督管理局　　打印日期：2019年4月15日　　　第1页，共2页",
        "打印时间：2025-04-02 14:18　　https://www.example.gov.cn/zfgs/index_3.html　　第1页/共2页",
        "打印日期：2021年10月12日　　scjg.example.gov.cn/xzcf/202110/t20211008_71904.html　　第2页",
        "某某县人民政府门户网站　https://www.example.gov.cn/xzcf/t20241216_33085.html　1/2",
        "https://www.example.gov.cn/xzcf/t20260427_9934.html　　打印：2026-05-06　　2/2",
        "某某县人民政府门户网站　　版权所有　　　第1页",
        # a case system's footer: its print stamp without a colon, then the page's number
        "某某市市场监督管理局行政处罚文书　打印时间 2022-10-12 09:41:05　1/1",
        # the page's number first, the print stamp after it
        "某某市市场监督管理局　第1页　共4页　打印：2024-10-30",
        "第2页 共3页　打印时间 2024-10-30 10:22",
        "某某县市场监督管理局　打印日期 2024.05.16　第1页/共2页",
    ],
)
def test_a_browsers_print_header_and_footer_are_furniture(line: str) -> None:
    assert furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "处罚决定日期：2020/11/23　　公示截止期：2021/11/23",  # a summary table's row
        "台（https://pay.example.gov.cn）缴纳罚款",  # an address in a sentence
        "通过www.pay.example.gov.cn缴纳罚款，详见第2页。",
        "当事人于2024/6/3  提交了材料，",
        # a sentence that tells a printing and ends in a fraction, no page's number
        "执法人员打印时间 2022-10-12 的收银记录，多收比例为 1/3",
        # a page named in a sentence before a printing it tells, no gap between them
        "当事人于第1页打印：2024-10-30",
        "第1页 共4页 打印：2024-10-30，当事人签收",
    ],
)
def test_lines_with_an_address_or_a_slashed_date_that_are_no_browser_edge(line: str) -> None:
    assert not furniture_line(line)


_WIDE = {code: code + 0xFEE0 for code in range(0x21, 0x7F) if chr(code).isalnum() or chr(code) in "():"}


@pytest.mark.parametrize(
    "line",
    [
        "http://www.example.gov.cn/xzcf/t20240527_88213.html　　　1/2",
        "2024/6/3 09:42　　　　某某区人民政府网 - 行政处罚",
        "某某市市场监督管理局行政处罚文书　打印时间 2022-10-12 09:41:05　1/1",
        "第2页 共3页",
    ],
)
def test_furniture_typed_in_full_width_is_furniture(line: str) -> None:
    """The same footers with their digits, letters, brackets and colons full-width (ｈｔｔｐ：//…　１/２)."""
    wide = line.translate(_WIDE)
    assert wide != line and furniture_line(wide)
    text = f"可以在六十日内向某某\n{wide}\n区人民政府申请行政复议。"
    assert "".join(blank_furniture(text).split()) == "可以在六十日内向某某区人民政府申请行政复议。"


def test_sentences_typed_in_full_width_stay() -> None:
    """Must not match: a sentence with a full-width address or a fraction is no footer."""
    for line in (
        "通过www.pay.example.gov.cn缴纳罚款，详见第2页。",
        "执法人员打印时间 2022-10-12 的收银记录，多收比例为 1/3",
    ):
        assert not furniture_line(line.translate(_WIDE))


def test_a_browser_footer_and_header_between_pages_no_longer_split_a_name() -> None:
    text = (
        "可以在六十日内向某某市某某\n"
        "http://www.example.gov.cn/xzcf/t20240527_88213.html　　　1/2\n"
        "2024/6/3 09:42　　　　某某区人民政府网 - 行政处罚\n"
        "区人民政府申请行政复议。"
    )
    assert "".join(blank_furniture(text).split()) == "可以在六十日内向某某市某某区人民政府申请行政复议。"
