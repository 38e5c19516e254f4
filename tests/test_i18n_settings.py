from pathlib import Path

import pytest
import yaml

from assistant.errors import AccessDenied, InputError, Problem
from assistant.i18n import catalog_keys, detect_lang, t
from assistant.i18n.catalog import _FOLDER, placeholders
from assistant.settings import load_settings


def test_every_catalogue_entry_has_zh_and_en_with_the_same_placeholders() -> None:
    raw: dict = {}
    for path in sorted(_FOLDER.glob("*.yaml")):
        raw |= yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(raw) == len(catalog_keys()) > 40
    for key, entry in raw.items():
        assert set(entry) == {"zh", "en"}, key
        assert entry["zh"].strip() and entry["en"].strip(), key
        assert placeholders(entry["zh"]) == placeholders(entry["en"]), key


def test_errors_render_in_both_languages() -> None:
    exc = AccessDenied("error.access_denied", viewer="E1", subject="E2")
    assert "E2" in exc.message("en") and "Not allowed" in exc.message("en")
    assert "无权查看" in exc.message("zh")
    bad = InputError([Problem("a.json", "okr_list[0]", "score", "must be ≤ 100")])
    assert "a.json › okr_list[0] › score: must be ≤ 100" in bad.message("en")
    assert "未写入任何数据" in bad.message("zh")


def test_detect_lang() -> None:
    assert detect_lang("我的 OKR 打分会影响绩效等级吗？") == "zh"
    assert detect_lang("How is the mid-year review scored?") == "en"
    assert detect_lang("Q3 GMV 目标") == "zh"
    assert t("role.hrbp", "zh") == "HRBP"


def test_settings_priority_env_over_toml_over_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for k in list(__import__("os").environ):
        if k.startswith("HR_ASSISTANT_"):
            monkeypatch.delenv(k)
    home = tmp_path / "home"
    home.mkdir()
    s = load_settings(home)
    assert s.database_url == f"sqlite:///{home / 'hr.db'}" and s.llm.base_url is None
    (home / "config.toml").write_text('llm_model = "qwen2.5"\nllm_timeout = 12\nokr_visibility = "private"\n')
    s = load_settings(home)
    assert (s.llm.model, s.llm.timeout, s.okr.visibility) == ("qwen2.5", 12.0, "private")
    monkeypatch.setenv("HR_ASSISTANT_LLM_MODEL", "deepseek-chat")
    monkeypatch.setenv("HR_ASSISTANT_DATABASE_URL", "postgresql://u@127.0.0.1/x")
    s = load_settings(home)
    assert s.llm.model == "deepseek-chat" and s.database_url == "postgresql://u@127.0.0.1/x"
    assert s.llm.timeout == 12.0  # still from the TOML file
