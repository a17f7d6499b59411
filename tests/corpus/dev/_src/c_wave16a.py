# ruff: noqa: E501
# Wave 16, batch A: high-volume and frontline hiring (retail, call centres, warehouses, delivery,
# cabin crew, bank branches, hotels) — chatbot schedulers, one-way video beside live interviews,
# group days, walk-in drives, two-line notes from store managers, agency consultants — and the
# frontline mail that looks like it (shift reminders, training, vendors, job-fair flyers).
from lib import add, ics, vtz_fixed

# ================================================================ invitations and reschedules
add(
    name="inv-w16-paradox-olivia-store-team-lead-houston",
    kind="invitation",
    frm="Olivia from Brightmart <olivia@brightmart.paradox.example>",
    to="Keisha Williams <keisha.w88@example.com>",
    subject="Your interview at Brightmart Store #2271 is confirmed",
    date=(2026, 11, 9, 19, 42, "America/Chicago"),
    fmt="alt",
    body="""
Hi Keisha! 👋

It's Olivia, the Brightmart virtual assistant. You're all set! Here are the details of your interview:

Position: Seasonal Sales Floor Associate
Date: Thursday, November 12, 2026
Time: 3:30 PM - 4:00 PM CST
Location: Brightmart Store #2271, 8800 Westheimer Rd, Houston, TX 77063
Interviewer: Marcus Bell, Store Team Lead

Please check in at the Guest Services desk and ask for Marcus. Bring a photo ID.

Need to change your time? Just reply RESCHEDULE or text us at (832) 555-0190.

See you soon!
Olivia
Brightmart Talent Acquisition

You're receiving this email because you applied for a job at Brightmart. Msg & data rates may apply. Reply STOP to opt out of text messages.
""",
    company="Brightmart",
    role="Seasonal Sales Floor Associate",
    interviewers=[("Marcus Bell", None, "Store Team Lead")],
    start="2026-11-12 15:30",
    end="2026-11-12 16:00",
    tz="America/Chicago",
    notes="Paradox-style chatbot confirmation; the bot 'Olivia' is not a person who interviews. Interviewer line gives name and title. CST after Nov 1.",
)

add(
    name="inv-w16-hirevue-one-way-cabin-crew-next-to-live-later",
    kind="invitation",
    frm="Skyvale Airways Careers <careers-noreply@skyvale.example>",
    to="Niamh Keating <niamhkeating@example.ie>",
    subject="Next step: your Skyvale Cabin Crew video interview",
    date=(2026, 10, 14, 11, 5, "Europe/London"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center"><tr><td>
<h2 style="color:#0b3d91">You're through to the video interview stage</h2>
<p>Dear Niamh,</p>
<p>Thank you for applying to join us as <b>Cabin Crew &ndash; London Gatwick Base</b>. We were impressed by your application and would like you to complete a short on-demand video interview through HireVue.</p>
<p>There is no interviewer on the call: you will see each question on screen and record your answer. It takes about 20 minutes and you can do it any time before <b>23:59 on Wednesday 21 October</b>.</p>
<p style="text-align:center"><a href="https://app.hirevue.example/skyvale/ccg-2026-118" style="background:#0b3d91;color:#fff;padding:12px 24px;text-decoration:none">Start my video interview</a></p>
<p>If you are successful, we will invite you to an Assessment Day at our Crawley training centre, where you will meet our Cabin Crew Managers.</p>
<p>Good luck!<br>Hannah Pryce<br>Cabin Crew Recruitment Team, Skyvale Airways</p>
<p style="font-size:11px;color:#888">Skyvale Airways Ltd, Registered in England. Please do not reply to this email.</p>
</td></tr></table></body></html>
""",
    company="Skyvale Airways",
    role="Cabin Crew",
    interviewers=[],
    notes="One-way HireVue video: an invitation with no interviewer and no time (the 21 October date is a candidate deadline). The signatory is recruitment team, not an interviewer. HTML-only.",
)

add(
    name="inv-w16-assessment-day-cabin-crew-named-assessors-manchester",
    kind="invitation",
    frm="Jet Northern Recruitment <crewrecruitment@jetnorthern.example>",
    to="Aaliyah Hussain <aaliyah.hussain@example.co.uk>",
    subject="Invitation to Assessment Day - Cabin Crew (Manchester)",
    date=(2026, 11, 2, 16, 20, "Europe/London"),
    body="""
Dear Aaliyah,

Congratulations! Following your video interview, we would like to invite you to our Cabin Crew Assessment Day.

Date: Tuesday 17th November 2026
Time: 08:30 - 15:30 (please arrive by 08:15; late arrivals cannot be admitted)
Venue: Jet Northern Training Centre, Building 3, Ringway Road, Manchester Airport, M90 3NZ

The day includes a group exercise, a reach test, a short written English test and a final one-to-one interview. Your assessors on the day will be Kelly Briggs (Base Manager, Manchester) and Tom Ashworth (Cabin Service Manager).

What to bring:
- Passport (original), plus proof of address dated within 3 months
- A printed copy of this email
- Business dress, please; no visible tattoos

Parking is not available on site. The 43 bus stops outside the building.

Please confirm your attendance by replying YES by Friday 6th November.

Kind regards,

Jet Northern Cabin Crew Recruitment
""",
    company="Jet Northern",
    role="Cabin Crew",
    interviewers=[
        ("Kelly Briggs", None, "Base Manager, Manchester"),
        ("Tom Ashworth", None, "Cabin Service Manager"),
    ],
    start="2026-11-17 08:30",
    end="2026-11-17 15:30",
    tz="Europe/London",
    notes="Assessment day with named assessors (they interview). The 08:15 arrival and the 6 Nov confirm-by are not the start and not a decision date. Day-first ordinals, GMT.",
)

add(
    name="inv-w16-walk-in-bpo-manila-ops-manager-final",
    kind="invitation",
    frm="TeleNexus Recruitment <recruitment.ortigas@telenexus.example.ph>",
    to="jericho.dmanalo@example.com",
    subject="INVITATION: Final Interview - Customer Service Representative (Non-Voice/Voice)",
    date=(2026, 11, 18, 14, 3, "Asia/Manila"),
    body="""
Good day Jericho!

Congratulations on passing the initial interview and Versant assessment for CUSTOMER SERVICE REPRESENTATIVE (US Healthcare Account).

You are invited for your FINAL INTERVIEW with our Operations Manager, Ms. Joy Manalastas.

Schedule: November 20, 2026 (Friday), 10:00 AM
Venue: TeleNexus Ortigas Hub, 12/F Emerald Corporate Center, F. Ortigas Jr. Road, Ortigas Center, Pasig City
Attire: Business casual (no slippers, no shorts)

Please bring the following:
* 2 valid government IDs
* Updated resume
* Ballpen

Kindly reply "CONFIRMED" to this email or text our recruitment hotline at 0917 555 0123.

Thank you and see you!

Rhea Bautista
Recruitment Associate | TeleNexus Philippines
""",
    company="TeleNexus",
    role="CUSTOMER SERVICE REPRESENTATIVE",
    interviewers=[("Joy Manalastas", None, "Operations Manager")],
    start="2026-11-20 10:00",
    end=None,
    tz="Asia/Manila",
    notes="Philippine BPO final interview; 'Ms.' dropped; title from 'our Operations Manager, Ms. Joy Manalastas'. The recruitment associate only schedules. No duration → end null. Role as written (upper case) without the account in brackets.",
)

add(
    name="inv-w16-fountain-sms-forward-warehouse-first-name",
    kind="invitation",
    frm="Darnell Price <darnellprice22@example.com>",
    to="Darnell Price <darnellprice22@example.com>",
    subject="Fwd: text from Ridgeway Logistics",
    date=(2026, 11, 3, 21, 17, "America/New_York"),
    body="""
saving this so i dont lose it

Sent from my iPhone

Begin forwarded message:

> From: 55012
> Date: November 3, 2026 at 8:58:41 PM EST
> Subject: Ridgeway Logistics
>
> Ridgeway Logistics: Hi Darnell, your interview for Warehouse Associate - Nights is booked for Fri 11/6 at 9:00 AM at the Allentown DC (7450 Industrial Blvd). You'll meet with Luis at the security gate. Bring ID. Reply C to confirm or R to reschedule. Powered by Fountain
""",
    company="Ridgeway Logistics",
    role="Warehouse Associate - Nights",
    interviewers=[("Luis", None, None)],
    start="2026-11-06 09:00",
    end=None,
    tz="America/New_York",
    notes="An SMS the user forwarded to himself from his phone: the forward is his own, the quoted SMS is the interview. 'meet with Luis' names only a first name, so the label is 'Luis'. Time with no zone → sender's zone (Eastern).",
)

add(
    name="res-w16-fountain-delivery-driver-moved-hub-lead",
    kind="reschedule",
    frm="Swiftlane Delivery Hiring <no-reply@swiftlane.fountain.example>",
    to="Oscar Medina <oscar.medina.rz@example.com>",
    subject="Your interview has been rescheduled - Delivery Driver (Van), Fresno Hub",
    date=(2026, 11, 16, 8, 12, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Oscar,

Your interview has been rescheduled.

OLD TIME: Tuesday, Nov 17, 2026 at 1:00 PM PST (cancelled)
NEW TIME: Wednesday, Nov 18, 2026 at 10:30 AM - 11:00 AM PST

Role: Delivery Driver (Van)
Location: Swiftlane Fresno Hub, 2950 S Cherry Ave, Fresno, CA 93706
Who you'll meet: Priya Nair, Hub Operations Lead

Please bring your driver's license and arrive 10 minutes early. Closed-toe shoes are required on the dock.

Can't make it? Pick another time here: https://swiftlane.fountain.example/s/oscar-m-7741

Thanks,
Swiftlane Hiring Team
""",
    company="Swiftlane",
    role="Delivery Driver (Van)",
    interviewers=[("Priya Nair", None, "Hub Operations Lead")],
    start="2026-11-18 10:30",
    end="2026-11-18 11:00",
    tz="America/Los_Angeles",
    notes="Fountain-style reschedule: old time shown as cancelled, new time is the label. 'Who you'll meet' names the interviewer.",
)

add(
    name="inv-w16-lagos-branch-manager-two-lines-tomorrow",
    kind="invitation",
    frm="Tunde Bakare <tunde.bakare@crestwavebank.example.ng>",
    to="Chinedu Okafor <chinedu.okafor@example.com>",
    subject="Interview - Customer Service Officer",
    date=(2026, 11, 10, 16, 48, "Africa/Lagos"),
    body="""
Dear Chinedu,

Please come for an interview tomorrow by 10am at our Allen Avenue branch, Ikeja, with me and our Customer Service Manager, Mrs Funke Adeyemi. Come with your original credentials and NYSC discharge certificate.

Regards,
Tunde Bakare
Branch Manager, Allen Avenue
Crestwave Bank Plc
Sent from Yahoo Mail on Android
""",
    company="Crestwave Bank",
    role="Customer Service Officer",
    interviewers=[
        ("Tunde Bakare", "tunde.bakare@crestwavebank.example.ng", "Branch Manager, Allen Avenue"),
        ("Funke Adeyemi", None, "Customer Service Manager"),
    ],
    start="2026-11-11 10:00",
    end=None,
    tz="Africa/Lagos",
    notes="Two-line note from a branch manager: 'with me and our Customer Service Manager, Mrs Funke Adeyemi' → both interview; 'Mrs' dropped. 'tomorrow by 10am' against Date (Tue 10 Nov) → Wed 11 Nov, WAT.",
)

add(
    name="inv-w16-uk-agency-consultant-shift-manager-dayfirst",
    kind="invitation",
    frm="Gemma Holloway <gemma.holloway@primestaff.example.co.uk>",
    to="Piotr Wiśniewski <piotr.wisniewski@example.com>",
    subject="Interview confirmed - Forklift Driver (Counterbalance) - Kettering",
    date=(2026, 11, 23, 10, 2, "Europe/London"),
    fmt="qp",
    body="""
Hi Piotr,

Great news - the client has come back and would like to meet you!

Client: Harlow & Finch Distribution (Kettering NDC)
Role: Forklift Driver (Counterbalance) - Days, £13.40/hr, temp to perm
Interview: Tues 1st Dec at 11:00, approx 45 mins incl. a short practical on the truck
Address: Unit 4, Rockingham Road Ind. Est., Kettering NN16 9JH - report to Gatehouse 2

You'll be seeing Craig Denton, the Day Shift Manager, and one of their FLT instructors will do the practical (they haven't said who yet).

Bring your counterbalance licence, your passport or BRP and hi-vis + safety boots.

Any problems just give me a ring on 01536 555 201. Good luck - I've got a good feeling about this one!

Gemma Holloway
Recruitment Consultant - Industrial
Prime Staff Solutions | Kettering Branch
""",
    company="Harlow & Finch Distribution",
    role="Forklift Driver (Counterbalance)",
    interviewers=[("Craig Denton", None, "Day Shift Manager")],
    start="2026-12-01 11:00",
    end="2026-12-01 11:45",
    tz="Europe/London",
    notes="Agency consultant relays a client interview: company is the client, not the agency; the consultant does not interview. The unnamed FLT instructor cannot be labelled. 'approx 45 mins' gives the end. Day-first date, GMT.",
)

add(
    name="inv-w16-madrid-hotel-jefa-recepcion-spanish-alt",
    kind="invitation",
    frm="Selección Hotel Alcázar Gran Vía <seleccion@hotelalcazargv.example.es>",
    to="Andrea Molina <andrea.molina.r@example.es>",
    subject="Entrevista - Recepcionista de hotel (turno de noche)",
    date=(2026, 10, 28, 12, 36, "Europe/Madrid"),
    fmt="alt",
    body="""
Hola Andrea:

Gracias por tu interés en el puesto de Recepcionista de hotel (turno de noche). Nos gustaría conocerte en una entrevista presencial en el hotel.

Día: jueves 5 de noviembre
Hora: 17:00 h (duración aproximada: 30 minutos)
Lugar: Hotel Alcázar Gran Vía, Calle Gran Vía 61, 28013 Madrid — pregunta en recepción por Recursos Humanos

Te entrevistarán Lucía Fernández Ortega, jefa de recepción, y Javier Gil, subdirector del hotel. Parte de la entrevista será en inglés.

Por favor, confirma tu asistencia respondiendo a este correo.

Un saludo,

Marta Campos
Técnica de Selección
Hotel Alcázar Gran Vía
""",
    company="Hotel Alcázar Gran Vía",
    role="Recepcionista de hotel (turno de noche)",
    interviewers=[
        ("Lucía Fernández Ortega", None, "jefa de recepción"),
        ("Javier Gil", None, "subdirector del hotel"),
    ],
    start="2026-11-05 17:00",
    end="2026-11-05 17:30",
    tz="Europe/Madrid",
    notes="Spanish prose panel 'Te entrevistarán X, jefa de recepción, y Y, subdirector del hotel'; the selection officer signs only. Two surnames kept. 30 minutes; CET after 25 Oct.",
)

add(
    name="inv-w16-cairo-call-centre-outlook-egypt-standard-time",
    kind="invitation",
    frm="Mariam Fouad <mariam.fouad@nilevoice.example.eg>",
    to="Youssef Hassan <youssef.hassan93@example.com>",
    subject="Interview: Customer Care Agent - Arabic/English Inbound",
    date=(2026, 11, 15, 13, 10, "Africa/Cairo"),
    ics_style="outlook",
    body="""
Dear Youssef,

Thank you for completing the language assessment. You scored B2+ in English and we would like to invite you to a face-to-face interview with Ahmed Samir, Team Leader - Arabic Inbound, on Tuesday 17/11 from 12:00 to 12:45.

Location: NileVoice, Building B2, Smart Village, Km 28 Cairo-Alex Desert Road. I will meet you at reception to collect your ID and take you up.

Please accept the attached calendar invite.

Best regards,
Mariam Fouad
Talent Acquisition Specialist
NileVoice Contact Centres
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A0F7B1C2D3E4F5061728394A5B6C7D8E",
        start="2026-11-17 12:00",
        end="2026-11-17 12:45",
        tz="Africa/Cairo",
        tzid="Egypt Standard Time",
        vtz=vtz_fixed("Egypt Standard Time", "+0200", "EET"),
        organizer=("Mariam Fouad", "mariam.fouad@nilevoice.example.eg"),
        attendees=[
            ("Ahmed Samir", "ahmed.samir@nilevoice.example.eg"),
            ("Youssef Hassan", "youssef.hassan93@example.com"),
        ],
        summary="Interview - Youssef Hassan - Customer Care Agent (Arabic Inbound)",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="NileVoice Smart Village B2 - Meeting Room 3",
    ),
    company="NileVoice",
    role="Customer Care Agent - Arabic/English Inbound",
    interviewers=[
        ("Ahmed Samir", "ahmed.samir@nilevoice.example.eg", "Team Leader - Arabic Inbound"),
    ],
    start="2026-11-17 12:00",
    end="2026-11-17 12:45",
    tz="Africa/Cairo",
    notes="Outlook invite with the Windows zone 'Egypt Standard Time' (EET, +02:00 in November). The organizer only schedules and meets at reception; the ICS attendee gives the interviewer's email. Day-first 17/11.",
)

add(
    name="inv-w16-sao-paulo-varejo-dinamica-grupo-qp",
    kind="invitation",
    frm="RH Lojas Maré <rh.selecao@lojasmare.example.com.br>",
    to="Gabriela Souza <gabi.souza.sp@example.com.br>",
    subject="Convite: dinâmica de grupo e entrevista - Operadora de Caixa",
    date=(2026, 11, 19, 10, 25, "America/Sao_Paulo"),
    fmt="qp",
    body="""
Olá, Gabriela! Tudo bem?

Seu currículo foi selecionado para a próxima etapa do processo de Operadora de Caixa da Lojas Maré - unidade Shopping Tatuapé.

📅 Data: terça-feira, 24/11/2026
⏰ Horário: 14h às 16h30
📍 Local: Lojas Maré, Rua Tuiuti 2100, Tatuapé - São Paulo (entrada pelo estacionamento, piso L2)

Como vai funcionar:
1) Dinâmica de grupo com a analista de RH Patrícia Lemos (cerca de 1h30)
2) Entrevista individual com a gerente da loja, Fernanda Araújo

Traga RG, CPF e carteira de trabalho digital. Vista-se de forma confortável.

Pedimos a gentileza de confirmar sua presença respondendo este e-mail até segunda-feira.

Abraços,
Equipe de Recrutamento e Seleção
Lojas Maré
""",
    company="Lojas Maré",
    role="Operadora de Caixa",
    interviewers=[
        ("Patrícia Lemos", None, "analista de RH"),
        ("Fernanda Araújo", None, "gerente da loja"),
    ],
    start="2026-11-24 14:00",
    end="2026-11-24 16:30",
    tz="America/Sao_Paulo",
    notes="Brazilian retail: group dynamic run by the HR analyst, then an individual interview with the store manager — both assess the candidate. '14h às 16h30', day-first date, BRT (no DST). Quoted-printable with accents and emoji.",
)

# ================================================================ other kinds
add(
    name="ack-w16-workday-bank-teller-no-date",
    kind="application_ack",
    frm="Kingsbridge Bank Careers <kingsbridge@myworkday.example>",
    to="Maria Gonzalez <mariag.1994@example.com>",
    subject="Thank you for applying: Bank Teller (Part-Time, 25 hrs) - JR-0448812",
    date=(2026, 11, 12, 9, 2, "America/Phoenix"),
    fmt="alt",
    body="""
Dear Maria,

Thank you for your interest in Kingsbridge Bank. We have received your application for Bank Teller (Part-Time, 25 hrs) - JR-0448812 at our Mesa - Dobson Ranch branch.

Our recruiting team reviews every application. Because of the volume we receive, we are unable to respond to every applicant individually. If your experience is a match, a member of our team will reach out to schedule a phone screen.

You can check the status of your application at any time by signing in to your candidate home page.

Sincerely,
Kingsbridge Bank Talent Acquisition

This mailbox is not monitored.
""",
    company="Kingsbridge Bank",
    role="Bank Teller (Part-Time, 25 hrs)",
    decision_by=None,
    notes="Workday acknowledgement; role without the JR number. No date promised.",
)

add(
    name="nxt-w16-manila-bpo-endorsed-results-in-3-business-days",
    kind="next_steps",
    frm="Kristine Dela Cruz <kristine.delacruz@bluepeakcx.example.ph>",
    to="Angelo Ramos <angelo.ramos.ph@example.com>",
    subject="Re: Final interview - Technical Support Representative",
    date=(2026, 11, 19, 17, 40, "Asia/Manila"),
    in_reply_to="<cafe1192.3b0a@example.com>",
    body="""
Hi Angelo,

Thank you for coming in today for your final interview with our Account Manager. Your profile has been endorsed to the client for final approval. Expect feedback from us within 3 business days, on or before Tuesday.

If you are endorsed, we will send your Job Offer and pre-employment requirements checklist right away.

Regards,
Kristine
Talent Acquisition | BluePeak CX Manila

On Thu, Nov 19, 2026 at 8:05 AM Angelo Ramos <angelo.ramos.ph@example.com> wrote:
> Good morning Ms. Kristine, I am on my way to the site now. Thank you!
""",
    company="BluePeak CX",
    role="Technical Support Representative",
    decision_by="2026-11-24",
    notes="After the final interview: 'within 3 business days, on or before Tuesday' from Thu 19 Nov → Tue 24 Nov (both phrasings agree). No interview in the message.",
)

add(
    name="oth-w16-shift-reminder-current-job-with-manager",
    kind="other",
    frm="When I Work <notifications@wheniwork.example>",
    to="Keisha Williams <keisha.w88@example.com>",
    subject="Reminder: You work tomorrow at 6:00 AM - Pantry Fresh Market #114",
    date=(2026, 11, 10, 18, 0, "America/Chicago"),
    fmt="alt",
    body="""
Hi Keisha,

This is a reminder that you're scheduled to work tomorrow.

Wednesday, Nov 11 · 6:00 AM - 2:30 PM CST
Position: Cashier / Front End
Location: Pantry Fresh Market #114 - Bellaire
Shift manager: Dana Whitfield

Shift notes from Dana: "Truck day - please help with stocking the dairy wall after 11. Morning huddle at 5:55 at register 1."

Need a cover? Post your shift for trade in the app.

When I Work · Manage notification settings
""",
    notes="A scheduling app's shift reminder at the user's current job (same user as the Brightmart interview): a named manager and a time, but no interview.",
)

add(
    name="oth-w16-background-check-vendor-report-complete",
    kind="other",
    frm="Checkpoint Screening <no-reply@checkpointscreening.example>",
    to="Oscar Medina <oscar.medina.rz@example.com>",
    subject="Your background check for Swiftlane is complete",
    date=(2026, 11, 20, 10, 41, "America/Los_Angeles"),
    body="""
Hello Oscar,

The background check requested by Swiftlane has been completed and the results have been sent to them. You can view a copy of your report, including your Motor Vehicle Record (MVR) and county criminal search, at any time on the Candidate Portal:

https://candidate.checkpointscreening.example/reports/CS-88410293

Under the Fair Credit Reporting Act (FCRA) you have the right to dispute any information you believe is inaccurate or incomplete. To start a dispute, call (888) 555-0142 Monday to Friday, 6 AM - 6 PM PT.

Checkpoint Screening does not make hiring decisions. Questions about your application should be directed to Swiftlane.

Checkpoint Screening, Inc.
""",
    notes="A background-check vendor's completion notice: mentions the employer but carries no interview, no request and no decision date → other.",
)

add(
    name="oth-w16-uniform-fitting-new-starter-airline",
    kind="other",
    frm="Skyvale Uniform Services <uniforms@skyvale.example>",
    to="Niamh Keating <niamhkeating@example.ie>",
    subject="Your uniform fitting appointment - Initial Training Course 47",
    date=(2026, 11, 20, 9, 15, "Europe/London"),
    ics_style="attach",
    body="""
Dear Niamh,

Welcome aboard! As part of Initial Training Course 47 you are booked for your uniform fitting:

Wednesday 2 December, 14:20 - 14:50
Skyvale Uniform Stores, Crew Centre (Gatwick South Terminal), Ground Floor

Your fitter will be Sandra Okoye. Please wear neutral underwear, bring the shoes you intend to wear with the uniform, and allow extra time to pass through security with your temporary ID.

The attached calendar entry can be added to your diary.

Kind regards,
Uniform Services
Skyvale Airways
""",
    ics=ics(
        uid="uniform-itc47-keating@skyvale.example",
        start="2026-12-02 14:20",
        end="2026-12-02 14:50",
        tz="Europe/London",
        organizer=("Skyvale Uniform Services", "uniforms@skyvale.example"),
        attendees=[("Niamh Keating", "niamhkeating@example.ie")],
        summary="Uniform fitting - ITC 47",
        prodid="-//Skyvale//Crew Rostering//EN",
        location="Uniform Stores, Crew Centre, Gatwick South",
    ),
    notes="After hiring: a uniform fitting with an ICS and a named fitter — an appointment, not an interview.",
)

add(
    name="oth-w16-job-fair-flyer-on-the-spot-interviews",
    kind="other",
    frm="Westgate Mall Events <events@westgatemall.example>",
    to="Darnell Price <darnellprice22@example.com>",
    subject="HIRING EVENT Sat 11/14 - 30+ employers, on-the-spot interviews!",
    date=(2026, 11, 5, 7, 30, "America/New_York"),
    fmt="html",
    html="""<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#d7263d;color:#fff;padding:24px;text-align:center"><h1 style="margin:0">HOLIDAY HIRING EVENT</h1><p style="margin:4px 0 0">Saturday, November 14 &middot; 10 AM &ndash; 3 PM &middot; Center Court</p></td></tr>
<tr><td style="padding:20px">
<p>Looking for seasonal or full-time work? Meet hiring managers from <b>30+ employers</b> under one roof &mdash; many will be doing <b>on-the-spot interviews</b>!</p>
<ul>
<li>Ridgeway Logistics &ndash; warehouse associates, all shifts</li>
<li>Brightmart &ndash; sales floor, cashiers, stockers</li>
<li>Lehigh Valley Transit &ndash; bus operators</li>
<li>CareFirst Home Health &ndash; caregivers</li>
</ul>
<p>Bring copies of your resume and dress to impress. Free parking in the North Garage.</p>
<p style="text-align:center"><a href="https://westgatemall.example/hiring" style="background:#d7263d;color:#fff;padding:10px 20px;text-decoration:none">RSVP (optional)</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px">You are receiving this because you joined Westgate Mall Insider. <a href="https://westgatemall.example/unsub">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
""",
    notes="A mall's job-fair flyer to a mailing list, naming an employer the user applied to and promising on-the-spot interviews: no interview arranged for the user → other.",
)

add(
    name="oth-w16-forklift-training-booking-trainer",
    kind="other",
    frm="Midshires Training Centre <bookings@midshirestraining.example.co.uk>",
    to="Piotr Wiśniewski <piotr.wisniewski@example.com>",
    subject="Booking confirmation: Counterbalance Refresher (1 day) - Ref MTC-23817",
    date=(2026, 10, 30, 12, 5, "Europe/London"),
    body="""
Dear Piotr Wisniewski,

Thank you for your booking. Your place is confirmed on the following course:

Course: Counterbalance Forklift - Experienced Operator Refresher (RTITB accredited)
Date: Monday 9th November 2026
Time: 08:00 - 16:00
Venue: Midshires Training Centre, Unit 12 Pytchley Lodge Road, Kettering NN15 6JQ
Instructor: Gary Holt

Your practical and theory test will take place in the afternoon. Please bring photo ID and wear safety boots; hi-vis will be provided.

Payment received: £165.00 (card ending 4471). Cancellations within 5 working days of the course are non-refundable.

Midshires Training Centre Ltd
""",
    notes="A training course booking with an instructor, a date, a time and a 'test': not a job interview → other.",
)

add(
    name="oth-w16-scam-amazon-style-telegram-interview",
    kind="other",
    frm="Amazon Recruitment Team <hr.amazon.careers.jobs@gmail.example>",
    to="Chinedu Okafor <chinedu.okafor@example.com>",
    subject="Online Interview Invitation - Remote Data Entry Clerk (Work From Home) $35/hr",
    date=(2026, 11, 13, 3, 22, "UTC"),
    body="""
Dear Applicant,

Your resume was reviewed from online job board and you has been shortlisted for the position of Remote Data Entry Clerk with Amazon. The interview will hold online via Telegram chat with our Hiring Manager Mrs. Sarah Collins.

Interview Date: Monday 16 November 2026
Time: 10:00 AM EST

Kindly download Telegram and add @SarahCollins_HR to begin your interview. Please note that you will be required to purchase the work equipment (laptop and software) from our approved vendor, and the cost will be refunded with your first paycheck.

Respond with your full name, address and phone number to secure your slot.

Best Regards,
HR Department
Amazon.com Inc
""",
    notes="Employment scam imitating a large employer (free-mail sender, Telegram 'chat interview', equipment purchase): hard negative → other, no interviewers.",
)

add(
    name="oth-w16-candidate-survey-after-warehouse-interview",
    kind="other",
    frm="Ridgeway Logistics <surveys@ridgeway.fountain.example>",
    to="Darnell Price <darnellprice22@example.com>",
    subject="How was your interview with Luis? (1 min survey)",
    date=(2026, 11, 6, 14, 5, "America/New_York"),
    fmt="alt",
    body="""
Hi Darnell,

Thanks for interviewing with Ridgeway Logistics at our Allentown DC today. We'd love to hear how it went.

How likely are you to recommend applying to Ridgeway to a friend?

0 1 2 3 4 5 6 7 8 9 10

Your answers are anonymous and do not affect your application. If you have a question about next steps, reply to this email and the hiring team will get back to you.

Ridgeway Logistics Talent Team
Powered by Fountain
""",
    notes="Candidate-experience survey after the real interview (names the interviewer in the subject): other.",
)
