# ruff: noqa: E501
# Wave 20, batch A: an independent writer's mail for candidates in tech, finance, consulting,
# pharma and retail head offices (US, UK, Ireland, Germany, the Netherlands, India, Singapore,
# Japan, Brazil): itineraries, panels only in the invitation's attendees, panel changes in
# replies above quoted threads, recruiters who screen, coordinators who only schedule, and
# hard negatives that look like hiring mail. Scored before any tuning on it.
from lib import add, ics
from mime import addr, hdr, vtz_eu, vtz_outlook_eu

# ================================================================ itineraries and tables
add(
    name="inv-w20-greenhouse-virtual-onsite-itinerary-table-nyc",
    kind="invitation",
    frm="Marisol Vega <marisol.vega@ledgerlane.example>",
    to="Kwame Asante <kwame.asante@example.com>",
    subject="Your virtual onsite with Ledgerlane - Senior Backend Engineer, Payments",
    date=(2026, 11, 2, 15, 12, "America/New_York"),
    fmt="alt",
    body="""
Hi Kwame,

Great news - the team would like to move you forward to the virtual onsite for the Senior Backend Engineer, Payments role. Here is your itinerary for Tuesday, November 10 (all times Eastern):

10:00 - 10:45  System design          Hannah Okonkwo, Staff Engineer
10:45 - 11:30  Coding (pairing)       Luca Bianchi, Senior Software Engineer
11:30 - 11:45  Break
11:45 - 12:30  Payments domain        Priyanka Raman, Engineering Manager
12:30 - 1:00   Values & collaboration Derek Lowe, Director of Engineering

Each session has its own Zoom link in the calendar holds I'll send separately. I'm your point of contact for logistics on the day - text me at +1 646 555 0148 if anything goes sideways.

Best,
Marisol

Marisol Vega
Recruiting Coordinator | Ledgerlane
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kwame,</p>
<p>Great news - the team would like to move you forward to the virtual onsite for the <b>Senior Backend Engineer, Payments</b> role. Here is your itinerary for <b>Tuesday, November 10</b> (all times Eastern):</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef2f7"><th>Time (ET)</th><th>Session</th><th>Interviewer</th></tr>
<tr><td>10:00 - 10:45</td><td>System design</td><td>Hannah Okonkwo, Staff Engineer</td></tr>
<tr><td>10:45 - 11:30</td><td>Coding (pairing)</td><td>Luca Bianchi, Senior Software Engineer</td></tr>
<tr><td>11:30 - 11:45</td><td>Break</td><td>&nbsp;</td></tr>
<tr><td>11:45 - 12:30</td><td>Payments domain</td><td>Priyanka Raman, Engineering Manager</td></tr>
<tr><td>12:30 - 1:00</td><td>Values &amp; collaboration</td><td>Derek Lowe, Director of Engineering</td></tr>
</table>
<p>Each session has its own Zoom link in the calendar holds I'll send separately. I'm your point of contact for logistics on the day - text me at +1 646 555 0148 if anything goes sideways.</p>
<p>Best,<br>Marisol</p>
<p style="color:#666">Marisol Vega<br>Recruiting Coordinator | Ledgerlane</p>
</body></html>
""",
    company="Ledgerlane",
    role="Senior Backend Engineer, Payments",
    interviewers=[
        ("Hannah Okonkwo", None, "Staff Engineer"),
        ("Luca Bianchi", None, "Senior Software Engineer"),
        ("Priyanka Raman", None, "Engineering Manager"),
        ("Derek Lowe", None, "Director of Engineering"),
    ],
    start="2026-11-10 10:00",
    end="2026-11-10 13:00",
    tz="America/New_York",
    notes="Itinerary table Time/Session/Interviewer; the coordinator only handles logistics. 1:00 means 13:00; sent and held in EST (US DST ended Nov 1).",
)

add(
    name="inv-w20-recruiter-runs-screen-signs-title-london",
    kind="invitation",
    frm="Imogen Farrell <imogen.farrell@harrowgatecapital.example>",
    to=addr("Tomasz Wójcik", "tomasz.wojcik@example.co.uk"),
    subject="Harrowgate Capital - Quantitative Analyst: initial call",
    date=(2026, 11, 4, 8, 51, "Europe/London"),
    body="""
Dear Tomasz,

Thank you for applying for the Quantitative Analyst position in our Systematic Credit team. I'd like to set up an initial 30-minute call so I can learn more about your background and walk you through the process.

Would Monday 9/11 at 16:00 work? I'll ring you on the mobile number on your CV. If that doesn't suit, just suggest a couple of alternatives.

Kind regards,

Imogen Farrell
Senior Talent Acquisition Partner
Harrowgate Capital LLP | 12 Finsbury Circus, London EC2M 7EB
""",
    company="Harrowgate Capital",
    role="Quantitative Analyst",
    interviewers=[
        (
            "Imogen Farrell",
            "imogen.farrell@harrowgatecapital.example",
            "Senior Talent Acquisition Partner",
        )
    ],
    start="2026-11-09 16:00",
    end="2026-11-09 16:30",
    tz="Europe/London",
    notes="The recruiter runs the screen herself ('so I can learn more') and signs with her title: she is the interviewer. 9/11 is day-first (9 November, a Monday).",
)

# ================================================================ names only in the attendees
_AMS_VTZ = vtz_outlook_eu("W. Europe Standard Time", 1, 2)
add(
    name="inv-w20-outlook-attendees-room-coordinator-amsterdam",
    kind="invitation",
    frm="Recruitment Coordinator <recruitment.events@vandermeerretail.example>",
    to="Sanne Bakker <sanne.bakker@example.nl>",
    subject="Second interview - Category Manager Fresh (Van der Meer Retail)",
    date=(2026, 10, 21, 11, 3, "Europe/Amsterdam"),
    ics_style="outlook",
    body="""
Dear Sanne,

As discussed with Joost by phone, please find attached the invitation for your second interview for the position of Category Manager Fresh at our head office in Zaandam.

You will meet the commercial director and the head of Fresh. Please report to the reception on the ground floor 10 minutes before the start; parking is available in the P2 garage.

Kind regards,

Lotte de Graaf
Recruitment Coordinator
Van der Meer Retail B.V. - Hoofdkantoor
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000C0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5",
        start="2026-10-29 14:00",
        end="2026-10-29 15:30",
        tz="Europe/Amsterdam",
        tzid="W. Europe Standard Time",
        vtz=_AMS_VTZ,
        organizer=("Lotte de Graaf", "recruitment.events@vandermeerretail.example"),
        attendees=[
            ("Ruud Verhoeven", "ruud.verhoeven@vandermeerretail.example"),
            ("Esther Koolhaas", "esther.koolhaas@vandermeerretail.example"),
            ("Sanne Bakker", "sanne.bakker@example.nl"),
            ("HK-Zaandam 3.14 Vergaderruimte (8)", "hk.zaandam.3.14@vandermeerretail.example"),
        ],
        summary="Tweede gesprek Sanne Bakker - Category Manager Fresh",
        prodid="Microsoft Exchange Server 2016",
        location="HK-Zaandam 3.14 Vergaderruimte (8)",
    ),
    company="Van der Meer Retail",
    role="Category Manager Fresh",
    interviewers=[
        ("Ruud Verhoeven", "ruud.verhoeven@vandermeerretail.example", None),
        ("Esther Koolhaas", "esther.koolhaas@vandermeerretail.example", None),
    ],
    start="2026-10-29 14:00",
    end="2026-10-29 15:30",
    tz="Europe/Amsterdam",
    notes="Interviewers named only as ICS attendees; the organizer (coordinator), the room resource and the candidate are not interviewers; Joost (phone) is not in the interview. Sent in CEST, interview after the Oct 25 change: CET +01:00.",
)

# ================================================================ panel changes in replies
add(
    name="rsch-w20-reply-above-thread-panelist-swapped-bengaluru",
    kind="reschedule",
    frm="Deepa Krishnan <deepa.krishnan@saffronpay.example>",
    to="Rohan Mehta <rohan.mehta@example.in>",
    subject="RE: Interview schedule - Product Manager, Merchant Lending",
    date=(2026, 11, 5, 17, 42, "Asia/Kolkata"),
    in_reply_to="<a81c0f2e.4411@saffronpay.example>",
    body="""
Hi Rohan,

Small change, apologies for the late notice. Priya is travelling next week, so we have moved your round 2 to Thursday 12 Nov, 3:00 - 4:30 PM IST, and Arvind Menon (Director - Lending Products) will take her slot. Ganesh Iyer stays on the panel as before. Same Teams link.

Please confirm this works.

Regards,
Deepa Krishnan
Talent Acquisition | SaffronPay

-----Original Message-----
From: Deepa Krishnan <deepa.krishnan@saffronpay.example>
Sent: Monday, November 2, 2026 11:15 AM
To: Rohan Mehta <rohan.mehta@example.in>
Subject: Interview schedule - Product Manager, Merchant Lending

Hi Rohan,

Congratulations on clearing the first round. Your round 2 for Product Manager, Merchant Lending is scheduled for Tuesday 10 Nov, 11:00 AM - 12:30 PM IST on Teams.

Panel:
- Priya Subramaniam, Group Product Manager
- Ganesh Iyer, Principal Engineer

Regards,
Deepa
""",
    company="SaffronPay",
    role="Product Manager, Merchant Lending",
    interviewers=[
        ("Arvind Menon", None, "Director - Lending Products"),
        ("Ganesh Iyer", None, "Principal Engineer"),
    ],
    start="2026-11-12 15:00",
    end="2026-11-12 16:30",
    tz="Asia/Kolkata",
    notes="Reply above the quoted original: Priya is replaced by Arvind Menon; Ganesh stays (title only in the quoted panel). The quoted Tuesday slot is superseded.",
)

add(
    name="inv-w20-hm-iphone-first-name-full-in-cc-dublin",
    kind="invitation",
    frm="=?utf-8?q?Ciar=C3=A1n_=C3=93_D=C3=A1laigh?= <ciaran.odalaigh@brightwaterpharma.example>",
    to="Aoife Brennan <aoife.brennan@example.ie>",
    cc="Siobhan Kavanagh <siobhan.kavanagh@brightwaterpharma.example>",
    subject="Re: QA Lead - Brightwater Pharma",
    date=(2026, 11, 6, 19, 27, "Europe/Dublin"),
    in_reply_to="<CAF4n7xq01@mail.example.ie>",
    body="""
Hi Aoife, thanks for coming back so quickly. Could you do Wed at 10 here in Ringaskiddy? It'd be me and Siobhan from QC, about an hour. Will get Niamh in HR to send directions.

Ciarán

Sent from my iPhone

> On 6 Nov 2026, at 14:02, Aoife Brennan <aoife.brennan@example.ie> wrote:
>
> Dear Ciarán,
> Thank you for the call today. I'm very interested in the QA Lead role and happy to come in for an interview any day next week.
> Best regards,
> Aoife
""",
    company="Brightwater Pharma",
    role="QA Lead",
    interviewers=[
        ("Ciarán Ó Dálaigh", "ciaran.odalaigh@brightwaterpharma.example", None),
        ("Siobhan Kavanagh", "siobhan.kavanagh@brightwaterpharma.example", None),
    ],
    start="2026-11-11 10:00",
    end="2026-11-11 11:00",
    tz="Europe/Dublin",
    notes="Hiring manager from his phone: 'me and Siobhan'; his full name is only in the RFC 2047 From, hers only in Cc. Niamh in HR only sends directions. 'Wed' after Friday 6 Nov = 11 Nov.",
)

# ================================================================ superday
add(
    name="inv-w20-superday-bank-itinerary-lunch-not-assessed-london",
    kind="invitation",
    frm="Graduate Recruitment <graduates@aldgatebrook.example>",
    to="Maya Chen <maya.chen@example.ac.uk>",
    subject="Aldgate Brook Superday - Investment Banking Summer Analyst 2027 - confirmation",
    date=(2026, 10, 30, 16, 5, "Europe/London"),
    fmt="qp",
    body="""
Dear Maya,

Congratulations! We are delighted to confirm your place at our Investment Banking Summer Analyst 2027 Superday on Friday 13 November 2026 at 25 Bishopsgate, London.

Your schedule
08:30 Arrival and welcome (Graduate Recruitment team)
09:00 Interview 1 - Oliver Pemberton, Managing Director, M&A
09:45 Interview 2 - Aisha Rahman, Vice President, Leveraged Finance
10:30 Technical case exercise (written, 45 minutes)
11:30 Interview 3 - Florian Keller, Director, ECM
12:15 Lunch with current analysts (informal and not assessed)
13:00 Close

Please bring photo ID and arrive in business attire. Travel expenses within the UK will be reimbursed - keep your receipts.

We look forward to welcoming you.

Kind regards,
Hannah Lowe
Graduate Recruitment Coordinator
Aldgate Brook & Co. - EMEA Campus Recruiting
""",
    company="Aldgate Brook",
    role="Investment Banking Summer Analyst 2027",
    interviewers=[
        ("Oliver Pemberton", None, "Managing Director, M&A"),
        ("Aisha Rahman", None, "Vice President, Leveraged Finance"),
        ("Florian Keller", None, "Director, ECM"),
    ],
    start="2026-11-13 08:30",
    end="2026-11-13 13:00",
    tz="Europe/London",
    notes="Superday itinerary with one interviewer per slot; the coordinator signs and welcomes; unnamed analysts at lunch are not interviewers. The day runs 08:30-13:00.",
)

# ================================================================ hard negatives (1)
add(
    name="other-w20-linkedin-job-alert-digest-pharma",
    kind="other",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    to="Aoife Brennan <aoife.brennan@example.ie>",
    subject="30+ new jobs for 'QA Lead' in Cork, Ireland",
    date=(2026, 11, 7, 7, 30, "Europe/Dublin"),
    fmt="alt",
    body="""
Your job alert for QA Lead in Cork, Ireland

QA Lead
Brightwater Pharma - Ringaskiddy, County Cork (On-site)
Actively recruiting · 2 days ago

Quality Assurance Lead, Sterile Manufacturing
Corrib Biologics - Cork (Hybrid)
Be an early applicant

Senior QA Specialist - Batch Release
Lee Valley Therapeutics - Little Island (On-site)
Interview in 2 weeks: employers on LinkedIn are hiring fast

QC Team Lead
Harbour Labs - Cork (On-site)
3 connections work here

See all jobs

You are receiving Job Alert emails. Unsubscribe · Help
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2
""",
    notes="Job-alert digest; it lists the role the user is really interviewing for and the phrase 'Interview in 2 weeks', but asks for no interview.",
)

add(
    name="other-w20-user-on-greenhouse-panel-at-current-job",
    kind="other",
    frm="Greenhouse <no-reply@greenhouse-mail.io>",
    to="Kwame Asante <kwame.asante@tallyworks.example>",
    subject="Interview scheduled: Jordan Pierce for Backend Engineer II",
    date=(2026, 11, 3, 10, 0, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Kwame,</p>
<p>You have been scheduled to interview <b>Jordan Pierce</b> for <b>Backend Engineer II</b> at Tallyworks.</p>
<table cellpadding="4">
<tr><td><b>When</b></td><td>Thursday, November 5, 2026 2:00 PM - 3:00 PM EST</td></tr>
<tr><td><b>Interview</b></td><td>Technical Deep Dive</td></tr>
<tr><td><b>Other interviewers</b></td><td>Sofia Lindgren</td></tr>
<tr><td><b>Location</b></td><td>Zoom (link in calendar invite)</td></tr>
</table>
<p><a href="https://app.greenhouse.io/interviews/88120431/kit">View interview kit</a> and submit your scorecard within 24 hours of the interview.</p>
<p style="color:#888;font-size:12px">Sent by Greenhouse on behalf of Tallyworks</p>
</body></html>
""",
    notes="The user is the interviewer at the current job (scorecard, interview kit); not an interview for the user.",
)

add(
    name="other-w20-case-interview-webinar-ics",
    kind="other",
    frm="Careers Service <careers-events@lse-alumni.example>",
    to="Maya Chen <maya.chen@example.ac.uk>",
    subject="You're registered: Cracking the Case Interview with Strategy& and Kearney consultants",
    date=(2026, 11, 2, 12, 0, "Europe/London"),
    body="""
Hi Maya,

Thank you for registering for Cracking the Case Interview, a live webinar with consultants from two leading strategy firms.

When: Wednesday 18 November 2026, 18:00-19:15 GMT
Speakers:
- Rebecca Oduya, Manager
- Henrik Aas, Senior Consultant

We will walk through a market-sizing case live and take questions. The calendar invitation is attached; the joining link will be sent one hour before the start.

Careers Service Events Team
""",
    ics=ics(
        uid="evt-2026-11-18-case-interview@careers-events",
        start="2026-11-18 18:00",
        end="2026-11-18 19:15",
        tz="Europe/London",
        vtz=vtz_eu("Europe/London", "+0000", "+0100", "GMT", "BST"),
        organizer=("Careers Service Events", "careers-events@lse-alumni.example"),
        attendees=[("Maya Chen", "maya.chen@example.ac.uk")],
        summary="Webinar: Cracking the Case Interview",
        prodid="-//Eventbrite//Event//EN",
    ),
    ics_style="attach",
    notes="Webinar about case interviews with an ICS and speakers; nobody interviews the user.",
)

# ================================================================ next steps and info request
add(
    name="next-w20-consulting-case-round-partners-decide-friday",
    kind="next_steps",
    frm="Charlotte Dubois <charlotte.dubois@meridianpartners.example>",
    to="Arjun Patel <arjun.patel@example.com>",
    subject="Thank you - final round, Meridian Partners",
    date=(2026, 11, 24, 18, 10, "America/Chicago"),
    body="""
Hi Arjun,

Thank you for spending the day with us in Chicago. Both case interviewers and Tom enjoyed the discussion, particularly your structuring on the regional bank case.

Next steps: the partner group meets on Monday to review all final-round candidates for the Associate role, and I will call you with an answer by Friday, December 4. If anything changes on your side in the meantime (other offers, timing), please let me know.

Best regards,
Charlotte

Charlotte Dubois
Senior Recruiting Manager, Midwest
Meridian Partners
""",
    company="Meridian Partners",
    role="Associate",
    decision_by="2026-12-04",
    notes="After the final round; the stated decision date is Friday, December 4. Names mentioned (Tom) are past interviewers, not a new interview.",
)

add(
    name="info-w20-hm-mobile-references-decide-five-business-days",
    kind="info_request",
    frm="Rafael Monteiro <rafael.monteiro@verdevale.example>",
    to="Beatriz Souza <beatriz.souza@example.com.br>",
    subject="Re: Coordenadora de Supply Chain - referências",
    date=(2026, 11, 10, 20, 14, "America/Sao_Paulo"),
    fmt="qp",
    body="""
Oi Beatriz, tudo bem?

Gostamos muito da conversa de ontem. Você poderia me mandar o contato de duas referências profissionais (de preferência um ex-gestor) até segunda-feira? Com isso a gente fecha a decisão sobre a vaga de Coordenadora de Supply Chain aqui na Verdevale em até 5 dias úteis.

Abs,
Rafael

Enviado do meu iPhone
""",
    company="Verdevale",
    role="Coordenadora de Supply Chain",
    decision_by="2026-11-17",
    notes="Hiring manager from his phone asks for two references by Monday (a candidate deadline, not a decision date) and decides 'em até 5 dias úteis' from Tue 10 Nov: 11, 12, 13, 16, 17 -> 17 Nov (no Brazilian holiday in between; 15 Nov is a Sunday).",
)

# ================================================================ Germany, Singapore, Brazil, Japan
add(
    name="inv-w20-personio-pharma-german-hrbp-joins-mannheim",
    kind="invitation",
    frm="Kessler Pharma Recruiting <kesslerpharma@mail.personio.de>",
    to="Lena Hoffmann <lena.hoffmann@example.de>",
    subject="Einladung zum Vorstellungsgespräch - Clinical Trial Manager",
    date=(2026, 10, 20, 9, 30, "Europe/Berlin"),
    fmt="alt",
    body="""
Liebe Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Clinical Trial Manager bei der Kessler Pharma GmbH. Wir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch an unserem Standort Mannheim ein:

Termin: Dienstag, 03.11.2026, 10:00 bis 11:30 Uhr
Ort: Kessler Pharma GmbH, Augustaanlage 41, 68165 Mannheim, Gebäude B, Empfang

Ihre Gesprächspartner:
- Dr. Katrin Vogel, Head of Clinical Operations
- Jonas Hartmann, Senior Clinical Trial Manager

Ich selbst werde ebenfalls am Gespräch teilnehmen. Bitte bestätigen Sie den Termin kurz über den Link in Ihrem Bewerberportal.

Mit freundlichen Grüßen

Melanie Schubert
HR Business Partner
Kessler Pharma GmbH
""",
    company="Kessler Pharma",
    role="Clinical Trial Manager",
    interviewers=[
        ("Katrin Vogel", None, "Head of Clinical Operations"),
        ("Jonas Hartmann", None, "Senior Clinical Trial Manager"),
        ("Melanie Schubert", None, "HR Business Partner"),
    ],
    start="2026-11-03 10:00",
    end="2026-11-03 11:30",
    tz="Europe/Berlin",
    notes="Personio (Date in UTC). 'Dr.' dropped. The HR business partner says she will take part in the interview herself, so she is an interviewer. Sent in CEST, interview in CET.",
)

add(
    name="inv-w20-calendly-booked-recruiter-screen-family-name-first-singapore",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    to="Nurul Huda <nurul.huda@example.sg>",
    subject="Confirmed: Recruiter screen with Tan Wei Ling on Thursday, 19 November 2026",
    date=(2026, 11, 16, 21, 48, "Asia/Singapore"),
    fmt="alt",
    body="""
Hi Nurul Huda,

Your event has been scheduled.

Event type
Recruiter screen - AML Analytics Manager (30 min)

With
Tan Wei Ling, Talent Acquisition Lead, Straits Harbour Bank

When
10:00am - 10:30am, Thursday, 19 November 2026 (Singapore Standard Time)

Where
Microsoft Teams - details in the calendar invitation

Need to make changes to this event?
Cancel | Reschedule

Powered by Calendly
""",
    ics=ics(
        uid="c7f2e0d4-5a1b-4c3e-9f87-0b6a4d2e1c55@calendly.com",
        start="2026-11-19 10:00",
        end="2026-11-19 10:30",
        tz="Asia/Singapore",
        utc=True,
        organizer=("Tan Wei Ling", "weiling.tan@straitsharbour.example"),
        attendees=[
            ("Tan Wei Ling", "weiling.tan@straitsharbour.example"),
            ("Nurul Huda", "nurul.huda@example.sg"),
        ],
        summary="Recruiter screen - AML Analytics Manager",
        prodid="-//Calendly//Calendly//EN",
    ),
    ics_style="attach",
    company="Straits Harbour Bank",
    role="AML Analytics Manager",
    interviewers=[
        (
            "Tan Wei Ling",
            "weiling.tan@straitsharbour.example",
            "Talent Acquisition Lead",
        )
    ],
    start="2026-11-19 10:00",
    end="2026-11-19 10:30",
    tz="Asia/Singapore",
    notes="Calendly booking confirmation (Date and ICS in UTC); the recruiter runs the screen. 'Tan Wei Ling' is family-name-first and kept as written.",
)

add(
    name="rsch-w20-workday-reagendada-fpa-sao-paulo",
    kind="reschedule",
    frm="Grupo Paineira - Recrutamento <paineira@myworkday.com>",
    to="Beatriz Souza <beatriz.souza@example.com.br>",
    subject="Sua entrevista foi reagendada - Analista de Planejamento Financeiro Sênior",
    date=(2026, 11, 18, 10, 22, "America/Sao_Paulo"),
    fmt="html64",
    html="""<html><body style="font-family:Arial">
<p>Olá, Beatriz!</p>
<p>Informamos que a sua entrevista para a vaga <b>Analista de Planejamento Financeiro Sênior</b> (requisição R-20418) no Grupo Paineira foi <b>reagendada</b> a pedido do gestor.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Data anterior</td><td><s>24/11/2026, 10h00</s></td></tr>
<tr><td>Nova data</td><td>26/11/2026 (quinta-feira), das 14h00 às 15h00 (horário de Brasília)</td></tr>
<tr><td>Formato</td><td>Presencial - Av. Brigadeiro Faria Lima, 3900, 12º andar</td></tr>
<tr><td>Entrevistadores</td><td>Fernanda Albuquerque Lima - Gerente de Planejamento Financeiro<br>Marcelo Tavares - Controller</td></tr>
</table>
<p>Caso não possa comparecer, responda pelo portal Workday.</p>
<p>Atenciosamente,<br>Equipe de Atração de Talentos<br>Grupo Paineira</p>
</body></html>
""",
    company="Grupo Paineira",
    role="Analista de Planejamento Financeiro Sênior",
    interviewers=[
        ("Fernanda Albuquerque Lima", None, "Gerente de Planejamento Financeiro"),
        ("Marcelo Tavares", None, "Controller"),
    ],
    start="2026-11-26 14:00",
    end="2026-11-26 15:00",
    tz="America/Sao_Paulo",
    notes="HTML-only base64 Workday table in Portuguese; the struck-through old date is superseded. Requisition number R-20418 not part of the role. Day-first dates, Brasília time.",
)

add(
    name="inv-w20-japanese-first-interview-two-interviewers-tokyo",
    kind="invitation",
    frm=addr("ミナトリテール 採用担当", "saiyo@minato-retail.example", encoding="b"),
    to=addr("山田 翔太", "shota.yamada@example.jp"),
    subject=hdr(
        "【一次面接のご案内】データサイエンティスト（リテール分析）／株式会社ミナトリテール"
    ),
    date=(2026, 11, 17, 13, 5, "Asia/Tokyo"),
    fmt="b64",
    body="""
山田 翔太 様

この度は株式会社ミナトリテールのデータサイエンティスト（リテール分析）職にご応募いただき、誠にありがとうございます。
書類選考の結果、ぜひ一次面接にお越しいただきたくご連絡いたしました。

■日時：2026年11月27日（金）15:00～16:00
■場所：本社 12階 会議室（東京都港区芝浦3-4-1）
■面接官：
　小林 陽斗（データ戦略部 部長）
　中村 美咲（シニアデータサイエンティスト）

当日は受付にて「採用面接」とお伝えください。
ご都合が悪い場合は、11月20日（金）までにご連絡ください。

株式会社ミナトリテール
人事部 採用担当　木村
""",
    company="ミナトリテール",
    role="データサイエンティスト（リテール分析）",
    interviewers=[
        ("小林 陽斗", None, "データ戦略部 部長"),
        ("中村 美咲", None, "シニアデータサイエンティスト"),
    ],
    start="2026-11-27 15:00",
    end="2026-11-27 16:00",
    tz="Asia/Tokyo",
    notes="Japanese, base64, RFC 2047 B-encoded From and Subject; family-name-first names kept as written. Kimura (採用担当) only schedules; 11月20日 is a reply deadline for the candidate.",
)

add(
    name="inv-w20-lever-panelist-joins-same-slot-berlin",
    kind="invitation",
    frm="Jonas Richter <jonas.richter@hire.lever.co>",
    to="Ines Carvalho <ines.carvalho@example.com>",
    subject="Update: your product sense interview at Tessera Mobility",
    date=(2026, 11, 23, 9, 14, "Europe/Berlin"),
    reply_to="Jonas Richter <jonas.richter@tesseramobility.example>",
    body="""
Hi Ines,

Quick update on Wednesday's product sense interview for the Senior Product Manager, Fleet role: Nadia Rahman, Staff Product Manager, will join Tom Becker, our Head of Product, so you'll have two interviewers instead of one. Nothing else changes - it's still Wednesday 25 November, 11:00-12:00 CET, on the same Google Meet link.

If you'd like to read up on Nadia, she led our depot-charging launch last year.

Cheers,
Jonas
Recruiter, Tessera Mobility
""",
    company="Tessera Mobility",
    role="Senior Product Manager, Fleet",
    interviewers=[
        ("Tom Becker", None, "Head of Product"),
        ("Nadia Rahman", None, "Staff Product Manager"),
    ],
    start="2026-11-25 11:00",
    end="2026-11-25 12:00",
    tz="Europe/Berlin",
    notes="Lever (Date in UTC). A second interviewer joins an unchanged slot: the message confirms a specific interview, so invitation. The recruiter only sends the update.",
)

# ================================================================ hard negatives (2)
add(
    name="other-w20-trade-press-interview-request-retail-exec",
    kind="other",
    frm="Georgia Mills <georgia.mills@retailsignal.example>",
    to="Emily Tran <emily.tran@example.com>",
    subject="Interview request - Retail Signal feature on inventory planning",
    date=(2026, 11, 12, 11, 20, "Europe/London"),
    body="""
Hi Emily,

I'm a senior reporter at Retail Signal and I'm putting together a feature on how mid-sized chains are rethinking inventory planning after this year's peak season. A colleague mentioned your talk at NRF.

Would you be open to a 20-minute interview by phone or Zoom next week? Tuesday or Wednesday afternoon your time would be ideal. Quotes would be attributed to you by name and title unless you'd prefer otherwise, and I'm happy to share them with you before publication.

Best,
Georgia Mills
Senior Reporter, Retail Signal
+44 20 7946 0321
""",
    notes="A journalist asks the user for a press interview; not hiring mail.",
)

add(
    name="other-w20-candidate-survey-names-past-interviewers",
    kind="other",
    frm="Ledgerlane Talent Team <ledgerlane@surveys.candidatepulse.example>",
    to="Kwame Asante <kwame.asante@example.com>",
    subject="How was your interview experience with Ledgerlane?",
    date=(2026, 11, 11, 12, 0, "America/New_York"),
    fmt="alt",
    body="""
Hi Kwame,

Thank you for interviewing with Ledgerlane yesterday. We'd love to hear how it went - good or bad - so we can keep improving.

The survey takes about 3 minutes and your answers are anonymous; they are never shared with Hannah Okonkwo, Luca Bianchi, Priyanka Raman or Derek Lowe, or with anyone involved in the hiring decision.

Take the survey: https://candidatepulse.example/s/LL-7f2c91

Thank you,
The Ledgerlane Talent Team

Powered by CandidatePulse · Unsubscribe
""",
    notes="A survey about an interview already held; it names the past interviewers but is no interview and states no decision date.",
)

_LON_VTZ = vtz_outlook_eu("GMT Standard Time", 0, 1)
add(
    name="other-w20-stay-interview-current-employer-outlook",
    kind="other",
    frm="Priya Nair <priya.nair@harbourline.example>",
    to=addr("Tomasz Wójcik", "tomasz.wojcik@harbourline.example"),
    subject="Stay interview - 30 mins",
    date=(2026, 11, 16, 9, 2, "Europe/London"),
    ics_style="outlook",
    body="""
Hi Tomasz,

As part of the People team's stay interview programme I'm booking 30 minutes with everyone in the risk analytics team before year-end. It's an informal chat about what keeps you here, what frustrates you and what you'd like to learn next year - nothing to prepare.

Thanks,
Priya

Priya Nair
Head of Risk Analytics
Harbourline Bank
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A69788",
        start="2026-11-24 14:00",
        end="2026-11-24 14:30",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz=_LON_VTZ,
        organizer=("Priya Nair", "priya.nair@harbourline.example"),
        attendees=[("Tomasz Wójcik", "tomasz.wojcik@harbourline.example")],
        summary="Stay interview - Tomasz / Priya",
        prodid="Microsoft Exchange Server 2016",
    ),
    notes="A 'stay interview' with the user's own manager at the current job (internal address on both sides); not a job interview.",
)

add(
    name="other-w20-scam-telegram-interview-imitates-employer",
    kind="other",
    frm="Ledgerlane HR Department <ledgerlane.hr.onboarding@gmail.example>",
    to="Kwame Asante <kwame.asante@example.com>",
    subject="Ledgerlane - Remote Online Interview Invitation (URGENT)",
    date=(2026, 11, 13, 3, 41, "America/New_York"),
    body="""
Dear Applicant,

Your resume has been reviewed by Ledgerlane Hiring Department and you have been shortlisted for the Remote Payment Processing Specialist position ($45/hour, weekly pay).

Your online interview will be conducted by our Hiring Manager Mr. Derek Lowe via Telegram text chat. Kindly add him on Telegram @DerekLowe_HR_Ledgerlane and send the code LL-4471 to begin your interview immediately.

After interview, successful candidate will receive check to purchase home office equipment from our approved vendor.

Regards,
HR Department
Ledgerlane Inc.
""",
    notes="Scam imitating the user's real prospective employer (Telegram text 'interview', cheque for equipment, free-mail sender, reused real name): other.",
)
