#!/usr/bin/env python3
"""Validate blind set blind27 (notes_en.yaml, notes_zh.yaml). Python 3 + PyYAML only.

Checks structure, ids, exact-substring flags, overlaps, categories/subtypes, target
counts, and that the comment header of each file states the real counts.
Exit code 0 when everything passes.
"""
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CATEGORIES = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}
N_NOTES = 45
N_CLEAN = 15
FLAGS_RANGE = (55, 72)          # "about 60 flags per language"
BIASED_SHARE = (0.28, 0.40)     # "biased about one third"
# Example phrases quoted in the label definitions; they must not be reused as flag text.
BRIEF_EXAMPLES = {
    "good attitude", "too old to learn", "needs to be more proactive", "great team player",
    "not strategic enough", "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "for a woman", "bossy", "has kids so can't travel", "not a native speaker so",
    "his depression", "not leadership material", "not a culture fit", "never meets deadlines",
    "不够主动", "女生就是细心", "态度不错", "能力一般", "有待提高", "脾气差", "性格太内向",
    "情商低", "玻璃心", "年轻人就是浮躁", "35 岁了", "刚生完孩子精力不够", "外地人",
    "有乙肝", "不像做管理的料", "每次都迟到",
}
CJK = re.compile(r"[\u4e00-\u9fff]")


def parse_header(path):
    """Read 'key=value' pairs from the '# counts' and '# biased subtypes' header lines."""
    header = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith("#"):
        return None
    for line in lines:
        if not line.startswith("#"):
            break
        low = line.lower()
        if low.startswith("# counts") or low.startswith("# biased subtypes"):
            for k, v in re.findall(r"(\w+)=(\d+)", line):
                header[k] = int(v)
        if "licence" in low or "license" in low:
            header["_licence"] = 1
    return header


def check_file(lang, errors):
    path = HERE / f"notes_{lang}.yaml"
    err = lambda msg: errors.append(f"{path.name}: {msg}")
    if not path.exists():
        err("missing")
        return
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        err("top level is not a list")
        return
    if len(data) != N_NOTES:
        err(f"{len(data)} records, expected {N_NOTES}")

    cats, subs = Counter(), Counter()
    n_clean = n_flags = 0
    seen_notes = set()
    for i, rec in enumerate(data, 1):
        exp_id = f"b27n-{lang}-{i:03d}"
        rid = rec.get("id") if isinstance(rec, dict) else None
        where = rid or f"record {i}"
        if not isinstance(rec, dict):
            err(f"{where}: not a mapping")
            continue
        missing = REQUIRED_KEYS - rec.keys()
        extra = rec.keys() - RECORD_KEYS
        if missing:
            err(f"{where}: missing keys {sorted(missing)}")
        if extra:
            err(f"{where}: unknown keys {sorted(extra)}")
        if rid != exp_id:
            err(f"{where}: id should be {exp_id}")
        if rec.get("lang") != lang:
            err(f"{where}: lang should be {lang}")
        role = rec.get("employee_role")
        if not isinstance(role, str) or len(role.strip()) < 5:
            err(f"{where}: employee_role empty or too short")
        note = rec.get("note")
        if not isinstance(note, str) or len(note.strip()) < 20:
            err(f"{where}: note empty or too short")
            continue
        if note in seen_notes:
            err(f"{where}: duplicate note text")
        seen_notes.add(note)
        if lang == "zh" and len(CJK.findall(note)) < 20:
            err(f"{where}: zh note has too few Chinese characters")
        if lang == "en" and CJK.search(note):
            err(f"{where}: en note contains Chinese characters")
        if "why" in rec and not (isinstance(rec["why"], str) and rec["why"].strip()):
            err(f"{where}: why must be a non-empty string")
        flags = rec.get("flags")
        if not isinstance(flags, list):
            err(f"{where}: flags must be a list")
            continue
        if not flags:
            n_clean += 1
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                err(f"{where}: flag is not a mapping: {f!r}")
                continue
            fkeys = set(f.keys())
            if not fkeys <= {"text", "category", "subtype"}:
                err(f"{where}: flag has unknown keys {sorted(fkeys - {'text', 'category', 'subtype'})}")
            text, cat = f.get("text"), f.get("category")
            if not isinstance(text, str) or not text:
                err(f"{where}: flag text empty")
                continue
            if text != text.strip():
                err(f"{where}: flag text has leading/trailing whitespace: {text!r}")
            if cat not in CATEGORIES:
                err(f"{where}: bad category {cat!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err(f"{where}: biased flag {text!r} needs subtype in {sorted(SUBTYPES)}")
                else:
                    subs[f["subtype"]] += 1
            elif "subtype" in f:
                err(f"{where}: subtype only allowed on biased flags ({text!r})")
            count = note.count(text)
            if count != 1:
                err(f"{where}: flag text {text!r} occurs {count} times in note (need exactly 1)")
                continue
            if text.lower() in BRIEF_EXAMPLES:
                err(f"{where}: flag text {text!r} copies an example phrase from the brief")
            start = note.index(text)
            spans.append((start, start + len(text), text))
            cats[cat] += 1
            n_flags += 1
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                err(f"{where}: flags overlap: {t1!r} / {t2!r}")

    # Target counts
    if n_clean != N_CLEAN:
        err(f"{n_clean} clean notes, expected {N_CLEAN}")
    if not FLAGS_RANGE[0] <= n_flags <= FLAGS_RANGE[1]:
        err(f"{n_flags} flags, expected {FLAGS_RANGE[0]}-{FLAGS_RANGE[1]}")
    for c in CATEGORIES:
        if cats[c] == 0:
            err(f"no flags of category {c}")
    share = cats["biased"] / n_flags if n_flags else 0
    if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
        err(f"biased share {share:.2f} outside {BIASED_SHARE}")
    for s in SUBTYPES:
        if subs[s] == 0:
            err(f"biased subtype {s} missing")

    # Header must state the real counts and a licence
    actual = {"notes": len(data), "clean": n_clean, "flagged": len(data) - n_clean,
              "flags": n_flags, **{c: cats[c] for c in CATEGORIES}, **{s: subs[s] for s in SUBTYPES}}
    header = parse_header(path)
    if header is None:
        err("file does not open with a comment header")
    else:
        if "_licence" not in header:
            err("header does not state a licence")
        for k, v in actual.items():
            if header.get(k) != v:
                err(f"header says {k}={header.get(k)}, actual {v}")

    print(f"{path.name}: notes={len(data)} clean={n_clean} flags={n_flags} "
          + " ".join(f"{c}={cats[c]}" for c in sorted(CATEGORIES))
          + f" biased_share={share:.2f} | " + " ".join(f"{s}={subs[s]}" for s in sorted(SUBTYPES)))


def main():
    errors = []
    for lang in ("en", "zh"):
        check_file(lang, errors)
    if not (HERE / "LABELS.md").exists():
        errors.append("LABELS.md missing")
    if errors:
        print(f"\nFAIL ({len(errors)} problems)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
