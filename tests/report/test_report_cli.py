"""``tomtat report``: finding originals, failures, bad inputs, the closing line (no browser)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tomtat.cli import main
from tomtat.export import read_summaries
from tomtat.report import build_report
from tomtat.report.sources import load_source_text
from tomtat.schemas import Alignment

from .samples import make_run


def _report(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_writes_one_self_contained_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = make_run(tmp_path)
    html_path = tmp_path / "out" / "review.html"
    code, out, err = _report([str(run.summaries_dir), "--html", str(html_path)], capsys)
    assert code == 0
    assert f"wrote {html_path}" in out
    assert "3 done, 1 failed, 5 findings (2 errors, 2 warnings)" in err
    html = html_path.read_text(encoding="utf-8")
    # nothing is fetched from anywhere: no external URLs in src/href, no stylesheet links
    assert not re.search(r'(src|href)\s*=\s*"(https?:)?//', html)
    assert "<link" not in html and "@import" not in html
    assert "Content-Security-Policy" in html
    # every highlight of the three articles made it in
    assert html.count('class="hl k-award') >= 6
    # a summary string cannot close the data block early
    data = html.split('id="tomtat-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data
    assert {d["id"] for d in json.loads(data)} == {s.id for s in run.summaries}


def test_articles_dir_finds_originals_when_source_path_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = make_run(tmp_path, source_paths=False)
    html_path = tmp_path / "review.html"
    code, _, err = _report([str(run.summaries_dir), "--html", str(html_path)], capsys)
    assert code == 0 and "3 without article text" in err
    assert "pass --articles DIR" in html_path.read_text(encoding="utf-8")
    code, _, err = _report(
        [str(run.summaries_dir), "--html", str(html_path), "--articles", str(run.articles_dir)],
        capsys,
    )
    assert code == 0 and "without article text" not in err


def test_articles_dir_finds_moved_originals(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    moved = tmp_path / "moved"
    shutil.move(str(run.articles_dir), moved)
    found = read_summaries(run.summaries_dir)
    summary = found.summaries[0]
    assert load_source_text(summary).text is None
    source = load_source_text(summary, moved)
    assert source.text == run.texts[summary.id] and source.path is not None
    assert source.path.parent == moved


def test_article_id_cannot_reach_outside_the_articles_dir(tmp_path: Path) -> None:
    run = make_run(tmp_path, source_paths=False)
    secret = tmp_path / "secret.txt"
    secret.write_text("mật khẩu", encoding="utf-8")
    summary = read_summaries(run.summaries_dir).summaries[0].model_copy(update={"id": "../secret"})
    assert load_source_text(summary, run.articles_dir).text is None


def test_stale_offsets_are_relocated_or_listed(tmp_path: Path) -> None:
    run = make_run(tmp_path, with_hostile=False)
    found = read_summaries(run.summaries_dir)
    summary = found.summaries[1]  # krong_pac_2024
    award = summary.awards[0]
    assert award.evidence is not None
    award.evidence.start, award.evidence.end = 0, 5  # stale offsets, quote still in the text
    summary.people[0].evidence.quote = "không có câu này trong bài"  # type: ignore[union-attr]
    fuzzy = summary.people[1].evidence
    assert fuzzy is not None
    fuzzy.quote, fuzzy.alignment = "Tran Minh Duc, Chu tich UBND huyen Krong Pac", Alignment.FUZZY
    html, stats = build_report(found)
    assert stats.unplaced == 1
    assert re.search(r'<mark id="a1-s\d+" class="hl k-person st-fuzzy\b', html)
    assert 'data-path="awards[0]"' in html and 'data-claimed="0-5"' in html
    assert "không có câu này trong bài" in html and "quote not found in the text" in html


def test_invalid_summary_files_become_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = make_run(tmp_path, with_hostile=False)
    (run.summaries_dir / "truncated.json").write_text(
        '{"id": "truncated", "event": {', encoding="utf-8"
    )
    (run.summaries_dir / "bad_date.json").write_text(
        json.dumps({"id": "bad_date", "published": "hôm qua"}), encoding="utf-8"
    )
    (run.summaries_dir / "manifest.json").write_text(json.dumps({"run": 1}), encoding="utf-8")
    html_path = tmp_path / "review.html"
    code, _, err = _report([str(run.summaries_dir), "--html", str(html_path)], capsys)
    assert code == 0 and "2 done, 3 failed" in err
    html = html_path.read_text(encoding="utf-8")
    assert "unreadable summary file" in html and "invalid summary: published" in html
    assert "manifest.json" in html  # listed as skipped, not as an article


@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_nothing_to_report_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    folder = tmp_path / "summaries"
    if kind == "empty":
        folder.mkdir()
    code, out, err = _report([str(folder), "--html", str(tmp_path / "r.html")], capsys)
    assert code == 2 and out == ""
    assert err.startswith("tomtat report: ") and err.count("\n") == 1
    assert not (tmp_path / "r.html").exists()


def test_bad_articles_dir_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = make_run(tmp_path, with_hostile=False)
    code, _, err = _report(
        [
            str(run.summaries_dir),
            "--html",
            str(tmp_path / "r.html"),
            "--articles",
            str(tmp_path / "nope"),
        ],
        capsys,
    )
    assert code == 2 and "is not a folder" in err


def test_report_reads_a_jsonl_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = make_run(tmp_path)
    jsonl = tmp_path / "all.jsonl"
    assert main(["export", str(run.summaries_dir), "--format", "jsonl", "--out", str(jsonl)]) == 0
    capsys.readouterr()
    code, _, err = _report([str(jsonl), "--html", str(tmp_path / "r.html")], capsys)
    assert code == 0 and "3 done, 0 failed, 5 findings" in err
