"""Whole service cycles on a Gmail account (a stateful stand-in for the API) and an ICS
calendar: one interview from mail and calendar, never a duplicate draft when a create times
out, and the user's send or delete observed."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import google_auth_httplib2
import pytest
from fakegmail import FakeGmail
from fakegoogle import credentials
from followup.calendars.google_http import build_service
from followup.calendars.ics import IcsCalendar
from followup.config import Config, load_config
from followup.mail.gmail import GmailMailbox
from followup.model import DraftState
from followup.record import Record
from followup.service import run_cycle
from followup.sources import may_be_hiring_headers
from followup.understand.parse import parse

ME = "jordan.avery@gmail.com"
ENDED = datetime.fromisoformat("2026-03-10T18:00:00-05:00")
ICS = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:acme-onsite-1",
        "DTSTAMP:20260301T000000Z",
        "SEQUENCE:0",
        "SUMMARY:Acme - Onsite interview",
        "DTSTART;TZID=America/Chicago:20260310T100000",
        "DTEND;TZID=America/Chicago:20260310T120000",
        "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.com",
        f"ATTENDEE;CN=Jordan Avery;PARTSTAT=ACCEPTED:mailto:{ME}",
        "ATTENDEE;CN=Jane Doe;PARTSTAT=ACCEPTED:mailto:jane.doe@acme.com",
        "ATTENDEE;CN=Omar Haddad;PARTSTAT=ACCEPTED:mailto:omar.haddad@acme.com",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


def invitation() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Rita Recruiter <rita@acme.com>"
    msg["To"] = f"Jordan Avery <{ME}>"
    msg["Subject"] = "Invitation: Acme - Onsite interview @ Tue Mar 10, 10am - 12pm"
    msg["Date"] = "Mon, 02 Mar 2026 09:00:00 -0600"
    msg["Message-ID"] = "<invite-acme-onsite-1@acme.com>"
    msg.set_content(
        "Hi Jordan,\n\nYou are invited to an onsite interview at Acme with Jane "
        "Doe and Omar Haddad on Tuesday March 10, 10am to 12pm.\n\nRita\n"
    )
    msg.add_alternative(ICS, subtype="calendar", params={"method": "REQUEST"})
    return bytes(msg)


@pytest.fixture
def world(tmp_path: Path) -> tuple[Config, Path]:
    (tmp_path / "unused").mkdir()
    (tmp_path / "cal.ics").write_text(ICS)
    config = tmp_path / "config.yaml"
    config.write_text(
        f"me: {{name: Jordan Avery, email: {ME}, timezone: America/Chicago, country: US}}\n"
        f"mailboxes: [{{type: maildir, name: gmail, path: {tmp_path / 'unused'}}}]\n"
        f"state_dir: {tmp_path / 'state'}\n"
    )
    return load_config(config), tmp_path / "cal.ics"


def cycle(world: tuple[Config, Path], gmail: FakeGmail) -> object:
    config, ics = world
    service = build_service("gmail", "v1", gmail)
    box = GmailMailbox("gmail", service, sleep=lambda _s: None, prefilter=may_be_hiring_headers)
    calendar = IcsCalendar("cal", ZoneInfo("America/Chicago"), path=ics)
    with Record.open(config.database) as record:
        return run_cycle(config, record, ENDED, mailboxes=[box], calendars=[calendar])


def states(world: tuple[Config, Path]) -> dict[str, DraftState]:
    config, _ = world
    with Record.open(config.database) as record:
        snapshot = record.snapshot(config.me.to_model())
        interviews = [i for a in snapshot.applications for i in a.interviews]
        assert len(interviews) == 1  # mail and calendar: one interview
        return {k: d.state for k, d in snapshot.drafts.items() if d.rule == "thank-you"}


def posts(gmail: FakeGmail) -> int:
    return sum(1 for method, _ in gmail.requests if method == "POST")


@pytest.fixture
def gmail() -> FakeGmail:
    fake = FakeGmail(account=ME)
    fake.deliver(invitation())
    return fake


def newsletter(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "The Morning Byte <news@morningbyte.example>"
    msg["To"] = ME
    msg["Subject"] = f"Gadgets and recipes, issue {n}"
    msg["Message-ID"] = f"<news-{n}@morningbyte.example>"
    msg["List-Unsubscribe"] = "<https://morningbyte.example/u>"
    msg.set_content("<html>" + "<td>sale</td>" * 20_000 + "</html>", subtype="html")
    return bytes(msg)


def test_headers_first_in_batches_and_bodies_only_for_what_may_be_hiring(
    world: tuple[Config, Path], gmail: FakeGmail
) -> None:
    news = [gmail.deliver(newsletter(n)) for n in range(120)]
    summary = cycle(world, gmail)
    assert not summary.failed and len(gmail.draft_keys()) == 2  # type: ignore[attr-defined]
    assert gmail.metadata_reads == 121 and gmail.batches == 4, gmail.batches  # 3 + 1 raw
    assert not set(news) & set(gmail.raw_reads)  # no newsletter was read whole
    assert len(gmail.raw_reads) >= 1 and gmail.refused == []  # the invitation was
    with Record.open(world[0].database) as record:  # and the newsletters still count
        assert record.has_message("news-7@morningbyte.example")


def with_big_attachment() -> bytes:
    """The invitation again, with a 2 MB PDF between its text and its calendar part."""
    msg = EmailMessage()
    msg["From"] = "Rita Recruiter <rita@acme.com>"
    msg["To"] = f"Jordan Avery <{ME}>"
    msg["Subject"] = "Invitation: Acme - Onsite interview @ Tue Mar 10, 10am - 12pm"
    msg["Date"] = "Mon, 02 Mar 2026 09:00:00 -0600"
    msg["Message-ID"] = "<invite-acme-onsite-1@acme.com>"
    msg.set_content("Hi Jordan,\n\nYou are invited to an onsite interview at Acme.\n\nRita\n")
    msg.add_attachment(b"%PDF" + bytes(2_000_000), "application", "pdf", filename="agenda.pdf")
    msg.add_attachment(ICS.encode(), "text", "calendar", filename="invite.ics")
    return bytes(msg)


def test_a_large_invitation_is_read_as_its_text_and_calendar_part_only(
    world: tuple[Config, Path],
) -> None:
    gmail = FakeGmail(account=ME)
    big = gmail.deliver(with_big_attachment())
    summary = cycle(world, gmail)
    assert not summary.failed  # type: ignore[attr-defined]
    assert gmail.raw_reads == [] and gmail.full_reads == [big]  # never the 2 MB whole
    assert gmail.attachment_reads == [f"{big}.2"]  # the invitation, not the PDF (.1)
    assert len(gmail.draft_keys()) == 2 and gmail.refused == []  # one interview, its drafts

    box = GmailMailbox("g", build_service("gmail", "v1", gmail), prefilter=may_be_hiring_headers)
    (read,) = box.fetch_new("inbox", None)[0]
    email = parse(read.data)
    assert not read.complete and len(read.data) < 5_000
    assert email.subject.startswith("Invitation: Acme") and "onsite interview" in email.text
    assert len(email.calendars) == 1 and b"UID:acme-onsite-1" in email.calendars[0]


def test_a_create_that_timed_out_after_gmail_stored_it_is_found_not_repeated(
    world: tuple[Config, Path], gmail: FakeGmail
) -> None:
    gmail.faults = ["stored-then-timeout"]
    summary = cycle(world, gmail)
    assert not summary.failed, summary.failed  # type: ignore[attr-defined]
    keys = gmail.draft_keys()
    assert len(keys) == 2 and posts(gmail) == 2

    cycle(world, gmail)
    assert gmail.draft_keys() == keys and posts(gmail) == 2
    assert set(states(world).values()) == {DraftState.PLACED}
    assert gmail.refused == []


def test_a_create_that_failed_is_made_next_cycle_exactly_once(
    world: tuple[Config, Path], gmail: FakeGmail
) -> None:
    gmail.faults = ["timeout"]
    first = cycle(world, gmail)
    assert "gmail" in first.failed  # type: ignore[attr-defined]
    cycle(world, gmail)
    cycle(world, gmail)
    keys = gmail.draft_keys()
    assert len(keys) == len(set(keys)) == 2
    assert gmail.refused == []


def test_the_users_send_and_delete_are_observed_and_respected(
    world: tuple[Config, Path], gmail: FakeGmail
) -> None:
    cycle(world, gmail)
    sent_draft, deleted_draft = sorted(gmail.drafts)
    sent_key = gmail.messages[gmail.drafts[sent_draft]].header("X-Followup-Key")
    deleted_key = gmail.messages[gmail.drafts[deleted_draft]].header("X-Followup-Key")
    gmail.user_sends(sent_draft)
    gmail.user_deletes(deleted_draft)

    cycle(world, gmail)
    cycle(world, gmail)

    found = states(world)
    assert found[sent_key] is DraftState.SENT  # type: ignore[index]
    assert found[deleted_key] is DraftState.DECLINED  # type: ignore[index]
    assert gmail.drafts == {} and posts(gmail) == 2  # the deleted one never comes back
    assert gmail.refused == []
    assert all(method == "GET" or path == "drafts" for method, path in gmail.requests)


# --- issue 9: Google API faults through whole cycles ---------------------------------------


def cycle_with(world: tuple[Config, Path], gmail: FakeGmail, sleeps: list[float]) -> Any:
    """A cycle whose Gmail client signs requests and refreshes its token on a 401."""
    config, ics = world
    creds = credentials("expired-token")
    http = google_auth_httplib2.AuthorizedHttp(creds, http=gmail)
    service = build_service("gmail", "v1", http)
    box = GmailMailbox("gmail", service, sleep=sleeps.append, prefilter=may_be_hiring_headers)
    calendar = IcsCalendar("cal", ZoneInfo("America/Chicago"), path=ics)
    with Record.open(config.database) as record:
        summary = run_cycle(config, record, ENDED, mailboxes=[box], calendars=[calendar])
        sync = {s.source: s for s in record.sync_status()}["gmail"]
    return summary, sync


@pytest.mark.parametrize(
    "faults",
    [[401], [429, 429], [500, 503], [TimeoutError("timed out"), ConnectionResetError()]],
    ids=["401", "429", "5xx", "timeouts"],
)
def test_brief_faults_are_ridden_out_within_the_cycle(
    world: tuple[Config, Path], gmail: FakeGmail, faults: list[int | BaseException]
) -> None:
    gmail.read_faults = list(faults)
    sleeps: list[float] = []
    summary, sync = cycle_with(world, gmail, sleeps)
    assert not summary.failed and sync.failures == 0
    assert len(gmail.draft_keys()) == 2 and gmail.read_faults == []
    assert gmail.tokens_issued == (["token-1"] if faults == [401] else [])
    assert len(sleeps) == (0 if faults == [401] else 2)
    assert gmail.refused == []


def test_a_long_outage_fails_the_cycle_visibly_and_the_next_one_catches_up(
    world: tuple[Config, Path], gmail: FakeGmail
) -> None:
    gmail.read_faults = [503] * 6  # more than the retries
    summary, sync = cycle_with(world, gmail, [])
    assert "HTTP 503" in summary.failed["gmail"] and sync.failures == 1
    assert "HTTP 503" in (sync.last_error or "")
    summary, sync = cycle_with(world, gmail, [])
    assert not summary.failed and sync.failures == 0 and sync.last_error is None
    keys = gmail.draft_keys()
    assert len(keys) == len(set(keys)) == 2
    assert gmail.refused == []
