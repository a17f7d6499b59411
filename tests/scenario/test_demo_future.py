"""The demo's future, as the rules see it: after the demo cycle (Mon Nov 23 2026), `plan`
shows one check-in per interviewed application after its decision date (or 7 days after the
interview, Thanksgiving skipped); the Copperleaf rejection is too old for a reply; the webinar
and the other noise never become applications, even once their dates pass."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from followup.cli import main

CONFIG = "config.yaml"


def _json(*args: str) -> Any:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main([*args, "--json"]) == 0
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("demo-future") / "demo"
    with redirect_stdout(io.StringIO()):
        assert main(["demo", "--dir", str(target)]) == 0
    return target


def test_check_ins_come_after_the_decision_dates(demo: Path) -> None:
    config = str(demo / CONFIG)
    soon = _json("plan", "--config", config, "--now", "2026-11-23T09:00:00-06:00")
    assert soon["place"] == []
    later = {(d["company"], d["rule"]): d for d in soon["later"]}
    assert set(later) == {("Northwind Analytics", "check-in"), ("Lumen Health", "check-in")}
    # Northwind: no date stated; 7 days after Thu Nov 19 is Thanksgiving, so Friday
    assert later["Northwind Analytics", "check-in"]["due"] == "2026-11-27T09:00:00-06:00"
    # Lumen: "a decision by Friday, December 4"; 3 business days later
    assert later["Lumen Health", "check-in"]["due"] == "2026-12-09T09:00:00-06:00"
    assert later["Lumen Health", "check-in"]["send_by"] == "2026-12-11T17:00:00-06:00"
    december = _json("plan", "--config", config, "--now", "2026-12-10T09:00:00-06:00")
    assert sorted(d["company"] for d in december["place"]) == [
        "Lumen Health",
        "Northwind Analytics",
    ]
    assert december["later"] == []


def test_the_rejection_is_too_old_for_a_reply_and_noise_stays_noise(demo: Path) -> None:
    config = str(demo / CONFIG)
    assert main(["run", "--once", "--config", config, "--now", "2026-12-10T09:00:00-06:00"]) == 0
    status = _json("status", "--config", config, "--now", "2026-12-10T09:05:00-06:00")
    companies = sorted(a["company"] for a in status["applications"])
    assert companies == [
        "Bluebird Freight", "Copperleaf Robotics", "Lumen Health", "Northwind Analytics",
    ]  # fmt: skip
    rules = sorted(d["rule"] for d in status["drafts"]["items"])
    assert rules == ["check-in"] * 2 + ["thank-you"] * 5
    out = io.StringIO()
    with redirect_stdout(out):
        args = ["explain", "copperleaf", "--config", config, "--now", "2026-12-10T09:10:00-06:00"]
        assert main(args) == 0
    assert "rejection-reply.yaml:24: rejection received 2026-11-13 18:31 CST" in out.getvalue()
    assert "too late: expired 2026-11-20 18:31 CST" in out.getvalue()
