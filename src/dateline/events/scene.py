"""When and where an event happened: the time expression and the place of its trigger.

:class:`Scene` answers for one parsed article, from its normalised dates and places (character
offsets into its text): the date a trigger's event took place (:meth:`Scene.date`), the place
(:meth:`Scene.location`), and the expressions inside a phrase (:meth:`Scene.span_within`, also
used for amounts). News states the day and the scene once and then reports what happened on it
and there, so both fall back to what was named shortly before (VOA train stories).
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..nlp.sentences import doc_text, sentence
from ..records import DateValue, Place
from .candidates import EVENT_NOUNS

_LOCATIVE = {"in", "at", "on", "near"}
#: How many sentences back the scene of an event may have been named (within its paragraph;
#: chosen on the VOA train stories, whose paragraphs are not marked).
_SCENE_SENTENCES = 6
#: Verbs of going and sending: where the event happens is where they go ("visited Taiwan").
_MOVES = {"visit", "travel", "fly", "arrive", "go", "come", "return", "head", "send", "deploy", "dispatch"}
#: Clauses of their own: a place inside them is where something else happened.
_NESTED = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"}
#: A bare weekday ("on Wednesday"): a future event's is the coming one.
WEEKDAY = re.compile(r"(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
#: An event dated this many days or more before publication is historical.
HISTORICAL_DAYS = 30


def age_days(dated: DateValue, published: date | None) -> int | None:
    """Days from the end of the dated period to publication ("February 2022" ends on
    2022-02-28; a ``before`` relation, "pre-2014", from the year's start); None when unknown."""
    if not dated.value or published is None:
        return None
    value = dated.value
    try:
        if len(value) == 4:
            last = date(int(value), 12, 31) if dated.relation != "before" else date(int(value), 1, 1)
        elif len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            last = date(year + month // 12, month % 12 + 1, 1)
        else:
            last = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return (published - last).days


def historical(dated: DateValue, published: date | None) -> bool:
    """Whether a dated event lies at least :data:`HISTORICAL_DAYS` before publication; one dated
    from a start ("since February 1": relation ``after``) reaches to the present and is not."""
    if dated.relation == "after":
        return False
    age = age_days(dated, published)
    return age is not None and age >= HISTORICAL_DAYS

class Scene:
    """The dates and places of one article, looked up for event triggers.

    Args:
        doc: the parsed article.
        dates: its normalised time expressions; places: its places (character offsets); a place
            the gazetteer cannot put in a country is never an event's location.
    """

    def __init__(self, doc: Doc, dates: list[DateValue], places: list[Place]) -> None:
        self.doc, self.dates = doc, dates
        # a name the gazetteer cannot place ("the Eastern Mediterranean", a person spaCy took for a
        # place) is no event location: the next clue may place the event
        self._placed = [p for p in places if p.country]
        self._verb_of_date: dict[int, int | None] = {}
        self._locatives: dict[int, bool] = {}

    def span_within(self, tok: Token, items):
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        return [x for x in items if lo <= x.start and x.end <= hi]

    def date(self, trigger: Token, carry: bool = True, quoted: tuple[int, int] | None = None) -> DateValue | None:
        """When the event happened: the time expression attached to the trigger; else the one of
        its sentence closest to the trigger; else, when ``carry`` and unless the trigger is in the
        present or present perfect ("says", "has been fighting"), the last one earlier in its
        paragraph (news states the day once, then reports what happened on it); else None. A
        statement does not carry (``carry=False``): "“…,” Mujahid said" after a sentence about 2022
        was said on the story's day. A time expression inside ``quoted`` (a statement's content,
        offsets) that does not hang from the trigger dates what was said, not the saying ("“…
        what happens tomorrow will be key,” Rubio told reporters")."""
        sent = sentence(trigger)
        in_sent = [d for d in self.dates if sent.start_char <= d.start < sent.end_char and d.value]
        own = [d for d in in_sent if self.date_verb(d) == trigger.i]
        if own:
            return own[0]
        in_sent = [d for d in in_sent if not (quoted and quoted[0] <= d.start < quoted[1])
                   and d.relation != "before"]  # a bound of another verb ("delayed … until April 2") dates no other
        if trigger.tag_ in ("VBZ", "VBP"):  # "says", "accuses": the present of the story, its date
            return None
        if in_sent:
            return min(in_sent, key=lambda d: abs(d.start - trigger.idx))
        if not carry or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in trigger.children):
            return None  # "has been fighting", "have committed": the present of the story, not an earlier date
        text = doc_text(self.doc)
        para = text.rfind("\n", 0, sent.start_char) + 1
        earlier = [d for d in self.dates if para <= d.start < sent.start_char and d.value]
        return earlier[-1] if earlier else None

    def event_date(self, tok: Token, aux: list[str], published: date | None, carry: bool = True,
                   quoted: tuple[int, int] | None = None) -> DateValue | None:
        """The date of the event triggered by ``tok`` with auxiliary modes ``aux``: :meth:`date`,
        else the publication date (relation ``published``, as GDELT and POLECAT date events), with
        the tense of the event: a weekday ahead for a future event, the year before for a month
        ahead told in the past. None without either."""
        dated = self.date(tok, carry=carry, quoted=quoted)
        if published is None:
            return dated
        today = published.isoformat()
        if dated is None:
            return DateValue(text="", start=-1, end=-1, value=today, relation="published")
        if "future" in aux and WEEKDAY.fullmatch(dated.text.strip()) and dated.value and dated.value < today \
                and (verb := self.date_verb(dated)) is not None and verb in (tok.i, _governing_verb(tok)):
            # "is scheduled to travel to Canada on Wednesday": the coming Wednesday, not the last
            # ("On Tuesday, Rubio will join Mike Waltz for the Jeddah talks": the talks' verb's day)
            ahead = date.fromisoformat(dated.value) + timedelta(days=7)
            return DateValue(dated.text, dated.start, dated.end, ahead.isoformat(), dated.relation)
        if "future" not in aux and tok.tag_ in ("VBD", "VBN") and dated.relation != "before" and dated.value \
                and dated.value[:7] > today[:7]:  # (a bound ahead, "delayed the tariffs … until April 2", is ahead)
            if not re.search(r"\b\d{4}\b", dated.text):
                # "In April, the military removed Bashir" in a November story: the April before, told
                # in the past tense (the normaliser takes the nearer April, which is ahead)
                return DateValue(dated.text, dated.start, dated.end, _year_before(dated.value), dated.relation)
            if self.date_verb(dated) != tok.i:
                # "has vowed to make the region climate neutral by 2050": the target of what was
                # vowed, not when; the vow is dated by its story
                return DateValue(text="", start=-1, end=-1, value=today, relation="published")
        return dated

    def date_verb(self, dated: DateValue) -> int | None:
        """Token index of the trigger verb a time expression hangs from (cached per expression)."""
        if dated.start not in self._verb_of_date:
            verb = self._closest_verb(dated.start)
            self._verb_of_date[dated.start] = verb.i if verb is not None else None
        return self._verb_of_date[dated.start]

    def _closest_verb(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return None
        for anc in [span[0], *span[0].ancestors]:
            if anc.pos_ == "VERB" or (anc.pos_ == "NOUN" and anc.lemma_.lower() in EVENT_NOUNS):
                return anc
        return None

    def location(self, trigger: Token, noun: Token | None = None) -> Place | None:
        """Where the event happened: a place under a locative preposition ("in", "at", "on",
        "near") of the trigger or of its event noun ("carried out the airstrike at Baghdad
        International Airport"), else one under such a preposition anywhere in the trigger's
        clause outside its nested clauses ("killed Soleimani, head of Iran's Quds Force, in an
        airstrike near Baghdad"), then inside a participle or relative clause, and for a conjunct
        its first verb's place; for verbs of going and sending (:data:`_MOVES`) first the
        destination ("visited Taiwan", "travel to Canada"); else the last place named under a
        locative preposition earlier in the paragraph (the scene news names once: "ministers
        gathered in Paris Tuesday, … said …"; its offsets show where it was named); else None."""
        heads = [trigger] + ([noun] if noun is not None else [])
        places = self._placed
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in _LOCATIVE:
                    found = self.span_within(child, places)
                    if found:
                        return found[0]
        if trigger.lemma_.lower() in _MOVES:  # "visited Taiwan", "travel to Canada", "sent troops to the border"
            for child in trigger.children:
                if child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in ("to", "into")):
                    found = self.span_within(child, places)
                    if found:
                        return found[0]
        nested = {t.i for c in trigger.subtree if c.i != trigger.i and c.dep_ in _NESTED for t in c.subtree}
        # then a participle's or relative clause's place before an earlier sentence's ("ambushed a bus
        # transporting a paramilitary force in Kalat"); never a reported clause's (what was said) nor
        # another verb's
        preps = [t for t in trigger.subtree if t.dep_ == "prep" and t.lower_ in _LOCATIVE]
        for tok in (t for t in preps if t.i not in nested):
            found = self.span_within(tok, places)
            if found:
                return found[0]
        inner = [t for t in preps if t.i in nested]
        if inner:
            others = {t.i for c in trigger.subtree if c.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "csubj")
                      for t in c.subtree}
            for tok in (t for t in inner if t.i not in others):
                found = self.span_within(tok, places)
                if found:
                    return found[0]
        if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":  # "ambushed a bus in Kalat and killed 18"
            return self.location(trigger.head)
        # news names the scene once: "ministers gathered in Paris Tuesday. … Brekelmans said …"
        sent = sentence(trigger)
        para = max(doc_text(self.doc).rfind("\n", 0, sent.start_char) + 1, self._sentences_back(sent, _SCENE_SENTENCES))
        earlier = [p for p in places if para <= p.start < trigger.idx and self._locative(p)]
        return earlier[-1] if earlier else None

    def _sentences_back(self, sent, n: int) -> int:
        """Where the sentence ``n`` sentences before ``sent`` starts (character offset)."""
        start = sent.start
        for _ in range(n):
            if start == 0:
                break
            start = sentence(self.doc[start - 1]).start
        return self.doc[start].idx

    def _locative(self, place: Place) -> bool:
        """Whether ``place`` is the object of a locative preposition of a verb ("gathered in
        Paris", "clashed at the border"; not "the war in Ukraine"); cached per place."""
        if place.start not in self._locatives:
            self._locatives[place.start] = self._is_locative(place)
        return self._locatives[place.start]

    def _is_locative(self, place: Place) -> bool:
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        while head.dep_ in ("compound", "appos", "conj") and head.head.i != head.i:
            if head.dep_ == "compound" and head.head.pos_ != "PROPN":
                return False  # "on a Ukraine ceasefire deal": the place names the deal, not a scene
            head = head.head
        # the scene of an act ("gathered in Paris"), not where a thing named is ("the war in Ukraine")
        return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE and head.head.head.pos_ in ("VERB", "AUX")


#: How many sentences back a speaker's dated act may date a statement of theirs.
SAME_OCCASION_SENTENCES = 3


def _governing_verb(tok: Token) -> int | None:
    """Token index of the verb an event noun hangs from ("will join … for the talks"); None for a verb."""
    if tok.pos_ == "VERB":
        return None
    return next((a.i for a in tok.ancestors if a.pos_ == "VERB"), None)


def _year_before(value: str) -> str:
    """An ISO 8601 date, month or year (``YYYY[-MM[-DD]]``) a year earlier (29 February: the 28th)."""
    year, rest = int(value[:4]) - 1, value[4:]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{year:04d}{rest}"


def same_occasion(events: list, triggers: list[Token], people: list[set[str]], starts: list[int]) -> None:
    """Date, in place, each event told in the past tense that only has the story's publication
    date (a statement: "Abubakar said the initiative aims to ..."; statements take no date from
    earlier sentences, and an act none from outside its paragraph) with the
    date of the last act of the same person up to :data:`SAME_OCCASION_SENTENCES` sentences
    before it ("Nigerian Defense Minister Mohammed Badaru Abubakar announced ... Tuesday"): news
    names the occasion once, then reports what was said at it. ``events`` are
    :class:`~dateline.records.Event` objects, ``triggers`` their trigger tokens, ``people`` the
    ids of the persons among their actors (states and bodies speak on many occasions),
    ``starts`` the sentences' start offsets (:func:`~dateline.nlp.sentences.sentence_starts`)."""
    number = [bisect.bisect_right(starts, t.idx) for t in triggers]
    for n, event in enumerate(events):
        if event.date_relation != "published" or triggers[n].tag_ != "VBD":
            continue
        earlier = [m for m, prior in enumerate(events)
                   if 0 < number[n] - number[m] <= SAME_OCCASION_SENTENCES and prior.date
                   and prior.date_relation not in ("published", None) and people[n] & people[m]]
        if earlier:
            last = events[max(earlier, key=lambda m: triggers[m].i)]
            event.date, event.date_relation = last.date, last.date_relation
