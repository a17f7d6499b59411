"""Round 4 probes of the kinds: mail a careful reader tells apart at once and the cues might
not: interviews that are not for a job (visa, admissions, user research, mock, exit), and
hiring mail in the words of other languages and quick notes. Written from the issue's
definitions, not from any corpus message. Same shape as `probes_kinds.py`.
"""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

# (subject, sender, body, calendars): mail that is not the user's own hiring conversation.
NEGATIVES: list[tuple[str, str, str, list[str]]] = [
    (
        "Your visa interview appointment is confirmed",
        "US Visa Information Service <noreply@ustraveldocs.example>",
        "Dear JORDAN AVERY,\n\nYour visa interview appointment at the U.S. Embassy is scheduled for Thursday, March 12, 2026 at 08:30 AM. Please bring your passport, the DS-160 confirmation page and the appointment letter. Arrive 15 minutes early.\n\nVisa Information Service",
        [],
    ),
    (
        "MBA admissions interview - invitation",
        "Admissions Office <admissions@lakeshore-business-school.example>",
        "Dear Jordan,\n\nCongratulations! The Admissions Committee has reviewed your application to the Full-Time MBA program and would like to invite you to an admissions interview on Tuesday, March 10 at 2:00 PM CT with a member of our alumni board.\n\nPlease confirm your attendance.\n\nOffice of Admissions",
        [],
    ),
    (
        "Quick research interview about your budgeting app? ($50 gift card)",
        "Maya from Penny <research@pennyapp.example>",
        "Hi Jordan,\n\nI'm a product researcher at Penny. We'd love to interview you about how you use the app to plan your month. It's a 30-minute video call, and we'll send a $50 gift card as a thank-you. Does Thursday, March 12 at 1pm CT work?\n\nMaya\nUser Research, Penny",
        [],
    ),
    (
        "Your mock interview is booked",
        "Career Services <careers@northlake.edu.example>",
        "Hi Jordan,\n\nYour mock interview with career coach Dana Wells is booked for Monday, March 9 at 3:00 PM in Room 204 of the Student Center. Bring a printed resume and the job posting you are practicing for.\n\nCareer Services",
        [],
    ),
    (
        "Exit interview - Friday",
        "Lena Brooks <lena.brooks@fairwaylogistics.example>",
        "Hi Jordan,\n\nAs part of your offboarding, I've scheduled your exit interview for Friday, March 6 at 11:00 AM in the HR conference room. It takes about 20 minutes. Please return your laptop and badge the same day.\n\nLena Brooks\nHR Business Partner, Fairway Logistics",
        [],
    ),
    (
        "Parent-teacher conference",
        "Ms. Ortiz <m.ortiz@lincolnelementary.example>",
        "Hello Mr. Avery,\n\nYour conference about Sophie's progress is set for Wednesday, March 11 at 4:15 PM in Room 12. Please let me know if you need another time.\n\nMs. Ortiz",
        [],
    ),
    (
        "Vous êtes invité : Atelier CV et entretien d'embauche",
        "Pôle Carrières <evenements@carrieres-montreal.example>",
        "Bonjour,\n\nVotre inscription à l'atelier « Réussir son entretien d'embauche » est confirmée pour le jeudi 12 mars à 12 h (heure de l'Est), en ligne. Places limitées!\n\nPour vous désabonner de nos communications, cliquez ici.",
        [],
    ),
    (
        "Entrevista para el podcast",
        "Lucía Márquez <lucia@podcastdatos.example>",
        "Hola Jordan,\n\nMe encantaría hacerte una entrevista para nuestro podcast sobre analítica de datos. ¿Te viene bien grabar una llamada de 40 minutos el jueves 12 de marzo a las 11:00?\n\nUn saludo,\nLucía\nPodcast Datos en Abierto",
        [],
    ),
]

# (kind, subject, sender, body): hiring mail the negatives above must not cost.
POSITIVES: list[tuple[str, str, str, str]] = [
    (
        "invitation",
        "Llamada - Analista de Datos",
        "Carmen Ruiz <carmen.ruiz@grupoalba.example>",
        "Hola Jordan,\n\nGracias por tu interés en el puesto de Analista de Datos. Me gustaría agendar una llamada de 30 minutos contigo el jueves 12 de marzo a las 10:00 (hora de Ciudad de México).\n\nSaludos,\nCarmen Ruiz\nReclutamiento, Grupo Alba",
    ),
    (
        "invitation",
        "Kennenlerngespräch - Data Analyst (m/w/d)",
        "Jonas Weber <jonas.weber@rheinwerk-analytics.example>",
        "Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung als Data Analyst. Gerne würden wir ein erstes Telefonat vereinbaren: Passt Ihnen Donnerstag, der 12.03.2026 um 10:00 Uhr?\n\nViele Grüße\nJonas Weber\nRecruiting, Rheinwerk Analytics",
    ),
    (
        "invitation",
        "quick chat?",
        "Ben Okoro <ben@shiplane.example>",
        "hey Jordan, saw your application for the data role. free tmrw at 2pm for 20 min with me + our CTO? zoom link to follow\n\nben",
    ),
    (
        "invitation",
        "Entrevue - Analyste de données",
        "Sophie Gagnon <sophie.gagnon@laurentide.example>",
        "Bonjour Jordan,\n\nSuite à votre candidature au poste d'analyste de données, j'aimerais vous rencontrer en entrevue le jeudi 12 mars à 10 h (heure de l'Est), dans nos bureaux.\n\nAu plaisir,\nSophie Gagnon\nConseillère en acquisition de talents, Laurentide",
    ),
]
