"""A few more: Google cancellation with a note, chatbot cancellation, Workable and iCIMS acks,
DocuSign offer, background-check request, and negatives."""

# ruff: noqa: E501
from ics import event
from lib import L, addr, ats_html, body_ats, body_gmail, body_html, body_plain, msg


def other(notes: str) -> dict:
    return L("other", notes=notes)


_ics = event(
    method="CANCEL",
    uid="7g2h4j6k8l0m1n3p5q7r@google.com",
    start="2026-10-15 16:00",
    tz="Europe/Lisbon",
    minutes=60,
    style="google",
    seq=1,
    summary="Tech chat – Rafael / Backend Engineer (Maré Labs)",
    organizer=("Tiago Barros", "tiago@marelabs.pt"),
    attendees=[
        ("Tiago Barros", "tiago@marelabs.pt", "CHAIR"),
        ("rafael.costa.dev@gmail.com", "rafael.costa.dev@gmail.com", "REQ-PARTICIPANT"),
    ],
    stamp="20261014T211500Z",
)
msg(
    "h146-marelabs",
    date="Wed, 14 Oct 2026 21:15:00 +0000",
    client="gmail",
    frm=addr("Tiago Barros", "tiago@marelabs.pt"),
    to="rafael.costa.dev@gmail.com",
    subject="Cancelled event with note: Tech chat – Rafael / Backend Engineer (Maré Labs) @ Thu 15 Oct 2026 16:00 - 17:00 (WEST) (rafael.costa.dev@gmail.com)",
    body=body_gmail(
        "h146",
        """Tiago Barros has cancelled this event and left a note:

"Sorry Rafael, my daughter is sick and I'll be home tomorrow. I'll send you two or three new slots for next week. Desculpa! - Tiago (CTO)"

Tech chat – Rafael / Backend Engineer (Maré Labs)
Thursday 15 Oct 2026 ⋅ 16:00 – 17:00 (Western European Summer Time - Lisbon)

Invitation from Google Calendar
""",
        ics=_ics,
        method="CANCEL",
    ),
    msgid="<calendar-5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c@google.com>",
    label=L(
        "cancellation",
        "Maré Labs",
        "Backend Engineer",
        [],
        "2026-10-15T16:00:00+01:00",
        "2026-10-15T17:00:00+01:00",
        None,
        "Google 'Cancelled event with note'; Lisbon WEST; new slots promised",
    ),
)

msg(
    "h147-bluebonnet",
    date="Wed, 18 Nov 2026 16:02:11 -0600",
    client="plain",
    frm=addr("Bluebonnet Markets Careers", "jobs@bluebonnet.careers-assistant.example"),
    to="jordan.ellis.hosp@gmail.com",
    subject="Interview canceled",
    body=body_plain("""Hi Jordan, this is Olivia from Bluebonnet Markets.

Your interview for Assistant Store Manager (Store #112, South Lamar) on Sat, 11/21 at 10:00 AM has been canceled by the hiring manager.

Want to pick a new time? Reply YES and I'll send you available times.

Reply STOP to opt out.
"""),
    label=L(
        "cancellation",
        "Bluebonnet Markets",
        "Assistant Store Manager",
        [],
        "2026-11-21T10:00:00-06:00",
        None,
        None,
        "chatbot cancellation; month-first 11/21; no zone -> sender's (Austin, CST)",
    ),
)

_t = """Hi Chloe,

Thanks for applying to the Treatment Coordinator position at Fernhill Orthodontics. We've received your application and our hiring team will review it.

What happens next? If your experience is a match, we'll contact you to set up a first conversation.

Best of luck!
Fernhill Orthodontics
"""
msg(
    "h148-fernhill",
    date="Sun, 15 Mar 2026 18:44:09 +0000",
    client="plain",
    frm=addr("Fernhill Orthodontics", "noreply@candidates.workablemail.com"),
    to="chloebennett.writes@gmail.com",
    reply_to="careers@fernhillortho.com",
    subject="Thanks for applying to Fernhill Orthodontics",
    body=body_ats(
        "h148",
        _t,
        ats_html(
            "Application received",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Fernhill Orthodontics",
            "Powered by Workable",
        ),
    ),
    label=L(
        "application_ack", "Fernhill Orthodontics", "Treatment Coordinator", notes="Workable ack"
    ),
)

msg(
    "h149-calloway",
    date="Tue, 8 Sep 2026 13:30:27 -0400",
    client="plain",
    frm=addr("Calloway Brandt LLP", "calloway-brandt@talent.icims.com"),
    to="nia.thompson.cpa@gmail.com",
    subject="Thank you for your interest in Calloway Brandt - Senior Tax Associate (2026-4471)",
    body=body_html(
        """<html><body style="font-family:Georgia,serif;font-size:14px">
<p>Dear Nia,</p>
<p>Thank you for your interest in the <b>Senior Tax Associate</b> position (Job ID 2026-4471) at Calloway Brandt LLP. This message confirms that we have received your application.</p>
<p>Our recruiting team reviews applications on a rolling basis. Should your qualifications match our needs, a member of our team will contact you.</p>
<p>Sincerely,<br>Calloway Brandt Recruiting</p>
<p style="font-size:11px;color:#888">Calloway Brandt LLP is an equal opportunity employer.</p>
</body></html>
""",
        cte="base64",
    ),
    label=L(
        "application_ack",
        "Calloway Brandt",
        "Senior Tax Associate",
        notes="iCIMS HTML base64; Job ID stripped",
    ),
)

msg(
    "h150-harbinger",
    date="Thu, 21 May 2026 17:12:40 +0000",
    client="plain",
    frm=addr("Harbinger Maps via Docusign", "dse_na3@docusign.net"),
    to=addr("Rafael Costa", "rafael.costa.dev@gmail.com"),
    reply_to=addr("Priscila Amaral", "priscila.amaral@harbingermaps.com"),
    subject="Complete with Docusign: Offer Letter - Cartographic Data Engineer - Rafael Costa",
    body=body_html(
        ats_html(
            "Docusign",
            [
                "<b>Priscila Amaral</b> sent you a document to review and sign.",
                '<a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=5f1c" style="background:#ffc820;padding:10px 20px">REVIEW DOCUMENT</a>',
                "Priscila Amaral<br>priscila.amaral@harbingermaps.com",
                "Hi Rafael, congratulations! Attached is your offer letter for the Cartographic Data Engineer position at Harbinger Maps. Please review and sign by May 28. Welcome aboard!",
                "<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.",
            ],
            "Docusign",
            "Download the Docusign App",
        )
    ),
    label=L(
        "offer",
        "Harbinger Maps",
        "Cartographic Data Engineer",
        notes="offer delivered through DocuSign; sign-by is a candidate deadline",
    ),
)

msg(
    "h151-harbinger-bgc",
    date="Fri, 29 May 2026 15:05:18 +0000",
    client="gmail",
    frm=addr("Priscila Amaral", "priscila.amaral@harbingermaps.com"),
    to=addr("Rafael Costa", "rafael.costa.dev@gmail.com"),
    subject="Background check + a couple of documents",
    body=body_gmail(
        "h151",
        """Hi Rafael,

Thanks so much for signing! To get your onboarding going, could you:

1. Complete the background check authorization you'll receive from Sterling (check your spam folder)
2. Send me a scan of your passport and your Brazilian CPF
3. Send your bank details for payroll using the secure form in the onboarding portal

Let me know if anything is unclear.

Priscila Amaral
People Operations, Harbinger Maps
""",
    ),
    label=L(
        "info_request", "Harbinger Maps", None, notes="post-offer documents and background check"
    ),
)

msg(
    "h152-review-interview",
    date="Sat, 25 Jul 2026 14:00:00 +0000",
    client="plain",
    frm=addr("Workplace Reviews", "community@workplacereviews.example"),
    to="noah.goldberg@icloud.com",
    subject="How was your interview at Pinecrest Capital? Share it anonymously",
    body=body_html(
        ats_html(
            "Help others prepare",
            [
                "Hi Noah, you recently added <b>Pinecrest Capital</b> to your job search.",
                "Help other job seekers by sharing your interview experience: what questions were you asked, and how hard was it?",
                '<a href="https://workplacereviews.example/interview/new?e=pinecrest">Review your interview</a>',
                "It's anonymous and takes 3 minutes.",
            ],
            "Workplace Reviews",
            "Unsubscribe",
        )
    ),
    label=other("job-review site asking for an interview review"),
)

_ics = event(
    method="REQUEST",
    uid="coach-8812-2026-02-26@careerlift.example",
    start="2026-02-26 18:00",
    tz="Europe/London",
    minutes=60,
    style="iana",
    summary="Mock interview & feedback - Hannah / Nadia",
    organizer=("Nadia Okoro", "nadia@careerlift.example"),
    attendees=[("Hannah Okafor", "hannah.okafor@outlook.com", "REQ-PARTICIPANT")],
    stamp="20260219T100000Z",
    prodid="-//CareerLift//Bookings//EN",
)
msg(
    "h153-coaching",
    date="Thu, 19 Feb 2026 10:00:00 +0000",
    client="plain",
    frm=addr("Nadia Okoro | CareerLift", "nadia@careerlift.example"),
    to="hannah.okafor@outlook.com",
    subject="Booked: Mock interview & feedback, Thu 26 Feb, 18:00",
    body=body_gmail(
        "h153",
        """Hi Hannah,

Your coaching session is booked: a 45-minute mock interview for analyst roles, followed by 15 minutes of feedback.

Thursday 26 February, 18:00-19:00 (UK time), on Zoom.

Please send me the job description you're preparing for by Tuesday. Invoice to follow.

Nadia Okoro
CareerLift Coaching
""",
        ics=_ics,
    ),
    label=other("paid mock-interview coaching session with ICS"),
)

msg(
    "h154-internal-posting",
    date="Mon, 2 Mar 2026 09:00:00 -0500",
    client="outlook",
    frm=addr("Keystone Careers", "careers@keystoneactuarial.com"),
    to="all-staff@keystoneactuarial.com",
    subject="Internal opportunities this week",
    body=body_plain("""Hi all,

These roles are open to internal candidates first. Talk to your manager and apply on the intranet by Friday, March 6.

- Senior Pricing Analyst (Hartford) - hiring manager: Clare Osborne
- Reserving Actuary (Remote) - hiring manager: Dev Rao
- Data Engineer, Actuarial Platforms (Hartford)

Interviews for internal candidates will be held the week of March 16.

Keystone Talent Team
"""),
    label=other("internal job postings at the user's current employer"),
)
