# ruff: noqa: E501
# Wave 20, batch B: the same independent voice as c_wave20a.py — Google Calendar guest lists
# with a room and the candidate, Outlook updates where a panelist drops out, Ashby and
# SuccessFactors invitations, an assessment centre, a long quoted thread answered on top, a
# hiring manager texting from a phone — and negatives: the user as a reference, a podcast
# booking, a mortgage "interview", a tips newsletter, a friend's forwarded superday, a
# user-research study and meeting-notes bots. Scored before any tuning on it.
from lib import add, ics, vtz_fixed
from mime import hdr, vtz_outlook_eu

# ================================================================ invitations with itineraries
add(
    name="inv-w20-goodtime-two-sessions-retail-hq-minneapolis",
    kind="invitation",
    frm="Northfield Goods Recruiting <recruiting@northfieldgoods.example>",
    to="Emily Tran <emily.tran@example.com>",
    subject="Interview confirmed: Merchandise Planner - Tuesday, December 1",
    date=(2026, 11, 20, 14, 37, "America/Chicago"),
    headers="X-Mailer: GoodTime.io",
    fmt="alt",
    body="""
Hi Emily,

Your interviews for Merchandise Planner at Northfield Goods headquarters are confirmed.

Tuesday, December 1, 2026 (Central Time)

9:00 AM - 9:45 AM  |  Behavioral interview
Kelsey Brandt - Sr. Manager, Merchandise Planning

9:45 AM - 10:30 AM  |  Planning case study
Omar Haddad - Director, Inventory Strategy

Location: Northfield Goods HQ, 1000 Nicollet Mall, Minneapolis. Check in at the Tower 2 security desk; a visitor badge will be waiting.

Questions? Reply to this email and our scheduling team will help.

Scheduled by Paige Olson, Candidate Experience Coordinator
Powered by GoodTime
""",
    company="Northfield Goods",
    role="Merchandise Planner",
    interviewers=[
        ("Kelsey Brandt", None, "Sr. Manager, Merchandise Planning"),
        ("Omar Haddad", None, "Director, Inventory Strategy"),
    ],
    start="2026-12-01 09:00",
    end="2026-12-01 10:30",
    tz="America/Chicago",
    notes="GoodTime confirmation, two back-to-back sessions; the coordinator only scheduled.",
)

add(
    name="inv-w20-assessment-centre-html-only-buying-director-leeds",
    kind="invitation",
    frm="Early Careers Team <earlycareers@pennineretail.example>",
    to="Harriet Osei <harriet.osei@example.co.uk>",
    subject="Your Assessment Centre - Buying and Merchandising Graduate Scheme",
    date=(2026, 11, 9, 12, 45, "Europe/London"),
    fmt="html",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;color:#222">
<p>Dear Harriet,</p>
<p>Congratulations on passing the video interview stage! We are delighted to invite you to our Assessment Centre for the <b>Buying and Merchandising Graduate Scheme</b> at Pennine Retail Group head office, Wellington Place, Leeds.</p>
<p><b>Date:</b> Wednesday 25 November 2026<br><b>Arrival:</b> 09:15 for a 09:30 start<br><b>Finish:</b> approximately 16:00</p>
<h3>The day</h3>
<ul>
<li>09:30 Welcome talk from our CEO, Mark Ellison</li>
<li>10:00 Group exercise: build a spring/summer range (observed by our assessors)</li>
<li>12:00 Lunch</li>
<li>13:00 Written commercial exercise</li>
<li>14:30 Final interview with Rebecca Hughes, Buying Director - Womenswear</li>
<li>15:30 Q&amp;A with current graduates</li>
</ul>
<p>Please bring photo ID and your right-to-work documents. Dress code is smart casual.</p>
<p>Best wishes,<br>Amelia Clarke<br>Early Careers Advisor, Pennine Retail Group</p>
</body></html>
""",
    company="Pennine Retail",
    role="Buying and Merchandising Graduate Scheme",
    interviewers=[("Rebecca Hughes", None, "Buying Director - Womenswear")],
    start="2026-11-25 09:30",
    end="2026-11-25 16:00",
    tz="Europe/London",
    notes="HTML-only assessment centre: the only named interviewer is the buying director; the CEO only gives a welcome talk, the assessors are unnamed and the advisor only organises. The day runs 09:30-16:00.",
)

add(
    name="inv-w20-google-calendar-guests-room-candidate-sf",
    kind="invitation",
    frm="Paige Sullivan <paige.sullivan@fernwoodai.example>",
    to="Arjun Patel <arjun.patel@example.com>",
    subject="Invitation: Onsite interview - Data Scientist, Pricing (Arjun Patel) @ Thu Dec 3, 2026 10am - 1pm (PST) (arjun.patel@example.com)",
    date=(2026, 11, 24, 16, 2, "America/Los_Angeles"),
    ics_style="google",
    body="""
You have been invited to the following event.

Onsite interview - Data Scientist, Pricing (Arjun Patel)
When
Thursday Dec 3, 2026 ⋅ 10am – 1pm (Pacific Time - Los Angeles)

Location
Fernwood AI, 500 Howard St, San Francisco - Conf Rm 4A Embarcadero (10)

Guests
Paige Sullivan - organizer
Arjun Patel
Marcus Feld
Yuki Tanaka-Ross
Olusegun Bamidele
SF-500H-4-Conf Rm 4A Embarcadero (10) [Zoom Room]

Hi Arjun - this hold covers your full onsite. Marcus (hiring manager) will kick things off, then Yuki and Olusegun. Lunch is provided. -Paige, Recruiting Coordinator

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
    ics=ics(
        uid="5k2q8v1m0rp7c3h9d6j4t2a1bn@google.com",
        start="2026-12-03 10:00",
        end="2026-12-03 13:00",
        tz="America/Los_Angeles",
        organizer=("Paige Sullivan", "paige.sullivan@fernwoodai.example"),
        attendees=[
            ("Paige Sullivan", "paige.sullivan@fernwoodai.example"),
            ("Arjun Patel", "arjun.patel@example.com"),
            ("Marcus Feld", "marcus.feld@fernwoodai.example"),
            ("Yuki Tanaka-Ross", "yuki.tanakaross@fernwoodai.example"),
            ("Olusegun Bamidele", "olusegun.bamidele@fernwoodai.example"),
            (
                "SF-500H-4-Conf Rm 4A Embarcadero (10) [Zoom Room]",
                "c_188a3f0d2e9b4c7a@resource.calendar.google.com",
            ),
        ],
        summary="Onsite interview - Data Scientist, Pricing (Arjun Patel)",
        location="Fernwood AI, 500 Howard St, San Francisco - Conf Rm 4A Embarcadero (10)",
    ),
    company="Fernwood AI",
    role="Data Scientist, Pricing",
    interviewers=[
        ("Marcus Feld", "marcus.feld@fernwoodai.example", None),
        ("Yuki Tanaka-Ross", "yuki.tanakaross@fernwoodai.example", None),
        ("Olusegun Bamidele", "olusegun.bamidele@fernwoodai.example", None),
    ],
    start="2026-12-03 10:00",
    end="2026-12-03 13:00",
    tz="America/Los_Angeles",
    notes="Google Calendar invitation: the guest list holds the organizer (coordinator), the candidate, a room resource and three interviewers; the description names them by first name only.",
)

_FRA_VTZ = vtz_outlook_eu("W. Europe Standard Time", 1, 2)
add(
    name="rsch-w20-outlook-update-panelist-drops-out-frankfurt",
    kind="reschedule",
    frm="Katharina Weiß <katharina.weiss@mainuferbank.example>",
    to="Daniel Kowalski <daniel.kowalski@example.de>",
    subject="Aktualisiert: Interview Senior Credit Risk Analyst - Daniel Kowalski",
    date=(2026, 11, 20, 15, 48, "Europe/Berlin"),
    ics_style="outlook",
    body="""
Dear Mr Kowalski,

Please note an update to your interview on Thursday, 26 November: Dr Stefan Brandt is unfortunately no longer able to attend, so the interview will be held by Julia Neumann (Head of Credit Risk Methodology) alone. To fit her calendar we have moved it to 14:00-15:00 (previously 10:00-11:30). The location is unchanged: Mainufer Bank, Neue Mainzer Straße 52, 15th floor.

The updated calendar invitation is attached.

Kind regards
Katharina Weiß
HR Recruiting | Mainufer Bank AG
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E008000000009A8B7C6D5E4F3021",
        start="2026-11-26 14:00",
        end="2026-11-26 15:00",
        tz="Europe/Berlin",
        tzid="W. Europe Standard Time",
        vtz=_FRA_VTZ,
        organizer=("Katharina Weiß", "katharina.weiss@mainuferbank.example"),
        attendees=[
            ("Neumann, Julia", "julia.neumann@mainuferbank.example"),
            ("Daniel Kowalski", "daniel.kowalski@example.de"),
        ],
        summary="Interview Senior Credit Risk Analyst - Daniel Kowalski",
        prodid="Microsoft Exchange Server 2016",
        seq=1,
        location="Mainufer Bank, Neue Mainzer Straße 52, OG 15",
    ),
    company="Mainufer Bank",
    role="Senior Credit Risk Analyst",
    interviewers=[
        (
            "Julia Neumann",
            "julia.neumann@mainuferbank.example",
            "Head of Credit Risk Methodology",
        )
    ],
    start="2026-11-26 14:00",
    end="2026-11-26 15:00",
    tz="Europe/Berlin",
    notes="Outlook update (SEQUENCE 1, W. Europe Standard Time) moving the time; Dr Stefan Brandt drops out and is not an interviewer; the ICS attendee is 'Neumann, Julia'. The HR sender only schedules.",
)

add(
    name="inv-w20-ashby-utc-ics-dutch-particle-amsterdam",
    kind="invitation",
    frm="Femke at Kanaal <no-reply@ashbyhq.com>",
    to="Sanne Bakker <sanne.bakker@example.nl>",
    reply_to="Femke Jansen <femke.jansen@kanaal.example>",
    subject="Interview confirmed: Kanaal - Senior Analytics Engineer",
    date=(2026, 11, 26, 10, 31, "Europe/Amsterdam"),
    fmt="alt",
    body="""
Hi Sanne,

Your technical interview for the Senior Analytics Engineer role at Kanaal is confirmed.

Monday, December 7, 2026
13:30 - 14:45 CET (Europe/Amsterdam)
Google Meet - link in the attached invite

You'll be speaking with:
Pieter-Jan van den Broek - Analytics Engineering Lead

I'll pop into the call for the first couple of minutes to make introductions and then hand over to Pieter-Jan.

Looking forward to it!
Femke

Sent via Ashby
""",
    ics=ics(
        uid="ashby-interview-3f7c2d10-6b8e-4a91-b0c5-2e9d7f41a6c8",
        start="2026-12-07 13:30",
        end="2026-12-07 14:45",
        tz="Europe/Amsterdam",
        utc=True,
        organizer=("Femke Jansen", "femke.jansen@kanaal.example"),
        attendees=[
            ("Pieter-Jan van den Broek", "pieterjan.vandenbroek@kanaal.example"),
            ("Femke Jansen", "femke.jansen@kanaal.example"),
            ("Sanne Bakker", "sanne.bakker@example.nl"),
        ],
        summary="Kanaal - Technical interview (Senior Analytics Engineer)",
        prodid="-//Ashby//Ashby Scheduling//EN",
    ),
    ics_style="attach",
    company="Kanaal",
    role="Senior Analytics Engineer",
    interviewers=[
        (
            "Pieter-Jan van den Broek",
            "pieterjan.vandenbroek@kanaal.example",
            "Analytics Engineering Lead",
        )
    ],
    start="2026-12-07 13:30",
    end="2026-12-07 14:45",
    tz="Europe/Amsterdam",
    notes="Ashby (Date and ICS in UTC). The recruiter (an ICS attendee) only pops in to make introductions; the engineering lead interviews. Dutch particles 'van den' kept.",
)

add(
    name="inv-w20-smartrecruiters-pharma-panel-saturday-hyderabad",
    kind="invitation",
    frm="Deccan Biologics Talent Acquisition <deccanbio@smartrecruiters.com>",
    to="Kavya Reddy <kavya.reddy@example.in>",
    subject="Interview Invitation | Scientist - Formulation R&D | Deccan Biologics",
    date=(2026, 11, 23, 18, 20, "Asia/Kolkata"),
    fmt="alt",
    body="""
Dear Kavya Reddy,

Greetings from Deccan Biologics!

With reference to your application for the position of Scientist - Formulation R&D, we are pleased to invite you for a face-to-face technical interview as per the details below:

Date: 28-Nov-2026 (Saturday)
Time: 10:30 AM to 12:00 PM IST
Venue: Deccan Biologics, Plot 14, Genome Valley, Shamirpet, Hyderabad - 500078

Interview panel:
1. Dr. Lakshmi Narayanan - Associate Director, Formulation R&D
2. Venkat Rao Pothuri - Senior Manager, Analytical Development

Kindly carry a printed copy of your updated CV, a government photo ID and your last three salary slips.

Please confirm your availability by replying to this mail.

Thanks & Regards,
Sneha Kulkarni
Executive - Talent Acquisition
Deccan Biologics Pvt. Ltd.
""",
    company="Deccan Biologics",
    role="Scientist - Formulation R&D",
    interviewers=[
        ("Lakshmi Narayanan", None, "Associate Director, Formulation R&D"),
        ("Venkat Rao Pothuri", None, "Senior Manager, Analytical Development"),
    ],
    start="2026-11-28 10:30",
    end="2026-11-28 12:00",
    tz="Asia/Kolkata",
    notes="SmartRecruiters (Date in UTC); numbered panel with 'Dr.' dropped; a Saturday interview; the TA executive only schedules.",
)

# ================================================================ replies, phones, threads
add(
    name="inv-w20-recruiter-answers-above-long-thread-final-round-nyc",
    kind="invitation",
    frm="Lauren Whitaker <lauren.whitaker@eastrivercap.example>",
    to="Kwame Asante <kwame.asante@example.com>",
    subject="RE: RE: RE: East River Capital - Senior Financial Analyst, FP&A",
    date=(2026, 12, 1, 17, 55, "America/New_York"),
    in_reply_to="<BN8PR12MB33419C@eastrivercap.example>",
    body="""
Kwame - confirmed! Your final round is Thursday, December 10 at 4:30pm ET in our office (1 Vanderbilt, 38th floor). You'll meet our CFO, Elaine Porter, and then Sam Delgado (VP, FP&A) - 45 minutes each, so plan on finishing around 6:00. No case this time, it's a conversation about your experience and the team.

I'll send a calendar hold tonight. Congrats on getting this far!

Lauren Whitaker
Talent Acquisition Manager | East River Capital

From: Kwame Asante <kwame.asante@example.com>
Sent: Tuesday, December 1, 2026 2:10 PM
To: Lauren Whitaker <lauren.whitaker@eastrivercap.example>
Subject: RE: RE: East River Capital - Senior Financial Analyst, FP&A

Hi Lauren, Thursday the 10th late afternoon works best for me. Thank you!
Kwame

From: Lauren Whitaker <lauren.whitaker@eastrivercap.example>
Sent: Monday, November 30, 2026 11:02 AM
To: Kwame Asante <kwame.asante@example.com>
Subject: RE: East River Capital - Senior Financial Analyst, FP&A

Hi Kwame, great feedback from Mike Donnelly and Grace Liu on your modelling test. We'd like to bring you in for a final round with Elaine and Sam. Could you share your availability for the week of December 7?

From: Kwame Asante <kwame.asante@example.com>
Sent: Friday, November 20, 2026 9:40 AM
To: Lauren Whitaker <lauren.whitaker@eastrivercap.example>
Subject: East River Capital - Senior Financial Analyst, FP&A

Hi Lauren, attached is my completed modelling test. Looking forward to hearing from you.
""",
    company="East River Capital",
    role="Senior Financial Analyst, FP&A",
    interviewers=[
        ("Elaine Porter", None, "CFO"),
        ("Sam Delgado", None, "VP, FP&A"),
    ],
    start="2026-12-10 16:30",
    end="2026-12-10 18:00",
    tz="America/New_York",
    notes="The recruiter confirms the final round above a long Outlook thread; Mike Donnelly and Grace Liu (quoted, earlier test reviewers) are not interviewers. Two 45-minute meetings from 4:30pm end at 6:00.",
)

add(
    name="inv-w20-hm-texting-style-tmrw-no-zone-singapore",
    kind="invitation",
    frm="Marcus Lim <marcus.lim@orchidmart.example>",
    to="Nurul Huda <nurul.huda@example.sg>",
    subject="Re: Regional Ops Manager role",
    date=(2026, 11, 24, 22, 6, "Asia/Singapore"),
    in_reply_to="<CAGx7pQ1ab@mail.example.sg>",
    body="""
hi Nurul thks for the note. r u free tmrw 11am at our office? quick chat w me and Jia Hui (our ops lead) abt the Regional Ops Manager role. 1 hr max. address is 71 Ubi Ave, OrchidMart level 5, just tell security ur here for me

Marcus
Sent from my Galaxy
""",
    company="OrchidMart",
    role="Regional Ops Manager",
    interviewers=[
        ("Marcus Lim", "marcus.lim@orchidmart.example", None),
        ("Jia Hui", None, "ops lead"),
    ],
    start="2026-11-25 11:00",
    end="2026-11-25 12:00",
    tz="Asia/Singapore",
    notes="Hiring manager texting-style from his phone: 'tmrw 11am' with no zone, taken in the sender's zone (+08:00) against a late-evening Date; 'Jia Hui' is all the message gives of the second interviewer; '1 hr max' gives the end.",
)

add(
    name="inv-w20-teamtailor-case-rounds-consulting-munich",
    kind="invitation",
    frm="Alpenrand Consulting <alpenrand@teamtailor.com>",
    to="Lena Hoffmann <lena.hoffmann@example.de>",
    subject="Your case interviews at Alpenrand Consulting - 2 December",
    date=(2026, 11, 25, 8, 40, "Europe/Berlin"),
    fmt="alt",
    body="""
Hi Lena,

Thanks again for your application for the Senior Consultant, Operations Excellence position. We're excited to invite you to the first round of case interviews at our Munich office (Maximilianstraße 35).

Wednesday, 2 December 2026
10:00-11:00  Case interview 1 - Sophie Lambert, Principal
11:15-12:15  Case interview 2 - Yusuf Demir, Partner

Each case is a live business problem (no preparation needed); bring a pen and paper, calculators are provided. You'll also get a short office tour with one of our analysts at the end.

Best,
Clara Weidinger
Recruiting Specialist
Alpenrand Consulting
""",
    company="Alpenrand Consulting",
    role="Senior Consultant, Operations Excellence",
    interviewers=[
        ("Sophie Lambert", None, "Principal"),
        ("Yusuf Demir", None, "Partner"),
    ],
    start="2026-12-02 10:00",
    end="2026-12-02 12:15",
    tz="Europe/Berlin",
    notes="Teamtailor (Date in UTC); two case rounds with times per interviewer; the office tour guide is unnamed and the recruiting specialist only organises.",
)

add(
    name="inv-w20-icims-hm-on-leave-mentioned-not-interviewing-columbus",
    kind="invitation",
    frm="Buckeye Home Retail Careers <careers@buckeyehome.icims.example>",
    to="Emily Tran <emily.tran@example.com>",
    subject=hdr("Interview Invitation - Assistant Buyer, Home Décor"),
    date=(2026, 11, 30, 13, 15, "America/New_York"),
    fmt="qp",
    body="""
Hello Emily,

Thank you for your interest in the Assistant Buyer, Home Décor position at Buckeye Home Retail. We would like to invite you to a virtual interview on Friday, December 4, 2026 from 1:00 PM to 2:00 PM Eastern Time (Microsoft Teams).

The hiring manager for this role, Dana Whitfield, is currently on leave, so you will meet with:

  * Carlos Mendes, Senior Buyer
  * Rachel Kim, Merchandising Manager

Dana will be back in January and may connect with finalists at that point.

Please use the link below to confirm your attendance.
https://careers-buckeyehome.icims.example/jobs/4471/confirm

Sincerely,
Tamika Brooks
Recruiting Coordinator
Buckeye Home Retail | Corporate Office, Columbus, OH
""",
    company="Buckeye Home Retail",
    role="Assistant Buyer, Home Décor",
    interviewers=[
        ("Carlos Mendes", None, "Senior Buyer"),
        ("Rachel Kim", None, "Merchandising Manager"),
    ],
    start="2026-12-04 13:00",
    end="2026-12-04 14:00",
    tz="America/New_York",
    notes="iCIMS, quoted-printable; the hiring manager is on leave and named but does not interview; the coordinator only schedules.",
)

add(
    name="rsch-w20-successfactors-ist-outlook-moved-mumbai",
    kind="reschedule",
    frm="Sahyadri Pharma Recruitment <recruitment@sahyadripharma.example>",
    to="Rohan Mehta <rohan.mehta@example.in>",
    subject="Interview Rescheduled: Regulatory Affairs Manager (Job ID 88213)",
    date=(2026, 11, 26, 11, 7, "Asia/Kolkata"),
    ics_style="outlook",
    headers="X-SF-Source: SAP SuccessFactors Recruiting",
    body="""
Dear Rohan Mehta,

Your interview for the position of Regulatory Affairs Manager has been rescheduled.

New date and time: 03 December 2026, 16:00 - 17:00 (India Standard Time)
Mode: Microsoft Teams (link in the attached meeting request)
Interviewer: Meenakshi Sundaram, General Manager - Regulatory Affairs

The earlier slot on 01 December 2026 stands cancelled. Kindly accept the updated meeting request.

This is a system generated mail from SAP SuccessFactors. Please do not reply.

Sahyadri Pharma Ltd. - Human Resources
""",
    ics=ics(
        uid="SF-INTV-88213-RM-000412",
        start="2026-12-03 16:00",
        end="2026-12-03 17:00",
        tz="Asia/Kolkata",
        tzid="India Standard Time",
        vtz=vtz_fixed("India Standard Time", "+0530", "IST"),
        organizer=("Sahyadri Pharma Recruitment", "recruitment@sahyadripharma.example"),
        attendees=[
            ("Meenakshi Sundaram", "meenakshi.sundaram@sahyadripharma.example"),
            ("Rohan Mehta", "rohan.mehta@example.in"),
        ],
        summary="Interview: Regulatory Affairs Manager - Rohan Mehta",
        prodid="-//SAP SuccessFactors//Interview Scheduling//EN",
        seq=2,
    ),
    company="Sahyadri Pharma",
    role="Regulatory Affairs Manager",
    interviewers=[
        (
            "Meenakshi Sundaram",
            "meenakshi.sundaram@sahyadripharma.example",
            "General Manager - Regulatory Affairs",
        )
    ],
    start="2026-12-03 16:00",
    end="2026-12-03 17:00",
    tz="Asia/Kolkata",
    notes="SuccessFactors reschedule with an Outlook-style 'India Standard Time' ICS (SEQUENCE 2); 'Job ID 88213' is not part of the role.",
)

# ================================================================ cancellation and rejection
add(
    name="can-w20-candidate-only-google-hold-cancelled-role-paused-dublin",
    kind="cancellation",
    frm="Interviews at Harbour Fintech <interviews@harbourfintech.example>",
    to="Aoife Brennan <aoife.brennan@example.ie>",
    subject="Canceled event: Harbour Fintech - Compliance Manager interview @ Wed Dec 2, 2026 2pm - 3pm (GMT) (aoife.brennan@example.ie)",
    date=(2026, 11, 27, 17, 30, "Europe/Dublin"),
    ics_style="google",
    ics_method="CANCEL",
    body="""
This event has been canceled and removed from your calendar.

Harbour Fintech - Compliance Manager interview
Wednesday Dec 2, 2026 ⋅ 2pm – 3pm (Greenwich Mean Time - Dublin)

Note from the organizer: Hi Aoife, I'm sorry to cancel at short notice - the Compliance Manager hire has been paused while our budget for next year is finalised. I'll be in touch as soon as I know more. - Orla, Talent team

Invitation from Google Calendar
""",
    ics=ics(
        uid="0h7m3c2k9q1v8r5t4n6p2d1a3s@google.com",
        start="2026-12-02 14:00",
        end="2026-12-02 15:00",
        tz="Europe/Dublin",
        organizer=("Interviews at Harbour Fintech", "interviews@harbourfintech.example"),
        attendees=[("Aoife Brennan", "aoife.brennan@example.ie")],
        summary="Harbour Fintech - Compliance Manager interview",
        method="CANCEL",
        status="CANCELLED",
        seq=1,
    ),
    company="Harbour Fintech",
    role="Compliance Manager",
    start="2026-12-02 14:00",
    end="2026-12-02 15:00",
    tz="Europe/Dublin",
    notes="Google Calendar CANCEL from a candidate-only interview calendar (interviewers get separate holds); nobody will interview the user. Winter time in Dublin is +00:00.",
)

add(
    name="rej-w20-after-assessment-centre-strategy-london",
    kind="rejection",
    frm="Tidewater Strategy Recruiting <recruiting@tidewaterstrategy.example>",
    to="Maya Chen <maya.chen@example.ac.uk>",
    subject="Your application to Tidewater Strategy",
    date=(2026, 11, 27, 10, 12, "Europe/London"),
    body="""
Dear Maya,

Thank you for taking part in our assessment centre last week and for the time and energy you put into the group case and the partner interview.

After careful consideration, we have decided not to progress your application for the Business Analyst role on this occasion. The standard of candidates was exceptionally high and the decision was a difficult one.

If helpful, Priyanka from our recruiting team would be happy to share brief feedback on a 15-minute call - just reply to this email. We would also encourage you to apply again in future recruiting cycles.

With best wishes,
Tidewater Strategy Recruiting
""",
    company="Tidewater Strategy",
    role="Business Analyst",
    notes="Rejection after an assessment centre; an optional feedback call is offered, not an interview.",
)

# ================================================================ hard negatives
add(
    name="other-w20-hm-asks-user-for-reference-call",
    kind="other",
    frm="Oliver Grant <oliver.grant@brackenridge.example>",
    to="Imogen Farrell <imogen.farrell@example.co.uk>",
    subject="Reference for Chloe Adebayo - 15 minutes this week?",
    date=(2026, 11, 23, 10, 40, "Europe/London"),
    body="""
Dear Imogen,

Chloe Adebayo has applied for a Senior Talent Partner role in my team at Brackenridge and has given your name as a referee from her time at Harrowgate Capital.

Would you have 15 minutes for a quick call on Thursday at 3pm? I'd like to ask about her work on your graduate programme and how she handled stakeholders. If Thursday doesn't work, any time on Friday morning is fine.

Many thanks,
Oliver Grant
Head of Talent, Brackenridge
""",
    notes="The user is being asked to give a reference for someone else; the call is not the user's interview.",
)

add(
    name="other-w20-podcast-recording-calendly-ics",
    kind="other",
    frm="Calendly <notifications@calendly.com>",
    to="Emily Tran <emily.tran@example.com>",
    subject="Confirmed: Podcast interview recording - The Shelf Life Show",
    date=(2026, 11, 18, 15, 2, "America/Chicago"),
    body="""
Hi Emily,

A new event has been scheduled.

Event type: Podcast interview recording (60 min)
Host: Jamal Whitby, The Shelf Life Show
When: 2:00pm - 3:00pm, Wednesday, December 9, 2026 (Central Time - US & Canada)
Where: Riverside.fm studio link (sent the day before)

Questions from the host: please have a good headset and a quiet room. Topics: demand forecasting, markdown strategy, what you've learned moving from store ops to planning.

Powered by Calendly
""",
    ics=ics(
        uid="e91a6c3f-7b20-4d58-8c1e-55f0a2b9d7e4@calendly.com",
        start="2026-12-09 14:00",
        end="2026-12-09 15:00",
        tz="America/Chicago",
        utc=True,
        organizer=("Jamal Whitby", "jamal@shelflifeshow.example"),
        attendees=[
            ("Jamal Whitby", "jamal@shelflifeshow.example"),
            ("Emily Tran", "emily.tran@example.com"),
        ],
        summary="Podcast interview recording - The Shelf Life Show",
        prodid="-//Calendly//Calendly//EN",
    ),
    ics_style="attach",
    notes="A podcast guest booking through Calendly with an ICS and a host: the user is the guest of a podcast 'interview', not a job interview.",
)

add(
    name="other-w20-mortgage-interview-building-society",
    kind="other",
    frm="Halden Building Society <appointments@haldenbs.example>",
    to="Harriet Osei <harriet.osei@example.co.uk>",
    subject="Your mortgage interview is booked - Thursday 3 December, 11:00",
    date=(2026, 11, 20, 9, 5, "Europe/London"),
    fmt="alt",
    body="""
Dear Ms Osei,

Thank you for booking your mortgage interview with Halden Building Society.

Date: Thursday 3 December 2026
Time: 11:00 (about 90 minutes)
Where: Leeds Briggate branch
Your mortgage adviser: Gareth Pryce, CeMAP

Please bring your last three payslips, three months of bank statements and photo ID. Your adviser will go through your income, outgoings and the products that suit you.

Need to change your appointment? Call us on 0345 555 0190.

Halden Building Society
""",
    notes="A mortgage 'interview' with a named adviser, date and time: a personal appointment, not hiring mail.",
)

add(
    name="other-w20-interview-tips-newsletter-panel-section",
    kind="other",
    frm="The Muse Weekly <newsletter@careerdigest.example>",
    to="Kavya Reddy <kavya.reddy@example.in>",
    subject="How to ace a panel interview (and what to ask at the end)",
    date=(2026, 11, 22, 7, 0, "Asia/Kolkata"),
    fmt="alt",
    body="""
This week: panel interviews

Facing three interviewers at once? Sarah Goldberg, a former hiring manager at a global pharma company, shares her checklist:

1. Ask the recruiter for the names and titles of everyone on the panel a day before.
2. Make eye contact with the person who asked, then include the others as you finish.
3. Close by asking when the team expects to make a decision - and write it down.
4. Send individual thank-you notes to each interviewer within 24 hours.

Upcoming live session: "Mock panel interview" with coach Anil Bhatia, Thursday 7 PM IST. Register on the app.

You're receiving this because you subscribed to career tips. Unsubscribe.
""",
    notes="Interview-tips newsletter naming coaches and a 'mock panel interview' session; no interview for the user.",
)

add(
    name="other-w20-friend-forwards-own-superday-invite",
    kind="other",
    frm="Jess Okafor <jess.okafor@example.com>",
    to="Maya Chen <maya.chen@example.ac.uk>",
    subject="Fwd: Aldgate Brook Superday - Global Markets Summer Analyst 2027",
    date=(2026, 11, 4, 21, 3, "Europe/London"),
    body="""
Mayaaa did you get one of these too?? Mine is the Markets one. Do you know anything about Daniel Ferreira? Terrified of the sales & trading game lol. Drinks after yours on Friday?

Jess x

---------- Forwarded message ---------
From: Graduate Recruitment <graduates@aldgatebrook.example>
Date: Wed, 4 Nov 2026 at 16:20
Subject: Aldgate Brook Superday - Global Markets Summer Analyst 2027
To: Jess Okafor <jess.okafor@example.com>

Dear Jess,

We are delighted to confirm your place at our Global Markets Summer Analyst 2027 Superday on Wednesday 18 November 2026 at 25 Bishopsgate, London.

09:00 Interview 1 - Daniel Ferreira, Managing Director, Rates Trading
09:45 Interview 2 - Sophie Hartley, Vice President, Equity Sales
10:30 Trading game (group exercise)
12:00 Close

Kind regards,
Hannah Lowe
Graduate Recruitment Coordinator
""",
    notes="A friend forwards her own superday invitation (same bank as the user's); the interviews are hers, not the user's.",
)

add(
    name="other-w20-user-research-study-banking-app",
    kind="other",
    frm="Mainufer Bank UX Research <research@mainuferbank.example>",
    to="Daniel Kowalski <daniel.kowalski@example.de>",
    subject="Einladung: 45-minütiges Nutzerinterview zur Mainufer Banking-App (50 € Gutschein)",
    date=(2026, 11, 24, 14, 0, "Europe/Berlin"),
    fmt="alt",
    body="""
Hallo Daniel,

als Kunde der Mainufer Bank laden wir Sie zu einem 45-minütigen Nutzerinterview per Videocall ein. Wir möchten verstehen, wie Sie Überweisungen und Daueraufträge in unserer App nutzen. Als Dankeschön erhalten Sie einen Amazon-Gutschein über 50 €.

Termine wählen Sie selbst: https://research.mainuferbank.example/book/UX-2611

Ihr Gesprächspartner ist Felix Ortmann aus unserem UX-Research-Team. Es gibt keine richtigen oder falschen Antworten.

Viele Grüße
Ihr Mainufer Bank UX Research Team
""",
    notes="A paid user-research 'interview' from the bank where the user is a candidate, addressed to him as a customer; a self-booking link but no job.",
)

add(
    name="other-w20-meeting-notes-bot-customer-interview",
    kind="other",
    frm="Otter.ai <no-reply@otter.ai>",
    to="Arjun Patel <arjun.patel@quantaflow.example>",
    subject="Your notes: Customer discovery interview - Brightmart (Dec 1)",
    date=(2026, 12, 1, 12, 4, "America/Los_Angeles"),
    fmt="alt",
    body="""
Your meeting notes are ready.

Customer discovery interview - Brightmart
Tuesday, December 1, 2026 · 11:00 AM - 11:45 AM PST · 44 min

Speakers: Arjun Patel, Dana Cho (Brightmart), Luis Herrera (Brightmart)

Summary
- Brightmart's pricing team reprices about 40k SKUs weekly in spreadsheets.
- Pain points: competitor price feeds arrive late; approvals happen in email.
- Next step: Arjun to send a pilot proposal by Friday; Dana to loop in their VP Merchandising.

Action items
[ ] Arjun Patel: send pilot proposal (due Dec 4)
[ ] Dana Cho: intro to VP Merchandising

Open in Otter
""",
    notes="A meeting-notes bot summarising a customer interview the user ran at his current job; names, a date and 'interview' but no hiring.",
)
