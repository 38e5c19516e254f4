#!/usr/bin/env python3
"""Validator for the sbi41 SBI-extraction evaluation set.

Usage:  python3 validate.py [DIR]

DIR defaults to the folder this script lives in. It must hold notes_en.yaml,
notes_zh.yaml and negatives.yaml. The script checks structure, span exactness,
span conventions and the whole-set distribution targets, prints the counts and
exits 0 only when every check passes (1 otherwise).
"""
import os
import re
import sys
from collections import Counter

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.stderr.write("PyYAML is required (pip install pyyaml)\n")
    sys.exit(2)

N_PER_LANG = 30
LANGS = ("en", "zh")
SHAPES = ("S+B+I", "B", "B+I", "S+B")

# share of all observations, inclusive bounds
SHAPE_TARGETS = {
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.17, 0.30),
    "S+B": (0.17, 0.30),
}
NEG_TARGET = (0.15, 0.25)
JUDGEMENT_TARGET = (32, 48)
OBS_PER_NOTE = (1, 4)
TWO_THREE_MIN_SHARE = 0.70
SENTENCES_PER_NOTE = (2, 6)

# S/B/I spans must not end with these
TRAILING_PUNCT = set(".,;:!?…、。，；：！？·-–—")

# behaviour spans must not start with a subject pronoun or a connective
EN_BAD_B_START = {"he", "she", "they", "i", "we", "also", "then", "now",
                  "still", "so", "and", "but"}
ZH_BAD_B_START = ("他", "她", "佢", "然后", "然後", "也", "还", "還", "又",
                  "另外", "后来", "後來", "之后", "之後", "事后", "事後",
                  "结果", "結果")
# impact spans must not start with a connective
EN_BAD_I_START = {"so", "and", "then", "which"}
ZH_BAD_I_START = ("结果", "結果", "后来", "後來", "之后", "之後", "事后",
                  "事後", "所以", "现在", "現在")

# phrases used as examples in the label definitions: none may appear in a note
DEFINITION_EXAMPLES = [
    "In Tuesday's sprint review", "Tuesday's sprint review",
    "during the port strike", "port strike",
    "For the March close", "March close",
    "双十一备战期间", "双十一备战", "雙十一備戰",
    "上个月的质检会上", "质检会", "質檢會",
    "rewrote the flaky payment tests", "flaky payment tests",
    "没跟商家确认备餐能力就上了满减活动", "备餐能力", "備餐能力",
    "so the regional number was off by $180k", "regional number was off",
    "$180k",
    "we had zero escalations to legal", "zero escalations",
    "escalations to legal",
    "导致两个司机同一天休息没人顶班", "没人顶班", "顶班", "頂班",
    "客户当场指出来，我们比较被动", "客户当场指出来", "比较被动",
    "Great attitude overall", "Great attitude",
    "Needs to delegate more", "delegate more",
    "整体还行，就是文档写得少", "文档写得少", "文檔寫得少",
]

LIST_MARKER = re.compile(r"^\s*(?:[-*•·・–—]|\d+[.)）、]|[（(]\d+[)）])\s*")
EN_SPLIT = re.compile(r"(?<=[.!?])\s+")
ZH_SPLIT = re.compile(r"(?<=[。！？])")
CONTENT = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")

ID_RE = re.compile(r"^s41-(en|zh)-(\d{3})$")


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def count_sentences(note):
    n = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        line = LIST_MARKER.sub("", line, count=1)
        pieces = []
        for part in EN_SPLIT.split(line):
            pieces.extend(ZH_SPLIT.split(part))
        n += sum(1 for p in pieces if CONTENT.search(p))
    return n


def first_word(s):
    m = re.match(r"[A-Za-z']+", s)
    return m.group(0).lower() if m else ""


def shape_of(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    if s and i:
        return "S+B+I"
    if s:
        return "S+B"
    if i:
        return "B+I"
    return "B"


def load_yaml(path, chk):
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError:
        chk.err(os.path.basename(path), "file missing")
    except yaml.YAMLError as exc:
        chk.err(os.path.basename(path), f"YAML does not load: {exc}")
    return None


def check_record(rec, idx, lang, chk):
    """Check one record; return (list of shapes, n judgements) or None."""
    exp_id = f"s41-{lang}-{idx:03d}"
    where = f"{lang}[{idx}]"
    if not isinstance(rec, dict):
        chk.err(where, "record is not a mapping")
        return None
    rid = rec.get("id")
    where = str(rid) if rid else where
    keys = {"id", "lang", "employee_role", "note", "observations", "judgements"}
    missing = keys - set(rec)
    extra = set(rec) - keys
    if missing:
        chk.err(where, f"missing fields {sorted(missing)}")
        return None
    if extra:
        chk.err(where, f"unknown fields {sorted(extra)}")
    if rid != exp_id or not ID_RE.match(str(rid)):
        chk.err(where, f"id {rid!r} expected {exp_id!r}")
    if rec["lang"] != lang:
        chk.err(where, f"lang {rec['lang']!r} expected {lang!r}")
    if not isinstance(rec["employee_role"], str) or not rec["employee_role"].strip():
        chk.err(where, "employee_role must be a non-empty string")
    note = rec["note"]
    if not isinstance(note, str) or not note.strip():
        chk.err(where, "note must be a non-empty string")
        return None
    obs = rec["observations"]
    if not isinstance(obs, list) or not (OBS_PER_NOTE[0] <= len(obs) <= OBS_PER_NOTE[1]):
        chk.err(where, f"observations must be a list of {OBS_PER_NOTE[0]}-{OBS_PER_NOTE[1]}")
        return None
    judgements = rec["judgements"]
    if not isinstance(judgements, list):
        chk.err(where, "judgements must be a list")
        return None

    spans = []  # (start, end, label)

    def place(text, label):
        if not isinstance(text, str) or not text:
            chk.err(where, f"{label} must be a non-empty string")
            return None
        if text != text.strip():
            chk.err(where, f"{label} {text!r} has leading/trailing whitespace")
        c = note.count(text)
        if c == 0:
            chk.err(where, f"{label} {text!r} not found in note")
            return None
        if c > 1:
            chk.err(where, f"{label} {text!r} occurs {c} times in note")
            return None
        start = note.index(text)
        spans.append((start, start + len(text), label))
        return start

    shapes = []
    b_starts = []
    for k, o in enumerate(obs, 1):
        lab = f"obs{k}"
        if not isinstance(o, dict) or set(o) != {"behaviour", "situation", "impact"}:
            chk.err(where, f"{lab} must have exactly behaviour, situation, impact")
            continue
        for slot in ("behaviour", "situation", "impact"):
            val = o[slot]
            if val is None:
                if slot == "behaviour":
                    chk.err(where, f"{lab} behaviour is null")
                continue
            pos = place(val, f"{lab}.{slot}")
            if pos is None:
                continue
            if val[-1] in TRAILING_PUNCT:
                chk.err(where, f"{lab}.{slot} {val!r} ends with punctuation")
            if slot == "behaviour":
                b_starts.append(pos)
                if first_word(val) in EN_BAD_B_START:
                    chk.err(where, f"{lab}.behaviour starts with subject/connective: {val!r}")
                if val.startswith(ZH_BAD_B_START):
                    chk.err(where, f"{lab}.behaviour starts with subject/connective: {val!r}")
            if slot == "impact":
                if first_word(val) in EN_BAD_I_START:
                    chk.err(where, f"{lab}.impact starts with connective: {val!r}")
                if val.startswith(ZH_BAD_I_START):
                    chk.err(where, f"{lab}.impact starts with connective: {val!r}")
        shapes.append(shape_of(o))
    if b_starts != sorted(b_starts):
        chk.err(where, "observations not in order of appearance of the behaviour")
    for j, jtxt in enumerate(judgements, 1):
        place(jtxt, f"judgement{j}")

    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            chk.err(where, f"spans overlap: {a[2]} and {b[2]}")

    low = note.lower()
    for phrase in DEFINITION_EXAMPLES:
        if phrase.lower() in low:
            chk.err(where, f"note contains definition example {phrase!r}")

    ns = count_sentences(note)
    if not (SENTENCES_PER_NOTE[0] <= ns <= SENTENCES_PER_NOTE[1]):
        chk.err(where, f"{ns} sentences/bullets, expected {SENTENCES_PER_NOTE[0]}-{SENTENCES_PER_NOTE[1]}")
    return shapes, len(judgements), len(obs), ns


def main(argv):
    base = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    chk = Checker()
    per_lang = {}
    all_ids = []
    nobs = {}
    for lang in LANGS:
        data = load_yaml(os.path.join(base, f"notes_{lang}.yaml"), chk)
        stats = {"notes": 0, "obs": 0, "shapes": Counter(), "judgements": 0,
                 "neg": 0, "obs_hist": Counter(), "sent_hist": Counter()}
        per_lang[lang] = stats
        if data is None:
            continue
        if not isinstance(data, list):
            chk.err(f"notes_{lang}.yaml", "top level must be a list")
            continue
        if len(data) != N_PER_LANG:
            chk.err(f"notes_{lang}.yaml", f"{len(data)} records, expected {N_PER_LANG}")
        for idx, rec in enumerate(data, 1):
            res = check_record(rec, idx, lang, chk)
            if isinstance(rec, dict) and rec.get("id"):
                all_ids.append(rec["id"])
                if isinstance(rec.get("observations"), list):
                    nobs[rec["id"]] = len(rec["observations"])
            if res is None:
                continue
            shapes, nj, no, ns = res
            stats["notes"] += 1
            stats["obs"] += no
            stats["shapes"].update(shapes)
            stats["judgements"] += nj
            stats["obs_hist"][no] += 1
            stats["sent_hist"][ns] += 1

    dup = [i for i, c in Counter(all_ids).items() if c > 1]
    if dup:
        chk.err("ids", f"duplicate ids {dup}")

    neg = load_yaml(os.path.join(base, "negatives.yaml"), chk)
    if neg is not None:
        if not isinstance(neg, dict):
            chk.err("negatives.yaml", "top level must be a mapping id -> list")
        else:
            for rid in all_ids:
                if rid not in neg:
                    chk.err("negatives.yaml", f"missing id {rid}")
            for rid, idxs in neg.items():
                if rid not in nobs:
                    chk.err("negatives.yaml", f"unknown id {rid}")
                    continue
                if not isinstance(idxs, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in idxs):
                    chk.err("negatives.yaml", f"{rid}: value must be a list of integers")
                    continue
                if len(set(idxs)) != len(idxs):
                    chk.err("negatives.yaml", f"{rid}: repeated index")
                for x in idxs:
                    if not (1 <= x <= nobs[rid]):
                        chk.err("negatives.yaml", f"{rid}: index {x} out of range 1..{nobs[rid]}")
                lang = rid.split("-")[1] if rid.count("-") == 2 else None
                if lang in per_lang:
                    per_lang[lang]["neg"] += len(set(x for x in idxs if isinstance(x, int) and 1 <= x <= nobs[rid]))

    # whole-set targets
    tot = {"notes": 0, "obs": 0, "shapes": Counter(), "judgements": 0, "neg": 0,
           "obs_hist": Counter(), "sent_hist": Counter()}
    for st in per_lang.values():
        for k in ("notes", "obs", "judgements", "neg"):
            tot[k] += st[k]
        tot["shapes"].update(st["shapes"])
        tot["obs_hist"].update(st["obs_hist"])
        tot["sent_hist"].update(st["sent_hist"])

    if tot["notes"] != N_PER_LANG * len(LANGS):
        chk.err("targets", f"{tot['notes']} valid notes, expected {N_PER_LANG * len(LANGS)}")
    if tot["obs"]:
        for shp, (lo, hi) in SHAPE_TARGETS.items():
            share = tot["shapes"][shp] / tot["obs"]
            if not (lo <= share <= hi):
                chk.err("targets", f"{shp} share {share:.1%} outside {lo:.0%}-{hi:.0%}")
        share = tot["neg"] / tot["obs"]
        if not (NEG_TARGET[0] <= share <= NEG_TARGET[1]):
            chk.err("targets", f"negative share {share:.1%} outside {NEG_TARGET[0]:.0%}-{NEG_TARGET[1]:.0%}")
    if not (JUDGEMENT_TARGET[0] <= tot["judgements"] <= JUDGEMENT_TARGET[1]):
        chk.err("targets", f"{tot['judgements']} judgements, expected {JUDGEMENT_TARGET[0]}-{JUDGEMENT_TARGET[1]}")
    if tot["notes"]:
        two3 = (tot["obs_hist"][2] + tot["obs_hist"][3]) / tot["notes"]
        if two3 < TWO_THREE_MIN_SHARE:
            chk.err("targets", f"notes with 2-3 observations {two3:.1%} < {TWO_THREE_MIN_SHARE:.0%}")

    # report
    def row(name, st):
        o = st["obs"] or 1
        cells = [name, str(st["notes"]), str(st["obs"])]
        for shp in SHAPES:
            cells.append(f"{st['shapes'][shp]} ({st['shapes'][shp] / o:.0%})")
        cells.append(f"{st['neg']} ({st['neg'] / o:.0%})")
        cells.append(str(st["judgements"]))
        return " | ".join(cells)

    print("lang | notes | obs | " + " | ".join(SHAPES) + " | negative | judgements")
    for lang in LANGS:
        print(row(lang, per_lang[lang]))
    print(row("all", tot))
    print("observations per note:", dict(sorted(tot["obs_hist"].items())))
    print("sentences per note:", dict(sorted(tot["sent_hist"].items())))

    if chk.errors:
        print(f"\nFAIL: {len(chk.errors)} problem(s)")
        for e in chk.errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
