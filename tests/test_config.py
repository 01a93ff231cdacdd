"""Settings: three groups (endpoint, request shape, run), flat names still accepted."""

from __future__ import annotations

import pytest

from tomtat.config import EndpointSettings, RequestSettings, RunSettings, Settings


def test_flat_names_are_routed_to_their_group() -> None:
    settings = Settings(base_url="http://x/v1", mode="json", concurrency=3, system_role=False)
    assert settings.endpoint == EndpointSettings(base_url="http://x/v1")
    assert settings.request == RequestSettings(mode="json", system_role=False)
    assert settings.run == RunSettings(concurrency=3)
    assert settings.mode == "json" and settings.concurrency == 3  # flat reads still work


def test_groups_and_flat_overrides_combine() -> None:
    settings = Settings(request=RequestSettings(temperature=0.3), max_tokens=100)
    assert settings.request.temperature == 0.3 and settings.request.max_tokens == 100
    assert settings.with_changes(max_tokens=5).max_tokens == 5
    assert settings.max_tokens == 100


def test_unknown_setting_and_assignment_are_errors() -> None:
    with pytest.raises(TypeError, match="unknown setting"):
        Settings(colour="red")
    settings = Settings()
    with pytest.raises(AttributeError):
        settings.model = "x"  # type: ignore[misc]


def test_env_fills_the_endpoint_and_flags_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env/v1")
    monkeypatch.setenv("TOMTAT_MODEL", "env-model")
    monkeypatch.setenv("TOMTAT_MODE", "md_json")
    settings = Settings.from_env(model="flag-model", timeout=None)
    assert settings.endpoint.base_url == "http://env/v1"
    assert settings.endpoint.model == "flag-model"
    assert settings.request.mode == "md_json"
    assert settings.run.timeout is None


def test_api_key_stays_out_of_the_repr() -> None:
    settings = Settings(api_key="sk-visible-in-repr-000")
    assert "sk-visible" not in repr(settings)
    assert settings.endpoint.api_key is not None
    assert settings.endpoint.api_key.get_secret_value() == "sk-visible-in-repr-000"
