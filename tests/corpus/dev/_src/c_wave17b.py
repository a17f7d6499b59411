# ruff: noqa: E501
# Wave 17 (batch B): more of the international-organisation world — development banks, UN
# offices, NGO networks and foundations in Bogotá, Geneva, New York, Brussels, Addis Ababa,
# Port-au-Prince, Nairobi, Bangkok and Beirut. Outlook updates and cancellations with Windows
# zones, Teamtailor and Recruitee notices, Google Calendar guest lists, Ethiopian clock times,
# search committees, people who are named but do not interview, and hard negatives (side-event
# panels, a traineeship webinar, a reference request, a radio interview, a visa appointment).
from lib import add, ics, vtz_fixed
from mime import addr, hdr, vtz_eu, vtz_outlook_us

# ================================================================ invitations and reschedules
add(
    name="inv-w17-bogota-dev-bank-outlook-sa-pacific-first-round-hm-absent",
    kind="invitation",
    frm=addr("Natalia Pérez", "nperez@caf.example.com"),
    to=addr("Julián Andrés Rincón", "julian.rincon@example.com.co"),
    subject=hdr("Entrevista – Ejecutivo/a Senior de Riesgos – segunda etapa"),
    date=(2026, 11, 3, 17, 5, "America/Bogota"),
    ics_style="outlook",
    body="""
Estimado Julián Andrés:

Reciba un cordial saludo de CAF – banco de desarrollo de América Latina y el Caribe.

Nos complace invitarle a la segunda etapa del proceso de selección para el cargo de Ejecutivo/a Senior de Riesgos, en nuestra oficina de Bogotá (Carrera 9 No. 76-49, piso 7).

Fecha: martes 10 de noviembre de 2026
Hora: 10:30 a. m. – 11:30 a. m. (hora de Bogotá)

En esta entrevista por competencias participarán:
- Juan Sebastián Rojas, Director de Riesgo de Crédito
- Paula Andrea Villamizar, Ejecutiva Principal de Talento Humano

María Paula Gómez, con quien conversó en la primera ronda, no participará en esta etapa.

Por favor acepte la convocatoria adjunta para confirmar su asistencia y traiga su documento de identidad.

Atentamente,

Natalia Pérez
Coordinadora de Selección
Dirección de Talento Humano | CAF
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000CAFBOG20261110RIESGOS",
        start="2026-11-10 10:30",
        end="2026-11-10 11:30",
        tz="America/Bogota",
        tzid="SA Pacific Standard Time",
        vtz=vtz_fixed("SA Pacific Standard Time", "-0500", "COT"),
        organizer=("Natalia Pérez", "nperez@caf.example.com"),
        attendees=[
            ("Julián Andrés Rincón", "julian.rincon@example.com.co"),
            ("Juan Sebastián Rojas", "jsrojas@caf.example.com"),
            ("Paula Andrea Villamizar", "pvillamizar@caf.example.com"),
        ],
        summary="Entrevista - Ejecutivo/a Senior de Riesgos - J. A. Rincón",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="CAF Bogotá, Carrera 9 No. 76-49, piso 7",
    ),
    company="CAF",
    role="Ejecutivo/a Senior de Riesgos",
    interviewers=[
        ("Juan Sebastián Rojas", "jsrojas@caf.example.com", "Director de Riesgo de Crédito"),
        (
            "Paula Andrea Villamizar",
            "pvillamizar@caf.example.com",
            "Ejecutiva Principal de Talento Humano",
        ),
    ],
    start="2026-11-10 10:30",
    end="2026-11-10 11:30",
    tz="America/Bogota",
    notes="Spanish Outlook request with the Windows zone 'SA Pacific Standard Time'. The selection coordinator organises only; the first-round interviewer is named but explicitly not in this round.",
)

add(
    name="inv-w17-geneva-oracle-written-test-then-cbi-panel",
    kind="invitation",
    frm="Geneva Humanitarian Forum Careers <careers-noreply@ghf-oraclecloud.example.com>",
    to="Ifeoma Nwosu <ifeoma.nwosu@example.com>",
    subject="Humanitarian Policy Adviser (Req 2026-0413): written test and interview",
    date=(2026, 9, 25, 10, 40, "Europe/Zurich"),
    fmt="alt",
    body="""
Dear Ifeoma Nwosu,

Thank you for your application for the position of Humanitarian Policy Adviser (Requisition 2026-0413). We are pleased to inform you that you have been shortlisted for the assessment phase, which consists of two steps.

Step 1 - Written test
Friday 2 October 2026, 09:00-12:00 Geneva time (CEST). The test is taken online; the link will be e-mailed to you at 08:55. You may write in English or French.

Step 2 - Competency-based interview
Thursday 8 October 2026, 14:00-15:00 Geneva time (CEST), via Microsoft Teams, with a panel composed of:
  Dr. Martina Keller, Chief, Emergency Operations (Chair)
  Mr. Yusuf Demir, Senior Operations Officer
  Ms. Aurélie Chevalier, Human Resources Partner

The interview will only be confirmed for candidates who pass the written test. We will let you know by 6 October.

Please confirm your participation in the candidate portal within 3 working days.

Kind regards,
Talent Acquisition
Geneva Humanitarian Forum
Rue de Varembé 1, 1202 Geneva
""",
    company="Geneva Humanitarian Forum",
    role="Humanitarian Policy Adviser",
    interviewers=[
        ("Martina Keller", None, "Chief, Emergency Operations"),
        ("Yusuf Demir", None, "Senior Operations Officer"),
        ("Aurélie Chevalier", None, "Human Resources Partner"),
    ],
    start="2026-10-08 14:00",
    end="2026-10-08 15:00",
    tz="Europe/Zurich",
    notes="Written test then interview in one notice: the written test is not an interview, so start/end are the interview's. 'We will let you know by 6 October' concerns the test result, and the message is an invitation, so no decision date.",
)

add(
    name="rsch-w17-new-york-outlook-update-eastern-std-geneva-candidate",
    kind="reschedule",
    frm="Talent Acquisition UN Women <ta.unwomen@unwomen.example.org>",
    to="Elif Yilmaz <elif.yilmaz@example.ch>",
    subject="Updated: Interview - Policy Specialist, Women's Economic Empowerment",
    date=(2026, 10, 26, 11, 45, "America/New_York"),
    ics_style="outlook",
    body="""
Dear Ms. Yilmaz,

Because of the Executive Board session, the panel has asked to move your interview for the position of Policy Specialist, Women's Economic Empowerment. The new time is:

Tuesday, 3 November 2026, 9:00-10:00 AM New York time (EST), which is 15:00-16:00 in Geneva.

Please note that the United States changes to standard time on 1 November, so the difference with Geneva is back to six hours.

The panel is unchanged:
- Ms. Nadia Hussein, Policy Adviser (Chair)
- Mr. Carlos Mendoza, Programme Specialist
- Ms. Yuki Sato, Human Resources Specialist

This updated meeting request replaces the one for 29 October. We apologise for the inconvenience.

Best regards,
Talent Acquisition Section
UN Women, 405 East 42nd Street, New York
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000UNW2026WEEPOLICY",
        start="2026-11-03 09:00",
        end="2026-11-03 10:00",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Talent Acquisition UN Women", "ta.unwomen@unwomen.example.org"),
        attendees=[
            ("Elif Yilmaz", "elif.yilmaz@example.ch"),
            ("Nadia Hussein", "nadia.hussein@unwomen.example.org"),
            ("Carlos Mendoza", "carlos.mendoza@unwomen.example.org"),
            ("Yuki Sato", "yuki.sato@unwomen.example.org"),
        ],
        summary="Interview - Policy Specialist, Women's Economic Empowerment",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        seq=1,
        location="Microsoft Teams Meeting",
    ),
    company="UN Women",
    role="Policy Specialist, Women's Economic Empowerment",
    interviewers=[
        ("Nadia Hussein", "nadia.hussein@unwomen.example.org", "Policy Adviser"),
        ("Carlos Mendoza", "carlos.mendoza@unwomen.example.org", "Programme Specialist"),
        ("Yuki Sato", "yuki.sato@unwomen.example.org", "Human Resources Specialist"),
    ],
    start="2026-11-03 09:00",
    end="2026-11-03 10:00",
    tz="America/New_York",
    notes="Outlook update (SEQUENCE 1) with the Windows zone 'Eastern Standard Time'; moved after the US DST change so EST (-05:00). Geneva time is a conversion.",
)

add(
    name="inv-w17-brussels-ngo-network-surname-first-panel-jonas-reception",
    kind="invitation",
    frm="Marta Kowalczyk <marta.kowalczyk@euroaid-network.example.eu>",
    to="Sinéad Brennan <sinead.brennan@example.ie>",
    subject="Interview invitation - Policy Officer (Humanitarian Financing)",
    date=(2026, 10, 5, 14, 12, "Europe/Brussels"),
    fmt="alt",
    body="""
Dear Sinéad,

Thank you for applying for the Policy Officer (Humanitarian Financing) position at EuroAid Network. We would like to invite you for an interview at our office on Monday 12 October at 11:00, Rue de la Loi 42, 1040 Brussels (3rd floor).

The interview will last one hour, including a short 15-minute written exercise at the start.

Interview panel (surname, first name):
Van den Broeck, Pieter – Head of Policy
Laurent, Émilie – Senior Advocacy Officer

When you arrive, Jonas at reception will show you to the meeting room.

If you need any travel support from Dublin, let me know and we will reimburse a reasonable economy fare.

Best wishes,
Marta Kowalczyk
HR & Office Coordinator
EuroAid Network aisbl
""",
    company="EuroAid Network",
    role="Policy Officer (Humanitarian Financing)",
    interviewers=[
        ("Pieter Van den Broeck", None, "Head of Policy"),
        ("Émilie Laurent", None, "Senior Advocacy Officer"),
    ],
    start="2026-10-12 11:00",
    end="2026-10-12 12:00",
    tz="Europe/Brussels",
    notes="Panel written 'surname, first name' (a Flemish particle surname) -> natural order. Jonas at reception and the coordinator are not interviewers. The written exercise is part of the one-hour slot.",
)

add(
    name="inv-w17-addis-ngo-ethiopian-clock-ato-honorific",
    kind="invitation",
    frm="Selamawit Girma <selamawit.girma@tesfachildren.example.org>",
    to="Hana Mekonnen <hana.mekonnen@example.com>",
    subject="Interview - Child Protection Specialist",
    date=(2026, 10, 27, 11, 20, "Africa/Addis_Ababa"),
    body="""
Dear Hana,

Thank you for your application for the Child Protection Specialist position. We were impressed by your experience with the Gambella refugee response and would like to invite you for an interview.

Date: Thursday, 29 October 2026
Time: 9:00 AM (3:00 in the morning, Ethiopian local time)
Place: Tesfa Children's Fund office, Bole Sub-City, Woreda 3, near Edna Mall, 4th floor

The interview will be with myself and Ato Bereket Tadesse, our Programme Manager. It will take about one hour.

Please bring copies of your degree certificates and work experience letters.

Best regards,
W/ro Selamawit Girma
Country Director
Tesfa Children's Fund - Ethiopia
""",
    company="Tesfa Children's Fund",
    role="Child Protection Specialist",
    interviewers=[
        ("Selamawit Girma", "selamawit.girma@tesfachildren.example.org", "Country Director"),
        ("Bereket Tadesse", None, "Programme Manager"),
    ],
    start="2026-10-29 09:00",
    end="2026-10-29 10:00",
    tz="Africa/Addis_Ababa",
    notes="Time given in both clocks: 9:00 AM international = 3:00 in the Ethiopian 12-hour day count; the instant is 09:00 EAT. 'Ato' (Mr.) and 'W/ro' (Mrs.) are Amharic honorifics, dropped. The sender interviews ('myself').",
)

add(
    name="inv-w17-port-au-prince-recruitee-html-dr-no-dot-paris-candidate",
    kind="invitation",
    frm=addr("Fondation Espwa Lasante", "jobs@espwa-lasante.recruitee.example.com"),
    to=addr("Mélissa Désir", "melissa.desir@example.fr"),
    subject=hdr("Invitation à un entretien – Coordinateur médical / Coordinatrice médicale"),
    date=(2026, 11, 2, 9, 15, "America/Port-au-Prince"),
    fmt="html",
    html="""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f5f7"><div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222">
<p>Bonjour Mélissa,</p>
<p>Merci pour votre candidature au poste de <strong>Coordinateur médical / Coordinatrice médicale</strong> au sein de la Fondation Espwa Lasante.</p>
<p>Nous avons le plaisir de vous inviter à un entretien par visioconférence (Google Meet) :</p>
<p style="padding:12px 16px;background:#eef6f2;border-left:4px solid #1b8a5a">
<strong>mardi 10 novembre 2026, de 13 h 30 à 14 h 30 (heure d'Haïti)</strong><br>
soit de 19 h 30 à 20 h 30 à Paris</p>
<p>Vous vous entretiendrez avec :</p>
<ul>
<li>Dr Wilner Jean-Baptiste, directeur médical</li>
<li>Roseline Étienne, responsable des ressources humaines</li>
</ul>
<p>Merci de confirmer votre présence en cliquant sur le bouton ci-dessous.</p>
<p><a href="https://espwa-lasante.recruitee.example.com/o/coordinateur-medical/c/confirm?t=8ae1" style="background:#1b8a5a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Confirmer ma présence</a></p>
<p>Cordialement,<br>L'équipe recrutement<br>Fondation Espwa Lasante, Pétion-Ville</p>
</div>
<p style="text-align:center;font-size:11px;color:#888">Envoyé avec Recruitee</p>
</body></html>
""",
    company="Fondation Espwa Lasante",
    role="Coordinateur médical / Coordinatrice médicale",
    interviewers=[
        ("Wilner Jean-Baptiste", None, "directeur médical"),
        ("Roseline Étienne", None, "responsable des ressources humaines"),
    ],
    start="2026-11-10 13:30",
    end="2026-11-10 14:30",
    tz="America/Port-au-Prince",
    notes="HTML-only Recruitee notice in French; 'Dr' without a dot is an honorific, dropped. Haiti is on EST (-05:00) by then; the Paris time is a conversion.",
)

add(
    name="inv-w17-nairobi-google-calendar-guest-list-organiser-interviews",
    kind="invitation",
    frm="Wanjiku Mutua <wanjiku@amanifutures.example.org>",
    to="david.kiprop@example.co.ke",
    subject="Invitation: Interview - Regional Advocacy Lead @ Wed 4 Nov 2026 2pm - 3pm (EAT) (david.kiprop@example.co.ke)",
    date=(2026, 10, 28, 12, 3, "Africa/Nairobi"),
    ics_style="google",
    body="""
You have been invited to the following event.

Interview - Regional Advocacy Lead
Wednesday 4 Nov 2026 ⋅ 2pm – 3pm
East Africa Time - Nairobi

Amani Futures Foundation – second interview. Please prepare a 10-minute presentation on an advocacy campaign you led.

Joining info
Join with Google Meet
meet.google.example.com/kzt-qwpr-hab

Guests
Wanjiku Mutua - organiser
Brian Ochieng
david.kiprop@example.co.ke

View all guest info

Reply for david.kiprop@example.co.ke
Yes / No / Maybe

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
    ics=ics(
        uid="5k2m9q7h1t3v8rb0c4e6d2g1aa@google.com",
        start="2026-11-04 14:00",
        end="2026-11-04 15:00",
        tz="Africa/Nairobi",
        organizer=("Wanjiku Mutua", "wanjiku@amanifutures.example.org"),
        attendees=[
            ("Wanjiku Mutua", "wanjiku@amanifutures.example.org"),
            ("Brian Ochieng", "brian.ochieng@amanifutures.example.org"),
            ("david.kiprop@example.co.ke", "david.kiprop@example.co.ke"),
        ],
        summary="Interview - Regional Advocacy Lead",
        desc="Amani Futures Foundation – second interview. Please prepare a 10-minute presentation on an advocacy campaign you led.",
    ),
    company="Amani Futures Foundation",
    role="Regional Advocacy Lead",
    interviewers=[
        ("Wanjiku Mutua", "wanjiku@amanifutures.example.org", None),
        ("Brian Ochieng", "brian.ochieng@amanifutures.example.org", None),
    ],
    start="2026-11-04 14:00",
    end="2026-11-04 15:00",
    tz="Africa/Nairobi",
    notes="Google Calendar invitation whose organiser is also a guest of a second-round interview: names come only from the guest list and ICS attendees (the candidate excluded). No titles anywhere.",
)

add(
    name="inv-w17-ny-search-firm-foundation-search-committee-consultant-absent",
    kind="invitation",
    frm="Claire Whitfield <cwhitfield@hudsonlane.example.com>",
    to="Adaeze Okafor <adaeze.okafor@example.org>",
    subject="Meridian Hope Foundation - meeting with the Search Committee",
    date=(2026, 11, 4, 16, 50, "America/New_York"),
    fmt="alt",
    body="""
Dear Adaeze,

I'm delighted to let you know that the Search Committee of the Meridian Hope Foundation would like to meet you as part of the search for its next President and CEO.

The conversation is set for Friday, November 13, 2:00–3:30 pm ET at the Foundation's offices, 55 Water Street, 32nd floor, New York.

You will meet:
• Margaret Chen, Board Chair
• Dr. Samuel Osei, Trustee and Chair of the Search Committee
• Rebecca Alvarez, Trustee

I won't be joining the conversation itself, but I'll call you on Wednesday afternoon to walk you through the committee's priorities. The Foundation's Chief of Staff, Tom Reilly, will greet you in the lobby.

Warm regards,
Claire
--
Claire Whitfield
Partner, Nonprofit & Philanthropy Practice
Hudson Lane Partners
""",
    company="Meridian Hope Foundation",
    role="President and CEO",
    interviewers=[
        ("Margaret Chen", None, "Board Chair"),
        ("Samuel Osei", None, "Trustee and Chair of the Search Committee"),
        ("Rebecca Alvarez", None, "Trustee"),
    ],
    start="2026-11-13 14:00",
    end="2026-11-13 15:30",
    tz="America/New_York",
    notes="Retained search firm relays the employer's committee: the company is the foundation, not the firm. The search consultant says she won't join; the chief of staff only greets. 'Dr.' dropped.",
)

add(
    name="inv-w17-bangkok-hr-confirms-slot-quoted-options-khun-not-joining",
    kind="invitation",
    frm="Anong Thongchai <anong.t@apcrc.example.org>",
    to="Lukas Meier <lukas.meier@example.ch>",
    subject="RE: Regional Knowledge Management Specialist - interview slots",
    date=(2026, 11, 3, 16, 25, "Asia/Bangkok"),
    in_reply_to="<GV0P278MB0712LM@example.ch>",
    body="""
Dear Lukas,

Thank you. Friday 6 November at 15:00 Bangkok time (09:00 for you in Geneva) works for the panel. The interview will take about an hour on Zoom; the link is below.

You will be speaking with Dr. Supaporn Rattanakorn, our Regional Programme Director, and myself. Unfortunately Khun Somsak will not be able to join after all, as he is travelling to Vientiane that week.

Zoom: https://zoom.example.us/j/81234567890 (passcode 441902)

Best regards,
Anong

Anong Thongchai
Regional HR Manager
Asia Pacific Child Rights Coalition
Bangkok, Thailand

From: Lukas Meier <lukas.meier@example.ch>
Sent: Tuesday, November 3, 2026 3:02 PM
To: Anong Thongchai <anong.t@apcrc.example.org>
Subject: RE: Regional Knowledge Management Specialist - interview slots

Dear Anong, the Friday slot at 15:00 your time would suit me best. Kind regards, Lukas

From: Anong Thongchai
Sent: Monday, November 2, 2026 11:40 AM
Subject: Regional Knowledge Management Specialist - interview slots

Dear Lukas, could you let me know which of these suits you: Thu 5 Nov 10:00 or Fri 6 Nov 15:00 (Bangkok time)? The panel will be Dr. Supaporn, our Director of Operations Somsak Chaiyawat and me.
""",
    company="Asia Pacific Child Rights Coalition",
    role="Regional Knowledge Management Specialist",
    interviewers=[
        ("Supaporn Rattanakorn", None, "Regional Programme Director"),
        ("Anong Thongchai", "anong.t@apcrc.example.org", "Regional HR Manager"),
    ],
    start="2026-11-06 15:00",
    end="2026-11-06 16:00",
    tz="Asia/Bangkok",
    notes="HR manager confirms the slot and interviews herself ('and myself'). Somsak was on the proposed panel in the quoted mail and is now explicitly not joining. 'Khun' and 'Dr.' are honorifics. Geneva time is a conversion.",
)

add(
    name="inv-w17-teamtailor-geneva-booked-dakar-candidate-vtimezone",
    kind="invitation",
    frm="WASH Alliance International <notifications@mail.teamtailor.com>",
    to="Fatou Ndiaye <fatou.ndiaye@example.sn>",
    subject="Your interview for WASH Programme Officer is booked",
    date=(2026, 10, 15, 18, 31, "Europe/Zurich"),
    fmt="alt",
    ics_style="attach",
    body="""
Hi Fatou,

Your interview for the WASH Programme Officer position at WASH Alliance International has been booked.

Wednesday, 21 October 2026
16:00 – 16:45 (Europe/Zurich)
That is 14:00 – 14:45 in Dakar.

You will meet:
Lukas Brunner, Head of Programmes
Amélie Girard, Programme Officer West Africa

Location: Microsoft Teams (link in the calendar invitation)

Need to reschedule? Use the link in this email at least 24 hours in advance.

Best regards,
WASH Alliance International
Powered by Teamtailor
""",
    ics=ics(
        uid="tt-meeting-48213977@teamtailor.com",
        start="2026-10-21 16:00",
        end="2026-10-21 16:45",
        tz="Europe/Zurich",
        vtz=vtz_eu("Europe/Zurich", "+0100", "+0200", "CET", "CEST"),
        organizer=("WASH Alliance International", "notifications@mail.teamtailor.com"),
        attendees=[
            ("Lukas Brunner", "l.brunner@wash-alliance.example.org"),
            ("Amélie Girard", "a.girard@wash-alliance.example.org"),
            ("Fatou Ndiaye", "fatou.ndiaye@example.sn"),
        ],
        summary="Interview: WASH Programme Officer - Fatou Ndiaye",
        prodid="-//Teamtailor//Meetings//EN",
        location="Microsoft Teams",
    ),
    company="WASH Alliance International",
    role="WASH Programme Officer",
    interviewers=[
        ("Lukas Brunner", "l.brunner@wash-alliance.example.org", "Head of Programmes"),
        ("Amélie Girard", "a.girard@wash-alliance.example.org", "Programme Officer West Africa"),
    ],
    start="2026-10-21 16:00",
    end="2026-10-21 16:45",
    tz="Europe/Zurich",
    notes="Teamtailor booking confirmation (Date stamped in UTC) with a VTIMEZONE ICS; the Dakar time is a conversion of the same instant (CEST +02:00).",
)

add(
    name="rsch-w17-bogota-reprogramada-misma-hora-from-quoted-original",
    kind="reschedule",
    frm=addr("Sandra Milena Torres", "gestionhumana@puentesdepaz.example.org"),
    to=addr("Valentina Ríos", "valentina.rios@example.com"),
    subject=hdr("RE: Citación a entrevista – Oficial de Protección Comunitaria (reprogramada)"),
    date=(2026, 9, 28, 15, 10, "America/Bogota"),
    fmt="qp",
    in_reply_to="<a1b2c3.citacion@puentesdepaz.example.org>",
    body="""
Buenas tardes, Valentina:

Por un tema de agenda de la coordinación, debemos reprogramar tu entrevista para el cargo de Oficial de Protección Comunitaria. Ya no será mañana martes sino el jueves 1 de octubre, a la misma hora.

La entrevista sigue siendo con Gloria Inés Patiño (Coordinadora de Protección) y Hernán Darío Mejía (Asesor Jurídico), por Teams. El enlace anterior ya no sirve; te llegará uno nuevo.

Quedo atenta a tu confirmación.

Cordialmente,

Sandra Milena Torres
Profesional de Gestión Humana
Corporación Puentes de Paz

-----Mensaje original-----
De: Gestión Humana <gestionhumana@puentesdepaz.example.org>
Enviado el: martes, 22 de septiembre de 2026 10:05
Para: Valentina Ríos <valentina.rios@example.com>
Asunto: Citación a entrevista – Oficial de Protección Comunitaria

Buenos días, Valentina:

Te citamos a entrevista el martes 29 de septiembre de 10:00 a 11:00 a. m. (hora de Colombia) con Gloria Inés Patiño y Hernán Darío Mejía.
""",
    company="Corporación Puentes de Paz",
    role="Oficial de Protección Comunitaria",
    interviewers=[
        ("Gloria Inés Patiño", None, "Coordinadora de Protección"),
        ("Hernán Darío Mejía", None, "Asesor Jurídico"),
    ],
    start="2026-10-01 10:00",
    end="2026-10-01 11:00",
    tz="America/Bogota",
    notes="Spanish reschedule: new day given, 'a la misma hora' — the hour and length come from the quoted original (10:00–11:00). The interviewers are restated in the new text; the HR professional only schedules.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w17-ny-unga-side-event-user-is-panelist",
    kind="other",
    frm="Events Team, Global Localisation Network <events@localisation-network.example.org>",
    to="Ruth Kamara <ruth.kamara@example.org>",
    subject="Confirmed: you are a panelist - UNGA81 side event 'Financing Locally-Led Humanitarian Action'",
    date=(2026, 9, 10, 9, 30, "America/New_York"),
    body="""
Dear Ruth,

Thank you for accepting our invitation to speak. We are happy to confirm you as a panelist at our UNGA81 side event:

Financing Locally-Led Humanitarian Action: from commitments to cash
Tuesday, 22 September 2026, 1:15 - 2:30 pm
Conference Room 11, United Nations Headquarters, New York

Moderator: Mr. Abdirahman Farah, Executive Director, Somali NGO Consortium
Panelists: Ms. Ruth Kamara (you); Ms. Lina Sørensen, Danish Ministry of Foreign Affairs; Mr. Pedro Alves, Head of Humanitarian Financing, OCHA

The moderator will open with a short interview-style conversation with each panelist before questions from the floor. Please send us your bio and photo by 15 September. A UN grounds pass will be issued in your name.

Best regards,
Events Team
Global Localisation Network
""",
    notes="The user is a speaker on a side-event panel with a moderator's 'interview-style' questions: other.",
)

add(
    name="oth-w17-eu-traineeship-interview-webinar-ics",
    kind="other",
    frm="EU Careers Info <eucareers-info@ec.europa.example>",
    to="Jakub Nowicki <jakub.nowicki@example.pl>",
    subject="Webinar: How to prepare for your Blue Book traineeship interview",
    date=(2026, 10, 1, 9, 0, "Europe/Brussels"),
    ics_style="attach",
    body="""
Dear applicant,

Thank you for registering for our online information session:

How to prepare for your Blue Book traineeship interview
Thursday 15 October 2026, 12:30-13:30 (Brussels time)

Speakers:
- Ms. Ioana Popescu, Traineeships Office
- Mr. Frederik Jansen, former trainee, DG INTPA

The session covers the competency-based phone interviews run by the Directorates-General, examples of good answers and a live Q&A. The calendar file is attached.

Kind regards,
Traineeships Office
European Commission
""",
    ics=ics(
        uid="bluebook-webinar-20261015@ec.europa.example",
        start="2026-10-15 12:30",
        end="2026-10-15 13:30",
        tz="Europe/Brussels",
        vtz=vtz_eu("Europe/Brussels", "+0100", "+0200", "CET", "CEST"),
        organizer=("EU Careers Info", "eucareers-info@ec.europa.example"),
        attendees=[("Jakub Nowicki", "jakub.nowicki@example.pl")],
        summary="Webinar: Blue Book traineeship interview",
        prodid="-//Webex//Meetings//EN",
        location="Webex",
    ),
    notes="An interview-preparation webinar with an ICS and named speakers: other.",
)

add(
    name="oth-w17-wfp-reference-request-user-is-referee",
    kind="other",
    frm="WFP Reference Checks <wfp.references@wfp-successfactors.example.com>",
    to="Paolo Ricci <paolo.ricci@example.it>",
    subject="Reference request for Amina Bello - Logistics Officer, Juba",
    date=(2026, 10, 19, 10, 12, "Europe/Rome"),
    fmt="alt",
    body="""
Dear Paolo Ricci,

Amina Bello has applied for the position of Logistics Officer (NOB), Juba, with the World Food Programme and has named you as a referee.

We would be grateful if you could complete a short online reference questionnaire about her performance, competencies and conduct while she worked under your supervision. It takes about 15 minutes.

Questionnaire: https://wfp-successfactors.example.com/ref?k=7f31c2
Please complete it by Friday 23 October 2026.

If you would prefer a short phone conversation instead, reply to this message and a member of the recruitment team will call you.

Thank you for your support.

WFP Human Resources - Talent Acquisition
Via Cesare Giulio Viola 68/70, Rome
""",
    notes="The user is a referee for someone else's application: other, even though it comes from an employer's ATS and offers a phone conversation.",
)

add(
    name="oth-w17-beirut-radio-interview-request-arabic",
    kind="other",
    frm=addr("رامي فرح", "rami.farah@sawtalnas-radio.example.lb"),
    to=addr("جنى منصور", "jana.mansour@example.org"),
    subject=hdr("طلب مقابلة إذاعية - برنامج «صباح الخير يا بيروت»"),
    date=(2026, 9, 29, 10, 45, "Asia/Beirut"),
    body="""
حضرة السيدة جنى منصور المحترمة،

تحية طيبة،

يسعدنا في إذاعة صوت الناس أن ندعوك إلى مقابلة مباشرة في برنامج «صباح الخير يا بيروت» للحديث عن عمل جمعيتكم مع العائلات النازحة في الجنوب واحتياجات فصل الشتاء.

الموعد المقترح: يوم الثلاثاء 6 تشرين الأول 2026 عند الساعة 8:30 صباحاً، ومدة المقابلة حوالي 20 دقيقة، من الاستوديو في الحمرا أو عبر الهاتف.

سيحاورك الزميل الإعلامي جورج صليبا.

نرجو تأكيد مشاركتك وإرسال رقم هاتف للتواصل.

مع الشكر والتقدير،
رامي فرح
معدّ البرامج – إذاعة صوت الناس
""",
    notes="Arabic: a live radio 'مقابلة' (interview) with a named host about the user's NGO work — a media interview, not hiring: other.",
)

add(
    name="oth-w17-nairobi-schengen-visa-appointment-interview-biometrics",
    kind="other",
    frm="VFS Global Belgium Nairobi <info.belken@vfs-appointments.example.com>",
    to="Brian Otieno <brian.otieno@example.co.ke>",
    subject="Appointment Confirmation - Belgium Schengen Visa - Ref KEN/NBO/2026/118804",
    date=(2026, 10, 6, 14, 22, "Africa/Nairobi"),
    fmt="html",
    body="""
Dear BRIAN OTIENO,

Your appointment has been successfully booked.

Reference number: KEN/NBO/2026/118804
Visa category: Short stay (C) - Business / Conference
Appointment date: 14/10/2026
Appointment time: 09:15
Centre: Belgium Visa Application Centre, Nairobi, Kenya Re Towers, Upper Hill

Please arrive 15 minutes before your appointment with your printed appointment letter, passport and supporting documents. Biometrics (fingerprints and photo) will be taken, and you may be asked a few questions at a short interview at the counter.

This is an automated email. Please do not reply.

VFS Global on behalf of the Embassy of Belgium in Nairobi
""",
    notes="A personal visa appointment (with an 'interview' at the counter, a reference number and a time): other.",
)

add(
    name="oth-w17-foundation-newsletter-meet-new-program-officer-interview",
    kind="other",
    frm="Tamarind Foundation <news@tamarindfoundation.example.org>",
    to="grants-subscriber@example.org",
    subject="Tamarind News | November: an interview with our new Program Officer for Haiti",
    date=(2026, 11, 5, 8, 0, "America/New_York"),
    fmt="alt",
    body="""
TAMARIND NEWS - NOVEMBER 2026

Meet Josiane Mérisier, our new Program Officer for Haiti
We sat down with Josiane in Port-au-Prince to talk about community health, her first 100 days and what she hopes to fund in 2027. "Local organisations know what works; our job is to listen," she told us in this month's interview. Read the interview ->

Open call: Resilient Schools Fund
Letters of inquiry are due by 30 November 2026. An information webinar with our grants team takes place on Thursday 19 November at 11:00 ET.

From the field
- Bogotá: youth employment grantees share their results
- Amman: a new partnership for refugee women's livelihoods

You are receiving this newsletter because you subscribed at tamarindfoundation.example.org.
Unsubscribe | Update preferences
""",
    notes="Foundation newsletter with a press-style interview of a new staff member and a webinar date: other.",
)

# ================================================================ cancellation, offer, info request
add(
    name="can-w17-nairobi-outlook-cancel-liquidity-recruitment-freeze",
    kind="cancellation",
    frm="UNEP Recruitment <unep-recruitment@un.example.org>",
    to="Chiara Bianchi <chiara.bianchi@example.it>",
    subject="Canceled: Interview - Programme Management Officer, P3 (Ecosystems Division)",
    date=(2026, 11, 12, 17, 40, "Africa/Nairobi"),
    ics_style="outlook",
    ics_method="CANCEL",
    body="""
Dear Ms. Bianchi,

We regret to inform you that, owing to the Organization's liquidity situation and the resulting freeze on recruitment, the interview for the post of Programme Management Officer, P3 (Ecosystems Division), scheduled for Thursday 19 November 2026 at 11:00 Nairobi time, is cancelled. The job opening has been suspended until further notice.

Should the recruitment resume, you will be contacted through Inspira. We sincerely apologise for the inconvenience and thank you for your understanding.

Human Resources Section
UN Environment Programme, Nairobi
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000UNEPPMOP3ECO1119",
        start="2026-11-19 11:00",
        end="2026-11-19 12:00",
        tz="Africa/Nairobi",
        tzid="E. Africa Standard Time",
        vtz=vtz_fixed("E. Africa Standard Time", "+0300", "EAT"),
        organizer=("UNEP Recruitment", "unep-recruitment@un.example.org"),
        attendees=[("Chiara Bianchi", "chiara.bianchi@example.it")],
        summary="Canceled: Interview - Programme Management Officer, P3 (Ecosystems Division)",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        method="CANCEL",
        seq=1,
        status="CANCELLED",
    ),
    company="UN Environment Programme",
    role="Programme Management Officer",
    start="2026-11-19 11:00",
    end="2026-11-19 12:00",
    tz="Africa/Nairobi",
    notes="Outlook CANCEL (Windows zone) after a recruitment freeze; start/end are the cancelled interview's. No panel named.",
)

add(
    name="offer-w17-geneva-letter-of-offer-accept-by-candidate-deadline",
    kind="offer",
    frm="Human Resources - GHEF <hr@ghef.example.ch>",
    to="Tariq Hassan <tariq.hassan@example.com>",
    subject="Offer of appointment - Senior Health Financing Specialist (Ref. GHEF/HR/2026/219)",
    date=(2026, 11, 13, 15, 0, "Europe/Zurich"),
    fmt="alt",
    body="""
Dear Mr. Hassan,

Ref. GHEF/HR/2026/219

Following the recommendation of the selection panel, I am pleased to offer you a fixed-term appointment as Senior Health Financing Specialist with the Global Health Equity Fund, Geneva, for an initial period of two years.

Grade: G7, step 1
Annual gross salary: CHF 148,200, plus the benefits described in the attached summary
Expected start date: 1 February 2027, subject to medical clearance and reference verification

Please confirm your acceptance by signing and returning the attached letter by 27 November 2026. Should you have any questions about the terms, I am available for a call.

We look forward to welcoming you to the Fund.

Yours sincerely,

Beatrice Fontana
Head of Human Resources
Global Health Equity Fund
""",
    company="Global Health Equity Fund",
    role="Senior Health Financing Specialist",
    notes="Formal offer with a reference number; 'by 27 November' is the candidate's acceptance deadline, not a decision date.",
)

add(
    name="info-w17-addis-p11-degrees-references-decision-within-three-weeks",
    kind="info_request",
    frm="HARN Human Resources <hr@harn-resilience.example.org>",
    to="Yonas Abebe <yonas.abebe@example.com>",
    subject="Documents required - Resilience Programme Coordinator",
    date=(2026, 11, 9, 10, 30, "Africa/Addis_Ababa"),
    body="""
Dear Mr. Abebe,

Thank you for attending the interview for the position of Resilience Programme Coordinator last week. You are among the candidates recommended by the panel, and we now need the following documents to complete our verification:

1. The completed Personal History Form (P11), attached
2. Scanned copies of your degree certificates
3. Contact details of three professional referees, including at least one former supervisor

Please send them to this address by Friday 13 November 2026.

Once the verification is complete, the Executive Secretary will take the final decision; we expect it within three weeks of today.

Kind regards,

Mahlet Worku
HR Officer
Horn of Africa Resilience Network (HARN)
Addis Ababa
""",
    company="Horn of Africa Resilience Network",
    role="Resilience Programme Coordinator",
    decision_by="2026-11-30",
    notes="Requests the P11 form, degrees and referees; 'by Friday 13 November' is the candidate's deadline. 'Within three weeks of today' from Mon 9 Nov gives 30 November.",
)
