"""The one reader of administrative levels: unit words, "xã hội" guarded, cities unplaced."""

from __future__ import annotations

import pytest

from tomtat.check.matching import same_issuer
from tomtat.events.places import parse_organizer
from tomtat.extract.rules.awards import build_awards
from tomtat.text.counts import find_award_mentions
from tomtat.text.levels import issuer_levels, other_levels, unit_level, unit_words


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
