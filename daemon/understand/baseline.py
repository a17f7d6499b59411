"""The usual open-source approach, kept only to measure against (`evaluate --baseline`):
spaCy's NER as-is - every PERSON is an interviewer, the first ORG is the company, the first
DATE (with the first TIME) is the interview - and a keyword guess at the kind."""

from __future__ import annotations

import re
from typing import Any

from ..model import Email, Facts, Kind, Person

KEYWORDS = (
    (r"reschedul", Kind.RESCHEDULE),
    (r"cancel", Kind.CANCELLATION),
    (r"unfortunately|not to move forward|other candidates", Kind.REJECTION),
    (r"\boffer\b", Kind.OFFER),
    (r"\binterview", Kind.INVITATION),
    (r"references|portfolio", Kind.INFO_REQUEST),
    (r"\bapplication|\bapplying", Kind.APPLICATION_ACK),
    (r"next steps|decision", Kind.NEXT_STEPS),
)


class Baseline:
    def __init__(self, model: str = "auto") -> None:
        import spacy

        from .nlp import resolve_name

        self.nlp: Any = spacy.load(resolve_name(model))

    def facts(self, email: Email) -> Facts:
        text = f"{email.subject}\n{email.text}"
        doc = self.nlp(text[:6000])
        kind = next((k for p, k in KEYWORDS if re.search(p, text, re.IGNORECASE)), Kind.OTHER)
        persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
        org = next((e.text for e in doc.ents if e.label_ == "ORG"), None)
        return Facts(
            kind=kind,
            company=org,
            interviewers=tuple(Person(name=n) for n in dict.fromkeys(persons)),
            start=self._start(doc, email),
        )

    def _start(self, doc: Any, email: Email) -> Any:
        import dateparser

        day = next((e.text for e in doc.ents if e.label_ == "DATE"), None)
        time = next((e.text for e in doc.ents if e.label_ == "TIME"), "")
        if day is None:
            return None
        settings = {"RELATIVE_BASE": email.date.replace(tzinfo=None)} if email.date else {}
        settings["RETURN_AS_TIMEZONE_AWARE"] = True  # type: ignore[assignment]
        return dateparser.parse(f"{day} {time}".strip(), settings=settings)
