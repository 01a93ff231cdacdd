"""Security: the API key never leaks (cache, logs, outputs, errors), output names never escape
the output folder, and the HTML review page escapes everything that comes from articles."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

import fake_openai as fo
import pytest
from clikit import CORPUS, FAKE_KEY, run_cli
from hypothesis import example, given, settings
from hypothesis import strategies as st
from make_corpus import REPORT

from tomtat.config import Settings
from tomtat.extract.base import ExtractionError
from tomtat.outputs import output_path, output_paths, safe_stem
from tomtat.pipeline import summarise, summarise_batch

KEY_BYTES = FAKE_KEY.encode()
# The key's distinctive middle, in case something prints it partly masked at the ends.
KEY_CORE = "FAKE-KEY-0123456789"
GOOD_ANSWER = {
    "event": {"kinds": ["tổng kết"]},
    "awards": [
        {
            "type": "Giấy khen",
            "issuer": "Giám đốc Công an tỉnh Lâm Đồng",
            "collectives": 12,
            "individuals": 25,
            "quote": "Giám đốc Công an tỉnh Lâm Đồng tặng Giấy khen cho 12 tập thể và 25 cá nhân",
        }
    ],
}


def _settings(server: fo.FakeOpenAI, tmp_path: Path, **extra: object) -> Settings:
    values: dict[str, object] = {
        "base_url": server.base_url,
        "api_key": FAKE_KEY,
        "model": "fake-model",
        "cache_dir": tmp_path / "cache",
        "timeout": 2.0,
        "max_retries": 1,
        "transport_retries": 2,
        "backoff_initial": 0.01,
        "backoff_max": 0.02,
    }
    values.update(extra)
    return Settings.from_env(**values)


def _files_with_key(folder: Path) -> list[str]:
    """Every file under ``folder`` whose bytes contain the key (UTF-8 or UTF-16)."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if (
                KEY_BYTES in data
                or FAKE_KEY.encode("utf-16-le") in data
                or KEY_CORE.encode() in data
            ):
                found.append(str(path))
    return found


def _log_text(caplog: pytest.LogCaptureFixture) -> str:
    lines = []
    for record in caplog.records:
        lines.append(record.getMessage())
        if record.exc_info:
            lines.append(logging.Formatter().formatException(record.exc_info))
    return "\n".join(lines)


def _write_inputs(folder: Path, count: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"bai_{i}.txt").write_text(REPORT, encoding="utf-8")
    return folder


def test_key_absent_from_cache_logs_and_outputs(
    fake_server: fo.FakeOpenAI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A successful LLM batch: the key reaches the server, and nowhere else."""
    fake_server.default = fo.structured(GOOD_ANSWER)
    caplog.set_level(logging.DEBUG)
    settings = _settings(fake_server, tmp_path)
    assert FAKE_KEY not in repr(settings)
    inputs = _write_inputs(tmp_path / "in")
    results = summarise_batch([inputs], tmp_path / "out", backend="llm", settings=settings)
    assert all(r.ok for r in results), [r.error for r in results]
    # the key was really used: it is in the Authorization header the server saw
    assert any(FAKE_KEY in r.headers.get("authorization", "") for r in fake_server.chat_requests)
    assert (tmp_path / "cache").exists() and any((tmp_path / "cache").rglob("*"))
    assert _files_with_key(tmp_path / "cache") == []
    assert _files_with_key(tmp_path / "out") == []
    logs = _log_text(caplog)
    assert logs, "expected DEBUG log records from the run"
    assert KEY_CORE not in logs


@pytest.mark.parametrize("status", [401, 403, 400, 500])
def test_key_echoed_by_the_server_is_scrubbed(
    status: int,
    fake_server: fo.FakeOpenAI,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The server answers an error quoting the key: no error text, log or file repeats it."""
    message = f"Incorrect API key provided: {FAKE_KEY}. You can find your API key at ..."
    fake_server.default = fo.error(status, message)
    caplog.set_level(logging.DEBUG)
    settings = _settings(fake_server, tmp_path)
    inputs = _write_inputs(tmp_path / "in", 2)
    results = summarise_batch([inputs], tmp_path / "out", backend="llm", settings=settings)
    assert results and all(not r.ok for r in results)
    for result in results:
        assert result.error and KEY_CORE not in result.error
        assert str(status) in result.error  # the reason still says what happened
    assert _files_with_key(tmp_path) == []
    assert KEY_CORE not in _log_text(caplog)
    with pytest.raises(ExtractionError) as info:
        summarise(inputs / "bai_0.txt", backend="llm", settings=settings)
    assert KEY_CORE not in str(info.value) and KEY_CORE not in repr(info.value)


def test_key_on_the_command_line_is_not_printed(
    fake_server: fo.FakeOpenAI,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """``--api-key`` with -vv (DEBUG logs) and a 401 echoing it: nothing printed carries it."""
    fake_server.default = fo.error(401, f"invalid key {FAKE_KEY}")
    caplog.set_level(logging.DEBUG)
    inputs = _write_inputs(tmp_path / "in", 1)
    run = run_cli(
        [
            "-vv",
            "summarise",
            str(inputs),
            "--out",
            str(tmp_path / "out"),
            "--backend",
            "llm",
            "--base-url",
            fake_server.base_url,
            "--model",
            "fake-model",
            "--api-key",
            FAKE_KEY,
            "--cache-dir",
            str(tmp_path / "cache"),
            "--max-retries",
            "0",
        ],
        capsys,
    )
    assert run.status == 1
    assert KEY_CORE not in run.text
    assert KEY_CORE not in _log_text(caplog)
    assert _files_with_key(tmp_path) == []


def test_key_in_the_environment_is_not_printed(
    fake_server: fo.FakeOpenAI,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """OPENAI_API_KEY from the environment, a 500 that echoes it: the run stays clean."""
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", fake_server.base_url)
    fake_server.default = fo.error(400, f"bad request for key={FAKE_KEY}")
    inputs = _write_inputs(tmp_path / "in", 1)
    run = run_cli(
        ["summarise", str(inputs), "--out", str(tmp_path / "out"), "--model", "fake-model",
         "--cache-dir", str(tmp_path / "cache")],
        capsys,
    )  # fmt: skip
    assert run.status == 1
    assert KEY_CORE not in run.text
    assert _files_with_key(tmp_path) == []


# --- output names ------------------------------------------------------------------------------

HOSTILE_NAMES = [
    "../x.txt",
    "../../etc/passwd",
    "/etc/passwd",
    "a/b/c.txt",
    "..",
    ".",
    "",
    "...",
    ".hidden",
    "..\\..\\windows\\system32",
    "C:\\Users\\x\\bai.txt",
    "bài viết/../../thoát.txt",
    "a\x00b",
    "line\nbreak",
    "Hội nghị tổng kết năm 2022",
    "Ho\u0302\u0323i nghi\u0323",  # NFD
    "x" * 5000,
    "ữ" * 300,
    "🎉" * 100,
    "~/.ssh/id_rsa",
    "$(rm -rf ~)",
    "-rf",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
@pytest.mark.parametrize("suffix", [".json", ".error.json"])
def test_output_path_stays_inside(name: str, suffix: str, tmp_path: Path) -> None:
    """Any input name maps to a writable file directly inside the output folder."""
    out = tmp_path / "out"
    path = output_path(out, name, suffix)
    assert path.parent == out.resolve()
    assert path.name.endswith(suffix) and not path.name.startswith(".")
    assert "/" not in safe_stem(name) and "\\" not in safe_stem(name)
    assert safe_stem(name) not in ("", ".", "..")
    # the file (and the temporary file written first) must be creatable on a real filesystem
    from tomtat.outputs import write_json_atomic

    write_json_atomic(path, {"name": name})
    assert json.loads(path.read_text(encoding="utf-8")) == {"name": name}


@settings(max_examples=300, deadline=None)
@given(
    name=st.text(min_size=0, max_size=400)
    | st.text(alphabet="ữờĐđ./\\ _-", min_size=60, max_size=400)
)
@example(name="ữ" * 200)
@example(name="../" * 100)
def test_output_path_never_escapes(name: str) -> None:
    """Property: whatever the name, the output path is a direct child of the folder, or a
    clean ValueError; its name fits in 255 bytes with room for the temporary file."""
    base = Path("/tmp/tomtat-out-prop")
    try:
        path = output_path(base, name, ".error.json")
    except ValueError:
        return
    assert path.parent == base.resolve()
    assert not path.name.startswith(".")
    assert len(f".{path.name}.abcdefgh.tmp".encode()) <= 255, path.name


def test_hostile_file_names_in_a_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Real files with odd names: every output lands inside --out, one per input."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    names = [
        "..bai.txt",
        "-rf.txt",
        "bài viết có dấu cách.txt",
        "Ho\u0302\u0323i nghi\u0323.txt",
        "$(echo pwned).txt",
        "ữ" * 80 + ".txt",  # 244 bytes: a legal name whose output name is longer still
    ]
    for name in names:
        (inputs / name).write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out"
    run = run_cli(["summarise", str(inputs), "--out", str(out), "--backend", "rules"], capsys)
    assert "Traceback" not in run.text
    written = sorted(p for p in tmp_path.rglob("*.json"))
    assert all(p.parent == out for p in written), written
    assert len(list(out.glob("*.json"))) == len(names), sorted(p.name for p in out.iterdir())
    assert run.status == 0, run.text


def test_distinct_inputs_never_share_an_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two inputs whose names differ only in characters safe_stem replaces must not overwrite
    each other's output in one batch."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "bao cao.txt").write_text(REPORT, encoding="utf-8")
    (inputs / "bao_cao.txt").write_text(
        REPORT.replace("12 tập thể", "13 tập thể"), encoding="utf-8"
    )
    out = tmp_path / "out"
    run_cli(["summarise", str(inputs), "--out", str(out), "--backend", "rules"], capsys)
    outputs = sorted(p.name for p in out.glob("*.json"))
    assert len(outputs) == 2, f"two inputs, outputs {outputs}"


# --- the HTML review page --------------------------------------------------------------------

_RAW_MARKUP = re.compile(r"<script>alert|<img src=x onerror|<script>alert\(\"awards")


def test_report_escapes_article_markup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An article carrying <script> and <img onerror>: the page shows them as text only."""
    out = tmp_path / "out"
    source = CORPUS / "script_article.txt"
    summary_run = run_cli(
        ["summarise", str(source), "--out", str(out), "--backend", "rules"], capsys
    )
    assert summary_run.status == 0, summary_run.text
    page = tmp_path / "report.html"
    run = run_cli(["report", str(out), "--html", str(page), "--articles", str(CORPUS)], capsys)
    assert run.status == 0, run.text
    html = page.read_text(encoding="utf-8")
    assert not _RAW_MARKUP.search(html), _RAW_MARKUP.search(html)
    escaped = ("&lt;script&gt;alert", "\\u003cscript\\u003ealert", "\\u003cscript>alert")
    assert any(form in html for form in escaped), "the article's tag is not shown escaped"
    assert "Mang Yang" in html  # the article did reach the page


def test_report_escapes_hostile_summary_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A summary JSON (from any tool) with markup in every string field: all escaped."""
    out = tmp_path / "out"
    out.mkdir()
    evil = "</script><script>alert(1)</script><b onmouseover=alert(2)>x</b>"
    data = {
        "id": "evil",
        "title": evil,
        "event": {"organizer": evil, "district": evil, "kinds": []},
        "people": [{"name": evil, "title": evil}],
        "awards": [{"type": "Khác", "issuer": evil, "collectives": 1, "recipients": [evil]}],
        "statistics": [{"label": evil, "value": 3, "unit": evil}],
        "conflicts": [evil],
        "warnings": [evil],
        "checks": [{"kind": "mismatch", "severity": "error", "path": evil, "message": evil}],
        "meta": {"backend": evil, "model": evil, "error": None},
    }
    (out / "evil.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "evil.txt").write_text(evil + "\n\n" + REPORT, encoding="utf-8")
    page = tmp_path / "report.html"
    run = run_cli(
        ["report", str(out), "--html", str(page), "--articles", str(tmp_path / "arts")], capsys
    )
    assert run.status == 0, run.text
    html = page.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert "<b onmouseover" not in html


@pytest.mark.browser
@pytest.mark.slow
def test_report_runs_no_article_script_in_a_browser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review page of hostile articles and summaries, opened in chromium: no injected
    script or event handler runs (no dialog, no global set by the payload)."""
    from report.browser import chromium_browser

    payload = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>'
    arts, out = tmp_path / "arts", tmp_path / "out"
    arts.mkdir()
    hostile = REPORT.replace("Di Linh tổ chức", f"Di Linh {payload} tổ chức")
    (arts / "hostile.txt").write_text(payload + "\n\n" + hostile, encoding="utf-8")
    run = run_cli(["summarise", str(arts), "--out", str(out), "--backend", "rules"], capsys)
    assert run.status == 0, run.text
    data = json.loads((out / "hostile.json").read_text(encoding="utf-8"))
    data["warnings"].append(payload)
    data["conflicts"].append(payload)
    if data["awards"]:
        data["awards"][0]["issuer"] = payload
    (out / "hostile.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page_path = tmp_path / "report.html"
    run = run_cli(["report", str(out), "--html", str(page_path), "--articles", str(arts)], capsys)
    assert run.status == 0, run.text
    dialogs: list[str] = []
    with chromium_browser() as browser:
        page = browser.new_page()

        def on_dialog(dialog: Any) -> None:
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.goto(page_path.as_uri())
        page.wait_for_load_state("load")
        page.wait_for_timeout(300)
        for element in page.query_selector_all("details, summary, button")[:50]:
            try:
                element.click(timeout=200)
            except Exception:  # hidden or detached elements: clicking is best effort
                pass
        page.wait_for_timeout(200)
        pwned = page.evaluate("window.__pwned")
        body = page.inner_text("body")
    assert dialogs == [] and pwned is None
    assert "Di Linh" in body
    assert "window.__pwned" in body  # the payload is on the page, as text


def test_an_output_name_linked_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "a.json").symlink_to(elsewhere / "a.json")
    with pytest.raises(ValueError, match="escapes the output folder"):
        output_path(out, "a")
    (out / "b.json").symlink_to(out / "c.json")  # a link that stays inside: followed
    assert output_path(out, "b") == (out / "c.json").resolve()
    assert output_path(out, "d") == out.resolve() / "d.json"


def test_output_paths_names_every_suffix_and_refuses_a_link_out_of_the_folder(
    tmp_path: Path,
) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    assert output_paths(out, "x/../a", (".json", ".error.json")) == [
        output_path(out, "x/../a"),
        output_path(out, "x/../a", ".error.json"),
    ]
    (out / "b.error.json").symlink_to(elsewhere / "b.error.json")
    with pytest.raises(ValueError, match="escapes the output folder"):
        output_paths(out, "b", (".json", ".error.json"))
