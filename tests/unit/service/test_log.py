"""Log lines: journald priority prefixes only on the journal's own stream; secrets never."""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from followup.log import MASK, MAX_LINE, redact, register_secret, setup_logging, under_journal


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def journal_stream(tmp_path: Path) -> tuple[io.TextIOWrapper, dict[str, str]]:
    stream = (tmp_path / "journal").open("w")
    stat = os.fstat(stream.fileno())
    return stream, {"JOURNAL_STREAM": f"{stat.st_dev}:{stat.st_ino}"}


def test_journal_lines_carry_priorities(tmp_path: Path, restore_logging: None) -> None:
    stream, env = journal_stream(tmp_path)
    setup_logging("DEBUG", stream=stream, environ=env)
    log = logging.getLogger("followup.test")
    log.error("imap: authentication failed")
    log.warning("backing off 120 s")
    log.info("cycle 1: 3 messages read")
    log.debug("detail")
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("cycle failed")
    stream.close()
    lines = (tmp_path / "journal").read_text().splitlines()
    assert lines[:4] == [
        "<3>followup.test: imap: authentication failed",
        "<4>followup.test: backing off 120 s",
        "<6>followup.test: cycle 1: 3 messages read",
        "<7>followup.test: detail",
    ]
    # every line of a traceback is filed at the error's priority, not as separate info lines
    assert lines[4] == "<3>followup.test: cycle failed"
    assert all(line.startswith("<3>") for line in lines[5:])
    assert lines[-1] == "<3>ValueError: boom"


def test_terminal_lines_have_time_and_level(restore_logging: None) -> None:
    stream = io.StringIO()
    setup_logging("INFO", stream=stream, environ={})
    logging.getLogger("followup.test").info("ready")
    line = stream.getvalue().strip()
    assert line.endswith(" INFO followup.test: ready")
    assert not line.startswith("<")


def test_journal_stream_of_another_file_is_ignored(tmp_path: Path) -> None:
    stream, env = journal_stream(tmp_path)
    assert under_journal(stream, env)
    assert not under_journal(sys.__stderr__ or io.StringIO(), env)  # inherited, redirected
    assert not under_journal(stream, {"JOURNAL_STREAM": "nonsense"})
    assert not under_journal(io.StringIO(), env)
    stream.close()


@pytest.mark.parametrize(
    "text",
    [
        "login failed: password=hunter2-secret",
        "{'username': 'jordan', 'password': 'hunter2-secret'}",
        '{"refresh_token": "1//0hunter2-secret", "client_id": "abc"}',
        "Authorization: Bearer ya29.hunter2-secret",
        "url https://jordan:hunter2-secret@dav.example.net/cal/",
        "> b'a001 LOGIN jordan \"hunter2-secret\"'",
        "token=hunter2-secret&next=1",
    ],
)
def test_credential_shapes_are_masked(text: str) -> None:
    out = redact(text)
    assert "hunter2" not in out
    assert MASK in out


def test_registered_secrets_are_masked_anywhere(restore_logging: None) -> None:
    register_secret("Tr0ub4dor&3-plain")
    register_secret(b"byte-secret-value")
    stream = io.StringIO()
    setup_logging("INFO", stream=stream, environ={})
    log = logging.getLogger("followup.test")
    log.warning("server said: [AUTHENTICATIONFAILED] Tr0ub4dor&3-plain is wrong")
    try:
        raise RuntimeError("failed with byte-secret-value")
    except RuntimeError:
        log.exception("error")
    out = stream.getvalue()
    assert "Tr0ub4dor" not in out
    assert "byte-secret-value" not in out
    assert out.count(MASK) == 3  # the message; the source line and the last line of the traceback


def test_short_values_are_not_registered() -> None:
    register_secret("ab")
    assert redact("abc about") == "abc about"


def test_ordinary_text_is_untouched() -> None:
    text = "cycle 4: 12 messages read, 3 facts learned, 1 drafts placed, 0 problems"
    assert redact(text) == text


def test_overlong_lines_are_cut(restore_logging: None) -> None:
    stream = io.StringIO()
    setup_logging("INFO", stream=stream, environ={})
    logging.getLogger("followup.test").error("%s", "body " * 10_000)
    line = stream.getvalue()
    assert len(line) < MAX_LINE + 100
    assert "characters cut" in line


def test_noisy_libraries_do_not_log_debug(restore_logging: None) -> None:
    setup_logging("DEBUG", stream=io.StringIO(), environ={})
    assert not logging.getLogger("imap_tools").isEnabledFor(logging.DEBUG)
    assert not logging.getLogger("googleapiclient").isEnabledFor(logging.INFO)


def test_prose_about_a_login_keeps_the_user_name() -> None:
    text = "imap.example.net refused the login of jordan; check the credential"
    assert redact(text) == text
