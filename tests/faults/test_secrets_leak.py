"""Issue 9, item 4: secrets. Known secrets (the IMAP password, a wrong password given for a
second account, their base64 forms as AUTHENTICATE would send them) are searched for in
every output of `run --once`, the running service's log, `status`, `status --json`, `plan`,
`doctor` (with a failing login among them) and in every file of the state directory (the
record). Files holding secrets are created 0600 whatever the umask, and one readable by
others is refused with one line that does not show it."""

from __future__ import annotations

import base64
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dovecot import Dovecot, running_dovecot
from followup.auth import save_credentials
from followup.secrets import write_private
from service_proc import start

from .world import NOW, demo_messages

pytestmark = pytest.mark.integration

WRONG = "wrong-pw-Zk93q"  # the failing login's password: no less secret


def secrets(server: Dovecot) -> list[str]:
    found = [server.password, WRONG]
    for user, pw in ((server.user, server.password), (server.user, WRONG)):
        found.append(base64.b64encode(f"\0{user}\0{pw}".encode()).decode())  # AUTH PLAIN
        found.append(base64.b64encode(pw.encode()).decode())
    return found


def settings(home: Path, server: Dovecot) -> Path:
    secret = home / "imap-password"
    secret.write_text(server.password + "\n")
    secret.chmod(0o600)
    account = (
        "  - {{type: imap, name: {name}, host: 127.0.0.1, port: {port}, security: none,\n"
        "     username: {user}, {how}, timeout: 5}}\n"
    )
    path = home / "config.yaml"
    path.write_text(
        "me: {name: Jordan Avery, email: jordan.avery@example.net, timezone: America/Chicago}\n"
        "mailboxes:\n"
        + account.format(
            name="work", port=server.port, user=server.user, how=f"password_file: {secret}"
        )
        + account.format(
            name="other", port=server.port, user=server.user, how="password_env: LEAK_TEST_PW"
        )
        + f"state_dir: {home / 'state'}\n"
    )
    return path


def env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "LEAK_TEST_PW": WRONG,
        "XDG_CONFIG_HOME": str(home / "xdg-config"),
        "XDG_STATE_HOME": str(home / "xdg-state"),
    }


def followup(config: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "followup", *args, "--config", str(config)],
        capture_output=True,
        text=True,
        env=env(config.parent),
        timeout=120,
        check=False,
    )
    return f"exit {result.returncode}\n{result.stdout}{result.stderr}"


@pytest.fixture
def server() -> Iterator[Dovecot]:
    with running_dovecot() as dovecot:
        dovecot.append_many("INBOX", demo_messages())
        yield dovecot


def test_no_secret_in_any_output_log_or_the_record(tmp_path: Path, server: Dovecot) -> None:
    config = settings(tmp_path, server)
    now = ("--now", NOW.isoformat())
    outputs = {
        "run --once": followup(config, "run", "--once", *now),
        "status": followup(config, "status", *now),
        "status --json": followup(config, "status", "--json", *now),
        "plan": followup(config, "plan", *now),
        "doctor": followup(config, "doctor"),
    }
    service = start(config, tmp_path, *now, env={"LEAK_TEST_PW": WRONG})
    try:
        service.ready()
        service.signal(signal.SIGTERM)
        assert service.wait(10) == 0, service.output()
        outputs["service log"] = service.output()
    finally:
        service.stop()
    stored = [p for d in ("state", "xdg-state") for p in (tmp_path / d).rglob("*") if p.is_file()]

    assert "other: 127.0.0.1 refused the login" in outputs["run --once"], outputs  # it failed
    assert "FAIL" in outputs["doctor"], outputs["doctor"]
    assert "5 drafts placed" in outputs["run --once"]
    assert any(p.name.endswith(".sqlite") for p in stored), stored
    for secret in secrets(server):
        for name, text in outputs.items():
            assert secret not in text, f"{secret!r} in {name}:\n{text}"
        for path in stored:
            assert secret.encode() not in path.read_bytes(), f"{secret!r} in {path}"


def test_a_password_file_readable_by_others_is_refused_in_one_line(
    tmp_path: Path, server: Dovecot
) -> None:
    config = settings(tmp_path, server)
    (tmp_path / "imap-password").chmod(0o644)
    output = followup(config, "run", "--once", "--now", NOW.isoformat())
    (line,) = [ln for ln in output.splitlines() if "failing: work:" in ln]  # one line
    assert "readable by other users" in line and "chmod 600" in line, output
    assert "Traceback" not in output
    assert server.password not in output


def test_secret_files_are_created_0600_whatever_the_umask(tmp_path: Path) -> None:
    from google.oauth2.credentials import Credentials

    old = os.umask(0)
    try:
        write_private(tmp_path / "a" / "secret", b"x")
        token = tmp_path / "b" / "token.json"
        save_credentials(Credentials(token="t", refresh_token="r"), token)  # type: ignore[no-untyped-call]
    finally:
        os.umask(old)
    for path in (tmp_path / "a" / "secret", token):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(token.parent.stat().st_mode) & 0o077 == 0
