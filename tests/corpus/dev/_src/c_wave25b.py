# ruff: noqa: E501
# Wave 25, batch B: more start-up and scale-up mail from the same cities. Interviewers by role
# only, Outlook Windows zones across a DST change, GoodTime and iCIMS, a cancellation in German,
# a Google Calendar guest list, a founder's emoji note with a first-name colleague, a reply on
# another candidate's thread, day-first dates and honorifics; hard negatives: the user as
# interviewer or reference, a survey, a scam, a job alert, a webinar with ICS, VC office hours.
from lib import add, ics
from mime import addr, vtz_eu, vtz_outlook_us, vtz_us

# ================================================================ invitations and reschedules
add(
    name="inv-w25-smartrecruiters-roles-only-melbourne",
    kind="invitation",
    frm="Wattle Health <noreply@smartrecruiters.com>",
    reply_to="chloe.papadopoulos@wattlehealth.example",
    to="Liam Fraser <liam.fraser@example.com.au>",
    subject="Interview invitation - Senior Backend Engineer (Payments)",
    date=(2026, 8, 3, 10, 0, "Australia/Melbourne"),
    fmt="alt",
    body="""
Hi Liam,

Thank you for your application for the Senior Backend Engineer (Payments) position at Wattle Health. We're pleased to invite you to a technical interview.

Date: Thursday 6 August 2026
Time: 2:00 PM - 3:00 PM (AEST)
Location: Video call - a Google Meet link will be sent in a separate calendar invite

You'll meet our Head of Engineering and one of the senior engineers from the Payments squad. Expect a mix of system design and a conversation about your past work with card and BNPL integrations.

Please confirm your availability by replying to this email.

Kind regards,
Chloe Papadopoulos
Talent Acquisition Partner | Wattle Health
""",
    company="Wattle Health",
    role="Senior Backend Engineer (Payments)",
    interviewers=[],
    start="2026-08-06 14:00",
    end="2026-08-06 15:00",
    tz="Australia/Melbourne",
    notes="Interviewers are given by role only (Head of Engineering, a senior engineer): nobody to name. The talent partner only schedules. SmartRecruiters stamps Date in UTC. AEST (+10:00) in August.",
)

ICS_FERNLEAF = ics(
    uid="040000008200E00074C5B7101A82E00800000000F0A3C1D55A4BDC01000000000000000010000000A7B3",
    start="2026-03-10 11:00",
    end="2026-03-10 12:00",
    tz="America/Toronto",
    tzid="Eastern Standard Time",
    vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
    prodid="Microsoft Exchange Server 2010",
    organizer=("Siobhan O'Connor-Reyes", "siobhan.oconnor-reyes@fernleaf.example"),
    attendees=[
        ("Kwame Asante", "kwame.asante@fernleaf.example"),
        ("Rachel Kim", "rachel.kim@example.ca"),
    ],
    summary="Interview: Senior Data Scientist - Rachel Kim",
    location="Microsoft Teams Meeting",
    stamp="20260303T192000Z",
)
add(
    name="inv-w25-outlook-windows-zone-dst-toronto",
    kind="invitation",
    frm="Siobhan O'Connor-Reyes <siobhan.oconnor-reyes@fernleaf.example>",
    to="Rachel Kim <rachel.kim@example.ca>",
    subject="Interview: Senior Data Scientist - Rachel Kim",
    date=(2026, 3, 3, 14, 20, "America/Toronto"),
    ics=ICS_FERNLEAF,
    ics_style="outlook",
    body="""
Hi Rachel,

Sending over the invite for our conversation next Tuesday, 11am-12pm Eastern, with Kwame and me. Kwame Asante is a Staff Data Scientist on the forecasting team and will spend half the time on your churn modelling work.

Talk soon,
Siobhan

Siobhan O'Connor-Reyes
Director of Data Science | Fernleaf Analytics
Toronto, ON

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 231 447 980 112
Passcode: fR7kLp
________________________________________________________________________________
""",
    company="Fernleaf Analytics",
    role="Senior Data Scientist",
    interviewers=[
        (
            "Siobhan O'Connor-Reyes",
            "siobhan.oconnor-reyes@fernleaf.example",
            "Director of Data Science",
        ),
        ("Kwame Asante", "kwame.asante@fernleaf.example", "Staff Data Scientist"),
    ],
    start="2026-03-10 11:00",
    end="2026-03-10 12:00",
    tz="America/Toronto",
    notes="Outlook invite with the Windows zone 'Eastern Standard Time'; sent in EST, but DST starts Mar 8 so the interview is EDT (-04:00). The organizer interviews ('with Kwame and me'); hyphenated apostrophe surname.",
)

ICS_BLUEBONNET = ics(
    uid="goodtime-7731904-bluebonnet@goodtime.io",
    start="2026-09-21 13:00",
    end="2026-09-21 14:30",
    tz="America/Chicago",
    vtz=vtz_us("America/Chicago", "-0600", "-0500", "CST", "CDT"),
    prodid="-//GoodTime//GoodTime Scheduling//EN",
    seq=1,
    organizer=("Hannah Lee", "hannah.lee@bluebonnetenergy.example"),
    attendees=[
        ("Marisol Gutiérrez", "marisol.gutierrez@bluebonnetenergy.example"),
        ("Jamal Washington", "jamal.washington@bluebonnetenergy.example"),
        ("Maya Castillo", "maya.castillo@example.com"),
    ],
    summary="Bluebonnet Energy | Onsite Interview | Maya Castillo",
    location="Bluebonnet Energy, 501 Congress Ave, Suite 900, Austin TX",
    stamp="20260916T203000Z",
)
add(
    name="res-w25-goodtime-candidate-travel-austin",
    kind="reschedule",
    frm="Bluebonnet Energy Recruiting <notifications@goodtime.io>",
    reply_to="hannah.lee@bluebonnetenergy.example",
    to="Maya Castillo <maya.castillo@example.com>",
    subject="Updated: Your interview with Bluebonnet Energy has been rescheduled",
    date=(2026, 9, 16, 15, 30, "America/Chicago"),
    fmt="alt",
    ics=ICS_BLUEBONNET,
    ics_style="attach",
    body="""
Hi Maya,

As requested, we've moved your interview so it doesn't clash with your trip. Here are the updated details.

Position: Software Engineer II, Grid Platform
New date: Monday, September 21, 2026
New time: 1:00 PM - 2:30 PM CDT
Location: 501 Congress Ave, Suite 900, Austin TX (check in at the front desk)

Interviewers:
Marisol Gutiérrez - Senior Software Engineer
Jamal Washington - Engineering Manager

An updated calendar invitation is attached. Your previous invitation for Friday, September 18 is no longer valid.

Safe travels!
Hannah Lee
Recruiting Coordinator, Bluebonnet Energy

Scheduled with GoodTime
""",
    company="Bluebonnet Energy",
    role="Software Engineer II, Grid Platform",
    interviewers=[
        (
            "Marisol Gutiérrez",
            "marisol.gutierrez@bluebonnetenergy.example",
            "Senior Software Engineer",
        ),
        ("Jamal Washington", "jamal.washington@bluebonnetenergy.example", "Engineering Manager"),
    ],
    start="2026-09-21 13:00",
    end="2026-09-21 14:30",
    tz="America/Chicago",
    notes="GoodTime reschedule at the candidate's request (travel); ICS SEQUENCE 1 with VTIMEZONE. The coordinator organises only; the old Friday date is mentioned but superseded.",
)

ICS_STROMKIND = ics(
    uid="personio-interview-55120-stromkind@personio.de",
    start="2026-10-22 10:00",
    end="2026-10-22 11:00",
    tz="Europe/Berlin",
    vtz=vtz_eu("Europe/Berlin", "+0100", "+0200", "CET", "CEST"),
    prodid="-//Personio GmbH//Personio Recruiting//DE",
    method="CANCEL",
    status="CANCELLED",
    seq=2,
    organizer=("Miriam Hoffmann", "miriam.hoffmann@stromkind.example"),
    attendees=[("Lukas Brenner", "lukas.brenner@example.de")],
    summary="Abgesagt: Interview Senior Frontend Engineer (React) - Lukas Brenner",
    stamp="20261019T071000Z",
)
add(
    name="can-w25-personio-german-hiring-freeze-berlin",
    kind="cancellation",
    frm="Stromkind Recruiting <recruiting@stromkind.jobs.personio.de>",
    reply_to="miriam.hoffmann@stromkind.example",
    to="Lukas Brenner <lukas.brenner@example.de>",
    subject="Absage unseres Termins am 22.10.",
    date=(2026, 10, 19, 9, 10, "Europe/Berlin"),
    fmt="qp",
    ics=ICS_STROMKIND,
    ics_method="CANCEL",
    ics_style="attach",
    body="""
Hallo Lukas,

leider muss ich dir heute eine unerfreuliche Nachricht überbringen: Wir haben die Stelle als Senior Frontend Engineer (React) wegen eines kurzfristigen Einstellungsstopps vorerst pausiert. Deshalb müssen wir unser Gespräch am Donnerstag, 22.10., von 10:00 bis 11:00 Uhr leider absagen. Die Kalendereinladung habe ich storniert.

Sobald wir die Stelle wieder öffnen, melde ich mich gerne als Erste bei dir. Es tut mir wirklich leid.

Viele Grüße
Miriam Hoffmann
People Partner | Stromkind GmbH, Berlin
""",
    company="Stromkind",
    role="Senior Frontend Engineer (React)",
    start="2026-10-22 10:00",
    end="2026-10-22 11:00",
    tz="Europe/Berlin",
    notes="German cancellation (hiring freeze) with ICS CANCEL; day-first '22.10.'; still CEST (DST ends Oct 25). No interviewer named; the people partner only schedules. Personio stamps Date in UTC.",
)

add(
    name="inv-w25-teamtailor-meet-founders-berlin",
    kind="invitation",
    frm="Kelpwise <notifications@teamtailor.com>",
    reply_to="jobs@kelpwise.example",
    to="Hanna Schulz <hanna.schulz@example.de>",
    subject="Kelpwise: let's talk! 🌊",
    date=(2026, 5, 7, 12, 0, "Europe/Berlin"),
    fmt="alt",
    body="""
Hi Hanna,

Thanks for applying to be our Founding Sales Lead! We read every application ourselves, and yours stood out.

We'd love to have a 30-minute video call with both of us founders:

Lukas Schmidt - CEO
Aylin Yıldız - CTO

When: Tuesday, 12 May at 17:30 CEST
Where: https://meet.google.com/kel-pwis-esl

If the time doesn't work, just reply to this email and we'll find another one.

Talk soon,
Lukas & Aylin
Kelpwise - seaweed packaging, made in Berlin

Sent via Teamtailor
""",
    company="Kelpwise",
    role="Founding Sales Lead",
    interviewers=[("Lukas Schmidt", None, "CEO"), ("Aylin Yıldız", None, "CTO")],
    start="2026-05-12 17:30",
    end="2026-05-12 18:00",
    tz="Europe/Berlin",
    notes="Teamtailor mail signed by both founders, who are the interviewers; non-ASCII surname (Yıldız). Date stamped in UTC.",
)

add(
    name="inv-w25-recruitee-day-first-honorifics-lagos",
    kind="invitation",
    frm="Danfo Logistics <danfologistics@recruiteemail.com>",
    reply_to="careers@danfologistics.example",
    to="Ifeoma Chukwu <ifeoma.chukwu@example.com.ng>",
    subject="Invitation to Interview - Finance Associate",
    date=(2026, 6, 26, 15, 0, "Africa/Lagos"),
    fmt="html",
    body="""
Dear Ifeoma,

Following the review of your application for the role of Finance Associate at Danfo Logistics, we are pleased to invite you for a physical interview as follows:

Date: 02/07/2026
Time: 11:00 AM (WAT)
Venue: Danfo Logistics HQ, 7 Adeola Odeku Street, Victoria Island, Lagos
Duration: approximately one hour

Your panel will comprise Mrs. Folake Adeyemi-Johnson (Head of Finance) and Mr. Chukwuemeka Obi (Financial Controller).

Kindly come along with a valid means of identification and copies of your credentials. Please acknowledge receipt of this mail.

Best regards,
Temitope Ajayi
HR Officer, Danfo Logistics
""",
    company="Danfo Logistics",
    role="Finance Associate",
    interviewers=[
        ("Folake Adeyemi-Johnson", None, "Head of Finance"),
        ("Chukwuemeka Obi", None, "Financial Controller"),
    ],
    start="2026-07-02 11:00",
    end="2026-07-02 12:00",
    tz="Africa/Lagos",
    notes="Recruitee HTML-only; Nigerian day-first 02/07/2026 is 2 July; honorifics Mrs./Mr. dropped; the HR officer only signs.",
)

ICS_ZEPCART = ics(
    uid="5q8r2t1v0m3k9p7n4s6a@google.com",
    start="2026-09-25 14:30",
    end="2026-09-25 15:30",
    tz="Asia/Kolkata",
    organizer=("Karthik Subramanian", "karthik.subramanian@zepcart.example"),
    attendees=[
        ("Lakshmi Venkatesh", "lakshmi.venkatesh@zepcart.example"),
        ("nisha.rao@example.in", "nisha.rao@example.in"),
    ],
    summary="Zepcart - Round 2: System Design (Nisha Rao)",
    desc="Round 2 for the Senior Backend Engineer role. Interviewers: Karthik (EM, Checkout) and Lakshmi (Staff Engineer). Join with Google Meet: https://meet.google.com/zep-cart-sd2",
    stamp="20260921T123500Z",
)
add(
    name="inv-w25-google-calendar-guests-bangalore",
    kind="invitation",
    frm="Karthik Subramanian <karthik.subramanian@zepcart.example>",
    to="nisha.rao@example.in",
    subject="Invitation: Zepcart - Round 2: System Design (Nisha Rao) @ Fri 25 Sep 2026 2:30pm - 3:30pm (IST) (nisha.rao@example.in)",
    date=(2026, 9, 21, 18, 5, "Asia/Kolkata"),
    ics=ICS_ZEPCART,
    ics_style="google",
    body="""
You have been invited to the following event.

Zepcart - Round 2: System Design (Nisha Rao)
Friday 25 Sep 2026 ⋅ 2:30pm – 3:30pm
India Standard Time - Kolkata

Join with Google Meet
meet.google.com/zep-cart-sd2

Guests
Karthik Subramanian - organizer
Lakshmi Venkatesh
nisha.rao@example.in
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXE4cjJ0MXYw

Round 2 for the Senior Backend Engineer role. Interviewers: Karthik (EM, Checkout) and Lakshmi (Staff Engineer).

Reply for nisha.rao@example.in
Yes / No / Maybe / More options

Invitation from Google Calendar
""",
    company="Zepcart",
    role="Senior Backend Engineer",
    interviewers=[
        ("Karthik Subramanian", "karthik.subramanian@zepcart.example", "EM, Checkout"),
        ("Lakshmi Venkatesh", "lakshmi.venkatesh@zepcart.example", "Staff Engineer"),
    ],
    start="2026-09-25 14:30",
    end="2026-09-25 15:30",
    tz="Asia/Kolkata",
    notes="A bare Google Calendar invitation: full names only in the guest list and ICS, first names and roles in the description. The organizer interviews; the candidate is a guest by address only.",
)

add(
    name="inv-w25-founder-emoji-first-name-nairobi",
    kind="invitation",
    frm="Jeff Kiprotich <jeff@bodaflow.example>",
    to="Grace Wairimu <grace.wairimu@example.co.ke>",
    subject="BodaFlow - Ops Lead chat",
    date=(2026, 11, 10, 21, 40, "Africa/Nairobi"),
    body="""
Hey Grace 👋

Thanks for applying for the Operations Lead role, your rider-onboarding idea was 🔥

Can you do Fri 11am for a quick 30 min chat? Me + Wambui (our head of ops). We're at Nairobi Garage in Kilimani, or Google Meet if easier, your call.

Cheers, J
""",
    company="BodaFlow",
    role="Operations Lead",
    interviewers=[
        ("Jeff Kiprotich", "jeff@bodaflow.example", None),
        ("Wambui", None, "head of ops"),
    ],
    start="2026-11-13 11:00",
    end="2026-11-13 11:30",
    tz="Africa/Nairobi",
    notes="Founder's late-night note signed 'Cheers, J': the sender (From header gives his name) and Wambui, named by first name only. 'Fri' from Tuesday Nov 10 is Nov 13; no zone, sender's EAT.",
)

add(
    name="res-w25-candidate-ill-moved-telaviv",
    kind="reschedule",
    frm="Liron Azoulay <liron@kesher-security.example>",
    to="Noam Friedman <noam.friedman@example.co.il>",
    subject="Re: Onsite on Thursday",
    date=(2026, 3, 19, 10, 30, "Asia/Jerusalem"),
    in_reply_to="<CAJ8pQ2x@mail.example.co.il>",
    body="""
Feel better, Noam! No problem at all.

I've moved your onsite for the Security Researcher position to Sunday, March 22, 10:00-12:00, same place (Kesher Security, HaArba'a 28, Tel Aviv, 6th floor). You'll still be meeting Oren Mizrahi (VP R&D) and Tamar Cohen-Levi (Security Research Team Lead).

Drink lots of tea,
Liron
Talent Acquisition Lead, Kesher Security

On Thu, Mar 19, 2026 at 7:12 AM Noam Friedman <noam.friedman@example.co.il> wrote:
> Hi Liron,
> I'm so sorry, I woke up with a fever and I don't think I can make it to the onsite this afternoon. Could we push it to early next week?
> Noam
""",
    company="Kesher Security",
    role="Security Researcher",
    interviewers=[
        ("Oren Mizrahi", None, "VP R&D"),
        ("Tamar Cohen-Levi", None, "Security Research Team Lead"),
    ],
    start="2026-03-22 10:00",
    end="2026-03-22 12:00",
    tz="Asia/Jerusalem",
    notes="Candidate ill; the recruiter moves the onsite to Sunday (a workday in Israel) and restates the panel. The recruiter does not interview. IST +02:00 (DST from Mar 27).",
)

add(
    name="inv-w25-reply-on-wrong-candidate-thread-austin",
    kind="invitation",
    frm="Kayla Robinson <kayla@calichelabs.example>",
    to="Maya Castillo <maya.castillo@example.com>",
    subject="Re: Caliche Labs - Platform Engineer interview",
    date=(2026, 4, 20, 11, 10, "America/Chicago"),
    in_reply_to="<e19b.33aa@calichelabs.example>",
    body="""
Hi Maya!

Oops, I replied on the wrong thread earlier, that one was for another candidate, so please ignore the message below. Yours is:

Friday, April 24, 1:00-1:45pm CT
Phone screen with Devon Price, our Head of Platform. He'll call you on the number on your resume.

Sorry for the mix-up!
Kayla
Recruiter, Caliche Labs

On Fri, Apr 17, 2026 at 4:51 PM Kayla Robinson <kayla@calichelabs.example> wrote:
> Hi Chris,
>
> Confirming Thursday, April 23 at 10am CT with Alana Fitzgerald for the Platform Engineer role. Zoom link to follow.
>
> Kayla
""",
    company="Caliche Labs",
    role="Platform Engineer",
    interviewers=[("Devon Price", None, "Head of Platform")],
    start="2026-04-24 13:00",
    end="2026-04-24 13:45",
    tz="America/Chicago",
    notes="A reply reusing another candidate's thread: the quoted message (Chris, Alana Fitzgerald, Thursday) is not the user's. The user's screen is with Devon Price; the recruiter only schedules. CDT.",
)

ICS_CAJU = ics(
    uid="icims-int-20261014-884123@cajucredito.icims.com",
    start="2026-10-14 10:00",
    end="2026-10-14 11:00",
    tz="America/Sao_Paulo",
    utc=True,
    prodid="-//iCIMS//Interview Scheduling//EN",
    organizer=("Cajú Crédito Talentos", "talentos@cajucredito.icims.com"),
    attendees=[
        ("Luíza Gonçalves", "luiza.goncalves@cajucredito.example"),
        ("Rafael Sant'Anna", "rafael.santanna@cajucredito.example"),
        ("Beatriz Moraes", "beatriz.moraes@example.com.br"),
    ],
    summary="Entrevista - Engenheira de Software Pleno - Beatriz Moraes",
    stamp="20261008T200000Z",
)
add(
    name="inv-w25-icims-portuguese-utc-saopaulo",
    kind="invitation",
    frm=addr("Cajú Crédito Talentos", "talentos@cajucredito.icims.com"),
    to=addr("Beatriz Moraes", "beatriz.moraes@example.com.br"),
    subject="Entrevista agendada - Engenheira de Software Pleno",
    date=(2026, 10, 8, 17, 0, "America/Sao_Paulo"),
    fmt="qp",
    ics=ICS_CAJU,
    ics_style="attach",
    body="""
Olá, Beatriz!

Sua entrevista para a vaga de Engenheira de Software Pleno na Cajú Crédito foi agendada.

Data: 14/10/2026 (quarta-feira)
Horário: 10h00 às 11h00 (horário de Brasília)
Formato: Google Meet (link no convite em anexo)

Entrevistadores:
Luíza Gonçalves – Gerente de Engenharia
Rafael Sant'Anna – Tech Lead

Se precisar reagendar, responda a este e-mail com pelo menos 24 horas de antecedência.

Boa sorte!
Equipe de Talentos | Cajú Crédito

Esta mensagem foi enviada pelo iCIMS em nome da Cajú Crédito.
""",
    company="Cajú Crédito",
    role="Engenheira de Software Pleno",
    interviewers=[
        ("Luíza Gonçalves", "luiza.goncalves@cajucredito.example", "Gerente de Engenharia"),
        ("Rafael Sant'Anna", "rafael.santanna@cajucredito.example", "Tech Lead"),
    ],
    start="2026-10-14 10:00",
    end="2026-10-14 11:00",
    tz="America/Sao_Paulo",
    notes="iCIMS in Portuguese, RFC 2047 sender name, day-first date, ICS in UTC; Brasília -03:00 (no DST). The team mailbox is the organizer, not an interviewer.",
)

# ================================================================ outcomes
add(
    name="info-w25-references-decision-date-toronto",
    kind="info_request",
    frm="Amira Haddad <amira.haddad@maplewoodrobotics.example>",
    to="Priya Natarajan <priya.natarajan@example.ca>",
    subject="References - Robotics Software Engineer",
    date=(2026, 10, 22, 10, 5, "America/Toronto"),
    fmt="alt",
    body="""
Hi Priya,

Thanks again for coming in for the final round on Tuesday. Everyone enjoyed meeting you.

As a last step, could you send me names and contact details for two references, ideally including a former manager, by Monday? We'll only reach out once you've given them a heads-up.

We're hoping to have a final decision on the Robotics Software Engineer role by October 30.

Best,
Amira Haddad
Head of People, Maplewood Robotics
""",
    company="Maplewood Robotics",
    role="Robotics Software Engineer",
    decision_by="2026-10-30",
    notes="References requested ('by Monday' is the candidate's deadline, not a decision date); the employer's decision date is October 30.",
)

add(
    name="off-w25-offer-accept-by-bangalore",
    kind="offer",
    frm="Sneha Kulkarni <sneha.kulkarni@zepcart.example>",
    to="nisha.rao@example.in",
    subject="Offer of employment - Senior Backend Engineer, Zepcart",
    date=(2026, 10, 2, 17, 30, "Asia/Kolkata"),
    fmt="b64",
    body="""
Dear Nisha,

Congratulations! 🎉 On behalf of Zepcart, I'm delighted to offer you the position of Senior Backend Engineer in our Checkout team, Bengaluru.

Your offer letter with the compensation breakup (fixed CTC, ESOPs and joining bonus) is attached. Please review it and share your acceptance by 9 October 2026 so we can begin background verification.

Karthik and Lakshmi were both very excited after your system design round, and we can't wait to have you on board.

Warm regards,
Sneha Kulkarni
HR Business Partner, Zepcart
""",
    company="Zepcart",
    role="Senior Backend Engineer",
    notes="Offer; 'acceptance by 9 October' is the candidate's deadline, so no decision date. Past interviewers mentioned by first name are not interviewers here.",
)

# ================================================================ hard negatives
add(
    name="oth-w25-user-asked-to-interview-personio-berlin",
    kind="other",
    frm="Flinkbau Recruiting <recruiting@flinkbau.jobs.personio.de>",
    to="Hanna Schulz <hanna.schulz@flinkbau.example>",
    subject="You have been added as an interviewer: Lena Hartmann - Product Designer",
    date=(2026, 4, 28, 8, 30, "Europe/Berlin"),
    fmt="alt",
    body="""
Hi Hanna,

You have been added as an interviewer for the following candidate:

Candidate: Lena Hartmann
Position: Product Designer
Stage: Portfolio review
Date: Wednesday, 6 May 2026, 14:00 - 15:00 (CEST)
Other interviewers: Tobias Krüger

Please review the candidate's portfolio and submit your evaluation in Personio within 24 hours after the interview.

Open candidate profile: https://flinkbau.personio.de/recruiting/applications/881245

This is an automated message from Personio.
""",
    notes="The user is an interviewer at her current job, not a candidate: hiring mail about someone else's interview. Other.",
)

add(
    name="oth-w25-interview-experience-survey-melbourne",
    kind="other",
    frm="Wattle Health <noreply@smartrecruiters.com>",
    to="Liam Fraser <liam.fraser@example.com.au>",
    subject="How was your interview with Wattle Health?",
    date=(2026, 8, 7, 9, 0, "Australia/Melbourne"),
    fmt="html",
    body="""
Hi Liam,

Thanks for interviewing with us for the Senior Backend Engineer (Payments) role. We're always trying to make our hiring process better and would love your honest feedback.

The survey takes about 2 minutes and is anonymous. Your answers won't affect your application.

Take the survey: https://survey.smartrecruiters.com/s/wattle-8821

Thanks,
The Wattle Health Talent Team
""",
    notes="Candidate-experience survey after an interview: no interview, outcome or date. Other.",
)

add(
    name="oth-w25-user-as-reference-nairobi",
    kind="other",
    frm="Mercy Achieng <mercy.achieng@pesaloop.example>",
    to="Kevin Mutua <kevin.mutua@example.co.ke>",
    subject="Reference for Brian Otieno",
    date=(2026, 6, 2, 14, 15, "Africa/Nairobi"),
    body="""
Dear Kevin,

Brian Otieno has applied for the Senior Mobile Developer role at PesaLoop and listed you as a reference from your time together at Twiga Labs.

Would you be available for a 15-minute call on Thursday 4 June at 3pm EAT? I'd like to ask about his work on the Android app and how he handled on-call.

Thank you in advance,
Mercy Achieng
People Lead, PesaLoop
""",
    notes="The user is a reference for a former colleague: a call with a date and an employer, but the user is not the candidate. Other.",
)

add(
    name="oth-w25-telegram-job-scam-jakarta",
    kind="other",
    frm="HRD Rekrutmen <rekrutmen.gojekk.hrd@gmail.com>",
    to="Bagus Santoso <bagus.santoso@example.co.id>",
    subject="SELAMAT!! Anda Lolos Seleksi Administrasi - Remote Data Entry",
    date=(2026, 8, 21, 22, 3, "Asia/Jakarta"),
    body="""
Kepada Yth. Bapak Bagus Santoso,

Selamat! Anda dinyatakan LOLOS seleksi administrasi untuk posisi Remote Data Entry (Gaji Rp 9.500.000/bulan, kerja dari rumah).

Tahap selanjutnya adalah interview online melalui Telegram dengan HR Manager kami, Ibu Dewi Lestari, pada hari Senin, 24 Agustus 2026 pukul 10.00 WIB.

Untuk mengikuti interview, Anda WAJIB melakukan pembayaran biaya pelatihan dan seragam sebesar Rp 350.000 ke rekening BCA 123-456-7890 a.n. Dewi L. paling lambat besok pukul 12.00 WIB. Kirim bukti transfer ke Telegram @hrd_rekrutmen_official.

Hormat kami,
Tim HRD Rekrutmen
""",
    notes="A scam imitating a ride-hailing employer from a free-mail address: fee before a Telegram 'interview'. Item 3: stays other, no interview.",
)

add(
    name="oth-w25-wellfound-job-alert",
    kind="other",
    frm="Wellfound <jobs-noreply@wellfound.com>",
    to="Alex Morgan <alex.morgan@example.com.au>",
    subject="12 new startup jobs for Product Manager in Melbourne",
    date=(2026, 3, 16, 6, 0, "Australia/Melbourne"),
    fmt="alt",
    body="""
New jobs matching your preferences

Senior Product Manager - Koala Ledger
Melbourne · A$170k - A$200k · 0.1% - 0.3%
Series B fintech for small business accounting. Interviewing this week!

Product Manager, Growth - Brolly Supply
Melbourne · Remote OK · A$140k - A$160k
Founder Ruby Walsh: "We move fast: two interviews and you're done."

Lead Product Manager - Tessellate
Sydney / Melbourne · A$190k - A$220k

See all 12 jobs: https://wellfound.com/jobs?ref=alert

You're receiving this because you set up a job alert. Manage alerts: https://wellfound.com/settings/alerts
""",
    notes="A job-alert digest: companies, roles, a founder's quote about interviews, but nothing arranged for the user. Other.",
)

ICS_WEBINAR = ics(
    uid="webinar-startup-interviews-0917@lumahq.example",
    start="2026-09-17 12:00",
    end="2026-09-17 13:00",
    tz="Africa/Lagos",
    organizer=("Luma", "calendar-invite@lumahq.example"),
    attendees=[("Tomiwa Balogun", "tomiwa.balogun@example.com.ng")],
    summary="Cracking the Startup Interview (live)",
    desc="Speakers: Adaeze Nwosu (CEO, Kudipoint) and Sipho Dlamini (Engineering Manager).",
    location="https://lu.ma/join/startup-interviews",
    stamp="20260910T090000Z",
)
add(
    name="oth-w25-interview-tips-webinar-ics-lagos",
    kind="other",
    frm="Tech Careers Africa <hello@techcareersafrica.example>",
    to="Tomiwa Balogun <tomiwa.balogun@example.com.ng>",
    subject="You're registered: Cracking the Startup Interview (Thu 17 Sept, 12pm WAT)",
    date=(2026, 9, 10, 10, 0, "Africa/Lagos"),
    ics=ICS_WEBINAR,
    ics_style="google",
    body="""
Hi Tomiwa,

You're registered for our live session, Cracking the Startup Interview!

Thursday 17 September, 12:00 - 13:00 WAT
Join link: https://lu.ma/join/startup-interviews

Adaeze Nwosu (CEO, Kudipoint) and Sipho Dlamini (Engineering Manager) will walk through how early-stage teams run interviews, what founders look for in a first chat, and take your questions live.

We've attached a calendar invite so you don't miss it.

See you there,
Tech Careers Africa
""",
    notes="Interview-tips webinar with an ICS REQUEST and named speakers (one a founder who interviewed the user elsewhere). Other.",
)

ICS_OFFICE_HOURS = ics(
    uid="a7d3e2f1-5c6b-4a98-b0e1-2f3c4d5e6f70@calendly.com",
    start="2026-07-15 16:00",
    end="2026-07-15 16:20",
    tz="Africa/Lagos",
    utc=True,
    prodid="-//Calendly//Calendly//EN",
    organizer=("Tunde Fashola", "tunde@ekofund.example"),
    attendees=[("Ifeoma Chukwu", "ifeoma.chukwu@example.com.ng")],
    summary="Founder office hours (20 min) between Tunde Fashola and Ifeoma Chukwu",
    stamp="20260710T110000Z",
)
add(
    name="oth-w25-calendly-vc-office-hours-lagos",
    kind="other",
    frm="Calendly <notifications@calendly.com>",
    to="Ifeoma Chukwu <ifeoma.chukwu@example.com.ng>",
    subject="Confirmed: Founder office hours (20 min) with Tunde Fashola on Wednesday, July 15, 2026",
    date=(2026, 7, 10, 12, 0, "Africa/Lagos"),
    fmt="alt",
    ics=ICS_OFFICE_HOURS,
    ics_style="attach",
    body="""
Hi Ifeoma Chukwu,

A new event has been scheduled.

Event Type:
Founder office hours (20 min)

Event Host:
Tunde Fashola

Event Date/Time:
16:00 - 16:20 (West Africa Time), Wednesday, July 15, 2026

Invitee answers:
What are you building? A bookkeeping app for market traders (pre-seed).
What do you want to discuss? Fundraising strategy and first angel cheques.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/a7d3e2f1
Reschedule: https://calendly.com/reschedulings/a7d3e2f1

Powered by Calendly.com
""",
    notes="Calendly booking the user made for VC office hours about her own start-up: a scheduler, a host and a time, but no job. Other.",
)
