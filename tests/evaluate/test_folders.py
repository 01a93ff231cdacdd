"""evaluate_dirs: file pairing, missing / failed / unparseable predictions, bad gold, totals."""

from __future__ import annotations

from pathlib import Path

import pytest
from evalhelpers import BASE, label, write

from tomtat.evaluate import FIELDS, EvaluationError, GoldError, evaluate_dirs

GOLD_DIR = Path(__file__).resolve().parents[2] / "examples" / "gold"


def test_gold_folder_against_itself_scores_one() -> None:
    report = evaluate_dirs(GOLD_DIR, GOLD_DIR)
    assert len(report.articles) == len(list(GOLD_DIR.glob("*.json")))
    assert report.headline_f1 == 1.0
    assert report.micro.f1 == 1.0 and report.micro.fp == report.micro.fn == 0
    assert report.macro.f1 == 1.0
    assert all(report.fields[f].f1 == 1.0 for f in FIELDS)
    assert all(a.status == "ok" and not a.differences for a in report.articles)


def test_missing_failed_and_unparseable_predictions_count_as_empty(
    dirs: tuple[Path, Path],
) -> None:
    gold, pred = dirs
    for name in ("a", "b", "c", "d"):
        write(gold, f"{name}.json", label(id=name))
    write(gold, "FORMAT.md", "# not a label")
    write(gold, "x.error.json", {"error": "not a label either"})
    write(pred, "a.json", label(id="a"))  # perfect
    # b: missing
    write(pred, "c.json", "{ not json")  # unparseable
    write(pred, "d.json", label(id="d"))  # stale success ...
    write(pred, "d.error.json", {"id": "d", "error": "LLM timed out"})  # ... then a failure
    write(pred, "zzz.json", label(id="zzz"))  # no label: listed, not scored

    report = evaluate_dirs(gold, pred)
    by_id = {a.id: a for a in report.articles}
    assert sorted(by_id) == ["a", "b", "c", "d"]
    assert by_id["a"].status == "ok"
    assert by_id["b"].status == "missing"
    assert by_id["c"].status == "unparseable" and "c.json" in (by_id["c"].message or "")
    assert by_id["d"].status == "failed" and by_id["d"].message == "LLM timed out"
    assert any("stale" in w for w in by_id["d"].warnings)
    assert report.unlabelled == ["zzz"]
    # a: 12 tp; b, c, d: 12 fn each (see evalhelpers.BASE) -> micro tp 12, fn 36
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (12, 0, 36)
    # micro P = 12/12 = 1, R = 12/48 = 0.25, F1 = 24/(24+36) = 0.4
    assert report.micro.precision == 1.0
    assert report.micro.recall == pytest.approx(0.25)
    assert report.micro.f1 == pytest.approx(0.4)
    # event.date: tp 1, fn 3 -> F1 = 2/(2+3) = 0.4; same for every headline field but
    # district (never counted -> 1.0): headline = (7*0.4 + 1)/8 = 0.475
    assert report.fields["event.date"].f1 == pytest.approx(0.4)
    assert report.headline_f1 == pytest.approx(0.475)
    # macro over the 12 fields with any judgement, each F1 0.4
    assert report.macro.f1 == pytest.approx(0.4)
    assert report.macro.precision == 1.0


def test_macro_averages_fields_and_micro_pools_counts(dirs: tuple[Path, Path]) -> None:
    gold, pred = dirs
    write(gold, "a.json", BASE)
    write(pred, "a.json", label(event={"date": "2023-05-18"}, author="Nhật Minh"))
    report = evaluate_dirs(gold, pred)
    # tp 11 (all but date); fp 2 (wrong date, author where gold has none); fn 1 (date)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (11, 2, 1)
    # micro F1 = 22 / (22 + 2 + 1) = 0.88
    assert report.micro.f1 == pytest.approx(22 / 25)
    # fields with a judgement: the 12 of BASE + author = 13; F1s: 11 x 1.0, date 0, author 0
    assert report.macro.f1 == pytest.approx(11 / 13)
    # precision: 11 x 1.0 + date 0/1 + author 0/1 -> 11/13; recall: author has no gold ->
    # 0/0 -> 0.0 -> also 11/13
    assert report.macro.precision == pytest.approx(11 / 13)
    assert report.macro.recall == pytest.approx(11 / 13)


def test_unparseable_gold_is_an_error_naming_the_file(dirs: tuple[Path, Path]) -> None:
    gold, pred = dirs
    write(gold, "a.json", BASE)
    write(gold, "broken.json", '{"id": "broken", ')
    with pytest.raises(GoldError, match=r"broken\.json"):
        evaluate_dirs(gold, pred)


def test_invalid_gold_is_an_error_naming_the_file(dirs: tuple[Path, Path]) -> None:
    gold, pred = dirs
    write(gold, "bad.json", label(published="17/05/2023"))
    with pytest.raises(GoldError, match=r"bad\.json.*published"):
        evaluate_dirs(gold, pred)


def test_gold_in_latin1_is_an_error_not_a_traceback(dirs: tuple[Path, Path]) -> None:
    gold, pred = dirs
    (gold / "enc.json").write_bytes('{"id": "café"}'.encode("latin-1"))
    with pytest.raises(GoldError, match=r"enc\.json"):
        evaluate_dirs(gold, pred)


def test_missing_folders_and_empty_gold_are_errors(tmp_path: Path, dirs: tuple[Path, Path]) -> None:
    gold, pred = dirs
    with pytest.raises(EvaluationError, match="no gold labels"):
        evaluate_dirs(gold, pred)
    with pytest.raises(EvaluationError, match="gold folder not found"):
        evaluate_dirs(tmp_path / "nope", pred)
    write(gold, "a.json", BASE)
    with pytest.raises(EvaluationError, match="prediction folder not found"):
        evaluate_dirs(gold, tmp_path / "nope")


def test_article_id_comes_from_the_file_name(dirs: tuple[Path, Path]) -> None:
    gold, pred = dirs
    write(gold, "003_x.json", label(id="something-else"))
    write(pred, "003_x.json", label(id="something-else"))
    report = evaluate_dirs(gold, pred)
    assert report.articles[0].id == "003_x"
    assert any("differs from its file name" in w for w in report.articles[0].warnings)
    assert report.headline_f1 == 1.0


def test_json_report_shape(dirs: tuple[Path, Path]) -> None:
    gold, pred = dirs
    write(gold, "a.json", BASE)
    write(pred, "a.json", label(event={"district": "Đức Trọng"}))
    data = evaluate_dirs(gold, pred).to_json_dict()
    assert {"fields", "headline_f1", "micro", "macro", "articles"} <= set(data)
    assert set(data["fields"]) == set(FIELDS)
    assert set(data["fields"]["event.district"]) >= {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert data["fields"]["event.district"]["fp"] == 1
    article = data["articles"][0]
    assert article["id"] == "a"
    assert article["differences"] == [
        {
            "field": "event.district",
            "path": "event.district",
            "gold": None,
            "predicted": "Đức Trọng",
        }
    ]
    assert set(article["fields"]) == set(FIELDS)


def test_prediction_under_tomtat_safe_file_name_is_found(dirs: tuple[Path, Path]) -> None:
    gold, pred = dirs
    write(gold, "bài số 1.json", label(id="bài số 1"))
    write(pred, "bài_số_1.json", label(id="bài số 1"))  # how tomtat summarise names it
    report = evaluate_dirs(gold, pred)
    assert report.articles[0].status == "ok"
    assert report.headline_f1 == 1.0
    assert report.unlabelled == []
