"""The article's own contradictions: one grant with two sets of figures, headline vs body year."""

from __future__ import annotations

from tomtat.check import cross_check
from tomtat.check.conflicts import phrase_years
from tomtat.schemas import Severity

from .checkkit import award, kinds, make_article, make_summary

TWICE = (
    "Chiều 20/12, UBND thị xã An Khê tổ chức lễ tuyên dương.\n\n"
    "Tại buổi lễ, UBND tỉnh Gia Lai tặng Bằng khen cho 4 tập thể, 9 cá nhân. "
    "Nhân dịp này, Bộ Công an tặng Kỷ niệm chương Bảo vệ an ninh Tổ quốc cho 11 cá nhân.\n\n"
    "Cuối buổi lễ, Bằng khen của UBND tỉnh được trao cho 6 tập thể và 9 cá nhân."
)


def test_same_grant_with_two_sets_of_figures() -> None:
    summary = make_summary(
        awards=[
            award("Bằng khen", "UBND tỉnh Gia Lai", 4, 9),
            award("Kỷ niệm chương", "Bộ Công an", i=11),
            award("Bằng khen", "UBND tỉnh", 6, 9),
        ]
    )
    checked = cross_check(make_article(TWICE), summary)
    assert kinds(checked.checks) == [("conflicting_mentions", "awards")]
    finding = checked.checks[0]
    assert finding.severity is Severity.WARNING
    assert finding.text_value == [
        {"collectives": 4, "individuals": 9, "total": None},
        {"collectives": 6, "individuals": 9, "total": None},
    ]
    assert len(checked.conflicts) == 1
    assert "4 tập thể" in checked.conflicts[0] and "6 tập thể" in checked.conflicts[0]


def test_conflict_already_described_is_not_repeated() -> None:
    summary = make_summary(
        awards=[
            award("Bằng khen", "UBND tỉnh Gia Lai", 4, 9),
            award("Kỷ niệm chương", "Bộ Công an", i=11),
        ],
        conflicts=["Bằng khen UBND tỉnh: 4 tập thể 9 cá nhân, later 6 tập thể 9 cá nhân"],
    )
    checked = cross_check(make_article(TWICE), summary)
    assert ("conflicting_mentions", "awards") in kinds(checked.checks)
    assert len(checked.conflicts) == 1
    # checking twice adds nothing
    again = cross_check(make_article(TWICE), checked)
    assert again.conflicts == checked.conflicts and len(again.checks) == len(checked.checks)


def test_repeated_grant_with_the_same_figures_is_no_conflict() -> None:
    text = (
        "Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 2 tập thể và 4 cá nhân.\n\n"
        "Các đại biểu thảo luận.\n\n"
        "2 tập thể và 4 cá nhân được tặng giấy khen của Giám đốc Công an tỉnh."
    )
    summary = make_summary(awards=[award("Giấy khen", "Giám đốc Công an tỉnh", 2, 4)])
    checked = cross_check(make_article(text), summary)
    assert checked.checks == [] and checked.conflicts == []


def test_different_issuers_or_past_honours_are_no_conflict() -> None:
    text = (
        "Trong 5 năm qua, 38 tập thể được tặng Bằng khen của UBND tỉnh. "
        "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể; Bộ Công an tặng Bằng khen cho 2 tập thể."
    )
    summary = make_summary(
        awards=[award("Bằng khen", "UBND tỉnh", 5), award("Bằng khen", "Bộ Công an", 2)]
    )
    checked = cross_check(make_article(text), summary)
    assert checked.checks == [] and checked.conflicts == []


HEADLINE_TEXT = (
    "Hội nghị tổng kết công tác phòng cháy chữa cháy huyện Bảo Lâm năm 2024\n\n"
    "(LĐ online) - Sáng 9/1/2024, UBND huyện Bảo Lâm tổ chức Hội nghị tổng kết công tác "
    "phòng cháy chữa cháy huyện Bảo Lâm năm 2023 và triển khai nhiệm vụ năm 2024.\n\n"
    "Năm 2023, trên địa bàn huyện xảy ra 12 vụ cháy."
)


def test_headline_year_disagrees_with_the_body() -> None:
    article = make_article(HEADLINE_TEXT, title=HEADLINE_TEXT.split("\n\n")[0])
    summary = make_summary(statistics=[{"label": "vụ cháy", "value": 12}])
    checked = cross_check(article, summary)
    assert kinds(checked.checks) == [("headline_mismatch", "title")]
    finding = checked.checks[0]
    assert (finding.value, finding.text_value) == (2024, 2023)
    assert finding.quote is not None and finding.quote.endswith("năm 2023")
    assert HEADLINE_TEXT[finding.start : finding.end] == finding.quote  # type: ignore[index]
    assert len(checked.conflicts) == 1 and "2024" in checked.conflicts[0]


def test_headline_copy_in_the_body_is_ignored() -> None:
    head = HEADLINE_TEXT.split("\n\n")[0]
    text = HEADLINE_TEXT.replace("\n\n(LĐ", f"\n\n{head}\n\n(LĐ", 1)
    checked = cross_check(make_article(text, title=head), make_summary())
    assert ("headline_mismatch", "title") in kinds(checked.checks)


def test_headline_agreeing_with_the_body() -> None:
    text = HEADLINE_TEXT.replace("Bảo Lâm năm 2024\n", "Bảo Lâm năm 2023\n")
    article = make_article(text, title=text.split("\n\n")[0])
    checked = cross_check(article, make_summary(statistics=[{"label": "vụ cháy", "value": 12}]))
    assert checked.checks == [] and checked.conflicts == []


def test_headline_about_next_year_tasks_is_no_conflict() -> None:
    # "Triển khai nhiệm vụ ... năm 2024" vs a body reviewing 2023 and launching 2024's tasks
    text = (
        "Công an tỉnh triển khai nhiệm vụ bảo đảm an ninh trật tự năm 2024\n\n"
        "Sáng 5/1, Công an tỉnh tổ chức hội nghị tổng kết công tác bảo đảm an ninh trật tự năm "
        "2023 và triển khai nhiệm vụ năm 2024."
    )
    article = make_article(text, title=text.split("\n\n")[0])
    assert cross_check(article, make_summary()).checks == []


def test_no_headline_no_headline_check() -> None:
    text = HEADLINE_TEXT
    assert (
        cross_check(
            make_article(text), make_summary(statistics=[{"label": "vụ cháy", "value": 12}])
        ).checks
        == []
    )


def test_two_grants_listed_in_one_paragraph_are_no_conflict() -> None:
    text = (
        "Sáng 3/1, Công an tỉnh tổ chức hội nghị tổng kết.\n\n"
        "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể có thành tích trong phong trào toàn dân "
        "bảo vệ an ninh Tổ quốc; UBND tỉnh tặng Bằng khen cho 3 tập thể có thành tích trong "
        "công tác phòng cháy chữa cháy."
    )
    summary = make_summary(
        awards=[award("Bằng khen", "UBND tỉnh", 5), award("Bằng khen", "UBND tỉnh", 3)]
    )
    checked = cross_check(make_article(text), summary)
    assert checked.checks == [] and checked.conflicts == []


LEAD_TEXT = (
    "Hội nghị tổng kết công tác năm 2023\n\n"
    "Sáng 5/1, UBND huyện tổ chức hội nghị tổng kết công tác năm 2022."
)


def _with_kinds(text: str, quote: str, title: str | None) -> tuple[object, object]:
    start = text.index(quote)
    evidence = {"kinds": {"quote": quote, "start": start, "end": start + len(quote)}}
    summary = make_summary(title=title, event={"evidence": evidence})
    return make_article(text), summary


def test_headline_year_against_the_lead_is_a_conflict_of_the_check() -> None:
    quote = "tổ chức hội nghị tổng kết công tác năm 2022"
    article, summary = _with_kinds(LEAD_TEXT, quote, "Hội nghị tổng kết công tác năm 2023")
    checked = cross_check(article, summary)  # type: ignore[arg-type]
    finding = next(f for f in checked.checks if f.kind == "headline_mismatch")
    assert (finding.value, finding.text_value) == (2023, 2022)
    assert finding.quote == quote and LEAD_TEXT[finding.start : finding.end] == quote  # type: ignore[index]
    assert any("năm 2023" in c and "năm 2022" in c for c in checked.conflicts)


def test_lead_writing_the_headline_year_in_a_range_agrees() -> None:
    text = LEAD_TEXT.replace("năm 2022.", "giai đoạn 2019-2023.")
    quote = "tổ chức hội nghị tổng kết công tác giai đoạn 2019-2023"
    article, summary = _with_kinds(text, quote, "Hội nghị tổng kết công tác năm 2023")
    checked = cross_check(article, summary)  # type: ignore[arg-type]
    assert not any(f.kind == "headline_mismatch" for f in checked.checks)


_HEADLINE = "Krông Búk: Tặng giấy khen cho {figure} tập thể, cá nhân trong phong trào bảo vệ ANTQ"


def _headline_article(figure: str) -> str:
    return (
        _HEADLINE.format(figure=figure) + "\n\nSáng 9/1, UBND huyện Krông Búk tổ chức hội nghị "
        "tổng kết. Dịp này, Chủ tịch UBND huyện tặng giấy khen cho 22 tập thể và 25 cá nhân."
    )


def test_headline_total_against_the_body_grant_is_a_conflict() -> None:
    summary = make_summary(awards=[award("Giấy khen", "Chủ tịch UBND huyện", 22, 25)])
    text = _headline_article("50")
    checked = cross_check(make_article(text, title=_HEADLINE.format(figure="50")), summary)
    assert ("conflicting_mentions", "awards") in kinds(checked.checks)
    assert any("50" in line and "47" in line for line in checked.conflicts)


def test_headline_that_agrees_or_rounds_is_no_conflict() -> None:
    summary = make_summary(awards=[award("Giấy khen", "Chủ tịch UBND huyện", 22, 25)])
    for figure in ("47", "gần 50"):
        text = _headline_article(figure)
        checked = cross_check(make_article(text, title=_HEADLINE.format(figure=figure)), summary)
        assert checked.checks == [] and checked.conflicts == []


def test_phrase_years_finds_a_phrase_followed_by_its_year() -> None:
    folded = "hội nghị tổng kết năm 2023 và tổng kết 2024; xtổng kết 2022, tổng kết 20245"
    assert phrase_years(["tổng", "kết"], folded) == [("2023", 9, 26), ("2024", 30, 43)]
    assert phrase_years(["tổng", "kết"], "tổng kết năm nay") == []
    assert phrase_years([], folded) == []


def _caption_and_body(caption: str, body: str) -> list[str]:
    text = (
        "Sáng 6/1, Điện lực tỉnh tổ chức hội nghị tổng kết năm.\n\n"
        f"{caption}\n\n"
        f"Tại hội nghị, {body}"
    )
    found = cross_check(make_article(text), make_summary()).checks
    return [f.kind.value for f in found if f.kind.value == "conflicting_mentions"]


def test_a_clause_naming_one_recipient_of_a_counted_grant_is_no_conflict() -> None:
    for caption, body in (
        (
            "Phó Tổng giám đốc trao Giấy khen của Tổng công ty cho Điện lực huyện Ba Tơ.",
            "8 tập thể được Tổng công ty tặng Giấy khen.",
        ),
        (
            "Ông Trần Văn Nam nhận Bằng khen của UBND tỉnh.",
            "UBND tỉnh tặng Bằng khen cho 12 cá nhân có thành tích xuất sắc.",
        ),
        (
            "Lãnh đạo tỉnh trao Bằng khen của UBND tỉnh cho Phòng Kỹ thuật.",
            "Bằng khen của UBND tỉnh được trao cho 3 tập thể.",
        ),
    ):
        assert _caption_and_body(caption, body) == [], caption


def test_two_counted_tellings_of_one_grant_still_conflict() -> None:
    # both write their figure: one of them is wrong
    found = _caption_and_body(
        "Tổng công ty tặng Giấy khen cho 5 tập thể của Điện lực tỉnh.",
        "8 tập thể được Tổng công ty tặng Giấy khen.",
    )
    assert found == ["conflicting_mentions"]
