"""Property tests: on any mix of genre sentences the extractor never fails and quotes exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.extract.rules import RulesExtractor
from tomtat.text.article import Article

_TEMPLATES = (
    "(GLO)- Chiều {d}/{m}, Công an huyện Chư Sê tổ chức hội nghị tổng kết công tác năm 2023.",
    "Sáng {d}/{m}/2024, UBND tỉnh Quảng Trị đã tổ chức Hội nghị triển khai nhiệm vụ năm 2024.",
    "Dịp này, Chủ tịch UBND huyện tặng giấy khen cho {a} tập thể và {b} cá nhân.",
    "{a} tập thể, {b} cá nhân được Giám đốc Công an tỉnh tặng giấy khen; {c} cá nhân được Bộ Công an "
    "tặng Kỷ niệm chương Bảo vệ ANTQ.",
    "Trao Bằng khen của Công an tỉnh cho các cá nhân, tập thể xuất sắc",
    "Ông Nguyễn Văn {name} - Phó Chủ tịch UBND huyện phát biểu tại hội nghị.",
    "Toàn huyện có {a} tổ an ninh nhân dân, hơn {b} mô hình với số tiền gần {c} tỷ đồng.",
    "10 năm qua, {a} tập thể được tặng Bằng khen; tỷ lệ đạt {b},{c}%.",
    "Mô hình được nhân rộng {a}/{b} địa bàn cấp xã.",
    "Thực hiện Chỉ thị số {a}-CT/TW ngày {d}/{m}/2011, Ban Chỉ đạo {c} đã triển khai.",
    "Nhân dân và cán bộ xã Ia Kha được tặng bằng khen của Bộ Công an.",
    "….. ;;; -- “” () 1.2.3.4 ,,, ",
)

_sentence = st.builds(
    lambda template, a, b, c, d, m, name: template.format(a=a, b=b, c=c, d=d, m=m, name=name),
    st.sampled_from(_TEMPLATES),
    st.integers(0, 5000),
    st.integers(0, 999),
    st.integers(1, 99),
    st.integers(1, 28),
    st.integers(1, 12),
    st.sampled_from(["An", "Bình", "Hòa", "Thuỷ"]),
)
_article = st.lists(_sentence, min_size=0, max_size=12).map(lambda parts: "\n\n".join(parts))


@settings(max_examples=60, deadline=None)
@given(_article)
def test_every_quote_is_the_text_at_its_offsets(text: str) -> None:
    summary = RulesExtractor().extract(Article(id="p", text=text))
    evidences = list(summary.event.evidence.values())
    for group in (summary.people, summary.awards, summary.statistics):
        evidences.extend(item.evidence for item in group if item.evidence is not None)
    for ev in evidences:
        assert ev.start is not None and ev.end is not None
        assert text[ev.start : ev.end] == ev.quote
    for award in summary.awards:
        assert award.collectives is None or award.collectives >= 0


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    RulesExtractor().extract(Article(id="p", text=text))
