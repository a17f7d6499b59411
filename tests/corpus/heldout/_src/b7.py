"""Hard negatives (2/2): current job, personal appointments, surveys, scams, look-alikes."""

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


_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E00800000000AA77BB88CC99DC0100000000000000001000000099AB03",
    start="2026-09-25 10:00",
    tz="GMT Standard Time",
    minutes=30,
    style="outlook",
    summary="Exit interview - Hannah Okafor",
    organizer=("Bhatt, Anjali", "anjali.bhatt@northgateretail.co.uk"),
    attendees=[("Okafor, Hannah", "hannah.okafor@northgateretail.co.uk", "REQ-PARTICIPANT")],
    stamp="20260921T083000Z",
)
msg(
    "h102-northgate-exit",
    date="Mon, 21 Sep 2026 09:30:00 +0100",
    client="outlook_eu",
    frm=addr("Bhatt, Anjali", "anjali.bhatt@northgateretail.co.uk"),
    to=addr("Okafor, Hannah", "hannah.okafor@northgateretail.co.uk"),
    subject="Exit interview - Hannah Okafor",
    body=body_outlook(
        "h102",
        """Hi Hannah,

As you know, we offer all leavers a short, confidential exit interview with HR. I've put 30 minutes in for Friday at 10:00 - feel free to move it if needed. It's a chance to tell us honestly what worked and what didn't.

We're sorry to see you go and wish you all the best at Fenwick & Lyle.

Anjali Bhatt
HR Business Partner, Northgate Retail
""",
        ics=_ics,
    ),
    label=other("exit interview at the user's current job (the new employer is named)"),
)

msg(
    "h103-offsite",
    date="Thu, 7 May 2026 16:45:10 -0700",
    client="gmail",
    frm=addr("Rosa Whitley", "rosa@tessellate.ai"),
    to="eng-all@tessellate.ai",
    subject="Eng offsite logistics - Tahoe, May 27-29",
    body=body_gmail(
        "h103",
        """Hi all,

Offsite is three weeks out! Logistics:

- Bus leaves the Howard St office Wednesday May 27 at 8:00am sharp
- Rooms are shared (2 per cabin), the sign-up sheet closes Friday
- Thursday 10am: planning session with Camila and Thomas on the 2027 roadmap
- Friday: hike or lake day, your choice, back by 6pm

Please fill in dietary requirements here: https://forms.tessellate.ai/offsite

Rosa
Workplace & Events, Tessellate
""",
    ),
    label=other("team offsite at the user's current job; names and times of internal sessions"),
)

msg(
    "h104-dentist",
    date="Fri, 10 Apr 2026 08:00:00 -0500",
    client="plain",
    frm=addr("Lakeside Family Dental", "reminders@lakesidedental.example"),
    to="lukas.brandt@gmail.com",
    subject="Appointment reminder: Tue, Apr 14 at 8:30 AM",
    body=body_html(
        ats_html(
            "Appointment reminder",
            [
                "Hi Lukas,",
                "This is a reminder of your upcoming appointment:",
                "<b>Tuesday, April 14, 2026 at 8:30 AM</b><br>Hygiene visit with Dr. Leila Ahmadi, DDS<br>Lakeside Family Dental, 1200 W Lake St, Minneapolis",
                '<a href="https://lakesidedental.example/c/88">Confirm</a> · <a href="https://lakesidedental.example/r/88">Reschedule</a>',
            ],
            "Lakeside Family Dental",
            "Reply STOP to opt out of reminders",
        )
    ),
    label=other("dentist appointment reminder"),
)

msg(
    "h105-visa",
    date="Mon, 3 Aug 2026 06:12:40 +0000",
    client="plain",
    frm=addr("US Visa Appointment Service", "no-reply@usvisa-appointments.example"),
    to="aarav.mehta93@gmail.com",
    subject="Appointment Confirmation - Visa Interview",
    body=body_plain("""APPOINTMENT CONFIRMATION

Applicant: MEHTA, AARAV
Visa class: H-1B
Consular interview: U.S. Consulate General Mumbai
Date: 21 August 2026, 08:45 AM

Please arrive 15 minutes before your appointment with your passport, DS-160 confirmation page and this letter. Electronic devices are not permitted.

Your OFC (biometrics) appointment: 20 August 2026, 10:15 AM at VAC Mumbai (BKC).
"""),
    label=other("visa interview appointment (government), 'MEHTA, AARAV' form"),
)

msg(
    "h106-flatviewing",
    date="Wed, 18 Feb 2026 13:05:00 +0000",
    client="gmail",
    frm=addr("Hartley & Moss Lettings", "viewings@hartleymoss.example"),
    to=addr("Liam O'Connor", "liam.oconnor.law@gmail.com"),
    subject="Viewing confirmed: Flat 3, 22 Marlowe Road, E17",
    body=body_gmail(
        "h106",
        """Dear Liam,

Thank you for your enquiry. Your viewing is confirmed:

Property: Flat 3, 22 Marlowe Road, London E17
Date: Saturday 21st February
Time: 11.00am
Agent: Callum Frost (07700 900412)

Please bring photo ID. If you would like to make an offer after the viewing, we will need proof of income and a reference from your current landlord.

Kind regards,
Hartley & Moss Lettings
""",
    ),
    label=other("flat viewing; 'offer' and 'reference' in a rental sense"),
)

msg(
    "h107-school",
    date="Tue, 3 Mar 2026 15:30:00 -0800",
    client="plain",
    frm=addr("Cedar Hill Elementary", "office@cedarhill-elem.example"),
    to="tomas.aguilar@fastmail.com",
    subject="Parent-teacher conferences: sign up for a time",
    body=body_plain("""Dear Families,

Spring parent-teacher conferences will be held March 16-19. Conferences are 20 minutes long and take place in your child's classroom.

Please sign up for a slot with your child's teacher (Ms. Okada, Room 12) here: https://signup.cedarhill-elem.example/conf

Early dismissal at 12:30 PM on all conference days.

Thank you,
Cedar Hill Elementary Front Office
"""),
    label=other("school conference sign-up"),
)

_t = """Hi Zoë,

Thank you for interviewing with Lanternfish Bio! We're always looking to improve our hiring process and would love your feedback.

How likely are you to recommend interviewing at Lanternfish Bio to a friend? (0-10)

Take the 2-minute survey: https://survey.greenhouse.io/s/7ab1c9

Your responses are anonymous and won't affect your candidacy.

Lanternfish Bio Talent Team
"""
msg(
    "h108-lanternfish-survey",
    date="Thu, 12 Feb 2026 18:00:00 +0000",
    client="plain",
    frm=addr("Lanternfish Bio", "no-reply@us.greenhouse-mail.io"),
    to="zoe.harrington@gmail.com",
    subject="How was your interview experience with Lanternfish Bio?",
    body=body_ats(
        "h108",
        _t,
        ats_html(
            "Candidate survey",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Lanternfish Bio",
            "Sent via Greenhouse",
        ),
    ),
    label=other("candidate experience survey after an interview"),
)

msg(
    "h109-goodtime-survey",
    date="Fri, 17 Jul 2026 15:30:00 +0000",
    client="plain",
    frm=addr("Pinecrest Capital Recruiting", "surveys@goodtime.io"),
    to="noah.goldberg@icloud.com",
    subject="Rate your interview with Ifeoma Chukwu",
    body=body_html(
        ats_html(
            "Quick question",
            [
                "Hi Noah,",
                "You met with <b>Ifeoma Chukwu</b> yesterday. How would you rate your interview experience?",
                '<a href="https://goodtime.io/s/1">1</a> <a href="https://goodtime.io/s/2">2</a> <a href="https://goodtime.io/s/3">3</a> <a href="https://goodtime.io/s/4">4</a> <a href="https://goodtime.io/s/5">5</a>',
                "Thanks for helping us improve.",
            ],
            "Pinecrest Capital",
            "Powered by GoodTime",
        ),
        cte="base64",
    ),
    label=other("post-interview rating survey naming the interviewer"),
)

msg(
    "h110-workday-survey",
    date="Wed, 26 Aug 2026 16:00:00 -0700",
    client="plain",
    frm=addr("Cascadia Rail", "cascadiarail@myworkday.com"),
    to="tomas.aguilar@fastmail.com",
    subject="Tell us about your application experience",
    body=body_html("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Tomás,</p>
<p>You recently applied for a position with Cascadia Rail. We would appreciate a few minutes of your time to tell us about your experience with our application process.</p>
<p><a href="https://cascadiarail.example/survey?c=551">Start the survey</a></p>
<p>Thank you,<br>Cascadia Rail Talent Acquisition</p></body></html>
"""),
    label=other("application experience survey"),
)

msg(
    "h111-halcyon-scam",
    date="Tue, 17 Nov 2026 03:14:09 +0000",
    client="plain",
    frm=addr("Halcyon Mutual HR Department", "halcyonmutual.hr.dept@gmail.com"),
    to="jordan.reyes.fsa@gmail.com",
    subject="Job Offer - Remote Claims Processing Assistant (Halcyon Mutual)",
    body=body_plain("""Dear Applicant,

We have reviewed your resume on an online job board and you have been selected for the position of Remote Claims Processing Assistant with Halcyon Mutual Insurance Company. Pay: $38/hour, 20 hours/week, fully remote.

To proceed, add our hiring manager Mr. Steven Clarke on Telegram (@halcyon_hr_steven) for your online interview today between 9am-5pm. Interview is done by text chat.

After the interview you will receive a check to purchase your home office equipment from our approved vendor.

Regards,
Halcyon Mutual Human Resources
"""),
    label=other(
        "scam imitating a real employer from the thread (Telegram chat 'interview', check)"
    ),
)

msg(
    "h112-lattice-scam",
    date="Thu, 19 Nov 2026 11:02:33 +0000",
    client="plain",
    frm=addr("Lattice & Loom Careers", "offers@latticeandloom-careers.com"),
    to="emily.zhang.dev@gmail.com",
    subject="Offer Letter - Data Entry Specialist (Remote) - Lattice & Loom",
    body=body_plain(
        """Dear Emily Zhang,

Congratulations! Following your successful online assessment you have been offered the position of Data Entry Specialist (Remote) at Lattice & Loom, with a starting salary of $6,500 per month.

Your onboarding requires the purchase of a training and software kit ($349), refundable with your first salary. Please make the payment via Zelle or gift cards to our onboarding partner and send a photo of the receipt together with a copy of your ID and your bank login details to complete your direct deposit setup.

Accept this offer within 24 hours or it will be given to the next candidate.

Human Resources
Lattice & Loom Inc.
""",
        cte="quoted-printable",
    ),
    label=other("fake offer from a look-alike domain asking for payment and bank login"),
)

msg(
    "h113-teams-scam",
    date="Sat, 5 Dec 2026 22:40:10 +0000",
    client="plain",
    frm=addr("Recruitment Team", "recruit.nordvikrobotics@outlook.com"),
    to="priya.raman.eng@gmail.com",
    subject="Interview Invitation - Nordvik Robotics",
    body=body_plain("""Hello,

Your resume has been shortlisted for the position of Online Admin Assistant at Nordvik Robotics. The hiring manager, Dr. Frank Miller, will interview you via Microsoft Teams chat.

Please download Teams and send a message to recruiter.frank.miller@outlook.com with your full name, phone number, and date of birth to begin the interview immediately. No video is required.

Note: you will be required to receive funds for equipment as part of onboarding.

Best regards
Nordvik Robotics Recruitment
"""),
    label=other("scam imitating an employer: chat 'interview' from a free-mail address"),
)

_ics = event(
    method="REQUEST",
    uid="ux-research-88a1@calendly.com",
    start="2026-10-22 15:00",
    tz="America/New_York",
    minutes=45,
    style="utc",
    summary="User interview: Juniper Row app research",
    organizer=("Mira Castell", "research@juniperrow.com"),
    attendees=[("Noah Goldberg", "noah.goldberg@icloud.com", "REQ-PARTICIPANT")],
    stamp="20261019T150000Z",
)
msg(
    "h114-ux-research",
    date="Mon, 19 Oct 2026 11:00:00 -0400",
    client="gmail",
    frm=addr("Mira Castell", "research@juniperrow.com"),
    to=addr("Noah Goldberg", "noah.goldberg@icloud.com"),
    subject="You're booked: user interview on Thursday ($75 thank-you)",
    body=body_gmail(
        "h114",
        """Hi Noah,

Thanks for signing up to help us improve the Juniper Row app! Your user interview is booked for Thursday, October 22 at 3:00 PM ET (45 minutes) over Zoom. I'll ask about how you plan your grocery shopping and show you a couple of early prototypes.

As a thank-you, you'll receive a $75 gift card within a week of the session.

Mira Castell
Senior UX Researcher, Juniper Row
""",
        ics=_ics,
    ),
    label=other("UX research 'user interview' with ICS from a company the user once applied to"),
)

msg(
    "h115-workday-account",
    date="Sun, 1 Feb 2026 19:22:00 -0800",
    client="plain",
    frm=addr("Ironwood Utilities", "ironwood@myworkday.com"),
    to="ingrid.haugen@gmail.com",
    subject="Your candidate account has been created",
    body=body_html("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Welcome to the Ironwood Utilities career site.</p>
<p>Your candidate account was created for ingrid.haugen@gmail.com. Please verify your email address within 24 hours:</p>
<p><a href="https://wd1.myworkday.com/ironwood/verify?t=3f">Verify account</a></p>
</body></html>
"""),
    label=other("ATS account creation, no application yet"),
)

msg(
    "h116-infointerview",
    date="Thu, 28 May 2026 20:14:00 -0400",
    client="gmail",
    frm=addr("Aisha Bello", "aisha.bello@student.northmoor.edu"),
    to=addr("Camille Durand", "camille.durand.art@gmail.com"),
    subject="Informational interview? (student interested in tech art)",
    body=body_gmail(
        "h116",
        """Hi Camille,

I'm a third-year student in game design and I found your breakdowns on ArtStation really inspiring. Would you be open to a 20-minute informational interview sometime next week? I'd love to ask how you moved from environment art into technical art.

Totally understand if you're busy!

Aisha Bello
BFA Game Design, Northmoor University
""",
    ),
    label=other("a student asks the user for an informational interview"),
)

msg(
    "h117-uscis",
    date="Tue, 6 Oct 2026 12:00:00 -0400",
    client="plain",
    frm=addr("USCIS Case Status", "no-reply@uscis-notices.example"),
    to="fatima.alsayed@outlook.com",
    subject="Case update: Interview was scheduled",
    body=body_plain("""Case Was Updated To Show Interview Was Scheduled

On October 6, 2026, we scheduled an interview for your Form N-400, Application for Naturalization, Receipt Number IOE09123456789. We mailed you an interview notice with the date, time and location. Please follow the instructions in the notice.

Interview: November 12, 2026 at 9:20 AM, Field Office: Baltimore MD.

If you move, go to www.uscis.gov/addresschange to give us your new mailing address.
"""),
    label=other("naturalization interview notice (government)"),
)

msg(
    "h118-jobjot",
    date="Mon, 13 Jul 2026 07:00:00 +0000",
    client="plain",
    frm=addr("Jobjot", "digest@jobjot.example"),
    to="priya.raman.eng@gmail.com",
    subject="Your week: 2 interviews, 1 follow-up due",
    body=body_ats(
        "h118",
        """Good morning Priya,

Here's your job search this week:

INTERVIEWS
- Tue Jul 21, 1:00 PM - Nordvik Robotics (Senior Controls Engineer)
- Thu Jul 23, 10:00 AM - Oxbow Automation (Controls Lead)

FOLLOW-UPS DUE
- Send a thank-you to Keiko Tan (Oxbow Automation)

Pipeline: 14 applied - 3 interviewing - 0 offers

Open Jobjot: https://app.jobjot.example
""",
        ats_html(
            "Your week",
            [
                "Good morning Priya,",
                "<b>Interviews</b><br>Tue Jul 21, 1:00 PM - Nordvik Robotics<br>Thu Jul 23, 10:00 AM - Oxbow Automation",
                "<b>Follow-ups due</b><br>Send a thank-you to Keiko Tan",
            ],
            "Jobjot",
            "Unsubscribe",
        ),
    ),
    headers=("List-Unsubscribe: <https://app.jobjot.example/unsub>",),
    label=other("job-tracker app digest listing the user's own interviews"),
)

msg(
    "h119-bookorder",
    date="Fri, 16 Jan 2026 09:31:00 +0000",
    client="plain",
    frm=addr("Paperlane Books", "orders@paperlane.example"),
    to="ishaan.kapoor2026@gmail.com",
    subject='Your order has shipped: "The Coding Interview Handbook"',
    body=body_html(
        ats_html(
            "Shipped",
            [
                "Hi Ishaan, your order #PL-448120 is on its way.",
                "<b>The Coding Interview Handbook (2nd ed.)</b> × 1<br><b>Behavioral Interviews, Decoded</b> × 1",
                "Estimated delivery: Tuesday, 20 January",
                '<a href="https://paperlane.example/track">Track package</a>',
            ],
            "Paperlane Books",
            "",
        )
    ),
    label=other("book order shipping notice"),
)

_ics = event(
    method="REQUEST",
    uid="debrief-be-2026-05@halvorsenlabs.com",
    start="2026-05-04 16:00",
    tz="America/Los_Angeles",
    minutes=30,
    style="google",
    summary="Debrief: Backend Engineer candidates (Devon, Amara)",
    organizer=("Lucas Ferreira", "lucas.ferreira@halvorsenlabs.com"),
    attendees=[
        ("Zara Hussain", "zara.hussain@halvorsenlabs.com", "REQ-PARTICIPANT"),
        ("Lucas Ferreira", "lucas.ferreira@halvorsenlabs.com", "CHAIR"),
    ],
    stamp="20260430T210000Z",
)
msg(
    "h120-debrief",
    date="Thu, 30 Apr 2026 14:00:00 -0700",
    client="gmail",
    frm=addr("Lucas Ferreira", "lucas.ferreira@halvorsenlabs.com"),
    to="zara.hussain@halvorsenlabs.com",
    subject="Invitation: Debrief: Backend Engineer candidates (Devon, Amara) @ Mon May 4, 2026 4pm - 4:30pm (PDT)",
    body=body_gmail(
        "h120",
        """Lucas Ferreira has invited you to this event.

Debrief: Backend Engineer candidates (Devon, Amara)
Monday May 4, 2026 ⋅ 4:00 – 4:30pm (Pacific Time - Los Angeles)

Let's decide on both candidates. Please have scorecards in before.

Guests: Lucas Ferreira (organiser), zara.hussain@halvorsenlabs.com

Invitation from Google Calendar
""",
        ics=_ics,
    ),
    label=other("hiring debrief at the user's own company (user is on the hiring side)"),
)

msg(
    "h121-friend",
    date="Wed, 22 Jul 2026 19:05:00 -0400",
    client="iphone",
    frm=addr("Dev Sharma", "dev.sharma88@gmail.com"),
    to=addr("Priya Raman", "priya.raman.eng@gmail.com"),
    subject="sooo??",
    body=body_apple(
        "h121",
        """How did the Nordvik onsite go yesterday?? Did Hiroshi ask you the gantry question lol. Drinks Friday at 7 to celebrate/commiserate? 🍻

Sent from my iPhone""",
        html=False,
    ),
    label=other("friend asks about the user's interview"),
)

msg(
    "h122-confblog",
    date="Mon, 7 Sep 2026 09:30:00 +0200",
    client="gmail",
    frm=addr("Lotte Brink", "program@datadagen.example"),
    to=addr("Sofia Lindqvist", "sofia.lindqvist@telia.se"),
    subject="DataDagen 2026: speaker interview for our blog",
    body=body_gmail(
        "h122",
        """Hi Sofia,

Congratulations again on your talk being accepted for DataDagen in Utrecht on 8 October!

For our speaker series we publish a short interview with each speaker on the blog. Could you answer the five questions below in writing by 18 September? A headshot would be great too.

1. What is your talk about, in two sentences?
2. What got you into product operations?
...

Thanks!
Lotte Brink
Programme Committee, DataDagen
""",
    ),
    label=other("conference speaker blog interview (written Q&A)"),
)
