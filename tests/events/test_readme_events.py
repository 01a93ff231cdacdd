"""The README's Python example of event linking runs on a folder of summaries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from events.builders import report

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_event_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Across articles") :]
    example = re.findall(r"```python\n(.*?)```", section, flags=re.S)[0]
    assert "link_events" in example
    out = tmp_path / "out"
    out.mkdir()
    for summary in (report("a", source="LĐ online"), report("b", source="Báo Lâm Đồng")):
        (out / f"{summary.id}.json").write_text(summary.model_dump_json(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "2024-01-12 UBND huyện Đức Trọng ['LĐ online', 'Báo Lâm Đồng'] 0",
        "same day, same organiser and place, compatible grants",
    ]
