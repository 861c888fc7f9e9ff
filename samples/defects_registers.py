"""Defects only the registers reveal (samples/registers/): what the file writes is well-formed, and only the
list of bodies or the certificate register shows it wrong.

* officers.qualified — the last officer of the records keeps the name and writes other certificates: on the
  first officer record an earlier certificate of theirs that the register shows expired (注销, valid until
  2022-12-31), on the last one a certificate they hold for another agency (嵩川市嵩南区市场监督管理局).
* subject.agency_competent — the decision applies, as its penalty basis, a law that is not among the deciding
  body's powers (the tobacco monopoly law, which the market regulator of the sample list does not enforce).

The register rows these need are in samples/registers/certificates.csv; `NUMBERS` names them per template
number, so a template without rows is refused rather than injected with numbers nobody registered.
"""

from __future__ import annotations

import re

from samples.defects_text import OFFICER_RECORDS
from samples.document import CaseDoc, InstrumentDoc
from samples.edit import first, full_text, map_text

_CERTS = re.compile(r"([\u4e00-\u9fff]{2,3})（执法证号：([^）]+)）、([\u4e00-\u9fff]{2,3})（执法证号：([^）]+)）")
#: A template's certificate number → (the holder's expired certificate, the holder's certificate of another agency).
NUMBERS = {"41990100227": ("41990100127", "41990200327")}
#: The market decision's penalty basis, and the basis outside the market regulator's listed powers.
MARKET_BASIS = "依据《中华人民共和国商标法》第六十条第二款的规定"
FOREIGN_BASIS = "依据《中华人民共和国烟草专卖法》第三十二条第一款的规定"


def _records(case: CaseDoc) -> list[tuple[InstrumentDoc, re.Match[str]]]:
    return [
        (ins, m)
        for ins in case.instruments
        if ins.kind in OFFICER_RECORDS
        for m in [_CERTS.search(full_text(ins))]
        if m and m.group(4) in NUMBERS
    ]


def has_registered_officers(case: CaseDoc) -> bool:
    return len(_records(case)) >= 2


def other_certificates(case: CaseDoc) -> None:
    found = _records(case)
    assert len(found) >= 2
    (head, m), (tail, _) = found[0], found[-1]
    current = m.group(4)
    expired, foreign = NUMBERS[current]
    map_text([head], lambda t: t.replace(current, expired))
    map_text([tail], lambda t: t.replace(current, foreign))


def cites_market_basis(case: CaseDoc) -> bool:
    decision = first(case, "penalty_decision")
    return decision is not None and MARKET_BASIS in full_text(decision)


def basis_outside_powers(case: CaseDoc) -> None:
    decision = first(case, "penalty_decision")
    assert decision is not None
    map_text([decision], lambda t: t.replace(MARKET_BASIS, FOREIGN_BASIS))
