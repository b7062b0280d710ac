"""Speakers: the token naming who speaks through a cue, and its :class:`Speaker` record.

The speaker is the cue's subject, climbing from participles and coordinated verbs to the clause
that has one ("adding that ..." takes the subject of "noted"), the name after the cue in inverted
order ("…," said Skelly), X in "according to X", the issuer of a document ("a statement which
said"); a dateline that opens the paragraph ("WASHINGTON (AP) —") is never the speaker. The
token is resolved to an actor by :mod:`dateline.actors.coref`.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.coref import ActorIndex
from ..actors.countries import country_table
from ..nlp.misparse import name_before
from ..nlp.sentences import doc_text, sentence
from ..records import Speaker
from .cues import NOMINAL, is_cue, lemma
from .descriptions import dateline_end, described
from .issuers import MEDIA, author, issuer_before

#: Clauses whose subject is the cue's (acomp: "Trump was quick to add that …").
_CLIMB_DEPS = {"advcl", "conj", "xcomp", "ccomp", "csubj", "pcomp", "acl", "relcl", "parataxis", "acomp"}
_RELATIVE = {"who", "that", "which", "whom"}
#: Verbs whose subject, not their object, does what their infinitive says ("promised voters to
#: ..."); after any other verb an object that names someone does ("led Republicans to say",
#: "urged him to warn"; not "spent more time mocking").
_SUBJECT_CONTROL = {"promise", "vow", "pledge", "threaten", "offer"}
#: Documents that "say" for whoever issued them: "a statement which said ...".
_DOCUMENTS = {"statement", "report", "letter", "response", "release", "communique", "communiqué", "post", "tweet",
              "document", "memo", "note", "notice", "filing"}

def _inverted_subject(cue: Token) -> Token | None:
    """"…," grumbled the union leader: the parser may take the speaker after the cue for its
    object; after a closing quotation mark and comma it is the speaker. A subject after the cue
    that is no person yields to the person named between them (the first word of the name)."""
    doc = cue.doc
    after = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i), None)
    if after is not None and after.ent_type_ != "PERSON":  # "said lecturer Soli Ozel of Istanbul's Kadir Has
        # University": the parser made the university the subject; the person named first speaks
        person = next((e for e in doc.ents if e.label_ == "PERSON" and cue.i < e.start and e.end <= after.i), None)
        if person is not None:  # its first word: the parser may hang its last on the body ("Ozel's")
            return person[0]
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or cue.i < 1 or cue.tag_ == "VBG":
        return None
    before = doc[cue.i - 1]
    # after the closing mark: “…,” said X / "…", said X (never "declaring it …")
    if not (before.is_quote or before.text == "," and cue.i > 1 and doc[cue.i - 2].is_quote):
        return None
    found = next((c for c in cue.rights if c.dep_ in ("dobj", "attr", "npadvmod")), None)
    if found is None and cue.i + 1 < len(doc):
        nxt = doc[cue.i + 1]  # "…," said Skelly: a name the tagger took for an adverb
        if nxt.head.i == cue.i and nxt.dep_ == "advmod" and nxt.is_title and nxt.pos_ in ("ADV", "PROPN"):
            found = nxt
    if found is None:  # "…,'' said Robin Maynard, half joking": the parser hung the name elsewhere
        run = []
        for t in doc[cue.i + 1: min(len(doc), cue.i + 10)]:
            hyphen = t.text == "-" and run and not run[-1].whitespace_  # "study co-author Professor Carl Lipo"
            modifier = t.dep_ in ("amod", "compound") and t.head.i > t.i  # "said retired neurosurgeon Ben Carson"
            if t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ") and not hyphen and not modifier and \
                    not (t.text == "." and run and run[-1].pos_ == "PROPN"):
                break
            run.append(t)
        nouns = [t for t in run if t.pos_ in ("PROPN", "NOUN")]
        found = nouns[-1] if nouns else None
    return found


def _same_paragraph(subj: Token | None, cue: Token) -> Token | None:
    """``subj``, or when ``subj`` is on a short line of its own before ``cue``'s (the parser
    joined a time stamp "12:15 p.m.:" to the next paragraph's sentence) the last noun before the
    cue after the line break that is no object of a preposition."""
    if subj is None or subj.i >= cue.i:
        return subj
    doc = cue.doc
    breaks = [t.i for t in doc[subj.i: cue.i] if "\n" in t.text]
    if not breaks:
        return subj
    line_start = next((t.i + 1 for t in reversed(doc[max(0, subj.i - 12): subj.i]) if "\n" in t.text), None)
    if (line_start is None or breaks[0] - line_start > 8) and "\n\n" not in doc_text(doc)[subj.idx: cue.idx]:
        return subj  # a short line (a time stamp, a heading) or a paragraph before is joined by mistake
    after = doc[breaks[-1] + 1: cue.i]
    verb = next((t.i for t in after if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")), cue.i)
    nouns = [t for t in doc[breaks[-1] + 1: verb] if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("pobj", "compound")
             and t.head.dep_ != "prep"]  # the subject comes before the paragraph's first verb
    return nouns[-1] if nouns else None


def subject_of(cue: Token) -> Token | None:
    """The token naming who speaks through ``cue``: its subject, the agent of a passive cue
    ("as reported by Reuters"), the subject of the clause a participle or coordinated verb
    hangs from, or X in "according to X"; never one in an earlier paragraph."""
    return _same_paragraph(_subject_of(cue), cue)


def _subject_of(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        for to in (c for c in cue.children if c.lower_ == "to"):
            pobj = [c for c in to.children if c.dep_ == "pobj"]
            if pobj:
                return pobj[0]
        return None
    for agent in (c for c in cue.children if c.dep_ == "agent"):  # "as reported by Reuters", "was told by X"
        pobj = [c for c in agent.children if c.dep_ == "pobj"]
        if pobj:
            return pobj[0]
    inverted = _inverted_subject(cue)
    if inverted is not None:
        return inverted
    misparsed = _misparsed_subject(cue)
    if misparsed is not None:
        return misparsed
    tok = _participle_clause(cue)
    for _ in range(5):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "said study co-author Carl Lipo": three subjects, the name first; "Speaking in Salem, New
        # Hampshire, Trump went": a place or a date the parser also took for a subject comes last
        subj.sort(key=lambda c: (c.pos_ != "PROPN", c.ent_type_ in _NOT_SPEAKERS, abs(c.i - tok.i)))
        if subj and subj[0].ent_type_ in ("DATE", "TIME"):
            named = _name_between(subj[0], tok)  # "Saturday at the convention Sen. Warren said"
            if named is not None:
                return named
        if subj:
            if subj[0].lower_ in _RELATIVE and tok.dep_ == "relcl":
                if tok.head.lemma_.lower() in _DOCUMENTS and tok.head.head.i != tok.head.i:
                    tok = tok.head.head  # "They released a statement which said": the issuer speaks
                    continue
                return subj[0]  # "Barkley, who said …": the relative pronoun, resolved by speaker_of
            if subj[0].pos_ == "NOUN":  # "Trump, in an interview with Fox News’ … show, dodged": the
                # name set off by commas, parsed loose, is the subject; the noun a misparse
                loose = [c for c in tok.children if c.dep_ in ("dep", "npadvmod", "intj") and c.is_title
                         and c.pos_ in ("PROPN", "INTJ")  # a name, not "Sure," or "Offstage,"
                         and c.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL")
                         and c.i < subj[0].i and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ","]
                if loose:
                    return loose[0]
            return subj[0]
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() not in _SUBJECT_CONTROL:
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i
                        and (c.pos_ == "PROPN" or c.tag_ == "PRP" or c.ent_type_ in ("PERSON", "NORP", "ORG"))), None)
            if obj is not None:
                return obj  # "the timing led Republicans to say that ...": the object says it
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "After suggesting ..., Mr. Rubio": the clause the phrase is in
            continue
        if (tok.dep_ == "acl" and tok.head.lemma_.lower() in _DOCUMENTS and tok.head.dep_ == "dobj"
                and tok.head.head.pos_ in ("VERB", "AUX")):
            tok = tok.head.head  # "Trump issued a statement saying ...": the issuer speaks
            continue
        if tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
            tok = tok.head.head  # "celebrated with supporters, declaring ...": set off by a comma
            continue
        if (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i
                and not tok.doc[tok.i - 1].is_punct):
            return tok.head  # "criticism from legal experts arguing that …": the experts argue
        if (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.head.i < tok.i
                and tok.head.pos_ == "PROPN" and tok.head.dep_ == "ROOT"):
            return tok.head  # "…,” Nate Silver, the polling guru, tweeted: a subject taken for the root
        if tok.i == cue.i and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and is_cue(tok.head.head):
            tok = tok.head.head  # "X says the goal is “…,” but conceded that …": X concedes
            continue
        stray = _stray_subject(tok)
        if stray is not None:
            return stray
        if tok.dep_ not in _CLIMB_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _stray_subject(verb: Token) -> Token | None:
    """The name right before a coordinated verb without a subject, which the parser hung
    elsewhere: "prosecutors charged the officer with murder and Emanuel fired his police
    chief" (Emanuel taken as a second object of "with")."""
    name = name_before(verb) if verb.dep_ == "conj" else None
    if name is None:
        return None
    doc = verb.doc
    start = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == name.ent_type_:
        start -= 1
    return name if start > 0 and doc[start - 1].lower_ in ("and", "but", ",") else None


#: Entity types of a subject that is a place or a time, which a person beside it outranks.
_NOT_SPEAKERS = {"GPE", "LOC", "FAC", "DATE", "TIME"}


def _misparsed_subject(cue: Token) -> Token | None:
    """The subject the parser hung on ``cue`` under another label: a proper noun just before it
    taken for a compound ("“Go back,” Trump barked"), or the person in apposition to the object of
    an opening phrase ("In a statement to the Observer, her adviser, Jake Sullivan, said": the
    adviser, whose named apposition :func:`speaker_of` takes; "At the convention Sen. Elizabeth
    Warren (D-MA) said"). ``None`` when ``cue`` has a subject."""
    if cue.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
        return None
    doc = cue.doc
    for c in cue.lefts:
        if c.dep_ in ("compound", "nmod", "npadvmod") and c.pos_ == "PROPN" and c.right_edge.i == cue.i - 1 \
                and c.ent_type_ not in _NOT_SPEAKERS:
            return c
        if c.dep_ == "csubj" and doc[cue.i - 1].ent_type_ == "PERSON" and doc[cue.i - 1].head.i == c.i:
            return doc[cue.i - 1]  # "NCDC lead Dr. Olajide Idris said": a title taken for a verb
    j = cue.i - 1
    if j > 0 and doc[j].text == ")":  # "Sen. Elizabeth Warren (D-MA) said"
        j = next((t.i for t in reversed(doc[max(0, j - 8): j]) if t.text == "("), 0) - 1
    elif j > 0 and doc[j].text == ",":
        j -= 1
    else:
        return None
    if j < 0:
        return None
    last = doc[j]
    if last.dep_ in ("appos", "conj") and last.pos_ in ("PROPN", "NOUN"):
        top = last
        while top.head.dep_ in ("appos", "conj") and top.head.i < top.i:
            top = top.head  # "…, Somalia’s National Intelligence and Security Agency, or NISA, said"
        holder = top.head  # the object of the opening phrase: "the Observer", "ending this week's siege"
        if holder.dep_ in ("pobj", "dobj") and holder.i < cue.i and any(a.i == cue.i for a in holder.ancestors):
            return top
    return _name_set_off(cue) if doc[cue.i - 1].text == "," and cue.tag_ != "VBG" else None


def _name_set_off(cue: Token) -> Token | None:
    """The person or body named last before ``cue`` in its sentence, outside prepositional
    objects and relative clauses, when the parser gave the cue no subject: "In Abidjan, Willy
    Neth, coordinator for the International Federation …, says"; "…, Mark Simon, who worked with
    Lai for decades, argued"."""
    for t in reversed(cue.doc[cue.sent.start: cue.i]):
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp") or t.is_quote:
            return None  # another clause or a quotation: not this cue's phrase
        if t.pos_ != "PROPN" or t.ent_type_ not in ("PERSON", "ORG") or t.dep_ in ("pobj", "compound", "poss"):
            continue
        between = []
        for a in t.ancestors:
            if a.i == cue.i:
                break
            between.append(a)
        if not any(a.dep_ in ("relcl", "acl") for a in between):  # not "who worked with Lai"
            return t
    return None


def _participle_clause(cue: Token) -> Token:
    """Where to look for the subject of a participle set off by a comma: the parser hangs ",
    telling the crowd, “Some people get …”" on the quoted verb after it and ", saying …" on the
    reported clause of "argued that …"; both belong to the sentence's own clause."""
    doc = cue.doc
    if cue.tag_ == "VBG" and cue.dep_ == "conj":
        # "…, saying that the bill … - and arguing that …": the parser hangs the second
        # participle inside the first one's reported clause; it shares the first one's subject
        first = next((a for a in cue.ancestors if a.tag_ == "VBG" and a.i < cue.i and is_cue(a)), None)
        if first is not None:
            return _participle_clause(first)
    before = cue.i - 1
    while before > 0 and doc[before].pos_ == "ADV" and doc[before].head.i == cue.i and cue.i - before < 3:
        before -= 1  # ", further describing …", ", again saying …"
    set_off = before > 0 and (doc[before].text == "," or doc[before].is_quote and doc[before - 1].text == ",")
    if cue.tag_ != "VBG" or not set_off:  # ", suggesting" or ",” suggesting" after a quotation
        return cue
    head = cue.head
    if head.i > cue.i:
        root = cue.sent.root
        return root if root.i < cue.i else cue
    if head.dep_ == "ccomp" and head.head.i < head.i and is_cue(head.head):
        return head.head
    # "“…,” the spokesperson added, further describing …": hung on the quoted verb before it, the
    # participle belongs to the cue between them
    said = next((t for t in reversed(doc[head.i + 1: cue.i]) if is_cue(t) and t.pos_ == "VERB"
                 and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
    return said if said is not None else cue


def _name_between(first: Token, cue: Token) -> Token | None:
    """The last person or body named between ``first`` and ``cue`` outside a prepositional phrase."""
    for t in reversed(cue.doc[first.i + 1: cue.i]):
        if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "NORP") and t.dep_ not in ("pobj", "compound"):
            return t
    return None


def _past_dateline(subj: Token) -> Token | None:
    """For a subject the parser found inside a dateline, the head noun of the phrase after it
    ("WASHINGTON (AP) — President Obama said": Obama); ``subj`` itself otherwise."""
    end = dateline_end(subj)
    if end is None or subj.idx >= end:
        return subj
    head = None
    sent = sentence(subj)
    for t in subj.doc[subj.i: sent.end]:
        if t.idx < end:
            continue
        if t.pos_ in ("VERB", "AUX") or t.is_punct or t.pos_ == "ADP" and t.lower_ != "of" and head is not None:
            break  # "— Vice President Joe Biden on Monday hit": Biden
        if t.pos_ in ("PROPN", "NOUN", "PRON") and t.ent_type_ not in ("DATE", "TIME"):
            head = t
    return head


def _relative(subj: Token) -> Token | None:
    """The antecedent of a relative pronoun subject ("Barkley, who said": Barkley), else None."""
    if subj.lower_ in _RELATIVE and subj.dep_ in ("nsubj", "nsubjpass") and subj.head.dep_ == "relcl" \
            and subj.head.head.i != subj.head.i:
        return subj.head.head
    return None


#: What carries words and is no speaker: its author is ("a tweet by X", "the NISA statement").
def speaker_of(subj: Token | None, actors: ActorIndex, _hops: int = 0) -> Speaker | None:
    """The :class:`Speaker` named by ``subj`` (a token from :func:`subject_of`): the actor of
    the article it refers to (canonical name, country, sector), else its description ("a
    homeless man"); ``None`` for an unresolved pronoun or no subject. The mention is the words
    at ``subj`` (a pronoun, "who", a title), its offsets Python ``str`` indices."""
    if subj is not None and (subj.is_title or subj.is_upper):
        subj = _past_dateline(subj)
    if subj is None:
        return None
    if subj.dep_ == "poss" and subj.head.pos_ in ("NOUN", "PROPN") and lemma(subj.head) not in NOMINAL:
        subj = subj.head  # "Robert Mueller's team said": the team; "Trump's claim that": Trump
    if lemma(subj) in MEDIA and not actors.at(subj):
        # "according to a tweet on Monday by ... Mike Pompeo": Pompeo; "the statement said": its issuer
        subj = author(subj) or issuer_before(subj) or subj
    named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and not actors.at(subj):
        subj = named  # "a Republican, Mark Amodei, said": the name in apposition
    antecedent = _relative(subj)
    if antecedent is not None:  # the mention is "who"; the person is the noun it refers to
        if _hops >= 3:  # a dateline or a parse can lead from the antecedent back to "who"
            return None
        found_speaker = speaker_of(antecedent, actors, _hops + 1)
        if found_speaker is None:
            return None
        return mentioned_at(found_speaker, subj)
    found = actors.at(subj)
    mention = actors.mention(subj)
    if found:
        actor = found[0]
        name = actor.name if len(found) == 1 else " and ".join(a.name for a in found)
        return Speaker(name=name, country=actor.country, sector=actor.sector,
                       mention=mention.text if mention else subj.text,
                       mention_start=mention.start if mention else subj.idx,
                       mention_end=mention.end if mention else subj.idx + len(subj), actor_id=actor.id)
    nation = country_table().match(subj.text) if subj.pos_ == "ADJ" else None
    if nation is not None and nation.via == "adjective":  # "a Chinese statement said": China
        state = next((a.id for a in actors.actors if a.kind == "state" and a.country == nation.code), None)
        return Speaker(name=nation.name, country=nation.code, sector=nation.sector, mention=subj.text,
                       mention_start=subj.idx, mention_end=subj.idx + len(subj), actor_id=state)
    if subj.lower_ == "it" and _hops == 0:
        body = _unnamed_body_before(subj)
        return None if body is None else mentioned_at(described(body), subj)
    if subj.pos_ in ("PRON", "VERB", "AUX"):
        return None  # an unresolved pronoun names nobody; nor does a verb the parser took for a subject
    return described(subj)


def _unnamed_body_before(it: Token) -> Token | None:
    """For an "it" no actor stands for: the organisation no list knows (a capitalised name the
    tagger calls an organisation or nothing) that is the closest subject before it, in its
    sentence or the one before, outside quotations ("The Syrian Observatory for Human Rights
    reported the attack. It said …"); None when that subject is anything else."""
    doc = it.doc
    sent = it.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    subjects = [t for t in doc[first: it.i] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN")
                and sum(q.is_quote for q in doc[t.i + 1: it.i]) % 2 == 0]  # none inside the quotation
    if not subjects:
        return None
    last = subjects[-1]
    return last if last.ent_type_ in ("ORG", "") and last.pos_ == "PROPN" and last.is_title else None

def mentioned_at(speaker: Speaker, tok: Token) -> Speaker:
    """``speaker`` with the word ``tok`` as its mention at this quote ("who", a pronoun)."""
    return replace(speaker, mention=tok.text, mention_start=tok.idx, mention_end=tok.idx + len(tok))


def unresolved_source(subj: Token | None, speaker: Speaker | None) -> dict:
    """The :class:`~dateline.records.Quote` fields that keep the source's words when ``speaker``
    is None and ``subj`` is a pronoun or a relative word ("they", "it", "I", "who"): its text
    and offsets (``str`` indices); an empty dict otherwise."""
    if speaker is not None or subj is None or subj.pos_ != "PRON" and subj.tag_ not in ("WP", "WDT"):
        return {}
    return {"unresolved_source": subj.text, "unresolved_start": subj.idx, "unresolved_end": subj.idx + len(subj)}

