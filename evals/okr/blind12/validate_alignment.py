#!/usr/bin/env python3
"""Validate the blind12 OKR alignment set (alignment.yaml next to this file).

Checks the structure, the label / aligned_to / best_parent consistency, the label
counts per language and the composition minimums described in README.md. On
success it rewrites the comment header at the top of alignment.yaml with the
counts and composition. Exit status 0 when the set passes, 1 otherwise.

Usage:
    python3 validate_alignment.py            # check and rewrite the header
    python3 validate_alignment.py --no-write # check only
    python3 validate_alignment.py path/to/alignment.yaml [--no-write]
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.stderr.write("PyYAML is required (pip install pyyaml, or use /work/main/.venv/bin/python)\n")
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PATH = os.path.join(HERE, "alignment.yaml")

LANGS = ("en", "zh")
N_PER_LANG = 30
LABELS = (None, "ALIGN_WEAK", "ALIGN_NONE", "ALIGN_SUGGESTED")
# expected label counts per language
EXPECTED_COUNTS = {None: 15, "ALIGN_WEAK": 6, "ALIGN_NONE": 4, "ALIGN_SUGGESTED": 5}
EXPECTED_WEAK_NULL = 2          # ALIGN_WEAK cases with best_parent null, per language
MIN_TWO_DECLARED = 4            # cases declaring exactly two parents, per language
MIN_OTHER_LANG = 3              # cases with at least one parent in the other language
MIN_PARENTS_WITH_KRS = 5        # parents that show key results, per language
MIN_CANDIDATES, MAX_CANDIDATES = 2, 6
MAX_CHILD_KRS = 4

CASE_KEYS = {"id", "lang", "source", "parents", "objective", "expect", "best_parent", "note"}
PARENT_KEYS = {"id", "title", "key_results"}
OBJECTIVE_KEYS = {"id", "title", "key_results", "aligned_to"}
ID_RE = re.compile(r"^b12a-(en|zh)-(\d{3})$")
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_han(s):
    return bool(HAN_RE.search(s))


def has_cjk(s):
    return bool(CJK_RE.search(s))


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) and i.strip() for i in x)


def label_name(label):
    return "null" if label is None else label


def check(cases):
    errors = []
    if not isinstance(cases, list):
        return ["top level must be a YAML list of cases"], None

    seen_ids = set()
    numbers = {lang: [] for lang in LANGS}
    stats = {lang: {
        "cases": 0,
        "labels": Counter(),
        "weak_null": 0,
        "parents": 0,
        "candidates": Counter(),
        "two_declared": 0,
        "declared": Counter(),
        "other_lang": 0,
        "parents_with_krs": 0,
        "best_pos": Counter(),
        "child_krs": Counter(),
    } for lang in LANGS}

    for idx, c in enumerate(cases):
        where = f"case #{idx + 1}"
        if not isinstance(c, dict):
            errors.append(f"{where}: not a mapping")
            continue
        cid = c.get("id")
        if isinstance(cid, str):
            where = cid
        keys = set(c.keys())
        if keys != CASE_KEYS:
            errors.append(f"{where}: keys {sorted(keys)} != {sorted(CASE_KEYS)}")
            continue

        # id, lang
        m = ID_RE.match(cid) if isinstance(cid, str) else None
        if not m:
            errors.append(f"{where}: id does not match b12a-(en|zh)-NNN")
            continue
        if cid in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(cid)
        lang = m.group(1)
        numbers[lang].append(int(m.group(2)))
        if c["lang"] != lang:
            errors.append(f"{where}: lang {c['lang']!r} does not match the id")
            continue
        st = stats[lang]
        st["cases"] += 1

        if c["source"] != "written":
            errors.append(f"{where}: source must be 'written'")

        # parents
        parents = c["parents"]
        pids = []
        if not isinstance(parents, list) or not (MIN_CANDIDATES <= len(parents) <= MAX_CANDIDATES):
            errors.append(f"{where}: parents must be a list of {MIN_CANDIDATES}-{MAX_CANDIDATES}")
            parents = parents if isinstance(parents, list) else []
        for i, p in enumerate(parents, 1):
            if not isinstance(p, dict) or set(p.keys()) != PARENT_KEYS:
                errors.append(f"{where}: parent {i} keys must be {sorted(PARENT_KEYS)}")
                continue
            if p["id"] != f"P{i}":
                errors.append(f"{where}: parent {i} id {p['id']!r} should be P{i}")
            pids.append(p["id"])
            if not isinstance(p["title"], str) or not p["title"].strip():
                errors.append(f"{where}: parent {p['id']} title must be a non-empty string")
            if not isinstance(p["key_results"], list) or (p["key_results"] and not is_str_list(p["key_results"])):
                errors.append(f"{where}: parent {p['id']} key_results must be a list of strings")
            elif p["key_results"]:
                st["parents_with_krs"] += 1
        st["parents"] += len(parents)
        st["candidates"][len(parents)] += 1

        # other-language parents
        def parent_is_zh(p):
            return isinstance(p, dict) and isinstance(p.get("title"), str) and has_han(p["title"])
        if lang == "en":
            other = any(parent_is_zh(p) for p in parents)
        else:
            other = any(isinstance(p, dict) and not parent_is_zh(p) for p in parents)
        if other:
            st["other_lang"] += 1

        # objective
        obj = c["objective"]
        if not isinstance(obj, dict) or set(obj.keys()) != OBJECTIVE_KEYS:
            errors.append(f"{where}: objective keys must be {sorted(OBJECTIVE_KEYS)}")
            continue
        if obj["id"] != "O1":
            errors.append(f"{where}: objective id should be O1")
        title, krs = obj["title"], obj["key_results"]
        if not isinstance(title, str) or not title.strip():
            errors.append(f"{where}: objective title must be a non-empty string")
            title = ""
        if not is_str_list(krs) or not (1 <= len(krs) <= MAX_CHILD_KRS):
            errors.append(f"{where}: objective key_results must be 1-{MAX_CHILD_KRS} strings")
            krs = [k for k in krs if isinstance(k, str)] if isinstance(krs, list) else []
        st["child_krs"][len(krs)] += 1
        texts = [title] + list(krs)
        if lang == "zh":
            for t in texts:
                if not has_han(t):
                    errors.append(f"{where}: zh child text without Chinese: {t!r}")
        else:
            for t in texts:
                if has_cjk(t):
                    errors.append(f"{where}: en child text contains CJK: {t!r}")

        aligned = obj["aligned_to"]
        if not isinstance(aligned, list) or not all(isinstance(a, str) for a in aligned):
            errors.append(f"{where}: aligned_to must be a list of parent ids")
            aligned = []
        if len(set(aligned)) != len(aligned):
            errors.append(f"{where}: aligned_to has duplicates")
        for a in aligned:
            if a not in pids:
                errors.append(f"{where}: aligned_to {a} is not a listed parent")
        st["declared"][len(aligned)] += 1
        if len(aligned) == 2:
            st["two_declared"] += 1

        # note
        note = c["note"]
        if not isinstance(note, str) or len(note.strip()) < 20:
            errors.append(f"{where}: note must be a sentence or more")
        elif has_cjk(note):
            errors.append(f"{where}: note must be in English (no CJK characters)")

        # label consistency
        label, best = c["expect"], c["best_parent"]
        if label not in LABELS:
            errors.append(f"{where}: expect {label!r} not in {LABELS}")
            continue
        if best is not None and best not in pids:
            errors.append(f"{where}: best_parent {best!r} is not a listed parent")
        st["labels"][label] += 1
        if best is not None and best in pids:
            st["best_pos"][best] += 1
        if label is None:
            if not aligned or best is None or best not in aligned:
                errors.append(f"{where}: null needs a declared best_parent")
        elif label == "ALIGN_WEAK":
            if not aligned:
                errors.append(f"{where}: ALIGN_WEAK needs declared parents")
            if best is not None and best in aligned:
                errors.append(f"{where}: ALIGN_WEAK best_parent must be undeclared or null")
            if best is None:
                st["weak_null"] += 1
        elif label == "ALIGN_NONE":
            if aligned or best is not None:
                errors.append(f"{where}: ALIGN_NONE needs nothing declared and best_parent null")
        elif label == "ALIGN_SUGGESTED":
            if aligned or best is None:
                errors.append(f"{where}: ALIGN_SUGGESTED needs nothing declared and a best_parent")

    # ids: no gaps
    for lang in LANGS:
        nums = sorted(numbers[lang])
        if nums != list(range(1, N_PER_LANG + 1)):
            missing = sorted(set(range(1, N_PER_LANG + 1)) - set(nums))
            extra = sorted(set(nums) - set(range(1, N_PER_LANG + 1)))
            errors.append(f"{lang}: ids must be 001-{N_PER_LANG:03d} without gaps (missing {missing}, extra {extra})")

    # counts and composition per language
    for lang in LANGS:
        st = stats[lang]
        for label, n in EXPECTED_COUNTS.items():
            if st["labels"][label] != n:
                errors.append(f"{lang}: {label_name(label)} count {st['labels'][label]} != {n}")
        if st["weak_null"] != EXPECTED_WEAK_NULL:
            errors.append(f"{lang}: ALIGN_WEAK with best_parent null {st['weak_null']} != {EXPECTED_WEAK_NULL}")
        if st["two_declared"] < MIN_TWO_DECLARED:
            errors.append(f"{lang}: only {st['two_declared']} cases declare two parents (min {MIN_TWO_DECLARED})")
        if st["other_lang"] < MIN_OTHER_LANG:
            errors.append(f"{lang}: only {st['other_lang']} cases with an other-language parent (min {MIN_OTHER_LANG})")
        if st["parents_with_krs"] < MIN_PARENTS_WITH_KRS:
            errors.append(f"{lang}: only {st['parents_with_krs']} parents with key results (min {MIN_PARENTS_WITH_KRS})")
        mid = sum(v for k, v in st["candidates"].items() if 3 <= k <= 5)
        if st["cases"] and mid * 2 <= st["cases"]:
            errors.append(f"{lang}: most cases should have 3-5 candidates ({mid}/{st['cases']})")
        for p in ("P1", "P2", "P3", "P4", "P5"):
            if st["best_pos"][p] == 0:
                errors.append(f"{lang}: best_parent never at {p}")
        if st["best_pos"]:
            top = max(st["best_pos"].values())
            total = sum(st["best_pos"].values())
            if top * 3 > total:
                errors.append(f"{lang}: best_parent positions too concentrated {dict(st['best_pos'])}")
    return errors, stats


def fmt_counter(c, order=None):
    keys = order if order is not None else sorted(c)
    return ", ".join(f"{k}: {c[k]}" for k in keys if c[k])


def header(stats):
    lines = [
        "# blind12 OKR alignment set -- hand-written blind evaluation cases (see README.md)",
        "# This header is generated by validate_alignment.py; edit the cases, not the header.",
    ]
    total = sum(stats[l]["cases"] for l in LANGS)
    per_lang = ", ".join("%s: %d" % (l, stats[l]["cases"]) for l in LANGS)
    lines.append(f"# cases: {total} ({per_lang})")
    for l in LANGS:
        st = stats[l]
        lab = st["labels"]
        lines.append(
            f"# [{l}] labels: null {lab[None]}, ALIGN_WEAK {lab['ALIGN_WEAK']} "
            f"(best_parent null: {st['weak_null']}), ALIGN_NONE {lab['ALIGN_NONE']}, "
            f"ALIGN_SUGGESTED {lab['ALIGN_SUGGESTED']}")
        lines.append(
            f"# [{l}] parents: {st['parents']}; candidates per case: {fmt_counter(st['candidates'])}")
        lines.append(
            f"# [{l}] declared per case: {fmt_counter(st['declared'])}; two declared parents: "
            f"{st['two_declared']}; other-language parent: {st['other_lang']}; parents with KRs: "
            f"{st['parents_with_krs']}")
        lines.append(
            f"# [{l}] best_parent positions: "
            f"{fmt_counter(st['best_pos'], ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'])}; child KRs per case: "
            f"{fmt_counter(st['child_krs'])}")
    return "\n".join(lines) + "\n"


def strip_header(text):
    out = text.splitlines(keepends=True)
    i = 0
    while i < len(out) and (out[i].startswith("#") or not out[i].strip()):
        i += 1
    return "".join(out[i:])


def main(argv):
    write = "--no-write" not in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = paths[0] if paths else DEFAULT_PATH
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
            print("  -", e)
        return 1
    head = header(stats)
    print(head, end="")
    if write:
        with open(path, "w", encoding="utf-8") as f:
            f.write(head + "\n" + strip_header(text))
        print(f"OK: {path} passes; header rewritten")
    else:
        print(f"OK: {path} passes (--no-write)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
