"""Property-based fuzzing (hypothesis) of text preparation, the number parser, the count finder
and grounding: only the documented exceptions, and every offset inside the text, pointing at
the substring it claims to."""

from __future__ import annotations

import math
import os
import unicodedata

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from make_corpus import HTML, INJECTION, REPORT, SEPARATORS, to_cp1258

from tomtat.check import cross_check
from tomtat.check.grounding import ground_summary, iter_evidence, locate
from tomtat.extract.rules import RulesExtractor
from tomtat.pipeline import summarise_article
from tomtat.schemas import ArticleSummary, Award, AwardType, Evidence, Statistic
from tomtat.text.counts import find_award_mentions, find_statistics, parse_count
from tomtat.text.loading import InputError, load_article
from tomtat.text.numbers import KINDS, format_number, iter_numbers, parse_number

EXAMPLES = int(os.environ.get("TOMTAT_FUZZ_EXAMPLES", "150"))  # raise for a longer fuzz run
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)

FRAGMENTS = [
    "Dịp này, ",
    "Giám đốc Công an tỉnh",
    " tặng Giấy khen cho ",
    " tặng Bằng khen cho ",
    "Kỷ niệm chương",
    "Cờ thi đua",
    " tập thể",
    " cá nhân",
    " và ",
    "; ",
    ", ",
    ". ",
    "\n\n",
    "\n",
    "UBND huyện Đức Trọng",
    "Chủ tịch UBND tỉnh Lâm Đồng",
    "Sáng 5/1/2023, ",
    "năm 2022",
    "tổng kết",
    "hội nghị",
    "điều tra, làm rõ ",
    " vụ",
    " đồng",
    " tỷ đồng",
    " triệu",
    "%",
    "hơn ",
    "gần ",
    "khoảng ",
    "sáu",
    "mười hai",
    "một trăm",
    "Quyết định số 123/QĐ-UBND",
    "45 giấy khen cho ",
    "Công an xã Ea Hồ",
    "đồng chí Nguyễn Văn Hòa",
    "\u00a0",
    "\u202f",
    "“",
    "”",
    "<p>",
    "</p>",
    "<script>x=1</script>",
    "\ufeff",
    "o\u0302\u0301",  # decomposed ố
    "Thuý",
    "Thúy",
]
NUMBER = st.from_regex(r"[0-9]{1,3}(?:[.,\u00a0 ][0-9]{3}){0,4}(?:,[0-9]{1,3})?", fullmatch=True)
PIECE = st.one_of(
    st.sampled_from(FRAGMENTS),
    NUMBER,
    st.text(max_size=8),
    st.integers(min_value=0, max_value=10**7).map(str),
)
GENRE_TEXT = st.lists(PIECE, max_size=40).map("".join)
SEEDS = [REPORT, SEPARATORS, INJECTION]


def _slice(text: str, data: st.DataObject) -> str:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 200)))
    return text[start:end]


# --- text preparation ------------------------------------------------------------------------


def _cp1258_safe(text: str) -> bytes:
    try:
        return to_cp1258(text)
    except UnicodeEncodeError:
        return b""


TAGS = ("p", "div", "h1", "script", "style", "nav", "footer", "aside", "article", "span", "li")
HTML_PAGE = st.lists(st.tuples(st.sampled_from(TAGS), GENRE_TEXT), min_size=1, max_size=12).map(
    lambda blocks: "<html><body>" + "".join(f"<{t}>{x}</{t}>" for t, x in blocks) + "</body></html>"
)
RAW_BYTES = st.one_of(
    HTML_PAGE.map(lambda t: t.encode("utf-8")),
    st.binary(max_size=3000),
    GENRE_TEXT.map(lambda t: t.encode("utf-8")),
    GENRE_TEXT.map(lambda t: t.encode("utf-16")),
    GENRE_TEXT.map(lambda t: _cp1258_safe(unicodedata.normalize("NFC", t))),
    st.tuples(st.sampled_from([*SEEDS, HTML]), st.integers(0, 3000)).map(
        lambda p: p[0].encode("utf-8")[: p[1]]
    ),
)


@FUZZ
@given(data=RAW_BYTES)
@example(data=b"\xff\xfe")
@example(data=b"\xef\xbb\xbf")
@example(data=b"<html><script>" + b"a" * 100 + b"</script></html>")
@example(data="Hội nghị\u0000tổng kết".encode())
def test_load_article_only_input_error(data: bytes) -> None:
    """Any bytes: an Article with NFC text and a faithful offset map, or InputError."""
    try:
        article = load_article(data, "fuzz")
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    text, original = article.text, article.original
    assert isinstance(text, str) and text.strip()
    assert unicodedata.is_normalized("NFC", text)
    for clean_start, original_start, length in article.offset_map.segments:
        assert 0 <= clean_start and clean_start + length <= len(text)
        assert 0 <= original_start and original_start + length <= len(original)
        assert (
            text[clean_start : clean_start + length]
            == (original[original_start : original_start + length])
        )
    for name, evidence in article.metadata_evidence.items():
        if evidence.start is not None and evidence.end is not None:
            assert 0 <= evidence.start <= evidence.end <= len(text), name


# --- numbers ---------------------------------------------------------------------------------


@FUZZ
@given(
    token=st.one_of(NUMBER, st.text(max_size=30), st.sampled_from(["1.131.000", "1,131", "1 131"]))
)
@example(token="9" * 5000)
@example(token="1.131.000")
@example(token="١٢٣")  # Arabic-Indic digits
@example(token="²")
def test_parse_number_value_or_value_error(token: str) -> None:
    """parse_number returns a finite int or float, or raises ValueError; nothing else."""
    try:
        value = parse_number(token)
    except ValueError:
        return
    assert isinstance(value, int | float) and not isinstance(value, bool)
    assert math.isfinite(value)


def test_parse_number_odd_separators() -> None:
    """The documented readings of the separators the genre uses (see tomtat.text.numbers)."""
    assert parse_number("1.131.000") == 1_131_000
    assert parse_number("1 131") == 1131
    assert parse_number("1\u00a0131") == 1131
    assert parse_number("1,131") == 1.131
    assert parse_number("1.131,5") == 1131.5


@FUZZ
@given(value=st.integers(min_value=-(10**15), max_value=10**15))
def test_format_parse_round_trip_ints(value: int) -> None:
    """format_number then parse_number gives the integer back."""
    assert parse_number(format_number(value)) == value


@FUZZ
@given(value=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_format_parse_round_trip_floats(value: float) -> None:
    """format_number then parse_number gives the float back."""
    assert parse_number(format_number(value)) == value


@FUZZ
@given(text=GENRE_TEXT)
@example(text="1.131.000 đồng, 1,131 tấn và 1 131 m2")
@example(text="9" * 3000)
@example(text="1." * 2000)
def test_iter_numbers_offsets(text: str) -> None:
    """Every number token lies inside the text and its raw text is exactly that slice."""
    for token in iter_numbers(text):
        assert 0 <= token.start < token.end <= len(text)
        assert token.raw == text[token.start : token.end]
        assert token.kind in KINDS
        assert math.isfinite(token.value)
        if token.qualifier_start is not None:
            assert 0 <= token.qualifier_start < token.start


# --- the count finder ------------------------------------------------------------------------


@FUZZ
@given(text=GENRE_TEXT)
@example(text=INJECTION)
@example(text="tặng Giấy khen cho " + "1." * 500 + " tập thể")
@example(text="Giám đốc tặng Bằng khen cho mười hai tập thể và sáu cá nhân")
def test_award_mentions_offsets(text: str) -> None:
    """Mentions quote their own slice; each count's span is inside the text and reads as it."""
    for mention in find_award_mentions(text):
        assert 0 <= mention.start <= mention.end <= len(text)
        assert mention.quote == text[mention.start : mention.end]
        for key, (start, end) in mention.count_spans.items():
            assert 0 <= start < end <= len(text), key
            value = getattr(mention, key)
            assert value is not None, key
            assert parse_count(text[start:end]) == value, (key, text[start:end])
        for key in ("collectives", "individuals", "total"):
            value = getattr(mention, key)
            assert value is None or (isinstance(value, int) and value >= 0)


@FUZZ
@given(text=GENRE_TEXT)
@example(text=SEPARATORS)
@example(text="hơn 1.131.000.000 đồng, " * 50)
def test_statistics_offsets(text: str) -> None:
    """Statistics quote their own slice of the text and carry finite values."""
    for stat in find_statistics(text):
        assert 0 <= stat.start <= stat.end <= len(text)
        assert stat.quote == text[stat.start : stat.end]
        assert math.isfinite(stat.value)


# --- grounding -------------------------------------------------------------------------------


@FUZZ
@given(text=st.one_of(GENRE_TEXT, st.sampled_from(SEEDS)), data=st.data())
def test_locate_finds_every_substring(text: str, data: st.DataObject) -> None:
    """A quote cut from the text is always found, and its offsets point at that quote."""
    quote = _slice(text, data)
    assume(quote.strip())
    found = locate(text, quote)
    assert found is not None, quote
    assert 0 <= found.start <= found.end <= len(text)
    assert text[found.start : found.end] == found.span
    assert found.span == quote


@FUZZ
@given(text=st.one_of(GENRE_TEXT, st.sampled_from(SEEDS)), quote=st.one_of(GENRE_TEXT, st.text()))
@example(text="ab", quote="a" * 10_000)
@example(text=REPORT, quote="Giám đốc Công an tỉnh Lâm Đồng tặng giấy khen cho 12 tập thể")
def test_locate_any_quote(text: str, quote: str) -> None:
    """Any quote: None, or a span of the text with consistent offsets."""
    found = locate(text, quote)
    if found is None:
        return
    assert 0 <= found.start <= found.end <= len(text)
    assert text[found.start : found.end] == found.span


def _summary(text: str, data: st.DataObject) -> ArticleSummary:
    awards = []
    for _ in range(data.draw(st.integers(0, 3))):
        quote = data.draw(st.one_of(st.just(_slice(text, data)), st.text(max_size=40)))
        start = data.draw(st.one_of(st.none(), st.integers(0, len(text) + 5)))
        end = None if start is None else data.draw(st.integers(start, len(text) + 10))
        evidence = Evidence(quote=quote, start=start, end=end)
        awards.append(
            Award(
                type=data.draw(st.sampled_from(list(AwardType))),
                issuer=data.draw(st.one_of(st.none(), st.text(max_size=20))),
                collectives=data.draw(st.one_of(st.none(), st.integers(0, 10**6))),
                individuals=data.draw(st.one_of(st.none(), st.integers(0, 10**6))),
                evidence=evidence,
            )
        )
    stats = []
    for _ in range(data.draw(st.integers(0, 2))):
        stats.append(
            Statistic(
                label=data.draw(st.text(min_size=1, max_size=20)),
                value=data.draw(st.one_of(st.integers(-(10**9), 10**12), st.floats(-1e9, 1e9))),
                evidence=Evidence(quote=_slice(text, data)),
            )
        )
    return ArticleSummary(id="fuzz", awards=awards, statistics=stats)


@FUZZ
@given(text=st.one_of(GENRE_TEXT, st.sampled_from(SEEDS)), data=st.data())
def test_ground_summary_offsets(text: str, data: st.DataObject) -> None:
    """After grounding, every located evidence points inside the text at its (exact) quote,
    whatever offsets the extractor claimed."""
    summary = _summary(text, data)
    ground_summary(text, summary)
    evidences = [a.evidence for a in summary.awards] + [s.evidence for s in summary.statistics]
    for evidence in evidences:
        assert evidence is not None
        if evidence.start is None:
            assert evidence.end is None
            continue
        assert evidence.end is not None
        assert 0 <= evidence.start <= evidence.end <= len(text)
        if evidence.alignment == "exact":
            assert text[evidence.start : evidence.end] == evidence.quote


@FUZZ
@given(text=st.one_of(GENRE_TEXT, st.sampled_from(SEEDS)), data=st.data())
def test_cross_check_any_summary(text: str, data: st.DataObject) -> None:
    """cross_check on arbitrary summaries of arbitrary texts: no exception; every finding's
    offsets inside the text; the input summary is left untouched."""
    try:
        article = load_article(text.encode("utf-8"), "fuzz")
    except InputError:
        return
    summary = _summary(article.text, data)
    before = summary.model_dump()
    for policy in ("report", "repair"):
        checked = cross_check(article, summary, policy=policy)
        for finding in checked.checks:
            if finding.start is not None:
                assert finding.end is not None
                assert 0 <= finding.start <= finding.end <= len(article.text), finding
    assert summary.model_dump() == before


# --- the whole rules pipeline ------------------------------------------------------------------


def _genre_article(index: int) -> str:
    from genre import make_article

    return make_article(index).text


ARTICLE_TEXT = st.one_of(
    st.integers(0, 10_000).map(_genre_article),
    st.tuples(st.integers(0, 10_000).map(_genre_article), GENRE_TEXT, st.integers(0, 2000)).map(
        lambda p: p[0][: p[2]] + p[1] + p[0][p[2] :]
    ),
    GENRE_TEXT,
    HTML_PAGE,
)


@FUZZ
@given(text=ARTICLE_TEXT)
@example(text=INJECTION)
@example(text=HTML)
def test_rules_pipeline_offsets(text: str) -> None:
    """Rules extraction plus cross-check of any genre-like text: no exception but InputError;
    every grounded evidence and finding points inside the cleaned text, at its quote."""
    try:
        article = load_article(text.encode("utf-8"), "fuzz")
    except InputError:
        return
    summary = summarise_article(article, RulesExtractor())
    for path, evidence in iter_evidence(summary):
        if evidence.start is None or evidence.end is None:
            continue
        assert 0 <= evidence.start <= evidence.end <= len(article.text), path
        if evidence.alignment == "exact" and not path.startswith("metadata_evidence"):
            assert article.text[evidence.start : evidence.end] == evidence.quote, path
    for finding in summary.checks:
        if finding.start is not None and finding.end is not None:
            assert 0 <= finding.start <= finding.end <= len(article.text)
            if finding.quote is not None:  # an elided quote ("a … b") is made of slices
                span = article.text[finding.start : finding.end]
                for part in finding.quote.split(" … "):
                    assert part.strip(" .") in span, (part, span)
