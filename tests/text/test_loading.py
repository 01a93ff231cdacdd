"""Tests for tomtat.text.loading: encodings, HTML, furniture, repeats, metadata, bad input."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tomtat.text.article import Article
from tomtat.text.loading import InputError, load_article

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "examples" / "articles"
GOLD = ROOT / "examples" / "gold"

SAMPLE = (
    "(GLO) - Sáng 12/3/2024, Công an thị xã An Khê tổ chức hội nghị tổng kết phong trào "
    "toàn dân bảo vệ an ninh Tổ quốc năm 2023.\n\n"
    "Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 3 tập thể và 5 cá nhân; Chủ tịch "
    "UBND thị xã tặng Giấy khen cho 12 tập thể, 18 cá nhân có thành tích xuất sắc.\n\n"
    "THANH HÀ\n"
)

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Encode like Windows-1258 editors do: base letter, then a combining tone mark."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append((base + tone).encode("cp1258"))
    return b"".join(out)


def assert_offsets_consistent(article: Article) -> None:
    text, original = article.text, article.original
    for clean_start, original_start, length in article.offset_map.segments:
        assert (
            text[clean_start : clean_start + length]
            == original[original_start : original_start + length]
        )
        # any sub-span of a copied run maps back exactly
        for i, j in (
            (clean_start, clean_start + length),
            (clean_start + length // 3, clean_start + length // 2),
        ):
            span = article.offset_map.span_to_original(i, j)
            assert span is not None
            assert text[i:j] == original[span[0] : span[1]]
            if i < j:  # inside a run the single-offset lookup agrees too
                inner = article.offset_map.to_original(j - 1)
                assert inner is not None and original[inner] == text[j - 1]
    # where copied runs are separated by a synthesised space, plain to_original is exact
    for (s1, o1, n1), (s2, _, _) in zip(
        article.offset_map.segments, article.offset_map.segments[1:], strict=False
    ):
        if s2 > s1 + n1:
            a, b = article.offset_map.to_original(s1), article.offset_map.to_original(s1 + n1)
            assert (a, b) == (o1, o1 + n1)


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: s.encode("utf-8-sig"), "utf-8-sig"),
        (lambda s: s.encode("utf-16"), "utf-16-le"),  # BOM + little endian on this platform
        (lambda s: b"\xfe\xff" + s.encode("utf-16-be"), "utf-16-be"),
        (lambda s: s.encode("utf-16-le"), "utf-16-le"),  # no BOM: NUL-byte heuristic
        (lambda s: s.encode("utf-16-be"), "utf-16-be"),
        (cp1258_bytes, "cp1258"),
        (lambda s: unicodedata.normalize("NFD", s).encode("utf-8"), "utf-8"),  # decomposed UTF-8
    ],
)
def test_encodings_decode_to_the_same_nfc_text(
    encode: Callable[[str], bytes], encoding: str
) -> None:
    reference = load_article(SAMPLE.encode("utf-8"), "ref")
    article = load_article(encode(SAMPLE), "x")
    assert article.encoding == encoding
    assert article.text == reference.text
    assert unicodedata.is_normalized("NFC", article.original)
    assert article.warnings == ()
    assert article.source == "GLO"
    assert article.author == "Thanh Hà"


def test_truncated_utf8_is_read_with_a_warning() -> None:
    data = SAMPLE.rstrip().encode("utf-8") + "Thể".encode()[:-1]  # cut inside "ể"
    article = load_article(data, "cut")
    assert any("truncated UTF-8" in w for w in article.warnings)
    assert article.text.endswith("\ufffd")
    assert "Công an thị xã An Khê" in article.text


def test_a_few_invalid_utf8_bytes_are_replaced_with_a_warning() -> None:
    data = SAMPLE.encode("utf-8").replace("Dịp này".encode(), b"D\xffp n\xe0y")
    article = load_article(data, "bad")
    assert article.encoding == "utf-8"
    assert any("invalid UTF-8" in w for w in article.warnings)


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t  \r\n", "\ufeff  \n".encode(), "  ".encode("utf-16")]
)
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^empty file$"):
        load_article(data, "empty")


def test_png_is_refused_with_its_kind() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(InputError) as info:
        load_article(png, "img")
    assert str(info.value) == "binary file (PNG image), not a text article"


def test_unknown_binary_is_refused() -> None:
    blob = bytes((i * 37) % 32 for i in range(4000))
    with pytest.raises(InputError, match="binary file"):
        load_article(blob, "blob")


def test_english_text_gives_a_warning_not_an_error() -> None:
    article = load_article(
        b"The district police held a meeting on Monday to review the year.", "en"
    )
    assert "text does not look Vietnamese" in article.warnings
    assert article.text.startswith("The district police")


def test_only_furniture_is_refused() -> None:
    with pytest.raises(InputError, match="no article text"):
        load_article("Chia sẻ\n\nNhãn\n\nÝ kiến bạn đọc\n".encode(), "furniture")


@pytest.mark.slow
def test_twenty_megabytes_load_in_reasonable_time() -> None:
    paragraph = (
        "Năm {i}, Công an xã tổ chức {i} buổi tuyên truyền cho {n} lượt người dân về phòng, "
        "chống tội phạm và tệ nạn xã hội tại thôn số {i}."
    )
    body = "\n\n".join(paragraph.format(i=i, n=i * 7) for i in range(110_000))
    data = body.encode("utf-8")
    assert len(data) > 20_000_000
    article = load_article(data, "big")  # its speed: benchmarks/bench_linear.py
    assert article.text.count("\n\n") == 109_999


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=600),
        st.text(max_size=400).map(lambda s: s.encode("utf-8")),
        st.text(max_size=200).map(lambda s: s.encode("utf-16", errors="replace")),
        st.text(
            alphabet='<>/pdivh1tmlbr ="\n()-:.,LĐ online date 2021-01 ĐÔNG ANHTác giả', max_size=300
        ).map(str.encode),
    )
)
def test_fuzz_only_input_error_escapes(data: bytes) -> None:
    try:
        article = load_article(data, "fuzz")
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert article.text == article.text.strip()
    assert "\n\n\n" not in article.text
    assert_offsets_consistent(article)


# --- HTML --------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><title>Krông Pa tổng kết phong trào - Báo Gia Lai</title>
<style>p { color: red }</style><script>var tracking = "Công an tỉnh";</script></head>
<body>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<header class="site-header">Báo Gia Lai điện tử</header>
<article>
<h1>Krông Pa: Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc</h1>
<p class="date">Thứ ba, 12/03/2024 - 09:15</p>
<p><strong>(GLO) - Sáng 12/3</strong>, UBND huyện Krông Pa tổ chức hội nghị tổng kết
   phong trào năm 2023.</p>
<p>Dịp này, UBND huyện tặng Giấy khen cho 10 tập thể và 15 cá nhân.<br>Công an tỉnh tặng
Giấy khen cho 2 tập thể &amp; 3 cá nhân.</p>
<div class="share-buttons"><a>Facebook</a><a>Zalo</a></div>
<p>MINH ANH</p>
</article>
<aside>Tin liên quan: Ia Pa tổng kết phong trào</aside>
<footer>Bản quyền thuộc về Báo Gia Lai</footer>
<script>console.log("x")</script>
</body></html>
"""


def test_html_to_clean_paragraphs() -> None:
    article = load_article(HTML.encode("utf-8"), "html")
    assert article.is_html
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Krông Pa: Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc"
    assert article.title == paragraphs[0]
    assert (
        "(GLO) - Sáng 12/3, UBND huyện Krông Pa tổ chức hội nghị tổng kết phong trào năm 2023."
        in paragraphs
    )
    assert "Dịp này, UBND huyện tặng Giấy khen cho 10 tập thể và 15 cá nhân." in paragraphs
    assert "Công an tỉnh tặng Giấy khen cho 2 tập thể & 3 cá nhân." in paragraphs
    for junk in (
        "tracking",
        "color",
        "Trang chủ",
        "Facebook",
        "Bản quyền",
        "Tin liên quan",
        "console",
    ):
        assert junk not in article.text
    assert article.source == "GLO"
    assert article.published == "2024-03-12"
    assert article.author == "Minh Anh"
    assert_offsets_consistent(article)
    # the headline maps back into the HTML source
    start = article.offset_map.to_original(0)
    assert start is not None and article.original[start:].startswith("Krông Pa: Tổng kết")


def test_html_fragment_without_html_tag() -> None:
    data = "<p>(QTO) - Chiều 5/1, Công an tỉnh tổ chức hội nghị.</p><p>Dịp này, 5 tập thể được khen.</p><div>N.HÀ</div>"
    article = load_article(data.encode(), "frag")
    assert article.is_html
    assert article.text.split("\n\n") == [
        "(QTO) - Chiều 5/1, Công an tỉnh tổ chức hội nghị.",
        "Dịp này, 5 tập thể được khen.",
        "N.HÀ",
    ]
    assert (article.source, article.author, article.title) == ("QTO", "N.Hà", None)


# --- furniture, repeats, layout ---------------------------------------------------------------


def test_seed_001_keeps_one_copy_of_each_paragraph_and_drops_furniture() -> None:
    article = load_article((ARTICLES / "001_4194e5caf9f27628.txt").read_bytes(), "001")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == len(set(paragraphs))
    headline = "Hội nghị triển khai nhiệm vụ công tác xây dựng phong trào toàn dân bảo vệ an ninh tổ quốc năm 2023"
    assert paragraphs[0] == headline
    assert article.text.count(headline) == 1
    assert article.text.count("(Web Quảng Trị) Sáng 31/1/2023") == 1
    assert article.text.count("Tham dự hội nghị có các đồng chí") == 1
    assert article.text.count("Nhìn chung, công tác xây dựng mô hình") == 1
    assert article.text.count("1.131 mắt") == 1
    for furniture in (
        "Nhãn",
        "Tổng số điểm",
        "Xếp hạng",
        "Click để đánh giá",
        "Ý kiến bạn đọc",
        "Những tin mới hơn",
        "Những tin cũ hơn",
        "duy trì trạng thái đăng nhập",
        "Nguồn tin",
    ):
        assert furniture not in article.text
    assert article.notes == {"nguồn tin": "Phạm Mỹ Hạnh"}
    assert paragraphs[-1] == "Tác giả bài viết: Phạm Mỹ Hạnh"
    assert paragraphs[-2].startswith("Ghi nhận những kết quả đã đạt được")
    assert_offsets_consistent(article)


def test_seed_003_keeps_one_copy_of_each_caption() -> None:
    article = load_article((ARTICLES / "003_aed6a2dcafa1137c.txt").read_bytes(), "003")
    assert article.text.count("Bà Phạm Thị Thanh Thúy - Phó Chủ tịch UBND huyện") == 1
    assert article.text.count("Bà Nguyễn Thị Tố Loan - Phó Chủ tịch HĐND huyện") == 1


def test_generic_repeats_and_furniture() -> None:
    text = "\n".join(
        [
            "Công an huyện Chư Sê tổng kết công tác năm 2023",
            "",
            "(Baonghean.vn) - Sáng 10/1, Công an huyện Chư Sê tổ chức hội nghị tổng kết. Tham dự có lãnh đạo huyện.",
            "Công an huyện Chư Sê tổng kết công tác năm 2023",
            "Ảnh: Lãnh đạo huyện trao Giấy khen cho các tập thể",
            "Ảnh: Lãnh đạo huyện trao Giấy khen cho các tập thể",
            "Năm 2023, lực lượng công an đã điều tra, khám phá 45 vụ án. Tỷ lệ điều tra đạt 92,5%.",
            "Năm 2023, lực lượng công an đã điều tra, khám phá 45 vụ án. Tỷ lệ điều tra đạt 92,5 %.",
            "Tham dự có lãnh đạo huyện. Năm 2023, lực lượng công an đã điều tra, khám phá 45 vụ án.",
            "Lượt xem: 1.234",
            "Chia sẻ",
            "In bài viết",
            "Từ khóa: công an, Chư Sê",
            "Dịp này, Công an huyện khen thưởng 8 tập thể, 21 cá nhân. Nhiều đơn vị chia sẻ kinh nghiệm.",
            "Tin liên quan",
            "Ia Grai tổng kết phong trào toàn dân bảo vệ ANTQ",
            "Đak Đoa triển khai nhiệm vụ năm 2024",
        ]
    )
    article = load_article(text.encode(), "generic")
    assert article.text.split("\n\n") == [
        "Công an huyện Chư Sê tổng kết công tác năm 2023",
        "(Baonghean.vn) - Sáng 10/1, Công an huyện Chư Sê tổ chức hội nghị tổng kết. Tham dự có lãnh đạo huyện.",
        "Ảnh: Lãnh đạo huyện trao Giấy khen cho các tập thể",
        "Năm 2023, lực lượng công an đã điều tra, khám phá 45 vụ án. Tỷ lệ điều tra đạt 92,5%.",
        "Dịp này, Công an huyện khen thưởng 8 tập thể, 21 cá nhân. Nhiều đơn vị chia sẻ kinh nghiệm.",
    ]
    assert article.source == "Baonghean.vn"
    assert article.title == "Công an huyện Chư Sê tổng kết công tác năm 2023"


def test_whitespace_collapsed_and_hard_wraps_joined() -> None:
    text = (
        "(PLO) -  Sáng 3/4, UBND quận\u00a0tổ chức\t hội nghị\n"
        "sơ kết công tác thi đua   khen thưởng.\r\n\r\n\r\n"
        "Dịp này, 4 tập thể\u200b được tặng Giấy khen.   \n"
    )
    article = load_article(text.encode(), "ws")
    assert article.text == (
        "(PLO) - Sáng 3/4, UBND quận tổ chức hội nghị sơ kết công tác thi đua khen thưởng.\n\n"
        "Dịp này, 4 tập thể được tặng Giấy khen."
    )
    assert_offsets_consistent(article)


def test_scraper_prefix_is_metadata_not_text() -> None:
    article = load_article(b" date 2022-11 (LD online) - Chieu 5/11, ...\n\nNoi dung.", "p")
    assert article.published == "2022-11"
    assert not article.text.startswith("date")
    evidence = article.metadata_evidence["published"]
    assert evidence.derived and evidence.start is None and evidence.note


# --- metadata -------------------------------------------------------------------------------


def test_headline_after_a_dateline_moves_first() -> None:
    text = (
        "Thứ hai, 04/03/2024 10:05\n\nĐak Pơ sơ kết phong trào bảo vệ an ninh Tổ quốc\n\n"
        "(GLO) - Sáng 4/3, UBND huyện Đak Pơ tổ chức hội nghị sơ kết."
    )
    article = load_article(text.encode(), "d")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Đak Pơ sơ kết phong trào bảo vệ an ninh Tổ quốc"
    assert article.title == paragraphs[0]
    assert article.published == "2024-03-04"
    assert article.metadata_evidence["published"].quote == "04/03/2024"


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_seed_metadata_matches_gold(path: Path) -> None:
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
    article = load_article(path.read_bytes(), path.stem)
    for field in ("title", "source", "published", "author"):
        assert getattr(article, field) == gold[field], field
        evidence = article.metadata_evidence.get(field)
        if gold[field] is None:
            assert evidence is None
            continue
        assert evidence is not None
        if not evidence.derived:
            assert evidence.start is not None and evidence.end is not None
            assert article.text[evidence.start : evidence.end] == evidence.quote
    assert_offsets_consistent(article)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hà Nội (TTXVN) - Sáng 5/3, Bộ Công an tổ chức hội nghị.\n\nTác giả: Nguyễn Văn An",
            {"source": "TTXVN", "author": "Nguyễn Văn An", "title": None, "published": None},
        ),
        (
            "Quảng Trị biểu dương điển hình tiên tiến\n\nCập nhật: 08:30 Thứ hai, 12/06/2023\n\n"
            "(QTO) - Sáng 11/6, UBND tỉnh tổ chức hội nghị.\n\nBài và ảnh: HOÀNG TÁO",
            {
                "source": "QTO",
                "author": "Hoàng Táo",
                "title": "Quảng Trị biểu dương điển hình tiên tiến",
                "published": "2023-06-12",
            },
        ),
        (
            "(Baonghean.vn) - Chiều 2/8, Công an tỉnh Nghệ An tổ chức lễ tuyên dương.\n\n"
            "Dịp này, 12 tập thể được tặng Bằng khen.\n\nTHU HÀ (tổng hợp)",
            {"source": "Baonghean.vn", "author": "Thu Hà", "title": None, "published": None},
        ),
        (
            "Gia Lai: Tuyên dương 50 điển hình\n\nMINH ANH 08:15, 02/03/2024\n\n"
            "(GLO) - Sáng 2/3, UBND tỉnh tổ chức lễ tuyên dương.",
            {
                "source": "GLO",
                "author": "Minh Anh",
                "title": "Gia Lai: Tuyên dương 50 điển hình",
                "published": "2024-03-02",
            },
        ),
        (
            "Sáng 5/1, UBND huyện tổ chức hội nghị tổng kết (có 20 đại biểu dự).\n\n"
            "Các đại biểu dự hội nghị",
            {"source": None, "author": None, "title": None, "published": None},
        ),
    ],
)
def test_metadata_on_genre_variants(text: str, expected: dict[str, str | None]) -> None:
    article = load_article(text.encode(), "m")
    assert {k: getattr(article, k) for k in expected} == expected


def test_readers_comments_after_the_article_are_dropped() -> None:
    body = (
        "(GLO) - Sáng 12/3, Công an thị xã An Khê tổ chức hội nghị tổng kết công tác năm 2023 "
        "với sự tham dự của lãnh đạo thị xã và các xã, phường trên địa bàn. Hội nghị đánh giá "
        "kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc và đề ra 7 nhiệm vụ trọng tâm.\n\n"
        "Dịp này, Chủ tịch UBND thị xã tặng Giấy khen cho 12 tập thể và 18 cá nhân có thành tích "
        "xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023 trên địa bàn.\n\n"
        "Ý kiến bạn đọc\n\n"
        "Bài viết rất hay. Cảm ơn phóng viên đã đưa tin kịp thời về phong trào ở địa phương.\n\n"
        "Nguồn: Báo Gia Lai\n"
    )
    article = load_article(body.encode(), "comments")
    assert "Bài viết rất hay" not in article.text
    assert article.text.split("\n\n")[-1].startswith("Dịp này")
    assert article.notes == {"nguồn": "Báo Gia Lai"}


def test_html_content_container_with_widget_like_class_is_kept() -> None:
    long_paragraph = "Dịp này, Công an huyện tặng Giấy khen cho 8 tập thể và 21 cá nhân. " * 30
    html = (
        '<html><body><div id="content" class="page has-sidebar">'
        f"<p>(PLO) - Sáng 3/4, Công an quận tổ chức hội nghị.</p><p>{long_paragraph}</p>"
        '<div class="share">Chia sẻ Facebook</div></div></body></html>'
    )
    article = load_article(html.encode(), "sidebar")
    assert "Công an quận tổ chức hội nghị" in article.text
    assert "8 tập thể" in article.text
    assert "Facebook" not in article.text


def test_html_after_scraper_prefix() -> None:
    html = " date 2023-05 <html><body><p>(LĐ online) - Chiều 17/5, huyện tổ chức hội nghị.</p></body></html>"
    article = load_article(html.encode(), "prefixed-html")
    assert article.is_html
    assert article.published == "2023-05"
    assert article.text == "(LĐ online) - Chiều 17/5, huyện tổ chức hội nghị."
    assert_offsets_consistent(article)


def test_related_links_box_mid_article_keeps_following_sentences() -> None:
    text = (
        "(GLO) - Sáng 12/3, Công an huyện Chư Sê tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
        "Tin liên quan\n\n"
        "Ia Grai tổng kết phong trào toàn dân bảo vệ ANTQ\n\n"
        "Đak Đoa triển khai nhiệm vụ năm 2024\n\n"
        "Dịp này, UBND huyện tặng Giấy khen cho 10 tập thể và 12 cá nhân.\n"
    )
    paragraphs = load_article(text.encode(), "related").text.split("\n\n")
    assert paragraphs == [
        "(GLO) - Sáng 12/3, Công an huyện Chư Sê tổ chức hội nghị tổng kết công tác năm 2023.",
        "Dịp này, UBND huyện tặng Giấy khen cho 10 tập thể và 12 cá nhân.",
    ]
