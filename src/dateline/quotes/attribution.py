"""Attribution: each quotation or reported statement with its cue and its source (speaker).

Three kinds (as in PARC 3.0 and PolNeAR): ``direct`` (a whole quoted sentence), ``partial``
(a quoted fragment inside the reporter's sentence) and ``indirect`` (reported speech without
quotation marks, the clause after a cue: "made it clear that ...", "has told the media they
would meet ...").

Cue and speaker for a quoted span, in order: the reporting verb that governs the quote in the
dependency tree; a cue elsewhere in the sentence ("..., he said"); a colon introduction or a
header in the line before ("Healey said:", "And from Chairwoman Lee:"); a dash attribution
after the closing mark ("... -Commissioner Jane Park"); and a quote with no cue of its own
continues the previous speaker (so does one whose cue has an unresolved "he"/"she": "…," he
continued). Transcript lines ("PENCE: …") come from :mod:`.transcript`. The speaker is the
cue's subject, climbing from participles and coordinated verbs to the clause that has one
("adding that ..." takes the subject of "noted"), resolved to an actor (:mod:`.speakers`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..nlp.sentences import sentence
from spacy.tokens import Doc, Span, Token

from ..actors.coref import ActorIndex
from ..records import Quote
from .cues import CLAUSE_MORE, INFINITIVE, NOMINAL, OBJECT, PREPOSITION, cue_phrase, is_cue, lemma, make_it_clear
from .grouping import group_attributions
from .joins import join_pieces, link_paragraphs
from .spans import ALL_MARKS, QuoteSpan, markup_spans
from .speakers import speaker_of, subject_of
from .transcript import transcript_quotes

_CONCESSIVE = {"although", "though", "while", "whereas", "but"}
#: Nouns with which a reporter comments on the statement just reported (", a subtle dig at
#: …", ", an acknowledgment that …", ", a charge that … denied"): an aside, not its content.
_COMMENT_NOUNS = {"dig", "jab", "swipe", "shot", "acknowledgment", "acknowledgement", "admission", "charge",
                  "claim", "reference", "allusion", "nod", "remark", "comment", "move", "sign", "signal",
                  "indication", "suggestion", "reversal", "departure", "echo", "rebuke", "response", "retort"}
_SETTING = {"in", "on", "at", "during", "after", "before", "since", "while", "amid", "until"}
_TITLE_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "&"}
_DASH_RE = re.compile(r"\s*[-–—―]\s*")
_COMPLEMENTS = {"dobj", "ccomp", "xcomp", "prep", "oprd", "dative"}


def _cue_ok(tok: Token) -> bool:
    if not is_cue(tok):
        return False
    if tok.lemma_.lower() == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    if tok.lemma_.lower() == "continue":  # "“…,” he continued", not "continued to rise"
        return not any(c.dep_ in ("xcomp", "dobj", "ccomp", "prep") for c in tok.rights) and not any(
            c.dep_ == "neg" for c in tok.children)
    return not any(c.dep_ == "neg" for c in tok.children)


class Attributor:
    """Builds :class:`Quote` records for one article from its parse, actors and quote spans."""

    def __init__(self, doc: Doc, actors: ActorIndex, spans: list[QuoteSpan]) -> None:
        self.doc, self.actors, self.spans = doc, actors, spans
        self.text = doc.text  # Doc.text joins every token on each call: read it once
        self.inside = set()
        self.partial_cues: set[int] = set()  # cues of partial quotes: their frame is reported speech
        for q in spans:
            self.inside.update(range(q.open_at, (q.close_at if q.close_at is not None else q.end) + 1))
        self.markup = {i for a, b in markup_spans(self.text) for i in range(a, b)}

    def _within_one_quote(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` lies inside one quotation (then it is that quote, not a new one)."""
        for q in self.spans:
            close = q.close_at + 1 if q.close_at is not None else q.end
            if q.open_at <= span[0] and span[1] <= close + 1:
                return True
        return False

    def _outside(self, tok: Token) -> bool:
        return tok.idx not in self.inside and tok.idx not in self.markup

    def _sentence(self, char: int) -> Span:
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return sentence(tok[0]) if tok is not None else self.doc[:]

    def _kind(self, q: QuoteSpan) -> str:
        text = self.text
        content = text[q.start:q.end]
        before = text[:q.open_at].rstrip()
        starts_sentence = not before or before[-1] in ".!?:\n" or before.endswith(("said,", "says,"))
        if content[:1].islower() and not starts_sentence:
            return "partial"
        if not starts_sentence and self._embedded(q):
            return "partial"  # called the frontrunner “ISIS’ best recruiter.”
        if content[-1:] in ".!?…,;" or starts_sentence:
            return "direct"
        return "partial"

    def _noun_before(self, cue: Token) -> Token | None:
        """The noun or pronoun just before ``cue`` outside quotation marks, past a parenthesis
        ("Rep. Paul Ryan (R-WI) said"), within six tokens."""
        i, depth = cue.i - 1, 0
        while i >= 0 and cue.i - i <= 6 + depth:
            t = self.doc[i]
            if t.text == ")":
                depth += 1
            elif t.text == "(" and depth:
                depth -= 1
            elif not depth and self._outside(t) and t.pos_ in ("PROPN", "NOUN", "PRON"):
                return t
            elif not depth and not t.is_punct and not self._outside(t):
                return None
            i -= 1
        return None

    def _embedded(self, q: QuoteSpan) -> bool:
        """Whether the word before the opening mark makes the quotation part of the reporter's
        phrase ("identified the judge as “Spanish,”"), not the object of a cue ("said “We…”",
        "told reporters “We…”") or the subject of one."""
        i = q.open_at - 1
        while i >= 0 and self.text[i].isspace():
            i -= 1
        span = self.doc.char_span(i, i + 1, alignment_mode="expand") if i >= 0 else None
        if not span or not span[-1].is_alpha:
            return False
        tok = span[-1]
        if _cue_ok(tok) or tok.dep_ in ("nsubj", "nsubjpass"):
            return False
        return not (tok.dep_ in ("dobj", "dative", "pobj", "npadvmod", "prt") and _cue_ok(tok.head))

    def _governing_cue(self, q: QuoteSpan) -> Token | None:
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return None
        for tok in span:
            if tok.is_punct or span.start <= tok.head.i < span.end:
                continue
            for anc in [tok.head, *tok.head.ancestors]:
                if self._outside(anc) and _cue_ok(anc):
                    return anc
            break
        return None

    def _nearby_cue(self, q: QuoteSpan) -> Token | None:
        first, last = self._sentence(q.start), self._sentence(max(q.start, q.end - 1))
        para_start = self.text.rfind("\n", 0, q.open_at) + 1
        para_end = self.text.find("\n", q.end)
        para_end = len(self.text) if para_end < 0 else para_end
        candidates = [t for t in self.doc[first.start: last.end]
                      if para_start <= t.idx < para_end and self._outside(t) and _cue_ok(t)]
        if not candidates:
            return None
        return min(candidates, key=lambda t: min(abs(t.idx - q.open_at), abs(t.idx - (q.close_at or q.end))))

    def _cue_after(self, q: QuoteSpan) -> Token | None:
        """"…?’” Renteria told reporters": a cue within the few words after the closing mark,
        in the same paragraph, when the parser put them in a sentence of their own."""
        if q.close_at is None:
            return None
        span = self.doc.char_span(q.close_at, q.close_at + 1, alignment_mode="expand")
        if span is None:
            return None
        for t in self.doc[span.end: min(len(self.doc), span.end + 6)]:
            if "\n" in t.text or t.is_quote or t.text in ".!?":
                return None
            if self._outside(t) and _cue_ok(t):
                return t
        return None

    def _colon_header(self, q: QuoteSpan) -> Token | None:
        """"Healey said: ..." or a header line "And from Chairwoman Lee:" before the quote."""
        before = self.text[:q.open_at].rstrip()
        if not before.endswith(":"):
            return None
        line_start = before.rfind("\n") + 1
        line = self.doc.char_span(line_start, len(before), alignment_mode="expand")
        toks = [t for t in line if self._outside(t)] if line is not None else []
        cues = [t for t in toks if _cue_ok(t)]
        if cues:
            return cues[-1]
        names = [t for t in toks if self.actors.at(t)]
        return names[-1] if names else None

    def _dash(self, q: QuoteSpan) -> Token | None:
        if q.close_at is None:
            return None
        m = _DASH_RE.match(self.text, q.close_at + 1)
        if not m or m.end() == q.close_at + 1:
            return None
        span = self.doc.char_span(m.end(), min(len(self.text), m.end() + 1), alignment_mode="expand")
        if span is None:
            return None
        tok = span[0]
        for t in self.doc[tok.i: min(len(self.doc), tok.i + 6)]:
            if self.actors.at(t):
                return t
        return None

    def _title(self, q: QuoteSpan) -> bool:
        """Whether the quotation marks set off a title or a name, not words someone said: on
        ABC’s “Good Morning America”, an interview on ''Fox News Sunday'' (every word
        capitalised, no end punctuation, after a possessive or "on", "in", "at", "from", in a
        sentence that is not itself in title case; "called the “Crossroads of America”" stays)."""
        words = re.findall(r"[^\W\d_][\w’'&.-]*", self.text[q.start:q.end])
        if not words or len(words) > 8 or self.text[q.start:q.end].rstrip(",")[-1:] in ".!?":
            return False
        if not all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words) or not words[0][0].isupper():
            return False
        span = self.doc.char_span(max(0, q.open_at - 40), q.open_at, alignment_mode="expand")
        before = [t for t in span if not t.is_space and t.idx < q.open_at] if span is not None else []
        if not before or not any(t.is_alpha and t.is_lower and t.lower_ not in _TITLE_SMALL for t in before):
            return False
        return before[-1].tag_ in ("POS", "PRP$") or before[-1].lower_ in ("’s", "'s", "on", "in", "at", "from")

    def direct_and_partial(self) -> list[Quote]:
        pairs: list[tuple[QuoteSpan, Quote]] = []
        previous: Quote | None = None
        for q in self.spans:
            if self._title(q):
                continue
            cue = self._governing_cue(q) or self._nearby_cue(q) or self._cue_after(q)
            rule = "cue"
            subj = None
            if cue is None:
                header = self._colon_header(q)
                if header is not None and _cue_ok(header):
                    cue = header
                elif header is not None:
                    subj, rule = header, "header"
            if cue is None and subj is None:
                subj = self._dash(q)
                rule = "dash" if subj is not None else rule
            if cue is not None:
                subj = subject_of(cue)
                if subj is not None and not self._outside(subj):
                    # “… Sen. John McCain,” Trump said: a subject inside the quotation is no speaker
                    subj = self._noun_before(cue)
            speaker = speaker_of(subj, self.actors)
            cue_start = cue_end = None
            if cue is not None:
                cue_start, cue_end = cue_phrase(cue)
            # no cue, or "…," he continued with "he" unresolved: the previous speaker goes on
            pronoun = cue is not None and subj is not None and subj.lower_ in ("he", "she")
            if speaker is None and previous is not None and previous.speaker is not None and (cue is None or pronoun):
                gap = self.text[previous.end: q.open_at]
                if gap.count("\n") <= 2:
                    speaker = previous.speaker
                    rule = rule if pronoun else "continuation"
            sent = self._sentence(q.start)
            kind = self._kind(q)
            if kind == "partial" and cue is not None:
                self.partial_cues.add(cue.i)
            quote = Quote(text=self.text[q.start:q.end], start=q.start, end=q.end, kind=kind,
                          cue=self.text[cue_start:cue_end] if cue_start is not None else None,
                          cue_start=cue_start, cue_end=cue_end, speaker=speaker,
                          sentence_start=sent.start_char, sentence_end=sent.end_char, rule=rule)
            pairs.append((q, quote))
            previous = quote
        return link_paragraphs(pairs, join_pieces(self.text, pairs))

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
            if t.dep_ == "conj" and t.i > clause.i and t.i not in cut and _cue_ok(t) and \
                    any(c.dep_ == "ccomp" for c in t.children):
                cut.update(x.i for x in t.subtree)
                k = t.left_edge.i - 1
                while k > clause.i and (self.doc[k].dep_ == "cc" or self.doc[k].text in (",", "—", "–")):
                    cut.add(k)
                    k -= 1
        sent = sentence(clause)  # Token.sent costs a pass over the document: look it up once
        toks = self._trim([t for t in toks if t.i not in cut and sent.start <= t.i < sent.end])
        while toks and (toks[0].dep_ == "mark" and toks[0].lower_ in ("that", "whether", "if") or toks[0].is_punct
                        and toks[0].text not in ALL_MARKS or toks[0].dep_ == "aux" and toks[0].lower_ == "to"):
            toks = toks[1:]
        while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text in ".,;:–—-"):
            toks = toks[:-1]  # "… were black.\n\n": the paragraph break is a token of its own
        if len(toks) < 2:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        for q in self.spans:  # a content that runs into a quotation ends with it
            if q.start < end <= q.end and q.close_at is not None and q.open_at >= start:
                end = q.close_at + 1
            if q.open_at < start <= q.start and q.close_at is not None and end > q.close_at:
                start = q.open_at  # and one that opens with a quotation starts at its mark
        return start, end

    def _trim(self, toks: list[Token]) -> list[Token]:
        """``toks`` without their asides (:meth:`_asides`), ending before a line break, a colon
        that introduces a quotation, a dash followed by "and"/"but", or what follows the quotation that opens the content when
        its comma closes it (``“Yes, I support Ted Cruz,” Brent Bozell III, founder of …``)."""
        cut = self._asides(toks)
        toks = [t for t in toks if t.i not in cut]
        for k, t in enumerate(toks):
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            gap_break = k and "\n" in self.text[toks[k - 1].idx + len(toks[k - 1]): t.idx]
            if "\n" in t.text or gap_break or t.text == ":" and nxt in ALL_MARKS:
                return toks[:k]
            if k and t.text in ("—", "–", "--") and nxt in ("and", "but"):
                return toks[:k]  # "… running his campaign — and he singled out …": the reporter goes on
            if k and t.text in ALL_MARKS and toks[k - 1].text == "," and t.idx in self.inside and nxt and \
                    t.idx + 1 not in self.inside and toks[0].text in ALL_MARKS:
                return toks[:k + 1]
        return toks

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
            # "called Clinton a “disgrace”": a partial quote marks its cue's complements as speech
            return rights
        if any(c.dep_ == "prep" and c.lower_ == "as" and any(not self._outside(t) for t in c.subtree) for c in rights):
            # "identified the judge as “Spanish,”", "shrugging off her opinion as a mere “moan”":
            # a characterisation in the quoted words of whoever characterises
            return rights
        if low in OBJECT and any(c.dep_ == "dobj" for c in rights):
            first = next(i for i, c in enumerate(rights) if c.dep_ == "dobj")
            # "denounced the movement in their appearances": when and where is the reporter's
            return [c for c in rights[first:] if not (c.dep_ == "prep" and c.lower_ in _SETTING)]
        for prep in (c for c in rights if c.dep_ == "prep"):
            if (low, prep.lower_) in PREPOSITION:
                return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")][:1]
        return []

    def indirect(self) -> list[Quote]:
        quotes: list[Quote] = []
        for tok in self.doc:
            if not self._outside(tok):
                continue
            clear = make_it_clear(tok)
            cue_ok = _cue_ok(tok)
            low = lemma(tok)
            clauses: list[Token] = []
            framed = False
            rule = "clause"
            if cue_ok or clear is not None or (low in CLAUSE_MORE and tok.pos_ == "VERB"):
                clauses = [c for c in (clear or tok).children
                           if c.dep_ == "ccomp" or (clear is not None and c.dep_ == "advcl")
                           or (c.dep_ == "xcomp" and low in INFINITIVE)]
                framed = cue_ok and (tok.lower_ == "according" or (not clauses and tok.dep_ == "parataxis"))
                clauses = _after_that(tok, clauses)
            elif low in INFINITIVE and tok.pos_ == "VERB":
                clauses = [c for c in tok.children if c.dep_ == "xcomp"]
            elif low in NOMINAL and tok.pos_ == "NOUN":
                clauses, rule = _that_clauses(tok), "nominal"
            if framed:
                # "according to X, ..." and "The economy is strong, he said, and ...": the
                # content is the clause the cue is inserted into; not when that clause has its
                # own cue ("X said "…", according to officials")
                head_is_cue = _cue_ok(tok.head) or make_it_clear(tok.head) is not None
                clauses = [tok.head] if tok.head.i != tok.i and not head_is_cue else []
            if not clauses and not framed:
                clauses, rule = self._stance(tok), "stance"
                if not clauses:
                    continue
                span = self._content(clauses)
            elif not clauses:
                continue
            elif framed:
                span = self._according_content(tok)
            else:
                more = self._same_speaker_conjuncts(tok, clauses[0]) if rule == "clause" else []
                span = self._content(clauses[:1] + more)
            if span is None or self._within_one_quote(span):
                continue
            cue_start, cue_end = cue_phrase(tok)
            if clear is not None:
                cue_end = clear.idx + len(clear)
            sent = sentence(tok)
            holder = _holder(tok) if rule == "nominal" else subject_of(tok)
            quotes.append(Quote(text=self.text[span[0]:span[1]], start=span[0], end=span[1], kind="indirect",
                                cue=self.text[cue_start:cue_end], cue_start=cue_start, cue_end=cue_end,
                                speaker=speaker_of(holder, self.actors),
                                sentence_start=sent.start_char, sentence_end=sent.end_char, rule=rule))
        return quotes

    def _same_speaker_conjuncts(self, cue: Token, clause: Token) -> list[Token]:
        """Clauses coordinated with the cue after its content that go on with the speaker's own
        statement: "He said he'll support the nominee, but he doesn't want to be involved"
        (the conjunct's subject is a pronoun or the cue's subject; it is no cue itself)."""
        subject = subject_of(cue)
        out = []
        for c in cue.children:
            if c.dep_ != "conj" or c.i < clause.i or c.pos_ not in ("VERB", "AUX") or _cue_ok(c) or \
                    make_it_clear(c) is not None or c.idx in self.inside:
                continue
            subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.pos_ == "PRON" and subj.lower_ not in ("i", "we", "you", "it")
                                     or subject is not None and subj.lower_ == subject.lower_):
                out.append(c)
            elif subj is None and _tense_break(cue, c):
                out.append(c)
        return out

    def _according_content(self, tok: Token) -> tuple[int, int] | None:
        """The clause ``tok`` is inserted into, without ``tok``'s own phrase: the whole
        coordination when that clause is one of several ("A and B, according to X"), the verb's
        clause when ``tok`` hangs on one of its nouns."""
        head = tok.head
        while head.dep_ != "ROOT" and (head.dep_ == "conj" or head.pos_ not in ("VERB", "AUX")) and \
                not _cue_ok(head.head) and head.head.i != head.i:
            head = head.head
        phrase = {t.i for t in tok.subtree}
        sent = sentence(head)
        toks = self._trim([t for t in head.subtree if t.i not in phrase and sent.start <= t.i < sent.end])
        while toks and toks[0].is_punct:
            toks = toks[1:]
        while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text in ".,;:"):
            toks = toks[:-1]
        return (toks[0].idx, toks[-1].idx + len(toks[-1])) if len(toks) >= 2 else None


def _that_clauses(noun: Token) -> list[Token]:
    """The clause complement of a noun of communication ("the claim that …"). A clause that
    ends with its verb is taken for a relative one, whose "that" the parser may mark as a
    conjunction ("the claim that he made", "the claim that his office disputes")."""
    return [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            and any(r.dep_ != "punct" for r in c.rights)][:1]


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


def attribute(doc: Doc, actors: ActorIndex, spans: list[QuoteSpan]) -> list[Quote]:
    """All quotes of ``doc`` (direct, partial and indirect) in text order, each with its cue,
    speaker (``None`` when nobody can be named) and attribution number."""
    attributor = Attributor(doc, actors, spans)
    quotes = attributor.direct_and_partial() + attributor.indirect() + transcript_quotes(attributor.text, actors)
    quotes = _run_into_partials(attributor.text, quotes)
    quotes.sort(key=lambda q: (q.start, q.end))
    return group_attributions(attributor.text, _without_nested_stance(quotes))


_GAP_RE = re.compile(r"[^\W\d_][\w’'-]*")


def _run_into_partials(text: str, quotes: list[Quote]) -> list[Quote]:
    """Indirect quotes that stop a few words short of a partial quote of the same cue, in the
    same sentence, run on to its closing mark: the parser often leaves the quoted words out of
    the clause ("He says there is no one in the race is “on pace to get 1,237 delegates,”")."""
    out = []
    for q in quotes:
        if q.kind == "indirect" and q.cue_start is not None:
            for p in quotes:
                if p.kind != "partial" or p.cue_start != q.cue_start or p.start <= q.end or \
                        p.sentence_start != q.sentence_start:
                    continue
                gap = text[q.end:p.start]
                words = _GAP_RE.findall(gap)
                if len(words) <= 6 and not any(c in gap for c in ",.;:!?()\n—") and \
                        not any(o is not p and q.end <= o.start < p.start for o in quotes if o.kind != "indirect"):
                    end = p.end + 1 if p.end < len(text) and text[p.end] in ALL_MARKS else p.end
                    q = replace(q, end=end, text=text[q.start:end])
                break
        out.append(q)
    return out


def _without_nested_stance(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` without the stance contents that lie inside another quote's content: in "He
    said he'll support whomever the party nominates" the support is part of what he said, not
    a second statement (on the PolNeAR train split 9% of such contents were annotated)."""
    def nested(q: Quote) -> bool:
        return any(o is not q and o.start <= q.start and q.end <= o.end and (o.start, o.end) != (q.start, q.end)
                   for o in quotes)
    return [q for q in quotes if q.rule != "stance" or not nested(q)]
