"""Indirect quotes: reported speech without quotation marks, the content a cue introduces.

The content is the clause complement of a reporting verb ("made it clear that …", "has told
the media they would meet …"), the clause an inserted cue frames ("according to X, …", "…, he
said, …"), the object of a verb of stance ("criticized the decision", "called for a ban"), or
the "that" clause of a noun of communication ("Trump's assertion that …"), as PARC 3.0
(Pareti, 2016) and PolNeAR (Newell, Margolin and Ruths, 2018) annotate them. Where each
content starts and ends (the reporter's asides left out) is :mod:`dateline.quotes.edges`.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.sentences import sentence
from ..records import Quote
from .cues import (CLAUSE_MORE, INFINITIVE, NOMINAL, NOMINAL_INFINITIVE, OBJECT, OBJECT_QUOTED, PREPOSITION, cue_phrase, is_reporting_cue, lemma,
                   make_it_clear)
from .edges import COMPLEMENTS, SETTING, ContentEdges
from .speakers import speaker_of, subject_of, unresolved_source


class IndirectFinder(ContentEdges):
    """Finds the indirect quotes of one article (:meth:`find`); where each content starts and
    ends is :class:`dateline.quotes.edges.ContentEdges`'s.
    """

    def _stance(self, tok: Token) -> list[Token]:
        """The complements of a verb of stance that are its content: the object and what
        follows it ("accused Clinton of lying"), or the object of its preposition ("called for a
        ban"); empty when ``tok`` is no such verb."""
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            return []
        low = lemma(tok)
        rights = [c for c in tok.rights if c.dep_ in COMPLEMENTS]
        if tok.i in self.partial_cues and rights:
            # "called Clinton a “disgrace”": a partial quote marks its cue's complements as speech;
            # "… on his radio show": when and where is the reporter's
            return self._without_setting(rights) + [c for c in tok.children if _because(c, rights[0])]
        if any(c.dep_ == "prep" and c.lower_ == "as" and any(not self.outside(t) for t in c.subtree) for c in rights):
            # "identified the judge as “Spanish,”", "shrugging off her opinion as a mere “moan”":
            # a characterisation in the quoted words of whoever characterises
            return rights
        if low in OBJECT_QUOTED and rights and any(not self.outside(t) for c in rights for t in c.subtree):
            return self._without_setting(rights)
        if low in OBJECT and any(c.dep_ == "dobj" for c in rights):
            first = next(i for i, c in enumerate(rights) if c.dep_ == "dobj")
            # "denounced the movement in their appearances": when and where is the reporter's
            return [c for c in rights[first:] if not (c.dep_ == "prep" and c.lower_ in SETTING)]
        for prep in (c for c in rights if c.dep_ == "prep"):
            if (low, prep.lower_) in PREPOSITION:
                return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")][:1]
        return []

    def _without_setting(self, rights: list[Token]) -> list[Token]:
        """``rights`` (a verb's complements) without a time or place after the first one ("on
        his radio show"), which is the reporter's, unless it holds quoted words."""
        return [c for c in rights if not (c.dep_ == "prep" and c.lower_ in SETTING and c.i > rights[0].i
                                          and all(self.outside(t) for t in c.subtree))]

    def find(self) -> list[Quote]:
        """The indirect (and stance) quotes, in token order of their cues."""
        quotes: list[Quote] = []
        for tok in self.doc:
            if not self.outside(tok):
                continue
            clear = make_it_clear(tok)
            cue_ok = is_reporting_cue(tok)
            low = lemma(tok)
            clauses: list[Token] = []
            framed = False
            rule = "clause"
            cue = tok
            if cue_ok or clear is not None or (low in CLAUSE_MORE and tok.pos_ == "VERB"):
                clauses = [c for c in (clear or tok).children
                           if (c.dep_ == "ccomp" or (clear is not None and c.dep_ == "advcl")
                               or (c.dep_ == "xcomp" and low in INFINITIVE)) and not self._across_paragraphs(tok, c)]
                framed = cue_ok and (tok.lower_ == "according" or not clauses and (
                    tok.dep_ == "parataxis" or _as_reported(tok) or _inverted_frame(tok)))
                if framed and self._opens_direct_quote(tok):
                    framed = False
                clauses = _after_that(tok, clauses)
            elif low in INFINITIVE and tok.pos_ == "VERB":
                clauses = [c for c in tok.children if c.dep_ == "xcomp"]
            elif tok.pos_ == "NOUN" and (low in NOMINAL or _framing_verb(tok) is not None):
                clauses, rule = _that_clauses(tok), "nominal"
                verb = _framing_verb(tok)
                if verb is not None and clauses:
                    cue, rule = verb, "clause"  # "said in a statement that …": the verb's clause
            if framed:
                # "according to X, ..." and "The economy is strong, he said, and ...": the
                # content is the clause the cue is inserted into; when that clause has its own
                # cue, only "according to" makes it the content of a second, outer attribution
                # ("“…,” he told Flake, according to officials", as PolNeAR nests them)
                head_is_cue = is_reporting_cue(tok.head) and not _passive(tok.head) or \
                    make_it_clear(tok.head) is not None
                nested = head_is_cue and tok.lower_ == "according"
                clauses = [tok.head] if tok.head.i != tok.i and (nested or not head_is_cue) else []
            tag = self._tag_content(tok) if cue_ok and not clauses and not framed else None
            if tag is not None:
                span = tag
            elif not clauses and not framed:
                clauses, rule = self._stance(tok), "stance"
                if not clauses:
                    continue
                span = self._content(clauses)
            elif not clauses:
                continue
            elif framed:
                span = self._according_content(tok, tagged=head_is_cue)
            else:
                more = self._same_speaker_conjuncts(tok, clauses[0]) if rule == "clause" else []
                span = self._content(clauses[:1] + more)
                if span is not None and rule == "clause" and clauses[0].i < tok.i and self._introduces_quote(span):
                    continue
            if span is None or self.within_one_quote(span):
                continue
            cue_start, cue_end = cue_phrase(cue)
            if clear is not None:
                cue_end = clear.idx + len(clear)
            sent = sentence(tok)
            holder = _holder(tok) if rule == "nominal" else subject_of(cue)
            if holder is not None and holder.dep_ == "nsubjpass" and holder.head.i == cue.i:
                holder = None  # "Ishiba is expected to offer …": expected by someone unnamed, not by Ishiba
            speaker = speaker_of(holder, self.actors)
            quotes.append(Quote(text=self.text[span[0]:span[1]], start=span[0], end=span[1], kind="indirect",
                                cue=self.text[cue_start:cue_end], cue_start=cue_start, cue_end=cue_end,
                                speaker=speaker, sentence_start=sent.start_char, sentence_end=sent.end_char,
                                rule=rule, **unresolved_source(holder, speaker)))
        return quotes

    def _opens_direct_quote(self, cue: Token) -> bool:
        """Whether the inserted frame ``cue`` introduces a quotation that opens right after it
        and holds its clause, with nothing of that clause before the frame but an "Asked …"
        question ('Asked what …, Adelson said, “They have got to …”'): a direct quote, the
        attributor's, not an indirect one."""
        head = cue.head
        if head.i < cue.i or self.outside(head):
            return False
        nxt = next((t for t in self.doc[cue.right_edge.i + 1:head.i + 1] if not (t.is_punct and self.outside(t))), None)
        if nxt is None or self.outside(nxt):
            return False
        before = [t for t in head.subtree if t.i < cue.left_edge.i and not t.is_punct and not t.is_space]
        return not before or before[0].lower_ == "asked"

    def _across_paragraphs(self, cue: Token, clause: Token) -> bool:
        """Whether a paragraph break lies between ``cue`` and its ``clause`` (the parser ran two
        paragraphs into one sentence): that clause is no content of the cue."""
        if clause.i < cue.i:
            return "\n" in self.text[clause.right_edge.idx:cue.idx]
        return "\n" in self.text[cue.idx:clause.left_edge.idx]

    def _same_speaker_conjuncts(self, cue: Token, clause: Token) -> list[Token]:
        """Clauses hung on the cue after its content that go on with the speaker's own
        statement: "He said he'll support the nominee, but he doesn't want to be involved"
        (a conjunct whose subject is a pronoun or the cue's subject, and which is no cue itself),
        "said such a request was “futile,” because …" (the speaker's reason)."""
        subject = subject_of(cue)
        out = [c for c in cue.children if _because(c, clause)]
        for c in cue.children:
            if c.dep_ != "conj" or c.i < clause.i or c.pos_ not in ("VERB", "AUX") or is_reporting_cue(c) or \
                    make_it_clear(c) is not None or c.idx in self.inside:
                continue
            subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.pos_ == "PRON" and subj.lower_ not in ("i", "we", "you", "it")
                                     or subject is not None and subj.lower_ == subject.lower_):
                out.append(c)
            elif subj is None and _tense_break(cue, c):
                out.append(c)
        return out


def _inverted_frame(cue: Token) -> bool:
    """Whether ``cue`` opens its sentence's main clause as an inserted frame the parser took
    for that clause's complement ("Instead, Trump told CNN, his policy would be …": "told" is
    parsed as a ccomp of "be")."""
    head = cue.head
    after = cue.right_edge.i + 1
    return cue.dep_ == "ccomp" and head.i > cue.i and after < len(cue.doc) and cue.doc[after].text == "," and \
        head.left_edge.i <= cue.left_edge.i and after - cue.i <= 5 and \
        not any(c.dep_ in ("ccomp", "xcomp", "conj", "oprd") for c in cue.children)


def _framing_verb(noun: Token) -> Token | None:
    """The reporting verb whose setting ``noun`` names ("said in a statement that …", "wrote in
    a letter that …"): the parser hangs the "that" clause on the noun, but the verb is the cue."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("in", "during", "through") and \
            is_reporting_cue(prep.head):
        return prep.head
    return None


def _passive(verb: Token) -> bool:
    """Whether ``verb`` is passive ("Ishiba is expected to offer …")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _because(child: Token, clause: Token) -> bool:
    """Whether ``child`` is a "because" clause after ``clause``: the speaker's reason."""
    return child.dep_ == "advcl" and child.i > clause.i and \
        any(m.dep_ == "mark" and m.lower_ == "because" for m in child.children)


def _as_reported(cue: Token) -> bool:
    """"As The Daily Caller reported, the star gave …": a cue in an "as" clause frames the
    clause it hangs on."""
    return cue.dep_ == "advcl" and cue.i < cue.head.i and \
        any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


#: Verbs that take a statement as their object ("the claim that he made", "the promise that she
#: broke"): a "that" clause ending with one of them, active, is a relative clause.
_TAKE_STATEMENTS = {
    "make", "say", "repeat", "issue", "offer", "deliver", "give", "write", "voice", "level", "raise", "hear",
    "read", "post", "tweet", "do", "have", "put", "send", "release", "publish", "use", "keep", "break", "fulfil",
    "fulfill", "retract", "withdraw", "reject", "deny", "dispute", "dismiss", "refute", "debunk", "challenge",
    "question", "believe", "accept", "support", "back", "endorse", "echo", "cite", "spread", "amplify",
    "investigate", "examine", "find", "see", "get", "want", "like", "love", "hate", "mention", "note", "ignore",
}


def _that_clauses(noun: Token) -> list[Token]:
    """The clause complement of a noun of communication ("the claim that …", and "the pledge
    to …" for nouns of commitment). An active clause that ends with a verb taking statements
    as objects is a relative one, whose "that" the parser may mark as a conjunction ("the claim
    that he made", "the claim that his office disputes"); "the claim that the vote was rigged",
    "the claim that Biden cheated" are complements."""
    def complement(c: Token) -> bool:
        marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "aux")}
        return "that" in marks or "to" in marks and c.pos_ in ("VERB", "AUX") and lemma(noun) in NOMINAL_INFINITIVE

    def relative(c: Token) -> bool:
        ends = not any(r.dep_ != "punct" for r in c.rights)
        return ends and not _passive(c) and lemma(c) in _TAKE_STATEMENTS
    return [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
            and complement(c) and not relative(c)][:1]


def _holder(noun: Token) -> Token | None:
    """Whose statement a noun of communication names: the possessor ("Trump's assertion",
    "her claim"), the agent ("the claim by Trump", "an admission from Elizabeth Warren") or
    the subject of the verb it is the object of ("Trump made the claim"); ``None`` otherwise."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            return next((x for x in c.children if x.dep_ == "pobj"), None)
    if noun.dep_ == "dobj":
        return subject_of(noun.head)
    return None


def _after_that(cue: Token, clauses: list[Token]) -> list[Token]:
    """The cue's complement clauses without those before it when one after it opens with
    "that": in "Sitting down with MSNBC …, during which she touched on …, Clinton remarked
    that she was …" the parser also hangs the opening clause on the cue."""
    after = [c for c in clauses if c.i > cue.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return [c for c in clauses if c.i > cue.i] if after and any(c.i < cue.i for c in clauses) else clauses


def _tense_break(cue: Token, conj: Token) -> bool:
    """Whether a subject-less conjunct of a past-tense cue is in the present ("told Fox News
    that polls could be "way off," and have been unreliable"): it goes on with the reported
    clause, whose verb the parser did not coordinate it with."""
    first = next((x for x in conj.subtree if x.dep_ in ("aux", "auxpass") and x.head.i == conj.i), conj)
    return cue.tag_ == "VBD" and first.tag_ in ("VBP", "VBZ") and first.i == conj.left_edge.i
