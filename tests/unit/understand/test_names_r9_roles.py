"""Job titles as more of the world writes them: heads in Portuguese, French, Turkish,
Vietnamese, Italian ("Oficial de Programas", "Chargé(e) de suivi", "Bakım Planlama
Mühendisi"), "M&E Officer", a specialty after a dash ("Registered Nurse – Surgical Ward")
unless the dash is followed by a person, a place, the employer or the stage, and a bracket
in lower case that says what happened to the interview."""

from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.roles import role
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 5, 4, 9, tzinfo=zone("UTC"))


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        ("Convite para entrevista – Oficial de Programas", "Olá,", "Oficial de Programas"),
        ("Mülakat Daveti - Bakım Planlama Mühendisi", "Merhaba,", "Bakım Planlama Mühendisi"),
        ("Interview Invitation - M&E Officer, Tumaini Afya", "Hello,", "M&E Officer"),
        (
            "Interview: Registered Nurse – Surgical Ward",
            "Hello,",
            "Registered Nurse – Surgical Ward",
        ),
        (
            "Interview: Customer Service Advisor - Sales",
            "Hello,",
            "Customer Service Advisor - Sales",
        ),
        ("Interview: Data Analyst - Interview Invitation", "Hello,", "Data Analyst"),
        ("Interview: Data Analyst - Round 2", "Hello,", "Data Analyst"),
        (
            "Interview: Staff Product Manager - Lena Fischer",
            "Lena Fischer is unwell.",
            "Staff Product Manager",
        ),
        (
            "Interview: Forklift Driver - Kettering",
            "See you at our depot in Kettering.",
            "Forklift Driver",
        ),
        (
            "Entrevista – Oficial de Protección Comunitaria (reprogramada)",
            "Hola,",
            "Oficial de Protección Comunitaria",
        ),
        (
            "Your Assessment Centre - Buying and Merchandising Graduate Scheme",
            "Hi,",
            "Buying and Merchandising Graduate Scheme",
        ),
        ("Mülakat", "Başvuru No | : 2026/0417\nPozisyon | : Şehir Plancısı", "Şehir Plancısı"),
        ("Thư mời phỏng vấn - Vị trí Kỹ sư Bảo trì", "Kính gửi Anh,", "Kỹ sư Bảo trì"),
        (
            "Convite para entrevista – Oficial de Programas – Nutrição",
            "Olá,",
            "Oficial de Programas – Nutrição",
        ),
        (
            "Convocation à l'entretien – Chargé(e) de suivi-évaluation (projet PASS-2)",
            "Monsieur,",
            "Chargé(e) de suivi-évaluation",
        ),
        (
            "面接のご案内",
            "■募集職種：フロントオフィスマネージャー\n■日時：6月18日",
            "フロントオフィスマネージャー",
        ),
    ],
)
def test_job_titles_of_more_languages_and_their_specialties(
    subject: str, body: str, want: str
) -> None:
    sender = "Talent <jobs@tumainiafya.example.org>"  # (", Tumaini Afya": the employer)
    message = email(body, subject=subject, sender=sender, date=SENT)
    assert role(message) == want
