from assistant.access.scope import compute_scope, descendants, find_cycle, invert

MANAGER = {
    "ceo": None,
    "m1": "ceo",
    "m2": "ceo",
    "a": "m1",
    "b": "m1",
    "c": "a",
    "d": "m2",
    "hr": "ceo",
    "bp": "hr",
}
UNIT = {
    "ceo": "co",
    "m1": "eng",
    "a": "eng-t1",
    "b": "eng",
    "c": "eng-t1",
    "m2": "ops",
    "d": "ops",
    "hr": "co",
    "bp": "hr",
}
UNITS = {"co": None, "eng": "co", "eng-t1": "eng", "ops": "co", "hr": "co"}


def scope(who: str, role: str, units: list[str] = ()) -> frozenset[str] | None:  # type: ignore[assignment]
    return compute_scope(who, role, MANAGER, UNIT, UNITS, units)


def test_roles() -> None:
    assert scope("c", "employee") == {"c"}
    assert scope("m1", "manager") == {"m1", "a", "b", "c"}  # direct and indirect reports
    assert scope("a", "manager") == {"a", "c"}
    assert scope("bp", "hrbp", ["eng"]) == {"bp", "m1", "a", "b", "c"}  # sub-units included
    assert scope("hr", "hr_admin") is None


def test_descendants_and_loops() -> None:
    assert descendants(invert(MANAGER), ["m2"]) == {"d"}
    assert find_cycle(MANAGER) is None
    loop = find_cycle({"x": "y", "y": "z", "z": "x", "w": "x"})
    assert loop is not None and loop[0] == loop[-1] and set(loop) == {"x", "y", "z"}
    assert descendants(invert({"x": "y", "y": "x"}), ["x"]) == {"x", "y"}  # terminates on a loop
