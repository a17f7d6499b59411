"""A third batch of written messages, one of each kind in several tones (terse, formal,
chatty, templated), mostly for the kind classifier's training folder (tests/eval/written).
Same shape as `written_cases2.CASES`: sent Wed 2026-03-04 10:00 Chicago to Jordan Avery."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

# (kind, subject, sender, body, decision_by)
CASES = [
    (
        "invitation",
        "Intro call?",
        "Hugo Laurent <hugo@tidepool.example>",
        "Hi Jordan, thanks for applying to the Solutions Architect role. Do you have 30 minutes on Friday, March 6 at 9am CT for an intro call with me? If that doesn't work, send me two or three times that do.\n\nHugo\nRecruiter, Tidepool",
        None,
    ),
    (
        "invitation",
        "Invitation to interview - Finance Analyst (Ref 4471)",
        "Recruitment Team <recruitment@westmere-council.example>",
        "Dear Jordan Avery,\n\nFollowing the shortlisting for the post of Finance Analyst, I am pleased to invite you to attend an interview on Wednesday 11 March 2026 at 10:30. The panel will consist of Mrs Joan Hale (Head of Finance) and Mr Peter Lund (Senior Accountant). Please confirm your attendance by reply.\n\nYours sincerely,\nRecruitment Team",
        None,
    ),
    (
        "reschedule",
        "Change to your interview time",
        "Hugo Laurent <hugo@tidepool.example>",
        "Hi Jordan, small change: our hiring manager needs to shift your interview from 2pm to 3:30pm CT on Monday, March 9. Same Zoom link. Let me know if the new time doesn't work.\n\nHugo",
        None,
    ),
    (
        "cancellation",
        "Interview on Friday",
        "Hugo Laurent <hugo@tidepool.example>",
        "Hi Jordan, I'm sorry to tell you that we have to call off Friday's interview: the Solutions Architect opening has been frozen pending next quarter's budget. I'll reach out if it reopens.\n\nHugo",
        None,
    ),
    (
        "rejection",
        "Solutions Architect",
        "Hugo Laurent <hugo@tidepool.example>",
        "Jordan - wanted to let you know personally that we won't be moving to the next stage with you. The panel felt the role needs deeper hands-on cloud networking experience. Thanks for all your time, and please do keep an eye on our openings.\n\nHugo",
        None,
    ),
    (
        "rejection",
        "Application update",
        "Careers at Stonebridge <careers@stonebridge.example>",
        "Dear Jordan,\n\nThank you for applying. We received a very high number of applications and regret that your application has not been shortlisted on this occasion.\n\nStonebridge Careers",
        None,
    ),
    (
        "offer",
        "Offer of employment",
        "Joan Hale <joan.hale@westmere-council.example>",
        "Dear Jordan,\n\nI am delighted to confirm that the panel would like to appoint you to the post of Finance Analyst, subject to references and a satisfactory background check. A formal offer letter with salary details will follow from HR this week.\n\nKind regards,\nJoan Hale\nHead of Finance",
        None,
    ),
    (
        "offer",
        "you got it!",
        "Sana Iqbal <sana@loopwork.example>",
        "Jordan!! The team was unanimous - we want you as our first Product Designer. Offer letter is in your inbox via DocuSign: $128k base plus equity. Call me whenever you're free to talk it through.\n\nSana",
        None,
    ),
    (
        "next_steps",
        "Thank you",
        "Joan Hale <joan.hale@westmere-council.example>",
        "Dear Jordan,\n\nThank you for attending interview today. The panel will complete its assessment of all candidates this week and we expect to write to everyone by Friday 13 March.\n\nKind regards,\nJoan Hale",
        "2026-03-13",
    ),
    (
        "next_steps",
        "Where we are",
        "Sana Iqbal <sana@loopwork.example>",
        "Hey Jordan - quick update since it's been a few days: we've finished the design exercise reviews and the founders are choosing between you and one other finalist. I'll have news for you by Monday.\n\nSana\nHead of Design, Loopwork",
        "2026-03-09",
    ),
    (
        "info_request",
        "Two quick things",
        "Hugo Laurent <hugo@tidepool.example>",
        "Hi Jordan, before I share your profile with the hiring manager, could you send me an updated CV and let me know your salary expectations for the Solutions Architect role? Thanks!\n\nHugo",
        None,
    ),
    (
        "info_request",
        "References and right to work",
        "HR <hr@westmere-council.example>",
        "Dear Jordan,\n\nTo progress your appointment as Finance Analyst, please provide the names and contact details of two referees, one of whom should be your current or most recent employer, and bring your passport to the pre-employment check.\n\nHR Team",
        None,
    ),
    (
        "application_ack",
        "Application received - Finance Analyst",
        "Recruitment Team <recruitment@westmere-council.example>",
        "Dear Jordan Avery,\n\nThank you for your application for the post of Finance Analyst (Ref 4471). Shortlisting will take place after the closing date and we will contact shortlisted applicants by email.\n\nRecruitment Team",
        None,
    ),
    (
        "application_ack",
        "We received your application!",
        "Loopwork <jobs@loopwork.example>",
        "Hi Jordan, thanks for applying to be Loopwork's first Product Designer! A real human (hi, it's Sana) reads every application, so give us a week or so. We'll reply either way.\n\nLoopwork",
        None,
    ),
    (
        "other",
        "Your weekly digest: 14 new Product Designer jobs",
        "DesignJobs <digest@designjobs.example>",
        "Product Designer - Loopwork - Remote\nSenior Product Designer - Kite - Chicago\nUX Designer - Orbit - Remote\n\nApply with one click. Update your alert preferences at any time.",
        None,
    ),
    (
        "other",
        "Can you interview for us Thursday?",
        "Rob Ellis <rob.ellis@fairwaylogistics.example>",
        "Hi Jordan, we have a data engineering candidate coming in Thursday at 1pm and Mei is out. Could you take the SQL portion of the interview? The candidate's packet is in the shared drive.\n\nRob",
        None,
    ),
    (
        "other",
        "Fwd: your podcast interview",
        "Lena Park <lena.park@gmail.com>",
        "Jordan! Look who got mentioned in the DataTalk podcast interview with their CTO - they quoted your blog post. Listen at 23:10.\n\nLena",
        None,
    ),
    (
        "other",
        "Your haircut is booked",
        "Cuts & Co <bookings@cutsandco.example>",
        "Hi Jordan, you're booked in with Marco on Saturday, March 7 at 11:00 AM. Reply R to reschedule or C to cancel.",
        None,
    ),
]
