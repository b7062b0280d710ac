"""Indirect quotes: reported speech without quotation marks, the content a cue introduces.

The content is the clause complement of a reporting verb ("made it clear that …", "has told
the media they would meet …"), the clause an inserted cue frames ("according to X, …", "…, he
said, …"), the object of a verb of stance ("criticized the decision", "called for a ban"), or
the "that" clause of a noun of communication ("Trump's assertion that …"), as PARC 3.0
(Pareti, 2016) and PolNeAR (Newell, Margolin and Ruths, 2018) annotate them. Contents leave out
the reporter's asides (", according to …", ", a subtle dig at …") and concessions after them
(", although …").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.sentences import sentence
from ..records import Quote
from .context import QuoteContext
from .cues import (CLAUSE_MORE, INFINITIVE, NOMINAL, NOMINAL_INFINITIVE, OBJECT, OBJECT_QUOTED, PREPOSITION, cue_phrase, is_reporting_cue, lemma,
                   make_it_clear)
from .spans import ALL_MARKS
from .speakers import dateline_end, speaker_of, subject_of

_CONCESSIVE = {"although", "though", "while", "whereas", "but"}
#: Nouns with which a reporter comments on the statement just reported (", a subtle dig at
#: …", ", an acknowledgment that …", ", a charge that … denied"): an aside, not its content.
_COMMENT_NOUNS = {"dig", "jab", "swipe", "shot", "acknowledgment", "acknowledgement", "admission", "charge",
                  "claim", "reference", "allusion", "nod", "remark", "comment", "move", "sign", "signal",
                  "indication", "suggestion", "reversal", "departure", "echo", "rebuke", "response", "retort"}
#: Words after a dash with which the reporter goes on ("— and he singled out …", "- except that …").
_DASH_ASIDES = {"and", "but", "except", "though", "although", "yet"}
_SETTING = {"in", "on", "at", "during", "after", "before", "since", "while", "amid", "until"}
_COMPLEMENTS = {"dobj", "ccomp", "xcomp", "prep", "oprd", "dative"}


class IndirectFinder:
    """Finds the indirect quotes of one article (:meth:`find`).

    ``partial_cues``: token indexes of the cues of the article's partial quotes (a partial
    quote marks its cue's complements as reported speech: "called Clinton a “disgrace”").
    """

    def __init__(self, context: QuoteContext, partial_cues: set[int]) -> None:
        self.doc, self.text, self.spans, self.actors = context.doc, context.text, context.spans, context.actors
        self.inside = context.inside
        self.outside, self.within_one_quote = context.outside, context.within_one_quote
        self.partial_cues = partial_cues

    def _content(self, clauses: list[Token]) -> tuple[int, int] | None:
        """The span of ``clauses`` (one clause, or a verb's complements side by side)."""
        clause = clauses[0]
        toks = sorted((t for c in clauses for t in c.subtree), key=lambda t: t.i)
        cut: set[int] = set()
        for child in clause.children:
            marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
            comma = child.left_edge.i > 0 and self.doc[child.left_edge.i - 1].text == ","
            # "…, although B" is the reporter's; "A was “a lightweight” while B is “a liar”" is one
            # statement, and so is "said that although A, B" (the concession opens what was said)
            if child.dep_ == "advcl" and child.i > clause.i and marks & _CONCESSIVE and \
                    (comma or not marks <= {"while", "whereas"}):
                cut.update(t.i for t in child.subtree)
                if comma:
                    cut.add(child.left_edge.i - 1)
        for t in toks:  # "… is “to disqualify Trump,” but conceded that …": a statement of its own
            if t.dep_ in ("conj", "advcl") and t.i > clause.i and t.i not in cut and (t.dep_ == "conj" and is_reporting_cue(
                    t) and any(c.dep_ == "ccomp" for c in t.children) or t.head.i == clause.i and self._cue_conjunct(clause, t)):
                cut.update(x.i for x in t.subtree)
                k = t.left_edge.i - 1
                while k > clause.i and (self.doc[k].dep_ == "cc" or self.doc[k].text in (",", "—", "–")):
                    cut.add(k)
                    k -= 1
        sent = sentence(clause)  # Token.sent costs a pass over the document: look it up once
        toks = [t for t in toks if t.i not in cut and sent.start <= t.i < sent.end]
        breaks = [k for k, t in enumerate(toks) if t.i < clause.i and "\n" in t.text]
        toks = self._trim(toks[breaks[-1] + 1:] if breaks else toks)  # the clause's own paragraph
        while toks and (toks[0].dep_ == "mark" and toks[0].lower_ in ("that", "whether", "if") or toks[0].is_punct
                        and toks[0].text not in ALL_MARKS or toks[0].dep_ == "aux" and toks[0].lower_ == "to"):
            toks = toks[1:]
        while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text in ".,;:–—-"):
            toks = toks[:-1]  # "… were black.\n\n": the paragraph break is a token of its own
        if len(toks) < 2:
            return None
        last = _and_that(toks[-1], sent) or toks[-1]
        return self._with_marks(toks[0].idx, last.idx + len(last))

    def _cue_conjunct(self, clause: Token, conj: Token) -> bool:
        """Whether ``conj``, a subject-less conjunct the parser hung on the content ``clause``,
        goes on with the cue's sentence instead: a participle after a finite clause ("told CNN
        that Trump is a “faker” and questioning how …") or a finite verb after the quotation that
        holds the clause ("wrote, “It’s time …,” and shared a link")."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children):
            return False
        if conj.dep_ == "advcl" and (conj.left_edge.i != conj.i or self.doc[conj.i - 1].lower_ != "and"):
            return False  # an adverbial clause only when the parser missed its "and"
        finite = clause.tag_ in ("VBD", "VBP", "VBZ") or clause.tag_ == "VB" and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
        if conj.tag_ == "VBG" and finite:
            return True
        return conj.tag_ in ("VBD", "VBZ") and clause.idx in self.inside and conj.idx not in self.inside

    def _with_marks(self, start: int, end: int) -> tuple[int, int]:
        """``(start, end)`` widened to the marks of the quotations it runs into or opens with, and
        starting after the dateline ("LONDON (AP) —") that opens its paragraph."""
        first = self.doc.char_span(start, start + 1, alignment_mode="expand")
        dateline = dateline_end(first[0]) if first is not None and len(first) else None
        if dateline is not None and start < dateline < end:
            start = dateline
        for q in self.spans:  # a content that runs into a quotation ends with it
            if q.start < end <= q.end and q.close_at is not None and q.open_at >= start:
                end = q.close_at + 1
            if q.open_at < start <= q.start and q.close_at is not None and end > q.close_at:
                start = q.open_at  # and one that opens with a quotation starts at its mark
        return start, end

    def _trim(self, toks: list[Token], tagged: bool = False) -> list[Token]:
        """``toks`` without their asides (:meth:`_asides`), ending before a line break, a colon
        that introduces a quotation, a dash followed by "and", "but", "except" … (``_DASH_ASIDES``), or
        what follows the quotation that opens the content when
        its comma closes it (``“Yes, I support Ted Cruz,” Brent Bozell III, founder of …``)."""
        cut = self._asides(toks)
        toks = [t for t in toks if t.i not in cut]
        for k, t in enumerate(toks):
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            gap_break = k and "\n" in self.text[toks[k - 1].idx + len(toks[k - 1]): t.idx]
            if "\n" in t.text or gap_break or t.text == ":" and nxt in ALL_MARKS:
                return toks[:k]
            spaced = t.text == "-" and self.text[t.idx - 1:t.idx].isspace()
            dash = t.text in ("—", "–", "--") or spaced
            if k and dash and (nxt in _DASH_ASIDES or _dash_comment(toks, k)) and not self._dash_goes_on(toks, k):
                return toks[:k]  # "… running his campaign — and he singled out …": the reporter goes on
            if not tagged and k and t.text in ALL_MARKS and toks[k - 1].text == "," and t.idx in self.inside and nxt and \
                    t.idx + 1 not in self.inside and toks[0].text in ALL_MARKS:
                return toks[:k + 1]
        return toks

    def _dash_goes_on(self, toks: list[Token], k: int) -> bool:
        """Whether the dash ``toks[k]`` opens no aside of the reporter: "- and that …", "- and
        to …" go on with the statement, and so does a pair of dashes ("had begun - but never
        finished - the process")."""
        then = toks[k + 2].lower_ if k + 2 < len(toks) else ""
        if toks[k + 1].lower_ in ("and", "but") and then in ("that", "to"):
            return True
        return any(t.text in ("—", "–", "--", "-") and self.text[t.idx - 1:t.idx].isspace() for t in toks[k + 1:])

    def _asides(self, toks: list[Token]) -> set[int]:
        """Token indexes of the asides in a content's tokens that belong to another statement
        or to the reporter: ", according to …", "when asked …", a participle after a comma
        (", referring to …", ", adding …"), a non-restrictive relative clause
        (", which is like …") and the reporter's comment (", a subtle dig at …")."""
        cut: set[int] = set()
        for t in toks:
            if t.i in cut:
                continue
            left = t.left_edge.i
            prev = self.doc[left - 1] if left > 0 else None
            after_comma = prev is not None and (prev.text in (",", "—", "–") or prev.text in ALL_MARKS and left > 1
                                                and self.doc[left - 2].text == ",")  # “Spanish,” which …
            aside = t.dep_ == "prep" and t.lower_ == "according"
            aside = aside or (t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as")
                                                      for c in t.children) and lemma(t) == "ask")
            aside = aside or (after_comma and t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj", "acl"))
            aside = aside or (after_comma and t.dep_ == "relcl" and t.left_edge.lower_ in ("which", "who", "whom"))
            aside = aside or (after_comma and t.dep_ in ("appos", "npadvmod", "dobj") and t.lemma_.lower() in _COMMENT_NOUNS
                              and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children))
            if aside:
                cut.update(x.i for x in t.subtree)
                if after_comma and prev.text not in ALL_MARKS:
                    cut.add(left - 1)
        return cut

    def _stance(self, tok: Token) -> list[Token]:
        """The complements of a verb of stance that are its content: the object and what
        follows it ("accused Clinton of lying"), or the object of its preposition ("called for a
        ban"); empty when ``tok`` is no such verb."""
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            return []
        low = lemma(tok)
        rights = [c for c in tok.rights if c.dep_ in _COMPLEMENTS]
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
            return [c for c in rights[first:] if not (c.dep_ == "prep" and c.lower_ in _SETTING)]
        for prep in (c for c in rights if c.dep_ == "prep"):
            if (low, prep.lower_) in PREPOSITION:
                return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")][:1]
        return []

    def _without_setting(self, rights: list[Token]) -> list[Token]:
        """``rights`` (a verb's complements) without a time or place after the first one ("on
        his radio show"), which is the reporter's, unless it holds quoted words."""
        return [c for c in rights if not (c.dep_ == "prep" and c.lower_ in _SETTING and c.i > rights[0].i
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
            elif low in NOMINAL and tok.pos_ == "NOUN":
                clauses, rule = _that_clauses(tok), "nominal"
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
            cue_start, cue_end = cue_phrase(tok)
            if clear is not None:
                cue_end = clear.idx + len(clear)
            sent = sentence(tok)
            holder = _holder(tok) if rule == "nominal" else subject_of(tok)
            if holder is not None and holder.dep_ == "nsubjpass" and holder.head.i == tok.i:
                holder = None  # "Ishiba is expected to offer …": expected by someone unnamed, not by Ishiba
            quotes.append(Quote(text=self.text[span[0]:span[1]], start=span[0], end=span[1], kind="indirect",
                                cue=self.text[cue_start:cue_end], cue_start=cue_start, cue_end=cue_end,
                                speaker=speaker_of(holder, self.actors),
                                sentence_start=sent.start_char, sentence_end=sent.end_char, rule=rule))
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

    def _tag_content(self, cue: Token) -> tuple[int, int] | None:
        """The clause before a closing tag (", said Geert Wilders." or ", he said.") whose cue
        also introduces a partial quote inside it, when the parser made no complement of it
        ("The rejection of the treaty signals "the beginning of the end" for the EU, said …");
        ``None`` for any other cue."""
        if cue.i not in self.partial_cues or any(c.dep_ in _COMPLEMENTS and c.i > cue.i and not (
                c.dep_ == "prep" and c.lower_ in _SETTING) for c in cue.children):
            return None  # "…, calling him a “loser.”": a verb of stance with its own complement
        doc, sent = self.doc, sentence(cue)
        start = cue.i
        subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        if subj is not None and subj.right_edge.i == cue.i - 1:
            start = subj.left_edge.i  # "…, he said."
        comma = start - 1
        if comma > sent.start and doc[comma].text in ALL_MARKS and not self.outside(doc[comma]):
            comma -= 1  # '… "no matter what," one user commented.'
        if comma <= sent.start or doc[comma].text != ",":
            return None
        own = {t.i for t in cue.subtree}
        if any(t.i not in own and not (t.is_punct or t.is_space) for t in doc[cue.i + 1:sent.end]):
            return None  # the tag closes its sentence: nothing but its own words after it
        toks = [t for t in doc[sent.start:comma] if not t.is_space]
        breaks = [k for k, t in enumerate(toks) if "\n" in self.text[t.idx:toks[k + 1].idx if k + 1 < len(toks) else t.idx]]
        toks = toks[breaks[-1] + 1:] if breaks else toks  # the tag's own paragraph
        if sum(not t.is_punct for t in toks) < 3 or all(self.outside(t) for t in toks):
            return None
        span = self._with_marks(toks[0].idx, toks[-1].idx + len(toks[-1]))
        return None if self._introduces_quote(span) else span

    def _introduces_quote(self, span: tuple[int, int]) -> bool:
        """Whether a quotation opens inside ``span`` right after a comma or colon that closes a
        frame of its own: a content before a tag that ends so ('telling Mic, “But gosh almighty,
        they’re both qualified,” he said') is a direct quote with its frame, the attributor's
        (without a cue of its own, the lead-in is part of the content: 'The party, …, "allows
        us to get our message out," she said')."""
        opened = [q.open_at for q in self.spans if span[0] <= q.open_at < span[1]]
        for at in opened:
            if self.text[:at].rstrip()[-1:] in (",", ":"):
                frame = self.doc.char_span(span[0], at, alignment_mode="contract")
                if frame is not None and any(is_reporting_cue(t) and self.outside(t) for t in frame):
                    return True
        return False

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

    def _according_content(self, tok: Token, tagged: bool = False) -> tuple[int, int] | None:
        """The clause ``tok`` is inserted into, without ``tok``'s own phrase: the whole
        coordination when that clause is one of several ("A and B, according to X"), the verb's
        clause when ``tok`` hangs on one of its nouns."""
        head = tok.head
        while head.dep_ != "ROOT" and (head.dep_ == "conj" or head.pos_ not in ("VERB", "AUX")) and \
                not is_reporting_cue(head.head) and head.head.i != head.i:
            head = head.head
        phrase = {t.i for t in tok.subtree}
        sent = sentence(head)
        toks = self._trim([t for t in head.subtree if t.i not in phrase and sent.start <= t.i < sent.end], tagged)
        while toks and toks[0].is_punct:
            toks = toks[1:]
        while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text in ".,;:"):
            toks = toks[:-1]
        return self._with_marks(toks[0].idx, toks[-1].idx + len(toks[-1])) if len(toks) >= 2 else None


def _inverted_frame(cue: Token) -> bool:
    """Whether ``cue`` opens its sentence's main clause as an inserted frame the parser took
    for that clause's complement ("Instead, Trump told CNN, his policy would be …": "told" is
    parsed as a ccomp of "be")."""
    head = cue.head
    after = cue.right_edge.i + 1
    return cue.dep_ == "ccomp" and head.i > cue.i and after < len(cue.doc) and cue.doc[after].text == "," and \
        head.left_edge.i <= cue.left_edge.i and after - cue.i <= 5 and \
        not any(c.dep_ in ("ccomp", "xcomp", "conj", "oprd") for c in cue.children)


def _dash_comment(toks: list[Token], k: int) -> bool:
    """Whether what follows the dash ``toks[k]`` is the reporter's comment or narration: a
    noun phrase opening with "a"/"an" ("— a modest boost for Obama"), a participle ("-
    working with …", but not "— including …", which goes on with the list) or a verb without a subject ("- said at a Saturday rally …")."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.lower_ in ("a", "an") or nxt.tag_ in ("VBG", "VBN") and nxt.lower_ != "including":
        return True
    return nxt.tag_ in ("VBD", "VBZ") and nxt.pos_ == "VERB" and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)


def _passive(verb: Token) -> bool:
    """Whether ``verb`` is passive ("Ishiba is expected to offer …")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _because(child: Token, clause: Token) -> bool:
    """Whether ``child`` is a "because" clause after ``clause``: the speaker's reason."""
    return child.dep_ == "advcl" and child.i > clause.i and \
        any(m.dep_ == "mark" and m.lower_ == "because" for m in child.children)


def _and_that(last: Token, sent: Span) -> Token | None:
    """The last token of a second "that" clause just after a content ending at ``last`` ("said
    that “we tell the truth” and that he’d seen continued support"): the parser often hangs it
    elsewhere, but it goes on with the same report. ``None`` when none follows."""
    doc = last.doc
    i = last.i + 1
    while i < sent.end and doc[i].is_punct and doc[i].text not in ".;:!?":
        i += 1
    if i + 1 >= sent.end or doc[i].lower_ not in ("and", "but") or doc[i + 1].lower_ != "that" \
            or doc[i + 1].dep_ != "mark" or doc[i + 1].head.i <= i + 1:
        return None
    clause = doc[i + 1].head
    end = max(t.i for t in clause.subtree if t.i < sent.end)
    while end > clause.i and doc[end].is_punct:
        end -= 1
    return doc[end]


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
