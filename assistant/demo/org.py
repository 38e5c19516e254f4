"""The demo company's organisation: departments, teams, people, roles and HRBP assignments."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from assistant.demo.names import en_name, zh_name
from assistant.hris.models import Employee, HrbpAssignment, OrgUnit

# key: (zh, en, headcount excluding the head, team size, offices with weights, job family)
DEPARTMENTS: dict[str, tuple[str, str, int, int, dict[str, int]]] = {
    "engineering": ("工程部", "Engineering", 88, 9, {"Shenzhen": 6, "Shanghai": 3, "Singapore": 1}),
    "product": ("产品部", "Product", 28, 7, {"Shenzhen": 4, "Shanghai": 2, "Singapore": 1}),
    "sales": ("销售部", "Sales", 44, 8, {"Singapore": 3, "Toronto": 3, "Shenzhen": 2}),
    "customer_success": (
        "客户成功部",
        "Customer Success",
        34,
        8,
        {"Singapore": 2, "Toronto": 2, "Shanghai": 2},
    ),
    "marketing": ("市场部", "Marketing", 24, 8, {"Shanghai": 3, "Singapore": 1, "Toronto": 1}),
    "ecommerce_ops": ("电商运营部", "E-commerce Operations", 39, 8, {"Shenzhen": 3, "Shanghai": 2}),
    "hr": ("人力资源部", "HR", 14, 7, {"Shenzhen": 3, "Singapore": 1}),
    "finance": ("财务部", "Finance", 14, 7, {"Shenzhen": 3, "Toronto": 1}),
}
OFFICE_ZH = {"Shenzhen": "深圳", "Shanghai": "上海", "Singapore": "新加坡", "Toronto": "多伦多"}


@dataclass
class Org:
    units: list[OrgUnit] = field(default_factory=list)
    people: list[Employee] = field(default_factory=list)
    hrbp: list[HrbpAssignment] = field(default_factory=list)
    dept_of: dict[str, str] = field(default_factory=dict)  # employee -> department key
    team_of: dict[str, str] = field(default_factory=dict)  # employee -> team unit id
    heads: dict[str, str] = field(default_factory=dict)  # department key -> head id
    leads: dict[str, str] = field(default_factory=dict)  # team unit id -> lead id
    members: dict[str, list[str]] = field(default_factory=dict)  # team unit id -> member ids (no lead)
    ceo: str = ""
    accounts: dict[str, str] = field(default_factory=dict)  # role -> demo log-in id

    def by_id(self) -> dict[str, Employee]:
        return {e.id: e for e in self.people}


def build_org(rng: random.Random) -> Org:
    org = Org()
    used: set[str] = set()
    counter = iter(range(1, 10_000))

    def person(unit: str, dept: str, office: str, manager: str | None, level: str, role: str) -> Employee:
        en = office in ("Singapore", "Toronto")
        name = en_name(rng, used, office == "Singapore") if en else zh_name(rng, used)
        eid = f"E{next(counter):04d}"
        year = rng.randint(2016, 2023)
        emp = Employee(
            id=eid,
            name=name,
            email=f"{eid.lower()}@bridgecart.example",
            manager_id=manager,
            org_unit_id=unit,
            office=office,
            language="en" if en else "zh",
            level=level,
            job_family=dept,
            role=role,
            hire_date=date(year, rng.randint(1, 12), rng.randint(1, 28)),
            lark_open_id=f"ou_{eid.lower()}",
        )
        org.people.append(emp)
        org.dept_of[eid] = dept
        return emp

    org.units.append(OrgUnit(id="BC", name_zh="桥购科技", name_en="BridgeCart", kind="company"))
    org.ceo = person("BC", "executive", "Shenzhen", None, "M4", "manager").id
    org.dept_of[org.ceo] = "executive"
    for key, (zh, en, headcount, team_size, offices) in DEPARTMENTS.items():
        dept_unit = f"D-{key}"
        org.units.append(OrgUnit(id=dept_unit, name_zh=zh, name_en=en, parent_id="BC", kind="department"))
        main_office = max(offices, key=lambda o: offices[o])
        head = person(dept_unit, key, main_office, org.ceo, "M3", "manager")
        org.heads[key] = head.id
        teams = max(1, round(headcount / (team_size + 1)))
        remaining = headcount
        for n in range(1, teams + 1):
            size = remaining // (teams - n + 1)
            remaining -= size
            office = rng.choices(list(offices), weights=list(offices.values()))[0]
            unit = f"T-{key}-{n}"
            org.units.append(
                OrgUnit(
                    id=unit,
                    name_zh=f"{zh}{_zh_num(n)}组",
                    name_en=f"{en} team {n}",
                    parent_id=dept_unit,
                    kind="team",
                )
            )
            lead = person(unit, key, office, head.id, rng.choice(["M1", "M2"]), "manager")
            org.leads[unit] = lead.id
            org.team_of[lead.id] = unit
            org.members[unit] = []
            for _ in range(size - 1):
                member_office = office if rng.random() < 0.8 else rng.choice(list(offices))
                level = rng.choices(["P3", "P4", "P5", "P6", "P7"], weights=[2, 4, 4, 2, 1])[0]
                m = person(unit, key, member_office, lead.id, level, "employee")
                org.members[unit].append(m.id)
                org.team_of[m.id] = unit
    _assign_hr_roles(org)
    return org


def _assign_hr_roles(org: Org) -> None:
    """HR director and HR ops are HR admins; three HRBPs cover the departments."""
    hr_people = [e for e in org.people if org.dept_of[e.id] == "hr"]
    by_id = org.by_id()
    by_id[org.heads["hr"]].role = "hr_admin"
    staff = [e for e in hr_people if e.role == "employee"]
    staff[0].role = "hr_admin"
    coverage = [
        ["engineering", "product"],
        ["sales", "customer_success", "marketing"],
        ["ecommerce_ops", "finance", "hr"],
    ]
    for hrbp, depts in zip(staff[1:4], coverage, strict=True):
        hrbp.role = "hrbp"
        hrbp.level = "P6"
        for d in depts:
            org.hrbp.append(HrbpAssignment(hrbp_id=hrbp.id, org_unit_id=f"D-{d}"))
    first_team = "T-engineering-1"
    employee = next(m for m in org.members[first_team] if by_id[m].office in ("Shenzhen", "Shanghai"))
    org.accounts = {
        "employee": employee,
        "manager": org.leads[first_team],
        "hrbp": staff[1].id,
        "hr_admin": org.heads["hr"],
    }


def _zh_num(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if n <= 10 else str(n)
