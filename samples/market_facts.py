"""Case 1 facts: who, what and when, shared by the modules that write its instruments.

All names and codes are made up from a fixed seed; the dates follow the statutory order (立案 within 15 working
days of the complaint, decision 54 days after 立案, service within 7 working days, payment within 15 days).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samples.forms import Officers
from samples.ids import Faker, Person

AGENCY = "嵩川市市场监督管理局"
DIVISION = "419901"  # a made-up division code for the fictional 嵩川市
PARTY = "嵩川市鑫禾商贸有限公司"
ADDRESS = "嵩川市嵩北区兴业路88号"
OWNER = "中原金穗酿造股份有限公司"
CASE = f"{PARTY}销售侵犯注册商标专用权商品案"
FILING_NO = "嵩市监立〔2023〕15号"
NOTICE_NO = "嵩市监罚告〔2023〕15号"
DECISION_NO = "嵩市监罚〔2023〕15号"
FINE = 30000
#: 违法经营额: 300 boxes at the 54-yuan selling price (sold and unsold together).
TURNOVER = 16200

D: dict[str, dt.date] = {
    key: dt.date.fromisoformat(value)
    for key, value in {
        "discovered": "2023-02-20",
        "proposed": "2023-02-22",
        "section_ok": "2023-02-23",
        "filed": "2023-02-24",
        "inspected": "2023-02-27",
        "inquired": "2023-03-02",
        "appraised": "2023-03-06",
        "listed": "2023-03-20",
        "reported": "2023-03-28",
        "notified": "2023-04-06",
        "notice_served": "2023-04-07",
        "drafted": "2023-04-17",
        "approved": "2023-04-18",
        "decided": "2023-04-19",
        "served": "2023-04-21",
        "paid": "2023-04-26",
        "close_proposed": "2023-05-08",
        "close_checked": "2023-05-09",
        "closed": "2023-05-10",
        "archived": "2023-05-12",
    }.items()
}


@dataclass(frozen=True)
class Cast:
    """The people and numbers of case 1, drawn once from the seed."""

    code: str
    rep: Person
    manager: Person
    officers: Officers
    section_head: str
    director: str
    legal: str
    ticket: str


def cast() -> Cast:
    fk = Faker(20230101)
    code = fk.credit_code(DIVISION)
    rep = fk.person("419902", male=True)
    manager = fk.person("419902", male=False)
    officers = Officers(fk.name(), "41990100213", fk.name(), "41990100227")
    return Cast(code, rep, manager, officers, fk.name(), fk.name(), fk.name(), "41" + fk.digits(10))
