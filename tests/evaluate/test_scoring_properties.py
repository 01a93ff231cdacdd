"""Properties of the scoring on generated labels: self-score, conservation, symmetry."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.evaluate import FIELDS, evaluate_pair

_words = st.sampled_from(
    [
        "Công",
        "an",
        "huyện",
        "tỉnh",
        "UBND",
        "Ủy",
        "ban",
        "nhân",
        "dân",
        "Đức",
        "Trọng",
        "Thúy",
        "Thuý",
        "Hòa",
        "Bình",
        "Lâm",
        "Đồng",
        "Giám",
        "đốc",
        "Chủ",
        "tịch",
        "Phó",
        "xã",
        "Nam",
    ]
)
_name = st.lists(_words, min_size=1, max_size=5).map(" ".join)
_opt_name = st.none() | _name
_count = st.none() | st.integers(min_value=0, max_value=60)
_person = st.fixed_dictionaries({"name": _name, "title": _opt_name})
_award = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["Bằng khen", "Giấy khen", "Kỷ niệm chương", "Cờ thi đua"]),
        "issuer": _opt_name,
        "collectives": _count,
        "individuals": _count,
        "total": _count,
    }
)
_stat = st.fixed_dictionaries(
    {
        "label": _name,
        "value": st.integers(min_value=0, max_value=2000) | st.sampled_from([2.5, 0.75]),
        "unit": st.none() | st.sampled_from(["đồng", "%", "người"]),
    }
)
_label = st.fixed_dictionaries(
    {
        "id": st.just("gen"),
        "source": _opt_name,
        "author": _opt_name,
        "published": st.none() | st.sampled_from(["2023-05", "2023-05-17"]),
        "event": st.fixed_dictionaries(
            {
                "date": st.none() | st.sampled_from(["2023-01-05", "2021-01-05"]),
                "part_of_day": st.none() | st.sampled_from(["sáng", "chiều"]),
                "kinds": st.lists(st.sampled_from(["tổng kết", "sơ kết", "triển khai", "khác"])),
                "organizer": _opt_name,
                "province": st.none() | st.sampled_from(["Lâm Đồng", "Gia Lai"]),
                "district": st.none() | st.sampled_from(["Đức Trọng", "An Khê"]),
                "review_period": st.none()
                | st.sampled_from([{"start": 2022, "end": 2022}, {"start": 2014, "end": 2023}]),
            }
        ),
        "people": st.lists(_person, max_size=4),
        "awards": st.lists(_award, max_size=4),
        "statistics": st.lists(_stat, max_size=4),
        "conflicts": st.lists(st.just("khác nhau"), max_size=1),
    }
)


@settings(max_examples=80, deadline=None)
@given(_label)
def test_a_label_against_itself_scores_one(gold: dict[str, Any]) -> None:
    score = evaluate_pair(gold, gold)
    assert all(score.fields[f].fp == score.fields[f].fn == 0 for f in FIELDS)
    assert all(score.fields[f].f1 == 1.0 for f in FIELDS)
    assert score.differences == []


@settings(max_examples=80, deadline=None)
@given(_label, _label)
def test_list_counts_are_conserved(gold: dict[str, Any], pred: dict[str, Any]) -> None:
    score = evaluate_pair(gold, pred)
    for field in ("people", "awards", "statistics"):
        f = score.fields[field]
        assert f.tp + f.fn == len(gold[field])  # every gold item is matched or missed
        assert f.tp + f.fp == len(pred[field])  # every prediction is matched or extra
    kinds = score.fields["event.kinds"]
    assert kinds.tp + kinds.fn == len(set(gold["event"]["kinds"]))
    gold_counts = sum(
        v is not None
        for a in gold["awards"]
        for v in (a["collectives"], a["individuals"], a["total"])
    )
    counts = score.fields["award_counts"]
    # each non-null gold count is judged once: right (tp) or missed/wrong (fn)
    assert counts.tp + counts.fn == gold_counts


@settings(max_examples=80, deadline=None)
@given(_label, _label)
def test_swapping_gold_and_prediction_swaps_fp_and_fn(
    gold: dict[str, Any], pred: dict[str, Any]
) -> None:
    forward, backward = evaluate_pair(gold, pred), evaluate_pair(pred, gold)
    for field in ("people", "awards", "statistics", "event.kinds", "event.organizer", "event.date"):
        f, b = forward.fields[field], backward.fields[field]
        assert (f.tp, f.fp, f.fn) == (b.tp, b.fn, b.fp), field
