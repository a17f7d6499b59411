"""Understand: one message -> facts about the hiring conversation.

The stage's public surface (the service and `extract` use only these):
- `parse(data) -> Email`                     MIME -> decoded headers and readable text, with
                                             every size a sender controls capped (`limits`)
- `Understander(model).facts(email) -> Facts` kind, company, role, interviewers, dates
- `Understander.maybe_hiring(email) -> bool`  cheap pre-filter (`prefilter`): False skips the
                                             classifier and spaCy
`python -m followup.understand.evaluate tests/corpus` (`make eval`) measures it.
"""
