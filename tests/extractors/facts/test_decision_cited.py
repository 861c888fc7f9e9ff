"""Provisions a decision cites, with the word that gives each its role and whether it stands in that word's list."""

from __future__ import annotations

import pytest

from extractors.facts.decision_cited import (
    basis_clause,
    cited_in,
    malformed_citation,
    provisions_cited,
    violation_by_reference,
)


def _roles(text: str) -> list[tuple[int, int | None, str, bool]]:
    return [(p.article, p.item, p.role, p.listed) for p in provisions_cited(text)]


def test_roles_and_lists() -> None:
    text = (
        "当事人的行为违反了《中华人民共和国价格法》第十二条、《价格违法行为行政处罚规定》第九条第（一）项的规定，"
        "依据《中华人民共和国价格法》第三十九条，决定处罚如下：罚款1000元。"
    )
    assert _roles(text) == [(12, None, "violated", True), (9, 1, "violated", True), (39, None, "basis", True)]
    assert provisions_cited(text)[2].imposing


def test_a_provision_in_the_next_clause_is_not_listed() -> None:
    text = "违反了《价格法》第十三条第一款“经营者……”之规定，应依6据《价格法》第四十二条的规定处罚。"
    found = provisions_cited(text)
    assert [(p.article, p.role, p.listed) for p in found] == [(13, "violated", True), (42, "violated", False)]


def test_quoted_text_between_listed_provisions_and_suspicion() -> None:
    text = "依据《价格法》第三十九条“经营者不执行……”和《价格违法行为行政处罚规定》第九条第二项，决定罚款。"
    assert [p.listed for p in provisions_cited(text)] == [True, True]
    assert _roles("当事人涉嫌违反《价格法》第十二条的规定，本局予以立案。") == [(12, None, "suspected", True)]


def test_violation_by_reference_and_malformed_numbers() -> None:
    assert violation_by_reference("《价格法》第十二条：“经营者……”。当事人的行为违反了本规定。")
    assert not violation_by_reference("当事人涉嫌违反上述规定，本局立案。")
    assert (
        malformed_citation("依据《中华人民共和国价格法》第四十的规定，决定罚款。")
        == "《中华人民共和国价格法》第四十的规定"
    )
    assert malformed_citation("依据《价格法》第四十条第一款的规定，决定罚款。") is None


def test_a_law_cited_by_its_relevant_clauses_alone_is_malformed() -> None:
    """依据《…》相关条款 names no article: a basis not precise to 条 (rule 11)."""
    assert (
        malformed_citation("依据《某价格法》第四十条及《某处罚规定》相关条款的规定，本局决定罚款六百元。")
        == "《某处罚规定》相关条款"
    )
    assert malformed_citation("违反了《某价格法》的有关条款，本局决定罚款六百元。") == "《某价格法》的有关条款"


@pytest.mark.parametrize(
    "text",
    [
        # must not match: a suspicion of the narrative, no governing word, the general penalty law, a weighing rule
        "当事人涉嫌违反《某价格法》相关条款，本局予以立案。",
        "本局向当事人宣讲了《某价格法》相关条款。",
        "依据《中华人民共和国行政处罚法》相关条款，本局决定罚款六百元。",
        "依据《某省市场监管行政处罚裁量基准》相关条款，对当事人从轻处罚。",
    ],
)
def test_a_relevant_clauses_mention_outside_the_decisions_lists_is_not_malformed(text: str) -> None:
    assert malformed_citation(text) is None


def test_a_rule_the_party_did_not_follow_is_not_cited_as_basis() -> None:
    # 未按照《…》第五条 is the conduct; the provision is governed by the 违反 before it
    text = "当事人违反规定，未按照《某某收费办法》第五条的规定公示收费标准，被处以罚款。"
    assert _roles(text) == [(5, None, "violated", False)]


def test_a_role_word_broken_over_a_line_keeps_its_role() -> None:
    text = "经群众举报，当事人的行为涉嫌\n违反《中华人民共和国价格法》第十四条的规定。本局依\n据《中华人民共和国价格法》第四十条第一款，决定罚款3000元。"
    roles = [(p.article, p.role) for p in provisions_cited(text)]
    assert roles == [(14, "suspected"), (40, "basis")]


def test_sentences_and_recaps() -> None:
    text = (
        "当事人甲某虚标原价的行为，违反了《中华人民共和国价格法》第十四条第（四）项的规定；"
        "综上，当事人上述行为违反了《中华人民共和国价格法》第十四条的规定。"
        "当事人的行为违反了《中华人民共和国价格法》第十三条第一款。"
    )
    found = [(p.sentence, p.recap) for p in provisions_cited(text)]
    # The first finding is no recap, 综上…上述行为 is; 当事人的行为 points back to nothing.
    assert found == [(0, False), (1, True), (2, False)]


def test_a_sentence_that_tells_what_the_article_provides_is_statutory() -> None:
    """可以并处5000元以下的罚款 / 处5万元以上50万元以下的罚款: the law's range paraphrased, nothing decided."""
    text = (
        "依照《价格违法行为行政处罚规定》第十三条，可以并处5000元以下的罚款。"
        "根据《价格违法行为行政处罚规定》第七条，经营者有价格欺诈行为的，处5万元以上50万元以下的罚款。"
        "依据《价格违法行为行政处罚规定》第十三条第（二）项，决定处罚如下：罚款2000元。"
        "依据《价格违法行为行政处罚规定》第十三条，对当事人处以罚款1000元。"
    )
    # must not match: a sentence that decides (决定处罚如下) or imposes an amount of its own
    assert [p.statutory for p in provisions_cited(text)] == [True, True, False, False]


def test_a_decision_made_as_follows_imposes() -> None:
    text = "依据《中华人民共和国价格法》第十四条第（四）项的规定，责令当事人立即改正，作出如下决定：罚款3000元。"
    assert [p.imposing for p in provisions_cited(text)] == [True]
    reasoning = "根据《中华人民共和国价格法》第十三条第一款的规定，经营者应当明码标价，本局决定立案调查。"
    assert [p.imposing for p in provisions_cited(reasoning)] == [False]


def test_a_weighing_rule_alone_is_no_basis_clause() -> None:
    rule = "《嵩州省市场监督管理行政处罚裁量权适用规则》第十一条第（三）项"
    assert not basis_clause(f"根据{rule}的规定，责令当事人改正，本局决定处罚如下：罚款2000元。")
    assert basis_clause(f"根据{rule}和《中华人民共和国价格法》第四十二条的规定，本局决定处罚如下：罚款2000元。")
    # A weighing rule first, the law's basis in a later clause of the same sentence.
    assert basis_clause(f"参照{rule}，依据《中华人民共和国价格法》第四十二条的规定，决定处罚如下：罚款2000元。")
    assert basis_clause("依据有关法律规定，本局决定处罚如下：罚款2000元。")


def test_a_rules_own_weighing_article_alone_is_no_basis_clause() -> None:
    """A tabled price rule's 从轻/减轻 article (citation_roles.yaml weighing_provisions) weighs, like a 裁量 rule."""
    weighing = "《明码标价和禁止价格欺诈规定》第二十六条第一款"
    assert not basis_clause(f"根据{weighing}的规定，责令当事人改正，决定对当事人作出如下行政处罚：罚款2000元。")
    # must not match: another article of the same rule, or the weighing article beside the penalty article
    assert basis_clause(
        "根据《明码标价和禁止价格欺诈规定》第二十二条的规定，决定对当事人作出如下行政处罚：罚款2000元。"
    )
    assert basis_clause(f"根据{weighing}和《中华人民共和国价格法》第四十二条的规定，决定处罚如下：罚款2000元。")


def test_national_laws_named_without_marks_are_cited_as_bracketed_ones() -> None:
    """违反了价格法第十三条 / 依据中华人民共和国行政处罚法第五十一条: cited as if in 《》, each with its sentence."""
    text = (
        "当事人的行为违反了价格法第十三条第一款的规定。逾期不缴纳罚款的，依据中华人民共和国行政处罚法第五十一条"
        "的规定，每日按罚款数额的百分之三加处罚款。"
    )
    found = [(c.law, c.article) for c in cited_in(text)]
    assert found == [("价格法", 13), ("中华人民共和国行政处罚法", 51)]
    assert "加处罚款" in cited_in(text)[1].sentence
    # must not match: a law's name with no article after it, or a law's words in another phrase
    assert cited_in("当事人违反了价格法律法规，依据价格法规定的程序处理。") == []


def test_an_article_without_tiao_after_a_bare_national_law_is_quoted_as_printed() -> None:
    assert malformed_citation("依据价格法第四十 的规定，决定处罚如下。") == "价格法第四十的规定"
    assert malformed_citation("依据价格法第四十条的规定，决定处罚如下。") is None


def test_a_provision_the_party_asks_to_apply_has_no_role() -> None:
    """请求依照…第二十六条的规定减轻处罚: the party's plea, not a basis the decision lists."""
    plea = "当事人请求依照《明码标价和禁止价格欺诈规定》第二十六条的规定减轻处罚。"
    assert _roles(plea) == [(26, None, "none", False)]
    # must not match: the decision's own 依照
    own = "本局依照《中华人民共和国价格法》第四十二条的规定，决定处以罚款1000元。"
    assert _roles(own) == [(42, None, "basis", True)]


def test_a_row_label_cell_lists_the_provision_in_its_role() -> None:
    """A transposed table: the row's label cell (│违反条款│, │处罚依据│) names the role, the next cell lists the
    provision right after it."""
    text = (
        "本局决定按下表对当事人给予行政处罚：\n"
        "│违反条款　│《价格违法行为行政处罚规定》第十三条第（二）项│\n"
        "│处罚依据　│《中华人民共和国价格法》第四十二条　　　　　　│\n"
        "│处罚内容　│罚款　　　　　　　　　　　　　　　　　　　　　│\n"
    )
    assert _roles(text) == [(13, 2, "violated", True), (42, None, "basis", True)]


def test_a_label_word_without_a_wall_is_no_list_glue() -> None:
    """Must not match: 违反…规定 in prose with words between is not a list right after 违反."""
    text = "当事人违反条款规定《中华人民共和国价格法》第十三条第一款，本局决定罚款1000元。"
    assert [p.listed for p in provisions_cited(text)] == [False]
