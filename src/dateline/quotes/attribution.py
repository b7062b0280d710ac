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

from spacy.tokens import Doc, Token

from ..actors.coref import ActorIndex
from ..records import Quote
from .context import QuoteContext
from .cues import cue_phrase, is_reporting_cue
from .grouping import group_attributions, share_speakers
from .indirect import IndirectFinder
from .joins import join_pieces, link_paragraphs
from .spans import ALL_MARKS, QuoteSpan
from .speakers import mentioned_at, speaker_of, subject_of, unresolved_source
from .transcript import headline_quotes, transcript_quotes
from .uncued import preceding_speakers

#: Nouns after a quoted title that make it the name of a work or an event, not words said.
_WORK_NOUNS = {"show", "program", "programme", "series", "podcast", "documentary", "book", "film", "movie",
               "newspaper", "magazine", "column", "broadcast", "newscast", "song", "album", "exercise", "operation",
               "campaign", "summit", "conference", "festival", "initiative", "plan", "party", "bill", "act"}
_TITLE_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "&"}
_DASH_RE = re.compile(r"\s*[-–—―]\s*")


class Attributor(QuoteContext):
    """Builds the direct and partial :class:`Quote` records of one article from its parse,
    actors and quotation spans (:meth:`direct_and_partial`)."""

    def __init__(self, doc: Doc, actors: ActorIndex, spans: list[QuoteSpan]) -> None:
        super().__init__(doc, actors, spans)
        self.partial_cues: set[int] = set()  # cues of partial quotes: their frame is reported speech

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
            elif not depth and self.outside(t) and t.pos_ in ("PROPN", "NOUN", "PRON"):
                return t
            elif not depth and not t.is_punct and not self.outside(t):
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
        if is_reporting_cue(tok) or tok.dep_ in ("nsubj", "nsubjpass"):
            return False
        return not (tok.dep_ in ("dobj", "dative", "pobj", "npadvmod", "prt") and is_reporting_cue(tok.head))

    def _governing_cue(self, q: QuoteSpan) -> Token | None:
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return None
        for tok in span:
            if tok.is_punct or span.start <= tok.head.i < span.end:
                continue
            for anc in [tok.head, *tok.head.ancestors]:
                if self.outside(anc) and is_reporting_cue(anc):
                    # a parse across a paragraph break is no attribution (a headline's quote)
                    lo, hi = sorted((anc.idx, q.start))
                    return anc if "\n" not in self.text[lo:hi] else None
            break
        return None

    def _nearby_cue(self, q: QuoteSpan) -> Token | None:
        first, last = self.sentence_at(q.start), self.sentence_at(max(q.start, q.end - 1))
        para_start = self.text.rfind("\n", 0, q.open_at) + 1
        para_end = self.text.find("\n", q.end)
        para_end = len(self.text) if para_end < 0 else para_end
        candidates = [t for t in self.doc[first.start: last.end]
                      if para_start <= t.idx < para_end and self.outside(t) and is_reporting_cue(t)]
        if not candidates:
            return None
        return min(candidates, key=lambda t: min(abs(t.idx - q.open_at), abs(t.idx - (q.close_at or q.end))))

    def _cue_after(self, q: QuoteSpan) -> Token | None:
        """"…?’” Renteria told reporters": a cue within the few words after the closing mark,
        in the same paragraph, when the parser put them in a sentence of their own; never after a
        quotation that ends with a full stop, which ends its sentence."""
        if q.close_at is None:
            return None
        last = q.close_at - 1  # the last character before the closing mark, spaces passed over
        while last >= 0 and self.text[last].isspace():
            last -= 1
        if last >= 0 and self.text[last] == ".":
            return None  # "… but a question of when.” Authorities said …": the quotation ended its sentence
        span = self.doc.char_span(q.close_at, q.close_at + 1, alignment_mode="expand")
        if span is None:
            return None
        for t in self.doc[span.end: min(len(self.doc), span.end + 6)]:
            if "\n" in t.text or t.is_quote or t.text in ".!?":
                return None
            if self.outside(t) and is_reporting_cue(t):
                return t
        return None

    def _colon_header(self, q: QuoteSpan) -> Token | None:
        """"Healey said: ..." or a header line "And from Chairwoman Lee:" before the quote."""
        before = self.text[:q.open_at].rstrip()
        if not before.endswith(":"):
            return None
        line_start = before.rfind("\n") + 1
        line = self.doc.char_span(line_start, len(before), alignment_mode="expand")
        toks = [t for t in line if self.outside(t)] if line is not None else []
        cues = [t for t in toks if is_reporting_cue(t)]
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
        if before[-1].tag_ in ("POS", "PRP$") or before[-1].lower_ in ("’s", "'s", "on", "in", "at", "from"):
            return True
        if before[-1].text in ("’", "'") and len(before) > 1 and before[-2].lower_.endswith("s"):
            return True  # Fox News’ “Sunday Morning Futures”: a possessive plural
        # “This Week” program, the “Crossroads” summit: the name of a work or an event
        after = self.doc.char_span(q.close_at + 1, min(len(self.text), q.close_at + 30), alignment_mode="expand") \
            if q.close_at is not None else None
        nxt = next((t for t in after or () if not t.is_space and not t.is_punct), None)
        return nxt is not None and nxt.lemma_.lower() in _WORK_NOUNS

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
                if header is not None and is_reporting_cue(header):
                    cue = header
                elif header is not None:
                    subj, rule = header, "header"
            if cue is None and subj is None:
                subj = self._dash(q)
                rule = "dash" if subj is not None else rule
            if cue is not None:
                subj = subject_of(cue)
                if subj is not None and not self.outside(subj):
                    # “… Sen. John McCain,” Trump said: a subject inside the quotation is no speaker
                    subj = self._noun_before(cue)
            speaker = speaker_of(subj, self.actors)
            cue_start = cue_end = None
            if cue is not None:
                cue_start, cue_end = cue_phrase(cue)
            # no cue, or "…," he continued with "he" unresolved: the previous speaker goes on
            pronoun = cue is not None and subj is not None and subj.lower_ in ("he", "she")
            if speaker is None and previous is not None and previous.speaker is not None and (cue is None or pronoun) \
                    and (not pronoun or self.actors.gender_agrees(previous.speaker.actor_id, subj.lower_)):
                gap = self.text[previous.end: q.open_at]
                if gap.count("\n") <= 2:
                    speaker = previous.speaker
                    if pronoun:  # the words that name the speaker here are the pronoun
                        speaker = mentioned_at(speaker, subj)
                    rule = rule if pronoun else "continuation"
            if cue is None and speaker is None and rule == "cue":
                rule = None  # nothing found: no rule to name
            sent = self.sentence_at(q.start)
            kind = self._kind(q)
            if kind == "partial" and cue is not None:
                self.partial_cues.add(cue.i)
            quote = Quote(text=self.text[q.start:q.end], start=q.start, end=q.end, kind=kind,
                          cue=self.text[cue_start:cue_end] if cue_start is not None else None,
                          cue_start=cue_start, cue_end=cue_end, speaker=speaker,
                          sentence_start=sent.start_char, sentence_end=sent.end_char, rule=rule,
                          **unresolved_source(subj if cue is not None else None, speaker))
            pairs.append((q, quote))
            previous = quote
        return link_paragraphs(pairs, join_pieces(self.text, pairs))


def attribute(doc: Doc, actors: ActorIndex, spans: list[QuoteSpan]) -> list[Quote]:
    """All quotes of ``doc`` (direct, partial and indirect) in text order, each with its cue,
    speaker (``None`` when nobody can be named) and attribution number."""
    attributor = Attributor(doc, actors, spans)
    direct = attributor.direct_and_partial()
    indirect = IndirectFinder(attributor, attributor.partial_cues).find()
    labelled = transcript_quotes(attributor.text, actors)
    first_line_end = attributor.text.find("\n")
    if not any(q.start < first_line_end for q in labelled):  # a transcript label already read the headline
        labelled += headline_quotes(attributor.text, actors)
    quotes = direct + indirect + labelled
    quotes = _run_into_partials(attributor.text, quotes)
    quotes.sort(key=lambda q: (q.start, q.end))
    quotes = preceding_speakers(doc, attributor.text, actors, quotes)
    quoted = share_speakers(group_attributions(attributor.text, _without_nested_stance(quotes)))
    return _inside_reported(_coordinated_partials(attributor.text, quoted))


def _inside_reported(quotes: list[Quote]) -> list[Quote]:
    """A partial quote left without a speaker inside the content of an indirect quote with one
    is that speaker's words: 'Exantus said several police “technical services” had confirmed the
    identity' (the parser gave the partial the cue "confirmed", whose subject names no one)."""
    out = []
    for q in quotes:
        if q.kind == "partial" and q.speaker is None:
            outer = next((o for o in quotes if o.kind == "indirect" and o.speaker is not None
                          and o.start <= q.start and q.end <= o.end + 1), None)
            if outer is not None:
                q = replace(q, speaker=outer.speaker, cue=outer.cue, cue_start=outer.cue_start,
                            cue_end=outer.cue_end, rule="inside", attribution=outer.attribution)
        out.append(q)
    return out


_COORDINATED = re.compile(rf"[{re.escape(ALL_MARKS)}]?\s*(?:,|,?\s*and|,?\s*or)\s*[{re.escape(ALL_MARKS)}]?")


def _coordinated_partials(text: str, quotes: list[Quote]) -> list[Quote]:
    """A partial quote with no speaker joined to the partial quote before it by "and", "or" or a
    comma only takes its cue and speaker: 'conditions that Gallagher characterized as “inhumane
    and degrading” and “a violation of international standards.”' is one attribution."""
    out: list[Quote] = []
    for q in quotes:
        prev = next((o for o in reversed(out) if o.kind == "partial" and o.end <= q.start), None)
        if q.kind == "partial" and q.speaker is None and prev is not None and prev.speaker is not None \
                and prev.sentence_start == q.sentence_start and _COORDINATED.fullmatch(text[prev.end:q.start]):
            q = replace(q, speaker=prev.speaker, cue=prev.cue, cue_start=prev.cue_start, cue_end=prev.cue_end,
                        rule="joined", attribution=prev.attribution)
        out.append(q)
    return out


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
