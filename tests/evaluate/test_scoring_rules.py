"""FORMAT.md's scoring rules, one hand-counted case per rule (arithmetic in the comments)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from evalhelpers import BASE, label

from tomtat.evaluate import FIELDS, HEADLINE_FIELDS, ArticleScore, GoldError, evaluate_pair
from tomtat.schemas import ArticleSummary

GOLD_DIR = Path(__file__).resolve().parents[2] / "examples" / "gold"


def counts(score: ArticleScore, field: str) -> tuple[int, int, int]:
    """(tp, fp, fn) of one field."""
    f = score.fields[field]
    return f.tp, f.fp, f.fn


def diff_paths(score: ArticleScore) -> list[str]:
    return [d.path for d in score.differences]


# ---------------------------------------------------------------- gold against itself


@pytest.mark.parametrize("path", sorted(GOLD_DIR.glob("*.json")), ids=lambda p: p.stem[:3])
def test_every_seed_label_against_itself_scores_one_everywhere(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    score = evaluate_pair(gold, gold)
    assert score.differences == []
    for field in FIELDS:
        f = score.fields[field]
        assert (f.fp, f.fn) == (0, 0), field
        assert f.precision == f.recall == f.f1 == 1.0, field
    assert score.headline_f1 == 1.0


def test_base_label_against_itself_counts_twelve_true_positives() -> None:
    score = evaluate_pair(BASE, BASE)
    # see evalhelpers.BASE: 5 non-null scalars + organizer + kinds + people + title + awards
    # + 1 count + 1 statistic = 12
    assert sum(f.tp for f in score.fields.values()) == 12
    assert counts(score, "event.district") == (0, 0, 0)  # null == null: not counted
    assert score.fields["event.district"].f1 == 1.0  # nothing to find, nothing found


def test_a_tomtat_summary_with_extra_keys_is_scored_on_format_keys_only() -> None:
    summary = ArticleSummary.model_validate(BASE)
    summary.warnings.append("anything")
    pred = summary.to_json_dict()
    pred["evidence_extra"] = {"whatever": 1}
    assert pred["meta"] is not None and pred["checks"] == []
    score = evaluate_pair(BASE, pred)
    assert score.differences == []
    assert score.headline_f1 == 1.0
    # an ArticleSummary object is accepted as it is
    assert evaluate_pair(summary, summary).differences == []


# ---------------------------------------------------------------- scalars


def test_scalar_counting_rules() -> None:
    pred = label(
        event={
            "date": "2023-05-18",  # gold 2023-05-17, wrong          -> fp 1, fn 1
            "part_of_day": "Chiều",  # case only                      -> tp 1
            "review_period": {"start": 2014, "end": 2022},  # wrong end -> fp 1, fn 1
            "province": None,  # gold Lâm Đồng, missed                -> fn 1
            "district": None,  # gold null too                        -> nothing
        },
        published="2023-05",  # gold null: a value where none is     -> fp 1
        author=None,  # gold null too                                 -> nothing
    )
    score = evaluate_pair(BASE, pred)
    assert counts(score, "event.date") == (0, 1, 1)
    assert counts(score, "event.part_of_day") == (1, 0, 0)
    assert counts(score, "event.review_period") == (0, 1, 1)
    assert counts(score, "event.province") == (0, 0, 1)
    assert counts(score, "event.district") == (0, 0, 0)
    assert counts(score, "published") == (0, 1, 0)
    assert counts(score, "author") == (0, 0, 0)
    # published: P = 0/(0+1) = 0, R: no gold -> 0/0 -> 0.0 (support 1), F1 = 0/(0+1+0) = 0
    assert score.fields["published"].f1 == 0.0
    assert score.fields["event.province"].recall == 0.0
    assert set(diff_paths(score)) == {
        "event.date",
        "event.review_period",
        "event.province",
        "published",
    }
    period = next(d for d in score.differences if d.path == "event.review_period")
    assert period.gold == {"start": 2014, "end": 2023}
    assert period.predicted == {"start": 2014, "end": 2022}


def test_published_month_is_not_the_full_date() -> None:
    gold = label(published="2023-05-17")
    score = evaluate_pair(gold, label(published="2023-05"))
    assert counts(score, "published") == (0, 1, 1)


def test_tone_mark_placement_is_equal_in_names_and_titles() -> None:
    # gold "Thúy" (old placement) vs "Thuý" (new); title "hòa" vs "hoà"
    gold = label(
        author="Thúy Hòa",
        people=[{"name": "Phạm Thị Thanh Thúy", "title": "Chủ tịch UBND xã Hòa Bắc"}],
    )
    pred = label(
        author="THUÝ HOÀ",
        people=[{"name": "Phạm Thị Thanh Thuý", "title": "Chủ tịch UBND xã Hoà Bắc"}],
    )
    score = evaluate_pair(gold, pred)
    assert counts(score, "author") == (1, 0, 0)
    assert counts(score, "people") == (1, 0, 0)
    assert counts(score, "people.title") == (1, 0, 0)
    assert score.differences == []  # exact after normalisation: not even a name note


def test_uy_ban_nhan_dan_equals_ubnd_and_antq() -> None:
    gold = label(
        event={"organizer": "UBND huyện Đức Trọng"},
        awards=[{"type": "Bằng khen", "issuer": "Ủy ban nhân dân tỉnh Lâm Đồng", "collectives": 3}],
    )
    pred = label(
        event={"organizer": "Ủy ban Nhân dân huyện Đức Trọng"},
        awards=[{"type": "Bằng khen", "issuer": "UBND tỉnh Lâm Đồng", "collectives": 3}],
    )
    score = evaluate_pair(gold, pred)
    assert counts(score, "event.organizer") == (1, 0, 0)
    assert counts(score, "awards") == (1, 0, 0)
    assert counts(score, "award_counts") == (1, 0, 0)

    gold = label(event={"organizer": "Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh"})
    pred = label(event={"organizer": "Ban Chỉ đạo phong trào toàn dân bảo vệ ANTQ tỉnh"})
    assert counts(evaluate_pair(gold, pred), "event.organizer") == (1, 0, 0)


def test_admin_prefixes_are_ignored_for_province_and_district() -> None:
    gold = label(event={"province": "Lâm Đồng", "district": "Bảo Lộc"})
    pred = label(event={"province": "tỉnh Lâm Đồng", "district": "TP. Bảo Lộc"})
    score = evaluate_pair(gold, pred)
    assert counts(score, "event.province") == (1, 0, 0)
    assert counts(score, "event.district") == (1, 0, 0)
    # a different district is still wrong after the prefix goes: fp 1 + fn 1
    score = evaluate_pair(gold, label(event={"district": "huyện Bảo Lâm"}))
    assert counts(score, "event.district") == (0, 1, 1)


# ---------------------------------------------------------------- fuzzy threshold 85


def test_organizer_fuzzy_just_above_85_matches() -> None:
    # normalised "đoàn thanh niên tỉnh" vs "đoàn thanh niên huyện";
    # shared tokens sorted ("đ" sorts after "t"): "niên thanh đoàn" (15 chars);
    # rests "tỉnh" (4) and "huyện" (5).
    # ratio(shared, shared+" tỉnh") = 2*15 / (15 + 20) = 30/35 = 85.71
    # ratio(shared, shared+" huyện") = 30/36 = 83.3; full strings: 16+1 common of 20+21 ->
    # 1 - (41 - 34)/41 = 82.9; best 85.71 >= 85 -> tp
    gold = label(event={"organizer": "Đoàn Thanh niên tỉnh"})
    pred = label(event={"organizer": "Đoàn Thanh niên huyện"})
    assert counts(evaluate_pair(gold, pred), "event.organizer") == (1, 0, 0)


def test_organizer_fuzzy_exactly_85_matches() -> None:
    # "công an huyện đức trọng" vs "công an thị xã đức trọng": shared sorted
    # "an công trọng đức" (17); rests "huyện" (5) and "thị xã" (6).
    # ratio(shared, shared+" huyện") = 2*17 / (17 + 23) = 34/40 = 85.0 -> tp (threshold is >=)
    gold = label(event={"organizer": "Công an huyện Đức Trọng"})
    pred = label(event={"organizer": "Công an thị xã Đức Trọng"})
    assert counts(evaluate_pair(gold, pred), "event.organizer") == (1, 0, 0)


def test_organizer_fuzzy_just_below_85_is_wrong() -> None:
    # "chủ tịch ubnd huyện lạc dương" vs "chủ tịch ubnd huyện đạ tẻh": shared sorted
    # "chủ huyện tịch ubnd" (19); rests "dương lạc" (9), "tẻh đạ" (6).
    # ratio(shared, shared+" tẻh đạ") = 2*19 / (19 + 26) = 38/45 = 84.44
    # ratio(shared, shared+" dương lạc") = 38/48 = 79.2; the two full strings: 80.0
    # best 84.44 < 85 -> fp 1, fn 1
    gold = label(event={"organizer": "Chủ tịch UBND huyện Lạc Dương"})
    pred = label(event={"organizer": "Chủ tịch UBND huyện Đạ Tẻh"})
    score = evaluate_pair(gold, pred)
    assert counts(score, "event.organizer") == (0, 1, 1)
    assert diff_paths(score) == ["event.organizer"]


def test_person_title_fuzzy_threshold_and_null_titles() -> None:
    gold = label(
        people=[
            {"name": "Nguyễn Văn Hùng", "title": "Phó Chủ tịch UBND tỉnh"},
            {"name": "Trần Thị Lan", "title": "Trưởng Công an huyện"},
            {"name": "Lê Văn Bình", "title": None},
            {"name": "Hoàng Nam", "title": "Giám đốc Công an tỉnh"},
        ]
    )
    pred = label(
        people=[
            # vs "phó chủ tịch hđnd tỉnh": shared "chủ phó tỉnh tịch" (17), rests ubnd/hđnd (4):
            # 2*17/(17+22) = 87.2; the full sorted strings share 20 of 22 chars:
            # 1 - (44 - 40)/44 = 90.9 -> best 90.9 >= 85 -> tp
            {"name": "Nguyễn Văn Hùng", "title": "Phó Chủ tịch HĐND tỉnh"},
            # "trưởng công an huyện" vs "trưởng công an thị xã": shared "an công trưởng" (14),
            # rests "huyện" (5), "thị xã" (6): 2*14/(14+20) = 82.4 < 85 -> fp 1, fn 1
            {"name": "Trần Thị Lan", "title": "Trưởng Công an thị xã"},
            {"name": "Lê Văn Bình", "title": None},  # null == null: not counted
            {"name": "Hoàng Nam", "title": None},  # gold title missed: fn 1
        ]
    )
    score = evaluate_pair(gold, pred)
    assert counts(score, "people") == (4, 0, 0)
    # titles: tp 1 (Hùng), fp 1 + fn 1 (Lan), fn 1 (Nam) -> (1, 1, 2)
    assert counts(score, "people.title") == (1, 1, 2)
    assert sorted(diff_paths(score)) == ["people[1].title", "people[3].title"]


# ---------------------------------------------------------------- people matching


def test_people_match_on_name_with_typo_tolerance_but_not_on_a_part_of_a_name() -> None:
    gold = label(
        people=[
            {"name": "Tống Giang Nam", "title": "Chủ tịch UBND huyện"},
            {"name": "Nguyễn Thị Phương Thảo", "title": "Phó Chủ tịch UBND huyện"},
        ]
    )
    pred = label(
        people=[
            {"name": "Nam", "title": "Chủ tịch UBND huyện"},  # part of a name: no match
            # one dropped letter: ratio = 2*22/(22+21) = 97.7 >= 90 -> same person
            {"name": "Nguyễn Thị Phương Thả", "title": "Phó Chủ tịch UBND huyện"},
        ]
    )
    score = evaluate_pair(gold, pred)
    # matched: Thảo ~ Thả -> tp 1; "Nam" unmatched -> fp 1; "Tống Giang Nam" -> fn 1
    assert counts(score, "people") == (1, 1, 1)
    # titles: Thảo's agrees -> tp 1; Nam's (unmatched pred, non-null) fp 1; gold Nam's fn 1
    assert counts(score, "people.title") == (1, 1, 1)
    assert set(diff_paths(score)) == {"people[1].name", "people[0]", "people[pred:0]"}


# ---------------------------------------------------------------- awards


def test_award_counts_null_is_not_zero() -> None:
    gold = label(
        awards=[
            {
                "type": "Giấy khen",
                "issuer": "Công an huyện",
                "collectives": 22,
                "individuals": None,
            },
            {"type": "Bằng khen", "issuer": "Công an tỉnh", "collectives": None, "individuals": 5},
        ]
    )
    pred = label(
        awards=[
            # collectives 22 = 22 -> tp 1; individuals gold null, pred 0 -> fp 1
            {"type": "Giấy khen", "issuer": "Công an huyện", "collectives": 22, "individuals": 0},
            # individuals gold 5, pred null -> fn 1; collectives null/null -> nothing
            {
                "type": "Bằng khen",
                "issuer": "Công an tỉnh",
                "collectives": None,
                "individuals": None,
            },
        ]
    )
    score = evaluate_pair(gold, pred)
    assert counts(score, "awards") == (2, 0, 0)
    assert counts(score, "award_counts") == (1, 1, 1)
    # P = 1/2, R = 1/2, F1 = 2*1/(2+1+1) = 0.5
    assert score.fields["award_counts"].f1 == pytest.approx(0.5)
    assert sorted(diff_paths(score)) == ["awards[0].individuals", "awards[1].individuals"]


def test_awards_need_the_same_type_and_a_close_issuer() -> None:
    gold = label(
        awards=[
            {"type": "Bằng khen", "issuer": "Bộ Công an", "collectives": 1},
            {"type": "Giấy khen", "issuer": None, "collectives": 4, "individuals": 6},
        ]
    )
    pred = label(
        awards=[
            # "bộ công an" vs "công an tỉnh": 2*7/(7+10) = 82.4 < 85 -> no match
            {"type": "Bằng khen", "issuer": "Công an tỉnh", "collectives": 1},
            # null issuers match each other; type differs in case only
            {"type": "giấy khen", "issuer": None, "collectives": 4, "individuals": 6},
        ]
    )
    score = evaluate_pair(gold, pred)
    # awards: the null-issuer pair matches (tp 1); Bộ Công an missed (fn 1), Công an tỉnh extra (fp 1)
    assert counts(score, "awards") == (1, 1, 1)
    # counts: matched pair 4=4, 6=6 -> tp 2; unmatched gold collectives 1 -> fn 1;
    # unmatched pred collectives 1 -> fp 1
    assert counts(score, "award_counts") == (2, 1, 1)


def _greedy_pairs(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> int:
    """A greedy matcher for contrast: each prediction takes the first free eligible label."""
    from tomtat.text.normalize import similarity

    taken: set[int] = set()
    for p in pred:
        for i, g in enumerate(gold):
            if (
                i not in taken
                and g["type"] == p["type"]
                and similarity(g["issuer"], p["issuer"]) >= 85
            ):
                taken.add(i)
                break
    return len(taken)


def test_optimal_assignment_matches_more_awards_than_greedy() -> None:
    g0 = {
        "type": "Giấy khen",
        "issuer": "Chủ tịch UBND huyện",
        "collectives": 17,
        "individuals": 21,
    }
    g1 = {
        "type": "Giấy khen",
        "issuer": "Chủ tịch UBND huyện Đạ Tẻh",
        "collectives": 23,
        "individuals": 28,
    }
    # p0 "chủ tịch ubnd huyện" is inside both gold issuers -> token-set 100 with g0 and g1
    p0 = {
        "type": "Giấy khen",
        "issuer": "Chủ tịch UBND huyện",
        "collectives": 23,
        "individuals": 28,
    }
    # p1 vs g0: all of g0's tokens inside p1 -> 100; p1 vs g1: 84.44 (see organiser test) < 85
    p1 = {
        "type": "Giấy khen",
        "issuer": "Chủ tịch UBND huyện Lạc Dương",
        "collectives": 17,
        "individuals": 21,
    }
    # greedy: p0 takes g0 (first eligible), p1 finds only g0, taken -> 1 pair
    assert _greedy_pairs([g0, g1], [p0, p1]) == 1
    # optimal: p0-g1, p1-g0 -> 2 pairs, and their counts agree: 4 counts tp
    score = evaluate_pair(label(awards=[g0, g1]), label(awards=[p0, p1]))
    assert counts(score, "awards") == (2, 0, 0)
    assert counts(score, "award_counts") == (4, 0, 0)


def test_duplicated_grant_with_different_figures_pairs_by_figures() -> None:
    # FORMAT.md: the same grant given twice with different figures is kept twice (a conflict).
    # All four pairs are eligible (same type; one issuer's tokens inside the other's -> 100).
    g0 = {
        "type": "Giấy khen",
        "issuer": "Chủ tịch UBND huyện",
        "collectives": 17,
        "individuals": 21,
    }
    g1 = {
        "type": "Giấy khen",
        "issuer": "Chủ tịch UBND huyện Đạ Tẻh",
        "collectives": 23,
        "individuals": 28,
    }
    p0 = {
        "type": "Giấy khen",
        "issuer": "Chủ tịch UBND huyện Đạ Tẻh",
        "collectives": 17,
        "individuals": 21,
    }
    p1 = {
        "type": "Giấy khen",
        "issuer": "Chủ tịch UBND huyện",
        "collectives": 23,
        "individuals": 28,
    }
    # pairing by issuer text (p0-g1, p1-g0) would score counts tp 0, fp 4, fn 4;
    # the tie-break on agreeing counts picks p0-g0, p1-g1: tp 4, fp 0, fn 0
    score = evaluate_pair(label(awards=[g0, g1]), label(awards=[p0, p1]))
    assert counts(score, "awards") == (2, 0, 0)
    assert counts(score, "award_counts") == (4, 0, 0)


def test_extra_and_missed_awards_count_their_counts() -> None:
    gold = label(
        awards=[{"type": "Bằng khen", "issuer": "UBND tỉnh", "collectives": 30, "individuals": 75}]
    )
    pred = label(
        awards=[{"type": "Kỷ niệm chương", "issuer": "Bộ Công an", "individuals": 9, "total": 9}]
    )
    score = evaluate_pair(gold, pred)
    assert counts(score, "awards") == (0, 1, 1)
    # gold's 2 non-null counts missed -> fn 2; pred's 2 non-null counts extra -> fp 2
    assert counts(score, "award_counts") == (0, 2, 2)


# ---------------------------------------------------------------- statistics


def test_statistics_match_on_value_and_unit_then_label_threshold_60() -> None:
    gold = label(
        statistics=[
            {"label": "camera an ninh", "value": 1131, "unit": None},
            {"label": "số tiền hỗ trợ", "value": 50000000, "unit": "đồng"},
            {"label": "tỷ lệ hộ gia đình an toàn", "value": 2.5, "unit": "%"},
            {"label": "tổ an ninh nhân dân", "value": 618, "unit": None},
            {"label": "mô hình tự quản", "value": 12, "unit": None},
        ]
    )
    pred = label(
        statistics=[
            # "camera an ninh" vs "camera giám sát": shared "camera" (6), rests "an ninh" (7)
            # and "giám sát" (8): 2*6/(6+14) = 12/20 = 60.0 >= 60 -> match
            {"label": "camera giám sát", "value": 1131, "unit": None},
            # "số tiền hỗ trợ" vs "tiền ủng hộ": shared "tiền" (4); best of 8/18, 8/15 and the
            # full strings (14 vs 11 chars, 7 in common: 1 - 11/25 = 56.0) -> 56 < 60: no match
            {"label": "tiền ủng hộ", "value": 50000000, "unit": "đồng"},
            # float within tolerance -> match
            {"label": "tỷ lệ hộ gia đình an toàn", "value": 2.5000000001, "unit": "%"},
            # same label and value, unit differs (null vs "người") -> no match
            {"label": "tổ an ninh nhân dân", "value": 618, "unit": "người"},
            # "mô hình tự quản" vs "mô hình được nhân rộng": shared "hình mô" (7), rests
            # "quản tự" (7), "nhân rộng được" (14): 2*7/(7+15) = 14/22 = 63.64 >= 60 -> match
            {"label": "mô hình được nhân rộng", "value": 12, "unit": None},
        ]
    )
    score = evaluate_pair(gold, pred)
    # tp 3 (camera, tỷ lệ, mô hình); fp 2 and fn 2 (số tiền, tổ an ninh)
    assert counts(score, "statistics") == (3, 2, 2)
    assert sorted(diff_paths(score)) == [
        "statistics[1]",
        "statistics[3]",
        "statistics[pred:1]",
        "statistics[pred:3]",
    ]


def test_statistic_values_written_as_vietnamese_strings_are_read() -> None:
    gold = label(statistics=[{"label": "mắt camera", "value": 1131, "unit": None}])
    pred = label(statistics=[{"label": "mắt camera", "value": "1.131", "unit": None}])
    assert counts(evaluate_pair(gold, pred), "statistics") == (1, 0, 0)


# ---------------------------------------------------------------- kinds


def test_event_kinds_are_a_set() -> None:
    gold = label(event={"kinds": ["tổng kết", "triển khai"]})
    pred = label(event={"kinds": ["triển khai", "biểu dương", "triển khai"]})
    score = evaluate_pair(gold, pred)
    # shared {triển khai} tp 1; extra {biểu dương} fp 1; missed {tổng kết} fn 1
    assert counts(score, "event.kinds") == (1, 1, 1)


# ---------------------------------------------------------------- conflicts


def test_conflicts_caught_from_the_list_or_from_a_conflict_finding() -> None:
    with_conflict = label(conflicts=["Giấy khen: 17 tập thể in one paragraph, 23 in another"])
    # caught through `conflicts`
    score = evaluate_pair(with_conflict, label(conflicts=["số liệu khác nhau"]))
    assert counts(score, "conflicts") == (1, 0, 0)
    # caught through a cross-check finding of kind conflicting_mentions
    finding = {"kind": "conflicting_mentions", "severity": "warning", "path": "awards[3]"}
    score = evaluate_pair(with_conflict, label(checks=[finding]))
    assert counts(score, "conflicts") == (1, 0, 0)
    # a finding of another kind is not an inconsistency of the article -> missed: fn 1
    other = {"kind": "unsupported_number", "severity": "error", "path": "statistics[0]"}
    score = evaluate_pair(with_conflict, label(checks=[other]))
    assert counts(score, "conflicts") == (0, 0, 1)
    # a conflict reported where the label has none -> fp 1
    headline = {"kind": "headline_mismatch", "severity": "warning", "path": "title"}
    score = evaluate_pair(BASE, label(checks=[headline]))
    assert counts(score, "conflicts") == (0, 1, 0)
    # none on either side: not counted
    assert counts(evaluate_pair(BASE, BASE), "conflicts") == (0, 0, 0)


def test_gold_checks_are_not_read_as_conflicts() -> None:
    finding = {"kind": "conflicting_mentions", "severity": "warning", "path": "awards[0]"}
    score = evaluate_pair(label(checks=[finding]), BASE)
    assert counts(score, "conflicts") == (0, 0, 0)


# ---------------------------------------------------------------- headline, micro, macro


def test_headline_f1_is_the_mean_of_eight_fields() -> None:
    score = evaluate_pair(BASE, label(event={"date": "2023-05-18"}))
    # event.date: fp 1 + fn 1 -> F1 0; the other 7 headline fields perfect (district, not
    # counted, is 1.0) -> headline = 7/8
    assert HEADLINE_FIELDS[0] == "event.date" and len(HEADLINE_FIELDS) == 8
    assert score.headline_f1 == pytest.approx(7 / 8)


def test_empty_prediction_misses_every_non_null_gold_value() -> None:
    score = evaluate_pair(BASE, None)
    assert score.status == "missing"
    assert sum(f.fn for f in score.fields.values()) == 12
    assert sum(f.tp + f.fp for f in score.fields.values()) == 0
    # headline: only district (null/null) scores 1.0 -> 1/8
    assert score.headline_f1 == pytest.approx(1 / 8)


# ---------------------------------------------------------------- bad input


def test_invalid_gold_is_an_error_naming_the_problem() -> None:
    bad = label(awards=[{"type": "Huy hiệu", "issuer": None}])
    with pytest.raises(GoldError, match=r"awards\.0\.type"):
        evaluate_pair(bad, BASE)
    with pytest.raises(GoldError, match="JSON object"):
        evaluate_pair(["not", "a", "label"], BASE)


def test_prediction_that_is_not_an_object_is_scored_empty() -> None:
    score = evaluate_pair(BASE, ["a", "list"])
    assert score.status == "unparseable"
    assert "list" in (score.message or "")
    assert sum(f.fn for f in score.fields.values()) == 12


def test_prediction_with_wrong_shapes_keeps_the_rest() -> None:
    pred = label(
        event={"review_period": "2014-2023", "kinds": "tổng kết"},
        awards=[{"type": "Giấy khen", "issuer": "UBND huyện Đức Trọng", "collectives": "22"}],
        people="Phạm Thị Thanh Thúy",  # a bare string: one person without title
        statistics=[{"label": "tổ an ninh nhân dân", "value": "nhiều"}],  # no number: dropped
    )
    score = evaluate_pair(BASE, pred)
    assert counts(score, "event.review_period") == (1, 0, 0)  # "2014-2023" read as a period
    assert counts(score, "event.kinds") == (1, 0, 0)
    assert counts(score, "award_counts") == (1, 0, 0)  # "22" read as 22
    assert counts(score, "people") == (1, 0, 0)
    assert counts(score, "people.title") == (0, 0, 1)
    assert counts(score, "statistics") == (0, 0, 1)
    assert any("statistics[0]" in w for w in score.warnings)
