"""Issue 5's "done when": the demo's messages in a real Dovecot, `followup run --once`.

The expected drafts land in Drafts with \\Draft, no flag of any other message changes (the
mail_log oracle), a second run adds nothing, a draft the user deleted does not come back, and
one the user sent (it appears in Sent) is recorded as sent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dovecot import Dovecot, running_dovecot

pytestmark = pytest.mark.integration

DEMO = Path(__file__).resolve().parents[2] / "daemon" / "demo"
NOW = "2026-11-23T09:00:00-06:00"


def demo_messages() -> list[bytes]:
    files = sorted(
        p
        for sub in ("cur", "new")
        for p in (DEMO / "Maildir" / sub).glob("*")
        if p.is_file() and not p.name.startswith(".")
    )
    return [p.read_bytes() for p in files]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Dovecot, Path]]:
    if not demo_messages():
        pytest.skip("the demo mailbox (daemon/demo/Maildir) is empty")
    home = tmp_path_factory.mktemp("home")
    with running_dovecot() as server:
        server.append_many("INBOX", demo_messages())
        yield server, write_config(home, server)


def write_config(home: Path, *servers: Dovecot) -> Path:
    """A config with one `type: imap` entry per server: work, work2, ..."""
    expected = json.loads((DEMO / "expected.json").read_text())
    me = expected["me"]
    secret = home / "imap-password"
    secret.write_text(servers[0].password + "\n")
    secret.chmod(0o600)
    entries = "".join(
        f"""\
  - type: imap
    name: work{n or ""}
    host: 127.0.0.1
    port: {server.port}
    security: none
    username: {server.user}
    password_file: {secret}
    timeout: 10
"""
        for n, server in enumerate(servers)
    )
    config = home / "config.yaml"
    config.write_text(f"""\
me:
  name: {me["name"]}
  email: {me["email"]}
  timezone: {me["timezone"]}
  country: {me["country"]}
mailboxes:
{entries}state_dir: {home / "state"}
""")
    return config


def followup(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(config.parent),
        "XDG_STATE_HOME": str(config.parent / "xdg-state"),
    }
    return subprocess.run(
        [sys.executable, "-m", "followup", *args, "--config", str(config), "--now", NOW],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )


def run_once(config: Path) -> str:
    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def drafts(server: Dovecot) -> list[dict[str, str]]:
    return server.fetch("Drafts", "uid flags hdr.x-followup-key hdr.x-followup-rule hdr.to")


def draft_states(config: Path) -> dict[str, str]:
    result = followup(config, "status", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)["drafts"]["items"]
    return {item["key"]: item["state"] for item in items}


def test_run_once_places_the_expected_drafts_and_nothing_else(world: tuple[Dovecot, Path]) -> None:
    server, config = world
    inbox_before = server.fetch("INBOX", "uid flags")
    offset = server.log_offset()

    output = run_once(config)

    placed = drafts(server)
    expected = json.loads((DEMO / "expected.json").read_text())["drafts"]
    thank_yous = sorted(d["hdr.to"] for d in placed if d["hdr.x-followup-rule"] == "thank-you")
    assert len(thank_yous) == len(expected), (output, placed)
    for want in expected:
        assert any(want["to"] in to for to in thank_yous), (want, thank_yous)
    assert all("\\Draft" in d["flags"].split() for d in placed)
    assert len({d["hdr.x-followup-key"] for d in placed}) == len(placed)
    assert server.changes(offset) == []  # no flag_change, expunge or delete anywhere
    assert server.fetch("INBOX", "uid flags") == inbox_before
    assert server.password not in output


def test_a_second_run_adds_nothing(world: tuple[Dovecot, Path]) -> None:
    server, config = world
    before = drafts(server)
    run_once(config)
    assert drafts(server) == before


def test_a_deleted_draft_stays_deleted_and_a_sent_one_is_recorded(
    world: tuple[Dovecot, Path],
) -> None:
    server, config = world
    first, second = drafts(server)[:2]
    deleted, sent = first["hdr.x-followup-key"], second["hdr.x-followup-key"]
    text = (
        server.doveadm(
            "fetch", "-u", server.user, "text", "mailbox", "Drafts", "uid", second["uid"]
        )
        .split("text:", 1)[1]
        .lstrip("\n")
    )
    server.save("Sent", text.encode())  # the user pressed Send: a copy in Sent ...
    for uid in (first["uid"], second["uid"]):  # ... and the draft gone; the other deleted
        server.doveadm("expunge", "-u", server.user, "mailbox", "Drafts", "uid", uid)

    run_once(config)
    run_once(config)

    keys = [d["hdr.x-followup-key"] for d in drafts(server)]
    assert deleted not in keys and sent not in keys
    states = draft_states(config)
    assert states[sent] == "sent"
    assert states[deleted] == "declined"


def test_a_cut_after_the_append_never_duplicates_through_the_service(tmp_path: Path) -> None:
    """The connection dies right after the server stored the first draft (its APPENDUID never
    arrives). The cycle fails; the next cycle looks before it appends: one copy of each."""
    from datetime import datetime

    from dovecot import imap_settings
    from dovecot_proxy import Proxy
    from followup.config import load_config
    from followup.mail.imap import ImapMailbox
    from followup.record import Record
    from followup.service import run_cycle

    with running_dovecot() as server, Proxy(server.port, cut_on=b"[APPENDUID") as proxy:
        server.append_many("INBOX", demo_messages())
        config = load_config(write_config(tmp_path, server))
        now = datetime.fromisoformat(NOW)
        summaries = []
        for _ in range(3):
            imap = ImapMailbox(imap_settings(server, port=proxy.port))
            with Record.open(config.database) as record:
                summaries.append(run_cycle(config, record, now, mailboxes=[imap]))
            imap.close()
        keys = [d["hdr.x-followup-key"] for d in drafts(server)]

    assert proxy.cuts == 1
    assert "work" in summaries[0].failed and not summaries[1].failed
    assert len(keys) == len(set(keys)) >= 5
    assert sum(s.placed for s in summaries) == len(keys)  # the cut one counted once, found


def test_two_mailboxes_each_get_the_drafts_of_their_own_mail(tmp_path: Path) -> None:
    """Several mailboxes in one config: Northwind wrote to one, everyone else to the other;
    each thank-you lands in the Drafts of the mailbox its interview came through."""
    messages = demo_messages()
    northwind = [m for m in messages if b"northwind" in m.lower()]
    with running_dovecot() as first, running_dovecot() as second:
        first.append_many("INBOX", northwind)
        second.append_many("INBOX", [m for m in messages if m not in northwind])
        run_once(write_config(tmp_path, first, second))
        to_first = {d["hdr.to"] for d in drafts(first)}
        to_second = {d["hdr.to"] for d in drafts(second)}
    assert northwind and to_first and to_second
    assert all("northwind-analytics.example" in to for to in to_first)
    assert not any("northwind-analytics.example" in to for to in to_second)
    assert any("lumenhealth.example" in to for to in to_second)
