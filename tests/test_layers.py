"""Nothing imports upward: every module of src/tomtat has a layer and imports only its own or lower.

foundations (config, outputs, the version) < schemas < text < extract < check < events
< evaluate/report/export < pipeline < batch_api < cli < the package itself (``tomtat``,
``__main__``).
Absolute and relative imports count, at module level and inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "tomtat"

RANK = {
    "tomtat.__version__": 0,
    "tomtat.config": 0,
    "tomtat.outputs": 0,
    "tomtat.schemas": 1,
    "tomtat.text": 2,
    "tomtat.corpus": 2,
    "tomtat.extract": 3,
    "tomtat.check": 4,
    "tomtat.events": 5,
    "tomtat.evaluate": 6,
    "tomtat.report": 6,
    "tomtat.export": 6,
    "tomtat.pipeline": 7,
    "tomtat.batch_api": 8,
    "tomtat.cli": 9,
    "tomtat.__main__": 10,
    "tomtat": 10,
}
"""Layer of each part of the package; the longest matching prefix wins."""


def layer(module: str) -> int | None:
    """The layer of a dotted module name; None for modules outside the package."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        rank = RANK.get(".".join(parts[:n]))
        if rank is not None:
            return rank
    return None


def module_name(path: Path) -> str:
    """``tomtat.text.fold`` for src/tomtat/text/fold.py; packages by their __init__."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(["tomtat", *parts])


def _package_of(module: str, is_package: bool) -> str:
    return module if is_package else module.rpartition(".")[0]


def imports(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module ``source`` imports, relative imports resolved against ``module``.

    ``from tomtat import __version__`` names the version, not the package facade.
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = _package_of(module, is_package).split(".")
                anchor = package[: len(package) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names = [alias.name for alias in node.names]
            if base == "tomtat" and names == ["__version__"]:
                found.add("tomtat.__version__")
            elif node.module is None and node.level:
                found.update(f"{base}.{name}" for name in names)
            else:
                found.add(base)
    return found


def violations(sources: dict[str, tuple[str, bool]]) -> list[str]:
    """``module imports other`` for each import of a higher layer (and each unranked module)."""
    found = []
    for module, (source, is_package) in sorted(sources.items()):
        own = layer(module)
        if own is None:
            found.append(f"{module} has no layer")
            continue
        for other in sorted(imports(source, module, is_package)):
            rank = layer(other)
            if rank is not None and rank > own:
                found.append(f"{module} imports {other}")
    return found


def _package_sources() -> dict[str, tuple[str, bool]]:
    return {
        module_name(path): (path.read_text(encoding="utf-8"), path.name == "__init__.py")
        for path in SRC.rglob("*.py")
    }


def test_every_module_has_a_layer() -> None:
    sources = _package_sources()
    assert "tomtat.pipeline" in sources and "tomtat.config" in sources
    assert all(layer(module) is not None for module in sources)


def test_no_layer_imports_upward() -> None:
    assert violations(_package_sources()) == []


@pytest.mark.parametrize(
    ("module", "source", "is_package"),
    [
        ("tomtat.text.bad", "from tomtat.check import cross_check\n", False),
        ("tomtat.text.bad", "def f():\n    import tomtat.pipeline\n", False),
        ("tomtat.text.bad", "from ..check import cross_check\n", False),
        ("tomtat.extract.rules.bad", "from ...check.facts import TextFacts\n", False),
        ("tomtat.schemas", "from .. import pipeline\n", True),
        ("tomtat.pipeline", "from tomtat.cli import main\n", False),
        ("tomtat.config", "from tomtat.schemas import ArticleSummary\n", False),
    ],
)
def test_an_upward_import_is_caught(module: str, source: str, is_package: bool) -> None:
    assert violations({module: (source, is_package)}) != []


def test_imports_of_the_own_or_lower_layers_pass() -> None:
    sources = {
        "tomtat.check.ok": (
            "from ..text.fold import locate\nfrom .facts import TextFacts\n",
            False,
        ),
        "tomtat.pipeline": ("from tomtat import __version__\nfrom tomtat.check import x\n", False),
    }
    assert violations(sources) == []


def test_a_module_outside_every_layer_is_reported() -> None:
    assert violations({"tomtat_other.x": ("", False)}) == ["tomtat_other.x has no layer"]


def test_schemas_import_nothing_of_ours_but_schemas() -> None:
    for path in (SRC / "schemas").rglob("*.py"):
        module = module_name(path)
        for other in imports(path.read_text(encoding="utf-8"), module, path.name == "__init__.py"):
            assert not other.startswith("tomtat.") or other.startswith("tomtat.schemas"), (
                f"{path.name} imports {other}"
            )
