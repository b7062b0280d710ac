"""The cue lexicon: reporting verbs and phrases that introduce a quotation or reported speech.

Lemmas follow the verb classes of speech and cognition used for attribution in PARC 3.0
(Pareti, 2016, "PARC 3.0: A corpus of attribution relations") and PolNeAR (Newell, Margolin
and Ruths, 2018): verbs of saying, of telling, of arguing and of believing. Directive verbs
take their content as an infinitive ("urged X to put ..."), the others as a clause.
"""
from __future__ import annotations

from spacy.tokens import Token

#: Verbs whose clause complement is reported speech ("said that ...", "claimed they ...").
SPEECH = {
    "say", "tell", "add", "note", "claim", "suggest", "imply", "announce", "state", "insist", "argue",
    "warn", "explain", "acknowledge", "admit", "confirm", "deny", "report", "write", "declare", "stress",
    "emphasise", "emphasize", "reply", "respond", "predict", "assert", "maintain", "reveal", "indicate",
    "contend", "allege", "complain", "concede", "recall", "observe", "remark", "comment", "tweet", "post",
    "agree", "caution", "counter", "point", "signal", "hint", "conclude", "testify", "boast", "vow", "pledge",
    "promise", "threaten", "estimate", "mention", "repeat", "reiterate", "underline", "highlight", "urge",
    "ask", "demand", "call", "question", "wonder", "shout", "cry", "grumble", "joke", "quip", "whisper",
    "describe", "brief", "inform", "assure", "reassure", "forecast", "accuse", "continue", "proclaim",
    "exclaim", "retort", "bark", "scoff", "muse", "lament", "opine", "speculate", "clarify", "recount",
    "chant", "jeer", "utter", "answer", "press", "fret", "snap", "sigh", "gush", "interject",
    # verbs of the manner of saying ("…,” Toomey fumed on Tuesday)
    "fume", "marvel", "vent", "plead", "implore", "mutter", "mumble", "murmur", "yell", "scream", "sneer", "gloat",
    "confide", "blurt", "chuckle", "laugh",
}
#: Verbs of cognition that report a stance ("believes that ...").
COGNITION = {"believe", "think", "feel", "expect", "hope", "fear", "doubt", "worry", "reckon", "assume", "consider"}
#: Verbs whose infinitive complement is the content ("urged Trump to put ...").
DIRECTIVE = {"urge", "ask", "call", "promise", "vow", "pledge", "threaten", "demand", "tell", "warn"}

CUE_LEMMAS = SPEECH | COGNITION


def is_cue(tok: Token) -> bool:
    """Whether ``tok`` is a reporting verb (or "according" of "according to", "put" of "as
    he put it")."""
    if tok.lower_ == "according":
        return True
    if tok.lemma_.lower() == "put" and tok.pos_ == "VERB":  # "as he put it"
        return _put_it(tok) is not None
    return tok.pos_ in ("VERB", "AUX") and lemma(tok) in CUE_LEMMAS


def _put_it(tok: Token) -> Token | None:
    """The "it" object of "put" in "as he put it", else ``None``."""
    return next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "it"), None)


def is_reporting_cue(tok: Token) -> bool:
    """Whether ``tok`` is a cue as used here: a reporting verb (:func:`is_cue`) that is not
    negated, "pointed out" but not "pointed", "“…,” he continued" but not "continued to rise"."""
    if not is_cue(tok):
        return False
    if tok.lemma_.lower() == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    if tok.lemma_.lower() == "continue":
        return not any(c.dep_ in ("xcomp", "dobj", "ccomp", "prep") for c in tok.rights) and not any(
            c.dep_ == "neg" for c in tok.children)
    return not any(c.dep_ == "neg" for c in tok.children)


def cue_phrase(tok: Token) -> tuple[int, int]:
    """Character offsets ``(start, end)`` of the whole cue around ``tok``: "pointing out",
    "made it clear", "according to", "told reporters", "put it"."""
    start, end = tok.idx, tok.idx + len(tok)
    for child in tok.rights:
        if child.dep_ == "prt" or (tok.lower_ == "according" and child.lower_ == "to") or \
                (tok.lemma_.lower() == "put" and child == _put_it(tok)):
            end = child.idx + len(child)
    return start, end


def make_it_clear(tok: Token) -> Token | None:
    """For "made it clear that ...", the token "clear" whose clause is the content."""
    if tok.lemma_.lower() != "make":
        return None
    for child in tok.children:
        if child.lower_ == "clear" and child.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "advmod"):
            return child
    return None


# --------------------------------------------------------------------------- reported stance
# PolNeAR and PARC annotate more than verbs of saying: a finding ("the poll shows that ..."), a
# commitment ("vowed to ..."), a stance on something ("criticized the decision", "called for a
# ban"). The lists below were chosen on the PolNeAR train split: for each verb, how often its
# complement is an annotated content; only verbs of communication, cognition and public stance
# are kept (not verbs of intention or action such as "plan", "seek", "sign", "release").

#: Verbs whose clause complement is a reported finding or belief ("the poll shows that ...").
CLAUSE_MORE = {
    "show", "find", "hope", "worry", "wonder", "fear", "recognize", "recognise", "learn", "realize", "realise",
    "guess", "demonstrate", "imagine", "convince", "prove", "acknowledge", "concede", "determine", "notice",
}
#: Verbs whose infinitive complement is the content ("vowed to repeal ...", "declined to comment").
INFINITIVE = DIRECTIVE | {"expect", "hope", "refuse", "decline", "propose", "swear", "claim"}
#: Verbs whose object is the content of a stance ("criticized the decision", "endorsed Cruz").
OBJECT = {
    "endorse", "announce", "cite", "express", "oppose", "criticize", "criticise", "defend", "discuss", "reject",
    "praise", "mention", "question", "denounce", "propose", "highlight", "dismiss", "tout", "note", "blast",
    "echo", "mock", "prefer", "acknowledge", "reveal", "slam", "recall", "declare", "repeat", "report",
    "condemn", "confirm", "emphasize", "emphasise", "outline", "decry", "applaud", "stress", "reiterate",
    "detail", "affirm", "voice", "recount", "rebut", "dispute", "recommend", "downplay", "hail", "lament",
    "explain", "tweet", "disavow", "contradict", "describe", "accuse", "blame", "support", "suggest",
    "predict", "admit", "deny", "underscore", "lambaste", "ridicule", "champion", "advocate", "welcome",
}
#: Verbs of judgement whose complements are the content only when they hold quoted words
#: ("chided Trump for raising questions about his “natural born” status", "attacked her as a
#: “failed candidate”"); without quotation marks their object is seldom anyone's statement.
OBJECT_QUOTED = {
    "chide", "attack", "knock", "snipe", "portray", "reference", "scold", "rip", "fault", "needle", "brand",
    "label", "dub", "term", "characterize", "characterise", "depict", "cast", "paint", "deride", "assail",
    "berate", "castigate", "rebuke", "hit", "bash", "tar", "liken", "compare",
}
#: Verb and preposition whose object is the content ("called for a ban", "talked about jobs").
PREPOSITION = {
    ("talk", "about"), ("speak", "about"), ("speak", "of"), ("focus", "on"), ("call", "for"), ("respond", "to"),
    ("refer", "to"), ("point", "to"), ("comment", "on"), ("push", "for"), ("advocate", "for"), ("warn", "of"),
    ("warn", "about"), ("warn", "against"), ("rail", "against"), ("complain", "about"), ("boast", "about"),
    ("brag", "about"), ("hint", "at"), ("hope", "for"), ("argue", "for"), ("argue", "against"), ("press", "for"),
    ("joke", "about"), ("agree", "with"), ("side", "with"), ("touch", "on"), ("lash", "at"), ("insist", "on"),
    ("testify", "about"), ("write", "about"), ("tweet", "about"), ("apologize", "for"), ("apologise", "for"),
}

#: Nouns of communication and belief whose "that" clause is reported content ("Trump's
#: assertion that …", "made the claim that …"; PolNeAR annotates them as cues). Nouns for
#: ideas in general ("idea", "notion", "view") are left out: their clause is seldom anyone's.
NOMINAL = {
    "assertion", "claim", "statement", "remark", "comment", "argument", "warning", "promise", "pledge",
    "suggestion", "contention", "declaration", "vow", "charge", "allegation", "accusation", "admission",
    "insistence", "assurance", "prediction", "complaint", "acknowledgment", "acknowledgement", "belief",
    "announcement", "threat", "boast", "denial", "insinuation", "implication", "recommendation",
}

#: Nouns of commitment and demand whose infinitive is the content ("his pledge to be “neutral”").
NOMINAL_INFINITIVE = {"pledge", "promise", "vow", "threat", "call", "demand", "refusal", "request", "appeal", "plea"}
NOMINAL |= NOMINAL_INFINITIVE


def lemma(tok: Token) -> str:
    """``tok``'s lemma, lower case, with the model's slips mended ("hoped" is not "hop")."""
    low = tok.lemma_.lower()
    if low == "hop" and tok.lower_.startswith("hope"):
        return "hope"
    return low
