#!/usr/bin/env python3
"""Validate the s13 SBI blind set and write the counts.

Checks: YAML structure, ids, lang, exact-substring + single occurrence of every span
(English spans must also start and end on word boundaries),
no overlap between the spans of one observation, judgements disjoint from all observation
spans, span hygiene (no surrounding whitespace, no trailing sentence punctuation on
observation spans, no subject pronoun at the start of a behaviour), 1-4 observations and
2-6 sentences/bullets per note, polarity sidecar consistent.
Then rewrites the counts header of each YAML file and the counts block of LABELS.md.

Usage: python3 validate.py            (validate + write counts)
       python3 validate.py --check    (validate only; exit 1 on any error)
"""
import re, sys, collections
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
POLARITY = HERE / "polarity.yaml"
LABELS = HERE / "LABELS.md"
HDR_START = "# --- counts (written by validate.py, do not edit by hand) ---"
HDR_END = "# --- end counts ---"
MD_START = "<!-- counts:start -->"
MD_END = "<!-- counts:end -->"
SHAPES = ["S+B+I", "B+I", "S+B", "B only"]
PARTS = ("behaviour", "situation", "impact")
RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
BAD_BEHAVIOUR_START = re.compile(r"^(she|he|they|i|we)\s|^(她|他|我们|我)", re.I)

errors = []
def err(rid, msg):
    errors.append(f"{rid}: {msg}")

def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B only"}[(s, i)]

def units(note, lang):
    """Rough count of sentences / bullets in a note."""
    n = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            n += 1
            continue
        if lang == "zh":
            parts = [p for p in re.split(r"[。！？!?]|👍", line) if p.strip()]
        else:
            parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Za-z])|\s[—–]\s(?=[a-z])", line) if p.strip()]
        n += len(parts)
    return n

def validate(lang, recs, polarity):
    stats = collections.Counter()
    shapes = collections.Counter()
    neg_shapes = collections.Counter()
    if not isinstance(recs, list):
        err(lang, "file is not a YAML list"); return None
    if len(recs) != 30:
        err(lang, f"expected 30 records, got {len(recs)}")
    expected_ids = [f"s13-{lang}-{k:03d}" for k in range(1, len(recs) + 1)]
    for idx, r in enumerate(recs):
        rid = r.get("id", f"{lang}#{idx}") if isinstance(r, dict) else f"{lang}#{idx}"
        if not isinstance(r, dict):
            err(rid, "record is not a mapping"); continue
        if set(r) != RECORD_KEYS:
            err(rid, f"keys {sorted(r)} != {sorted(RECORD_KEYS)}")
        if r.get("id") != expected_ids[idx]:
            err(rid, f"id should be {expected_ids[idx]}")
        if r.get("lang") != lang:
            err(rid, f"lang should be {lang}")
        if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
            err(rid, "employee_role missing")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(rid, "note missing"); continue
        nu = units(note, lang)
        if not 2 <= nu <= 6:
            err(rid, f"note has {nu} sentences/bullets (want 2-6)")
        obs = r.get("observations")
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(rid, "observations must be a list of 1-4"); continue
        pol = polarity.get(rid)
        if not isinstance(pol, list) or len(pol) != len(obs) or any(p not in ("pos", "neg") for p in pol):
            err(rid, f"polarity entry {pol!r} does not match {len(obs)} observations")
            pol = ["pos"] * len(obs)
        used = []  # (start, end) of all observation spans in this note
        for k, o in enumerate(obs):
            where = f"obs {k + 1}"
            if not isinstance(o, dict) or set(o) != set(PARTS):
                err(rid, f"{where}: keys must be exactly {PARTS}"); continue
            if not isinstance(o["behaviour"], str):
                err(rid, f"{where}: behaviour must be a string"); continue
            spans = []
            for part in PARTS:
                v = o[part]
                if v is None:
                    continue
                if not isinstance(v, str) or not v:
                    err(rid, f"{where} {part}: must be a non-empty string or null"); continue
                if v != v.strip():
                    err(rid, f"{where} {part}: surrounding whitespace in {v!r}")
                if v[-1] in ".,;:，。；：、" or v[0] in ",;:，。；：、":
                    err(rid, f"{where} {part}: leading/trailing punctuation in {v!r}")
                c = note.count(v)
                if c != 1:
                    err(rid, f"{where} {part}: {v!r} occurs {c} times in note")
                    continue
                st = note.index(v)
                if lang == "en" and ((st > 0 and note[st - 1].isalnum() and v[0].isalnum()) or
                                     (st + len(v) < len(note) and note[st + len(v)].isalnum() and v[-1].isalnum())):
                    err(rid, f"{where} {part}: {v!r} starts or ends inside a word")
                spans.append((st, st + len(v), part))
            if BAD_BEHAVIOUR_START.search(o["behaviour"]):
                err(rid, f"{where}: behaviour starts with a subject pronoun: {o['behaviour']!r}")
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if a[1] > b[0]:
                    err(rid, f"{where}: {a[2]} and {b[2]} overlap")
            used.extend((s, e) for s, e, _ in spans)
            sh = shape(o)
            shapes[sh] += 1
            if pol[k] == "neg":
                neg_shapes[sh] += 1
        js = r.get("judgements")
        if not isinstance(js, list):
            err(rid, "judgements must be a list"); js = []
        for j in js:
            if not isinstance(j, str) or not j.strip():
                err(rid, f"bad judgement {j!r}"); continue
            c = note.count(j)
            if c != 1:
                err(rid, f"judgement {j!r} occurs {c} times"); continue
            st = note.index(j); en = st + len(j)
            if lang == "en" and ((st > 0 and note[st - 1].isalnum()) or (en < len(note) and note[en].isalnum())):
                err(rid, f"judgement {j!r} starts or ends inside a word")
            for s, e in used:
                if st < e and s < en:
                    err(rid, f"judgement {j!r} overlaps an observation span")
        stats["notes"] += 1
        stats["observations"] += len(obs)
        stats["judgements"] += len(js)
        stats["notes_with_judgements"] += bool(js)
        stats[f"notes_with_{len(obs)}_obs"] += 1
    return stats, shapes, neg_shapes

def header_lines(lang, stats, shapes, neg):
    n = stats["observations"]
    pct = lambda x: f"{100 * x / n:.0f}%" if n else "-"
    out = [HDR_START,
           f"# {stats['notes']} notes ({lang}), {n} observations, {stats['judgements']} judgement spans"]
    out.append("# observations by shape: " + ", ".join(f"{s} {shapes[s]} ({pct(shapes[s])})" for s in SHAPES))
    out.append(f"# negative (something went wrong): {sum(neg.values())} ({pct(sum(neg.values()))}); by shape: "
               + ", ".join(f"{s} {neg[s]}" for s in SHAPES))
    out.append("# observations per note: " + ", ".join(
        f"{k}: {stats[f'notes_with_{k}_obs']}" for k in range(1, 5)))
    out.append(HDR_END)
    return out

def write_header(path, lines):
    text = path.read_text(encoding="utf-8")
    i, j = text.index(HDR_START), text.index(HDR_END) + len(HDR_END)
    new = text[:i] + "\n".join(lines) + text[j:]
    if new != text:
        path.write_text(new, encoding="utf-8")

def md_table(results):
    rows = ["| | " + " | ".join(SHAPES) + " | all | negative | judgement spans | notes |",
            "|---|" + "---|" * (len(SHAPES) + 4)]
    tot_sh, tot_neg, tot = collections.Counter(), collections.Counter(), collections.Counter()
    for lang, (stats, shapes, neg) in results.items():
        n = stats["observations"]
        rows.append(f"| {lang} | " + " | ".join(f"{shapes[s]}" for s in SHAPES)
                    + f" | {n} | {sum(neg.values())} | {stats['judgements']} | {stats['notes']} |")
        tot_sh.update(shapes); tot_neg.update(neg); tot.update(stats)
    n = tot["observations"]
    rows.append("| **total** | " + " | ".join(f"**{tot_sh[s]}** ({100 * tot_sh[s] / n:.0f}%)" for s in SHAPES)
                + f" | **{n}** | **{sum(tot_neg.values())}** ({100 * sum(tot_neg.values()) / n:.0f}%)"
                + f" | **{tot['judgements']}** | **{tot['notes']}** |")
    rows.append("")
    rows.append("Negative observations by shape: " + ", ".join(f"{s} {tot_neg[s]}" for s in SHAPES) + ".")
    rows.append("Notes by number of observations: " + ", ".join(
        f"{k}: {tot[f'notes_with_{k}_obs']}" for k in range(1, 5)) + f"; notes with at least one judgement: {tot['notes_with_judgements']}.")
    return "\n".join(rows)

def main():
    check_only = "--check" in sys.argv
    polarity = yaml.safe_load(POLARITY.read_text(encoding="utf-8")) or {}
    results = {}
    all_ids = []
    for lang, path in FILES.items():
        recs = yaml.safe_load(path.read_text(encoding="utf-8"))
        res = validate(lang, recs, polarity)
        if res:
            results[lang] = res
            all_ids += [r.get("id") for r in recs if isinstance(r, dict)]
    extra = set(polarity) - set(all_ids)
    if extra:
        errors.append(f"polarity.yaml has unknown ids: {sorted(extra)}")
    if len(all_ids) != len(set(all_ids)):
        errors.append("duplicate ids across files")
    if errors:
        print("\n".join(errors)); print(f"{len(errors)} error(s)"); sys.exit(1)
    for lang, (stats, shapes, neg) in results.items():
        lines = header_lines(lang, stats, shapes, neg)
        print("\n".join(lines))
        if not check_only:
            write_header(FILES[lang], lines)
    table = md_table(results)
    print(table)
    if not check_only and LABELS.exists():
        t = LABELS.read_text(encoding="utf-8")
        if MD_START in t and MD_END in t:
            i, j = t.index(MD_START) + len(MD_START), t.index(MD_END)
            LABELS.write_text(t[:i] + "\n" + table + "\n" + t[j:], encoding="utf-8")
    # re-parse after writing headers to be sure the files are still valid YAML
    for path in FILES.values():
        yaml.safe_load(path.read_text(encoding="utf-8"))
    print("OK")

if __name__ == "__main__":
    main()
