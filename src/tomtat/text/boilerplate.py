"""Web page furniture: rating widgets, share buttons, view counters, related-news headers.

Patterns match a whole paragraph (case-insensitive, after whitespace collapsing), so a
sentence of the article that merely mentions "chia sẻ" is never dropped. Some furniture
carries a value worth keeping ("Nguồn tin: Phạm Mỹ Hạnh"): :func:`classify` returns it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tomtat.text.lowered import may_contain

__all__ = ["Furniture", "classify", "is_comments_marker", "is_tail_marker"]


@dataclass(frozen=True)
class Furniture:
    """A paragraph recognised as page furniture; ``note`` is (key, value) worth recording."""

    kind: str
    note: tuple[str, str] | None = None


def _full(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"(?i)^\s*(?:" + "|".join(patterns) + r")\s*[.:!…]*\s*$")


_RATING = _full(
    r"tổng số điểm (?:của bài viết )?là:? .*",
    r"xếp hạng:? .*(?:phiếu bầu|điểm|sao).*",
    r"(?:click|bấm|nhấp|nhấn) (?:vào )?(?:đây )?để đánh giá(?: bài viết| tin| bài)?",
    r"đánh giá(?: bài viết| tin bài)?",
    r"\d+(?:[.,]\d+)? ?/ ?\d+ (?:điểm|sao)(?: \(\d+ (?:phiếu|đánh giá|lượt)\))?",
    r"bình chọn(?: bài viết)?",
)
# the two branches that open with ".*": tried at every length of a paragraph, they cost two
# thirds of a test, so a paragraph without their words is tested without them
_SESSION_KEPT = r".*bấm vào đây để duy trì trạng thái đăng nhập.*"
_REPUBLISHING = r".*ghi rõ nguồn .* khi phát hành lại thông tin.*"
_SLOW_BRANCH_WORDS = ("bấm vào đây để duy trì trạng thái đăng nhập", "ghi rõ nguồn ")
_SLOW_BRANCH_LETTERS = tuple(
    tuple((letter, letter.upper()) for letter in letters) for letters in ("ấểậìă", "õ")
)
"""For each of :data:`_SLOW_BRANCH_WORDS`, letters of it (lower and upper case) of which a
paragraph seldom holds all: a paragraph that lacks one holds no such word, which a few ``in``
tests tell without lower-casing it (nine paragraphs in ten)."""
if any(
    lower not in word
    for word, letters in zip(_SLOW_BRANCH_WORDS, _SLOW_BRANCH_LETTERS, strict=True)
    for lower, _ in letters
):
    raise ValueError("a letter of _SLOW_BRANCH_LETTERS is not in its word")


def _may_hold_slow_branch_word(paragraph: str) -> bool:
    """False only when no word of :data:`_SLOW_BRANCH_WORDS` occurs in ``paragraph`` under
    case-insensitive matching (as :func:`may_contain` says, more cheaply for most)."""
    for letters in _SLOW_BRANCH_LETTERS:
        for lower, upper in letters:
            if lower not in paragraph and upper not in paragraph:
                break  # this word is not there
        else:
            return may_contain(paragraph, *_SLOW_BRANCH_WORDS)
    return False


_SESSION = _full(
    _SESSION_KEPT,
    r"bạn đã không sử dụng (?:site|trang).*",
    r"thời gian chờ:? \d+ giây",
    r"đăng nhập|đăng ký|đăng xuất|quên mật khẩu\??",
)
_COMMENTS = _full(
    r"ý kiến bạn đọc",
    r"ý kiến của bạn",
    r"(?:viết |gửi )?bình luận(?: của bạn)?(?: \(\d+\))?",
    r"gửi ý kiến(?: của bạn)?",
    r"\d+ bình luận",
    r"bạn đọc bình luận",
)
_RELATED = _full(
    r"những tin mới hơn",
    r"những tin cũ hơn",
    r"tin (?:liên quan|cùng chuyên mục|khác|mới(?: nhất)?|nổi bật|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|cũ hơn|mới hơn)",
    r"các tin (?:khác|đã đưa|liên quan)",
    r"bài viết (?:liên quan|khác|cùng chuyên mục|cùng chủ đề)",
    r"(?:xem|đọc) thêm(?::.*)?",
    r"có thể bạn quan tâm",
    r"tin tức liên quan",
)
_TAGS = _full(
    r"nhãn",
    r"thẻ",
    r"từ khóa:? .*",
    r"từ khoá:? .*",
    r"tags?:? .*",
    r"chủ đề:? .*",
)
_COUNTERS = _full(
    r"(?:lượt xem|số lượt xem|lượt đọc|số lần đọc|đã xem|lượt truy cập)(?::| là)? ?[\d.,]+(?: lượt)?",
    r"[\d.,]+ lượt (?:xem|đọc|thích|chia sẻ)",
)
_SHARE = _full(
    r"chia sẻ(?: bài viết| bài| tin| lên facebook| qua email)?",
    r"share",
    r"tweet",
    r"(?:facebook|twitter|zalo|email|linkedin)(?: ?[|/,] ?(?:facebook|twitter|zalo|email|linkedin))*",
    r"in bài viết|in bài|in trang|bản in|in",
    r"gửi bài viết qua email|gửi email|gửi cho bạn bè|gửi",
    r"lưu bài viết|lưu tin|lưu",
    r"quay lại|trở về|về đầu trang|lên đầu trang|đầu trang|trang chủ",
    r"(?:xem|đọc) tiếp|xem chi tiết|chi tiết",
    r"thích|like|theo dõi(?: chúng tôi)?(?: trên .*)?",
    r"(?:phóng to|thu nhỏ|cỡ chữ)(?: ?[|/] ?(?:phóng to|thu nhỏ|cỡ chữ))*",
    r"(?:a\+|a-|a)(?: ?[|/]? ?(?:a\+|a-|a))*",
)
_LEGAL = _full(
    r"(?:copyright|bản quyền|©).*",
    r"quảng cáo|advertisement|sponsored",
    _REPUBLISHING,
)
_PUNCTUATION_ONLY = re.compile(r"^[\W_]+$")
_SOURCE_NOTE = re.compile(r"(?i)^\s*(nguồn tin|nguồn|theo nguồn)\s*:\s*(.{1,120}?)\s*[.]?\s*$")

_TAIL_MARKERS = (_COMMENTS, _RELATED)

_KINDS = (
    ("rating", _RATING),
    ("session", _SESSION),
    ("comments", _COMMENTS),
    ("related", _RELATED),
    ("tags", _TAGS),
    ("counter", _COUNTERS),
    ("share", _SHARE),
    ("legal", _LEGAL),
)


def _any_kind(without: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One pattern for every kind, tried in the order of :data:`_KINDS`: each kind is a whole
    branch (its own leading space and closing punctuation), so a kind is tried only once the
    branches before it have failed, exactly as matching the kinds one by one, in one call
    instead of eight; the kind that matched is the branch's group name. The branches
    ``without`` are left out (they never match), for paragraphs that cannot match them."""
    head = "(?i)^"
    source = "|".join(
        f"(?P<{kind}>{pattern.pattern.removeprefix(head)})" for kind, pattern in _KINDS
    )
    if any(pattern.groups for _, pattern in _KINDS):
        raise ValueError("a capturing group in a furniture pattern")
    for branch in without:
        if source.count(branch) != 1:
            raise ValueError(f"not one branch of the furniture patterns: {branch!r}")
        source = source.replace(branch, "(?!)")
    return re.compile(head + "(?:" + source + ")")


_ANY_KIND = _any_kind()
_ANY_QUICK_KIND = _any_kind(without=(_SESSION_KEPT, _REPUBLISHING))
"""The kinds without their two branches that open with ".*" (see :data:`_SLOW_BRANCH_WORDS`)."""


def classify(paragraph: str) -> Furniture | None:
    """The kind of web furniture ``paragraph`` is, or None if it is article text."""
    if _PUNCTUATION_ONLY.match(paragraph):
        return Furniture("punctuation")
    source = _SOURCE_NOTE.match(paragraph)
    if source is not None:
        return Furniture("source_note", (source.group(1).lower(), source.group(2)))
    if len(paragraph) > 300:
        return None
    kinds = _ANY_KIND if _may_hold_slow_branch_word(paragraph) else _ANY_QUICK_KIND
    found = kinds.match(paragraph)
    return Furniture(found.lastgroup) if found is not None and found.lastgroup else None


def is_tail_marker(paragraph: str) -> bool:
    """True for headers after which a page lists comments or other articles, not this one."""
    return any(pattern.match(paragraph) for pattern in _TAIL_MARKERS)


def is_comments_marker(paragraph: str) -> bool:
    """True for the header of the readers' comments box ("Ý kiến bạn đọc")."""
    return _COMMENTS.match(paragraph) is not None
