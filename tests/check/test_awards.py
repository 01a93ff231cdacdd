"""Award checks on genre texts: mismatch, swapped, totals, unsupported counts, missed grants."""

from __future__ import annotations

import pytest

from tomtat.check import cross_check, run_checks
from tomtat.schemas import ArticleSummary, AwardType, Finding, Severity
from tomtat.text.article import Article
from tomtat.text.counts import AwardMention

from .checkkit import award, kinds, make_article, make_summary


def _with_awards(summary: ArticleSummary, awards: list[dict[str, object]]) -> ArticleSummary:
    return summary.model_copy(update={"awards": make_summary(awards=awards).awards})


def test_correct_summary_has_no_findings(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    checked = cross_check(ceremony, ceremony_summary)
    assert checked.checks == []
    assert checked.conflicts == []


def test_changed_count_is_a_mismatch(ceremony: Article, ceremony_summary: ArticleSummary) -> None:
    summary = _with_awards(
        ceremony_summary,
        [
            award("Giấy khen", "Chủ tịch UBND huyện Krông Pắc", 12, 16),
            award("Giấy khen", "Giám đốc Công an tỉnh", 3, 7),
        ],
    )
    checked = cross_check(ceremony, summary)
    assert kinds(checked.checks) == [("mismatch", "awards[0].individuals")]
    finding = checked.checks[0]
    assert (finding.value, finding.text_value, finding.severity) == (16, 15, Severity.ERROR)
    assert ceremony.text[finding.start : finding.end] == "15"  # type: ignore[index]
    assert finding.quote is not None and "15 cá nhân" in finding.quote


def test_mismatch_even_when_the_wrong_number_is_elsewhere_in_the_text(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    # 7 is written in the text (the other grant), but this grant's clause says 15.
    summary = _with_awards(
        ceremony_summary,
        [
            award("Giấy khen", "Chủ tịch UBND huyện Krông Pắc", 12, 7),
            award("Giấy khen", "Giám đốc Công an tỉnh", 3, 7),
        ],
    )
    assert ("mismatch", "awards[0].individuals") in kinds(cross_check(ceremony, summary).checks)


def test_swapped_counts(ceremony: Article, ceremony_summary: ArticleSummary) -> None:
    summary = _with_awards(
        ceremony_summary,
        [
            award("Giấy khen", "UBND huyện Krông Pắc", 15, 12),
            award("Giấy khen", "Giám đốc Công an tỉnh", 3, 7),
        ],
    )
    checked = cross_check(ceremony, summary)
    assert kinds(checked.checks) == [("swapped", "awards[0].collectives")]
    assert checked.checks[0].text_value == [12, 15]


def test_unsupported_count_not_written_anywhere(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    summary = _with_awards(
        ceremony_summary,
        [
            award("Giấy khen", "Chủ tịch UBND huyện Krông Pắc", 12, 15),
            award("Giấy khen", "Giám đốc Công an tỉnh", 3, 7),
            award("Bằng khen", "Bộ Công an", 9),
        ],
    )
    checked = cross_check(ceremony, summary)
    assert kinds(checked.checks) == [("unsupported_number", "awards[2].collectives")]
    assert checked.checks[0].severity is Severity.ERROR


def test_invented_grant_with_a_number_of_the_text_is_doubtful(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    summary = _with_awards(
        ceremony_summary,
        [
            award("Giấy khen", "Chủ tịch UBND huyện Krông Pắc", 12, 15),
            award("Giấy khen", "Giám đốc Công an tỉnh", 3, 7),
            award("Huân chương", "Chủ tịch nước", 3),
        ],
    )
    checked = cross_check(ceremony, summary)
    # 3 is written only as the count of another issuer's grant: the text says it is that
    # grant's figure, which is evidence against this one
    assert kinds(checked.checks) == [("unsupported_number", "awards[2].collectives")]
    assert checked.checks[0].severity is Severity.WARNING
    assert "another grant" in checked.checks[0].message


def test_issuer_changed(ceremony: Article, ceremony_summary: ArticleSummary) -> None:
    summary = _with_awards(
        ceremony_summary,
        [
            award("Giấy khen", "Chủ tịch UBND huyện Krông Pắc", 12, 15),
            award("Giấy khen", "Sở Tư pháp tỉnh", 3, 7),
        ],
    )
    checked = cross_check(ceremony, summary)
    assert kinds(checked.checks) == [("mismatch", "awards[1].issuer")]
    assert checked.checks[0].text_value == "Giám đốc Công an tỉnh"


def test_dropped_grant_is_a_missed_count(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    summary = _with_awards(ceremony_summary, [award("Giấy khen", "Giám đốc Công an tỉnh", 3, 7)])
    checked = cross_check(ceremony, summary)
    assert kinds(checked.checks) == [("missed_count", "awards")]
    finding = checked.checks[0]
    assert finding.severity is Severity.WARNING
    assert finding.text_value == {"collectives": 12, "individuals": 15}
    assert "Krông Pắc" in (finding.quote or "")


def test_count_left_empty_is_a_missed_count(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    summary = _with_awards(
        ceremony_summary,
        [
            award("Giấy khen", "Chủ tịch UBND huyện Krông Pắc", 12),
            award("Giấy khen", "Giám đốc Công an tỉnh", 3, 7),
        ],
    )
    assert kinds(cross_check(ceremony, summary).checks) == [
        ("missed_count", "awards[0].individuals")
    ]


def test_past_honours_are_not_missed_grants() -> None:
    article = make_article(
        "Trong 5 năm qua, 38 tập thể được tặng Bằng khen của UBND tỉnh. "
        "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể."
    )
    summary = make_summary(awards=[award("Bằng khen", "UBND tỉnh", 5)])
    assert cross_check(article, summary).checks == []


TOTALS = (
    "Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 tập thể, cá nhân. "
    "Giám đốc Công an tỉnh tặng giấy khen cho 4 tập thể và 6 cá nhân."
)


def test_total_that_disagrees_with_the_text() -> None:
    summary = make_summary(
        awards=[
            award("Bằng khen", "Chủ tịch UBND tỉnh", t=24),
            award("Giấy khen", "Giám đốc Công an tỉnh", 4, 6),
        ]
    )
    checked = cross_check(make_article(TOTALS), summary)
    assert kinds(checked.checks) == [("total_mismatch", "awards[0].total")]
    assert checked.checks[0].text_value == 25


def test_total_that_is_not_the_sum() -> None:
    summary = make_summary(
        awards=[
            award("Bằng khen", "Chủ tịch UBND tỉnh", t=25),
            award("Giấy khen", "Giám đốc Công an tỉnh", 4, 6, 11),
        ]
    )
    checked = cross_check(make_article(TOTALS), summary)
    assert ("total_mismatch", "awards[1].total") in kinds(checked.checks)


def test_total_equal_to_the_sum_of_the_split_is_accepted() -> None:
    summary = make_summary(
        awards=[
            award("Bằng khen", "Chủ tịch UBND tỉnh", t=25),
            award("Giấy khen", "Giám đốc Công an tỉnh", 4, 6, 10),
        ]
    )
    assert cross_check(make_article(TOTALS), summary).checks == []


def test_named_single_recipient_counts_one() -> None:
    article = make_article("Dịp này, Công an xã Ia Pa được tặng Bằng khen của Bộ Công an.")
    summary = make_summary(
        awards=[award("Bằng khen", "Bộ Công an", 1, recipients=["Công an xã Ia Pa"])]
    )
    assert cross_check(article, summary).checks == []


def test_counts_in_vietnamese_number_words() -> None:
    article = make_article(
        "Tại buổi lễ, Giám đốc Công an tỉnh tặng giấy khen cho sáu tập thể và mười hai cá nhân."
    )
    good = make_summary(awards=[award("Giấy khen", "Giám đốc Công an tỉnh", 6, 12)])
    assert cross_check(article, good).checks == []
    bad = make_summary(awards=[award("Giấy khen", "Giám đốc Công an tỉnh", 6, 13)])
    assert kinds(cross_check(article, bad).checks) == [("mismatch", "awards[0].individuals")]


def test_hand_made_mentions_drive_the_checks() -> None:
    text = "Dịp này, UBND huyện Lắk tặng giấy khen cho 8 tập thể và 14 cá nhân."
    mention = AwardMention(
        type=AwardType.GIAY_KHEN,
        issuer="UBND huyện Lắk",
        collectives=8,
        individuals=14,
        total=None,
        recipients=(),
        start=9,
        end=len(text) - 1,
        quote=text[9:-1],
        count_spans={"collectives": (43, 44), "individuals": (55, 57)},
        at_event=True,
    )
    article = make_article(text)
    wrong = make_summary(awards=[award("Giấy khen", "UBND huyện Lắk", 8, 41)])
    assert kinds(run_checks(article, wrong, mentions=[mention], stats=[]).checks) == [
        ("mismatch", "awards[0].individuals")
    ]
    # with no clause at all, the same award is only number-checked: 8 is written and
    # nothing says it is anything else (a note), 41 is nowhere (wrong)
    found = run_checks(article, wrong, mentions=[], stats=[]).checks
    assert [(f.kind.value, f.path, f.severity.value) for f in found] == [
        ("unsupported_number", "awards[0].collectives", "info"),
        ("unsupported_number", "awards[0].individuals", "error"),
    ]


def test_award_without_counts_from_an_issuer_the_text_never_names() -> None:
    article = make_article(
        "Tại hội nghị, các tập thể, cá nhân có thành tích cao đã nhận Bằng khen của Công an tỉnh "
        "và Giấy khen của UBND huyện."
    )
    good = make_summary(
        awards=[award("Bằng khen", "Công an tỉnh"), award("Giấy khen", "UBND huyện")]
    )
    assert cross_check(article, good).checks == []
    bad = make_summary(
        awards=[award("Bằng khen", "Bộ Quốc phòng"), award("Giấy khen", "UBND huyện")]
    )
    checked = cross_check(article, bad)
    assert kinds(checked.checks) == [("mismatch", "awards[0].issuer")]
    assert checked.checks[0].severity is Severity.WARNING
    assert checked.checks[0].text_value == ["Công an tỉnh"]


def test_issuer_with_words_the_article_never_writes(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    summary = _with_awards(
        ceremony_summary,
        [
            award("Giấy khen", "Chủ tịch UBND huyện Krông Pắc", 12, 15),
            award("Giấy khen", "Giám đốc Công an tỉnh Đắk Lắk", 3, 7),  # province inferred
        ],
    )
    checked = cross_check(ceremony, summary)
    assert kinds(checked.checks) == [("mismatch", "awards[1].issuer")]
    assert checked.checks[0].severity is Severity.WARNING
    assert "đăk lăk" in checked.checks[0].message.replace("ắ", "ă")


def _clause(
    text: str, part: str, type_: AwardType, issuer: str | None, **counts: object
) -> AwardMention:
    """A hand-made grant clause over ``part`` of ``text``."""
    start = text.index(part)
    return AwardMention(
        type=type_,
        issuer=issuer,
        collectives=counts.get("c"),  # type: ignore[arg-type]
        individuals=counts.get("i"),  # type: ignore[arg-type]
        total=counts.get("t"),  # type: ignore[arg-type]
        recipients=tuple(counts.get("r", ())),  # type: ignore[arg-type]
        start=start,
        end=start + len(part),
        quote=part,
        at_event=True,
    )


def test_a_clause_total_read_as_the_one_kind_of_recipient_is_accepted() -> None:
    text = (
        "Sáng 3/3, Bộ Chỉ huy Quân sự tỉnh Phú Yên tổ chức lễ kỷ niệm ngày truyền thống. "
        "Thừa ủy quyền của Chủ tịch nước, Đại tá Lê Văn Hòa đã trao 12 Huân chương Bảo vệ Tổ "
        "quốc cho các nguyên chỉ huy của đơn vị."
    )
    article = make_article(text)
    good = make_summary(awards=[award("Huân chương", "Chủ tịch nước", None, 12)])
    assert cross_check(article, good).checks == []
    bad = make_summary(awards=[award("Huân chương", "Chủ tịch nước", None, 14)])
    found = kinds(cross_check(article, bad).checks)
    # the clause's 12 is read as individuals (mismatch) or as its total (unsupported): caught
    assert {
        ("mismatch", "awards[0].individuals"),
        ("unsupported_number", "awards[0].individuals"),
    } & set(found)


def test_a_grant_written_once_with_its_issuer_and_once_with_its_figures_is_one_grant() -> None:
    text = (
        "Chiều 5/3, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức lễ kỷ niệm, trao Kỷ niệm chương "
        "cho 45 cá nhân.\n\nThừa ủy quyền Bộ Tư lệnh Bộ đội Biên phòng, lãnh đạo Bộ Chỉ huy trao "
        "Kỷ niệm chương Vì chủ quyền an ninh biên giới quốc gia cho các cá nhân."
    )
    figures = _clause(
        text, "trao Kỷ niệm chương cho 45 cá nhân", AwardType.KY_NIEM_CHUONG, None, i=45
    )
    issuer = _clause(
        text,
        "Thừa ủy quyền Bộ Tư lệnh Bộ đội Biên phòng, lãnh đạo Bộ Chỉ huy trao Kỷ niệm chương",
        AwardType.KY_NIEM_CHUONG,
        "Bộ Tư lệnh Bộ đội Biên phòng",
    )
    article = make_article(text)
    good = make_summary(awards=[award("Kỷ niệm chương", "Bộ Tư lệnh Bộ đội Biên phòng", None, 45)])
    assert run_checks(article, good, mentions=[figures, issuer], stats=[]).checks == []
    bad = make_summary(awards=[award("Kỷ niệm chương", "Bộ Tư lệnh Bộ đội Biên phòng", None, 47)])
    found = run_checks(article, bad, mentions=[figures, issuer], stats=[]).checks
    assert ("unsupported_number", "awards[0].individuals") in kinds(found)


def test_a_bare_commendation_gives_the_figures_of_the_award_its_issuer_names_elsewhere() -> None:
    text = (
        "Sáng 8/3, Hội Liên hiệp Phụ nữ huyện Lạc Dương tổ chức hội nghị tổng kết. Nhân dịp này, "
        "UBND huyện Lạc Dương đã khen thưởng cho 6 tập thể, 9 cá nhân có thành tích xuất sắc.\n\n"
        "Lãnh đạo huyện Lạc Dương tặng giấy khen cho các tập thể, cá nhân có thành tích xuất sắc."
    )
    article = make_article(text)
    good = make_summary(awards=[award("Giấy khen", "UBND huyện Lạc Dương", 6, 9)])
    assert cross_check(article, good).checks == []
    bad = make_summary(awards=[award("Giấy khen", "UBND huyện Lạc Dương", 6, 19)])
    found = set(kinds(cross_check(article, bad).checks))
    # the commendation's 9 is read as its individuals (mismatch) or not at all (unsupported)
    assert {
        ("mismatch", "awards[0].individuals"),
        ("unsupported_number", "awards[0].individuals"),
    } & found


def test_a_restatement_without_issuer_or_in_the_headline_is_not_a_missed_grant() -> None:
    text = (
        "Công an tỉnh Hà Giang đón nhận Huân chương Chiến công hạng Ba\n\n"
        "Sáng 2/9, Công an tỉnh Hà Giang tổ chức lễ đón nhận Huân chương Chiến công hạng Ba. "
        "Chủ tịch nước tặng thưởng Huân chương Chiến công hạng Ba cho Công an tỉnh Hà Giang."
    )
    headline = _clause(
        text, "Công an tỉnh Hà Giang đón nhận Huân chương", AwardType.HUAN_CHUONG, "Hà Giang", c=1
    )
    body = _clause(
        text,
        "Chủ tịch nước tặng thưởng Huân chương Chiến công hạng Ba cho Công an tỉnh Hà Giang",
        AwardType.HUAN_CHUONG,
        "Chủ tịch nước",
        c=1,
    )
    bare = _clause(
        text, "lễ đón nhận Huân chương Chiến công hạng Ba", AwardType.HUAN_CHUONG, None, c=1
    )
    article = make_article(
        text, title="Công an tỉnh Hà Giang đón nhận Huân chương Chiến công hạng Ba"
    )
    summary = make_summary(awards=[award("Huân chương", "Chủ tịch nước", 1, None)])
    checked = run_checks(article, summary, mentions=[headline, bare, body], stats=[])
    assert checked.checks == []
    dropped = make_summary(awards=[])
    found = run_checks(article, dropped, mentions=[headline, bare, body], stats=[]).checks
    assert ("missed_count", "awards") in kinds(found)


def test_a_recipient_named_inside_a_counted_grant_is_not_a_missed_grant() -> None:
    text = (
        "Sáng 4/4, Trung ương Hội Cựu chiến binh Việt Nam tổ chức hội nghị. Hội Cựu chiến binh "
        "tỉnh Bến Tre nhận Cờ thi đua. Cụ thể: 12 đơn vị được nhận cờ thi đua của Trung ương "
        "Hội Cựu chiến binh Việt Nam (trong đó có Hội Cựu chiến binh Bến Tre)."
    )
    summary = make_summary(
        awards=[
            award(
                "Cờ thi đua",
                "Trung ương Hội Cựu chiến binh Việt Nam",
                12,
                None,
                recipients=["Hội Cựu chiến binh Bến Tre"],
            )
        ]
    )
    assert cross_check(make_article(text), summary).checks == []


def test_a_recipient_the_text_names_in_another_clause_of_the_grant_is_no_mismatch() -> None:
    text = (
        "Sáng 19/8, Bộ Công an tổ chức lễ kỷ niệm. Chủ tịch nước tặng Huân chương Sao Vàng cho "
        "Bộ Công an. Tổng Bí thư trao Huân chương Sao Vàng tặng lực lượng Công an nhân dân."
    )
    named = _clause(
        text,
        "Chủ tịch nước tặng Huân chương Sao Vàng cho Bộ Công an",
        AwardType.HUAN_CHUONG,
        "Chủ tịch nước",
        c=1,
        r=("Bộ Công an",),
    )
    handed = _clause(
        text,
        "Tổng Bí thư trao Huân chương Sao Vàng tặng lực lượng Công an nhân dân",
        AwardType.HUAN_CHUONG,
        None,
    )
    article = make_article(text)
    good = make_summary(
        awards=[
            award(
                "Huân chương", "Chủ tịch nước", 1, None, recipients=["lực lượng Công an nhân dân"]
            )
        ]
    )
    assert run_checks(article, good, mentions=[named, handed], stats=[]).checks == []
    wrong = make_summary(
        awards=[award("Huân chương", "Chủ tịch nước", 1, None, recipients=["Công an tỉnh Lào Cai"])]
    )
    found = run_checks(article, wrong, mentions=[named, handed], stats=[]).checks
    assert ("mismatch", "awards[0].recipients") in kinds(found)


def test_an_issuer_foreign_to_the_article_is_caught_on_a_clause_without_issuer() -> None:
    text = (
        "Sáng 6/1, Công an huyện Đắk Mil tổ chức hội nghị tổng kết. Tại hội nghị đã khen "
        "thưởng 9 tập thể, 14 cá nhân có thành tích xuất sắc."
    )
    article = make_article(text)
    good = make_summary(awards=[award("Khác", None, 9, 14)])
    assert cross_check(article, good).checks == []
    foreign = make_summary(awards=[award("Khác", "Sở Tư pháp tỉnh Kon Tum", 9, 14)])
    assert ("mismatch", "awards[0].issuer") in kinds(cross_check(article, foreign).checks)


def test_an_issuer_written_only_far_from_a_clause_without_issuer_is_doubtful() -> None:
    text = (
        "Sáng 6/1, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết. Đại diện Bộ Quốc phòng "
        "dự và phát biểu.\n\nTại hội nghị đã khen thưởng 9 tập thể, 14 cá nhân có thành tích "
        "xuất sắc."
    )
    article = make_article(text)
    far = make_summary(awards=[award("Khác", "Bộ Quốc phòng", 9, 14)])
    found = cross_check(article, far).checks
    assert [(f.kind.value, f.path, f.severity) for f in found] == [
        ("mismatch", "awards[0].issuer", Severity.WARNING)
    ]
    near = make_article(text.replace("Tại hội nghị đã", "Tại hội nghị, Bộ Quốc phòng đã"))
    assert ("mismatch", "awards[0].issuer") not in kinds(cross_check(near, far).checks)


def test_a_clause_the_summary_reports_as_statistics_is_not_a_missed_grant() -> None:
    # a decision reported without a ceremony: its counts are statistics (FORMAT.md)
    text = (
        "UBND tỉnh vừa ban hành quyết định tặng bằng khen của Chủ tịch UBND tỉnh cho 14 tập thể "
        "và 19 cá nhân có thành tích trong công tác dân vận."
    )
    summary = make_summary(
        statistics=[
            {"label": "tập thể được tặng bằng khen của Chủ tịch UBND tỉnh", "value": 14},
            {"label": "cá nhân được tặng bằng khen của Chủ tịch UBND tỉnh", "value": 19},
        ]
    )
    found = cross_check(make_article(text), summary).checks
    assert ("missed_count", "awards") not in kinds(found)
    # a statistic labelled as another fact does not account for the decision's count: flagged
    other = make_summary(
        statistics=[
            {"label": "tổ tự quản", "value": 14},
            {"label": "cá nhân được tặng bằng khen của Chủ tịch UBND tỉnh", "value": 19},
        ]
    )
    found = kinds(cross_check(make_article(text), other).checks)
    assert ("unsupported_number", "statistics[0].value") in found
    assert ("missed_count", "awards") not in found  # a decision grants nothing at an event


def test_a_total_summing_another_clause_of_the_grant_is_the_same_grant() -> None:
    text = (
        "Tặng bằng khen cho 30 tập thể và cá nhân\n\nSáng 4/5, UBND tỉnh tổ chức hội nghị. Dịp "
        "này, Chủ tịch UBND tỉnh tặng bằng khen cho 12 tập thể và 18 cá nhân."
    )
    summary = make_summary(awards=[award("Bằng khen", "Chủ tịch UBND tỉnh", 12, 18)])
    found = run_checks(make_article(text), summary).checks
    assert ("missed_count", "awards") not in kinds(found)


def test_a_grant_without_figures_of_a_type_the_summary_lacks_is_missed() -> None:
    text = (
        "Sáng 2/9, Công an tỉnh Hà Giang tổ chức lễ kỷ niệm. Tại buổi lễ, Chủ tịch nước trao "
        "Huân chương Chiến công hạng Nhất cho các cán bộ, chiến sĩ có thành tích xuất sắc."
    )
    article = make_article(text)
    event = {"date": "2024-09-02", "kinds": ["khác"]}
    found = cross_check(article, make_summary(event=event)).checks
    assert ("missed_count", "awards") in kinds(found)
    # a proposal is no grant, and a text reporting no meeting only reports a decision
    proposal = make_article(text.replace("Chủ tịch nước trao", "Công an tỉnh đề nghị xét tặng"))
    assert ("missed_count", "awards") not in kinds(
        cross_check(proposal, make_summary(event=event)).checks
    )
    assert ("missed_count", "awards") not in kinds(cross_check(article, make_summary()).checks)


def test_an_award_adding_up_clauses_as_the_extractor_does_is_supported() -> None:
    text = (
        "Sáng 5/9, Công an tỉnh Lạng Sơn tổ chức lễ kỷ niệm. Tại buổi lễ, Công an tỉnh Lạng Sơn "
        "đón nhận Huân chương Chiến công hạng Nhì. Đại tá Hoàng Văn Bình, Giám đốc Công an tỉnh "
        "Lạng Sơn được trao tặng Huân chương Quân công hạng Ba. Bốn tập thể và 6 cá nhân thuộc "
        "Công an tỉnh Lạng Sơn được tặng thưởng Huân chương Chiến công hạng Ba."
    )
    article = make_article(text)
    summed = make_summary(awards=[award("Huân chương", None, 5, 7)])
    assert cross_check(article, summed).checks == []
    # a figure the clauses do not add up to is still caught
    wrong = make_summary(awards=[award("Huân chương", None, 5, 9)])
    assert cross_check(article, wrong).checks != []


def _severities(found: list[Finding], path: str) -> set[Severity]:
    return {f.severity for f in found if f.path == path or f.path.startswith(path + ".")}


UNREAD = (
    "Sáng 9/4, Công an huyện Tân Hòa tổ chức hội nghị sơ kết quý I. Nhân dịp này, xã Tân "
    "Thạnh vinh dự được Bộ Công an tặng cờ đơn vị xuất sắc trong phong trào. Cũng tại hội "
    "nghị, Khoa Cấp cứu Bệnh viện huyện được Giám đốc Sở Y tế khen thưởng đột xuất vì thành "
    "tích cứu chữa người bệnh. Dịp này, 3 tập thể, 8 cá nhân tiêu bi"
)


def test_an_award_written_in_one_sentence_the_finder_does_not_read_is_no_warning() -> None:
    article = make_article(UNREAD)
    summary = make_summary(
        awards=[
            award("Cờ thi đua", "Bộ Công an", 1, None, recipients=["xã Tân Thạnh"]),
            award("Khác", "Giám đốc Sở Y tế", 1, None, recipients=["Khoa Cấp cứu"]),
            award("Khác", None, 3, 8),
        ]
    )
    found = cross_check(article, summary).checks
    for i in range(3):
        assert _severities(found, f"awards[{i}]") <= {Severity.INFO}, found


def test_an_award_the_sentence_does_not_bear_out_is_still_reported() -> None:
    article = make_article(UNREAD)
    wrong = make_summary(
        awards=[
            # an issuer the text never writes
            award("Cờ thi đua", "Bộ Quốc phòng", 1, None, recipients=["xã Tân Thạnh"]),
            # collectives and individuals exchanged
            award("Khác", None, 8, 3),
            # an issuer written in another sentence than the recipient
            award("Khác", "Bộ Công an", 1, None, recipients=["Khoa Cấp cứu"]),
        ]
    )
    found = cross_check(article, wrong).checks
    for i in range(3):
        assert _severities(found, f"awards[{i}]") & {Severity.WARNING, Severity.ERROR}, i


def _worst(found: list[Finding], path: str) -> Severity | None:
    order = [Severity.INFO, Severity.WARNING, Severity.ERROR]
    hit = [order.index(f.severity) for f in found if f.path == path]
    return order[max(hit)] if hit else None


def test_a_count_read_from_one_named_recipient_may_be_left_empty() -> None:
    for text in (
        "Sáng 3/1, Sở Y tế tổ chức hội nghị tổng kết. Tại hội nghị, Bộ trưởng Bộ Y tế trao Cờ "
        "thi đua của Chính phủ cho Bệnh viện Đa khoa tỉnh.",
        "Chiều 20/12, Bệnh viện Đa khoa tỉnh được Chính phủ tặng Cờ thi đua tại hội nghị.",
    ):
        summary = make_summary(
            awards=[award("Cờ thi đua", "Chính phủ", recipients=["Bệnh viện Đa khoa tỉnh"])]
        )
        found = cross_check(make_article(text), summary).checks
        assert _worst(found, "awards[0].collectives") in (None, Severity.INFO), found
    # a count the text writes is still missed
    written = "Tại hội nghị, Chính phủ tặng Cờ thi đua cho 3 tập thể xuất sắc."
    found = cross_check(
        make_article(written), make_summary(awards=[award("Cờ thi đua", "Chính phủ")])
    )
    assert _worst(found.checks, "awards[0].collectives") is Severity.WARNING


def test_figures_shared_by_a_list_of_kinds_of_award_may_be_left_empty() -> None:
    text = (
        "Sáng 6/6, Công an tỉnh tổ chức hội nghị. Dịp này, UBND tỉnh, Giám đốc Công an tỉnh đã "
        "tặng cờ, bằng khen, giấy khen cho 9 tập thể và 14 cá nhân có thành tích xuất sắc."
    )
    summary = make_summary(awards=[award("Giấy khen", "UBND tỉnh, Giám đốc Công an tỉnh")])
    found = cross_check(make_article(text), summary).checks
    for name in ("collectives", "individuals"):
        assert _worst(found, f"awards[0].{name}") in (None, Severity.INFO), found
    alone = text.replace("cờ, bằng khen, giấy khen", "giấy khen")
    found = cross_check(make_article(alone), summary).checks
    assert _worst(found, "awards[0].collectives") is Severity.WARNING


def test_a_count_written_in_the_clause_that_the_finder_did_not_read_is_supported() -> None:
    for clause in (
        "UBND xã khen thưởng 6 tập thể 11 các nhân có thành tích",
        "UBND xã khen thưởng 6 tập thể, 11 cá  nhấn có thành tích",
    ):
        text = f"Tối 2/9, xã Hòa Phú tổ chức Ngày hội. Dịp này, {clause}."
        summary = make_summary(awards=[award("Khác", "UBND xã", 6, 11)])
        found = cross_check(make_article(text), summary).checks
        assert _worst(found, "awards[0].individuals") in (None, Severity.INFO), found
        # a figure the clause does not write is still unsupported
        wrong = make_summary(awards=[award("Khác", "UBND xã", 6, 12)])
        found = cross_check(make_article(text), wrong).checks
        assert _worst(found, "awards[0].individuals") in (Severity.WARNING, Severity.ERROR)


def test_a_number_inside_a_name_in_the_clause_is_no_count() -> None:
    text = (
        "Chiều 8/3, Ủy ban MTTQ tỉnh tổ chức hội nghị. Bà Lê Thị Hoa, Trưởng ban công tác Mặt "
        "trận khu phố 2, phường An Lạc được tặng bằng khen của Ủy ban MTTQ tỉnh."
    )
    summary = make_summary(awards=[award("Bằng khen", "Ủy ban MTTQ tỉnh", None, 2)])
    found = cross_check(make_article(text), summary).checks
    assert _worst(found, "awards[0].individuals") in (Severity.WARNING, Severity.ERROR)


def test_a_class_number_in_the_clause_is_no_count() -> None:
    text = (
        "Sáng 5/5, Sở Lao động tổ chức lễ. Dịp này, tặng Huân chương Lao động hạng 3 đối với "
        "Trung tâm Dịch vụ việc làm tỉnh."
    )
    summary = make_summary(
        awards=[award("Huân chương", None, 3, recipients=["Trung tâm Dịch vụ việc làm tỉnh"])]
    )
    found = cross_check(make_article(text), summary).checks
    assert _worst(found, "awards[0].collectives") in (Severity.WARNING, Severity.ERROR), found


def test_an_award_counting_the_names_its_clause_lists_is_supported() -> None:
    text = (
        "Sáng 15/1, Công an tỉnh tổ chức hội nghị. Giám đốc Công an tỉnh trao Bằng khen của Bộ "
        "trưởng Bộ Công an cho thiếu tá Lê Văn Tâm, Đội trưởng Đội Cảnh sát hình sự và đại úy "
        "Trần Thị Hoa, cán bộ Phòng Tham mưu."
    )
    names = ["Lê Văn Tâm", "Trần Thị Hoa"]
    issuer = "Bộ trưởng Bộ Công an"
    summary = make_summary(awards=[award("Bằng khen", issuer, None, 2, recipients=names)])
    found = cross_check(make_article(text), summary).checks
    assert _worst(found, "awards[0].individuals") in (None, Severity.INFO), found
    wrong = make_summary(awards=[award("Bằng khen", issuer, None, 3, recipients=names)])
    found = cross_check(make_article(text), wrong).checks
    assert _worst(found, "awards[0].individuals") in (Severity.WARNING, Severity.ERROR)


def test_a_count_adding_another_figure_of_its_sentence_is_a_note() -> None:
    text = (
        "Sáng 30/5, UBND tỉnh tổ chức lễ tuyên dương. Tại buổi lễ, 35 học sinh đoạt giải quốc "
        "gia; 12 giáo viên bồi dưỡng học sinh giỏi đã được trao Bằng khen của Chủ tịch UBND tỉnh."
    )
    issuer = "Chủ tịch UBND tỉnh"
    summed = make_summary(awards=[award("Bằng khen", issuer, None, 47)])
    found = cross_check(make_article(text), summed).checks
    assert _worst(found, "awards[0].individuals") in (None, Severity.INFO), found
    wrong = make_summary(awards=[award("Bằng khen", issuer, None, 50)])
    found = cross_check(make_article(text), wrong).checks
    assert _worst(found, "awards[0].individuals") is Severity.ERROR


def test_an_issuer_written_only_for_another_kind_of_grant_is_doubtful() -> None:
    text = (
        "Sáng 2/9, Công an tỉnh Hà Nam tổ chức lễ kỷ niệm. Tại buổi lễ, Chủ tịch nước tặng "
        "Huân chương Chiến công hạng Ba cho Công an tỉnh Hà Nam.\n\n"
        "Cũng tại buổi lễ, trao bằng khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc."
    )
    summary = make_summary(awards=[award("Bằng khen", "Chủ tịch nước", 12, 20)])
    found = cross_check(make_article(text), summary).checks
    assert _worst(found, "awards[0].issuer") is Severity.WARNING


def test_an_issuer_written_in_another_sentence_granting_the_same_kind_is_near() -> None:
    for grant in (
        "Tại hội nghị, Ban Thường trực Ủy ban MTTQ huyện đã tuyên dương, khen thưởn",
        "Ban Thường trực Ủy ban MTTQ huyện biểu dương các trưởng ban tiêu biểu.",
        "Các trưởng ban được Ban Thường trực Ủy ban MTTQ huyện tuyên dương dịp này.",
    ):
        text = (
            "Tuyên dương 19 trưởng ban công tác mặt trận tiêu biểu\n\n"
            "Sáng 10/11, huyện Phú Ninh tổ chức hội nghị tổng kết giai đoạn 2019 - 2023.\n\n"
            f"{grant}"
        )
        issuer = "Ban Thường trực Ủy ban MTTQ huyện"
        summary = make_summary(awards=[award("Khác", issuer, None, 19)])
        found = cross_check(make_article(text, title="t"), summary).checks
        assert _worst(found, "awards[0].issuer") in (None, Severity.INFO), (grant, found)


def test_a_grant_told_again_in_part_is_not_missed() -> None:
    for again in (
        "Trong số 80 cá nhân được tuyên dương nói trên, có nhà báo Lê Văn Nam.",
        "80 cá nhân được tuyên dương đều là đoàn viên tiêu biểu.",
        "Trong 20 tập thể được tuyên dương có 5 chi đoàn cơ sở.",
    ):
        text = (
            "Sáng 26/3, Tỉnh đoàn tổ chức lễ kỷ niệm. Dịp này, Tỉnh đoàn đã tuyên dương 20 tập "
            f"thể và 80 cá nhân. {again}"
        )
        summary = make_summary(awards=[award("Khác", "Tỉnh đoàn", 20, 80)])
        found = cross_check(make_article(text), summary).checks
        assert ("missed_count", "awards") not in kinds(found), (again, found)
    # another grant of other figures is still missed
    text = (
        "Sáng 26/3, Tỉnh đoàn tổ chức lễ kỷ niệm. Dịp này, Tỉnh đoàn đã tuyên dương 20 tập "
        "thể và 80 cá nhân. Hội đồng Đội tỉnh tuyên dương 15 cá nhân."
    )
    summary = make_summary(awards=[award("Khác", "Tỉnh đoàn", 20, 80)])
    assert ("missed_count", "awards") in kinds(cross_check(make_article(text), summary).checks)


def test_a_sentence_part_of_another_grant_does_not_bear_out_an_award() -> None:
    text = (
        "Sáng 9/4, Công an huyện tổ chức hội nghị. Nhân dịp này, xã Tân Thạnh vinh dự được "
        "Bộ Công an tặng cờ đơn vị xuất sắc; UBND huyện khen thưởng 5 tập thể của xã Tân Thạnh."
    )
    right = make_summary(
        awards=[award("Cờ thi đua", "Bộ Công an", 1, None, recipients=["xã Tân Thạnh"])]
    )
    found = cross_check(make_article(text), right).checks
    assert _severities(found, "awards[0]") <= {Severity.INFO}, found
    # the issuer of the other part of the sentence, with no flag in its part
    wrong = make_summary(
        awards=[award("Cờ thi đua", "UBND huyện", 1, None, recipients=["xã Tân Thạnh"])]
    )
    found = cross_check(make_article(text), wrong).checks
    assert _severities(found, "awards[0]") & {Severity.WARNING, Severity.ERROR}, found


def test_two_awards_telling_one_grant_while_another_issuers_grant_is_left_are_doubtful() -> None:
    text = (
        "Sáng 8/1, Công an tỉnh tổ chức hội nghị tổng kết. Thừa ủy quyền của Bộ trưởng Bộ Công "
        "an, Phó Giám đốc Công an tỉnh trao Bằng khen của Bộ Công an tặng các tập thể có thành "
        "tích xuất sắc.\n\nThừa ủy quyền của Chủ tịch UBND tỉnh, Phó Giám đốc Công an tỉnh trao "
        "Bằng khen của UBND tỉnh tặng các tập thể và cá nhân có thành tích xuất sắc."
    )
    right = make_summary(awards=[award("Bằng khen", "Bộ Công an"), award("Bằng khen", "UBND tỉnh")])
    found = cross_check(make_article(text), right).checks
    assert [f for f in found if f.path.startswith("awards") and f.severity != Severity.INFO] == []
    wrong = make_summary(awards=[award("Bằng khen", "UBND tỉnh"), award("Bằng khen", "UBND tỉnh")])
    found = cross_check(make_article(text), wrong).checks
    assert ("mismatch", "awards[0].issuer") in kinds(found)
    # one grant told twice where the text has no other issuer's grant: nothing to say of issuers
    alone = text.split("\n\n")[1]
    found = cross_check(make_article(alone), wrong).checks
    assert ("mismatch", "awards[0].issuer") not in kinds(found)


def _missed(found: list[Finding]) -> set[Severity]:
    return {f.severity for f in found if (f.kind.value, f.path) == ("missed_count", "awards")}


def test_a_grant_dated_to_another_year_than_the_meeting_is_only_a_note_when_left_out() -> None:
    event = {
        "date": "2017-12-21",
        "kinds": ["tổng kết"],
        "review_period": {"start": 2017, "end": 2017},
    }
    opening = "Sáng 21/12, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2017.\n\n"
    for grant, expected in (
        ("Các hợp tác xã được Chủ tịch UBND tỉnh tặng Bằng khen hồi năm 2015", Severity.INFO),
        (
            "Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 9 tập thể vì thành tích năm 2012.",
            Severity.INFO,
        ),
        ("Năm 2014, Chủ tịch UBND tỉnh tặng bằng khen cho 9 tập thể xuất sắc.", Severity.INFO),
        # the meeting's year, but neither handed over nor placed at the event: a note only
        ("Các trường tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh năm 2017", Severity.INFO),
        (
            "Dịp này, các trường tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh năm 2017",
            Severity.WARNING,
        ),
        ("Ông Lê Văn Hòa trao Bằng khen của Chủ tịch UBND tỉnh cho các đơn vị", Severity.WARNING),
        ("Nhiều năm, trường đón nhận Bằng khen của Chủ tịch UBND tỉnh năm 2017", Severity.WARNING),
        (
            "Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 9 tập thể vì thành tích năm 2017.",
            Severity.WARNING,
        ),
        ("Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 9 tập thể xuất sắc.", Severity.WARNING),
    ):
        found = cross_check(make_article(opening + grant), make_summary(event=event)).checks
        assert _missed(found) in (set(), {expected}), (grant, found)
        if expected is Severity.WARNING:
            assert _missed(found) == {Severity.WARNING}, grant


def test_the_last_years_merit_rewarded_at_the_meeting_dates_no_past_honour() -> None:
    event = {"date": "2024-02-27", "kinds": ["tổng kết"]}
    opening = "Sáng 27/2, UBND huyện tổ chức hội nghị tổng kết phong trào thi đua.\n\n"
    for grant, expected in (
        (
            "Nhân dịp này, UBND huyện khen thưởng 4 tập thể có nhiều đóng góp cho "
            "phong trào xây dựng nông thôn mới năm 2023.",
            Severity.WARNING,
        ),
        (
            "Hội nghị đã trao giấy khen của UBND huyện cho 6 cá nhân tiêu biểu năm 2023.",
            Severity.WARNING,
        ),
        (
            "12 tập thể được UBND huyện tặng giấy khen vì dẫn đầu phong trào thi đua 2023.",
            Severity.WARNING,
        ),
        # near misses: the year dates the grant itself, or lies further back
        ("Các đơn vị được UBND huyện tặng giấy khen năm 2023 cho 5 tập thể.", Severity.INFO),
        (
            "Dịp này, UBND huyện khen thưởng 4 tập thể có thành tích trong phong trào năm 2020.",
            Severity.INFO,
        ),
    ):
        found = cross_check(make_article(opening + grant), make_summary(event=event)).checks
        assert _missed(found) in (set(), {expected}), (grant, found)
        if expected is Severity.WARNING:
            assert _missed(found) == {Severity.WARNING}, grant


def test_a_number_of_a_date_does_not_bear_out_an_unread_award() -> None:
    text = (
        "Ngày 17/4, Khoa Cấp cứu Bệnh viện tỉnh cũng được Giám đốc Sở Y tế khen thưởng đột "
        "xuất vì thành tích cứu chữa người bệnh."
    )
    for value, worst in ((1, {Severity.INFO}), (4, {Severity.WARNING}), (17, {Severity.WARNING})):
        summary = make_summary(
            awards=[award("Khác", "Giám đốc Sở Y tế", value, None, recipients=["Khoa Cấp cứu"])]
        )
        found = cross_check(make_article(text), summary).checks
        assert _severities(found, "awards[0]") == worst, (value, found)


def test_a_count_taken_into_the_awards_total_may_be_left_out_of_the_split() -> None:
    text = (
        "Sáng 12/10, Bộ Công Thương tổ chức lễ tôn vinh. Dịp này, Bộ Công Thương tuyên dương "
        "40 cá nhân tiêu biểu và các doanh nghiệp xuất sắc."
    )
    for total, worst in ((65, Severity.INFO), (40, Severity.INFO), (30, Severity.WARNING)):
        summary = make_summary(awards=[award("Khác", "Bộ Công Thương", t=total)])
        found = cross_check(make_article(text), summary).checks
        assert _worst(found, "awards[0].individuals") is worst, (total, found)


def test_an_issuer_of_another_kind_of_grant_in_the_same_paragraph_does_not_fit() -> None:
    text = (
        "Sáng 19/8, Công an tỉnh Nam Định tổ chức lễ kỷ niệm. Dịp này, Chủ tịch UBND tỉnh tặng "
        "Bằng khen cho 9 tập thể. Tại buổi lễ, trao Huân chương Bảo vệ Tổ quốc hạng Ba cho 3 "
        "cá nhân có thành tích xuất sắc."
    )
    borrowed = make_summary(
        awards=[
            award("Bằng khen", "Chủ tịch UBND tỉnh", 9),
            award("Huân chương", "Chủ tịch UBND tỉnh", None, 3),
        ]
    )
    found = cross_check(make_article(text), borrowed).checks
    assert _worst(found, "awards[1].issuer") is Severity.WARNING
    # the same issuer written for this grant in another sentence of the paragraph fits
    own = text.replace(
        "Tại buổi lễ, trao", "Chủ tịch UBND tỉnh cũng đề cao thành tích. Tại buổi lễ, trao"
    )
    found = cross_check(make_article(own), borrowed).checks
    assert _worst(found, "awards[1].issuer") is None, found


def test_the_clauses_other_count_is_no_more_of_the_same_kind() -> None:
    text = (
        "Sáng 4/4, UBND huyện tổ chức hội nghị. Dịp này, Chủ tịch UBND huyện tặng giấy khen "
        "cho 8 tập thể và 5 cá nhân có thành tích xuất sắc."
    )
    summary = make_summary(awards=[award("Giấy khen", "Chủ tịch UBND huyện", 13, 5)])
    found = cross_check(make_article(text), summary).checks
    assert _worst(found, "awards[0].collectives") is Severity.ERROR, found


@pytest.mark.parametrize(
    ("text", "is_award"),
    [
        ("Hội nghị tặng cờ Đơn vị dẫn đầu cho Công an xã", True),
        ("được tặng cờ thi đua của UBND tỉnh", True),
        ("Buổi lễ bắt đầu bằng nghi thức chào cờ", False),
        ("trao cờ truyền thống cho đoàn viên", False),
        ("treo cờ Tổ quốc trước cổng", False),
    ],
)
def test_a_flag_that_is_no_award_is_no_honour_word_of_a_co_thi_dua(
    text: str, is_award: bool
) -> None:
    from tomtat.check.awards import _HONOUR_WORDS

    assert bool(_HONOUR_WORDS[AwardType.CO_THI_DUA].search(text)) is is_award


LISTED = (
    "Chiều 12/10, Hội Nông dân tỉnh tổ chức lễ kỷ niệm ngày thành lập. Tại buổi lễ, thừa ủy "
    "quyền của Chủ tịch nước, lãnh đạo tỉnh trao Huân chương Lao động hạng Nhì cho 2 cá nhân; "
    "Huân chương Lao động hạng Ba cho 4 tập thể; Huân chương Hữu nghị cho 3 tập thể, 5 cá nhân. "
    "Dịp này, UBND tỉnh tặng Bằng khen cho 9 tập thể và 14 cá nhân."
)


@pytest.mark.parametrize(
    ("collectives", "individuals"),
    [(7, 7), (4, 2), (7, 5)],  # the whole list, its first two items, its last two items
)
def test_an_award_adding_up_a_sentences_list_of_grants_of_its_kind_is_supported(
    collectives: int, individuals: int
) -> None:
    summary = make_summary(
        event={"date": "2025-10-12", "kinds": ["khác"]},
        awards=[
            award("Huân chương", "Chủ tịch nước", collectives, individuals),
            award("Bằng khen", "UBND tỉnh", 9, 14),
        ],
    )
    found = cross_check(make_article(LISTED), summary).checks
    alarms = [f for f in found if f.severity is not Severity.INFO]
    covered = (collectives, individuals) == (7, 7)
    # items the award leaves out of its sum are grants the summary misses
    assert all(f.kind.value == "missed_count" for f in alarms) and (not alarms) == covered


@pytest.mark.parametrize(
    ("collectives", "individuals"),
    [(8, 7), (7, 10), (16, 21)],  # one more, the other kind summed wrong, across two kinds
)
def test_figures_no_run_of_the_list_adds_up_to_are_still_caught(
    collectives: int, individuals: int
) -> None:
    summary = make_summary(
        event={"date": "2025-10-12", "kinds": ["khác"]},
        awards=[award("Huân chương", "Chủ tịch nước", collectives, individuals)],
    )
    found = cross_check(make_article(LISTED), summary).checks
    assert any(
        f.path.startswith("awards[0].") and f.severity is not Severity.INFO for f in found
    ), found


HONOURED = (
    "Hơn 120 học sinh giỏi được tuyên dương\n\n"
    "Sáng 3/6, Sở Giáo dục và Đào tạo gặp mặt, biểu dương các em học sinh giỏi. Tại buổi "
    "lễ, 14 học sinh đạt giải quốc gia được nhận bằng khen của UBND tỉnh; 105 học sinh đạt "
    "giải cấp tỉnh được Sở Giáo dục và Đào tạo khen thưởng."
)
HONOURED_TITLE = "Hơn 120 học sinh giỏi được tuyên dương"


def _honoured(khac: int) -> ArticleSummary:
    return make_summary(
        event={"date": "2025-06-03", "kinds": ["biểu dương"]},
        awards=[
            award("Bằng khen", "UBND tỉnh", None, 14),
            award("Khác", "Sở Giáo dục và Đào tạo", None, khac),
        ],
    )


def test_an_award_its_own_clause_writes_whole_is_supported_whatever_kind_the_finder_read() -> None:
    article = make_article(HONOURED, title=HONOURED_TITLE)
    found = cross_check(article, _honoured(105)).checks
    assert [f for f in found if f.severity is not Severity.INFO] == []


@pytest.mark.parametrize("khac", [104, 14, 120])
def test_figures_of_an_award_no_clause_writes_whole_are_still_caught(khac: int) -> None:
    article = make_article(HONOURED, title=HONOURED_TITLE)
    found = cross_check(article, _honoured(khac)).checks
    # on the award, or (120 is the headline's sum) as the body's grant it leaves uncovered
    assert any(f.severity is not Severity.INFO for f in found), found


def test_a_headline_praising_without_an_award_kind_sums_up_the_body() -> None:
    article = make_article(HONOURED, title=HONOURED_TITLE)
    found = cross_check(article, _honoured(105)).checks
    assert ("missed_count", "awards") not in kinds(found)
    # a grant of the body the summary leaves out is still missed
    summary = _honoured(105)
    summary.awards = summary.awards[1:]
    found = cross_check(article, summary).checks
    assert ("missed_count", "awards") in kinds(found)


GROUPED = (
    "Sáng 8/1, Kho bạc Nhà nước tỉnh tổ chức khen thưởng đột xuất 3 đơn vị trực thuộc vì hoàn "
    "thành sớm kế hoạch. 3 đơn vị gồm: Phòng Kế toán và 2 kho bạc các huyện: Hòa An, Bảo Lạc."
)


def _grouped(issuer: str, collectives: int) -> ArticleSummary:
    recipients = ["Phòng Kế toán", "kho bạc huyện Hòa An", "kho bạc huyện Bảo Lạc"]
    return make_summary(
        event={"date": "2025-01-08", "kinds": ["khác"]},
        awards=[award("Khác", issuer, collectives, None, recipients=recipients)],
    )


def test_an_unread_grant_whose_recipients_are_named_in_other_words_is_no_warning() -> None:
    found = cross_check(make_article(GROUPED), _grouped("Kho bạc Nhà nước tỉnh", 3)).checks
    assert [f for f in found if f.severity is not Severity.INFO] == []


@pytest.mark.parametrize(
    ("issuer", "collectives"),
    [("Kho bạc Nhà nước tỉnh", 1), ("Kho bạc Nhà nước tỉnh", 5), ("Sở Tài chính", 3)],
)
def test_an_unread_grant_with_other_figures_or_issuer_is_still_reported(
    issuer: str, collectives: int
) -> None:
    found = cross_check(make_article(GROUPED), _grouped(issuer, collectives)).checks
    assert any(f.severity is not Severity.INFO for f in found), found


PROPOSED_LIST = (
    "Chiều 20/12, Hội đồng Thi đua - Khen thưởng huyện họp. Tại cuộc họp, Hội đồng đã thống "
    "nhất danh sách đề nghị xét tặng Cờ thi đua của UBND tỉnh; Giấy khen của Chủ tịch UBND "
    "huyện đối với các tập thể tiêu biểu năm 2025."
)


def test_an_item_without_a_verb_of_a_list_its_sentence_proposes_is_no_missed_grant() -> None:
    summary = make_summary(event={"date": "2025-12-20", "kinds": ["khác"]})
    found = cross_check(make_article(PROPOSED_LIST), summary).checks
    assert ("missed_count", "awards") not in kinds(found)


@pytest.mark.parametrize(
    "grant",
    [
        "Hội đồng đề nghị xét tặng Cờ thi đua của UBND tỉnh; dịp này, Chủ tịch UBND huyện "
        "tặng Giấy khen cho các tập thể tiêu biểu.",
        "Hội đồng đề nghị xét tặng Cờ thi đua của UBND tỉnh. Giấy khen của Chủ tịch UBND "
        "huyện được trao cho các tập thể tiêu biểu.",
    ],
)
def test_a_grant_in_its_own_words_after_a_proposal_is_still_a_grant(grant: str) -> None:
    text = "Chiều 20/12, UBND huyện tổng kết công tác thi đua. " + grant
    summary = make_summary(event={"date": "2025-12-20", "kinds": ["tổng kết"]})
    found = cross_check(make_article(text), summary).checks
    missed = [f for f in found if (f.kind.value, f.path) == ("missed_count", "awards")]
    assert any("Giấy khen" in f.message and f.severity is Severity.WARNING for f in missed), found


HOSTED = (
    "Hội Nông dân tỉnh biểu dương nông dân sản xuất giỏi\n\n"
    "Sáng 9/10, Hội Nông dân tỉnh gặp mặt, biểu dương hội viên làm kinh tế giỏi trong 5 năm "
    "2020-2025.\n\n"
    "Tại hội nghị, 146 đại biểu là nông dân tiêu biểu của các huyện được tuyên dương. Huyện "
    "Tân Phú có 4 xã đạt chuẩn nông thôn mới.\n\n"
    "Dịp này, UBND tỉnh tặng Bằng khen cho 12 hội viên có thành tích xuất sắc."
)


def _hosted(issuer: str, individuals: int) -> ArticleSummary:
    return make_summary(
        event={"date": "2025-10-09", "kinds": ["biểu dương"], "organizer": "Hội Nông dân tỉnh"},
        awards=[
            award("Khác", issuer, None, individuals),
            award("Bằng khen", "UBND tỉnh", None, 12),
        ],
    )


def test_the_organisers_praise_at_its_own_meeting_written_without_issuer_is_no_alarm() -> None:
    found = cross_check(make_article(HOSTED, title="x"), _hosted("Hội Nông dân tỉnh", 146))
    assert [f for f in found.checks if f.severity is not Severity.INFO] == []


@pytest.mark.parametrize(
    ("issuer", "individuals"),
    [
        ("Hội Nông dân tỉnh", 150),  # a figure the text never writes
        ("Hội Nông dân tỉnh", 12),  # the figure of another issuer's grant
        ("UBND tỉnh", 146),  # not the organiser: its praise must name it
    ],
)
def test_a_praise_the_text_does_not_bear_out_for_the_organiser_is_still_an_alarm(
    issuer: str, individuals: int
) -> None:
    found = cross_check(make_article(HOSTED, title="x"), _hosted(issuer, individuals))
    assert any(f.severity is not Severity.INFO for f in found.checks), found.checks


def test_a_clause_without_issuer_contradicting_the_organisers_praise_gives_way_to_its_sentence() -> (
    None
):
    title = "Tân Phú: 4 hội viên được biểu dương nông dân sản xuất giỏi"
    text = HOSTED.replace("Hội Nông dân tỉnh biểu dương nông dân sản xuất giỏi", title)
    found = cross_check(make_article(text, title=title), _hosted("Hội Nông dân tỉnh", 146))
    assert [f for f in found.checks if f.severity is not Severity.INFO] == []
    # the headline's figure for the organiser's praise is not borne out by a sentence
    found = cross_check(make_article(text, title=title), _hosted("Hội Nông dân tỉnh", 140))
    assert any(f.severity is not Severity.INFO for f in found.checks)


COUNTED_IN_HEADLINE = (
    "Ea Súp: 15 tập thể, cá nhân có thành tích trong công tác dân vận được khen thưởng\n\n"
    "Sáng 2/12, Ban Dân vận Huyện ủy Ea Súp tổng kết công tác dân vận năm 2025.\n\n"
    "Những tập thể, cá nhân tiêu biểu về công tác dân vận được UBND huyện Ea "
    "Súp tặng giấy khen. Toàn huyện có 12 mô hình dân vận khéo."
)


@pytest.mark.parametrize("total", [15])
def test_a_total_counted_in_a_sentence_that_honours_where_no_clause_was_read_is_a_note(
    total: int,
) -> None:
    article = make_article(COUNTED_IN_HEADLINE, title="x")
    summary = make_summary(awards=[award("Giấy khen", "UBND huyện Ea Súp", t=total)])
    found = cross_check(article, summary).checks
    assert [f for f in found if f.severity is not Severity.INFO] == []


@pytest.mark.parametrize("total", [16, 12, 2025])
def test_a_total_no_sentence_that_honours_counts_is_still_unsupported(total: int) -> None:
    article = make_article(COUNTED_IN_HEADLINE, title="x")
    summary = make_summary(awards=[award("Giấy khen", "UBND huyện Ea Súp", t=total)])
    found = cross_check(article, summary).checks
    assert any(f.severity is not Severity.INFO for f in found), found


@pytest.mark.parametrize(
    ("first", "individuals", "expected"),
    [
        ("35 học sinh đoạt giải quốc gia", 47, Severity.INFO),  # 35 + 12 recipients
        ("35 tập thể đoạt giải quốc gia", 47, Severity.ERROR),  # 35 of the other kind
        ("trường kỷ niệm 35 năm thành lập", 47, Severity.ERROR),  # 35 years, no recipients
    ],
)
def test_only_a_count_of_recipients_of_the_same_kind_adds_up_to_the_awards_figure(
    first: str, individuals: int, expected: Severity
) -> None:
    text = (
        f"Sáng 30/5, UBND tỉnh tổ chức lễ tuyên dương. Tại buổi lễ, {first}; 12 giáo viên bồi "
        "dưỡng học sinh giỏi đã được trao Bằng khen của Chủ tịch UBND tỉnh."
    )
    summary = make_summary(awards=[award("Bằng khen", "Chủ tịch UBND tỉnh", None, individuals)])
    found = cross_check(make_article(text), summary).checks
    worst = _worst(found, "awards[0].individuals")
    assert worst is expected or (expected is Severity.INFO and worst is None), found


ONE_LIST = (
    "Lãnh đạo tỉnh trao cờ thi đua của Thủ tướng Chính phủ tặng các đơn vị dẫn đầu."
    "\n\nSáng 15/1, Sở Y tế tổng kết năm 2025. Ghi nhận những kết quả trên, ngành có 2 tập thể "
    "vinh dự nhận cờ thi đua của Thủ tướng Chính phủ, 5 tập thể được nhận cờ thi đua của Bộ Y "
    "tế; 60 cá nhân nhận Kỷ niệm chương vì sức khỏe nhân dân."
)


def test_a_grant_read_from_the_same_list_as_another_issuers_is_missed_when_left_out() -> None:
    event = {"date": "2026-01-15", "kinds": ["tổng kết"]}
    both = [
        award("Cờ thi đua", "Thủ tướng Chính phủ", 2, None),
        award("Cờ thi đua", "Bộ Y tế", 5, None),
        award("Kỷ niệm chương", None, None, 60),
    ]
    found = cross_check(make_article(ONE_LIST), make_summary(event=event, awards=both)).checks
    assert ("missed_count", "awards") not in kinds(found)
    for dropped in (0, 1):
        left = [a for k, a in enumerate(both) if k != dropped]
        found = cross_check(make_article(ONE_LIST), make_summary(event=event, awards=left))
        assert ("missed_count", "awards") in kinds(found.checks), dropped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one verb, one issuer, a list of kinds: the issuer grants each item
            "Tại buổi lễ, thừa ủy quyền Chủ tịch nước, Bộ trưởng trao Huân chương Lao động "
            "hạng Ba cho 2 cá nhân; Huy chương Hữu nghị cho 4 cá nhân.",
            None,
        ),
        (
            "Tại buổi lễ, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 cá nhân và Huy "
            "chương Hữu nghị cho 4 cá nhân.",
            None,
        ),
        (  # the item grants in its own words: the first issuer is another grant's
            "Tại buổi lễ, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 cá nhân; "
            "Ban tổ chức trao Huy chương kỷ niệm cho 4 cá nhân.",
            Severity.ERROR,
        ),
    ],
)
def test_an_issuer_of_a_list_granted_with_one_verb_is_near_each_item(
    text: str, expected: Severity | None
) -> None:
    article = make_article("Sáng 4/7, Hội hữu nghị tỉnh tổ chức lễ kỷ niệm.\n\n" + text)
    summary = make_summary(
        awards=[
            award("Huân chương", "Chủ tịch nước", None, 2),
            award("Khác", "Chủ tịch nước", None, 4),
        ]
    )
    found = cross_check(article, summary).checks
    assert _worst(found, "awards[1].issuer") is expected, found


CUT_SHORT = (
    "Sáng 9/3, Công an huyện tổ chức hội nghị tổng kết phong trào năm 2025. Toàn huyện có 48 "
    "tổ tự quản.\n\nNhân dịp này, 14 tập thể và 23 cá nhân có thành tích xuất sắc trong phong "
    "trào được Giám đốc Công"
)


def _cut_award(collectives: int, individuals: int) -> ArticleSummary:
    return make_summary(
        event={"date": "2026-03-09", "kinds": ["tổng kết"]},
        awards=[award("Giấy khen", "Giám đốc Công an tỉnh", collectives, individuals)],
    )


def test_counts_of_a_grant_whose_issuer_the_cut_hides_are_a_note() -> None:
    found = cross_check(make_article(CUT_SHORT), _cut_award(14, 23)).checks
    assert [f for f in found if f.severity is not Severity.INFO] == []
    assert any("cut off" in f.message for f in found)


@pytest.mark.parametrize(
    ("collectives", "individuals"),
    [(15, 23), (23, 14), (48, 23)],  # unwritten, swapped (written whole), another fact's
)
def test_counts_the_cut_does_not_explain_are_still_alarms(
    collectives: int, individuals: int
) -> None:
    found = cross_check(make_article(CUT_SHORT), _cut_award(collectives, individuals)).checks
    assert any(f.severity is not Severity.INFO for f in found), found


def test_a_text_ending_whole_or_on_a_byline_is_not_cut() -> None:
    from tomtat.check.facts import gather_facts

    for ending, cut in (
        ("được Giám đốc Công", True),
        ("được Giám đốc Công an tỉnh tặng giấy khen.", False),
        ("được Giám đốc Công an tỉnh tặng giấy khen. NGUYỄN HÀ", False),
    ):
        text = "Sáng 9/3, Công an huyện tổ chức hội nghị.\n\nNhân dịp này, 14 tập thể " + ending
        assert (gather_facts(make_article(text)).cut_from is not None) is cut, ending


@pytest.mark.parametrize(
    ("ending", "individuals", "expected"),
    [
        # the count comes from the names; the cut may hide more of them
        ("Huân chương Chiến công hạng Nhì cho đồng chí Lê Văn An và hạng Ba cho đồng c", 2, None),
        # a count written whole before the cut contradicts the award
        ("Huân chương Chiến công hạng Ba cho 3 cá nhân thuộc Phòng Cảnh sát hình s", 4, "error"),
        # fewer than the names the clause writes: not what a cut explains
        (
            "Huân chương Chiến công hạng Nhì cho đồng chí Lê Văn An và đồng chí Trần Bình, ph",
            1,
            "error",
        ),
    ],
)
def test_a_count_from_the_names_of_a_clause_cut_off_is_a_floor(
    ending: str, individuals: int, expected: str | None
) -> None:
    text = "Sáng 2/9, Công an tỉnh tổ chức lễ kỷ niệm.\n\nTại buổi lễ, Bộ trưởng trao " + ending
    summary = make_summary(awards=[award("Huân chương", None, None, individuals)])
    found = cross_check(make_article(text), summary).checks
    worst = _worst(found, "awards[0].individuals")
    assert (
        worst.value if worst is not None and worst is not Severity.INFO else None
    ) == expected, found


@pytest.mark.parametrize(
    ("clause", "individuals", "expected"),
    [
        (  # the group is praised; the Bằng khen is said of the one named member only
            "Huyện có 4 cá nhân được tuyên dương, gồm: ông Lê Văn Tâm (người duy nhất của "
            "huyện được nhận Bằng khen của Thủ tướng Chính phủ), bà Ngô Thị Hoa và hai hội viên.",
            1,
            Severity.INFO,
        ),
        (  # the group receives the Bằng khen; a named member does not make the count 1
            "4 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ (trong đó có ông Lê Văn Tâm).",
            1,
            Severity.ERROR,
        ),
        (  # more than the names the award gives
            "Huyện có 4 cá nhân được tuyên dương, gồm: ông Lê Văn Tâm (người duy nhất của "
            "huyện được nhận Bằng khen của Thủ tướng Chính phủ), bà Ngô Thị Hoa và hai hội viên.",
            2,
            Severity.ERROR,
        ),
    ],
)
def test_an_award_counting_its_named_member_of_a_counted_group_is_a_note(
    clause: str, individuals: int, expected: Severity
) -> None:
    text = "Sáng 6/10, Ủy ban MTTQ tỉnh tổ chức hội nghị biểu dương.\n\nTại hội nghị, " + clause
    summary = make_summary(
        awards=[
            award("Bằng khen", "Thủ tướng Chính phủ", None, individuals, recipients=["Lê Văn Tâm"])
        ]
    )
    found = cross_check(make_article(text), summary).checks
    assert _worst(found, "awards[0].individuals") is expected, found


def test_an_award_naming_no_issuer_is_read_against_a_clause_no_other_award_explains() -> None:
    text = (
        "Sáng 3/6, Phòng Giáo dục huyện tổng kết năm học. Dịp này, Chủ tịch UBND huyện tặng "
        "Giấy khen cho 5 tập thể; Trưởng phòng Giáo dục tặng giấy khen cho 12 học sinh đạt giải."
    )
    summary = make_summary(
        event={"date": "2026-06-03", "kinds": ["tổng kết"]},
        awards=[
            award("Giấy khen", None, None, None),
            award("Giấy khen", "Chủ tịch UBND huyện", 5, None),
        ],
    )
    found = cross_check(make_article(text), summary).checks
    # the award naming no issuer is the 12 pupils' grant, left without its count; the
    # grant of the other award is not charged to it, nor reported missed
    assert [(f.kind.value, f.path) for f in found if f.severity is not Severity.INFO] == [
        ("missed_count", "awards[0].individuals")
    ]


def test_an_issuer_read_in_its_abbreviation_fits_the_award_naming_it_in_full() -> None:
    text = (
        "Sáng 28/8, Bộ Nông nghiệp và Phát triển nông thôn tổ chức lễ tuyên dương nông dân "
        "xuất sắc. Dịp này, Bộ NN&PTNT tặng Bằng khen cho 12 hợp tác xã; Hội Nông dân Việt "
        "Nam tặng Bằng khen cho 30 nông dân."
    )
    issuer = "Bộ Nông nghiệp và Phát triển nông thôn"
    summary = make_summary(
        event={"date": "2026-08-28", "kinds": ["biểu dương"]},
        awards=[
            award("Bằng khen", issuer, 12, None),
            award("Bằng khen", "Hội Nông dân Việt Nam", None, 30),
        ],
    )
    found = cross_check(make_article(text), summary).checks
    assert [f for f in found if f.severity is not Severity.INFO] == []
    # the other issuer's figures are still not this one's
    summary.awards[0].collectives = 30
    found = cross_check(make_article(text), summary).checks
    assert any(f.severity is not Severity.INFO for f in found)


def _alarms(found: list[Finding]) -> list[tuple[str, str]]:
    return [(f.kind.value, f.path) for f in found if f.severity is not Severity.INFO]


NAMED_ABROAD = (
    "Sáng 4/3, Cục Hợp tác quốc tế tổ chức lễ trao Kỷ niệm chương. Thừa ủy quyền của Bộ trưởng "
    "Bộ Công an, Thiếu tướng Lê Văn Tâm trao Kỷ niệm chương “Vì an ninh Tổ quốc” tặng ông Hans "
    "Becker, tùy viên an ninh; bà Anna Nowak, chuyên gia pháp luật; ông Tomas Lind, cố vấn.\n\n"
    "Thiếu tướng Lê Văn Tâm mong ông Hans Becker, bà Anna Nowak và ông Tomas Lind tiếp tục hợp "
    "tác với lực lượng Công an."
)
NAMES = ["Hans Becker", "Anna Nowak", "Tomas Lind"]


def test_a_count_of_the_awards_named_recipients_listed_past_a_semicolon_is_supported() -> None:
    summary = make_summary(
        awards=[award("Kỷ niệm chương", "Bộ trưởng Bộ Công an", None, 3, recipients=NAMES)]
    )
    assert _alarms(cross_check(make_article(NAMED_ABROAD), summary).checks) == []


NAMED_FAR_AWAY = (
    "Sáng 4/3, Cục Hợp tác quốc tế tổ chức lễ trao Kỷ niệm chương. Thừa ủy quyền của Bộ trưởng "
    "Bộ Công an, Thiếu tướng Lê Văn Tâm trao Kỷ niệm chương “Vì an ninh Tổ quốc” cho các chuyên "
    "gia nước ngoài. Buổi lễ diễn ra trang trọng. Các đại biểu dự tiệc chiêu đãi.\n\n"
    "Trước đó, ông Hans Becker, bà Anna Nowak và ông Tomas Lind đã làm việc với Cục."
)


def test_names_written_only_far_from_the_grant_support_no_count() -> None:
    summary = make_summary(
        awards=[award("Kỷ niệm chương", "Bộ trưởng Bộ Công an", None, 3, recipients=NAMES)]
    )
    found = cross_check(make_article(NAMED_FAR_AWAY), summary).checks
    assert ("unsupported_number", "awards[0].individuals") in _alarms(found)


@pytest.mark.parametrize("count", [2, 4])
def test_a_count_other_than_the_named_recipients_is_still_unsupported(count: int) -> None:
    summary = make_summary(
        awards=[award("Kỷ niệm chương", "Bộ trưởng Bộ Công an", None, count, recipients=NAMES)]
    )
    found = cross_check(make_article(NAMED_ABROAD), summary).checks
    assert ("unsupported_number", "awards[0].individuals") in _alarms(found)


SHARED_KINDS = (
    "Chiều 8/12, Công an huyện Đồng Khê tổng kết công tác giữ gìn trật tự ở cơ sở năm 2025. "
    "Dịp này, 15 tập thể và 40 cá nhân được UBND huyện, Công an huyện tặng giấy khen và bằng "
    "khen vì có thành tích xuất sắc."
)


def test_figures_shared_by_a_list_of_kinds_are_no_missed_grant_of_a_kind_the_summary_has() -> None:
    summary = make_summary(
        event={"date": "2025-12-08"},
        awards=[award("Giấy khen", "UBND huyện", None, None), award("Bằng khen", "Công an huyện")],
    )
    assert _alarms(cross_check(make_article(SHARED_KINDS), summary).checks) == []


def test_figures_shared_by_a_list_of_kinds_the_summary_lacks_are_still_missed() -> None:
    summary = make_summary(
        event={"date": "2025-12-08"}, awards=[award("Huân chương", "Chủ tịch nước", 1, None)]
    )
    found = cross_check(make_article(SHARED_KINDS), summary).checks
    assert ("missed_count", "awards") in _alarms(found)


FLAG_CAPTION = (
    "Sáng 15/1, UBND tỉnh Lâm Hà tổng kết công tác giữ gìn trật tự ở cơ sở năm 2025. "
    "Dịp này, 9 tập thể nhận cờ thi đua của UBND tỉnh.\n\n"
    "Ông Trần Minh Bảo, Phó Chủ tịch UBND tỉnh trao cờ thi đua cho 3 tập thể\n\n"
    "Hội nghị đề ra nhiều nhiệm vụ cho năm 2026."
)


def test_a_photo_caption_showing_part_of_a_covered_grant_is_no_missed_grant() -> None:
    summary = make_summary(
        event={"date": "2025-01-15"}, awards=[award("Cờ thi đua", "UBND tỉnh", 9, None)]
    )
    assert _alarms(cross_check(make_article(FLAG_CAPTION), summary).checks) == []


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of the body, not a caption: another grant of its own
        "Sau đó, ông Trần Minh Bảo trao cờ thi đua cho 3 tập thể khác của huyện.",
        # a caption with more recipients than the covered grant is no part of it
        "Ông Trần Minh Bảo, Phó Chủ tịch UBND tỉnh trao cờ thi đua cho 12 tập thể",
    ],
)
def test_a_body_sentence_or_a_larger_caption_is_still_a_missed_grant(line: str) -> None:
    text = FLAG_CAPTION.replace(
        "Ông Trần Minh Bảo, Phó Chủ tịch UBND tỉnh trao cờ thi đua cho 3 tập thể", line
    )
    summary = make_summary(
        event={"date": "2025-01-15"}, awards=[award("Cờ thi đua", "UBND tỉnh", 9, None)]
    )
    assert ("missed_count", "awards") in _alarms(cross_check(make_article(text), summary).checks)


MEDAL_CAPTION = (
    "Sáng 2/9, Sở Tư pháp tỉnh Bắc Lâm kỷ niệm 80 năm thành lập ngành. Dịp này, ông Vũ Đình "
    "Khải, Giám đốc Sở được Chủ tịch nước tặng Huân chương Lao động hạng Ba.\n\n"
    "Ông Vũ Đình Khải đón nhận Huân chương Lao động hạng Ba"
)


def test_a_clause_writing_the_awards_named_recipient_tells_the_same_grant_again() -> None:
    summary = make_summary(
        event={"date": "2025-09-02"},
        awards=[award("Huân chương", "Chủ tịch nước", None, 1, recipients=["Vũ Đình Khải"])],
    )
    assert _alarms(cross_check(make_article(MEDAL_CAPTION), summary).checks) == []


OTHER_LEVELS = (
    "Sáng 10/1, Ban CHQS huyện Tân Lập tổ chức hội nghị quân chính năm 2025. Nhân dịp này, 05 "
    "đồng chí được tặng Huy chương Chiến sĩ vẻ vang của Chủ tịch nước. Ngoài ra 12 tập thể, "
    "30 cá nhân được các cấp khen thưởng nhờ đóng góp tích cực cho đơn vị."
)


def _other_levels(individuals: int) -> ArticleSummary:
    return make_summary(
        event={"date": "2025-01-10"},
        awards=[
            award("Khác", "Chủ tịch nước", None, 5),
            award("Khác", None, 12, individuals),
        ],
    )


def test_an_unnamed_award_does_not_take_a_clause_another_award_states_exactly() -> None:
    found = cross_check(make_article(OTHER_LEVELS), _other_levels(30)).checks
    assert _alarms(found) == []


def test_an_unnamed_award_with_figures_the_text_never_writes_is_still_unsupported() -> None:
    found = cross_check(make_article(OTHER_LEVELS), _other_levels(31)).checks
    # the finder reads "Ngoài ra ..." as adding to the grants made at the event, so the figure
    # is checked against that clause's own count (a mismatch) or found nowhere (unsupported)
    alarms = _alarms(found)
    assert ("mismatch", "awards[1].individuals") in alarms or (
        "unsupported_number",
        "awards[1].individuals",
    ) in alarms


FARMERS = (
    "Chiều 5/12, UBND huyện Hòa Lâm tổng kết phong trào nông dân thi đua sản xuất giỏi. Dịp "
    "này, Chủ tịch UBND huyện Hòa Lâm tặng giấy khen cho 12 hộ; Hội Nông dân huyện tuyên dương "
    "30 hộ có thành tích tiêu biểu."
)


def _farmers(issuer: str, total: int) -> ArticleSummary:
    return make_summary(
        event={"date": "2025-12-05"},
        awards=[
            award("Giấy khen", "Chủ tịch UBND huyện Hòa Lâm", None, None, 12),
            award("Khác", issuer, None, None, total),
        ],
    )


def test_a_body_named_by_its_level_where_the_text_wrote_its_place_before_grants() -> None:
    found = cross_check(make_article(FARMERS), _farmers("Hội Nông dân huyện Hòa Lâm", 30)).checks
    assert _alarms(found) == []


@pytest.mark.parametrize(
    ("issuer", "total"),
    [
        ("Hội Nông dân huyện Bình Sơn", 30),  # a place the text never writes
        ("Hội Nông dân huyện Hòa Lâm", 31),  # a figure the sentence does not write
        ("Hội Cựu chiến binh huyện Hòa Lâm", 30),  # another body of the place
    ],
)
def test_a_level_stem_does_not_stand_for_another_place_figure_or_body(
    issuer: str, total: int
) -> None:
    found = cross_check(make_article(FARMERS), _farmers(issuer, total)).checks
    assert any(path.startswith("awards[1]") for _, path in _alarms(found))


def _cut_text(ending: str) -> str:
    return (
        "Sáng 20/5, Phòng Giáo dục huyện Yên Thủy tổng kết năm học. Toàn huyện có 210 học sinh "
        "giỏi cấp tỉnh.\n\n" + ending
    )


def test_an_award_whose_issuer_the_cut_sentence_writes_is_only_a_note() -> None:
    text = _cut_text("Nhân dịp này, UBND xã, Hội Cựu chiến binh xã Phú Mỹ đã tr")
    summary = make_summary(
        event={"date": "2025-05-20"},
        awards=[award("Khác", "UBND xã, Hội Cựu chiến binh xã Phú Mỹ")],
    )
    found = cross_check(make_article(text), summary).checks
    assert _alarms(found) == [] and ("mismatch", "awards[0].issuer") in kinds(found)


def test_a_cut_sentence_granting_another_kind_leaves_the_award_doubted() -> None:
    text = _cut_text("Nhân dịp này, UBND xã Phú Mỹ đã trao giấy khen cho nhiều tậ")
    summary = make_summary(
        event={"date": "2025-05-20"}, awards=[award("Bằng khen", "UBND xã Phú Mỹ")]
    )
    found = cross_check(make_article(text), summary).checks
    assert ("mismatch", "awards[0].issuer") in _alarms(found)


def _medals(change: str) -> list[Finding]:
    text = (
        "Sáng 3/6, Trường THPT Hòa Bình tổng kết năm học và khen thưởng những học sinh đạt "
        "thành tích cao. Tại kỳ thi, các đội tuyển học sinh "
        "giỏi của trường đã đoạt 30 huy chương. Theo Ban giám hiệu, tổng số huy chương học "
        f"sinh nhà trường đoạt được trong năm nay {change} huy chương so với kỳ thi năm trước."
    )
    summary = make_summary(
        event={"date": "2025-06-03"}, awards=[award("Khác", "Trường THPT Hòa Bình")]
    )
    return cross_check(make_article(text), summary).checks


@pytest.mark.parametrize("change", ["tăng 6", "giảm 2", "tăng thêm 4"])
def test_a_difference_from_another_year_is_no_count_the_award_left_empty(change: str) -> None:
    assert [p for _, p in _alarms(_medals(change)) if p.startswith("awards[0].")] == []


WOMEN_UNION = (
    "Bà Phạm Thu Hà - Chủ tịch Hội Nông dân huyện Yên Lạc trao giấy khen và phần thưởng tới "
    "các chi hội, hội viên\n\n"
    "Chiều 5/11/2025, tại nhà văn hóa trung tâm huyện, Đ/c Phạm Thu Hà - Chủ tịch Hội Nông dân "
    "huyện đã trao giấy khen và phần thưởng cho 04 tập thể và 06 cá nhân xuất sắc."
)


@pytest.mark.parametrize(("c", "i", "alarmed"), [(4, 6, False), (4, 7, True), (1, 6, True)])
def test_a_clause_writing_the_awards_issuer_gives_its_figures_whatever_span_the_finder_read(
    c: int, i: int, alarmed: bool
) -> None:
    summary = make_summary(
        event={"date": "2025-11-05"},
        awards=[award("Giấy khen", "Hội Nông dân huyện Yên Lạc", c, i)],
    )
    found = cross_check(make_article(WOMEN_UNION), summary).checks
    assert bool([p for _, p in _alarms(found) if p.startswith("awards")]) is alarmed, found


def test_a_level_stem_in_a_sentence_pairing_other_issuers_with_kinds_is_no_grant() -> None:
    text = (
        "Sáng 6/1, Công an huyện Tân Phú tổng kết công tác năm 2025 với sự tham dự của lãnh "
        "đạo UBND huyện Tân Phú. Tại hội nghị, các tập thể, cá nhân có thành tích cao đã nhận "
        "Bằng khen của Công an tỉnh và Giấy khen của UBND huyện."
    )
    summary = make_summary(
        event={"date": "2026-01-06"},
        awards=[award("Bằng khen", "UBND huyện Tân Phú"), award("Giấy khen", "UBND huyện Tân Phú")],
    )
    found = cross_check(make_article(text), summary).checks
    assert ("mismatch", "awards[0].issuer") in _alarms(found)


LIST_CUT_OFF = (
    "Tại lễ, Sở Công Thương tỉnh trao Giấy khen cho 12 cơ sở sản xuất và 9 tiểu thương; "
    "trao danh hiệu “Sản phẩm tiêu biểu” cho 31 cá nhân, nhóm nghệ nhân có sản phẩm đạt chất "
    "lượng cao; trao danh hiệu “Cửa hàng văn minh” cho 27 c"
)


@pytest.mark.parametrize(("total", "alarmed"), [(58, False), (60, True)])
def test_a_total_adding_the_figure_the_text_is_cut_off_after_is_only_a_note(
    total: int, alarmed: bool
) -> None:
    text = _cut_text(LIST_CUT_OFF)
    summary = make_summary(
        event={"date": "2025-05-20"}, awards=[award("Khác", "Sở Công Thương tỉnh", t=total)]
    )
    found = cross_check(make_article(text), summary).checks
    assert (("unsupported_number", "awards[0].total") in _alarms(found)) is alarmed, found


def test_a_total_adding_a_figure_of_a_whole_text_is_still_unsupported() -> None:
    text = _cut_text(LIST_CUT_OFF + "ửa hàng.")
    summary = make_summary(
        event={"date": "2025-05-20"}, awards=[award("Khác", "Sở Công Thương tỉnh", t=58)]
    )
    found = cross_check(make_article(text), summary).checks
    assert ("unsupported_number", "awards[0].total") in _alarms(found), found


def _festival(heading: str) -> str:
    return (
        f"{heading}\n\n"
        "Chiều 12/7, tại thị xã Sơn Tây, Thành đoàn Hà Nội tổ chức Hội trại “Tuổi trẻ sáng tạo” "
        "lần thứ V. Hội trại năm nay tuyên dương 94 đại biểu thanh niên tiêu biểu đến từ 9 "
        "quận, huyện."
    )


@pytest.mark.parametrize(
    ("heading", "value", "alarmed"),
    [
        ("*Huyện Ba Vì có 12 cá nhân được tuyên dương", 94, False),  # one part's share
        ("*Huyện Ba Vì có 12 cá nhân được tuyên dương", 95, True),  # 95 honoured nowhere
        ("*12 cá nhân được tuyên dương tại hội trại", 94, True),  # no part's share: the grant
        # a sentence of the body with its stop is no heading: its count is the grant's
        ("Huyện Ba Vì có 12 cá nhân được tuyên dương tại hội trại.", 94, True),
    ],
)
def test_an_issuerless_award_matched_with_a_heading_counting_a_part_is_only_a_note(
    heading: str, value: int, alarmed: bool
) -> None:
    summary = make_summary(awards=[award("Khác", None, None, value)])
    found = cross_check(make_article(_festival(heading)), summary).checks
    assert bool([p for _, p in _alarms(found) if p == "awards[0].individuals"]) is alarmed, found


def _alarm_levels(text: str, grant: dict[str, object], path: str) -> set[Severity]:
    """Severities of the findings on ``path`` where the finder reads no clause at all."""
    summary = make_summary(awards=[grant])
    found = run_checks(make_article(text), summary, mentions=[], stats=[]).checks
    return {f.severity for f in found if f.path == path}


@pytest.mark.parametrize(
    ("text", "grant", "path"),
    [
        (
            "Sáng 3/8, UBND tỉnh Hòa Lạc tổng kết phong trào năm 2025. Có 6 tập thể tiêu biểu "
            "được tặng bằng khen.",
            award("Bằng khen", "UBND tỉnh Hòa Lạc", 6),
            "awards[0].collectives",
        ),
        (
            "Hội Cựu chiến binh huyện tổng kết năm. Hội viên các chi hội đã được khen; 4 người "
            "được nêu gương.",
            award("Khác", "Hội Cựu chiến binh huyện", None, 4),
            "awards[0].individuals",
        ),
        (
            "Sở Giáo dục tổ chức hội nghị. Trong năm, 11 giáo viên được trao giấy khen vì đóng góp.",
            award("Giấy khen", "Sở Giáo dục", None, 11),
            "awards[0].individuals",
        ),
    ],
)
def test_a_count_written_but_tied_to_no_clause_is_only_a_note(
    text: str, grant: dict[str, object], path: str
) -> None:
    # the issuer, the kind and the number are all written; nothing says another figure
    assert _alarm_levels(text, grant, path) == {Severity.INFO}


_STATISTICS_THEN_GRANTS = (
    "Trong năm, Công an huyện Lạc Thủy đã khám phá 37 vụ trộm cắp, xử lý 58 đối tượng và "
    "thu giữ 29 xe máy; Ban Chỉ đạo 389 của huyện họp lúc 14:25 để bàn phòng dịch Sốt-47. "
    "Nhân dịp này, UBND tỉnh Đồng Lâm tặng bằng khen cho 4 tập thể; Chủ tịch UBND huyện Lạc "
    "Thủy trao giấy khen cho những tập thể và cá nhân đạt nhiều thành tích trong năm."
)
_RIGHT_GRANTS = (
    award("Bằng khen", "UBND tỉnh Đồng Lâm", 4),
    award("Giấy khen", "Chủ tịch UBND huyện Lạc Thủy"),
)


@pytest.mark.parametrize(
    ("changed", "path"),
    [
        (0, ""),  # the right summary: nothing to look at
        (1, "awards[1].collectives"),  # the count of cases copied into a grant with no count
        (2, "awards[1].individuals"),  # the count of suspects
        (3, "awards[0].individuals"),  # a count of things added to a grant that counts others
        (4, "awards[1].collectives"),  # the number of a body's name
        (5, "awards[1].individuals"),  # the minutes of a time of day
        (6, "awards[1].individuals"),  # the number of a disease's name
    ],
)
def test_a_count_copied_from_a_count_of_things_no_award_goes_to_is_an_alarm(
    changed: int, path: str
) -> None:
    grants = [dict(g) for g in _RIGHT_GRANTS]
    if changed == 1:
        grants[1]["collectives"] = 37
    elif changed == 2:
        grants[1]["individuals"] = 58
    elif changed == 3:
        grants[0]["individuals"] = 29
    elif changed == 4:
        grants[1]["collectives"] = 389
    elif changed == 5:
        grants[1]["individuals"] = 25
    elif changed == 6:
        grants[1]["individuals"] = 47
    found = cross_check(make_article(_STATISTICS_THEN_GRANTS), make_summary(awards=grants))
    alarmed = sorted(p for _, p in _alarms(found.checks))
    assert alarmed == ([path] if path else []), found.checks
    if path:
        assert any("no award goes to" in f.message for f in found.checks if f.path == path)


def test_a_number_of_a_name_followed_by_recipients_stays_a_count() -> None:
    # the near miss of a name's number: "tổ 5" is a label, "tổ 5 đơn vị" no text writes, but
    # a label word right before a count of recipients leaves it a count ("trong năm 12 tập thể")
    text = "Trong năm 12 tập thể của huyện được UBND tỉnh tặng bằng khen."
    grant = award("Bằng khen", "UBND huyện Tân Lạc", 12)
    assert _alarm_levels(text, grant, "awards[0].collectives") <= {Severity.INFO}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Năm học qua, 12 em học sinh của trường được trao giấy khen.", 12),
        ("Trong năm, 9 chiến sỹ của đơn vị được trao giấy khen.", 9),
    ],
)
def test_a_count_of_people_an_award_may_go_to_stays_a_note(text: str, value: int) -> None:
    # the near miss of the alarm above: the noun counted may be the grant's recipients
    grant = award("Giấy khen", None, None, value)
    assert _alarm_levels(text, grant, "awards[0].individuals") <= {Severity.INFO}


@pytest.mark.parametrize(
    ("text", "grant", "path", "why"),
    [
        (
            "Sáng 3/8, UBND tỉnh Hòa Lạc tổng kết phong trào 6 năm. Dịp này, UBND tỉnh tặng "
            "bằng khen cho 9 tập thể.",
            award("Bằng khen", "UBND tỉnh Hòa Lạc", 6),
            "awards[0].collectives",
            "counts 9 tập thể",
        ),
        (
            "Chiều 6/5, Công an xã Tân Lộc sơ kết; Công an huyện tặng giấy khen cho các tập thể.",
            award("Giấy khen", "Công an huyện", 5),
            "awards[0].collectives",
            "date or a code",
        ),
        (
            "Tối 12/9, Đoàn xã tổ chức tuyên dương; Huyện đoàn tặng giấy khen cho các cá nhân.",
            award("Giấy khen", "Huyện đoàn", None, 9),
            "awards[0].individuals",
            "date or a code",
        ),
        (
            "Sở Giáo dục trao giấy khen cho 11 cá nhân. Toàn ngành có 3 trường đạt chuẩn.",
            award("Giấy khen", "Sở Giáo dục", None, 3),
            "awards[0].individuals",
            "other kind",
        ),
    ],
)
def test_a_count_the_text_says_is_something_else_is_an_alarm(
    text: str, grant: dict[str, object], path: str, why: str
) -> None:
    summary = make_summary(awards=[grant])
    found = run_checks(make_article(text), summary, mentions=[], stats=[]).checks
    alarms = [f for f in found if f.path == path and f.severity is not Severity.INFO]
    assert alarms and why in alarms[0].message, found


def test_a_count_written_only_as_another_issuers_grant_is_a_warning() -> None:
    text = (
        "Dịp này, Giám đốc Sở Y tế tặng giấy khen cho 5 cá nhân; Chủ tịch Công đoàn ngành "
        "tặng bằng khen cho 6 tập thể."
    )
    summary = make_summary(awards=[award("Giấy khen", "Giám đốc Sở Y tế", 6)])
    found = cross_check(make_article(text), summary).checks
    assert any(f.path.startswith("awards[0]") and f.severity is not Severity.INFO for f in found), (
        found
    )


def test_an_untied_grant_of_a_named_kind_the_text_never_writes_is_a_warning() -> None:
    text = "Dịp này, UBND huyện Lạc Sơn khen thưởng 7 tập thể."
    assert _alarm_levels(text, award("Huân chương", "UBND huyện Lạc Sơn", 7), "awards[0].type") == {
        Severity.WARNING
    }
    # the kind written: no alarm on the kind
    written = "Dịp này, UBND huyện Lạc Sơn tặng Huân chương cho 7 tập thể."
    assert (
        _alarm_levels(written, award("Huân chương", "UBND huyện Lạc Sơn", 7), "awards[0].type")
        == set()
    )


def test_a_count_above_the_names_its_clause_writes_is_a_warning() -> None:
    text = (
        "Sáng 2/6, Sở Văn hóa tổ chức lễ. Thừa ủy quyền Chủ tịch nước, ông Phạm Văn Khải trao "
        "Huân chương Lao động hạng Ba cho bà Đinh Thị Mơ và ông Lò Văn Sáng, nghệ nhân của "
        "tỉnh. Tỉnh có 5 làng nghề."
    )
    names = ["Đinh Thị Mơ", "Lò Văn Sáng"]
    right = make_summary(awards=[award("Huân chương", "Chủ tịch nước", None, 2, recipients=names)])
    wrong = make_summary(awards=[award("Huân chương", "Chủ tịch nước", None, 5, recipients=names)])
    assert _alarms(cross_check(make_article(text), right).checks) == []
    # the clause names two: five is no count of it, whichever way the finder read it
    alarms = _alarms(cross_check(make_article(text), wrong).checks)
    assert any(path == "awards[0].individuals" for _, path in alarms), alarms


OTHER_CLAUSE = (
    "Sáng 5/6, xã Đông Hòa tổng kết phong trào ở 9 thôn. Chủ tịch UBND huyện Đông Hòa trao "
    "giấy khen cho các tập thể tiêu biểu. Trong đó, 6 tập thể được nhận giấy khen vì thành "
    "tích xuất sắc."
)


@pytest.mark.parametrize(("collectives", "alarm"), [(9, True), (6, False)])
def test_a_count_another_clause_of_the_grants_kind_states_otherwise_is_a_warning(
    collectives: int, alarm: bool
) -> None:
    # the clause with the issuer gives no count; the one that counts the grant says 6: a
    # 9 written elsewhere ("9 thôn") is the text stating another figure for the grant
    summary = make_summary(awards=[award("Giấy khen", "Chủ tịch UBND huyện Đông Hòa", collectives)])
    found = cross_check(make_article(OTHER_CLAUSE), summary).checks
    on_count = [f for f in found if f.path == "awards[0].collectives"]
    assert bool([f for f in on_count if f.severity is not Severity.INFO]) is alarm, found


BARE_COUNT = (
    "Ngày 3/10, Huyện ủy Krông Na khen thưởng lực lượng truy bắt tội phạm ở 7 xã. Lãnh đạo "
    "Huyện ủy Krông Na đã trao tặng số tiền 20 triệu đồng cho 2 tập thể và 9 cán bộ. Tại buổi "
    "lễ, Bí thư Huyện ủy Krông Na biểu dương các tập thể, cá nhân."
)


@pytest.mark.parametrize(("individuals", "alarm"), [(7, True), (9, False)])
def test_a_number_counting_a_noun_in_the_grants_sentence_contradicts_another_count(
    individuals: int, alarm: bool
) -> None:
    # "9 cán bộ" in the sentence that writes the grant is its count; 7 is another thing's
    # ("7 xã"), and the praise sentence after it, counting nobody, does not hide that
    summary = make_summary(awards=[award("Khác", "Huyện ủy Krông Na", 2, individuals)])
    found = run_checks(make_article(BARE_COUNT), summary, mentions=[], stats=[]).checks
    alarms = [f for f in found if f.severity is not Severity.INFO]
    assert [f.path for f in alarms] == (["awards[0].individuals"] if alarm else []), found


COPIED_FIGURE_TEXTS = [
    "Sáng 12/3, Công an xã Tân Phú tổ chức hội nghị tổng kết công tác. Phong trào được duy "
    "trì ở 19 thôn, bản trên địa bàn. Dịp này, UBND xã Tân Phú tặng Giấy khen cho các tập thể "
    "có thành tích.",
    "Chiều 8/9, UBND xã Tân Phú họp tổng kết. Đến nay, toàn xã có 19 mô hình tự quản về an "
    "ninh trật tự.\n\nTại hội nghị, UBND xã Tân Phú đã tặng Giấy khen cho các tập thể tiêu "
    "biểu.",
    "Ngày 20/11, Hội Cựu chiến binh xã Tân Phú tổng kết năm. Hội nghị có sự tham gia của 19 "
    "đại biểu. Nhân dịp này, UBND xã Tân Phú khen thưởng các tập thể có thành tích và tặng "
    "Giấy khen cho các tập thể.",
]


@pytest.mark.parametrize("text", COPIED_FIGURE_TEXTS)
def test_an_award_count_copied_from_a_sentence_that_honours_nobody_is_a_warning(
    text: str,
) -> None:
    right = make_summary(awards=[award("Giấy khen", "UBND xã Tân Phú")])
    copied = make_summary(awards=[award("Giấy khen", "UBND xã Tân Phú", 19)])
    assert _alarms(cross_check(make_article(text), right).checks) == []
    levels = {
        f.severity
        for f in cross_check(make_article(text), copied).checks
        if f.path == "awards[0].collectives"
    }
    assert levels == {Severity.WARNING}, levels


@pytest.mark.parametrize(
    "text",
    [
        # the count in the sentence right after the one that honours
        "Sáng 5/4, UBND xã Phú Lâm tổng kết phong trào. Chủ tịch UBND xã Phú Lâm tặng Giấy khen "
        "cho các tập thể tiêu biểu. Trong đó có 11 tập thể là các thôn, tổ dân phố.",
        # the count in a sentence that honours with a verb of its own
        "Sáng 5/4, UBND xã Phú Lâm tổng kết phong trào. Có 11 tập thể được biểu dương vì thành "
        "tích xuất sắc; UBND xã Phú Lâm tặng Giấy khen cho các tập thể tiêu biểu.",
    ],
)
def test_an_untied_award_count_beside_a_word_of_honour_stays_a_note(text: str) -> None:
    summary = make_summary(awards=[award("Giấy khen", "UBND xã Phú Lâm", 11)])
    alarms = _alarms(cross_check(make_article(text), summary).checks)
    assert ("unsupported_number", "awards[0].collectives") not in alarms, alarms


# the grant, then a sentence about something else or a list of names, then the tally
TALLY_AFTER_THE_GRANT_TEXTS = [
    "Chiều 20/3, UBND thị xã Ninh Khê tổng kết phong trào thi đua. Nhân dịp này, UBND thị xã "
    "Ninh Khê trao Giấy khen cho các tập thể, cá nhân tiêu biểu. Các đơn vị được khen đều vượt "
    "chỉ tiêu đề ra. Tổng cộng có 12 tập thể và 31 cá nhân.",
    "Chiều 20/3, UBND thị xã Ninh Khê tổng kết phong trào thi đua. Nhân dịp này, UBND thị xã "
    "Ninh Khê trao Giấy khen cho các tập thể và cá nhân. Các tập thể là: Trường Mầm non Sơn Ca, "
    "Hợp tác xã Đồng Tiến, Chi đoàn phường Bắc Lý. Tổng cộng có 12 tập thể và 31 cá nhân.",
]


@pytest.mark.parametrize("text", TALLY_AFTER_THE_GRANT_TEXTS)
def test_a_tally_of_recipients_two_sentences_after_the_grant_raises_nothing(text: str) -> None:
    right = make_summary(awards=[award("Giấy khen", "UBND thị xã Ninh Khê", 12, 31)])
    assert _alarms(cross_check(make_article(text), right).checks) == []


def test_a_wrong_issuer_beside_a_tally_after_the_grant_is_still_flagged() -> None:
    wrong = make_summary(awards=[award("Giấy khen", "UBND tỉnh Đồng Lâm", 12, 31)])
    alarms = _alarms(cross_check(make_article(TALLY_AFTER_THE_GRANT_TEXTS[0]), wrong).checks)
    assert ("mismatch", "awards[0].issuer") in alarms, alarms
    assert ("unsupported_number", "awards[0].collectives") not in alarms, alarms


def test_a_count_after_giai_quyet_is_no_praise_and_copied_is_a_warning() -> None:
    # "giải quyết" (to settle) is no prize: the sentence honours nobody
    text = (
        "Sáng 9/1, Phòng Tư pháp huyện Đông Vân tổng kết năm 2023. Năm qua, phòng đã tiếp nhận "
        "và giải quyết 31 trường hợp. Dịp này, UBND huyện Đông Vân tặng Giấy khen cho các tập "
        "thể, cá nhân."
    )
    copied = make_summary(awards=[award("Giấy khen", "UBND huyện Đông Vân", 31)])
    levels = {
        f.severity
        for f in cross_check(make_article(text), copied).checks
        if f.path == "awards[0].collectives"
    }
    assert levels == {Severity.WARNING}, levels


def test_a_count_beside_a_won_prize_stays_quiet() -> None:
    text = (
        "Sáng 9/1, Phòng Văn hóa huyện Đông Vân tổng kết hội thi. Có 31 tập thể đạt giải Ba. "
        "Dịp này, UBND huyện Đông Vân tặng Giấy khen cho các tập thể."
    )
    summary = make_summary(awards=[award("Giấy khen", "UBND huyện Đông Vân", 31)])
    assert _alarms(cross_check(make_article(text), summary).checks) == []


_CASH_OPENING = (
    "Sáng 3/4, Công an tỉnh Hòa Phong tổ chức tuyên dương, khen thưởng các tập thể, cá nhân "
    "lập chiến công trong vụ án trộm cắp cổ vật.\n\n"
)


def _cash_alarms(text: str, awards: list[dict[str, object]]) -> list[tuple[str, str]]:
    found = cross_check(make_article(text), make_summary(awards=awards)).checks
    return kinds([f for f in found if f.severity in (Severity.ERROR, Severity.WARNING)])


def test_the_giver_of_a_cash_reward_is_written_near_its_grant() -> None:
    text = _CASH_OPENING + (
        "Ghi nhận chiến công ấy, tổ công tác được Chủ tịch UBND tỉnh Hòa Phong thưởng nóng "
        "(15 triệu đồng); lực lượng phối hợp nhận 12 triệu đồng do Giám đốc Công an tỉnh tặng "
        "thưởng."
    )
    awards = [
        award("Khác", "Chủ tịch UBND tỉnh Hòa Phong", 1, recipients=["tổ công tác"]),
        award("Khác", "Giám đốc Công an tỉnh", recipients=["lực lượng phối hợp"]),
    ]
    assert _cash_alarms(text, awards) == []


def test_a_giver_written_only_beside_money_that_is_no_reward_stays_doubtful() -> None:
    text = _CASH_OPENING + (
        "Năm qua, UBND tỉnh Hòa Phong hỗ trợ 50 triệu đồng cho quỹ phòng chống tội phạm; "
        "tổng tiền thưởng của tỉnh là 200 triệu đồng."
    )
    awards = [award("Khác", "UBND tỉnh Hòa Phong", recipients=["quỹ phòng chống tội phạm"])]
    assert ("mismatch", "awards[0].issuer") in _cash_alarms(text, awards)


def test_a_cash_reward_to_named_units_counts_its_names() -> None:
    quoted = (
        "Nhóm đua xe vừa bị bắt giữ; Phòng Cảnh sát giao thông, Công an phường Tân An được "
        "Giám đốc Công an tỉnh Bình Lâm “thưởng nóng” hôm 20/5.\n\nGiám đốc Công an tỉnh Bình "
        "Lâm biểu dương, khen thưởng các đơn vị tham gia."
    )
    later = (
        "Hôm 20/5, Giám đốc Công an tỉnh Bình Lâm khen thưởng đột xuất lực lượng bắt giữ nhóm "
        "đua xe.\n\nPhòng Cảnh sát giao thông được ông trao thưởng 15 triệu đồng, còn Công an "
        "phường Tân An nhận 5 triệu đồng."
    )
    units = ["Phòng Cảnh sát giao thông", "Công an phường Tân An"]
    awards = [award("Khác", "Giám đốc Công an tỉnh Bình Lâm", 2, recipients=units)]
    assert _cash_alarms(quoted, awards) == []
    assert _cash_alarms(later, awards) == []


def test_money_given_in_its_own_sentences_is_a_grant_of_the_giver_before_it() -> None:
    text = (
        "Chiều qua, UBND tỉnh Kim Sơn tặng bằng khen kèm 10 triệu đồng cho 2 đơn vị là Phòng "
        "Cảnh sát kinh tế và Phòng An ninh mạng.\n\nHai đơn vị Công an huyện Tam Hòa, Công an "
        "xã Phú Lộc cùng được thưởng 5 triệu đồng. Đội Tuần tra và Công an xã Đông Hà nhận "
        "3 triệu đồng/đơn vị."
    )
    cash = ["Công an huyện Tam Hòa", "Công an xã Phú Lộc", "Đội Tuần tra", "Công an xã Đông Hà"]
    awards = [
        award(
            "Bằng khen",
            "UBND tỉnh Kim Sơn",
            2,
            recipients=["Phòng Cảnh sát kinh tế", "Phòng An ninh mạng"],
        ),
        award("Khác", "UBND tỉnh Kim Sơn", 4, recipients=cash),
    ]
    assert _cash_alarms(text, awards) == []


def test_names_written_where_nobody_is_honoured_support_no_count() -> None:
    text = (
        "Sáng 3/4, Công an tỉnh Hòa Phong tổ chức tuyên dương, khen thưởng 3 tập thể lập chiến "
        "công.\n\nNăm nay, huyện tổ chức 2 hội thi.\n\nĐội Cảnh sát hình sự và Đội Cảnh sát kinh "
        "tế được đánh giá cao trong năm."
    )
    units = ["Đội Cảnh sát hình sự", "Đội Cảnh sát kinh tế"]
    assert _cash_alarms(text, [award("Khác", "Bộ Công an", 2, recipients=units)]) != []
    assert _cash_alarms(text, [award("Khác", None, 2, recipients=units)]) != []


def test_two_awards_without_issuer_are_no_wrong_issuer_of_each_other() -> None:
    text = (
        "Chiều 9/10, đại diện lãnh đạo UBND huyện trao thưởng cho Công an huyện Sơn Mỹ vì thành "
        "tích triệt phá đường dây cờ bạc."
    )
    awards = [
        award("Khác", "Chủ tịch UBND huyện Sơn Mỹ", 1, recipients=["Công an huyện Sơn Mỹ"]),
        award("Khác", None, 1, recipients=["Công an huyện Sơn Mỹ"]),
    ]
    found = cross_check(make_article(text), make_summary(awards=awards)).checks
    assert ("mismatch", "awards[1].issuer") not in kinds(found)


_TITLES = (
    "Chiều 5/3, Sở Y tế Hòa Phong trao danh hiệu Thầy thuốc ưu tú. Ba bác sĩ Trần Văn Bình, "
    "Lê Thị Hoa, Phạm Quang Huy vinh dự nhận danh hiệu “Thầy thuốc ưu tú” của Chủ tịch "
    "nước.\n\nBên cạnh đó, 25 cá nhân được tặng danh hiệu Chiến sĩ thi đua cơ sở."
)
_DOCTORS = ["Trần Văn Bình", "Lê Thị Hoa", "Phạm Quang Huy"]


def test_a_clause_another_award_states_is_no_wrong_count_of_an_award_with_an_issuer() -> None:
    good = [
        award("Khác", "Chủ tịch nước", None, 3, recipients=_DOCTORS),
        award("Khác", None, None, 25),
    ]
    assert _cash_alarms(_TITLES, good) == []
    wrong = [
        award("Khác", "Chủ tịch nước", None, 3, recipients=_DOCTORS),
        award("Khác", None, None, 22),
    ]
    assert ("mismatch", "awards[1].individuals") in _cash_alarms(_TITLES, wrong)
    miscounted = [
        award("Khác", "Chủ tịch nước", None, 5, recipients=_DOCTORS),
        award("Khác", None, None, 25),
    ]
    assert _cash_alarms(_TITLES, miscounted) != []


def test_a_figure_the_summary_gives_a_grant_of_another_kind_is_no_missed_count() -> None:
    text = (
        "Sáng 8/9, Hội Nông dân tỉnh Kim Sơn họp mặt các gương nông dân giỏi, vinh danh 210 "
        "tập thể, cá nhân và trao cờ thi đua cho 18 tập thể."
    )
    both = [award("Khác", None, None, None, 210), award("Cờ thi đua", None, 18)]
    assert _cash_alarms(text, both) == []
    flags_only = [award("Cờ thi đua", None, 18)]
    assert ("missed_count", "awards[0].total") in _cash_alarms(text, flags_only)


def test_two_clauses_adding_up_to_an_award_are_its_parts() -> None:
    text = (
        "Ngày 12/6, UBND huyện Tam Nông tôn vinh 30 tập thể và 70 cá nhân.\n\nCụ thể, UBND "
        "huyện tuyên dương 18 tập thể, 40 cá nhân; khen thưởng 12 tập thể, 30 cá nhân."
    )
    assert _cash_alarms(text, [award("Khác", "UBND huyện Tam Nông", 30, 70)]) == []


def test_clauses_that_add_up_to_no_award_are_still_missed() -> None:
    text = (
        "Ngày 12/6, huyện Tam Nông tổng kết phong trào thi đua.\n\nCụ thể, UBND huyện tuyên "
        "dương 18 tập thể, 40 cá nhân; khen thưởng 12 tập thể, 30 cá nhân; Sở Nội vụ tuyên "
        "dương 5 tập thể và 9 cá nhân."
    )
    found = _cash_alarms(text, [award("Khác", "UBND huyện", 18, 40)])
    assert found.count(("missed_count", "awards")) == 2


def test_two_clauses_without_issuer_adding_up_to_an_award_are_its_parts() -> None:
    text = (
        "Sáng 12/6, Hội Cựu chiến binh huyện Tam Nông tổ chức hội nghị điển hình tiên tiến, "
        "biểu dương 30 tập thể và 70 cá nhân.\n\nTại hội nghị, 18 tập thể và 40 cá nhân được "
        "biểu dương; 12 tập thể và 30 cá nhân được khen thưởng vì thành tích xuất sắc."
    )
    summed = [award("Khác", "Hội Cựu chiến binh huyện Tam Nông", 30, 70)]
    assert _cash_alarms(text, summed) == []


_JOINT = (
    "Ngày 14/10, bốn cán bộ bắt giữ nhóm cướp ở Kim Sơn nhận Bằng khen của Chủ tịch UBND tỉnh "
    "và Giám đốc Công an tỉnh cho 4 cá nhân.\n\nTrung tá Hà Văn Nam nhận Bằng khen của Chủ "
    "tịch UBND tỉnh. Giám đốc Công an tỉnh tặng Bằng khen cho Đại úy Lò Văn Minh, Thượng úy "
    "Đinh Công Lực và Trung úy Vi Thị Mai."
)
_FROM_THE_DIRECTOR = ["Lò Văn Minh", "Đinh Công Lực", "Vi Thị Mai"]


def test_a_clause_of_joint_issuers_is_told_by_one_award_of_each() -> None:
    awards = [
        award("Bằng khen", "Chủ tịch UBND tỉnh", None, 1, recipients=["Hà Văn Nam"]),
        award("Bằng khen", "Giám đốc Công an tỉnh", None, 3, recipients=_FROM_THE_DIRECTOR),
    ]
    assert _cash_alarms(_JOINT, awards) == []


def test_awards_of_joint_issuers_that_do_not_add_up_are_still_checked() -> None:
    awards = [
        award("Bằng khen", "Chủ tịch UBND tỉnh", None, 1, recipients=["Hà Văn Nam"]),
        award("Bằng khen", "Giám đốc Công an tỉnh", None, 2, recipients=_FROM_THE_DIRECTOR),
    ]
    found = _cash_alarms(_JOINT, awards)
    assert ("mismatch", "awards[1].individuals") in found
    assert ("missed_count", "awards") in found


_LAC_THUY = (
    "Sáng 15/9, Công an huyện Lạc Thủy tổ chức hội nghị sơ kết công tác phòng chống tội phạm. "
    "Giám đốc Công an tỉnh Hà Lâm Nguyễn Văn Tâm dự và chỉ đạo.\n\n"
)
_LAC_THUY_UNITS = ["Đội Cảnh sát hình sự", "Công an xã Yên Bồng"]


def _lac_thuy_cash(issuer: str, count: int = 2) -> list[dict[str, object]]:
    return [award("Khác", issuer, count, recipients=_LAC_THUY_UNITS)]


def test_a_cash_reward_is_checked_for_its_giver_and_its_count() -> None:
    text = _LAC_THUY + (
        "Dịp này, Chủ tịch UBND huyện Lạc Thủy thưởng nóng Đội Cảnh sát hình sự và Công an xã "
        "Yên Bồng mỗi đơn vị 5 triệu đồng."
    )
    assert _cash_alarms(text, _lac_thuy_cash("Chủ tịch UBND huyện Lạc Thủy")) == []
    # the guest named in the sentence before gives nothing: that sentence grants with a giver
    # of its own
    assert ("mismatch", "awards[0].issuer") in _cash_alarms(
        text, _lac_thuy_cash("Giám đốc Công an tỉnh Hà Lâm")
    )
    # the award finder reads the two named units as the clause's count, so a third is at odds
    # with it
    assert ("mismatch", "awards[0].collectives") in _cash_alarms(
        text, _lac_thuy_cash("Chủ tịch UBND huyện Lạc Thủy", 3)
    )
    invented = [
        *_lac_thuy_cash("Chủ tịch UBND huyện Lạc Thủy"),
        award("Bằng khen", "Giám đốc Công an tỉnh Hà Lâm", 2, recipients=_LAC_THUY_UNITS),
    ]
    assert ("unsupported_number", "awards[1].collectives") in _cash_alarms(text, invented)


def test_an_agentless_cash_reward_takes_its_giver_from_the_sentence_before() -> None:
    text = (
        "Sáng 20/11, UBND huyện Tân Phước tổ chức hội nghị tổng kết phong trào thi đua.\n\n"
        "Nhân dịp này, Đội Dân phòng và Tổ an ninh thôn được thưởng mỗi đơn vị 3 triệu đồng."
    )
    units = ["Đội Dân phòng", "Tổ an ninh thôn"]
    assert _cash_alarms(text, [award("Khác", "UBND huyện Tân Phước", 2, recipients=units)]) == []
    invented = [award("Khác", "Giám đốc Công an tỉnh", 2, recipients=units)]
    assert ("mismatch", "awards[0].issuer") in _cash_alarms(text, invented)


@pytest.mark.parametrize(
    "sentence",
    [
        # a past honour
        "Năm 2022, Đội Cảnh sát hình sự và Công an xã Yên Bồng từng được Chủ tịch UBND huyện "
        "Lạc Thủy thưởng 5 triệu đồng.",
        # a proposal
        "Chủ tịch UBND huyện Lạc Thủy đề nghị thưởng Đội Cảnh sát hình sự và Công an xã Yên "
        "Bồng 5 triệu đồng.",
        # a reward promised to whoever informs
        "Chủ tịch UBND huyện Lạc Thủy sẽ thưởng 10 triệu đồng cho người tố giác tội phạm; Đội "
        "Cảnh sát hình sự và Công an xã Yên Bồng được giao nhận tin báo.",
        # a habit
        "Hằng năm, Chủ tịch UBND huyện Lạc Thủy thưởng Đội Cảnh sát hình sự và Công an xã Yên "
        "Bồng 3 triệu đồng mỗi đơn vị.",
        # pay
        "Năm qua, lương thưởng bình quân ở Đội Cảnh sát hình sự và Công an xã Yên Bồng đạt 9 "
        "triệu đồng/tháng, Chủ tịch UBND huyện Lạc Thủy cho biết.",
    ],
)
def test_money_that_is_no_reward_at_the_event_supports_no_cash_grant(sentence: str) -> None:
    awards = _lac_thuy_cash("Chủ tịch UBND huyện Lạc Thủy")
    assert ("unsupported_number", "awards[0].collectives") in _cash_alarms(
        _LAC_THUY + sentence, awards
    )


def test_a_cash_reward_made_at_the_event_counts_its_named_recipients() -> None:
    text = _LAC_THUY + (
        "Tại hội nghị, Chủ tịch UBND huyện Lạc Thủy đã thưởng Đội Cảnh sát hình sự và Công an "
        "xã Yên Bồng mỗi đơn vị 3 triệu đồng."
    )
    assert _cash_alarms(text, _lac_thuy_cash("Chủ tịch UBND huyện Lạc Thủy")) == []


_TAN_PHUOC = (
    "Sáng 20/11, UBND huyện Tân Phước tổ chức hội nghị tổng kết phong trào thi đua.\n\nDịp "
    "này, Chủ tịch UBND tỉnh Đồng Xuân tặng Bằng khen cho 5 tập thể và 7 cá nhân; "
)


@pytest.mark.parametrize(
    ("rest", "other"),
    [
        ("Chủ tịch UBND huyện Tân Phước tặng Giấy khen cho 7 tập thể.", "Giấy khen"),
        ("Giám đốc Công an tỉnh tặng Bằng khen cho 7 tập thể.", "Bằng khen"),
    ],
)
def test_a_figure_another_grant_gives_in_its_own_clause_is_still_missed(
    rest: str, other: str
) -> None:
    issuer = "Chủ tịch UBND huyện Tân Phước" if other == "Giấy khen" else "Giám đốc Công an tỉnh"
    awards = [award("Bằng khen", "Chủ tịch UBND tỉnh Đồng Xuân", 5), award(other, issuer, 7)]
    assert ("missed_count", "awards[0].individuals") in _cash_alarms(_TAN_PHUOC + rest, awards)


_CAPTIONED = (
    "Chiều 2/10, tại Hà Lâm, Bộ Tư lệnh Cảnh sát biển đã trao Huân chương Chiến công hạng Ba "
    "cho Hải đoàn 12 vì thành tích trong chuyên án chống buôn lậu.\n\nĐại diện Hải đoàn 12 nhận "
    "Huân chương Chiến công hạng Ba. Ảnh: Minh Hà\n\nThiếu tá Đào Văn Khải và Đại úy Mai Đức "
    "Long, hai cá nhân lập công, nhận Huân chương Chiến công hạng Ba (ảnh: Minh Hà).\n\nCác "
    "đồng chí nguyên chỉ huy Hải đoàn cũng nhận Huân chương."
)


@pytest.mark.parametrize(
    ("recipients", "missed"),
    [(["Hải đoàn 12", "Đào Văn Khải", "Mai Đức Long"], False), (["Hải đoàn 12"], True)],
)
def test_a_count_of_a_grant_retold_under_a_photo_is_that_grants(
    recipients: list[str], missed: bool
) -> None:
    awards = [
        award("Huân chương", "Bộ Tư lệnh Cảnh sát biển", 1, 2, recipients=recipients),
        award("Huân chương", None, recipients=["Các đồng chí nguyên chỉ huy Hải đoàn"]),
    ]
    found = _cash_alarms(_CAPTIONED, awards)
    assert (("missed_count", "awards[1].individuals") in found) is missed


def test_two_grants_of_one_count_adding_up_to_an_award_are_still_missed() -> None:
    text = (
        "Sáng 20/11, Công an huyện Tân Phước tổ chức hội nghị tổng kết.\n\nDịp này, Chủ tịch "
        "UBND huyện Tân Phước tặng Giấy khen cho 3 tập thể.\n\nCũng tại hội nghị, 1 tập thể "
        "nhận Giấy khen vì thành tích phá án. Sau đó, 2 tập thể nhận Giấy khen vì thành tích "
        "tuần tra."
    )
    both = [
        award("Giấy khen", "Chủ tịch UBND huyện Tân Phước", 3),
        award("Giấy khen", None, 1),
        award("Giấy khen", None, 2),
    ]
    assert _cash_alarms(text, both) == []
    found = _cash_alarms(text, both[:1])
    assert found.count(("missed_count", "awards")) == 2


def test_money_handed_out_over_the_year_bears_out_no_award() -> None:
    text = (
        "Sáng 20/11, UBND huyện Tân Phước tổ chức hội nghị tổng kết công tác giảm nghèo.\n\n"
        "Năm qua, huyện dành 2 tỷ đồng hỗ trợ 40 hộ nghèo xây nhà; các xã thưởng cho 15 hộ "
        "thoát nghèo bền vững tổng cộng 30 triệu đồng."
    )
    invented = [award("Khác", "UBND huyện Tân Phước", 40)]
    assert ("unsupported_number", "awards[0].collectives") in _cash_alarms(text, invented)


_TWO_GIVERS = (
    "Sáng 20/11, Công an tỉnh Hà Lâm tổ chức hội nghị tổng kết.\n\nDịp này, Chủ tịch UBND tỉnh "
    "tặng Bằng khen cho Công an huyện Tân Phước và Công an huyện Lạc Thủy.\n\nNgoài ra, Bộ "
    "trưởng Bộ Công an tặng Bằng khen cho Công an huyện Kim Bôi và Công an huyện Yên Thủy."
)


def test_names_another_giver_honours_count_for_no_award_of_this_giver() -> None:
    own = ["Công an huyện Tân Phước", "Công an huyện Lạc Thủy"]
    theirs = ["Công an huyện Kim Bôi", "Công an huyện Yên Thủy"]
    right = [
        award("Bằng khen", "Chủ tịch UBND tỉnh", 2, recipients=own),
        award("Bằng khen", "Bộ trưởng Bộ Công an", 2, recipients=theirs),
    ]
    assert _cash_alarms(_TWO_GIVERS, right) == []
    merged = [award("Bằng khen", "Chủ tịch UBND tỉnh", 4, recipients=own + theirs)]
    assert ("mismatch", "awards[0].collectives") in _cash_alarms(_TWO_GIVERS, merged)
