"""Hard negatives (1/2): digests, newsletters, webinars, press, hiring-side mail, references."""

# ruff: noqa: E501
from ics import event
from lib import (
    L,
    addr,
    ats_html,
    body_apple,
    body_ats,
    body_gmail,
    body_html,
    body_outlook,
    body_plain,
    msg,
)


def other(notes: str) -> dict:
    return L("other", notes=notes)


_h = ats_html(
    "30+ new jobs for data engineer in Berlin",
    [
        "Hi Rafael, here are today's top matches for <b>data engineer</b> in <b>Berlin, Germany</b>.",
        '<b><a href="https://jobfinch.example/jobs/88121">Senior Data Engineer</a></b><br>Kranich Mobility · Berlin (Hybrid)<br><span style="color:#0a7">Actively recruiting</span> · 4 days ago',
        '<b><a href="https://jobfinch.example/jobs/88190">Data Engineer (Streaming)</a></b><br>Spreeblick Media · Berlin<br>Easy Apply · 31 applicants',
        '<b><a href="https://jobfinch.example/jobs/88203">Analytics Engineer</a></b><br>Hafenkante Commerce · Remote (Germany)<br>Be an early applicant',
        '<b><a href="https://jobfinch.example/jobs/88244">Lead Data Platform Engineer</a></b><br>Gleisdreieck Energy · Berlin<br>Interviewing now · Promoted',
        '<a href="https://jobfinch.example/jobs/search?alert=8812">See all 34 jobs</a>',
    ],
    "Jobfinch",
    'You are receiving Job Alert emails. <a href="https://jobfinch.example/unsub">Unsubscribe</a> · Jobfinch GmbH, Torstraße 1, Berlin',
)
msg(
    "h081-jobfinch",
    date="Tue, 17 Mar 2026 06:02:11 +0000",
    client="plain",
    frm=addr("Jobfinch Job Alerts", "jobalerts-noreply@jobfinch.example"),
    to="rafael.costa.dev@gmail.com",
    subject="“data engineer”: 34 opportunities in Berlin, Germany",
    body=body_html(_h),
    headers=("List-Unsubscribe: <https://jobfinch.example/unsub?u=8812>", "Precedence: bulk"),
    label=other("job-alert digest; 'Interviewing now' badge"),
)

_t = """Jobs near Columbus, OH

Warehouse Shift Lead - Prairieline Freight - Columbus, OH
$24 - $27 an hour - Urgently hiring - Hiring multiple candidates
Interviews this week! Apply now and get an interview in 24 hours.

Dispatch Coordinator - Buckeye Haulage - Grove City, OH
$52,000 a year - Full-time

Inventory Control Specialist - Tallgrass Distribution - Obetz, OH
$21.50 an hour - Easily apply

See more jobs: https://jobsnearby.example/jobs?q=logistics&l=Columbus

You're receiving this email because you created a job alert. Unsubscribe: https://jobsnearby.example/unsub
"""
msg(
    "h082-jobsnearby",
    date="Thu, 9 Apr 2026 13:15:00 +0000",
    client="plain",
    frm=addr("JobsNearby", "alert@jobsnearby.example"),
    to="lukas.brandt@gmail.com",
    subject="Logistics jobs near Columbus, OH - interviews this week",
    body=body_ats(
        "h082",
        _t,
        ats_html(
            "Jobs near Columbus, OH",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "JobsNearby",
            "",
        ),
    ),
    headers=("List-Unsubscribe: <mailto:unsub@jobsnearby.example>",),
    label=other("job-alert digest promising 'interviews this week'"),
)

msg(
    "h083-karrierehafen",
    date="Mon, 2 Nov 2026 07:30:00 +0100",
    client="plain",
    frm=addr("Karrierehafen Job-Agent", "jobagent@karrierehafen.example"),
    to="d.weiss@posteo.de",
    subject="7 neue Jobs für „Site Reliability Engineer“ in Hamburg",
    body=body_html(
        ats_html(
            "Ihr Job-Agent",
            [
                "Hallo Daniel, Ihr Job-Agent hat 7 neue Stellen gefunden:",
                "<b>Site Reliability Engineer (m/w/d)</b> – Elbtor Cloud GmbH, Hamburg – Vollzeit, 70.000–85.000 €",
                "<b>DevOps Engineer (w/m/d)</b> – Nordlicht Versand, Hamburg – Hybrid",
                "<b>Platform Engineer Kubernetes (m/w/d)</b> – Alster Digital, Remote",
                '<a href="https://karrierehafen.example/agent/4471">Alle Treffer anzeigen</a>',
            ],
            "Karrierehafen",
            "Job-Agent bearbeiten oder abbestellen",
        ),
        cte="base64",
    ),
    label=other("German job-alert digest, base64 HTML"),
)

msg(
    "h084-carewire",
    date="Sun, 16 Aug 2026 15:00:00 +0000",
    client="plain",
    frm=addr("CareWire Nursing Jobs", "digest@carewire.example"),
    to="kwame.mensah.rn@yahoo.com",
    subject="Top-paying ICU jobs this week (up to $62/hr)",
    body=body_ats(
        "h084",
        """Hi Kwame,

Hospitals hiring ICU nurses near Milwaukee this week:

- Lakeshore General - RN, Medical ICU - $48-$55/hr - sign-on bonus $10,000
- Mercy Lakes Health - RN, Cardiac ICU (Days) - $45-$52/hr
- St. Brendan's Regional - Travel RN, CVICU - $2,980/wk

Tip of the week: At the end of every interview, ask the nurse manager what the orientation looks like.

Update your preferences: https://carewire.example/prefs
""",
        ats_html(
            "ICU jobs",
            [
                "Hi Kwame,",
                "Hospitals hiring ICU nurses near Milwaukee this week:",
                "Lakeshore General - RN, Medical ICU<br>Mercy Lakes Health - RN, Cardiac ICU (Days)<br>St. Brendan's Regional - Travel RN, CVICU",
                "<i>Tip of the week:</i> At the end of every interview, ask the nurse manager what the orientation looks like.",
            ],
            "CareWire",
            "Update your preferences",
        ),
    ),
    headers=("List-Unsubscribe: <https://carewire.example/unsub>",),
    label=other("job digest naming an employer the user applied to"),
)

msg(
    "h085-offerletter",
    date="Fri, 6 Feb 2026 12:00:00 +0000",
    client="plain",
    frm=addr("The Offer Letter", "theofferletter@substack.example"),
    to="meiling.cho@proton.me",
    subject="5 questions to ask at the end of your interview",
    body=body_ats(
        "h085",
        """The Offer Letter - issue #112

5 questions to ask at the end of your interview

We've all been there: the interviewer leans back, smiles, and says "So, do you have any questions for us?" Here is what hiring managers told us they love to hear.

1. "What does success look like in the first 90 days?"
2. "What's the biggest challenge the team is facing right now?"
3. "How do you make decisions when people disagree?"
4. "When can I expect to hear about next steps?" - always ask this one. If they say "by Friday", write it down.
5. "Is there anything in my background that gives you pause?"

Bonus: send a thank-you note within 24 hours to every person you met.

Next week: negotiating your first offer.

Unsubscribe https://theofferletter.substack.example/unsub
""",
        ats_html(
            "The Offer Letter",
            [
                "<h2>5 questions to ask at the end of your interview</h2>",
                "We've all been there...",
                "1. What does success look like in the first 90 days?<br>2. What's the biggest challenge...<br>4. When can I expect to hear about next steps? If they say <i>by Friday</i>, write it down.",
            ],
            "The Offer Letter",
            "Unsubscribe",
        ),
    ),
    headers=(
        "List-Unsubscribe: <https://theofferletter.substack.example/unsub>",
        "List-Id: <theofferletter.substack.example>",
    ),
    label=other("interview-tips newsletter"),
)

msg(
    "h086-coachnadia",
    date="Tue, 10 Nov 2026 14:30:00 +0000",
    client="plain",
    frm=addr("Nadia Okoro | Career Coach", "nadia@careerlift.example"),
    to="hannah.okafor@outlook.com",
    subject="The thank-you email template my clients swear by",
    body=body_plain(
        """Hi Hannah,

This week's template is the one I get asked for most: the post-interview thank-you.

---
Subject: Thank you - Marketing Manager interview

Dear Ms. Patel,

Thank you for interviewing me on Tuesday at 10am for the Marketing Manager role at Acme Foods. I enjoyed learning about the rebrand, and I'm even more excited about the role.

Best regards,
Your Name
---

Three rules: send it within 24 hours, make it personal, and keep it under 150 words.

Want me to review your next application? Book a 1:1 coaching session: https://careerlift.example/book

Nadia Okoro
CareerLift Coaching

You're receiving this because you signed up at careerlift.example. Unsubscribe any time.
""",
        cte="quoted-printable",
    ),
    headers=("List-Unsubscribe: <https://careerlift.example/unsub>",),
    label=other(
        "career-coach newsletter with a sample interview thank-you containing names and times"
    ),
)

msg(
    "h087-careers-uni",
    date="Mon, 19 Jan 2026 09:00:00 +0000",
    client="outlook_eu",
    frm=addr("Careers Service", "careers@uni-northmoor.ac.uk"),
    to="ishaan.kapoor2026@gmail.com",
    subject="Mock interview sessions - book your slot",
    body=body_outlook(
        "h087",
        """Dear student,

The Careers Service is running mock interview sessions throughout February. Each 30-minute session is a practice interview with one of our careers consultants, followed by personal feedback.

Sessions run Monday to Thursday between 10:00 and 16:00 in the Student Hub, room G.14. Book through CareerConnect: https://careerconnect.uni-northmoor.ac.uk/events

Employer-led sessions with recruiters from Fenwick & Lyle and Pennine Water are available on 11 February.

Best wishes,
The Careers Service
University of Northmoor
""",
    ),
    label=other("university mock interview sessions (practice, not a real interview)"),
)

_ics = event(
    method="REQUEST",
    uid="webinar-techint-2026-05-21@stackforge.academy",
    start="2026-05-21 18:00",
    tz="Europe/Berlin",
    minutes=90,
    style="iana",
    summary="Webinar: Acing the Technical Interview",
    organizer=("StackForge Academy", "events@stackforge.academy"),
    attendees=[("Daniel Weiss", "d.weiss@posteo.de", "OPT-PARTICIPANT")],
    description="Live webinar with Q&A. Hosts: Jana Kühn (ex-hiring manager) and Tom Reilly.",
    location="https://stackforge.academy/live/techint",
    stamp="20260514T080000Z",
    prodid="-//StackForge//Events//EN",
)
msg(
    "h088-stackforge",
    date="Thu, 14 May 2026 10:00:00 +0200",
    client="plain",
    frm=addr("StackForge Academy", "events@stackforge.academy"),
    to=addr("Daniel Weiss", "d.weiss@posteo.de"),
    subject="You're registered: Acing the Technical Interview (Thu 21 May, 18:00 CEST)",
    body=body_gmail(
        "h088",
        """Hi Daniel,

You're in! Here are the details for our free live webinar.

Acing the Technical Interview
Thursday, 21 May 2026, 18:00-19:30 CEST
Hosts: Jana Kühn (former engineering hiring manager) and Tom Reilly

We'll run a live mock coding interview, then answer your questions about system design rounds and salary negotiation.

Join link: https://stackforge.academy/live/techint
A calendar invite is attached.

See you there,
The StackForge team
""",
        ics=_ics,
    ),
    headers=("List-Unsubscribe: <https://stackforge.academy/unsub>",),
    label=other("webinar about interviews, with ICS REQUEST"),
)

_ics = event(
    method="REQUEST",
    uid="zoomwebinar-86211470099@zoom.us",
    start="2026-09-15 11:00",
    tz="America/Chicago",
    minutes=60,
    style="utc",
    summary="Data Mesh in Practice: Lessons from 3 Migrations",
    organizer=("Gridline Data", "no-reply@zoom.us"),
    attendees=[],
    stamp="20260901T170000Z",
    description="Panelists: Oksana Hrytsenko, Dev Malhotra",
    location="https://gridline.zoom.us/w/86211470099",
    prodid="-//Zoom Video Communications Inc//Zoom//EN",
)
msg(
    "h089-gridline",
    date="Tue, 1 Sep 2026 17:00:22 +0000",
    client="plain",
    frm=addr("Gridline Data", "no-reply@zoom.us"),
    to="emily.zhang.dev@gmail.com",
    subject="Data Mesh in Practice: Lessons from 3 Migrations Confirmation",
    body=body_ats(
        "h089",
        """Hi Emily,

Thank you for registering for "Data Mesh in Practice: Lessons from 3 Migrations".

Date Time: Sep 15, 2026 11:00 AM Central Time (US and Canada)
Panelists: Oksana Hrytsenko (Principal Architect), Dev Malhotra (Head of Data)

Join from a PC, Mac, iPad, or Android: https://gridline.zoom.us/w/86211470099
Add to calendar: attached .ics

You can cancel your registration at any time.
""",
        ats_html(
            "Webinar confirmation",
            [
                "Hi Emily,",
                "Thank you for registering for <b>Data Mesh in Practice</b>.",
                "Sep 15, 2026 11:00 AM Central Time (US and Canada)",
            ],
            "Zoom",
            "",
        ),
        ics=_ics,
    ),
    label=other("Zoom webinar registration with ICS and panelists' names"),
)

_ics = event(
    method="REQUEST",
    uid="nordvik-infosession-2026-03-04@nordvikrobotics.com",
    start="2026-03-04 17:00",
    tz="America/New_York",
    minutes=60,
    style="google",
    summary="Nordvik Robotics Virtual Info Session: Early Careers",
    organizer=("Nordvik Robotics Campus Team", "campus@nordvikrobotics.com"),
    attendees=[],
    location="https://meet.google.com/nrv-info-ses",
    stamp="20260220T150000Z",
)
msg(
    "h090-nordvik-info",
    date="Fri, 20 Feb 2026 10:00:00 -0500",
    client="gmail",
    frm=addr("Nordvik Robotics Campus Team", "campus@nordvikrobotics.com"),
    to="ishaan.kapoor2026@gmail.com",
    subject="Join our virtual info session on March 4",
    body=body_gmail(
        "h090",
        """Hi Ishaan,

Thanks for signing up at the career fair! We're hosting a virtual info session for students interested in our Early Careers programs:

Wednesday, March 4 | 5:00-6:00 PM ET | Google Meet

You'll hear from engineers in our Controls and Perception teams, learn how our internship hiring process works (including what to expect in interviews), and get your questions answered.

The calendar invite is attached. No application is needed to attend.

Nordvik Robotics Campus Team
""",
        ics=_ics,
    ),
    label=other("employer recruiting info session with ICS; not an interview"),
)

_ics = event(
    method="REQUEST",
    uid="e71c2b0f-podcast@calendly.com",
    start="2026-06-16 14:00",
    tz="Europe/London",
    minutes=60,
    style="utc",
    summary="The Build Log - recording with Liam O'Connor",
    organizer=("Priti Desai", "priti@thebuildlog.fm"),
    attendees=[("Liam O'Connor", "liam.oconnor.law@gmail.com", "REQ-PARTICIPANT")],
    location="Riverside.fm studio link",
    stamp="20260609T110000Z",
)
msg(
    "h091-buildlog",
    date="Tue, 9 Jun 2026 12:00:41 +0100",
    client="gmail",
    frm=addr("Priti Desai", "priti@thebuildlog.fm"),
    to=addr("Liam O'Connor", "liam.oconnor.law@gmail.com"),
    subject="The Build Log - your interview is booked!",
    body=body_gmail(
        "h091",
        """Hi Liam,

Thanks so much for agreeing to be interviewed on The Build Log! We're booked for Tuesday 16 June at 14:00 BST. I've attached a calendar invite with the Riverside link.

The episode is about legal tech for small firms. I'll ask about how you got into it, the contract-review tool you built at law school, and where you think AI helps and hurts. About 45 minutes of conversation plus setup.

Please use headphones and a wired connection if you can.

Cheers,
Priti

Priti Desai
Host & Producer, The Build Log podcast
""",
        ics=_ics,
    ),
    label=other("podcast guest 'interview' with a booked time and ICS"),
)

msg(
    "h092-harbourgazette",
    date="Wed, 14 Oct 2026 16:22:09 +1100",
    client="gmail",
    frm=addr("Tamsin Riley", "t.riley@harbourgazette.example"),
    to=addr("Oluwaseun Adeyemi", "seun.adeyemi@outlook.com"),
    subject="Interview request - piece on remote analytics teams",
    body=body_gmail(
        "h092",
        """Hi Seun,

I'm a reporter at the Harbour Gazette working on a feature about how analytics teams work remotely. A colleague at the co-op mentioned your talk at DataWeek and I'd love to interview you for the piece.

Would tomorrow at 11am work for a 20-minute phone chat? Happy to be flexible.

Thanks,
Tamsin Riley
Business Reporter, Harbour Gazette
""",
    ),
    label=other("press interview request with a proposed relative time"),
)

_ics = event(
    method="REQUEST",
    uid="gh-panel-9911-devon-clarke@halvorsenlabs.com",
    start="2026-04-28 13:00",
    tz="America/Los_Angeles",
    minutes=45,
    style="iana",
    summary="Interview: Devon Clarke (Backend Engineer) - System Design",
    organizer=("Halvorsen Labs Recruiting", "recruiting@halvorsenlabs.com"),
    attendees=[
        ("Zara Hussain", "zara.hussain@halvorsenlabs.com", "REQ-PARTICIPANT"),
        ("Devon Clarke", "devon.clarke@gmail.com", "REQ-PARTICIPANT"),
    ],
    stamp="20260422T190000Z",
    prodid="-//Greenhouse Software//Interview Scheduler//EN",
)
_t = """Hi Zara,

You've been scheduled to interview Devon Clarke for Backend Engineer.

Interview: System Design
When: Tuesday, April 28, 2026, 1:00 PM - 1:45 PM PDT
Where: Zoom https://halvorsenlabs.zoom.us/j/5521

Candidate resume and interview kit: https://app.greenhouse.io/guides/9911/people/44182
Please submit your scorecard within 24 hours of the interview.

Halvorsen Labs Recruiting
"""
msg(
    "h093-halvorsen-panel",
    date="Wed, 22 Apr 2026 12:00:00 -0700",
    client="plain",
    frm=addr("Halvorsen Labs Recruiting", "no-reply@greenhouse.io"),
    to=addr("Zara Hussain", "zara.hussain@halvorsenlabs.com"),
    subject="Interview scheduled: Devon Clarke for Backend Engineer",
    body=body_ats(
        "h093",
        _t,
        ats_html(
            "You're interviewing",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Halvorsen Labs",
            "Greenhouse",
        ),
        ics=_ics,
    ),
    label=other("user is the interviewer (Greenhouse panel notice at user's own company)"),
)

msg(
    "h094-halvorsen-scorecard",
    date="Thu, 30 Apr 2026 09:00:00 -0700",
    client="plain",
    frm=addr("Greenhouse", "no-reply@greenhouse.io"),
    to="zara.hussain@halvorsenlabs.com",
    subject="Reminder: scorecard due for Amara Singh (Backend Engineer)",
    body=body_plain("""Hi Zara,

You interviewed Amara Singh for Backend Engineer on Tuesday, April 28. Your scorecard is overdue.

Submit scorecard: https://app.greenhouse.io/scorecards/774120

The hiring team plans to make a decision by Friday, May 1, so please submit today.

Thanks,
Greenhouse
"""),
    label=other(
        "scorecard reminder: user interviewed someone else; the decision date is about another candidate"
    ),
)

msg(
    "h095-cobalt-panel",
    date="Mon, 5 Oct 2026 11:15:30 -0700",
    client="outlook",
    frm=addr("Nakamura, Ellen", "ellen.nakamura@cobaltline.com"),
    to=addr("Kwon, Min-jun", "minjun.kwon@cobaltline.com"),
    subject="Can you join a panel on Thursday?",
    body=body_outlook(
        "h095",
        """Hi Min-jun,

Welcome back! We have a strong candidate for the Process Integration Engineer opening, Laila Haddad. Could you take the device physics interview on Thursday, Oct 8 from 2:00 to 2:45 PM? Raj will do the hiring manager round right after you.

I'll send the invite with her resume once you confirm.

Thanks,
Ellen
Technical Recruiter | Cobaltline Semiconductors
""",
    ),
    label=other("recruiter asks the user (an employee) to interview a candidate"),
)

_t = """Hi Ana,

A new event has been scheduled.

Event Type: 20 Minute Candidate Phone Screen
Invitee: Mateo Rossi (mateo.rossi@gmail.com)
Event Date/Time: 9:00am - 9:20am (Central European Time), Monday, January 18, 2027

Questions:
Which role are you applying for? Junior Risk Analyst

View event in Calendly: https://calendly.com/app/scheduled_events/user/me
"""
msg(
    "h096-calendly-host",
    date="Wed, 13 Jan 2027 19:41:08 +0000",
    client="plain",
    frm=addr("Calendly", "notifications@calendly.com"),
    to=addr("Ana Petrović", "ana.petrovic@alcazar-energia.es"),
    reply_to="mateo.rossi@gmail.com",
    subject="New Event: Mateo Rossi - 09:00am Mon, Jan 18, 2027 - 20 Minute Candidate Phone Screen",
    body=body_ats(
        "h096",
        _t,
        ats_html(
            "New Event",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Calendly",
            "Powered by Calendly.com",
        ),
    ),
    label=other("Calendly host notification: the user screens a candidate"),
)

msg(
    "h097-orchardlane-ref",
    date="Tue, 8 Dec 2026 10:12:00 -0500",
    client="gmail",
    frm=addr("Gabriel Osei", "gabriel.osei@orchardlane.com"),
    to=addr("Noah Goldberg", "noah.goldberg@icloud.com"),
    subject="Reference for Priya Raman",
    body=body_gmail(
        "h097",
        """Hi Noah,

Priya Raman has applied for the Senior Product Manager role at Orchard Lane and listed you as a reference from your time together at Fieldnote Health.

Would you have 15 minutes for a call on Thursday at 2pm ET? If that doesn't work, let me know a couple of times that do. We're hoping to make a decision by the end of next week, so a quick call would be a huge help.

Thank you!
Gabriel Osei
Senior Recruiter, Orchard Lane
""",
    ),
    label=other(
        "user is a reference for someone else; the time and decision date are not the user's"
    ),
)

msg(
    "h098-refnest",
    date="Wed, 22 Jul 2026 14:03:30 +0000",
    client="plain",
    frm=addr("RefNest on behalf of Lattice & Loom", "requests@refnest.example"),
    to="mei.cho@quillfeather.com",
    subject="Tomás Aguilar has asked you to provide a reference",
    body=body_html(
        ats_html(
            "Reference request",
            [
                "Hi Mei-Ling,",
                "<b>Tomás Aguilar</b> is being considered for the <b>Senior Backend Engineer</b> role at Lattice &amp; Loom and has named you as a reference.",
                "The confidential questionnaire takes about 10 minutes. Please complete it by <b>July 27, 2026</b>.",
                '<a href="https://refnest.example/r/7f1e2">Start reference</a>',
            ],
            "RefNest",
            "RefNest · automated reference checking",
        )
    ),
    label=other("automated reference-check request; the user is the referee"),
)

msg(
    "h099-friend-ref",
    date="Sat, 14 Mar 2026 11:20:44 +0100",
    client="iphone",
    frm=addr("Jonas Åberg", "jonas.aberg@icloud.com"),
    to=addr("Sofia Lindqvist", "sofia.lindqvist@telia.se"),
    subject="Favour to ask 🙏",
    body=body_apple(
        "h099",
        """Hej Sofia!

Hope you're well. I'm in the final round for a product role at Oranjeboom Mobility in Amsterdam (interview with their CPO on Wednesday!!). Would you be OK being one of my references? You'd just get a call or an email from their recruiter next week.

Tack så mycket,
Jonas""",
        html=False,
    ),
    label=other("friend asks the user to be a reference; mentions the friend's own interview"),
)

_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC0100000000000000001000000077EF01",
    start="2026-11-24 09:30",
    tz="W. Europe Standard Time",
    minutes=30,
    style="outlook",
    summary="1:1 Daniel / Sabine",
    organizer=("Krüger, Sabine", "sabine.krueger@hanse-it.de"),
    attendees=[("Weiss, Daniel", "daniel.weiss@hanse-it.de", "REQ-PARTICIPANT")],
    stamp="20261120T130000Z",
)
msg(
    "h100-hanse-1on1",
    date="Fri, 20 Nov 2026 14:00:00 +0100",
    client="outlook_eu",
    frm=addr("Krüger, Sabine", "sabine.krueger@hanse-it.de", "B"),
    to=addr("Weiss, Daniel", "daniel.weiss@hanse-it.de"),
    subject="1:1 Daniel / Sabine",
    body=body_outlook(
        "h100",
        """Hi Daniel,

moving our 1:1 to Tuesday morning this week, I have a customer call on Monday. Let's talk about the on-call rotation and your Q1 goals.

Sabine
""",
        ics=_ics,
    ),
    label=other("weekly 1:1 at the user's current job"),
)

_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E0080000000044DD55EE66FFDC0100000000000000001000000088CD02",
    start="2026-06-30 15:00",
    tz="Eastern Standard Time",
    minutes=60,
    style="outlook",
    summary="Mid-year performance review - Jordan Reyes",
    organizer=("Osborne, Clare", "clare.osborne@keystoneactuarial.com"),
    attendees=[("Reyes, Jordan", "jordan.reyes@keystoneactuarial.com", "REQ-PARTICIPANT")],
    stamp="20260619T140000Z",
)
msg(
    "h101-keystone-review",
    date="Fri, 19 Jun 2026 10:00:00 -0400",
    client="outlook",
    frm=addr("Osborne, Clare", "clare.osborne@keystoneactuarial.com"),
    to=addr("Reyes, Jordan", "jordan.reyes@keystoneactuarial.com"),
    subject="Mid-year performance review - Jordan Reyes",
    body=body_outlook(
        "h101",
        """Hi Jordan,

Setting up time for your mid-year review. Please complete the self-assessment in Workday before we meet. We'll cover progress against your goals, the FSA exam plan, and development for the second half.

Clare Osborne
VP, Pricing | Keystone Actuarial
""",
        ics=_ics,
    ),
    label=other("performance review at the user's current job (Outlook request)"),
)
