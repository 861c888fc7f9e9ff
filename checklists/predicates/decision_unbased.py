"""One violation of several punished with no basis while the others have theirs (`decision.basis_precise`).

A decision that gives each violation its own 依据 shows it knows each act needs one; an act punished in the same
decision with none cited for it (its finding ends 应予处罚 with no 依据; or its disposition item fines with no
provision while another item cites its own) has no basis, though the decision as a whole prints one. Read only
where the wording settles it: a basis stated before the disposition for every act (依据…的规定，本局决定：) or in
the disposition for all of it leaves nothing unbased, so the rule stays silent there.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reviewer.core.text import compact

#: A provision given as the ground of a measure: 依据《某法》第四十二条, 依照…, 根据…, 按照…, 处罚依据：《…》.
_BASIS = re.compile(r"(?:依据|依照|根据|按照)[：:]?(?:《[^》]{2,40}》第[^。；;，,]{1,12}?条[^。]{0,80}?)+")
#: A finding that a provision was violated (当事人的该行为违反了《某法》第十三条第一款的规定), not a suspicion or a
#: denial (涉嫌违反, 不违反, 是否违反).
_FINDING = re.compile(r"(?<!涉嫌)(?<![不未否])违反(?:了)?[^。；;]{0,30}?《[^》]{2,40}》第")
#: The finding announces a penalty in its own words (应予处罚, 应当予以行政处罚).
_TO_PUNISH = re.compile(r"应(?:当|予)?(?:予以|给予)?(?:行政)?处罚")
#: The words that open the disposition (本局决定：, 决定如下：, 作出如下处罚：).
_DISPOSITION = re.compile(r"决定(?:如下|[^。：:]{0,20}如下[^。：:]{0,8})?[：:]|作出如下(?:行政)?处罚(?:决定)?[：:]")
#: A numbered item of the disposition: （一）, 一、, 1.
_ITEM = re.compile(
    r"(?:(?<!第)（[一二三四五六七八九十]{1,3}）|(?<![第\d])[一二三四五六七八九十]{1,3}、|(?<![\d.])\d{1,2}[.、．](?!\d))"
)
#: What follows the disposition: the payment terms and the remedies.
_AFTER_DISPOSITION = re.compile(
    r"当事人应(?:当)?(?:自|在|于)|(?:如|若)(?:对本决定)?不服|对本决定不服|[到逾]期不缴纳|履行(?:期限|方式)|自收到本决定书"
)
#: An amount imposed by an item (罚款1,500元, 没收违法所得12,460元).
_IMPOSES = re.compile(r"(?:罚款|没收)[^。；;]{0,16}?\d")


def _sentences(flat: str) -> list[str]:
    return [s for s in re.split(r"(?<=。)", flat) if s]


def _unbased_finding(before: str) -> str | None:
    """A finding that announces a penalty with no basis in its stretch (up to the next finding), where another
    finding's stretch cites one."""
    sentences = _sentences(before)
    starts = [i for i, sentence in enumerate(sentences) if _FINDING.search(sentence)]
    if len(starts) < 2:
        return None
    stretches = [(sentences[i], "".join(sentences[i:j])) for i, j in pairwise([*starts, len(sentences)])]
    based = [bool(_BASIS.search(stretch)) for _, stretch in stretches]
    if not any(based):
        return None
    for (sentence, _), has in zip(stretches, based, strict=True):
        if not has and _TO_PUNISH.search(sentence):
            return sentence
    return None


def _items(disposition: str) -> list[str]:
    cuts = [m.start() for m in _ITEM.finditer(disposition)]
    return [disposition[a:b] for a, b in pairwise([*cuts, len(disposition)])]


def _grouped(disposition: str) -> bool:
    """A basis that heads the items after it (对第一项违法行为，依据…的规定：1.没收…；2.罚款…): it is theirs, and
    the items read alone would look bare."""
    for found in _BASIS.finditer(disposition):
        rest = disposition[found.start() :]
        colon = re.search(r"[：:]", rest)
        stop = re.search(r"[。；;]", rest)
        imposes = _IMPOSES.search(rest)
        if colon is None or (stop is not None and stop.start() < colon.start()):
            continue
        if imposes is None or colon.start() < imposes.start():
            return True
    return False


def _unbased_item(before: str, after: str) -> str | None:
    """A disposition item imposing an amount with no provision, beside another that cites its own basis, where
    nothing before the disposition cites a basis."""
    if _BASIS.search(before) or _grouped(after):
        return None
    items = _items(after)
    based = [item for item in items if _BASIS.search(item) and _IMPOSES.search(item)]
    bare = [item for item in items if not _BASIS.search(item) and "《" not in item and _IMPOSES.search(item)]
    return bare[0] if based and bare else None


def unbased_violation(text: str) -> str | None:
    """The wording of an act punished with no basis beside acts punished with theirs (see the module docstring)."""
    flat = compact(text)
    found = list(_DISPOSITION.finditer(flat))
    if not found:
        return None
    opening = found[-1]
    before, after = flat[: opening.start()], flat[opening.end() :]
    end = _AFTER_DISPOSITION.search(after)
    after = after[: end.start()] if end else after
    if _BASIS.search(after) is None:
        quote = _unbased_finding(before)
        if quote is not None:
            return quote
    return _unbased_item(before, after)
