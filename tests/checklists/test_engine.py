"""The check engine's helpers predicates share."""

from __future__ import annotations

from checklists.engine import CaseView
from checklists.standards import load_standard
from reviewer.core.model import CaseFacts, Instrument, Page


def _view(*texts: str) -> tuple[CaseView, Instrument]:
    pages = [
        Page(index=n, text=text, source="a.pdf", source_page=n, origin="text") for n, text in enumerate(texts, start=1)
    ]
    decision = Instrument(
        kind="penalty_decision", title="行政处罚决定书", first_page=1, last_page=len(pages), text="\n".join(texts)
    )
    standard = load_standard("decision-2021")
    return CaseView(instruments=[decision], facts=CaseFacts(), standard=standard, pages=pages), decision


def test_a_quote_is_found_on_its_page_whatever_the_widths() -> None:
    """A reader that folds full-width digits quotes 〔2024〕15号; the page prints 〔２０２４〕１５号: the same line."""
    view, decision = _view("某县市场监督管理局\n行政处罚决定书", "某市监罚〔２０２４〕１５号\n当事人：某某店")
    assert view.cite(decision, "某市监罚〔2024〕15号").page == 2
    assert view.cite(decision, "当事人：某某店").page == 2
    # must not match: a quote on no page falls back to the instrument's first page
    assert view.cite(decision, "某市监罚〔2024〕16号").page == 1
