"""The one reader of administrative levels: unit words, "xã hội" guarded, cities unplaced."""

from __future__ import annotations

import re

import pytest

from tomtat.check.matching import same_issuer
from tomtat.events.places import parse_organizer
from tomtat.extract.rules.awards import build_awards
from tomtat.text.counts import find_award_mentions
from tomtat.text.levels import (
    issuer_levels,
    level_unit_pattern,
    level_words,
    other_levels,
    unit_body_pattern,
    unit_level,
    unit_words,
)


@pytest.mark.parametrize(
    ("name", "levels"),
    [
        ("Chủ tịch UBND thị xã Hồng Lĩnh", {"district"}),
        ("UBND xã Thạch Đài, huyện Thạch Hà", {"commune", "district"}),
        ("Chủ tịch UBND phường Nam Hà", {"commune"}),
        ("UBND Thị  Trấn Cẩm Xuyên", {"commune"}),
        # "xã hội" is society: the unit word after it places the body
        ("Bảo hiểm xã hội tỉnh", {"province"}),
        ("Bảo hiểm Xã hội huyện Đô Lương", {"district"}),
        ("Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An", {"province"}),
        ("Ngân hàng Chính sách xã hội", set()),
        # a city is of either level: no level of its own
        ("UBND thành phố Vinh", set()),
        ("Bộ Công an", set()),
    ],
)
def test_a_name_is_placed_at_the_levels_of_its_unit_words(name: str, levels: set[str]) -> None:
    assert issuer_levels(name) == levels


def test_a_city_is_found_as_a_unit_word_with_no_level() -> None:
    words = [m.group("unit") for m in unit_words("ubnd tp vinh, tỉnh nghệ an")]
    assert words == ["tp", "tỉnh"] and unit_level("tp") is None and unit_level("tỉnh")


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        ("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội huyện", True),
        ("Chủ tịch UBND xã", "Chủ tịch UBND huyện", True),
        ("UBND quận Ba Đình", "UBND huyện Đông Anh", False),  # both districts
        ("Công an tỉnh", "Ban Chỉ đạo phòng chống tệ nạn xã hội", False),  # one has no level
    ],
)
def test_two_names_are_at_other_levels_only_where_their_levels_share_none(
    a: str, b: str, other: bool
) -> None:
    assert other_levels(a, b) is other


def test_the_cross_check_the_extractor_and_the_organiser_reader_read_xa_hoi_alike() -> None:
    province, district = "Bảo hiểm xã hội tỉnh Hà Tĩnh", "Bảo hiểm xã hội huyện Can Lộc"
    assert not same_issuer(province, district)
    text = (
        f"Tại hội nghị, {province} tặng Giấy khen cho 6 tập thể. "
        f"Dịp này, {district} tặng Giấy khen cho 9 cá nhân."
    )
    awards, _ = build_awards(find_award_mentions(text))
    assert sorted(a.issuer or "" for a in awards) == sorted([district, province])
    organizer = parse_organizer(district)
    assert organizer is not None and organizer.places == {"district": "can lộc"}


def test_the_words_of_a_level_come_from_the_one_vocabulary_longest_first() -> None:
    assert level_words("commune") == ("thị trấn", "phường", "xã")
    assert set(level_words("district")) == {"huyện", "quận", "thị xã"}
    assert level_words("province", "district")[0] == "thị xã"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("UBND xã Tân Phong", "xã"),
        ("Công an Thị   Trấn Hòa Bình", "Thị   Trấn"),
        ("Đảng ủy phường Bến Cát", "phường"),
        # near misses: society, a district, a city
        ("Quỹ Bảo hiểm xã hội huyện", None),
        ("UBND thị xã Sơn Tây", None),
        ("UBND Thị  xã Ba Đồn", None),
        ("UBND thị   xã Kỳ Anh", None),
        ("UBND thành phố Bảo Lộc", None),
    ],
)
def test_a_level_pattern_spells_a_levels_unit_words_however_spaced(
    text: str, found: str | None
) -> None:
    pattern = re.compile(rf"(?i)(?<!\w){level_unit_pattern('commune')}(?!\w)")
    match = pattern.search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("Huyện ủy", True),
        ("Quận  uỷ", True),
        ("Thị ủy", True),
        ("Huyện đoàn", True),
        ("Thành đoàn", True),  # a city's body, its level placed by the caller
        ("Tỉnh ủy", False),  # a province is no district
        ("Đảng ủy", False),
        ("Huyện hội", False),
    ],
)
def test_a_units_body_is_named_by_the_units_first_word(phrase: str, body: bool) -> None:
    pattern = re.compile(rf"(?i){unit_body_pattern('district')}")
    assert (pattern.fullmatch(phrase) is not None) is body
