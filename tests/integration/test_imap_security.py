"""Encryption, credentials and the "never disturb the user's mail" promise, on a real Dovecot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from dovecot import Dovecot, Options, draft, imap_settings, message
from dovecot_tls import make_certs
from followup.errors import ConfigError, SourceError
from followup.mail.imap import ImapMailbox

pytestmark = pytest.mark.integration
MakeDovecot = Callable[[Options], Dovecot]


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return make_certs(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def tls_server(make_dovecot: MakeDovecot, certs: tuple[Path, Path, Path]) -> Dovecot:
    server: Dovecot = make_dovecot(Options(tls=(certs[1], certs[2])))
    return server


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_with_a_trusted_certificate(
    tls_server: Dovecot,
    certs: tuple[Path, Path, Path],
    security: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certs[0]))  # the system store, as a user sets it
    port = tls_server.ssl_port if security == "ssl" else tls_server.port
    imap = ImapMailbox(imap_settings(tls_server, security=security, port=port))
    assert imap.folders()["drafts"] == "Drafts"
    imap.close()
    assert "TLS" in tls_server.log.read_text()


@pytest.mark.parametrize("security", ["ssl", "starttls"])
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_untrusted_or_misnamed_certificate_is_refused(
    tls_server: Dovecot,
    certs: tuple[Path, Path, Path],
    security: str,
    host: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if host == "localhost":  # trusted CA, but the certificate names 127.0.0.1 only
        monkeypatch.setenv("SSL_CERT_FILE", str(certs[0]))
    else:
        monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent")
    port = tls_server.ssl_port if security == "ssl" else tls_server.port
    imap = ImapMailbox(imap_settings(tls_server, host=host, security=security, port=port))
    with pytest.raises(SourceError, match="certificate is not trusted") as err:
        imap.folders()
    assert not err.value.transient
    assert "Login: user=<test>" not in tls_server.log.read_text()  # no password was sent


def test_starttls_never_falls_back_to_plaintext(dovecot: Dovecot) -> None:
    imap = ImapMailbox(imap_settings(dovecot, security="starttls"))  # the server has no TLS
    with pytest.raises(SourceError, match="does not offer STARTTLS") as err:
        imap.folders()
    assert not err.value.transient
    assert "Login: user=<test>" not in dovecot.log.read_text()


def test_plaintext_only_to_loopback(dovecot: Dovecot) -> None:
    imap = ImapMailbox(imap_settings(dovecot, host="imap.example.net", security="none"))
    with pytest.raises(ConfigError, match="loopback"):
        imap.folders()


def test_xoauth2(make_dovecot: MakeDovecot) -> None:
    server = make_dovecot(Options(oauth_token="ya29.token-42"))
    imap = ImapMailbox(imap_settings(server, password=None, oauth2_token=lambda: "ya29.token-42"))
    assert imap.folders()["inbox"] == "INBOX"
    imap.close()
    assert "method=XOAUTH2" in server.log.read_text()


def test_a_refused_xoauth2_token_says_sign_in_again(make_dovecot: MakeDovecot) -> None:
    server = make_dovecot(Options(oauth_token="ya29.token-42"))
    imap = ImapMailbox(imap_settings(server, password=None, oauth2_token=lambda: "ya29.old"))
    with pytest.raises(SourceError, match="run `followup auth google` again") as err:
        imap.folders()
    assert not err.value.transient and "ya29" not in str(err.value)


def test_xoauth2_from_the_settings_with_the_saved_google_sign_in(
    make_dovecot: MakeDovecot, tmp_path: Path
) -> None:
    """`auth: xoauth2` in the config: the token `followup auth google` saved is the
    credential (Gmail over IMAP); no password is read."""
    from datetime import UTC, datetime, timedelta

    from followup.auth import GOOGLE_MAIL_SCOPE, save_credentials, token_path
    from followup.config import load_config
    from followup.sources import open_mailbox
    from google.oauth2.credentials import Credentials

    server = make_dovecot(Options(oauth_token="ya29.saved-token"))
    saved = Credentials(
        token="ya29.saved-token",
        refresh_token="rt",
        client_id="cid",
        client_secret="cs",
        scopes=[GOOGLE_MAIL_SCOPE],
        expiry=(datetime.now(UTC) + timedelta(hours=1)).replace(tzinfo=None),
    )
    save_credentials(saved, token_path(tmp_path / "state", server.user))
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Jordan Avery, email: jordan@example.net, timezone: UTC, country: US}\n"
        f"mailboxes: [{{type: imap, name: work, host: 127.0.0.1, port: {server.port}, "
        f"security: none, username: {server.user}, auth: xoauth2}}]\n"
        f"state_dir: {tmp_path / 'state'}\n"
    )
    loaded = load_config(config)
    imap = open_mailbox(loaded.mailboxes[0], loaded)
    assert imap.folders()["inbox"] == "INBOX"
    imap.close()
    assert "method=XOAUTH2" in server.log.read_text()


def test_wrong_password_is_not_transient_and_not_echoed(dovecot: Dovecot) -> None:
    imap = ImapMailbox(imap_settings(dovecot, password=lambda: "wrong-pw-91"))
    with pytest.raises(SourceError) as err:
        imap.folders()
    assert not err.value.transient and "wrong-pw-91" not in str(err.value)


def test_a_full_read_and_a_draft_change_no_flag(dovecot: Dovecot, imap: ImapMailbox) -> None:
    """The mail_log oracle: EXAMINE + BODY.PEEK leave every message as it was."""
    for n in range(1, 6):
        dovecot.save("INBOX", message(n, "Interview"))
    dovecot.save("Sent", message(10, "Re: Interview"))
    dovecot.save("Drafts", message(11, "my own draft"))
    before = {box: dovecot.fetch(box) for box in ("INBOX", "Sent", "Drafts")}
    offset = dovecot.log_offset()

    for role in ("inbox", "sent", "drafts"):
        imap.fetch_new(role, None)
    imap.draft_keys()
    imap.find_draft("k1")
    imap.append_draft("k1", draft("k1"))
    imap.wait_for_change(0.2)
    imap.close()

    assert dovecot.changes(offset) == []
    after = {box: dovecot.fetch(box) for box in ("INBOX", "Sent")}
    assert after == {box: before[box] for box in ("INBOX", "Sent")}
    assert all("\\Seen" not in m["flags"] for m in after["INBOX"])
    drafts = dovecot.fetch("Drafts")
    assert drafts[0] == before["Drafts"][0] and len(drafts) == 2
    saves = dovecot.changes(offset, events=("save",))
    assert len(saves) == 1 and "box=Drafts" in saves[0]


def test_the_oracle_sees_a_flag_change(dovecot: Dovecot) -> None:
    """The check above can fail: a client that reads with BODY[] (not PEEK) is caught."""
    import imaplib

    dovecot.save("INBOX", message(1))
    offset = dovecot.log_offset()
    client = imaplib.IMAP4("127.0.0.1", dovecot.port)
    client.login(dovecot.user, dovecot.password)
    client.select("INBOX")
    client.fetch("1", "(BODY[])")
    client.logout()
    (line,) = dovecot.changes(offset)
    assert "flag_change" in line and "box=INBOX" in line


def test_a_password_file_others_can_read_is_a_lasting_source_fault(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    from followup.secrets import password_source

    secret = tmp_path / "pw"
    secret.write_text(dovecot.password + "\n")
    secret.chmod(0o644)
    read = password_source(username="test", host="127.0.0.1", password_file=secret)
    imap = ImapMailbox(imap_settings(dovecot, password=read))
    with pytest.raises(SourceError, match="chmod 600") as err:
        imap.folders()
    assert not err.value.transient and dovecot.password not in str(err.value)
    assert "Login:" not in dovecot.log.read_text()  # refused before connecting
    secret.chmod(0o600)
    assert imap.folders()["inbox"] == "INBOX"


def test_a_non_ascii_password(make_dovecot: MakeDovecot) -> None:
    server = make_dovecot(Options(password="pässwörd-€"))
    imap = ImapMailbox(imap_settings(server))
    assert imap.folders()["inbox"] == "INBOX"
    imap.close()
