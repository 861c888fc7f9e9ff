"""A basic accessibility pass in real Chromium at 1366×768: every control is named, the tab order follows the
page, focus is visible, the main colours meet WCAG AA contrast, and nothing scrolls sideways."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import load_workbook

from tests.web.conftest import LiveServer, add_batch, add_drafted_case, shot, sign_in

#: Controls without an accessible name (label, aria-label/-labelledby, or text for buttons and links).
UNNAMED = """() => Array.from(document.querySelectorAll('input, select, textarea, button, a[href], img'))
  .filter(el => el.type !== 'hidden' && !el.closest('[hidden]'))
  .filter(el => {
    if (el.tagName === 'IMG') return !el.alt;
    if (el.tagName === 'BUTTON' || el.tagName === 'A') return !(el.textContent.trim() || el.getAttribute('aria-label'));
    return !((el.labels && el.labels.length) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
  }).map(el => el.outerHTML.slice(0, 120))"""

#: Text colour and the first opaque background behind it, for the selectors given.
COLOURS = """(selectors) => selectors.map(selector => {
  const el = document.querySelector(selector);
  if (!el) return [selector, null, null];
  let bg = 'rgba(0, 0, 0, 0)', node = el;
  while (node && /rgba\\(.*, 0\\)$/.test(bg)) { bg = getComputedStyle(node).backgroundColor; node = node.parentElement; }
  if (/rgba\\(.*, 0\\)$/.test(bg)) bg = 'rgb(255, 255, 255)';
  return [selector, getComputedStyle(el).color, bg];
})"""


def _rgb(css: str) -> tuple[float, float, float]:
    parts = css[css.index("(") + 1 : css.index(")")].split(",")
    return tuple(float(p) for p in parts[:3])  # type: ignore[return-value]


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: str, background: str) -> float:
    a, b = sorted((_luminance(_rgb(foreground)), _luminance(_rgb(background))), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_contrast_formula_matches_known_pairs() -> None:
    assert contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)") == pytest.approx(21.0)
    assert contrast("rgb(119, 119, 119)", "rgb(255, 255, 255)") == pytest.approx(4.48, abs=0.01)


def _check_page(page, name: str, selectors: list[str]) -> None:
    assert page.evaluate("document.documentElement.lang") == "zh-CN"
    assert page.evaluate(UNNAMED) == [], f"{name}: controls without a label"
    assert page.evaluate("Array.from(document.querySelectorAll('[tabindex]')).filter(e => e.tabIndex > 0).length") == 0
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        f"{name}: scrolls sideways at 1366"
    )
    for selector, colour, background in page.evaluate(COLOURS, selectors):
        assert colour is not None, f"{name}: {selector} not on the page"
        ratio = contrast(colour, background)
        assert ratio >= 4.5, f"{name}: {selector} contrast {ratio:.2f} ({colour} on {background})"


def _tab_walk(page, steps: int) -> list[dict]:
    """Press Tab `steps` times; for each stop, where it is in document order and whether focus is drawn."""
    stops = []
    for _ in range(steps):
        page.keyboard.press("Tab")
        stops.append(
            page.evaluate("""() => {
            const el = document.activeElement, all = Array.from(document.querySelectorAll('*'));
            const style = getComputedStyle(el);
            return {index: all.indexOf(el), tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
        }""")
        )
    return stops


def _assert_tab_order(stops: list[dict], name: str) -> None:
    ends = [i for i, stop in enumerate(stops) if stop["tag"] == "BODY"]  # focus left the page: the walk wrapped
    stops = stops[: ends[0]] if ends else stops
    assert len(stops) >= 3, f"{name}: too few focus stops {stops}"
    indices = [stop["index"] for stop in stops]
    assert indices == sorted(indices), f"{name}: tab order jumps around: {stops}"
    hidden = [stop for stop in stops if stop["outline"] == "none" or stop["width"] < 2]
    assert not hidden, f"{name}: focus not visible on {hidden}"


def test_sign_in_and_case_list(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/login")
    _check_page(page, "login", ["body", "label[for=username]", "legend", "button.primary"])
    _assert_tab_order(_tab_walk(page, 5), "login")
    sign_in(page, live_server)
    add_drafted_case(live_server)
    page.reload()
    _check_page(
        page,
        "cases",
        [
            "body",
            "header.top a",
            "header.top .who",
            "h1",
            "table.grid th",
            "table.grid td a",
            ".muted",
            "button.primary",
            "label[for=f-status]",
        ],
    )
    _assert_tab_order(_tab_walk(page, 12), "cases")
    shot(page, "a11y-cases")


def test_review_page(page, live_server: LiveServer) -> None:
    case_id = add_drafted_case(live_server, "case-04-market-missing-docs.pdf")
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/cases/{case_id}")
    page.locator(".finding").first.wait_for()
    _check_page(
        page,
        "review",
        [
            ".finding .tag.fail",
            ".finding .tag.pass",
            ".finding .tag.unknown",
            ".finding .tag.not_applicable",
            ".outline a",
            ".evidence a",
            ".keys",
            ".muted",
            ".category h2",
            "button.primary",
            "#score",
        ],
    )
    _assert_tab_order(_tab_walk(page, 25), "review")
    # The three panes sit side by side inside the 1366×768 window.
    boxes = [page.locator(selector).bounding_box() for selector in (".outline", ".viewer", ".panel")]
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    assert boxes[2]["x"] + boxes[2]["width"] <= 1366 and all(box["y"] < 768 for box in boxes)
    assert boxes[1]["width"] >= 500, "the page images need room"
    shot(page, "a11y-review")


def test_batches_and_agreement_pages(page, live_server: LiveServer) -> None:
    batch_id = add_batch(live_server, "2023年下半年抽查")
    add_drafted_case(live_server, "case-05-market-late.pdf", batch_id=batch_id)
    sign_in(page, live_server)
    page.goto(live_server.url + "/batches")
    _check_page(page, "batches", ["body", "table.grid td a", "table.grid th"])
    with page.expect_download() as info:
        page.get_by_role("link", name="汇总表（XLSX）").click()
    summary = load_workbook(BytesIO(info.value.path().read_bytes()))  # the download has no .xlsx suffix
    assert summary["汇总表"]["C2"].value and summary["排名"]["B2"].value == "嵩川市市场监督管理局"
    page.get_by_role("link", name="一致性分析").click()
    page.locator("#agreement").wait_for()
    assert page.locator("#agreement tbody tr").count() > 10
    _check_page(page, "agreement", ["body", ".notice", "table.grid td", "table.grid th"])
    shot(page, "a11y-agreement")
