"""Features of an event candidate for the event model: strings, one per fact.

What the model sees of a candidate (:class:`~dateline.events.candidates.Candidate`), in the
manner of the symbolic features of PETRARCH-style coders turned into evidence for a classifier:

- the predicate: kind, lemma, part of speech, tense tag, its dependency label and head, the
  lemma of its event noun, and the type the trigger lexicon (:mod:`dateline.events.lexicon`)
  gives the lemma (evidence, not a gate);
- the parties: the roles they fill (subject, agent, possessor, object, preposition), their kinds
  (person, state, organisation, group), whether there is a recipient;
- modality: negation, modal verbs, "if", a governing verb of fear, hope or plan;
- the words: lemmas of the predicate's clause, of a statement's content (``c=``, with the
  type the trigger lexicon gives each, and the verbs its content negates: "it would not
  accept" reads as a refusal), the cue;
- place in the story: the paragraph number (the lead reports the news).

:func:`features` works on any token with roles given, so the training sentences of PLV
(source and target marked, no article around them) get the same features as candidates.
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ACCEPTANCES, LIGHT_VERBS, NOUNS, PHRASAL, VERBS, Trigger
from .mutual import mutual

_MODALS = {"will", "would", "could", "may", "might", "must", "should", "can", "shall", "'ll", "wo", "ca"}
_GOVERNORS = {"fear", "worry", "hope", "plan", "want", "seek", "threaten", "refuse", "deny", "try", "expect",
              "aim", "intend", "prepare", "urge", "ask", "call", "agree", "promise", "vow", "pledge", "offer",
              "propose", "decide", "continue", "begin", "start", "fail", "need", "consider", "allow"}
_STOP = {"the", "a", "an", "of", "to", "and", "in", "on", "for", "that", "with", "be", "by", "as", "at", "it",
         "its", "this", "from", "or", "which", "who", "have", "has", "was", "were", "is", "are", "their", "his",
         "her", "they", "he", "she", "we", "i", "you", "'s", "’s", ",", ".", "\"", "“", "”", "-", "—", "–"}
_MAX_WORDS = 40
#: Words that praise or blame what a statement is about (its tone: "called Trump's order swift,
#: forceful and decisive" praises; "an unacceptable situation" blames).
_PRAISE = {"welcome", "praise", "decisive", "historic", "important", "constructive", "positive", "success",
           "successful", "justified", "courageous", "grateful", "thank", "appreciate", "congratulate", "good",
           "great", "strong", "excellent", "commend", "hail", "admire", "valuable", "productive", "friend"}
BLAME = {"unacceptable", "illegal", "baseless", "outrageous", "shameful", "betrayal", "disgrace", "brutal",
          "aggression", "violation", "irresponsible", "provocative", "reckless", "lie", "false", "dangerous",
          "crime", "criminal", "terrorist", "condemn", "blame", "accuse", "unjustified", "hostile", "threat",
          "destabilize", "genocide", "atrocity", "barbaric", "absurd", "nonsense", "hypocrisy", "bully"}
#: Words that condemn what they describe, beyond the model's tone words (:data:`BLAME`): enough for a
#: statement to be an accusation (:func:`~dateline.events.evidence.blames`), not a model feature
#: (as a feature they moved threats to accusations on leave-one-story-out).
CONDEMNING = BLAME | {"punishment", "punish", "separatist", "unbearable", "arbitrary", "unfair", "unjust",
                      "unlawful", "illegitimate", "intimidation", "interference", "meddling", "persecution",
                      "repression", "sabotage", "blackmail", "extortion", "coercion"}


#: Things said that a denial calls false ("these accusations are baseless").
_CLAIMS = {"accusation", "claim", "allegation", "charge", "report", "assertion", "rumor", "rumour", "story",
           "suggestion", "speculation", "narrative"}
#: Words that call a thing said false.
FALSITY = {"baseless", "false", "absurd", "groundless", "untrue", "unfounded", "lie", "nonsense", "fabricated",
            "fabrication", "ridiculous", "slander", "smear", "fiction", "fake", "propaganda", "disinformation",
            "misinformation", "slanderous", "preposterous", "wrong", "unsubstantiated", "rubbish", "hoax"}
_POINTING = {"this", "that", "it", "these", "those", "they"}


def denies(tokens) -> bool:
    """Whether a statement's words call something said false: "these accusations are absurd and
    baseless", "baseless allegations", "that is not true" (a denial: REJECT, as the VOA
    annotations code "denied involvement")."""
    for t in tokens:
        lemma = t.lemma_.lower()
        if lemma == "true" and any(c.dep_ == "neg" for c in t.head.children):
            return True
        if lemma not in FALSITY or t.pos_ not in ("ADJ", "NOUN"):  # "challenges lie behind": no lie
            continue
        if t.dep_ == "amod" and t.head.lemma_.lower() in _CLAIMS:
            return True
        head = t.head if t.dep_ in ("acomp", "attr") else t.head.head if t.dep_ == "conj" else None
        if head is not None and any(c.dep_ == "nsubj" and (c.lemma_.lower() in _CLAIMS or c.lower_ in _POINTING)
                                    for c in head.children):
            return True
    return False


#: Types of a hostile act: told as what someone will, would, could or may do, a threat (PLOVER
#: manual, THREATEN: "a statement of a future negative action", with its modes of sanction,
#: force and coercion).
_HOSTILE = {"SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "REJECT"}
_FUTURE = {"will", "would", "could", "may", "might", "'ll", "wo"}


def _threat(tokens) -> bool:
    """Whether a statement's content tells a hostile act as future or possible: a modal verb
    ("could retaliate", "will impose") and a word of a hostile type (:data:`_HOSTILE`) in it
    ("it could retaliate with tariffs on German vehicles")."""
    modal = any(t.dep_ == "aux" and t.lower_ in _FUTURE for t in tokens)
    return modal and any(lexicon_type(t.lemma_.lower(), noun=t.pos_ == "NOUN") in _HOSTILE for t in tokens)


def demands(tokens) -> list[str]:
    """How a statement's content asks for an act, as PLOVER's REQUEST (manual v0.8: "demand",
    "appeal") reads it: ``c_imperative`` for a clause in the imperative mood (a verb in its base
    form heading its own sentence or quoted clause, with no subject and no "to": "Get the drug
    cartels out of Canada and Mexico"), ``c_obliged`` for an obligation laid on someone ("must",
    "should", "need to", "have to": "Israel must halt the strikes")."""
    out = []
    for t in tokens:
        if t.tag_ == "VB" and t.dep_ in ("ROOT", "ccomp", "conj") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in t.children) and (
                t.dep_ != "conj" or t.head.tag_ == "VB") and t.lemma_.lower() not in ("be", "thank", "see"):
            out.append("c_imperative")
            break
    for t in tokens:
        low = t.lower_
        if (t.dep_ == "aux" and low in ("must", "should")) or (
                t.lemma_.lower() in ("need", "have") and any(c.dep_ == "xcomp" and any(
                    a.lower_ == "to" for a in c.children) for c in t.children)):
            out.append("c_obliged")
            break
    return out


def tones(lemmas: set[str]) -> list[str]:
    """The tones (``praise``, ``blame``) words among ``lemmas`` give (:data:`_PRAISE`, :data:`BLAME`)."""
    return [tone for tone, words in (("praise", _PRAISE), ("blame", BLAME)) if lemmas & words]


def mention_features(tok: Token) -> list[str]:
    """What a statement's content says of the party it names (``tok``, a token of its name): the
    word the name hangs from and how ("Russia's illegal aggression": possessor of a word of
    ASSAULT, with blame; "Russia has violated the sovereignty": subject of it; "concessions
    Ukraine might make": subject of a neutral verb), so that a party merely mentioned is told
    from the one the statement is about."""
    while tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head  # "the United States": the name's head
    prep = None  # the first preposition passed: "against Ukraine" aims at it, "in Jeddah" places
    while tok.dep_ in ("pobj", "prep", "conj", "appos") and tok.head.i != tok.i:
        if tok.dep_ == "prep" and prep is None:
            prep = tok.lower_
        tok = tok.head  # "aggression against Ukraine": the noun the preposition hangs from
    head = tok.head
    hl = head.lemma_.lower()
    out = [f"rm={tok.dep_}_{hl}", f"rmdep={tok.dep_}", f"rmprep={prep or 'none'}"]
    lex = lexicon_type(hl, noun=head.pos_ == "NOUN")
    if lex:
        out += [f"rmlex={lex}", f"rmlex={tok.dep_}_{lex}"]
    near = {hl} | {c.lemma_.lower() for c in head.children} if head.i != tok.i else set()
    out += [f"rm_tone={tone}" for tone in tones(near)]
    return out


def lexicon_type(lemma: str, noun: bool = False) -> str | None:
    """The PLOVER type the trigger lexicon gives a lemma (a verb, or an event noun), or None."""
    trig = (NOUNS if noun else VERBS).get(lemma)
    return trig.type if trig else None


def phrasal_trigger(tok: Token) -> Trigger | None:
    """The lexicon's entry for a verb with its particle ("turned down", "ruled out"), its
    preposition or its object noun ("fired at", "opened fire"), or None."""
    for c in tok.children:
        key = (tok.lemma_.lower(), c.lower_ if c.dep_ in ("prt", "prep") else c.lemma_.lower())
        if c.dep_ in ("prt", "prep", "dobj") and key in PHRASAL:
            if PHRASAL[key].type == "MOBILIZE" and any(a.lower_ in ("home", "back") for a in tok.children):
                return None  # "sent the National Guard troops home": a withdrawal, not a mobilisation
            return PHRASAL[key]
        if (mark := for_clause(c)) is not None and (tok.lemma_.lower(), mark.lower_) in PHRASAL:
            return PHRASAL[(tok.lemma_.lower(), mark.lower_)]  # "called for Russia to reciprocate"
    return None


def for_clause(child: Token) -> Token | None:
    """The "for" that opens ``child`` when it is a clause with its own subject ("called [for
    Russia to reciprocate]", parsed as a clause marked by "for"), else None."""
    if child.dep_ not in ("advcl", "ccomp", "xcomp") or not any(c.dep_ == "nsubj" for c in child.children):
        return None
    return next((c for c in child.children if c.dep_ == "mark" and c.lower_ == "for"), None)


def verb_trigger(tok: Token) -> Trigger | None:
    """The lexicon's entry for a verb token: its phrasal entry (:func:`phrasal_trigger`: "turned
    down", "opened fire") first, else its lemma's, or None."""
    return phrasal_trigger(tok) or VERBS.get(tok.lemma_.lower())


def refused(tok: Token) -> bool:
    """Whether ``tok`` is a verb of :data:`~dateline.events.lexicon.ACCEPTANCES` negated by "not", "never" or "n't"
    ("will never accept", "would not recognize")."""
    return tok.lemma_.lower() in ACCEPTANCES and tok.pos_ == "VERB" and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def _words(tokens, prefix: str) -> list[str]:
    out = []
    for t in tokens:
        lemma = t.lemma_.lower()
        if t.is_punct or t.is_space or lemma in _STOP or t.like_num:
            continue
        out.append(prefix + lemma)
        # "Russia's illegal aggression": a statement's words name an act of a type
        if prefix == "c=" and (lex := lexicon_type(lemma, noun=t.pos_ == "NOUN")):
            out.append(f"{prefix}lex={lex}")
        if len(out) >= _MAX_WORDS:
            break
    return out


def _modality(tok: Token) -> list[str]:
    out = []
    chain = [tok]
    while chain[-1].dep_ in ("xcomp", "conj", "ccomp", "advcl") and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    for n, t in enumerate(chain):
        for c in t.children:
            low = c.lower_
            if c.dep_ == "neg" or low in ("never", "no"):
                out.append(f"neg{min(n, 1)}")
            if c.dep_ == "aux" and low in _MODALS:
                out.append(f"modal{min(n, 1)}={low}")
            if c.dep_ == "mark" and low in ("if", "unless", "whether", "before", "until"):
                out.append(f"mark={low}")
        if n:
            lemma = t.lemma_.lower()
            out.append(f"gov={lemma}" if lemma in _GOVERNORS else "gov=other")
    return out


def features(kind: str, trigger: Token, noun: Token | None = None, actor_role: str = "",
             recipient_role: str = "", actor_kinds: tuple[str, ...] = (), recipient_kinds: tuple[str, ...] = (),
             content: list[Token] | None = None, quote_kind: str | None = None, paragraph: int | None = None,
             same_side: bool = False, mention: Token | None = None) -> list[str]:
    """The feature strings of one candidate (see the module docstring); ``content`` are the
    tokens of a statement's content, ``mention`` the token there naming the recipient,
    ``paragraph`` the number of the trigger's paragraph from 0."""
    lemma = trigger.lemma_.lower()
    f = [f"k={kind}", f"lem={lemma}", f"k_lem={kind}_{lemma}", f"pos={trigger.pos_}", f"tag={trigger.tag_}",
         f"dep={trigger.dep_}", f"hd={trigger.dep_}_{trigger.head.lemma_.lower()}",
         f"ar={actor_role or 'none'}", f"rr={recipient_role or 'none'}", f"ar_rr={actor_role}_{recipient_role}",
         f"rec={'yes' if recipient_role else 'no'}"]
    lex = lexicon_type(lemma, noun=trigger.pos_ == "NOUN")
    phrasal = phrasal_trigger(trigger)
    if phrasal is not None:  # "turned down": the particle's sense
        lex = phrasal.type
    if refused(trigger):  # "will not accept", "would never allow": a refusal
        lex = "REJECT"
    if mutual(trigger, noun):  # "shared evidence with India", "joint military exercises" (manual, COOPERATE)
        lex = "COOPERATE"
        f.append("mutual")
    if lex:
        f += [f"lex={lex}", f"lex_rec={lex}_{'yes' if recipient_role else 'no'}"]
    if noun is not None:
        nl = noun.lemma_.lower()
        f += [f"noun={nl}", f"light={lemma in LIGHT_VERBS}"]
        if lexicon_type(nl, noun=True):
            f.append(f"nlex={lexicon_type(nl, noun=True)}")
    f += [f"ak={k}" for k in actor_kinds] + [f"rk={k}" for k in recipient_kinds]
    if same_side:
        f.append("same_side")
    for c in trigger.children:
        if c.dep_ == "prep":
            f.append(f"prep={c.lower_}")
        elif c.dep_ in ("dobj", "nsubjpass", "attr"):
            f.append(f"obj={c.lemma_.lower()}")
        elif c.dep_ == "prt":
            f.append(f"prt={lemma}_{c.lower_}")
    f += _modality(trigger)
    if paragraph is not None:
        f.append(f"para={min(paragraph, 4)}")
    if kind == "statement":
        f.append(f"qk={quote_kind}")
        negated = [t.head for t in content or () if t.dep_ == "neg"]
        if negated:  # "it would not accept", "we will not allow": a refusal or rejection in the content
            f += ["c_neg"] + [f"c_neg={t.lemma_.lower()}" for t in negated[:3]]
        if denies(content or ()):  # "these accusations are baseless": a denial
            f.append("c_denial")
        if _threat(content or ()):
            f.append("c_threat")
        f += demands(content or ())
        lemmas = {t.lemma_.lower() for t in content or ()}
        f += [f"c_tone={tone}" for tone in tones(lemmas)]
        f += _words(content or [], "c=")
        if mention is not None:
            f += mention_features(mention)
    else:
        clause = [t for t in trigger.subtree if t.i != trigger.i]
        f += _words(clause, "w=")
    return f
