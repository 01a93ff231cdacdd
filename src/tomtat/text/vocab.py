"""The one Vietnamese vocabulary of the genre: award words, issuers, recipients, units, scales.

Every reader of the text (the count finder, the LLM validators, the summary reader, the
cross-check) takes its word lists from here, so a spelling added once is known everywhere.
Patterns are regex fragments without flags; words are in lower case unless a pattern is
matched case-sensitively (the issuers' heads).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tomtat.schemas import AwardType

__all__ = [
    "ADDING_OPENERS",
    "AIM_WORDS",
    "AWARD_SPELLINGS",
    "AWARD_WORDS",
    "BOTH_NOUNS",
    "BREAKDOWN_OPENERS",
    "CASE_VERBS",
    "CEREMONY_NOUNS",
    "CHANGE_VERBS",
    "COLLECTIVE_NOUNS",
    "COMMENDATION_VERBS",
    "COMPOUND_ENDINGS",
    "CONFERENCE_PURPOSES",
    "CONTEST_WORDS",
    "COUNTED_AWARD_WORDS",
    "COUNTING_SO",
    "DOCUMENT_NOUNS",
    "EXEMPLAR_NOUNS",
    "FUTURE_WORDS",
    "HABIT_WORDS",
    "HIGH_GRANTORS",
    "HONORIFICS",
    "HONOUR_MEDAL_NAMES",
    "HONOUR_VERBS",
    "HOUSEHOLD_NOUNS",
    "IDENTITY_NOUNS",
    "ILLUSTRATION_MARK",
    "INDIVIDUAL_NOUNS",
    "ISSUER_HEADS",
    "LINK_LABELS",
    "LOCAL_BODIES",
    "LOCAL_GRANTORS",
    "MANDATE_WORDS",
    "MEDAL_COLOURS",
    "MERIT_WORDS",
    "MONEY_LABEL_OPENINGS",
    "NAMED_BODY_NOUNS",
    "NATIONAL_BODY",
    "NATIONAL_OUTLET_TAGS",
    "NEWS_AGENCIES",
    "OCCASION_OPENING",
    "OTHER_AWARD_WORDS",
    "OUTLET_PROVINCES",
    "PARTS_OF_DAY",
    "PLAN_WORDS",
    "POST_ABBREVIATIONS",
    "POST_HEADS",
    "PRAISE_VERBS",
    "PRIZE_NOUNS",
    "PROPOSAL_NOT_AFTER",
    "PROPOSAL_NOT_BEFORE",
    "PROPOSAL_WORDS",
    "PROPOSAL_WORDS_ANY_CASE",
    "QUALIFIERS",
    "RANKS",
    "RECIPIENT_WORDS",
    "REPORTING_VERBS",
    "SCALE_WORDS",
    "SPAN_WORDS",
    "STATE_NAMES",
    "STAT_LABEL_OPENINGS",
    "STAT_LINK_VERBS",
    "SURNAMES",
    "TARGET_NOUNS",
    "TENSE_WORDS",
    "TOPIC_OPENINGS",
    "UNIT_LEVELS",
    "UNIT_WORDS",
    "UPPER_LETTER",
    "VERB_ADVERBS",
    "VERB_CAP",
    "VILLAGE_UNITS",
    "AwardWord",
    "award_type_of",
]


@dataclass(frozen=True)
class AwardWord:
    """One kind of award and how the text writes it (``group`` names its regex group)."""

    group: str
    type: AwardType
    pattern: str


AWARD_WORDS: tuple[AwardWord, ...] = (
    AwardWord("bk", AwardType.BANG_KHEN, r"bằng\s+khen"),
    AwardWord("gk", AwardType.GIAY_KHEN, r"giấy\s+khen"),
    AwardWord("knc", AwardType.KY_NIEM_CHUONG, r"k[ỷỉ]\s+niệm\s+chương"),
    # any flag of the movement is a "Cờ thi đua" (FORMAT.md): "cờ thi đua", a bare "cờ" whose
    # name says its bearer leads ("Cờ “Đơn vị dẫn đầu ...”", "cờ dẫn đầu"), and a bare "cờ"
    # listed beside other awards ("tặng cờ, bằng khen"); not "Cờ truyền thống", "chào cờ"
    AwardWord(
        "ctd",
        AwardType.CO_THI_DUA,
        r"cờ(?:\s+thi\s+đua|(?=\s+[“\"]?\s*(?:đơn\s+vị|dẫn\s+đầu)(?!\w))"
        r"|(?=\s*(?:,|và)\s*(?:bằng\s+khen|giấy\s+khen|huân\s+chương)(?!\w)))",
    ),
    AwardWord("hc", AwardType.HUAN_CHUONG, r"huân\s+chương"),
)
"""The typed awards of FORMAT.md, in the order the finder tries them."""

OTHER_AWARD_WORDS: tuple[str, ...] = (
    r"huy\s+chương",
    # a prize is a grant only where the text counts its recipients (see award_parts)
    r"giải\s+thưởng",
    r"thư\s+khen",
    r"danh\s+hiệu",
    # land, business and marriage certificates are not honours
    # not a title deed, a registration, or a course completed ("hoàn thành khóa học")
    r"giấy\s+chứng\s+nhận(?!\s+(?:quyền|đăng\s+k[ýí]|đầu\s+tư|kết\s+hôn|hoàn\s+thành"
    r"|tốt\s+nghiệp|đã\s+hoàn\s+thành))",
)
"""Honours of type "Khác"."""

MEDAL_COLOURS: tuple[str, ...] = (r"vàng", r"bạc", r"đồng")
"""A medal's colour ("huy chương vàng"): a place won in a contest, not an honour."""

HONOUR_MEDAL_NAMES: tuple[str, ...] = (
    r"vì",
    r"kỷ\s+niệm",
    r"kháng\s+chiến",
    r"hữu\s+nghị",
    r"quân\s+kỳ",
    r"chiến\s+sĩ",
    r"hòa\s+bình",
    r"hoà\s+bình",
)
"""How the names of honours' medals open, written in lower case ("huy chương kháng chiến",
"huy chương vì sự nghiệp ...", "huy chương kỷ niệm"): such a medal is granted, not won."""

CONTEST_WORDS: tuple[str, ...] = (
    r"giải\s+(?:đấu|thi\s+đấu|bóng\s+\w+|cờ\s+\w+|việt\s+dã|điền\s+kinh|bơi|võ)",
    r"kết\s+thúc\s+giải",
    r"hội\s+(?:thi|thao|khỏe\s+phù\s+đổng|khoẻ\s+phù\s+đổng)",
    r"cuộc\s+thi",
    r"kỳ\s+thi",
    r"thi\s+đấu",
    r"vận\s+động\s+viên",
    r"vđv",
    r"(?<!bộ\s)(?<!quân\s)đội(?!\s+(?:ngũ|viên|trưởng|phó))",
    r"đoàn\s+thể\s+thao",
)
"""Words of a sports match or a contest ("hội thi", "vận động viên", "các đội"): medals
counted among them are places won, not honours granted."""

COUNTED_AWARD_WORDS: tuple[str, ...] = (*(w.pattern for w in AWARD_WORDS), r"huy\s+chương")
"""Award words that a count may name directly ("45 giấy khen")."""

AWARD_SPELLINGS: dict[AwardType, tuple[str, ...]] = {
    AwardType.BANG_KHEN: ("Bằng khen",),
    AwardType.GIAY_KHEN: ("Giấy khen",),
    AwardType.KY_NIEM_CHUONG: ("Kỷ niệm chương", "Kỉ niệm chương"),
    AwardType.CO_THI_DUA: ("Cờ thi đua",),
    AwardType.HUAN_CHUONG: ("Huân chương",),
}
"""How a quote of each typed award writes its name (the i/y spelling of "kỷ" varies)."""

_AWARD_START = re.compile(
    r"(?i)\s*(?:" + "|".join(f"(?P<{w.group}>{w.pattern})" for w in AWARD_WORDS) + r")(?!\w)"
)


def award_type_of(name: str) -> AwardType | None:
    """The typed award a name starts with ("bằng khen của ..." -> Bằng khen), else None."""
    match = _AWARD_START.match(unicodedata.normalize("NFC", name))
    if match is None:
        return None
    return next(w.type for w in AWARD_WORDS if match.group(w.group))


# Recipients named by role count only in grant slots ("cho 20 Trưởng ban ...", "12 hội viên
# được ..."): units by role are collectives, persons by role individuals. A family ("gia đình",
# "hộ") is neither a collective nor an individual of FORMAT.md: it is not counted.
COLLECTIVE_NOUNS = (
    r"tập\s+thể|đơn\s+vị|cơ\s+quan|chi\s+hội|chi\s+đoàn|chi\s+bộ|chi\s+đội|công\s+đoàn\s+cơ\s+sở"
    r"|công\s+an\s+(?:xã|phường|thị\s+trấn)|xã|phường|thị\s+trấn|trường(?![^\S\n]+hợp)|doanh\s+nghiệp"
    r"|ban\s+công\s+tác\s+mặt\s+trận|khu\s+dân\s+cư|ấp|thôn|khóm|tổ\s+dân\s+phố|hợp\s+tác\s+xã"
    r"|bệnh\s+viện|trạm\s+y\s+tế|công\s+ty"
    # party and mass organisations at the base ("15 tổ chức cơ sở đảng", "4 đảng bộ")
    r"|tổ\s+chức\s+cơ\s+sở\s+đảng|tổ\s+chức\s+đảng|tổ\s+chức\s+cơ\s+sở|đảng\s+bộ(?:\s+cơ\s+sở)?"
    r"|cơ\s+sở\s+hội|chi\s+cục|phòng\s+ban"
    # teams of the grassroots movements ("2 tổ tự quản", "5 tổ an ninh nhân dân", "3 tổ ANTT")
    r"|tổ\s+(?:tự\s+quản|an\s+ninh|antt|annd|liên\s+gia|hòa\s+giải|hoà\s+giải|dân\s+phòng"
    r"|bảo\s+vệ|xung\s+kích|công\s+nghệ\s+số|phụ\s+nữ|hội)"
    # groups of units that emulate together ("4 cụm thi đua")
    r"|cụm\s+(?:thi\s+đua|dân\s+cư)"
)
INDIVIDUAL_NOUNS = (
    r"cá\s+nh[âậ]n|đồng\s+chí|cán\s+bộ(?:,?\s+chiến\s+sĩ)?|chiến\s+sĩ|người|trưởng\s+ban"
    r"|trưởng\s+thôn|trưởng\s+bản|trưởng\s+ấp|tổ\s+trưởng|hội\s+viên|đoàn\s+viên|đảng\s+viên"
    r"|công\s+an\s+viên|học\s+sinh|sinh\s+viên|giáo\s+viên|nhà\s+giáo|thanh\s+niên|đội\s+viên|già\s+làng"
    r"|công\s+nhân|cựu\s+chiến\s+binh|gương\s+mặt|thanh\s+thiếu\s+nhi|thiếu\s+nhi"
    r"|công\s+chức|viên\s+chức|người\s+lao\s+động|đoàn\s+viên\s+công\s+đoàn|bảo\s+vệ\s+dân\s+phố"
    r"|nông\s+dân|ngư\s+dân|doanh\s+nhân|(?:y\s+)?bác\s+sĩ|nhân\s+viên|tình\s+nguyện\s+viên"
    # teachers, pupils ("HS") and other people a sector honours
    r"|thầy\s+cô(?:\s+giáo)?|thầy\s+giáo|cô\s+giáo|giảng\s+viên|hs|tác\s+giả|nghệ\s+nhân"
    r"|nhà\s+báo|phóng\s+viên|vận\s+động\s+viên|điều\s+dưỡng"
    # people honoured for a brave deed ("2 quần chúng giúp bắt kẻ trộm", "4 công dân")
    r"|quần\s+chúng|công\s+dân"
    # leaders counted as persons ("2 lãnh đạo Sở Y tế", "một lãnh đạo Ban Giám đốc")
    r"|lãnh\s+đạo"
    # the elderly, honoured by their association ("9 cụ được Hội tặng giấy khen"); not "cụ thể"
    r"|cụ(?!\s+thể)"
)
BOTH_NOUNS = (
    r"tập\s+thể\s*(?:,|và|cùng|&|/)\s*cá\s+nhân|cá\s+nhân\s*(?:,|và|cùng|&|/)\s*tập\s+thể"
    # not the title "Tập thể lao động xuất sắc" granted next ("cho 12 cá nhân và Tập thể lao
    # động xuất sắc cho 8 tập thể")
    r"(?!\s+(?:lao\s+động|xuất\s+sắc|tiên\s+tiến|quyết\s+thắng|vững\s+mạnh))"
)
"""Regex fragments: collective and individual recipients, and "tập thể và cá nhân"."""

EXEMPLAR_NOUNS = r"gương\s+điển\s+hình|điển\s+hình|gương\s+tiêu\s+biểu"
"""Regex fragment: honourees of either kind ("120 điển hình tiêu biểu"), counted as a total
only where a grant names its recipients ("tuyên dương 120 điển hình")."""

HOUSEHOLD_NOUNS = r"hộ(?:\s+gia\s+đình)?"
"""Regex fragment: households, honoured by a farmers' or women's union ("tuyên dương 40 hộ làm
kinh tế giỏi", "trao Giấy khen cho 8 hộ"): neither collectives nor individuals, a total, and
only right after a verb of honouring (households given aid or certificates are no grant)."""

RECIPIENT_WORDS: tuple[str, ...] = (
    COLLECTIVE_NOUNS,
    INDIVIDUAL_NOUNS,
    EXEMPLAR_NOUNS,
    HOUSEHOLD_NOUNS,
    *COUNTED_AWARD_WORDS,
    # the other heads a grant's recipients take: classifiers of people ("12 em học sinh",
    # "3 vị"), families, teams and groups, spellings the lists above lack ("chiến sỹ"), units
    # above the commune ("một trong 18 tỉnh, thành"), and works and entrants of a contest
    r"em|cháu|vị|ông|bà|anh|chị|thầy|cô|đ/c|gia\s+đình|gương|trường\s+hợp|chiến\s+sỹ"
    r"|tổ|đội|nhóm|ban|lượt|thí\s+sinh|đại\s+biểu|tác\s+phẩm|công\s+trình|mô\s+hình|sáng\s+kiến"
    r"|tỉnh|thành|huyện|quận|thị\s+xã|địa\s+phương|ngành|sở|hội|cơ\s+sở|tổ\s+chức|lớp|khoa"
    r"|phòng|làng|bản|xóm|buôn|khu|đoàn|chi\s+nhánh|lực\s+lượng|bộ\s+phận|cụm|khối",
)
"""Regex fragments: every noun an award may go to. A number written only as the count of
some other noun ("37 vụ trộm cắp", "58 đối tượng", "29 xe máy") counts things no award goes
to: copied into an award's count, it is another figure of the text, not the award's."""

UPPER_LETTER = (
    "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and c.isupper()) + "]"
)
"""Regex class of one upper-case Latin or Vietnamese letter ("Đ", "Ấ", "Ở"): a name's first
letter. A range such as ``À-Ỹ`` would not do: it interleaves lower-case letters ("đ", "ở")."""


ISSUER_HEADS = (
    r"(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Thủ\s+tướng|Thứ\s+trưởng"
    # a deputy's post, often written with its post in lower case ("Phó chủ tịch UBND tỉnh")
    r"|Phó\s+(?:chủ\s+tịch|giám\s+đốc|bí\s+thư)"
    r"|Tổng\s+Giám\s+đốc|Tổng\s+Thư\s+ký|Chánh\s+án|Viện\s+trưởng|Chánh\s+Văn\s+phòng"
    r"|Chánh\s+Thanh\s+tra"
    r"|Bộ|UBND|Ủy\s+ban|Uỷ\s+ban|Cục|Công\s+an|Chính\s+phủ|Tỉnh\s+[uủ]ỷ|Tỉnh\s+ủy"
    r"|Huyện\s+ủy|Huyện\s+uỷ|Thành\s+ủy|Thành\s+uỷ|Thị\s+ủy|Thị\s+uỷ|Đảng\s+ủy|Đảng\s+uỷ"
    r"|Ban|Tổng\s+[cC]ục|Trung\s+ương|Hội(?!\s+nghị)|Sở|Mặt\s+trận|MTTQ|HĐND|Hội\s+đồng"
    r"|Liên\s+đoàn|Đoàn|Quân\s+khu|Bộ\s+Chỉ\s+huy|Bộ\s+Tư\s+lệnh|Tư\s+lệnh|Chỉ\s+huy"
    r"|Trưởng|Cục\s+trưởng|Viện|Phòng|Chi\s+cục|Nhà\s+nước|Thường\s+trực|Văn\s+phòng"
    # the trade unions, often abbreviated: Liên đoàn Lao động, Công đoàn cơ sở
    r"|Tổng\s+LĐLĐ|LĐLĐ|CĐCS"
    r"|Liên\s+minh|Tổng\s+Liên\s+đoàn|Công\s+ty|Tổng\s+công\s+ty|Tập\s+đoàn|Trường|Báo|Đài"
    r"|Chủ\s+nhiệm|Hiệu\s+trưởng|Thủ\s+trưởng|Bí\s+thư|Học\s+viện|Quân\s+đoàn|Binh\s+đoàn"
    r"|Ngân\s+hàng|Tòa\s+án|Toà\s+án|Viện\s+kiểm\s+sát|Bảo\s+hiểm|Sở\s+chỉ\s+huy|Công\s+đoàn"
    r"|(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+[đĐ]oàn|Quận\s+ủy|Quận\s+uỷ|Trung\s+tâm"
    r"|Thanh\s+tra|Đại\s+học|Cảnh\s+sát|Bộ\s+đội|Đảng(?!\s+viên)|Bưu\s+điện|Điện\s+lực|Viễn\s+thông|CA"
    # the organising committee of a contest or ceremony, often written in lower case
    r"|ban\s+tổ\s+chức|BTC"
    # a locality named as the subject of a grant (its authority): "Huyện Ba Vì tuyên dương ..."
    r"|(?:Quận|Huyện|Thị\s+xã|Thành\s+phố|Tỉnh|Xã|Phường)(?=\s+" + UPPER_LETTER + r"))"
)
"""Regex fragment (case-sensitive): the first words of an issuer ("Chủ tịch", "UBND", ...)."""

HIGH_GRANTORS = (
    r"Bộ(?!\s+(?:Chỉ\s+huy|CHQS|đội|Tư\s+lệnh))|Bộ\s+trưởng|Chính\s+phủ|Thủ\s+tướng"
    r"|Trung\s+ương|Tổng\s+[cC]ục|Tổng\s+Liên\s+đoàn|Tổng\s+LĐLĐ|Đại\s+học\s+Quốc\s+gia|ĐHQG"
    r"|(?:Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+tỉnh"
    r"|Tỉnh\s+[uủ]ỷ|Tỉnh\s+ủy"
)
"""Regex fragment (case-sensitive, at an issuer's start or after its head's post: "Thứ trưởng
Bộ X"): ministries, the government, central bodies (a Tổng cục, a national university) and a
province's people's committee, which grant Bằng khen and Cờ thi đua (the law on emulation and
commendation) and never a Giấy khen."""

LOCAL_GRANTORS = (
    r"(?<!\w)(?:huyện|quận|thị\s+xã|xã(?!\s+hội)|phường|thị\s+trấn|Sở|Phòng(?!\s+Thương\s+mại)"
    r"|Công\s+an"
    r"|(?<!Tổng\s)Giám\s+đốc"
    r"|[Bb]an\s+[Gg]iám\s+đốc|Bộ\s+Chỉ\s+huy|Bộ\s+CHQS|Ban\s+Chỉ\s+huy|Trường|Cục)(?!\w)"
)
"""Regex fragment (case-sensitive, anywhere in an issuer not read as a high grantor): the
heads of departments (a ministry's Cục, a province's Sở), provincial police and the bodies of a
district or commune, which grant a Giấy khen and neither a Bằng khen nor a Cờ thi đua."""

SCALE_WORDS: dict[str, int] = {
    "nghìn": 1_000,
    "ngàn": 1_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
}
"""Scale words written after a number ("5 tỷ đồng"); "nghìn tỷ" multiplies both."""

SPAN_WORDS: tuple[str, ...] = ("năm", "tháng", "tuần", "ngày", "giờ", "phút", "tuổi")
"""Nouns after a figure that make it a span of time or an age ("2 năm thực hiện", "80 năm
truyền thống", "61 tuổi"): no count of the things a statistic names."""

MONEY_LABEL_OPENINGS: tuple[str, ...] = ("giá trị", "trị giá", "số tiền", "tiền", "kinh phí")
"""First words of a statistic's label that name an amount of money ("giá trị mỗi suất quà"):
its figure is an amount, whatever unit the summary gave it."""

QUALIFIERS: tuple[str, ...] = ("gần như", "hơn", "trên", "gần", "khoảng")
"""Hedges written before a number ("hơn 500", "gần 5 tỷ"), longest first where they share words."""

CASE_VERBS: tuple[str, ...] = (
    "xử lý",
    "bắt giữ",
    "phát hiện",
    "triệt phá",
    "khởi tố",
    "điều tra",
    "làm rõ",
    "giải quyết",
    "xử phạt",
    "tiếp nhận",
    "thụ lý",
    "hòa giải",
    "hoà giải",
    "kiểm tra",
    "phá",
    "bắt",
)
"""Verbs of the police and the courts done to cases ("xử lý 381 vụ", "triệt phá 12 chuyên
án"): what a counter of cases was counted by, when no noun names the case."""

UNIT_WORDS: tuple[str, ...] = (
    "đồng",
    "tỷ",
    "triệu",
    "nghìn",
    "ngàn",
    "ha",
    "km",
    "m",
    "tấn",
    "kg",
    "lít",
    "usd",
)
"""Words of measure and money that may follow a figure."""

NATIONAL_BODY = (
    r"(?<!\w)(?:Bộ\s+(?!Chỉ\s+huy|CHQS|[Đđ]ội|Tư\s+lệnh\s+(?:Quân\s+khu|Vùng))[A-ZĐ]"
    r"|Chính\s+phủ|Thủ\s+tướng|Quốc\s+hội|Chủ\s+tịch\s+nước|Nhà\s+nước"
    r"|(?:Ban\s+Chấp\s+hành\s+|Ủy\s+ban\s+|Uỷ\s+ban\s+|Ban\s+)?Trung\s+ương|T\.Ư|TW(?!\w)"
    r"|Bộ\s+Chính\s+trị|Tổng\s+Bí\s+thư|Tổng\s+Liên\s+đoàn|Tổng\s+cục|Bộ\s+Tư\s+lệnh\s+Bộ\s+đội"
    r"|Quân\s+ủy\s+Trung\s+ương|Tòa\s+án\s+nhân\s+dân\s+tối\s+cao"
    r"|Viện\s+kiểm\s+sát\s+nhân\s+dân\s+tối\s+cao"
    r"|(?:Hội|Mặt\s+trận|MTTQ|Công\s+đoàn|Tổng\s+LĐLĐ|Liên\s+hiệp|Liên\s+đoàn)"
    r"(?:\s+[^\s,;.]+){0,8}?\s+Việt\s+Nam\s*$)"
)
"""Regex fragment (case-sensitive): national bodies (ministries, the Party's central organs,
the National Assembly, the Government, a mass organisation's central body named "... Việt
Nam" at the end of the name, "Hội LHPN Việt Nam", "MTTQ Việt Nam"): an organiser that is one
is seated in Hà Nội. "Bộ Chỉ huy Quân sự tỉnh", "Bộ đội Biên phòng tỉnh" are provincial and
do not match; nor does "Ủy ban MTTQ Việt Nam huyện X" (its own place follows)."""

OUTLET_PROVINCES: dict[str, str] = {
    "GLO": "Gia Lai",
    "ĐNO": "Đà Nẵng",
    "QNO": "Quảng Nam",
    "LĐ online": "Lâm Đồng",
    "LĐO": "Lâm Đồng",
    "QBĐT": "Quảng Bình",
    "BGĐT": "Bắc Giang",
    "BPO": "Bình Phước",
    "BĐT": "Bình Định",
    "BTO": "Bình Thuận",
    "BRVT": "Bà Rịa - Vũng Tàu",
    "BLO": "Bạc Liêu",
    "BTNO": "Tây Ninh",
    "KTO": "Kon Tum",
    "QTO": "Quảng Trị",
    "TTH": "Thừa Thiên Huế",
    "NTO": "Ninh Thuận",
    "HNM": "Hà Nội",
    "HNMO": "Hà Nội",
    "SGGP": "Hồ Chí Minh",
    "BDO": "Bình Dương",
    "BHG": "Hà Giang",
    "THTG": "Tiền Giang",
    "YBĐT": "Yên Bái",
    "HBĐT": "Hòa Bình",
    "BQNg": "Quảng Ngãi",
    "LCĐT": "Lào Cai",
}
"""Home provinces of local outlets by the tag that opens their leads ("(GLO)-", "ĐNO -"): the
province an article is about when nothing else says so. National outlets are absent."""

NEWS_AGENCIES: frozenset[str] = frozenset({"TTXVN", "VNA", "TTXVN/VNA", "TTXVN/Vietnam+"})
"""National news agencies: a closing line of one of these alone credits the agency."""

NATIONAL_OUTLET_TAGS: frozenset[str] = frozenset(
    {"LDO", "NLĐO", "TNO", "TTO", "PLO", "SGGP", "SGGPO", "VOV", "VTV", "QĐND", "CAND", "ANTĐ"}
)
"""Tags of national outlets ("LDO" of Lao Động, "TNO" of Thanh Niên, "NLĐO" of Người Lao
Động): written after a writer's name in a byline ("MINH AN LDO | 16/11/2023") they name the
outlet, not part of the name."""


STAT_LABEL_OPENINGS: tuple[str, ...] = (
    "tổng số",
    "số lượng",
    "số",
    "tổng",
    "tỷ lệ",
    "tỉ lệ",
    "giá trị",
    "mỗi",
)
"""Generic openings of a statistic's label ("tỷ lệ hộ tham gia", "giá trị mỗi suất quà"): the
text writes the figure next to the noun after them ("92% hộ tham gia", "350 nghìn đồng/suất")."""

STAT_LINK_VERBS: tuple[str, ...] = ("chiếm", "đạt", "bình quân", "là", "với")
"""Words between a subject and its figure ("ngành kinh tế chiếm 32,7%", "tỷ lệ đạt bình quân
80%"): a figure written after them belongs to the words before them."""

UNIT_LEVELS: dict[str, str] = {
    "tỉnh": "province",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
}
"""Administrative units by level ("thành phố" left out: a city is of either level): two
bodies of different levels ("Chủ tịch UBND huyện", "Chủ tịch UBND xã") are two authorities."""

VILLAGE_UNITS: tuple[str, ...] = (
    r"thôn",
    r"ấp",
    r"bản",
    r"làng",
    r"buôn",
    r"khu\s+phố",
    r"tổ\s+dân\s+phố",
)
"""Units below a commune ("thôn Tân An", "tổ dân phố 5"): a name after one is a village's."""

TOPIC_OPENINGS: tuple[str, ...] = ("đối với", "riêng về", "riêng", "về")
"""Openings of a sentence's topic ("Đối với án dân sự, ngành thụ lý 120 vụ, ..."): the words
up to its comma name what every figure of the sentence counts."""

PRAISE_VERBS: tuple[str, ...] = (r"tuyên\s+dương", r"biểu\s+dương", r"vinh\s+danh")
"""Verbs that honour without naming an award ("tuyên dương 20 tập thể"): a "Khác" grant."""

HONOUR_VERBS: tuple[str, ...] = (*PRAISE_VERBS, r"khen\s+thưởng", r"tôn\s+vinh")
"""Verbs that honour, naming an award or not ("khen thưởng 12 tập thể", "lễ tôn vinh")."""

COMMENDATION_VERBS: tuple[str, ...] = (
    *HONOUR_VERBS,
    r"(?:được\s+)?trao\s+(?:giải(?:\s+thưởng)?\s+)?cho",
)
"""Verbs that honour the recipients counted right after them ("tuyên dương 33 thanh niên
tiêu biểu", "giải thưởng được trao cho 10 chi hội"): a grant's count, not a statistic."""

PROPOSAL_WORDS: tuple[str, ...] = (
    r"đề\s+nghị",
    r"đề\s+xuất",
    r"xét\s+(?:tặng|thưởng|khen)",
    r"bình\s+xét",
    r"trình\s+(?:cấp\s+trên\s+)?khen",
    # eligible, not yet granted: "5 đơn vị đủ tiêu chuẩn tặng Cờ thi đua", "đủ điều kiện được
    # nhận Kỷ niệm chương"
    r"đủ\s+(?:tiêu\s+chuẩn|điều\s+kiện)(?:\s+(?:được|để))?(?:\s+(?:xét|đề\s+nghị))?"
    r"\s+(?:tặng|trao|khen|nhận|công\s+nhận)",
    # "trình Thủ tướng tặng", "thống nhất trình UBND tỉnh khen thưởng": submitted, not granted.
    # Submitting names whom to (an issuer's head, "cấp trên"): "trình bày", "trình chiếu",
    # "trình diễn" present a report or a show, and "chương trình", "quá trình", "công trình"
    # are other words
    r"(?<!chương\s)(?<!quá\s)(?<!công\s)(?<!lộ\s)trình\s+"
    r"(?:cấp\s+(?:trên|có\s+thẩm\s+quyền)|(?-i:" + ISSUER_HEADS + r"))(?!\w)"
    r"(?:[^,.;:\d]{0,50}?\s+)?(?:tặng|khen\s+thưởng|công\s+nhận|phong\s+tặng)",
)
"""Words of a proposal to award ("đề nghị xét tặng", "bình xét", "trình UBND tỉnh tặng"): a
proposal is no grant."""

ADDING_OPENERS: tuple[str, ...] = (
    r"ngoài\s+ra",
    r"bên\s+cạnh\s+đó",
    r"cùng\s+với\s+đó",
    r"đồng\s+thời",
)
"""Words that open a sentence adding to the one before ("Ngoài ra, ...", "Bên cạnh đó, ..."):
what it tells happens where and when the sentence before places it."""

BREAKDOWN_OPENERS: tuple[str, ...] = (
    r"trong\s+đó",
    r"trong\s+số\s+(?:đó|này)",
    r"cụ\s+thể",
)
"""Words that open a sentence breaking down what the sentence before counted ("Trong đó, 3
tập thể ...", "Cụ thể, ..."): its parts are told in the same mood (proposed, past or made at
the event) as the whole they belong to."""

HABIT_WORDS: tuple[str, ...] = (
    r"h[ằà]ng\s+năm",
    r"mỗi\s+năm",
    r"năm\s+(?:trước|ngoái)",
)
"""Words that place an honouring in a habit or a past year ("Hằng năm, Sở X khen thưởng ...",
"được khen thưởng năm trước"): what such a sentence tells is a practice or a record, not a
grant made at the reported event."""

LINK_LABELS: tuple[str, ...] = (
    "ảnh",
    "video",
    "clip",
    "tin",
    "xem",
    "đọc",
    "nguồn",
    "theo",
    "bài",
    "infographic",
    "podcast",
)
"""First words of a label before a colon that introduces a link, a photo or a medium
("Video: ...", "Tin liên quan: ...", "Đọc thêm: ..."), not a place: what follows is another
item's headline or a caption, not what this report's event did."""

MANDATE_WORDS = r"(?:thừa|được\s+sự|được|theo\s+sự)\s+(?:ủy|uỷ)\s+(?:quyền|nhiệm)|thừa\s+lệnh"
"""Regex fragment: words of acting on another's mandate ("thừa ủy quyền của Chủ tịch nước",
"thừa lệnh"): the principal named next grants what the speaker hands over."""

TENSE_WORDS: tuple[str, ...] = ("đã", "vừa", "đang", "sẽ")
"""Words of tense before a verb ("đã trao", "sẽ tặng"): a subject's name ends before them."""

FUTURE_WORDS: tuple[str, ...] = ("sẽ", r"dự\s+kiến")
"""Words of what is to come ("sẽ trao", "dự kiến khen thưởng"): not done at the event told."""

VERB_ADVERBS: tuple[str, ...] = ("đã", "vừa", "cũng", "còn", "vẫn", r"đồng\s+thời")
"""Adverbs between a subject and its verb ("UBND tỉnh cũng tặng", "đồng thời trao", "Sở còn
tặng"): no part of the subject's name, nor of the verb."""

MERIT_WORDS: tuple[str, ...] = (
    r"thành\s+tích",
    r"phong\s+trào",
    r"cuộc\s+vận\s+động",
    r"tiêu\s+biểu",
    r"xuất\s+sắc",
    r"tiên\s+tiến",
    r"điển\s+hình",
)
"""Words of the merit a grant rewards ("có thành tích xuất sắc trong phong trào ... năm
2022"): a year written after them dates the work honoured, not the grant."""

LOCAL_BODIES = (
    r"(?:Đảng\s+[uủ]ỷ|Đảng\s+ủy|Đảng\s+bộ|HĐND|UBND|UBMTTQ\w*|MTTQ\w*|Ủy\s+ban\s+MTTQ\w*"
    r"|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+nhân\s+dân|Công\s+an|Ban\s+CHQS|Quân\s+sự"
    r"|Đoàn\s+Thanh\s+niên|Đoàn\s+TN|Hội\s+Phụ\s+nữ|Hội\s+LHPN|Hội\s+Nông\s+dân|Hội\s+Cựu\s+chiến\s+binh)"
)
"""Regex fragment: the bodies of a commune or district named without their place, as written
in a list of joint organisers ("Đảng ủy, HĐND, UBND, UBMTTQVN xã X")."""

HONORIFICS = r"ông|bà|cô|thầy|chị|anh|đồng\s+chí|đ/c"
"""Regex fragment (match it case-insensitively): the forms of address written before a name
("ông", "bà", "đồng chí"; "cô", "thầy" of teachers; "chị", "anh" of youth and women's
unions). A name after one needs no known surname."""

POST_ABBREVIATIONS = (
    r"(?<!\w)(?:UV\.?\s?BTV\w*|UVBTV\w*|UV\.?\s?BCH\w*|UVBCH\w*|TUV|HUV|QUV|TƯV"
    r"|P?CT(?=(?:\s+|\.\s*)(?:UBND|HĐND|UBMTTQ|MTTQ|Hội|HND|HLHPN|LĐLĐ|CCB)(?!\w)))"
)
"""Regex fragment (case-sensitive): posts the genre writes abbreviated — "TUV" (Tỉnh ủy
viên), "HUV", "UV.BTV" / "UVBTVQU" (Ủy viên Ban Thường vụ ...), "UVBCH" (Ủy viên Ban Chấp
hành), "CT" / "PCT" (Chủ tịch / Phó Chủ tịch) before the body they head ("Phó CT UBND
huyện", "CT.Hội CCB quận"). "CT" alone is too common an abbreviation to be read as a post."""

CEREMONY_NOUNS = r"lễ|buổi|ngày\s+hội|đại\s+hội|gặp\s+mặt|hội\s+thảo|tọa\s+đàm|toạ\s+đàm"
"""Regex fragment (match it case-insensitively, inside a group with word boundaries): the
nouns of a gathering held to meet or to hand over awards ("lễ", "buổi", "Ngày hội", "Đại
hội", "gặp mặt", "hội thảo", "tọa đàm"). "hội nghị" is left to each reader: a conference may
also be a council that only considers awards ("hội nghị xét thưởng")."""

SURNAMES = frozenset(
    """nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương
    trịnh trương lâm mai hà tô tạ đinh lương cao kiều thái triệu châu quách tống khúc lưu la
    từ mạc nông hứa đồng chu giang viên kim thân bế lục hầu diệp khổng mã phùng quan tăng
    thạch lò lầu sầm âu ninh văn doãn nghiêm lạc lã tôn trình vi ma hoàng y k ksor rmah
    siu nay h kpă rơ rah kơ rcom thào giàng vàng sùng mùa hờ cứ ka
    phí đàm khương cù giáp bạch thiều tiêu""".split()
)
"""Vietnamese family names (lower-cased), the first word of most persons' names; a run of
two to four capitalised words opening with one reads as a person's name ("Lương Thế Vinh")."""

ILLUSTRATION_MARK = r"(?i:ảnh\s*:?\s*minh\s+h(?:ọa|oạ))(?!\w)"
"""Regex fragment: the mark of an illustrative photo ("Ảnh minh họa", "(Ảnh: minh hoạ)"):
its caption shows another occasion than the one reported."""

RANKS = (
    "Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá"
    "|Đại úy|Đại uý|Thượng úy|Thượng uý|Trung úy|Trung uý|Thiếu úy|Thiếu uý"
)
"""Regex fragment: military and police ranks ("Đại tá", "Thiếu tướng"), written before a
name; a rank is not part of a person's post, and a phrase opening with one names a person."""


CONFERENCE_PURPOSES = (
    r"tập\s+huấn|bồi\s+dưỡng|đối\s+thoại|giao\s+ban|quán\s+triệt|triển\s+khai|học\s+tập"
    r"|tiếp\s+xúc|hướng\s+dẫn|phổ\s+biến|tuyên\s+truyền|lấy\s+ý\s+kiến|góp\s+ý|xúc\s+tiến"
    r"|ký\s+kết|công\s+bố|hiệp\s+thương|chuyên\s+đề|phát\s+động"
)
"""Regex fragment (match it case-insensitively, inside a group with word boundaries): what a
conference is held to do other than to look back on a year ("hội nghị tập huấn", "hội nghị
đối thoại với doanh nghiệp", "giao ban", "quán triệt nghị quyết", "triển khai nhiệm vụ"). A
conference named for one of them reviews nothing, whatever years its report goes on to tell."""

AIM_WORDS = r"phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu\s+đề\s+ra|" + "|".join(FUTURE_WORDS)
"""Regex fragment (match it case-insensitively, inside a group with word boundaries): what a
year is to bring, an aim or a target ("Năm 2025, huyện phấn đấu ...", "mục tiêu", "chỉ tiêu
đề ra"), with the words of things to come (``FUTURE_WORDS``)."""

PLAN_WORDS = FUTURE_WORDS[0]
"""Regex fragment (match it case-insensitively, inside a group with word boundaries): the
word of what a body will do ("sẽ triển khai tại 2 xã"): a figure in the same clause is a
plan, not a fact of the report. It is the first of ``FUTURE_WORDS``; the others ("dự kiến")
forecast, and a forecast is told as a figure ("dự kiến thu 8.000 tỷ đồng"). Unlike
``AIM_WORDS`` it leaves out "mục tiêu" (also in the name "chương trình mục tiêu quốc gia")
and "phấn đấu" (an aim for a year is often reported as one of its figures). Nouns of
policy ("chủ trương", "lộ trình") are no plan words: "thực hiện chủ trương hỗ trợ 320 hộ"
reports what was done."""

COUNTING_SO = frozenset({"tổng", "dân", "quân"})
"""Words before "số" that make a total or a headcount ("tổng số 50 tổ", "dân số 12.500
người", "quân số 120"), not a reference number ("số 5")."""

CHANGE_VERBS: tuple[str, ...] = ("tăng", "giảm")
"""Verbs of a change ("tăng 3,2% so với năm trước", "giảm 24 vụ"): the figure after them is a
difference, not a level or a count of what is there."""

OCCASION_OPENING = r"(?:nhân\s+)?dịp\s+này"
"""Regex fragment (match it case-insensitively, with word boundaries): "(Nhân) dịp này", the
opening of a sentence that tells what is done at the event itself."""

IDENTITY_NOUNS: tuple[str, ...] = (
    r"điện\s+thoại",
    r"đường\s+dây\s+nóng",
    "hotline",
    "fax",
    r"tài\s+khoản",
    "hiệu",
    r"báo\s+danh",
    r"hồ\s+sơ",
    r"căn\s+cước",
    r"chứng\s+minh",
    r"định\s+danh",
    r"hộ\s+chiếu",
    r"sê-?ri",
)
"""Nouns after "số" that name an identifier, not a count ("số điện thoại", "số tài khoản",
"số hiệu"): the figure written for them is a code."""

VERB_CAP = frozenset({"cung", "đã", "được", "vừa", "mới"})
"""Words before "cấp" that make it a verb, provide or issue ("cung cấp 246 nguồn tin", "đã cấp
120 giấy chứng nhận"), not the level of "cấp 2"."""

COMPOUND_ENDINGS = frozenset({"biên phòng", "biên bản"})
"""Compound nouns (lower case) whose last syllable is also a reference word ("phòng" a room,
"bản" a village): "Bộ đội Biên phòng 46 nguồn tin", "lập biên bản 300 trường hợp" number no
room or village."""

REPORTING_VERBS: tuple[str, ...] = (
    r"cho\s+biết",
    r"nêu\s+rõ",
    r"khẳng\s+định",
    r"nhấn\s+mạnh",
    r"phát\s+biểu",
    r"thông\s+báo",
)
"""Verbs that open reported speech ("ông A cho biết: ..."): what follows the colon is what a
speaker said (results, decisions, plans), not the meeting the sentence sets."""

DOCUMENT_NOUNS: tuple[str, ...] = (
    r"kế\s+hoạch",
    r"quyết\s+định",
    r"thông\s+báo",
    r"chỉ\s+thị",
    r"nghị\s+quyết",
    r"công\s+văn",
    r"hướng\s+dẫn",
    r"văn\s+bản",
    r"thông\s+tư",
    r"nghị\s+định",
)
"""Nouns of an official document: "Kế hoạch số 15 ngày 3/12" dates the paper, not the
meeting the lead tells of."""

PRIZE_NOUNS: tuple[str, ...] = (
    r"cuộc\s+thi",
    r"hội\s+thi",
    r"kỳ\s+thi",
    r"giải\s+thưởng",
    r"(?:đoạt|đạt)\s+giải",
    r"(?-i:Giải)",
    r"học\s+bổng",
    r"học\s+sinh\s+giỏi",
)
"""What a prize-giving gives prizes of: a contest, a named prize ("Giải báo chí"), a
scholarship. A "lễ trao thưởng" of these gives prizes and is no ceremony of praise."""

PARTS_OF_DAY: tuple[str, ...] = ("sáng", "trưa", "chiều", "tối")
"""The parts of day a lead dates its meeting with ("Chiều 5/1", "sáng nay")."""

PROPOSAL_NOT_AFTER = r"(?<!theo )(?<!sở )"
"""Regex fragment of look-behinds, put before a word of ``PROPOSAL_WORDS``: "theo đề nghị của
X" and "trên cơ sở đề nghị" name who proposed a grant that is made, no proposal."""

PROPOSAL_NOT_BEFORE = r"(?!\s+của)"
"""Regex fragment of a look-ahead, put after a word of ``PROPOSAL_WORDS``: "đề nghị của X"
names who proposed."""

PROPOSAL_WORDS_ANY_CASE: tuple[str, ...] = tuple(w for w in PROPOSAL_WORDS if "(?-i:" not in w)
"""``PROPOSAL_WORDS`` less those with a case-sensitive part (a body's head told by its
capitals: "trình UBND tỉnh tặng"): the ones a lower-cased copy of a text can be searched for."""

TARGET_NOUNS: tuple[str, ...] = (r"chỉ\s+tiêu", r"kế\s+hoạch", r"mục\s+tiêu")
"""Nouns of a target set ("được giao chỉ tiêu 190 công dân", "kế hoạch là 50 hộ"): the figure
after them is the target, a fact apart from the result that meets it."""

NAMED_BODY_NOUNS: tuple[str, ...] = (
    r"bệnh\s+viện",
    r"đại\s+học",
    r"học\s+viện",
    r"bảo\s+tàng",
    r"thư\s+viện",
    r"quỹ",
    r"trường",
    r"THPT",
    r"THCS",
    r"tiểu\s+học",
    r"mầm\s+non",
    r"công\s+ty",
    r"trung\s+tâm",
    r"thành\s+phố",
    r"TP\.?",
    r"quốc\s+gia",
    r"TNCS",
    r"TNTP",
    r"cộng\s+sản",
    r"tiền\s+phong",
)
"""Regex fragments (match them case-insensitively): the nouns after which a person's name is
the name of an institution or a city ("Bệnh viện Lê Văn A", "Trường THPT Trần B", "Quỹ Võ C",
"Học viện Chính trị quốc gia Đỗ D", "Đoàn TNCS Phan E"), not that of the holder of the post
written before it."""

POST_HEADS = (
    r"(?:(?:Phó|Tổng)\s+)*(?:Chủ\s+tịch(?:\s+nước)?|(?<=Phó\s)(?:chủ\s+tịch|giám\s+đốc|bí\s+thư)|Giám\s+đốc|Bộ\s+trưởng|Thủ\s+tướng|Thứ\s+trưởng"
    r"|Thư\s+ký|Chánh\s+(?:án|Văn\s+phòng|Thanh\s+tra)|Viện\s+trưởng|Tư\s+lệnh"
    r"|Chỉ\s+huy\s+trưởng|Chính\s+(?:ủy|uỷ)|Trưởng|Cục\s+trưởng|Chủ\s+nhiệm|Hiệu\s+trưởng"
    r"|Thủ\s+trưởng|Bí\s+thư|P?CT)(?!\w)"
)
"""Regex fragment (case-sensitive): the first words of a person's post ("Chủ tịch UBND ...",
"Phó Giám đốc Sở ...", "Chỉ huy trưởng ..."), as against a body's name ("UBND tỉnh", "Sở
X"): a post is held by someone, who may be named with it."""

STATE_NAMES: tuple[str, ...] = (
    "Việt Nam",
    "CHXHCN Việt Nam",
    "Cộng hòa XHCN Việt Nam",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
)
"""The country's names, as written after "Nhà nước" or "Chủ tịch nước" ("Chủ tịch nước
CHXHCN Việt Nam"): with or without one, the grantor is the State."""

PRAISE_MENTIONS: tuple[str, ...] = (
    r"khen",
    r"nêu\s+gương",
    r"gương\s+(?:điển\s+hình|tiêu\s+biểu|người\s+tốt)",
    # a prize, not "giải quyết", "giải phóng", "giải ngân": won ("đạt giải"), named by its
    # rank ("giải Nhất", "giải Khuyến khích") or "giải thưởng"
    r"(?:đạt|đoạt|nhận|trao|được)\s+(?:các\s+)?giải"
    r"|giải\s+(?:thưởng|nhất|nhì|ba|tư|khuyến\s+khích|đặc\s+biệt|[ABC])",
    r"thành\s+tích",
)
"""Words by which a sentence speaks of honour or merit without a verb that grants ("được
khen", "4 người được nêu gương", "đạt giải Ba", "có thành tích xuất sắc"): a sentence that
writes one may be the one that counts a grant's recipients. Of ``MERIT_WORDS`` only "thành
tích" is here, on purpose: "phong trào", "tiêu biểu" and the rest also describe sentences
that count other things ("phong trào ... có 41 tổ tự quản"), and taking them all hides
counts copied from such sentences (measured: fewer planted errors noticed)."""

__all__ += ["PRAISE_MENTIONS"]

REWARD_VERBS: tuple[str, ...] = (r"trao\s+thưởng", r"tặng\s+thưởng", r"thưởng\s+nóng")
"""Verbs that hand a reward to the recipients counted right after them ("trao thưởng cho 12
học sinh", "thưởng nóng 3 tập thể"): at the event, a grant's count, not a statistic."""

__all__ += ["REWARD_VERBS"]

CASH_REWARD_VERBS: tuple[str, ...] = (
    r"thưởng\s+nóng",
    r"thưởng\s+đột\s+xuất",
    r"trao\s+thưởng(?!\s+(?:các\s+)?(?:giải|cuộc\s+thi|hội\s+thi|học\s+bổng|[“\"]))",
)
"""Verbs of a reward in cash or kind handed to counted or named recipients ("thưởng nóng
cho 3 tập thể", "thưởng đột xuất 2 đơn vị", "trao thưởng cho Phòng X"): like a bare "khen
thưởng", a grant of type "Khác" (FORMAT). Not the prizes of a contest ("trao thưởng các giải")."""

__all__ += ["CASH_REWARD_VERBS"]

ASSOCIATION_HEADS = r"(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+hội|UBMTTQ|UB\s+MTTQ"
"""Regex fragment (case-sensitive): issuer heads beside ``ISSUER_HEADS``: an association's
branch named by its level ("Quận hội", "Tỉnh hội" of the Red Cross, the lawyers) and the
Fatherland Front's committee abbreviated ("UBMTTQ Việt Nam huyện")."""

__all__ += ["ASSOCIATION_HEADS"]

LUNAR_STEMS = "giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý"
"""Regex fragment: the ten heavenly stems, the first word of a lunar year's name."""

LUNAR_BRANCHES = "tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi"
"""Regex fragment: the twelve earthly branches, the second word of a lunar year's name
("Canh Ngọ"): with a stem before it, the name a year follows in a dateline."""

__all__ += ["LUNAR_BRANCHES", "LUNAR_STEMS"]

PURPOSE_OR_TASK_WORDS: tuple[str, ...] = (r"dịp\s+để", r"cần", r"phải")
"""Words (lower case, matched case-sensitively so a place such as "Cần Thơ" never matches)
that, right before an honour verb, make it an event's purpose or a task ("là dịp để khen
thưởng", "cần khen thưởng"): no grant is told."""

TASK_ADVERBS: tuple[str, ...] = (r"phải", r"tiếp\s+tục", r"kịp\s+thời")
"""Adverbs that may stand between a word of ``PURPOSE_OR_TASK_WORDS`` and its verb ("cần kịp
thời khen thưởng", "phải tiếp tục khen thưởng")."""

__all__ += ["PURPOSE_OR_TASK_WORDS", "TASK_ADVERBS"]

PRIZE_WORDS: tuple[str, ...] = (
    r"đạt\s+giải",
    r"giải\s+(?:nhất|nhì|ba|khuyến\s+khích)",
    *(word for word in CONTEST_WORDS if "đội(?!" not in word and word != r"kỳ\s+thi"),
)
"""Words of a contest's prizes ("đạt giải", "giải Nhì", "hội thi"; ``CONTEST_WORDS`` less a
bare "đội", which also heads a police unit, and "kỳ thi", an exam whose good results a
reward in cash honours): a cash reward in a sentence that writes one is a prize won, not a
grant (FORMAT)."""

__all__ += ["PRIZE_WORDS"]

NOMINAL_HEADS: tuple[str, ...] = (r"việc", r"công\s+tác", r"chế\s+độ", r"mức", r"quy\s+chế")
"""Nouns that make the verb after them a noun phrase ("việc trao thưởng cho X", "chế độ
thưởng nóng"): the text names the act, it does not tell that it is done."""

__all__ += ["NOMINAL_HEADS"]

GIFT_NOUNS: tuple[str, ...] = (r"suất\s+quà", r"phần\s+quà", r"quà", r"học\s+bổng", r"suất")
"""Gifts handed to the needy or to pupils ("trao 30 suất quà cho 30 em"): those who get one
are no award's recipients, whatever award the sentence grants before."""

__all__ += ["GIFT_NOUNS"]

PLACE_ORGANS: tuple[tuple[str, str], ...] = (
    ("party", r"(?<!\w)(?:tỉnh|huyện|thành|quận|thị|đảng)\s+uỷ(?!\w)"),
    ("people", r"(?<!\w)(?:ubnd|uỷ\s+ban\s+nhân\s+dân)(?!\w)"),
    ("council", r"(?<!\w)(?:hđnd|hội\s+đồng\s+nhân\s+dân)(?!\w)"),
    ("front", r"(?<!\w)(?:(?:ub)?mttq|mặt\s+trận\s+tổ\s+quốc)(?!\w)"),
)
"""The standing organs of a place, each granting in its own name (the Party committee, the
People's Committee, the People's Council, the Fatherland Front), as patterns on matching keys
(lower case, "uỷ" folded): two issuers of different organs are two grantors."""

PROVINCE_ELECTED_BODIES = r"(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+tỉnh"
"""Regex fragment (case-sensitive): a province's People's Committee or Council ("UBND
tỉnh"): no province is named after a person, so a capitalised name after a post of one is
the post holder's ("Chủ tịch UBND tỉnh Trần Văn A")."""

__all__ += ["PLACE_ORGANS", "PROVINCE_ELECTED_BODIES"]

CASH_GIFT_VERBS: tuple[str, ...] = (
    *REWARD_VERBS,
    r"thưởng\s+đột\s+xuất",
    # a bare "thưởng" is a grant where its clause hands over a sum ("đã thưởng Đội X số tiền
    # 5 triệu đồng", "thưởng mỗi đơn vị 3 triệu đồng"); not the sum itself ("tiền thưởng",
    # "mức thưởng") nor an honour's verb read already ("khen thưởng", "tặng thưởng")
    r"(?<!tiền\s)(?<!mức\s)(?<!khen\s)(?<!tặng\s)(?<!trao\s)(?<!giải\s)(?<!quỹ\s)"
    # nor pay ("lương thưởng bình quân 9 triệu đồng", "lương, thưởng")
    r"(?<!lương\s)(?<!lương,\s)thưởng"
    # a wage's bonus ("thưởng Tết bình quân 6 triệu đồng") is pay, not an honour
    r"(?!\s+(?:tết|lễ|cuối\s+năm|năm\s+mới))"
    # nor another word ("thưởng thức", "thưởng ngoạn": to enjoy, to admire)
    r"(?!\s*(?:thức|ngoạn)(?!\w))"
    r"(?=[^.;:\n]{0,80}?\d[\d.,]*\s*(?:triệu|nghìn|ngàn|tỷ|tỉ)\s+đồng)",
)
"""Verbs that hand over a reward in cash ("thưởng nóng", "tặng thưởng ... 18 triệu đồng",
"đã thưởng Phòng X số tiền 10 triệu đồng"): by convention 6 of the corpus, money given in a
clause of its own is a grant of type "Khác" of whoever gives it."""

__all__ += ["CASH_GIFT_VERBS"]

PLACE_NAMES_OF_A_PERSON: tuple[str, ...] = ("Hồ Chí Minh",)
"""Place names that are also a person's name, used bare mostly for the person ("tấm gương
đạo đức Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh"):
the city is written with its unit ("TP Hồ Chí Minh", "TPHCM"), so a bare one at the end of a
body's name names no place."""

__all__ += ["PLACE_NAMES_OF_A_PERSON"]
