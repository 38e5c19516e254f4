#!/usr/bin/env python3
"""Validate the sbi27 blind set (structure, exact spans, counts).

Usage:  python3 validate.py            (run from anywhere; needs Python 3 + PyYAML)
Exit code 0 = all checks pass, 1 = at least one error (listed on stderr).
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_PER_LANG = 30
CJK = re.compile(r"[\u3400-\u9fff]")
ABBREV = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|vs|etc|e\.g|i\.e|approx|No)\.$")

# Bands for the whole set (targets from the brief, with tolerance).
BANDS = {
    "share_SBI": (0.28, 0.40),      # about 1/3
    "share_B": (0.15, 0.25),        # about 1/5
    "share_BI": (0.15, 0.32),       # rest split between B+I and S+B
    "share_SB": (0.15, 0.32),
    "share_negative": (0.15, 0.25), # about 1 in 5
    "judgements": (32, 48),         # about 40
    "mean_obs_per_note": (2.0, 3.0),
    "share_notes_2_3_obs": (0.70, 1.0),
}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def occurrences(hay, needle):
    """All start positions of needle in hay, overlapping ones included."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def count_sentences(note):
    """Sentences or bullets: one per line, split further at sentence-final
    punctuation (。！？!? always; '.' only before whitespace/end and not after
    a common abbreviation)."""
    n = 0
    for line in note.splitlines():
        line = re.sub(r"^\s*(?:[-*•·]|\d+[.、)]|[一二三四五六七八九十]+、)\s*", "", line).strip()
        if not line:
            continue
        parts, buf = [], ""
        i = 0
        while i < len(line):
            ch = line[i]
            buf += ch
            if ch in "。！？!?":
                parts.append(buf)
                buf = ""
            elif ch == "." and (i + 1 == len(line) or line[i + 1].isspace()):
                if not ABBREV.search(buf):
                    parts.append(buf)
                    buf = ""
            i += 1
        parts.append(buf)
        n += sum(1 for p in parts if re.search(r"[A-Za-z0-9\u3400-\u9fff]", p))
    return n


def kind(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "SBI", (False, False): "B", (False, True): "BI", (True, False): "SB"}[(s, i)]


def check_span(where, note, text, label):
    if not isinstance(text, str) or not text:
        err(where, f"{label} must be a non-empty string, got {text!r}")
        return None
    if text != text.strip():
        err(where, f"{label} has leading/trailing whitespace: {text!r}")
    occ = occurrences(note, text)
    if len(occ) != 1:
        err(where, f"{label} occurs {len(occ)} times in note (must be exactly 1): {text!r}")
        return None
    return (occ[0], occ[0] + len(text))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    all_ids = []
    stats = {lang: {"notes": 0, "obs": 0, "SBI": 0, "B": 0, "BI": 0, "SB": 0,
                    "judgements": 0, "neg": 0, "obs_hist": {}} for lang in FILES}
    n_obs_by_id = {}

    for lang, fname in FILES.items():
        path = os.path.join(HERE, fname)
        try:
            with open(path, encoding="utf-8") as fh:
                data = yaml.safe_load(fh)
        except Exception as e:  # noqa: BLE001
            err(fname, f"cannot load: {e}")
            continue
        if not isinstance(data, list):
            err(fname, "top level must be a list of records")
            continue
        expected = [f"s27-{lang}-{i:03d}" for i in range(1, N_PER_LANG + 1)]
        ids = [r.get("id") if isinstance(r, dict) else None for r in data]
        if ids != expected:
            err(fname, f"ids must be exactly {expected[0]} ... {expected[-1]} in order; got {ids}")
        for rec in data:
            if not isinstance(rec, dict):
                err(fname, f"record is not a mapping: {rec!r}")
                continue
            rid = rec.get("id", "?")
            where = f"{fname}:{rid}"
            all_ids.append(rid)
            keys = {"id", "lang", "employee_role", "note", "observations", "judgements"}
            if set(rec) != keys:
                err(where, f"keys must be {sorted(keys)}, got {sorted(rec)}")
            if rec.get("lang") != lang:
                err(where, f"lang must be {lang!r}")
            if not isinstance(rec.get("employee_role"), str) or not rec["employee_role"].strip():
                err(where, "employee_role must be a non-empty string")
            note = rec.get("note")
            if not isinstance(note, str) or not note.strip():
                err(where, "note must be a non-empty string")
                continue
            n_cjk = len(CJK.findall(note))
            if lang == "zh" and n_cjk < 20:
                err(where, "Chinese note has too few CJK characters")
            if lang == "en" and n_cjk > 0:
                err(where, "English note contains CJK characters")
            ns = count_sentences(note)
            if not 2 <= ns <= 6:
                err(where, f"note has {ns} sentences/bullets (must be 2-6)")

            obs = rec.get("observations")
            if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
                err(where, "observations must be a list of 1-4 items")
                continue
            n_obs_by_id[rid] = len(obs)
            st = stats[lang]
            st["notes"] += 1
            st["obs"] += len(obs)
            st["obs_hist"][len(obs)] = st["obs_hist"].get(len(obs), 0) + 1
            obs_spans = []
            beh_starts = []
            beh_spans = []
            for k, o in enumerate(obs, 1):
                ow = f"{where} obs{k}"
                if not isinstance(o, dict) or set(o) != {"behaviour", "situation", "impact"}:
                    err(ow, "observation must have exactly behaviour, situation, impact")
                    continue
                spans = {}
                for label in ("behaviour", "situation", "impact"):
                    v = o[label]
                    if v is None:
                        if label == "behaviour":
                            err(ow, "behaviour must not be null")
                        continue
                    sp = check_span(ow, note, v, label)
                    if sp:
                        spans[label] = sp
                labels = list(spans)
                for a in range(len(labels)):
                    for b in range(a + 1, len(labels)):
                        if overlap(spans[labels[a]], spans[labels[b]]):
                            err(ow, f"{labels[a]} and {labels[b]} overlap")
                if "behaviour" in spans:
                    for j, other in enumerate(beh_spans, 1):
                        if overlap(spans["behaviour"], other):
                            err(ow, f"behaviour overlaps behaviour of obs{j}")
                    beh_spans.append(spans["behaviour"])
                    beh_starts.append(spans["behaviour"][0])
                obs_spans.extend(spans.values())
                if o["behaviour"] is not None:
                    st[kind(o)] += 1
            if beh_starts != sorted(beh_starts):
                err(where, "observations are not in order of appearance of the behaviour")

            judg = rec.get("judgements")
            if not isinstance(judg, list):
                err(where, "judgements must be a list ([] when none)")
                continue
            st["judgements"] += len(judg)
            jspans = []
            for j in judg:
                sp = check_span(where, note, j, "judgement")
                if not sp:
                    continue
                for osp in obs_spans:
                    if overlap(sp, osp):
                        err(where, f"judgement overlaps an observation span: {j!r}")
                for other in jspans:
                    if overlap(sp, other):
                        err(where, f"judgements overlap each other: {j!r}")
                jspans.append(sp)

    # negatives.yaml
    npath = os.path.join(HERE, "negatives.yaml")
    try:
        with open(npath, encoding="utf-8") as fh:
            neg = yaml.safe_load(fh)
    except Exception as e:  # noqa: BLE001
        err("negatives.yaml", f"cannot load: {e}")
        neg = {}
    if not isinstance(neg, dict):
        err("negatives.yaml", "must be a mapping id -> list of indices")
        neg = {}
    if set(neg) != set(all_ids):
        missing = sorted(set(all_ids) - set(neg))
        extra = sorted(set(neg) - set(all_ids))
        err("negatives.yaml", f"keys must be exactly the note ids; missing={missing} extra={extra}")
    for rid, idx in neg.items():
        if not isinstance(idx, list) or any(not isinstance(x, int) for x in idx):
            err("negatives.yaml", f"{rid}: value must be a list of ints")
            continue
        if idx != sorted(set(idx)):
            err("negatives.yaml", f"{rid}: indices must be unique and ascending")
        n = n_obs_by_id.get(rid, 0)
        for x in idx:
            if not 1 <= x <= n:
                err("negatives.yaml", f"{rid}: index {x} out of range 1..{n}")
        lang = rid.split("-")[1] if rid.count("-") == 2 else None
        if lang in stats:
            stats[lang]["neg"] += len(idx)

    # counts
    tot = {k: sum(stats[l][k] for l in stats) for k in ("notes", "obs", "SBI", "B", "BI", "SB", "judgements", "neg")}
    hist = {}
    for l in stats:
        for k, v in stats[l]["obs_hist"].items():
            hist[k] = hist.get(k, 0) + v
    print(f"{'':6}{'notes':>6}{'obs':>6}{'S+B+I':>7}{'B':>5}{'B+I':>5}{'S+B':>5}{'neg':>5}{'judg':>6}")
    for name, st in list(stats.items()) + [("all", tot)]:
        print(f"{name:6}{st['notes']:>6}{st['obs']:>6}{st['SBI']:>7}{st['B']:>5}{st['BI']:>5}{st['SB']:>5}{st['neg']:>5}{st['judgements']:>6}")
    print("observations per note:", dict(sorted(hist.items())))
    if tot["obs"] and tot["notes"]:
        measured = {
            "share_SBI": tot["SBI"] / tot["obs"],
            "share_B": tot["B"] / tot["obs"],
            "share_BI": tot["BI"] / tot["obs"],
            "share_SB": tot["SB"] / tot["obs"],
            "share_negative": tot["neg"] / tot["obs"],
            "judgements": tot["judgements"],
            "mean_obs_per_note": tot["obs"] / tot["notes"],
            "share_notes_2_3_obs": (hist.get(2, 0) + hist.get(3, 0)) / tot["notes"],
        }
        for k, (lo, hi) in BANDS.items():
            v = measured[k]
            ok = lo <= v <= hi
            print(f"  {k:22} {v:7.3f}  band [{lo}, {hi}]  {'ok' if ok else 'OUT OF BAND'}")
            if not ok:
                err("counts", f"{k}={v:.3f} outside [{lo}, {hi}]")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
