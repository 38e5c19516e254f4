#!/usr/bin/env python3
"""Structure, span and count checks for the sbi40 SBI-extraction evaluation set.

Usage:  python3 validate.py [DIR]
DIR defaults to the folder holding this script. Exit status 0 when every check
passes, 1 otherwise. Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_PER_LANG = 30
SLOTS = ("behaviour", "situation", "impact")

# Whole-set targets, as fractions of all observations (inclusive bounds).
SHAPE_TARGETS = {
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.17, 0.30),
    "S+B": (0.17, 0.30),
}
NEGATIVE_TARGET = (0.15, 0.25)
JUDGEMENT_TARGET = (32, 48)
TWO_THREE_MIN = 0.70
OBS_PER_NOTE = (1, 4)
SENTENCES_PER_NOTE = (2, 6)

# A list marker at the start of a line: - * • · ・ ‧ ● ▪ +, "1." "1)" "1、" "(1)" "（1）" "一、"
LIST_MARKER = re.compile(
    r"^\s*(?:[-*•·・‧●▪+]|\d{1,2}[.)、]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)\s+|"
    r"^\s*(?:[•·・‧●▪]|\d{1,2}、)"
)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
TRAILING_PUNCT = tuple(".,;:!?。，、；：！？")
# Leading words the conventions keep out of behaviour / impact spans.
BEHAVIOUR_BAD_START = re.compile(
    r"^(?:(?:he|she|they|i|we|also|then|now|still|so|and|but|separately)\b|"
    r"他|她|佢|然后|也|还|又|另外|后来|後來|之後|之后|事后|事後|結果|结果)",
    re.IGNORECASE,
)
IMPACT_BAD_START = re.compile(
    r"^(?:(?:so|and|then|which)\b|结果|結果|后来|後來|之后|之後|事后|事後|所以|现在|現在)",
    re.IGNORECASE,
)

errors = []


def err(msg):
    errors.append(msg)


def count_sentences(note):
    """Non-empty lines with the list marker removed, split after '. ! ?' + space and after 。！？."""
    n = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        line = LIST_MARKER.sub("", line, count=1).strip()
        if not line:
            continue
        n += sum(1 for part in SENTENCE_SPLIT.split(line) if part.strip())
    return n


def occurrences(hay, needle):
    """Start offsets of needle in hay, overlapping matches included."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def shape(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B", (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def check_span(rid, label, span, note, spans, *, sbi):
    if not isinstance(span, str) or not span:
        err(f"{rid}: {label} must be a non-empty string, got {span!r}")
        return None
    if span != span.strip():
        err(f"{rid}: {label} has leading/trailing whitespace: {span!r}")
    if sbi and span.endswith(TRAILING_PUNCT):
        err(f"{rid}: {label} ends with punctuation: {span!r}")
    hits = occurrences(note, span)
    if len(hits) != 1:
        err(f"{rid}: {label} occurs {len(hits)} times in the note (must be exactly once): {span!r}")
        return None
    start = hits[0]
    spans.append((start, start + len(span), label))
    return start


def check_record(rec, lang, expected_id):
    rid = rec.get("id") if isinstance(rec, dict) else None
    if not isinstance(rec, dict):
        err(f"{expected_id}: record is not a mapping")
        return None
    keys = {"id", "lang", "employee_role", "note", "observations", "judgements"}
    if set(rec) != keys:
        err(f"{rid}: keys {sorted(rec)} != {sorted(keys)}")
    if rid != expected_id:
        err(f"{rid}: expected id {expected_id}")
    if rec.get("lang") != lang:
        err(f"{rid}: lang {rec.get('lang')!r} != {lang!r}")
    if not isinstance(rec.get("employee_role"), str) or not rec["employee_role"].strip():
        err(f"{rid}: employee_role must be a non-empty string")
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(f"{rid}: note must be a non-empty string")
        return None
    if lang == "zh" and not re.search(r"[\u4e00-\u9fff]", note):
        err(f"{rid}: Chinese record without Chinese characters")

    nsent = count_sentences(note)
    if not SENTENCES_PER_NOTE[0] <= nsent <= SENTENCES_PER_NOTE[1]:
        err(f"{rid}: {nsent} sentences/bullets, must be {SENTENCES_PER_NOTE[0]}-{SENTENCES_PER_NOTE[1]}")

    obs_list = rec.get("observations")
    if not isinstance(obs_list, list) or not OBS_PER_NOTE[0] <= len(obs_list) <= OBS_PER_NOTE[1]:
        err(f"{rid}: observations must be a list of {OBS_PER_NOTE[0]}-{OBS_PER_NOTE[1]} items")
        return None
    spans = []
    b_starts = []
    for k, obs in enumerate(obs_list, 1):
        if not isinstance(obs, dict) or set(obs) != set(SLOTS):
            err(f"{rid}: observation {k} must have exactly the keys {SLOTS}")
            continue
        b = obs["behaviour"]
        start = check_span(rid, f"obs{k}.behaviour", b, note, spans, sbi=True)
        b_starts.append(start)
        if isinstance(b, str) and BEHAVIOUR_BAD_START.match(b):
            err(f"{rid}: obs{k}.behaviour starts with a subject or connective: {b!r}")
        for slot in ("situation", "impact"):
            v = obs[slot]
            if v is None:
                continue
            check_span(rid, f"obs{k}.{slot}", v, note, spans, sbi=True)
            if slot == "impact" and isinstance(v, str) and IMPACT_BAD_START.match(v):
                err(f"{rid}: obs{k}.impact starts with a connective: {v!r}")
    known = [s for s in b_starts if s is not None]
    if known != sorted(known):
        err(f"{rid}: observations are not in order of appearance of their behaviour")

    judgements = rec.get("judgements")
    if not isinstance(judgements, list):
        err(f"{rid}: judgements must be a list")
        judgements = []
    for k, j in enumerate(judgements, 1):
        check_span(rid, f"judgement{k}", j, note, spans, sbi=False)

    spans.sort()
    for (s1, e1, l1), (s2, e2, l2) in zip(spans, spans[1:]):
        if s2 < e1:
            err(f"{rid}: spans overlap: {l1} and {l2}")
    return {"id": rid, "n_obs": len(obs_list), "obs": obs_list, "n_judgements": len(judgements), "sentences": nsent}


def pct(a, b):
    return a / b if b else 0.0


def main():
    base = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    summaries = []
    for lang, fname in FILES.items():
        path = os.path.join(base, fname)
        try:
            with open(path, encoding="utf-8") as fh:
                data = yaml.safe_load(fh)
        except Exception as exc:  # noqa: BLE001
            err(f"{fname}: cannot load: {exc}")
            continue
        if not isinstance(data, list) or len(data) != N_PER_LANG:
            err(f"{fname}: must be a list of {N_PER_LANG} records")
            continue
        for i, rec in enumerate(data, 1):
            s = check_record(rec, lang, f"s40-{lang}-{i:03d}")
            if s:
                s["lang"] = lang
                summaries.append(s)

    ids = [f"s40-{lang}-{i:03d}" for lang in FILES for i in range(1, N_PER_LANG + 1)]
    n_obs_by_id = {s["id"]: s["n_obs"] for s in summaries}
    negatives = {}
    try:
        with open(os.path.join(base, "negatives.yaml"), encoding="utf-8") as fh:
            negatives = yaml.safe_load(fh) or {}
    except Exception as exc:  # noqa: BLE001
        err(f"negatives.yaml: cannot load: {exc}")
    if not isinstance(negatives, dict):
        err("negatives.yaml: must be a mapping of record id -> list of indices")
        negatives = {}
    if set(negatives) != set(ids):
        missing = sorted(set(ids) - set(negatives))
        extra = sorted(set(negatives) - set(ids))
        err(f"negatives.yaml: ids must match the records exactly (missing {missing}, extra {extra})")
    n_neg = 0
    for rid, idx in negatives.items():
        if not isinstance(idx, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in idx):
            err(f"negatives.yaml: {rid}: value must be a list of integers")
            continue
        if len(set(idx)) != len(idx) or idx != sorted(idx):
            err(f"negatives.yaml: {rid}: indices must be unique and ascending")
        n = n_obs_by_id.get(rid)
        if n is not None and any(not 1 <= x <= n for x in idx):
            err(f"negatives.yaml: {rid}: index out of range 1..{n}")
        n_neg += len(idx)

    # Whole-set counts and targets.
    all_obs = [o for s in summaries for o in s["obs"] if isinstance(o, dict) and set(o) == set(SLOTS)]
    total = len(all_obs)
    shapes = {k: 0 for k in SHAPE_TARGETS}
    for o in all_obs:
        shapes[shape(o)] += 1
    n_judg = sum(s["n_judgements"] for s in summaries)
    n_notes = len(summaries)
    two_three = sum(1 for s in summaries if 2 <= s["n_obs"] <= 3)

    for k, (lo, hi) in SHAPE_TARGETS.items():
        if not lo <= pct(shapes[k], total) <= hi:
            err(f"target: {k} is {pct(shapes[k], total):.1%} of observations, must be {lo:.0%}-{hi:.0%}")
    if not NEGATIVE_TARGET[0] <= pct(n_neg, total) <= NEGATIVE_TARGET[1]:
        err(f"target: negatives are {pct(n_neg, total):.1%}, must be {NEGATIVE_TARGET[0]:.0%}-{NEGATIVE_TARGET[1]:.0%}")
    if not JUDGEMENT_TARGET[0] <= n_judg <= JUDGEMENT_TARGET[1]:
        err(f"target: {n_judg} judgements, must be {JUDGEMENT_TARGET[0]}-{JUDGEMENT_TARGET[1]}")
    if pct(two_three, n_notes) < TWO_THREE_MIN:
        err(f"target: {pct(two_three, n_notes):.1%} of notes have 2-3 observations, must be >= {TWO_THREE_MIN:.0%}")

    print(f"records: {n_notes} ({sum(1 for s in summaries if s['lang'] == 'en')} en, "
          f"{sum(1 for s in summaries if s['lang'] == 'zh')} zh)")
    print(f"observations: {total}")
    for k in SHAPE_TARGETS:
        print(f"  {k:<6} {shapes[k]:>3}  {pct(shapes[k], total):.1%}")
    print(f"negatives: {n_neg}  {pct(n_neg, total):.1%}")
    print(f"judgements: {n_judg}")
    dist = {}
    for s in summaries:
        dist[s["n_obs"]] = dist.get(s["n_obs"], 0) + 1
    print("observations per note: " + ", ".join(f"{k}: {dist[k]}" for k in sorted(dist))
          + f"  (2-3: {pct(two_three, n_notes):.1%})")
    sdist = {}
    for s in summaries:
        sdist[s["sentences"]] = sdist.get(s["sentences"], 0) + 1
    print("sentences per note: " + ", ".join(f"{k}: {sdist[k]}" for k in sorted(sdist)))

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
