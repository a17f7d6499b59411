"""One contract for every Mailbox adapter (the in-memory twin, Maildir in both layouts, and
IMAP when its harness is present): read without disturbing anything, place each draft once
with the Draft flag, and see what the user did with it."""

from __future__ import annotations

from email.message import EmailMessage
from email.parser import BytesHeaderParser

import pytest

from .harness import Harness


def message(n: int, key: str | None = None, to: str = "ana@acme.example") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jordan Avery <jordan@example.net>" if key else f"Person {n} <p{n}@acme.example>"
    msg["To"] = to
    msg["Subject"] = f"Message {n}"
    msg["Date"] = "Mon, 09 Mar 2026 10:00:00 -0500"
    msg["Message-ID"] = f"<m{n}@test.example>"
    if key:
        msg["X-Followup-Key"] = key
    msg.set_content(f"Body of message {n}.\n")
    return bytes(msg)


def keys_of(messages: list) -> set[str | None]:
    return {BytesHeaderParser().parsebytes(m.data).get("X-Followup-Key") for m in messages}


def ids_of(messages: list) -> set[str]:
    return {str(BytesHeaderParser().parsebytes(m.data)["Message-ID"]) for m in messages}


def test_knows_its_three_folders(harness: Harness) -> None:
    roles = harness.mailbox.folders()
    assert {"inbox", "sent", "drafts"} <= set(roles)
    assert all(isinstance(name, str) and name for name in roles.values())


def test_first_fetch_returns_everything_then_only_new(harness: Harness) -> None:
    harness.receive(message(1))
    harness.receive(message(2))
    first, checkpoint = harness.mailbox.fetch_new("inbox", None)
    assert ids_of(first) == {"<m1@test.example>", "<m2@test.example>"}
    assert all(m.folder == "inbox" and m.source == harness.mailbox.name for m in first)
    again, checkpoint = harness.mailbox.fetch_new("inbox", checkpoint)
    assert again == []
    harness.receive(message(3))
    new, _ = harness.mailbox.fetch_new("inbox", checkpoint)
    assert ids_of(new) == {"<m3@test.example>"}


def test_uids_are_stable_between_fetches(harness: Harness) -> None:
    harness.receive(message(1))
    first, _ = harness.mailbox.fetch_new("inbox", None)
    second, _ = harness.mailbox.fetch_new("inbox", None)
    assert [m.uid for m in first] == [m.uid for m in second]


def test_a_renumbered_folder_is_read_again(harness: Harness) -> None:
    harness.receive(message(1))
    _, checkpoint = harness.mailbox.fetch_new("inbox", None)
    if not harness.renumber("inbox"):
        pytest.skip("this store has no UIDVALIDITY")
    again, new_checkpoint = harness.mailbox.fetch_new("inbox", checkpoint)
    assert ids_of(again) == {"<m1@test.example>"}
    assert new_checkpoint.validity != checkpoint.validity


def test_reading_changes_nothing_the_user_sees(harness: Harness) -> None:
    harness.receive(message(1))
    harness.receive(message(2, key=None), role="sent")
    before = harness.user_state()
    for role in ("inbox", "sent"):
        harness.mailbox.fetch_new(role, None)
    harness.mailbox.draft_keys()
    assert harness.user_state() == before


def test_a_draft_is_placed_with_the_draft_flag_and_found_by_key(harness: Harness) -> None:
    before = harness.user_state()
    placed = harness.mailbox.append_draft("thank-you:1:ana", message(10, key="thank-you:1:ana"))
    assert placed.message_id.strip("<>") == "m10@test.example"
    found = harness.mailbox.find_draft("thank-you:1:ana")
    assert found is not None and found.message_id.strip("<>") == "m10@test.example"
    assert "\\Draft" in harness.draft_flags("thank-you:1:ana")
    assert harness.user_state() == before


def test_draft_keys_lists_every_placed_draft(harness: Harness) -> None:
    assert harness.mailbox.draft_keys() == {}
    for n, key in enumerate(("a:1", "b:2", "c:3")):
        harness.mailbox.append_draft(key, message(20 + n, key=key))
    assert set(harness.mailbox.draft_keys()) == {"a:1", "b:2", "c:3"}
    assert harness.mailbox.find_draft("d:4") is None


def test_a_discarded_draft_is_gone_from_drafts(harness: Harness) -> None:
    harness.mailbox.append_draft("k:1", message(30, key="k:1"))
    harness.user_discards_draft("k:1")
    assert harness.mailbox.find_draft("k:1") is None
    assert "k:1" not in harness.mailbox.draft_keys()


def test_a_sent_draft_shows_up_in_sent_with_its_key(harness: Harness) -> None:
    _, checkpoint = harness.mailbox.fetch_new("sent", None)
    harness.mailbox.append_draft("k:2", message(31, key="k:2"))
    harness.user_sends_draft("k:2")
    assert harness.mailbox.find_draft("k:2") is None
    sent, _ = harness.mailbox.fetch_new("sent", checkpoint)
    assert keys_of(sent) == {"k:2"}
    assert all(m.folder == "sent" for m in sent)


def test_bytes_come_back_unchanged(harness: Harness) -> None:
    data = message(40)
    harness.receive(data)
    got, _ = harness.mailbox.fetch_new("inbox", None)
    assert len(got) == 1
    assert got[0].data.replace(b"\r\n", b"\n") == data.replace(b"\r\n", b"\n")
