"""Round 9: lists of people as more employers lay them out.

- "- Uwe Brandt, Mitglied des Personalrats": in a list of people, a full name and a comma
  stand before what the person is, even in words no title list knows;
- "- Dipl.-Ing. (FH) Peter Braun, Teamleiter": the degree's bracket is no title;
- "Mr. A. K. M. Shahidullah, Head of HR & Admin": the ampersand is inside his title;
- "Teilnehmer unsererseits:" heads a list of the employer's people (the writer among them)."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

from followup.understand.panel_lists import label_list, list_item
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email


def _pairs(line: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.title) for m in label_list(line)]


def test_a_full_name_and_a_comma_start_a_list_item_whatever_the_title() -> None:
    assert [m.name for m in list_item("Uwe Brandt, Mitglied des Personalrats")] == ["Uwe Brandt"]
    assert _pairs("Panel: Lena Voss, membre du comité d'entreprise") == [
        ("Lena Voss", "membre du comité d'entreprise")
    ]
    # a family name and a given name stay one person, in natural order
    assert [m.name for m in list_item("Hernández, Luis")] == ["Luis Hernández"]


def test_a_degree_bracket_before_the_name_is_no_title() -> None:
    items = list_item("Dipl.-Ing. (FH) Peter Braun, Teamleiter Konstruktion")
    assert [(m.name, m.title) for m in items] == [("Peter Braun", "Teamleiter Konstruktion")]


def test_an_ampersand_inside_a_title_joins_no_two_people() -> None:
    assert _pairs("Panel: Ana Lopez, Head of Sales & Marketing") == [
        ("Ana Lopez", "Head of Sales & Marketing")
    ]
    # between a title and a full name it still separates two people
    assert [
        n for n, _ in _pairs("Panel: Tom Hardy, Engineering Manager & Priya Raman, Designer")
    ] == [
        "Tom Hardy",
        "Priya Raman",
    ]


def test_participants_on_our_side_head_a_list() -> None:
    assert [n for n, _ in _pairs("Teilnehmer unsererseits: Julia Hahn, Peter Braun")] == [
        "Julia Hahn",
        "Peter Braun",
    ]


TEILNEHMER = "Sehr geehrter Herr Schmid,\n\nwir freuen uns, Sie am Mittwoch, 20. Mai 2026, um 14:00 Uhr zu einem Gespräch einzuladen.\n\nTeilnehmer unsererseits:\n- Dipl.-Ing. (FH) Peter Braun, Teamleiter Konstruktion\n- Julia Hahn, HR Business Partner\n- Uwe Brandt, Mitglied des Betriebsrats\n\nViele Grüße\nJulia Hahn"


def test_the_writer_listed_among_the_participants_interviews(understander: Understander) -> None:
    message = email(
        TEILNEHMER,
        subject="Einladung Vorstellungsgespräch Konstrukteur",
        sender="Julia Hahn <j.hahn@maschinenbau.example>",
        to="Tobias Schmid <tobias@example.de>",
        date=datetime(2026, 5, 8, 9, tzinfo=zone("Europe/Berlin")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Peter Braun", "Julia Hahn", "Uwe Brandt"}
