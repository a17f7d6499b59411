"""One fault's world: a real Dovecot holding the demo mailbox, a settings file pointing at
it (or at a misbehaving proxy in front of it), cycles of the real service (`run_cycle`, what
`followup run --once` runs), and the oracle that judges what the fault left behind.

The oracle: the Drafts folder holds exactly the drafts a fault-free run leaves (no duplicate,
none missing, none extra); no flag of the user's messages changed (Dovecot's `mail_log` has no
flag_change/expunge/delete line of an IMAP session, and every message's flags read back the
same); nothing was written anywhere but Drafts; every message was understood exactly once.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from dovecot import Dovecot
from dovecot_proxy import Proxy
from followup.config import Config, load_config
from followup.record import Record
from followup.service import CycleSummary, Understanding, run_cycle
from followup.status import status_data

DEMO = Path(__file__).resolve().parents[2] / "daemon" / "demo" / "Maildir"
NOW = datetime.fromisoformat("2026-11-23T09:00:00-06:00")  # the demo's `now`
# Arrives while the fault lasts (Bluebird's candidate-profile mail): it must not be lost.
LATE = "<2093318820.6612.1795097700231@wd5-prod.myworkday.com>"
USER_FOLDERS = ("INBOX", "Sent")
WRITE_EVENTS = ("save", "copy", "undelete", "mailbox_rename", "mailbox_delete")
WRITES = re.compile(r"imap\(.*?: Info: (" + "|".join(WRITE_EVENTS) + r"): (.*)")


def demo_messages() -> list[bytes]:
    files = sorted(
        p
        for sub in ("cur", "new")
        for p in (DEMO / sub).glob("*")
        if p.is_file() and not p.name.startswith(".")
    )
    return [p.read_bytes() for p in files]


def late_message() -> bytes:
    (data,) = [m for m in demo_messages() if LATE.encode() in m]
    return data


@dataclass
class Verdict:
    duplicates: int
    missing: list[str]
    extra: list[str]
    flags_changed: list[str]  # mail_log lines, and messages whose flags read back different
    foreign_writes: list[str]  # a save, copy, rename... anywhere but Drafts

    @property
    def figures(self) -> dict[str, int]:
        return {
            "duplicates": self.duplicates,
            "missing": len(self.missing),
            "flags_changed": len(self.flags_changed),
            "foreign_writes": len(self.foreign_writes),
        }


@dataclass
class World:
    server: Dovecot
    home: Path
    stages: tuple[Any, Any]
    timeout: float = 5.0
    mail: list[bytes] | None = None  # what INBOX holds at first: the demo but LATE, if None
    summaries: list[CycleSummary] = field(default_factory=list)
    _proxies: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)

    def __post_init__(self) -> None:
        if self.mail is None:
            self.mail = [m for m in demo_messages() if m != late_message()]
        self.server.append_many("INBOX", self.mail)
        self.port = self.server.port
        self.write_config()
        self.offset = self.server.log_offset()
        self.flags_before = self.user_flags()

    # --- the service --------------------------------------------------------------------

    def write_config(self) -> None:
        secret = self.home / "imap-password"
        secret.write_text(self.server.password + "\n")
        secret.chmod(0o600)
        (self.home / "config.yaml").write_text(f"""\
me:
  name: Jordan Avery
  email: jordan.avery@example.net
  timezone: America/Chicago
  country: US
mailboxes:
  - type: imap
    name: work
    host: 127.0.0.1
    port: {self.port}
    security: none
    username: {self.server.user}
    password_file: {secret}
    timeout: {self.timeout}
state_dir: {self.home / "state"}
""")

    @property
    def config(self) -> Config:
        return load_config(self.home / "config.yaml")

    def cycle(self, understander: Understanding | None = None) -> CycleSummary:
        """One cycle of the service, its adapters opened from the settings file."""
        config = self.config
        default, rules = self.stages
        with Record.open(config.database) as record:
            summary = run_cycle(
                config, record, NOW, rules=rules, understander=understander or default
            )
        self.summaries.append(summary)
        return summary

    def source(self) -> dict[str, Any]:
        """What `followup status --json` says of the mailbox."""
        config = self.config
        with Record.open(config.database) as record:
            (work,) = status_data(config, record, NOW)["sources"]
        return dict(work)

    def draft_states(self) -> dict[str, str]:
        config = self.config
        with Record.open(config.database) as record:
            items = status_data(config, record, NOW)["drafts"]["items"]
        return {item["key"]: item["state"] for item in items}

    def deliver_late(self) -> None:
        """Mail that arrived while the fault lasted."""
        self.server.save("INBOX", late_message())
        now = self.user_flags()
        self.flags_before.update({k: v for k, v in now.items() if k[1] == LATE})

    def recorded(self, message_id: str) -> bool:
        with Record.open(self.config.database) as record:
            return record.has_message(message_id.strip("<>"))

    def proxy(self, **kwargs: Any) -> Proxy:
        """A proxy in front of the server (see dovecot_proxy); the settings point at it."""
        proxy = self._proxies.enter_context(Proxy(self.server.port, **kwargs))
        self.port = proxy.port
        self.write_config()
        return proxy

    def close(self) -> None:
        self._proxies.close()

    # --- the oracle -----------------------------------------------------------------------

    def draft_keys(self) -> Counter[str]:
        found = self.server.fetch("Drafts", "uid hdr.x-followup-key")
        return Counter(d["hdr.x-followup-key"] for d in found)

    def user_flags(self) -> dict[tuple[str, str], str]:
        """(folder, Message-ID) -> flags, \\Recent aside (the server clears it itself)."""
        flags = {}
        for folder in USER_FOLDERS:
            for m in self.server.fetch(folder, "uid flags hdr.message-id"):
                kept = sorted(f for f in m["flags"].split() if f != "\\Recent")
                flags[folder, m["hdr.message-id"]] = " ".join(kept)
        return flags

    def verdict(self, reference: set[str]) -> Verdict:
        keys = self.draft_keys()
        after = self.user_flags()
        differ = [
            f"{k}: {v} -> {after.get(k)}" for k, v in self.flags_before.items() if after.get(k) != v
        ]
        writes = self.server.changes(self.offset, events=WRITE_EVENTS)
        return Verdict(
            duplicates=sum(n - 1 for n in keys.values()),
            missing=sorted(reference - set(keys)),
            extra=sorted(set(keys) - reference),
            flags_changed=self.server.changes(self.offset) + differ,
            foreign_writes=[line for line in writes if not _to_drafts(line)],
        )


def _to_drafts(line: str) -> bool:
    match = WRITES.search(line)
    return bool(match and match[1] == "save" and "box=Drafts," in match[2])


@contextlib.contextmanager
def world(server: Dovecot, home: Path, stages: tuple[Any, Any], **kwargs: Any) -> Iterator[World]:
    w = World(server, home, stages, **kwargs)
    try:
        yield w
    finally:
        w.close()
