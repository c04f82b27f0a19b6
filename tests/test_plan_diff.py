"""What changed between two versions, in plain Dutch: pure comparisons of plan-file ``plan`` objects."""

from __future__ import annotations

import copy
from typing import Any

from wijkteam.plan_diff import DiffKind, content_changed, differences, dutch_date, pair, quote

Plan = dict[str, Any]


def _plan() -> Plan:
    return {
        "type": "familiegroepsplan", "title": "Samen weer rust thuis", "family_name": "Familie Yılmaz",
        "status": "vastgesteld", "language": "nl", "melding_date": None, "meeting_date": "2025-03-01",
        "meeting_place": "Bij oma", "evaluation_date": "2025-06-01", "plan_b": "Bel oom Dennis.",
        "created_at": "2025-02-01T10:00:00+00:00", "updated_at": "2025-03-01T10:00:00+00:00",
        "people": [
            {"ref": "p1", "name": "Sanne", "role": "gezin", "relation": "moeder", "organisation": "", "contact": "",
             "sector": "gezin", "closeness": 1, "support": [], "consent_named": True, "position": 0},
            {"ref": "p2", "name": "Oma Ria", "role": "netwerk", "relation": "oma", "organisation": "", "contact": "",
             "sector": "familie", "closeness": 1, "support": ["praktisch"], "consent_named": True, "position": 1},
        ],
        "sections": [
            {"ref": "s1", "key": "hoofdvraag", "title": "Onze hoofdvraag", "position": 0, "text": "Rust thuis.",
             "done": True, "skipped": False, "custom": False, "updated_at": "2025-03-01T10:00:00+00:00"},
            {"ref": "s2", "key": "zorgen", "title": "Onze zorgen", "position": 1, "text": "Ruzie.", "done": False,
             "skipped": False, "custom": False, "updated_at": "2025-03-01T10:00:00+00:00"},
        ],
        "goals": [{"ref": "g1", "text": "Jesse gaat weer elke dag naar school.", "position": 0}],
        "agreements": [
            {"ref": "a1", "goal": "g1", "what": "Oma Ria brengt Jesse op maandag naar school.", "who": ["p2"],
             "when_text": "elke maandag", "due_date": "2025-04-01", "how_we_know": "Jesse is op school",
             "checker": "Sanne", "status": "bezig", "is_safety": False, "position": 0},
        ],
        "advice": [
            {"ref": "adv1", "section": "s2", "kind": "advies", "author_name": "Karin de Vries",
             "organisation": "Wijkteam", "legal_basis": "", "text": "Vraag hulp bij de schulden.",
             "given_on": "2025-02-20", "created_at": "2025-02-20T09:00:00+00:00", "response": None},
        ],
        "process_steps": [], "process_notes": [], "versions": [], "history": [],
        "private_notes": [],
    }


def _texts(old: Plan, new: Plan) -> list[str]:
    return [d.text for d in differences(old, new)]


def test_the_same_plan_has_no_differences_whatever_the_times_or_status() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    new["status"] = "concept"
    new["updated_at"] = "2025-04-01T10:00:00+00:00"
    new["sections"][0]["updated_at"] = "2025-04-01T10:00:00+00:00"
    new["sections"][0]["done"] = False  # "klaar" is a writing aid, not the plan's content
    assert differences(old, new) == []
    assert not content_changed(old, new)


def test_section_text_title_skip_add_remove_and_order() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    new["sections"][1]["text"] = "Ruzie, en Jesse gaat niet naar school."
    assert _texts(old, new) == ["Het deel 'Onze zorgen' is aangepast."]

    new["sections"][1]["title"] = "Waar we ons zorgen over maken"
    new["sections"][0]["skipped"] = True
    new["sections"].reverse()
    new["sections"].append({**new["sections"][0], "ref": "s3", "key": "eigen-1", "title": "Onze hond", "text": ""})
    old["sections"].append({**old["sections"][0], "ref": "s4", "key": "eigen-9", "title": "Oud deel"})
    assert _texts(old, new) == [
        "Het deel 'Onze zorgen' heet nu 'Waar we ons zorgen over maken'.",
        "Het deel 'Waar we ons zorgen over maken' is aangepast.",
        "Het deel 'Onze hoofdvraag' wordt nu overgeslagen.",
        "Er is een nieuw deel bijgekomen: 'Onze hond'.",
        "Het deel 'Oud deel' is weggehaald.",
        "De volgorde van de delen is veranderd.",
    ]
    assert content_changed(old, new)


def test_plan_details() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    new.update(title="Thuis weer fijn", evaluation_date="2025-07-15", meeting_date=None, plan_b="Bel oom Dennis op.",
               meeting_place="")
    assert _texts(old, new) == [
        "De titel van het plan is nu: 'Thuis weer fijn'.",
        "De datum van het gesprek is weggehaald.",
        "De evaluatiedatum is nu 15 juli 2025.",
        "De plaats van het gesprek is weggehaald.",
        "Plan B is aangepast.",
    ]


def test_people_added_removed_renamed_and_changed() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    new["people"].append({**old["people"][0], "ref": "p3", "name": "Fatima", "role": "netwerk"})
    assert _texts(old, new) == ["Er is een persoon bijgekomen: Fatima."]

    new["people"][1]["relation"] = "oma, moeder van Sanne"
    new["people"][0]["name"] = "Sanne B."
    assert _texts(old, new) == [
        "Sanne heet nu Sanne B.",
        "De gegevens van Oma Ria zijn aangepast.",
        "Er is een persoon bijgekomen: Fatima.",
    ]
    del new["people"][1]
    new["agreements"][0]["who"] = []
    assert "Oma Ria staat niet meer in het plan." in _texts(old, new)


def test_people_who_came_closer_or_moved_on_the_network_map() -> None:
    old = _plan()
    old["people"][1].update(sector="familie", closeness=2)
    new = copy.deepcopy(old)
    new["people"][1]["closeness"] = 1
    assert _texts(old, new) == ["Oma Ria staat nu dichterbij."]
    new["people"][1].update(closeness=3, sector="vrienden_buren", relation="buurvrouw")
    assert _texts(old, new) == ["Oma Ria staat nu verder weg.", "Oma Ria staat nu bij vrienden en buren.",
                                "De gegevens van Oma Ria zijn aangepast."]
    assert content_changed(old, new)


def test_goals() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    new["goals"][0]["text"] = "Jesse gaat weer elke dag graag naar school."
    new["goals"].append({"ref": "g2", "text": "Minder ruzie.", "position": 1})
    assert _texts(old, new) == [
        "Het doel 'Jesse gaat weer elke dag naar school' is nu: Jesse gaat weer elke dag graag naar school.",
        "Nieuw doel: Minder ruzie.",
    ]
    assert _texts(new, old)[-1] == "Doel weggehaald: Minder ruzie."


def test_agreements_new_status_parts_and_rewrites() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    new["agreements"].append({**old["agreements"][0], "ref": "a2", "what": "Oma brengt Jesse naar school.",
                              "status": "nog_niet_begonnen"})
    new["agreements"][0]["status"] = "gedaan"
    found = differences(old, new)
    assert [(d.text, d.kind) for d in found] == [
        ("Afspraak 'Oma Ria brengt Jesse op maandag naar school' staat nu op: gedaan.", DiffKind.PROGRESS),
        ("Nieuwe afspraak: Oma brengt Jesse naar school.", DiffKind.CONTENT),
    ]

    only_progress = copy.deepcopy(old)
    only_progress["agreements"][0]["status"] = "gedaan"
    assert differences(old, only_progress) and not content_changed(old, only_progress)

    rewritten = copy.deepcopy(old)
    rewritten["agreements"][0].update(what="Oma Ria brengt Jesse op maandag en woensdag naar school.",
                                      due_date="2025-04-15", checker="Kemal", is_safety=True)
    rewritten["people"][0]["name"] = "Sanne"  # unchanged: who still points at Oma Ria
    assert _texts(old, rewritten) == [
        "Afspraak 'Oma Ria brengt Jesse op maandag naar school' is nu: Oma Ria brengt Jesse op maandag en woensdag "
        "naar school.",
        "Afspraak 'Oma Ria brengt Jesse op maandag en woensdag naar school' is aangepast: wanneer en wie checkt.",
        "Afspraak 'Oma Ria brengt Jesse op maandag en woensdag naar school' is nu een veiligheidsafspraak.",
    ]


def test_an_agreement_that_went_and_another_that_came_are_not_taken_for_one() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    new["agreements"][0] = {**old["agreements"][0], "what": "Papa kookt op vrijdag.", "who": ["p1"],
                            "when_text": "vrijdag", "due_date": None, "how_we_know": "", "checker": ""}
    assert _texts(old, new) == [
        "Nieuwe afspraak: Papa kookt op vrijdag.",
        "Afspraak weggehaald: Oma Ria brengt Jesse op maandag naar school.",
    ]


def test_references_are_resolved_so_renumbered_files_compare_equal() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    # Another export numbers people differently; the agreement still names the same person.
    new["people"] = [{**p, "ref": f"x{p['ref']}"} for p in new["people"]]
    new["agreements"][0]["who"] = ["xp2"]
    assert differences(old, new) == []


def test_advice_new_answered_and_reason() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    new["advice"][0]["response"] = {"answer": "deels", "reason": "Eerst zelf.", "updated_at": "2025-03-02T10:00:00Z"}
    new["advice"].append({**old["advice"][0], "ref": "adv2", "kind": "voorwaarde", "legal_basis": "OTS",
                          "text": "Geen ruzie waar de kinderen bij zijn."})
    found = differences(old, new)
    assert [(d.text, d.kind) for d in found] == [
        ("Het antwoord op het advies van Karin de Vries is nu: deels overgenomen.", DiffKind.CONTENT),
        ("Nieuwe voorwaarde van Karin de Vries.", DiffKind.ADVICE),
    ]
    reason = copy.deepcopy(new)
    reason["advice"][0]["response"]["reason"] = "Eerst zelf proberen."
    assert _texts(new, reason) == ["De reden bij het antwoord op het advies van Karin de Vries is aangepast."]
    only_advice = copy.deepcopy(old)
    only_advice["advice"].append(new["advice"][1])
    assert not content_changed(old, only_advice)


def test_included_private_notes_are_counted_but_never_quoted() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    note = {"ref": "pn1", "text": "Geheim: we waren boos.", "include": True,
            "created_at": "2025-03-01T10:00:00+00:00", "updated_at": "2025-03-01T10:00:00+00:00"}
    new["private_notes"] = [note]
    assert _texts(old, new) == ["Er gaat nu een eigen notitie mee in het plan."]
    changed = copy.deepcopy(new)
    changed["private_notes"][0]["text"] = "Geheim: we waren erg boos."
    assert _texts(new, changed) == ["Een eigen notitie die meegaat in het plan is aangepast."]
    assert all("boos" not in text for text in _texts(new, changed) + _texts(new, old))


def test_a_childs_shared_houses_changed_added_and_gone_without_the_childs_words() -> None:
    old = _plan()
    old["people"].append({**old["people"][0], "ref": "p3", "name": "Jesse", "relation": "zoon", "position": 2})
    old["child_houses"] = [
        {"child": "p3", "kind": "zorgen", "text": "Ruzie thuis.", "drawing": None, "shared": True},
        {"child": "p3", "kind": "dromen", "text": "Voetballer worden.", "drawing": None, "shared": True},
    ]
    new = copy.deepcopy(old)
    new["child_houses"][0]["text"] = "Minder ruzie nu."  # written again
    new["child_houses"][1]["drawing"] = "iVBORw0KGgo="  # a drawing added: changed as well
    new["child_houses"].append({"child": "p3", "kind": "goede_dingen", "text": "Oma.", "drawing": None,
                                "shared": True})
    assert _texts(old, new) == ["Het huis van zorgen van Jesse is aangepast.",
                                "Het huis van dromen van Jesse is aangepast.",
                                "Het huis van goede dingen van Jesse staat nu in het plan."]
    assert content_changed(old, new)
    kept_back = copy.deepcopy(new)
    kept_back["child_houses"] = kept_back["child_houses"][1:]  # the child keeps the house of worries back
    assert _texts(new, kept_back) == ["Het huis van zorgen van Jesse staat niet meer in het plan."]
    # Renumbered references compare equal: the houses follow the child's name, not its number.
    renumbered = copy.deepcopy(new)
    renumbered["people"][2]["ref"] = "p9"
    for house in renumbered["child_houses"]:
        house["child"] = "p9"
    assert _texts(new, renumbered) == []
    words = " ".join(_texts(old, new) + _texts(new, kept_back))
    assert "ruzie" not in words.lower() and "Voetballer" not in words and "Oma." not in words


def test_wording_helpers() -> None:
    assert dutch_date("2025-03-12") == "12 maart 2025"
    assert quote("Oma brengt Jesse naar school.\nTweede regel") == "Oma brengt Jesse naar school"
    assert quote("x" * 100).endswith("…")
    pairs, removed, added = pair(["a", "b", "b"], ["b", "c", "b"], key=lambda x: x)
    assert pairs == [("b", "b"), ("b", "b")] and removed == ["a"] and added == ["c"]


def test_the_sentences_read_in_the_language_of_the_screens() -> None:
    from wijkteam import i18n

    english = {("Changes", "Plan B is aangepast."): "Plan B was changed.",
               ("Changes", "%1 staat nu dichterbij."): "%1 is closer now.",
               ("Changes", "Het deel '%1' is aangepast."): "The part '%1' was changed."}
    old = _plan()
    old["people"][1].update(sector="familie", closeness=2)
    new = copy.deepcopy(old)
    new.update(plan_b="Bel oom Dennis op.")
    new["people"][1]["closeness"] = 1
    new["sections"][0]["text"] = "Anders, %1 en 50%."  # the family's own %1 stays as typed
    i18n.set_translator(lambda context, text: english.get((context, text), text))
    try:
        texts = _texts(old, new)
    finally:
        i18n.set_translator(None)
    assert "Plan B was changed." in texts and "Oma Ria is closer now." in texts
    assert any(t.startswith("The part '") for t in texts)
    assert "Plan B is aangepast." in _texts(old, new)  # Dutch again, as on the command line
