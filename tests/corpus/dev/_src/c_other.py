# ruff: noqa: E501
from lib import add, ics
from mime import VTZ_NEW_YORK, hdr, vtz_eu, vtz_us

OTHER = {"kind": "other"}

# ---------------------------------------------------------------- job-alert digests
add(
    name="oth-alert-linkedin-like",
    **OTHER,
    frm="JobPing <jobs-listings@jobping.example>",
    to="Emma Lindqvist <emma.lindqvist@example.se>",
    subject="Customer Success Lead at Northbeam and 9 more jobs in Stockholm for you",
    date=(2026, 10, 3, 7, 4, "Europe/Stockholm"),
    fmt="alt64",
    headers="List-Unsubscribe: <https://jobping.example/unsub/e91>",
    body="""
Jobs for you in Stockholm

Customer Success Lead - Northbeam - Stockholm (Hybrid)
Actively recruiting · 14 applicants
Senior Customer Success Manager - Spotlight AB - Stockholm
Interviewing now · Be an early applicant
Head of Customer Experience - Kvarn - Remote
Easy Apply · 3 school alumni work here
Account Manager, Enterprise - Lumina - Solna
Interview in as little as 1 week
...and 6 more

Get interview-ready: practise with AI mock interviews for Customer Success roles.

See all jobs: https://jobping.example/jobs?geo=stockholm
Unsubscribe: https://jobping.example/unsub/e91
""",
    notes="Job-alert digest; names a company the user applied to elsewhere and 'interviewing now'.",
)

add(
    name="oth-alert-indeed-like",
    **OTHER,
    frm="Indeed <alert@indeed.example>",
    to="rahul.iyer@example.in",
    subject="15 new Senior QA Engineer jobs in Bengaluru",
    date=(2026, 11, 18, 6, 30, "Asia/Kolkata"),
    fmt="html",
    html="""<html><body style="font-family:Arial">
<h3>15 new jobs for "Senior QA Engineer" in Bengaluru, Karnataka</h3>
<p><a href="https://indeed.example/rc/1">Senior QA Engineer</a><br>Kestrel Systems - Bengaluru, Karnataka<br>&#8377;18,00,000 - &#8377;26,00,000 a year<br><i>Urgently hiring &middot; Hiring multiple candidates</i></p>
<p><a href="https://indeed.example/rc/2">Lead SDET</a><br>Orchid Retail Tech - Bengaluru<br><i>Responds within 3 days &middot; Walk-in interview on 21-Nov-2026</i></p>
<p><a href="https://indeed.example/rc/3">QA Automation Engineer</a><br>Nimbus Payments - Remote<br><i>Easily apply</i></p>
<p><a href="https://indeed.example/jobs?q=senior+qa+engineer&l=Bengaluru">See all 15 jobs</a></p>
<p style="font-size:10px">You received this email because you subscribed to job alerts. <a href="https://indeed.example/unsub">Unsubscribe</a></p>
</body></html>
""",
    notes="Job alert with 'walk-in interview on 21-Nov-2026' for an unrelated listing.",
)

add(
    name="oth-alert-glassdoor-like",
    **OTHER,
    frm="Glassbox Jobs <noreply@glassbox.example>",
    to="Sarah Kim <sarah.kim@example.net>",
    subject="Sarah, companies are hiring for Clinical Data Analyst",
    date=(2026, 3, 31, 8, 0, "America/Chicago"),
    fmt="alt",
    body="""
Hi Sarah,

New jobs matching your search "Clinical Data Analyst" in Chicago, IL:

• Clinical Data Analyst — Harbor Health — 4.2★ — $85K–$102K (Employer est.)
• Healthcare Data Analyst II — Midway Health Network — 3.9★
• Quality Reporting Analyst — Lakeshore Medical Group — 4.0★

Interview tip: 78% of Harbor Health candidates rated their interview experience positive. Read 112 interview reviews →

Unsubscribe from these alerts at any time.
Glassbox
""",
    notes="Job alert with interview reviews; Harbor Health appears but this is not from them.",
)

add(
    name="oth-alert-startup-board",
    **OTHER,
    frm="Wellspring Jobs <hello@wellspring-jobs.example>",
    to="leila.haddad@example.fr",
    subject="This week: 7 ML roles at seed–Series B startups in Paris",
    date=(2026, 9, 28, 9, 0, "Europe/Paris"),
    fmt="html64",
    headers="List-Id: Wellspring weekly <weekly.wellspring-jobs.example>",
    html="""<html><body>
<p>Bonjour Leila 👋</p>
<p>Fresh roles matched to your profile:</p>
<ol>
<li><b>ML Engineer</b> at Ardent AI (Series A) &mdash; &euro;65&ndash;80k &mdash; &ldquo;Fast process: 3 interviews in 1 week&rdquo;</li>
<li><b>Applied Scientist</b> at Mistral Meadows &mdash; &euro;70&ndash;90k</li>
<li><b>MLOps Engineer</b> at Quantique &mdash; remote-friendly</li>
</ol>
<p>Reply &ldquo;interested&rdquo; to any role and we&rsquo;ll intro you to the hiring manager.</p>
<p>&mdash; The Wellspring team</p>
</body></html>
""",
    notes="Startup job-board digest.",
)

# ---------------------------------------------------------------- interview-tips newsletters
add(
    name="oth-newsletter-star-method",
    **OTHER,
    frm="The Hiring Desk <newsletter@hiringdesk.example>",
    to="jamal.carter@example.com",
    subject="Issue #112: Nail the behavioural interview with STAR",
    date=(2026, 5, 5, 6, 0, "America/New_York"),
    fmt="qp",
    headers="List-Id: The Hiring Desk <hiringdesk.example>\nPrecedence: bulk",
    body="""
THE HIRING DESK — Issue #112

This week: the behavioural interview

"Tell me about a time you disagreed with your manager." When an interviewer asks this on Tuesday at 10am, you have about four seconds before the silence gets awkward. Use STAR:

  Situation — one sentence of context.
  Task — what you were responsible for.
  Action — what YOU did (not "we").
  Result — numbers if you can.

We asked Dana Whitfield, Engineering Manager at a logistics company, what she listens for: "Ownership. I want to hear 'I', and I want to hear what they learned."

Reader question: "Should I send a thank-you email after a phone screen?" Yes — within 24 hours, short and specific.

Forward this to a friend who's job hunting.
Unsubscribe | Manage preferences
""",
    notes="Newsletter quoting an engineering manager by name and title; nothing to schedule.",
)

add(
    name="oth-newsletter-salary",
    **OTHER,
    frm="Offer Ready with Kim Tran <kim@offerready.example>",
    to="Ana Beatriz Souza <anabeatriz.souza@example.com.br>",
    subject="Don't say a number first (negotiation week, part 1)",
    date=(2026, 8, 18, 7, 0, "America/New_York"),
    fmt="html64",
    headers="List-Id: Offer Ready weekly <weekly.offerready.example>",
    html="""<html><body style="font-family:Georgia,serif">
<p>Hey friend,</p>
<p>You got the offer. Congratulations! Now, before you reply &ldquo;I accept!&rdquo;, take a breath. This week is all about negotiating the offer:</p>
<ul><li>Never give the first number in the recruiter screen.</li><li>Ask for the offer in writing.</li><li>&ldquo;Can you let me know by Friday?&rdquo; is a request, not a law.</li></ul>
<p>Tomorrow: a script for the call.</p>
<p>Kim Tran, Career coach</p>
</body></html>
""",
    notes="Newsletter about offers; not an offer.",
)

add(
    name="oth-newsletter-thank-you-notes",
    **OTHER,
    frm="CareerPath Weekly <weekly@careerpath.example>",
    to="Oluwaseun Adeyemi <seun.adeyemi@example.org>",
    subject="After the interview: the 24-hour rule",
    date=(2026, 2, 12, 11, 0, "America/Chicago"),
    fmt="plain",
    headers="List-Unsubscribe: <mailto:leave@careerpath.example>",
    body="""
CareerPath Weekly

AFTER THE INTERVIEW: THE 24-HOUR RULE
Send each interviewer a personal thank-you note within a day. Hiring managers like Priya Natarajan (Staff Engineer, Lumen Health) tell us they notice.

WHEN WILL THEY DECIDE?
Most companies make a decision within 2 weeks of the final interview. If you haven't heard by then, a short check-in is fine.

UPCOMING: Free resume review, Thursday 7pm CT. Reply YES to book.

You're subscribed as seun.adeyemi@example.org.
""",
    notes="Tips newsletter with a named person, a 'within 2 weeks' phrase and an event time; not hiring mail for the user.",
)

# ---------------------------------------------------------------- webinars with ICS
WEB1 = ics(
    uid="evt-55120-seun@hirelabs.example",
    start="2026-04-22 18:00",
    end="2026-04-22 19:00",
    tz="America/New_York",
    vtz=VTZ_NEW_YORK,
    prodid="-//HireLabs//Events//EN",
    organizer=("HireLabs Events", "events@hirelabs.example"),
    attendees=[("Oluwaseun Adeyemi", "seun.adeyemi@example.org")],
    summary="Mock Interview Night: Cloud Security",
    stamp="20260415T120000Z",
    desc="Live mock interviews with Victor Adeyemi (Principal Security Engineer) and Hana Ito (Security Lead).",
)
add(
    name="oth-webinar-mock-interview-ics",
    **OTHER,
    frm="HireLabs Events <events@hirelabs.example>",
    to="seun.adeyemi@example.org",
    subject="Confirmed: Mock Interview Night — Cloud Security (Apr 22)",
    date=(2026, 4, 15, 8, 0, "America/New_York"),
    ics=WEB1,
    ics_style="attach",
    fmt="alt",
    body="""
You're confirmed!

Mock Interview Night: Cloud Security
Wednesday, April 22, 6:00–7:00 PM ET, online

Watch Victor Adeyemi (Principal Security Engineer) interview a volunteer live, with commentary from Hana Ito (Security Lead). Add the attached invite to your calendar.

HireLabs Events
""",
    notes="Webinar registration with a REQUEST ICS; a 'mock interview' the user watches.",
)

WEB2 = ics(
    uid="wbn-8810-emma@talentsummit.example",
    start="2026-06-03 15:00",
    end="2026-06-03 16:00",
    tz="Europe/Stockholm",
    vtz=vtz_eu("Europe/Stockholm", "+0100", "+0200", "CET", "CEST"),
    prodid="-//ON24//Webcast//EN",
    method="PUBLISH",
    organizer=("Talent Summit", "webinars@talentsummit.example"),
    attendees=[],
    summary="Webinar: How hiring managers read your CV",
    stamp="20260520T080000Z",
)
add(
    name="oth-webinar-publish-ics",
    **OTHER,
    frm="Talent Summit <webinars@talentsummit.example>",
    to="Emma Lindqvist <emma.lindqvist@example.se>",
    subject="Reminder: How hiring managers read your CV — 3 June, 15:00 CEST",
    date=(2026, 6, 1, 9, 0, "Europe/Stockholm"),
    ics=WEB2,
    ics_style="attach",
    ics_method="PUBLISH",
    fmt="plain",
    body="""
Hi Emma,

A reminder that our free webinar starts on Wednesday 3 June at 15:00 CEST. Panelists: Karin Ek (Head of Talent, Spotlight AB) and Omar Farouk (Engineering Director).

Add to calendar: see attachment.

Talent Summit
""",
    notes="Webinar reminder with a PUBLISH ICS and named panelists.",
)

WEB3 = ics(
    uid="zoomwebinar-94410-kenji@zoom.example",
    start="2026-09-10 12:00",
    end="2026-09-10 13:00",
    tz="America/Chicago",
    vtz=vtz_us("America/Chicago", "-0600", "-0500", "CST", "CDT"),
    prodid="-//Zoom Video Communications//Zoom Webinar//EN",
    organizer=("iOS Guild", "no-reply@zoom.example"),
    attendees=[("Kenji Watanabe", "kenji.watanabe@example.com")],
    summary="iOS Guild: SwiftUI performance deep dive",
    stamp="20260901T150000Z",
)
add(
    name="oth-webinar-zoom-registration",
    **OTHER,
    frm="iOS Guild <no-reply@zoom.example>",
    to="kenji.watanabe@example.com",
    subject="iOS Guild: SwiftUI performance deep dive Confirmation",
    date=(2026, 9, 1, 10, 0, "America/Chicago"),
    ics=WEB3,
    ics_style="google",
    body="""
Hi Kenji Watanabe,

Thank you for registering for "iOS Guild: SwiftUI performance deep dive".

Date Time: Sep 10, 2026 12:00 PM Central Time (US and Canada)
Speaker: Priyanka Rao, Head of Mobile at Fieldnote

Join from a PC, Mac, iPad, iPhone or Android device:
Please click this URL to join. https://zoom.example/w/94410?tk=abc

Add to Calendar(.ics)
""",
    notes="Zoom webinar registration; the speaker is a hiring manager the user knows, but this is not an interview.",
)

# ---------------------------------------------------------------- podcast / press interviews
add(
    name="oth-podcast-guest",
    **OTHER,
    frm="Dev Hollow Podcast <hello@devhollow.example>",
    to="Mei Lin Chen <meilin.chen@example.com>",
    subject="Interview request: Dev Hollow podcast",
    date=(2026, 5, 12, 13, 30, "America/Los_Angeles"),
    fmt="plain",
    body="""
Hi Mei Lin,

I host Dev Hollow, a podcast about the people behind design systems. I loved your talk at Config and would love to interview you for an episode!

Recording takes about 45 minutes over Riverside. Would Tuesday, May 26 at 10am PT work? My co-host Andre Silva (Staff Designer at Plume) would join too.

Thanks!
Kasey Lund
Host, Dev Hollow
""",
    notes="Podcast interview request with a date and a named co-host: not hiring.",
)

add(
    name="oth-press-journalist",
    **OTHER,
    frm="Rebecca Thornton <r.thornton@dailyledger.example>",
    to="Kwame Mensah <kwame.mensah@example.com>",
    subject="Request for interview - legal tech feature",
    date=(2026, 8, 5, 11, 14, "Europe/London"),
    fmt="qp",
    body="""
Dear Mr Mensah,

I'm a reporter at the Daily Ledger working on a feature about how law firms are adopting AI tools. A colleague suggested I speak with you given your work at Meridian Law.

Would you be available for a 20-minute phone interview on Thursday 13 August, any time after 2pm? Quotes would be attributed to you by name and title unless you'd prefer otherwise.

Best wishes,
Rebecca Thornton
Technology Correspondent, The Daily Ledger
""",
    notes="Press interview request to the user (an expert), with a date: not a job interview.",
)

add(
    name="oth-alumni-qa",
    **OTHER,
    frm="Alumni Magazine <alumni-news@univ-sp.example>",
    to="anabeatriz.souza@example.com.br",
    subject=hdr("Entrevista para a revista dos ex-alunos"),
    date=(2026, 6, 15, 10, 0, "America/Sao_Paulo"),
    fmt="qp",
    body="""
Olá, Ana Beatriz!

Somos da revista dos ex-alunos e gostaríamos de fazer uma entrevista rápida com você sobre sua trajetória na área de dados, para a edição de agosto. Podemos conversar na quarta-feira, 24/06, às 15h?

As perguntas são leves: como foi a transição da faculdade para o mercado, e que dicas você daria para quem está começando.

Abraços,
Equipe da Revista Alumni
""",
    notes="Alumni-magazine interview in Portuguese: not hiring.",
)

# ---------------------------------------------------------------- the user interviews someone else / is a reference
add(
    name="oth-user-is-interviewer-goodtime",
    **OTHER,
    frm="Harbor Health Recruiting <scheduling@harborhealth.example>",
    to="Olivia Grant <ogrant@harborhealth.example>",
    subject="Interviewer schedule: Marcus Bell — Data Analyst — Thu, Nov 19",
    date=(2026, 11, 16, 9, 0, "America/Chicago"),
    fmt="html",
    headers="X-Mailer: GoodTime.io",
    html="""<html><body style="font-family:Arial">
<p>Hi Olivia,</p>
<p>You're scheduled to interview <b>Marcus Bell</b> for <b>Data Analyst</b>.</p>
<p><b>Thursday, November 19, 2026 &middot; 2:00 PM &ndash; 2:45 PM CST</b><br>Focus area: SQL &amp; data modeling<br>Room: 14-Lakeview / Zoom</p>
<p>Candidate resume and scorecard: <a href="https://harborhealth.example/ats/c/88123">open in ATS</a></p>
<p>Please submit feedback within 24 hours of the interview.</p>
<p>Harbor Health Recruiting</p>
</body></html>
""",
    notes="The user (an employee) is the interviewer; the candidate is someone else.",
)

add(
    name="oth-user-asked-to-join-panel",
    **OTHER,
    frm="Dmitri Volkov <dmitri@ardentai.example>",
    to="Camille Girard <camille@ardentai.example>",
    subject="Can you join Friday's panel?",
    date=(2026, 3, 2, 18, 5, "Europe/Paris"),
    fmt="plain",
    body="""
Camille,

Could you sit on the panel for the Senior ML Engineer candidate (Ravi Shankar) on Friday at 14h? Yusuf and I are the other two. I'll send the resume tonight — he's strong on retrieval, weaker on infra, so please push on deployment.

Thanks!
Dmitri
""",
    notes="Internal mail asking the user to interview a candidate.",
)

add(
    name="oth-scorecard-reminder",
    **OTHER,
    frm="Greenhouse <no-reply@greenhouse.io>",
    to="Tom Ashby <tom.ashby@quaystone.example>",
    subject="Reminder: Submit your scorecard for Daniel O'Connor",
    date=(2026, 10, 14, 9, 0, "Europe/London"),
    fmt="alt64",
    body="""
Hi Tom,

You interviewed Daniel O'Connor for Senior Backend Engineer on Tuesday, October 13, 2026. Your scorecard is now overdue.

Submit your scorecard: https://app.greenhouse.io/scorecards/991002

Thanks,
Quaystone Recruiting
""",
    notes="ATS scorecard reminder to the interviewer (the user): other.",
)

add(
    name="oth-calendly-booked-by-candidate",
    **OTHER,
    frm="Calendly <notifications@calendly.com>",
    to="Marco Bianchi <marco@lanterna.example>",
    subject="New Event: Sofía Ramírez - 10:00am Thu, May 21, 2026 - 30 Minute Meeting",
    date=(2026, 5, 19, 21, 3, "Europe/Rome"),
    fmt="alt",
    body="""
Hi Marco Bianchi,

A new event has been scheduled.

Event Type:
30 Minute Meeting

Invitee:
Sofía Ramírez

Invitee Email:
sofia.ramirez@example.net

Event Date/Time:
10:00am - Thursday, May 21, 2026 (Central European Time)

Location:
This is a Google Meet web conference.

View event in Calendly
""",
    notes="Calendly notice to the hiring manager (the user) that a candidate booked a slot: the user is the interviewer.",
)

add(
    name="oth-reference-check-call",
    **OTHER,
    frm="Jordan Blake <jordan.blake@brightline-dx.example>",
    to="Sam Lee <sam.lee@example.org>",
    subject="Reference for Mei Lin Chen",
    date=(2026, 6, 18, 10, 30, "America/New_York"),
    fmt="plain",
    body="""
Hi Sam,

Mei Lin Chen has listed you as a reference for the Product Designer position at Brightline Diagnostics. Would you have 15 minutes for a call on Monday, June 22 at 11am ET? I'd like to hear about your time working together.

Thank you,
Jordan Blake
Senior Recruiter, Brightline Diagnostics
""",
    notes="The user is a reference being asked for a call: not the user's own interview.",
)

add(
    name="oth-reference-form",
    **OTHER,
    frm="Thistle Housing Association <recruitment@thistle-housing.example>",
    to="Ewan Campbell <ewan.campbell@example.co.uk>",
    subject="Reference request: Kwame Mensah",
    date=(2026, 12, 4, 9, 15, "Europe/London"),
    fmt="qp",
    body="""
Dear Mr Campbell,

Kwame Mensah has applied for the post of Housing Data Officer and has given your name as a referee. We would be grateful if you could complete the attached reference form and return it by 11th December.

Thank you for your assistance.

Fiona MacLeod
Recruitment Advisor
""",
    notes="Reference form sent to the user as a referee: other, even though it looks like an info request.",
)

# ---------------------------------------------------------------- meetings at the user's current job
CUR1 = ics(
    uid="1on1-weekly-77a@acme-corp.example",
    start="2026-11-24 09:30",
    end="2026-11-24 10:00",
    tz="America/Los_Angeles",
    vtz=vtz_us("America/Los_Angeles", "-0800", "-0700", "PST", "PDT"),
    organizer=("Hannah Reyes", "hannah.reyes@acme-corp.example"),
    attendees=[("Minh Nguyen", "minh.nguyen@acme-corp.example")],
    summary="Minh / Hannah 1:1",
    stamp="20261120T180000Z",
)
add(
    name="oth-current-job-1on1",
    **OTHER,
    frm="Hannah Reyes <hannah.reyes@acme-corp.example>",
    to="minh.nguyen@acme-corp.example",
    subject="Invitation: Minh / Hannah 1:1 @ Tue Nov 24, 2026 9:30am - 10am (PST) (minh.nguyen@acme-corp.example)",
    date=(2026, 11, 20, 10, 0, "America/Los_Angeles"),
    ics=CUR1,
    ics_style="google",
    body="""
Minh / Hannah 1:1
Tuesday Nov 24, 2026 ⋅ 9:30am – 10am (Pacific Time - Los Angeles)

Moving this week's 1:1 because of Thanksgiving. Agenda: Q1 roadmap, your promo packet.

Organizer
Hannah Reyes

Invitation from Google Calendar
""",
    notes="A 1:1 with the user's current manager.",
)

add(
    name="oth-current-job-perf-review",
    **OTHER,
    frm="Workday <acme@myworkday.com>",
    to="Jamal Carter <jamal.carter@acme-corp.example>",
    subject="Action Required: Complete your 2026 Annual Review self-evaluation",
    date=(2026, 11, 9, 8, 0, "America/New_York"),
    fmt="plain",
    body="""
Hi Jamal,

Your 2026 Annual Review is open. Please complete your self-evaluation by Friday, November 20. Your manager, Beatriz Lopes, will then schedule a review conversation with you.

Go to your inbox in Workday to get started.

Acme Corp People Team
""",
    notes="Workday mail from the user's current employer about a performance review.",
)

CUR2 = ics(
    uid="040000008200E00074C5B7101A82E008000000001122AABB33CCDC0100000000000000001000000077AA",
    start="2026-12-10 10:00",
    end="2026-12-10 11:30",
    tz="Europe/Berlin",
    tzid="W. Europe Standard Time",
    vtz=None,
    prodid="Microsoft Exchange Server 2010",
    organizer=("Schneider, Petra", "petra.schneider@bauwerk.example"),
    attendees=[
        ("Kowalski, Tomasz", "tomasz.kowalski@bauwerk.example"),
        ("Brandt, Felix", "felix.brandt@bauwerk.example"),
    ],
    summary="Quarterly planning Q1/2027 - Data team",
    stamp="20261201T090000Z",
)
add(
    name="oth-current-job-planning-outlook",
    **OTHER,
    frm='"Schneider, Petra" <petra.schneider@bauwerk.example>',
    to='"Kowalski, Tomasz" <tomasz.kowalski@bauwerk.example>',
    cc='"Brandt, Felix" <felix.brandt@bauwerk.example>',
    subject="Quarterly planning Q1/2027 - Data team",
    date=(2026, 12, 1, 10, 0, "Europe/Berlin"),
    ics=CUR2,
    ics_style="outlook",
    body="""
Hi all,

let's use this slot to plan Q1. Please bring your estimates for the forecasting rebuild.

Petra

Petra Schneider
Head of Data, Bauwerk AG
""",
    notes="Planning meeting at the user's current job (Outlook ICS with a Windows zone name and no VTIMEZONE).",
)

add(
    name="oth-current-job-offsite",
    **OTHER,
    frm="Office of the CEO <ceo-office@kestrelsystems.example>",
    to="all-bengaluru@kestrelsystems.example",
    subject="Save the date: Engineering offsite, 9-10 December",
    date=(2026, 11, 12, 12, 0, "Asia/Kolkata"),
    fmt="alt",
    body="""
Team,

Please block 9–10 December for our Bengaluru engineering offsite at the Windflower resort. Day one: roadmap and panel discussion with Rajesh Kumar (Senior Manager, Quality Engineering) and Deepa Menon (Lead SDET) on our testing strategy. Day two: hackathon.

Travel details to follow from the admin team.

Vikram
CEO, Kestrel Systems
""",
    notes="Company-wide offsite at the user's employer; a 'panel' with names and titles.",
)

# ---------------------------------------------------------------- personal appointments
add(
    name="oth-doctor-appointment",
    **OTHER,
    frm="Riverside Medical Group <noreply@riversidemg.example>",
    to="sofia.ramirez@example.net",
    subject="Appointment confirmed with Dr. Elena Vasquez",
    date=(2026, 7, 6, 15, 3, "America/New_York"),
    fmt="html64",
    html="""<html><body>
<p>Hi Sofía,</p>
<p>Your appointment is confirmed:</p>
<p><b>Dr. Elena Vasquez, MD &mdash; Internal Medicine</b><br>Monday, July 13, 2026 at 8:40 AM<br>Riverside Medical Group, 220 W 57th St, 4th floor</p>
<p>Please arrive 15 minutes early and bring your insurance card.</p>
<p>Need to reschedule? Call (212) 555-0199.</p>
</body></html>
""",
    notes="Medical appointment.",
)

CAR = ics(
    uid="svc-2026-10-03-7781@autoshop.example",
    start="2026-10-03 08:00",
    end="2026-10-03 09:30",
    tz="Europe/London",
    vtz=vtz_eu("Europe/London", "+0000", "+0100", "GMT", "BST"),
    prodid="-//AutoBook//EN",
    organizer=("Kingsway Motors", "service@kingsway-motors.example"),
    attendees=[("Daniel O'Connor", "dan.oconnor@example.co.uk")],
    summary="MOT & service - Kingsway Motors",
    stamp="20260925T120000Z",
)
add(
    name="oth-car-service-ics",
    **OTHER,
    frm="Kingsway Motors <service@kingsway-motors.example>",
    to="Daniel O'Connor <dan.oconnor@example.co.uk>",
    subject="Your booking is confirmed - Sat 3 Oct, 08:00",
    date=(2026, 9, 25, 13, 0, "Europe/London"),
    ics=CAR,
    ics_style="attach",
    fmt="plain",
    body="""
Hi Daniel,

Thanks for booking your MOT and interim service with Kingsway Motors.

Date: Saturday 3 October 2026
Drop-off: 08:00
Vehicle: VW Golf (reg. KX19 ABC)
Technician: Gary Holt, Senior Technician

A calendar invite is attached.

Kingsway Motors, Unit 4, Kingsway Trading Estate
""",
    notes="Car service booking with ICS and a named technician.",
)

add(
    name="oth-haircut-sms-style",
    **OTHER,
    frm="Studio Nine <bookings@studionine.example>",
    to="chloe.martin@example.ch",
    subject="Rappel : rendez-vous demain à 17h30",
    date=(2026, 3, 19, 10, 0, "Europe/Zurich"),
    fmt="plain",
    body="""
Bonjour Chloé,

Petit rappel : votre rendez-vous avec Léa (coupe + couleur) est demain, vendredi 20 mars, à 17h30.

Pour annuler ou modifier, répondez à ce message au moins 24 h à l'avance.

Studio Nine, Rue du Marché 14, Genève
""",
    notes="Hairdresser reminder in French with 'tomorrow at 17:30'.",
)

add(
    name="oth-vet-reminder",
    **OTHER,
    frm="Paws & Claws Vet Clinic <reminders@pawsclaws.example>",
    to="Kenji Watanabe <kenji.watanabe@example.com>",
    subject="Mochi is due for a checkup",
    date=(2026, 2, 3, 9, 0, "America/Chicago"),
    fmt="plain",
    body="""
Hi Kenji,

Mochi's annual wellness exam and vaccines are coming up. We've reserved Saturday, February 14 at 10:15 AM with Dr. Patel. Reply YES to confirm or call us to pick another time.

Paws & Claws Vet Clinic
""",
    notes="Pet appointment.",
)

# ---------------------------------------------------------------- surveys about interviews
add(
    name="oth-survey-candidate-experience",
    **OTHER,
    frm="Brightwave Recruiting <surveys@brightwave.example>",
    to="meilin.chen@example.com",
    subject="How was your interview experience with Brightwave?",
    date=(2026, 7, 16, 10, 0, "America/New_York"),
    fmt="alt64",
    body="""
Hi Mei Lin,

Thank you for interviewing with Brightwave on July 14. We'd love to hear how it went — the good and the not-so-good. The survey takes 3 minutes and your answers are anonymous; they won't affect your candidacy.

How likely are you to recommend interviewing at Brightwave to a friend?
0 1 2 3 4 5 6 7 8 9 10

Take the survey: https://survey.brightwave.example/cx/5521

Thank you!
Brightwave Candidate Experience
""",
    notes="Candidate-experience survey after an interview: other.",
)

add(
    name="oth-survey-ats-generic",
    **OTHER,
    frm="Survale <no-reply@survale.example>",
    to="Zanele Dlamini <zanele.dlamini@example.co.za>",
    subject="Crestline Insurance wants your feedback",
    date=(2026, 7, 13, 12, 0, "America/New_York"),
    fmt="html",
    html="""<html><body>
<p>Dear Zanele,</p>
<p>You recently interviewed with <b>Crestline Insurance</b> for Actuarial Analyst II. Please tell us about your experience with your interviewer, Mark Ellison, and the recruiting team.</p>
<p><a href="https://survale.example/s/7791">Start survey</a> (closes July 27)</p>
</body></html>
""",
    notes="Third-party survey naming the past interviewer; not an invitation.",
)

add(
    name="oth-survey-rejected-candidate",
    **OTHER,
    frm="Lattice Point <surveys@latticepoint.example>",
    to="noah.schwartz@example.com",
    subject="Quick question about your application experience",
    date=(2026, 4, 9, 14, 0, "America/New_York"),
    fmt="plain",
    body="""
Hi Noah,

You recently applied for Staff Platform Engineer at Lattice Point. Whatever the outcome, we'd like to know how we did. Two questions, one minute:

1. How clear was the job description?
2. How satisfied were you with how quickly we responded?

Answer here: https://latticepoint.example/feedback/a81

Thanks,
Lattice Point Recruiting
""",
    notes="Survey after an application; not an acknowledgement.",
)

# ---------------------------------------------------------------- scams imitating employers
add(
    name="oth-scam-amazon-teams",
    **OTHER,
    frm=f"{hdr('Amazon HR Department')} <hr.amazon.recruit@gmail-careers.example>",
    to="jamal.carter@example.com",
    subject="Online Interview Invitation - Remote Data Entry Clerk ($35/hr)",
    date=(2026, 6, 8, 3, 12, "Africa/Lagos"),
    fmt="plain",
    body="""
Dear Applicant,

Your resume has been reviewed and you have been shortlisted for the position of Remote Data Entry Clerk at Amazon.com Inc. Pay: $35/hr, flexible hours, no experience needed.

Your online interview will be conducted via Teams chat (text only) with our Hiring Manager Mr. Robert Williams on Tuesday by 10am. Download Teams and add the interviewer: robertwilliams.hr7@outlook.example

After the interview, successful candidates will receive a check to purchase work equipment from our approved vendor.

Regards,
Mrs. Linda Carter
Amazon HR Department
""",
    notes="Employment scam: free-mail domain, text-chat interview, equipment check. Must stay other.",
)

add(
    name="oth-scam-fake-offer",
    **OTHER,
    frm="Pinecrest Bank Careers <careers@pinecrest-bank-jobs.example>",
    to="Lukas Becker <lukas.becker@example.com>",
    subject="CONGRATULATIONS!!! Job Offer Letter - Pinecrest Bank",
    date=(2026, 6, 30, 4, 55, "Asia/Manila"),
    fmt="html",
    html="""<html><body>
<p>Dear Lukas Becker,</p>
<p>We are pleased to inform you that you have been <b>SELECTED</b> for the position of <b>Remote Payment Processing Agent</b> at Pinecrest Bank after our review of your profile. No interview is required.</p>
<p>Salary: $6,500 per month. To process your onboarding, kindly send a copy of your ID, your bank login details and a one-time processing fee of $150 via gift card.</p>
<p>Respond within 24 hours to secure your position.</p>
<p>Mr. James Morgan<br>HR Director</p>
</body></html>
""",
    notes="Scam imitating a real employer (look-alike domain), asks for fees and bank logins: other, not an offer.",
)

add(
    name="oth-scam-whatsapp-interview",
    **OTHER,
    frm="Talent Team <recruitment@ridgeline-careers.example>",
    to="noah.schwartz@example.com",
    subject="Ridgeline: Interview Schedule (Urgent)",
    date=(2026, 2, 28, 23, 40, "Asia/Dubai"),
    fmt="plain",
    body="""
Hello,

We got your CV from a job site. Ridgeline is hiring part-time product reviewers, 1-2 hours per day, paid daily in USDT. Your interview is via WhatsApp with our coordinator Ms. Amy (+1 555 013 7781) — message her "RIDGE2026" to start the interview now.

Best,
Ridgeline Talent Team
""",
    notes="Task-scam imitating an employer the user applied to; crypto pay and WhatsApp 'interview'.",
)

# ---------------------------------------------------------------- other near-misses
add(
    name="oth-visa-interview",
    **OTHER,
    frm="U.S. Visa Information Service <noreply@usvisa-info.example>",
    to="rahul.iyer@example.in",
    subject="Appointment Confirmation - Visa Interview",
    date=(2026, 8, 20, 9, 0, "Asia/Kolkata"),
    fmt="plain",
    body="""
Dear RAHUL IYER,

Your appointment has been scheduled.

Consular Section Interview: U.S. Consulate General Chennai
Date: 17 September 2026
Time: 08:15 AM

Biometrics (OFC) appointment: 16 September 2026, 10:30 AM, VAC Chennai

Please bring your appointment confirmation, DS-160 confirmation page and passport.
""",
    notes="Visa interview at a consulate: an 'interview' with a time, not hiring.",
)

add(
    name="oth-school-admissions-interview",
    **OTHER,
    frm="Admissions Office <admissions@brookfield-school.example>",
    to="Sarah Kim <sarah.kim@example.net>",
    subject="Family interview for Kindergarten 2027 admission",
    date=(2026, 11, 2, 14, 0, "America/Chicago"),
    fmt="alt",
    body="""
Dear Ms. Kim,

Thank you for applying to Brookfield School for your daughter Ellie. We are pleased to invite your family to an admissions interview with our Head of Lower School, Dr. Margaret Owens, on Friday, November 13 at 9:00 AM.

The visit includes a short classroom play session for Ellie while you meet with Dr. Owens.

Warm regards,
Brookfield School Admissions
""",
    notes="School admissions interview for the user's child: invitation-shaped but not hiring.",
)

add(
    name="oth-apartment-application",
    **OTHER,
    frm="Harbor Point Apartments <leasing@harborpoint-apts.example>",
    to="Emma Lindqvist <emma.lindqvist@example.se>",
    subject="We received your application for Unit 4B",
    date=(2026, 8, 12, 16, 20, "America/New_York"),
    fmt="plain",
    body="""
Hi Emma,

Thanks for applying for Unit 4B at Harbor Point! We've received your rental application and the $50 application fee. Our leasing manager, Troy Benson, will review it within 2 business days.

Your viewing is confirmed for Saturday at 11am. Please bring a photo ID.

Harbor Point Leasing Office
""",
    notes="Rental application acknowledgement and viewing: not a job application.",
)

add(
    name="oth-mock-interview-coach",
    **OTHER,
    frm="Interviewing Club <bookings@interviewing-club.example>",
    to="Aiko Tanaka <aiko.tanaka@example.jp>",
    subject="Your mock interview is booked: System Design with Raj P.",
    date=(2026, 10, 20, 20, 0, "America/Los_Angeles"),
    fmt="alt64",
    body="""
Hi Aiko,

Your practice session is booked!

Mock interview: Frontend System Design
Coach: Raj P., Senior Staff Engineer (ex-big tech)
Sunday, October 25, 2026, 6:00 PM – 7:00 PM PDT

You'll get written feedback within 24 hours of the session.

Interviewing Club
""",
    notes="Paid practice interview with a coach: not a hiring interview.",
)

add(
    name="oth-career-fair",
    **OTHER,
    frm="Career Services <careers@univ-tech.example>",
    to="arjun.menon@example.com",
    subject="Fall Career Fair: 60+ employers, on-the-spot interviews",
    date=(2026, 9, 21, 9, 0, "America/Chicago"),
    fmt="html64",
    html="""<html><body>
<h2>Fall Career Fair &mdash; Thursday, October 1, 10 AM&ndash;3 PM, Student Union Ballroom</h2>
<p>Meet recruiters from Stratos Aerospace, Pivotal Freight, Harbor Health and 60+ more. Several employers will hold <b>on-the-spot interviews</b> &mdash; bring 10 copies of your resume!</p>
<p>Prep session: &ldquo;Ace your career fair interview&rdquo; with Dana Lee, Assistant Director of Career Services, Tuesday 5 PM.</p>
</body></html>
""",
    notes="University career-fair announcement.",
)

add(
    name="oth-ceo-interview-newsletter",
    **OTHER,
    frm="Northbeam Insider <insider@northbeam.example>",
    to="emma.lindqvist@example.se",
    subject="Inside Northbeam: our interview with CTO Owen Price",
    date=(2026, 12, 2, 10, 0, "America/New_York"),
    fmt="html",
    headers="List-Id: Northbeam Insider <insider.northbeam.example>",
    html="""<html><body>
<h1>Inside Northbeam &mdash; December</h1>
<h2>Q&amp;A: our interview with CTO Owen Price</h2>
<p>We sat down with Owen to talk about the year, the new analytics platform, and why he still reviews every incident postmortem himself.</p>
<p>Also in this issue: we&rsquo;re hiring! See open roles, including Customer Success Lead.</p>
</body></html>
""",
    notes="Company newsletter from an employer the user applied to, with an 'interview' with its CTO: other.",
)

add(
    name="oth-linkedin-viewed-application",
    **OTHER,
    frm="JobPing <notifications-noreply@jobping.example>",
    to="Mei Lin Chen <meilin.chen@example.com>",
    subject="Your application was viewed by Brightwave",
    date=(2026, 6, 29, 12, 0, "America/New_York"),
    fmt="alt64",
    body="""
Mei Lin, your application was viewed

Product Designer
Brightwave · New York, NY (Hybrid)

Applied 6d ago · Viewed by the hiring team

Keep your momentum going: 12 similar jobs are hiring now.
""",
    notes="Job-board notification that an application was viewed; not from the employer.",
)

add(
    name="oth-personal-friend-interview-talk",
    **OTHER,
    frm="Tariq Haddad <tariq.h@example.fr>",
    to="Leila Haddad <leila.haddad@example.fr>",
    subject="Re: nouvelles ?",
    date=(2026, 10, 13, 21, 30, "Europe/Paris"),
    fmt="qp",
    in_reply_to="<leila-news-09@mail.example.fr>",
    body="""
Trop bien pour l'entretien !! Tu me tiens au courant pour le deuxième tour. Et dimanche, déjeuner chez maman à 13h, n'oublie pas.

Bisous,
Tariq

> Le lun. 12 oct. 2026 à 20:02, Leila Haddad <leila.haddad@example.fr> a écrit :
> Entretien chez Ardent AI aujourd'hui avec Dmitri et Julie, ça s'est super bien
> passé ! Ils parlent d'un deuxième tour la semaine prochaine.
""",
    notes="Personal family email about the user's interview; not from the employer.",
)

add(
    name="oth-order-shipped",
    **OTHER,
    frm="Orbit Books <orders@orbitbooks.example>",
    to="Pedro Alves <pedro.alves@example.com.br>",
    subject="Your order has shipped: Cracking the Coding Interview, 7th ed.",
    date=(2026, 4, 27, 11, 0, "America/Sao_Paulo"),
    fmt="alt",
    body="""
Olá Pedro,

Good news! Your order #OB-77120 has shipped.

1 × Cracking the Coding Interview, 7th Edition
1 × System Design Interview – Volume 2

Estimated delivery: Thursday, April 30.

Orbit Books
""",
    notes="Shipping confirmation for interview-prep books.",
)

add(
    name="oth-recruiter-team-internal",
    **OTHER,
    frm="Kayla Simmons <kayla.simmons@brightwave.example>",
    to="recruiting-team@brightwave.example",
    subject="Weekly pipeline: Product Designer",
    date=(2026, 7, 10, 16, 0, "America/New_York"),
    fmt="plain",
    body="""
Team,

Product Designer pipeline this week:
- 4 onsites scheduled (Mei Lin Chen Tue 7/14, Arjun Rao Wed 7/15, two TBD)
- Offer to last round's finalist declined; we reopened the req
- Renata wants a decision by 7/24

Please update scorecards by Monday.
Kayla
""",
    notes="Internal recruiting-team email seen by the user as a recruiter: other, despite candidate names, dates and a decision date.",
)

add(
    name="oth-volunteer-shift",
    **OTHER,
    frm="Greenway Food Bank <volunteer@greenway-fb.example>",
    to="Zanele Dlamini <zanele.dlamini@example.co.za>",
    subject="Your volunteer shift on Saturday",
    date=(2026, 12, 9, 18, 0, "America/New_York"),
    fmt="plain",
    body="""
Hi Zanele,

Thanks for signing up! Your shift: Saturday, December 12, 9:00 AM – 12:00 PM, warehouse sorting. Your shift lead is Marcus Hill. Wear closed-toe shoes.

Greenway Food Bank
""",
    notes="Volunteer shift confirmation.",
)
