"""Config entries -> adapters. The only place that knows which class serves which `type:`;
each adapter module is imported when a config names it, so an unused one costs nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr
from pathlib import Path
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
from .track import domain_of

Prefilter = Callable[[bytes], bool]

# Mail sent to many: a mailing list, a newsletter, a promotion (RFC 2369, RFC 2919, RFC 3834).
_BULK = re.compile(
    rb"^(list-id|list-unsubscribe|list-post)[ \t]*:|^precedence[ \t]*:[ \t]*(bulk|list|junk)",
    re.IGNORECASE | re.MULTILINE,
)


def may_be_hiring_headers(header_block: bytes, employers: Collection[str] = ()) -> bool:
    """From a message's header block alone: might it be hiring mail (read its body)?

    Recall matters, not precision: a body not read is a fact never learned, and recruiters
    write "tomorrow?" and "Re: Thank you!", employers reject from no-reply@ addresses. So
    only bulk mail (a list or newsletter header) is turned away, unless its subject uses a
    hiring word, it comes from a recruiting system, or it comes from the domain of an
    employer the user applied to (`employers`: a rejection sent through a mailing service,
    "Update from Acme"). What is turned away is still recorded from its headers; the
    understand stage judges the rest. On the labelled corpora this keeps every one of the
    212 hiring messages."""
    if not _BULK.search(header_block):
        return True
    from .domains import HIRING_SERVICES
    from .understand.prefilter import HIRING_HINT

    head = BytesHeaderParser(policy=compat32).parsebytes(header_block)
    sender = parseaddr(str(head.get("From", "")))[1].strip().lower()
    domain = sender.rpartition("@")[2].rstrip(">")
    from_service = any(domain == d or domain.endswith("." + d) for d in HIRING_SERVICES)
    from_employer = bool(employers) and domain_of(sender) in employers
    return from_service or from_employer or bool(HIRING_HINT.search(_decoded(head.get("Subject"))))


class KnownEmployers:
    """The mail domains of the employers in the record (free-mail and recruiting-service
    domains never count), refreshed by the service before each cycle reads. Their mail is
    always fetched whole, bulk or not, for the understand stage to judge. One object is
    shared by the service and the prefilter it gives the mailbox adapters, so the adapters
    see each refresh."""

    def __init__(self, domains: Iterable[str] = ()) -> None:
        self.domains = frozenset(domains)

    def prefilter(self, header_block: bytes) -> bool:
        return may_be_hiring_headers(header_block, self.domains)


def _decoded(value: object) -> str:
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value))))[:2000]
    except (ValueError, LookupError, UnicodeError):
        return str(value)[:2000]


def open_mailbox(
    entry: MailboxConfig, config: Config, prefilter: Prefilter | None = may_be_hiring_headers
) -> Mailbox:
    """The adapter for one `mailboxes:` entry; nothing connects until it is used. Remote
    adapters read every message's headers and the bodies of those `prefilter` lets through
    (None: every body)."""
    if isinstance(entry, MaildirConfig):
        from .mail.maildir import MaildirMailbox

        return MaildirMailbox(entry.name, entry.path, entry.folders.model_dump())
    if isinstance(entry, ImapConfig):
        return _imap(entry, config, prefilter)
    return _gmail(entry, config, prefilter)


def _imap(entry: ImapConfig, config: Config, prefilter: Prefilter | None) -> Mailbox:
    from .mail.imap import ImapMailbox

    token = None
    if entry.auth == "xoauth2":
        from .auth import GOOGLE_MAIL_SCOPE, access_token_reader, token_path

        path = token_path(config.state_dir, entry.username)
        token = access_token_reader(entry.name, path, (GOOGLE_MAIL_SCOPE,))
    return ImapMailbox.from_config(entry, prefilter=prefilter, oauth2_token=token)


def _gmail(entry: GmailConfig, config: Config, prefilter: Prefilter | None) -> Mailbox:
    from .auth import token_path
    from .mail.gmail import open_gmail

    token = token_path(config.state_dir, entry.account)
    return open_gmail(entry.name, token, entry.folders.model_dump(), prefilter=prefilter)


def open_calendar(entry: CalendarConfig, config: Config) -> Calendar:
    from .calendars.seen import seen_file

    tz = ZoneInfo(config.me.timezone)
    if isinstance(entry, IcsConfig):
        from .calendars.ics import IcsCalendar

        seen = seen_file(config.state_dir, "ics", entry.name)
        return IcsCalendar(entry.name, tz, path=entry.path, url=entry.url, seen=seen)
    if isinstance(entry, CaldavConfig):
        return _caldav(entry, tz, seen_file(config.state_dir, "caldav", entry.name))
    return _google(entry, config)


def _caldav(entry: CaldavConfig, tz: ZoneInfo, seen: Path) -> Calendar:
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
            seen=seen,
        )
    except ValueError as err:
        raise SourceError(entry.name, str(err), transient=False) from None


def _google(entry: GoogleCalendarConfig, config: Config) -> Calendar:
    from .auth import token_path
    from .calendars.google import open_google_calendar

    token = token_path(config.state_dir, entry.account)
    return open_google_calendar(entry.name, token, entry.calendar_id, config.state_dir)
