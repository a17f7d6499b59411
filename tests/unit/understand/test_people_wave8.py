"""Interviewers the blind wave 8 missed, in general form: a French title with "administrative"
in it is no admin, a hiring manager who "brings along" a colleague or "will be there
together with" the CTO, Portuguese titles in lower case before the names, "Reclutadora" as
a title, a bilingual letter signed in the middle, and an agency forward whose top note
offers a prep call while the forwarded invitation lists the panel (and a later round), and
a hospital panel's titles (Chief Pharmacist, Senior Pharmacy Technician)."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand import orgs, roles
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("Europe/Paris"))
TO = "Jordan Avery <jordan.avery@example.net>"

CASES = [
    (
        "french-administrative-title-is-no-admin",
        "Léa Roux <lea.roux@atelier.example>",
        "Entretien – Contrôleur de gestion",
        "Bonjour Monsieur Avery,\n\nNous souhaiterions vous rencontrer.\n\nJe vous propose un entretien avec Mme Claire Martin, Directrice administrative et financière, le mardi 10 mars à 14h00 dans nos locaux. L'entretien durera environ 45 minutes.\n\nMerci de me confirmer votre disponibilité.\n\nBien cordialement,\n\nLéa Roux\nChargée de recrutement",
        ["Claire Martin"],
    ),
    (
        "manager-brings-along-a-colleague",
        "Tom Becker <tom.becker@loom.example>",
        "Re: Product Designer",
        "Tuesday at 2:00 works great. I'll bring along Nadia Costa from our platform team, since she's who you'd be working with most day to day.\n\nLet's do it in person at the studio. Plan for an hour.\n\nSee you then,\nTom\n\nTom Becker | Head of Design | Loom",
        ["Nadia Costa", "Tom Becker"],
    ),
    (
        "manager-there-together-with-the-cto",
        "Antti Korhonen <antti.korhonen@revontuli.example>",
        "Interview: QA Lead",
        "Hi Jordan,\n\nAs discussed, here is the invite for the QA Lead interview on Tuesday 10 March at 13:00. I'll be there together with our CTO Pekka Niemi. We'd like to hear how you built up test automation.\n\nBr,\nAntti\n\nAntti Korhonen\nHead of Engineering",
        ["Antti Korhonen", "Pekka Niemi"],
    ),
    (
        "portuguese-titles-in-lower-case-first",
        "Beatriz Campos <beatriz.campos@serrano.example>",
        "Convite para entrevista – Coordenador de Marketing",
        "Olá, Jordan, tudo bem?\n\nGostaríamos de convidá-lo para uma entrevista presencial na terça-feira, dia 10/03, às 14h30, em nosso escritório:\n\nRua Augusta, 1200 – 3º andar – Consolação, São Paulo/SP\n\nA conversa será com a gerente de marketing, Ana Luísa Ferreira, e com o diretor comercial, Carlos Eduardo Nunes. Duração prevista: 1 hora.\n\nAbraços,\n\nBeatriz Campos\nAnalista de Recrutamento",
        ["Ana Luísa Ferreira", "Carlos Eduardo Nunes"],
    ),
    (
        "reclutadora-is-a-title",
        "Calendly <notifications@calendly.com>",
        "Confirmado: Entrevista inicial – Analista de Datos",
        "Hola Jordan:\n\nSe ha programado tu evento.\n\nFecha y hora:\n10:00 - 10:30, martes, 10 de marzo de 2026\n\nDescripción:\nLlamada de 30 minutos con Ana Sofía Ramírez, Reclutadora de Talento en Grupo Altamira, para conocer tu experiencia.\n\nPowered by Calendly.com",
        ["Ana Sofía Ramírez"],
    ),
    (
        "bilingual-letter-signed-in-the-middle",
        "Dotation - Staffing <staffing-dotation@agency.example>",
        "Invitation to an interview / Invitation à une entrevue",
        "Good morning,\n\nWe are pleased to invite you to an interview on Tuesday, March 10, 2026 at 13:30.\n\nThe assessment board will be composed of Louise Caron, Director, Strategic Policy; and Peter Mwangi, Manager, Policy Development.\n\nPlease confirm your attendance by replying to this email.\n\nNadine Fortin\nStaffing Advisor | Conseillère en dotation\nHuman Resources Directorate\n\n---\n\nBonjour,\n\nNous avons le plaisir de vous inviter à une entrevue le mardi 10 mars 2026 à 13 h 30.\n\nLe comité d'évaluation sera composé de Louise Caron, directrice, Politiques stratégiques; et Peter Mwangi, gestionnaire, Élaboration des politiques.\n\nNadine Fortin",
        ["Louise Caron", "Peter Mwangi"],
    ),
    (
        "agency-forward-with-a-prep-call",
        "Rachel Lim <rachel.lim@meridian.example>",
        "Fwd: Interview arrangement - Financial Controller",
        "Hi Jordan,\n\nGood news! See below from Harbourline's HR, they'd like to meet you on Tuesday 10 March at 3pm.\n\nI'll give you a quick call tomorrow afternoon to run through the business and what Wei Ming tends to focus on.\n\nAll the best,\nRachel\n\n---------- Forwarded message ---------\nFrom: Jocelyn Teo <jocelyn.teo@harbourline.example>\nSubject: Interview arrangement - Financial Controller\n\nDear Rachel,\n\nWe would like to invite the candidate for a first interview for the Financial Controller position:\n\nDate: Tuesday, 10 March 2026\nTime: 3.00pm - 4.00pm\n\nInterviewers:\n1. Mr Tan Wei Ming, Head of Finance\n2. Ms Anita Desai, Regional CFO\n\nShortlisted candidates will meet our CEO, Mr Lawrence Goh, at the second round.\n\nBest regards,\nJocelyn Teo\nHR Manager",
        ["Anita Desai", "Tan Wei Ming"],
    ),
    (
        "hospital-panel-titles",
        "Northdale Recruitment <noreply@northdale-trac.example>",
        "Invitation to interview: Clinical Pharmacist",
        "Dear Jordan Avery\n\nWe are pleased to inform you that you have been shortlisted for interview.\n\nInterview details\nDate: 10/03/2026\nTime: 11:15\n\nInterview panel\nChair: Dr Helen Okafor, Chief Pharmacist\nMr Rhys Morgan, Lead Pharmacist - Medicines Optimisation\nMs Joy Adeyemi, Senior Pharmacy Technician\n\nPlease log in to your account to confirm that you will attend.\n\nYours sincerely\n\nRecruitment Team",
        ["Helen Okafor", "Joy Adeyemi", "Rhys Morgan"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_wave8_interviewers(
    understander: Understander, sender: str, subject: str, body: str, names: list[str]
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


ROLES = [
    ("Interview - Junior Accountant (Jordan Avery)", "Junior Accountant"),
    ("Invitation to an interview - Policy Analyst (EC-04)", "Policy Analyst"),
    ("Updated: 2nd Interview - Senior Data Scientist (Hoshizora Systems)", "Senior Data Scientist"),
    ("Updated: Onsite interview - Senior Backend Engineer (new date)", "Senior Backend Engineer"),
    ("Interview - Frontend Developer (React)", "Frontend Developer (React)"),
    ("Interview - Product Marketing Manager (m/w/d)", "Product Marketing Manager (m/w/d)"),
    ("Interview - Junior Policy Analyst (co-op)", "Junior Policy Analyst (co-op)"),
    ("Interview - Senior Mobile Engineer (iOS)", "Senior Mobile Engineer (iOS)"),
    ("Offer of Employment - Farm Operations Supervisor", "Farm Operations Supervisor"),
    (
        "Pre-employment requirements - Team Leader, Customer Support",
        "Team Leader, Customer Support",
    ),
]


@pytest.mark.parametrize(("subject", "expected"), ROLES)
def test_the_role_in_the_subject(subject: str, expected: str) -> None:
    """The candidate, a classification, the employer or the change in brackets after the
    title is no part of it (a stack or the gender marker is); a supervisor and a team leader
    are roles too."""
    message = email(
        "Hi Jordan,\n\nSee you then.\n\nMisaki",
        subject=subject,
        sender="Misaki Sato <misaki.sato@hoshizora-sys.example>",
        to=TO,
    )
    assert roles.role(message) == expected


def test_a_short_reply_names_the_employer_in_its_quoted_signature() -> None:
    body = "Hi Jack! So sorry, something's come up. Can we push our chat to tomorrow at 4pm instead? I'll ring you.\n\nMia\n\nSent from my iPhone\n\nOn Mon, 1 Jun 2026 at 09:12, Mia Thompson <mia.thompson@lantanatravel.example> wrote:\n> Hi Jack,\n>\n> Would Wednesday at 2pm suit for a quick phone chat?\n>\n> Cheers,\n> Mia\n>\n> Mia Thompson | Talent Acquisition Lead | Lantana Travel\n> Level 4, 88 Phillip St, Sydney NSW 2000"
    message = email(
        body,
        subject="Re: Phone screen - Marketing Coordinator",
        sender="Mia Thompson <mia.thompson@lantanatravel.example>",
        to=TO,
    )
    assert orgs.company(message, None) == "Lantana Travel"


def test_a_bilingual_domain_spells_the_employer_by_initials() -> None:
    body = "Good morning,\n\nFurther to your application for the position of Policy Analyst, Northern Water Stewardship Agency, we are pleased to invite you to an interview on Tuesday, March 10, 2026 at 13:30.\n\nNadine Fortin\nStaffing Advisor"
    message = email(
        body,
        subject="Invitation to an interview / Invitation à une entrevue",
        sender="Dotation - Staffing <staffing-dotation@nwsa-agen.example>",
        to=TO,
    )
    assert orgs.company(message, None) == "Northern Water Stewardship Agency"
