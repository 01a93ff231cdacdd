"""Article metadata from cleaned paragraphs: headline, outlet tag, dateline, byline, signature.

Functions take the list of paragraphs of the cleaned text and return :class:`Found`
values that point into a paragraph, so the loader can turn them into evidence offsets.
Rules follow the gold label format (``FORMAT.md``): ``title`` is a standalone headline,
``source`` the outlet tag ("(LĐ online)" -> "LĐ online"), ``published`` an ISO date
(or "YYYY-MM"), ``author`` a person's name in name case ("NHẬT MINH" -> "Nhật Minh").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tomtat.text.dates import date_opens, find_dates, parse_publication_date
from tomtat.text.frozen import fast_frozen
from tomtat.text.gazetteer import canonical_province, is_district
from tomtat.text.vocab import UNIT_LEVELS

__all__ = [
    "Found",
    "Metadata",
    "extract_metadata",
    "find_author",
    "find_dateline",
    "find_source",
    "find_title",
    "person_name_case",
    "strip_scraper_prefix",
]

_HEAD = 8  # paragraphs at the top searched for tags and datelines
_TAIL = 5  # paragraphs at the bottom searched for datelines and signatures


@fast_frozen
@dataclass(frozen=True)
class Found:
    """A metadata value and where it was read: paragraph index and span inside it."""

    value: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Metadata:
    """Everything :func:`extract_metadata` found; None where the text has nothing."""

    title: Found | None = None
    source: Found | None = None
    published: Found | None = None
    author: Found | None = None


# --- scraper prefix ------------------------------------------------------------------------

_SCRAPER_PREFIX = re.compile(
    r"^\s*date\s*:?\s+(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?(?=\s|$)\s*", re.IGNORECASE
)


def strip_scraper_prefix(text: str) -> tuple[str | None, int, str]:
    """(publication date or None, offset where the article starts, the prefix as written).

    Some scraped files start with " date 2021-01" before the article: that is the
    publication month (or day), not article text.
    """
    match = _SCRAPER_PREFIX.match(text)
    if match is None:
        return None, 0, ""
    year, month = int(match.group("y")), int(match.group("m"))
    if not 1900 <= year <= 2100 or not 1 <= month <= 12:
        return None, 0, ""
    value = f"{year:04d}-{month:02d}"
    if match.group("d"):
        day = int(match.group("d"))
        full = parse_publication_date(f"{day}/{month}/{year}")
        if full is not None:
            value = full
    return value, match.end(), match.group().strip()


# --- outlet tag ----------------------------------------------------------------------------

_OUTLET = re.compile(
    r"^(?:[A-ZĐ][\w.]*(?: [A-ZĐ][\w.]*){0,3} )?"  # optional dateline place: "Hà Nội (TTXVN) -"
    r"\((?P<tag>[^()\n]{2,40})\)\s*(?P<dash>[-–—:])?"
)
_NOT_OUTLET = re.compile(
    r"(?i)^(?:ảnh|video|clip|tin|xem|nguồn|theo|chú thích|minh họa|minh hoạ|tiếp|kỳ|phần|\d)"
)


_DOMAIN_TAG = re.compile(r"(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)")


def _outlet_tag(paragraph: str) -> re.Match[str] | None:
    match = _OUTLET.match(paragraph)
    if match is None:
        return None
    tag = match.group("tag").strip()
    domain = _DOMAIN_TAG.fullmatch(tag) is not None  # "(kontumtv.vn) -": a site's own name
    if not (tag[:1].isupper() or domain) or _NOT_OUTLET.match(tag) or len(tag.split()) > 5:
        return None
    if domain and match.group("dash") is None:
        return None  # "(baochinhphu.vn)" alone is a credit, not a lead's tag
    if match.start("tag") > 1 and match.group("dash") is None:
        return None  # a place before the tag needs the dash: "Hà Nội (TTXVN) -"
    if not paragraph[match.end() :].strip() and match.group("dash") is None:
        return None  # a lone parenthesis, not a lead ("(VTC News) -" alone opens the next one)
    return match


# "TTH - Ngày 30.11, ...", "LSO-Ngày 10/11, ...": an all-caps acronym and a dash open the
# lead (no parentheses)
_DASH_TAG = re.compile(
    # or the site's name in capitals: "TINTUC.VN - Đội Cảnh sát ..."
    r"^(?P<tag>[A-ZĐ][A-ZĐ&]{1,5}|[A-Z0-9]+(?:\.[A-Z0-9]+)*\.(?:VN|COM|NET|ORG))"
    r"(?:\s+[-–—]\s+(?=[A-ZĐ\w])"
    # with no space round the dash, only before the lead's time ("ASEAN-Nhật" is a name)
    r"|[-–—](?=(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm|Vừa\s+qua|Mới\s+đây)\s))"
)


def _dash_tag(paragraph: str) -> re.Match[str] | None:
    """A bare acronym tag; a one-word dateline place ("HUẾ - ") is not an outlet."""
    match = _DASH_TAG.match(paragraph)
    if match is None or len(paragraph) - match.end() < 40:
        return None
    from tomtat.text.gazetteer import is_district, is_province

    name = match.group("tag").capitalize()
    if (
        is_province(name)
        or is_district(name)
        or not re.search(r"[^\W\d_]{2}", paragraph[match.end() :])
    ):
        return None
    return match


# "... Ngày hội toàn dân ĐNO - Sáng 16/8, ...": a headline run into its lead keeps the tag
# inside the paragraph; the tag is then followed by the lead's time of day or date
_INNER_DASH_TAG = re.compile(
    r"(?<=\s)(?P<tag>[A-ZĐ][A-ZĐ&]{1,5})\s+[-–—]\s+(?=(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày)\s)"
)
# "... cho hai xã biên giới (QNO) – Sáng nay 8/3, ...": a known local outlet's tag, the same in
# brackets (an abbreviation in brackets, "Ban Chỉ đạo (BCĐ) - Sáng 5/1", is no outlet)
_INNER_BRACKET_TAG = re.compile(
    r"(?<=\s)\((?P<tag>[A-ZĐ][A-ZĐ&]{1,5})\)\s*[-–—]\s*(?=(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày)\s)"
)


def find_source(paragraphs: Sequence[str]) -> Found | None:
    """Outlet tag at the start of a lead paragraph: "(LĐ online) - ..." -> "LĐ online".

    A bare acronym and a dash ("TTH - Ngày ...") is a tag too. Without one, a credit line near
    the end ("Theo Báo Thái Bình", "Nguồn: TTXVN") names the outlet; the tag wins when both are
    present.
    """
    for index, paragraph in enumerate(paragraphs[:_HEAD]):
        match = _outlet_tag(paragraph)
        if match is not None:
            tag = match.group("tag")
            stripped = tag.strip()
            start = match.start("tag") + (len(tag) - len(tag.lstrip()))
            return Found(stripped, index, start, start + len(stripped))
    credit = _credit_line(paragraphs) or _outlet_of_the_writer(paragraphs)
    if credit is not None:
        return credit
    if paragraphs:
        affiliated = _affiliated_signature(paragraphs[-1])
        if affiliated is not None and _OUTLET_NAME.match(affiliated[1]):
            start = paragraphs[-1].rindex(affiliated[1])
            end = start + len(affiliated[1])
            return Found(affiliated[1], len(paragraphs) - 1, start, end)
    for index, paragraph in enumerate(paragraphs[:_HEAD]):
        dash = _dash_tag(paragraph)
        if dash is not None:
            return Found(dash.group("tag"), index, dash.start("tag"), dash.end("tag"))
    for index, paragraph in enumerate(paragraphs[:2]):
        inner = run_in_tag(paragraph)
        if inner is not None:
            return Found(inner.group("tag"), index, inner.start("tag"), inner.end("tag"))
    for index, paragraph in enumerate(paragraphs[:_HEAD]):
        named = _name_dash_tag(paragraph)
        if named is not None:
            return Found(named.group("tag"), index, named.start("tag"), named.end("tag"))
    return None


# "Công Thương - Sáng 5/3, ...": an outlet's name (not an acronym) and a dash open the lead,
# before the lead's time of day or date
_NAME_DASH_TAG = re.compile(
    r"^(?P<tag>[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,2})\s+[-–—]\s+"
    r"(?=(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)\s+(?:nay|qua|ngày\s+)?\d)"
)


def _name_dash_tag(paragraph: str) -> re.Match[str] | None:
    """An outlet named in words before a dash and the lead's day ("Công Thương - Chiều 4-5,
    ..."); not a dateline place ("Hà Tĩnh - Sáng 5/3", "Cam Lộ - ..."), nor a word of the
    page ("Ảnh - ...")."""
    match = _NAME_DASH_TAG.match(paragraph)
    if match is None or _NOT_OUTLET.match(match.group("tag")):
        return None
    from tomtat.text.gazetteer import is_district, is_province

    name = match.group("tag")
    titled = " ".join(word.capitalize() for word in name.split())
    if any(is_province(n) or is_district(n) for n in (name, titled)):
        return None
    return match


# "... Ngày hội toàn dân ĐNO - Kỷ niệm 80 năm ..., tối 15/8, ...": a known local outlet's tag
# inside the paragraph is one whatever the lead opens with
_INNER_KNOWN_TAG = re.compile(r"(?<=\s)(?P<tag>[A-ZĐ][A-ZĐ&]{1,5})\s+[-–—]\s+(?=[A-ZĐ])")


def run_in_tag(paragraph: str) -> re.Match[str] | None:
    """The outlet's dash tag of a headline run into its lead ("... ĐNO - Sáng 16/8, ..."):
    an acronym tag followed by the lead's time of day or date, or a known local outlet's tag
    (:data:`~tomtat.text.vocab.OUTLET_PROVINCES`) followed by any lead; in brackets, only a
    known local outlet's tag."""
    from tomtat.text.vocab import OUTLET_PROVINCES

    if "-" not in paragraph and "–" not in paragraph and "—" not in paragraph:
        return None  # each of the three tags is followed by a dash
    inner = _INNER_DASH_TAG.search(paragraph)
    if inner is not None and _dash_tag(paragraph[inner.start() :]) is not None:
        return inner
    bracketed = _INNER_BRACKET_TAG.search(paragraph)
    if (
        bracketed is not None
        and bracketed.group("tag") in OUTLET_PROVINCES
        and _dash_tag(bracketed.group("tag") + " - " + paragraph[bracketed.end() :])
    ):
        return bracketed  # read as the tag opening its lead would be
    for known in _INNER_KNOWN_TAG.finditer(paragraph):
        if known.group("tag") in OUTLET_PROVINCES and _dash_tag(paragraph[known.start() :]):
            return known
    return None


def outlet_province(text: str) -> tuple[str, int, int] | None:
    """Home province of the outlet whose tag opens ``text`` ("(GLO)-" -> Gia Lai), with the
    tag's span in ``text``; None for a national outlet or no tag.

    A local outlet's tag, or its name "Báo Quảng Nam" in a credit line, says which province
    the report is about when the report itself names none.
    """
    from tomtat.text.gazetteer import canonical_province
    from tomtat.text.vocab import OUTLET_PROVINCES

    paragraphs = text.split("\n\n")
    found = find_source(paragraphs)
    if found is None:
        return None
    province = OUTLET_PROVINCES.get(found.value)
    if province is None:
        named = re.match(r"(?i)báo\s+(?P<name>.+)$", found.value)
        province = canonical_province(named.group("name")) if named else None
    if province is None:
        return None
    offset = sum(len(p) + 2 for p in paragraphs[: found.paragraph])
    return province, offset + found.start, offset + found.end


_CREDIT_TAIL = 10  # a credit line is among the last paragraphs (web furniture may follow)
_LINK = re.compile(r"https?://\S+")
_CREDIT = re.compile(
    r"^\s*(?:[Tt]heo|[Nn]guồn\s*:?)\s+(?P<src>(?:Báo|Tạp\s+chí|Đài|Cổng\s+thông\s+tin|Thông\s+tấn"
    r"|Trang\s+tin|Truyền\s+hình)(?:\s+[\w.&-]+){1,6}|[A-ZĐ][A-ZĐ&]{1,9}(?:\s+[Oo]nline)?"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org))\s*(?::\s*https?://\S+)?\s*\.?\s*$"
)


# an outlet named in a closing signature: "Nguyễn Hưng - Báo Quảng Nam"
_OUTLET_NAME = re.compile(r"(?:Báo|Tạp\s+chí|Đài|Cổng\s+thông\s+tin|Trang\s+tin)\s+[A-ZĐ]")

_CREDIT_LOWER = frozenset("chí thông tin tấn hình điện tử online".split())


def _outlet_of_the_writer(paragraphs: Sequence[str]) -> Found | None:
    """ "Thực hiện: Minh Khang/ Đài PT-TH X" near the end: the outlet the writer credits."""
    first = max(len(paragraphs) - _CREDIT_TAIL, 1)
    for index in range(len(paragraphs) - 1, first - 1, -1):
        match = _EXPLICIT_AUTHOR.match(paragraphs[index])
        if match is None:
            continue
        outlet = _OUTLET_AFTER_NAME.search(paragraphs[index], match.start("name"), match.end())
        if outlet is not None and _credited_name(match.group("name")) is not None:
            start = outlet.start("outlet")
            value = outlet.group("outlet").strip().rstrip(".")
            return Found(value, index, start, start + len(value))
    return None


def _credit_line(paragraphs: Sequence[str]) -> Found | None:
    """ "Theo Báo Thái Bình" as a paragraph of its own near the end -> "Báo Thái Bình"."""
    from tomtat.text.vocab import NEWS_AGENCIES

    first = max(len(paragraphs) - _CREDIT_TAIL, 1)
    for index in range(len(paragraphs) - 1, first - 1, -1):
        paragraph = paragraphs[index]
        # too long for a credit line once a link is set aside ("Nguồn QĐND: http://...")
        if len(paragraph) > 80 and ("http" not in paragraph or len(_LINK.sub("", paragraph)) > 80):
            continue
        if paragraph.strip() in NEWS_AGENCIES:  # "TTXVN" alone closing the text
            start = paragraph.index(paragraph.strip())
            return Found(paragraph.strip(), index, start, start + len(paragraph.strip()))
        match = _CREDIT.match(paragraph)
        if match is not None and all(
            w[:1].isupper() or w.lower() in _CREDIT_LOWER or "." in w
            for w in match.group("src").split()
        ):
            return Found(match.group("src"), index, match.start("src"), match.end("src"))
    return None


# --- dateline and byline ---------------------------------------------------------------------

_DATELINE_MAX = 120
_DATE_IN_LINE = re.compile(
    r"(?<![\d.])(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4}"
    r"|\d{4}-\d{2}-\d{2}|(?i:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?!\d|\.\d)"
)
_DATELINE_NOISE = re.compile(
    r"(?i)(?<!\w)(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|lượt\s+(?:xem|đọc)|views?"
    r"|\d{1,2}[:h]\d{2}(?::\d{2})?['’]?|"  # "22:11'": a minute's mark after the time
    r"\(?gmt\s*[+-]\s*\d{1,2}\)?|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7]|cn|"
    r"cập\s+nhật|ngày\s+đăng|đăng\s+lúc|đăng\s+ngày|ngày|lúc|đăng|giờ|"
    r"published|updated|posted|sáng|chiều|tối|trưa|am|pm"
    # a page's controls beside its stamp: print, share, the font-size buttons "A A", "A+ A-"
    r"|in\s+bài(?:\s+viết)?|chia\s+sẻ|(?-i:A[+-]?(?:\s+A[+-]?)+))(?![\w+-])"
)
_FOUR_DIGITS = re.compile(r"\d\d{3}")
r"""What every date :data:`_DATE_IN_LINE` reads holds: its year (``\d{4}`` written to open
with one digit, so that the engine skips to a digit by a class test)."""
_VIEW_COUNT = re.compile(r"(?<![\w.,])\d+(?![\w.,])")
_NAME_WORD = r"[^\W\d_][^\W\d_.]*(?:\.[^\W\d_]+)*\.?"
_NAME = re.compile(rf"^{_NAME_WORD}(?: {_NAME_WORD}){{0,4}}$")


_NAME_PREFIX_APOSTROPHE = re.compile(r"^([A-ZĐ])['’](?=[A-ZĐ])")
_DATELINE_PUNCT = re.compile(r"[-–—,|:;()\[\]/•·]+")


def _looks_like_name(text: str) -> bool:
    if not _NAME.match(text):
        return False
    words = text.split()
    return all(w[:1].isupper() for w in words)


# a headline (or any top line) ending with a full date and a clock time: the page's timestamp
# run into it ("... ra mắt mô hình tự quản 02/03/2024 09:41"); not a date the headline's own
# words lead to, after a figure or a word of time ("Lịch trực tuần 12 18/03/2024 08:00",
# "Họp báo lúc ...", "... ngày 5/1/2024 14:00"): a schedule's day
_TRAILING_STAMP = re.compile(
    r"(?<=[^\W_])\s+(?P<date>\d{1,2}/\d{1,2}/\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
)
_TIME_WORDS = frozenset("ngày lúc vào hồi từ đến tới tuần tháng thứ".split())


def _page_stamp(paragraph: str) -> re.Match[str] | None:
    """The page's timestamp run into the end of a top line, as :data:`_TRAILING_STAMP` says."""
    if not paragraph.rstrip()[-1:].isdecimal():
        return None  # the stamp's clock time ends the line (seldom: the search is not made)
    stamp = _TRAILING_STAMP.search(paragraph)
    if stamp is None:
        return None
    words = paragraph[: stamp.start("date")].split()
    if words[-1].isdigit() and len(words) > 1:
        words.pop()  # "tuần 12 18/03/2024 08:00": the figure the word of time counts
    return None if words[-1].lower() in _TIME_WORDS else stamp


def _without_outlet_tag(byline: str) -> str:
    """A byline's name without the outlet's tag written after it ("MINH AN LDO" -> "MINH
    AN"): a known local or national outlet's tag ends no person's name."""
    from tomtat.text.vocab import NATIONAL_OUTLET_TAGS, OUTLET_PROVINCES

    words = byline.split()
    if len(words) >= 3 and (words[-1] in NATIONAL_OUTLET_TAGS or words[-1] in OUTLET_PROVINCES):
        return " ".join(words[:-1])
    return byline


def _is_place(words: str) -> bool:
    """Whether ``words`` are a province's or district's name ("Hà Nội", "TP Hồ Chí Minh"), as a
    document opens its place-and-date line with ("Hà Nội, ngày 5/3/2022")."""
    bare = _PLACE_PREFIX.sub("", words)
    return canonical_province(bare) is not None or is_district(bare)


# "Hà Nội, ngày 5/3/2024": the comma and "ngày" between a dateline's place and its date
_PLACE_DATE_COMMA = re.compile(r"(?i),\s*ngày\s*$")
_PLACE_PREFIX = re.compile(r"(?i)^(?:tp\.?|thành\s+phố|tỉnh|huyện)\s*")


def _dateline(paragraph: str, index: int) -> tuple[Found, Found | None] | None:
    """(published, byline author) of ``paragraph`` if it is a dateline: a full date and
    otherwise only times, weekday, labels, punctuation and perhaps a writer's name."""
    if len(paragraph) > _DATELINE_MAX or _FOUR_DIGITS.search(paragraph) is None:
        return None  # every full date writes its year in four digits (a sixth of the scan)
    date = _DATE_IN_LINE.search(paragraph)
    if date is None:
        return None
    published = parse_publication_date(paragraph)
    if published is None:
        return None
    residue = _DATELINE_NOISE.sub(" ", paragraph)
    residue = _DATELINE_PUNCT.sub(" ", residue)  # "[GMT+7]" too
    residue = _VIEW_COUNT.sub(" ", residue)  # "21/11/2016 14:30 1487": a page's view count
    residue = _without_outlet_tag(" ".join(residue.split()))
    author: Found | None = None
    if residue and _is_place(residue) and _PLACE_DATE_COMMA.search(paragraph, 0, date.start()):
        # "Hà Nội, ngày 23-10-2021": a document's place-and-date line names no writer
        return Found(published, index, date.start(), date.end()), None
    if residue:
        if not _looks_like_name(residue):
            return None
        start = paragraph.find(residue)
        if start < 0:
            start = paragraph.find(residue.split()[0])
            end = start + len(residue.split()[0]) if start >= 0 else -1
        else:
            end = start + len(residue)
        if start < 0:
            return None
        author = Found(person_name_case(residue), index, start, end)
    return Found(published, index, date.start(), date.end()), author


def find_dateline(paragraphs: Sequence[str]) -> tuple[Found | None, Found | None]:
    """(published, byline author) from a short dateline paragraph near the top or bottom.

    A dateline holds a full date and otherwise only times, weekday, labels and punctuation
    ("Thứ sáu - 03/02/2023 14:40"); with a name left over it is a byline
    ("NHẬT MINH 20:47, 17/05/2023"). Dates in article sentences are never read here, but a
    top line (a headline) ending with a full date and a clock time carries the page's
    timestamp ("... ra mắt mô hình tự quản 02/03/2024 09:41").
    """
    count = len(paragraphs)
    indices = list(range(min(_HEAD, count))) + list(range(max(_HEAD, count - _TAIL), count))
    stamped: Found | None = None  # the page's stamp run into a top line: the last resort
    head: list[tuple[Found, Found | None]] = []
    for index in indices:
        paragraph = paragraphs[index]
        if head and index >= _HEAD:
            break
        found = _dateline(paragraph, index)
        if found is not None and index < _HEAD:
            head.append(found)
            continue
        if found is not None:
            return found
        stamp = _page_stamp(paragraph) if index < _HEAD and not stamped else None
        published = parse_publication_date(stamp.group("date")) if stamp else None
        if stamp is not None and published is not None:
            stamped = Found(published, index, stamp.start("date"), stamp.end("date"))
    if head:
        return _article_dateline(head)
    return stamped, None


def _article_dateline(head: list[tuple[Found, Found | None]]) -> tuple[Found, Found | None]:
    """Of the datelines at the top of a page, the article's: the earliest date. A site's
    header shows the day the page was fetched ("Thứ 7, 23/11/2024" above the headline) and an
    update shows a later day; the article was published on the earliest (ISO dates sort as
    days do). A byline read from another dateline is kept where the chosen one has none."""
    published, author = min(head, key=lambda found: found[0].value)
    if author is None:
        author = next((byline for _, byline in head if byline is not None), None)
    return published, author


# --- title -------------------------------------------------------------------------------------


_CAPTION_OPENERS = re.compile(
    r"(?i)^(?:quang cảnh|toàn cảnh|các đại biểu|đại biểu|ảnh|ông|bà|đồng chí|đ/c|lãnh đạo|"
    r"các tập thể|các cá nhân|tập thể|cá nhân)(?!\w)|\(ảnh|ảnh:"
)


_NEXT_SENTENCE = re.compile(r"[.!?…]\s+[A-ZĐ]")


def _caption(paragraph: str) -> bool:
    """Whether :data:`_CAPTION_OPENERS` finds a caption's words: only its opening words
    can be found in a paragraph without "ảnh" (most), and the paragraph is not searched."""
    if "ảnh" not in paragraph.lower():
        return _CAPTION_OPENERS.match(paragraph) is not None
    return _CAPTION_OPENERS.search(paragraph) is not None


def _heading_like(paragraph: str) -> bool:
    words = paragraph.split()
    if _caption(paragraph):
        return False  # a photo caption ("Quang cảnh hội nghị", "Ông X phát biểu")
    if not 3 <= len(words) <= 60 or len(paragraph) > 300:
        return False
    if _outlet_tag(paragraph) is not None or paragraph.rstrip().endswith((".", ",", ";", ":")):
        return False
    if not (paragraph[:1].isupper() or paragraph[:1].isdigit() or paragraph[:1] in "\"'“‘«"):
        return False
    if _NEXT_SENTENCE.search(paragraph):
        return False  # more than one sentence: a lead, not a headline
    if _is_dateline(paragraph) or _opens_with_a_day(paragraph):
        return False
    return _EXPLICIT_AUTHOR.match(paragraph) is None


def _opens_with_a_day(paragraph: str) -> bool:
    """Whether the paragraph opens with the day of what it reports and a comma ("Ngày
    1.2.2016, Hội X tổ chức ...", "Sáng 5/1, ..."): a lead's opening, which no headline has,
    even where the page ran the lead on without its full stop."""
    first = next(iter(find_dates(paragraph[:60])), None)
    return first is not None and date_opens(paragraph, first, comma=True)


def _is_dateline(paragraph: str) -> bool:
    published, _ = find_dateline([paragraph])
    return published is not None


def find_title(paragraphs: Sequence[str], hint: str | None = None) -> Found | None:
    """The headline: ``hint`` (an HTML h1/title) if it is a paragraph, else a heading-like
    first paragraph (no outlet-tag lead, no closing period, one sentence, 3+ words); a
    dateline before it is skipped."""
    if hint:
        key = " ".join(hint.split()).casefold()
        for index, paragraph in enumerate(paragraphs[:_HEAD]):
            if paragraph.casefold() == key:
                return Found(paragraph, index, 0, len(paragraph))
    for index, paragraph in enumerate(paragraphs[:2]):
        if index == 1 and not _is_dateline(paragraphs[0]):
            break
        if _heading_like(paragraph):
            return Found(paragraph, index, 0, len(paragraph))
    return None


# --- author ------------------------------------------------------------------------------------

_EXPLICIT_AUTHOR = re.compile(
    r"(?i)^\s*(?:tác\s+giả(?:\s+bài\s+viết)?|người\s+viết|bài(?:\s*(?:và|,|&)?\s*ảnh)?|"
    r"tin\s*(?:và|,|&)?\s*ảnh|thực\s+hiện|"
    r"phóng\s+viên|nhóm\s+phóng\s+viên|pv)\s*:\s*(?P<name>[^\n:]{2,60}?)\s*\.?\s*$"
)
# "Thực hiện: PV Thu Hà": the writer's role before the name is not part of it
_ROLE_BEFORE_NAME = re.compile(r"(?i)^(?:pv|ctv|phóng\s+viên|cộng\s+tác\s+viên)\s+(?=\w)")
# "Thực hiện: Minh Khang/ Đài PT-TH X": the outlet the writer works for, after a slash
_OUTLET_AFTER_NAME = re.compile(r"\s*/\s*(?P<outlet>[A-ZĐ][^/\n]{1,40})$")
# "Trí Nhân - Huy Hải", "TRÍ NHÂN-HUY HẢI", "T.Nhung– M.Nhật", "Minh Anh, Thu Hà": between
# the writers of a joint credit or signature, a dash spaced or not, a comma or "và" (each part
# must still read as a name on its own, so a hyphenated word splits into no writers)
_JOINT_WRITERS = re.compile(r"\s*[-–]\s*|\s*,\s*|\s+và\s+")


def _credited_name(name: str) -> str | None:
    """The writer (or writers) a credit line names, name-cased; None for a body or a phrase
    ("Tin, ảnh: Công an phường"): each name is written in capitals or as a name is, every
    syllable capitalised."""
    name = _ROLE_BEFORE_NAME.sub("", name.strip().rstrip("."))
    name = _OUTLET_AFTER_NAME.sub("", name)  # "Minh Khang/ Đài X": the writer's outlet
    parts = [p for p in _JOINT_WRITERS.split(name) if p]
    if not parts or len(parts) > 3:
        return None
    for part in parts:
        if any(word in _BODY_WORDS for word in part.lower().split()):
            return None  # "Thực hiện: CÔNG AN HUYỆN X": a body is credited, not a writer
        capitals = part == part.upper() and _looks_like_name(person_name_case(part))
        if not (capitals or _looks_like_name(part)):
            return None
    return person_name_case(name)


_SIGNATURE_SUFFIX = re.compile(
    r"(?i)\s*(?:\((?:tổng hợp|th|theo [^()]*|pv|ctv)\)|[-–]\s*(?:pv|ctv|tổng hợp))\s*$"
)
# All-caps closing lines that name an organisation or agency, not a person.
_BODY_WORDS = frozenset(
    "ubnd hđnd mttq ttxvn vna pv ctv bbt btv ban phòng sở bộ cục đảng hội báo đài tin ảnh "
    "video vov vtv antv qđnd".split()
) | frozenset(unit for unit in UNIT_LEVELS if " " not in unit)
"""Words of a body, an outlet or an administrative unit: no person's name holds one."""
_NOT_PERSON = _BODY_WORDS | frozenset(
    # web furniture closing a page ("MỚI - NÓNG", "ĐỌC NHIỀU"): words that are never names
    "mới nóng nhất nhiều thêm đọc".split()
)
_SIGNATURE_CHARS = re.compile(r"^[^\W\d_]+(?:[ .\-]+[^\W\d_]+)*\.?$")
_HONORIFICS = frozenset({"ông", "bà", "đồng", "anh", "chị", "các", "những", "trao", "ảnh", "đại"})


_TRAILING_SEPARATOR = re.compile(r"\s*\|+\s*$")


def _signature(paragraph: str) -> tuple[str, int] | None:
    """An all-caps signature ("ĐÔNG ANH", "N.MINH", "THU HÀ (tổng hợp)", "VĂN AN |" with the
    page's separator after it): (name, start)."""
    text = paragraph.strip()
    if "|" in text:
        text = _TRAILING_SEPARATOR.sub("", text)
    if len(text) > 60:
        return None
    start = len(paragraph) - len(paragraph.lstrip())
    name = _SIGNATURE_SUFFIX.sub("", text)
    if len(name) > 40 or not _SIGNATURE_CHARS.match(name) or name != name.upper():
        return None
    parts = name.replace(".", " ").replace("-", " ").split()
    if sum(c.isalpha() for c in name) < 2 or not 2 <= len(parts) <= 5:
        return None  # one word ("TTXVN", "PV") is an agency tag more often than a name
    if any(part.casefold() in _NOT_PERSON for part in parts):
        return None
    if len(name) > 2:
        name = name.rstrip(".")
    return name, start


def _title_case_signature(paragraph: str) -> bool:
    # "H'Xuân", "Y Khu": a Central Highlands name's prefix counts as a word; so does the
    # initial of "T.Nhung"
    text = _NAME_PREFIX_APOSTROPHE.sub(r"\1 ", paragraph.strip())
    words = _INITIAL_DOT.sub(r"\1 ", text).split()
    if not 2 <= len(words) <= 4 or words[0].casefold() in _HONORIFICS:
        return False
    if any(w.casefold() in _NOT_PERSON or w[1:] != w[1:].lower() for w in words):
        return False
    return _looks_like_name(" ".join(words))


_INITIAL_DOT = re.compile(r"(?<!\w)([A-ZĐ])\.(?=[A-ZĐ])")


def _joint_signature(paragraph: str) -> bool:
    """Two title-case names closing the text: "Văn Hải - Trọng Tùng", "Minh Anh, Thu Hà"."""
    text = paragraph.strip()
    if len(text) > 50:
        return False
    names = _JOINT_WRITERS.split(text)
    return len(names) == 2 and all(_title_case_signature(n) for n in names)


def _affiliated_signature(paragraph: str) -> tuple[str, str] | None:
    """ "Nguyễn Hưng - Báo Quảng Nam", "Hoài Thương – Ủy ban MTTQ huyện X": a writer's name and
    the body or outlet they write for, closing the text: (name, affiliation)."""
    text = paragraph.strip()
    if len(text) > 80:
        return None
    parts = re.split(r"\s+[-–]\s+", text)
    if len(parts) != 2:
        return None
    name, affiliation = parts
    if not _title_case_signature(name) or _title_case_signature(affiliation):
        return None  # "Văn Hải - Trọng Tùng" is two writers (a joint signature)
    if not affiliation[:1].isupper() or len(affiliation.split()) > 10:
        return None
    return name, affiliation


_INITIALS = re.compile(r"^[A-ZĐ]{3,4}$")


def _initials(paragraph: str) -> bool:
    """ "TVB" closing the text: a writer's initials, unless it is an agency or outlet tag."""
    from tomtat.text.vocab import NEWS_AGENCIES, OUTLET_PROVINCES

    text = paragraph.strip()
    return (
        _INITIALS.match(text) is not None
        and text not in NEWS_AGENCIES
        and text not in OUTLET_PROVINCES
        and text.casefold() not in _NOT_PERSON
    )


# a photo caption: "... - Ảnh 1" (an image's alt text, often without diacritics), "Ảnh: X"
_PHOTO_CAPTION = re.compile(r"(?i)[-–]\s*(?:ảnh|anh)\s*\d+\s*$|^\s*(?:ảnh|anh)\s*\d*\s*:")


def _photo_caption(paragraph: str) -> bool:
    """Whether :data:`_PHOTO_CAPTION` finds a caption in ``paragraph``: without a dash only
    its start can be one, and the paragraph is not searched through."""
    if "-" not in paragraph and "–" not in paragraph:
        return _PHOTO_CAPTION.match(paragraph) is not None
    return _PHOTO_CAPTION.search(paragraph) is not None


def _top_byline(paragraphs: Sequence[str]) -> Found | None:
    """A writer's name on its own line right before the lead ("NGÔ THANH" then "(GLO)- Ngày
    7-8, ..."), or opening the page above a photo caption ("... - Ảnh 1"), or closed by the
    page's separator ("NGÔ THANH |"), the byline of many outlets' pages."""
    for index in range(min(3, len(paragraphs) - 1)):
        following = paragraphs[index + 1]
        paragraph = paragraphs[index]
        caption = index == 0 and _photo_caption(following)
        # "VĂN AN |": the page's byline
        piped = "|" in paragraph and _TRAILING_SEPARATOR.search(paragraph) is not None
        if not (_outlet_tag(following) or _dash_tag(following) or caption or piped):
            continue
        signature = _signature(paragraph)
        if signature is not None:
            name, start = signature
            return Found(person_name_case(name), index, start, start + len(name))
        if _title_case_signature(paragraph):
            text = paragraph.strip()
            start = paragraph.index(text)
            return Found(text, index, start, start + len(text))
    return None


_DANGLING_JOIN = re.compile(r"^\s*(?P<name>[^\n]{2,30}?)\s*[-–]\s*$")


def _split_first_writer(paragraph: str) -> str | None:
    """The first writer of a joint signature broken over two lines ("Khánh Linh -"): a name
    left dangling on a dash, whose partner closes the text on the next line."""
    dangling = _DANGLING_JOIN.match(paragraph)
    if dangling is None or not _title_case_signature(dangling.group("name")):
        return None
    return dangling.group("name")


def _role_signature(paragraph: str) -> tuple[str, int] | None:
    """ "CTV Duy An", "PV Thu Hà - Minh Đức" closing the text: the writer's role (reporter,
    collaborator) before a signature is not part of the name: (name, start)."""
    text = paragraph.strip()
    role = _ROLE_BEFORE_NAME.match(text)
    if role is None:
        return None
    name = text[role.end() :].strip()
    if not (_title_case_signature(name) or _joint_signature(name)):
        return None
    return name, paragraph.index(name)


def _closing_credit(paragraphs: Sequence[str]) -> Found | None:
    """The writer a closing line credits with an affiliation after ("Nguyễn Hưng - Báo Quảng
    Nam") or a role before ("CTV Duy An")."""
    if not paragraphs:
        return None
    last = len(paragraphs) - 1
    affiliated = _affiliated_signature(paragraphs[last])
    if affiliated is not None:
        start = paragraphs[last].index(affiliated[0])
        return Found(affiliated[0], last, start, start + len(affiliated[0]))
    credited = _role_signature(paragraphs[last])
    if credited is not None:
        return Found(credited[0], last, credited[1], credited[1] + len(credited[0]))
    return None


def find_author(paragraphs: Sequence[str], byline: Found | None = None) -> Found | None:
    """Author from "Tác giả: X" (or "Bài và ảnh: X"), else the dateline byline, else a
    byline line before the lead, else a closing signature line ("ĐÔNG ANH" -> "Đông Anh",
    "Nguyễn Hưng - Báo Quảng Nam" -> "Nguyễn Hưng")."""
    for index in range(len(paragraphs) - 1, -1, -1):
        match = _EXPLICIT_AUTHOR.match(paragraphs[index])
        if match is not None:
            written = match.group("name").strip().rstrip(".")
            name = _credited_name(written)
            if name is not None:
                role = _ROLE_BEFORE_NAME.match(written)
                start = match.start("name") + (role.end() if role else 0)
                return Found(name, index, start, match.start("name") + len(written))
    if byline is not None:
        return byline
    top = _top_byline(paragraphs)
    if top is not None:
        return top
    closing = _closing_credit(paragraphs)
    if closing is not None:
        return closing
    if paragraphs and _initials(paragraphs[-1]):
        text = paragraphs[-1].strip()
        start = paragraphs[-1].index(text)
        return Found(text, len(paragraphs) - 1, start, start + len(text))
    for index in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 1 - 2), -1):
        paragraph = paragraphs[index]
        signature = _signature(paragraph)
        if signature is not None:
            name, start = signature
            return Found(person_name_case(name), index, start, start + len(name))
        if index == len(paragraphs) - 1 and _title_case_signature(paragraph):
            first = _split_first_writer(paragraphs[index - 1]) if index else None
            if first is not None:  # "Khánh Linh -" then "Thu Hà": one credit over two lines
                return Found(f"{first} - {paragraph.strip()}", index, 0, len(paragraph))
            return Found(person_name_case(paragraph), index, 0, len(paragraph))
        if index == len(paragraphs) - 1 and _joint_signature(paragraph):
            return Found(paragraph.strip(), index, 0, len(paragraph.strip()))
    return None


def person_name_case(name: str) -> str:
    """Name case for a person: each syllable capitalised, initials kept ("N.MINH" -> "N.Minh")."""
    words = []
    for word in name.split():
        pieces = re.split(r"([.\-'’])", word)
        words.append("".join(p[:1].upper() + p[1:].lower() for p in pieces))
    return " ".join(words)


# --- all together ------------------------------------------------------------------------------


def extract_metadata(
    paragraphs: Sequence[str],
    title_hint: str | None = None,
    *,
    title_read: bool = False,
    title: Found | None = None,
) -> Metadata:
    """Title, outlet tag, publication date and author of cleaned paragraphs.

    ``title_read=True`` hands over ``title``, :func:`find_title` of these same paragraphs and
    hint, read already (the loader reads it to put the headline first).
    """
    published, byline = find_dateline(paragraphs)
    return Metadata(
        title=title if title_read else find_title(paragraphs, title_hint),
        source=find_source(paragraphs),
        published=published,
        author=find_author(paragraphs, byline),
    )
