"""Probes of the kinds: messages written from the issue's list of hard negatives and the
kinds' definitions, against what the cue patterns and vetoes could miss (not from any corpus
message). Same shape as `written_cases*.py`, sent Wed 2026-03-04 10:00 Chicago to Jordan
Avery; `write_cases.py` adds them to the classifier's training folder (tests/eval/written).
"""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

WEBINAR = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:-//Zoom//EN\nBEGIN:VEVENT\nUID:z-{u}\nDTSTART:20260310T170000Z\nDTEND:20260310T180000Z\nSUMMARY:{s}\nORGANIZER;CN={o}:mailto:{m}\nATTENDEE;CN=Jordan Avery;RSVP=TRUE:mailto:jordan.avery@example.net\nEND:VEVENT\nEND:VCALENDAR\n"

# (subject, sender, body, calendars): mail that is not the user's own hiring conversation.
NEGATIVES: list[tuple[str, str, str, list[str]]] = [
    (
        "Acing the technical interview - your link for Tuesday",
        "DevCareers Academy <events@devcareers.example>",
        "Hi Jordan,\n\nYour spot is confirmed for Tuesday, March 10 at 11am CT. Our senior engineering manager will walk through a real technical interview and answer questions at the end. The Zoom link is in the attached invitation.\n\nSee you there,\nDevCareers Academy",
        [
            WEBINAR.format(
                u=1,
                s="Acing the technical interview",
                o="DevCareers Academy",
                m="events@devcareers.example",
            )
        ],
    ),
    (
        "Invitation: Hiring in 2026 - what recruiters look for @ Tue Mar 10, 2026 11am - 12pm (CST)",
        "Chicago Data Guild <organizer@chicagodataguild.example>",
        "You have been invited to the following event.\n\nHiring in 2026 - what recruiters look for\nWhen: Tue Mar 10, 2026 11am - 12pm Central Time\nWho: Chicago Data Guild (organizer), 214 guests\n\nA panel of three recruiters from local companies on resumes, screens and interviews.",
        [
            WEBINAR.format(
                u=2,
                s="Hiring in 2026 - what recruiters look for",
                o="Chicago Data Guild",
                m="organizer@chicagodataguild.example",
            )
        ],
    ),
    (
        "Your Thursday interview with the Tribune",
        "Dana Whitfield <dwhitfield@chicagotribune.example>",
        "Hi Jordan,\n\nThanks again for agreeing to talk about the transit data project. I'm putting together a piece on how the city uses open data and would love to include your perspective. Does Thursday, March 5 at 2pm still work for a 30-minute phone interview? I'll call your cell.\n\nDana Whitfield\nMetro desk",
        [],
    ),
    (
        "Interview for the Women in Data series",
        "Alisha Grant <alisha@womenindata.example>",
        "Hi Jordan,\n\nWe feature one member each month on our site. Would you be up for a 20-minute video interview on Monday, March 9 at 1pm CT? We'd ask about your career path and one piece of advice for people starting out. The write-up goes live the following week.\n\nAlisha",
        [],
    ),
    (
        "Interview schedule for the backend candidate",
        "Rachel Moore <rachel.moore@fairwaylogistics.example>",
        "Hi Jordan,\n\nThanks for agreeing to help with hiring for the backend role. You're down for the system design interview with Miguel Santos on Friday, March 6 at 1pm. His resume is in the shared folder; please leave your notes in the tracker by end of day.\n\nRachel\nTalent Partner, Fairway Logistics",
        [],
    ),
    (
        "Could you interview someone for us?",
        "Owen Brooks <owen@brookscapital.example>",
        "Hi Jordan,\n\nWe're hiring our first data analyst and I'd value a second opinion. Could you do a 45-minute interview with our finalist, Tessa, on Tuesday at 4pm? I'll send you her CV and the case we gave her.\n\nOwen",
        [],
    ),
    (
        "Reference call for Maya Chen",
        "Laura Kim <laura.kim@northbeam.example>",
        "Hello Jordan,\n\nMaya Chen has applied for the Analytics Manager position at Northbeam and gave your name. Would you have 15 minutes on Thursday, March 5 at 3pm CT for a short call about your time working together?\n\nBest regards,\nLaura Kim\nRecruiter, Northbeam",
        [],
    ),
    (
        "Can we talk Friday?",
        "Greg Holt <greg.holt@fairwaylogistics.example>",
        "Hi Jordan,\n\nCan we grab 30 minutes on Friday at 2pm to talk about your role on the migration project next quarter? I want to make sure the team has what it needs.\n\nGreg\nDirector of Analytics, Fairway Logistics",
        [],
    ),
    (
        "Your appointment is confirmed",
        "Lakeview Physical Therapy <frontdesk@lakeviewpt.example>",
        "Hi Jordan,\n\nYour initial evaluation with Kim Tran, DPT is confirmed for Monday, March 9 at 8:30am. Please arrive 10 minutes early and bring your insurance card. To reschedule, call us at least 24 hours ahead.\n\nLakeview Physical Therapy",
        [],
    ),
    (
        "Consultation confirmed - Tuesday 3:00 PM",
        "Harbor Tax & Accounting <appointments@harbortax.example>",
        "Hello Jordan Avery,\n\nThis confirms your tax consultation with our advisor on Tuesday, March 10 at 3:00 PM. Please bring your W-2 and last year's return. Need to reschedule? Reply to this email.\n\nHarbor Tax & Accounting",
        [],
    ),
    (
        "Tell us about your interview with Corvid Systems",
        "Glassbox <team@glassbox.example>",
        "Hi Jordan,\n\nYou recently interviewed with Corvid Systems. Help other job seekers by reviewing your interview: what was asked, how hard it was, and whether you got an offer. It takes two minutes and stays anonymous.\n\nReview your interview",
        [],
    ),
    (
        "Your candidate experience at Halvorsen",
        "Halvorsen Talent <talent@halvorsen.example>",
        "Hi Jordan,\n\nThank you for interviewing with us last week. We are always working to improve our hiring process, and we'd be grateful for your thoughts. The short form below asks five questions about your interview and should take about three minutes.\n\nHalvorsen Talent Acquisition",
        [],
    ),
    (
        "Interview invitation - Remote Data Analyst",
        "Amazon HR Department <hr.amazon.careers@outlook.com>",
        "Dear Candidate,\n\nYour resume has been shortlisted for the Remote Data Analyst position ($45/hr). The interview will be held online via Microsoft Teams chat on Thursday at 10am EST. Please download the Teams app and add our hiring manager, Mr. David Clark. You will be required to purchase a laptop, which the company will reimburse.\n\nHR Department",
        [],
    ),
    (
        "Congratulations! Interview scheduled",
        "Recruitment Desk <recruitment.deloitte@hr-careers.example>",
        "Hello Jordan,\n\nAfter reviewing your profile on the job board, our team would like to interview you for a Remote Administrative Assistant role. The interview is a written Q&A with our hiring manager on Google Chat on Friday at 11am. Pay is $38 per hour, and equipment will be sent to you by check.\n\nRegards,\nRecruitment Desk",
        [],
    ),
    (
        "10 questions interviewers ask (and how to answer them)",
        "The Muse Weekly <weekly@themuse-news.example>",
        "Hi Jordan,\n\nThis week: the ten questions that come up in nearly every interview, what the interviewer really wants to hear, and a script for the salary question. Plus, three companies hiring now.\n\nRead the full article",
        [],
    ),
    (
        "Data Analyst at Corvid Systems and 14 more roles",
        "Hired Daily <digest@hireddaily.example>",
        "Jordan, here are today's roles:\n\nData Analyst\nCorvid Systems · Chicago, IL · Interviewing now\n\nBI Analyst\nNorthbeam · Remote · Actively recruiting\n\nSenior Analyst, Pricing\nHalvorsen · Evanston, IL · Apply with one click\n\nSee more roles",
        [],
    ),
    (
        "Parent-teacher conference: Thursday 4:15",
        "Ms. Alvarez <m.alvarez@oakparkschools.example>",
        "Hi Jordan,\n\nI have you down for a parent-teacher conference on Thursday, March 5 at 4:15pm in room 112 to talk about Eli's progress this term. Let me know if another time works better.\n\nMs. Alvarez",
        [],
    ),
    (
        "Interview with our adoption counselor",
        "Second Chance Animal Rescue <adopt@secondchancerescue.example>",
        "Hi Jordan,\n\nThanks for your application to adopt Biscuit! The next step is a short interview with one of our adoption counselors, by phone on Saturday, March 7 at 10am. We'll talk about your home and schedule.\n\nSecond Chance Animal Rescue",
        [],
    ),
    (
        "Quick chat about the Q2 roadmap",
        "Nina Patel <nina.patel@fairwaylogistics.example>",
        "Jordan - can you and I meet Thursday at 11 to go over the Q2 roadmap before the leadership review? I'll send a calendar invite.\n\nNina",
        [],
    ),
    (
        "Your alumni interview for Northwestern",
        "Ben Harper <ben.harper@gmail.com>",
        "Hi Jordan,\n\nI'm the volunteer who will be doing your son's admission interview... sorry, I mean your own! I'm meeting applicants for the MBA program on Saturday, March 7 at 10am at the Starbucks on Clark St.\n\nBen",
        [],
    ),
    (
        "Informational chat?",
        "Sofia Ruiz <sofia.ruiz@gmail.com>",
        "Hi Jordan,\n\nI'm a grad student looking to break into analytics, and Kevin said you'd be a great person to talk to. Would you be free for a 20-minute call on Monday at 6pm to hear about your career path? Happy to buy you a coffee sometime too.\n\nSofia",
        [],
    ),
    (
        "Interview tomorrow: can you cover?",
        "Jake Morris <jake.morris@fairwaylogistics.example>",
        "Hey Jordan, I'm out sick tomorrow. Can you take my 10am interview with the data engineering candidate? Her packet is in Greenhouse, the scorecard too.\n\nThanks!\nJake",
        [],
    ),
]

NEGATIVES += [
    (
        "Interview confirmed: Maria Lopez for Senior Data Engineer",
        "GoodTime <no-reply@goodtime.io>",
        "Hi Jordan,\n\nYour interview has been scheduled.\n\nCandidate: Maria Lopez\nRole: Senior Data Engineer\nInterviewer: Jordan Avery\nWhen: Thursday, March 5, 2026, 1:00 PM - 2:00 PM CST\nWhere: Zoom (link in the calendar invite)\n\nPlease submit feedback within 24 hours.",
        [],
    ),
    (
        "Online interview - Customer Support (Remote)",
        "Ellen Stone <careers@amazon-jobs-hr.example>",
        "Dear Jordan,\n\nWe got your resume from the job board and you have been shortlisted for a remote Customer Support position. Your online interview is scheduled for Friday, March 6 at 10:00 AM. The interview will be a text chat: please add our HR manager Mr. Paul Kent on Wire (@paulkent_hr) at that time. Training is paid and you will receive your equipment after the interview.\n\nEllen Stone\nHR",
        [],
    ),
    (
        "Rate your interview with Pinecrest",
        "Pinecrest Careers <careers@pinecrest.example>",
        "Hi Jordan,\n\nOn a scale of 0 to 10, how likely are you to recommend interviewing at Pinecrest to a friend? Click a number below to answer. Your response is anonymous and goes to our talent team only.\n\n0 1 2 3 4 5 6 7 8 9 10",
        [],
    ),
    (
        "Reminder: Car service Thursday 9:00 AM",
        "Lincoln Park Auto <service@lincolnparkauto.example>",
        "Hi Jordan,\n\nThis is a reminder that your vehicle is booked in for its 30,000-mile service on Thursday, March 5 at 9:00 AM. Please drop the keys at the front desk. Call us to change the time.",
        [],
    ),
    (
        "Hot jobs this week + interview tips",
        "Talent Bridge Staffing <news@talentbridge.example>",
        "Hi Jordan,\n\nThis week's hot jobs:\n- Payroll Specialist (Temp to Hire) - Schaumburg\n- Data Entry Clerk - Remote\n- Staff Accountant - Downtown Chicago\n\nTip of the week: research the company before your interview and bring two questions of your own.\n\nTalent Bridge Staffing",
        [],
    ),
    (
        "Interviewing for your team next week",
        "Priya Nair <priya.nair@fairwaylogistics.example>",
        "Hi Jordan,\n\nI've set up the final round for your open analyst role. The candidate, Leo Grant, meets you on Tuesday at 10am and then Carla at 11. Let me know if you want a different order.\n\nPriya\nRecruiting, Fairway Logistics",
        [],
    ),
    (
        "Coffee next week?",
        "Dev Shah <dev.shah@corvidsystems.example>",
        "Hey Jordan, it's been ages! I'm in Chicago next week for work - any chance you're free for coffee on Wednesday at 8am near the Loop? Would love to catch up and hear about the new job.\n\nDev",
        [],
    ),
    (
        "Your session with your career coach",
        "CareerLift <hello@careerlift.example>",
        "Hi Jordan,\n\nYour resume review and interview practice with Anna Bell is booked for Monday, March 9 at 5pm CT. Bring the job description of the role you're targeting.\n\nCareerLift",
        [],
    ),
    (
        "Your candidacy for the Board of Directors",
        "Oak Park Food Co-op <elections@oakparkcoop.example>",
        "Dear Jordan,\n\nThank you for putting your name forward for the co-op's board. The nominating committee would like to interview each candidate on Saturday, March 7 at 10am at the store's community room.\n\nNominating Committee",
        [],
    ),
]

NEGATIVES += [
    (
        "Interview scheduled: Ana Ruiz, Product Analyst",
        "Ashby <no-reply@ashbyhq.example>",
        "Hi Jordan,\n\nAn interview has been added to your calendar.\n\nCandidate: Ana Ruiz\nPosition: Product Analyst\nTime: Friday, March 6, 2026, 10:00 AM - 10:45 AM CST\nFormat: Video call\n\nView the interview plan in Ashby.",
        [],
    ),
    (
        "Your Global Entry interview is scheduled",
        "Trusted Traveler Programs <ttp-noreply@cbp.example.gov>",
        "Dear Jordan Avery,\n\nYour Global Entry interview has been scheduled for Tuesday, March 10, 2026 at 9:15 AM at the O'Hare International Airport enrollment center, Terminal 5. Bring your passport and a second ID.",
        [],
    ),
    (
        "Mock interviews this Thursday at 6pm",
        "Chicago Tech Bootcamp <community@chicagotechbootcamp.example>",
        "Hi Jordan,\n\nWant to sharpen your skills before your next technical interview? Our volunteer engineers run practice interviews this Thursday at 6pm on Zoom. Grab a slot on the sign-up sheet.",
        [],
    ),
    (
        "Quick favor - a call with my recruiter?",
        "Sam Lee <sam.lee@gmail.com>",
        "Hey Jordan! Cedar's recruiter wants to talk to one of my references before my final interview. Could she call you Thursday at 2pm? It'll take 10 minutes, she just wants to hear how we worked together at Fairway.\n\nThanks a ton,\nSam",
        [],
    ),
]

# (kind, subject, sender, body): hiring mail that looks a little like the negatives above.
POSITIVES: list[tuple[str, str, str, str]] = [
    (
        "invitation",
        "Next step: interview with our team",
        "Hannah Vogel <hannah.vogel@corvidsystems.example>",
        "Hi Jordan,\n\nThanks for applying for the Data Analyst role at Corvid Systems. We'd like to invite you to a 45-minute video interview with me and our analytics lead, Ravi Menon, on Tuesday, March 10 at 2pm CT. The Zoom link is below.\n\nHannah Vogel\nTalent Partner, Corvid Systems",
    ),
    (
        "invitation",
        "Phone screen",
        "Tom Alder <tom.alder@gmail.com>",
        "Hi Jordan - Tom here, I run analytics at a small startup (Pinecrest) and got your application for our analyst opening. Free for a 30 min phone screen Thursday at 1pm?\n\nTom",
    ),
    (
        "reschedule",
        "Interview moved to Friday",
        "Recruiting <recruiting@northbeam.example>",
        "Hi Jordan,\n\nOur hiring manager has a conflict, so we've moved your interview for the Analytics Manager position from Thursday to Friday, March 6 at 10am CT. Same Zoom link.\n\nNorthbeam Recruiting",
    ),
]

POSITIVES += [
    (
        "invitation",
        "Assessment centre - your place is confirmed",
        "Graduate Recruitment <graduates@harlowbank.example>",
        "Dear Jordan,\n\nThank you for accepting our invitation. Your place at the Graduate Analyst assessment centre is confirmed for Tuesday 10 March 2026 at 09:00 at our Canary Wharf office. The day includes a group exercise, a case study and an interview with two partners.\n\nGraduate Recruitment",
    ),
    (
        "invitation",
        "Re: Analyst role",
        "Carla Diaz <carla@smallbatch.example>",
        "Great, thanks Jordan. Let's do Thursday at 11 then - I'll send a Meet link. You'll talk to me and our ops lead.\n\nCarla",
    ),
    (
        "invitation",
        "Interview with the hiring panel",
        "Sarah Kim <sarah.kim@cityofevanston.example>",
        "Dear Jordan,\n\nYou have been selected to interview for the Budget Analyst position (Job #2026-114). Your panel interview is on Monday, March 9, 2026 at 2:00 p.m. at the Civic Center, Room 2402. Please bring a photo ID.\n\nSarah Kim\nHuman Resources Division",
    ),
    (
        "reschedule",
        "Need to move our chat",
        "Omar Haddad <omar@kitelabs.example>",
        "Hi Jordan, apologies - something came up on my side. Could we move our call about the product designer opening to Friday at 3pm instead?\n\nOmar",
    ),
]
