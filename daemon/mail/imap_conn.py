"""Opening an IMAP session safely.

Encryption is never optional on the network: SSL or STARTTLS with the system's certificate
verification, plaintext only to a loopback host. Every socket operation has a timeout.
Login never selects a folder (imap-tools would open INBOX read-write otherwise).
"""

from __future__ import annotations

import contextlib
import imaplib
import ssl
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from imap_tools import BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import ImapToolsError, MailboxLoginError

from ..config import is_loopback  # one rule for the settings check and the adapter
from ..errors import ConfigError, SourceError
from ..secrets import password_source

if TYPE_CHECKING:
    from ..config import ImapConfig

Security = Literal["ssl", "starttls", "none"]


@dataclass(frozen=True)
class ImapSettings:
    """What the adapter needs from one `type: imap` entry of the config."""

    name: str
    host: str
    username: str
    password: Callable[[], str] | None = None  # read when connecting, never stored
    oauth2_token: Callable[[], str] | None = None  # XOAUTH2 instead of a password
    port: int | None = None
    security: Security = "ssl"
    folders: Mapping[str, str] = field(default_factory=dict)  # role -> name overrides
    timeout: float = 30.0  # seconds, for every socket operation
    max_message_bytes: int = 10 * 1024 * 1024  # larger messages: headers only
    read_bytes: int = 256 * 1024  # of a larger message, only this much of its text is read
    ssl_context: Callable[[], ssl.SSLContext] = ssl.create_default_context

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == "ssl" else 143)


def settings_from_config(
    entry: ImapConfig, oauth2_token: Callable[[], str] | None = None
) -> ImapSettings:
    """The adapter's settings for one `type: imap` entry of the config. `oauth2_token`
    gives a fresh access token when the entry says `auth: xoauth2`."""
    password = None
    if entry.auth == "xoauth2":
        if oauth2_token is None:
            raise ConfigError(
                f"mailbox {entry.name!r}: auth: xoauth2 needs a signed-in account (followup auth)"
            )
    else:
        password = password_source(
            username=entry.username,
            host=entry.host,
            password_file=entry.password_file,
            password_env=entry.password_env,
            keyring=entry.keyring,
        )
    overrides = {role: name for role, name in entry.folders.model_dump().items() if name}
    return ImapSettings(
        name=entry.name,
        host=entry.host,
        username=entry.username,
        password=password,
        oauth2_token=oauth2_token if entry.auth == "xoauth2" else None,
        port=entry.port,
        security=entry.security,
        folders=overrides,
        timeout=entry.timeout,
        max_message_bytes=entry.max_message_bytes,
    )


def check_security(settings: ImapSettings) -> None:
    """Plaintext IMAP would send the password in the clear: only to this machine."""
    if settings.security == "none" and not is_loopback(settings.host):
        raise ConfigError(
            f"mailbox {settings.name!r}: security: none is only allowed for a loopback host "
            f"(not {settings.host!r}); use ssl (port 993) or starttls (port 143)"
        )
    if settings.password is None and settings.oauth2_token is None:
        raise ConfigError(
            f"mailbox {settings.name!r}: no credential: set password_file, password_env "
            "or keyring (or XOAUTH2)"
        )


def open_session(settings: ImapSettings) -> BaseMailBox:
    """Connect, encrypt, authenticate; no folder selected. Faults become SourceError."""
    check_security(settings)
    secret = _credential(settings)
    with translate_errors(settings.name, f"connecting to {settings.host}"):
        mailbox = _client(settings)
        try:
            _authenticate(mailbox, settings, secret)
        except BaseException:
            with contextlib.suppress(Exception):
                mailbox.client.shutdown()
            raise
        return mailbox


def _client(settings: ImapSettings) -> BaseMailBox:
    host, port, timeout = settings.host, settings.effective_port, settings.timeout
    if settings.security == "ssl":
        return MailBox(host, port, timeout=timeout, ssl_context=settings.ssl_context())
    if settings.security == "starttls":
        return MailBoxStartTls(host, port, timeout=timeout, ssl_context=settings.ssl_context())
    return MailBoxUnencrypted(host, port, timeout=timeout)


def _credential(settings: ImapSettings) -> str:
    """Read when connecting. A bad password file found by a running service is the source's
    lasting fault (shown in status), not a crash of the service."""
    read = settings.oauth2_token or settings.password
    assert read is not None  # check_security made sure
    try:
        return read()
    except ConfigError as err:
        raise SourceError(settings.name, str(err), transient=False) from None


def _authenticate(mailbox: BaseMailBox, settings: ImapSettings, secret: str) -> None:
    try:
        if settings.oauth2_token is not None:
            mailbox.xoauth2(settings.username, secret, initial_folder=None)
        elif (settings.username + secret).isascii():
            mailbox.login(settings.username, secret, initial_folder=None)
        else:  # LOGIN is ASCII only; AUTHENTICATE PLAIN carries UTF-8
            mailbox.login_utf8(settings.username, secret, initial_folder=None)
    except (MailboxLoginError, imaplib.IMAP4.error) as err:
        if isinstance(err, imaplib.IMAP4.abort):
            raise
        fix = (
            "run `followup auth google` again"
            if settings.oauth2_token is not None
            else "check the credential"
        )
        raise SourceError(
            settings.name,
            f"{settings.host} refused the login of {settings.username!r}: {fix}",
            transient=False,
        ) from None
    mailbox.client.capabilities = tuple(_capabilities(mailbox))


def _capabilities(mailbox: BaseMailBox) -> list[str]:
    """Servers announce more after login (CONDSTORE, SPECIAL-USE, UNSELECT...)."""
    typ, data = mailbox.client.capability()
    if typ != "OK" or not data or not isinstance(data[-1], bytes):
        return [str(c) for c in mailbox.client.capabilities]
    return data[-1].decode(errors="replace").upper().split()


@contextlib.contextmanager
def translate_errors(source: str, doing: str) -> Iterator[None]:
    """Network and protocol faults as the service understands them."""
    try:
        yield
    except SourceError:
        raise
    except ssl.SSLCertVerificationError as err:
        raise SourceError(
            source,
            f"{doing}: the server's certificate is not trusted ({err.verify_message})",
            transient=False,
        ) from None
    except TimeoutError:
        raise SourceError(source, f"{doing}: no answer from the server (timed out)") from None
    except ConnectionRefusedError:
        raise SourceError(source, f"{doing}: connection refused") from None
    except imaplib.IMAP4.abort as err:
        if "TLS not supported" in str(err):  # never fall back to plaintext
            raise SourceError(
                source, f"{doing}: the server does not offer STARTTLS", transient=False
            ) from None
        raise SourceError(source, f"{doing}: {_short(err)}") from None
    except (OSError, imaplib.IMAP4.error, ImapToolsError, EOFError) as err:
        raise SourceError(source, f"{doing}: {_short(err)}") from None


def _short(err: BaseException) -> str:
    text = str(err).splitlines()[0] if str(err) else type(err).__name__
    return text[:200]
