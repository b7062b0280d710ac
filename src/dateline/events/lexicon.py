"""Trigger words of PLOVER event types, with their mode and CAMEO code.

Types and modes follow the PLOVER manual v0.8 (``PLOVER_MANUAL.tex``: one section per type,
modes in each section's "Supplementary fields" table); CAMEO codes are the CAMEO 1.1b3
categories that the OEDA crosswalk ``CAMEO2PLOVER-2021.txt`` maps to that type and mode.
"""
from __future__ import annotations

from dataclasses import dataclass

#: The 16 PLOVER event types (manual v0.8, section "Overview").
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
#: Types whose future form is an expression of intent, coded AGREE (manual: AGREE;
#: AID "Broad promises of future AID should be coded as AGREE"; CAMEO 036 intent to meet).
COOPERATIVE = {"CONSULT", "AID", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT"}
#: Types that act on someone: with no object in the sentence, the recipient is inferred.
DIRECTED = {"ASSAULT", "COERCE", "SANCTION", "AID"}


@dataclass(frozen=True)
class Trigger:
    """What a trigger word codes: PLOVER type, mode (or ``None``) and CAMEO code."""

    type: str
    mode: str | None
    cameo: str


#: Verb lemmas that code an event by themselves.
VERBS: dict[str, Trigger] = {
    # REQUEST (CAMEO 02 appeal, 10 demand)
    "urge": Trigger("REQUEST", None, "100"), "ask": Trigger("REQUEST", None, "100"),
    "appeal": Trigger("REQUEST", None, "100"),
    "demand": Trigger("REQUEST", None, "100"), "request": Trigger("REQUEST", None, "100"),
    "press": Trigger("REQUEST", None, "100"), "implore": Trigger("REQUEST", None, "100"),
    # AGREE (CAMEO 03 express intent to cooperate)
    "agree": Trigger("AGREE", None, "030"), "promise": Trigger("AGREE", None, "030"),
    "pledge": Trigger("AGREE", None, "030"), "vow": Trigger("AGREE", None, "030"),
    "commit": Trigger("AGREE", None, "030"),
    "propose": Trigger("AGREE", None, "030"),  # as the noun "proposal"
    # "Agree to … promise …"; "invitations for state visits should be coded as AGREE"
    # (manual v0.8, section AGREE)
    "accept": Trigger("AGREE", None, "030"),
    "invite": Trigger("AGREE", None, "036"),
    # CONSULT (CAMEO 04)
    "meet": Trigger("CONSULT", "meet", "043"), "visit": Trigger("CONSULT", "visit", "042"),
    "host": Trigger("CONSULT", "host", "043"), "negotiate": Trigger("CONSULT", "negotiate", "046"),
    "consult": Trigger("CONSULT", None, "040"), "discuss": Trigger("CONSULT", None, "040"),
    "phone": Trigger("CONSULT", "phone", "040"), "mediate": Trigger("CONSULT", None, "045"),
    # "spoke by phone with", "talked with", "conferred with": reporting verbs that are talks only
    # with a party after "with" (events.candidates.TALK_VERBS)
    "speak": Trigger("CONSULT", None, "040"), "talk": Trigger("CONSULT", None, "040"),
    "confer": Trigger("CONSULT", None, "040"), "chat": Trigger("CONSULT", None, "040"),
    # "ministers convened in Brussels": a meeting (043); not "gather", which crowds do in protest
    "convene": Trigger("CONSULT", "meet", "043"),
    # SUPPORT (CAMEO 05 diplomatic cooperation)
    "support": Trigger("SUPPORT", None, "051"), "praise": Trigger("SUPPORT", None, "051"),
    "endorse": Trigger("SUPPORT", None, "051"), "back": Trigger("SUPPORT", None, "051"),
    "commend": Trigger("SUPPORT", None, "051"), "recognize": Trigger("SUPPORT", None, "054"),
    "recognise": Trigger("SUPPORT", None, "054"),
    # COOPERATE (CAMEO 06 material cooperation)
    "cooperate": Trigger("COOPERATE", None, "060"), "collaborate": Trigger("COOPERATE", None, "060"),
    "extradite": Trigger("COOPERATE", None, "063"),  # judicial cooperation (manual, COOPERATE)
    # CONCEDE / RETREAT (CAMEO 08 yield)
    "cede": Trigger("CONCEDE", None, "080"), "concede": Trigger("CONCEDE", None, "080"),
    "surrender": Trigger("CONCEDE", None, "080"), "release": Trigger("RETREAT", "release", "0841"),
    "withdraw": Trigger("RETREAT", "withdraw", "0874"), "retreat": Trigger("RETREAT", "withdraw", "0874"),
    # ACCUSE (CAMEO 11 disapprove)
    "accuse": Trigger("ACCUSE", "allege", "112"), "blame": Trigger("ACCUSE", "allege", "112"),
    "criticize": Trigger("ACCUSE", "disapprove", "111"), "criticise": Trigger("ACCUSE", "disapprove", "111"),
    "condemn": Trigger("ACCUSE", "disapprove", "111"), "denounce": Trigger("ACCUSE", "disapprove", "111"),
    # REJECT (CAMEO 12)
    "reject": Trigger("REJECT", None, "120"), "refuse": Trigger("REJECT", None, "120"),
    "veto": Trigger("REJECT", None, "120"), "rebuff": Trigger("REJECT", None, "120"),
    # THREATEN (CAMEO 13)
    "threaten": Trigger("THREATEN", None, "130"),
    # PROTEST (CAMEO 14)
    "protest": Trigger("PROTEST", "demonstrate", "141"), "demonstrate": Trigger("PROTEST", "demonstrate", "141"),
    "rally": Trigger("PROTEST", "demonstrate", "141"),
    # SANCTION (CAMEO 16)
    "sanction": Trigger("SANCTION", "discontinue", "163"), "expel": Trigger("SANCTION", "expel", "166"),
    "boycott": Trigger("SANCTION", "discontinue", "163"),
    # MOBILIZE (CAMEO 15)
    "mobilize": Trigger("MOBILIZE", None, "150"), "mobilise": Trigger("MOBILIZE", None, "150"),
    "deploy": Trigger("MOBILIZE", None, "150"),
    # COERCE (CAMEO 17, 192)
    "seize": Trigger("COERCE", "seize", "192"), "occupy": Trigger("COERCE", "seize", "192"),
    "annex": Trigger("COERCE", "seize", "192"), "confiscate": Trigger("COERCE", "seize", "171"),
    "arrest": Trigger("COERCE", "arrest", "173"), "detain": Trigger("COERCE", "arrest", "173"),
    "deport": Trigger("COERCE", "deport", "174"), "ban": Trigger("COERCE", "restrict", "172"),
    "censor": Trigger("COERCE", "censor", "172"), "pressure": Trigger("COERCE", None, "170"),
    "pressurise": Trigger("COERCE", None, "170"), "coerce": Trigger("COERCE", None, "170"),
    # ASSAULT (CAMEO 18, 19)
    "invade": Trigger("ASSAULT", None, "190"), "attack": Trigger("ASSAULT", None, "190"),
    "bomb": Trigger("ASSAULT", "aerial", "195"), "shell": Trigger("ASSAULT", "heavy-weapons", "194"),
    "kill": Trigger("ASSAULT", None, "190"), "shoot": Trigger("ASSAULT", "firearms", "190"),
    "assassinate": Trigger("ASSAULT", "targeted", "186"), "kidnap": Trigger("ASSAULT", "abduct", "181"),
    "abduct": Trigger("ASSAULT", "abduct", "181"), "torture": Trigger("ASSAULT", "torture", "1822"),
    "strike": Trigger("ASSAULT", None, "190"), "fight": Trigger("ASSAULT", None, "190"),
    "clash": Trigger("ASSAULT", None, "190"), "bombard": Trigger("ASSAULT", "aerial", "195"),
    "massacre": Trigger("ASSAULT", "targeted", "202"),
    "inflict": Trigger("ASSAULT", None, "190"),  # "inflicted heavy losses … on Russian combatants"
    # more verbs, each with the crosswalk's code for its sense
    "oppose": Trigger("REJECT", None, "120"), "decline": Trigger("REJECT", None, "120"),
    "sue": Trigger("ACCUSE", "allege", "115"), "slam": Trigger("ACCUSE", "disapprove", "111"),
    "riot": Trigger("PROTEST", "riot", "145"), "march": Trigger("PROTEST", "demonstrate", "141"),
    "raid": Trigger("COERCE", "seize", "171"), "jail": Trigger("COERCE", "arrest", "173"),
    "board": Trigger("COERCE", "seize", "171"),  # "a ferry was boarded by border guards"
    "imprison": Trigger("COERCE", "arrest", "173"), "blockade": Trigger("COERCE", "restrict", "191"),
    "donate": Trigger("AID", None, "070"), "fund": Trigger("AID", "economic", "071"),
    # relief handed out, people rescued (manual, AID: humanitarian aid; hostage rescues are AID)
    "distribute": Trigger("AID", "humanitarian", "073"), "rescue": Trigger("AID", "humanitarian", "073"),
    "welcome": Trigger("SUPPORT", None, "051"), "defend": Trigger("SUPPORT", None, "052"),
    "apologize": Trigger("SUPPORT", None, "055"), "apologise": Trigger("SUPPORT", None, "055"),
    "forgive": Trigger("SUPPORT", None, "056"), "yield": Trigger("CONCEDE", None, "080"),
    # verbs of the news for the same CAMEO categories (codes from the OEDA crosswalk)
    "deny": Trigger("REJECT", None, "120"), "dismiss": Trigger("REJECT", None, "120"),
    "refute": Trigger("REJECT", None, "120"), "spurn": Trigger("REJECT", None, "120"),
    "repudiate": Trigger("REJECT", None, "120"), "snub": Trigger("REJECT", None, "120"),
    # "defy norms, law" (CAMEO 128); barring a group from one's territory is REJECT (manual, REJECT)
    "defy": Trigger("REJECT", "yield", "128"), "ignore": Trigger("REJECT", None, "120"),
    "bar": Trigger("REJECT", None, "120"),
    "allege": Trigger("ACCUSE", "allege", "112"), "charge": Trigger("ACCUSE", "allege", "112"),
    "indict": Trigger("ACCUSE", "allege", "112"), "decry": Trigger("ACCUSE", "disapprove", "111"),
    "lambast": Trigger("ACCUSE", "disapprove", "111"), "rebuke": Trigger("ACCUSE", "disapprove", "111"),
    "assail": Trigger("ACCUSE", "disapprove", "111"), "castigate": Trigger("ACCUSE", "disapprove", "111"),
    "investigate": Trigger("ACCUSE", "investigate", "090"), "probe": Trigger("ACCUSE", "investigate", "090"),
    "warn": Trigger("THREATEN", None, "130"), "plead": Trigger("REQUEST", None, "100"),
    "beg": Trigger("REQUEST", None, "100"), "thank": Trigger("SUPPORT", None, "051"),
    "hail": Trigger("SUPPORT", None, "051"), "applaud": Trigger("SUPPORT", None, "051"),
    "laud": Trigger("SUPPORT", None, "051"), "congratulate": Trigger("SUPPORT", None, "051"),
    "credit": Trigger("SUPPORT", None, "051"), "coordinate": Trigger("COOPERATE", None, "060"),
    "partner": Trigger("COOPERATE", None, "060"), "ease": Trigger("CONCEDE", None, "081"),
    "exempt": Trigger("CONCEDE", None, "081"), "lift": Trigger("RETREAT", "ease", "085"),
    "free": Trigger("RETREAT", "release", "0841"), "pardon": Trigger("RETREAT", "release", "0841"),
    "evacuate": Trigger("RETREAT", "withdraw", "0874"), "suspend": Trigger("SANCTION", "discontinue", "163"),
    "freeze": Trigger("SANCTION", "discontinue", "163"), "sever": Trigger("SANCTION", None, "161"),
    "station": Trigger("MOBILIZE", "troops", "154"), "amass": Trigger("MOBILIZE", None, "150"),
    "sentence": Trigger("COERCE", "arrest", "173"), "convict": Trigger("COERCE", "arrest", "173"),
    "prosecute": Trigger("COERCE", "arrest", "173"), "storm": Trigger("ASSAULT", None, "190"),
    "ambush": Trigger("ASSAULT", None, "190"), "wound": Trigger("ASSAULT", None, "190"),
    "injure": Trigger("ASSAULT", None, "190"), "picket": Trigger("PROTEST", "demonstrate", "141"),
}

#: Verbs whose refusal is a rejection ("will never accept", "would not allow", "won't recognise").
ACCEPTANCES = {"accept", "allow", "agree", "recognize", "recognise", "tolerate", "permit", "cede", "surrender",
                "negotiate", "give", "yield", "concede", "back", "support", "endorse", "approve", "sign"}


#: Phrasal verbs (verb lemma and particle, preposition or object noun) whose sense differs from
#: the verb's (CAMEO codes of the crosswalk for that sense): "turned down the offer" rejects,
#: "cracked down on" coerces.
PHRASAL: dict[tuple[str, str], Trigger] = {
    ("turn", "down"): Trigger("REJECT", None, "120"), ("rule", "out"): Trigger("REJECT", None, "120"),
    ("brush", "off"): Trigger("REJECT", None, "120"), ("brush", "aside"): Trigger("REJECT", None, "120"),
    ("push", "back"): Trigger("REJECT", None, "120"), ("back", "out"): Trigger("REJECT", None, "120"),
    ("walk", "out"): Trigger("PROTEST", None, "140"), ("lash", "out"): Trigger("ACCUSE", "disapprove", "111"),
    ("crack", "down"): Trigger("COERCE", None, "170"), ("lock", "up"): Trigger("COERCE", "arrest", "173"),
    ("shoot", "down"): Trigger("ASSAULT", None, "190"), ("blow", "up"): Trigger("ASSAULT", None, "190"),
    ("wipe", "out"): Trigger("ASSAULT", None, "190"),
    ("hand", "over"): Trigger("RETREAT", "release", "0841"), ("back", "down"): Trigger("CONCEDE", None, "080"),
    ("pull", "out"): Trigger("RETREAT", "withdraw", "0874"), ("call", "off"): Trigger("SANCTION", None, "160"),
    ("step", "down"): Trigger("CONCEDE", None, "080"),
    # a call made on someone (CAMEO 10 "make an appeal or request"), written inside a quote or
    # by a reporter ("We called for Russia to reciprocate"; a quote's cue is a statement)
    ("call", "for"): Trigger("REQUEST", None, "100"), ("call", "on"): Trigger("REQUEST", None, "100"),
    ("call", "upon"): Trigger("REQUEST", None, "100"), ("sign", "off"): Trigger("AGREE", None, "030"),
    # a verb with its preposition or object: "fired missiles at", "opened fire on"
    ("fire", "at"): Trigger("ASSAULT", "firearms", "190"), ("fire", "on"): Trigger("ASSAULT", "firearms", "190"),
    ("open", "fire"): Trigger("ASSAULT", "firearms", "190"),
    # weapons fired or launched: "fired more than a dozen ballistic missiles"; modes of the manual's
    # ASSAULT table (heavy-weapons: artillery, rocket launchers; drone: UAVs), codes of the crosswalk
    **{(verb, weapon): Trigger("ASSAULT", "heavy-weapons", "194") for verb in ("fire", "launch")
       for weapon in ("missile", "rocket", "mortar", "shell")},
    ("fire", "drone"): Trigger("ASSAULT", "drone", "195"), ("launch", "drone"): Trigger("ASSAULT", "drone", "195"),
    # small arms and riot weapons fired: "fired tear gas, rubber bullets, and stun grenades at
    # demonstrators" ("at" hangs from the last object; CAMEO 193 small arms, 175 repression)
    **{("fire", shot): Trigger("ASSAULT", "firearms", "193") for shot in ("bullet", "shot", "round", "gunshot")},
    **{("fire", riot): Trigger("ASSAULT", None, "175") for riot in ("gas", "grenade", "cannon")},
    # armed forces sent (manual, MOBILIZE troops; CAMEO 154): "sent 10,000 troops to Mexico's
    # northern border", "sent soldiers into Somalia"
    **{(verb, force): Trigger("MOBILIZE", "troops", "154") for verb in ("send", "dispatch")
       for force in ("troop", "soldier", "force", "warship", "reinforcement")},
    # movement restricted (manual, COERCE restrict: "cordoning off areas"; CAMEO 191 "impose
    # blockade, restrict movement"): "ordered its military to seal border areas"
    **{pair: Trigger("COERCE", "restrict", "191") for pair in (
        ("seal", "off"), ("cordon", "off"), ("seal", "border"), ("seal", "area"), ("close", "border"))},
}

#: Verbs that code the event of their object noun: "sent ... aid", "offered ... support".
LIGHT_VERBS = {"send", "provide", "give", "offer", "deliver", "supply", "extend", "express", "voice", "impose",
               "hold", "launch", "conduct", "carry", "approve", "announce", "grant", "level", "lodge", "file",
               "issue", "start", "begin", "open", "resume"}

#: Nouns that code an event after a light verb.
NOUNS: dict[str, Trigger] = {
    "support": Trigger("SUPPORT", None, "051"), "backing": Trigger("SUPPORT", None, "051"),
    "praise": Trigger("SUPPORT", None, "051"), "solidarity": Trigger("SUPPORT", None, "051"),
    "aid": Trigger("AID", None, "070"), "assistance": Trigger("AID", None, "070"),
    "package": Trigger("AID", None, "070"), "weapon": Trigger("AID", "military", "072"),
    "arm": Trigger("AID", "military", "072"), "funding": Trigger("AID", "economic", "071"),
    "loan": Trigger("AID", "economic", "071"), "grant": Trigger("AID", "economic", "071"),
    "asylum": Trigger("AID", "asylum", "075"),
    "talk": Trigger("CONSULT", None, "046"), "negotiation": Trigger("CONSULT", "negotiate", "046"),
    "meeting": Trigger("CONSULT", "meet", "043"),
    "criticism": Trigger("ACCUSE", "disapprove", "111"), "accusation": Trigger("ACCUSE", "allege", "112"),
    "sanction": Trigger("SANCTION", "discontinue", "163"), "threat": Trigger("THREATEN", None, "130"),
    "attack": Trigger("ASSAULT", None, "190"), "strike": Trigger("ASSAULT", None, "190"),
    "airstrike": Trigger("ASSAULT", "aerial", "195"), "offensive": Trigger("ASSAULT", None, "190"),
    "assault": Trigger("ASSAULT", None, "190"),
    "protest": Trigger("PROTEST", "demonstrate", "141"),
    # economic sanctions: tariffs and embargoes (CAMEO 163, SANCTION in the manual: see CROSSWALK_EXCEPTIONS)
    "tariff": Trigger("SANCTION", "discontinue", "163"), "embargo": Trigger("SANCTION", "discontinue", "163"),
    "duty": Trigger("SANCTION", "discontinue", "163"),
    # shows of force (CAMEO 150 demonstrate military or police power)
    "drill": Trigger("MOBILIZE", None, "150"), "exercise": Trigger("MOBILIZE", None, "150"),
    "deployment": Trigger("MOBILIZE", "troops", "154"),
    # meetings and their kinds (CAMEO 04)
    "summit": Trigger("CONSULT", "meet", "043"), "visit": Trigger("CONSULT", "visit", "042"),
    "trip": Trigger("CONSULT", "visit", "042"), "call": Trigger("CONSULT", "phone", "041"),
    "conversation": Trigger("CONSULT", None, "040"),
    "agreement": Trigger("AGREE", None, "030"), "deal": Trigger("AGREE", None, "030"),
    "proposal": Trigger("AGREE", None, "030"), "invasion": Trigger("ASSAULT", None, "190"),
    "withdrawal": Trigger("RETREAT", "withdraw", "0874"), "arrest": Trigger("COERCE", "arrest", "173"),
    "expulsion": Trigger("SANCTION", "expel", "166"), "warning": Trigger("THREATEN", None, "130"),
    "demand": Trigger("REQUEST", None, "100"), "appeal": Trigger("REQUEST", None, "100"),
    "request": Trigger("REQUEST", None, "100"),
    "condemnation": Trigger("ACCUSE", "disapprove", "111"),
    "rejection": Trigger("REJECT", None, "120"), "refusal": Trigger("REJECT", None, "120"),
    "denial": Trigger("REJECT", None, "120"), "allegation": Trigger("ACCUSE", "allege", "112"),
    "indictment": Trigger("ACCUSE", "allege", "112"), "investigation": Trigger("ACCUSE", "investigate", "090"),
    "probe": Trigger("ACCUSE", "investigate", "090"), "detention": Trigger("COERCE", "arrest", "173"),
    "warrant": Trigger("COERCE", "arrest", "173"), "deportation": Trigger("COERCE", "deport", "174"),
    "blockade": Trigger("COERCE", "restrict", "191"), "occupation": Trigger("COERCE", "seize", "192"),
    "seizure": Trigger("COERCE", "seize", "171"), "crackdown": Trigger("COERCE", None, "170"),
    "raid": Trigger("COERCE", "seize", "171"), "ceasefire": Trigger("RETREAT", "ceasefire", "0871"),
    "truce": Trigger("RETREAT", "ceasefire", "0871"), "release": Trigger("RETREAT", "release", "0841"),
    "ultimatum": Trigger("THREATEN", None, "139"), "bombing": Trigger("ASSAULT", "aerial", "195"),
    "shelling": Trigger("ASSAULT", "heavy-weapons", "194"), "demonstration": Trigger("PROTEST", "demonstrate", "141"),
    "rally": Trigger("PROTEST", "demonstrate", "141"), "cooperation": Trigger("COOPERATE", None, "060"),
    "extradition": Trigger("COOPERATE", None, "063"),
    "partnership": Trigger("COOPERATE", None, "060"), "pledge": Trigger("AGREE", None, "030"),
    "promise": Trigger("AGREE", None, "030"), "apology": Trigger("SUPPORT", None, "055"),
    "recognition": Trigger("SUPPORT", None, "054"), "mediation": Trigger("CONSULT", None, "045"),
}

#: Words in an AID object that give the mode (manual: AID examples; CAMEO 071-075).
AID_MODES = {"military": ("military", "072"), "weapon": ("military", "072"), "arm": ("military", "072"),
             "economic": ("economic", "071"), "financial": ("economic", "071"), "humanitarian": ("humanitarian", "073"),
             "food": ("humanitarian", "073"), "medical": ("humanitarian", "073"), "relief": ("humanitarian", "073")}

#: Every mode the tables above give (:data:`VERBS`, :data:`NOUNS`, :data:`PHRASAL`,
#: :data:`AID_MODES`), sorted: the modes the coder writes (its own fallbacks,
#: ``coder.ROOT_MODES`` and ``refine.withdrawal_trigger``, use modes of these tables), so
#: the values a ``mode`` filter accepts.
PLOVER_MODES: tuple[str, ...] = tuple(sorted(
    {t.mode for table in (VERBS, NOUNS, PHRASAL) for t in table.values() if t.mode}
    | {mode for mode, _ in AID_MODES.values()}))

#: The context the OEDA crosswalk (CAMEO2PLOVER-2021.txt, third column) gives each CAMEO code
#: used above: the event's ``context`` where the code makes it clear.
CAMEO_CONTEXT: dict[str, tuple[str, ...]] = {
    "030": ("diplomatic",), "033": ("diplomatic",), "036": ("diplomatic",), "046": ("diplomatic",),
    "051": ("diplomatic",), "054": ("diplomatic",), "062": ("military",), "063": ("legal",), "064": ("intelligence",),
    "071": ("economic",), "072": ("military",),
    "073": ("humanitarian",), "075": ("asylum",), "0841": ("legal",), "0874": ("military",),
    "163": ("diplomatic",), "166": ("diplomatic",), "171": ("human_security",), "172": ("executive",),
    "173": ("legal",), "174": ("legal",), "190": ("military",), "192": ("military",), "194": ("military",),
    "195": ("military",), "115": ("legal",), "191": ("military",), "202": ("religion_ethnicity",),
    "052": ("diplomatic",), "055": ("diplomatic",), "056": ("diplomatic",), "154": ("military",),
    "161": ("diplomatic",), "081": ("legal",), "085": ("economic",), "0871": ("military",),
    "139": ("diplomatic",), "045": ("diplomatic",), "128": ("legal",), "193": ("military",), "175": ("military",),
}
#: Codes whose type follows the manual where the 2021 crosswalk differs: CAMEO 163 (impose
#: sanctions) is COERCE in the crosswalk, SANCTION 'discontinue' in the manual's SANCTION section.
CROSSWALK_EXCEPTIONS = {"163": "SANCTION"}

#: Light verbs that only promise what they name ("pledged aid"): the event is AGREE.
PROMISE_VERBS = {"pledge", "promise", "announce", "approve", "vow"}
