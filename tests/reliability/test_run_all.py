"""benchmarks/run_all.py: its RESULTS.md section is replaced in place, missing or failing parts
read "not available", and figures are read from --json or from printed lines."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def run_all() -> ModuleType:
    """The run_all script imported as a module."""
    spec = importlib.util.spec_from_file_location("run_all", ROOT / "benchmarks" / "run_all.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["run_all"] = module
    spec.loader.exec_module(module)
    return module


def test_section_replaced_between_markers(run_all: ModuleType, tmp_path: Path) -> None:
    """Only the marked section changes; other helpers' sections stay byte for byte."""
    results = tmp_path / "RESULTS.md"
    other = "## Cross-check\n\nfigures of another helper | a | b |\n"
    results.write_text(f"# Results\n\n{run_all.START}\nold table\n{run_all.END}\n\n{other}")
    row = run_all.Row("area", "figure", "1.000", "cmd --flag")
    run_all.update_results(run_all.markdown([row], 1.0), results)
    text = results.read_text()
    assert text.startswith("# Results\n\n" + run_all.START)
    assert "old table" not in text and "| area | figure | 1.000 | `cmd --flag` |" in text
    assert text.endswith(other)
    assert text.count(run_all.START) == 1 and text.count(run_all.END) == 1
    # idempotent: a second run replaces the section again
    run_all.update_results(run_all.markdown([row], 2.0), results)
    assert results.read_text().count(run_all.START) == 1 and results.read_text().endswith(other)


def test_section_added_first_when_missing(run_all: ModuleType, tmp_path: Path) -> None:
    """Without markers the section goes first and the old content follows unchanged."""
    results = tmp_path / "RESULTS.md"
    results.write_text("## LLM\n\nsome figures\n")
    run_all.update_results(run_all.markdown([run_all.Row("a", "f", "v", "c")], 1.0), results)
    text = results.read_text()
    assert text.startswith(run_all.START) and text.endswith("## LLM\n\nsome figures\n")


def _script(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(
        "import sys, json, time\n"
        "if '--help' in sys.argv:\n"
        f"    print({'--json' if 'JSON' in body else ''!r}); sys.exit(0)\n" + body
    )


def test_scripts_missing_failing_slow_and_readable(
    run_all: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing, failing or timed-out script is "not available" with the reason; --json and
    printed figures are both read."""
    monkeypatch.setattr(run_all, "BENCH", tmp_path)
    _script(
        tmp_path,
        "bench_json.py",
        "JSON = 1\nprint(json.dumps({'recall': 0.5, 'by': {'a_b': 3}}))\n",
    )
    _script(tmp_path, "bench_text.py", "print('wall time      1.25 s')\nprint('recall: 0.9')\n")
    _script(tmp_path, "bench_fail.py", "sys.stderr.write('boom: no data\\n'); sys.exit(3)\n")
    _script(tmp_path, "bench_slow.py", "time.sleep(30)\n")
    work = tmp_path / "work"
    rows = run_all._script(work, "bench_json.py", "x", 30, None)
    assert [(r.figure, r.value) for r in rows] == [("recall", "0.500"), ("by: a b", "3")]
    assert rows[0].command.endswith("bench_json.py --json")
    rows = run_all._script(work, "bench_text.py", "x", 30, None)
    assert [(r.figure, r.value) for r in rows] == [("wall time", "1.25 s"), ("recall", "0.9")]
    rows = run_all._script(work, "bench_fail.py", "x", 30, None)
    assert rows[0].value == "not available (exit 3: boom: no data)"
    rows = run_all._script(work, "bench_slow.py", "x", 1, None)
    assert rows[0].value.startswith("not available (timed out")
    rows = run_all._script(work, "bench_absent.py", "x", 30, None)
    assert rows[0].value == "not available (benchmarks/bench_absent.py not present)"
