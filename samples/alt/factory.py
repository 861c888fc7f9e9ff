"""Draw a plan from a seed and a spec (fixed choices for committed cases, everything else random)."""

from __future__ import annotations

import random
from decimal import Decimal

from . import ids
from .plan import Officer, Plan, draw_fine, draw_officers, draw_style, make_party, round_to, scenario_values
from .sectors import AGENCIES, SCENARIOS, Scenario

#: How often each scenario is drawn in a random set (every agency gets a fair share).
WEIGHTS = {
    "em_training": 3,
    "em_gas_alarm": 3,
    "em_major": 2,
    "tr_passenger": 3,
    "tr_spill": 3,
    "tr_maintenance": 2,
    "he_public_place": 4,
    "he_doctor": 3,
    "cu_minors": 4,
    "cu_signage": 2,
    "la_occupation": 6,
    "mk_price_tag": 3,
    "mk_price_fraud": 3,
    "ur_waste": 7,
}
BANKS = ["青岚农村商业银行营业部", "中国工商银行青岚分行营业部", "中国建设银行青岚临江支行", "中国农业银行青岚分行"]


def _amounts(
    rng: random.Random, plan_kind: str, scen: Scenario, procedure: str, values: dict
) -> tuple[Decimal | None, Decimal | None, int | None]:
    """Fine, confiscation and suspension for the scenario; values gain the numbers the texts quote."""
    fine = draw_fine(rng, scen, plan_kind)
    confiscation = None
    suspension = None
    key = scen.key
    if key == "la_occupation":
        if plan_kind == "organisation":
            area, per = rng.randint(500, 2200), rng.choice([100, 120, 150])
        else:
            area, per = rng.randint(120, 420), 100
        values["area"], values["per_m2"] = area, per
        fine = Decimal(area * per)
    elif key == "he_doctor":
        gain = rng.randint(2000, 9000)
        values["gain"] = gain
        mult = rng.choice([2, 2, 3, 4])
        values["multiple"] = mult
        confiscation = Decimal(gain)
        fine = Decimal(10000 * mult)
    elif key == "mk_price_fraud":
        gain = rng.randint(6000, 30000)
        mult = rng.choice([2, 3, 4])
        values["gain"], values["multiple"] = gain, mult
        confiscation = Decimal(gain)
        fine = Decimal(gain * mult)
    elif key == "cu_minors":
        gain = rng.randint(300, 1800)
        values["gain"] = gain
        confiscation = Decimal(gain)
    elif key == "em_major":
        suspension = rng.choice([30, 45, 60, 90])
    values.setdefault("gain", rng.randint(500, 3000))
    values.setdefault("multiple", 2)
    if procedure == "simple":
        if plan_kind == "citizen":
            fine = Decimal(round_to(rng.randint(50, 200), 50))
        elif fine is not None:
            fine = Decimal(round_to(rng.randint(1000, 3000), 500))
        confiscation = None
    return fine, confiscation, suspension


def _consistent_classes(kind: str, fine: Decimal | None, confiscation: Decimal | None) -> bool:
    """Major and hearing-eligible come out the same whether fine and confiscation are summed or not."""
    from .plan import hearing_eligible, major

    total = (fine or Decimal(0)) + (confiscation or Decimal(0))
    return major(kind, fine, confiscation, None) == major(kind, total, None, None) and hearing_eligible(
        kind, fine, confiscation, None
    ) == hearing_eligible(kind, total, None, None)


def make_plan(case_id: str, seed: int, spec: dict | None = None) -> Plan:
    spec = dict(spec or {})
    rng = random.Random(seed)
    key = spec.get("scenario") or rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    scen = SCENARIOS[key]
    agency = AGENCIES[scen.agency]
    procedure = spec.get("procedure")
    if procedure is None:
        procedure = "simple" if scen.simple_ok and rng.random() < 0.4 else "general"
    outcome = spec.get("outcome")
    if outcome is None:
        outcome = "no_penalty" if (scen.no_penalty_ok and procedure == "general" and rng.random() < 0.45) else "penalty"
    if scen.key == "cu_signage" and procedure == "general":
        outcome = "no_penalty"
    kind = spec.get("party_kind")
    if kind is None:
        kind = rng.choice(scen.party_kinds)
        if procedure == "simple" and key == "ur_waste":
            kind = "citizen"
    party = make_party(rng, scen, kind)
    for _ in range(30):
        values = scenario_values(rng, {}, scen, party)
        fine, confiscation, suspension = _amounts(rng, kind, scen, procedure, values)
        if _consistent_classes(kind, fine, confiscation):
            break
    if "values" in spec:
        values.update(spec["values"])
        if scen.key in ("mk_price_fraud", "he_doctor") and {"gain", "multiple"} <= set(spec["values"]):
            confiscation = Decimal(values["gain"])
            fine = Decimal(
                values["gain"] * values["multiple"] if scen.key == "mk_price_fraud" else 10000 * values["multiple"]
            )
        if scen.key == "la_occupation" and {"area", "per_m2"} <= set(spec["values"]):
            fine = Decimal(values["area"] * values["per_m2"])
        if scen.key == "cu_minors" and "gain" in spec["values"]:
            confiscation = Decimal(values["gain"])
    if "fine" in spec:
        fine = Decimal(spec["fine"]) if spec["fine"] is not None else None
    if "suspension" in spec:
        suspension = spec["suspension"]
    if outcome == "no_penalty":
        fine = confiscation = suspension = None
    warning = scen.warning and outcome == "penalty"
    taken = {party.person, party.contact}
    officers = draw_officers(rng, agency, 3, taken)
    taken |= {o.name for o in officers}
    staff = ids.distinct_names(rng, 10, taken)
    reviewer = Officer(staff[3], ids.cert_number(rng, agency.cert_digit))
    style = draw_style(rng)
    if spec.get("style"):
        for k, v in spec["style"].items():
            if isinstance(getattr(style, k), dict):
                getattr(style, k).update(v)
            else:
                setattr(style, k, v)
    plan = Plan(
        case_id=case_id,
        seed=seed,
        agency=agency,
        scenario=scen,
        procedure=procedure,
        outcome=outcome,
        party=party,
        officers=officers,
        head=staff[0],
        deputy=staff[1],
        division_head=staff[2],
        reviewer=reviewer,
        chair=staff[4],
        clerk=staff[5],
        archivist=staff[6],
        fine=fine,
        warning=warning,
        confiscation=confiscation,
        suspension_days=suspension,
        values=values,
        style=style,
        rng_state=seed,
    )
    plan.notes.update(
        {
            "member3": staff[7],
            "member4": staff[8],
            "lawyer": staff[9] if rng.random() < 0.4 else "",
            "bank": rng.choice(BANKS),
            "account_name": "青岚市财政局非税收入专户",
            "account": f"3910 {rng.randint(1000, 9999)} 0000 {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
            "office_phone": ids.landline(rng),
            "caps_delta": rng.choice([1000, 5000, 10000]),
        }
    )
    plan.serials["archive"] = rng.randint(1, 300)
    _features(plan, rng, spec)
    return plan


def _features(plan: Plan, rng: random.Random, spec: dict) -> None:
    scen = plan.scenario
    if plan.procedure == "simple":
        plan.notes["paid_on_spot"] = plan.fine is not None and plan.fine <= 100 and rng.random() < 0.6
        plan.notes["simple_photo"] = rng.random() < 0.6
        plan.source = "inspection"
        for k, v in spec.get("features", {}).items():
            setattr(plan, k, v) if hasattr(plan, k) else plan.notes.__setitem__(k, v)
        return
    if (scen.discrete and scen.key in ("tr_passenger", "tr_spill", "ur_waste")) or scen.extra.get("order_first"):
        plan.source = "inspection"
    else:
        plan.source = rng.choices(["inspection", "complaint", "referral", "assigned"], [5, 4, 1, 1])[0]
    if plan.outcome == "penalty":
        plan.statement = rng.choices(["none", "written", "oral", "waived"], [45, 20, 15, 20])[0]
        if plan.hearing_eligible:
            plan.hearing = rng.choices(["held", "waived", "none"], [5, 2, 3])[0]
            if plan.hearing == "waived":
                plan.statement = "waived"
            elif plan.hearing == "held" and plan.statement == "waived":
                plan.statement = "none"
        plan.statement_period = rng.choices([3, 5, 7, 0], [40, 35, 10, 15])[0]
        plan.enforcement = rng.choices(["none", "reminder", "court"], [86, 9, 5])[0] if plan.fine else "none"
    plan.preservation = (
        scen.extra.get("preservation") == "先行登记保存"
        or scen.key == "tr_passenger"
        or (scen.key == "em_major" and rng.random() < 0.5)
    )
    plan.extension = rng.random() < 0.12
    plan.second_inquiry = rng.random() < 0.3
    plan.inquiry_sparse_end = rng.random() < 0.35
    plan.address_form = rng.random() < 0.35
    plan.proxy = plan.party.org and plan.party.contact != plan.party.person and rng.random() < 0.75
    plan.notes["review_page"] = rng.random() < 0.4
    plan.notes["hearing_report"] = rng.random() < 0.5
    if plan.notice_fine is None:
        plan.notice_fine = plan.fine
    feats = spec.get("features", {})
    for k, v in feats.items():
        if hasattr(plan, k) and k not in ("notes",):
            setattr(plan, k, v)
        else:
            plan.notes[k] = v
    if plan.outcome == "penalty" and "lighter_after_defence" in spec.get("traps", ()) and plan.fine:
        plan.statement = "written" if plan.statement not in ("oral", "written") else plan.statement
        plan.notice_fine = plan.fine + Decimal(round_to(int(plan.fine) // 4, 500))
    if plan.notice_fine is None:
        plan.notice_fine = plan.fine
