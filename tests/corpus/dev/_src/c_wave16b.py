# ruff: noqa: E501
# Wave 16, batch B: more frontline hiring — walk-in drives, Teams and GoodTime invites with
# Windows zones and "Surname, Name" rows, store managers moving a slot in two lines, a
# replaced branch interviewer, Calendly in Spanish — and look-alikes (a drug screen, the user
# as interviewer or referee, orientation, a crew roster change, a courier's delivery slot).
from lib import add, ics
from mime import addr, hdr, vtz_outlook_eu

# ================================================================ invitations and reschedules
add(
    name="inv-w16-hyderabad-walk-in-drive-reporting-time-contact-hr",
    kind="invitation",
    frm="Talent Acquisition - Vistara CX <ta.hyderabad@vistaracx.example.in>",
    to="Sai Kiran Reddy <saikiran.reddy.k@example.com>",
    subject="Shortlisted | Walk-in Drive for International Voice Process | 28-Nov-2026",
    date=(2026, 11, 21, 11, 34, "Asia/Kolkata"),
    fmt="html",
    html="""<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Dear Sai Kiran,</p>
<p>Greetings from Vistara CX!</p>
<p>With reference to your profile on the job portal, you have been <b>shortlisted</b> to attend our walk-in drive for the below position.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Position</b></td><td>Customer Support Associate - International Voice Process</td></tr>
<tr><td><b>Date</b></td><td>28-Nov-2026 (Saturday)</td></tr>
<tr><td><b>Reporting Time</b></td><td>10:00 AM (entry closes at 1:00 PM)</td></tr>
<tr><td><b>Rounds</b></td><td>HR Round, Versant Test, Operations Round</td></tr>
<tr><td><b>Venue</b></td><td>Vistara CX, 4th Floor, Cyber Pearl, HITEC City, Hyderabad - 500081</td></tr>
<tr><td><b>Contact Person</b></td><td>Swathi (HR) - 98480 55512</td></tr>
</table>
<p><b>Documents to carry:</b> updated resume, Aadhaar card, PAN card, last 3 months' payslips (if experienced).</p>
<p>Shifts: rotational night shifts, 5 days working, 2 rotational week-offs. Two-way cab facility provided.</p>
<p>Please mention &quot;<b>Ref: Swathi / VCX-HYD</b>&quot; at the reception.</p>
<p>Regards,<br>Talent Acquisition Team<br>Vistara CX Services Pvt. Ltd.</p>
</body></html>
""",
    company="Vistara CX",
    role="Customer Support Associate - International Voice Process",
    interviewers=[],
    start="2026-11-28 10:00",
    end=None,
    tz="Asia/Kolkata",
    notes="Walk-in drive addressed to the shortlisted candidate: the reporting time is the start; the contact person at reception is not named as interviewing and the rounds' interviewers are not named → []. Entry-close time is not an end. HTML-only table, IST.",
)

add(
    name="inv-w16-krakow-teams-recruiter-and-team-leader-cest-std",
    kind="invitation",
    frm=addr("Agnieszka Nowak", "agnieszka.nowak@vektorservices.example.pl"),
    to=addr("Katarzyna Wójcik", "kasia.wojcik@example.pl"),
    subject=hdr("Zaproszenie na rozmowę – Konsultant/ka ds. obsługi klienta z językiem niemieckim"),
    date=(2026, 11, 16, 14, 20, "Europe/Warsaw"),
    ics_style="outlook",
    body="""
Dzień dobry Pani Katarzyno,

dziękujemy za wypełnienie testu online (Harver). Z przyjemnością zapraszam Panią na rozmowę rekrutacyjną na stanowisko Konsultant/ka ds. obsługi klienta z językiem niemieckim.

Termin: czwartek, 19.11.2026, godz. 10:00–10:45
Forma: MS Teams (link w zaproszeniu w kalendarzu)

Rozmowę poprowadzę ja, a dołączy do nas:
Tomasz Zieliński – Team Leader, zespół DACH

Część rozmowy odbędzie się po niemiecku (ok. 10 minut).

W razie pytań proszę o kontakt.

Pozdrawiam serdecznie,
Agnieszka Nowak
Specjalistka ds. Rekrutacji
Vektor Business Services Sp. z o.o. | ul. Przemysłowa 12, 30-701 Kraków
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000070C3B1E5A2F8DA01000000000000000010000000",
        start="2026-11-19 10:00",
        end="2026-11-19 10:45",
        tz="Europe/Warsaw",
        tzid="Central European Standard Time",
        vtz=vtz_outlook_eu("Central European Standard Time", 1, 2),
        organizer=("Agnieszka Nowak", "agnieszka.nowak@vektorservices.example.pl"),
        attendees=[
            ("Tomasz Zieliński", "tomasz.zielinski@vektorservices.example.pl"),
            ("Katarzyna Wójcik", "kasia.wojcik@example.pl"),
        ],
        summary="Rozmowa rekrutacyjna – Katarzyna Wójcik – Konsultant/ka DE",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="Spotkanie w aplikacji Microsoft Teams",
    ),
    company="Vektor Business Services",
    role="Konsultant/ka ds. obsługi klienta z językiem niemieckim",
    interviewers=[
        (
            "Agnieszka Nowak",
            "agnieszka.nowak@vektorservices.example.pl",
            "Specjalistka ds. Rekrutacji",
        ),
        (
            "Tomasz Zieliński",
            "tomasz.zielinski@vektorservices.example.pl",
            "Team Leader, zespół DACH",
        ),
    ],
    start="2026-11-19 10:00",
    end="2026-11-19 10:45",
    tz="Europe/Warsaw",
    notes="Polish: 'Rozmowę poprowadzę ja' — the recruiter runs the interview, so she is an interviewer along with the team leader. Outlook Windows zone 'Central European Standard Time' (CET in November); day-first dotted date.",
)

add(
    name="res-w16-store-manager-reply-moves-to-4-quoted-recruiter",
    kind="reschedule",
    frm="Rick Alvarez <store0412.mgr@dollardepot.example>",
    to="Jasmine Carter <jaz.carter210@example.com>",
    subject="RE: Interview - Assistant Store Manager - Dollar Depot #0412",
    date=(2026, 11, 18, 19, 5, "America/Chicago"),
    in_reply_to="<9a7c1e02.44f1@dollardepot.example>",
    body="""
Jasmine - something came up tmrw, can you do 4 instead of 2? Same place. Just text me at 210-555-0177 if that works.

Rick Alvarez | Store Manager | Dollar Depot #0412
Sent from my iPhone

-----Original Message-----
From: Brenda Ocampo <brenda.ocampo@dollardepot.example>
Sent: Monday, November 16, 2026 11:02 AM
To: Jasmine Carter <jaz.carter210@example.com>
Cc: Rick Alvarez <store0412.mgr@dollardepot.example>
Subject: Interview - Assistant Store Manager - Dollar Depot #0412

Hi Jasmine,

Thanks for speaking with me on Friday. You're confirmed to meet with Rick Alvarez, Store Manager, at Store #0412 (4510 Culebra Rd, San Antonio) on Thursday 11/19 at 2:00 PM. If it goes well, the next step is a short call with our District Manager, Troy Sheffield.

Brenda Ocampo
District Recruiter, South Texas
""",
    company="Dollar Depot",
    role="Assistant Store Manager",
    interviewers=[("Rick Alvarez", "store0412.mgr@dollardepot.example", "Store Manager")],
    start="2026-11-19 16:00",
    end=None,
    tz="America/Chicago",
    notes="Two-line reply from the store manager moving 'tmrw' (Thu 19 Nov) from 2 to 4 PM; the quoted recruiter mail supplies the date. The district manager is a possible later step, the recruiter only scheduled. No duration → end null.",
)

add(
    name="inv-w16-calendly-spanish-phone-screen-monterrey-utc-ics",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    to=addr("Luis Hernández", "luis.hdz.mty@example.com.mx"),
    reply_to="Daniela Ruiz <daniela.ruiz@grupotraslada.example.mx>",
    subject=hdr(
        "Confirmado: Entrevista telefónica (15 min) con Daniela Ruiz el jueves 19 de noviembre de 2026"
    ),
    date=(2026, 11, 17, 12, 3, "America/Monterrey"),
    ics_style="attach",
    fmt="alt",
    body="""
Hola, Luis Hernández:

Tu evento ha sido programado.

Evento: Entrevista telefónica (15 min) - Almacenista / Montacarguista
Con: Daniela Ruiz
Fecha: 11:00 - 11:15, jueves, 19 de noviembre de 2026
Zona horaria: Hora central - Ciudad de México (GMT-6)
Ubicación: Daniela te llamará al +52 81 5555 0148

Preguntas y respuestas:
¿Cuentas con licencia de montacargas vigente? Sí, DC-3 vigente

Mensaje de Daniela Ruiz, Reclutadora - Grupo Traslada:
"Gracias por agendar. Es una llamada breve para conocer tu experiencia y disponibilidad de turnos."

Reprogramar: https://calendly.com/reschedulings/5f1e2a
Cancelar: https://calendly.com/cancellations/5f1e2a

Desarrollado por Calendly
""",
    ics=ics(
        uid="5f1e2a9c-77b3-4c1e-9d0a-calendly",
        start="2026-11-19 11:00",
        end="2026-11-19 11:15",
        tz="America/Monterrey",
        organizer=("Daniela Ruiz", "daniela.ruiz@grupotraslada.example.mx"),
        attendees=[("Luis Hernández", "luis.hdz.mty@example.com.mx")],
        summary="Entrevista telefónica (15 min) entre Daniela Ruiz y Luis Hernández",
        prodid="-//Calendly//Calendly//EN",
        utc=True,
    ),
    company="Grupo Traslada",
    role="Almacenista / Montacarguista",
    interviewers=[("Daniela Ruiz", "daniela.ruiz@grupotraslada.example.mx", "Reclutadora")],
    start="2026-11-19 11:00",
    end="2026-11-19 11:15",
    tz="America/Monterrey",
    notes="Spanish Calendly booking: the recruiter holds the phone screen, so she interviews; the user's own name appears in the summary. ICS in UTC; label keeps Monterrey (CST, -06:00, no DST).",
)

add(
    name="inv-w16-goodtime-ramp-agent-surname-comma-rows-denver",
    kind="invitation",
    frm="Rocky Air Recruiting <scheduling@rockyair.goodtime.example>",
    to="Tyler Begay <tyler.begay@example.com>",
    subject="Interview Confirmation: Ramp Agent - Part Time (DEN)",
    date=(2026, 11, 10, 15, 30, "America/Denver"),
    ics_style="google",
    body="""
Hi Tyler,

Your interview for Ramp Agent - Part Time (DEN) is confirmed. Details below:

Friday, November 13, 2026
9:00 AM - 10:00 AM MST

Location: Rocky Air Ground Operations Office, Concourse B, Level 1 (meet at the Employee Security Checkpoint, Door B-12)

Interviewers:
Hollis, Brandon - Ramp Supervisor
Ng, Vivian - Assistant Station Manager

Before you arrive, please make sure you can lift 70 lbs and work outdoors in all weather.

Questions? Reply to this email and the recruiting coordinator will help.

Thank you,
Rocky Air Recruiting Coordination
Scheduled with GoodTime
""",
    ics=ics(
        uid="gt-7f3a11c2e9@goodtime.example",
        start="2026-11-13 09:00",
        end="2026-11-13 10:00",
        tz="America/Denver",
        organizer=("Rocky Air Scheduling", "scheduling@rockyair.goodtime.example"),
        attendees=[
            ("Brandon Hollis", "brandon.hollis@rockyair.example"),
            ("Vivian Ng", "vivian.ng@rockyair.example"),
            ("Tyler Begay", "tyler.begay@example.com"),
        ],
        summary="Rocky Air Interview: Tyler Begay - Ramp Agent - Part Time (DEN)",
        location="Rocky Air Ground Ops Office, Concourse B",
    ),
    company="Rocky Air",
    role="Ramp Agent - Part Time (DEN)",
    interviewers=[
        ("Brandon Hollis", "brandon.hollis@rockyair.example", "Ramp Supervisor"),
        ("Vivian Ng", "vivian.ng@rockyair.example", "Assistant Station Manager"),
    ],
    start="2026-11-13 09:00",
    end="2026-11-13 10:00",
    tz="America/Denver",
    notes="GoodTime rows 'Surname, Name - Title' → natural order; ICS attendees give emails; the coordination mailbox is not an interviewer. MST after Nov 1.",
)

add(
    name="inv-w16-teamtailor-hotel-gm-may-say-hello-london",
    kind="invitation",
    frm="Greyfriars Hotel Careers <careers@greyfriarshotel.teamtailor.com>",
    to="Ewelina Mazur <ewelina.mazur@example.co.uk>",
    subject="Interview booked: Housekeeping Supervisor at Greyfriars Hotel",
    date=(2026, 11, 12, 10, 0, "Europe/London"),
    fmt="alt",
    body="""
Hi Ewelina,

Thanks for booking a time - we're looking forward to meeting you!

Housekeeping Supervisor
Tuesday 17 November 2026, 11:00 - 11:45 (GMT)
Greyfriars Hotel, 14 Greyfriars Passage, London EC1A 7BA - please come to the staff entrance on Newgate Street

You'll be meeting Ewa Kowalczyk, our Executive Housekeeper. After the interview she'll show you round a couple of our rooms and the linen room. Our General Manager, Simon Clarke, may pop in to say hello if he's around, but the interview itself is with Ewa.

If you need to change your time, use the link in your candidate profile.

See you soon,
The People Team at Greyfriars Hotel
""",
    company="Greyfriars Hotel",
    role="Housekeeping Supervisor",
    interviewers=[("Ewa Kowalczyk", None, "Executive Housekeeper")],
    start="2026-11-17 11:00",
    end="2026-11-17 11:45",
    tz="Europe/London",
    notes="Teamtailor booking. The GM is mentioned ('may pop in to say hello … the interview itself is with Ewa') but does not interview.",
)

add(
    name="can-w16-paradox-home-improvement-position-filled",
    kind="cancellation",
    frm="Hana at HomeQuarters <hana@homequarters.paradox.example>",
    to="Marcus Lee <marcus.lee.az@example.com>",
    subject="Update on your interview at HomeQuarters #0487",
    date=(2026, 11, 13, 8, 0, "America/Phoenix"),
    fmt="alt",
    body="""
Hi Marcus,

This is Hana, HomeQuarters' hiring assistant. Unfortunately, your interview for Lot Associate with Kyle Brennan, Department Supervisor, on Saturday, November 14 at 10:00 AM - 10:20 AM has been cancelled because the position has been filled.

We're sorry for the inconvenience. There are other openings at stores near you — reply JOBS and I'll show you roles you can apply for in one minute.

Thank you for your interest in HomeQuarters!
Hana
""",
    company="HomeQuarters",
    role="Lot Associate",
    interviewers=[("Kyle Brennan", None, "Department Supervisor")],
    start="2026-11-14 10:00",
    end="2026-11-14 10:20",
    tz="America/Phoenix",
    notes="Chatbot cancellation (position filled) gives the cancelled slot and interviewer so it can be matched. Arizona: no DST, time in sender's zone.",
)

add(
    name="inv-w16-abuja-dispatch-rider-holds-by-9am-admin-verifies",
    kind="invitation",
    frm="HR Swiftbox Logistics <hr@swiftboxlogistics.example.ng>",
    to="Emeka Nwosu <emekanwosu2000@example.com>",
    subject="INVITATION FOR INTERVIEW - DISPATCH RIDER (ABUJA)",
    date=(2026, 11, 20, 16, 0, "Africa/Lagos"),
    body="""
Dear Emeka Nwosu,

We are pleased to inform you that you have been shortlisted for the position of DISPATCH RIDER (ABUJA).

Your interview with our Fleet Supervisor, Mr. Ibrahim Musa, holds on Thursday 26th November, 2026 by 9am prompt at our Wuse II office, Plot 1132 Aminu Kano Crescent, Abuja. There will also be a short road test.

Kindly come along with the following:
1. Valid rider's licence (Class A)
2. Original and photocopies of your credentials
3. Two (2) passport photographs
4. Letter of guarantor

Mr. Segun from Admin will first verify your documents at the front desk before the interview.

Please acknowledge receipt of this mail.

Yours faithfully,
For: Swiftbox Logistics Ltd
Human Resources
""",
    company="Swiftbox Logistics",
    role="DISPATCH RIDER (ABUJA)",
    interviewers=[("Ibrahim Musa", None, "Fleet Supervisor")],
    start="2026-11-26 09:00",
    end=None,
    tz="Africa/Lagos",
    notes="Nigerian English 'holds on … by 9am prompt'; 'Mr.' dropped. Mr. Segun only verifies documents (not an interviewer). No duration → end null. WAT.",
)

add(
    name="inv-w16-valencia-entrevista-grupal-encargada-first-name",
    kind="invitation",
    frm=addr("Moda Brava Selección", "seleccion@modabrava.example.es", "b"),
    to="Paula Navarro <paulanavarro.vlc@example.es>",
    subject=hdr("Te esperamos en la entrevista grupal - Dependiente/a tienda Colón (Valencia)"),
    date=(2026, 11, 18, 13, 0, "Europe/Madrid"),
    fmt="b64",
    body="""
¡Hola Paula!

Hemos revisado tu candidatura para Dependiente/a en nuestra tienda de la calle Colón y nos encantaría conocerte.

Te invitamos a una entrevista grupal el lunes 23 de noviembre a las 10:00 h. Durará aproximadamente hora y media.
Dónde: Moda Brava Colón, Calle Colón 27, 46004 Valencia (entrada por la puerta lateral de personal).

Iván, de RRHH, os dará la bienvenida y os explicará cómo funciona la tienda; después la entrevista la hará Rocío, la encargada de tienda, en grupos de cinco.

No hace falta que traigas nada, solo ganas 🙂

¡Nos vemos!
Equipo de Selección · Moda Brava
""",
    company="Moda Brava",
    role="Dependiente/a",
    interviewers=[("Rocío", None, "encargada de tienda")],
    start="2026-11-23 10:00",
    end="2026-11-23 11:30",
    tz="Europe/Madrid",
    notes="Spanish group interview: HR's Iván only welcomes; 'la entrevista la hará Rocío, la encargada de tienda' — first name only, so the label is 'Rocío'. 'hora y media' → 11:30. Base64 body.",
)

add(
    name="res-w16-uk-bank-outlook-update-interviewer-on-leave",
    kind="reschedule",
    frm="Faye Morton <faye.morton@harbourbank.example.co.uk>",
    to="Daniel Osei <daniel.osei@example.co.uk>",
    subject="Updated: Interview - Customer Service Adviser (Leeds Briggate)",
    date=(2026, 11, 9, 12, 0, "Europe/London"),
    ics_style="outlook",
    body="""
Hi Daniel,

Apologies for moving this. Sarah Blake is now on annual leave on Wednesday, so I've moved your interview to Thursday 12 November, 3:00pm - 3:45pm, and you'll now be meeting Hamza Iqbal, Branch Manager, instead.

Everything else stays the same: Harbour Bank, 62 Briggate, Leeds LS1 6HD. Ask for Hamza at the counter.

The updated invitation is attached - please accept it so it replaces the old one in your calendar.

Many thanks,
Faye Morton
Resourcing Advisor | Harbour Bank
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6970801000000000000000",
        start="2026-11-12 15:00",
        end="2026-11-12 15:45",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz=vtz_outlook_eu("GMT Standard Time", 0, 1),
        organizer=("Faye Morton", "faye.morton@harbourbank.example.co.uk"),
        attendees=[
            ("Hamza Iqbal", "hamza.iqbal@harbourbank.example.co.uk"),
            ("Daniel Osei", "daniel.osei@example.co.uk"),
        ],
        summary="Interview - Daniel Osei - Customer Service Adviser",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        seq=1,
        location="Harbour Bank Leeds Briggate",
    ),
    company="Harbour Bank",
    role="Customer Service Adviser",
    interviewers=[
        ("Hamza Iqbal", "hamza.iqbal@harbourbank.example.co.uk", "Branch Manager"),
    ],
    start="2026-11-12 15:00",
    end="2026-11-12 15:45",
    tz="Europe/London",
    notes="Outlook update (SEQUENCE 1, 'GMT Standard Time'): the replaced interviewer Sarah Blake is out; the resourcing advisor only schedules.",
)

add(
    name="inv-w16-hirevue-live-ground-ops-recruiter-conducts",
    kind="invitation",
    frm="Jenna Morales <jenna.morales@atlanticcrest.example>",
    to="Brianna Scott <brianna.scott.phl@example.com>",
    subject="Live video interview - Customer Service Agent, Ground Operations (PHL)",
    date=(2026, 11, 4, 9, 0, "America/New_York"),
    fmt="alt",
    body="""
Hi Brianna,

Thanks for completing your on-demand video interview - the team enjoyed your answers! The next step is a live video interview, which I'll be conducting on HireVue.

Date: Monday, November 9
Time: 1:30 - 2:00 PM Eastern
Join: https://atlanticcrest.hirevue.example/live/9KX2-PHL (use Chrome; test your camera beforehand)

We'll talk about your customer service experience, your availability for early-morning and holiday shifts, and the realities of working airport operations. If that goes well, the final step is an in-person meeting with our PHL Station Manager.

Best,
Jenna Morales
Talent Acquisition Partner, Airport Operations
Atlantic Crest Airlines
""",
    company="Atlantic Crest Airlines",
    role="Customer Service Agent, Ground Operations (PHL)",
    interviewers=[
        (
            "Jenna Morales",
            "jenna.morales@atlanticcrest.example",
            "Talent Acquisition Partner, Airport Operations",
        ),
    ],
    start="2026-11-09 13:30",
    end="2026-11-09 14:00",
    tz="America/New_York",
    notes="Live HireVue interview after the one-way one: 'which I'll be conducting' makes the recruiter the interviewer; the unnamed station manager belongs to a later step. EST after Nov 1.",
)

# ================================================================ outcomes and requests
add(
    name="rej-w16-icims-call-centre-after-video-interview",
    kind="rejection",
    frm="Northgate Telecom Careers <careers@northgatetelecom.icims.example>",
    to="Aaliyah Hussain <aaliyah.hussain@example.co.uk>",
    subject="Your application for Customer Service Advisor - Sales (Salford Quays)",
    date=(2026, 11, 11, 17, 45, "Europe/London"),
    body="""
Dear Aaliyah,

Thank you for taking the time to complete your video interview for the Customer Service Advisor - Sales role at our Salford Quays contact centre.

We have now reviewed all of the interviews and, on this occasion, we will not be progressing your application further. We received a very high number of applications and the decision was a difficult one.

We will keep your details on file for 6 months and may contact you if a suitable vacancy arises. You are also welcome to apply for other roles on our careers site.

Thank you again for your interest in Northgate Telecom, and we wish you the best of luck in your search.

Kind regards,
Resourcing Team
Northgate Telecom
""",
    company="Northgate Telecom",
    role="Customer Service Advisor - Sales",
    notes="iCIMS rejection after a one-way video interview; '6 months' is a file-retention period, not a decision date.",
)

add(
    name="off-w16-warehouse-conditional-offer-accept-by-friday",
    kind="offer",
    frm="Ridgeway Logistics HR <hr-allentown@ridgewaylogistics.example>",
    to="Darnell Price <darnellprice22@example.com>",
    subject="Your offer - Warehouse Associate - Nights (Allentown DC)",
    date=(2026, 11, 9, 10, 12, "America/New_York"),
    fmt="alt",
    body="""
Hi Darnell,

Congratulations! We're happy to offer you the position of Warehouse Associate - Nights at our Allentown DC.

Pay: $21.50/hr + $2.00/hr night shift differential
Schedule: Sun-Wed, 6:00 PM - 4:30 AM
Start date: Sunday, November 22, 2026 (orientation at 5:30 PM)

This offer is contingent on a successful background check and drug screen. Please accept your offer in the candidate portal by Friday, November 13. Once accepted, you'll receive an email from our screening partner to schedule your drug test.

Luis and the night-shift team are looking forward to having you on board!

Ridgeway Logistics HR - Allentown
""",
    company="Ridgeway Logistics",
    role="Warehouse Associate - Nights",
    notes="Conditional offer; 'accept by Friday, November 13' is a candidate deadline; Luis (the earlier interviewer) is only mentioned.",
)

add(
    name="info-w16-poznan-personio-polish-documents-decision-by-30",
    kind="info_request",
    frm="Rekrutacja Magazyny Warta <rekrutacja@magazynywarta.personio.de>",
    to=addr("Michał Kamiński", "michal.kaminski.poz@example.pl"),
    subject=hdr("Magazynier/ka – zmiana nocna: prośba o dokumenty", encoding="b"),
    date=(2026, 11, 20, 9, 30, "Europe/Warsaw"),
    fmt="qp",
    body="""
Dzień dobry Panie Michale,

dziękujemy za wczorajszą rozmowę w naszym centrum dystrybucyjnym w Komornikach. Aby kontynuować proces na stanowisko Magazynier/ka – zmiana nocna, prosimy o przesłanie przez portal kandydata:

- skanu zaświadczenia UDT na wózki widłowe,
- aktualnego orzeczenia lekarskiego (jeśli Pan posiada),
- numeru konta bankowego do umowy.

Dokumenty prosimy dodać do wtorku 24.11. Ostateczną decyzję przekażemy Panu najpóźniej do 30 listopada.

Pozdrawiamy,
Zespół Rekrutacji
Magazyny Warta Sp. z o.o.
""",
    company="Magazyny Warta",
    role="Magazynier/ka – zmiana nocna",
    decision_by="2026-11-30",
    notes="Polish document request after the interview; 'do wtorku 24.11' is a candidate deadline, 'decyzję przekażemy … najpóźniej do 30 listopada' is the employer's decision date.",
)

# ================================================================ look-alikes
add(
    name="oth-w16-drug-screen-appointment-lab",
    kind="other",
    frm="LabPoint Screening <appointments@labpointscreening.example>",
    to="Darnell Price <darnellprice22@example.com>",
    subject="Appointment confirmed: pre-employment drug screen for Ridgeway Logistics",
    date=(2026, 11, 14, 8, 20, "America/New_York"),
    body="""
Hello Darnell Price,

Your pre-employment drug screen has been scheduled.

Donor ID: RL-5590213
Test: 10-panel urine, DOT
Appointment: Monday, November 16, 2026 at 7:45 AM
Location: LabPoint Patient Service Center, 1251 S Cedar Crest Blvd, Suite 102, Allentown, PA 18103

Bring a government-issued photo ID and this confirmation number. Do not drink excessive amounts of fluid before your visit. Results are reported directly to your employer, usually within 2-3 business days.

LabPoint Screening
""",
    notes="Screening vendor's drug-test appointment: a time and an employer, but no interview and the 2-3 days are about lab results → other.",
)

add(
    name="oth-w16-paradox-manager-notified-candidate-with-you",
    kind="other",
    frm="Olivia from Brightmart <olivia@brightmart.paradox.example>",
    to="Brenda Lowe <brenda.lowe@brightmart.example>",
    subject="New interview scheduled: Jamal Reed - Stocker (Overnight) - Store #2271",
    date=(2026, 11, 11, 20, 14, "America/Chicago"),
    fmt="alt",
    body="""
Hi Brenda,

A candidate scheduled an interview with you.

Candidate: Jamal Reed
Position: Stocker (Overnight)
When: Friday, November 13, 2026, 11:00 AM - 11:20 AM CST
Where: Store #2271 - Team Room

Interview guide and scorecard: https://brightmart.paradox.example/i/7731
Tip: complete the scorecard within 24 hours so Jamal gets a fast answer.

Olivia
Brightmart Talent Acquisition
""",
    notes="The user is the store manager being told a candidate booked an interview with her: the user interviews someone else → other.",
)

add(
    name="oth-w16-first-day-orientation-store-hr",
    kind="other",
    frm="Rosa Delgado <rosa.delgado@brightmart.example>",
    to="Keisha Williams <keisha.w88@example.com>",
    subject="Welcome to Brightmart! Your first day - orientation",
    date=(2026, 11, 17, 13, 40, "America/Chicago"),
    body="""
Hi Keisha,

Welcome to the team! Your orientation is on Monday, November 23 from 8:00 AM to 12:30 PM in the Team Room at Store #2271. I'll be running it with Marcus, who you met at your interview.

Please bring:
- Two forms of ID for your I-9 (see the list of acceptable documents attached to your offer)
- A voided check or your bank details for direct deposit
- Closed-toe, non-slip shoes

Wear a red top and khaki or black pants - we'll give you your name badge and lanyard on the day.

See you Monday!
Rosa Delgado
Store HR Lead, Brightmart #2271
""",
    notes="New-hire orientation after the offer, run by HR and the former interviewer: not an interview → other.",
)

add(
    name="oth-w16-user-is-referee-reference-call-booking",
    kind="other",
    frm="Aisha Bello <aisha.bello@greenleafretail.example.ng>",
    to="Tunde Bakare <tunde.bakare@crestwavebank.example.ng>",
    subject="Reference request - Chinedu Okafor",
    date=(2026, 11, 17, 11, 25, "Africa/Lagos"),
    body="""
Dear Mr. Bakare,

Chinedu Okafor has applied for the role of Store Supervisor at Greenleaf Retail and has listed you as a referee from his time at Crestwave Bank.

Would you be available for a 15-minute reference call with me on Thursday at 2pm? If that does not suit, please suggest a time that works for you. Alternatively, you may complete the short reference form here: https://greenleafretail.example.ng/ref/CO-2211

Your response will be treated in confidence.

Kind regards,
Aisha Bello
HR Business Partner, Greenleaf Retail Ltd
""",
    notes="The user (a branch manager) is asked to give a reference for someone else: a call with a time, but the user is not the candidate → other.",
)

add(
    name="oth-w16-cabin-crew-roster-change-current-job",
    kind="other",
    frm="Crew Control <crewcontrol@jetnorthern.example>",
    to="Aaliyah Hussain <aaliyah.hussain@jetnorthern.example>",
    subject="ROSTER CHANGE - 21NOV - Please acknowledge in CrewLink",
    date=(2026, 11, 19, 22, 10, "Europe/London"),
    body="""
ROSTER CHANGE NOTIFICATION

Crew member: HUSSAIN A / Staff no. 40912 / MAN base

Saturday 21 November 2026
OLD: STBY (home standby) 05:00-17:00
NEW: JN482 MAN-PMI, report 05:10, off blocks 06:10
     JN483 PMI-MAN, on blocks 13:45
CSM: Paula Reyes

Pre-flight briefing in Crew Room 2 at 05:25. Please acknowledge this change in CrewLink before 03:00 UTC.

Jet Northern Crew Control - Manchester
""",
    notes="The user's current airline job: a roster change with a briefing and a named manager, not an interview → other.",
)

add(
    name="oth-w16-courier-delivery-window-driver-name",
    kind="other",
    frm="DPX Parcel <yourparcel@dpxparcel.example.co.uk>",
    to="Ewelina Mazur <ewelina.mazur@example.co.uk>",
    subject="Your DPX parcel is coming today between 10:05 and 11:05",
    date=(2026, 11, 16, 7, 2, "Europe/London"),
    fmt="alt",
    body="""
Hi Ewelina,

Good news! Your parcel from Workwear Direct (work shoes, size 5) is out for delivery today.

Your 1 hour window: 10:05 - 11:05
Your driver: Kamil

You can track Kamil on the map from 30 minutes before your slot, or change your delivery (safe place, neighbour, pickup shop) here: https://track.dpxparcel.example.co.uk/15503988213

Parcel number: 15503988213

DPX Parcel
""",
    notes="A courier's delivery window naming the driver — a time and a first name but no interview → other.",
)
