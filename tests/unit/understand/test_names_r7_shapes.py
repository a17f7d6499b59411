"""How a name is written, round 7 (from the issue's list of known gaps, not from any corpus
message): a short message's unbulleted "Family, Given - Title" lines are not one wrapped
paragraph, honorifics with a full stop in other languages end no sentence ("dhr.", "mevr."),
more honorifics and academic titles ("Lic.", "Dr.-Ing.", "Dipl.-Kffr.", "Dott.ssa"), a
capitalised title written straight before the name ("Senior Recruiter Ana Lee will call
you"), a South Indian family initial after the given names, two-word family names in
Outlook's "Family, Given" order, and feminine Romance job titles that are no names."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

import textwrap
from datetime import datetime

import pytest
from followup.understand.clauses import sentences
from followup.understand.components import natural_name
from followup.understand.layout import unwrap
from followup.understand.mentions import NAME_RE, untitled, valid_name
from followup.understand.names import clean_name, coordinated
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("Europe/Paris"))
TO = "Jordan Avery <jordan.avery@example.net>"

CASES = [
    (
        "inverted-list-lines-in-a-short-message",
        "Recruiting <jobs@acme.example>",
        "Interview - Analyst",
        "Hi Jordan,\n\nYour interview is confirmed for March 10 at 2 PM CT.\n\nInterviewers:\nHernández, Luis - Engineering Manager\nO'Brien, Siobhán - Staff Engineer\n\nThanks,\nRecruiting",
        ["Luis Hernández", "Siobhán O'Brien"],
    ),
    (
        "dutch-lower-case-honorifics",
        "Sanne Jansen <sanne.jansen@polder.example>",
        "Uitnodiging sollicitatiegesprek",
        "Beste Jordan,\n\nGraag nodigen wij je uit voor een sollicitatiegesprek op dinsdag 10 maart om 13.00 uur. Het gesprek wordt gevoerd door dhr. Pieter van der Berg, teamleider, en mevr. Femke de Vries, HR-adviseur.\n\nMet vriendelijke groet,\nSanne Jansen",
        ["Femke de Vries", "Pieter van der Berg"],
    ),
    (
        "german-academic-titles",
        "Katrin Vogel <katrin.vogel@nordwerk.example>",
        "Einladung zum Vorstellungsgespräch",
        "Guten Tag Herr Avery,\n\nhiermit laden wir Sie zum Vorstellungsgespräch ein.\n\nTermin: Dienstag, 10.03.2026, 10:00 Uhr\nOrt: Nordwerk GmbH, Hafenstraße 12, 20457 Hamburg\nGesprächspartner: Herr Prof. Dr.-Ing. Klaus-Dieter Hoffmann, Frau Dipl.-Kffr. Birgit Maier-Lenz\n\nMit freundlichen Grüßen\nKatrin Vogel",
        ["Birgit Maier-Lenz", "Klaus-Dieter Hoffmann"],
    ),
    (
        "mexican-licenciado-and-ingeniera",
        "Lucía Ortega <lucia.ortega@altamira.example>",
        "Entrevista – Analista",
        "Hola Jordan:\n\nTe confirmamos la entrevista:\n\nFecha: martes 10 de marzo de 2026\nHora: 10:00 (hora de Ciudad de México)\nEntrevistadores:\n- Lic. Alejandro Pérez Villalobos, Director de Finanzas\n- Ing. María Guadalupe Torres, Gerente de Sistemas\n\nSaludos,\nLucía Ortega",
        ["Alejandro Pérez Villalobos", "María Guadalupe Torres"],
    ),
    (
        "title-written-straight-before-the-name",
        "Dana Wu <dana.wu@acme.example>",
        "Phone screen - Analyst",
        "Hi Jordan,\n\nSenior Recruiter Marisol Quintero-Vega will call you on Tuesday, March 10 at 2pm CT for a 30-minute phone screen.\n\nThanks,\nDana",
        ["Marisol Quintero-Vega"],
    ),
    (
        "south-indian-family-initial",
        "Recruiting <jobs@acme.example>",
        "Interview - Analyst",
        "Hi Jordan,\n\nYour technical interview on Tuesday, March 10 at 11:00 IST will be with Venkata Subramanian Iyer (Engineering Manager) and Lakshmi Narayanan R (Tech Lead).\n\nThanks,\nRecruiting",
        ["Lakshmi Narayanan R", "Venkata Subramanian Iyer"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_names_written_whole(
    understander: Understander, sender: str, subject: str, body: str, names: list[str]
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


def test_a_line_the_next_word_would_have_fit_on_is_no_wrap() -> None:
    text = "Your interview is confirmed for March 10 at 2 PM CT.\nHernández, Luis - Engineering Manager\nO'Brien, Siobhán - Staff Engineer"
    assert unwrap(text) == text
    paragraph = "We would like to invite you to an interview for the position of Data Analyst at our office on the 10th of March at 2 PM, and we look forward to meeting you there."
    wrapped = "\n".join(textwrap.wrap(paragraph, width=60))
    assert unwrap(wrapped) == paragraph  # a client's wrap is still joined


def test_honorifics_with_a_full_stop_end_no_sentence() -> None:
    line = "Het gesprek wordt gevoerd door dhr. Pieter van der Berg, teamleider, en mevr. Femke de Vries."
    assert len(sentences(line)) == 1
    assert len(sentences("Wir treffen uns. Dann mit Sig.ra Anna Rossi.")) == 2


def test_a_title_before_the_name_is_split_off() -> None:
    assert untitled("Senior Recruiter Marisol Quintero-Vega") == (
        "Senior Recruiter",
        "Marisol Quintero-Vega",
    )
    assert untitled("Marisol Quintero-Vega") is None


def test_a_family_initial_belongs_to_the_name_but_not_a_pronoun() -> None:
    assert [m.group("name") for m in NAME_RE.finditer("with Lakshmi Narayanan R (SRE)")] == [
        "Lakshmi Narayanan R"
    ]
    assert [m.group("name") for m in NAME_RE.finditer("with Tom Hardy I think")] == ["Tom Hardy"]


@pytest.mark.parametrize(
    ("written", "natural"),
    [
        ("El Amrani, Fatima", "Fatima El Amrani"),
        ("García Márquez, José Luis", "José Luis García Márquez"),
        ("Berg, Pieter van der", "Pieter van der Berg"),
        ("Talent Team, Acme", "Talent Team, Acme"),
        ("van Dijk, Joost", "Joost van Dijk"),
        ("de la Cruz, Juan Carlos", "Juan Carlos de la Cruz"),
        ("Van der Merwe, Anneke", "Anneke Van der Merwe"),
    ],
)
def test_two_word_family_names_in_directory_order(written: str, natural: str) -> None:
    assert natural_name(written) == natural


@pytest.mark.parametrize(
    "words", ["Coordenadora Médica", "Contralora General", "Enfermeira Chefe", "Asesora Comercial"]
)
def test_feminine_romance_titles_are_no_names(words: str) -> None:
    assert not valid_name(words)


@pytest.mark.parametrize("words", ["Femke van", "Te van", "Pieter de"])
def test_a_name_never_ends_in_a_particle(words: str) -> None:
    assert clean_name(words) is None
    assert not valid_name(words)
    assert clean_name("Femke van der Berg") == "Femke van der Berg"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("with Rev. Grace Mensah (Chaplain)", "Grace Mensah"),
        ("with Sgt. Tom Davies", "Tom Davies"),
        ("meet Sister Mary Okafor, Ward Manager", "Mary Okafor"),
        ("with Cllr Jane Hobbs", "Jane Hobbs"),
        ("with Lic. Alejandro Pérez Villalobos", "Alejandro Pérez Villalobos"),
        ("mit Herrn Dr.-Ing. Klaus-Dieter Hoffmann", "Klaus-Dieter Hoffmann"),
        ("con la Dott.ssa Elena Ferraro", "Elena Ferraro"),
        ("oraz Pan Łukasz Wróbel", "Łukasz Wróbel"),
    ],
)
def test_honorifics_of_more_languages_and_callings_are_no_part_of_a_name(
    line: str, name: str
) -> None:
    assert next(m.group("name") for m in NAME_RE.finditer(line)) == name


def test_an_honorific_and_a_family_name_alone_are_no_full_name() -> None:
    assert not valid_name("Mme Garnier")
    assert not valid_name("Herr Müller")
    assert valid_name("Sophie Garnier")


def test_a_panel_split_by_semicolons_with_titles_is_one_list() -> None:
    line = "Your interview panel will include our VP of Engineering, Tom Hardy; Lisa Wong, Staff Engineer; and Ana Ruiz."
    found = coordinated(line, [line.index("Tom"), line.index("Lisa")])
    assert [m.name for m in found] == ["Ana Ruiz"]


def test_a_middle_initial_with_or_without_a_full_stop() -> None:
    found = [m.group("name") for m in NAME_RE.finditer("with John P Whitaker and Sarah K. Lind")]
    assert found == ["John P Whitaker", "Sarah K. Lind"]
