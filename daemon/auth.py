"""`followup auth google`: the installed-app OAuth flow, and the token it leaves behind.

Only three scopes are asked for: reading mail, writing drafts (gmail.compose also allows
sending, but no code path here sends; tests/unit/test_invariants.py checks), and reading the
calendar. The token is stored with mode 0600 in the state dir and refreshed in place."""

from __future__ import annotations

import json
import os
import stat
import sys
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .errors import EX_CONFIG, EX_TEMPFAIL, ConfigError, SourceError, UserError

if TYPE_CHECKING:
    from .config import Config

SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/calendar.readonly",
)
# Gmail over IMAP (XOAUTH2) accepts only this full-mail scope; asked for only when a
# `type: imap` mailbox says `auth: xoauth2`. The IMAP adapter still only reads and appends.
GOOGLE_MAIL_SCOPE = "https://mail.google.com/"
CLIENT_FILE = "google-client-secret.json"
HOW_TO_CLIENT = (
    "create an OAuth client of type 'Desktop app' in the Google Cloud console (APIs & "
    "Services > Credentials), download its JSON to {path}, or name it with client_secrets:"
)
REAUTH = "Google refused the saved sign-in (revoked or expired); run `followup auth google` again"
NOT_SIGNED_IN = "not signed in to Google; run `followup auth google`"


@dataclass(frozen=True)
class GoogleAccount:
    """One sign-in: the token file and the OAuth client it was made with."""

    token: Path
    client_secrets: Path
    scopes: tuple[str, ...] = SCOPES


def token_path(state_dir: Path, account: str | None) -> Path:
    suffix = "" if not account else "-" + "".join(c if c.isalnum() else "_" for c in account)
    return state_dir / f"google-token{suffix}.json"


def google_account(
    state_dir: Path, config_dir: Path, account: str | None, client_secrets: Path | None
) -> GoogleAccount:
    return GoogleAccount(token_path(state_dir, account), client_secrets or config_dir / CLIENT_FILE)


# --- the token ------------------------------------------------------------------------------


def load_credentials(source: str, token: Path, scopes: tuple[str, ...] = SCOPES) -> Any:
    """Saved credentials, refreshed when expired; SourceError (not transient) when there is
    no usable sign-in, so `status` tells the user to run `followup auth google`."""
    from google.oauth2.credentials import Credentials

    try:
        mode = token.stat().st_mode
        info = json.loads(token.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceError(source, NOT_SIGNED_IN, transient=False) from None
    except (OSError, ValueError):
        raise SourceError(
            source, f"{token} is unreadable; {NOT_SIGNED_IN}", transient=False
        ) from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SourceError(
            source, f"{token} is readable by others; run `chmod 600 {token}`", transient=False
        )
    try:
        return Credentials.from_authorized_user_info(info, list(scopes))  # type: ignore[no-untyped-call]
    except ValueError:
        raise SourceError(
            source, f"{token} is not a Google token; {NOT_SIGNED_IN}", transient=False
        ) from None


def save_credentials(credentials: Any, token: Path) -> None:
    """Write atomically, created 0600 from the start (never briefly world-readable)."""
    token.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = token.with_name(token.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(credentials.to_json())
    tmp.chmod(0o600)  # an older tmp file may have had wider bits
    tmp.replace(token)


class TokenKeeper:
    """Saves the token again after the client library refreshed it."""

    def __init__(self, credentials: Any, token: Path) -> None:
        self.credentials = credentials
        self._token = token
        self._seen = credentials.token

    def save_if_refreshed(self) -> None:
        if self.credentials.token != self._seen and self.credentials.token:
            save_credentials(self.credentials, self._token)
            self._seen = self.credentials.token


def access_token_reader(
    source: str,
    token: Path,
    scopes: tuple[str, ...] = (GOOGLE_MAIL_SCOPE,),
    transport: Callable[[], Any] | None = None,
) -> Callable[[], str]:
    """For IMAP XOAUTH2: a function giving a valid access token for `scopes` from the saved
    sign-in; called at every login. The saved access token is used while it is valid and was
    granted for these scopes; else a new one is asked for these scopes alone and kept in
    memory only, so the file keeps serving the Gmail and Calendar APIs that share it.
    `transport` makes the google-auth HTTP transport (tests: a local token endpoint)."""
    fresh: list[Any] = []

    def read() -> str:
        if fresh and fresh[0].valid:
            return str(fresh[0].token)
        credentials = load_credentials(source, token, scopes)
        if credentials.valid and set(scopes) <= _saved_scopes(token):
            return str(credentials.token)
        _refresh(source, credentials, transport)
        fresh[:] = [credentials]
        return str(credentials.token)

    return read


def _saved_scopes(token: Path) -> set[str]:
    try:
        saved = json.loads(token.read_text(encoding="utf-8")).get("scopes") or []
    except (OSError, ValueError, AttributeError):
        return set()
    return set(saved.split() if isinstance(saved, str) else saved)


def _refresh(source: str, credentials: Any, transport: Callable[[], Any] | None) -> None:
    from google.auth.exceptions import RefreshError, TransportError
    from google.auth.transport.requests import Request

    try:
        credentials.refresh((transport or Request)())
    except RefreshError as err:
        if "invalid_grant" in str(err) or "invalid_scope" in str(err):
            raise SourceError(source, REAUTH, transient=False) from None
        raise SourceError(source, f"could not refresh the Google token: {err}"[:200]) from None
    except TransportError as err:
        raise SourceError(
            source, f"cannot reach Google to refresh the sign-in: {err}"[:300]
        ) from None


def check_credentials(account: GoogleAccount) -> None:
    """For `doctor`: refresh now; ConfigError (78) with the fix when the grant is gone."""
    from google.auth.exceptions import RefreshError, TransportError
    from google.auth.transport.requests import Request

    try:
        credentials = load_credentials("google", account.token)
        credentials.refresh(Request())
    except SourceError as err:
        raise ConfigError(str(err).removeprefix("google: ")) from None
    except RefreshError as err:
        if "invalid_grant" in str(err):
            raise ConfigError(REAUTH) from None
        raise ConfigError(f"could not refresh the Google token: {str(err)[:200]}") from None
    except TransportError:
        raise UserError("cannot reach Google to check the sign-in", exit_code=75) from None
    save_credentials(credentials, account.token)


# --- the sign-in flow -----------------------------------------------------------------------


def auth_command(config_path: Path | None, provider: str, no_browser: bool = False) -> int:
    """Sign in once for every Google account the settings name (usually one)."""
    from .config import load_config

    if provider != "google":
        raise UserError(f"unknown provider {provider!r} (only google)")
    config = load_config(config_path)
    for account in accounts_to_sign_in(config):
        sign_in(account, no_browser=no_browser)
    return 0


def accounts_to_sign_in(config: Config) -> list[GoogleAccount]:
    """One sign-in per token file: the Google API entries by `account`, IMAP mailboxes with
    `auth: xoauth2` by their username; scopes of entries sharing a token are merged."""
    config_dir = config.path.parent if config.path else Path.cwd()
    wanted: dict[Path, GoogleAccount] = {}
    for entry in (*config.mailboxes, *config.calendars):
        if entry.type in ("gmail", "google"):
            account = google_account(
                config.state_dir, config_dir, entry.account, entry.client_secrets
            )
        elif entry.type == "imap" and entry.auth == "xoauth2":
            path = token_path(config.state_dir, entry.username)
            account = GoogleAccount(path, config_dir / CLIENT_FILE, (GOOGLE_MAIL_SCOPE,))
        else:
            continue
        known = wanted.get(account.token)
        scopes = account.scopes if known is None else (*known.scopes, *account.scopes)
        client = account.client_secrets if known is None else known.client_secrets
        wanted[account.token] = GoogleAccount(account.token, client, tuple(dict.fromkeys(scopes)))
    if not wanted:
        default = google_account(config.state_dir, config_dir, None, None)
        wanted[default.token] = default
    return [wanted[token] for token in sorted(wanted)]


def sign_in(
    account: GoogleAccount,
    no_browser: bool = False,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
) -> Any:
    """Run the flow, save the token, and say where it went."""
    out = out or sys.stdout
    flow = _flow(account.client_secrets, account.scopes)
    if no_browser:
        credentials = console_flow(flow, stdin or sys.stdin, out)
    else:
        credentials = _browser_flow(flow, stdin or sys.stdin, out)
    _check_scopes(credentials, account.scopes)
    save_credentials(credentials, account.token)
    print(f"Signed in to Google; token saved to {account.token} (mode 0600).", file=out)
    return credentials


def _flow(client_secrets: Path, scopes: tuple[str, ...] = SCOPES) -> Any:
    from google_auth_oauthlib.flow import InstalledAppFlow

    if not client_secrets.is_file():
        raise ConfigError(
            f"no Google OAuth client file at {client_secrets}: "
            + HOW_TO_CLIENT.format(path=client_secrets)
        )
    try:
        return InstalledAppFlow.from_client_secrets_file(str(client_secrets), list(scopes))
    except (ValueError, KeyError):
        raise ConfigError(
            f"{client_secrets} is not an OAuth client file of type "
            "'Desktop app' (download it again from the Google Cloud console)"
        ) from None


def _browser_flow(flow: Any, stdin: TextIO, out: TextIO) -> Any:
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        print("No web browser here; continuing without one.", file=out)
        return console_flow(flow, stdin, out)
    return _exchanging(
        lambda: flow.run_local_server(
            port=0,
            open_browser=True,
            access_type="offline",
            prompt="consent",
            authorization_prompt_message="Opening your browser to sign in to Google:\n{url}",
            success_message="Signed in. You can close this tab and return to the terminal.",
        )
    )


def console_flow(flow: Any, stdin: TextIO, out: TextIO, port: int = 8765) -> Any:
    """No browser here: the user opens the URL elsewhere; Google then redirects that browser
    to a localhost address that will not load there, and the user pastes that address (or
    just the code) back here."""
    flow.redirect_uri = f"http://localhost:{port}/"
    url, state = flow.authorization_url(access_type="offline", prompt="consent")
    print("Open this address in a browser on any machine and sign in:", file=out)
    print(f"\n    {url}\n", file=out)
    print(
        "The browser then goes to a localhost address that fails to load. Copy that whole "
        "address from the address bar and paste it here:",
        file=out,
    )
    code = parse_pasted(stdin.readline(), state)
    return _exchanging(lambda: _fetch(flow, code))


def _fetch(flow: Any, code: str) -> Any:
    flow.fetch_token(code=code)
    return flow.credentials


def parse_pasted(line: str, state: str) -> str:
    """The code from a pasted redirect address (state checked) or a bare code."""
    text = line.strip()
    if not text:
        raise UserError(
            "nothing pasted; run `followup auth google --no-browser` again", exit_code=EX_CONFIG
        )
    if "://" not in text and "code=" not in text:
        return text
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(text).query or text)
    if query.get("error"):
        raise UserError(f"Google said {query['error'][0]}; nothing was saved", exit_code=EX_CONFIG)
    if query.get("state", [state])[0] != state:
        raise UserError(
            "that address belongs to another sign-in attempt; paste the latest one",
            exit_code=EX_CONFIG,
        )
    if not query.get("code"):
        raise UserError("no code in that address; paste the whole address", exit_code=EX_CONFIG)
    return query["code"][0]


def _exchanging(run: Callable[[], Any]) -> Any:
    from oauthlib.oauth2.rfc6749.errors import OAuth2Error  # type: ignore[import-untyped]

    try:
        return run()
    except Warning as err:  # oauthlib raises a Warning when fewer scopes were granted
        granted = getattr(err, "new_scope", None) or []
        _check_scopes(_Granted(list(granted) if not isinstance(granted, str) else granted.split()))
        raise
    except OAuth2Error as err:
        what = err.error or "refused"
        raise UserError(
            f"Google did not accept the sign-in ({what}); run `followup auth google` again",
            exit_code=EX_CONFIG,
        ) from None
    except OSError as err:  # requests' errors are OSErrors: no network, DNS, TLS, timeout
        raise UserError(
            f"cannot reach Google to finish the sign-in ({type(err).__name__}); check the "
            "network, then run `followup auth google` again",
            exit_code=EX_TEMPFAIL,
        ) from None


@dataclass(frozen=True)
class _Granted:
    granted_scopes: list[str]
    scopes: tuple[str, ...] = ()


def _check_scopes(credentials: Any, wanted: tuple[str, ...] = SCOPES) -> None:
    granted = set(getattr(credentials, "granted_scopes", None) or credentials.scopes or wanted)
    missing = [s.rstrip("/").rsplit("/", 1)[-1] for s in wanted if s not in granted]
    if missing:
        raise UserError(
            f"the sign-in did not grant {', '.join(missing)}; run `followup auth "
            "google` again and tick every box",
            exit_code=EX_CONFIG,
        )
