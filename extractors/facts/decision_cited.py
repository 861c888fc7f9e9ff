"""Every provision a decision cites, with the sentence that cites it, for `decision.citation_current`.

Whether a citation is still current depends on what it is cited for (行政处罚法 第五十一条 was the late-payment
surcharge before 2021-07-15 and is the simple procedure now), so each citation keeps its sentence; the check
compares both with the time-versioned table `checklists/law_versions.yaml`.
"""

from __future__ import annotations

import re

from extractors.fields.folding import cn_int
from reviewer.core.facts import CitedIn

_SENTENCE = re.compile(r"[^。；;]+[。；;]?")
_CITED = re.compile(r"《([^《》]{2,40})》(?:（[^（）]{0,20}）)?第([一二三四五六七八九十百零〇两0-9]{1,6})条")
_QUOTED = re.compile(r"“[^“”]{0,400}”")


def cited_in(text: str) -> list[CitedIn]:
    """(law, article, sentence) of every 《…》第N条 outside quoted law text, in order."""
    flat = _QUOTED.sub("", "".join(text.split()))
    found = []
    for sentence in _SENTENCE.findall(flat):
        for match in _CITED.finditer(sentence):
            article = cn_int(match.group(2))
            if article is not None:
                found.append(CitedIn(law=match.group(1), article=article, sentence=sentence[:200]))
    return found
