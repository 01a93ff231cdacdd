"""Where: the province and district of the organiser, from the lead, the headline or the text.

Provincial bodies ("Tỉnh đoàn X", "Bộ CHQS tỉnh") name their province and hold provincial
events (no district); a commune's meeting takes the first district the text names; a district
gives its province through the gazetteer (a name shared by provinces is decided by the
provinces the text names, else the outlet's home province); from July 2025 there are no
districts and a commune with a unique name gives its province. A report whose lead names no
place is about the first unit it names.
"""

from __future__ import annotations

import re

from tomtat.extract.rules.evidence import exact_evidence
from tomtat.schemas import Evidence
from tomtat.text.gazetteer import (
    PlaceMatch,
    canonical_province,
    find_bare_cities,
    find_places,
    is_district,
    province_of_district,
    residence_spans,
    split_leading_place,
)
from tomtat.text.levels import level_unit_pattern
from tomtat.text.metadata import outlet_province, person_name_case
from tomtat.text.vocab import NATIONAL_BODY, PLACE_NAMES_OF_A_PERSON, SURNAMES, VILLAGE_UNITS

_COMMUNE_ORG = re.compile(rf"(?i)(?<!\w){level_unit_pattern('commune')}\s+\w")

# "Công an tỉnh", "Ban Chỉ đạo 138 tỉnh": a provincial body named without its province
_BARE_PROVINCE_UNIT = re.compile(r"(?<!\w)[Tt]ỉnh(?!\s+[A-ZĐ])(?!\w)")

_NATIONAL = re.compile(NATIONAL_BODY)

# "Hội nghị Công an toàn quốc lần thứ 80", "Đại hội đại biểu toàn quốc Hội X": a nationwide
# meeting is a national body's
_NATIONWIDE_MEETING = re.compile(
    r"(?i)(?<!\w)(?:hội\s+nghị|đại\s+hội)(?:\s+[^\s,;.()\n]+){0,4}?\s+toàn\s+quốc(?!\w)"
)

# "hội nghị trực tuyến toàn quốc", "tại điểm cầu tỉnh X": a meeting joined online from a
# province, whose report is of its bridge point
_ONLINE = re.compile(r"(?i)(?<!\w)(?:trực\s+tuyến|điểm\s+cầu)(?!\w)")

# a province's own forces named with the bare province: "Công an Nghệ An", "BĐBP Quảng Bình"
_BODY_OF_A_PROVINCE = re.compile(
    r"(?:Công\s+an|Bộ\s+đội\s+Biên\s+phòng|BĐBP|Bộ\s+CHQS|Bộ\s+Chỉ\s+huy\s+Quân\s+sự)\s+"
    r"(?P<name>[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})"
)

_SEAT_OF_NATIONAL_BODIES = "Hà Nội"


_Found = tuple[str | None, Evidence | None]
_NONE: _Found = (None, None)
_OPENING = 3000  # characters at the top of a report where its first places are read
_PROVINCE_HINTS_SCAN = 20000  # characters read for the provinces that place a district


def _places(text: str, date: str | None = None) -> list[PlaceMatch]:
    """The places ``text`` names, less those telling where a person lives ("anh A (ngụ
    tỉnh Y)"): a guest's or a recipient's home is not where the event is."""
    homes = residence_spans(text)
    places = find_places(text, date=date)
    if not homes:
        return places
    return [p for p in places if not any(s <= p.start < e for s, e in homes)]


def _readable_case(name: str) -> str:
    """An organiser named in capitals (a headline's "ĐOÀN THANH NIÊN HUYỆN BẢO LÂM") as a name
    is written, so that its places are read; the same offsets, else the name unchanged."""
    if not name.isupper():
        return name
    cased = person_name_case(name)
    return cased if len(cased) == len(name) else name


def _lead_places(
    text: str, org: tuple[int, int] | None, lead: tuple[int, int], date: str | None
) -> tuple[list[PlaceMatch], int]:
    """Places the organiser names, else the lead's first district (or province)."""
    if org is not None:
        places = _places(_readable_case(text[org[0] : org[1]]), date=date)
        if places:
            return places, org[0]
    places = _places(text[lead[0] : lead[1]], date=date)
    first = [p for p in places if p.level == "district"][:1] or [
        p for p in places if p.level == "province"
    ][:1]
    if not first:
        first = find_bare_cities(text[lead[0] : lead[1]])[:1]  # "Ngày 11-3, tại Hà Nội, ..."
    return first, lead[0]


def _national_organiser(text: str, org: tuple[int, int] | None) -> _Found:
    """A national body ("Bộ Công an", "Ban Chấp hành Trung ương ...") is seated in Hà Nội,
    wherever its meeting is held; an organiser that names a place of its own is not one."""
    if org is None or _places(text[org[0] : org[1]]):
        return _NONE
    match = _NATIONAL.search(text, org[0], org[1])
    if match is None:
        return _NONE
    note = "a national body is seated in Hà Nội"
    return _SEAT_OF_NATIONAL_BODIES, exact_evidence(
        text, match.start(), match.end(), derived=True, note=note
    )


def _nationwide_meeting(text: str, lead: tuple[int, int]) -> _Found:
    """A lead with no organiser and no place that names a nationwide meeting ("Thủ tướng đến
    dự Hội nghị Công an toàn quốc lần thứ 80"): its host is a national body, seated in Hà Nội.
    Not one held where the lead says ("Hội nghị toàn quốc ... diễn ra tại tỉnh Quảng Ninh":
    the caller reads that place first) nor one joined online ("Hội nghị toàn quốc ... theo
    hình thức trực tuyến", "tại điểm cầu tỉnh X": the report is of a bridge point)."""
    match = _NATIONWIDE_MEETING.search(text, lead[0], lead[1])
    if match is None or _ONLINE.search(text, lead[0], lead[1]):
        return _NONE
    note = "a nationwide meeting is a national body's, seated in Hà Nội"
    return _SEAT_OF_NATIONAL_BODIES, exact_evidence(
        text, match.start(), match.end(), derived=True, note=note
    )


def _province_of_a_provincial_body(
    text: str, org: tuple[int, int] | None, lead: tuple[int, int], date: str | None
) -> _Found:
    """ "Công an tỉnh tổ chức ...": the lead's body is provincial but names no province; it is
    the province the text names first (or the province of the first district it names)."""
    span = org or lead
    if not _BARE_PROVINCE_UNIT.search(text, span[0], span[1]):
        return _NONE
    top = text[:_OPENING]
    for place in _places(top, date=date):
        if place.province:
            note = "province of a provincial body: the first the text names"
            return place.province, exact_evidence(
                text, place.start, place.end, derived=True, note=note
            )
    for body in _BODY_OF_A_PROVINCE.finditer(top):
        words = body.group("name").split()
        size = split_leading_place(words, date=date, level="province")
        if size:
            name = " ".join(words[:size])
            province = canonical_province(name, date=date) or name
            note = "province of a provincial body: 'Công an Nghệ An' names it without 'tỉnh'"
            start = body.start("name")
            return province, exact_evidence(text, start, start + len(name), derived=True, note=note)
    return _NONE


# the unit words of a commune or of a place below it: a name after one is not a district's
# or a province's even where one bears the same name ("UBND xã Tân An", "thị trấn Đông Phú")
_BELOW_DISTRICT_UNIT = re.compile(
    # a special zone ranks as a commune
    rf"(?i)(?<!\w)(?:{level_unit_pattern('commune')}|đặc\s+khu|{'|'.join(VILLAGE_UNITS)})$"
)

_PERSON_NAME_WORDS = (2, 4)  # a person's name runs two to four words


def _tail_is_a_whole_place(words: list[str], size: int) -> bool:
    """Whether the last ``size`` words of an organiser's name may be a place it is named
    after: not a commune's name after its unit word ("UBND xã Tân An" is not the city of Tân
    An), and not the end of a person's name a school or body bears ("Trường Tiểu học Phạm
    Hữu Vinh" is not in the city of Vinh): a capitalised run of two to four words, longer
    than the place and opening with a family name (of more than one letter: "Y" also opens
    "Đại học Y Hà Nội"), is a person's name. A place of two words or more ends such a name
    only right after a lone family name ("Trường THCS Nguyễn Thái Bình"); after a whole name
    it is the place the body is in ("Trường THCS Trần Phú Hà Tĩnh")."""
    head = words[:-size]
    if _BELOW_DISTRICT_UNIT.search(" ".join(head[-2:])):
        return False
    if size > 1:
        return not (head and _is_family_name(head[-1]))
    low, high = _PERSON_NAME_WORDS
    for run in range(max(size + 1, low), min(high, len(words)) + 1):
        first = words[-run]
        if not first[:1].isupper():
            break
        if _is_family_name(first):
            return False
    return True


def _is_family_name(word: str) -> bool:
    """A capitalised family name of more than one letter ("Y" also opens "Đại học Y")."""
    return len(word) > 1 and word[:1].isupper() and word.lower() in SURNAMES


def _province_of_a_body_named_after_a_place(
    text: str, org: tuple[int, int] | None, date: str | None
) -> _Found:
    """ "Bệnh viện Đa khoa Hà Đông": a body named after a bare place (a district-level unit of
    one province, or a province) at the end of its name is in that province; not one named
    after a person ("... tấm gương đạo đức Hồ Chí Minh", :data:`PLACE_NAMES_OF_A_PERSON`)."""
    if org is None:
        return _NONE
    words = text[org[0] : org[1]].split()
    for size in range(min(4, len(words) - 1), 0, -1):
        tail = words[-size:]
        if not all(w[:1].isupper() for w in tail) or not _tail_is_a_whole_place(words, size):
            continue
        name = " ".join(tail)
        if name in PLACE_NAMES_OF_A_PERSON:
            return _NONE
        province = canonical_province(name, date=date)
        if province is None and is_district(name, date=date):
            province = province_of_district(name, date=date)
        if province is not None:
            start = text.rfind(name, org[0], org[1])
            note = "province of a body named after a place"
            return province, exact_evidence(text, start, start + len(name), derived=True, note=note)
    return _NONE


def _province_of_outlet(text: str) -> _Found:
    """The home province of a local outlet's tag ("(GLO)-"), when the report names none."""
    home = outlet_province(text)
    if home is None:
        return _NONE
    province, start, end = home
    note = "home province of the outlet's tag"
    return province, exact_evidence(text, start, end, derived=True, note=note)


def _bare_district_subject(title: str, date: str | None) -> str | None:
    """ "Tuy Hòa kỷ niệm 90 năm ...": a headline whose subject is a bare district-level name
    of two words or more (not also a province's) followed by its verb ("Vinh danh ..." is a
    verb, not the city of Vinh)."""
    words = title.split()
    size = split_leading_place(words, date=date, level="district")
    if size < 2 or size >= len(words) or not words[size][:1].islower():
        return None
    name = " ".join(words[:size])
    return None if canonical_province(name, date=date) else name


# "Thành đoàn Bảo Lộc", "Huyện đoàn Krông Pắc", "Thị ủy Ba Đồn": a district's own body named
# with the bare district
_BODY_OF_A_DISTRICT = re.compile(
    r"(?:Huyện|Thành|Thị)\s+(?:đoàn|ủy|uỷ|hội)\s+(?P<name>[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})"
)


def _district_of_a_district_body(
    text: str, org: tuple[int, int] | None, date: str | None
) -> _Found:
    """ "Thành đoàn Bảo Lộc tổ chức ...": the district a district's own body is named for."""
    if org is None:
        return _NONE
    body = _BODY_OF_A_DISTRICT.search(text, org[0], org[1])
    if body is None:
        return _NONE
    words = body.group("name").split()
    size = split_leading_place(words, date=date, level="district")
    name = " ".join(words[:size])
    if not size or canonical_province(name, date=date):
        return _NONE
    start = body.start("name")
    note = "district of a district's own body"
    return name, exact_evidence(text, start, start + len(name), derived=True, note=note)


def _district_in_headline(text: str, title: str | None, date: str | None) -> _Found:
    """ "Đức Trọng: ...", "Thành phố Phổ Yên hoàn thành ...": a headline opening with a
    district (bare before a colon, or with its unit word as the subject) names the district."""
    if not title:
        return _NONE
    head = re.match(r"\s*([^:]{2,40}):", title)
    name: str | None = None
    if head is not None and is_district(head.group(1).strip(), date=date):
        name = head.group(1).strip()
    else:
        opening = [p for p in _places(title, date=date) if not title[: p.start].strip()]
        if opening and opening[0].level == "district":
            name = opening[0].name
        else:
            name = _bare_district_subject(title, date)
    if name is None or name not in text:
        return _NONE
    i = text.find(name)
    note = "district named in the headline"
    return name, exact_evidence(text, i, i + len(name), derived=True, note=note)


def _district_of_a_commune(text: str, org: tuple[int, int] | None, date: str | None) -> _Found:
    """A commune's meeting ("UBND xã Ia Kha"): its district is the first the text names."""
    if org is None or not _COMMUNE_ORG.search(text, org[0], org[1]):
        return _NONE
    for place in _places(text[:_OPENING], date=date):
        if place.level == "district":
            note = "district of a commune-level organiser: the first the text names"
            return place.name, exact_evidence(text, place.start, place.end, derived=True, note=note)
    return _NONE


def _province_in_headline(text: str, title: str | None, date: str | None) -> _Found:
    """ "Tuyên dương ... tỉnh Bình Định": the headline names the place the lead leaves out."""
    if not title:
        return _NONE
    head_provinces = [p for p in _places(title, date=date) if p.level == "province"]
    if not head_provinces:
        return _NONE
    p = head_provinces[0]
    name = p.province or p.name
    i = text.find(title[p.start : p.end])
    if not name or i < 0:
        return _NONE
    note = "province named in the headline"
    return name, exact_evidence(text, i, i + p.end - p.start, derived=True, note=note)


def _province_of_district(
    text: str, district: str, district_ev: Evidence | None, date: str | None
) -> _Found:
    """The province of a district (gazetteer); a name shared by several provinces is decided
    by the provinces the text names, else by the home province of a local outlet's tag."""
    province = province_of_district(district, date=date)
    if province is None:
        hints = tuple(
            p.province or p.name
            for p in _places(text[:_PROVINCE_HINTS_SCAN], date=date)
            if p.level == "province"
        )
        province = province_of_district(district, hints=hints, date=date)
    if province is None:
        home = outlet_province(text)  # "(BTNO) - UBND huyện Tân Châu ...": Tây Ninh's
        if home is not None:
            province = province_of_district(district, hints=(home[0],), date=date)
    if not province or district_ev is None:
        return province, None
    return province, Evidence(
        quote=district_ev.quote,
        start=district_ev.start,
        end=district_ev.end,
        alignment=district_ev.alignment,
        derived=True,
        note=f"province of {district} (gazetteer: vietnamadminunits)",
    )


def _is_provincial_body(text: str, org: tuple[int, int] | None) -> bool:
    """ "Bộ CHQS tỉnh", "Hội Nông dân tỉnh": an organiser named as the province's own body
    (a bare "tỉnh" ending it, no district in its name) holds a provincial event."""
    if org is None or not _BARE_PROVINCE_UNIT.search(text, org[0], org[1]):
        return False
    return not any(p.level == "district" for p in _places(text[org[0] : org[1]]))


def _district_field(
    text: str,
    org: tuple[int, int] | None,
    title: str | None,
    date: str | None,
    places: tuple[list[PlaceMatch], list[PlaceMatch], int],
) -> _Found:
    """The district: none for a provincial body's event; else the organiser's or lead's
    first district; else, when no province is named there, the headline's or a commune's."""
    districts, provinces, offset = places
    if _is_provincial_body(text, org):
        return _NONE  # its meeting is provincial, wherever the lead's recipients live
    if districts:
        d = districts[0]
        return d.name, exact_evidence(text, offset + d.start, offset + d.end)
    if provinces:
        return _NONE
    found = _district_of_a_district_body(text, org, date)
    if found[0] is None:
        found = _district_in_headline(text, title, date)
    return found if found[0] is not None else _district_of_a_commune(text, org, date)


def _province_fallbacks(
    text: str,
    org: tuple[int, int] | None,
    lead: tuple[int, int],
    title: str | None,
    date: str | None,
) -> _Found:
    """A province neither the organiser nor the lead names: the headline's, a provincial
    body's, a body named after a place, the outlet's home province. A commune or ward alone
    gives none, even one whose name is unique after the 2025 reform (the labelling convention:
    the text does not say the province; a reader would have to know the new map)."""
    found = _province_in_headline(text, title, date) if title else _NONE
    if found[0] is None:
        found = _province_of_a_provincial_body(text, org, lead, date)
    if found[0] is None:
        found = _province_of_a_body_named_after_a_place(text, org, date)
    if found[0] is None:
        found = _province_of_outlet(text)
    return found


def place_fields(
    text: str,
    org: tuple[int, int] | None,
    lead: tuple[int, int],
    title: str | None,
    date: str | None,
) -> tuple[str | None, Evidence | None, str | None, Evidence | None]:
    """Province and district of the organiser, with evidence; derived values are marked.

    The organiser's own place wins; a national organiser gives Hà Nội; then the lead's place,
    the headline's, the home province of a local outlet's tag, and last the first place the
    report names.
    """
    national, national_ev = _national_organiser(text, org)
    if national is not None:
        return national, national_ev, None, None
    places, offset = _lead_places(text, org, lead, date)
    if not places and org is None:
        national, national_ev = _nationwide_meeting(text, lead)
        if national is not None:
            return national, national_ev, None, None
    districts = [p for p in places if p.level == "district"]
    provinces = [p for p in places if p.level == "province"]
    district, district_ev = _district_field(text, org, title, date, (districts, provinces, offset))
    province, province_ev = _NONE
    if org is not None and offset != org[0]:
        # "Cục Thuế Quảng Nam tổ chức ... cán bộ ngành thuế Quảng Nam và Đà Nẵng": the place
        # the organiser is named after wins over the other places of its lead
        province, province_ev = _province_of_a_body_named_after_a_place(text, org, date)
    if province is None and provinces:
        p = provinces[0]
        province = p.province or p.name
        province_ev = exact_evidence(text, offset + p.start, offset + p.end)
    elif province is None and district:
        province, province_ev = _province_of_district(text, district, district_ev, date)
        if province is None and districts and districts[0].province and district_ev:
            # "thành phố Huế" before 2025: the finder knows the province of the city it read
            province = districts[0].province
            province_ev = district_ev.model_copy(
                update={"derived": True, "note": f"province of {district} (gazetteer)"}
            )
    if province is None:
        province, province_ev = _province_fallbacks(text, org, lead, title, date)
    if province is None and district is None:
        first = _first_place_of_the_report(text, date)
        if org is None:
            district, district_ev, province, province_ev = first
        else:
            # an organiser that names no place ("cụm thi đua số II"): only the province is
            # the first place's, its district may be any of the cluster's
            province, province_ev = first[2], first[3]
    return province, province_ev, district, district_ev


_TOP_OF_REPORT = 3000  # characters read for the first place a report names


def _first_place_of_the_report(
    text: str, date: str | None
) -> tuple[str | None, Evidence | None, str | None, Evidence | None]:
    """ "Phát biểu tại đại hội, ông X ..." with no organiser and no place in the lead, headline
    or outlet tag: the report is about the first unit it names near its top ("Chủ tịch UBND
    huyện Phú Vang tặng giấy khen ..."), a district (with its province) or a province. An
    organiser without a place of its own takes only the province from it."""
    for place in _places(text[:_TOP_OF_REPORT], date=date):
        note = "the first place the report names (its lead names none)"
        evidence = exact_evidence(text, place.start, place.end, derived=True, note=note)
        if place.level == "district":
            province, province_ev = _province_of_district(text, place.name, evidence, date)
            return place.name, evidence, province, province_ev
        if place.province:
            return None, None, place.province, evidence
    return None, None, None, None
