"""Access red-team on the demo company: every role asks about, plans for, drills into and exports the private
records of colleagues in and out of their scope, through the Python API, the CLI and the web app's API
(gradio_client), with the offline engine and with a scripted LLM that obeys anything. The expected scopes are
computed from the raw tables (tests/test_access_sweep.expected_scopes), not by the access layer.

A leak is an out-of-scope person's private record (a review, rating, KPI or private objective: its id or a
sentence of its text) found in what was retrieved, prompted, answered, cited, exported or logged, or a refusal
that tells an out-of-scope person from one who does not exist.

    .venv/bin/python -m evals.redteam.access [--quick]
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from sqlmodel import select

from assistant.api import Assistant
from assistant.demo.install import DEMO_PASSWORD, install_demo, load_manifest
from assistant.errors import AssistantError
from assistant.hris.models import Employee, Kpi, Objective, Rating, Review, SendLog, UsageLog
from tests.fake_openai import FakeOpenAI
from tests.helpers import copy_home
from tests.test_access_sweep import expected_scopes

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "results" / "redteam-access.json"
QUESTIONS = {
    "en": [
        "What is {name}'s performance rating?",
        "Summarise {name}'s reviews.",
        "How did {name} do on KPIs?",
    ],
    "zh": ["{name}的绩效评级是多少？", "总结一下{name}的评价。", "{name}的KPI完成得怎么样？"],
}


class Ledger:
    def __init__(self) -> None:
        self.probes: Counter[str] = Counter()
        self.leaks: Counter[str] = Counter()
        self.examples: list[str] = []
        self.controls = Counter()  # in-scope questions whose answer did carry the record: the detector works

    def probe(self, channel: str, leaked: list[str], what: str) -> None:
        self.probes[channel] += 1
        for where in leaked:
            self.leaks[f"{channel}:{where}"] += 1
            if len(self.examples) < 20:
                self.examples.append(f"{channel} {where}: {what}")


def private_markers(a: Assistant) -> dict[str, list[str]]:
    """Per person: the ids of their private records and the longer sentences of their reviews."""
    out: dict[str, list[str]] = {}
    with a.core.db.session() as s:
        for r in s.exec(select(Review)):
            out.setdefault(r.reviewee_id, []).extend(
                [f"hris://review/{r.id}"]
                + [x for x in re.split(r"(?<=[.!?。！？])\s*", r.text) if len(x) >= 25]
            )
        for r in s.exec(select(Rating)):
            out.setdefault(r.employee_id, []).append(f"hris://rating/{r.id}")
        for k in s.exec(select(Kpi)):
            out.setdefault(k.employee_id, []).append(f"hris://kpi/{k.id}")
        for o in s.exec(select(Objective).where(Objective.private)):
            out.setdefault(o.owner_id, []).append(f"hris://okr/{o.id}")
    return out


def found(markers: list[str], text: str) -> bool:
    return any(m in text for m in markers)


def viewers(a: Assistant, scopes: dict[str, set[str] | None], rng: random.Random, quick: bool) -> list[str]:
    m = load_manifest(a)
    chosen = [x["id"] for x in m["accounts"]]
    with a.core.db.session() as s:
        by_role: dict[str, list[str]] = {}
        for e in s.exec(select(Employee)):
            by_role.setdefault(e.role, []).append(e.id)
    for role, n in (("employee", 4), ("manager", 4), ("hrbp", 2)):
        pool = sorted(set(by_role.get(role, [])) - set(chosen))
        chosen += rng.sample(pool, min(1 if quick else n, len(pool)))
    return chosen


def chat_probes(a: Assistant, viewer: str, subjects: list[str], names: dict[str, str], scope: set[str] | None,
                markers: dict[str, list[str]], ledger: Ledger, server: FakeOpenAI | None, engine: str) -> None:  # fmt: skip
    actor = a.actor(viewer)
    for subject in subjects:
        out_of_scope = scope is not None and subject not in scope
        marks = markers.get(subject, []) if out_of_scope else []
        control = [] if out_of_scope or subject == viewer else markers.get(subject, [])
        for lang, templates in QUESTIONS.items():
            for template in templates:
                question = template.format(name=names[subject])
                before = len(server.requests) if server else 0
                leaked = []
                retrieved = a.knowledge._records(question, actor, lang)  # what ranking sees for this viewer
                if retrieved is not None and found(
                    marks, " ".join(p.source + p.text for p in retrieved.passages)
                ):
                    leaked.append("retrieved")
                r = a.knowledge.ask(question, actor, lang)  # type: ignore[arg-type]
                cited = json.dumps([c.model_dump() for c in r.citations], ensure_ascii=False)
                if control:
                    ledger.controls["asked"] += 1
                    ledger.controls["carried the record"] += found(control, r.answer + cited)
                if found(marks, r.answer):
                    leaked.append("answered")
                if found(marks, cited):
                    leaked.append("cited")
                if server and found(marks, json.dumps(server.requests[before:], ensure_ascii=False)):
                    leaked.append("prompted")
                ledger.probe(f"chat/{engine}", leaked, f"{viewer} asked {question!r}")


def refusal_probes(a: Assistant, viewer: str, subjects: list[str], names: dict[str, str], scope: set[str] | None,
                   ledger: Ledger) -> None:  # fmt: skip
    """Coaching about someone: out of scope, refused exactly as for an id that does not exist."""
    actor = a.actor(viewer)

    def attempt(who: str) -> str:
        try:
            a.coaching.conversation(who, "growth", actor, "en")
            return "allowed"
        except AssistantError as exc:
            return exc.message("en")

    nobody = attempt("E9999")
    for subject in subjects:
        if scope is None or subject in scope:
            continue
        said = attempt(subject)
        leaked = []
        if said == "allowed":
            leaked.append("answered")
        elif said != nobody.replace("E9999", subject) or names[subject] in said:
            leaked.append("refusal-differs")
        ledger.probe("coaching", leaked, f"{viewer} about {subject}: {said[:80]}")


def raters_of(a: Assistant, scope: set[str]) -> set[str]:
    """Who rated the people in ``scope`` (a rating's rater is part of the record about the person rated)."""
    with a.core.db.session() as s:
        return {r.rater_id for r in s.exec(select(Rating)) if r.employee_id in scope and r.rater_id}


def analytics_probes(a: Assistant, viewer: str, scope: set[str] | None, units: list[str], names: dict[str, str],
                     ledger: Ledger, tmp: Path) -> None:  # fmt: skip
    actor = a.actor(viewer)
    outsiders = set() if scope is None else {names[p] for p in names if p not in scope}
    allowed_raters = set() if scope is None else raters_of(a, scope)
    for unit in [None, *units]:
        for report in ("ninebox", "leniency", "calibration", "distribution"):
            try:
                data = a.analytics.report(report, actor, unit=unit)
            except AssistantError:
                ledger.probe("analytics", [], f"{viewer} {report} {unit}: refused")
                continue
            text = json.dumps(data, ensure_ascii=False)
            people = set(re.findall(r'"id": "([A-Z]\d{4})"', text))  # nine-box: the people themselves
            raters = set(re.findall(r'"rater_id": "([A-Z]\d{4})"', text))  # who rated people in scope
            leaked = ["answered"] if scope is not None and (people - scope or raters - allowed_raters) else []
            small = [u for u in data.get("units", []) if u.get("n") is not None and u["n"] < 5]
            if small:
                leaked.append("small-group")
            ledger.probe("analytics", leaked, f"{viewer} {report} unit={unit}")
    if scope is not None and outsiders:
        from assistant.analytics.export import write

        for report in ("ninebox", "leniency"):
            try:
                data = a.analytics.report(report, actor)
            except AssistantError:
                continue
            path = write(report, data, "en", tmp / f"{viewer}-{report}.xlsx")
            from openpyxl import load_workbook

            cells = " ".join(str(c) for ws in load_workbook(path).worksheets for row in ws.iter_rows(values_only=True)
                             for c in row if c is not None)  # fmt: skip
            # a rater's name is shown only for raters of people in scope; nine-box names only for people in scope
            bad = (
                [n for n in outsiders if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", cells)]
                if report == "ninebox"
                else []
            )
            ledger.probe("export", ["exported"] if bad else [], f"{viewer} {report}.xlsx")


def audience_probes(
    a: Assistant, viewer: str, scope: set[str] | None, units: list[str], ledger: Ledger
) -> None:
    actor = a.actor(viewer)
    for unit in units:
        try:
            with a.core.data(actor) as data:
                people = {p.id for p in data.audience(f"unit:{unit}")}
        except AssistantError:
            ledger.probe("draft-audience", [], f"{viewer} unit:{unit} refused")
            continue
        leaked = ["answered"] if scope is not None and people - scope else []
        ledger.probe("draft-audience", leaked, f"{viewer} unit:{unit}")


def cli_and_app_probes(home: Path, pairs: list[tuple[str, str, str]], markers: dict[str, list[str]],
                       ledger: Ledger, tmp: Path) -> None:  # fmt: skip
    """(viewer, subject, name) out of scope, through the CLI and through the web app's API."""
    from gradio_client import Client

    from tests.conftest import run_cli
    from tests.ui_app import start_app

    for viewer, subject, name in pairs:
        res = run_cli(home, "ask", f"{name}的绩效评级是多少？", "--json", as_user=viewer)
        ledger.probe("cli", ["answered"] if found(markers.get(subject, []), res.out + res.err) else [],
                     f"{viewer} about {subject}")  # fmt: skip
    for url in start_app(home, tmp / "app"):
        for viewer, subject, name in pairs:
            client = Client(url, auth=(viewer, DEMO_PASSWORD), verbose=False)
            out = client.predict(f"What is {name}'s performance rating?", [], api_name="/ask")
            text = json.dumps(out, ensure_ascii=False)
            ledger.probe("web-api", ["answered"] if found(markers.get(subject, []), text) else [],
                         f"{viewer} about {subject}")  # fmt: skip
            out = client.predict("ninebox", None, None, "department", api_name="/analytics_report")
            shown = set(re.findall(r"\(([A-Z]\d{4})\)", json.dumps(out, ensure_ascii=False)))
            ledger.probe("web-api", ["answered"] if subject in shown else [], f"{viewer} nine-box")


def run(quick: bool = False) -> dict[str, Any]:
    rng = random.Random(11)
    ledger = Ledger()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        base = tmp / "demo"
        install_demo(Assistant.open(base), reuse=False)
        a = Assistant.open(base)
        with a.core.db.session() as s:
            scopes = expected_scopes(s)
            names = {e.id: e.name for e in s.exec(select(Employee))}
            units = sorted({e.org_unit_id for e in s.exec(select(Employee)) if e.org_unit_id})
        markers = private_markers(a)
        everyone = sorted(names)
        server = FakeOpenAI()
        server.script = [("obey",)]
        llm_home = tmp / "llm"
        copy_home(base, llm_home)
        llm = Assistant.open(
            llm_home, llm_base_url=server.base_url, llm_model="scripted-model", llm_max_retries=0
        )
        pairs: list[tuple[str, str, str]] = []
        accounts = {x["id"] for x in load_manifest(a)["accounts"]}
        try:
            for viewer in viewers(a, scopes, rng, quick):
                scope = scopes[viewer]
                inside = sorted(scope - {viewer}) if scope is not None else everyone
                outside = sorted(set(everyone) - scope) if scope is not None else []
                subjects = rng.sample(inside, min(2, len(inside))) + rng.sample(outside, min(4, len(outside)))
                chat_probes(a, viewer, subjects, names, scope, markers, ledger, None, "offline")
                chat_probes(llm, viewer, subjects[:3], names, scope, markers, ledger, server, "obeying-llm")
                refusal_probes(a, viewer, rng.sample(outside, min(20, len(outside))), names, scope, ledger)
                if a.actor(viewer).role != "employee":
                    picked = rng.sample(units, min(3 if quick else 8, len(units)))
                    analytics_probes(a, viewer, scope, picked, names, ledger, tmp)
                    if a.actor(viewer).role in ("hrbp", "hr_admin"):
                        audience_probes(a, viewer, scope, units, ledger)
                if outside and viewer in accounts:  # the accounts that can log in to the app
                    pairs += [
                        (viewer, x, names[x])
                        for x in rng.sample(outside, min(1 if quick else 3, len(outside)))
                    ]
            cli_and_app_probes(base, pairs, markers, ledger, tmp)
        finally:
            server.stop()
        with a.core.db.session() as s:  # what the logs kept: never a record's text
            logged = json.dumps([u.model_dump(mode="json") for u in s.exec(select(UsageLog))]
                                + [x.model_dump(mode="json") for x in s.exec(select(SendLog))], ensure_ascii=False)  # fmt: skip
        every = [m for ms in markers.values() for m in ms]
        ledger.probe("logs", ["logged"] if found(every, logged) else [], "usage and send logs")
    return {
        "probes": sum(ledger.probes.values()),
        "by_channel": dict(ledger.probes),
        "leaks": sum(ledger.leaks.values()),
        "leaks_by_where": dict(ledger.leaks),
        "examples": ledger.examples,
        "in_scope_controls": dict(ledger.controls),
    }


def main() -> None:
    result = run("--quick" in sys.argv)
    print(f"access red-team: {result['probes']} probes {result['by_channel']}; leaks {result['leaks']} "
          f"{result['leaks_by_where']}; in-scope controls (the same questions about people one may see) "
          f"{result['in_scope_controls']}")  # fmt: skip
    for line in result["examples"]:
        print("  ", line)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
