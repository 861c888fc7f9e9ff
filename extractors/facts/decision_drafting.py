"""Drafting slips of a decision (`decision.drafting`): template text left unfilled, and wording that does not belong.

What counts, from the national form templates and the published review standards: the template's guidance
brackets left in （救济途径和期限）; placeholders （此处填入…）; blanks the agency had to fill (一式 份, 第 页 共 页,
___日内, an account left empty); options left unchosen ([责令…并], 可以（应当）, （是/否））; proposal or investigation
wording as the conclusion or the disposition of a final decision (建议给予, 拟处, 涉嫌违反 in the conclusion); a
不予处罚 disposition under a penalty title (one act of several spared, with its reason, beside the penalty for another
is lawful: 行政处罚法第三十三条). What does not count: the receipt lines left blank for service
(送达日期 年 月 日, 签收; an instruction to fill in written there, （此处填写送达日期）, still counts), optional
contact fields, redaction (**, xx), and investigation wording in the narrative of how the case was opened (涉嫌…
立案, 调查终结报告建议…).
"""

from __future__ import annotations

import re

from extractors.facts.wording import line_at
from extractors.fields.checkboxes import unmade_choices
from extractors.fields.citations import CASE_OPENING, REASONING_HEADING
from extractors.fields.docnumber import blank_serial_doc_number
from extractors.fields.folding import WIDE_ALNUM
from extractors.fields.money import find_amounts, read_penalty
from extractors.fields.penalty import penalty_kinds
from reviewer.core.facts import DraftingSlip, SlipKind

#: Lines the agency leaves for service or contact: their blanks are filled on the served copy, or optional.
_RECEIPT_LINE = re.compile(
    r"送达日期|送达方式|送达地点|签收|签名|签字|收件人|受送达|联系电话|联系方式|联系人|电话|传真|邮编|邮政编码|邮箱"
    r"|备注|抄送"
)
#: The national template's guidance headings, as they read when left in the text.
_GUIDANCE = re.compile(
    r"[（(](?:案件来源|调查经过|违反法律、法规或者规章的事实|违反法律法规或者规章的事实|当事人陈述、申辩情况|"
    r"行政处罚告知|案件性质|自由裁量|行政处罚的内容|行政处罚的履行方式|履行方式和期限|救济途径和期限|相关证据)"
    r"[^）)]{0,60}[）)]"
)
_PLACEHOLDER = re.compile(
    r"此处填[入写]|在此填[入写]|填写具体|（具体[^）]{0,10}）|[（(]自由裁量的情节"
    r"|[（(【\[［]\s*请?(?:填写|填入|输入|录入)[^）)】\]］0-9０-９]{0,30}[）)】\]］]"  # 【填写本案其他需要说明的事项】
    # a form's instruction to the writer left in: （写明违法事实）, （根据案件情况选择）, （此处列明其他证据）; not a
    # redaction note (（此处省略）, （此处已隐去）), which names no writing to do
    r"|[（(]\s*(?:此处|在此|这里)?(?:应|请|需|须)?(?:写明|列明|根据案件情况|根据情况|视情况|选择适用|选填)[^）)]{0,30}[）)]"
    r"|[（(【\[［]\s*(?:此处|在此|这里)(?:应|请|需|须)?(?:列举|注明|载明|录入|输入|补充|插入|添加|粘贴|选择)"
    r"[^）)】\]］]{0,30}[）)】\]］]"
    # a field left as its name in square brackets where its value should stand (当事人：【当事人名称】), not a
    # heading opening a line (【违法事实】经查…); no digits, so no 【2024】 文号 year
    r"|(?<=[:：\u4e00-\u9fff])[【\[［][^】\]［］0-9０-９]{0,8}(?:名称|姓名|地址|住所|金额|数额|日期|时间|事实|违法行为|条款|法律依据|依据)"
    r"[^】\]［］0-9０-９]{0,6}[】\]］]"
)
#: The form's instruction to fill something in, in brackets of its own (（此处填写送达日期）, 【在此填入签收日期】): text the
#: writer had to replace, not a blank left for service, so a placeholder on a line about service or signing too.
_FILL_IN = re.compile(r"[（(【\[［]\s*(?:此处|在此|这里)(?:应|请|需|须)?填[写入][^（）()【】\[\]［］]{0,30}[）)】\]］]")
_UNDERSCORES = re.compile(r"[_＿]{3,}")
_CLAUSE_BREAK = re.compile(r"[，。；,;]")
#: A form's instruction to write something here that opens with a condition (（如当事人提出陈述申辩的，在此写明复核
#: 情况）): read in the flat text, since such a bracket often wraps over lines; a redaction note (（此处省略）) and a
#: request to the party (（如需发票，请填写申请表）) name no place in this text to write.
_INSTRUCTION = re.compile(
    r"[（(][^（）()“”]{1,30}?(?:此处|在此|这里)(?:应|请|需|须)?(?:写明|列明|注明|载明|填写|填入)[^（）()“”]{0,40}[）)]"
)
#: The party's identity lines, where a published copy masks the values (with *, x — or underscores).
_IDENTITY_LINE = re.compile(
    r"当事人|姓名|名称|身份证|证件|代码|注册号|住所|住址|地址|经营场所|法定代表人|负责人|经营者|出生|性别|民族"
)
_BLANKS = (
    re.compile(r"一式[_＿\s]*份(?!数)"),  # no number of copies (一式 份，一份送达…)
    re.compile(r"第[_＿\s]*页[，,、]?\s*共[_＿\s]*页"),
    re.compile(r"之日起[_＿\s]*日内"),
    re.compile(r"(?:账号|帐号|账户|帐户|户名|开户行|开户银行|收款单位)[:：][_＿\s]*[，。,；;）)]"),
    _UNDERSCORES,
    re.compile(r"罚款[_＿\s]*元|人民币[_＿]+元"),
)
_ALTERNATIVES = (
    re.compile(r"[\[［【][^\]］】\d]{0,30}(?:并|责令|改正)[^\]］】\d]{0,10}[\]］】]"),
    re.compile(r"可以[（(]应当[）)]|应当[（(]可以[）)]|[（(]是/否[）)]"),
    # the party kinds a form offers to choose from (对当事人（单位/个人）作出…): no unit of measure, though 个人 ends in 人
    re.compile(r"[（(](?:单位|个人|法人|自然人|公民|其他组织)(?:[/／](?:单位|个人|法人|自然人|公民|其他组织))+[）)]"),
    # words to choose from, in round or square brackets (（立即/限期）, [立即/限期]改正); no unit of measure (（元/斤）)
    re.compile(
        r"[（(\[［【](?![^）)\]］】]*(?:次|袋|人|元|个|件|斤|分钟|小时|天|份|瓶|盒|克|米|吨|升|箱|包|台|套|支|只|张|桶|罐|间|晚|度|年|月|日|周))"
        r"[\u4e00-\u9fff]{2,8}[/／][\u4e00-\u9fff]{2,8}[）)\]］】]"
    ),
)
_SENTENCE = re.compile(r"[^。；;]+[。；;]?")
#: Proposal wording in a sentence that decides or concludes (not the narrative of opening the case).
_PROPOSAL = re.compile(
    r"建议(?:对当事人|对其|对该|给予|处以|作出|作以下|作如下|予以|适用|依法|按照|责令|处|从轻|从重|减轻|一般|决定|罚款|没收)"
    r"|建议对[^，。；]{1,30}?(?:处罚|处以|罚款|予以|给予|作出|决定)"
    # (拟处罚幅度, 拟处罚内容: the proposed penalty named as a thing, no proposal made)
    r"|(?<!原)拟(?:对当事人|对其|给予|处以|作出(?!的)|作以下|作如下|参照|按|处罚(?!幅度|内容|数额|金额)|决定|罚款|没收|警告"
    r"|责令|吊销|并处)"
    # the basis words of the disposition under a proposal (本局拟依据…的规定，对当事人作出如下行政处罚)
    r"|(?<!原)拟(?:依据|依照|根据)(?=[^。；;]{0,200}?(?:作出|处以|给予|并处|如下))"
)
#: The narrative of how the case was opened, the notice given and the party's answer to it (对拟处罚内容无异议),
#: where proposal wording is history, not a ruling.
_NARRATIVE = re.compile(r"立案|告知|听证|调查终结|终结报告|移送|报请|呈请|陈述|申辩|异议|复核|采纳|放弃")
#: The party's words opened by a colon (当事人代理人提出：…；拟处罚款过重。): they run over semicolons to the full stop,
#: so a later clause of them (拟处罚款过重) is the party's plea, not the decision's disposition.
_PARTY_SAYS = re.compile(
    r"(?:当事人|代理人|委托人|申辩人|其)[^。；;:：“”]{0,20}?(?:提出|称|表示|辩解|主张|认为|意见(?:为|如下)?)[:：]"
)
#: The narrative of the legal review (法制审核人员…认为…拟处罚适当): the reviewer's view of the proposed penalty is a
#: step told, like the investigation report's proposal — unless the sentence goes on to set out the penalty (如下, 处罚：).
_REVIEW_NARRATIVE = re.compile(r"法制审核|法制审查|法制(?:机构|部门|人员)(?:进行了?)?审核")
#: The 集体讨论 told as a dated step of the case (2024年5月20日，本局负责人集体讨论，拟对当事人罚款…): what the
#: meeting proposed is history like the legal review's view — an undated 经集体讨论，拟… may be the disposition itself.
_DISCUSSION_NARRATIVE = re.compile(r"\d{1,2}月\d{1,2}日[^。；;]{0,20}?集体讨论")
_SETS_OUT = re.compile(r"如下|下列|[:：]")
#: Quoted law text: its words (如实陈述) tell nothing about the sentence quoting it.
_QUOTED = re.compile(r"“[^“”]{0,600}”")
_SUSPECTED = re.compile(r"涉嫌违反")
#: 违反 stated as a finding (not 涉嫌违反, not the template heading 违反法律、法规或者规章的事实).
_PLAIN_VIOLATION = re.compile(r"(?<!涉嫌)(?:违反|违背|不符合|触犯)(?!法律、法规或者规章的事实|法律法规或者规章的事实)")
#: Where the facts and their evidence have been told: the reasoning follows.
_FACTS_TOLD = re.compile(r"以上事实|上述事实|证据如下|证据证明|为证|足以认定|告知书")
#: The steps of opening a case, where 涉嫌 belongs (发现…涉嫌违反, 涉嫌违反…一案, 立案调查).
_OPENING = re.compile(r"立案|发现|接到|接报|举报|投诉|检查|移送|反映|线索|一案|案件|调查|核查|巡查|交办|转办|告知")
#: The investigators' finding given as the decision's own conclusion (综上，…违反了执法人员认定…).
_OFFICERS_FIND = re.compile(r"(?:执法人员|办案人员|调查人员)(?:认定|认为)")
#: Where a decision states its conclusion.
_CONCLUDING = re.compile(r"本局认为|我局认为|本机关认为|综上|经审查认为")
_NO_PENALTY = re.compile(
    # the decision may open its disposition with a colon (本局决定：对当事人不予行政处罚; 决定如下：不予行政处罚)
    r"决定(?:如下)?[:：]?(?:对(?:当事人|其|你(?:单位|公司)?))?不予(?:行政)?处罚|作出不予(?:行政)?处罚|不予(?:行政)?处罚的决定"
    # the disposition right after its basis (…第三十三条第一款的规定，不予行政处罚。)
    r"|规定[，,](?:本局|我局|本机关)?(?:依法)?(?:决定)?(?:对(?:当事人|其))?不予(?:行政)?处罚(?=[。；;]|$)"
    # the party's conduct as a whole, by reference (对当事人上述违法行为不予处罚); a conduct singled out is not
    r"|对(?:当事人|其)的?(?:上述|前述|以上|该|此|本案)?(?:价格)?(?:违法|违规)?行为(?:依法)?不予(?:行政)?处罚"
)
#: One act singled out of several (该项行为, 当事人的第二项违法行为, 其中一项): a 不予 for it leaves the others punished.
_ONE_ACT = re.compile(r"(?:该|此|这|另一|其中一|后一|前一|第[一二三四五六七八九十0-9]+)项(?:价格)?(?:违法|违规)?行为")
#: A conduct named by what it is (对当事人未标示打包费的行为), as opposed to by reference (对当事人上述违法行为).
_NAMED_ACT = re.compile(r"对(?:当事人|其)?的?([^，。；;]{2,30}?)的?(?:违法|违规)?行为")
_REFERENCE_WORDS = re.compile(r"当事人|上述|前述|以上|所述|涉案|本案|该|此|其|的|价格|违法|违规")
#: The decision telling of several acts (两项违法行为, 第二项): a named one can then be one of them.
_SEVERAL_ACTS = re.compile(r"[两二三四五六七八九多数几]项|两种|两个|第[二三四五六七八九十]项|另一项|分别")
#: Why an act is not punished (行政处罚法第三十三条: first and minor, corrected, no fault; 免罚清单; time-barred).
_NO_PENALTY_REASON = re.compile(
    r"第三十三条|第三十六条|初次违法|首次违法|首违|轻微|及时改正|主动改正|已改正|主观过错|不予(?:行政)?处罚(?:事项)?清单"
    r"|免罚清单|免予处罚清单|追责时效|未被发现"
)
#: Any 不予处罚 wording (决定对当事人不予行政处罚, 免予处罚): enough for a 不予处罚 title to agree with its text — but
#: not a document's or a list's name (the title line itself, 《不予行政处罚告知书》, 不予处罚清单), which every such
#: text prints whatever it decides.
_NO_PENALTY_ANY = re.compile(r"(?:不予|免予|免于)(?:以)?(?:行政)?处罚(?!决定书|告知书|(?:事项)?清单)")
#: A sentence telling the party's own request or plea (请求作出不予处罚的决定): no disposition of the decision.
_PARTY_ASKS = re.compile(r"请求|申请|要求|希望|辩称|主张|申辩|陈述|提出")
#: The decision naming itself a 不予处罚 decision (收到本不予行政处罚决定书之日起, 对本不予处罚决定不服): a 不予 text's
#: own words, wrong in a decision that imposes a penalty.
_SELF_NO_PENALTY = re.compile(r"本不予(?:以)?(?:行政)?处罚决定")
_PENALTY = re.compile(
    r"(?:处以|并处|罚款人民币|罚款[0-9]|决定(?:给予|处以)|处罚如下"
    # the penalty given to the party named first (决定对当事人给予警告的行政处罚, 予以通报批评); 予以批评教育 is none
    # …also after the colon that opens the disposition (本局决定：对当事人给予警告)
    r"|决定[:：]?对(?:当事人|其|你(?:单位|公司)?)(?:给予|予以|处以)[^，。；;]{0,12}?"
    r"(?:警告|通报批评|罚款|没收|停产停业|停业整顿|吊销|暂扣|(?<!不予)(?<!免予)行政处罚))"
)
#: What a 不予 decision may still take (the 违法所得 confiscated, 行政处罚法第二十八条): a question for a person, not a
#: disagreement of title and disposition.
_BESIDE_NO_PENALTY = {"confiscation"}
_SLIP_LIMIT = 8
#: A remedies sentence that names the conduct it is about (如对…的行为的行政处罚决定不服): its wording should be
#: the decision's own; one the decision never told is a paragraph copied from another case.
_REMEDY_FOR = re.compile(
    r"对(?:于)?([^，。；;“”]{6,60}?)(?:违法)?行为(?:所作出的|作出的|所作的|的)?(?:行政)?处罚决定(?:书)?不服"
)
#: Conduct named by reference (上述违法行为, 本案…): nothing to compare.
_REFERRING = re.compile(r"上述|前述|以上|该|本案|此|其")
#: Below this share of its characters in three-character runs found earlier, named conduct is not this case's.
_TOLD_SHARE = 0.5
#: The investigation report's headings that decisions keep (tests/real/README.md, ruling 25): legitimate with the
#: agency's text under them, a blank left to fill when the next line is another such heading or the text ends.
_REPORT_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(?:处理意见及依据|处理意见|自由裁量|其他需要说明的事项)[:：]?"
)

#: A case system's form fields (违法事实：…, 【处罚依据】…): those the agency must fill, and the fields such a form
#: prints around them. A required field with nothing after its label and the next field's label on the next line
#: is a blank left to fill (rule 10); an optional one left empty (自由裁量理由：, 无) is no slip.
_REQUIRED_FIELD = r"(?:违法事实|违反的法律规定|违反的法律法规|处罚依据|处罚内容|处罚种类和幅度|处罚决定)"
_FORM_FIELD = (
    r"(?:当事人(?:名称)?|统一社会信用代码|住所|案由|案件来源|违法事实|相关证据|违反的法律规定|违反的法律法规|处罚依据"
    r"|自由裁量理由|裁量理由|处罚内容|处罚种类(?:和幅度)?|处罚决定|告知情况|履行方式(?:和期限)?|救济途径(?:和期限)?"
    r"|执法机关|日期)"
)
_EMPTY_REQUIRED = re.compile(rf"[【〖〔［\[]?{_REQUIRED_FIELD}(?:[】〗〕］\]]|[:：])")
_FIELD_LABEL = re.compile(rf"(?:[【〖〔［\[]{_FORM_FIELD}[】〗〕］\]]|{_FORM_FIELD}[:：])")


def _empty_required_field(lines: list[str], at: int) -> bool:
    """Line `at` is a required field's bare label, the next line another field's label or the text's end."""
    if not _EMPTY_REQUIRED.fullmatch(lines[at]):
        return False
    return at + 1 == len(lines) or bool(_FIELD_LABEL.match(lines[at + 1]))


def _lines(text: str) -> list[str]:
    return ["".join(line.split()) for line in text.splitlines() if line.strip()]


def _slip(kind: SlipKind, quote: str) -> DraftingSlip:
    return DraftingSlip(kind=kind, quote=quote[:40])


def _clause_before(line: str, end: int) -> str:
    """The clause of `line` that runs up to `end`: a line that opens with 当事人 and goes on to the remedies (…之日起
    六十日内向＿＿＿申请行政复议) does not make a blank in a later clause a redacted identity field."""
    return _CLAUSE_BREAK.split(line[:end])[-1]


def _template_slips(lines: list[str]) -> list[DraftingSlip]:
    slips: list[DraftingSlip] = []
    for at, line in enumerate(lines):
        if _REPORT_HEADING.fullmatch(line) and (at + 1 == len(lines) or _REPORT_HEADING.fullmatch(lines[at + 1])):
            slips.append(_slip("blank", line))  # a report heading with nothing written under it
            continue
        if _empty_required_field(lines, at):
            slips.append(_slip("blank", line))
            continue
        if _RECEIPT_LINE.search(line):
            fill_in = _FILL_IN.search(line)
            if fill_in:
                slips.append(_slip("placeholder", fill_in.group()))
            continue
        guidance, placeholder = _GUIDANCE.search(line), _PLACEHOLDER.search(line)
        # a bracket that is the form's placeholder for words of a sentence (鉴于当事人…（自由裁量的情节、理由），可以…)
        # is a place to fill, not a heading of the form left in
        if guidance and _PLACEHOLDER.match(line, guidance.start()):
            guidance = None
        if guidance:
            slips.append(_slip("guidance", guidance.group()))
        if placeholder:
            slips.append(_slip("placeholder", placeholder.group()))
        if blank_serial_doc_number(line):
            slips.append(_slip("blank", line))  # the 文号's serial left to fill
            continue
        for pattern in _BLANKS:
            found = pattern.search(line)
            if found and pattern is _UNDERSCORES and _IDENTITY_LINE.search(_clause_before(line, found.start())):
                continue  # underscores over a name, a code or an address: redaction, not a blank to fill
            if found:
                slips.append(_slip("blank", line))
                break
    return slips


def _told_share(conduct: str, before: str) -> float:
    """How much of `conduct` the text before tells: the share of its characters inside a three-character run that
    occurs there (a paraphrase keeps most runs; another case's conduct keeps almost none)."""
    covered = [False] * len(conduct)
    for start in range(len(conduct) - 2):
        if conduct[start : start + 3] in before:
            covered[start : start + 3] = [True] * 3
    return sum(covered) / len(conduct) if conduct else 1.0


def _foreign_remedies(flat: str) -> list[DraftingSlip]:
    """Remedies sentences about conduct the decision never told (a paragraph kept from another case's decision)."""
    slips = []
    for found in _REMEDY_FOR.finditer(flat):
        conduct = found.group(1).removesuffix("的")
        if _REFERRING.search(conduct) or _told_share(conduct, flat[: found.start()]) >= _TOLD_SHARE:
            continue
        slips.append(_slip("mismatch", found.group()))
    return slips[:1]


def _spares_one_act(before: str, flat: str, reasoning: str) -> bool:
    """Whether a 不予处罚 disposition in a penalty decision spares one act of several, with its reason (行政处罚法
    第三十三条: 初次违法、危害后果轻微并及时改正) — lawful beside the penalty for another act — rather than a 不予
    disposition copied in for the party as a whole. `before` is the sentence up to the 不予 words, `reasoning` that
    sentence with the one before it."""
    if not _NO_PENALTY_REASON.search(reasoning):
        return False
    if _ONE_ACT.search(before):
        return True
    named = list(_NAMED_ACT.finditer(before))
    return bool(named) and len(_REFERENCE_WORDS.sub("", named[-1].group(1))) >= 2 and bool(_SEVERAL_ACTS.search(flat))


def _in_party_words(masked: str, at: int) -> bool:
    """The clause at `at` continues, after semicolons, words of the party opened earlier in its full-stop sentence."""
    opened = masked.rfind("。", 0, at) + 1
    return _PARTY_SAYS.search(masked, opened, at) is not None


def _wording_slips(text: str, title: str) -> list[DraftingSlip]:
    # full-width digits read as ASCII (罚款１,０００元 imposes a fine as 罚款1,000元 does); quotes stay findable, since
    # evidence lookup ignores widths
    flat = "".join(text.split()).translate(WIDE_ALNUM)
    slips: list[DraftingSlip] = []
    masked = _QUOTED.sub(lambda quote: "“" + "□" * (len(quote.group()) - 2) + "”", flat)
    for found in _SENTENCE.finditer(flat):
        sentence = found.group()
        proposal = _PROPOSAL.search(sentence)
        # …not inside quoted words (the party's statement quoted: “…告知书拟罚款8万元…”), which are not the decision's
        quoted = proposal is not None and masked[found.start() + proposal.start()] == "□"
        reviewed = (
            _REVIEW_NARRATIVE.search(masked, found.start(), found.end())
            or _DISCUSSION_NARRATIVE.search(masked, found.start(), found.end())
        ) and not _SETS_OUT.search(sentence)
        if (
            proposal
            and not quoted
            and not reviewed
            and not _NARRATIVE.search(masked, found.start(), found.end())
            and not _in_party_words(masked, found.start())
        ):
            slips.append(_slip("proposal", sentence[max(0, proposal.start() - 10) :]))
        investigation = _SUSPECTED.search(sentence) or _OFFICERS_FIND.search(sentence)
        # …or the sentence opening the reasoning's section (三、处罚依据及理由 当事人…涉嫌违反…), where it concludes
        heading = REASONING_HEADING.search(sentence)
        opens_reasoning = heading is not None and not CASE_OPENING.search(sentence, heading.end())
        if investigation and (_CONCLUDING.search(sentence) or opens_reasoning) and "立案" not in sentence:
            slips.append(_slip("investigation", sentence))
    if not any(slip.kind == "investigation" for slip in slips) and not _PLAIN_VIOLATION.search(masked):
        # No plain 违反 anywhere: a 涉嫌违反 sentence after the facts and evidence (where the reasoning concludes)
        # that tells no step of opening the case is the conclusion.
        facts_told = _FACTS_TOLD.search(flat)
        for found in _SENTENCE.finditer(flat, facts_told.end() if facts_told else len(flat)):
            sentence = found.group()
            if _SUSPECTED.search(sentence) and not _OPENING.search(sentence):
                slips.append(_slip("investigation", sentence))
                break
    slips.extend(_slip("guidance", found.group()) for found in _INSTRUCTION.finditer(masked))
    slips.extend(_slip("alternative", found.group()) for pattern in _ALTERNATIVES for found in pattern.finditer(flat))
    slips.extend(_foreign_remedies(flat))
    penalty = _PENALTY.search(flat)
    if "不予" not in title:
        sentences = _SENTENCE.findall(flat)
        whole = False  # a 不予 disposition for the party as a whole, not for one act beside a punished one
        for at, sentence in enumerate(sentences):
            no_penalty = _NO_PENALTY.search(sentence)
            if no_penalty is None:
                continue
            before = sentence[: no_penalty.start()]
            if penalty is not None and _spares_one_act(before, flat, (sentences[at - 1] if at else "") + sentence):
                continue
            whole = True
            if not _PARTY_ASKS.search(before):
                slips.append(_slip("disagreement", no_penalty.group()))
                break
        itself = _SELF_NO_PENALTY.search(flat)
        # only where the text decides a penalty and no 不予处罚 (a 不予 decision printed without its title agrees)
        if itself is not None and penalty is not None and not whole:
            slips.append(_slip("disagreement", flat[max(0, itself.start() - 10) : itself.end() + 2]))
    if "不予" in title and penalty is not None and _NO_PENALTY_ANY.search(flat) is None:
        slips.append(_slip("disagreement", penalty.group()))
    elif "不予" in title and penalty is not None and penalty_kinds(text) - _BESIDE_NO_PENALTY:
        # the mirror of a 不予 disposition in a penalty decision: the 不予 decision's own disposition still punishes
        # (the last penalty words are the disposition's, after any 本应处以… of the reasoning)
        last = list(_PENALTY.finditer(flat))[-1]
        slips.append(_slip("disagreement", flat[max(0, last.start() - 10) : last.end() + 8]))
    return slips


#: The sentence summing the items up, right after the disposition's last item (以上合计罚款6,000元，…。).
_SUMMARY = re.compile(
    r"[。；;\s]*(?:(?:以上|上述|综上)[^。]{0,120}?(?:合计|共计|总计)|合计|共计|总计)[^。]{0,120}(?:。|$)"
)
_SUMMARY_REACH = 200


def _total_slips(text: str) -> list[DraftingSlip]:
    """A printed total of the fine or of the confiscated gains that is not the sum of the items it totals
    (各项罚款2000元、3000元，合计罚款6000元): the decision contradicts itself on what is owed."""
    reading = read_penalty(text)
    found = [_slip("total", line_at(text, amount.start)) for amount in reading.contradicted]
    if found or reading.section is None:
        return found
    # the summary sentence right after the last item's full stop, outside the block the items were read in
    tail = text[reading.section[1] : reading.section[1] + _SUMMARY_REACH]
    summary = _SUMMARY.match(tail)
    if summary is None:
        return found
    sentence = summary.group()
    for role in ("fine", "confiscated_gains"):
        items = [a for a in reading.amounts if a.role == role and not a.total]
        totals = [a for a in find_amounts(sentence) if a.role == role and a.total]
        if items and len(totals) == 1 and totals[0].value != reading.values.get(role):
            found.append(_slip("total", " ".join(sentence.split())))
            break
    return found


def drafting_slips(text: str, title: str, body: str | None = None) -> list[DraftingSlip]:
    """Every drafting slip of a decision's text, first ones first (at most a handful: evidence, not an index).
    Template blanks are read in `text` as printed (a copy note left unfilled at a page's foot is one); wording is
    read in `body`, the text with its page furniture blanked where the caller has it, so a sentence a page break
    cuts (建 / 本文书一式两份… / 议给予…) reads whole."""
    unmade = [_slip("blank", choice) for choice in unmade_choices(text)]
    slips = [
        *_template_slips(_lines(text)),
        *unmade,
        *_wording_slips(text if body is None else body, title),
        *_total_slips(text if body is None else body),
    ]
    seen: set[tuple[str, str]] = set()
    unique = []
    for slip in slips:
        if (slip.kind, slip.quote) not in seen:
            seen.add((slip.kind, slip.quote))
            unique.append(slip)
    return unique[:_SLIP_LIMIT]
