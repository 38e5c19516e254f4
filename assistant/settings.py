"""Settings from the environment (prefix ``HR_ASSISTANT_``), an optional TOML file, and defaults.

Priority: explicit arguments > environment > TOML file (``$HR_ASSISTANT_CONFIG`` or ``<home>/config.toml``)
> defaults.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from assistant.errors import ConfigError

DEFAULT_HOME = Path("~/.hr-assistant")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HR_ASSISTANT_", extra="ignore")

    home: Path = DEFAULT_HOME
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default: a SQLite file in home."
    )
    cache_dir: Path | None = Field(
        default=None, description="Caches (embeddings, LLM replies); default: home/cache."
    )

    # Vector index: embedded (persistent folder in home) or a Chroma server.
    chroma_mode: Literal["embedded", "server"] = "embedded"
    chroma_host: str = "127.0.0.1"
    chroma_port: int = 8000

    # LLM endpoint (any OpenAI-compatible server). No base URL: the offline engine.
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout: float = 30.0  # seconds for a whole reply
    llm_connect_timeout: float = 3.0  # seconds to reach the server
    llm_max_retries: int = 2  # for 429 and 5xx only
    llm_max_retry_wait: float = 10.0  # a longer Retry-After falls back at once
    llm_temperature: float = 0.2
    llm_structured: Literal["json_schema", "json_mode", "prompt"] = "json_mode"
    llm_context_window: int = 8192  # tokens the model accepts (see `hr-assistant llm check`)
    llm_max_output_tokens: int = 1024
    llm_request_token_budget: int = 12000  # prompt + output, per request
    llm_daily_token_budget: int = 2_000_000
    llm_cache: bool = False  # response cache: on for evals

    # Limits.
    max_import_mb: float = 50.0
    max_upload_mb: float = 20.0
    max_import_rows: int = 2_000_000
    okr_max_key_results: int = 2000  # KRs checked per set; the rest are reported as not checked

    # Privacy: OKRs are visible company-wide by default, as in Lark.
    okr_visibility: Literal["company", "private"] = "company"

    # The web app (hr-assistant ui): local only by default.
    ui_host: str = "127.0.0.1"
    ui_port: int = 7860

    hr_contact: str = "People Team / 人力资源部 <hr@bridgecart.example>"
    default_lang: Literal["zh", "en"] = "en"

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
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, _toml_path()))


_home_hint: Path | None = None


def _toml_path() -> Path:
    explicit = os.environ.get("HR_ASSISTANT_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    home = Path(_home_hint or os.environ.get("HR_ASSISTANT_HOME") or DEFAULT_HOME)
    return home.expanduser() / "config.toml"


def load_settings(home: Path | None = None, **overrides: object) -> Settings:
    """Settings for ``home`` (or ``$HR_ASSISTANT_HOME``, or ``~/.hr-assistant``)."""
    global _home_hint
    _home_hint = home
    try:
        if home is not None:
            overrides["home"] = home
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError("error.config", reason=problems) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("error.config", reason=f"{_toml_path()}: {exc}") from None
    finally:
        _home_hint = None
