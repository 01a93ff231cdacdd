"""Award bars by issuer and by district: grouping of spellings, sums, escaping, folding."""

from __future__ import annotations

import re
from typing import Any

from tomtat.report.charts import aggregate, bar_chart_svg, district_of, group_key, issuer_of
from tomtat.schemas import ArticleSummary


def _summary(
    sid: str, district: str | None, province: str | None, *awards: dict[str, Any]
) -> ArticleSummary:
    return ArticleSummary.model_validate(
        {"id": sid, "event": {"district": district, "province": province}, "awards": list(awards)}
    )


def test_group_key_joins_spellings_of_one_issuer() -> None:
    assert group_key("Ủy ban nhân dân tỉnh Gia Lai") == group_key("UBND tỉnh  Gia Lai.")
    assert group_key("Uỷ ban nhân dân huyện Ia Pa") == group_key("UBND huyện Ia Pa")
    assert group_key("Bộ Công an") != group_key("Công an tỉnh")


def test_aggregate_sums_recipients_by_issuer_and_district() -> None:
    summaries = [
        _summary(
            "a",
            "Krông Pắc",
            "Đắk Lắk",
            {
                "type": "Giấy khen",
                "issuer": "UBND huyện Krông Pắc",
                "collectives": 12,
                "individuals": 25,
            },
            {"type": "Bằng khen", "issuer": "Bộ Công an", "collectives": 1},
        ),
        _summary(
            "b",
            None,
            "Gia Lai",
            {"type": "Bằng khen", "issuer": "Bộ Công an", "individuals": 3},
            {"type": "Giấy khen", "issuer": None, "total": 31},
        ),
        _summary(
            "c",
            "Krông Pắc",
            "Đắk Lắk",
            {"type": "Giấy khen", "issuer": "Ủy ban nhân dân huyện Krông Pắc", "individuals": 4},
        ),
    ]
    by_issuer = {b.label: b for b in aggregate(summaries, issuer_of)}
    assert set(by_issuer) == {"UBND huyện Krông Pắc", "Bộ Công an", "(issuer not given)"}
    krong = by_issuer["UBND huyện Krông Pắc"]
    assert (krong.grants, krong.collectives, krong.individuals, krong.recipients) == (2, 12, 29, 41)
    assert by_issuer["Bộ Công an"].articles == {"a", "b"}
    assert by_issuer["(issuer not given)"].total == 31
    by_district = [(b.label, b.recipients) for b in aggregate(summaries, district_of)]
    assert by_district == [("Krông Pắc (Đắk Lắk)", 42), ("Gia Lai (province level)", 34)]


def test_svg_escapes_labels_and_folds_the_tail() -> None:
    awards = [
        {"type": "Khác", "issuer": f"Đơn vị {i} <script>", "individuals": 100 - i}
        for i in range(30)
    ]
    svg = bar_chart_svg(
        aggregate([_summary("a", None, None, *awards)], issuer_of), "By <issuer>", limit=10
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "By &lt;issuer&gt;" in svg
    assert svg.count('<g class="bar"') == 10
    assert "(21 others)" in svg
    widths = [
        float(w) for w in re.findall(r'<rect x="[\d.]+" y="\d+" width="([\d.]+)" height="16"', svg)
    ]
    assert widths[:-1] == sorted(widths[:-1], reverse=True)  # largest first, the rest folded last


def test_no_awards_gives_a_note_not_an_empty_chart() -> None:
    assert "no awards" in bar_chart_svg([], "Award recipients by issuer")
