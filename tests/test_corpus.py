"""Corpus inputs: JSONL, CSV and Parquet files (and JSONL on stdin) as collections of articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tomtat.corpus import InputItem, expand_inputs, read_corpus
from tomtat.pipeline import summarise_batch

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))


def records(count: int = 3) -> list[dict[str, Any]]:
    """``count`` corpus records made from the example articles, with url, title and date."""
    return [
        {
            "id": f"bai-{i}",
            "url": f"https://bao.example.vn/bai-{i}.html",
            "title": f"Tiêu đề của bản ghi {i}",
            "published": f"2023-02-0{i + 1}T08:30:00+07:00",
            "source": "Báo Ví Dụ",
            "text": path.read_text(encoding="utf-8"),
        }
        for i, path in enumerate(ARTICLES[:count])
    ]


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def write_csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_parquet(path: Path, rows: list[dict[str, Any]]) -> Path:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_each_record_of_a_corpus_gives_one_summary_with_its_url_and_title(
    tmp_path: Path, kind: str
) -> None:
    corpus = WRITERS[kind](tmp_path / f"corpus.{kind}", records())
    results = summarise_batch([corpus], tmp_path / "out", backend="rules", workers=1)
    assert [r.article_id for r in results] == ["bai-0", "bai-1", "bai-2"]
    assert all(r.ok for r in results), [r.error for r in results]
    for i in range(len(results)):
        data = json.loads((tmp_path / "out" / f"bai-{i}.json").read_text(encoding="utf-8"))
        assert data["id"] == f"bai-{i}"
        assert data["title"] == f"Tiêu đề của bản ghi {i}"
        assert data["published"] == f"2023-02-0{i + 1}"
        assert data["source"] == "Báo Ví Dụ"
        assert data["meta"]["url"] == f"https://bao.example.vn/bai-{i}.html"
        assert data["meta"]["record_metadata"]["title"] == f"Tiêu đề của bản ghi {i}"
        assert data["meta"]["source_path"] == f"{corpus}#{i + 1}"
        assert data["awards"], "the text was summarised, not the record's JSON"


def test_a_broken_record_fails_alone(tmp_path: Path) -> None:
    good = records()
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps(good[0], ensure_ascii=False), '{"id": "half', ""]
    lines += [json.dumps(r, ensure_ascii=False) for r in good[1:]]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = summarise_batch(corpus, tmp_path / "out", backend="rules", workers=1)
    assert [r.ok for r in results] == [True, False, True, True]
    broken = results[1]
    assert broken.article_id == "2" and "line 2 is not valid JSON" in str(broken.error)
    error = json.loads((tmp_path / "out" / "2.error.json").read_text(encoding="utf-8"))
    assert error["source_path"] == f"{corpus}#2"


def test_records_without_text_duplicate_ids_and_non_objects_are_errors(tmp_path: Path) -> None:
    text = ARTICLES[0].read_text(encoding="utf-8")
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "a", "text": text},
            {"id": "a", "text": text},
            {"id": "b"},
            {"id": "c", "text": "   "},
            {"id": "d", "text": 42},
            ["not", "an", "object"],
        ],
    )
    items = read_corpus(corpus)
    assert [i.error is None for i in items] == [True, False, False, False, False, False]
    assert "duplicate id 'a' (first at record 1)" in str(items[1].error)
    assert "no 'text' field" in str(items[2].error)
    assert "empty" in str(items[3].error)
    assert "int, not text" in str(items[4].error)
    assert "not an object" in str(items[5].error)


def test_text_and_id_fields_can_be_named_and_ids_default_to_row_numbers(tmp_path: Path) -> None:
    text = ARTICLES[0].read_text(encoding="utf-8")
    corpus = write_csv(
        tmp_path / "c.csv",
        [{"noi_dung": text, "ma": "x1"}, {"noi_dung": text, "ma": ""}],
    )
    items = read_corpus(corpus, text_field="noi_dung", id_field="ma")
    assert [(i.article_id, i.error) for i in items] == [("x1", None), ("2", None)]
    assert read_corpus(corpus)[0].error == "record 1 has no 'text' field"


def test_csv_row_with_wrong_cell_count_is_an_error_for_that_row(tmp_path: Path) -> None:
    corpus = tmp_path / "c.csv"
    corpus.write_text('id,text\na,"Bài một"\nb,"Bài hai",extra\nc,"Bài ba"\n', encoding="utf-8")
    items = read_corpus(corpus)
    assert [i.article_id for i in items] == ["a", "2", "c"]
    assert items[1].error == "row 2 has 3 cells, the header has 2"


def test_html_in_a_record_is_cleaned_like_an_html_file(tmp_path: Path) -> None:
    body = ARTICLES[2].read_text(encoding="utf-8").split("\n\n")
    html = (
        "<html><body><nav>Trang chủ | Thời sự</nav>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "</body></html>"
    )
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"id": "h", "text": html}])
    [result] = summarise_batch(corpus, None, backend="rules", workers=1)
    assert result.summary is not None
    assert "<p>" not in result.summary.model_dump_json()
    assert result.summary.awards


def test_record_title_and_date_win_and_the_text_guess_is_recorded(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Tiêu đề trong trang</title></head><body><h1>Tiêu đề trong trang</h1>"
        + "".join(f"<p>{p}</p>" for p in ARTICLES[2].read_text(encoding="utf-8").split("\n\n"))
        + "</body></html>"
    )
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        [{"id": "t", "title": "Tiêu đề của bản ghi", "published": "05/01/2023", "text": html}],
    )
    [result] = summarise_batch(corpus, None, backend="rules", workers=1)
    summary = result.summary
    assert summary is not None
    assert (summary.title, summary.published) == ("Tiêu đề của bản ghi", "2023-01-05")
    assert summary.meta.text_metadata.get("title") == "Tiêu đề trong trang"
    assert "title" not in summary.metadata_evidence  # the text's span no longer supports it


def test_a_published_value_that_is_not_a_date_is_ignored_with_a_warning(tmp_path: Path) -> None:
    text = ARTICLES[0].read_text(encoding="utf-8")
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"text": text, "published": "hôm qua"}])
    [result] = summarise_batch(corpus, None, backend="rules", workers=1)
    assert result.summary is not None
    assert any("is not a date" in w for w in result.summary.warnings)


def test_dash_reads_jsonl_from_a_stream(tmp_path: Path) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(2))
    items = expand_inputs("-", stream=io.BytesIO(data.encode("utf-8")))
    assert [i.article_id for i in items] == ["bai-0", "bai-1"]
    assert items[0].origin == "<stdin>#1"


def test_unreadable_corpus_is_one_error(tmp_path: Path) -> None:
    [item] = read_corpus(tmp_path / "missing.jsonl")
    assert item.error is not None and "cannot read missing.jsonl" in item.error
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"not parquet at all")
    [item] = read_corpus(bad)
    assert item.error is not None and "bad.parquet" in item.error


def test_folders_give_article_files_and_ids_with_slashes_keep_their_parts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("", encoding="utf-8")
    assert [i.path.name for i in expand_inputs(tmp_path)] == ["a.txt"]
    item = InputItem(tmp_path / "c.jsonl", "2023/05/7", "c.jsonl#1", text="x", from_corpus=True)
    assert item.name_key[0] == "2023_05_7"
