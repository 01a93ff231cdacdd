"""Shared helper for browser tests: Debian's chromium driven by Playwright, never downloaded.

A missing /usr/bin/chromium FAILS the test with a clear message (CI installs it with
``.ci/setup --test``); it never skips.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_chromium() -> None:
    """Fail (not skip) when Debian's chromium is not installed."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the review page's browser test needs Debian's chromium. "
            "Install it with `apt-get install -y chromium` (or run `.ci/setup --test`); "
            "never `playwright install`.",
            pytrace=False,
        )


@contextmanager
def chromium_browser() -> Iterator[Any]:
    """A headless Debian chromium with no network side traffic, closed afterwards."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()
