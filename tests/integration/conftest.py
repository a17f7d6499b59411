"""Fixtures for the integration tests: a fresh Dovecot per test (it starts in ~40 ms), and
an IMAP adapter logged in to it over loopback plaintext."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest
from dovecot import Dovecot, Options, imap_settings, running_dovecot
from followup.mail.imap import ImapMailbox


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    with running_dovecot() as server:
        yield server


@pytest.fixture
def imap(dovecot: Dovecot) -> Iterator[ImapMailbox]:
    mailbox = ImapMailbox(imap_settings(dovecot))
    yield mailbox
    mailbox.close()


@pytest.fixture
def make_dovecot() -> Iterator[Callable[[Options], Dovecot]]:
    """For tests that need a differently configured server (or two)."""
    with contextlib.ExitStack() as stack:
        yield lambda options: stack.enter_context(running_dovecot(options))
