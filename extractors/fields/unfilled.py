"""Whether a decision is the national form published with its disposition left unfilled.

Some agencies publish the 行政处罚决定书 form with the guidance headings still printed (（行政处罚的内容和依据）)
and the fill-in fields empty: no penalty under the disposition heading (at most the law text it would rest on,
or a sentence that a penalty is due), and the payment sentence's bank, address and account left blank. Such a
form imposes nothing, so its penalty, fine and payment terms must not be read from the template's own wording
(the quoted law's "可以并处五千元以下的罚款", the form's fixed "十五日内…缴到…银行").

The judgment needs all three signs, so a filled decision that keeps the headings or pays by a 缴款书 (and so
leaves the bank blank) still counts as filled as soon as its disposition imposes something:

1. the form's disposition heading, in brackets as a prompt;
2. a blank field in the payment sentence (a label such as 地址/账号 with nothing after it, or a run of ___);
3. nothing imposed under the heading: no 决定/如下, no penalty addressed to 当事人, no fixed amount (a range
   such as 五千元以下 or 5万元以上 is the law's, not the decision's).
"""

from __future__ import annotations

import re

from extractors.fields.money import CN_NUMERALS

__all__ = ["disposition_section", "form_unfilled", "imposes_penalty", "payment_blank"]

#: The national form's guidance heading over the disposition, printed in brackets.
_DISPOSITION_PROMPT = re.compile(r"[（(]行政处罚的?(?:内容|种类)(?:和|及|与|、)依据[）)]")
#: Where the disposition ends: the payment sentence, the remedies sentence, or the next bracketed prompt.
_SECTION_END = re.compile(r"请?于收到本|逾期不缴|如对本|如不服|[（(][^（()）]{2,30}(?:情况|理由|依据)[）)]")
#: The payment sentence (the one that tells the party to pay).
_PAYMENT_SENTENCE = re.compile(r"[^。]*缴[纳到至入][^。]*。?")
#: A fill-in label with nothing after it, or a run of underscores or fill dots.
_BLANK_FIELD = re.compile(r"(?:银行|地址|账号|账户|户名|开户行)[：:](?=[，,。；;：:]|$)|_{3,}|＿{2,}|…{3,}")
#: The agency deciding or imposing, in the disposition's own words.
_DECIDES = re.compile(
    r"决定|如下|(?:给予|处以|并处|对)当事人"
    r"|当事人[^。；;]{0,15}?(?:警告|通报批评|罚款|没收|吊销|停产|停业|暂扣|降低资质|拘留)"
)
_NUMBER = rf"[0-9０-９.,，．{CN_NUMERALS}]+"
#: An amount of money that is not a bound of the law's range (以下/以上/至/倍).
_FIXED_AMOUNT = re.compile(rf"{_NUMBER}元(?!以[上下]|至|到|~|－|-)")


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def disposition_section(text: str) -> str | None:
    """The text under the form's bracketed disposition heading (compacted), or None when there is no heading."""
    compact = _compact(text)
    heading = _DISPOSITION_PROMPT.search(compact)
    if heading is None:
        return None
    rest = compact[heading.end() :]
    end = _SECTION_END.search(rest)
    return rest[: end.start()] if end else rest


def payment_blank(text: str) -> bool:
    """The payment sentence leaves a field blank (银行，地址：，账号：。 or ___)."""
    compact = _compact(text)
    return any(_BLANK_FIELD.search(sentence.group()) for sentence in _PAYMENT_SENTENCE.finditer(compact))


def imposes_penalty(section: str) -> bool:
    """`section` decides something: a decision word, a penalty addressed to the party, or a fixed amount."""
    return bool(_DECIDES.search(section) or _FIXED_AMOUNT.search(section))


def form_unfilled(text: str) -> bool:
    """`text` is the decision form with its disposition left unfilled (see the module docstring)."""
    section = disposition_section(text)
    return section is not None and payment_blank(text) and not imposes_penalty(section)
