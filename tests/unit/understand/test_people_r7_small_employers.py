"""Who interviews in small employers' mail: a relative or a foreman named by given name
after "me and my" ("me and my husband Rick will sit down w/ you", "with me and my foreman
Luis"), a voicemail transcript relayed from a no-reply address whose speaker introduces
himself ("this is Dave with Reliable Plumbing"), and a panelist on leave replaced "in his
place" by a colleague named in the same sentence (only the one on leave drops out)."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

from followup.understand.pipeline import Understander
from followup.understand.signature import signer
from followup.understand.substitutes import replaced
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 10, 12, 20, tzinfo=zone("America/New_York"))


def test_me_and_my_husband_by_given_name(understander: Understander) -> None:
    body = "hi Tasha thx for dropping off ur resume today!! can u come in thurs at 2pm to talk about the dental assistant job? me and my husband Rick (he runs the front office) will sit down w/ you, shouldnt take more than half hr.\n\nDr. Pam Kowalski DDS\nBright Smiles Family Dental"
    message = email(
        body,
        subject="re: dental asst position",
        sender="Pam Kowalski <pam@brightsmiles.example>",
        to="Tasha Greene <tasha.greene88@example.com>",
        date=SENT,
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Pam Kowalski", "Rick"}


VOICEMAIL = "New voicemail from (614) 555-0147 at 4:40 PM\nTranscript: Hey Marcus this is Dave with Northgate Heating returning your call about the apprentice opening. We'd love to meet you for an interview. Can you come by the shop Friday October 16 at 7:30 am, it's 2200 Refugee Road. You'll be talking with me and my foreman Luis, won't take long.\n\nPlay message\nYOUR ACCOUNT  HELP CENTER"


def test_a_relayed_voicemail_names_its_speaker() -> None:
    message = email(
        VOICEMAIL,
        subject="New voicemail from (614) 555-0147",
        sender="Google Voice <voice-noreply@google.com>",
        to="marcus.dial@example.com",
        date=SENT,
    )
    assert signer(message, []) == "Dave"


def test_the_speaker_and_his_foreman_interview(understander: Understander) -> None:
    message = email(
        VOICEMAIL,
        subject="New voicemail from (614) 555-0147",
        sender="Google Voice <voice-noreply@google.com>",
        to="marcus.dial@example.com",
        date=SENT,
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert {"Dave", "Luis"} <= names
    assert "Google Voice" not in names


def test_only_the_one_on_leave_is_replaced_in_his_place() -> None:
    line = "Also, Geraint Hale is on leave that week so my colleague Ffion Davies (Associate, Private Client) will interview with me in his place."
    assert replaced(line, line.index("Geraint"))
    assert not replaced(line, line.index("Ffion"))


def test_a_given_name_with_a_title_between_it_and_the_verb(understander: Understander) -> None:
    body = "Hi Rachel,\n\nThanks so much for applying! Dr. Lindqvist and Jo, our head RVT, would like to meet you for an interview next Wednesday the 11th at 1:30 pm.\n\nPlease reply to confirm and I'll put you in the book.\n\nKayla\nClient Care Team\n\n--\nFoothills Animal Clinic\nDr. Sarah Lindqvist, DVM - Owner"
    message = email(
        body,
        subject="Registered Veterinary Technologist interview",
        sender="Foothills Animal Clinic <frontdesk@foothillsanimal.example.ca>",
        to="Rachel Dumont <rachel.dumont@example.ca>",
        date=datetime(2026, 11, 5, 13, tzinfo=zone("America/Edmonton")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Sarah Lindqvist", "Jo"}


def test_me_n_my_missus(understander: Understander) -> None:
    body = "G'day Josh\n\nsaw ur application on seek for the aircon tech job. can u come to the yard for an interview mon 7am? me n Shazza (my missus, she does the office) will have a quick chat, half hour max.\n\ncheers\nDarren Pike\nPike Air Conditioning"
    message = email(
        body,
        subject="aircon tech",
        sender="Darren Pike <darren@pikeair.example.com.au>",
        to="Josh Kelleher <joshk@example.com>",
        date=datetime(2026, 11, 19, 17, tzinfo=zone("Australia/Perth")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Darren Pike", "Shazza"}


def test_who_stands_in_after_so_is_not_out() -> None:
    line = "Niamh is out sick this week so it'll be myself and Paddy (our supervising pharmacist) doing it instead."
    assert replaced(line, line.index("Niamh"))
    assert not replaced(line, line.index("Paddy"))


def test_rather_than_names_who_is_replaced() -> None:
    line = "Your interview on Tuesday will now be with Ana Ruiz rather than Tom Hardy."
    assert replaced(line, line.index("Tom"))
    assert not replaced(line, line.index("Ana"))
