"""How the model is asked for structure, kept apart from where it lives.

``tools``: a forced function call (OpenAI and most hosted APIs). ``json_schema``: the schema as
``response_format``, which vLLM, Ollama, LM Studio and llama.cpp's server turn into constrained
decoding, so even small local models answer in shape. ``json`` (``response_format`` json_object
plus the schema in the system prompt) and ``md_json`` (schema in the prompt, answer in a fenced
block) are fallbacks for servers that reject the other two.
"""

from __future__ import annotations

from instructor import Mode

from tomtat.extract.llm.transport import is_openai

MODES: dict[str, Mode] = {
    "tools": Mode.TOOLS,
    "json_schema": Mode.JSON_SCHEMA,
    "json": Mode.JSON,
    "md_json": Mode.MD_JSON,
}


def default_mode(base_url: str | None) -> str:
    """``tools`` for api.openai.com, ``json_schema`` for any other endpoint (local servers)."""
    return "tools" if is_openai(base_url) else "json_schema"


def instructor_mode(name: str) -> Mode:
    """The instructor Mode for a tomtat mode name; ValueError for an unknown one."""
    try:
        return MODES[name]
    except KeyError:
        raise ValueError(f"unknown mode {name!r}: use one of {', '.join(MODES)}") from None
