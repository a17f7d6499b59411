"""Maildir specifics beyond the shared contract: reading never renames a file (mail readers
usually move new/ to cur/), both layouts, the Drafts folder made on first use, and drafts
written atomically without replacing anything."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from followup.errors import SourceError
from followup.mail.maildir import MaildirMailbox, is_maildir


def make_maildir(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def listing(root: Path) -> list[tuple[str, int]]:
    return sorted(
        (str(p.relative_to(root)), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()
    )


def test_reading_leaves_new_messages_in_new(
    tmp_path: Path, make_message: Callable[..., bytes]
) -> None:
    root = make_maildir(tmp_path / "Mail")
    (root / "new" / "1.M1.host").write_bytes(make_message(message_id="a@x", sender="a@x"))
    (root / "cur" / "2.M2.host:2,S").write_bytes(make_message(message_id="b@x", sender="b@x"))
    before = listing(root)
    box = MaildirMailbox("m", root)
    messages, _ = box.fetch_new("inbox", None)
    assert sorted(m.uid for m in messages) == ["1.M1.host", "2.M2.host"]
    assert listing(root) == before


def test_a_client_moving_new_to_cur_keeps_the_uid(
    tmp_path: Path, make_message: Callable[..., bytes]
) -> None:
    root = make_maildir(tmp_path / "Mail")
    (root / "new" / "1.M1.host").write_bytes(make_message(message_id="a@x", sender="a@x"))
    box = MaildirMailbox("m", root)
    (first,), checkpoint = box.fetch_new("inbox", None)
    os.rename(root / "new" / "1.M1.host", root / "cur" / "1.M1.host:2,S")
    again, _ = box.fetch_new("inbox", checkpoint)
    assert [m.uid for m in again] in ([], [first.uid])  # seen again at most, same uid


@pytest.mark.parametrize(("plusplus", "drafts"), [(True, ".Drafts"), (False, "Drafts")])
def test_the_drafts_folder_is_made_in_the_mailbox_layout(
    tmp_path: Path, plusplus: bool, drafts: str, make_message: Callable[..., bytes]
) -> None:
    root = tmp_path / "Mail"
    make_maildir(root if plusplus else root / "INBOX")
    box = MaildirMailbox("m", root)
    placed = box.append_draft(
        "k", make_message(message_id="d@x", sender="me@x", headers={"X-Followup-Key": "k"})
    )
    assert is_maildir(root / drafts) and placed.folder == drafts
    (name,) = os.listdir(root / drafts / "cur")
    assert name.endswith(":2,D") and name.split(":")[0] == placed.uid
    assert os.listdir(root / drafts / "tmp") == []
    assert box.folders()["drafts"] == drafts


def test_existing_folders_are_found_by_usual_names(tmp_path: Path) -> None:
    root = make_maildir(tmp_path / "Mail")
    make_maildir(root / ".Sent Messages")
    make_maildir(root / ".Drafts")
    assert MaildirMailbox("m", root).folders() == {
        "inbox": "INBOX",
        "drafts": ".Drafts",
        "sent": ".Sent Messages",
    }
    named = MaildirMailbox("m", root, {"sent": "Archive"})
    make_maildir(root / "Archive")
    assert named.folders()["sent"] == "Archive"


def test_no_sent_folder_means_nothing_sent(tmp_path: Path) -> None:
    root = make_maildir(tmp_path / "Mail")
    messages, _ = MaildirMailbox("m", root).fetch_new("sent", None)
    assert messages == []


def test_a_missing_mailbox_is_a_permanent_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as caught:
        MaildirMailbox("m", tmp_path / "nope").fetch_new("inbox", None)
    assert not caught.value.transient and "no Maildir at" in str(caught.value)


def test_drafts_never_replace_each_other(
    tmp_path: Path, make_message: Callable[..., bytes]
) -> None:
    root = make_maildir(tmp_path / "Mail")
    box = MaildirMailbox("m", root)
    for n in range(3):
        box.append_draft(
            f"k{n}",
            make_message(message_id=f"d{n}@x", sender="me@x", headers={"X-Followup-Key": f"k{n}"}),
        )
    assert len(os.listdir(root / ".Drafts" / "cur")) == 3
    assert set(box.draft_keys()) == {"k0", "k1", "k2"}
