"""Which issuers name one authority (tomtat.check.matching.same_issuer)."""

from __future__ import annotations

import pytest

from tomtat.check.matching import same_issuer


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Chủ tịch UBND huyện", "Chủ tịch UBND xã"),
        ("UBND thị xã Ninh Hòa", "UBND xã Ninh Hòa"),
        ("Công an tỉnh", "Công an huyện"),
        ("Chủ tịch UBND phường", "Chủ tịch UBND quận"),
    ],
)
def test_bodies_of_different_administrative_levels_are_two_issuers(a: str, b: str) -> None:
    assert not same_issuer(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("UBND huyện", "Chủ tịch UBND huyện Tân Lập"),  # one written inside the other
        ("Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh Hòa Bình"),
        ("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),  # no level named
    ],
)
def test_issuers_of_one_level_or_naming_none_are_matched_by_their_names(a: str, b: str) -> None:
    assert same_issuer(a, b)
