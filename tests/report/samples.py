"""Hand-made summaries of articles in the genre, with evidence, findings and every field set.

Offsets are computed against the cleaned text that ``tomtat.text.loading.load_article`` gives,
so the fixtures stay right whatever the cleaner does to the raw file, as long as it keeps the
quoted sentences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tomtat.schemas import ArticleSummary
from tomtat.text.loading import load_article

KRONG_PAC = """(ĐL online) - Sáng 12/3/2024, Công an huyện Krông Pắc tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023.

Tham dự hội nghị có Đại tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh Đắk Lắk; ông Trần Minh Đức, Chủ tịch UBND huyện Krông Pắc.

Năm 2023, lực lượng Công an huyện đã điều tra, làm rõ 87 vụ phạm pháp hình sự, đạt tỷ lệ 92,5%; vận động Nhân dân giao nộp hơn 120 khẩu súng tự chế.

Dịp này, UBND tỉnh Đắk Lắk tặng Bằng khen cho 3 tập thể và 5 cá nhân; Chủ tịch UBND huyện Krông Pắc tặng Giấy khen cho 12 tập thể, 25 cá nhân có thành tích xuất sắc trong phong trào.
"""

GIA_LAI = """Chiều 20/12/2023, UBND tỉnh Gia Lai tổ chức hội nghị sơ kết 5 năm thực hiện Đề án xây dựng xã, phường, thị trấn điển hình về phong trào bảo vệ an ninh Tổ quốc.

Phát biểu chỉ đạo, bà Nguyễn Thị Thanh Lịch, Phó Chủ tịch UBND tỉnh, đề nghị các địa phương tiếp tục nhân rộng mô hình hay.

Nhân dịp này, Bộ Công an tặng Bằng khen cho 2 tập thể; Chủ tịch UBND tỉnh tặng Bằng khen cho 14 tập thể và 20 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 31 lượt tập thể, cá nhân.
"""

HOSTILE_MARKUP = '<script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2">'

HOSTILE = f"""Sáng 5/1/2024, Đảng ủy xã Ia Pa tổ chức hội nghị tổng kết công tác năm 2023.

Một bình luận của bạn đọc dán kèm bài viết có đoạn mã {HOSTILE_MARKUP} và bị giữ nguyên trong văn bản.

Dịp này, UBND xã Ia Pa tặng Giấy khen cho 4 cá nhân.
"""


def ev(text: str, quote: str, nth: int = 0, **extra: Any) -> dict[str, Any]:
    """Evidence for the ``nth`` occurrence of ``quote`` in ``text`` (which must hold it)."""
    at = -1
    for _ in range(nth + 1):
        at = text.find(quote, at + 1)
        assert at != -1, f"fixture quote not in the cleaned text: {quote!r}"
    return {"quote": quote, "start": at, "end": at + len(quote), "alignment": "exact", **extra}


def finding(text: str, quote: str, **fields: Any) -> dict[str, Any]:
    """A cross-check finding placed at ``quote`` in ``text``."""
    where = ev(text, quote)
    return {"quote": quote, "start": where["start"], "end": where["end"], **fields}


def krong_pac(text: str, source_path: str) -> dict[str, Any]:
    """District-level review with nested and crossing spans, an error, a warning and an info."""
    return {
        "id": "krong_pac_2024",
        "title": None,
        "source": "ĐL online",
        "published": "2024-03",
        "author": None,
        "event": {
            "date": "2024-03-12",
            "part_of_day": "sáng",
            "kinds": ["tổng kết"],
            "organizer": "Công an huyện Krông Pắc",
            "province": "Đắk Lắk",
            "district": "Krông Pắc",
            "review_period": {"start": 2023, "end": 2023},
            "evidence": {
                "date": ev(text, "Sáng 12/3/2024"),
                "organizer": ev(text, "Công an huyện Krông Pắc"),
                "province": ev(
                    text, "tỉnh Đắk Lắk", derived=True, note="province of the organiser"
                ),
                "review_period": ev(text, "năm 2023"),
            },
        },
        "people": [
            {
                "name": "Nguyễn Văn Hùng",
                "title": "Phó Giám đốc Công an tỉnh Đắk Lắk",
                "rank": "Đại tá",
                "evidence": ev(text, "Đại tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh Đắk Lắk"),
            },
            {
                "name": "Trần Minh Đức",
                "title": "Chủ tịch UBND huyện Krông Pắc",
                "evidence": ev(text, "Trần Minh Đức, Chủ tịch UBND huyện Krông Pắc"),
            },
        ],
        "awards": [
            {
                "type": "Bằng khen",
                "issuer": "UBND tỉnh Đắk Lắk",
                "collectives": 3,
                "individuals": 5,
                "evidence": ev(text, "UBND tỉnh Đắk Lắk tặng Bằng khen cho 3 tập thể và 5 cá nhân"),
            },
            {
                "type": "Giấy khen",
                "issuer": "Chủ tịch UBND huyện Krông Pắc",
                "collectives": 12,
                "individuals": 52,
                "evidence": ev(
                    text, "Chủ tịch UBND huyện Krông Pắc tặng Giấy khen cho 12 tập thể, 25 cá nhân"
                ),
            },
        ],
        "statistics": [
            {
                "label": "vụ phạm pháp hình sự được làm rõ",
                "value": 87,
                "evidence": ev(text, "làm rõ 87 vụ phạm pháp hình sự"),
            },
            {
                "label": "tỷ lệ điều tra làm rõ",
                "value": 92.5,
                "unit": "%",
                "evidence": ev(text, "92,5%"),
            },
            {
                "label": "súng tự chế được giao nộp",
                "value": 120,
                "qualifier": "hơn",
                "evidence": ev(text, "hơn 120 khẩu súng tự chế"),
            },
        ],
        "conflicts": [],
        "checks": [
            finding(
                text,
                "25 cá nhân có thành tích",
                kind="mismatch",
                severity="error",
                path="awards[1].individuals",
                message="the text gives 25 individuals, not 52",
                value=52,
                text_value=25,
            ),
            finding(
                text,
                "87 vụ",
                kind="unsupported_number",
                severity="warning",
                path="statistics[0].value",
                message="count read from a clause about cases",
                value=87,
                text_value=[87],
            ),
            {
                "kind": "repaired",
                "severity": "info",
                "path": "event.date",
                "message": "year taken from the publication date",
                "value": "2024-03-12",
            },
        ],
        "warnings": ["boilerplate removed"],
        "meta": {"backend": "rules", "source_path": source_path, "duration_ms": 12.5},
        "metadata_evidence": {"source": ev(text, "ĐL online")},
    }


def gia_lai(text: str, source_path: str) -> dict[str, Any]:
    """Provincial mid-term review: three issuers, a total without split, one conflict."""
    return {
        "id": "gia_lai_2023",
        "title": "Gia Lai sơ kết 5 năm Đề án xã điển hình",
        "source": None,
        "published": "2023-12-20",
        "author": "Hồng Thi",
        "event": {
            "date": "2023-12-20",
            "part_of_day": "chiều",
            "kinds": ["sơ kết"],
            "organizer": "UBND tỉnh Gia Lai",
            "province": "Gia Lai",
            "district": None,
            "review_period": {"start": 2019, "end": 2023},
            "evidence": {
                "date": ev(text, "Chiều 20/12/2023"),
                "organizer": ev(text, "UBND tỉnh Gia Lai"),
            },
        },
        "people": [
            {
                "name": "Nguyễn Thị Thanh Lịch",
                "title": "Phó Chủ tịch UBND tỉnh",
                "evidence": ev(text, "Nguyễn Thị Thanh Lịch, Phó Chủ tịch UBND tỉnh"),
            },
        ],
        "awards": [
            {
                "type": "Bằng khen",
                "issuer": "Bộ Công an",
                "collectives": 2,
                "evidence": ev(text, "Bộ Công an tặng Bằng khen cho 2 tập thể"),
            },
            {
                "type": "Bằng khen",
                "issuer": "Chủ tịch UBND tỉnh",
                "collectives": 14,
                "individuals": 20,
                "evidence": ev(
                    text, "Chủ tịch UBND tỉnh tặng Bằng khen cho 14 tập thể và 20 cá nhân"
                ),
            },
            {
                "type": "Giấy khen",
                "issuer": "Giám đốc Công an tỉnh",
                "total": 31,
                "recipients": ["tập thể", "cá nhân"],
                "evidence": ev(
                    text, "Giám đốc Công an tỉnh tặng Giấy khen cho 31 lượt tập thể, cá nhân"
                ),
            },
        ],
        "statistics": [],
        "conflicts": ["5 năm in the headline, 2019–2023 in the body"],
        "checks": [
            finding(
                text,
                "31 lượt tập thể, cá nhân",
                kind="missed_count",
                severity="warning",
                path="awards[2]",
                message="a total without the collective/individual split",
                value=None,
                text_value=31,
            ),
        ],
        "meta": {
            "backend": "llm",
            "model": "test-model",
            "source_path": source_path,
            "usage": {"total_tokens": 1234},
            "cost_usd": 0.0012,
        },
    }


def hostile(text: str, source_path: str) -> dict[str, Any]:
    """A summary whose strings carry markup that must show as text and never run."""
    return {
        "id": "hostile_markup",
        "title": "</script><script>window.pwned = 3</script>",
        "event": {
            "date": "2024-01-05",
            "organizer": '<img src=x onerror="window.pwned = 4">Đảng ủy xã Ia Pa',
            "province": "Gia Lai",
            "district": "Ia Pa",
            "evidence": {"organizer": ev(text, "Đảng ủy xã Ia Pa")},
        },
        "awards": [
            {
                "type": "Giấy khen",
                "issuer": "UBND xã Ia Pa <b>bold</b>",
                "individuals": 4,
                "recipients": ['"><script>window.pwned = 5</script>'],
                "evidence": ev(text, "UBND xã Ia Pa tặng Giấy khen cho 4 cá nhân"),
            },
        ],
        "checks": [
            finding(
                text,
                HOSTILE_MARKUP,
                kind="unsupported_number",
                severity="error",
                path="awards[0]",
                message="</script><img src=x onerror=alert(1)>",
                value="<svg onload=alert(2)>",
                text_value="</textarea>",
            ),
        ],
        "meta": {"backend": "rules", "source_path": source_path},
    }


@dataclass
class SampleRun:
    """A folder of summaries as ``tomtat summarise`` writes it, plus the originals."""

    summaries_dir: Path
    articles_dir: Path
    summaries: list[ArticleSummary]
    texts: dict[str, str]


def make_run(root: Path, *, with_hostile: bool = True, source_paths: bool = True) -> SampleRun:
    """Write articles and their summaries (one failure included) under ``root``."""
    articles, out = root / "articles", root / "summaries"
    articles.mkdir(parents=True)
    out.mkdir(parents=True)
    makers = [("krong_pac_2024", KRONG_PAC, krong_pac), ("gia_lai_2023", GIA_LAI, gia_lai)]
    if with_hostile:
        makers.append(("hostile_markup", HOSTILE, hostile))
    summaries, texts = [], {}
    for stem, raw, maker in makers:
        path = articles / f"{stem}.txt"
        path.write_text(raw, encoding="utf-8")
        text = load_article(raw.encode("utf-8"), stem).text
        data = maker(text, str(path) if source_paths else "")
        if not source_paths:
            data["meta"]["source_path"] = None
        summary = ArticleSummary.model_validate(data)
        (out / f"{stem}.json").write_text(
            json.dumps(summary.to_json_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        summaries.append(summary)
        texts[summary.id] = text
    (out / "broken_encoding.error.json").write_text(
        json.dumps(
            {
                "id": "broken_encoding",
                "source_path": str(articles / "broken_encoding.txt"),
                "error": "cannot decode: not UTF-8, UTF-16 or Windows-1258",
            }
        ),
        encoding="utf-8",
    )
    return SampleRun(out, articles, summaries, texts)
