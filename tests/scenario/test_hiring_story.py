"""Issue 4's "done when": a whole hiring story over six weeks, replayed through
`followup run --once --now ...` at many moments on a Maildir, with the real understand stage,
record, rules and delivery. Each step says exactly which drafts must appear; none may appear
twice; after the rejection nothing but the rejection reply.

The story (Jordan Avery, Chicago, US holidays; Harbor Metrics, Platform Engineer):
  Feb  1  application acknowledged
  Feb  8  invitation (ICS) for Tue Feb 16 14:00 with Omar Haddad and Lucia Bianchi
          -> heads-up to the reference Sam Lee
  Feb 16  interview 1 ends 15:00 -> thank-you to Omar and Lucia; Jordan sends both
  Feb 19  second-round invitation (ICS) for Thu Feb 25 10:00 with Omar and Wei Zhang (new)
  Feb 25  interview 2 ends 11:30 -> thank-you to Omar (again) and Wei; Jordan sends both
  Mar  1  next steps: "a decision by Friday, March 12"
  Mar 17  3 business days later (across the DST change of Mar 14) -> check-in to Nina
  Mar 24  rejection in the thread -> only the rejection reply
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from followup.cli import main
from followup.record import Record

CHI = ZoneInfo("America/Chicago")
ME = "jordan.avery@example.net"
NINA = "nina.patel@harbormetrics.example"
OMAR = "omar.haddad@harbormetrics.example"
LUCIA = "lucia.bianchi@harbormetrics.example"
WEI = "wei.zhang@harbormetrics.example"
SAM = "sam.lee@example.org"
NEXT_STEPS_ID = "<next-steps-7731@harbormetrics.example>"

CONFIG = f"""\
me:
  name: Jordan Avery
  email: {ME}
  timezone: America/Chicago
  country: US
mailboxes:
  - type: maildir
    name: personal
    path: Maildir
references:
  - name: Sam Lee
    email: {SAM}
    relationship: my manager at Fairway Logistics
    highlight: the warehouse routing rewrite I led
state_dir: state
"""


def when(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CHI)


def _message(sender: str, subject: str, date: str, body: str, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = f"Jordan Avery <{ME}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when(date))
    msg["Message-ID"] = headers.pop("message_id", f"<{abs(hash((subject, date)))}@harbor.example>")
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def _invitation(
    date: str, start: str, minutes: int, uid: str, people: list[tuple[str, str, str]], title: str
) -> EmailMessage:
    begin = when(start)
    end = begin + timedelta(minutes=minutes)
    meet = "\n".join(f"- {name}, {role}" for name, _, role in people)
    body = (
        f"Hi Jordan,\n\nThank you for your time so far. This is your {title} for the Platform "
        f"Engineer role at Harbor Metrics, on {begin:%A, %B} {begin.day} from "
        f"{begin:%-I:%M %p} to {end:%-I:%M %p} Central time. You'll meet:\n\n{meet}\n\n"
        "Best,\nNina Patel\nSenior Recruiter, Harbor Metrics\n"
    )
    msg = _message(
        f"Nina Patel <{NINA}>",
        f"Invitation: Harbor Metrics - Platform Engineer "
        f"{title} @ {begin:%a %b} {begin.day}, {begin:%Y %-I%p}",
        date,
        body,
    )
    utc = ZoneInfo("UTC")
    attendees = "".join(
        f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{email}\r\n"
        for name, email, _ in people
    )
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//story//EN\r\nMETHOD:REQUEST\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:0\r\n"
        f"DTSTAMP:{when(date).astimezone(utc):%Y%m%dT%H%M%SZ}\r\n"
        f"DTSTART:{begin.astimezone(utc):%Y%m%dT%H%M%SZ}\r\n"
        f"DTEND:{end.astimezone(utc):%Y%m%dT%H%M%SZ}\r\n"
        f"SUMMARY:Harbor Metrics - Platform Engineer {title} (Jordan Avery)\r\n"
        f"ORGANIZER;CN=Nina Patel:mailto:{NINA}\r\n{attendees}"
        f"ATTENDEE;CN=Jordan Avery;PARTSTAT=NEEDS-ACTION:mailto:{ME}\r\n"
        "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg.add_alternative(
        ics.encode(), maintype="text", subtype="calendar", params={"method": "REQUEST"}
    )
    return msg


ACK = _message(
    "Harbor Metrics Careers <careers@harbormetrics.example>",
    "We received your application: Platform Engineer",
    "2027-02-01T10:00",
    "Dear Jordan,\n\nThank you for applying to Harbor Metrics. We have received your "
    "application for the Platform Engineer position and our team will review it shortly.\n\n"
    "Harbor Metrics Talent Acquisition\n",
)
INVITE_1 = _invitation(
    "2027-02-08T11:00",
    "2027-02-16T14:00",
    60,
    "hm-round-1@harbor.example",
    [
        ("Omar Haddad", OMAR, "Engineering Manager"),
        ("Lucia Bianchi", LUCIA, "Senior Platform Engineer"),
    ],
    "interview",
)
INVITE_2 = _invitation(
    "2027-02-19T09:30",
    "2027-02-25T10:00",
    90,
    "hm-round-2@harbor.example",
    [("Omar Haddad", OMAR, "Engineering Manager"), ("Wei Zhang", WEI, "Director of Engineering")],
    "second-round interview",
)
NEXT_STEPS = _message(
    f"Nina Patel <{NINA}>",
    "Next steps - Platform Engineer",
    "2027-03-01T16:00",
    "Hi Jordan,\n\nThank you for meeting the team last week. Next steps: the hiring committee "
    "meets next week, and we expect to make a decision by Friday, March 12. I will reach out "
    "either way as soon as we have it.\n\nBest,\nNina Patel\nSenior Recruiter, Harbor Metrics\n",
    message_id=NEXT_STEPS_ID,
)
REJECTION = _message(
    f"Nina Patel <{NINA}>",
    "Re: Next steps - Platform Engineer",
    "2027-03-24T11:00",
    "Hi Jordan,\n\nThank you for your patience and for the time you spent with our team. After "
    "careful consideration, we have decided to move forward with another candidate whose "
    "experience more closely matches our needs. Unfortunately we will not be moving forward "
    "with your application.\n\nWe wish you all the best in your search.\n\nNina Patel\n",
    In_Reply_To=NEXT_STEPS_ID,
    References=NEXT_STEPS_ID,
)


class Story:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.maildir = root / "Maildir"
        for folder in (self.maildir, self.maildir / ".Sent", self.maildir / ".Drafts"):
            for sub in ("cur", "new", "tmp"):
                (folder / sub).mkdir(parents=True, exist_ok=True)
        self.config = root / "config.yaml"
        self.config.write_text(CONFIG)
        self.seen: dict[str, tuple[str, str]] = {}  # key -> (rule, to) of every draft ever
        self.serial = 0

    def arrive(self, msg: EmailMessage) -> None:
        self._store(self.maildir / "cur", msg.as_bytes(), "S")

    def _store(self, folder: Path, data: bytes, flags: str) -> None:
        self.serial += 1
        (folder / f"{1_800_000_000 + self.serial}.M{self.serial}P1.story:2,{flags}").write_bytes(
            data
        )

    def drafts(self) -> dict[str, tuple[Path, EmailMessage]]:
        found = {}
        for sub in ("cur", "new"):
            for path in sorted((self.maildir / ".Drafts" / sub).iterdir()):
                msg = BytesParser(policy=default).parsebytes(path.read_bytes())
                found[str(msg["X-Followup-Key"])] = (path, msg)
        return found  # type: ignore[return-value]

    def run(self, at: str, expect: set[tuple[str, str]]) -> dict[str, EmailMessage]:
        """One cycle at `at`; exactly the `expect` (rule, to) drafts are new; no key twice."""
        before = set(self.drafts())
        code = main(["run", "--once", "--config", str(self.config), "--now", when(at).isoformat()])
        assert code == 0, f"run at {at} failed"
        now = self.drafts()
        new = {k: m for k, (_, m) in now.items() if k not in before}
        got = {(str(m["X-Followup-Rule"]), m["To"].addresses[0].addr_spec) for m in new.values()}
        assert got == expect, f"at {at}: new drafts {sorted(got)}, expected {sorted(expect)}"
        for key, msg in new.items():
            assert key not in self.seen, f"at {at}: draft {key} made a second time"
            self.seen[key] = (str(msg["X-Followup-Rule"]), msg["To"].addresses[0].addr_spec)
        assert len(new) == len(got), f"at {at}: two drafts for the same rule and person"
        return new

    def send(self, key: str, at: str) -> None:
        """What a mail client does when the user presses Send on a draft."""
        path, msg = self.drafts()[key]
        del msg["Date"]
        msg["Date"] = format_datetime(when(at))
        self._store(self.maildir / ".Sent" / "cur", msg.as_bytes(), "S")
        path.unlink()


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    root = tmp_path_factory.mktemp("story")
    yield Story(root)
    shutil.rmtree(root, ignore_errors=True)


def _sent_all(story: Story, new: dict[str, EmailMessage], at: str) -> None:
    for key in new:
        story.send(key, at)


def _status(story: Story, at: str) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        args = ["status", "--json", "--config", str(story.config), "--now", when(at).isoformat()]
        assert main(args) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def _one_thank_you_per_interview_on_record(story: Story, address: str) -> None:
    """Omar was in both rounds: the record holds one thank-you per interview, each tied to its
    interview (what the per-interview limit counts) and with its send-by deadline."""
    record = Record.open(story.root / "state" / "record.sqlite")
    try:
        mine = [d for d in record.drafts().values() if d.rule == "thank-you" and d.to == address]
    finally:
        record.close()
    assert len(mine) == 2
    assert len({d.interview_id for d in mine}) == 2 and None not in {d.interview_id for d in mine}
    deadlines = sorted(d.send_by for d in mine if d.send_by)
    # 2 business days after each interview, at 17:00: Feb 16 -> Thu Feb 18, Feb 25 -> Mon Mar 1
    assert deadlines == [when("2027-02-18T17:00"), when("2027-03-01T17:00")]


def test_six_weeks_of_a_hiring_story(story: Story) -> None:
    story.arrive(ACK)
    story.run("2027-02-01T12:00", set())

    story.arrive(INVITE_1)
    (heads_up,) = story.run("2027-02-08T11:05", {("references-heads-up", SAM)}).values()
    assert "speak to the warehouse routing rewrite I led." in heads_up.get_content()
    story.run("2027-02-12T09:00", set())
    story.run("2027-02-16T14:30", set())  # during the interview

    first = story.run("2027-02-16T15:05", {("thank-you", OMAR), ("thank-you", LUCIA)})
    for msg in first.values():
        assert "Platform Engineer" in str(msg["Subject"])
        assert "[[ADD:" in msg.get_content()  # no notes: one line for Jordan to fill in
    story.run("2027-02-16T15:10", set())  # a second cycle adds nothing
    flagged = _status(story, "2027-02-16T15:15")["problems"]["proofreading"]
    assert sorted(p["to"] for p in flagged) == [LUCIA, OMAR]  # the marked lines; not Sam's
    assert all("[[ADD: one thing you discussed" in " ".join(p["problems"]) for p in flagged)
    _sent_all(story, first, "2027-02-16T20:00")
    story.run("2027-02-17T09:00", set())

    story.arrive(INVITE_2)
    story.run("2027-02-19T10:00", set())  # references were already told about Harbor
    story.run("2027-02-23T09:30", set())  # no check-in: another round is coming
    story.run("2027-02-25T11:00", set())
    second = story.run("2027-02-25T11:35", {("thank-you", OMAR), ("thank-you", WEI)})
    assert any("round 2" in str(m["Subject"]) for m in second.values())
    _one_thank_you_per_interview_on_record(story, OMAR)
    _sent_all(story, second, "2027-02-25T18:00")

    story.arrive(NEXT_STEPS)
    story.run("2027-03-01T16:05", set())
    story.run("2027-03-04T09:30", set())  # a decision date was stated: no 7-day check-in
    story.run("2027-03-12T17:00", set())
    story.run("2027-03-17T08:59", set())  # 3 business days after Fri Mar 12 is Wed Mar 17
    (check_in,) = story.run("2027-03-17T09:01", {("check-in", NINA)}).values()
    assert check_in["In-Reply-To"] == NEXT_STEPS_ID
    assert str(check_in["Subject"]).startswith("Re: Next steps")
    story.run("2027-03-20T09:00", set())  # never a second check-in
    (app,) = _status(story, "2027-03-20T09:05")["applications"]
    assert app["stage"] == "quiet" and app["next_action"] is None

    story.arrive(REJECTION)
    (reply,) = story.run("2027-03-24T11:05", {("rejection-reply", NINA)}).values()
    assert reply["In-Reply-To"] == REJECTION["Message-ID"]
    for moment in ("2027-03-25T09:00", "2027-03-31T09:00", "2027-04-12T09:00"):
        story.run(moment, set())
    assert [a["stage"] for a in _status(story, "2027-04-12T09:05")["applications"]] == ["rejected"]

    assert sorted(story.seen.values()) == sorted(
        [
            ("references-heads-up", SAM),
            ("thank-you", OMAR),
            ("thank-you", LUCIA),
            ("thank-you", OMAR),
            ("thank-you", WEI),
            ("check-in", NINA),
            ("rejection-reply", NINA),
        ]
    )


def test_notes_make_the_personal_line_and_a_thank_you_by_hand_counts(tmp_path: Path) -> None:
    story = Story(tmp_path)
    story.arrive(INVITE_1)
    story.run("2027-02-08T11:05", {("references-heads-up", SAM)})
    note = [
        "note",
        "harbor",
        "we talked about the Kafka migration",
        "--config",
        str(story.config),
        "--now",
        when("2027-02-16T15:20").isoformat(),
    ]
    assert main(note) == 0
    by_hand = _message(
        f"Jordan Avery <{ME}>",
        "Thank you!",
        "2027-02-16T15:30",
        "Hi Lucia, thank you for today.\n\nJordan\n",
    )
    del by_hand["To"]
    by_hand["To"] = f"Lucia Bianchi <{LUCIA}>"
    story._store(story.maildir / ".Sent" / "cur", by_hand.as_bytes(), "S")
    (omar,) = story.run("2027-02-16T15:40", {("thank-you", OMAR)}).values()
    body = omar.get_content()
    assert "we talked about the Kafka migration." in body and "[[ADD:" not in body


def test_a_user_rule_enables_the_interview_brief_by_name(tmp_path: Path) -> None:
    story = Story(tmp_path)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "brief-on.yaml").write_text("version: 1\nname: interview-brief\nenabled: true\n")
    story.config.write_text(CONFIG + f"rules_dir: {rules}\n")
    story.arrive(INVITE_1)
    story.run("2027-02-08T11:05", {("references-heads-up", SAM)})
    story.run("2027-02-15T17:59", set())
    (brief,) = story.run("2027-02-15T18:00", {("interview-brief", ME)}).values()
    body = brief.get_content()
    assert "Omar Haddad, Engineering Manager" in body and "Lucia Bianchi" in body
    story.run("2027-02-16T15:05", {("thank-you", OMAR), ("thank-you", LUCIA)})


def test_an_employer_message_cancels_the_check_in(tmp_path: Path) -> None:
    story = Story(tmp_path)
    story.arrive(INVITE_1)
    story.run("2027-02-08T11:05", {("references-heads-up", SAM)})
    story.run("2027-02-16T15:05", {("thank-you", OMAR), ("thank-you", LUCIA)})
    plan = _plan(story, "2027-02-16T15:10")
    assert [(d["rule"], d["due"]) for d in plan["later"]] == [
        ("check-in", when("2027-02-23T09:00").isoformat())  # 7 days after, at 9
    ]
    story.arrive(
        _message(
            f"Nina Patel <{NINA}>",
            "Feedback",
            "2027-02-19T10:00",
            "Hi Jordan,\n\nThe team is still collecting feedback; I will be in touch.\n\nNina\n",
        )
    )
    story.run("2027-02-19T10:05", set())
    story.run("2027-02-23T09:05", set())
    assert _plan(story, "2027-02-23T09:10")["later"] == []


def _plan(story: Story, at: str) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        args = ["plan", "--json", "--config", str(story.config), "--now", when(at).isoformat()]
        assert main(args) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data
