"""Gazetteer lookups on vietnamadminunits data: prefixes, old names, ambiguity, 2025 switch."""

from __future__ import annotations

from tomtat.text.gazetteer import (
    canonical_province,
    find_commune_provinces,
    find_places,
    is_district,
    province_after_2025,
    province_of_district,
    residence_spans,
    split_leading_place,
)


def _places(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.name, p.level, p.province) for p in find_places(text)]


def test_district_and_province_with_unit_words() -> None:
    assert _places("Công an thị xã An Khê") == [("An Khê", "district", "Gia Lai")]
    assert _places("UBND tỉnh Quảng Trị") == [("Quảng Trị", "province", "Quảng Trị")]
    assert _places("thành phố Bảo Lộc") == [("Bảo Lộc", "district", "Lâm Đồng")]
    assert _places("thành phố Đà Nẵng") == [("Đà Nẵng", "province", "Đà Nẵng")]
    assert _places("Công an TP.HCM") == [("Hồ Chí Minh", "province", "Hồ Chí Minh")]


def test_old_name_of_a_merged_district_is_kept_as_written() -> None:
    assert _places("Ban Chỉ đạo huyện Đạ Tẻh") == [("Đạ Tẻh", "district", "Lâm Đồng")]


def test_ambiguous_district_needs_a_hint() -> None:
    assert is_district("Châu Thành")
    assert province_of_district("Châu Thành") is None
    assert province_of_district("Châu Thành", hints=("Tiền Giang",)) == "Tiền Giang"


def test_place_name_followed_by_a_person() -> None:
    assert split_leading_place("Quảng Trị Hoàng Nam".split()) == 2


def test_after_2025_there_are_no_districts() -> None:
    assert not is_district("Đức Trọng", date="2025-08-01")
    assert canonical_province("tỉnh Lâm Đồng", date="2025-08-01") == "Lâm Đồng"


def test_unknown_names() -> None:
    assert _places("huyện Không Có Thật") == []
    assert canonical_province("Atlantis") is None


def test_names_as_they_were_at_the_time() -> None:
    # Huế: a city of Thừa Thiên Huế province until 2025, centrally governed from 1 January 2025
    before = find_places("UBND thành phố Huế", date="2023-05-01")
    assert [(p.name, p.level, p.province) for p in before] == [
        ("Huế", "district", "Thừa Thiên Huế")
    ]
    after = find_places("UBND thành phố Huế", date="2025-03-01")
    assert [(p.name, p.level, p.province) for p in after] == [("Huế", "province", "Huế")]
    assert province_of_district("Phú Vang", date="2023-05-01") == "Thừa Thiên Huế"
    assert province_of_district("Phú Vang", date="2025-03-01") == "Huế"


def test_province_after_2025_joins_former_and_current_names() -> None:
    assert province_after_2025("Đắk Nông") == "Lâm Đồng"
    assert province_after_2025("tỉnh Lâm Đồng") == "Lâm Đồng"
    assert province_after_2025("Kon Tum") == "Quảng Ngãi"
    assert province_after_2025("Thừa Thiên Huế") == "Huế"
    assert province_after_2025("Bình Dương") == "Hồ Chí Minh"
    assert province_after_2025("Hà Nội") == "Hà Nội"
    assert province_after_2025("Atlantis") is None


def test_bare_central_city_names_are_provinces() -> None:
    from tomtat.text.gazetteer import find_bare_cities

    found = find_bare_cities("Hội nghị diễn ra tại Hải Phòng, sau đó ở Cần Thơ.")
    assert [(p.name, p.level) for p in found] == [
        ("Hải Phòng", "province"),
        ("Cần Thơ", "province"),
    ]


def test_ho_chi_minh_without_unit_word_is_not_a_city() -> None:
    from tomtat.text.gazetteer import find_bare_cities

    assert find_bare_cities("Đoàn TNCS Hồ Chí Minh tổ chức") == []


def test_district_party_and_youth_bodies_name_their_district() -> None:
    from tomtat.text.gazetteer import find_places

    found = find_places("Huyện đoàn Krông Pa phối hợp với Huyện ủy Đức Trọng")
    assert [(p.name, p.level) for p in found] == [
        ("Krông Pa", "district"),
        ("Đức Trọng", "district"),
    ]


def test_town_and_rural_district_sharing_a_name_are_both_known() -> None:
    # a town and the huyện around it with one name: either unit word finds it, in its province
    assert _places("UBND huyện Cai Lậy tổ chức") == [("Cai Lậy", "district", "Tiền Giang")]
    assert _places("Công an thị xã Kỳ Anh") == [("Kỳ Anh", "district", "Hà Tĩnh")]
    assert _places("Hội Nông dân huyện Long Mỹ") == [("Long Mỹ", "district", "Hậu Giang")]
    assert is_district("Duyên Hải")
    assert province_of_district("Hồng Ngự") == "Đồng Tháp"
    # near misses: no shorter name is invented, and after 2025 there are no districts
    assert not is_district("Long")
    assert not is_district("Hồng", date="2020-01-01")
    assert not is_district("Cai Lậy", date="2025-08-01")


def test_numbered_urban_districts() -> None:
    assert _places("Công an Quận 12 tổ chức") == [("Quận 12", "district", "Hồ Chí Minh")]
    assert _places("UBND quận 3, TP.HCM") == [
        ("Quận 3", "district", "Hồ Chí Minh"),
        ("Hồ Chí Minh", "province", "Hồ Chí Minh"),
    ]
    assert province_of_district("Quận 10") == "Hồ Chí Minh"
    # near misses: no such number, a decimal, and no districts after the 2025 reform
    assert _places("Quận 13") == []
    assert _places("quận 1.5") == []
    assert find_places("Công an Quận 12", date="2025-08-01") == []


def test_communes_from_2025_with_a_unique_name_give_their_province() -> None:
    after = "2025-09-01"
    found = find_commune_provinces("Đảng ủy phường Quy Nhơn Nam tổ chức hội nghị", date=after)
    assert [(p.name, p.level, p.province) for p in found] == [
        ("Quy Nhơn Nam", "commune", "Gia Lai")
    ]
    assert [p.province for p in find_commune_provinces("Công an xã Ia Grai", date=after)] == [
        "Gia Lai"
    ]
    assert [p.province for p in find_commune_provinces("đặc khu Vân Đồn", date=after)] == [
        "Quảng Ninh"
    ]
    # near misses: "xã hội" is no commune, a name shared by several provinces gives none, and
    # before the reform a commune's name tells nothing
    assert find_commune_provinces("công tác xã hội của phường", date=after) == []
    assert find_commune_provinces("UBND phường Hải Châu", date=after) == []
    assert find_commune_provinces("Công an xã Ia Grai", date="2024-05-01") == []


def test_a_place_written_with_runs_of_blanks_is_quoted_to_its_last_letter() -> None:
    from tomtat.text.gazetteer import find_places

    text = "UBND huyện Đức  Trọng tổ chức hội nghị."
    (place,) = [p for p in find_places(text) if p.level == "district"]
    assert text[place.start : place.end] == "huyện Đức  Trọng"


def test_a_residence_runs_from_its_verb_to_the_end_of_its_places() -> None:
    def spans(text: str) -> list[str]:
        return [text[s:e] for s, e in residence_spans(text)]

    text = "Anh Hà Minh Đức (trú tại xã Tam Hiệp, huyện Phúc Thọ) nhận giấy khen."
    assert spans(text) == ["trú tại xã Tam Hiệp, huyện Phúc Thọ)"]
    text = "Anh Hà Minh Đức, ngụ huyện Phúc Thọ, tỉnh Hà Tây, được UBND huyện Đan Phượng khen."
    assert spans(text) == ["ngụ huyện Phúc Thọ, tỉnh Hà Tây"]
    # near misses: a comma and a clause end the chain; "quê hương" tells no home
    assert residence_spans("Quê hương huyện Phúc Thọ đổi mới.") == []


def test_places_read_at_any_date_of_an_era_are_those_read_at_the_era() -> None:
    """find_places keeps one answer per era (before Huế's change, until the reorganisation,
    after it): every date gives what its era's date gives."""
    from tomtat.text.gazetteer import _era, _places_in

    texts = (
        "UBND thành phố Huế và Công an Quận 12 dự; xã Ngọc Chiến (Mường La, Sơn La).",
        "Huyện ủy Đức Trọng, tỉnh Lâm Đồng, TP. Hồ Chí Minh, tỉnh Thừa Thiên Huế, tỉnh Đắk Nông.",
        "Thị xã Kỳ Anh (Hà Tĩnh) và thành phố Đà Nẵng; tỉnh Bà Rịa - Vũng Tàu.",
    )
    dates = (None, "", "2016-03-01", "2024-12-31", "2025-01-01", "2025-06-30", "2025-07-01", "2026")
    for text in texts:
        for date in dates:
            assert _places_in.__wrapped__(text, date) == _places_in.__wrapped__(text, _era(date))
    assert {_era(date) for date in dates} == {None, "2025-01-01", "2025-07-01"}


def test_a_unit_word_in_either_case_opens_a_place_only_at_the_start_of_a_word() -> None:
    # the unit patterns open with their first letter, the test of the character before it
    # after it: the same places as a pattern opening with that test
    assert _places("Huyện đoàn Tây Sơn") == [("Tây Sơn", "district", "Bình Định")]
    assert _places("THỊ XÃ An Khê") == []  # the unit words are read as written, not in capitals
    assert _places("tp. Hồ Chí Minh, Tp.HCM") == [
        ("Hồ Chí Minh", "province", "Hồ Chí Minh"),
        ("Hồ Chí Minh", "province", "Hồ Chí Minh"),
    ]
    # near misses: a unit word glued to the letter before it, a city glued to a word after it
    assert _places("Atỉnh Quảng Trị, xhuyện Phúc Thọ, aquận 3") == []
    assert _places("ATP.HCM, TP.HCMx") == []


def test_a_residence_verb_in_any_case_opens_a_residence_only_at_the_start_of_a_word() -> None:
    def spans(text: str) -> list[str]:
        return [text[s:e] for s, e in residence_spans(text)]

    assert spans("Ông A, NGỤ huyện Phúc Thọ, nhận khen.") == ["NGỤ huyện Phúc Thọ"]
    assert spans("Ông A (Thường trú tại xã Tam Hiệp)") == ["Thường trú tại xã Tam Hiệp)"]
    # "ſ" is an "s" to case-insensitive matching
    assert spans("bà B ſinh sống ở xã Tam Hiệp") == ["ſinh sống ở xã Tam Hiệp"]
    # near misses: the verb glued to the letter before it
    assert residence_spans("bà B angụ huyện Phúc Thọ, xtrú tại xã Tam Hiệp") == []
