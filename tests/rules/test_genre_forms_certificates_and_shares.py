"""Genre forms of certificates, counter words, shares, fractions and amounts (one test group per cause).

Every sentence here is written for the test (none is copied from an evaluation article).
"""

from __future__ import annotations

from tomtat.extract.rules.awards import build_awards
from tomtat.text.counts import find_award_mentions, find_statistics


def _awards(text: str) -> list[tuple[object, ...]]:
    awards, _ = build_awards(find_award_mentions(text))
    return [(a.type.value, a.issuer, a.collectives, a.individuals, a.total) for a in awards]


def _stats(text: str) -> list[tuple[str, object, object]]:
    return [(s.label, s.value, s.unit) for s in find_statistics(text)]


def _values(text: str) -> list[object]:
    return [s.value for s in find_statistics(text)]


# --- 1. "trao Giấy chứng nhận ... cho N <units>": an award of type Khác ----------------------


def test_certificate_grant_is_an_award_of_type_other() -> None:
    text = (
        'Tại buổi lễ, UBND xã Tân Phú trao Giấy chứng nhận "Khu dân cư kiểu mẫu" cho 4 thôn; '
        "Chủ tịch UBND xã tặng Giấy khen cho 3 tập thể, 6 cá nhân."
    )
    assert ("Khác", "UBND xã Tân Phú", 4, None, None) in _awards(text)
    assert 4 not in _values(text)


def test_land_use_certificates_are_not_an_award() -> None:
    text = "Năm qua, huyện đã cấp giấy chứng nhận quyền sử dụng đất cho 1.250 hộ dân."
    assert _awards(text) == []
    assert 1250 in _values(text)


# --- 2. a counter word alone ("giảm 3 vụ", "sửa chữa 21 căn") names nothing ----------------


def test_counter_word_takes_the_subject_before_the_verb() -> None:
    text = "Số vụ cháy rừng giảm 5 vụ so với năm trước, không có thiệt hại về người."
    [(label, _value, _)] = [s for s in _stats(text) if s[1] == 5]
    assert label.startswith("Số vụ cháy rừng giảm")
    assert "so với năm trước" in label


def test_elliptical_counter_inherits_the_noun_of_the_previous_count() -> None:
    text = "Hội đã làm mới 30 căn nhà tình nghĩa, sửa chữa 12 căn cho gia đình chính sách."
    labels = {value: label for label, value, _ in _stats(text)}
    assert labels[12].startswith("nhà tình nghĩa sửa chữa")


# --- 3. "giảm từ A% xuống còn B%": both rates belong to the subject -------------------------


def test_rate_moving_from_a_to_b_is_labelled_by_the_subject() -> None:
    text = "Tỷ lệ trẻ suy dinh dưỡng giảm từ 18,4% xuống còn 12,1%, vượt kế hoạch đề ra."
    labels = {value: label for label, value, _ in _stats(text)}
    assert labels[18.4] == "Tỷ lệ trẻ suy dinh dưỡng"
    assert labels[12.1] == "Tỷ lệ trẻ suy dinh dưỡng giảm còn"


# --- 4. "chiếm N%" after a count: the share of that count ---------------------------------


def test_share_after_a_count_takes_the_count_noun() -> None:
    text = "Toàn huyện có 18/24 trường đạt chuẩn quốc gia, chiếm 75%; 6 trường đang xây dựng."
    labels = {value: label for label, value, unit in _stats(text) if unit == "%"}
    assert labels[75] == "tỷ lệ trường"


# --- 5. a fraction of a whole is not two counts ----------------------------------------------


def test_fraction_of_a_whole_is_not_a_statistic() -> None:
    text = "Hiện gần 2/3 số hộ trong xã đã có nước sạch; 40/52 thôn có nhà văn hóa."
    values = _values(text)
    assert 2 not in values and 3 not in values
    assert 40 in values and 52 in values


# --- 6. the honourees counted again = the sum of the event's grants -------------------------


def test_honouree_count_equal_to_the_grants_is_not_a_statistic() -> None:
    text = (
        "Quảng Bình: Tuyên dương 22 thanh niên tiêu biểu\n\n"
        "Tối 25/3, Tỉnh đoàn tổ chức tuyên dương 22 thanh niên tiêu biểu năm 2024. "
        "Dịp này, Trung ương Đoàn tặng Bằng khen cho 4 cá nhân; Tỉnh đoàn tặng Giấy khen cho "
        "18 cá nhân. Năm qua, các cơ sở Đoàn đã trồng 22 nghìn cây xanh."
    )
    values = _values(text)
    assert 22 not in values
    assert 22000 in values


def test_count_equal_to_the_grants_without_an_honour_verb_stays() -> None:
    text = (
        "Năm qua, lực lượng dân phòng đã tham gia 7 vụ chữa cháy. "
        "Dịp này, UBND phường tặng Giấy khen cho 2 tập thể, 5 cá nhân."
    )
    assert 7 in _values(text)


# --- 7. a number opening a short quoted name or slogan ---------------------------------------


def test_number_opening_a_quoted_slogan_is_not_a_statistic() -> None:
    text = 'Các hộ được hỗ trợ làm nhà bảo đảm tiêu chí "3 cứng", ở ổn định; 45 hộ đã vào ở.'
    values = _values(text)
    assert 3 not in values
    assert 45 in values


# --- 8. per-unit amounts after "mỗi <counter>" ----------------------------------------------


def test_amount_per_unit_after_moi_is_a_statistic() -> None:
    text = "Huyện hỗ trợ 25 hộ nghèo sửa nhà, mỗi căn 40 triệu đồng từ nguồn xã hội hóa."
    assert (40_000_000, "đồng") in [(v, u) for _, v, u in _stats(text)]


def test_house_number_after_a_counter_word_stays_excluded() -> None:
    text = "Buổi làm việc diễn ra tại căn 12 khu tập thể của đơn vị."
    assert 12 not in _values(text)


# --- 9. the bound of a target ("không còn xã dưới 10 tiêu chí") ----------------------------


def test_bound_of_a_target_is_not_a_statistic() -> None:
    text = "Tỉnh phấn đấu đến năm 2026 không còn hộ có thu nhập dưới 30 triệu đồng/năm."
    assert 30_000_000 not in _values(text)


def test_below_in_a_plain_report_stays() -> None:
    text = "Năm 2024, tỷ lệ hộ nghèo toàn huyện dưới 2%, thấp nhất từ trước đến nay."
    assert 2 in _values(text)


# --- 10. "N% số X đạt ..." is labelled with the verb phrase ----------------------------------


def test_share_of_units_reaching_a_standard_keeps_the_verb_phrase() -> None:
    text = "Mục tiêu đến năm 2027 có 80% số thôn đạt chuẩn văn hóa kiểu mẫu."
    labels = {value: label for label, value, unit in _stats(text) if unit == "%"}
    assert labels[80] == "số thôn đạt chuẩn văn hóa kiểu mẫu"
