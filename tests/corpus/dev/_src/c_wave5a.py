# ruff: noqa: E501
# Wave 5, batch A: a fifth dev voice, written before any tuning on it. Candidates outside
# software (nursing, schools and universities, law, NGOs, retail, construction, pharma, banks)
# in many countries, often writing in a second language; real mail-client quirks; hard negatives
# that look like interviews (panels the user sits on, patient appointments, parent interviews).
from lib import add, ics
from mime import addr, hdr, vtz_outlook_eu, vtz_outlook_us

# ================================================================ invitations and reschedules
add(
    name="w5-inv-hospital-outlook-est-after-dst",
    kind="invitation",
    frm="Tamika Greene <tgreene@stbrendans-health.example>",
    to="Alyssa Romero <alyssa.romero.rn@example.com>",
    subject="Interview: RN Med/Surg Nights - 5 West (Req 48213)",
    date=(2026, 10, 27, 15, 42, "America/New_York"),
    ics_style="outlook",
    body="""
Hello Alyssa,

Thank you for applying to St. Brendan's Regional Medical Center. You are scheduled for an in-person interview for the Registered Nurse - Med/Surg (Nights) position on 5 West.

Date: Tuesday, November 3, 2026
Time: 10:00 AM - 11:00 AM
Location: Patient Tower, 5th floor conference room 5-112

You will meet with:
Kristen O'Malley, MSN, RN - Nurse Manager, 5 West Med-Surg
Jorge Villanueva, BSN, RN - Night Charge Nurse

Please bring a copy of your RN license and BLS card. Parking is free in Garage B, take a ticket and we will validate it.

If you have any questions please reply to this email or call me at 555-0147.

Thank you,
Tamika Greene
Talent Acquisition Coordinator
St. Brendan's Regional Medical Center
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A0C1D7F3B266DC01000000000000000010000000",
        start="2026-11-03 10:00",
        end="2026-11-03 11:00",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Greene, Tamika", "tgreene@stbrendans-health.example"),
        attendees=[
            ("Alyssa Romero", "alyssa.romero.rn@example.com"),
            ("O'Malley, Kristen", "komalley@stbrendans-health.example"),
            ("Villanueva, Jorge", "jvillanueva@stbrendans-health.example"),
        ],
        summary="Interview - Alyssa Romero - RN Med/Surg Nights",
        prodid="Microsoft Exchange Server 2010",
        location="Patient Tower 5-112",
        stamp="20261027T194200Z",
    ),
    company="St. Brendan's Regional Medical Center",
    role="Registered Nurse - Med/Surg (Nights)",
    interviewers=[
        (
            "Kristen O'Malley",
            "komalley@stbrendans-health.example",
            "Nurse Manager, 5 West Med-Surg",
        ),
        ("Jorge Villanueva", "jvillanueva@stbrendans-health.example", "Night Charge Nurse"),
    ],
    start="2026-11-03 10:00",
    end="2026-11-03 11:00",
    tz="America/New_York",
    notes="Outlook meeting request, TZID 'Eastern Standard Time'; sent in EDT, interview after the Nov 1 change so EST (-05:00). Attendees 'Surname, Given' in the ICS; credentials after the names in the body. The coordinator organizes and signs only. Req number left out of the role.",
)

add(
    name="w5-inv-uk-school-teaching-day",
    kind="invitation",
    frm="Hollins Park Academy HR <hr@hollinspark.example.sch.uk>",
    to="Benedict Amoah <ben.amoah@example.co.uk>",
    subject="Invitation to interview - Teacher of Science",
    date=(2026, 10, 5, 16, 5, "Europe/London"),
    fmt="qp",
    body="""
Dear Mr Amoah

Teacher of Science (Chemistry specialism) - MPS/UPS, from January 2027

Thank you for your application for the above post. I am pleased to invite you to interview at Hollins Park Academy on Tuesday 13th October 2026. Please arrive at main reception for 9.15am; the day will finish at approximately 1.00pm.

The day will consist of:
- a 30 minute lesson to a Year 9 group (details of the class and topic are attached)
- a short student council panel
- a formal interview with Mr David Okonkwo (Headteacher), Mrs Sarah Lindqvist (Head of Science) and Mr Peter Hale (Chair of Governors)

Please bring with you your passport or birth certificate, proof of address and your degree and QTS certificates, as we are required to check these for safeguarding purposes.

Please confirm by return whether you are able to attend.

Kind regards

Joanne Patel
School Business Manager
Hollins Park Academy
""",
    company="Hollins Park Academy",
    role="Teacher of Science",
    interviewers=[
        ("David Okonkwo", None, "Headteacher"),
        ("Sarah Lindqvist", None, "Head of Science"),
        ("Peter Hale", None, "Chair of Governors"),
    ],
    start="2026-10-13 09:15",
    end="2026-10-13 13:00",
    tz="Europe/London",
    notes="UK school interview day; honorifics Mr/Mrs in the body are dropped; student panel unnamed; the business manager only schedules. Time '9.15am' with a dot; day-first date with ordinal. BST.",
)

add(
    name="w5-inv-french-law-firm",
    kind="invitation",
    frm=addr("Sandrine Lefèvre", "s.lefevre@lenoir-dufresne.example"),
    to="Camille Moreau <camille.moreau@example.fr>",
    subject=hdr("Convocation à un entretien – Collaborateur(trice) confirmé(e) en droit social"),
    date=(2026, 10, 14, 11, 20, "Europe/Paris"),
    fmt="qp",
    body="""
Madame,

Nous faisons suite à votre candidature au poste de Collaborateur(trice) confirmé(e) en droit social et avons le plaisir de vous proposer un entretien au cabinet, 12 rue de Miromesnil, 75008 Paris.

L'entretien aura lieu le jeudi 22 octobre 2026 à 15h00, pour une durée d'environ une heure, avec Maître Claire Vasseur, associée responsable du département social, et Thomas Ribeiro, collaborateur senior.

Nous vous remercions de bien vouloir nous confirmer votre présence par retour de mail.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Sandrine Lefèvre
Assistante Ressources Humaines
Lenoir Dufresne Avocats
Tél. : 01 53 00 00 00
""",
    company="Lenoir Dufresne Avocats",
    role="Collaborateur(trice) confirmé(e) en droit social",
    interviewers=[
        ("Claire Vasseur", None, "associée responsable du département social"),
        ("Thomas Ribeiro", None, "collaborateur senior"),
    ],
    start="2026-10-22 15:00",
    end="2026-10-22 16:00",
    tz="Europe/Paris",
    notes="French, quoted-printable, RFC 2047 subject. 'Maître' is an honorific and dropped. The HR assistant only writes. 'environ une heure' gives the end. CEST (the change is Oct 25).",
)

add(
    name="w5-resched-spanish-pharma-replaced-panelist",
    kind="reschedule",
    frm=addr("Lucía Ferrer Balaguer", "lferrer@labalcantara.example"),
    to="Javier Soler <javisoler86@example.es>",
    subject="RE: Entrevista puesto Técnico/a de Garantía de Calidad",
    date=(2026, 10, 29, 9, 48, "Europe/Madrid"),
    fmt="alt",
    in_reply_to="<CAK2w5pharma01@mail.gmail.example>",
    body="""
Buenos días Javier:

Te escribo porque tenemos que cambiar la entrevista del miércoles. El Dr. Álvaro Méndez finalmente no podrá asistir, y en su lugar te entrevistará la Dra. Nuria Castell, Directora de Calidad. Marta Iglesias sigue en el panel.

La nueva cita sería el jueves 5 de noviembre a las 12:30, en el mismo sitio (planta de Alcalá de Henares, edificio B) y con la misma duración, 45 minutos.

Disculpa las molestias. ¿Me confirmas si te va bien?

Un saludo,

Lucía Ferrer Balaguer
Técnico de Selección | Laboratorios Alcántara
Tel. +34 91 000 00 00

El mar, 27 oct 2026 a las 11:02, Lucía Ferrer Balaguer (<lferrer@labalcantara.example>) escribió:
> Hola Javier,
>
> Te confirmo la entrevista para el puesto de Técnico/a de Garantía de Calidad el miércoles 4 de noviembre a las 10:00, con una duración de 45 minutos.
>
> Estarán en la entrevista:
> - Dr. Álvaro Méndez, Director Técnico
> - Marta Iglesias, Responsable de Garantía de Calidad
>
> Un saludo,
> Lucía
""",
    company="Laboratorios Alcántara",
    role="Técnico/a de Garantía de Calidad",
    interviewers=[
        ("Marta Iglesias", None, "Responsable de Garantía de Calidad"),
        ("Nuria Castell", None, "Directora de Calidad"),
    ],
    start="2026-11-05 12:30",
    end="2026-11-05 13:15",
    tz="Europe/Madrid",
    notes="Spanish Gmail reply. Dr. Álvaro Méndez is replaced and only in the quoted mail; 'Dra.' dropped from Nuria Castell. Marta's title comes from the quoted list (the current mail keeps her). 'misma duración' refers back to 45 minutes. CET.",
)

add(
    name="w5-inv-nigeria-bank-html-table",
    kind="invitation",
    frm="HCM Recruitment <recruitment@sterlingcrestbank.example.ng>",
    to="Oluwaseun Bakare <seun.bakare@example.com>",
    subject="INVITATION FOR PANEL INTERVIEW - RELATIONSHIP MANAGER, RETAIL BANKING",
    date=(2026, 10, 21, 17, 55, "Africa/Lagos"),
    fmt="html",
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} table.MsoTableGrid {border-collapse:collapse;} --></style></head>
<body lang=EN-GB link="#0563C1"><div class=WordSection1>
<p class=MsoNormal>Dear Oluwaseun,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Sequel to your successful completion of the online assessment, you are hereby invited for a panel interview for the role of <b>Relationship Manager, Retail Banking</b> as detailed below:</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Date:</b> Wednesday, 28th October, 2026</p>
<p class=MsoNormal><b>Time:</b> 10:00am prompt (the session will last about one hour)</p>
<p class=MsoNormal><b>Venue:</b> Sterling Crest Bank Head Office, 14 Adeola Odeku Street, Victoria Island, Lagos (5th Floor, Board Room B)</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The panel will comprise of:</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>S/N</b></p></td><td><p class=MsoNormal><b>NAME</b></p></td><td><p class=MsoNormal><b>DESIGNATION</b></p></td></tr>
<tr><td><p class=MsoNormal>1</p></td><td><p class=MsoNormal>Mrs. Folasade Adebayo-Johnson</p></td><td><p class=MsoNormal>Group Head, Retail Operations</p></td></tr>
<tr><td><p class=MsoNormal>2</p></td><td><p class=MsoNormal>Mr. Chukwuemeka Nwosu</p></td><td><p class=MsoNormal>Head, Compliance</p></td></tr>
<tr><td><p class=MsoNormal>3</p></td><td><p class=MsoNormal>Mr. Ibrahim Lawal</p></td><td><p class=MsoNormal>HCM Business Partner</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Kindly come along with the originals of your academic credentials, NYSC discharge certificate and a valid means of identification. Dress code is corporate.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Please acknowledge receipt of this mail.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Best regards,</p>
<p class=MsoNormal><b>Adaeze Okafor</b></p>
<p class=MsoNormal>Talent Acquisition Officer | Human Capital Management</p>
<p class=MsoNormal>Sterling Crest Bank Plc</p>
<p class=MsoNormal><i>This e-mail and any attachments are confidential and intended solely for the addressee.</i></p>
</div></body></html>
""",
    company="Sterling Crest Bank",
    role="Relationship Manager, Retail Banking",
    interviewers=[
        ("Folasade Adebayo-Johnson", None, "Group Head, Retail Operations"),
        ("Chukwuemeka Nwosu", None, "Head, Compliance"),
        ("Ibrahim Lawal", None, "HCM Business Partner"),
    ],
    start="2026-10-28 10:00",
    end="2026-10-28 11:00",
    tz="Africa/Lagos",
    notes="HTML-only Outlook mail; the panel exists only as a table with S/N, NAME, DESIGNATION and Mr./Mrs. honorifics. The talent acquisition officer who signs is not on the panel. 'about one hour' gives the end. WAT, no zone written.",
)

add(
    name="w5-inv-kenya-ngo-agency-forward",
    kind="invitation",
    frm="Wanjiru Kamau <wanjiru@tajitalent.example.co.ke>",
    to="Achieng Odhiambo <achieng.odhiambo@example.com>",
    subject="Fwd: Interview - Programme Manager, WASH",
    date=(2026, 10, 19, 10, 31, "Africa/Nairobi"),
    fmt="alt",
    body="""
Hi Achieng,

Good news, the client has shortlisted you. Please see below and kindly confirm your availability to me by tomorrow so I revert to them.

Regards,
Wanjiru

Wanjiru Kamau
Senior Consultant | Taji Talent Partners
+254 700 000 000

---------- Forwarded message ---------
From: Grace Mutua <g.mutua@majibora.example.org>
Date: Mon, 19 Oct 2026 at 09:12
Subject: Interview - Programme Manager, WASH
To: Wanjiru Kamau <wanjiru@tajitalent.example.co.ke>

Dear Wanjiru,

Thank you for the shortlist. We would like to invite your candidate Ms. Achieng Odhiambo for an interview on Thursday 29th October 2026 at 2.30pm EAT. The interview will be on Zoom and will take one hour; the link will be shared a day before.

The panel will be:
1. Dr. Otieno Ouma - Country Director
2. Samuel Kiprop - Head of Programmes
3. Grace Mutua - HR & Admin Manager

Kind regards,
Grace Mutua
HR & Admin Manager
Maji Bora Initiative, Nairobi
""",
    company="Maji Bora Initiative",
    role="Programme Manager, WASH",
    interviewers=[
        ("Otieno Ouma", None, "Country Director"),
        ("Samuel Kiprop", None, "Head of Programmes"),
        ("Grace Mutua", "g.mutua@majibora.example.org", "HR & Admin Manager"),
    ],
    start="2026-10-29 14:30",
    end="2026-10-29 15:30",
    tz="Africa/Nairobi",
    notes="An agency consultant forwards the client's invitation: the forwarded mail is the one this message is about, so its panel counts; the consultant only forwards and is not an interviewer (nor is the agency the company). 'Dr.' dropped.",
)

add(
    name="w5-inv-brazil-recruiter-phone-screen",
    kind="invitation",
    frm="Juliana Prado <juliana.prado@bancoparanoa.example.com.br>",
    to="Fernanda Lima <fernanda.lima.adm@example.com.br>",
    subject="Entrevista por telefone - Analista de Crédito Pleno",
    date=(2026, 10, 15, 16, 12, "America/Sao_Paulo"),
    fmt="b64",
    body="""
Olá, Fernanda! Tudo bem?

Aqui é a Juliana, do time de Recrutamento do Banco Paranoá. Vi seu currículo para a vaga de Analista de Crédito Pleno aqui pela Gupy e gostaria de conversar com você.

Podemos fazer uma entrevista por telefone na quarta-feira, 21/10, às 14h (horário de Brasília)? Vai durar uns 30 minutos, é um bate-papo inicial sobre sua experiência e sobre a vaga. Eu mesma te ligo no número que está no seu cadastro.

Se esse horário não der certo, me avisa que a gente remarca.

Abraços,
Juliana Prado
Analista de Recrutamento e Seleção
Banco Paranoá S.A.
""",
    company="Banco Paranoá",
    role="Analista de Crédito Pleno",
    interviewers=[
        (
            "Juliana Prado",
            "juliana.prado@bancoparanoa.example.com.br",
            "Analista de Recrutamento e Seleção",
        ),
    ],
    start="2026-10-21 14:00",
    end="2026-10-21 14:30",
    tz="America/Sao_Paulo",
    notes="Portuguese, base64 body. The recruiter runs the phone screen herself, so she is the interviewer. Day-first '21/10'; Brasília time has no DST (-03:00). Gupy is the ATS, not the company.",
)

add(
    name="w5-inv-singapore-calendly-link",
    kind="invitation",
    frm="Ng Wei Ling <weiling.ng@mountserene.example.sg>",
    to="Priya Nair <priya.nair.rn@example.com>",
    subject="Senior Staff Nurse (Operating Theatre) - preliminary call",
    date=(2026, 10, 22, 9, 3, "Asia/Singapore"),
    fmt="alt",
    body="""
Dear Priya,

Thank you for your interest in the Senior Staff Nurse (Operating Theatre) position with Mount Serene Hospital.

I would like to have a preliminary phone interview with you to understand more on your OT experience and your SNB registration status. Please help to choose a 30-minute slot that is convenient for you through my Calendly link below:

https://calendly.com/weiling-ng-msh/30min

Slots are available next week from Monday to Thursday. Do let me know if none of the timings work for you.

Thank you and have a nice day!

Best Regards,
Ng Wei Ling
Senior Talent Acquisition Partner
Mount Serene Hospital | 38 Irrawaddy Road, Singapore
""",
    company="Mount Serene Hospital",
    role="Senior Staff Nurse (Operating Theatre)",
    interviewers=[
        ("Ng Wei Ling", "weiling.ng@mountserene.example.sg", "Senior Talent Acquisition Partner"),
    ],
    notes="A self-scheduling link for a phone interview the recruiter runs herself: invitation, interviewer the recruiter, no start yet. Family name first ('Ng Wei Ling') kept as written.",
)

add(
    name="w5-inv-mexico-retail-store-manager",
    kind="invitation",
    frm="Reclutamiento Tiendas del Norte <reclutamiento@tiendasdelnorte.example.mx>",
    to="Daniela Ruiz <daniela.ruiz.g@example.com>",
    subject=hdr("Invitación a entrevista - Gerente de Tienda (Monterrey)"),
    date=(2026, 10, 20, 13, 40, "America/Monterrey"),
    fmt="alt",
    body="""
Estimada Daniela:

Por medio del presente te informamos que tu perfil fue seleccionado para continuar en el proceso de la vacante de Gerente de Tienda para nuestra sucursal Cumbres, Monterrey.

Te esperamos el lunes 26 de octubre a las 11:00 hrs en nuestras oficinas corporativas (Av. Constitución 1500, piso 3, Col. Centro). La entrevista tiene una duración aproximada de hora y media.

Te entrevistarán:
Lic. Mariana Sánchez Ortega - Gerente Regional de Operaciones
Ing. Roberto Garza Treviño - Gerente de Recursos Humanos

Favor de traer identificación oficial y CV impreso. Si tienes alguna duda, comunícate con nosotros al 81 0000 0000 ext. 204.

Saludos cordiales,

Atracción de Talento
Tiendas del Norte S.A. de C.V.
""",
    company="Tiendas del Norte",
    role="Gerente de Tienda",
    interviewers=[
        ("Mariana Sánchez Ortega", None, "Gerente Regional de Operaciones"),
        ("Roberto Garza Treviño", None, "Gerente de Recursos Humanos"),
    ],
    start="2026-10-26 11:00",
    end="2026-10-26 12:30",
    tz="America/Monterrey",
    notes="Mexican Spanish; 'Lic.' and 'Ing.' are professional honorifics and dropped; two surnames kept. Monterrey has no DST since 2022 (-06:00). 'hora y media' gives the end.",
)

add(
    name="w5-inv-greenhouse-pharma-dr-chair",
    kind="invitation",
    frm="Halvorsen Therapeutics Recruiting <no-reply@us.greenhouse-mail.io>",
    to="Kwame Mensah <kwame.mensah.phd@example.com>",
    reply_to="Allison Brooks <abrooks@halvorsentx.example>",
    subject="Your interview with Halvorsen Therapeutics - Senior Scientist, Upstream Process Development",
    date=(2026, 11, 4, 14, 10, "America/New_York"),
    fmt="alt",
    body="""
Hi Kwame,

Thank you for scheduling time to interview with Halvorsen Therapeutics for the Senior Scientist, Upstream Process Development role. Your virtual panel is confirmed. Here are the details:

Thursday, November 12, 2026
Eastern Time (US & Canada)

9:00 AM - 9:45 AM   Dr. Priya Raman, Director, Bioprocess Development (panel chair)
9:45 AM - 10:30 AM  Michael Chen, Principal Scientist, Cell Culture
10:30 AM - 11:15 AM Laura Bianchi, Associate Director, MSAT

Microsoft Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_HTX

Please prepare a 20-minute presentation on a scale-up project you have led; Dr. Raman will ask you to start with it.

If you need to reschedule, reply to this email and I'll be happy to help.

Best,
Allison Brooks
Recruiting Coordinator, Halvorsen Therapeutics
""",
    company="Halvorsen Therapeutics",
    role="Senior Scientist, Upstream Process Development",
    interviewers=[
        ("Priya Raman", None, "Director, Bioprocess Development"),
        ("Michael Chen", None, "Principal Scientist, Cell Culture"),
        ("Laura Bianchi", None, "Associate Director, MSAT"),
    ],
    start="2026-11-12 09:00",
    end="2026-11-12 11:15",
    tz="America/New_York",
    notes="Greenhouse schedule (Date header in UTC); back-to-back slots give start of the first and end of the last. The chair is a 'Dr.', dropped. The coordinator is only in Reply-To and the signature. EST.",
)

# ================================================================ other outcomes
add(
    name="w5-cancel-poland-construction-outlook",
    kind="cancellation",
    frm=addr("Katarzyna Wiśniewska", "k.wisniewska@budmarpol.example.pl"),
    to="Tomasz Zielinski <t.zielinski.eng@example.com>",
    subject="Canceled: Interview - Site Engineer (Bridges) / Tomasz Zielinski",
    date=(2026, 11, 5, 8, 14, "Europe/Warsaw"),
    ics_style="outlook",
    ics_method="CANCEL",
    body="""
Dear Mr Tomasz,

Unfortunately we must cancel the interview planned for Monday 9th November at 11:00. Our Site Director Mr Andrzej Nowak is on sick leave since yesterday and the other members of commission cannot make decision without him.

We will come back to you with the new term as soon as possible, probably in second half of November. I am very sorry for this situation.

Best regards / Z poważaniem
Katarzyna Wiśniewska
HR Specialist
Budmar-Pol S.A.
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000090B1F6A2D066DC01000000000000000010000000",
        start="2026-11-09 11:00",
        end="2026-11-09 12:30",
        tz="Europe/Warsaw",
        tzid="Central European Standard Time",
        vtz=vtz_outlook_eu("Central European Standard Time", 1, 2),
        organizer=("Wiśniewska, Katarzyna", "k.wisniewska@budmarpol.example.pl"),
        attendees=[
            ("Tomasz Zielinski", "t.zielinski.eng@example.com"),
            ("Nowak, Andrzej", "a.nowak@budmarpol.example.pl"),
            ("Dąbrowski, Piotr", "p.dabrowski@budmarpol.example.pl"),
        ],
        summary="Canceled: Interview - Site Engineer (Bridges) / Tomasz Zielinski",
        method="CANCEL",
        seq=1,
        status="CANCELLED",
        prodid="Microsoft Exchange Server 2010",
        stamp="20261105T071400Z",
    ),
    company="Budmar-Pol",
    role="Site Engineer (Bridges)",
    interviewers=[
        ("Andrzej Nowak", "a.nowak@budmarpol.example.pl", "Site Director"),
        ("Piotr Dąbrowski", "p.dabrowski@budmarpol.example.pl", None),
    ],
    start="2026-11-09 11:00",
    end="2026-11-09 12:30",
    tz="Europe/Warsaw",
    notes="Outlook CANCEL with 'Central European Standard Time'; attendees written 'Surname, Given' by the Outlook directory, label in natural order. The HR specialist organizes only. The cancelled interview's time and panel are kept. Polish-English ('new term' = new date).",
)

add(
    name="w5-rej-dutch-university-committee",
    kind="rejection",
    frm="Marieke de Vries <m.devries@rijnland-uni.example.nl>",
    to="Sophie Laurent <sophie.laurent@example.be>",
    subject="Your application Assistant Professor in Public Administration (vacancy 26.114)",
    date=(2026, 10, 16, 14, 2, "Europe/Amsterdam"),
    body="""
Dear Ms Laurent,

First of all thank you again for coming to Leiden-Noord for the interview with the selection committee on 8 October and for your nice trial lecture.

The committee has had a difficult choice between several strong candidates. I regret to inform you that after careful consideration the committee has decided to continue the procedure with another candidate, whose profile fits slightly better to the teaching needs of the department at this moment.

If you would like to receive feedback on your interview, prof. dr. Hendriks, the chair of the committee, is happy to call you. You can let me know.

We wish you all the best in your career.

With kind regards,

Marieke de Vries
HR advisor, Faculty of Governance and Global Affairs
Rijnland University
""",
    company="Rijnland University",
    role="Assistant Professor in Public Administration",
    notes="Dutch writer's English rejection after the interview; vacancy number out of the role. The committee chair offering feedback is not an interviewer of any coming interview.",
)

add(
    name="w5-offer-philippines-icu-nurse",
    kind="offer",
    frm="HR Department <hrd@sanlorenzomedical.example.ph>",
    to="Maria Joy Dizon <mjdizon.rn@example.com>",
    subject="Job Offer - Staff Nurse (ICU)",
    date=(2026, 10, 30, 15, 25, "Asia/Manila"),
    fmt="alt",
    body="""
Dear Ms. Dizon,

Good day!

We are pleased to inform you that you have passed the final interview and we are offering you the position of Staff Nurse (ICU) at San Lorenzo Medical Center, with the following terms:

Employment status: Probationary (6 months)
Basic monthly salary: PHP 38,500.00
Shift: Rotating, 8 hours
Start date: December 1, 2026, subject to completion of pre-employment requirements

Please signify your acceptance by replying to this email on or before November 6, 2026. Kindly also prepare your PRC license, NBI clearance and medical results for the onboarding.

Congratulations and welcome to the San Lorenzo family!

Respectfully yours,

Rowena C. Santiago
HR Manager
San Lorenzo Medical Center
""",
    company="San Lorenzo Medical Center",
    role="Staff Nurse (ICU)",
    notes="Offer; 'on or before November 6' is the candidate's deadline, not a decision date.",
)

add(
    name="w5-next-south-africa-bank-end-next-week",
    kind="next_steps",
    frm="Thandiwe Mokoena <thandiwe.mokoena@ubuntufinancial.example.co.za>",
    to="Sipho Dlamini <sipho.dlamini@example.co.za>",
    subject="RE: Panel interview - Credit Risk Analyst",
    date=(2026, 10, 29, 12, 8, "Africa/Johannesburg"),
    in_reply_to="<SA1PR08MB7734B@ubuntufinancial.example.co.za>",
    body="""
Hi Sipho

Thank you for your mail and for making time to attend the panel interview on Tuesday, the panel enjoyed the conversation.

We are still busy with the last two candidates this week. The panel will meet on Wednesday next week to finalise, and we aim to give feedback to all candidates by end of next week.

I will be in touch.

Kind regards
Thandiwe

Thandiwe Mokoena | Talent Acquisition Specialist
Ubuntu Financial Services | Sandton

-----Original Message-----
From: Sipho Dlamini <sipho.dlamini@example.co.za>
Sent: Wednesday, October 28, 2026 8:15 PM
To: Thandiwe Mokoena <thandiwe.mokoena@ubuntufinancial.example.co.za>
Subject: Panel interview - Credit Risk Analyst

Dear Thandiwe

Thank you for arranging the interview yesterday with Mr Naidoo and Ms Botha. Please pass on my thanks to them, I enjoyed learning more about the Credit Risk Analyst role.

Kind regards
Sipho
""",
    company="Ubuntu Financial Services",
    role="Credit Risk Analyst",
    decision_by="2026-11-06",
    notes="Status after the interview, decision 'by end of next week' from Thu 29 Oct = Fri 6 Nov. The names in the quoted candidate mail are a past interview, not interviewers here.",
)

add(
    name="w5-info-nhs-trac-references",
    kind="info_request",
    frm="NHS Jobs <noreply@trac.example.nhs.uk>",
    to="Grace Eze <grace.eze@example.co.uk>",
    reply_to="recruitment@northmere-tr.example.nhs.uk",
    subject="Action required: references and ID documents - Band 7 Ward Manager",
    date=(2026, 10, 20, 11, 35, "Europe/London"),
    fmt="alt",
    body="""
Dear Grace Eze

Application reference: 318-7724-GE
Post: Band 7 Ward Manager - Acute Medical Unit
Organisation: Northmere Hospitals NHS Foundation Trust

Thank you for attending interview. Before the panel can make their final decision the recruiting manager has asked us to obtain two references, one of which must be from your current or most recent line manager.

Please log in to your applicant account and complete the following by 27/10/2026:
- add the contact details of two referees covering the last three years
- upload proof of your right to work in the UK and your NMC PIN

Please note we are unable to progress your application until this information is received.

Kind regards
Recruitment Team
Northmere Hospitals NHS Foundation Trust

This is an automated message, please do not reply directly.
""",
    company="Northmere Hospitals NHS Foundation Trust",
    role="Band 7 Ward Manager - Acute Medical Unit",
    notes="Trac-style automated request for referees and documents; 27/10/2026 is the candidate's deadline, so no decision date.",
)

add(
    name="w5-ack-japan-pharma-iso2022jp",
    kind="application_ack",
    frm=f"{hdr('三和製薬 採用事務局', 'iso-2022-jp', encoding='b')} <saiyo@sanwa-pharma.example.jp>",
    to="Kenji Watanabe <k.watanabe.cra@example.jp>",
    subject=hdr(
        "【三和製薬】ご応募ありがとうございます（臨床開発モニター）", "iso-2022-jp", encoding="b"
    ),
    date=(2026, 10, 20, 10, 0, "Asia/Tokyo"),
    charset="iso-2022-jp",
    body="""
渡辺 健二 様

この度は、三和製薬株式会社の中途採用「臨床開発モニター（CRA）」にご応募いただき、誠にありがとうございます。

ご提出いただいた応募書類を確認のうえ、書類選考の結果を2週間以内にメールにてご連絡いたします。
選考状況に関するお問い合わせには個別にお答えできかねますので、あらかじめご了承ください。

今後ともどうぞよろしくお願いいたします。

三和製薬株式会社
人事部 採用事務局
saiyo@sanwa-pharma.example.jp
""",
    company="三和製薬",
    role="臨床開発モニター（CRA）",
    decision_by="2026-11-03",
    notes="Japanese ISO-2022-JP acknowledgement; the screening result is promised 'within 2 weeks' of 20 Oct, so 3 Nov.",
)

# ================================================================ hard negatives (other)
add(
    name="w5-other-user-sits-on-nurse-panel",
    kind="other",
    frm="Nursing Service Office <nso@sanjuanmedical.example.ph>",
    to="Joy Villareal <jvillareal@sanjuanmedical.example.ph>",
    cc="Carmela Reyes <creyes@sanjuanmedical.example.ph>",
    subject="Panel interview for Staff Nurse applicants - Nov 6",
    date=(2026, 10, 30, 8, 47, "Asia/Manila"),
    body="""
Good day Ma'am Joy,

Please be informed that you are included in the panel of interviewers for the Staff Nurse applicants (Medical Ward) on Friday, November 6, 2026, 1:00 PM to 5:00 PM at the Conference Room, 3rd floor, Annex Building.

Panel members:
1. Carmela Reyes, RN, MAN - Chief Nurse
2. Joy Villareal, RN - Head Nurse, Medical Ward
3. Dennis Bautista - HR Officer

Attached are the list of 8 applicants and the rating sheet. Kindly review the CVs before the interview and bring the signed rating sheets to the NSO after.

Thank you po.

Nursing Service Office
San Juan Medical Center
""",
    notes="The user (Joy Villareal, head nurse) is on the panel interviewing applicants at her current job: a work meeting, not her interview.",
)

add(
    name="w5-other-nhs-outpatient-appointment",
    kind="other",
    frm="Westbury Hospitals Patient Portal <noreply@patients.westbury.example.nhs.uk>",
    to="Grace Eze <grace.eze@example.co.uk>",
    subject="Your appointment on Tuesday 10 November 2026",
    date=(2026, 10, 23, 7, 30, "Europe/London"),
    fmt="html",
    body="""
Dear Grace Eze,

You have an appointment:

Tuesday 10 November 2026 at 2:20pm
Dermatology Outpatients, Clinic 4, Westbury General Hospital
With: Dr Helen Marsh, Consultant Dermatologist

Please arrive 10 minutes early and bring a list of your current medicines.

Can't make it? Reschedule or cancel your appointment online so we can offer it to another patient.

Westbury Hospitals NHS Trust
""",
    notes="A patient appointment letter with a doctor, a date and a reschedule link: personal, not hiring.",
)

add(
    name="w5-other-parent-interviews-school",
    kind="other",
    frm="Greenvale Primary School <office@greenvaleprimary.example.co.za>",
    to="Naledi Khumalo <naledi.khumalo@example.co.za>",
    subject="Grade 5 Parent Interviews - Thursday 22 October",
    date=(2026, 10, 12, 13, 15, "Africa/Johannesburg"),
    fmt="alt",
    body="""
Dear Parents / Guardians

Grade 5 parent interviews for Term 4 will take place on Thursday 22 October from 14:30 to 18:00 in the classrooms.

Please book a 10-minute interview slot with your child's class teacher (5A Mrs L. van der Merwe, 5B Mr T. Pillay, 5C Ms N. Mahlangu) on the d6 Connect app before Monday 19 October. Reports will be available at the interview.

Kind regards
Mrs R. Jacobs
Grade 5 Head
Greenvale Primary School
""",
    notes="A school's parent-interview evening: 'interview', times and teachers' names, but the user is the parent.",
)

add(
    name="w5-other-polish-press-interview",
    kind="other",
    frm=addr("Michał Kowalczyk", "m.kowalczyk@gazetabudowlana.example.pl"),
    to="Tomasz Zielinski <t.zielinski.eng@example.com>",
    subject=hdr("Prośba o wywiad – nowy most na Odrze w Opolu"),
    date=(2026, 10, 8, 14, 50, "Europe/Warsaw"),
    fmt="qp",
    body="""
Dzień dobry Panie Tomaszu,

nazywam się Michał Kowalczyk i jestem dziennikarzem „Gazety Budowlanej”. Przygotowujemy materiał o budowie nowego mostu na Odrze w Opolu i chcielibyśmy porozmawiać z Panem jako inżynierem budowy.

Czy znalazłby Pan czas na krótki wywiad (ok. 30 minut) w przyszłym tygodniu, np. we wtorek 13 października o 10:00, telefonicznie lub na budowie? Tekst przed publikacją prześlemy do autoryzacji.

Z poważaniem
Michał Kowalczyk
Dziennikarz, Gazeta Budowlana
tel. 600 000 000
""",
    notes="A journalist asks the engineer for a press interview (wywiad) with a proposed time: not hiring.",
)

add(
    name="w5-other-mexico-interview-survey",
    kind="other",
    frm="Grupo Altamira Talento <encuestas@altamira-talento.example.mx>",
    to="Daniela Ruiz <daniela.ruiz.g@example.com>",
    subject=hdr("¿Cómo fue tu experiencia de entrevista con Grupo Altamira?"),
    date=(2026, 10, 28, 18, 5, "America/Mexico_City"),
    fmt="html64",
    body="""
Hola Daniela,

Recientemente participaste en una entrevista para la vacante de Subgerente de Piso de Venta. Queremos saber cómo fue tu experiencia con nuestro proceso de selección.

La encuesta toma menos de 3 minutos y es anónima:
¿Qué tan probable es que recomiendes a Grupo Altamira como empleador? (0 a 10)

Responder encuesta: https://encuestas.altamira-talento.example.mx/s/9XK2

Tu opinión nos ayuda a mejorar. Esta encuesta no influye en el resultado de tu proceso.

Equipo de Atracción de Talento
Grupo Altamira
""",
    notes="A candidate-experience survey about a past interview: other (no interview, no decision).",
)

add(
    name="w5-other-scam-oil-company-nigeria",
    kind="other",
    frm="Delta Petroleum Recruitment <deltapetroleum.hrdept2026@gmail.example.com>",
    to="Oluwaseun Bakare <seun.bakare@example.com>",
    subject="DELTA PETROLEUM DEVELOPMENT COMPANY 2026 RECRUITMENT: INTERVIEW INVITATION",
    date=(2026, 10, 24, 3, 12, "Africa/Lagos"),
    body="""
Attn: Applicant,

CONGRATULATIONS!!! Following your online application you have been SHORTLISTED for Oral Interview and Aptitude Test for the position of ACCOUNTS OFFICER in Delta Petroleum Development Company (DPDC) 2026 Graduate Recruitment Exercise.

Venue: Eko Hotel & Suites, Victoria Island, Lagos
Date: Monday 2nd November, 2026
Time: 9:00am

You are required to pay a non-refundable sum of N45,000 (Forty Five Thousand Naira) for accreditation, hotel accommodation and interview materials into the account of our accredited consultant below on or before 30th October:

Bank: First Capital Bank
Account Name: Abiodun Global Ventures
Account No: 0123456789

Send evidence of payment to this email with your full name. Failure to pay will lead to automatic disqualification.

Signed,
Mr. Emmanuel Okoro
Head, Recruitment Panel
DPDC Human Resources
""",
    notes="Recruitment scam in an oil company's name: a free-mail sender demanding an accreditation fee. Interview words, a date and a 'panel head', but other.",
)

add(
    name="w5-other-nursing-webinar-ics",
    kind="other",
    frm="Careers at Lakeshore Health <careers@lakeshorehealth.example.org>",
    to="Alyssa Romero <alyssa.romero.rn@example.com>",
    subject="You're registered: Virtual Nursing Open House - New Grad Residency",
    date=(2026, 10, 26, 12, 0, "America/Chicago"),
    ics_style="attach",
    fmt="alt",
    body="""
Hi Alyssa,

Thanks for registering for our Virtual Nursing Open House! Add the attached invite to your calendar.

Thursday, November 5, 2026, 6:00 - 7:00 PM CT

Hear from our Chief Nursing Officer, Dr. Renee Caldwell, and nurse residents from our ICU and ED about the 12-month New Grad Residency program. There will be a live Q&A at the end.

Join link: https://lakeshorehealth.example.org/openhouse

See you there!
Lakeshore Health Nurse Recruitment
""",
    ics=ics(
        uid="openhouse-20261105@lakeshorehealth.example.org",
        start="2026-11-05 18:00",
        end="2026-11-05 19:00",
        tz="America/Chicago",
        organizer=("Lakeshore Health Nurse Recruitment", "careers@lakeshorehealth.example.org"),
        attendees=[("Alyssa Romero", "alyssa.romero.rn@example.com")],
        summary="Virtual Nursing Open House - New Grad Residency",
        prodid="-//ON24//Webcast Calendar//EN",
        stamp="20261026T170000Z",
    ),
    notes="A recruitment webinar with an ICS REQUEST and a CNO speaking: a marketing event, not an interview.",
)

add(
    name="w5-other-reference-request-colleague",
    kind="other",
    frm="Recruitment Team <references@univ-eastfield.example.ac.uk>",
    to="Dr Hannah Okeke <h.okeke@example.ac.uk>",
    subject="Reference request: Dr Oliver Brandt - Lecturer in Civil Engineering",
    date=(2026, 11, 2, 10, 22, "Europe/London"),
    fmt="alt",
    body="""
Dear Dr Okeke

Dr Oliver Brandt has applied for the post of Lecturer in Civil Engineering at the University of Eastfield and has given your name as a referee. He has been shortlisted and will be interviewed on 19 November 2026.

We would be grateful if you could provide a reference using the secure link below by 16 November 2026. Please comment on his teaching, research and collegiality.

https://jobs.univ-eastfield.example.ac.uk/ref/77410

Your reference will be treated in confidence.

Yours sincerely

Recruitment Team
University of Eastfield
""",
    notes="The user is asked for a reference about someone else's interview: other.",
)

add(
    name="w5-other-jobstreet-alert-digest",
    kind="other",
    frm="JobStreet <noreply@jobalerts.jobstreet.example.ph>",
    to="Maria Joy Dizon <mjdizon.rn@example.com>",
    subject="12 new Staff Nurse jobs in Metro Manila",
    date=(2026, 10, 19, 6, 0, "Asia/Manila"),
    fmt="alt",
    body="""
Hi Maria Joy, here are new jobs that match your saved search "staff nurse".

Staff Nurse - Emergency Room
Makati Heart Institute - Makati City
PHP 35,000 - 40,000 per month
Posted 1 day ago - Quick apply

ICU Staff Nurse (with Interview Today!)
Quezon Medical Partners - Quezon City
Walk-in interview Mon-Fri 8AM-3PM
Posted 2 days ago

Company Nurse
Pacific Logistics Corp. - Pasig City
Posted 3 days ago

See all 12 jobs: https://ph.jobstreet.example.ph/staff-nurse-jobs/in-Metro-Manila

You are receiving this email because you created a job alert. Unsubscribe or manage alerts in your account settings.
""",
    notes="Job-alert digest with 'walk-in interview' in a listing: other.",
)
