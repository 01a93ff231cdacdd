"""The lead of a report: the sentence that says a meeting was held, its organiser, its kinds.

"Chiều 5/1, UBND huyện Đức Trọng tổ chức tổng kết ... năm 2022 và triển khai ... năm 2023."
"""

from __future__ import annotations

import re
from functools import lru_cache

from tomtat.extract.rules.people import body_of_one_official, opens_with_post
from tomtat.schemas import EventKind
from tomtat.text.dates import MAX_YEAR, MIN_YEAR, DateMention, find_dates, find_year_ranges
from tomtat.text.gazetteer import find_bare_cities, find_places
from tomtat.text.levels import level_unit_pattern
from tomtat.text.lowered import lowered, may_hold, word_start_alternation_twin, word_start_twin
from tomtat.text.metadata import run_in_tag
from tomtat.text.segment import iter_sentences
from tomtat.text.vocab import (
    CEREMONY_NOUNS,
    DOCUMENT_NOUNS,
    FUTURE_WORDS,
    LOCAL_BODIES,
    PRIZE_NOUNS,
    RANKS,
)

LEAD_SCAN = 6000  # the lead is near the top; never scan a megabyte for it

MEETING_VERB = re.compile(
    r"(?i)(?<!\w)(?:(?:đã|vừa|long\s+trọng|chính\s+thức|trang\s+trọng|cũng)\s+)*"
    r"(?P<verb>tổ\s+chức|diễn\s+ra|khai\s+mạc|họp\s+mặt|gặp\s+mặt|tổng\s+kết|sơ\s+kết"
    r"|triển\s+khai|phát\s+động|ra\s+mắt|tuyên\s+dương|biểu\s+dương"
    r"|tiến\s+hành\s+(?:họp|phiên)|họp\s+phiên"
    # "HĐND xã X khóa IV họp lần thứ nhất", "Ban Chấp hành họp kỳ thứ 5": a numbered sitting
    r"|họp\s+(?:lần|kỳ|kì)\s+thứ)(?!\w)"
)

_MEETING_NOUN = re.compile(
    rf"(?i)(?<!\w)(?:hội\s+nghị|{CEREMONY_NOUNS}|tổng\s+kết|sơ\s+kết|họp\s+mặt"
    r"|giao\s+ban|phát\s+động|tuyên\s+dương|họp\s+(?:phiên|(?:lần|kỳ|kì)\s+thứ)"
    r"|biểu\s+dương|hội\s+thi|hội\s+trại|liên\s+hoan|bế\s+mạc|ra\s+mắt|triển\s+khai"
    r"|k[ỷỉ]\s+niệm(?!\s+chương)"
    # "Cục Thuế tỉnh đã tổ chức khen thưởng ...", "tổ chức trao Huy chương ...": an
    # award-giving held is a ceremony
    r"|tổ\s+chức\s+(?:trao(?!\s+đổi)|khen\s+thưởng))(?!\w)"
)

# an undated lead must say that a meeting was held: the verb names the meeting right after it
# ("tổ chức Hội nghị ...", "khai mạc Đại hội ..."), not "tổ chức triển khai nhiều mô hình"
_HELD_MEETING = re.compile(
    r"(?i)(?<!\w)(?:tổ\s+chức|khai\s+mạc|diễn\s+ra)(?:\s+(?:thành\s+công|trọng\s+thể))?\s+"
    r"(?:hội\s+nghị|lễ|buổi|ngày\s+hội|đại\s+hội|k[ỷỉ]\s+niệm(?!\s+chương)|hội\s+thảo"
    r"|liên\s+hoan|bế\s+mạc"
    r"|tọa\s+đàm|toạ\s+đàm|họp\s+mặt|gặp\s+mặt|chương\s+trình|(?:tổng|sơ)\s+kết"
    # "Công an huyện X đã tổ chức ra mắt mô hình ...": a launch held; "tổ chức tuyên dương
    # 80 học sinh", "tổ chức khen thưởng các lực lượng": an honouring held is a ceremony
    r"|ra\s+mắt|(?P<honour>(?:tuyên|biểu)\s+dương|(?:khen|trao)\s+thưởng))(?!\w)"
    # "UBND huyện X vừa tổng kết 10 năm ...", "Công an xã đã tiến hành sơ kết ...": a body that
    # has just reviewed, or went about a review, held the meeting
    r"|(?<!\w)(?:vừa|mới|tiến\s+hành)\s+(?:tổ\s+chức\s+)?(?:tổng|sơ)\s+kết(?!\w)"
)

# "chỉ đạo các xã tổ chức sơ kết ...", "sẽ tổ chức tổng kết": a meeting asked for or planned,
# not one held
_NOT_HELD_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|hướng\s+dẫn|sẽ|cần|dự\s+kiến|kế\s+hoạch"
    r"|chuẩn\s+bị|tiến\s+tới)(?!\w)[^,;.]{0,60}$"
)

# "Lễ tôn vinh ... sẽ được tổ chức ngày 12/10", "dự kiến diễn ra vào sáng 5/3": a meeting to
# come, in the clause of its verb (a dated announcement reports no meeting held)
_FUTURE_BEFORE = re.compile(
    rf"(?i)(?<!\w)(?:{'|'.join(FUTURE_WORDS)})(?:\s+(?:được|chính\s+thức))?\s*$"
)

# "các phường đều tổ chức Ngày hội": each of many units held its own, a tally, not one meeting
_TALLIED_BEFORE = re.compile(r"(?i)(?<!\w)đều\s+(?:đã\s+)?$")

# "Sáng 15/8, Thứ trưởng X đã tham dự Ngày hội ...": a dated visit says the meeting was held
# (the visitor is not its organiser: the organiser is read after a meeting verb only)
_ATTEND = re.compile(r"(?i)(?<!\w)(?:tham\s+dự|đến\s+dự|về\s+dự|dự)(?!\w)")

# "Thủ tướng X đến dự lễ kỷ niệm ...": a guest's coming says a ceremony was held (after the
# sentences that say who held one; "Tham dự hội nghị có ..." lists guests and is not one)
_CAME_TO_MEETING = re.compile(
    r"(?i)(?<!\w)(?:đến|về|tới)\s+(?:tham\s+)?dự\s+(?:lễ|hội\s+nghị|đại\s+hội|ngày\s+hội|buổi\s+lễ)"
    r"(?!\w)"
)

# "Dự hội nghị có ông X, Chủ tịch UBND tỉnh ...": a guest list opening a text that tells
# nothing else of its meeting still says one was held (the very last resort)
_GUEST_LIST = re.compile(
    r"(?i)\W*(?:(?:đến|về|tới)\s+)?(?:tham\s+)?dự\s+(?:buổi\s+)?"
    r"(?:lễ|hội\s+nghị|đại\s+hội|ngày\s+hội)"
    r"(?:\s+\w+){0,8}?\s+(?:có|gồm)(?!\w)"
)

# "Phát biểu tại đại hội, ông X ...", "... được biểu dương tại hội nghị": the last resort
_AT_MEETING_ANYWHERE = re.compile(
    r"(?i)(?<!\w)tại\s+(?:buổi\s+)?(?:lễ|hội\s+nghị|đại\s+hội|ngày\s+hội)(?!\w)"
)

# "Phát biểu với hội nghị, ...", "Kết thúc hội nghị, ...": a sentence that speaks to a meeting
# or tells its close says one was held (a last resort, as "tại hội nghị")
_SPOKEN_TO_MEETING = re.compile(
    r"(?i)(?<!\w)(?:với|kết\s+thúc|bế\s+mạc)\s+(?:buổi\s+)?(?:lễ|hội\s+nghị|đại\s+hội|ngày\s+hội)"
    r"(?!\w)"
)

# "Tại buổi lễ, ...", "Tại Lễ kỷ niệm ..., ...": a sentence set at a ceremony says one was held
_AT_CEREMONY = re.compile(
    r"(?i)\W*tại\s+(?:buổi\s+)?(?:lễ|hội\s+nghị|đại\s+hội|ngày\s+hội|buổi\s+gặp\s+mặt)(?!\w)"
)

# "Trong không khí sôi nổi của Ngày hội ..., X tổ chức ...": a sentence set in a ceremony's
# atmosphere says one was held
_IN_ATMOSPHERE = re.compile(
    r"(?i)\W*trong\s+không\s+khí(?:\s+\w+){0,3}?\s+(?:của\s+)?[\"“”']?\s*"
    r"(?:lễ|ngày\s+hội|đại\s+hội|hội\s+nghị|k[ỷỉ]\s+niệm(?!\s+chương))(?!\w)"
)

# a headline naming a ceremony: "Lễ kỷ niệm ...", "X trao Huân chương cho Y"
_TITLE_CEREMONY = re.compile(
    r"(?i)\W*(?:lễ|k[ỷỉ]\s+niệm(?!\s+chương))(?!\w)|.{1,80}?\s(?:đón\s+nhận|trao(?:\s+tặng)?)"
    r"\s+(?:huân\s+chương|huy\s+chương|cờ\s+thi\s+đua|danh\s+hiệu|bằng\s+khen)"
)

_HAS_DIGIT = re.compile(r"\d")

_SOURCE_TAG = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*[-–—:]?|[A-ZĐ][A-ZĐ.]{1,12}\s*[-–—:])\s*")

_TIME_ADVERBIAL = re.compile(
    r"(?i)(?:vừa\s+qua|mới\s+đây|hôm\s+qua|hôm\s+nay|gần\s+đây|cuối\s+tuần\s+qua"
    r"|trong\s+(?:ngày|tuần|tháng)\s+qua|sáng\s+nay|chiều\s+nay|tối\s+nay)\s*,\s*"
)

# "Vào lúc ..., tại UBND phường X tổ chức Lễ ...": a body written as the place, with no comma
# before the verb, is the host ("tại Hội trường UBND xã, ..." is a hall, not a body)
_AT_BODY = re.compile(rf"(?i)(?:tại|ở)\s+(?={LOCAL_BODIES}\s)")

# "tại Hội trường Sở X đã diễn ra hội nghị ...": with no one said to hold it, a meeting that
# takes place in a body's own hall or seat is that body's (a verb of happening, not "tổ chức")
_AT_HALL = re.compile(r"(?i)(?:tại|ở)\s+(?:hội\s+trường|trụ\s+sở)\s+(?:của\s+)?(?=(?-i:[A-ZĐ]))")

_HAPPENS = re.compile(r"(?i)(?<!\w)(?:diễn\s+ra|khai\s+mạc)(?!\w)")

_TAI_PREFIX = re.compile(r"(?i)(?:tại|ở)\s+[^,]{1,120},\s*")

# "tại xã Tân Hà, huyện Lâm Hà, Công an huyện ...", "tại nhà văn hóa thôn 3, xã Hòa Phú, Ban
# Chỉ đạo ...": the place runs on over its higher units
_PLACE_CONT = re.compile(
    r"(?i)(?:huyện|tỉnh|thị\s+xã|thành\s+phố|TP\.?|quận|xã|phường|thị\s+trấn)\s+[^,]{1,60},\s*"
)

_TAKES_PLACE = re.compile(r"(?i)(?<!\w)diễn\s+ra(?!\w)")

# a phrase naming a place by its unit ("TP Hà Giang", "huyện X", "xã Y")
_PLACE_START = re.compile(
    r"(?i)(?:huyện|tỉnh|thị\s+xã|thành\s+phố|TP\.?|quận|xã|phường|thị\s+trấn)\s+(?-i:[A-ZĐ])"
)


# "tổ chức chương trình ...": a programme is the event only in a dated lead sentence
_PROGRAMME_NOUN = re.compile(r"(?i)(?<!\w)(?<!ban\s)tổ\s+chức\s+chương\s+trình(?!\w)")

# "X đã long trọng tổ chức", "X và Y phối hợp tổ chức", "X đăng cai tổ chức": the adverbs
# before the verb
_VERB_PREFIX = re.compile(
    r"(?i)(?:\s+(?:đã|vừa|long\s+trọng|chính\s+thức|trang\s+trọng|cũng|phối\s+hợp|tiến\s+hành"
    r"|đăng\s+cai|vinh\s+dự))+\s*$"
)

# the verbs that may come before an act of handing an honour over in the same clause ("có thư
# khen và khen thưởng", "gửi thư khen và tặng quà", "đến khen thưởng": came to do it): the
# subject ends before them
_GIVER_ENDS = re.compile(r"(?i)\s+(?:có|gửi|đến)(?:\s|$)")

_EVENT_NOUN_START = re.compile(
    r"(?i)(?:hội\s+nghị|lễ|buổi|ngày\s+hội|đại\s+hội|chương\s+trình)(?!\w)"
)

_TITLE_EVENT = re.compile(
    r"(?i)(?<!\w)(?:hội\s+nghị|tổng\s+kết|sơ\s+kết|gặp\s+mặt|họp\s+mặt|lễ|ngày\s+hội"
    r"|biểu\s+dương|tuyên\s+dương)(?!\w)"
)

_DO_ORGANIZER = re.compile(r"(?i)(?<!\w)do\s+(?P<org>[^,;.]{3,160}?)\s+(?:tổ\s+chức|chủ\s+trì)")

_KIND_PATTERNS: tuple[tuple[EventKind, re.Pattern[str]], ...] = (
    # "xét thưởng thành tích tổng kết năm 2022": the achievements of a review, not a review
    (EventKind.TONG_KET, re.compile(r"(?i)(?<!thành\stích\s)(?<!\w)tổng\s+kết(?!\w)")),
    (EventKind.SO_KET, re.compile(r"(?i)(?<!\w)sơ\s+kết(?!\w)")),
    (
        # "tổng kết 10 năm triển khai thực hiện X": the implementation reviewed, not a launch;
        # but a new clause "...; triển khai thực hiện chương trình ..." launches one
        EventKind.TRIEN_KHAI,
        re.compile(
            r"(?i)(?:(?<!\w)và|[,;])\s+triển\s+khai(?!\w)"
            r"|(?<!\d\snăm\s)(?<!\d\stháng\s)(?<!\w)triển\s+khai(?!\w)(?!\s+thực\s+hiện)"
        ),
    ),
    (
        # a ceremony held to honour ("Lễ khen thưởng", "lễ trao thưởng") is a biểu dương as
        # much as a "Lễ tuyên dương"; a "lễ trao giải", "lễ trao tặng Huân chương" is not, nor
        # a "lễ trao thưởng" of a contest's or a named prize's winners (a prize-giving)
        EventKind.BIEU_DUONG,
        re.compile(
            r"(?i)(?<!hình\sthức\s)(?<!\w)(?:biểu|tuyên)\s+dương(?!\w)"
            r"|(?<!\w)lễ\s+(?:khen|trao)\s+thưởng(?!\w)"
            r"(?![^.;,\n]{0,40}?(?<!\w)(?:" + "|".join(PRIZE_NOUNS) + r")(?!\w))"
        ),
    ),
    (EventKind.GAP_MAT, re.compile(r"(?i)(?<!\w)(?:gặp|họp)\s+mặt(?!\w)")),
)
_KIND_WORDS: dict[EventKind, tuple[str, ...]] = {
    EventKind.TONG_KET: ("tổng",),
    EventKind.SO_KET: ("sơ",),
    EventKind.TRIEN_KHAI: ("triển",),
    EventKind.BIEU_DUONG: ("dương", "thưởng"),
    EventKind.GAP_MAT: ("mặt",),
}
"""For each kind of :data:`_KIND_PATTERNS`, the words (lower case) one of which every match
of its pattern holds: where the lower-cased copy (:func:`~tomtat.text.lowered.lowered`) of
a source holds none, the pattern cannot match it and is not tried."""


_TRIEN_KHAI_TAIL = r"\s+triển\s+khai(?!\w)"
_KIND_TWINS: dict[EventKind, re.Pattern[str]] = {
    EventKind.TRIEN_KHAI: re.compile(
        rf"và(?<!\wvà){_TRIEN_KHAI_TAIL}|,{_TRIEN_KHAI_TAIL}|;{_TRIEN_KHAI_TAIL}"
        r"|triển(?<!\d\snăm\striển)(?<!\d\stháng\striển)(?<!\wtriển)\s+khai(?!\w)"
        r"(?!\s+thực\s+hiện)"
    ),
}
r"""The twins of :data:`_KIND_PATTERNS` for the lower-cased copy, where one pays: the same
matches at the same offsets. The "triển khai" pattern opens with a group or look-behinds,
so the engine tried it at every position; its twin spells each branch out to open with a
letter or a mark ("(?:(?<!\w)và|[,;])" as "và(?<!\wvà)", ",", ";"; a look-behind before
"triển" moved after it, testing the same characters), in the same order, so that the
engine skips to those characters (a seventh of the time)."""


def _names_kind(
    kind: EventKind, pattern: re.Pattern[str], source: str, low: str | None
) -> re.Match[str] | None:
    """``pattern`` (the one of ``kind``) searched in ``source``; ``low``: the source
    lower-cased by :func:`~tomtat.text.lowered.lowered` (None: no such copy), which tells
    first whether it holds one of the kind's words at all, and where the kind has a twin
    (:data:`_KIND_TWINS`) is searched instead (only the match's offsets are read)."""
    if low is None:
        return pattern.search(source)
    if not any(word in low for word in _KIND_WORDS[kind]):
        return None
    twin = _KIND_TWINS.get(kind)
    return pattern.search(source) if twin is None else twin.search(low)


# what a review-and-plan meeting sets for the next period after the review it holds: "và
# triển khai nhiệm vụ năm 2023", "; phương hướng, nhiệm vụ năm 2016", "và đề ra phương hướng
# ...", "và phát động phong trào thi đua năm 2023" (strong words); "và kế hoạch ... năm 2021",
# "và nhiệm vụ năm 2023" (weak words: a plan only after a review that names its year, since
# "tổng kết thực hiện kế hoạch và nhiệm vụ năm 2022" reviews both)
_PLAN_CLAUSE = re.compile(
    r"(?i)(?:(?<!\w)và|,|;)\s+(?:"
    r"(?P<strong>(?:(?:đề\s+ra|xây\s+dựng|bàn|thảo\s+luận|thông\s+qua)\s+)"
    r"(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|chương\s+trình)|triển\s+khai|phương\s+hướng"
    r"|phát\s+động)"
    r"|(?P<weak>nhiệm\s+vụ|kế\s+hoạch|chương\s+trình\s+công\s+tác))(?!\w)"
)

_NAMED_YEAR = re.compile(r"(?i)(?<!\w)(?:năm(?:\s+học)?|giai\s+đoạn)\s+(?:19|20)\d{2}(?!\d)")


def plan_clause(obj: str, review_start: int) -> re.Match[str] | None:
    """The clause of ``obj`` after ``review_start`` (its review word) that sets the plan for
    the next period, if any; see ``_PLAN_CLAUSE``."""
    for plan in _PLAN_CLAUSE.finditer(obj, review_start):
        if plan.group("strong") or _NAMED_YEAR.search(obj, review_start, plan.start()):
            return plan
    return None


# how far into the lead's object a ceremony noun still names the meeting itself
_CEREMONY_REACH = 60

# a ceremony ("Lễ tuyên dương", "lễ đón nhận"), an anniversary, a congress, a festival; a
# "Lễ tổng kết" is a review (its kind says so) and a "kỷ niệm chương" is an award
_CEREMONY = re.compile(
    r"(?i)(?<!\w)(?:lễ(?!\s+(?:tổng|sơ)\s+kết)|k[ỷỉ]\s+niệm(?!\s+chương)|đại\s+hội"
    r"|ngày\s+hội|hội\s+thi|hội\s+trại|liên\s+hoan)(?!\w)"
)

ANNIVERSARY_COUNT = re.compile(r"(?i)(?<!\w)k[ỷỉ]\s+niệm\s+(?P<n>\d+)\s+năm(?!\w)")
"""An anniversary counted in years ("kỷ niệm 80 năm Ngày truyền thống ..."), the count in
group "n"."""

# an anniversary a meeting is held for: "họp mặt kỷ niệm 30 năm ...", "nhân (dịp) / chào
# mừng / hướng tới kỷ niệm 30 năm ..."; not one a guest or a member keeps ("đồng chí vừa
# kỷ niệm 60 năm tuổi Đảng")
_ANNIVERSARY_HELD = re.compile(
    r"(?i)(?:(?<!\w)(?:gặp|họp)\s+mặt\s+|(?<!\w)(?:nhân(?:\s+dịp)?|chào\s+mừng|hướng\s+tới)\s+)"
    r"(?:lễ\s+)?k[ỷỉ]\s+niệm\s+\d+\s+năm(?!\w)(?!\s+tuổi\s+đảng)"
)


def _held_for_anniversary(text: str, start: int, end: int) -> bool:
    """Whether the lead in ``text[start:end]`` says its meeting is held for an anniversary:
    the anniversary opens the lead ("Kỷ niệm 30 năm ..., X tổ chức gặp mặt") or is what the
    meeting marks (:data:`_ANNIVERSARY_HELD`)."""
    opening = start + after_tag(text[start:end])
    opening += len(text[opening:end]) - len(text[opening:end].lstrip())
    return (
        ANNIVERSARY_COUNT.match(text, opening, end) is not None
        or _ANNIVERSARY_HELD.search(text, start, end) is not None
    )


# a gặp mặt the head of the lead (or the headline) names the meeting as: also the
# get-together of an anniversary ("họp mặt kỷ niệm 67 năm ...": gặp mặt and khác)
_GAP_MAT_PROPER = re.compile(r"(?i)(?<!\w)(?:gặp|họp)\s+mặt(?!\w)")


# the twins of the lead's scans, for the lower-cased copy of the text (same matches, faster)
# only the offsets of a meeting verb are read: its twin needs no group (a spelt-out pattern
# could not name one group in each of its branches)
_MEETING_VERB_LOW = word_start_alternation_twin(
    re.compile(MEETING_VERB.pattern.replace("(?P<verb>", "(?:"))
)
_MEETING_NOUN_LOW = word_start_alternation_twin(_MEETING_NOUN)
_AT_MEETING_ANYWHERE_LOW = word_start_alternation_twin(_AT_MEETING_ANYWHERE)
_CAME_TO_MEETING_LOW = word_start_alternation_twin(_CAME_TO_MEETING)
_DO_ORGANIZER_LOW = word_start_twin(_DO_ORGANIZER)
_SPOKEN_TO_MEETING_LOW = word_start_alternation_twin(_SPOKEN_TO_MEETING)


# "Ban tổ chức" (an organising committee, or a party's Organisation Department) is a noun:
# its "tổ chức" is never the verb that holds a meeting
_COMMITTEE_BEFORE = re.compile(r"(?i)(?<!\w)ban\s+$")


def _verb_search(
    regex: re.Pattern[str], scanned: str, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """The first match of a meeting-verb ``regex`` in ``scanned[start:end]`` that is a verb,
    not the "tổ chức" of "Ban tổ chức" (``scanned`` may be the lower-cased copy: the same
    offsets)."""
    stop = len(scanned) if end is None else end
    verb = regex.search(scanned, start, stop)
    while (
        verb is not None
        and scanned[verb.start() : verb.start() + 2].lower() == "tổ"
        and _COMMITTEE_BEFORE.search(scanned, max(0, verb.start() - 6), verb.start())
    ):
        verb = regex.search(scanned, verb.end(), stop)
    return verb


@lru_cache(maxsize=8)  # per lead: the date, organiser and kind readers ask for its verb
def meeting_verb(text: str, start: int, end: int) -> re.Match[str] | None:
    """``MEETING_VERB.search(text, start, end)`` (past a "Ban tổ chức"), run on the article's
    kept lower-cased copy when it has one (the same offsets, a third of the time): read only
    its offsets, its groups hold the lower-cased words."""
    low = lowered(text)
    if low is None:
        return _verb_search(MEETING_VERB, text, start, end)
    return _verb_search(_MEETING_VERB_LOW, low, start, end)


_AS_OF = re.compile(r"(?i)(?<!\w)(?:tính\s+)?(?:đến|tới|từ)\s+(?:hết\s+)?(?:ngày\s+)?$")


# "16 - 18/10/2024", "16 đến 18/10": the days a meeting lasts, never an as-of date
_DAY_SPAN = re.compile(r"(?i)\d{1,2}\s*(?:[-–]|\s(?:và|đến|tới)\s)\s*\d{1,2}/")


def is_as_of(text: str, date: DateMention) -> bool:
    """ "Đến ngày 31/7/2025, 100% khu dân cư đã tổ chức ...": a deadline or an as-of date,
    not the day a meeting was held ("được tổ chức từ ngày 16 - 18/10" is the meeting's)."""
    if _DAY_SPAN.match(date.raw):
        return False
    start = date.context_start if date.context_start is not None else date.start
    before = text[max(0, start - 20) : date.start]
    return _AS_OF.search(before) is not None


# "Kế hoạch số 12 ngày 3/1/2023 của UBND tỉnh", "lời kêu gọi ngày 29/7 của Chủ tịch nước":
# a date followed by whose it is dates a document or a call, not a meeting
_WHOSE_AFTER = re.compile(r"\s*,?\s*của\s")

# "Kế hoạch số 15/KH-UBND ngày 3/12/2024", "Quyết định ngày 10/12": the date of a document
_DOCUMENT_DATED = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(DOCUMENT_NOUNS) + r")(?:\s+số\s+[\w/.\-]{1,30})?\s+ngày\s*$"
)


def after_tag(sentence: str) -> int:
    """Where the lead's own words begin: after the outlet's tag it opens with ("(PL)- ") or
    a headline run into it ("... ĐNO - "); 0 where it has none."""
    tag = _SOURCE_TAG.match(sentence) or run_in_tag(sentence)
    return tag.end() if tag else 0


def is_other_day(text: str, date: DateMention) -> bool:
    """Whether ``date`` (found in ``text``) is not the day a meeting was held: a deadline or
    an as-of date (:func:`is_as_of`), or the date of a document or a call, followed by
    whose it is ("Chỉ thị số 09 ngày 1/12/1983 của Ban Bí thư") or by its name ("Kế
    hoạch số 15 ngày 3/12")."""
    if date.part_of_day is not None:
        return is_as_of(text, date)  # "Chiều 14/3 của tuần trước": a meeting's, whoever follows
    return (
        is_as_of(text, date)
        or _WHOSE_AFTER.match(text, date.end) is not None
        or _DOCUMENT_DATED.search(text, max(0, date.start - 60), date.start) is not None
    )


def _set_at_ceremony(sentence: str) -> bool:
    """Whether the sentence opens at a ceremony ("Tại buổi lễ, ...") or in its atmosphere,
    after the outlet's tag a paragraph may open with ("(PL)- Tại lễ kỷ niệm ...")."""
    tag = _SOURCE_TAG.match(sentence)
    at = tag.end() if tag else 0
    return bool(_AT_CEREMONY.match(sentence, at) or _IN_ATMOSPHERE.match(sentence, at))


def _guest_comes(sentence: str, low: str | None) -> bool:
    """Whether a guest comes: "Thủ tướng X đến dự lễ", "Đến tham dự lễ trao thưởng, ông X ..."
    (not "Đến dự hội nghị có ...", a guest list).
    ``low``: the sentence lower-cased with the same offsets (its twin scan is faster), or None."""
    came = _CAME_TO_MEETING.search(sentence) if low is None else _CAME_TO_MEETING_LOW.search(low)
    if came is None:
        return False
    return bool(sentence[: came.start()].strip()) or _GUEST_LIST.match(sentence) is None


def _meeting_named(
    sentence: str, scanned: str, is_lowered: bool
) -> tuple[re.Match[str] | None, bool]:
    """The meeting verb of a sentence that names a meeting (or a programme), and whether it
    names only a programme; ``scanned`` is the sentence, lower-cased when ``is_lowered`` (the
    twins of the scans are faster there)."""
    programme_only = False
    if not (_MEETING_NOUN_LOW if is_lowered else _MEETING_NOUN).search(scanned):
        if not _PROGRAMME_NOUN.search(sentence):
            return None, False
        programme_only = True
    verb = _verb_search(_MEETING_VERB_LOW if is_lowered else MEETING_VERB, scanned)
    return verb or _ATTEND.search(sentence), programme_only


def find_lead(text: str, title: str | None) -> tuple[int, int] | None:
    """``(start, end)`` of the lead sentence: the first one saying a meeting took place.

    A dated sentence with a meeting noun and verb wins; else the first undated one whose verb
    names the meeting it holds; else the first one that hands an honour over on a part of a
    day, told before any guest or ceremony sentence ("Chiều 5/3, Công an huyện X trao tặng cờ
    Tổ quốc cho ...": the day of a ceremony, which the sentences set at it never tell); else
    one where a guest comes to it ("X đến dự lễ ..."); else the first sentence set at a
    ceremony ("Tại buổi lễ, ...", "Trong không khí của Ngày hội ..."); else any dated
    hand-over; else the first that refers to one ("Phát biểu tại đại hội, ..."), else a
    headline that names a ceremony ("Lễ kỷ niệm ...", "X trao Huân chương cho Y") where the
    text has it, else a guest list of one ("Dự hội nghị có ...").
    """
    limit = min(len(text), LEAD_SCAN)
    title_key = " ".join(title.split()) if title else None
    # the headline's longest word: a sentence without it is no copy of the headline
    title_word = max(title_key.split(" "), key=len) if title_key else ""
    fallback: tuple[int, int] | None = None
    at_ceremony: tuple[int, int] | None = None
    came: tuple[int, int] | None = None
    at_meeting: tuple[int, int] | None = None
    headline: tuple[int, int] | None = None
    guests: tuple[int, int] | None = None
    handed: tuple[int, int] | None = None
    handed_day: DateMention | None = None
    low = lowered(text)
    for start, end in iter_sentences(text):
        if start >= limit:
            break
        end = min(end, limit)
        sentence = text[start:end]
        # the sentence lower-cased, for the twins of the scans that only ask whether
        scanned = sentence if low is None else low[start:end]
        # (spacing only shrinks when normalised: a shorter sentence cannot be the headline)
        if (
            title_key
            and len(sentence) >= len(title_key)
            and title_word in sentence
            and " ".join(sentence.split()) == title_key
        ):
            if headline is None and _TITLE_CEREMONY.match(title_key):
                headline = (start, end)
            continue
        if at_ceremony is None and _set_at_ceremony(sentence):
            at_ceremony = (start, end)
        if came is None and _guest_comes(sentence, None if low is None else scanned):
            came = (start, end)
        if at_meeting is None and (
            (_AT_MEETING_ANYWHERE if low is None else _AT_MEETING_ANYWHERE_LOW).search(scanned)
            or (_SPOKEN_TO_MEETING if low is None else _SPOKEN_TO_MEETING_LOW).search(scanned)
        ):
            at_meeting = (start, end)
        if guests is None and _GUEST_LIST.match(sentence):
            guests = (start, end)
        verb, programme_only = _meeting_named(sentence, scanned, low is not None)
        if verb is None:
            if handed is None:
                act = hands_over(sentence, within=(text, start))
                handed_day = _dated_hand_over(sentence, act)
                told = handed_day is not None or _just_handed_over(sentence, act)
                handed = (start, end) if told else None
            continue
        # (no "đều" in the lowered copy before the verb: not tallied, no scan)
        if (low is None or scanned.find("đều", 0, verb.start()) >= 0) and _TALLIED_BEFORE.search(
            sentence, 0, verb.start()
        ):
            continue  # "18 chi hội đều tổ chức ... ngày 8/3": many meetings tallied
        if _is_dated(sentence) and not _FUTURE_BEFORE.search(sentence, 0, verb.start()):
            # not "Lễ ... sẽ được tổ chức ngày 12/10 tới đây": announced, not held
            return start, end
        if programme_only:
            continue
        if fallback is None and _held_here(sentence):
            fallback = (start, end)
    return fallback or _ranked_past_a_verb(
        handed, handed_day, came, at_ceremony, at_meeting, headline, guests
    )


def _ranked_past_a_verb(
    handed: tuple[int, int] | None,
    handed_day: DateMention | None,
    came: tuple[int, int] | None,
    at_ceremony: tuple[int, int] | None,
    *rest: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """The lead of a text whose sentences name no meeting held: a dated hand-over told first
    (:func:`_hand_over_first`), else a guest coming, a sentence set at a ceremony, any dated
    hand-over, then ``rest`` in order."""
    if _hand_over_first(handed, handed_day, came, at_ceremony):
        return handed
    return next((found for found in (came, at_ceremony, handed, *rest) if found), None)


# "ông X ... đã trao Huân chương Chiến công hạng Ba cho ... vào sáng 10-9": an honour handed
# over on a stated day is a ceremony held (not "ký quyết định tặng", a decision)
# an honour received at its ceremony ("X vinh dự đón nhận Huân chương ..."), a flag handed
# over ("trao tặng cờ Tổ quốc", "trao Cờ thi đua"), a reward of counted
# recipients ("khen thưởng nhiều cá nhân") and an ad-hoc reward ("khen thưởng đột xuất Phòng
# X") are ceremonies too
_HANDED_AWARD = re.compile(
    r"(?i)(?<!\w)(?:đã\s+|vừa\s+)?(?:trao(?:\s+tặng)?|tặng|gắn|đón\s+nhận)\s+(?:(?:các|những)\s+)?"
    # "trao tặng 200 lá cờ Tổ quốc": a count of what is handed over may come first
    r"(?:\d[\d.]*\s+(?:lá\s+|bức\s+|chiếc\s+)?)?"
    # a flag is an honour only as one of emulation, of the nation or of a tradition ("tặng
    # cờ cho cầu thủ" is a fan's gift)
    r"(?:huân\s+chương|huy\s+chương|cờ\s+(?:thi\s+đua|tổ\s+quốc|truyền\s+thống|luân\s+lưu)"
    r"|bằng\s+khen|giấy\s+khen|k[ỷỉ]\s+niệm\s+chương|danh\s+hiệu)(?!\w)"
    # "trao quyết định khen thưởng cho ...": a reward's decision handed over at its ceremony
    # (not "ký quyết định khen thưởng", signed in an office)
    r"|(?<!\w)(?:đã\s+|vừa\s+)?trao(?:\s+tặng)?\s+quyết\s+định\s+(?:khen\s+thưởng|tặng)(?!\w)"
    # "khen thưởng nóng": an ad-hoc reward said otherwise
    r"|(?<!\w)(?:đã\s+|vừa\s+)?khen\s+thưởng(?:\s+(?:đột\s+xuất|nóng)\s+(?:cho\s+)?(?=\w)"
    r"|(?:\s+(?:đột\s+xuất|nóng))?\s+(?:cho\s+)?(?:\d+|nhiều|các|những)\s+\w)"
    # "trao thưởng cho Công an tỉnh", "trao thưởng “nóng” cho lực lượng ...": a reward handed
    # to recipients named next (not "việc trao thưởng", a practice, see _DECISION_BEFORE)
    r"|(?<!\w)(?:đã\s+|vừa\s+)?trao\s+thưởng(?:\s*[\"“”'‘’]*\s*(?:nóng|đột\s+xuất)[\"“”'‘’]*)?"
    r"\s+cho\s+(?=\w)"
    # "... công bố quyết định và “thưởng nóng” cho đội phá án": a reward on the spot, its
    # recipients next
    # (not the sum, "tiền/mức thưởng nóng")
    r"|(?<!\w)(?<!tiền\s)(?<!mức\s)(?:đã\s+|vừa\s+)?[\"“”'‘’]*thưởng\s+(?:nóng|đột\s+xuất)"
    r"[\"“”'‘’]*"
    r"\s+(?:cho\s+)?(?=\w)"
)
# a decision signed ("ký quyết định khen thưởng"), a proposal, a plan, a practice, a rule or
# a fund ("ban hành quy chế thưởng nóng cho ...", "Quỹ thưởng nóng cho người tố giác ...") is
# no hand-over (a decision announced, "công bố quyết định và thưởng nóng ...", is at its
# ceremony)
_DECISION_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?<!bố\s)quyết\s+định|ký|đề\s+nghị|sẽ|việc|quy\s+định|chế\s+độ"
    r"|quy\s+chế|cơ\s+chế|chính\s+sách|quỹ)(?!\w)"
)

# "được trao tặng Huân chương", "được khen thưởng": an honour received, often a past one,
# is not the ceremony's act (the organiser is whoever hands it over)
_RECEIVED_BEFORE = re.compile(r"(?i)(?<!\w)được(?:\s+\w+){0,3}\s*$")


_HANDING_WORDS = ("trao", "tặng", "gắn", "nhận", "thưởng")
"""One of these words (lower case) is in every match of :data:`_HANDED_AWARD`."""


def hands_over(
    sentence: str, start: int = 0, *, within: tuple[str, int] | None = None
) -> re.Match[str] | None:
    """The first act in ``sentence`` (from ``start``) of handing an honour or a flag over or
    of rewarding counted recipients ("Công an huyện X trao tặng cờ Tổ quốc cho ..."), not a
    decision or proposal to ("ký quyết định tặng ...") nor an honour received ("được tặng").
    ``within``: the text the sentence was cut from and where it starts there, when the caller
    has them: a stretch without any of :data:`_HANDING_WORDS` hands nothing over (no scan;
    :func:`~tomtat.text.lowered.may_hold` reads the text's lower-cased copy)."""
    if within is not None:
        text, offset = within
        if not may_hold(text, offset + start, offset + len(sentence), _HANDING_WORDS):
            return None
    for handed in _HANDED_AWARD.finditer(sentence, start):
        if _DECISION_BEFORE.search(sentence, 0, handed.start()):
            return None
        if not _RECEIVED_BEFORE.search(sentence, 0, handed.start()):
            return handed
    return None


_AT_TIME_BEFORE = re.compile(r"(?i)(?<!\w)vào\s+$")


def _dated_hand_over(sentence: str, act: re.Match[str] | None) -> DateMention | None:
    """The day on which the sentence hands an honour over, when it states one: the day opens
    the act ("Sáng 5/3, X trao ...") or follows it after "vào" ("... trao Huân chương vào sáng
    10-9"); a date after the act without "vào" tells something else ("X đón nhận Huân chương.
    Ngày 2/9/1950, hội được thành lập": a founding run into a headline). ``act``: the
    sentence's :func:`hands_over`."""
    if act is None or not _HAS_DIGIT.search(sentence):  # no act, no day stated
        return None
    for d in find_dates(sentence):
        if not _tells_its_day(sentence, d):
            continue
        opening = d.context_start if d.context_start is not None else d.start
        if opening < act.start() or _AT_TIME_BEFORE.search(sentence, 0, opening):
            return d
    return None


# "vừa" (just): not "mới", which also ends names ("Ban Chỉ đạo xây dựng nông thôn mới")
# "vừa đến khen thưởng", "vừa về trao tặng": came just now to hand it over
_JUST_DONE = re.compile(r"(?i)(?<!\w)vừa\s+(?:(?:đến|về|tới)\s+)?$")


def _just_handed_over(sentence: str, act: re.Match[str] | None) -> bool:
    """ "Công an huyện X vừa tặng giấy khen cho ...": an honour handed over just now is news
    of its ceremony though no day is told (not a past one: "đã tặng", "năm 2019 tặng").
    ``act``: the sentence's :func:`hands_over`."""
    if act is None:
        return False
    return act.group().lower().startswith("vừa") or bool(
        _JUST_DONE.search(sentence, max(0, act.start() - 12), act.start())
    )


def _hand_over_first(
    handed: tuple[int, int] | None,
    handed_day: DateMention | None,
    *later: tuple[int, int] | None,
) -> bool:
    """Whether a dated hand-over ranks ahead of the sentences that set the reader at a
    ceremony or bring its guests (``later``): only when it comes before them and its day has
    a part of day ("Chiều 5/3, X trao tặng cờ Tổ quốc ...", told as news); "Ngày 2/3/2016,
    trường đón nhận Huân chương ..." after a guest sentence, or ahead of "Tại lễ kỷ niệm", is
    the history such a ceremony recalls."""
    if handed is None or handed_day is None or handed_day.part_of_day is None:
        return False
    return all(other is None or handed[0] < other[0] for other in later)


def _is_dated(sentence: str) -> bool:
    """Whether the sentence states the day of what it tells ("Sáng 5/3", "ngày 3/2/2024"),
    not only a deadline or an as-of date."""
    return bool(_HAS_DIGIT.search(sentence)) and any(
        _tells_its_day(sentence, d) for d in find_dates(sentence)
    )


def _tells_its_day(sentence: str, date: DateMention) -> bool:
    """Whether ``date`` is told as the day of what the sentence tells: with a part of day or
    "ngày" before it ("Sáng 5/3", "ngày 3/2/2024"), and not another day's (a deadline, an
    as-of date, :func:`is_other_day`)."""
    return bool(date.part_of_day or date.context_start != date.start) and not is_other_day(
        sentence, date
    )


# "Năm 2023, X đã tổ chức khen thưởng 120 lượt tập thể": honours tallied over a year
_YEAR_OPENING = re.compile(r"\W*(?i:trong\s+)?(?i:năm)\s+(?:(?:19|20)\d{2}|qua)\s*,")
_TIMES_COUNTED = re.compile(r"(?i)[^,;.]{0,40}?(?<!\w)lượt(?!\w)")


def _held_here(sentence: str) -> bool:
    """Whether the sentence says a meeting was held ("X vừa tổ chức tổng kết ..."), not asked
    for or planned ("chỉ đạo các xã tổ chức sơ kết", "sẽ tổ chức hội nghị"); an honouring held
    is no meeting where it tallies a year's honours ("Năm 2023, X đã tổ chức khen thưởng kịp
    thời 120 lượt tập thể", a review's figure)."""
    for held in _HELD_MEETING.finditer(sentence):
        if _NOT_HELD_BEFORE.search(sentence, 0, held.start()):
            continue
        if held.group("honour") and (
            _YEAR_OPENING.match(sentence) or _TIMES_COUNTED.match(sentence, held.end())
        ):
            continue
        return True
    return False


def meeting_referred_before_verb(text: str, lead: tuple[int, int]) -> re.Match[str] | None:
    """ "Phát biểu chỉ đạo tại Đại hội, ông X ... biểu dương ...": a lead set at a meeting it
    only refers to ("tại ...") before any meeting verb; its verb is what someone did there."""
    verb = meeting_verb(text, lead[0], lead[1])
    stop = verb.start() if verb else lead[1]
    return _AT_MEETING_ANYWHERE.search(text, lead[0], stop)


def referred_kinds(
    text: str, lead: tuple[int, int], referred: re.Match[str], title: str | None
) -> tuple[list[EventKind], tuple[int, int]]:
    """Kinds of a meeting a lead only refers to: its own clause ("Tại lễ kỷ niệm ... và tuyên
    dương ...,"), plus a review the sentence reports of it ("... thông qua báo cáo tổng kết")
    and the plan set after that review ("; triển khai công tác năm 2019");
    praise given there ("biểu dương những thành tích") does not make it a biểu dương."""
    comma = text.find(",", referred.end(), lead[1])
    clause = (referred.start(), comma if comma >= 0 else lead[1])
    kinds, _ = read_kinds(text, clause, clause[0], title)
    whole, obj = read_kinds(text, lead, lead[0], title)
    reviews: list[EventKind] = [k for k in whole if k in (EventKind.TONG_KET, EventKind.SO_KET)]
    if reviews and _plans_after_review(text[lead[0] : lead[1]]):
        # "Tại hội nghị, các đại biểu nghe báo cáo tổng kết năm 2018; triển khai công tác năm
        # 2019": the meeting's plan after its review, told of it like its review
        reviews.append(EventKind.TRIEN_KHAI)
    if reviews and kinds == [EventKind.KHAC] and not _CEREMONY.search(text, *clause):
        return reviews, obj
    return kinds + [k for k in reviews if k not in kinds], obj


# "Hội nghị đã nghe báo cáo tổng kết 10 năm ...": the meeting itself, as the subject of a
# sentence right after the lead, hears or adopts a review: it is also a tổng kết / sơ kết
_MEETING_REVIEWS = re.compile(
    r"(?i)\W*(?:hội\s+nghị|(?:buổi\s+)?lễ|buổi\s+gặp\s+mặt|ngày\s+hội|đại\s+hội)"
    r"(?:\s+(?:đã|cũng|còn))*\s+(?:nghe|thông\s+qua)\s+(?:các\s+)?(?:bản\s+)?(?:báo\s+cáo\s+)?"
    r"(?P<kind>tổng|sơ)\s+kết(?!\w)"
    # "Hội nghị sẽ tổng kết ...", "Hội nghị X lần thứ 80 được tổ chức để tổng kết ...": what the
    # conference itself is held to do (a verb before the review, not a name "Hội nghị tổng kết");
    # "đã/sẽ" only right after "hội nghị": "Hội nghị thống nhất sẽ tổng kết mô hình vào cuối
    # năm" is a review agreed on for later, not this one
    r"|\W*(?:theo\s+đó\s*,\s*)?hội\s+nghị"
    r"(?:(?:\s+(?:lần\s+này|năm\s+nay|cũng))?\s+(?:đã|sẽ)\s+"
    r"|(?:\s+[^\s,.;:]+){0,6}?\s+(?:được\s+)?tổ\s+chức\s+(?:để|nhằm)\s+)"
    r"(?P<held>tổng|sơ)\s+kết(?!\w)"
)

_AFTER_LEAD = 2  # sentences after the lead read for what the meeting also does


def names_a_ceremony(text: str, lead: tuple[int, int]) -> bool:
    """Whether the lead names a ceremony, festival, congress or anniversary (its "khác" is
    then the meeting's own, not only the default of a meeting whose kind it does not say)."""
    return _CEREMONY.search(text, lead[0], lead[1]) is not None


# "... vào năm sau", "trong thời gian tới": a time to come
_LATER = re.compile(r"(?i)[^.;]*?(?<!\w)(?:năm|tháng|thời\s+gian)\s+(?:sau|tới)(?!\w)")


def _held_to_review(text: str, lead: tuple[int, int], said: re.Match[str]) -> bool:
    """Whether "Hội nghị sẽ/đã tổng kết ..." tells the review the lead's meeting holds: the
    lead names a conference, not a ceremony ("Lễ kỷ niệm ...": a "Hội nghị" after it is
    another meeting), and the review is not set for a time to come ("Hội nghị sẽ tổng kết mô
    hình vào năm sau")."""
    return not names_a_ceremony(text, lead) and _LATER.match(text, said.end()) is None


def reviews_reported_after(text: str, lead: tuple[int, int]) -> list[EventKind]:
    """A review the meeting holds as told right after the lead ("Hội nghị đã nghe báo cáo
    tổng kết ...", "Hội nghị sẽ tổng kết ..."), not a review it only mentions ("báo cáo cho
    thấy ...")."""
    found: list[EventKind] = []
    seen = 0
    for start, end in iter_sentences(text):
        if start < lead[1] or not text[start:end].strip():
            continue
        if seen >= _AFTER_LEAD:
            break
        seen += 1
        match = _MEETING_REVIEWS.match(text, start, end)
        if match is not None and match.group("held") and not _held_to_review(text, lead, match):
            continue
        if match is not None:
            word = match.group("kind") or match.group("held")
            kind = EventKind.TONG_KET if word.lower() == "tổng" else EventKind.SO_KET
            if kind not in found:
                found.append(kind)
    return found


def find_organizer(
    text: str, lead: tuple[int, int], date: DateMention | None
) -> tuple[int, int] | None:
    """Span of who held the meeting: the subject before "(đã) tổ chức" in the lead, or before
    the act of handing an honour over in a lead that has no meeting verb."""
    start, end = lead
    sentence = text[start:end]
    low = lowered(text)  # the twins on the lower-cased sentence find the same, faster
    do = (_DO_ORGANIZER if low is None else _DO_ORGANIZER_LOW).search(
        sentence if low is None else low[start:end]
    )
    if do is not None:
        return start + do.start("org"), start + do.end("org")
    referred = meeting_referred_before_verb(text, lead)
    if referred is not None:
        return _subject_after_referred_meeting(text, lead, referred)
    begin = after_tag(sentence)  # a headline run into the lead ends at the outlet's tag
    verbs, scanned = (
        (MEETING_VERB, sentence) if low is None else (_MEETING_VERB_LOW, low[start:end])
    )
    first_verb = _verb_search(verbs, scanned, begin)
    if (
        date is not None
        and begin <= date.start - start
        and (first_verb is None or date.end - start <= first_verb.start())
    ):
        begin = date.end - start  # "Thực hiện ..., chiều 5/1, X tổ chức": X follows the date
        begin = _after_impossible_year(sentence, begin)
        comma = re.match(r"\s*[,)]?\s*(?:\(\s*[^()]{0,20}\)\s*)?,?\s*", sentence[begin:])
        begin += comma.end() if comma else 0
    # "Chiều 5/3, Công an huyện X trao tặng cờ Tổ quốc cho ...": with no meeting verb, the
    # subject of the act of handing over holds the ceremony
    opening = _OPENING_MARKS.match(sentence, begin)
    begin = opening.end() if opening else begin  # " - Tại huyện X, Công an tỉnh ...": a dash
    verb = _verb_search(verbs, scanned, begin)
    handing = verb is None
    if handing:
        verb = hands_over(sentence, begin)
    if verb is None or verb.start() - begin > 300:
        return None
    org_end = verb.start()
    org_start = _after_time_and_place(sentence, begin, org_end, verb)
    while org_end > org_start and sentence[org_end - 1] in " ,":
        org_end -= 1
    if handing:
        # "UBND tỉnh X có thư khen và khen thưởng ...": the giver ends at its first verb
        first_act = _GIVER_ENDS.search(sentence, org_start, org_end)
        org_end = first_act.start() if first_act else org_end
    trimmed = _VERB_PREFIX.search(sentence, org_start, org_end)
    if trimmed:
        org_end = trimmed.start()
    org_start, org_end = _past_the_reporter(sentence, org_start, org_end, verb.start())
    org_end = _without_bracketed_place(sentence, org_start, org_end)
    members = _MEMBERS_LISTED.search(sentence, org_start, org_end)
    if members is not None and members.start() > org_start:
        org_end = members.start()  # "Khối thi đua XII gồm 9 đơn vị: ...": the body, not its list
    phrase = sentence[org_start:org_end]
    if _NOT_A_UNIT_START.match(phrase) and "," in phrase:
        # "Nhằm ôn lại truyền thống ..., Huyện đoàn X tổ chức": the unit follows the clause
        org_start = _joint_bodies_start(sentence, org_start, org_start + phrase.rindex(",") + 1)
        org_start += len(sentence[org_start:org_end]) - len(sentence[org_start:org_end].lstrip())
        phrase = sentence[org_start:org_end]
    official = body_of_one_official(phrase) if handing else None
    if official is not None and _BODY_HEAD.match(phrase, official[0]):
        # "Chủ tịch UBND phường X khen thưởng đột xuất ...", "ông A - Giám đốc Công an tỉnh
        # Y trao Bằng khen ...": an official handing an honour over acts for the body heads
        return start + org_start + official[0], start + org_start + official[1]
    acting = _ACTS_FOR_BODY.match(phrase)
    if acting is not None:
        # "lãnh đạo Công an tỉnh X tổ chức ...": the body whose leaders hold it
        org_start += acting.end()
        phrase = sentence[org_start:org_end]
    if (
        not phrase
        or _AT_CEREMONY.match(phrase)
        or _NOT_A_UNIT_START.match(phrase)
        or _A_PERSON.match(phrase)
        # "Ngày hội ... được tổ chức tại ...": the subject of a passive is the meeting itself
        or _PASSIVE_END.search(phrase)
        # who hands an honour over is the host only as a body ("Phó Chủ tịch UBND tỉnh X
        # trao ..." is an official doing it)
        or (handing and not (_BODY_HEAD.match(phrase) or _starts_with_unit(phrase)))
        or _ATTENDS_MEETING.search(phrase)
        or len(phrase.split()) > _MAX_ORGANIZER_WORDS
        or not (phrase[0].isupper() or _starts_with_unit(phrase))
        or _EVENT_NOUN_START.match(phrase)
        # "tại phường X, TP Y diễn ra Ngày hội ...", "Việc trao thưởng diễn ra chiều ...":
        # what takes place is the event, or where it is, not who holds it; only a body's hall
        # ("tại trụ sở Công an huyện X diễn ra ...") names its host (and not "huyện X khai
        # mạc Hội thi": a district opening it holds it)
        or (
            _TAKES_PLACE.search(verb.group()) is not None
            and (_PLACE_START.match(phrase) is not None or _BODY_HEAD.match(phrase) is None)
        )
    ):
        if do:
            return start + do.start("org"), start + do.end("org")
        return None
    return start + org_start, start + org_end


_REFERRED_SUBJECT = re.compile(r"\s*(?P<org>[^,;.]{3,160}?)\s+(?:đã\s+|vừa\s+)?tổ\s+chức\s")


def _subject_after_referred_meeting(
    text: str, lead: tuple[int, int], referred: re.Match[str]
) -> tuple[int, int] | None:
    """ "Sáng 7-8, tại Lễ chào cờ tháng 8, Công an tỉnh X tổ chức trao Huy chương ...": a
    lead set at a meeting it refers to names its holder only as the subject right after that
    clause doing the holding ("tổ chức"); otherwise who held it is not said here."""
    comma = text.find(",", referred.end(), lead[1])
    if comma < 0:
        return None
    match = _REFERRED_SUBJECT.match(text, comma + 1, lead[1])
    if match is None:
        return None
    phrase = match.group("org")
    if (
        _NOT_A_UNIT_START.match(phrase)
        or _A_PERSON.match(phrase)
        or not (_BODY_HEAD.match(phrase) or _starts_with_unit(phrase))
    ):
        return None
    return match.start("org"), match.end("org")


def _after_time_and_place(sentence: str, start: int, end: int, verb: re.Match[str]) -> int:
    """Where the subject before a meeting verb begins, past a time adverbial ("Vừa qua, ...")
    and the places the meeting is held at ("tại xã Tân Hà, huyện Lâm Hà, ..."); a body written
    as the place is the host ("tại UBND phường X tổ chức ...", "tại Hội trường Sở X đã diễn
    ra hội nghị")."""
    adverbial = _TIME_ADVERBIAL.match(sentence, start, end)
    if adverbial:
        start = adverbial.end()  # "Vừa qua, Công an xã Tân Hà tổ chức ..."
    while True:
        tai = _TAI_PREFIX.match(sentence, start, end)
        if tai is None:
            break
        start = tai.end()
        while (cont := _PLACE_CONT.match(sentence, start, end)) is not None:
            start = cont.end()
    at_body = _AT_BODY.match(sentence, start, end)
    if at_body is not None:
        return at_body.end()  # "tại UBND phường X tổ chức ...": the body it is held at
    if _HAPPENS.search(verb.group()):  # the twin has no "verb" group: the whole match
        hall = _AT_HALL.match(sentence, start, end)
        if hall is not None:
            return hall.end()  # "tại Hội trường Sở X đã diễn ra hội nghị": X hosts it
    return start


# "lãnh đạo Công an tỉnh X", "đại diện Ban Chỉ đạo 138 tỉnh": those who act for a body
# "lãnh đạo Công an tỉnh X", "đại diện lãnh đạo Bộ Công an và UBND tỉnh Y": the bodies whose
# leaders act
_ACTS_FOR_BODY = re.compile(r"(?:(?i:lãnh\s+đạo|đại\s+diện)\s+)+(?=[A-ZĐ])")

_PASSIVE_END = re.compile(r"(?i)(?<!\w)được$")

# "Khối thi đua XII gồm 9 đơn vị: ...", "Cụm thi đua số 3, bao gồm ...": the members a body
# lists after its name
_MEMBERS_LISTED = re.compile(r"(?i)\s*,?\s+(?:bao\s+)?gồm\s")

# the spaces and dashes a paragraph may open with before its subject
_OPENING_MARKS = re.compile(r"[\s\-–—]+")

_YEAR_AFTER_DATE = re.compile(r"\s*năm\s+(?P<y>\d{4})(?!\d)")


def _after_impossible_year(sentence: str, at: int) -> int:
    """ "Ngày 15 tháng 8 năm 2204, X tổ chức ...": a year the date reader refuses as
    impossible (a typo) still closes the date, and no organiser opens with "năm": the
    organiser is read after it. A possible year is the date reader's own."""
    year = _YEAR_AFTER_DATE.match(sentence, at)
    if year is None or MIN_YEAR <= int(year.group("y")) <= MAX_YEAR:
        return at
    return year.end()


# "UBND tỉnh X, cho biết: ...", "Công an huyện Y (tỉnh Z) cho biết, đã ra mắt ...": the body
# reporting what it held ends before its reporting verb (lower case: "Sở Thông tin ..." is a
# name). "thông tin"/"thông báo" are nouns too: a verb follows its subject directly and opens
# what is told (",", ":", "rằng"); a field listed in a name ("Trung tâm Văn hóa, thông tin và
# thể thao") follows a comma or runs on
_REPORTS = re.compile(
    r"\s*,?\s*cho\s+biết(?!\w)"
    r"|(?<![,\s])\s+(?:thông\s+tin|thông\s+báo)(?=\s*[,:]|\s+rằng(?!\w))"
)


def _past_the_reporter(
    sentence: str, org_start: int, org_end: int, verb_start: int
) -> tuple[int, int]:
    """The subject span once a reporting verb before the meeting verb is accounted for: the
    body named after it ("Tin từ X cho biết, Công an huyện Y vừa tổ chức": Y holds it), else
    the reporter itself ("Công an huyện X cho biết, đã ra mắt ...": X holds it)."""
    reports = _REPORTS.search(sentence, org_start, verb_start)  # sees the "," after it
    if reports is None or reports.start() >= org_end:
        return org_start, org_end
    told = _reported_subject(sentence, reports.end(), org_end)
    if told is not None:
        return told, org_end
    return org_start, reports.start()


def _reported_subject(sentence: str, after: int, org_end: int) -> int | None:
    """Where the subject of the reported clause begins when a body is named after the
    reporting verb ("Thông tin từ Sở X cho biết, Hội Y vừa tổ chức ..."): the reporter only
    tells the news, the body after it holds the meeting. None when the clause has no subject
    of its own ("Công an huyện X cho biết, đã tổ chức ...", "... cho biết, vừa qua đơn vị
    ...")."""
    lead_in = _TOLD_LEAD_IN.match(sentence, after, org_end)
    begin = lead_in.end() if lead_in else after
    phrase = sentence[begin:org_end]
    if not phrase or len(phrase.split()) > _MAX_ORGANIZER_WORDS:
        return None
    if _EVENT_NOUN_START.match(phrase):
        return None  # "UBND tỉnh X cho biết: Hội nghị tổng kết đã diễn ra": the meeting itself
    if not (_BODY_HEAD.match(phrase) or _starts_with_unit(phrase)):
        return None
    return begin


_TOLD_LEAD_IN = re.compile(r"[\s,:]*(?:rằng\s+)?")

_TRAILING_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{2,60})\)\s*$")


# "xã Ea Tu", "phường 7": a commune named with its unit word (the gazetteer knows districts)
_NAMED_COMMUNE = re.compile(
    r"(?:xã|phường|thị\s+trấn|đặc\s+khu)\s+(?:[A-ZĐ0-9][\w'’]*)(?:\s+[A-ZĐ0-9][\w'’]*)*"
)


def _only_places(segment: str) -> bool:
    """Whether ``segment`` is nothing but places with their unit words ("tỉnh Gia Lai",
    "huyện Đức Cơ, tỉnh Gia Lai", "TP. Đà Nẵng", "xã Ea Tu, TP. Buôn Ma Thuột")."""
    segment = segment.strip(" ,")
    commune = _NAMED_COMMUNE.match(segment)
    if commune is not None:
        rest = segment[commune.end() :].strip(" ,")
        return not rest or _only_places(rest)
    places = find_places(segment) or find_bare_cities(segment)
    if not places or places[0].start != 0:
        return False
    rest = segment
    for place in reversed(places):
        rest = rest[: place.start] + rest[place.end :]
    return not rest.strip(" ,")


def _without_bracketed_place(sentence: str, start: int, end: int) -> int:
    """End of an organiser without the place written after it to locate it: "Công an thị xã
    An Khê (tỉnh Gia Lai)", "UBND xã Ia Dom, huyện Đức Cơ, tỉnh Gia Lai" (a bracketed short
    name, "(Ban Chỉ đạo 138)", and joint bodies, "UBND tỉnh, Ban Chỉ đạo 138 tỉnh", are kept)."""
    bracket = _TRAILING_BRACKET.search(sentence, start, end)
    if bracket is not None and bracket.start() > start and _only_places(bracket.group("inner")):
        return bracket.start()
    comma = sentence.find(",", start, end)
    while comma >= 0:
        head = sentence[start:comma]
        if _only_places(sentence[comma + 1 : end]) and (
            find_places(head) or _COMMUNE_UNIT.search(head)
        ):
            return comma  # the body is already named by its own unit before the comma
        comma = sentence.find(",", comma + 1, end)
    return end


# a commune's unit word (a special zone ranks as a commune), never "xã hội" (society: "Bảo
# hiểm xã hội")
_COMMUNE_UNIT = re.compile(rf"(?i)(?<!\w)(?:{level_unit_pattern('commune')}|đặc\s+khu)\s+\w")


# "Thượng tướng X, Bộ trưởng ... dự và chỉ đạo Hội nghị tổng kết ...", "đồng chí X chủ trì":
# a person attends or chairs the meeting, a person is no organiser
_ATTENDS_MEETING = re.compile(
    r"(?i)(?<!\w)(?:tham\s+|đến\s+|về\s+)?dự(?:\s+và\s+(?:chỉ\s+đạo|phát\s+biểu))?\s+"
    r"(?:hội\s+nghị|lễ|buổi|đại\s+hội|ngày\s+hội)(?!\w)"
    # "ông X đã khẳng định trong hội nghị tổng kết ... tổ chức sáng 16/1": a speaker at a
    # meeting whose "tổ chức" is the meeting's own (held on a day), no subject holding it
    r"|(?<!\w)(?:trong|tại)\s+(?:buổi\s+)?(?:hội\s+nghị|lễ|đại\s+hội|ngày\s+hội)(?!\w)"
)
_A_PERSON = re.compile(rf"(?:{RANKS})\s|(?i:ông|bà(?!\s+rịa)|đồng\s+chí|đ/c)\s+[A-ZĐ]")

# an organiser is a unit: a phrase opening with a verb or a preposition is a clause
# ("Phát biểu khai mạc hội nghị, ...", "Qua 10 năm triển khai ...")
_NOT_A_UNIT_START = re.compile(
    r"(?i)(?:phát\s+biểu|qua|theo|trong|với|nhằm|để|sau\s+khi|trước\s+khi|nhân\s+dịp"
    # "Trên cơ sở báo cáo ..., X tổ chức", "Căn cứ kết quả ..., X": a ground, not a unit
    r"|trên\s+cơ\s+sở|căn\s+cứ"
    # "dưới hình thức trực tuyến, X tổ chức", "dưới sự chủ trì của ...": the manner, not a unit
    r"|dưới\s+(?:hình\s+thức|sự)|bằng\s+hình\s+thức"
    r"|thay\s+mặt|thừa\s+(?:ủy|uỷ)\s+quyền|đến|tính\s+đến"
    # "Nhân kỷ niệm 70 năm ..., X tổ chức", "Chào mừng ..., X tổ chức": an occasion, not a unit
    r"|nhân(?!\s+(?:dân|viên))|chào\s+mừng|hưởng\s+ứng|hướng\s+tới)(?!\w)"
)


# a steering board named by its whole remit, its short name in brackets and its ward and town
# after it: the genre's bodies have long names; a longer subject is a clause
_MAX_ORGANIZER_WORDS = 40


_LOCAL_BODY = re.compile(rf"\s*{LOCAL_BODIES}\s*")


def _joint_bodies_start(sentence: str, floor: int, start: int) -> int:
    """Where a list of joint organisers begins that ends with the unit at ``start``: the
    bodies listed before it with commas ("Đảng ủy, HĐND, UBND, UBMTTQVN xã X") are its own."""
    while start > floor:
        comma = sentence.rfind(",", floor, start - 1)
        if comma < 0 or not _LOCAL_BODY.fullmatch(sentence, comma + 1, start - 1):
            break
        start = comma + 1
    return start


def _starts_with_unit(phrase: str) -> bool:
    """A lowercase organiser that is a unit ("huyện Tiên Phước"), a sector or force of one
    ("ngành GD&ĐT quận Liên Chiểu", "lực lượng Công an xã") or sectors acting jointly
    ("liên ngành Công an tỉnh - Hội Nông dân tỉnh")."""
    return (
        re.match(
            r"(?i)(?:huyện|tỉnh|thị\s+xã|thành\s+phố|quận|xã|phường)\s"
            r"|(?:ngành|lực\s+lượng)\s+(?-i:[A-ZĐ])"
            # "liên ngành Công an tỉnh – Hội Nông dân tỉnh ...": the sectors acting jointly
            r"|liên\s+ngành\s+(?-i:[A-ZĐ])",
            phrase,
        )
        is not None
    )


_CONFERENCE = re.compile(r"(?i)(?<!\w)hội\s+nghị(?!\w)")

_MODELS = re.compile(r"(?i)(?<!\w)(?:biểu\s+dương|tuyên\s+dương|điển\s+hình\s+tiên\s+tiến)(?!\w)")


def _reviews_an_honoured_period(found: list[EventKind], head: str, lead_obj: str) -> bool:
    """ "Hội nghị biểu dương điển hình tiên tiến ... giai đoạn 2019-2024": a conference that
    honours the models of a period of years reviews that period (a tổng kết); a ceremony
    ("Lễ tuyên dương") or a one-year honour does not."""
    if EventKind.TONG_KET in found or EventKind.SO_KET in found:
        return False
    if not (_CONFERENCE.search(head) and _MODELS.search(lead_obj)) or _CEREMONY.search(head):
        return False
    return any(r.end_year > r.start_year for r in find_year_ranges(lead_obj))


REVIEW_WORD = re.compile(r"(?i)(?<!\w)(?:tổng|sơ)\s+kết(?!\w)")
"""The word of a review: "tổng kết", "sơ kết"."""


def _plans_after_review(lead_obj: str) -> bool:
    """Whether the lead reviews and then sets the next period's plan ("tổng kết công tác năm
    2017 và đề ra phương hướng nhiệm vụ năm 2018"): the plan is a triển khai."""
    review = REVIEW_WORD.search(lead_obj)
    return review is not None and plan_clause(lead_obj, review.end()) is not None


def read_kinds(
    text: str, lead: tuple[int, int], verb_end: int, title: str | None
) -> tuple[list[EventKind], tuple[int, int]]:
    """Kinds named after the organiser's verb (and in a headline naming the meeting).

    "khác" when none is named: a ceremony ("Lễ ra mắt ..."), a festival ("Ngày hội ...").
    """
    start, end = lead
    obj_start = max(start, verb_end)
    low = lowered(text)
    # "... cho các cá nhân có thành tích trong triển khai ...": what they did, not the meeting
    # (no "tích" in the lowered copy: no such phrase, the scan is skipped)
    maybe_merit = low is None or low.find("tích", obj_start, end) >= 0
    merit = _MERIT.search(text, obj_start, end) if maybe_merit else None
    named_end = merit.start() if merit is not None else end
    sources = [text[obj_start:named_end]]
    # the sources lower-cased (None where there is no such copy), for the kinds' word tests
    low_sources = [None if low is None else low[obj_start:named_end]]
    if title and _TITLE_EVENT.search(title):
        sources.append(title)  # a headline that names the meeting, not a feature's headline
        low_sources.append(lowered(title))
    found: list[EventKind] = []
    pairs = tuple(zip(sources, low_sources, strict=True))
    for kind, pattern in _KIND_PATTERNS:
        if any(_names_kind(kind, pattern, *pair) for pair in pairs):  # named once is enough
            found.append(kind)
    # order as written in the lead
    lead_obj = text[obj_start:end]
    low_obj = None if low is None else low[obj_start:end]

    def first_pos(kind: EventKind) -> int:
        """Where the lead first names ``kind`` (kinds are listed in the lead's order)."""
        for k, pattern in _KIND_PATTERNS:
            if k == kind:
                m = _names_kind(kind, pattern, lead_obj, low_obj)
                return m.start() if m else 10**9
        return 10**9

    found.sort(key=first_pos)
    if EventKind.TRIEN_KHAI not in found and _plans_after_review(lead_obj):
        found.append(EventKind.TRIEN_KHAI)  # "tổng kết năm 2022 và phương hướng năm 2023"
    opener = _AT_CEREMONY.match(text, start, end)
    head_start = start if opener else max(start, obj_start - 40)
    head = text[head_start : min(end, obj_start + _CEREMONY_REACH)]
    if EventKind.GAP_MAT in found and not _GAP_MAT_PROPER.search(head + " " + (title or "")):
        found.remove(EventKind.GAP_MAT)  # one told of further on, not the meeting's own
    if EventKind.GAP_MAT in found and _held_for_anniversary(text, start, end):
        # "gặp mặt, biểu dương ... nhân kỷ niệm 80 năm Ngày truyền thống ...": a get-together
        # held for an anniversary is an anniversary's ceremony as well
        found.append(EventKind.KHAC)
    if _reviews_an_honoured_period(found, head, lead_obj):
        found.append(EventKind.TONG_KET)
    if not found and _launches_a_movement(head, lead_obj):
        found.append(EventKind.TRIEN_KHAI)
    if _honours_as_a_ceremony(found, head, sources, title):
        # "X tổ chức khen thưởng các lực lượng ...", "Y trao thưởng nóng cho ...", "Lễ tuyên
        # dương ...": a ceremony of honour is a biểu dương and a ceremony ("khác") at once
        found = [EventKind.BIEU_DUONG, EventKind.KHAC]
    if EventKind.KHAC not in found and (not found or _held_ceremony(head)):
        # a ceremony, a festival ("Ngày hội toàn dân bảo vệ ANTQ"), a congress, an anniversary:
        # "khác", beside what it also does ("Lễ kỷ niệm ... và tuyên dương ...")
        found.append(EventKind.KHAC)
    return found, (obj_start, end)


# an act of rewarding ("khen thưởng", "trao thưởng", "thưởng nóng", "bằng khen kèm tiền
# thưởng"), not the prizes of a contest ("trao thưởng cuộc thi ...", "khen thưởng học sinh
# đoạt giải": a prize-giving)
_REWARD_ACT = re.compile(
    # not a reward weighed ("xét khen thưởng", "bình xét thi đua, khen thưởng"), a decision's
    # name ("trao quyết định khen thưởng": a document handed over) nor a body's ("Hội đồng Thi
    # đua - Khen thưởng"), nor one received ("đơn vị được khen thưởng", often long before)
    r"(?i)(?<!xét\s)(?<!định\s)(?<!đua\s)(?<!được\s)(?<!đua\s-\s)(?<!đua\s–\s)(?<!đua,\s)"
    # a sum only with an honour ("bằng khen cho X và kèm theo tiền thưởng", "giấy khen và tiền
    # thưởng"; not "tặng quà và tiền thưởng Tết")
    r"(?<!\w)(?:(?:khen|trao)\s+thưởng"
    r"|(?:kèm\s+(?:theo\s+)?|(?:khen|chương)\s+và\s+)tiền\s+thưởng"
    r"|thưởng\s*[\"“”'‘’]*\s*(?:nóng|đột\s+xuất))(?!\w)"
    r"(?![^.;\n]{0,60}?(?<!\w)(?:" + "|".join(PRIZE_NOUNS) + r")(?!\w))"
)

# what else a meeting may be besides a ceremony of honour: a review, a launch, a get-together
_NOT_ONLY_HONOUR = (EventKind.TONG_KET, EventKind.SO_KET, EventKind.TRIEN_KHAI, EventKind.GAP_MAT)


def _honours_as_a_ceremony(
    found: list[EventKind], head: str, sources: list[str], title: str | None
) -> bool:
    """Whether the lead's meeting is a ceremony of honour (corpus convention 2: "Lễ tuyên
    dương/khen thưởng/trao thưởng" is both "biểu dương" and "khác"): it praises ("tuyên
    dương") or rewards ("khen thưởng", "trao thưởng", "thưởng nóng") as its own act, and it
    is no conference ("Hội nghị biểu dương ..." stays "biểu dương") nor a review, launch or
    get-together that also rewards ("tổng kết ... và khen thưởng ...")."""
    if any(k in found for k in _NOT_ONLY_HONOUR):
        return False
    if _CONFERENCE.search(head) or (title and _CONFERENCE.match(title.strip())):
        return False
    # the meeting's own clause: not a reward given at it after a ";" ("Lễ kỷ niệm ...; tại
    # buổi lễ đã trao thưởng ...": a ceremony held for something else)
    own = [src.split(";", 1)[0] for src in sources]
    return EventKind.BIEU_DUONG in found or any(_REWARD_ACT.search(src) for src in own)


# "... khen thưởng các tập thể có thành tích xuất sắc trong triển khai ...": what the honoured
# achieved, not what the meeting does
_MERIT = re.compile(r"(?i)(?<!\w)(?:có|đạt|vì|với)\s+(?:nhiều\s+)?thành\s+tích(?!\w)")


# "Hội nghị tổng kết 20 năm Ngày hội toàn dân ...": what a conference reviews
_CONFERENCE_REVIEW = re.compile(r"(?i)(?<!\w)hội\s+nghị(?:\s+\w+){0,2}?\s+(?:tổng|sơ)\s+kết(?!\w)")


# "hội nghị quân chính phát động phong trào thi đua ...": a conference held to launch
_LAUNCH = re.compile(r"(?i)(?<!\w)phát\s+động(?!\w)")


def _launches_a_movement(head: str, lead_obj: str) -> bool:
    """Whether a conference (not a ceremony: "Lễ ra quân phát động ..." stays "khác") is
    held to launch a movement or campaign ("tổ chức hội nghị ... phát động phong trào thi
    đua ..."): a launch, the genre's "triển khai"."""
    return (
        _CONFERENCE.search(head) is not None
        and not _held_ceremony(head)
        and _LAUNCH.search(lead_obj) is not None
    )


def _held_ceremony(head: str) -> bool:
    """Whether the head of the lead names a ceremony held, not one a conference reviews
    ("Hội nghị tổng kết 20 năm Ngày hội toàn dân bảo vệ ANTQ" is a review, not a Ngày hội)."""
    for ceremony in _CEREMONY.finditer(head):
        review = _CONFERENCE_REVIEW.search(head, 0, ceremony.start())
        if review is None or _NEXT_ITEM.search(head, review.end(), ceremony.start()):
            return True  # "hội nghị sơ kết và lễ ra mắt ...": a second item, held too
    return False


_NEXT_ITEM = re.compile(r"(?i)[,;]|(?<!\w)(?:và|kết\s+hợp|đồng\s+thời)(?!\w)")


# "lễ kỷ niệm 80 năm ngày thành lập Tổng công ty X và ...", "55 năm xây dựng và trưởng thành
# của BĐBP tỉnh Y, ...": an anniversary is held by the unit whose founding it celebrates
_ANNIVERSARY_OF = re.compile(
    r"(?i:(?<!\w)\d+\s+năm\s+(?:ngày\s+)?(?:thành\s+lập|xây\s+dựng\s+và\s+(?:trưởng\s+thành"
    r"|phát\s+triển))\s+(?:của\s+)?)(?P<unit>[A-ZĐ][^,;.()\n“”\"]{1,100}?)"
    r"(?=\s+(?i:và|trong|tại|vào|nhằm|với)\s|\s*[,;.()\n]|$)"
)

# a body, not a person: "Bộ Chỉ huy ...", "Công an huyện ...", "Tổng công ty ...", "Trường ..."
_BODY_HEAD = re.compile(
    r"(?:Bộ|Công\s+an|Ban|Sở|Ủy\s+ban|Uỷ\s+ban|UBND|Đảng\s+ủy|Đảng\s+bộ|Trường|Bệnh\s+viện"
    r"|Tổng\s+[Cc]ông\s+ty|Công\s+ty|Hội|Đoàn|Tỉnh\s+đoàn|Huyện\s+đoàn|BĐBP|Phòng|Cục|Viện"
    r"|Tòa|Trung\s+tâm|Huyện|Xã|Phường|Tỉnh|Thành\s+phố|Quận|Thị\s+xã|LLVT|Lực\s+lượng"
    r"|Cụm\s+thi\s+đua|Khối\s+thi\s+đua|Trung\s+đoàn|Sư\s+đoàn|Lữ\s+đoàn|Tiểu\s+đoàn|Đồn"
    r"|Đội(?!\s+(?:trưởng|phó|viên))|Chi\s+cục|Liên\s+đoàn|LĐLĐ|Công\s+đoàn|Mặt\s+trận|U?B?MTTQ\w*"
    r"|Thành\s+(?:ủy|uỷ|đoàn)|Chi\s+(?:hội|đoàn|bộ))(?!\w)"
)

# "X (vinh dự) đón nhận Huân chương ...", "X trao Huân chương ... cho ...": who receives an
# award at its ceremony, or hands one over as a body, holds the ceremony
_BODY_AWARD_VERB = re.compile(
    r"(?i:(?:\s+(?:đã|vừa|vinh\s+dự|long\s+trọng|trang\s+trọng))*\s+(?:đón\s+nhận|trao(?:\s+tặng)?)"
    r"\s+(?:Huân\s+chương|Huy\s+chương|Cờ|danh\s+hiệu|Bằng\s+khen|Kỷ\s+niệm\s+chương|Giải))"
)

# "Hội Nông dân Việt Nam", "Công đoàn Việt Nam": an organisation of the whole country
_NATIONWIDE = re.compile(r"(?<!\w)Việt\s+Nam\s*$")

_MAX_HOST_WORDS = 15


def _body_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The body opening ``text[start:end]`` that receives or hands over an award there."""
    sentence = text[start:end]
    tag = _SOURCE_TAG.match(sentence)
    begin = tag.end() if tag else 0
    verb = _BODY_AWARD_VERB.search(sentence, begin)
    if verb is None:
        return None
    subject = sentence[begin : verb.start()]
    if not _BODY_HEAD.match(subject) or "," in subject or len(subject.split()) > _MAX_HOST_WORDS:
        return None
    return start + begin, start + begin + len(subject.rstrip())


def ceremony_host(text: str, lead: tuple[int, int]) -> tuple[int, int] | None:
    """Who held a ceremony whose lead names no organiser: the unit whose founding anniversary
    it celebrates (in the lead; not a nationwide organisation, "Hội Nông dân Việt Nam", whose
    anniversary every local chapter holds), else a body that opens a sentence near the top receiving an
    award ("Bộ Chỉ huy X đón nhận Huân chương ...") or the lead opening with a body handing one
    over ("Bộ CHQS tỉnh trao Huân chương ...")."""
    anniversary = _ANNIVERSARY_OF.search(text, lead[0], lead[1])
    if anniversary is not None and not _NATIONWIDE.search(anniversary.group("unit")):
        return anniversary.start("unit"), anniversary.end("unit")
    own = _body_subject(text, *lead)
    if own is not None:
        return own
    limit = min(len(text), LEAD_SCAN)
    for start, end in iter_sentences(text):
        if start >= limit:
            break
        sentence = text[start:end]
        verb = _BODY_AWARD_VERB.search(sentence)
        if verb is not None and "đón" in verb.group(0).lower():
            found = _body_subject(text, start, end)
            if found is not None:
                return found
    return None


# "ông X, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo 389 huyện chủ trì hội nghị": a meeting
# chaired by the head of a board or council is that body's
# "UBMTTQ huyện X - Cụm trưởng cụm thi đua số II chủ trì hội nghị": so is one chaired by the
# head of an emulation cluster or bloc
_CHAIRED_BY_HEAD = re.compile(
    r"(?i:[,\-–]\s*(?:trưởng|chủ\s+tịch|cụm\s+trưởng|khối\s+trưởng)\s+)"
    r"(?P<body>(?:Ban|Hội\s+đồng|(?i:cụm|khối)\s+thi\s+đua)\s+[^;.]{1,200}?)"
    r"\s+(?i:chủ\s+trì\s+(?:hội\s+nghị|buổi|lễ|đại\s+hội|phiên))(?!\w)"
)

# "X - Giám đốc Công an tỉnh Y chủ trì buổi khen thưởng ...": the police force its director
# heads; a director also chairs other bodies' meetings ("Hội nghị ... của Ban Chỉ đạo 138
# tỉnh ... do Giám đốc Công an tỉnh chủ trì"), so this is read after the body a meeting is of
_CHAIRED_BY_POLICE_HEAD = re.compile(
    r"(?i:[,\-–]\s*giám\s+đốc\s+)"
    r"(?P<body>Công\s+an\s+(?:(?i:tỉnh|thành\s+phố|TP\.?)\s+)?(?-i:[A-ZĐ])[^;.,]{0,40}?)"
    r"\s+(?:(?i:đã|vừa)\s+)?(?i:chủ\s+trì\s+(?:hội\s+nghị|buổi|lễ|đại\s+hội|phiên))(?!\w)"
)


# "... dự Hội nghị tổng kết công tác năm 2024 của Công an tỉnh Gia Lai": a meeting "of" a
# body is that body's
_MEETING_OF = re.compile(
    r"(?i:(?<!\w)(?:hội\s+nghị|lễ|đại\s+hội|ngày\s+hội)(?!\w)[^,;.()\n]{0,120}?\s+của\s+)"
    rf"(?P<body>{_BODY_HEAD.pattern}[^,;.()\n]{{0,80}}?)"
    r"(?=\s*[,;.()\n]|\s+(?i:năm\s+\d|tại|vào|và|với|nhằm|diễn|được|đã)(?!\w)|\s*$)"
)


# "Đại hội đại biểu Hội Nông dân huyện X lần thứ XII, nhiệm kỳ 2023-2028": a congress of a
# body's members or delegates, numbered or named for its term, is that body's
_CONGRESS_OF = re.compile(
    r"(?i:(?<!\w)đại\s+hội\s+(?:đại\s+biểu\s+)?(?:toàn\s+quốc\s+)?)"
    rf"(?P<body>(?:{_BODY_HEAD.pattern}|Mặt\s+trận|MTTQ|Công\s+đoàn|Liên\s+đoàn|Liên\s+hiệp)"
    r"[^,;.()\n“”\"]{0,80}?)"
    r"(?=\s*,?\s+(?i:lần\s+thứ|nhiệm\s+kỳ|khóa|khoá)(?!\w))"
)


def congress_body(text: str, lead: tuple[int, int]) -> tuple[int, int] | None:
    """The body whose congress the lead names ("Đại hội đại biểu Hội Nông dân huyện X lần thứ
    XII ..."), when no one is said to hold it."""
    match = _CONGRESS_OF.search(text, lead[0], lead[1])
    if match is None:
        return None
    return match.start("body"), match.end("body")


def meeting_of_body(text: str, lead: tuple[int, int]) -> tuple[int, int] | None:
    """The body a lead says the meeting is of ("Hội nghị tổng kết ... của Công an tỉnh X"),
    when no one is said to hold it."""
    match = _MEETING_OF.search(text, lead[0], lead[1])
    if match is None:
        return None
    return match.start("body"), match.end("body")


def chaired_body(
    text: str, lead: tuple[int, int], *, by_police_director: bool = False
) -> tuple[int, int] | None:
    """The board, council or emulation cluster whose head chairs the meeting (with
    ``by_police_director``: the police force whose director chairs it), if so written in the
    lead (else near the top: "Tham dự hội nghị có ..., X - Cụm trưởng ... chủ trì hội nghị"
    before a lead set at it)."""
    chaired = _CHAIRED_BY_POLICE_HEAD if by_police_director else _CHAIRED_BY_HEAD
    match = chaired.search(text, lead[0], lead[1])
    if match is None:
        match = chaired.search(text, 0, min(len(text), lead[1], LEAD_SCAN))
    if match is None:
        return None
    return match.start("body"), match.end("body")


# a headline's subject ends at its meeting verb and is the host only whole: no "Tỉnh X:" kicker
# before it, no clause ("Nhiều đơn vị ...")
_HEADLINE_KICKER = re.compile(r"[:;,|?!]")


_EVENT_NOUN_END = re.compile(r"(?i)(?<!\w)(?:hội\s+nghị|lễ|buổi|đại\s+hội)$")


def headline_host(text: str, title: str | None) -> tuple[int, int] | None:
    """Span in ``text`` of the body a headline says holds the meeting, its subject before a
    meeting verb ("Hội Nông dân huyện X tổng kết 5 năm ...", "HỘI ĐỒNG THI ĐUA TỈNH HỌP LẦN
    THỨ NHẤT"), for a report whose lead names no host. Not an honoured subject ("Công an
    huyện X được biểu dương"), a kicker ("Thuận Bắc: Đẩy mạnh ..."), nor a subject that is no
    body ("Nhiều đơn vị tổng kết ...")."""
    at = text.find(title) if title else -1
    if title is None or at < 0:
        return None
    verb = _verb_search(MEETING_VERB, title)
    if verb is None:
        return None
    phrase = title[: verb.start()].rstrip()
    body_head = _BODY_HEAD if not phrase.isupper() else re.compile(_BODY_HEAD.pattern, re.I)
    if (
        not phrase
        # "Hội nghị tổng kết ...": the verb is part of the event's name, no predicate
        or _EVENT_NOUN_START.match(phrase)
        or _EVENT_NOUN_END.search(phrase)
        # "Bộ trưởng Bộ X dự hội nghị tổng kết ...": a guest, an official, not a body
        or _ATTENDS_MEETING.search(phrase)
        or opens_with_post(phrase)
        or _HEADLINE_KICKER.search(phrase)
        or _PASSIVE_END.search(phrase)
        or not body_head.match(phrase)
        or len(phrase.split()) > _MAX_ORGANIZER_WORDS
    ):
        return None
    return at, at + len(phrase)
