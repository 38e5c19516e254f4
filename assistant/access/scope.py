"""Pure scope rules: whose private records a viewer may see.

employee: own; manager: own plus direct and indirect reports; HRBP: own plus everyone in the assigned
org units and their sub-units; HR admin: everyone (``None``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping


def descendants(children: Mapping[str, Iterable[str]], roots: Iterable[str]) -> set[str]:
    """Every node below ``roots`` (not the roots themselves); safe on cycles."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def invert(parent_of: Mapping[str, str | None]) -> dict[str, list[str]]:
    children: dict[str, list[str]] = defaultdict(list)
    for node, parent in parent_of.items():
        if parent is not None:
            children[parent].append(node)
    return children


def find_cycle(parent_of: Mapping[str, str | None]) -> list[str] | None:
    """A chain that loops (e.g. a manages b manages a), or None."""
    done: set[str] = set()
    for start in parent_of:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node not in done:
            if node in on_path:
                return [*path[path.index(node) :], node]
            path.append(node)
            on_path.add(node)
            node = parent_of.get(node)
        done.update(path)
    return None


def compute_scope(
    viewer_id: str,
    role: str,
    manager_of: Mapping[str, str | None],
    unit_of: Mapping[str, str | None],
    unit_parent_of: Mapping[str, str | None],
    hrbp_units: Iterable[str],
) -> frozenset[str] | None:
    """The employee ids whose private records ``viewer_id`` may read; ``None`` means everyone."""
    if role == "hr_admin":
        return None
    scope = {viewer_id} | descendants(invert(manager_of), [viewer_id])
    if role == "hrbp":
        units = set(hrbp_units)
        units |= descendants(invert(unit_parent_of), units)
        scope |= {emp for emp, unit in unit_of.items() if unit in units}
    return frozenset(scope)
