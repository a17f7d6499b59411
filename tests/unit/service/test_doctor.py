"""`followup doctor`: one line per check, the fix on failures, never a secret."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest
from followup.demo import demo_expected, prepare
from followup.doctor import doctor

SECRET = "hunter2-doctor-Zq9"


def run(config: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = doctor(config, out=out)
    return code, out.getvalue().splitlines()


def imap_config(tmp_path: Path, port: int, mode: int = 0o600) -> Path:
    secret = tmp_path / "pw"
    secret.write_text(SECRET + "\n")
    secret.chmod(mode)
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Jordan Avery, email: jordan@example.net}\n"
        "mailboxes:\n"
        f"  - {{type: imap, name: work, host: 127.0.0.1, port: {port}, security: none,\n"
        f"      username: jordan, password_file: {secret}, timeout: 5}}\n"
        f"state_dir: {tmp_path / 'state'}\n"
    )
    return config


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again when this returns: refused


def test_a_healthy_maildir_setup_is_all_ok(tmp_path: Path) -> None:
    config = prepare(tmp_path / "demo", demo_expected())
    code, lines = run(config)
    assert code == 0, lines
    areas = [line.split()[1] for line in lines[:-1]]
    assert areas == ["settings", "pipeline", "rules", "state", "service", "credential", "mailbox"]
    assert all(line.split()[0] in ("ok", "note") for line in lines[:-1])
    assert "drafts .Drafts" in lines[-2]
    assert lines[-1] == "all good"


def test_broken_settings_name_every_problem_with_its_line(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("me: {name: Jordan, emial: jordan@example.net}\nmailboxes: []\n")
    code, lines = run(config)
    assert code == 78
    failing = [line for line in lines if line.startswith("FAIL  settings")]
    assert len(failing) >= 3, lines  # the header, the unknown key, the missing email, ...
    assert any("config.yaml:1" in line and "emial" in line for line in failing)
    assert any(line.startswith("ok    pipeline") for line in lines)  # the others still run


def test_a_password_file_others_can_read_is_refused_with_the_chmod(tmp_path: Path) -> None:
    code, lines = run(imap_config(tmp_path, closed_port(), mode=0o644))
    assert code == 78
    (line,) = [line for line in lines if line.startswith("FAIL")]
    assert "credential" in line
    assert "chmod 600" in line
    assert not any(line.split()[1] == "mailbox" for line in lines[:-1])  # would repeat it
    assert SECRET not in "\n".join(lines)


def test_an_unreachable_server_fails_with_the_fix_and_no_secret(tmp_path: Path) -> None:
    code, lines = run(imap_config(tmp_path, closed_port()))
    assert code == 75
    (line,) = [line for line in lines if line.startswith("FAIL")]
    assert line.startswith("FAIL  mailbox     work (127.0.0.1:")
    assert "refused" in line
    assert "-> check host, port and security" in line
    assert any(line.startswith("ok    credential  work: password readable") for line in lines)
    assert SECRET not in "\n".join(lines)


def test_a_running_service_is_reported(tmp_path: Path) -> None:
    from followup.lock import InstanceLock

    config = prepare(tmp_path / "demo", demo_expected())
    with InstanceLock(config.parent / "state"):
        code, lines = run(config)
    assert code == 0
    assert any(line.startswith("ok    service     running (pid ") for line in lines)


@pytest.mark.parametrize("model", ["no_such_pipeline_xyz"])
def test_a_missing_pipeline_says_how_to_install_one(tmp_path: Path, model: str) -> None:
    config = prepare(tmp_path / "demo", demo_expected())
    config.write_text(config.read_text() + f"nlp:\n  model: {model}\n")
    code, lines = run(config)
    (line,) = [line for line in lines if line.startswith("FAIL")]
    assert "pipeline" in line
    assert model in line
    assert "pip install" in line
    assert code == 69
