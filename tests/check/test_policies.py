"""Policies: report (findings only), repair (single-candidate counts), reask (reviser once)."""

from __future__ import annotations

import pytest

from tomtat.check import cross_check
from tomtat.schemas import ArticleSummary, Finding, Severity
from tomtat.text.article import Article

from .checkkit import award, kinds, make_article, make_summary


def _wrong(summary: ArticleSummary) -> ArticleSummary:
    wrong = summary.model_copy(deep=True)
    wrong.awards[0].individuals = 16  # the text says 15
    return wrong


def test_report_changes_no_value(ceremony: Article, ceremony_summary: ArticleSummary) -> None:
    checked = cross_check(ceremony, _wrong(ceremony_summary), policy="report")
    assert checked.awards[0].individuals == 16
    assert kinds(checked.checks) == [("mismatch", "awards[0].individuals")]


def test_repair_single_candidate(ceremony: Article, ceremony_summary: ArticleSummary) -> None:
    checked = cross_check(ceremony, _wrong(ceremony_summary), policy="repair")
    assert checked.awards[0].individuals == 15
    assert kinds(checked.checks) == [("repaired", "awards[0].individuals")]
    note = checked.checks[0]
    assert (note.value, note.text_value, note.severity) == (16, 15, Severity.INFO)


def test_repair_swapped(ceremony: Article, ceremony_summary: ArticleSummary) -> None:
    wrong = ceremony_summary.model_copy(deep=True)
    wrong.awards[1].collectives, wrong.awards[1].individuals = 7, 3
    checked = cross_check(ceremony, wrong, policy="repair")
    assert (checked.awards[1].collectives, checked.awards[1].individuals) == (3, 7)
    assert sorted(kinds(checked.checks)) == [
        ("repaired", "awards[1].collectives"),
        ("repaired", "awards[1].individuals"),
    ]


def test_no_repair_when_the_text_gives_two_candidates() -> None:
    text = (
        "Tổng kết phong trào năm 2023, 17 tập thể, 21 cá nhân được Chủ tịch UBND huyện tặng giấy khen.\n\n"
        "Dịp này, Chủ tịch UBND huyện Cát Tiên tặng giấy khen cho 23 tập thể và 28 cá nhân."
    )
    summary = make_summary(awards=[award("Giấy khen", "Chủ tịch UBND huyện Cát Tiên", 17, 29)])
    checked = cross_check(make_article(text), summary, policy="repair")
    assert checked.awards[0].individuals == 29
    assert ("mismatch", "awards[0].individuals") in kinds(checked.checks)
    assert not any(f.kind.value == "repaired" for f in checked.checks)


def test_no_repair_of_a_reading_the_check_is_not_sure_of() -> None:
    text = (
        "Sáng 30/5, UBND tỉnh tổ chức lễ tuyên dương. Tại buổi lễ, 35 học sinh đoạt giải quốc "
        "gia; 12 giáo viên bồi dưỡng học sinh giỏi đã được trao Bằng khen của Chủ tịch UBND tỉnh."
    )
    summary = make_summary(awards=[award("Bằng khen", "Chủ tịch UBND tỉnh", None, 47)])
    checked = cross_check(make_article(text), summary, policy="repair")
    assert checked.awards[0].individuals == 47  # 35 + 12: a note, not an error to repair
    assert not any(f.kind.value == "repaired" for f in checked.checks)


def test_reask_calls_the_reviser_once_and_rechecks(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    calls: list[list[Finding]] = []

    def reviser(article: Article, summary: ArticleSummary, errors: list[Finding]) -> ArticleSummary:
        calls.append(errors)
        fixed = summary.model_copy(deep=True)
        fixed.awards[0].individuals = 15
        return fixed

    checked = cross_check(ceremony, _wrong(ceremony_summary), policy="reask", reviser=reviser)
    assert len(calls) == 1
    assert kinds(calls[0]) == [("mismatch", "awards[0].individuals")]
    assert checked.awards[0].individuals == 15
    assert kinds(checked.checks) == [("reasked", "")]


def test_reask_keeps_remaining_errors(ceremony: Article, ceremony_summary: ArticleSummary) -> None:
    def reviser(article: Article, summary: ArticleSummary, errors: list[Finding]) -> ArticleSummary:
        return summary  # the model insists

    checked = cross_check(ceremony, _wrong(ceremony_summary), policy="reask", reviser=reviser)
    assert ("mismatch", "awards[0].individuals") in kinds(checked.checks)
    assert "1 left" in checked.checks[-1].message


def test_reask_not_called_without_errors(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    def reviser(article: Article, summary: ArticleSummary, errors: list[Finding]) -> ArticleSummary:
        raise AssertionError("must not be called")

    assert cross_check(ceremony, ceremony_summary, policy="reask", reviser=reviser).checks == []


def test_reask_without_reviser_reports_with_a_note(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    checked = cross_check(ceremony, _wrong(ceremony_summary), policy="reask")
    assert kinds(checked.checks) == [("mismatch", "awards[0].individuals"), ("reasked", "")]
    assert checked.checks[-1].severity is Severity.INFO
    assert checked.awards[0].individuals == 16


def test_failing_reviser_keeps_the_first_answer(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    def reviser(article: Article, summary: ArticleSummary, errors: list[Finding]) -> ArticleSummary:
        raise TimeoutError("endpoint down")

    checked = cross_check(ceremony, _wrong(ceremony_summary), policy="reask", reviser=reviser)
    assert checked.awards[0].individuals == 16
    assert checked.checks[-1].kind.value == "reasked"
    assert checked.checks[-1].severity is Severity.WARNING


def test_unknown_policy(ceremony: Article, ceremony_summary: ArticleSummary) -> None:
    with pytest.raises(ValueError, match="unknown policy"):
        cross_check(ceremony, ceremony_summary, policy="ignore")


@pytest.mark.parametrize("policy", ["report", "repair", "reask"])
def test_a_summary_handed_over_is_checked_as_a_copy_would_be(
    ceremony: Article, ceremony_summary: ArticleSummary, policy: str
) -> None:
    copied = cross_check(ceremony, _wrong(ceremony_summary), policy=policy)
    handed = _wrong(ceremony_summary)
    in_place = cross_check(ceremony, handed, policy=policy, in_place=True)
    assert in_place.model_dump_json() == copied.model_dump_json()
    if policy == "report":
        assert in_place is handed  # checked as it is: no copy was made


def test_by_default_the_summary_given_is_left_unchanged(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    wrong = _wrong(ceremony_summary)
    before = wrong.model_dump_json()
    checked = cross_check(ceremony, wrong, policy="repair")
    assert checked is not wrong and wrong.model_dump_json() == before
