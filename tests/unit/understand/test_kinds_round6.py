"""Round 6: the general causes behind wave 8's kind and decision-date misses, each on the
smallest message that shows it."""

from __future__ import annotations

from datetime import date

from followup.model import Kind
from followup.understand.classify import decide
from followup.understand.decision import decision_date

DOCUMENTS = (
    "Hi Ana,\n\nThank you again for your time at the final interview. Before we can proceed "
    "with your job offer for the Store Supervisor position, kindly send us the following on "
    "or before Wednesday, May 6:\n\n1. Police clearance\n2. Diploma\n3. Certificate of "
    "Employment\n\nThank you!\nHR Team"
)


def test_a_list_of_documents_to_send_is_an_info_request() -> None:
    verdict = decide("Pre-employment requirements - Store Supervisor", DOCUMENTS, [], None)
    assert verdict.kind is Kind.INFO_REQUEST


def test_references_counted_in_words_and_digits() -> None:
    body = (
        "Hi Ana, for the Store Supervisor position please include two (2) character "
        "references with contact numbers in your reply."
    )
    assert decide("Store Supervisor", body, [], None).kind is Kind.INFO_REQUEST


SPANISH_UPDATE = (
    "Hola Diego:\n\nMuchas gracias por tu tiempo en la entrevista del martes. Esta semana "
    "terminamos las entrevistas con los demás candidatos y esperamos tener una decisión a más "
    "tardar el viernes 6 de noviembre.\n\nSaludos,\nLucía"
)


def test_a_spanish_status_update_after_the_interview_is_next_steps() -> None:
    verdict = decide("Re: Proceso Analista - próximos pasos", SPANISH_UPDATE, [], None)
    assert verdict.kind is Kind.NEXT_STEPS


def test_a_mas_tardar_and_au_plus_tard_give_the_decision_date() -> None:
    sent = date(2026, 10, 28)
    assert decision_date(SPANISH_UPDATE, sent) == date(2026, 11, 6)
    french = "Nous prendrons une décision au plus tard le vendredi 6 novembre."
    assert decision_date(french, sent) == date(2026, 11, 6)


SHORTLISTED = (
    "Dear Sam\n\nJob title: Clinical Pharmacist\nDepartment: Pharmacy\n\nThank you for your "
    "recent application. We are pleased to inform you that you have been shortlisted for "
    "interview.\n\nInterview details\nDate: 14/07/2026\nTime: 11:15\n\nRecruitment Team"
)


def test_shortlisted_for_interview_outweighs_a_department_named_pharmacy() -> None:
    """A classifier leaning to `other` and a personal-appointment word in the department
    field do not sink a shortlisting letter with a date and a time."""
    textcat = {"other": 0.7, "invitation": 0.2}
    verdict = decide(
        "Invitation to interview: Clinical Pharmacist", SHORTLISTED, [], textcat, has_time=True
    )
    assert verdict.kind is Kind.INVITATION


BOOKED = (
    "Hola Luis:\n\nSe ha programado tu evento.\n\nTipo de evento:\nEntrevista inicial - "
    "Analista de Datos\n\nFecha y hora:\n10:00 - 10:30, lunes, 24 de agosto de 2026\n\n"
    "¿Necesitas hacer cambios en este evento?\n"
    "Cancelar: https://calendly.com/cancellations/5c2e\n"
    "Reprogramar: https://calendly.com/reschedulings/5c2e\n"
)


def test_a_booking_tools_reschedule_link_is_no_reschedule() -> None:
    """ "Reprogramar: <link>" under a booked slot offers a change; it does not make one."""
    textcat = {"invitation": 0.5, "other": 0.3}
    subject = "Confirmado: Entrevista inicial - Analista de Datos"
    verdict = decide(subject, BOOKED, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION


def test_a_reschedule_in_words_still_counts_next_to_a_link() -> None:
    body = (
        "Hi Luis, your interview has been rescheduled to Tuesday at 10:00.\n"
        "Reschedule: https://calendly.com/reschedulings/5c2e\n"
    )
    verdict = decide("Updated: Initial interview", body, [], None, has_time=True)
    assert verdict.kind is Kind.RESCHEDULE


def test_an_interview_skills_workshop_is_no_shortlisting() -> None:
    body = (
        "Hi all,\n\nYou're invited to our Interview Skills Workshop on Thursday at 5pm in the "
        "Careers Centre. Learn how to get shortlisted for an interview and answer tough "
        "questions.\n\nCareers Service"
    )
    verdict = decide("Invitation to Interview Skills Workshop", body, [], None, has_time=True)
    assert verdict.kind is Kind.OTHER
    assert verdict.scores[Kind.INVITATION] < 4.0  # the time and the word, no shortlisting


def test_a_spanish_or_french_deadline_for_the_candidate_is_no_decision_date() -> None:
    sent = date(2026, 10, 28)
    spanish = "Te pedimos que nos confirmes tu decisión a más tardar el viernes 6 de noviembre."
    french = "Merci de nous faire part de votre décision au plus tard le vendredi 6 novembre."
    assert decision_date(spanish, sent) is None
    assert decision_date(french, sent) is None
