"""The extract stage's own dates: a meeting record is not dated before the meeting it records."""

from __future__ import annotations

import datetime as dt

from extractors.extract import read_instruments
from extractors.facts.forms import statement_facts
from reviewer.core.model import Instrument

MINUTES = """重大案件集体讨论记录
时间：2024年11月20日9时00分至10时20分
地点：本局会议室
主持人：张三（局长）
承办人：当事人于2024年9月15日起擅自占用土地建设厂房。
讨论结论：同意处罚。
"""


def _read(kind: str, text: str) -> Instrument:
    instrument = Instrument(kind=kind, title="t", first_page=1, last_page=1, text=text)
    read_instruments([instrument])
    return instrument


def test_minutes_dated_by_their_session_not_a_date_they_tell() -> None:
    assert _read("collective_discussion", MINUTES).date == dt.date(2024, 11, 20)
    signed = MINUTES + "记录人：李四\n2024年11月21日\n"
    assert _read("collective_discussion", signed).date == dt.date(2024, 11, 21)  # signed after: the signing date
    assert _read("inquiry_record", MINUTES).date == dt.date(2024, 9, 15)  # other kinds: as the date reader says


def test_waiving_statement_and_hearing_is_no_hearing_request() -> None:
    waiver = "本单位自愿放弃陈述、申辩和要求听证的权利，请求尽快作出处理决定。"
    assert not statement_facts(waiver).asks_hearing and statement_facts(waiver).waives_hearing
    assert statement_facts("当事人：我公司要求听证。").asks_hearing
