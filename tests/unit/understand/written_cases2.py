"""A second batch of messages written for these tests (not from either corpus split), in
phrasings neither the corpus nor the first batch uses. Same shape as `written_cases`:
sent Wed 2026-03-04 10:00 Chicago to Jordan Avery."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

# (kind, subject, sender, body, decision_by)
CASES = [
    (
        "rejection",
        "Your application with Quillstone",
        "Quillstone Talent <talent@quillstone.example>",
        "Hi Jordan,\n\nThank you for the time you invested in our process for the Content Strategist role. We've decided not to move ahead with your application, but we were glad to get to know you.\n\nWarm wishes,\nThe Quillstone Talent Team",
        None,
    ),
    (
        "rejection",
        "Re: Platform Engineer - update",
        "Ines Duarte <ines@corvid.example>",
        "Hi Jordan,\n\nI appreciate your patience. Although your background is impressive, the team has decided to pursue applicants whose experience more closely aligns with what we need right now. I'm sorry this isn't better news.\n\nInes",
        None,
    ),
    (
        "rejection",
        "Outcome of your interview",
        "Recruitment <recruitment@hallmere.example.co.uk>",
        "Dear Jordan,\n\nThank you for attending interview for the post of Finance Officer. I'm afraid that on this occasion your application has not been successful. Feedback is available on request.\n\nYours sincerely,\nHallmere Recruitment",
        None,
    ),
    (
        "rejection",
        "Following up",
        "Matt Osei <matt@brightloom.example>",
        "Hey Jordan, thanks again for all the time you spent with us. We've made the tough call to go in a different direction for this role. I'd genuinely love to stay in touch for future openings.\n\nMatt",
        None,
    ),
    (
        "next_steps",
        "Thanks for Monday",
        "Carla Nunez <carla@tidewater.example>",
        "Hi Jordan,\n\nThanks again for your time on Monday. The hiring team meets Thursday to review all finalists, and I expect to have an answer for you by March 13.\n\nCarla",
        "2026-03-13",
    ),
    (
        "next_steps",
        "Where things stand",
        "Owen Price <owen@fernbank.example>",
        "Hi Jordan - a quick note that we haven't forgotten about you. We're waiting on feedback from two of your interviewers, and we'll let you know our decision within two weeks.\n\nOwen",
        "2026-03-18",
    ),
    (
        "next_steps",
        "Update",
        "Priti Shah <priti@lakeshore.example>",
        "Hi Jordan, thank you for interviewing with us last week. We're wrapping up the last few conversations and plan to decide by the end of the month.\n\nPriti",
        "2026-03-31",
    ),
    (
        "next_steps",
        "Your interview on Tuesday",
        "Ben Fox <ben@redcliff.example>",
        "Hi Jordan,\n\nIt was a pleasure meeting you on Tuesday. We'll be in touch within 5 business days with next steps.\n\nBest,\nBen Fox\nHiring Manager",
        "2026-03-11",
    ),
    (
        "info_request",
        "A couple of things",
        "Nadia Petrov <nadia@inkwell.example>",
        "Hi Jordan,\n\nThe editors enjoyed your interview. Would you be able to send over two or three writing samples, ideally long-form pieces? Also, could you let me know your notice period?\n\nThanks,\nNadia",
        None,
    ),
    (
        "info_request",
        "Candidate questionnaire",
        "Sam Ortiz <sam@gridline.example>",
        "Hi Jordan, as the next step for the Network Engineer role please fill out the attached candidate questionnaire and return it to me by Monday.\n\nSam",
        None,
    ),
    (
        "offer",
        "Offer - Operations Analyst",
        "Helen Marsh <helen@pinecrest.example>",
        "Dear Jordan,\n\nOn behalf of Pinecrest, I'm very happy to offer you the position of Operations Analyst. Your offer letter is attached; kindly sign and return it by March 11.\n\nHelen Marsh\nPeople Team",
        None,
    ),
    (
        "application_ack",
        "Thanks for your interest in Vantor",
        "Vantor Careers <no-reply@vantor.example>",
        "Hi Jordan,\n\nWe've got your application for the Solutions Engineer opening and it's now with our recruiting team. If your experience is a good match, someone will reach out to arrange a first conversation.\n\nVantor Careers",
        None,
    ),
    (
        "other",
        "Rate your interview experience",
        "Northwind Candidate Experience <feedback@northwind.example>",
        "Hi Jordan,\n\nYou recently met our team for the Data Engineer role. How did we do? Please take two minutes to rate your interview experience.\n\nThank you!",
        None,
    ),
    (
        "other",
        "Interview request: remote work feature",
        "Gabe Moss <gabe@citywire.example>",
        "Hi Jordan, I'm a reporter with City Wire writing about remote teams. Could I interview you for 20 minutes on Thursday at 3pm about your experience?\n\nGabe",
        None,
    ),
    (
        "other",
        "Appointment confirmed",
        "Lakeside Dental <appointments@lakesidedental.example>",
        "Hi Jordan, your appointment with Dr. Patel is confirmed for Friday, March 6 at 9:00 AM. Please arrive 10 minutes early.",
        None,
    ),
    (
        "other",
        "Congratulations, you are shortlisted",
        "HR Manager <hiring.dept.global@outlook.com>",
        "Dear Applicant, you have been shortlisted for a Data Entry position ($38/hr). Interview will be conducted by text chat on Telegram tomorrow at 10am. Kindly provide your full name, address and phone number.",
        None,
    ),
]

# (kind, subject, sender, body, start, interviewer names)
INTERVIEWS = [
    (
        "invitation",
        "Interview for Senior Data Scientist",
        "Lena Hart <lena@kestrel.example>",
        "Hi Jordan,\n\nThanks for your application! You'll be speaking with Dr. Amara Okafor, our Head of Data, and Tomás Ruiz from the platform team on Monday, March 9 at 1:30pm CT. The video link will follow.\n\nLena Hart\nTalent Acquisition, Kestrel",
        "2026-03-09T13:30:00-05:00",
        ["Amara Okafor", "Tomás Ruiz"],
    ),
    (
        "invitation",
        "Phone screen - Customer Success Manager",
        "Nora Quinn <nora@harbourline.example>",
        "Hi Jordan,\n\nI'm the recruiter for the Customer Success Manager role and I'd like to set up a 30-minute phone screen with me. Does Friday, March 6 at 11am ET work?\n\nNora Quinn\nSenior Recruiter",
        "2026-03-06T11:00:00-05:00",
        ["Nora Quinn"],
    ),
    (
        "invitation",
        "Final interview",
        "Maya Lin <maya@sundial.example>",
        "Hi Jordan,\n\nGreat news - we'd like you to come in for the final interview for the Backend Engineer position. It will be with our CTO, Wei Zhang, on Monday, March 9 at 4 PM Pacific at our Oakland office.\n\nMaya",
        "2026-03-09T16:00:00-07:00",
        ["Wei Zhang"],
    ),
]

# (subject, sender, body, calendars)
NEGATIVES = [
    (
        "Interviewer reminder: Maria Lopez",
        "Greenhouse <no-reply@greenhouse.io>",
        "Hi Jordan,\n\nThis is a reminder that you are interviewing Maria Lopez for Data Analyst on Tuesday, March 10 at 2:00 PM CT. Please submit your scorecard within 24 hours of the interview.",
        [],
    ),
    (
        "Coffee Thursday?",
        "Dev Patel <dev.patel@gmail.com>",
        "Hey! Are you free for coffee Thursday at 10? I want to hear about the new apartment.\n\nDev",
        [],
    ),
]


def _ics(summary: str, organizer: str, attendees: str, start: str = "20260310T150000Z") -> str:
    return (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:n2-" + summary[:8] + "\n"
        f"DTSTART:{start}\nDTEND:{start[:9]}160000Z\nSUMMARY:{summary}\n"
        f"ORGANIZER;CN={organizer}\n{attendees}"
        "ATTENDEE;CN=Jordan Avery:mailto:jordan.avery@example.net\nEND:VEVENT\nEND:VCALENDAR\n"
    )


NEGATIVES += [
    (
        "Invitation: Q2 planning @ Tue Mar 10, 9am - 10am (CST)",
        "Dana Whitfield <dana@fairwaylogistics.example>",
        "Dana Whitfield has invited you to Q2 planning.\n\nWhen: Tuesday, March 10, 9am - 10am (CST)\nWho: Dana Whitfield, Ravi Menon, Jordan Avery\n\nAgenda: budget, hiring plan for the platform team, vendor review.",
        [
            _ics(
                "Q2 planning",
                "Dana Whitfield:mailto:dana@fairwaylogistics.example",
                "ATTENDEE;CN=Ravi Menon:mailto:ravi@fairwaylogistics.example\n",
            )
        ],
    ),
    (
        "You're registered: Mastering the behavioral interview",
        "Hiring Insights Webinars <webinars@hiringinsights.example>",
        "Thanks for registering! Mastering the behavioral interview starts Tuesday, March 10 at 10am CT. Our panel of recruiters from Orbit and Kite will share what they look for. Add the event to your calendar with the attached invite.",
        [
            _ics(
                "Mastering the behavioral interview",
                "Hiring Insights:mailto:webinars@hiringinsights.example",
                "",
            )
        ],
    ),
    (
        "Interview panel for the Senior Analyst req",
        "Kira Novak <kira@fairwaylogistics.example>",
        "Hi Jordan,\n\nCould you sit on the interview panel for our Senior Analyst opening? The first candidate comes in Thursday, March 12 at 1pm. I'll send the resume and scorecard tomorrow.\n\nKira",
        [],
    ),
    (
        "Speaking at DataConf",
        "DataConf Program <program@dataconf.example>",
        "Hi Jordan,\n\nWe'd love to have you speak on our analytics careers panel at DataConf on Thursday, March 12 at 2pm CT. Our moderator, Julia Reyes, will interview the panelists about how they got their first data jobs.\n\nThe DataConf team",
        [],
    ),
    (
        "Parent-teacher conference",
        "Ms. Alvarez <m.alvarez@lincolnelementary.example>",
        "Hello Mr. Avery, your conference with Ms. Alvarez is scheduled for Monday, March 9 at 3:15 PM in room 12. Please let me know if you need a different time.",
        [],
    ),
    (
        "Fwd: interview questions for Thursday",
        "Kira Novak <kira@fairwaylogistics.example>",
        "Jordan - here are the questions I plan to ask the Senior Analyst candidate on Thursday at 1pm. Can you cover SQL and stakeholder management?\n\nKira",
        [],
    ),
]

# (sentence after "Thanks for meeting with us on Monday.", decision date): next_steps mail
DECISIONS = [
    ("We'll make our final decision by the 20th.", "2026-03-20"),
    ("Expect to hear from us by Friday next week.", "2026-03-13"),
    ("We plan to get back to all candidates no later than 16 March.", "2026-03-16"),
    ("A decision should be made within ten days.", "2026-03-14"),
    ("We expect to wrap up by next Wednesday and will let you know then.", "2026-03-11"),
    ("You'll hear back from us within 3 business days.", "2026-03-09"),
    ("We hope to have an update for you by the end of this week.", "2026-03-06"),
    ("Decisions will go out on or before 3/18.", "2026-03-18"),
    ("We're aiming to make a decision by 2 April.", "2026-04-02"),
    ("We will let you know the outcome within the next 7 days.", "2026-03-11"),
    (
        "Please confirm your start-date flexibility by Friday; we'll decide by March 20.",
        "2026-03-20",
    ),
    ("You can expect an answer in two weeks' time.", "2026-03-18"),
    ("We'll decide in the next week or so.", None),
    ("We'll let you know as soon as we can.", None),
]

INTERVIEWS += [
    (
        "invitation",
        "Interview schedule - Data Engineer",
        "Talent Team <talent@brightfield.example>",
        "Hi Jordan,\n\nHere is your schedule for Thursday, March 12 (all times Central):\n\n10:00 - 10:45  Technical deep dive - Jan van der Berg, Staff Engineer\n11:00 - 11:45  System design - Mei Tanaka, Principal Engineer\n12:00 - 12:30  Hiring manager chat - Rob Ellis, Engineering Manager\n\nPlease arrive 10 minutes early.\n\nBrightfield Talent Team",
        "2026-03-12T10:00:00-05:00",
        ["Jan van der Berg", "Mei Tanaka", "Rob Ellis"],
    ),
    (
        "invitation",
        "Next round",
        "Sofia Marin <sofia@lumen.example>",
        "Hi Jordan,\n\nThe team loved talking with you! Next up is a conversation with our VP of Engineering, Samuel Ortiz, and our Head of Product, Ngozi Okonkwo-Adeyemi. Would Tuesday, March 10 at noon Eastern work for you?\n\nSofia Marin\nRecruiting Coordinator",
        "2026-03-10T12:00:00-04:00",
        ["Samuel Ortiz", "Ngozi Okonkwo-Adeyemi"],
    ),
    (
        "invitation",
        "Your interview is confirmed",
        "Sofia Marin <sofia@lumen.example>",
        "Hi Jordan,\n\nConfirmed: Tuesday, March 10 at 12:00 PM ET with Samuel Ortiz (VP of Engineering) and Ngozi Okonkwo-Adeyemi (Head of Product). The Zoom link is in the calendar invite.\n\nSofia Marin\nRecruiting Coordinator",
        "2026-03-10T12:00:00-04:00",
        ["Samuel Ortiz", "Ngozi Okonkwo-Adeyemi"],
    ),
    (
        "invitation",
        "Entrevista - Analista de Datos",
        "María José García <mjgarcia@solaris.example.es>",
        "Hola Jordan,\n\nGracias por tu interés. Te proponemos una entrevista el jueves 12 de marzo a las 16:00 (hora de Madrid) con Carlos Méndez, Director de Analítica, y conmigo.\n\nUn saludo,\nMaría José García\nResponsable de Selección",
        "2026-03-12T16:00:00+01:00",
        ["Carlos Méndez", "María José García"],
    ),
    (
        "invitation",
        "Interview at Harbor & Pike",
        "Tom Becker <tom@harborpike.example.co.uk>",
        "Dear Jordan,\n\nThank you for applying for the Paralegal role. We would like to invite you to interview at our London office on 12/03/2026 at 9.30am. The panel will be Mrs Helen Ward (Partner) and Mr David Osei (Senior Associate).\n\nKind regards,\nTom Becker\nHR Manager",
        "2026-03-12T09:30:00+00:00",
        ["Helen Ward", "David Osei"],
    ),
]

NEGATIVES += [
    (
        "Your Thursday 1:1 with Priya",
        "Outlook Calendar <calendar-noreply@fairwaylogistics.example>",
        "Priya Raman has scheduled a meeting with you.\n\nSubject: 1:1 - Jordan / Priya\nWhen: Thursday, March 12, 2026 3:00 PM-3:30 PM (UTC-06:00) Central Time (US & Canada)\nWhere: Microsoft Teams Meeting\n\nJoin on your computer or mobile app: Click here to join the meeting",
        [],
    ),
    (
        "Interview Prep Weekly: the STAR method, salary talks, and 12 new remote roles",
        "Interview Prep Weekly <newsletter@interviewprep.example>",
        "This week:\n\n1. The STAR method, explained with five real answers\n2. How to negotiate salary after the offer\n3. What hiring managers really mean by 'culture fit'\n\nFeatured jobs: Product Analyst at Orbit (Remote), Data Scientist at Kite (Chicago)\n\nYou are receiving this because you subscribed. Unsubscribe | Manage preferences",
        [],
    ),
    (
        "We'd love to feature you!",
        "Hannah Cole <hannah@techvoices.example>",
        "Hi Jordan,\n\nI run the Tech Voices newsletter (40k readers) and we're doing a series of short interviews with data leaders. Would you be up for a 25-minute video call next Tuesday, March 10 at 11am CT? I'd send the questions in advance and share the draft before we publish.\n\nHannah Cole\nEditor, Tech Voices",
        [],
    ),
    (
        "Reference check - Alex Moreno",
        "Talent Team <talent@cedarhealth.example>",
        "Hello Jordan,\n\nAlex Moreno has applied for the Senior Analyst role at Cedar Health and listed you as a reference. We would appreciate 15 minutes of your time for a reference call. Are you available on Monday, March 9 at 2:00 PM CT?\n\nThank you,\nCedar Health Talent Team",
        [],
    ),
    (
        "Reminder: vet appointment",
        "Pawsome Vet Clinic <reminders@pawsomevet.example>",
        "Hi Jordan, this is a reminder that Biscuit has an appointment with Dr. Karen Ortiz on Saturday, March 7 at 10:30 AM. Reply YES to confirm or call us to reschedule.",
        [],
    ),
    (
        "Urgent: Interview for Remote Data Analyst (Immediate Start)",
        "Recruitment Team <recruit.globaltalent@gmail.com>",
        "Dear Candidate,\n\nYour resume has been reviewed and you have been selected for an online interview for the position of Remote Data Analyst ($42/hour). The interview will be conducted via Google Hangouts chat on Friday at 10am. Please add our hiring manager, Mr. Robert Smith, and send a copy of your driver's license for verification.\n\nRegards,\nHR Department",
        [],
    ),
]

CASES += [
    (
        "rejection",
        "Re: Interview for Product Designer",
        "Lucia Romano <lucia@velvetine.example>",
        "Hi Jordan,\n\nI wanted to follow up personally. The panel met yesterday and, while everyone enjoyed your portfolio review, we're going to extend an offer to a candidate with more e-commerce experience.\n\nThank you again,\nLucia\n\nOn Mon, Mar 2, 2026 at 9:12 AM Lucia Romano <lucia@velvetine.example> wrote:\n> Hi Jordan, your interview is confirmed for Tuesday, March 3 at 10am with Marco Bellini.\n> Looking forward to it!",
        None,
    ),
    (
        "rejection",
        "Ihre Bewerbung als Data Analyst",
        "Personalabteilung <jobs@nordlicht.example.de>",
        "Sehr geehrter Herr Avery,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.\n\nMit freundlichen Grüßen\nIhre Personalabteilung",
        None,
    ),
    (
        "rejection",
        "Votre candidature - Chef de projet",
        "Recrutement <recrutement@azurine.example.fr>",
        "Bonjour Jordan,\n\nNous vous remercions pour l'intérêt que vous portez à Azurine. Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.\n\nCordialement,\nL'équipe Recrutement",
        None,
    ),
    (
        "next_steps",
        "Re: Thank you!",
        "Greg Olsen <greg@ridgeway.example>",
        "Thanks for the note, Jordan - it was great to meet you too. We have two more candidates coming in this week, so I'd expect to circle back with you by next Friday.\n\nGreg\n\n> Hi Greg, thank you for taking the time to interview me today.",
        "2026-03-13",
    ),
    (
        "reschedule",
        "Re: Interview Thursday",
        "Kim Tran <kim@arbor.example>",
        "Hi Jordan - Omar is out sick Thursday. Could we do Friday, March 6 at the same time (11am CT) instead? Sorry for the late change.\n\nKim\n\nOn Tue, Mar 3, 2026, Kim Tran wrote:\n> Your interview is confirmed for Thursday, March 5 at 11am CT with Omar Haddad.",
        None,
    ),
    (
        "cancellation",
        "Canceled: Interview - Jordan Avery",
        "Kim Tran <kim@arbor.example>",
        "This event has been canceled.\n\nInterview - Jordan Avery\nThursday, March 5, 11:00am - 12:00pm Central Time\n\nNote from organizer: the role has been paused, sorry Jordan - I'll be in touch.",
        None,
    ),
]

CASES += [
    (
        "invitation",
        "Quick check-in",
        "Rosa Lindqvist <rosa@meadowlark.example>",
        "Hi Jordan, just checking in - did you get a chance to pick a slot for your conversation with the hiring manager? Here's the link again: https://calendly.com/meadowlark-recruiting/hm-intro\n\nRosa\nTalent Partner, Meadowlark",
        None,
    ),
    (
        "invitation",
        "Coding challenge - next step",
        "Paul Adeyemi <paul@quantline.example>",
        "Hi Jordan,\n\nThanks for completing the coding challenge! The team reviewed it and would like to move you forward to the onsite round. I'll send over some times shortly.\n\nPaul\nRecruiter, Quantline",
        None,
    ),
    (
        "offer",
        "Let's talk",
        "Mira Holt <mira@fernway.example>",
        "Hi Jordan,\n\nGreat news - the team wants to bring you on board as our next Data Engineer! I'd love to jump on a call tomorrow to walk you through the offer details and answer any questions.\n\nMira\nHead of Talent, Fernway",
        None,
    ),
    (
        "rejection",
        "Your application to Kite",
        "Kite Recruiting <jobs@kite.example>",
        "Hi Jordan,\n\nWe've reviewed your application for the Product Manager role and have decided to move forward with candidates whose experience is a closer fit for what the team needs right now.\n\nThanks again for your interest,\nKite Recruiting",
        None,
    ),
    (
        "info_request",
        "Background check",
        "Nell Ortiz <nell@brightpath.example>",
        "Hi Jordan,\n\nBefore we can move forward with your offer paperwork, we need you to complete a background check through Checkr. You'll get an email from them today; it only takes ten minutes.\n\nNell\nPeople Operations, Brightpath",
        None,
    ),
    (
        "application_ack",
        "Application submitted: Product Manager",
        "Kite via Workable <noreply@workablemail.com>",
        "Hi Jordan,\n\nYour application for Product Manager at Kite has been submitted. The hiring team will review it and get back to you if your profile is a match.\n\nPowered by Workable",
        None,
    ),
]

INTERVIEWS += [
    (
        "invitation",
        "Reminder: your interview tomorrow",
        "Kim Tran <kim@arbor.example>",
        "Hi Jordan,\n\nJust a friendly reminder that your interview with Omar Haddad is tomorrow, March 5 at 10am CT. Here's the Zoom link: https://zoom.us/j/123456\n\nGood luck!\nKim\nRecruiter, Arbor",
        "2026-03-05T10:00:00-06:00",
        ["Omar Haddad"],
    ),
]

NEGATIVES += [
    (
        "Invitation: Birthday dinner for Sam @ Sat Mar 7, 2026 7pm - 10pm (CST)",
        "Maya Chen <maya.chen@gmail.com>",
        "Maya Chen has invited you to an event.\n\nBirthday dinner for Sam\nSaturday Mar 7, 2026 7pm - 10pm (CST)\nWhere: Lula Cafe\n\nGoing? Yes - Maybe - No\n\nInvitation from Google Calendar",
        [_ics("Birthday dinner for Sam", "Maya Chen:mailto:maya.chen@gmail.com", "")],
    ),
    (
        "Appointment: Dental cleaning",
        "Smile Dental <frontdesk@smiledental.example>",
        "Your appointment is booked. Add it to your calendar with the attached file.\n\nDental cleaning with Dr. Anita Patel\nTuesday, March 10, 9:00 AM",
        [_ics("Dental cleaning", "Smile Dental:mailto:frontdesk@smiledental.example", "")],
    ),
    (
        "Intro call: Acme x Fairway",
        "Ben Torres <ben@acme-saas.example>",
        "Hi Jordan,\n\nThanks for your interest in Acme! I've sent a calendar invite for a 30-minute intro call on Tuesday, March 10 at 9am CT to walk through pricing for your team. Our solutions engineer Priya Shah will join.\n\nBen Torres\nAccount Executive, Acme",
        [
            _ics(
                "Acme x Fairway intro",
                "Ben Torres:mailto:ben@acme-saas.example",
                "ATTENDEE;CN=Priya Shah:mailto:priya@acme-saas.example\n",
            )
        ],
    ),
    (
        "Updated invitation: Sprint review",
        "Ravi Menon <ravi@fairwaylogistics.example>",
        "This event has been changed.\n\nSprint review\nNew time: Thursday, March 12, 2026 2pm - 3pm (CST)\nOrganizer: Ravi Menon\nGuests: Dana Whitfield, Jordan Avery, Elena Popescu",
        [
            _ics(
                "Sprint review",
                "Ravi Menon:mailto:ravi@fairwaylogistics.example",
                "ATTENDEE;CN=Dana Whitfield:mailto:dana@fairwaylogistics.example\n",
            ).replace("UID:", "SEQUENCE:2\nUID:")
        ],
    ),
]

CASES += [
    (
        "next_steps",
        "Great chatting today",
        "Jess Huang <jess@pinegrove.example>",
        "Jordan - great chatting today, and thanks for making the time on short notice. I'm syncing with the hiring manager tomorrow and will circle back by Friday with next steps.\n\nJess Huang | Technical Recruiter | Pinegrove",
        "2026-03-06",
    ),
    (
        "next_steps",
        "Status of your application",
        "Anders Berg <anders@nordvik.example>",
        "Dear Jordan,\n\nThank you for your patience during our recruitment process. We have now completed the second round of interviews and the panel will meet on 10 March to agree on a recommendation. We will contact all finalists no later than 13 March.\n\nKind regards,\nAnders Berg\nHR Business Partner, Nordvik",
        "2026-03-13",
    ),
    (
        "next_steps",
        "Re: Following up",
        "Dana Cole <dana@orbit.example>",
        "Hi Jordan, thanks for checking in! No decision yet - the hiring manager was travelling last week. I'll have an answer for you by Wednesday, March 11 at the latest.\n\nDana\n\nOn Mon, Mar 2, 2026, Jordan Avery wrote:\n> Hi Dana, I wanted to follow up on my interview for the Analyst role.",
        "2026-03-11",
    ),
]

NEGATIVES += [
    (
        "New Event: Sam Ortiz - 30 Minute Meeting",
        "Calendly <notifications@calendly.com>",
        "Hi Jordan Avery,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\nInvitee: Sam Ortiz\nInvitee Email: sam.ortiz@gmail.com\nEvent Date/Time: 10:00am - Thursday, March 12, 2026 (Central Time - US & Canada)\n\nView event in Calendly",
        [],
    ),
    (
        "Mock interview Thursday?",
        "Lena Park <lena.park@gmail.com>",
        "Hey Jordan! I have my big PM interview next week - could you do a mock interview with me Thursday at 7pm? I'll bring pizza.\n\nLena",
        [],
    ),
    (
        "Exploring opportunities at Brightline",
        "Marcus Reid <marcus@brightline-talent.example>",
        "Hi Jordan,\n\nI came across your profile and think you'd be a great fit for a Senior Data Engineer role at one of our clients, a fast-growing fintech. Would you be open to a quick call on Thursday at 1pm CT to hear more?\n\nMarcus Reid\nSenior Consultant, Brightline Talent",
        [],
    ),
    (
        "Interviewer training: structured interviews",
        "People Team <people@fairwaylogistics.example>",
        "Hi Jordan,\n\nYou've been added to the interviewer pool for the Data team. Please join the 45-minute interviewer training on Tuesday, March 10 at 11am CT, where we'll cover structured questions and how to fill in scorecards.\n\nPeople Team",
        [],
    ),
]
