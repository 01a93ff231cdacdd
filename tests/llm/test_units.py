"""Pure parts of the LLM path: quote checks, numbers in quotes, lenient parsing, modes, prompts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tomtat.extract.llm.chunking import merge, split_article
from tomtat.extract.llm.evidence import fold, locate_quote, quote_problem, value_in_quote
from tomtat.extract.llm.lenient import parse_json_loosely, salvage
from tomtat.extract.llm.modes import default_mode
from tomtat.extract.llm.prompts import PromptError, find_prompt_dir, load_prompts
from tomtat.extract.llm.schema import ArticleFacts, AwardFacts, content_problems
from tomtat.extract.llm.transport import endpoint_of, scrub
from tomtat.schemas import AwardType

TEXT = (
    "Sáng 12/1, UBND huyện Phù Mỹ tổ chức hội nghị tổng kết.\n\n"
    "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 1.131 hội viên; "
    "thu hồi hơn 5 tỷ đồng, đạt 2,5% kế hoạch; hai mươi tập thể được biểu dương."
)


def test_quote_found_despite_spacing_case_and_tone_marks() -> None:
    folded = fold(TEXT)
    assert locate_quote("DỊP NÀY,  Chủ tịch UBND tỉnh tặng Bằng khen", folded) is not None
    span = locate_quote("Sáng 12/1 ... tổng kết", folded)
    assert span is not None and TEXT[span[0] : span[1]].startswith("Sáng 12/1")
    assert quote_problem("Chủ tịch UBND tỉnh tặng Giấy khen", folded) is not None
    assert quote_problem("", folded) is not None


def test_tone_mark_styles_match() -> None:
    folded = fold("Đồng chí Nguyễn Thị Thuý, Phó Chủ tịch UBND huyện Hoà Vang.")
    assert locate_quote("Nguyễn Thị Thúy, Phó Chủ tịch UBND huyện Hòa Vang", folded) is not None


@pytest.mark.parametrize(
    ("value", "quote", "ok"),
    [
        (1131, "tặng Bằng khen cho 1.131 hội viên", True),
        (1.131, "tặng Bằng khen cho 1.131 hội viên", False),
        (5_000_000_000, "thu hồi hơn 5 tỷ đồng", True),
        (2.5, "đạt 2,5% kế hoạch", True),
        (20, "hai mươi tập thể được biểu dương", True),
        (21, "hai mươi tập thể được biểu dương", False),
    ],
)
def test_value_in_quote_reads_vietnamese_numbers(value: float, quote: str, ok: bool) -> None:
    assert value_in_quote(value, quote) is ok


def test_award_counts_must_be_in_quote() -> None:
    folded = fold(TEXT)
    good = AwardFacts.model_validate(
        {
            "type": "Bằng khen",
            "issuer": "Chủ tịch UBND tỉnh",
            "individuals": 1131,
            "quote": "Chủ tịch UBND tỉnh tặng Bằng khen cho 1.131 hội viên",
        }
    )
    assert good.problems(folded) == []
    bad = good.model_copy(update={"individuals": 1130})
    assert [name for name, _ in bad.problems(folded)] == ["individuals"]
    unnamed = good.model_copy(update={"individuals": None, "collectives": 1, "recipients": ["X"]})
    assert [name for name, _ in unnamed.problems(folded)] == ["recipients[0]", "collectives"]


def test_validation_context_raises_and_plain_validation_does_not() -> None:
    data = {"awards": [{"type": "Bằng khen", "collectives": 7, "quote": "không có trong bài"}]}
    ArticleFacts.model_validate(data)  # structure only: fine
    with pytest.raises(ValueError, match="not in the article"):
        ArticleFacts.model_validate(data, context={"article": fold(TEXT)})


def test_lenient_parse_and_salvage_keep_good_items_and_list_problems() -> None:
    raw = (
        "Here you go:\n```json\n"
        + json.dumps(
            {
                "event": {"date": "12/1/2023", "organizer": "UBND huyện Phù Mỹ"},
                "awards": [
                    {
                        "type": "Bằng khen",
                        "individuals": 1131,
                        "quote": "Chủ tịch UBND tỉnh tặng Bằng khen cho 1.131 hội viên",
                    },
                    {"type": "Huy hiệu vàng", "collectives": 2, "quote": "x"},
                    {
                        "type": "Bằng khen",
                        "collectives": 9,
                        "quote": "tặng Bằng khen cho 1.131 hội viên",
                    },
                ],
            },
            ensure_ascii=False,
        )
        + "\n```"
    )
    data = parse_json_loosely(raw)
    facts, problems = salvage(data, fold(TEXT))
    assert len(facts.awards) == 2  # the one with an unknown type is dropped...
    paths = [p for p, _ in problems]
    messages = " | ".join(m for _, m in problems)
    assert "dropped: item 1 of the answer's awards.type" in messages  # ...and said so
    assert "event" in paths and "event.date" in messages  # not ISO: rejected and reported
    assert "awards[1].collectives" in paths  # 9 is not in its quote (kept item 1)
    assert parse_json_loosely("no json here") is None


def test_default_mode_per_endpoint() -> None:
    assert default_mode(None) == "tools"
    assert default_mode("https://api.openai.com/v1") == "tools"
    assert default_mode("http://localhost:11434/v1") == "json_schema"
    assert default_mode("http://10.0.0.5:8000/v1") == "json_schema"


def test_endpoint_and_scrub() -> None:
    assert endpoint_of("http://user:pw@host:8000/v1/?x=1") == "http://host:8000/v1"
    text = "bad key sk-test-RECOGNISABLE-abc123 and Bearer abc.def"
    out = scrub(text, ["sk-test-RECOGNISABLE-abc123"])
    assert "RECOGNISABLE" not in out and "abc.def" not in out


def test_prompts_found_and_hashed(tmp_path: Path) -> None:
    prompts = load_prompts("v1")
    assert "Dịp này" in prompts.system and "$article" not in prompts.user("bài")
    assert len(prompts.hash) == 64
    copy = tmp_path / "v1"
    copy.mkdir()
    for f in prompts.folder.iterdir():
        (copy / f.name).write_text(f.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (copy / "system.md").write_text("Changed.", encoding="utf-8")
    assert load_prompts("v1", tmp_path).hash != prompts.hash
    with pytest.raises(PromptError, match="not found"):
        find_prompt_dir("v9", tmp_path / "nowhere")


def test_worked_example_is_a_valid_answer_for_its_own_article() -> None:
    text = (find_prompt_dir("v1") / "example.md").read_text(encoding="utf-8")
    article = text.split("Article:\n", 1)[1].split("\n\nAnswer:", 1)[0]
    answer = json.loads(text.split("Answer:\n", 1)[1].split("\n\nNote", 1)[0])
    folded = fold(article)
    facts = ArticleFacts.model_validate(answer, context={"article": folded})
    assert content_problems(facts, folded) == []
    assert len(facts.awards) == 2 and len(facts.statistics) == 6


def test_split_and_merge_long_article() -> None:
    paragraphs = [
        f"Đoạn {i}: Dịp này, UBND huyện tặng Giấy khen cho {i + 2} tập thể." for i in range(40)
    ]
    text = "\n\n".join(paragraphs)
    chunks = split_article(text, token_budget=150)
    assert len(chunks) > 3
    assert all(len(c.text) <= 450 for c in chunks)
    assert all(text[c.start : c.start + len(c.text)] == c.text for c in chunks)
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.start + len(c.text)))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    # overlap: the same grant reported by two chunks is kept once
    folded = fold(text)
    parts = []
    for c in chunks:
        awards = []
        for p in c.text.split("\n\n"):
            n = int(p.split("cho ")[1].split(" ")[0])
            awards.append(
                {
                    "type": "Giấy khen",
                    "issuer": "UBND huyện",
                    "collectives": n,
                    "quote": p.split(": ", 1)[1].rstrip("."),
                }
            )
        parts.append((c, ArticleFacts.model_validate({"awards": awards})))
    merged = merge(parts, folded)
    assert sorted(a.collectives or 0 for a in merged.awards) == [i + 2 for i in range(40)]


def test_installed_copy_location_is_searched_and_shipped() -> None:
    import sys
    import tomllib

    from tomtat.extract.llm.prompts import candidate_dirs

    assert Path(sys.prefix) / "share" / "tomtat" / "prompts" in candidate_dirs(None)
    root = Path(__file__).resolve().parents[2]
    data_files = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["data-files"]
    for version in (p for p in (root / "prompts").iterdir() if p.is_dir()):
        patterns = data_files[f"share/tomtat/prompts/{version.name}"]
        shipped = {f for pattern in patterns for f in root.glob(pattern)}
        assert set(version.glob("*.md")) <= shipped


def test_award_quote_must_name_the_award() -> None:
    folded = fold(TEXT)
    award = AwardFacts.model_validate(
        {"type": "Giấy khen", "individuals": 1131, "quote": "cho 1.131 hội viên"}
    )
    assert [name for name, _ in award.problems(folded)] == ["type"]
    other = award.model_copy(update={"type": AwardType.KHAC})
    assert other.problems(folded) == []
