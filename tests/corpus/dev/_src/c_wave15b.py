# ruff: noqa: E501
# Wave 15, batch B: the same healthcare / pharma / consulting / banking / MBA voice. Partner
# rounds, NHS-style panels, a virtual superday in UTC, a biotech seminar day with a lunch host
# who does not evaluate, a manager's "tomorrow" with a first-name-only colleague, a moved Teams
# interview, people mentioned who will not interview; hard negatives: being a reference, a
# podcast, a prep webinar with ICS, a recruitment scam, a meeting at work, a doctor's
# appointment and a campus presentation.
from lib import add, ics, vtz_fixed
from mime import VTZ_OUTLOOK_PACIFIC, addr, hdr, vtz_outlook_eu

# ================================================================ consulting partner round (Mumbai, Outlook IST)
add(
    name="inv-w15-consulting-partner-round-outlook-ist-mumbai",
    kind="invitation",
    frm="Shreya Nair <shreya.nair@kestrelstrategy.example>",
    to="Arjun Malhotra <arjun.malhotra@iima-pgp.example.ac.in>",
    subject="Kestrel Strategy - Partner round - Thursday 10 December",
    date=(2026, 12, 4, 19, 30, "Asia/Kolkata"),
    ics_style="outlook",
    body="""
Dear Arjun,

Congratulations on clearing the first round. We would like to invite you to the partner round for the Associate Consultant role at our Mumbai office (Lower Parel).

Thursday, 10 December 2026, 2:00 PM - 3:30 PM IST

You will have two case discussions of about 40 minutes each:
1. Vikram Sethi, Partner (Healthcare & Life Sciences)
2. Nandini Rao, Partner (Financial Services)

Rohit Kapoor, our Office Managing Partner, may drop by briefly at the end to say hello - this is not an interview.

Please carry a government photo ID for building security. A calendar invite is attached.

Regards,
Shreya Nair
Recruiting Coordinator | Kestrel Strategy, Mumbai
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000C4D6E8FAD94ED901000000000000000010000000",
        start="2026-12-10 14:00",
        end="2026-12-10 15:30",
        tz="Asia/Kolkata",
        tzid="India Standard Time",
        vtz=vtz_fixed("India Standard Time", "+0530", "IST"),
        organizer=("Shreya Nair", "shreya.nair@kestrelstrategy.example"),
        attendees=[
            ("Vikram Sethi", "vikram.sethi@kestrelstrategy.example"),
            ("Nandini Rao", "nandini.rao@kestrelstrategy.example"),
            ("Arjun Malhotra", "arjun.malhotra@iima-pgp.example.ac.in"),
        ],
        summary="Kestrel Strategy Partner Round - Arjun Malhotra",
        location="Kestrel Strategy, 22nd floor, Lower Parel, Mumbai",
        prodid="Microsoft Exchange Server 2010",
    ),
    company="Kestrel Strategy",
    role="Associate Consultant",
    interviewers=[
        ("Vikram Sethi", "vikram.sethi@kestrelstrategy.example", "Partner"),
        ("Nandini Rao", "nandini.rao@kestrelstrategy.example", "Partner"),
    ],
    start="2026-12-10 14:00",
    end="2026-12-10 15:30",
    tz="Asia/Kolkata",
    notes="Partner round with an Outlook 'India Standard Time' invite. The office managing partner is mentioned but explicitly not interviewing; the coordinator organises only. Title 'Partner' (the practice in brackets is not part of it).",
)

# ================================================================ Taleo, UK hospital panel (Manchester)
add(
    name="inv-w15-taleo-cns-panel-chair-dayfirst-dot-time-manchester",
    kind="invitation",
    frm="Pennine Healthcare Recruitment <recruitment@penninehealthcare.taleo.example>",
    reply_to="Medical Staffing <medical.staffing@penninehealthcare.example.co.uk>",
    to="Grace Oduya <grace.oduya@example.co.uk>",
    subject="Interview invitation - Clinical Nurse Specialist, Haematology (Band 7)",
    date=(2026, 11, 26, 16, 12, "Europe/London"),
    fmt="alt",
    headers="X-Mailer: Oracle Taleo Enterprise",
    body="""
Dear Grace Oduya,

Clinical Nurse Specialist, Haematology (Band 7) - Ref 2026-11873

Thank you for your application. I am pleased to let you know that you have been shortlisted for interview.

Date: Monday 7th December 2026
Time: 10.15am (please arrive 15 minutes early)
Duration: approximately 45 minutes
Venue: Education Centre, Room 4, Pennine Royal Infirmary, Oldham Road, Manchester M4 5DL

The interview panel will be:
Chair - Mrs Joanne Whitaker, Deputy Director of Nursing
Dr Simon Ashworth, Consultant Haematologist
Ms Nkechi Obi, Lead Nurse, Cancer Services

You will be asked to give a 10-minute presentation on: "How would you develop a nurse-led clinic for patients on oral chemotherapy?"

Please bring your passport or other right-to-work document and your NMC PIN.

If you are unable to attend, please let us know as soon as possible by replying to this email.

Yours sincerely

Medical Staffing Team
Pennine Healthcare
""",
    company="Pennine Healthcare",
    role="Clinical Nurse Specialist, Haematology (Band 7)",
    interviewers=[
        ("Joanne Whitaker", None, "Deputy Director of Nursing"),
        ("Simon Ashworth", None, "Consultant Haematologist"),
        ("Nkechi Obi", None, "Lead Nurse, Cancer Services"),
    ],
    start="2026-12-07 10:15",
    end="2026-12-07 11:00",
    tz="Europe/London",
    notes="Taleo, UK panel with a chair; honorifics Mrs/Dr/Ms dropped. Ordinal day-first date, '10.15am' with a dot, 45 minutes. The reference number is not part of the role; '(Band 7)' is part of the title as written.",
)

# ================================================================ Avature virtual superday, ICS in UTC (Hong Kong)
HK_DESC = """Virtual Superday - Equity Research Associate (Healthcare, Asia)
Sessions (HKT):
09:30-10:00 Kelvin Chan, Executive Director
10:00-10:30 Priyanka Shah, Vice President
10:30-11:00 Lo Wai Man, Director
Zoom: https://zoom.example/j/93311820044"""

add(
    name="inv-w15-avature-virtual-superday-ics-utc-hong-kong",
    kind="invitation",
    frm="Aldgate Pacific Campus Recruiting <campus.apac@aldgatepacific.avature.example>",
    to="Chloe Ng <chloe.ng@hkust-mba.example.edu.hk>",
    subject="Invitation: Virtual Superday - Equity Research Associate (Healthcare, Asia)",
    date=(2026, 11, 10, 9, 5, "Asia/Hong_Kong"),
    ics_style="attach",
    fmt="alt",
    body="""
Dear Chloe,

We are delighted to invite you to our Virtual Superday for the Equity Research Associate (Healthcare, Asia) position.

Date: Tuesday, 17 November 2026
Time: 09:30 - 11:00 Hong Kong Time (HKT)

Your schedule:
09:30-10:00  Kelvin Chan, Executive Director
10:00-10:30  Priyanka Shah, Vice President
10:30-11:00  Lo Wai Man, Director

All sessions will take place on the same Zoom link (see the attached calendar invitation). Please join 10 minutes early to test your audio and video. Expect a mix of behavioural questions and a discussion of a healthcare stock you follow.

If you have any questions, please contact the APAC Campus Recruiting team.

Kind regards,
APAC Campus Recruiting
Aldgate Pacific

This email was sent via Avature on behalf of Aldgate Pacific.
""",
    ics=ics(
        uid="avature-evt-77120-chng@aldgatepacific.avature.example",
        start="2026-11-17 09:30",
        end="2026-11-17 11:00",
        tz="Asia/Hong_Kong",
        utc=True,
        organizer=("APAC Campus Recruiting", "campus.apac@aldgatepacific.avature.example"),
        attendees=[("Chloe Ng", "chloe.ng@hkust-mba.example.edu.hk")],
        summary="Virtual Superday - Equity Research Associate (Healthcare, Asia)",
        desc=HK_DESC,
        prodid="-//Avature//Calendar//EN",
    ),
    company="Aldgate Pacific",
    role="Equity Research Associate (Healthcare, Asia)",
    interviewers=[
        ("Kelvin Chan", None, "Executive Director"),
        ("Priyanka Shah", None, "Vice President"),
        ("Lo Wai Man", None, "Director"),
    ],
    start="2026-11-17 09:30",
    end="2026-11-17 11:00",
    tz="Asia/Hong_Kong",
    notes="Avature virtual superday; ICS in UTC (01:30Z), body in HKT. Three sessions, one line each; Lo Wai Man kept as written (family name first). The recruiting team is a shared sender.",
)

# ================================================================ biotech seminar + 1:1s with a lunch host (Greenhouse)
add(
    name="inv-w15-greenhouse-biotech-seminar-onsite-lunch-host-ssf",
    kind="invitation",
    frm="Tessa Morgan <no-reply@greenhouse-mail.io>",
    reply_to="Tessa Morgan <tessa.morgan@halyardbio.example>",
    to="Oluwaseun Adebayo <seun.adebayo@example.edu>",
    subject="Your onsite interview with Halyard Bio - Senior Scientist, Cell Therapy",
    date=(2026, 10, 27, 14, 40, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Seun,

We're excited to host you onsite at Halyard Bio for the Senior Scientist, Cell Therapy role! Here is your schedule for Thursday, November 5 (all times Pacific):

9:00 AM - 10:00 AM   Scientific seminar (45 min talk + Q&A), Conference Room Bayview
10:00 AM - 10:45 AM  Dr. Rachel Feinberg, VP, Cell Therapy Research
10:45 AM - 11:30 AM  Dr. Tomás Aguilar, Principal Scientist, Process Development
11:30 AM - 12:30 PM  Lunch with Maya Chen, Research Associate (informal, not part of the evaluation)
12:30 PM - 1:15 PM   Hiroshi Tanaka, Associate Director, Translational Sciences
1:15 PM - 1:30 PM    Wrap-up with me

Address: 400 Oyster Point Blvd, Suite 300, South San Francisco, CA 94080. Visitor parking is in the front lot; please check in with reception on the 3rd floor.

Please send me your slides by Tuesday so we can load them on the room computer.

Looking forward to it,
Tessa Morgan
Senior Recruiter, Halyard Bio
""",
    company="Halyard Bio",
    role="Senior Scientist, Cell Therapy",
    interviewers=[
        ("Rachel Feinberg", None, "VP, Cell Therapy Research"),
        ("Tomás Aguilar", None, "Principal Scientist, Process Development"),
        ("Hiroshi Tanaka", None, "Associate Director, Translational Sciences"),
    ],
    start="2026-11-05 09:00",
    end="2026-11-05 13:30",
    tz="America/Los_Angeles",
    notes="Greenhouse onsite schedule (Date in UTC). The lunch host is explicitly not evaluating and the recruiter's wrap-up is logistics, so neither is an interviewer. Seminar audience is unnamed. PST after Nov 1.",
)

# ================================================================ hiring manager: tomorrow, first-name-only colleague (Zurich)
add(
    name="inv-w15-hm-tomorrow-no-zone-first-name-colleague-zurich",
    kind="invitation",
    frm="Matthias Egger <matthias.egger@alpenlabdiagnostics.example.ch>",
    to="Sofia Marchetti <sofia.marchetti@example.ch>",
    subject="Re: Quality Manager IVD - next step",
    date=(2026, 10, 14, 17, 52, "Europe/Zurich"),
    in_reply_to="<0f12.sofia.marchetti@example.ch>",
    body="""
Dear Sofia,

thanks for your quick reply. Tomorrow at 9:30 works well for us - let's do 45 minutes on Teams, I'll send the link in the morning.

I will bring Reto from our regulatory team along, since the role works closely with him on the IVDR transition.

Best regards
Matthias

Matthias Egger
Head of Quality & Regulatory
Alpenlab Diagnostics AG, Schlieren

> On 14 Oct 2026, at 16:03, Sofia Marchetti <sofia.marchetti@example.ch> wrote:
>
> Dear Mr Egger,
> thank you for the invitation to talk about the Quality Manager IVD position. I could do Thursday morning or Friday after 14:00.
> Kind regards, Sofia
""",
    company="Alpenlab Diagnostics",
    role="Quality Manager IVD",
    interviewers=[
        (
            "Matthias Egger",
            "matthias.egger@alpenlabdiagnostics.example.ch",
            "Head of Quality & Regulatory",
        ),
        ("Reto", None, None),
    ],
    start="2026-10-15 09:30",
    end="2026-10-15 10:15",
    tz="Europe/Zurich",
    notes="The hiring manager confirms 'tomorrow at 9:30' (no zone: the sender's, CEST) for 45 minutes and brings a colleague named only 'Reto': the label is the first name as written.",
)

# ================================================================ Workday MBA first round (on campus, Chicago)
add(
    name="inv-w15-workday-mba-first-round-on-campus-evanston",
    kind="invitation",
    frm="Meridian Health Partners <meridianhp@myworkday.example.com>",
    to="Aisha Bello <abello@kellogg-mba.example.edu>",
    subject="Interview Confirmation - MBA Summer Associate, Strategy & Corporate Development",
    date=(2027, 1, 11, 11, 25, "America/Chicago"),
    fmt="alt",
    body="""
Dear Aisha,

Thank you for your interest in Meridian Health Partners. We are pleased to confirm your first round interview for the MBA Summer Associate, Strategy & Corporate Development position.

Interview Details
Date: Thursday, January 21, 2027
Time: 1:00 PM - 1:45 PM Central Time
Location: Kellogg Global Hub, Interview Room 2150, 2211 Campus Drive, Evanston, IL

Interviewers
Daniel Whitcomb - Senior Director, Corporate Development
Leah Abernathy - Manager, Enterprise Strategy (Kellogg '21)

Should you need to reschedule, please contact Jordan Pryce, University Recruiting Coordinator, at jordan.pryce@meridianhp.example.

Good luck!

Meridian Health Partners Talent Acquisition

This is an automated message sent from Workday.
""",
    company="Meridian Health Partners",
    role="MBA Summer Associate, Strategy & Corporate Development",
    interviewers=[
        ("Daniel Whitcomb", None, "Senior Director, Corporate Development"),
        ("Leah Abernathy", None, "Manager, Enterprise Strategy"),
    ],
    start="2027-01-21 13:00",
    end="2027-01-21 13:45",
    tz="America/Chicago",
    notes="Workday on-campus first round; 'Name - Title' lines. The university recruiting coordinator only reschedules. The class year in brackets is not part of the title.",
)

# ================================================================ moved Teams interview, Outlook GMT Standard Time (Cambridge UK)
CAM_VTZ = vtz_outlook_eu("GMT Standard Time", 0, 1)

add(
    name="rsc-w15-outlook-gmt-moved-hour-new-teams-link-cambridge",
    kind="reschedule",
    frm="Holly Fenwick <holly.fenwick@ashgrovetherapeutics.example.co.uk>",
    to="Rahul Banerjee <rahul.banerjee@example.co.uk>",
    subject="Updated: Interview - Principal Statistician (moved to 15:00)",
    date=(2026, 12, 8, 9, 17, "Europe/London"),
    ics_style="outlook",
    body="""
Hi Rahul,

Apologies for the change - Dr Fiona McAllister has a clash with a DSMB meeting, so we have moved your interview on Friday 11 December from 13:30 to 15:00-16:00. Please use the new Teams link in this updated invitation; the previous link will no longer work.

You'll be meeting Fiona McAllister (Head of Biostatistics) and Owen Pritchard (Associate Director, Statistical Programming), as planned.

Best wishes,
Holly

Holly Fenwick
Talent Acquisition Coordinator | Ashgrove Therapeutics
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000D7E9F1A3D94ED901000000000000000010000000",
        start="2026-12-11 15:00",
        end="2026-12-11 16:00",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz=CAM_VTZ,
        organizer=("Holly Fenwick", "holly.fenwick@ashgrovetherapeutics.example.co.uk"),
        attendees=[
            ("Fiona McAllister", "fiona.mcallister@ashgrovetherapeutics.example.co.uk"),
            ("Owen Pritchard", "owen.pritchard@ashgrovetherapeutics.example.co.uk"),
            ("Rahul Banerjee", "rahul.banerjee@example.co.uk"),
        ],
        summary="Interview - Principal Statistician - Rahul Banerjee",
        seq=2,
        location="Microsoft Teams Meeting",
        desc="Join on your computer or mobile app: https://teams.example/l/meetup-join/19%3ameeting_NEW",
        prodid="Microsoft Exchange Server 2010",
    ),
    company="Ashgrove Therapeutics",
    role="Principal Statistician",
    interviewers=[
        (
            "Fiona McAllister",
            "fiona.mcallister@ashgrovetherapeutics.example.co.uk",
            "Head of Biostatistics",
        ),
        (
            "Owen Pritchard",
            "owen.pritchard@ashgrovetherapeutics.example.co.uk",
            "Associate Director, Statistical Programming",
        ),
    ],
    start="2026-12-11 15:00",
    end="2026-12-11 16:00",
    tz="Europe/London",
    notes="Outlook update (SEQUENCE 2, 'GMT Standard Time'): moved from 13:30 to 15:00 with a new Teams link, same panel: reschedule. The coordinator organises only.",
)

# ================================================================ private bank partner meeting confirmed in reply (Geneva)
add(
    name="inv-w15-geneva-private-bank-assistant-confirms-slot",
    kind="invitation",
    frm=addr("Sandrine Rochat", "s.rochat@favre-cie.example.ch"),
    to="Julian Weiss <julian.weiss@example.com>",
    subject="RE: Entretien - Relationship Manager, Healthcare Entrepreneurs",
    date=(2026, 12, 2, 11, 40, "Europe/Zurich"),
    in_reply_to="<a91c.julian.weiss@example.com>",
    body="""
Dear Mr Weiss,

Thank you for your availability. I confirm your meeting with Mr Laurent Favre, Managing Partner, on Monday 14 December at 11:00, at our offices, Rue de la Corraterie 12, 1204 Genève. Please allow one hour.

Mr Favre will be joined by Mrs Isabelle Moser, Head of the Healthcare Entrepreneurs desk.

Upon arrival, please ask for me at the 3rd floor reception.

Bien à vous,

Sandrine Rochat
Assistante de direction
Favre & Cie, Banquiers privés

-----Message d'origine-----
De : Julian Weiss
Envoyé : mardi, 1 décembre 2026 18:22
À : Sandrine Rochat
Objet : Entretien - Relationship Manager, Healthcare Entrepreneurs

Dear Ms Rochat,

Thank you for your message. For the meeting with Mr Favre I could offer Monday 14 December in the morning or Wednesday 16 December at any time.

Kind regards,
Julian Weiss
""",
    company="Favre & Cie",
    role="Relationship Manager, Healthcare Entrepreneurs",
    interviewers=[
        ("Laurent Favre", None, "Managing Partner"),
        ("Isabelle Moser", None, "Head of the Healthcare Entrepreneurs desk"),
    ],
    start="2026-12-14 11:00",
    end="2026-12-14 12:00",
    tz="Europe/Zurich",
    notes="The partner's assistant confirms a slot the candidate offered (quoted below, with other dates); she only schedules. 'Mr'/'Mrs' dropped.",
)

# ================================================================ SmartRecruiters, Cape Town, a mentioned person who will not join
add(
    name="inv-w15-smartrecruiters-kam-cape-town-previous-contact-not-joining",
    kind="invitation",
    frm="Fatima Adams <fatima.adams@smartrecruiters.com>",
    reply_to="Fatima Adams <fatima.adams@kaapmedpharma.example.co.za>",
    to="Thandeka Mahlangu <thandeka.m@example.co.za>",
    subject="Interview: Key Account Manager - Western Cape | KaapMed Pharma",
    date=(2026, 12, 9, 13, 10, "Africa/Johannesburg"),
    fmt="alt",
    body="""
Hi Thandeka,

Thank you for your time on the phone last week. We would like to invite you to a second interview for the Key Account Manager - Western Cape position.

Date: 15/12/2026
Time: 10:00 - 11:00 (SAST)
Venue: KaapMed Pharma, 3rd Floor, Century City Office Park, Cape Town

You will meet Sipho Ndlovu (Regional Sales Manager, Western Cape) and me. Please note that Gareth Jacobs, whom you met in the first round, has since moved to another division and will not be joining this interview.

Please prepare a short territory plan for a hospital key account (max. 5 slides).

Kind regards,
Fatima Adams
HR Business Partner | KaapMed Pharma
""",
    company="KaapMed Pharma",
    role="Key Account Manager - Western Cape",
    interviewers=[
        ("Sipho Ndlovu", None, "Regional Sales Manager, Western Cape"),
        ("Fatima Adams", "fatima.adams@kaapmedpharma.example.co.za", "HR Business Partner"),
    ],
    start="2026-12-15 10:00",
    end="2026-12-15 11:00",
    tz="Africa/Johannesburg",
    notes="SmartRecruiters relay (Date in UTC); the HR business partner who writes will interview too ('You will meet Sipho Ndlovu ... and me'). Gareth Jacobs is mentioned from the first round and explicitly will not join. Day-first slashed date.",
)

# ================================================================ Japanese pharma, English, Outlook 'Tokyo Standard Time'
add(
    name="inv-w15-outlook-tokyo-standard-time-medical-affairs-panel",
    kind="invitation",
    frm="Yuki Morita <yuki.morita@shirakawa-pharma.example.co.jp>",
    to="Daniel Brooks <daniel.brooks@example.com>",
    subject="Interview: Medical Advisor, Oncology (Shirakawa Pharmaceutical)",
    date=(2026, 11, 18, 14, 0, "Asia/Tokyo"),
    ics_style="outlook",
    body="""
Dear Daniel,

Thank you for your interest in Shirakawa Pharmaceutical. I am pleased to invite you to an online panel interview for the Medical Advisor, Oncology position.

Date: Wednesday, 25 November 2026
Time: 17:00-18:00 JST

Panel:
- Takeshi Yamamoto, Head of Medical Affairs Japan
- Keiko Sato, Medical Lead, Oncology

The interview will be conducted in English. Please find the Teams meeting invitation attached.

Best regards,
Yuki Morita
HR Department, Talent Acquisition Group
Shirakawa Pharmaceutical Co., Ltd.
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000E8FA02B4D94ED901000000000000000010000000",
        start="2026-11-25 17:00",
        end="2026-11-25 18:00",
        tz="Asia/Tokyo",
        tzid="Tokyo Standard Time",
        vtz=vtz_fixed("Tokyo Standard Time", "+0900", "JST"),
        organizer=("Morita Yuki", "yuki.morita@shirakawa-pharma.example.co.jp"),
        attendees=[
            ("Yamamoto Takeshi", "takeshi.yamamoto@shirakawa-pharma.example.co.jp"),
            ("Sato Keiko", "keiko.sato@shirakawa-pharma.example.co.jp"),
            ("Daniel Brooks", "daniel.brooks@example.com"),
        ],
        summary="Interview: Medical Advisor, Oncology - Daniel Brooks",
        location="Microsoft Teams Meeting",
        prodid="Microsoft Exchange Server 2010",
    ),
    company="Shirakawa Pharmaceutical",
    role="Medical Advisor, Oncology",
    interviewers=[
        (
            "Takeshi Yamamoto",
            "takeshi.yamamoto@shirakawa-pharma.example.co.jp",
            "Head of Medical Affairs Japan",
        ),
        ("Keiko Sato", "keiko.sato@shirakawa-pharma.example.co.jp", "Medical Lead, Oncology"),
    ],
    start="2026-11-25 17:00",
    end="2026-11-25 18:00",
    tz="Asia/Tokyo",
    notes="English mail from a Japanese company: the body writes names given-name first, the Outlook attendees family-name first; the body's order is the natural one here. 'Tokyo Standard Time'. HR only organises.",
)

# ================================================================ terse iPhone reply from a hiring manager (Cambridge MA)
add(
    name="inv-w15-iphone-hm-terse-weds-8am-kendall",
    kind="invitation",
    frm="Raj Venkataraman <raj.v@tidewellbio.example>",
    to="Emily Sato <emily.sato@example.com>",
    subject="Re: Research Associate II - coffee + lab tour?",
    date=(2026, 10, 16, 21, 3, "America/New_York"),
    in_reply_to="<CAF7emily.sato.4410@mail.example.com>",
    body="""
Sounds good - let's do Weds 10/21 at 8am at the Kendall Sq office, ~1 hr. Ask for me at the front desk. I'll have Dana from the assay team join for the lab part of the interview.

Raj

Sent from my iPhone

> On Oct 16, 2026, at 6:41 PM, Emily Sato <emily.sato@example.com> wrote:
>
> Hi Raj, thanks so much for reaching out about the Research Associate II opening. I'm free Wednesday or Thursday morning next week if that works for the interview. Best, Emily
""",
    company=None,
    role="Research Associate II",
    interviewers=[
        ("Raj Venkataraman", "raj.v@tidewellbio.example", None),
        ("Dana", None, None),
    ],
    start="2026-10-21 08:00",
    end="2026-10-21 09:00",
    tz="America/New_York",
    notes="Terse iPhone reply from the hiring manager (name only in From); US month/day date with no year and no zone (sender's, EDT), '~1 hr'. Dana is named only by first name. The company is not written anywhere a reader could take it from except the domain, so null.",
)

# ================================================================ info request after a final round (decision within two weeks)
add(
    name="info-w15-references-by-friday-decide-within-two-weeks",
    kind="info_request",
    frm="Georgina Platt <georgina.platt@whitlockpartners.example>",
    to="Amelia Hartley-Singh <amelia.hs@lbs-mba.example.ac.uk>",
    subject="Whitlock Partners - references and next steps",
    date=(2026, 11, 18, 12, 30, "Europe/London"),
    fmt="qp",
    body="""
Dear Amelia,

Thank you for attending your final round interviews with us yesterday. The partners were impressed, and before they meet to decide we would like to complete a couple of formalities.

Could you please send us, by this Friday:
- the names and contact details of two professional referees (at least one a former line manager);
- a copy of your degree certificates and your MBA transcript.

We aim to make a final decision within two weeks and will be in touch as soon as we can.

Kind regards,

Georgina Platt
Recruiting Coordinator, UK & Ireland
Whitlock Partners
""",
    company="Whitlock Partners",
    decision_by="2026-12-02",
    notes="Asks for referees and documents (Friday is the candidate's deadline, not a decision date). 'Within two weeks' from Wed 18 Nov gives 2 Dec.",
)

# ================================================================ German rejection after a case round
add(
    name="rej-w15-consulting-absage-nach-fallstudie-de",
    kind="rejection",
    frm="Recruiting Team Brandauer & Partner <recruiting@brandauer-partner.example.de>",
    to="Jan-Philipp Voss <jp.voss@example.de>",
    subject=hdr("Ihre Bewerbung als Consultant Life Sciences – Rückmeldung"),
    date=(2026, 11, 20, 10, 30, "Europe/Berlin"),
    fmt="alt",
    body="""
Sehr geehrter Herr Voss,

vielen Dank für Ihr Interesse an Brandauer & Partner und für die Zeit, die Sie sich für die Fallstudien-Interviews mit Dr. Henrike Lenz und Moritz Albrecht genommen haben.

Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung als Consultant Life Sciences nicht weiter berücksichtigen können. Diese Entscheidung ist uns angesichts der vielen sehr guten Bewerbungen nicht leichtgefallen.

Gerne geben wir Ihnen auf Wunsch ein kurzes telefonisches Feedback zu Ihren Interviews.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Ihr Recruiting Team
Brandauer & Partner
""",
    company="Brandauer & Partner",
    role="Consultant Life Sciences",
    notes="German rejection after case interviews; the past interviewers are named but there is no interview ahead.",
)

# ================================================================ hard negatives
add(
    name="oth-w15-user-as-reference-call-request",
    kind="other",
    frm="Caroline Mendes <caroline.mendes@orbelhealth.example>",
    to="Sarah Kim <sarah.kim@example.com>",
    subject="Reference for Ben Carter - Orbel Health",
    date=(2026, 11, 3, 10, 42, "America/Los_Angeles"),
    body="""
Hi Sarah,

Ben Carter has applied for the Clinical Data Lead position with us at Orbel Health and has listed you as a reference from his time on your team.

Would you have 15-20 minutes for a quick call this Thursday, November 5, at 2:00 PM Pacific? If not, please suggest a time that suits you. I'll call the number Ben gave us unless you prefer another.

Many thanks,
Caroline Mendes
Talent Acquisition Partner
Orbel Health
""",
    company=None,
    notes="The user is someone else's reference: a call with a time and a recruiter, but no interview of the user.",
)

add(
    name="oth-w15-podcast-interview-invite-biotech-founder",
    kind="other",
    frm="The Bench to Bedside Podcast <hello@benchtobedside-pod.example>",
    to='"Dr. Lena Hoffmann" <lena.hoffmann@example.de>',
    subject="Interview request: The Bench to Bedside Podcast",
    date=(2026, 10, 5, 16, 0, "Europe/London"),
    fmt="alt",
    body="""
Hi Lena,

I host The Bench to Bedside Podcast, where we interview scientists and founders about translating research into medicines. I loved your talk at BIO-Europe on spinning out your antibody platform, and I'd be thrilled to have you on the show.

Recording takes about 45 minutes over Riverside, and we're flexible on timing - any weekday afternoon in the next few weeks works on our side. Episode 87 featured Dr. Samuel Osei of Kinetra; you can listen here: https://benchtobedside-pod.example/87

Would you be up for it?

Best,
Hannah Cole
Host & Producer, The Bench to Bedside Podcast
""",
    notes="A podcast 'interview' of the user: press, not hiring.",
)

add(
    name="oth-w15-case-prep-webinar-ics-mba-club",
    kind="other",
    frm="INSEAD Healthcare Club <healthcare.club@insead-clubs.example.edu>",
    to="Julian Weiss <julian.weiss@insead-mba.example.edu>",
    subject="Invitation: Case interview prep webinar with Kestrel Strategy consultants - Wed 7 Oct",
    date=(2026, 9, 30, 9, 0, "Europe/Paris"),
    ics_style="google",
    body="""
Dear members,

The Healthcare Club is hosting a case interview preparation webinar with two consultants from Kestrel Strategy's Life Sciences practice.

Wednesday 7 October, 18:00-19:30 CEST, on Zoom

- How to structure a market-sizing case for a new drug launch
- A live mock case, with a volunteer from the audience
- Q&A on the recruiting timeline for healthcare consulting roles

Places are limited to 80. The calendar invitation is attached; the Zoom link is in the invite.

See you there!
INSEAD Healthcare Club
""",
    ics=ics(
        uid="insead-hc-club-case-webinar-20261007@insead-clubs.example.edu",
        start="2026-10-07 18:00",
        end="2026-10-07 19:30",
        tz="Europe/Paris",
        organizer=("INSEAD Healthcare Club", "healthcare.club@insead-clubs.example.edu"),
        attendees=[("Julian Weiss", "julian.weiss@insead-mba.example.edu")],
        summary="Case interview prep webinar - Kestrel Strategy",
        location="Zoom",
    ),
    notes="Webinar with an ICS about case interviews, run by an MBA club: other, despite 'interview', 'mock case' and an employer name.",
)

add(
    name="oth-w15-scam-pharma-remote-interview-telegram",
    kind="other",
    frm="Vireon Pharmaceuticals HR <hr.vireonpharma.careers@gmail-inbox.example>",
    to="Maya Goldberg <maya.goldberg@example.com>",
    subject="URGENT: Remote Interview Invitation - Data Entry Clerk (Work From Home) $45/hr",
    date=(2026, 10, 19, 3, 12, "UTC"),
    body="""
Dear Applicant,

Your resume has been reviewed by our hiring team of Vireon Pharmaceuticals and you have been selected for an online interview for the position of Remote Data Entry Clerk. Pay: $45/hr, weekly payment, flexible hours.

The interview will be conducted via Telegram chat with our HR Manager, Mr. Richard Holloway. Please add him on Telegram (@vireon_hr_richard) today with your Full Name, Phone number and the interview code VPH-2291.

After a successful interview you will receive a check to purchase your home office equipment from our approved vendor.

Best Regards,
Human Resource Department
Vireon Pharmaceuticals
""",
    notes="Recruitment scam imitating a pharma employer (free-mail look-alike sender, Telegram 'interview', check for equipment): other.",
)

add(
    name="oth-w15-current-job-midyear-review-outlook-ics",
    kind="other",
    frm="Grace Liu <grace.liu@northvalehealth.example>",
    to="Sarah Kim <sarah.kim@northvalehealth.example>",
    subject="Mid-year check-in",
    date=(2026, 10, 1, 8, 5, "America/Los_Angeles"),
    ics_style="outlook",
    body="""
Hi Sarah,

Let's use our 1:1 slot next Wednesday for your mid-year check-in. Please bring your updated goals and anything you'd like to discuss about development or the team structure for next year.

Thanks,
Grace

Grace Liu
Director, Clinical Data Management
Northvale Health
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000F90A13C5D94ED901000000000000000010000000",
        start="2026-10-07 10:00",
        end="2026-10-07 10:45",
        tz="America/Los_Angeles",
        tzid="Pacific Standard Time",
        vtz=VTZ_OUTLOOK_PACIFIC,
        organizer=("Grace Liu", "grace.liu@northvalehealth.example"),
        attendees=[("Sarah Kim", "sarah.kim@northvalehealth.example")],
        summary="Mid-year check-in: Sarah / Grace",
        location="Grace's office / Teams",
        prodid="Microsoft Exchange Server 2010",
    ),
    notes="A meeting at the user's current job (manager's mid-year review) with an Outlook invite: other.",
)

add(
    name="oth-w15-doctor-appointment-confirmation-zurich-de",
    kind="other",
    frm="Praxis Dr. med. Heike Braun <termine@praxis-braun.example.ch>",
    to="Sofia Marchetti <sofia.marchetti@example.ch>",
    subject=hdr("Terminbestätigung: Mittwoch, 21.10.2026, 08:15 Uhr"),
    date=(2026, 10, 13, 12, 0, "Europe/Zurich"),
    fmt="qp",
    body="""
Guten Tag Frau Marchetti

Hiermit bestätigen wir Ihren Termin:

Mittwoch, 21.10.2026, 08:15 Uhr
bei Dr. med. Heike Braun, Fachärztin für Allgemeine Innere Medizin
Praxis Braun, Badenerstrasse 120, 8004 Zürich

Bitte bringen Sie Ihre Versicherungskarte mit. Falls Sie den Termin nicht wahrnehmen können, bitten wir Sie, diesen mindestens 24 Stunden im Voraus abzusagen; nicht abgesagte Termine können verrechnet werden.

Freundliche Grüsse
Ihr Praxisteam
""",
    notes="A personal doctor's appointment: a title, a name and a time, but not hiring mail.",
)

add(
    name="oth-w15-bank-campus-presentation-reception-london",
    kind="other",
    frm="Aldgate Pacific Campus Recruiting <campus.emea@aldgatepacific.example>",
    to="Oliver Nwosu <oliver.nwosu.23@ucl.example.ac.uk>",
    subject="Join us: Aldgate Pacific Healthcare Investment Banking presentation & networking reception",
    date=(2026, 10, 1, 13, 0, "Europe/London"),
    fmt="alt",
    body="""
Dear Oliver,

Thank you for registering your interest in Aldgate Pacific.

We'd like to invite you to our Healthcare Investment Banking presentation and networking reception for penultimate-year students:

Tuesday 13 October, 18:30 - 20:30
Aldgate Pacific, 25 Bank Street, Canary Wharf, London

Hear from Imogen Clarke (Managing Director, Healthcare Coverage) and recent graduates about life in the team, followed by drinks and an informal chance to meet bankers. This event is not part of the selection process, and attendance is not required to apply for our 2027 Summer Analyst Programme.

Please RSVP by 8 October via the link in your candidate portal.

Best regards,
EMEA Campus Recruiting
Aldgate Pacific
""",
    company="Aldgate Pacific",
    notes="Campus presentation and networking reception: a recruiting event with a named MD and a time, explicitly not part of selection. Other.",
)
