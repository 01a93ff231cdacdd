"""Tests for tomtat.text.boilerplate: whole-paragraph web furniture patterns."""

from __future__ import annotations

import pytest

from tomtat.text.boilerplate import _KINDS, classify, is_tail_marker


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("Tổng số điểm của bài viết là: 2 trong 2 đánh giá", "rating"),
        ("Tổng số điểm của bài viết là: 47 trong 11 đánh giá", "rating"),
        ("Xếp hạng: 1 - 2 phiếu bầu", "rating"),
        ("Xếp hạng: 4.5 - 10 phiếu bầu", "rating"),
        ("Click để đánh giá bài viết", "rating"),
        ("Bấm để đánh giá", "rating"),
        (
            "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây",
            "session",
        ),
        ("Ý kiến bạn đọc", "comments"),
        ("Gửi bình luận", "comments"),
        ("Những tin mới hơn", "related"),
        ("Những tin cũ hơn", "related"),
        ("Tin liên quan", "related"),
        ("Tin cùng chuyên mục", "related"),
        ("Các tin khác", "related"),
        ("Bài viết cùng chủ đề", "related"),
        ("Xem tiếp", "share"),
        ("Quảng cáo", "legal"),
        ("Nhãn", "tags"),
        ("Từ khóa: công an, phong trào toàn dân bảo vệ an ninh Tổ quốc", "tags"),
        ("Tags: Đức Trọng, Lâm Đồng", "tags"),
        ("Lượt xem: 1.234", "counter"),
        ("Số lượt xem: 56", "counter"),
        ("2.345 lượt xem", "counter"),
        ("Chia sẻ", "share"),
        ("Chia sẻ bài viết", "share"),
        ("In bài viết", "share"),
        ("Facebook | Zalo | Twitter", "share"),
        ("Về đầu trang", "share"),
        ("Bản quyền thuộc về Báo Lâm Đồng", "legal"),
        ("© 2023 Công an tỉnh", "legal"),
        ("»", "punctuation"),
        ("-----", "punctuation"),
    ],
)
def test_furniture_is_recognised(paragraph: str, kind: str) -> None:
    furniture = classify(paragraph)
    assert furniture is not None and furniture.kind == kind


@pytest.mark.parametrize(
    ("paragraph", "note"),
    [
        ("Nguồn tin: Phạm Mỹ Hạnh", ("nguồn tin", "Phạm Mỹ Hạnh")),
        ("Nguồn: Báo Gia Lai", ("nguồn", "Báo Gia Lai")),
    ],
)
def test_source_notes_are_kept_as_notes(paragraph: str, note: tuple[str, str]) -> None:
    furniture = classify(paragraph)
    assert furniture is not None and furniture.note == note


@pytest.mark.parametrize(
    "paragraph",
    [
        "Các đại biểu đã chia sẻ kinh nghiệm xây dựng mô hình tự quản.",
        "Tổng số điểm thi đua của Công an huyện đạt 98 điểm, xếp hạng nhất toàn tỉnh.",
        "Ý kiến bạn đọc được tiếp thu, chỉnh sửa trong kế hoạch năm 2024.",
        "Nhãn hàng Việt được người tiêu dùng tin dùng.",
        "Tin liên quan đến an ninh trật tự được Công an huyện báo cáo đầy đủ.",
        "Tác giả bài viết: Phạm Mỹ Hạnh",
        "ĐÔNG ANH",
        "In the end",  # "In" alone is a print button; a sentence starting with it is not
    ],
)
def test_article_text_is_not_furniture(paragraph: str) -> None:
    assert classify(paragraph) is None


def test_tail_markers() -> None:
    assert is_tail_marker("Tin liên quan")
    assert is_tail_marker("Ý kiến bạn đọc")
    assert not is_tail_marker("Chia sẻ")
    assert not is_tail_marker("Dịp này, 5 tập thể được khen thưởng.")


@pytest.mark.parametrize(
    ("paragraph", "first", "second"),
    [
        ("Xếp hạng: 5 điểm, bấm vào đây để duy trì trạng thái đăng nhập", "rating", "session"),
        (
            "Bấm vào đây để duy trì trạng thái đăng nhập, ghi rõ nguồn Báo X khi phát hành lại "
            "thông tin",
            "session",
            "legal",
        ),
    ],
)
def test_the_first_kind_in_order_wins_when_two_kinds_match(
    paragraph: str, first: str, second: str
) -> None:
    kinds = [kind for kind, pattern in _KINDS if pattern.match(paragraph)]
    assert kinds == [first, second]
    found = classify(paragraph)
    assert found is not None and found.kind == first


@pytest.mark.parametrize(
    "paragraph",
    [
        "BẤM VÀO ĐÂY ĐỂ DUY TRÌ TRẠNG THÁI ĐĂNG NHẬP",
        "Vui lòng bấm vào đây để duy trì trạng tháı đăng nhập",  # a dotless ı: (?i) reads i
        "Đề nghị ghi rõ nguồn Báo X khi phát hành lại thông tin từ website này",
        "ĐỀ NGHỊ GHI RÕ NGUỒN BÁO X KHI PHÁT HÀNH LẠI THÔNG TIN",  # the letters upper-case
        "Bấm vào ĐÂY để DUY TRÌ trạng thái ĐĂNG NHẬP",  # the letters in both cases
    ],
)
def test_branches_that_open_with_any_text_are_tried_where_their_words_may_be(
    paragraph: str,
) -> None:
    # those branches are left out only for paragraphs that cannot hold their words
    expected = next(kind for kind, pattern in _KINDS if pattern.match(paragraph))
    found = classify(paragraph)
    assert found is not None and found.kind == expected
