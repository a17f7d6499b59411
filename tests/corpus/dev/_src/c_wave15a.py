# ruff: noqa: E501
# Wave 15, batch A: a new voice from healthcare, pharma, biotech, consulting, banking and MBA
# recruiting (US, UK, Germany, Switzerland, France, India, Japan, Hong Kong, South Africa):
# superday itineraries with a contact on the day, case rounds, medical-affairs panels, a
# clinical-site visit, a re-sent invitation after a room change, and hard negatives (coffee
# chats, networking calls, alumni evenings, careers fairs, the user on a panel at work).
from lib import add, ics, vtz_fixed
from mime import addr, hdr, vtz_outlook_eu

# ================================================================ superday itinerary (NYC)
add(
    name="inv-w15-bank-superday-itinerary-contact-on-day-nyc",
    kind="invitation",
    frm="Danielle Ruiz <danielle.ruiz@harcourtlane.example>",
    to="Marcus Oyelaran <marcus.oyelaran@stern-mba.example.edu>",
    cc="Priya Raman <priya.raman@harcourtlane.example>",
    subject="Harcourt Lane - Superday itinerary, Thursday October 22",
    date=(2026, 10, 14, 17, 48, "America/New_York"),
    fmt="alt",
    body="""
Hi Marcus,

Congratulations again on moving forward to the final round for the Healthcare Investment Banking Summer Associate position. Please find your Superday itinerary below.

Date: Thursday, October 22, 2026
Location: Harcourt Lane & Co., 745 Seventh Avenue, 31st floor, New York, NY
Please arrive by 8:45 AM and check in at the 1st floor security desk with a photo ID.

8:45 - 9:00 AM   Check-in (Priya Raman, Campus Recruiting, will meet you in the lobby)
9:00 - 9:30 AM   Michael Brandt, Managing Director, Healthcare Group
9:30 - 10:00 AM  Sofia Castellanos, Vice President
10:00 - 10:30 AM Kwame Asante, Senior Associate
10:30 - 11:00 AM Elizabeth Thornton, Managing Director, Biopharma Coverage

Your contact on the day is Priya Raman (cell 212-555-0148) - please call her if you are running late or have any trouble getting in.

Business formal attire. We will reimburse reasonable travel; receipts to Priya after the day.

Best regards,
Danielle

Danielle Ruiz
Executive Assistant to Michael Brandt
Harcourt Lane & Co.
""",
    company="Harcourt Lane",
    role="Healthcare Investment Banking Summer Associate",
    interviewers=[
        ("Michael Brandt", None, "Managing Director, Healthcare Group"),
        ("Sofia Castellanos", None, "Vice President"),
        ("Kwame Asante", None, "Senior Associate"),
        ("Elizabeth Thornton", None, "Managing Director, Biopharma Coverage"),
    ],
    start="2026-10-22 09:00",
    end="2026-10-22 11:00",
    tz="America/New_York",
    notes="Assistant's itinerary, one line per interviewer. Priya Raman (campus recruiting, cc'd) is the contact on the day and only checks the candidate in; the assistant who sends it does not interview. Interviews run 9:00-11:00 EDT; check-in at 8:45 is not part of the interview.",
)

# ================================================================ consulting first round (London)
add(
    name="inv-w15-consulting-first-round-two-cases-london",
    kind="invitation",
    frm="Whitlock Partners Recruiting <recruiting.uk@whitlockpartners.example>",
    to="Amelia Hartley-Singh <amelia.hs@lbs-mba.example.ac.uk>",
    subject="Whitlock Partners: First Round Interviews - Associate (London office)",
    date=(2026, 10, 21, 11, 5, "Europe/London"),
    fmt="qp",
    body="""
Dear Amelia,

Thank you for your application to Whitlock Partners. We are pleased to invite you to first round interviews for the Associate position in our London office.

Your interviews will take place virtually on Tuesday 3 November. You will have two back-to-back case interviews of 45 minutes each, with a short break in between:

10:00 - 10:45  Case interview with Hannah Okafor, Engagement Manager
11:00 - 11:45  Case interview with Tom Baptiste, Principal

Both interviews will be held on Microsoft Teams; joining links will follow in separate calendar invitations. Each interview combines a case (around 30 minutes) with a short discussion of your experience. Calculators are not permitted; please have pen and paper to hand.

Should you need any adjustments to the process, please reply to this email and we will be happy to help.

We look forward to speaking with you.

Kind regards,

Georgina Platt
Recruiting Coordinator, UK & Ireland
Whitlock Partners
""",
    company="Whitlock Partners",
    role="Associate",
    interviewers=[
        ("Hannah Okafor", None, "Engagement Manager"),
        ("Tom Baptiste", None, "Principal"),
    ],
    start="2026-11-03 10:00",
    end="2026-11-03 11:45",
    tz="Europe/London",
    notes="Two case interviews on a day-first date with no year; sent in BST, held in GMT after 25 Oct. The recruiting coordinator only schedules.",
)

# ================================================================ re-sent Outlook invite: room change (Basel)
BASEL_DESC = """Please note: the meeting room has changed. We will now meet in Building 97, room 3.21 (not room 1.04 as previously communicated). The time is unchanged.

Panel:
Dr. Anna Keller, Head Medical Affairs Oncology Switzerland
Lukas Brunner, Senior Medical Science Liaison

Please report to the visitor centre at Gate 2 at 13:45; Ms. Keller's assistant Nadine Wyss will collect you."""

add(
    name="inv-w15-outlook-resent-room-change-msl-basel",
    kind="invitation",
    frm="Nadine Wyss <nadine.wyss@rheinfeldpharma.example>",
    to="Camille Ferreira <camille.ferreira@example.ch>",
    subject="Updated: Interview - Medical Science Liaison Oncology (Camille Ferreira)",
    date=(2026, 9, 28, 8, 12, "Europe/Zurich"),
    ics_style="outlook",
    body="""
Please note: the meeting room has changed. We will now meet in Building 97, room 3.21 (not room 1.04 as previously communicated). The time is unchanged.

Panel:
Dr. Anna Keller, Head Medical Affairs Oncology Switzerland
Lukas Brunner, Senior Medical Science Liaison

Please report to the visitor centre at Gate 2 at 13:45; Ms. Keller's assistant Nadine Wyss will collect you.
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000B0F7A3C1D94ED901000000000000000010000000",
        start="2026-10-06 14:00",
        end="2026-10-06 15:30",
        tz="Europe/Zurich",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Wyss Nadine", "nadine.wyss@rheinfeldpharma.example"),
        attendees=[
            ("Keller Anna", "anna.keller@rheinfeldpharma.example"),
            ("Brunner Lukas", "lukas.brunner@rheinfeldpharma.example"),
            ("Camille Ferreira", "camille.ferreira@example.ch"),
        ],
        summary="Interview - Medical Science Liaison Oncology (Camille Ferreira)",
        seq=1,
        desc=BASEL_DESC,
        location="Rheinfeld Pharma Basel, Building 97, Room 3.21",
        prodid="Microsoft Exchange Server 2010",
    ),
    company="Rheinfeld Pharma",
    role="Medical Science Liaison Oncology",
    interviewers=[
        (
            "Anna Keller",
            "anna.keller@rheinfeldpharma.example",
            "Head Medical Affairs Oncology Switzerland",
        ),
        (
            "Lukas Brunner",
            "lukas.brunner@rheinfeldpharma.example",
            "Senior Medical Science Liaison",
        ),
    ],
    start="2026-10-06 14:00",
    end="2026-10-06 15:30",
    tz="Europe/Zurich",
    notes="Re-sent Outlook request (SEQUENCE 1) after a room change only; the time is unchanged, so it still confirms the same interview: invitation. Attendees as 'Surname Given' in the ICS, natural order in the body. The assistant organises and collects the candidate; she does not interview.",
)

# ================================================================ German medical-affairs panel (Munich)
add(
    name="inv-w15-successfactors-medical-manager-panel-munich-de",
    kind="invitation",
    frm="Veltrana Pharma Recruiting <noreply.recruiting@veltrana.example>",
    reply_to="Katrin Vogel <katrin.vogel@veltrana.example>",
    to="Tobias Lindner <tobias.lindner@example.de>",
    subject=hdr("Einladung zum Vorstellungsgespräch – Medical Manager Kardiologie (m/w/d)"),
    date=(2026, 11, 5, 15, 20, "Europe/Berlin"),
    fmt="qp",
    headers="X-Mailer: SAP SuccessFactors Recruiting",
    body="""
Sehr geehrter Herr Lindner,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Position Medical Manager Kardiologie (m/w/d) bei der Veltrana Pharma GmbH.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Mittwoch, 18.11.2026, 14:00 – 15:30 Uhr
Ort: Veltrana Pharma GmbH, Leopoldstraße 210, 80807 München, Empfang Haus B

Ihre Gesprächspartner:
- Frau Dr. med. Sabine Hofmeister, Leiterin Medical Affairs
- Herr Jonas Petersen, Senior Medical Advisor Kardiologie
- Frau Ilka Brandes, HR Business Partner

Bitte bereiten Sie eine kurze Präsentation (ca. 10 Minuten) zu einer aktuellen Studie aus der Kardiologie vor.

Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail. Bei Fragen erreichen Sie mich unter +49 89 5550 2231.

Mit freundlichen Grüßen

Katrin Vogel
Talent Acquisition
Veltrana Pharma GmbH

Diese Nachricht wurde über SAP SuccessFactors versendet.
""",
    company="Veltrana Pharma",
    role="Medical Manager Kardiologie",
    interviewers=[
        ("Sabine Hofmeister", None, "Leiterin Medical Affairs"),
        ("Jonas Petersen", None, "Senior Medical Advisor Kardiologie"),
        ("Ilka Brandes", None, "HR Business Partner"),
    ],
    start="2026-11-18 14:00",
    end="2026-11-18 15:30",
    tz="Europe/Berlin",
    notes="German SuccessFactors mail, dotted day-first date; 'Frau Dr. med.' and 'Herr' are honorifics, not names. The HR business partner sits on the panel ('Ihre Gesprächspartner'); the talent-acquisition sender does not. Role without '(m/w/d)'.",
)

# ================================================================ iCIMS recruiter screen (hospital, Chicago)
add(
    name="inv-w15-icims-recruiter-screen-nurse-manager-chicago",
    kind="invitation",
    frm="Marcy Delgado <marcy.delgado@stbrendanhealth.example>",
    to="Renee Whitfield <renee.whitfield@example.com>",
    subject="St. Brendan Health - Phone Screen for Nurse Manager, Cardiac ICU",
    headers="X-Mailer: iCIMS Talent Platform\nX-iCIMS-Portal: careers-stbrendanhealth",
    date=(2027, 2, 9, 13, 2, "America/Chicago"),
    fmt="alt",
    body="""
Hello Renee,

Thank you for applying for the Nurse Manager, Cardiac ICU position (Req #48213) at St. Brendan Health. I would like to schedule a brief phone screen to learn more about your leadership experience and share details about the unit.

I have you down for Thursday, February 11 at 10:30 AM CST. I'll call you at the number on your application (312-555-0190); plan on about 30 minutes. If that time no longer works, just reply with a couple of alternatives.

Following the screen, qualified candidates will be invited to a panel interview with the Director of Cardiovascular Nursing.

Warm regards,

Marcy Delgado, BSN
Talent Acquisition Partner - Nursing
St. Brendan Health | Chicago, IL
""",
    company="St. Brendan Health",
    role="Nurse Manager, Cardiac ICU",
    interviewers=[
        (
            "Marcy Delgado",
            "marcy.delgado@stbrendanhealth.example",
            "Talent Acquisition Partner - Nursing",
        )
    ],
    start="2027-02-11 10:30",
    end="2027-02-11 11:00",
    tz="America/Chicago",
    notes="The recruiter runs the phone screen herself, so she is the interviewer. The later panel's director is mentioned without a name and is not part of this interview. Req number is not part of the role.",
)

# ================================================================ Indian biologics, HTML-only table (Hyderabad)
HYD_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr. Venkatesh Rao,</p>
<p>With reference to your application for the post of <b>Senior Manager – Regulatory Affairs</b>, we are pleased to inform you that you have been shortlisted for a face-to-face interview at Sarvodaya Biologics Ltd.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f0f8"><th>Date</th><th>Time</th><th>Venue</th></tr>
<tr><td>Saturday, 21st November 2026</td><td>11:00 AM to 12:30 PM (IST)</td><td>Corporate Office, Plot 14, Genome Valley, Shameerpet, Hyderabad</td></tr>
</table>
<p><b>Interview Panel</b></p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f0f8"><th>Name</th><th>Designation</th></tr>
<tr><td>Dr. Ramesh Iyer</td><td>Head – Regulatory Affairs</td></tr>
<tr><td>Ms. Kavitha Subramanian</td><td>DGM – Quality Assurance</td></tr>
</table>
<p>Kindly carry the following: updated CV, photo ID proof, last three months&rsquo; salary slips and copies of educational certificates.</p>
<p>For any queries or directions on the day, please contact Mr. Anil Kumar (HR Executive) on +91 98480 22314.</p>
<p>Regards,<br>Human Resources<br>Sarvodaya Biologics Ltd.<br>Hyderabad &ndash; 500078</p>
</body></html>
"""

add(
    name="inv-w15-html-only-b64-panel-table-regulatory-hyderabad",
    kind="invitation",
    frm="HR Sarvodaya Biologics <hr.recruitment@sarvodayabio.example.in>",
    to="Venkatesh Rao <venkatesh.rao1984@example.in>",
    subject="Interview Call Letter - Senior Manager - Regulatory Affairs",
    date=(2026, 11, 16, 18, 40, "Asia/Kolkata"),
    fmt="html64",
    html=HYD_HTML,
    company="Sarvodaya Biologics",
    role="Senior Manager – Regulatory Affairs",
    interviewers=[
        ("Ramesh Iyer", None, "Head – Regulatory Affairs"),
        ("Kavitha Subramanian", None, "DGM – Quality Assurance"),
    ],
    start="2026-11-21 11:00",
    end="2026-11-21 12:30",
    tz="Asia/Kolkata",
    notes="HTML-only, base64: date and panel in tables, honorifics Dr./Ms. dropped. The HR executive is a contact for the day, not a panelist. Saturday interview, ordinal day.",
)

# ================================================================ Japanese consulting, family name first (Tokyo)
add(
    name="inv-w15-tokyo-consulting-case-family-name-first-ja",
    kind="invitation",
    frm=addr("青葉コンサルティング 採用担当", "saiyo@aoba-consulting.example.jp", encoding="b"),
    to=addr("中村 翔太", "shota.nakamura@example.jp", encoding="b"),
    subject=hdr("【青葉コンサルティング】二次面接（ケース面接）のご案内", encoding="b"),
    date=(2026, 11, 24, 10, 15, "Asia/Tokyo"),
    fmt="b64",
    body="""
中村 翔太 様

お世話になっております。
青葉コンサルティング株式会社 採用担当の小林でございます。

先日は一次面接にお越しいただき、誠にありがとうございました。
厳正なる選考の結果、二次面接（ケース面接）にお進みいただくことになりましたので、ご案内申し上げます。

■ 募集職種：戦略コンサルタント（中途採用）
■ 日時：2026年12月3日（木）15:00～16:00
■ 形式：対面（弊社 丸の内オフィス 18階 受付にお越しください）
■ 面接官：
　マネージャー　佐藤 健一
　シニアコンサルタント　田中 美咲

当日は筆記用具をご持参ください。
ご都合が悪い場合は、11月27日（金）までにご連絡いただけますと幸いです。

何卒よろしくお願い申し上げます。

青葉コンサルティング株式会社
人事部 採用担当　小林 由美
""",
    company="青葉コンサルティング",
    role="戦略コンサルタント",
    interviewers=[
        ("佐藤 健一", None, "マネージャー"),
        ("田中 美咲", None, "シニアコンサルタント"),
    ],
    start="2026-12-03 15:00",
    end="2026-12-03 16:00",
    tz="Asia/Tokyo",
    notes="Japanese, base64 body and B-encoded headers. Family-name-first names kept as written; the title precedes each name. The recruiter (小林) only schedules. The 27 Nov date is a deadline for the candidate, not a decision date.",
)

# ================================================================ HK bank second round, quoted first round
add(
    name="inv-w15-hk-bank-second-round-reply-quotes-first",
    kind="invitation",
    frm="Cheryl Tse <cheryl.tse@harbourlinebank.example.hk>",
    to="Ethan Leung <ethan.leung@example.hk>",
    subject="RE: Harbourline Bank - Credit Risk Analyst interview",
    date=(2026, 11, 30, 16, 25, "Asia/Hong_Kong"),
    in_reply_to="<CAK3x9-first-round-hlb@mail.example.hk>",
    body="""
Hi Ethan,

Good news - the team would like to meet you again for the second round.

Date/time: Wednesday 9 December, 2:30pm to 3:30pm HKT
Venue: 18/F, Harbourline Tower, 88 Des Voeux Road Central (please register at the G/F lobby)
Interviewers: David Cheung (Head of Credit Risk, APAC) and Wong Mei Ling (Director, Corporate Credit)

This round will include a short credit memo discussion, so please be ready to walk through a recent deal you have analysed.

Thanks,
Cheryl

Cheryl Tse | HR Officer | Harbourline Bank

-----Original Message-----
From: Cheryl Tse
Sent: Friday, November 20, 2026 11:02 AM
To: Ethan Leung
Subject: Harbourline Bank - Credit Risk Analyst interview

Hi Ethan,

Thank you for your interest in the Credit Risk Analyst role. Please find below your first-round interview details:

Date/time: Tuesday 24 November, 10:00am to 10:45am HKT
Interviewers: Jason Lau (Vice President, Credit Risk) and Karen Ho (Associate Director)

Thanks,
Cheryl
""",
    company="Harbourline Bank",
    role="Credit Risk Analyst",
    interviewers=[
        ("David Cheung", None, "Head of Credit Risk, APAC"),
        ("Wong Mei Ling", None, "Director, Corporate Credit"),
    ],
    start="2026-12-09 14:30",
    end="2026-12-09 15:30",
    tz="Asia/Hong_Kong",
    notes="Second round; the quoted first-round mail holds other interviewers and an older time. Wong Mei Ling is family-name first and kept as written. The HR officer only schedules.",
)

# ================================================================ clinical-site visit (Johannesburg)
add(
    name="inv-w15-cro-clinical-site-visit-itinerary-johannesburg",
    kind="invitation",
    frm="Lindiwe Dube <lindiwe.dube@sableclinical.example.co.za>",
    to="Naledi Mokoena <naledi.mokoena@example.co.za>",
    subject="Site visit & interviews - Clinical Research Associate II - Tue 8 Dec",
    date=(2026, 12, 1, 9, 30, "Africa/Johannesburg"),
    fmt="alt",
    body="""
Dear Naledi,

As discussed with Dr Nkosi, we would like to invite you to a site visit and interviews for the Clinical Research Associate II role at our Parktown research unit.

Tuesday, 8 December 2026 - the visit runs from 09:00 to 11:30.

09:00 - 09:15  Welcome and safety briefing (me)
09:15 - 10:00  Interview: Dr Thabo Nkosi, Principal Investigator
10:00 - 10:45  Interview: Johan van der Merwe, CRA Line Manager
10:45 - 11:30  Walk-through of the unit, pharmacy and sample lab (me)

I will be your contact on the day - please WhatsApp me on 082 555 0176 when you arrive at the boom gate and I will sign you in. Parking is available in bay P3.

Please bring your ID and your GCP certificate.

Kind regards,
Lindiwe Dube
Site Operations Coordinator
Sable Clinical Research (Pty) Ltd
""",
    company="Sable Clinical Research",
    role="Clinical Research Associate II",
    interviewers=[
        ("Thabo Nkosi", None, "Principal Investigator"),
        ("Johan van der Merwe", None, "CRA Line Manager"),
    ],
    start="2026-12-08 09:00",
    end="2026-12-08 11:30",
    tz="Africa/Johannesburg",
    notes="A site visit with an itinerary: the coordinator who writes is the contact on the day and leads the welcome and the tour but does not interview. The message gives the whole visit as 09:00-11:30 SAST. Lower-case 'van der' kept.",
)

# ================================================================ Eightfold self-scheduling link (biotech, Boston)
add(
    name="inv-w15-eightfold-self-schedule-protein-scientist-boston",
    kind="invitation",
    frm="Corvessa Therapeutics Careers <careers-noreply@corvessa.eightfold.example>",
    to="Hyun-woo Park <hw.park@example.com>",
    subject="Action required: Schedule your interview with Corvessa Therapeutics",
    date=(2026, 8, 18, 9, 0, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1f2933">
<div style="max-width:600px;margin:0 auto">
<img src="https://static.eightfold.example/corvessa/logo.png" alt="Corvessa Therapeutics" width="160">
<h2 style="font-weight:500">Hi Hyun-woo,</h2>
<p>Thank you for your interest in the <strong>Scientist II, Protein Engineering</strong> role at Corvessa Therapeutics.</p>
<p>Dr. Elena Marsh, Director of Protein Sciences, would like to meet with you for a 45-minute video interview. Please choose a time that works for you using the button below. Available times are shown in your local time zone.</p>
<p style="text-align:center;margin:28px 0"><a href="https://corvessa.eightfold.example/scheduling/select?token=c2NoZWQtOTkxMjQ" style="background:#0b6e4f;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Select a time</a></p>
<p>This link expires in 5 days. If none of the times work, reply to this email and our team will help.</p>
<p>Best,<br>Talent Acquisition<br>Corvessa Therapeutics</p>
<hr style="border:none;border-top:1px solid #e4e7eb">
<p style="font-size:11px;color:#7b8794">Powered by Eightfold AI. You are receiving this email because you applied to a position at Corvessa Therapeutics.</p>
</div></body></html>
""",
    company="Corvessa Therapeutics",
    role="Scientist II, Protein Engineering",
    interviewers=[("Elena Marsh", None, "Director of Protein Sciences")],
    notes="Eightfold self-scheduling link, HTML-only: an invitation with no time yet. The hiring director named in it is the interviewer.",
)

# ================================================================ French reschedule with replaced panelist (Paris)
add(
    name="rsc-w15-paris-consulting-moved-replaced-panelist-fr",
    kind="reschedule",
    frm=addr("Élodie Garnier", "elodie.garnier@marceau-associes.example.fr"),
    to="Karim Benali <karim.benali@example.fr>",
    subject=hdr("Modification de votre entretien – Consultant Senior Santé"),
    date=(2026, 11, 12, 18, 5, "Europe/Paris"),
    fmt="qp",
    body="""
Bonjour Karim,

Je reviens vers vous au sujet de votre entretien pour le poste de Consultant Senior Santé, initialement prévu le mardi 17 novembre à 14h00.

Claire Dubois étant retenue chez un client cette semaine-là, nous devons décaler le rendez-vous. Il aura lieu le jeudi 19 novembre de 10h00 à 11h30, toujours dans nos locaux du 42 rue de Courcelles (Paris 8e).

Vous rencontrerez Antoine Lefèvre, Senior Manager, qui remplace Claire, ainsi que Julien Mercier, Associé du pôle Santé & Sciences de la vie. Le format reste le même : une étude de cas d'environ 45 minutes, suivie d'un échange sur votre parcours.

Merci de me confirmer que ce nouveau créneau vous convient.

Bien cordialement,

Élodie Garnier
Chargée de recrutement
Marceau & Associés
""",
    company="Marceau & Associés",
    role="Consultant Senior Santé",
    interviewers=[
        ("Antoine Lefèvre", None, "Senior Manager"),
        ("Julien Mercier", None, "Associé du pôle Santé & Sciences de la vie"),
    ],
    start="2026-11-19 10:00",
    end="2026-11-19 11:30",
    tz="Europe/Paris",
    notes="French reschedule: moved from 17 to 19 Nov; Claire Dubois is replaced and is not an interviewer. The recruiter only schedules.",
)

# ================================================================ next steps after a superday (decision date)
add(
    name="nxt-w15-after-superday-decision-by-friday-30-oct",
    kind="next_steps",
    frm="Priya Raman <priya.raman@harcourtlane.example>",
    to="Marcus Oyelaran <marcus.oyelaran@stern-mba.example.edu>",
    subject="Thank you for attending our Superday",
    date=(2026, 10, 23, 12, 10, "America/New_York"),
    body="""
Hi Marcus,

Thank you for spending yesterday with us at Harcourt Lane. The team enjoyed meeting you and we appreciate the time and energy you put into the day.

The Healthcare Group is meeting early next week to review all Superday candidates, and we will come back to everyone with a decision by Friday, October 30.

In the meantime, if you receive any exploding offers or have other timing constraints, please let me know as soon as possible so we can try to accommodate them.

Best,
Priya

Priya Raman
Campus Recruiting | Harcourt Lane & Co.
""",
    company="Harcourt Lane",
    role=None,
    decision_by="2026-10-30",
    notes="Status after the final round with an explicit decision date; no interview, so no interviewers or start.",
)

# ================================================================ cancellation with ICS (Outlook, Mumbai hospital)
MUM_VTZ = vtz_fixed("India Standard Time", "+0530", "IST")

add(
    name="can-w15-outlook-cancel-position-on-hold-mumbai",
    kind="cancellation",
    frm="Farah Shaikh <farah.shaikh@medivancehospitals.example.in>",
    to='"Dr. Aditya Kulkarni" <aditya.kulkarni@example.in>',
    subject="Canceled: Interview - Consultant Cardiologist (Dr. Aditya Kulkarni)",
    date=(2026, 10, 9, 11, 45, "Asia/Kolkata"),
    ics_style="outlook",
    ics_method="CANCEL",
    body="""
Dear Dr. Kulkarni,

We regret to inform you that your interview with Dr. Meera Deshpande, Medical Director, scheduled for Wednesday, 14 October 2026 at 4:00 PM, stands cancelled as the position has been put on hold by management.

We will keep your profile on record and reach out should the position reopen.

Regards,
Farah Shaikh
Talent Acquisition
Medivance Hospitals, Mumbai
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A1C3E5F7D94ED901000000000000000010000000",
        start="2026-10-14 16:00",
        end="2026-10-14 17:00",
        tz="Asia/Kolkata",
        tzid="India Standard Time",
        vtz=MUM_VTZ,
        organizer=("Farah Shaikh", "farah.shaikh@medivancehospitals.example.in"),
        attendees=[
            ("Dr. Meera Deshpande", "meera.deshpande@medivancehospitals.example.in"),
            ("Dr. Aditya Kulkarni", "aditya.kulkarni@example.in"),
        ],
        summary="Canceled: Interview - Consultant Cardiologist (Dr. Aditya Kulkarni)",
        method="CANCEL",
        seq=2,
        status="CANCELLED",
        prodid="Microsoft Exchange Server 2010",
    ),
    company="Medivance Hospitals",
    role="Consultant Cardiologist",
    interviewers=[
        ("Meera Deshpande", "meera.deshpande@medivancehospitals.example.in", "Medical Director")
    ],
    start="2026-10-14 16:00",
    end="2026-10-14 17:00",
    tz="Asia/Kolkata",
    notes="Outlook CANCEL with 'India Standard Time'; start/end and interviewer are those of the cancelled interview. The candidate is a doctor too: 'Dr.' in the To header is not an interviewer.",
)

# ================================================================ hard negatives
add(
    name="oth-w15-mba-coffee-chat-consulting-associate",
    kind="other",
    frm="Jonah Feld <jonah.feld@brookmereconsulting.example>",
    to="Aisha Bello <abello@kellogg-mba.example.edu>",
    subject="Coffee chat?",
    date=(2026, 9, 15, 21, 14, "America/Chicago"),
    body="""
Hi Aisha,

Great meeting you at the Brookmere info session on Monday. I'm a Kellogg '24 alum and now an associate in our Chicago healthcare practice - happy to tell you more about what the work is actually like.

Would a 20-minute virtual coffee chat work sometime next week? Thursday afternoon after 4 is usually good for me, or send me a couple of times that suit you.

Just to be clear, this is totally informal and not part of the evaluation - come with whatever questions you have about the firm, the practice or recruiting season.

Cheers,
Jonah

Jonah Feld | Associate | Brookmere Consulting Group
""",
    company="Brookmere Consulting Group",
    notes="MBA coffee chat with an alum: informal and explicitly not an evaluation. Not an interview.",
)

add(
    name="oth-w15-calendly-networking-call-banker-alum",
    kind="other",
    frm="Calendly <notifications@calendly.com>",
    to="Daniel Osei <daniel.osei@wharton-mba.example.edu>",
    subject="Confirmed: 20 Minute Networking Chat with Rohan Mehta on Tuesday, October 6, 2026",
    date=(2026, 9, 30, 8, 2, "America/New_York"),
    fmt="alt",
    ics_style="attach",
    body="""
Hi Daniel,

Your event has been scheduled.

Event Type: 20 Minute Networking Chat
Invitee: Daniel Osei
Host: Rohan Mehta
Event Date/Time: 12:30pm - 12:50pm (Eastern Time - US & Canada) Tuesday, October 6, 2026
Location: Rohan Mehta will call you at +1 267-555-0163.

Questions:
What would you like to chat about? - Wharton alum curious about your path from pharma BD into healthcare banking at Calloway Brothers; no recruiting ask, just learning.

View event in Calendly | Reschedule | Cancel

Sent from Calendly
""",
    ics=ics(
        uid="a8d3f1e2-6c4b-4a77-9b1e-5f2d0c9e7a31@calendly.com",
        start="2026-10-06 12:30",
        end="2026-10-06 12:50",
        tz="America/New_York",
        utc=True,
        organizer=("Rohan Mehta", "rohan.mehta@callowaybrothers.example"),
        attendees=[("Daniel Osei", "daniel.osei@wharton-mba.example.edu")],
        summary="20 Minute Networking Chat between Rohan Mehta and Daniel Osei",
        prodid="-//Calendly//EN",
    ),
    company=None,
    notes="A networking call the user booked with an alum through Calendly, with an ICS: a hard negative. No interview, no employer process.",
)

add(
    name="oth-w15-alumni-evening-frankfurt-de",
    kind="other",
    frm="WHU Alumni Frankfurt <alumni-frankfurt@whu-netzwerk.example.de>",
    to="Lena Schäfer <lena.schaefer@example.de>",
    subject=hdr("Einladung: Alumni-Abend „Karrierewege in Biotech & Pharma“ am 12. November"),
    date=(2026, 10, 20, 10, 0, "Europe/Berlin"),
    fmt="alt",
    body="""
Liebe Alumnae und Alumni,

herzliche Einladung zu unserem nächsten Alumni-Abend in Frankfurt!

Thema: Karrierewege in Biotech & Pharma
Wann: Donnerstag, 12. November 2026, ab 18:30 Uhr
Wo: Rooftop Lounge, Taunusanlage 8, 60329 Frankfurt am Main

Auf dem Podium: Dr. Martina Roth (VP Market Access, Helvion Biotech), Felix Andersen (Partner, Lindqvist Consulting) und Yasemin Kaya (Head of Talent, Orvane Pharma). Im Anschluss Get-together mit Fingerfood und Getränken.

Die Teilnahme ist kostenlos; bitte meldet euch bis zum 5. November über das Alumni-Portal an.

Wir freuen uns auf euch!
Euer Organisationsteam WHU Alumni Frankfurt
""",
    notes="German alumni evening with a careers panel: names and a date, but no hiring process. Other.",
)

add(
    name="oth-w15-life-sciences-careers-fair-ics-london",
    kind="other",
    frm="UCL Careers <careers-events@ucl-careers.example.ac.uk>",
    to="Oliver Nwosu <oliver.nwosu.23@ucl.example.ac.uk>",
    subject="You're booked: Life Sciences & Healthcare Careers Fair - Wed 4 November",
    date=(2026, 10, 26, 14, 30, "Europe/London"),
    ics_style="google",
    body="""
Hi Oliver,

Thanks for booking your place at the Life Sciences & Healthcare Careers Fair.

Wednesday 4 November, 12:00-16:00, Wilkins Building, North Cloisters

Over 45 employers will be there, including NHS England graduate schemes, Halcyon Biopharma, Grantley Health Consulting and Ridgeway Diagnostics. Some employers will be running CV clinics and mock case interviews on their stands - no sign-up needed.

Top tips: bring a few printed CVs, research the employers beforehand and have a 30-second pitch ready.

A calendar invitation is attached for your convenience.

UCL Careers
""",
    ics=ics(
        uid="ucl-careers-fair-ls-20261104@ucl-careers.example.ac.uk",
        start="2026-11-04 12:00",
        end="2026-11-04 16:00",
        tz="Europe/London",
        organizer=("UCL Careers Events", "careers-events@ucl-careers.example.ac.uk"),
        attendees=[("Oliver Nwosu", "oliver.nwosu.23@ucl.example.ac.uk")],
        summary="Life Sciences & Healthcare Careers Fair",
        location="Wilkins Building, North Cloisters, UCL",
    ),
    notes="Careers fair booking with an ICS and 'mock case interviews' on stands: a recruiting event, not an interview.",
)

add(
    name="oth-w15-workday-user-on-interview-panel-at-work",
    kind="other",
    frm="Northvale Health Workday <northvale@myworkday.example.com>",
    to="Sarah Kim <sarah.kim@northvalehealth.example>",
    subject="Interview Scheduled: Ben Carter - Senior Clinical Data Manager (R-0031287)",
    date=(2026, 10, 2, 15, 11, "America/Los_Angeles"),
    fmt="alt",
    body="""
You have been added as an interviewer.

Candidate: Ben Carter
Job Requisition: R-0031287 Senior Clinical Data Manager
Interview Date: 10/08/2026
Time: 1:00 PM - 1:45 PM PDT
Location: Zoom (link in the calendar invitation)
Other Interviewers: Grace Liu, Director, Clinical Data Management

Please review the candidate's resume and submit your feedback in Workday within 24 hours of the interview.

View Interview in Workday

This is a system-generated message from Workday. Please do not reply.
""",
    company=None,
    notes="The user (an employee) is on the panel interviewing someone else: a hard negative, even though it has a time and names.",
)

add(
    name="oth-w15-candidate-experience-survey-after-panel",
    kind="other",
    frm="Brightwater Health Talent <talent-survey@brightwaterhealth.example>",
    to="Maya Goldberg <maya.goldberg@example.com>",
    subject="How was your interview with Brightwater Health?",
    date=(2026, 11, 6, 10, 0, "America/Denver"),
    fmt="alt",
    body="""
Hi Maya,

Thank you for recently interviewing with us for the Clinical Pharmacist role. We would love to hear about your experience.

This 3-minute survey is anonymous and will not affect your candidacy in any way. Your answers help us improve the interview process for future candidates.

Start the survey: https://survey.brightwaterhealth.example/ce/8f2a1c

Thank you,
Brightwater Health Talent Acquisition
""",
    company="Brightwater Health",
    role="Clinical Pharmacist",
    notes="Candidate-experience survey about a past interview: other.",
)

add(
    name="oth-w15-phenom-job-alert-medical-science-liaison",
    kind="other",
    frm="Lunacrest Biosciences Careers <jobs@lunacrest.phenompeople.example>",
    to="Camille Ferreira <camille.ferreira@example.ch>",
    subject="5 new jobs for you: Medical Science Liaison",
    date=(2026, 10, 12, 7, 0, "Europe/Zurich"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h3>Hi Camille, here are new jobs matching your alert &ldquo;Medical Science Liaison&rdquo;</h3>
<p><a href="https://careers.lunacrest.example/job/MSL-Oncology-Zurich">Medical Science Liaison, Oncology</a><br>Zurich, Switzerland &middot; Posted 2 days ago</p>
<p><a href="https://careers.lunacrest.example/job/MSL-Haematology-Geneva">Medical Science Liaison, Haematology</a><br>Geneva, Switzerland &middot; Posted 3 days ago</p>
<p><a href="https://careers.lunacrest.example/job/Senior-MSL-Neuroscience-Munich">Senior MSL, Neuroscience</a><br>Munich, Germany &middot; Posted 4 days ago</p>
<p><a href="https://careers.lunacrest.example/job/Medical-Advisor-Rare-Disease-Basel">Medical Advisor, Rare Disease</a><br>Basel, Switzerland &middot; Posted 5 days ago</p>
<p><a href="https://careers.lunacrest.example/job/MSL-Immunology-Vienna">MSL, Immunology</a><br>Vienna, Austria &middot; Posted 6 days ago</p>
<p style="font-size:11px;color:#888">You are receiving this because you created a job alert at Lunacrest Biosciences. <a href="https://careers.lunacrest.example/alerts/unsubscribe">Unsubscribe</a>. Powered by Phenom.</p>
</td></tr></table></body></html>
""",
    notes="Job-alert digest from a Phenom career site: other.",
)
