"""Placing quotes in the text and rendering nested or crossing spans as well-formed marks."""

from __future__ import annotations

from collections import defaultdict
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.report.spans import Span, collect_spans, place, place_finding, render_marked_text
from tomtat.schemas import ArticleSummary, Finding

TEXT = "Dịp này, UBND huyện Krông Pắc tặng Giấy khen cho 12 tập thể, 25 cá nhân."


class _Marks(HTMLParser):
    """Rebuilds the plain text and each span's text from rendered HTML, checking nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.stack: list[str] = []
        self.pieces: dict[str, list[str]] = defaultdict(list)
        self.attrs: dict[str, dict[str, str | None]] = {}
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        assert tag == "mark"
        found = dict(attrs)
        ident = str(found["data-span"])
        self.attrs.setdefault(ident, found)
        self.stack.append(ident)

    def handle_endtag(self, tag: str) -> None:
        assert tag == "mark" and self.stack, "unbalanced </mark>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for ident in set(self.stack):
            self.pieces[ident].append(data)


def _parse(html: str) -> _Marks:
    parser = _Marks()
    parser.feed(html)
    parser.close()
    assert parser.stack == []
    return parser


def _span(i: int, start: int, end: int, kind: str = "award") -> Span:
    return Span(f"s{i}", kind, f"awards[{i}]", f"label {i}", start, end)


def test_place_exact_moved_fuzzy_found_and_missing() -> None:
    quote = "25 cá nhân"
    at = TEXT.index(quote)
    assert place(TEXT, at, at + len(quote), quote).status == "exact"
    moved = place(TEXT, 0, len(quote), quote)
    assert (moved.start, moved.status) == (at, "moved")
    assert place(TEXT, at, at + len(quote), "25 ca nhan") is None  # stale: not trusted
    fuzzy = place(TEXT, at, at + len(quote), "25 ca nhan", fuzzy_ok=True)
    assert (fuzzy.start, fuzzy.end, fuzzy.status) == (at, at + len(quote), "fuzzy")
    found = place(TEXT, None, None, quote)
    assert (found.start, found.status) == (at, "found")
    assert place(TEXT, None, None, "không có trong bài") is None
    assert place(TEXT, 5, 999, "không có trong bài") is None  # offsets out of range
    assert place(TEXT, 10, 10, None) is None  # empty span


def test_place_picks_the_occurrence_nearest_the_claimed_offset() -> None:
    text = "12 tập thể ... 12 tập thể ... 12 tập thể"
    last = text.rindex("12 tập thể")
    assert place(text, last - 2, last + 8, "12 tập thể").start == last


def test_markup_in_text_is_escaped() -> None:
    text = 'a <script>alert(1)</script> & <img src=x onerror="y"> b'
    html = render_marked_text(text, [_span(0, 2, 10)])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert "".join(_parse(html).text) == text


def test_crossing_spans_split_into_fragments() -> None:
    a, b = TEXT.index("Giấy khen"), TEXT.index("12 tập thể")
    spans = [_span(0, a, b + 5), _span(1, b, len(TEXT) - 1, "finding")]
    parsed = _parse(render_marked_text(TEXT, spans))
    assert "".join(parsed.pieces["s0"]) == TEXT[a : b + 5]
    assert "".join(parsed.pieces["s1"]) == TEXT[b : len(TEXT) - 1]
    assert parsed.tags.count("mark") == 3  # s1 split in two fragments
    assert parsed.attrs["s1"]["data-start"] == str(b)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="ab <>&\"'\nđạ", min_size=1, max_size=40),
    raw=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=8),
)
def test_any_spans_render_well_formed_and_lossless(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [_span(i, min(x, y), max(x, y)) for i, (x, y) in enumerate(raw)]
    parsed = _parse(render_marked_text(text, spans))
    assert "".join(parsed.text) == text
    for span in spans:
        if 0 <= span.start < span.end <= len(text):
            assert "".join(parsed.pieces[span.ident]) == text[span.start : span.end]
            assert parsed.attrs[span.ident]["data-start"] == str(span.start)
            assert parsed.attrs[span.ident]["data-end"] == str(span.end)
            assert parsed.attrs[span.ident].get("id") == span.ident
        else:
            assert span.ident not in parsed.attrs


CONFLICT = (
    "Chủ tịch UBND huyện tặng Giấy khen cho 17 tập thể, 21 cá nhân. Hội nghị diễn ra sôi nổi. "
    "Chủ tịch UBND huyện tặng Giấy khen cho 23 tập thể và 28 cá nhân."
)


def _conflict(quote: str, start: int | None, end: int | None) -> Finding:
    return Finding.model_validate(
        {
            "kind": "conflicting_mentions",
            "severity": "warning",
            "path": "awards",
            "quote": quote,
            "start": start,
            "end": end,
        }
    )


def test_a_finding_in_two_places_is_marked_in_both() -> None:
    a, b = "17 tập thể, 21 cá nhân", "23 tập thể và 28 cá nhân"
    sa, sb = CONFLICT.index(a), CONFLICT.index(b)
    found = place_finding(CONFLICT, _conflict(f"{a} … {b}", sa, sb + len(b)))
    assert [(p.start, p.end, p.status) for p in found] == [
        (sa, sa + len(a), "exact"),
        (sb, sb + len(b), "exact"),
    ]
    summary = ArticleSummary.model_validate(
        {"id": "x", "checks": [_conflict(f"{a} … {b}", sa, sb + len(b)).model_dump()]}
    )
    spans = collect_spans(summary, CONFLICT, "a0").spans
    assert [s.ident for s in spans] == ["a0-f0", "a0-f0-2"]
    assert {s.badge for s in spans} == {"1"}


def test_a_finding_whose_quote_is_gone_falls_back_to_its_offsets() -> None:
    found = place_finding(CONFLICT, _conflict("câu đã bị sửa", 10, 20))
    assert [(p.start, p.end, p.status) for p in found] == [(10, 20, "fuzzy")]
    assert place_finding(CONFLICT, _conflict("câu đã bị sửa", None, None)) == []
