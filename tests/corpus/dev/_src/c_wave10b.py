# ruff: noqa: E501
# Wave 10, batch B (20 messages, names carry "-w10-"): the same voice as batch A -- self-scheduling
# links, onsite agendas with a lunch buddy, coordinators who copy the panel, a take-home with a
# booked review, relative days across the Australian DST change, Google and Outlook updates and
# cancellations -- and negatives: the user as a reference, a podcast booking, a tips newsletter,
# a scam wearing a real employer's name, a consular "interview", a friend's forwarded schedule.
from lib import add, ics, vtz_fixed
from mime import addr, vtz_outlook_eu, vtz_outlook_us

# ================================================================ invitations and reschedules
add(
    name="inv-w10-greenhouse-self-schedule-link-panel-nyc",
    kind="invitation",
    frm="Ethan Wright <no-reply@greenhouse-mail.io>",
    reply_to="Ethan Wright <ethan.wright@ledgerlane.example>",
    to="Ava Goldstein <ava.goldstein@example.com>",
    subject="Ledgerlane - schedule your portfolio presentation",
    date=(2026, 11, 20, 13, 45, "America/New_York"),
    fmt="alt",
    body="""
Hi Ava,

Thanks for your patience while the team reviewed your work. We'd love to invite you to the next stage for the Product Designer, Mobile role: a 60-minute portfolio presentation with Sofia Marquez (Product Design Manager) and Kai Tanaka (Staff Product Designer).

Please pick a time that works for you using the link below. Slots are open from Monday, November 30 through Friday, December 4.

Select a time: https://app.greenhouse.example/scheduling/self_schedule/8f1c2d7a

Plan for about 35 minutes presenting one or two projects and 25 minutes of questions. The session is on Google Meet; the link will be in your calendar confirmation.

Best,
Ethan Wright
Recruiter, Ledgerlane
""",
    company="Ledgerlane",
    role="Product Designer, Mobile",
    interviewers=[
        ("Sofia Marquez", None, "Product Design Manager"),
        ("Kai Tanaka", None, "Staff Product Designer"),
    ],
    notes="Greenhouse self-scheduling link: an invitation with named interviewers but no time yet. The recruiter sends the link and does not present to the panel.",
)

_zr = "zephyrretail.example"
add(
    name="inv-w10-outlook-ist-onsite-lunch-buddy-bengaluru",
    kind="invitation",
    frm=f"Ritu Sharma <ritu.sharma@{_zr}>",
    to="Aditya Rao <aditya.rao@example.in>",
    subject="Onsite interview schedule - Senior Android Engineer - 17 Nov",
    date=(2026, 11, 11, 16, 35, "Asia/Kolkata"),
    body="""
Hi Aditya,

Greetings from Zephyr Retail Technologies!

Please find below your onsite interview schedule for the Senior Android Engineer position on Tuesday, 17 November 2026 at our Bengaluru office (Prestige Tech Park, Tower B, 6th floor, Marathahalli - Sarjapur Outer Ring Road). Kindly carry a government photo ID and reach by 9:45 AM.

10:00 - 11:00   DSA round - Vikram Iyer, SDE III
11:15 - 12:15   Android architecture - Meenakshi Sundaram, Principal Engineer
12:15 - 13:00   Lunch with Karthik from the Android team (informal, not an interview)
13:00 - 13:45   Hiring manager round - Ankit Verma, Engineering Manager

All timings are IST. A calendar invite is attached for your reference. Please bring your laptop for the architecture round.

Regards,
Ritu Sharma
Talent Acquisition | Zephyr Retail Technologies
+91 80 4719 2200
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E008000000004F7E2D9A0C75DD01000000000000000010000000C1D3",
        start="2026-11-17 10:00",
        end="2026-11-17 13:45",
        tz="Asia/Kolkata",
        tzid="India Standard Time",
        vtz=vtz_fixed("India Standard Time", "+0530", "IST"),
        organizer=("Ritu Sharma", f"ritu.sharma@{_zr}"),
        attendees=[
            ("Aditya Rao", "aditya.rao@example.in"),
            ("Vikram Iyer", f"vikram.iyer@{_zr}"),
            ("Meenakshi Sundaram", f"meenakshi.s@{_zr}"),
            ("Ankit Verma", f"ankit.verma@{_zr}"),
        ],
        summary="Onsite Interview - Aditya Rao - Senior Android Engineer",
        prodid="Microsoft Exchange Server 2010",
        location="BLR Tower B 6F - Kaveri",
        stamp="20261111T110500Z",
    ),
    ics_style="outlook",
    company="Zephyr Retail Technologies",
    role="Senior Android Engineer",
    interviewers=[
        ("Vikram Iyer", f"vikram.iyer@{_zr}", "SDE III"),
        ("Meenakshi Sundaram", f"meenakshi.s@{_zr}", "Principal Engineer"),
        ("Ankit Verma", f"ankit.verma@{_zr}", "Engineering Manager"),
    ],
    start="2026-11-17 10:00",
    end="2026-11-17 13:45",
    tz="Asia/Kolkata",
    notes="Onsite agenda with a lunch buddy stated to be 'not an interview' (Karthik is not an interviewer); the TA coordinator only schedules. Outlook 'India Standard Time' ICS.",
)

add(
    name="rsc-w10-recruiter-moves-screen-next-monday-pt-from-denver",
    kind="reschedule",
    frm="Megan Foley <megan.foley@trailheadanalytics.example>",
    to="Chris Dalton <chris.dalton@example.com>",
    subject="Re: Analytics Engineer - intro call Friday",
    date=(2026, 11, 12, 14, 20, "America/Denver"),
    in_reply_to="<CAF3x9-chris-push@mail.example.com>",
    fmt="alt",
    body="""
Of course, no worries at all! I've moved our call to next Monday at 9:30 PT. I'll call you on (415) 555-0142 like before, still about 30 minutes.

Talk soon,
Megan

Megan Foley
Senior Recruiter | Trailhead Analytics

On Thu, Nov 12, 2026 at 12:02 PM Chris Dalton <chris.dalton@example.com> wrote:
> Hi Megan,
> Something came up on Friday morning. Would it be possible to push our call to early next week?
> Thanks, Chris
>
> On Mon, Nov 9, 2026 at 3:41 PM Megan Foley <megan.foley@trailheadanalytics.example> wrote:
>> Hi Chris, thanks for applying for the Analytics Engineer role! Does Friday 11/13 at 11 am MT work for a 30 minute phone screen with me?
""",
    company="Trailhead Analytics",
    role="Analytics Engineer",
    interviewers=[
        ("Megan Foley", "megan.foley@trailheadanalytics.example", "Senior Recruiter"),
    ],
    start="2026-11-16 09:30",
    end="2026-11-16 10:00",
    tz="America/Los_Angeles",
    notes="Candidate asked to move; the recruiter who runs the phone screen moves it to 'next Monday at 9:30 PT' (Nov 16) -- the zone named is Pacific though she writes from Denver. The quoted Friday 11 am MT slot is superseded.",
)

add(
    name="inv-w10-hm-phone-thu-3pm-across-aus-dst-melbourne",
    kind="invitation",
    frm="Rob Kowalski <rob.kowalski@quokkapay.example>",
    to="Tom Fletcher <tom.fletcher@example.com.au>",
    subject="Re: Senior iOS Engineer - Quokka Pay",
    date=(2026, 10, 2, 17, 48, "Australia/Melbourne"),
    in_reply_to="<SY4P282MB-tomf-2210@example.com.au>",
    body="""
Hi Tom - can you do Thu 3pm for 30 mins w/ me + Priyanka from product? I'll send an invite.

Rob

Get Outlook for iOS

________________________________
From: Tom Fletcher <tom.fletcher@example.com.au>
Sent: Friday, October 2, 2026 2:10 PM
To: Rob Kowalski <rob.kowalski@quokkapay.example>
Subject: Senior iOS Engineer - Quokka Pay

Hi Rob,

Ellie from your talent team suggested I get in touch with you directly about the Senior iOS Engineer role. I've attached my CV; happy to chat whenever suits.

Cheers,
Tom
""",
    company="Quokka Pay",
    role="Senior iOS Engineer",
    interviewers=[
        ("Rob Kowalski", "rob.kowalski@quokkapay.example", None),
        ("Priyanka", None, None),
    ],
    start="2026-10-08 15:00",
    end="2026-10-08 15:30",
    tz="Australia/Melbourne",
    notes="Hiring manager from his phone: 'Thu 3pm' after Friday Oct 2 is Thu Oct 8, after Victoria's DST start (Oct 4), so AEDT +11:00 though sent at +10:00. 'Priyanka from product' is named only by first name. Ellie (talent team) is in quoted mail only.",
)

add(
    name="inv-w10-smartrecruiters-surname-comma-ics-utc-singapore",
    kind="invitation",
    frm="Mercato Asia <noreply@smartrecruiters.com>",
    reply_to="Nur Aisyah <nur.aisyah@mercato-asia.example>",
    to="Marcus Tan <marcus.tan@example.sg>",
    subject="Interview confirmed: Enterprise Account Executive, SEA",
    date=(2026, 11, 17, 10, 2, "Asia/Singapore"),
    fmt="alt",
    body="""
Dear Marcus,

Your interview for the position of Enterprise Account Executive, SEA at Mercato Asia has been confirmed.

Date: Tuesday, 24 November 2026
Time: 4:00 PM - 5:00 PM (GMT+08:00) Singapore
Location: Mercato Asia, 1 Raffles Place, #32-01, Singapore 048616

Interviewers:
Lim, Jia Hui - Regional Sales Director
Menon, Rahul - VP Sales, APAC

Please prepare a 10-minute walkthrough of a complex deal you closed in the last 12 months. A calendar invitation is attached.

Best regards,
Nur Aisyah
Talent Acquisition, Mercato Asia

This email was sent via SmartRecruiters on behalf of Mercato Asia.
""",
    ics=ics(
        uid="sr-int-6a5b0f3e-91c2-4fd8-b77e-2d0c5e8a1b90@smartrecruiters.com",
        start="2026-11-24 16:00",
        end="2026-11-24 17:00",
        tz="Asia/Singapore",
        utc=True,
        organizer=("Nur Aisyah", "nur.aisyah@mercato-asia.example"),
        attendees=[
            ("Marcus Tan", "marcus.tan@example.sg"),
            ("Jia Hui Lim", "jiahui.lim@mercato-asia.example"),
            ("Rahul Menon", "rahul.menon@mercato-asia.example"),
        ],
        summary="Interview: Marcus Tan - Enterprise Account Executive, SEA",
        prodid="-//SmartRecruiters//Interview Scheduler//EN",
        stamp="20261117T020200Z",
    ),
    ics_style="attach",
    company="Mercato Asia",
    role="Enterprise Account Executive, SEA",
    interviewers=[
        ("Jia Hui Lim", "jiahui.lim@mercato-asia.example", "Regional Sales Director"),
        ("Rahul Menon", "rahul.menon@mercato-asia.example", "VP Sales, APAC"),
    ],
    start="2026-11-24 16:00",
    end="2026-11-24 17:00",
    tz="Asia/Singapore",
    notes="SmartRecruiters writes 'Surname, Given' ('Lim, Jia Hui', 'Menon, Rahul'); the ICS attendees give natural order. ICS in UTC; the TA sender only schedules.",
)

_hx = "helix-semi.example"
add(
    name="inv-w10-outlook-w-europe-dr-honorific-munich",
    kind="invitation",
    frm=addr("Julia Becker", f"julia.becker@{_hx}"),
    to="Sofia Lindqvist <sofia.lindqvist@example.se>",
    subject="Interview Invitation - Senior UX Researcher (JR-10442)",
    date=(2026, 11, 9, 11, 12, "Europe/Berlin"),
    body="""
Dear Ms. Lindqvist,

Thank you for your application for the position of Senior UX Researcher (JR-10442) at Helix Semiconductors. We are pleased to invite you to a video interview:

Date: Wednesday, 18 November 2026
Time: 09:30 - 11:00 CET
Format: Microsoft Teams (link in the attached invitation)

Your interviewers will be Dr. Katharina Weiß, Head of UX Research, and Stefan Müller, Principal Designer. Please prepare a 20-minute presentation of a research project you led, including how the findings changed the product.

Should you need to reschedule, please let me know as soon as possible.

Kind regards
Julia Becker
Talent Acquisition Partner
Helix Semiconductors GmbH | Am Campeon 3 | 85579 Neubiberg
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A13C7E5B1E6FDD01000000000000000010000000E7A9",
        start="2026-11-18 09:30",
        end="2026-11-18 11:00",
        tz="Europe/Berlin",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Julia Becker", f"julia.becker@{_hx}"),
        attendees=[
            ("Sofia Lindqvist", "sofia.lindqvist@example.se"),
            ("Weiß, Katharina", f"katharina.weiss@{_hx}"),
            ("Müller, Stefan", f"stefan.mueller@{_hx}"),
        ],
        summary="Interview Senior UX Researcher - Sofia Lindqvist",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams-Besprechung",
        stamp="20261109T101200Z",
    ),
    ics_style="outlook",
    company="Helix Semiconductors",
    role="Senior UX Researcher",
    interviewers=[
        ("Katharina Weiß", f"katharina.weiss@{_hx}", "Head of UX Research"),
        ("Stefan Müller", f"stefan.mueller@{_hx}", "Principal Designer"),
    ],
    start="2026-11-18 09:30",
    end="2026-11-18 11:00",
    tz="Europe/Berlin",
    notes="Outlook 'W. Europe Standard Time'; 'Dr.' dropped; ICS attendees as 'Surname, Given' with ß and ü. Requisition number left out of the role. The TA partner only schedules.",
)

add(
    name="inv-w10-founder-calendly-link-just-me-sao-paulo",
    kind="invitation",
    frm="Rafael Tavares <rafa@cajuhq.example>",
    to=addr("Beatriz Conceição", "bia.conceicao@example.com.br"),
    subject="Re: Head of Growth at Caju",
    date=(2026, 11, 9, 8, 51, "America/Sao_Paulo"),
    in_reply_to="<CAB7k-bia-growth-01@mail.example.com.br>",
    body="""
Hey Beatriz, thanks for the note and the deck, really sharp analysis of our funnel.

Grab any 30-min slot that works for you next week: https://calendly.example/rafa-caju/30min
It'll be just me for this first chat. If it goes well I'll loop in Marina, our COO.

Rafa
CEO, Caju

> Em dom., 8 de nov. de 2026 às 21:37, Beatriz Conceição <bia.conceicao@example.com.br> escreveu:
> Hi Rafael, I came across the Head of Growth opening and put together a short teardown of Caju's onboarding...
""",
    company="Caju",
    role="Head of Growth",
    interviewers=[("Rafael Tavares", "rafa@cajuhq.example", "CEO")],
    notes="Founder sends his Calendly link ('just me for this first chat'): an invitation with no time yet. Marina (COO) is only a possible later step.",
)

_mq = "mesquiterobotics.example"
add(
    name="inv-w10-coordinator-ccs-panel-austin",
    kind="invitation",
    frm=f"Brianna Cole <bcole@{_mq}>",
    to="Luis Herrera <luis.herrera@example.com>",
    cc=f"Jenna Walsh <jwalsh@{_mq}>, Marco Bianchi <mbianchi@{_mq}>",
    subject="Friday's interview - Solutions Engineer",
    date=(2026, 11, 16, 9, 40, "America/Chicago"),
    fmt="alt",
    body="""
Hi Luis,

Looking forward to having you in on Friday! I've copied Jenna and Marco, who'll be your interviewers, so they have your resume handy.

When: Friday 11/20, 1:00-2:30 PM CT
Where: Mesquite Robotics, 600 Congress Ave, Suite 1400, Austin. Check in with the front desk on 14 and I'll come grab you.

Jenna Walsh (Director of Solutions Engineering) will start with a discovery role-play: she'll play a warehouse operations VP evaluating our pick-assist robots. After a short break, Marco Bianchi (Senior Solutions Engineer) will run the technical part: a demo of our fleet dashboard and a few integration questions.

Parking validation is available at the desk. Let me know if you need anything else.

Thanks!
Brianna Cole
Recruiting Coordinator | Mesquite Robotics
""",
    company="Mesquite Robotics",
    role="Solutions Engineer",
    interviewers=[
        ("Jenna Walsh", f"jwalsh@{_mq}", "Director of Solutions Engineering"),
        ("Marco Bianchi", f"mbianchi@{_mq}", "Senior Solutions Engineer"),
    ],
    start="2026-11-20 13:00",
    end="2026-11-20 14:30",
    tz="America/Chicago",
    notes="The coordinator copies the panel (Cc) and names them by first name, full names and titles later in the body; she only greets. '11/20' US month-first; CST.",
)

_sd = "shalvadata.example"
add(
    name="rsc-w10-google-updated-invitation-israel-time",
    kind="reschedule",
    frm=f"Ori Levi <ori.levi@{_sd}>",
    to="Eitan Shapiro <eitan.shapiro@example.co.il>",
    subject="Updated invitation: Technical interview - Senior Data Engineer (Shalva Data) @ Mon Nov 16, 2026 2pm - 3pm (IST) (eitan.shapiro@example.co.il)",
    date=(2026, 11, 11, 12, 4, "Asia/Jerusalem"),
    body="""
This event has been changed.

Technical interview - Senior Data Engineer (Shalva Data)
When: Changed: Mon Nov 16, 2026 2pm - 3pm Israel Time
Joining info: meet.google.example/ktz-wqbe-hyo

Calendar: eitan.shapiro@example.co.il
Who:
* Ori Levi - organizer
* Dana Mizrahi
* eitan.shapiro@example.co.il

Moved to Monday at Eitan's request. Ori (Head of Data) and Dana (Senior Data Engineer) will go through a pipeline design question and your experience with Spark and Airflow.

Going (eitan.shapiro@example.co.il)? Yes - Maybe - No    more options

Invitation from Google Calendar
""",
    ics=ics(
        uid="3q1m0b8r6k2s9t4n7v5c2d1f0e@google.com",
        start="2026-11-16 14:00",
        end="2026-11-16 15:00",
        tz="Asia/Jerusalem",
        organizer=("Ori Levi", f"ori.levi@{_sd}"),
        attendees=[
            ("Dana Mizrahi", f"dana.mizrahi@{_sd}"),
            ("eitan.shapiro@example.co.il", "eitan.shapiro@example.co.il"),
        ],
        summary="Technical interview - Senior Data Engineer (Shalva Data)",
        seq=1,
        stamp="20261111T100400Z",
    ),
    company="Shalva Data",
    role="Senior Data Engineer",
    interviewers=[
        ("Ori Levi", f"ori.levi@{_sd}", "Head of Data"),
        ("Dana Mizrahi", f"dana.mizrahi@{_sd}", "Senior Data Engineer"),
    ],
    start="2026-11-16 14:00",
    end="2026-11-16 15:00",
    tz="Asia/Jerusalem",
    notes="Google Calendar 'Updated invitation' (SEQUENCE 1) moved at the candidate's request; 'IST' here is Israel Standard Time (+02:00), not India. The organizer is the hiring manager and interviews.",
)

add(
    name="inv-w10-take-home-deadline-review-booked-chicago",
    kind="invitation",
    frm="Hannah Okafor <hannah.okafor@brightloop.example>",
    to="Jordan Reyes <jordan.reyes@example.com>",
    subject="Brightloop take-home + your review session",
    date=(2026, 11, 18, 10, 5, "America/Chicago"),
    fmt="qp",
    body="""
Hi Jordan,

Thanks again for the great conversation on Monday. As promised, the take-home exercise for the Senior Full-Stack Engineer role is at https://github.example/brightloop/takehome-ledger (private repo, you should have an invite).

Please submit your repo link by Monday, Nov 23 at 9am CT. It should take 3-4 hours; please don't spend more than that.

We've also booked your review session so you're not waiting around after Thanksgiving: Wednesday, Dec 2, 11:00 AM-12:00 PM CT on Zoom, with Anil Kapoor and Siobhan O'Neill, both Senior Software Engineers on our Payments team. They'll ask you to walk through your solution and extend it a little live.

Any questions about the exercise, just reply here.

Hannah Okafor
Technical Recruiter, Brightloop
""",
    company="Brightloop",
    role="Senior Full-Stack Engineer",
    interviewers=[
        ("Anil Kapoor", None, "Senior Software Engineer"),
        ("Siobhan O'Neill", None, "Senior Software Engineer"),
    ],
    start="2026-12-02 11:00",
    end="2026-12-02 12:00",
    tz="America/Chicago",
    notes="Take-home with a candidate deadline (Nov 23, not a decision date) and an already booked review with two engineers; the recruiter does not sit in the review.",
)

_bb_html = """<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#222;line-height:1.5">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p>Hi Ngaire,</p>
<p>Thanks for your time with Tessa last week. We&rsquo;d love you to meet the team for the <strong>Senior Data Scientist, Credit Risk</strong> role.</p>
<div style="border-left:4px solid #00754a;padding:8px 16px;background:#f4faf7">
<p style="margin:0"><strong>Wednesday 9 December 2026</strong><br>2:00pm &ndash; 3:30pm AEDT<br>Bilby Bank, 242 Pitt Street, Sydney (Level 9)</p>
</div>
<p><strong>You&rsquo;ll meet</strong></p>
<ul>
<li>Hemi Walker &middot; Lead Data Scientist &middot; modelling case study</li>
<li>Deepa Krishnan &middot; Data Science Manager &middot; experience and ways of working</li>
</ul>
<p>Please let us know of any adjustments you need for the interview.</p>
<p>Warm regards,<br>Tessa Grant<br>Talent Acquisition, Bilby Bank</p>
<p style="font-size:11px;color:#888">Sent with Lever</p>
</div></body></html>
"""
add(
    name="inv-w10-lever-html-b64-team-interview-sydney",
    kind="invitation",
    frm="Bilby Bank <no-reply@hire.lever.co>",
    reply_to="Tessa Grant <tessa.grant@bilbybank.example>",
    to="Ngaire Thompson <ngaire.thompson@example.co.nz>",
    subject="Interview with Bilby Bank - Wednesday 9 December",
    date=(2026, 12, 1, 15, 30, "Australia/Sydney"),
    fmt="alt64",
    body="""
Hi Ngaire,

Thanks for your time with Tessa last week. We'd love you to meet the team for the Senior Data Scientist, Credit Risk role.

Wednesday 9 December 2026
2:00pm - 3:30pm AEDT
Bilby Bank, 242 Pitt Street, Sydney (Level 9)

You'll meet
- Hemi Walker - Lead Data Scientist - modelling case study
- Deepa Krishnan - Data Science Manager - experience and ways of working

Please let us know of any adjustments you need for the interview.

Warm regards,
Tessa Grant
Talent Acquisition, Bilby Bank

Sent with Lever
""",
    html=_bb_html,
    company="Bilby Bank",
    role="Senior Data Scientist, Credit Risk",
    interviewers=[
        ("Hemi Walker", None, "Lead Data Scientist"),
        ("Deepa Krishnan", None, "Data Science Manager"),
    ],
    start="2026-12-09 14:00",
    end="2026-12-09 15:30",
    tz="Australia/Sydney",
    notes="Lever mail with base64 HTML; the recruiter (Tessa, already met in a past screen) is not in this round. AEDT (+11:00). Date stamped in UTC by Lever.",
)

# ================================================================ cancellation, info request
_mr = "meridianlabs.example"
add(
    name="can-w10-outlook-cancel-interviewer-sick-eastern",
    kind="cancellation",
    frm=f"Jorge Alvarez <jalvarez@{_mr}>",
    to="Arash Karimi <arash.karimi@example.com>",
    subject="Canceled: Interview - Staff Product Manager - Lena Fischer",
    date=(2026, 11, 19, 9, 12, "America/New_York"),
    body="""
Hi Arash,

Unfortunately Lena is out sick today, so we need to cancel this afternoon's conversation. I'll reach out tomorrow with a few new times for next week. Apologies for the short notice!

Jorge

Jorge Alvarez
Senior Recruiter | Meridian Labs
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000062B4F0A81C78DD01000000000000000010000000B4D8",
        start="2026-11-19 15:00",
        end="2026-11-19 15:45",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Jorge Alvarez", f"jalvarez@{_mr}"),
        attendees=[
            ("Arash Karimi", "arash.karimi@example.com"),
            ("Lena Fischer", f"lfischer@{_mr}"),
        ],
        summary="Interview - Staff Product Manager - Lena Fischer",
        method="CANCEL",
        status="CANCELLED",
        seq=1,
        prodid="Microsoft Exchange Server 2010",
        stamp="20261119T141200Z",
    ),
    ics_style="outlook",
    ics_method="CANCEL",
    company="Meridian Labs",
    role="Staff Product Manager",
    interviewers=[("Lena Fischer", f"lfischer@{_mr}", None)],
    start="2026-11-19 15:00",
    end="2026-11-19 15:45",
    tz="America/New_York",
    notes="Outlook CANCEL ('Eastern Standard Time'); the cancelled interview was with Lena Fischer. No new time yet.",
)

add(
    name="info-w10-references-by-thursday-decide-by-27th-berlin",
    kind="info_request",
    frm="Jonas Richter <jonas@kiln.example>",
    to="Priya Menon <priya.menon@example.de>",
    subject="Kiln - references for the Senior Product Manager, Platform role",
    date=(2026, 11, 18, 18, 2, "Europe/Berlin"),
    body="""
Hi Priya,

Thanks for yesterday. The whole panel came out of it very positive, so we'd like to move to references.

Could you send me contact details (name, email, phone, how you worked together) for two references, ideally including a former manager, by Thursday? We'll only contact them once you've said it's ok.

We plan to make our final decision by the 27th, and I'll call you as soon as we have.

Best,
Jonas

Jonas Richter
Head of People, Kiln
""",
    company="Kiln",
    role="Senior Product Manager, Platform",
    decision_by="2026-11-27",
    notes="Reference request: 'by Thursday' is the candidate's deadline; 'final decision by the 27th' is the employer's decision date (Nov 27).",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w10-user-is-reference-call-request",
    frm="Olga Petrenko <olga.petrenko@riverstone.example>",
    to="Tom Fletcher <tom.fletcher@example.com.au>",
    subject="Reference check for Jordan Lee - Senior Data Engineer",
    date=(2026, 11, 16, 10, 5, "Europe/London"),
    body="""
Dear Tom,

Jordan Lee has applied for the Senior Data Engineer role at Riverstone and listed you as a reference from your time together at Quokka Pay.

Would Thursday 19 November at 9am GMT (8pm your time in Melbourne) suit for a 20-minute call? If not, please suggest a time that works for you. I'll ask about Jordan's technical strengths, how they work with others and areas for development.

Many thanks,
Olga Petrenko
Talent Partner, Riverstone
""",
    notes="The user is someone else's reference; the proposed call is not an interview of the user.",
)

add(
    name="oth-w10-podcast-recording-savvycal-ics",
    frm="SavvyCal <notifications@savvycal.example>",
    to="Devin Park <devin.park@example.com>",
    subject="Confirmed: Shipping It podcast recording with Marisa Chen",
    date=(2026, 11, 4, 9, 15, "America/Los_Angeles"),
    fmt="alt",
    body="""
You're booked!

Shipping It podcast recording with Marisa Chen
Tuesday, November 10, 2026
10:00 AM - 11:00 AM Pacific Time

Marisa's note: Thanks for agreeing to be interviewed on Shipping It! We'll talk about your post on migrating Corvid's job scheduler to Kubernetes. Please use headphones and a wired connection if you can; we record on Riverside: https://riverside.example/studio/shipping-it

Add to calendar: invite.ics is attached.

Need to reschedule? https://savvycal.example/r/4kq8z
""",
    ics=ics(
        uid="savvycal-4kq8z-20261110@savvycal.example",
        start="2026-11-10 10:00",
        end="2026-11-10 11:00",
        tz="America/Los_Angeles",
        utc=True,
        organizer=("Marisa Chen", "marisa@shippingit.example"),
        attendees=[("Devin Park", "devin.park@example.com")],
        summary="Shipping It podcast recording",
        prodid="-//SavvyCal//SavvyCal//EN",
        stamp="20261104T171500Z",
    ),
    ics_style="attach",
    notes="A podcast 'interview' booked through a scheduling tool with an ICS: press, not hiring.",
)

add(
    name="oth-w10-interview-tips-newsletter-sample-agenda",
    frm="The Loop by Offerline <newsletter@offerline.example>",
    to="Chris Dalton <chris.dalton@example.com>",
    subject="The Loop #48: what to ask each interviewer on your onsite",
    date=(2026, 11, 12, 7, 0, "America/New_York"),
    fmt="alt",
    body="""
THE LOOP - Issue #48

Your onsite invitation just landed. Now what?

Most onsite schedules look something like this:

  Tuesday 10:00 - Coding with Priya (Senior Engineer)
  Tuesday 11:00 - System design with Marcus (Staff Engineer)
  Tuesday 12:00 - Hiring manager chat with Dana

Each interviewer is grading something different, so ask each one something different:
1. The engineer: "What does a typical code review look like here?"
2. The staff engineer: "Which decision from the last year would you undo?"
3. The hiring manager: "What would make this hire a success in six months?"

And always, before you leave: "When can I expect to hear about next steps?"

This week's sponsor: Offerline Premium, unlimited mock onsites with engineers from top companies. First session free.

You're getting this because you subscribed at offerline.example. Unsubscribe: https://offerline.example/u/a91c
""",
    notes="Interview-tips newsletter with a sample onsite agenda, names and titles: no real interview.",
)

add(
    name="oth-w10-scam-imitating-corvid-telegram-interview",
    frm="Corvid Systems HR Department <corvid.systems.careers@gmail.example>",
    to="Devin Park <devin.park@example.com>",
    subject="Corvid Systems - Online Interview Selection (Remote Data Entry / Software Assistant)",
    date=(2026, 9, 16, 3, 12, "America/Los_Angeles"),
    body="""
Dear Applicant,

Congratulations! After reviewing your resume on Indeed you have been shortlisted for the position of Remote Software Assistant at Corvid Systems with a salary of $45/hour.

Your online interview will be conducted via Telegram text chat with our HR Manager Mr. David Smith on Monday 10:00 AM. Kindly add him on Telegram: @corvid_hr_david and send the message "Interview Code CS-2291".

After the interview, successful candidates will receive a check to purchase home office equipment from our approved vendor.

Regards,
Human Resources Department
Corvid Systems Inc.
""",
    notes="Scam imitating a real employer from the user's inbox (Corvid Systems): freemail sender, Telegram 'interview', equipment check. Stays other.",
)

_fq = "fathomhq.example"
add(
    name="oth-w10-current-job-teams-architecture-review",
    frm=f"Kwame Asante <kwame.asante@{_fq}>",
    to=f"Rachel Stein <rachel.stein@{_fq}>, Lily Zhang <lily.zhang@{_fq}>",
    subject="Architecture review: ledger service v2",
    date=(2026, 11, 18, 11, 30, "America/New_York"),
    body="""
Hi both,

Setting up an hour to go through the ledger service v2 design doc before it goes to the wider group. Please read sections 3-5 beforehand and leave comments inline.

Rachel, could you present the reconciliation part? Lily will cover the migration plan.

Thanks,
Kwame

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 284 551 902 117
Passcode: Xq7tLm
________________________________________________________________________________
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000C8E1A3B51F79DD01000000000000000010000000F0A4",
        start="2026-11-24 14:00",
        end="2026-11-24 15:00",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Kwame Asante", f"kwame.asante@{_fq}"),
        attendees=[
            ("Rachel Stein", f"rachel.stein@{_fq}"),
            ("Lily Zhang", f"lily.zhang@{_fq}"),
        ],
        summary="Architecture review: ledger service v2",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
        stamp="20261118T163000Z",
    ),
    ics_style="outlook",
    notes="A Teams meeting at the user's current job with an Outlook invitation: not hiring.",
)

add(
    name="oth-w10-consular-visa-interview-appointment-mumbai",
    frm="US Visa Appointment Service <no-reply@usvisa-appointments.example>",
    to="Aditya Rao <aditya.rao@example.in>",
    subject="Appointment Confirmation - Consular Interview - Mumbai",
    date=(2026, 11, 20, 22, 14, "Asia/Kolkata"),
    fmt="alt",
    body="""
Appointment Confirmation

Applicant: ADITYA RAO
Visa class: B1/B2
Confirmation No.: 7C2Q-88410-MUM

Biometrics (OFC): Monday, 30 November 2026, 10:45 - OFC Mumbai, Lotus Corporate Park, Goregaon (E)
Consular interview: Thursday, 3 December 2026, 09:15 - U.S. Consulate General Mumbai, C-49, G-Block, Bandra Kurla Complex

Please arrive no earlier than 15 minutes before your appointment and bring this confirmation, your DS-160 confirmation page and your passport. Electronic devices are not permitted inside the consulate.
""",
    notes="A consular visa interview: a personal appointment that uses the word 'interview', not hiring.",
)

add(
    name="oth-w10-friend-forwards-own-onsite-schedule",
    frm="Sam Whitaker <sam.whitaker@example.com.au>",
    to="Tom Fletcher <tom.fletcher@example.com.au>",
    subject="Fwd: Your onsite with Bilby Bank - Thursday 10 December",
    date=(2026, 12, 2, 20, 40, "Australia/Sydney"),
    body="""
Tommo, you were at Bilby for three years - any idea what Hemi's case study is like? Mine's next Thursday. Beers on me if you have tips.

Sam

---------- Forwarded message ---------
From: Tessa Grant <tessa.grant@bilbybank.example>
Date: Wed, 2 Dec 2026 at 11:05
Subject: Your onsite with Bilby Bank - Thursday 10 December
To: Sam Whitaker <sam.whitaker@example.com.au>

Hi Sam,

Looking forward to seeing you on Thursday 10 December, 10:00am - 11:30am AEDT, at 242 Pitt Street (Level 9).

You'll meet:
- Hemi Walker, Lead Data Scientist
- Deepa Krishnan, Data Science Manager

Warm regards,
Tessa Grant
Talent Acquisition, Bilby Bank
""",
    notes="A friend forwards his own interview schedule to ask the user for tips: the user is not the candidate.",
)
