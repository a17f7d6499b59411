"""Name shapes waves 17 and 18 missed, in general form: the honorifics of diplomats and
clergy ("Amb.", "The Revd"), a title in lower case after a formally addressed name ("M.
Laurent Dubois, chef d'unité adjoint (président)"), and things read as people: a unit of an
organisation ("Facilitation Section (Chair)"), a place or a job after "the" ("in the Church
Hall (side door)", "the Dog Groomer (part time) spot"), a small trade's name ("Reliable
Plumbing"), a service named after its maker's domain ("Google Voice" of google.com)."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.mentions import line_mentions, valid_name
from followup.understand.names import clean_name, org_like, place_or_employer
from followup.understand.org_domains import spelled_out
from followup.understand.orgs import company
from followup.understand.pipeline import Understander
from followup.understand.roles import role
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 9, 1, 9, tzinfo=zone("Europe/London"))
TO = "Jordan Avery <jordan.avery@example.net>"

CASES = [
    (
        "diplomat-and-unit-in-a-panel",
        "Recruitment <recruitment@regional-bank.example>",
        "Interview invitation - Programme Officer",
        "Dear Mr. Avery,\n\nWe are pleased to invite you to an interview on Tuesday 8 September 2026 at 10:00.\n\nThe interview panel will consist of:\n1. Amb. Grace Mwangi, Director, Energy and Industry - Chairperson\n2. Mr. Tomas Lindqvist, Chief, Investment and Partnerships Section (Member)\n\nKind regards,\nRecruitment",
        ["Grace Mwangi", "Tomas Lindqvist"],
    ),
    (
        "clergy-and-a-hall",
        "Parish Office <office@stmarks-parish.example>",
        "Interview - Parish Secretary",
        "Dear Jordan,\n\nWe would like to invite you to interview on Saturday 12th September at 11am in the Church Hall (back entrance, Mill Lane).\n\nThe interview panel will be:\nThe Revd Simon Ashdown, Vicar\nMrs Ruth Ingram, Churchwarden\n\nWith best wishes,\nParish Office",
        ["Ruth Ingram", "Simon Ashdown"],
    ),
    (
        "french-titles-in-lower-case",
        "Sélection <selection@agence-europe.example>",
        "Invitation à un entretien",
        "Madame,\n\nNous avons le plaisir de vous inviter à un entretien le jeudi 10 septembre 2026 à 10h00 (heure de Bruxelles).\n\nLe comité de sélection sera composé de :\n- M. Pierre Lambert, chef d'unité (président) ;\n- Mme Agnieszka Zielińska, chargée de mission.\n\nVeuillez agréer, Madame, l'expression de nos salutations distinguées.",
        ["Agnieszka Zielińska", "Pierre Lambert"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_names_of_wave17_shapes(
    understander: Understander, sender: str, subject: str, body: str, names: list[str]
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


@pytest.mark.parametrize("honorific", ["Amb.", "Revd", "Rabbi", "Imam"])
def test_more_honorifics_are_dropped(honorific: str) -> None:
    assert clean_name(f"{honorific} Dana Levin") == "Dana Levin"


@pytest.mark.parametrize(
    "line",
    [
        "Please come to the Church Hall (side door)",
        "Thanks for applying for the Dog Groomer (part time) spot",
        "Chief, Trade Policy and Facilitation Section (Chair)",
    ],
)
def test_a_place_a_job_or_a_unit_is_no_mention(line: str) -> None:
    assert line_mentions(line) == []


def test_the_then_an_honorific_still_names_the_person() -> None:
    found = line_mentions("The Revd Alan Marsh, Vicar")
    assert [(m.name, m.title) for m in found] == [("Alan Marsh", "Vicar")]


def test_a_lower_case_title_only_after_an_honorific() -> None:
    assert [m.name for m in line_mentions("- M. Paul Girard, chef de projet")] == ["Paul Girard"]
    assert line_mentions("- Paul Girard, chef de projet") == []


def test_a_trade_and_a_makers_service_are_organisations() -> None:
    voicemail = email("New voicemail", sender="Google Voice <voice-noreply@google.com>", to=TO)
    assert org_like("Google Voice", voicemail)
    assert org_like("Reliable Plumbing", voicemail)
    assert not org_like("Marta Gil", voicemail)
    assert not valid_name("Industry Section")


def test_a_bracket_after_a_place_names_no_one_but_a_bracket_with_people_does() -> None:
    at_hall = email("Interview at the Old Mill (rear entrance, Mill Lane).\n", to=TO)
    assert place_or_employer("Mill Lane", at_hall)
    with_her = email("Interview at Brightline (with Jane Lee, Head of Data).\n", to=TO)
    assert not place_or_employer("Jane Lee", with_her)


def test_a_family_name_with_particles_first_in_a_list_line() -> None:
    found = line_mentions("Van der Berg, Anouk – Head of Policy")
    assert [(m.name, m.title) for m in found] == [("Anouk Van der Berg", "Head of Policy")]
    found = line_mentions("de la Fuente, Ana – Directora Financiera")
    assert [m.name for m in found] == ["Ana de la Fuente"]


def test_the_company_as_a_lower_case_signature_spells_the_domain() -> None:
    shop = email(
        "hi, can you come in thursday at 10?\n\ncheers\nluis\nsunset auto repair\n",
        sender="Luis Ortega <luis@sunsetautorepair.example>",
        to=TO,
    )
    assert company(shop, None) == "Sunset Auto Repair"


@pytest.mark.parametrize(
    ("signature", "employer"),
    [
        ("Cedar Relief International", "Cedar Relief International"),
        ("Harbour Health Partnership", "Harbour Health Partnership"),
        ("Osei Mensah Accountants", "Osei Mensah Accountants"),
    ],
)
def test_the_words_of_charities_and_trades_end_an_employers_name(
    signature: str, employer: str
) -> None:
    message = email(
        f"Dear Jordan,\n\nWe would like to invite you to an interview on Monday.\n\nKind regards,\nAma Boateng\nHR Officer\n{signature}\n",
        sender="Ama Boateng <ama@mail.example>",
        to=TO,
    )
    assert company(message, None) == employer


def test_a_pay_grade_is_no_part_of_the_role() -> None:
    message = email(
        "Dear Jordan,\n\nWith reference to your application for the position of Statistics Officer, P-3 (Data Division), we invite you to an interview.\n",
        subject="Interview",
        to=TO,
    )
    assert role(message) == "Statistics Officer"


def test_an_acronym_employer_is_named_as_the_text_writes_it_out() -> None:
    letter = email(
        "Dear Jordan,\n\nOn behalf of the Coastal Resilience Action Fund, I am pleased to offer you the post. CRAF will send the contract.\n\nHuman Resources - CRAF",
        sender="Human Resources - CRAF <hr@craf.example.org>",
        subject="Letter of offer - CRAF",
        to=TO,
    )
    assert company(letter, None) == "Coastal Resilience Action Fund"
    assert spelled_out("UNECA", "at the United Nations Economic Commission for Africa in") == (
        "United Nations Economic Commission for Africa"
    )
    assert spelled_out("ABC", "Nothing Here Spells It") is None


def test_a_callers_firm_and_a_jobs_place_name_the_employer() -> None:
    voicemail = email(
        "Transcript: Hey Sam this is Rita with Northside Roofing and Gutters calling about the apprentice opening.",
        sender="Google Voice <voice-noreply@google.com>",
        to=TO,
    )
    assert company(voicemail, None) == "Northside Roofing and Gutters"
    shop = email(
        "Thanks heaps for applying for the Groomer spot at Wagging Tails! Grab a time here.",
        sender="Kim <kim@waggingtailsmobile.example>",
        to=TO,
    )
    assert company(shop, None) == "Wagging Tails"


def test_a_corporation_word_leads_the_employers_name() -> None:
    letter = email(
        "Saludos,\nLaura Méndez\nCorporación Caminos Abiertos\n",
        sender="Laura Méndez <laura@caminosabiertos.example.org>",
        subject="Entrevista",
        to=TO,
    )
    assert company(letter, None) == "Corporación Caminos Abiertos"


def test_the_employers_name_is_completed_from_the_quoted_mail() -> None:
    reply = email(
        "can u come tmrw 4pm? ask security for Mirage Live.\n\nRania\n\n> Please find my CV attached for the Events Manager role at Mirage Live Events.",
        sender="Rania Aziz <rania@miragelive.example>",
        subject="Re: CV",
        to=TO,
    )
    assert company(reply, None) == "Mirage Live Events"
