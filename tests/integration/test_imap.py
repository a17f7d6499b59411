"""The IMAP adapter against a real Dovecot: folders, incremental reads, drafts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from dovecot import Dovecot, Options, draft, imap_settings, message
from followup.errors import SourceError
from followup.mail import Checkpoint
from followup.mail.imap import ImapMailbox

pytestmark = pytest.mark.integration
MakeDovecot = Callable[[Options], Dovecot]


def commands(imap: ImapMailbox) -> int:
    """IMAP commands sent so far on the current connections (INBOX's and the other
    folders'; imaplib numbers its tags)."""
    opened = [lane.mb for lane in (imap._inbox, imap._other) if lane.mb is not None]
    assert opened
    return sum(int(mb.client.tagnum) for mb in opened)


def test_folders_found_by_special_use(imap: ImapMailbox) -> None:
    assert imap.folders() == {"inbox": "INBOX", "drafts": "Drafts", "sent": "Sent"}


@pytest.mark.parametrize(
    ("drafts", "sent"),
    [("[Gmail]/Drafts", "[Gmail]/Sent Mail"), ("Entwürfe", "Gesendete Objekte")],
)
def test_folders_follow_special_use_not_names(
    make_dovecot: MakeDovecot, drafts: str, sent: str
) -> None:
    """Gmail's layout, and localized names (modified UTF-7 on the wire); a plain "Drafts"
    without the flag is not taken."""
    server = make_dovecot(Options(mailboxes={drafts: "\\Drafts", sent: "\\Sent", "Drafts": None}))
    imap = ImapMailbox(imap_settings(server))
    assert imap.folders() == {"inbox": "INBOX", "drafts": drafts, "sent": sent}
    placed = imap.append_draft("k-1", draft("k-1"))
    assert placed.folder == drafts and imap.find_draft("k-1") == placed
    assert [m["hdr.message-id"] for m in server.fetch(drafts)] == ["<k-1@followup.invalid>"]
    server.save(sent, message(5))
    assert [m.uid for m in imap.fetch_new("sent", None)[0]] == ["1"]
    imap.close()


def test_folders_overridden_by_config(dovecot: Dovecot) -> None:
    imap = ImapMailbox(imap_settings(dovecot, folders={"drafts": "Trash", "sent": "Sent"}))
    assert imap.folders()["drafts"] == "Trash"
    imap.close()


def test_fetch_all_then_only_new(dovecot: Dovecot, imap: ImapMailbox) -> None:
    for n in (1, 2, 3):
        dovecot.save("INBOX", message(n))
    first, cp = imap.fetch_new("inbox", None)
    assert [m.uid for m in first] == ["1", "2", "3"]
    assert first[0].data.startswith(b"From: Recruiter 1") and first[0].complete
    assert all(m.source == "work" and m.folder == "inbox" for m in first)
    assert cp.last_uid == "3" and cp.modseq is not None  # Dovecot offers CONDSTORE

    again, cp2 = imap.fetch_new("inbox", cp)
    assert again == [] and cp2.validity == cp.validity and cp2.last_uid == "3"

    dovecot.save("INBOX", message(4))
    new, cp3 = imap.fetch_new("inbox", cp2)
    assert [m.uid for m in new] == ["4"] and b"<4.test@example.com>" in new[0].data
    assert cp3.last_uid == "4"


def test_poll_without_new_mail_is_one_command_whatever_the_size(
    dovecot: Dovecot, imap: ImapMailbox
) -> None:
    imap.fetch_new("inbox", None)  # connect, list folders
    dovecot.append_many("INBOX", [message(n) for n in range(300)])
    _, cp = imap.fetch_new("inbox", None)
    _, empty = imap.fetch_new("sent", None)
    before = commands(imap)
    assert imap.fetch_new("inbox", cp)[0] == []
    assert imap.fetch_new("sent", empty)[0] == []  # an empty folder too
    assert commands(imap) - before == 2  # one STATUS each


def test_uidvalidity_change_reads_the_folder_again(dovecot: Dovecot, imap: ImapMailbox) -> None:
    for n in (1, 2):
        dovecot.save("INBOX", message(n))
    _, cp = imap.fetch_new("inbox", None)
    dovecot.set_uid_validity("INBOX", int(cp.validity) + 7)
    again, cp2 = imap.fetch_new("inbox", cp)
    assert cp2.validity == str(int(cp.validity) + 7)
    assert sorted(m.data for m in again) == sorted([message(1), message(2)])


def test_checkpoint_from_another_connection_still_counts(dovecot: Dovecot) -> None:
    dovecot.save("INBOX", message(1))
    first = ImapMailbox(imap_settings(dovecot))
    _, cp = first.fetch_new("inbox", None)
    first.close()
    dovecot.save("INBOX", message(2))
    second = ImapMailbox(imap_settings(dovecot))
    new, _ = second.fetch_new("inbox", Checkpoint(cp.validity, cp.last_uid))
    second.close()
    assert [m.uid for m in new] == ["2"]


def test_bodies_only_for_hiring_mail_and_under_the_cap(dovecot: Dovecot) -> None:
    dovecot.save("INBOX", message(1, "Interview invitation", "Can you meet Tuesday?"))
    dovecot.save("INBOX", message(2, "Newsletter", "Sale!"))
    dovecot.save("INBOX", message(3, "Interview logistics", "x" * 50_000))
    imap = ImapMailbox(
        imap_settings(dovecot, max_message_bytes=20_000),
        prefilter=lambda head: b"Interview" in head,
    )
    got = {m.uid: m for m in imap.fetch_new("inbox", None)[0]}
    imap.close()
    assert got["1"].complete and got["1"].data.endswith(b"Can you meet Tuesday?\r\n")
    assert not got["2"].complete and b"Subject: Newsletter" in got["2"].data
    assert b"Sale!" not in got["2"].data
    assert not got["3"].complete and b"Subject: Interview logistics" in got["3"].data
    assert len(got["3"].data) < 1000


def test_append_draft_with_draft_flag(dovecot: Dovecot, imap: ImapMailbox) -> None:
    placed = imap.append_draft("thank-you/1/ana", draft("thank-you/1/ana"))
    assert placed.folder == "Drafts" and placed.uid == "1"
    assert placed.message_id == "<thank-you/1/ana@followup.invalid>"
    (stored,) = dovecot.fetch("Drafts", "uid flags hdr.x-followup-key")
    assert "\\Draft" in stored["flags"].split()
    assert stored["hdr.x-followup-key"] == "thank-you/1/ana"


def test_find_draft_by_exact_key(dovecot: Dovecot, imap: ImapMailbox) -> None:
    assert imap.find_draft("k1") is None
    imap.append_draft("k10", draft("k10"))
    assert imap.find_draft("k1") is None  # SEARCH HEADER matches substrings; we do not
    imap.append_draft("k1", draft("k1"))
    found = imap.find_draft("k1")
    assert found is not None and found.uid == "2"
    assert set(imap.draft_keys()) == {"k1", "k10"}


def test_find_draft_without_header_search(dovecot: Dovecot, imap: ImapMailbox) -> None:
    """Where SEARCH HEADER cannot be trusted (Gmail), every draft's key is read instead."""
    imap.header_search = False
    imap.append_draft("k10", draft("k10"))
    assert imap.find_draft("k1") is None
    imap.append_draft("k1", draft("k1"))
    found = imap.find_draft("k1")
    assert found is not None and found.uid == "2"


def test_draft_must_carry_its_key(imap: ImapMailbox) -> None:
    with pytest.raises(ValueError, match="X-Followup-Key"):
        imap.append_draft("k2", draft("k1"))
    with pytest.raises(ValueError, match="printable ASCII"):
        imap.find_draft("k\r\n1")


def test_without_drafts_folder_nothing_is_written(make_dovecot: MakeDovecot) -> None:
    server = make_dovecot(Options(mailboxes={"Sent": "\\Sent"}))
    imap = ImapMailbox(imap_settings(server))
    assert imap.find_draft("k1") is None
    with pytest.raises(SourceError, match="no Drafts folder"):
        imap.draft_keys()  # not {}: that would read as "the user deleted every draft"
    with pytest.raises(SourceError, match="no Drafts folder") as err:
        imap.append_draft("k1", draft("k1"))
    assert not err.value.transient
    imap.close()
    assert "mailbox_create" not in server.log.read_text()


def test_drafts_renamed_away_is_an_error_not_an_empty_folder(make_dovecot: MakeDovecot) -> None:
    """Found by name (no special-use flag), then renamed by the user: the adapter must not
    answer "no drafts" (every placed draft would be taken as deleted by the user)."""
    server = make_dovecot(Options(mailboxes={"Sent": "\\Sent"}))
    server.doveadm("mailbox", "create", "-u", server.user, "Drafts")  # the user made it
    imap = ImapMailbox(imap_settings(server))
    imap.append_draft("k1", draft("k1"))
    assert set(imap.draft_keys()) == {"k1"}
    server.doveadm("mailbox", "rename", "-u", server.user, "Drafts", "Old drafts")
    with pytest.raises(SourceError, match="no Drafts folder") as err:
        imap.draft_keys()
    assert not err.value.transient
    server.doveadm("mailbox", "rename", "-u", server.user, "Old drafts", "Drafts")
    assert set(imap.draft_keys()) == {"k1"}
    imap.close()


def test_a_configured_drafts_folder_that_is_gone(dovecot: Dovecot) -> None:
    imap = ImapMailbox(imap_settings(dovecot, folders={"drafts": "Renamed Drafts"}))
    with pytest.raises(SourceError, match="Renamed Drafts refused the draft") as err:
        imap.append_draft("k1", draft("k1"))
    assert not err.value.transient
    imap.close()
    assert "mailbox_create" not in dovecot.log.read_text()  # nothing created behind the user


def test_drafts_renamed_by_the_user_is_found_again(dovecot: Dovecot, imap: ImapMailbox) -> None:
    """Special-use follows the folder the server flags now, not the name seen last time."""
    imap.append_draft("k1", draft("k1"))
    import imaplib

    client = imaplib.IMAP4("127.0.0.1", dovecot.port)
    client.login(dovecot.user, dovecot.password)
    client.rename("Drafts", "Old Drafts")  # Dovecot flags a new, empty Drafts (auto=subscribe)
    client.logout()
    imap.close()
    assert imap.find_draft("k1") is None
    imap.append_draft("k2", draft("k2"))
    assert [m["hdr.message-id"] for m in dovecot.fetch("Drafts")] == ["<k2@followup.invalid>"]
