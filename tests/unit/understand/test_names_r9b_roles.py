"""Round 9b: job titles and employers as more letters write them: Hindi and Japanese put the
job word after the title ("... पद हेतु", "...職にご応募"), a scheduling tool's event line
names the stage and then the title ("Entrevista telefónica (30 min) – Analista ...",
"Recruiter screen - AML Analytics Manager (30 min)"), a bracket after the title that the
letter writes as a site or a town is where, not what ("(Cikarang)": "Distribution Center
Cikarang"; "(Poznań)": "k. Poznania"), and a Hindi letter names its school in Devanagari."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

import pytest
from followup.understand.orgs import company
from followup.understand.roles import role
from understand_mail import email

SENDER = "Talent <jobs@tumainiafya.example.org>"


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "साक्षात्कार हेतु आमंत्रण",
            "विषय: पीजीटी रसायन विज्ञान पद हेतु लिखित परीक्षा एवं साक्षात्कार\n\nमहोदय,",
            "पीजीटी रसायन विज्ञान",
        ),
        (
            "साक्षात्कार",
            "आपके आवेदन के संदर्भ में सहायक अध्यापक पद के लिए साक्षात्कार दिनांक 5 मई को होगा।",
            "सहायक अध्यापक",
        ),
        (
            "【一次面接のご案内】",
            "山田 様\n\n株式会社ミナトのデータサイエンティスト（リテール分析）職にご応募いただき、ありがとうございます。",
            "データサイエンティスト（リテール分析）",
        ),
        (
            "Evento confirmado: Entrevista telefónica (30 min) con Lucía Fernández",
            "Tipo de evento:\nEntrevista telefónica (30 min) – Analista de Planeamiento de Transporte\n\nInvitado:\nLucía Fernández, Reclutadora Sr.",
            "Analista de Planeamiento de Transporte",
        ),
        (
            "Confirmed: Recruiter screen with Tan Wei Ling on Thursday",
            "Event type\nRecruiter screen - AML Analytics Manager (30 min)\n\nWith\nTan Wei Ling, Talent Acquisition Lead",
            "AML Analytics Manager",
        ),
        (
            "Surat Penawaran Kerja - Supervisor Gudang (Cikarang)",
            "Kami menawarkan posisi Supervisor Gudang di PT Maju, Distribution Center Cikarang.",
            "Supervisor Gudang",
        ),
        (
            "RE: Zaproszenie na rozmowę – Kierownik Zmiany Magazynu (Poznań)",
            "Nowy termin: wtorek, godz. 10:00, centrum dystrybucyjne w Sadach k. Poznania.",
            "Kierownik Zmiany Magazynu",
        ),
        (
            "Interview: Frontend Engineer (React)",
            "We build our app in React and TypeScript.",
            "Frontend Engineer (React)",
        ),
    ],
)
def test_titles_written_before_their_job_word_or_after_the_stage(
    subject: str, body: str, want: str
) -> None:
    assert role(email(body, subject=subject, sender=SENDER)) == want


def test_a_hindi_letter_names_its_school_in_devanagari() -> None:
    body = (
        "महोदय,\n\nआपके आवेदन के संदर्भ में आपको सूचित किया जाता है कि सरस्वती विद्या निकेतन "
        "सीनियर सेकेंडरी स्कूल, मालवीय नगर, जयपुर में चयन प्रक्रिया निम्नानुसार होगी।\n\nभवदीय,\nकार्यालय अधीक्षक"
    )
    message = email(body, subject="साक्षात्कार", sender="Office <office.svn@example.in>")
    assert company(message, None) == "सरस्वती विद्या निकेतन सीनियर सेकेंडरी स्कूल"


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Invitation to interview - Band 6 Diagnostic Radiographer (C9381-26-0114)",
            "Dear Amira,",
            "Band 6 Diagnostic Radiographer",
        ),
        (
            "Interview - 7th Grade Mathematics Teacher, Westbrook Middle School",
            "Good afternoon,",
            "7th Grade Mathematics Teacher",
        ),
        (
            "Oral Board Interview - Accountant-Auditor II",
            "You are invited.",
            "Accountant-Auditor II",
        ),
        (
            "Koshika | SDE-2 (Platform) - Technical Round scheduled",
            "Your technical round for the SDE-2 (Platform) position has been scheduled.",
            "SDE-2 (Platform)",
        ),
        (
            "Phone screen - Registered Nurse, Cardiac Step-Down Unit (Full-Time)",
            "Hi Olivia,",
            "Registered Nurse, Cardiac Step-Down Unit",
        ),
        ("Interview - Lecturer in Nursing (Level B)", "Dear Sam,", "Lecturer in Nursing"),
        (
            "Confirmed: Phone Screen - Public Health Epidemiologist between Denise Park and Arjun Mehta",
            "Hi,",
            "Public Health Epidemiologist",
        ),
        (
            "RE: Clinical Nurse Specialist - Renal - second interview",
            "Megan Doherty\nNurse Unit Manager | Renal Unit",
            "Clinical Nurse Specialist - Renal",
        ),
        (
            "Outcome of interview - Clinical Psychologist, Child & Adolescent Mental Health Services",
            "Dear Eilidh",
            "Clinical Psychologist, Child & Adolescent Mental Health Services",
        ),
        (
            "Change to your interview tomorrow",
            "We've moved you to Wednesday, with Yael Ben-David, our Director of ML, who is also on the hiring committee for the Machine Learning Engineer position.",
            "Machine Learning Engineer",
        ),
        (
            "Invitation to an interview / Invitation à une entrevue",
            "Position: Policy Analyst (EC-04)\nOrganization: Employment Canada\n\nPoste : Analyste des politiques (EC-04)",
            "Policy Analyst",
        ),
    ],
)
def test_grades_bands_terms_and_labels_of_public_sector_titles(
    subject: str, body: str, want: str
) -> None:
    assert role(email(body, subject=subject, sender=SENDER)) == want


@pytest.mark.parametrize(
    ("sender", "subject", "body", "want"),
    [
        (  # a public-sector job board sends in the employer's name, which signs the letter
            "County of Placer <noreply@governmentjobs.com>",
            "Oral Board Interview - Accountant-Auditor II",
            "You are invited.\n\nCounty of Placer Human Resources\nAn Equal Opportunity Employer",
            "County of Placer",
        ),
        (  # the domain's word is also the town of the address: no vote against the whole
            "Coomera Shire Council Careers <careers@coomera.qld.example.gov.au>",
            "Interview invitation - Parks Planning Officer",
            "Thank you for applying for the Parks Planning Officer role with Coomera Shire Council.\n\nLocation: Council Administration Centre, 1 Harbour Parade, Coomera\n\nKind regards,\n\nJo Barlow\nCoomera Shire Council",
            "Coomera Shire Council",
        ),
        (  # a domain of initials, written out in the signature with a comma
            "Kate Sullivan <kate.sullivan@dffh.vic.example.gov.au>",
            "Re: interview",
            "Hi Hannah,\n\nThursday works.\n\nKate Sullivan\nPractice Leader | Child Protection\nDepartment of Families, Fairness and Housing",
            "Department of Families, Fairness and Housing",
        ),
        (  # an acronym written out, and a state's label of a US school domain
            "Gloria Estrada <gestrada@riverbendisd.example.org>",
            "Assistant Band Director - update",
            "Thank you for interviewing with us.\n\nGloria Estrada\nDirector of Fine Arts\nRiverbend Independent School District\n\nRiverbend ISD is an equal opportunity employer.",
            "Riverbend Independent School District",
        ),
        (
            "Beth Kowalski <bkowalski@lincolnheights.example.k12.mn.us>",
            "Updated: interview",
            "Dear Ms. Carter,\n\nThe interview is moved.\n\nBeth Kowalski\nLincoln Heights Public Schools, ISD 318",
            "Lincoln Heights Public Schools",
        ),
        (  # "Tamar Valley General Hospital" is a site of the trust, not the short name alone
            "Medical Staffing <medical.staffing@tamarvalley.nhs.example.uk>",
            "Interview",
            "It will be held at Tamar Valley General Hospital, Boardroom.\n\nTracey Lane\nMedical Staffing Officer\nTamar Valley Hospitals NHS Trust\nTel: 01752 555 0108",
            "Tamar Valley Hospitals NHS Trust",
        ),
        (  # a calendar tool: the employer after "na" in Portuguese
            "Calendly <notifications@calendly.com>",
            "Confirmed: Conversa inicial - 30 min",
            "Description:\nBate-papo inicial sobre a vaga de Analista de Dados Sênior na Trilha. Camila Rocha, Tech Recruiter.",
            "Trilha",
        ),
    ],
)
def test_employers_of_public_bodies_job_boards_and_tools(
    sender: str, subject: str, body: str, want: str
) -> None:
    assert company(email(body, subject=subject, sender=sender), None) == want


def test_a_school_named_for_a_saint_keeps_its_s_and_a_year_group_its_title() -> None:
    body = (
        "Thank you for applying for the Year 3 Teacher position at St Mary's Primary School.\n\n"
        "Kind regards,\nLinda Moss\nSchool Business Manager\nSt Mary's Primary School"
    )
    message = email(
        body,
        subject="Interview invitation - Year 3 Teacher",
        sender="Linda Moss <office@stmarys.sch.example.uk>",
    )
    assert company(message, None) == "St Mary's Primary School"
    assert role(message) == "Year 3 Teacher"
