"""Gazetteer: Vietnamese provinces and district-level units, found in text and resolved.

Source: the data files of the installed ``vietnamadminunits`` package —
``data/parser_legacy.json`` (the 63 provinces and their ~700 districts before the 2025
reorganisation, with old names of merged districts among the keywords, e.g. "Đạ Tẻh" and
"Cát Tiên" under "Đạ Huoai") and ``data/parser_from_2025.json`` (the 34 provinces from
1 July 2025, when the district level was abolished). Lookups compare accent-free keys as the
package does ("Đạ Tẻh" -> "dateh"); a name is returned as the text writes it when the text
names it, or as the package's short name when derived ("Lâm Đồng").
"""

from __future__ import annotations

import importlib.util
import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from tomtat.text.fold import ascii_fold
from tomtat.text.vocab import UPPER_LETTER

__all__ = [
    "PlaceMatch",
    "canonical_province",
    "district_provinces",
    "find_bare_cities",
    "find_commune_provinces",
    "find_places",
    "is_district",
    "is_province",
    "place_key",
    "province_after_2025",
    "province_of_district",
    "residence_spans",
    "same_province",
    "split_leading_place",
]

log = logging.getLogger(__name__)

# Centrally governed cities: "thành phố X" names a province when X is one of these.
_CENTRAL_CITIES = frozenset({"hanoi", "hochiminh", "danang", "haiphong", "cantho", "hue"})
_CENTRAL = _CENTRAL_CITIES | {"thuathienhue"}  # "thành phố X" that names a province
_CENTRAL_BUT_HUE = _CENTRAL - {"hue"}  # the same before Huế became a city of its own
_PROVINCE_ALIASES = {
    "thuathienhue": ("hue", "Thừa Thiên Huế"),
    "hcm": ("hochiminh", "Hồ Chí Minh"),
    "tphcm": ("hochiminh", "Hồ Chí Minh"),
    "saigon": ("hochiminh", "Hồ Chí Minh"),
}
_REORGANISATION = "2025-07-01"


_NOT_KEY = re.compile("[^a-z]+")


@lru_cache(maxsize=4096)  # the same few place words are keyed again and again
def place_key(name: str) -> str:
    """Accent-free lowercase letters of ``name``: "Đạ Tẻh" -> "dateh" (the package's keys)."""
    return _NOT_KEY.sub("", ascii_fold(name))


@dataclass(frozen=True)
class _Data:
    provinces: dict[str, str]  # key -> short name
    district_keys: dict[str, list[tuple[str, str, str]]]  # key -> [(short, type, province)]
    numbered: dict[str, str] = field(default_factory=dict)  # "Quận 12" -> its province


def _load(filename: str) -> dict[str, Any]:
    # find the package's data without importing it (its __init__ pulls in pandas: seconds)
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("the vietnamadminunits package is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / filename
    with path.open("r", encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


# "Quận 12", "Quận 3": urban districts named by a number (a name the letter keys cannot hold)
_NUMBERED = re.compile(r"Quận\s+\d{1,2}")
# the look-behind after the first letter: the engine skips to the q's (see _PLACE_RE)
_NUMBERED_IN_TEXT = re.compile(r"[Qq](?<!\w[Qq])uận\s+(?P<n>\d{1,2})(?!\d|[.,/-]\d)")

# "Kỳ Anh (Thị xã)": the type the package appends to twin names
_TWIN_SUFFIX = re.compile(r"\s*\([^()]*\)\s*$")


@lru_cache(maxsize=2)
def _data(post_2025: bool) -> _Data:
    try:
        raw = _load("parser_from_2025.json" if post_2025 else "parser_legacy.json")
    except (OSError, ValueError) as exc:  # the package is a dependency; degrade, don't crash
        log.warning("gazetteer data unavailable: %s", exc)
        return _Data({}, {})
    provinces: dict[str, str] = {}
    province_names: dict[str, str] = {}
    for province_key, info in raw["DICT_PROVINCE"].items():
        short = info["provinceShort"]
        province_names[province_key] = short
        for keyword in info["provinceKeywords"]:
            if len(keyword) >= 4 or keyword == place_key(short):  # not "hn", "hcm" ...
                provinces[keyword] = short
    districts: dict[str, list[tuple[str, str, str]]] = {}
    numbered: dict[str, str] = {}
    for province_key, units in raw.get("DICT_PROVINCE_DISTRICT", {}).items():
        province = province_names.get(province_key, "")
        for info in units.values():
            # a town and the rural district around it may share a name ("Hồng Ngự (Thành
            # phố)", "Hồng Ngự (Huyện)"): the package's short name carries the type in
            # brackets and its keywords only the prefixed forms, so the bare name is added
            short = _TWIN_SUFFIX.sub("", info["districtShort"])
            entry = (short, info["districtType"], province)
            keywords = list(info["districtKeywords"])
            if short != info["districtShort"]:
                keywords.append(place_key(short))
            for keyword in keywords:
                bare = keyword
                for prefix in ("thanhpho", "thixa", "huyen", "quan"):
                    if keyword.startswith(prefix) and keyword != place_key(short):
                        bare = ""
                        break
                if bare:
                    districts.setdefault(bare, []).append(entry)
            if _NUMBERED.fullmatch(short):
                numbered[" ".join(short.split())] = province
    return _Data(provinces, districts, numbered)


# Provinces renamed before 1 July 2025, with the day of the change and the former name: the
# package's legacy data already uses the new name ("Huế", a city from 1 January 2025).
_RENAMED = {"Huế": ("2025-01-01", "Thừa Thiên Huế")}


def _historical(province: str, date: str | None) -> str:
    """The name ``province`` had at ``date`` (unknown date: the former name)."""
    renamed = _RENAMED.get(province)
    if renamed is not None and (not date or str(date) < renamed[0]):
        return renamed[1]
    return province


def _post(date: str | None) -> bool:
    return bool(date) and str(date) >= _REORGANISATION


def is_province(name: str, *, date: str | None = None) -> bool:
    """Whether ``name`` (no prefix) is a province or centrally governed city at ``date``."""
    return canonical_province(name, date=date) is not None


_PROVINCE_PREFIX = re.compile(r"(?i)^\s*(?:tỉnh|thành\s+phố|tp\.?)\s*")


def canonical_province(name: str, *, date: str | None = None) -> str | None:
    """The package's short name of province ``name`` ("tỉnh Lâm Đồng" -> "Lâm Đồng"), or None."""
    key = place_key(_PROVINCE_PREFIX.sub("", name))
    if key in _PROVINCE_ALIASES:
        return _PROVINCE_ALIASES[key][1]
    found = _data(_post(date)).provinces.get(key)
    if found is None and _post(date):
        found = _data(False).provinces.get(key)  # a former province, named as the text names it
    return found


def same_province(a: str, b: str) -> bool:
    """Whether two province names are the same province ("Thừa Thiên Huế" and "Huế" are)."""

    def key(name: str) -> str:
        k = place_key(_PROVINCE_PREFIX.sub("", name))
        return _PROVINCE_ALIASES.get(k, (k, ""))[0]

    return key(a) == key(b)


def district_provinces(name: str, *, date: str | None = None) -> list[tuple[str, str, str]]:
    """All district-level units called ``name``: (short name, unit type, province)."""
    if _post(date):
        return []
    data = _data(False)
    numbered = data.numbered.get(" ".join(name.split()).capitalize())
    if numbered is not None:
        return [(" ".join(name.split()).capitalize(), "Quận", numbered)]
    return list(data.district_keys.get(place_key(name), []))


def is_district(name: str, *, date: str | None = None) -> bool:
    """Whether ``name`` (no prefix) is a district-level unit (before 1 July 2025)."""
    return bool(district_provinces(name, date=date))


def province_of_district(
    name: str, *, hints: tuple[str, ...] = (), date: str | None = None
) -> str | None:
    """Province of district ``name``: unique by name, or the one among ``hints`` (provinces)."""
    candidates = {
        _historical(province, date) for _, _, province in district_provinces(name, date=date)
    }
    if len(candidates) == 1:
        return next(iter(candidates))
    hint_keys = {place_key(h) for h in hints}
    matching = [c for c in candidates if place_key(c) in hint_keys]
    if len(matching) == 1:
        return matching[0]
    return None


@dataclass(frozen=True)
class PlaceMatch:
    """A place named in the text with its unit word: "huyện Đức Trọng", "tỉnh Quảng Trị"."""

    name: str  # as written, without the unit word
    level: str  # "province" | "district" | "commune" (from 1 July 2025, with its province)
    unit: str  # the unit word as written ("huyện", "thị xã", "tỉnh", "TP.")
    province: str | None  # the province (itself for a province; derived for a district)
    start: int  # of the unit word
    end: int  # of the name


_NOT_SPACES = re.compile(r"\S+")


def _words_end(match: re.Match[str], size: int) -> int:
    """Offset in the text where the ``size``-th word of the match's name ends (the words may be
    apart by several blanks, so the joined name's length would fall short)."""
    ends = [word.end() for word in _NOT_SPACES.finditer(match.group("name"))]
    return match.start("name") + ends[size - 1]


_UPPER_WORD = UPPER_LETTER + r"[^\W\d_]*(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)?"
_BODY_OF = r"(?:\s+(?:đoàn|ủy|uỷ|hội))?"  # "Tỉnh đoàn", "Huyện ủy": the unit's body
_PLACE_RE = re.compile(
    # "(?<!\w)(?:[Tt]ỉnh|[Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Qq]uận|TP|TX)" spelt out by first
    # letter, each branch opening with it and testing the character before it after it: a
    # pattern opening with a look-behind was tried at every position of the text, one whose
    # branches open with letters only where one of them stands (the units' branches differ in
    # their first two letters, so at most one matches at a place, whatever their order)
    rf"(?P<unit>T(?<!\wT)(?:ỉnh{_BODY_OF}|hị\s+xã|hành\s+phố|P\.?\s?|X\.?\s?)"
    rf"|t(?<!\wt)(?:ỉnh{_BODY_OF}|hị\s+xã|hành\s+phố)|H(?<!\wH)uyện{_BODY_OF}|h(?<!\wh)uyện{_BODY_OF}"
    r"|Q(?<!\wQ)uận|q(?<!\wq)uận)"
    # "tỉnh Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": a spaced dash may join a province's name
    rf"\s*(?P<name>{_UPPER_WORD}(?:[ \t]+(?:[-–][ \t]+)?{_UPPER_WORD}){{0,4}})"
)
_HCM_RE = re.compile(
    # "(?i)(?<!\w)(?:TP...|thành phố Hồ Chí Minh)(?!\w)" with its first letter out of the
    # (?i) group ("t" matches only "T" and "t" so), the look-behind after it: the engine then
    # skips to the t's instead of trying every position
    r"[Tt](?<!\w[Tt])(?i:P\.?\s?HCM|PHCM|P\.?\s?Hồ\s+Chí\s+Minh|hành\s+phố\s+Hồ\s+Chí\s+Minh)(?!\w)"
)


def split_leading_place(
    words: list[str], *, date: str | None = None, level: str | None = None
) -> int:
    """How many of ``words`` (capitalised) form the longest known place name at their start."""
    for size in range(min(5, len(words)), 0, -1):
        candidate = " ".join(words[:size])
        if level in (None, "province") and canonical_province(candidate, date=date):
            return size
        if level in (None, "district") and is_district(candidate, date=date):
            return size
    return 0


# "xã Ngọc Chiến (Mường La, Sơn La)": a commune's district and province in brackets, bare
_BRACKETED_PLACES = re.compile(
    rf"\((?P<district>{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,3}}),\s*"
    rf"(?P<province>{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,3}})\)"
)


def _bracketed_places(text: str, date: str | None) -> list[PlaceMatch]:
    """District and province written bare in brackets after a commune ("(Mường La, Sơn La)"),
    where the gazetteer places that district in that province."""
    found: list[PlaceMatch] = []
    for match in _BRACKETED_PLACES.finditer(text):
        district, province = match.group("district"), match.group("province")
        canonical = canonical_province(province, date=date)
        if canonical is None or not is_district(district, date=date):
            continue
        if province_of_district(district, hints=(canonical,), date=date) != canonical:
            continue
        found.append(
            PlaceMatch(
                district, "district", "", canonical, match.start("district"), match.end("district")
            )
        )
        found.append(
            PlaceMatch(
                province, "province", "", canonical, match.start("province"), match.end("province")
            )
        )
    return found


def _numbered_places(text: str, date: str | None) -> list[PlaceMatch]:
    """Urban districts named by a number ("Công an Quận 12"), before 1 July 2025."""
    if _post(date) or "uận" not in text:
        return []
    numbered = _data(False).numbered
    found = []
    for match in _NUMBERED_IN_TEXT.finditer(text):
        name = f"Quận {int(match.group('n'))}"
        if name in numbered:
            found.append(
                PlaceMatch(name, "district", "", numbered[name], match.start(), match.end())
            )
    return found


def _dash_cut(words: list[str], size: int, date: str | None) -> bool:
    """Whether ``words[:size]`` ends at or just after a spaced dash that joins no known
    province's name ("Gia Lai - Kon"): a dash only joins "Bà Rịa - Vũng Tàu"."""
    if words[size - 1] in ("-", "–"):
        return True
    joined = size > 1 and words[size - 2] in ("-", "–")
    return joined and canonical_province(" ".join(words[:size]), date=date) is None


_RESIDENCE_UNIT = (
    r"(?:[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hành\s+phố|TP\.?|[Xx]ã|[Pp]hường|[Tt]hị\s+trấn"
    r"|[Tt]hôn|[Ấấ]p|[Bb]ản|[Ll]àng|[Bb]uôn|[Kk]hu\s+phố|[Tt]ổ\s+dân\s+phố)"
)
_RESIDENCE_PLACE = rf"(?:{_RESIDENCE_UNIT}\s+)?(?:{_UPPER_WORD}|\d+)(?:[ \t]+{_UPPER_WORD})*"
# "(ngụ tỉnh Y)", "quê ở huyện Z", "trú tại xã W, huyện V": a person's home, told of a guest
# or a recipient; after the first place, a chain of places each with its unit word
_RESIDENCE = re.compile(
    # "(?<!\w)(?i:ngụ|trú|cư trú|thường trú|quê|sinh sống)" opening with the class of the
    # letters (either case) its words open with ("ſ" is an "s" to (?i)), the look-behind after
    # it and each word's first letter told by a look-behind: the engine skips to those letters
    # instead of trying the pattern at every position of the text
    r"[NnTtCcQqSsſ](?<!\w[NnTtCcQqSsſ])"
    r"(?i:(?<=n)gụ|(?<=t)rú|(?<=c)ư\s+trú|(?<=t)hường\s+trú|(?<=q)uê(?:\s+quán)?|(?<=s)inh\s+sống)"
    r"(?:\s+(?i:ở|tại))?\s+"
    + _RESIDENCE_PLACE
    + rf"(?:\s*,\s*{_RESIDENCE_UNIT}\s+{_RESIDENCE_PLACE})*"
)


def residence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` telling where a person lives ("anh A (trú tại xã B, huyện C)"):
    from the verb to the end of its chain of places, or to the closing bracket where the
    home is told in brackets. A place in one is a person's home, not the event's."""
    return list(_residence_spans(text))


@lru_cache(maxsize=16)  # per text: the event reader reads an organiser's places twice
def _residence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`residence_spans` of ``text``."""
    spans: list[tuple[int, int]] = []
    for match in _RESIDENCE.finditer(text):
        end = match.end()
        window = max(0, match.start() - 60)
        if text.rfind("(", window, match.start()) > text.rfind(")", window, match.start()):
            closing = text.find(")", end, end + 80)
            end = closing + 1 if closing != -1 else end
        spans.append((match.start(), end))
    return tuple(spans)


def _era(date: str | None) -> str | None:
    """The date that stands for ``date`` in the gazetteer's answers: they change only on the
    day Huế became a city of its own (:data:`_RENAMED`) and on the reorganisation (see
    :func:`_historical`, :func:`_post`, the "Huế" test of :func:`find_places`), so every
    date before the first (or none) reads as None, and the others as the day they follow."""
    if not date or str(date) < _RENAMED["Huế"][0]:
        return None
    return _REORGANISATION if _post(date) else _RENAMED["Huế"][0]


def find_places(text: str, *, date: str | None = None) -> list[PlaceMatch]:
    """Provinces and district-level units written with their unit word, in text order (and a
    district and province bracketed bare after a commune, :func:`_bracketed_places`)."""
    return list(_places_in(text, _era(date)))


@lru_cache(maxsize=16)  # per text: the event reader asks for an organiser's places twice
def _places_in(text: str, date: str | None) -> tuple[PlaceMatch, ...]:
    """:func:`find_places` of ``text`` at a date of :func:`_era`."""
    found: list[PlaceMatch] = _bracketed_places(text, date)
    for match in _HCM_RE.finditer(text):
        found.append(
            PlaceMatch(
                "Hồ Chí Minh", "province", "thành phố", "Hồ Chí Minh", match.start(), match.end()
            )
        )
    found.extend(_numbered_places(text, date))
    taken = [(p.start, p.end) for p in found]
    for match in _PLACE_RE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        unit = match.group("unit").strip()
        unit_key = place_key(unit)
        if unit_key.startswith("tinh"):
            unit_key = "tinh"  # "Tỉnh đoàn Bình Định", "Tỉnh ủy Gia Lai": the province's body
        elif unit_key.startswith("huyen"):
            unit_key = "huyen"  # "Huyện đoàn Tây Sơn": the district's body
        words = match.group("name").split()
        is_city = unit_key in ("thanhpho", "tp")
        place: PlaceMatch | None = None
        for size in range(min(6, len(words)), 0, -1):
            name = " ".join(words[:size])
            if _dash_cut(words, size, date):
                continue
            key = place_key(name)
            central = _CENTRAL
            if key == "hue" and (not date or str(date) < _RENAMED["Huế"][0]):
                central = _CENTRAL_BUT_HUE  # until 2025 a city of Thừa Thiên Huế province
            # a province only after "tỉnh", or after "thành phố" for a centrally governed city
            # (the gazetteer is asked only then)
            as_province = unit_key == "tinh" or (is_city and key in central)
            province = canonical_province(name, date=date) if as_province else None
            if province is not None:
                name_end = _words_end(match, size)
                place = PlaceMatch(name, "province", unit, province, match.start(), name_end)
                break
            if is_city and key == "hue" and "hue" not in central:
                place = PlaceMatch(
                    name, "district", unit, "Thừa Thiên Huế", match.start(), _words_end(match, size)
                )
                break
            if unit_key != "tinh" and is_district(name, date=date):
                owner = province_of_district(name, date=date)
                name_end = _words_end(match, size)
                place = PlaceMatch(name, "district", unit, owner, match.start(), name_end)
                break
        if place is not None:
            found.append(place)
    found.sort(key=lambda p: p.start)
    return tuple(found)


@lru_cache(maxsize=1)
def _successors() -> dict[str, str]:
    """Accent-free key of every province before 1 July 2025 -> short name of the one after."""
    try:
        legacy = _load("parser_legacy.json")["DICT_PROVINCE"]
        current = _load("parser_from_2025.json")["DICT_PROVINCE"]
        merged = _load("converter_2025.json")["DICT_PROVINCE"]
    except (OSError, ValueError, KeyError) as exc:
        log.warning("gazetteer merger data unavailable: %s", exc)
        return {}
    out: dict[str, str] = {}
    for new_key, old_keys in merged.items():
        new_short = current.get(new_key, {}).get("provinceShort")
        for old_key in old_keys:
            old_short = legacy.get(old_key, {}).get("provinceShort")
            if new_short and old_short:
                out[place_key(old_short)] = new_short
        if new_short:
            out[place_key(new_short)] = new_short
    return out


def province_after_2025(name: str) -> str | None:
    """The province that ``name`` (a province before or after the merger) belongs to from
    1 July 2025: "Đắk Nông" -> "Lâm Đồng", "Lâm Đồng" -> "Lâm Đồng", "Kon Tum" -> "Quảng Ngãi".

    Two names of one place at different times compare equal through this; None if unknown.
    """
    short = canonical_province(name)
    if short is None:
        short = canonical_province(name, date=_REORGANISATION)
    if short is None:
        return None
    key = place_key(short)
    return _successors().get(_PROVINCE_ALIASES.get(key, (key, short))[0])


# centrally governed cities written without a unit word: "tại Hà Nội", "ở Đà Nẵng"
_BARE_CITY_RE = re.compile(r"(?<![\w.])(?:Hà\s+Nội|Đà\s+Nẵng|Hải\s+Phòng|Cần\s+Thơ)(?![\w-])")


def find_bare_cities(text: str) -> list[PlaceMatch]:
    """Centrally governed cities named without "thành phố" ("tại Hà Nội"): provinces.

    A province name with no unit word is ambiguous in general (a person, a road, a school), but
    these cities are province-level and their bare names almost always mean the city ("Hồ
    Chí Minh" is left out: it names the president, the Youth Union, roads and schools).
    A name that is part of a longer unit ("Công an TP Hà Nội") is found by :func:`find_places`.
    """
    found = []
    for match in _BARE_CITY_RE.finditer(text):
        name = " ".join(match.group(0).split())
        province = canonical_province(name) or name
        found.append(PlaceMatch(name, "province", "", province, match.start(), match.end()))
    return found


@lru_cache(maxsize=1)
def _communes_after_2025() -> dict[str, str]:
    """Accent-free key of a commune-level unit from 1 July 2025 with its type ("phuongpleiku",
    "xaiagrai", "dackhuvandon") -> short name of its province, for names that are unique in
    the country (the package's own list of unique wards)."""
    try:
        raw = _load("parser_from_2025.json")
    except (OSError, ValueError) as exc:
        log.warning("gazetteer data unavailable: %s", exc)
        return {}
    provinces = {key: info["provinceShort"] for key, info in raw["DICT_PROVINCE"].items()}
    out: dict[str, str] = {}
    for key, info in raw.get("DICT_UNIQUE_WARD_PROVINCE_NO_ACCENTED", {}).items():
        province = provinces.get(info.get("provinceKey", ""))
        if province:
            out[key] = province
    return out


_COMMUNE_RE = re.compile(
    r"(?<!\w)(?P<unit>[Xx]ã|[Pp]hường|[Đđ]ặc\s+khu)[ \t]+"
    rf"(?P<name>{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,4}})"
)


def find_commune_provinces(text: str, *, date: str | None) -> list[PlaceMatch]:
    """Communes and wards of the units from 1 July 2025 ("phường Quy Nhơn Nam", "xã Ia Grai")
    whose name is unique in the country, each with its province (level "commune"). Before
    that date a commune's name says nothing reliable of its province: none are returned."""
    if not _post(date):
        return []
    communes = _communes_after_2025()
    found: list[PlaceMatch] = []
    for match in _COMMUNE_RE.finditer(text):
        unit = place_key(match.group("unit"))
        words = match.group("name").split()
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            province = communes.get(unit + place_key(name))
            if province is not None:
                end = _words_end(match, size)
                found.append(
                    PlaceMatch(name, "commune", match.group("unit"), province, match.start(), end)
                )
                break
    return found
