"""Headers first, bodies only for what may be hiring mail, and a poll with no new mail that
costs the same whatever the mailbox's size: measured on the wire, through a proxy in front
of a real Dovecot (every byte the server sent, every command the adapter issued)."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from dovecot import Dovecot, imap_settings, message
from dovecot_proxy import Proxy
from followup.mail.imap import ImapMailbox
from followup.sources import may_be_hiring_headers
from followup.understand.parse import parse

pytestmark = pytest.mark.integration
NEWS_MARK = "NEWSLETTER-BODY-MARK"
HIRING_MARK = "HIRING-BODY-MARK"
PDF_MARK = b"PDF-ATTACHMENT-MARK"


def newsletter(n: int, size: int) -> bytes:
    """Bulk mail (List-Unsubscribe, Precedence: bulk) with a large HTML body."""
    html = f"<html><body><p>{NEWS_MARK}</p>{'<td>sale sale sale</td>' * (size // 22)}</body></html>"
    return message(
        n,
        "The Morning Byte: gadgets, recipes and more",
        html,
        From="The Morning Byte <news@morningbyte.example>",
        List_Unsubscribe="<https://morningbyte.example/u>",
        Precedence="bulk",
        Content_Type="text/html; charset=utf-8",
    )


INVITE = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:acme-1",
        "DTSTART:20260312T150000Z",
        "DTEND:20260312T160000Z",
        "SUMMARY:Interview",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
)


def with_attachment(n: int, subject: str, text: str, attachment_bytes: int) -> bytes:
    """Text first, then a large attachment, then an invitation (.ics) after it."""
    blob = PDF_MARK + os.urandom(attachment_bytes)
    encoded = base64.encodebytes(blob).decode().replace("\n", "\r\n")
    body = (
        f"--b1\r\nContent-Type: multipart/alternative; boundary=b2\r\n\r\n"
        f"--b2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f"--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>{text}</p>\r\n--b2--\r\n"
        '--b1\r\nContent-Type: application/pdf; name="agenda.pdf"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        f'Content-Disposition: attachment; filename="agenda.pdf"\r\n\r\n{encoded}\r\n'
        "--b1\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n"
        f'Content-Disposition: attachment; filename="invite.ics"\r\n\r\n{INVITE}\r\n--b1--'
    )
    return message(
        n, subject, body, MIME_Version="1.0", Content_Type='multipart/mixed; boundary="b1"'
    )


def test_a_large_newsletter_body_is_never_fetched_hiring_mail_is(dovecot: Dovecot) -> None:
    invitation = "Could you do a video interview on Tuesday at 10:00? " + HIRING_MARK
    dovecot.append_many(
        "INBOX",
        [
            newsletter(1, 2_000_000),
            message(2, "tomorrow?", invitation),  # no hiring word in the subject: still read
            with_attachment(3, "Agenda for Thursday", "The agenda is attached.", 3_000_000),
        ],
    )
    with Proxy(dovecot.port) as proxy:
        imap = ImapMailbox(imap_settings(dovecot, port=proxy.port), prefilter=may_be_hiring_headers)
        imap.folders()
        _, down = proxy.mark()
        got = {m.uid: m for m in imap.fetch_new("inbox", None)[0]}
        imap.close()
        wire = bytes(proxy.down[down:])
    assert NEWS_MARK.encode() not in wire  # the newsletter's body never crossed the wire
    assert b"Subject: The Morning Byte" in got["1"].data and not got["1"].complete
    assert parse(got["1"].data).message_id == "1.test@example.com"  # its headers count
    assert got["2"].complete and HIRING_MARK in parse(got["2"].data).text
    big = parse(got["3"].data)  # its text and its invitation, not its 3 MB attachment
    assert not got["3"].complete and "The agenda is attached." in big.text
    assert len(big.calendars) == 1 and b"UID:acme-1" in big.calendars[0]
    assert big.message_id == "3.test@example.com" and big.subject == "Agenda for Thursday"
    assert base64.b64encode(PDF_MARK[:18]) not in wire  # the attachment never crossed
    assert len(wire) < 20_000  # of the 6 MB in the folder: headers, and three small texts
    print(f"\nbytes from the server with the prefilter: {len(wire)}")


def test_without_a_prefilter_every_body_is_fetched(dovecot: Dovecot) -> None:
    """The comparison (session 1's reading): every body whole costs the newsletter's 2 MB."""
    dovecot.append_many("INBOX", [newsletter(1, 2_000_000), message(2, "tomorrow?", "Hi")])
    with Proxy(dovecot.port) as proxy:
        settings = imap_settings(dovecot, port=proxy.port, read_bytes=10_000_000)
        imap = ImapMailbox(settings, prefilter=None)
        imap.folders()
        _, down = proxy.mark()
        got = imap.fetch_new("inbox", None)[0]
        imap.close()
        wire = bytes(proxy.down[down:])
    assert all(m.complete for m in got) and NEWS_MARK.encode() in wire
    assert len(wire) > 2_000_000
    print(f"\nbytes from the server without the prefilter: {len(wire)}")


def test_what_the_user_sent_is_read_enough_to_be_observed(dovecot: Dovecot) -> None:
    """A hand-written thank-you in Sent: recipients, subject and thread are all there."""
    dovecot.save(
        "Sent",
        message(
            7,
            "Thank you",
            "Thanks for the chat today.",
            From="Jordan Avery <jordan@example.net>",
            To="Ana Ruiz <ana@acme.example>",
            In_Reply_To="<2.test@example.com>",
        ),
    )
    imap = ImapMailbox(imap_settings(dovecot), prefilter=may_be_hiring_headers)
    (sent,) = imap.fetch_new("sent", None)[0]
    imap.close()
    email = parse(sent.data)
    assert [p.email for p in email.to] == ["ana@acme.example"]
    assert email.in_reply_to == "2.test@example.com" and email.subject == "Thank you"


@pytest.mark.parametrize("size", [10, 1000])
def test_a_poll_without_new_mail_costs_the_same_at_any_size(dovecot: Dovecot, size: int) -> None:
    dovecot.append_many("INBOX", [message(n, body="x" * 2000) for n in range(size)])
    with Proxy(dovecot.port) as proxy:
        imap = ImapMailbox(imap_settings(dovecot, port=proxy.port))
        _, inbox = imap.fetch_new("inbox", None)
        _, sent = imap.fetch_new("sent", None)
        before = len(proxy.commands())
        up, down = proxy.mark()
        assert imap.fetch_new("inbox", inbox)[0] == []
        assert imap.fetch_new("sent", sent)[0] == []
        commands = proxy.commands()[before:]
        cost = (len(proxy.up) - up, len(proxy.down) - down)
        imap.close()
    assert commands == [b"STATUS", b"STATUS"]  # one round trip per folder
    assert cost[0] < 200 and cost[1] < 300  # bytes up and down: nothing grows with the size
    print(f"\n{size} messages: {len(commands)} commands, {cost[0]} bytes up, {cost[1]} down")


def test_mail_expunged_before_it_was_read_costs_nothing_later(dovecot: Dovecot) -> None:
    """A message that arrived and was moved away (a server-side filter) between two polls
    leaves UIDNEXT ahead of the last UID read: the poll after must still be one STATUS."""
    dovecot.save("INBOX", message(1))
    with Proxy(dovecot.port) as proxy:
        imap = ImapMailbox(imap_settings(dovecot, port=proxy.port))
        _, cp = imap.fetch_new("inbox", None)
        dovecot.save("INBOX", message(2))
        dovecot.doveadm("expunge", "-u", dovecot.user, "mailbox", "INBOX", "uid", "2")
        found, cp = imap.fetch_new("inbox", cp)
        assert found == [] and cp.last_uid == "2"
        before = len(proxy.commands())
        assert imap.fetch_new("inbox", cp)[0] == []
        assert proxy.commands()[before:] == [b"STATUS"]
        imap.close()


def test_a_huge_single_part_message_gives_its_first_bytes(dovecot: Dovecot) -> None:
    text = "Interview details follow. " + "x" * 600_000
    dovecot.save("INBOX", message(1, "Interview details", text))
    imap = ImapMailbox(imap_settings(dovecot), prefilter=may_be_hiring_headers)
    (got,) = imap.fetch_new("inbox", None)[0]
    imap.close()
    assert not got.complete and len(got.data.split(b"\r\n\r\n", 1)[1]) == 256 * 1024
    assert "Interview details follow." in parse(got.data).text


def test_bodystructure_with_literals_and_nesting() -> None:
    """imaplib hands a literal (here a non-ASCII file name) as a (meta, bytes) pair."""
    from followup.mail.imap_parts import Part, _flatten, _leaves, _parse

    data = [
        (
            b'1 (UID 7 BODYSTRUCTURE ((("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 20 1 '
            b'NIL NIL NIL NIL)("text" "html" ("charset" "utf-8") NIL NIL "7bit" 40 1 NIL NIL NIL '
            b'NIL) "alternative" ("boundary" "b2") NIL NIL NIL)("application" "pdf" ("name" {9}',
            "Résumé.pdf".encode()[:9],
        ),
        b') NIL NIL "base64" 4000000 NIL ("attachment" ("filename" "x.pdf")) NIL NIL)'
        b'("text" "plain" NIL NIL NIL "7bit" 10 1 NIL ("attachment" ("filename" "n.txt")) NIL NIL)'
        b'("text" "calendar" ("method" "REQUEST") NIL NIL "7bit" 300 5 NIL NIL NIL NIL) '
        b'"mixed" ("boundary" "b1") NIL NIL NIL))',
    ]
    flat = _flatten(data)
    structure = _parse(flat[flat.index(b"BODYSTRUCTURE ") + 14 :])
    assert isinstance(structure, list)
    assert list(_leaves(structure, "")) == [Part("1.1", 20), Part("1.2", 40), Part("4", 300)]


def test_the_service_reads_through_the_prefilter(dovecot: Dovecot, tmp_path: Path) -> None:
    """Wired in: a cycle of the configured service (sources.open_mailbox's default) fetches
    no newsletter body, yet records the newsletter from its headers."""
    from datetime import UTC, datetime

    from followup.config import load_config
    from followup.record import Record
    from followup.service import run_cycle

    dovecot.append_many("INBOX", [newsletter(1, 1_000_000), message(2, "tomorrow?", "Hi")])
    secret = tmp_path / "pw"
    secret.write_text(dovecot.password)
    secret.chmod(0o600)
    with Proxy(dovecot.port) as proxy:
        config_file = tmp_path / "config.yaml"
        config_file.write_text(
            "me: {name: Jordan Avery, email: jordan@example.net, timezone: UTC, country: US}\n"
            f"mailboxes: [{{type: imap, name: work, host: 127.0.0.1, port: {proxy.port}, "
            f"security: none, username: {dovecot.user}, password_file: {secret}}}]\n"
            f"state_dir: {tmp_path / 'state'}\n"
        )
        config = load_config(config_file)
        with Record.open(config.database) as record:
            summary = run_cycle(config, record, datetime(2026, 3, 3, tzinfo=UTC))
            assert not summary.failed and summary.read == 2
            assert record.has_message("1.test@example.com")
        assert NEWS_MARK.encode() not in proxy.down and len(proxy.down) < 50_000


def test_a_steady_cycle_of_the_service_is_one_status_per_folder(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    """Inbox, Sent and Drafts (observing what the user did with each draft) unchanged: a
    whole cycle of the running service is three STATUS commands, then a change to Drafts
    is seen at once."""
    from datetime import UTC, datetime

    from dovecot import draft
    from followup.config import load_config
    from followup.service import Service

    dovecot.append_many("INBOX", [message(n) for n in range(50)])
    dovecot.append_many("Drafts", [draft("k1")])
    secret = tmp_path / "pw"
    secret.write_text(dovecot.password)
    secret.chmod(0o600)
    with Proxy(dovecot.port) as proxy:
        (tmp_path / "config.yaml").write_text(
            "me: {name: Jordan Avery, email: jordan@example.net, timezone: UTC, country: US}\n"
            f"mailboxes: [{{type: imap, name: work, host: 127.0.0.1, port: {proxy.port}, "
            f"security: none, username: {dovecot.user}, password_file: {secret}}}]\n"
            f"state_dir: {tmp_path / 'state'}\n"
        )
        service = Service.open(load_config(tmp_path / "config.yaml"))
        now = datetime(2026, 3, 3, tzinfo=UTC)
        try:
            service.cycle(now)
            before = len(proxy.commands())
            service.cycle(now)
            assert proxy.commands()[before:] == [b"STATUS"] * 3
            (mailbox,) = service.mailboxes.values()
            assert set(mailbox.draft_keys()) == {"k1"}
            dovecot.save("Drafts", draft("k2"))
            assert set(mailbox.draft_keys()) == {"k1", "k2"}
        finally:
            service.close()
