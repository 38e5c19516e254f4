"""Organisation: units, employees, HRBP assignments."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel

ROLES = ("employee", "manager", "hrbp", "hr_admin")


class OrgUnit(SQLModel, table=True):
    __tablename__ = "org_unit"

    id: str = Field(primary_key=True)
    name_zh: str
    name_en: str
    parent_id: str | None = Field(default=None, foreign_key="org_unit.id", index=True)
    kind: str = "team"  # company | department | team


class Employee(SQLModel, table=True):
    id: str = Field(primary_key=True)  # the HRIS user id (Lark user_id)
    name: str
    name_en: str | None = None
    email: str | None = None
    manager_id: str | None = Field(default=None, foreign_key="employee.id", index=True)
    org_unit_id: str | None = Field(default=None, foreign_key="org_unit.id", index=True)
    office: str | None = None
    language: str = "zh"  # preferred interface language: zh | en
    level: str | None = None
    job_family: str | None = None
    role: str = "employee"  # one of ROLES
    hire_date: date | None = None
    active: bool = True
    lark_open_id: str | None = Field(default=None, index=True)
    password_hash: str | None = None


class HrbpAssignment(SQLModel, table=True):
    __tablename__ = "hrbp_assignment"

    hrbp_id: str = Field(foreign_key="employee.id", primary_key=True)
    org_unit_id: str = Field(foreign_key="org_unit.id", primary_key=True)
