"""A demanding user against the command line: every mistake gets one line and its exit code
(78 settings and record, 64 usage, 74 files, 65 bad data), never a traceback, and the record
is never replaced or changed behind the user's back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from followup.cli import main
from followup.config import load_config
from followup.errors import EX_CONFIG, EX_DATAERR, EX_NOINPUT, EX_USAGE, UserError
from followup.model import Email, Facts, Kind, Person, RawMessage
from followup.record import Record, damaged, is_damage

START = datetime(2026, 3, 10, 19, 0, tzinfo=UTC)
NOW = "2026-03-11T09:00:00-05:00"


def _add(record: Record, n: int, company: str) -> None:
    domain = company.rsplit(maxsplit=1)[-1].lower() + ".example"
    record.add_message(
        RawMessage("local", "inbox", str(n), b""),
        Email(
            message_id=f"inv{n}@{domain}",
            subject="Interview",
            sender=Person("Ana", f"ana@{domain}"),
            date=START - timedelta(days=3),
        ),
        Facts(
            Kind.INVITATION,
            company=company,
            role="Data Engineer",
            interviewers=(Person("Priya Raman", f"priya@{domain}"),),
            start=START,
            end=START + timedelta(hours=1),
            confidence=0.9,
        ),
        incoming=True,
    )


@pytest.fixture
def settings(write_settings: Callable[..., Path], tmp_path: Path) -> Path:
    """Two applications whose names share "Acme", so "acme" is ambiguous."""
    (tmp_path / "Mail" / "cur").mkdir(parents=True)
    path = write_settings()
    with Record.open(load_config(path).database) as record:
        _add(record, 1, "Acme Robotics")
        _add(record, 2, "Acme Health")
    return path


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    return err


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == EX_USAGE
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


# --- settings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("me", "expected"),
    [
        ("  country: XX\n", "me.country: no public holidays known for 'XX'"),
        ("  country: US\n  subdivision: ZZ\n", "me.subdivision: 'ZZ' is not one of AK, AL"),
    ],
)
def test_an_unknown_country_is_a_settings_problem_not_a_crash_in_the_plan(
    write_settings: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    me: str,
    expected: str,
) -> None:
    path = write_settings()
    path.write_text(path.read_text().replace("  country: US\n", me))
    assert main(["plan", "--config", str(path), "--now", NOW]) == EX_CONFIG
    err = capsys.readouterr().err
    assert f"{path}:" in err and expected in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("  name: Jordan Avery\n", "  also: me@example.org\n", "me.also: should be a list (lines"),
        ("    name: local\n", "    name: local\n    folders: [INBOX]\n", "should be a mapping"),
        (
            "me:\n",
            "me: [Jordan]\nold:\n",
            "me: should be a mapping (lines of 'key: value'), not a list",
        ),
    ],
)
def test_a_wrong_shape_is_said_in_yaml_words_not_python_ones(
    write_settings: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
    expected: str,
) -> None:
    path = write_settings()
    path.write_text(path.read_text().replace(old, new, 1))
    assert main(["status", "--config", str(path)]) == EX_CONFIG
    err = capsys.readouterr().err
    assert expected in err
    assert "tuple" not in err and "instance of" not in err and "dictionary" not in err


def test_an_unreadable_settings_file_is_one_line(
    write_settings: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_settings()  # chmod 000 does not stop root: make the read fail instead

    def refuse(self: Path, *args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert main(["status", "--config", str(path)]) == EX_CONFIG
    assert f"cannot read {path}: Permission denied" in one_error_line(capsys)


@pytest.mark.parametrize("name", ["/dev/zero", "big.yaml"])
def test_an_endless_or_huge_settings_file_is_refused_without_reading_it_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = tmp_path / name
    if name == "big.yaml":
        path.write_text("# " + "x" * 1_000_000 + "\n")
    assert main(["status", "--config", str(path)]) == EX_CONFIG
    assert f"{path}: over 1000000 bytes; is it the settings file?" in one_error_line(capsys)


def test_a_state_dir_that_cannot_be_created_says_which_setting(
    write_settings: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "state").write_text("a file where the folder should be")
    path = write_settings()
    assert main(["status", "--config", str(path)]) == 74
    err = one_error_line(capsys)
    assert "cannot open the record" in err and "set state_dir" in err and "Errno" not in err
    assert main(["run", "--once", "--config", str(path)]) == 74  # the lock comes first there
    err = one_error_line(capsys)
    assert f"cannot use {tmp_path / 'state'} for the state: a file" in err
    assert "set state_dir" in err


# --- the command line ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-03-11T09:00", "has no time zone"),
        ("2026-03-11", "has no time zone"),
        ("0001-01-01T00:00:00+00:00", "out of range"),
        ("next tuesday", "not an ISO 8601 time"),
    ],
)
def test_now_must_be_a_zoned_time_in_range(
    settings: Path, capsys: pytest.CaptureFixture[str], now: str, expected: str
) -> None:
    err = usage_error(["plan", "--config", str(settings), "--now", now], capsys)
    assert err.count("\n") == 2 and "argument --now:" in err and expected in err  # usage + 1


@pytest.mark.parametrize("form", ["--config F", "--config=F"])
def test_config_may_come_before_the_command(
    settings: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    front = form.replace("F", str(settings)).split(" ")
    assert main([*front, "close", "2", "--reason", "offer"]) == 0
    assert "closed Acme Health (offer)" in capsys.readouterr().out


def test_an_ambiguous_application_lists_the_candidates(
    settings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["close", "acme", "--config", str(settings)]) == EX_USAGE
    err = one_error_line(capsys)
    assert "matches several applications" in err
    assert "1 Acme Robotics, 2 Acme Health" in err and "give its id" in err


def test_a_full_company_name_picks_it_even_inside_a_longer_one(
    settings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Record.open(load_config(settings).database) as record:
        _add(record, 3, "Acme Healthy")
        assert len(record.applications()) == 3
    assert main(["close", " acme health ", "--config", str(settings)]) == 0
    assert "closed Acme Health (withdrawn)" in capsys.readouterr().out


def test_an_empty_note_and_a_bad_reason_are_refused(
    settings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["note", "1", "   ", "--config", str(settings)]) == EX_USAGE
    assert "give a note text" in one_error_line(capsys)
    err = usage_error(["close", "1", "--reason", "fired", "--config", str(settings)], capsys)
    assert "invalid choice: 'fired'" in err


@pytest.mark.parametrize(
    ("argv", "suggestion"),
    [
        (["statsu"], "; did you mean 'status'?"),
        (["STATUS"], "; did you mean 'status'?"),
        (["explian", "acme"], "; did you mean 'explain'?"),
        (["rules", "chek"], "; did you mean 'check'?"),
        (["close", "1", "--reason", "withdrawm"], "; did you mean 'withdrawn'?"),
        (["polll"], ""),  # nothing close enough: no guess
        (["xyzzy"], ""),
    ],
)
def test_a_mistyped_command_gets_did_you_mean(
    capsys: pytest.CaptureFixture[str], argv: list[str], suggestion: str
) -> None:
    err = usage_error(argv, capsys)  # EX_USAGE (64), as every usage error here
    (line,) = [x for x in err.splitlines() if "error:" in x]
    assert "invalid choice" in line and line.endswith(suggestion or "')")
    assert ("did you mean" in line) == bool(suggestion)


@pytest.mark.parametrize("command", [["status"], ["status", "--json"], ["plan", "--json"]])
def test_output_into_a_closed_pipe_ends_quietly_with_141(
    settings: Path, command: list[str]
) -> None:
    """`followup status | head -1`, the reader gone before anything was written (a pipe
    whose reading end is closed): no traceback, no "Exception ignored", and the exit status
    of `git log | head` (141, killed by SIGPIPE) so `set -o pipefail` scripts can tell."""
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "followup", *command, "--config", str(settings), "--now", NOW],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, "")


def test_close_without_a_reason_keeps_a_recorded_rejection(
    settings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["close", "1", "--reason", "rejected", "--config", str(settings)]) == 0
    assert main(["close", "1", "--config", str(settings)]) == 0  # the default: withdrawn
    assert "closed already (rejected)" in capsys.readouterr().out
    with Record.open(load_config(settings).database) as record:
        assert [str(a.stage) for a in record.applications()] == ["rejected", "interviewing"]


def test_a_terminal_that_is_not_utf8_gets_question_marks_not_a_traceback(
    settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    with Record.open(load_config(settings).database) as record:
        _add(record, 3, "Zoë Analytics")
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="ascii")  # LANG=en_US.ISO-8859-1 and the like
    monkeypatch.setattr("sys.stdout", out)
    assert main(["close", "zoë", "--config", str(settings)]) == 0
    out.flush()
    assert raw.getvalue().startswith(b"closed Zo? Analytics (withdrawn)")


def test_a_note_and_its_decision_date_are_kept_together_or_not_at_all(
    settings: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Record, "set_decision_by", interrupted)
    argv = ["note", "1", "talked about Kafka", "--decision-by", "2026-03-20"]
    assert main([*argv, "--config", str(settings), "--now", NOW]) == 130
    config = load_config(settings)
    with Record.open(config.database) as record:
        apps = record.snapshot(config.me.to_model()).applications
    assert [a.notes for a in apps] == [(), ()]


def test_ctrl_c_is_exit_130_with_one_line(
    settings: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr("followup.status.show_status", interrupted)
    assert main(["status", "--config", str(settings)]) == 130
    assert one_error_line(capsys) == "followup: interrupted\n"


@pytest.mark.parametrize("command", ["plan", "status"])
def test_plan_and_status_say_which_rule_files_they_left_out(
    settings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    rules = tmp_path / "rules"  # the default rules_dir, beside the settings
    rules.mkdir()
    (rules / "broken.yaml").write_text("name: thank-you\nwhen:\n  after: [interview\n")
    assert main([command, "--json", "--config", str(settings), "--now", NOW]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("{") and "Traceback" not in err
    assert err.startswith("followup: rule left out: ") and "broken.yaml:4:1: YAML:" in err


@pytest.mark.parametrize("taken", ["config.yaml", "state"])
def test_demo_never_overwrites_settings_or_a_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], taken: str
) -> None:
    """`followup demo --dir ~/.config/followup` must not replace the user's own."""
    (tmp_path / "config.yaml").write_text("me: {name: Mine}\n")
    if taken == "state":
        (tmp_path / "config.yaml").unlink()
        (tmp_path / "state").mkdir()
    assert main(["demo", "--dir", str(tmp_path)]) == EX_USAGE
    assert f"{tmp_path / taken} exists already" in one_error_line(capsys)
    assert not (tmp_path / "Maildir").exists()
    assert taken == "state" or (tmp_path / "config.yaml").read_text() == "me: {name: Mine}\n"


def test_auth_without_a_network_is_one_line_and_saves_nothing(
    write_settings: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io
    import json

    import requests
    from google_auth_oauthlib.flow import Flow

    client = {"client_id": "x.apps.googleusercontent.com", "client_secret": "y"}
    client |= {"auth_uri": "https://accounts.google.com/o/oauth2/auth"}
    client |= {"token_uri": "https://oauth2.googleapis.com/token"}
    (tmp_path / "client.json").write_text(json.dumps({"installed": client}))
    path = write_settings()
    extra = (
        f"  - type: gmail\n    account: j@gmail.com\n    client_secrets: {tmp_path}/client.json\n"
    )
    path.write_text(path.read_text().replace("state_dir:", extra + "state_dir:"))

    def offline(self: Flow, **kwargs: object) -> None:
        raise requests.ConnectionError("Failed to resolve 'oauth2.googleapis.com'")

    monkeypatch.setattr(Flow, "fetch_token", offline)
    monkeypatch.setattr("sys.stdin", io.StringIO("4/0AbCdEf\n"))
    assert main(["auth", "google", "--no-browser", "--config", str(path)]) == 75
    assert "cannot reach Google to finish the sign-in" in one_error_line(capsys)
    assert not list((tmp_path / "state").rglob("*.json"))  # no token written


def test_a_huge_rule_file_is_reported_not_read_into_memory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "huge.yaml").write_text("# " + "x" * 1_000_000 + "\n")
    assert main(["rules", "check", str(tmp_path)]) == EX_CONFIG
    assert "huge.yaml:1:1: over 1000000 bytes; is it a rule file?" in capsys.readouterr().err


# --- extract ------------------------------------------------------------------------------


class _NoPipeline:
    """The understand stage, without loading spaCy: these files must never reach it."""

    def __init__(self, model: str) -> None:
        self.nlp = None

    def facts(self, email: Email) -> Facts:
        raise AssertionError("a file that is not a message reached the understand stage")


@pytest.fixture
def no_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("followup.understand.extract.Understander", _NoPipeline)


def test_extract_skips_files_that_are_not_messages(
    no_pipeline: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "binary.eml").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "text.eml").write_text("just some notes\n")
    assert main(["extract", "--json", str(tmp_path)]) == EX_DATAERR
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 3 and all("not an email message (no headers); skipped" in x for x in lines)


def test_extract_reads_a_maildir_cur_folder_named_directly(
    no_pipeline: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cur = tmp_path / "INBOX" / "cur"
    cur.mkdir(parents=True)
    (cur / "1.demo:2,S").write_bytes(b"")  # no .eml suffix, as in any Maildir
    (cur / "2.demo:2,S.eml").write_bytes(b"")
    assert main(["extract", str(cur)]) == EX_DATAERR  # read (once each), not "no messages"
    assert capsys.readouterr().err.count("skipped") == 2


@pytest.mark.parametrize("name", ["missing.eml", "empty-folder"])
def test_extract_on_nothing_to_read_is_66(
    no_pipeline: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "empty-folder" / "notes.txt").write_text("not a message")
    assert main(["extract", str(tmp_path / name)]) == EX_NOINPUT
    assert str(tmp_path / name) in one_error_line(capsys)


# --- the record -----------------------------------------------------------------------------


@pytest.fixture
def database(settings: Path) -> Path:
    return load_config(settings).database


def _damage_page(database: Path, table: str) -> None:
    conn = sqlite3.connect(database)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    conn.close()
    with database.open("r+b") as file:
        file.seek((root[0] - 1) * page_size)
        file.write(b"\xff" * page_size)


@pytest.mark.parametrize("damage", ["truncated", "garbage", "a damaged page"])
def test_a_damaged_record_is_reported_and_left_alone(
    settings: Path, database: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    if damage == "truncated":
        database.write_bytes(database.read_bytes()[:1000])
    elif damage == "garbage":
        database.write_bytes(b"not a database at all\n" * 100)
    else:  # the header is fine: only a query meets the damage, after the record opened
        _damage_page(database, "applications")
    before = database.read_bytes()
    for command in (["status"], ["plan", "--now", NOW], ["note", "1", "hi"], ["close", "1"]):
        assert main([*command, "--config", str(settings)]) == EX_CONFIG, command
        err = one_error_line(capsys)
        assert "the record is damaged" in err and f"mv {database} {database}.damaged" in err
    assert database.read_bytes() == before
    assert main(["run", "--once", "--now", NOW, "--config", str(settings)]) == EX_CONFIG
    assert "the record is damaged" in one_error_line(capsys)
    assert _pages_kept(before, database.read_bytes())  # a cycle's bookkeeping may be saved


def test_the_doctor_check_reads_every_page(settings: Path, database: Path) -> None:
    with Record.open(database) as record:
        record.check()  # a healthy record passes
    _damage_page(database, "messages")
    with Record.open(database) as record, pytest.raises(UserError) as caught:
        record.check()
    assert caught.value.exit_code == EX_CONFIG and "the record is damaged" in str(caught.value)


def test_damage_is_told_apart_from_a_busy_record() -> None:
    assert is_damage(sqlite3.DatabaseError("database disk image is malformed"))
    assert not is_damage(sqlite3.OperationalError("database is locked"))
    assert not is_damage(ValueError("x"))
    assert "mv /s/r.sqlite /s/r.sqlite.damaged" in str(damaged("/s/r.sqlite", ValueError("x")))


def test_a_record_from_a_newer_followup_is_refused_untouched(
    settings: Path, database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("UPDATE schema_version SET version = 99")
    conn.close()
    before = database.read_bytes()
    assert main(["status", "--config", str(settings)]) == EX_CONFIG  # systemd: no restart loop
    assert "written by a newer followup (schema 99" in one_error_line(capsys)
    assert database.read_bytes() == before


def _sqlite_error(tmp_path: Path, kind: str) -> sqlite3.Error:
    """A real error of the kind, with its SQLite error name, as a query would meet it."""
    path = tmp_path / "other.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE IF NOT EXISTS t (x)")
    uri = f"file:{path}?mode=ro" if kind == "read-only" else str(path)
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE" if kind == "busy" else "SELECT 1")
    statement = {"busy": "BEGIN IMMEDIATE", "read-only": "INSERT INTO t VALUES (1)"}
    try:
        conn.execute(statement.get(kind, "SELECT no_such_column FROM t"))
    except sqlite3.Error as err:
        return err
    finally:
        conn.close()
        holder.close()
    raise AssertionError(f"no {kind} error")


@pytest.mark.parametrize(
    ("kind", "code", "expected"),
    [("busy", 75, "is busy (database is locked)"), ("read-only", 74, "check who may write it")],
)
def test_a_busy_or_read_only_record_is_one_line(
    settings: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    code: int,
    expected: str,
) -> None:
    error = _sqlite_error(tmp_path, kind)

    def fail(*args: object) -> None:
        raise error

    monkeypatch.setattr(Record, "add_note", fail)
    assert main(["note", "1", "hi", "--config", str(settings)]) == code
    assert expected in one_error_line(capsys)


def test_a_wrong_query_is_a_bug_and_keeps_its_traceback(
    settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = _sqlite_error(tmp_path, "bug")

    def fail(*args: object) -> None:
        raise error

    monkeypatch.setattr(Record, "add_note", fail)
    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        main(["note", "1", "hi", "--config", str(settings)])


@pytest.mark.parametrize("at_cycle", [1, 3])
def test_the_service_stops_with_78_on_a_damaged_record(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, at_cycle: int
) -> None:
    """Not "DatabaseError (a bug; see the log)" with a traceback every minute, nor backing
    off for ever: one line saying what to do, and 78 so systemd shows it and stays down."""
    import logging

    from followup.loop import Loop
    from service.fakes import FakeClock, FakeEngine, RecordingNotifier  # tests/unit/service

    clock = FakeClock()
    engine = FakeEngine(clock, state_dir=tmp_path)

    def damage(n: int) -> None:
        if n == at_cycle:
            raise sqlite3.DatabaseError("database disk image is malformed")
        if n > at_cycle:  # still going: the damage was only retried
            loop.request_stop()

    engine.during_cycle = damage
    notifier = RecordingNotifier()
    loop = Loop(engine, clock, wait=clock.wait, notifier=notifier)
    with caplog.at_level(logging.ERROR, logger="followup.loop"):
        assert loop.run() == EX_CONFIG
    assert len(engine.calls) == at_cycle and engine.closed  # no retry, a clean shutdown
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert not record.exc_info
    message = record.getMessage()
    assert (
        f"cycle {at_cycle} failed: the record is damaged (database disk image is malformed)"
        in message
    )
    assert f"mv {tmp_path / 'record.sqlite'} " in message and message.endswith("; stopping")
    assert ("READY=1" in notifier.fields()) == (
        at_cycle > 1
    )  # a first cycle that fails: never ready
    assert any(f.startswith("STATUS=stopped: the record is damaged") for f in notifier.fields())


@pytest.mark.parametrize("damage", ["garbage", "a damaged page"])
def test_the_real_service_on_a_damaged_record_exits_78_in_one_line(
    settings: Path, database: Path, damage: str
) -> None:
    """`followup run` as systemd starts it: a record that is not one at all (found on
    opening) or one whose data is damaged (found by the first cycle's queries)."""
    import subprocess
    import sys

    if damage == "garbage":
        database.write_bytes(b"not a database at all\n" * 100)
    else:
        _damage_page(database, "applications")
    before = database.read_bytes()
    command = [sys.executable, "-m", "followup", "run", "--config", str(settings)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    errors = [line for line in done.stderr.splitlines() if " INFO " not in line]
    assert done.returncode == EX_CONFIG, done.stderr
    assert len(errors) == 1 and "Traceback" not in done.stderr, done.stderr
    assert "the record is damaged" in errors[0] and f"mv {database} {database}.damaged" in errors[0]
    assert _pages_kept(before, database.read_bytes()), "the damaged data was overwritten"
    assert sorted(p.name for p in database.parent.glob("record*")) == ["record.sqlite"]


def _pages_kept(before: bytes, after: bytes) -> bool:
    """Every page that was not SQLite's own is as it was: what SQLite wrote back from its
    journal (the service's own bookkeeping) is allowed, a replaced or emptied file is not."""
    if before[:16] != b"SQLite format 3\x00":
        return after == before
    size = int.from_bytes(before[16:18], "big")
    damaged_pages = [n for n in range(0, len(before), size) if before[n : n + 8] == b"\xff" * 8]
    return len(after) >= len(before) and all(
        after[n : n + size] == before[n : n + size] for n in damaged_pages
    )


def test_a_real_ctrl_c_during_run_once_exits_130_without_a_traceback(
    write_settings: Callable[..., Path], tmp_path: Path
) -> None:
    """The signal itself, not a raised KeyboardInterrupt, sent when the cycle is known to be
    under way: its IMAP mailbox is a listening socket of this test that never greets, so
    the moment the connection is accepted the process is inside the cycle, waiting. No
    sleep, no guess at how long start-up takes (a loaded machine once lost that race)."""
    import os
    import signal
    import socket
    import subprocess
    import sys

    (tmp_path / "pw").write_text("secret\n")
    (tmp_path / "pw").chmod(0o600)
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(60)
    port = server.getsockname()[1]
    settings = write_settings(
        "me: {name: Jordan Avery, email: jordan.avery@example.net, timezone: UTC}\n"
        "mailboxes:\n  - {type: imap, name: silent, host: 127.0.0.1, port: "
        f"{port}, security: none, username: j, password_file: {tmp_path / 'pw'}}}\n"
        f"state_dir: {tmp_path / 'state'}\n"
    )
    command = [sys.executable, "-m", "followup", "run", "--once", "--config", str(settings)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        connection, _ = server.accept()  # the cycle is reading its mailbox: ready
    except TimeoutError:
        process.kill()
        raise AssertionError(f"never connected: {process.communicate()}") from None
    with connection, server:
        os.kill(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert (process.returncode, err, out) == (130, "followup: interrupted\n", "")
