"""Issue 9, item 1: faults against a real Dovecot, through whole cycles of the service.

Each fault is injected into a world holding the demo mailbox; cycles run while it lasts; then
it heals, mail that arrived meanwhile is delivered, and two more cycles run. After that the
Drafts folder holds exactly what a fault-free run leaves, no user message's flags changed,
nothing was written outside Drafts, every message was understood exactly once, and `status`
said what was wrong while it was wrong and is clean after.

The figures (`record_property`) feed `make faults` (tests/faults/summary.py)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from dovecot import Options, config_text, running_dovecot

from .world import LATE, World, demo_messages, world

pytestmark = pytest.mark.integration

NO_DRAFTS = {"Sent": "\\Sent", "Trash": "\\Trash"}  # a server with no Drafts folder (yet)


# --- the faults: each injects, runs the cycles of the fault, heals; returns what status said


def cut_during_fetch(w: World) -> str:
    proxy = w.proxy(cut_on=b"BODY[TEXT]")  # the bodies, after every header was read
    proxy.cuts_left = 2
    assert "work" in w.cycle().failed and proxy.cuts >= 1
    said = str(w.source()["last_error"])
    proxy.cuts_left = 0
    return said


def cut_after_append_stored(w: World) -> str:
    proxy = w.proxy(cut_on=b"[APPENDUID")  # the server stored the draft; its answer is lost
    assert "work" in w.cycle().failed and proxy.cuts == 1
    return str(w.source()["last_error"])


def server_restarted_mid_cycle(w: World) -> str:
    """Dovecot restarts after the mailbox was read, while messages are being understood: the
    connection the cycle holds is dead when it observes Drafts and places the drafts."""
    w.cycle(AfterFacts(w.stages[0], 3, w.server.restart))
    return str(w.source()["last_error"])


def uidvalidity_changed(w: World) -> str:
    w.cycle()
    for folder in ("INBOX", "Sent"):
        w.server.set_uid_validity(folder, 4242)
    return ""


def drafts_folder_missing(w: World) -> str:
    assert "work" in w.cycle().failed
    said = str(w.source()["last_error"])
    w.server.doveadm("mailbox", "create", "-u", w.server.user, "Drafts")  # the user makes one
    return said


def drafts_folder_renamed(w: World) -> str:
    w.server.doveadm("mailbox", "create", "-u", w.server.user, "Drafts")
    w.cycle()
    rename = ("mailbox", "rename", "-u", w.server.user)
    w.server.doveadm(*rename, "Drafts", "Old drafts")
    w.cycle()
    said = str(w.source()["last_error"])
    w.server.doveadm(*rename, "Old drafts", "Drafts")
    return said


def quota_full_on_append(w: World) -> str:
    summary = w.cycle()
    assert "work" in summary.failed and summary.placed == 2  # room for two drafts
    said = str(w.source()["last_error"])
    w.server.options.quota_messages = 1000  # the user buys more room
    w.server.conf.write_text(config_text(w.server))
    w.server.restart()
    return said


def connection_refused(w: World) -> str:
    w.server.stop()
    assert "work" in w.cycle().failed
    w.server.start()
    return str(w.source()["last_error"])


def silent_peer(w: World) -> str:
    proxy = w.proxy(black_hole=True)  # accepts, never answers
    started = time.monotonic()
    assert "work" in w.cycle().failed
    assert time.monotonic() - started < 10 * w.timeout
    proxy.black_hole = False
    return str(w.source()["last_error"])


@dataclass(frozen=True)
class Fault:
    inject: Callable[[World], str]
    says: str  # in status's last_error while it lasts ("" when survived inside the cycle)
    options: Options = field(default_factory=Options)
    timeout: float = 5.0


FAULTS = {
    "cut during FETCH": Fault(cut_during_fetch, "reading INBOX"),
    "cut during APPEND after the store": Fault(cut_after_append_stored, "placing draft"),
    "server restarted mid-cycle": Fault(server_restarted_mid_cycle, ""),
    "UIDVALIDITY changed": Fault(uidvalidity_changed, ""),
    "Drafts folder missing": Fault(drafts_folder_missing, "no Drafts folder", Options(NO_DRAFTS)),
    "Drafts folder renamed": Fault(drafts_folder_renamed, "no Drafts folder", Options(NO_DRAFTS)),
    "quota full on APPEND": Fault(  # INBOX holds the demo but one, and there is room for 2
        quota_full_on_append, "quota", Options(quota_messages=len(demo_messages()) - 1 + 2)
    ),
    "connection refused": Fault(connection_refused, "refused"),
    "silent peer": Fault(silent_peer, "timed out", timeout=1.0),
}


class AfterFacts:
    """The understand stage, doing `action` when it is asked for its `nth` facts."""

    def __init__(self, inner: Any, nth: int, action: Callable[[], None]) -> None:
        self.inner, self.left, self.action = inner, nth, action

    def maybe_hiring(self, email: Any) -> bool:
        return bool(self.inner.maybe_hiring(email))

    def facts(self, email: Any) -> Any:
        self.left -= 1
        if self.left == 0:
            self.action()
        return self.inner.facts(email)


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_fault_is_survived_and_the_next_cycle_is_exactly_right(
    name: str,
    tmp_path: Path,
    stages: tuple[Any, Any],
    reference: set[str],
    record_property: Callable[[str, object], None],
    caplog: pytest.LogCaptureFixture,
) -> None:
    fault = FAULTS[name]
    caplog.set_level(logging.WARNING, logger="followup")
    with (
        running_dovecot(fault.options) as server,
        world(server, tmp_path, stages, timeout=fault.timeout) as w,
    ):
        record_property("fault", name)
        said = fault.inject(w)
        w.deliver_late()
        recovery, steady = w.cycle(), w.cycle()
        verdict, keys = w.verdict(reference), w.draft_keys()
        status, states = w.source(), w.draft_states()
        read = sum(s.read for s in w.summaries)
        for figure, value in verdict.figures.items():
            record_property(figure, value)

    assert fault.says.casefold() in (said or "").casefold(), said
    assert not recovery.failed and not steady.failed, (recovery.failed, steady.failed)
    assert status["last_error"] is None and status["failures"] == 0, status
    assert verdict.duplicates == 0, keys
    assert verdict.missing == [] and verdict.extra == [], verdict
    assert verdict.flags_changed == [] and verdict.foreign_writes == [], verdict
    assert read == len(demo_messages()), [s.line() for s in w.summaries]  # each once
    assert w.recorded(LATE)
    assert steady.placed == steady.read == 0
    assert set(states) >= set(keys), states
    assert all(states[k] == "placed" for k in keys), states
    if name == "UIDVALIDITY changed":
        assert "renumbered" in caplog.text


def test_the_oracle_sees_what_it_guards_against(tmp_path: Path, stages: tuple[Any, Any]) -> None:
    """Against a vacuous pass: a flag set, a message saved to INBOX and a draft appended twice,
    all by an IMAP session, are each found by the verdict."""
    import imaplib

    from dovecot import draft

    with running_dovecot() as server, world(server, tmp_path, stages) as w:
        client = imaplib.IMAP4("127.0.0.1", server.port)
        client.login(server.user, server.password)
        client.select("INBOX")
        client.uid("STORE", "1", "+FLAGS", "(\\Flagged)")  # what the service must never do
        client.append("INBOX", None, None, demo_messages()[0])
        for _ in range(2):
            client.append("Drafts", "(\\Draft)", None, draft("k1"))
        client.logout()
        verdict = w.verdict({"k1", "k2"})

    assert any("flag_change" in line for line in verdict.flags_changed), verdict
    assert any("\\Flagged" in line for line in verdict.flags_changed), verdict  # read back
    assert len(verdict.foreign_writes) == 1 and "box=INBOX" in verdict.foreign_writes[0]
    assert verdict.duplicates == 1 and verdict.missing == ["k2"] and verdict.extra == []
