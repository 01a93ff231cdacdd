"""Officials named with their posts: "Ông X - Chủ tịch UBND huyện Y", "Phó Chủ tịch UBND tỉnh Z X".

Three shapes, all within one sentence:

1. name, then post: "(Ông|Bà|đồng chí|Đại tá) Nguyễn Văn A - / , / ( Giám đốc Công an tỉnh";
   lists "các đồng chí: A, post; B, post" are this shape repeated;
2. post, then name: "Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam nhấn mạnh" — the place at the
   end of the post is told from the name by the gazetteer and a list of surnames;
3. post, then ", (rank|ông|bà) name": "Giám đốc Công an tỉnh, Đại tá Nguyễn Văn A".

A post runs on through capitalised words and the lowercase words of unit names, and stops at
punctuation (a comma only when no further post follows it) or at a verb/preposition ("phát
biểu", "trao", "đã", "tại" ...). Ranks are kept apart from the post. One entry per person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tomtat.schemas import Evidence, Person
from tomtat.text.counts import iter_sentences
from tomtat.text.gazetteer import canonical_province, is_district, split_leading_place
from tomtat.text.levels import level_unit_pattern, unit_body_pattern, unit_word_pattern
from tomtat.text.lowered import (
    by_first_letter,
    lowered,
    spelt_out,
    split_alternatives,
    word_start_branch,
)
from tomtat.text.normalize import normalize_name
from tomtat.text.vocab import HONORIFICS, POST_ABBREVIATIONS, RANKS, SURNAMES, UNIT_LEVELS

__all__ = ["body_of_one_official", "extract_people", "opens_with_post", "person_name_problem"]

_RANKS = RANKS
_RANK_RE = re.compile(rf"(?i)(?:{_RANKS})")
_POST_HEADS = (
    r"Chủ\s+tịch(?:\s+nước)?",
    r"chủ\s+tịch(?=\s+(?:UBND|HĐND|Ủy|Uỷ))",
    *(
        r"Bí\s+thư|Tổng\s+Bí\s+thư|Giám\s+đốc|Tổng\s+Giám\s+đốc|Thứ\s+trưởng|Bộ\s+trưởng"
        r"|Cục\s+trưởng|Tổng\s+cục\s+trưởng|Chánh\s+Văn\s+phòng|Chánh|Ủy\s+viên|Uỷ\s+viên"
        r"|Chỉ\s+huy\s+trưởng|Chính\s+ủy|Chính\s+uỷ|Tư\s+lệnh|Thủ\s+trưởng|Hiệu\s+trưởng"
        r"|Viện\s+trưởng|Chủ\s+nhiệm|Đại\s+biểu\s+Quốc\s+hội|Trưởng|Đội\s+trưởng|Thủ\s+tướng"
        r"|Tổ\s+trưởng|Chi\s+hội\s+trưởng|Thường\s+trực|Trưởng\s+ban|Trưởng\s+phòng"
        r"|Đồn\s+trưởng|Chính\s+trị\s+viên|Tổng\s+Biên\s+tập|Cục\s+phó"
    ).split("|"),
    # "ông X - Đại diện Văn phòng Quận ủy": one who stands for a named body
    r"Đại\s+diện(?=\s+(?:Văn\s+phòng|Ban|Bộ|Sở|Phòng|Cục|Ủy\s+ban|UBND|Hội|Đảng|Công\s+an))",
    r"(?:Tỉnh|Thành|Huyện|Quận)\s+(?:ủy|uỷ)\s+viên",
)
"""The posts, each starting with a word (the genre's abbreviations of
:data:`tomtat.text.vocab.POST_ABBREVIATIONS` aside)."""
_POST = (
    r"(?:[Nn]guyên\s+)?(?:Phó\s+|Quyền\s+)?(?:"
    + "|".join(_POST_HEADS)
    # the genre's abbreviated posts: "TUV" (Tỉnh ủy viên), "UV.BTV" (Ủy viên Ban Thường vụ),
    # "Phó CT UBND huyện" (Chủ tịch), "PCT HĐND xã"
    + rf"|{POST_ABBREVIATIONS})"
    r"(?!\w)"
)
_POST_RE = re.compile(_POST)
_POST_RE_ANYCASE = re.compile(_POST, re.I)
_POST_RE_LOW = re.compile(_POST.lower())


def opens_with_post(phrase: str) -> bool:
    """Whether ``phrase`` opens with an official's post ("Bộ trưởng Bộ Công an ...",
    "GIÁM ĐỐC SỞ ..." in a headline in capitals): a person, not a body."""
    return (_POST_RE_ANYCASE if phrase.isupper() else _POST_RE).match(phrase) is not None


def _post_scan_low() -> re.Pattern[str]:
    """:data:`_POST_RE_LOW` with every branch opening with a letter (the optional "nguyên",
    "phó", "quyền" tried first, in the same order; a leading group of words and the "p?" of
    "PCT" spelt out; the look-behind of the abbreviations moved after their first word):
    the engine then skips to the letters a post can start with instead of trying the whole
    alternation at every position. Same matches, a third of the time."""
    abbreviations = POST_ABBREVIATIONS.lower()
    opening = r"(?<!\w)(?:"
    if not abbreviations.startswith(opening) or not abbreviations.endswith(")"):
        raise ValueError("POST_ABBREVIATIONS is no longer a (?<!\\w)(?:...) alternation")
    branches = [branch for head in _POST_HEADS for branch in spelt_out(head.lower())]
    for abbreviation in split_alternatives(abbreviations[len(opening) : -1]):
        branches.extend(word_start_branch(form) for form in spelt_out(abbreviation))
    heads = by_first_letter(branches)
    opened = [rf"nguyên\s+(?:phó\s+|quyền\s+)?{heads}", rf"phó\s+{heads}", rf"quyền\s+{heads}"]
    return re.compile(rf"{by_first_letter([*opened, *branches])}(?!\w)")


_POST_SCAN_LOW = _post_scan_low()
# Cheap literal prefilter (lowercased text): a sentence without one of these has no post.
_POST_HINT_WORDS: tuple[str, ...] = (
    "chủ tịch",
    "bí thư",
    "giám đốc",
    "trưởng",
    "ủy viên",
    "uỷ viên",
    "chánh",
    "chính ủy",
    "chính uỷ",
    "tư lệnh",
    "chủ nhiệm",
    "đại biểu",
    "thường trực",
    "thủ tướng",
    "chính trị viên",
    "biên tập",
    "cục phó",
    "uv",  # and so "tuv", "huv", "quv"
    "ct ",  # and so "pct "
    "ct.",
    "đại diện",
)
"""The literals of :data:`_POST_HINT` ("ct." is the abbreviation with its dot). A word
that holds another ("tuv" holds "uv") is left out: the shorter one marks the same sentence."""
_POST_HINT = re.compile(by_first_letter([re.escape(word) for word in _POST_HINT_WORDS]))
"""The first place at or after a point where a word of :data:`_POST_HINT_WORDS` starts
(the leftmost match of literals is the first place any of them occurs), searched from
sentence to sentence only while sentences are read: with the words joined under their
first letters the engine skips to those letters, cheaper than finding every occurrence of
every word in the whole text (a substring search per word)."""


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TITLE_STOP_WORDS = frozenset(
    """phát đã đang sẽ vừa trao tặng cho nhấn cũng chủ dự tham khẳng đề yêu chúc ghi nêu được
    tại về với là thay lưu biểu cùng và khen báo trình đánh chia bày mong đọc quán gửi thăm
    làm nói trả kết chỉ động nhận tiếp trong của có khi ngày năm đến từ nhằm để theo như
    thì mà hay hoặc lên xuống ra vào đi phụ đánh giúp giới hướng điều kiểm gặp họp trò
    dặn biết""".split()
)
# Lowercase words of organisation names that are verbs elsewhere: "Liên đoàn Lao động",
# "Bộ Chỉ huy Quân sự", "Ban chỉ đạo", "Hội Khuyến học", "Hội Chữ thập đỏ"; the "và" of a
# sector's name ("Phòng Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường").
_ORG_WORD_PAIR = re.compile(
    r"(?i)(?<!\w)(?:lao\s+động|chỉ\s+huy|chỉ\s+đạo|thập\s+đỏ|khuyến\s+học|vận\s+động\s+quần"
    r"|chủ\s+tịch|giáo\s+dục\s+và\s+đào|tài\s+nguyên\s+và\s+môi|khoa\s+học\s+và\s+công"
    r"|kế\s+hoạch\s+và\s+đầu|nông\s+nghiệp\s+và\s+phát|thương\s+binh\s+và\s+xã"
    r"|thể\s+thao\s+và\s+du|thông\s+tin\s+và\s+truyền)(?!\w)"
)
# "thừa ủy quyền của Chủ tịch nước, ...": the post whose authority is used
_AUTHORITY_BEFORE = re.compile(r"(?i)(?:của|ủy\s+quyền|uỷ\s+quyền)\s*$")
# "..., Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh": the name is followed by its own post
_OWN_POST_AFTER = re.compile(rf"\s*[-–—,(]\s*{_POST}")
# posts complete without a unit after them: "Thủ tướng Phạm Minh Chính", "Tổng Bí thư Tô Lâm"
_WHOLE_POST = re.compile(
    r"(?:[Nn]guyên\s+)?(?:Phó\s+)?(?:Thủ\s+tướng(?:\s+Chính\s+phủ)?|Tổng\s+Bí\s+thư|Chủ\s+tịch\s+nước"
    r"|Chủ\s+tịch\s+Quốc\s+hội)\s*$"
)
# the unit words before a place, also abbreviated ("UBND TP Hà Nội", "Công an TX. Ba Đồn")
_UNIT_WORDS = frozenset(
    word for unit in (*UNIT_LEVELS, "thành phố") for word in unit.split()
) | frozenset(("tp", "tp.", "tx", "tx."))
_FORMER = re.compile(r"(?i)nguyên\s+")
_ONE_WORD_HONORIFICS = frozenset(("ông", "bà", "cô", "thầy", "chị", "anh"))
_MAX_TITLE_WORDS = 28  # a national leader's titles: three offices, each with its body's name


@dataclass
class _Found:
    name: str
    title: str | None
    rank: str | None
    start: int
    end: int


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


_SPACE = re.compile(r"\s")


def _title_extent(sentence: str, pos: int) -> int:
    """End (in ``sentence``) of a post starting at ``pos``."""
    cursor = end = pos
    words = 0
    for match in _WORD.finditer(sentence, pos):  # word after word, as a search from each end
        if words >= _MAX_TITLE_WORDS:
            break
        if words:
            gap = sentence[cursor : match.start()]
            stripped = gap.strip()
            if stripped:
                if stripped == "," and _POST_RE.match(sentence, match.start()):
                    if _ends_with_a_name(sentence, cursor):
                        break  # "Phó Bí thư Thành ủy Ngô Xuân A, Phó Chủ tịch ... B": two people
                    # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": one person's posts
                elif stripped in ("-", "–", ".", "&", "/") and not _SPACE.search(gap):
                    pass  # "Bà Rịa-Vũng Tàu", "TP.HCM", "Phòng GD&ĐT", "UVBTV/Bí thư"
                else:
                    break
            word = match.group()
            if (
                word.lower() in _TITLE_STOP_WORDS
                and not _is_cap(word)
                and not word.isupper()
                and not _ORG_WORD_PAIR.search(
                    sentence, max(0, match.start() - 12), match.end() + 12
                )
            ):
                break
        end = cursor = match.end()
        words += 1
    return end


def _ends_with_a_name(sentence: str, end: int) -> bool:
    """Whether the capitalised words ending at ``end`` are a person's name, not a place."""
    words = [m.group() for m in _cap_run_before(sentence, end)]
    if not 2 <= len(words) <= 5 or _name_from_run(words, require_surname=True) != 0:
        return False
    return split_leading_place(words) != len(words)


def _is_country(words: list[str]) -> bool:
    return " ".join(words) == "Việt Nam"


def _name_from_run(words: list[str], *, require_surname: bool) -> int | None:
    """Index in ``words`` where a person's name starts (2-5 words to the end), else None."""
    for i in range(len(words)):
        length = len(words) - i
        if length > 5:
            continue
        if length < 2:
            return None
        if not all(_is_cap(w) for w in words[i:]):
            continue
        if words[i].lower() in SURNAMES or not require_surname:
            return i
    return None


_RUN_REACH = 80  # characters before the end where a run of capitalised words is read
_RUN_NEAR = 40  # read first: most runs (a name, a place) end well within it


def _cap_run_before(sentence: str, end: int) -> list[re.Match[str]]:
    """Capitalised words ending at ``end`` joined only by single spaces (read in the
    ``_RUN_REACH`` characters before ``end``).

    The words of the last ``_RUN_NEAR`` characters are read first: without an apostrophe in
    the reach, a word there is a whole run of letters as in the longer reach (only the first
    one may be cut), so a run that stops at a whole word, or at a gap, is the run the whole
    reach gives; one that reaches the first word is read again over the whole reach."""
    start = max(0, end - _RUN_REACH)
    near = end - _RUN_NEAR
    if near > start and sentence.find("'", start, end) < 0 and sentence.find("’", start, end) < 0:
        run, whole = _cap_run_in(sentence, near, end)
        if whole:
            return run
    return _cap_run_in(sentence, start, end)[0]


def _cap_run_in(sentence: str, start: int, end: int) -> tuple[list[re.Match[str]], bool]:
    """:func:`_cap_run_before` read in ``sentence[start:end]``, and whether the run stopped
    before the first word there (at a gap, or at a word not capitalised that starts after
    ``start``, so is no cut word)."""
    run: list[re.Match[str]] = []
    for match in reversed(list(_WORD.finditer(sentence, start, end))):
        following = run[0].start() if run else end
        gap = sentence[match.end() : following]
        if gap.strip() or (run and len(gap) > 1):
            return run, True
        if not _is_cap(match.group()):
            return run, match.start() > start
        run.insert(0, match)
    return run, False


# compiled once (a pattern built per call is re-hashed and looked up each time)
_RANK_BEFORE = re.compile(rf"(?i)(?:{_RANKS})\s+$")
_HONORIFIC_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{HONORIFICS})\s+$")


def _prefix_before(sentence: str, start: int) -> tuple[str | None, str | None]:
    """Rank or honorific right before ``start``: ("Đại tá", None) / (None, "ông")."""
    before = sentence[max(0, start - 20) : start]
    rank = _RANK_BEFORE.search(before)
    if rank:
        return " ".join(rank.group().split()), None
    honor = _HONORIFIC_BEFORE.search(before)
    if honor:
        return None, honor.group().strip()
    return None, None


# the separator between a name and the post after it: "A - Chủ tịch", "A, Chủ tịch", "A (Chủ tịch"
_SEP_BEFORE_POST = re.compile(r"\s*(?:[-–—,(]|:)\s*$")


def _find_in_sentence(sentence: str, offset: int, low: str | None = None) -> list[_Found]:
    """The officials of one ``sentence`` (at ``offset`` in its text); ``low``: the sentence
    lower-cased with the same offsets, when the caller has it (a slice of the text's
    :func:`~tomtat.text.lowered.lowered` copy), else it is lower-cased here."""
    found: list[_Found] = []
    consumed_until = -1
    kept = low  # a lowered() copy, whose word tests may skip a scan (not ``sentence.lower()``)
    if low is None:
        low = sentence.lower()
    posts = (
        _POST_SCAN_LOW.finditer(low)
        if len(low) == len(sentence)
        else _POST_RE_ANYCASE.finditer(sentence)
    )
    for post in posts:
        if post.start() < consumed_until:
            continue
        former = _FORMER.match(sentence, post.start())  # "nguyên Phó Chủ tịch nước X"
        capitalised = sentence[former.end() if former else post.start()].isupper()
        if not capitalised and post.group().lower().startswith("đại diện"):
            continue  # "ông X, đại diện Ban Quản trị chùa": one who speaks for others, no post
        sep = _SEP_BEFORE_POST.search(sentence[max(0, post.start() - 4) : post.start()])
        title_end = _title_extent(sentence, post.start())
        person = None
        if sep is not None:
            person = _name_before_post(sentence, offset, post, sep, title_end, capitalised)
            if person is not None and person.start < offset + consumed_until:
                person = None  # the name ends the post before: "... A, Phó Chủ tịch ... B"
            elif person is not None and _a_place_not_a_person(
                sentence, person.start - offset, person
            ):
                person = None  # "tại Hà Nội, Thủ tướng X": the place, then the post's own name
        if person is None and capitalised:
            person = _name_ending_post(sentence, offset, post, title_end)
            if person is None:
                person = _name_after_post(sentence, offset, post, title_end)
        if person is not None:
            if not _is_prize_winner(sentence, person.start - offset, kept):
                found.append(person)
            consumed_until = title_end
    return found


# "Giải nhì đồng chí X – Bí thư chi đoàn ...", "giải nhất thuộc về thí sinh X": a contestant
# named with the prize won is an honouree, not an official of the meeting
_PRIZE_BEFORE = re.compile(
    r"(?i)(?:giải\s+(?:nhất|nhì|ba|tư|khuyến\s+khích|đặc\s+biệt)|thí\s+sinh)"
    r"(?:\s+(?:thuộc\s+về|là|trao\s+cho|về\s+tay))?"
    r"(?:\s+(?:thí\s+sinh|đồng\s+chí|đ/c|em|ông|bà|anh|chị))?\s*[:,]?\s*$"
)


def _is_prize_winner(sentence: str, name_start: int, low: str | None = None) -> bool:
    """Whether the name at ``name_start`` follows the prize it won (a contestant). ``low``:
    the sentence lower-cased by :func:`~tomtat.text.lowered.lowered`, where the caller has
    it: without "giải" or "thí" (every prize phrase holds one) before the name, no scan."""
    window = max(0, name_start - 40)
    if low is not None and low.find("giải", window, name_start) < 0:
        if low.find("thí", window, name_start) < 0:
            return False
    return _PRIZE_BEFORE.search(sentence, window, name_start) is not None


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _name_before_post(
    sentence: str,
    offset: int,
    post: re.Match[str],
    sep: re.Match[str],
    title_end: int,
    capitalised: bool,
) -> _Found | None:
    """Shape 1: NAME <sep> POST ("Nguyễn Văn A, Chủ tịch UBND huyện")."""
    # shape 1: NAME <sep> POST
    sep_start = post.start() - (
        len(sentence[max(0, post.start() - 4) : post.start()]) - sep.start()
    )
    run = _cap_run_before(sentence, sep_start)
    words = [m.group() for m in run]
    rank, honor = (None, None)
    if run:
        rank, honor = _prefix_before(sentence, run[0].start())
        # a rank or honorific written capitalised is part of the run: peel it off
        while words and (
            _RANK_RE.fullmatch(" ".join(words[:2])) or words[0].lower() in _ONE_WORD_HONORIFICS
        ):
            if _RANK_RE.fullmatch(" ".join(words[:2])):
                rank = " ".join(words[:2])
                run, words = run[2:], words[2:]
            else:
                honor = words[0]
                run, words = run[1:], words[1:]
        if words[:2] and " ".join(w.lower() for w in words[:2]) == "đồng chí":
            honor = "đồng chí"
            run, words = run[2:], words[2:]
    index = _name_from_run(words, require_surname=not (rank or honor))
    if index is not None and run and index == 0 and not (rank or honor):
        unit = _LAST_WORD.search(sentence[max(0, run[0].start() - 12) : run[0].start()])
        if unit and unit.group(1).lower() in _UNIT_WORDS:
            index = None  # "UBND huyện Lâm Hà, Chủ tịch ...": a place, not a name
    if index is not None and (capitalised or rank or honor):
        name_start = run[index].start()
        title = _clean_title(sentence[post.start() : title_end])
        quote_start = name_start
        return _Found(
            " ".join(words[index:]),
            title,
            rank,
            offset + quote_start,
            offset + title_end,
        )
    return None


# "Huyện ủy", "Thị ủy", "Thành đoàn": a body of a district-level unit (or of a city) named by
# the unit's first word
_DISTRICT_BODY = re.compile(rf"(?i){unit_body_pattern('district')}")


def _name_ending_post(
    sentence: str, offset: int, post: re.Match[str], title_end: int
) -> _Found | None:
    """Shape 2: POST ... NAME, the name ends the post ("Chủ tịch UBND huyện Nguyễn Văn A")."""
    run = _cap_run_before(sentence, title_end)
    words = [m.group() for m in run]
    person = None
    if run and run[0].start() > post.start() + len(post.group()):
        before_run = sentence[post.start() : run[0].start()].split()
        place_len = 0
        # "huyện Lâm Hà", and "Quận ủy Thanh Xuân", "Huyện đoàn Lâm Hà": a unit word, or a
        # district's own body, names the place that opens the run
        after_unit = bool(before_run) and (
            before_run[-1].lower() in _UNIT_WORDS
            or _DISTRICT_BODY.fullmatch(" ".join(before_run[-2:])) is not None
        )
        if after_unit:
            place_len = split_leading_place(words)
        else:
            # "Chủ tịch UBND TP Hà Nội Trần Sỹ A", "Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Duy B": a
            # province ending the body's name, then a full name with its surname
            place_len = split_leading_place(words, level="province")
            rest = words[place_len:]
            if len(rest) < 2 or _name_from_run(rest, require_surname=True) != 0:
                place_len = 0
        candidate = words[place_len:]
        rank_in = None
        if len(candidate) >= 2 and _RANK_RE.fullmatch(" ".join(candidate[:2])):
            rank_in = " ".join(candidate[:2])
            candidate = candidate[2:]
        index = _name_from_run(candidate, require_surname=True)
        if index and not rank_in and (after_unit or _is_country(candidate[:index])):
            # "Chủ tịch UBND xã Ia Kha Nguyễn Văn A": a place the gazetteer lacks, then a name;
            # "Chủ tịch ... Hội Nông dân Việt Nam Thào Xuân A": the country ends the body's name
            candidate = candidate[index:]
            index = 0
        if (
            index == 0
            and after_unit
            and before_run[-1].lower() in ("xã", "phường", "trấn")
            and len(candidate) == len(words) <= 2
        ):
            index = None  # "Chủ tịch UBND phường Trần Phú phát biểu": the ward's name
        if index == 0 and (place_len or rank_in or not _looks_like_org(candidate)):
            name_start_word = len(words) - len(candidate)
            title_text = sentence[
                post.start() : run[name_start_word - (2 if rank_in else 0)].start()
            ]
            if len(title_text.split()) > len(post.group().split()) or _WHOLE_POST.fullmatch(
                title_text.strip()
            ):
                person = _Found(
                    " ".join(candidate),
                    _clean_title(title_text),
                    rank_in,
                    offset + post.start(),
                    offset + title_end,
                )
            # else a bare "Chủ tịch Hồ Chí Minh": a form of address, not a post here
    return person


# what comes between a post and the name after it: ", Đại tá ", ", ông ", " - ", ", "
_NAME_AFTER_POST_OPENING = re.compile(
    rf"\s*(?:,\s*(?P<pre>(?:{_RANKS})|ông|bà|đồng\s+chí)\s+"
    rf"|(?P<dash>[-–]|,)\s+(?:(?P<dash_rank>{_RANKS})\s+)?)",
    re.I,
)


def _name_after_post(
    sentence: str, offset: int, post: re.Match[str], title_end: int
) -> _Found | None:
    """Shape 3: POST, (rank|honorific) NAME ("Giám đốc Công an tỉnh, Đại tá Nguyễn Văn A"),
    POST - (rank) NAME ("Bộ trưởng Bộ Công an - Đại tướng Trần Văn A") or POST, NAME with a
    surname ("Chủ tịch UBND tỉnh X, Phạm Văn A đánh giá ...")."""
    extent = sentence[post.start() : title_end]
    if _AUTHORITY_BEFORE.search(sentence, max(0, post.start() - 20), post.start()):
        return None  # "Thừa ủy quyền của Chủ tịch nước, ông X, ...": whose authority, not X's post
    tail = _NAME_AFTER_POST_OPENING.match(sentence[title_end:])
    if tail:
        name_from = title_end + tail.end()
        name_words: list[re.Match[str]] = []
        for m in _WORD.finditer(sentence, name_from, min(len(sentence), name_from + 60)):
            prev_end = name_words[-1].end() if name_words else name_from
            if sentence[prev_end : m.start()].strip() or not _is_cap(m.group()):
                break
            name_words.append(m)
        nw = [m.group() for m in name_words]
        own_post = name_words and _OWN_POST_AFTER.match(sentence, name_words[-1].end())
        # "Bí thư Tỉnh ủy - Lê Văn A", "Chủ tịch UBND tỉnh, Lê Văn A": a surname, unless a
        # rank says a person follows
        dash = tail.group("dash") is not None and tail.group("dash_rank") is None
        if dash and tail.group("dash") == "," and (len(nw) < 3 or _a_place(nw)):
            # "Đại diện Hội CCB, Đoàn Thanh niên ...": a bare name is a full one; "Chủ tịch
            # UBND các huyện U Minh, Trần Văn Thời và Năm Căn": a district named after a person
            return None
        if _name_from_run(nw, require_surname=dash) == 0 and not own_post:
            pre = " ".join((tail.group("pre") or tail.group("dash_rank") or "").split())
            return _Found(
                " ".join(nw),
                _clean_title(extent),
                pre if pre and _RANK_RE.fullmatch(pre) else None,
                offset + post.start(),
                offset + name_words[-1].end(),
            )
    return None


def _a_place(words: list[str]) -> bool:
    """Whether a "name" is a district's or a province's (one named after a person)."""
    name = " ".join(words)
    return is_district(name) or canonical_province(name) is not None


def _looks_like_org(words: list[str]) -> bool:
    return any(w.isupper() and len(w) > 1 for w in words)


# Words that make a "name" a body, a unit or a crowd: "Huyện Ủy", "Công an huyện", "Nhân dân".
_NOT_PERSON = re.compile(
    r"(?i)(?<!\w)(?:ủy|uỷ|huyện|tỉnh|xã|phường|quận|công\s+an|nhân\s+dân|tập\s+thể|cá\s+nhân"
    r"|đảng\s+bộ|đông\s+đảo|lực\s+lượng|đơn\s+vị|cán\s+bộ|chiến\s+sĩ|thị\s+trấn|thành\s+phố"
    r"|ban\s+chỉ|hội\s+đồng)(?!\w)"
)
_MAX_NAME_WORDS = 7


def person_name_problem(name: str) -> str | None:
    """Why ``name`` does not look like a person's name as written (capitalised words, no rank,
    no word of a body, unit or crowd), or None when it does."""
    rank = _RANK_RE.search(name)
    if rank is not None:
        return f"the rank {rank.group(0)!r} is not part of the name: give it as the rank"
    words = _WORD.findall(name)
    if not 2 <= len(words) <= _MAX_NAME_WORDS:
        return f"{name!r} does not look like a person's full name"
    if not all(_is_cap(w) for w in words) or _looks_like_org(words) or _NOT_PERSON.search(name):
        return f"{name!r} names a body, a unit or a group, not a person"
    if _is_a_province(words):
        return f"{name!r} names a province, not a person"
    return None


def _is_a_province(words: list[str]) -> bool:
    """Whether a two-word "name" is a province's ("Bí thư Tỉnh ủy Đồng Nai đã ...", "tại Hà
    Nội, Thủ tướng X"): the place after a body or before a post, no person. A longer name
    may be a person's as well ("Hồ Chí Minh")."""
    return len(words) == 2 and canonical_province(" ".join(words)) is not None


_COMMA_AFTER_NAME = re.compile(r"\s*,")


def _a_place_not_a_person(sentence: str, at: int, found: _Found) -> bool:
    """Whether a "name" found at ``at`` in ``sentence`` is a province's ("tại Hà Nội, Thủ
    tướng X", "Bí thư Tỉnh ủy Đồng Nai"), not a person whose name reads like one: Hà and Thái
    are surnames, so a name addressed as a person's (after "ông", "bà", a rank) or opening
    the sentence in apposition to a post ("Hà Nam, Chủ tịch UBND xã ...") is kept."""
    if not _is_a_province(found.name.split()):
        return False
    if found.rank is not None or _prefix_before(sentence, at) != (None, None):
        return False
    opens = not sentence[:at].strip()
    return not (opens and _COMMA_AFTER_NAME.match(sentence, at + len(found.name)) is not None)


def _clean_title(title: str) -> str | None:
    title = " ".join(title.split()).strip(" ,-–—:;(")
    return title or None


# the posts that head a body ("Chủ tịch UBND huyện X", "Giám đốc Công an tỉnh"): who holds one
# acts for that body; a member's post ("Ủy viên ...") or the nation's ("Thủ tướng") heads none
_HEAD_OF_BODY = re.compile(
    r"(?:Phó\s+|Quyền\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Bí\s+thư|Trưởng|Chỉ\s+huy\s+trưởng"
    r"|Hiệu\s+trưởng|Viện\s+trưởng|Cục\s+trưởng|Bộ\s+trưởng|Thứ\s+trưởng)"
    r"(?:\s+(?:phụ\s+trách|thường\s+trực))?\s+(?=[A-ZĐ])"
)
_ADDRESS_OPENING = re.compile(rf"(?i)(?:(?:{HONORIFICS}|{RANKS})\s+)+")


# the unit word of a place the gazetteer may not know, so that a person's name after it is
# found by its family name: a commune, or a town ("thị xã": new towns, towns renamed)
_LOCAL_UNIT_BEFORE = re.compile(
    rf"(?i)(?<!\w)(?:{level_unit_pattern('commune')}|{unit_word_pattern('thị xã')})\s+$"
)


def _name_after_local_place(names: list[str]) -> int | None:
    """Where a person's name starts in capitalised words naming a commune and then the
    person ("Tân Lập Hoàng Văn C"): a surname opening the last two to four words, after at
    least one word of the place; a name of three words first, the most common length
    ("Phú Lâm Hoàng Văn C" is "Phú Lâm" and "Hoàng Văn C", though "Lâm" is a surname too).
    None where no surname opens such a tail (the run is the place alone) or where the whole
    run is a name of three or four words ("xã Nguyễn Văn Tiến": the commune goes unnamed)."""
    if names[0].lower() in SURNAMES and 3 <= len(names) <= 4:
        return None
    starts = [
        i for i in range(1, len(names)) if 2 <= len(names) - i <= 4 and names[i].lower() in SURNAMES
    ]
    return min(starts, key=lambda i: (abs(len(names) - i - 3), i)) if starts else None


_BRACKETED_NOTE = re.compile(r"\([^()]{1,40}\)")


def body_of_one_official(phrase: str) -> tuple[int, int] | None:
    """Span in ``phrase`` of the body headed by the one official ``phrase`` names and nothing
    else: "ông Trần Văn A - Chủ tịch UBND huyện X" and "Phó Giám đốc Công an tỉnh Y Lê Văn
    B" give "UBND huyện X" and "Công an tỉnh Y". None for a phrase with two posts (whose body
    would it be?), a post heading no named body, or anything besides the person (a clause,
    a list of people)."""
    posts = list(_POST_RE.finditer(phrase))
    head = _HEAD_OF_BODY.match(phrase, posts[0].start()) if len(posts) == 1 else None
    if head is None:
        return None
    before = phrase[: head.start()].strip(" ,-–—")
    opening = _ADDRESS_OPENING.match(before)
    words = before[opening.end() if opening else 0 :].split()
    if words and not (2 <= len(words) <= 5 and all(_is_cap(w) for w in words)):
        return None  # not "ông Trần Văn A - ": something else comes before the post
    end = title_end = _title_extent(phrase, head.start())
    if words and _ends_with_a_name(phrase, end):
        return None  # a name both before and after the post: two people
    run = [] if words else _cap_run_before(phrase, end)
    names = [m.group() for m in run]
    place = split_leading_place(names)
    # "... xã Tân Lập Hoàng Văn C": the gazetteer knows no commune; a name ends the run
    local = _LOCAL_UNIT_BEFORE.search(phrase, 0, run[0].start()) if names else None
    name = _name_after_local_place(names) if local else None
    if name is not None:
        end = run[name].start()
    elif (
        names
        and not (local and len(names) < 3)  # "xã Đồng Tiến": two words after a unit name it
        and _name_from_run(names[place:], require_surname=True) == 0
    ):
        # "... Hà Nội Lê Hồng B": a name closes the post, after the place that ends the body
        end = run[place].start()
    rest = phrase[title_end:].strip()
    if rest and not _BRACKETED_NOTE.fullmatch(rest):
        return None
    body = phrase[head.end() : end].rstrip(" ,-–—")
    return (head.end(), head.end() + len(body)) if body else None


def extract_people(text: str, *, author: str | None = None) -> list[Person]:
    """Every official named with a post in ``text``, once each, in order of first mention."""
    people: dict[str, Person] = {}
    author_key = normalize_name(author) if author else None
    low = lowered(text)  # None when lower-casing would move offsets ("İ"): no prefilter then
    hint = -1  # where the first hint at or after the sentence's start is (text order)
    for start, end in iter_sentences(text):
        if low is not None:
            if hint < start:
                found_hint = _POST_HINT.search(low, start)
                if found_hint is None:
                    break  # no post in this sentence nor in any after it
                hint = found_hint.start()
            if hint >= end:
                continue  # no post in this sentence
        if end - start > 3000:
            end = start + 3000  # a "sentence" that long is not prose; bound the work
        scanned = None if low is None else low[start:end]
        for found in _find_in_sentence(text[start:end], start, scanned):
            key = normalize_name(found.name)
            if (
                not key
                or key == author_key
                or _a_place_not_a_person(text[start:end], found.start - start, found)
            ):
                continue
            if key in people:
                existing = people[key]
                if existing.title is None and found.title:
                    existing.title = found.title
                if existing.rank is None and found.rank:
                    existing.rank = found.rank
                continue
            people[key] = Person(
                name=found.name,
                title=found.title,
                rank=found.rank,
                evidence=Evidence(
                    quote=text[found.start : found.end],
                    start=found.start,
                    end=found.end,
                    alignment="exact",  # type: ignore[arg-type]
                ),
            )
    return list(people.values())
