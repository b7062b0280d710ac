"""Pronouns for the coreference resolver (:mod:`dateline.actors.coref`): who "he", "she", "they"
and "it" stand for.

- "he"/"she" (:meth:`PronounResolver._pronoun`): the gender must agree (a first name's commonest
  gender yields when nothing else in the sentence does, then when nothing earlier does); inside a
  quotation, never its speaker; the "he" who speaks after a quotation ("…,” he told the court")
  is no one the quotation names; a pronoun resolved to a person of unknown gender gives them its
  gender. Then a possessive in a fronted
  clause points forward to the sentence's subject, else the subject of a governing clause
  earlier in the sentence, else (a possessive) the person the sentence names before it ("For
  Sithole, managing his diabetes"), else the main subject of the closest earlier sentence with a
  person (within :data:`PRONOUN_WINDOW` sentences).
- "they" (:meth:`PronounResolver._plural`): the people named before it who act together, else a
  group; "it"/"its" (:meth:`PronounResolver._collective`): the closest earlier subject that is a
  state or body.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.sentences import sentence
from ..quotes.cues import CUE_LEMMAS
from ..records import Actor
from .quoted import together
from .roles import NEUTER_PRONOUNS, PLURAL_PRONOUNS, pronoun_gender

if TYPE_CHECKING:  # the resolver's own types; the mixin runs only inside it
    from .coref import _State
    from .mentions import RawMention

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: How a state's name modifies the noun of its body ("the Pakistan military", "Somali army").
MODIFIER_DEPS = {"compound", "amod"}
#: How many sentences back a he/she looks for its antecedent.
PRONOUN_WINDOW = 8


class PronounResolver:
    """The pronoun rules of the coreference resolver, mixed into it: they use its parsed ``doc``,
    ``people``, ``quoted``, ``sents``, ``sent_of``, ``in_sent``, ``by_token`` and its
    ``resolve``, ``_at_token`` and ``_person_states``."""

    def _pronoun(self, m: RawMention) -> list[_State]:
        tok = self.doc[m.head]
        if tok.lower_ in PLURAL_PRONOUNS:
            return self._plural(tok) or self._collective(tok, plural=True)
        if tok.lower_ in NEUTER_PRONOUNS:
            return self._collective(tok, plural=False)
        gender = pronoun_gender(tok.text)
        speaking = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in CUE_LEMMAS  # "…," he said
        clausemates = self._clausemate_subject(tok)

        def agrees(guesses_yield: bool):
            """A person test: the gender agrees or is unknown (or, ``guesses_yield``, only guessed
            from the first name: "Wynter Mmolotsi … he"), and an object is not its own verb's subject."""
            def ok(actor: Actor) -> bool:
                st = next((s for s in self.people if s.actor is actor), None)
                return st is not None and actor.id not in clausemates and (
                    st.gender is None or gender is None or st.gender == gender or guesses_yield and st.guessed)
            return ok

        said_by = self.quoted.get(tok.i, set()) if not speaking else set()
        speakers = {a.id for i in said_by for a in self._at_token(i)}
        if said_by:  # "Downey said of Boseman, “He was …”": no speaker is "he" in their own quotation
            plain = agrees
            def agrees(guesses_yield: bool):  # noqa: F811 - the same test, the speakers left out
                test = plain(guesses_yield)
                return lambda actor: actor.id not in speakers and test(actor)
            # the person the sentence names before the quotation, other than its speaker ("of Boseman")
            found = self._named_before(tok, agrees(False), skip=said_by)
            if found:
                return found
        # "“… from Ms. Alinejad herself,” he told the court": the speaker is no one the quotation names;
        # no person agrees: one whose gender was only guessed from the first name may still be meant
        # within the sentence a guessed gender yields before an earlier sentence is searched
        # ("Canos-Donnay said she hoped …": the first name's commonest gender is not hers)
        found = (self._pronoun_in_sentence(tok, agrees(False)) or self._pronoun_in_sentence(tok, agrees(True))
                 or self._pronoun_before(tok, agrees(False), speaking)
                 or self._pronoun_before(tok, agrees(True), speaking))
        if gender and len(found) == 1 and found[0].gender is None:
            found[0].gender = gender  # "Alinejad told VOA she could not comment": later "he" is someone else
        elif gender and len(found) == 1 and found[0].guessed and found[0].gender != gender \
                and self._reported_self(tok, found[0].actor):
            # "Canos-Donnay said she hoped …": the story's pronoun for the speaker outweighs the
            # first name's guess ("Sirio" is a man's name in the table), and holds from then on
            found[0].gender, found[0].guessed = gender, False
        return found

    def _reported_self(self, tok: Token, actor: Actor) -> bool:
        """Whether pronoun ``tok`` is the subject of what a cue's own subject, ``actor`` named by
        name, said ("Canos-Donnay said she hoped …")."""
        cue = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" else None
        if cue is None or cue.lemma_.lower() not in CUE_LEMMAS:
            return False
        return any(a is actor for c in cue.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                   for a in self._at_token(c.i))  # named: "she feels he is unfit" tells nothing of "she"

    def _clausemate_subject(self, tok: Token) -> set[str]:
        """Ids of the actors an object pronoun may not stand for: its own verb's subject ("Our
        prime minister respected him": not the prime minister; Chomsky's binding principle B,
        which a reflexive, "himself", escapes)."""
        if tok.lower_ not in ("him", "her", "them") or tok.dep_ not in ("dobj", "dative", "pobj"):
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "dative") else tok.head
        return {a.id for c in verb.children if c.dep_ == "nsubj" and c.i in self.by_token
                for a in self.resolve(self.by_token[c.i])}

    def _pronoun_in_sentence(self, tok: Token, ok) -> list[_State]:
        """The person ``tok`` stands for within its own sentence (passing ``ok``), or []."""
        sent = sentence(tok)
        # cataphora: "speaking to ... his counterparts ..., the UK's defence secretary made ..."
        subj = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.i > tok.i and tok.dep_ == "poss" and subj.i in self.by_token:
            found = [a for a in self.resolve(self.by_token[subj.i]) if ok(a)]
            if found and self.by_token[subj.i].kind != "pronoun":
                return self._person_states(found[:1])
        # a subject of a governing clause earlier in the same sentence; else the subject of a
        # clause fronted before it ("Before Ishiba was elected, he wrote ...")
        for heads in (tok.ancestors, (c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i)):
            found = self._subject_before(heads, tok.i, ok)
            if found:
                return found
        # no subject before it: a possessive's owner is the person the sentence names before it
        # ("For Sithole, managing his diabetes has been a long journey"), not an earlier sentence's
        if tok.dep_ == "poss" and tok.i not in self.quoted:
            return self._named_before(tok, ok)
        return []

    def _named_before(self, tok: Token, ok, skip=frozenset()) -> list[_State]:
        """The person of the closest mention before ``tok`` in its sentence that is no pronoun,
        does not stand at a token of ``skip`` and passes ``ok`` (as a one-element list), or []."""
        before = [o for o in self.in_sent.get(self.sent_of[tok.i], []) if o.end <= tok.i and o.kind != "pronoun"
                  and o.head not in skip]
        for o in reversed(before):
            found = [a for a in self.resolve(o) if ok(a)]
            if found:
                return self._person_states(found[:1])
        return []

    def _pronoun_before(self, tok: Token, ok, speaking: bool = False) -> list[_State]:
        """The person ``tok`` stands for in the sentences before it (passing ``ok``; a speaker of
        a quotation is no "he" who speaks), or []."""
        # the closest earlier sentence with a person: its main subject first
        index = self.sent_of[tok.i]
        for n in range(index - 1, max(-1, index - PRONOUN_WINDOW - 1), -1):
            prev = self.sents[n]
            in_prev = [o for o in self.in_sent.get(n, [])
                       if not (o.kind == "pronoun" and self.doc[o.head].lower_ in PLURAL_PRONOUNS)
                       and not (speaking and o.head in self.quoted)]
            # the main subject first, then any subject; an object of a preposition last ("Like
            # Lutnick, Kevin Hassett, director of ..., emphasized": Hassett)
            for o in sorted(in_prev, key=lambda o: (not self._main_subject(o, prev.root),
                                                    self.doc[o.head].dep_ not in SUBJECT_DEPS,
                                                    self.doc[o.head].dep_ == "pobj", o.start)):
                found = [a for a in self.resolve(o) if ok(a)]
                if found:
                    return self._person_states(found[:1])
        return []

    def _subject_before(self, heads, before: int, ok) -> list[_State]:
        """The person of the first subject of one of ``heads`` that stands before token ``before``
        and passes ``ok`` (as a one-element list), or []."""
        for head in heads:
            for child in head.children:
                if child.dep_ in SUBJECT_DEPS and child.i < before and child.i in self.by_token:
                    found = [a for a in self.resolve(self.by_token[child.i]) if ok(a)]
                    if found:
                        return self._person_states(found[:1])
        return []

    def _main_subject(self, m: RawMention, root: Token) -> bool:
        head = self.doc[m.head]
        return head.dep_ in SUBJECT_DEPS and head.head == root

    def _collective(self, tok: Token, plural: bool) -> list[Actor]:
        """"they" for a group, "it"/"its" for a state or body: the closest earlier subject
        that is no person, in the same sentence or the one before."""
        kinds = ("group", "organisation", "demonym", "place") if plural else ("organisation", "place", "demonym")
        index = self.sent_of[tok.i]
        for n in (index, index - 1):
            subjects = [o for o in self.in_sent.get(n, []) if o.kind in kinds and o.start < tok.i
                        and self._subject_noun(o, plural) is not None]
            if plural:  # "they" needs a plural antecedent: a group, or a plural noun
                subjects = [o for o in subjects if o.kind == "group"  # or a plural noun it is or names
                            or self._subject_noun(o, plural).tag_ in ("NNS", "NNPS")]  # ("DHS officials")
            if subjects:
                return self.resolve(subjects[-1])
        return []

    def _subject_noun(self, m: RawMention, plural: bool) -> Token | None:
        """The subject a mention is or modifies ("The Somali army", "the Pakistan military"
        for "it"), or None; a demonym names a state's body only through a singular noun."""
        head = self.doc[m.head]
        if head.dep_ in MODIFIER_DEPS and head.head.pos_ == "NOUN":
            head = head.head
        if head.dep_ not in SUBJECT_DEPS:
            return None
        if m.kind == "demonym" and not plural and head.tag_ not in ("NN", "NNP"):
            return None
        return head

    def _plural(self, tok: Token) -> list[_State]:
        """"they": the people named before it in the sentence, or the previous sentence's when
        they act together there ("Trump and Putin met. They agreed": coordinated, or subject and
        object of one verb); people the previous sentence names apart ("Zimmerman said … ;
        Perlman added …") are no "they"."""
        index = self.sent_of[tok.i]
        if any(t.dep_ in SUBJECT_DEPS and t.tag_ == "NNS" for t in self.sents[index] if t.i < tok.i):
            return []  # "Lots of kids got into the fun, dressing as their favourite characters"
        for n, hi in ((index, tok.i), (index - 1, len(self.doc))):
            people: list[_State] = []
            heads: list[Token] = []
            for o in self.in_sent.get(n, []) if n >= 0 else []:
                if o.start < hi and o.kind in ("name", "title", "pronoun") and o.head != tok.i:
                    if o.kind == "pronoun" and self.doc[o.head].lower_ in PLURAL_PRONOUNS:
                        continue
                    for st in self._person_states(self.resolve(o)):
                        if st not in people:
                            people.append(st)
                            heads.append(self.doc[o.head])
            if len(people) >= 2 and (n == index or together(heads)):
                return people
        return []
