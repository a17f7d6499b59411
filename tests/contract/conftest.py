"""The contract suite runs once per harness; every `harness_*.py` here contributes FACTORIES."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .harness import Harness


def _factories() -> dict[str, Callable[[Path], Harness]]:
    found: dict[str, Callable[[Path], Harness]] = {}
    for module_path in sorted(Path(__file__).parent.glob("harness_*.py")):
        module = importlib.import_module(f"{__package__}.{module_path.stem}")
        found.update(getattr(module, "FACTORIES", {}))
    return found


FACTORIES = _factories()


@pytest.fixture(params=sorted(FACTORIES))
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    made = FACTORIES[request.param](tmp_path)
    try:
        yield made
    finally:
        made.close()
