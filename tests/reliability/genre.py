"""Varied articles of the genre from templates, with their true facts, and fake-LLM responders.

Used by the fault soak (tests and ``benchmarks/soak.py``): every article carries a unique
report number ("Báo cáo số 123/BC-...") so that a responder can tell which article a request
is about, and :func:`answer_for` builds the correct structured answer (every quote copied
verbatim from the article) from the article text alone.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

PROVINCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Lâm Đồng", ("Đức Trọng", "Lạc Dương", "Di Linh", "Bảo Lâm", "Đạ Tẻh")),
    ("Đắk Lắk", ("Krông Búk", "Krông Năng", "Ea Kar", "Lắk", "Cư M'gar")),
    ("Quảng Trị", ("Cam Lộ", "Hướng Hóa", "Gio Linh", "Triệu Phong")),
    ("Gia Lai", ("An Khê", "Chư Sê", "Ia Grai", "Mang Yang")),
    ("Bình Định", ("Phù Mỹ", "Tây Sơn", "Hoài Nhơn", "Vân Canh")),
    ("Nghệ An", ("Quỳnh Lưu", "Diễn Châu", "Anh Sơn", "Con Cuông")),
    ("Thanh Hóa", ("Hoằng Hóa", "Nga Sơn", "Thọ Xuân", "Như Thanh")),
)
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Huỳnh")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc")
GIVEN = ("Hùng", "Lan", "Bình", "Dũng", "Hòa", "Tuấn", "Thủy", "Sơn", "Hải", "Phương", "Long")
RANKS = ("Đại tá", "Thượng tá", "Trung tá")
ORGANISERS = (
    "Công an huyện {d}",
    "UBND huyện {d}",
    "Ban Chỉ đạo 138 huyện {d}",
    "Huyện ủy {d}",
    "Ủy ban MTTQ Việt Nam huyện {d}",
)
TOPICS = (
    "công tác bảo đảm an ninh trật tự",
    "Phong trào Toàn dân bảo vệ an ninh Tổ quốc",
    "công tác bảo đảm trật tự an toàn giao thông",
    "công tác phòng, chống tội phạm và tệ nạn xã hội",
    "công tác dân vận",
)
# (award type, issuer template) pairs seen in the genre.
GRANTS = (
    ("Bằng khen", "Chủ tịch UBND tỉnh {p}"),
    ("Bằng khen", "Bộ trưởng Bộ Công an"),
    ("Giấy khen", "Giám đốc Công an tỉnh {p}"),
    ("Giấy khen", "Chủ tịch UBND huyện {d}"),
    ("Giấy khen", "UBND huyện {d}"),
    ("Kỷ niệm chương", "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam"),
)
STAT_TEMPLATES = (
    ("điều tra, làm rõ {n} vụ phạm tội hình sự", "vụ phạm tội hình sự được làm rõ", "vụ"),
    ("bắt giữ {n} đối tượng truy nã", "đối tượng truy nã bị bắt giữ", "đối tượng"),
    ("tổ chức {n} buổi tuyên truyền pháp luật", "buổi tuyên truyền pháp luật", "buổi"),
    ("xây dựng {n} mô hình tự quản về an ninh trật tự", "mô hình tự quản", "mô hình"),
)
_REPORT_NO = re.compile(r"Báo cáo số (\d+)/BC")
_ARTICLE = re.compile(r"<article>\n(.*?)\n</article>", re.DOTALL)
_SENTENCE = re.compile(r"[^.!?\n]+")
_GRANT = re.compile(
    r"(?P<issuer>[^,;.]+?) (?:đã )?tặng (?P<type>Bằng khen|Giấy khen|Kỷ niệm chương) cho "
    r"(?P<c>\d+) tập thể và (?P<i>\d+) cá nhân"
)


@dataclass
class GenreArticle:
    """One generated article and the facts it states."""

    index: int
    text: str
    province: str
    district: str
    organiser: str
    awards: list[dict[str, Any]] = field(default_factory=list)
    statistics: list[dict[str, Any]] = field(default_factory=list)

    @property
    def stem(self) -> str:
        """File stem used for this article in a batch folder."""
        return f"soak_{self.index:04d}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def make_article(index: int, seed: int = 20261122) -> GenreArticle:
    """A conference/award report that varies with ``index``: place, organiser, issuers, counts."""
    rng = random.Random(seed * 100_003 + index)
    province, districts = PROVINCES[index % len(PROVINCES)]
    district = rng.choice(districts)
    organiser = rng.choice(ORGANISERS).format(d=district)
    topic = rng.choice(TOPICS)
    year = rng.choice((2020, 2021, 2022, 2023))
    day, month = rng.randint(1, 28), rng.choice((1, 6, 7, 12))
    part = rng.choice(("Sáng", "Chiều"))
    kind = "sơ kết 6 tháng đầu năm" if month in (6, 7) else "tổng kết"
    chair = _name(rng)
    guest = _name(rng)
    rank = rng.choice(RANKS)
    report_no = 100 + index
    paragraphs = [
        f"{organiser} {kind} {topic} năm {year}",
        f"{part} {day}/{month}, {organiser} tổ chức hội nghị {kind} {topic} năm {year}, "
        f"triển khai nhiệm vụ năm {year + 1}. Dự hội nghị có {rank} {guest}, Phó Giám đốc "
        f"Công an tỉnh {province}; đồng chí {chair}, Chủ tịch UBND huyện {district}.",
    ]
    stats: list[dict[str, Any]] = []
    clauses = []
    for template, label, unit in rng.sample(STAT_TEMPLATES, k=rng.randint(1, 3)):
        value = rng.randint(5, 480)
        clause = template.format(n=value)
        clauses.append(clause)
        stats.append({"label": label, "value": value, "unit": unit, "quote": clause})
    paragraphs.append(
        f"Theo Báo cáo số {report_no}/BC-UBND, trong năm {year} các lực lượng chức năng đã "
        + "; ".join(clauses)
        + ". Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định."
    )
    awards: list[dict[str, Any]] = []
    grant_sentences = []
    for award_type, issuer_t in rng.sample(GRANTS, k=rng.randint(1, 2)):
        issuer = issuer_t.format(p=province, d=district)
        c, i = rng.randint(1, 40), rng.randint(1, 90)
        sentence = f"{issuer} tặng {award_type} cho {c} tập thể và {i} cá nhân"
        grant_sentences.append(sentence)
        awards.append(
            {
                "type": award_type,
                "issuer": issuer,
                "collectives": c,
                "individuals": i,
                "quote": sentence,
            }
        )
    paragraphs.append(
        "Dịp này, " + "; ".join(grant_sentences) + " có thành tích xuất sắc trong " + topic + "."
    )
    return GenreArticle(
        index=index,
        text="\n\n".join(paragraphs) + "\n",
        province=province,
        district=district,
        organiser=organiser,
        awards=awards,
        statistics=stats,
    )


def article_of(request_text: str) -> str:
    """The article between the ``<article>`` markers of a prompt ('' when absent)."""
    match = _ARTICLE.search(request_text)
    return match.group(1) if match else ""


def report_number(text: str) -> int | None:
    """The index of a generated article from its report number, or None."""
    match = _REPORT_NO.search(text)
    return int(match.group(1)) - 100 if match else None


def answer_for(text: str) -> dict[str, Any]:
    """The correct structured answer for a generated article, quotes copied from ``text``."""
    awards: list[dict[str, Any]] = []
    for match in _GRANT.finditer(text):
        issuer = match.group("issuer").strip()
        issuer = re.sub(r"^(?:Dịp này|Nhân dịp này)\s*,?\s*", "", issuer).strip()
        quote = match.group(0)
        quote = quote[quote.index(issuer) :]
        awards.append(
            {
                "type": match.group("type"),
                "issuer": issuer,
                "collectives": int(match.group("c")),
                "individuals": int(match.group("i")),
                "total": None,
                "recipients": [],
                "quote": quote,
            }
        )
    statistics: list[dict[str, Any]] = []
    for template, label, unit in STAT_TEMPLATES:
        pattern = re.escape(template).replace(r"\{n\}", r"(\d+)")
        found = re.search(pattern, text)
        if found:
            statistics.append(
                {
                    "label": label,
                    "value": int(found.group(1)),
                    "unit": unit,
                    "qualifier": None,
                    "quote": found.group(0),
                }
            )
    return {
        "event": {"kinds": ["tổng kết"]},
        "people": [],
        "awards": awards,
        "statistics": statistics,
        "conflicts": [],
    }
