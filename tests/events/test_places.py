"""Organisers split into body and places; provinces compared across the 2025 merger."""

from __future__ import annotations

from tomtat.events.places import district_key, issuer_level, parse_organizer, province_key


def test_ubnd_long_and_short_forms_give_one_organiser() -> None:
    long = parse_organizer("Ủy ban nhân dân huyện Đức Trọng")
    short = parse_organizer("UBND huyện Đức Trọng.")
    assert long == short
    assert long is not None and long.body == "ubnd" and long.places == {"district": "đức trọng"}


def test_a_commune_inside_a_district_is_the_most_specific_level() -> None:
    organizer = parse_organizer("UBND xã Vũ Quý, huyện Kiến Xương")
    assert organizer is not None and organizer.level == "commune"
    assert organizer.places == {"commune": "vũ quý", "district": "kiến xương"}


def test_social_words_are_not_a_commune_and_provincial_bodies_keep_their_province() -> None:
    board = parse_organizer("Ban Chỉ đạo phòng chống tội phạm, tệ nạn xã hội huyện Đạ Tẻh")
    assert board is not None and board.level == "district"
    youth = parse_organizer("Tỉnh đoàn Bình Định")
    assert youth is not None and youth.level == "province" and youth.body == "tỉnhđoàn"


def test_a_ministry_is_national_and_a_provincial_military_command_is_not() -> None:
    ministry = parse_organizer("Bộ Công an")
    assert ministry is not None and ministry.level == "national"
    assert issuer_level("Bộ trưởng Bộ Công an") == "ministry"
    assert issuer_level("Bộ Chỉ huy Quân sự tỉnh Kon Tum") == "province"


def test_issuer_levels_follow_the_unit_word() -> None:
    assert issuer_level("Chủ tịch UBND tỉnh") == "province"
    assert issuer_level("Giám đốc Công an thành phố Đà Nẵng") == "province"
    assert issuer_level("Chủ tịch Ủy ban nhân dân huyện Krông Pắc") == "district"
    assert issuer_level("UBND TP. Bảo Lộc") == "district"
    assert issuer_level("UBND phường Hòa Cường Bắc") == "commune"
    assert issuer_level("Hội Nông dân") == "other"
    assert issuer_level("Bộ Tư lệnh Quân khu 4") == "other"
    assert issuer_level("Tổng Liên đoàn Lao động Việt Nam") == "ministry"
    assert issuer_level("Giám đốc Sở Nội vụ") == "province"
    assert issuer_level("Cục Thuế tỉnh Gia Lai") == "province"
    assert issuer_level(None) == "other"


def test_province_keys_agree_across_the_merger_and_spellings() -> None:
    assert province_key("Đắk Nông") == province_key("tỉnh Lâm Đồng") == province_key("Bình Thuận")
    assert province_key("Kon Tum") == province_key("Quảng Ngãi")
    assert province_key("Thừa Thiên Huế") == province_key("Huế")
    assert province_key("TP.HCM") == province_key("Bình Dương")
    assert province_key("Gia Lai") != province_key("Lâm Đồng")
    assert province_key(None) == ""


def test_district_keys_drop_prefixes_and_fold_tone_marks() -> None:
    assert district_key("huyện Đạ Tẻh") == district_key("Đạ Tẻh")
    assert district_key("TX. An Khê") == district_key("thị xã An Khê")
    assert district_key("Krông Pắc") != district_key("Krông Búk")
