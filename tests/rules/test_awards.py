"""Awards of the event: dedup of repeated grants, conflicts, merging of count-less mentions."""

from __future__ import annotations

import pytest

from tomtat.extract.rules.awards import _body_of, build_awards
from tomtat.text.counts import find_award_mentions
from tomtat.text.normalize import normalize_name


def _awards(text: str) -> tuple[list[tuple[object, ...]], list[str]]:
    awards, conflicts = build_awards(find_award_mentions(text))
    return [
        (a.type.value, a.issuer, a.collectives, a.individuals, a.total, tuple(a.recipients))
        for a in awards
    ], conflicts


def test_same_grant_twice_is_one_entry() -> None:
    text = (
        "Dịp này, 3 tập thể và 5 cá nhân được tặng giấy khen của Giám đốc Công an tỉnh. "
        "Giám đốc Công an tỉnh tặng giấy khen cho 3 tập thể và 5 cá nhân."
    )
    awards, conflicts = _awards(text)
    assert awards == [("Giấy khen", "Giám đốc Công an tỉnh", 3, 5, None, ())]
    assert conflicts == []


def test_different_figures_are_kept_and_reported() -> None:
    text = (
        "Dịp này, 17 tập thể, 21 cá nhân được Chủ tịch UBND huyện tặng giấy khen. "
        "Chủ tịch UBND huyện Đạ Huoai tặng giấy khen cho 23 tập thể và 28 cá nhân."
    )
    awards, conflicts = _awards(text)
    assert [a[2:4] for a in awards] == [(17, 21), (23, 28)]
    assert len(conflicts) == 1
    assert "17" in conflicts[0] and "23" in conflicts[0]


def test_merging_the_same_mentions_again_gives_the_same_awards_and_a_list_of_its_own() -> None:
    # the extractor and then the cross-check merge one article's mentions: the second merge
    # is read from the first, and a caller's changes to its conflicts reach no other caller
    mentions = find_award_mentions(
        "Dịp này, 17 tập thể, 21 cá nhân được Chủ tịch UBND huyện tặng giấy khen. "
        "Chủ tịch UBND huyện Đạ Huoai tặng giấy khen cho 23 tập thể và 28 cá nhân."
    )
    awards, conflicts = build_awards(mentions)
    conflicts.append("changed by the caller")
    again, conflicts_again = build_awards(mentions)
    assert again == awards
    assert len(conflicts_again) == 1 and "changed by the caller" not in conflicts_again
    other, _ = build_awards(
        find_award_mentions("Chủ tịch UBND huyện tặng giấy khen cho 5 tập thể.")
    )
    assert [(a.collectives, a.individuals) for a in other] == [(5, None)]


def test_countless_caption_merges_into_counted_grant() -> None:
    text = (
        "Trao kỷ niệm chương vì sự nghiệp bảo vệ an ninh tổ quốc cho các cá nhân\n\n"
        "Các tập thể nhận giấy khen của UBND huyện Bảo Lâm\n\n"
        "Dịp này, có 9 cá nhân được nhận kỷ niệm chương của Bộ Công an. "
        "Chủ tịch UBND huyện Bảo Lâm tặng giấy khen cho 12 tập thể và 8 cá nhân."
    )
    awards, _ = _awards(text)
    assert awards == [
        ("Kỷ niệm chương", "Bộ Công an", None, 9, None, ()),
        ("Giấy khen", "Chủ tịch UBND huyện Bảo Lâm", 12, 8, None, ()),
    ]


def test_countless_without_counted_match_stays_and_dedups() -> None:
    text = (
        "Trao Bằng khen của Công an tỉnh cho các cá nhân, tập thể xuất sắc\n\n"
        "Trao Giấy khen của UBND huyện Đức Trọng cho các tập thể, cá nhân\n\n"
        "Tại hội nghị, các tập thể, cá nhân đã nhận Bằng khen của Công an tỉnh và Giấy khen "
        "của UBND huyện."
    )
    awards, conflicts = _awards(text)
    assert awards == [
        ("Bằng khen", "Công an tỉnh", None, None, None, ()),
        ("Giấy khen", "UBND huyện Đức Trọng", None, None, None, ()),
    ]
    assert conflicts == []


def test_past_honours_are_not_awards() -> None:
    awards, _ = _awards("10 năm qua, 38 tập thể được tặng Bằng khen của UBND tỉnh.")
    assert awards == []


def test_evidence_quotes_the_clause() -> None:
    text = "Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể."
    awards, _ = build_awards(find_award_mentions(text))
    ev = awards[0].evidence
    assert ev is not None and ev.start is not None
    assert text[ev.start : ev.end] == ev.quote


def test_caption_without_issuer_merges_with_the_same_figures() -> None:
    text = (
        "Tặng Giấy khen cho 15 tập thể và 30 cá nhân\n\n"
        "Dịp này, Chủ tịch UBND huyện tặng giấy khen cho 15 tập thể và 30 cá nhân."
    )
    awards, conflicts = _awards(text)
    assert awards == [("Giấy khen", "Chủ tịch UBND huyện", 15, 30, None, ())]
    assert conflicts == []


def test_list_item_opening_with_the_verb_keeps_the_issuer() -> None:
    text = (
        "Dịp này, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 3 tập thể, 5 cá nhân; "
        "tặng Giấy khen cho 10 tập thể."
    )
    awards, _ = _awards(text)
    assert awards == [
        ("Bằng khen", "Chủ tịch UBND tỉnh", 3, 5, None, ()),
        ("Giấy khen", "Chủ tịch UBND tỉnh", 10, None, None, ()),
    ]


def test_recipient_named_beside_a_counted_grant_is_one_of_them() -> None:
    text = (
        "Hội Nông dân huyện Tân Châu nhận Cờ thi đua. Tại hội nghị, 12 đơn vị được nhận Cờ thi "
        "đua của Ban Chấp hành Hội Nông dân tỉnh."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [
        ("Cờ thi đua", "Ban Chấp hành Hội Nông dân tỉnh", 12, None, None)
    ]
    assert conflicts == []


def test_named_recipients_of_one_issuer_add_up_by_kind() -> None:
    text = (
        "Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy trao Huân chương Chiến công hạng Nhì cho "
        "Thượng tá Lê Văn Toàn. Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy trao Huân chương "
        "Chiến công hạng Ba cho Phòng Cảnh sát giao thông."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", "Chủ tịch nước", 1, 1, None)]
    assert conflicts == []


def test_ceremony_headline_restates_the_grant() -> None:
    text = (
        "Bệnh viện huyện Đông Hải đón nhận Huân chương Lao động hạng Nhì\n"
        "Sáng 2/9, Bệnh viện huyện Đông Hải làm lễ đón Huân chương Lao động hạng Nhì của "
        "Chủ tịch nước."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", "Chủ tịch nước", 1, None, None)]
    assert conflicts == []


def test_untyped_commendation_takes_the_type_of_a_countless_mention() -> None:
    text = (
        "Nhân dịp này, UBND huyện Bảo Lạc đã khen thưởng cho 6 tập thể, 14 cá nhân có thành tích "
        "xuất sắc. Lãnh đạo huyện tặng giấy khen cho các tập thể, cá nhân tiêu biểu."
    )
    awards, _ = _awards(text)
    assert [a[:5] for a in awards] == [("Giấy khen", "UBND huyện Bảo Lạc", 6, 14, None)]


def test_headline_total_and_body_split_are_one_grant() -> None:
    text = (
        "Trao 15 Huân chương Bảo vệ Tổ quốc cho cán bộ hưu trí\n"
        "Thừa ủy quyền của Chủ tịch nước, lãnh đạo Bộ Chỉ huy trao 15 Huân chương Bảo vệ Tổ quốc "
        "cho nguyên chỉ huy các đơn vị."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", "Chủ tịch nước", None, 15, None)]
    assert conflicts == []


def test_named_body_whose_members_are_counted_is_one_more() -> None:
    text = (
        "Sáng 3/8, Công an tỉnh Hà Giang đón nhận Huân chương Chiến công hạng Nhì. Dịp này, 3 tập "
        "thể và 5 cá nhân thuộc Công an tỉnh Hà Giang được tặng thưởng Huân chương Chiến công."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", None, 4, 5, None)]
    assert conflicts == []


def test_holder_of_an_office_named_as_recipient_is_an_individual() -> None:
    text = (
        "Thừa ủy quyền của Chủ tịch nước, Bộ trưởng trao Huân chương Bảo vệ Tổ quốc hạng Ba cho "
        "Giám đốc Công an tỉnh Cao Bằng."
    )
    awards, _ = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", "Chủ tịch nước", None, 1, None)]


def test_a_person_given_an_order_of_another_name_is_one_more_than_the_counted() -> None:
    text = (
        "Sáng 5/9, Công an tỉnh Lạng Sơn đón nhận Huân chương Chiến công hạng Nhì. Đại tá Hoàng "
        "Văn Bình, Giám đốc Công an tỉnh Lạng Sơn được trao tặng Huân chương Quân công hạng Ba. "
        "Bốn tập thể và 6 cá nhân thuộc Công an tỉnh Lạng Sơn được tặng thưởng Huân chương "
        "Chiến công hạng Ba."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", None, 5, 7, None)]
    assert conflicts == []


def test_a_person_given_the_order_the_counted_get_is_one_of_them() -> None:
    text = (
        "Thiếu tá Lê Văn Hòa, Trưởng phòng Cảnh sát được tặng Huân chương Chiến công hạng Ba. "
        "Dịp này, 6 cá nhân được tặng thưởng Huân chương Chiến công hạng Ba."
    )
    awards, _ = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", None, None, 6, None)]


def test_a_recognition_decision_handed_over_is_a_grant_to_the_unit_it_names() -> None:
    text = (
        "Tại buổi lễ, lãnh đạo Sở Giáo dục trao Quyết định của Chủ tịch UBND tỉnh công nhận "
        "Trường Tiểu học Tân Hòa đạt chuẩn quốc gia mức độ 2."
    )
    awards, _ = _awards(text)
    assert awards == [("Khác", "Chủ tịch UBND tỉnh", 1, None, None, ("Trường Tiểu học Tân Hòa",))]


def test_a_decision_that_recognises_nothing_handed_over_is_no_grant() -> None:
    text = "Tại buổi lễ, lãnh đạo Sở Nội vụ trao Quyết định bổ nhiệm Phó Giám đốc Sở Y tế."
    awards, _ = _awards(text)
    assert awards == []


def test_an_untyped_honour_in_the_same_list_as_a_typed_grant_of_equal_figures_is_its_own() -> None:
    text = (
        "Dịp này, 4 cá nhân nhận Bằng khen của Sở Y tế; 2 tập thể nhận Giấy khen của UBND huyện; "
        "đồng thời tuyên dương 4 nhà giáo tiêu biểu."
    )
    awards, _ = _awards(text)
    assert [(a[0], a[3]) for a in awards if a[3]] == [("Bằng khen", 4), ("Khác", 4)]


def test_an_untyped_honour_repeating_a_typed_grant_in_another_sentence_is_one_grant() -> None:
    # near-miss: the meeting's honouring told again beside the typed grant
    text = (
        "Hội nghị đã biểu dương 9 tập thể tiêu biểu. Dịp này, Chủ tịch UBND huyện tặng Giấy khen "
        "cho 9 tập thể."
    )
    awards, _ = _awards(text)
    assert [(a[0], a[2]) for a in awards] == [("Giấy khen", 9)]


def test_an_order_listed_by_class_is_the_grant_it_adds_up_to() -> None:
    text = (
        "Dịp này, Bộ CHQS tỉnh trao Huân chương Chiến công cho 5 cá nhân. Cụ thể, thừa ủy quyền "
        "của Chủ tịch nước, trao Huân chương Chiến công hạng Nhì cho 2 cá nhân; Huân chương "
        "Chiến công hạng Ba cho 3 cá nhân."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", "Chủ tịch nước", None, 5, None)]
    assert conflicts == []


def test_classes_for_collectives_and_individuals_add_up_kind_by_kind() -> None:
    text = (
        "Tại buổi lễ, Nhà nước tặng Huân chương Lao động cho 2 tập thể và 3 cá nhân: Huân chương "
        "Lao động hạng Nhì cho 2 tập thể; Huân chương Lao động hạng Ba cho 3 cá nhân."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", "Nhà nước", 2, 3, None)]
    assert conflicts == []


def test_classes_that_do_not_add_up_to_a_grant_stay_grants_of_their_own() -> None:
    # near-miss: 1 + 2 is not the 5 of the other clause
    text = (
        "Dịp này, Bộ CHQS tỉnh trao Huân chương Chiến công cho 5 cá nhân. Đồng thời, Nhà nước "
        "tặng Huân chương Chiến công hạng Nhì cho 1 cá nhân và hạng Ba cho 2 cá nhân."
    )
    awards, _ = _awards(text)
    assert len(awards) >= 2


def test_classes_of_another_order_are_not_parts_of_the_grant() -> None:
    # near-miss: Lao động 1 + 4 adds up to the 5 of Chiến công, but names another order
    text = (
        "Dịp này, Bộ CHQS tỉnh trao Huân chương Chiến công cho 5 cá nhân. Đồng thời, Nhà nước "
        "tặng Huân chương Lao động hạng Nhì cho 1 cá nhân; Huân chương Lao động hạng Ba cho 4 "
        "cá nhân."
    )
    awards, _ = _awards(text)
    # the Lao động classes of one sentence are one entry of the Nhà nước (one per type and
    # issuer); the Chiến công grant stays apart
    assert [a[1:4] for a in awards] == [(None, None, 5), ("Nhà nước", None, 5)]


def test_recipients_also_honoured_count_into_the_grant_just_told() -> None:
    texts = [
        (
            "Dịp này, Huyện đoàn tuyên dương 15 đoàn viên tiêu biểu. Nhân dịp này, 6 cán bộ đoàn "
            "xuất sắc cũng được tuyên dương.",
            ("Khác", "Huyện đoàn", None, 21, None),
        ),
        (
            "Tại hội nghị, UBND tỉnh tặng Bằng khen cho 10 tập thể. Có 4 cá nhân cũng được tặng "
            "Bằng khen.",
            ("Bằng khen", "UBND tỉnh", 10, 4, None),
        ),
        (
            "Dịp này, Sở tặng Giấy khen cho 3 tập thể; 2 tập thể khác cũng nhận Giấy khen.",
            ("Giấy khen", "Sở", 5, None, None),
        ),
    ]
    for text, expected in texts:
        awards, conflicts = _awards(text)
        assert [a[:5] for a in awards] == [expected], text
        assert conflicts == []


def test_recipients_also_honoured_by_an_issuer_of_their_own_are_a_grant_of_their_own() -> None:
    # near-miss: "cũng được Bộ Công an tặng" names its issuer
    text = (
        "Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể. 4 cá nhân cũng được Bộ Công an tặng "
        "Bằng khen."
    )
    awards, _ = _awards(text)
    assert [a[:5] for a in awards] == [
        ("Bằng khen", "UBND tỉnh", 10, None, None),
        ("Bằng khen", "Bộ Công an", None, 4, None),
    ]


def test_named_recipients_of_another_order_add_to_the_counted_whatever_the_case() -> None:
    text = (
        "Đội Cảnh sát hình sự và Thiếu tá Lê Văn Hải - Phó Trưởng phòng được trao tặng huân"
        " chương Chiến công hạng Ba. Đồng thời, bốn tập thể và hai cá nhân cùng nhận huân chương"
        " Bảo vệ Tổ quốc hạng Nhì."
    )
    awards, _ = _awards(text)
    assert [(a[0], a[2], a[3]) for a in awards] == [("Huân chương", 5, 3)]


def test_named_recipients_of_the_same_order_are_among_the_counted() -> None:
    text = (
        "Phòng Tham mưu và Đại tá Vi Văn Phúc được trao tặng huân chương Chiến công hạng Ba."
        " Tổng cộng, hai tập thể và một cá nhân được nhận huân chương Chiến công hạng Ba."
    )
    awards, _ = _awards(text)
    assert [(a[0], a[2], a[3]) for a in awards] == [("Huân chương", 2, 1)]


def test_medals_counted_by_class_add_up_to_the_recipients_of_the_grant() -> None:
    text = (
        "Dịp này, 9 bác sĩ của bệnh viện đã được Chủ tịch nước trao tặng Huân chương Lao động (2"
        " Huân chương Lao động hạng Nhì, 7 Huân chương Lao động hạng Ba)."
    )
    awards, conflicts = _awards(text)
    assert [(a[0], a[1], a[3], a[4]) for a in awards] == [("Huân chương", "Chủ tịch nước", 9, None)]
    assert conflicts == []


def test_medals_by_class_that_do_not_add_up_stay_apart() -> None:
    text = (
        "Dịp này, 9 bác sĩ của bệnh viện đã được Chủ tịch nước trao tặng Huân chương Lao động (2"
        " Huân chương Lao động hạng Nhì, 5 Huân chương Lao động hạng Ba)."
    )
    awards, _ = _awards(text)
    assert len(awards) == 3


def test_one_clause_granting_a_type_to_collectives_and_to_individuals_is_one_grant() -> None:
    text = (
        "Dịp này, Bộ Chỉ huy Quân sự tỉnh biểu dương và trao danh hiệu Đơn vị Quyết thắng cho 8"
        " tập thể, đồng thời trao danh hiệu Chiến sĩ thi đua cho 17 cá nhân."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Khác", "Bộ Chỉ huy Quân sự tỉnh", 8, 17, None)]
    assert conflicts == []


def test_the_kinds_join_also_when_the_grant_was_told_before_without_issuer() -> None:
    text = (
        "Đại tá Lê Văn A trao danh hiệu Đơn vị tiên tiến cho 4 tập thể. Tại hội nghị, CA tỉnh"
        " trao danh hiệu Đơn vị tiên tiến cho 4 tập thể, đồng thời trao danh hiệu Chiến sĩ tiên"
        " tiến cho 11 cá nhân."
    )
    awards, _ = _awards(text)
    assert [a[:5] for a in awards] == [("Khác", "CA tỉnh", 4, 11, None)]


def test_grants_of_one_type_to_other_kinds_in_different_sentences_are_one_entry() -> None:
    # FORMAT keeps one entry per kind of award and issuer: counted by collectives in one place
    # and by individuals in another, the grant is told in parts, neither two grants nor a
    # contradiction
    text = (
        "Dịp này, UBND huyện tặng Giấy khen cho 6 tập thể. Cũng tại hội nghị, UBND huyện tặng"
        " Giấy khen cho 9 cá nhân xuất sắc trong công tác khác."
    )
    awards, conflicts = _awards(text)
    assert [(a[2], a[3]) for a in awards] == [(6, 9)]
    assert conflicts == []


# --- one entry per kind of award and issuer: parts told in one sentence add up ------------------


def test_orders_listed_in_one_sentence_add_up_to_one_entry() -> None:
    text = (
        "Tại buổi lễ, thừa ủy quyền của Chủ tịch nước, Bộ trưởng trao Huân chương Độc lập hạng "
        "Ba cho 2 cá nhân; Huân chương Lao động hạng Nhì cho 3 tập thể; Huân chương Hữu nghị cho "
        "4 tập thể, 5 cá nhân."
    )
    awards, conflicts = _awards(text)
    assert awards == [("Huân chương", "Chủ tịch nước", 7, 7, None, ())]
    assert conflicts == []


def test_named_recipients_of_two_classes_add_up() -> None:
    text = (
        "Công ty Thủy lợi Cà Mau đón nhận Huân chương Lao động hạng Nhì\n\n"
        "Tại buổi lễ, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy trao Huân chương Lao động "
        "hạng Nhì cho Công ty Thủy lợi Cà Mau và trao Huân chương Lao động hạng Ba cho ông "
        "Trần Quốc Khải, Giám đốc công ty."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", "Chủ tịch nước", 1, 1, None)]
    assert conflicts == []


def test_certificates_to_units_and_to_people_in_one_sentence_are_one_entry() -> None:
    text = (
        "Dịp này, Giám đốc Sở Y tế tặng Giấy khen cho 6 bệnh viện; Giấy khen cho 21 bác sĩ có "
        "thành tích xuất sắc."
    )
    awards, _ = _awards(text)
    assert [a[:5] for a in awards] == [("Giấy khen", "Giám đốc Sở Y tế", 6, 21, None)]


def test_parts_told_in_different_sentences_stay_a_contradiction() -> None:
    text = (
        "Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể. "
        "Tại hội nghị, UBND tỉnh còn tặng Bằng khen cho 15 tập thể."
    )
    awards, conflicts = _awards(text)
    assert len(awards) == 2
    assert len(conflicts) == 1


def test_a_breakdown_after_trong_do_is_not_added() -> None:
    text = "Dịp này, UBND huyện tặng Giấy khen cho 30 cá nhân; trong đó Giấy khen cho 12 đoàn viên."
    awards, _ = _awards(text)
    assert ("Giấy khen", "UBND huyện", None, 42, None, ()) not in awards


def test_a_whole_and_its_parts_in_one_sentence_are_the_whole() -> None:
    text = (
        "Dịp này, Bộ trưởng tặng Bằng khen cho 8 cá nhân, gồm: Bằng khen cho 3 cá nhân của "
        "phòng A; Bằng khen cho 5 cá nhân của phòng B."
    )
    awards, _ = _awards(text)
    assert [a[2:5] for a in awards if a[0] == "Bằng khen"] in ([(None, 8, None)], [])


def test_a_caption_naming_one_kind_restates_the_grant_of_both() -> None:
    text = (
        "Trao danh hiệu Chiến sĩ thi đua cho 4 tập thể\n\n"
        "Tại hội nghị, Công an tỉnh trao danh hiệu Đơn vị tiên tiến cho 4 tập thể, đồng thời "
        "trao danh hiệu Chiến sĩ tiên tiến cho 11 cá nhân."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Khác", "Công an tỉnh", 4, 11, None)]
    assert conflicts == []


# --- one recipient named in other words is not two ---------------------------------------------


def test_a_unit_named_in_full_and_abbreviated_is_one_recipient() -> None:
    text = (
        "Học viện Kỹ thuật Quân sự đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất của Chủ tịch "
        "nước\n\n"
        "Sáng 9/10, HV Kỹ thuật Quân sự tổ chức lễ kỷ niệm và vinh dự đón nhận Huân chương Bảo vệ "
        "Tổ quốc hạng Nhất của Chủ tịch nước.\n\n"
        "Thừa ủy nhiệm của Chủ tịch nước, Thượng tướng trao Huân chương Bảo vệ Tổ quốc hạng Nhất "
        "cho Học viện Kỹ thuật Quân sự."
    )
    awards, conflicts = _awards(text)
    assert [a[:4] for a in awards] == [("Huân chương", "Chủ tịch nước", 1, None)]
    assert conflicts == []


def test_units_of_one_kind_with_other_names_are_two_recipients() -> None:
    text = (
        "Dịp này, Công an xã Ia Pa nhận Bằng khen của Bộ Công an. "
        "Tại buổi lễ, Công an xã Ia Mơ nhận Bằng khen của Bộ Công an."
    )
    awards, _ = _awards(text)
    assert [a[:4] for a in awards] == [("Bằng khen", "Bộ Công an", 2, None)]


# --- a body's standing organ grants in its name ----------------------------------------------


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Huyện Đoàn Krông Pa tuyên dương 25 thanh niên tiêu biểu", "Ban Thường vụ Huyện Đoàn"),
        ("Tỉnh đoàn tặng Bằng khen cho 12 cá nhân", "Ban Thường vụ Tỉnh đoàn"),
        ("Hội Nông dân tỉnh tặng Giấy khen cho 9 hội viên", "Ban Chấp hành Hội Nông dân tỉnh"),
    ],
)
def test_a_grant_by_a_body_and_by_its_standing_organ_is_one(headline: str, body: str) -> None:
    award = headline.split(" cho ")[0].split(" tặng ")[-1] if " tặng " in headline else None
    grant = f"tặng {award} cho" if award else "tuyên dương"
    count = headline.split(" cho ")[-1] if award else "25 thanh niên tiêu biểu"
    text = f"{headline}\n\nDịp này, {body} {grant} {count}."
    awards, conflicts = _awards(text)
    assert len(awards) == 1, awards
    assert conflicts == []


def test_bodies_that_differ_beyond_a_standing_organ_stay_apart() -> None:
    text = (
        "Dịp này, Tỉnh đoàn tặng Bằng khen cho 12 cá nhân; Ban Thường vụ Huyện đoàn tặng "
        "Bằng khen cho 12 cá nhân."
    )
    awards, _ = _awards(text)
    assert len(awards) == 2


def test_one_grant_counted_by_one_kind_in_each_of_two_places_is_one_entry() -> None:
    text = (
        "Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể có thành tích xuất sắc. "
        "Cũng tại hội nghị, 15 cá nhân được UBND tỉnh tặng Bằng khen."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Bằng khen", "UBND tỉnh", 10, 15, None)]
    assert conflicts == []


def test_the_same_kind_counted_differently_in_two_places_is_a_contradiction() -> None:
    text = (
        "Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể. "
        "Cũng tại hội nghị, 12 tập thể được UBND tỉnh tặng Bằng khen."
    )
    awards, conflicts = _awards(text)
    assert len(awards) == 2
    assert len(conflicts) == 1


def test_a_breakdown_after_trong_do_is_part_of_the_count_before() -> None:
    text = (
        "Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể, trong đó 4 tập thể thuộc ngành Giáo "
        "dục, 6 tập thể thuộc ngành Y tế."
    )
    awards, conflicts = _awards(text)
    assert [a[:5] for a in awards] == [("Bằng khen", "UBND tỉnh", 10, None, None)]
    assert conflicts == []


def test_a_breakdown_larger_than_the_count_before_is_not_folded() -> None:
    text = "Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể, trong đó 14 tập thể thuộc ngành Y tế."
    awards, _ = _awards(text)
    assert len(awards) == 2


@pytest.mark.parametrize(
    "state",
    [
        "Nhà nước Việt Nam",
        "Nhà nước",
        "Chủ tịch nước",
        "Nhà nước Cộng hòa XHCN Việt Nam",
        "Chủ tịch nước Cộng hoà XHCN Việt Nam",
    ],
)
def test_the_state_and_the_chu_tich_nuoc_are_one_grantor(state: str) -> None:
    text = (
        f"Trao tặng Huân chương của {state} cho tập thể, cá nhân Hội Phụ nữ Lào\n\n"
        "Tại buổi lễ, thừa ủy quyền Chủ tịch nước, Hội LHPN Việt Nam trao Huân chương Hữu nghị "
        "cho 15 tập thể, 3 cá nhân."
    )
    awards, _ = _awards(text)
    assert [a[:5] for a in awards] == [("Huân chương", "Chủ tịch nước", 15, 3, None)]


@pytest.mark.parametrize(
    "written",
    [
        "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",  # tone on the o (old style)
        "Chủ tịch nước Cộng hoà xã hội chủ nghĩa Việt Nam",  # tone on the a (new style)
        "Nhà nước Cộng hòa XHCN Việt Nam",
        "Nhà nước CHXHCN Việt Nam",
        "Ban Thường vụ Nhà nước Việt Nam",
    ],
)
def test_the_state_written_out_in_either_tone_style_is_the_chu_tich_nuoc(written: str) -> None:
    assert _body_of(normalize_name(written)) == "chủ tịch nước"


@pytest.mark.parametrize(
    "written",
    [
        "Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào",
        "Nhà nước Cộng hòa Pháp",
        "Chủ tịch nước Việt Nam và Lào",
        "Ngân hàng Nhà nước Việt Nam",
    ],
)
def test_another_country_or_a_body_named_after_the_state_is_not_the_state(written: str) -> None:
    assert _body_of(normalize_name(written)) != "chủ tịch nước"


def test_another_body_is_not_the_state() -> None:
    text = (
        "Trao Bằng khen của Thủ tướng Chính phủ cho các tập thể\n\n"
        "Tại buổi lễ, UBND tỉnh tặng Bằng khen cho 15 tập thể."
    )
    awards, _ = _awards(text)
    assert len(awards) == 2


def test_a_head_abbreviated_with_a_stroked_d_is_the_head_spelt_out() -> None:
    # "ĐH" folds to the initials of "Đại học": the headline's unit is the one the body names
    text = (
        "Đại học Thủy lợi đón nhận Bằng khen của UBND tỉnh\n\n"
        "Sáng 12/11, UBND tỉnh trao Bằng khen cho ĐH Thủy lợi và cho ông Trần Văn Tâm."
    )
    awards, conflicts = _awards(text)
    assert [a[:3] for a in awards] == [("Bằng khen", "UBND tỉnh", 1)]
    assert conflicts == []


@pytest.mark.parametrize(
    ("text", "individuals"),
    [
        (
            "Tại lễ, Chủ tịch UBND tỉnh tặng Bằng khen cho 40 cá nhân. Đoàn đại biểu của ngành"
            " Giáo dục gồm 9 thầy cô, trong đó 2 thầy cô nhận Bằng khen của Chủ tịch UBND tỉnh.",
            40,
        ),
        (
            "Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 18 cá nhân. Xã Nậm Pồ có nhiều"
            " người tham gia. Trong số đó, 4 người nhận Giấy khen của Giám đốc Công an tỉnh.",
            18,
        ),
        (
            "Tại hội nghị, Trung ương Hội tặng Kỷ niệm chương cho 31 cá nhân. Tỉnh Lai Châu có 5"
            " đại biểu, trong đó 1 người nhận Kỷ niệm chương của Trung ương Hội.",
            31,
        ),
    ],
)
def test_a_part_counted_after_trong_do_is_no_second_grant(text: str, individuals: int) -> None:
    awards, conflicts = _awards(text)
    assert [a[3] for a in awards] == [individuals]
    assert conflicts == []


@pytest.mark.parametrize(
    "text",
    [
        # told again with other figures: a contradiction
        "Tại lễ, Chủ tịch UBND tỉnh tặng Bằng khen cho 40 cá nhân. Cuối buổi, Chủ tịch UBND"
        " tỉnh tặng Bằng khen cho 45 cá nhân.",
        # "trong đó" with more recipients than the grant: no part of it
        "Tại lễ, Chủ tịch UBND tỉnh tặng Bằng khen cho 40 cá nhân. Toàn tỉnh có 90 người dự,"
        " trong đó 50 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh.",
    ],
)
def test_other_figures_not_told_as_a_part_stay_a_conflict(text: str) -> None:
    _, conflicts = _awards(text)
    assert len(conflicts) == 1


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        (
            "Tại hội nghị, lãnh đạo xã trao giấy khen của Chủ tịch UBND xã Tân Lập và giấy khen"
            " của Chủ tịch UBND huyện cho các tập thể.",
            ["Chủ tịch UBND xã Tân Lập", "Chủ tịch UBND huyện"],
        ),
        (
            "Dịp này, Công an huyện tặng Giấy khen cho 5 tập thể. Cũng tại hội nghị, Công an"
            " tỉnh tặng Giấy khen cho 3 tập thể.",
            ["Công an huyện", "Công an tỉnh"],
        ),
        (
            "Dịp này, UBND phường tặng Giấy khen cho 4 cá nhân; UBND quận tặng Giấy khen cho 9"
            " cá nhân.",
            ["UBND phường", "UBND quận"],
        ),
    ],
)
def test_issuers_at_different_levels_are_different_grantors(text: str, issuers: list[str]) -> None:
    awards, conflicts = _awards(text)
    assert [a[1] for a in awards] == issuers
    assert conflicts == []


@pytest.mark.parametrize(
    "text",
    [
        "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 5 tập thể. Giấy khen của UBND huyện"
        " được trao cho các tập thể tại buổi lễ.",
        "Dịp này, UBND tỉnh tặng Bằng khen cho 6 cá nhân. Bằng khen của UBND tỉnh Lai Châu"
        " được trao cho các cá nhân tại buổi lễ.",
    ],
)
def test_issuers_at_one_level_still_merge(text: str) -> None:
    awards, _ = _awards(text)
    assert len(awards) == 1


def test_a_part_told_after_trong_do_within_each_count_of_the_grant_is_no_conflict() -> None:
    text = (
        "Tại buổi lễ, Sở Y tế tặng Giấy khen cho 30 nhân viên y tế. Huyện Mỹ Tú cử 8 người dự,"
        " trong đó có 4 người được nhận Giấy khen của Sở Y tế."
    )
    assert _awards(text) == ([("Giấy khen", "Sở Y tế", None, 30, None, ())], [])


def test_a_part_larger_than_the_same_count_of_the_grant_is_a_conflict() -> None:
    text = (
        "Tại buổi lễ, Sở Y tế tặng Giấy khen cho 3 tập thể và 40 cá nhân. Cả tỉnh có 50 trạm y"
        " tế tham gia, trong đó 7 tập thể được nhận Giấy khen của Sở Y tế."
    )
    awards, conflicts = _awards(text)
    assert [a[2:5] for a in awards] == [(3, 40, None), (7, None, None)]
    assert len(conflicts) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the caption before the body, after the headline
        "Tổng kết phong trào thi đua năm 2025\n"
        "Bà Lý Thị Sen, Phó Chủ tịch UBND tỉnh trao Cờ thi đua cho 2 tập thể\n"
        "Dịp này, 9 tập thể nhận Cờ thi đua của UBND tỉnh vì thành tích xuất sắc.",
        # the caption after the body
        "Dịp này, 9 tập thể nhận Cờ thi đua của UBND tỉnh vì thành tích xuất sắc.\n"
        "Lãnh đạo tỉnh trao Cờ thi đua của UBND tỉnh cho 2 tập thể",
    ],
)
def test_a_caption_showing_part_of_the_grant_is_no_conflict(text: str) -> None:
    assert _awards(text) == ([("Cờ thi đua", "UBND tỉnh", 9, None, None, ())], [])


def test_a_caption_counting_more_than_the_body_is_a_conflict() -> None:
    text = (
        "Tổng kết phong trào thi đua năm 2025\n"
        "Lãnh đạo tỉnh trao Cờ thi đua của UBND tỉnh cho 12 tập thể\n"
        "Dịp này, 9 tập thể nhận Cờ thi đua của UBND tỉnh vì thành tích xuất sắc."
    )
    awards, conflicts = _awards(text)
    assert [a[2] for a in awards] == [12, 9]
    assert len(conflicts) == 1


def test_two_sentences_of_the_body_with_other_figures_stay_a_conflict() -> None:
    text = (
        "Dịp này, 9 tập thể nhận Cờ thi đua của UBND tỉnh. Cuối buổi, lãnh đạo tỉnh trao Cờ"
        " thi đua của UBND tỉnh cho 2 tập thể."
    )
    assert len(_awards(text)[1]) == 1


def test_a_headline_counting_less_than_the_body_is_a_conflict() -> None:
    text = (
        "Bộ Tài chính tặng Bằng khen cho 4 tập thể\n"
        "Tại hội nghị, Bộ Tài chính tặng Bằng khen cho 6 tập thể có thành tích."
    )
    assert len(_awards(text)[1]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ GTVT tặng Bằng khen cho 8 tập thể\n"
            "Tại hội nghị, Bộ Giao thông vận tải tặng Bằng khen cho 8 tập thể.",
            ([("Bằng khen", "Bộ Giao thông vận tải", 8, None, None, ())], []),
        ),
        # with other figures the two are one grantor told twice differently: a conflict
        (
            "Bộ GTVT tặng Bằng khen cho 8 tập thể\n"
            "Tại hội nghị, Bộ Giao thông vận tải tặng Bằng khen cho 10 tập thể.",
            (
                [
                    ("Bằng khen", "Bộ GTVT", 8, None, None, ()),
                    ("Bằng khen", "Bộ Giao thông vận tải", 10, None, None, ()),
                ],
                [
                    "Bằng khen của Bộ Giao thông vận tải: 8 tập thể in one place; 10 tập thể in"
                    " another"
                ],
            ),
        ),
    ],
)
def test_a_headlines_abbreviated_issuer_is_the_bodys(
    text: str, expected: tuple[list[tuple[object, ...]], list[str]]
) -> None:
    assert _awards(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tại hội nghị, Tỉnh ủy Lam Sơn tặng thư khen cho Công an tỉnh Lam Sơn; UBND tỉnh Lam "
        "Sơn khen thưởng đột xuất 12 tập thể có thành tích phá án.",
        "Dịp này, Huyện ủy Kỳ Lâm tặng thư khen cho Công an huyện Kỳ Lâm. UBND huyện Kỳ Lâm "
        "khen thưởng đột xuất 5 tập thể và 3 cá nhân.",
        "Tại buổi lễ, HĐND tỉnh Hà Lam tặng thư khen cho Đội Cảnh sát cơ động; UBND tỉnh Hà "
        "Lam khen thưởng 4 tập thể.",
    ],
)
def test_grants_of_different_organs_of_one_place_stay_apart(text: str) -> None:
    awards, _ = _awards(text)
    assert len(awards) == 2


@pytest.mark.parametrize(
    "text",
    [
        # one organ told twice, by its head and by its name: one grant
        "Tại hội nghị, UBND tỉnh Lam Sơn tặng thư khen cho Công an tỉnh Lam Sơn. Chủ tịch UBND "
        "tỉnh Lam Sơn cũng trao thư khen cho Công an tỉnh Lam Sơn.",
        # the party committee under its secretary and its own name: one grant
        "Dịp này, Bí thư Tỉnh ủy Lam Sơn trao thư khen của Tỉnh ủy Lam Sơn cho Công an tỉnh. "
        "Công an tỉnh vinh dự nhận thư khen của Tỉnh ủy Lam Sơn.",
    ],
)
def test_one_organ_told_twice_is_still_one_grant(text: str) -> None:
    awards, _ = _awards(text)
    assert len(awards) == 1


def test_a_list_item_takes_the_issuer_and_type_of_its_own_reward_not_the_previous_items() -> None:
    text = (
        "Nhân dịp tổng kết, 4 đơn vị được tặng Giấy khen của Giám đốc Sở Giao thông; 11 đơn "
        "vị còn được thưởng nóng của HĐND tỉnh; 6 tập thể được khen thưởng của Bộ Giao thông."
    )
    grants = {
        (a.type.value, a.issuer, a.collectives) for a in build_awards(find_award_mentions(text))[0]
    }
    assert grants == {
        ("Giấy khen", "Giám đốc Sở Giao thông", 4),
        ("Khác", "HĐND tỉnh", 11),
        ("Khác", "Bộ Giao thông", 6),
    }


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a place whose name opens with "Cần" names the issuer; it sets no task
        (
            "Nhân dịp này, UBND huyện Cần Lộc đã khen thưởng các tập thể, cá nhân tiêu biểu.",
            "UBND huyện Cần Lộc",
        ),
        # a "phải" far before the verb governs another verb, not the grant
        (
            "Tuy phải vượt qua nhiều trở ngại, nhân dịp này Sở Xây dựng khen thưởng các tập thể xuất sắc.",
            "Sở Xây dựng",
        ),
    ],
)
def test_a_task_word_that_does_not_govern_the_verb_keeps_the_grant(text: str, issuer: str) -> None:
    awards, _ = _awards(text)
    assert [(a[0], a[1]) for a in awards] == [("Khác", issuer)]


@pytest.mark.parametrize(
    "text",
    [
        "Buổi gặp mặt cũng là dịp để tôn vinh, khen thưởng những hội viên có nhiều đóng góp.",
        "Chủ tịch đề nghị các phòng cần kịp thời khen thưởng các cá nhân có thành tích.",
        "Bên cạnh đó, kịp thời động viên, khen thưởng các tập thể điển hình trong phong trào.",
    ],
)
def test_a_purpose_or_a_task_that_governs_the_verb_is_no_grant(text: str) -> None:
    assert _awards(text)[0] == []


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Nhân dịp này, UBND xã Thống Nhất tặng Giấy khen cho 7 tập thể.", "UBND xã Thống Nhất"),
        (
            "Nhân dịp này, Công an huyện Thống Nhất khen thưởng 3 cá nhân.",
            "Công an huyện Thống Nhất",
        ),
        # the lower-case verb of agreeing is no part of the issuer's name
        (
            "Sở Tài chính thống nhất thưởng nóng cho Phòng Kế hoạch vì thành tích xuất sắc.",
            "Sở Tài chính",
        ),
    ],
)
def test_a_place_named_thong_nhat_stays_in_the_issuer(text: str, issuer: str) -> None:
    assert [a[1] for a in _awards(text)[0]] == [issuer]


@pytest.mark.parametrize(
    "text",
    [
        "Bế mạc hội thi, Ban giám khảo đã trao thưởng cho 14 thí sinh đạt giải.",
        "Ban tổ chức trao thưởng cho 4 đội đạt giải Nhất, Nhì, Ba của cuộc thi.",
    ],
)
def test_a_contests_prizes_handed_as_cash_are_no_grant(text: str) -> None:
    assert _awards(text)[0] == []


def test_a_cash_reward_for_good_exam_results_is_still_a_grant() -> None:
    text = "Hội Cựu giáo chức xã cũng trao thưởng cho 18 em học sinh đạt điểm cao trong kỳ thi vào lớp 10."
    assert [(a[0], a[3]) for a in _awards(text)[0]] == [("Khác", 18)]


@pytest.mark.parametrize(
    "text",
    [
        "Việc trao thưởng cho Công an phường Hòa Bình được tiến hành vào tháng tới.",
        "Sở Y tế sẽ thưởng nóng cho Bệnh viện Đa khoa Nam Sơn.",
    ],
)
def test_a_named_cash_reward_as_a_noun_or_to_come_is_no_grant(text: str) -> None:
    assert _awards(text)[0] == []


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the post's holder named who hands over presents it (FORMAT), adverb or none
        ("Dịp này, Chủ tịch UBND tỉnh Lê Văn Hùng cũng trao Bằng khen cho 8 tập thể.", None),
        ("Dịp này, Chủ tịch UBND tỉnh Lê Văn Hùng trao Bằng khen cho 8 tập thể.", None),
        # the post alone is the office that grants
        ("Dịp này, Chủ tịch UBND tỉnh trao Bằng khen cho 8 tập thể.", "Chủ tịch UBND tỉnh"),
    ],
)
def test_a_named_post_holder_who_hands_over_presents_with_or_without_an_adverb(
    text: str, issuer: str | None
) -> None:
    assert [a[1] for a in _awards(text)[0]] == [issuer]


@pytest.mark.parametrize(
    "second",
    [
        "Ủy ban MTTQ Việt Nam tỉnh Hòa Lạc tặng Bằng khen cho 9 tập thể.",
        "UBMTTQ Việt Nam tỉnh Hòa Lạc tặng Bằng khen cho 9 tập thể.",
    ],
)
def test_the_fronts_committee_told_twice_in_two_spellings_is_one_grant(second: str) -> None:
    text = "Dịp này, UBMTTQ tỉnh Hòa Lạc tặng Bằng khen cho 9 tập thể. " + second
    awards, _ = _awards(text)
    assert len(awards) == 1
    assert normalize_name("Ủy ban MTTQ Việt Nam tỉnh Hòa Lạc") == normalize_name(
        "UBMTTQ tỉnh Hòa Lạc"
    )


@pytest.mark.parametrize("child", ["em thiếu nhi", "học sinh"])
def test_gifts_handed_in_a_later_list_item_add_no_recipients(child: str) -> None:
    text = (
        "Dịp này, Hội Nông dân xã tặng Giấy khen cho 4 tập thể; các đại biểu trao 25 phần quà "
        f"cho 25 {child} nghèo."
    )
    assert [(a[0], a[2], a[3]) for a in _awards(text)[0]] == [("Giấy khen", 4, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Lễ mít tinh là dịp để tuyên dương, khen thưởng 8 tập thể và 15 hội viên tiêu biểu.",
        "Trưởng phòng yêu cầu các tổ cần kịp thời khen thưởng 6 tập thể làm tốt nhiệm vụ.",
    ],
)
def test_a_counted_purpose_or_task_is_no_grant(text: str) -> None:
    assert _awards(text)[0] == []


def test_a_counted_grant_made_in_spite_of_a_hardship_stays_a_grant() -> None:
    text = "Dù phải chống chọi với mưa lũ, dịp này UBND xã Tân Lập khen thưởng 5 tập thể."
    assert [(a[1], a[2]) for a in _awards(text)[0]] == [("UBND xã Tân Lập", 5)]


@pytest.mark.parametrize(
    "adverb",
    ["vẫn", "cũng", "đã", "còn"],
)
def test_an_adverb_before_the_grant_verb_is_no_part_of_the_issuer(adverb: str) -> None:
    text = (
        "Dù kinh phí còn eo hẹp, dịp này UBND xã Phú Mỹ "
        f"{adverb} tặng Giấy khen cho 4 tập thể và 6 cá nhân."
    )
    awards, _ = _awards(text)
    assert [(a[0], a[1], a[2], a[3]) for a in awards] == [("Giấy khen", "UBND xã Phú Mỹ", 4, 6)]


@pytest.mark.parametrize("hedge", ["hơn", "gần", "trên", "khoảng", "gần như"])
def test_a_cash_reward_of_a_hedged_amount_to_a_named_unit_is_a_grant(hedge: str) -> None:
    text = f"Dịp này, Giám đốc Công an tỉnh thưởng nóng {hedge} 20 triệu đồng cho Công an phường Tân An."
    awards, _ = _awards(text)
    assert [(a[0], a[1], a[2], a[5]) for a in awards] == [
        ("Khác", "Giám đốc Công an tỉnh", 1, ("Công an phường Tân An",))
    ]
