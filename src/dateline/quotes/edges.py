"""Where the content of an indirect quote starts and ends.

A content is the subtree of the clause a cue introduces, without what the reporter adds: asides
(", according to …", ", a subtle dig at …"), concessions after a comma (", although …"), a
conjunct that goes on with the cue's sentence ("… and questioning how …"), a comment after a
dash ("— a modest boost for Obama"); it starts in its clause's own paragraph and after a
dateline, and widens to the quotation marks it runs into. The edges follow PolNeAR's
annotation (Newell, Margolin and Ruths, 2018); every rule was measured on its train split.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.sentences import sentence
from .context import QuoteContext
from .cues import is_reporting_cue, lemma
from .spans import ALL_MARKS
from .descriptions import dateline_end

_CONCESSIVE = {"although", "though", "while", "whereas", "but"}
#: Nouns with which a reporter comments on the statement just reported (", a subtle dig at
#: …", ", an acknowledgment that …", ", a charge that … denied"): an aside, not its content.
_COMMENT_NOUNS = {"dig", "jab", "swipe", "shot", "acknowledgment", "acknowledgement", "admission", "charge",
                  "claim", "reference", "allusion", "nod", "remark", "comment", "move", "sign", "signal",
                  "indication", "suggestion", "reversal", "departure", "echo", "rebuke", "response", "retort",
                  "concession"}
#: Words after a dash with which the reporter goes on ("— and he singled out …", "- except that …").
_DASH_ASIDES = {"and", "but", "except", "though", "although", "yet"}
#: Prepositions of time and place: a phrase they open after a verb's first complement ("… on
#: his radio show") is the reporter's setting, not what was said.
SETTING = {"in", "on", "at", "during", "after", "before", "since", "while", "amid", "until"}
#: Dependency labels (spaCy's English scheme, ClearNLP) of a verb's complements.
COMPLEMENTS = {"dobj", "ccomp", "xcomp", "prep", "oprd", "dative"}


class ContentEdges:
    """Content spans (character offsets, Python ``str`` indices) of one article's indirect
    quotes; :class:`dateline.quotes.indirect.IndirectFinder` finds the cues and clauses.

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
        for t in toks:
            if t.i <= clause.i or t.i in cut:
                continue
            # "… is “to disqualify Trump,” but conceded that …": a statement of its own
            own = t.dep_ == "conj" and is_reporting_cue(t) and any(c.dep_ == "ccomp" for c in t.children)
            if own or t.head.i == clause.i and self._cue_conjunct(clause, t):
                cut.update(x.i for x in t.subtree)
                k = t.left_edge.i - 1
                while k > clause.i and (self.doc[k].dep_ == "cc" or self.doc[k].text in (",", "—", "–")):
                    cut.add(k)
                    k -= 1
        sent = sentence(clause)  # Token.sent costs a pass over the document: look it up once
        toks = self._own_paragraph([t for t in toks if t.i not in cut and sent.start <= t.i < sent.end], clause.i)
        toks = self._trim(toks)
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
        if conj.dep_ not in ("conj", "advcl") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                                      for c in conj.children):
            return False
        if conj.dep_ == "advcl" and (conj.left_edge.i != conj.i or self.doc[conj.i - 1].lower_ != "and"):
            return False  # an adverbial clause only when the parser missed its "and"
        finite = clause.tag_ in ("VBD", "VBP", "VBZ") or clause.tag_ == "VB" and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
        if conj.tag_ == "VBG" and finite:
            return True
        return conj.tag_ in ("VBD", "VBZ") and clause.idx in self.inside and conj.idx not in self.inside

    def _own_paragraph(self, toks: list[Token], before: int | None = None) -> list[Token]:
        """``toks`` (in order) from the last paragraph break among them, counting only breaks
        before token index ``before`` when given: the parser runs paragraphs into one sentence."""
        first = 0
        for k, t in enumerate(toks):
            if before is not None and t.i >= before:
                break
            end = toks[k + 1].idx if k + 1 < len(toks) else t.idx + len(t)
            if "\n" in self.text[t.idx:end]:
                first = k + 1
        return toks[first:]

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
            if k and toks[k - 1].text in ALL_MARKS and not self.outside(toks[k - 1]) and _medium_setting(t):
                return toks[:k]  # "… “rigged” in a tweet Tuesday": where it was said is the reporter's
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
        (", referring to …", ", adding …", ", before boarding …"), a non-restrictive relative clause
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
            aside = aside or (after_comma and t.dep_ == "advcl" and t.left_edge.lower_ == "as" and
                              any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children))  # ", as he left …"
            aside = aside or (after_comma and t.dep_ == "prep" and t.lower_ in ("before", "after") and
                              any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children))  # ", before boarding …"
            aside = aside or (after_comma and t.dep_ == "relcl" and t.left_edge.lower_ in ("which", "who", "whom"))
            aside = aside or (after_comma and t.dep_ in ("appos", "npadvmod", "dobj", "attr") and t.lemma_.lower() in _COMMENT_NOUNS
                              and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children))
            if aside:
                cut.update(x.i for x in t.subtree)
                if after_comma and prev.text not in ALL_MARKS:
                    cut.add(left - 1)
        return cut

    def _tag_content(self, cue: Token) -> tuple[int, int] | None:
        """The clause before a closing tag (", said Geert Wilders." or ", he said.") whose cue
        also introduces a partial quote inside it, when the parser made no complement of it
        ("The rejection of the treaty signals "the beginning of the end" for the EU, said …");
        ``None`` for any other cue."""
        if cue.i not in self.partial_cues or any(c.dep_ in COMPLEMENTS and c.i > cue.i and not (
                c.dep_ == "prep" and c.lower_ in SETTING) for c in cue.children):
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
        toks = self._own_paragraph([t for t in doc[sent.start:comma] if not t.is_space])
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
            k = at - 1
            while k >= 0 and self.text[k].isspace():
                k -= 1
            if k >= 0 and self.text[k] in (",", ":"):
                frame = self.doc.char_span(span[0], at, alignment_mode="contract")
                if frame is not None and any(is_reporting_cue(t) and self.outside(t) for t in frame):
                    return True
        return False

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


#: Nouns of the medium or occasion of a statement ("in a tweet", "on Twitter", "in an interview").
#: Not the occasions a statement may be about ("did “great” in the last debate", "at a rally").
_MEDIA = {"tweet", "twitter", "facebook", "instagram", "interview", "statement", "speech", "email", "e-mail",
          "letter", "post", "radio", "television", "tv", "broadcast", "appearance", "briefing", "video", "op-ed",
          "podcast"}


def _medium_setting(tok: Token) -> bool:
    """Whether ``tok`` opens a phrase naming where a statement was made ("in a tweet
    Tuesday", "on Twitter", "during a radio interview")."""
    if tok.dep_ != "prep" or tok.lower_ not in ("in", "on", "during", "at", "via"):
        return False
    return any(c.dep_ == "pobj" and c.lower_ in _MEDIA for c in tok.children)


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
