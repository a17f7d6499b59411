"""A short reply that changes the panel of the interview it quotes: "Tom can't make it, so
Ana Ruiz will step in for him. Everything else stays the same." keeps the quoted time and
the rest of the quoted panel; a reply adding someone ("will join us too") adds to it."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

from followup.model import Person
from followup.understand.pipeline import Understander
from followup.understand.reply_panel import changed_panel
from followup.understand.zones import zone
from understand_mail import email

TO = "Jordan Avery <jordan.avery@example.net>"
SENDER = "Camila Reyes <camila@brightwave.example>"
QUOTE = "\n\nOn Wed, Mar 4, 2026 at 9:12 AM Camila Reyes <camila@brightwave.example> wrote:\n> Hi Jordan,\n>\n> Your final round interview is confirmed for Tuesday, March 10 at 2:00 PM CT with Tom Hardy and Lisa Wong (Engineering Manager). Zoom link to follow.\n>\n> Best,\n> Camila Reyes\n> Talent Partner\n"
SENT = datetime(2026, 3, 5, 10, tzinfo=zone("America/Chicago"))


def test_a_swap_keeps_the_quoted_time_and_the_rest_of_the_panel(
    understander: Understander,
) -> None:
    body = "Hi Jordan,\n\nSmall change: Tom can't make it on Tuesday, so Ana Ruiz will step in for him. Everything else stays the same.\n\nBest,\nCamila"
    message = email(
        body + QUOTE, subject="Re: Final round interview", sender=SENDER, to=TO, date=SENT
    )
    facts = understander.facts(message)
    assert facts.start is not None
    assert facts.start.isoformat() == "2026-03-10T14:00:00-05:00"
    assert sorted(p.name or "" for p in facts.interviewers) == ["Ana Ruiz", "Lisa Wong"]


def test_who_is_out_is_read_by_given_family_or_full_name() -> None:
    quoted = [Person(name="Tom Hardy"), Person(name="Lisa Wong")]
    new = [Person(name="Ana Ruiz")]
    for out in ("Tom", "Hardy", "Tom Hardy"):
        text = f"{out} can't make it on Tuesday, so Ana Ruiz will step in for him."
        assert [p.name for p in changed_panel(text, new, quoted)] == ["Lisa Wong", "Ana Ruiz"]


def test_one_more_panelist_adds_to_the_quoted_panel() -> None:
    quoted = [Person(name="Tom Hardy")]
    new = [Person(name="Lisa Wong")]
    text = "Lisa Wong from my team will join us too."
    assert [p.name for p in changed_panel(text, new, quoted)] == ["Tom Hardy", "Lisa Wong"]


def test_a_reply_naming_its_own_panel_is_not_merged() -> None:
    quoted = [Person(name="Tom Hardy")]
    new = [Person(name="Lisa Wong")]
    text = "Your interview on Friday will be with Lisa Wong."
    assert [p.name for p in changed_panel(text, new, quoted)] == ["Lisa Wong"]


def test_a_name_inside_a_longer_word_is_not_the_panelist() -> None:
    quoted = [Person(name="Tom Hardy")]
    new = [Person(name="Priya Raman")]
    text = "Tomas can't make it, but Priya Raman will run the call."
    assert [p.name for p in changed_panel(text, new, quoted)] == ["Priya Raman"]


def test_a_quoted_invitation_naming_nobody_is_the_writers_own(
    understander: Understander,
) -> None:
    body = "10 works. my wife Carol does the books so shes going to sit in too. shop is behind the house.\n\nBob\n\nOn Tue, Nov 10, 2026 at 5:30 PM Bob Tanaka <bob@tanakaelectric.example> wrote:\n> Kyle - got your resume for the journeyman electrician job. Come by Thursday at 9 for an interview, 40 min or so.\n>\n> Bob Tanaka\n> Tanaka Electric LLC\n"
    message = email(
        body,
        subject="Re: Journeyman electrician interview",
        sender="Bob Tanaka <bob@tanakaelectric.example>",
        to="Kyle Ferris <kferris@example.com>",
        date=datetime(2026, 11, 11, 6, tzinfo=zone("America/Los_Angeles")),
    )
    facts = understander.facts(message)
    assert {p.name for p in facts.interviewers} == {"Bob Tanaka", "Carol"}


def test_the_writer_someone_joins_for_the_interview(understander: Understander) -> None:
    body = "Hi Chloe,\n\nWould you mind if we moved your interview to Monday 16th November at 9am? The good news is Dr Anil Mehta, our Principal Dentist, is back from leave by then so he'll join me for the interview.\n\nThanks,\nKaren\n\nKaren Lowe\nPractice Manager\nOakfield Dental Care"
    message = email(
        body,
        subject="RE: Dental Nurse interview Thursday",
        sender="Karen Lowe <practicemanager@oakfielddental.example.co.uk>",
        to="Chloe Barnes <chloe.barnes@example.co.uk>",
        date=datetime(2026, 11, 10, 11, tzinfo=zone("Europe/London")),
    )
    facts = understander.facts(message)
    assert {p.name for p in facts.interviewers} == {"Karen Lowe", "Anil Mehta"}


def test_a_couple_who_will_have_a_chat(understander: Understander) -> None:
    body = "Hi Owen,\n\nCould you come in for an interview Tuesday October 20 at 9am before we open? Wal and I will have a chat with you about the counter sales job.\n\nBev (and Wal) Henderson\nHenderson's Hardware"
    message = email(
        body,
        subject="Re: Help Wanted - Counter Sales",
        sender="Bev Henderson <bev@hendersonshardware.example.ca>",
        to="Owen MacIsaac <owen@example.ca>",
        date=datetime(2026, 10, 16, 12, tzinfo=zone("America/Halifax")),
    )
    facts = understander.facts(message)
    assert {p.name for p in facts.interviewers} == {"Bev Henderson", "Wal"}
