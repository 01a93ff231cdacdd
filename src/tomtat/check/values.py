"""Checks of the summary's other numbers: statistics, the event date, the review period.

A statistic's value must be written in the text (in any Vietnamese form) and, to count as
its own, next to its label: the label's head after the figure, or most of its words in the
figure's clause in another order; a value the text writes elsewhere only is doubtful, unless
the cut of a text cut off mid-sentence took the figure's own words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from tomtat.check.facts import NumberAt, TextFacts, number_key
from tomtat.schemas import ArticleSummary, Finding, FindingKind, Severity, Statistic
from tomtat.schemas.paths import item_path
from tomtat.text.dates import PARTS_OF_DAY
from tomtat.text.event_checks import day_month_written
from tomtat.text.figures import FIGURE, number_led, number_led_matches
from tomtat.text.fold import fold_token
from tomtat.text.normalize import normalize_name, similarity
from tomtat.text.segment import CLAUSE_BREAK, last_clause_break
from tomtat.text.stat_labels import CLASSIFIERS, GENERIC_LABELS, sentence_topic
from tomtat.text.stat_rules import CURRENCY_UNIT, MEASURE_UNIT
from tomtat.text.vocab import (
    LUNAR_BRANCHES,
    LUNAR_STEMS,
    MONEY_LABEL_OPENINGS,
    QUALIFIERS,
    SCALE_WORDS,
    SPAN_WORDS,
    STAT_LABEL_OPENINGS,
    STAT_LINK_VERBS,
    UNIT_WORDS,
)

WINDOW_BEFORE = 80
WINDOW_AFTER = 60
LABEL_THRESHOLD = 60.0
"""Label similarity (FORMAT.md's 60) at which a statistic of the finder is the same fact."""

_STOPWORDS = frozenset(
    fold_token(w)
    for w in (
        "và của các có được cho với trong tại từ là đã những một này đó thì để theo về "
        "trên dưới hơn gần khoảng số người năm"
    ).split()
)
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def label_words(label: str) -> frozenset[str]:
    """Folded content words of a label (stop words dropped); cached, labels recur."""
    return folded_words(label) - _STOPWORDS


@lru_cache(maxsize=4096)
def folded_words(label: str) -> frozenset[str]:
    """Every folded word of a label; cached: each statistic's label is read per spot."""
    return _text_words(label)


def near_label(facts: TextFacts, spot: NumberAt, words: frozenset[str] | set[str]) -> bool:
    """True when enough words of the label stand around the number at ``spot``."""
    if not words:
        return True
    window = facts.text[max(0, spot.start - WINDOW_BEFORE) : spot.end + WINDOW_AFTER]
    seen = set(map(fold_token, _WORD.findall(window)))
    hits = len(words & seen)
    return hits >= min(2, len(words)) or hits * 3 >= len(words)


def _finder_disagrees(stat: Statistic, facts: TextFacts) -> Finding | None:
    """A statistic of the finder with this label and another value, none with this value."""
    # a figure in another unit ("204 tỷ đồng" beside "tăng 40 lần") states another measure
    measured = [s for s in facts.stats if s.unit == stat.unit]
    same_label = [s for s in measured if _same_fact(s.label, stat.label)]
    if not same_label:
        same_label = [s for s in measured if similarity(s.label, stat.label) >= LABEL_THRESHOLD]
    if not same_label or any(s.value == stat.value for s in same_label):
        return None
    other = same_label[0]
    values = sorted({s.value for s in same_label})
    return Finding(
        kind=FindingKind.MISMATCH,
        severity=Severity.ERROR,
        path="",
        message=f"the text gives {' or '.join(str(v) for v in values)} for {other.label!r}",
        value=stat.value,
        text_value=values[0] if len(values) == 1 else values,
        start=other.start,
        end=other.end,
        quote=other.quote,
    )


_OPENINGS = tuple(
    sorted((tuple(fold_token(w) for w in o.split()) for o in STAT_LABEL_OPENINGS), key=len)[::-1]
)
_QUALIFIERS = frozenset(
    fold_token(w) for w in (*(q for q in QUALIFIERS if " " not in q), *"với là đạt được có".split())
)
_LINKS = frozenset(fold_token(w) for w in "ở tại với của và trong được cho mỗi".split())
_UNITS = frozenset(fold_token(w) for w in UNIT_WORDS)
_VERBS = frozenset(fold_token(w) for v in STAT_LINK_VERBS for w in v.split())
AFTER_CHARS = 60
AFTER_WORDS = 3
HEAD_WORDS = 2
CLAUSE_CHARS = 120
"""How far a clause after a figure is read for the rest of its label's words."""
_PIECES = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_QUOTES = frozenset("\"'“”‘’«»")
_GROUP = re.Match.group
# what may stand between a figure and its noun: "/879" of "845/879", "%", a parenthesis
# ("612/640 (trên 95%) thôn") or the parenthesis a figure closes ("(trên 95%) thôn")
_LEAD = re.compile(r"^\s*(?:/\s*\d+(?:[.,]\d+)*)?\s*%?\s*(?:\([^()\n]{0,60}\)|\))?")
# "3.871 triệu đồng" is 3,871,000,000: its digits alone state no count
_SCALED = re.compile(r"\s*(?:" + "|".join(SCALE_WORDS) + r")(?!\w)", re.I)
_PERCENT = re.compile(r"\s*%")
# a stop, or a full stop not between two digits ("1.131" is a figure): the one character
# first, then what stands around a "." (so the engine skips to one of these characters
# instead of trying every position, as "(?<!\d)\." made it)
_CLAUSE_END = re.compile(r"[;!?\n.](?:(?<!\.)|(?<!\d\.)|(?!\d))")
_CLAUSE_START = CLAUSE_BREAK


@lru_cache(maxsize=4096)
def label_head(label: str) -> tuple[str, ...]:
    """The first folded words of a label ("số tiền lắp đặt" -> ["tiền", "lắp"]), generic
    openings ("số", "tổng số", "tỷ lệ", "giá trị mỗi") and linking words skipped
    ("huyện trong cụm" -> ["huyện", "cụm"]): the words the text writes after the figure."""
    words = _past_openings(label)
    head = words[:1] + [w for w in words[1:] if w not in _LINKS]
    return tuple(head[:HEAD_WORDS])


@lru_cache(maxsize=4096)
def _past_openings(label: str) -> list[str]:
    """The folded words of a label past its generic openings ("tỷ lệ điều tra" -> điều, tra)."""
    words = [fold_token(w) for w in _WORD.findall(label)]
    stripped = True
    while stripped:
        stripped = False
        for opening in _OPENINGS:
            if len(words) > len(opening) and tuple(words[: len(opening)]) == opening:
                words = words[len(opening) :]
                stripped = True
                break
    return words


@lru_cache(maxsize=4096)
def core_words(label: str) -> frozenset[str]:
    """The content words of a label past its generic openings: what the text must write
    around a figure to state it ("tỷ lệ" names the kind of figure, the "%" writes it)."""
    return frozenset(_past_openings(label)) - _STOPWORDS


@lru_cache(maxsize=1024)
def phrase_after(text: str, end: int) -> tuple[tuple[str, ...], bool]:
    """The folded words right after a number, up to punctuation or the next number
    ("73/126 địa bàn cấp xã thuộc 8" -> địa, bàn, cấp), linking words skipped; and whether
    a unit came first ("5 tỷ đồng xây dựng": the words then say what the amount is for;
    "350 nghìn đồng/suất": the word after the slash is what one unit of money buys)."""
    window = text[end : end + AFTER_CHARS]
    window = window[_LEAD.match(window).end() :]  # type: ignore[union-attr]
    words: list[str] = []
    unit = False
    for piece in map(_GROUP, _PIECES.finditer(window)):  # lazily: it stops a few words in
        if piece in _QUOTES or (piece == "/" and unit and not words):
            continue
        if not piece[0].isalpha():
            break
        folded = fold_token(piece)
        if not words and folded in _UNITS:
            unit = True
        elif folded not in _LINKS:
            words.append(folded)
        if len(words) == AFTER_WORDS:
            break
    return tuple(words), unit


def _word_before(text: str, start: int) -> str | None:
    """The folded word just before a number, past hedges ("số tiền gần 5 tỷ" -> "tiền")."""
    before = text[max(0, start - AFTER_CHARS) : start]
    for piece in reversed(_PIECES.findall(before)):
        folded = fold_token(piece)
        if folded not in _QUALIFIERS:
            return folded if piece[0].isalpha() else None
    return None


@lru_cache(maxsize=1024)
def _clause_begin(text: str, start: int) -> int:
    """Where the clause that ends at offset ``start`` begins: past the last break of
    :data:`CLAUSE_BREAK` in the :data:`AFTER_CHARS` before it (that reach's start when none).
    Cached: the clause before a figure and the item a share restates both start there. The
    window is read alone: a digit beyond its edges does not join a stop to a figure."""
    begin = max(0, start - AFTER_CHARS)
    window = text[begin:start]
    end = last_clause_break(window, 0, len(window))
    return begin if end is None else begin + end


@lru_cache(maxsize=1024)
def _clause_before(text: str, start: int) -> frozenset[str]:
    """The folded words of the clause that ends at a figure, back to the last comma or
    stop ("ngành an ninh, quốc phòng chiếm 19,2%" -> quốc, phòng, chiếm)."""
    return frozenset(map(fold_token, _WORD.findall(text, _clause_begin(text, start), start)))


def _item_of_share(text: str, start: int) -> frozenset[str]:
    """For a share opening a parenthesis ("640 thôn tổ chức phần hội (chiếm 81,2%)"), the
    words of the item before the parenthesis, which it restates; else nothing."""
    clause = _clause_begin(text, start)
    if clause == max(0, start - AFTER_CHARS) or text[clause - 1] != "(":
        return frozenset()
    if not set(map(fold_token, _WORD.findall(text, clause, start))) <= _QUALIFIERS | _VERBS:
        return frozenset()
    return _clause_before(text, clause - 1)


def _sentence_topic(facts: TextFacts, start: int) -> frozenset[str]:
    """The folded words of the topic that opens the figure's sentence ("Đối với án dân sự,
    ngành thụ lý 120 vụ" -> án, dân, sự): what the sentence's figures count."""
    sentence = facts.sentence_at(start)
    if sentence is None:
        return frozenset()
    topic = sentence_topic(facts.text, start, sentence[0])
    return _text_words(topic) if topic else frozenset()


_PREDICATE = re.compile(
    r"(?i)[,;][^\S\n]*(?:" + "|".join(re.escape(v) for v in STAT_LINK_VERBS) + r")[^\S\n]+"
    r"(?:(?:" + "|".join(re.escape(q) for q in QUALIFIERS) + r")[^\S\n]+)?$"
)


def _subject_of_predicate(facts: TextFacts, start: int) -> frozenset[str]:
    """Where the figure's clause is a linking verb's predicate ("giành 77 huy chương, đạt
    226% kế hoạch"), the clause before it is its subject: its words name what the figure
    measures ("huy chương"), with what a counter ending it named earlier ("xảy ra 12 vụ
    phạm pháp hình sự, ...; điều tra làm rõ 11 vụ, đạt 91,6%")."""
    text = facts.text
    begin = max(0, start - AFTER_CHARS)
    link = _PREDICATE.search(text[begin:start])
    if link is None:
        return frozenset()
    end = begin + link.start()
    subject = _clause_before(text, end)
    ending = number_led_matches(_ENDING_COUNT, text, max(0, end - AFTER_CHARS), end)
    counter = ending[0] if ending else None  # ("$": one match at most)
    if counter is not None and fold_token(counter.group("counter")) in _COUNTERS:
        subject |= _counted_before(facts, counter.start(), fold_token(counter.group("counter")))
    return subject


# a figure's first digit before the test of what precedes it ("\d(?<![\w.,]\d)" is
# "(?<![\w.,])\d"): led by a number, tried only where a run of digits starts
_ENDING_COUNT = number_led(
    re.compile(r"\d(?<![\w.,]\d)\d*(?:[.,]\d+)*[^\S\n]+(?P<counter>[^\W\d_]+)\s*$")
)


_OTHER_ITEM = re.compile(
    r"\d(?<![\d.,/]\d)\d*(?:[.,]\d+)*(?P<noun>(?:[^\S\n]*%)?(?:[^\S\n]+[^\W\d_]+)"
    + f"{{0,{AFTER_WORDS}}})"
)


@lru_cache(maxsize=1024)
def _clause_after(text: str, end: int) -> frozenset[str]:
    """The folded words from a figure to the end of its clause (a stop or a semicolon), less
    the words that name another figure's item: in "2 giải Ba và 11 giải Khuyến khích" the
    words "giải Khuyến khích" are 16's, not 1's; in "1 tập thể, 5 cá nhân có thành tích ...
    được tặng Bằng khen" the predicate after both items stays with each."""
    window = text[end : end + CLAUSE_CHARS]
    stop = _CLAUSE_END.search(window)
    window = window[: stop.start() if stop else None]
    words: list[str] = []
    cursor = 0
    for other in _OTHER_ITEM.finditer(window):
        figure = other.group()[: other.start("noun") - other.start()]
        if len(figure) == 4 and figure[:2] in ("19", "20"):
            continue  # a year names no item of its own
        words += _WORD.findall(window, cursor, other.start())
        cursor = other.end()
    words += _WORD.findall(window, cursor)
    return frozenset(map(fold_token, words))


def _subject_before(text: str, spot: NumberAt, label: str) -> bool:
    """A figure with no noun after it ("... chiếm 19,2 %.", "đạt bình quân gần 80%;") is
    the label's when its clause names the label: the word just before it, or two of its
    content words (every one, for a label of one) before a linking verb or the figure."""
    words = folded_words(label)
    before = _word_before(text, spot.start)
    if before is not None and before in words and before not in _VERBS:
        return True
    content = label_words(label)
    if not content:
        return False
    hits = len(content & (_clause_before(text, spot.start) - _VERBS))
    return hits >= min(2, len(content))


_YEAR_WORDS = re.compile(
    r"(?<!\w)(?:năm(?:\s+học)?|giai\s+đoạn|nhiệm\s+kỳ|khóa|khoá|date)\s*$",
    re.I,
)
"""Words a year follows: "năm", a period, the loader's " date " prefix."""
_SEASON_WORDS = re.compile(
    rf"(?<!\w)(?:xuân|hè|tết|(?:{LUNAR_STEMS})\s+(?:{LUNAR_BRANCHES}))\s*$",
    re.I,
)
"""A season, Tết or a lunar year's name ("hè 2031", "Xuân Canh Ngọ 2050"): a year follows
them only as bare digits with no unit after (see :func:`_bare_year`)."""
_WORD_NEXT = re.compile(r"^[^\S\n]*(\w+)")
_RANGE_NEXT = re.compile(r"^\s*[-–—]\s*(?:19|20)\d\d(?!\d)")
_RANGE_PREV = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*$")
_DAY_MONTH_PREV = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]$")
_MONTH_YEAR_NEXT = re.compile(r"^[/.-]\d{1,2}[/.-](?:19|20)?\d\d(?!\d)")
_DAY_PREV = re.compile(r"(?<!\d)\d{1,2}[/.-]$")
_YEAR_NEXT = re.compile(r"^[/.-](?:19|20)\d\d(?!\d)")
# a date's day follows "ngày", "đêm" or a part of the day ("sáng 4/3", "chiều 12/10")
_DAY_WORD = "|".join(("ngày", "đêm", *PARTS_OF_DAY))
_NGAY = re.compile(rf"(?<!\w)(?:{_DAY_WORD})\s*$", re.I)
_NGAY_DAY_PREV = re.compile(rf"(?<!\w)(?:{_DAY_WORD})\s*\d{{1,2}}\s*[/.-]$", re.I)
# "tháng 6" names a month; "mỗi tháng 4 buổi", "hằng tháng 2 lần" count per month
_THANG = re.compile(r"(?<!\w)(?P<each>(?:mỗi|hàng|hằng|các|mấy|vài)\s+)?tháng\s*$", re.I)
_MONTH_NEXT = re.compile(r"^[/.-]\d{1,2}(?!\d)")
_DOCUMENT_NEXT = re.compile(r"^\s*/\s*[A-ZĐ]")


def _bare_year(text: str, spot: NumberAt, after: str) -> bool:
    """The figure at ``spot`` is written as a year is: bare digits ("2031", never "2.031",
    which counts: "vụ Xuân 2.050 ha") and no unit of measure after it ("2050 ha")."""
    if not text[spot.start : spot.end].isdigit():
        return False
    word = _WORD_NEXT.match(after)
    return word is None or fold_token(word.group(1)) not in _UNITS


def is_date_or_code(text: str, spot: NumberAt) -> bool:
    """True for a figure that names a time or a document, not a count: a year ("năm 2023",
    "giai đoạn 2020-2025", "năm học 2022-2023", "25/5/2023"), a day or month of a date
    ("ngày 19.8.2005", "ngày 3/2", "tháng 6") or a document number ("Quyết định 2862/QĐ-CTN")."""
    before, after = text[max(0, spot.start - 20) : spot.start], text[spot.end : spot.end + 12]
    if _DOCUMENT_NEXT.match(after):
        return True
    value = spot.value
    if value != int(value):
        return False
    if 1900 <= value <= 2100:
        return bool(
            _YEAR_WORDS.search(before)
            or (_SEASON_WORDS.search(before) and _bare_year(text, spot, after))
            or _RANGE_NEXT.match(after)
            or _RANGE_PREV.search(before)
            or _DAY_MONTH_PREV.search(before)
        )
    if value <= 31 and (
        _MONTH_YEAR_NEXT.match(after) or (_MONTH_NEXT.match(after) and _NGAY.search(before))
    ):
        return True
    # "tháng" must end ``before`` for _THANG to match: tested first, the search is rare
    named = value <= 12 and before.rstrip()[-5:].lower() == "tháng"
    month = _THANG.search(before) if named else None
    if month is not None and not month.group("each"):
        return True  # a month named ("so với tháng 6"), not six of anything
    if value <= 12 and _NGAY_DAY_PREV.search(before):
        return True  # the month of "ngày 12/12"
    return value <= 12 and bool(_DAY_PREV.search(before) and _YEAR_NEXT.match(after))


_COUNTERS = frozenset(fold_token(w) for w in (*CLASSIFIERS, *GENERIC_LABELS) if " " not in w)
"""Nouns that count without naming what is counted ("583 người", "giảm 24 vụ"): the words
before the figure name it."""
CLAUSE_SHARE = 0.75
"""Share of a label's content words the clause of a figure must write to state it."""


SENTENCE_CHARS = 240
"""How far back in its sentence a counter's earlier noun phrase is looked for."""


def _counted_before(facts: TextFacts, start: int, counter: str) -> frozenset[str]:
    """The words the same counter first named earlier in the sentence: in "xảy ra 63 vụ tai
    nạn giao thông, ..., giảm 24 vụ" the second "vụ" counts "tai nạn giao thông" again."""
    text = facts.text
    sentence = facts.sentence_at(start)
    begin = max(sentence[0] if sentence else start, start - SENTENCE_CHARS)
    for match in number_led_matches(_EARLIER_COUNT, text, begin, start):
        if fold_token(match.group("counter")) == counter:
            noun = frozenset(fold_token(w) for w in _WORD.findall(match.group("noun")))
            if noun:
                return noun  # the first telling names the thing; later ones refer back
    return frozenset()


_EARLIER_COUNT = number_led(
    re.compile(
        r"\d(?<![\w.,]\d)\d*(?:[.,]\d+)*[^\S\n]+(?P<counter>[^\W\d_]+)"
        r"(?P<noun>[^,;:.!?()\n\d]{0,60})"
    )
)


def _clause_states(facts: TextFacts, spot: NumberAt, label: str, after: tuple[str, ...]) -> bool:
    """The figure's clause writes the label in another word order: most of the label's
    content words stand in the clause before the figure and, where the figure's noun is the
    label's head, in the clause after it ("diễn tập ... trong khu vực phòng thủ đối với 8 xã" for
    "xã diễn tập ... phòng thủ"; "đạt 187% kế hoạch" for "đạt kế hoạch"); a mere counter
    after it ("là 583 người", "giảm 24 vụ") counts what the words around it name, or what
    the same counter named earlier in the sentence. A share opening a parenthesis takes the
    item before it ("640 thôn tổ chức phần hội (chiếm 81,2%)"), and the topic opening the
    sentence counts for every figure of it ("Đối với án dân sự, ngành thụ lý 120 vụ"). A
    figure whose noun is another word names another fact.

    The places are read one at a time, cheapest first, until enough words are found (the
    count only grows): most figures are settled by their own clause."""
    content = core_words(label)
    if not content:
        return False
    text, start, end = facts.text, spot.start, spot.end
    head = bool(after) and after[0] in label_head(label)
    if after and not head and after[0] not in _COUNTERS:
        return False
    size = len(content)
    hits = set(content & _clause_before(text, start))
    if after and not _enough(len(hits), size):
        hits |= content & _clause_after(text, end)
        if not head and not _enough(len(hits), size):  # a counter
            hits |= content & _counted_before(facts, start, after[0])
    if _enough(len(hits), size):
        return True  # most figures: settled by their own clause
    rarer: tuple[Callable[[], frozenset[str]], ...] = (
        lambda: _item_of_share(text, start),
        lambda: _subject_of_predicate(facts, start),
        lambda: _sentence_topic(facts, start),
    )
    for read in rarer:
        hits |= content & read()
        if _enough(len(hits), size):
            return True
    return False


def _enough(hits: int, size: int) -> bool:
    """Whether ``hits`` of a label's ``size`` content words are enough to state it."""
    return size > 0 and hits >= min(2, size) and hits >= CLAUSE_SHARE * size


def next_to_label(facts: TextFacts, spot: NumberAt, label: str, unit: str | None = None) -> bool:
    """The label's first words follow the number ("1.131 mắt", "68 tổ kẻng an ninh"; after a
    unit, two of its words: "2,5 tỷ đồng xây dựng"), or its noun follows and two more of its
    words stand in the rest of the clause ("7 xã của huyện đã được phong tặng ..." for "xã
    được phong tặng"); when no noun follows, the clause before it names the label ("số tiền
    gần 5 tỷ đồng;", "ngành an ninh, quốc phòng chiếm 19,2%")."""
    head = label_head(label)
    if not head or is_date_or_code(facts.text, spot) or _SCALED.match(facts.text, spot.end):
        return False
    unit_end = _unit_end(facts.text, spot, unit)
    if unit_end is not None:
        # a unit of its own written after the figure ("tăng gần 40 lần so với số thu năm
        # 1997"): the label's words stand around the figure and its unit
        content = label_words(label)
        around = _clause_before(facts.text, spot.start) | _clause_after(facts.text, unit_end)
        return _enough(len(content & around), len(content))
    after, unit_word = phrase_after(facts.text, spot.end)
    words = folded_words(label)
    if not unit_word and _clause_states(facts, spot, label, after):
        return True
    if after:
        if all(word in after for word in head[: len(after)]):
            return True
        if unit_word and len(words & set(after)) >= 2:
            return True
        if unit_word and _enough(
            len(core_words(label) & _money_clause(facts.text, spot)), len(core_words(label))
        ):
            return True
        rest = label_words(label) - {head[0]}
        if after[0] == head[0] and len(rest & _clause_after(facts.text, spot.end)) >= 2:
            return True
        # a share or an amount is often said of the words before it and followed by the
        # next item ("... giáo dục chiếm 27,4 % và các ngành còn lại chiếm 12,8 %")
        return (unit_word or _PERCENT.match(facts.text, spot.end) is not None) and _subject_before(
            facts.text, spot, label
        )
    return _subject_before(facts.text, spot, label)


def _money_clause(text: str, spot: NumberAt) -> frozenset[str]:
    """The words of an amount's clause before it and after its unit, where its purpose is
    written ("trao 50 triệu đồng cho xã X để hỗ trợ các hộ bị bão"): what the money is."""
    return _clause_before(text, spot.start) | _clause_after(text, spot.end)


def _same_fact(finder_label: str, label: str) -> bool:
    """A finder statistic names the same fact: same first word, all its words in the label."""
    ours, theirs = label_head(label), label_head(finder_label)
    if not ours or not theirs or ours[0] != theirs[0]:
        return False
    words = folded_words(label)
    return folded_words(finder_label) <= words


def label_fit(facts: TextFacts, spot: NumberAt, label: str) -> int:
    """How many content words of the label the clause of a figure writes (before and after)."""
    around = _clause_before(facts.text, spot.start) | _clause_after(facts.text, spot.end)
    return len(label_words(label) & around)


MAX_SPOTS = 64
"""Spots of one value weighed per statistic: a report writes a figure a few times; a text
that writes it thousands of times (not prose) is judged on its first ones."""


def assign_spots(stats: Sequence[Statistic], facts: TextFacts) -> dict[int, list[NumberAt]]:
    """The spots each statistic may stand on: a written figure states one fact.

    Where two statistics of a summary share a value, the figure next to both labels goes to
    the label its clause fits best ("2 tập thể được tặng Huân chương Độc lập" is the
    Huân chương's, not the Cờ thi đua's), one figure per statistic ("11/11 đơn vị": one
    each). A statistic left without a spot of its own keeps only the figures nobody took.
    A statistic written at one place that no other statistic's value stands at keeps it
    unweighed (most do): weighing only settles which statistic a shared figure is, and its
    one spot, its own or nobody's, is the same spot to the checks after.
    """
    found = [spots_of(stat, facts) for stat in stats]  # read once, weighed then handed out
    pairs: list[tuple[int, int, int, NumberAt]] = []
    for j in _contested(found):
        stat = stats[j]
        # the index writes most figures twice, as the finder reads them and as digits (the
        # same value at the same span): each distinct spot is weighed once (keyed by the
        # fields a spot's equality compares, hashed without a Python-level __hash__ call)
        weighed: dict[tuple[float, int, int], int | None] = {}
        for spot in found[j][:MAX_SPOTS]:
            key = (spot.value, spot.start, spot.end)
            if key not in weighed:
                near = next_to_label(facts, spot, stat.label, stat.unit)
                weighed[key] = -label_fit(facts, spot, stat.label) if near else None
            fit = weighed[key]
            if fit is not None:
                pairs.append((fit, spot.start, j, spot))
    pairs.sort(key=lambda p: p[:3])
    own: dict[int, NumberAt] = {}
    taken: set[int] = set()
    for _, start, j, spot in pairs:
        if j not in own and start not in taken:
            own[j] = spot
            taken.add(start)
    return {
        j: [own[j]] if j in own else [spot for spot in found[j] if spot.start not in taken]
        for j in range(len(stats))
    }


def _contested(found: Sequence[Sequence[NumberAt]]) -> Iterator[int]:
    """The indexes of the statistics whose spots need weighing: those written at more than
    one place, or at a place where another statistic's value stands too."""
    starts = [{spot.start for spot in spots} for spots in found]
    holders = Counter(start for held in starts for start in held)
    for j, spots in enumerate(found):
        if _distinct(spots) or any(holders[start] > 1 for start in starts[j]):
            yield j


def _distinct(spots: Sequence[NumberAt]) -> bool:
    """Whether ``spots`` holds more than one distinct spot (as ``len(set(spots)) > 1``, with
    the fields a spot's equality compares as the key: no Python-level ``__hash__`` call)."""
    return len(spots) > 1 and len({(s.value, s.start, s.end) for s in spots}) > 1


_PERCENT_END = re.compile(r"(?:%|phần\s+trăm)$", re.I)
_PERCENT_LAST = frozenset("%mM\n")
"""The last character of any span that ``_PERCENT_END`` matches: "%", the "m" of "trăm",
or the line break its "$" may stand before."""


def _ends_in_percent(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in "%" or "phần trăm" (``_PERCENT_END``); the
    search runs only where the span's last character allows it (most figures: digits)."""
    end = min(end, len(text))  # as the search clamps it
    return (
        start < end
        and text[end - 1] in _PERCENT_LAST
        and _PERCENT_END.search(text, start, end) is not None
    )


_MEASURE_AFTER = re.compile(
    r"\s*(?P<unit>" + MEASURE_UNIT + r"|m(?!\w))|\s*(?:%|phần\s+trăm(?!\w))", re.I
)
_SQUARE = str.maketrans({"²": "2"})


def _in_unit(text: str, spot: NumberAt, unit: str | None) -> bool:
    """Whether the figure at ``spot`` is written in ``unit``: a rate with "%" ("phần trăm"),
    a measure with its unit, a statistic without a unit on no measure (a rate may lack its
    "%"); money is not judged (its scale words make many forms)."""
    if unit is not None and unit.lower() in ("đồng", "usd"):
        return True
    if unit is not None and _unit_follows(text, spot, unit):
        return True  # any unit written right after the figure ("tăng 40 lần", "12 tháng")
    if _ends_in_percent(text, spot.start, spot.end):
        # a rate per period ("%/năm") is a rate written with its "%"
        return unit is None or unit.split("/")[0].strip() == "%"
    after = _MEASURE_AFTER.match(text, spot.end)
    if unit is None:  # a rate given without its "%" is still that rate
        return after is None or after.group("unit") is None
    if unit == "%":
        return after is not None and after.group("unit") is None
    written = after.group("unit") if after is not None else None
    return written is not None and written.lower().translate(_SQUARE) == unit.lower().translate(
        _SQUARE
    )


def _unit_end(text: str, spot: NumberAt, unit: str | None) -> int | None:
    """Where a unit of the statistic's own, written in words right after the figure, ends
    ("40 lần", "3 tháng"); None for no unit, money, a measure, a rate, or a unit not
    written there."""
    if unit is None or not unit.replace(" ", "").isalpha():
        return None
    words = [fold_token(w) for w in unit.split()]
    if words[0] in _UNITS:
        return None  # money and measures have their own forms (see _in_unit)
    at = spot.end
    for k, word in enumerate(words):
        # the first word may be glued to the figure ("1,5g", "20km"): a unit all the same
        match = (_GLUED_WORD_AT if k == 0 else _NEXT_WORD_AT).match(text, at)
        if match is None or fold_token(match.group(1)) != word:
            return None
        at = match.end()
    return at


_NEXT_WORD_AT = re.compile(r"[^\S\n]+([^\W\d_]+)")
_GLUED_WORD_AT = re.compile(r"[^\S\n]*([^\W\d_]+)")


def _unit_follows(text: str, spot: NumberAt, unit: str) -> bool:
    """The statistic's unit is written in words right after the figure."""
    return _unit_end(text, spot, unit) is not None


def spots_of(stat: Statistic, facts: TextFacts) -> list[NumberAt]:
    """Where the text writes a statistic's value in its unit (see :func:`_in_unit`): "2.025
    đại biểu" states no 2025%, and "100 kg ma túy" no count of 100."""
    return [s for s in facts.numbers.where(stat.value) if _in_unit(facts.text, s, stat.unit)]


def support(stat: Statistic, facts: TextFacts, spots: Sequence[NumberAt] | None = None) -> str:
    """How the text supports a statistic: "strong" (the value next to its label's words, or
    the statistics finder agreeing), "weak" (written, label words around) or "none".
    ``spots`` narrows the figures it may stand on (see :func:`assign_spots`)."""
    if spots is None:
        spots = spots_of(stat, facts)
    starts = [spot.start for spot in spots]
    if any(
        s.value == stat.value
        and _same_fact(s.label, stat.label)
        and any(s.start <= at < s.end for at in starts)
        for s in facts.stats
    ):
        return "strong"
    if any(next_to_label(facts, spot, stat.label, stat.unit) for spot in spots):
        return "strong"
    words = label_words(stat.label)
    if any(near_label(facts, spot, words) for spot in spots_of(stat, facts)):
        return "weak"
    return "none"


_ITEM_END = CLAUSE_BREAK


def _item_after(text: str, end: int) -> set[str]:
    """The folded words after a figure up to the end of its item of a list (a comma, a
    parenthesis, a stop) or the next figure: the words that name the figure's own part
    ("9 giải Nhì, ..."), where the next item's name ("..., Long An 167") is not."""
    window = text[end : end + CLAUSE_CHARS]
    stop = _ITEM_END.search(window)
    window = window[: stop.start() if stop else None]
    other = _OTHER_ITEM.search(window)
    return set(map(fold_token, _WORD.findall(window, 0, other.start() if other else len(window))))


RIVAL_THRESHOLD = 85.0
"""Label similarity at which another figure's reading names the summary's fact."""


@lru_cache(maxsize=4096)
def _name_words(label: str) -> frozenset[str]:
    """Folded words of the proper names a label carries after its first word ("mô hình Trà
    Vinh" -> tra, vinh; "giải Khuyến khích" -> khuyen): what sets one part or one class
    apart from its siblings. Abbreviations ("ANTQ", "THCS") name the field, not a part.
    Cached: every statistic's label is read once per check, and labels recur."""
    words = _WORD.findall(label)[1:]
    return frozenset(fold_token(w) for w in words if w[:1].isupper() and not w.isupper())


def read_as_another_fact(
    stat: Statistic, facts: TextFacts, spots: Sequence[NumberAt] | None
) -> Finding | None:
    """A value the text writes next to the label's head noun but not next to the name that
    sets the label's fact apart, which the finder reads at another figure: in "nhân rộng 67
    mô hình ... 891 mô hình (An Giang 59, Trà Vinh 18)" the 67 is no count of "mô hình Trà
    Vinh"; in "3 giải Nhất, 7 giải Nhì và 12 giải Khuyến khích" the 9 is no count of "giải
    Khuyến khích". Only a name of the label that the rival reading says, and that neither
    the finder's reading of this figure nor its clause says, makes the mismatch."""
    names = _name_words(stat.label)
    if not names:
        return None
    if spots is None:
        spots = facts.numbers.where(stat.value)
    for spot in spots:
        around = _clause_before(facts.text, spot.start) | _item_after(facts.text, spot.end)
        around |= {
            w
            for s in facts.stats
            if s.value == stat.value and s.start <= spot.start < s.end
            for w in label_words(s.label)
        }
        if names <= around:
            return None
        head = label_head(stat.label)[:1]
        rivals = [
            s
            for s in facts.stats
            if s.value != stat.value
            and s.unit == stat.unit
            and label_head(s.label)[:1] == head  # a sibling part: "mô hình X", "mô hình Y"
            and (names - around) & label_words(s.label)
            and similarity(s.label, stat.label) >= RIVAL_THRESHOLD
        ]
        if not rivals:
            return None
        rival = rivals[0]
        return Finding(
            kind=FindingKind.MISMATCH,
            severity=Severity.ERROR,
            path="",
            message=f"the text gives {rival.value} for {rival.label!r}; {stat.value} stands "
            "where the label's name is not written",
            value=stat.value,
            text_value=rival.value,
            start=rival.start,
            end=rival.end,
            quote=rival.quote,
        )
    return None


CUT_REACH = 2
"""Words after a figure, up to the end of a cut text, within which the cut may have taken
the figure's own words ("2 triệu đồn"; not "842 tổ hòa giải, 176 đội")."""


def _at_the_cut(facts: TextFacts, spot: NumberAt) -> bool:
    """At most :data:`CUT_REACH` words stand between the figure and the text's end."""
    return len(_WORD.findall(facts.text, spot.end)) <= CUT_REACH


SHARED_WORDS = 2
"""Folded words (syllables) a finder's label must share with a statistic's to read the same
fact in other words: one two-syllable word ("thụ lý", "đoạt giải") or two words."""


def _read_there_in_other_words(
    stat: Statistic, facts: TextFacts, spots: Sequence[NumberAt]
) -> str | None:
    """The statistics finder reads the value as a fact in the same unit at one of the
    figures left to this statistic (none that another statistic of the summary stands on),
    under a label whose words (counters aside) are all the summary's, sharing
    :data:`SHARED_WORDS` of them that the figure's own clause writes ("thụ lý 120 vụ" read
    "vụ thụ lý" for "án hình sự thụ lý"; not "bị hủy là 15 vụ" read "án bị hủy" for "án bị
    sửa", nor "đã xét xử 98 vụ" read "thụ lý xét xử"): the figure is stated there and only its
    wording differs; the check cannot tell a wrong value, so it notes the doubt instead of
    warning. The label's words must all be written around the figure (its sentence and the
    one before): a label adding words of its own ("đạt kế hoạch giải đấu" where the text
    says "đạt 128% kế hoạch" of medals) is no such reading; nor is a lone shared noun ("hộ",
    "vàng"), nor one naming another part ("mô hình X" read at the figure of "mô hình Y").
    Returns the finder's label of that reading, None where there is none."""
    words = core_words(stat.label) - _COUNTERS
    for spot in spots:
        if _head_counts_another(facts, spot, stat.label):
            continue
        if not label_words(stat.label) <= _words_around(facts, spot.start):
            continue
        clause = _clause_before(facts.text, spot.start) | _clause_after(facts.text, spot.end)
        for s in facts.stats:
            if not (
                s.value == stat.value and s.unit == stat.unit and s.start <= spot.start < s.end
            ):
                continue
            if not (
                _name_words(s.label) <= folded_words(stat.label)
                and _name_words(stat.label) <= folded_words(s.label)
            ):
                continue
            theirs = label_words(s.label) - _COUNTERS
            if (
                len(words & theirs & clause) >= SHARED_WORDS and theirs <= folded_words(stat.label)
            ) or _names_the_part(s.label, stat.label, clause):
                return s.label
    return None


def _words_around(facts: TextFacts, at: int) -> frozenset[str]:
    """The folded words of the sentence holding ``at`` and of the sentence before it (which a
    "Trong đó có 5 nam, 3 nữ" breaks down)."""
    sentence = facts.sentence_at(at)
    if sentence is None:
        return frozenset()
    begin, end = sentence
    back = begin - 1
    while back > 0 and facts.text[back].isspace():
        back -= 1
    before = facts.sentence_at(back) if back >= 0 else None
    if before is not None and before[1] <= begin:
        begin = before[0]
    return frozenset(map(fold_token, _WORD.findall(facts.text, begin, end)))


def _head_counts_another(facts: TextFacts, spot: NumberAt, label: str) -> bool:
    """The figure at ``spot`` counts something other than the label's thing: its own
    counter is another than the label's ("giảm 3 căn" for "giảm số vụ cháy"), or another
    figure of its clause is followed by the label's head noun ("bắt giữ 7 vụ gồm 11 đối
    tượng" for "đối tượng bị bắt giữ")."""
    text = facts.text
    after, _ = phrase_after(text, spot.end)
    ours = folded_words(label) & _COUNTERS
    if after and after[0] in _COUNTERS and ours and after[0] not in ours:
        return True  # "giảm 3 căn" is no count of "vụ" for "giảm số vụ cháy"
    head = label_head(label)[:1]
    if not head:
        return False
    reach = max(0, spot.start - CLAUSE_CHARS)
    after_break = last_clause_break(text, reach, spot.start)
    begin = reach if after_break is None else after_break
    stop = _CLAUSE_START.search(text, spot.end)
    for figure in FIGURE.finditer(text, begin, stop.start() if stop else len(text)):
        if figure.start() <= spot.start < figure.end():
            continue
        noun, _ = phrase_after(text, figure.end())
        if noun[:1] == head:
            return True
    return False


def _names_the_part(finder_label: str, label: str, clause: frozenset[str]) -> bool:
    """The finder's label, counters and stop words dropped, is the last words of the
    summary's: the part a label of a breakdown names after its whole ("55 nam" read "nam"
    for "nông dân xuất sắc nam"; "sửa 18 vụ" read "vụ sửa" for "án bị sửa")."""
    part = [w for w in _WORD.findall(finder_label) if fold_token(w) not in _COUNTERS | _STOPWORDS]
    ours = [fold_token(w) for w in _WORD.findall(label)]
    tail = [fold_token(w) for w in part]
    return 0 < len(tail) < len(ours) and ours[-len(tail) :] == tail and set(tail) <= clause


MAX_RIVALS = 400
"""Figures of the text weighed as rivals of a statistic's label (a report writes dozens)."""


def _figure_clause(facts: TextFacts, spot: NumberAt) -> frozenset[str]:
    """The words a figure's clause gives it: before it, after it up to the next figure's
    item, the item a share restates, a linking verb's subject, its sentence's topic."""
    return (
        _clause_before(facts.text, spot.start)
        | frozenset(_item_after(facts.text, spot.end))
        | _item_of_share(facts.text, spot.start)
        | _subject_of_predicate(facts, spot.start)
        | _sentence_topic(facts, spot.start)
    )


def confusion_evidence(stat: Statistic, facts: TextFacts, spots: Sequence[NumberAt]) -> str | None:
    """Why a value written in the text but not next to its label is likely another fact's,
    or None where nothing says so.

    A report states a figure once and a summary may name it in other words ("quãng đường
    truy đuổi" for "đuổi theo khoảng 300 m"): with no rival in the text the check cannot
    tell, and only notes it. It warns on evidence that the value is no such figure or that
    a sibling fact was taken for the label's: the value is written only as a date, a code,
    the digits of a scaled amount, a span of time or a figure of another kind; the figure
    counts another thing; the text names none of the label's words; the label's words stand
    next to another figure outside the value's sentence and the next; or the words that set
    the label apart, missing from the value's clauses, stand in the clause of another figure
    of the same measure ("án bị sửa" at the figure of "bị hủy" where "sửa" opens the next
    item; see :func:`_of_another_measure`). A figure of another measure is no rival: "đạt
    kế hoạch giải đấu" at a rate beside "18 giải" may be a label in other words, and is only
    noted."""
    if not spots:
        return "its figures state other statistics of the summary"
    if not any(_a_figure_of_kind(facts.text, spot, stat, rival=False) for spot in spots):
        return "it is written only as a date, a code, or a figure of another kind"
    if all(_head_counts_another(facts, spot, stat.label) for spot in spots):
        return "its figure counts another thing"
    written = _text_words(facts.text)
    if not core_words(stat.label) & written:
        return "the text names none of its words"
    own: frozenset[str] = frozenset()
    near: set[int] = set()
    for spot in spots:
        own |= _figure_clause(facts, spot)
        near |= _sentence_and_next(facts, spot.start)
    apart = (core_words(stat.label) - _COUNTERS - _STOPWORDS - own) & written
    names = _name_words(stat.label)
    money = _is_money(stat)
    key = number_key(stat.value)
    weighed = 0
    for value, others in facts.numbers.positions.items():
        if value == key:
            continue
        for other in others:
            weighed += 1
            if weighed > MAX_RIVALS:
                return None
            if not _a_rival(facts.text, other) or _part_of_the_label(facts.text, other, stat):
                continue
            if (
                other.start not in near
                and _a_figure_of_kind(facts.text, other, stat)
                and next_to_label(facts, other, stat.label, stat.unit)
            ):
                return f"the text writes {other.value:g} next to its words"
            if money and not _CURRENCY_AFTER.match(facts.text, other.end):
                continue  # an amount is told of what a count next to it counts ("50 phần quà,
                # mỗi phần trị giá 400.000đ"): a count's words set no sibling amount apart
            if _of_another_measure(facts.text, other, stat):
                # a figure of another measure (a count beside a rate, an amount beside a
                # share) states no other figure for the same fact: a report repeats its
                # nouns across figures of every measure, and a label in other words sharing
                # them is no evidence that its value is wrong
                continue
            taken = apart & _figure_clause(facts, other)
            if len(taken) >= SHARED_WORDS or taken & (names | _beside(facts.text, other)):
                return f"{', '.join(sorted(taken))!r} names {other.value:g} in the text"
    return None


def _beside(text: str, spot: NumberAt) -> set[str]:
    """The word right before a figure and the noun right after it: the verb that names it
    ("sửa 27 vụ") and what it counts ("18 giải")."""
    counted, _ = phrase_after(text, spot.end)
    before = _word_before(text, spot.start)
    return set(counted[:1]) | ({before} if before else set())


def _sentence_and_next(facts: TextFacts, at: int) -> set[int]:
    """The starts of the figures that stand in the sentence of ``at`` or in the next one,
    as a set of character offsets: a range ("từ 10 triệu đến 20 triệu"), a result against
    its plan ("đạt 4,42% ... kế hoạch (4,45%)") or a breakdown ("có 321 em ... Trong đó 271
    em") shares the words of its whole, which then tell no sibling apart."""
    sentence = facts.sentence_at(at)
    if sentence is None:
        return set()
    begin, end = sentence
    after = end
    while after < len(facts.text) and facts.text[after].isspace():
        after += 1
    following = facts.sentence_at(after) if after < len(facts.text) else None
    if following is not None and following[0] >= begin:
        end = max(end, following[1])
    return set(range(begin, end))


@lru_cache(maxsize=64)
def _text_words(text: str) -> frozenset[str]:
    """Every folded word of a text (uncached: a whole article would crowd
    :func:`folded_words`'s cache of labels)."""
    return frozenset(map(fold_token, _WORD.findall(text)))


_SCALE_END = re.compile(r"(?:" + "|".join(SCALE_WORDS) + r")$", re.I)
_SPANS = frozenset(fold_token(w) for w in SPAN_WORDS)
_CURRENCY_AFTER = re.compile(
    r"[^\S\n]*(?:(?:" + "|".join(SCALE_WORDS) + r")[^\S\n]*)?(?:" + CURRENCY_UNIT + r"|usd(?!\w))",
    re.I,
)
_CLOCK_BEFORE = re.compile(r"\d[:hg]$", re.I)
_WORD_HYPHEN_BEFORE = re.compile(r"[^\W\d_]-$")


def stands_alone(text: str, spot: NumberAt) -> bool:
    """A figure standing alone (not "18k" nor "AR15" nor "Covid-19"), no date, code or time of day, not
    the digits of a scaled amount ("40" of "40 tỉ đồng"): the part a rival and a figure of
    a statistic's kind share."""
    start, end = spot.start, spot.end
    if (start > 0 and text[start - 1].isalpha()) or _WORD_HYPHEN_BEFORE.search(
        text, max(0, start - 2), start
    ):
        return False  # "AR15", "Covid-19": part of a name
    if _SCALED.match(text, end) or _CLOCK_BEFORE.search(text, max(0, start - 2), start):
        return False
    glued = text[end : end + 1].isalpha()
    if glued and not (_CURRENCY_AFTER.match(text, end) or _MEASURE_AFTER.match(text, end)):
        return False
    return not is_date_or_code(text, spot)


def _a_rival(text: str, spot: NumberAt) -> bool:
    """A figure another fact may stand on: written in digits ("một" is mostly "a") and
    standing alone."""
    return text[spot.start : spot.start + 1].isdigit() and stands_alone(text, spot)


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _part_of_the_label(text: str, other: NumberAt, stat: Statistic) -> bool:
    """The figure at ``other`` is written in the statistic's label with the word before it
    ("Cụm thi đua số 1", "Tổ công tác 5"): a number of the name the label gives, not another
    figure for the labelled fact."""
    before = _WORD_BEFORE.search(text, max(0, other.start - 40), other.start)
    if before is None:
        return False
    written = normalize_name(f"{before.group(1)} {text[other.start : other.end]}")
    return bool(written) and f" {written} " in f" {normalize_name(stat.label)} "


def _is_money(stat: Statistic) -> bool:
    """An amount of money: in đồng or USD, or a label naming one ("giá trị mỗi suất quà")."""
    if stat.unit is not None:
        return stat.unit.lower() in ("đồng", "usd")
    label = stat.label.lower()
    return any(label.startswith(opening + " ") for opening in MONEY_LABEL_OPENINGS)


def _of_another_measure(text: str, spot: NumberAt, stat: Statistic) -> bool:
    """The figure at ``spot`` and the statistic measure different things: one an amount of
    money and the other not, or one a rate (%) and the other not. A count beside a count in
    another unit ("3 tháng", "45 lần") is of the same measure: either may tell a fact."""
    money = _CURRENCY_AFTER.match(text, spot.end) is not None
    if _is_money(stat) != (money or _SCALE_END.search(text, spot.start, spot.end) is not None):
        return True
    rate = _ends_in_percent(text, spot.start, spot.end) or _PERCENT.match(text, spot.end)
    return bool(rate) != (stat.unit == "%")


def _a_figure_of_kind(text: str, spot: NumberAt, stat: Statistic, rival: bool = True) -> bool:
    """A figure that may state a statistic: standing alone (not "18k" nor "AR15"), no date
    or code, not the digits of a scaled amount ("40" of "40 tỷ"), of the statistic's kind:
    money for an amount, a rate for a rate, a count (no rate, no amount) for a count, else
    written in its unit; a span of time or an age ("2 năm") only for a label or unit naming
    it. A ``rival`` must be written in digits: "một" is mostly "a"."""
    unit, label = stat.unit, stat.label
    start, end = spot.start, spot.end
    if rival and not text[start : start + 1].isdigit():
        return False
    if not stands_alone(text, spot):
        return False
    after, _ = phrase_after(text, end)
    if after and after[0] in _SPANS and after[0] not in folded_words(label):
        if unit is None or fold_token(unit.split()[0]) != after[0]:
            return False
    currency = _CURRENCY_AFTER.match(text, end) is not None
    if _is_money(stat):
        return currency or _SCALE_END.search(text, start, end) is not None
    if currency:
        return False
    if unit is None:
        rate = _ends_in_percent(text, start, end) or _PERCENT.match(text, end)
        return not rate and _MEASURE_AFTER.match(text, end) is None
    return _in_unit(text, spot, unit)


def check_statistic(
    j: int, stat: Statistic, facts: TextFacts, spots: Sequence[NumberAt] | None = None
) -> Finding | None:
    """One finding for a statistic whose value the text does not support, else None."""
    path = item_path("statistics", j, "value")
    level = support(stat, facts, spots)
    free = spots_of(stat, facts) if spots is None else spots
    if level == "strong":
        rival = read_as_another_fact(stat, facts, spots)
        if rival is not None:
            rival.path = path
        return rival
    spots = facts.numbers.where(stat.value)
    disagree = _finder_disagrees(stat, facts)
    if disagree is not None and level == "none":
        disagree.path = path
        return disagree
    if spots:
        where = "near" if level == "weak" else "anywhere near"
        in_unit = "" if spots_of(stat, facts) else f", and nowhere in {stat.unit or 'no unit'}"
        # written only right before the cut that ends the text, which may have taken the
        # words of its label or unit ("... (2 triệu đồn")
        cut = all(facts.in_cut(spot.start) and _at_the_cut(facts, spot) for spot in spots)
        read = _read_there_in_other_words(stat, facts, free) if level == "weak" else None
        evidence = None if in_unit or cut or read else confusion_evidence(stat, facts, free)
        warn = bool(in_unit or evidence) and not (cut or read)
        return Finding(
            kind=FindingKind.UNSUPPORTED_NUMBER,
            severity=Severity.WARNING if warn else Severity.INFO,
            path=path,
            message=f"{stat.value} is written in the text, but not next to {stat.label!r} "
            f"(label words {where} it: {level}){in_unit}"
            + (f"; the statistics finder reads it as {read!r}: not verified" if read else "")
            + ("; the text is cut off in that sentence: not verified" if cut else "")
            + (f"; {evidence}" if evidence else "")
            + (
                ""
                if warn or cut or read
                else "; no other figure of the text holds its words: "
                "a label in other words, not verified"
            ),
            value=stat.value,
            start=spots[0].start,
            end=spots[0].end,
        )
    return Finding(
        kind=FindingKind.UNSUPPORTED_NUMBER,
        severity=Severity.ERROR,
        path=path,
        message=f"{stat.value} ({stat.label}) is not written anywhere in the text",
        value=stat.value,
    )


def check_event_numbers(summary: ArticleSummary, facts: TextFacts) -> list[Finding]:
    """The event's day and month must be written in the text (a date the extractor marks as
    derived, e.g. "chiều nay" = the publication date, only gets a note); review years should."""
    findings: list[Finding] = []
    date = summary.event.date
    if date:
        _, month, day = (int(part) for part in date.split("-"))
        evidence = summary.event.evidence.get("date")
        derived = evidence is not None and evidence.derived
        if not day_month_written(facts.text, day, month):
            findings.append(
                Finding(
                    kind=FindingKind.UNSUPPORTED_NUMBER,
                    severity=Severity.INFO if derived else Severity.WARNING,
                    path="event.date",
                    message=f"day {day}/{month} of the event date is not written in the text",
                    value=date,
                )
            )
    period = summary.event.review_period
    if period is not None:
        for name, year in (("start", period.start), ("end", period.end)):
            if year not in facts.numbers:
                findings.append(
                    Finding(
                        kind=FindingKind.UNSUPPORTED_NUMBER,
                        severity=Severity.INFO,
                        path=f"event.review_period.{name}",
                        message=f"year {year} is not written in the text (inferred?)",
                        value=year,
                    )
                )
    return findings


def check_values(summary: ArticleSummary, facts: TextFacts) -> list[Finding]:
    """Findings for statistics and event numbers the text does not support."""
    findings = []
    spots = assign_spots(summary.statistics, facts)
    for j, stat in enumerate(summary.statistics):
        found = check_statistic(j, stat, facts, spots[j])
        if found is not None:
            findings.append(found)
    findings.extend(check_event_numbers(summary, facts))
    return findings
