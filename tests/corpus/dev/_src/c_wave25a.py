# ruff: noqa: E501
# Wave 25, batch A: start-ups and scale-ups worldwide (Lagos, Nairobi, Berlin, Tel Aviv, Toronto,
# São Paulo, Bangalore, Jakarta, Austin, Melbourne). Founders' short notes, agency recruiters
# presenting a client, take-home then panel, reschedules for travel and illness, nicknames,
# hyphenated and apostrophe names, a name only on a Zoom host line, an internal schedule
# forwarded whole; hard negatives of the same world (InMail digest, demo day, podcast, investor
# meeting, hackathon, a networking coffee the user set up).
from lib import add, ics
from mime import addr, vtz_eu

# ================================================================ invitations and reschedules
add(
    name="inv-w25-founder-note-nickname-lagos",
    kind="invitation",
    frm="Adaeze Nwosu <adaeze@kudipoint.example>",
    to="Tomiwa Balogun <tomiwa.balogun@example.com.ng>",
    cc="Robert Okafor <bobby@kudipoint.example>",
    subject="Kudipoint x Tomiwa",
    date=(2026, 4, 14, 8, 12, "Africa/Lagos"),
    body="""
Hi Tomiwa,

Loved your write-up on reconciling card settlements, it's exactly the mess we live in every day.

Would you be up for a proper chat about the Senior Backend Engineer role? Thursday at 3pm works on our side, 45 mins at our office in Yaba (3rd floor, 12 Herbert Macaulay Way). It'll be me and our CTO Robert "Bobby" Okafor (cc'd). Nothing to prepare, we'll mostly talk through systems you've built.

If Thursday is bad just reply with a time that works.

Adaeze

--
Adaeze Nwosu
CEO & Co-founder, Kudipoint
Sent from my iPhone
""",
    company="Kudipoint",
    role="Senior Backend Engineer",
    interviewers=[
        ("Adaeze Nwosu", "adaeze@kudipoint.example", "CEO & Co-founder"),
        ("Robert Okafor", "bobby@kudipoint.example", "CTO"),
    ],
    start="2026-04-16 15:00",
    end="2026-04-16 15:45",
    tz="Africa/Lagos",
    notes="Founder's short note: she ('it'll be me') and the CTO interview. The nickname in quotes is dropped; the Cc header gives 'Robert Okafor' and his address. 'Thursday' against a Tuesday Date is Apr 16; no zone given, sender's zone WAT.",
)

add(
    name="inv-w25-agency-presents-client-linkedin-nairobi",
    kind="invitation",
    frm="Wanjiru Kamau <wanjiru.kamau@talentbridge-ea.example>",
    to="Kevin Mutua <kevin.mutua@example.co.ke>",
    subject="Interview confirmed: Product Designer at Shamba Pay",
    date=(2026, 5, 18, 9, 30, "Africa/Nairobi"),
    fmt="alt",
    body="""
Hi Kevin,

Great news, Shamba Pay would like to meet you for the Product Designer role we discussed!

Date: Wednesday 20th May 2026
Time: 10:00am - 11:00am (EAT)
Format: Google Meet (link to follow from their side)

You'll be meeting:
- Achieng Otieno, Head of Design - https://www.linkedin.com/in/achieng-otieno-design/
- Brian Mwangi, Senior Product Designer - https://www.linkedin.com/in/brianmwangi/

They'll want you to walk through one case study end to end (about 20 minutes), so pick the mobile money onboarding project if you can. Do have a look at their profiles beforehand.

I'll give you a call afterwards to hear how it went and pass on any feedback from the client.

Kind regards,
Wanjiru Kamau
Senior Consultant, Tech & Product
TalentBridge East Africa | Westlands, Nairobi
+254 700 000 123
""",
    company="Shamba Pay",
    role="Product Designer",
    interviewers=[
        ("Achieng Otieno", None, "Head of Design"),
        ("Brian Mwangi", None, "Senior Product Designer"),
    ],
    start="2026-05-20 10:00",
    end="2026-05-20 11:00",
    tz="Africa/Nairobi",
    notes="Agency recruiter presents the client: the company is Shamba Pay, not TalentBridge; the consultant only calls afterwards. Interviewers introduced with LinkedIn links.",
)

ICS_VOLTWERK = ics(
    uid="gh-int-8841207-voltwerk@greenhouse.io",
    start="2026-06-24 13:00",
    end="2026-06-24 15:00",
    tz="Europe/Berlin",
    vtz=vtz_eu("Europe/Berlin", "+0100", "+0200", "CET", "CEST"),
    prodid="-//Greenhouse Software//Greenhouse Calendar//EN",
    organizer=("Katarina Vogel", "katarina.vogel@voltwerk.example"),
    attendees=[
        ("Jonas Becker", "jonas.becker@voltwerk.example"),
        ("Ayşe Demir", "ayse.demir@voltwerk.example"),
        ("Nora Lindqvist", "nora.lindqvist@voltwerk.example"),
        ("Elif Arslan", "elif.arslan@example.de"),
    ],
    summary="Voltwerk: Virtual Onsite - Elif Arslan (Senior Firmware Engineer)",
    desc="Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Voltwerk\nSchedule:\n13:00 Jonas Becker\n13:45 Ayşe Demir\n14:30 Nora Lindqvist",
    stamp="20260619T090500Z",
)
add(
    name="inv-w25-greenhouse-loop-ics-berlin",
    kind="invitation",
    frm="Voltwerk Recruiting <no-reply@greenhouse-mail.io>",
    reply_to="Katarina Vogel <katarina.vogel@voltwerk.example>",
    to=addr("Elif Arslan", "elif.arslan@example.de"),
    subject="Your virtual onsite with Voltwerk - Senior Firmware Engineer",
    date=(2026, 6, 19, 11, 5, "Europe/Berlin"),
    ics=ICS_VOLTWERK,
    ics_style="attach",
    body="""
Hi Elif,

Thanks for making time for the next stage of the process for the Senior Firmware Engineer role at Voltwerk. Your virtual onsite is confirmed:

Wednesday, June 24, 2026
1:00 PM - 3:00 PM CEST (Europe/Berlin)

1:00 PM - 1:45 PM  Embedded systems deep dive  - Jonas Becker, Firmware Lead
1:45 PM - 2:30 PM  Hardware/firmware interface - Ayşe Demir, Hardware Engineer
2:30 PM - 3:00 PM  Conversation with leadership - Nora Lindqvist, VP Engineering

A calendar invitation is attached. The Microsoft Teams link is in the invite.

If you need to reschedule, simply reply to this email.

Best,
Katarina Vogel
Recruiting Coordinator, Voltwerk

Powered by Greenhouse
""",
    company="Voltwerk",
    role="Senior Firmware Engineer",
    interviewers=[
        ("Jonas Becker", "jonas.becker@voltwerk.example", "Firmware Lead"),
        ("Ayşe Demir", "ayse.demir@voltwerk.example", "Hardware Engineer"),
        ("Nora Lindqvist", "nora.lindqvist@voltwerk.example", "VP Engineering"),
    ],
    start="2026-06-24 13:00",
    end="2026-06-24 15:00",
    tz="Europe/Berlin",
    notes="Greenhouse loop with a per-slot schedule; emails from the ICS attendees (the candidate is an attendee too). The coordinator organises and signs but does not interview. Date header stamped in UTC by Greenhouse.",
)

add(
    name="res-w25-interviewer-ill-replaced-telaviv",
    kind="reschedule",
    frm="Noa Levi <noa@tavor-ai.example>",
    to="Daniel Abergel <daniel.abergel@example.co.il>",
    subject="Change to your interview tomorrow - Tavor AI",
    date=(2026, 3, 15, 9, 0, "Asia/Jerusalem"),
    body="""
Hi Daniel,

Unfortunately Eitan came down with the flu and won't be able to do tomorrow's (Monday) technical interview. Rather than wait for him, we've moved you to Wednesday, March 18 at 14:00-15:00 Israel time, with Yael Ben-David, our Director of ML, who is also on the hiring committee for the Machine Learning Engineer position.

Same Zoom link as before. Sorry for the shuffle, and let me know if Wednesday is a problem.

Thanks,
Noa Levi
Talent Acquisition | Tavor AI
Tel Aviv
""",
    company="Tavor AI",
    role="Machine Learning Engineer",
    interviewers=[("Yael Ben-David", None, "Director of ML")],
    start="2026-03-18 14:00",
    end="2026-03-18 15:00",
    tz="Asia/Jerusalem",
    notes="Interviewer ill: Eitan is replaced and is not an interviewer; only Yael Ben-David (hyphenated surname). Sent on a Sunday (a workday in Israel). Israel's DST starts Mar 27, so +02:00.",
)

add(
    name="inv-w25-takehome-then-panel-toronto",
    kind="invitation",
    frm="Marcus Chen <marcus@northlit.example>",
    to="Priya Natarajan <priya.natarajan@example.ca>",
    subject="Take-home review + next step (Northlit Health)",
    date=(2026, 10, 8, 16, 40, "America/Toronto"),
    fmt="qp",
    body="""
Hi Priya,

Thanks for sending the take-home back so quickly. The team really liked how you handled offline sync and conflict resolution — we'd love to bring you in for the final panel for the Full-Stack Developer role.

Proposed: Tuesday, October 13 (Monday is Thanksgiving), 10:00 a.m. to 12:00 p.m. ET, at our office at 215 Spadina Ave, Suite 400.

On the panel:
  * me (Engineering Manager)
  * Marie-Claude Gagnon, Senior Developer (she'll go through your take-home with you)
  * Liam O'Brien, Product Lead

Dana, our office manager, will meet you at the front door and sort out a visitor badge. Lunch is on us afterwards if you have time.

Does that work?

Marcus Chen
Engineering Manager, Northlit Health
""",
    company="Northlit Health",
    role="Full-Stack Developer",
    interviewers=[
        ("Marcus Chen", "marcus@northlit.example", "Engineering Manager"),
        ("Marie-Claude Gagnon", None, "Senior Developer"),
        ("Liam O'Brien", None, "Product Lead"),
    ],
    start="2026-10-13 10:00",
    end="2026-10-13 12:00",
    tz="America/Toronto",
    notes="Take-home then panel. The sender lists 'me' on the panel; hyphenated and apostrophe names. Dana (office manager) only meets the candidate at the door. EDT.",
)

ICS_TRILHA = ics(
    uid="c9f1e0a2-7b44-4d1e-9a3c-3f2d8e51b6aa@calendly.com",
    start="2026-07-07 14:00",
    end="2026-07-07 14:30",
    tz="America/Sao_Paulo",
    utc=True,
    prodid="-//Calendly//Calendly//EN",
    organizer=("Camila Rocha", "camila.rocha@trilha.example"),
    attendees=[("João Pereira", "joao.pereira@example.com.br")],
    summary="Conversa inicial - 30 min entre Camila Rocha e João Pereira",
    desc="Bate-papo inicial sobre a vaga de Analista de Dados Sênior na Trilha.",
    location="https://meet.google.com/tri-lhav-aga",
    stamp="20260703T222200Z",
)
add(
    name="inv-w25-calendly-recruiter-screen-saopaulo",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    to=addr("João Pereira", "joao.pereira@example.com.br"),
    subject="Confirmed: Conversa inicial - 30 min with Camila Rocha on Tuesday, July 7, 2026",
    date=(2026, 7, 3, 19, 22, "America/Sao_Paulo"),
    fmt="alt",
    ics=ICS_TRILHA,
    ics_style="attach",
    body="""
Hi João Pereira,

A new event has been scheduled.

Event Type:
Conversa inicial - 30 min

Event Host:
Camila Rocha

Event Date/Time:
14:00 - 14:30 (Horário de Brasília), Tuesday, July 7, 2026

Location:
This is a Google Meet web conference.
https://meet.google.com/tri-lhav-aga

Description:
Bate-papo inicial sobre a vaga de Analista de Dados Sênior na Trilha. Camila Rocha, Tech Recruiter.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/c9f1e0a2
Reschedule: https://calendly.com/reschedulings/c9f1e0a2

Powered by Calendly.com
""",
    company="Trilha",
    role="Analista de Dados Sênior",
    interviewers=[("Camila Rocha", "camila.rocha@trilha.example", "Tech Recruiter")],
    start="2026-07-07 14:00",
    end="2026-07-07 14:30",
    tz="America/Sao_Paulo",
    notes="Calendly confirmation of a recruiter screen: the host who runs the screen is the interviewer. ICS in UTC; Brasília has no DST (-03:00). Calendly is the tool, not the company.",
)

add(
    name="inv-w25-zoom-host-line-only-bangalore",
    kind="invitation",
    frm="Koshika Talent Team <careers@koshika.example>",
    to="Arjun Menon <arjun.menon@example.in>",
    subject="Koshika | SDE-2 (Platform) - Technical Round scheduled",
    date=(2026, 8, 10, 11, 0, "Asia/Kolkata"),
    body="""
Dear Arjun,

Greetings from Koshika!

Your technical round for the SDE-2 (Platform) position has been scheduled as below.

Date: Wednesday, 12 Aug 2026
Time: 4:00 PM - 5:00 PM IST
Mode: Zoom (video on, please keep a notebook handy)

-------- Meeting details --------
Priya Raghunathan is inviting you to a scheduled Zoom meeting.

Topic: Koshika | SDE-2 Technical Round
Time: Aug 12, 2026 04:00 PM India

Join Zoom Meeting
https://koshika.zoom.us/j/81234567890?pwd=Zk9sY2hpa2E

Meeting ID: 812 3456 7890
Passcode: 441920
----------------------------------

Please join 5 minutes early. For any queries reply to this mail.

Regards,
Talent Acquisition Team
Koshika Technologies Pvt. Ltd., HSR Layout, Bengaluru
""",
    company="Koshika",
    role="SDE-2 (Platform)",
    interviewers=[("Priya Raghunathan", None, None)],
    start="2026-08-12 16:00",
    end="2026-08-12 17:00",
    tz="Asia/Kolkata",
    notes="The interviewer appears only in the pasted Zoom invitation's host line ('... is inviting you to a scheduled Zoom meeting'); the sender is a team mailbox.",
)

add(
    name="inv-w25-first-name-only-dot-times-jakarta",
    kind="invitation",
    frm="Rizky Hidayat <rizky.hidayat@gudangkita.example>",
    to="Sarah Wijaya <sarah.wijaya@example.co.id>",
    subject="Undangan interview - Senior Android Engineer, Gudangkita",
    date=(2026, 9, 1, 10, 15, "Asia/Jakarta"),
    fmt="alt",
    body="""
Hi Sarah,

Terima kasih sudah apply ke Gudangkita! After reviewing your profile we'd like to invite you to a technical interview for the Senior Android Engineer role.

Hari/tanggal: Kamis, 3 September 2026
Waktu: 13.00 - 14.00 WIB
Link: https://meet.google.com/gdk-andr-oid

You'll be talking with Dimas, our Android lead. He'll ask about Kotlin coroutines, offline-first apps and one project you're proud of.

Please confirm your attendance by replying to this email 🙏

Salam,
Rizky Hidayat
HR & People Ops, Gudangkita
""",
    company="Gudangkita",
    role="Senior Android Engineer",
    interviewers=[("Dimas", None, "Android lead")],
    start="2026-09-03 13:00",
    end="2026-09-03 14:00",
    tz="Asia/Jakarta",
    notes="Indonesian/English mix with dot times (13.00 WIB). The interviewer is named by first name only and nothing else gives his surname, so the label is 'Dimas'. The HR sender only schedules.",
)

add(
    name="res-w25-flight-cancelled-hm-austin",
    kind="reschedule",
    frm="Tyler Brooks <tyler.brooks@pecanrobotics.example>",
    to="Maya Castillo <maya.castillo@example.com>",
    subject="Re: Pecan Robotics - Controls Engineer interview",
    date=(2026, 11, 2, 7, 45, "America/Chicago"),
    in_reply_to="<a51c.77e0@pecanrobotics.example>",
    body="""
Hi Maya,

Bad news, my flight back from Denver got cancelled and I won't be in Austin until Wednesday night. Could we move our Tuesday 2pm to Thursday (Nov 5) at 11:30am CT instead? Same Zoom link, still 45 minutes.

Really sorry about the late change.

Cheers, T

Tyler Brooks
Director of Controls Engineering | Pecan Robotics

On Wed, Oct 28, 2026 at 3:02 PM Grace Kim <grace.kim@pecanrobotics.example> wrote:
> Hi Maya,
>
> You're confirmed for Tuesday, November 3 at 2:00 PM CT with Tyler Brooks, our Director of Controls Engineering, for the Controls Engineer role. Zoom: https://pecanrobotics.zoom.us/j/9911223344
>
> Thanks!
> Grace Kim
> Recruiting Coordinator
""",
    company="Pecan Robotics",
    role="Controls Engineer",
    interviewers=[
        ("Tyler Brooks", "tyler.brooks@pecanrobotics.example", "Director of Controls Engineering")
    ],
    start="2026-11-05 11:30",
    end="2026-11-05 12:15",
    tz="America/Chicago",
    notes="Hiring manager moves his own interview for travel; signs 'Cheers, T' then a full signature. The quoted coordinator (Grace Kim) only scheduled; the old Tuesday time is quoted. DST ended Nov 1: CST.",
)

add(
    name="inv-w25-internal-schedule-forwarded-melbourne",
    kind="invitation",
    frm="Sophie Tran <sophie.tran@koalaledger.example>",
    to="Alex Morgan <alex.morgan@example.com.au>",
    subject="FW: Final round schedule - Senior Product Manager",
    date=(2026, 2, 25, 17, 30, "Australia/Melbourne"),
    body="""
Hi Alex,

See below for your final round details - looking forward to having you in!

Sophie

Sophie Tran | Talent Coordinator | Koala Ledger

-----Original Message-----
From: Sophie Tran
Sent: Wednesday, 25 February 2026 4:58 PM
To: Hamish McAllister; Aroha Ngata; Ben Whitfield; Ruth Castellano
Subject: Final round schedule - Senior Product Manager

Hi all, final rounds for the Senior Product Manager role, both at Level 4, 120 Collins St:

Alex Morgan - Tuesday 3 March, 9:30-10:30am
  Panel: Hamish McAllister (Head of Product), Aroha Ngata (Design Director)

Jordan Kells - Wednesday 4 March, 2:00-3:00pm
  Panel: Ben Whitfield (CFO), Ruth Castellano (Engineering Lead)

Scorecards in Lever by end of day please.

Thanks!
Sophie
""",
    company="Koala Ledger",
    role="Senior Product Manager",
    interviewers=[
        ("Hamish McAllister", None, "Head of Product"),
        ("Aroha Ngata", None, "Design Director"),
    ],
    start="2026-03-03 09:30",
    end="2026-03-03 10:30",
    tz="Australia/Melbourne",
    notes="An internal schedule forwarded whole: it also holds another candidate's slot and panel, who are not the user's interviewers. Only Alex's own line counts. AEDT (+11:00).",
)

add(
    name="inv-w25-lever-self-schedule-berlin",
    kind="invitation",
    frm="Ines Carvalho <no-reply@hire.lever.co>",
    reply_to="ines.carvalho@fahrwerk.example",
    to="Sam Okonkwo <sam.okonkwo@example.org>",
    subject="Schedule your interview with Fahrwerk Mobility",
    date=(2026, 4, 22, 14, 10, "Europe/Berlin"),
    fmt="alt",
    body="""
Hi Sam,

Thanks again for your interest in the Data Platform Engineer role at Fahrwerk Mobility!

Next up is a 45-minute conversation with Jakob Wiśniewski, Engineering Manager for our data platform team. Please pick a time that suits you using the link below:

https://hire.lever.co/interviews/schedule/7e2b9d41-fahrwerk

All times are shown in your local time zone. If none of the slots work, just reply here and I'll sort something out.

Best,
Ines Carvalho
Talent Acquisition, Fahrwerk Mobility
""",
    company="Fahrwerk Mobility",
    role="Data Platform Engineer",
    interviewers=[("Jakob Wiśniewski", None, "Engineering Manager")],
    notes="Lever self-scheduling link: an invitation with no time yet. The named manager will interview; the talent acquisition sender only schedules. Date stamped in UTC by Lever.",
)

WORKDAY_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#0b3954;padding:16px;color:#fff;font-size:18px">Lumen Freight Careers</td></tr>
<tr><td style="padding:20px">
<p>Hello Olivia,</p>
<p>An interview has been scheduled for you for <b>Operations Analyst</b> (R-10442).</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td><b>Interview</b></td><td>Hiring Manager Interview</td></tr>
<tr><td><b>Date</b></td><td>Monday, June 15, 2026</td></tr>
<tr><td><b>Time</b></td><td>9:00 AM - 9:45 AM Eastern Time</td></tr>
<tr><td><b>Interviewer</b></td><td>Deepa Raman, Director, Network Operations</td></tr>
<tr><td><b>Location</b></td><td>Microsoft Teams (link in calendar invitation)</td></tr>
</table>
<p>If you have any questions, please contact your recruiter, Kelsey Moore, at kelsey.moore@lumenfreight.example.</p>
<p>Thank you,<br>Lumen Freight Talent Acquisition</p>
<p style="font-size:11px;color:#888">This email was sent by Workday on behalf of Lumen Freight. Please do not reply to this message.</p>
</td></tr></table></body></html>
"""
add(
    name="inv-w25-workday-html-only-toronto",
    kind="invitation",
    frm="Lumen Freight <lumenfreight@myworkday.com>",
    to="Olivia Brenner <olivia.brenner@example.ca>",
    subject="Interview Scheduled: Operations Analyst (R-10442)",
    date=(2026, 6, 10, 13, 2, "America/Toronto"),
    fmt="html",
    html=WORKDAY_HTML,
    company="Lumen Freight",
    role="Operations Analyst",
    interviewers=[("Deepa Raman", None, "Director, Network Operations")],
    start="2026-06-15 09:00",
    end="2026-06-15 09:45",
    tz="America/Toronto",
    notes="Workday HTML-only table; requisition number dropped from the role. The recruiter named as a contact does not interview. EDT.",
)

# ================================================================ outcomes
add(
    name="nxt-w25-after-panel-next-wednesday-nairobi",
    kind="next_steps",
    frm="Otieno Ouma <otieno@mkulimadata.example>",
    to="Faith Njeri <faith.njeri@example.co.ke>",
    subject="Thank you + timeline",
    date=(2026, 5, 29, 16, 5, "Africa/Nairobi"),
    body="""
Hi Faith,

Thank you for spending the afternoon with us yesterday. The team enjoyed the session, especially the discussion on the soil-moisture dashboards.

We're seeing one more candidate for the Data Analyst role on Tuesday and will make a decision by Wednesday next week. I'll reach out either way.

Have a great weekend,
Otieno
Co-founder & COO, Mkulima Data
""",
    company="Mkulima Data",
    role="Data Analyst",
    decision_by="2026-06-03",
    notes="Founder's status after the panel; 'by Wednesday next week' from Friday May 29 is Jun 3.",
)

add(
    name="rej-w25-ashby-founder-signed-jakarta",
    kind="rejection",
    frm="Kopi Labs <no-reply@ashbyhq.com>",
    reply_to="hiring@kopilabs.example",
    to="Bagus Santoso <bagus.santoso@example.co.id>",
    subject="Your application to Kopi Labs",
    date=(2026, 7, 20, 18, 40, "Asia/Jakarta"),
    fmt="alt",
    body="""
Hi Bagus,

Thank you for taking the time to interview for the Growth Marketing Lead role at Kopi Labs, and for the thoughtful campaign teardown you prepared.

After a lot of discussion we've decided to move forward with another candidate whose experience is closer to our B2B focus right now. This was a hard call.

We'd love to stay in touch as we grow, and we'll keep your details on file.

Warmly,
Putri Anggraini
Founder, Kopi Labs
""",
    company="Kopi Labs",
    role="Growth Marketing Lead",
    notes="Ashby rejection after interviews, signed by the founder. No interview, no decision date.",
)

# ================================================================ hard negatives
add(
    name="oth-w25-linkedin-inmail-digest",
    kind="other",
    frm="LinkedIn <inmail-hit-reply@linkedin.com>",
    to="Chinedu Obi <chinedu.obi@example.com>",
    subject="Chinedu, you have 3 new InMail messages",
    date=(2026, 3, 9, 7, 0, "Africa/Lagos"),
    fmt="alt",
    body="""
You have 3 new messages

Ngozi Eze
Talent Partner at Moniepoint
"Hi Chinedu, are you open to a quick chat about a Staff Engineer opening on our payments team? Interviews would be..."
View message: https://www.linkedin.com/messaging/thread/2-ABC

Daniel Fischer
Recruiter at N26
"Hallo Chinedu, I came across your profile and think you'd be a great fit for..."
View message: https://www.linkedin.com/messaging/thread/2-DEF

Aisha Bello
Founder at Stealth Startup
"Would love to get 20 minutes on your calendar next week to tell you about what we're building..."
View message: https://www.linkedin.com/messaging/thread/2-GHI

You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/e/v2?e=unsub
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
""",
    notes="InMail digest: recruiters fishing, truncated teasers mentioning interviews and calls; no interview is arranged. Other.",
)

ICS_DEMO_DAY = ics(
    uid="demoday-2026-cohort7@savannahventures.example",
    start="2026-06-11 17:00",
    end="2026-06-11 20:00",
    tz="Africa/Nairobi",
    organizer=("Savannah Ventures", "events@savannahventures.example"),
    attendees=[("Kevin Mutua", "kevin.mutua@example.co.ke")],
    summary="Savannah Ventures Demo Day - Cohort 7",
    desc="Ten founders pitch. Panel Q&A with Lilian Wambui (Partner) and Samuel Kiprop (Principal). Drinks after.",
    location="iHub, Bishop Magua Centre, Ngong Road, Nairobi",
    stamp="20260528T060000Z",
)
add(
    name="oth-w25-demo-day-ics-nairobi",
    kind="other",
    frm="Savannah Ventures <events@savannahventures.example>",
    to="Kevin Mutua <kevin.mutua@example.co.ke>",
    subject="You're invited: Savannah Ventures Demo Day, Cohort 7 🚀",
    date=(2026, 5, 28, 9, 0, "Africa/Nairobi"),
    ics=ICS_DEMO_DAY,
    ics_style="google",
    body="""
Hi Kevin,

You're invited to Demo Day for Cohort 7 of the Savannah Ventures accelerator!

Thursday 11 June, 5pm - 8pm EAT
iHub, Bishop Magua Centre, Ngong Road

Ten founders will pitch, followed by a panel Q&A with our partners Lilian Wambui and Samuel Kiprop. Several of the companies are hiring, so bring your CV if you're curious.

The calendar invite is attached. Please RSVP so we can plan catering.

See you there,
The Savannah Ventures team
""",
    notes="Accelerator demo day with an ICS REQUEST and named panelists; 'hiring' and 'bring your CV' but no interview. Other.",
)

add(
    name="oth-w25-podcast-interview-request-bangalore",
    kind="other",
    frm="Ananya Iyer <ananya@buildinblr.example>",
    to="Arjun Menon <arjun.menon@example.in>",
    subject="Interview for Build in Bangalore podcast?",
    date=(2026, 8, 18, 19, 45, "Asia/Kolkata"),
    body="""
Hey Arjun,

I host Build in Bangalore, a podcast about engineers at Indian startups (we've had folks from Razorpay, Zerodha and CRED). Your talk at the Kubernetes meetup on multi-tenant clusters was brilliant, and I'd love to interview you for an episode.

Recording is remote, about 50 minutes, any weekday evening after 7pm IST that suits you. My co-host Rohan Kulkarni would join too. No prep needed beyond a decent mic.

Would you be up for it?

Cheers,
Ananya
""",
    notes="A podcast 'interview' of the user: not hiring. Other.",
)

add(
    name="oth-w25-investor-partner-meeting-telaviv",
    kind="other",
    frm="Shira Katz <shira@galilcapital.example>",
    to="Daniel Abergel <daniel.abergel@example.co.il>",
    subject="Partner meeting - Thursday",
    date=(2026, 4, 5, 11, 20, "Asia/Jerusalem"),
    body="""
Hi Daniel,

Thanks for the deck and the data room access. Following our first call, I'd like you to meet the partnership.

Thursday, April 9 at 16:00, our office at Rothschild Blvd 22, 11th floor. You'll present to Amir Peretz and Michal Golan (Managing Partners) for about 45 minutes, then Q&A. Please bring the updated cohort retention numbers.

Best,
Shira Katz
Principal, Galil Capital
""",
    notes="A VC partner meeting for the user's own start-up: a meeting with names and a time, but the user is pitching, not interviewing for a job. Other.",
)

add(
    name="oth-w25-hackathon-invite-saopaulo",
    kind="other",
    frm="Hackathon Paulista <contato@hackpaulista.example>",
    to=addr("João Pereira", "joao.pereira@example.com.br"),
    subject="Inscrição confirmada: Hackathon Paulista 2026 — 15 e 16 de agosto",
    date=(2026, 7, 30, 10, 0, "America/Sao_Paulo"),
    fmt="b64",
    body="""
Olá João,

Sua inscrição no Hackathon Paulista 2026 está confirmada!

Quando: 15 e 16 de agosto (sábado e domingo), abertura às 9h
Onde: Cubo Itaú, Rua Casa do Ator 919, Vila Olímpia, São Paulo

Os mentores incluem Fernanda Alves (CTO da Pagali) e Thiago Nunes (Head de Produto da Rotina). As empresas patrocinadoras estarão recrutando: os melhores times ganham entrevistas rápidas com os times técnicos.

Traga seu notebook, carregador e muita energia. 🚀

Equipe Hackathon Paulista
""",
    notes="Hackathon registration in Portuguese: mentors named, sponsors 'recruiting' and prize 'interviews', but nothing for the user is scheduled. Other.",
)

add(
    name="oth-w25-networking-coffee-user-initiated-melbourne",
    kind="other",
    frm="Ruby Walsh <ruby@brollysupply.example>",
    to="Alex Morgan <alex.morgan@example.com.au>",
    subject="Re: Coffee?",
    date=(2026, 3, 10, 12, 15, "Australia/Melbourne"),
    in_reply_to="<CAF7x9q@mail.example.com.au>",
    body="""
Hey Alex!

Of course, happy to. Thursday 8:30 at Market Lane on Collins St? I'm not hiring right now (sadly) but very happy to tell you what it's been like going from Atlassian to a 12-person startup, and I can intro you to a couple of founders who might be.

Ruby

On Mon, 9 Mar 2026 at 21:04, Alex Morgan <alex.morgan@example.com.au> wrote:
> Hi Ruby, long time! I'm starting to look around for product roles at smaller companies and would love to pick your brain over coffee sometime this week if you're free. My shout.
> Alex
""",
    notes="A networking coffee the user asked for; the other person says she is not hiring. A time and a place but no interview. Other.",
)
