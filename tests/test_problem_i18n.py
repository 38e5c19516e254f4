"""Problems in bad input are catalogue messages: the same problem reads in Chinese or in English, and the
Chinese text holds no English apart from the user's own file names, field names and values."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import (
    InputError,
    InvalidValue,
    Msg,
    OkrInputError,
    Problem,
    at_line,
    at_row,
    validation_reason,
)
from assistant.hris.batch import UNKNOWN_KEYS
from assistant.hris.db import Database
from assistant.hris.files import read_json
from assistant.hris.lark.importer import LarkImporter
from assistant.hris.models import TABLES
from assistant.hris.tabular import import_table, load_mapping
from assistant.i18n import catalog_keys, t
from assistant.i18n.catalog import _FOLDER, placeholders
from assistant.okr.reader import read_okr_file, read_okr_text

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# Words that are the same in both languages: formats, product names, units.
NEUTRAL = {"YAML", "JSON", "CSV", "OKR", "OKRs", "ID", "MB", "UTF", "GBK", "NUL", "null", "true", "false",
           "xlsx", "ContentBlock", "YYYY", "MM", "DD", "HH", "SS", "KR", "Tab", "nan", "inf"}  # fmt: skip


def english_words(text: str, *own: str) -> list[str]:
    """The English words left in ``text`` once the user's own names and values are taken out: quoted values,
    snake_case field names and paths, the given strings (file paths, field names, column headers)."""
    for item in sorted(own, key=len, reverse=True):
        text = text.replace(item, " ")
    text = re.sub(r"'[^']*'", " ", text)  # values, shown as repr
    text = re.sub(r"[\w.\[\]]*_[\w.\[\]]*", " ", text)  # field names and record paths: okr_list[0].score
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in NEUTRAL]


def english_in_zh(err: InputError, *own: str) -> list[str]:
    """English words in the Chinese rendering of ``err``, leaving out the user's own names and values: the
    heading, and for each problem the parts made in code (a location such as "row 4") and the reason. The
    file name and the record and field names from the input are the user's and are not looked at."""
    zh = err.message("zh")
    assert all(p.render("zh") in zh for p in err.problems[:20])
    found = english_words(zh.split("\n")[0], *own)
    for p in err.problems:
        made = [x.render("zh") for x in (p.file, p.record) if isinstance(x, Msg)]
        found += english_words(" ".join([*made, p.text("zh")]), *own)
    return found


def problem_keys_in_code() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "assistant").rglob("*.py"):
        found |= set(re.findall(r"""["'](problem\.[a-z0-9_.]+)["']""", path.read_text(encoding="utf-8")))
    return found


# --- (a) the catalogue -------------------------------------------------------------------------------------
def test_every_problem_key_has_both_languages_with_the_same_placeholders() -> None:
    keys = [k for k in catalog_keys() if k.startswith("problem.")]
    assert len(keys) > 50
    for key in keys:
        zh, en = t(key, "zh", **_dummy(key)), t(key, "en", **_dummy(key))
        assert zh and en, key
    import yaml

    entries = yaml.safe_load((_FOLDER / "problems.yaml").read_text(encoding="utf-8"))
    for key, entry in entries.items():
        assert key.startswith("problem."), key
        assert set(entry) == {"zh", "en"}, key
        assert placeholders(entry["zh"]) == placeholders(entry["en"]), key
        assert re.search(r"[\u4e00-\u9fff]", entry["zh"]) or placeholders(entry["zh"]), key


def _dummy(key: str) -> dict[str, Any]:
    from assistant.i18n.catalog import _entries

    return {name: "x" for name in placeholders(_entries()[key]["en"])}


def test_every_problem_key_used_in_code_is_in_the_catalogue() -> None:
    used = problem_keys_in_code()
    assert len(used) > 50, used
    assert not used - set(catalog_keys())
    assert not set(UNKNOWN_KEYS.values()) - set(catalog_keys())
    for name in ("object", "list", "string", "integer", "number", "boolean", "null", "other"):
        assert f"problem.type_name.{name}" in catalog_keys()
    targets = {fk.column.table.name for m in TABLES for fk in m.__table__.foreign_keys}  # type: ignore[attr-defined]
    assert targets <= set(UNKNOWN_KEYS), targets - set(UNKNOWN_KEYS)


def test_problem_api_and_input_error_render_per_language() -> None:
    p = Problem("a.csv", at_row(4), "工号", "problem.table.value_missing")
    assert str(p) == p.render("en") == "a.csv › row 4 › 工号: value is missing"
    assert p.render("zh") == "a.csv › 第 4 行 › 工号：缺少取值"
    assert p.problem == p.text("en") == "value is missing"
    assert Problem("", "", "", "problem.file.empty").render("zh") == "文件为空"
    err = InputError([Problem("f.json", at_line(3, 4), "", "problem.json.invalid",
                              {"reason": Msg("problem.json.comma")})] * 23)  # fmt: skip
    assert err.problems[0].record == at_line(3, 4) and len(err.problems) == 23
    zh, en = err.message("zh"), err.message("en")
    assert "f.json › 第 3 行第 4 列：不是有效的 JSON：此处缺少逗号“,”" in zh and "(+3)" in zh
    assert zh.count("\n  - ") == 20 and "未写入任何数据" in zh
    assert "f.json › line 3 column 4: not valid JSON: Expecting ',' delimiter" in en and "(+3)" in en
    assert str(err) == en
    question = InputError([Problem("", "", "question", "problem.empty_question")])
    assert "问题为空" in question.message("zh") and "the question is empty" in question.message("en")


class _Typed(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(max_length=3)
    count: int = Field(ge=1, le=10)
    ratio: float = Field(gt=0, lt=1, allow_inf_nan=False)
    flag: bool
    day: str = Field(min_length=2)
    kind: Literal["a", "b", "c"]
    tags: list[str] = Field(max_length=1)
    extra: dict[str, int]


@pytest.mark.parametrize(
    ("data", "en"),
    [
        ({"name": "abcd"}, "must have at most 3 characters"),
        ({"name": 5}, "must be text; got 5"),
        ({"count": "x"}, "must be a whole number; got 'x'"),
        ({"count": 0}, "must be greater than or equal to 1"),
        ({"count": 11}, "must be less than or equal to 10"),
        ({"ratio": "x"}, "must be a number; got 'x'"),
        ({"ratio": 0}, "must be greater than 0"),
        ({"ratio": 1}, "must be less than 1"),
        ({"ratio": float("inf")}, "must be a finite number; got inf"),
        ({"flag": "maybe"}, "must be true or false; got 'maybe'"),
        ({"day": "x"}, "must have at least 2 character(s)"),
        ({"kind": "d"}, "must be one of 'a', 'b', 'c'; got 'd'"),
        ({"tags": "x"}, "must be a list, got a string"),
        ({"tags": ["x", "y"]}, "must have at most 1 items; it has 2"),
        ({"extra": []}, "must be an object, got a list"),
        ({"surprise": 1}, "unknown field; not allowed here"),
        ({}, "required field is missing"),
    ],
)
def test_pydantic_errors_are_catalogue_messages(data: dict[str, Any], en: str) -> None:
    good = {"name": "a", "count": 1, "ratio": 0.5, "flag": True, "day": "ab", "kind": "a", "tags": [],
            "extra": {}}  # fmt: skip
    with pytest.raises(ValidationError) as exc:
        _Typed.model_validate({**good, **data} if data else {})
    reasons = [validation_reason(e) for e in exc.value.errors()]
    assert any(r.render("en") == en for r in reasons), [r.render("en") for r in reasons]
    for r in reasons:
        assert r.key != "problem.invalid", r
        assert not english_words(r.render("zh")), r.render("zh")


def test_a_validator_reason_and_an_unmapped_pydantic_error() -> None:
    from pydantic import field_validator

    class Checked(BaseModel):
        x: int

        @field_validator("x")
        @classmethod
        def _positive(cls, v: int) -> int:
            if v < 0:
                raise InvalidValue("problem.lark.ms_out_of_range", value=repr(v))
            if v == 0:
                raise ValueError("zero is not allowed")
            return v

    with pytest.raises(ValidationError) as exc:
        Checked.model_validate({"x": -1})
    reason = validation_reason(exc.value.errors()[0])
    assert reason.render("zh") == "毫秒时间戳超出范围：-1"
    with pytest.raises(ValidationError) as exc:
        Checked.model_validate({"x": 0})
    reason = validation_reason(exc.value.errors()[0])
    assert reason.render("en") == "zero is not allowed" and reason.render("zh").startswith("取值无效")
    fallback = validation_reason(
        {"type": "uuid_parsing", "msg": "Input should be a valid UUID", "input": "x"}
    )
    assert fallback.render("en") == "Input should be a valid UUID" and fallback.key == "problem.invalid"


# --- (b) real files through the real readers -----------------------------------------------------------------
@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'hr.db'}")
    database.create_or_upgrade()
    tables = FIXTURES / "tables"
    with database.transaction() as s:
        import_table(s, tables / "org_units.csv", tables / "org_units.map.yaml")
    with database.transaction() as s:
        import_table(s, tables / "employees.csv", tables / "employees.map.yaml")
    return database


def test_bad_csv_mapping_reads_in_chinese_and_english(tmp_path: Path) -> None:
    mapping = tmp_path / "映射.yaml"
    mapping.write_text("kind: ratings\ncolumns: {employee_id: 工号, colour: 颜色}\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_mapping(mapping)
    zh, en = exc.value.message("zh"), exc.value.message("en")
    assert "输入有 2 处问题" in zh and "列映射 › colour：未知字段；可用的字段：" in zh
    assert "cycle_id：必填字段既没有对应的列，也没有默认值" in zh
    assert not english_in_zh(exc.value, "colour"), zh
    assert "columns › colour: unknown field; known:" in en
    assert "cycle_id: required field is not mapped and has no default" in en
    mapping.write_text("kind: salaries\ncolumns: {}\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_mapping(mapping)
    zh = exc.value.message("zh")
    assert "kind：应为以下之一：ratings, kpis, potential, employees, org_units；实际为 'salaries'" in zh
    assert not english_in_zh(exc.value, "ratings", "kpis", "potential", "employees"), zh


def test_bad_csv_rows_read_in_chinese(db: Database, tmp_path: Path) -> None:
    (tmp_path / "m.yaml").write_text(
        "kind: ratings\ncolumns: {employee_id: 工号, pre_calibration: 等级}\ndefaults: {cycle_id: c1}\n",
        encoding="utf-8",
    )
    (tmp_path / "r.csv").write_text("工号,等级\nu_dev,E\n,A\n", encoding="utf-8")
    with db.transaction() as s, pytest.raises(InputError) as exc:
        import_table(s, tmp_path / "r.csv", tmp_path / "m.yaml")
    zh, en = exc.value.message("zh"), exc.value.message("en")
    assert "第 2 行 › 等级：'E' 不是可选值（S, A, B, C, D）之一" in zh
    assert "第 3 行 › 工号：缺少取值" in zh
    assert not english_in_zh(exc.value), zh
    assert "row 2 › 等级: 'E' is not one of S, A, B, C, D" in en and "row 3 › 工号: value is missing" in en
    (tmp_path / "r.csv").write_text("工号\nu_dev\n", encoding="utf-8")
    with db.transaction() as s, pytest.raises(InputError) as exc:
        import_table(s, tmp_path / "r.csv", tmp_path / "m.yaml")
    assert "表头 › 等级：文件中没有这一列" in exc.value.message("zh")
    assert "header › 等级: column is missing" in exc.value.message("en")


def test_lark_file_with_an_unknown_employee(db: Database, tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "lark" / "okr_v1_bundle.json").read_text(encoding="utf-8"))["data"]
    data = copy.deepcopy(data)
    data["user_okrs"][0]["user_id"] = "u_ghost"
    path = tmp_path / "飞书.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with db.transaction() as s:
        importer = LarkImporter(s)
        importer.add_file(path)
        with pytest.raises(InputError) as exc:
            importer.commit()
    zh, en = exc.value.message("zh"), exc.value.message("en")
    assert "owner_id：未知员工 'u_ghost'" in zh, zh
    assert "未写入任何数据" in zh
    assert not english_in_zh(exc.value), zh
    assert "owner_id: unknown employee 'u_ghost'" in en


def test_lark_performance_file_with_an_unknown_employee(db: Database, tmp_path: Path) -> None:
    perf = json.loads((FIXTURES / "lark" / "performance_v1.json").read_text(encoding="utf-8"))
    perf["data"]["datas"][0]["user_id"] = {"user_id": "u_ghost"}
    path = tmp_path / "perf.json"
    path.write_text(json.dumps(perf, ensure_ascii=False), encoding="utf-8")
    with db.transaction() as s:
        importer = LarkImporter(s)
        importer.add_file(path)
        with pytest.raises(InputError) as exc:
            importer.commit()
    zh = exc.value.message("zh")
    assert "datas[0] › user_id：未知员工 'u_ghost'" in zh and not english_in_zh(exc.value), zh
    assert "datas[0] › user_id: unknown employee 'u_ghost'" in exc.value.message("en")


def test_lark_type_and_timestamp_errors_read_in_chinese(db: Database, tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "lark" / "okr_v1_bundle.json").read_text(encoding="utf-8"))["data"]
    data["user_okrs"][1]["okr_list"][0]["objective_list"][0]["deadline"] = 1727654400000
    data["periods"][0]["period_start_time"] = "2024-07-01"
    path = tmp_path / "ts.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with db.transaction() as s:
        importer = LarkImporter(s)
        importer.add_file(path)
        with pytest.raises(InputError) as exc:
            importer.commit()
    zh = exc.value.message("zh")
    assert "deadline：应为毫秒时间戳字符串，实际为整数 1727654400000" in zh, zh
    assert "period_start_time：应为毫秒时间戳字符串（只含数字），实际为 '2024-07-01'" in zh, zh
    assert not english_in_zh(exc.value), zh


def test_okr_yaml_with_a_duplicate_id(tmp_path: Path) -> None:
    path = tmp_path / "okr.yaml"
    path.write_text("objectives:\n  - {id: O1, title: A}\n  - {id: O1, title: B}\n", encoding="utf-8")
    with pytest.raises(OkrInputError) as exc:
        read_okr_file(path, 1)
    zh, en = exc.value.message("zh"), exc.value.message("en")
    assert zh == f"无法读取这组 OKR（1 处问题）：\n  - {path} › O1 › id：ID 重复"
    assert en == f"Cannot read this OKR set (1 problem(s)):\n  - {path} › O1 › id: duplicate id"


@pytest.mark.parametrize(
    ("text", "zh_part"),
    [
        ("", "OKR 内容为空"),
        ("objectives: [\n  - broken", "不是有效的 YAML"),
        ('{"hello": "world"}', "objectives：没有目标（objectives）：这看起来不是一组 OKR"),
        ("Just a paragraph.", "应为一组 OKR（包含 objectives 的映射），实际为文本"),
        ("objectives:\n  - {id: O1, title: '', key_results: []}\n", "objectives.0 › title：至少需要 1 个字符"),
        ("objectives:\n  - {id: O1, title: A, key_results: [{id: K, text: x, weight: .nan}]}\n",
         "weight：应为有限的数字，实际为 nan"),
        ("objectives:\n  - {id: O1, title: A, key_results: [{id: K, text: x, deadline: 2026-02-30}]}\n",
         "不是有效的 YAML：其中有不存在的日期"),
    ],
)  # fmt: skip
def test_okr_text_problems_read_in_chinese(text: str, zh_part: str) -> None:
    with pytest.raises(OkrInputError) as exc:
        read_okr_text(text, "set.yaml", ".yaml")
    zh = exc.value.message("zh")
    assert zh_part in zh, zh
    assert not english_in_zh(exc.value, "objectives"), zh


def test_a_broken_json_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"periods": [\n  {"id": "1",, }\n]}', encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_json(path, 1)
    zh, en = exc.value.message("zh"), exc.value.message("en")
    assert f"{path} › 第 2 行第 14 列：不是有效的 JSON：此处应为用双引号括起来的字段名" in zh, zh
    assert not english_in_zh(exc.value), zh
    assert (
        f"{path} › line 2 column 14: not valid JSON: Expecting property name enclosed in double quotes" in en
    )


@pytest.mark.parametrize(
    ("content", "zh_part"),
    [
        (b"", "文件为空"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "这是二进制文件"),
        (b"\xff\xfe\xfd,\x81\n", "无法识别文本编码"),
        (b"[1, 2, 3]", "应为 JSON 对象，实际为列表"),
        (b'{"code": 99991663, "msg": "token invalid", "data": {}}', "code：接口返回了错误：token invalid"),
        (b'{"hello": "world"}', "不是飞书 OKR（v1/v2）或绩效文件"),
        (b'{"periods": 5}', "periods：应为列表，实际为整数"),
    ],
)
def test_files_that_are_not_lark_data_read_in_chinese(
    db: Database, tmp_path: Path, content: bytes, zh_part: str
) -> None:
    path = tmp_path / "input.json"
    path.write_bytes(content)
    with db.transaction() as s:
        importer = LarkImporter(s)
        importer.add_file(path)
        with pytest.raises(InputError) as exc:
            importer.commit()
    zh = exc.value.message("zh")
    assert zh_part in zh, zh
    assert not english_in_zh(exc.value, "token invalid"), zh


def test_warnings_carry_keys_too(db: Database, tmp_path: Path) -> None:
    data = {"user_okrs": [{"user_id": "u_dev", "okr_list": [{"id": "b", "period_id": "p", "permission": 0}]}]}
    path = tmp_path / "skip.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with db.transaction() as s:
        importer = LarkImporter(s)
        importer.add_file(path)
        assert [w.key for w in importer.batch.warnings] == ["problem.lark.no_permission_okr"]
        with pytest.raises(InputError) as exc:
            importer.commit()
    assert "permission：无权读取这组 OKR，已跳过——未导入任何数据" in exc.value.message("zh")
    assert "permission: no permission to read this OKR; skipped — nothing was imported" in exc.value.message(
        "en"
    )


def test_pasted_text_has_a_name_in_both_languages() -> None:
    with pytest.raises(OkrInputError) as exc:
        read_okr_text("   ")
    assert exc.value.problems[0].render("zh") == "粘贴的文本：OKR 内容为空"
    assert exc.value.problems[0].render("en") == "pasted text: the OKR text is empty"
