"""Vietnamese numbers: parsing digits and words, formatting, and finding them in text.

Conventions (Vietnamese typography):

* ``.`` groups thousands and ``,`` is the decimal comma: ``1.131`` is 1131, ``2,5`` is 2.5,
  ``1.131,5`` is 1131.5.
* Ambiguous ``1,131``: a comma is always the decimal comma, so it is 1.131. Vietnamese
  news does not write thousands with a comma; reading it as a decimal is the safer error
  (a count finder sees a non-integer and ignores it).
* ``1 131`` (space, no-break space or thin space between groups of three) is 1131 for
  :func:`parse_number`; :func:`iter_numbers` does not join space-separated groups,
  because "năm 2020 1 tập thể" style juxtapositions are more common than spaced thousands.
* A dot followed by anything other than exactly three digits (``15.2``) is read as a
  decimal point (English style); :func:`iter_numbers` first tries it as a date.

All scanning is regex-based with possessive quantifiers and bounded look-backs, so the
cost is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from operator import attrgetter

from tomtat.text.dates import find_dates, find_years
from tomtat.text.figures import FIGURE, number_led, number_led_matches, read_figure, scale_after
from tomtat.text.frozen import fast_frozen
from tomtat.text.lowered import (
    by_first_letter,
    lowered,
    plain_twin,
    split_alternatives,
    word_start_branch,
)
from tomtat.text.number_words import (
    DIGIT_COUNT,
    MAX_COUNT_DIGITS,
    NUMBER_VOCAB,
    NUMBER_WORDS,
    WORD_NUMBER,
    number_to_words,
    parse_count,
    parse_number_words,
    parse_scaled,
    word_key,
)
from tomtat.text.vocab import QUALIFIERS, SCALE_WORDS

__all__ = [
    "DIGIT_COUNT",
    "FIGURE",
    "MAX_COUNT_DIGITS",
    "NUMBER_WORDS",
    "WORD_NUMBER",
    "NumberToken",
    "format_number",
    "iter_numbers",
    "number_to_words",
    "parse_count",
    "parse_number",
    "parse_number_words",
    "read_figure",
    "scale_after",
]


_SPACES = "\u0020\u00a0\u202f\u2009"

_INT = re.compile(r"[+-]?\d+")

_DOT_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")

_SPACE_THOUSANDS = re.compile(rf"[+-]?\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:,\d+)?")

_COMMA_DECIMAL = re.compile(r"[+-]?\d+,\d+")

_DOT_DECIMAL = re.compile(r"[+-]?\d+\.(?:\d{1,2}|\d{4,})")

_GROUP_MARKS = re.compile(rf"[.{_SPACES}]")
"""The thousands marks of a number, dropped to read its digits."""

_DIGITS = re.compile(r"\d+")

_HOUR = re.compile(r"\d{1,2}")

_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
"""A clock time in digits ("20:47", "7:05:30"): hours, minutes and seconds."""


def _to_value(number: Decimal) -> int | float:
    if number == number.to_integral_value():
        return int(number)
    return float(number)


_MAX_TOKEN = 1000  # characters; longer "numbers" are data dumps, not quantities


def _parse_decimal(token: str) -> tuple[Decimal, bool]:
    """Decimal value of a numeric token and whether it had a fractional part."""
    text = token.strip()
    if len(text) > _MAX_TOKEN:
        raise ValueError(f"not a number (longer than {_MAX_TOKEN} characters)")
    if _INT.fullmatch(text):
        return Decimal(text), False
    if _DOT_THOUSANDS.fullmatch(text) or _SPACE_THOUSANDS.fullmatch(text):
        digits = _GROUP_MARKS.sub("", text)
        return Decimal(digits.replace(",", ".")), "," in digits
    if _COMMA_DECIMAL.fullmatch(text):
        return Decimal(text.replace(",", ".")), True
    if _DOT_DECIMAL.fullmatch(text):
        return Decimal(text), True
    raise ValueError(f"not a number: {token!r}")


def parse_number(token: str) -> int | float:
    """Value of a number written the Vietnamese way ("1.131" -> 1131, "2,5" -> 2.5).

    Returns an int when the token has no fractional part, else a float. See the module
    docstring for "1,131" (decimal 1.131) and "1 131" (1131). Raises ValueError otherwise.
    """
    try:
        number, fractional = _parse_decimal(token)
    except InvalidOperation as exc:  # pragma: no cover - regexes only admit digits
        raise ValueError(f"not a number: {token!r}") from exc
    if fractional:
        return float(number)
    return int(number)


def format_number(value: int | float) -> str:
    """Vietnamese spelling of a number: 1131 -> "1.131", 2.5 -> "2,5", -1131.25 -> "-1.131,25".

    Floats keep their shortest round-trip digits so ``parse_number(format_number(x)) == x``.
    """
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot format {value!r}")
        plain = format(Decimal(repr(value)), "f")
    else:
        plain = str(int(value))
    sign = ""
    if plain.startswith("-"):
        sign, plain = "-", plain[1:]
    whole, _, fraction = plain.partition(".")
    groups = []
    while len(whole) > 3:
        groups.append(whole[-3:])
        whole = whole[:-3]
    groups.append(whole)
    result = sign + ".".join(reversed(groups))
    if isinstance(value, float):
        result += "," + (fraction or "0")
    return result


KINDS = ("plain", "percent", "date_part", "year", "time", "document", "ratio")


@fast_frozen
@dataclass(frozen=True)
class NumberToken:
    """One number in a text, with its multiplier folded in and the hedge in front of it.

    ``start``/``end`` cover the number, its multiplier word and "%", not the hedge;
    ``kind`` is one of :data:`KINDS`.
    """

    value: int | float
    start: int
    end: int
    raw: str
    kind: str
    is_word: bool
    qualifier: str | None
    qualifier_start: int | None


_LOOKBACK = 48

_MAX_DIGITS = 40  # digit runs longer than this in prose are identifiers, not quantities

_MAX_CLUSTER = 200  # characters of digits and separators without a space

_CLUSTER = number_led(re.compile(r"\d++(?>(?:[.,:/\-–]\d++)*)"))

_GROUPS = re.compile(r"\d++(?>(?:[.,]\d++)*)")

_MULTIPLIER = re.compile(
    r"(?i)[ \u00a0]*(" + "|".join(SCALE_WORDS) + r")(?!\w)(?:[ \u00a0]+(triệu|tỷ|tỉ)(?!\w))?"
)

_PERCENT = re.compile(r"(?i)[ \u00a0]?%|\s+phần\s+trăm(?!\w)")

_HEDGE_WORDS = tuple(q.replace(" ", r"\s+") for q in QUALIFIERS)
_HEDGE = re.compile(r"(?i)(?<!\w)(" + "|".join(_HEDGE_WORDS) + r")\s+$")
plain_twin(_HEDGE)  # checks that the twin below may run on the lower-cased text
_HEDGE_LOW = re.compile("(" + "|".join(map(word_start_branch, _HEDGE_WORDS)) + r")\s+$")
""":data:`_HEDGE` on the :func:`lowered` text, each hedge's look-behind after its first word:
the search of the window before a number skips to those words instead of trying every
position of it (same matches, same group)."""

_DOC_SUFFIX = re.compile(r"(?:/\d{4})*[/\-][A-ZĐ][\wĐđ]*")

_DOC_WORD_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?:chỉ\s+thị|nghị\s+quyết|quyết\s+định|nghị\s+định|thông\s+tư|công\s+văn|"
    r"luật|pháp\s+lệnh|điều|khoản|ban\s+chỉ\s+đạo|đề\s+án|chỉ\s+lệnh)(?:\s+số)?|"
    r"(?:kế\s+hoạch|chương\s+trình(?:\s+phối\s+hợp)?|thông\s+báo|văn\s+bản|hướng\s+dẫn|"
    r"tờ\s+trình|báo\s+cáo|đề\s+án|quy\s+định|quy\s+chế)\s+số)\s+$"
)

_TIME_AFTER = re.compile(
    r"(?i)(?:h|[ \u00a0]*giờ)(?:[ \u00a0]*(\d{1,2})(?:[ \u00a0]*phút)?)?(?!\w)"
)

# The look-ahead on the first letters of the number words lets the scan reject most
# positions before it tests the look-behind and the alternation (same matches, faster).
_WORD_RUN = re.compile(
    r"(?i)(?=["
    + "".join(sorted({w[0] for w in NUMBER_VOCAB}))
    + r"])(?<!\w)(?:"
    + "|".join(sorted(NUMBER_VOCAB, key=len, reverse=True))
    + r")(?!\w)"
    r"(?>(?:[ \u00a0]+(?:" + "|".join(sorted(NUMBER_VOCAB, key=len, reverse=True)) + r")(?!\w))*)"
)

_Trie = dict[str, "_Trie"]


def _trie_alternation(words: Iterable[str], *, word_start: bool = False) -> str:
    """A regex matching exactly ``words``, factored by shared prefixes ("b(?:a|ảy|ốn)|...").

    ``re`` tries an alternation's branches one by one; factored, each position costs a few
    character tests. A word that is a prefix of another is an optional tail, tried longest
    first, as a longest-first alternation is. With ``word_start`` the words match only where
    no word character comes before them: ``(?<!\\w)`` written after each whole word, as
    ``(?<!\\wword)`` ("b(?:a(?<!\\wba)|...)": it tests the same character before the word),
    so that a scan skips to the first letters and tests the character before them (a Unicode
    lookup) only where a whole word has matched, not at every "n" or "t" inside a word.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie, prefix: str) -> str:
        branches = [
            re.escape(char) + emit(node[char], prefix + char) for char in sorted(node) if char
        ]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        if word_start:  # the word ends here: its look-behind, after any longer word
            ending = rf"(?<!\w{re.escape(prefix)})"
            return ending if not branches else "(?:" + body + "|" + ending + ")"
        if not branches:
            return ""
        return (body if len(branches) > 1 else "(?:" + body + ")") + "?"

    if word_start and "" in trie:
        raise ValueError("an empty word cannot open with a letter")
    return "(?:" + emit(trie, "") + ")"


# The same runs on the lower-cased text (tomtat.text.lowered), same offsets: without (?i) the
# scan is faster, and the words as a prefix trie test few characters at each position.
_NUMBER_WORD_LOW = _trie_alternation(NUMBER_VOCAB)
_WORD_RUN_LOW = re.compile(
    _trie_alternation(NUMBER_VOCAB, word_start=True)
    + r"(?!\w)(?>(?:[ \u00a0]+"
    + _NUMBER_WORD_LOW
    + r"(?!\w))*)"
)

_MAX_WORD_RUN = 16

# Nouns that a bare spelled-out digit ("sáu", "năm") must be followed by to count as a number.
_COUNT_NOUNS = (
    "người|tập thể|cá nhân|đơn vị|đồng chí|cán bộ|chiến sĩ|chiến sỹ|hộ|gia đình|xã|phường|"
    "thị trấn|huyện|tỉnh|thôn|bản|ấp|tổ|đội|nhóm|mô hình|điểm|câu lạc bộ|clb|địa phương|"
    "cơ quan|doanh nghiệp|trường|lớp|vụ|đối tượng|trường hợp|nhiệm vụ|giải pháp|nội dung|"
    "chỉ tiêu|tiêu chí|phong trào|chương trình|kế hoạch|đề án|dự án|công trình|bằng khen|"
    "giấy khen|cờ|huân chương|huy chương|kỷ niệm chương|suất|phần quà|phần thưởng|giải|"
    "em|học sinh|đại biểu|thành viên|hội viên|đoàn viên|lượt|buổi|cuộc|hội nghị|lần|"
    "năm|tháng|ngày|tuần|giờ|phút|tỷ|triệu|nghìn|ngàn|tấn|ha|km|m|kg|chiếc|cái|con|căn|"
    "ngôi|tuyến|camera|mắt|đầu thu|thẻ nhớ|khu|tổ chức|ban|ngành|dòng họ|tôn giáo|vị trí"
)

_COUNT_NOUN_AFTER = re.compile(rf"(?i)[ \u00a0]+(?:{_COUNT_NOUNS})(?!\w)")
plain_twin(_COUNT_NOUN_AFTER)  # checks that the twin below may run on the lower-cased text
_COUNT_NOUN_AFTER_LOW = re.compile(
    r"[ \u00a0]+" + by_first_letter(split_alternatives(_COUNT_NOUNS)) + r"(?!\w)"
)
""":data:`_COUNT_NOUN_AFTER` on the :func:`lowered` text, its hundred nouns joined under their
leading letters: a word after a number word that is no counting noun ("năm 2024", "tỷ đồng")
fails at one letter test, not at each noun in turn (same matches)."""

# "một" is the indefinite article far more often than the number 1.
_MOT_EXCLUDED_AFTER = re.compile(
    r"(?i)[ \u00a0]+(?:năm|tháng|ngày|tuần|lần|phong trào|chương trình|kế hoạch|giải pháp|"
    r"nội dung|trong|số|cách|phần|mặt|khi|vài|chút|bước)(?!\w)"
)

_ARTICLE_BEFORE = re.compile(r"(?i)(?<!\w)(?:là|như|thành|thêm|mỗi|từng|với)\s+$")


_NON_SPACE = re.compile(r"\S+")
_SPACES_RUN = re.compile(r"\s+")


def _previous_word(text: str, start: int) -> str:
    """The word right before ``start`` (skipping spaces), lower-cased; cheap gate for regexes."""
    i = start - 1
    limit = max(0, start - _LOOKBACK)
    while i >= limit and text[i].isspace():
        i -= 1
    j = i
    while j >= limit and text[j].isalpha():
        j -= 1
    return text[j + 1 : i + 1].lower()


_HEDGE_LAST_WORDS = frozenset(q.split()[-1] for q in QUALIFIERS)

_DOC_LAST_WORDS = frozenset(
    {"số", "thị", "quyết", "định", "tư", "văn", "luật", "lệnh", "điều", "khoản", "đạo", "án"}
)


def _hedge(text: str, start: int, previous: str | None = None) -> tuple[str | None, int | None]:
    """The hedge right before ``start`` and where it starts; ``previous`` is
    ``_previous_word(text, start)`` when the caller has read it already."""
    if start == 0 or not text[start - 1].isspace():
        return None, None
    if previous is None:
        previous = _previous_word(text, start)
    if previous not in _HEDGE_LAST_WORDS:
        return None, None
    low = lowered(text)
    window = max(0, start - _LOOKBACK)
    match = (
        _HEDGE.search(text, window, start) if low is None else _HEDGE_LOW.search(low, window, start)
    )
    if match is None:
        return None, None
    return _SPACES_RUN.sub(" ", match.group(1).lower()), match.start(1)


def _suffix(text: str, end: int) -> tuple[int, int, bool]:
    """Multiplier word and percent sign after ``end``: (scale, new end, is_percent)."""
    following = text[end : end + 1]
    if not following or not (following.isspace() or following == "%"):
        return 1, end, False
    multiplier = _MULTIPLIER.match(text, end)
    if multiplier is not None:
        scale = SCALE_WORDS[multiplier.group(1).lower()]
        second = multiplier.group(2)
        if second is not None and SCALE_WORDS[second.lower()] > scale:
            scale *= SCALE_WORDS[second.lower()]  # "nghìn tỷ" = 10^12
        elif second is not None:
            return scale, multiplier.end(1), False  # "triệu triệu" is not a compound scale
        return scale, multiplier.end(), False
    percent = _PERCENT.match(text, end)
    if percent is not None:
        return 1, percent.end(), True
    return 1, end, False


class _Builder:
    """Collects tokens for one text; knows the date/year spans to classify digits."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[NumberToken] = []
        self.date_spans = [(d.start, d.end) for d in find_dates(text)]
        self.year_starts = {y.start for y in find_years(text)}
        self._date_index = 0
        self.consumed = 0  # end of the text already turned into tokens (e.g. "14h30")
        self._word_before = (-1, "")  # the last _previous_word read: the document test's
        # word before a cluster is also its hedge test's

    def previous_word(self, start: int) -> str:
        """``_previous_word(self.text, start)``, read once for a start asked twice in a row."""
        at, word = self._word_before
        if at != start:
            word = _previous_word(self.text, start)
            self._word_before = (start, word)
        return word

    def in_date(self, start: int) -> bool:
        spans = self.date_spans
        while self._date_index < len(spans) and spans[self._date_index][1] <= start:
            self._date_index += 1
        return self._date_index < len(spans) and spans[self._date_index][0] <= start

    def add(
        self,
        value: int | float,
        start: int,
        end: int,
        kind: str,
        is_word: bool = False,
        hedge: bool = True,
    ) -> None:
        text = self.text
        qualifier: str | None = None
        qualifier_start: int | None = None
        if hedge and start and text[start - 1].isspace():
            qualifier, qualifier_start = _hedge(text, start, self.previous_word(start))
        self.tokens.append(
            NumberToken(
                value, start, end, self.text[start:end], kind, is_word, qualifier, qualifier_start
            )
        )

    def add_group(self, start: int, end: int, default_kind: str) -> int:
        """Add the digit group text[start:end] (may hold . and ,); returns the end used."""
        text = self.text
        raw = text[start:end]
        kind = "year" if default_kind == "plain" and start in self.year_starts else default_kind
        number: Decimal | None = None
        value: int | float
        if raw.isdigit():
            if len(raw) > _MAX_DIGITS:
                return end  # an identifier or a data dump, not a quantity
            value = int(raw)
        else:
            try:
                if len(raw) > 2 * _MAX_DIGITS:
                    raise ValueError("too many digits")
                number, _ = _parse_decimal(raw)
            except ValueError:
                self._split_group(start, end)
                return end
            value = _to_value(number)
        if kind in ("plain", "year"):
            scale, new_end, is_percent = _suffix(text, end)
            if new_end != end:
                if scale != 1:
                    value = _to_value((number if number is not None else Decimal(value)) * scale)
                kind = "percent" if is_percent else "plain"
                end = new_end
        self.add(value, start, end, kind)
        return end

    def _split_group(self, start: int, end: int) -> None:
        """Not one number ("1.2.3", "0263.3822.123"): an identifier; each digit run on its own."""
        for match in _DIGITS.finditer(self.text[start:end]):
            if len(match.group()) > _MAX_DIGITS:
                continue
            self.add(
                int(match.group()),
                start + match.start(),
                start + match.end(),
                "document",
                hedge=False,
            )

    def _groups(self, start: int, end: int, kind: str) -> None:
        for match in _GROUPS.finditer(self.text, start, end):
            self.add_group(match.start(), match.end(), kind)

    def _glued_before(self, start: int) -> bool:
        text = self.text
        return start > 0 and (
            text[start - 1].isalpha()
            or text[start - 1] == "_"
            or (start > 1 and text[start - 1] in "-–" and text[start - 2].isalpha())
        )

    def _period_year(self, start: int, end: int) -> bool:
        """ "quý I/2023", "khóa XII/2021": the year of a period; else part of a code."""
        text = self.text
        if not (
            start > 1
            and text[start - 1] == "/"
            and text[start - 2].isalpha()
            and end - start <= _MAX_CLUSTER
        ):
            return False
        raw = text[start:end]
        is_year = raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100
        self._groups(start, end, "year" if is_year else "document")
        return True

    def _is_document(self, start: int, end: int) -> bool:
        """ "09-CT/TW", "Quyết định 123": the number of a document."""
        text = self.text
        following = text[end : end + 1]
        if following in ("/", "-") and _DOC_SUFFIX.match(text, end) is not None:
            return True
        window = max(0, start - _LOOKBACK)
        return (
            self.previous_word(start) in _DOC_LAST_WORDS
            and _DOC_WORD_BEFORE.search(text, window, start) is not None
        )

    def _separated(self, start: int, end: int) -> None:
        """ "5/2023" (month and year), "73/126" (ratio), "2015-2020" (plain numbers)."""
        raw = self.text[start:end]
        groups = list(_GROUPS.finditer(self.text, start, end))
        kind = "plain"
        if "/" in raw and len(groups) == 2 and not ("-" in raw or "–" in raw):
            month, year = groups[0].group(), groups[1].group()
            if (
                month.isdigit()
                and 1 <= int(month) <= 12
                and len(year) == 4
                and year.isdigit()
                and 1900 <= int(year) <= 2100
            ):
                kind = "date_part"  # "tháng 5/2023": month and year
            else:
                kind = "ratio"
        for match in groups:
            if kind == "date_part":
                value = int(match.group())
                self.add(value, match.start(), match.end(), kind, hedge=False)
            else:
                self.add_group(match.start(), match.end(), kind)

    def _clock(self, start: int, end: int) -> bool:
        """ "20h30", "7 giờ 15": an hour (and its minutes); True when read as a time."""
        text, raw = self.text, self.text[start:end]
        following = text[end : end + 1]
        time = _TIME_AFTER.match(text, end) if following in ("h", "H", " ", "\u00a0") else None
        if time is None or not _HOUR.fullmatch(raw) or int(raw) > 24:
            return False
        minute = time.group(1)
        if minute is not None and int(minute) >= 60:
            return False
        self.add(int(raw), start, end, "time", hedge=False)
        if minute is not None:
            self.add(int(minute), time.start(1), time.end(1), "time", hedge=False)
            self.consumed = time.end(1)
        return True

    def cluster(self, start: int, end: int) -> None:
        """Read one run of digits and separators by what it is: code, date, time, ratio, count."""
        text = self.text
        if start < self.consumed or self._period_year(start, end):
            return
        if self._glued_before(start) and end - start <= _MAX_CLUSTER:
            self._groups(start, end, "document")  # "V05", "Covid-19": a name or code
            return
        raw = text[start:end]
        if len(raw) > _MAX_CLUSTER:
            return  # hundreds of numbers glued by separators: a data dump, not prose
        in_date = self.in_date(start)
        if not in_date and self._is_document(start, end):
            self._groups(start, end, "document")
            return
        if in_date:
            for match in _DIGITS.finditer(raw):
                s = start + match.start()
                self.add(int(match.group()), s, start + match.end(), "date_part", hedge=False)
            return
        if ":" in raw:
            self._time_or_groups(start, end)
        elif "/" in raw or "-" in raw or "–" in raw:
            self._separated(start, end)
        elif not self._clock(start, end):
            self.add_group(start, end, "plain")

    def _time_or_groups(self, start: int, end: int) -> None:
        raw = self.text[start:end]
        match = _CLOCK.fullmatch(raw)
        if match and int(match.group(1)) <= 24 and int(match.group(2)) < 60:
            for index in (1, 2, 3):
                if match.group(index) is not None:
                    self.add(
                        int(match.group(index)),
                        start + match.start(index),
                        start + match.end(index),
                        "time",
                        hedge=False,
                    )
            return
        for group in _GROUPS.finditer(self.text, start, end):
            self.add_group(group.start(), group.end(), "plain")

    def word_run(self, start: int, end: int) -> None:
        """Longest numeral phrases inside a run of number words."""
        text = self.text
        run = text[start:end]
        if run.isalpha():  # one word (most runs): no space to split at
            spans = [(0, end - start)]
            words = [word_key(run)]
        else:
            spans = [(m.start(), m.end()) for m in _NON_SPACE.finditer(run)]
            words = [word_key(text[start + s : start + e]) for s, e in spans]
        i = 0
        while i < len(words):
            found = False
            for j in range(min(len(words), i + _MAX_WORD_RUN), i, -1):
                value = parse_scaled(words[i:j])
                if value is None:
                    continue
                s, e = start + spans[i][0], start + spans[j - 1][1]
                if j - i == 1 and not self._single_word_ok(words[i], s, e):
                    break
                scale, new_end, is_percent = _suffix(text, e)
                kind = "percent" if is_percent else "plain"
                self.add(value * scale, s, new_end, kind, is_word=True)
                i = j
                found = True
                break
            if not found:
                i += 1

    def _single_word_ok(self, word: str, start: int, end: int) -> bool:
        """A lone digit word is a number only before a counting noun (see iter_numbers)."""
        if word in ("không", "tư", "mốt", "lăm", "nhăm", "linh", "lẻ", "mươi", "chục"):
            return False
        text, low = self.text, lowered(self.text)
        noun = (
            _COUNT_NOUN_AFTER.match(text, end)
            if low is None
            else _COUNT_NOUN_AFTER_LOW.match(low, end)
        )
        if noun is None and _PERCENT.match(text, end) is None:
            return False
        if word == "một":
            if _MOT_EXCLUDED_AFTER.match(text, end) is not None:
                return False
            if _ARTICLE_BEFORE.search(text, max(0, start - _LOOKBACK), start):
                return False
        return True


def iter_numbers(text: str) -> list[NumberToken]:
    """Every number in ``text`` (digits and words), in order, classified by ``kind``.

    Digits: a run like "1.131", "5/1/2021", "73/126", "20:47" is split into its numbers;
    dates give "date_part", years in year context (or ranges) "year", clock times "time",
    numbers of document codes and named bodies ("09-CT/TW", "Quyết định 123/QĐ-UBND",
    "V05", "Ban Chỉ đạo 138", "Đề án 06") "document",
    "a/b" that is not a date "ratio", "72,6%" "percent". A multiplier word after the number
    (nghìn, triệu, tỷ) is folded into the value and the span.

    Words: numeral phrases ("hai mươi mốt", "mười lăm", "năm trăm") always count. A lone
    digit word counts only right before a counting noun ("sáu tập thể", "năm năm"), and
    "một" additionally not before time nouns or idioms ("một số", "một lần", "một cách")
    and not after "là"/"như"/"thành" (the indefinite article: "là một đơn vị").
    """
    builder = _Builder(text)
    for match in number_led_matches(_CLUSTER, text):
        if match.start() > 0 and text[match.start() - 1].isdigit():
            continue  # pragma: no cover - the regex consumes whole digit runs
        builder.cluster(match.start(), match.end())
    low = lowered(text)
    runs = _WORD_RUN.finditer(text) if low is None else _WORD_RUN_LOW.finditer(low)
    for match in runs:
        builder.word_run(match.start(), match.end())
    tokens = sorted(builder.tokens, key=attrgetter("start", "end"))
    return tokens
