"""Event candidates from the parse: a predicate with the parties it relates.

Every candidate is a question for the event model (:mod:`dateline.events.model`): does this
predicate, between these parties, report a PLOVER event, and of which type? Three kinds:

``verb``
    a verb with its actor and recipient in every voice: the subject (climbing through
    infinitives, coordination, adverbial clauses and relative clauses: "agreed to meet",
    "forces that shelled"), the agent of a passive ("was boarded by Belarusian border guards"),
    the controller of an infinitive ("pressured Kyiv to cede"); the recipient from the passive
    subject, the direct and indirect object ("gave Moldova €40 million"), a prepositional
    object ("opened fire on", "pulled its troops out of Mali"), or the object's own parties
    ("attacked a Moldovan fishing boat").
``noun``
    an event noun with its parties: a possessor or state modifier as actor ("Israel's strike",
    "Canadian sanctions"), a prepositional object as recipient ("sanctions on Myanmar's
    generals", "talks with Russia"), or the subject of the verb that governs it ("sent aid").
``statement``
    an attributed quote (direct, partial or indirect) as the verbal act of its speaker toward
    each party named in its content, and toward nobody (PLOVER codes statements such as
    accusations, demands and rejections as events; manual v0.8 sections ACCUSE, REQUEST, REJECT).

The trigger lexicon is not consulted here: it is one feature among others for the model.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..nlp.sentences import sentence
from ..quotes.cues import CUE_LEMMAS
from ..records import Actor, Quote
from .formulas import formula
from .features import for_clause, phrasal_trigger, verb_trigger
from .lexicon import LIGHT_VERBS, VERBS
from .parties import Parties, side
from .quoted import QuotedWords
from .predicates import (ANSWERING, undergoes, DONE_TO, MOVING, moved, EVENT_NOUNS, IN_MANNER, MEETINGS,
                         MEETING_ADJUNCTS, NEEDS_TARGET, REACTIONS, RECEIVING, STATIVE, TOLD, aiming,
                         claimed, given, on_the_phone, stray_name)

_CLIMB = {"xcomp", "conj", "advcl", "ccomp", "pcomp", "dep", "parataxis", "acomp"}  # acomp: "is due to travel"
_OBJECTS = ("dobj", "dative", "attr", "oprd")
#: Prepositions whose object is the one acted on; "in"/"at"/"near" come last (a place may be
#: the target of force: "shelled positions in Kharkiv", and is never a party of a meeting).
_RECIPIENT_PREPS = ("to", "with", "against", "on", "upon", "at", "from", "for", "of", "into", "toward", "towards",
                    "over", "about", "out", "onto", "across", "inside", "in", "near", "by")
#: Recipient roles in order of preference: the passive subject, objects, prepositions, then a
#: party inside such a phrase ("-in": "attacked the decision of the United States").
_ROLES = ("nsubjpass", "dobj", "dative", "aimed", *_RECIPIENT_PREPS, "attr", "oprd", "nsubjpass-in", "dobj-in",
          "dative-in", "attr-in", "oprd-in")
_PLACE_PREPS = {"in", "near", "inside", "across", "at"}
#: Types of verbs that judge an act someone else did: their object noun is not their subject's act.
_JUDGING = {"REJECT", "ACCUSE", "PROTEST"}
#: Verbs whose "on" phrase names whom they accuse, their object the deed ("blamed the attack on X").
_BLAME_ON = {"blame", "pin"}
#: Reporting verbs are statements, not verb candidates (unless the trigger lexicon names them:
#: "urged", "accused", "threatened" are acts as well as cues).
_SAYING = CUE_LEMMAS | {"say"}
#: Verbs of speech that report talks (CONSULT, CAMEO 040) only with a party after "with"
#: ("Putin spoke by phone with Erdogan"); "spoke to reporters" stays a cue.
TALK_VERBS = {"speak", "talk", "confer", "chat"}

#: Types of force: a clause of one is no meeting's ("launched drones at Kyiv during talks with …").
_FORCE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN"}


def forceful(verb: Token) -> bool:
    """Whether ``verb``'s trigger lexicon entry is a type of force (:data:`_FORCE_TYPES`)."""
    trig = verb_trigger(verb)
    return trig is not None and trig.type in _FORCE_TYPES


@dataclass
class Candidate:
    """A possible event: ``kind`` (verb, noun, statement), the ``trigger`` token (the verb, the
    event noun, or the statement's cue), the event ``noun`` of a verb that governs one ("sent
    … aid"), the ``actor`` and ``recipient`` actors, the roles they were found in
    (``actor_role``, ``recipient_role``: a dependency label or preposition), and for a
    statement its ``quote``, the quotes of its attribution (``pieces``) and their tokens
    (``content``). ``start``/``end`` are the character offsets of the sentence."""

    kind: str
    trigger: Token
    actor: list[Actor]
    recipient: list[Actor]
    start: int
    end: int
    noun: Token | None = None
    actor_role: str = ""
    recipient_role: str = ""
    quote: Quote | None = None
    pieces: list[Quote] = field(default_factory=list)
    content: list[Token] = field(default_factory=list)
    #: for a statement toward a party its content names: the token naming that party in it
    mention: Token | None = None


class CandidateFinder:
    """Finds the :class:`Candidate` events of one parsed article.

    Args:
        doc: the parsed article.
        parties: the article's party resolver.
        quotes: the article's attributed quotes (statements of known speakers become candidates).
    """

    def __init__(self, doc: Doc, parties: Parties, quotes: list[Quote]) -> None:
        self.doc, self.parties, self.quotes = doc, parties, quotes
        self.quoted = QuotedWords(doc, parties, quotes)  # who speaks each quoted word, and the cues

    # -- parties of a predicate ---------------------------------------------------------------
    def actor_of(self, tok: Token) -> tuple[list[Actor], str]:
        """The actors of predicate ``tok`` and the role they were found in ('' when none)."""
        climbed = False
        for _ in range(5):
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
            if len(subj) == 1 and self.quoted.speaks_for(subj[0], tok):  # "we reject" in a quote: its speaker's act
                return [self.quoted.speaker(subj[0])], "we"
            if subj:  # two subjects are a misparse ("VOA: Russia's President ... visited"): the one with parties
                got = [self.parties.of(s) for s in subj]
                return next((g for g in got if any(a.country for a in g)), None) or next((g for g in got if g), []), "nsubj"
            if tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.tag_ in ("VB", "VBG"):
                # a past verb the parser coordinated with an infinitive belongs to the past verb above
                # ("X said the initiative aims to mobilize … and urged counterparts to …": X urged)
                finite = next((a for a in tok.head.ancestors if a.tag_ == "VBD"
                               and any(c.dep_ == "nsubj" for c in a.children)), None)
                if finite is not None:
                    tok = finite
                    continue
            patient = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if patient:
                for agent in (c for c in tok.children if c.dep_ == "agent"):
                    for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                        return self.parties.of(pobj), "agent"
                if climbed:  # raising: "is scheduled to travel", "was expected to meet"
                    return self.parties.of(patient[0]), "raised"
                # "Both forces say huge quantities of ammunition were seized": read as "they seized"
                reporter = self.quoted.reporter(tok)
                return reporter, "nsubj" if reporter else ""
            stray = stray_name(tok) if not climbed else None
            if stray is not None and self.parties.of(stray):  # "a charge Afghan … spokesperson Abdul
                return self.parties.of(stray), "nsubj"        # Qahar Balkhi rejected": parsed as an apposition
            claim = claimed(tok.head) if tok.dep_ == "pcomp" else None
            if claim is not None:  # "the BLA took credit for attacking a military vehicle"
                actor = self.actor_of(claim)[0]
                return actor, "claimed" if actor else ""
            if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return self.parties.of(tok.head), tok.dep_
            if tok.dep_ == "xcomp":  # object control: "pressured Kyiv to cede"
                obj = [c for c in tok.head.children if c.dep_ == "dobj"]
                if obj and self.parties.of(obj[0]):
                    return self.parties.of(obj[0]), "control"
            head = tok.head
            said = [c for c in head.children if c.dep_ == "dobj" and c.i < tok.i] if tok.dep_ == "ccomp" and \
                head.lemma_.lower() in CUE_LEMMAS else []
            if said and self.parties.of(said[0]):  # "said Ankara ... imposed controls": a misparsed subject
                return self.parties.of(said[0]), "nsubj"
            if tok.dep_ == "ccomp" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") and head.i < tok.i:
                return self.parties.of(head), "nsubj"  # "Trump at first imposed …" misparsed as a clause of "Trump"
            if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
                return [], ""
            climbed = tok.dep_ == "xcomp"
            tok = tok.head
        return [], ""

    def _prep_objects(self, head: Token):
        for prep in (c for c in head.children if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP"
                     or c.dep_ == "prep" and c.pos_ == "SCONJ"):  # "call upon Iran" (tagged SCONJ)
            for child in prep.children:
                if child.dep_ == "pobj":
                    yield prep.lower_, child
                elif child.dep_ == "prep":  # "out of Mali", "because of"
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        yield prep.lower_, pobj

    def recipient_of(self, tok: Token, skip: set[int], actor: list[Actor] = ()) -> tuple[list[Actor], str]:
        """The actors acted on by predicate ``tok`` and their role; ``skip`` are token indices of
        the actor's phrase and of an event noun; parties of the ``actor`` are passed over ("France
        pulled its troops out of Mali": Mali)."""
        found: dict[str, list[Actor]] = {}
        for child in tok.children:
            if moved(tok, child):
                continue  # "sent 10,000 troops to the border": the troops are the actor's, moved
            if child.dep_ in ("nsubjpass",) + _OBJECTS and child.i not in skip:
                got = self.parties.of(child)
                if got:
                    found.setdefault(child.dep_, got)
                elif inside := self._inside(child, skip):  # "attacked the decision of the United States"
                    found.setdefault(child.dep_ + "-in", inside)
            elif aiming(child) and child.i not in skip and (aimed := self._aimed_at(child)):
                found.setdefault("aimed", aimed)  # "sanctions targeting Iranian oil exports"
            elif for_clause(child) is not None:  # "called for Russia to reciprocate": Russia
                for subj in (c for c in child.children if c.dep_ == "nsubj" and c.i not in skip):
                    if got := self.parties.of(subj):
                        found.setdefault("for", got)
        for prep, pobj in self._prep_objects(tok):
            if pobj.i not in skip and prep != "by":
                got = self.parties.of(pobj)
                if got:
                    found.setdefault(prep, got)
        own = {side(a) for a in actor if a.country}
        roles = [r for r in _ROLES if r in found]
        if tok.lemma_.lower() in _BLAME_ON:  # "blamed several attacks on militants present on Afghan soil":
            # the militants are accused, however the parser hung "on" (on the verb or on its object)
            for obj in (c for c in tok.children if c.dep_ == "dobj"):
                for prep, pobj in self._prep_objects(obj):
                    if prep == "on" and pobj.i not in skip and (got := self.parties.of(pobj)):
                        found["on"] = got
            if "on" in found:  # the roles were read from ``found`` before this "on" joined it
                roles = ["on"] + [r for r in roles if r != "on"]
        # a party of another state first ("Obama withdrew U.S. troops from Iraq": Iraq), else any
        # a state moving forces within its own land acts on no one ("to Mexico's northern border")
        for other_state in (True,) if tok.lemma_.lower() in MOVING else (True, False):
            for role in roles:
                others = [a for a in found.get(role, ()) if a not in actor
                          and not (other_state and side(a) in own)]
                if others:
                    return others, role
        return [], ""

    def _inside(self, tok: Token, skip: set[int]) -> list[Actor]:
        """Parties inside an object phrase: "a convoy of Ukrainian troops", "the ship's crew", "the
        allegations made by Pakistan"."""
        # a participle with its agent says whose the thing is ("the allegations made by Pakistan")
        # and a participle aiming it says at whom ("drills encircling Taiwan")
        clauses = {t.i for c in tok.subtree if c.dep_ in ("relcl", "acl", "advcl") and not aiming(c)
                   and not (c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children))
                   for t in c.subtree}
        clauses |= skip
        for t in tok.subtree:  # not inside a clause of the object ("the population, which Turkey attacked")
            if t.i != tok.i and t.i not in clauses and (t.dep_ in ("poss", "pobj", "compound", "amod", "appos")
                                                         or t.dep_ == "dobj" and aiming(t.head)):
                got = self.parties.of(t)
                if got:
                    return got
        return []

    def _aimed_at(self, participle: Token) -> list[Actor]:
        """The parties an aiming participle (:func:`aiming`) names as its object or after "at",
        "against" or "on" ("aimed at Russian banks")."""
        for c in participle.children:
            if c.dep_ == "dobj" and (got := self.parties.of(c) or self._inside(c, set())):
                return got
        for prep, pobj in self._prep_objects(participle):
            if prep in ("at", "against", "on") and (got := self.parties.of(pobj)):
                return got
        return []

    # -- candidates ---------------------------------------------------------------------------
    def _verb(self, tok: Token) -> Candidate | None:
        actor, a_role = self.actor_of(tok)
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        skip = {t.i for s in subj for t in s.subtree}
        recipient, r_role = self.recipient_of(tok, skip, actor)
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + [
            s for c in tok.children if c.dep_ == "ccomp" and aiming(c) for s in c.children if s.dep_ == "nsubj"]
        if tok.dep_ == "relcl" and tok.lemma_.lower() in LIGHT_VERBS and all(c.tag_ == "WDT" for c in objects) \
                and any(c.dep_ == "nsubj" and c.tag_ != "WDT" for c in tok.children):
            objects.append(tok.head)  # "the sanctions (that) Washington has imposed on Moscow"
        said = verb_trigger(tok)
        noun = next((c for c in objects if c.lemma_.lower() in EVENT_NOUNS), None)
        if noun is None:  # "sent Ukraine €50 million in humanitarian aid": the amount's kind names the act
            noun = next((p for c in objects if c.like_num or c.ent_type_ == "MONEY" for prep in c.children
                         if prep.dep_ == "prep" and prep.lower_ == "in" for p in prep.children
                         if p.dep_ == "pobj" and p.lemma_.lower() in EVENT_NOUNS), None)
        if said is not None and said.type in REACTIONS:
            noun = None  # "dismissed the U.S. sanctions": a rejection of them, not a sanction
        if noun is not None and not recipient:
            recipient, r_role = self.recipient_of(noun, skip, actor)
        recipient = [a for a in recipient if a not in actor]
        if r_role in _PLACE_PREPS and {side(a) for a in recipient} <= {side(a) for a in actor}:
            recipient, r_role = [], ""  # "police shot a man in London": where, not whom
        heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]  # "received support from Iran"
        # the giver is a party named after "from" ("from Iran", "from Iranian officials"), not a
        # thing of one ("received a slight bump from his convention")
        givers = [a for h in heads for prep, pobj in self._prep_objects(h)
                  if prep == "from" and pobj.i in self.parties.index.by_token for a in self.parties.of(pobj)]
        if tok.lemma_.lower() in RECEIVING and givers:
            actor, a_role, recipient, r_role = givers, "from", [a for a in actor if a not in givers], "receiver"
        if undergoes(tok, noun):  # "two soldiers stand accused of the bombing", "the constitution is facing
            # criticism from legal experts": the subject is acted on, the actor is named after "by" or "from"
            doers = [a for h in heads for prep, pobj in self._prep_objects(h) if prep in ("by", "from")
                     for a in self.parties.of(pobj)]
            recipient, r_role = [a for a in actor if a not in doers], "undergoer"
            actor, a_role = doers, "by" if doers else ""
        lexicon = VERBS.get(tok.lemma_.lower())
        done_to = lexicon is not None and (lexicon.type in DONE_TO or lexicon.mode == "release")
        if not actor and r_role == "nsubjpass" and not done_to:
            # "troops were deployed": the patient may be the actor ("they were ignored", "if Turkey is
            # sanctioned", "seven people were killed": not)
            actor, a_role, recipient, r_role = recipient, "patient", [], ""
        if (not actor and not recipient) or (tok.lemma_.lower() in NEEDS_TARGET and not recipient):
            return None
        sent = sentence(tok)
        return Candidate("verb", tok, actor, recipient, sent.start_char, sent.end_char, noun=noun,
                         actor_role=a_role, recipient_role=r_role)

    def _noun(self, tok: Token) -> Candidate | None:
        actor, a_role = [], ""
        for child in tok.children:
            if child.dep_ == "poss":
                actor, a_role = self.parties.of(child), "poss"
                break
        if not actor:
            own = self.parties.modifier_state(tok)
            if own:
                actor, a_role = own, "amod"
        if not actor:
            for prep, pobj in self._prep_objects(tok):
                if prep == "by" or prep == "from" and given(tok):  # "aid from Iran": Iran's aid
                    actor, a_role = self.parties.of(pobj), prep
                    break
        manner = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
        if not actor and manner is not None and manner.pos_ == "VERB" and tok.lemma_.lower() in IN_MANNER:
            actor, a_role = self.actor_of(manner)  # "people massed ... in protest of": the people protest
            a_role = "manner-" + a_role if actor else ""
        clause = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in MEETING_ADJUNCTS else None
        if not actor and clause is not None and clause.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in MEETINGS \
                and self._talks_with(tok) and not forceful(clause):  # "launched drones at Kyiv during talks
            # with U.S. officials", "police detained two journalists before the summit with Japan": not theirs
            actor, a_role = self.actor_of(clause)  # "resolve the pause during talks with Ukrainian
            a_role = "adjunct-" + a_role if actor else ""  # officials": those who resolve it hold the talks
        claim = claimed(tok.head) if not actor and tok.dep_ == "pobj" else None
        if claim is not None:
            actor, a_role = self.actor_of(claim)  # "Al-Shabab claimed responsibility for the attack"
            a_role = "claimed" if actor else ""
        rejected = verb_trigger(tok.head)
        if not actor and tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.pos_ == "VERB" \
                and not (rejected and rejected.type in _JUDGING):  # "Tehran rejected the demand", "Islamabad
            # blamed the attacks on militants": not Tehran's demand, not Islamabad's attacks
            actor, a_role = self.actor_of(tok.head)
            a_role = "verb-" + a_role if actor else ""
        skip = {t.i for left in tok.lefts for t in left.subtree}
        recipient, r_role = self.recipient_of(tok, skip, actor)
        if r_role in _PLACE_PREPS:  # "talks in Jeddah": where they were held
            recipient, r_role = [], ""
        if a_role == "verb-nsubj" and tok.dep_ == "dobj" and undergoes(tok.head, tok):  # "X faces criticism
            # from Y": Y's criticism of X
            recipient, r_role, actor, a_role = actor, "undergoer", recipient if r_role == "from" else [], \
                "from" if r_role == "from" else ""
        recipient = [a for a in recipient if a not in actor]
        if actor and not recipient and a_role in ("poss", "amod") and tok.dep_ in ("dobj", "nsubjpass") \
                and tok.head.lemma_.lower() in ANSWERING:  # "ready to accept a U.S. proposal": made to Ukraine
            answering, _ = self.actor_of(tok.head)
            recipient = [a for a in answering if side(a) not in {side(b) for b in actor}]
            r_role = "answered" if recipient else r_role
        if not actor and not recipient:
            return None
        sent = sentence(tok)
        return Candidate("noun", tok, actor, recipient, sent.start_char, sent.end_char, actor_role=a_role,
                         recipient_role=r_role)

    def _talks_with(self, tok: Token) -> bool:
        """Whether ``tok`` has a party after "with" ("spoke by phone with Israeli counterpart …")."""
        return any(prep == "with" and self.parties.of(pobj) for prep, pobj in self._prep_objects(tok))

    def find(self) -> list[Candidate]:
        """The verb and noun candidates of the article, in text order of their triggers
        (statements: :class:`dateline.events.statements.StatementFinder`)."""
        out: list[Candidate] = []
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if lemma in STATIVE or formula(tok):
                continue  # "pleaded not guilty", "did not reply to an email requesting comment"
            if lemma in TALK_VERBS and tok.pos_ == "VERB":
                if not self._talks_with(tok):
                    continue
                cand = self._verb(tok)
            elif lemma in TOLD and tok.pos_ == "VERB" and on_the_phone(tok):
                cand = self._verb(tok)  # "told Trump in a phone call": a conversation (CONSULT phone)
                if cand is not None and cand.recipient:
                    cand.recipient_role = "phone"
                else:
                    cand = None
            elif tok.pos_ == "VERB" and (lemma in VERBS or (tok.i not in self.quoted.cue_tokens and (
                    lemma not in _SAYING or phrasal_trigger(tok) is not None))):  # "We called for Russia to …"
                cand = self._verb(tok)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in EVENT_NOUNS:
                cand = self._noun(tok)
            else:
                continue
            if cand is not None:
                out.append(cand)
        return out
