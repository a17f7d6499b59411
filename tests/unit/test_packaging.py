"""The package is importable as `followup` and every subpackage of daemon/ is shipped."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_subpackage_is_declared() -> None:
    declared = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(("followup", *init.parent.relative_to(ROOT / "daemon").parts))
        for init in (ROOT / "daemon").rglob("__init__.py")
    }
    assert found <= declared, f"add to pyproject packages: {sorted(found - declared)}"


def test_shipped_rules_are_package_data() -> None:
    link = ROOT / "daemon" / "_rules"
    assert link.resolve() == (ROOT / "rules").resolve()


def _imported_modules() -> set[str]:
    import ast
    import sys

    found: set[str] = set()
    for path in (ROOT / "daemon").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m != "followup"}


def _normal(name: str) -> str:
    import re

    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_third_party_import_is_a_declared_dependency() -> None:
    import re
    from importlib.metadata import packages_distributions

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {
        _normal(re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0]) for d in project["dependencies"]
    }
    providers = packages_distributions()
    missing = {
        module: providers.get(module, ["?"])
        for module in _imported_modules()
        if not {_normal(d) for d in providers.get(module, [])} & declared
    }
    assert not missing, f"imported by daemon/ but not in pyproject dependencies: {missing}"


def test_every_module_the_readme_layout_names_exists() -> None:
    import re

    readme = (ROOT / "README.md").read_text()
    layout = readme[readme.index("## Layout") :]
    layout = layout[: layout.index("\n## ", 1)]
    named = set(re.findall(r"`([\w*/]+\.py)`", layout)) | set(re.findall(r"`(\w+/)`", layout))
    assert len(named) > 20
    for name in named:
        stem = name.rstrip("/")
        in_package = any((ROOT / "daemon").rglob(stem))
        assert in_package or (ROOT / stem).exists() or (ROOT / "tests" / stem).exists(), name
