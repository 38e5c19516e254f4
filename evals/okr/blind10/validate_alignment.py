#!/usr/bin/env python3
"""Validate the blind10 alignment set and write a count header into alignment.yaml.

Usage: python3 validate_alignment.py [path/to/alignment.yaml]
Needs only Python 3 and PyYAML. Exit code 0 = pass, 1 = errors (listed on stderr).
The header (leading '#' lines) is rewritten only when the set passes.
"""
import collections
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PATH = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "alignment.yaml"

LABELS = (None, "ALIGN_WEAK", "ALIGN_NONE", "ALIGN_SUGGESTED")
LABEL_NAME = {None: "null", "ALIGN_WEAK": "ALIGN_WEAK",
              "ALIGN_NONE": "ALIGN_NONE", "ALIGN_SUGGESTED": "ALIGN_SUGGESTED"}
WANT_PER_LANG = {None: 15, "ALIGN_WEAK": 6, "ALIGN_NONE": 4, "ALIGN_SUGGESTED": 5}
LANGS = ("en", "zh")
N_PER_LANG = 30
CASE_KEYS = {"id", "lang", "source", "parents", "objective", "expect", "best_parent", "note"}
PARENT_KEYS = {"id", "title", "key_results"}
OBJ_KEYS = {"id", "title", "key_results", "aligned_to"}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def is_str(x):
    return isinstance(x, str) and x.strip() != ""


def text_lang(s):
    """'zh' if the text contains CJK ideographs, else 'en'."""
    return "zh" if CJK.search(s) else "en"


def check_str_list(cid, what, value, lo, hi):
    if not isinstance(value, list):
        err(cid, f"{what} must be a list")
        return []
    if not lo <= len(value) <= hi:
        err(cid, f"{what} has {len(value)} items, expected {lo}-{hi}")
    for v in value:
        if not is_str(v):
            err(cid, f"{what} item is not a non-empty string: {v!r}")
    return value


def main():
    raw = PATH.read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    if not isinstance(data, list):
        print("top level must be a list of cases", file=sys.stderr)
        return 1

    expected_ids = [f"b10a-{lang}-{i:03d}" for lang in LANGS for i in range(1, N_PER_LANG + 1)]
    ids = [c.get("id") if isinstance(c, dict) else None for c in data]
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = [i for i in ids if i not in expected_ids]
        dup = [i for i, n in collections.Counter(ids).items() if n > 1]
        errors.append(f"ids not the expected ordered sequence; missing={missing} extra={extra} dup={dup}")

    counts = collections.Counter()          # (lang, label)
    weak_null = collections.Counter()       # lang
    two_declared = collections.Counter()    # lang
    cross_lang = collections.Counter()      # lang: cases with >=1 parent in the other language
    parents_with_krs = collections.Counter()
    n_parents = collections.Counter()
    best_pos = collections.Counter()
    titles = set()

    for c in data:
        if not isinstance(c, dict):
            errors.append(f"case is not a mapping: {c!r}")
            continue
        cid = c.get("id", "?")
        keys = set(c)
        if keys != CASE_KEYS:
            err(cid, f"keys {sorted(keys)} != {sorted(CASE_KEYS)}")
        lang = c.get("lang")
        if lang not in LANGS:
            err(cid, f"lang {lang!r} not in {LANGS}")
        elif not str(cid).startswith(f"b10a-{lang}-"):
            err(cid, f"id does not match lang {lang}")
        if c.get("source") != "written":
            err(cid, "source must be 'written'")

        # parents
        parents = c.get("parents")
        pids = []
        if not isinstance(parents, list) or not 2 <= len(parents) <= 6:
            err(cid, "parents must be a list of 2-6 candidates")
            parents = parents if isinstance(parents, list) else []
        n_parents[len(parents)] += 1
        for i, p in enumerate(parents, 1):
            if not isinstance(p, dict) or set(p) != PARENT_KEYS:
                err(cid, f"parent {i} must have exactly keys {sorted(PARENT_KEYS)}")
                continue
            if p["id"] != f"P{i}":
                err(cid, f"parent {i} id {p['id']!r} != 'P{i}'")
            pids.append(p["id"])
            if not is_str(p["title"]):
                err(cid, f"parent {p['id']} title empty")
            krs = check_str_list(cid, f"parent {p['id']} key_results", p["key_results"], 0, 5)
            if krs:
                parents_with_krs[lang] += 1
            if is_str(p["title"]) and lang in LANGS and text_lang(p["title"]) != lang:
                cross_lang[cid] = lang
        if len(set(pids)) != len(pids):
            err(cid, "duplicate parent ids")
        ptitles = [p.get("title") for p in parents if isinstance(p, dict)]
        if len(set(ptitles)) != len(ptitles):
            err(cid, "duplicate parent titles")

        # objective
        obj = c.get("objective")
        if not isinstance(obj, dict) or set(obj) != OBJ_KEYS:
            err(cid, f"objective must have exactly keys {sorted(OBJ_KEYS)}")
            continue
        if not is_str(obj["id"]):
            err(cid, "objective id empty")
        if obj["id"] in pids:
            err(cid, "objective id collides with a parent id")
        if not is_str(obj["title"]):
            err(cid, "objective title empty")
        else:
            if obj["title"] in titles:
                err(cid, "duplicate child objective title across cases")
            titles.add(obj["title"])
        krs = check_str_list(cid, "objective key_results", obj["key_results"], 1, 4)
        if lang == "zh":
            if not is_str(obj["title"]) or text_lang(obj["title"]) != "zh":
                err(cid, "zh case: child title must be written in Chinese")
            if any(is_str(k) and text_lang(k) != "zh" for k in krs):
                err(cid, "zh case: every child KR must contain Chinese")
        elif lang == "en":
            if any(is_str(t) and text_lang(t) != "en" for t in [obj["title"], *krs]):
                err(cid, "en case: child title/KRs must not contain Chinese")
        aligned = obj["aligned_to"]
        if not isinstance(aligned, list):
            err(cid, "aligned_to must be a list")
            aligned = []
        if len(set(aligned)) != len(aligned):
            err(cid, "aligned_to has duplicates")
        for a in aligned:
            if a not in pids:
                err(cid, f"aligned_to {a!r} is not a candidate parent")
        if len(aligned) == len(pids) and pids:
            err(cid, "every candidate is declared; keep at least one undeclared candidate")
        if len(aligned) >= 2:
            two_declared[lang] += 1

        # label consistency
        label, best = c.get("expect"), c.get("best_parent")
        if label not in LABELS:
            err(cid, f"expect {label!r} not in {LABELS}")
            continue
        if best is not None and best not in pids:
            err(cid, f"best_parent {best!r} is not a candidate parent")
        if label is None:
            if not aligned:
                err(cid, "null needs a declared parent")
            if best not in aligned:
                err(cid, "null: best_parent must be one of the declared parents")
        elif label == "ALIGN_WEAK":
            if not aligned:
                err(cid, "ALIGN_WEAK needs a declared parent")
            if best is not None and best in aligned:
                err(cid, "ALIGN_WEAK: best_parent must be an undeclared candidate or null")
            if best is None:
                weak_null[lang] += 1
        elif label == "ALIGN_NONE":
            if aligned:
                err(cid, "ALIGN_NONE: aligned_to must be empty")
            if best is not None:
                err(cid, "ALIGN_NONE: best_parent must be null")
        elif label == "ALIGN_SUGGESTED":
            if aligned:
                err(cid, "ALIGN_SUGGESTED: aligned_to must be empty")
            if best is None:
                err(cid, "ALIGN_SUGGESTED: best_parent must name a candidate")
        if best is not None:
            best_pos[best] += 1
        if lang in LANGS:
            counts[(lang, label)] += 1

        # note
        note = c.get("note")
        if not is_str(note):
            err(cid, "note empty")
        else:
            cjk = len(CJK.findall(note))
            latin = len(re.findall(r"[A-Za-z]", note))
            if latin < 40 or cjk > latin * 0.2:
                err(cid, "note must be written in English (Chinese quotes allowed, sparingly)")

    # set-level checks
    for lang in LANGS:
        for label, n in WANT_PER_LANG.items():
            if counts[(lang, label)] != n:
                errors.append(f"{lang}: {LABEL_NAME[label]} count {counts[(lang, label)]} != {n}")
        if weak_null[lang] < 1:
            errors.append(f"{lang}: needs at least one ALIGN_WEAK with best_parent null")
        if two_declared[lang] < 2:
            errors.append(f"{lang}: needs several cases declaring two parents (have {two_declared[lang]})")
        xl = sum(1 for v in cross_lang.values() if v == lang)
        if xl < 3:
            errors.append(f"{lang}: needs parents in the other language in >= 3 cases (have {xl})")
        if parents_with_krs[lang] < 3:
            errors.append(f"{lang}: needs >= 3 parents with key results (have {parents_with_krs[lang]})")
    total = sum(n_parents.values())
    if total and (n_parents[3] + n_parents[4]) * 2 <= total:
        errors.append(f"most cases should have 3-4 candidates: {dict(n_parents)}")
    nb = sum(best_pos.values())
    if nb and max(best_pos.values()) * 2 > nb:
        errors.append(f"best_parent position too predictable: {dict(best_pos)}")

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1

    # write count header
    def row(lang):
        return " ".join(f"{LABEL_NAME[l]}={counts[(lang, l)]}" for l in LABELS)
    header = [
        "# blind10 alignment set (written by hand; validated by validate_alignment.py)",
        f"# cases: {len(data)}  (en {sum(counts[('en', l)] for l in LABELS)}, zh {sum(counts[('zh', l)] for l in LABELS)})",
        f"# en: {row('en')}  (ALIGN_WEAK with best_parent null: {weak_null['en']})",
        f"# zh: {row('zh')}  (ALIGN_WEAK with best_parent null: {weak_null['zh']})",
        f"# cases declaring two parents: en {two_declared['en']}, zh {two_declared['zh']}",
        f"# cases with a parent in the other language: en {sum(1 for v in cross_lang.values() if v == 'en')}, "
        f"zh {sum(1 for v in cross_lang.values() if v == 'zh')}",
        f"# candidate parents per case: " + ", ".join(f"{k}:{n_parents[k]}" for k in sorted(n_parents)),
        f"# best_parent position: " + ", ".join(f"{k}:{best_pos[k]}" for k in sorted(best_pos)),
        "# licence: CC BY 4.0",
    ]
    body = raw.splitlines()
    while body and (body[0].startswith("#") or not body[0].strip()):
        body.pop(0)
    new = "\n".join(header) + "\n\n" + "\n".join(body) + "\n"
    if yaml.safe_load(new) != data:
        print("internal error: header rewrite changed the data", file=sys.stderr)
        return 1
    PATH.write_text(new, encoding="utf-8")
    print("\n".join(header))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
