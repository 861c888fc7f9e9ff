"""Legal citations normalised, and split into the rules violated and the penalty basis."""

from __future__ import annotations

import pytest

from extractors.fields.citations import bracketed_laws, find_citations, split_citations, unnumbered_basis

FORMS = [
    ("article and item", "《中华人民共和国商标法》第五十七条第（三）项", "中华人民共和国商标法", 57, None, 3),
    ("article and paragraph", "《中华人民共和国行政处罚法》第二十八条第一款", "中华人民共和国行政处罚法", 28, 1, None),
    ("hundreds", "《中华人民共和国食品安全法》第一百二十四条第一款第（四）项", "中华人民共和国食品安全法", 124, 1, 4),
    ("hundreds with 零", "《中华人民共和国刑法》第二百零五条", "中华人民共和国刑法", 205, None, None),
    ("ten", "《中华人民共和国水污染防治法》第十条", "中华人民共和国水污染防治法", 10, None, None),
    ("item without brackets", "《某某条例》第四十一条第二项", "某某条例", 41, None, 2),
    ("half-width brackets", "《某某条例》第四十一条第(二)项", "某某条例", 41, None, 2),
    ("arabic numerals", "《商标法》第60条第2款", "商标法", 60, 2, None),
    ("full-width numerals", "《商标法》第６０条第２款", "商标法", 60, 2, None),
    ("ocr O for 〇", "《某某办法》第一O条", "某某办法", 10, None, None),
    ("line breaks", "《中华人民共\n和国商标法》第六十条第\n二款", "中华人民共和国商标法", 60, 2, None),
]


@pytest.mark.parametrize(
    ("text", "law", "article", "paragraph", "item"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS]
)
def test_each_form_is_normalised(text: str, law: str, article: int, paragraph: int | None, item: int | None) -> None:
    (citation,) = find_citations(text)
    assert (citation.law, citation.article, citation.paragraph, citation.item) == (law, article, paragraph, item)
    assert (citation.raw, citation.start, citation.end) == (text, 0, len(text))


def test_label_is_normalised() -> None:
    (citation,) = find_citations("《商标法》第五十七条第一款第（三）项")
    assert citation.label == "《商标法》第57条第1款第3项"


def test_following_provisions_inherit_the_law() -> None:
    text = "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定。根据该法第六十三条、第六十四条的规定"
    citations = find_citations(text)
    assert [(c.law, c.article) for c in citations] == [("中华人民共和国行政处罚法", n) for n in (44, 45, 63, 64)]
    assert citations[2].raw == "该法第六十三条"


def test_a_bare_article_far_from_a_law_has_no_law() -> None:
    (citation,) = find_citations("详见前文第十条所述")
    assert citation.law is None and citation.confidence < 1


DECISION = """当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项、第五十三条第一款的规定，
构成经营超过保质期食品的行为。依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项和
《中华人民共和国行政处罚法》第三十二条第（一）项的规定，本局决定对当事人作出如下行政处罚：罚款人民币50000元。
逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
根据《中华人民共和国行政处罚法》第四十四条的规定，你单位有权进行陈述和申辩。"""


def test_decision_split() -> None:
    split = split_citations(DECISION)
    assert [c.label for c in split.violated] == [
        "《中华人民共和国食品安全法》第34条第10项",
        "《中华人民共和国食品安全法》第53条第1款",
    ]
    assert [c.label for c in split.basis] == ["《中华人民共和国食品安全法》第124条第1款第5项"]
    assert [c.label for c in split.mitigation] == ["《中华人民共和国行政处罚法》第32条第1项"]
    assert [c.article for c in split.other] == [72, 44]


def test_quoted_law_is_not_cited_and_does_not_break_the_sentence() -> None:
    text = (
        "当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定。依据《中华人民共和国价格法》第四十二条"
        "“经营者违反本法第十三条规定的，责令改正；可以并处五千元以下的罚款。”、《价格违法行为行政处罚规定》"
        "第十三条第（一）项的规定，决定处罚如下：罚款2000元。"
    )
    split = split_citations(text)
    assert [c.label for c in split.violated] == ["《中华人民共和国价格法》第13条第1款"]
    assert [c.label for c in split.basis] == [
        "《中华人民共和国价格法》第42条",
        "《价格违法行为行政处罚规定》第13条第1项",
    ]


def test_weighing_instruments_and_items_continuing_an_article() -> None:
    text = (
        "当事人违反了《价格违法行为行政处罚规定》第九条第（一）项、第（十）项的规定。根据《某省行政处罚裁量权适用规则》"
        "第九条第三款，依据《中华人民共和国价格法》第三十九条的规定，决定罚款1000元。"
    )
    split = split_citations(text)
    assert [c.label for c in split.violated] == [
        "《价格违法行为行政处罚规定》第9条第1项",
        "《价格违法行为行政处罚规定》第9条第10项",
    ]
    assert [c.label for c in split.mitigation] == ["《某省行政处罚裁量权适用规则》第9条第3款"]
    assert [c.label for c in split.basis] == ["《中华人民共和国价格法》第39条"]


def test_a_characterising_provision_counts_only_without_a_violated_clause() -> None:
    with_clause = split_citations(
        "违反了《某法》第五条的规定，构成《某规定》第九条第（二）项所列行为。依据《某法》第九条，决定罚款100元。"
    )
    assert [c.article for c in with_clause.violated] == [5]
    without = split_citations("当事人的行为构成《某规定》第九条第（二）项所列行为。依据《某法》第九条，决定罚款100元。")
    assert [c.label for c in without.violated] == ["《某规定》第9条第2项"]


def test_without_a_trigger_citations_are_other() -> None:
    split = split_citations(
        "立案依据\n《中华人民共和国商标法》第五十七条第（三）项；《市场监督管理行政处罚程序规定》第二十条。"
    )
    assert not split.violated and [c.role for c in split.other] == ["other", "other"]


def test_samples_decisions_have_both_roles(sample) -> None:
    split = split_citations(sample.decision.text)
    expected = {
        "case-01-market": (["《中华人民共和国商标法》第57条第3项"], ["《中华人民共和国商标法》第60条第2款"]),
        "case-02-environment": (
            ["《中华人民共和国水污染防治法》第10条"],
            ["《中华人民共和国水污染防治法》第83条第2项"],
        ),
        # 行政处罚法 第五十一条 cited for the 当场 decision (…的规定，适用简易程序，当场作出…) is procedure (ruling 30)
        "case-03-simple": (
            ["《嵩川市市容和环境卫生管理条例》第19条第1款"],
            ["《嵩川市市容和环境卫生管理条例》第41条第2项"],
        ),
    }[sample.case]
    assert ([c.label for c in split.violated], [c.label for c in split.basis]) == expected


def labels(citations: list) -> list[str]:
    return sorted(c.label for c in citations)


@pytest.mark.parametrize(
    ("text", "law", "article", "paragraph"),
    [
        ("依据《某某价格法》（1997公布）第四十条第一款的规定，决定罚款。", "某某价格法", 40, 1),
        ("依据《某某处罚规定》/第七条的规定，决定罚款。", "某某处罚规定", 7, None),
        ("参照《某省裁量权参照执行标准（2024年本）》第二编第十一条【裁量基准】第（二）款。", None, 11, 2),
        ("依据某某价格法第四十二条的规定，决定罚款。", "某某价格法", 42, None),
    ],
)
def test_law_named_with_an_edition_or_without_brackets(
    text: str, law: str | None, article: int, paragraph: int | None
) -> None:
    (citation,) = find_citations(text)
    assert (citation.article, citation.paragraph) == (article, paragraph)
    if law is not None:
        assert citation.law == law


def test_a_provision_without_its_law_takes_the_law_named_last() -> None:
    text = "当事人违反了《某某价格法》第十三条第一款的规定。处罚依据第四十二条，决定罚款一千元。"
    split = split_citations(text)
    assert labels(split.violated) == ["《某某价格法》第13条第1款"]
    assert labels(split.basis) == ["《某某价格法》第42条"]


def test_an_unnamed_weighing_instrument_gives_no_basis() -> None:
    text = "根据某总局关于规范行政处罚裁量权的指导意见（2022）第十四条，决定对当事人从轻处罚，罚款一千元。"
    assert split_citations(text).basis == []


def test_a_basis_ending_in_its_sentence_is_imposed_by_the_next() -> None:
    text = (
        "依据《某某价格法》第四十二条“经营者违反明码标价规定的，责令改正”、《某某处罚规定》第十三条第三项“…”的规定。"
        "决定责令当事人改正违法行为，并作出如下行政处罚：罚款500元。"
    )
    assert labels(split_citations(text).basis) == ["《某某价格法》第42条", "《某某处罚规定》第13条第3项"]


def test_a_numbered_list_of_provisions_shares_the_first_items_role() -> None:
    text = (
        "（行政处罚的内容和依据）1.《某某价格法》第三十九条：经营者不执行政府指导价的，责令改正，可以并处罚款。"
        "2.《某某处罚规定》第九条：经营者不执行政府指导价，有下列行为之一的，责令改正。"
    )
    assert labels(split_citations(text).basis) == ["《某某价格法》第39条", "《某某处罚规定》第9条"]


@pytest.mark.parametrize("mark", ["2.", "2、", "二、", "（二）", "（2）", "(2)"])
def test_a_numbered_list_of_provisions_in_any_item_form(mark: str) -> None:
    text = (
        "（行政处罚的内容和依据）1.《某某价格法》第三十九条：经营者不执行政府指导价的，责令改正，可以并处罚款。\n"
        f"{mark}《某某处罚规定》\n第九条：经营者不执行政府指导价，有下列行为之一的，责令改正。"
    )
    assert labels(split_citations(text).basis) == ["《某某价格法》第39条", "《某某处罚规定》第9条"]


def test_a_bracketed_number_inside_a_sentence_is_no_list_number() -> None:
    text = "依据《某某价格法》第三十九条的规定，决定罚款。另查明当事人曾于某日（2）《某某处罚规定》第九条所列情形未见。"
    assert labels(split_citations(text).basis) == ["《某某价格法》第39条"]


def test_a_violated_list_goes_on_after_a_semicolon() -> None:
    text = "当事人违反了《某某价格法》第十四条第四项；《某某欺诈规定》第十六条第二款，依据《某某价格法》第四十条，决定罚款。"
    split = split_citations(text)
    assert labels(split.violated) == ["《某某价格法》第14条第4项", "《某某欺诈规定》第16条第2款"]


def test_refund_articles_are_no_basis() -> None:
    """Ruling 20: 价格法第41条 and 第16条第1款 order a refund; they are no basis, refund wording or not. 第16条第2款
    (没收 what was not refunded) is a basis only where the decision confiscates money."""
    refund = (
        "当事人应退还多收价款。依据《中华人民共和国价格法》第三十九条、第四十一条，《价格违法行为行政处罚规定》"
        "第九条、第十六条第一款、第十六条第二款的规定，责令退还，决定罚款一千元{}。"
    )
    assert labels(split_citations(refund.format("，没收违法所得2,400.50元")).basis) == [
        "《中华人民共和国价格法》第39条",
        "《价格违法行为行政处罚规定》第16条第2款",
        "《价格违法行为行政处罚规定》第9条",
    ]
    assert labels(split_citations(refund.format("")).basis) == [
        "《中华人民共和国价格法》第39条",
        "《价格违法行为行政处罚规定》第9条",
    ]
    no_refund = "依据《中华人民共和国价格法》第四十一条、第四十二条的规定，决定没收违法所得，罚款一千元。"
    assert labels(split_citations(no_refund).basis) == ["《中华人民共和国价格法》第42条"]


def test_a_bare_refund_article_is_a_basis_where_unrefunded_money_is_confiscated() -> None:
    base = "当事人未退还多收价款。依据《价格违法行为行政处罚规定》第九条、第十六条的规定，决定罚款一千元"
    assert len(split_citations(base + "。").basis) == 1
    assert len(split_citations(base + "，无法退还的多收价款予以没收。").basis) == 2
    assert len(split_citations(base + "，对期限届满后仍未退还的多收价款1,260元予以没收。").basis) == 2


@pytest.mark.parametrize(
    "tail",
    [
        "，逾期未退还的多收价款予以没收。",
        "；责令三十日内退还消费者，期限届满未退还的，由本局依法予以没收。",
        "；如未按期退还，本局将予以没收。",
        "；逾期不退还的，没收。",
    ],
)
def test_a_confiscation_only_threatened_for_money_not_refunded_by_a_coming_deadline_confiscates_nothing(
    tail: str,
) -> None:
    """Ruling 20: the bare refund article is a basis only where the decision confiscates money now."""
    base = "当事人多收价款。依据《价格违法行为行政处罚规定》第九条、第十六条的规定，决定罚款一千元"
    assert labels(split_citations(base + tail).basis) == ["《价格违法行为行政处罚规定》第9条"]


def test_law_text_appended_after_the_decision_cites_nothing() -> None:
    text = (
        "当事人违反了《某某价格法》第十四条的规定，依据《某某价格法》第四十条，决定罚款。\n"
        "附页：本行政处罚决定书引用的法条内容。《某某处罚规定》第七条经营者违反价格法第十四条的规定，责令改正。"
    )
    split = split_citations(text)
    assert labels(split.violated) == ["《某某价格法》第14条"]
    assert labels(split.basis) == ["《某某价格法》第40条"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("依据《某某条例\n实施细则》的规定，决定对你单位作出如下处罚：警告。", ["依据《某某条例\n实施细则》的规定"]),
        (
            "根据《中华人民共和国某某法》相关规定，本局决定对当事人罚款2000元。",
            ["根据《中华人民共和国某某法》相关规定"],
        ),
        # the surcharge's basis, a numbered basis and quoted law are no unnumbered penalty basis
        ("逾期不缴纳的，依据《中华人民共和国行政处罚法》的规定，每日按罚款数额的百分之三加处罚款。", []),
        ("依据《某某法》第十条的规定，决定罚款1000元。", []),
        ("该条“依据《某某法》的规定处罚”。", []),
    ],
)
def test_unnumbered_basis(text: str, found: list[str]) -> None:
    assert unnumbered_basis(text) == found


def test_lenient_supervision_rules_weigh_and_listing_rules_are_no_violation() -> None:
    text = (
        "当事人的违法行为不符合《市场监督管理严重违法失信名单管理办法》第二条所指的行为，决定不列入失信名单。"
        "依据《某市推行包容审慎监管执法若干规定》第十二条第一款，从轻处罚。"
        "当事人违反了《某某价格法》第十三条第一款，依据《某某价格法》第四十二条，决定罚款。"
    )
    split = split_citations(text)
    assert labels(split.violated) == ["《某某价格法》第13条第1款"]
    assert labels(split.basis) == ["《某某价格法》第42条"]
    assert labels(split.mitigation) == ["《某市推行包容审慎监管执法若干规定》第12条第1款"]


def test_a_basis_list_goes_on_after_a_semicolon() -> None:
    text = "当事人违反了《某某价格法》第十四条，依据《某某价格法》第四十条第一款；《某某处罚规定》第七条，现决定处罚如下：罚款2000元。"
    assert labels(split_citations(text).basis) == ["《某某价格法》第40条第1款", "《某某处罚规定》第7条"]


def test_a_suspicion_stated_as_the_conclusion_is_what_the_decision_concludes() -> None:
    narrative = "经查，当事人涉嫌违反《某某价格法》第十四条，本局立案调查。"
    assert split_citations(narrative).violated == []
    concluded = (
        narrative + "本局认为，当事人涉嫌违反了《某某价格法》第十四条的规定，依据《某某价格法》第四十条，决定罚款。"
    )
    assert labels(split_citations(concluded).violated) == ["《某某价格法》第14条"]
    firmer = concluded + "综上，当事人违反了《某某价格法》第十三条。"
    assert labels(split_citations(firmer).violated) == ["《某某价格法》第13条"]


def test_paragraphs_listed_after_one_article() -> None:
    """第五条第一款、第二款 is two citations of article 5, one per paragraph."""
    found = find_citations("依据《某某法》第五条第一款、第二款的规定，及《某某条例》第六条第二款和第三款。")
    assert [(c.law, c.article, c.paragraph, c.item) for c in found] == [
        ("某某法", 5, 1, None),
        ("某某法", 5, 2, None),
        ("某某条例", 6, 2, None),
        ("某某条例", 6, 3, None),
    ]


def test_bracketed_numbers_closed_by_paragraph_are_paragraphs() -> None:
    """第十六条第（二）、（三）款 names paragraphs; 第七条第（一）项、（二）项 stays items."""
    found = find_citations("参照《某某规则》第十六条第（二）、（三）款和《某规则》第七条第（一）项、（二）项。")
    assert [(c.law, c.article, c.paragraph, c.item) for c in found] == [
        ("某某规则", 16, 2, None),
        ("某某规则", 16, 3, None),
        ("某规则", 7, None, 1),
        ("某规则", 7, None, 2),
    ]


# --- phrasings of the basis, the violation and weighing that the genre varies --------------------------------

_VIOLATED = "经营者的行为违反了《某某价格法》第十三条第一款的规定。"

BASIS_VERBS = [
    ("依据", f"{_VIOLATED}依据《某处罚规定》第十三条第一项，决定罚款八百元。"),
    ("对照", f"{_VIOLATED}对照《某处罚规定》第十三条第一项，决定罚款八百元。"),
    ("适用", f"{_VIOLATED}适用《某处罚规定》第十三条第一项的规定，对经营者罚款八百元。"),
    ("遵照", f"{_VIOLATED}遵照《某处罚规定》第十三条第一项，责令改正并处罚款八百元。"),
    ("依《", f"{_VIOLATED}本局依《某处罚规定》第十三条第一项对经营者处罚款八百元。"),
    ("据《", f"{_VIOLATED}现据《某处罚规定》第十三条第一项，给予经营者罚款八百元的处罚。"),
    ("按《", f"{_VIOLATED}按《某处罚规定》第十三条第一项处以罚款八百元。"),
    ("heading", f"{_VIOLATED}处罚依据：《某处罚规定》第十三条第一项。处罚内容：罚款八百元。"),
    ("heading with law", f"{_VIOLATED}行政处罚的法律依据：《某处罚规定》第十三条第一项。"),
    ("bare rule", f"{_VIOLATED}依据某处罚规定第十三条第一项，决定罚款八百元。"),
    ("stated after the amount", f"{_VIOLATED}决定罚款八百元。本处罚所依据的是《某处罚规定》第十三条第一项。"),
    ("stated as 依据为", f"{_VIOLATED}对经营者罚款八百元。上述处罚的依据为《某处罚规定》第十三条第一项。"),
    ("stated for the decision", f"{_VIOLATED}决定罚款八百元。作出本决定的法律依据是《某处罚规定》第十三条第一项。"),
    ("stated with a colon", f"{_VIOLATED}决定罚款八百元。本决定的法律依据：《某处罚规定》第十三条第一项。"),
]


@pytest.mark.parametrize("text", [case[1] for case in BASIS_VERBS], ids=[case[0] for case in BASIS_VERBS])
def test_every_basis_wording_gives_the_basis(text: str) -> None:
    split = split_citations(text)
    assert labels(split.violated) == ["《某某价格法》第13条第1款"]
    assert labels(split.basis) == ["《某处罚规定》第13条第1项"]


NOT_BASIS = [
    ("case-opening ground", "立案依据：《某某价格法》第十三条。"),
    ("approval heading", "执法依据：《某某价格法》第十三条。"),
    ("依 without a law", "本局依法对经营者进行检查，发现其违反《某某价格法》第十三条的规定。"),
    ("pointer, not a rule", "经营者违反了《某某价格法》第十三条。根据相关规定，责令改正。"),
    ("ground of the inspection stated", "本次检查的依据是《某某价格法》第十三条。"),
    ("ground of the case stated", "本案立案所依据的是《某某价格法》第十三条。"),
    ("ground of the inspection with a colon", "本次检查的依据：《某某价格法》第十三条。"),
]


@pytest.mark.parametrize("text", [case[1] for case in NOT_BASIS], ids=[case[0] for case in NOT_BASIS])
def test_no_basis_where_nothing_imposes(text: str) -> None:
    assert split_citations(text).basis == []


def test_a_law_named_without_brackets_after_violated_le() -> None:
    """违反了价格法第十三条: 了 belongs to the verb, not to the law's name."""
    (citation,) = split_citations("经营者违反了某某价格法第十三条第一款的规定。").violated
    assert citation.label == "《某某价格法》第13条第1款"


def test_a_weighing_rule_named_without_brackets_is_weighing() -> None:
    text = "根据某局关于规范行政处罚裁量权的指导意见（2023）第十二条，对经营者从轻处罚，罚款八百元。"
    split = split_citations(text)
    assert labels(split.mitigation) == ["《某局关于规范行政处罚裁量权的指导意见》第12条"]
    assert split.basis == []


def test_a_pointer_to_rules_is_no_bare_law() -> None:
    """依据上述规定第七条 / 根据有关规定第五条 name no instrument: the law cited last stands."""
    for pointer in ("上述规定", "有关规定", "相关规定"):
        text = f"依据《某某价格法》第四十二条，及{pointer}第七条，决定罚款八百元。"
        assert all(c.law == "某某价格法" for c in split_citations(text).basis), pointer


WEIGHING_APART = [
    (
        "article after the name's clause",
        "参照《某省行政处罚裁量基准》中关于明码标价的第十二条第二项，决定罚款八百元。",
        ["《某省行政处罚裁量基准》第12条第2项"],
    ),
    (
        "该规则 after another law",
        (
            "依据《某处罚规定》第十三条第一项，结合《某市行政处罚裁量权适用规则》，经营者符合该规则第九条第三项情形，"
            "决定罚款八百元。"
        ),
        ["《某市行政处罚裁量权适用规则》第9条第3项"],
    ),
    (
        "second article after quoted text",
        (
            "依据《某区行政处罚裁量权适用规则》第六条“应当遵循过罚相当的原则。”规定的综合裁量原则，以及第七条规定的因素，"
            "对经营者从轻处罚。"
        ),
        ["《某区行政处罚裁量权适用规则》第6条", "《某区行政处罚裁量权适用规则》第7条"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in WEIGHING_APART], ids=[case[0] for case in WEIGHING_APART]
)
def test_weighing_articles_apart_from_their_instrument(text: str, expected: list[str]) -> None:
    split = split_citations(text)
    assert labels(split.mitigation) == expected
    assert all("裁量" not in (c.law or "") for c in split.basis)


def test_a_weighing_instrument_named_in_an_earlier_sentence_does_not_claim_a_basis() -> None:
    """The instrument must be named in the same sentence: a later bare article is the law cited last."""
    text = (
        "参照《某省行政处罚裁量基准》的规定，可以从轻处罚。依据《某处罚规定》第十三条第一项，以及第十四条，"
        "决定罚款八百元。"
    )
    split = split_citations(text)
    assert split.mitigation == []
    assert labels(split.basis) == ["《某处罚规定》第13条第1项", "《某处罚规定》第14条"]


def test_that_rule_refers_to_the_rule_not_to_the_last_law() -> None:
    text = "违反了《某某条例》第五条的规定，依据《某某价格法》第四十二条和该条例第三十条，决定罚款八百元。"
    assert labels(split_citations(text).basis) == ["《某某价格法》第42条", "《某某条例》第30条"]


# --- shapes of a provision list the genre prints ------------------------------------------------------------


def test_an_article_without_tiao_before_its_guiding() -> None:
    """第四十的规定 / 第三十九之规定: 条 left out by a slip is still the article; 第一的 alone is no article."""
    split = split_citations(
        "经营者违反了《某价格法》第十二条、第三十九之规定，依据《某价格法》第四十的规定，决定罚款八百元。"
    )
    assert labels(split.violated) == ["《某价格法》第12条", "《某价格法》第39条"]
    assert labels(split.basis) == ["《某价格法》第40条"]
    assert find_citations("经营者在第一的位置摆放商品。") == []


def test_paragraphs_and_items_continue_after_their_quoted_text() -> None:
    text = (
        "经营者违反了《某规定》第十六条第一款“经营者应当真实标价。”、第二款“不得虚构原价。”和第十九条第（一）项"
        "“虚构原价的；”、（三）项“虚假折扣的；”的规定。"
    )
    assert labels(split_citations(text).violated) == [
        "《某规定》第16条第1款",
        "《某规定》第16条第2款",
        "《某规定》第19条第1项",
        "《某规定》第19条第3项",
    ]


def test_a_run_of_articles_sharing_one_tiao() -> None:
    split = split_citations("经营者违反《某规定》第五、六、七条和《某价格法》第十三条的规定。")
    assert labels(split.violated) == ["《某价格法》第13条", "《某规定》第5条", "《某规定》第6条", "《某规定》第7条"]
    assert labels(split_citations("经营者违反《某规定》第五、第六条。").violated) == [
        "《某规定》第5条",
        "《某规定》第6条",
    ]


def test_numbers_of_other_things_are_no_run() -> None:
    assert find_citations("经营者于第三、四季度销售商品。") == []


def test_an_unfulfilled_duty_characterises_unless_nothing_is_violated() -> None:
    """未履行《…》第十二条规定的义务 characterises the conduct (Ruling 1)."""
    both = "经营者违反了《某规定》第五条，未履行《某价格法》第十二条规定的义务。"
    assert labels(split_citations(both).violated) == ["《某规定》第5条"]
    alone = "经营者未履行《某价格法》第十二条规定的义务。依据《某价格法》第三十九条，决定罚款八百元。"
    assert labels(split_citations(alone).violated) == ["《某价格法》第12条"]


def test_a_suspicion_under_the_violation_heading_is_the_violation() -> None:
    heading = (
        "（违反法律、法规或者规章的事实）经营者涉嫌违反了《某价格法》第十二条，多收费用。上述事实，有以下证据证明："
        "询问笔录。本局认为，经营者构成不执行政府定价的行为。"
    )
    assert labels(split_citations(heading).violated) == ["《某价格法》第12条"]
    narrative = "本局于某日立案，经营者涉嫌违反《某价格法》第十二条。经查，经营者违反了《某价格法》第十三条。"
    assert labels(split_citations(narrative).violated) == ["《某价格法》第13条"]


def test_a_suspicion_after_the_evidence_is_not_under_the_heading() -> None:
    text = (
        "（违反法律、法规或者规章的事实）经营者多收费用。上述事实，有以下证据证明：1.笔录。"
        "经营者涉嫌违反《某价格法》第十二条。经查，经营者违反了《某价格法》第十三条。"
    )
    assert labels(split_citations(text).violated) == ["《某价格法》第13条"]


POINTED_BACK = [
    (
        "本规定",
        "《某价格法》第十二条：“经营者应当执行政府定价。”经查，经营者多收费用，违反了本规定。",
        ["《某价格法》第12条"],
    ),
    (
        "上述规定, two provisions",
        (
            "本局认为，《某价格法》第十三条第一款规定：“应当明码标价。”《某规定》第六条规定：“应当标明品名。”"
            "经营者未标价，违反了上述规定。"
        ),
        ["《某价格法》第13条第1款", "《某规定》第6条"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in POINTED_BACK], ids=[case[0] for case in POINTED_BACK]
)
def test_a_violation_pointing_back_at_quoted_provisions(text: str, expected: list[str]) -> None:
    assert labels(split_citations(text + "依据《某价格法》第四十二条，决定罚款八百元。").violated) == expected


def test_a_pointer_stops_at_a_provision_with_its_own_role() -> None:
    """The basis cited before 违反上述规定 keeps its role; a provision quoted after the basis is not violated."""
    text = (
        "经营者违反了《某规定》第五条。依据《某价格法》第四十二条的规定，决定罚款八百元。"
        "经营者违反上述规定的，应当承担责任。"
    )
    split = split_citations(text)
    assert labels(split.violated) == ["《某规定》第5条"]
    assert labels(split.basis) == ["《某价格法》第42条"]


def test_the_forms_heading_of_the_penalty_and_its_basis() -> None:
    """（行政处罚的内容和依据）《…》第三十九条：“…罚款…” is the basis; a quoted article that only weighs
    (应当从重处罚) is weighing, wherever it stands."""
    text = (
        "（行政处罚的内容和依据）《某价格法》第三十九条：“经营者不执行政府定价的，责令改正，可以并处罚款。”和"
        "《某处罚规定》第十七条第二款“经营者有下列情形之一的，应当从重处罚：（五）拒不退还的；”"
    )
    split = split_citations(text)
    assert labels(split.basis) == ["《某价格法》第39条"]
    assert labels(split.mitigation) == ["《某处罚规定》第17条第2款"]


def test_a_quoted_basis_that_also_weighs_but_fines_stays_the_basis() -> None:
    text = "依据《某处罚规定》第七条“…并处罚款；情节较轻的，可以从轻处罚”的规定，决定罚款八百元。"
    assert labels(split_citations(text).basis) == ["《某处罚规定》第7条"]


def test_items_sharing_one_xiang_are_no_run_of_articles() -> None:
    split = split_citations("经营者违反了《某安全法》第六十七条第三、第八项的规定。")
    assert labels(split.violated) == ["《某安全法》第67条第3项", "《某安全法》第67条第8项"]


def test_a_pointer_reaches_over_the_conduct_told_after_the_provisions() -> None:
    """按照 in the conduct (未按照规定标价) between the provisions and 违反了上述规定 does not end the run, and the
    more precise citations win over the 综上 summary's bare article."""
    text = (
        "本局认为，《某价格法》第十三条第一款规定：“应当明码标价。”、《某价格法》第十三条第二款规定：“不得加价。”，"
        "经营者未按照规定标价，违反了上述规定。依据《某价格法》第四十二条，决定罚款八百元。"
        "综上，经营者违反了《某价格法》第十三条。"
    )
    assert labels(split_citations(text).violated) == ["《某价格法》第13条第1款", "《某价格法》第13条第2款"]


def test_a_pointer_does_not_take_a_provision_cited_under_its_own_role_word() -> None:
    text = "依据《某价格法》第四十二条：“责令改正。”，《某规定》第六条规定：“应当标明。”经营者违反了上述规定。"
    assert labels(split_citations(text).violated) == ["《某规定》第6条"]


def test_a_list_of_provisions_goes_on_over_several_semicolons() -> None:
    """违反了A第十四条…；，B第十三条第一项…；，B第十三条第二项…: each piece opens with a provision, so the list
    and its 违反 go on; a piece that opens with other words ends it."""
    text = (
        "经营者的行为违反了《某价格法》/第十四条经营者不得有下列行为:(四)虚假标价;，《某规定》/第十三条/第一项"
        "有下列行为之一的:(一)不标价的；，《某规定》/第十三条/第二项有下列行为之一的:(二)不按规定标价的；"
        "另查明，《某规定》第二十条未适用。依据《某规定》/第七条，决定罚款八百元。"
    )
    split = split_citations(text)
    assert labels(split.violated) == ["《某价格法》第14条", "《某规定》第13条第1项", "《某规定》第13条第2项"]
    assert labels(split.basis) == ["《某规定》第7条"]


BASIS_POINTED_BACK = [
    (
        "根据上述规定",
        "《某处罚规定》第十三条第一项规定：“不标明价格的，可以并处罚款。”根据上述规定，本局决定对经营者罚款八百元。",
    ),
    (
        "依据该规定",
        "《某处罚规定》第十三条第一项规定：“不标明价格的，可以并处罚款。”依据该规定，决定给予经营者罚款八百元。",
    ),
    ("heading 处理依据", "处理依据：《某处罚规定》第十三条第一项。处理内容：罚款八百元。"),
]


@pytest.mark.parametrize("text", [c[1] for c in BASIS_POINTED_BACK], ids=[c[0] for c in BASIS_POINTED_BACK])
def test_a_basis_pointing_back_at_a_quoted_provision(text: str) -> None:
    split = split_citations("经营者违反了《某价格法》第十三条。" + text)
    assert labels(split.basis) == ["《某处罚规定》第13条第1项"]
    assert labels(split.violated) == ["《某价格法》第13条"]


def test_a_pointer_that_imposes_nothing_gives_no_basis() -> None:
    text = "《某价格法》第十三条规定：“应当明码标价。”根据上述规定，经营者应当明码标价。"
    assert split_citations(text).basis == []


def test_a_basis_pointer_does_not_take_the_violated_provision() -> None:
    split = split_citations("经营者违反了《某价格法》第十三条的规定。依据上述规定，本局决定罚款八百元。")
    assert split.basis == [] and labels(split.violated) == ["《某价格法》第13条"]


def test_the_price_rules_own_weighing_articles_are_weighing_wherever_cited() -> None:
    """明码标价和禁止价格欺诈规定 第26条 and 价格违法行为行政处罚规定 第17条 only weigh (a fact about those rules)."""
    text = (
        "依据《价格违法行为行政处罚规定》第十三条第一项，参照《明码标价和禁止价格欺诈规定》第二十六条第一款，"
        "并依据《价格违法行为行政处罚规定》第十七条第二款，对经营者处以罚款八百元。"
    )
    split = split_citations(text)
    assert labels(split.basis) == ["《价格违法行为行政处罚规定》第13条第1项"]
    assert labels(split.mitigation) == [
        "《价格违法行为行政处罚规定》第17条第2款",
        "《明码标价和禁止价格欺诈规定》第26条第1款",
    ]


def test_the_penalty_laws_old_lenience_article_is_weighing_even_in_the_penalty_sentence() -> None:
    """行政处罚法 第27条 (从轻/减轻 before 2021-07-15) cited where the penalty is imposed still only weighs; the
    basis stays the one the reasoning named."""
    text = (
        "经营者违反了《某价格法》第十三条第一款，依据该法第四十二条的规定，应予行政处罚。"
        "鉴于经营者及时改正，根据《中华人民共和国行政处罚法》第二十七条第一款第（一）项的规定，"
        "本局决定对经营者从轻处以罚款八百元。"
    )
    split = split_citations(text)
    assert labels(split.basis) == ["《某价格法》第42条"]
    assert labels(split.mitigation) == ["《中华人民共和国行政处罚法》第27条第1款第1项"]
    # must not match: another article of the penalty law in the same place is no weighing
    assert split_citations(text.replace("第二十七条第一款第（一）项", "第二十三条")).mitigation == []


WEIGHING_SENTENCES = [
    ("符合…情形", "鉴于经营者已退还多付价款，符合《某规定》第九条第一款规定的情形，本局决定对其从轻处罚。", True),
    ("具有…情节", "经营者具有《某规则》第十二条第二项规定的情节，依法减轻处罚。", True),
    ("denied", "经营者的情形符合《某规定》第八条，但不符合从轻处罚的条件。", False),
    ("conditions lacking", "经营者在《某规定》第五条规定的区域内经营，从轻处罚的条件不具备。", False),
    ("no meeting word", "《某规定》第五条规定了从轻处罚的情形。", False),
]


@pytest.mark.parametrize(
    ("text", "weighing"), [w[1:] for w in WEIGHING_SENTENCES], ids=[w[0] for w in WEIGHING_SENTENCES]
)
def test_a_provision_the_party_meets_for_a_lighter_penalty_is_weighing(text: str, weighing: bool) -> None:
    assert bool(split_citations(text).mitigation) is weighing


def test_the_penalty_law_article_on_which_rule_applies_in_time_is_no_list() -> None:
    """行政处罚法 第三十七条 cited to choose the rule in force when the conduct happened (rules 2, 3): neither what the
    penalty rests on nor a weighing article, though its sentence speaks of 处罚."""
    text = (
        "当事人的行为终了于新规定施行之前。根据《中华人民共和国行政处罚法》第三十七条的规定，实施行政处罚适用违法行为"
        "发生时的规定，新规定并未减轻处罚，故本案适用《某旧价格规定》。本局认为，当事人违反了《某旧价格规定》第五条"
        "第（二）项的规定。依据《某价格法》第四十条第一款的规定，本局决定罚款6000元。"
    )
    split = split_citations(text)
    assert labels(split.basis) == ["《某价格法》第40条第1款"]
    assert split.mitigation == []


def test_another_laws_thirty_seventh_article_keeps_its_role() -> None:
    """Must not match: 第三十七条 of a law other than the penalty law, in the sentence that imposes the penalty."""
    text = "当事人违反了《某价格规定》第五条的规定。依据《某价格规定》第三十七条的规定，本局决定罚款6000元。"
    assert labels(split_citations(text).basis) == ["《某价格规定》第37条"]


def test_a_procedure_article_in_a_lenient_sentence_stays_procedure() -> None:
    text = "经营者符合《某某行政处罚法》第二十八条第一款规定的责令改正情形，本局依法从轻处罚。"
    assert split_citations(text.replace("某某行政处罚法", "中华人民共和国行政处罚法")).mitigation == []


@pytest.mark.parametrize("lead", ["本局认为", "经研究认为", "经审查认为", "经集体讨论认为", "综上"])
def test_a_suspicion_stated_as_the_conclusion_is_the_violation(lead: str) -> None:
    text = f"经查，经营者未标价。{lead}，经营者的行为涉嫌违反了《某规定》第六条第一款的规定，构成不明码标价行为。"
    assert labels(split_citations(text).violated) == ["《某规定》第6条第1款"]


def test_a_suspicion_in_the_conclusion_outranks_what_the_conduct_is_said_to_be() -> None:
    """本局认为…涉嫌违反了A，属于B所指的…行为: the conclusion's 违反 clause is A; B only characterises (ruling 1)."""
    text = (
        "本局认为，经营者的行为涉嫌违反了《某标价规定》第十九条第（三）项的规定，属于《某价格法》第十四条第（四）项"
        "所指的价格欺诈行为。依据《某价格法》第四十条，决定罚款3000元。"
    )
    assert labels(split_citations(text).violated) == ["《某标价规定》第19条第3项"]
    # a suspicion only in the opening narrative does not outrank it: the characterised provision stays the violation
    narrative = "经查，经营者涉嫌违反《某标价规定》第十九条，本局立案调查。本局认为，经营者的行为构成《某价格法》第十四条第（四）项所指的价格欺诈行为。"
    assert labels(split_citations(narrative).violated) == ["《某价格法》第14条第4项"]


def test_the_partys_own_view_is_no_conclusion() -> None:
    text = "经营者辩称其未涉嫌违反《某规定》第六条。本局认为，经营者违反了《某规定》第七条。"
    assert labels(split_citations(text).violated) == ["《某规定》第7条"]


def _basis(text: str) -> list[str]:
    return [c.label for c in split_citations(text).basis]


BARE_LIST_THEN_IMPOSED = [
    (
        "list, then 综上 … 处罚如下",
        "依照《某某条例》第二十条和《某某办法》第八条的规定。综上，本局依照《某某条例》第二十条，决定处罚如下：罚款二千元。",
        ["《某某条例》第20条", "《某某办法》第8条"],
    ),
    (
        "list with a quote, then 作出如下行政处罚",
        "根据《某某办法》第十一条“对……处以罚款”的规定。经集体讨论，依据《某某条例》第二十条，对当事人作出如下行政处罚：罚款一千元。",
        ["《某某办法》第11条", "《某某条例》第20条"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in BARE_LIST_THEN_IMPOSED], ids=[c[0] for c in BARE_LIST_THEN_IMPOSED]
)
def test_a_bare_basis_list_before_the_imposing_sentence_is_basis(text: str, expected: list[str]) -> None:
    assert sorted(_basis(text)) == sorted(expected)


BARE_LIST_NOT_BASIS = [
    (
        "next sentence imposes nothing",
        "根据《某某办法》第十一条的规定。当事人已于次日整改完毕。",
    ),
    (
        "words of its own after the list",
        "根据《某某办法》第十一条的规定，经营者应当公示收费标准。综上，依据《某某条例》第二十条，对当事人作出如下处罚：罚款一千元。",
    ),
    (
        "a violation, not a basis",
        "当事人的行为违反了《某某办法》第十一条的规定。综上，依据《某某条例》第二十条，决定处罚如下：罚款一千元。",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in BARE_LIST_NOT_BASIS], ids=[c[0] for c in BARE_LIST_NOT_BASIS])
def test_a_basis_list_without_an_imposing_sentence_after_it_is_not_basis(text: str) -> None:
    assert "《某某办法》第11条" not in _basis(text)


_CONFISCATION_RULE = "《价格违法行为行政处罚规定》第十六条“……由政府价格主管部门予以没收……”的规定"


def test_the_confiscation_rule_after_a_basis_word_is_basis_when_money_is_confiscated() -> None:
    text = (
        f"按照{_CONFISCATION_RULE}，当事人已公告退款，仍有部分顾客无法联系。"
        "期满未退的多收价款三百元予以没收。依据《中华人民共和国价格法》第三十九条，决定处罚如下：罚款一千元。"
    )
    assert "《价格违法行为行政处罚规定》第16条" in _basis(text)


@pytest.mark.parametrize(
    "text",
    [
        # nothing is confiscated: the article only orders the refund
        f"按照{_CONFISCATION_RULE}，当事人已将多收价款全部退还顾客。依据《中华人民共和国价格法》第三十九条，决定处罚如下：罚款一千元。",
        # money is confiscated, but the article is only named as what the party did, with no basis word
        (
            "当事人已履行《价格违法行为行政处罚规定》第十六条所称的退款义务，剩余多收价款予以没收。"
            "依据《中华人民共和国价格法》第三十九条，决定处罚如下：罚款一千元。"
        ),
        # its refund paragraph stays out even where money is confiscated
        (
            "按照《价格违法行为行政处罚规定》第十六条第一款的规定，当事人公告退款。未能退还的价款二百元予以没收。"
            "依据《中华人民共和国价格法》第三十九条，决定处罚如下：罚款一千元。"
        ),
    ],
    ids=["no confiscation", "no basis word", "refund paragraph"],
)
def test_the_confiscation_rule_is_not_basis_otherwise(text: str) -> None:
    assert not [label for label in _basis(text) if "第16条" in label]


def test_a_whole_paragraph_continues_after_an_item_of_the_first() -> None:
    text = (
        "依据《某某卫生条例》第三十条第一款第（二）项“有下列情形的，处以罚款：（二）未消毒的”及第三款“个体经营者"
        "依照第一款处罚”的规定，决定罚款五百元。"
    )
    assert labels(split_citations(text).basis) == [
        "《某某卫生条例》第30条第1款第2项",
        "《某某卫生条例》第30条第3款",
    ]


def test_a_further_paragraph_with_its_own_item_is_not_read_as_whole() -> None:
    # 第三款第一项 is a citation of its own (with its item), never a whole paragraph 3
    text = "依据《某某卫生条例》第三十条第一款第二项和第三款第一项的规定，决定罚款五百元。"
    assert "《某某卫生条例》第30条第3款" not in labels(split_citations(text).basis)


def test_an_item_pointed_to_where_the_quoted_list_opens_is_cited() -> None:
    # the law numbers its items （三）; 第（三）项 inside the quote is the decision's own pointer
    text = "依照《某某收费办法》第八条“收费单位有以下情形之一的，处以罚款：第（三）项超标准收费的”的规定，决定罚款。"
    assert labels(split_citations(text).basis) == ["《某某收费办法》第8条第3项"]
    text = "依照《某某收费办法》第八条第二款“有下列行为之一的：第四项未公示的”的规定，决定罚款。"
    assert labels(split_citations(text).basis) == ["《某某收费办法》第8条第2款第4项"]


@pytest.mark.parametrize(
    "text",
    [
        # the law's own item number in the quote (rule 4)
        "依照《某某收费办法》第八条“收费单位有下列情形之一的，处以罚款：（三）超标准收费的”的规定，决定罚款。",
        # 第…项 inside the quote but not where a list opens: a cross-reference of the law's text
        "依照《某某收费办法》第八条“违反本办法第六条第（三）项规定的，处以罚款”的规定，决定罚款。",
    ],
    ids=["law's own number", "cross-reference"],
)
def test_an_item_only_in_the_quoted_law_is_not_cited(text: str) -> None:
    assert labels(split_citations(text).basis) == ["《某某收费办法》第8条"]


def test_a_basis_word_right_under_the_basis_heading_is_basis_whatever_follows() -> None:
    # the form's heading names the list as the basis even where the rest of the sentence imposes nothing
    text = "（行政处罚的内容和依据）依据《某某收费办法》第二十条：“……处以罚款。”当事人已按要求整改完毕。"
    assert labels(split_citations(text).basis) == ["《某某收费办法》第20条"]


def test_a_basis_word_later_under_the_heading_is_read_from_its_own_sentence() -> None:
    text = "（行政处罚的内容和依据）经查，当事人依据《某某收费办法》第二十条公示了收费标准。"
    assert split_citations(text).basis == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("符合《某某裁量规则》第九条所列可以从轻处罚的情形中第（四）项“主动改正的”，", "《某某裁量规则》第9条第4项"),
        ("参照《某某裁量基准》第六条裁量阶次第（二）项的规定，", "《某某裁量基准》第6条第2项"),
        ("符合《某某裁量规则》第九条规定的第三项情形，", "《某某裁量规则》第9条第3项"),
    ],
    ids=["words then 中第（四）项", "a heading word then the item", "规定的第三项"],
)
def test_an_item_printed_after_words_that_follow_the_article(text: str, expected: str) -> None:
    assert [c.label for c in find_citations(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a comma closes the clause: the item belongs to what follows
        "符合《某某裁量规则》第九条规定，其中第（四）项所称情形已消除。",
        # another article stands between
        "符合《某某裁量规则》第九条和第十二条第（二）项的规定。",
        # an item too far from the article
        "符合《某某裁量规则》第九条的规定当事人在本局调查期间始终积极主动如实地配合执法人员开展的各项检查与取证工作第二项",
    ],
    ids=["comma", "another article", "too far"],
)
def test_an_item_not_in_the_articles_own_clause_is_not_added(text: str) -> None:
    assert find_citations(text)[0].label == "《某某裁量规则》第9条"


# --- basis families: the confiscation rule, lists that go on, negated basis words (issue 12) -----------------

_PRICE_RULES = "《价格违法行为行政处罚规定》"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"依据{_PRICE_RULES}第七条、第十六条的规定，本局决定处罚如下：1.没收违法所得320元；2.罚款900元。",
            ["《价格违法行为行政处罚规定》第16条", "《价格违法行为行政处罚规定》第7条"],
        ),
        (
            (
                f"依据{_PRICE_RULES}第十六条的规定，决定没收当事人违法所得人民币壹佰贰拾元。"
                f"依据{_PRICE_RULES}第十一条第（二）项的规定，决定罚款900元。"
            ),
            ["《价格违法行为行政处罚规定》第11条第2项", "《价格违法行为行政处罚规定》第16条"],
        ),
        (
            f"依据{_PRICE_RULES}第十六条第二项、第十一条第一项的规定，本局决定：没收违法所得1,320.50元，罚款900元。",
            ["《价格违法行为行政处罚规定》第11条第1项", "《价格违法行为行政处罚规定》第16条第2项"],
        ),
        (
            f"依据{_PRICE_RULES}第七条、第十六条的规定，决定：1.没收违法所得，计人民币320元；2.罚款900元。",
            ["《价格违法行为行政处罚规定》第16条", "《价格违法行为行政处罚规定》第7条"],
        ),
    ],
    ids=["beside the penalty article", "alone in its own sentence", "with an item", "amount after a comma"],
)
def test_the_confiscation_rule_is_basis_wherever_money_is_confiscated(text: str, expected: list[str]) -> None:
    """Ruling 20: 第十六条 is a basis where the decision confiscates money, whether or not it says the money could
    not be refunded."""
    assert labels(split_citations(text).basis) == expected


@pytest.mark.parametrize(
    "text",
    [
        # quoted only to say what the 违法所得 is
        (
            f"根据{_PRICE_RULES}第十六条的规定，当事人多收的价款320元属于违法所得。"
            f"依据{_PRICE_RULES}第十一条第（二）项的规定，决定处罚如下：没收违法所得320元，罚款900元。"
        ),
        (
            f"当事人多收价款320元，依据{_PRICE_RULES}第十六条“……多付价款的，责令经营者限期退还……”，认定为违法所得。"
            f"依据{_PRICE_RULES}第十一条第（二）项的规定，决定处罚如下：没收违法所得320元，罚款900元。"
        ),
        # in the basis sentence, but nothing is confiscated: a fine alone
        f"依据{_PRICE_RULES}第十一条第（二）项、第十六条第二款的规定，决定罚款900元。",
        # the law's own 没收违法所得 printed without quotes is no confiscation by the decision
        (
            f"依据{_PRICE_RULES}第十六条、第十一条经营者有下列行为之一的，责令改正，没收违法所得，并处罚款5万元以下的规定，"
            "决定罚款900元。"
        ),
    ],
    ids=["defines 违法所得", "quoted to define", "fine only", "law text unquoted"],
)
def test_the_confiscation_rule_is_no_basis_otherwise(text: str) -> None:
    assert not [label for label in labels(split_citations(text).basis) if "第16条" in label]


def test_a_list_over_semicolons_takes_the_word_before_its_first_provision() -> None:
    # each item's own text is printed after it without quotes, with 违反 and 不按照 in it: neither governs the
    # provisions after the next semicolon
    items = (
        "《某某收费办法》第九条第一项收费单位违反公示规定，有下列行为之一的，处以罚款：（一）不公示的；，"
        "《某某收费办法》第九条第二项收费单位违反公示规定，有下列行为之一的，处以罚款：（二）不按照规定公示的；，"
        "《某某收费办法》第九条第三项收费单位违反公示规定，有下列行为之一的，处以罚款：（三）其他行为。"
    )
    text = f"本局认为，当事人违反了{items}综上，依据{items.replace('。', '')}，决定处罚如下：罚款五百元。"
    split = split_citations(text)
    expected = [f"《某某收费办法》第9条第{n}项" for n in (1, 2, 3)]
    assert labels(split.violated) == expected
    assert labels(split.basis) == expected


@pytest.mark.parametrize("word", ["不按照", "未按照", "未依照", "没有按照", "未按"])
def test_a_rule_the_party_did_not_follow_is_no_basis(word: str) -> None:
    text = f"当事人{word}《某某收费办法》第五条的规定公示收费标准，被处以罚款。"
    assert split_citations(text).basis == []


def test_a_stray_full_stop_inside_a_basis_list() -> None:
    # the list goes on after the quote's full stop, and the second law's opening 《 was lost
    text = (
        "依据《某某价格法》第四十二条“经营者违反明码标价规定的，处以罚款”。某某价格处罚规定》第十八条“违法所得无法"
        "确定的，按照没有违法所得处罚”的规定，责令当事人改正，并给予当事人罚款的行政处罚。"
    )
    assert labels(split_citations(text).basis) == ["《某某价格处罚规定》第18条", "《某某价格法》第42条"]


def test_a_full_stop_before_a_recited_provision_still_ends_the_sentence() -> None:
    # 《…》第N条规定：“…” recites a law; the sentence before it does not go on into it
    text = (
        "当事人违反了《某某价格法》第十三条“经营者应当明码标价”。《某某价格法》第四十二条规定：“……处以罚款。”"
        "依据上述规定，决定罚款五百元。"
    )
    split = split_citations(text)
    assert labels(split.violated) == ["《某某价格法》第13条"]
    assert labels(split.basis) == ["《某某价格法》第42条"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("依据《某某收费办法》第十三条第一、二项的规定，决定罚款。", ["第13条第1项", "第13条第2项"]),
        ("依据《某某收费办法》第13条第1、2、3项的规定，决定罚款。", ["第13条第1项", "第13条第2项", "第13条第3项"]),
        ("依据《某某收费办法》第十三条第二款第一、三项的规定，决定罚款。", ["第13条第2款第1项", "第13条第2款第3项"]),
        ("依据《某某收费办法》第十三条第二款中的第一项和第三项，决定罚款。", ["第13条第2款第1项", "第13条第2款第3项"]),
        ("依据《某某收费办法》第十三条规定中第一、二项，决定罚款。", ["第13条第1项", "第13条第2项"]),
        ("依据《某某收费办法》第十三条“有下列情形之一的，处以罚款：……”第（二）项的规定，决定罚款。", ["第13条第2项"]),
        ("依据《某某收费办法》第十三条规定：“有下列情形之一的，处以罚款：……”中的第二项，决定罚款。", ["第13条第2项"]),
        (
            "依据《某某收费办法》第十三条第一款“有下列情形之一的，处以罚款：……”第二、三项的规定，决定罚款。",
            ["第13条第1款第2项", "第13条第1款第3项"],
        ),
        ("依据《某某收费办法》第十三条第一项，第二项的规定，决定罚款。", ["第13条第1项", "第13条第2项"]),
        ("依据《某某收费办法》第十三条第二款、第三款第一项的规定，决定罚款。", ["第13条第2款", "第13条第3款第1项"]),
    ],
    ids=[
        "一、二项",
        "arabic run",
        "after a paragraph",
        "after words, 和",
        "after words, run",
        "after the quote",
        "words after the quote",
        "run after a paragraph's quote",
        "items split by a comma",
        "a further paragraph with its item",
    ],
)
def test_a_run_of_items_under_one_xiang(text: str, expected: list[str]) -> None:
    assert labels(split_citations(text).basis) == sorted(f"《某某收费办法》{label}" for label in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # paragraphs, not items
        ("依据《某某收费办法》第十三条第一、二款的规定，决定罚款。", ["第13条"]),
        # an article after an item is an article, not a further item
        ("依据《某某收费办法》第十三条第一项、第十四条的规定，决定罚款。", ["第13条第1项", "第14条"]),
        ("依据《某某收费办法》第十三条中的第一项、二十条的规定，决定罚款。", ["第13条第1项"]),
        # after the quote, the item of another article
        ("依据《某某收费办法》第十三条“……”的规定和第十四条第二项，决定罚款。", ["第13条", "第14条第2项"]),
    ],
    ids=["paragraph run", "next article", "a number closed by 条", "another article after the quote"],
)
def test_no_item_run_where_no_xiang_closes_it(text: str, expected: list[str]) -> None:
    assert labels(split_citations(text).basis) == sorted(f"《某某收费办法》{label}" for label in expected)


@pytest.mark.parametrize(
    "text",
    [
        # the duty cited after 依据, then the conclusion 违反, then the penalty's own basis
        (
            "当事人未公示收费标准，依据《某某收费办法》第五条的规定，其行为违反了公示规定，根据《某某收费办法》第二十条的规定，"
            "本局决定罚款五百元。"
        ),
        # the violated article repeated after 依据 as reasoning, the conduct characterised before the basis
        (
            "当事人违反了《某某收费办法》第五条的规定。依据《某某收费办法》第五条“收费单位应当公示收费标准”的规定，当事人"
            "的行为构成未公示收费标准，依据《某某收费办法》第二十条的规定，决定罚款五百元。"
        ),
    ],
    ids=["违反 between", "violated elsewhere"],
)
def test_the_duty_cited_as_reasoning_before_the_basis_is_not_basis(text: str) -> None:
    assert labels(split_citations(text).basis) == ["《某某收费办法》第20条"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two basis lists with no conclusion between: both are the basis
        (
            "依据《某某收费办法》第二十条的规定，依据《某某处罚细则》第三条的规定，决定罚款五百元。",
            ["《某某处罚细则》第3条"],
        ),
        # what follows is only weighing: the first stays the basis
        (
            "依据《某某收费办法》第二十条的规定，当事人的行为属于初次违法，依据《某某省行政处罚裁量基准》第四条，决定罚款五百元。",
            [],
        ),
        # a characterisation alone, the article not cited as violated anywhere: left as printed
        (
            "依据《某某收费办法》第二十条的规定，当事人的行为属于乱收费，依据《某某处罚细则》第三条，决定罚款五百元。",
            ["《某某处罚细则》第3条"],
        ),
    ],
    ids=["two lists", "then weighing", "characterisation only"],
)
def test_a_basis_followed_by_another_basis_word_stays_basis(text: str, expected: list[str]) -> None:
    assert labels(split_citations(text).basis) == sorted(["《某某收费办法》第20条", *expected])


def test_a_provision_cited_for_the_remedies_is_no_basis() -> None:
    text = (
        "依据《某某收费办法》第二十条的规定，决定罚款五百元。当事人如对本决定不服，根据《某某收费办法》第三十条的规定，"
        "应当先在收到本决定书之日起六十日内申请行政复议；对复议决定不服的，可以提起行政诉讼。"
    )
    assert labels(split_citations(text).basis) == ["《某某收费办法》第20条"]


@pytest.mark.parametrize(
    "text",
    [
        "依据《某某收费办法》第二十条第一项和某某省市场监管行政处罚裁量权适用规定第十二条第二项的规定，决定罚款五百元。",
        "依据《某某收费办法》第二十条第一项、《某某省市场监管行政处罚裁量权适用规定》第十二条第二项的规定，决定罚款五百元。",
        "依据《某某收费办法》第二十条第一项及《某某省市场监管行政处罚基准》第十二条第二项的规定，决定罚款五百元。",
    ],
    ids=["named without 《》", "in the basis list", "a 基准 without 裁量"],
)
def test_a_provincial_discretion_rule_in_the_basis_sentence_is_discretion(text: str) -> None:
    split = split_citations(text)
    assert labels(split.basis) == ["《某某收费办法》第20条第1项"]
    assert [c.label.split("》")[1] for c in split.mitigation] == ["第12条第2项"]
    assert "裁量权适用规定" in str(split.mitigation[0].law) or "基准" in str(split.mitigation[0].law)


def test_a_sentence_is_no_weighing_rules_name() -> None:
    # after a comma the words are the decision's, not a name: the provision is not reported under a made-up name
    text = "依据《某某收费办法》第二十条第一项，当事人符合某某省裁量规定第十二条第二项的情形，决定罚款五百元。"
    assert not [c for c in split_citations(text).mitigation if "当事人" in str(c.law)]


def test_a_clause_opening_with_the_penalty_and_its_law_is_the_basis() -> None:
    text = (
        "当事人的行为违反了《某某收费办法》第五条的规定。处罚《某某收费办法》第二十条，责令改正，可以处以罚款，"
        "决定对当事人处罚如下：罚款五百元。"
    )
    assert labels(split_citations(text).basis) == ["《某某收费办法》第20条"]


@pytest.mark.parametrize(
    "text",
    [
        "当事人曾受到行政处罚。《某某收费办法》第二十条规定：“……处以罚款。”",
        "本局对当事人的处罚《某某收费办法》第二十条已有规定，当事人未提出异议。",
    ],
    ids=["处罚 ends the sentence before", "处罚 inside a clause"],
)
def test_penalty_words_before_a_law_elsewhere_are_no_basis_word(text: str) -> None:
    assert split_citations(text).basis == []


def test_a_relative_clause_with_violation_words_is_no_conclusion() -> None:
    text = (
        "依据《某某收费办法》第二十条的规定，对违反公示规定的收费单位，依据《某某处罚细则》第三条的规定，"
        "决定罚款五百元。"
    )
    assert labels(split_citations(text).basis) == ["《某某处罚细则》第3条", "《某某收费办法》第20条"]


def test_a_basis_word_inside_quoted_law_gives_no_role() -> None:
    # 依照 and 处以罚款 inside the quote are the law's words: the provision before them stays violated, and the one
    # cited inside the quote is not cited at all
    text = (
        "当事人违反了《某某收费办法》第五条“收费单位应当依照《某某价格条例》第八条的规定公示，并依照本办法处以罚款”"
        "的规定，依据《某某收费办法》第二十条的规定，决定罚款五百元。"
    )
    split = split_citations(text)
    assert labels(split.violated) == ["《某某收费办法》第5条"]
    assert labels(split.basis) == ["《某某收费办法》第20条"]


def test_an_article_cited_bare_for_one_act_and_by_item_for_another_is_kept_twice() -> None:
    text = (
        "本局认为，当事人对同等条件的批发商收取不同价格的行为，违反了《某价格法》第十四条的规定；"
        "当事人虚标原价诱骗顾客的行为，违反了《某价格法》第十四条第（四）项的规定。"
        "依据《某价格法》第四十条，决定罚款100元。"
    )
    assert [c.label for c in split_citations(text).violated] == ["《某价格法》第14条", "《某价格法》第14条第4项"]


@pytest.mark.parametrize(
    "text",
    [
        # A summing-up sentence restates the finding: one provision, at its precise form.
        (
            "当事人虚标原价的行为，违反了《某价格法》第十四条第（四）项的规定。"
            "综上，当事人上述行为违反了《某价格法》第十四条的规定，依据《某价格法》第四十条，决定罚款100元。"
        ),
        # Both precisions in one sentence.
        "当事人虚标原价的行为，违反了《某价格法》第十四条、第十四条第（四）项的规定。依据《某价格法》第四十条，决定罚款100元。",
    ],
)
def test_one_finding_at_two_precisions_is_kept_once(text: str) -> None:
    assert [c.label for c in split_citations(text).violated] == ["《某价格法》第14条第4项"]


def test_a_suspicion_punished_in_the_next_sentence_is_the_finding() -> None:
    text = (
        "一、关于虚标原价的行为\n当事人虚标原价的行为，涉嫌违反了《某价格法》第十四条第（四）项的规定。"
        "依据《某价格法》第四十条第一款的规定，对该行为处以罚款100元。"
    )
    assert [c.label for c in split_citations(text).violated] == ["《某价格法》第14条第4项"]


def test_a_suspicion_punished_after_a_sentence_that_only_weighs_is_the_finding() -> None:
    text = (
        "当事人在标价之外收取未标明费用的行为，涉嫌违反了《某价格法》第十三条第二款的规定。"
        "鉴于当事人积极配合调查，符合《某裁量规则》第十条第（四）项规定的情形，本局决定对当事人从轻处罚。"
        "依据《某价格法》第四十二条的规定，对该行为处以罚款100元。"
    )
    assert [c.label for c in split_citations(text).violated] == ["《某价格法》第13条第2款"]


@pytest.mark.parametrize(
    "between",
    [
        # Not a weighing sentence: the case was opened.
        "经批准，本局决定对当事人立案调查。",
        # Two sentences before the penalty.
        "鉴于当事人积极配合调查，本局决定对当事人从轻处罚。经查，当事人另有其他行为。",
    ],
)
def test_a_suspicion_followed_by_more_than_weighing_is_no_finding(between: str) -> None:
    text = (
        "当事人涉嫌违反《某价格法》第十三条第二款的规定。"
        + between
        + "依据《某价格法》第四十二条的规定，对该行为处以罚款100元。"
    )
    assert split_citations(text).violated == []


def test_a_suspicion_in_each_clause_of_the_conclusion_is_a_finding() -> None:
    text = (
        "本局认为：当事人未出具结算清单的行为，涉嫌违反了《某标价规定》第十五条的规定；"
        "当事人使用误导性标示的行为，涉嫌违反了《某标价规定》第十九条第（四）项的规定；"
        "当事人另行收费的行为，涉嫌违反了《某价格法》第十三条第二款的规定。"
        "依据《某价格法》第四十二条的规定，决定罚款100元。"
    )
    assert [c.label for c in split_citations(text).violated] == [
        "《某标价规定》第15条",
        "《某标价规定》第19条第4项",
        "《某价格法》第13条第2款",
    ]


def test_a_suspicion_after_the_conclusions_sentence_is_no_finding() -> None:
    """Must not match: 本局认为 governs its own sentence only."""
    text = (
        "本局认为：当事人的行为违反了《某标价规定》第十五条的规定。另查，当事人涉嫌违反《某食品法》第五条的规定；"
        "该线索已移送有关部门。依据《某价格法》第四十二条的规定，决定罚款100元。"
    )
    assert [c.label for c in split_citations(text).violated] == ["《某标价规定》第15条"]


def test_a_suspicion_that_opens_the_case_is_no_finding() -> None:
    text = (
        "经群众举报，当事人涉嫌违反《某价格法》第十四条第（四）项的规定。根据《某程序规定》第二十条，本局决定立案调查。"
        "经查，当事人虚标原价，其行为违反了上述规定。依据《某价格法》第四十条第一款，决定罚款100元。"
    )
    assert split_citations(text).violated == []


def test_a_provision_weighed_in_the_reasoning_but_not_applied_is_no_basis() -> None:
    """The reasoning weighs what one item provides (依据…第一项“…”应当给予…罚款); the decision then imposes
    under other provisions of that law (a 免罚 article): the weighed item is not the penalty's basis."""
    text = (
        "当事人销售不合格货品的行为违反了《某货品法》第十条第一项的规定，依据《某货品法》第三十条第一款第一项“……”"
        "应当给予一万元以上五万元以下罚款的行政处罚。鉴于当事人能证明其合法来源，依据《某货品法》第四十条的规定，"
        "本局决定对当事人处罚如下：没收不合格货品3件。"
    )
    assert [c.label for c in split_citations(text).basis] == ["《某货品法》第40条"]


@pytest.mark.parametrize(
    "imposing",
    [
        "综上，本局决定对当事人处罚如下：罚款2000元。",  # the decision names no basis of its own
        "依据《某处罚法》第二十八条第二款的规定，本局决定没收违法所得100元、罚款2000元。",  # another law only
    ],
)
def test_a_provision_weighed_in_the_reasoning_stays_the_basis_when_nothing_replaces_it(imposing: str) -> None:
    """Must not match: when no imposing sentence names a basis of the same law, the weighed provision is the basis."""
    text = (
        "当事人的行为违反了《某货品法》第十条第一项的规定，依据《某货品法》第三十条第一款第一项的规定，"
        "应当给予一万元以下罚款的行政处罚。" + imposing
    )
    assert "《某货品法》第30条第1款第1项" in [c.label for c in split_citations(text).basis]


UNKNOWN_GAIN = "当事人的违法所得无法确定，按照《某处罚规定》第十八条的规定，应按照没有违法所得的规定处罚。"


def test_the_rule_for_an_unknown_gain_weighed_in_the_reasoning_is_no_basis() -> None:
    """按照…第十八条的规定，应按照…处罚 weighs what the rule provides; the decision then imposes under other
    provisions of that rule: the weighed article is not the penalty's basis (ruling 2: the imposing sentence)."""
    text = UNKNOWN_GAIN + "依据《某价格法》第四十条第一款、《某处罚规定》第七条的规定，本局决定对当事人罚款20000元。"
    assert [c.label for c in split_citations(text).basis] == ["《某价格法》第40条第1款", "《某处罚规定》第7条"]


def test_the_rule_for_an_unknown_gain_named_again_where_the_penalty_is_imposed_stays_the_basis() -> None:
    """Must not match: the imposing sentence cites the article too (…第七条、第十八条之规定，决定…)."""
    text = (
        UNKNOWN_GAIN
        + "综上，本局依据《某价格法》第四十条第一款、《某处罚规定》第七条、第十八条之规定，决定罚款20000元。"
    )
    assert "《某处罚规定》第18条" in [c.label for c in split_citations(text).basis]


TWO_ACTS = (
    "本局认为，当事人对同等条件的批发商收取不同价格的行为，违反了《某价格法》第十四条的规定；"
    "当事人虚标原价诱骗顾客的行为，违反了《某价格法》第十四条第（四）项的规定。"
)


def test_a_basis_listed_bare_beside_its_item_for_two_acts_is_kept_twice() -> None:
    text = TWO_ACTS + "依据《某价格法》第四十条、《某处罚规定》第七条和第七条第（二）项的规定，决定罚款100元。"
    assert [c.label for c in split_citations(text).basis] == [
        "《某价格法》第40条",
        "《某处罚规定》第7条",
        "《某处罚规定》第7条第2项",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # One act: the article and its item listed together state one basis.
        (
            "当事人虚标原价的行为，违反了《某价格法》第十四条第（四）项的规定。"
            "依据《某处罚规定》第七条、第七条第（二）项的规定，决定罚款100元。"
        ),
        # The second finding refers back to the first act: still one act.
        (
            "当事人虚标原价的行为，违反了《某价格法》第十四条第（四）项的规定；"
            "当事人的上述行为，同时违反了《某价格规定》第五条的规定。"
            "依据《某处罚规定》第七条、第七条第（二）项的规定，决定罚款100元。"
        ),
        # Two acts, but the bare article and its item are not neighbours in one list: one basis restated.
        TWO_ACTS + "依据《某处罚规定》第七条的规定，并按照《某处罚规定》第七条第（二）项的规定，决定罚款100元。",
    ],
)
def test_a_basis_at_two_precisions_for_one_act_or_apart_is_kept_once(text: str) -> None:
    assert [c.label for c in split_citations(text).basis] == ["《某处罚规定》第7条第2项"]


def test_a_provision_named_as_the_procedure_followed_is_no_basis() -> None:
    """按照…规定的程序 names how the decision was made (当场处罚), not what the penalty rests on."""
    text = (
        "当事人的上述行为违反了《某价格法》第十三条第一款的规定。依据《某价格法》第四十二条，按照《某处罚法》"
        "第五十一条规定的程序，当场作出如下行政处罚：罚款人民币150元。"
    )
    assert [c.label for c in split_citations(text).basis] == ["《某价格法》第42条"]


@pytest.mark.parametrize(
    "text",
    [
        "依据《某处罚法》第五十一条的规定，当场作出如下行政处罚：罚款人民币50元。",
        "依据《某价格法》第四十二条的规定，本局决定对当事人处以罚款，程序合法。",
    ],
)
def test_a_basis_without_the_procedure_words_stays_the_basis(text: str) -> None:
    """Must not match: a provision the penalty rests on, with no 规定的程序 after it."""
    assert len(split_citations(text).basis) == 1


@pytest.mark.parametrize(
    "text",
    [
        # today's on-the-spot article, led by 按照 into 当场决定
        (
            "违反了《某价格法》第十三条第一款。依据《某价格法》第四十二条，按照《中华人民共和国行政处罚法》第五十一条的规定，"
            "当场决定对当事人罚款80元。"
        ),
        # the pre-2021 number for the same procedure (a stale citation, still procedure, not 不予处罚)
        (
            "违反了《某价格法》第十三条第一款。依据《某价格法》第四十二条，按照《行政处罚法》第三十三条的规定，"
            "对当事人当场作出如下行政处罚：罚款人民币60元。"
        ),
        # the procedure named after the penalty
        (
            "违反了《某价格法》第十三条第一款。依据《某价格法》第四十二条，决定罚款120元。本决定依照《中华人民共和国"
            "行政处罚法》第五十一条的规定当场作出。"
        ),
        # the agency named between the article and 当场
        (
            "违反了《某价格法》第十三条第一款。依据《某价格法》第四十二条，根据《中华人民共和国行政处罚法》第五十一条，"
            "本机关当场作出如下处罚决定：罚款人民币300元。"
        ),
        # the simple procedure named between (the stale number after 2021 is still procedure)
        (
            "违反了《某价格法》第十三条第一款。依据《某价格法》第四十二条，决定罚款100元。本局依据《中华人民共和国行政"
            "处罚法》第三十三条的规定，适用简易程序当场作出本处罚决定。"
        ),
        # the simple procedure named with no comma before it and one after it
        (
            "违反了《某价格法》第十三条第一款。依据《某价格法》第四十二条，根据《中华人民共和国行政处罚法》第三十三条的"
            "规定适用简易程序，当场作出如下处罚决定：罚款人民币90元。"
        ),
        # the two on-the-spot articles listed together (the old text's 第三十四条 is no 裁量 article here)
        (
            "违反了《某价格法》第十三条第一款。依据《某价格法》第四十二条，决定罚款100元。本决定依据《中华人民共和国"
            "行政处罚法》第三十三条、第三十四条当场作出。"
        ),
    ],
)
def test_the_on_the_spot_article_of_the_penalty_law_is_procedure(text: str) -> None:
    """行政处罚法's 简易程序 article (第五十一条, before 2021 第三十三条) cited for the 当场 decision is how it was made:
    neither a basis nor a weighing provision."""
    split = split_citations(text)
    assert [c.label for c in split.basis] == ["《某价格法》第42条"]
    assert split.mitigation == []


@pytest.mark.parametrize(
    ("text", "basis", "mitigation"),
    [
        # 第三十三条 as today's ground not to punish, in an on-the-spot sentence: still weighing
        (
            "依据《中华人民共和国行政处罚法》第三十三条第一款的规定，当场作出不予行政处罚的决定。",
            [],
            ["《中华人民共和国行政处罚法》第33条第1款"],
        ),
        # 第三十三条 cited for 不予处罚 with no 当场 after it
        (
            "依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定不予行政处罚。",
            [],
            ["《中华人民共和国行政处罚法》第33条第1款"],
        ),
        # 第三十四条 cited to weigh, with no 当场 after it: still weighing
        (
            "依据《中华人民共和国行政处罚法》第三十四条的规定，本局决定从轻处罚。",
            [],
            ["《中华人民共和国行政处罚法》第34条"],
        ),
        # another law's article before 当场作出 stays that law's role (the basis)
        ("依据《某处罚法》第五十一条的规定，当场作出如下行政处罚：罚款人民币50元。", ["《某处罚法》第51条"], []),
        # an agency named between, but the sentence does not punish: still the ground not to punish
        (
            "依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局当场作出不予行政处罚的决定。",
            [],
            ["《中华人民共和国行政处罚法》第33条第1款"],
        ),
    ],
)
def test_no_on_the_spot_procedure_without_its_law_and_clause(
    text: str, basis: list[str], mitigation: list[str]
) -> None:
    """Must not match: 第三十三条 as the ground not to punish, or another law's article before 当场."""
    split = split_citations(text)
    assert [c.label for c in split.basis] == basis
    assert [c.label for c in split.mitigation] == mitigation


def test_an_ordinal_of_the_acts_is_no_further_item() -> None:
    """第二项违法行为 after …第十三条第（一）项， counts the decision's acts; it is no item 2 of that article."""
    text = (
        "当事人的第一项违法行为，依据《某价格法》第四十二条、《某处罚规定》第十三条第（一）项，第二项违法行为，"
        "依据《某处罚规定》第七条的规定，均应予以处罚。"
    )
    assert [c.label for c in split_citations(text).basis] == [
        "《某价格法》第42条",
        "《某处罚规定》第13条第1项",
        "《某处罚规定》第7条",
    ]
    # must not match: a further item of the same article stays one
    listed = "依据《某处罚规定》第十三条第（一）项，第（二）项的规定，决定罚款500元。"
    assert [c.label for c in split_citations(listed).basis] == [
        "《某处罚规定》第13条第1项",
        "《某处罚规定》第13条第2项",
    ]


def test_a_table_row_labelled_as_the_basis() -> None:
    """A table-form decision labels its rows without a colon (处罚依据　《…》…): the row is the basis."""
    text = (
        "违反的法律规定　《某价格法》第十三条第一款。\n处罚依据　《某价格法》第四十二条、《某处罚规定》第十三条第（一）项。\n"
        "处罚种类及金额　罚款500元\n"
    )
    split = split_citations(text)
    assert [c.label for c in split.basis] == ["《某价格法》第42条", "《某处罚规定》第13条第1项"]
    assert [c.label for c in split.violated] == ["《某价格法》第13条第1款"]
    # must not match: the words inside a sentence, not as a row's label
    inside = "本局告知了拟作出行政处罚的事实、理由及处罚依据《某价格法》第四十二条的内容。"
    assert split_citations(inside).basis == []


@pytest.mark.parametrize(
    "basis",
    [
        "依据《某价格法》第四十二条、《某处罚规定》第十三条关于其他违反明码标价规定情形、《某价格法》第四十条第一款的规定",
        "依据《某处罚规定》第十三条关于违反标价规定的规定、《某价格法》第四十条第一款的规定",
    ],
)
def test_a_violation_named_in_a_provisions_subject_gives_the_next_one_no_role(basis: str) -> None:
    text = f"当事人未标明价格的行为，违反了《某价格法》第十三条第一款的规定。{basis}，本局决定处罚如下：罚款100元。"
    split = split_citations(text)
    assert [c.label for c in split.violated] == ["《某价格法》第13条第1款"]
    assert "《某价格法》第40条第1款" in [c.label for c in split.basis]


def test_a_subject_told_after_the_provision_keeps_the_clause_before_it() -> None:
    text = (
        "当事人的行为，不符合《某价格规定》第十五条关于先消费后结算应当出具清单的规定；"
        "依据《某价格法》第四十二条的规定，本局决定处罚如下：罚款100元。"
    )
    split = split_citations(text)
    assert [c.label for c in split.violated] == ["《某价格规定》第15条"]
    assert [c.label for c in split.basis] == ["《某价格法》第42条"]


def test_a_numbered_disposition_that_first_orders_a_refund_still_imposes_under_the_basis() -> None:
    """…的规定，本局决定：一、责令…退还…；二、处以罚款…: the refund in the first item ends no list of bases."""
    text = (
        "当事人高于政府定价收费，违反了《某价格法》第十二条的规定。依据《某价格法》第三十九条，"
        "《某处罚规定》第九条第（二）项的规定，本局决定：一、责令当事人改正违法行为，并退还多收的水费；"
        "二、对当事人处以罚款人民币9000元。"
    )
    assert [c.label for c in split_citations(text).basis] == ["《某价格法》第39条", "《某处罚规定》第9条第2项"]


def test_a_decided_refund_alone_has_no_penalty_basis() -> None:
    """Must not match: a list that only orders the refund imposes nothing under the provision before it."""
    text = (
        "当事人高于政府定价收费，违反了《某价格法》第十二条的规定。依据《某价格法》第三十九条的规定，"
        "本局决定：一、责令当事人退还多收的水费；二、责令当事人于十日内改正。"
    )
    assert split_citations(text).basis == []


def test_a_law_cited_by_the_short_name_the_decision_gave_it_is_cited_by_its_full_name() -> None:
    """《某某价格违法行为处罚规定》（以下简称《处罚规定》）: later 《处罚规定》 citations are of the full name, so a
    refund-only article cited by the short name is still no basis."""
    text = (
        "本局认为，当事人的行为违反了《中华人民共和国价格法》（以下简称《价格法》）第十二条的规定，属于"
        "《价格违法行为行政处罚规定》（以下简称《处罚规定》）第九条第（一）项所列行为。依照《价格法》第三十九条、"
        "《处罚规定》第九条第（一）项之规定，本局决定对当事人处以罚款1000元。多收价款已依照《处罚规定》"
        "第十六条第一款退还，不再没收。"
    )
    split = split_citations(text)
    assert [(c.law, c.article, c.item) for c in split.basis] == [
        ("中华人民共和国价格法", 39, None),
        ("价格违法行为行政处罚规定", 9, 1),
    ]
    assert [(c.law, c.article) for c in split.violated] == [("中华人民共和国价格法", 12)]


def test_a_short_name_the_decision_never_gave_stays_as_printed() -> None:
    """Must not match: without 以下简称 a short 《》 name is the law as printed (no guessing of full names)."""
    text = "依据《处罚规定》第九条第（一）项之规定，本局决定对当事人处以罚款1000元。"
    assert [c.law for c in split_citations(text).basis] == ["处罚规定"]


PENALTY_TABLE = (
    "本局认为：当事人第一项行为违反了《某某价格法》第十三条第一款的规定；第二项行为违反了《某某标价规定》第十九条第"
    "（三）项的规定。本局依法分别裁量，合并处罚如下：\n"
    "违法行为　处罚依据　　　　　　　　　处罚内容\n"
    "第一项　　某某价格法第四十二条　　　罚款1,000元\n"
    "　　　　　某某价格处罚规定第十三条第（一）项\n"
    "第二项　　某某价格法第四十条第一款　没收违法所得2,180元\n"
    "　　　　　某某价格处罚规定第七条　　罚款4,360元\n"
    "当事人应当自收到本决定书之日起十五日内缴纳罚没款。"
)


def test_laws_named_without_brackets_at_the_start_of_a_tables_cells() -> None:
    """A penalty table whose basis column names each law without 《》 and no trigger word before it: the cell's
    start opens the name, and the column's heading (处罚依据) joins no row label (第一项) into a law's name."""
    split = split_citations(PENALTY_TABLE)
    assert labels(split.violated) == ["《某某价格法》第13条第1款", "《某某标价规定》第19条第3项"]
    assert sorted(labels(split.basis)) == [
        "《某某价格处罚规定》第13条第1项",
        "《某某价格处罚规定》第7条",
        "《某某价格法》第40条第1款",
        "《某某价格法》第42条",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence wrapped at a line's end: the words before the law belong to the sentence, not to a cell
        "本局认为，当事人的行为违反\n了某某价格法第十四条的规定，依据某某价格法第四十条，决定罚款一千元。",
        # a pointer opening a line is no law's name
        "当事人违反了\n本规定第五条，依据《某某价格法》第四十条，决定罚款一千元。",
    ],
)
def test_a_line_that_opens_with_words_of_a_sentence_names_no_law(text: str) -> None:
    laws = {citation.law for citation in find_citations(text)}
    assert not any(law and ("了" in law or "本规定" in law) for law in laws)


def test_a_table_row_of_confiscated_money_without_yuan_makes_the_refund_article_a_basis() -> None:
    """没收违法所得　12,405.60 in a table headed 金额（元）: money is confiscated, so 第十六条第二款 (没收 what was
    not refunded) is a basis (ruling 20)."""
    text = (
        "依据《某某价格法》第三十九条、《价格违法行为行政处罚规定》第九条第（二）项、第十六条第二款的规定，决定处罚如下：\n"
        "序号　处罚种类　金额（元）\n1　没收违法所得　12,405.60\n2　罚款　95,322.80\n"
    )
    assert "《价格违法行为行政处罚规定》第16条第2款" in labels(split_citations(text).basis)
    # must not match: a fine alone, its row in a table, confiscates nothing
    fine_only = text.replace("1　没收违法所得　12,405.60\n", "")
    assert "《价格违法行为行政处罚规定》第16条第2款" not in labels(split_citations(fine_only).basis)


# --- national laws named without 《》 ---------------------------------------------------------------------------

BARE_NATIONAL = [
    ("after 违反了", "经营者的行为违反了价格法第十三条第一款的规定。", "价格法", 13),
    ("after 并根据", "依据某某规定第九条，并根据行政处罚法第二十八条第一款，决定罚款。", "行政处罚法", 28),
    ("after 应依据", "其行为应依据价格法第四十二条处罚，决定罚款。", "价格法", 42),
    ("after 不符合", "经营者的标价不符合中华人民共和国价格法第十四条第（四）项。", "中华人民共和国价格法", 14),
    ("after 和", "违反了某某条例第五条和产品质量法第二十六条的规定。", "产品质量法", 26),
    ("after 、", "违反了某某条例第五条、中华人民共和国食品安全法第三十四条的规定。", "中华人民共和国食品安全法", 34),
    ("after 构成了", "经营者的行为构成了反不正当竞争法第八条所指的行为。", "反不正当竞争法", 8),
    ("after a colon", "违反法律规定：消费者权益保护法第二十条。", "消费者权益保护法", 20),
    ("national name of any law", "违反了中华人民共和国某某保护法第十条的规定。", "中华人民共和国某某保护法", 10),
    ("its implementing regulation", "依据商标法实施条例第七十八条，决定罚款。", "商标法实施条例", 78),
    ("an unlisted law ending in a known one", "经营者违反了某某价格法第十二条的规定。", "某某价格法", 12),
    ("with its edition", "依据价格法（1997）第四十二条，决定罚款。", "价格法", 42),
    ("a trigger broken at a line's end", "当事人的行为，依\n据价格法第四十二条，决定罚款。", "价格法", 42),
    ("a trigger broken at a page's end", "当事人的行为，依\n6\n据价格法第四十二条，决定罚款。", "价格法", 42),
    ("a table cell", "违法行为　处罚依据\n第一项　　价格法第四十二条　　罚款1,000元\n", "价格法", 42),
    ("a longer name opening a cell", "第一项　　某某价格法第四十二条　　罚款1,000元\n", "某某价格法", 42),
]


@pytest.mark.parametrize(
    ("text", "law", "article"), [case[1:] for case in BARE_NATIONAL], ids=[case[0] for case in BARE_NATIONAL]
)
def test_a_national_law_named_without_brackets_is_read_from_its_own_name(text: str, law: str, article: int) -> None:
    """A known national law, or any opened by 中华人民共和国, named without 《》 right before its article: the verb or
    list mark before it is never part of its name."""
    cited = {(c.law, c.article) for c in find_citations(text)}
    assert (law, article) in cited
    assert all(c.law is None or c.law.startswith(("中华人民共和国", "某某", law)) for c in find_citations(text))


def test_a_bare_national_laws_span_is_the_text_printed() -> None:
    text = "违反了中华人民共和国价格法第十三条。"
    (citation,) = find_citations(text)
    assert citation.raw == "中华人民共和国价格法第十三条"
    assert text[citation.start : citation.end] == citation.raw


def test_an_article_after_a_bare_national_law_is_not_the_previous_laws() -> None:
    """A weighing rule cited, then a national law named without 《》: its article is that law's, not the rule's."""
    text = "依据《某省行政处罚裁量权基准》第九条第三项，对当事人从轻处罚；依据价格法第四十二条，决定罚款一千元。"
    split = split_citations(text)
    assert labels(split.mitigation) == ["《某省行政处罚裁量权基准》第9条第3项"]
    assert labels(split.basis) == ["《价格法》第42条"]


def test_the_roles_of_bare_national_laws_are_those_of_bracketed_ones() -> None:
    bracketed = (
        "当事人的行为违反了《价格法》第十三条第一款的规定，符合《中华人民共和国行政处罚法》第三十二条第（一）项的"
        "规定，依据《价格法》第四十二条，决定罚款一千元。"
    )
    bare = bracketed.replace("《", "").replace("》", "")
    got, expected = split_citations(bare), split_citations(bracketed)
    for role in ("violated", "basis", "mitigation"):
        assert labels(getattr(got, role)) == labels(getattr(expected, role)), role


def test_that_law_refers_to_the_bare_national_law_named_last() -> None:
    text = "违反了《某某条例》第五条的规定。依据价格法第十三条、该法第四十二条，决定罚款一千元。"
    laws = [(c.law, c.article) for c in find_citations(text)]
    assert laws == [("某某条例", 5), ("价格法", 13), ("价格法", 42)]


@pytest.mark.parametrize(
    "text",
    [
        "当事人违反了价格法律法规第三条的规定。",  # 价格法律法规: no law's name ends before 律
        "依照价格法规定的程序，依据《某某规定》第三条，决定罚款。",  # 价格法规定的: no article after the name
        "依据价格主管部门的意见第五条，决定罚款。",  # 价格 opens no national law
        "适用于价格法第十二条所指的情形。",  # 于 is the sentence's, not the name's
    ],
)
def test_words_around_a_national_laws_name_are_not_read_into_it(text: str) -> None:
    """Must not match: the name is a known law's exactly, or none."""
    laws = {c.law for c in find_citations(text)}
    assert not any(law and law not in ("价格法", "某某规定") and "价格法" in law for law in laws)
    if "价格法第" in text:
        assert "价格法" in laws


def test_a_provincial_rule_in_brackets_that_names_a_national_law_stays_itself() -> None:
    text = "依据《某省实施消费者权益保护法第十条的办法》第五条，决定罚款一千元。"
    (citation,) = find_citations(text)
    assert (citation.law, citation.article) == ("某省实施消费者权益保护法第十条的办法", 5)


def test_a_bare_national_law_without_an_article_cites_nothing() -> None:
    """A law named bare without an article is the law as a whole: no citation, and no unnumbered bracketed basis."""
    text = "依据价格法的有关规定，决定罚款一千元。"
    assert find_citations(text) == []
    assert unnumbered_basis(text) == []


@pytest.mark.parametrize("second", ["第（二）项", "第(二)项", "第二项", "第2项", "第（2）项", "（二）项", "、二项"])
def test_an_ordinal_of_the_acts_after_an_item_is_no_further_item(second: str) -> None:
    """当事人的第一项违法行为依据…第十三条第（一）项，第二项违法行为依据…: in any item form, 第N项 followed by
    违法行为 or 行为 counts the party's acts and is never an item of the article before."""
    text = (
        "对当事人的第（一）项违法行为，依据《某某违法行为处罚规定》第十三条第（一）项，"
        f"{second}违法行为，依据《某某违法行为处罚规定》第七条的规定，决定罚款一千元。"
    )
    assert labels(find_citations(text)) == ["《某某违法行为处罚规定》第13条第1项", "《某某违法行为处罚规定》第7条"]
    # must match: a further item of the same article, with no act after it
    more = "依据《某某违法行为处罚规定》第十三条第（一）项，第（二）项的规定，决定罚款一千元。"
    assert labels(find_citations(more)) == [
        "《某某违法行为处罚规定》第13条第1项",
        "《某某违法行为处罚规定》第13条第2项",
    ]


@pytest.mark.parametrize("trigger", ["依\n照", "依\n据", "根\n据", "依\n3\n照"])
def test_a_trigger_broken_before_a_pointer_names_no_rule(trigger: str) -> None:
    """…所列的价格欺诈行为，依\\n照上述规定第十一条: 照上述规定 opening the line is no rule's name; the article is the
    rule's named before, as when the verb is whole."""
    text = (
        "当事人的行为属于《某某价格行为规定》第六条第（八）项所列的行为，"
        f"{trigger}上述规定第十一条和《某某处罚规定》第七条的规定，决定罚款一千元。"
    )
    assert sorted(labels(find_citations(text))) == [
        "《某某价格行为规定》第11条",
        "《某某价格行为规定》第6条第8项",
        "《某某处罚规定》第7条",
    ]
    # must match: a rule named without 《》 opening a table cell is still read
    cell = "违法行为　处罚依据\n第一项　某某市价格管理规定第十条\n"
    assert labels(find_citations(cell)) == ["《某某市价格管理规定》第10条"]


def test_bracketed_laws_map_back_to_the_text_printed() -> None:
    """The folded text brackets a bare national law; its origin points at the name as printed."""
    text = "违反了 价格法 第十三条，依照《某省价格条例》第五条。"
    folded = bracketed_laws(text)
    assert "违反了《价格法》第十三条" in folded.text and folded.text.count("《某省价格条例》") == 1
    start = folded.text.index("《价格法》")
    begin, end = folded.span(start, start + len("《价格法》"))
    assert text[begin:end] == "价格法"
    assert bracketed_laws("当事人违反价格法律法规。").text == "当事人违反价格法律法规。"


@pytest.mark.parametrize(
    "sentence",
    [
        "本局告知其依照《中华人民共和国行政处罚法》第三十一条、第三十二条的规定享有陈述、申辩的权利。",
        "本局依据《行政处罚法》第三十二条之规定，告知当事人有陈述和申辩的权利。",
        "根据《中华人民共和国行政处罚法》第三十一条的规定，当事人依法享有要求听证的权利。",
        # the notice of the intended penalty (告知), in the 2017 text's numbers
        "本所依照《中华人民共和国行政处罚法》第三十一条、第三十二条的规定告知经营者拟给予处罚的理由和依据。",
        "本所按照《行政处罚法》第三十一条、第四十二条的规定，于当日向经营者送达了《行政处罚事先告知书》。",
        # the right named right after the articles, no 规定 between
        "本所已书面告知经营者依据《中华人民共和国行政处罚法》第三十一条、第三十二条享有陈述和申辩的权利。",
        "经营者根据《行政处罚法》第三十二条依法享有申辩的权利，逾期视为放弃。",
    ],
)
def test_a_penalty_law_article_cited_for_the_right_to_be_heard_is_procedure(sentence: str) -> None:
    """The 2017 text's 第31条/第32条 (告知, 陈述申辩) cited for the party's rights weigh nothing."""
    split = split_citations(sentence + "依据《价格法》第四十二条的规定，本局决定罚款500元。")
    assert split.mitigation == []
    assert [c.label for c in split.basis] == ["《价格法》第42条"]


@pytest.mark.parametrize(
    "sentence",
    [
        # must not match: the same numbers cited to weigh the penalty, a rights clause only after the weighing
        "依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，可以从轻处罚。",
        "依据《行政处罚法》第三十二条的规定，对当事人从轻处罚，并告知其享有陈述申辩权。",
        "依照《行政处罚法》第三十三条的规定不予处罚，当事人享有陈述的权利。",
        # must not match: the penalty imposed under the article before the notice is mentioned
        "依据《行政处罚法》第三十二条的规定，本所决定罚款二百元，并告知其权利。",
        # must not match: the weighing article with no rights clause right after it
        "经营者符合《行政处罚法》第三十二条从轻处罚的情形，其享有陈述的权利已告知。",
    ],
)
def test_a_weighing_article_beside_a_rights_clause_still_weighs(sentence: str) -> None:
    assert split_citations(sentence).mitigation != []


@pytest.mark.parametrize("lead", ["具有", "存在", "鉴于"])
def test_a_bare_national_law_opening_a_line_after_a_clause_verb_keeps_the_verb_out(lead: str) -> None:
    """…主动改正，\\n具有行政处罚法第三十二条…: the verb opening the line is the sentence's, never the law's name."""
    text = f"当事人主动改正违法行为，\n{lead}行政处罚法第三十二条第（一）项规定的情形，依法从轻处罚。"
    assert [(c.law, c.article) for c in find_citations(text)] == [("行政处罚法", 32)]
    # must not match: a longer name that really opens the line stays whole
    other = "当事人主动改正违法行为，\n某某省价格条例第十二条规定的情形。"
    assert all(c.law != "价格条例" for c in find_citations(other))


def _roles_of(text: str) -> list[tuple[int, str]]:
    return [(c.article, c.role) for c in find_citations(text)]


def test_a_provision_the_party_asks_for_is_its_plea() -> None:
    """请求依照《…》第二十六条的规定减轻处罚: the party's request, no weighing of the decision's own."""
    plea = "当事人提交书面陈述申辩意见，请求依照《明码标价和禁止价格欺诈规定》第二十六条的规定减轻处罚。"
    assert _roles_of(plea) == [(26, "other")]
    # must not match: the agency applying the same article itself
    own = "本局依照《明码标价和禁止价格欺诈规定》第二十六条的规定，对当事人减轻处罚。"
    assert _roles_of(own) == [(26, "mitigation")]


def test_the_product_quality_law_s_seller_article_only_weighs() -> None:
    """产品质量法 第五十五条 (a seller who did not know and names its supplier: 可以从轻或者减轻处罚) is no basis."""
    text = (
        "当事人能说明进货渠道，依据《中华人民共和国产品质量法》第五十五条的规定，可以从轻处罚。"
        "依据《中华人民共和国产品质量法》第五十条的规定，本局决定：没收不合格产品，并处罚款3000元。"
    )
    # must not match: the penalty article cited beside it stays the basis
    assert _roles_of(text) == [(55, "mitigation"), (50, "basis")]


def test_a_weighing_article_the_case_does_not_meet_weighs_nothing() -> None:
    """不符合《行政处罚法》第三十三条第一款规定的不予处罚情形: named only to be refused."""
    refused = "当事人未标价的商品达17种，不符合《中华人民共和国行政处罚法》第三十三条第一款规定的不予处罚情形。"
    assert _roles_of(refused) == [(33, "other")]
    # must not match: the article applied (符合…规定的…情形，决定不予处罚)
    met = "当事人的行为符合《中华人民共和国行政处罚法》第三十三条第一款规定的情形，决定不予行政处罚。"
    assert _roles_of(met) == [(33, "mitigation")]


def test_the_provisions_a_retold_notice_proposed_a_penalty_under_are_not_the_basis() -> None:
    """…送达了《行政处罚告知书》，告知书…适用的条款为《…》…，拟给予警告…: the notice's provisions, not the decision's."""
    recap = (
        "本局于2023年4月5日向当事人送达了《行政处罚告知书》，告知书认定的违法事实同上，适用的条款为"
        "《中华人民共和国价格法》第十三条第一款，拟给予警告，并处罚款800元。"
    )
    assert _roles_of(recap) == [(13, "other")]
    # must not match: the decision's own basis, even worded as 拟 with no 告知书 named before it
    own = "依据《中华人民共和国价格法》第四十二条的规定，本局拟对当事人作出如下行政处罚：罚款800元。"
    assert _roles_of(own) == [(42, "basis")]


@pytest.mark.parametrize("copula", ["是", "为"])
def test_the_copula_after_a_trigger_is_no_part_of_a_bare_laws_name(copula: str) -> None:
    """减轻处罚的依据是行政处罚法第三十二条…: 是/为 belongs to the sentence, the law is the known one."""
    text = f"罚款人民币壹万元；减轻处罚的依据{copula}行政处罚法第三十二条第（一）项。"
    assert [(c.law, c.article, c.item) for c in find_citations(text)] == [("行政处罚法", 32, 1)]
    # must not match: a longer name after the trigger with no copula stays whole
    other = "依据某某省价格行政处罚法第十二条的规定。"
    assert [c.law for c in find_citations(other)] != ["行政处罚法"]


@pytest.mark.parametrize(
    ("listed", "rule"),
    [
        ("、某某处罚规定第十三条(一)项", "《某某处罚规定》第13条第1项"),
        ("、某某违法行为行政处罚规定第十三条第(三)项", "《某某违法行为行政处罚规定》第13条第3项"),
        ("和某某标价办法第九条", "《某某标价办法》第9条"),
    ],
)
def test_a_rule_named_without_brackets_after_a_listed_provision_is_that_rule(listed: str, rule: str) -> None:
    """依据价格法第四十二条、处罚规定第十三条(一)项: the rule after the list mark is named, not the law before it."""
    text = f"依据《某某价格法》第四十二条{listed}之规定，本局决定：对当事人罚款800元。"
    assert labels(split_citations(text).basis) == ["《某某价格法》第42条", rule]


def test_a_pointer_or_a_word_after_a_listed_provision_names_no_rule() -> None:
    """Must not match: a pointer (、上述规定第七条), or a list mark after no provision (价格、处罚规定第…)."""
    for pointer in ("上述规定", "有关规定", "本规定"):
        text = f"依据《某某价格法》第四十二条、{pointer}第七条，决定罚款八百元。"
        assert all(c.law == "某某价格法" for c in split_citations(text).basis), pointer
    loose = "当事人对价格、收费规定第七条所列事项不熟悉。"
    assert all(c.law != "收费规定" for c in find_citations(loose))


def test_a_suspicion_opening_the_reasoning_section_is_its_conclusion() -> None:
    """三、处罚依据及理由 / 【认定理由和依据】 heads the reasoning: its first sentence concludes, 涉嫌 or not (ruling 39)."""
    for heading in ("三、处罚依据及理由\n", "【认定理由和依据】\n"):
        text = (
            "二、证据\n检查笔录、询问笔录等。\n"
            + heading
            + "当事人的上述行为涉嫌违反了《某某价格法》第十三条第一款的规定。"
            "本局于某日送达告知书。\n四、处罚决定\n依据《某某价格法》第四十二条的规定，决定罚款一千元。"
        )
        assert labels(split_citations(text).violated) == ["《某某价格法》第13条第1款"]


def test_a_case_opening_story_under_a_reasoning_heading_stays_a_suspicion() -> None:
    text = (
        "三、处罚依据及理由\n本局接到举报，当事人涉嫌违反《某某价格法》第十三条第一款，本局立案调查。"
        "本局于某日送达告知书。\n四、处罚决定\n依据《某某价格法》第四十二条的规定，决定罚款一千元。"
    )
    assert split_citations(text).violated == []


def test_a_reasoning_heading_under_any_item_form_opens_the_conclusion() -> None:
    """（三）处罚依据及理由 / 3.处罚依据和理由 / (3)…: the heading's item number in another form heads it alike."""
    for heading in ("（三）处罚依据及理由\n", "3.处罚依据和理由\n", "(3)处罚理由及依据\n", "３．处罚依据及理由\n"):
        text = (
            "2.证据\n检查笔录、询问笔录等。\n"
            + heading
            + "当事人的上述行为涉嫌违反了《某某价格法》第十三条第一款的规定。"
            "本局于某日送达告知书。\n4.处罚决定\n依据《某某价格法》第四十二条的规定，决定罚款一千元。"
        )
        assert labels(split_citations(text).violated) == ["《某某价格法》第13条第1款"], heading


def test_a_bracket_closing_words_before_reasons_is_no_heading() -> None:
    """Must not match: a bracket that closes words, not an item's number (书面材料（附件）依据和理由如下)."""
    text = (
        "当事人提交了书面材料（附件）依据和理由如下：当事人的上述行为涉嫌违反了《某某价格法》第十三条第一款的规定。"
        "本局于某日送达告知书。\n4.处罚决定\n依据《某某价格法》第四十二条的规定，决定罚款一千元。"
    )
    assert split_citations(text).violated == []


def test_a_penalty_tables_violated_column_is_violated() -> None:
    """违法行为 违反条款 处罚依据 处罚内容 over a row: the provision of the 违反条款 cell is no basis."""
    text = (
        "处罚事项：\n违法行为　　违反条款　　处罚依据　　处罚内容\n"
        "多收费用　　《某某规定》第八条　　《某某价格法》第四十二条、《某某处罚规定》第十三条第（三）项　　罚款3,000元\n"
    )
    split = split_citations(text)
    assert labels(split.violated) == ["《某某规定》第8条"]
    assert labels(split.basis) == ["《某某价格法》第42条", "《某某处罚规定》第13条第3项"]


def test_a_penalty_table_without_a_violated_column_is_all_basis() -> None:
    """must not match: 序号 违法行为 处罚依据 处罚内容 — every provision of a row is the basis."""
    text = (
        "处罚事项：\n违法行为　　处罚依据　　处罚内容\n"
        "多收费用　　《某某价格法》第四十二条　　《某某处罚规定》第十三条第（三）项　　罚款3,000元\n"
    )
    split = split_citations(text)
    assert split.violated == []
    assert labels(split.basis) == ["《某某价格法》第42条", "《某某处罚规定》第13条第3项"]


@pytest.mark.parametrize("pointer", ["同条第（三）项", "同条第三项", "该条第（三）项"])
def test_an_item_of_the_same_article_named_without_its_article(pointer: str) -> None:
    """…（《某省行政处罚裁量权适用规定》第十一条第（一）项）；…（同条第（三）项）: the same rule and article."""
    text = (
        "从轻情节：1.当事人主动改正（《某省行政处罚裁量权适用规定》第十一条第（一）项）；"
        f"2.配合调查（{pointer}）。依据《某价格法》第四十条，决定罚款八百元。"
    )
    assert labels(split_citations(text).mitigation) == [
        "《某省行政处罚裁量权适用规定》第11条第1项",
        "《某省行政处罚裁量权适用规定》第11条第3项",
    ]


def test_a_paragraph_of_the_same_article_keeps_its_law() -> None:
    text = "违反了《某价格法》第十三条第一款和该条第二款的规定，依据《某价格法》第四十二条，决定罚款八百元。"
    assert labels(split_citations(text).violated) == ["《某价格法》第13条第1款", "《某价格法》第13条第2款"]


@pytest.mark.parametrize("near", ["合同条款第（三）项约定", "同条规定", "同条例第五条"])
def test_words_that_only_look_like_the_same_article_cite_nothing(near: str) -> None:
    """Must not match: 合同条款, 同条 with no paragraph or item, 同条例 (a law pointed back to, read as such)."""
    text = f"违反了《某价格法》第十三条的规定，当事人称{near}。"
    assert [c.label for c in find_citations(text) if c.article != 5] == ["《某价格法》第13条"]


def test_a_run_on_basis_that_decides_before_the_surcharge_is_the_basis() -> None:
    # one sentence that imposes the fine and goes on with commas to the terms and the late-payment surcharge
    text = (
        "当事人的行为违反了《某某法》第十条的规定，本局依据《某某法》第三十条之规定，决定对当事人罚款500元，"
        "当事人应当自收到本决定书之日起十五日内缴纳罚款，逾期不缴纳的每日按罚款数额的百分之三加处罚款。"
    )
    assert [c.label for c in split_citations(text).basis] == ["《某某法》第30条"]


def test_the_surcharge_article_stays_out_of_the_basis() -> None:
    # must not match: the 加处 provision is cited for the surcharge, no penalty decided before it
    text = (
        "本局决定对当事人罚款500元。当事人逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七十二条的规定，"
        "每日按罚款数额的百分之三加处罚款。"
    )
    assert split_citations(text).basis == []


def test_a_bare_basis_heading_after_the_disposition_is_the_basis() -> None:
    text = (
        "本局决定：罚款800元。\n依据：《某某法》第三十条，《某某规定》第九条第（二）项。\n当事人应于十五日内缴纳罚款。"
    )
    assert [c.label for c in split_citations(text).basis] == ["《某某法》第30条", "《某某规定》第9条第2项"]


def test_a_basis_word_inside_a_sentence_is_no_heading() -> None:
    # must not match: 依据 inside the notice's sentence, not a sentence that opens with the heading
    text = "本局送达告知书，告知其拟处罚的事实、理由、依据：《某某法》第三十条，当事人未陈述。"
    assert split_citations(text).basis == []


def test_lines_that_label_each_provisions_role_are_read_by_that_role() -> None:
    """违法条款： / 处罚条款： lines (a block sorting the provisions by role, the disposition pointing back to it with
    根据上述处罚条款): each line's provisions take the role its label names (rules 1 and 2)."""
    text = (
        "当事人未向消费者出具结算清单。\n违法条款：《某某规定》第十五条\n"
        "处罚条款：《某某规定》第二十二条；《某某法》第四十二条；《某某处罚规定》第十三条第（四）项\n"
        "处罚内容：罚款人民币2500元\n根据上述处罚条款，本局决定对当事人处以罚款2500元。"
    )
    split = split_citations(text)
    assert [c.label for c in split.violated] == ["《某某规定》第15条"]
    assert [c.label for c in split.basis] == ["《某某规定》第22条", "《某某法》第42条", "《某某处罚规定》第13条第4项"]


def test_a_penalty_clause_named_in_a_sentence_is_no_label() -> None:
    # must not match: 处罚条款 and 违法条款 in the party's words, no colon after them: no role of their own
    text = "当事人称，本局所列违法条款《某某规定》第十五条与处罚条款《某某法》第四十二条不相适应。"
    split = split_citations(text)
    assert split.violated == [] and split.basis == []


def test_a_rule_on_minor_violations_not_punished_only_weighs() -> None:
    """《某省…轻微违法行为不予行政处罚实施办法》 is a weighing instrument like a 免罚清单 (rule 3): pointed back to by
    根据上述规定…决定不予行政处罚 it is discretion, not the basis (rule 24)."""
    text = (
        "当事人的行为违反了《某某法》第十三条第一款的规定，依照《某某法》第四十二条应予处罚。"
        "《某某省市场监督管理轻微违法行为不予行政处罚实施办法》第六条第（二）项将此类情形列为可以不予处罚的情形。"
        "综上，根据上述规定，本局决定对当事人不予行政处罚。"
    )
    split = split_citations(text)
    assert [c.label for c in split.basis] == ["《某某法》第42条"]
    assert [c.label for c in split.mitigation] == ["《某某省市场监督管理轻微违法行为不予行政处罚实施办法》第6条第2项"]


def test_a_rule_that_names_administrative_penalties_without_not_punishing_is_no_weighing_rule() -> None:
    # must not match: a rule whose name has 行政处罚 but no 不予/免予 before it stays the basis it is cited as
    text = "依据《某某行政处罚实施办法》第六条第（二）项的规定，本局决定对当事人罚款1000元。"
    assert [c.label for c in split_citations(text).basis] == ["《某某行政处罚实施办法》第6条第2项"]


def test_an_exception_the_case_does_not_meet_is_no_rule_violated() -> None:
    """复核意见：…不符合《…》第二十一条第（一）项规定的情形，不予采纳: an exception named to refuse the plea (ruling 52)."""
    text = (
        "本局认为，当事人违反了《明码标价和禁止价格欺诈规定》第二十条第一款第（一）项的规定。"
        "本局复核意见：当事人未能证明其没有主观故意，不符合《明码标价和禁止价格欺诈规定》第二十一条第（一）项"
        "规定的情形，不予采纳。"
    )
    assert _roles_of(text) == [(20, "violated"), (21, "other")]
    # must not match: 不符合…的规定 is the breach itself, and so is 不符合…规定的条件
    breach = "本局认为，当事人的收费行为不符合《某某省物业服务收费管理办法》第十二条的规定。"
    assert _roles_of(breach) == [(12, "violated")]
    condition = "本局认为，当事人的收费行为不符合《某某省物业服务收费管理办法》第十二条规定的条件。"
    assert _roles_of(condition) == [(12, "violated")]


def test_the_time_limit_a_no_penalty_decision_rests_on_weighs() -> None:
    """行政处罚法 第三十六条第一款 (the time limit) cited as the ground not to punish: `discretion` by rule 24, not basis."""
    text = (
        "违反了《某价格法》第十三条第二款的规定，本应依照《某处罚规定》第十三条第（三）项予以处罚。但该行为已超过二年。"
        "根据《中华人民共和国行政处罚法》第三十六条第一款的规定，违法行为在二年内未被发现的，不再给予行政处罚。"
    )
    split = split_citations(text)
    assert [c.label for c in split.basis] == ["《某处罚规定》第13条第3项"]
    assert [c.label for c in split.mitigation] == ["《中华人民共和国行政处罚法》第36条第1款"]


def test_another_laws_article_before_no_penalty_is_not_the_ground() -> None:
    """Must not match: a price rule's article cited before 不予 is what the conduct falls under, and a penalty-law
    procedure article stays procedure."""
    split = split_citations("依据《某处罚规定》第十三条第（一）项的规定，鉴于当事人及时改正，不予行政处罚。")
    assert [c.label for c in split.mitigation] == []
    split = split_citations("依照《中华人民共和国行政处罚法》第五十七条的规定，本局决定不予行政处罚。")
    assert [c.label for c in split.mitigation] == []
    refused = "该行为不符合《中华人民共和国行政处罚法》第三十六条第一款规定的不予处罚情形，依据《某价格法》第四十二条，决定罚款500元。"
    assert [c.label for c in split_citations(refused).mitigation] == []


def test_a_requirement_named_before_the_violation_clause_is_no_violated_provision() -> None:
    """不符合…第七条第一款关于…的要求，违反了…第十四条的规定: the 违反 clause is the finding; the 要求 only measures
    the conduct (rule 1 reads 不符合…的规定)."""
    text = (
        "本局认为，当事人提供的标价模板不符合《某标价规定》第七条第一款关于标示计价单位的要求，"
        "违反了《某标价规定》第十四条的规定。依据《某标价规定》第二十五条的规定，本局决定处罚如下：罚款100元。"
    )
    assert [c.label for c in split_citations(text).violated] == ["《某标价规定》第14条"]


@pytest.mark.parametrize(
    "clause",
    [
        # must not match: 不符合…的规定 is rule 1's own wording, whatever follows
        "不符合《某标价规定》第七条第一款的规定，违反了《某标价规定》第十四条的规定。",
        # must not match: a requirement with no 违反 clause after it is the finding itself
        "不符合《某标价规定》第七条第一款关于标示计价单位的要求，也不符合《某标价规定》第十四条的规定。",
    ],
)
def test_a_provision_the_conduct_does_not_meet_stays_violated(clause: str) -> None:
    text = f"本局认为，当事人的行为{clause}依据《某标价规定》第二十五条的规定，本局决定处罚如下：罚款100元。"
    assert "《某标价规定》第7条第1款" in [c.label for c in split_citations(text).violated]


#: A walled penalty table whose cells wrap (invented): each row's lines interleave its cells; a note defines the
#: table's short names.
WALLED_TABLE = (
    "依据《中华人民共和国价格法》第四十二条、《价格违法行为行政处罚规定》第十三条第（一）项的规定，本局决定作出如下处罚：\n"
    "│违法行为　　│违反条款　　　│处罚依据　　　　　　│处罚内容│\n"
    "──────────────────────────────────────────\n"
    "│未标明价格　│价格法第十三条│价格法第四十二条、处│罚款　　│\n"
    "│　　　　　　│第一款　　　　│罚规定第十三条第（一│　　　　│\n"
    "│　　　　　　│　　　　　　　│）项　　　　　　　　│　　　　│\n"
    "──────────────────────────────────────────\n"
    "注：表中“价格法”即《中华人民共和国价格法》，“处罚规定”指《价格违法行为行政处罚规定》。\n"
    "当事人应当自收到本决定书之日起十五日内缴纳罚款。"
)


def test_a_walled_table_row_is_read_cell_by_cell_with_the_notes_full_names() -> None:
    """价格法第十三│条第一款 wraps within its cell: the cell is read whole, and the short names the note defines
    (“处罚规定”指《…》) cite the laws by their full names; spans still index the text as printed."""
    split = split_citations(WALLED_TABLE)
    assert sorted(c.label for c in split.basis) == [
        "《中华人民共和国价格法》第42条",
        "《价格违法行为行政处罚规定》第13条第1项",
    ]
    for citation in find_citations(WALLED_TABLE):
        assert 0 <= citation.start < citation.end <= len(WALLED_TABLE)
        assert "│" not in citation.raw


def test_a_quoted_short_name_without_a_definition_is_no_alias() -> None:
    """Must not match: “处罚规定” quoted but not defined as a law (no 即/指《…》) gives no full name."""
    text = WALLED_TABLE.replace("，“处罚规定”指《价格违法行为行政处罚规定》", "，“处罚规定”一词见附件")
    assert "《价格违法行为行政处罚规定》第13条第1项" in [c.label for c in split_citations(text).basis]
    assert not any(
        c.law == "价格违法行为行政处罚规定" and c.article == 13 and c.raw.startswith("处罚规定")
        for c in find_citations(text)
    )


def test_unwalled_text_reads_as_before() -> None:
    """Must not match: a line with one bar only is no walled row, its text stays in place."""
    text = "依据《中华人民共和国价格法》第四十二条的规定 | 本局决定罚款1000元。"
    assert [c.label for c in split_citations(text).basis] == ["《中华人民共和国价格法》第42条"]
