# ruff: noqa: E501
# Wave 7, batch A: a general job seeker's inbox written from the issue alone. Small employers
# writing by hand next to ATS mail, agencies, relative and day-first times with no zone, ICS-only
# panels, a replaced panelist, and hard negatives (the user as interviewer or reference, a visa
# "interview", a podcast, a webinar with ICS, a tips newsletter, a scam).
from lib import add, ics
from mime import addr, hdr, vtz_outlook_eu, vtz_outlook_us

# ================================================================ invitations / reschedules
add(
    name="inv-w7-leeds-bakery-owner-dayfirst-no-zone",
    kind="invitation",
    frm="Siobhan Carr <siobhan@crumbandcrust.example>",
    to="Tomasz Nowak <tomasz.nowak92@example.com>",
    subject="Re: Assistant Baker position",
    date=(2026, 10, 5, 21, 47, "Europe/London"),
    body="""
Hi Tomasz,

Thanks for dropping your CV in on Saturday, the girls on the counter said you were lovely. Would you be able to come in for a chat on Thurs 8/10 at 2.30, once the lunch rush has died down? It'll be me and Priya (our head baker) and should only take half an hour. If it goes well we'd ask you to do a paid trial shift another day.

We're at 14 Chapel Lane, use the back entrance by the car park.

Cheers
Siobhan
Crumb & Crust
07700 900412
""",
    company="Crumb & Crust",
    role="Assistant Baker",
    interviewers=[
        ("Siobhan Carr", "siobhan@crumbandcrust.example", None),
        ("Priya", None, "head baker"),
    ],
    start="2026-10-08 14:30",
    end="2026-10-08 15:00",
    tz="Europe/London",
    notes="Owner writes by hand: day-first 8/10 (8 October), '2.30' after the lunch rush with no zone = sender's zone (BST). The owner herself and the head baker interview; the trial shift is not scheduled yet.",
)

add(
    name="inv-w7-greenhouse-coordinator-books-recruiter-screen",
    kind="invitation",
    frm="Kelsey Romano <kelsey.romano@us.greenhouse-mail.io>",
    to=addr("Ana Sofía Paredes", "anasofia.paredes@example.com"),
    reply_to="kelsey.romano@tidewaterhealth.example",
    subject="Phone Screen Confirmation - Product Designer, Growth at Tidewater Health",
    date=(2026, 9, 10, 15, 2, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Ana Sofía,

Thank you for your interest in the Product Designer, Growth position at Tidewater Health! I'm pleased to confirm your phone screen:

Date: Wednesday, September 16, 2026
Time: 11:00 AM - 11:30 AM Pacific Time
Interviewer: Darnell Brooks, Senior Technical Recruiter

Darnell will call you at the number on your application. A calendar invitation is attached for your convenience.

If you need to reschedule, just reply to this email and I'll find another time.

Best,
Kelsey Romano
Recruiting Coordinator | Tidewater Health
""",
    ics=ics(
        uid="gh-7c1e55a0-19f2-4b8e-a0c1-tidewater",
        start="2026-09-16 11:00",
        end="2026-09-16 11:30",
        tz="America/Los_Angeles",
        organizer=("Kelsey Romano", "kelsey.romano@tidewaterhealth.example"),
        attendees=[
            ("Darnell Brooks", "darnell.brooks@tidewaterhealth.example"),
            ("Ana Sofía Paredes", "anasofia.paredes@example.com"),
        ],
        summary="Phone Screen: Ana Sofía Paredes <> Darnell Brooks (Tidewater Health)",
        desc="Darnell will call you at the number on your application.",
        prodid="-//Greenhouse Software//Greenhouse//EN",
    ),
    ics_style="attach",
    company="Tidewater Health",
    role="Product Designer, Growth",
    interviewers=[
        ("Darnell Brooks", "darnell.brooks@tidewaterhealth.example", "Senior Technical Recruiter"),
    ],
    start="2026-09-16 11:00",
    end="2026-09-16 11:30",
    tz="America/Los_Angeles",
    notes="The coordinator who books and signs is not an interviewer; the recruiter who runs the phone screen is (email from the ICS attendee list).",
)

add(
    name="inv-w7-toronto-hospital-html-panel-honorifics",
    kind="invitation",
    frm='"Human Resources - St. Brendan\'s Health Centre" <careers@stbrendans.example.ca>',
    to="Grace Mensah <grace.mensah@example.ca>",
    subject="Interview Invitation: Clinical Nurse Educator (Posting #CNE-2026-118)",
    date=(2026, 11, 2, 13, 26, "America/Toronto"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Grace Mensah,</p>
<p>Thank you for applying for the position of <b>Clinical Nurse Educator</b> at St. Brendan's Health Centre. We are pleased to invite you to a panel interview.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Date:</b></td><td>Friday, November 13, 2026</td></tr>
<tr><td><b>Time:</b></td><td>9:00 a.m. to 10:00 a.m.</td></tr>
<tr><td><b>Location:</b></td><td>Education Wing, Room E-214, 40 Dundas Street West</td></tr>
</table>
<p>Your interview panel will consist of:</p>
<ul>
<li>Dr. Folake Adeyemi, Director of Nursing Practice</li>
<li>Mr. Kevin O'Donnell, Manager, Cardiac Care Unit</li>
<li>Ms. Lucie Tremblay, Senior Nurse Educator</li>
</ul>
<p>Please arrive 15 minutes early and check in at Human Resources (2nd floor), where Marianne Gagnon, HR Assistant, will escort you to the Education Wing. Bring a copy of your current CNO registration.</p>
<p>Kindly confirm your attendance by replying to this email.</p>
<p>Regards,<br>Talent Acquisition<br>St. Brendan's Health Centre</p>
</body></html>
""",
    company="St. Brendan's Health Centre",
    role="Clinical Nurse Educator",
    interviewers=[
        ("Folake Adeyemi", None, "Director of Nursing Practice"),
        ("Kevin O'Donnell", None, "Manager, Cardiac Care Unit"),
        ("Lucie Tremblay", None, "Senior Nurse Educator"),
    ],
    start="2026-11-13 09:00",
    end="2026-11-13 10:00",
    tz="America/Toronto",
    notes="HTML-only; honorifics Dr./Mr./Ms. dropped; posting number not part of the role; the HR assistant who escorts is mentioned but does not interview. No zone written: sender's zone (Toronto, EST after Nov 1).",
)

add(
    name="rsc-w7-outlook-moved-onsite-replaced-panelist",
    kind="reschedule",
    frm="Lauren Whitfield <lwhitfield@harborviewanalytics.example>",
    to="Chidi Okeke <chidi.okeke@example.com>",
    subject="Updated: Onsite interview - Senior Backend Engineer (new date)",
    date=(2026, 10, 16, 16, 40, "America/New_York"),
    body="""
Hi Chidi,

Apologies for the shuffle. We've had a conflict come up on the team's side, so I've moved your onsite from Thursday 10/22 to Tuesday 10/27, 10:00 AM - 12:30 PM ET. The updated invite is attached and replaces the old one.

One change to the panel: Mark Feld is travelling that week, so Helen Cho (Staff Engineer) will take his system design session. The rest is as before:

- Rosa Jiménez, Engineering Manager - team & experience
- Femi Adebayo, Senior Software Engineer - coding
- Helen Cho, Staff Engineer - system design

I'll meet you in the lobby at 9:45 to get you set up with a badge.

Thanks for your flexibility,
Lauren

Lauren Whitfield
Technical Recruiter, Harborview Analytics
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000090B1A3D2F15DDB01000000000000000010000000",
        start="2026-10-27 10:00",
        end="2026-10-27 12:30",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Lauren Whitfield", "lwhitfield@harborviewanalytics.example"),
        attendees=[
            ("Chidi Okeke", "chidi.okeke@example.com"),
            ("Rosa Jiménez", "rjimenez@harborviewanalytics.example"),
            ("Femi Adebayo", "fadebayo@harborviewanalytics.example"),
            ("Helen Cho", "hcho@harborviewanalytics.example"),
        ],
        summary="Onsite interview - Chidi Okeke - Senior Backend Engineer",
        seq=1,
        prodid="Microsoft Exchange Server 2010",
        location="Harborview Analytics, 200 Seaport Blvd, Boston",
    ),
    ics_style="outlook",
    company="Harborview Analytics",
    role="Senior Backend Engineer",
    interviewers=[
        ("Rosa Jiménez", "rjimenez@harborviewanalytics.example", "Engineering Manager"),
        ("Femi Adebayo", "fadebayo@harborviewanalytics.example", "Senior Software Engineer"),
        ("Helen Cho", "hcho@harborviewanalytics.example", "Staff Engineer"),
    ],
    start="2026-10-27 10:00",
    end="2026-10-27 12:30",
    tz="America/New_York",
    notes="Moved onsite with an Outlook update (Windows zone name, SEQUENCE 1). Mark Feld is replaced and not an interviewer; the recruiter only meets the candidate in the lobby. EDT still applies on Oct 27.",
)

add(
    name="inv-w7-sydney-agency-client-panel",
    kind="invitation",
    frm="Brooke Sinclair <brooke.sinclair@talentbridge.example.com.au>",
    to="Daniel Whitaker <dan.whitaker@example.com.au>",
    subject="Interview confirmed - Finance Business Partner, Coastline Freight",
    date=(2026, 12, 2, 11, 8, "Australia/Sydney"),
    fmt="qp",
    body="""
Hi Dan,

Great news – Coastline Freight would love to meet you for the Finance Business Partner role! Details below:

Date: Wednesday 9 December
Time: 2:30pm
Where: Coastline Freight, Level 12, 60 Margaret Street, Sydney (ask for Greg at reception)
With: Greg Halloran, Operations Director, and Mei Lin Tan, Financial Controller

Allow 45 minutes to an hour. Mei Lin will want to go through your month-end and forecasting experience in some detail, and Greg is more about how you'd partner with the ops managers.

I'll give you a ring on Monday to prep. Good luck!

Kind regards,

Brooke Sinclair
Senior Consultant – Accounting & Finance
TalentBridge Recruitment
""",
    company="Coastline Freight",
    role="Finance Business Partner",
    interviewers=[
        ("Greg Halloran", None, "Operations Director"),
        ("Mei Lin Tan", None, "Financial Controller"),
    ],
    start="2026-12-09 14:30",
    end=None,
    tz="Australia/Sydney",
    notes="Agency consultant relays the client's interview: company is the client, not the agency; the consultant does not interview. No year or zone: next 9 December in Sydney (AEDT). '45 minutes to an hour' gives no exact end.",
)

add(
    name="inv-w7-founder-tomorrow-cc-cto-quoted",
    kind="invitation",
    frm="Noa Friedman <noa@ledgerloop.example>",
    to="Marcus Bell <marcusbell.sales@example.com>",
    cc="Rafael Mendes <rafael@ledgerloop.example>",
    subject="Re: Founding Account Executive",
    date=(2026, 11, 10, 18, 22, "America/New_York"),
    in_reply_to="<CAB3x9f-marcus-0a1@mail.example.com>",
    body="""
Marcus - thanks for the note, really liked your background at Paylane.

Can you do tomorrow at 4pm ET? 45 min over Zoom. I've cc'd Rafael, our CTO, he'll join for the second half so you can get into the product and integrations side.

https://zoom.us/j/8812045571

Noa

--
Noa Friedman
Co-founder & CEO, Ledgerloop

On Tue, Nov 10, 2026 at 10:04 AM Marcus Bell <marcusbell.sales@example.com> wrote:
> Hi Noa,
>
> Following up on my application for the Founding Account Executive role. I spoke with
> Jenna Price from your investor network last month and she suggested I reach out directly.
> I'm free most afternoons this week and Monday 11/16.
>
> Best,
> Marcus
""",
    company="Ledgerloop",
    role="Founding Account Executive",
    interviewers=[
        ("Noa Friedman", "noa@ledgerloop.example", "Co-founder & CEO"),
        ("Rafael Mendes", "rafael@ledgerloop.example", "CTO"),
    ],
    start="2026-11-11 16:00",
    end="2026-11-11 16:45",
    tz="America/New_York",
    notes="Terse founder reply: 'tomorrow at 4pm ET' against the Date header; the founder and the cc'd CTO interview. Jenna Price and Monday 11/16 are in the quoted candidate mail only.",
)

add(
    name="inv-w7-outlook-ics-only-w-europe-after-dst",
    kind="invitation",
    frm="Recruitment Noordhaven <recruitment@noordhaven.example.nl>",
    to="Lucas Janssen <lucas.janssen@example.nl>",
    subject="Uitnodiging: tweede gesprek Supply Chain Analyst",
    date=(2027, 3, 19, 9, 12, "Europe/Amsterdam"),
    body="""
Beste Lucas,

Hierbij ontvang je de uitnodiging voor je tweede gesprek voor de functie Supply Chain Analyst bij Noordhaven Logistics. Datum, tijd en deelnemers vind je in de agenda-uitnodiging. Het gesprek vindt plaats op ons kantoor aan de Waalhaven Zuidzijde 21 in Rotterdam.

Wil je de uitnodiging accepteren zodat we weten dat je komt?

Met vriendelijke groet,

Team Recruitment
Noordhaven Logistics B.V.
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A0C4F1E8B06EDB01000000000000000010000000",
        start="2027-03-30 10:00",
        end="2027-03-30 11:00",
        tz="Europe/Amsterdam",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Recruitment Noordhaven", "recruitment@noordhaven.example.nl"),
        attendees=[
            ("de Vries, Pieter", "pieter.devries@noordhaven.example.nl"),
            ("Bakker, Sanne", "sanne.bakker@noordhaven.example.nl"),
            ("Lucas Janssen", "lucas.janssen@example.nl"),
        ],
        summary="Tweede gesprek Supply Chain Analyst - Lucas Janssen",
        prodid="Microsoft Exchange Server 2010",
        location="Noordhaven Logistics, Waalhaven Zuidzijde 21, Rotterdam",
    ),
    ics_style="outlook",
    company="Noordhaven Logistics",
    role="Supply Chain Analyst",
    interviewers=[
        ("Pieter de Vries", "pieter.devries@noordhaven.example.nl", None),
        ("Sanne Bakker", "sanne.bakker@noordhaven.example.nl", None),
    ],
    start="2027-03-30 10:00",
    end="2027-03-30 11:00",
    tz="Europe/Amsterdam",
    notes="Dutch body says only 'see the invitation': time and people are in the ICS only (Outlook 'W. Europe Standard Time'; CEST after Mar 28 although sent in CET). Attendees 'de Vries, Pieter' are in natural order with the particle; the shared recruitment mailbox organises and does not interview.",
)

# ================================================================ other kinds
add(
    name="rej-w7-architecture-studio-after-final",
    kind="rejection",
    frm="Ingrid Solberg <ingrid@solbergwinther.example.no>",
    to="Mateo Rinaldi <mateo.rinaldi@example.com>",
    subject="Junior Architect - Solberg Winther Arkitekter",
    date=(2026, 11, 6, 14, 55, "Europe/Oslo"),
    body="""
Dear Mateo,

Thank you for coming in last Tuesday and for the care you put into the site analysis exercise. Hugo and I both enjoyed talking with you.

It was a difficult choice, but we have decided to offer the Junior Architect position to another candidate whose experience with timber construction is closer to what our current projects need.

We will keep your portfolio on file, and I hope our paths cross again.

With best wishes,
Ingrid Solberg
Partner, Solberg Winther Arkitekter
""",
    company="Solberg Winther Arkitekter",
    role="Junior Architect",
    notes="Rejection after the final interview; the people who interviewed earlier are not interviewers of an upcoming interview.",
)

add(
    name="nxt-w7-uk-charity-outcome-by-friday-11th",
    kind="next_steps",
    frm="Rachel Oduya <r.oduya@riverbankhousingtrust.example.org.uk>",
    to="Imran Siddiqui <imran.siddiqui@example.co.uk>",
    subject="Re: Thank you - Tenancy Support Officer interview",
    date=(2026, 12, 2, 10, 31, "Europe/London"),
    in_reply_to="<imran-thanks-2026-12-01@example.co.uk>",
    body="""
Dear Imran,

Thank you for your kind email, and for your time yesterday. We have two more interviews to hold this week, after which the panel will meet on Monday to make a decision. We will let all candidates know the outcome by Friday 11th December at the latest.

If you have any questions in the meantime, please don't hesitate to get in touch.

Kind regards,

Rachel Oduya
Housing Services Manager
Riverbank Housing Trust
""",
    company="Riverbank Housing Trust",
    role="Tenancy Support Officer",
    decision_by="2026-12-11",
    notes="Status after the interview, no decision yet; the employer's stated date 'by Friday 11th December at the latest'.",
)

add(
    name="ack-w7-icims-maintenance-technician",
    kind="application_ack",
    frm="Allegheny Valley Foods <avfoods@talent.icims.com>",
    to="Russell Hayes <rhayes1987@example.com>",
    subject="Thank you for applying to Allegheny Valley Foods",
    date=(2026, 10, 20, 7, 3, "America/New_York"),
    fmt="alt",
    body="""
Dear Russell,

Thank you for your interest in the Maintenance Technician II position (Requisition 2026-14521) at our Altoona, PA plant. We have received your application.

Our team will review your qualifications against the requirements of the position. If your background is a match, a member of our Human Resources team will contact you to discuss next steps. Due to the volume of applications we receive, we may not be able to respond to every applicant individually.

You can check the status of your application at any time by logging into your candidate profile.

Thank you again for considering a career with Allegheny Valley Foods.

Human Resources
Allegheny Valley Foods

Please do not reply to this message; this mailbox is not monitored.
""",
    company="Allegheny Valley Foods",
    role="Maintenance Technician II",
    notes="iCIMS receipt; the requisition number is not part of the role; no decision date.",
)

add(
    name="info-w7-school-references-certificate-two-weeks",
    kind="info_request",
    frm="Mrs Heather Lindsay <h.lindsay@kelvinsidegrammar.example.sch.uk>",
    to="Callum Reid <callum.reid.teach@example.com>",
    subject="Teacher of Chemistry - next steps",
    date=(2026, 5, 14, 16, 20, "Europe/London"),
    body="""
Dear Callum,

Thank you for visiting us on Tuesday and for the lesson you taught to 3B; the pupils were very engaged.

Before we can take your application further, please could you send me:

1. contact details for two referees, one of whom should be your current head teacher;
2. a scanned copy of your GTCS registration certificate.

It would be helpful to have these by Monday. We hope to make a final decision within two weeks.

Yours sincerely,

Heather Lindsay
Depute Head Teacher
Kelvinside Grammar School
""",
    company="Kelvinside Grammar School",
    role="Teacher of Chemistry",
    decision_by="2026-05-28",
    notes="Asks for referees and a certificate ('by Monday' is the candidate's deadline, not a decision date); 'within two weeks' from Thu 14 May gives 28 May.",
)

add(
    name="off-w7-berlin-startup-offer-reply-by",
    kind="offer",
    frm="Jonas Albrecht <jonas@kiezkraft.example.de>",
    to="Elif Demir <elif.demir@example.com>",
    subject=hdr("Your offer from Kiezkraft 🎉"),
    date=(2026, 11, 12, 17, 45, "Europe/Berlin"),
    fmt="alt",
    body="""
Hi Elif,

I'm very happy to tell you that we'd like you to join Kiezkraft as our Frontend Engineer (React Native)!

Attached is the offer letter with the details we discussed: €68,000 gross per year, 28 vacation days, a hybrid setup with two office days in Kreuzberg, and a start date of 1 February 2027 (or earlier if your notice period allows).

Please have a look and let us know by Friday 20 November whether you'd like to accept. Happy to jump on a call if anything is unclear.

Everyone you met was really excited about working with you.

Cheers,
Jonas
Head of Engineering, Kiezkraft
""",
    company="Kiezkraft",
    role="Frontend Engineer (React Native)",
    notes="Offer; 'let us know by Friday 20 November' is the candidate's deadline, so no decision date.",
)

add(
    name="can-w7-google-cancel-position-filled",
    kind="cancellation",
    frm="Tyler Brandt <tyler.brandt@riverbendmedsupply.example>",
    to="Gemma Ruiz <gemma.ruiz@example.com>",
    subject="Canceled event: Phone interview - Field Sales Representative @ Fri Oct 16, 2026 9am - 9:45am (CDT) (gemma.ruiz@example.com)",
    date=(2026, 10, 15, 15, 12, "America/Chicago"),
    body="""
Hi Gemma,

I'm sorry for the late notice, but I have to cancel our call tomorrow morning. The Field Sales Representative territory for the Quad Cities was filled this week by an internal transfer, so we're no longer interviewing for it.

I'll keep your resume on hand for the Des Moines territory, which we expect to open in the new year.

Thanks for understanding,
Tyler Brandt
Regional Sales Manager, Riverbend Medical Supply

This event has been canceled and removed from your calendar.
""",
    ics=ics(
        uid="3h7vqk2l9m0ab8c5d1e6f4g2hj@google.com",
        start="2026-10-16 09:00",
        end="2026-10-16 09:45",
        tz="America/Chicago",
        organizer=("Tyler Brandt", "tyler.brandt@riverbendmedsupply.example"),
        attendees=[("Gemma Ruiz", "gemma.ruiz@example.com")],
        summary="Phone interview - Field Sales Representative",
        method="CANCEL",
        status="CANCELLED",
        seq=1,
    ),
    ics_method="CANCEL",
    company="Riverbend Medical Supply",
    role="Field Sales Representative",
    interviewers=[
        ("Tyler Brandt", "tyler.brandt@riverbendmedsupply.example", "Regional Sales Manager")
    ],
    start="2026-10-16 09:00",
    end="2026-10-16 09:45",
    tz="America/Chicago",
    notes="Google Calendar cancellation with METHOD:CANCEL; the cancelled interview's time is kept, and, as in every other cancellation of the corpus, its interviewer (the sender, who was to hold the call). Label changed by the lead after scoring for that convention.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w7-newsletter-questions-to-ask-interviewer",
    kind="other",
    frm="Career Compass <hello@careercompass.example>",
    to="tomasz.nowak92@example.com",
    subject="7 questions to ask at the end of every interview",
    date=(2026, 10, 6, 8, 0, "America/New_York"),
    fmt="alt",
    headers="List-Unsubscribe: <https://careercompass.example/unsub?u=88f1>",
    body="""
Career Compass Weekly

"Do you have any questions for us?" Here's how to nail it.

You've made it through the interview. The hiring manager leans back and asks if you have any questions. Don't say no! Here are seven we love:

1. What does success look like in the first 90 days?
2. What's the biggest challenge the team is facing right now?
3. How do you measure performance for this role?
4. Who will I be working with most closely?
5. What's the timeline for a decision? (Then write it down and follow up a week after it passes.)
6. What do you enjoy most about working here?
7. Is there anything about my background that gives you pause?

Interview tomorrow at 10am? Read our 15-minute prep checklist.

This week's featured roles: Operations Coordinator at Brightline Co., Junior Data Analyst at Fenwick Labs.

You're receiving this because you signed up at careercompass.example. Unsubscribe.
""",
    notes="Interview-tips newsletter: interview vocabulary, 'tomorrow at 10am' and job titles, but no interview of the user.",
)

add(
    name="oth-w7-webinar-ics-technical-interview-qa",
    kind="other",
    frm="Women in Data London <events@womenindata.example.org>",
    to="Priya Raman <priya.raman@example.co.uk>",
    subject="You're registered: Cracking the data science interview - live panel, Thu 3 Dec",
    date=(2026, 11, 24, 12, 0, "Europe/London"),
    body="""
Hi Priya,

You're registered for our online panel:

Cracking the data science interview
Thursday 3 December 2026, 18:00 - 19:15 GMT

Panellists:
- Dr. Hannah Osei, Head of Data Science, Lumen Bank
- Carlos Méndez, Analytics Hiring Manager, Freshcart
- Aisha Karim, Senior Recruiter, Tech

They'll walk through a mock take-home, share what they look for in case interviews and answer your questions live. The joining link is in the attached calendar invite.

See you there!
The Women in Data London team
""",
    ics=ics(
        uid="wid-2026-12-03-interview-panel@womenindata.example.org",
        start="2026-12-03 18:00",
        end="2026-12-03 19:15",
        tz="Europe/London",
        organizer=("Women in Data London", "events@womenindata.example.org"),
        attendees=[("Priya Raman", "priya.raman@example.co.uk")],
        summary="Webinar: Cracking the data science interview",
        prodid="-//Eventbrite//Eventbrite Calendar//EN",
        location="Online (Zoom)",
    ),
    ics_style="attach",
    notes="Webinar registration with an ICS REQUEST about interviews; panellists with titles are speakers, not interviewers.",
)

add(
    name="oth-w7-greenhouse-user-is-the-interviewer",
    kind="other",
    frm="Greenhouse <no-reply@greenhouse.io>",
    to="Ben Adler <ben.adler@quillpay.example>",
    subject="Interview Scheduled: Priyanka Rao for Staff Data Scientist",
    date=(2026, 11, 25, 10, 14, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Ben,

You have been scheduled to interview Priyanka Rao for Staff Data Scientist.

Interview: Technical Deep Dive
When: Tuesday, December 1, 2026 1:00 PM - 2:00 PM PST
Where: Zoom (link in calendar invite)
Other interviewers on this loop: Wei Zhang (Hiring Manager), Olivia Grant

Please review the candidate's resume and interview kit before the interview, and submit your scorecard within 24 hours.

View interview kit: https://app.greenhouse.io/guides/88231/people/5512093

Sent by Greenhouse on behalf of Quill Pay
""",
    notes="The user works at Quill Pay and is the interviewer: a Greenhouse notice to an internal interviewer is not the user's own hiring mail.",
)

add(
    name="oth-w7-reference-call-request-for-former-colleague",
    kind="other",
    frm="Dana Whitcombe <dana.whitcombe@brightwaterenergy.example>",
    to="Jordan Avery <jordan.avery@example.net>",
    subject="Reference for Alex Kim - Program Manager",
    date=(2026, 10, 13, 9, 40, "America/Denver"),
    body="""
Hi Jordan,

Alex Kim is a finalist for our Program Manager role at Brightwater Energy and listed you as a reference from your time together at Fairway Logistics.

Would you have 15 minutes for a quick call on Thursday at 3pm Mountain? I'd ask about Alex's work on the carrier onboarding program and how they handle competing priorities. If Thursday doesn't suit, any time Friday morning works too.

Thanks so much,
Dana Whitcombe
Talent Acquisition Partner, Brightwater Energy
""",
    notes="The user is a reference for someone else: the call is about Alex Kim's candidacy, not the user's, so other.",
)

add(
    name="oth-w7-us-embassy-visa-interview-appointment",
    kind="other",
    frm="U.S. Visa Information Service <no-reply@ustraveldocs.example>",
    to="Aditi Kulkarni <aditi.kulkarni@example.in>",
    subject="Appointment Confirmation - Nonimmigrant Visa Interview",
    date=(2026, 11, 17, 14, 2, "Asia/Kolkata"),
    body="""
APPOINTMENT CONFIRMATION

Applicant: KULKARNI, ADITI
Visa Class: H-1B
Consular Post: Mumbai
Interview Date: 14 January 2027
Interview Time: 08:45 (please arrive no earlier than 15 minutes before)
Confirmation No.: 4B7Q2-MU-0093

Please bring this confirmation page, your passport, your DS-160 confirmation page and your approved I-797 petition to your interview. Electronic devices are not permitted inside the consulate.

This is an automated message. Please do not reply.
""",
    notes="A consular visa interview is a personal appointment, not a job interview, even though a job is behind it.",
)

add(
    name="oth-w7-scam-telegram-chat-interview",
    kind="other",
    frm="Amazon HR Department <amazon.hr.recruit2026@gmail.example>",
    to="Keisha Morgan <keisha.morgan@example.com>",
    subject="Remote Data Entry Clerk - Interview Invitation",
    date=(2026, 11, 19, 3, 17, "UTC"),
    body="""
Dear Applicant,

Congratulations!!! Your resume has been reviewed and you have been shortlisted for the position of Remote Data Entry Clerk ($35/hr, weekly pay, flexible hours).

Your online interview will be held via Telegram text chat with our Hiring Manager, Mr. David Collins, on Friday at 10:00am. Please download the Telegram app and message @HR_DavidCollins_AMZ to begin your interview.

After the interview successful candidates will receive a check to purchase home office equipment from our approved vendor.

Regards,
Amazon Recruitment Team
""",
    notes="Scam imitating an employer (free-mail sender, text-chat 'interview', a check for equipment): other, and the named 'hiring manager' is no interviewer.",
)

add(
    name="oth-w7-podcast-recording-interview",
    kind="other",
    frm="Lena Hoffmann <lena@buildandship.example.fm>",
    to="Sam Okafor <sam.okafor@example.com>",
    subject="Build & Ship podcast - your interview recording on Tue 17 Nov",
    date=(2026, 11, 9, 11, 5, "Europe/Berlin"),
    body="""
Hi Sam,

Thanks again for agreeing to be interviewed on Build & Ship! Here are the details for the recording:

When: Tuesday 17 November, 15:00-16:00 CET
Where: Riverside.fm studio link: https://riverside.fm/studio/buildandship
Host: me, with my co-host Marco Bianchi

We'd love to talk about how you scaled the platform team at Fernway and your take on on-call for small teams. No prep needed, but a decent microphone helps. The episode should go live early December.

Talk soon,
Lena
Host, Build & Ship
""",
    notes="A podcast interview with the user as guest: 'interview', a time and hosts, but not hiring mail.",
)
