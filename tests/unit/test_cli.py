"""The command line as a user meets it: help with examples, one-line errors with exit codes,
and the record commands (note, close, plan) on a real record."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from followup.cli import build_parser, main
from followup.config import load_config
from followup.model import Email, Facts, Kind, Person, RawMessage, Stage
from followup.record import Record

START = datetime(2026, 3, 10, 19, 0, tzinfo=UTC)


@pytest.fixture
def settings(write_settings: Callable[..., Path], tmp_path: Path) -> Path:
    (tmp_path / "Mail" / "cur").mkdir(parents=True)
    path = write_settings()
    config = load_config(path)
    with Record.open(config.database) as record:
        record.add_message(
            RawMessage("local", "inbox", "1", b""),
            Email(
                message_id="inv@acme",
                subject="Interview",
                sender=Person("Ana", "ana@acme.example"),
                date=START - timedelta(days=3),
            ),
            Facts(
                Kind.INVITATION,
                company="Acme Robotics",
                role="Data Engineer",
                interviewers=(Person("Priya Raman", "priya@acme.example"),),
                start=START,
                end=START + timedelta(hours=1),
                confidence=0.9,
            ),
            incoming=True,
        )
    return path


def test_every_command_help_has_an_example() -> None:
    def commands(
        parser: argparse.ArgumentParser, path: str
    ) -> Iterator[tuple[str, argparse.ArgumentParser]]:
        yield path, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    yield from commands(child, f"{path} {name}")

    found = dict(commands(build_parser(), "followup"))
    assert {"followup run", "followup rules check", "followup demo"} <= set(found)
    for path, parser in found.items():
        assert "example:\n  followup" in parser.format_help(), path


def test_python_dash_m_works() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "followup", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "run" in out and "demo" in out


def test_a_bad_now_is_a_usage_error_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["plan", "--now", "yesterday"])
    assert caught.value.code == 64
    assert "not an ISO 8601 time" in capsys.readouterr().err


def test_plan_json_lists_the_thank_you(settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    now = (START + timedelta(hours=3)).isoformat()
    assert main(["plan", "--json", "--config", str(settings), "--now", now]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["rule"], d["to"]) for d in data["place"]] == [("thank-you", ["priya@acme.example"])]


def test_note_attaches_to_the_interview_and_sets_the_decision_date(
    settings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = (START + timedelta(hours=2)).isoformat()
    assert (
        main(
            [
                "note",
                "acme",
                "we talked about Kafka",
                "--decision-by",
                "2026-03-20",
                "--config",
                str(settings),
                "--now",
                now,
            ]
        )
        == 0
    )
    assert "noted for Acme Robotics (the interview of 2026-03-10)" in capsys.readouterr().out
    with Record.open(load_config(settings).database) as record:
        (app,) = record.snapshot(load_config(settings).me.to_model()).applications
    assert app.notes[0].text == "we talked about Kafka"
    assert app.notes[0].interview_id == app.interviews[0].id
    assert str(app.decision_by) == "2026-03-20"


def test_close_stops_an_application(settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["close", "1", "--reason", "withdrawn", "--config", str(settings)]) == 0
    with Record.open(load_config(settings).database) as record:
        assert record.applications()[0].stage is Stage.WITHDRAWN


def test_an_unknown_application_is_one_line(
    settings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["close", "zeta", "--config", str(settings)]) == 64
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "matches no application (known: 1 Acme Robotics)" in err


def test_status_json_is_stable(settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    now = (START + timedelta(hours=3)).isoformat()
    assert main(["status", "--json", "--config", str(settings), "--now", now]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"now", "config", "sources", "applications", "drafts", "problems"}
    (app,) = data["applications"]
    assert set(app) == {
        "id",
        "company",
        "role",
        "stage",
        "interviewers",
        "interviews",
        "next_interview",
        "decision_by",
        "next_action",
    }
    assert app["next_action"]["rule"] == "thank-you"
    assert set(data["problems"]) == {
        "proofreading",
        "stale",
        "quarantine",
        "to_confirm",
        "sources",
        "credentials",
    }


def test_status_tables_render(settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--config", str(settings)]) == 0
    out = capsys.readouterr().out
    assert "Acme Robotics" in out and "Priya Raman" in out


def test_run_once_with_a_missing_maildir_says_so_and_exits_75(
    write_settings: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_settings()  # its Maildir was never created
    assert main(["run", "--once", "--config", str(path)]) == 75
    out = capsys.readouterr().out
    assert "failing: local: no Maildir at" in out
    assert main(["status", "--json", "--config", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    (problem,) = data["problems"]["sources"]
    assert problem["source"] == "local" and problem["failures"] == 1


def test_run_once_refuses_while_another_instance_runs(
    settings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from followup.lock import InstanceLock

    with InstanceLock(load_config(settings).state_dir):
        assert main(["run", "--once", "--config", str(settings)]) == 75
    assert "already running" in capsys.readouterr().err


def test_a_missing_spacy_pipeline_exits_78_before_reading_anything(
    write_settings: Callable[..., Path],
    make_message: Callable[..., bytes],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Mail" / sub).mkdir(parents=True, exist_ok=True)
    message = make_message(message_id="hello@acme.example", sender="ana@acme.example")
    (tmp_path / "Mail" / "cur" / "1.mail:2,S").write_bytes(message)
    path = write_settings()
    path.write_text(path.read_text() + "nlp:\n  model: xx_no_pipeline\n")
    assert main(["run", "--once", "--config", str(path)]) == 78
    err = capsys.readouterr().err
    assert "'xx_no_pipeline' is not installed" in err and "pip install" in err
    assert "Traceback" not in err
    write_settings()  # the same settings with `nlp.model: auto`
    assert main(["run", "--once", "--config", str(path)]) == 0
    assert "1 messages read" in capsys.readouterr().out  # nothing was quarantined before


README = Path(__file__).resolve().parents[2] / "README.md"
PLACEHOLDERS = {
    "APP": "acme",
    "TEXT": "notes",
    "DATE": "2026-03-12",
    "ISO": "2026-03-12T09:00:00-05:00",
    "DIR": "/tmp/rules",
    "PATH...": "a.eml",
    "FILE": "config.yaml",
}


def readme_commands() -> list[str]:
    import re

    found = re.findall(r"`(followup [^`\n]*)`", README.read_text())
    found += re.findall(r"^(followup [^#\n]*)", README.read_text(), re.MULTILINE)
    return sorted({c.strip() for c in found})


def test_every_command_in_the_readme_parses() -> None:
    import shlex

    commands = readme_commands()
    assert len(commands) >= 10
    parser = build_parser()
    for command in commands:
        words = [
            PLACEHOLDERS.get(w, w) for w in shlex.split(command.replace("[", "").replace("]", ""))
        ]
        try:
            args = parser.parse_args(words[1:])
        except SystemExit:
            pytest.fail(f"README: `{command}` is not a valid command line")
        assert args.handler, command
