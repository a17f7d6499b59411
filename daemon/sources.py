"""Config entries -> adapters. The only place that knows which class serves which `type:`;
each adapter module is imported when a config names it, so an unused one costs nothing."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from .calendars import Calendar
from .config import (
    CaldavConfig,
    CalendarConfig,
    Config,
    GmailConfig,
    GoogleCalendarConfig,
    IcsConfig,
    ImapConfig,
    MailboxConfig,
    MaildirConfig,
)
from .errors import SourceError
from .mail import Mailbox

Prefilter = Callable[[bytes], bool]


def open_mailbox(
    entry: MailboxConfig, config: Config, prefilter: Prefilter | None = None
) -> Mailbox:
    """The adapter for one `mailboxes:` entry; nothing connects until it is used."""
    if isinstance(entry, MaildirConfig):
        from .mail.maildir import MaildirMailbox

        return MaildirMailbox(entry.name, entry.path, entry.folders.model_dump())
    if isinstance(entry, ImapConfig):
        from .mail.imap import ImapMailbox

        return ImapMailbox.from_config(entry, prefilter=prefilter)
    return _gmail(entry, config)


def _gmail(entry: GmailConfig, config: Config) -> Mailbox:
    from .auth import token_path
    from .mail.gmail import open_gmail

    token = token_path(config.state_dir, entry.account)
    return open_gmail(entry.name, token, entry.folders.model_dump())


def open_calendar(entry: CalendarConfig, config: Config) -> Calendar:
    tz = ZoneInfo(config.me.timezone)
    if isinstance(entry, IcsConfig):
        from .calendars.ics import IcsCalendar

        return IcsCalendar(entry.name, tz, path=entry.path, url=entry.url)
    if isinstance(entry, CaldavConfig):
        return _caldav(entry, tz)
    return _google(entry, config)


def _caldav(entry: CaldavConfig, tz: ZoneInfo) -> Calendar:
    from urllib.parse import urlsplit

    from .calendars.caldav import CaldavCalendar
    from .secrets import password_source

    password = None
    if entry.has_password_source:
        read = password_source(
            username=entry.username or "",
            host=urlsplit(entry.url).hostname or "",
            password_file=entry.password_file,
            password_env=entry.password_env,
            keyring=entry.keyring,
        )
        password = read()
    try:
        return CaldavCalendar(
            entry.name,
            tz,
            entry.url,
            username=entry.username,
            password=password,
            calendar=entry.calendar,
        )
    except ValueError as err:
        raise SourceError(entry.name, str(err), transient=False) from None


def _google(entry: GoogleCalendarConfig, config: Config) -> Calendar:
    from .auth import token_path
    from .calendars.google import open_google_calendar

    token = token_path(config.state_dir, entry.account)
    return open_google_calendar(entry.name, token, entry.calendar_id, config.state_dir)
