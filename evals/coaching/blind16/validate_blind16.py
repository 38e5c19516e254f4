import sys, re, yaml, collections
CATS = {"vague", "personality", "biased", "absolute"}
SUBS = {"age", "gender", "family", "origin", "health", "coded"}
def check(path, lang):
    recs = yaml.safe_load(open(path, encoding="utf-8"))
    errs = []
    assert isinstance(recs, list)
    ids = [r["id"] for r in recs]
    exp = [f"b16n-{lang}-{i:03d}" for i in range(1, len(recs) + 1)]
    if ids != exp: errs.append(f"ids not sequential: {ids}")
    st = collections.Counter(); subs = collections.Counter()
    for r in recs:
        rid = r["id"]
        extra = set(r) - {"id", "lang", "employee_role", "note", "flags", "why"}
        if extra: errs.append(f"{rid}: extra keys {extra}")
        if r.get("lang") != lang: errs.append(f"{rid}: lang")
        if not r.get("employee_role"): errs.append(f"{rid}: role")
        note = r["note"]
        if not isinstance(note, str) or len(note) < 20: errs.append(f"{rid}: note")
        flags = r["flags"]
        if not isinstance(flags, list): errs.append(f"{rid}: flags not list"); continue
        spans = []
        for f in flags:
            t, c = f.get("text"), f.get("category")
            if set(f) - {"text", "category", "subtype"}: errs.append(f"{rid}: flag keys {set(f)}")
            if c not in CATS: errs.append(f"{rid}: bad cat {c}")
            if c == "biased":
                if f.get("subtype") not in SUBS: errs.append(f"{rid}: bad subtype {f.get('subtype')}")
                subs[f["subtype"]] += 1
            elif "subtype" in f: errs.append(f"{rid}: subtype on non-biased")
            n = note.count(t)
            if n != 1: errs.append(f"{rid}: '{t}' occurs {n} times"); continue
            s = note.index(t); spans.append((s, s + len(t), c, t))
            st[c] += 1
            L = len(t) if lang == "zh" else len(t.split())
            if (lang == "zh" and not 2 <= L <= 12) or (lang == "en" and not 1 <= L <= 8):
                errs.append(f"{rid}: span length {L} for '{t}'")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1] and a[2] == b[2]: errs.append(f"{rid}: overlap same cat {a[3]} / {b[3]}")
            elif b[0] < a[1]: errs.append(f"{rid}: overlap {a[3]} / {b[3]}")
        st["notes"] += 1
        st["clean" if not flags else "flagged"] += 1
        st["flags"] += len(flags)
    return recs, errs, st, subs
ok = True
for path, lang in [(a, a.rsplit("_", 1)[1][:2]) for a in sys.argv[1:]]:
    recs, errs, st, subs = check(path, lang)
    print(path, dict(st), "biased subtypes:", dict(sorted(subs.items())))
    for e in errs: print("  ERROR", e); ok = False
sys.exit(0 if ok else 1)
