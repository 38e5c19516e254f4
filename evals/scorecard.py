"""One scorecard over every eval suite: each suite's figures (dev and blind side by side, the blind one counts),
compared with the floors committed in evals/thresholds.yaml, printed as one table and written to
evals/results/scorecard.json and scorecard.md. A figure below its floor (or above its ceiling) is a regression:
the run exits 1. The issue's target is printed beside each figure, so a met floor is not mistaken for a met target.
Figures that rest on the embedding (OKR alignment, knowledge) move by a case or a question between kinds of CPU
(the 4-bit engine's SIMD paths differ: on an Intel Xeon with AMX, OKR blind7 alignment F1 is 0.471, on an AMD
EPYC 0.500, with the same code): their floors are the lower of the figures on both kinds, and a new set's floors
leave one question of slack until both kinds have run it.

  fast  drafting fact checks, coaching wording flags and SBI statements, OKR checker (dev and blind sets), knowledge
        on the small corpora of the blind sets (the newest counts), prompt injection (every payload, both engines),
        the access red-team (a sample of viewers): what `make test` runs.
  full  fast, plus knowledge on the medium and large blind corpora, the demo company's planted analytics
        patterns, the whole access red-team (over 1,000 probes), kill -9 crash cases and the 20-user load
        run on SQLite and PostgreSQL: `make eval`.

    .venv/bin/python -m evals [--suite fast|full]      (or: hr-assistant eval --suite full)
"""

from __future__ import annotations

import json
import math
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "evals" / "results"
THRESHOLDS = ROOT / "evals" / "thresholds.yaml"


@dataclass
class Figure:
    suite: str
    name: str  # "<set>/<metric>", the key of its floor in thresholds.yaml
    value: float
    counts: str = ""  # e.g. "35/36"
    floor: float | None = None  # the lowest value that is not a regression (a ceiling for "max")
    kind: str = "min"  # min: higher is better; max: lower is better
    target: str = ""
    status: str = ""


def _drafting() -> list[Figure]:
    from evals.drafting.run import HERE, score

    out = []
    for name in ("blind59", "blind60", "blind61"):  # the first two read; blind61 counts
        cases = [
            c
            for p in sorted((HERE / name).glob("pairs_*.yaml"))
            for c in yaml.safe_load(p.read_text("utf-8"))
        ]
        r = score(cases)
        caught = sum(v["caught"] for v in r["per_kind"].values())
        out.append(Figure("drafting", f"{name}/seeded_caught", r["recall"], f"{caught}/{r['seeded']}",
                          target="1.0"))  # fmt: skip
        out.append(Figure("drafting", f"{name}/clean_flagged", r["clean_false_alarm"],
                          f"{round(r['clean_false_alarm'] * r['clean'])}/{r['clean']}", kind="max", target="0"))  # fmt: skip
    return out


def _coaching() -> list[Figure]:
    from evals.coaching.run import SETS, evaluate, load

    out = []
    for name in ("dev", "blind52", "blind53"):  # blind52 read; blind53, the newest, counts
        r = evaluate(load(*SETS[name]))
        for lang in ("en", "zh"):
            out.append(Figure("coaching", f"{name}/recall_{lang}", r[lang]["recall"], target="≥ 0.85"))
            out.append(Figure("coaching", f"{name}/clean_flagged_{lang}", r[lang]["clean_notes_flagged"], kind="max",
                              target="≤ 0.10"))  # fmt: skip
    from evals.coaching import sbi_eval

    for name in ("sbi40", "sbi41"):  # sbi40 read; sbi41, the newest, counts
        r = sbi_eval.evaluate(sbi_eval.load(*sbi_eval.SETS[name]))
        for lang in ("en", "zh"):
            out.append(
                Figure("coaching", f"{name}/sbi_complete_{lang}", r[lang]["complete"], target="≥ 0.90")
            )
    return out


def _okr() -> list[Figure]:
    from assistant.knowledge.embedding import Embedder
    from assistant.okr.checker import OkrChecker
    from evals.okr.run import SETS, align_eval, kr_eval, load

    embedder = Embedder(RESULTS / "okr-embeddings.sqlite")
    checker = OkrChecker(embed=embedder.passages)
    out = []
    for name, (kr_files, al_files) in SETS.items():
        al = align_eval(embedder.passages, load(*al_files))["all"]
        if kr_files:  # blind7 to blind13 have alignment cases only
            k = kr_eval(checker, load(*kr_files))["all"]
            out.append(Figure("okr", f"{name}/kr_micro_f1", k["micro_f1"], f"{k['n']} KRs", target="≥ 0.85"))
            out.append(Figure("okr", f"{name}/clean_without_error", k["clean_without_error"], f"{k['clean']} clean",
                              target="≥ 0.95"))  # fmt: skip
        out.append(Figure("okr", f"{name}/alignment_f1", al["micro_f1"], f"{al['n']} cases", target="≥ 0.75"))
    return out


def _knowledge(names: tuple[str, ...]) -> Callable[[], list[Figure]]:
    def run() -> list[Figure]:
        from evals.knowledge.blind import SETS, run_corpus

        out = []
        for which in SETS:  # "blind" … "blind9" (now development) and "blind10" (the one that counts)
            for name in names:
                r = run_corpus(Path(__file__).parent / "knowledge" / which, name, RESULTS / "blind-cache")
                label = name if which == "blind" else f"{which}-{name}"
                for lang in ("en", "zh"):
                    s = r["summary"][lang]
                    out += [
                        Figure("knowledge", f"{label}/false_refusal_{lang}", s["false_refusal"],
                               f"of {s['answerable']}", kind="max", target="≤ 0.10"),
                        Figure("knowledge", f"{label}/refusal_{lang}", s["refusal"], f"of {s['out_of_scope']}",
                               target="≥ 0.85"),
                        Figure("knowledge", f"{label}/quote_holds_{lang}", s["quote_holds_answer"],
                               target="≥ 0.80"),
                    ]  # fmt: skip
        return out

    return run


def _analytics() -> list[Figure]:
    from assistant.api import Assistant
    from assistant.demo.install import install_demo, load_manifest

    with tempfile.TemporaryDirectory() as home:
        a = Assistant.open(Path(home))
        install_demo(a, reuse=False)
        m = load_manifest(a)
        admin = a.actor(next(x["id"] for x in m["accounts"] if x["role"] == "hr_admin"))
        raters = a.analytics.report("leniency", admin)["raters"]
        planted = {
            **dict.fromkeys(m["lenient_raters"], "lenient"),
            **dict.fromkeys(m["severe_raters"], "severe"),
        }
        found = sum(r["flag"] == planted.get(r["rater_id"]) for r in raters if r["rater_id"] in planted)
        others = sum(r["flag"] is not None for r in raters if r["rater_id"] not in planted)
        breach = m["distribution_breach"]
        flagged = {
            u["unit"]
            for u in a.analytics.report("distribution", admin, breach["cycle"])["units"]
            if u["flag"]
        }
        team = m["sandbagging_team"]
        teams = a.analytics.report("okr-health", admin, team["cycles"][-2])["teams"]
        sandbag = {t["unit"] for t in teams if t["sandbagging_flag"]}
        hipo = m["high_potential_low_performers"]
        box = a.analytics.report("ninebox", admin, hipo[0]["cycle"])["cells"].get("low/high", {"people": []})
        in_box = sum(p["employee"] in {x["id"] for x in box["people"]} for p in hipo)
    return [
        Figure("analytics", "demo/planted_raters_flagged", found / len(planted), f"{found}/{len(planted)}", target="1.0"),
        Figure("analytics", "demo/other_raters_flagged", float(others), f"{others}", kind="max", target="0"),
        Figure("analytics", "demo/breach_department_flagged", float(breach["department"] in flagged),
               f"{len(flagged)} flagged", target="1 (and no other)"),
        Figure("analytics", "demo/other_departments_flagged", float(len(flagged - {breach["department"]})), kind="max",
               target="0"),
        Figure("analytics", "demo/sandbagging_team_flagged", float(sandbag == {team["org_unit"]}),
               f"{len(sandbag)} flagged", target="1"),
        Figure("analytics", "demo/hipo_low_performers_in_box", in_box / len(hipo), f"{in_box}/{len(hipo)}",
               target="1.0"),
    ]  # fmt: skip


def _injection() -> list[Figure]:
    from evals.redteam.injection import run as run_injection

    out = []
    for engine, r in run_injection().items():
        for half in ("dev", "blind", "blind2"):
            hit = int(r["followed"][half].split("/")[0])
            out.append(Figure("injection", f"{engine}/{half}_followed", float(hit), r["followed"][half], kind="max",
                              target="0"))  # fmt: skip
        hit, n = map(int, r["benign_answered"].split("/"))
        out.append(
            Figure("injection", f"{engine}/benign_answered", hit / n, r["benign_answered"], target="≥ 0.95")
        )
    return out


def _access(quick: bool) -> Callable[[], list[Figure]]:
    def run() -> list[Figure]:
        from evals.redteam.access import run as run_access

        r = run_access(quick)
        c, name = r["in_scope_controls"], "red-team-sample" if quick else "red-team"
        return [
            Figure("access", f"{name}/probes", float(r["probes"]), json.dumps(r["by_channel"]),
                   target="≥ 1000" if not quick else ""),
            Figure("access", f"{name}/leaks", float(r["leaks"]), json.dumps(r["leaks_by_where"]), kind="max",
                   target="0"),
            Figure("access", f"{name}/in_scope_control_carried", c["carried the record"] / c["asked"],
                   f"{c['carried the record']}/{c['asked']}", target="> 0 (the leak detector sees records)"),
        ]  # fmt: skip

    return run


def _crash() -> list[Figure]:
    from evals.redteam.crash import run as run_crash

    r = run_crash()
    good = sum(1 for c in r if c["consistent"] and c["killed"])
    checks = sum(len(c["verified"]) for c in r if c["consistent"])
    return [Figure("crash", "kill-9/cases_consistent", good / len(r), f"{good}/{len(r)} cases, {checks} checks",
                   target="1.0")]  # fmt: skip


def _load() -> list[Figure]:
    from evals.load.run import run as run_load

    out = []
    for r in run_load():
        events = r["actions"]
        n, bad = sum(v["count"] for v in events.values()), sum(v["failures"] for v in events.values())
        worst = max(events.values(), key=lambda v: v["p95_ms"])
        out.append(Figure("load", f"{r['backend']}/failed_share", bad / n, f"{bad}/{n} requests, {r['users']} users, "
                          f"{r['seconds']} s; worst p95 {worst['p95_ms']:.0f} ms; tracebacks {r['tracebacks']}; "
                          f"integrity {r['integrity']}", kind="max", target="0"))  # fmt: skip
    return out


FAST: dict[str, Callable[[], list[Figure]]] = {
    "drafting": _drafting,
    "coaching": _coaching,
    "okr": _okr,
    "knowledge": _knowledge(("small",)),
    "injection": _injection,
    "access": _access(quick=True),
}
FULL: dict[str, Callable[[], list[Figure]]] = {
    **FAST,
    "knowledge": _knowledge(("small", "medium", "large")),
    "analytics": _analytics,
    "access": _access(quick=False),
    "crash": _crash,
    "load": _load,
}


def judge(figures: list[Figure], floors: dict[str, dict[str, float]]) -> list[Figure]:
    """Each figure against its committed floor (or ceiling): ok, REGRESSION, or new (no floor yet)."""
    for f in figures:
        bound = floors.get(f"{f.suite}/{f.name}")
        if bound is None:
            f.status = "new"
            continue
        f.kind, f.floor = ("max", bound["max"]) if "max" in bound else ("min", bound["min"])
        worse = f.value > f.floor + 1e-9 if f.kind == "max" else f.value < f.floor - 1e-9
        f.status = "REGRESSION" if worse else "ok"
    return figures


def markdown(figures: list[Figure], suite: str, seconds: float) -> str:
    lines = [f"# Eval scorecard ({suite} suite, {seconds:.0f} s)", "",
             "| suite | set/metric | value | counts | floor | target | status |", "|---|---|---|---|---|---|---|"]  # fmt: skip
    for f in figures:
        bound = "" if f.floor is None else f"{'≤' if f.kind == 'max' else '≥'} {f.floor:g}"
        lines.append(
            f"| {f.suite} | {f.name} | {f.value:.3f} | {f.counts} | {bound} | {f.target} | {f.status} |"
        )
    return "\n".join(lines) + "\n"


def run(suite: str = "fast", write: bool = True) -> tuple[list[Figure], bool]:
    """Every suite of ``suite``; (figures, no regression)."""
    start = time.perf_counter()
    figures: list[Figure] = []
    for name, make in (FULL if suite == "full" else FAST).items():
        t = time.perf_counter()
        figures += make()
        print(f"  {name}: {time.perf_counter() - t:.0f} s", flush=True)
    floors = yaml.safe_load(THRESHOLDS.read_text("utf-8")) if THRESHOLDS.exists() else {}
    judge(figures, floors or {})
    text = markdown(figures, suite, time.perf_counter() - start)
    if write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"scorecard-{suite}.md").write_text(text, "utf-8")
        (RESULTS / f"scorecard-{suite}.json").write_text(
            json.dumps([asdict(f) for f in figures], ensure_ascii=False, indent=1), "utf-8"
        )
    print(text)
    return figures, not any(f.status == "REGRESSION" for f in figures)


def floors_from(figures: list[Figure]) -> dict[str, Any]:
    """Floors at today's figures (for `--freeze`): later runs may not fall below them."""

    def bound(f: Figure) -> float:  # rounded to 3 decimals away from the figure's better side
        return (math.ceil if f.kind == "max" else math.floor)(
            f.value * 1000 + (-1e-9 if f.kind == "max" else 1e-9)
        ) / 1000

    return {f"{f.suite}/{f.name}": {f.kind: bound(f)} for f in figures}
