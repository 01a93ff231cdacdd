"""The count finder: award grant clauses and the other numeric facts of a report.

Two public entry points, both pure functions of the text with offsets into it:

* :func:`find_award_mentions` — every grant clause ("Chủ tịch UBND huyện X tặng giấy khen cho
  23 tập thể và 28 cá nhân", "9 cá nhân được Bộ Công an tặng Kỷ niệm chương", ...), with the
  award type, the issuer, the collective/individual/total counts and whether the grant was
  made at the reported event.
* :func:`find_statistics` — the other counted facts ("618 tổ an ninh nhân dân", "gần 5 tỷ
  đồng"), excluding award counts, dates, years, durations and document numbers.

The text is cut into sentences (". ", "!", "?", line breaks) and each sentence into clauses
on ";" and before ", trong đó". A count belongs to the award phrase of its clause (with two
award words in a clause, "cho N" goes to the earlier and "N ... được" to the later). Issuers:
"<type> của|do X", else the subject of the verb ("X (đã) tặng <type>"), else the agent
("được X tặng"), else the principal of "thừa ủy quyền của X". One verb shared by two awards
("X tặng Cờ thi đua cho 3 tập thể và Bằng khen cho 12 ...") or by ';'-list items opening with
the verb ("...; tặng Giấy khen cho 10 tập thể") shares its issuer; a list item that gives counts
without an award word takes the type (and issuer) of the previous item. A grant to a named
collective without a count ("Nhân dân và cán bộ xã X được tặng Bằng khen") counts 1. Counts of
"tập thể"/"cá nhân" are read anywhere in a grant clause; "người", "cán bộ", "đơn vị" and
recipients named by role (persons: "trưởng ban", "hội viên", "đoàn viên", "công an viên" ...;
units: "chi hội", "chi đoàn", "xã" ...) only where grants name recipients ("cho N người", "N
đồng chí được ..."); families are not counted. Names listed after a count ("cho 3 tập thể: A,
B và C") are the recipients when there are exactly as many. "X khen thưởng|biểu dương|tuyên
dương N tập thể" without an award word is type "Khác" (``typed`` False: dropped where a typed
grant has the same figures, and a "N tập thể và M cá nhân" pair repeating an award's figures
is never a statistic); "khen thưởng N ..., trong đó ..." is a total of the
grants that follow, neither a grant nor a statistic. An award word in quotes ('"Bằng
khen"') names the word, it grants nothing.

Grant at the event or honours of the past (``AwardMention.at_event``) — the rule:

1. a sentence that says where the grant happens ("Dịp này", "Tại hội nghị", "Nhân dịp",
   "tại buổi lễ", ...) is a grant at the event;
2. a sentence that counts over a period ("10 năm qua", "qua 10 năm", "trong 5 năm", "năm
   qua", "giai đoạn 2015-2020", "giai đoạn này/qua", "thời gian qua", "từ năm 2016 đến nay",
   "nhiệm kỳ", "trong năm 2022", or one opening "Năm 2022, ...")
   is a grant only when an explicit issuer actively grants ("UBND huyện X đã tặng giấy khen
   cho 22 tập thể"): the issuer made those grants and the report accounts for them. A passive
   count of honours received over the period ("38 tập thể được tặng Bằng khen") is a
   statistic, not a grant;
3. a proposal ("đề nghị", "đề xuất", "sẽ") or an honour received before ("đã từng được",
   "nhiều lần được", "đã được" without rule 1) is not a grant at the event;
4. anything else is a grant at the event (captions "Trao Bằng khen ... cho ...").

Statistics: "Giấy chứng nhận" grants are awards (type "Khác"), land/business certificates are
not; a counter word alone ("giảm 3 vụ", "sửa chữa 21 căn") takes the phrase before the number
(and the noun of the sentence's previous count); "từ A% xuống còn B%" labels both rates by the
subject; "chiếm N%" after a count is the share of that count's noun; "N% số X đạt ..." keeps the
verb phrase; a fraction of a whole ("1/3 số xã"), a number opening a short quoted name ('"3
cứng"'), the bound of a target ("không còn ... dưới 10 tiêu chí") and the honourees counted again
("Biểu dương 45 điển hình" = the sum of the event's grants) are not statistics; "mỗi căn 50
triệu đồng" is a per-unit amount.

Everything is regex-based, windows are bounded, so the cost is linear in the text length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tomtat.schemas import AwardType
from tomtat.text.numbers import (
    DIGIT_COUNT,
    FIGURE,
    MAX_COUNT_DIGITS,
    NUMBER_WORDS,
    WORD_NUMBER,
    parse_count,
    parse_number_words,
    read_figure,
)
from tomtat.text.segment import Clause, iter_clauses, iter_sentences, sentence_clauses
from tomtat.text.vocab import (
    AWARD_WORDS,
    BOTH_NOUNS,
    COLLECTIVE_NOUNS,
    COUNTED_AWARD_WORDS,
    INDIVIDUAL_NOUNS,
    ISSUER_HEADS,
    OTHER_AWARD_WORDS,
    QUALIFIERS,
)

__all__ = [
    "AwardMention",
    "Clause",
    "StatMention",
    "find_award_mentions",
    "find_statistics",
    "iter_clauses",
    "iter_sentences",
    "parse_count",
]

_MAX_CLAUSE = 4000  # longer "clauses" (no punctuation at all) are cut into windows


def _lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset (true of Vietnamese), else None."""
    low = text.lower()
    return low if len(low) == len(text) else None


# --- award vocabulary ----------------------------------------------------------------------

_TYPE_RE = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(f"(?P<{w.group}>{w.pattern})" for w in AWARD_WORDS)
    + "|(?P<other>"
    + "|".join(OTHER_AWARD_WORDS)
    + r"))(?!\w)"
)
_TYPE_RE_LOW = re.compile(_TYPE_RE.pattern.replace("(?i)", ""))
_AWARD_HINT = re.compile(
    r"khen|chương|cờ\s+thi|danh\s+hiệu|biểu\s+dương|tuyên\s+dương|chứng\s+nhận"
)
_GROUP_TYPE = {**{w.group: w.type for w in AWARD_WORDS}, "other": AwardType.KHAC}
# Types whose proper name follows the type word ("Kỷ niệm chương Vì sự nghiệp ...").
_NAMED_TYPES = frozenset({AwardType.KY_NIEM_CHUONG, AwardType.HUAN_CHUONG, AwardType.KHAC})

_COLLECTIVE, _INDIVIDUAL, _BOTH = COLLECTIVE_NOUNS, INDIVIDUAL_NOUNS, BOTH_NOUNS
_COUNT_RE = re.compile(
    rf"(?i)(?<![\w.,/])(?P<num>{DIGIT_COUNT}|{WORD_NUMBER})(?![\w,/]\d)[^\S\n]+"
    r"(?:lượt[^\S\n]+)?"
    rf"(?:(?P<both>{_BOTH})|(?P<coll>{_COLLECTIVE})|(?P<ind>{_INDIVIDUAL})"
    r"|(?P<type>" + "|".join(COUNTED_AWARD_WORDS) + r"))(?!\w)"
)
_COUNT_RE_LOW = re.compile(_COUNT_RE.pattern.replace("(?i)", ""))

_ISSUER_HEAD = re.compile(r"(?<!\w)" + ISSUER_HEADS + r"(?!\w)")
_VERB_RE = re.compile(
    r"(?i)(?<!\w)(?:trao\s+tặng|tặng\s+thưởng|trao\s+thưởng|khen\s+thưởng|tặng|trao|"
    r"phong\s+tặng|truy\s+tặng|công\s+nhận)(?!\w)"
)
_PASSIVE_RE = re.compile(r"(?i)(?<!\w)được(?!\w)")
_RECEIVE_RE = re.compile(r"(?i)(?<!\w)(?:được|đón\s+nhận|nhận)(?!\w)")
_SUBJECT_TAIL = re.compile(
    r"(?i)(?:\s+(?:đã|vinh\s+dự|cũng|đều|được|tiếp\s+tục|lần\s+thứ\s+\w+))+$"
)

_EVENT_MARKER = re.compile(
    r"(?i)(?<!\w)(?:dịp\s+này|nhân\s+dịp|tại\s+hội\s+nghị|tại\s+buổi|tại\s+lễ|tại\s+chương"
    r"\s+trình|trong\s+dịp|tại\s+đại\s+hội|tại\s+hội\s+thảo|tại\s+ngày\s+hội|hội\s+nghị\s+đã"
    r"|ban\s+tổ\s+chức|buổi\s+lễ|lễ\s+trao|cũng\s+tại|tại\s+đây)(?!\w)"
)
_PERIOD_MARKER = re.compile(
    r"(?i)(?<!\w)(?:\d+\s+năm\s+qua|qua\s+\d+\s+năm|trong\s+\d+\s+năm|sau\s+\d+\s+năm"
    r"|(?:những|các|nhiều|trong)?\s*năm\s+qua|giai\s+đoạn\s+\d{4}|nhiệm\s+kỳ"
    r"|từ\s+năm\s+\d{4}|từ\s+\d{4}\s+đến|\d+\s+năm\s+thực\s+hiện|\d+\s+năm\s+triển\s+khai"
    r"|trong\s+năm\s+\d{4}|giai\s+đoạn\s+(?:này|qua|vừa\s+qua|trước)|thời\s+gian\s+qua"
    r"|thời\s+gian\s+vừa\s+qua|những\s+năm\s+gần\s+đây|nhiệm\s+kỳ\s+qua|\d+\s+năm\s+(?:liền"
    r"|gần\s+đây)|từ\s+năm\s+\d{4}\s+đến\s+nay|từ\s+trước\s+đến\s+nay)(?!\w)"
)
# "Năm 2022, Công an huyện được Bộ Công an tặng Bằng khen": what happened during a year
_YEAR_OPENER = re.compile(r"\s*(?:Trong\s+)?[Nn]ăm\s+\d{4}\s*,")
_NOT_NOW_RE = re.compile(
    r"(?i)(?<!\w)(?:đề\s+nghị|đề\s+xuất|sẽ|từng\s+được|nhiều\s+lần\s+được|đã\s+được"
    r"|liên\s+tục\s+được|nhiều\s+năm\s+liền)(?!\w)"
)

# Words that end an issuer phrase read after "của"/"do" or before a verb.
_ISSUER_STOP = re.compile(
    r"(?i)(?:\s*[,;:(“\"]|\s+(?:cho|vì|đã|đạt|có|do|được|tặng|trao|trong|tại|về|nhân|nhằm"
    r"|năm\s+\d{4}|năm|khen\s+thưởng|và\s+(?:các|những|nhiều|\d|được|cá\s+nhân|tập\s+thể"
    r"|bằng\s+khen|giấy\s+khen|k[ỷỉ]\s+niệm|cờ|huân|huy|thư\s+khen))(?!\w)|\s*$)"
)
_NAME_WINDOW_STOP = re.compile(
    r"(?i)(?<!\w)(?:cho|được|tặng|trao|đã|và\s+(?:các|những|\d|bằng|giấy|k[ỷỉ]|cờ|huân))(?!\w)"
    r"|[,;:\d]"
)
_NAME_WINDOW_STOP_PLAIN = re.compile(
    r"(?i)(?<!\w)(?:cho|được|tặng|trao|đã|vì|có|đạt|và\s+(?:các|những|\d|bằng|giấy|k[ỷỉ]|cờ"
    r"|huân))(?!\w)|[,;:\d]"
)
_OF_RE = re.compile(r"(?i)(?<!\w)(?:của|do)\s+")
_LEADING_NOISE = re.compile(
    r"^(?:(?:đã|vừa|cũng|đồng\s+thời|tiếp\s+tục|long\s+trọng|chính\s+thức)\s+)+", re.I
)
_TRAILING_NOISE = re.compile(
    r"(?:\s+(?:đã|vừa|cũng|đồng\s+thời|tiếp\s+tục|long\s+trọng|chính\s+thức))+$", re.I
)
_RECIPIENT_STOP = re.compile(
    r"(?i)\s*[,;:(]|\s+(?:vì|đã|có|đạt|do|trong|tại|về|nhằm|với|nhân\s+dịp)(?!\w)|\s*$"
)
_RECIPIENT_BAD_START = re.compile(
    r"(?i)^(?:các|những|nhiều|một\s+số|mỗi|tập\s+thể|cá\s+nhân|\d|đơn\s+vị\s+và|hội\s+nghị"
    r"|lãnh\s+đạo|đại\s+diện|thay\s+mặt|ông|bà|đồng\s+chí)(?!\w)"
)
_PERSON_RECIPIENT = re.compile(r"^(?:ông|bà|anh|chị|em|cháu|đồng\s+chí)\s+\w", re.I)

_MAX_ISSUER_WORDS = 14
_LOOKBACK = 160


# --- award mentions ------------------------------------------------------------------------


@dataclass(frozen=True)
class AwardMention:
    """One grant clause: a kind of award from an issuer, with the counts the text gives."""

    type: AwardType
    issuer: str | None
    collectives: int | None
    individuals: int | None
    total: int | None
    recipients: tuple[str, ...]
    start: int
    end: int
    quote: str
    count_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    at_event: bool = True
    typed: bool = True  # False: "biểu dương 24 tập thể" names no award word (type "Khác")


@dataclass
class _TypeHit:
    type: AwardType
    start: int
    end: int
    issuer: str | None = None
    issuer_active: bool = False
    counts: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # key -> value,s,e
    recipients: list[str] = field(default_factory=list)
    carried: bool = False
    untyped: bool = False


@dataclass
class _CountHit:
    key: str  # collectives | individuals | total
    value: int
    start: int
    end: int
    type_start: int | None = None  # a "45 giấy khen" count names its type


_CORE_NOUN = re.compile(r"(?i)tập\s+thể|cá\s+nhân")
_SLOT_BEFORE = re.compile(r"(?i)(?:(?<!\w)(?:cho|gồm|và|có|tặng|trao|thưởng)|[,:;(])\s*$")
_SLOT_AFTER = re.compile(r"(?i)[^.;,]{0,40}?(?<!\w)được(?!\w)")


def _grant_slot(text: str, num_start: int, noun_end: int) -> bool:
    """Whether a count of "người"/"cán bộ"/"đơn vị"... sits where grants name recipients."""
    if _SLOT_BEFORE.search(text, max(0, num_start - 12), num_start):
        return True
    return _SLOT_AFTER.match(text, noun_end, noun_end + 50) is not None


def _count_hits(text: str, start: int, end: int, low: str | None = None) -> list[_CountHit]:
    hits: list[_CountHit] = []
    matches = (
        _COUNT_RE_LOW.finditer(low, start, end)
        if low is not None
        else _COUNT_RE.finditer(text, start, end)
    )
    for match in matches:
        value = parse_count(match.group("num"))
        if value is None:
            continue
        num_start, num_end = match.start("num"), match.end("num")
        noun = match.group("coll") or match.group("ind")
        if noun and not _CORE_NOUN.match(noun) and not _grant_slot(text, num_start, match.end()):
            continue  # "cứu 20 người": only "tập thể"/"cá nhân" count anywhere in the clause
        if match.group("both"):
            hits.append(_CountHit("total", value, num_start, num_end))
        elif match.group("coll"):
            hits.append(_CountHit("collectives", value, num_start, num_end))
        elif match.group("ind"):
            hits.append(_CountHit("individuals", value, num_start, num_end))
        else:
            hits.append(_CountHit("total", value, num_start, num_end, match.start("type")))
    return hits


def _type_hits(text: str, start: int, end: int, low: str | None = None) -> list[_TypeHit]:
    hits: list[_TypeHit] = []
    matches = (
        _TYPE_RE_LOW.finditer(low, start, end)
        if low is not None
        else _TYPE_RE.finditer(text, start, end)
    )
    for match in matches:
        group = match.lastgroup or "other"
        award_type = _GROUP_TYPE[group]
        if group == "other" and match.group().lower().startswith("danh"):
            # "danh hiệu" is an honour only when granted ("tặng danh hiệu", "công nhận ...")
            before = text[max(start, match.start() - 30) : match.start()]
            if not _VERB_RE.search(before):
                continue
        if (
            match.start() > 0
            and text[match.start() - 1] in "\"'“‘"
            and text[match.end() : match.end() + 1] in ('"', "'", "”", "’")
            and text[match.end() : match.end() + 1]
        ):
            continue  # the word quoted ('"Bằng khen"'), not a grant of it
        hits.append(_TypeHit(award_type, match.start(), match.end()))
    return hits


def _clean_phrase(phrase: str) -> str:
    phrase = phrase.strip(" \t\n,.;:-–\"“”'‘’()")
    phrase = _LEADING_NOISE.sub("", phrase)
    phrase = _TRAILING_NOISE.sub("", phrase)
    return " ".join(phrase.split())


def _issuer_after(text: str, pos: int, end: int, award_type: AwardType) -> str | None:
    """Issuer written after the type: "Bằng khen của Bộ Công an", "... do UBND tỉnh trao"."""
    window_end = min(end, pos + 220)
    stop_re = _NAME_WINDOW_STOP if award_type in _NAMED_TYPES else _NAME_WINDOW_STOP_PLAIN
    of = _OF_RE.search(text, pos, window_end)
    if of is None:
        return None
    stop = stop_re.search(text, pos, of.start())
    if stop is not None:
        return None
    issuer_start = of.end()
    head = _ISSUER_HEAD.match(text, issuer_start, window_end)
    if head is None:
        return None
    stop_after = _ISSUER_STOP.search(text, head.end(), window_end)
    issuer_end = stop_after.start() if stop_after else window_end
    issuer = _clean_phrase(text[issuer_start:issuer_end])
    if not issuer or len(issuer.split()) > _MAX_ISSUER_WORDS:
        return None
    return issuer


def _issuer_before(text: str, clause_start: int, type_start: int) -> tuple[str | None, bool]:
    """Issuer written before the verb: "Cục V05 tặng ...", "được Bộ Công an tặng ...".

    Returns the issuer and whether the grant is active (issuer as subject of the verb).
    """
    window_start = max(clause_start, type_start - _LOOKBACK)
    verb = None
    for match in _VERB_RE.finditer(text, window_start, type_start):
        verb = match
    if verb is None:
        return None, False
    between = text[verb.end() : type_start]
    if between.strip() and not re.fullmatch(r"\s*(?:\d[\d.]*\s*|lượt\s+)*", between):
        return None, False
    # the phrase before the verb, back to the last comma / clause start
    segment_start = window_start
    for sep in re.finditer(r"[,:(]|\s-\s", text[window_start : verb.start()]):
        segment_start = window_start + sep.end()
    segment = text[segment_start : verb.start()]
    passive = None
    for match in _PASSIVE_RE.finditer(segment):
        passive = match
    if passive is not None:
        agent_start = segment_start + passive.end()
        while agent_start < verb.start() and text[agent_start].isspace():
            agent_start += 1
        head = _ISSUER_HEAD.match(text, agent_start, verb.start())
        if head is None:
            return None, False
        issuer = _clean_phrase(text[head.start() : verb.start()])
        return (issuer or None), False
    head = _ISSUER_HEAD.search(text, segment_start, verb.start())
    if head is None:
        return None, False
    # the issuer must run up to the verb: no lowercase clause words in between
    issuer = _clean_phrase(text[head.start() : verb.start()])
    if not issuer or len(issuer.split()) > _MAX_ISSUER_WORDS:
        return None, False
    return issuer, True


def _named_recipient(text: str, clause_start: int, hit: _TypeHit, clause_end: int) -> str | None:
    """A named collective or person receiving a grant without a count."""
    # passive: "Nhân dân và cán bộ xã X (đã) được (Bộ Công an) tặng bằng khen"
    window_start = max(clause_start, hit.start - _LOOKBACK)
    before = text[window_start : hit.start]
    passive = None
    for match in _RECEIVE_RE.finditer(before):
        passive = match
    if passive is not None and _CEREMONY_TAIL.search(before, 0, passive.start()):
        passive = None  # "X tổ chức lễ đón nhận Huân chương ... cho Y": the name of the ceremony
    if passive is not None:
        subject_end = window_start + passive.start()
        subject_start = window_start
        for sep in re.finditer(r"[,:(]", text[window_start:subject_end]):
            subject_start = window_start + sep.end()
        subject = _clean_phrase(text[subject_start:subject_end])
        subject = _SUBJECT_TAIL.sub("", subject)
        if subject and subject[0].isupper() and not _RECIPIENT_BAD_START.match(subject):
            if len(subject.split()) <= 16 and not _VERB_RE.search(subject):
                return subject
        return None
    # active: "... tặng Bằng khen (của X) cho Công an xã Y"
    window_end = min(clause_end, hit.end + 220)
    cho = re.compile(r"(?i)(?<!\w)cho\s+").search(text, hit.end, window_end)
    if cho is None or _TYPE_RE.search(text, hit.end, cho.start()):
        return None
    following = _TYPE_RE.search(text, cho.end(), window_end)
    if following is not None:  # "cho Phòng X và Huân chương ... cho 2 cá nhân": the next grant
        window_end = following.start()
    stop = _RECIPIENT_STOP.search(text, cho.end(), window_end)
    recipient = _clean_phrase(text[cho.end() : stop.start() if stop else window_end])
    recipient = _TRAILING_AND.sub("", recipient)
    if not recipient or not recipient[0].isupper() or _RECIPIENT_BAD_START.match(recipient):
        if recipient and _PERSON_RECIPIENT.match(recipient):
            return recipient
        return None
    if len(recipient.split()) > 16:
        return None
    return recipient


_CEREMONY_TAIL = re.compile(r"(?i)(?<!\w)tổ\s+chức\s+(?:buổi\s+)?lễ\s*$")
_TRAILING_AND = re.compile(r"(?i)\s+(?:và|cùng)$")
_LIST_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")
_LIST_END = re.compile(r"(?i)\s+(?:vì|đã|có\s+thành\s+tích|do|với)(?!\w)|[.;(]")


def _listed_recipients(text: str, hit: _TypeHit, clause_end: int) -> list[str]:
    """Names listed after a count: "cho 3 tập thể: Công an xã A, Công an xã B và ..." -> the
    three names; kept only when the list has exactly as many names as the count says."""
    if len(hit.counts) != 1:
        return []
    value, _, count_end = next(iter(hit.counts.values()))
    if not 1 <= value <= 30:
        return []
    colon = text.find(":", count_end, min(clause_end, count_end + 60))
    if (
        colon < 0
        or _TYPE_RE.search(text, count_end, colon)
        or _COUNT_RE.search(text, count_end, colon)
    ):
        return []
    window_end = min(clause_end, colon + 1 + min(60 * value, 900))
    stop = _LIST_END.search(text, colon + 1, window_end)
    items = [
        _clean_phrase(item)
        for item in _LIST_SPLIT.split(text[colon + 1 : stop.start() if stop else window_end])
    ]
    items = [item for item in items if item]
    if len(items) != value:
        return []
    for item in items:
        if not (item[0].isupper() or _PERSON_RECIPIENT.match(item)) or len(item.split()) > 12:
            return []
    return items


def _assign_counts(types: list[_TypeHit], counts: list[_CountHit], text: str) -> None:
    """Give each count to the award type of its stretch of the clause (linear merge)."""
    if not types:
        return
    ti = 0
    for count in counts:
        if count.type_start is not None:
            owner = next((t for t in types if t.start == count.type_start), None)
            if owner is not None:
                owner.counts.setdefault(count.key, (count.value, count.start, count.end))
                continue
        while ti + 1 < len(types) and types[ti + 1].start <= count.start:
            ti += 1
        if count.start < types[0].start:
            owner = types[0]
        elif ti + 1 < len(types):
            # between two types: "cho N" belongs to the earlier, "N ... được" to the later
            following = types[ti + 1]
            gap = text[count.end : following.start]
            owner = following if _PASSIVE_RE.search(gap) and "cho" not in gap else types[ti]
        else:
            owner = types[ti]
        if count.key in owner.counts:
            continue
        owner.counts[count.key] = (count.value, count.start, count.end)


def _markers(
    text: str,
    sentence: int,
    spans: dict[int, tuple[int, int]],
    cache: dict[int, tuple[bool, bool]],
) -> tuple[bool, bool]:
    """(event marker, period marker) of a sentence, computed once per sentence."""
    found = cache.get(sentence)
    if found is None:
        start, end = spans[sentence]
        found = (
            _EVENT_MARKER.search(text, start, end) is not None,
            _PERIOD_MARKER.search(text, start, end) is not None
            or _YEAR_OPENER.match(text, start, end) is not None,
        )
        cache[sentence] = found
    return found


def _at_event(markers: tuple[bool, bool], hit: _TypeHit, before_type: str) -> bool:
    event_marker, period_marker = markers
    if event_marker:
        return True
    if period_marker:
        return hit.issuer_active
    if _NOT_NOW_RE.search(before_type):
        return False
    return True


def find_award_mentions(text: str) -> list[AwardMention]:
    """Every grant clause of ``text``, in text order, not deduplicated (see module doc)."""
    mentions: list[AwardMention] = []
    low = _lowered(text)
    hints = [m.start() for m in _AWARD_HINT.finditer(low if low is not None else text.lower())]
    if not hints:
        return mentions
    clauses: list[Clause] = []
    for number, (s_start, s_end) in enumerate(iter_sentences(text)):
        first = bisect.bisect_left(hints, s_start)
        if first < len(hints) and hints[first] < s_end:
            clauses.extend(sentence_clauses(text, number, s_start, s_end))
    sentence_spans: dict[int, tuple[int, int]] = {}
    for clause in clauses:
        s = sentence_spans.get(clause.sentence)
        sentence_spans[clause.sentence] = (
            (clause.start, clause.end) if s is None else (s[0], clause.end)
        )
    previous: tuple[int, _TypeHit] | None = None  # (sentence, last hit) for ';' lists
    sentence_markers: dict[int, tuple[bool, bool]] = {}
    all_types: list[_TypeHit] = []
    all_counts: list[_CountHit] = []
    for s_start, s_end in sentence_spans.values():
        all_types.extend(_type_hits(text, s_start, s_end, low))
        all_counts.extend(_count_hits(text, s_start, s_end, low))
    ti = ci = 0
    for clause in clauses:
        while ti < len(all_types) and all_types[ti].start < clause.start:
            ti += 1
        while ci < len(all_counts) and all_counts[ci].start < clause.start:
            ci += 1
        types = []
        while ti < len(all_types) and all_types[ti].start < clause.end:
            if all_types[ti].end <= clause.end:
                types.append(all_types[ti])
            ti += 1
        counts = []
        while ci < len(all_counts) and all_counts[ci].start < clause.end:
            if all_counts[ci].end <= clause.end:
                counts.append(all_counts[ci])
            ci += 1
        if not types and not counts:
            if previous is not None and previous[0] != clause.sentence:
                previous = None
            continue
        if not types and counts:
            types = _untyped_grant(text, clause, counts, previous, sentence_spans, sentence_markers)
        if not types:
            if previous is not None and previous[0] != clause.sentence:
                previous = None
            continue
        for i, hit in enumerate(types):
            if hit.carried:
                continue
            issuer = _issuer_after(text, hit.end, clause.end, hit.type)
            before_issuer, active = _issuer_before(text, clause.start, hit.start)
            proxy = _ON_BEHALF.search(text, max(clause.start, hit.start - _LOOKBACK), hit.start)
            if proxy and not issuer and _ISSUER_HEAD.match(proxy.group("x")):
                # "Thừa ủy quyền của Chủ tịch nước, Thứ trưởng X trao Huân chương ...":
                # the honour is the Chủ tịch nước's; the speaker only presents it
                before_issuer, active = _clean_phrase(proxy.group("x")), True
            hit.issuer = issuer or before_issuer
            hit.issuer_active = active and before_issuer is not None
            prior = types[i - 1] if i else None
            if (
                hit.issuer is None
                and prior is not None
                and prior.issuer_active
                and not _VERB_RE.search(text, prior.end, hit.start)
            ):
                # "Chủ tịch UBND tỉnh tặng Cờ thi đua cho 3 tập thể và Bằng khen cho 12 ...":
                # one verb, one issuer, two awards
                hit.issuer, hit.issuer_active = prior.issuer, True
            elif (
                hit.issuer is None
                and i == 0
                and previous is not None
                and previous[0] == clause.sentence
                and previous[1].issuer_active
                and _VERB_RE.match(text, clause.start, hit.start)
            ):
                # "X tặng Bằng khen cho 3 tập thể; tặng Giấy khen cho 10 tập thể": the list
                # item opens with the verb, its subject is the previous item's
                hit.issuer, hit.issuer_active = previous[1].issuer, True
        _assign_counts(types, counts, text)
        markers = _markers(text, clause.sentence, sentence_spans, sentence_markers)
        for hit in types:
            if not hit.counts:
                recipient = _named_recipient(text, clause.start, hit, clause.end)
                if recipient:
                    hit.recipients.append(recipient)
            else:
                hit.recipients.extend(_listed_recipients(text, hit, clause.end))
            at_event = _at_event(
                markers, hit, text[max(clause.start, hit.start - _LOOKBACK) : hit.start]
            )
            mentions.append(_to_mention(text, clause, hit, at_event))
        previous = (clause.sentence, types[-1])
    return mentions


_ON_BEHALF = re.compile(r"(?i)(?<!\w)thừa\s+(?:ủy|uỷ)\s+quyền\s+(?:của\s+)?(?P<x>[^,;]{3,80}),")
_KHEN_THUONG = re.compile(r"(?i)(?<!\w)(?:khen\s+thưởng|biểu\s+dương|tuyên\s+dương)(?!\w)")
_OVERALL_AFTER = re.compile(r"(?i)[\s,]*trong\s+đó(?!\w)")
_OVERALL_RE = re.compile(r"(?i)(?<!\w)khen\s+thưởng(?!\w)[^.;\n]{0,120}?,\s*trong\s+đó(?!\w)")


def _untyped_grant(
    text: str,
    clause: Clause,
    counts: list[_CountHit],
    previous: tuple[int, _TypeHit] | None,
    sentence_spans: dict[int, tuple[int, int]],
    sentence_markers: dict[int, tuple[bool, bool]],
) -> list[_TypeHit]:
    """Counts in a clause without an award word: a ';'-list item or "X khen thưởng N ..."."""
    if not any(c.key in ("collectives", "individuals") for c in counts):
        return []
    verb = _KHEN_THUONG.search(text, clause.start, counts[0].start)
    own = _ISSUER_HEAD.match(text, clause.start, clause.end) if verb else None
    if verb is not None and own is not None and own.start() < verb.start():
        # "...; UBND quận X khen thưởng 4 tập thể, 9 cá nhân": the item names its own issuer
        # and grants without an award word, so it does not take the previous item's type
        hit = _TypeHit(AwardType.KHAC, verb.end(), verb.end(), untyped=True)
        hit.issuer = _clean_phrase(text[clause.start : verb.start()]) or None
        hit.issuer_active = hit.issuer is not None
        hit.carried = True
        return [hit]
    if previous is not None and previous[0] == clause.sentence:
        prior = previous[1]
        issuer = _carried_issuer(text, clause) or prior.issuer
        hit = _TypeHit(prior.type, clause.start, clause.start, issuer, prior.issuer_active)
        hit.carried = True
        return [hit]
    verb = _KHEN_THUONG.search(text, clause.start, clause.end)
    if verb is None:
        return []
    if verb.start() > counts[0].start and not _PASSIVE_RE.search(
        text, counts[-1].end, verb.start()
    ):
        return []  # "15 tập thể, 32 cá nhân được UBND huyện khen thưởng" is read; others not
    if _OVERALL_AFTER.match(text, clause.end):
        return []  # "khen thưởng 6 tập thể ..., trong đó X tặng ...": a total of the grants after
    hit = _TypeHit(AwardType.KHAC, verb.end(), verb.end(), untyped=True)
    _, active = _issuer_before(text, clause.start, hit.start)
    event_marker = _markers(text, clause.sentence, sentence_spans, sentence_markers)[0]
    if not (active or event_marker):
        return []  # "công tác khen thưởng ... 120 lượt": a report, not a grant
    return [hit]


def _carried_issuer(text: str, clause: Clause) -> str | None:
    """Issuer of a ';'-list item without an award word: "UBND tỉnh cho 30 tập thể"."""
    head = _ISSUER_HEAD.match(text, clause.start, clause.end)
    if head is None:
        return None
    stop = re.compile(r"(?i)\s+(?:cho|tặng|trao)(?!\w)|\s*[,:]").search(
        text, head.end(), clause.end
    )
    if stop is None:
        return None
    issuer = _clean_phrase(text[clause.start : stop.start()])
    return issuer or None


def _to_mention(text: str, clause: Clause, hit: _TypeHit, at_event: bool) -> AwardMention:
    values: dict[str, int | None] = {"collectives": None, "individuals": None, "total": None}
    spans: dict[str, tuple[int, int]] = {}
    for key, (value, start, end) in hit.counts.items():
        values[key] = value
        spans[key] = (start, end)
    if values["total"] is not None and (
        values["collectives"] is not None or values["individuals"] is not None
    ):
        # "45 giấy khen cho 20 tập thể và 25 cá nhân": the split wins, the total is checked
        if (values["collectives"] or 0) + (values["individuals"] or 0) == values["total"]:
            values["total"] = None
            spans.pop("total", None)
    recipients = tuple(hit.recipients)
    if recipients and not hit.counts:
        key = "individuals" if _PERSON_RECIPIENT.match(recipients[0]) else "collectives"
        values[key] = len(recipients)
    return AwardMention(
        type=hit.type,
        issuer=hit.issuer,
        collectives=values["collectives"],
        individuals=values["individuals"],
        total=values["total"],
        recipients=recipients,
        start=clause.start,
        end=clause.end,
        quote=text[clause.start : clause.end],
        count_spans=spans,
        at_event=at_event,
        typed=not hit.untyped,
    )


# --- statistics ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StatMention:
    """A counted fact: ``value`` ``unit`` of ``label`` ("618 tổ an ninh nhân dân")."""

    label: str
    value: int | float
    unit: str | None
    qualifier: str | None
    start: int
    end: int
    quote: str


_UNIT_RE = re.compile(
    r"[^\S\n]*(?:(?P<pct>%|phần\s+trăm)|(?P<money>đồng|VNĐ|VND|đ)(?!\w)"
    r"|(?P<unit>km2|km²|km|m2|m²|m3|ha|kg|tấn|lít|USD|đô\s+la)(?!\w))",
    re.I,
)
_DURATION_AFTER = re.compile(
    r"(?i)[^\S\n]+(?:năm|tháng|tuần|ngày|giờ|phút|giây|thập\s+kỷ|thế\s+kỷ|tuổi)(?!\w)(?![^\S\n]+công)"
)
_LABEL_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_LABEL_STOP_WORDS = frozenset(
    {
        "với", "tại", "ở", "trong", "của", "cho", "được", "đã", "là", "có", "để", "từ",
        "đến", "thuộc", "trên", "và", "nhằm", "gồm", "như", "về", "theo", "do", "khi",
        "qua", "cùng", "bằng", "so", "hoặc", "hay", "nhưng", "mà", "thì", "vào", "tới",
        "đạt", "trở", "lên", "sau", "trước", "này", "đó", "kia", "nay", "đang",
        "sẽ", "vẫn", "còn", "cũng", "đều", "bị", "phải",
    }
)  # fmt: skip
_LABEL_START_BAD = frozenset(
    {"năm", "tháng", "ngày", "giờ", "phút", "lần", "trong", "đến", "và", "trên", "hay"}
)
_MAX_LABEL_WORDS = 5
_MAX_LABEL_WORDS_NAMED = 10
_OPEN_QUOTES = "“\"'‘«"
_CLOSE_QUOTES = {"“": "”", '"': '"', "'": "'", "‘": "’", "«": "»"}


def _excluded_spans(text: str, mentions: list[AwardMention]) -> list[tuple[int, int]]:
    """Award counts of the event (and totals of them): numbers that are not statistics."""
    spans: list[tuple[int, int]] = []
    for mention in mentions:
        if mention.at_event:
            spans.extend(mention.count_spans.values())
    if "trong đó" in text.lower():
        # "khen thưởng 6 tập thể, 12 cá nhân, trong đó ...": totals of the grants that follow
        spans.extend((m.start(), m.end()) for m in _OVERALL_RE.finditer(text))
    pairs = {
        (m.collectives, m.individuals)
        for m in mentions
        if m.at_event and m.collectives is not None and m.individuals is not None
    }
    if pairs:
        # "Hội nghị đã biểu dương 24 tập thể và 37 cá nhân" beside the grant of those figures:
        # the award's counts told again, not a statistic
        for pair in _PAIR_RE.finditer(text):
            c, i = parse_count(pair.group("c")), parse_count(pair.group("i"))
            if (c, i) in pairs:
                spans.append((pair.start(), pair.end()))
        if "gồm" in text.lower() or "trong đó" in text.lower():
            for split in _SPLIT_TOTAL_RE.finditer(text):
                c, i = parse_count(split.group("c")), parse_count(split.group("i"))
                n = parse_count(split.group("n"))
                if (c, i) not in pairs or c is None or i is None or n != c + i:
                    continue
                # "cho 32 điển hình, gồm 12 tập thể, 20 cá nhân": the total of the grant, and
                # the same "32 điển hình" anywhere else (the headline) tells it again
                again = re.compile(
                    rf"(?<![\w.,]){re.escape(split.group('n'))}[^\S\n]+{re.escape(split.group('noun'))}"
                )
                spans.extend((m.start(), m.end()) for m in again.finditer(text))
    spans.extend(_honoree_spans(text, mentions))
    spans.sort()
    return spans


_HONOUR_VERB = re.compile(r"(?i)(?<!\w)(?:biểu\s+dương|tuyên\s+dương|vinh\s+danh)(?!\w)")
_COUNT_NOUN = re.compile(
    r"(?<![\w.,/])(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\d.,/]\d)[^\S\n]+[^\W\d_]"
)


def _honoree_spans(text: str, mentions: list[AwardMention]) -> list[tuple[int, int]]:
    """ "Biểu dương 45 điển hình" where the event's grants add up to 45: the honourees counted
    again, in a sentence that says biểu dương/tuyên dương/vinh danh, are not a statistic."""
    at_event = [m for m in mentions if m.at_event]
    if not at_event:
        return []
    typed_counts = {(m.collectives, m.individuals, m.total) for m in at_event if m.typed}
    seen: set[tuple[object, ...]] = set()
    total = 0
    for m in at_event:
        key = (m.type, m.issuer, m.collectives, m.individuals, m.total)
        if key in seen or (not m.typed and key[2:] in typed_counts):
            continue  # the same grant told twice, or an untyped repeat of a typed grant
        seen.add(key)
        if m.total is not None and m.collectives is None and m.individuals is None:
            total += m.total
        else:
            total += (m.collectives or 0) + (m.individuals or 0)
    if total < 2:
        return []
    spans: list[tuple[int, int]] = []
    for s_start, s_end in iter_sentences(text):
        if not _HONOUR_VERB.search(text, s_start, s_end):
            continue
        for match in _COUNT_NOUN.finditer(text, s_start, s_end):
            if parse_count(match.group("n")) == total:
                spans.append((match.start(), match.end("n")))
    return spans


_SPLIT_TOTAL_RE = re.compile(
    r"(?i)(?<![\w.,])(?P<n>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+(?P<noun>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?)"
    r"[^\d\n;.]{0,60}?,?[^\S\n]*(?:bao[^\S\n]+gồm|gồm(?:[^\S\n]+có)?|trong[^\S\n]+đó(?:[^\S\n]+có)?)[^\S\n]+"
    r"(?P<c>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+tập[^\S\n]+thể[^\S\n]*(?:,|và)"
    r"[^\S\n]*(?P<i>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+cá[^\S\n]+nhân(?!\w)"
)
_PAIR_RE = re.compile(
    r"(?i)(?<![\w.,])(?P<c>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+tập[^\S\n]+thể[^\S\n]*(?:,|và)"
    r"[^\S\n]*(?P<i>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+cá[^\S\n]+nhân(?!\w)"
)


def _in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans):
            s, e = spans[j]
            if s < end and start < e:
                return True
    return False


_WORD_BEFORE = re.compile(r"([^\W\d_]+)([^\S\n]*)$")
_EXCLUDE_WORDS = frozenset(
    """số thứ hạng khóa khoá điều khoản mục phần kỳ tầng trang lúc ngày tháng năm quý tuần lớp
    đợt tổ khu ấp thôn xóm bản buôn quận phường đường km lô phòng căn nhà chương nhóm cấp độ
    bước tuổi mã phiên top hệ kiểu loại mẫu version v đoàn đội khối tòa toà dãy ca kíp""".split()
)
_EXCLUDE_PAIRS = frozenset(
    {
        "lần thứ", "quốc lộ", "tỉnh lộ", "giai đoạn", "đề án", "dự án", "chỉ thị", "nghị quyết",
        "kế hoạch", "quyết định", "thông tư", "nghị định", "chương trình", "công văn",
        "hướng dẫn", "thông báo", "kết luận", "quy định", "chuyên đề", "văn bản", "tờ trình",
        "công điện", "chỉ đạo", "đạo luật",
    }
)  # fmt: skip


def _words_before(text: str, pos: int) -> list[str]:
    """Up to two words right before ``pos``; "" marks punctuation (or the start) in between.

    ``["gần", "như"]`` for "... gần như 100"; ``["", "Có"]`` for ". Có 5 xã".
    """
    words: list[str] = []
    cursor = pos
    for _ in range(2):
        window_start = max(0, cursor - 40)
        match = _WORD_BEFORE.search(text, window_start, cursor)
        if match is None:
            words.insert(0, "")
            break
        words.insert(0, match.group(1))
        cursor = match.start()
    return words


def _excluded_by_word(before: list[str]) -> bool:
    last = before[-1].lower()
    if last in _EXCLUDE_WORDS:
        return True
    return len(before) > 1 and f"{before[-2].lower()} {last}" in _EXCLUDE_PAIRS


def _label_after(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """Noun phrase after a number: up to 5 words, a quoted name kept whole."""
    words: list[str] = []
    cursor = pos
    end = pos
    while cursor < limit and len(words) < _MAX_LABEL_WORDS_NAMED:
        while cursor < limit and text[cursor] != "\n" and text[cursor].isspace():
            cursor += 1
        if len(words) >= _MAX_LABEL_WORDS and not (
            words[-1][:1].isupper()
            or (text[cursor : cursor + 1].isupper() and any(w[:1].isupper() for w in words))
        ):
            break  # past 5 words only a name runs on: "Ban Công tác Mặt trận Tổ quốc"
        if cursor < limit and text[cursor] in _OPEN_QUOTES and (words or cursor > pos):
            close = _CLOSE_QUOTES[text[cursor]]
            close_at = text.find(close, cursor + 1, min(limit, cursor + 120))
            if close_at > cursor:
                quoted = text[cursor + 1 : close_at].strip(" .,")
                if quoted:
                    words.append(quoted)
                end = close_at + 1
            break
        match = _LABEL_WORD.match(text, cursor, limit)
        if match is None:
            break
        word = match.group()
        lower = word.lower()
        compound = _LABEL_COMPOUND.match(text, match.start(), limit)
        if compound is not None:  # "4.500 ngày công", "126 bị hại": nouns, not stop words
            words.append(" ".join(compound.group().split()))
            cursor = end = compound.end()
            continue
        if lower in _LABEL_STOP_WORDS and words:
            break
        if not words and (lower in _LABEL_STOP_WORDS or lower in _LABEL_START_BAD):
            return None
        words.append(word)
        cursor = end = match.end()
    if not words:
        return None
    return " ".join(words), end


_LABEL_COMPOUND = re.compile(
    r"(?i)(?:ngày[^\S\n]+công|bị[^\S\n]+hại|người[^\S\n]+bị[^\S\n]+hại)(?!\w)"
)
# "từ 300 triệu đồng/năm trở lên": a threshold, not a fact
_THRESHOLD_AFTER = re.compile(r"(?i)[^.;,\n]{0,40}?(?<!\w)trở[^\S\n]+(?:lên|xuống)(?!\w)")
# "tăng 3,2% so với năm trước": the change is labelled by its comparison
_CHANGE_AFTER = re.compile(r"(?i)[^\S\n]+(?P<cmp>so[^\S\n]+với[^\S\n]+[^,.;:()\n]{2,40})")
_GENERIC_LABELS = frozenset({"người", "lượt", "trường hợp", "đơn vị"})
_TOTAL_BEFORE = re.compile(r"(?i)(?<!\w)(?:tổng\s+)?số\s+[^\W\d_]+")
_BEFORE_TRIM = frozenset(
    {"đạt", "chiếm", "tăng", "giảm", "hơn", "trên", "gần", "khoảng", "như", "lên", "tới", "là"}
)
_MONEY_KEYS = re.compile(
    r"(?i)(?<!\w)(?:số\s+tiền|tổng\s+kinh\s+phí|kinh\s+phí|trị\s+giá|giá\s+trị|nguồn\s+vốn"
    r"|tiền)(?!\w)"
)


_MONEY_PURPOSE = re.compile(
    r"(?i)[^\S\n]+cho[^\S\n]+(?:các[^\S\n]+|những[^\S\n]+)?(?P<what>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,4})"
)
_RATE_KEYS = re.compile(r"(?i)(?<!\w)(?:tỷ|tỉ)\s+lệ(?!\w)")


def _label_before(text: str, pos: int, *, money: bool = False) -> str | None:
    """Noun phrase before a number: "tỷ lệ ... (đạt) 95%", "với số tiền gần 5 tỷ đồng".

    It starts at the last "tỷ lệ" (or money word: "số tiền", "kinh phí" ...) when there is one.
    """
    window_start = max(0, pos - 80)
    window = text[window_start:pos]
    cut = max(window.rfind(ch) for ch in ",;:.()\n")
    window = window[cut + 1 :]
    keys = list((_MONEY_KEYS if money else _RATE_KEYS).finditer(window))
    if keys:
        key = keys[-1]
        head = window[: key.start()]
        window = window[key.start() :]
        if money and re.fullmatch(r"(?i)trị\s+giá|giá\s+trị", key.group()):
            # "thu hồi tài sản trị giá 4 tỷ đồng": what is worth it comes before the key
            lead = [w for w in _LABEL_WORD.findall(head) if w.lower() not in _LABEL_STOP_WORDS]
            window = " ".join([*lead[-4:], window])
    words = _LABEL_WORD.findall(window)
    trim = _LABEL_STOP_WORDS | _BEFORE_TRIM
    while words and words[-1].lower() in trim:
        words.pop()
    words = words[: _MAX_LABEL_WORDS + 3] if keys else words[-_MAX_LABEL_WORDS:]
    while words and words[0].lower() in trim:
        words.pop(0)
    return " ".join(words) or None


def _verb_phrase(label: str) -> str:
    """The verb of "Tỉnh đã chi" / "Hội hỗ trợ": the label less its subject and auxiliaries."""
    words = label.split()
    while len(words) > 1 and (words[0][:1].isupper() or words[0].lower() in _LABEL_STOP_WORDS):
        words.pop(0)
    return " ".join(words)


def find_statistics(text: str, *, mentions: list[AwardMention] | None = None) -> list[StatMention]:
    """The numeric facts of ``text`` other than award counts, dates, years and references.

    ``mentions`` are the text's award mentions when the caller has them already.
    """
    if mentions is None:
        mentions = find_award_mentions(text)
    excluded = _excluded_spans(text, mentions)
    stats: list[StatMention] = []
    n = len(text)
    for match in FIGURE.finditer(text):
        start, end = match.start(), match.end()
        raw = match.group("num")
        if len(raw) > MAX_COUNT_DIGITS or _in_spans(excluded, start, end):
            continue
        if len(raw) == 4 and "1900" <= raw <= "2100" and not match.group("frac"):
            continue  # a year: Vietnamese writes the count 2.022 with a dot
        if start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(“\"'‘[":
            continue  # glued to something: "Covid-19", "(V05)" handled by the regex
        before = _words_before(text, start)
        if before and before[-1] != "" and _excluded_by_word(before):
            if not (
                len(before) > 1 and before[-2].lower() == "mỗi" and _PER_UNIT_AFTER.match(text, end)
            ):
                continue  # "mỗi căn 50 triệu đồng": a rate per unit, not a house number
        if _in_quoted_name(text, start, end):
            continue
        if before and before[-1][:1].isupper() and before[-1].lower() not in QUALIFIERS:
            # "Ban Chỉ đạo 138", "Quận 1": a name; a capitalised sentence opener is fine
            if len(before) > 1 and before[-2] != "":
                continue
        if _DURATION_AFTER.match(text, end):
            continue
        if before and before[-1].lower() == "từ" and _THRESHOLD_AFTER.match(text, end):
            continue
        if (
            before
            and before[-1].lower() == "dưới"
            and _TARGET_BEFORE.search(text, max(0, start - 120), start)
        ):
            continue  # "không còn xã dưới 10 tiêu chí": the bound of a target, not a fact
        read = read_figure(text, match)
        if read is None:
            continue
        value, cursor = read
        unit: str | None = None
        unit_match = _UNIT_RE.match(text, cursor)
        label: str | None = None
        stat_end = cursor
        if unit_match:
            stat_end = unit_match.end()
            if unit_match.group("pct"):
                unit = "%"
                after = _label_after(text, stat_end, min(n, stat_end + 200))
                label = after[0] if after else _label_before(text, start)
                share_of = _SHARE_OF_VERB.match(text, stat_end)
                if share_of is not None:
                    # "100% số xã đạt chuẩn nông thôn mới": the verb phrase names the share
                    rest = _label_after(text, share_of.end(), min(n, share_of.end() + 200))
                    if rest is not None:
                        share_head = " ".join(share_of.group("head").split())
                        label = f"{share_head} {rest[0]}"
                moved = _moved_rate_label(text, start, stat_end)
                if moved is not None:
                    label = moved
                elif not label and before and before[-1].lower() == "chiếm":
                    share = _share_of_label(text, start)
                    label = f"tỷ lệ {share}" if share else None
                change = _CHANGE_AFTER.match(text, stat_end)
                if not label and before and before[-1].lower() in ("tăng", "giảm") and change:
                    label = f"{before[-1].lower()} {change.group('cmp').strip()}"
            elif unit_match.group("money"):
                unit = "đồng"
                after = _label_after(text, stat_end, min(n, stat_end + 200))
                label = _label_before(text, start, money=True) or (after[0] if after else "tiền")
                purpose = _MONEY_PURPOSE.match(text, stat_end)
                if purpose and label and not _MONEY_KEYS.search(label):
                    # "Tỉnh đã chi 4 tỷ đồng cho các chế độ ...": the purpose names the money
                    verb = _verb_phrase(label)
                    label = f"{verb} cho {' '.join(purpose.group('what').split())}"
            else:
                unit = " ".join(unit_match.group("unit").split())
                after = _label_after(text, stat_end, min(n, stat_end + 200))
                label = after[0] if after else _label_before(text, start)
        else:
            after = _label_after(text, cursor, min(n, cursor + 200))
            if after is None:
                continue
            label, stat_end = after
            if label.lower() in _CLASSIFIERS:
                label = _classifier_label(text, start, stat_end, label, before, stats)
            elif label.lower() in _GENERIC_LABELS:
                # "nâng tổng số hội viên lên 63.450 người": the count is of what comes before
                head = _label_before(text, start)
                if head and _TOTAL_BEFORE.search(head):
                    label = head
        if not label:
            continue
        qualifier = None
        stat_start = start
        if before and before[-1]:
            last = before[-1].lower()
            if last == "như" and len(before) > 1 and before[-2].lower() == "gần":
                qualifier = "gần như"
            elif last in QUALIFIERS:
                qualifier = last
            if qualifier is not None:
                stat_start = text.rfind(qualifier.split()[0], max(0, start - 16), start)
                if stat_start < 0 or text[stat_start:start].lower().split() != qualifier.split():
                    found = text.lower().rfind(qualifier.split()[0], max(0, start - 16), start)
                    stat_start = found if found >= 0 else start
        stats.append(
            StatMention(
                label, value, unit, qualifier, stat_start, stat_end, text[stat_start:stat_end]
            )
        )
    stats.extend(_word_statistics(text, excluded))
    # "73/126 địa bàn": the numerator takes the denominator's label
    return _ratio_numerators(text, sorted(stats, key=lambda s: s.start), excluded)


# --- labels for shapes the noun after the number does not name ------------------------------

# "Tai nạn giao thông giảm 3 vụ", "sửa chữa 21 căn": a counter word alone names nothing
_TARGET_BEFORE = re.compile(r"(?i)(?<!\w)(?:không\s+còn|phấn\s+đấu|mục\s+tiêu)(?!\w)[^.;\n]*$")
_SHARE_OF_VERB = re.compile(
    r"(?i)[^\S\n]+(?P<head>số[^\S\n]+[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+(?:đạt|được|có))[^\S\n]+"
)
_CLASSIFIERS = frozenset({"vụ", "căn", "chiếc", "con", "cái", "ngôi", "suất", "bộ", "tấm"})
_PER_UNIT_AFTER = re.compile(
    r"(?i)(?:[^\S\n]*(?:tỷ|tỉ|triệu|nghìn|ngàn))?[^\S\n]*(?:đồng|VNĐ|VND|đ|%|m2|m²|ha|kg|tấn)(?!\w)"
)
# "giảm từ 61,2% xuống còn 38,4%": both rates are of the subject before "giảm/tăng từ"
_MOVED_RATE = re.compile(
    r"(?i)(?<!\w)(?P<verb>tăng|giảm)?[^\S\n]*từ[^\S\n]+(?P<a>\d+(?:,\d+)?)[^\S\n]*%[^\S\n]+"
    r"(?:xuống|lên)(?:[^\S\n]+(?:còn|mức|đến|tới))?[^\S\n]+(?P<b>\d+(?:,\d+)?)[^\S\n]*%"
)
_LAST_COUNT = re.compile(r"(?<![\w.,/])\d+(?:[.,/]\d+)*(?!.*\d)", re.S)
_QUOTED_NAME = re.compile(r"[\"“‘'](?P<body>[^\"”’'\n]{1,30})[\"”’']")


def _classifier_label(
    text: str, start: int, end: int, word: str, before: list[str], stats: list[StatMention]
) -> str:
    """Label of "<subject> giảm 3 vụ" / "xây 64 căn nhà X, sửa chữa 21 căn": the phrase before
    the number, with the noun the counter stood for in the sentence's previous count."""
    head = _label_before(text, start)
    if not head:
        return word
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start))
    noun = ""
    for prev in reversed(stats):
        if prev.start <= sentence_start:
            break
        words = prev.label.split()
        if len(words) > 1 and words[0].lower() == word.lower():
            noun = " ".join(words[1:])
            break
    verb = before[-1].lower() if before and before[-1].lower() in ("tăng", "giảm") else ""
    if not noun and len(head.split()) < 2:
        noun = word  # "trao 200 suất": the verb alone names nothing either
    label = " ".join(x for x in (noun, head, verb) if x)
    change = _CHANGE_AFTER.match(text, end)
    if verb and change:
        label = f"{label} {change.group('cmp').strip()}"
    return label


def _moved_rate_label(text: str, start: int, end: int) -> str | None:
    """ "Tỷ lệ hộ nghèo giảm từ 12% xuống còn 8%": the subject for both rates, else None."""
    window_start = max(0, start - 60)
    for match in _MOVED_RATE.finditer(text, window_start, min(len(text), end + 60)):
        if not (match.start("a") == start or match.start("b") == start):
            continue
        head = _label_before(text, match.start())
        if not head:
            return None
        if match.start("b") == start:
            verb = (match.group("verb") or "").lower()
            return (
                f"{head} {verb} còn".replace("  ", " ")
                if verb == "giảm"
                else f"{head} {verb} lên".replace("  ", " ")
            )
        return head
    return None


def _share_of_label(text: str, pos: int) -> str | None:
    """ "52/94 xã đạt chuẩn, chiếm 55,3%": the noun of the count before the comma."""
    comma = text.rfind(",", max(0, pos - 20), pos)
    if comma < 0:
        return None
    window_start = max(0, comma - 160)
    window = text[window_start:comma]
    cut = max(window.rfind(ch) for ch in ".;:\n")
    window_start += cut + 1
    match = _LAST_COUNT.search(text, window_start, comma)
    if match is None:
        return None
    after = _label_after(text, match.end(), comma)
    return after[0] if after else None


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    """'"3 cứng"', '"5 không, 3 sạch"': a number opening a short quoted name is no count."""
    if start == 0 or text[start - 1] not in "\"“‘'":
        return False
    match = _QUOTED_NAME.match(text, start - 1)
    return match is not None and not _UNIT_RE.match(text, end)


_WORD_STAT = re.compile(
    r"(?i)(?<!\w)(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)"
    rf"(?:[^\S\n]+(?:{NUMBER_WORDS})(?!\w))+"
)
_WORD_STAT_HINT = re.compile(r"(?i)(?<!\w)(?:mươi|mười|trăm)(?!\w)")


def _word_statistics(text: str, excluded: list[tuple[int, int]]) -> list[StatMention]:
    """Counts spelled out in words ("ba trăm hai mươi tổ tự quản"); two words at least, so
    "hai bên" or "năm 2023" are never read as numbers."""
    found: list[StatMention] = []
    if not _WORD_STAT_HINT.search(text):
        return found
    for match in _WORD_STAT.finditer(text):
        start, end = match.start(), match.end()
        if _in_spans(excluded, start, end) or _DURATION_AFTER.match(text, end):
            continue
        before = _words_before(text, start)
        if before and before[-1] and _excluded_by_word(before):
            continue
        value = parse_number_words(match.group())
        if not isinstance(value, int) or value < 2:
            continue
        after = _label_after(text, end, min(len(text), end + 200))
        if after is None:
            continue
        label, stat_end = after
        found.append(StatMention(label, value, None, None, start, stat_end, text[start:stat_end]))
    return found


_RATIO_RE = re.compile(r"(?<![\w.,/\-])(\d{1,6})/(\d{1,6})(?![\d/]|[.,]\d)")


def _is_date(text: str, start: int, end: int) -> bool:
    """Whether "a/b" at ``start`` is a date ("ngày 5/1 UBND ..."), by :mod:`tomtat.text.dates`."""
    from tomtat.text.dates import find_dates

    window_start = max(0, start - 48)
    window = text[window_start : min(len(text), end + 8)]
    return any(d.start + window_start == start for d in find_dates(window))


def _ratio_numerators(
    text: str, stats: list[StatMention], excluded: list[tuple[int, int]]
) -> list[StatMention]:
    """ "73/126 địa bàn cấp xã": two facts, 73 and 126, both labelled by the noun after."""
    extra: list[StatMention] = []
    candidates = []
    for match in _RATIO_RE.finditer(text):
        if _in_spans(excluded, match.start(), match.end()):
            continue
        before = _words_before(text, match.start())
        if before and before[-1] and _excluded_by_word(before):
            continue  # "xếp thứ 5/63 tỉnh", "Quyết định 12/QĐ" ...
        after = _label_after(text, match.end(), min(len(text), match.end() + 200))
        if after is not None:
            candidates.append((match, after))
    date_starts: set[int] | None = None
    if len(candidates) > 16:  # many: one pass over the text beats a window per candidate
        from tomtat.text.dates import find_dates

        date_starts = {d.start for d in find_dates(text)}
    for match, after in candidates:
        if date_starts is not None:
            if match.start() in date_starts:
                continue
        elif _is_date(text, match.start(), match.end()):
            continue
        label, end = after
        if label.lower().startswith("số "):
            continue  # "1/3 số xã", "2/3 số hộ": a fraction of a whole, not two counts
        quote = text[match.start() : end]
        for group in (1, 2):
            extra.append(
                StatMention(label, int(match.group(group)), None, None, match.start(), end, quote)
            )
    if not extra:
        return stats
    return sorted([*stats, *extra], key=lambda s: s.start)
