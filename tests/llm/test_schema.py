"""The LLM schema's validators: no loopholes for recipients, people and the event's fields."""

from __future__ import annotations

from typing import Any

import fake_openai as fo
import pytest
from conftest import answer_for, make_article

from tomtat.extract.llm import LLMExtractor
from tomtat.extract.llm.evidence import fold
from tomtat.extract.llm.schema import (
    ArticleFacts,
    AwardFacts,
    EventFacts,
    PersonFacts,
    event_field_problems,
)
from tomtat.schemas import FindingKind, Severity
from tomtat.text.article import Article

TEXT = (
    "Chiều 28/12, Công an huyện Đạ Tẻh tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
    "Dự hội nghị có Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh Lâm Đồng.\n\n"
    "Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 1 tập thể và 1 cá nhân; "
    "Chủ tịch UBND huyện tặng Giấy khen cho Đội Cảnh sát giao thông."
)
FOLDED = fold(TEXT)
GRANT = "Giám đốc Công an tỉnh tặng Giấy khen cho 1 tập thể và 1 cá nhân"
NAMED_GRANT = "Chủ tịch UBND huyện tặng Giấy khen cho Đội Cảnh sát giao thông"


def _award(**fields: Any) -> AwardFacts:
    base = {"type": "Giấy khen", "quote": GRANT, "collectives": 1, "individuals": 1}
    return AwardFacts.model_validate({**base, **fields})


def test_recipients_that_are_the_words_tap_the_ca_nhan_are_refused() -> None:
    award = _award(recipients=["Tập thể", "Cá nhân"])
    paths = [name for name, _ in award.problems(FOLDED)]
    assert paths == ["recipients[0]", "recipients[1]"]


def test_recipient_must_be_named_in_the_quote() -> None:
    named = _award(quote=NAMED_GRANT, individuals=None, recipients=["Đội Cảnh sát giao thông"])
    assert named.problems(FOLDED) == []
    elsewhere = _award(quote=NAMED_GRANT, individuals=None, recipients=["Đội Cảnh sát cơ động"])
    assert elsewhere.problems(FOLDED)[0][0] == "recipients[0]"


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Nguyễn Văn Hùng", True),
        ("Đại tá Nguyễn Văn Hùng", False),  # rank inside the name
        ("Huyện ủy", False),
        ("đông đảo Nhân dân", False),
        ("Công an huyện Đạ Tẻh", False),
    ],
)
def test_people_must_look_like_people(name: str, ok: bool) -> None:
    quote = "Dự hội nghị có Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh Lâm Đồng."
    text = TEXT + f"\n\n{name} dự hội nghị."
    person = PersonFacts(name=name, quote=quote if ok or "Hùng" in name else f"{name} dự hội nghị")
    assert (person.problems(fold(text)) == []) is ok


@pytest.mark.parametrize(
    ("event", "path", "needle"),
    [
        ({"province": "Đạ Tẻh"}, "event.province", "district-level unit"),
        ({"province": "Lâm Đồng", "district": "Cam Lộ"}, "event.district", "Quảng Trị"),
        ({"province": "Lâm Đồng", "district": "Lâm Đồng"}, None, None),
        ({"district": "Gia Lai"}, "event.district", "is a province"),
        ({"date": "2023-12-28"}, "event.date", "2022"),  # year off by one
        ({"date": "2023-01-03"}, "event.date", "publication date"),
        ({"province": "Lâm Đồng", "district": "Đạ Tẻh", "date": "2022-12-28"}, None, None),
        ({"organizer": "Công an huyện Cát Tiên"}, "event.organizer", "not in the text"),
    ],
)
def test_event_fields_are_checked_like_numbers(
    event: dict[str, Any], path: str | None, needle: str | None
) -> None:
    found = event_field_problems(EventFacts(**event), TEXT, "2023-01-03")
    if path is None:
        assert found == []
    else:
        assert found and found[0][0] == path and needle in found[0][1]


def test_date_derived_from_the_publication_day_needs_the_text_to_say_so() -> None:
    today = "Chiều nay, Công an huyện Đạ Tẻh tổ chức hội nghị."
    yesterday = "Hôm qua, Công an huyện Đạ Tẻh tổ chức hội nghị."
    assert event_field_problems(EventFacts(date="2023-01-03"), today, "2023-01-03") == []
    assert event_field_problems(EventFacts(date="2023-01-02"), yesterday, "2023-01-03") == []
    assert event_field_problems(EventFacts(date="2023-01-02"), today, "2023-01-03")


def test_yearless_date_in_december_reported_in_january_is_the_year_before() -> None:
    assert event_field_problems(EventFacts(date="2022-12-28"), TEXT, "2023-01-03") == []
    assert event_field_problems(EventFacts(date="2022-12-28"), TEXT, None) == []


def test_district_given_as_province_drives_a_reask_and_ends_as_an_error(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    article = Article(id="a4", text=make_article(4))  # Công an huyện Đạ Tẻh
    wrong = answer_for(article.text)
    wrong["event"].update({"province": "Đạ Tẻh", "quote": article.text.splitlines()[0]})
    right = answer_for(article.text)
    server.push(fo.structured(wrong), fo.structured(right))
    with LLMExtractor(make_settings(mode="json")) as extractor:
        fixed = extractor.extract(article)
    assert len(server.chat_requests) == 2  # re-asked once
    assert (
        "Đạ Tẻh" in server.chat_requests[1].text
        and "district-level" in server.chat_requests[1].text
    )
    assert fixed.event.province is None
    server.default = fo.structured(wrong)
    with LLMExtractor(make_settings(mode="json", max_retries=1, use_cache=False)) as extractor:
        kept = extractor.extract(article)
    finding = next(f for f in kept.checks if f.path == "event.province")
    assert finding.kind == FindingKind.VALIDATION_ERROR and finding.severity == Severity.ERROR


def test_plain_validation_without_context_does_not_check_event_fields() -> None:
    facts = ArticleFacts.model_validate({"event": {"province": "Đạ Tẻh"}})
    assert facts.event.province == "Đạ Tẻh"
