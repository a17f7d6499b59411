"""Credentials: from a file only the user can read, an environment variable, or the system
keyring. A secret is read when a connection needs it and never formatted into a message:
`Secret` prints as `***`, and errors name where the secret should be, never its value.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from .errors import ConfigError
from .log import register_secret

KEYRING_SERVICE = "followup"


class Secret:
    """A value that does not show itself in logs, reprs or f-strings."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value
        register_secret(value)  # masked in every log line, even inside a server's error text

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


def from_file(path: Path) -> Secret:
    """The first line of a file that only its owner may read (mode 0600 or 0400)."""
    path = path.expanduser()
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ConfigError(f"{path}: password file not found") from None
    except OSError as err:
        raise ConfigError(f"{path}: cannot read the password file ({err.strerror})") from None
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            f"{path}: readable by other users (mode {stat.S_IMODE(info.st_mode):04o}); "
            f"run: chmod 600 {path}"
        )
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0]:
        raise ConfigError(f"{path}: the password file is empty")
    return Secret(lines[0])


def from_env(variable: str) -> Secret:
    value = os.environ.get(variable)
    if not value:
        raise ConfigError(f"environment variable {variable} is not set (password_env)")
    return Secret(value)


def from_keyring(username: str, host: str) -> Secret:
    """`keyring set followup USER@HOST` stores it."""
    import keyring
    from keyring.errors import KeyringError

    account = f"{username}@{host}"
    try:
        value = keyring.get_password(KEYRING_SERVICE, account)
    except KeyringError as err:
        raise ConfigError(f"the system keyring is not available: {type(err).__name__}") from None
    if not value:
        raise ConfigError(
            f"no password for {account} in the system keyring; "
            f"store it with: keyring set {KEYRING_SERVICE} {account}"
        )
    return Secret(value)


def password_source(
    *,
    username: str,
    host: str,
    password_file: Path | None = None,
    password_env: str | None = None,
    keyring: bool = False,
) -> Callable[[], str]:
    """A function reading the password when a connection needs it (so a rotated password
    file is picked up, and the value never sits in a config object)."""
    if password_file is not None:
        return lambda: from_file(password_file).reveal()
    if password_env is not None:
        return lambda: from_env(password_env).reveal()
    if keyring:
        return lambda: from_keyring(username, host).reveal()
    raise ConfigError(f"{username}@{host}: set one of password_file, password_env or keyring")


def write_private(path: Path, data: bytes) -> None:
    """Create or replace a secret file with mode 0600 from the first byte on."""
    path = path.expanduser()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(path)
