# ruff: noqa: E501
# Wave 11 (blind): one job seeker's inbox over three months of a search, Toronto first, then
# offers of interviews from the US, the UK, Ireland, the Netherlands, Germany, Italy, Australia
# and Singapore. Direct employers and agencies, ATS mail and people writing by hand; the
# non-hiring mail is the kind that sits in the same inbox (alerts, tips, webinars, her current
# job, references, research studies, a scam, a visa interview, an exit interview).
from lib import add, ics
from mime import addr, hdr, vtz_outlook_eu, vtz_outlook_us

ME = "Nadia Okafor <nadia.okafor@example.com>"
ME_ADDR = "nadia.okafor@example.com"

VTZ_AUS_EASTERN = """BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE"""

# ============================================================ September: Toronto and the US

add(
    name="other-w11-linkedin-job-alert-digest",
    kind="other",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    to=ME,
    subject='"senior data analyst": Maplewood Health - Senior Data Analyst, Claims and more',
    date=(2026, 9, 1, 7, 12, "America/Toronto"),
    fmt="alt",
    body="""
Your job alert for senior data analyst in Greater Toronto Area
30+ new jobs match your preferences.

Senior Data Analyst, Claims
Maplewood Health · Toronto, ON (Hybrid)
Actively recruiting · 3 connections work here
View job: https://www.linkedin.com/comm/jobs/view/4012987745/

Lead Product Analyst
Tidewater Logistics · Vancouver, BC (Remote)
Be an early applicant · Promoted
View job: https://www.linkedin.com/comm/jobs/view/4013550129/

Analytics Engineer
Cobalt Ridge · New York, NY (Remote)
Your profile matches several of the required qualifications
Interview process: 3 rounds, usually within 2 weeks, based on past applicants
View job: https://www.linkedin.com/comm/jobs/view/4011870342/

Data Analyst I
Brightwater Health · Chicago, IL (On-site)
Easy Apply
View job: https://www.linkedin.com/comm/jobs/view/4014002817/

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1739220914

Get the LinkedIn app. This email was intended for Nadia Okafor (Data Analyst at Larkspur Insurance).
You are receiving Job Alert emails. Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    notes="Job-alert digest: companies, roles and even an 'interview process' line, but nothing for the user to attend.",
)

add(
    name="inv-w11-greenhouse-recruiter-screen-toronto",
    kind="invitation",
    frm="Alyssa Chen <no-reply@us.greenhouse-mail.io>",
    reply_to="Alyssa Chen <alyssa.chen@maplewoodhealth.example>",
    to=ME,
    subject="Interview Confirmation: Maplewood Health - Senior Data Analyst, Claims",
    date=(2026, 9, 2, 15, 41, "America/Toronto"),
    fmt="alt",
    body="""
Hi Nadia,

Thank you for your interest in Maplewood Health! We're excited to confirm your phone interview for the Senior Data Analyst, Claims position.

Interview details
Date: Wednesday, September 9, 2026
Time: 11:00 AM - 11:30 AM Eastern Time (US & Canada)
Format: Phone call. Dana Whitfield will call you at 416-555-0148.

Interviewer
Dana Whitfield, Senior Talent Acquisition Partner

This is an introductory conversation about your background, what you're looking for and the role. No preparation is needed.

If you need to reschedule, just reply to this email.

Best,
Alyssa Chen
Recruiting Coordinator, Maplewood Health

Powered by Greenhouse
""",
    company="Maplewood Health",
    role="Senior Data Analyst, Claims",
    interviewers=[("Dana Whitfield", None, "Senior Talent Acquisition Partner")],
    start="2026-09-09 11:00",
    end="2026-09-09 11:30",
    tz="America/Toronto",
    notes="Greenhouse confirmation sent by the coordinator (not an interviewer); the recruiter who runs the phone screen is the interviewer. Date header in UTC.",
)

add(
    name="other-w11-interview-tips-newsletter",
    kind="other",
    frm="The Offer Letter <hello@theofferletter.example>",
    to=ME,
    subject="Your interview is Tuesday at 10. Here's what to do on Monday night",
    date=(2026, 9, 4, 6, 30, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Georgia,serif;max-width:600px;margin:auto">
<p style="color:#888;font-size:12px">The Offer Letter &middot; Issue #112 &middot; View in browser</p>
<h1>Your interview is Tuesday at 10. Here's what to do on Monday night.</h1>
<p>Picture it: the recruiter, let's call her Priya Nair, has just confirmed your panel with
the hiring manager and two engineers for Tuesday, 10:00&ndash;11:30 AM. What now?</p>
<ol>
<li><b>Look up every interviewer.</b> Read their LinkedIn, their talks, their blog posts. If the
invite only says "Sam from Platform", ask the coordinator for the full name and title.</li>
<li><b>Write three stories.</b> A conflict, a failure, a win with a number in it.</li>
<li><b>Ask when they will decide.</b> "When do you expect to make a decision?" is a normal
question. Write the answer down.</li>
<li><b>Send thank-you notes within two business days</b>, one per interviewer, each different.</li>
</ol>
<p>This week's reader question comes from Marcus, a senior analyst in Leeds: <i>"The hiring
manager said they'd decide by the end of next week. It's been ten days. Do I chase?"</i>
Yes &mdash; once, politely, three business days after the date they gave you.</p>
<p>Good luck out there,<br>Jo Hartley<br>Editor, The Offer Letter</p>
<p style="color:#888;font-size:11px">You're receiving this because you subscribed at theofferletter.example.
<a href="https://theofferletter.example/unsubscribe">Unsubscribe</a></p>
</body></html>
""",
    notes="Interview-tips newsletter: a hypothetical interview with times and names, a reader's decision-date question; no interview for the user.",
)

add(
    name="inv-w11-lever-recruiter-self-schedule-screen",
    kind="invitation",
    frm="Hailey Brooks <no-reply@hire.lever.co>",
    reply_to="hailey.brooks@quillon.example",
    to=ME,
    subject="Quillon - Data Scientist, Growth: let's find a time to chat",
    date=(2026, 9, 8, 12, 5, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Nadia,

I'm Hailey, the recruiter partnering with our Growth team on the Data Scientist, Growth role here at Quillon. Thanks so much for applying — your experiment-design work at Larkspur caught my eye.

I'd love to set up a 30-minute phone screen so I can tell you more about the team and learn about what you're looking for next. Please pick a time that works for you here:

https://hire.lever.co/interviews/schedule/5c1f0e9a-2b7d-4c41-9a3e-d0f6a1e8b7c2

If none of the slots work, just reply and I'll find something else.

Talk soon,
Hailey Brooks
Technical Recruiter | Quillon
hailey.brooks@quillon.example
""",
    company="Quillon",
    role="Data Scientist, Growth",
    interviewers=[("Hailey Brooks", "hailey.brooks@quillon.example", "Technical Recruiter")],
    notes="Lever self-scheduling link for a recruiter phone screen: an invitation with no time yet; the recruiter (signature) is the interviewer.",
)

add(
    name="other-w11-greenhouse-candidate-survey",
    kind="other",
    frm="Maplewood Health <no-reply@us.greenhouse-mail.io>",
    to=ME,
    subject="How was your interview with Maplewood Health?",
    date=(2026, 9, 10, 10, 0, "America/Toronto"),
    fmt="alt",
    body="""
Hi Nadia,

Thanks for speaking with Dana Whitfield on September 9 about the Senior Data Analyst, Claims role. We'd love to hear how it went.

This anonymous survey takes about two minutes. Your answers are not shared with the hiring team and have no effect on your application.

How would you rate your interview experience?
1 2 3 4 5

Start the survey: https://app.greenhouse.io/survey/candidate/8c4e2a1f7b

Thank you,
The Maplewood Health Talent Team

Powered by Greenhouse
""",
    notes="Candidate-experience survey about a past screen: names the recruiter and the date, but no interview or decision.",
)

add(
    name="inv-w11-hm-reply-confirms-slot-quoted-recruiter",
    kind="invitation",
    frm="Graham Sutherland <graham.sutherland@maplewoodhealth.example>",
    to=ME,
    cc="Dana Whitfield <dana.whitfield@maplewoodhealth.example>",
    subject="RE: Maplewood Health - next step for Senior Data Analyst, Claims",
    date=(2026, 9, 14, 8, 52, "America/Toronto"),
    in_reply_to="<CAE7r=Kd9x2@mail.example.com>",
    references="<MW4PR11MB5561.maplewood@maplewoodhealth.example> <CAE7r=Kd9x2@mail.example.com>",
    fmt="alt",
    body="""
Hi Nadia,

Thursday the 17th at 2 works for me. Let's plan on an hour at our office (18 York St, 11th floor). I'll also pull in Kofi Mensah, one of our analytics engineers, for the second half so you can get a feel for how the two teams work together.

See you then,
Graham

Graham Sutherland
Director, Claims Analytics
Maplewood Health

-----Original Message-----
From: Nadia Okafor <nadia.okafor@example.com>
Sent: Friday, September 11, 2026 4:37 PM
To: Graham Sutherland <graham.sutherland@maplewoodhealth.example>
Cc: Dana Whitfield <dana.whitfield@maplewoodhealth.example>
Subject: Re: Maplewood Health - next step for Senior Data Analyst, Claims

Hi Graham,

Thanks for reaching out. I could do Wednesday the 16th after 1 pm or Thursday the 17th at 2 pm.

Best,
Nadia

-----Original Message-----
From: Dana Whitfield <dana.whitfield@maplewoodhealth.example>
Sent: Thursday, September 10, 2026 3:05 PM
To: Nadia Okafor <nadia.okafor@example.com>
Subject: Maplewood Health - next step for Senior Data Analyst, Claims

Hi Nadia,

Great speaking with you yesterday. I'm introducing you to Graham Sutherland, who leads Claims Analytics and is the hiring manager. Graham, over to you to find a time for a first conversation.

Dana Whitfield
Senior Talent Acquisition Partner
""",
    company="Maplewood Health",
    role="Senior Data Analyst, Claims",
    interviewers=[
        (
            "Graham Sutherland",
            "graham.sutherland@maplewoodhealth.example",
            "Director, Claims Analytics",
        ),
        ("Kofi Mensah", None, None),
    ],
    start="2026-09-17 14:00",
    end="2026-09-17 15:00",
    tz="America/Toronto",
    notes="HM confirms 'Thursday the 17th at 2' for an hour and adds a colleague. The recruiter in Cc and in the quoted intro ran the earlier screen, not this interview.",
)

add(
    name="other-w11-user-is-interviewer-greenhouse-kit",
    kind="other",
    frm="Larkspur Insurance Recruiting <no-reply@us.greenhouse-mail.io>",
    to="Nadia Okafor <nadia.okafor@larkspurinsurance.example>",
    subject="Interview scheduled: Jordan Pierce for Junior Data Analyst - Wednesday, Sep 16",
    date=(2026, 9, 15, 9, 20, "America/Toronto"),
    fmt="alt",
    body="""
Hi Nadia,

You've been scheduled to interview a candidate.

Candidate: Jordan Pierce
Job: Junior Data Analyst (Toronto)
Interview: SQL Exercise
When: Wednesday, September 16, 2026, 10:00 AM - 10:45 AM EDT
Where: Google Meet - https://meet.google.com/qxv-hbto-pkr
Other interviewers: Omar Haddad

Your interview kit has the questions to ask and the scorecard to fill in:
https://app.greenhouse.io/interview_kits/91822374

Please submit your scorecard within 24 hours of the interview.

Thanks,
Larkspur Insurance Recruiting
""",
    notes="The user is the interviewer at her current job (interview kit to her work address); the candidate is the one being interviewed.",
)

add(
    name="inv-w11-google-calendar-hm-guest-list",
    kind="invitation",
    frm="Ruth Adebayo <ruth@cobaltridge.example>",
    to=ME,
    subject="Invitation: Nadia / Ruth - Analytics Engineer intro @ Wed Sep 23, 2026 4pm - 4:45pm (EDT) (nadia.okafor@example.com)",
    date=(2026, 9, 16, 18, 3, "America/New_York"),
    ics_style="google",
    body="""
Nadia / Ruth - Analytics Engineer intro
Wednesday Sep 23, 2026 ⋅ 4pm – 4:45pm
Eastern Time - New York

Join with Google Meet
meet.google.com/wtz-mdrk-ghs

Hi Nadia - first conversation for the Analytics Engineer role at Cobalt Ridge. I've added Ilan from my team so you get two perspectives. Looking forward to it! Ruth

Guests
Ruth Adebayo - organizer
Ilan Katz
nadia.okafor@example.com
View all guest info

Reply for nadia.okafor@example.com
Yes  No  Maybe  More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
    ics=ics(
        uid="5s0jq4m7c1p2u8fkv3n9e6ab2d@google.com",
        start="2026-09-23 16:00",
        end="2026-09-23 16:45",
        tz="America/New_York",
        organizer=("Ruth Adebayo", "ruth@cobaltridge.example"),
        attendees=[
            ("Ruth Adebayo", "ruth@cobaltridge.example"),
            ("Ilan Katz", "ilan@cobaltridge.example"),
            ("nadia.okafor@example.com", ME_ADDR),
        ],
        summary="Nadia / Ruth - Analytics Engineer intro",
        desc="Hi Nadia - first conversation for the Analytics Engineer role at Cobalt Ridge. I've added Ilan from my team so you get two perspectives. Looking forward to it! Ruth",
        location="https://meet.google.com/wtz-mdrk-ghs",
        stamp="20260916T220300Z",
    ),
    company="Cobalt Ridge",
    role="Analytics Engineer",
    interviewers=[
        ("Ruth Adebayo", "ruth@cobaltridge.example", None),
        ("Ilan Katz", "ilan@cobaltridge.example", None),
    ],
    start="2026-09-23 16:00",
    end="2026-09-23 16:45",
    tz="America/New_York",
    notes="Google Calendar invitation from the hiring manager; the description names only 'Ilan', the guest list and the ICS give his full name and address.",
)

add(
    name="inv-w11-founder-calendly-link-austin",
    kind="invitation",
    frm="Mira Castellanos <mira@fernhill.example>",
    to=ME,
    subject="Founding Data Analyst @ Fernhill",
    date=(2026, 9, 18, 21, 47, "America/Chicago"),
    fmt="alt",
    body="""
hey Nadia!

read your application tonight (the claims-leakage writeup was great). we're 9 people, pre-series A, and you'd be our first data hire as Founding Data Analyst. would love to grab 30 min with you this week or next — just take whatever works on my calendar:

https://calendly.com/mira-fernhill/30min

no prep needed, I just want to hear how you think.

mira

--
Mira Castellanos
Co-founder & CEO, Fernhill
Austin, TX
""",
    company="Fernhill",
    role="Founding Data Analyst",
    interviewers=[("Mira Castellanos", "mira@fernhill.example", "Co-founder & CEO")],
    notes="A founder's hand-written note with her own Calendly link: an invitation to a 30-minute conversation with her; no time fixed yet.",
)

add(
    name="other-w11-podcast-guest-request",
    kind="other",
    frm="Devon Achterberg <devon@dataoverdrinks.example>",
    to=ME,
    subject="Interview request - Data Over Drinks podcast",
    date=(2026, 9, 21, 11, 15, "America/Toronto"),
    body="""
Hi Nadia,

I host Data Over Drinks, a small Toronto podcast about the people behind analytics teams (episodes with folks from Shopify, the TTC and a couple of hospitals so far). A friend sent me your talk from the PyData Toronto meetup on claims leakage and I'd love to interview you for an episode.

It's a relaxed 45-minute conversation, recorded remotely. My co-host Farah Siddiqui and I could do Tuesday September 29 at 7pm, or any evening the week after. We send questions in advance and you approve the edit before it goes out.

Would you be up for it?

Cheers,
Devon Achterberg
Host, Data Over Drinks
""",
    notes="A podcast interview request with hosts, a date and a time: not hiring mail.",
)

add(
    name="inv-w11-agency-relays-client-panel-vancouver",
    kind="invitation",
    frm="Colin Ferreira <colin@northbridgetalent.example>",
    to=ME,
    subject="Tidewater - interview confirmed for Tuesday!",
    date=(2026, 9, 22, 13, 8, "America/Vancouver"),
    fmt="alt",
    body="""
Hi Nadia,

Great news — Tidewater came back this morning and they'd like to meet you for the Lead Product Analyst role. Details below from their talent team. It's a video interview, 10:30–11:30 am Pacific next Tuesday (that's 1:30 pm for you in Toronto).

You'll be meeting Renata (she'd be your manager) and Sam, who runs the data platform team. I'll give you a ring Monday afternoon to prep — Renata likes to dig into how you'd prioritise a messy roadmap.

Cheers,
Colin

Colin Ferreira
Senior Consultant, Data & Analytics
Northbridge Talent | Vancouver
604-555-0192

---------- Forwarded message ---------
From: Jasmine Huang <jasmine.huang@tidewaterlogistics.example>
Date: Tue, Sep 22, 2026 at 9:41 AM
Subject: Lead Product Analyst - Nadia Okafor
To: Colin Ferreira <colin@northbridgetalent.example>

Hi Colin,

Thanks for sending Nadia over, the team liked her profile. We'd like to invite her to a first interview:

Tuesday, September 29, 10:30 - 11:30 am PT, Microsoft Teams (link to follow)
Panel: Renata Oliveira, VP Product, and Sam Whitaker, Director of Data

Let me know if that works and I'll send the invite.

Jasmine Huang
Talent Coordinator, Tidewater Logistics
""",
    company="Tidewater Logistics",
    role="Lead Product Analyst",
    interviewers=[
        ("Renata Oliveira", None, "VP Product"),
        ("Sam Whitaker", None, "Director of Data"),
    ],
    start="2026-09-29 10:30",
    end="2026-09-29 11:30",
    tz="America/Vancouver",
    notes="Agency consultant relays the client's invitation (the forward is about this same interview). The employer is the client, not the agency; the consultant and the client's talent coordinator do not interview.",
)

add(
    name="other-w11-webinar-case-interview-ics",
    kind="other",
    frm="Analytics Career Lab <no-reply@zoom.us>",
    to=ME,
    subject="Analytics Career Lab: Nailing the analytics case interview — confirmation",
    date=(2026, 9, 24, 12, 0, "America/New_York"),
    ics_style="attach",
    body="""
Hi Nadia Okafor,

Thank you for registering for "Nailing the analytics case interview".

Date & Time: Oct 1, 2026 12:00 PM Eastern Time (US and Canada)

Panelists:
Kira Anand, Senior Data Scientist, formerly a hiring manager at two fintechs
Luis Hernández, Analytics Manager and interview coach

Join from a PC, Mac, iPad, iPhone or Android device:
Please click this URL to join. https://us06web.zoom.us/w/88213409912?tk=Q7mQa1
Passcode: 411923

Add to calendar: the attached .ics file works with Outlook, Apple Calendar and Google Calendar.

You can cancel your registration at any time.
""",
    ics=ics(
        uid="ZOOM88213409912@zoom.us",
        start="2026-10-01 12:00",
        end="2026-10-01 13:00",
        tz="America/New_York",
        organizer=("Analytics Career Lab", "no-reply@zoom.us"),
        attendees=[("Nadia Okafor", ME_ADDR)],
        summary="Nailing the analytics case interview",
        desc="Webinar with Kira Anand and Luis Hernández. Join: https://us06web.zoom.us/w/88213409912",
        prodid="-//Zoom Video Communications//Zoom//EN",
        location="https://us06web.zoom.us/w/88213409912",
        stamp="20260924T160000Z",
    ),
    notes="Webinar registration with an ICS about case interviews: panelists and a time, but not an interview for a job.",
)

add(
    name="resched-w11-goodtime-replaced-panelist-nyc",
    kind="reschedule",
    frm="Corbel Financial Recruiting <scheduling@corbelfinancial.example>",
    to=ME,
    subject="Updated: Your virtual onsite with Corbel Financial has moved to Tuesday, October 6",
    date=(2026, 9, 25, 16, 22, "America/New_York"),
    fmt="alt",
    body="""
Hi Nadia,

We've had to make a change to your virtual onsite for the Analytics Engineer position. Your interviews have moved from Thursday, October 1 to Tuesday, October 6. Please note one panelist has also changed: Priyanka Rao is no longer able to join, and Jonah Feld will lead the SQL & Data Modeling session instead.

UPDATED ITINERARY — Tuesday, October 6, 2026 (Eastern Time)

10:00 AM - 10:45 AM   Hiring Manager Conversation
                      Elena Marsh, Engineering Manager, Analytics Platform
10:45 AM - 11:30 AM   SQL & Data Modeling
                      Jonah Feld, Senior Analytics Engineer
11:30 AM - 11:45 AM   Break
11:45 AM - 12:30 PM   Product Partnership
                      Tariq Aziz, Senior Product Manager

All sessions use the same Zoom link: https://corbel.zoom.us/j/93310258846

Updated calendar invitations will follow. If the new date doesn't work, reply to this email and we'll find another.

Thank you,
Bethany Cole
Recruiting Coordinator, Corbel Financial

Sent via GoodTime
""",
    company="Corbel Financial",
    role="Analytics Engineer",
    interviewers=[
        ("Elena Marsh", None, "Engineering Manager, Analytics Platform"),
        ("Jonah Feld", None, "Senior Analytics Engineer"),
        ("Tariq Aziz", None, "Senior Product Manager"),
    ],
    start="2026-10-06 10:00",
    end="2026-10-06 12:30",
    tz="America/New_York",
    notes="GoodTime-style itinerary moved to a new day; the replaced panelist (Priyanka Rao) and the coordinator are not interviewers. Start of the first session to end of the last.",
)

add(
    name="inv-w11-outlook-gmt-standard-time-leeds",
    kind="invitation",
    frm="Hannah Price <hannah.price@ashgrovebs.example>",
    to=ME,
    subject="Interview invitation - Data Scientist II - Nadia Okafor",
    date=(2026, 9, 28, 10, 34, "Europe/London"),
    ics_style="outlook",
    body="""
Dear Nadia,

Thank you for your application for the role of Data Scientist II with Ashgrove Building Society. I am pleased to invite you to a first-stage interview via Microsoft Teams on Tuesday 20 October at 2pm (UK time). The interview will last one hour.

Your interview panel will be:

Dr Olumide Bankole, Head of Data Science
Fiona McAllister, Senior Data Scientist

The interview will be competency based, with around 15 minutes to talk through a piece of modelling work you are proud of. There is no presentation to prepare.

Please accept the attached meeting request to confirm. If you require any reasonable adjustments, let me know.

Kind regards,

Hannah Price
Resourcing Advisor
Ashgrove Building Society
Ashgrove House, Wellington Street, Leeds LS1 4DL
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000B0D3F7C94A4FDC010000000000000000100000004E7A1C",
        start="2026-10-20 14:00",
        end="2026-10-20 15:00",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz=vtz_outlook_eu("GMT Standard Time", 0, 1),
        organizer=("Hannah Price", "hannah.price@ashgrovebs.example"),
        attendees=[
            ("Nadia Okafor", ME_ADDR),
            ("Olumide Bankole", "olumide.bankole@ashgrovebs.example"),
            ("Fiona McAllister", "fiona.mcallister@ashgrovebs.example"),
        ],
        summary="Interview - Data Scientist II - Nadia Okafor",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
        stamp="20260928T093400Z",
    ),
    company="Ashgrove Building Society",
    role="Data Scientist II",
    interviewers=[
        ("Olumide Bankole", "olumide.bankole@ashgrovebs.example", "Head of Data Science"),
        ("Fiona McAllister", "fiona.mcallister@ashgrovebs.example", "Senior Data Scientist"),
    ],
    start="2026-10-20 14:00",
    end="2026-10-20 15:00",
    tz="Europe/London",
    notes="Outlook request with the Windows zone 'GMT Standard Time' (BST, +01:00, in October before the 25th); the resourcing advisor organises but does not interview; 'Dr' dropped.",
)

add(
    name="other-w11-reference-call-for-former-colleague",
    kind="other",
    frm="Stephanie Roy <stephanie.roy@haldenenergy.example>",
    to=ME,
    subject="Reference for Marcus Bell - Senior BI Analyst",
    date=(2026, 9, 29, 14, 26, "America/Toronto"),
    fmt="qp",
    body="""
Hello Nadia,

Marcus Bell has applied for the Senior BI Analyst position at Halden Energy and has listed you as a reference from your time working together at Larkspur Insurance.

Would you be available for a short reference call (about 20 minutes) on Thursday, October 1 at 3:00 PM ET? If that doesn't suit, please suggest a couple of times that work for you this week or early next week.

We'll ask about your working relationship, his strengths, and areas for development. Everything you share will be kept confidential.

Thank you in advance for your help,

Stephanie Roy
Talent Acquisition Specialist
Halden Energy
""",
    notes="The user is a reference for someone else: a call with a date and time, but she is not the candidate.",
)

add(
    name="inv-w11-ashby-utc-ics-amsterdam",
    kind="invitation",
    frm="Vondel Mobility <no-reply@ashbyhq.com>",
    reply_to="sanne.bakker@vondelmobility.example",
    to=ME,
    subject="Interview confirmed: Senior Analytics Engineer at Vondel Mobility",
    date=(2026, 9, 30, 17, 2, "Europe/Amsterdam"),
    ics_style="attach",
    fmt="alt",
    body="""
Hi Nadia,

Your interview for Senior Analytics Engineer at Vondel Mobility is confirmed.

Technical interview
Thursday, 8 October 2026
15:00 – 16:00 Central European Summer Time (09:00 – 10:00 in Toronto)
Google Meet: https://meet.google.com/fbk-yqcz-wrt

Interviewers
Bram de Vries — Staff Data Engineer
Lotte Janssen — Analytics Lead

We'll walk through a data model you've built and talk about trade-offs. No take-home.

Need to change the time? Reply to this email and Sanne will help.

Vondel Mobility Talent Team
Scheduled with Ashby
""",
    ics=ics(
        uid="ashby-interview-7d1c0a52-3b9e-4f0b-8d11-5e2f6c9a0b74",
        start="2026-10-08 15:00",
        end="2026-10-08 16:00",
        tz="Europe/Amsterdam",
        utc=True,
        organizer=("Sanne Bakker", "sanne.bakker@vondelmobility.example"),
        attendees=[
            ("Nadia Okafor", ME_ADDR),
            ("Bram de Vries", "bram.devries@vondelmobility.example"),
            ("Lotte Janssen", "lotte.janssen@vondelmobility.example"),
        ],
        summary="Nadia Okafor <> Vondel Mobility: Technical interview",
        prodid="-//Ashby//Ashby Scheduling//EN",
        location="https://meet.google.com/fbk-yqcz-wrt",
        stamp="20260930T150200Z",
    ),
    company="Vondel Mobility",
    role="Senior Analytics Engineer",
    interviewers=[
        ("Bram de Vries", "bram.devries@vondelmobility.example", "Staff Data Engineer"),
        ("Lotte Janssen", "lotte.janssen@vondelmobility.example", "Analytics Lead"),
    ],
    start="2026-10-08 15:00",
    end="2026-10-08 16:00",
    tz="Europe/Amsterdam",
    notes="Ashby confirmation, ICS in UTC; the body gives Amsterdam time and the Toronto equivalent. The recruiter organises the event but does not interview.",
)

add(
    name="nxt-w11-within-five-business-days-toronto",
    kind="next_steps",
    frm="Dana Whitfield <dana.whitfield@maplewoodhealth.example>",
    to=ME,
    subject="Maplewood Health - thank you and next steps",
    date=(2026, 10, 1, 16, 12, "America/Toronto"),
    fmt="alt",
    body="""
Hi Nadia,

Thank you for coming in on Tuesday for the final round, and for the thoughtful case presentation. The panel really enjoyed the conversation.

We are wrapping up our last interview this week, and we'll be making a decision within the next five business days. I'll call you either way as soon as I know.

In the meantime, if any questions come up, I'm happy to help.

Warmly,
Dana

Dana Whitfield
Senior Talent Acquisition Partner
Maplewood Health
""",
    company="Maplewood Health",
    role=None,
    decision_by="2026-10-08",
    notes="After the final round, no decision yet. 'Within the next five business days' from Thursday Oct 1: Oct 2, 5, 6, 7, 8. The role is not named.",
)

add(
    name="rej-w11-hm-after-take-home",
    kind="rejection",
    frm="Ruth Adebayo <ruth@cobaltridge.example>",
    to=ME,
    subject="Cobalt Ridge - Analytics Engineer",
    date=(2026, 10, 2, 11, 40, "America/New_York"),
    body="""
Hi Nadia,

Thank you for the time you spent with Ilan and me, and for the take-home - your documentation was some of the clearest we've seen.

I'm sorry to say that we've decided to move forward with another candidate for the Analytics Engineer role, someone whose experience running dbt at a much larger scale is closer to what we need right now. It was a close call.

If it's okay with you, I'd like to keep in touch; we'll be hiring again in the new year.

All the best,
Ruth

Ruth Adebayo
Head of Data, Cobalt Ridge
""",
    company="Cobalt Ridge",
    role="Analytics Engineer",
    notes="Rejection from the hiring manager after the interviews; it mentions who interviewed, but no interview is ahead.",
)

add(
    name="other-w11-current-job-q3-checkin-outlook",
    kind="other",
    frm="Colette Brunet <colette.brunet@larkspurinsurance.example>",
    to="Nadia Okafor <nadia.okafor@larkspurinsurance.example>",
    subject="Q3 check-in: Nadia / Colette",
    date=(2026, 10, 2, 9, 5, "America/Toronto"),
    ics_style="outlook",
    body="""
Hi Nadia,

Putting our Q3 check-in on the calendar. We'll go through your goals, the claims-leakage project, and your development plan for next year. Please fill in the self-assessment in Workday beforehand.

Colette
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000070A2E4D51B52DC010000000000000000100000009B3F2E",
        start="2026-10-07 10:00",
        end="2026-10-07 10:30",
        tz="America/Toronto",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Colette Brunet", "colette.brunet@larkspurinsurance.example"),
        attendees=[("Nadia Okafor", "nadia.okafor@larkspurinsurance.example")],
        summary="Q3 check-in: Nadia / Colette",
        prodid="Microsoft Exchange Server 2010",
        location="Colette's office / Teams",
        stamp="20261002T130500Z",
    ),
    notes="A meeting with her manager at her current job, an Outlook request with a Windows zone: not hiring mail.",
)

add(
    name="resched-w11-outlook-aus-eastern-seq1-sydney",
    kind="reschedule",
    frm="Priya Raman <priya.raman@harbourline.example>",
    to=ME,
    subject="Updated: Interview - Senior Pricing Analyst - Nadia Okafor",
    date=(2026, 10, 5, 11, 20, "Australia/Sydney"),
    ics_style="outlook",
    body="""
Hi Nadia,

Apologies for the change. Michael has been called into a board meeting on Wednesday, so we have moved your interview with Michael Costa (General Manager, Pricing) and Jenny Nguyen (Lead Actuarial Analyst) to Friday 9 October, 8:00-9:00am AEDT. That is Thursday 8 October, 5:00-6:00pm in Toronto.

The Teams link is unchanged. The updated invitation is attached; please accept it and decline the old one.

Kind regards,
Priya

Priya Raman
Talent Acquisition Coordinator
Harbourline Insurance | Level 12, 1 Bligh Street, Sydney NSW 2000

From: Priya Raman
Sent: Tuesday, 29 September 2026 10:02 AM
To: Nadia Okafor
Subject: Interview - Senior Pricing Analyst - Nadia Okafor

Hi Nadia,

Please find attached an invitation for a video interview for the Senior Pricing Analyst role on Wednesday 7 October, 8:00-9:00am AEDT, with Michael Costa and Jenny Nguyen.

Kind regards,
Priya
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000D41C9A2B6F4EDC01000000000000000010000000C2A7F1",
        start="2026-10-09 08:00",
        end="2026-10-09 09:00",
        tz="Australia/Sydney",
        tzid="AUS Eastern Standard Time",
        vtz=VTZ_AUS_EASTERN,
        seq=1,
        organizer=("Priya Raman", "priya.raman@harbourline.example"),
        attendees=[
            ("Nadia Okafor", ME_ADDR),
            ("Michael Costa", "michael.costa@harbourline.example"),
            ("Jenny Nguyen", "jenny.nguyen@harbourline.example"),
        ],
        summary="Interview - Senior Pricing Analyst - Nadia Okafor",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
        stamp="20261005T002000Z",
    ),
    company="Harbourline Insurance",
    role="Senior Pricing Analyst",
    interviewers=[
        ("Michael Costa", "michael.costa@harbourline.example", "General Manager, Pricing"),
        ("Jenny Nguyen", "jenny.nguyen@harbourline.example", "Lead Actuarial Analyst"),
    ],
    start="2026-10-09 08:00",
    end="2026-10-09 09:00",
    tz="Australia/Sydney",
    notes="Outlook update (SEQUENCE 1) with 'AUS Eastern Standard Time': after Sydney's DST start on Oct 4, so +11:00. The body also gives the Toronto time. The coordinator is not an interviewer; the quoted original holds the old date.",
)

# ============================================================ October: Europe and beyond

add(
    name="other-w11-scam-imitating-employer",
    kind="other",
    frm="Maplewood Health HR Department <maplewood.health.hiring@outlook-careers.example>",
    reply_to="hr.maplewoodhealth.ca@gmail.example",
    to=ME,
    subject="Job Offer Interview Scheduled - Remote Data Entry Analyst (CAD $42/hr)",
    date=(2026, 10, 6, 2, 14, "Africa/Lagos"),
    body="""
Dear Candidate,

Your resume was forwarded to us from an online job board and we are pleased to inform you that you have been shortlisted for the position of Remote Data Entry Analyst at Maplewood Health. This is a Work From Home position, CAD $42/hr, flexible hours.

Your online interview is scheduled for tomorrow at 10:00am. The interview will be conducted by our HR Manager, Mr. David Kerr, via Telegram text chat. Add him now: @DavidKerr_MaplewoodHR

Kindly send the following to this email before the interview to process your onboarding:
- Full name and home address
- Social Insurance Number (SIN)
- A photo of your driver's licence (front and back)
- Your bank name, transit and account number for direct deposit

Upon successful interview you will receive a cheque to purchase your home-office equipment from our approved vendor.

Regards,
HR Department
Maplewood Health Canada
""",
    notes="A scam imitating an employer the user really applied to: 'interview' by Telegram chat, asks for SIN and bank details, sent from a free-mail look-alike. Not hiring mail.",
)

add(
    name="inv-w11-workday-html-surname-comma-dublin",
    kind="invitation",
    frm="Kestrel Payments <kestrelpayments@myworkday.com>",
    to=ME,
    subject="Interview Invitation: Senior Analyst, Fraud Strategy (R-20931)",
    date=(2026, 10, 7, 15, 30, "Europe/Dublin"),
    fmt="html",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#0b3d5c;padding:16px;color:#fff;font-size:18px">Kestrel Payments</td></tr>
<tr><td style="padding:20px">
<p>Dear Nadia,</p>
<p>Thank you for your interest in the Senior Analyst, Fraud Strategy (R-20931) position at Kestrel Payments. We are pleased to invite you to an interview.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc">
<tr><td><b>Interview Type</b></td><td>Video Interview - Round 1</td></tr>
<tr><td><b>Date</b></td><td>14/10/2026</td></tr>
<tr><td><b>Time</b></td><td>11:00 - 12:00 (GMT+01:00) Dublin</td></tr>
<tr><td><b>Location</b></td><td>Microsoft Teams (link in calendar invitation)</td></tr>
<tr><td><b>Interviewer(s)</b></td><td>Ní Bhriain, Aoife<br>O'Sullivan, Cian</td></tr>
</table>
<p>Please confirm your attendance by selecting <b>Accept</b> on the task in your Workday candidate home.</p>
<p>Kind regards,<br>Talent Acquisition<br>Kestrel Payments</p>
<p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
</td></tr></table>
</body></html>
""",
    company="Kestrel Payments",
    role="Senior Analyst, Fraud Strategy",
    interviewers=[("Aoife Ní Bhriain", None, None), ("Cian O'Sullivan", None, None)],
    start="2026-10-14 11:00",
    end="2026-10-14 12:00",
    tz="Europe/Dublin",
    notes="Workday HTML-only table: day-first date, '(GMT+01:00) Dublin' (Irish summer time), interviewers as 'Surname, Given' with an Irish particle; requisition number dropped from the role.",
)

add(
    name="inv-w11-final-round-reply-quotes-first-round",
    kind="invitation",
    frm="Sanne Bakker <sanne.bakker@vondelmobility.example>",
    to=ME,
    subject="Re: Interview confirmed: Senior Analytics Engineer at Vondel Mobility",
    date=(2026, 10, 9, 10, 14, "Europe/Amsterdam"),
    in_reply_to="<ashby.7d1c0a52@ashbyhq.com>",
    fmt="alt",
    body="""
Hi Nadia,

Bram and Lotte were really positive about yesterday, so I'm happy to invite you to the final round!

It's on Wednesday 21 October, 13:00–15:30 CEST (7:00–9:30 in Toronto, sorry for the early start), on Google Meet. You'll meet Joris Vermeulen, our VP Data, for a conversation about leadership and how you'd grow the analytics function, and Aylin Demir, Senior Product Manager, for a product case. There's a 30-minute break in between.

I'll send the calendar invite later today. Let me know if anything in this plan doesn't work for you.

Groetjes,
Sanne

Sanne Bakker
Talent Acquisition Partner | Vondel Mobility
Amsterdam

On Wed, 30 Sept 2026 at 17:02, Vondel Mobility <no-reply@ashbyhq.com> wrote:
> Hi Nadia,
>
> Your interview for Senior Analytics Engineer at Vondel Mobility is confirmed.
>
> Technical interview
> Thursday, 8 October 2026
> 15:00 – 16:00 Central European Summer Time (09:00 – 10:00 in Toronto)
>
> Interviewers
> Bram de Vries — Staff Data Engineer
> Lotte Janssen — Analytics Lead
""",
    company="Vondel Mobility",
    role="Senior Analytics Engineer",
    interviewers=[
        ("Joris Vermeulen", None, "VP Data"),
        ("Aylin Demir", None, "Senior Product Manager"),
    ],
    start="2026-10-21 13:00",
    end="2026-10-21 15:30",
    tz="Europe/Amsterdam",
    notes="Final-round invitation in reply to the first round's confirmation: the quoted first-round interviewers (and the date) are not this interview's; the recruiter only schedules.",
)

add(
    name="inv-w11-first-names-only-next-wednesday-london",
    kind="invitation",
    frm="Sunil Varma <sunil@pebblepost.example>",
    to=ME,
    subject="Next step: pairing session",
    date=(2026, 10, 9, 11, 2, "Europe/London"),
    body="""
Hi Nadia,

Thanks for a great chat on Tuesday - really enjoyed hearing about the leakage model.

Next step for the Product Analytics Lead role is a pairing session with Theo and Marguerite from the data team: about 90 minutes, next Wednesday at 2pm UK time, on Zoom. You'll work through a small SQL + dbt problem together, so have your usual setup ready. It's collaborative rather than a test - talk out loud, Google things, ask questions.

I won't be on this one, but I'll give you a quick call afterwards.

Does that work? If so I'll send the Zoom link on Monday.

Sunil

Sunil Varma
Head of Data | Pebblepost
""",
    company="Pebblepost",
    role="Product Analytics Lead",
    interviewers=[("Theo", None, None), ("Marguerite", None, None)],
    start="2026-10-14 14:00",
    end="2026-10-14 15:30",
    tz="Europe/London",
    notes="Hiring manager proposes a pairing session with two colleagues named by first name only (nothing in the mail gives more) and says he will not attend. 'Next Wednesday' from Friday Oct 9 is Oct 14; 2pm UK time is BST.",
)

add(
    name="resched-w11-milan-tomorrow-quoted-first-invite",
    kind="reschedule",
    frm="Giulia Romano <giulia.romano@lanterna.example>",
    to=ME,
    subject="R: Colloquio - Product Data Analyst",
    date=(2026, 10, 12, 8, 40, "Europe/Rome"),
    fmt="qp",
    body="""
Hi Nadia,

no problem at all, these things happen! I've moved your call with Paolo to tomorrow at 15:30 (Italian time) instead of today at 14:00. Same Teams link, same 45 minutes.

A presto,
Giulia

Giulia Romano
HR Specialist | Lanterna Software S.r.l.
Via Tortona 31, 20144 Milano

-----Messaggio originale-----
Da: Nadia Okafor <nadia.okafor@example.com>
Inviato: lunedì 12 ottobre 2026 03:12
A: Giulia Romano <giulia.romano@lanterna.example>
Oggetto: Re: Colloquio - Product Data Analyst

Hi Giulia,

I'm so sorry - something urgent has come up at work for tomorrow. Would it be possible to move the call with Paolo to later this week?

Best,
Nadia

-----Messaggio originale-----
Da: Giulia Romano <giulia.romano@lanterna.example>
Inviato: giovedì 8 ottobre 2026 17:25
A: Nadia Okafor <nadia.okafor@example.com>
Oggetto: Colloquio - Product Data Analyst

Hi Nadia,

I'm happy to confirm your interview for the Product Data Analyst position with Paolo Ferri, our Engineering Manager for the data platform, on Monday 12 October at 14:00 (CEST). It will take 45 minutes on Microsoft Teams.

Best regards,
Giulia
""",
    company="Lanterna Software",
    role="Product Data Analyst",
    interviewers=[("Paolo Ferri", None, "Engineering Manager")],
    start="2026-10-13 15:30",
    end="2026-10-13 16:15",
    tz="Europe/Rome",
    notes="Short reschedule in an Italian-client thread: 'Paolo' in the new text is the Paolo Ferri of the quoted original invitation for this same interview. 'Tomorrow at 15:30' from Oct 12; 45 minutes from the quoted invite. The HR specialist only schedules.",
)

add(
    name="other-w11-paid-ux-research-interview",
    kind="other",
    frm="User Research Hub <sessions@userresearchhub.example>",
    to=ME,
    subject="You're confirmed: 60-min interview about budgeting apps ($100)",
    date=(2026, 10, 13, 19, 45, "America/New_York"),
    fmt="alt",
    body="""
Hi Nadia,

You're confirmed for a research session! Here are the details:

Study: How people plan monthly budgets
Type: 1:1 remote interview (video on)
When: Thursday, October 15, 2026, 6:00 PM - 7:00 PM EDT
Researcher: Alex Moreau, Senior UX Researcher
Incentive: $100 gift card, sent within 3 business days after the session

Please join from a quiet place on a laptop. You'll be asked to share your screen while using your usual budgeting app.

Need to cancel? Let us know at least 24 hours in advance so we can offer your spot to another participant.

Thanks for helping build better products,
The User Research Hub team
""",
    notes="A paid UX-research 'interview' the user takes part in as a participant: researcher, time and zone, but not hiring mail.",
)

add(
    name="inv-w11-personio-german-dr-berlin",
    kind="invitation",
    frm=addr("Lena Bräuer (Spreewerk Energie GmbH)", "no-reply@jobs.personio.de"),
    reply_to="lena.braeuer@spreewerk.example",
    to=ME,
    subject=hdr("Einladung zum Vorstellungsgespräch – Data Analyst (m/w/d)"),
    date=(2026, 10, 14, 9, 12, "Europe/Berlin"),
    fmt="qp",
    body="""
Hallo Frau Okafor,

vielen Dank für Ihre Bewerbung als Data Analyst (m/w/d) bei der Spreewerk Energie GmbH und Ihr Interesse an einem Umzug nach Berlin.

Wir möchten Sie gerne zu einem ersten Gespräch per Videocall einladen:

Termin: Donnerstag, 22.10.2026, 16:00 – 17:00 Uhr (MESZ)
Ort: Microsoft Teams (den Link erhalten Sie am Vortag)

Ihre Gesprächspartner:
Dr. Katrin Vogel, Leiterin Business Intelligence
Jörg Hünemörder, Teamlead Data Engineering

Das Gespräch findet auf Englisch statt. Bitte bestätigen Sie den Termin kurz über den folgenden Link:
https://spreewerk.jobs.personio.de/interview/confirm/6b9e2d4c

Bei Fragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Lena Bräuer
People & Culture
Spreewerk Energie GmbH | Stralauer Allee 7 | 10245 Berlin
""",
    company="Spreewerk Energie",
    role="Data Analyst",
    interviewers=[
        ("Katrin Vogel", None, "Leiterin Business Intelligence"),
        ("Jörg Hünemörder", None, "Teamlead Data Engineering"),
    ],
    start="2026-10-22 16:00",
    end="2026-10-22 17:00",
    tz="Europe/Berlin",
    notes="German Personio invitation: RFC 2047 sender and subject, dotted day-first date, MESZ; 'Dr.' dropped; the People & Culture sender only schedules. Role without the (m/w/d) marker.",
)

add(
    name="nxt-w11-delay-end-of-next-week-quoted-old-date",
    kind="next_steps",
    frm="Marisol Vega <marisol.vega@corbelfinancial.example>",
    to=ME,
    subject="Re: Corbel Financial - Analytics Engineer - timeline",
    date=(2026, 10, 16, 13, 55, "America/New_York"),
    fmt="alt",
    body="""
Hi Nadia,

I wanted to give you a quick update rather than leave you hanging. The team has one more candidate to meet early next week, so we now expect to make a decision by the end of next week rather than today as I'd said. I'm sorry for the wait - you're very much still in the running.

Have a great weekend,
Marisol

Marisol Vega
Senior Recruiter, Corbel Financial

On Wed, Oct 7, 2026 at 9:31 AM Marisol Vega <marisol.vega@corbelfinancial.example> wrote:
> Hi Nadia,
>
> Thanks again for spending the morning with Elena, Jonah and Tariq yesterday. The panel is
> meeting next week and we expect to have a decision for you by Friday, October 16.
>
> Marisol
""",
    company="Corbel Financial",
    role="Analytics Engineer",
    decision_by="2026-10-23",
    notes="A delay: the new date is 'by the end of next week' from Friday Oct 16, i.e. Friday Oct 23; the quoted older date (Oct 16) is superseded, and the quoted panel is past.",
)

add(
    name="inv-w11-md-handwritten-dayfirst-no-zone-manchester",
    kind="invitation",
    frm="Gareth Lloyd <gareth@lloydpryce.example>",
    to=ME,
    subject="Senior Data Consultant - Lloyd & Pryce",
    date=(2026, 10, 19, 17, 48, "Europe/London"),
    body="""
Hi Nadia,

Thanks for sending your CV over and for your note about moving to Manchester in the spring - good timing, as we're growing the team.

Could we do a video call on Tuesday 27/10 at 2.30? You'd meet me and our operations lead, Becky Thornton. Should take about an hour. I'll send a Teams link once you confirm.

Cheers,
Gareth

--
Gareth Lloyd
Managing Director
Lloyd & Pryce Analytics Ltd
Bridgewater House, 58 Whitworth St, Manchester M1 6LT
""",
    company="Lloyd & Pryce",
    role="Senior Data Consultant",
    interviewers=[
        ("Gareth Lloyd", "gareth@lloydpryce.example", "Managing Director"),
        ("Becky Thornton", None, "Operations Lead"),
    ],
    start="2026-10-27 14:30",
    end="2026-10-27 15:30",
    tz="Europe/London",
    notes="Small firm's managing director writes by hand: 'me and our operations lead'; day-first '27/10' with a dot time and no zone, so the sender's zone, which is GMT (+00:00) by then although the mail was sent in BST.",
)

add(
    name="other-w11-alumni-mock-interview-booking",
    kind="other",
    frm="Yorkville University Alumni Career Services <careers@yorkville-alumni.example>",
    to=ME,
    subject="Appointment Confirmed: Mock Interview (Behavioural) - Thu Oct 22",
    date=(2026, 10, 20, 10, 3, "America/Toronto"),
    fmt="alt",
    body="""
Hello Nadia,

Your appointment has been booked.

Service: Mock Interview - Behavioural (45 minutes)
With: Helen Zhou, Career Educator
When: Thursday, October 22, 2026, 12:00 PM - 12:45 PM (Eastern Time)
Where: Zoom - the link will be emailed 1 hour before your appointment

To get the most out of your session, please upload the job posting you are preparing for and your resume to the appointment notes at least 24 hours in advance.

To cancel or reschedule, log in to the Alumni Career Portal. Missed appointments without 24 hours' notice may limit future bookings.

Yorkville University Alumni Career Services
""",
    notes="A practice interview with the user's alumni career service: a coach, a date and a zone, but no employer.",
)

add(
    name="info-w11-referees-rtw-decide-by-6-nov",
    kind="info_request",
    frm="Hannah Price <hannah.price@ashgrovebs.example>",
    to=ME,
    subject="Data Scientist II - references",
    date=(2026, 10, 22, 15, 17, "Europe/London"),
    body="""
Dear Nadia,

Thank you for attending your interview with Olumide and Fiona on Tuesday. I'm pleased to say the panel would like to take up references before making a final decision.

Could you please send me, by Wednesday 28 October:

1. Contact details for two referees, one of whom should be your current or most recent line manager (name, job title, organisation, email and phone).
2. Confirmation of your right to work in the UK, or that you will require visa sponsorship.

We will not contact your current employer without letting you know first. We expect to make a final decision by Friday 6 November.

Kind regards,

Hannah Price
Resourcing Advisor
Ashgrove Building Society
""",
    company="Ashgrove Building Society",
    role="Data Scientist II",
    decision_by="2026-11-06",
    notes="Referees and right-to-work asked for by Oct 28 (the candidate's deadline); the employer's own decision date is 6 November.",
)

add(
    name="other-w11-journalist-press-interview",
    kind="other",
    frm="Owen Tremblay <otremblay@insurancebiz.example>",
    to=ME,
    subject="Press interview request: claims leakage and analytics",
    date=(2026, 10, 23, 9, 31, "America/Toronto"),
    fmt="alt",
    body="""
Hi Nadia,

I'm a reporter with Insurance Business Canada. I'm working on a feature about how Canadian insurers are using analytics to detect claims leakage, and your PyData talk came up twice in my research.

Would you have 20 minutes for a phone interview next Tuesday or Wednesday, ideally between 10 and noon? I'd quote you by name and title, and I'm happy to check quotes with you before publication. If Larkspur's communications team needs to be involved, I can reach out to them directly.

Thanks for considering it,

Owen Tremblay
Senior Reporter, Insurance Business Canada
416-555-0107
""",
    notes="A journalist's interview request about the user's work: a press interview, not hiring.",
)

add(
    name="can-w11-outlook-cancel-mountain-role-on-hold",
    kind="cancellation",
    frm="Kelsey Novak <kelsey.novak@redfernanalytics.example>",
    to=ME,
    subject="Canceled: Interview - Business Intelligence Developer - Nadia Okafor",
    date=(2026, 10, 26, 8, 15, "America/Denver"),
    ics_style="outlook",
    ics_method="CANCEL",
    body="""
Hi Nadia,

I'm sorry to let you know that the Business Intelligence Developer position has been put on hold because of a hiring freeze, so we need to cancel Thursday's interview. Please accept my apologies for the short notice.

We'll reach out if the role opens again, and we'll keep your application on file.

Best,
Kelsey Novak
Recruiting Coordinator | Redfern Analytics
Denver, CO
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000E9B2C1F7A44EDC01000000000000000010000000AA31D7",
        start="2026-10-29 11:00",
        end="2026-10-29 12:00",
        tz="America/Denver",
        tzid="Mountain Standard Time",
        vtz=vtz_outlook_us("Mountain Standard Time", -7, -6),
        method="CANCEL",
        status="CANCELLED",
        seq=1,
        organizer=("Kelsey Novak", "kelsey.novak@redfernanalytics.example"),
        attendees=[("Nadia Okafor", ME_ADDR)],
        summary="Canceled: Interview - Business Intelligence Developer - Nadia Okafor",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
        stamp="20261026T141500Z",
    ),
    company="Redfern Analytics",
    role="Business Intelligence Developer",
    start="2026-10-29 11:00",
    end="2026-10-29 12:00",
    tz="America/Denver",
    notes="Outlook CANCEL with 'Mountain Standard Time' (MDT, -06:00, on Oct 29): the cancelled slot comes from the ICS; the role is on hold. Only the coordinator is named.",
)

add(
    name="inv-w11-icims-html-only-table-after-us-dst",
    kind="invitation",
    frm="Brightwater Health <brightwaterhealth@talent.icims.com>",
    reply_to="destiny.walker@brightwaterhealth.example",
    to=ME,
    subject="Interview Schedule - Data Analyst I - Brightwater Health",
    date=(2026, 10, 27, 14, 2, "America/Chicago"),
    fmt="html64",
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Interview Schedule</title></head>
<body style="margin:0;padding:0;background:#f4f6f8">
<div style="max-width:640px;margin:0 auto;background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="padding:18px 24px;border-bottom:3px solid #1a7f8e"><img src="https://careers.brightwaterhealth.example/logo.png" alt="Brightwater Health" height="32"></div>
<div style="padding:24px">
<p>Hello Nadia,</p>
<p>We are excited to move forward with your application for the <strong>Data Analyst I</strong> position (Job ID 2026-18342). Below is your virtual interview schedule. All times are <strong>Central Time</strong>.</p>
<p><strong>Tuesday, November 3, 2026</strong><br>Zoom: https://brightwaterhealth.zoom.us/j/84420193377</p>
<table cellpadding="8" cellspacing="0" style="border-collapse:collapse;width:100%;font-size:14px">
<thead><tr style="background:#1a7f8e;color:#fff"><th align="left">Time</th><th align="left">Interviewer</th><th align="left">Title</th></tr></thead>
<tbody>
<tr><td>1:00 PM - 1:30 PM</td><td>Rachel Gomez</td><td>Manager, Population Health Analytics</td></tr>
<tr style="background:#eef6f7"><td>1:30 PM - 2:00 PM</td><td>Dr. Samuel Osei</td><td>Medical Director, Quality</td></tr>
<tr><td>2:00 PM - 2:30 PM</td><td>Kevin Tran</td><td>Data Analyst II</td></tr>
</tbody></table>
<p>Please log in 5 minutes early to test your audio and video. If you need an accommodation or have questions, contact Destiny Walker, Talent Acquisition Coordinator, at destiny.walker@brightwaterhealth.example.</p>
<p>We look forward to speaking with you!</p>
<p>Brightwater Health Talent Acquisition</p>
</div>
<div style="padding:12px 24px;font-size:11px;color:#777;background:#f4f6f8">This message was sent via iCIMS on behalf of Brightwater Health. Please do not reply to this automated message.</div>
</div>
</body></html>
""",
    company="Brightwater Health",
    role="Data Analyst I",
    interviewers=[
        ("Rachel Gomez", None, "Manager, Population Health Analytics"),
        ("Samuel Osei", None, "Medical Director, Quality"),
        ("Kevin Tran", None, "Data Analyst II"),
    ],
    start="2026-11-03 13:00",
    end="2026-11-03 14:30",
    tz="America/Chicago",
    notes="iCIMS HTML-only (base64) schedule table; the coordinator is named only as a contact. Interview after US DST ends (Nov 1), so CST (-06:00) although the mail is sent in CDT. Job ID dropped.",
)

add(
    name="other-w11-glassdoor-interview-reviews-digest",
    kind="other",
    frm="Glassdoor Community <noreply@glassdoor.com>",
    to=ME,
    subject="New interview reviews at Vondel Mobility, Kestrel Payments and 2 more",
    date=(2026, 10, 28, 8, 0, "America/Chicago"),
    fmt="alt",
    body="""
Nadia, see what candidates are saying about interviewing at companies you follow.

Vondel Mobility
Senior Analytics Engineer Interview - Amsterdam
"Two rounds over three weeks: a technical interview with a staff engineer and the analytics lead, then a final with the VP Data and a PM. Friendly, well organised. Offer came within a week."
Experience: Positive · Difficulty: 3/5 · Got an offer

Kestrel Payments
Analyst Interview - Dublin
"Phone screen with a recruiter, then a 1-hour video panel on Tuesday morning. Case on chargebacks. Haven't heard back in 4 weeks."
Experience: Neutral · Difficulty: 3/5 · No offer

Corbel Financial
Analytics Engineer Interview - New York, NY
"Virtual onsite, 4 sessions. The hiring manager was great."
Experience: Positive · Difficulty: 4/5

Read all reviews: https://www.glassdoor.com/Interview/index.htm
Manage email preferences · Unsubscribe
""",
    notes="Digest of other candidates' interview reviews at companies the user follows: interview words, roles and timelines, none of them the user's.",
)

add(
    name="inv-w11-singapore-family-name-first-honorifics",
    kind="invitation",
    frm="Jasmine Koh <jasmine.koh@merlionfreight.example>",
    to=ME,
    subject="Interview Invitation - Regional Analytics Manager (Merlion Freight)",
    date=(2026, 10, 29, 16, 40, "Asia/Singapore"),
    fmt="alt64",
    body="""
Dear Nadia,

Thank you for your interest in the Regional Analytics Manager position with Merlion Freight.

We are pleased to invite you for a video interview with our Hiring Manager, Mr Tan Wei Ming (Head of Analytics, APAC), and Ms Lim Hui Shan (Senior Manager, Pricing).

Date: Thursday, 5 November 2026
Time: 9.00am - 10.00am (Singapore time, GMT+8)
This would be Wednesday, 4 November, 8.00pm - 9.00pm in Toronto.
Platform: Zoom (link to follow one day before)

Kindly confirm your availability by replying to this email. Do let me know if you require any assistance.

Thank you and best regards,
Jasmine Koh
Senior Executive, Talent Acquisition
Merlion Freight Pte Ltd
""",
    company="Merlion Freight",
    role="Regional Analytics Manager",
    interviewers=[
        ("Tan Wei Ming", None, "Head of Analytics, APAC"),
        ("Lim Hui Shan", None, "Senior Manager, Pricing"),
    ],
    start="2026-11-05 09:00",
    end="2026-11-05 10:00",
    tz="Asia/Singapore",
    notes="Singapore invitation: family-name-first Chinese names kept as written, 'Mr'/'Ms' dropped; dot times with the Singapore zone and a Toronto equivalent on the previous evening. The talent acquisition sender does not interview.",
)

# ============================================================ November: an offer and a move

add(
    name="offer-w11-amsterdam-accept-by-deadline",
    kind="offer",
    frm="Sanne Bakker <sanne.bakker@vondelmobility.example>",
    to=ME,
    subject="Your offer from Vondel Mobility 🎉",
    date=(2026, 10, 30, 11, 25, "Europe/Amsterdam"),
    fmt="alt",
    body="""
Hi Nadia,

I'm delighted to tell you that we'd like to offer you the position of Senior Analytics Engineer at Vondel Mobility!

The key terms:
- Salary: EUR 86,000 gross per year, plus 8% holiday allowance
- Start date: Monday 1 February 2027 (flexible)
- Relocation package, visa sponsorship as a recognised sponsor, and support applying for the 30% ruling
- 27 vacation days, hybrid work (3 days in the office)

The full contract will arrive from DocuSign today. Please let us know by Friday 6 November whether you'd like to accept. If you have questions about the team or the role, Joris is happy to hop on a call - just say the word.

Congratulations, and I really hope you'll join us!

Sanne

Sanne Bakker
Talent Acquisition Partner | Vondel Mobility
""",
    company="Vondel Mobility",
    role="Senior Analytics Engineer",
    notes="Offer; 'let us know by Friday 6 November' is the candidate's deadline, not a decision date, and an optional call with the VP is not an interview.",
)

add(
    name="other-w11-dentist-appointment-reminder",
    kind="other",
    frm="Bloor West Dental <reminders@bloorwestdental.example>",
    to=ME,
    subject="Reminder: your appointment on Tuesday, November 3 at 8:15 AM",
    date=(2026, 11, 1, 18, 0, "America/Toronto"),
    fmt="html",
    body="""
Hi Nadia,

This is a friendly reminder of your upcoming appointment:

Tuesday, November 3, 2026 at 8:15 AM
Dr. Anita Sharma - Hygiene and check-up (60 min)
Bloor West Dental, 2299 Bloor St W, Toronto

Reply C to confirm or call us at 416-555-0163 to reschedule. Please give us 48 hours' notice for cancellations.

See you soon!
The Bloor West Dental team
""",
    notes="A personal appointment reminder with a 'Dr.', a date and a time: not hiring mail.",
)

add(
    name="other-w11-us-visa-interview-appointment",
    kind="other",
    frm="U.S. Visa Information Service <no-reply@usvisa-info.example>",
    to=ME,
    subject="Appointment Confirmation - Nonimmigrant Visa Interview - Toronto",
    date=(2026, 11, 6, 14, 41, "America/Toronto"),
    fmt="alt",
    body="""
APPOINTMENT CONFIRMATION

Applicant: OKAFOR, NADIA CHIAMAKA
Passport number: A1****472
Visa class: B1/B2
Confirmation No.: 74F2C9A01B

Your interview appointment is scheduled for:
Consular Section: Toronto
Date: Thursday, November 19, 2026
Time: 08:45 AM
Location: U.S. Consulate General Toronto, 225 Simcoe Street, Toronto, ON M5T 1T4

Please arrive no earlier than 15 minutes before your appointment. Bring this confirmation page, your DS-160 confirmation page, your current passport and one 5 cm x 5 cm photograph. Electronic devices are not permitted inside the consulate.

This is an automated message. Please do not reply.
""",
    notes="A consular visa interview: the word 'interview', a date and time, but a personal appointment, not a job interview.",
)

add(
    name="other-w11-exit-interview-current-job",
    kind="other",
    frm="Yvonne Marchetti <yvonne.marchetti@larkspurinsurance.example>",
    to="Nadia Okafor <nadia.okafor@larkspurinsurance.example>",
    subject="Exit interview - Friday, November 20",
    date=(2026, 11, 10, 13, 7, "America/Toronto"),
    ics_style="attach",
    body="""
Hi Nadia,

Congratulations again on your new role, and thank you for everything you've done at Larkspur.

As part of your departure, I'd like to invite you to a confidential exit interview with me on Friday, November 20 at 2:00 PM (30 minutes, in the 14th floor HR room or on Teams if you prefer). We'll talk about your experience here and anything we could do better. I've attached a calendar invitation.

We'll also go over your final pay, benefits end date and the return of your laptop and badge.

Best regards,
Yvonne Marchetti
HR Business Partner, Larkspur Insurance
""",
    ics=ics(
        uid="exit-interview-okafor-20261120@larkspurinsurance.example",
        start="2026-11-20 14:00",
        end="2026-11-20 14:30",
        tz="America/Toronto",
        utc=True,
        organizer=("Yvonne Marchetti", "yvonne.marchetti@larkspurinsurance.example"),
        attendees=[("Nadia Okafor", "nadia.okafor@larkspurinsurance.example")],
        summary="Exit interview - Nadia Okafor",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="HR room 14B / Microsoft Teams",
        stamp="20261110T180700Z",
    ),
    notes="An exit interview at the job the user is leaving, with an ICS in UTC: a meeting at her current job, not hiring mail.",
)
