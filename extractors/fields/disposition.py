"""Where a decision (or a notice, an approval form) states its penalty: the dispositive blocks.

Real decisions word the disposition in many ways — 处罚如下：, 作出如下行政处罚：, 给予以下从轻行政处罚：,
处罚决定：, 决定对当事人处5000元罚款, 现责令…并处罚款30000元 — and forms (当场决定书) label it in a table cell
or on a line without a colon (处罚决定 | 罚款人民币500元); a notice proposes 拟对你（单位）处以…, 拟给予你…的行政处罚,
拟作出罚款…的行政处罚 — and a decision with several violations has one
block per violation, often followed by a combined one (综上…合并处罚如下 / 合计：, or 合计 right before the
penalty's words: 合计没收…，罚款…). Each start opens a block that
runs to the end of its sentence (numbered items, or the next violation's heading — 违法行为二：…, 对第二项违法行为：
— that follow a full stop still belong to it) or to the payment and remedy terms.

Which blocks count:

* a block inside quoted law text (“…由…处罚款…”) is no disposition;
* a proposal (拟…, 建议…) counts only when the text has no decided block (a notice or approval form proposes);
* when a combined block exists after another block, the last combined block alone is the penalty (a first block
  worded 综上… combines nothing); else every block counts (one
  per violation, summed by the caller) — unless the last block already restates the others' amounts, which a
  caller sees through `restates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AMOUNT_SLOT", "Block", "dispositive_blocks", "every_block", "in_quote", "proposed_blocks", "unquoted"]

#: Numerals an amount may open with (lower case and financial capitals): 罚款三千元, 罚款叁仟元.
_NUMERAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟一二两三四五六七八九十百千"
#: A fine's amount left to fill, as folding leaves it (罚款＿＿元, 罚款（此处填写罚款金额）元, 罚款　　元 → 罚款元): the
#: decision still decides a fine; the blank is a drafting slip.
AMOUNT_SLOT = r"(?:[_＿]+|[(（][^()（）0-9０-９]{1,20}[)）])?万?元"
#: Words a disposition opens with when it names the penalty at once.
_KINDS = "警告|通报批评|罚款|没收|责令|吊销|暂扣|对当事人|给予|处以?"
_START = re.compile(
    r"(?P<combined>合并处罚如下|合并作出如下[^。：:]{0,10}|(?<![\u4e00-\u9fff])合计(?:[:：]|(?=没收|罚款|并处))|数罚并罚[^。：:]{0,10})[:：]?"
    r"|(?:处罚|处理)如下[:：]?"
    r"|(?:给予|作出|予以|进行|作|做)[如以]下[^。：:，,]{0,10}?[:：]"
    r"|[(（]行政处罚的内容[^()（）]{0,4}[)）]"
    r"|作出如下(?:行政)?处罚(?:决定)?"
    r"|决定如下[:：]?"
    r"|处罚决定[:：]"
    r"|(?:处罚决定|处理决定|处罚种类(?:[和及](?:幅度|金额|数额|内容))?)[:：]?(?=警告|罚款|没收|并处|处以?罚款|给予)"
    # a form's bare label over the penalty it names at once (处罚：没收违法所得…，罚款…)
    r"|(?<![政的拟])处罚[:：](?=警告|通报批评|罚款|没收)"
    # the same words as a bracketed heading over the penalty (【处罚决定】没收…, 〔处罚决定〕1、警告…)
    r"|(?<=[【〔\[［])(?:处罚决定|处理决定|处罚内容)[】〕\]］]"
    r"(?=警告|通报批评|罚款|没收|并处|处以?罚款|给予|责令|吊销|[0-9]+[、.．]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）])"
    r"|(?:给予|作出|予以|处以)[^。：:，,]{0,10}?(?:处罚|罚款)[:：]"
    rf"|(?<![被曾可应])处以?罚款(?=[\d０-９人{_NUMERAL}])"
    # 对当事人处以/予以/给予/作出…, 对当事人罚款…: the decision speaks to the party (a notice's 拟对 is a proposal)
    # …or to the conduct (对该行为处以…, 对上述违法行为给予…, 对第一项违法行为处以…, 对第（二）项违法行为罚款…)
    r"|(?P<party>(?<![应可])对(?:当事人|你单位|你|其|该单位|该公司|该店"
    r"|(?:该|此|上述|前述|以上|这一|此项|第[(（]?[一二三四五六七八九十0-9]+[)）]?项)(?:项)?(?:违法|价格违法)?行为"
    r"|(?:当事人的?)?违法行为[一二三四五六七八九十0-9]+[，,]?))"
    # the penalty may follow a comma, and an order to correct may come first (对第1项违法行为，罚款…; 对第一项违法
    # 行为，责令当事人改正，没收违法所得…): the verb or the penalty's own words must then open the next clause
    r"(?:(?:[，,](?:责令[^。；;，,“”]{0,20}[，,])?)?"
    r"(?:(?:处以?|予以|给予|作出)"
    r"(?=[^。；;“”]{0,60}?(?:罚款|警告|没收|通报批评|吊销|暂扣|责令停产停业))"
    rf"|(?=罚款(?:人民币)?[\d０-９{_NUMERAL}])"
    # …or seizes at once what it names with its amount (对第一项违法行为没收违法所得24,960元，并处…)
    rf"|(?=没收(?:其|当事人的?)?(?:违法所得|非法所得|违法收入)?[^。；;“”，,的]{{0,20}}?[0-9０-９{_NUMERAL}]))"
    # …or names what it seizes first (对当事人逾期未退还的多收价款1,260元予以没收)
    r"|(?=[^。；;“”]{2,60}?(?<![应可])(?:予以|依法|依法予以)没收)"
    # …or heads its own item with a colon and names the penalty at once (对第一项行为：没收…，并处…罚款)
    r"|[:：](?=[ \t\u3000]*(?:没收|警告|通报批评|罚款|并处|处以?罚款|给予|吊销|暂扣)))"
    # 决定：followed by a numbered list or the penalty itself (决定：1、警告。2、罚款500元。)
    rf"|决定[:：](?=\s*(?:[0-9０-９]+[、.．]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）]|{_KINDS}))"
    r"|处理意见[:：]|处罚内容[:：]?|建议[:：]|建议(?=[^。；;：:]{0,80}?(?:罚款|警告|没收|处以|并处))"
    r"|拟(?:对(?:你|您|该|其|当事人)[^。；;，,：:]{0,8}?)?(?:处以|给予|予以|作出)(?:你|您|当事人)?"
    r"(?:单位|[（(]单位[)）])?(?=警告|通报批评|罚款|没收|责令|暂扣|吊销|降低|限制|行政拘留)"
    # the penalty named at once, with no opening words before it (…，给予警告。 / 作出罚款1500元的行政处罚 /
    # 责令改正，并处以2000元罚款): read only where no other opening covers it, and never in the law's wording
    r"|(?P<bare>(?:给予|予以|处以)(?=警告|通报批评)"
    r"|(?<![应可])(?<!应当)(?:作出|给予|予以)(?:当事人|你单位|你|其)?(?=(?:警告|通报批评|罚款|没收)[^。；;“”]{0,40}?的(?:行政)?处罚)"
    rf"|(?<![可应被曾])并?处以?(?=[\d０-９人{_NUMERAL}](?:(?!以上|以下|以内|至)[^。；;，,“”]){{0,20}}?罚款)"
    rf"|(?<=[，,])(?=罚款(?:人民币)?[\d０-９{_NUMERAL}](?:(?!以上|以下|以内|至)[^。；;，,“”]){{0,12}}?元(?!以)))"
    # a sentence of its own that names the money with its amount, then its basis, then seizes it (多收价款中，期限届满
    # 仍未退还的2100元，依据…第十六条第二款的规定，予以没收): the block opens at the sentence's start
    rf"|(?<=[。；;])(?=[^。；;“”拟被曾]{{2,80}}?[0-9０-９{_NUMERAL}]元[^。；;“”拟被曾]{{0,80}}?(?:依据|根据|依照|按照)"
    r"[^。；;“”拟被曾]{0,80}?[，,](?:依法)?予以没收[。；;])"
    r"|(?:(?<!处罚)(?<!处理)决定(?!书)|现(?=责令|对|给予))"
    rf"(?=[^。；;“”]{{0,60}}?(?:并处|处以|处罚款|处[\d０-９]|给予(?:当事人|你单位|你|其)?(?:警告|通报批评)|没收"
    rf"|罚款[:：]?[\d０-９人{_NUMERAL}]|罚款(?:人民币)?{AMOUNT_SLOT}))"
)
_COMBINED_BEFORE = re.compile(r"综上|合并|数罚并罚")
#: A sentence quoting a discretion scale (裁量基准：警告并处罚款3万元以下) states a range, not the penalty.
_SCALE_BEFORE = re.compile(r"(?:裁量基准|裁量幅度|基准)[:：]")
_PROPOSAL_BEFORE = re.compile(r"拟|建议|告知")
#: A penalty the party was given before (曾被…处以罚款, 因…被我局处罚款): the history of the facts, not this decision.
#: What the law says should or may be done (应当责令改正，对当事人给予警告，对当事人处…以下罚款): reasoning.
_DUTY_BEFORE = re.compile(r"应当|应予|应该|可以|可处|依法应|[^不]应对")
#: …said right before a fine with its amount (依法应当处以罚款5000元，鉴于…决定处以罚款2000元): the fine the law
#: calls for before the weighing, not the one decided.
_DUTY_RIGHT_BEFORE = re.compile(r"(?:应当|应予|应该|可以|依法应)(?:依法)?(?:对(?:当事人|其))?$")
_HISTORY_BEFORE = re.compile(r"被(?!处罚人|处罚单位|检查|申请人|调查|告知人)|曾")
#: …or imposed by an earlier decision named as the means, anywhere before in the sentence (本局以某罚〔2023〕29号
#: 《行政处罚决定书》对当事人…给予警告，并处罚款…): not this decision, which never names itself so.
_EARLIER_DECISION = re.compile(r"以(?!本)[^。；;，,]{0,30}?决定书》?对")
#: …or the same sentence names the earlier decision by its 文号 after the penalty (本局当场对当事人作出警告（某市监简罚
#: 〔2025〕11号当场行政处罚决定书）): the facts' history; the decision's own disposition never quotes its number so.
_EARLIER_NUMBERED = re.compile(r"[〔\[【［(][0-9]{4}[〕\]】］)][^。；;]{0,8}?号[^。；;]{0,16}?决定书")
#: The law's own wording printed without quotes (…的，由县级以上…部门责令改正，给予警告; 第十条规定：…).
_LAW_BEFORE = re.compile(r"由[^。；;，,]{0,25}(?:部门|机关|机构)|违反本(?:法|条例|规定|办法)|有下列|规定[:：]|条[:：]")
#: A penalty named at once stands only in the sentence that gives its basis (依据…第十条，给予警告) or right after
#: the agency's own voice (below) — not in the
#: narrative of an earlier decision (当场下达了《当场行政处罚决定书》，并给予警告) nor in the law's text.
_BASIS_BEFORE = re.compile(r"依据|根据|依照|按照")
_EARLIER_BEFORE = re.compile(r"下达|送达|书》|已经|此前|之前")
#: …or right after the agency's own voice: 本局作出罚款…的行政处罚, 责令当事人改正，作出罚款…的行政处罚 (not
#: 本局于某日作出…: a date between tells of an earlier decision); an on-the-spot decision speaks as 当场 in the
#: clause that follows its procedure (…规定的简易程序，当场给予当事人罚款…的行政处罚).
_OWN_VOICE_BEFORE = re.compile(
    r"(?:本局|我局|本机关|(?:责令|并责令)[^。；;，,：:]{0,20}[，,]|(?<![^，,])当场)(?:依法|现|决定)?$"
)
#: The payment and remedy terms that follow the disposition.
_END = re.compile(
    r"当事人应当|应当自收到|应于收到|应自收到|应在收到|请于|请在|请你|逾期不|到期不|如不服|如对本|履行方式|"
    r"申请行政复议|有权进行陈述|享有陈述|当事人自收到|自收到本"
)
#: A full stop ends the block unless a numbered item follows (1、 2. 二、 （二）) or the heading of the next
#: violation's own items (违法行为二：1.警告；2.罚款…, 对第二项违法行为：…, 针对违法行为二，…).
_STOP = re.compile(
    r"[。](?![ \t\u3000\n]*(?:[0-9０-９]+[、.．,，]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]"
    r"|(?:对|针对|关于)?(?:当事人的?)?(?:违法行为[一二三四五六七八九十0-9]+|第[一二三四五六七八九十0-9]+项违法行为)"
    r"[ \t\u3000]*[:：，,的]))"
)
_SENTENCE_END = re.compile(r"[。；;]")
_MAX = 1000
_QUOTE_MAX = 500
_LOOK_BACK = 40


@dataclass(frozen=True)
class Block:
    """One dispositive block of `text`: [start, end) offsets, and whether it combines the others or proposes."""

    start: int
    end: int
    combined: bool
    proposal: bool
    #: Where the words opening the block begin (给予行政罚款：, 处罚款): they may name the penalty's kind.
    opening: int = -1
    #: A proposal retold from the 告知书 (本局作出《行政处罚告知书》，拟给予警告，并处罚款…): what the notice proposed,
    #: which the decision may have dropped or changed — never what it imposes.
    noticed: bool = False


def in_quote(text: str, index: int) -> bool:
    """`index` lies inside quoted text (law quoted by the decision): an opening mark before it, its closing
    mark after it, within `_QUOTE_MAX` characters; a mark left unclosed is taken for a typo, not a quote."""
    opened = text.rfind("“", 0, index)
    if opened < 0 or opened < text.rfind("”", 0, index):
        return False
    closed = text.find("”", index)
    reopened = text.find("“", index)
    return closed >= 0 and (reopened < 0 or closed < reopened) and closed - opened <= _QUOTE_MAX


def unquoted(text: str) -> str:
    """`text` without its quoted passages."""
    return re.sub(rf"“[^“”]{{0,{_QUOTE_MAX}}}”", "", text)


def _sentence_head(text: str, index: int) -> str:
    """The text of the sentence before `index` (at most `_LOOK_BACK` characters)."""
    window = text[max(0, index - _LOOK_BACK) : index]
    cut = max(window.rfind("。"), window.rfind("；"), window.rfind(";"))
    return window[cut + 1 :]


def _blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for match in _START.finditer(text):
        if blocks and match.start() < blocks[-1].end:
            if not (_labelled_before(text, blocks[-1].opening) and _DECIDED.match(match.group())):
                continue
            # the decision's own words after a penalty table (…处罚内容 / rows / 本局决定：…) or after a line that
            # labels the penalty (处罚内容：罚款2500元 / 根据上述处罚条款，本局决定…): a block of their own, so that a
            # restatement of the rows or the line is seen as one (`restates`) and not counted twice
            last = blocks[-1]
            blocks[-1] = Block(last.start, match.start(), last.combined, last.proposal, last.opening, last.noticed)
        if in_quote(text, match.start()):
            continue
        end_match = _END.search(text, match.end())
        stop = _STOP.search(text, match.end())
        end = min(
            end_match.start() if end_match else len(text),
            stop.end() if stop else len(text),
            match.end() + _MAX,
        )
        head = _sentence_head(text, match.start())
        if _SCALE_BEFORE.search(head) or _HISTORY_BEFORE.search(head):
            continue
        sentence = max(text.rfind(mark, 0, match.start()) for mark in "。；;")
        if _EARLIER_DECISION.search(text, sentence + 1, match.start()):
            continue
        closing = _SENTENCE_END.search(text, match.end())
        if _EARLIER_NUMBERED.search(text, match.end(), closing.start() if closing else len(text)):
            continue
        bare = match.group("bare") is not None  # it may be empty: 依据…，|罚款2000元
        if (match.group("party") or bare) and _DUTY_BEFORE.search(head):
            continue
        if _DUTY_RIGHT_BEFORE.search(re.sub(r"\s", "", head)):
            continue
        voiced = _BASIS_BEFORE.search(head) or _OWN_VOICE_BEFORE.search(re.sub(r"\s", "", head))
        if bare and (_LAW_BEFORE.search(head) or _EARLIER_BEFORE.search(head) or not voiced):
            continue
        proposal = bool(_PROPOSAL_BEFORE.search(head + match.group()))
        blocks.append(
            Block(
                start=match.end(),
                end=end,
                combined=bool(match.group("combined")) or bool(_COMBINED_BEFORE.search(head)),
                proposal=proposal,
                opening=match.start(),
                noticed=proposal and "告知书" in text[sentence + 1 : match.start()],
            )
        )
    return _before_remedies(text, blocks)


#: The remedy sentence that closes a decision's body (…申请行政复议…提起行政诉讼): after it come the signature and
#: whatever is attached (a 违法所得计算表 whose 合计：… is the gains' sum, a receipt, a notice's copy).
_REMEDIES = re.compile(r"申请行政复议|提起行政诉讼")


def _before_remedies(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks up to the remedy sentence that follows a block: a block opening after it lies in an attachment
    or another document after the signature, never in the decision's disposition."""
    for index, block in enumerate(blocks[:-1]):
        remedy = next((m for m in _REMEDIES.finditer(text, block.end) if not in_quote(text, m.start())), None)
        if remedy is not None:
            return blocks[: index + 1] + [later for later in blocks[index + 1 :] if later.opening < remedy.start()]
    return blocks


#: A penalty table's header row: 处罚内容 as the last column's name after the names of the columns before it
#: (违法行为 违反条款 处罚依据 处罚内容, whitespace folded away), not a label with a colon.
_COLUMN_NAMES = re.compile(r"(?:违法行为|违法事实|违反条款|违法条款|处罚依据|序号|处罚种类)$")
#: The decision's own opening words (决定：…, 决定对当事人…, 处罚如下：).
_DECIDED = re.compile(r"决定|(?:处罚|处理)如下")


def _column_header(text: str, opening: int) -> bool:
    """The block opens with 处罚内容 as a table's column name (the header row's names before it, no colon after)."""
    return (
        text.startswith("处罚内容", opening)
        and not text.startswith(("处罚内容:", "处罚内容："), opening)
        and bool(_COLUMN_NAMES.search(text, max(0, opening - 8), opening))
    )


def _labelled_before(text: str, opening: int) -> bool:
    """The block opens with 处罚内容 as a table's column name, or as a line's label (处罚内容：罚款…) that a line of
    the decision's own words may follow with no full stop between (the line break folded away)."""
    return _column_header(text, opening) or text.startswith(("处罚内容:", "处罚内容："), opening)


def _combined_or_all(blocks: list[Block]) -> list[Block]:
    """The last combined block when it combines blocks before it; else every block. A first block worded
    as a conclusion (综上，决定…处罚如下) combines nothing: the blocks after it still count."""
    combined = [block for index, block in enumerate(blocks) if block.combined and index > 0]
    return [combined[-1]] if combined else blocks


def dispositive_blocks(text: str) -> list[Block]:
    """The blocks that state the penalty, in order (see the module docstring for which count)."""
    return _combined_or_all(every_block(text))


def every_block(text: str) -> list[Block]:
    """Every decided block (every proposed one where none is decided), a combined one and those it combines
    alike: what the penalty's kinds are read from, since a combined block may total the fines alone (合计：罚款…)
    and leave the warning of a violation's own block unsaid."""
    blocks = _blocks(text)
    return [block for block in blocks if not block.proposal] or blocks


def proposed_blocks(text: str) -> list[Block]:
    """The blocks worded as a proposal (承办人建议…处罚如下): a decision that states its penalty only so (its
    decided blocks carry no amount) imposes what they propose — not what a 告知书 it retells proposed."""
    return _combined_or_all([block for block in _blocks(text) if block.proposal and not block.noticed])
