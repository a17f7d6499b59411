"""The employer's name, round 7: a mail domain that shortens the name ("westgatemedsupply",
"brennanmfg", "orlatx", "pikehq") or spells its initials ("pims.edu.au"), the labels a
country or a new top-level domain adds ("nsw.gov.au", "ac.uk", "or.ke", ".studio") never
taken for the name, the words an organisation's name starts with ("University of"), a line
that labels the employer, and the employer at the end of an ATS subject. More applicant
tracking systems are never the employer."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

import pytest
from followup.understand import orgs, roles
from followup.understand.org_domains import abbreviates, domain_word
from followup.understand.parse import parse
from understand_mail import email

TO = "Jordan Avery <jordan.avery@example.net>"

CASES = [
    (
        "Tessa Moran <tessa.moran@westgatemedsupply.com>",
        "Interview - Buyer",
        "Hi Jordan,\n\nThanks for your interest in Westgate Medical Supply. Could you do Tuesday at 2pm?\n\nTessa",
        "Westgate Medical Supply",
    ),
    (
        "Bill Kowal <bkowal@brennanmfg.com>",
        "Interview - Production Planner",
        "Hi Jordan,\n\nI run planning here at Brennan Manufacturing. Can you come in on Tuesday at 10?\n\nBill",
        "Brennan Manufacturing",
    ),
    (
        "Recruiting <recruiting@orlatx.com>",
        "Onsite interview - Scientist II",
        "Hi Jordan,\n\nWe look forward to hosting you at Orla Therapeutics on Tuesday.\n\nRecruiting",
        "Orla Therapeutics",
    ),
    (
        "Derek Shaw <derek@pikehq.com>",
        "Chat on Tuesday?",
        "Hi Jordan,\n\nI'm the founder of Pike. Free for a call on Tuesday at 11?\n\nDerek",
        "Pike",
    ),
    (
        "Jess Ngata <jess.ngata@glenwoodcouncil.nsw.gov.au>",
        "Interview - Planning Officer",
        "Dear Jordan,\n\nThank you for attending the interview at Glenwood Council. We will be in touch.\n\nJess",
        "Glenwood Council",
    ),
    (
        "Academic Recruitment <academic.recruitment@eastmoor.ac.uk>",
        "Interview - Lecturer in Law",
        "Dear Jordan,\n\nThe University of Eastmoor is pleased to invite you to interview on Tuesday.\n\nAcademic Recruitment",
        "University of Eastmoor",
    ),
    (
        "Office of Human Resources <ohr@pims.edu.au>",
        "Referees - Research Fellow",
        "Dear Jordan,\n\nThe Pacific Institute of Marine Science would like to contact your referees.\n\nOffice of Human Resources",
        "Pacific Institute of Marine Science",
    ),
    (
        "NHS Jobs <noreply@trac.nhs.uk>",
        "Action required: documents - Ward Manager",
        "Dear Jordan\n\nOrganisation: Ashdown Community NHS Trust\nPost: Ward Manager\n\nPlease upload your documents.\n\nRecruitment",
        "Ashdown Community NHS Trust",
    ),
    (
        "Eastvale Recruitment <noreply@eastvale-trac.co.uk>",
        "Invitation to interview: Physiotherapist - Eastvale Hospitals NHS Foundation Trust",
        "Dear Jordan\n\nWe are pleased to invite you to interview on 10/03/2026 at 10:15.\n\nRecruitment Team",
        "Eastvale Hospitals NHS Foundation Trust",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "expected"), CASES)
def test_the_employer_as_its_domain_and_labels_write_it(
    sender: str, subject: str, body: str, expected: str
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO)
    assert orgs.company(message, None) == expected


def test_country_and_new_top_level_labels_are_no_employer() -> None:
    assert domain_word("jess@glenwoodcouncil.nsw.gov.au") == "glenwoodcouncil"
    assert domain_word("hr@kilimanimission.or.ke") == "kilimanimission"
    assert domain_word("martha@foxglove.studio") == "foxglove"
    assert domain_word("noreply@hirevue.com") is None  # an assessment tool


def test_an_abbreviation_shortens_each_word_from_its_first_letter() -> None:
    assert abbreviates(["lakeshore", "manufacturing"], "lakeshoremfg")
    assert abbreviates(["quayside", "microfinance"], "quaysidemf")
    assert not abbreviates(["harbor", "health", "hq"], "harborhealth")  # "healt" is no short form
    assert not abbreviates(["jordan", "avery"], "brightwave")


ROLES = [
    (
        "Invitation to interview - Lecturer in Adult Nursing (ref. NB-2611)",
        "Lecturer in Adult Nursing",
    ),
    (
        "Interview - Assistant Professor in Public Administration",
        "Assistant Professor in Public Administration",
    ),
    ("Candidatura – Analista de Risco", "Analista de Risco"),
    (
        "Ihre Bewerbung als Projektingenieur Photovoltaik (m/w/d)",
        "Projektingenieur Photovoltaik (m/w/d)",
    ),
    ("Accusé de réception de votre candidature – Chef de rayon", "Chef de rayon"),
    ("Gesprek Hydrological Modeller - Ana Paredes", "Hydrological Modeller"),
    ("Entrevista técnica - Ingeniero/a de Software Senior", "Ingeniero/a de Software Senior"),
    ("Zaproszenie na rozmowę – Analityk Ryzyka Kredytowego", "Analityk Ryzyka Kredytowego"),
    ("Interview Scheduled: Claims Adjuster I", "Claims Adjuster I"),
    ("Intervju för tjänsten som Lagerchef – Norrsken Logistik", "Lagerchef"),
]


@pytest.mark.parametrize(("subject", "expected"), ROLES)
def test_job_titles_of_more_trades_and_languages(subject: str, expected: str) -> None:
    message = email(
        "Hi Jordan,\n\nSee you then.\n\nAna",
        subject=subject,
        sender="Ana Lee <ana.lee@hiring.example>",
        to=TO,
    )
    assert roles.role(message) == expected


def test_a_fold_between_encoded_words_is_no_space() -> None:
    raw = (
        b"From: =?utf-8?q?Mar=C3=ADa_Fern?=\r\n =?utf-8?q?anda_G=C3=B3mez?= <maria@altamira.example>\r\n"
        b"To: Jordan Avery <jordan.avery@example.net>\r\n"
        b"Subject: =?utf-8?q?Hemos_recibido_tu_candidatura_=E2=80=93_T=C3=A9cnica_de_Mantenimie?=\r\n"
        b" =?utf-8?q?nto_Industrial?=\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nHola Jordan\r\n"
    )
    message = parse(raw)
    assert message.subject == "Hemos recibido tu candidatura – Técnica de Mantenimiento Industrial"
    assert message.sender.name == "María Fernanda Gómez"


MORE_COMPANIES = [
    (
        "Talent <talent@myworkday.example.com>",
        "Your interview has been scheduled",
        "Hello,\n\nYour interview for the Analyst position (R-40217) with Vistula Business Services has been scheduled.\n\nTalent Acquisition",
        "Vistula Business Services",
    ),
    (
        "Trac Recruitment <no-reply@trac-jobs.example.uk>",
        "Invitation to Interview: Staff Nurse",
        "Dear Jordan\n\nWe are pleased to invite you to interview.\n\nKind regards\nRecruitment Team\nAshgrove Valley NHS Foundation Trust",
        "Ashgrove Valley NHS Foundation Trust",
    ),
    (
        "Calendly <notifications@calendly.com>",
        "Confirmed: Recruiter Screen with Sneha Rao",
        "A 30-minute conversation with Sneha, Talent Acquisition Partner at Osprey Analytics, about the opening.",
        "Osprey Analytics",
    ),
    (
        "Mariana Leal <mariana.leal@talentonorte.example.mx>",
        "Entrevista con Transportes del Norte - Gerente de Logística",
        "Hola Jordan,\n\nTe tengo buenas noticias.\n\nMariana",
        "Transportes del Norte",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "expected"), MORE_COMPANIES)
def test_the_employer_in_a_signature_line_a_title_or_another_language(
    sender: str, subject: str, body: str, expected: str
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO)
    assert orgs.company(message, None) == expected


MORE_ROLES = [
    (
        "Entrevista para Director/a de Alimentos y Bebidas – Mirador Hotels",
        "Director/a de Alimentos y Bebidas",
    ),
    ("Annullamento colloquio – Controller di stabilimento", "Controller di stabilimento"),
    (
        "Invitation to Interview: 294-AHP-7731 Advanced Practitioner Physiotherapist (MSK)",
        "Advanced Practitioner Physiotherapist (MSK)",
    ),
    (
        "Interview - Transit Operations Supervisor (Competition #2026-114)",
        "Transit Operations Supervisor",
    ),
]


@pytest.mark.parametrize(("subject", "expected"), MORE_ROLES)
def test_gendered_titles_lower_case_complements_and_open_brackets(
    subject: str, expected: str
) -> None:
    message = email(
        "Hi Jordan,\n\nSee you then.\n\nAna",
        subject=subject,
        sender="Ana Lee <ana.lee@hiring.example>",
        to=TO,
    )
    assert roles.role(message) == expected


def test_a_stage_or_a_persons_title_is_no_role() -> None:
    body = "Hi Jordan,\n\nYou will meet our Chief Nursing Officer, Mrs. Rao, on Tuesday.\n\nAna"
    message = email(body, subject="Recruiter Screen", sender="Ana Lee <ana@x.example>", to=TO)
    assert roles.role(message) is None


TEAM_LINES = [
    (
        "Grupo Norteño <noreply@smartrecruiters.com>",
        "Hemos recibido tu candidatura",
        "Hola Jordan,\n\nGracias por tu interés.\n\nEquipo de Talento de Grupo Norteño",
        "Grupo Norteño",
    ),
    (
        "Jobs <jobs@sonnenhof.jobs.personio.de>",
        "Ihre Bewerbung",
        "Guten Tag,\n\nvielen Dank für Ihre Bewerbung.\n\nIhr Recruiting-Team der Sonnenhof Energie GmbH",
        "Sonnenhof Energie",
    ),
    (
        "Bruna Lima <bruna.lima@hsaoroque.example.com.br>",
        "Entrevista",
        "Olá,\n\nsegue o convite para a sua entrevista no Hospital São Roque.\n\nBruna",
        "Hospital São Roque",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "expected"), TEAM_LINES)
def test_the_employer_a_teams_sign_off_names(
    sender: str, subject: str, body: str, expected: str
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO)
    assert orgs.company(message, None) == expected


BODY_ROLES = [
    (
        "Thank you for your interest in the Maintenance Technician II position (Requisition 2026-14521) at our plant.",
        "Maintenance Technician II",
    ),
    (
        "vielen Dank für Ihre Bewerbung als Teamleiter Disposition. Bitte senden Sie uns Ihre Zeugnisse.",
        "Teamleiter Disposition",
    ),
    (
        "We're excited to invite you to the final round for Senior Security Engineer!",
        "Senior Security Engineer",
    ),
    (
        "Our VP of Member Services, Alicia Moreno, was called away, so we need to move your interview for the Branch Operations Manager role.",
        "Branch Operations Manager",
    ),
]


@pytest.mark.parametrize(("line", "expected"), BODY_ROLES)
def test_the_role_in_a_body_line(line: str, expected: str) -> None:
    message = email(
        f"Hi Jordan,\n\n{line}\n\nAna",
        subject="Next steps",
        sender="Ana Lee <ana.lee@hiring.example>",
        to=TO,
    )
    assert roles.role(message) == expected


def test_the_employer_before_the_title_is_no_part_of_it() -> None:
    message = email(
        "Hi Jordan,\n\nThanks.\n\nEarly Careers",
        subject="Pennine Water Graduate Engineer - after your interview",
        sender="Early Careers <earlycareers@pennine-water.example>",
        to=TO,
    )
    assert roles.role(message) == "Graduate Engineer"


def test_the_employer_after_a_dash_in_the_senders_name_and_a_signature_address() -> None:
    message = email(
        "Dear Jordan,\n\nPlease come for a demo class on Saturday.\n\nRegards,\nPrincipal\nSt. Columba Senior Secondary School, Kankanady, Mangaluru",
        subject="PGT Physics - demo class and interview",
        sender="Principal - St. Columba Senior Secondary School <principal.stc@example.in>",
        to=TO,
    )
    assert orgs.company(message, None) == "St. Columba Senior Secondary School"


def test_a_superintendent_is_a_role() -> None:
    message = email(
        "Dear Jordan,\n\nYou have been shortlisted.\n\nHR",
        subject="Interview Call Letter - Deputy Nursing Superintendent",
        sender="HR Department - Deccan Crest Hospital <hr@deccancrest.example.in>",
        to=TO,
    )
    assert roles.role(message) == "Deputy Nursing Superintendent"
    assert orgs.company(message, None) == "Deccan Crest Hospital"


def test_two_people_joined_by_and_are_no_employer() -> None:
    message = email(
        "Hi Jordan,\n\nThe hiring team would like to invite you to a case interview with Omar Haddad and Lisa Park on Thursday.\n\nDana",
        subject="Next stage",
        sender="Dana Wu <dana.wu@gmail.com>",
        to="Jordan Avery <jordan.avery@example.net>",
        headers={"Cc": "Omar Haddad <omar@x.example>, Lisa Park <lisa@x.example>"},
    )
    assert orgs.company(message, None) is None


def test_an_agency_writes_about_its_client() -> None:
    message = email(
        "Hi Jordan,\n\nGreat news - Saltmarsh Freight would love to meet you for the Finance Partner role! Details below.\n\nBrooke",
        subject="Interview confirmed - Finance Partner",
        sender="Brooke Sinclair <brooke.sinclair@talentbridge.example.com.au>",
        to=TO,
    )
    assert orgs.company(message, None) == "Saltmarsh Freight"


def test_an_agency_word_inside_a_firms_name_is_no_agency() -> None:
    message = email(
        "Hi Jordan,\n\nSee you Tuesday.\n\nLucy Tran\nStudio Manager\nHollowbrook Architects",
        subject="Interview itinerary",
        sender="Lucy Tran <lucy.tran@hollowbrookarchitects.example>",
        to=TO,
    )
    assert orgs.company(message, None) == "Hollowbrook Architects"


def test_what_the_organisation_is_after_an_ampersand() -> None:
    message = email(
        "Hi Jordan,\n\nSee you Tuesday.\n\nNeha\nHR Executive | Kaveri Hotels & Resorts",
        subject="Interview Schedule - Front Office Manager",
        sender="Neha Rao <careers@kaverihotels.example>",
        to=TO,
    )
    assert orgs.company(message, None) == "Kaveri Hotels & Resorts"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Tāne Studios - Senior Compositor: reel breakdown", "Senior Compositor"),
        ("Your chemistry session for Senior Copywriter", "Senior Copywriter"),
        ("Thanks for applying – Pattern Maker", "Pattern Maker"),
    ],
)
def test_more_crafts_are_roles(subject: str, expected: str) -> None:
    message = email(
        "Hi Jordan,\n\nThanks.\n\nAna", subject=subject, sender="Ana <ana@x.example>", to=TO
    )
    assert roles.role(message) == expected


def test_a_search_firm_writes_about_its_client() -> None:
    message = email(
        "Hi Jordan,\n\nQuick update: the CEO would like to meet you over breakfast next Tuesday.\n\nPriya",
        subject="Brightmoor Therapeutics - COO search: breakfast with the CEO",
        sender="Priya Raman <priya.raman@ashgrovepartners.example>",
        to=TO,
    )
    assert orgs.company(message, None) == "Brightmoor Therapeutics"


def test_a_name_and_its_acronym_and_a_shortened_saint() -> None:
    institute = email(
        "Dear Jordan,\n\nThe committee would like a chalk talk.\n\nSabine\nMain-Taunus Institute for Molecular Medicine (MTIMM)",
        subject="Group Leader search - chalk talk",
        sender="Sabine Koch <sabine.koch@mtimm.example.de>",
        to=TO,
    )
    assert orgs.company(institute, None) == "Main-Taunus Institute for Molecular Medicine"
    university = email(
        "Bonjour,\n\nLa visite est annulée.\n\nDépartement de chimie, Université Saint-Maurice",
        subject="Annulation : visite sur le campus",
        sender="Département de chimie <chimie@ustmaurice.example.ca>",
        to=TO,
    )
    assert orgs.company(university, None) == "Université Saint-Maurice"


def test_a_one_word_name_completed_from_the_forwarded_invitation() -> None:
    message = email(
        "Hi Jordan,\n\nGreat news - Saltmere came back and they'd like to meet you.\n\nColin\n\n---------- Forwarded message ---------\nFrom: Talent <talent@saltmere.example>\n\nDear candidate, Saltmere Logistics is pleased to invite you.",
        subject="Saltmere - interview confirmed for Tuesday!",
        sender="Colin Ferreira <colin@northbridgetalent.example>",
        to=TO,
    )
    assert orgs.company(message, None) == "Saltmere Logistics"


def test_a_specialty_before_a_requisition_number() -> None:
    message = email(
        "Thank you for your interest in the Senior Analyst, Fraud Strategy (R-20931) position at Kestrel Payments.",
        subject="Interview Invitation: Senior Analyst, Fraud Strategy (R-20931)",
        sender="Kestrel Payments <kestrelpayments@myworkday.com>",
        to=TO,
    )
    assert roles.role(message) == "Senior Analyst, Fraud Strategy"


def test_a_staffing_agencys_labelled_client() -> None:
    message = email(
        "Hi Jordan,\n\nGreat news - the client has come back and would like to meet you!\n\nClient: Corrigan & Cole Distribution (Corby NDC)\n\nGemma",
        subject="Interview confirmed - Forklift Driver (Counterbalance) - Corby",
        sender="Gemma Holloway <gemma.holloway@primestaff.example.co.uk>",
        to=TO,
    )
    assert orgs.company(message, None) == "Corrigan & Cole Distribution"
    assert roles.role(message) == "Forklift Driver (Counterbalance)"


def test_an_employers_subdomain_of_a_tool() -> None:
    assert domain_word("olivia@quickmart.paradox.example") == "quickmart"
    message = email(
        "You're all set for your interview at Quickmart Store #2271.\n\nQuickmart Talent Acquisition",
        subject="Your interview at Quickmart Store #2271 is confirmed",
        sender="Olivia from Quickmart <olivia@quickmart.paradox.example>",
        to=TO,
    )
    assert orgs.company(message, None) == "Quickmart"


def test_a_city_in_brackets_or_a_hub_after_a_comma_is_no_part_of_the_role() -> None:
    message = email(
        "Hi,\n\nThanks.\n\nAna",
        subject="Assessment day - Cabin Crew (Manchester)",
        sender="Ana <ana@skyvale.example>",
        to=TO,
    )
    assert roles.role(message) == "Cabin Crew"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        (
            "Updated: Interview - Medical Science Liaison Oncology (Camille Ferreira)",
            "Medical Science Liaison Oncology",
        ),
        ("Entrevista - Almacenista de turno", "Almacenista de turno"),
        ("Entrevista grupal - Dependiente/a", "Dependiente/a"),
    ],
)
def test_more_heads_of_job_titles(subject: str, expected: str) -> None:
    to = "Camille Ferreira <camille@example.net>"  # the candidate, named in the subject
    message = email(
        "Hola,\n\nGracias.\n\nAna", subject=subject, sender="Ana <ana@x.example>", to=to
    )
    assert roles.role(message) == expected


def test_legal_forms_and_a_teams_word_alone_are_no_employer_name() -> None:
    assert orgs._clean_org("Shirakawa Pharmaceutical Co.,") == "Shirakawa Pharmaceutical"
    assert orgs._clean_org("Vektor Business Services Sp. z o.o.") == "Vektor Business Services"
    assert orgs._clean_org("Recruiting") is None


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        (
            "Interview: Medical Advisor, Oncology (Shirakawa Pharmaceutical)",
            "Medical Advisor, Oncology",
        ),
        (
            "Updated: Interview - Customer Service Adviser (Leeds Briggate)",
            "Customer Service Adviser",
        ),
        ("First round - Associate (London office)", "Associate"),
    ],
)
def test_a_bracket_naming_a_place_or_the_employer_ends_the_title(
    subject: str, expected: str
) -> None:
    message = email("Hi,\n\nThanks.\n\nAna", subject=subject, sender="Ana <ana@x.example>", to=TO)
    assert roles.role(message) == expected
