"""Versioned prompt templates: where they live, how they render, and their hashes.

The templates live in the top-level ``prompts/<version>/`` folder of the source checkout. An
installed wheel carries a copy under ``<prefix>/share/tomtat/prompts`` (setuptools
``data-files``). ``Settings.prompts_dir`` / ``TOMTAT_PROMPTS_DIR`` overrides both. A missing
folder is a :class:`PromptError` that says where it looked.
"""

from __future__ import annotations

import hashlib
import json
import string
import sys
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

SYSTEM_PARTS = ("system.md", "field_guide.md", "example.md")
USER_FILE = "user.md"
REVISE_FILE = "revise.md"


class PromptError(ValueError):
    """The prompt templates cannot be found or rendered."""


def candidate_dirs(override: Path | None) -> list[Path]:
    """Folders that may hold ``<version>/`` prompt folders, in the order they are tried."""
    if override is not None:
        return [override]
    here = Path(__file__).resolve()
    return [here.parents[4] / "prompts", Path(sys.prefix) / "share" / "tomtat" / "prompts"]


def find_prompt_dir(version: str, override: Path | None = None) -> Path:
    """The folder of prompt ``version``: ``override/<version>`` or ``override`` itself, else
    the checkout's or the installed copy; a clear :class:`PromptError` when none exists."""
    if not version or "/" in version or "\\" in version or version.startswith("."):
        raise PromptError(f"bad prompt version {version!r}")
    tried = []
    for base in candidate_dirs(override):
        for folder in (base / version, base):
            tried.append(folder)
            if all((folder / name).is_file() for name in (*SYSTEM_PARTS, USER_FILE)):
                return folder
    where = ", ".join(str(p) for p in dict.fromkeys(tried))
    raise PromptError(
        f"prompt templates {version!r} not found (looked in {where}); "
        "set TOMTAT_PROMPTS_DIR to a folder holding system.md, field_guide.md, example.md, user.md"
    )


def _sha256(data: str) -> str:
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def schema_hash(model: type[BaseModel]) -> str:
    """sha256 of the response model's JSON schema (canonical JSON)."""
    schema = model.model_json_schema()
    return _sha256(json.dumps(schema, sort_keys=True, ensure_ascii=False))


@dataclass(frozen=True)
class PromptSet:
    """The rendered system prompt and the user / revise templates of one version."""

    version: str
    folder: Path
    system: str
    user_template: str
    revise_template: str

    @property
    def hash(self) -> str:
        """sha256 over the rendered system prompt and both templates."""
        return _sha256("\x00".join((self.system, self.user_template, self.revise_template)))

    def user(self, article: str) -> str:
        """The user message for ``article``."""
        return string.Template(self.user_template).safe_substitute(article=article)

    def revise(self, findings: str) -> str:
        """The follow-up message that asks for a corrected answer given ``findings``."""
        return string.Template(self.revise_template).safe_substitute(findings=findings)


def load_prompts(version: str = "v1", override: Path | None = None) -> PromptSet:
    """Read and render prompt ``version``."""
    folder = find_prompt_dir(version, override)
    try:
        parts = [(folder / name).read_text(encoding="utf-8").strip() for name in SYSTEM_PARTS]
        user_template = (folder / USER_FILE).read_text(encoding="utf-8").strip()
        revise_path = folder / REVISE_FILE
        revise_template = (
            revise_path.read_text(encoding="utf-8").strip()
            if revise_path.is_file()
            else "The answer has these problems:\n$findings\nReturn the whole corrected answer."
        )
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptError(f"cannot read prompt templates in {folder}: {exc}") from None
    return PromptSet(
        version=version,
        folder=folder,
        system="\n\n".join(parts),
        user_template=user_template,
        revise_template=revise_template,
    )
