"""Credentials: a password file must be private, and a secret never shows itself."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from followup.errors import ConfigError
from followup.secrets import Secret, from_env, from_file, password_source, write_private


def private(path: Path, text: str, mode: int = 0o600) -> Path:
    path.write_text(text)
    path.chmod(mode)
    return path


def test_password_file_first_line(tmp_path: Path) -> None:
    path = private(tmp_path / "pw", "s3cret\nignored\n")
    assert from_file(path).reveal() == "s3cret"


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644, 0o660, 0o610])
def test_password_file_readable_by_others_is_refused(tmp_path: Path, mode: int) -> None:
    path = private(tmp_path / "pw", "s3cret\n", mode)
    with pytest.raises(ConfigError, match=f"mode {mode:04o}.*chmod 600") as err:
        from_file(path)
    assert "s3cret" not in str(err.value)


def test_owner_only_modes_are_accepted(tmp_path: Path) -> None:
    assert from_file(private(tmp_path / "pw", "a\n", 0o400)).reveal() == "a"


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        from_file(tmp_path / "nope")
    with pytest.raises(ConfigError, match="empty"):
        from_file(private(tmp_path / "pw", "\n"))


def test_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_TEST_PW", "from-env")
    assert from_env("FOLLOWUP_TEST_PW").reveal() == "from-env"
    monkeypatch.delenv("FOLLOWUP_TEST_PW")
    with pytest.raises(ConfigError, match="FOLLOWUP_TEST_PW is not set"):
        from_env("FOLLOWUP_TEST_PW")


def test_source_reads_at_use_time(tmp_path: Path) -> None:
    path = private(tmp_path / "pw", "one\n")
    read = password_source(username="u", host="h", password_file=path)
    assert read() == "one"
    private(path, "two\n")  # rotated: the next connection uses the new one
    assert read() == "two"
    with pytest.raises(ConfigError):
        password_source(username="u", host="h")


def test_secret_never_formats_itself() -> None:
    secret = Secret("hunter2")
    assert "hunter2" not in f"{secret} {secret!r} {[secret]}"


def test_write_private_creates_0600(tmp_path: Path) -> None:
    path = tmp_path / "state" / "token.json"
    write_private(path, b"{}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert from_file(path).reveal() == "{}"
