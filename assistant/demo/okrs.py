"""The demo company's OKRs over all cycles: a cascade from company to department heads, team leads and
members, KR values that carry over from one cycle to the next, and the planted OKR patterns."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from assistant.demo.bank import (
    KrTemplate,
    ObjectiveTemplate,
    company_objectives,
    department_objectives,
    vague_key_results,
)
from assistant.demo.org import Org
from assistant.hris.models import Alignment, Cycle, KeyResult, Objective, ProgressRecord
from assistant.hris.scoring import weighted_score

WEIGHTS = {1: [1.0], 2: [0.5, 0.5], 3: [0.4, 0.3, 0.3], 4: [0.3, 0.3, 0.2, 0.2]}


@dataclass
class OkrState:
    """What the generator remembers between cycles."""

    achieved: dict[tuple[str, str], float] = field(default_factory=dict)  # (owner, kr template) -> last value
    picks: dict[str, list[ObjectiveTemplate]] = field(default_factory=dict)  # owner -> objective templates


@dataclass
class OkrOutput:
    objectives: list[Objective] = field(default_factory=list)
    key_results: list[KeyResult] = field(default_factory=list)
    alignments: list[Alignment] = field(default_factory=list)
    progress: list[ProgressRecord] = field(default_factory=list)
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)  # KR id -> (zh, en)
    template_of: dict[str, str] = field(default_factory=dict)  # objective id -> template key
    manifest: dict[str, list] = field(
        default_factory=lambda: {
            "misaligned_objectives": [],
            "unaligned_objectives": [],
            "private_objectives": [],
            "vague_key_results": [],
            "sandbagging_key_results": [],
        }
    )


def deadline_of(cycle: Cycle) -> datetime:
    """23:59:59 on the last day, Shanghai time."""
    return datetime.combine(cycle.end, time(15, 59, 59, tzinfo=UTC))


class OkrGenerator:
    def __init__(self, rng: random.Random, org: Org, ability: dict[str, float], sandbag_team: str) -> None:
        self.rng, self.org, self.ability, self.sandbag_team = rng, org, ability, sandbag_team
        self.state = OkrState()
        self.out = OkrOutput()
        self.people = org.by_id()

    def cycle(self, cycle: Cycle, closed: bool, plant: bool, sandbag: bool) -> None:
        rng = self.rng
        tag = cycle.id
        company_pool = company_objectives()
        chosen = [company_pool[0], company_pool[1], *rng.sample(company_pool[2:], 2)]
        company_ids = {}
        for n, c in enumerate(chosen, 1):
            oid = f"O-{tag}-{self.org.ceo}-{n}"
            company_ids[c["id"]] = oid
            self._objective(
                oid,
                cycle,
                self.org.ceo,
                n,
                c["zh"],
                c["en"],
                [],
                closed,
                weight=WEIGHTS[4][n - 1],
                template=None,
                sandbag=False,
            )
        head_objs: dict[str, list[tuple[str, ObjectiveTemplate]]] = {}
        for dept, head in self.org.heads.items():
            templates = [t for t in department_objectives(dept) if set(t.supports) & set(company_ids)]
            picks = self._picks(head, templates or list(department_objectives(dept)), 3)
            head_objs[dept] = []
            for n, tpl in enumerate(picks, 1):
                parent = next(
                    (company_ids[s] for s in tpl.supports if s in company_ids),
                    next(iter(company_ids.values())),
                )
                oid = self._from_template(cycle, head, n, tpl, [parent], closed, len(picks), False)
                head_objs[dept].append((oid, tpl))
        for team, lead in self.org.leads.items():
            dept = self.org.dept_of[lead]
            parents = head_objs[dept]
            picks = self._picks(lead, [t for _, t in parents], self.rng.choice([2, 3]))
            lead_objs = []
            for n, tpl in enumerate(picks, 1):
                parent = next(oid for oid, t in parents if t.key == tpl.key)
                oid = self._from_template(
                    cycle, lead, n, tpl, [parent], closed, len(picks), sandbag and team == self.sandbag_team
                )
                lead_objs.append((oid, tpl))
            for member in self.org.members[team]:
                count = self.rng.choice([2, 2, 3])
                pool = [t for _, t in lead_objs] + [t for t in department_objectives(dept) if t not in picks][
                    :2
                ]
                mpicks = self._picks(member, pool, count)
                for n, tpl in enumerate(mpicks, 1):
                    parent = next((oid for oid, t in lead_objs if t.key == tpl.key), None)
                    parent = parent or next((oid for oid, t in parents if t.key == tpl.key), lead_objs[0][0])
                    self._from_template(
                        cycle,
                        member,
                        n,
                        tpl,
                        [parent],
                        closed,
                        len(mpicks),
                        sandbag and team == self.sandbag_team,
                    )
        if plant:
            self._plant_alignment_problems(cycle, head_objs)

    def _picks(self, owner: str, pool: list[ObjectiveTemplate], count: int) -> list[ObjectiveTemplate]:
        """Mostly the same objectives as last cycle (so KR history exists), sometimes a new one."""
        previous = [t for t in self.state.picks.get(owner, []) if t in pool]
        keep = [t for t in previous if self.rng.random() < 0.75][:count]
        fresh = [t for t in pool if t not in keep]
        self.rng.shuffle(fresh)
        picks = (keep + fresh)[: min(count, len(pool))]
        self.state.picks[owner] = picks
        return picks

    def _from_template(
        self,
        cycle: Cycle,
        owner: str,
        n: int,
        tpl: ObjectiveTemplate,
        parents: list[str],
        closed: bool,
        count: int,
        sandbag: bool,
    ) -> str:
        oid = f"O-{cycle.id}-{owner}-{n}"
        self._objective(
            oid, cycle, owner, n, tpl.zh, tpl.en, parents, closed, WEIGHTS[count][n - 1], tpl, sandbag
        )
        self.out.template_of[oid] = tpl.key
        return oid

    def _objective(
        self,
        oid: str,
        cycle: Cycle,
        owner: str,
        n: int,
        zh: str,
        en: str,
        parents: list[str],
        closed: bool,
        weight: float,
        template: ObjectiveTemplate | None,
        sandbag: bool,
    ) -> None:
        rng = self.rng
        lang = self.people[owner].language
        kr_templates = list(template.key_results) if template else []
        k = min(len(kr_templates), rng.choice([2, 3, 3, 4])) if template else 0
        chosen = rng.sample(kr_templates, k) if k else []
        krs: list[KeyResult] = []
        for j, kt in enumerate(chosen, 1):
            krs.append(
                self._key_result(
                    f"{oid}-KR{j}", oid, j, kt, owner, cycle, closed, sandbag, WEIGHTS[len(chosen)][j - 1]
                )
            )
        score = weighted_score([(kr.score, kr.weight) for kr in krs]) if closed else None
        if not template:  # company objectives are scored from the departments' results
            score = round(rng.uniform(0.55, 0.8), 1) if closed else None
        progress = None if closed else round(rng.uniform(35, 65))
        obj = Objective(
            id=oid,
            cycle_id=cycle.id,
            owner_id=owner,
            position=n,
            content=zh if lang == "zh" else en,
            score=score,
            weight=weight,
            progress_percent=progress,
            progress_status=None if closed else rng.choice(["normal"] * 4 + ["at_risk"]),
            deadline=deadline_of(cycle),
        )
        self.out.objectives.append(obj)
        self.out.key_results += krs
        for p in parents:
            self.out.alignments.append(Alignment(id=f"{oid}>{p}", from_objective_id=oid, to_objective_id=p))
        when = datetime.combine(
            cycle.end if closed else cycle.start + timedelta(days=95), time(2, 30, tzinfo=UTC)
        )
        note = (
            f"{'半年复盘' if closed else '中期进展'}："
            if lang == "zh"
            else f"{'Half-year wrap-up' if closed else 'Mid-term update'}: "
        )
        detail = "；".join if lang == "zh" else "; ".join
        text = note + detail(
            f"{kr.content} → {kr.current:g}{kr.unit or ''}" for kr in krs if kr.current is not None
        )
        if krs:
            self.out.progress.append(
                ProgressRecord(
                    id=f"P-{oid}", target_type="objective", target_id=oid, modified_at=when, text=text
                )
            )

    def _key_result(
        self,
        kid: str,
        oid: str,
        pos: int,
        kt: KrTemplate,
        owner: str,
        cycle: Cycle,
        closed: bool,
        sandbag: bool,
        weight: float,
    ) -> KeyResult:
        rng = self.rng
        lang = self.people[owner].language
        if not sandbag and rng.random() < 0.07:
            vague = rng.choice(vague_key_results(kt.key.split(".")[0]))
            self.out.manifest["vague_key_results"].append({"key_result": kid, "flaw": vague["flaw"]})
            self.out.texts[kid] = (vague["zh"], vague["en"])
            score = round(min(1.0, max(0.0, rng.gauss(0.7, 0.2))), 1) if closed else None
            return KeyResult(
                id=kid,
                objective_id=oid,
                position=pos,
                content=vague[lang],
                score=score,
                weight=weight,
                deadline=deadline_of(cycle),
            )
        lo, hi = kt.spec["baseline"]
        sign = 1 if kt.direction == "increase" else -1
        last = self.state.achieved.get((owner, kt.key))
        if last is None or not lo * 0.5 <= last <= hi * 2.5:
            last = rng.uniform(lo, hi)
        step = 10**-kt.decimals
        ceiling = 100.0 - step if kt.spec["unit"] == "%" and hi <= 100 else math.inf
        if last >= ceiling - 5 * step:  # no headroom left: the team moved on to a fresh baseline
            last = rng.uniform(lo, hi)
        if sandbag:
            target = last * (1 - sign * rng.uniform(0.0, 0.06))
            baseline = target * (1 - sign * rng.uniform(0.05, 0.15))
            progress = rng.uniform(1.05, 1.25)
            self.out.manifest["sandbagging_key_results"].append(
                {"key_result": kid, "last_achieved": round(last, kt.decimals)}
            )
        else:
            baseline = last
            imp = rng.uniform(*kt.spec["improvement"])
            target = baseline * (1 + sign * imp)
            z = self.ability.get(owner, 0.0)
            progress = min(1.3, max(0.0, rng.gauss(0.72 + 0.12 * z, 0.18)))
        target = min(target, ceiling) if sign > 0 else max(target, step)
        baseline, target = round(baseline, kt.decimals), round(target, kt.decimals)
        if (target - baseline) * sign <= 0:  # rounding or a cap ate the improvement
            if sandbag:  # keep the low target; the stated baseline is what gives way
                baseline = round(target - sign * max(step, abs(target) * 0.1), kt.decimals)
            else:
                target = round(baseline + sign * max(step, abs(baseline) * 0.1), kt.decimals)
        if not closed:
            progress = rng.uniform(0.3, 0.6)
        current = round(min(ceiling, baseline + (target - baseline) * progress), kt.decimals)
        if closed:
            self.state.achieved[(owner, kt.key)] = current
        self.out.texts[kid] = (
            kt.render("zh", baseline, target, cycle.end),
            kt.render("en", baseline, target, cycle.end),
        )
        return KeyResult(
            id=kid,
            objective_id=oid,
            position=pos,
            content=self.out.texts[kid][0 if lang == "zh" else 1],
            score=round(min(1.0, progress), 1) if closed else None,
            weight=weight,
            progress_percent=None if closed else round(progress * 100),
            deadline=deadline_of(cycle),
            baseline=baseline,
            target=target,
            current=current,
            unit=kt.spec["unit"] or None,
            direction=kt.direction,
        )

    def _plant_alignment_problems(
        self, cycle: Cycle, head_objs: dict[str, list[tuple[str, ObjectiveTemplate]]]
    ) -> None:
        """A few member objectives aligned to an unrelated department's objective, a few with no parent,
        and one private objective per HR team member."""
        members = [
            o
            for o in self.out.objectives
            if o.cycle_id == cycle.id and self.people[o.owner_id].role == "employee"
        ]
        unrelated = {
            "engineering": "finance",
            "sales": "hr",
            "marketing": "engineering",
            "ecommerce_ops": "hr",
            "customer_success": "finance",
            "product": "hr",
            "finance": "marketing",
            "hr": "sales",
        }
        picks = self.rng.sample(members, 14)
        for obj in picks[:8]:
            dept = self.org.dept_of[obj.owner_id]
            other = head_objs[unrelated[dept]]
            mine = self.out.template_of.get(obj.id, "")
            parent = (
                next(oid for oid, t in other if not set(t.supports) & set(_supports(mine)))
                if any(not set(t.supports) & set(_supports(mine)) for _, t in other)
                else other[0][0]
            )
            self.out.alignments = [a for a in self.out.alignments if a.from_objective_id != obj.id]
            self.out.alignments.append(
                Alignment(id=f"{obj.id}>{parent}", from_objective_id=obj.id, to_objective_id=parent)
            )
            self.out.manifest["misaligned_objectives"].append(
                {"objective": obj.id, "declared_parent": parent, "cycle": cycle.id}
            )
        for obj in picks[8:]:
            self.out.alignments = [a for a in self.out.alignments if a.from_objective_id != obj.id]
            self.out.manifest["unaligned_objectives"].append({"objective": obj.id, "cycle": cycle.id})
        hr_members = [o for o in members if self.org.dept_of[o.owner_id] == "hr" and o not in picks][:3]
        for obj in hr_members:
            obj.private = True
            self.out.manifest["private_objectives"].append({"objective": obj.id, "owner": obj.owner_id})


def _supports(template_key: str) -> tuple[str, ...]:
    if not template_key:
        return ()
    dept, idx = template_key.split(".")
    return department_objectives(dept)[int(idx)].supports
