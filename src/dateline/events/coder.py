"""Rule-based PLOVER event coding from the dependency parse.

For each trigger (a verb of :data:`VERBS`, or a light verb with an event noun as object:
"sent a new £150m military aid package") the coder takes the actor from the subject (climbing
from infinitives and coordinated verbs to the clause that has one), the recipient from the
object or a prepositional object, and applies the PLOVER manual's conventions:

- compound actors stay one event with a list ("Trump and Putin agreed"; manual section
  "Compound and Reciprocal Actors"), and meetings list every party as actor with no recipient;
- auxiliary modes (manual section "Auxiliary modes"): ``negated`` ("did not"),
  ``hypothetical`` (might/could/may, "if", feared events), ``future`` (will, would in
  reported speech, "plans to"), ``historical`` (dated a month or more before publication);
- future cooperation is AGREE ("they would meet in Saudi Arabia"; CAMEO 036);
- a reported obligation ("He added that European nations have to provide ...") is a REQUEST
  from the speaker to the subject of the obligation.
"""
from __future__ import annotations

from datetime import date

from ..nlp.sentences import sentence
from spacy.tokens import Doc, Token

from ..actors.coref import ActorIndex
from ..records import Actor, Amount, DateValue, Event, Place
from .lexicon import AID_MODES, CAMEO_CONTEXT, COOPERATIVE, DIRECTED, LIGHT_VERBS, NOUNS, PROMISE_VERBS, VERBS, Trigger

_SUBJ = {"nsubj", "nsubjpass"}
_EVENT_CLIMB = {"xcomp", "conj", "advcl"}
_HYPOTHETICAL_MODALS = {"might", "could", "may"}
_FEAR_WORDS = {"fear", "worry", "concern", "risk", "possibility", "danger", "threat", "prospect", "whether", "if",
               "unless", "suppose", "imagine"}
_FUTURE_HEADS = {"plan", "intend", "expect", "set", "schedule", "prepare", "aim", "hope", "want", "seek"}
_OBLIGATION = {"must", "should"}
_RECIPIENT_PREPS = {"to", "with", "against", "on", "from", "for", "at"}
_PLACE_PREPS = {"in", "at", "near", "across", "inside", "outside", "around", "throughout", "within"}
_DEAL_WORDS = {"deal", "agreement", "accord", "bargain", "compromise"}
#: Verbs of force that news also uses for words: "attacked the proclamation" is ACCUSE
#: (CAMEO 111 criticize or denounce), "attacked a convoy" is ASSAULT.
_VERBAL_ATTACKS = {"attack", "strike", "hit", "slam", "blast"}
_PHYSICAL_TARGETS = {
    "base", "village", "town", "city", "convoy", "troop", "force", "position", "building", "hospital", "school",
    "ship", "vessel", "plane", "aircraft", "camp", "embassy", "police", "soldier", "civilian", "protester",
    "people", "infrastructure", "facility", "station", "plant", "port", "airport", "bridge", "border", "area",
    "region", "territory", "home", "house", "church", "mosque", "market", "checkpoint", "target", "tank", "car",
    "vehicle", "bus", "train", "office", "headquarters", "compound", "outpost", "residence", "man", "woman", "child",
}
#: An event dated this many days or more before publication is historical.
HISTORICAL_DAYS = 30


def _historical(dated: DateValue, published: date | None) -> bool:
    """Whether a dated event lies at least :data:`HISTORICAL_DAYS` before publication.

    Year and month precision count from the end of the period ("February 2022" ends on
    2022-02-28); ``before`` relations ("pre-2014") are historical when the year has passed.
    """
    if not dated.value or published is None:
        return False
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
        return False
    return (published - last).days >= HISTORICAL_DAYS


def _refs(actors: list[Actor]):
    return [a.ref() for a in actors]


class EventCoder:
    """Codes the events of one parsed article."""

    def __init__(self, doc: Doc, actors: ActorIndex, dates: list[DateValue], places: list[Place],
                 amounts: list[Amount], published: date | None, quote_speakers: dict[int, list[Actor]]) -> None:
        self.doc, self.actors, self.published = doc, actors, published
        self.dates, self.places, self.amounts = dates, places, amounts
        self.quote_speakers = quote_speakers  # cue token index -> speaker actors
        self._verb_of_date: dict[int, int | None] = {}

    # -- parts of an event ------------------------------------------------------------------
    def _actor(self, trigger: Token) -> list[Actor]:
        tok = trigger
        for _ in range(4):
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj:
                return self.actors.at(subj[0])
            if any(c.dep_ == "nsubjpass" for c in tok.children):
                # passive: the actor is the agent ("was attacked by Russia"), or nobody
                agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                return self.actors.at(agents[0]) if agents else []
            if tok.dep_ == "xcomp":  # object control: "pressure Ukraine to cede"
                obj = [c for c in tok.head.children if c.dep_ == "dobj"]
                if obj and self.actors.at(obj[0]):
                    return self.actors.at(obj[0])
            if tok.dep_ not in _EVENT_CLIMB or tok.head.i == tok.i:
                return []
            tok = tok.head
        return []

    def _in_subtree(self, tok: Token) -> list[Actor]:
        found: list[Actor] = []
        for t in tok.subtree:
            for a in self.actors.at(t):
                if a not in found:
                    found.append(a)
        return found

    def _recipient(self, trigger: Token, noun: Token | None) -> list[Actor]:
        heads = [noun, trigger] if noun is not None else [trigger]
        for child in trigger.children:  # the patient of a passive: "Ukraine was attacked"
            if child.dep_ == "nsubjpass" and (noun is None or child.i != noun.i) and self.actors.at(child):
                return self.actors.at(child)
        for head in heads:
            for child in head.children:
                if child.dep_ in ("dobj", "dative") and (noun is None or child.i != noun.i):
                    found = self.actors.at(child) or self._in_subtree(child)
                    if found:
                        return found
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS:
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        found = self.actors.at(pobj) or self._in_subtree(pobj)
                        if found:
                            return found
        return []

    def _implicit_recipient(self, trigger: Token, actor: list[Actor]) -> list[Actor]:
        """The nearest state in the sentence that is not on the actor's side ("Putin invaded")."""
        best, distance = None, None
        countries = {a.country for a in actor}
        for tok in sentence(trigger):
            if tok.head.dep_ == "prep" and tok.head.lower_ in _PLACE_PREPS:
                continue  # "in London" is where, not whom
            for a in self.actors.at(tok):
                if a.kind == "state" and a.country not in countries and a not in actor:
                    d = abs(tok.i - trigger.i)
                    if distance is None or d < distance:
                        best, distance = a, d
        return [best] if best else []

    def _aux(self, trigger: Token) -> list[str]:
        aux: list[str] = []
        chain = [trigger]
        tok = trigger
        while tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
            tok = tok.head
            chain.append(tok)
        words = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "neg", "mark", "advmod")}
        if any(c.dep_ == "neg" for t in chain for c in t.children) or "never" in words:
            aux.append("negated")
        ancestors = {a.lemma_.lower() for a in trigger.ancestors}
        if words & _HYPOTHETICAL_MODALS or words & {"if", "unless"} or ancestors & _FEAR_WORDS:
            aux.append("hypothetical")
        elif words & {"will", "shall", "would", "'ll"} or any(t.lemma_.lower() in _FUTURE_HEADS for t in chain[1:]):
            aux.append("future")
        return aux

    def _span_within(self, tok: Token, items):
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        return [x for x in items if lo <= x.start and x.end <= hi]

    def _date(self, trigger: Token) -> DateValue | None:
        """The time expression attached to this trigger, or the one free expression of its sentence."""
        sent = sentence(trigger)
        in_sent = [d for d in self.dates if sent.start_char <= d.start < sent.end_char and d.value]
        own = [d for d in in_sent if self._date_verb(d) == trigger.i]
        if own:
            return own[0]
        free = [d for d in in_sent if self._date_verb(d) is None]
        return free[0] if len(free) == 1 and len(in_sent) == 1 else None

    def _date_verb(self, dated: DateValue) -> int | None:
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
            if anc.lemma_.lower() in VERBS or anc.lemma_.lower() in LIGHT_VERBS:
                return anc
        return None

    def _location(self, trigger: Token) -> Place | None:
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "on"):
                found = self._span_within(child, self.places)
                if found:
                    return found[0]
        return None

    # -- coding ----------------------------------------------------------------------------
    def _trigger(self, tok: Token) -> tuple[Trigger, Token | None] | None:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB":
            return None
        if lemma in LIGHT_VERBS:
            for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
                noun = obj.lemma_.lower()
                if noun in NOUNS:
                    trig = NOUNS[noun]
                    if trig.type == "AID":
                        for t in obj.subtree:
                            if t.lemma_.lower() in AID_MODES:
                                mode, cameo = AID_MODES[t.lemma_.lower()]
                                trig = Trigger("AID", mode, cameo)
                                break
                    if lemma in PROMISE_VERBS and trig.type in COOPERATIVE:
                        trig = Trigger("AGREE", trig.mode, "033" if trig.type == "AID" else "030")
                    return trig, obj
        if lemma in VERBS:
            objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            if lemma == "strike" and objects & _DEAL_WORDS:
                return Trigger("AGREE", None, "030"), None  # "struck a deal"
            if lemma in ("fight", "strike") and not self._recipient(tok, None):
                return None  # "struck a more optimistic tone", "are fighting bravely"
            if lemma in _VERBAL_ATTACKS and self._verbal_object(tok):
                return Trigger("ACCUSE", "disapprove", "111"), None  # "attacked the proclamation"
            return VERBS[lemma], None
        return None

    def _verbal_object(self, tok: Token) -> bool:
        """Whether the object of "attack" is a statement or policy, not a target of force:
        a common noun that names no actor and no physical target."""
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            return obj.pos_ == "NOUN" and not self.actors.at(obj) and obj.lemma_.lower() not in _PHYSICAL_TARGETS
        return False

    def _obligation(self, tok: Token) -> Event | None:
        """"X have to / must provide ..." inside reported speech: REQUEST speaker -> X."""
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        has_to = tok.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for c in tok.children)
        modal = any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in tok.children)
        if not (has_to or modal) or tok.dep_ != "ccomp" or tok.head.i not in self.quote_speakers:
            return None
        subj = [c for c in tok.children if c.dep_ in _SUBJ]
        recipient = self.actors.at(subj[0]) if subj else []
        speaker = self.quote_speakers[tok.head.i]
        if not recipient or not speaker or set(map(id, recipient)) & set(map(id, speaker)):
            return None
        verb = next((c for c in tok.children if c.dep_ == "xcomp"), tok)
        mode = "assist" if verb.lemma_.lower() in ("provide", "give", "pay", "fund", "send", "supply") else None
        return self._event(Trigger("REQUEST", mode, "020"), tok, speaker, recipient, [], "obligation-in-reported-speech", 0.6)

    def _event(self, trig: Trigger, tok: Token, actor, recipient, aux, rule, confidence, noun=None) -> Event:
        sent = sentence(tok)
        dated = self._date(tok)
        event_type, cameo = trig.type, trig.cameo
        if "future" in aux and event_type in COOPERATIVE:
            event_type, cameo = "AGREE", ("036" if trig.type == "CONSULT" else "030")
        if dated and "future" not in aux and _historical(dated, self.published):
            aux = aux + ["historical"]
        amount = None
        if event_type in ("AID", "AGREE", "SANCTION"):
            found = self._span_within(noun if noun is not None else tok, self.amounts)
            amount = found[0] if found else None
        words = tok.text if noun is None else f"{tok.text} … {noun.text}"
        return Event(type=event_type, start=sent.start_char, end=sent.end_char, trigger=words,
                     trigger_start=tok.idx, trigger_end=(noun or tok).idx + len(noun or tok),
                     actor=_refs(actor), recipient=_refs(recipient), mode=trig.mode, aux=aux,
                     context=list(CAMEO_CONTEXT.get(cameo, ())),
                     date=dated.value if dated else None, date_relation=dated.relation if dated else None,
                     location=self._location(tok), amount=amount, cameo=cameo, confidence=confidence, rule=rule)

    def code(self) -> list[Event]:
        events: list[Event] = []
        for tok in self.doc:
            found = self._trigger(tok)
            if found is None:
                obligation = self._obligation(tok)
                if obligation is not None:
                    events.append(obligation)
                continue
            trig, noun = found
            actor = self._actor(tok)
            if not actor:
                continue
            recipient = self._recipient(tok, noun)
            rule, confidence = f"verb:{tok.lemma_.lower()}", 0.7
            if noun is not None:
                rule = f"light-verb:{tok.lemma_.lower()}+{noun.lemma_.lower()}"
            if trig.type == "CONSULT":  # reciprocal: every party is an actor (manual section 3.2)
                actor = actor + [a for a in recipient if a not in actor]
                recipient = []
            recipient = [a for a in recipient if a not in actor]
            if not recipient and trig.type in DIRECTED:
                recipient = self._implicit_recipient(tok, actor)
                if recipient:
                    rule, confidence = rule + "+implicit-recipient", 0.5
            events.append(self._event(trig, tok, actor, recipient, self._aux(tok), rule, confidence, noun))
        return _merge(events)


def _merge(events: list[Event]) -> list[Event]:
    """One event per sentence, type, actor and recipient set; the richer record wins."""
    kept: dict[tuple, Event] = {}
    for e in events:
        key = (e.start, e.type, tuple(sorted(a.name for a in e.actor)), tuple(sorted(a.name for a in e.recipient)),
               tuple(sorted(e.aux)))
        old = kept.get(key)
        if old is None:
            kept[key] = e
        else:
            old.location = old.location or e.location
            old.amount = old.amount or e.amount
            old.date = old.date or e.date
    return list(kept.values())
