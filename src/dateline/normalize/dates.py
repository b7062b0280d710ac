"""Time expressions resolved to ISO 8601 values against the publication date.

Values are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; the relation is ``on``, ``before``
("pre-2014", "until 2020", "by March") or ``after`` ("since 2014", "post-2014").
The system clock is never read: relative expressions need the publication date and give
``None`` without it; absolute ones always resolve. Conventions (news reports are mostly in
the past tense):

* "today", "tonight", "this morning/afternoon/evening" are the publication day;
  "yesterday", "last night" and "overnight" the day before (a morning paper's "overnight" is
  the night that has just ended, which began the day before); "tomorrow" the day after.
* A weekday ("Monday", "on Monday") is the most recent such day on or before publication;
  "last Monday" is strictly before, "next Monday" strictly after, "this Monday" the one in the
  publication week.
* "last/this/next week" is the Monday (``YYYY-MM-DD``) of that ISO week with relation ``on``
  (on a Sunday, "last week" is the working week just ended, as a Sunday paper means it);
  "last weekend" is the Saturday of the weekend before the publication day's own;
  "last/this/next month" is ``YYYY-MM``; "last/this/next year" is ``YYYY``; "N days/weeks/
  months/years ago" keeps the precision of its unit (weeks give a day).
* A day or month without a year ("12 March", "in February") takes the year that puts it
  nearest to publication (ties go to the past); "last February" is the one strictly before.
* Durations and vague periods ("in recent years", "for decades", "the past", "the 1990s")
  and periods anchored in the story rather than the publication ("the next year", "the
  last month", "the same day") are not resolvable: ``None``.

Other forms with a month name and a number ("5-Mar-2024") fall back to dateparser, with the
publication date (or 1 January 2000 when there is none, and then only for expressions that
state a year) as its relative base. Numeric dates such as "12/03/2024" are ambiguous between
day-first and month-first; only their year is kept.
"""
from __future__ import annotations

import calendar
import re
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta

from spacy.tokens import Doc

from ..errors import ArgumentError, Code
from ..nlp.sentences import doc_text
from ..records import DateValue

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1\d{3}|20\d{2}|21\d{2})"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3}

_RELATIONS = [(re.compile(p), rel) for p, rel in (
    (r"^(?:pre-?|prior to |before |until |till |til |up to |by )", "before"),
    (r"^(?:post-?|(?:ever )?since |after |from )", "after"),
)]
_FILLER = re.compile(r"^(?:on|in|at|during|of|the|early|late|mid-?|earlier|later|around|about|sometime in|"
                     r"some time in|as of)\b\s*(?=\S)")
_DAY_OFFSETS = [(re.compile(p), n) for p, n in (
    (r"day before yesterday", -2), (r"day after tomorrow", 2),
    (r"(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|later today)", 0),
    (r"(?:yesterday|last night|overnight|last evening)(?: \w+)?", -1),
    (r"tomorrow(?: \w+)?", 1),
)]
_DATE_FORMS = [re.compile(p) for p in (
    rf"{_DAY}(?: of)? {_MONTH},? {_YEAR}",
    rf"{_MONTH} {_DAY},? {_YEAR}",
)]
_ISO_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTH_YEAR = re.compile(rf"{_MONTH},? (?:of )?{_YEAR}")
_MONTH2 = _MONTH.replace("<month>", "<month2>")
_DAY_MONTH = re.compile(rf"(?:{_DAY}(?: of)? {_MONTH}|{_MONTH2} (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)$")
_MONTH_ONLY = re.compile(rf"(?:(?P<which>last|next|this) )?{_MONTH}$")
_WEEKDAY_FORM = re.compile(rf"(?:(?P<which>last|next|this|past|coming|this coming) )?{_WEEKDAY}(?: \w+)?$")
_PERIOD = re.compile(r"(?P<which>last|this|next|previous|past|coming) (?P<unit>week|month|year|weekend)$")
_AGO = re.compile(r"(?P<n>\d+|" + "|".join(_NUMBERS) + r") (?P<unit>day|week|month|year)s? ago$")
_MONTH_NAME = re.compile(rf"(?<![a-z]){_MONTH}(?![a-z])")
_YEARS = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
#: "the next year", "the last month", "the same day": relative to the story, not to publication.
_ANAPHORIC = re.compile(r"(?:the|that) (?:next|following|previous|prior|last|past|same|coming) ")
_DECADE = re.compile(r"\d0s\b|'\d0s\b|\bdecades?\b|\bcentur")


def as_date(published: date | datetime | str | None) -> date | None:
    """A publication date as :class:`datetime.date` (``None`` stays ``None``).

    Raises:
        ArgumentError: E010 when a string is not an ISO 8601 date.
    """
    if published is None or type(published) is date:
        return published
    if isinstance(published, datetime):
        return published.date()
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError as exc:
        raise ArgumentError(Code.BAD_ARGUMENT, reason=f"publication date {published!r} is not ISO 8601") from exc


#: A 24-hour clock time with its zone or unit ("2100 UTC", "1430 hours", "0900 local time"),
#: as wire copy writes it: never a year.
_CLOCK = re.compile(r"(?<!\d)(?:[01]\d|2[0-3])[0-5]\d ?(?:utc|gmt|z|hours|hrs|h|local(?: time)?|[a-z]{1,3}[sd]?t)\b")


def _normalise(expression: str) -> str:
    text = expression.lower().replace("’", "'").replace("–", "-")
    text = _CLOCK.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" .,;:()\"'")
    return re.sub(r"'s$", "", text)


def _split_relation(text: str) -> tuple[str, str]:
    for pattern, relation in _RELATIONS:
        m = pattern.match(text)
        if m:
            return relation, text[m.end():]
    return "on", text


def _strip_fillers(text: str) -> str:
    while (m := _FILLER.match(text)) is not None:
        text = text[m.end():]
    return text


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(pub: date, month: int, day: int | None, which: str | None = None) -> int:
    """The year that puts ``month`` (``day``) nearest to ``pub``; ties go to the past."""
    def distance(year: int) -> int:
        if not MINYEAR <= year <= MAXYEAR:
            return 10**9  # a publication date in year 1 or 9999 has no year beside it
        if day is None:
            return (year * 12 + month) - (pub.year * 12 + pub.month)
        d = _safe_date(year, month, day) or date(year, month, 28)
        return (d - pub).days
    if which == "last":
        return max((y for y in (pub.year - 1, pub.year) if distance(y) < 0), default=pub.year)
    if which == "next":
        return min((y for y in (pub.year, pub.year + 1) if distance(y) > 0), default=pub.year)
    if which == "this":
        return pub.year
    return min((pub.year - 1, pub.year, pub.year + 1), key=lambda y: (abs(distance(y)), distance(y) > 0))


def _absolute(text: str) -> str | None:
    m = _ISO_DAY.search(text)
    if m and (d := _safe_date(*map(int, m.groups()))):
        return d.isoformat()
    for pattern in _DATE_FORMS:
        m = pattern.search(text)
        if m and (d := _safe_date(int(m["year"]), _MONTHS[m["month"]], int(m["day"]))):
            return d.isoformat()
    m = _MONTH_YEAR.search(text)
    if m:
        return f"{int(m['year']):04d}-{_MONTHS[m['month']]:02d}"
    return None


def _year_only(text: str) -> str | None:
    """The year of an expression that names exactly one ("mid-2014", "the summer of 2019")."""
    years = set(_YEARS.findall(text))
    return years.pop() if len(years) == 1 and not _DECADE.search(text) else None


def _weekday(m: re.Match[str], pub: date) -> str:
    target = _WEEKDAYS[m["weekday"]]
    which = m["which"] or ""
    back = (pub.weekday() - target) % 7
    if which in ("next", "coming", "this coming"):
        return (pub + timedelta(days=(target - pub.weekday()) % 7 or 7)).isoformat()
    if which == "this":
        return (pub + timedelta(days=target - pub.weekday())).isoformat()
    if which in ("last", "past") and back == 0:
        back = 7
    return (pub - timedelta(days=back)).isoformat()


def _shift_month(pub: date, months: int) -> str:
    index = pub.year * 12 + pub.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _period(which: str, unit: str, pub: date) -> str:
    step = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[which]
    if unit == "year":
        return f"{pub.year + step:04d}"
    if unit == "month":
        return _shift_month(pub, step)
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
    if unit == "weekend":  # the Saturday of that weekend; "last weekend" is the one just gone, on a
        return (monday + timedelta(days=5)).isoformat()  # Saturday or Sunday the one before it
    if step < 0 and pub.weekday() == 6:  # on a Sunday, "last week" is the working week just ended
        monday += timedelta(weeks=1)
    return monday.isoformat()


def _ago(m: re.Match[str], pub: date) -> str:
    n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"]]
    unit = m["unit"]
    if unit == "year":
        return f"{pub.year - n:04d}"
    if unit == "month":
        return _shift_month(pub, -n)
    return (pub - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()


def _relative(text: str, pub: date) -> str | None:
    for pattern, offset in _DAY_OFFSETS:
        if pattern.fullmatch(text):
            return (pub + timedelta(days=offset)).isoformat()
    if m := _WEEKDAY_FORM.match(text):
        return _weekday(m, pub)
    if (m := _PERIOD.match(text)) and not (m["which"] == "past" and m["unit"] != "weekend"):
        return _period(m["which"], m["unit"], pub)
    if m := _AGO.match(text):
        return _ago(m, pub)
    if m := _DAY_MONTH.match(text):
        month, day = _MONTHS[m["month"] or m["month2"]], int(m["day"] or m["day2"])
        d = _safe_date(_nearest_year(pub, month, day), month, day)
        return d.isoformat() if d else None
    if m := _MONTH_ONLY.match(text):
        month = _MONTHS[m["month"]]
        return f"{_nearest_year(pub, month, None, m['which']):04d}-{month:02d}"
    return None


def _dateparser(text: str, pub: date | None) -> str | None:
    """Fallback for other forms with a month name and a number ("5-Mar-2024")."""
    if not (_MONTH_NAME.search(text) and re.search(r"\d", text)) or (pub is None and not _YEARS.search(text)):
        return None
    import dateparser

    base = datetime.combine(pub or date(2000, 1, 1), datetime.min.time())
    data = dateparser.DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True,
        "STRICT_PARSING": False}).get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    width = {"day": 10, "month": 7, "year": 4}[data.period]
    return data.date_obj.date().isoformat()[:width]


def resolve_date(expression: str, published: date | datetime | str | None) -> tuple[str | None, str]:
    """Resolve a time expression: ``(value, relation)``.

    ``value`` is an ISO 8601 date at the precision the text gives (``YYYY-MM-DD``,
    ``YYYY-MM`` or ``YYYY``) or ``None`` when it cannot be resolved; ``relation`` is ``on``,
    ``before`` or ``after``. ``published`` is the publication date (a ``date``, ``datetime``
    or ISO string); see the module docstring for the conventions.

    Raises:
        ArgumentError: E010 when ``published`` is a string that is not an ISO 8601 date.
    """
    pub = as_date(published)
    relation, text = _split_relation(_normalise(expression))
    if _ANAPHORIC.match(text):
        return None, relation
    text = _strip_fillers(text)
    value = _absolute(text)
    if value is None and pub is not None:
        try:
            value = _relative(text, pub)
        except (OverflowError, ValueError):  # "yesterday" of 0001-01-01 is before year 1
            value = None
        if value is not None and len(value.split("-")[0]) != 4:
            value = None  # "next year" of 9999-12-31
    if value is None and not _DECADE.search(text):
        value = _dateparser(text, pub) or _year_only(text)
    return value, relation


# --- finding expressions in a document -------------------------------------------------------

_EXTRA = re.compile("|".join((
    r"\b(?:[Pp]re|[Pp]ost)-?\d{4}\b",
    r"\b(?:[Ee]ver since|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Pp]rior to)\s+\d{4}\b(?!\s*[-–]?\s*\d)",
    r"\b(?:[Oo]vernight|[Ll]ast night|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b",
    r"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.sub(r"\(\?P<\w+>", "(?:", rf"(?i:\b(?:{_DAY}(?: of)? {_MONTH},? {_YEAR}|{_MONTH} {_DAY},? {_YEAR})\b)"),
)))
_RELATION_WORDS = {"since", "until", "till", "before", "after", "prior"}
_AGE = re.compile(r"\d+[- ]years?[- ]old|\byear-old\b|\baged?\b", re.I)
_TRAILING = {"and", "or", "to", "of", "the", ",", ".", ";", "-", "–"}
_OVERLAP_OK = {"DATE", "TIME", "CARDINAL", "ORDINAL"}


def _entity_spans(doc: Doc) -> list[tuple[int, int]]:
    """DATE/TIME entities cut at a line break, without trailing conjunctions or white space,
    with a preceding relation word."""
    spans = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or _AGE.search(ent.text):
            continue
        start, end = ent.start, ent.end
        breaks = [t.i for t in ent if "\n" in t.text and t.i > start]
        end = breaks[0] if breaks else end  # an entity never runs across a line break
        while end - start > 1 and (doc[end - 1].is_space or doc[end - 1].text.lower() in _TRAILING):
            end -= 1
        if start > 0 and doc[start - 1].text.lower() in _RELATION_WORDS:
            start -= 1
        spans.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
    return spans


def find_dates(doc: Doc, published: date | datetime | str | None) -> list[DateValue]:
    """Time expressions of a parsed document with their resolved values, in text order.

    Candidates are spaCy DATE/TIME entities (ages such as "71-year-old" left out, a preceding
    "since"/"until"/"before"/"after" included) and what the small model misses: "pre-2014",
    "since 2014", "overnight", "last night", weekday names and full dates. Overlaps keep the
    longest span; a bare number that is a clock time ("1430" of "1430 UTC") is left out.
    Offsets are Python ``str`` indices into ``doc.text``; values as in
    :func:`resolve_date` (``None`` when not resolvable, e.g. "for decades").

    Raises:
        ArgumentError: E010 when ``published`` is a string that is not an ISO 8601 date.
    """
    pub = as_date(published)
    blocked = [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in _OVERLAP_OK]
    candidates = _entity_spans(doc)
    full = doc_text(doc)
    for m in _EXTRA.finditer(full):
        if not any(s < m.end() and m.start() < e for s, e in blocked):
            candidates.append((m.start(), m.end()))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(candidates), key=lambda se: (se[0] - se[1], se[0])):
        if not any(s < end and start < e for s, e in chosen):
            chosen.append((start, end))
    results = []
    for start, end in sorted(chosen):
        if full[start:end].isdigit() and _CLOCK.match(full[start:start + 24].lower()):
            continue  # "(1430 UTC)": a time of day the model took for a year
        text = full[start:end]
        value, relation = resolve_date(text, pub)
        results.append(DateValue(text=text, start=start, end=end, value=value, relation=relation))
    return results
