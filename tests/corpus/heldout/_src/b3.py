"""Rejections and offers."""

# ruff: noqa: E501
from lib import (
    L,
    addr,
    ats_html,
    attach_file,
    body_apple,
    body_ats,
    body_gmail,
    body_html,
    body_outlook,
    msg,
)

# ============================ rejections ============================
_t = """Hi Jordan,

Thank you for your interest in the Compliance Analyst II position at Oakhaven Bank and for taking the time to apply.

We received a large number of applications, and after careful review we have decided to move forward with other candidates whose experience more closely matches the needs of the role at this time.

We appreciate your interest in Oakhaven and encourage you to visit our careers site for future opportunities.

Sincerely,
The Oakhaven Bank Talent Acquisition Team
"""
msg(
    "h035-oakhaven",
    date="Wed, 21 Jan 2026 19:30:02 +0000",
    client="plain",
    frm=addr("Oakhaven Bank", "no-reply@us.greenhouse-mail.io"),
    to="jordan.reyes.work@outlook.com",
    subject="Your application to Oakhaven Bank",
    body=body_ats(
        "h035",
        _t,
        ats_html(
            "Oakhaven Bank",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Oakhaven Bank",
            "Sent via Greenhouse",
        ),
    ),
    label=L(
        "rejection",
        "Oakhaven Bank",
        "Compliance Analyst II",
        notes="generic Greenhouse rejection, no interview",
    ),
)

msg(
    "h036-driftwood",
    date="Thu, 19 Mar 2026 17:52:19 -0700",
    client="gmail",
    frm=addr("Wren Castillo", "wren@driftwoodroasters.com"),
    to=addr("Kwame Mensah", "kwame.mensah.coffee@gmail.com"),
    subject="Head of Wholesale",
    body=body_gmail(
        "h036",
        """Hi Kwame,

I wanted to call but didn't want to leave this on voicemail, so email it is. Thank you for spending so much time with us over the last few weeks. Ahmed, Lin and I all genuinely enjoyed the cupping session and your plan for the café accounts was one of the best we saw.

We've decided to offer the Head of Wholesale role to another candidate who has run a larger distributor team, which is where we are heading next year. It was a really close call and I'm sorry it isn't better news.

If you're open to it, I'd love to keep in touch, and I'm very happy to act as a reference for you.

Warmly,
Wren

Wren Castillo
Founder, Driftwood Coffee Roasters
Portland, OR
""",
    ),
    label=L(
        "rejection",
        "Driftwood Coffee Roasters",
        "Head of Wholesale",
        notes="warm personal rejection after final round; names past interviewers",
    ),
)

_h = """<html><head><meta charset="UTF-8"></head><body><div style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1f1f1f">
<p>Dear Tomás,</p>
<p>Thank you for applying for the <b>Signal Maintainer Apprentice</b> position (JR-11782) with Cascadia Rail.</p>
<p>We have carefully reviewed your qualifications and, unfortunately, we will not be moving forward with your application at this time.</p>
<p>We encourage you to create a job alert on our career site so that you are notified of future openings that match your interests.</p>
<p>Best regards,<br>Cascadia Rail Recruiting</p>
<hr><p style="font-size:11px;color:#666">Cascadia Rail is an Equal Opportunity Employer. This is an automated message; replies are not monitored.</p>
</div></body></html>
"""
msg(
    "h037-cascadia",
    date="Tue, 28 Jul 2026 08:02:55 -0700",
    client="plain",
    frm=addr("Cascadia Rail", "cascadiarail@myworkday.com"),
    to="tomas.aguilar@fastmail.com",
    subject="Update on your application for Signal Maintainer Apprentice",
    body=body_html(_h, cte="base64"),
    label=L(
        "rejection",
        "Cascadia Rail",
        "Signal Maintainer Apprentice",
        notes="Workday HTML base64; job-alert pitch is not an alert digest",
    ),
)

msg(
    "h038-sonnenfeld",
    date="Fri, 13 Feb 2026 14:07:33 +0100",
    client="outlook_eu",
    frm=addr("Sonnenfeld Versicherung AG – Recruiting", "karriere@sonnenfeld-versicherung.de", "B"),
    to=addr("Lukas Brandt", "lukas.brandt@gmail.com"),
    subject="Ihre Bewerbung als Aktuar",
    body=body_outlook(
        "h038",
        """Sehr geehrter Herr Brandt,

vielen Dank für Ihr Interesse an der Sonnenfeld Versicherung AG und die Zeit, die Sie sich für das Gespräch mit Frau Dr. Lorenz und Herrn Petersen genommen haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil noch etwas besser zu den aktuellen Anforderungen passt.

Diese Entscheidung ist uns nicht leichtgefallen. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Miriam Scholz
Personalreferentin
Sonnenfeld Versicherung AG · Königsallee 40 · 40212 Düsseldorf
""",
    ),
    label=L(
        "rejection",
        "Sonnenfeld Versicherung",
        "Aktuar",
        notes="German rejection (Absage); names past interviewers",
    ),
)

_t = """Hi Zoë,

Thanks again for your interest in the Packaging Engineer role at Meridian Toys. We really appreciated the time you spent with our team.

After a lot of discussion we've decided not to move forward with your candidacy. We know this isn't the news you were hoping for.

We'd like to keep your details in our talent community and may reach out in the coming months if a role that fits your background opens up.

All the best,
Meridian Toys Recruiting
"""
msg(
    "h039-meridian",
    date="Mon, 14 Sep 2026 16:40:12 -0500",
    client="plain",
    frm=addr("Meridian Toys", "no-reply@hire.lever.co"),
    to="zoe.harrington@gmail.com",
    reply_to="jobs@meridiantoys.com",
    subject="Meridian Toys: Packaging Engineer",
    body=body_ats(
        "h039",
        _t,
        ats_html(
            "Meridian Toys",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Meridian Toys",
            "Sent with Lever",
        ),
    ),
    label=L(
        "rejection",
        "Meridian Toys",
        "Packaging Engineer",
        notes="'in the coming months' is vague, not a decision date",
    ),
)

msg(
    "h040-lumiere",
    date="Wed, 2 Dec 2026 18:21:09 +0100",
    client="apple",
    frm=addr("Hélène Marchetti", "helene.marchetti@lumiere-sante.fr"),
    to=addr("Camille Durand", "camille.durand.data@gmail.com"),
    subject="Responsable Data – suite de votre candidature",
    body=body_apple(
        "h040",
        """Bonjour Camille,

Merci encore pour nos échanges et pour le cas pratique, très soigné.

Après réflexion, nous avons décidé de poursuivre le processus avec un autre profil pour le poste de Responsable Data, plus orienté gouvernance des données de santé. Ce n'était pas une décision facile.

J'aimerais beaucoup garder le contact : nous ouvrirons probablement un poste dans l'équipe plateforme au printemps et je penserai à vous.

Bien à vous,
Hélène

Hélène Marchetti
Directrice Data & IA – Lumière Santé
""",
    ),
    label=L(
        "rejection",
        "Lumière Santé",
        "Responsable Data",
        notes="French; soft rejection with a vague future opening",
    ),
)

msg(
    "h041-nilgiri",
    date="Thu, 5 Nov 2026 15:10:44 +0530",
    client="gmail",
    frm=addr("Nilgiri Foods Careers", "careers@nilgirifoods.co.in"),
    to="aarav.mehta93@gmail.com",
    subject="Application Status - Supply Chain Planner",
    body=body_gmail(
        "h041",
        """Dear Candidate,

Thank you for showing interest in the position of Supply Chain Planner at Nilgiri Foods Ltd.

We regret to inform you that your profile has not been shortlisted for the next round of the selection process. We will retain your resume in our database and contact you should a suitable opening arise in future.

We wish you all the best in your career.

Warm regards,
HR Department
Nilgiri Foods Ltd., Coimbatore
""",
    ),
    label=L(
        "rejection",
        "Nilgiri Foods",
        "Supply Chain Planner",
        notes="Indian HR template, 'Dear Candidate'",
    ),
)

msg(
    "h042-harrowbay",
    date="Tue, 23 Jun 2026 10:31:18 +0100",
    client="gmail",
    frm=addr("Callum Reid", "callum.reid@harrowbay.systems"),
    to=addr("Marek Nowak", "marek.nowak.dev@gmail.com"),
    subject="Re: Embedded Linux Engineer - take-home",
    in_reply_to="<CAKp0Ew7=Yb@mail.gmail.com>",
    body=body_gmail(
        "h042",
        """Hi Marek,

Thanks for sending the take-home back so quickly. I've been through it with Fiona and unfortunately we won't be taking your application further. The driver itself worked, but we were looking for more on the testing side (there were no tests for the DMA path) and on how you'd handle the error cases.

I appreciate that's not what you wanted to hear, and I hope the feedback is useful.

Best,
Callum

Callum Reid
Firmware Lead, Harrow Bay Systems
Edinburgh

On Mon, 15 Jun 2026 at 09:02, Callum Reid <callum.reid@harrowbay.systems> wrote:
> Hi Marek,
>
> Great to speak last week. As the next step, please have a go at the attached
> take-home and send it back by Friday 19th June. If it goes well, we'll book a
> 90-minute technical interview with me and Fiona MacLeod (Principal Engineer)
> on Thursday 25th June at 14:00.
>
> Callum
""",
    ),
    label=L(
        "rejection",
        "Harrow Bay Systems",
        "Embedded Linux Engineer",
        notes="quoted mail holds a planned interview with names and a date; the message is a rejection",
    ),
)

msg(
    "h043-stonebridge",
    date="Fri, 9 Oct 2026 12:02:47 +0100",
    client="outlook_eu",
    frm=addr("Rory Calder", "rory@caldersearch.co.uk"),
    to=addr("Ana Petrović", "ana.petrovic@gmx.net"),
    subject="Stonebridge Pharma - feedback",
    body=body_outlook(
        "h043",
        """Hi Ana,

I've just had feedback from Stonebridge Pharma on the Regulatory Affairs Manager role. Unfortunately they've decided not to progress your application - they felt the role needs more hands-on experience with FDA submissions, and they've gone with a candidate who has that.

They were positive about your EU MDR work and your communication, so please don't be discouraged. I have a couple of other regulatory roles coming in next week that I think could suit you better, I'll give you a call on Monday.

Best,
Rory

Rory Calder
Director | Calder Search - Life Sciences
""",
    ),
    label=L(
        "rejection",
        "Stonebridge Pharma",
        "Regulatory Affairs Manager",
        notes="agency relays client rejection; company is the client, not Calder Search",
    ),
)

# ============================ offers ============================
_t = """Dear Jordan,

On behalf of Silverline Aero, I am delighted to offer you the position of Avionics Test Engineer. We were very impressed during your interviews and believe you will be a great addition to the Flight Systems team in Wichita.

Your formal offer letter is attached and has also been sent through DocuSign. It includes your base salary of $104,500, relocation assistance, and an anticipated start date of August 17, 2026.

Please review, sign and return the offer by Friday, July 10, 2026. If you have any questions about the offer or benefits, please reach out to me directly.

Congratulations!

Kelsey Vandermeer
Senior Talent Acquisition Partner
Silverline Aero
"""
msg(
    "h044-silverline",
    date="Mon, 6 Jul 2026 09:15:40 -0500",
    client="outlook",
    frm=addr("Vandermeer, Kelsey", "kelsey.vandermeer@silverlineaero.com"),
    to=addr("Jordan Reyes", "jordan.reyes.work@outlook.com"),
    subject="Offer of Employment - Avionics Test Engineer",
    body=body_outlook(
        "h044",
        _t,
        attach=[
            attach_file("Silverline_Offer_Letter_JReyes.pdf", "application/pdf", "Offer letter")
        ],
    ),
    label=L(
        "offer",
        "Silverline Aero",
        "Avionics Test Engineer",
        notes="offer letter attached; 'sign by July 10' is a candidate deadline, decision_by null",
    ),
)

msg(
    "h045-fieldnote",
    date="Wed, 9 Dec 2026 18:03:11 -0500",
    client="gmail",
    frm=addr("Marcus Feld", "marcus@fieldnotehealth.com"),
    to=addr("Priya Raman", "priya.raman.pm@gmail.com"),
    subject="Following up on our call - offer",
    body=body_gmail(
        "h045",
        """Hi Priya,

It was so great to speak this afternoon - I could hear how excited you were and honestly the whole team is just as excited.

To recap what I shared on the phone, we'd like to offer you the Product Manager, Patient Experience role:
  - Base salary: $152,000
  - 0.18% equity, 4-year vesting with a 1-year cliff
  - Target start: January 19, 2027

Our People team will send the formal offer letter through Rippling tomorrow. If you could let us know by end of next week, that would be ideal, but please take the time you need and ask me anything.

Marcus

Marcus Feld
VP Product, Fieldnote Health
""",
    ),
    label=L(
        "offer",
        "Fieldnote Health",
        "Product Manager, Patient Experience",
        notes="verbal offer recap; 'let us know by end of next week' is the candidate's deadline",
    ),
)

msg(
    "h046-thistledown",
    date="Thu, 26 Nov 2026 15:44:02 +0000",
    client="outlook_eu",
    frm=addr("People Team - Thistledown Housing", "people@thistledown.org.uk"),
    to=addr("Hannah Okafor", "hannah.okafor@outlook.com"),
    subject="Conditional offer of employment - Customer Insight Manager",
    body=body_outlook(
        "h046",
        """Dear Hannah,

Following your recent interview, I am delighted to offer you the post of Customer Insight Manager at Thistledown Housing Association, subject to the satisfactory completion of pre-employment checks, including two references and proof of your right to work in the UK.

Salary: £52,310 per annum (Grade 7, point 3)
Hours: 35 per week, hybrid (two days in our Leeds office)
Proposed start date: Monday 4th January 2027

Your contract and a new starter form are attached. Please return the signed contract and the form by Friday 4th December.

We look forward to welcoming you to the team.

Yours sincerely,

Rachel Armitage
People Partner
Thistledown Housing Association
""",
        attach=[
            attach_file("Contract_Customer_Insight_Manager.pdf", "application/pdf", "Contract"),
            attach_file(
                "New_Starter_Form.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "form",
            ),
        ],
    ),
    label=L(
        "offer",
        "Thistledown Housing Association",
        "Customer Insight Manager",
        notes="UK conditional offer; references requested as part of the offer (kind stays offer); return-by is candidate deadline",
    ),
)

msg(
    "h047-kaveri",
    date="Fri, 2 Oct 2026 17:55:30 +0530",
    client="gmail",
    frm=addr("Deepa Iyer", "deepa.iyer@kaveripay.in"),
    to=addr("Aarav Mehta", "aarav.mehta93@gmail.com"),
    subject="Offer Letter - Senior Software Engineer - Kaveri Payments",
    body=body_gmail(
        "h047",
        """Dear Aarav,

Congratulations!

We are pleased to offer you the position of Senior Software Engineer in the Settlements team at Kaveri Payments Pvt. Ltd. Please find attached your offer letter with the detailed compensation structure (CTC INR 32,00,000 per annum).

Your proposed date of joining is 16/11/2026 at our Koramangala office, Bengaluru.

Kindly sign and share the scanned copy of the offer letter within 3 working days as a token of your acceptance.

Looking forward to having you on board.

Regards,
Deepa Iyer
Talent Acquisition Team
Kaveri Payments Pvt. Ltd.
""",
        attach=[attach_file("Offer_Letter_Aarav_Mehta.pdf", "application/pdf", "Offer")],
    ),
    label=L(
        "offer",
        "Kaveri Payments",
        "Senior Software Engineer",
        notes="Indian offer; acceptance within 3 working days is candidate deadline",
    ),
)

_h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hi Kwame,</p>
<p>Congratulations! Mercy Lakes Health has extended an offer to you for the position of <b>Registered Nurse - Cardiac ICU (Nights)</b>.</p>
<p>You have a new task in your candidate home: <b>Review Offer</b>. Please sign in to view and respond to your offer by <b>September 4, 2026</b>.</p>
<p><a href="https://wd5.myworkday.com/mercylakes/d/task/2997$44187.htmld">Review Offer</a></p>
<p>Welcome to the team,<br>Mercy Lakes Health Talent Acquisition</p>
</body></html>
"""
msg(
    "h048-mercylakes",
    date="Mon, 31 Aug 2026 13:20:05 -0700",
    client="plain",
    frm=addr("Mercy Lakes Health", "mercylakes@myworkday.com"),
    to="kwame.mensah.rn@yahoo.com",
    subject="Action Required: Review your offer",
    body=body_html(_h, cte="quoted-printable"),
    label=L(
        "offer",
        "Mercy Lakes Health",
        "Registered Nurse - Cardiac ICU (Nights)",
        notes="Workday offer task; respond-by is candidate deadline",
    ),
)

msg(
    "h049-kranich",
    date="Fri, 17 Apr 2026 16:48:22 +0200",
    client="outlook_eu",
    frm=addr("Aylin Demir", "aylin.demir@kranich-mobility.de"),
    to=addr("Rafael Costa", "rafael.costa.dev@gmail.com"),
    subject="Your offer – Data Engineer @ Kranich Mobility",
    body=body_outlook(
        "h049",
        """Hi Rafael,

I'm very happy to tell you that we would like you to join us as Data Engineer in the Data Platform team!

Anja from People & Culture will send you the contract via DocuSign on Monday. The key points:
  • Gross annual salary: 78.000 €
  • 30 vacation days, Deutschlandticket, 1.200 € learning budget
  • Start date: 1 July 2026 (we can talk about this)
  • Relocation support to Berlin including a temporary apartment for the first month

We would be happy to receive your answer by 30 April. Florian and I are available if you want to talk to someone from the team again before you decide.

Herzliche Grüße
Aylin

Aylin Demir
Senior Data Engineer | Kranich Mobility GmbH
""",
    ),
    label=L(
        "offer",
        "Kranich Mobility",
        "Data Engineer",
        notes="German employer, English; answer-by is candidate deadline",
    ),
)

msg(
    "h050-kelpwise",
    date="Tue, 24 Mar 2026 21:14:55 -0700",
    client="apple",
    frm=addr("Marisol Vega", "marisol@kelpwise.io"),
    to=addr("Tomás Aguilar", "tomas.aguilar@fastmail.com"),
    subject="🎉 offer!",
    body=body_apple(
        "h050",
        """Tomás!!

Okay, it's official - Iñaki and I would love for you to be our founding backend engineer. Offer details below, the paperwork will follow from Carta.

- $175k base
- 1.25% of the company, standard 4y/1y vesting
- Full health/dental/vision, we pay 100% for you

No pressure on timing, but we'd love to have you start in April if that's realistic. Call me whenever you want to talk it through.

M

Marisol Vega
Co-founder & CEO, Kelpwise
""",
        html=True,
    ),
    label=L(
        "offer",
        "Kelpwise",
        "Founding backend engineer",
        notes="emoji subject (RFC 2047); casual startup offer",
    ),
)

_t = """Hi Emily,

Congratulations! Lattice & Loom is excited to extend you an offer for the role of Senior Data Analyst.

View your offer: https://app.ashbyhq.com/offers/3b9c0d1e-lattice-and-loom

Your offer includes your compensation details and start date. This link expires on November 20, 2026.

If you have any questions, reply to this email to reach Danielle Osei, your recruiter.

Lattice & Loom
"""
msg(
    "h051-latticeloom",
    date="Fri, 13 Nov 2026 20:05:44 +0000",
    client="plain",
    frm=addr("Lattice & Loom", "no-reply@ashbyhq.com"),
    to=addr("Emily Zhang", "emily.zhang.dev@gmail.com"),
    reply_to=addr("Danielle Osei", "danielle.osei@latticeandloom.com"),
    subject="Your offer from Lattice & Loom",
    body=body_ats(
        "h051",
        _t,
        ats_html(
            "Your offer",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Lattice &amp; Loom",
            "Powered by Ashby",
        ),
    ),
    label=L(
        "offer",
        "Lattice & Loom",
        "Senior Data Analyst",
        notes="Ashby offer link; expiry is candidate deadline",
    ),
)
