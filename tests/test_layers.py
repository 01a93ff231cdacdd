"""Nothing imports upward: schemas < text < extract < check < events < evaluate/report/export < cli."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "tomtat"

RANK = {
    "schemas": 1,
    "text": 2,
    "extract": 3,
    "check": 4,
    "events": 5,
    "evaluate": 6,
    "report": 6,
    "export": 6,
    "cli": 7,
}


def _layer(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "tomtat" or len(parts) < 2:
        return None
    return RANK.get(parts[1])


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_no_layer_imports_upward() -> None:
    violations = []
    for path in SRC.rglob("*.py"):
        own = _layer("tomtat." + ".".join(path.relative_to(SRC).with_suffix("").parts))
        if own is None:
            continue
        for module in _imports(path):
            other = _layer(module)
            if other is not None and other > own:
                violations.append(f"{path.relative_to(SRC)} imports {module}")
    assert not violations, "\n".join(violations)


def test_schemas_import_nothing_of_ours_but_schemas() -> None:
    for path in (SRC / "schemas").rglob("*.py"):
        for module in _imports(path):
            assert not module.startswith("tomtat.") or module.startswith("tomtat.schemas"), (
                f"{path.name} imports {module}"
            )
