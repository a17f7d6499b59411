# ruff: noqa: E501
# Wave 8 (blind): a general job seeker's inbox across many countries, industries and ATS --
# founders and hiring managers writing by hand, recruiters on their phones, small-firm HR,
# university and public-sector panels, agencies; replies and forwards with quoted history,
# signatures with titles, HTML-only mail and calendar attachments; and hard negatives.
from lib import add, ics, vtz_fixed
from mime import addr, hdr, vtz_eu, vtz_outlook_eu, vtz_us

# ================================================================ invitations
add(
    name="inv-w8-nairobi-founder-cofounder-call",
    kind="invitation",
    frm="Brian Otieno <brian@mavunopay.example>",
    to="Amani Njoroge <amani.njoroge@example.co.ke>",
    subject="Mavuno Pay - Backend Engineer, quick call this week?",
    date=(2026, 6, 8, 21, 47, "Africa/Nairobi"),
    body="""
Hi Amani,

Thanks for applying to Mavuno Pay. I went through your GitHub over the weekend and really liked the USSD retry work you did for the sacco project.

Would you be up for a call this Thursday (11 June) at 11am Nairobi time? It'll be me and my co-founder Wanjiru Kamau (she runs product). About 45 mins, mostly talking through how you'd approach our settlement service, which is what the Backend Engineer would own first.

Google Meet: meet.google.com/xqa-mtbd-wop

Shout if the time doesn't work and we'll find another one.

Cheers,
Brian

--
Brian Otieno
Co-founder & CTO, Mavuno Pay
Westlands, Nairobi
""",
    company="Mavuno Pay",
    role="Backend Engineer",
    interviewers=[
        ("Brian Otieno", "brian@mavunopay.example", "Co-founder & CTO"),
        ("Wanjiru Kamau", None, None),
    ],
    start="2026-06-11 11:00",
    end="2026-06-11 11:45",
    tz="Africa/Nairobi",
    notes="Founder writes by hand: 'me and my co-founder'. Both interview; the sender's title from his signature; 'she runs product' is a description, not a title. EAT +03:00.",
)

_MB_HTML = """<html><head><meta charset="utf-8"><title>Interview invitation</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border-top:6px solid #51247a">
<tr><td style="padding:18px 0"><img src="https://www.moretonbay-uni.example/brand/logo.png" alt="Moreton Bay University" width="180"></td></tr>
<tr><td>
<p>Dear Dr Okafor,</p>
<p><b>Position:</b> Lecturer in Environmental Engineering<br>
<b>Reference:</b> 0098142</p>
<p>Thank you for your application for the above position. I am pleased to advise that the selection committee would like to invite you to an interview.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td style="background:#f3eef8"><b>Date</b></td><td>Wednesday 12 August 2026</td></tr>
<tr><td style="background:#f3eef8"><b>Time</b></td><td>9:30am &ndash; 10:30am (AEST, Brisbane time)</td></tr>
<tr><td style="background:#f3eef8"><b>Format</b></td><td>Zoom (link to follow from the Chair's office)</td></tr>
</table>
<p>The selection committee will comprise:</p>
<ul>
<li>Professor Helen Barker, Head of School, Civil Engineering (Chair)</li>
<li>Associate Professor Tomasz Nowak, Discipline Lead, Environmental Engineering</li>
<li>Dr Ngaio Parata, Senior Lecturer</li>
</ul>
<p>You will be asked to give a 15 minute presentation on your proposed teaching approach for first-year design, followed by questions from the committee. Please let me know by return email if you require any adjustments to participate in the interview.</p>
<p>Kind regards,</p>
<p>Kylie Morrison<br>Recruitment Officer | HR Services<br>Moreton Bay University<br>T +61 7 3346 0000</p>
<p style="font-size:11px;color:#777">CRICOS Provider 00000X. This email and any attachments may contain confidential information.</p>
</td></tr></table></body></html>
"""

add(
    name="inv-w8-brisbane-university-selection-committee-html",
    kind="invitation",
    frm="HR Recruitment <recruitment@moretonbay-uni.example>",
    to="Chidi Okafor <chidi.okafor@example.com>",
    subject="Invitation to interview - Lecturer in Environmental Engineering (0098142)",
    date=(2026, 8, 3, 15, 12, "Australia/Brisbane"),
    fmt="html",
    html=_MB_HTML,
    company="Moreton Bay University",
    role="Lecturer in Environmental Engineering",
    interviewers=[
        ("Helen Barker", None, "Head of School, Civil Engineering"),
        ("Tomasz Nowak", None, "Discipline Lead, Environmental Engineering"),
        ("Ngaio Parata", None, "Senior Lecturer"),
    ],
    start="2026-08-12 09:30",
    end="2026-08-12 10:30",
    tz="Australia/Brisbane",
    notes="HTML-only university letter. The selection committee list gives academic honorifics (Professor, Associate Professor, Dr) which are dropped; '(Chair)' is a panel role. The recruitment officer only schedules. The addressee is 'Dr' too. Brisbane has no DST (+10:00).",
)

add(
    name="inv-w8-ottawa-public-service-board-bilingual",
    kind="invitation",
    frm="Dotation - Staffing <staffing-dotation@cnha-acpn.example>",
    to="Olivia Chen <olivia.chen@example.ca>",
    subject=hdr("Invitation to an interview / Invitation à une entrevue - 26-CNH-EA-0417"),
    date=(2026, 10, 6, 10, 2, "America/Toronto"),
    fmt="qp",
    body="""
(Le français suit l'anglais)

Good morning,

Further to your participation in selection process 26-CNH-EA-0417 for the position of Policy Analyst (EC-04), Canadian Northern Heritage Agency, we are pleased to invite you to an interview.

Date: Tuesday, October 20, 2026
Time: 13:30 to 14:45 (Eastern Time)
Location: Microsoft Teams (the link will be sent in a separate meeting request)

The assessment board will be composed of Geneviève Tremblay, Director, Strategic Policy; Michael Oduya, Manager, Policy Development; and Karine Lafleur, Senior Policy Analyst.

The interview will be conducted in the official language of your choice. Please confirm your attendance and your language preference by replying to this email no later than October 9, 2026.

Sophie Gagnon
Staffing Advisor | Conseillère en dotation
Human Resources Directorate | Direction des ressources humaines
Canadian Northern Heritage Agency | Agence canadienne du patrimoine du Nord

---

Bonjour,

À la suite de votre participation au processus de sélection 26-CNH-EA-0417 pour le poste d'analyste des politiques (EC-04), nous avons le plaisir de vous inviter à une entrevue.

Date : le mardi 20 octobre 2026
Heure : de 13 h 30 à 14 h 45 (heure de l'Est)
Endroit : Microsoft Teams (le lien sera envoyé dans une convocation distincte)

Le comité d'évaluation sera composé de Geneviève Tremblay, directrice, Politiques stratégiques; Michael Oduya, gestionnaire, Élaboration des politiques; et Karine Lafleur, analyste principale des politiques.

Veuillez confirmer votre présence et votre langue de préférence au plus tard le 9 octobre 2026.

Sophie Gagnon
""",
    company="Canadian Northern Heritage Agency",
    role="Policy Analyst",
    interviewers=[
        ("Geneviève Tremblay", None, "Director, Strategic Policy"),
        ("Michael Oduya", None, "Manager, Policy Development"),
        ("Karine Lafleur", None, "Senior Policy Analyst"),
    ],
    start="2026-10-20 13:30",
    end="2026-10-20 14:45",
    tz="America/Toronto",
    notes="Bilingual public-service letter; the board is one semicolon-separated sentence 'Name, Title; ...' (repeated in French). EC-04 is a classification and the process number a requisition, both left out of the role. The staffing advisor only schedules; the confirm-by date is the candidate's deadline. EDT -04:00.",
)

add(
    name="inv-w8-lever-recruiter-phone-screen-vancouver",
    kind="invitation",
    frm="Kayla Brooks <no-reply@hire.lever.co>",
    reply_to="Kayla Brooks <kayla.brooks@tidewateranalytics.example>",
    to="Marcus Bell <marcus.bell@example.com>",
    subject="Tidewater Analytics: next step for Customer Success Manager",
    date=(2026, 9, 10, 14, 25, "America/Vancouver"),
    fmt="alt",
    body="""
Hi Marcus,

Thanks so much for your interest in the Customer Success Manager role at Tidewater Analytics! Your background with mid-market SaaS accounts caught our eye and I'd love to learn more.

The first step is a 30-minute phone conversation with me. I went ahead and grabbed the slot you marked as available:

Wednesday, September 16 at 10:00am PT

I'll call you at the number on your resume (ending in 4471); a calendar invite is attached. We'll cover your experience, what you're looking for next, and I'll share more about the team and the comp range.

If anything changes, just reply here.

Talk soon,
Kayla

Kayla Brooks
Talent Acquisition Partner
Tidewater Analytics | Vancouver, BC
""",
    company="Tidewater Analytics",
    role="Customer Success Manager",
    interviewers=[
        ("Kayla Brooks", "kayla.brooks@tidewateranalytics.example", "Talent Acquisition Partner")
    ],
    start="2026-09-16 10:00",
    end="2026-09-16 10:30",
    tz="America/Vancouver",
    ics=ics(
        uid="lever-interview-3b7c5e0a-91d2-4f44-a1f0-6c2b7d9e1a55@hire.lever.co",
        start="2026-09-16 10:00",
        end="2026-09-16 10:30",
        tz="America/Vancouver",
        utc=True,
        organizer=("Kayla Brooks", "kayla.brooks@tidewateranalytics.example"),
        attendees=[
            ("Kayla Brooks", "kayla.brooks@tidewateranalytics.example"),
            ("Marcus Bell", "marcus.bell@example.com"),
        ],
        summary="Phone screen: Marcus Bell / Tidewater Analytics",
        prodid="-//Lever//Interview Scheduling//EN",
        location="Phone call (Kayla will call you)",
    ),
    ics_style="attach",
    notes="Lever relays the recruiter's mail from no-reply; her real address is in Reply-To. A recruiter who runs the phone screen ('a phone conversation with me') is the interviewer. The attached ICS is in UTC (17:00Z); the label keeps Vancouver time, PDT -07:00.",
)

add(
    name="inv-w8-dutch-outlook-w-europe-attendees",
    kind="invitation",
    frm="Marieke Jansen <marieke.jansen@vandijkfoods.example>",
    to="Tim Hendriks <tim.hendriks@example.nl>",
    subject="Uitnodiging gesprek Supply Chain Planner",
    date=(2026, 9, 22, 11, 20, "Europe/Amsterdam"),
    body="""
Beste Tim,

Bedankt voor je sollicitatie op de functie van Supply Chain Planner bij Van Dijk Foods. We hebben je cv met interesse gelezen en ik nodig je graag uit voor een eerste gesprek.

Datum: donderdag 1 oktober
Tijd: 14:00 - 15:00 uur
Locatie: Van Dijk Foods, Industrieweg 12, Veghel (meld je bij de receptie)

Je spreekt met Sanne de Vries (Teamleider Planning) en Pieter Bakker (Manager Supply Chain). De agenda-uitnodiging zit als bijlage bij deze mail.

Kun je laten weten of dit moment schikt?

Met vriendelijke groet,

Marieke Jansen
Recruiter
Van Dijk Foods B.V.
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A0C4B2F1C44ADC010000000000000000100000009E7E",
        start="2026-10-01 14:00",
        end="2026-10-01 15:00",
        tz="Europe/Amsterdam",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Marieke Jansen", "marieke.jansen@vandijkfoods.example"),
        attendees=[
            ("Sanne de Vries", "sanne.devries@vandijkfoods.example"),
            ("Pieter Bakker", "pieter.bakker@vandijkfoods.example"),
            ("Tim Hendriks", "tim.hendriks@example.nl"),
        ],
        summary="Sollicitatiegesprek Tim Hendriks - Supply Chain Planner",
        prodid="Microsoft Exchange Server 2010",
        location="Van Dijk Foods, Industrieweg 12, Veghel",
    ),
    ics_style="outlook",
    company="Van Dijk Foods",
    role="Supply Chain Planner",
    interviewers=[
        ("Sanne de Vries", "sanne.devries@vandijkfoods.example", "Teamleider Planning"),
        ("Pieter Bakker", "pieter.bakker@vandijkfoods.example", "Manager Supply Chain"),
    ],
    start="2026-10-01 14:00",
    end="2026-10-01 15:00",
    tz="Europe/Amsterdam",
    notes="Dutch Outlook invitation with a 'W. Europe Standard Time' VTIMEZONE; the recruiter is the organizer and only schedules; the candidate is an attendee too. Emails of the interviewers come from the ICS attendees. CEST +02:00.",
)

add(
    name="inv-w8-agency-singapore-client-family-first",
    kind="invitation",
    frm="Rachel Lim <rachel.lim@meridiantalent.example>",
    to="Daniel Koh <daniel.koh@example.sg>",
    subject="Fwd: Interview arrangement - Financial Controller (Meridian candidate: Daniel Koh)",
    date=(2026, 10, 29, 18, 5, "Asia/Singapore"),
    body="""
Hi Daniel,

Good news! See below from Harbourline's HR, they'd like to meet you on Thursday 5 Nov at 3pm. Please register at the lobby with your IC.

I'll give you a quick call tomorrow afternoon to run through the business and what Wei Ming tends to focus on. Do bring a couple of examples around month-end close and IFRS 16.

All the best,
Rachel

Rachel Lim | Principal Consultant, Finance & Accounting
Meridian Talent Pte Ltd | EA Licence 21C0000 | Reg. No. R1234567

---------- Forwarded message ---------
From: Jocelyn Teo <jocelyn.teo@harbourline.example>
Date: Thu, 29 Oct 2026 at 16:47
Subject: Interview arrangement - Financial Controller (Meridian candidate: Daniel Koh)
To: Rachel Lim <rachel.lim@meridiantalent.example>

Dear Rachel,

Thank you for the profile. We would like to invite Mr Daniel Koh for a first interview for the Financial Controller position:

Date: Thursday, 5 November 2026
Time: 3.00pm - 4.00pm
Venue: Harbourline Logistics, 10 Pasir Panjang Road, #12-01 Mapletree Business City

Interviewers:
1. Mr Tan Wei Ming, Head of Finance
2. Ms Priya Raman, Regional CFO (via Teams from Kuala Lumpur)

Shortlisted candidates will meet our CEO, Mr Lawrence Goh, at the second round.

Kindly confirm the candidate's attendance by tomorrow.

Best regards,
Jocelyn Teo
HR Manager
Harbourline Logistics Pte Ltd
""",
    company="Harbourline Logistics",
    role="Financial Controller",
    interviewers=[
        ("Tan Wei Ming", None, "Head of Finance"),
        ("Priya Raman", None, "Regional CFO"),
    ],
    start="2026-11-05 15:00",
    end="2026-11-05 16:00",
    tz="Asia/Singapore",
    notes="Agency consultant forwards the client HR's arrangement with a note on top; the employer is the client, not the agency; the consultant's prep call is not the interview and the client HR manager only arranges it; the CEO is for a later round. 'Tan Wei Ming' is family-name-first, kept as written, honorific dropped; '3.00pm' dotted time. SGT +08:00.",
)

add(
    name="inv-w8-toronto-hm-reply-brings-colleague-quoted",
    kind="invitation",
    frm="Daniel Whitford <dwhitford@loomcraft.example>",
    to="Noor Haddad <noor.haddad@example.com>",
    subject="Re: Product Designer - next conversation",
    date=(2026, 5, 8, 16, 40, "America/Toronto"),
    in_reply_to="<CAF7x2kP9q@mail.gmail.com>",
    references="<3f1c9e77.loomcraft@loomcraft.example> <CAF7x2kP9q@mail.gmail.com>",
    body="""
Tuesday at 2:30 works great. I'll bring along Sofia Marchetti from our design systems team, since she's who you'd be working with most day to day.

Let's do it in person at the studio (220 King St W, 5th floor). Plan for an hour. Bring whatever you like from the portfolio, no need to prep slides.

See you then,
Dan

Daniel Whitford | Head of Design | Loomcraft

On Fri, May 8, 2026 at 11:02 AM Noor Haddad <noor.haddad@example.com> wrote:
> Hi Daniel,
>
> Thanks, I'd love to. I could do Tuesday at 2:30 or any time Wednesday morning.
>
> Best,
> Noor
>
> On Thu, May 7, 2026 at 5:15 PM Daniel Whitford <dwhitford@loomcraft.example> wrote:
>> Hi Noor,
>>
>> Jenna Park from our recruiting team passed along her notes from your screen on
>> Monday and I'd like to meet you for the Product Designer role. Could you send a
>> couple of times that work next week?
>>
>> Dan
""",
    company="Loomcraft",
    role="Product Designer",
    interviewers=[
        ("Daniel Whitford", "dwhitford@loomcraft.example", "Head of Design"),
        ("Sofia Marchetti", None, None),
    ],
    start="2026-05-12 14:30",
    end="2026-05-12 15:30",
    tz="America/Toronto",
    notes="Hiring manager's reply confirms the candidate's proposed slot ('Tuesday at 2:30' = May 12) and adds a colleague. Jenna Park appears only in quoted history (she ran an earlier screen). EDT -04:00.",
)

add(
    name="inv-w8-calendly-booked-recruiter-mexico",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    reply_to=addr("María Fernanda Gómez", "mfgomez@grupoaltamira.example"),
    to="Luis Herrera <luis.herrera@example.mx>",
    subject=hdr(
        "Confirmado: Entrevista inicial – Analista de Datos con María Fernanda Gómez el lunes 24 de agosto de 2026"
    ),
    date=(2026, 8, 20, 13, 12, "America/Mexico_City"),
    fmt="alt",
    body="""
Hola Luis Herrera:

Se ha programado tu evento.

Tipo de evento:
Entrevista inicial – Analista de Datos

Organizador:
María Fernanda Gómez

Fecha y hora:
10:00 - 10:30, lunes, 24 de agosto de 2026 (Hora central - México)

Ubicación:
Google Meet (los detalles de la reunión se incluyen en la invitación de calendario)

Descripción:
Llamada de 30 minutos con María Fernanda Gómez, Reclutadora de Talento en Grupo Altamira, para conocer tu experiencia y platicarte sobre la vacante de Analista de Datos.

¿Necesitas hacer cambios en este evento?
Cancelar: https://calendly.com/cancellations/5c2e1b9a-8f1d
Reprogramar: https://calendly.com/reschedulings/5c2e1b9a-8f1d

Powered by Calendly.com
""",
    company="Grupo Altamira",
    role="Analista de Datos",
    interviewers=[
        ("María Fernanda Gómez", "mfgomez@grupoaltamira.example", "Reclutadora de Talento")
    ],
    start="2026-08-24 10:00",
    end="2026-08-24 10:30",
    tz="America/Mexico_City",
    notes="Spanish Calendly invitee confirmation: the candidate booked the recruiter's screen, so it is an invitation and the recruiter (host) interviews. Mexico City has had no DST since 2022: -06:00. Date header in UTC.",
)

add(
    name="inv-w8-ashby-self-schedule-link-lisbon",
    kind="invitation",
    frm=addr("Inês Carvalho", "no-reply@ashbyhq.com"),
    reply_to=addr("Inês Carvalho", "ines.carvalho@quintal.example"),
    to="Tom Richter <tom.richter@example.de>",
    subject="Quintal | Schedule your technical interview",
    date=(2026, 4, 15, 10, 40, "Europe/Lisbon"),
    fmt="alt",
    body="""
Hi Tom,

Great news, the team enjoyed your take-home and would like to move you forward for the Backend Engineer role.

Next up is a 60-minute technical interview with Kenji Watanabe (Senior Backend Engineer) and Rita Sousa (Engineering Manager). You'll walk them through your take-home and then extend it together.

Please pick a time that works for you here:
https://app.ashbyhq.com/interview-scheduling/quintal/7d0e4b12-9a3c

Available slots are shown in your local time zone and run over the next two weeks. If none of them work, reply to this email and I'll find something else.

Obrigada,
Inês Carvalho
Talent Acquisition, Quintal
""",
    company="Quintal",
    role="Backend Engineer",
    interviewers=[
        ("Kenji Watanabe", None, "Senior Backend Engineer"),
        ("Rita Sousa", None, "Engineering Manager"),
    ],
    notes="Ashby self-scheduling link: an invitation with named interviewers but no time yet. The talent acquisition sender only schedules.",
)

add(
    name="inv-w8-brazil-presencial-qp-accents",
    kind="invitation",
    frm=addr("Juliana Araújo", "juliana.araujo@cafeserrano.example"),
    to=addr("Rafael Conceição", "rafael.conceicao@example.com.br"),
    subject=hdr("Convite para entrevista – Coordenador de Marketing | Café Serrano"),
    date=(2026, 3, 12, 9, 15, "America/Sao_Paulo"),
    fmt="qp",
    body="""
Olá, Rafael, tudo bem?

Agradecemos seu interesse na vaga de Coordenador de Marketing do Café Serrano. Gostaríamos de convidá-lo para uma entrevista presencial na próxima terça-feira, dia 17/03, às 14h30, em nosso escritório:

Rua Fradique Coutinho, 1200 – 3º andar – Pinheiros, São Paulo/SP

A conversa será com a gerente de marketing, Ana Paula Ribeiro, e com o diretor comercial, Marcos Vinícius Lima. Duração prevista: 1 hora.

Pode confirmar sua presença respondendo a este e-mail?

Abraços,

Juliana Araújo
Analista de Recrutamento e Seleção
Café Serrano Indústria e Comércio Ltda.
(11) 3000-0000
""",
    company="Café Serrano",
    role="Coordenador de Marketing",
    interviewers=[
        ("Ana Paula Ribeiro", None, "gerente de marketing"),
        ("Marcos Vinícius Lima", None, "diretor comercial"),
    ],
    start="2026-03-17 14:30",
    end="2026-03-17 15:30",
    tz="America/Sao_Paulo",
    notes="Portuguese, quoted-printable, RFC 2047 subject and names; day-first '17/03' with '14h30'; titles precede the names in prose. The recruiting analyst only schedules. Brazil has no DST: -03:00.",
)

add(
    name="inv-w8-johannesburg-smartrecruiters-competency-panel",
    kind="invitation",
    frm="Thandiwe Mokoena <no-reply@smartrecruiters.com>",
    reply_to="thandiwe.mokoena@kagisomutual.example",
    to="Kabelo Sithole <kabelo.sithole@example.co.za>",
    subject="Kagiso Mutual - Interview invitation: Credit Risk Analyst",
    date=(2026, 8, 27, 14, 30, "Africa/Johannesburg"),
    fmt="alt",
    body="""
Dear Kabelo

Thank you for your interest in the Credit Risk Analyst vacancy at Kagiso Mutual.

We are pleased to invite you to a competency-based interview on Monday, 7 September 2026 at 10:00 (SAST) at our offices, 14 Fredman Drive, Sandton. Please allow one hour.

The panel will consist of Mr Sipho Ndlovu (Head: Credit Risk), Ms Lerato Dlamini (Senior Manager: Retail Credit) and Mrs Anneke van der Merwe (HR Business Partner).

Please bring certified copies of your ID and qualifications, and kindly confirm your attendance via the link below.

Confirm attendance: https://jobs.smartrecruiters.com/KagisoMutual/confirm/ff31c0

Kind regards

Thandiwe Mokoena
Talent Acquisition Specialist
Kagiso Mutual
""",
    company="Kagiso Mutual",
    role="Credit Risk Analyst",
    interviewers=[
        ("Sipho Ndlovu", None, "Head: Credit Risk"),
        ("Lerato Dlamini", None, "Senior Manager: Retail Credit"),
        ("Anneke van der Merwe", None, "HR Business Partner"),
    ],
    start="2026-09-07 10:00",
    end="2026-09-07 11:00",
    tz="Africa/Johannesburg",
    notes="SmartRecruiters relays the specialist's mail; three panelists in one parenthesised sentence with honorifics Mr/Ms/Mrs dropped; the HR business partner sits on the panel, so she interviews; the sender only schedules. SAST +02:00.",
)

add(
    name="inv-w8-bengaluru-round2-quotes-round1",
    kind="invitation",
    frm="Sneha Kulkarni <sneha.kulkarni@vayuhealth.example>",
    to="Arjun Menon <arjun.menon@example.in>",
    subject="Re: Round 2 - Senior Android Developer | Vayu Health",
    date=(2026, 9, 15, 17, 20, "Asia/Kolkata"),
    in_reply_to="<CAH1vY8r@mail.gmail.com>",
    body="""
Hi Arjun,

Congratulations on clearing Round 1! Round 2 (technical, 60 mins) is confirmed for Saturday 19th September, 11:00 AM to 12:00 PM IST with Rohan Mehta, Senior Engineer - Mobile. He will send the Teams link separately.

The round will focus on Kotlin coroutines, offline sync and one live coding problem. Kindly keep your laptop with Android Studio ready.

Regards,
Sneha Kulkarni
HR Executive - Talent Acquisition
Vayu Health Pvt. Ltd., Bengaluru
+91 80 4000 0000

-----Original Message-----
From: Arjun Menon <arjun.menon@example.in>
Sent: Monday, September 14, 2026 9:41 PM
To: Sneha Kulkarni <sneha.kulkarni@vayuhealth.example>
Subject: Re: Round 2 - Senior Android Developer | Vayu Health

Hi Sneha, thank you. Saturday works for me, anytime before 2 PM.

-----Original Message-----
From: Sneha Kulkarni <sneha.kulkarni@vayuhealth.example>
Sent: Monday, September 7, 2026 10:05 AM
Subject: Round 1 - Senior Android Developer | Vayu Health

Hi Arjun, your Round 1 is scheduled on Wednesday 9th September at 3:00 PM IST with Kavya Iyer (Tech Lead - Android). Please join 5 minutes early.
""",
    company="Vayu Health",
    role="Senior Android Developer",
    interviewers=[("Rohan Mehta", None, "Senior Engineer - Mobile")],
    start="2026-09-19 11:00",
    end="2026-09-19 12:00",
    tz="Asia/Kolkata",
    notes="Outlook-style thread: round 2 with one interviewer; Kavya Iyer and the 9 Sept time belong to round 1 in quoted history. The HR executive only schedules. IST +05:30.",
)

add(
    name="inv-w8-lyon-entretien-mme-daf",
    kind="invitation",
    frm="Camille Bernard <c.bernard@atelier-lumen.example>",
    to=addr("Léa Moreau", "lea.moreau@example.fr"),
    subject=hdr("Votre candidature – Contrôleur de gestion (H/F)"),
    date=(2026, 9, 30, 11, 5, "Europe/Paris"),
    fmt="qp",
    body="""
Bonjour Madame Moreau,

Nous avons bien étudié votre candidature au poste de Contrôleur de gestion (H/F) et nous souhaiterions vous rencontrer.

Je vous propose un entretien avec Mme Hélène Dubois, Directrice administrative et financière, le mardi 6 octobre à 10h30 dans nos locaux (12 rue de la Charité, 69002 Lyon). L'entretien durera environ 45 minutes.

Merci de me confirmer votre disponibilité par retour de mail.

Bien cordialement,

Camille Bernard
Chargée de recrutement
Atelier Lumen
04 72 00 00 00
""",
    company="Atelier Lumen",
    role="Contrôleur de gestion",
    interviewers=[("Hélène Dubois", None, "Directrice administrative et financière")],
    start="2026-10-06 10:30",
    end="2026-10-06 11:15",
    tz="Europe/Paris",
    notes="French, quoted-printable; 'Mme' dropped; the recruiting officer proposes the slot but does not interview ('un entretien avec Mme Hélène Dubois'). '(H/F)' is not part of the title. CEST +02:00.",
)

add(
    name="inv-w8-nhs-trac-panel-dayfirst-b64",
    kind="invitation",
    frm="Pennine Valley Recruitment <noreply@pennine-valley-trac.example>",
    to="Aisha Rahman <aisha.rahman@example.co.uk>",
    subject="Invitation to interview: Clinical Pharmacist - Pennine Valley Hospitals NHS Foundation Trust",
    date=(2026, 7, 3, 9, 0, "Europe/London"),
    fmt="alt64",
    body="""
Dear Aisha Rahman

Job reference: 312-PH-2026-118
Job title: Clinical Pharmacist
Department: Pharmacy, Royal Pennine Infirmary

Thank you for your recent application. We are pleased to inform you that you have been shortlisted for interview.

Interview details
Date: 14/07/2026
Time: 11:15
Duration: 45 minutes
Location: Education Centre, Room 3, Royal Pennine Infirmary, Oldham Road, Manchester M40 0AA

Interview panel
Chair: Dr Farah Qureshi, Chief Pharmacist
Mr Owen Pritchard, Lead Pharmacist - Medicines Optimisation
Ms Grace Oyelaran, Senior Pharmacy Technician

Please log in to your account to confirm that you will attend. Bring photographic ID and original certificates for your pre-employment checks.

If you have any queries please contact the Recruitment Team on 0161 000 0000.

Yours sincerely

Recruitment Team
Pennine Valley Hospitals NHS Foundation Trust

This is an automated email, please do not reply.
""",
    company="Pennine Valley Hospitals NHS Foundation Trust",
    role="Clinical Pharmacist",
    interviewers=[
        ("Farah Qureshi", None, "Chief Pharmacist"),
        ("Owen Pritchard", None, "Lead Pharmacist - Medicines Optimisation"),
        ("Grace Oyelaran", None, "Senior Pharmacy Technician"),
    ],
    start="2026-07-14 11:15",
    end="2026-07-14 12:00",
    tz="Europe/London",
    notes="NHS-style automated letter, base64 alternative; day-first 14/07/2026; panel lines with Dr/Mr/Ms dropped and 'Chair:' as panel role. BST +01:00.",
)

add(
    name="inv-w8-helsinki-hm-google-calendar-ics",
    kind="invitation",
    frm="Janne Virtanen <janne.virtanen@revontuli.example>",
    to=addr("Elif Aydın", "elif.aydin@example.com"),
    subject=hdr(
        "Invitation: Interview: Elif Aydın / Revontuli - QA Lead @ Wed 25 Nov 2026 13:00 - 14:00 (EET) (elif.aydin@example.com)"
    ),
    date=(2026, 11, 18, 16, 44, "Europe/Helsinki"),
    body="""
Hi Elif,

As discussed on the phone, here is the invite for the QA Lead interview. I'll be there together with our CTO Mikko Laine. We'd like to hear about how you built up the test automation at your current place and talk about our release process.

Office address is in the invite; take the tram 4 to Kauppatori.

Br,
Janne

Janne Virtanen
Head of Engineering
Revontuli Oy

Interview: Elif Aydın / Revontuli - QA Lead
Wednesday 25 Nov 2026 13:00 - 14:00 (Eastern European Time - Helsinki)
Revontuli, Eteläranta 10, 00130 Helsinki

Organizer: janne.virtanen@revontuli.example
Guests: janne.virtanen@revontuli.example, mikko.laine@revontuli.example, elif.aydin@example.com

Invitation from Google Calendar
""",
    ics=ics(
        uid="5q0b9f7k2rc1s8l4t6m3v0d1nn@google.com",
        start="2026-11-25 13:00",
        end="2026-11-25 14:00",
        tz="Europe/Helsinki",
        organizer=("Janne Virtanen", "janne.virtanen@revontuli.example"),
        attendees=[
            ("Janne Virtanen", "janne.virtanen@revontuli.example"),
            ("Mikko Laine", "mikko.laine@revontuli.example"),
            ("Elif Aydın", "elif.aydin@example.com"),
        ],
        summary="Interview: Elif Aydın / Revontuli - QA Lead",
        location="Revontuli, Eteläranta 10, 00130 Helsinki",
        vtz=vtz_eu("Europe/Helsinki", "+0200", "+0300", "EET", "EEST"),
    ),
    ics_style="google",
    company="Revontuli",
    role="QA Lead",
    interviewers=[
        ("Janne Virtanen", "janne.virtanen@revontuli.example", "Head of Engineering"),
        ("Mikko Laine", "mikko.laine@revontuli.example", "CTO"),
    ],
    start="2026-11-25 13:00",
    end="2026-11-25 14:00",
    tz="Europe/Helsinki",
    notes="Hiring manager sends a Google Calendar invite with a personal note: 'I'll be there together with our CTO Mikko Laine'. The organizer interviews himself. Non-ASCII candidate name in subject and attendees. EET +02:00 in November.",
)

# ================================================================ reschedules
add(
    name="res-w8-goodtime-replaced-panelist-seattle",
    kind="reschedule",
    frm="Ashley Nguyen via GoodTime <notifications@goodtime.io>",
    reply_to="ashley.nguyen@cascadiarobotics.example",
    to="Grace Liu <grace.liu@example.com>",
    subject="Updated: Embedded Systems interview - Firmware Engineer at Cascadia Robotics",
    date=(2026, 11, 9, 15, 10, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Grace,

Your interview for the Firmware Engineer role at Cascadia Robotics has been updated.

What changed
- Dan Ross is no longer able to join. Aisha Khan (Senior Firmware Engineer) will conduct your Embedded Systems session instead.
- The time has moved.

New time: Thursday, November 12, 2026, 1:00 PM - 2:00 PM PST
Previous time: Wednesday, November 11, 2026, 10:00 AM - 11:00 AM PST

Location: Google Meet (link in the attached calendar invite)

Apologies for the shuffle, and thank you for your flexibility.

Ashley Nguyen
Recruiting Coordinator, Cascadia Robotics

Sent via GoodTime
""",
    ics=ics(
        uid="gt-7f3a91c2-embedded-systems@goodtime.io",
        start="2026-11-12 13:00",
        end="2026-11-12 14:00",
        tz="America/Los_Angeles",
        vtz=vtz_us("America/Los_Angeles", "-0800", "-0700", "PST", "PDT"),
        organizer=("Ashley Nguyen", "ashley.nguyen@cascadiarobotics.example"),
        attendees=[
            ("Aisha Khan", "aisha.khan@cascadiarobotics.example"),
            ("Grace Liu", "grace.liu@example.com"),
        ],
        summary="Cascadia Robotics - Embedded Systems interview (Grace Liu)",
        seq=1,
        prodid="-//GoodTime//Scheduling//EN",
    ),
    ics_style="attach",
    company="Cascadia Robotics",
    role="Firmware Engineer",
    interviewers=[
        ("Aisha Khan", "aisha.khan@cascadiarobotics.example", "Senior Firmware Engineer")
    ],
    start="2026-11-12 13:00",
    end="2026-11-12 14:00",
    tz="America/Los_Angeles",
    notes="GoodTime update: new time and a replaced panelist. Dan Ross is no longer an interviewer; the coordinator only schedules. The previous time is history. ICS SEQUENCE:1 REQUEST. PST -08:00.",
)

add(
    name="res-w8-sydney-recruiter-iphone-tomorrow-4pm",
    kind="reschedule",
    frm="Mia Thompson <mia.thompson@coralseatravel.example>",
    to="Jack Morrison <jack.morrison@example.com.au>",
    subject="Re: Phone screen - Marketing Coordinator",
    date=(2026, 6, 3, 11, 48, "Australia/Sydney"),
    in_reply_to="<A1B2C3D4-5E6F@coralseatravel.example>",
    body="""
Hi Jack! So sorry, something's come up this arvo. Can we push our chat to tomorrow at 4pm instead? Same number, I'll ring you. Should only take 20 mins.

Thanks heaps,
Mia

Sent from my iPhone

> On 2 Jun 2026, at 9:12 am, Mia Thompson <mia.thompson@coralseatravel.example> wrote:
>
> Hi Jack,
>
> Thanks for applying for the Marketing Coordinator role with us. I'd love to have a quick phone chat to get to know you. Would Wednesday 3 June at 2pm suit? I'll call you on the mobile number on your application.
>
> Cheers,
> Mia
>
> Mia Thompson | Talent Acquisition Lead | Coral Sea Travel
> Level 4, 88 Phillip St, Sydney NSW 2000
""",
    company="Coral Sea Travel",
    role="Marketing Coordinator",
    interviewers=[
        ("Mia Thompson", "mia.thompson@coralseatravel.example", "Talent Acquisition Lead")
    ],
    start="2026-06-04 16:00",
    end="2026-06-04 16:20",
    tz="Australia/Sydney",
    notes="Recruiter on her phone moves her own phone screen: 'tomorrow at 4pm' against the Date header (Wed 3 Jun) = Thu 4 Jun; 20 minutes. Company, role and title come from the quoted original. AEST +10:00 (no DST in June).",
)

add(
    name="res-w8-tokyo-outlook-update-family-caps",
    kind="reschedule",
    frm="Sato Misaki <misaki.sato@hoshizora-sys.example>",
    to="Priya Nair <priya.nair@example.com>",
    subject="Updated: 2nd Interview - Senior Data Scientist (Hoshizora Systems)",
    date=(2026, 10, 13, 10, 30, "Asia/Tokyo"),
    body="""
Dear Ms. Nair,

Thank you for your continued interest in Hoshizora Systems.

Due to a change in the interviewers' schedule, we would like to move your second interview for the Senior Data Scientist position as follows. We apologise for the inconvenience.

New date and time: Friday, 16 October 2026, 15:00-16:00 (JST)
(Original: Wednesday, 14 October 2026, 10:00-11:00 JST)

Interviewers:
TAKAHASHI Kenji, Engineering Director
ITO Yumi, Senior Product Manager

The updated meeting request is attached. Kindly accept it to confirm.

Best regards,

SATO Misaki
Talent Acquisition Group, Human Resources Dept.
Hoshizora Systems K.K.
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000050F1D3E8B55ADC01000000000000000010000000A1C3",
        start="2026-10-16 15:00",
        end="2026-10-16 16:00",
        tz="Asia/Tokyo",
        tzid="Tokyo Standard Time",
        vtz=vtz_fixed("Tokyo Standard Time", "+0900", "Tokyo Standard Time"),
        organizer=("SATO Misaki", "misaki.sato@hoshizora-sys.example"),
        attendees=[
            ("TAKAHASHI Kenji", "kenji.takahashi@hoshizora-sys.example"),
            ("ITO Yumi", "yumi.ito@hoshizora-sys.example"),
            ("Priya Nair", "priya.nair@example.com"),
        ],
        summary="2nd Interview: Priya Nair - Senior Data Scientist",
        seq=2,
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
    ),
    ics_style="outlook",
    company="Hoshizora Systems",
    role="Senior Data Scientist",
    interviewers=[
        ("Takahashi Kenji", "kenji.takahashi@hoshizora-sys.example", "Engineering Director"),
        ("Ito Yumi", "yumi.ito@hoshizora-sys.example", "Senior Product Manager"),
    ],
    start="2026-10-16 15:00",
    end="2026-10-16 16:00",
    tz="Asia/Tokyo",
    notes="Outlook update (SEQUENCE 2, 'Tokyo Standard Time') moving the second round; Japanese names family-name-first with the family name in capitals, kept in that order (label in ordinary case). The HR sender only schedules; the original time is history. JST +09:00.",
)

# ================================================================ other hiring kinds
add(
    name="can-w8-auckland-google-calendar-cancel",
    kind="cancellation",
    frm="Hemi Walker <hemi.walker@kauriaccounting.example>",
    to="Sophie Tan <sophie.tan@example.co.nz>",
    subject="Cancelled event: Interview - Junior Accountant (Sophie Tan) @ Thu 19 Nov 2026 10am - 11am (NZDT) (sophie.tan@example.co.nz)",
    date=(2026, 11, 17, 8, 3, "Pacific/Auckland"),
    body="""
This event has been cancelled.

Interview - Junior Accountant (Sophie Tan)
Thursday 19 Nov 2026 10am - 11am (New Zealand Time - Auckland)
Kauri Accounting, Level 2, 45 Victoria St West, Auckland

Organiser: hemi.walker@kauriaccounting.example
Guests: hemi.walker@kauriaccounting.example, sophie.tan@example.co.nz

Hi Sophie, really sorry to do this at short notice. We've had a client emergency land on us this week, so I need to cancel Thursday. I'll be in touch next week to find a new time once things settle. - Hemi

Invitation from Google Calendar
""",
    ics=ics(
        uid="2hb6l0c8pq7r1v5s4u9k3m2e0t@google.com",
        start="2026-11-19 10:00",
        end="2026-11-19 11:00",
        tz="Pacific/Auckland",
        organizer=("Hemi Walker", "hemi.walker@kauriaccounting.example"),
        attendees=[
            ("Hemi Walker", "hemi.walker@kauriaccounting.example"),
            ("Sophie Tan", "sophie.tan@example.co.nz"),
        ],
        summary="Interview - Junior Accountant (Sophie Tan)",
        method="CANCEL",
        status="CANCELLED",
        seq=1,
        location="Kauri Accounting, Level 2, 45 Victoria St West, Auckland",
    ),
    ics_method="CANCEL",
    ics_style="google",
    company="Kauri Accounting",
    role="Junior Accountant",
    interviewers=[("Hemi Walker", "hemi.walker@kauriaccounting.example", None)],
    start="2026-11-19 10:00",
    end="2026-11-19 11:00",
    tz="Pacific/Auckland",
    notes="Google Calendar cancellation (METHOD:CANCEL) with a short personal note; start/end and the interviewer (organizer, the only other guest) are those of the cancelled interview; 'in touch next week' is not a new time. NZDT +13:00.",
)

add(
    name="rej-w8-recruitee-krakow-html-names-past",
    kind="rejection",
    frm="Polana Software <no-reply@recruitee.com>",
    reply_to="jobs@polanasoftware.example",
    to=addr("Jan Novák", "jan.novak@example.cz"),
    subject="Your application for QA Automation Engineer at Polana Software",
    date=(2026, 5, 21, 13, 55, "Europe/Warsaw"),
    fmt="html",
    html="""<!DOCTYPE html><html><body style="margin:0;background:#f6f7f9">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:32px;font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2937">
<p>Hi Jan,</p>
<p>Thank you for taking the time to meet Krzysztof and Agnieszka last week and for the effort you put into the automation exercise.</p>
<p>After careful consideration we have decided to continue with candidates whose experience is a closer match to what the team needs right now for the <b>QA Automation Engineer</b> position. This was not an easy decision.</p>
<p>We'd be happy to keep your profile in our talent pool and reach out if a suitable role opens up. If you would rather we didn't, just let us know.</p>
<p>All the best,<br>Magdalena Wiśniewska<br>People Partner, Polana Software</p>
<hr style="border:none;border-top:1px solid #e5e7eb">
<p style="font-size:12px;color:#6b7280">Sent with Recruitee &middot; <a href="https://polanasoftware.recruitee.com/privacy">Privacy policy</a></p>
</div></body></html>
""",
    company="Polana Software",
    role="QA Automation Engineer",
    notes="HTML-only Recruitee rejection after an interview; the first names are past interviewers, not a new interview.",
)

add(
    name="off-w8-accra-hr-generalist-accept-by",
    kind="offer",
    frm="Abena Mensah <abena.mensah@goldcoastagro.example>",
    to="Kwame Asante <kwame.asante@example.com.gh>",
    subject="Offer of Employment - Farm Operations Supervisor",
    date=(2026, 10, 16, 15, 20, "Africa/Accra"),
    fmt="b64",
    body="""
Dear Kwame,

Following your interviews with our Operations Manager and the Managing Director, I am delighted to offer you the position of Farm Operations Supervisor at Gold Coast Agro Ltd, based at our Nsawam site.

The main terms are:
- Start date: 2 November 2026
- Gross monthly salary: GHS 9,500, plus transport allowance of GHS 800
- Probation: 3 months
- Annual leave: 20 working days

The formal offer letter and contract are attached. Kindly sign and return them by Friday, 23 October 2026 if you accept the offer, or call me if you have any questions.

We look forward to having you on the team.

Yours sincerely,

Abena Mensah
HR Officer
Gold Coast Agro Ltd
+233 30 000 0000
""",
    company="Gold Coast Agro",
    role="Farm Operations Supervisor",
    notes="Small-firm HR offer in base64; 'sign and return by Friday 23 October' is the candidate's deadline, so no decision date; past interviewers are mentioned by title only.",
)

add(
    name="nxt-w8-santiago-a-mas-tardar-viernes",
    kind="next_steps",
    frm=addr("Constanza Muñoz", "cmunoz@andesminera.example"),
    to=addr("Felipe Rojas", "felipe.rojas@example.cl"),
    subject=hdr("Re: Proceso Ingeniero de Procesos – próximos pasos"),
    date=(2026, 10, 14, 18, 10, "America/Santiago"),
    fmt="qp",
    in_reply_to="<CAP0x9fR@mail.gmail.com>",
    body="""
Hola Felipe:

Muchas gracias por tu tiempo en la entrevista final de ayer con Rodrigo y Patricia. Quedaron con una muy buena impresión.

Esta semana terminamos las entrevistas con los demás candidatos y esperamos tener una decisión a más tardar el viernes 23 de octubre. Te escribiré ese mismo día, sea cual sea el resultado.

Saludos cordiales,

Constanza Muñoz
Jefa de Selección
Andes Minera S.A.

El mar, 13 oct 2026 a las 19:02, Felipe Rojas (<felipe.rojas@example.cl>) escribió:
> Hola Constanza, muchas gracias por coordinar la entrevista de hoy. Quedo atento a los próximos pasos.
> Saludos, Felipe
""",
    company="Andes Minera",
    role="Ingeniero de Procesos",
    decision_by="2026-10-23",
    notes="Spanish next steps after the final interview; 'a más tardar el viernes 23 de octubre' is the employer's decision date. The interviewers named are past ones.",
)

add(
    name="nxt-w8-dublin-end-of-next-week-hm",
    kind="next_steps",
    frm=addr("Ciarán Ó Briain", "ciaran.obriain@harpline.example"),
    to="Maya Kowalczyk <maya.k@example.ie>",
    subject="Thanks for today",
    date=(2026, 2, 18, 17, 26, "Europe/Dublin"),
    body="""
Hi Maya,

Thanks for coming in today, I really enjoyed the conversation, especially your thoughts on how we run our quarterly planning.

Quick update on where we are: we have two more people to meet for the Delivery Manager role on Monday and Tuesday, and then the panel will get together. We're aiming to have a decision by the end of next week, and either Orla or I will ring you as soon as we have one.

In the meantime, if you have any questions at all just drop me a line.

All the best,
Ciarán

Ciarán Ó Briain
Head of Delivery, Harpline
""",
    company="Harpline",
    role="Delivery Manager",
    decision_by="2026-02-27",
    notes="Hiring manager's personal note after an interview. 'by the end of next week' from Wed 18 Feb = Fri 27 Feb. Monday and Tuesday are other candidates' interviews, not the user's.",
)

add(
    name="info-w8-manila-nbi-tor-references-by-friday",
    kind="info_request",
    frm="Patricia Santos <hr@islaoutsourcing.example>",
    to="Mark Villanueva <mark.villanueva@example.ph>",
    subject="Pre-employment requirements - Team Leader, Customer Support",
    date=(2026, 7, 20, 10, 30, "Asia/Manila"),
    body="""
Hi Mark,

Good day! Thank you again for your time during the final interview with our Operations Manager.

Before we can proceed with your job offer for the Team Leader, Customer Support position, kindly send us the following on or before Friday, July 24:

1. NBI Clearance (valid)
2. Transcript of Records (TOR) and diploma
3. Certificate of Employment from your last two employers
4. Two (2) character references with contact numbers, preferably former supervisors

You may reply to this email with scanned copies. Originals will be checked on your first day.

Thank you and God bless!

Patricia Santos
HR Generalist
Isla Outsourcing Solutions, Inc.
Ortigas Center, Pasig City
""",
    company="Isla Outsourcing Solutions",
    role="Team Leader, Customer Support",
    notes="Documents and character references requested; 'on or before Friday, July 24' is the candidate's deadline, not a decision date.",
)

add(
    name="ack-w8-taleo-nurse-coming-weeks",
    kind="application_ack",
    frm="Lakeshore Health Careers <lakeshorehealth@taleo.net>",
    to="Jasmine Carter <jasmine.carter@example.com>",
    subject="Thank you for applying - Registered Nurse - Cardiac ICU (Job Number: 2600417)",
    date=(2026, 4, 2, 23, 14, "America/Detroit"),
    fmt="alt",
    body="""
Dear Jasmine Carter,

Thank you for your interest in the Registered Nurse - Cardiac ICU position (Job Number: 2600417) at Lakeshore Health.

We have received your application and our Talent Acquisition team is reviewing your qualifications. If your skills and experience match our needs, a recruiter will contact you in the coming weeks to discuss next steps.

You can check the status of your application at any time by logging in to your candidate profile.

Sincerely,

Talent Acquisition
Lakeshore Health

Please do not reply to this message. This mailbox is not monitored.
""",
    company="Lakeshore Health",
    role="Registered Nurse - Cardiac ICU",
    notes="Taleo acknowledgement; the job number is a requisition; 'in the coming weeks' is vague, so no decision date.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w8-scam-telegram-interview-equipment-check",
    kind="other",
    frm="Northstar Retail Group HR <northstar.hiring.dept@gmail.example>",
    to="Dana Whitaker <dana.whitaker@example.com>",
    subject="Remote Data Entry Clerk - Interview Invitation (Urgent)",
    date=(2026, 9, 2, 3, 17, "America/New_York"),
    body="""
Dear Applicant,

We have reviewed your resume on a job board and are pleased to inform you that you have been shortlisted for the position of Remote Data Entry Clerk with Northstar Retail Group. Pay is $38.50/hour, 20-25 hours weekly, fully remote.

Your online interview will be conducted via Telegram text chat with our Hiring Manager, Mr. David Clark, on Monday September 7th at 10:00 AM EST. Kindly download the Telegram app and add @NorthstarHR_DavidClark before the interview time. No video or phone call is required.

After the interview successful candidates will receive a check to purchase approved work equipment (laptop, software license) from our certified vendor. You will need to provide your full name, home address, cell number and bank name for processing.

Kindly reply "YES" to confirm your availability.

Regards,
Human Resources Department
Northstar Retail Group
""",
    notes="Employment scam imitating a retailer: a 'Telegram chat interview', a check for equipment, bank details, a gmail sender at 3am. Not a real interview: other, with no interview, company or people.",
)

add(
    name="oth-w8-user-is-interviewer-greenhouse-ics",
    kind="other",
    frm="Greenhouse <no-reply@greenhouse-mail.io>",
    to="Dana Whitaker <dana.whitaker@fernbrookbank.example>",
    subject="You're scheduled to interview Priyanka Shah for Senior Product Analyst",
    date=(2026, 9, 3, 16, 2, "America/New_York"),
    fmt="alt",
    body="""
Hi Dana,

You've been scheduled to interview a candidate.

Candidate: Priyanka Shah
Job: Senior Product Analyst (Fernbrook Bank)
Interview: Product Sense
When: Thursday, September 10, 2026, 2:00 PM - 2:45 PM EDT
Where: Zoom (link in calendar invite)

Interview kit and scorecard: https://app.greenhouse.io/guides/8841207/people/55120093
Please submit your scorecard within 24 hours of the interview.

Other interviewers: Tom Becker (Analytics Manager)

Thanks,
Fernbrook Bank Recruiting
""",
    ics=ics(
        uid="greenhouse-interview-55120093-3@greenhouse.io",
        start="2026-09-10 14:00",
        end="2026-09-10 14:45",
        tz="America/New_York",
        organizer=("Fernbrook Bank Recruiting", "recruiting@fernbrookbank.example"),
        attendees=[
            ("Dana Whitaker", "dana.whitaker@fernbrookbank.example"),
            ("Tom Becker", "tom.becker@fernbrookbank.example"),
        ],
        summary="Interview: Priyanka Shah - Senior Product Analyst (Product Sense)",
        prodid="-//Greenhouse//Interview Scheduler//EN",
    ),
    ics_style="attach",
    notes="The user, at her current employer, is the interviewer of another candidate (scorecard, interview kit). Not the user's interview: other.",
)

add(
    name="oth-w8-reference-call-for-former-colleague",
    kind="other",
    frm="Gemma Holloway <gemma.holloway@brackenlaw.example>",
    to="Dana Whitaker <dana.whitaker@example.com>",
    subject="Reference for Oliver Grant",
    date=(2026, 9, 8, 10, 15, "Europe/London"),
    body="""
Dear Dana,

Oliver Grant has applied for the role of Practice Manager with Bracken Law and has given your name as a referee from his time at Fernbrook Bank.

Would you be able to spare 15 minutes for a short reference call? I could do Friday 11 September at 3pm UK time (10am Eastern), or if you prefer I can send over a short written questionnaire instead.

Many thanks in advance,

Gemma Holloway
HR Manager
Bracken Law LLP
""",
    notes="The user is a referee for someone else; the proposed call is a reference call, not an interview of the user.",
)

add(
    name="oth-w8-webinar-panel-interview-ics",
    kind="other",
    frm="CareerLadder Events <events@careerladder.example>",
    to="dana.whitaker@example.com",
    subject="You're registered: How to ace a panel interview (live webinar)",
    date=(2026, 9, 9, 9, 0, "America/Chicago"),
    fmt="alt",
    body="""
You're in, Dana!

How to Ace a Panel Interview
Live webinar - Tuesday, September 15, 2026, 12:00 PM - 1:00 PM CT

Hosted by career coach Renee Alvarez and former Google recruiter Marcus Tate. They'll cover:
- who is who on a typical interview panel and how to read the room
- answering behavioral questions with the STAR method
- the three questions you should always ask at the end

Join link: https://webinar.careerladder.example/j/panel-interview-0915
Add it to your calendar with the attached invite.

Can't make it live? Everyone who registers gets the recording.

The CareerLadder team
Unsubscribe | Manage preferences
""",
    ics=ics(
        uid="webinar-panel-interview-20260915@careerladder.example",
        start="2026-09-15 12:00",
        end="2026-09-15 13:00",
        tz="America/Chicago",
        organizer=("CareerLadder Events", "events@careerladder.example"),
        attendees=[("dana.whitaker@example.com", "dana.whitaker@example.com")],
        summary="Webinar: How to Ace a Panel Interview",
        prodid="-//Zoom Video Communications//Webinar//EN",
        location="https://webinar.careerladder.example/j/panel-interview-0915",
    ),
    ics_style="attach",
    notes="Webinar registration with an ICS REQUEST and named hosts; about interviews, but not an interview of the user.",
)

add(
    name="oth-w8-podcast-recording-riverside",
    kind="other",
    frm="Tariq Hussain <tariq@buildersbrew.example>",
    to="Dana Whitaker <dana.whitaker@example.com>",
    subject="Builders Brew podcast - you're booked!",
    date=(2026, 9, 11, 20, 3, "America/New_York"),
    body="""
Hey Dana,

Stoked you said yes! You're booked for a Builders Brew interview episode on Wednesday, Sept 23 at 1pm ET. We'll record for about 50 minutes on Riverside; the link is https://riverside.fm/studio/builders-brew-tariq

Rough flow: your path from analyst to product, the fraud-model launch, and a lightning round at the end. No prep needed, it's conversational. My co-host Jenna Wu might hop on for the last 15 min.

A decent mic or AirPods and a quiet room is all we need.

Cheers,
Tariq
Host, Builders Brew
""",
    notes="A podcast interview where the user is the guest; not a job interview.",
)

add(
    name="oth-w8-journalist-phone-interview-study",
    kind="other",
    frm="Lena Hoffmann <lena.hoffmann@tagespost-zeitung.example>",
    to="Dana Whitaker <dana.whitaker@example.com>",
    subject="Interview request: your analysis of card fraud during holiday sales",
    date=(2026, 9, 14, 14, 20, "Europe/Berlin"),
    body="""
Dear Ms Whitaker,

I'm a business reporter at Tagespost and I'm writing a piece on card fraud around the holiday shopping season. Your recent blog post on the rise in card-testing attacks was very interesting.

Would you be available for a short phone interview on Thursday (17 September) at 4pm CEST, which I believe is 10am in New York? It should take 20 to 30 minutes, and I'm happy to send you any quotes for checking before publication.

Best regards,
Lena Hoffmann
Business Reporter, Tagespost
+49 30 0000 0000
""",
    notes="A press interview request: the user is a source, not a candidate.",
)

add(
    name="oth-w8-candidate-experience-survey",
    kind="other",
    frm="Harbor & Pine Talent Team <survey@candidatepulse.example>",
    to="dana.whitaker@example.com",
    subject="How was your interview with Harbor & Pine?",
    date=(2026, 9, 16, 11, 0, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#333">
<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p>Hi Dana,</p>
<p>You recently interviewed with <b>Harbor &amp; Pine</b> for the Senior Product Analyst role. We'd love to hear how it went, whatever the outcome.</p>
<p>The survey takes about 2 minutes and your answers are anonymous; they are never shared with the people who interviewed you and do not affect your application.</p>
<p style="text-align:center"><a href="https://candidatepulse.example/s/hp-2026-77f1" style="background:#0b6e4f;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Rate your interview experience</a></p>
<p>How likely are you to recommend interviewing at Harbor &amp; Pine to a friend?<br>
<a href="https://candidatepulse.example/s/hp-2026-77f1?nps=0">0</a> &middot; <a href="https://candidatepulse.example/s/hp-2026-77f1?nps=5">5</a> &middot; <a href="https://candidatepulse.example/s/hp-2026-77f1?nps=10">10</a></p>
<p>Thank you,<br>The Harbor &amp; Pine Talent Team</p>
<p style="font-size:11px;color:#999">Powered by CandidatePulse. <a href="https://candidatepulse.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
""",
    notes="Candidate-experience survey after an interview; carries no interview, decision or status.",
)

add(
    name="oth-w8-seek-job-alert-digest",
    kind="other",
    frm="SEEK <noreply@s.seek.example>",
    to="jack.morrison@example.com.au",
    subject="12 new Marketing Coordinator jobs in Sydney NSW",
    date=(2026, 6, 5, 7, 30, "Australia/Sydney"),
    fmt="alt",
    body="""
Hi Jack, here are your latest matches for "Marketing Coordinator" in All Sydney NSW.

Marketing Coordinator
Bondi Surf Co. - Bondi Junction NSW
$75,000 - $85,000 + super
Full time. Listed 1d ago
"Interviews will be held the week of 15 June"

Marketing & Events Coordinator
Harbourside Health - North Sydney NSW
Full time. Listed 2d ago

Digital Marketing Coordinator (12-month contract)
Greenleaf Energy - Sydney CBD NSW
$40 - $45 per hour
Listed 3d ago

Junior Brand Coordinator
Wattle & Co - Surry Hills NSW
Full time. Listed 3d ago

View all 12 jobs: https://www.seek.example/marketing-coordinator-jobs/in-All-Sydney-NSW

You're receiving this because you created a job alert. Manage or unsubscribe: https://www.seek.example/alerts
SEEK Limited, 60 Cremorne St, Cremorne VIC 3121
""",
    notes="Job-alert digest; a listing mentions interview dates, but nothing is addressed to the user as a candidate.",
)

_STEP_HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef1f5"><center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#1a1a1a">
<tr><td style="background:#0c2577;color:#fff;padding:20px;font-size:22px">Karriere-Kompass</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<p>Hallo Tim,</p>
<h2 style="font-size:20px">Vorstellungsgespräch am Montag? So überzeugst du in den ersten 5 Minuten</h2>
<p>Der erste Eindruck zählt. Unsere Expertin Dr. Sabine Krüger, Personalleiterin aus Hamburg, verrät, worauf Personaler im Vorstellungsgespräch wirklich achten, und welche Fragen du am Ende unbedingt stellen solltest.</p>
<p><a href="https://karriere-kompass.example/ratgeber/vorstellungsgespraech-erste-minuten">Jetzt lesen &rarr;</a></p>
<h3 style="font-size:17px">Außerdem in dieser Ausgabe</h3>
<ul>
<li>Gehaltsverhandlung: Mit diesen Sätzen holst du 10&nbsp;% mehr raus</li>
<li>Video-Interview: Technik-Check in 3 Schritten</li>
<li>Live-Q&amp;A am Donnerstag, 24.09., 18:00 Uhr: „Fragen an eine Recruiterin“</li>
</ul>
<p>Viel Erfolg bei deiner Jobsuche!<br>Dein Karriere-Kompass-Team</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777">Du erhältst diesen Newsletter, weil du dich bei Karriere-Kompass angemeldet hast. <a href="https://karriere-kompass.example/abmelden">Abmelden</a> &middot; Impressum: Karriere-Kompass GmbH, Düsseldorf</td></tr>
</table></center></body></html>
"""

add(
    name="oth-w8-german-interview-tips-newsletter-html64",
    kind="other",
    frm="Karriere-Kompass <newsletter@karriere-kompass.example>",
    to="Tim Hendriks <tim.hendriks@example.nl>",
    subject=hdr("Vorstellungsgespräch am Montag? 5 Tipps für die ersten Minuten"),
    date=(2026, 9, 19, 8, 0, "Europe/Berlin"),
    fmt="html64",
    html=_STEP_HTML,
    notes="German interview-tips newsletter, HTML-only base64; a named expert and a live Q&A date, but no interview for the user.",
)

add(
    name="oth-w8-paris-entretien-annuel-current-job-outlook",
    kind="other",
    frm=addr("Nathalie Roux", "nathalie.roux@veloria.example"),
    to=addr("Léa Moreau", "lea.moreau@veloria.example"),
    subject=hdr("Entretien annuel d'évaluation 2026 – Léa Moreau"),
    date=(2026, 11, 20, 9, 12, "Europe/Paris"),
    body="""
Bonjour Léa,

Comme chaque fin d'année, je te propose notre entretien annuel d'évaluation le jeudi 3 décembre de 14h à 15h30, dans la salle Lumière (3e étage).

Pense à compléter ton auto-évaluation dans l'outil RH avant le 1er décembre ; on reviendra ensemble sur tes objectifs 2026 et on fixera ceux de 2027.

À bientôt,
Nathalie

Nathalie Roux
Responsable Contrôle de gestion
Veloria SAS
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000C0A1E7D2C65ADC01000000000000000010000000F2A9",
        start="2026-12-03 14:00",
        end="2026-12-03 15:30",
        tz="Europe/Paris",
        tzid="Romance Standard Time",
        vtz=vtz_outlook_eu("Romance Standard Time", 1, 2),
        organizer=("Nathalie Roux", "nathalie.roux@veloria.example"),
        attendees=[("Léa Moreau", "lea.moreau@veloria.example")],
        summary="Entretien annuel d'évaluation – Léa Moreau",
        prodid="Microsoft Exchange Server 2010",
        location="Salle Lumière (3e étage)",
    ),
    ics_style="outlook",
    notes="The user's annual review at her current employer (French 'entretien', Outlook 'Romance Standard Time' ICS); a meeting at the current job, not a hiring interview.",
)

add(
    name="oth-w8-us-visa-interview-appointment-mumbai",
    kind="other",
    frm="US Visa Info <donotreply@usvisa-appointments.example>",
    to="Arjun Menon <arjun.menon@example.in>",
    subject="Appointment Confirmation - Visa Interview at U.S. Consulate General Mumbai",
    date=(2026, 9, 21, 12, 40, "Asia/Kolkata"),
    fmt="alt",
    body="""
Dear ARJUN MENON,

Your appointment has been scheduled successfully.

Applicant: ARJUN MENON
Visa class: B1/B2
Biometrics (OFC): Mumbai VAC, 14 October 2026, 09:15
Consular interview: U.S. Consulate General Mumbai, 16 October 2026, 08:45

Please arrive 15 minutes before your appointment time with this confirmation, your current passport, the DS-160 confirmation page and the visa fee receipt. Electronic devices are not permitted inside the consulate.

To reschedule, log in to your profile. This is a system-generated message; please do not reply.
""",
    notes="A consular visa interview: a personal appointment, not a job interview.",
)

add(
    name="oth-w8-nz-parent-teacher-interviews",
    kind="other",
    frm="Ponsonby Primary School <office@ponsonbyprimary.example>",
    to="Sophie Tan <sophie.tan@example.co.nz>",
    subject="Parent-teacher interviews - your booking for Room 12",
    date=(2026, 11, 24, 15, 5, "Pacific/Auckland"),
    body="""
Kia ora Sophie,

Thank you for booking a parent-teacher interview.

Student: Mia Tan (Room 12)
Teacher: Mr Rawiri Tane
Date: Wednesday 2 December 2026
Time: 4:10pm - 4:25pm
Where: Room 12, Senior Block

Interviews are 15 minutes and run to time, so please arrive a few minutes early. If you need to change your booking, use the link in the school app or ring the office on 09 000 0000.

Ngā mihi,
School Office
Ponsonby Primary School
""",
    notes="A school's parent-teacher interview booking: a personal appointment with 'interview', a teacher and a time. Not hiring.",
)

add(
    name="oth-w8-exit-interview-current-job-hr",
    kind="other",
    frm="Rebecca Osei <rebecca.osei@fernbrookbank.example>",
    to="Dana Whitaker <dana.whitaker@fernbrookbank.example>",
    subject="Your exit interview",
    date=(2026, 10, 27, 9, 45, "America/New_York"),
    body="""
Hi Dana,

We were sorry to receive your resignation, and we wish you every success in your new role. As part of your offboarding, I'd like to schedule a short exit interview with you.

Would Thursday, November 5 at 11:00 AM work? It will be 30 minutes in HR conference room 4B, just the two of us. Your feedback is confidential and helps us improve Fernbrook for the people who stay.

Also a reminder to return your laptop and badge to IT on your last day (Friday, November 6).

Thanks,
Rebecca Osei
HR Business Partner, Fernbrook Bank
""",
    notes="Exit interview at the user's current (soon former) employer: a meeting at the current job, not a hiring interview.",
)

add(
    name="oth-w8-ux-research-user-interview-paid",
    kind="other",
    frm="User Interviews <notifications@userinterviews.example>",
    to="jasmine.carter@example.com",
    subject="You're confirmed: 45-min interview about scheduling apps ($75)",
    date=(2026, 4, 8, 14, 0, "America/Detroit"),
    fmt="alt",
    body="""
Hi Jasmine,

Great news, you've been selected and your session is confirmed!

Study: Shift scheduling for healthcare workers
Researcher: Alex Kim, Senior UX Researcher at Rotawise
Format: 1:1 remote interview (Zoom), 45 minutes
When: Tuesday, April 14, 2026 at 7:00 PM EDT
Incentive: $75 via Tremendous, sent within 3 business days after the session

Join link: https://zoom.example/j/93120045521

Please join from a computer with a stable connection. If you can no longer attend, cancel at least 24 hours ahead from your dashboard so someone else can take the slot.

Thanks for participating,
The User Interviews team
""",
    notes="A paid UX-research 'interview' where the user is a study participant; named researcher and a time, but not a hiring interview.",
)

add(
    name="oth-w8-university-careers-mock-interview",
    kind="other",
    frm="Careers & Employability <careers@uni-edinburgh-north.example>",
    to="Aisha Rahman <aisha.rahman@example.co.uk>",
    subject="Booking confirmed: Practice interview (pharmacy) with a Careers Consultant",
    date=(2026, 7, 6, 13, 22, "Europe/London"),
    body="""
Dear Aisha,

Your appointment is confirmed.

Appointment type: Practice interview - 45 minutes
Careers Consultant: Fiona MacLeod
Date: Friday 10 July 2026
Time: 14:00 - 14:45 (UK time)
Where: Online (Teams link will be emailed on the day)

To get the most out of your practice interview, please upload the job description and your application to MyCareerHub at least 24 hours before the appointment. Your consultant will run the session like a real NHS values-based interview and give you feedback at the end.

If you cannot attend, please cancel via MyCareerHub so the slot can be offered to another student.

Careers & Employability Service
""",
    notes="A careers-service practice (mock) interview before a real one; a named consultant and a time, but no employer and no hiring.",
)
