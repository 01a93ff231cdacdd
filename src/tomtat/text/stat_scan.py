"""The statistics finder: the counted facts of a report other than award counts.

Every figure of the text is a candidate; the named exclusion rules of :data:`EXCLUSIONS`
drop dates, years, durations, references, names and award counts; the labellers of
:mod:`tomtat.text.stat_labels` name what is counted.
"""

from __future__ import annotations

import bisect
import re

from tomtat.text.award_mentions import OVERALL_RE, PRAISE_VERB_RE, find_award_mentions
from tomtat.text.award_parts import PROPOSAL_RE, related_link_lines, sentence_markers_at
from tomtat.text.figures import digit_run_starts, number_led, number_led_matches
from tomtat.text.lowered import (
    lowered,
    may_contain,
    plain_twin,
    word_start_alternation,
    word_start_alternation_twin,
    word_start_twin,
)
from tomtat.text.mentions import AwardMention, StatMention
from tomtat.text.numbers import (
    FIGURE,
    NUMBER_WORDS,
    parse_count,
    parse_number_words,
)
from tomtat.text.segment import iter_sentences, sentence_spans
from tomtat.text.stat_labels import (
    label_after,
)
from tomtat.text.stat_rules import (
    CURRENCY_UNIT,
    DURATION_AFTER,
    TIMES_HONOURED,
    Figure,
    excluded_by,
    excluded_by_word,
    in_spans,
    read_statistic,
    words_before,
)
from tomtat.text.vocab import (
    COLLECTIVE_NOUNS,
    COMMENDATION_VERBS,
    COUNTED_AWARD_WORDS,
    INDIVIDUAL_NOUNS,
    OCCASION_OPENING,
    OTHER_AWARD_WORDS,
    PRAISE_VERBS,
    PROPOSAL_NOT_AFTER,
    PROPOSAL_NOT_BEFORE,
    PROPOSAL_WORDS_ANY_CASE,
    RECIPIENT_WORDS,
    REWARD_VERBS,
    SCALE_WORDS,
)


def _excluded_spans(text: str, mentions: list[AwardMention]) -> list[tuple[int, int]]:
    """Award counts of the event (and totals of them), and the lines that link to other reports:
    numbers that are not statistics."""
    spans: list[tuple[int, int]] = []
    for mention in mentions:
        if mention.at_event:
            spans.extend(mention.count_spans.values())
    same = lowered(text)  # the article's lower-cased copy, kept; None when offsets would move
    low = text.lower() if same is None else same  # the substring tests below read it
    if "trong đó" in low:
        # "khen thưởng 6 tập thể, 12 cá nhân, trong đó ...": totals of the grants that follow
        overall = OVERALL_RE.finditer(text) if same is None else _OVERALL_LOW.finditer(same)
        spans.extend((m.start(), m.end()) for m in overall)
    pairs = {
        (m.collectives, m.individuals)
        for m in mentions
        if m.at_event and m.collectives is not None and m.individuals is not None
    }
    if pairs:
        # "Hội nghị đã biểu dương 24 tập thể và 37 cá nhân" beside the grant of those figures:
        # the award's counts told again, not a statistic
        for pair in _pair_matches(text):
            c, i = parse_count(pair.group("c")), parse_count(pair.group("i"))
            if (c, i) in pairs:
                spans.append((pair.start(), pair.end()))
        if ("gồm" in low or "trong đó" in low) and _may_split_total(text):
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
    spans.extend(_restated_sums(text, mentions))
    spans.extend(_award_items(text, mentions))
    spans.extend(_honoree_spans(text, mentions))
    spans.extend(_commended_counts(text))
    # "- Tuyên dương 14 tập thể, 37 cá nhân ..." in a list of other articles' headlines at the
    # top: those reports' figures, not this one's
    spans.extend(related_link_lines(text))
    return _merged(spans)


_OVERALL_LOW = word_start_twin(OVERALL_RE)  # the same on the lower-cased text, faster


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlaps joined (the look-up of :func:`in_spans` needs no nesting)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# "khen thưởng đột xuất 2 tập thể": a grant out of the usual round, its recipients next
_COMMENDED_FILLER = r"(?:[^\S\n]+đột[^\S\n]+xuất)?(?:[^\S\n]+cho)?(?:[^\S\n]+(?:các|những))?"
_COMMENDED_TAIL = (
    _COMMENDED_FILLER + r"[^\S\n]+(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})"
    # the recipients may be a title in quotation marks: "tuyên dương 12 “Gương sáng ...”"
    r"(?![\d.,/]\d|\d)[^\S\n]+[“\"‘']?[^\W\d_]"
)
_AMOUNT_NEXT = re.compile(
    r"(?i)[^\S\n]*(?:" + "|".join(SCALE_WORDS) + r"|USD|" + CURRENCY_UNIT + r")(?!\w)"
)
"""A scale or a currency after a count ("20 triệu đồng", "500.000 đồng"): an amount of
money, not a number of recipients."""
_HANDING_VERBS = (*COMMENDATION_VERBS, *REWARD_VERBS)
"""The verbs after which a count is of recipients honoured or rewarded (see
:func:`_commended_counts`)."""
_COMMENDED = re.compile(r"(?i)(?<!\w)(?:" + "|".join(_HANDING_VERBS) + r")" + _COMMENDED_TAIL)
_REWARD_VERB = re.compile(r"(?i)(?:" + "|".join(REWARD_VERBS) + r")(?!\w)")
_RECIPIENTS_NEXT = re.compile(r"(?i)[^\S\n]+(?:" + "|".join(RECIPIENT_WORDS) + r")(?!\w)")
"""After a verb of reward, a count is of recipients only when a recipient's noun follows it
("trao thưởng 12 học sinh"); "trao thưởng 45 suất học bổng", "thưởng nóng 500 USD" count
the things handed over: statistics."""
_RECEIVED_TAIL = (
    # "được các cấp khen thưởng": the honour of every level, its agent left unnamed
    r"(?<!\w)được(?:[^\S\n]+các[^\S\n]+cấp)?[^\S\n]+(?:(?:nhận|tặng|trao(?:[^\S\n]+tặng)?)[^\S\n]+(?:"
    + "|".join((*COUNTED_AWARD_WORDS, *OTHER_AWARD_WORDS))
    + r")|(?:"
    + "|".join(v for v in COMMENDATION_VERBS if "cho" not in v)  # the verbs, not "trao cho"
    + r"))(?!\w)"
)
_RECEIVED = re.compile(
    r"(?i)(?P<n>\d(?<![\w.,/]\d)(?:\d{0,2}(?:\.\d{3})+|\d{0,4}))[^\S\n]+[^\W\d_]"
    # up to the verb, but not into the next item of a list (", các tập thể, cá nhân được ...")
    r"(?:(?!,[^\S\n]*(?:các|những)(?!\w))[^.;\n\d]){0,80}?" + _RECEIVED_TAIL
)
_RECEIVED_REACH = 82
"""How far before its "được" a ``_RECEIVED`` match's last letter before the filler can be
(the filler is at most 80 characters): its number and spaces lie right before that."""
_RECEIVED_TAIL_LOW = word_start_twin(re.compile(f"(?i){_RECEIVED_TAIL}"))
_NUMBER_START = re.compile(r"\d(?<![\w.,/]\d)")


def _run_start(text: str, end: int, *, blanks: bool = False, digits: bool = False) -> int:
    r"""Where the run that ends at ``end`` starts: of blanks (``[^\S\n]``; str.isspace is the
    patterns' ``\s``), of digits and dots (``[\d.]``; str.isdecimal is ``\d``), or of both
    mixed. The one backward walk of the scans below, which place a pattern's number by it."""
    start = end
    while start > 0:
        ch = text[start - 1]
        if not (
            (blanks and ch != "\n" and ch.isspace()) or (digits and (ch.isdecimal() or ch == "."))
        ):
            break
        start -= 1
    return start


def _received_low(low: str) -> list[re.Match[str]]:
    """``list(_RECEIVED_LOW.finditer(low))``, tried only near the "được nhận/tặng ..." it ends in.

    Every match ends in a tail (``_RECEIVED_TAIL``), and no two tails overlap, so the tail
    scan (which skips to "được") finds the place of each. A match's number starts at most
    ``_RECEIVED_REACH`` characters before its tail, plus the digits and spaces it runs over;
    the pattern is tried at each number there (it matches at a place or not, whatever the
    window: no match can start inside another, which holds only its first number). The
    whole-text scan tried the 80-character filler after every number of the text.
    """
    found: dict[int, re.Match[str]] = {}
    for tail in _RECEIVED_TAIL_LOW.finditer(low):
        # the number (and the spaces after it) the window would cut
        window = _run_start(low, max(0, tail.start() - _RECEIVED_REACH), blanks=True, digits=True)
        for number in _NUMBER_START.finditer(low, window, tail.start()):
            if number.start() not in found:
                match = _RECEIVED_LOW.match(low, number.start())
                if match is not None:
                    found[number.start()] = match
    return [found[start] for start in sorted(found)]


# "khen thưởng 9 tập thể, 13 cá nhân": each count of the list after the verb is honoured
_COMMENDED_WORDS = tuple(sorted({re.findall(r"\w+", verb)[-1] for verb in _HANDING_VERBS}))
"""The last word of each verb of :data:`COMMENDATION_VERBS` ("dương", "cho", ...): a text
without any of them cannot match ``_COMMENDED``, whose scan is then skipped."""
_NEXT_RECIPIENTS = re.compile(
    r"(?i)[^\S\n]+[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,2}?[^\S\n]*(?P<sep>,|và)?[^\S\n]*"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})(?![\d.,/]\d|\d)[^\S\n]+[^\W\d_]"
)
"""The next count of a list of recipients after a handing verb's count, with the link before
it: a comma, "và" or nothing (``sep``)."""
_LIST_LENGTH = 6
"""The most items read in one list of recipients ("4 tập thể, 2 gia đình và 9 cá nhân")."""


def _further_recipients(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the counts that go on a list of recipients whose first count ends at
    ``end``. The count right after is one of them when no comma parts it ("9 tập thể, 13 cá
    nhân" is read by the older pattern: "tập thể và 13 cá nhân"); a run of commas counts only
    where a "và" closes the list ("4 tập thể, 2 gia đình và 9 cá nhân"): "khen thưởng 10 tập
    thể, 40 hộ được công nhận ..." may go on to a fact of its own."""
    items: list[tuple[tuple[int, int], str]] = []
    found = _NEXT_RECIPIENTS.match(text, end)
    while found is not None and len(items) < _LIST_LENGTH:
        items.append((found.span("n"), (found.group("sep") or "").lower()))
        found = _NEXT_RECIPIENTS.match(text, found.end("n"))
    closed = [i for i, (_, sep) in enumerate(items) if sep == "và"]
    if closed:
        return [span for span, _ in items[: closed[-1] + 1]]
    return [items[0][0]] if items and items[0][1] != "," else []


_LIST_ITEM_AFTER = re.compile(
    r"[^\S\n]+[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]*(?:,|[^\S\n]và)[^\S\n]*$"
)
"""What follows the count that opens a list, up to the next count: its noun and a comma or
"và" ("7 tập thể, " before "19 cá nhân")."""
PREVIOUS_REACH = 60
"""How far before a received count the count that opens its list ("7 tập thể, ...") is read."""
_COLLECTIVE_NEXT = re.compile(r"(?i)[^\S\n]+(?:" + COLLECTIVE_NOUNS + r")(?!\w)")
_INDIVIDUAL_NEXT = re.compile(r"(?i)[^\S\n]+(?:" + INDIVIDUAL_NOUNS + r")(?!\w)")


def _list_opening(text: str, count_start: int, count_end: int) -> tuple[int, int] | None:
    """The span of the count that opens the list a received count ends ("7 tập thể, 19 cá
    nhân được khen thưởng" -> "7"), None where the count before is no recipient of the same
    grant. A list of recipients names both kinds, collectives and individuals, in either
    order; a count of another kind before it is a fact of its own ("Chi hội có 640 hội viên,
    12 cá nhân được khen thưởng": the members are not honoured)."""
    figures = number_led_matches(FIGURE, text, max(0, count_start - PREVIOUS_REACH), count_start)
    before = next(
        (f for f in reversed(figures) if _LIST_ITEM_AFTER.match(text, f.end(), count_start)), None
    )
    if before is None:
        return None
    opening, closing = before.end("num"), count_end
    both = (_COLLECTIVE_NEXT.match(text, opening) and _INDIVIDUAL_NEXT.match(text, closing)) or (
        _INDIVIDUAL_NEXT.match(text, opening) and _COLLECTIVE_NEXT.match(text, closing)
    )
    return (before.start("num"), before.end("num")) if both else None


def _commended_counts(text: str) -> list[tuple[int, int]]:
    """Counts of recipients honoured at the event, in a sentence that names no past period:
    right after a commendation verb ("tuyên dương 27 đội viên tiêu biểu", and the next
    count of its list: "khen thưởng 9 tập thể, 13 cá nhân"), or before "được nhận/tặng/trao"
    an award or "được tuyên dương/khen thưởng" ("17 đồng chí ... được nhận Huy chương", "20
    cán bộ ... cũng được tuyên dương"). They are grants (or their recipients told again), not
    statistics; "10 năm qua, 38 tập thể được tặng Bằng khen" stays a statistic."""
    low = lowered(text)
    commended = _COMMENDED if low is None else _COMMENDED_LOW
    hits: list[re.Match[str]] = []
    if may_contain(text, *_COMMENDED_WORDS):
        hits = list(_COMMENDED.finditer(text)) if low is None else _commended_low(text, low)
    hits.extend(_RECEIVED.finditer(text) if low is None else _received_low(low))
    hits = [match for match in hits if _counts_recipients(text, match)]
    if not hits:
        return []  # the sentences are read only for the counts of recipients
    sentences = dict(enumerate(iter_sentences(text)))
    starts = [start for start, _ in sentences.values()]
    cache: dict[int, tuple[bool, bool]] = {}
    past: dict[int, bool] = {}  # per sentence: one search, however many hits it holds
    spans: list[tuple[int, int]] = []
    for match in hits:
        number = max(0, bisect.bisect_right(starts, match.start()) - 1)
        if number not in past:
            start, end = sentences[number]
            past[number] = (
                _PAST_OR_PROPOSED.search(text, start, end)
                if low is None
                else _PAST_OR_PROPOSED_LOW.search(low, start, end)
            ) is not None
        occasion = _OCCASION.match(text, sentences[number][0]) is not None
        if past[number] and not (occasion and not PROPOSAL_RE.search(text, *sentences[number])):
            continue
        if not occasion and sentence_markers_at(text, number, sentences, cache)[1]:
            continue  # "10 năm qua", "giai đoạn 2015-2020": honours of the period
        spans.append((match.start("n"), match.end("n")))
        opening = None if match.re is commended else _list_opening(text, *match.span("n"))
        if opening is not None:
            spans.append(opening)  # "7 tập thể, 19 cá nhân được khen thưởng": the first too
        if match.re is commended:
            spans.extend(_further_recipients(text, match.end("n")))
    return spans


def _counts_recipients(text: str, match: re.Match[str]) -> bool:
    """Whether the count of a hit of :func:`_commended_counts` is of recipients, by what
    follows it: not a tally of past honours, a sum of money, or the items a reward hands
    over."""
    if TIMES_HONOURED.match(text, match.end("n")):
        return False  # "đã 2 lần được tặng Cờ thi đua": a tally of past honours, a statistic
    if _AMOUNT_NEXT.match(text, match.end("n")):
        return False  # "trao thưởng 20 triệu đồng": the sum handed over, a statistic
    # "tặng thưởng 300 phần quà": the items handed over, a statistic
    return not (
        _REWARD_VERB.match(match.string, match.start())
        and not _RECIPIENTS_NEXT.match(text, match.end("n"))
    )


_OCCASION = re.compile(r"(?i)[^\w\n]*" + OCCASION_OPENING + r"(?!\w)")
"""A sentence opening "(Nhân) dịp này, ..." honours at the event, for the merit of whatever
period it names ("Nhân dịp này, 11 đơn vị có thành tích trong 3 năm ... được tặng ...")."""

_PAST_OR_PROPOSED = re.compile(
    r"(?i)(?<!\w)(?:\d+\s+năm\s+qua|qua\s+\d+\s+năm|trong\s+\d+\s+năm|năm\s+qua|giai\s+đoạn"
    r"|nhiệm\s+kỳ|từ\s+năm|thời\s+gian\s+qua|những\s+năm|từng|liên\s+tục\s+(?:được|nhận)"
    r"|nhiều\s+năm|trước\s+đây)(?!\w)"
    # the proposals of the award finder's PROPOSAL_RE, its exceptions included ("theo đề nghị
    # của X": a grant made on a proposal), less its case-sensitive words, which a lower-case
    # twin cannot read
    + r"|"
    + PROPOSAL_NOT_AFTER
    + r"(?<!\w)(?:"
    + "|".join(PROPOSAL_WORDS_ANY_CASE)
    + r")(?!\w)"
    + PROPOSAL_NOT_BEFORE
)

# the (?i) patterns of the whole-text scans, to run on the lower-cased text (same matches)
_COMMENDED_LOW = word_start_alternation(_HANDING_VERBS, _COMMENDED_TAIL)


def _letter_words(pattern: str) -> list[str]:
    """The words of letters a pattern writes (escapes such as ``\\s`` left out)."""
    return re.findall(r"[^\W\d_]+", re.sub(r"\\.", " ", pattern))


_COMMENDED_LEADS = tuple(sorted({*_COMMENDED_WORDS, *_letter_words(_COMMENDED_FILLER)}))
"""The words that can stand right before the count of a ``_COMMENDED`` match: the last word
of a verb, or one of the words between the verb and the count ("đột xuất", "cho", "các")."""
_NUMBER_AND_BLANKS = re.compile(r"[\d.]*[^\S\n]*")


def _commended_low(text: str, low: str) -> list[re.Match[str]]:
    """``list(_COMMENDED_LOW.finditer(low))``, scanned only around the counts one can end in.

    A match's count follows blanks after a word of :data:`_COMMENDED_LEADS`; before them it
    holds only letters and blanks (its verb and filler), so it opens after the last digit,
    comma, stop, semicolon, colon or parenthesis before that word. It ends at most two
    characters past the count's digits and the blanks after them, and its look-ahead reads
    no further. So every match lies inside the region of its count, no match crosses the
    edge of the joined regions, and a scan of each region finds the matches of the
    whole-text scan, which tried the verbs at every letter that opens one ("t", "b", "v",
    "k", "đ": most letters of the text).
    """
    regions: list[tuple[int, int]] = []
    previous = -1  # the digit run before: no match holds a digit before its count
    for start in digit_run_starts(text):  # the digits of ``low`` are those of ``text``
        floor, previous = previous + 1, start
        blank = _run_start(low, start, blanks=True) - 1  # the last character before them
        if blank == start - 1 or not low.endswith(_COMMENDED_LEADS, 0, blank + 1):
            continue  # no blank, or no verb or filler word, right before the number
        last = low.rfind  # written out: a generator over the marks costs as much again
        cut = max(
            last(",", floor, blank),
            last(".", floor, blank),
            last(";", floor, blank),
            last(":", floor, blank),
            last("(", floor, blank),
        )
        after = _NUMBER_AND_BLANKS.match(low, start)  # always a match: each part is optional
        assert after is not None
        end = min(len(low), after.end() + 2)
        regions.append((max(floor, cut + 1), end))
    return [
        match
        for begin, end in _merged(regions)
        for match in _COMMENDED_LOW.finditer(low, begin, end)
    ]


_RECEIVED_LOW = plain_twin(_RECEIVED)
_PAST_OR_PROPOSED_LOW = plain_twin(_PAST_OR_PROPOSED)
_HONOUR_VERBS_LOW = tuple(word_start_alternation((verb,), r"(?!\w)") for verb in PRAISE_VERBS)
"""``PRAISE_VERB_RE`` for the lower-cased text, one pattern per verb: each starts with its
verb's first word, a literal the engine skips to (an alternation of them is tried at every
letter that opens one)."""

_COUNT_NOUN = number_led(
    re.compile(
        r"(?P<n>\d(?<![\w.,/]\d)(?:\d{0,2}(?:\.\d{3})+|\d{0,5}))(?![\d.,/]\d)[^\S\n]+[^\W\d_]"
    )
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
    if total < 2 or not may_contain(text, "dương", "danh"):  # the words PRAISE_VERB_RE needs
        return []
    spans: list[tuple[int, int]] = []
    for s_start, s_end in _praising_sentences(text):
        for match in number_led_matches(_COUNT_NOUN, text, s_start, s_end):
            if parse_count(match.group("n")) == total:
                spans.append((match.start(), match.end("n")))
    return spans


def _praising_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences (spans, in order) that hold a verb of praise (``PRAISE_VERB_RE``) whole.

    One scan of the text, each match placed in its sentence, instead of a search per
    sentence: the same sentences. A match that runs on past its sentence's end ("tuyên\n
    dương") is none of that sentence; a sentence's window ends after its stop or line break,
    so the window's end never stands in for the character after a verb; the verbs' first
    words occur inside no verb, so no match hides another, and the scans of the verbs one
    by one find the matches of their alternation."""
    low = lowered(text)
    scans = (
        [PRAISE_VERB_RE.finditer(text)]
        if low is None
        else [verb.finditer(low) for verb in _HONOUR_VERBS_LOW]
    )
    sentences = sentence_spans(text)
    starts = [start for start, _ in sentences]
    found: set[tuple[int, int]] = set()
    for scan in scans:
        for match in scan:
            sentence = sentences[bisect.bisect_right(starts, match.start()) - 1]
            if match.end() <= sentence[1]:
                found.add(sentence)
    return sorted(found)


# the look-behind is tested after the first digit, so that the scan skips to digits
_ITEMS_RE = number_led(
    re.compile(
        r"(?i)(?P<n>\d(?<![\w.,/]\d)(?:\d{0,2}(?:\.\d{3})+|\d{0,4}))[^\S\n]+(?:"
        + "|".join(COUNTED_AWARD_WORDS)
        + r")(?!\w)"
    )
)


def _award_items(text: str, mentions: list[AwardMention]) -> list[tuple[int, int]]:
    """ "trao ... và 3 Huân chương Chiến công hạng Nhì cho 3 cá nhân": inside a grant
    clause of the event, a count of the award itself is how many were handed over, part of
    the grant, not a statistic."""
    spans: list[tuple[int, int]] = []
    for mention in mentions:
        if not mention.at_event:
            continue
        for match in number_led_matches(_ITEMS_RE, text, mention.start, mention.end):
            spans.append((match.start("n"), match.end("n")))
    return spans


_SUM_RE = number_led(
    re.compile(
        r"(?i)(?P<n>\d(?<![\w.,/]\d)(?:\d{0,2}(?:\.\d{3})+|\d{0,5}))[^\S\n]+tập[^\S\n]+thể[^\S\n]*(?:,|và)"
        r"[^\S\n]*cá[^\S\n]+nhân(?!\w)"
    )
)


_SUM_HINT = re.compile(r"thể[^\S\n]*(?:,|và)[^\S\n]*cá[^\S\n]+nhân")
"""The words of ``_SUM_RE`` after its number, on the lower-cased text: a scan that skips to
"thể" (most texts name no sum of the two)."""


def _restated_sums(text: str, mentions: list[AwardMention]) -> list[tuple[int, int]]:
    """ "46 tập thể và cá nhân" where a grant of the text (at the event or only decided) gives
    23 tập thể and 23 cá nhân: the headline's sum of those counts, no fact of its own."""
    sums = {
        m.collectives + m.individuals
        for m in mentions
        if m.collectives is not None and m.individuals is not None
    }
    low = lowered(text)
    if not sums or (low is not None and not _SUM_HINT.search(low)):
        return []  # no "tập thể và cá nhân" in the text: the scan is skipped
    return [
        (match.start("n"), match.end("n"))
        for match in number_led_matches(_SUM_RE, text)
        if parse_count(match.group("n")) in sums
    ]


_SPLIT_TOTAL_RE = re.compile(
    r"(?i)(?P<n>\d(?<![\w.,]\d)(?:\d{0,2}(?:\.\d{3})*|\d{0,5}))[^\S\n]+(?P<noun>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?)"
    r"[^\d\n;.]{0,60}?,?[^\S\n]*(?:bao[^\S\n]+gồm|gồm(?:[^\S\n]+có)?|trong[^\S\n]+đó(?:[^\S\n]+có)?)[^\S\n]+"
    r"(?P<c>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+tập[^\S\n]+thể[^\S\n]*(?:,|và)"
    r"[^\S\n]*(?P<i>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+cá[^\S\n]+nhân(?!\w)"
)

# The end of a _SPLIT_TOTAL_RE match from its "gồm"/"trong đó" to "tập thể", on the lower-cased
# text, one pattern per opening word: each starts with a literal, so the scan skips ahead (an
# alternation of the two would be tried at every position); absent, the whole pattern cannot
# match.
_SPLIT_TOTAL_TAILS = tuple(
    re.compile(word + r"(?:[^\S\n]+có)?[^\S\n]+[\d.]+[^\S\n]+tập[^\S\n]+thể")
    for word in ("gồm", "đó")
)


def _may_split_total(text: str) -> bool:
    """False when ``_SPLIT_TOTAL_RE`` cannot match ``text`` (its slow scan is skipped)."""
    low = lowered(text)
    return low is None or any(tail.search(low) is not None for tail in _SPLIT_TOTAL_TAILS)


_PAIR_RE = number_led(
    re.compile(
        r"(?i)(?P<c>\d(?<![\w.,]\d)(?:\d{0,2}(?:\.\d{3})*|\d{0,5}))[^\S\n]+tập[^\S\n]+thể[^\S\n]*(?:,|và)"
        r"[^\S\n]*(?P<i>\d{1,3}(?:\.\d{3})*|\d{1,6})[^\S\n]+cá[^\S\n]+nhân(?!\w)"
    )
)


_PAIR_TAIL = re.compile(r"tập[^\S\n]+thể[^\S\n]*(?:,|và)[^\S\n]*\d")
"""The words of a ``_PAIR_RE`` match after its first count, on the lower-cased text: a scan
that skips to "tập"."""


def _pair_matches(text: str) -> list[re.Match[str]]:
    """``number_led_matches(_PAIR_RE, text)``, tried only before the "tập thể, <digit>" of
    each match (``_PAIR_TAIL``) instead of at every number of the text.

    A match's first count is followed by blanks, so it takes the whole cluster of digits and
    dots before them (a digit or dot after it would be no blank), and only the cluster's
    first digit can open it (its look-behind rules out a digit after a dot): the one place
    to try for each tail is the start of the cluster before the blanks before it.
    """
    low = lowered(text)
    if low is None:
        return number_led_matches(_PAIR_RE, text)
    found: list[re.Match[str]] = []
    last = 0
    for tail in _PAIR_TAIL.finditer(low):
        blank = _run_start(low, tail.start(), blanks=True)
        opening = _run_start(low, blank, digits=True)
        if blank == tail.start() or opening == blank or opening < last:
            continue
        match = _PAIR_RE.match(text, opening)
        if match is not None:
            found.append(match)
            last = match.end()
    return found


# "110.000m2 đất", "45kg thuốc nổ": a measure written against its unit (FIGURE, which reads
# prose, leaves a number glued to letters alone); led by its first digit, as FIGURE is
_GLUED_UNITS = r"(?:km2|km²|m2|m²|m3|km|m|ha|kg|tấn)(?!\w)"
_GLUED_MEASURE = number_led(
    re.compile(
        r"(?P<num>\d(?<![\w.,/\-–:]\d)(?:\d{0,2}(?:\.\d{3})+|\d*))(?:,(?P<frac>\d+))?"
        r"(?=" + _GLUED_UNITS + ")"
    )
)


_GLUED_OPENINGS = ("m", "km", "ha", "kg", "tấn")
"""The first letters of each unit of ``_GLUED_UNITS``."""


def _may_glue_a_unit(text: str) -> bool:
    """Whether a digit stands right before the first letters of a unit of ``_GLUED_UNITS``:
    without one, no measure is glued to its unit and the scan is skipped (most texts). Only
    the last digit of a run of digits can have a letter after it, so the ends of the text's
    runs are read, not every character (a scan for a digit tests each one)."""
    size = len(text)
    for start in digit_run_starts(text):
        end = start + 1
        while end < size and text[end].isdecimal():  # str.isdecimal is the runs' \d
            end += 1
        if text.startswith(_GLUED_OPENINGS, end):
            return True
    return False


def find_statistics(text: str, *, mentions: list[AwardMention] | None = None) -> list[StatMention]:
    """The numeric facts of ``text`` other than award counts, dates, years and references.

    ``mentions`` are the text's award mentions when the caller has them already. Each figure
    goes through the named rules of :data:`tomtat.text.stat_rules.EXCLUSIONS`, then is
    read, labelled and hedged by :func:`tomtat.text.stat_rules.read_statistic`.
    """
    if mentions is None:
        mentions = find_award_mentions(text)
    excluded = _excluded_spans(text, mentions)
    stats: list[StatMention] = []
    matches = number_led_matches(FIGURE, text)
    glued = number_led_matches(_GLUED_MEASURE, text) if _may_glue_a_unit(text) else []
    if glued:
        matches = sorted([*matches, *glued], key=lambda m: m.start())
    for match in matches:
        figure = Figure(text, match, excluded)
        if excluded_by(figure) is not None:
            continue
        stat = read_statistic(figure, stats)
        if stat is not None:
            stats.append(stat)
    stats.extend(_word_statistics(text, excluded))
    stats.extend(_second_counts(text, excluded))
    stats.extend(_breakdowns(text, stats, excluded))
    # "73/126 địa bàn": the numerator takes the denominator's label
    found = _ratio_numerators(text, sorted(stats, key=lambda s: s.start), excluded)
    return _headline_repeats_dropped(text, found)


HEADLINE_CHARS = 300
"""A first line longer than this is body text, not a headline."""


def _headline_repeats_dropped(text: str, stats: list[StatMention]) -> list[StatMention]:
    """ "Hơn 3.000 trường hợp nhận khen thưởng" in the headline and "hơn 3.000 tập thể, cá
    nhân được nhận khen thưởng" in the body: one fact, told first in short; the body's
    telling (same value, unit and hedge) stands for it."""
    stripped = text.lstrip()
    line_end = stripped.find("\n")  # the first line, without a copy of the rest of the text
    first_line = stripped if line_end < 0 else stripped[:line_end]
    head_end = len(text) - len(stripped) + len(first_line)
    if len(first_line) > HEADLINE_CHARS or head_end >= len(text):
        return stats
    if first_line.rstrip().endswith((".", ";", ":")):
        return stats  # a sentence of the body, not a headline
    body = {(s.value, s.unit, s.qualifier) for s in stats if s.start >= head_end}
    return [s for s in stats if s.start >= head_end or (s.value, s.unit, s.qualifier) not in body]


_SECOND_COUNT = number_led(
    re.compile(
        r"\d(?<![\w.,/]\d)\d{0,2}(?:\.\d{3})*[^\S\n]+[^\W\d_]+/(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,6})"
        r"(?![\d.,/]\d|\d)"
    )
)


_SECOND_COUNT_HINT = re.compile(r"/(?<=[^\W\d_]/)\d")
"""The slash of ``_SECOND_COUNT`` between a noun and a digit, found by a scan that skips to
slashes (dates, "5/1", have a digit before theirs)."""


def _second_counts(text: str, excluded: list[tuple[int, int]]) -> list[StatMention]:
    """ "47 đợt/5.210 lượt người", "18 vụ/204 đối tượng": two counts of one activity, the
    second after the slash with its own noun."""
    found: list[StatMention] = []
    if not _SECOND_COUNT_HINT.search(text):
        return found  # no "đợt/5" in the text: the scan is skipped
    for match in number_led_matches(_SECOND_COUNT, text):
        start, end = match.start("n"), match.end("n")
        if in_spans(excluded, start, end):
            continue
        value = parse_count(match.group("n"))
        after = label_after(text, end, min(len(text), end + 200))
        if value is None or after is None:
            continue
        label, stat_end = after
        found.append(StatMention(label, value, None, None, start, stat_end, text[start:stat_end]))
    return found


_WORD_STAT = re.compile(
    r"(?i)(?<!\w)(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)"
    rf"(?:[^\S\n]+(?:{NUMBER_WORDS})(?!\w))+"
)

_WORD_STAT_HINT = re.compile(r"(?i)(?<!\w)(?:mươi|mười|trăm)(?!\w)")
# the twins for the lower-cased text open with their words; the hint, one pattern per word,
# with a literal the engine skips to
_WORD_STAT_HINTS_LOW = tuple(
    word_start_twin(re.compile(rf"(?i)(?<!\w){word}(?!\w)")) for word in ("mươi", "mười", "trăm")
)
_WORD_STAT_LOW = word_start_alternation_twin(_WORD_STAT)


def _word_statistics(text: str, excluded: list[tuple[int, int]]) -> list[StatMention]:
    """Counts spelled out in words ("ba trăm hai mươi tổ tự quản"); two words at least, so
    "hai bên" or "năm 2023" are never read as numbers."""
    found: list[StatMention] = []
    if not may_contain(text, "mươi", "mười", "trăm"):
        return found
    low = lowered(text)
    if low is None:
        if not _WORD_STAT_HINT.search(text):
            return found
    elif not any(hint.search(low) for hint in _WORD_STAT_HINTS_LOW):
        return found
    for match in _WORD_STAT.finditer(text) if low is None else _WORD_STAT_LOW.finditer(low):
        start, end = match.start(), match.end()
        if in_spans(excluded, start, end) or DURATION_AFTER.match(text, end):
            continue
        before = words_before(text, start)
        if before and before[-1] and excluded_by_word(before):
            continue
        value = parse_number_words(text[start:end])
        if not isinstance(value, int) or value < 2:
            continue
        after = label_after(text, end, min(len(text), end + 200))
        if after is None:
            continue
        label, stat_end = after
        found.append(StatMention(label, value, None, None, start, stat_end, text[start:stat_end]))
    return found


_BREAKDOWN_REACH = 80
"""How far after a count its parenthesis of parts may open."""
_BREAKDOWN_OPEN = re.compile(
    rf"[^.;:!?()\n\d]{{0,{_BREAKDOWN_REACH}}}?\([^\S\n]*(?:(?:trong[^\S\n]+đó|gồm|bao[^\S\n]+gồm)[^\S\n]*:?[^\S\n]*)?"
)
_BREAKDOWN_ITEM = re.compile(
    # a part's name may open with an abbreviated unit ("TP.Vũng Tàu 14", "TX. Phú Mỹ 3")
    r"(?P<name>(?:[^\W\d_]{1,3}\.[^\S\n]*)?[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,3})[^\S\n]*:?[^\S\n]+"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\d.,/]\d)[^\S\n]*"
    r"(?P<sep>[,;)]|(?=và[^\S\n]))"
)
MIN_BREAKDOWN_ITEMS = 2


def _breakdown_items(text: str, at: int) -> list[tuple[str, int, int, int]]:
    """The "name N" items of a parenthesis opened just before ``at``, up to its close: each
    as (name, value, start of the item, end of its figure); empty unless the whole
    parenthesis is such a list."""
    items: list[tuple[str, int, int, int]] = []
    cursor = at
    while True:
        item = _BREAKDOWN_ITEM.match(text, cursor)
        if item is None:
            return []
        name = " ".join(item.group("name").split())
        value = parse_count(item.group("n"))
        if value is None or excluded_by_word(name.split()[-2:]):
            return []  # "(Quận 1, Quận 3)", "(năm 2021: 100; ...)": names and dates, no parts
        items.append((name, value, item.start(), item.end("n")))
        if item.group("sep") == ")":
            return items if len(items) >= MIN_BREAKDOWN_ITEMS else []
        cursor = item.end()
        while cursor < len(text) and text[cursor] in " \t":
            cursor += 1
        if text.startswith("và", cursor):
            cursor += 2
        while cursor < len(text) and text[cursor] in " \t":
            cursor += 1


def _breakdowns(
    text: str, stats: list[StatMention], excluded: list[tuple[int, int]]
) -> list[StatMention]:
    """ "412 mô hình (Hà Nam 38, Ninh Bình 45, Nam Định 92)": a count broken down by part
    in a parenthesis after it; each part's figure counts the same thing in that part, so its
    label is the whole's label and the part's name ("mô hình An Giang")."""
    found: list[StatMention] = []
    for stat in stats:
        if stat.unit == "%":
            continue
        if text.find("(", stat.end, stat.end + _BREAKDOWN_REACH + 1) < 0:
            continue  # no parenthesis opens within reach: the lazy match is not tried
        opened = _BREAKDOWN_OPEN.match(text, stat.end)
        if opened is None:
            continue
        for name, value, start, end in _breakdown_items(text, opened.end()):
            if in_spans(excluded, start, end):
                continue
            found.append(
                StatMention(
                    f"{stat.label} {name}", value, stat.unit, None, start, end, text[start:end]
                )
            )
    return found


_ASIDE = re.compile(r"[^\S\n]*\([^()\n]{1,40}\)")

_RATIO_RE = number_led(re.compile(r"(\d(?<![\w.,/\-]\d)\d{0,5})/(\d{1,6})(?![\d/]|[.,]\d)"))


def _ratio_matches(text: str) -> list[re.Match[str]]:
    """``number_led_matches(_RATIO_RE, text)``, tried only at the runs of digits that a slash
    ends. A match's first number is one whole run (its look-behind rules out a digit before
    it, the slash must follow its last digit), so no other run can start one: the same
    matches, without trying the pattern at each of the text's few dozen numbers."""
    starts = digit_run_starts(text)
    found: list[re.Match[str]] = []
    last = 0
    slash = text.find("/")
    while slash >= 0:
        if slash and text[slash - 1].isdecimal():  # str.isdecimal is the pattern's \d
            at = starts[bisect.bisect_right(starts, slash - 1) - 1]  # the run the slash ends
            match = _RATIO_RE.match(text, at) if at >= last else None
            if match is not None:
                found.append(match)
                last = match.end()
        slash = text.find("/", slash + 1)
    return found


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
    for match in _ratio_matches(text):
        if in_spans(excluded, match.start(), match.end()):
            continue
        before = words_before(text, match.start())
        if before and before[-1] and excluded_by_word(before):
            continue  # "xếp thứ 5/63 tỉnh", "Quyết định 12/QĐ" ...
        if int(match.group(1)) > int(match.group(2)):
            continue  # a part larger than its whole is a date or a name ("Giải thưởng 26/3")
        # "612/640 (trên 95%) thôn": the noun comes after the parenthesis
        aside = _ASIDE.match(text, match.end())
        label_from = aside.end() if aside else match.end()
        after = label_after(text, label_from, min(len(text), label_from + 200))
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
