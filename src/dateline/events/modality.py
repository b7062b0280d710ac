"""Whether an event happened: the auxiliary modes of its trigger from the parse.

The PLOVER manual's auxiliary modes and the VOA annotation guidelines mark events that did not
happen (``negated``: "did not attack", "denied sending troops", "refused to meet"), may not
(``hypothetical``: "might strike", "urged X to", "calls for", "considering sanctions", a
question) and have not yet (``future``: "will meet", "plans to visit"). Events so marked are not
scored as found. :func:`modality` reads them from the trigger, the verbs governing it by
``xcomp``/``conj`` and its ancestors.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.sentences import sentence
from ..quotes.cues import CUE_LEMMAS

_HYPOTHETICAL_MODALS = {"might", "could", "may"}
#: Adverbs of a forecast: "Japan will likely increase cooperation" is not yet an event.
_SPECULATIVE = {"likely", "unlikely", "probably", "possibly", "perhaps", "maybe"}
#: Verbs whose content is denied ("strenuously denied that Russia tried to hack ..."): negated.
_DENIALS = {"deny", "refute", "dispute", "rebut"}
_FEAR_WORDS = {"fear", "worry", "concern", "risk", "possibility", "danger", "threat", "prospect", "whether", "if",
               "unless", "suppose", "imagine"}
#: Verbs whose infinitive is only asked for or wished ("urged Trump to put ..."): hypothetical.
_REQUESTED = {"urge", "ask", "call", "demand", "press", "implore", "encourage", "request", "invite", "want", "wish",
              "hope", "seek", "propose", "suggest", "recommend", "advise", "beg", "appeal", "need", "pressure",
              "push", "tell", "warn"}
#: What is only asked or planned "for" ("calls for rearming Europe"): hypothetical.
_CALLS = {"call", "demand", "appeal", "plea", "push", "pressure", "proposal", "plan", "bid", "campaign", "argument",
          "case"}
#: Verbs whose infinitive did not happen ("refused to meet"): negated.
_REFUSED = {"refuse", "decline", "fail", "reject"}
#: Words of reluctance whose complement did not happen ("its reluctance to fully endorse the U.S.
#: proposal", "unwilling to negotiate"): negated.
_RELUCTANT = {"reluctance", "reluctant", "unwilling", "unwillingness", "refusal", "hesitant", "hesitancy"}
#: Heads of an act still to come: a plan, a schedule, or a stated readiness ("said it is ready to
#: accept a U.S. proposal", "willing to support Ukraine"), which CAMEO 03 codes as an intent
#: (AGREE for a cooperative act, :meth:`dateline.events.coder.EventCoder._event`).
_FUTURE_HEADS = {"plan", "intend", "expect", "set", "schedule", "prepare", "aim", "hope", "want", "seek", "due",
                 "ready", "willing", "prepared", "eager", "keen", "poised"}
#: Verbs of weighing an act not yet decided ("is also considering sanctions", "weighing whether to
#: strike"): hypothetical.
CONSIDERED = {"consider", "weigh", "mull", "contemplate", "debate", "explore", "discuss"}


def _negation(tok: Token) -> bool:
    """Whether ``tok`` negates its head: "not", "n't", but not "not only", "not just" ("are not only
    angry with Ankara's shift but also ...": nothing is denied)."""
    if tok.dep_ != "neg":
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.lower_ not in ("only", "just", "merely", "simply")


def _denied(tok: Token) -> bool:
    """Whether ``tok`` lies in what a verb of denial denies ("denied that Russia tried to hack",
    "denied sending troops"), not in a clause joined to it ("denied the accusation and blamed Kyiv")."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("conj", "cc", "advcl", "parataxis"):
            return False
        if tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _DENIALS:
            return True
        tok = tok.head
    return False


def _called_for(tok: Token) -> bool:
    """Whether ``tok`` lies in what a call, demand or plan is "for" ("after calls for massively
    rearming Europe and boosting aid for Ukraine"): asked for, not done."""
    for anc in tok.ancestors:
        if anc.dep_ == "prep" and anc.lower_ == "for" and anc.head.lemma_.lower() in _CALLS:
            return True
    # "are holding talks after calls for rearming Europe — and boosting aid for Kyiv —": the
    # parser joins the second gerund to the sentence's verb, but it coordinates with the gerund
    # the call is for, which lies between them
    if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.i < tok.i:
        for prep in tok.doc[tok.head.i + 1: tok.i]:
            if prep.dep_ == "prep" and prep.lower_ == "for" and prep.head.lemma_.lower() in _CALLS \
                    and any(t.tag_ == "VBG" for t in prep.subtree if t.i < tok.i):
                return True
    return False


def _to_infinitive(tok: Token) -> bool:
    """Whether ``tok`` is a verb in its base form with "to" ("to support")."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _purpose(tok: Token) -> bool:
    """Whether ``tok`` is the verb of a purpose infinitive ("in order to …", "… to support its
    demands" attached to another verb as an adverbial clause): an aim, not an act told as done."""
    return tok.dep_ == "advcl" and _to_infinitive(tok)


def _attendant(tok: Token) -> bool:
    """Whether ``tok`` is a participle that tells what comes with its head's act, with no subject
    or conjunction of its own ("Japan will likely increase cooperation with NATO countries,
    deepening security agreements": the deepening is as likely as the increase). A verb of
    saying is its own report ("..., saying immigration should stop"), never attendant."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() not in CUE_LEMMAS and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in tok.children)


def _infinitive(tok: Token) -> bool:
    """Whether ``tok`` heads an infinitive with its own subject that the parser hung on the verb
    before it as a clause ("wants Israel to support a truce": ``ccomp``, with "to"): the verb
    governs it as it governs an ``xcomp``."""
    return tok.dep_ == "ccomp" and _to_infinitive(tok)


def modality(trigger: Token) -> list[str]:
    """The auxiliary modes of the event a trigger tells (PLOVER manual, auxiliary modes; VOA
    annotation guidelines, ``aux``): ``negated`` (denied, refused, shunned), ``hypothetical``
    (asked for, feared, weighed, a question, a possibility) or else ``future`` ("will", a plan or
    schedule); an empty list for an act told as done."""
    aux: list[str] = []
    chain = [trigger]
    tok = trigger
    while (tok.dep_ in ("xcomp", "conj") or _infinitive(tok) or _attendant(tok)) and tok.head.i != tok.i:
        tok = tok.head
        chain.append(tok)
    words = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "neg", "mark", "advmod")}
    # governors of the trigger by xcomp ("is likely to attack": a forecast); a conjunct's first
    # verb governs nothing ("is considering sanctions and warned ...": the warning was made)
    governors = [chain[n + 1] for n in range(len(chain) - 1) if chain[n].dep_ == "xcomp" or _infinitive(chain[n])]
    controllers = {t.lemma_.lower() for t in governors}
    # the infinitive of "refused to", "failed to" did not happen
    denied = _denied(trigger)
    ancestors = {a.lemma_.lower() for a in trigger.ancestors}
    if any(_negation(c) for t in chain for c in t.children) or "never" in words or controllers & _REFUSED \
            or denied or ancestors & _RELUCTANT and trigger.pos_ == "VERB":  # what is denied or shunned: not done
        aux.append("negated")
    sent = sentence(trigger)
    question = sent.text.rstrip(" \n\"”’'").endswith("?")  # "Do you think Taiwan should upgrade ...?"
    if (question or words & _HYPOTHETICAL_MODALS or (words | controllers) & _SPECULATIVE
            or words & {"if", "unless", "whether"}
            or ancestors & _FEAR_WORDS
            or controllers & _REQUESTED  # what "urged X to do" asks for has not happened
            or controllers & CONSIDERED  # "considering imposing sanctions"
            or _called_for(trigger)  # "calls for ... boosting aid for Ukraine"
            or _purpose(trigger)):  # "cited the guidance to support its demands": what it is for
        aux.append("hypothetical")
    elif words & {"will", "shall", "would", "'ll"} or any(t.lemma_.lower() in _FUTURE_HEADS for t in governors):
        aux.append("future")
    verb = _governing_verb(trigger)
    if not aux and verb is not None:  # "urged Russia to accept a U.S.-proposed ceasefire": as the accepting
        aux = modality(verb)
    return aux


#: Verbs that carry out, accept or grant what their object names: the act is as real as the verb
#: ("would sign a deal", "urged Russia to accept a ceasefire"); never verbs whose object is only
#: talked of ("will discuss the attack", "condemned the strikes").
_PERFORMING = {"accept", "sign", "impose", "launch", "conduct", "carry", "stage", "hold", "reach", "declare",
               "approve", "adopt", "extend", "lift", "order", "give", "provide", "send", "offer", "deliver",
               "implement", "enforce", "begin", "start", "resume", "mount", "agree", "observe", "respect",
               "honor", "honour", "grant", "establish", "secure", "achieve", "pay", "make"}


#: What is made before it is accepted: "ready to accept a U.S. proposal" (the proposal was made).
_MADE_BEFORE = {"proposal", "offer", "plan", "demand", "request", "invitation", "initiative", "idea", "term",
                "condition", "call", "appeal", "bid"}


def _governing_verb(noun: Token) -> Token | None:
    """The verb that carries out or accepts the event noun (:data:`_PERFORMING`: "accept a
    ceasefire", "agree on a truce", "sanctions were imposed"), or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _MADE_BEFORE:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "to"):
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in _PERFORMING else None
