"""What changed between two versions of a plan, said in plain Dutch (B1) for the family.

Both sides are the ``plan`` object of a plan file (see ``planfile.handed_over``): the snapshot of a frozen version,
and the plan as it is now. They hold no database IDs, so items are matched by what they are: a part of the plan by its
key, a person by name, a goal or agreement by its text, advice by author, date and text. An item that was rewritten is
matched by a similar text. So the comparison stays right after a plan file was imported on another laptop, where
every row has a new ID.

Each difference says what kind it is. Only ``CONTENT`` makes a frozen plan a concept again: ticking an agreement off
as done is carrying out the plan, not changing it (``PROGRESS``), and a professional's advice never changes the
family's plan (``ADVICE``). The family's answer to advice is their own words, so that is content.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any, TypeVar

from wijkteam import i18n, vocabulary
from wijkteam.deadlines import short_what
from wijkteam.i18n import QT_TRANSLATE_NOOP

Item = dict[str, Any]
T = TypeVar("T")

#: How much of a title, goal or agreement is quoted in one sentence.
QUOTE_LIMIT = 60
#: Two texts this alike (0..1) are taken to be the same item, rewritten.
SIMILAR = 0.6
#: Above this many pairs to weigh, rewritten items are not looked for: a real plan never comes near it.
MAX_SIMILARITY_PAIRS = 2_500

#: The translation context of these sentences: they are read in the language of the screens (``wijkteam.i18n``), and
#: in Dutch on the command line.
CHANGES = "Changes"
#: "Nieuw advies van ...", "Nieuwe informatie van ...", "Nieuwe voorwaarde van ...".
NEW_ADVICE = {"informatie": QT_TRANSLATE_NOOP("Changes", "Nieuwe informatie van %1."),
              "advies": QT_TRANSLATE_NOOP("Changes", "Nieuw advies van %1."),
              "voorwaarde": QT_TRANSLATE_NOOP("Changes", "Nieuwe voorwaarde van %1.")}
#: Parts of an agreement besides its text, with the word for each, in the order the family fills them in.
AGREEMENT_PARTS = (("who", QT_TRANSLATE_NOOP("Changes", "wie")), ("when", QT_TRANSLATE_NOOP("Changes", "wanneer")),
                   ("how_we_know", QT_TRANSLATE_NOOP("Changes", "hoe we weten dat het lukt")),
                   ("checker", QT_TRANSLATE_NOOP("Changes", "wie checkt")),
                   ("goal", QT_TRANSLATE_NOOP("Changes", "bij welk doel")))
PERSON_FIELDS = ("role", "relation", "organisation", "contact", "sector", "closeness", "support", "consent_named")


class DiffKind(StrEnum):
    CONTENT = "inhoud"  # the family's words, people or agreements: the plan needs to be agreed again
    PROGRESS = "voortgang"  # an agreement moved on: carrying out the plan
    ADVICE = "advies"  # a professional's input came or went


@dataclass(frozen=True)
class Difference:
    text: str  # one sentence, in the language of the screens (Dutch on the command line)
    kind: DiffKind = DiffKind.CONTENT


def _say(template: str, *values: object, kind: DiffKind = DiffKind.CONTENT) -> Difference:
    """A sentence marked ``QT_TRANSLATE_NOOP("Changes", ...)``, translated, its ``%1`` filled in one pass."""
    return Difference(i18n.fill(i18n.translate(CHANGES, template), *values), kind)


def _word(text: str, context: str = CHANGES) -> str:
    return i18n.translate(context, text)


# ------------------------------------------------------------------------------------------------------- wording


def dutch_date(value: str | None) -> str:
    """``2025-03-12`` as ``12 maart 2025`` (the month in the language of the screens)."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):  # the plan as stored, read before the checks of today: say what is there
        return str(value)
    return f"{day.day} {_word(vocabulary.MONTHS[day.month - 1], vocabulary.CONTEXT)} {day.year}"


def _the(kind: str) -> str:
    """"het advies", "de informatie", "de voorwaarde": the kind of an item inside a sentence."""
    return _word(vocabulary.ADVICE_KINDS_WITH_ARTICLE.get(kind, vocabulary.ADVICE_KINDS_WITH_ARTICLE["advies"]),
                 vocabulary.CONTEXT)


def _answer_word(answer: str) -> str:
    return vocabulary.inline(_word(vocabulary.label(vocabulary.ADVICE_ANSWERS, answer), vocabulary.CONTEXT))


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The first line of a text, shortened, without the full stop that would end up inside a sentence."""
    return short_what(text, limit).rstrip(" .!?;:") or "…"


def _and(words: Sequence[str]) -> str:
    if len(words) == 1:
        return words[0]
    return i18n.fill(_word(QT_TRANSLATE_NOOP("Changes", "%1 en %2")), ", ".join(words[:-1]), words[-1])


# ------------------------------------------------------------------------------------------------------ matching


def pair(old: Sequence[T], new: Sequence[T], key: Callable[[T], Any],
         text: Callable[[T], str] | None = None) -> tuple[list[tuple[T, T]], list[T], list[T]]:
    """Match the items of two lists: the same key first, then a similar ``text``.

    Nothing is matched by its place in the list: when one agreement goes and another comes, saying that the one
    "is now" the other would be wrong, while "gone" and "new" is still true of a complete rewrite.

    Returns the pairs in the order of ``new``, the old items left over (removed) and the new ones left over (added).
    """
    waiting: dict[Any, list[int]] = {}
    for j, item in enumerate(new):
        waiting.setdefault(key(item), []).append(j)
    matches: dict[int, int] = {}  # new index -> old index
    lonely_old: list[int] = []
    for i, item in enumerate(old):
        candidates = waiting.get(key(item))
        if candidates:
            matches[candidates.pop(0)] = i
        else:
            lonely_old.append(i)
    lonely_new = [j for j in range(len(new)) if j not in matches]
    if text is not None and lonely_old and lonely_new and len(lonely_old) * len(lonely_new) <= MAX_SIMILARITY_PAIRS:
        scores = sorted(
            ((SequenceMatcher(None, text(old[i]), text(new[j])).ratio(), i, j) for i in lonely_old for j in lonely_new),
            key=lambda score: (-score[0], score[1], score[2]),
        )
        for ratio, i, j in scores:
            if ratio >= SIMILAR and i in lonely_old and j in lonely_new:
                matches[j] = i
                lonely_old.remove(i)
                lonely_new.remove(j)
    pairs = [(old[matches[j]], new[j]) for j in sorted(matches)]
    return pairs, [old[i] for i in lonely_old], [new[j] for j in lonely_new]


# ------------------------------------------------------------------------------------------------------- compare


def differences(old: Item, new: Item) -> list[Difference]:
    """Every difference from ``old`` to ``new``, in the order of the plan: details, parts, people, goals, agreements,
    advice, included private notes."""
    return [
        *_plan_details(old, new),
        *_sections(old.get("sections", []), new.get("sections", [])),
        *_people(old.get("people", []), new.get("people", [])),
        *_goals(old.get("goals", []), new.get("goals", [])),
        *_agreements(old, new),
        *_advice(old.get("advice", []), new.get("advice", [])),
        *_houses(old, new),
        *_private_notes(old.get("private_notes", []), new.get("private_notes", [])),
    ]


def content_changed(old: Item, new: Item) -> bool:
    """Whether the family's plan itself changed, so that the people at the table need to agree again."""
    return any(difference.kind == DiffKind.CONTENT for difference in differences(old, new))


def _plan_details(old: Item, new: Item) -> Iterator[Difference]:
    if old.get("title") != new.get("title"):
        yield _say(QT_TRANSLATE_NOOP("Changes", "De titel van het plan is nu: '%1'."), quote(new.get("title", "")))
    if old.get("family_name") != new.get("family_name"):
        yield (_say(QT_TRANSLATE_NOOP("Changes", "De naam bij het plan is nu: %1."), quote(new["family_name"]))
               if new.get("family_name") else _say(QT_TRANSLATE_NOOP("Changes", "De naam bij het plan is weggehaald.")))
    for field, now, gone in (
        ("melding_date", QT_TRANSLATE_NOOP("Changes", "De datum van de melding is nu %1."),
         QT_TRANSLATE_NOOP("Changes", "De datum van de melding is weggehaald.")),
        ("offer_date", QT_TRANSLATE_NOOP("Changes", "De datum van het aanbod om zelf een plan te maken is nu %1."),
         QT_TRANSLATE_NOOP("Changes", "De datum van het aanbod om zelf een plan te maken is weggehaald.")),
        ("term_date", QT_TRANSLATE_NOOP("Changes", "De afgesproken datum voor het plan is nu %1."),
         QT_TRANSLATE_NOOP("Changes", "De afgesproken datum voor het plan is weggehaald.")),
        ("meeting_date", QT_TRANSLATE_NOOP("Changes", "De datum van het gesprek is nu %1."),
         QT_TRANSLATE_NOOP("Changes", "De datum van het gesprek is weggehaald.")),
        ("evaluation_date", QT_TRANSLATE_NOOP("Changes", "De evaluatiedatum is nu %1."),
         QT_TRANSLATE_NOOP("Changes", "De evaluatiedatum is weggehaald.")),
    ):
        if old.get(field) != new.get(field):
            value = new.get(field)
            yield _say(now, dutch_date(value)) if value else _say(gone)
    if old.get("meeting_place") != new.get("meeting_place"):
        yield (_say(QT_TRANSLATE_NOOP("Changes", "De plaats van het gesprek is nu: %1."), quote(new["meeting_place"]))
               if new.get("meeting_place")
               else _say(QT_TRANSLATE_NOOP("Changes", "De plaats van het gesprek is weggehaald.")))
    if old.get("plan_b", "") != new.get("plan_b", ""):
        if not old.get("plan_b", "").strip():
            yield _say(QT_TRANSLATE_NOOP("Changes", "Er is een plan B bijgekomen."))
        elif not new.get("plan_b", "").strip():
            yield _say(QT_TRANSLATE_NOOP("Changes", "Plan B is weggehaald."))
        else:
            yield _say(QT_TRANSLATE_NOOP("Changes", "Plan B is aangepast."))
    if old.get("language") != new.get("language"):
        yield _say(QT_TRANSLATE_NOOP("Changes", "De taal van het plan is aangepast."))


def _sections(old: list[Item], new: list[Item]) -> Iterator[Difference]:
    before = {section["key"]: section for section in old}
    now = {section["key"]: section for section in new}
    for section in new:
        title = quote(section["title"])
        previous = before.get(section["key"])
        if previous is None:
            # A part of the template that came in empty (a newer Ons Plan added it to the list) changes nothing
            # the family wrote: a frozen plan stays as agreed until they write in it.
            own = section.get("custom") or str(section.get("key", "")).startswith("eigen-")
            if own or section.get("text", "").strip():
                yield _say(QT_TRANSLATE_NOOP("Changes", "Er is een nieuw deel bijgekomen: '%1'."), title)
            continue
        if previous["title"] != section["title"]:
            yield _say(QT_TRANSLATE_NOOP("Changes", "Het deel '%1' heet nu '%2'."), quote(previous["title"]), title)
        if previous["text"] != section["text"]:
            yield _say(QT_TRANSLATE_NOOP("Changes", "Het deel '%1' is aangepast."), title)
        if previous["skipped"] != section["skipped"]:
            skipped = QT_TRANSLATE_NOOP("Changes", "Het deel '%1' wordt nu overgeslagen.")
            used = QT_TRANSLATE_NOOP("Changes", "Het deel '%1' wordt weer gebruikt.")
            yield _say(skipped if section["skipped"] else used, title)
    for section in old:
        if section["key"] not in now:
            yield _say(QT_TRANSLATE_NOOP("Changes", "Het deel '%1' is weggehaald."), quote(section["title"]))
    kept_before = [key for key in before if key in now]
    kept_now = [key for key in now if key in before]
    if kept_before != kept_now:
        yield _say(QT_TRANSLATE_NOOP("Changes", "De volgorde van de delen is veranderd."))


def _people(old: list[Item], new: list[Item]) -> Iterator[Difference]:
    pairs, removed, added = pair(old, new, key=lambda p: p["name"], text=lambda p: p["name"])
    for before, now in pairs:
        if before["name"] != now["name"]:
            yield _say(QT_TRANSLATE_NOOP("Changes", "%1 heet nu %2."), quote(before["name"]), quote(now["name"]))
        else:
            yield from _person_changes(before, now)
    for person in added:
        yield _say(QT_TRANSLATE_NOOP("Changes", "Er is een persoon bijgekomen: %1."), quote(person["name"]))
    for person in removed:
        yield _say(QT_TRANSLATE_NOOP("Changes", "%1 staat niet meer in het plan."), quote(person["name"]))


def _person_changes(before: Item, now: Item) -> Iterator[Difference]:
    """Where someone stands on the network map in words (closer, further, another group), then any other detail."""
    name = quote(now["name"])
    if before.get("closeness") != now.get("closeness") and isinstance(now.get("closeness"), int):
        closer = isinstance(before.get("closeness"), int) and now["closeness"] < before["closeness"]
        yield (_say(QT_TRANSLATE_NOOP("Changes", "%1 staat nu dichterbij."), name) if closer
               else _say(QT_TRANSLATE_NOOP("Changes", "%1 staat nu verder weg."), name))
    if before.get("sector") != now.get("sector"):
        group = vocabulary.SECTORS.get(now.get("sector") or "", "")
        yield (_say(QT_TRANSLATE_NOOP("Changes", "%1 staat nu bij %2."), name, _word(group, vocabulary.CONTEXT).lower())
               if group else _say(QT_TRANSLATE_NOOP("Changes", "%1 staat nu in geen groep."), name))
    others = [field for field in PERSON_FIELDS if field not in ("closeness", "sector")]
    if any(before.get(field) != now.get(field) for field in others):
        yield _say(QT_TRANSLATE_NOOP("Changes", "De gegevens van %1 zijn aangepast."), name)


def _pair_goals(old: list[Item], new: list[Item]) -> tuple[list[tuple[Item, Item]], list[Item], list[Item]]:
    return pair(old, new, key=lambda g: g["text"], text=lambda g: g["text"])


def _goals(old: list[Item], new: list[Item]) -> Iterator[Difference]:
    pairs, removed, added = _pair_goals(old, new)
    for before, now in pairs:
        if before["text"] != now["text"]:
            yield _say(QT_TRANSLATE_NOOP("Changes", "Het doel '%1' is nu: %2."), quote(before["text"]),
                       quote(now["text"]))
    for goal in added:
        yield _say(QT_TRANSLATE_NOOP("Changes", "Nieuw doel: %1."), quote(goal["text"]))
    for goal in removed:
        yield _say(QT_TRANSLATE_NOOP("Changes", "Doel weggehaald: %1."), quote(goal["text"]))


def _agreement_view(plan: Item, goal_names: dict[str, str]) -> list[Item]:
    """Agreements with names instead of file references, which differ from one file to the next."""
    names = {person["ref"]: person["name"] for person in plan.get("people", [])}
    return [
        {
            **agreement,
            "who": sorted(names.get(ref, "") for ref in agreement.get("who", [])),
            "when": (agreement.get("when_text", ""), agreement.get("due_date")),
            "goal": goal_names.get(agreement["goal"], "") if agreement.get("goal") else "",
        }
        for agreement in plan.get("agreements", [])
    ]


def _agreement_text(agreement: Item) -> str:
    """All of an agreement in one text: a rewritten "wat" with the same people and dates is still the same one."""
    when_text, due_date = agreement["when"]
    return "\n".join([agreement["what"], *agreement["who"], when_text, due_date or "", agreement.get("how_we_know", ""),
                      agreement.get("checker", "")])


def _agreements(old_plan: Item, new_plan: Item) -> Iterator[Difference]:
    # A goal that was reworded is still the same goal: its agreements did not move to another one.
    goal_pairs, _gone, _new = _pair_goals(old_plan.get("goals", []), new_plan.get("goals", []))
    new_goals = {goal["ref"]: f"new:{goal['ref']}" for goal in new_plan.get("goals", [])}
    old_goals = {goal["ref"]: f"old:{goal['ref']}" for goal in old_plan.get("goals", [])}
    old_goals.update({before["ref"]: new_goals[now["ref"]] for before, now in goal_pairs})
    old, new = _agreement_view(old_plan, old_goals), _agreement_view(new_plan, new_goals)
    pairs, removed, added = pair(old, new, key=lambda a: a["what"], text=_agreement_text)
    for before, now in pairs:
        what = quote(now["what"])
        if before["what"] != now["what"]:
            yield _say(QT_TRANSLATE_NOOP("Changes", "Afspraak '%1' is nu: %2."), quote(before["what"]), what)
        parts = [_word(word) for field, word in AGREEMENT_PARTS if before[field] != now[field]]
        if parts:
            yield _say(QT_TRANSLATE_NOOP("Changes", "Afspraak '%1' is aangepast: %2."), what, _and(parts))
        if before.get("is_safety") != now.get("is_safety"):
            yield (_say(QT_TRANSLATE_NOOP("Changes", "Afspraak '%1' is nu een veiligheidsafspraak."), what)
                   if now.get("is_safety")
                   else _say(QT_TRANSLATE_NOOP("Changes", "Afspraak '%1' is geen veiligheidsafspraak meer."), what))
        if before.get("status") != now.get("status"):
            status = vocabulary.inline(_word(vocabulary.label(vocabulary.AGREEMENT_STATUSES, now.get("status", "")),
                                             vocabulary.CONTEXT))
            yield _say(QT_TRANSLATE_NOOP("Changes", "Afspraak '%1' staat nu op: %2."), what, status,
                       kind=DiffKind.PROGRESS)
    for agreement in added:
        yield _say(QT_TRANSLATE_NOOP("Changes", "Nieuwe afspraak: %1."), quote(agreement["what"]))
    for agreement in removed:
        yield _say(QT_TRANSLATE_NOOP("Changes", "Afspraak weggehaald: %1."), quote(agreement["what"]))


def _advice(old: list[Item], new: list[Item]) -> Iterator[Difference]:
    def key(item: Item) -> tuple[str, str, str, str]:
        return item["kind"], item["author_name"], item["given_on"], item["text"]

    # Advice is never rewritten, so only the same advice counts as a match, never a similar one.
    pairs, removed, added = pair(old, new, key=key)
    for before, now in pairs:
        yield from _answer(now, before.get("response"), now.get("response"))
    for item in added:
        fresh = NEW_ADVICE.get(item["kind"], NEW_ADVICE["advies"])
        yield _say(fresh, quote(item["author_name"]), kind=DiffKind.ADVICE)
        yield from _answer(item, None, item.get("response"))
    for item in removed:
        the = _the(item["kind"])
        yield _say(QT_TRANSLATE_NOOP("Changes", "%1 van %2 staat er niet meer in."), the[:1].upper() + the[1:],
                   quote(item["author_name"]), kind=DiffKind.ADVICE)


def _answer(item: Item, before: Item | None, now: Item | None) -> Iterator[Difference]:
    """The family's answer to one piece of advice: their own words, so a change is content."""
    old_answer = before["answer"] if before else "open"
    new_answer = now["answer"] if now else "open"
    the = _the(item["kind"])
    author = quote(item["author_name"])
    if old_answer != new_answer:
        yield _say(QT_TRANSLATE_NOOP("Changes", "Het antwoord op %1 van %2 is nu: %3."), the, author,
                   _answer_word(new_answer))
    elif (before["reason"] if before else "") != (now["reason"] if now else ""):
        yield _say(QT_TRANSLATE_NOOP("Changes", "De reden bij het antwoord op %1 van %2 is aangepast."), the, author)


#: "Het huis van zorgen van Jesse is aangepast.": one sentence per kind of house and what happened to it, so that each
#: language can say it in its own order.
_HOUSE_CHANGED = {
    "zorgen": QT_TRANSLATE_NOOP("Changes", "Het huis van zorgen van %1 is aangepast."),
    "goede_dingen": QT_TRANSLATE_NOOP("Changes", "Het huis van goede dingen van %1 is aangepast."),
    "dromen": QT_TRANSLATE_NOOP("Changes", "Het huis van dromen van %1 is aangepast."),
}
_HOUSE_ADDED = {
    "zorgen": QT_TRANSLATE_NOOP("Changes", "Het huis van zorgen van %1 staat nu in het plan."),
    "goede_dingen": QT_TRANSLATE_NOOP("Changes", "Het huis van goede dingen van %1 staat nu in het plan."),
    "dromen": QT_TRANSLATE_NOOP("Changes", "Het huis van dromen van %1 staat nu in het plan."),
}
_HOUSE_REMOVED = {
    "zorgen": QT_TRANSLATE_NOOP("Changes", "Het huis van zorgen van %1 staat niet meer in het plan."),
    "goede_dingen": QT_TRANSLATE_NOOP("Changes", "Het huis van goede dingen van %1 staat niet meer in het plan."),
    "dromen": QT_TRANSLATE_NOOP("Changes", "Het huis van dromen van %1 staat niet meer in het plan."),
}


def drawing_fingerprint(house: Item) -> str | None:
    """The SHA-256 of a house's drawing: of the drawing itself, or as a frozen version recorded it; None: none."""
    drawing = house.get("drawing")
    if isinstance(drawing, str) and drawing:
        return hashlib.sha256(base64.b64decode(drawing)).hexdigest()
    found = house.get("drawing_sha256")
    return found if isinstance(found, str) else None


def drawings_as_fingerprints(plan: Item) -> Item:
    """``plan`` for the snapshot of a frozen version: each drawing as its fingerprint. The plan carries each drawing
    once; were every version to carry it again, a plan with many drawings would outgrow what a plan file may hold."""
    houses = plan.get("child_houses")
    if not houses:
        return plan
    return {**plan, "child_houses": [{**house, "drawing": None, "drawing_sha256": drawing_fingerprint(house)}
                                     for house in houses]}


def _houses(old_plan: Item, new_plan: Item) -> Iterator[Difference]:
    """A child's houses that the child shares (Drie Huizen): changed, now in the plan, or no longer. The child's own
    words are never quoted here: the list of changes is read aloud at the table."""
    def view(plan: Item) -> dict[tuple[str, str], Item]:
        names = {person.get("ref"): person.get("name", "") for person in plan.get("people", [])}
        return {(names.get(house.get("child"), ""), house.get("kind", "")): house
                for house in plan.get("child_houses", []) if house.get("shared", True)}
    before, now = view(old_plan), view(new_plan)
    for (child, kind), house in now.items():
        if kind not in _HOUSE_CHANGED:
            continue
        was = before.get((child, kind))
        if was is None:
            yield _say(_HOUSE_ADDED[kind], quote(child))
        elif (was.get("text"), drawing_fingerprint(was)) != (house.get("text"), drawing_fingerprint(house)):
            yield _say(_HOUSE_CHANGED[kind], quote(child))
    for (child, kind) in before:
        if (child, kind) not in now and kind in _HOUSE_REMOVED:
            yield _say(_HOUSE_REMOVED[kind], quote(child))


def _private_notes(old: list[Item], new: list[Item]) -> Iterator[Difference]:
    # A note keeps its moment of writing wherever the plan goes; its text is private, so it is never quoted.
    pairs, removed, added = pair(old, new, key=lambda n: n["created_at"])
    for before, now in pairs:
        if before["text"] != now["text"]:
            yield _say(QT_TRANSLATE_NOOP("Changes", "Een eigen notitie die meegaat in het plan is aangepast."))
    for _note in added:
        yield _say(QT_TRANSLATE_NOOP("Changes", "Er gaat nu een eigen notitie mee in het plan."))
    for _note in removed:
        yield _say(QT_TRANSLATE_NOOP("Changes", "Een eigen notitie gaat niet meer mee in het plan."))
