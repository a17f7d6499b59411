"""Fixtures shared by the whole suite: building messages, writing a settings file, and a
scripted understand stage for tests of the stages after it."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from followup.model import Email, Facts

ME = "jordan.avery@example.net"


def build_message(
    *,
    message_id: str,
    sender: str,
    to: str = f"Jordan Avery <{ME}>",
    subject: str = "Hello",
    date: datetime | None = None,
    body: str = "Hello.\n",
    in_reply_to: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{message_id}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = f"<{in_reply_to}>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return bytes(msg)


@pytest.fixture
def make_message() -> Callable[..., bytes]:
    return build_message


class ScriptedUnderstander:
    """The understand stage's interface, answering from a script keyed by Message-ID:
    for the stages after understand, what a message says is an input of the test."""

    def __init__(self, script: Mapping[str, Facts] | None = None) -> None:
        self.script: dict[str, Facts] = dict(script or {})
        self.asked: list[str] = []

    def maybe_hiring(self, email: Email) -> bool:
        return email.message_id in self.script

    def facts(self, email: Email) -> Facts:
        self.asked.append(email.message_id)
        return self.script[email.message_id]


@pytest.fixture
def understander() -> ScriptedUnderstander:
    return ScriptedUnderstander()


def settings_text(maildir: Path, state: Path, extra: str = "") -> str:
    return (
        textwrap.dedent(f"""\
        me:
          name: Jordan Avery
          email: {ME}
          timezone: America/Chicago
          country: US
        mailboxes:
          - type: maildir
            name: local
            path: {maildir}
        state_dir: {state}
        """)
        + extra
    )


@pytest.fixture
def write_settings(tmp_path: Path) -> Callable[..., Path]:
    def write(text: str | None = None, name: str = "config.yaml") -> Path:
        path = tmp_path / name
        path.write_text(
            text if text is not None else settings_text(tmp_path / "Mail", tmp_path / "state")
        )
        return path

    return write


@pytest.fixture(scope="session")
def shipped_rules():
    from followup.rules.load import load_rules, shipped_rules_dir

    return load_rules([shipped_rules_dir()])
