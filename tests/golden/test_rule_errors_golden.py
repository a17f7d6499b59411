"""Rule-file error messages are golden: every problem at once, `file:line:col: key.path:
message`, with did-you-mean; broken rules are skipped, the rest still load."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from followup.errors import EX_CONFIG, ConfigError
from followup.rules.check import check_dirs
from followup.rules.load import load_rules, shipped_rules_dir
from golden import HERE, check_golden

FOLDER = HERE / "rule-errors"


def test_every_problem_at_once_with_positions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FOLDER)
    rules = load_rules([shipped_rules_dir(), Path("broken")])
    check_golden("rule-errors/expected.txt", "\n".join(rules.problems) + "\n")
    assert rules.get("good") is not None  # lenient: the good rule still loads
    assert rules.get("typos") is None and rules.get("thank-you") is not None


def test_strict_loading_raises_a_config_error() -> None:
    with pytest.raises(ConfigError) as err:
        load_rules([shipped_rules_dir(), FOLDER / "broken"], strict=True)
    assert err.value.exit_code == EX_CONFIG
    assert len(err.value.problems) >= 15


def test_rules_check_exits_78_and_lists_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FOLDER)
    out, err = io.StringIO(), io.StringIO()
    assert check_dirs([shipped_rules_dir(), Path("broken")], out=out, err=err) == EX_CONFIG
    assert err.getvalue().count("\n") >= 15
    assert "problem(s)" in out.getvalue()


def test_rules_check_passes_on_the_shipped_rules() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert check_dirs([shipped_rules_dir()], out=out, err=err) == 0, err.getvalue()
    assert ": ok" in out.getvalue()


def test_rules_check_runs_examples_and_reports_failures(tmp_path: Path) -> None:
    text = (shipped_rules_dir() / "thank-you.yaml").read_text()
    (tmp_path / "thank-you.yaml").write_text(
        text.replace("per_interview: 1", "per_interview: 1\nonly_if: {stage_in: [applied]}")
    )
    out, err = io.StringIO(), io.StringIO()
    assert check_dirs([shipped_rules_dir(), tmp_path], out=out, err=err) == EX_CONFIG
    assert "thank-you.yaml:" in err.getvalue() and "example 'two interviewers" in err.getvalue()


def test_rules_check_of_a_missing_folder(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert check_dirs([shipped_rules_dir(), tmp_path / "nope"], out=out, err=err) == EX_CONFIG


def test_the_cli_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from followup.cli import main

    assert main(["rules", "check", str(FOLDER / "broken")]) == EX_CONFIG
    captured = capsys.readouterr()
    assert "typos.yaml:6:1: wiat: unknown key 'wiat' (did you mean 'wait'?)" in captured.err
    mine = tmp_path / "rules"
    mine.mkdir()
    (mine / "brief.yaml").write_text(
        (shipped_rules_dir() / "interview-brief.yaml")
        .read_text()
        .replace("enabled: false", "enabled: true")
    )
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Jordan Avery, email: jordan@example.net, timezone: America/Chicago}\n"
        f"mailboxes: [{{type: maildir, path: {tmp_path}}}]\nrules_dir: {mine}\n"
    )
    monkeypatch.delenv("FOLLOWUP_CONFIG", raising=False)
    assert main(["rules", "check", "--config", str(config)]) == 0, capsys.readouterr().err
    assert "6 rules (6 enabled)" in capsys.readouterr().out
