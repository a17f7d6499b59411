"""`followup auth google`: the token file (0600, refused when others can read it), clear
one-line errors, and the no-browser flow against a local stand-in for Google's token endpoint."""

from __future__ import annotations

import http.server
import io
import json
import stat
import threading
import urllib.parse
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest
from fakegoogle import credentials
from followup.auth import (
    GOOGLE_MAIL_SCOPE,
    SCOPES,
    GoogleAccount,
    access_token_reader,
    load_credentials,
    parse_pasted,
    save_credentials,
    sign_in,
    token_path,
)
from followup.cli import main
from followup.errors import SourceError, UserError


def test_token_is_written_0600_even_over_a_wider_leftover(tmp_path: Path) -> None:
    token = tmp_path / "state" / "google-token.json"
    token.parent.mkdir()
    leftover = token.with_name(token.name + ".tmp")
    leftover.write_text("{}")
    leftover.chmod(0o644)
    save_credentials(credentials("abc"), token)
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    assert json.loads(token.read_text())["token"] == "abc"
    assert load_credentials("gmail", token).refresh_token == "refresh"


def test_missing_token_says_how_to_sign_in(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="run `followup auth google`") as caught:
        load_credentials("gmail", tmp_path / "none.json")
    assert not caught.value.transient


def test_a_token_others_can_read_is_refused(tmp_path: Path) -> None:
    token = tmp_path / "t.json"
    save_credentials(credentials(), token)
    token.chmod(0o644)
    with pytest.raises(SourceError, match="chmod 600"):
        load_credentials("gmail", token)


def test_a_garbage_token_file_is_a_clear_error(tmp_path: Path) -> None:
    token = tmp_path / "t.json"
    token.write_text("not json")
    token.chmod(0o600)
    with pytest.raises(SourceError, match="unreadable"):
        load_credentials("gmail", token)


def test_token_names_per_account(tmp_path: Path) -> None:
    assert token_path(tmp_path, None).name == "google-token.json"
    assert token_path(tmp_path, "jo@gmail.com").name == "google-token-jo_gmail_com.json"


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("http://localhost:8765/?state=S1&code=4/abc&scope=x\n", "4/abc"),
        ("4/bare-code\n", "4/bare-code"),
    ],
)
def test_parse_pasted(pasted: str, expected: str) -> None:
    assert parse_pasted(pasted, "S1") == expected


@pytest.mark.parametrize(
    ("pasted", "message"),
    [
        ("http://localhost:8765/?state=OTHER&code=x", "another sign-in attempt"),
        ("http://localhost:8765/?error=access_denied&state=S1", "access_denied"),
        ("http://localhost:8765/?state=S1", "no code"),
        ("\n", "nothing pasted"),
    ],
)
def test_parse_pasted_problems(pasted: str, message: str) -> None:
    with pytest.raises(UserError, match=message) as caught:
        parse_pasted(pasted, "S1")
    assert caught.value.exit_code == 78


# --- the whole command ---------------------------------------------------------------------


def write_config(tmp_path: Path) -> Path:
    (tmp_path / "Mail").mkdir()
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Jordan Avery, email: jordan.avery@example.net}\n"
        f"mailboxes: [{{type: maildir, path: {tmp_path / 'Mail'}}}]\n"
        "calendars: [{type: google}]\n"
        f"state_dir: {tmp_path / 'state'}\n"
    )
    return config


def test_missing_client_secret_is_one_line_and_exit_78(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path)
    assert main(["auth", "google", "--no-browser", "--config", str(config)]) == 78
    err = capsys.readouterr().err
    assert err.startswith(f"followup: no Google OAuth client file at {tmp_path}")
    assert "Desktop app" in err and err.count("\n") == 1


def test_a_client_file_of_the_wrong_kind_is_exit_78(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path)
    (tmp_path / "google-client-secret.json").write_text('{"web": {}}')
    assert main(["auth", "google", "--no-browser", "--config", str(config)]) == 78
    assert "not an OAuth client file" in capsys.readouterr().err


class _TokenEndpoint(http.server.BaseHTTPRequestHandler):
    reply: ClassVar[dict[str, object]] = {}
    status = 200
    seen: ClassVar[list[dict[str, list[str]]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        type(self).seen.append(urllib.parse.parse_qs(body))
        data = json.dumps(self.reply).encode()
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def token_endpoint(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the stand-in speaks plain http
    _TokenEndpoint.seen = []
    _TokenEndpoint.status = 200
    _TokenEndpoint.reply = {
        "access_token": "at-1",
        "refresh_token": "rt-1",
        "expires_in": 3600,
        "token_type": "Bearer",
        "scope": " ".join(SCOPES),
    }
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _TokenEndpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/token"
    server.shutdown()


class Paste(io.StringIO):
    """The user: reads the printed address, signs in, pastes the redirected address."""

    def __init__(self, out: io.StringIO) -> None:
        super().__init__()
        self._out = out

    def readline(self, _size: int | None = -1) -> str:  # type: ignore[override]
        url = next(w for w in self._out.getvalue().split() if w.startswith("https://"))
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        self.asked = query
        state = query["state"][0]
        return f"{query['redirect_uri'][0]}?state={state}&code=4/granted&scope=x\n"


def account(tmp_path: Path, token_uri: str) -> GoogleAccount:
    secrets = tmp_path / "client.json"
    secrets.write_text(
        json.dumps(
            {
                "installed": {
                    "client_id": "cid.apps.googleusercontent.com",
                    "client_secret": "csecret",
                    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                    "token_uri": token_uri,
                    "redirect_uris": ["http://localhost"],
                }
            }
        )
    )
    return GoogleAccount(tmp_path / "state" / "google-token.json", secrets)


def test_no_browser_flow_saves_a_0600_token_with_only_three_scopes(
    tmp_path: Path, token_endpoint: str
) -> None:
    out = io.StringIO()
    paste = Paste(out)
    acct = account(tmp_path, token_endpoint)
    sign_in(acct, no_browser=True, stdin=paste, out=out)

    assert sorted(paste.asked["scope"][0].split()) == sorted(SCOPES)
    assert paste.asked["access_type"] == ["offline"]
    assert _TokenEndpoint.seen[0]["code"] == ["4/granted"]
    assert stat.S_IMODE(acct.token.stat().st_mode) == 0o600
    saved = json.loads(acct.token.read_text())
    assert saved["refresh_token"] == "rt-1" and saved["token"] == "at-1"
    assert "token saved to" in out.getvalue()


def test_a_refused_code_is_exit_78_and_nothing_is_saved(
    tmp_path: Path, token_endpoint: str
) -> None:
    _TokenEndpoint.status = 400
    _TokenEndpoint.reply = {"error": "invalid_grant", "error_description": "Bad Request"}
    out = io.StringIO()
    acct = account(tmp_path, token_endpoint)
    with pytest.raises(UserError, match=r"did not accept the sign-in \(invalid_grant\)") as caught:
        sign_in(acct, no_browser=True, stdin=Paste(out), out=out)
    assert caught.value.exit_code == 78 and not acct.token.exists()


def test_unticked_scopes_are_refused(tmp_path: Path, token_endpoint: str) -> None:
    _TokenEndpoint.reply = {**_TokenEndpoint.reply, "scope": SCOPES[0]}
    out = io.StringIO()
    acct = account(tmp_path, token_endpoint)
    with pytest.raises(UserError, match=r"did not grant gmail\.compose, calendar\.readonly"):
        sign_in(acct, no_browser=True, stdin=Paste(out), out=out)
    assert not acct.token.exists()


def test_without_a_browser_the_flow_falls_back_to_pasting(
    tmp_path: Path, token_endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import webbrowser

    def no_browser(*_args: object) -> object:
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    out = io.StringIO()
    acct = account(tmp_path, token_endpoint)
    sign_in(acct, no_browser=False, stdin=Paste(out), out=out)
    assert "No web browser here" in out.getvalue()
    assert acct.token.exists()


# --- Gmail over IMAP: XOAUTH2 with the saved sign-in ----------------------------------------


class ToLocal:
    """google-auth's transport, with every request sent to the local token endpoint (a
    saved token always names Google's own endpoint)."""

    def __init__(self, url: str) -> None:
        from google.auth.transport.requests import Request

        self.url = url
        self.inner = Request()

    def __call__(self, url: str, method: str = "GET", **kwargs: Any) -> Any:
        del url
        return self.inner(self.url, method=method, **kwargs)


def imap_token(
    tmp_path: Path, token_uri: str, expiry: datetime, scopes: tuple[str, ...] = (GOOGLE_MAIL_SCOPE,)
) -> Path:
    from google.oauth2.credentials import Credentials

    saved = Credentials(
        token="at-0",
        refresh_token="rt-0",
        token_uri=token_uri,
        client_id="cid",
        client_secret="cs",
        scopes=list(scopes),
        expiry=expiry.replace(tzinfo=None),  # google-auth keeps naive UTC
    )
    token = token_path(tmp_path / "state", "jordan@gmail.com")
    save_credentials(saved, token)
    return token


def test_xoauth2_uses_the_saved_token_while_it_is_valid(
    tmp_path: Path, token_endpoint: str
) -> None:
    token = imap_token(tmp_path, token_endpoint, datetime.now(UTC) + timedelta(hours=1))
    assert access_token_reader("gmail-imap", token)() == "at-0"
    assert _TokenEndpoint.seen == []  # no request to Google


def test_xoauth2_refreshes_an_expired_token_for_the_mail_scope_alone(
    tmp_path: Path, token_endpoint: str
) -> None:
    token = imap_token(tmp_path, token_endpoint, datetime.now(UTC) - timedelta(minutes=1))
    saved = token.read_text()
    reader = access_token_reader("gmail-imap", token, transport=lambda: ToLocal(token_endpoint))
    assert reader() == "at-1" and reader() == "at-1"  # then kept until it expires
    (asked,) = _TokenEndpoint.seen
    assert asked["grant_type"] == ["refresh_token"] and asked["refresh_token"] == ["rt-0"]
    assert asked["scope"] == [GOOGLE_MAIL_SCOPE]  # what Gmail's IMAP needs, nothing else
    assert token.read_text() == saved  # the file is left to the APIs that share it


def test_xoauth2_never_uses_a_token_saved_for_other_scopes(
    tmp_path: Path, token_endpoint: str
) -> None:
    """The Gmail API refreshed the shared token for its own scopes: IMAP asks anew."""
    valid = datetime.now(UTC) + timedelta(hours=1)
    token = imap_token(tmp_path, token_endpoint, valid, scopes=SCOPES)
    reader = access_token_reader("gmail-imap", token, transport=lambda: ToLocal(token_endpoint))
    assert reader() == "at-1" and len(_TokenEndpoint.seen) == 1


def test_xoauth2_with_a_revoked_grant_says_sign_in_again(
    tmp_path: Path, token_endpoint: str
) -> None:
    token = imap_token(tmp_path, token_endpoint, datetime.now(UTC) - timedelta(minutes=1))
    _TokenEndpoint.status = 400
    _TokenEndpoint.reply = {"error": "invalid_grant", "error_description": "Token revoked"}
    reader = access_token_reader("gmail-imap", token, transport=lambda: ToLocal(token_endpoint))
    with pytest.raises(SourceError, match="run `followup auth google` again") as err:
        reader()
    assert not err.value.transient


def xoauth2_config(tmp_path: Path, extra: str = "") -> Path:
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Jordan Avery, email: jordan@gmail.com, timezone: UTC, country: US}\n"
        "mailboxes:\n"
        "  - {type: imap, name: gmail-imap, host: imap.gmail.com, username: jordan@gmail.com,"
        " auth: xoauth2}\n" + extra + f"state_dir: {tmp_path / 'state'}\n"
    )
    return config


def test_an_xoauth2_mailbox_logs_in_with_the_saved_token(
    tmp_path: Path, token_endpoint: str
) -> None:
    from followup.config import load_config
    from followup.mail.imap import ImapMailbox
    from followup.sources import open_mailbox

    imap_token(tmp_path, token_endpoint, datetime.now(UTC) + timedelta(hours=1))
    config = load_config(xoauth2_config(tmp_path))
    adapter = open_mailbox(config.mailboxes[0], config)
    assert isinstance(adapter, ImapMailbox)
    assert adapter.settings.password is None and adapter.settings.oauth2_token is not None
    assert adapter.settings.oauth2_token() == "at-0"


def test_auth_google_asks_the_mail_scope_for_an_xoauth2_mailbox(tmp_path: Path) -> None:
    from followup.auth import accounts_to_sign_in
    from followup.config import load_config

    both = "  - {type: gmail, name: api, account: jordan@gmail.com}\n"
    config = load_config(xoauth2_config(tmp_path, both))
    (account,) = accounts_to_sign_in(config)  # one token file, one sign-in
    assert account.token.name == "google-token-jordan_gmail_com.json"
    assert set(account.scopes) == {*SCOPES, GOOGLE_MAIL_SCOPE}
    (tmp_path / "x").mkdir()
    alone = load_config(xoauth2_config(tmp_path / "x"))
    assert [a.scopes for a in accounts_to_sign_in(alone)] == [(GOOGLE_MAIL_SCOPE,)]
