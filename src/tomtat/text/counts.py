"""The count finder: award grant clauses and the other numeric facts of a report.

Two public entry points, both pure functions of the text with offsets into it:

* :func:`find_award_mentions` — every grant clause ("Chủ tịch UBND huyện X tặng giấy khen cho
  23 tập thể và 28 cá nhân", "9 cá nhân được Bộ Công an tặng Kỷ niệm chương", ...), with the
  award type, the issuer, the collective/individual/total counts and whether the grant was
  made at the reported event.
* :func:`find_statistics` — the other counted facts ("618 tổ an ninh nhân dân", "gần 5 tỷ
  đồng"), excluding award counts, dates, years, durations and document numbers.

The text is cut into sentences (". ", "!", "?", line breaks) and each sentence into clauses
on ";" and before ", trong đó". A count belongs to the award phrase of its clause (with two
award words in a clause, "cho N" goes to the earlier and "N ... được" to the later). Issuers:
"<type> của|do X", else the subject of the verb ("X (đã) tặng <type>"), else the agent
("được X tặng"), else the principal of "thừa ủy quyền của X". One verb shared by two awards
("X tặng Cờ thi đua cho 3 tập thể và Bằng khen cho 12 ...") or by ';'-list items opening with
the verb ("...; (đồng thời) tặng Giấy khen cho 10 tập thể") shares its issuer; a ';'-item
"khen thưởng 30 tập thể, cá nhân" takes the subject of its sentence. Who hands an award over is
not its issuer: a deputy ("Phó Giám đốc ... trao"), a role with a personal name ("Thủ tướng
Phạm Minh Chính trao"), any body but the State handing over a Huân chương; then the issuer is
the principal of "thừa ủy quyền|được sự ủy quyền (của) X", the author of "Quyết định (số N)
của X (về việc)", or of a sentence opening "Theo Quyết định của X", else null. Issuers listed
with commas before the verb ("Bộ Công an, Trung ương Đoàn tặng") are one joint issuer; an
issuer phrase ends before "(đã) quyết định", a date or time, and an award's name ends before a
"tại|trong|lên" phrase; a list item that gives counts
without an award word takes the type (and issuer) of the previous item. A grant to a named
collective without a count ("Nhân dân và cán bộ xã X được tặng Bằng khen") counts 1. Counts of
"tập thể"/"cá nhân" are read anywhere in a grant clause; "người", "cán bộ", "đơn vị" and
recipients named by role (persons: "trưởng ban", "hội viên", "đoàn viên", "công an viên" ...;
units: "chi hội", "chi đoàn", "xã" ...) only where grants name recipients ("cho N người", "N
đồng chí được ..."); families are not counted. Names listed after a count ("cho 3 tập thể: A,
B và C") are the recipients when there are exactly as many. "X khen thưởng|biểu dương|tuyên
dương N tập thể" without an award word is type "Khác" (``typed`` False: dropped where a typed
grant has the same figures, and a "N tập thể và M cá nhân" pair repeating an award's figures
is never a statistic); "khen thưởng N ..., trong đó ..." is a total of the
grants that follow, neither a grant nor a statistic. "tuyên dương|biểu dương|vinh danh N gương
mặt ..." is such a grant too, unless N is the sum of the event's typed grants (the honourees
told again). A prize ("giải thưởng") is a grant (type "Khác") only with counted recipients.
The body holding a ceremony of receiving ("X tổ chức lễ ... đón nhận Huân chương") is its
recipient; "cho tập thể X và 2 cá nhân" counts 1 collective beside the individuals; a ranked
officer ("Đại tá X") is an individual; "trao 13 Huân chương ... cho nguyên chỉ huy|cán bộ"
counts 13 individuals. An award word in quotes ('"Bằng
khen"') names the word, it grants nothing.

Grant at the event or honours of the past (``AwardMention.at_event``) — the rule:

1. a sentence that says where the grant happens ("Dịp này", "Tại hội nghị", "Nhân dịp",
   "tại buổi lễ", ...) is a grant at the event;
2. a sentence that counts over a period ("10 năm qua", "qua 10 năm", "trong 5 năm", "năm
   qua", "giai đoạn 2015-2020", "giai đoạn này/qua", "thời gian qua", "từ năm 2016 đến nay",
   "nhiệm kỳ", "trong năm 2022", or one opening "Năm 2022, ...")
   is a grant only when an explicit issuer actively grants ("UBND huyện X đã tặng giấy khen
   cho 22 tập thể"): the issuer made those grants and the report accounts for them. A passive
   count of honours received over the period ("38 tập thể được tặng Bằng khen") is a
   statistic, not a grant;
0. a proposal or a consideration ("đề nghị X tặng", "đề xuất", "xét tặng"; not "theo đề
   nghị của X") and an honour received before ("từng được", "nhiều lần được", "liên tục
   được", "5 năm liên tục") are never grants at the event, even in a sentence of rule 1; nor
   is anything in a text that only reports a decision ("vừa ban hành Quyết định ... tặng")
   or a council considering awards ("hội nghị xét thưởng") with no ceremony or meeting, nor
   in a line that dates an earlier event than the article's ("Đại hội lần thứ II diễn ra
   ngày 19.8.2005 ...");
3. a proposal ("sẽ") or an honour received before ("đã được" without rule 1) is not a grant
   at the event;
4. anything else is a grant at the event (captions "Trao Bằng khen ... cho ...").

Also never grants at the event, whatever the sentence says: a tally of a whole area or sector
("toàn tỉnh (đã) có 167 tập thể được tặng ..."), medals or prizes won in a contest ("đạt 3 huy
chương Vàng", "đoạt giải"), and, outside rule 1, honours for feats of the wars ("trong kháng
chiến ..., Nhà nước đã phong tặng ..."); nor anything in an explainer of an award ("... là gì?",
"tiêu chuẩn", "theo Luật") with no meeting or ceremony. A period that closes the counted
recipients' merit ("49 tập thể và cá nhân có thành tích trong phong trào ... giai đoạn 2013 -
2023", "3 nhà giáo tiêu biểu năm học 2022 - 2023") does not date the grant; "nhiều năm nay",
"năm học 2016 - 2017", "năm gần đây" and a period named before ("Cùng thời gian, ...") do.

Who grants: a person named with a post who hands over ("Ông Nguyễn Văn A - Giám đốc Sở X trao
...", "Thượng tá B, Chỉ huy trưởng ... trao") is not the issuer ("Đại tá C, Giám đốc Công an
tỉnh tặng ..." grants through the post); nor is a deputy's abbreviated post ("Phó CT UBND
huyện"). Issuers listed with commas after "của" ("Huân chương ... của Đảng, Nhà nước cho X")
are one joint issuer. A prize granted with no issuer is the award of the one body holding its
ceremony ("Hội X tổ chức lễ trao giải thưởng ..."). Whom and how many: a collective named by a
lowercase unit word ("trường TH Thanh An", "xã Ia Ma") or "nhân dân và cán bộ <unit>" counts
1; a passive honour verb governs no count after it ("các tập thể được khen thưởng và 150 hội
viên dự"); a ';'-item opening with an honour verb ("...; đồng thời vinh danh 3 nhà giáo") is a
"Khác" grant of its own, and so is a sentence opening with one ("Khen thưởng 49 tập thể và cá
nhân ..."); a count opening its sentence after "Nhân dịp này"/"Tại ..." is its subject.

Statistics: "Giấy chứng nhận" grants are awards (type "Khác"), land/business certificates are
not; a counter word alone ("giảm 3 vụ", "sửa chữa 21 căn") takes the phrase before the number
(and the noun of the sentence's previous count); "từ A% xuống còn B%" labels both rates by the
subject; "chiếm N%" after a count is the share of that count's noun; "N% số X đạt ..." keeps the
verb phrase; a fraction of a whole ("1/3 số xã"), a number opening a short quoted name ('"3
cứng"'), the bound of a target ("không còn ... dưới 10 tiêu chí") and the honourees counted again
("Biểu dương 45 điển hình" = the sum of the event's grants) are not statistics; "mỗi căn 50
triệu đồng" is a per-unit amount.

Everything is regex-based, windows are bounded, so the cost is linear in the text length.

This module is the front door; the work is done by :mod:`tomtat.text.segment` (sentences and
clauses), :mod:`tomtat.text.vocab` (the words), :mod:`tomtat.text.award_parts` and
:mod:`tomtat.text.award_mentions` (grants), :mod:`tomtat.text.stat_scan` and
:mod:`tomtat.text.stat_labels` (statistics) and :mod:`tomtat.text.numbers` (numbers).
"""

from __future__ import annotations

from tomtat.text.award_mentions import find_award_mentions
from tomtat.text.mentions import AwardMention, StatMention
from tomtat.text.numbers import parse_count
from tomtat.text.segment import Clause, iter_clauses, iter_sentences
from tomtat.text.stat_scan import find_statistics

__all__ = [
    "AwardMention",
    "Clause",
    "StatMention",
    "find_award_mentions",
    "find_statistics",
    "iter_clauses",
    "iter_sentences",
    "parse_count",
]
