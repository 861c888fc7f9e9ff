"""Case 3: 城管综合执法 simple procedure — a street vendor blocking a pavement; 200 yuan on the spot.

A short file: the on-the-spot decision (titled with the 简易程序 variant), its 送达回证, a photo evidence
sheet and the bank's 罚款收据. It is dated 2024, so the decision routes the party to 复议 first, as the 2023
行政复议法 requires for on-the-spot penalties from 2024-01-01; citizen ID and phone numbers are fake.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from samples.document import CaseDoc, Cell, InstrumentDoc, Para, Spacer, Table
from samples.forms import (
    Officers,
    cn_date,
    cn_datetime,
    fields,
    head,
    paginate,
    payment_slip,
    seal,
    service_receipt,
)
from samples.ids import Faker, Person

AGENCY = "嵩川市嵩北区城市管理综合行政执法局"
DECISION_NO = "嵩北城管简罚（2024）32号"
TITLE = "行政处罚决定书（简易程序）"
PLACE = "嵩川市嵩北区建设路与文化路交叉口东北角人行道"
FINE = 200
EVENT = dt.date(2024, 3, 14)
PAID = dt.date(2024, 3, 18)


def build() -> CaseDoc:
    """Assemble case 3 from its instruments."""
    fk = Faker(20240303)
    party = fk.person("419902", male=True)
    officers = Officers(fk.name(), "豫综执0233105", fk.name(), "豫综执0233118")
    address = f"嵩川市嵩北区民主路{fk.rng.randrange(10, 200)}号院{fk.rng.randrange(1, 9)}号楼"
    instruments = [
        _decision(party, address, officers),
        service_receipt(
            AGENCY,
            f"{TITLE}\n{DECISION_NO}",
            party.name,
            PLACE,
            "当场交付",
            party.name,
            officers,
            EVENT,
            note="当事人当场签收",
        ),
        _photos(officers),
        payment_slip(
            "罚款收据",
            party.name,
            party.id_number,
            f"{AGENCY}（嵩川市嵩北区财政局代收）",
            FINE,
            f"{DECISION_NO}",
            PAID,
            "41" + fk.digits(10),
            "嵩川农村商业银行建设路支行",
        ),
    ]
    return CaseDoc(
        case_id="case-03-simple",
        name="case-03-simple",
        agency=AGENCY,
        procedure="simple",
        instruments=instruments,
        timeline={"discovered": EVENT, "decided": EVENT, "served": EVENT, "paid": PAID},
        party=party.name,
        party_type="citizen",
        fine_yuan=Decimal(FINE),
        is_major=False,
        hearing_eligible=False,
        party_code=party.id_number,
    )


def _decision(party: Person, address: str, officers: Officers) -> InstrumentDoc:
    blocks = (
        head(AGENCY, TITLE, DECISION_NO)
        + fields(
            [
                ("当事人", f"{party.name}　性别：{party.sex}　年龄：{party.age_on(EVENT)}岁"),
                ("身份证号码", party.id_number),
                ("住址", address),
                ("联系电话", party.phone),
            ]
        )
        + [
            Para(
                f"违法事实：{cn_datetime(EVENT, 10, 20)}，当事人在{PLACE}，未经批准擅自设摊经营水果，占用人行道约"
                "6平方米，影响市容和行人通行。以上事实有现场照片及当事人陈述为证。",
                indent=True,
            ),
            Para(
                "处罚依据：当事人的行为违反了《嵩川市市容和环境卫生管理条例》第十九条第一款的规定，依据该条例第四十一条"
                "第（二）项和《中华人民共和国行政处罚法》第五十一条的规定，适用简易程序，当场作出如下行政处罚：",
                indent=True,
            ),
            Para(f"罚款人民币{FINE}元（大写：贰佰元整）。", indent=True),
            Para(
                "执法人员已当场告知当事人拟作出行政处罚的事实、理由和依据，以及依法享有陈述、申辩的权利。"
                "当事人陈述、申辩意见：无。",
                indent=True,
            ),
            Para(
                "当事人应当自收到本决定书之日起十五日内，到嵩川农村商业银行各营业网点缴纳罚款。逾期不缴纳的，每日按罚款"
                "数额的百分之三加处罚款。",
                indent=True,
            ),
            Para(
                "如不服本决定，可以自收到本决定书之日起六十日内向嵩川市嵩北区人民政府申请行政复议；对行政复议决定不服的，"
                "可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。",
                indent=True,
            ),
            Para(f"执法人员：{officers.with_certs}"),
            Para(f"当事人签收：{party.name}　　{cn_date(EVENT)}"),
            *seal(AGENCY, cn_date(EVENT), room=0.5),
        ]
    )
    return InstrumentDoc("onsite_decision", TITLE, paginate([blocks]), DECISION_NO, EVENT)


def _photos(officers: Officers) -> InstrumentDoc:
    photo = Table(
        (
            (Cell("［照片一：水果摊位及三轮车停放于人行道，占用人行道约三分之二宽度，行人绕行至非机动车道］\n\n\n\n"),),
            (Cell("［照片二：摊位全景，可见路口交通标志及“建设路”路名牌］\n\n\n\n"),),
        ),
        (100,),
    )
    blocks = [
        *head(AGENCY, "照片证据"),
        photo,
        *fields(
            [
                ("拍摄时间", cn_datetime(EVENT, 10, 22)),
                ("拍摄地点", PLACE),
                ("拍摄人", officers.first),
                ("证明内容", "当事人占用人行道设摊经营"),
            ]
        ),
        Spacer(1),
        Para(f"执法人员：{officers.names}", align="right"),
        Para(cn_date(EVENT), align="right"),
    ]
    return InstrumentDoc("evidence", "照片证据", paginate([blocks]), None, EVENT)
