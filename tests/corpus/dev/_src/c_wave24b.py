# ruff: noqa: E501
# Wave 24, batch B: more public-sector and healthcare hiring (NHS consultant committees, VA and
# Canadian federal boards, school boards, Australian universities and health districts, county
# Calendly screens), their outcomes, and look-alikes from the same worlds (an NHS-branded scam,
# job alerts, careers newsletters, candidate surveys, a press interview, INSET day, a GP visit).
from lib import add, ics
from mime import hdr, vtz_outlook_us

# ================================================================ invitations naming a panel
add(
    name="inv-w24-nhs-aac-consultant-lay-chair-college-assessor-alt",
    kind="invitation",
    frm="Medical Staffing <medical.staffing@tamarvalley.nhs.example.uk>",
    to="Dr Nadia Hussain <nadia.hussain@example.co.uk>",
    subject="Advisory Appointments Committee - Consultant Gastroenterologist - 25 June 2026",
    date=(2026, 6, 16, 12, 18, "Europe/London"),
    fmt="alt",
    body="""
Dear Dr Hussain

Consultant Gastroenterologist (Ref 282-CON-0431)

I am pleased to confirm that you have been shortlisted for the above post. The Advisory Appointments Committee (AAC) will be held on Thursday 25 June 2026 at Tamar Valley General Hospital, Boardroom, Trust Headquarters (Level 2).

Your interview is at 09:40 and will last approximately one hour. You will be asked to give a 10-minute presentation to the committee at the start of your interview on: "The future of the endoscopy service in a rural district general hospital". Please email your slides to me by 17:00 on Tuesday 23 June.

The Committee will comprise:

Mr Richard Penhale - Lay Chair (Non-Executive Director)
Dr Susan Abbott - Medical Director
Professor Imran Kazi - Royal College of Physicians Assessor
Dr Lowenna Hicks - Clinical Lead, Gastroenterology
Dr Paul Evans - University Representative, Peninsula Medical School

On arrival, please report to the main reception in Trust Headquarters where I will meet you. If you have not already done so, you are welcome to arrange an informal pre-interview visit with the Clinical Director for Medicine, Dr Mark Treloar, via his secretary Jenny Rowe on 01752 555 0192.

Please bring your passport, GMC certificate and CCT (or evidence of your expected CCT date).

With kind regards

Tracey Lane
Medical Staffing Officer
Tamar Valley Hospitals NHS Trust
Tel: 01752 555 0108

This email is confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete the email. Tamar Valley Hospitals NHS Trust has a zero tolerance policy towards violence and aggression towards staff.
""",
    company="Tamar Valley Hospitals NHS Trust",
    role="Consultant Gastroenterologist",
    interviewers=[
        ("Richard Penhale", None, "Lay Chair (Non-Executive Director)"),
        ("Susan Abbott", None, "Medical Director"),
        ("Imran Kazi", None, "Royal College of Physicians Assessor"),
        ("Lowenna Hicks", None, "Clinical Lead, Gastroenterology"),
        ("Paul Evans", None, "University Representative, Peninsula Medical School"),
    ],
    start="2026-06-25 09:40",
    end="2026-06-25 10:40",
    tz="Europe/London",
    notes="Consultant AAC with five members (Mr/Dr/Professor dropped), the lay chair included. The medical staffing officer who meets the candidate, the Clinical Director offered for an informal visit and his secretary do not interview. Slides-by date is the candidate's.",
)

add(
    name="inv-w24-va-nurse-panel-credentials-teams-ics-utc-phoenix",
    kind="invitation",
    frm='"Begay, Lorraine (VHAPHO)" <lorraine.begay@va.example.gov>',
    to="Kevin Sandoval <kevin.sandoval@example.com>",
    subject="Interview - Registered Nurse (Med/Surg) 5 West, Announcement CBSV-12660033-26",
    date=(2026, 9, 8, 15, 25, "America/Phoenix"),
    ics_style="outlook",
    body="""
Good afternoon Mr. Sandoval,

The Phoenix VA Health Care System would like to invite you to interview for the Registered Nurse (Med/Surg) position on 5 West (Announcement CBSV-12660033-26).

Date: Thursday, September 17, 2026
Time: 1:00 PM - 2:00 PM Arizona time (MST)
Format: Microsoft Teams video (link in the attached invitation)

The interview panel will consist of:
Anthony Russo, MSN, RN - Nurse Manager, 5 West
Valerie Kim, DNP, RN - Associate Chief Nurse, Medicine Service
Gabriel Ortiz, BSN, RN - Charge Nurse, 5 West

This will be a performance-based interview. Please have a copy of your resume and your nursing license information available. If selected, you will be required to complete a pre-employment physical, drug screening and a background investigation.

Respectfully,

Lorraine Begay
Human Resources Specialist (Recruitment/Placement)
Human Resources Management Service (05)
Phoenix VA Health Care System
650 E. Indian School Rd, Phoenix, AZ 85012

"The mission of the VA is to fulfill President Lincoln's promise to care for him who shall have borne the battle."
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000070B4E3F8B93DDC01000000000000000010000000A2F1",
        start="2026-09-17 13:00",
        end="2026-09-17 14:00",
        tz="America/Phoenix",
        utc=True,
        organizer=("Begay, Lorraine (VHAPHO)", "lorraine.begay@va.example.gov"),
        attendees=[
            ("Russo, Anthony (VHAPHO)", "anthony.russo@va.example.gov"),
            ("Kim, Valerie (VHAPHO)", "valerie.kim@va.example.gov"),
            ("Ortiz, Gabriel (VHAPHO)", "gabriel.ortiz2@va.example.gov"),
            ("kevin.sandoval@example.com", "kevin.sandoval@example.com"),
        ],
        summary="RN Med/Surg 5W Interview - K. Sandoval",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
    ),
    company="Phoenix VA Health Care System",
    role="Registered Nurse (Med/Surg)",
    interviewers=[
        ("Anthony Russo", "anthony.russo@va.example.gov", "Nurse Manager, 5 West"),
        ("Valerie Kim", "valerie.kim@va.example.gov", "Associate Chief Nurse, Medicine Service"),
        ("Gabriel Ortiz", "gabriel.ortiz2@va.example.gov", "Charge Nurse, 5 West"),
    ],
    start="2026-09-17 13:00",
    end="2026-09-17 14:00",
    tz="America/Phoenix",
    notes="VA HR specialist (sender, organizer, 'Surname, Name (VHAPHO)') only schedules. Panel names carry credentials (MSN, RN; DNP) that are not part of the name. ICS in UTC; Arizona has no DST (-07:00).",
)

add(
    name="inv-w24-ontario-board-principal-vp-mme-b64",
    kind="invitation",
    frm="Apply to Education <noreply@applytoeducation.example.com>",
    to="Amélie Fortin <amelie.fortin@example.ca>",
    subject="Interview Request: Elementary Occasional Teacher - Trillium Lakes District School Board",
    date=(2026, 11, 3, 9, 2, "America/Toronto"),
    fmt="b64",
    body="""
Dear Amélie Fortin,

Trillium Lakes District School Board has requested an interview with you for the following job posting:

Job Title: Elementary Occasional Teacher
Posting #: TL-OT-2026-118
Location: Lakeview Public School, 85 Shoreline Drive, Barrie, ON

Interview date: Thursday, November 12, 2026
Interview time: 4:00 PM - 4:30 PM (Eastern Time)

You will be interviewed by Mr. Kevin Osei, Principal, Lakeview Public School, and Mme Chantal Girard, Vice-Principal. Please bring your Ontario College of Teachers certificate of qualification and a current Criminal Record Check with Vulnerable Sector Screening.

Please log in to your Apply to Education account to accept or decline this interview request.

This message was sent on behalf of Trillium Lakes District School Board by Apply to Education. Please do not reply to this message.
""",
    company="Trillium Lakes District School Board",
    role="Elementary Occasional Teacher",
    interviewers=[
        ("Kevin Osei", None, "Principal, Lakeview Public School"),
        ("Chantal Girard", None, "Vice-Principal"),
    ],
    start="2026-11-12 16:00",
    end="2026-11-12 16:30",
    tz="America/Toronto",
    notes="School-board platform mail in base64; company is the board, not the platform. 'Mr.' and the French 'Mme' are honorifics. November 12 is after DST ends (EST -05:00).",
)

add(
    name="inv-w24-pageup-uni-selection-committee-secretary-perth-candidate",
    kind="invitation",
    frm="Recruitment - Harbourside University <recruitment@harbourside.edu.example.au>",
    to="Rhys Walker <rhys.walker@example.com.au>",
    subject="Lecturer in Nursing (Level B) - Invitation to interview - Ref 0091827",
    date=(2026, 8, 24, 17, 40, "Australia/Sydney"),
    fmt="alt",
    body="""
Dear Rhys

Re: Lecturer in Nursing (Level B), School of Nursing and Midwifery - Ref 0091827

Thank you for your application. On behalf of the selection committee, I am pleased to invite you to an interview via Zoom on Wednesday 2 September 2026 at 11:00am AEST (Sydney time), which is 9:00am AWST in Perth. The interview will last one hour and will begin with a 15-minute teaching demonstration on a topic of your choice suitable for second-year Bachelor of Nursing students.

The selection committee will be:
- Professor Claire Mahony, Head of School, Nursing and Midwifery (Chair)
- Associate Professor David Ngata, Director of Academic Programs
- Dr Rosa Lim, Nurse Educator, Western Sydney Local Health District (external member)

Ellie Sharp, HR Consultant, will act as committee secretary and will not take part in the assessment.

Referee reports will be requested for short-listed applicants after the interview. Please ensure the contact details of your referees in your PageUp profile are current.

Kind regards

Ellie Sharp
HR Consultant | Human Resources
Harbourside University
CRICOS Provider Code 00999X

Harbourside University acknowledges the Traditional Owners of the lands on which our campuses stand. Harbourside University does not accept liability for any loss or damage from viruses in this email.
""",
    company="Harbourside University",
    role="Lecturer in Nursing",
    interviewers=[
        ("Claire Mahony", None, "Head of School, Nursing and Midwifery"),
        ("David Ngata", None, "Director of Academic Programs"),
        ("Rosa Lim", None, "Nurse Educator, Western Sydney Local Health District"),
    ],
    start="2026-09-02 11:00",
    end="2026-09-02 12:00",
    tz="Australia/Sydney",
    notes="University selection committee (Professor/Associate Professor/Dr dropped); the HR consultant is committee secretary and does not assess. Two zones given for the same instant (AEST +10:00 before Sydney DST, AWST for the candidate). Level in parentheses and the reference are not the role.",
)

add(
    name="inv-w24-calendly-county-health-recruiter-screen-utc-ics",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    to="Arjun Mehta <arjun.mehta@example.com>",
    reply_to="Denise Park <denise.park@cedarcounty.example.gov>",
    subject="Confirmed: Phone Screen - Public Health Epidemiologist between Denise Park and Arjun Mehta @ Tue May 5, 2026 10am - 10:30am (CDT)",
    date=(2026, 4, 27, 11, 3, "America/Chicago"),
    fmt="alt",
    body="""
Hi Arjun Mehta,

A new event has been scheduled.

Event Type:
Phone Screen - Public Health Epidemiologist

Invitee:
Arjun Mehta

Invitee Email:
arjun.mehta@example.com

Event Date/Time:
10:00am - 10:30am (Central Time - US & Canada) on Tuesday, May 5, 2026

Location:
Denise will call you at +1 512-555-0119

Description:
Thanks for your interest in Cedar County Public Health! This 30-minute call with Denise Park, Senior HR Recruiter, covers the role, salary range, the county benefits package and your questions. Candidates who move forward will meet with the Epidemiology Program Manager.

Need to make changes to this event?
Cancel | Reschedule

Powered by Calendly.com
""",
    ics=ics(
        uid="b4e1f0c2-6a7d-4d1e-9b35-3f9e22cd1a07@calendly.com",
        start="2026-05-05 10:00",
        end="2026-05-05 10:30",
        tz="America/Chicago",
        utc=True,
        organizer=("Denise Park", "denise.park@cedarcounty.example.gov"),
        attendees=[("Arjun Mehta", "arjun.mehta@example.com")],
        summary="Phone Screen - Public Health Epidemiologist between Denise Park and Arjun Mehta",
        prodid="-//Calendly//EN",
    ),
    ics_style="attach",
    company="Cedar County Public Health",
    role="Public Health Epidemiologist",
    interviewers=[
        ("Denise Park", "denise.park@cedarcounty.example.gov", "Senior HR Recruiter"),
    ],
    start="2026-05-05 10:00",
    end="2026-05-05 10:30",
    tz="America/Chicago",
    notes="Calendly booking for a county recruiter's phone screen: the recruiter runs it, so she is the interviewer; the program manager is only a later step. Calendly, not the employer, sends; ICS and Date header in UTC.",
)

add(
    name="inv-w24-gc-jobs-bilingual-assessment-board-observer-ottawa",
    kind="invitation",
    frm="ESDC Staffing / Dotation EDSC <esdc.staffing-dotation.edsc@hrsdc-rhdcc.example.gc.ca>",
    to="Mariam Haidari <mariam.haidari@example.ca>",
    subject=hdr("Invitation to an interview / Invitation à une entrevue - 2025-EMP-IA-NHQ-492031"),
    date=(2026, 2, 2, 10, 30, "America/Toronto"),
    fmt="qp",
    body="""
(Le français suit l'anglais)

Good morning,

Process number: 2025-EMP-IA-NHQ-492031
Position: Policy Analyst (EC-04)
Organization: Employment and Social Development Canada

Congratulations, you have been successful on the written exam and you are invited to the next stage of the assessment process, an interview.

Date: Wednesday, February 11, 2026
Time: 1:30 p.m. to 3:00 p.m. (Eastern Time)
Location: MS Teams (a link will be sent by the board)

You will receive the interview questions at 1:00 p.m. and have 30 minutes to prepare; the interview itself will begin at 1:30 p.m.

The assessment board will be composed of Geneviève Tremblay, Director, Labour Market Policy, and Nathan Clarke, Manager, Skills Policy. Jenny Lee, HR Advisor, will attend as an observer.

You have the right to be assessed in the official language of your choice. Please confirm your attendance and your official language by replying to this email by February 5, 2026.

Thank you,

Staffing Team / Équipe de dotation
Employment and Social Development Canada / Emploi et Développement social Canada

---

Bonjour,

Numéro de processus : 2025-EMP-IA-NHQ-492031
Poste : Analyste des politiques (EC-04)

Félicitations, vous avez réussi l'examen écrit et nous vous invitons à une entrevue.

Date : le mercredi 11 février 2026
Heure : de 13 h 30 à 15 h (heure de l'Est)

Vous recevrez les questions à 13 h et disposerez de 30 minutes pour vous préparer; l'entrevue commencera à 13 h 30.

Le comité d'évaluation sera composé de Geneviève Tremblay, directrice, Politique du marché du travail, et de Nathan Clarke, gestionnaire, Politique des compétences. Jenny Lee, conseillère en RH, assistera à titre d'observatrice.

Merci,

Équipe de dotation
""",
    company="Employment and Social Development Canada",
    role="Policy Analyst",
    interviewers=[
        ("Geneviève Tremblay", None, "Director, Labour Market Policy"),
        ("Nathan Clarke", None, "Manager, Skills Policy"),
    ],
    start="2026-02-11 13:30",
    end="2026-02-11 15:00",
    tz="America/Toronto",
    notes="Bilingual federal invitation (QP, RFC 2047 subject with accents). The board is two people; the HR advisor observer is not an interviewer. Preparation from 1:00 is not the start; 'EC-04' is a classification, not part of the role. The reply-by date is the candidate's.",
)

add(
    name="res-w24-district-ap-interview-moved-ice-storm-outlook-cst",
    kind="reschedule",
    frm="Beth Kowalski <bkowalski@lincolnheights.example.k12.mn.us>",
    to="Denise Carter <denise.carter@example.com>",
    subject="Updated: Elementary Assistant Principal Interview - new date",
    date=(2026, 1, 13, 14, 10, "America/Chicago"),
    ics_style="outlook",
    body="""
Dear Ms. Carter,

With the ice storm forecast for Thursday, the district will be on an e-learning day and Dr. Ellis has asked me to move your interview for the Elementary Assistant Principal position. The new date is Thursday, January 29, 10:00-10:45 a.m., at the District Office, 2300 Lincoln Avenue, Board Room B. An updated calendar invitation is attached and replaces the one for January 15.

The interview team is unchanged: Dr. Raymond Ellis, Assistant Superintendent for Human Resources; Dr. Carmen Vega, Director of Elementary Education; and Tim Sorensen, Principal at Oak Grove Elementary.

Please let me know if this time does not work for you.

Sincerely,

Beth Kowalski
Executive Assistant to the Assistant Superintendent for Human Resources
Lincoln Heights Public Schools, ISD 318
p: 651-555-0143

The information in this email is intended for the named recipient(s) only and may be protected by the Minnesota Government Data Practices Act.
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000D08F33A1C782DC010000000000000000100000005C11",
        start="2026-01-29 10:00",
        end="2026-01-29 10:45",
        tz="America/Chicago",
        tzid="Central Standard Time",
        vtz=vtz_outlook_us("Central Standard Time", -6, -5),
        organizer=("Beth Kowalski", "bkowalski@lincolnheights.example.k12.mn.us"),
        attendees=[
            ("Raymond Ellis", "rellis@lincolnheights.example.k12.mn.us"),
            ("Carmen Vega", "cvega@lincolnheights.example.k12.mn.us"),
            ("Tim Sorensen", "tsorensen@lincolnheights.example.k12.mn.us"),
            ("Denise Carter", "denise.carter@example.com"),
        ],
        summary="Elem AP Interview - D. Carter",
        seq=1,
        prodid="Microsoft Exchange Server 2010",
        location="District Office - Board Room B",
    ),
    company="Lincoln Heights Public Schools",
    role="Elementary Assistant Principal",
    interviewers=[
        (
            "Raymond Ellis",
            "rellis@lincolnheights.example.k12.mn.us",
            "Assistant Superintendent for Human Resources",
        ),
        (
            "Carmen Vega",
            "cvega@lincolnheights.example.k12.mn.us",
            "Director of Elementary Education",
        ),
        (
            "Tim Sorensen",
            "tsorensen@lincolnheights.example.k12.mn.us",
            "Principal at Oak Grove Elementary",
        ),
    ],
    start="2026-01-29 10:00",
    end="2026-01-29 10:45",
    tz="America/Chicago",
    notes="Executive assistant moves the interview for the assistant superintendent (who interviews, with two others); she is not an interviewer. Outlook update SEQUENCE 1, 'Central Standard Time'. The old January 15 date is not the start.",
)

add(
    name="inv-w24-nsw-health-second-round-quoted-first-panel",
    kind="invitation",
    frm="Megan Doherty <megan.doherty@health.nsw.example.gov.au>",
    to="Priyanka Rao <priyanka.rao@example.com.au>",
    subject="RE: Clinical Nurse Specialist - Renal - second interview",
    date=(2026, 10, 6, 13, 55, "Australia/Sydney"),
    in_reply_to="<SY4P282MB1733@health.nsw.example.gov.au>",
    body="""
Hi Priyanka,

Great news - the panel would like you to come back for a second, shorter interview with our Director of Nursing & Midwifery, Dr Anh Tran, and me. We've booked Wednesday 14 October, 2:00-2:45pm, in the Director's office on level 4 of the Clinical Services Building.

No presentation this time; Anh would like to talk about the renal outreach model and your leadership experience.

Kind regards,
Megan

Megan Doherty
Nurse Unit Manager | Renal Unit
Nepean Hills Local Health District
NSW Health
Ph 02 4734 5555

________________________________
From: Megan Doherty
Sent: Tuesday, 22 September 2026 9:12 AM
To: Priyanka Rao
Subject: Clinical Nurse Specialist - Renal - interview

Hi Priyanka,

Thank you for your application for the Clinical Nurse Specialist - Renal position. We would like to invite you to an interview on Tuesday 29 September at 10am. The panel will be myself, Sam Fitzgerald (Clinical Nurse Educator) and Leanne Boyd (Nurse Manager, Workforce).

Kind regards,
Megan
""",
    company="Nepean Hills Local Health District",
    role="Clinical Nurse Specialist - Renal",
    interviewers=[
        ("Anh Tran", None, "Director of Nursing & Midwifery"),
        ("Megan Doherty", "megan.doherty@health.nsw.example.gov.au", "Nurse Unit Manager"),
    ],
    start="2026-10-14 14:00",
    end="2026-10-14 14:45",
    tz="Australia/Sydney",
    notes="Second round with the Director and the sender ('and me'). The first-round panel in the quoted mail (Sam Fitzgerald, Leanne Boyd) and its date are not labelled. Sydney DST started 4 October, so AEDT (+11:00).",
)

add(
    name="inv-w24-icims-university-pi-family-name-first-lab-manager",
    kind="invitation",
    frm="University of Lakeland Careers <lakeland-careers@talent.icims.com>",
    to="Nicole Foster <nicole.foster@example.com>",
    reply_to="Shauna Miles <smiles@lakeland.example.edu>",
    subject="Interview Invitation: Clinical Research Coordinator II (Req 2026-7731)",
    date=(2026, 11, 10, 9, 45, "America/Chicago"),
    fmt="html",
    html="""<html><head><meta charset="utf-8"></head><body>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;font-size:14px"><tr><td>
<p>Dear Nicole,</p>
<p>Thank you for your interest in the <strong>Clinical Research Coordinator II</strong> position in the Department of Neurology at the University of Lakeland.</p>
<p>We would like to invite you to a video interview on <strong>Thursday, November 19, 2026, from 1:00 to 2:00 PM Central Time</strong> via Zoom. You will be interviewed by the study&#8217;s Principal Investigator, Dr. Park Ji-woo, and the lab manager, Tomás Herrera.</p>
<p>Please reply to Shauna Miles, Department Coordinator, if you need to change the time. Shauna will send the Zoom link the day before.</p>
<p>Sincerely,<br>Talent Acquisition<br>University of Lakeland</p>
<p style="font-size:11px;color:#777">The University of Lakeland is an equal opportunity employer. This message was sent via iCIMS. Reply STOP to opt out of text messages.</p>
</td></tr></table></body></html>
""",
    company="University of Lakeland",
    role="Clinical Research Coordinator II",
    interviewers=[
        ("Park Ji-woo", None, "Principal Investigator"),
        ("Tomás Herrera", None, "lab manager"),
    ],
    start="2026-11-19 13:00",
    end="2026-11-19 14:00",
    tz="America/Chicago",
    notes="iCIMS HTML-only with an entity-encoded accent. The PI's name is family-name-first and kept as written (Dr. dropped); the department coordinator who handles changes and the link is not an interviewer.",
)

# ================================================================ outcomes and changes
add(
    name="can-w24-neogov-city-hiring-freeze-ics-cancel-pdt",
    kind="cancellation",
    frm="City of Oakhaven Human Resources <hr-recruitment@oakhaven.example.gov>",
    to="Samuel Okoro <samuel.okoro@example.com>",
    subject="CANCELED: Management Analyst Interview - March 10",
    date=(2026, 3, 3, 16, 20, "America/Los_Angeles"),
    ics_method="CANCEL",
    ics_style="attach",
    body="""
Dear Samuel Okoro,

We regret to inform you that the City of Oakhaven has placed a temporary hiring freeze on all non-essential positions pending adoption of the FY 2026-27 budget. As a result, the recruitment for Management Analyst has been cancelled and your interview scheduled for Tuesday, March 10, 2026 at 9:00 AM has been canceled.

We appreciate your interest in serving the Oakhaven community. Should the position be re-opened, it will be posted on our GovernmentJobs page and you are welcome to apply again.

Sincerely,

Human Resources Department
City of Oakhaven
""",
    ics=ics(
        uid="oakhaven-hr-ma-interview-0310-okoro@oakhaven.example.gov",
        start="2026-03-10 09:00",
        end="2026-03-10 09:45",
        tz="America/Los_Angeles",
        vtz="""BEGIN:VTIMEZONE
TZID:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
        organizer=("City of Oakhaven Human Resources", "hr-recruitment@oakhaven.example.gov"),
        attendees=[("Samuel Okoro", "samuel.okoro@example.com")],
        summary="Management Analyst Interview",
        method="CANCEL",
        status="CANCELLED",
        seq=2,
        prodid="-//NEOGOV//Interview Scheduling//EN",
    ),
    company="City of Oakhaven",
    role="Management Analyst",
    interviewers=[],
    start="2026-03-10 09:00",
    end="2026-03-10 09:45",
    tz="America/Los_Angeles",
    notes="Interview cancelled by a hiring freeze, ICS METHOD:CANCEL. No interviewers were ever named. March 10 is two days after DST starts (PDT -07:00) while the mail is sent in PST.",
)

add(
    name="rej-w24-nhs-scotland-psychologist-feedback-from-chair",
    kind="rejection",
    frm="NHS Forth Borders Recruitment <fb.recruitment@nhs.example.scot>",
    to="Eilidh MacLeod <eilidh.macleod@example.co.uk>",
    subject="Outcome of interview - Clinical Psychologist, Child & Adolescent Mental Health Services",
    date=(2026, 7, 15, 11, 30, "Europe/London"),
    body="""
Dear Eilidh

Vacancy Reference: FB/26/0771
Post: Clinical Psychologist, Child & Adolescent Mental Health Services

Thank you for attending for interview on Friday 10 July 2026. I am sorry to inform you that on this occasion you have not been successful.

The panel, chaired by Dr Ewan Reid, Consultant Clinical Psychologist, was impressed with the standard of applicants and the decision was a difficult one. If you would like feedback on your interview, Dr Reid would be happy to arrange a short call; please contact Fiona Baird in the recruitment team to arrange a suitable time.

We would like to thank you for your interest in NHS Forth Borders and wish you every success in the future.

Yours sincerely

Fiona Baird
Recruitment Adviser
NHS Forth Borders

NHS Forth Borders is the common name of Forth Borders Health Board. This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.
""",
    company="NHS Forth Borders",
    role="Clinical Psychologist, Child & Adolescent Mental Health Services",
    interviewers=[],
    start=None,
    end=None,
    tz=None,
    notes="Post-interview rejection; the panel chair offered for a feedback call is not an interviewer in a new interview, so no people, no time.",
)

add(
    name="off-w24-university-conditional-offer-accept-by",
    kind="offer",
    frm="Rhian Evans <resourcing@caerwyn.ac.example.uk>",
    to="Gwen Morgan <gwen.morgan@example.co.uk>",
    subject="Conditional offer of appointment - Research Data Manager (19024BR)",
    date=(2026, 6, 16, 15, 2, "Europe/London"),
    fmt="alt",
    body="""
Dear Gwen,

Research Data Manager, Research & Innovation Services (Vacancy 19024BR)

Following your recent interview, I am delighted to offer you the above post on a full-time, open-ended basis at Grade 7, spine point 31 (£41,064 per annum), subject to the receipt of two satisfactory references, evidence of your right to work in the UK, and the completion of a pre-employment health questionnaire.

Professor Roberts will contact you separately to discuss a start date; we anticipate this being on or around 1 September 2026.

Please confirm whether you wish to accept this offer by replying to this email no later than Friday 26 June 2026. A formal contract will then follow.

Congratulations, and welcome to Caerwyn University.

Yours sincerely,

Rhian Evans
Resourcing Officer | Swyddog Adnoddau
Human Resources | Adnoddau Dynol
Caerwyn University | Prifysgol Caerwyn
""",
    company="Caerwyn University",
    role="Research Data Manager",
    interviewers=[],
    start=None,
    end=None,
    tz=None,
    notes="Conditional offer; the accept-by date is the candidate's deadline, not a decision date; the start date is not an interview.",
)

add(
    name="nxt-w24-council-outcome-within-two-weeks-references",
    kind="next_steps",
    frm="Jo Barlow <jo.barlow@coomera.qld.example.gov.au>",
    to="Liam O'Shea <liam.oshea@example.com.au>",
    subject="Parks Planning Officer - thanks for interviewing",
    date=(2026, 5, 20, 9, 10, "Australia/Brisbane"),
    body="""
Hi Liam,

Thanks for coming in yesterday to interview for the Parks Planning Officer role - Mark and Tash enjoyed the conversation about the foreshore masterplan.

We have two more interviews to hold this week, after which the panel will prepare its recommendation. We aim to let all candidates know the outcome within two weeks. Please note we may be in touch with your referees before then.

Kind regards,

Jo Barlow
Talent Acquisition Partner | People & Culture
Coomera Shire Council
""",
    company="Coomera Shire Council",
    role="Parks Planning Officer",
    interviewers=[],
    start=None,
    end=None,
    tz=None,
    decision_by="2026-06-03",
    notes="After the interview: a timeline without a decision. 'Within two weeks' from Wed 20 May gives 3 June. The first-name panel members mentioned are the past interview's, not a new one.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w24-nhs-branded-scam-whatsapp-interview-fee",
    kind="other",
    frm="NHS Recruitment Uk <nhs.recruitment.uk.2026@gmail.example.com>",
    to="Kevin Sandoval <kevin.sandoval@example.com>",
    subject="URGENT: Your NHS Job Interview + Certificate of Sponsorship",
    date=(2026, 7, 2, 3, 14, "Africa/Lagos"),
    body="""
Dear Applicant,

Congratulation!! Your CV have been reviewed by the National Health Service (NHS) England and you are shortlisted for the position of Staff Nurse with Visa Sponsorship and free accommodation in London, salary £4,500 per month.

Your interview is schedule via WhatsApp with Dr. James Wilson (HR Director, NHS UK) on Monday 6th July 2026 by 10:00am UK time. Save his WhatsApp number +44 7700 900481 and send "READY" to confirm.

Note: all successful candidate must pay a refundable processing fee of £250 for the Certificate of Sponsorship (CoS) to our accredited agent before the interview, payment details will be sent to you on WhatsApp.

Regards,
Dr. Mrs. Elizabeth Grant
Head of International Recruitment
NHS UK Recruitment Board
""",
    company=None,
    role=None,
    notes="A scam imitating the NHS (free-mail sender, WhatsApp interview, fee for sponsorship): other, with no interview or interviewer despite a named 'HR Director' and a time.",
)

add(
    name="oth-w24-usajobs-saved-search-digest",
    kind="other",
    frm="USAJOBS <no-reply@usajobs.example.gov>",
    to="Marcus Bell <marcus.bell@example.com>",
    subject='USAJOBS Saved Search: 6 new jobs for "civil engineer" in Colorado',
    date=(2026, 4, 21, 5, 0, "America/New_York"),
    fmt="alt",
    body="""
Hello Marcus,

Your saved search "civil engineer" in Colorado has 6 new jobs.

Civil Engineer (Hydraulics)
Bureau of Reclamation - Denver, CO
GS 11-12 | Open 04/20/2026 to 05/04/2026

General Engineer
Federal Highway Administration - Lakewood, CO
GS 12-13 | Open 04/20/2026 to 04/30/2026

Civil Engineer (Structural)
U.S. Army Corps of Engineers - Pueblo, CO
GS 12 | Open 04/17/2026 to 05/01/2026

Interdisciplinary Engineer
National Park Service - Lakewood, CO
GS 11-12 | Open 04/19/2026 to 05/03/2026

Supervisory Civil Engineer
Bureau of Land Management - Grand Junction, CO
GS 13 | Open 04/20/2026 to 05/11/2026

Civil Engineering Technician
Forest Service - Golden, CO
GS 07-09 | Open 04/20/2026 to 04/27/2026

Manage your saved searches or unsubscribe in your USAJOBS profile.
USAJOBS is the Federal Government's official employment site.
""",
    company=None,
    role=None,
    notes="A job-alert digest from the federal job board; titles and agencies, no interview.",
)

add(
    name="oth-w24-careers-service-panel-interview-workshop",
    kind="other",
    frm="Caerwyn Careers Service <careers@caerwyn.ac.example.uk>",
    to="Gwen Morgan <gwen.morgan@example.co.uk>",
    subject="Graduate newsletter: cracking the NHS and public-sector panel interview",
    date=(2026, 2, 10, 8, 0, "Europe/London"),
    fmt="html",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#7a1f3d">Careers Bulletin - February</h2>
<h3>Facing a panel? Five things to remember</h3>
<ol>
<li>Find out who will be on the panel and what each member cares about: the chair, the manager, the HR representative and, in the NHS, sometimes a lay member.</li>
<li>Structure answers with STAR and link them to the person specification.</li>
<li>If there is a presentation, time it to the minute.</li>
<li>Make eye contact with every panel member, not only the person who asked.</li>
<li>Ask about the timeline for a decision at the end.</li>
</ol>
<h3>Workshop: Mock panel interviews</h3>
<p>Wednesday 25 February, 13:00-14:30, Careers Centre, Room 1.02. Led by Careers Consultant Dafydd Jones with two volunteer alumni panel members. Book on CareerLink.</p>
<p style="font-size:11px">You are receiving this because you are a Caerwyn graduate. Unsubscribe.</p>
</body></html>
""",
    company=None,
    role=None,
    notes="Careers newsletter with interview tips and a mock panel workshop at a time: other.",
)

add(
    name="oth-w24-council-candidate-experience-survey",
    kind="other",
    frm="Coomera Shire Council <noreply@pageuppeople.example.com>",
    to="Liam O'Shea <liam.oshea@example.com.au>",
    subject="How was your interview experience with Coomera Shire Council?",
    date=(2026, 6, 5, 10, 0, "Australia/Brisbane"),
    body="""
Hi Liam,

You recently interviewed with us for the Parks Planning Officer role. We'd love to hear about your experience as a candidate, whatever the outcome.

The survey has 8 questions and takes about 3 minutes. Your responses are anonymous and will not be shared with the interview panel or affect any current or future application.

Start the survey: https://survey.pageuppeople.example.com/s/CSC-cx-2026

Thank you for helping us improve.

People & Culture
Coomera Shire Council
""",
    company=None,
    role=None,
    notes="Candidate-experience survey about a past interview: other, not next_steps.",
)

add(
    name="oth-w24-local-paper-wants-to-interview-award-nurse",
    kind="other",
    frm="Holly Tremayne <holly.tremayne@cornishgazette.example.co.uk>",
    to="Dr Nadia Hussain <nadia.hussain@example.co.uk>",
    subject="Interview request - Gazette Health Heroes award",
    date=(2026, 7, 20, 11, 5, "Europe/London"),
    body="""
Hi Dr Hussain,

Congratulations on being named in this year's Gazette Health Heroes awards for the bowel cancer screening outreach you led!

I'm writing a feature for our 6 August edition and would love to interview you - about 30 minutes, by phone or in person. Would Thursday 23 July at 2pm work? Our photographer, Ben Pascoe, would also like to take a couple of photos at the hospital if the Trust's communications team agrees.

Best wishes,

Holly Tremayne
Health Reporter
The Cornish Gazette
""",
    company=None,
    role=None,
    notes="A press interview request with a proposed time: other.",
)

add(
    name="oth-w24-inset-day-staff-meeting-ics-current-school",
    kind="other",
    frm="Lakeview Public School Office <lakeview.office@trilliumlakes.example.ca>",
    to="Amélie Fortin <amelie.fortin@trilliumlakes.example.ca>",
    subject="PA Day agenda - Friday, January 15",
    date=(2026, 1, 7, 15, 30, "America/Toronto"),
    ics_style="google",
    body="""
Good afternoon staff,

Please find the agenda for Friday's PA Day below; the calendar invitation is attached.

8:30 - 9:00   Breakfast (library), hosted by the Parent Council
9:00 - 10:30  Literacy PLC: reading assessments - Kevin Osei
10:45 - 12:00 Safe Schools update and lockdown drill review - Chantal Girard
12:00 - 1:00  Lunch
1:00 - 3:30   Report card writing time

Occasional teachers on the roster are welcome to join the morning sessions.

Thank you,
Lakeview P.S. Office
""",
    ics=ics(
        uid="pa-day-20260115-lakeview@google.com",
        start="2026-01-15 08:30",
        end="2026-01-15 15:30",
        tz="America/Toronto",
        organizer=("Lakeview Public School Office", "lakeview.office@trilliumlakes.example.ca"),
        attendees=[
            ("Kevin Osei", "kosei@trilliumlakes.example.ca"),
            ("Chantal Girard", "cgirard@trilliumlakes.example.ca"),
            ("Amélie Fortin", "amelie.fortin@trilliumlakes.example.ca"),
        ],
        summary="PA Day - Lakeview PS",
    ),
    company=None,
    role=None,
    notes="Professional-activity day at the user's current school with an ICS and named presenters: a meeting at work.",
)

add(
    name="oth-w24-gp-surgery-appointment-reminder",
    kind="other",
    frm="Riverside Medical Practice <noreply@accurx.example.com>",
    to="eilidh.macleod@example.co.uk",
    subject=hdr("Appointment reminder – Riverside Medical Practice"),
    date=(2026, 8, 3, 18, 0, "Europe/London"),
    body="""
Dear Eilidh,

This is a reminder of your appointment with Dr Priya Patel at Riverside Medical Practice on Wednesday 5 August 2026 at 08:40.

If you no longer need this appointment, please reply CANCEL or call 0131 555 0164 so that it can be offered to another patient.

Riverside Medical Practice
This message was sent using Accurx. Do not reply with medical information.
""",
    company=None,
    role=None,
    notes="A personal GP appointment with a doctor's name and a time: other.",
)
