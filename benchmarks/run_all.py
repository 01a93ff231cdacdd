"""Every figure the project tracks, in one table, with the command behind each.

Runs, one after another and each as a subprocess with a timeout: the accuracy of the rules
backend on the seed labels (``tomtat summarise`` + ``tomtat evaluate --json``), the bad-input
corpus (tests/data/bad), the benchmark scripts present in benchmarks/ (bench_rules.py,
bench_llm.py, bench_crosscheck.py: with ``--json`` when a script offers it, else its printed
figures are parsed) and a 100-article fault soak (benchmarks/soak.py). Prints the table and
rewrites the section of benchmarks/RESULTS.md between ``<!-- run_all:start -->`` and
``<!-- run_all:end -->`` (other sections are left alone). A part that is missing, fails or
times out is reported as "not available", with the reason.

Run:  .venv/bin/python benchmarks/run_all.py [--no-write] [--only NAME ...] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
RESULTS = BENCH / "RESULTS.md"
START, END = "<!-- run_all:start -->", "<!-- run_all:end -->"
PY = sys.executable
NA = "not available"


@dataclass
class Row:
    """One figure of the table."""

    area: str
    figure: str
    value: str
    command: str


@dataclass
class Proc:
    """A finished (or timed-out) subprocess."""

    command: list[str]
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        """True when it exited 0 in time."""
        return not self.timed_out and self.returncode == 0

    def why(self) -> str:
        """Why it is not available: timeout, or exit status and last stderr line."""
        if self.timed_out:
            return f"{NA} (timed out after {self.seconds:.0f} s)"
        tail = [line for line in self.stderr.strip().splitlines() if line.strip()]
        last = tail[-1].strip()[:120] if tail else "no message"
        return f"{NA} (exit {self.returncode}: {last})"


def shown(command: list[str], work: Path | None = None) -> str:
    """A command as a reader would type it: repository-relative, temp folders named."""
    parts = []
    for part in command:
        if part == PY:
            part = ".venv/bin/python" if ".venv" in PY else "python"
        if work is not None and part.startswith(str(work)):
            part = part.replace(str(work), "$TMP")
        part = part.replace(str(ROOT) + os.sep, "")
        parts.append(part if part.startswith("$TMP") else shlex.quote(part))
    return " ".join(parts)


def run(command: list[str], timeout: float) -> Proc:
    """Run ``command`` in the repository root with a timeout; never raises."""
    started = time.perf_counter()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "TOMTAT_"))}
    env["PYTHONUNBUFFERED"] = "1"
    env["COLUMNS"] = "200"
    try:
        done = subprocess.run(
            command,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        return Proc(command, None, out, "", time.perf_counter() - started, timed_out=True)
    except OSError as exc:
        return Proc(command, 127, "", str(exc), time.perf_counter() - started)
    return Proc(command, done.returncode, done.stdout, done.stderr, time.perf_counter() - started)


def fmt(value: Any) -> str:
    """A figure as text: 3 significant decimals for floats, yes/no for booleans."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 100 else f"{value:.1f}"
    if isinstance(value, dict):
        return ", ".join(f"{k} {fmt(v)}" for k, v in value.items()) or "-"
    if isinstance(value, list):
        return ", ".join(fmt(v) for v in value) or "-"
    return str(value)


def flatten(data: Any, prefix: str = "") -> Iterable[tuple[str, Any]]:
    """Numeric and boolean leaves of a JSON document with their dotted paths."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from flatten(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(data, bool | int | float) and prefix:
        yield prefix, data


_PRINTED = re.compile(
    r"^\s*(?P<label>[A-Za-z][\w ./+()*-]{1,60}?)\s*[:=]?\s+"
    r"(?P<value>[-+]?\d[\d.,]*(?:/\d+)?)\s*(?P<unit>ms|s|%|x)?(?=\s|$)"
)


def printed_figures(text: str, limit: int = 25) -> list[tuple[str, str]]:
    """``(label, value)`` of lines that print a label then a number (fallback parser)."""
    found = []
    for line in text.splitlines():
        match = _PRINTED.match(line)
        if match:
            unit = match.group("unit") or ""
            found.append((match.group("label").strip(), f"{match.group('value')} {unit}".strip()))
    return found[:limit]


def _label(path: str) -> str:
    """A readable figure name from a JSON path: ``seconds_by_size.10000`` -> ``seconds by
    size: 10000``."""
    head, _, tail = path.partition(".")
    name = head.replace("_", " ")
    return f"{name}: {tail.replace('_', ' ').replace('.', ' / ')}" if tail else name


def offers_json(script: Path) -> bool:
    """True when ``script --help`` lists a ``--json`` flag."""
    proc = run([PY, str(script), "--help"], 60)
    return proc.ok and "--json" in proc.stdout


# --- the steps ---------------------------------------------------------------------------------


@dataclass
class Step:
    """One source of figures: a name and a function producing its rows."""

    name: str
    produce: Callable[[Path], list[Row]]
    rows: list[Row] = field(default_factory=list)


def accuracy(work: Path) -> list[Row]:
    """Rules backend on examples/articles scored against examples/gold."""
    area = "accuracy (rules, seed labels)"
    pred, report = work / "rules-pred", work / "eval.json"
    summarise = [PY, "-m", "tomtat", "summarise", "examples/articles", "--out", str(pred)]
    summarise += ["--backend", "rules"]
    evaluate = [PY, "-m", "tomtat", "evaluate", "--gold", "examples/gold", "--pred", str(pred)]
    evaluate += ["--json", str(report), "--no-differences"]
    command = shown(summarise, work) + " && " + shown(evaluate, work)
    first = run(summarise, 300)
    if first.returncode not in (0, 1) or first.timed_out:
        return [Row(area, "headline F1", first.why(), command)]
    second = run(evaluate, 120)
    if not report.exists():
        return [Row(area, "headline F1", second.why(), command)]
    data = json.loads(report.read_text(encoding="utf-8"))
    rows = [Row(area, "headline F1", fmt(data.get("headline_f1")), command)]
    for name in ("micro", "macro"):
        if isinstance(data.get(name), dict):
            rows.append(Row(area, f"{name} F1", fmt(data[name].get("f1")), command))
    for name, score in (data.get("fields") or {}).items():
        rows.append(Row(area, f"F1 {name}", fmt(score.get("f1")), command))
    rows.append(Row(area, "articles scored", str(len(data.get("articles") or [])), command))
    return rows


def bad_inputs(work: Path) -> list[Row]:
    """The bad-input corpus through ``tomtat summarise``: clean outcomes, never a traceback."""
    area = "reliability: bad inputs"
    corpus = ROOT / "tests" / "data" / "bad"
    out = work / "bad-out"
    files = sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix != ".py")
    command = [PY, "-m", "tomtat", "summarise", *map(str, files), "--out", str(out)]
    command += ["--backend", "rules"]
    text = f"tomtat summarise tests/data/bad/* --out $TMP --backend rules ({len(files)} files)"
    proc = run(command, 300)
    if proc.timed_out or proc.returncode not in (0, 1):
        return [Row(area, "files handled cleanly", proc.why(), text)]
    from tomtat.outputs import output_path

    summaries = errors = internal = 0
    for path in files:
        ok, failed = output_path(out, path.stem), output_path(out, path.stem, ".error.json")
        if ok.exists():
            summaries += 1
        elif failed.exists():
            reason = str(json.loads(failed.read_text(encoding="utf-8")).get("error") or "")
            internal += reason.startswith("internal error") or "\n" in reason
            errors += 1
    traceback = "Traceback" in proc.stdout + proc.stderr
    clean = summaries + errors - internal
    return [
        Row(area, "files handled cleanly (summary or one-line error)", f"{clean}/{len(files)}", text),
        Row(area, "summaries / clean errors / internal errors", f"{summaries} / {errors - internal} / {internal}", text),
        Row(area, "tracebacks printed", "yes" if traceback else "none", text),
        Row(area, "seconds", f"{proc.seconds:.1f}", text),
    ]  # fmt: skip


def crosscheck(work: Path) -> list[Row]:
    """benchmarks/bench_crosscheck.py: planted-error recall and false alarms."""
    return _script(
        work, "bench_crosscheck.py", "cross-check (planted errors)", 300, _crosscheck_rows
    )


def _crosscheck_rows(data: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [
        ("recall on planted errors", fmt(data.get("recall"))),
        ("false-alarm rate on labels", fmt(data.get("false_alarm_rate"))),
        ("ms per cross-check", fmt(data.get("ms_per_check"))),
    ]
    for kind, score in (data.get("by_kind") or {}).items():
        rows.append((f"detected: {kind}", f"{score.get('detected')}/{score.get('planted')}"))
    return rows


def rules_bench(work: Path) -> list[Row]:
    """benchmarks/bench_rules.py, whatever figures it reports."""
    return _script(work, "bench_rules.py", "rules extractor", 300, None)


_LLM_LINES = (
    ("ideal N/C*latency (s)", r"ideal N/C\*latency\s+([\d.]+) s"),
    ("batch wall time (s)", r"wall time\s+([\d.]+) s"),
    ("batch time / ideal N/C*latency", r"ideal N/C\*latency.*ratio ([\d.]+)"),
    ("extraction stage (s)", r"extraction stage\s+([\d.]+) s"),
    ("extraction stage / ideal", r"extraction stage\s+[\d.]+ s\s+->\s+([\d.]+)x ideal"),
    ("full summarise_batch (s)", r"full summarise_batch\s+([\d.]+) s"),
    ("full summarise_batch / ideal", r"full summarise_batch\s+[\d.]+ s\s+->\s+([\d.]+)x ideal"),
    ("extraction CPU per article (ms)", r"extraction stage CPU .*?\(([\d.]+) ms per article\)"),
    ("bare HTTP round trip (ms)", r"bare HTTP round trip\s+([\d.]+) ms"),
    ("library overhead per article (ms)", r"LLMExtractor.extract .*?overhead ([\d.]+) ms"),
    ("client CPU overhead per request (ms)", r"client CPU per request:.*?overhead ([\d.]+) ms"),
    ("extract + cross-check per article (ms)", r"cross-check \(summarise_article\) ([\d.]+) ms"),
    ("re-run, outputs reused: speed-up", r"outputs reused.*speed-up (\d+)x"),
    ("re-run, answers from cache: speed-up", r"answers from cache.*speed-up (\d+)x"),
)


def llm_bench(work: Path) -> list[Row]:
    """benchmarks/bench_llm.py: batch throughput, overhead, re-runs (fake server)."""

    def from_text(text: str) -> list[tuple[str, str]]:
        """The figures bench_llm.py prints (it has no --json)."""
        rows = []
        head = re.search(r"batch: (\d+) articles, concurrency (\d+), server latency (\d+) ms", text)
        if head:
            rows.append(
                ("setup", f"{head[1]} articles, concurrency {head[2]}, latency {head[3]} ms")
            )
        for label, pattern in _LLM_LINES:
            match = re.search(pattern, text)
            if match:
                rows.append((label, match.group(1)))
        return rows

    return _script(work, "bench_llm.py", "LLM path (fake server)", 420, None, from_text)


def soak(work: Path) -> list[Row]:
    """benchmarks/soak.py with 100 articles."""

    def rows(data: dict[str, Any]) -> list[tuple[str, str]]:
        """The soak's JSON as table rows."""
        return [
            ("articles summarised / failed", f"{data['summarised']} / {data['failed']} of {data['articles']}"),
            ("requests the server saw (run 1)", str(data["requests_first_run"])),
            ("requests in run 2 (failed ones only)", f"{data['requests_second_run']} ({fmt(data['second_run_only_failed'])})"),
            ("corrupt / missing / temporary files", f"{data['corrupt_files']} / {data['missing_outputs']} / {data['temporary_files_left']}"),
            ("answers crossed between articles", str(data["crossed_answers"])),
            ("faults served (run 1)", fmt(data["faults_served"])),
            ("failure reasons", fmt(data["failure_reasons"])),
            ("wall time, run 1 (s)", fmt(data["seconds"])),
        ]  # fmt: skip

    return _script(
        work, "soak.py", "reliability: fault soak", 300, rows, args=["--articles", "100"]
    )


def _script(
    work: Path,
    name: str,
    area: str,
    timeout: float,
    from_json: Callable[[dict[str, Any]], list[tuple[str, str]]] | None,
    from_text: Callable[[str], list[tuple[str, str]]] | None = None,
    args: list[str] | None = None,
) -> list[Row]:
    """Run a benchmark script: --json when offered (``from_json`` or every numeric leaf), else
    its printed figures (``from_text`` or the generic line parser)."""
    script = BENCH / name
    if not script.exists():
        return [Row(area, name, f"{NA} (benchmarks/{name} not present)", "-")]
    use_json = offers_json(script)
    command = [PY, str(script), *(args or []), *(["--json"] if use_json else [])]
    text = shown(command, work)
    proc = run(command, timeout)
    if not proc.ok:
        return [Row(area, name, proc.why(), text)]
    pairs: list[tuple[str, str]] = []
    if use_json:
        try:
            data = json.loads(proc.stdout)
        except ValueError:
            return [Row(area, name, f"{NA} (--json output is not JSON)", text)]
        if from_json is not None and isinstance(data, dict):
            try:
                pairs = from_json(data)
            except (KeyError, TypeError, AttributeError) as exc:
                return [Row(area, name, f"{NA} (unexpected JSON: {exc!r})", text)]
        else:
            pairs = [(_label(path), fmt(value)) for path, value in flatten(data)][:30]
    else:
        pairs = (from_text or printed_figures)(proc.stdout)
        if not pairs and from_text is not None:
            pairs = printed_figures(proc.stdout)
    if not pairs:
        return [Row(area, name, f"{NA} (ran, but printed no figure this script can read)", text)]
    return [Row(area, label, value, text) for label, value in pairs]


def reliability_tests(work: Path) -> list[Row]:
    """The fast reliability tests (bad inputs, fuzzing, security, injection): counts and the
    names of the failing ones (each failure is a finding about the code under test)."""
    area = "reliability: tests"
    command = [PY, "-m", "pytest", "tests/reliability", "-q", "-m", "not slow"]
    command += ["-p", "no:cacheprovider"]
    text = shown(command, work)
    proc = run(command, 400)
    if proc.timed_out:
        return [Row(area, "tests", proc.why(), text)]
    counts = dict.fromkeys(("passed", "failed", "error"), 0)
    for number, word in re.findall(r"(\d+) (passed|failed|errors?)\b", proc.stdout):
        counts[word.rstrip("s")] = int(number)
    if not any(counts.values()):
        return [Row(area, "tests", proc.why(), text)]
    failing = re.findall(r"^(?:FAILED|ERROR) \S+::(\S+)", proc.stdout, re.MULTILINE)
    rows = [
        Row(
            area, "passed / failed / errors", "{passed} / {failed} / {error}".format(**counts), text
        )
    ]
    if failing:
        rows.append(Row(area, "failing (findings)", ", ".join(sorted(set(failing))), text))
    return rows


def real_server(work: Path) -> list[Row]:
    """benchmarks/llm_real_server.py is opt-in (a local model to build): listed, never run."""
    name = "llm_real_server.py"
    if not (BENCH / name).exists():
        return []
    return [
        Row(
            "LLM path (real llama.cpp server)",
            name,
            f"{NA} (opt-in: needs llama-cpp-python and a local model; run it by hand)",
            f".venv/bin/python benchmarks/{name}",
        )
    ]


KNOWN = {"bench_rules.py", "bench_llm.py", "bench_crosscheck.py"}
# benchmarks that need a model served by hand (and minutes of it): listed, never run
OPT_IN = {"bench_llm_real.py": "needs an OpenAI-compatible server with a real model"}


def other_benches(work: Path) -> list[Row]:
    """Any further benchmarks/bench_*.py, read with the generic parsers."""
    rows: list[Row] = []
    for script in sorted(BENCH.glob("bench_*.py")):
        if script.name in OPT_IN:
            why = f"{NA} (opt-in: {OPT_IN[script.name]}; run it by hand)"
            rows.append(Row(script.stem.removeprefix("bench_"), script.name, why, "-"))
        elif script.name not in KNOWN:
            rows += _script(work, script.name, script.stem.removeprefix("bench_"), 300, None)
    return rows


STEPS = {
    "accuracy": accuracy,
    "bad-inputs": bad_inputs,
    "rules": rules_bench,
    "crosscheck": crosscheck,
    "llm": llm_bench,
    "soak": soak,
    "reliability-tests": reliability_tests,
    "other": other_benches,
    "real-server": real_server,
}


# --- output ----------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(rows: list[Row], seconds: float) -> str:
    """The section for RESULTS.md: a header line and the table; commands listed per area."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        START,
        "## All figures (benchmarks/run_all.py)",
        "",
        f"Generated {stamp} by `.venv/bin/python benchmarks/run_all.py` in {seconds:.0f} s on "
        f"{os.cpu_count()} cores, Python {platform.python_version()}. Each figure's command is "
        "in the last column; `$TMP` is a temporary folder. Parts that are missing, fail or time "
        f'out read "{NA}".',
        "",
        "| area | figure | value | command |",
        "|---|---|---|---|",
    ]
    last_command: dict[str, str] = {}
    for row in rows:
        command = "″" if last_command.get(row.area) == row.command else f"`{row.command}`"
        last_command[row.area] = row.command
        lines.append(
            f"| {_cell(row.area)} | {_cell(row.figure)} | {_cell(row.value)} | {_cell(command)} |"
        )
    lines.append(END)
    return "\n".join(lines) + "\n"


def update_results(section: str, path: Path = RESULTS) -> None:
    """Replace the marked section of ``path`` (or put it first); other sections untouched."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in old and END in old and old.index(START) < old.index(END):
        before, rest = old.split(START, 1)
        after = rest.split(END, 1)[1].lstrip("\n")
        new = before + section + ("\n" + after if after else "")
    else:
        new = section + ("\n" + old if old else "")
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(new, encoding="utf-8")
    os.replace(tmp, path)


def table(rows: list[Row]) -> str:
    """A plain-text table for the terminal (commands listed once per area)."""
    width = [max(len(r.area) for r in rows), max(len(r.figure) for r in rows)]
    out = []
    seen: dict[str, str] = {}
    for row in rows:
        out.append(f"{row.area:<{width[0]}}  {row.figure:<{width[1]}}  {row.value}")
        if seen.get(row.area) != row.command:
            seen[row.area] = row.command
            out.append(f"{'':<{width[0]}}  $ {row.command}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Run the steps, print the table, rewrite the marked section of RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", nargs="+", choices=sorted(STEPS), help="run only these parts")
    parser.add_argument("--no-write", action="store_true", help="do not touch RESULTS.md")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    names = args.only or list(STEPS)
    started = time.perf_counter()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="tomtat-run-all-") as tmp:
        work = Path(tmp)
        for name in names:
            step_started = time.perf_counter()
            print(f"[run_all] {name} ...", file=sys.stderr, flush=True)
            try:
                produced = STEPS[name](work)
            except Exception as exc:  # a broken part is reported, never hides the others
                produced = [
                    Row(name, name, f"{NA} (run_all error: {type(exc).__name__}: {exc})", "-")
                ]
            rows.extend(produced)
            print(
                f"[run_all] {name}: {len(produced)} figure(s) in "
                f"{time.perf_counter() - step_started:.1f} s",
                file=sys.stderr,
                flush=True,
            )
    seconds = time.perf_counter() - started
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2))
    else:
        print(table(rows))
    if not args.no_write and not args.only:
        update_results(markdown(rows, seconds))
        print(
            f"[run_all] wrote the run_all section of {RESULTS.relative_to(ROOT)}", file=sys.stderr
        )
    elif args.only and not args.no_write:
        print("[run_all] --only: RESULTS.md left as it is (a partial table)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
