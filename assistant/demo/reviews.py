"""Half-year-end review texts (self, manager, peer) composed from the native zh and en fragments in
``knowledge/demo/review_bank.yaml`` around each person's actual key results and scores."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from assistant.demo.bank import review_bank
from assistant.demo.org import Org
from assistant.hris.lark.performance import review_id
from assistant.hris.models import Cycle, Review

BAND = {"S": "high", "A": "high", "B": "mid", "C": "low", "D": "low"}


class ReviewWriter:
    def __init__(self, rng: random.Random, org: Org) -> None:
        self.rng, self.org = rng, org
        self.people = org.by_id()
        self.bank = review_bank()

    def _pick(self, items: list[str], n: int = 1) -> list[str]:
        return self.rng.sample(items, min(n, len(items)))

    def _fill(self, text: str, name: str, kr: str, score: float | None) -> str:
        return text.format(name=name, kr=kr, score="" if score is None else f"{score:.1f}")

    def cycle(
        self, cycle: Cycle, grades: dict[str, str], krs: dict[str, list[tuple[tuple[str, str], float | None]]]
    ) -> list[Review]:
        out: list[Review] = []
        for emp_id, grade in sorted(grades.items()):
            emp = self.people[emp_id]
            band = BAND[grade]
            mine = krs.get(emp_id) or [(("我负责的关键结果", "my key results"), None)]
            due = datetime.combine(
                cycle.end - timedelta(days=self.rng.randint(2, 9)),
                time(3 + self.rng.randint(0, 8), 0, tzinfo=UTC),
            )
            out.append(
                self._review(cycle, emp_id, emp_id, "self", self._self_text(emp.language, band, mine), due)
            )
            if emp.manager_id:
                mgr = self.people[emp.manager_id]
                text = self._manager_text(mgr.language, band, emp, mine)
                out.append(self._review(cycle, emp_id, mgr.id, "manager", text, due + timedelta(days=3)))
            team = self.org.team_of.get(emp_id)
            peers = [p for p in self.org.members.get(team or "", []) if p != emp_id]
            for peer in self._pick(peers, self.rng.choice([0, 1, 2])):
                text = self._peer_text(self.people[peer].language, emp.name)
                out.append(self._review(cycle, emp_id, peer, "peer", text, due - timedelta(days=1)))
        return out

    def _review(
        self, cycle: Cycle, reviewee: str, reviewer: str, kind: str, text: str, when: datetime
    ) -> Review:
        return Review(
            id=review_id(cycle.id, reviewee, reviewer, "leader_review", f"{kind}_comment"),
            cycle_id=cycle.id,
            reviewee_id=reviewee,
            reviewer_id=reviewer,
            kind=kind,
            text=text,
            lang=self.people[reviewer].language,
            submitted_at=when,
        )

    def _self_text(self, lang: str, band: str, krs: list[tuple[tuple[str, str], float | None]]) -> str:
        b = self.bank[lang]["self"]
        (zh, en), score = self.rng.choice(krs)
        parts = [self._fill(self._pick(b["summary"][band])[0], "", zh if lang == "zh" else en, score)]
        parts += self._pick(b["reflection"], self.rng.choice([1, 1, 2]))
        parts += self._pick(b["next"])
        return _join(parts, lang)

    def _manager_text(self, lang: str, band: str, emp, krs) -> str:  # type: ignore[no-untyped-def]
        b = self.bank[lang]["manager"]
        family = emp.job_family if emp.job_family in b["strength"] else "product"
        name = emp.name
        parts = [self._fill(self._pick(b["opening"][band])[0], name, "", None)]
        for (zh, en), score in self._pick(krs, self.rng.choice([1, 2])):
            parts.append(
                self._fill(self._pick(b["achievement"][band])[0], name, zh if lang == "zh" else en, score)
            )
        parts += [
            self._fill(s, name, "", None) for s in self._pick(b["strength"][family], self.rng.choice([1, 2]))
        ]
        parts += [self._fill(s, name, "", None) for s in self._pick(b["growth"][family])]
        parts.append(self._fill(self._pick(b["closing"][band])[0], name, "", None))
        return _join(parts, lang)

    def _peer_text(self, lang: str, name: str) -> str:
        b = self.bank[lang]["peer"]
        parts = [
            self._fill(self._pick(b["praise"])[0], name, "", None),
            self._fill(self._pick(b["suggestion"])[0], name, "", None),
        ]
        return _join(parts, lang)


def _join(parts: list[str], lang: str) -> str:
    parts = [p.strip() for p in parts if p and p.strip()]
    return "".join(parts) if lang == "zh" else " ".join(parts)
