"""Values written on an underline: "罚款人民币＿8431.20＿元", "＿六十＿日内", "向＿某县人民政府＿申请".

Case systems print a filled field between underscores. The readers expect the value next to its words, so the
underscores around a value are read as spaces (folding then drops them). An empty underline ("＿＿＿元",
"＿＿年＿＿月＿＿日") stays as printed: it is an unfilled field for the drafting checks.

Decisions:

* Only a value that is plainly a filled field is freed: a number (digits, with a decimal point, or Chinese
  numerals), a citation (《…》…), or a body, court, bank or platform name (…政府, …局, …法院, …银行/支行, …平台).
  Template words between two blanks ("＿＿＿日内向＿＿＿") are not values.
* A value may wrap onto the next line (a PDF's text layer breaks lines at the page edge).
* Same length, same offsets: only the underscores change.
"""

from __future__ import annotations

import re

from extractors.fields.folding import CN_DIGIT

__all__ = ["free_underlined"]

_CN = "".join(char for char in CN_DIGIT if not char.isascii()) + "十拾百佰千仟万"
_NUMBER = rf"[0-9０-９][0-9０-９.．,，]*|[{_CN}]+"
_CITATION = r"《[^《》]{2,40}》[^_＿。；]{0,30}"
_NAME = r"(?:[^_＿\s，。；:：]|\n){2,40}?(?:政府|局|法院|行|平台|委员会)"
_UNDERLINED = re.compile(rf"(?<![_＿])([_＿]{{1,3}})({_NUMBER}|{_CITATION}|{_NAME})([_＿]{{1,3}})(?![_＿])")


def _spaces(found: re.Match[str]) -> str:
    opening, value, closing = found.groups()
    return " " * len(opening) + value + " " * len(closing)


def free_underlined(text: str) -> str:
    """`text` with the underscores around each filled underline value replaced by spaces."""
    return _UNDERLINED.sub(_spaces, text)
