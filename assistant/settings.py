"""Settings from the environment (prefix ``HR_ASSISTANT_``), an optional TOML file, and defaults; grouped
(``llm``, ``chroma``, ``limits``, ``okr``, ``privacy``, ``ui``, ``smtp``) and strict: an unknown key is an error that names it.

Priority: explicit arguments > environment > TOML file (``$HR_ASSISTANT_CONFIG`` or ``<home>/config.toml``)
> defaults. A grouped setting is ``[llm] model = "…"`` in TOML, ``HR_ASSISTANT_LLM_MODEL`` in the
environment, and ``llm_model=`` as a keyword argument (the flat form is accepted in TOML too).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from assistant.errors import ConfigError, validation_reason

DEFAULT_HOME = Path("~/.hr-assistant")
ENV_PREFIX = "HR_ASSISTANT_"
CLI_ENV = {"HOME", "AS", "CONFIG", "DEBUG"}  # read by the command line, not settings


class _Group(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LlmSettings(_Group):
    """Any OpenAI-compatible server. No base URL: the offline engine."""

    base_url: str | None = None
    api_key: SecretStr | None = None
    model: str = "gpt-4o-mini"
    timeout: float = 30.0  # seconds for a whole reply
    connect_timeout: float = 3.0  # seconds to reach the server
    max_retries: int = 2  # for 429 and 5xx only
    max_retry_wait: float = 10.0  # a longer Retry-After falls back at once
    temperature: float = 0.2
    structured: Literal["json_schema", "json_mode", "prompt"] = "json_mode"
    context_window: int = 8192  # tokens the model accepts (see `hr-assistant llm check`)
    max_output_tokens: int = 1024
    request_token_budget: int = 12000  # prompt + output, per request
    daily_token_budget: int = 2_000_000
    cache: bool = False  # response cache: on for evals


class ChromaSettings(_Group):
    """The vector index: embedded (a folder in home) or a Chroma server."""

    mode: Literal["embedded", "server"] = "embedded"
    host: str = "127.0.0.1"
    port: int = 8000


class LimitSettings(_Group):
    import_mb: float = 50.0
    upload_mb: float = 20.0


class OkrSettings(_Group):
    visibility: Literal["company", "private"] = "company"  # OKRs company-wide by default, as in Lark
    max_key_results: int = 2000  # KRs checked per set; the rest are reported as not checked


class PrivacySettings(_Group):
    """Who sees what beyond the roles' scopes."""

    # an employee sees their peer reviews' text but not who wrote them (managers and HR do), as Lark and
    # Lattice do by default; true shows the names to the employee as well
    peer_reviewers_visible: bool = False
    # how long the audit log keeps who read whose private records (never their content)
    audit_retention_days: int = Field(default=365, ge=1)


class UiSettings(_Group):
    """The web app (hr-assistant ui): local only by default."""

    host: str = "127.0.0.1"
    port: int = 7860
    concurrency: int = Field(default=8, ge=1, le=64)  # requests of one kind served at once (Gradio's queue)


class SmtpSettings(_Group):
    """The mail server drafts are sent through (``hr-assistant draft send``). Keep the password in the
    environment (``HR_ASSISTANT_SMTP_PASSWORD``), not in config.toml."""

    host: str = "127.0.0.1"
    port: int = 587
    starttls: bool = True
    user: str | None = None
    password: SecretStr | None = None
    sender: str = "People Team / 人力资源部 <hr@bridgecart.example>"
    timeout: float = 20.0


GROUPS: dict[str, type[_Group]] = {"llm": LlmSettings, "chroma": ChromaSettings, "limits": LimitSettings,
                                   "okr": OkrSettings, "privacy": PrivacySettings, "ui": UiSettings,
                                   "smtp": SmtpSettings}  # fmt: skip


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, extra="forbid", env_nested_delimiter="_", env_nested_max_split=1
    )

    home: Path = DEFAULT_HOME
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default: a SQLite file in home."
    )
    cache_dir: Path | None = Field(
        default=None, description="Caches (embeddings, LLM replies); default: home/cache."
    )
    hr_contact: str = "People Team / 人力资源部 <hr@bridgecart.example>"
    default_lang: Literal["zh", "en"] = "en"

    llm: LlmSettings = LlmSettings()
    chroma: ChromaSettings = ChromaSettings()
    limits: LimitSettings = LimitSettings()
    okr: OkrSettings = OkrSettings()
    privacy: PrivacySettings = PrivacySettings()
    ui: UiSettings = UiSettings()
    smtp: SmtpSettings = SmtpSettings()

    @model_validator(mode="after")
    def _resolve_paths(self) -> Settings:
        self.home = self.home.expanduser()
        if not self.database_url:
            self.database_url = f"sqlite:///{self.home / 'hr.db'}"
        self.cache_dir = (self.cache_dir or self.home / "cache").expanduser()
        return self

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _GroupedToml(settings_cls, _toml_path()))


def nest(flat: dict[str, Any]) -> dict[str, Any]:
    """``{"llm_model": x}`` -> ``{"llm": {"model": x}}``; other keys as they are (unknown ones then fail)."""
    out: dict[str, Any] = {}
    for key, value in flat.items():
        group, _, field = key.partition("_")
        if key not in Settings.model_fields and group in GROUPS and field:
            out.setdefault(group, {})[field] = value
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key].update(value)
        else:
            out[key] = value
    return out


class _GroupedToml(TomlConfigSettingsSource):
    def __call__(self) -> dict[str, Any]:
        return nest(super().__call__())


def unknown_env() -> list[str]:
    """``HR_ASSISTANT_*`` variables that name no setting (a typo would otherwise pass silently)."""
    known = {name.upper() for name in Settings.model_fields}
    bad = []
    for var in os.environ:
        if not var.startswith(ENV_PREFIX):
            continue
        name = var[len(ENV_PREFIX) :].upper()
        if name in known or name in CLI_ENV or name.partition("_")[0].lower() in GROUPS:
            continue  # group members are checked by the group's own model
        bad.append(var)
    return sorted(bad)


_home_hint: Path | None = None


def _toml_path() -> Path:
    explicit = os.environ.get("HR_ASSISTANT_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    home = Path(_home_hint or os.environ.get("HR_ASSISTANT_HOME") or DEFAULT_HOME)
    return home.expanduser() / "config.toml"


def load_settings(home: Path | None = None, **overrides: Any) -> Settings:
    """Settings for ``home`` (or ``$HR_ASSISTANT_HOME``, or ``~/.hr-assistant``)."""
    global _home_hint
    _home_hint = home
    try:
        if bad := unknown_env():
            raise ConfigError("error.config_unknown", keys=", ".join(bad), source="environment")
        if home is not None:
            overrides["home"] = home
        return Settings(**nest(overrides))
    except ValidationError as exc:
        unknown = [".".join(map(str, e["loc"])) for e in exc.errors() if e["type"] == "extra_forbidden"]
        if unknown:
            raise ConfigError(
                "error.config_unknown", keys=", ".join(unknown), source=str(_toml_path())
            ) from None
        first = exc.errors()[0]
        raise ConfigError("error.config_value", key=".".join(map(str, first["loc"])),
                          reason=validation_reason(first), source=str(_toml_path())) from None  # fmt: skip
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("error.config", reason=f"{_toml_path()}: {exc}") from None
    finally:
        _home_hint = None
