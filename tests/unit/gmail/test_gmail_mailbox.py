"""The Gmail API mailbox offline: history sync, raw reads, drafts that never duplicate, and
not one request that sends, labels, trashes or deletes."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from fakegoogle import Ceiling, Script, Sleeps, error, ok, service
from followup.errors import SourceError
from followup.mail import Checkpoint, Placed
from followup.mail.gmail import Folder, GmailMailbox
from followup.sources import may_be_hiring_headers

ME = "jordan.avery@gmail.com"
SCRIPTS: list[Script] = []
MUTATING = (
    "/send",
    "/modify",
    "/batchModify",
    "/trash",
    "/untrash",
    "/delete",
    "/batchDelete",
    "/import",
    "/insert",
)


@pytest.fixture(autouse=True)
def _nothing_sent_or_changed() -> Iterator[None]:
    """After every test: no request sent, labelled, trashed or deleted mail; the only write
    was drafts.create."""
    SCRIPTS.clear()
    yield
    for script in SCRIPTS:
        for (method, path), (_, _, body, _) in zip(
            script.calls, script.request_sequence, strict=True
        ):
            assert not path.endswith(MUTATING), (method, path)
            if path == "/batch":  # a batch of reads: every request inside it is a GET
                inner = re.findall(r"(?m)^([A-Z]+) (/\S+) HTTP", str(body))
                assert inner and all(m == "GET" for m, _ in inner), inner
                continue
            assert method == "GET" or path.endswith("/users/me/drafts"), (method, path)


def mailbox(script: Script, sleeps: Sleeps | None = None) -> GmailMailbox:
    SCRIPTS.append(script)
    return GmailMailbox(
        "gmail",
        service("gmail", "v1", script),
        sleep=sleeps if sleeps is not None else Sleeps(),
        rng=Ceiling(),
    )


def raw(n: int, extra: str = "") -> dict[str, str]:
    text = (
        f"Message-ID: <m{n}@acme.com>\r\nFrom: Jane <jane@acme.com>\r\nTo: {ME}\r\n"
        f"Subject: Interview {n}\r\n{extra}\r\nHello {n}\r\n"
    )
    return {
        "id": f"id{n}",
        "threadId": f"t{n}",
        "raw": base64.urlsafe_b64encode(text.encode()).decode(),
    }


def profile(history: str = "100", account: str = ME) -> tuple[dict[str, str], str]:
    return ok({"emailAddress": account, "historyId": history})


def query(script: Script, index: int) -> dict[str, list[str]]:
    return parse_qs(urlsplit(script.request_sequence[index][0]).query)


DRAFT = (
    b"Message-ID: <followup-k1@followup>\r\nX-Followup-Key: k1\r\nTo: jane@acme.com\r\n"
    b"In-Reply-To: <m1@acme.com>\r\nReferences: <m1@acme.com>\r\nSubject: Re: Interview 1"
    b"\r\n\r\nThank you!\r\n"
)


def metadata(
    key: str | None, message_id: str = "<followup-k1@followup>"
) -> tuple[dict[str, str], str]:
    headers = [{"name": "Message-ID", "value": message_id}]
    if key:
        headers.append({"name": "X-Followup-Key", "value": key})
    return ok({"id": "dm1", "payload": {"headers": headers}})


# --- reading -------------------------------------------------------------------------------


def test_first_sync_lists_pages_reads_raw_oldest_first() -> None:
    script = Script(
        [
            profile("100"),
            ok({"messages": [{"id": "id3"}, {"id": "id2"}], "nextPageToken": "p"}),
            ok({"messages": [{"id": "id1"}]}),
            ok(raw(1)),
            ok(raw(2)),
            ok(raw(3)),
        ]
    )
    messages, checkpoint = mailbox(script).fetch_new("inbox", None)

    assert [m.uid for m in messages] == ["id1", "id2", "id3"]
    assert messages[0].data.startswith(b"Message-ID: <m1@acme.com>")
    assert messages[0].folder == "inbox" and messages[0].source == "gmail"
    assert checkpoint == Checkpoint(validity=ME, last_uid="100")
    assert "-in:sent" in query(script, 1)["q"][0]  # archived mail counts as received
    assert query(script, 2)["pageToken"] == ["p"]
    assert query(script, 3)["format"] == ["raw"]


def test_sent_is_listed_by_label() -> None:
    script = Script([profile(), ok({"messages": []})])
    mailbox(script).fetch_new("sent", None)
    assert query(script, 1)["labelIds"] == ["SENT"]


def test_a_poll_with_nothing_changed_is_one_request() -> None:
    """The account's historyId is where the checkpoint stopped: no history call at all."""
    script = Script([profile("100")])
    messages, checkpoint = mailbox(script).fetch_new("inbox", Checkpoint(ME, "100"))
    assert messages == [] and checkpoint == Checkpoint(ME, "100")
    assert len(script.calls) == 1 and script.left == 0


def test_history_gives_only_messages_added_to_the_folder() -> None:
    history = {
        "history": [
            {"id": "101", "messagesAdded": [{"message": {"id": "id4", "labelIds": ["INBOX"]}}]},
            {"id": "102", "messagesAdded": [{"message": {"id": "id5", "labelIds": ["SENT"]}}]},
            {
                "id": "103",
                "messagesAdded": [
                    {"message": {"id": "id6", "labelIds": ["CATEGORY_UPDATES"]}},
                    {"message": {"id": "id7", "labelIds": ["SPAM"]}},
                ],
            },
        ],
        "historyId": "103",
    }
    script = Script([profile("103"), ok(history), ok(raw(4)), ok(raw(6))])
    messages, checkpoint = mailbox(script).fetch_new("inbox", Checkpoint(ME, "100"))

    assert [m.uid for m in messages] == ["id4", "id6"]
    assert checkpoint.last_uid == "103"
    assert query(script, 1)["startHistoryId"] == ["100"]


def test_a_history_id_gmail_forgot_404_lists_everything_again() -> None:
    script = Script(
        [profile("900"), error(404, "notFound"), ok({"messages": [{"id": "id1"}]}), ok(raw(1))]
    )
    messages, checkpoint = mailbox(script).fetch_new("inbox", Checkpoint(ME, "5"))
    assert [m.uid for m in messages] == ["id1"] and checkpoint.last_uid == "900"
    assert script.calls[2] == ("GET", "/gmail/v1/users/me/messages")


def test_another_account_is_a_new_validity() -> None:
    script = Script([profile("7", "someone.else@gmail.com"), ok({"messages": []})])
    _, checkpoint = mailbox(script).fetch_new("inbox", Checkpoint(ME, "100"))
    assert checkpoint.validity == "someone.else@gmail.com"
    assert script.calls[1] == ("GET", "/gmail/v1/users/me/messages")  # no history call


def test_a_message_deleted_before_it_is_read_is_skipped() -> None:
    script = Script(
        [
            profile(),
            ok({"messages": [{"id": "id2"}, {"id": "id1"}]}),
            error(404, "notFound"),
            ok(raw(2)),
        ]
    )
    messages, _ = mailbox(script).fetch_new("inbox", None)
    assert [m.uid for m in messages] == ["id2"]


def test_reads_back_off_on_429_and_5xx() -> None:
    sleeps = Sleeps()
    script = Script([error(429, "rateLimitExceeded"), error(502), profile(), ok({"messages": []})])
    mailbox(script, sleeps).fetch_new("inbox", None)
    assert sleeps == [1.0, 2.0]


def batch(*parts: tuple[str, tuple[dict[str, str], str]]) -> tuple[dict[str, str], str]:
    """One multipart answer to a batch request: (request id, (status, body)) per part."""
    out = "".join(
        f"--B\r\nContent-Type: application/http\r\nContent-ID: <response-x + {rid}>\r\n\r\n"
        f"HTTP/1.1 {head['status']} X\r\nContent-Type: application/json\r\n\r\n{body}\r\n"
        for rid, (head, body) in parts
    )
    return {"status": "200", "content-type": "multipart/mixed; boundary=B"}, out + "--B--\r\n"


def head(n: int, subject: str, *extra: tuple[str, str]) -> tuple[dict[str, str], str]:
    fields = [("Message-ID", f"<m{n}@x.com>"), ("From", "x@x.com"), ("Subject", subject)]
    headers = [{"name": k, "value": v} for k, v in (*fields, *extra)]
    return ok({"id": f"id{n}", "sizeEstimate": 900, "payload": {"headers": headers}})


def test_with_a_prefilter_headers_come_in_one_batch_and_only_candidates_whole() -> None:
    """A part refused with 429 goes into the next batch after a backoff pause; one gone
    (404) is skipped; a newsletter is kept as its header block and never read whole."""
    sleeps = Sleeps()
    script = Script(
        [
            profile(),
            ok({"messages": [{"id": f"id{n}"} for n in (4, 3, 2, 1)]}),
            batch(
                ("id1", head(1, "tomorrow?")),
                ("id2", head(2, "Sale!", ("List-Unsubscribe", "<https://x.com/u>"))),
                ("id3", error(429, "rateLimitExceeded")),
                ("id4", error(404, "notFound")),
            ),
            batch(("id3", head(3, "Interview on Tuesday"))),
            batch(("id1", ok(raw(1))), ("id3", ok(raw(3)))),
        ]
    )
    box = GmailMailbox(
        "gmail",
        service("gmail", "v1", script),
        sleep=sleeps,
        prefilter=may_be_hiring_headers,
        rng=Ceiling(),
    )
    SCRIPTS.append(script)
    messages, _ = box.fetch_new("inbox", None)
    assert [(m.uid, m.complete) for m in messages] == [
        ("id1", True),
        ("id2", False),
        ("id3", True),
    ]
    assert messages[1].data.startswith(b"Message-ID: <m2@x.com>\r\n")
    assert b"Sale!" in messages[1].data
    assert [c[1] for c in script.calls[2:]] == ["/batch"] * 3
    assert sleeps == [1.0] and script.left == 0


def test_parts_refused_again_and_again_are_finally_read_alone() -> None:
    from followup.calendars.google_http import RETRIES

    refused = batch(("id1", error(429, "rateLimitExceeded")))
    script = Script(
        [
            profile(),
            ok({"messages": [{"id": "id1"}]}),
            *[refused] * (RETRIES + 1),
            error(429, "rateLimitExceeded"),
            head(1, "Interview"),
            batch(("id1", ok(raw(1)))),
        ]
    )
    sleeps = Sleeps()
    box = GmailMailbox(
        "gmail",
        service("gmail", "v1", script),
        sleep=sleeps,
        prefilter=may_be_hiring_headers,
        rng=Ceiling(),
    )
    SCRIPTS.append(script)
    (message,) = box.fetch_new("inbox", None)[0]
    assert message.complete and script.left == 0
    assert sleeps == [1.0, 2.0, 4.0, 8.0, 16.0, 1.0]  # batch pauses, then `read`'s own


def test_an_unknown_role_is_a_clear_error() -> None:
    with pytest.raises(SourceError, match="no folder with the role 'archive'"):
        mailbox(Script([])).fetch_new("archive", None)


# --- drafts --------------------------------------------------------------------------------


def created_body(script: Script) -> dict[str, object]:
    posts = [r for r in script.request_sequence if r[1] == "POST"]
    assert len(posts) == 1
    return json.loads(posts[0][2])  # type: ignore[no-any-return]


def test_a_draft_is_created_once_in_the_thread_it_answers() -> None:
    script = Script(
        [
            ok({}),  # drafts.list: none yet
            ok({"messages": [{"id": "id1", "threadId": "t1"}]}),  # rfc822msgid:
            ok({"id": "d1", "message": {"id": "dm1", "threadId": "t1"}}),
        ]
    )
    placed = mailbox(script).append_draft("k1", DRAFT)

    assert placed == Placed(folder="DRAFT", uid="d1", message_id="<followup-k1@followup>")
    assert query(script, 1)["q"] == ["rfc822msgid:m1@acme.com"]
    body = created_body(script)
    assert body["message"]["threadId"] == "t1"  # type: ignore[index]
    assert base64.urlsafe_b64decode(body["message"]["raw"]) == DRAFT  # type: ignore[index]


def test_look_before_create_finds_an_existing_draft() -> None:
    script = Script([ok({"drafts": [{"id": "d9", "message": {"id": "dm9"}}]}), metadata("k1")])
    placed = mailbox(script).append_draft("k1", DRAFT)
    assert placed.uid == "d9"
    assert all(method == "GET" for method, _ in script.calls)


def test_create_that_times_out_after_gmail_stored_it_is_not_repeated() -> None:
    script = Script(
        [
            ok({}),  # drafts.list: nothing yet
            ok({"messages": [{"id": "id1", "threadId": "t1"}]}),
            TimeoutError("read timed out"),  # the POST reached Gmail; the answer did not come back
            ok({"drafts": [{"id": "d1", "message": {"id": "dm1"}}]}),  # look again
            metadata("k1"),
            ok({"drafts": [{"id": "d1", "message": {"id": "dm1"}}]}),  # the next cycle's look
        ]
    )
    box = mailbox(script)
    assert box.append_draft("k1", DRAFT).uid == "d1"
    assert box.append_draft("k1", DRAFT).uid == "d1"  # headers cached: no second metadata read
    assert [m for m, _ in script.calls].count("POST") == 1
    assert script.left == 0


def test_create_that_failed_without_storing_is_reported_then_made_next_cycle() -> None:
    script = Script(
        [
            ok({}),
            ok({"messages": []}),
            error(503),
            ok({}),  # 503 on create, nothing stored
            ok({}),
            ok({"messages": []}),
            ok({"id": "d2", "message": {"id": "dm2"}}),
        ]
    )
    box = mailbox(script)
    with pytest.raises(SourceError, match="will look again") as caught:
        box.append_draft("k1", DRAFT)
    assert caught.value.transient
    assert box.append_draft("k1", DRAFT).uid == "d2"
    assert [m for m, _ in script.calls].count("POST") == 2  # one per cycle, never a retry


def test_draft_keys_reads_each_drafts_headers_once() -> None:
    script = Script(
        [
            ok({"drafts": [{"id": "d1", "message": {"id": "dm1"}}], "nextPageToken": "p"}),
            metadata("k1"),
            ok({"drafts": [{"id": "d2", "message": {"id": "dm2"}}]}),
            metadata(None, "<user-wrote-this@gmail.com>"),
            ok({"drafts": [{"id": "d1", "message": {"id": "dm1"}}]}),
        ]
    )
    box = mailbox(script)
    assert box.draft_keys() == {"k1": Placed("DRAFT", "d1", "<followup-k1@followup>")}
    assert box.find_draft("k1") is not None
    assert query(script, 1)["metadataHeaders"] == ["X-Followup-Key", "Message-ID"]
    assert script.left == 0


def test_folders_name_the_labels() -> None:
    assert mailbox(Script([])).folders() == {
        "inbox": "(received mail)",
        "sent": "SENT",
        "drafts": "DRAFT",
    }


def test_a_user_label_named_in_the_settings_is_resolved_to_its_id() -> None:
    labels = ok(
        {
            "labels": [
                {"id": "INBOX", "name": "INBOX", "type": "system"},
                {"id": "Label_12", "name": "Job search", "type": "user"},
            ]
        }
    )
    script = Script([labels, profile(), ok({"messages": []}), profile(), ok({"messages": []})])
    SCRIPTS.append(script)
    box = GmailMailbox(
        "gmail",
        service("gmail", "v1", script),
        folders={"inbox": Folder("job search")},
        sleep=Sleeps(),
    )
    box.fetch_new("inbox", None)
    box.fetch_new("inbox", None)  # resolved once
    assert query(script, 2)["labelIds"] == ["Label_12"]
    assert [p for _, p in script.calls].count("/gmail/v1/users/me/labels") == 1


def test_an_unknown_label_names_the_users_labels() -> None:
    labels = ok({"labels": [{"id": "Label_1", "name": "Receipts", "type": "user"}]})
    script = Script([labels])
    SCRIPTS.append(script)
    box = GmailMailbox(
        "gmail", service("gmail", "v1", script), folders={"inbox": Folder("Jobs")}, sleep=Sleeps()
    )
    with pytest.raises(SourceError, match=r"no Gmail label 'Jobs' \(yours: Receipts\)"):
        box.fetch_new("inbox", None)


def test_find_then_append_looks_once_and_creates_once() -> None:
    script = Script([ok({}), ok({"messages": []}), ok({"id": "d1", "message": {"id": "dm1"}})])
    box = mailbox(script)
    assert box.find_draft("k1") is None
    assert box.append_draft("k1", DRAFT).uid == "d1"
    assert [p for _, p in script.calls].count("/gmail/v1/users/me/drafts") == 2  # list + create
    assert script.left == 0
