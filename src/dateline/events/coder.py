"""PLOVER event coding: candidates from the parse, decided by the event model.

:class:`~dateline.events.candidates.CandidateFinder` proposes every predicate with its parties
(verbs in every voice, event nouns) and :class:`~dateline.events.statements.StatementFinder`
every attributed statement; :mod:`dateline.events.model` gives
each a PLOVER type or ``NONE`` with a probability (the event's ``confidence``). The coder then
applies the PLOVER manual's conventions:

- compound actors stay one event with a list ("Trump and Putin agreed"; manual section
  "Compound and Reciprocal Actors"), and meetings list every party as actor with no recipient;
- auxiliary modes (manual section "Auxiliary modes"): ``negated`` ("did not"),
  ``hypothetical`` (might/could/may, "if", feared events), ``future`` (will, would in
  reported speech, "plans to"), ``historical`` (dated a month or more before publication);
- future cooperation is AGREE ("they would meet in Saudi Arabia"; CAMEO 036);
- force used in a state acts on it: an ASSAULT or COERCE event with no recipient takes the
  state of its location ("rebels attacked villages" in a story set in the C.A.R.);
- mode and CAMEO code come from the trigger lexicon where its entry has the predicted type,
  else the type's root code in the OEDA crosswalk (``CAMEO2PLOVER-2021.txt``).
"""
from __future__ import annotations

import bisect
import re
from datetime import date

from spacy.tokens import Doc, Token

from ..actors.coref import ActorIndex
from ..actors.countries import country_table
from ..nlp.sentences import doc_text, sentence, sentence_starts
from ..records import Actor, ActorRef, Amount, DateValue, Event, Place, Quote
from .candidates import Candidate, CandidateFinder, on_the_phone
from .features import features, phrasal_trigger, verb_trigger
from .lexicon import AID_MODES, CAMEO_CONTEXT, COOPERATIVE, DIRECTED, LIGHT_VERBS, NOUNS, VERBS, Trigger
from .evidence import (UNSUPPORTED_THRESHOLD, accompanies, bare_process, blames, force_unnamed, names_the_act,
                       noun_unnamed, ordinary, releases_a_thing, unsupported, voices_a_feeling)
from .model import NONE, EventModel, default_model
from .mutual import cooperation_code
from .parties import Parties, side
from .predicates import MOVING
from .refine import (VERBAL_ATTACKS, WITHDRAWALS, conditional_threat, refined_type, refuses, reports_own_act,
                     withdrawal_trigger)
from .modality import CONSIDERED, modality
from .scene import Scene, historical, same_occasion
from .merging import answers, merge, restatements
from .statements import StatementFinder, characterises

#: CAMEO code of each type where the lexicon has none for the trigger: the type's root in the
#: OEDA crosswalk (ACCUSE: 111 criticize or denounce, the crosswalk's commonest ACCUSE code).
ROOT_CAMEO = {"AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
              "CONCEDE": "080", "RETREAT": "084", "REQUEST": "100", "ACCUSE": "111", "REJECT": "120",
              "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170",
              "ASSAULT": "190"}
ROOT_MODES = {"ACCUSE": "disapprove"}
#: The first line break after text: paragraphs are counted by these.
_PARAGRAPH_BREAK = re.compile(r"(?<!\n)\n")
#: Statements are events when they act toward someone (VOA annotation guidelines); these types
#: need no target: an intent (AGREE), a demand or appeal to all (REQUEST), a refusal (REJECT).
UNTARGETED = frozenset({"AGREE", "REQUEST", "REJECT"})
#: Types a verb codes by being said ("propose", "demand", "reject"): its lexicon type stands over
#: the event noun it governs ("proposed a ceasefire", "demanded sanctions") and as a statement's
#: cue ("called for a security arrangement with the United States" is a demand, whatever its
#: content), and otherwise when the model gives it at least :data:`SPEECH_ACT_SHARE` of its
#: likeliest type's probability.
SPEECH_ACTS = frozenset({"AGREE", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "SUPPORT"})
SPEECH_ACT_SHARE = 0.5
#: Verbal acts: like statements, dated on the story's day unless dated in their own sentence
#: ("In 2024, the BLA ... killed nearly 400 people. Pakistani officials blamed archrival India").
_SAID = {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}
#: Acts of force and material acts: an event even when a whole quoted sentence tells it.
_MATERIAL = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "RETREAT"}
_PLACE_PREPS = {"in", "at", "near", "across", "inside", "outside", "around", "throughout", "within"}


def _refs(actors: list[Actor]):
    """The events' references to ``actors``, each grouping with member rows in the gazetteer
    followed by its member states ("G7 diplomats urged Russia": the G7 and its seven members, as
    the VOA annotation codes the G7's meetings and statements)."""
    refs = [a.ref() for a in actors]
    table = country_table()
    for code in [r.country for r in refs if r.country in table.members]:
        refs += [ActorRef(table.name_of(m) or m, m, "GOV") for m in table.members[code]
                 if all(r.country != m for r in refs)]
    return refs


class EventCoder:
    """Codes the events of one parsed article.

    Args:
        doc: the parsed article.
        actors: its resolved actors (states found as event parties are added to it).
        dates, places, amounts: its normalised expressions (character offsets into the text).
        published: the publication date (relative and historical dates), or None.
        quotes: its attributed quotes (statements become candidates).
        model: the event model (default: the packaged one, :func:`~dateline.events.model.default_model`).
    """

    def __init__(self, doc: Doc, actors: ActorIndex, dates: list[DateValue], places: list[Place],
                 amounts: list[Amount], published: date | None, quotes: list[Quote],
                 model: EventModel | None = None) -> None:
        self.doc, self.actors, self.published = doc, actors, published
        self.dates, self.places, self.amounts = dates, places, amounts
        self.scene = Scene(doc, dates, places)
        self.quotes = quotes
        self._model = model
        self.parties = Parties(actors, places, quotes=quotes)
        self._breaks: list[int] | None = None

    def _sides(self, actor: list[Actor]) -> set[str | None]:
        """The sides of ``actor`` (:func:`~dateline.events.parties.side`) with the member states of
        a grouping that acts through its members ("G7 diplomats gathered in Quebec": Canada too)."""
        own = {side(a) for a in actor}
        return own | {m for code in own if code for m in self.parties.table.members.get(code, ())}

    def _implicit_recipient(self, trigger: Token, actor: list[Actor]) -> list[Actor]:
        """The nearest state in the sentence that is not on the actor's side ("Putin invaded")."""
        best, distance = None, None
        countries = self._sides(actor)
        for tok in sentence(trigger):
            if tok.head.dep_ == "prep" and tok.head.lower_ in _PLACE_PREPS:
                continue  # "in London" is where, not whom
            for a in self.actors.at(tok):
                if a.kind == "state" and a.country not in countries and a not in actor:
                    d = abs(tok.i - trigger.i)
                    if distance is None or d < distance:
                        best, distance = a, d
        return [best] if best else []

    def _event(self, trig: Trigger, tok: Token, actor, recipient, aux, rule, confidence, noun=None,
               span: tuple[int, int] | None = None, carry: bool = True, quoted: tuple[int, int] | None = None) -> Event:
        sent = sentence(tok)
        start, end = span or (sent.start_char, sent.end_char)
        dated = self.scene.event_date(tok, aux, self.published, carry=carry, quoted=quoted)
        event_type, cameo = trig.type, trig.cameo
        if "future" in aux and event_type == "RETREAT":
            # "announced ... would withdraw troops" is RETREAT + FUTURE, coded CONCEDE (manual, RETREAT)
            event_type, cameo = "CONCEDE", "080"
        elif "future" in aux and event_type in COOPERATIVE:
            event_type, cameo = "AGREE", ("036" if trig.type == "CONSULT" else "030")
        if dated and "future" not in aux and historical(dated, self.published):
            aux = aux + ["historical"]
        amount = None
        if event_type in ("AID", "AGREE", "SANCTION"):
            found = self.scene.span_within(noun if noun is not None else tok, self.amounts)
            amount = found[0] if found else None
        first = tok if noun is None or tok.i < noun.i else noun
        last = tok if noun is None or noun.i < tok.i else noun
        words = doc_text(self.doc)[first.idx:last.idx + len(last)]  # "sent a new £150m military aid package"
        return Event(type=event_type, start=start, end=end, trigger=words,
                     trigger_start=first.idx, trigger_end=last.idx + len(last),
                     actor=_refs(actor), recipient=_refs(recipient), mode=trig.mode, aux=aux,
                     context=list(CAMEO_CONTEXT.get(cameo, ())),
                     date=dated.value if dated else None, date_relation=dated.relation if dated else None,
                     location=self.scene.location(tok, noun), amount=amount, cameo=cameo, confidence=confidence,
                     rule=rule)

    # -- coding ----------------------------------------------------------------------------
    def _trigger(self, cand: Candidate, event_type: str) -> Trigger:
        """Mode and CAMEO code of the predicted type: the lexicon's where its entry for the
        trigger (or its event noun) is of that type, else the type's root code."""
        lemma = cand.trigger.lemma_.lower()
        noun = cand.noun.lemma_.lower() if cand.noun is not None else None
        if event_type == "CONSULT" and cand.kind == "verb" and on_the_phone(cand.trigger):
            return Trigger("CONSULT", "phone", "040")  # "spoke by phone with", "told Trump in phone conversations"
        phrasal = phrasal_trigger(cand.trigger) if cand.kind == "verb" else None
        if phrasal is not None and phrasal.type == event_type:
            return phrasal  # "turned down", "cracked down on"
        for trig in (NOUNS.get(noun) if noun else None, VERBS.get(lemma) if cand.kind != "noun" else NOUNS.get(lemma)):
            if trig is not None and trig.type == event_type:
                if trig.type == "AID" and cand.noun is not None:
                    for t in cand.noun.subtree:
                        if t.lemma_.lower() in AID_MODES:
                            mode, cameo = AID_MODES[t.lemma_.lower()]
                            return Trigger("AID", mode, cameo)
                return trig
        if event_type == "ACCUSE" and lemma in VERBAL_ATTACKS:
            return Trigger("ACCUSE", "disapprove", "111")
        cooperation = cooperation_code(cand.trigger, cand.noun) if event_type == "COOPERATE" else None
        if cooperation is not None:
            return Trigger("COOPERATE", None, cooperation)  # information shared, a joint exercise
        if event_type == "SANCTION" and lemma in WITHDRAWALS:
            return withdrawal_trigger(cand)
        return Trigger(event_type, ROOT_MODES.get(event_type), ROOT_CAMEO[event_type])

    def candidates(self) -> list[tuple[Candidate, list[str]]]:
        """Every candidate of the article with its feature strings."""
        out = []
        finders = (CandidateFinder(self.doc, self.parties, self.quotes),
                   StatementFinder(self.doc, self.parties, self.quotes))
        for cand in (c for finder in finders for c in finder.find()):
            sides = {a.country for a in cand.actor if a.country}
            feats = features(cand.kind, cand.trigger, cand.noun, cand.actor_role, cand.recipient_role,
                             tuple(sorted({a.kind for a in cand.actor})),
                             tuple(sorted({a.kind for a in cand.recipient})), cand.content,
                             cand.quote.kind if cand.quote else None, self._paragraph(cand.trigger),
                             bool(sides & {a.country for a in cand.recipient}), cand.mention)
            out.append((cand, feats))
        return out

    def _quoted_claim(self, cand: Candidate, event_type: str) -> bool:
        """Whether a verb or noun candidate is told inside a whole quoted sentence and is coded
        as the speaker's statement instead: not a "we" act, nor a material act told by a verb
        ("“Airstrikes by the Somali army have killed 50 militants,” the statement said")."""
        if cand.kind == "statement" or cand.actor_role == "we" or (cand.kind == "verb" and event_type in _MATERIAL):
            return False
        return any(q.kind == "direct" and q.start <= cand.trigger.idx < q.end for q in self.quotes)

    def _paragraph(self, tok: Token) -> int:
        if self._breaks is None:
            self._breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(doc_text(self.doc))]
        return bisect.bisect_left(self._breaks, tok.idx)

    def code(self) -> list[Event]:
        """The article's events: each candidate the model gives a type with at least the
        threshold probability of its kind (:meth:`EventModel.threshold_for`), with modes, date,
        place and amount."""
        found = self.candidates()
        if not found:
            return []
        model = self._model or default_model()
        probs = model.predict([f for _, f in found])
        classes = model.classes
        events: list[Event] = []
        sentences: list[int] = []  # where each event's trigger sentence starts, for _merge
        triggers: list[Token] = []  # each event's trigger token and the persons among its actors
        people: list[set[str]] = []
        best_of = [max((i for i in range(len(classes)) if classes[i] != NONE), key=lambda i: p[i]) for p in probs]
        statement_best: dict[int, int] = {}  # one reading of each statement: its likeliest recipient
        for n, ((cand, _), p) in enumerate(zip(found, probs)):
            if cand.kind == "statement" and (cand.recipient or classes[best_of[n]] in UNTARGETED) \
                    and not _to_press(cand) and p[best_of[n]] >= _least(model, cand, classes[best_of[n]], 0.0):
                # ("told the Associated Press that …": read toward others; a reading below its type's own
                # threshold yields to the next)
                key = cand.quote.start
                if key not in statement_best or p[best_of[n]] > probs[statement_best[key]][best_of[statement_best[key]]]:
                    statement_best[key] = n
        for key, n in list(statement_best.items()):  # a reading toward no one yields to the same act
            if not found[n][0].recipient:              # toward someone ("have to provide": REQUEST of EUR)
                toward = [m for m, ((c, _), q) in enumerate(zip(found, probs)) if c.kind == "statement"
                          and c.recipient and c.quote.start == key and best_of[m] == best_of[n]
                          and q[best_of[m]] >= model.threshold_for("statement")]
                if toward:
                    statement_best[key] = max(toward, key=lambda m: probs[m][best_of[m]])
        keep = set(statement_best.values())
        # "“We called for Russia to reciprocate …,” the diplomats said": the speaker's own act, told
        # by its verb, is what the statement does; no second reading of the whole quote
        spoken = {q.start for n, ((cand, _), p) in enumerate(zip(found, probs)) if cand.kind == "verb"
                  and cand.actor_role == "we" and classes[best_of[n]] in SPEECH_ACTS
                  and p[best_of[n]] >= model.threshold_for("verb")
                  for q in self.quotes if q.start <= cand.trigger.idx < q.end}
        keep = {n for n in keep if found[n][0].quote.start not in spoken}
        # "Sánchez said … that he would urge the European Commission to reconsider …": the saying
        # is the urging; a statement holding the cue of the same speaker's other statement yields
        # (one toward someone, as a statement toward no one may still be dropped below)
        keep -= {n for n in keep for m in keep if m != n and found[m][0].recipient
                 and found[n][0].quote.start <= found[m][0].trigger.idx < found[n][0].quote.end
                 and probs[m][best_of[m]] >= model.threshold_for("statement")
                 and [a.id for a in found[m][0].actor] == [a.id for a in found[n][0].actor]}
        # "opened fire", "expand assistance": when the verb's candidate, which carries its event
        # noun, is an event, the noun read alone with the verb's subject tells the same act again
        governed = {cand.noun.i for n, ((cand, _), p) in enumerate(zip(found, probs))
                    if cand.kind == "verb" and cand.noun is not None and p[best_of[n]] >= model.threshold_for("verb")}
        for n, ((cand, _), p) in enumerate(zip(found, probs)):
            best, least = best_of[n], model.threshold_for(cand.kind)
            if cand.recipient_role == "phone":  # "told Trump in phone conversations": they talked
                best = classes.index("CONSULT")
                p = p.copy()
                p[best] = max(p[best], 1.0 - p[classes.index(NONE)], least)
            if p[best] < _least(model, cand, classes[best], least) or (cand.kind == "statement" and n not in keep):
                continue
            if cand.kind == "noun" and cand.trigger.i in governed and cand.actor_role.startswith("verb-"):
                continue
            if not any(a.country for a in cand.actor):
                continue  # an event needs an actor coded to a state or body (PLOVER actor conventions)
            if p[best] < UNSUPPORTED_THRESHOLD and unsupported(cand):
                continue  # no trigger word and no one acted on: the least evidence ("made", "extended")
            if ordinary(cand) or bare_process(cand) or releases_a_thing(cand) or voices_a_feeling(cand) \
                    or accompanies(cand):
                continue  # a verb of ordinary news ("need", "use"), "the election", "released a statement",
                # "shared concerns over China's expansion", "will join Mike Waltz for the talks"
            if self._quoted_claim(cand, classes[best]):
                continue  # told inside a whole quoted sentence: the speaker's claim, coded as the statement
            event_type = classes[best]
            if cand.kind == "statement" and not cand.recipient and \
                    (event_type not in UNTARGETED or not names_the_act(cand, event_type)):
                continue  # a statement is an event when it acts toward someone (VOA guidelines), or
                # names its act ("rejected the plan", "“We demand a ceasefire”")
            if cand.kind == "statement" and event_type == "CONSULT" and cand.recipient_role != "addressee":
                continue  # "told reporters": a statement, not a meeting
            if _to_press(cand):
                continue  # "told the Reuters news agency": the press hears a statement, it is not its party
            if cand.kind == "verb" and cand.noun is not None and cand.trigger.lemma_.lower() in LIGHT_VERBS \
                    and cand.noun.lemma_.lower() in NOUNS:  # "filed several requests": the noun names the act
                event_type = NOUNS[cand.noun.lemma_.lower()].type
            said = verb_trigger(cand.trigger) if cand.kind != "noun" else None
            said_type = said.type if said is not None else None
            if said_type in SPEECH_ACTS and said_type != event_type and said_type in classes and \
                    (cand.noun is not None or cand.kind == "statement"
                     or p[classes.index(said_type)] >= SPEECH_ACT_SHARE * p[best]):
                event_type = said_type  # "proposed a ceasefire": the proposal, not the ceasefire's concession
            event_type = refined_type(cand, event_type)
            if force_unnamed(cand, event_type, float(p[best])) or noun_unnamed(cand, float(p[best])):
                continue  # "negotiating to import eggs from Brazil": no word of force; "trade restrictions"
            if event_type == "COOPERATE" and not any(a.country for a in cand.recipient) and \
                    len({side(a) for a in cand.actor}) < 2:
                continue  # cooperation is with someone (manual, COOPERATE: "Requires recipient: Yes")
            if event_type == "RETREAT" and cand.recipient_role == "to" and \
                    {side(a) for a in cand.recipient} <= {side(a) for a in cand.actor}:
                continue  # "after Witkoff returns to Washington": going home retreats from no one
            if event_type == "ACCUSE" and reports_own_act(cand, self.parties):
                continue  # "the army said it had killed ...": its claim of the act, no accusation
            actor, recipient = list(cand.actor), list(cand.recipient)
            home = self.parties.story_country
            if home and recipient and all(a.kind == "person" and not a.country for a in recipient):
                # "determined that Zamora's detention is arbitrary": a person the story gives no
                # state is dealt with in the story's state (the VOA annotation: UN -> GTM)
                recipient.append(self.parties.state(home))
            rule = f"model:{cand.kind}:{cand.trigger.lemma_.lower()}"
            if event_type == "CONSULT" and (cand.recipient_role in ("in", "at", "near", "about", "on", "over") or
                                            cand.recipient_role in ("dobj", "dobj-in") and _topical(cand.trigger)):
                recipient = []  # "meet in Saudi Arabia", "discussed China's role": where or what, not with whom
            if event_type == "CONSULT":  # reciprocal: every party is an actor (manual section 3.2)
                actor, recipient = actor + [a for a in recipient if a not in actor], []
            lexicon = VERBS.get(cand.trigger.lemma_.lower()) if cand.kind == "verb" else None
            if not recipient and event_type in DIRECTED and lexicon is not None and lexicon.type == event_type:
                recipient = self._implicit_recipient(cand.trigger, actor)
                if recipient:
                    rule += "+implicit-recipient"
            if not recipient and (event_type in ("ASSAULT", "COERCE") or event_type == "MOBILIZE" and
                                  cand.trigger.lemma_.lower() in MOVING):  # force used or deployed in another
                # state acts on it ("forces of the UN mission have been deployed to protect civilians")
                where = self.scene.location(cand.trigger, cand.noun)
                if where is not None and where.country and where.country not in self._sides(actor):
                    recipient = [self.parties.state(where.country)]
                    rule += "+location-recipient"
            if not recipient and event_type == "AID":  # aid goes to someone (manual, AID: "Requires recipient:
                # Yes"): the people of the state it is given in ("distributed relief items to affected people
                # in Mulanje district", "rescued 190 passengers"), else of the story's state
                where = self.scene.location(cand.trigger, cand.noun)
                code = where.country if where is not None and where.country else self.parties.story_country
                if code:
                    recipient = [self.parties.state(code)]
                    rule += "+aid-recipient"
            aux = modality(cand.trigger)
            if event_type == "REJECT" and cand.kind == "verb" and refuses(cand):
                aux = [a for a in aux if a not in ("negated", "future")]  # "will not accept": refuses now
            head = cand.trigger.head
            if cand.kind == "noun" and cand.trigger.dep_ in ("dobj", "nsubjpass", "attr") and head.pos_ == "VERB" \
                    and cand.recipient_role != "answered":  # "ready to accept a U.S. proposal": it was made
                aux = sorted(set(aux) | set(modality(head)))  # "may impose sanctions": the sanctions may come
                if head.lemma_.lower() in CONSIDERED and "hypothetical" not in aux:  # "considering sanctions"
                    aux = sorted(aux + ["hypothetical"])
            if cand.actor_role.startswith("adjunct-"):  # "will join Mike Waltz for the Jeddah talks": the
                aux = sorted(set(aux) | set(modality(head.head)))  # talks are as future as the joining
            condition = conditional_threat(cand, event_type, aux)
            if condition is not None:  # "if Hamas does not release the hostages, Israel will resume the war"
                own = {side(a) for a in actor}
                subjects = [c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")]
                other = [a for s in subjects for a in self.parties.of(s) if side(a) not in own]
                if recipient or other:  # held out to someone: the other side must meet the condition
                    event_type, aux, rule = "THREATEN", [a for a in aux if a != "future"], rule + "+conditional"
                    recipient = recipient or other
            if event_type == "THREATEN" and not recipient and cand.trigger.lemma_.lower() != "threaten":
                continue  # a warning held out to no one is a forecast ("warned migration brings problems")
            if cand.kind == "statement" and event_type == "ACCUSE" and not blames(cand):
                continue  # a statement that blames no one is no accusation
            events.append(self._event(self._trigger(cand, event_type), cand.trigger, actor, recipient, aux, rule,
                                      round(float(p[best]), 3), cand.noun, (cand.start, cand.end),
                                      carry=cand.kind != "statement" and event_type not in _SAID,
                                      quoted=(cand.quote.start, cand.quote.end) if cand.kind == "statement" else None))
            sentences.append(sentence(cand.trigger).start_char)
            triggers.append(cand.trigger)
            people.append({a.id for a in actor if a.kind == "person"})
        starts = sentence_starts(self.doc)
        same_occasion(events, triggers, people, starts)  # "Abubakar said ..." after "... announced ... Tuesday"
        return restatements(merge(answers(events, sentences, starts), sentences))


def _least(model: EventModel, cand: Candidate, event_type: str, least: float) -> float:
    """The least probability for ``cand`` read as ``event_type``: ``least`` (its kind's), or more
    where the type has its own threshold ("statement:ACCUSE"), except for a characterisation,
    which names its act ("called Chinese subsidies “unbearable”": the cue's own object)."""
    return least if characterises(cand) else max(least, model.threshold_for(cand.kind, event_type))


def _to_press(cand: Candidate) -> bool:
    """Whether a statement's reading is toward those it was told to, all of them news media."""
    return cand.kind == "statement" and cand.recipient_role == "addressee" and bool(cand.recipient) and \
        all(a.sector == "MED" for a in cand.recipient)


def _topical(trigger) -> bool:
    """Whether a CONSULT verb's object is what is talked about ("discussed China's role")."""
    return trigger.lemma_.lower() in ("discuss", "debate", "consider", "review", "address")
