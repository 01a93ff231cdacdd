"""The report on real ``tomtat summarise`` output for the example articles (rules backend)."""

from __future__ import annotations

from pathlib import Path

from tomtat.export import read_summaries
from tomtat.pipeline import summarise_batch
from tomtat.report import build_report, collect_spans, render_marked_text
from tomtat.report.sources import load_source_text

from .test_spans import _parse

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def test_report_of_a_real_run_marks_text_exactly_where_offsets_say(tmp_path: Path) -> None:
    out = tmp_path / "summaries"
    results = summarise_batch([EXAMPLES], out, backend="rules")
    assert results, "no example articles found"
    found = read_summaries(out)
    assert len(found) == len(results)
    html, stats = build_report(found)
    assert stats.missing_text == 0
    for summary in found.summaries:
        assert f'<tr data-id="{summary.id}"' in html
        source = load_source_text(summary)
        assert source.text is not None
        spans = collect_spans(summary, source.text, "a0")
        parsed = _parse(render_marked_text(source.text, spans.spans))
        assert "".join(parsed.text) == source.text
        for span in spans.spans:
            assert "".join(parsed.pieces[span.ident]) == source.text[span.start : span.end]


def test_report_of_a_corpus_run_finds_each_record_text(tmp_path: Path) -> None:
    corpus = EXAMPLES.parent / "corpus.jsonl"
    out = tmp_path / "summaries"
    results = summarise_batch(corpus, out, backend="rules", workers=1)
    found = read_summaries(out)
    assert len(found) == len(results) == 5
    html, stats = build_report(found)
    assert stats.missing_text == 0
    for summary in found.summaries:
        source = load_source_text(summary)
        assert source.path == corpus and source.text is not None
        for span in collect_spans(summary, source.text, "a0").spans:
            assert 0 <= span.start <= span.end <= len(source.text)
    for award in found.summaries[0].awards:
        assert award.evidence is not None and award.evidence.quote in html
