# ruff: noqa: E501
# Wave 24, batch A: public-sector and healthcare hiring in the US, UK, Canada and Australia
# (NHS Jobs / Trac, USAJOBS, NEOGOV, PageUp, school districts, universities): panels in prose,
# chairs, lay members, HR advisers who only take notes, assistants scheduling for a director,
# and look-alikes from those worlds (appraisals, CPD webinars, union meetings, jury service).
from lib import add, ics
from mime import addr, hdr, vtz_outlook_us, vtz_us

# ================================================================ invitations naming a panel
add(
    name="inv-w24-trac-radiographer-panel-chair-lay-hr-notes-leeds",
    kind="invitation",
    frm="Leeds Teaching Hospitals NHS Trust <noreply@trac.jobs>",
    to="Amira Haddad <amira.haddad@example.co.uk>",
    subject="Invitation to interview - Band 6 Diagnostic Radiographer (C9381-26-0114)",
    date=(2026, 3, 9, 11, 2, "Europe/London"),
    body="""
Dear Amira Haddad,

Job reference: C9381-26-0114
Job title: Band 6 Diagnostic Radiographer
Department: Radiology - St James's University Hospital

Thank you for your application. We are pleased to inform you that you have been shortlisted for interview.

Your interview has been booked for:

Date: 24/03/2026
Time: 10:30
Duration: 45 minutes
Venue: Seminar Room 2, Level 1, Bexley Wing, St James's University Hospital, Beckett Street, Leeds LS9 7TF

Please arrive 15 minutes before your interview time and report to the Radiology main reception.

Presentation: you will be asked to give a presentation of no more than 10 minutes at the start of your interview on the following topic: "How would you support the development of student radiographers on placement in a busy general department?" No IT equipment will be provided; you may bring handouts for the panel.

The interview panel will consist of Dr Helen Marsh, Consultant Radiologist (Chair), Kwame Asante, Radiology Services Manager, and Joanne Pike, Lay Member. Sarah Lunn, HR Adviser, will also be present to take notes and will not form part of the panel.

Please bring with you to the interview:
- Photographic identification (passport or driving licence)
- Original certificates of your qualifications
- HCPC registration details

If you are unable to attend, please log in to your Trac account to withdraw or contact the recruitment team as soon as possible.

Kind regards,

Recruitment Team
Leeds Teaching Hospitals NHS Trust

This is an automatically generated email sent from Trac on behalf of Leeds Teaching Hospitals NHS Trust. Please do not reply directly to this email.

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender and delete it. Any views expressed in this message are those of the individual sender and may not necessarily reflect the views of the Trust.
""",
    company="Leeds Teaching Hospitals NHS Trust",
    role="Band 6 Diagnostic Radiographer",
    interviewers=[
        ("Helen Marsh", None, "Consultant Radiologist"),
        ("Kwame Asante", None, "Radiology Services Manager"),
        ("Joanne Pike", None, "Lay Member"),
    ],
    start="2026-03-24 10:30",
    end="2026-03-24 11:15",
    tz="Europe/London",
    notes="Trac letter, day-first 24/03/2026 at 10:30 for 45 minutes (GMT, before the clocks change). Panel in prose: chair (Dr dropped), manager and lay member interview; the HR adviser 'to take notes' and 'not part of the panel' is not an interviewer. Arrival time is not the start.",
)

add(
    name="inv-w24-usajobs-reclamation-structured-panel-html-only-denver",
    kind="invitation",
    frm="Bureau of Reclamation Human Resources <brhr-interviews@usbr.example.gov>",
    to="Marcus Bell <marcus.bell@example.com>",
    subject="Interview Scheduling: Civil Engineer (Hydraulics), GS-0810-12, Announcement BR-26-1187",
    date=(2026, 4, 6, 14, 48, "America/Denver"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr. Bell,</p>
<p>Your application for the position of <b>Civil Engineer (Hydraulics)</b>, GS-0810-12, under announcement BR-26-1187 (USAJOBS control number 812245600), has been referred to the selecting official, who would like to interview you.</p>
<p>The interview will be conducted virtually via Microsoft Teams on <b>Thursday, April 16, 2026 at 9:00 a.m. Mountain Time</b> and is scheduled for one hour. A Teams link will be sent separately.</p>
<p>This is a structured interview: every candidate is asked the same questions and rated against the same benchmarks. You will be interviewed by a panel of three:</p>
<ul>
<li>Mr. Dale Whitford, Supervisory Civil Engineer (panel chair)</li>
<li>Ms. Priya Natarajan, Hydraulic Engineer, Technical Service Center</li>
<li>Mr. Owen Castillo, Civil Engineer, Dam Safety Office</li>
</ul>
<p>Ms. Carol Ybarra, Human Resources Specialist, will attend as the HR representative to ensure the process is followed; she will not rate your responses.</p>
<p>Please confirm your availability by replying to this message no later than close of business Thursday, April 9. If you require a reasonable accommodation for the interview, contact us at the address below.</p>
<p>Sincerely,<br>Carol Ybarra<br>Human Resources Specialist (Recruitment &amp; Placement)<br>Bureau of Reclamation, Denver Federal Center<br>Building 67, Denver, CO 80225</p>
<p style="font-size:8pt;color:#666">PRIVACY ACT STATEMENT: This message may contain information protected by the Privacy Act of 1974 (5 U.S.C. 552a). If you are not the intended recipient, you are hereby notified that any use, disclosure, copying or distribution is prohibited. The Department of the Interior is an Equal Opportunity Employer.</p>
</body></html>
""",
    company="Bureau of Reclamation",
    role="Civil Engineer (Hydraulics)",
    interviewers=[
        ("Dale Whitford", None, "Supervisory Civil Engineer"),
        ("Priya Natarajan", None, "Hydraulic Engineer, Technical Service Center"),
        ("Owen Castillo", None, "Civil Engineer, Dam Safety Office"),
    ],
    start="2026-04-16 09:00",
    end="2026-04-16 10:00",
    tz="America/Denver",
    notes="HTML-only federal letter; GS grade, announcement and control numbers are not the role. Three panel members with Mr./Ms. dropped; the HR specialist who sends the mail attends but 'will not rate' so is not an interviewer. Reply-by April 9 is a candidate deadline.",
)

add(
    name="inv-w24-neogov-county-oral-board-unnamed-raters-qp",
    kind="invitation",
    frm="County of Placer <noreply@governmentjobs.com>",
    to="Teresa Lindqvist <tlindqvist@example.net>",
    subject="Oral Board Interview - Accountant-Auditor II",
    date=(2026, 5, 4, 8, 15, "America/Los_Angeles"),
    fmt="qp",
    body="""
Teresa Lindqvist,

Congratulations! Based on your score in the written examination, you have been placed on the eligible list and are invited to participate in the ORAL BOARD INTERVIEW for the position of Accountant-Auditor II (Recruitment #26-0412-01).

DATE: Wednesday, May 13, 2026
TIME: 1:30 PM (please check in by 1:15 PM)
LENGTH: approximately 30 minutes
LOCATION: County Administrative Center, 175 Fulweiler Avenue, Auburn, CA 95603 - Human Resources Conference Room B

The oral board will consist of three subject matter experts from public agencies outside of Placer County. The board will evaluate your training, experience, and ability to communicate effectively. Your final score on the eligible list will be determined by the oral board (100%).

Please bring a valid photo ID. Candidates who arrive after their scheduled time will not be admitted.

To confirm your interview time, please log in to your GovernmentJobs.com account and select your preferred time slot under "Interview Scheduling" before Friday, May 8, 2026 at 5:00 PM. If you do not confirm, your appointment will be released.

If you have questions, please contact Mireya Sandoval, Human Resources Analyst, at (530) 555-0147.

County of Placer Human Resources
An Equal Opportunity Employer
""",
    company="County of Placer",
    role="Accountant-Auditor II",
    interviewers=[],
    start="2026-05-13 13:30",
    end="2026-05-13 14:00",
    tz="America/Los_Angeles",
    notes="NEOGOV oral board: raters described but not named, so no interviewers; the HR analyst is only a contact. Check-in 1:15 is not the start. Recruitment number is not the role; confirm-by date is the candidate's.",
)

add(
    name="inv-w24-school-assistant-schedules-principal-outlook-est-ics",
    kind="invitation",
    frm="Linda Farris <lfarris@northfieldschools.example.org>",
    to="Jordan Whitaker <jordan.whitaker@example.com>",
    subject="Interview - 7th Grade Mathematics Teacher, Westbrook Middle School",
    date=(2026, 4, 20, 13, 37, "America/New_York"),
    ics_style="outlook",
    body="""
Good afternoon Mr. Whitaker,

Dr. Brooks asked me to reach out to schedule an interview for the 7th Grade Mathematics Teacher position at Westbrook Middle School for the 2026-2027 school year.

You will be interviewed by Dr. Angela Brooks, Principal, and Mr. Terrence Hall, Assistant Principal. The interview will be held in the Main Office conference room on Tuesday, April 28 from 3:30 to 4:15 pm, after dismissal. I have sent a calendar invitation; please accept it to confirm.

When you arrive, please sign in at the front desk and present a photo ID; visitor parking is to the left of the bus loop. Please plan to arrive 15 minutes early.

Thank you,

Linda Farris
Administrative Assistant to the Principal
Westbrook Middle School | Northfield Public Schools
(She/Her)
1200 Westbrook Road, Northfield, VA 22150

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential student and/or personnel information protected by FERPA or other law. Northfield Public Schools does not discriminate on the basis of race, color, religion, national origin, sex, sexual orientation, gender identity, age, disability or veteran status.
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000B0D41C6A21D0DC010000000000000000100000004A3B",
        start="2026-04-28 15:30",
        end="2026-04-28 16:15",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Linda Farris", "lfarris@northfieldschools.example.org"),
        attendees=[
            ("Brooks, Angela", "abrooks@northfieldschools.example.org"),
            ("Hall, Terrence", "thall@northfieldschools.example.org"),
            ("jordan.whitaker@example.com", "jordan.whitaker@example.com"),
        ],
        summary="Interview: J. Whitaker - 7th Gr Math",
        prodid="Microsoft Exchange Server 2010",
        location="WMS Main Office Conference Room",
    ),
    company="Northfield Public Schools",
    role="7th Grade Mathematics Teacher",
    interviewers=[
        ("Angela Brooks", "abrooks@northfieldschools.example.org", "Principal"),
        ("Terrence Hall", "thall@northfieldschools.example.org", "Assistant Principal"),
    ],
    start="2026-04-28 15:30",
    end="2026-04-28 16:15",
    tz="America/New_York",
    notes="The principal's administrative assistant schedules (organizer, pronouns in signature) and is not an interviewer. Outlook ICS with 'Eastern Standard Time' in April = EDT; attendees written 'Surname, Name'.",
)

add(
    name="inv-w24-university-talentlink-presentation-panel-hr-partner-cardiff",
    kind="invitation",
    frm="Resourcing Team <resourcing@caerwyn.ac.example.uk>",
    to="Gwen Morgan <gwen.morgan@example.co.uk>",
    subject="Interview invitation: Research Data Manager - Vacancy 19024BR",
    date=(2026, 6, 1, 16, 5, "Europe/London"),
    fmt="alt",
    body="""
Dear Gwen,

Research Data Manager, Research & Innovation Services (Vacancy 19024BR)

Thank you for your application for the above post. I am pleased to invite you to attend an interview on Friday 12 June 2026 at 14:00. The interview will take place in Room 0.14, Tŷ Aberdâr, Cathays Park campus.

The selection process will consist of a 10-minute presentation to the panel followed by a formal interview of approximately 40 minutes. The title of your presentation is: "Embedding good research data practice across a research-intensive university: your first 12 months". Please send your slides to resourcing@caerwyn.ac.example.uk by 12:00 on Wednesday 10 June.

The interview panel will be:

Professor Siân Roberts, Director of Research Services (Chair)
Dr Owain Lloyd, Head of Research Computing
Bethan Price, HR Business Partner

Please bring your passport or other original documentation confirming your right to work in the UK.

If you have a disability and require any adjustments to be made to the selection process, please let us know.

Please confirm your attendance by replying to this email.

Yours sincerely,

Rhian Evans
Resourcing Officer | Swyddog Adnoddau
Human Resources | Adnoddau Dynol
Caerwyn University | Prifysgol Caerwyn

We welcome correspondence in Welsh and English. Corresponding in Welsh will not lead to a delay. Rydym yn croesawu gohebiaeth yn Gymraeg a Saesneg. Ni fydd gohebu yn Gymraeg yn arwain at oedi.
""",
    company="Caerwyn University",
    role="Research Data Manager",
    interviewers=[
        ("Siân Roberts", None, "Director of Research Services"),
        ("Owain Lloyd", None, "Head of Research Computing"),
        ("Bethan Price", None, "HR Business Partner"),
    ],
    start="2026-06-12 14:00",
    end="2026-06-12 14:50",
    tz="Europe/London",
    notes="University HR letter with a bilingual footer; presentation (10 min) plus interview (40 min) to the panel from 14:00 BST. Here the HR business partner is listed as a panel member, so she interviews; the resourcing officer who writes does not. Slides-by date is a candidate deadline.",
)

add(
    name="inv-w24-pageup-council-panel-people-culture-observer-brisbane",
    kind="invitation",
    frm="Coomera Shire Council Careers <careers@coomera.qld.example.gov.au>",
    to="Liam O'Shea <liam.oshea@example.com.au>",
    subject="Interview invitation - Parks Planning Officer (Req 4471)",
    date=(2026, 5, 8, 15, 20, "Australia/Brisbane"),
    fmt="alt64",
    body="""
Hi Liam,

Thank you for applying for the Parks Planning Officer role with Coomera Shire Council. We are pleased to let you know you have been shortlisted to attend an interview.

Date: Tuesday 19 May 2026
Time: 10:00am - 10:45am (AEST)
Location: Council Administration Centre, Level 3 Meeting Room 3.07, 1 Harbour Parade, Coomera

Your interview panel will comprise Mark Delaney (Manager Parks & Recreation) and Tash Nguyen (Senior Landscape Architect). Jo Barlow from People & Culture will also be present to observe the process.

Prior to the interview you will be given 15 minutes to review a short scenario; please arrive at 9:40am so you have time to sign in at reception.

Please bring your driver's licence and any relevant certificates. If you require any adjustments to participate in the interview, please let us know.

To accept this interview time please click the link in your PageUp candidate portal.

Kind regards,

Jo Barlow
Talent Acquisition Partner | People & Culture
Coomera Shire Council

Coomera Shire Council acknowledges the Traditional Custodians of the land on which we work and pays respect to Elders past, present and emerging.
""",
    company="Coomera Shire Council",
    role="Parks Planning Officer",
    interviewers=[
        ("Mark Delaney", None, "Manager Parks & Recreation"),
        ("Tash Nguyen", None, "Senior Landscape Architect"),
    ],
    start="2026-05-19 10:00",
    end="2026-05-19 10:45",
    tz="Australia/Brisbane",
    notes="PageUp-style council mail (base64 alternative). Panel of two in parentheses form; the People & Culture partner who writes and 'observes' is not an interviewer. Arrival 9:40 and scenario time are not the start; Brisbane has no DST.",
)

add(
    name="inv-w24-workday-hospital-recruiter-phone-screen-pronouns-toronto",
    kind="invitation",
    frm="Manpreet Gill <manpreet.gill@lakeshorehsc.example.ca>",
    to="Olivia Tran <olivia.tran@example.ca>",
    subject="Phone screen - Registered Nurse, Cardiac Step-Down Unit (Full-Time)",
    date=(2026, 3, 12, 10, 41, "America/Toronto"),
    body="""
Hi Olivia,

Thank you for applying to the Registered Nurse, Cardiac Step-Down Unit (Full-Time) posting at Lakeshore Health Sciences Centre.

I'd like to set up a brief phone screen with you to go over your experience, your availability for 12-hour rotating shifts and the next steps in our process. Would Wednesday, March 18 at 2:30 p.m. ET work? I'll call you at the number on your application (416-555-0182); we should need about 20 minutes.

If that time doesn't suit, just reply with two or three times that work for you this week or next.

Warm regards,

Manpreet Gill (she/her)
Talent Acquisition Specialist, Nursing Recruitment
Lakeshore Health Sciences Centre
2075 Bayview Ave, Toronto ON
T: 416-555-0100 ext. 4412

Lakeshore Health Sciences Centre is located on the traditional territory of many nations including the Mississaugas of the Credit, the Anishnabeg, the Chippewa, the Haudenosaunee and the Wendat peoples.

This e-mail may contain PERSONAL HEALTH INFORMATION or other confidential information. If you are not the intended recipient, please notify the sender immediately and destroy all copies. Any unauthorized use or disclosure is prohibited.
""",
    company="Lakeshore Health Sciences Centre",
    role="Registered Nurse, Cardiac Step-Down Unit",
    interviewers=[
        (
            "Manpreet Gill",
            "manpreet.gill@lakeshorehsc.example.ca",
            "Talent Acquisition Specialist, Nursing Recruitment",
        ),
    ],
    start="2026-03-18 14:30",
    end="2026-03-18 14:50",
    tz="America/Toronto",
    notes="A recruiter proposes a specific phone screen she will run herself: an invitation and she is the interviewer. '(Full-Time)' is the posting's status, not part of the title. March 18 is after the US/Canada DST change (EDT).",
)

add(
    name="inv-w24-academy-head-governor-panel-student-guides-qp",
    kind="invitation",
    frm="Mrs K Whitlock <hr@kingsmead-academy.example.sch.uk>",
    to="Daniel Achebe <d.achebe@example.co.uk>",
    subject="Teacher of Science (MPS/UPS) - interview",
    date=(2026, 3, 2, 12, 30, "Europe/London"),
    fmt="qp",
    body="""
Dear Mr Achebe

Teacher of Science (MPS/UPS) – fixed term until 31 August 2027

Thank you for your application for the above post. I am delighted to inform you that you have been shortlisted and I would like to invite you to interview on Wednesday 11th March 2026.

On arrival please report to the main reception where you will be met by two of our Year 10 students, Maisie and Arjun, who will give you a short tour of the school. Your formal interview will then take place at 1.30pm in the Headteacher's office and will last approximately 45 minutes.

The panel will be Mrs Rachel Dunmore (Headteacher), Mr Peter Okafor (Head of Science) and Mr Alan Fisk (Chair of Governors).

As part of the interview you will be asked to talk for five minutes about a science lesson that went well and one that did not, and what you learned from both.

Please bring with you your passport or birth certificate, proof of address and your original teaching qualification certificates, so that we can carry out the checks required by Keeping Children Safe in Education. Please arrive 15 minutes early.

Kind regards

Mrs K Whitlock
HR & Recruitment Officer
Kingsmead Academy – part of the Riverside Learning Trust

Riverside Learning Trust is a charitable company limited by guarantee registered in England and Wales (company number 07812345). Registered office: Kingsmead Academy, Long Lane, Taunton TA1 4XX. This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed.
""",
    company="Kingsmead Academy",
    role="Teacher of Science",
    interviewers=[
        ("Rachel Dunmore", None, "Headteacher"),
        ("Peter Okafor", None, "Head of Science"),
        ("Alan Fisk", None, "Chair of Governors"),
    ],
    start="2026-03-11 13:30",
    end="2026-03-11 14:15",
    tz="Europe/London",
    notes="School interview letter (QP). Students giving the tour (first names) and the HR officer who writes are not interviewers; the governor on the panel is. Pay scale '(MPS/UPS)' is not part of the title. Start is the formal interview at 1.30pm.",
)

add(
    name="inv-w24-university-ea-for-dean-google-ics-vancouver",
    kind="invitation",
    frm="Joanne Tait <joanne.tait@coastmountain.example.ca>",
    to=addr("Sofía Ibarra", "sofia.ibarra@example.com"),
    subject=hdr("Interview with Dean Ramírez – Director, Student Success"),
    date=(2026, 2, 17, 9, 12, "America/Vancouver"),
    body="""
Dear Sofía,

On behalf of Dr. Elena Ramírez, Dean of Students, I'm pleased to invite you to the second-round interview for the Director, Student Success position at Coast Mountain University.

The interview will take place on Thursday, February 26 from 10:00 to 11:30 a.m. Pacific, in the Dean's boardroom (Student Union Building, room 412). You will meet with Dean Ramírez and Dr. Marcus Chen, Associate Dean, Academic Support. I've sent a calendar invitation with the details.

The Dean has asked that you come prepared to discuss the attached scenario on first-year retention; no slides are needed.

If you need to make any changes, please contact me directly rather than the Dean's office line.

Best regards,

Joanne Tait (she/her)
Executive Assistant to the Dean of Students
Coast Mountain University

I respectfully acknowledge that I live and work on the unceded traditional territories of the Coast Salish peoples.
""",
    ics=ics(
        uid="3kq9v1dean0226tait@google.com",
        start="2026-02-26 10:00",
        end="2026-02-26 11:30",
        tz="America/Vancouver",
        vtz=vtz_us("America/Vancouver", "-0800", "-0700", "PST", "PDT"),
        organizer=("Joanne Tait", "joanne.tait@coastmountain.example.ca"),
        attendees=[
            ("Elena Ramírez", "elena.ramirez@coastmountain.example.ca"),
            ("Marcus Chen", "marcus.chen@coastmountain.example.ca"),
            ("Sofía Ibarra", "sofia.ibarra@example.com"),
        ],
        summary="Director, Student Success - 2nd round interview (S. Ibarra)",
        location="SUB 412 - Dean's Boardroom",
    ),
    company="Coast Mountain University",
    role="Director, Student Success",
    interviewers=[
        ("Elena Ramírez", "elena.ramirez@coastmountain.example.ca", "Dean of Students"),
        ("Marcus Chen", "marcus.chen@coastmountain.example.ca", "Associate Dean, Academic Support"),
    ],
    start="2026-02-26 10:00",
    end="2026-02-26 11:30",
    tz="America/Vancouver",
    notes="Executive assistant invites on behalf of the Dean (organizer, not an interviewer). RFC 2047 subject and To with accented names; Google ICS with VTIMEZONE, PST.",
)

add(
    name="inv-w24-vic-dept-practice-leader-me-and-first-name-aedt",
    kind="invitation",
    frm="Kate Sullivan <kate.sullivan@dffh.vic.example.gov.au>",
    to="Hannah Brookes <hannah.brookes@example.com>",
    subject="Re: Child Protection Practitioner (CPP3) - interview",
    date=(2026, 3, 25, 16, 48, "Australia/Melbourne"),
    in_reply_to="<CAF=mq7x1w@mail.example.com>",
    body="""
Hi Hannah,

Thanks for getting back to me so quickly. Thursday 2 April at 11am works well. The interview will be with me and Priya from our Intake team, and will run for about an hour. We'll be at the Dandenong office, 165 Thomas Street, level 2 - just let reception know you're here to see me.

We'll ask you to work through a short case scenario in the first 15 minutes, then move on to the behavioural questions. Please bring your Working with Children Check card.

Cheers,
Kate

Kate Sullivan (she/her)
Practice Leader | Child Protection, South Division
Department of Families, Fairness and Housing

On 25 Mar 2026, at 2:10 pm, Hannah Brookes <hannah.brookes@example.com> wrote:
> Hi Kate,
> Thank you for the invitation. I'm available Thursday 2 April any time before 1pm, or Friday 3 April in the afternoon.
> Kind regards,
> Hannah
""",
    company="Department of Families, Fairness and Housing",
    role="Child Protection Practitioner",
    interviewers=[
        ("Kate Sullivan", "kate.sullivan@dffh.vic.example.gov.au", "Practice Leader"),
        ("Priya", None, None),
    ],
    start="2026-04-02 11:00",
    end="2026-04-02 12:00",
    tz="Australia/Melbourne",
    notes="Reply confirming a time from the candidate's options. 'With me and Priya' - the colleague is named by first name only, so the label keeps 'Priya'. Melbourne is still on AEDT (+11:00) on 2 April (DST ends 5 April). Classification '(CPP3)' is not part of the role.",
)

add(
    name="res-w24-trac-advanced-practitioner-moved-panel-member-replaced",
    kind="reschedule",
    frm="Manchester University NHS Foundation Trust <noreply@trac.jobs>",
    to="Rebecca Hollis <rebecca.hollis@example.co.uk>",
    subject="Change to your interview - Band 7 Advanced Clinical Practitioner (Emergency Medicine)",
    date=(2026, 5, 27, 9, 30, "Europe/London"),
    body="""
Dear Rebecca Hollis,

Job reference: 344-MFT-7781-RJ
Job title: Band 7 Advanced Clinical Practitioner (Emergency Medicine)

Unfortunately, due to unforeseen circumstances, we have had to change the date of your interview. Please accept our apologies for any inconvenience caused.

Your interview was previously booked for Thursday 04/06/2026 at 14:00. Your new interview details are:

Date: Monday 08/06/2026
Time: 11:00
Duration: 1 hour
Venue: Education Centre, Room 5, Wythenshawe Hospital, Southmoor Road, Manchester M23 9LT

Please note that Dr Farah Qureshi, Consultant in Emergency Medicine, will now sit on the panel in place of Mr Ian Doyle, who is no longer available. The panel will therefore be Claire Bennett, Lead Advanced Clinical Practitioner (Chair), and Dr Farah Qureshi.

The presentation requirements remain unchanged.

Please log in to your Trac account to confirm that you are able to attend the new date.

Kind regards,

Medical & Clinical Recruitment
Manchester University NHS Foundation Trust

This is an automated message sent via Trac. Replies to this email address are not monitored.
""",
    company="Manchester University NHS Foundation Trust",
    role="Band 7 Advanced Clinical Practitioner (Emergency Medicine)",
    interviewers=[
        ("Claire Bennett", None, "Lead Advanced Clinical Practitioner"),
        ("Farah Qureshi", None, "Consultant in Emergency Medicine"),
    ],
    start="2026-06-08 11:00",
    end="2026-06-08 12:00",
    tz="Europe/London",
    notes="Trac change notice: old date 04/06 and the replaced panelist (Ian Doyle) are not labelled; new day-first date 08/06/2026 11:00 BST for an hour. The specialty in parentheses is part of the job title as written.",
)

# ================================================================ outcome-side messages
add(
    name="info-w24-nhs-references-id-check-decision-friday",
    kind="info_request",
    frm="Noor Rahman <noor.rahman4@nhs.example.net>",
    to="Amira Haddad <amira.haddad@example.co.uk>",
    subject="RE: Band 6 Diagnostic Radiographer - references",
    date=(2026, 3, 25, 15, 12, "Europe/London"),
    in_reply_to="<LO2P265MB4471@nhs.example.net>",
    body="""
Hi Amira,

Thank you for attending interview yesterday - the panel really enjoyed your presentation.

Before we can finalise things, could you please send me contact details for two referees, one of whom must be your current or most recent line manager? We also need a scanned copy of your HCPC registration certificate, as we couldn't see it on your Trac application. It would be great to have these by Monday if possible.

We are still interviewing one more candidate on Thursday and the panel will make its decision by Tuesday 31st March; I'll ring you either way.

Many thanks,

Noor Rahman
Recruitment Officer
Leeds Teaching Hospitals NHS Trust
Pronouns: she/her

Working days: Tues-Fri

-----Original Message-----
From: Amira Haddad <amira.haddad@example.co.uk>
Sent: 24 March 2026 16:02
To: Noor Rahman <noor.rahman4@nhs.example.net>
Subject: Band 6 Diagnostic Radiographer

Dear Noor, thank you for organising today's interview with Dr Marsh and the panel.
""",
    company="Leeds Teaching Hospitals NHS Trust",
    role="Band 6 Diagnostic Radiographer",
    interviewers=[],
    start=None,
    end=None,
    tz=None,
    decision_by="2026-03-31",
    notes="After the interview the recruitment officer asks for referees and a registration certificate: info_request. 'By Monday' is the candidate's deadline; the panel decision 'by Tuesday 31st March' is the decision date. Names in the quoted mail are not interviewers.",
)

add(
    name="nxt-w24-school-district-after-interview-decide-by-friday-22",
    kind="next_steps",
    frm="Gloria Estrada <gestrada@riverbendisd.example.org>",
    to="Caleb Hughes <caleb.hughes@example.com>",
    subject="Assistant Band Director - update",
    date=(2026, 5, 12, 17, 3, "America/Chicago"),
    fmt="alt",
    body="""
Mr. Hughes,

Thank you again for interviewing with us last Thursday for the Assistant Band Director position at Riverbend High School. The committee appreciated your preparation and the rehearsal plan you brought.

We are finishing our final round of interviews this week. We anticipate making a decision by Friday, May 22, and I will contact every candidate at that time regardless of the outcome. Any offer is contingent on approval by the Board of Trustees and a completed background check.

Please let me know if you have any questions in the meantime.

Respectfully,

Gloria Estrada
Director of Fine Arts
Riverbend Independent School District
"Every Student, Every Day"

This communication may contain confidential information protected under the Family Educational Rights and Privacy Act (FERPA). Riverbend ISD is an equal opportunity employer.
""",
    company="Riverbend Independent School District",
    role="Assistant Band Director",
    interviewers=[],
    start=None,
    end=None,
    tz=None,
    decision_by="2026-05-22",
    notes="Post-interview timeline from the district's fine-arts director, no decision yet: next_steps with the stated decision date Friday, May 22.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w24-nhs-annual-appraisal-booking-current-job",
    kind="other",
    frm="Debbie Clarke <debbie.clarke7@nhs.example.net>",
    to="Rebecca Hollis <rebecca.hollis4@nhs.example.net>",
    subject="Your annual appraisal - Wed 17 June, 2pm",
    date=(2026, 6, 2, 8, 55, "Europe/London"),
    body="""
Hi Becky,

It's that time of year again! I've booked your annual appraisal for Wednesday 17 June at 2pm in the ED seminar room - it should take about an hour.

Before then please could you:
- complete the self-assessment section of the appraisal form on ESR
- bring your CPD log and any reflective pieces for revalidation
- have a think about your objectives for the coming year

Dr Okonkwo will join us for the last 15 minutes to talk through the ACP rota for the autumn.

Thanks,
Debbie

Debbie Clarke
Matron, Emergency Department
Stockport NHS Foundation Trust
""",
    company=None,
    role=None,
    notes="An appraisal at the user's current job with her matron: a meeting at work, not hiring mail, despite a time, a reviewer and a colleague who 'will join us'.",
)

add(
    name="oth-w24-cpd-webinar-effective-panel-interviewing-ics",
    kind="other",
    frm="Learning & Development <ld-events@caerwyn.ac.example.uk>",
    to="Gwen Morgan <gwen.morgan@caerwyn.ac.example.uk>",
    subject="Booking confirmed: Recruitment & Selection - Interviewing Well as a Panel Member",
    date=(2026, 9, 14, 10, 0, "Europe/London"),
    body="""
Dear Gwen,

Your place has been confirmed on the following CPD session:

Recruitment & Selection: Interviewing Well as a Panel Member (online)
Tuesday 29 September 2026, 10:00-12:00
Facilitator: Mererid Hughes, Senior HR Business Partner

This session is mandatory for all staff who sit on appointment panels. It covers writing structured interview questions, scoring against the person specification, avoiding bias, and the role of the panel chair. A calendar invitation with the Teams link is attached.

If you can no longer attend, please cancel via the staff portal at least 48 hours beforehand so your place can be offered to someone on the waiting list.

Learning & Development
Human Resources, Caerwyn University
""",
    ics=ics(
        uid="ld-rs-panel-20260929@caerwyn.ac.example.uk",
        start="2026-09-29 10:00",
        end="2026-09-29 12:00",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz="""BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
        organizer=("Learning & Development", "ld-events@caerwyn.ac.example.uk"),
        attendees=[("Gwen Morgan", "gwen.morgan@caerwyn.ac.example.uk")],
        summary="CPD: Interviewing Well as a Panel Member",
        prodid="Microsoft Exchange Server 2010",
    ),
    ics_style="attach",
    company=None,
    role=None,
    notes="Staff training on how to interview candidates, with an ICS in a Windows zone: the user is being trained as a panel member at her own employer. Other, though 'interview', 'panel', a facilitator and a time all appear.",
)

add(
    name="oth-w24-unison-branch-meeting-speakers",
    kind="other",
    frm="UNISON Leeds Health Branch <branch.secretary@unison-leedshealth.example.org>",
    to="amira.haddad@example.co.uk",
    subject="Branch AGM - Thursday 16 April, 12.30pm, Clinical Sciences Building",
    date=(2026, 4, 1, 19, 22, "Europe/London"),
    fmt="qp",
    body="""
Dear member,

Our Annual General Meeting will be held on Thursday 16 April at 12.30pm in Lecture Theatre 1, Clinical Sciences Building, St James's. A sandwich lunch will be provided. Members working shifts can join on Teams.

Agenda
1. Apologies and minutes of last AGM
2. Branch Secretary's report - Karen Doyle
3. Agenda for Change pay award update - guest speaker Mo Ashraf, Regional Organiser
4. Election of branch officers (nominations close 9 April)
5. Motions to Health Conference
6. AOB

Members are entitled to reasonable paid release to attend union meetings under the Trust's Trade Union Recognition Agreement. Please agree release with your line manager in advance.

In solidarity,

Karen Doyle
Branch Secretary, UNISON Leeds Health Branch
""",
    company=None,
    role=None,
    notes="Union branch AGM with a time, venue and named speakers: not hiring mail.",
)

add(
    name="oth-w24-parent-kindergarten-school-tour",
    kind="other",
    frm="Maple Ridge Elementary Office <mapleridge.office@northfieldschools.example.org>",
    to="Jordan Whitaker <jordan.whitaker@example.com>",
    subject="Kindergarten Tour Confirmation - Maple Ridge Elementary",
    date=(2026, 1, 22, 14, 7, "America/New_York"),
    fmt="alt",
    body="""
Dear Jordan Whitaker,

Thank you for registering for a Kindergarten Tour at Maple Ridge Elementary School. Your tour is confirmed for:

Tuesday, February 3, 2026 at 9:15 AM

Please check in at the front office with a photo ID at least 10 minutes before the tour; all visitors are scanned through our Raptor visitor management system. The tour will be led by our Principal, Mrs. Denise Okafor, and our Kindergarten Team Lead, Ms. Amy Bright, and will last about 45 minutes. There will be time for questions at the end.

Kindergarten registration for the 2026-2027 school year opens on March 2. Children must be five years old on or before September 30, 2026.

We look forward to meeting you and your child!

Maple Ridge Elementary School
Northfield Public Schools
""",
    company=None,
    role=None,
    notes="A parent's kindergarten tour at a school district that the user also applies to: a personal appointment led by named staff, not an interview.",
)

add(
    name="oth-w24-jury-summons-crown-court-uk",
    kind="other",
    frm="Jury Central Summoning Bureau <jury.summoning@justice.example.gov.uk>",
    to="Daniel Achebe <d.achebe@example.co.uk>",
    subject="Jury summons: confirmation of your jury service",
    date=(2026, 4, 14, 7, 30, "Europe/London"),
    body="""
Juror number: 74419382

Dear Mr Achebe,

Thank you for confirming that you are able to do jury service.

You must attend at: Taunton Crown Court, Shuttern, Taunton TA1 4EU
Date: Monday 18 May 2026
Time: 9:30am

Jury service usually lasts up to 10 working days, but you may be asked to serve longer if a trial requires it.

On your first day you will watch a short film about the role of the juror, and the jury officer will explain what happens next. You must bring this confirmation and photographic ID.

Your employer must allow you time off for jury service. You can claim for loss of earnings and travel costs; see the enclosed leaflet.

Jury Central Summoning Bureau
HM Courts & Tribunals Service

Do not reply to this email. This mailbox is not monitored.
""",
    company=None,
    role=None,
    notes="Jury service confirmation with a date, time and attendance instructions: an obligation, not hiring mail.",
)

add(
    name="oth-w24-referee-request-for-former-colleague",
    kind="other",
    frm="Manchester University NHS Foundation Trust <noreply@trac.jobs>",
    to="Debbie Clarke <debbie.clarke@example.co.uk>",
    subject="Reference request for Rebecca Hollis",
    date=(2026, 6, 9, 16, 44, "Europe/London"),
    body="""
Dear Debbie Clarke,

Rebecca Hollis has been offered the post of Band 7 Advanced Clinical Practitioner (Emergency Medicine) with Manchester University NHS Foundation Trust, subject to satisfactory pre-employment checks, and has given your name as a referee.

Please complete the online reference form using the secure link below. The form asks about the applicant's dates of employment, sickness absence, and suitability for the role, and should take around 10 minutes.

https://www.trac.jobs/reference/7b91c0e4

We would be grateful if you could complete this within 5 working days. If you are unable to provide a reference, please use the link to decline.

Kind regards,

Medical & Clinical Recruitment
Manchester University NHS Foundation Trust

This is an automated message sent via Trac. Replies to this email address are not monitored.
""",
    company=None,
    role=None,
    notes="The user is the referee for a former colleague: not the user's own application (other), although an NHS employer, a job title and a deadline appear.",
)

add(
    name="oth-w24-user-asked-to-sit-on-ta-interview-panel",
    kind="other",
    frm="Rachel Dunmore <headteacher@kingsmead-academy.example.sch.uk>",
    to="Daniel Achebe <d.achebe@kingsmead-academy.example.sch.uk>",
    subject="TA interviews next Thursday - could you sit on the panel?",
    date=(2026, 10, 1, 16, 20, "Europe/London"),
    body="""
Hi Daniel,

We are interviewing for the two Science Teaching Assistant posts next Thursday (8 October). Would you be able to sit on the panel with me and Peter? Interviews run from 9.00 to 12.30, four candidates at 40 minutes each, and I have arranged cover for your period 2 and 3 Year 8 groups.

Karen in the HR office will send you the candidates' application forms and the question sheet on Monday. Please don't share them outside the panel. We will meet at 8.30 in my office to agree who asks what.

Thanks so much,

Rachel

Mrs Rachel Dunmore
Headteacher
Kingsmead Academy
""",
    company=None,
    role=None,
    notes="The user, now a teacher at the academy, is asked to interview candidates: the user interviewing someone else is other, even with a panel and times.",
)
