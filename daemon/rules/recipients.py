"""Who a draft goes to: the employer's contact, the recipients a rule names, the message it
answers, and when the user last wrote to someone. Pure functions of one snapshot."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, TypeVar

from ..model import Application, Kind, MessageRef, Person, Snapshot
from .schema import Recipient
from .triggers import Occurrence, last_interview

T = TypeVar("T")
CALENDAR_KINDS = frozenset({Kind.INVITATION, Kind.RESCHEDULE, Kind.CANCELLATION})


UNMONITORED = re.compile(
    r"^(?:.*no-?reply.*|do-?not-?reply|notifications?|mailer-daemon|bounces?|alerts?)@", re.I
)


def unmonitored(address: str | None) -> bool:
    return bool(address) and bool(UNMONITORED.match(address or ""))


def _addresses(people: Iterable[Person]) -> set[str]:
    return {(p.email or "").lower() for p in people}


def last_wrote(app: Application, snapshot: Snapshot) -> dict[str, datetime]:
    """Address -> when the user last wrote to it (in any sent mail or this application's)."""

    def build() -> dict[str, datetime]:
        latest: dict[str, datetime] = {}
        for m in (*snapshot.sent, *(m for m in app.messages if not m.incoming)):
            for address in _addresses(m.to):
                if address not in latest or m.date > latest[address]:
                    latest[address] = m.date
        return latest

    return _per_snapshot(snapshot, "wrote", app, build)


# Values derived from one snapshot, which plan asks for once per occurrence and target: kept
# for the latest snapshot only (a quiet cycle reuses it), so large threads stay linear.
_MEMO: list[Any] = [None, {}]


def _per_snapshot(snapshot: Snapshot, what: str, app: Application, compute: Callable[[], T]) -> T:
    if _MEMO[0] is not snapshot:
        _MEMO[:] = [snapshot, {}]
    table: dict[tuple[str, int], tuple[Application, Any]] = _MEMO[1]
    hit = table.get((what, id(app)))
    if hit is None or hit[0] is not app:
        hit = table[what, id(app)] = (app, compute())
    value: T = hit[1]
    return value


def contact(app: Application, snapshot: Snapshot) -> Person | None:
    """The employer's latest human correspondent, else a known contact, else an interviewer,
    else the latest correspondent even if it is a no-reply address."""
    return _per_snapshot(snapshot, "contact", app, lambda: _contact(app, snapshot))


def _contact(app: Application, snapshot: Snapshot) -> Person | None:
    mine = snapshot.me.addresses
    senders = [
        m.sender
        for m in sorted(app.messages, key=lambda m: m.date, reverse=True)
        if m.incoming and m.sender.email and m.sender.email.lower() not in mine
    ]
    last = last_interview(app)
    people = [*senders, *app.contacts, *(last.interviewers if last else ())]
    people = [p for p in people if p.email and p.email.lower() not in mine]
    human = next((p for p in people if not unmonitored(p.email)), None)
    return human or (people[0] if people else None)


def recipients(
    kinds: Iterable[Recipient],
    *,
    occ: Occurrence,
    target: Person | None,
    app: Application,
    snapshot: Snapshot,
) -> tuple[Person, ...]:
    out: list[Person] = []
    for kind in kinds:
        if kind == "target":
            found = [target or contact(app, snapshot)]
        elif kind == "sender":
            found = [occ.message.sender if occ.message else contact(app, snapshot)]
        elif kind == "contact":
            found = [contact(app, snapshot)]
        elif kind == "interviewers":
            last = occ.interview or last_interview(app)
            found = list(last.interviewers) if last else []
        else:
            found = [Person(snapshot.me.name, snapshot.me.email)]
        out.extend(p for p in found if p is not None and p not in out)
    return tuple(out)


def replied_to(occ: Occurrence, app: Application, to: tuple[Person, ...]) -> MessageRef | None:
    """The triggering message, else the recipient's latest message, else the latest one;
    never a calendar notification's thread, which nobody replies to in prose."""
    if occ.message is not None and occ.message.incoming:
        return occ.message
    incoming = sorted(
        (m for m in app.messages if m.incoming and m.kind not in CALENDAR_KINDS),
        key=lambda m: m.date,
    )
    address = (to[0].email or "").lower() if to else ""
    theirs = [m for m in incoming if (m.sender.email or "").lower() == address]
    found = theirs or incoming
    return found[-1] if found else None
