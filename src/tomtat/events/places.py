"""Who held a meeting and where, as keys that compare equal across outlets' spellings.

"Ủy ban nhân dân huyện Đức Trọng", "UBND huyện Đức Trọng" and "huyện Đức Trọng" name one
organiser; "tỉnh Đắk Nông" (before 1 July 2025) and "Lâm Đồng" (after) one province. The
folding is :func:`tomtat.text.normalize.normalize_name` (NFC, case, tone marks, UBND) and the
places come from :mod:`tomtat.text.gazetteer`; this module only splits an organiser into its
body ("công an", "ubnd") and its places by level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tomtat.text.gazetteer import canonical_province, province_after_2025
from tomtat.text.levels import unit_level, unit_words
from tomtat.text.normalize import normalize_name, strip_admin_prefix

__all__ = [
    "LEVELS",
    "Organizer",
    "district_key",
    "issuer_level",
    "parse_organizer",
    "province_key",
]

LEVELS = ("ministry", "province", "district", "commune", "other")
"""Issuer levels of the trend tables, from the top."""

# "Tỉnh đoàn", "Tỉnh ủy", "Tỉnh hội" are bodies of the province named after them.
_PROVINCE_BODY = re.compile(r"(?<!\S)tỉnh (đoàn|ủy|uỷ|hội)(?=\s)")
_RANK = {"province": 1, "district": 2, "commune": 3}
# Words that name the country, not a place: "Ủy ban MTTQ Việt Nam huyện Trà Cú".
_NOISE = re.compile(r"(?<!\S)việt nam(?!\S)")
# Bodies that stand for the local government itself: "huyện X" = "UBND huyện X".
_GOVERNMENT = frozenset({"", "ubnd", "hđnd", "hđnd ubnd", "hđnd và ubnd", "chính quyền"})
_MINISTRY = re.compile(
    r"^(?:bộ(?! chỉ huy| đội| tư lệnh)|bộ trưởng|thủ tướng|chính phủ|chủ tịch nước|trung ương|tw|"
    r"ban chấp hành trung ương|ủy ban trung ương|uỷ ban trung ương)(?:\s|$)"
)


# Central bodies named without a place ("Cục V05", "Tổng Liên đoàn Lao động Việt Nam") and
# provincial departments named without their province ("Giám đốc Sở Nội vụ").
_CENTRAL = re.compile(r"(?<!\S)(?:tổng cục|cục|tổng liên đoàn|tổng lđlđ)(?!\S)")
_PROVINCIAL = re.compile(r"(?<!\S)sở(?!\S)")


@dataclass(frozen=True)
class Organizer:
    """An organiser split into its body and its places, each a normalised key."""

    key: str  # the whole normalised name
    body: str  # "công an", "ubnd", "" for a bare place
    places: dict[str, str] = field(default_factory=dict)  # level -> place key

    @property
    def level(self) -> str | None:
        """The most specific level named: commune, district, province, national (a ministry,
        the government, a central body with no place), or None."""
        if not self.places:
            return "national" if _MINISTRY.match(self.body) else None
        return max(self.places, key=_RANK.__getitem__)

    @property
    def is_government(self) -> bool:
        """Whether the body is the local government (UBND, HĐND) or no body at all."""
        return self.body in _GOVERNMENT


def province_key(name: str | None) -> str:
    """A province's key, the same before and after the 2025 merger ("Đắk Nông" = "Lâm Đồng")."""
    if not name:
        return ""
    merged = province_after_2025(name)
    if merged:
        return normalize_name(merged)
    return normalize_name(canonical_province(name) or strip_admin_prefix(name))


def district_key(name: str | None) -> str:
    """A district's key: prefix dropped, folded ("huyện Đạ Tẻh" = "Đạ Tẻh")."""
    return normalize_name(strip_admin_prefix(name)) if name else ""


def _place_level(unit: str, place: str) -> str:
    """The level of a unit word and the place after it; a city is a district unless it is
    centrally governed ("tp Đà Nẵng": a province)."""
    level = unit_level(unit)
    if level is not None:
        return level
    if canonical_province(place) is not None:
        if province_after_2025(place) == canonical_province(place):
            return "province"  # a centrally governed city: Hà Nội, Đà Nẵng, Huế ...
    return "district"  # a provincial city


def parse_organizer(name: str | None) -> Organizer | None:
    """The organiser ``name`` as body and places; None when no name is given."""
    key = _NOISE.sub(" ", normalize_name(name)).split()
    text = _PROVINCE_BODY.sub(r"tỉnh\1 tỉnh", " ".join(key))
    if not text:
        return None
    matches = list(unit_words(text))
    if not matches:
        return Organizer(text, text, {})
    body = text[: matches[0].start()].strip()
    places: dict[str, str] = {}
    for index, match in enumerate(matches):
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        place = text[match.end() : stop].strip()
        level = _place_level(match.group("unit"), place)
        if level == "province" and place:
            place = province_key(place)
        places.setdefault(level, place)  # "" for a bare unit word: level known, place not
    return Organizer(text, body, places)


def issuer_level(issuer: str | None) -> str:
    """The level of an award's issuer: ministry (and other central bodies), province, district,
    commune or other. A unit word with its place decides ("Chủ tịch UBND tỉnh" -> province)."""
    key = _NOISE.sub(" ", normalize_name(issuer)).strip()
    if not key:
        return "other"
    parsed = parse_organizer(key)
    if parsed is not None and parsed.places:
        return parsed.level or "other"  # the unit word decides: "Bộ Chỉ huy Quân sự tỉnh"
    if _MINISTRY.match(key) or _CENTRAL.search(key):
        return "ministry"
    if _PROVINCIAL.search(key):
        return "province"
    return "other"
