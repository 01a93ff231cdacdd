"""Grounding: quotes located exactly, tolerantly (whitespace, NFC, tone marks), fuzzily, or not."""

from __future__ import annotations

import unicodedata

from tomtat.check import cross_check
from tomtat.check.grounding import ground_evidence
from tomtat.schemas import Alignment, Evidence
from tomtat.text.fold import fold_text, locate

from .checkkit import kinds, make_article, make_summary

TEXT = (
    "Chiều 17/5, huyện Đức Trọng tổ chức   hội nghị tổng kết.\n\n"
    "Bà Phạm Thị Thanh Thúy - Phó Chủ tịch UBND huyện, trao “giấy khen” cho 22 tập thể.\n\n"
    "Ông Lê Văn Hòa phát biểu. Ông Lê Văn Hòa cảm ơn các đại biểu."
)


def test_exact_quote() -> None:
    found = locate(TEXT, "huyện Đức Trọng")
    assert found is not None and found.alignment is Alignment.EXACT
    assert TEXT[found.start : found.end] == "huyện Đức Trọng"


def test_exact_quote_nearest_to_the_hint() -> None:
    second = TEXT.rindex("Ông Lê Văn Hòa")
    found = locate(TEXT, "Ông Lê Văn Hòa", hint_start=second - 3)
    assert found is not None and found.start == second


def test_whitespace_tolerant() -> None:
    found = locate(TEXT, "tổ chức hội nghị tổng kết")
    assert found is not None and found.alignment is Alignment.EXACT
    assert found.span == "tổ chức   hội nghị tổng kết"
    assert TEXT[found.start : found.end] == found.span


def test_nfd_quote_is_found() -> None:
    quote = unicodedata.normalize("NFD", "Phó Chủ tịch UBND huyện")
    assert quote != "Phó Chủ tịch UBND huyện"
    found = locate(TEXT, quote)
    assert found is not None and found.span == "Phó Chủ tịch UBND huyện"


def test_tone_mark_placement_is_folded() -> None:
    found = locate(TEXT, "Phạm Thị Thanh Thuý")  # new-style placement, text has "Thúy"
    assert found is not None and found.alignment is Alignment.EXACT
    assert found.span == "Phạm Thị Thanh Thúy"
    found = locate(TEXT, "Lê Văn Hoà")
    assert found is not None and found.span == "Lê Văn Hòa"


def test_tone_marks_are_not_erased() -> None:
    # "Hoa" is another name than "Hòa": folding keeps the tone, so no exact match.
    found = locate(TEXT, "Ông Lê Văn Hoa")
    assert found is None or found.alignment is Alignment.FUZZY


def test_quotation_marks_are_unified() -> None:
    found = locate(TEXT, 'trao "giấy khen" cho 22')
    assert found is not None and found.span == "trao “giấy khen” cho 22"


def test_fuzzy_quote_spans_whole_words() -> None:
    found = locate(TEXT, "Bà Phạm Thi Thanh Thuy - Phó Chủ tịch UBND huyên")
    assert found is not None and found.alignment is Alignment.FUZZY
    assert found.span.startswith("Bà Phạm Thị") and found.span.endswith("huyện")
    assert TEXT[found.start : found.end] == found.span


def test_not_found() -> None:
    assert locate(TEXT, "Chủ tịch nước tặng Huân chương Lao động hạng Ba") is None
    assert locate(TEXT, "") is None
    assert locate("", "abc") is None


def test_short_quotes_are_not_matched_fuzzily() -> None:
    assert locate(TEXT, "Đức Trộng") is None


def test_wrong_offsets_are_verified_not_trusted() -> None:
    ev = Evidence(quote="hội nghị tổng kết", start=0, end=17)
    assert ground_evidence(TEXT, ev)
    assert TEXT[ev.start : ev.end] == "hội nghị tổng kết"  # type: ignore[index]
    assert ev.start != 0


def test_correct_offsets_are_kept() -> None:
    start = TEXT.index("22 tập thể")
    ev = Evidence(quote="22 tập thể", start=start, end=start + 10)
    assert ground_evidence(TEXT, ev) and (ev.start, ev.alignment) == (start, Alignment.EXACT)


def test_fold_text_maps_back_inside_text() -> None:
    folded = fold_text(TEXT)
    assert len(folded.starts) == len(folded.folded) == len(folded.ends)
    assert all(0 <= s <= e <= len(TEXT) for s, e in zip(folded.starts, folded.ends, strict=True))


def test_cross_check_grounds_every_evidence_and_flags_missing_quotes() -> None:
    article = make_article(TEXT)
    summary = make_summary(
        event={"evidence": {"date": {"quote": "Chiều 17/5"}}},
        people=[{"name": "Phạm Thị Thanh Thuý", "evidence": {"quote": "Bà Phạm Thị Thanh Thuý"}}],
        awards=[
            {
                "type": "Giấy khen",
                "issuer": "UBND huyện Đức Trọng",
                "collectives": 22,
                "evidence": {"quote": "Ông Lê Văn Tám trao Bằng khen cho 22 tập thể xuất sắc"},
            }
        ],
        metadata_evidence={"title": {"quote": "huyện Đức Trọng tổ chức hội nghị"}},
    )
    checked = cross_check(article, summary)
    assert checked.event.evidence["date"].start == 0
    assert checked.event.evidence["date"].alignment is Alignment.EXACT
    person = checked.people[0].evidence
    assert person is not None and person.alignment is Alignment.EXACT
    assert person.quote == "Bà Phạm Thị Thanh Thúy"  # the text's own spelling
    award_ev = checked.awards[0].evidence
    assert award_ev is not None and award_ev.alignment is Alignment.NOT_FOUND
    assert award_ev.start is None
    assert ("quote_not_found", "awards[0].evidence") in kinds(checked.checks)
    meta = checked.metadata_evidence["title"]
    assert meta.alignment is Alignment.EXACT and TEXT[meta.start : meta.end] == meta.quote  # type: ignore[index]
    # the input summary is left untouched
    assert summary.people[0].evidence is not None and summary.people[0].evidence.start is None


def test_a_quote_not_found_loses_its_offsets() -> None:
    ev = Evidence(quote="không có trong bài viết này", start=3, end=30, alignment=Alignment.EXACT)
    assert not ground_evidence(TEXT, ev)
    assert (ev.start, ev.end, ev.alignment) == (None, None, Alignment.NOT_FOUND)


def test_correct_offsets_without_alignment_are_marked_exact() -> None:
    start = TEXT.index("22 tập thể")
    ev = Evidence(quote="22 tập thể", start=start, end=start + 10)
    assert ev.alignment is None
    assert ground_evidence(TEXT, ev) and ev.alignment is Alignment.EXACT
    assert "alignment" in ev.model_fields_set
