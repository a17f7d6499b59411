# ruff: noqa: E501
from lib import add, ics
from mime import VTZ_OUTLOOK_PACIFIC, addr, hdr, vtz_outlook_us, vtz_us

# ---------------------------------------------------------------- invitations
add(
    name="inv-greenhouse-virtual-onsite",
    kind="invitation",
    frm="Brightwave Recruiting <no-reply@us.greenhouse-mail.io>",
    reply_to="Kayla Simmons <kayla.simmons@brightwave.example>",
    to="Mei Lin Chen <meilin.chen@example.com>",
    subject="Interview Confirmation: Product Designer at Brightwave",
    date=(2026, 7, 8, 16, 20, "America/New_York"),
    fmt="alt64",
    body="""
Hi Mei Lin,

Thank you for taking the time to interview with Brightwave! Below is your virtual onsite schedule for the Product Designer role. All times are shown in Eastern Time (EDT).

Tuesday, July 14, 2026

11:00 AM - 11:45 AM   Portfolio review
                      Renata Oliveira, Design Director
11:45 AM - 12:30 PM   Collaboration & craft
                      Ben Adler, Senior Product Designer
12:30 PM - 1:15 PM    Product thinking
                      Sophie Laurent, Group Product Manager

Each session has its own Zoom link in the calendar invitations you will receive separately. Please have your portfolio ready to share on screen for the first session.

If you need any accommodations, reply to this email and let me know.

Best,
Kayla Simmons
Recruiting Coordinator, Brightwave

Powered by Greenhouse
""",
    company="Brightwave",
    role="Product Designer",
    interviewers=[
        ("Renata Oliveira", None, "Design Director"),
        ("Ben Adler", None, "Senior Product Designer"),
        ("Sophie Laurent", None, "Group Product Manager"),
    ],
    start="2026-07-14 11:00",
    end="2026-07-14 13:15",
    tz="America/New_York",
    notes="Greenhouse schedule of three back-to-back sessions; the coordinator only schedules. EDT in July.",
)

add(
    name="inv-recruiter-phone-screen",
    kind="invitation",
    frm="Tessa Morgan <tessa@quarrylabs.example>",
    to="Oluwaseun Adeyemi <seun.adeyemi@example.org>",
    subject="Quick call about the Site Reliability Engineer role?",
    date=(2026, 3, 10, 13, 2, "America/Los_Angeles"),
    fmt="plain",
    body="""
Hi Seun,

Thanks for applying to Quarry Labs! I'm the recruiter for our Site Reliability Engineer opening and I'd love to do a quick intro call — 30 minutes, just you and me, to walk through your background and what the team is looking for.

Does Thursday (3/12) at 2:00 PM Pacific work? I'll call you at the number on your resume. If not, send me a couple of times that do.

Talk soon,
Tessa

Tessa Morgan | Technical Recruiter | Quarry Labs
""",
    company="Quarry Labs",
    role="Site Reliability Engineer",
    interviewers=[("Tessa Morgan", "tessa@quarrylabs.example", "Technical Recruiter")],
    start="2026-03-12 14:00",
    end="2026-03-12 14:30",
    tz="America/Los_Angeles",
    notes="Recruiter runs the phone screen, so she is the interviewer. Mar 12 is after the Mar 8 DST switch: PDT.",
)

add(
    name="inv-calendly-link",
    kind="invitation",
    frm="Marco Bianchi <marco@lanterna.example>",
    to="sofia.ramirez@example.net",
    subject="Re: Head of Design application — let's talk",
    date=(2026, 5, 19, 9, 41, "Europe/Rome"),
    fmt="alt",
    in_reply_to="<CAM0sR7Q1pX2-sofia@mail.example.net>",
    body="""
Ciao Sofía,

thank you for the thoughtful note and the case studies — the wayfinding project especially. I'd like to meet you for a first conversation, around 30 minutes over video.

Please grab any slot that suits you here: https://calendly.com/marco-lanterna/30min

Looking forward,
Marco

--
Marco Bianchi
Founder & CEO, Lanterna
Via Tortona 31, Milano

On Mon, 18 May 2026 at 22:10, Sofía Ramírez <sofia.ramirez@example.net> wrote:
> Dear Marco,
> I'm writing about the Head of Design position at Lanterna. I've attached my CV
> and two case studies. I'm available most afternoons next week.
> Best regards,
> Sofía
""",
    company="Lanterna",
    role="Head of Design",
    interviewers=[("Marco Bianchi", "marco@lanterna.example", "Founder & CEO")],
    notes="Self-scheduling Calendly link: an invitation without a time yet.",
)

ICS_PST = ics(
    uid="040000008200E00074C5B7101A82E0080000000080C2F1E3A9E5DC01000000000000000010000000D4A1",
    start="2026-06-16 10:00",
    end="2026-06-16 11:00",
    tz="America/Los_Angeles",
    tzid="Pacific Standard Time",
    vtz=VTZ_OUTLOOK_PACIFIC,
    prodid="Microsoft Exchange Server 2010",
    organizer=("Gregory Hale", "ghale@pinecrest-bank.example"),
    attendees=[
        ("Anita Desai", "adesai@pinecrest-bank.example"),
        ("Lukas Becker", "lukas.becker@example.com"),
    ],
    summary="Interview: Lukas Becker - Senior Java Developer",
    stamp="20260609T201500Z",
    location="Microsoft Teams Meeting",
)
add(
    name="inv-outlook-pacific-wrong-label",
    kind="invitation",
    frm='"Hale, Gregory" <ghale@pinecrest-bank.example>',
    to="Lukas Becker <lukas.becker@example.com>",
    cc='"Desai, Anita" <adesai@pinecrest-bank.example>',
    subject="Interview: Lukas Becker - Senior Java Developer",
    date=(2026, 6, 9, 13, 15, "America/Los_Angeles"),
    ics=ICS_PST,
    ics_style="outlook",
    headers="X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \nThread-Topic: Interview: Lukas Becker - Senior Java Developer\nContent-Language: en-US",
    body="""
Lukas,

Confirming your interview for the Senior Java Developer position on Tuesday, June 16 at 10 AM PST. Anita Desai (VP, Payments Engineering) and I will be on the call. Plan for about an hour; we'll spend most of it on a design discussion.

Regards,

Gregory Hale
Director, Software Engineering
Pinecrest Bank

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_NzQ1>
Meeting ID: 241 553 871 902
Passcode: 7fQ2xk
________________________________________________________________________________
""",
    company="Pinecrest Bank",
    role="Senior Java Developer",
    interviewers=[
        ("Gregory Hale", "ghale@pinecrest-bank.example", "Director, Software Engineering"),
        ("Anita Desai", "adesai@pinecrest-bank.example", "VP, Payments Engineering"),
    ],
    start="2026-06-16 10:00",
    end="2026-06-16 11:00",
    tz="America/Los_Angeles",
    notes="Body says 'PST' in June; the Outlook ICS (TZID 'Pacific Standard Time' with DST rules) gives PDT -07:00. The sender interviews too.",
)

add(
    name="inv-uk-dayfirst",
    kind="invitation",
    frm="Harriet Cole <harriet.cole@fernhill-games.example>",
    to="Daniel O'Connor <dan.oconnor@example.co.uk>",
    subject="Interview invitation - Gameplay Programmer",
    date=(2026, 8, 27, 10, 12, "Europe/London"),
    fmt="qp",
    body="""
Dear Daniel,

Thank you for your application for the Gameplay Programmer role at Fernhill Games. We were impressed with your demo reel and would like to invite you to a first-stage interview at our Guildford studio.

Date: 03/09/2026
Time: 14:00 – 15:00
Location: Fernhill Games, 4 Chertsey Street, Guildford GU1 4HD

You'll be meeting:
• Callum Price – Lead Gameplay Programmer
• Niamh Gallagher – Senior Producer

Please bring photo ID and sign in at reception. Kindly confirm your attendance by replying to this email.

Kind regards,

Harriet Cole
People & Talent Coordinator
Fernhill Games Ltd
""",
    company="Fernhill Games",
    role="Gameplay Programmer",
    interviewers=[
        ("Callum Price", None, "Lead Gameplay Programmer"),
        ("Niamh Gallagher", None, "Senior Producer"),
    ],
    start="2026-09-03 14:00",
    end="2026-09-03 15:00",
    tz="Europe/London",
    notes="UK day-first 03/09/2026 = 3 September; no zone given, sender is in London (BST). Coordinator not an interviewer.",
)

add(
    name="inv-german-dr-dotted-date",
    kind="invitation",
    frm=addr("Jürgen Weiß", "j.weiss@helio-energie.example"),
    to="Tomasz Kowalski <t.kowalski@example.pl>",
    subject=hdr(
        "Einladung zum Vorstellungsgespräch / Interview invitation – Data Scientist (m/w/d)"
    ),
    date=(2026, 11, 2, 8, 55, "Europe/Berlin"),
    fmt="alt",
    body="""
Dear Mr. Kowalski,

thank you for your interest in the position Data Scientist (m/w/d) at Helio Energie GmbH. We would like to get to know you in a video interview:

Tuesday, 10.11.2026, 10:30 – 11:30 (CET)

Participants on our side:
Dr. Katrin Vogel – Head of Data & Analytics
Mr. Felix Brandt – Senior Data Scientist

The interview will take place via Microsoft Teams; you will receive the link the day before.

Kind regards / Mit freundlichen Grüßen

Jürgen Weiß
HR Business Partner
Helio Energie GmbH | Lindenstraße 12 | 10969 Berlin
Geschäftsführer: Dr. Martin Roth | HRB 201934 B
""",
    company="Helio Energie",
    role="Data Scientist (m/w/d)",
    interviewers=[
        ("Katrin Vogel", None, "Head of Data & Analytics"),
        ("Felix Brandt", None, "Senior Data Scientist"),
    ],
    start="2026-11-10 10:30",
    end="2026-11-10 11:30",
    tz="Europe/Berlin",
    notes="Dotted day-first date; honorifics dropped; HR partner and the managing director in the footer are not interviewers. CET +01:00 in November.",
)

add(
    name="inv-tomorrow-no-zone",
    kind="invitation",
    frm="Chris Novak <chris@switchback-outdoor.example>",
    to="Jamal Carter <jamal.carter@example.com>",
    subject="tomorrow?",
    date=(2026, 7, 21, 16, 40, "America/Denver"),
    fmt="plain",
    body="""
Jamal -

Sorry for the short notice. Any chance you could come by the shop tomorrow at 10am to talk about the ops manager job? Should take about 45 min. It'll be me and Lauren Kay (she runs our warehouse).

1820 Pearl St, ask for me at the front.

Chris Novak
Owner, Switchback Outdoor
""",
    company="Switchback Outdoor",
    role="ops manager",
    interviewers=[
        ("Chris Novak", "chris@switchback-outdoor.example", "Owner"),
        ("Lauren Kay", None, None),
    ],
    start="2026-07-22 10:00",
    end="2026-07-22 10:45",
    tz="America/Denver",
    notes="'tomorrow at 10am' against the Date header (Tue Jul 21, -0600); no zone written, sender's zone (MDT).",
)

add(
    name="inv-next-monday-pt-dst",
    kind="invitation",
    frm="Aaron Feld <aaron.feld@cobaltworks.example>",
    to="Aiko Tanaka <aiko.tanaka@example.jp>",
    subject="Cobalt Works: hiring manager conversation",
    date=(2026, 10, 28, 11, 5, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Aiko,

Great news — the team enjoyed the take-home and wants to move you forward for the Staff Frontend Engineer position. Next is a conversation with the hiring manager, Wen Zhao (Director of Engineering, Web Platform).

We've put it on her calendar for next Monday 9:30 PT, for 45 minutes. I know that's early for you in Tokyo's evening-to-morning shuffle, so tell me if it's a problem and we'll find another time.

Best,
Aaron Feld
Recruiting Partner, Cobalt Works
""",
    company="Cobalt Works",
    role="Staff Frontend Engineer",
    interviewers=[("Wen Zhao", None, "Director of Engineering, Web Platform")],
    start="2026-11-02 09:30",
    end="2026-11-02 10:15",
    tz="America/Los_Angeles",
    notes="'next Monday' from Wed Oct 28 = Nov 2, after US DST ended Nov 1: PST -08:00 although the message was sent during PDT.",
)

add(
    name="inv-japan-family-name-first",
    kind="invitation",
    frm=f"{hdr('株式会社ミナト 採用担当', encoding='b')} <saiyo@minato-tech.example>",
    to="Minh Nguyen <minh.nguyen@example.com>",
    subject=hdr("【面接のご案内】Backend Engineer / Minato Technologies", encoding="b"),
    date=(2026, 10, 29, 18, 30, "Asia/Tokyo"),
    fmt="b64",
    body="""
Minh Nguyen 様

この度は株式会社ミナトの Backend Engineer ポジションにご応募いただき、誠にありがとうございます。
書類選考の結果、ぜひ一次面接にお越しいただきたくご連絡いたしました。

(English below)

Dear Minh Nguyen,

Thank you for applying for the Backend Engineer position at Minato Technologies. We are pleased to invite you to a first interview.

Date and time: Thursday, November 5, 2026, 15:00–16:00 JST
Format: Online (Google Meet — link will follow)
Interviewers:
  TANAKA Yuki, Engineering Manager
  Suzuki Kenta, Senior Backend Engineer

Please reply by October 31 to confirm.

Best regards,
Yamamoto Aya
Recruiting Team, Minato Technologies
""",
    company="Minato Technologies",
    role="Backend Engineer",
    interviewers=[
        ("TANAKA Yuki", None, "Engineering Manager"),
        ("Suzuki Kenta", None, "Senior Backend Engineer"),
    ],
    start="2026-11-05 15:00",
    end="2026-11-05 16:00",
    tz="Asia/Tokyo",
    notes="Bilingual; B-encoded subject and sender; family-name-first names kept as written. 'reply by Oct 31' is the candidate's deadline.",
)

add(
    name="inv-india-html-only",
    kind="invitation",
    frm="Talent Acquisition - Kestrel Systems <ta@kestrelsystems.example>",
    to="Rahul Iyer <rahul.iyer@example.in>",
    subject="Interview Scheduled | Senior QA Engineer | Kestrel Systems",
    date=(2026, 11, 9, 17, 45, "Asia/Kolkata"),
    fmt="html64",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Rahul,</p>
<p>Greetings from Kestrel Systems!</p>
<p>With reference to your application, we are pleased to inform you that your <b>Technical Round 1</b> for the position of <b>Senior QA Engineer</b> has been scheduled as per the details below:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Date</b></td><td>12-Nov-2026 (Thursday)</td></tr>
<tr><td><b>Time</b></td><td>11:30 AM to 12:30 PM IST</td></tr>
<tr><td><b>Mode</b></td><td>Virtual (Microsoft Teams)</td></tr>
<tr><td><b>Panel</b></td><td>Mr. Rajesh Kumar (Senior Manager, Quality Engineering)<br>Ms. Deepa Menon (Lead SDET)</td></tr>
</table>
<p>Kindly keep your Aadhaar / PAN card handy for identity verification and join 10 minutes before the scheduled time.</p>
<p>Thanks &amp; Regards,<br>Sneha Kulkarni<br>Talent Acquisition | Kestrel Systems Pvt. Ltd.<br>Bengaluru</p>
</body></html>
""",
    company="Kestrel Systems",
    role="Senior QA Engineer",
    interviewers=[
        ("Rajesh Kumar", None, "Senior Manager, Quality Engineering"),
        ("Deepa Menon", None, "Lead SDET"),
    ],
    start="2026-11-12 11:30",
    end="2026-11-12 12:30",
    tz="Asia/Kolkata",
    notes="HTML-only table, 12-Nov-2026 format, IST +05:30; Mr./Ms. dropped; TA signatory is not on the panel.",
)

ICS_UTC = ics(
    uid="ashby-int-7f3c9e10-22b1-4d55-9a0e-5c1e7a2b8d41",
    start="2026-03-04 13:00",
    end="2026-03-04 14:00",
    tz="America/New_York",
    utc=True,
    prodid="-//Ashby//Ashby Scheduling//EN",
    organizer=("Ridgeline Recruiting", "scheduling@ridgeline.example"),
    attendees=[
        ("Noah Schwartz", "noah.schwartz@example.com"),
        ("Imani Brooks", "imani@ridgeline.example"),
    ],
    summary="Ridgeline <> Noah Schwartz: Technical Interview",
    stamp="20260226T150000Z",
    location="https://zoom.example/j/99120033",
)
add(
    name="inv-ashby-utc-ics",
    kind="invitation",
    frm="Ridgeline <no-reply@ashbyhq.com>",
    to="noah.schwartz@example.com",
    reply_to="scheduling@ridgeline.example",
    subject="Interview confirmed: Technical Interview with Ridgeline",
    date=(2026, 2, 26, 10, 0, "America/New_York"),
    fmt="alt",
    ics=ICS_UTC,
    ics_style="attach",
    body="""
Hi Noah,

Your interview for Backend Engineer (Payments) at Ridgeline is confirmed.

Technical Interview
Wed, Mar 4, 2026
1:00 PM – 2:00 PM (GMT-05:00) Eastern Time

Interviewer: Imani Brooks, Staff Software Engineer
Location: https://zoom.example/j/99120033

Need to reschedule? Reply to this email and our team will help.

Ridgeline Recruiting
Sent with Ashby
""",
    company="Ridgeline",
    role="Backend Engineer (Payments)",
    interviewers=[("Imani Brooks", "imani@ridgeline.example", "Staff Software Engineer")],
    start="2026-03-04 13:00",
    end="2026-03-04 14:00",
    tz="America/New_York",
    notes="Ashby confirmation, ICS in UTC (18:00Z). Employer is Ridgeline, not Ashby.",
)

add(
    name="inv-goodtime-onsite-html",
    kind="invitation",
    frm="Harbor Health Recruiting <recruiting@harborhealth.example>",
    to="Sarah Kim <sarah.kim@example.net>",
    subject="Your onsite interview schedule - Harbor Health",
    date=(2026, 4, 23, 14, 30, "America/Chicago"),
    fmt="html",
    headers="X-Mailer: GoodTime.io",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Hi Sarah,</p>
<p>We're excited to host you for your onsite interview for <strong>Clinical Data Analyst</strong>! Here is your schedule. All times in <strong>Central Time (US &amp; Canada)</strong>.</p>
<p><strong>Thursday, April 30, 2026</strong> &mdash; Harbor Health HQ, 330 N Wabash Ave, 14th floor, Chicago</p>
<table cellpadding="8" style="border-collapse:collapse;border:1px solid #ddd">
<tr style="background:#f5f5f5"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
<tr><td>9:00 AM &ndash; 9:45 AM</td><td>SQL &amp; data modeling</td><td>Olivia Grant<br><small>Analytics Manager</small></td></tr>
<tr><td>9:45 AM &ndash; 10:30 AM</td><td>Clinical workflows</td><td>Dr. Samuel Okafor<br><small>Medical Director, Quality</small></td></tr>
<tr><td>10:30 AM &ndash; 11:00 AM</td><td>Culture &amp; values</td><td>Jenna Whitaker<br><small>Senior Analyst</small></td></tr>
</table>
<p>Please check in at the front desk 10 minutes early. Parking validation is available.</p>
<p>Questions? Just reply &mdash; I&rsquo;m here to help.</p>
<p>Mateo Flores<br>Candidate Experience Coordinator</p>
<p style="font-size:10px;color:#888">Scheduled with GoodTime</p>
</body></html>
""",
    company="Harbor Health",
    role="Clinical Data Analyst",
    interviewers=[
        ("Olivia Grant", None, "Analytics Manager"),
        ("Samuel Okafor", None, "Medical Director, Quality"),
        ("Jenna Whitaker", None, "Senior Analyst"),
    ],
    start="2026-04-30 09:00",
    end="2026-04-30 11:00",
    tz="America/Chicago",
    notes="GoodTime HTML table; coordinator not an interviewer; Dr. dropped; CDT.",
)

add(
    name="inv-reply-confirms-slot",
    kind="invitation",
    frm="Ellie Warren <ellie@northbeam.example>",
    to="Emma Lindqvist <emma.lindqvist@example.se>",
    subject="Re: Customer Success Lead - availability",
    date=(2026, 11, 12, 15, 22, "America/New_York"),
    fmt="alt",
    in_reply_to="<CAK4emma8817@mail.example.se>",
    references="<f1a9e2b4@northbeam.example> <CAK4emma8817@mail.example.se>",
    body="""
Perfect — Tuesday the 17th at 11am ET is locked in. You'll be speaking with Owen Price, our CTO, and Rachel Dunn, VP Customer Success. I'll send a calendar hold with the video link shortly.

Thanks Emma!
Ellie

Ellie Warren
Talent Lead | Northbeam

On Thu, Nov 12, 2026 at 9:03 AM Emma Lindqvist <emma.lindqvist@example.se> wrote:
> Hi Ellie,
>
> Thanks! Of the options you sent, Tuesday at 11am or Wednesday at 4pm ET
> would work best for me.
>
> Emma
>
> On Wed, Nov 11, 2026 at 5:41 PM Ellie Warren <ellie@northbeam.example> wrote:
>> Hi Emma,
>> Following your chat with Jorge Salas last week, we'd love to set up the
>> next round. Could you do Mon 11/16 at 2pm, Tue 11/17 at 11am, or Wed 11/18
>> at 4pm (all ET)? It's 60 minutes.
>> Ellie
""",
    company="Northbeam",
    role="Customer Success Lead",
    interviewers=[("Owen Price", None, "CTO"), ("Rachel Dunn", None, "VP Customer Success")],
    start="2026-11-17 11:00",
    end="2026-11-17 12:00",
    tz="America/New_York",
    notes="Reply confirming one of the proposed slots; the 60 minutes comes from the quoted message. Jorge Salas (earlier round, quoted) is not an interviewer.",
)

add(
    name="inv-forwarded-hm-note",
    kind="invitation",
    frm="Greta Holm <greta.holm@nordlys.example>",
    to="Kwame Mensah <kwame.mensah@example.com>",
    subject="Fwd: Candidate for Platform Engineer — Kwame",
    date=(2026, 9, 15, 9, 10, "Europe/Oslo"),
    fmt="plain",
    body="""
Hi Kwame,

Forwarding Simone's note below so you have the context — she'd like to meet you. I've booked Thursday 17 September, 13:00–14:00 Oslo time for a video call with Simone Berg (Engineering Manager, Platform) and Anders Lie (Principal Engineer). Invite to follow.

Greta
Recruiter, Nordlys

---------- Forwarded message ---------
From: Simone Berg <simone.berg@nordlys.example>
Date: Mon, 14 Sep 2026 at 16:02
Subject: Candidate for Platform Engineer — Kwame
To: Greta Holm <greta.holm@nordlys.example>

Hi Greta, Kwame looks strong — the Kubernetes operator work is exactly what we need. Could we get him in this week? Thursday afternoon is good for Anders and me. Henrik Dahl can't join this week, so let's not wait for him.

Simone
""",
    company="Nordlys",
    role="Platform Engineer",
    interviewers=[
        ("Simone Berg", "simone.berg@nordlys.example", "Engineering Manager, Platform"),
        ("Anders Lie", None, "Principal Engineer"),
    ],
    start="2026-09-17 13:00",
    end="2026-09-17 14:00",
    tz="Europe/Oslo",
    notes="Recruiter's forward; Henrik Dahl in the forwarded part will not interview. CEST +02:00.",
)

add(
    name="inv-smartrecruiters-pick-slot",
    kind="invitation",
    frm="Vellum Hotels <notifications@smartrecruiters.com>",
    to="isabella.rossi@example.it",
    subject="Vellum Hotels - Invitation to interview: Front Office Manager",
    date=(2026, 6, 3, 11, 18, "Europe/Rome"),
    fmt="alt64",
    body="""
Dear Isabella,

Thank you for your application for Front Office Manager at Vellum Hotels Milano.

We would like to invite you to an interview with our General Manager, Paolo Greco. Please select a time slot that suits you from the available options:

SELECT A TIME SLOT
https://jobs.smartrecruiters.com/interview/VellumHotels/f72c0c1e-8b21

The interview will take place at the hotel (Corso Magenta 12, Milano) and will last approximately 45 minutes.

Kind regards,
Vellum Hotels Recruitment Team

This message was sent via SmartRecruiters on behalf of Vellum Hotels.
""",
    company="Vellum Hotels",
    role="Front Office Manager",
    interviewers=[("Paolo Greco", None, "General Manager")],
    notes="SmartRecruiters self-scheduling: invitation without a time.",
)

add(
    name="inv-mexico-surname-comma",
    kind="invitation",
    frm=addr("Valeria Domínguez", "valeria.dominguez@tlaloc-fintech.example"),
    to="Pedro Alves <pedro.alves@example.com.br>",
    subject=hdr("Entrevista técnica - Ingeniero de Software Sr."),
    date=(2026, 5, 6, 12, 4, "America/Mexico_City"),
    fmt="qp",
    body="""
Hola Pedro,

Gracias por tu interés en Tlaloc Fintech. Te confirmo tu entrevista técnica para la vacante de Ingeniero de Software Sr.:

Fecha: lunes 11 de mayo de 2026
Hora: 16:00 a 17:30 (hora de la Ciudad de México)
Modalidad: Google Meet (te llegará la liga por separado)

Entrevistadores:
- Hernández, Luis — Gerente de Ingeniería
- Ortega, Mariana — Tech Lead, Pagos

Cualquier duda, quedo a tus órdenes.

Saludos,
Valeria Domínguez
Reclutamiento | Tlaloc Fintech
""",
    company="Tlaloc Fintech",
    role="Ingeniero de Software Sr.",
    interviewers=[
        ("Luis Hernández", None, "Gerente de Ingeniería"),
        ("Mariana Ortega", None, "Tech Lead, Pagos"),
    ],
    start="2026-05-11 16:00",
    end="2026-05-11 17:30",
    tz="America/Mexico_City",
    notes="Spanish; 'Surname, Given' names turned into natural order; Mexico City has no DST since 2022 (-06:00).",
)

add(
    name="inv-sydney-dot-time",
    kind="invitation",
    frm="Bec Hartley <bec.hartley@saltbush.example>",
    to="Hannah Müller <hannah.mueller@example.de>",
    subject="Saltbush - interview for Senior UX Researcher",
    date=(2026, 1, 7, 12, 48, "Australia/Sydney"),
    fmt="plain",
    body="""
Hi Hannah,

Thanks so much for your time on the phone yesterday. As discussed, we'd love you to meet the team properly.

I've booked Tuesday 13 January at 9.30am (Sydney time) for an hour on Zoom with:
Georgia Pham, Head of Research
Liam Fitzgerald, Principal Designer

I know that's evening for you in Berlin — let me know if you'd prefer the following day.

Cheers,
Bec

Bec Hartley | Talent Acquisition | Saltbush
""",
    company="Saltbush",
    role="Senior UX Researcher",
    interviewers=[
        ("Georgia Pham", None, "Head of Research"),
        ("Liam Fitzgerald", None, "Principal Designer"),
    ],
    start="2026-01-13 09:30",
    end="2026-01-13 10:30",
    tz="Australia/Sydney",
    notes="Southern-hemisphere summer: AEDT +11:00. '9.30am' dot time.",
)

ICS_EST_JULY = ics(
    uid="WD-INT-0048221-7c1e@myworkday.com",
    start="2026-07-09 11:00",
    end="2026-07-09 12:00",
    tz="America/New_York",
    tzid="Eastern Standard Time",
    vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
    prodid="-//Workday//Recruiting//EN",
    organizer=("Crestline Insurance Recruiting", "recruiting@crestline-ins.example"),
    attendees=[
        ("Zanele Dlamini", "zanele.dlamini@example.co.za"),
        ("Mark Ellison", "mark.ellison@crestline-ins.example"),
    ],
    summary="Interview - Actuarial Analyst II",
    stamp="20260701T140000Z",
)
add(
    name="inv-workday-est-in-july",
    kind="invitation",
    frm="Crestline Insurance <crestline@myworkday.com>",
    to="Zanele Dlamini <zanele.dlamini@example.co.za>",
    subject="Interview Scheduled: Actuarial Analyst II (JR-118204)",
    date=(2026, 7, 1, 10, 0, "America/New_York"),
    fmt="plain",
    ics=ICS_EST_JULY,
    ics_style="attach",
    body="""
Hello Zanele,

Your interview for Actuarial Analyst II (JR-118204) has been scheduled.

Date: July 9, 2026
Time: 11 AM EST
Interviewer: Mark Ellison, Actuarial Manager

Please see the attached calendar invitation.

Crestline Insurance Talent Acquisition
""",
    company="Crestline Insurance",
    role="Actuarial Analyst II",
    interviewers=[("Mark Ellison", "mark.ellison@crestline-ins.example", "Actuarial Manager")],
    start="2026-07-09 11:00",
    end="2026-07-09 12:00",
    tz="America/New_York",
    notes="Body says 11 AM EST in July; the ICS (Windows zone with DST) gives EDT -04:00. Requisition number dropped.",
)

add(
    name="inv-second-round-quoted-first",
    kind="invitation",
    frm="Dmitri Volkov <dmitri@ardentai.example>",
    to="Leila Haddad <leila.haddad@example.fr>",
    subject="Re: Ardent AI — ML Engineer interview",
    date=(2026, 10, 14, 17, 30, "Europe/Paris"),
    fmt="qp",
    in_reply_to="<leila-thanks-0992@mail.example.fr>",
    body="""
Bonjour Leila,

Thank you for your note — the team really enjoyed Monday's conversation. We'd like you to come in for the final round at our Paris office on Wednesday 21 October, from 10h00 to 12h30.

This time you'll meet Camille Girard (VP Engineering) and Yusuf Demir (Staff ML Engineer), and have lunch with the team afterwards (not an interview!).

À bientôt,
Dmitri Volkov
Engineering Manager, Ardent AI

Le lun. 12 oct. 2026 à 19:44, Leila Haddad <leila.haddad@example.fr> a écrit :
> Dear Dmitri, dear Julie,
>
> Thank you both for the interview this afternoon. I enjoyed discussing the
> retrieval evaluation work.
>
> Best,
> Leila
>
> Le jeu. 8 oct. 2026 à 09:15, Dmitri Volkov <dmitri@ardentai.example> a écrit :
>> Your first interview is on Monday 12 October at 15h00 with me and Julie
>> Marchand (Senior ML Engineer).
""",
    company="Ardent AI",
    role="ML Engineer",
    interviewers=[
        ("Camille Girard", None, "VP Engineering"),
        ("Yusuf Demir", None, "Staff ML Engineer"),
    ],
    start="2026-10-21 10:00",
    end="2026-10-21 12:30",
    tz="Europe/Paris",
    notes="Final round; the first-round interviewers (Dmitri, Julie Marchand) appear only in quoted mail. CEST on Oct 21 (DST ends Oct 25).",
)

add(
    name="inv-zurich-prof-dr",
    kind="invitation",
    frm="Nadia Frei <nadia.frei@alpenbio.example>",
    to="Chloé Martin <chloe.martin@example.ch>",
    subject="Invitation: interview for Postdoctoral Scientist, Computational Biology",
    date=(2026, 11, 24, 9, 12, "Europe/Zurich"),
    fmt="alt",
    body="""
Dear Ms Martin,

On behalf of the selection committee, I am pleased to invite you to an interview for the position of Postdoctoral Scientist, Computational Biology.

Date: Monday, 7 December 2026
Time: 16:00–17:00 CET
Place: AlpenBio AG, Building C, Room 2.14, Schlieren (or via Zoom on request)

Committee:
Prof. Dr. Anja Schmidt, Head of Computational Biology
Dr. Reto Keller, Group Leader, Genomics

You will be asked to give a 15-minute presentation on your recent research.

With kind regards,

Nadia Frei
HR Specialist
AlpenBio AG
""",
    company="AlpenBio",
    role="Postdoctoral Scientist, Computational Biology",
    interviewers=[
        ("Anja Schmidt", None, "Head of Computational Biology"),
        ("Reto Keller", None, "Group Leader, Genomics"),
    ],
    start="2026-12-07 16:00",
    end="2026-12-07 17:00",
    tz="Europe/Zurich",
    notes="'Prof. Dr.' and 'Dr.' dropped; HR specialist only schedules.",
)

add(
    name="inv-brazil-qp-accents",
    kind="invitation",
    frm=addr("Luíza Araújo", "luiza.araujo@pitanga.example"),
    to="Ana Beatriz Souza <anabeatriz.souza@example.com.br>",
    subject=hdr("Entrevista: Analista de Dados Pleno – Pitanga"),
    date=(2026, 9, 1, 15, 33, "America/Sao_Paulo"),
    fmt="alt",
    body="""
Oi, Ana Beatriz!

Tudo bem? Obrigada pelo interesse na vaga de Analista de Dados Pleno. Gostaríamos de marcar uma entrevista com o time:

Quando: quinta-feira, 03/09, das 10h às 11h (horário de Brasília)
Com quem: João Gonçalves (Coordenador de Dados) e eu, Luíza Araújo (Tech Recruiter)
Onde: Google Meet — meet.google.com/pit-anga-dds

Me confirma se fica bom?

Abraços,
Luíza Araújo
Tech Recruiter | Pitanga
""",
    company="Pitanga",
    role="Analista de Dados Pleno",
    interviewers=[
        ("João Gonçalves", None, "Coordenador de Dados"),
        ("Luíza Araújo", "luiza.araujo@pitanga.example", "Tech Recruiter"),
    ],
    start="2026-09-03 10:00",
    end="2026-09-03 11:00",
    tz="America/Sao_Paulo",
    notes="Portuguese; 03/09 day-first = 3 Sept; the recruiter takes part, so she interviews too. Brazil has no DST (-03:00).",
)

add(
    name="inv-agency-client",
    kind="invitation",
    frm="Oscar Lindgren <oscar@northstar-search.example>",
    to="Arjun Menon <arjun.menon@example.com>",
    subject="Fjord Energy would like to meet you!",
    date=(2026, 2, 17, 14, 5, "Europe/Stockholm"),
    fmt="alt64",
    body="""
Hi Arjun,

Brilliant news: our client Fjord Energy loved your profile and would like to invite you to a first interview for the Energy Trading Analyst role.

📅 Friday 20 February, 10:00–10:45 (Oslo time, CET)
📍 Teams — link in the calendar invite from Fjord
👤 Ingrid Solberg, Head of Power Trading

Give me a call beforehand and I'll brief you on what Ingrid usually asks.

Best,
Oscar Lindgren
Senior Consultant, Northstar Search
+46 8 555 012 40
""",
    company="Fjord Energy",
    role="Energy Trading Analyst",
    interviewers=[("Ingrid Solberg", None, "Head of Power Trading")],
    start="2026-02-20 10:00",
    end="2026-02-20 10:45",
    tz="Europe/Oslo",
    notes="Agency recruiter writes; the company is the client, and the agency consultant is not an interviewer.",
)

ICS_GOOGLE_SEQ0 = ics(
    uid="7kq2c9v0m1r8t3h5b6n4p2s1aa@google.com",
    start="2026-04-07 15:00",
    end="2026-04-07 15:45",
    tz="America/Chicago",
    vtz=vtz_us("America/Chicago", "-0600", "-0500", "CST", "CDT"),
    organizer=("Priyanka Rao", "priyanka@fieldnote.example"),
    attendees=[
        ("Priyanka Rao", "priyanka@fieldnote.example"),
        ("Kenji Watanabe", "kenji.watanabe@example.com"),
    ],
    summary="Fieldnote x Kenji — hiring manager interview",
    stamp="20260401T200000Z",
    desc="Hiring manager interview for Senior iOS Engineer.\nPriyanka Rao, Head of Mobile",
)
add(
    name="inv-google-cal-hm",
    kind="invitation",
    frm="Priyanka Rao <priyanka@fieldnote.example>",
    to="kenji.watanabe@example.com",
    subject="Invitation: Fieldnote x Kenji — hiring manager interview @ Tue Apr 7, 2026 3pm - 3:45pm (CDT) (kenji.watanabe@example.com)",
    date=(2026, 4, 1, 15, 0, "America/Chicago"),
    ics=ICS_GOOGLE_SEQ0,
    ics_style="google",
    body="""
Fieldnote x Kenji — hiring manager interview
Tuesday Apr 7, 2026 ⋅ 3pm – 3:45pm (Central Time - Chicago)

Hiring manager interview for Senior iOS Engineer.
Priyanka Rao, Head of Mobile

Join with Google Meet
https://meet.google.com/fld-nkjw-iox

Organizer
Priyanka Rao
priyanka@fieldnote.example

Guests
Priyanka Rao - organizer
kenji.watanabe@example.com

Invitation from Google Calendar
""",
    company="Fieldnote",
    role="Senior iOS Engineer",
    interviewers=[("Priyanka Rao", "priyanka@fieldnote.example", "Head of Mobile")],
    start="2026-04-07 15:00",
    end="2026-04-07 15:45",
    tz="America/Chicago",
    notes="Google Calendar invitation from the hiring manager herself.",
)
