"""The service: one cycle is sources -> parse -> understand -> record -> plan -> compose ->
deliver -> observe. Only this module and the adapters touch the outside world.

A message that breaks a stage is quarantined (recorded, shown in `status`) and the cycle goes
on; a source that fails is recorded as failing and the others go on. `run --once` is one
cycle; the long-running loop is `loop.py`, which calls `Service.cycle` through an engine.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .calendars import Calendar
from .commands import add_note, close_application, explain, show_plan
from .config import Config, load_config
from .deliver import apply_plan, observe
from .errors import EX_TEMPFAIL, SourceError, UserError
from .inflight import InFlight, PoisonMessageError, header_message_id, message_key
from .mail import Mailbox
from .model import Email, Facts, Me, RawMessage
from .record import Record
from .replan import Planner
from .sources import KnownEmployers
from .track import domain_of

if TYPE_CHECKING:
    from .rules.load import RuleSet

__all__ = [
    "CycleSummary",
    "Service",
    "add_note",
    "close_application",
    "explain",
    "run",
    "run_cycle",
    "show_plan",
]

log = logging.getLogger(__name__)
READ_ROLES = (("inbox", True), ("sent", False))  # (folder role, incoming)
BATCH = 200  # messages recorded per transaction (a crash re-reads them: no checkpoint)
CALENDAR_PAST = timedelta(days=30)
CALENDAR_AHEAD = timedelta(days=90)


class Understanding(Protocol):
    """What the service needs of the understand stage."""

    def maybe_hiring(self, email: Email) -> bool: ...

    def facts(self, email: Email) -> Facts: ...


@dataclass
class CycleSummary:
    read: int = 0
    facts: int = 0
    placed: int = 0
    withdrawn: int = 0
    sent: int = 0
    declined: int = 0
    quarantined: int = 0
    problems: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)

    def line(self) -> str:
        failing = f", failing: {', '.join(sorted(self.failed))}" if self.failed else ""
        return (
            f"{self.read} messages read, {self.facts} facts learned, {self.placed} drafts "
            f"placed, {self.sent} sent, {self.declined} declined, {self.quarantined} "
            f"quarantined, {len(self.problems)} problems{failing}"
        )


class Service:
    """One loaded configuration: its record, rules, understanding and open sources."""

    def __init__(
        self,
        config: Config,
        record: Record,
        rules: RuleSet,
        understander: Understanding,
        *,
        mailboxes: Mapping[str, Mailbox],
        calendars: Mapping[str, Calendar] | None = None,
        employers: KnownEmployers | None = None,
        inflight: InFlight | None = None,
    ) -> None:
        self.config = config
        self.record = record
        self.rules = rules
        self.understander = understander
        self.mailboxes = dict(mailboxes)
        self.calendars = dict(calendars or {})
        self.me: Me = config.me.to_model()
        self.employers = employers or KnownEmployers()  # shared with the mailboxes' prefilter
        self.inflight = inflight or InFlight(config.state_dir)  # a message that kills us
        self.planner = Planner()  # a quiet poll plans again only when the plan can change

    @classmethod
    def open(cls, config: Config, strict: bool = False) -> Service:
        from .sources import open_calendar, open_mailbox

        rules = load_rules_for(config, strict=strict)
        understander = load_understander(config.nlp.model)
        record = Record.open(config.database)
        employers = KnownEmployers()
        mailboxes = {e.name: open_mailbox(e, config, employers.prefilter) for e in config.mailboxes}
        calendars: dict[str, Calendar] = {}
        for entry in config.calendars:
            try:
                calendars[entry.name] = open_calendar(entry, config)
            except SourceError as err:
                record.sync_failed(entry.name, str(err), datetime.now(UTC))
        return cls(
            config,
            record,
            rules,
            understander,
            mailboxes=mailboxes,
            calendars=calendars,
            employers=employers,
        )

    def close(self) -> None:
        for mailbox in self.mailboxes.values():
            _close_quietly(mailbox)
        for calendar in self.calendars.values():
            _close_quietly(calendar)
        self.inflight.done()
        self.record.close()

    @property
    def source_names(self) -> frozenset[str]:
        return frozenset((*self.mailboxes, *self.calendars))

    def cycle(self, now: datetime, sources: frozenset[str] | None = None) -> CycleSummary:
        """Read the named sources (all if None), then plan, deliver and observe."""
        summary = CycleSummary()
        summary.problems.extend(self.rules.problems)
        wanted = self.source_names if sources is None else sources
        self._refresh_employers()
        try:
            for name, mailbox in self.mailboxes.items():
                if name in wanted:
                    self._read_mailbox(mailbox, now, summary)
        finally:
            self.inflight.done()
        for name, calendar in self.calendars.items():
            if name in wanted:
                self._read_calendar(calendar, now, summary)
        for name, mailbox in self.mailboxes.items():
            if name in wanted and name not in summary.failed:
                self._guard(name, now, summary, lambda m=mailbox: observe(self, m, now, summary))
        self.record.settle_stages(now)
        apply_plan(self, now, summary)
        return summary

    # --- reading ------------------------------------------------------------------------------

    def _refresh_employers(self) -> None:
        """Whose mail is always read whole: the employers in the record (not the user's own
        organisation, whose newsletters are not about the job search)."""
        own = {domain_of(a) for a in self.me.addresses}
        self.employers.domains = self.record.employer_domains() - own

    def _read_mailbox(self, mailbox: Mailbox, now: datetime, summary: CycleSummary) -> None:
        def read() -> None:
            for role, incoming in READ_ROLES:
                since = self.record.checkpoint(mailbox.name, role)
                messages, checkpoint = mailbox.fetch_new(role, since)
                for start in range(0, len(messages), BATCH):
                    with self.record.transaction():  # one sync per batch, not per message
                        for raw in messages[start : start + BATCH]:
                            self.ingest(raw, incoming, now, summary)
                if checkpoint != since:  # a quiet poll writes (and syncs) nothing
                    self.record.save_checkpoint(mailbox.name, role, checkpoint)

        self._guard(mailbox.name, now, summary, read)

    def _read_calendar(self, calendar: Calendar, now: datetime, summary: CycleSummary) -> None:
        def read() -> None:
            from .calendars.recognise import event_facts

            known_domains, known_people = self._known()
            for event in calendar.events(now - CALENDAR_PAST, now + CALENDAR_AHEAD):
                facts = event_facts(event, self.me, known_domains, known_people)
                if facts is not None and self.record.add_event_facts(calendar.name, facts, now):
                    summary.facts += 1

        self._guard(calendar.name, now, summary, read)

    def _known(self) -> tuple[set[str], set[str]]:
        snapshot = self.record.snapshot(self.me)
        domains = {a.domain for a in snapshot.applications if a.domain}
        people = {
            p.email.casefold()
            for a in snapshot.applications
            for p in (*a.contacts, *(i for iv in a.interviews for i in iv.interviewers))
            if p.email
        }
        return domains, people

    def _guard(self, name: str, now: datetime, summary: CycleSummary, work: object) -> None:
        """Run one source's work; a SourceError marks the source failing, not the cycle."""
        assert callable(work)
        try:
            work()
        except SourceError as err:
            summary.failed[name] = str(err)
            self.record.sync_failed(name, str(err), now)
            return
        if name not in summary.failed:
            self.record.sync_ok(name, now)

    def ingest(self, raw: RawMessage, incoming: bool, now: datetime, summary: CycleSummary) -> None:
        """One message through parse -> understand -> record; a failure quarantines it, and
        so does killing the process twice in parse or understand (`InFlight`)."""
        if self.record.is_quarantined(raw):
            return
        where = _Where()
        try:
            self._ingest(raw, incoming, now, summary, where)
        except UserError:  # the settings are wrong, not the message: stop, keep it unread
            raise
        except Exception as err:  # a message must never stop the service
            stage = err.stage if isinstance(err, PoisonMessageError) else where.stage
            log.warning(
                "%s/%s uid %s quarantined in %s: %s",
                raw.source,
                raw.folder,
                raw.uid,
                stage,
                type(err).__name__,
            )
            error = f"{type(err).__name__}: {err}"
            self.record.quarantine(raw, stage, error, now, where.message_id)
            summary.quarantined += 1

    def _ingest(
        self, raw: RawMessage, incoming: bool, now: datetime, summary: CycleSummary, where: _Where
    ) -> None:
        from .understand.parse import parse

        key = message_key(raw)
        where.message_id = header_message_id(raw.data)
        self.inflight.check(key)  # it killed the process twice: raise, so quarantine it
        with self.inflight.holding(key, "parse"):
            email = parse(raw.data)
            where.message_id = email.message_id or None
            if where.message_id and self.record.has_message(where.message_id):
                return
            summary.read += 1
            incoming = incoming and (email.sender.email or "").casefold() not in self.me.addresses
            where.stage = "understand"
            self.inflight.reached(where.stage)
            facts = self._facts(email) if incoming else None
        where.stage = "record"
        self.record.add_message(raw, email, facts, incoming, now)
        self._note_sent(email, incoming, now, summary)
        summary.facts += facts is not None

    def _facts(self, email: Email) -> Facts | None:
        if not self.understander.maybe_hiring(email):
            return None
        return self.understander.facts(email)

    def _note_sent(
        self, email: Email, incoming: bool, now: datetime, summary: CycleSummary
    ) -> None:
        """Our own draft seen in Sent: the user sent it (even one we had thought declined)."""
        key = next(
            (v.strip() for k, v in email.headers.items() if k.casefold() == "x-followup-key"), None
        )
        if not incoming and key and self.record.mark_sent(key, now):
            summary.sent += 1


@dataclass
class _Where:
    """How far a message got, for its quarantine entry."""

    stage: str = "parse"
    message_id: str | None = None


def _close_quietly(source: Mailbox | Calendar) -> None:
    try:
        source.close()
    except Exception:  # closing is best effort
        log.debug("closing %s failed", source.name, exc_info=True)


# --- loading the stages ------------------------------------------------------------------------


def load_rules_for(config: Config, strict: bool = False) -> RuleSet:
    from .rules.load import load_rules, shipped_rules_dir

    return load_rules([shipped_rules_dir(), *config.rules_dirs()], strict=strict)


def load_understander(model: str) -> Understanding:
    """The understand stage; a missing spaCy pipeline is a configuration error (78) now,
    before any message is read, rather than a quarantined message later."""
    try:
        from .understand.nlp import resolve_name
        from .understand.pipeline import Understander
    except ModuleNotFoundError as err:
        raise UserError(
            f"the understand stage is not available ({err.name})", exit_code=69
        ) from None
    resolve_name(model)
    understander: Understanding = Understander(model)
    return understander


# --- entry points ------------------------------------------------------------------------------


def run_cycle(
    config: Config,
    record: Record,
    now: datetime,
    *,
    mailboxes: Sequence[Mailbox] | None = None,
    calendars: Sequence[Calendar] | None = None,
    rules: RuleSet | None = None,
    understander: Understanding | None = None,
) -> CycleSummary:
    """One full cycle with the given (or configured) stages; adapters passed in stay open."""
    from .sources import open_calendar, open_mailbox

    opened: list[Mailbox | Calendar] = []
    employers = KnownEmployers()
    if mailboxes is None:
        mailboxes = [open_mailbox(e, config, employers.prefilter) for e in config.mailboxes]
        opened.extend(mailboxes)
    if calendars is None:
        calendars = [open_calendar(e, config) for e in config.calendars]
        opened.extend(calendars)
    service = Service(
        config,
        record,
        rules or load_rules_for(config),
        understander or load_understander(config.nlp.model),
        mailboxes={m.name: m for m in mailboxes},
        calendars={c.name: c for c in calendars},
        employers=employers,
    )
    try:
        return service.cycle(now)
    finally:
        for source in opened:
            _close_quietly(source)


def run(config_path: Path | None, once: bool, now: datetime | None) -> int:
    """`followup run`: one cycle with --once, else the long-running service."""
    if not once:
        return _serve(config_path, now)
    from .lock import InstanceLock

    config = load_config(config_path)
    with InstanceLock(config.state_dir):  # never two cycles on one record at once
        service = Service.open(config)
        try:
            summary = service.cycle(now or datetime.now(UTC))
        finally:
            service.close()
    print(f"followup: {summary.line()}")
    for problem in summary.problems:
        print(f"  problem: {problem}")
    for _, error in sorted(summary.failed.items()):
        print(f"  failing: {error}")
    return EX_TEMPFAIL if summary.failed else 0


def _serve(config_path: Path | None, now: datetime | None) -> int:
    from .serve import serve

    return serve(config_path, now)
