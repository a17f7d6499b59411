"""The held-out corpus stays well formed: every message parses and every label checks out."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _checker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("heldout_check_labels", HERE / "check_labels.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_heldout_message_and_label_checks_out(capsys: pytest.CaptureFixture[str]) -> None:
    status = _checker().main()
    out = capsys.readouterr().out
    assert status == 0, out


def test_checker_recomputes_decision_dates_and_weekdays() -> None:
    checker = _checker()
    assert checker.decide(("bdays", 5, "US"), date(2026, 11, 23)) == date(2026, 12, 1)
    assert checker.decide(("end_next_week",), date(2026, 7, 22)) == date(2026, 7, 31)
    assert checker.weekday_mismatches("Monday, July 21, 2026", date(2026, 7, 1))
    assert not checker.weekday_mismatches("Tuesday, July 21, 2026", date(2026, 7, 1))
