"""Deliver and observe: the plan's actions carried out exactly once, and the user's decisions
on placed drafts noticed.

Delivery records the intent first, looks for the key in Drafts (a crash after an append that
was never recorded), and only then appends: a crash or restart at any point cannot make a
second copy. A draft the user deleted is DECLINED and plan never proposes its key again.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from .errors import SourceError
from .mail import Mailbox
from .model import Draft, DraftState, PlaceDraft, SetStage, WithdrawDraft

if TYPE_CHECKING:
    from .compose import Composer
    from .service import CycleSummary, Service

log = logging.getLogger(__name__)


def apply_plan(service: Service, now: datetime, summary: CycleSummary) -> None:
    from .compose import Composer

    snapshot = service.record.snapshot(service.me, service.config.reference_models)
    delivery = _Delivery(service, Composer(service.rules, service.me), now, summary)
    for action in service.planner.plan(snapshot, service.rules, now).due:
        if isinstance(action, PlaceDraft):
            delivery.place(action.draft)
        elif isinstance(action, WithdrawDraft):
            _withdraw(service, action, now, summary)
        elif isinstance(action, SetStage):
            service.record.set_stage(action.application_id, action.stage, action.reason, now)


class _Delivery:
    def __init__(
        self, service: Service, composer: Composer, now: datetime, summary: CycleSummary
    ) -> None:
        self.service, self.record, self.composer = service, service.record, composer
        self.now, self.summary = now, summary
        self.broken: set[str] = set(summary.failed)  # mailboxes that failed this cycle

    def place(self, draft: Draft) -> None:
        mailbox = mailbox_for(self.service, draft.application_id)
        if mailbox.name in self.broken:
            return  # the draft waits, still wanted, for the mailbox to come back
        if self.record.intend(draft, self.now, source=mailbox.name).state is not DraftState.PLANNED:
            return
        data = self._compose(draft)
        if data is None:
            return
        try:
            placed = mailbox.find_draft(draft.key) or mailbox.append_draft(draft.key, data)
        except SourceError as err:
            self.summary.failed[mailbox.name] = str(err)
            self.broken.add(mailbox.name)
            self.record.sync_failed(mailbox.name, str(err), self.now)
            return
        self.record.placed(draft.key, placed, self.now)
        self.summary.placed += 1

    def _compose(self, draft: Draft) -> bytes | None:
        """The message, or None when it cannot be made or its rule holds it on problems."""
        try:
            composed = self.composer.compose(draft, self.now)
        except Exception as err:  # a bug in a template or in compose: keep the others going
            log.exception("composing %s failed", draft.key)
            self.summary.problems.append(f"{draft.key}: could not compose: {type(err).__name__}")
            return None
        self.record.set_problems(draft.key, composed.problems)
        self.summary.problems.extend(f"{draft.key}: {p}" for p in composed.problems)
        return None if composed.problems and draft.hold_on_problems else composed.data


def _withdraw(
    service: Service, action: WithdrawDraft, now: datetime, summary: CycleSummary
) -> None:
    record = service.record.draft(action.key)
    if record is None:
        return
    if action.stale or record.state is not DraftState.PLANNED:
        service.record.mark(action.key, DraftState.STALE, now)
        return
    mailbox = service.mailboxes.get(record.source or "")
    found = None
    if mailbox is not None:
        try:  # an append that happened just before a crash: the draft is the user's now
            found = mailbox.find_draft(action.key)
        except SourceError:
            return  # decide next cycle, when the mailbox can be asked
    if found is not None:
        service.record.placed(action.key, found, now)
        service.record.mark(action.key, DraftState.STALE, now)
    elif service.record.mark(action.key, DraftState.WITHDRAWN, now):
        summary.withdrawn += 1


def mailbox_for(service: Service, application_id: int) -> Mailbox:
    """The mailbox the application's mail came through (its Drafts is where the user looks)."""
    source = service.record.source_of(application_id)
    return service.mailboxes.get(source or "") or next(iter(service.mailboxes.values()))


def observe(service: Service, mailbox: Mailbox, now: datetime, summary: CycleSummary) -> None:
    """Placed drafts no longer in Drafts: sent if Sent holds them, else declined."""
    present = mailbox.draft_keys()
    for record in service.record.drafts().values():
        if record.source != mailbox.name or record.key in present:
            continue
        if record.state not in (DraftState.PLACED, DraftState.STALE):
            continue
        message_id = service.record.draft_message_id(record.key)
        if service.record.sent_matching(record.key, message_id, record.to, record.subject):
            summary.sent += service.record.mark(record.key, DraftState.SENT, now)
        else:
            summary.declined += service.record.mark(record.key, DraftState.DECLINED, now)
