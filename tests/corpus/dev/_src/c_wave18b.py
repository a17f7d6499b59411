# ruff: noqa: E501
# Wave 18, batch B: more small employers by hand (trades, clinics, pharmacies, churches,
# restaurants, a five-person start-up, small law and accounting firms) with spouses, partners
# and nicknamed staff joining, replaced and absent people, forwarded originals, ICS from Google,
# Outlook (Windows zone) and UTC; and hard negatives: inspections, podcasts, rotas, reference
# calls, a scam.
from lib import add, ics
from mime import addr, hdr, vtz_outlook_eu

# ================================================================ invitations and reschedules
add(
    name="inv-w18-perth-aircon-missus",
    kind="invitation",
    frm="Darren Pike <darren@pikeair.example.com.au>",
    to="Josh Kelleher <joshk.refrig@example.com>",
    subject="aircon tech",
    date=(2026, 11, 19, 17, 30, "Australia/Perth"),
    body="""
G'day Josh

saw ur application on seek. can u come to the yard mon 7am before the boys head out? me n Shazza (my missus, she does the office and pays everyone) will have a quick chat, half hour max. Unit 4 / 18 Sustainable Ave Bibra Lake

cheers
Darren Pike
Pike Air Conditioning & Refrigeration
0408 555 317

Sent from my Galaxy
""",
    company="Pike Air Conditioning & Refrigeration",
    role="aircon tech",
    interviewers=[("Darren Pike", "darren@pikeair.example.com.au", None), ("Shazza", None, None)],
    start="2026-11-23 07:00",
    end="2026-11-23 07:30",
    tz="Australia/Perth",
    notes="Text style; 'mon 7am' against Thu Nov 19 is Mon Nov 23 (Perth +08:00, no DST). His wife, known only by the nickname Shazza, sits in.",
)

add(
    name="res-w18-uk-dental-principal-joins",
    kind="reschedule",
    frm="Karen Lowe <practicemanager@oakfielddental.example.co.uk>",
    to="Chloe Barnes <chloe.barnes@example.co.uk>",
    subject="RE: Dental Nurse interview Thursday",
    date=(2026, 11, 10, 11, 20, "Europe/London"),
    fmt="alt",
    in_reply_to="<AM9PR02MB7731@oakfielddental.example.co.uk>",
    body="""
Hi Chloe,

Would you mind if we moved you to Monday 16th November at 9am? We've had an emergency surgery list put in for Thursday afternoon. The good news is Dr Anil Mehta, our Principal Dentist, is back from leave by then so he'll join me for the interview.

Same place and same length as before.

Thanks and sorry for the faff,
Karen

Karen Lowe
Practice Manager
Oakfield Dental Care, 3 Oakfield Parade, Leeds LS6

From: Karen Lowe
Sent: 04 November 2026 16:02
To: Chloe Barnes <chloe.barnes@example.co.uk>
Subject: Dental Nurse interview Thursday

Hi Chloe, thanks for applying for the Dental Nurse post. Could you come in on Thursday 12th November at 2pm? I'll be doing the interview, it takes about 40 minutes.
""",
    company="Oakfield Dental Care",
    role="Dental Nurse",
    interviewers=[
        ("Karen Lowe", "practicemanager@oakfielddental.example.co.uk", "Practice Manager"),
        ("Anil Mehta", None, "Principal Dentist"),
    ],
    start="2026-11-16 09:00",
    end="2026-11-16 09:40",
    tz="Europe/London",
    notes="Moved from the quoted Thu 12 Nov 2pm to Mon 16 Nov 9am; 'same length' = the quoted 40 minutes. The practice manager still interviews and the principal dentist joins; 'Dr' dropped.",
)

add(
    name="inv-w18-nz-accountants-google-ics",
    kind="invitation",
    frm="Debbie Fraser <debbie@chentuhiwai.example.co.nz>",
    to="Sione Taufa <sione.taufa@example.co.nz>",
    subject="Invitation: Interview - Graduate Accountant @ Wed 11 Nov 2026 1:30pm - 2:30pm (NZDT) (sione.taufa@example.co.nz)",
    date=(2026, 11, 4, 10, 5, "Pacific/Auckland"),
    body="""
Interview - Graduate Accountant
When: Wednesday 11 Nov 2026 1:30pm - 2:30pm (New Zealand Time - Auckland)
Where: Chen Tuhiwai Chartered Accountants, Level 2, 55 Victoria St, Hamilton

Guests
Debbie Fraser - organiser
Wei Chen
Rachel Tuhiwai
sione.taufa@example.co.nz

Hi Sione - Wei and Rachel (our two directors) would like to meet you. I've just set up the time, so give me a bell if it doesn't suit. - Debbie, office manager

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
    ics=ics(
        uid="5k2v9n1q8c7h3e0t4m6r@google.com",
        start="2026-11-11 13:30",
        end="2026-11-11 14:30",
        tz="Pacific/Auckland",
        organizer=("Debbie Fraser", "debbie@chentuhiwai.example.co.nz"),
        attendees=[
            ("Wei Chen", "wei@chentuhiwai.example.co.nz"),
            ("Rachel Tuhiwai", "rachel@chentuhiwai.example.co.nz"),
            ("sione.taufa@example.co.nz", "sione.taufa@example.co.nz"),
        ],
        summary="Interview - Graduate Accountant",
        desc="Hi Sione - Wei and Rachel (our two directors) would like to meet you. I've just set up the time, so give me a bell if it doesn't suit. - Debbie, office manager",
        location="Chen Tuhiwai Chartered Accountants, Level 2, 55 Victoria St, Hamilton",
    ),
    company="Chen Tuhiwai",
    role="Graduate Accountant",
    interviewers=[
        ("Wei Chen", "wei@chentuhiwai.example.co.nz", None),
        ("Rachel Tuhiwai", "rachel@chentuhiwai.example.co.nz", None),
    ],
    start="2026-11-11 13:30",
    end="2026-11-11 14:30",
    tz="Pacific/Auckland",
    notes="Google Calendar invite; the organiser is the office manager who only set up the time, the two directors interview (emails from the ICS attendees). NZDT +13:00.",
)

add(
    name="inv-w18-vancouver-startup-utc-ics",
    kind="invitation",
    frm="Nadia Kowal <nadia@tidepoollabs.example.io>",
    to="Evan Brooks <evan.brooks@example.com>",
    subject="Tidepool chat Thursday",
    date=(2026, 11, 16, 14, 0, "America/Vancouver"),
    fmt="alt",
    ics_style="attach",
    body="""
Hey Evan,

Great talking at the meetup. Sent you an invite for Thursday 11am Pacific on Google Meet - it'll be me and Arjun (our CTO), about 45 min, mostly talking through the founding engineer role and what we're building. No prep needed, we're five people and a dog.

Nadia
CEO, Tidepool Labs
""",
    ics=ics(
        uid="tidepool-evan-20261119@tidepoollabs.example.io",
        start="2026-11-19 11:00",
        end="2026-11-19 11:45",
        tz="America/Vancouver",
        utc=True,
        organizer=("Nadia Kowal", "nadia@tidepoollabs.example.io"),
        attendees=[
            ("Arjun Mehra", "arjun@tidepoollabs.example.io"),
            ("Evan Brooks", "evan.brooks@example.com"),
        ],
        summary="Evan / Tidepool",
        location="https://meet.google.com/xkq-pwed-rtn",
    ),
    company="Tidepool Labs",
    role="founding engineer",
    interviewers=[
        ("Nadia Kowal", "nadia@tidepoollabs.example.io", "CEO"),
        ("Arjun Mehra", "arjun@tidepoollabs.example.io", "CTO"),
    ],
    start="2026-11-19 11:00",
    end="2026-11-19 11:45",
    tz="America/Vancouver",
    notes="Five-person start-up; ICS times in UTC (19:00Z), body says 11am Pacific (PST -08:00). Arjun's surname only in the ICS attendee.",
)

add(
    name="inv-w18-chicago-trattoria-partner-html",
    kind="invitation",
    frm="Tony Russo <tony@trattoriarusso.example.com>",
    to="Dana Whitlock <dwhitlock.cooks@example.com>",
    subject="Sous chef",
    date=(2026, 10, 27, 15, 10, "America/Chicago"),
    fmt="html",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dana,</p>
<p>Thanks for the resume, your time at Avec jumped out. Could you come by Monday the 2nd at 3pm, between lunch and dinner? My partner in the restaurant Marco will sit in with me. Figure 45 minutes, and plan to cook one dish if you're up for it.</p>
<p>Come to the kitchen door on the alley side.</p>
<p>Tony Russo<br>Chef/Owner<br>Trattoria Russo &middot; 1512 W Taylor St</p>
</div></body></html>
""",
    company="Trattoria Russo",
    role="sous chef",
    interviewers=[
        ("Tony Russo", "tony@trattoriarusso.example.com", "Chef/Owner"),
        ("Marco", None, None),
    ],
    start="2026-11-02 15:00",
    end="2026-11-02 15:45",
    tz="America/Chicago",
    notes="HTML-only from Outlook. 'Monday the 2nd' against Tue Oct 27 is Mon Nov 2, after DST ends (CST -06:00). His business partner Marco only by first name. Avec is a former employer, not a company here.",
)

add(
    name="inv-w18-jazzhr-landscaping-confirmation",
    kind="invitation",
    frm="Green Acres Landscaping <do-not-reply@applytojob.com>",
    reply_to="jim@greenacreslandscaping.example.com",
    to="Tyler Boone <tyler.boone@example.com>",
    subject="Interview Confirmation - Crew Leader - Green Acres Landscaping",
    date=(2026, 11, 2, 9, 0, "America/New_York"),
    fmt="alt",
    body="""
Hi Tyler,

Your interview has been scheduled. Details are below.

Position: Crew Leader
Date: Friday, November 6, 2026
Time: 8:00 AM - 8:30 AM (EST)
Location: 77 Quarry Rd, Lancaster, PA 17601
Interviewer(s): Jim Hartley (Owner), Denise Hartley (Office Manager)

Need to reschedule? Reply to this email.

Green Acres Landscaping
Powered by JazzHR
""",
    company="Green Acres Landscaping",
    role="Crew Leader",
    interviewers=[
        ("Jim Hartley", "jim@greenacreslandscaping.example.com", "Owner"),
        ("Denise Hartley", None, "Office Manager"),
    ],
    start="2026-11-06 08:00",
    end="2026-11-06 08:30",
    tz="America/New_York",
    notes="JazzHR confirmation for a family landscaping firm: the ATS is not the company. The owner's wife is listed as an interviewer, so she is one; the owner's email from Reply-To.",
)

add(
    name="inv-w18-irish-pharmacy-fwd-swap",
    kind="invitation",
    frm="Declan Furlong <declan@furlongspharmacy.example.ie>",
    to="Siobhan Kearney <siobhan.kearney@example.ie>",
    subject="Fwd: Interview - Pharmacy Technician",
    date=(2026, 11, 17, 8, 5, "Europe/Dublin"),
    body="""
Hi Siobhan,

See below. Niamh is out sick this week so it'll be myself and Paddy (our supervising pharmacist) doing it instead. Same time, Thursday at 11.

Declan
Furlong's Pharmacy, Tullamore

---------- Forwarded message ---------
From: Niamh Byrne <niamh@furlongspharmacy.example.ie>
Date: Fri, 13 Nov 2026 at 15:44
Subject: Interview - Pharmacy Technician
To: Siobhan Kearney <siobhan.kearney@example.ie>

Hi Siobhan,

We'd like to invite you for interview for the Pharmacy Technician role on Thursday 19th November at 11am. It should take about half an hour.

Kind regards,
Niamh Byrne
Pharmacy Manager
""",
    company="Furlong's Pharmacy",
    role="Pharmacy Technician",
    interviewers=[
        ("Declan Furlong", "declan@furlongspharmacy.example.ie", None),
        ("Paddy", None, "supervising pharmacist"),
    ],
    start="2026-11-19 11:00",
    end="2026-11-19 11:30",
    tz="Europe/Dublin",
    notes="The owner forwards the manager's invitation and replaces her: Niamh Byrne, in the forwarded part and out sick, is not an interviewer. Time and length from the forwarded original.",
)

add(
    name="inv-w18-church-youth-pastor-committee",
    kind="invitation",
    frm="Gloria Banks <gbanks.gfc@example.com>",
    to="Micah Ellison <micah.ellison@example.com>",
    subject="Youth Pastor - next step",
    date=(2026, 10, 26, 19, 30, "America/Chicago"),
    fmt="qp",
    body="""
Dear Micah,

On behalf of the search committee at Grace Fellowship Church, thank you for your patience. We would love to have you come and worship with us this Sunday, November 1st, and then sit down for your interview over lunch in the fellowship hall at about 12:30 (after the 11 o'clock service). We usually wrap up by 2.

Pastor Dan Whitfield (Senior Pastor) and two of our elders, Ray Okonkwo and Linda Svensson, will be interviewing you. I'll be there to make introductions and help with lunch but I'm just the committee secretary!

Don't forget the clocks go back Saturday night.

Blessings,
Gloria Banks
Search Committee Secretary
Grace Fellowship Church, Franklin TN
""",
    company="Grace Fellowship Church",
    role="Youth Pastor",
    interviewers=[
        ("Dan Whitfield", None, "Senior Pastor"),
        ("Ray Okonkwo", None, None),
        ("Linda Svensson", None, None),
    ],
    start="2026-11-01 12:30",
    end="2026-11-01 14:00",
    tz="America/Chicago",
    notes="Sunday Nov 1 is the day DST ends: 12:30 CST (-06:00). 'Pastor' dropped; the committee secretary only introduces. 'wrap up by 2' gives the end; the 11 o'clock service is not the start.",
)

add(
    name="res-w18-auto-shop-push-to-three",
    kind="reschedule",
    frm="Luis Ortega <luis@desertautorepair.example>",
    to="Brandon Tso <brandon.tso@example.com>",
    subject="Re: Lube tech opening",
    date=(2026, 11, 11, 16, 45, "America/Phoenix"),
    in_reply_to="<CAM7e0aXb@mail.gmail.com>",
    body="""
hey brandon can we push tomorrow to 3 instead of 1? got slammed today with 2 transmissions. still just me, same place

luis
desert auto repair

On Mon, Nov 9, 2026 at 6:02 PM Brandon Tso <brandon.tso@example.com> wrote:
> Thanks Luis, see you Thursday at 1pm.
> Brandon
""",
    company="Desert Auto Repair",
    role="Lube tech",
    interviewers=[("Luis Ortega", "luis@desertautorepair.example", None)],
    start="2026-11-12 15:00",
    end=None,
    tz="America/Phoenix",
    notes="Lower-case owner moves 'tomorrow' (Thu Nov 12, against Wed Nov 11) from 1 to 3; Arizona has no DST (-07:00). Full name only in the From header.",
)

add(
    name="inv-w18-halifax-hardware-couple",
    kind="invitation",
    frm="Bev Henderson <bev@hendersonshardware.example.ca>",
    to="Owen MacIsaac <owen.macisaac@example.ca>",
    subject="Re: Help Wanted - Counter Sales",
    date=(2026, 10, 16, 12, 10, "America/Halifax"),
    body="""
Hi Owen,

Thanks for dropping your resume in with Wal on Saturday. Could you come in Tuesday at 9 before we open? Wal and I will have a chat with you about the counter sales job - should be 30 minutes or so. Use the side door by the paint shed.

Bev (and Wal) Henderson
Henderson's Hardware & Home, Antigonish
""",
    company="Henderson's Hardware",
    role="counter sales",
    interviewers=[
        ("Bev Henderson", "bev@hendersonshardware.example.ca", None),
        ("Wal", None, None),
    ],
    start="2026-10-20 09:00",
    end="2026-10-20 09:30",
    tz="America/Halifax",
    notes="Husband and wife owners; Wal's surname is only implied by the shared signature, so the careful label is the first name as written. 'Tuesday at 9' against Fri Oct 16 is Oct 20 (ADT -03:00).",
)

add(
    name="inv-w18-calgary-vet-clinic-frontdesk",
    kind="invitation",
    frm="Foothills Animal Clinic <frontdesk@foothillsanimal.example.ca>",
    to="Rachel Dumont <rachel.dumont@example.ca>",
    subject="Registered Veterinary Technologist interview",
    date=(2026, 11, 5, 13, 0, "America/Edmonton"),
    fmt="qp",
    body="""
Hi Rachel,

Thanks so much for applying! Dr. Lindqvist and Jo, our head RVT, would like to meet you next Wednesday the 11th at 1:30 pm. Plan for about an hour - that includes a tour of the treatment area. (We're open on Remembrance Day, so no worries there.)

Please reply to confirm and I'll put you in the book.

Kayla
Client Care Team

--
Foothills Animal Clinic
Dr. Sarah Lindqvist, DVM - Owner
403-555-0168 | 2214 Crowchild Tr NW, Calgary
""",
    company="Foothills Animal Clinic",
    role="Registered Veterinary Technologist",
    interviewers=[("Sarah Lindqvist", None, "Owner"), ("Jo", None, "head RVT")],
    start="2026-11-11 13:30",
    end="2026-11-11 14:30",
    tz="America/Edmonton",
    notes="Front desk (Kayla) only books. The vet is named by surname in the body and in full only in the clinic footer; Jo by first name only. MST -07:00.",
)

add(
    name="inv-w18-london-law-outlook-gmt-zone",
    kind="invitation",
    frm="Julie Marsh <jmarsh@fairweatheroduya.example.co.uk>",
    to="Tom Whitaker <tom.whitaker@example.co.uk>",
    subject="Interview - Conveyancing Assistant",
    date=(2026, 11, 9, 10, 30, "Europe/London"),
    ics_style="attach",
    body="""
Dear Tom

Mr Fairweather and Ms Oduya would like to see you for the Conveyancing Assistant position on Tuesday 17 November at 2.30pm. Please allow an hour. A calendar invitation is attached.

We are on the second floor; the lift is temperamental so allow time for the stairs.

Kind regards

Julie Marsh
PA to the Partners
Fairweather Oduya LLP
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000050F2C1A3@fairweatheroduya.example.co.uk",
        start="2026-11-17 14:30",
        end="2026-11-17 15:30",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz=vtz_outlook_eu("GMT Standard Time", 0, 1),
        organizer=("Julie Marsh", "jmarsh@fairweatheroduya.example.co.uk"),
        attendees=[
            ("Simon Fairweather", "sfairweather@fairweatheroduya.example.co.uk"),
            ("Adaeze Oduya", "aoduya@fairweatheroduya.example.co.uk"),
            ("Tom Whitaker", "tom.whitaker@example.co.uk"),
        ],
        summary="Interview: Tom Whitaker - Conveyancing Assistant",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    ),
    company="Fairweather Oduya",
    role="Conveyancing Assistant",
    interviewers=[
        ("Simon Fairweather", "sfairweather@fairweatheroduya.example.co.uk", None),
        ("Adaeze Oduya", "aoduya@fairweatheroduya.example.co.uk", None),
    ],
    start="2026-11-17 14:30",
    end="2026-11-17 15:30",
    tz="Europe/London",
    notes="The body gives only 'Mr Fairweather and Ms Oduya'; full names and emails from the attached Outlook ICS (GMT Standard Time). The PA organises and does not interview.",
)

# ================================================================ outcomes
add(
    name="off-w18-melbourne-cafe-barista",
    kind="offer",
    frm="Steph Lau <steph@beanthere.example.com.au>",
    to="Jade Nguyen <jade.nguyen.au@example.com>",
    subject="the job's yours!",
    date=(2026, 11, 20, 15, 45, "Australia/Melbourne"),
    body="""
Hey Jade!!

Loved having you in yesterday, the regulars already like you. We'd love to offer you the barista job - 4 days a week, $29.50/hr plus super, starting Monday 30th if that works. Just let me know by Wednesday so I can sort the roster.

Steph x
Bean There Cafe, Brunswick
""",
    company="Bean There Cafe",
    role="barista",
    notes="Offer; 'let me know by Wednesday' is the candidate's deadline, not a decision date. The start date is not an interview.",
)

add(
    name="nxt-w18-york-accountants-by-the-27th",
    kind="next_steps",
    frm="Ravi Patel <ravi@patelhughes.example.co.uk>",
    to="Megan Doyle <megan.doyle@example.co.uk>",
    subject="Accounts Assistant",
    date=(2026, 11, 12, 17, 0, "Europe/London"),
    fmt="alt",
    body="""
Hi Megan,

Thanks for coming in this afternoon - Sarah and I enjoyed meeting you. We have two more candidates to see next week and hope to let everyone know by the 27th.

Best wishes,
Ravi

Ravi Patel FCA
Patel Hughes Accountants, York
""",
    company="Patel Hughes Accountants",
    role="Accounts Assistant",
    decision_by="2026-11-27",
    notes="Status after the interview with a stated decision date: 'by the 27th' against Thu Nov 12 is Fri Nov 27. Sarah refers to the past interview.",
)

# ================================================================ hard negatives
add(
    name="oth-w18-brisbane-rental-inspection",
    kind="other",
    frm="Kelly Brandt <kelly.b@sunstaterealty.example.com.au>",
    to="Jade Nguyen <jade.nguyen.au@example.com>",
    subject="Routine Inspection - 14/22 Kent St, New Farm",
    date=(2026, 11, 3, 9, 30, "Australia/Brisbane"),
    fmt="alt",
    body="""
Hi Jade,

This is notice of a routine inspection of your property at 14/22 Kent St, New Farm on Tuesday 17/11/2026 between 10:00am and 10:30am. You do not need to be home. My colleague Ben Ross may attend with me for training.

Please ensure any pets are secured.

Kind regards,
Kelly Brandt
Property Manager | Sunstate Realty
""",
    notes="A rental inspection notice with a time window and a colleague attending: not hiring mail.",
)

add(
    name="oth-w18-podcast-makers-interview",
    kind="other",
    frm="Fran Okeke <fran@teawiththemakers.example.co.uk>",
    to="Ellie Shaw <ellieshaw@example.co.uk>",
    subject="Podcast interview - Tea with the Makers",
    date=(2026, 11, 4, 12, 0, "Europe/London"),
    body="""
Hi Ellie!

We loved your sourdough stall at the Hebden Bridge market and would love to interview you for the podcast. Could you do a recording on Thursday 12th at 2pm? It'll be me and my co-host Dom, about 40 minutes, on Riverside or in person if you're at the market.

Fran
Tea with the Makers (a podcast about small makers in the North)
""",
    notes="A podcast interview of the user about her own stall: named hosts and a time, but not a job interview.",
)

add(
    name="oth-w18-church-reading-rota",
    kind="other",
    frm="St Aidan's Parish Office <office@staidans-hove.example.org.uk>",
    to="Hannah Pryce <hannahpryce@example.co.uk>",
    subject="Readers' rota - Advent",
    date=(2026, 11, 19, 11, 0, "Europe/London"),
    body="""
Dear Hannah,

Please find the Advent readers' rota below. You are reading on Sunday 29th November at the 10am Parish Eucharist, alongside Jean Halloran (second reading). If you can't make it please swap with someone and let me know.

29 Nov  10am  Hannah Pryce / Jean Halloran
6 Dec   10am  Tunde Adebayo / Margaret Fenn
13 Dec  10am  Alan Birch (Nine Lessons rehearsal)

With best wishes,
Sue
Parish Office
""",
    notes="A church readers' rota naming the same people as a hiring panel elsewhere: other.",
)

add(
    name="oth-w18-reference-call-for-former-staff",
    kind="other",
    frm="Dermot Egan <dermot@eganscafe.example.ie>",
    to="Aoife Brennan <aoife.brennan@example.ie>",
    subject="Reference for Ciara Walsh",
    date=(2026, 11, 20, 10, 15, "Europe/Dublin"),
    body="""
Hi Aoife,

Ciara Walsh has applied for a job with us and put you down as a referee - she says she worked the coffee cart with you over the summer. Could you give me a ring when you get a chance, or I could call you Tuesday at 10 if that suits? Won't take more than 5 minutes.

Thanks a million,
Dermot Egan
Egan's Cafe, Castlebar
087 555 2291
""",
    notes="The user is asked to be a reference for someone else: not her own hiring, so other.",
)

add(
    name="oth-w18-scam-family-business-assistant",
    kind="other",
    frm=addr("Mr. Harold Whitman", "harold.whitman.familybiz@example.net"),
    reply_to="hwhitman.office@example.org",
    to="Micah Ellison <micah.ellison@example.com>",
    subject=hdr("Part-time Personal Assistant – $650/week"),
    date=(2026, 11, 6, 3, 12, "America/New_York"),
    body="""
Hello,

I came across your resume on a job board and I am pleased to offer you a part time Personal Assistant position with my family business. No interview is required as I am currently traveling overseas with my wife. Your duties will be running errands and receiving packages. You will be paid $650 weekly.

I will send you a check to purchase supplies for the office. Please deposit it and send the remaining balance via Zelle to my vendor.

Reply with your full name, address, cell number and age to get started.

Regards,
Harold Whitman
""",
    notes="A classic check scam posing as a small family business: other.",
)

add(
    name="oth-w18-planning-officer-site-visit",
    kind="other",
    frm="Planning Services <planning@westhillsdc.example.govt.nz>",
    to="Hemi Walker <hemi@kahikateaorchard.example.nz>",
    subject="RM260417 - site visit, 412 Paraiti Rd",
    date=(2026, 11, 9, 14, 25, "Pacific/Auckland"),
    fmt="qp",
    body="""
Kia ora Hemi,

Re: Resource consent application RM260417 - packhouse extension

Our planner, Sarah Gillespie, and our development engineer, Nik Patel, would like to visit the site on Monday 16 November at 9.30am to look at the access and stormwater. Please let us know if this time does not suit.

Ngā mihi
Planning Services
""",
    notes="A council site visit to the orchard for a resource consent: named officers and a time, not hiring mail.",
)
