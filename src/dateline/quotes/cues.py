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
    "describe", "brief", "inform", "assure", "reassure", "forecast", "accuse",
}
#: Verbs of cognition that report a stance ("believes that ...").
COGNITION = {"believe", "think", "feel", "expect", "hope", "fear", "doubt", "worry", "reckon", "assume", "consider"}
#: Verbs whose infinitive complement is the content ("urged Trump to put ...").
DIRECTIVE = {"urge", "ask", "call", "promise", "vow", "pledge", "threaten", "demand", "tell", "warn"}

CUE_LEMMAS = SPEECH | COGNITION


def is_cue(tok: Token) -> bool:
    """Whether ``tok`` is a reporting verb (or "according" of "according to")."""
    if tok.lower_ == "according":
        return True
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CUE_LEMMAS


def cue_phrase(tok: Token) -> tuple[int, int]:
    """Character offsets ``(start, end)`` of the whole cue around ``tok``: "pointing out",
    "made it clear", "according to", "told reporters"."""
    start, end = tok.idx, tok.idx + len(tok)
    for child in tok.rights:
        if child.dep_ == "prt" or (tok.lower_ == "according" and child.lower_ == "to"):
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
