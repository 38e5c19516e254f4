#!/usr/bin/env python3
"""Validate the blind13 alignment evaluation set (alignment.yaml).

Usage:
    python3 validate_alignment.py            # check, and on success rewrite the header comment
    python3 validate_alignment.py --no-write # check only
    python3 validate_alignment.py path/to/alignment.yaml [--no-write]

Exit status 0 when the set passes, 1 otherwise.
"""
import collections
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.stderr.write("PyYAML is required (try /work/main/.venv/bin/python)\n")
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PATH = os.path.join(HERE, "alignment.yaml")

CASE_KEYS = {"id", "lang", "source", "parents", "objective", "expect", "best_parent", "note"}
PARENT_KEYS = {"id", "title", "key_results"}
OBJECTIVE_KEYS = {"id", "title", "key_results", "aligned_to"}
LABELS = [None, "ALIGN_WEAK", "ALIGN_NONE", "ALIGN_SUGGESTED"]
ID_RE = re.compile(r"^b13a-(en|zh)-(\d{3})$")
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
PER_LANG = 30

# Required label counts per language.
EXPECTED_COUNTS = {None: 15, "ALIGN_WEAK": 6, "ALIGN_NONE": 4, "ALIGN_SUGGESTED": 5}
EXPECTED_WEAK_NULL = 2

# Composition minimums per language.
MIN_TWO_DECLARED = 4
MIN_OTHER_LANG = 3
MIN_PARENTS_WITH_KRS = 5
MIN_DISTINCT_BEST_POS = 4          # per language
REQUIRED_BEST_POS_OVERALL = {1, 2, 3, 4, 5}


def has_cjk(s):
    return bool(CJK_RE.search(s))


def label_name(x):
    return "null" if x is None else x


def is_english_note(s):
    if not isinstance(s, str) or len(s.strip()) < 40:
        return False
    if has_cjk(s):
        return False
    letters = [ch for ch in s if ch.isalpha()]
    ascii_letters = [ch for ch in letters if ch.isascii()]
    return bool(letters) and len(ascii_letters) / len(letters) > 0.97


def other_language_parent(case):
    """True when at least one candidate parent is written in the other language."""
    for p in case["parents"]:
        text = p["title"] + " " + " ".join(p["key_results"])
        if case["lang"] == "en" and has_cjk(text):
            return True
        if case["lang"] == "zh" and not has_cjk(p["title"]):
            return True
    return False


def check(cases):
    errors = []
    err = errors.append

    if not isinstance(cases, list):
        return ["top level must be a YAML list"], None

    seen = set()
    by_lang = collections.defaultdict(list)
    for i, case in enumerate(cases):
        where = f"case #{i + 1}"
        if not isinstance(case, dict):
            err(f"{where}: not a mapping")
            continue
        cid = case.get("id")
        where = f"{cid or where}"
        keys = set(case)
        if keys != CASE_KEYS:
            err(f"{where}: keys {sorted(keys)} != {sorted(CASE_KEYS)}")
            continue
        m = ID_RE.match(str(cid))
        if not m:
            err(f"{where}: id does not match b13a-(en|zh)-NNN")
            continue
        if cid in seen:
            err(f"{where}: duplicate id")
        seen.add(cid)
        if case["lang"] != m.group(1):
            err(f"{where}: lang {case['lang']!r} does not match the id")
        if case["source"] != "written":
            err(f"{where}: source must be 'written'")

        # parents
        parents = case["parents"]
        if not isinstance(parents, list) or not 2 <= len(parents) <= 6:
            err(f"{where}: needs 2-6 parents")
            continue
        pids = []
        bad_parent = False
        for j, p in enumerate(parents):
            if not isinstance(p, dict) or set(p) != PARENT_KEYS:
                err(f"{where}: parent #{j + 1} keys must be {sorted(PARENT_KEYS)}")
                bad_parent = True
                continue
            if p["id"] != f"P{j + 1}":
                err(f"{where}: parent #{j + 1} id is {p['id']!r}, expected P{j + 1}")
            if not isinstance(p["title"], str) or not p["title"].strip():
                err(f"{where}: parent {p['id']} title must be a non-empty string")
                bad_parent = True
            krs = p["key_results"]
            if not isinstance(krs, list) or not all(isinstance(k, str) and k.strip() for k in krs):
                err(f"{where}: parent {p['id']} key_results must be a list of non-empty strings")
                bad_parent = True
            pids.append(p["id"])
        if bad_parent:
            continue
        if len(set(p["title"] for p in parents)) != len(parents):
            err(f"{where}: duplicate parent titles")

        # objective
        obj = case["objective"]
        if not isinstance(obj, dict) or set(obj) != OBJECTIVE_KEYS:
            err(f"{where}: objective keys must be {sorted(OBJECTIVE_KEYS)}")
            continue
        if obj["id"] != "O1":
            err(f"{where}: objective id must be O1")
        if not isinstance(obj["title"], str) or not obj["title"].strip():
            err(f"{where}: objective title must be a non-empty string")
            continue
        okrs = obj["key_results"]
        if not isinstance(okrs, list) or not 1 <= len(okrs) <= 4 or not all(isinstance(k, str) and k.strip() for k in okrs):
            err(f"{where}: objective needs 1-4 key results (non-empty strings)")
            continue
        texts = [obj["title"]] + okrs
        if case["lang"] == "zh":
            for t in texts:
                if not has_cjk(t):
                    err(f"{where}: zh child text without Chinese: {t!r}")
        else:
            for t in texts:
                if has_cjk(t):
                    err(f"{where}: en child text contains Chinese: {t!r}")

        aligned = obj["aligned_to"]
        if not isinstance(aligned, list) or len(set(aligned)) != len(aligned):
            err(f"{where}: aligned_to must be a list without duplicates")
            continue
        for a in aligned:
            if a not in pids:
                err(f"{where}: aligned_to refers to unknown parent {a!r}")

        # note
        if not is_english_note(case["note"]):
            err(f"{where}: note must be English text (no Chinese, at least 40 characters)")

        # label consistency
        exp, best = case["expect"], case["best_parent"]
        if exp not in LABELS:
            err(f"{where}: expect {exp!r} not in {[label_name(x) for x in LABELS]}")
            continue
        if best is not None and best not in pids:
            err(f"{where}: best_parent {best!r} is not a listed parent")
            continue
        if exp is None:
            if not aligned or best not in aligned:
                err(f"{where}: null needs best_parent among the declared parents")
        elif exp == "ALIGN_WEAK":
            if not aligned:
                err(f"{where}: ALIGN_WEAK needs declared parents")
            if best is not None and best in aligned:
                err(f"{where}: ALIGN_WEAK best_parent must be undeclared or null")
        elif exp == "ALIGN_NONE":
            if aligned or best is not None:
                err(f"{where}: ALIGN_NONE needs nothing declared and best_parent null")
        elif exp == "ALIGN_SUGGESTED":
            if aligned or best is None:
                err(f"{where}: ALIGN_SUGGESTED needs nothing declared and a best_parent")
        if best is not None and not re.search(r"\b%s\b" % re.escape(best), case["note"]):
            err(f"{where}: note does not mention best_parent {best}")

        by_lang[case["lang"]].append(case)

    # ids complete, no gaps
    for lang in ("en", "zh"):
        want = {f"b13a-{lang}-{n:03d}" for n in range(1, PER_LANG + 1)}
        have = {c["id"] for c in cases if isinstance(c, dict) and str(c.get("id", "")).startswith(f"b13a-{lang}-")}
        if have != want:
            missing = sorted(want - have)
            extra = sorted(have - want)
            err(f"{lang}: ids incomplete (missing {missing[:5]}, extra {extra[:5]})")
    order = [c.get("id") for c in cases if isinstance(c, dict)]
    if order != sorted(order, key=lambda s: (s[5:7], s)):
        err("cases are not in id order (en 001-030, then zh 001-030)")

    if errors:
        return errors, None

    stats = {}
    best_pos_all = set()
    for lang in ("en", "zh"):
        cs = by_lang[lang]
        counts = collections.Counter(c["expect"] for c in cs)
        weak_null = sum(1 for c in cs if c["expect"] == "ALIGN_WEAK" and c["best_parent"] is None)
        for lab, n in EXPECTED_COUNTS.items():
            if counts.get(lab, 0) != n:
                err(f"{lang}: {label_name(lab)} count {counts.get(lab, 0)} != {n}")
        if weak_null != EXPECTED_WEAK_NULL:
            err(f"{lang}: ALIGN_WEAK with best_parent null = {weak_null} != {EXPECTED_WEAK_NULL}")
        ncand = collections.Counter(len(c["parents"]) for c in cs)
        mid = sum(v for k, v in ncand.items() if 3 <= k <= 5)
        if mid * 2 <= len(cs):
            err(f"{lang}: most cases should have 3-5 candidates (have {mid}/{len(cs)})")
        two = sum(1 for c in cs if len(c["objective"]["aligned_to"]) == 2)
        if two < MIN_TWO_DECLARED:
            err(f"{lang}: {two} cases declare two parents, need >= {MIN_TWO_DECLARED}")
        other = sum(1 for c in cs if other_language_parent(c))
        if other < MIN_OTHER_LANG:
            err(f"{lang}: {other} cases with an other-language parent, need >= {MIN_OTHER_LANG}")
        pkr = sum(1 for c in cs for p in c["parents"] if p["key_results"])
        if pkr < MIN_PARENTS_WITH_KRS:
            err(f"{lang}: {pkr} parents with key results, need >= {MIN_PARENTS_WITH_KRS}")
        pos = collections.Counter(int(c["best_parent"][1:]) for c in cs if c["best_parent"])
        if len(pos) < MIN_DISTINCT_BEST_POS:
            err(f"{lang}: best_parent occupies only positions {sorted(pos)}")
        best_pos_all |= set(pos)
        stats[lang] = dict(
            cases=len(cs), counts=counts, weak_null=weak_null, ncand=ncand, two=two,
            other=other, pkr=pkr, parents=sum(len(c["parents"]) for c in cs), pos=pos,
        )
    if not REQUIRED_BEST_POS_OVERALL <= best_pos_all:
        err(f"best_parent positions overall {sorted(best_pos_all)} do not cover P1..P5")
    return errors, stats


def header(stats):
    lines = [
        "# blind13 alignment evaluation set (hand-written, blind). Generated header: do not edit by hand;",
        "# validate_alignment.py rewrites it after a successful check.",
        "#",
        "# lang | cases | null | ALIGN_WEAK (best null) | ALIGN_NONE | ALIGN_SUGGESTED | parents | 2 declared | other-lang parent | parents with KRs",
    ]
    for lang in ("en", "zh"):
        s = stats[lang]
        c = s["counts"]
        lines.append(
            f"# {lang}   | {s['cases']}    | {c.get(None, 0)}   | {c.get('ALIGN_WEAK', 0)} ({s['weak_null']})"
            f"                  | {c.get('ALIGN_NONE', 0)}          | {c.get('ALIGN_SUGGESTED', 0)}               "
            f"| {s['parents']}     | {s['two']}          | {s['other']}                 | {s['pkr']}"
        )
    lines.append("#")
    for lang in ("en", "zh"):
        s = stats[lang]
        dist = ", ".join(f"{k}:{s['ncand'][k]}" for k in sorted(s["ncand"]))
        pos = ", ".join(f"P{k}:{s['pos'][k]}" for k in sorted(s["pos"]))
        lines.append(f"# {lang} candidate-count distribution: {dist}")
        lines.append(f"# {lang} best_parent positions: {pos}")
    total = stats["en"]["cases"] + stats["zh"]["cases"]
    lines.append(f"# total cases: {total}")
    return "\n".join(lines) + "\n"


def rewrite_header(path, text, stats):
    body_lines = text.splitlines(keepends=True)
    k = 0
    while k < len(body_lines) and (body_lines[k].startswith("#") or not body_lines[k].strip()):
        k += 1
    new = header(stats) + "\n" + "".join(body_lines[k:])
    if new != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)


def main(argv):
    no_write = "--no-write" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else DEFAULT_PATH
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        cases = yaml.safe_load(text)
    except yaml.YAMLError as e:
        print(f"FAIL: YAML error: {e}")
        return 1
    errors, stats = check(cases)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print(header(stats), end="")
    if not no_write:
        rewrite_header(path, text, stats)
        print(f"OK: {path} passes; header rewritten")
    else:
        print(f"OK: {path} passes (--no-write)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
