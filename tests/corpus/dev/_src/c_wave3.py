# ruff: noqa: E501
# Wave 3: a third dev voice, aimed at who interviews (panels in every layout, coordinators,
# replaced panelists, quoted and forwarded history, ICS-only names), at decision-date phrasing
# and at hard negatives that look like interviews (mock, press, podcast, research, exit).
from lib import add, ics, vtz_fixed

# ================================================================ panels in many layouts
add(
    name="inv-bulleted-panel-dashes-cdt",
    kind="invitation",
    frm="Jess Moreno <jess.moreno@prairiegrid.example>",
    to="Daniel Ortiz <dan.ortiz@example.com>",
    subject="Prairie Grid - onsite interview, Senior Data Engineer",
    date=(2026, 3, 3, 10, 15, "America/Chicago"),
    fmt="alt",
    body="""
Hi Daniel,

Thanks for your time on the phone last week. The team would like to bring you in for the onsite for the Senior Data Engineer role.

When: Tuesday, March 10, 1:00-3:00 PM Central
Where: Prairie Grid, 400 W Lake St, 9th floor, Chicago

Your panel:
• Ana Ruiz – Engineering Manager, Data Platform
• Tobias Weber – Staff Data Engineer
• Lauren Pike – Product Manager

Each conversation is about 40 minutes. Ask for me at reception and I'll walk you up.

Best,
Jess Moreno
Talent Partner | Prairie Grid
""",
    company="Prairie Grid",
    role="Senior Data Engineer",
    interviewers=[
        ("Ana Ruiz", None, "Engineering Manager, Data Platform"),
        ("Tobias Weber", None, "Staff Data Engineer"),
        ("Lauren Pike", None, "Product Manager"),
    ],
    start="2026-03-10 13:00",
    end="2026-03-10 15:00",
    tz="America/Chicago",
    notes="Bullets 'Name – Title'; the talent partner signs and greets but does not interview. DST starts Mar 8, so CDT (-05:00) though the mail is sent in CST.",
)

add(
    name="inv-shared-inbox-emdash-lines-bst",
    kind="invitation",
    frm="Legal Recruitment <legalrecruitment@harrowvale.example>",
    to="Charlotte Adeyemi <c.adeyemi@example.co.uk>",
    subject="Interview - Senior Associate, Commercial Litigation",
    date=(2026, 9, 7, 9, 40, "Europe/London"),
    body="""
Dear Charlotte,

Further to your application for the position of Senior Associate, Commercial Litigation, we are delighted to invite you to a first interview at our London office on Thursday 17 September at 2pm. The interview will last approximately 90 minutes.

You will be interviewed by:

Eleanor Whitcombe — Partner
Rajiv Sood — Senior Associate

Please bring photographic ID. Do let us know if you require any adjustments.

Kind regards

Olivia Grant | Legal Recruitment Advisor
Harrow & Vale LLP
1 Fetter Yard, London EC4A 1AB
""",
    company="Harrow & Vale",
    role="Senior Associate, Commercial Litigation",
    interviewers=[
        ("Eleanor Whitcombe", None, "Partner"),
        ("Rajiv Sood", None, "Senior Associate"),
    ],
    start="2026-09-17 14:00",
    end="2026-09-17 15:30",
    tz="Europe/London",
    notes="Shared-inbox sender; panel as 'Name — Title' lines; the recruitment advisor only signs. 90 minutes from 2pm BST.",
)

add(
    name="inv-title-before-name-prose-berlin",
    kind="invitation",
    frm="Lea Brandt <lea@kiezkraft.example>",
    to="Mateo Silva <mateo.silva@example.pt>",
    subject="Next step: technical interview at Kiezkraft",
    date=(2026, 6, 3, 16, 20, "Europe/Berlin"),
    body="""
Hi Mateo,

great talking to you on Monday! We'd love to move you forward for the Backend Engineer (Go) position.

The next step is a one-hour technical conversation on Tuesday, 9 June, 11:00-12:00 CEST over Google Meet. You'll meet our CTO Hannah Fischer and Staff Engineer Omar Khalil. No live coding, they'll want to hear how you'd design a rate limiter for our public API.

Let me know if the slot doesn't work and I'll find another.

Cheers
Lea

--
Lea Brandt
People & Culture
Kiezkraft GmbH, Berlin
""",
    company="Kiezkraft",
    role="Backend Engineer (Go)",
    interviewers=[
        ("Hannah Fischer", None, "CTO"),
        ("Omar Khalil", None, "Staff Engineer"),
    ],
    start="2026-06-09 11:00",
    end="2026-06-09 12:00",
    tz="Europe/Berlin",
    notes="Titles before the names in prose ('our CTO Hannah Fischer and Staff Engineer Omar Khalil'); the people & culture sender does not interview.",
)

add(
    name="inv-comma-prose-three-back-to-back",
    kind="invitation",
    frm="Rachel Kim <rachel.kim@tidepoolrobotics.example>",
    to="Jordan Blake <jordan.blake@example.com>",
    subject="Tidepool Robotics | Virtual onsite for Controls Engineer",
    date=(2026, 10, 8, 14, 5, "America/Los_Angeles"),
    fmt="qp",
    body="""
Hi Jordan,

You're confirmed for your virtual onsite for the Controls Engineer role on Wednesday, October 14, starting at 9:30 AM Pacific. You'll be speaking with Jonas Berg, Mei Lin and Carlos Mendes, in that order, 45 minutes each, back to back, so plan on being done by 11:45.

Zoom details will come in a separate calendar hold. I'm coordinating and will be on Slack if anything goes wrong with the link.

Thanks,
Rachel Kim
Recruiting Coordinator, Tidepool Robotics
""",
    company="Tidepool Robotics",
    role="Controls Engineer",
    interviewers=[
        ("Jonas Berg", None, None),
        ("Mei Lin", None, None),
        ("Carlos Mendes", None, None),
    ],
    start="2026-10-14 09:30",
    end="2026-10-14 11:45",
    tz="America/Los_Angeles",
    notes="Comma-separated panel in prose, no titles; the recruiting coordinator schedules only. PDT.",
)

add(
    name="inv-agenda-times-abbrev-titles-madrid",
    kind="invitation",
    frm="Olivar Health Talent <talent@olivarhealth.example>",
    reply_to="Clara Méndez <clara.mendez@olivarhealth.example>",
    to="Sam Whitaker <sam.whitaker@example.com>",
    subject="Your final round at Olivar Health - Monday 23 November",
    date=(2026, 11, 16, 12, 0, "Europe/Madrid"),
    fmt="alt",
    body="""
Hi Sam,

Here's the plan for your final round for the Senior Product Engineer role, on Monday 23 November at our Madrid office (Calle de Serrano 41). All times are Madrid time.

10:00 – Marta Gil (EM)
10:45 – Pau Serra (Staff Eng)
11:30 – Lunch with the team
12:30 – Inés Navarro (VP Product)
13:15 – Wrap-up and office tour

If you're flying in, we'll cover the taxi from the airport; keep the receipt.

Un saludo,
Clara Méndez
Talent Acquisition
""",
    company="Olivar Health",
    role="Senior Product Engineer",
    interviewers=[
        ("Marta Gil", None, "EM"),
        ("Pau Serra", None, "Staff Eng"),
        ("Inés Navarro", None, "VP Product"),
    ],
    start="2026-11-23 10:00",
    end="2026-11-23 13:15",
    tz="Europe/Madrid",
    notes="Agenda lines 'time – Name (abbreviated title)'; lunch and wrap-up rows name nobody; the schedule ends when the wrap-up starts. CET.",
)

HTML_TABLE_PANEL = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<p>Dear Vikram,</p>
<p>We are pleased to invite you to the second round for the <b>Quantitative Analyst</b> position at Brightwater Capital, on <b>Thursday, May 21, 2026, 3:00 - 4:30 PM ET</b>, at 10 Hudson Yards, 41st floor.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef7"><th>Name</th><th>Title</th><th>Focus</th></tr>
<tr><td>Dr. Samuel Osei</td><td>Head of Quant Research</td><td>Probability and statistics</td></tr>
<tr><td>Yuki Tanaka</td><td>Senior Quant</td><td>Coding (Python)</td></tr>
<tr><td>Priya Raman</td><td>Portfolio Manager</td><td>Markets and intuition</td></tr>
</table>
<p>Please bring a government-issued ID for building security.</p>
<p>Regards,<br>Brightwater Capital Recruiting</p>
</body></html>
"""
add(
    name="inv-html-table-name-title-focus",
    kind="invitation",
    frm="Brightwater Capital Recruiting <recruiting@brightwater.example>",
    to="Vikram Nair <vikram.nair@example.com>",
    subject="Second round interview - Quantitative Analyst",
    date=(2026, 5, 15, 17, 30, "America/New_York"),
    fmt="html",
    html=HTML_TABLE_PANEL,
    company="Brightwater Capital",
    role="Quantitative Analyst",
    interviewers=[
        ("Samuel Osei", None, "Head of Quant Research"),
        ("Yuki Tanaka", None, "Senior Quant"),
        ("Priya Raman", None, "Portfolio Manager"),
    ],
    start="2026-05-21 15:00",
    end="2026-05-21 16:30",
    tz="America/New_York",
    notes="HTML-only; a Name / Title / Focus table; 'Dr.' dropped; a team inbox signs. EDT.",
)

add(
    name="inv-linkedin-links-toronto",
    kind="invitation",
    frm="Marie-Claude Roy <mc.roy@lakeshoremutual.example>",
    to="Hannah Cohen <hannah.cohen@example.ca>",
    subject="Interview confirmation - Senior Analytics Engineer",
    date=(2026, 9, 22, 11, 10, "America/Toronto"),
    fmt="alt",
    body="""
Hi Hannah,

Thanks for confirming! Your interview for the Senior Analytics Engineer role is booked for Tuesday, September 29 at 1 pm ET, for one hour, on Microsoft Teams.

Here's who you'll meet, in case you want to look them up:
Nadia Petrova, Head of Data (https://www.linkedin.com/in/nadia-petrova-data)
Kwame Mensah, Analytics Engineer (linkedin.com/in/kwamemensah)

They'll walk through a dbt model you've built and a short SQL exercise.

All the best,
Marie-Claude Roy
Talent Acquisition Specialist, Lakeshore Mutual
""",
    company="Lakeshore Mutual",
    role="Senior Analytics Engineer",
    interviewers=[
        ("Nadia Petrova", None, "Head of Data"),
        ("Kwame Mensah", None, "Analytics Engineer"),
    ],
    start="2026-09-29 13:00",
    end="2026-09-29 14:00",
    tz="America/Toronto",
    notes="'Name, Title (LinkedIn URL)' lines; the specialist who writes does not interview. EDT.",
)

ICS_CN_ONLY = ics(
    uid="7f3kq2l0v9s8r1t5u6w4x3y2z1@google.com",
    start="2026-11-10 10:00",
    end="2026-11-10 11:00",
    tz="America/New_York",
    organizer=("Becca Lowe", "becca.lowe@arcticfox.example"),
    attendees=[
        ("Dmitri Volkov", "dmitri.volkov@arcticfox.example"),
        ("Sunita Patel", "sunita.patel@arcticfox.example"),
        ("Leo Martins", "leo.martins@example.com"),
    ],
    summary="Arctic Fox Security - Technical Interview (Leo Martins)",
    desc="Technical interview for the Detection Engineer role. Join: https://meet.google.com/ivx-qpeh-tza",
    stamp="20261104T153000Z",
)
add(
    name="inv-names-only-in-ics-cn",
    kind="invitation",
    frm="Becca Lowe <becca.lowe@arcticfox.example>",
    to="Leo Martins <leo.martins@example.com>",
    subject="Invitation: Arctic Fox Security - Technical Interview (Leo Martins) @ Tue Nov 10, 2026 10am - 11am (EST)",
    date=(2026, 11, 4, 10, 30, "America/New_York"),
    ics=ICS_CN_ONLY,
    body="""
Hi Leo,

Sending the calendar invite for your technical interview for the Detection Engineer role. Your two interviewers from the detection team are on the invite. I'm only coordinating, so I won't join the call.

Good luck!
Becca
""",
    company="Arctic Fox Security",
    role="Detection Engineer",
    interviewers=[
        ("Dmitri Volkov", "dmitri.volkov@arcticfox.example", None),
        ("Sunita Patel", "sunita.patel@arcticfox.example", None),
    ],
    start="2026-11-10 10:00",
    end="2026-11-10 11:00",
    tz="America/New_York",
    notes="The interviewers are named only as ICS attendees (CN); the organizer is the coordinator and says she will not join; the candidate is an attendee too. EST.",
)

ICS_MAILTO_ONLY = (
    ics(
        uid="040000008200E00074C5B7101A82E0080000000090C41F7A5A5EDD01000000000000000010000000C5D2",
        start="2026-10-15 10:00",
        end="2026-10-15 11:00",
        tz="Africa/Lagos",
        tzid="W. Central Africa Standard Time",
        vtz=vtz_fixed("W. Central Africa Standard Time", "+0100", "WAT"),
        prodid="Microsoft Exchange Server 2010",
        organizer=("Eze, Chiamaka", "chiamaka.eze@quaysidemf.example"),
        attendees=[
            ("Jide Okoro", "jide.okoro@quaysidemf.example"),
            ("Fatima Bello", "fatima.bello@quaysidemf.example"),
            ("Tunde Adebayo", "tunde.adebayo@example.com.ng"),
        ],
        summary="Interview: Credit Risk Analyst - Tunde Adebayo",
        stamp="20261012T081500Z",
        location="Quayside Microfinance, 14 Broad Street, Lagos Island",
    )
    .replace(";CN=Jide Okoro", "")
    .replace(";CN=Fatima Bello", "")
    .replace(";CN=Tunde Adebayo", "")
)
add(
    name="inv-ics-mailto-only-lagos",
    kind="invitation",
    frm='"Eze, Chiamaka" <chiamaka.eze@quaysidemf.example>',
    to="Tunde Adebayo <tunde.adebayo@example.com.ng>",
    subject="Interview: Credit Risk Analyst - Tunde Adebayo",
    date=(2026, 10, 12, 9, 15, "Africa/Lagos"),
    ics=ICS_MAILTO_ONLY,
    ics_style="outlook",
    body="""
Dear Tunde,

Please find attached the invitation for your interview for the Credit Risk Analyst role on Thursday 15th October, 10am to 11am, at our head office.

You will meet Jide Okoro and Fatima Bello from our credit risk team.

Kindly come with your credentials.

Warm regards,
Chiamaka Eze
HR Business Partner
Quayside Microfinance
""",
    company="Quayside Microfinance",
    role="Credit Risk Analyst",
    interviewers=[
        ("Jide Okoro", "jide.okoro@quaysidemf.example", None),
        ("Fatima Bello", "fatima.bello@quaysidemf.example", None),
    ],
    start="2026-10-15 10:00",
    end="2026-10-15 11:00",
    tz="Africa/Lagos",
    notes="Outlook ICS whose attendees carry only mailto (no CN); the body names the panel; the HR organizer does not interview. WAT +01:00.",
)

add(
    name="inv-coordinator-names-hm-denver",
    kind="invitation",
    frm="Aisha Rahman <aisha.rahman@summitfreight.example>",
    to="Kyle Brennan <kyle.brennan@example.com>",
    subject="Video interview - Operations Analyst",
    date=(2026, 6, 11, 15, 45, "America/Denver"),
    body="""
Hello Kyle,

I'm reaching out to schedule your video interview for the Operations Analyst position. You'll be meeting with the hiring manager, Lena Schulz (Director of Operations), on Wednesday, June 17 from 11:30 AM to 12:15 PM Mountain Time.

I'll be your point of contact through the process but won't be on the call. A Teams link will follow.

Best regards,

Aisha Rahman
Recruiting Coordinator
Summit Freight | Denver, CO
""",
    company="Summit Freight",
    role="Operations Analyst",
    interviewers=[("Lena Schulz", None, "Director of Operations")],
    start="2026-06-17 11:30",
    end="2026-06-17 12:15",
    tz="America/Denver",
    notes="The coordinator writes and signs with her title but will not be on the call; the one interviewer is named with the title in parentheses. MDT.",
)

add(
    name="inv-recruiter-screen-with-me-sydney",
    kind="invitation",
    frm="Priya Desai <priya.desai@coralloop.example>",
    to="Ethan Clarke <ethan.clarke@example.com.au>",
    subject="Re: Customer Success Manager application",
    date=(2026, 9, 21, 14, 2, "Australia/Sydney"),
    in_reply_to="<ethan-csm-0918@example.com.au>",
    body="""
Hi Ethan,

Thanks for getting back to me so quickly. Let's lock in Thursday 24 September at 10:30am (Sydney time) for a 30 minute call with me. I'll ring you on the mobile number on your CV.

It's an informal chat about your background and what you're looking for; if it's a fit we'll line up time with the Head of Customer.

Speak Thursday,

Priya Desai
Senior Talent Partner | Coral Loop
Level 3, 80 George St, Sydney

On Fri, 18 Sep 2026 at 16:40, Ethan Clarke <ethan.clarke@example.com.au> wrote:
> Hi Priya, thanks for reaching out about the Customer Success Manager role.
> I'm free most mornings next week.
""",
    company="Coral Loop",
    role="Customer Success Manager",
    interviewers=[("Priya Desai", "priya.desai@coralloop.example", "Senior Talent Partner")],
    start="2026-09-24 10:30",
    end="2026-09-24 11:00",
    tz="Australia/Sydney",
    notes="A recruiter's phone screen 'with me': she is the interviewer (title from her signature). AEST +10:00; Sydney's DST starts on Oct 4.",
)

add(
    name="res-replaced-panelist-new-hour-london",
    kind="reschedule",
    frm="Imogen Hale <imogen.hale@foundrylane.example>",
    to="Theo Marchetti <theo.marchetti@example.com>",
    subject="Change to Friday's interview",
    date=(2026, 11, 10, 16, 25, "Europe/London"),
    body="""
Hi Theo,

A couple of changes for Friday, sorry for the shuffle. Mark Evans is out this week, so Sofia Rossi (Senior Designer) will take his place on your panel, and to fit her calendar we've moved the interview an hour later: it's now Friday 13 November, 16:00-17:00 (it was 15:00-16:00).

You'll still meet Hamza Ali (Design Director) as planned. Everything else, including the portfolio walkthrough format, stays the same.

Thanks for being flexible,
Imogen
Recruitment Lead, Foundry Lane
""",
    company="Foundry Lane",
    role=None,
    interviewers=[
        ("Sofia Rossi", None, "Senior Designer"),
        ("Hamza Ali", None, "Design Director"),
    ],
    start="2026-11-13 16:00",
    end="2026-11-13 17:00",
    tz="Europe/London",
    notes="A replaced panelist (Mark Evans is out) and a new hour; the old time follows 'it was'. GMT.",
)

add(
    name="inv-final-round-quoted-first-round-zurich",
    kind="invitation",
    frm="Nina Vogel <nina.vogel@alpenlink.example>",
    to="Arjun Mehta <arjun.mehta@example.ch>",
    subject="Re: Alpenlink - first interview",
    date=(2026, 11, 26, 9, 5, "Europe/Zurich"),
    in_reply_to="<alpenlink-first-1112@alpenlink.example>",
    body="""
Hi Arjun,

Great news: the feedback from Urs and Lina was very positive and we'd like to invite you to the final round for the Site Reliability Engineer role.

Final round: Wednesday 2 December, 10:00-12:00 CET, at our Zurich office (Hardturmstrasse 161). You'll meet Beat Keller (Head of Engineering) and Chiara Romano (Principal Engineer).

Please confirm and I'll send the details.

Best regards
Nina Vogel
Talent Acquisition, Alpenlink AG

-----Original Message-----
From: Nina Vogel <nina.vogel@alpenlink.example>
Sent: Thursday, 12 November 2026 14:20
To: Arjun Mehta <arjun.mehta@example.ch>
Subject: Alpenlink - first interview

Hi Arjun,

Your first interview will be with Urs Meier (SRE Lead) and Lina Haas (Senior SRE) on Wednesday 18 November at 14:00 on Teams.

Best regards
Nina
""",
    company="Alpenlink",
    role="Site Reliability Engineer",
    interviewers=[
        ("Beat Keller", None, "Head of Engineering"),
        ("Chiara Romano", None, "Principal Engineer"),
    ],
    start="2026-12-02 10:00",
    end="2026-12-02 12:00",
    tz="Europe/Zurich",
    notes="The quoted first-round mail (Outlook '-----Original Message-----') names another panel and time; only the final round counts. CET.",
)

add(
    name="inv-agency-forwards-client-invite-sg",
    kind="invitation",
    frm="Daniel Koh <daniel.koh@talentbridge-asia.example>",
    to="Farah Aziz <farah.aziz@example.sg>",
    subject="Fwd: Merlion Pay interview - Senior iOS Engineer",
    date=(2026, 12, 2, 11, 40, "Asia/Singapore"),
    body="""
Hi Farah,

Good news, Merlion Pay would like to meet you! See their note below. Shall I confirm the slot for you?

Regards,
Daniel Koh
Consultant, Technology Practice
TalentBridge Asia

---------- Forwarded message ---------
From: Jasmine Lim <jasmine.lim@merlionpay.example>
Date: Wed, 2 Dec 2026 at 10:12
Subject: Merlion Pay interview - Senior iOS Engineer
To: Daniel Koh <daniel.koh@talentbridge-asia.example>

Hi Daniel,

We would like to invite Farah to a technical interview for the Senior iOS Engineer role on Tuesday, 8 December 2026, 14:00-15:00 SGT, at our office at 1 Raffles Place.

Interviewers: Tan Wei Ming (Engineering Lead) and Rachel Ng (Senior Engineer).

Thanks,
Jasmine Lim
HR Executive, Merlion Pay
""",
    company="Merlion Pay",
    role="Senior iOS Engineer",
    interviewers=[
        ("Tan Wei Ming", None, "Engineering Lead"),
        ("Rachel Ng", None, "Senior Engineer"),
    ],
    start="2026-12-08 14:00",
    end="2026-12-08 15:00",
    tz="Asia/Singapore",
    notes="An agency consultant forwards the employer's invitation for the user; the forwarded part is the invitation itself, so its panel counts; the consultant and the HR executive do not interview. 'Tan Wei Ming' is family-name-first, kept as written.",
)

add(
    name="inv-shared-inbox-dr-prof-dublin",
    kind="invitation",
    frm="Careers at Hartwell Institute <careers@hartwell.example>",
    to="Siobhan Walsh <siobhan.walsh@example.ie>",
    subject="Interview invitation: Postdoctoral Researcher in Computational Biology",
    date=(2026, 3, 16, 12, 0, "Europe/Dublin"),
    fmt="alt",
    body="""
Dear Dr Walsh,

Thank you for applying for the post of Postdoctoral Researcher in Computational Biology. We are pleased to invite you to a one-hour interview on Tuesday 24 March 2026 at 11:00 at the Institute (Room 2.14, Hartwell Building, Dublin 4).

Your interview panel:
Dr. Amelia Hart (Head of Research)
Prof. Kenneth Brooks (Scientific Advisor)

You will be asked to give a 10-minute presentation on your doctoral research; please bring slides on a USB key.

Yours sincerely,
Hiring Team
Hartwell Institute
""",
    company="Hartwell Institute",
    role="Postdoctoral Researcher in Computational Biology",
    interviewers=[
        ("Amelia Hart", None, "Head of Research"),
        ("Kenneth Brooks", None, "Scientific Advisor"),
    ],
    start="2026-03-24 11:00",
    end="2026-03-24 12:00",
    tz="Europe/Dublin",
    notes="A team inbox writes ('Hiring Team'); honorifics Dr. and Prof. dropped; the candidate is 'Dr Walsh'. Ireland is on GMT until Mar 29.",
)

add(
    name="inv-hm-me-then-colleague-chicago",
    kind="invitation",
    frm="Grace Obi <grace.obi@loomwork.example>",
    to="Marcus Feld <marcus.feld@example.com>",
    subject="Senior Platform Engineer - let's meet in person",
    date=(2026, 9, 30, 18, 50, "America/Chicago"),
    body="""
Marcus,

Really enjoyed the take-home debrief. I'd love to continue the conversation in person. Can you come in on Monday, October 5 at 9:00? You'd spend an hour with me and then 30 minutes with Kenji Watanabe from our platform team, so you'd be out by 10:30.

We're at 222 N Canal, 5th floor. Coffee's on us.

Grace

--
Grace Obi
VP Engineering, Loomwork
""",
    company="Loomwork",
    role="Senior Platform Engineer",
    interviewers=[
        ("Grace Obi", "grace.obi@loomwork.example", "VP Engineering"),
        ("Kenji Watanabe", None, None),
    ],
    start="2026-10-05 09:00",
    end="2026-10-05 10:30",
    tz="America/Chicago",
    notes="The hiring manager writes 'with me and then ... with Kenji Watanabe'; her title is in the signature. No zone: sender's Central time (CDT).",
)

add(
    name="res-onsite-moved-bulleted-new-panel",
    kind="reschedule",
    frm="Quillstack Recruiting <recruiting@quillstack.example>",
    reply_to="Dana Park <dana.park@quillstack.example>",
    to="Ravi Shankar <ravi.shankar@example.com>",
    subject="Updated: your Quillstack onsite has moved to Friday",
    date=(2026, 11, 16, 13, 30, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Ravi,

We need to move your onsite for the Full Stack Engineer role from Thursday to Friday, November 20, same time: 10:00 AM - 12:00 PM PST.

Updated panel:
- Oren Levi, Engineering Manager
- Bea Santos, Senior Engineer

(Noah Fields is no longer able to join.)

Apologies for the change. Reply here if Friday doesn't work.

Dana Park
Recruiting, Quillstack
""",
    company="Quillstack",
    role="Full Stack Engineer",
    interviewers=[
        ("Oren Levi", None, "Engineering Manager"),
        ("Bea Santos", None, "Senior Engineer"),
    ],
    start="2026-11-20 10:00",
    end="2026-11-20 12:00",
    tz="America/Los_Angeles",
    notes="Moved a day; hyphen bullets 'Name, Title'; Noah Fields drops out and is not on the panel.",
)

add(
    name="can-names-interviewer-pune",
    kind="cancellation",
    frm="Neha Kulkarni <neha.kulkarni@banyananalytics.example>",
    to="Rohan Joshi <rohan.joshi@example.in>",
    subject="Interview cancelled - Data Scientist",
    date=(2026, 10, 13, 17, 20, "Asia/Kolkata"),
    body="""
Dear Rohan,

I'm sorry to inform you that we have to cancel your interview with Priya Menon on Thursday, 15 October at 2 PM. The Data Scientist position has been put on hold due to a budget review.

We will reach out if the role reopens. Apologies for the inconvenience.

Regards,
Neha Kulkarni
Talent Acquisition, Banyan Analytics
""",
    company="Banyan Analytics",
    role="Data Scientist",
    interviewers=[("Priya Menon", None, None)],
    start="2026-10-15 14:00",
    tz="Asia/Kolkata",
    notes="Cancellation naming the interviewer and time so it can be matched; no duration so end is null. IST.",
)

add(
    name="inv-semicolon-panel-hong-kong",
    kind="invitation",
    frm="Karen Lau <karen.lau@harbourline.example>",
    to="Kevin Cheung <kevin.cheung@example.hk>",
    subject="Interview arrangement - Business Intelligence Analyst",
    date=(2026, 6, 10, 10, 20, "Asia/Hong_Kong"),
    body="""
Dear Kevin,

Thank you for your interest in Harbourline Logistics. We would like to invite you for an interview for the Business Intelligence Analyst position.

Date: Tuesday, 16 June 2026
Time: 15:00 - 16:30 (HKT)
Venue: 12/F, Harbourline Tower, 8 Sheung Yuet Road, Kowloon Bay
Panel: Zhang Wei (Data Lead); Aisha Khan (Senior Analyst); Tom Becker (Product Owner)

Please bring your HKID and academic certificates.

Best regards,
Karen Lau
HR Manager
Harbourline Logistics Limited
""",
    company="Harbourline Logistics",
    role="Business Intelligence Analyst",
    interviewers=[
        ("Zhang Wei", None, "Data Lead"),
        ("Aisha Khan", None, "Senior Analyst"),
        ("Tom Becker", None, "Product Owner"),
    ],
    start="2026-06-16 15:00",
    end="2026-06-16 16:30",
    tz="Asia/Hong_Kong",
    notes="Panel on one line separated by semicolons; the HR manager who writes does not interview. HKT +08:00.",
)

add(
    name="inv-role-colon-name-lines-copenhagen",
    kind="invitation",
    frm="Maja Holm <maja.holm@fjordline.example>",
    to="Lukas Novak <lukas.novak@example.cz>",
    subject="Interview for Project Controller",
    date=(2026, 9, 14, 8, 55, "Europe/Copenhagen"),
    body="""
Dear Lukas,

Thank you for your application for the Project Controller position at Fjordline Energy. We would like to invite you to an interview on Friday 18 September from 09:00 to 10:30 at our office in Copenhagen (Kalvebod Brygge 24).

You will meet:
Hiring manager: Sven Olsen
Technical interviewer: Ingrid Dahl
HR: Maja Holm (me)

Please confirm your attendance by replying to this email.

Best regards
Maja Holm
HR Partner, Fjordline Energy
""",
    company="Fjordline Energy",
    role="Project Controller",
    interviewers=[
        ("Sven Olsen", None, None),
        ("Ingrid Dahl", None, None),
        ("Maja Holm", "maja.holm@fjordline.example", "HR Partner"),
    ],
    start="2026-09-18 09:00",
    end="2026-09-18 10:30",
    tz="Europe/Copenhagen",
    notes="'Role: Name' lines; the HR partner lists herself ('me') and so interviews. CEST.",
)

# ================================================================ decision dates
add(
    name="nxt-by-friday-the-12th",
    kind="next_steps",
    frm="Marisol Vega <marisol.vega@greyhawkmedia.example>",
    to="Owen Price <owen.price@example.com>",
    subject="Video Producer - timeline",
    date=(2026, 6, 2, 14, 40, "America/New_York"),
    body="""
Hi Owen,

Thank you for coming in yesterday, the team loved your reel. We're wrapping up the last two interviews this week and will make a decision by Friday the 12th. I'll call you either way.

Best,
Marisol
Executive Producer, Greyhawk Media
""",
    company="Greyhawk Media",
    role="Video Producer",
    decision_by="2026-06-12",
    notes="'by Friday the 12th' from Tue Jun 2 = Jun 12 (a Friday).",
)

add(
    name="nxt-before-the-holidays-vague",
    kind="next_steps",
    frm="Bramble Studio <hello@bramblestudio.example>",
    to="Freya Lund <freya.lund@example.co.uk>",
    subject="Thanks for meeting us - Producer",
    date=(2026, 12, 9, 11, 5, "Europe/London"),
    body="""
Hi Freya,

Thanks so much for coming in to chat about the Producer role on Monday. We're meeting the last couple of people this week and hope to have a decision for you before the holidays.

Warmly,
Ruth and the Bramble Studio team
""",
    company="Bramble Studio",
    role="Producer",
    notes="'before the holidays' is vague: decision_by null.",
)

add(
    name="nxt-ten-working-days-uk",
    kind="next_steps",
    frm="Thistle Energy Recruitment <recruitment@thistleenergy.example>",
    to="Callum Reid <callum.reid@example.co.uk>",
    subject="Grid Analyst - after your interview",
    date=(2026, 10, 1, 15, 30, "Europe/London"),
    body="""
Dear Callum,

Thank you for attending the interview for the Grid Analyst role today. The panel will now review all candidates and we aim to decide within ten working days. We will contact you by email with the outcome.

Kind regards,
Recruitment Team
Thistle Energy
""",
    company="Thistle Energy",
    role="Grid Analyst",
    decision_by="2026-10-15",
    notes="'within ten working days' from Thu Oct 1 skips weekends = Thu Oct 15.",
)

add(
    name="nxt-no-later-than-melbourne",
    kind="next_steps",
    frm="Georgia Lam <georgia.lam@southbanklearning.example>",
    to="Isaac Nguyen <isaac.nguyen@example.com.au>",
    subject="Instructional Designer - next steps",
    date=(2026, 3, 6, 16, 10, "Australia/Melbourne"),
    fmt="qp",
    body="""
Hi Isaac,

Thanks again for presenting your module to the panel on Wednesday. We're checking references for our shortlisted candidates now, and you'll hear from us no later than Friday 20 March.

Cheers,
Georgia Lam
Learning Design Manager
Southbank Learning
""",
    company="Southbank Learning",
    role="Instructional Designer",
    decision_by="2026-03-20",
    notes="'you'll hear from us no later than Friday 20 March' is the employer's decision date.",
)

add(
    name="info-references-by-wed-decide-end-of-month",
    kind="info_request",
    frm="Tom Lindqvist <tom.lindqvist@riverbendfoods.example>",
    to="Alicia Gomez <alicia.gomez@example.com>",
    subject="References - Supply Planner",
    date=(2026, 9, 14, 9, 25, "America/Chicago"),
    body="""
Hi Alicia,

Thanks for a great final interview on Friday. Could you send us contact details for two professional references, ideally one former manager, by Wednesday? We expect to make our decision by the end of the month.

Thank you,
Tom Lindqvist
Supply Chain Director, Riverbend Foods
""",
    company="Riverbend Foods",
    role="Supply Planner",
    decision_by="2026-09-30",
    notes="Two dates: the candidate's deadline (references by Wednesday) is not a decision date; 'by the end of the month' = Sep 30.",
)

add(
    name="nxt-candidate-deadline-only-toronto",
    kind="next_steps",
    frm="Northstar Rail Talent <talent@northstarrail.example>",
    reply_to="Priyanka Bose <priyanka.bose@northstarrail.example>",
    to="Victor Almeida <victor.almeida@example.ca>",
    subject="Signal Engineer - following up",
    date=(2026, 11, 2, 10, 0, "America/Toronto"),
    body="""
Hi Victor,

Thanks again for meeting the team last week. Before the panel meets to compare notes, could you confirm by Thursday whether you're still interested and whether your notice period is still four weeks?

We'll be in touch once the panel has met.

Best,
Priyanka Bose
Talent Partner, Northstar Rail
""",
    company="Northstar Rail",
    role="Signal Engineer",
    notes="Only a deadline for the candidate (confirm by Thursday); no decision date.",
)

add(
    name="ack-within-three-weeks-amsterdam",
    kind="application_ack",
    frm="Grachten Data Careers <careers@grachtendata.example>",
    to="Noor van Dijk <noor.vandijk@example.nl>",
    subject="We received your application - Data Engineer",
    date=(2026, 5, 4, 9, 0, "Europe/Amsterdam"),
    fmt="alt",
    body="""
Hi Noor,

Thank you for applying for the Data Engineer position at Grachten Data. We read every application ourselves and aim to respond within three weeks.

In the meantime, feel free to read our engineering blog.

The Grachten Data team
""",
    company="Grachten Data",
    role="Data Engineer",
    decision_by="2026-05-25",
    notes="Acknowledgement promising an answer 'within three weeks' from Mon May 4 = May 25.",
)

add(
    name="nxt-by-next-wednesday-la",
    kind="next_steps",
    frm="Diego Alvarez <diego@redwoodpixel.example>",
    to="Kim Yoon <kim.yoon@example.com>",
    subject="re: game designer loop",
    date=(2026, 9, 17, 17, 45, "America/Los_Angeles"),
    body="""
hey Kim, thanks for hanging in for the whole loop today. team's debriefing monday, we should have a decision by next wednesday at the latest.

d

Diego Alvarez
Design Director, Redwood Pixel
""",
    company="Redwood Pixel",
    role=None,
    decision_by="2026-09-23",
    notes="Lower-case; 'by next wednesday' from Thu Sep 17 = Sep 23. The role is only written in lower case in the subject, so role null.",
)

add(
    name="nxt-once-remaining-interviews-vague",
    kind="next_steps",
    frm="Cobalt Insurance Recruiting <recruiting@cobaltins.example>",
    to="Laura Brooks <laura.brooks@example.com>",
    subject="Actuarial Analyst - update",
    date=(2026, 10, 21, 12, 30, "America/New_York"),
    body="""
Dear Laura,

Thank you for interviewing for the Actuarial Analyst position. We are still meeting with other candidates and will be in touch once we've completed the remaining interviews.

Sincerely,
Cobalt Insurance Recruiting
""",
    company="Cobalt Insurance",
    role="Actuarial Analyst",
    notes="No date: 'once we've completed the remaining interviews'. decision_by null.",
)

add(
    name="nxt-30-september-at-the-latest-paris",
    kind="next_steps",
    frm="Camille Laurent <camille.laurent@lumiere-robotics.example>",
    to="Ahmed Haddad <ahmed.haddad@example.fr>",
    subject="Perception Engineer - decision timing",
    date=(2026, 9, 21, 10, 15, "Europe/Paris"),
    body="""
Hello Ahmed,

Thank you for your patience. The team has finished the onsite interviews for the Perception Engineer role, and we will communicate a final decision by 30 September at the latest.

Best regards,
Camille Laurent
Talent Acquisition Manager
Lumière Robotics
""",
    company="Lumière Robotics",
    role="Perception Engineer",
    decision_by="2026-09-30",
    notes="Day-first 'by 30 September at the latest'.",
)

add(
    name="nxt-delay-new-date-quoted-old-chicago",
    kind="next_steps",
    frm="Beth Sorensen <beth.sorensen@ironwoodlabs.example>",
    to="Paul Mendez <paul.mendez@example.com>",
    subject="Re: QA Lead - decision",
    date=(2026, 11, 5, 13, 0, "America/Chicago"),
    in_reply_to="<ironwood-qa-1029@ironwoodlabs.example>",
    body="""
Hi Paul,

Quick update: one of our approvers is travelling, so we need a little more time. We now expect to decide by Tuesday. Sorry for the wait!

Beth Sorensen
Talent Lead, Ironwood Labs

On Thu, Oct 29, 2026 at 4:02 PM Beth Sorensen <beth.sorensen@ironwoodlabs.example> wrote:
> Hi Paul, thanks for the final interview for the QA Lead role. We'll have an
> answer for you by the 5th.
""",
    company="Ironwood Labs",
    role="QA Lead",
    decision_by="2026-11-10",
    notes="The new date ('by Tuesday' from Thu Nov 5 = Nov 10) replaces the quoted 'by the 5th'.",
)

# ================================================================ hard negatives
add(
    name="oth-mock-interview-with-friend",
    kind="other",
    frm="Sam Okafor <sam.okafor@example.com>",
    to="Jordan Blake <jordan.blake@example.com>",
    subject="mock interview thurs?",
    date=(2026, 10, 5, 20, 15, "America/Los_Angeles"),
    body="""
hey! happy to do a mock system design interview with you before your onsite. thursday 7pm at my place? I'll play a grumpy staff engineer, and Ravi Patel said he'd join to do the behavioral half.

bring a marker, my whiteboard ones are dead

sam
""",
    notes="A friend's mock interview with a time and names: not an interview with an employer.",
)

add(
    name="oth-user-asked-to-interview-candidate",
    kind="other",
    frm="Marco Bellini <marco.bellini@currentco.example>",
    to="Priya Raman <priya.raman@currentco.example>",
    subject="Can you interview a backend candidate Tuesday?",
    date=(2026, 5, 18, 9, 30, "America/New_York"),
    body="""
Hi Priya,

Could you interview Jane Doe for the Backend Engineer opening on Tuesday at 2pm? You'd be on the panel with me and Tariq; you'd take the coding portion (45 min). Scorecard in Greenhouse afterwards please.

Thanks!
Marco
Engineering Manager
""",
    notes="The user is asked to interview someone at her current job: other.",
)

add(
    name="oth-journalist-interview-with-time",
    kind="other",
    frm="Helen Marsh <helen.marsh@thedailyledger.example>",
    to="Ana Kovac <ana.kovac@example.com>",
    subject="Interview request - open-source maintainers feature",
    date=(2026, 10, 8, 10, 0, "Europe/London"),
    body="""
Dear Ana,

I'm a technology reporter at The Daily Ledger, writing a feature on the people who maintain critical open-source libraries. I'd love to interview you about your work on the project.

Would Wednesday 14 October at 3pm BST work for a 20-minute phone interview? I can also do Thursday morning.

Best wishes,
Helen Marsh
Technology Correspondent, The Daily Ledger
""",
    notes="A journalist's interview with a proposed time: press, not hiring.",
)

add(
    name="oth-podcast-booking-link",
    kind="other",
    frm="Build Loud Podcast <bookings@buildloud.example>",
    to="Chris Adeyemi <chris.adeyemi@example.com>",
    subject="You're confirmed as a guest on Build Loud!",
    date=(2026, 7, 20, 14, 0, "America/New_York"),
    fmt="alt",
    body="""
Hi Chris,

Thanks for agreeing to be a guest on Build Loud! The interview usually runs about 45 minutes and we record over Riverside.

Please book your recording slot here: https://calendly.com/buildloud/recording

Our host, Mia Torres, will send a few topics ahead of time.

Talk soon,
The Build Loud team
""",
    notes="Podcast guest booking with a scheduling link: not a job interview.",
)

add(
    name="oth-coffee-former-colleague",
    kind="other",
    frm="Tom Reyes <tom.reyes@example.com>",
    to="Jordan Blake <jordan.blake@example.com>",
    subject="coffee?",
    date=(2026, 9, 10, 18, 30, "America/Los_Angeles"),
    body="""
Jordan! Heard you left Acme, congrats on the break. Coffee next Wednesday 8:30 at Blue Bottle on Mint Plaza? Would love to hear how the job search is going, and I can tell you what we're up to at Tidepool.

Tom
""",
    notes="A former colleague's coffee invitation that mentions the job search and a company: other.",
)

ICS_TALK = ics(
    uid="talk-4471@devsummit-europe.example",
    start="2026-11-12 11:00",
    end="2026-11-12 11:30",
    tz="Europe/Amsterdam",
    organizer=("DevSummit Europe", "speakers@devsummit-europe.example"),
    attendees=[("Lina Haas", "lina.haas@example.de")],
    summary="Your talk: Scaling on-call without burning out (Hall B)",
    method="PUBLISH",
    prodid="-//Sessionize//EN",
    stamp="20261020T090000Z",
)
add(
    name="oth-conference-speaker-slot-ics",
    kind="other",
    frm="DevSummit Europe <speakers@devsummit-europe.example>",
    to="Lina Haas <lina.haas@example.de>",
    subject="Your speaking slot at DevSummit Europe",
    date=(2026, 10, 20, 11, 0, "Europe/Amsterdam"),
    ics=ICS_TALK,
    ics_style="attach",
    ics_method="PUBLISH",
    body="""
Hi Lina,

Your talk "Scaling on-call without burning out" is scheduled for Thursday 12 November, 11:00-11:30, in Hall B. Your session chair is Dr. Elena Petrov, who will introduce you and run the Q&A.

Please upload your slides by 9 November. Speaker check-in opens at 8:00.

See you in Amsterdam!
DevSummit Europe speaker team
""",
    notes="A conference speaker slot with ICS and a named chair: other.",
)

add(
    name="oth-ux-research-interview",
    kind="other",
    frm="Budgetly Research <research@budgetly.example>",
    to="Jordan Blake <jordan.blake@example.com>",
    subject="Can we interview you? ($50 thank-you)",
    date=(2026, 8, 3, 9, 0, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Jordan,

We'd like to interview you about how you use Budgetly to plan your monthly spending. It's a 30-minute video call on Tuesday, August 11 at 10am PT with Nora Lee from our research team, and we'll send a $50 gift card as thanks.

Reply YES to confirm, or pick another time here: https://budgetly.example/research/slots

Thanks,
Budgetly User Research
""",
    notes="A user-research interview with a time and an interviewer's name: not hiring.",
)

add(
    name="oth-exit-interview-current-job",
    kind="other",
    frm="Helen Cho <helen.cho@acmecorp.example>",
    to="Jordan Blake <jordan.blake@acmecorp.example>",
    subject="Your exit interview",
    date=(2026, 8, 24, 11, 0, "America/Los_Angeles"),
    body="""
Hi Jordan,

We're sorry to see you go! As part of offboarding, your exit interview is scheduled for Friday, August 28 at 3:00 PM with me in the Maple room. It takes about 30 minutes; please also return your laptop and badge to IT that day.

Best,
Helen Cho
People Partner, Acme Corp
""",
    notes="An exit interview at the user's current job: other.",
)

add(
    name="oth-alumni-interviewer-assignment",
    kind="other",
    frm="Alumni Interview Programme <alumni-interviews@kingsgate.ac.example>",
    to="Wei Chen <wei.chen@example.com>",
    subject="Your alumni interview assignment",
    date=(2026, 11, 9, 10, 0, "Europe/London"),
    body="""
Dear Wei,

Thank you for volunteering as an alumni interviewer this year. You have been matched with an applicant, Chen Jie, for Economics. Please contact them to arrange a 30-minute interview (video is fine) and submit your report by 30 November.

Interview guidance is attached.

With thanks,
Alumni Interview Programme
Kingsgate College
""",
    notes="The user interviews a university applicant as a volunteer: other; the report deadline is not a decision date.",
)
