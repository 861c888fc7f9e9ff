"""The real published decisions read by the pipeline and compared with their hand labels, field by field.

Shared by `bench/real.py` (the tables) and `tests/real/test_fields.py` (the regression test). A decision is read
exactly as `reviewer review` reads it (ingest → segment → extract, no OCR: every real PDF has a text layer);
the facts of its decision instrument are then written in the labels' schema (`tests/real/README.md`) so the
two can be compared. A field the extractors do not read yet is predicted as None and counts as wrong where the
label has a value: the numbers say what a user gets, not what a reader could do.

The real set is never copied into the repository: it is read where it lies, `REVIEWER_REAL_DIR` or
`../shared/real` beside the repository root.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "real" / "labels"
LISTING_REVIEW = ROOT / "tests" / "real" / "listing_review.json"
KNOWN_MISSES = ROOT / "tests" / "real" / "known_misses.json"
SPLITS = ("dev", "heldout")


class RealSetMissing(RuntimeError):
    """The folder of real decisions is not where the settings say: the comparison cannot run at all."""


def shared_dir() -> Path:
    """`../shared` beside the repository; from a git worktree elsewhere, the one beside the main checkout."""
    beside = ROOT.parent / "shared"
    dotgit = ROOT / ".git"
    if beside.is_dir() or not dotgit.is_file():
        return beside
    gitdir = Path(dotgit.read_text(encoding="utf-8").partition("gitdir:")[2].strip())
    main = next((p.parent for p in gitdir.parents if p.name == ".git"), None)
    return main.parent / "shared" if main is not None else beside


def real_dir_path() -> Path:
    """Where the real set should be: REVIEWER_REAL_DIR, else `real/` in the shared folder (not checked)."""
    configured = os.environ.get("REVIEWER_REAL_DIR")
    return Path(configured) if configured else shared_dir() / "real"


def real_dir() -> Path:
    """The real set's folder (see `real_dir_path`), which must exist."""
    folder = real_dir_path()
    if not (folder / "decisions").is_dir():
        raise RealSetMissing(
            f"real decisions not found at {folder}/decisions: set REVIEWER_REAL_DIR to the folder holding "
            "decisions/ and listing.jsonl (the shared real set; it is never copied into this repository)"
        )
    return folder


def load_labels(split: str | None = None, folder: Path = LABELS) -> dict[str, dict[str, Any]]:
    """Labels by document id (d001 …), of one split or all; `folder` is another corpus's labels/ when given."""
    labels = {}
    for path in sorted(folder.glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        if split is None or label["split"] == split:
            labels[path.stem] = label
    return labels


def load_listing(folder: Path) -> dict[str, dict[str, str]]:
    """The platform's listing by document id: no, party, agency, date (as the platform writes them)."""
    rows = {}
    for line in (folder / "listing.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[Path(row["file"]).stem] = row["platform_listing"]
    return rows


# --- reading a decision ---------------------------------------------------------------------------------


def read_pages(pdf: Path) -> list[Any]:
    """The pages of one decision PDF as the pipeline's readers give them (no OCR: every real PDF has text)."""
    from reviewer.core.settings import Settings
    from reviewer.pipeline.run import ingest

    return list(ingest([pdf], Settings(ocr_engine="none")).pages)


def decision_of(pages: Sequence[Any]) -> dict[str, Any]:
    """The pipeline's reading of a decision from its pages (segment → extract), written in the labels' schema;
    split from `read_pages` so a bench can change the pages in between and nothing downstream knows."""
    from checklists.standards import load_standard
    from extractors.extract import extract
    from extractors.segment import segment
    from reviewer.core.kinds import DECISION_DOCUMENT_KINDS
    from reviewer.core.settings import Settings

    pages = list(pages)
    instruments = segment(pages)
    standard = load_standard(Settings(ocr_engine="none").default_standard)
    extract(instruments, pages, standard.penalty_thresholds())
    decision = next((i for i in instruments if i.kind in DECISION_DOCUMENT_KINDS), None)
    predicted = predict(decision)
    predicted["instruments"] = [f"{i.kind}:{i.first_page}-{i.last_page}" for i in instruments]
    return predicted


def read_decision(pdf: Path) -> dict[str, Any]:
    """The pipeline's reading of one decision PDF, written in the labels' schema."""
    return decision_of(read_pages(pdf))


def _citation(citation: Any) -> str:
    text = f"《{citation.law or ''}》第{citation.article}条"
    if citation.sub_article:
        text += f"之{citation.sub_article}"
    if citation.paragraph:
        text += f"第{citation.paragraph}款"
    if citation.item:
        text += f"第{citation.item}项"
    return text


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(Decimal(value).quantize(Decimal("0.01")))


def _days(period: Any, unit: str) -> int | None:
    return period.amount if period is not None and period.unit in (unit, f"working_{unit}") else None


def predict(decision: Any) -> dict[str, Any]:
    """The label schema filled from one decision instrument's facts (None everywhere when there is none)."""
    from extractors.titles import without_agency

    empty_route = {"present": False, "days": None, "body": None}
    out: dict[str, Any] = {
        "title": None,
        "doc_number": None,
        "agency": None,
        "decision_date": None,
        "party": {"name": None, "type": None, "credit_code": None},
        "other_parties": [],
        "fine_yuan": None,
        "confiscated_money_yuan": None,
        "goods_confiscated": False,
        "penalty_kinds": [],
        "violated": [],
        "basis": [],
        "discretion": [],
        "review": dict(empty_route),
        "litigation": {"present": False, "months": None, "court": None, "only_after_review": False},
        "payment": None,
        "notice_mentioned": None,
        "statement_mentioned": None,
        "hearing_mentioned": None,
        "notice_date": None,
        "notice_served": None,
        "statement_made": None,
        "statement_waived": None,
        "hearing_held": None,
        "seal": None,
    }
    if decision is None:
        return out
    facts = decision.facts
    out["title"] = without_agency(decision.title) or None
    out["doc_number"] = facts.doc_number
    out["decision_date"] = facts.signed.value.isoformat() if facts.signed and facts.signed.value else None
    out["seal"] = facts.seal
    agency = facts.decision.signing_agency if facts.decision else None
    out["agency"] = agency or facts.agency
    if facts.parties:
        first = facts.parties[0]
        kind = "individual_business" if first.individual_business else first.party_type
        out["party"] = {"name": first.name, "type": kind, "credit_code": first.code}
        out["other_parties"] = [p.clean_name or p.name for p in facts.parties[1:]]
    penalty = facts.penalty
    if penalty is not None:
        out["fine_yuan"] = _money(penalty.fine)
        out["confiscated_money_yuan"] = _money(penalty.confiscation)
        out["goods_confiscated"] = penalty.goods_confiscated
        out["penalty_kinds"] = sorted(penalty.kinds)
    if facts.citations is not None:
        out["violated"] = sorted({_citation(c) for c in facts.citations.violated})
        out["basis"] = sorted({_citation(c) for c in facts.citations.basis})
        out["discretion"] = sorted({_citation(c) for c in facts.citations.mitigation})
    decided = facts.decision
    if decided is not None:
        if decided.review is not None:
            route = decided.review
            body = None if route.generic or not route.bodies else "或".join(route.bodies)
            out["review"] = {"present": True, "days": _days(route.period, "day"), "body": body}
        if decided.litigation is not None:
            route = decided.litigation
            court = None if route.generic or not route.bodies else "或".join(route.bodies)
            months = None if route.after_review else _days(route.period, "month")
            # rule 7: any part of the decision that offers 诉讼 only after 复议, whichever route was read
            told = facts.alone.remedies if facts.alone else None
            out["litigation"] = {
                "present": True,
                "months": months,
                "court": court,
                "only_after_review": route.after_review or bool(told and told.after_review_part),
            }
        if decided.payment is not None:
            out["payment"] = {"days": _days(decided.payment.period, "day"), "place": decided.payment.place}
        served = decided.notice_served
        out["notice_served"] = served.value.isoformat() if served and served.value else None
        made = decided.notice_made
        out["notice_date"] = made.value.isoformat() if made and made.value else None
        for name in (
            "notice_mentioned",
            "statement_mentioned",
            "hearing_mentioned",
            "statement_made",
            "statement_waived",
            "hearing_held",
        ):
            out[name] = getattr(decided, name)
    return out


# --- comparing ------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    wide = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    return re.sub(r"\s+", "", text.translate(wide))


def _same_text(label: Any, got: Any) -> bool:
    if label is None or got is None:
        return label is None and got is None
    return _fold(str(label)) == _fold(str(got))


def _citation_key(text: str) -> str:
    return _fold(text).replace("中华人民共和国", "")


def _same_citations(label: Sequence[str], got: Sequence[str]) -> bool:
    return {_citation_key(c) for c in label} == {_citation_key(c) for c in got}


def _same(label: Any, got: Any) -> bool:
    return label == got


def _path(record: dict[str, Any], dotted: str) -> Any:
    value: Any = record
    for key in dotted.split("."):
        if value is None:
            return None
        value = value.get(key)
    return value


@dataclass(frozen=True)
class FieldSpec:
    """One compared field: where it sits in a label and how two values are compared."""

    name: str
    same: Callable[[Any, Any], bool]

    def get(self, record: dict[str, Any]) -> Any:
        if self.name == "other_parties":
            return sorted(_fold(p) if isinstance(p, str) else _fold(p.get("name") or "") for p in record[self.name])
        return _path(record, self.name)

    def right(self, label: dict[str, Any], got: dict[str, Any]) -> bool:
        return self.same(self.get(label), self.get(got))


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", _same_text),
    FieldSpec("doc_number", _same_text),
    FieldSpec("agency", _same_text),
    FieldSpec("decision_date", _same),
    FieldSpec("party.name", _same_text),
    FieldSpec("party.type", _same),
    FieldSpec("party.credit_code", _same_text),
    FieldSpec("other_parties", _same),
    FieldSpec("fine_yuan", _same),
    FieldSpec("confiscated_money_yuan", _same),
    FieldSpec("goods_confiscated", _same),
    FieldSpec("penalty_kinds", _same),
    FieldSpec("violated", _same_citations),
    FieldSpec("basis", _same_citations),
    FieldSpec("discretion", _same_citations),
    FieldSpec("review.present", _same),
    FieldSpec("review.days", _same),
    FieldSpec("review.body", _same_text),
    FieldSpec("litigation.present", _same),
    FieldSpec("litigation.months", _same),
    FieldSpec("litigation.court", _same_text),
    FieldSpec("litigation.only_after_review", _same),
    FieldSpec("payment.days", _same),
    FieldSpec("payment.place", _same_text),
    FieldSpec("notice_mentioned", _same),
    FieldSpec("statement_mentioned", _same),
    FieldSpec("hearing_mentioned", _same),
    FieldSpec("notice_date", _same),
    FieldSpec("notice_served", _same),
    FieldSpec("statement_made", _same),
    FieldSpec("statement_waived", _same),
    FieldSpec("hearing_held", _same),
    FieldSpec("seal", _same),
)
FIELD_NAMES = tuple(spec.name for spec in FIELDS)


def misses(label: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Field → (label, prediction) for every field the prediction gets wrong."""
    return {spec.name: (spec.get(label), spec.get(got)) for spec in FIELDS if not spec.right(label, got)}


def read_all(ids: Iterable[str], folder: Path) -> dict[str, dict[str, Any]]:
    """The predictions for `ids` (d001 …), read from `folder`/decisions (or `folder` itself, for a corpus that
    keeps its PDFs beside labels/)."""
    pdfs = folder / "decisions" if (folder / "decisions").is_dir() else folder
    return {doc: read_decision(pdfs / f"{doc}.pdf") for doc in ids}


# --- the listing ----------------------------------------------------------------------------------------

LISTING_FIELDS = ("no", "party", "date")
_LISTING_OF = {"no": "doc_number", "party": "party.name", "date": "decision_date"}


def listing_value(field: str, listing: dict[str, str]) -> str | None:
    """A listing value in the labels' form (dates to ISO)."""
    raw = listing.get(field)
    if raw is None:
        return None
    if field == "date":
        match = re.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", raw)
        return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else raw
    return raw


def listing_agrees(field: str, listing: dict[str, str], got: dict[str, Any]) -> bool:
    return _same_text(listing_value(field, listing), _path(got, _LISTING_OF[field]))


def load_review() -> dict[str, dict[str, Any]]:
    """The hand review of listing vs document: for each disagreement, who is wrong (listing, masked …)."""
    return dict(json.loads(LISTING_REVIEW.read_text(encoding="utf-8")))
