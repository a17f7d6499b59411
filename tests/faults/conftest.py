"""Fixtures of the fault tests: the Dovecot helpers of tests/integration, one understand
stage and one rule set for the whole session (loading them per cycle would cost seconds),
and the drafts a fault-free run leaves (the reference every faulty run must end at)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))


@pytest.fixture(scope="session")
def stages() -> tuple[Any, Any]:
    from followup.rules.load import load_rules, shipped_rules_dir
    from followup.service import load_understander

    return load_understander("auto"), load_rules([shipped_rules_dir()])


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory, stages: tuple[Any, Any]) -> set[str]:
    """The drafts a fault-free run over the demo mailbox leaves: every fault ends exactly here."""
    from dovecot import running_dovecot

    from .world import world

    with running_dovecot() as server, world(server, tmp_path_factory.mktemp("ref"), stages) as w:
        w.deliver_late()
        w.cycle()
        keys = w.draft_keys()
    assert len(keys) >= 5 and max(keys.values()) == 1
    return set(keys)
