"""Labels of statistics: the noun phrase a figure counts, for each shape of sentence.

Each labeller handles one shape ("chiếm N%", "giảm từ A% xuống B%", "giảm 3 vụ", money
for a purpose) and is a pure function of the text and offsets.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from tomtat.text.lowered import may_hold
from tomtat.text.mentions import StatMention
from tomtat.text.segment import iter_sentences
from tomtat.text.vocab import CASE_VERBS, CHANGE_VERBS, TOPIC_OPENINGS, UNIT_LEVELS

_LABEL_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_BLANKS_WORD = re.compile(r"[^\S\n]*+(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)?")
"""The blanks (no line break) before a word of a label, and the word (``_LABEL_WORD``) when
one follows them: :func:`label_after` reads both in one match."""

_LABEL_STOP_WORDS = frozenset(
    {
        "với", "tại", "ở", "trong", "của", "cho", "được", "đã", "là", "có", "để", "từ",
        "đến", "thuộc", "trên", "và", "nhằm", "gồm", "như", "về", "theo", "do", "khi",
        "qua", "cùng", "bằng", "so", "hoặc", "hay", "nhưng", "mà", "thì", "vào", "tới",
        "đạt", "trở", "lên", "sau", "trước", "này", "đó", "kia", "nay", "đang",
        "sẽ", "vẫn", "còn", "cũng", "đều", "bị", "phải", "rồi",
    }
)  # fmt: skip

_LABEL_START_BAD = frozenset(
    {"năm", "tháng", "ngày", "giờ", "phút", "lần", "trong", "đến", "và", "trên", "hay"}
)

_MAX_LABEL_WORDS = 5

_MAX_LABEL_WORDS_NAMED = 10

_OPEN_QUOTES = "“\"'‘«"

_CLOSE_QUOTES = {"“": "”", '"': '"', "'": "'", "‘": "’", "«": "»"}


def label_after(
    text: str, pos: int, limit: int, *, most: int = _MAX_LABEL_WORDS
) -> tuple[str, int] | None:
    """Noun phrase after a number: up to ``most`` words (5 unless the caller reads the
    object of a verb, which runs longer), a quoted name kept whole."""
    words: list[str] = []
    cursor = pos
    end = pos
    while cursor < limit and len(words) < _MAX_LABEL_WORDS_NAMED:
        # the blanks and the word after them in one match (the word is absent before a mark)
        step = _BLANKS_WORD.match(text, cursor, limit)
        if step is None:  # never: both of its parts are optional
            break
        word = step.group("word")
        cursor = step.end() if word is None else step.start("word")
        if len(words) >= most and not (
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
        if word is None:
            break
        lower = word.lower()
        compound = (
            _LABEL_COMPOUND.match(text, cursor, limit) if lower in _COMPOUND_FIRST_WORDS else None
        )
        if compound is not None:  # "4.500 ngày công", "126 bị hại": nouns, not stop words
            words.append(" ".join(compound.group().split()))
            cursor = end = compound.end()
            continue
        if lower in _LABEL_STOP_WORDS and words:
            break
        if not words and (lower in _LABEL_STOP_WORDS or lower in _LABEL_START_BAD):
            return None
        words.append(word)
        cursor = end = step.end()
    if not words:
        return None
    return " ".join(words), end


_LABEL_COMPOUND = re.compile(
    r"(?i)(?:ngày[^\S\n]+công|bị[^\S\n]+(?:hại|can|cáo)|người[^\S\n]+bị[^\S\n]+hại"
    r"|tập[^\S\n]+thể[^\S\n]*(?:,|và)[^\S\n]*cá[^\S\n]+nhân"
    # a word of two syllables is never cut in half: "45 thành viên nòng cốt tham gia", "4 đơn
    # vị trực thuộc"
    r"|tham[^\S\n]+(?:gia|dự)|trực[^\S\n]+thuộc"
    # a prison term: "23 năm tù", "18 tháng tù treo"
    r"|(?:năm|tháng)[^\S\n]+tù(?:[^\S\n]+treo)?)(?!\w)"
)
_COMPOUND_FIRST_WORDS = frozenset({"ngày", "bị", "người", "tập", "tham", "trực", "năm", "tháng"})
"""The first words of the compounds of ``_LABEL_COMPOUND``: a label word that is none of them
opens no compound (the pattern is not tried)."""

# "từ 300 triệu đồng/năm trở lên": a threshold, not a fact
THRESHOLD_AFTER = re.compile(r"(?i)[^.;,\n]{0,40}?(?<!\w)trở[^\S\n]+(?:lên|xuống)(?!\w)")

# "tăng 3,2% so với năm trước": the change is labelled by its comparison
CHANGE_AFTER = re.compile(r"(?i)[^\S\n]+(?P<cmp>so[^\S\n]+với[^\S\n]+[^,.;:()\n]{2,40})")

GENERIC_LABELS = frozenset({"người", "lượt", "trường hợp", "đơn vị"})

TOTAL_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?:tổng\s+)?số\s+[^\W\d_]+|(?P<headcount>(?:dân|quân)\s+số)(?!\w))"
)

_BEFORE_TRIM = frozenset(
    {"đạt", "chiếm", "tăng", "giảm", "hơn", "trên", "gần", "khoảng", "như", "lên", "tới", "là"}
)

MONEY_KEYS = re.compile(
    r"(?i)(?<!\w)(?:số\s+tiền|tổng\s+kinh\s+phí|kinh\s+phí|trị\s+giá|giá\s+trị|nguồn\s+vốn"
    r"|tiền)(?!\w)"
)

MONEY_PURPOSE = re.compile(
    r"(?i)[^\S\n]+cho[^\S\n]+(?:các[^\S\n]+|những[^\S\n]+)?(?P<what>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,4})"
)

RATE_KEYS = re.compile(r"(?i)(?<!\w)(?:tỷ|tỉ)\s+lệ(?!\w)")

_MONEY_KEY_WORDS = ("tiền", "phí", "giá", "vốn")
"""A word each match of ``MONEY_KEYS`` holds: a stretch without any has no money key."""
_RATE_KEY_WORDS = ("lệ",)
"""The word each match of ``RATE_KEYS`` holds."""


# "đến cuối năm học 2022 - 2023", "trong năm 2023": when a figure holds, not what it counts
_TIME_PHRASE = re.compile(
    r"(?i)(?<!\w)(?:(?:tính[^\S\n]+)?đến|trong|vào)?[^\S\n]*(?:(?:cuối|đầu|hết)[^\S\n]+)?"
    r"(?:năm[^\S\n]+học|năm|tháng|quý|giai[^\S\n]+đoạn|nhiệm[^\S\n]+kỳ)[^\S\n]+\d[\d\s\-–/]*"
)
_TIME_WORDS = ("năm", "tháng", "quý", "giai", "nhiệm")
"""A word each match of ``_TIME_PHRASE`` holds: a stretch without any has no time phrase."""


def label_before(text: str, pos: int, *, money: bool = False) -> str | None:
    """Noun phrase before a number: "tỷ lệ ... (đạt) 95%", "với số tiền gần 5 tỷ đồng".

    It starts at the last "tỷ lệ" (or money word: "số tiền", "kinh phí" ...) when there is one;
    a time phrase ("đến cuối năm học 2022 - 2023") is left out.
    """
    window_start = max(0, pos - 80)
    window = text[window_start:pos]
    last = window.rfind  # written out: a generator over the marks costs as much again
    cut = max(last(","), last(";"), last(":"), last("."), last("("), last(")"), last("\n"))
    begin = window_start + cut + 1
    window = window[cut + 1 :]
    # the ``(?i)`` scans below try every position of the window: skipped where the words
    # they need are absent (removing a time phrase joins no letters: it leaves a space)
    if may_hold(text, begin, pos, _TIME_WORDS):
        window = _TIME_PHRASE.sub(" ", window)
    keys_re, key_words = (MONEY_KEYS, _MONEY_KEY_WORDS) if money else (RATE_KEYS, _RATE_KEY_WORDS)
    keys = list(keys_re.finditer(window)) if may_hold(text, begin, pos, key_words) else []
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
    words = _without_a_closing_locative(words)
    words = words[: _MAX_LABEL_WORDS + 3] if keys else words[-_MAX_LABEL_WORDS:]
    while words and words[0].lower() in trim:
        words.pop(0)
    return " ".join(words) or None


_LOCATIVE = ("trên", "địa", "bàn")
"""The words of "trên địa bàn" (in the area of ...), the genre's commonest place phrase."""


_PLACE_OPENINGS = frozenset({w.split()[0] for w in UNIT_LEVELS} | {"thành", "toàn"})
"""The first words of the place after "trên địa bàn" ("huyện", "thị xã", "thành phố", "toàn
tỉnh"); a capitalised name opens one too ("trên địa bàn Hà Nội")."""


def _without_a_closing_locative(words: list[str]) -> list[str]:
    """The words of a label read before a figure, less a closing "trên địa bàn ..." ("số vụ
    cháy nổ trên địa bàn huyện giảm 20%" -> "số vụ cháy nổ"): the
    place says where the thing counted is, not what it is, and the last words kept would
    otherwise be the place's instead of the head noun's. A phrase that is only the place
    ("Trên địa bàn huyện có ...") is kept. Where no place follows the three words, what
    follows them goes on the label ("tỷ lệ người dân trên địa bàn tham gia bảo hiểm y tế"
    -> "tỷ lệ người dân tham gia bảo hiểm y tế"): only the three words are left out."""
    lowered_words = [w.lower() for w in words]
    for at in range(len(words) - len(_LOCATIVE), 0, -1):
        if tuple(lowered_words[at : at + len(_LOCATIVE)]) == _LOCATIVE:
            rest = words[at + len(_LOCATIVE) :]
            if rest and rest[0].islower() and rest[0] not in _PLACE_OPENINGS:
                return words[:at] + rest
            return words[:at]
    return words


def verb_phrase(label: str) -> str:
    """The verb of "Tỉnh đã chi" / "Hội hỗ trợ": the label less its subject and auxiliaries."""
    words = label.split()
    while len(words) > 1 and (words[0][:1].isupper() or words[0].lower() in _LABEL_STOP_WORDS):
        words.pop(0)
    return " ".join(words)


SHARE_OF_VERB = re.compile(
    r"(?i)[^\S\n]+(?P<head>số[^\S\n]+[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+(?:đạt|được|có))[^\S\n]+"
)

CLASSIFIERS = frozenset({"vụ", "căn", "chiếc", "con", "cái", "ngôi", "suất", "bộ", "tấm"})

# "giảm từ 61,2% xuống còn 38,4%": both rates are of the subject before "giảm/tăng từ"
_MOVED_RATE = re.compile(
    r"(?i)(?<!\w)(?P<verb>tăng|giảm)?[^\S\n]*từ[^\S\n]+(?P<a>\d+(?:,\d+)?)[^\S\n]*%[^\S\n]+"
    r"(?:xuống|lên)(?:[^\S\n]+(?:còn|mức|đến|tới))?[^\S\n]+(?P<b>\d+(?:,\d+)?)[^\S\n]*%"
)

_LAST_COUNT = re.compile(r"(?<![\w.,/])\d+(?:[.,/]\d+)*(?!.*\d)", re.S)


_CASE_VERB = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(v.replace(" ", r"[^\S\n]+") for v in CASE_VERBS) + r")(?!\w)"
)


def classifier_label(
    text: str, start: int, end: int, word: str, before: list[str], stats: list[StatMention]
) -> str:
    """Label of "<subject> giảm 3 vụ" / "xây 64 căn nhà X, sửa chữa 21 căn": the phrase before
    the number, with the noun the counter stood for in the sentence's previous count."""
    head = label_before(text, start)
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
    verb = before[-1].lower() if before and before[-1].lower() in CHANGE_VERBS else ""
    if not noun and len(head.split()) < 2:
        noun = word  # "trao 200 suất": the verb alone names nothing either
    elif not noun and not verb:
        done = _CASE_VERB.search(head)
        if done is not None:
            # "Lực lượng Kiểm lâm xử lý 126 vụ": the cases handled, not who handled them
            noun, head = word, head[done.start() :]
    if not noun or noun == word:
        # "Đối với án dân sự, ngành thụ lý 120 vụ": the topic names what the counter counts
        noun = sentence_topic(text, start) or noun
    label = " ".join(x for x in (noun, head, verb) if x)
    change = CHANGE_AFTER.match(text, end)
    if verb and change:
        label = f"{label} {change.group('cmp').strip()}"
    return label


def moved_rate_label(text: str, start: int, end: int) -> str | None:
    """ "Tỷ lệ hộ nghèo giảm từ 12% xuống còn 8%": the subject for both rates, else None."""
    window_start, window_end = max(0, start - 60), min(len(text), end + 60)
    if not (
        may_hold(text, window_start, window_end, ("từ",))
        and may_hold(text, window_start, window_end, ("xuống", "lên"))
    ):
        return None  # the words every match holds are absent: the scan is skipped
    for match in _MOVED_RATE.finditer(text, window_start, window_end):
        if not (match.start("a") == start or match.start("b") == start):
            continue
        head = label_before(text, match.start())
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


def share_of_label(text: str, pos: int) -> str | None:
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
    after = label_after(text, match.end(), comma)
    return after[0] if after else None


_TOPIC = re.compile(
    r"(?i)[^\w\n]*(?:" + "|".join(re.escape(t) for t in TOPIC_OPENINGS) + r")[^\S\n]+"
    r"(?P<topic>[^,;:.!?\n]{1,80}),"
)
TOPIC_REACH = 300
"""How far back the opening of a figure's sentence is looked for."""


@lru_cache(maxsize=4)
def _sentence_starts(text: str) -> tuple[int, ...]:
    """Where each sentence of ``text`` starts (the one splitter's sentences), 0 first."""
    return (0, *(begin for begin, _ in iter_sentences(text) if begin))


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` opens (:func:`iter_sentences`, the one splitter;
    its starts found once per text), 0 before the first."""
    starts = _sentence_starts(text)
    return starts[max(0, bisect.bisect_right(starts, pos) - 1)]


def sentence_topic(text: str, pos: int, start: int | None = None) -> str | None:
    """The topic that opens the sentence holding ``pos`` ("Đối với án dân sự, ngành thụ lý
    120 vụ, ..." -> "án dân sự"; "Về công tác tuyên truyền, ..."), None where the sentence
    opens otherwise. ``start`` is the sentence's start where the caller knows it."""
    if start is None:
        start = max(sentence_start(text, pos), pos - TOPIC_REACH)
    topic = _TOPIC.match(text, start, pos)
    return " ".join(topic.group("topic").split()) if topic else None
