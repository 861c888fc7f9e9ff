"""Case 2 facts: a chemical plant discharged wastewater over the limit; fine 150,000 yuan (major, hearing held).

The dates follow the procedure for a major penalty: hearing notified ≥ 7 days ahead, 法制审核 and 集体讨论
before the decision, decision 49 days after 立案, service within 7 working days, 备案 within 15 days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samples.forms import Officers
from samples.ids import Faker, Person

AGENCY = "嵩川市生态环境局"
UNIT = "嵩川市生态环境综合行政执法支队"
DIVISION = "419901"
PARTY = "嵩川市恒远精细化工有限公司"
ADDRESS = "嵩川市嵩南工业集聚区纬三路6号"
CASE = f"{PARTY}超标排放水污染物案"
FILING_NO = "嵩环立[2023]21号"
NOTICE_NO = "嵩环听告[2023]8号"
HEARING_NO = "嵩环听通[2023]3号"
REVIEW_NO = "嵩环法审[2023]12号"
DECISION_NO = "嵩环罚[2023]8号"
FILE_NO = "嵩环备[2023]3号"
FINE = 150000
COD, LIMIT = 186, 100  # mg/L measured at the outfall and the permitted limit

D: dict[str, dt.date] = {
    key: dt.date.fromisoformat(value)
    for key, value in {
        "discovered": "2023-06-05",
        "registered": "2023-06-06",
        "measured": "2023-06-09",
        "proposed": "2023-06-09",
        "filed": "2023-06-12",
        "authorised": "2023-06-14",
        "inquired": "2023-06-15",
        "reported": "2023-06-30",
        "notified": "2023-07-05",
        "notice_served": "2023-07-06",
        "requested": "2023-07-10",
        "hearing_notified": "2023-07-11",
        "hearing": "2023-07-20",
        "legal_reviewed": "2023-07-25",
        "discussed": "2023-07-27",
        "approved": "2023-07-28",
        "decided": "2023-07-31",
        "served": "2023-08-02",
        "filed_major": "2023-08-09",
        "paid": "2023-08-11",
        "close_proposed": "2023-08-16",
        "closed": "2023-08-18",
        "archived": "2023-08-21",
    }.items()
}


@dataclass(frozen=True)
class Cast:
    """The people and numbers of case 2, drawn once from the seed."""

    code: str
    rep: Person
    agent: Person
    officers: Officers
    section_head: str
    director: str
    deputies: tuple[str, str]
    chief_engineer: str
    legal: tuple[str, str]
    legal_head: str
    host: str
    hearing_officer: str
    clerk: str
    analyst: str
    ticket: str


def cast() -> Cast:
    fk = Faker(20230202)
    code = fk.credit_code(DIVISION)
    rep = fk.person("419903", male=True)
    agent = fk.person("419903")
    officers = Officers(fk.name(), "豫环执字第0412号", fk.name(), "豫环执字第0417号")
    return Cast(
        code=code,
        rep=rep,
        agent=agent,
        officers=officers,
        section_head=fk.name(),
        director=fk.name(),
        deputies=(fk.name(), fk.name()),
        chief_engineer=fk.name(),
        legal=(fk.name(), fk.name()),
        legal_head=fk.name(),
        host=fk.name(),
        hearing_officer=fk.name(),
        clerk=fk.name(),
        analyst=fk.name(),
        ticket="41" + fk.digits(10),
    )
