"""The rule-based spaCy pipeline: organisations, party roles and which date belongs to which event."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.fields.nlp import date_events, entities, pipeline


def labelled(text: str, label: str) -> list[str]:
    return [e.text.replace("\n", "") for e in entities(text) if e.label == label]


def test_pipeline_is_blank_chinese_with_char_tokens() -> None:
    nlp = pipeline()
    assert nlp.lang == "zh" and [t.text for t in nlp.make_doc("嵩川市")] == ["嵩", "川", "市"]
    assert pipeline() is nlp


ORGS = [
    ("agency header", "嵩川市市场监督管理局\n行政处罚决定书", "AGENCY", ["嵩川市市场监督管理局"]),
    ("enforcement brigade", "地点：嵩川市生态环境综合行政执法支队询问室", "AGENCY", ["嵩川市生态环境综合行政执法支队"]),
    ("after a verb", "持本决定书到嵩川市财政局指定的代收银行缴纳罚款", "AGENCY", ["嵩川市财政局"]),
    ("本局 is no name", "本局于2023年2月24日立案", "AGENCY", []),
    ("court", "也可以在六个月内依法向嵩川市嵩北区人民法院提起行政诉讼", "COURT", ["嵩川市嵩北区人民法院"]),
    (
        "review bodies across a line break",
        "可以在六十日内向嵩川市人民政府或\n者河南省市场监督管理局申请行政复议",
        "REVIEW_BODY",
        ["嵩川市人民政府", "河南省市场监督管理局"],
    ),
    ("committee", "经郑州市金水区城市管理委员会研究", "AGENCY", ["郑州市金水区城市管理委员会"]),
]


@pytest.mark.parametrize(("text", "label", "names"), [c[1:] for c in ORGS], ids=[c[0] for c in ORGS])
def test_organisations(text: str, label: str, names: list[str]) -> None:
    assert labelled(text, label) == names
    for entity in entities(text):
        assert text[entity.start : entity.end] == entity.text


def test_party_roles() -> None:
    text = "当事人：嵩川市鑫禾商贸有限公司\n法定代表人：董英\n受送达人 董洋军"
    assert labelled(text, "PARTY_ROLE") == ["当事人", "法定代表人", "受送达人"]


EVENTS = [
    ("verb after", "本局于2023年2月24日立案，指派执法人员承办。", [("立案", (2023, 2, 24))]),
    (
        "label before",
        "立案日期：2023年2月24日\n结案日期：2023年5月10日",
        [("立案", (2023, 2, 24)), ("结案", (2023, 5, 10))],
    ),
    ("date opens the clause", "2023年4月7日，本局向当事人送达了《行政处罚事先告知书》。", [("送达", (2023, 4, 7))]),
    (
        "two in a row",
        "处罚决定 某罚〔2023〕15号，2023年4月19日作出，2023年4月21日送达",
        [("决定", (2023, 4, 19)), ("送达", (2023, 4, 21))],
    ),
    ("payment", "罚款30000元已于2023年4月26日缴清", [("缴纳", (2023, 4, 26))]),
    (
        "hearing",
        "你单位于2023年7月10日申请听证，本局于2023年7月20日依法举行了听证。",
        [("听证", (2023, 7, 10)), ("听证", (2023, 7, 20))],
    ),
    ("inspection record", "检查时间：2023年2月27日9时30分至10时40分", [("检查", (2023, 2, 27))]),
    ("inquiry, OCR zero", "询问时间：二O二三年三月二日", [("询问", (2023, 3, 2))]),
    ("wrapped sentence", "当事人于2023年4月10日提出陈述\n申辩意见。", [("陈述", (2023, 4, 10))]),
    ("filing report", "本案已于2023年8月9日报市司法局备案。", [("备案", (2023, 8, 9))]),
    ("known limit: first verb wins (作出 before 告知)", "2023年4月6日，本局作出事先告知", [("决定", (2023, 4, 6))]),
    ("no event", "成立日期 2018年6月15日", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in EVENTS], ids=[c[0] for c in EVENTS])
def test_date_events(text: str, expected: list[tuple[str, tuple[int, int, int]]]) -> None:
    found = date_events(text)
    assert [(event, date.value) for event, date in found] == [(e, dt.date(*d)) for e, d in expected]
    for _, date in found:
        assert text[date.start : date.end] == date.raw


def test_samples_decision_dates(sample) -> None:
    timeline = sample.truth["timeline"]
    pages = [i.text for i in sample.instruments]
    events = [pair for text in pages for pair in date_events(text)]
    served = {date.value for event, date in events if event == "送达"}
    if timeline.get("served") and sample.case != "case-03-simple":
        # The closing report says when the decision was served.
        assert dt.date.fromisoformat(timeline["served"]) in served
    filed = {date.value for event, date in events if event == "立案"}
    if timeline.get("filed"):
        assert dt.date.fromisoformat(timeline["filed"]) in filed
