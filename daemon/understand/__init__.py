"""Understand: one message -> facts about the hiring conversation.

The stage's public surface (the service and `extract` use only these):
- `parse(data) -> Email`                     MIME -> decoded headers and readable text
- `Understander(model).facts(email) -> Facts` kind, company, role, interviewers, dates
- `Understander.maybe_hiring(email) -> bool`  cheap pre-filter: False skips the NLP stages
"""
