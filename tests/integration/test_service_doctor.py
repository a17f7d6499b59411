"""`followup doctor` against a real Dovecot: logs in, finds the folders; a wrong password is
one FAIL line with the fix, and the password appears nowhere in the output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from dovecot import Dovecot

pytestmark = pytest.mark.integration


def write_config(home: Path, server: Dovecot, password: str) -> Path:
    secret = home / "imap-password"
    secret.write_text(password + "\n")
    secret.chmod(0o600)
    config = home / "config.yaml"
    config.write_text(
        "me: {name: Jordan Avery, email: jordan@example.net}\n"
        "mailboxes:\n"
        f"  - {{type: imap, name: work, host: 127.0.0.1, port: {server.port}, security: none,\n"
        f"      username: {server.user}, password_file: {secret}, timeout: 10}}\n"
        f"state_dir: {home / 'state'}\n"
    )
    return config


def doctor(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "followup", "doctor", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_doctor_logs_in_and_finds_the_folders(tmp_path: Path, dovecot: Dovecot) -> None:
    result = doctor(write_config(tmp_path, dovecot, dovecot.password))
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("ok    mailbox")]
    assert "inbox INBOX, sent Sent, drafts Drafts" in line
    assert dovecot.password not in result.stdout + result.stderr


def test_a_wrong_password_is_one_line_with_the_fix(tmp_path: Path, dovecot: Dovecot) -> None:
    wrong = "wrong-pass-Kd81x"
    result = doctor(write_config(tmp_path, dovecot, wrong))
    assert result.returncode != 0
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("FAIL")]
    assert line.startswith("FAIL  mailbox     work")
    assert "-> check username and password" in line
    assert "Traceback" not in result.stderr
    assert wrong not in result.stdout + result.stderr
