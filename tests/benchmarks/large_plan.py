"""A large familiegroepsplan, made through the services as a family would fill it in: 40 people, 8 goals with 50
agreements (with people and dates), 20 pieces of information and advice from six professionals (15 answered), and
every part of the plan filled with text of the length families write. Version 1 is agreed by most of the family.

    python tests/benchmarks/large_plan.py [--keep FOLDER]

prints how many pages the PDF of this plan and of the demo familiegroepsplan take; with ``--keep`` both PDFs stay in
FOLDER. ``tests/test_pdf_length.py`` imports ``make_large_plan`` and holds the page limits.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from wijkteam.services import Services

#: At most this many pages (issue 9): the same content takes 27 in a word processor's template.
LARGE_PLAN_PAGES = 30
DEMO_PLAN_PAGES = 6

TEXTS = {
    "deelnemers": "Bij de bijeenkomst waren we met veertig mensen. Sanne en Kemal, de ouders. Jesse, Elif en kleine "
    "Noor. De opa's en oma's, ooms en tantes van beide kanten. Buren uit de flat, vrienden van de voetbal en van de "
    "moskee, en de juf en de meester van school. Marieke Jansen was onze coördinator. De professionals waren er "
    "tijdens het informatiedeel; in onze eigen tijd waren ze niet in de zaal.",
    "hoofdvraag": "Hoe zorgen we er samen voor dat het thuis weer rustig en veilig is, dat Jesse en Elif weer graag "
    "naar school gaan, en dat Sanne en Kemal weer grip krijgen op geld en werk?",
    "situatie": "We wonen met z'n vijven in een flat van drie hoog in Utrecht-Overvecht. Kemal werkte twaalf jaar "
    "bij een bouwbedrijf. In maart ging het bedrijf failliet en sindsdien heeft hij geen vast werk. Sanne werkt "
    "drie dagen in de thuiszorg. Het geld is elke maand op voor de maand om is.\n\n"
    "Door de zorgen over geld is er veel spanning in huis. Sanne en Kemal maken vaak ruzie, soms hard, en de "
    "kinderen horen het. Jesse (14) sluit zich op in zijn kamer en gaat steeds vaker niet naar school. Dit "
    "schooljaar miste hij al zes weken. Elif (9) slaapt slecht en is bang als het laat wordt. Noor is pas twee en "
    "merkt vooral dat mama moe is.\n\n"
    "De school maakte zich zorgen en belde het buurtteam. Daarna kwam Samen Veilig erbij. Er is nu een "
    "ondertoezichtstelling voor Jesse en Elif. Wij willen zelf laten zien dat we het samen kunnen oplossen, met de "
    "mensen om ons heen.\n"
    "جدتنا عائشة تقول: نحن عائلة واحدة، وسنساعد بعضنا البعض.",
    "zorgen": "Onze grootste zorg is de ruzie thuis. We willen niet dat de kinderen daar bang van worden. We maken "
    "ons ook zorgen over Jesse: hij mist veel lessen en zegt dat hij zich dom voelt op school. We zijn bang dat hij "
    "blijft zitten of helemaal stopt.\n\n"
    "Elif slaapt slecht en heeft buikpijn op maandagochtend. De rekeningen stapelen zich op; er ligt een brief van "
    "de deurwaarder. Kemal voelt zich nutteloos zonder werk en slaapt overdag. Sanne doet alles alleen en is op.\n\n"
    "Oma Ria zegt dat ze zich zorgen maakt over Sanne. Anneanne Ayşe zegt dat Kemal te trots is om hulp te vragen.",
    "gaat_goed": "We houden van elkaar, ook als het moeilijk is. We eten bijna elke avond samen aan tafel. Oma Ria "
    "komt elke zondag en neemt dan soep mee. Jesse gaat altijd naar voetbal, ook als hij niet naar school gaat; "
    "trainer Łukasz zegt dat hij een echte teamspeler is. Elif doet het goed op school, leest veel en heeft fijne "
    "vriendinnen in de flat. Noor is een vrolijk kind.\n\n"
    "We hebben veel mensen om ons heen die willen helpen. Dat merkten we op de bijeenkomst: iedereen bleef tot het "
    "eind, en iedereen nam iets op zich.",
    "kinderen": "Jesse: 'Ik wil dat er minder geschreeuwd wordt. Op school voel ik me dom, daarom ga ik niet. Als "
    "ik weet dat iemand me helpt met wiskunde, wil ik het wel weer proberen. En ik wil blijven voetballen.'\n\n"
    "Elif: 'Ik wil dat papa en mama weer lachen. Ik wil een keer per week bij oma slapen, dan is het stil. Als "
    "papa en mama ruzie maken, wil ik naar Fatima.'\n\n"
    "Noor is te klein om het te zeggen. Mama zegt dat ze vrolijk wordt als opa Henk komt.",
    "doelen": "We kozen acht doelen. Bij elk doel staan hieronder de afspraken die we maakten.",
    "afspraken": "Dit zijn onze afspraken. Bij elke afspraak staat wie het doet, wanneer, hoe we weten dat het lukt "
    "en wie het in de gaten houdt. We kijken er elke zondag samen naar, bij oma Ria.",
    "veiligheid": "Als een ruzie te hoog oploopt, stopt het gesprek. Een van de ouders gaat een blokje om en belt "
    "oom Dennis of anneanne Ayşe. De kinderen gaan naar buurvrouw Fatima, drie deuren verder. Jesse neemt Elif en "
    "Noor mee.\n\n"
    "Oma Ria is altijd te bellen, ook 's nachts. Haar nummer hangt op de koelkast en staat in de telefoon van "
    "Jesse. Als niemand opneemt, belt Jesse 112.\n\n"
    "Sanne en Kemal praten niet over geld waar de kinderen bij zijn. Samen Veilig belt elke twee weken met Sanne "
    "om te horen of de afspraken werken.",
    "netwerk": "Oma Ria en anneanne Ayşe staan het dichtst bij ons. Buurvrouw Fatima is er altijd. Oom Dennis en "
    "tante Yasemin helpen met papieren en met werk zoeken. Trainer Łukasz ziet Jesse twee keer per week. Vrienden "
    "van de moskee en van het schoolplein helpen met eten, vervoer en oppassen. Hieronder staat iedereen, per groep.",
    "hulp": "Van het buurtteam vragen we een schuldhulpmaatje en hulp met de brief van de deurwaarder. Van school "
    "vragen we een plan voor Jesse, zodat hij de gemiste lessen kan inhalen, en een vast aanspreekpunt.\n\n"
    "Van de gemeente vragen we hulp bij werk voor Kemal en uitleg over toeslagen. Van de huisarts vragen we een "
    "gesprek over het slapen van Elif. Van het netwerk vragen we wat in de afspraken staat.",
    "plan_b": "Als Jesse twee dagen achter elkaar niet naar school gaat, bellen we samen met hem de mentor. Als hij "
    "een week niet gaat, vragen we de leerplichtambtenaar om een gesprek met ons erbij.\n\n"
    "Als de ruzies niet minder worden, vragen we het buurtteam om gesprekken met Sanne en Kemal samen. Als oma Ria "
    "ziek wordt, neemt tante Yasemin de zondag over. Als de deurwaarder toch beslag legt, belt oom Dennis dezelfde "
    "dag het buurtteam.",
    "wie_let_op": "Oom Dennis houdt het plan in de gaten. Hij belt elke twee weken met Sanne en Kemal, en eens per "
    "maand met oma Ria. Hij mag vragen stellen en zegt het als een afspraak niet loopt. Marieke Jansen helpt bij "
    "de evaluatie.",
    "evaluatie": "Na vier weken kijken we met de kleine groep bij oma Ria hoe het gaat. Na drie maanden komen we "
    "weer met iedereen bij elkaar, in het buurthuis. Dan kijken we of de doelen dichterbij zijn en maken we "
    "nieuwe afspraken waar dat nodig is.",
    "handtekeningen": "Iedereen die iets belooft, zet hieronder een handtekening.",
}

# name, role, relation, sector, closeness, support
PEOPLE: tuple[tuple[str, str, str, str, int, tuple[str, ...]], ...] = (
    ("Sanne Bakker", "gezin", "moeder", "gezin", 1, ()),
    ("Kemal Yılmaz", "gezin", "vader", "gezin", 1, ()),
    ("Jesse Yılmaz", "gezin", "zoon, 14 jaar", "gezin", 1, ()),
    ("Elif Yılmaz", "gezin", "dochter, 9 jaar", "gezin", 1, ()),
    ("Noor Yılmaz", "gezin", "dochter, 2 jaar", "gezin", 1, ()),
    ("Ria Bakker", "netwerk", "oma, moeder van Sanne", "familie", 1, ("praktisch", "emotioneel")),
    ("Henk Bakker", "netwerk", "opa, vader van Sanne", "familie", 1, ("praktisch", "gezelschap")),
    ("Ayşe Yılmaz", "netwerk", "anneanne, moeder van Kemal", "familie", 1, ("gezelschap", "emotioneel")),
    ("Dennis Bakker", "netwerk", "oom, broer van Sanne", "familie", 1, ("advies", "praktisch")),
    ("Yasemin Çelik", "netwerk", "tante, zus van Kemal", "familie", 2, ("advies",)),
    ("Murat Çelik", "netwerk", "oom, man van Yasemin", "familie", 2, ("praktisch",)),
    ("Emre Yılmaz", "netwerk", "oom, broer van Kemal", "familie", 2, ("praktisch",)),
    ("Lotte Bakker", "netwerk", "nicht, studeert in Utrecht", "familie", 2, ("gezelschap",)),
    ("Kim de Wit", "netwerk", "tante, vriendin van Dennis", "familie", 3, ("gezelschap",)),
    ("Zeynep Kaya", "netwerk", "achternicht", "familie", 3, ("gezelschap",)),
    ("Fatima El Amrani", "netwerk", "buurvrouw, drie deuren verder", "vrienden_buren", 1, ("praktisch", "emotioneel")),
    ("Youssef El Amrani", "netwerk", "buurman, man van Fatima", "vrienden_buren", 2, ("praktisch",)),
    ("Gerda Visser", "netwerk", "buurvrouw beneden", "vrienden_buren", 2, ("gezelschap",)),
    ("Piotr Nowak", "netwerk", "buurman, klust graag", "vrienden_buren", 2, ("praktisch",)),
    ("Ewa Nowak", "netwerk", "buurvrouw, vriendin van Sanne", "vrienden_buren", 2, ("emotioneel", "gezelschap")),
    ("Hassan Bouzid", "netwerk", "vriend van Kemal uit de moskee", "vrienden_buren", 2, ("advies", "praktisch")),
    ("Anouk Smit", "netwerk", "vriendin van Sanne", "vrienden_buren", 2, ("emotioneel",)),
    ("Mehmet Demir", "netwerk", "vriend van Kemal, eigen bedrijf", "vrienden_buren", 3, ("advies",)),
    ("Saida Haile", "netwerk", "moeder van Elifs vriendin", "vrienden_buren", 3, ("praktisch",)),
    ("Bram Mulder", "netwerk", "vriend van Jesse", "vrienden_buren", 3, ("gezelschap",)),
    ("Senait Tesfaye", "netwerk", "oppas van Noor", "vrienden_buren", 3, ("praktisch",)),
    ("Kees Meijer", "netwerk", "buurman, oud-leraar wiskunde", "vrienden_buren", 2, ("advies", "praktisch")),
    ("Łukasz Nowak", "netwerk", "voetbaltrainer van Jesse", "school_werk", 2, ("gezelschap", "advies")),
    ("Inge de Boer", "netwerk", "juf van Elif", "school_werk", 3, ("advies",)),
    ("Wouter Dekker", "netwerk", "mentor van Jesse", "school_werk", 2, ("advies",)),
    ("Nadia Aydın", "netwerk", "collega van Sanne", "school_werk", 3, ("praktisch",)),
    ("Ruud Hendriks", "netwerk", "oud-collega van Kemal", "school_werk", 3, ("advies",)),
    ("Marieke Jansen", "ondersteuner", "coördinator, ervaringsdeskundige", "professionals", 3, ()),
    ("Tom Kramer", "ondersteuner", "vrijwilliger, schuldhulpmaatje", "professionals", 3, ()),
    ("Joost van Dam", "professional", "jeugdbeschermer", "professionals", 3, ()),
    ("Priya Ramdin", "professional", "buurtteammedewerker", "professionals", 3, ()),
    ("Karin Vos", "professional", "schoolmaatschappelijk werker", "professionals", 3, ()),
    ("Erik Brouwer", "professional", "leerplichtambtenaar", "professionals", 3, ()),
    ("Dr. Anjali Mahabier", "professional", "huisarts", "professionals", 3, ()),
    ("Sofie Willems", "professional", "werkcoach", "professionals", 3, ()),
)
ORGANISATIONS = {
    "Joost van Dam": "Samen Veilig Midden-Nederland", "Priya Ramdin": "Buurtteam Overvecht",
    "Karin Vos": "Christelijk College Overvecht", "Erik Brouwer": "Gemeente Utrecht, Leerplicht",
    "Dr. Anjali Mahabier": "Gezondheidscentrum Overvecht", "Sofie Willems": "Werkpunt Utrecht",
}

# (goal, [(what, who, when_text, due in days or None, how_we_know, checker, status, safety)])
GOALS: tuple[tuple[str, tuple[tuple[str, tuple[str, ...], str, int | None, str, str, str, bool], ...]], ...] = (
    ("Jesse gaat elke schooldag naar school, en haalt de gemiste lessen in voor de zomer.", (
        ("Oma Ria brengt Jesse op maandag en woensdag naar school.", ("Ria Bakker",), "elke maandag en woensdag",
         None, "Jesse staat om 8.25 uur op het plein.", "Sanne Bakker", "bezig", False),
        ("Sanne belt elke vrijdag met mentor Wouter over hoe de week ging.", ("Sanne Bakker",), "elke vrijdag",
         None, "Geen gemiste les zonder dat wij het weten.", "Dennis Bakker", "bezig", False),
        ("Buurman Kees helpt Jesse met wiskunde, twee keer per week een uur.", ("Kees Meijer", "Jesse Yılmaz"),
         "dinsdag en donderdag na school", 60, "Jesse haalt een voldoende voor de volgende toets.", "Kemal Yılmaz",
         "nog_niet_begonnen", False),
        ("Jesse maakt met de mentor een lijst van wat hij moet inhalen.", ("Jesse Yılmaz", "Wouter Dekker"), "",
         14, "De lijst hangt op zijn kamer.", "Sanne Bakker", "nog_niet_begonnen", False),
        ("Kemal zorgt dat Jesse om half elf naar bed gaat en de telefoon beneden laat.", ("Kemal Yılmaz",),
         "elke schooldag", None, "Jesse is 's ochtends op tijd wakker.", "Sanne Bakker", "bezig", False),
        ("Lotte komt op zaterdag een uur met Jesse leren voor Engels.", ("Lotte Bakker",), "elke zaterdag", 90,
         "Jesse zegt dat Engels makkelijker wordt.", "Ria Bakker", "nog_niet_begonnen", False),
        ("Łukasz praat met Jesse als hij een week op school was: dan mag hij bij de wedstrijd beginnen.",
         ("Łukasz Nowak",), "na elke volle schoolweek", None, "Jesse speelt in de basis.", "Kemal Yılmaz", "bezig",
         False),
    )),
    ("Er is minder ruzie thuis, en nooit meer waar de kinderen bij zijn.", (
        ("Kemal en Sanne praten over geld alleen als de kinderen op bed liggen.", ("Kemal Yılmaz", "Sanne Bakker"),
         "vanaf nu", None, "De kinderen horen geen ruzie meer over geld.", "Ria Bakker", "bezig", False),
        ("Als een ruzie te hoog oploopt, gaan de kinderen naar buurvrouw Fatima.",
         ("Fatima El Amrani", "Jesse Yılmaz"), "altijd als het nodig is", None, "Jesse weet dat hij mag aanbellen.",
         "Fatima El Amrani", "bezig", True),
        ("Een ouder die boos wordt, gaat een blokje om en belt oom Dennis of anneanne Ayşe.",
         ("Kemal Yılmaz", "Sanne Bakker"), "bij elke ruzie", None, "Niemand schreeuwt meer in huis.",
         "Dennis Bakker", "bezig", True),
        ("Sanne en Kemal gaan naar de cursus 'Samen ouders' in het buurthuis.", ("Sanne Bakker", "Kemal Yılmaz"),
         "zes dinsdagavonden", 45, "Ze hebben alle avonden gevolgd.", "Marieke Jansen", "nog_niet_begonnen", False),
        ("Op dinsdagavond passen Ewa en Gerda om de beurt op, zodat de ouders naar de cursus kunnen.",
         ("Ewa Nowak", "Gerda Visser"), "elke dinsdagavond", 45, "De ouders missen geen cursusavond.",
         "Sanne Bakker", "nog_niet_begonnen", False),
        ("Elk weekend doen Sanne en Kemal iets samen zonder de kinderen, al is het een wandeling.",
         ("Sanne Bakker", "Kemal Yılmaz"), "elk weekend", None, "Ze zeggen op zondag wat ze deden.", "Ria Bakker",
         "nog_niet_begonnen", False),
        ("Oma Ria is altijd te bellen, ook 's nachts. Haar nummer hangt op de koelkast.", ("Ria Bakker",),
         "dag en nacht", None, "Jesse en Elif kennen het nummer uit hun hoofd.", "Dennis Bakker", "gedaan", True),
    )),
    ("We krijgen grip op geld: de schulden worden kleiner en de post ligt niet meer ongeopend.", (
        ("Oom Dennis helpt met het sorteren van de post en de rekeningen.", ("Dennis Bakker",),
         "voor het gesprek met het buurtteam", 14, "Alle rekeningen liggen in één map.", "Kemal Yılmaz", "bezig",
         False),
        ("Kemal belt het buurtteam voor een schuldhulpmaatje.", ("Kemal Yılmaz",), "deze week", 7,
         "Er is een eerste afspraak met het maatje.", "Dennis Bakker", "gedaan", False),
        ("Tom maakt met Sanne en Kemal een overzicht van alle schulden.", ("Tom Kramer", "Sanne Bakker"), "", 30,
         "Het overzicht is klaar en ligt bij het buurtteam.", "Dennis Bakker", "nog_niet_begonnen", False),
        ("Yasemin zoekt uit op welke toeslagen het gezin recht heeft, en helpt met de aanvraag.",
         ("Yasemin Çelik",), "", 21, "De aanvragen zijn verstuurd.", "Sanne Bakker", "nog_niet_begonnen", False),
        ("Elke zondag kijken Sanne en Kemal samen naar het huishoudboekje.", ("Sanne Bakker", "Kemal Yılmaz"),
         "elke zondagavond", None, "Het boekje klopt aan het eind van de maand.", "Tom Kramer", "nog_niet_begonnen",
         False),
        ("Hassan gaat mee naar het gesprek met de deurwaarder.", ("Hassan Bouzid", "Kemal Yılmaz"), "", 10,
         "Er is een betalingsregeling.", "Dennis Bakker", "nog_niet_begonnen", False),
    )),
    ("Kemal heeft weer werk, eerst voor een paar dagen per week.", (
        ("Kemal gaat naar de werkcoach van Werkpunt en neemt zijn cv mee.", ("Kemal Yılmaz",), "", 12,
         "Er ligt een nieuw cv.", "Yasemin Çelik", "nog_niet_begonnen", False),
        ("Mehmet vraagt in zijn netwerk naar werk in de bouw.", ("Mehmet Demir",), "de komende maand", 30,
         "Kemal heeft minstens twee gesprekken gehad.", "Emre Yılmaz", "bezig", False),
        ("Ruud schrijft een aanbeveling voor Kemal.", ("Ruud Hendriks",), "", 14,
         "De brief zit bij zijn sollicitaties.", "Kemal Yılmaz", "gedaan", False),
        ("Emre neemt Kemal twee dagen per week mee naar zijn klussen.", ("Emre Yılmaz", "Kemal Yılmaz"),
         "maandag en donderdag", None, "Kemal is overdag niet meer thuis op bed.", "Sanne Bakker", "bezig", False),
        ("Kemal solliciteert elke week op minstens twee banen.", ("Kemal Yılmaz",), "elke week", None,
         "Hij laat Yasemin de lijst zien.", "Yasemin Çelik", "nog_niet_begonnen", False),
        ("Murat rijdt Kemal naar sollicitatiegesprekken buiten de stad.", ("Murat Çelik",), "als het nodig is",
         None, "Kemal mist geen gesprek door vervoer.", "Kemal Yılmaz", "nog_niet_begonnen", False),
    )),
    ("Sanne krijgt weer lucht: ze doet niet meer alles alleen.", (
        ("Oma Ria kookt op woensdag voor het hele gezin.", ("Ria Bakker",), "elke woensdag", None,
         "Sanne hoeft op woensdag niet te koken.", "Henk Bakker", "bezig", False),
        ("Senait past op donderdag op Noor, zodat Sanne kan rusten na haar dienst.", ("Senait Tesfaye",),
         "elke donderdagmiddag", None, "Sanne slaapt op donderdagmiddag.", "Anouk Smit", "bezig", False),
        ("Anouk gaat elke twee weken met Sanne wandelen in het Noorderpark.", ("Anouk Smit",), "om de week", None,
         "Sanne zegt dat ze weer iets voor zichzelf doet.", "Ria Bakker", "nog_niet_begonnen", False),
        ("Kemal doet de boodschappen en brengt Noor naar de opvang.", ("Kemal Yılmaz",), "elke werkdag", None,
         "Sanne hoeft na het werk niet meer naar de winkel.", "Sanne Bakker", "bezig", False),
        ("Nadia ruilt diensten met Sanne als er iets met de kinderen is.", ("Nadia Aydın",), "als het nodig is",
         None, "Sanne hoeft zich niet ziek te melden.", "Sanne Bakker", "nog_niet_begonnen", False),
        ("Sanne maakt een afspraak bij de huisarts over haar moeheid.", ("Sanne Bakker",), "", 21,
         "Ze is bij de huisarts geweest.", "Ewa Nowak", "nog_niet_begonnen", False),
    )),
    ("Elif slaapt weer goed en is niet meer bang.", (
        ("Elif slaapt elke vrijdag bij oma Ria en opa Henk.", ("Ria Bakker", "Henk Bakker"), "elke vrijdag", None,
         "Elif kijkt ernaar uit.", "Sanne Bakker", "bezig", False),
        ("Sanne leest Elif elke avond voor, met de deur op een kier.", ("Sanne Bakker",), "elke avond", None,
         "Elif slaapt om negen uur.", "Kemal Yılmaz", "bezig", False),
        ("Juf Inge laat het weten als Elif op school moe of verdrietig is.", ("Inge de Boer",), "als het nodig is",
         None, "Sanne hoort het dezelfde dag.", "Sanne Bakker", "bezig", False),
        ("Saida haalt Elif op woensdag uit school en laat haar met haar dochter spelen.", ("Saida Haile",),
         "elke woensdag", None, "Elif heeft op woensdag een vaste speelmiddag.", "Sanne Bakker", "nog_niet_begonnen",
         False),
        ("Kemal gaat met Elif naar de huisarts over de buikpijn op maandag.", ("Kemal Yılmaz",), "", 18,
         "Ze zijn bij de huisarts geweest.", "Sanne Bakker", "nog_niet_begonnen", False),
        ("Elif mag altijd naar Fatima als ze bang is, ook zonder het eerst te vragen.",
         ("Fatima El Amrani", "Elif Yılmaz"), "altijd", None, "Elif weet het en durft het.", "Ria Bakker", "gedaan",
         True),
    )),
    ("Jesse heeft iemand om mee te praten, en voelt zich niet meer dom.", (
        ("Jesse praat elke twee weken met schoolmaatschappelijk werker Karin.", ("Jesse Yılmaz",), "om de week",
         30, "Jesse zegt zelf dat het helpt.", "Wouter Dekker", "nog_niet_begonnen", False),
        ("Opa Henk neemt Jesse mee naar de wedstrijden van FC Utrecht.", ("Henk Bakker",), "een keer per maand",
         None, "Jesse en opa hebben iets van hun twee.", "Ria Bakker", "bezig", False),
        ("Bram en Jesse fietsen samen naar school.", ("Bram Mulder", "Jesse Yılmaz"), "elke ochtend", None,
         "Jesse is op tijd.", "Kemal Yılmaz", "bezig", False),
        ("Łukasz vraagt Jesse om de jongste jeugd te helpen trainen.", ("Łukasz Nowak",), "op zaterdagochtend", 30,
         "Jesse heeft een taak bij de club.", "Kemal Yılmaz", "nog_niet_begonnen", False),
        ("Kemal en Jesse doen elke zondag samen iets, alleen zij twee.", ("Kemal Yılmaz", "Jesse Yılmaz"),
         "elke zondag", None, "Jesse zegt dat hij weer met zijn vader praat.", "Ayşe Yılmaz", "nog_niet_begonnen",
         False),
        ("Jesse mag het zeggen als hij zich rot voelt, tegen wie hij wil, zonder dat het meteen een gesprek wordt.",
         ("Jesse Yılmaz",), "altijd", None, "Jesse weet bij wie hij terecht kan.", "Dennis Bakker", "bezig", False),
    )),
    ("Het plan blijft lopen: we houden het samen vol, ook na drie maanden.", (
        ("Oom Dennis belt elke twee weken met Sanne en Kemal over het plan.", ("Dennis Bakker",), "om de week",
         None, "Hij schrijft op wat loopt en wat niet.", "Marieke Jansen", "bezig", False),
        ("Marieke regelt de bijeenkomst na vier weken bij oma Ria.", ("Marieke Jansen",), "", 28,
         "De kleine groep heeft een datum.", "Dennis Bakker", "nog_niet_begonnen", False),
        ("Anneanne Ayşe vertelt de familie van Kemal hoe het gaat.", ("Ayşe Yılmaz",), "elke maand", None,
         "De familie weet wat er speelt.", "Yasemin Çelik", "nog_niet_begonnen", False),
        ("Yasemin zet de afspraken op een groot vel en hangt het in de keuken.", ("Yasemin Çelik",), "", 5,
         "Het vel hangt in de keuken.", "Sanne Bakker", "gedaan", False),
    )),
)
OTHER_AGREEMENTS = (
    ("Piotr maakt het slot van de voordeur en de lamp in het trapportaal.", ("Piotr Nowak",), "", 7,
     "De deur sluit goed en het portaal is licht.", "Kemal Yılmaz", "gedaan", False),
    ("Youssef brengt het gezin met de auto naar de bijeenkomst na drie maanden.", ("Youssef El Amrani",), "", 92,
     "Iedereen is er op tijd.", "Fatima El Amrani", "nog_niet_begonnen", False),
)

# author, kind, text, days ago, about (section key or ""), legal basis, answer, reason
ADVICE: tuple[tuple[str, str, str, int, str, str, str, str], ...] = (
    ("Joost van Dam", "voorwaarde", "De kinderen zijn niet aanwezig bij ruzies tussen de ouders. Bij een ruzie is er "
     "altijd een volwassene die met de kinderen weggaat, naar een afgesproken adres. Dat adres staat in het plan, "
     "en de kinderen kennen het. Ik spreek Jesse en Elif hier zelf over, zonder de ouders erbij.", 3, "veiligheid",
     "Ondertoezichtstelling (OTS), art. 1:255 BW", "overgenomen",
     "Dit staat in onze veiligheidsafspraken: de kinderen gaan dan naar Fatima. Jesse neemt zijn zussen mee."),
    ("Joost van Dam", "voorwaarde", "Jesse gaat weer naar school. Bij meer dan drie dagen verzuim in een maand wordt "
     "de jeugdbeschermer ingelicht. Dat kan door de ouders of door de school. Het gaat mij er niet om dat Jesse "
     "straf krijgt, maar dat we op tijd weten dat het niet goed gaat.", 3, "afspraken",
     "Ondertoezichtstelling (OTS), art. 1:255 BW", "overgenomen",
     "Sanne belt elke vrijdag met de mentor. Als Jesse drie dagen mist, belt zij ook Joost."),
    ("Priya Ramdin", "informatie", "Het buurtteam heeft schuldhulpmaatjes. Een maatje kan binnen twee weken starten "
     "en komt een keer per week thuis. Het maatje is een vrijwilliger en kost niets. Samen maakt u een overzicht "
     "van inkomsten, vaste lasten en schulden. Daarna kijken we of schuldhulp van de gemeente nodig is.", 3, "hulp", "",
     "overgenomen", "Kemal belt het buurtteam deze week."),
    ("Priya Ramdin", "advies", "Ik raad aan dat Jesse ook met de schoolmaatschappelijk werker praat over waarom hij "
     "thuisblijft. Jongeren vertellen soms aan iemand buiten het gezin meer dan thuis. Karin Vos kent Jesse al "
     "van de brugklas.", 3, "", "", "deels",
     "Jesse wil eerst zelf met zijn mentor praten. Als dat niet helpt, gaat hij naar Karin."),
    ("Priya Ramdin", "informatie", "Bij een brief van de deurwaarder kunt u binnen een week bellen om een regeling te "
     "vragen. Het buurtteam kan meebellen.", 3, "hulp", "", "overgenomen", "Hassan gaat mee naar het gesprek."),
    ("Priya Ramdin", "advies", "Vraag bij de gemeente na of u recht hebt op bijzondere bijstand voor de achterstand in "
     "de huur.", 2, "hulp", "", "open", ""),
    ("Karin Vos", "informatie", "Op school kan Jesse twee middagen per week naar de huiswerkklas. Daar is altijd "
     "een docent wiskunde. De huiswerkklas is van half vier tot vijf uur. Jesse kan zich opgeven bij de "
     "mentor; hij hoeft er niet elke week te zijn.", 4, "doelen", "", "deels",
     "Jesse gaat op donderdag. Op dinsdag leert hij al met buurman Kees."),
    ("Karin Vos", "advies", "Maak met de mentor een plan in kleine stappen: eerst de hele ochtend, dan de hele dag. "
     "Een volle week in een keer is vaak te veel. Spreek ook af wat Jesse doet als hij het even niet meer "
     "trekt in de klas: een vaste plek om tot rust te komen helpt veel leerlingen.", 4, "afspraken", "", "overgenomen",
     "We beginnen met vier ochtenden. Na twee weken kijken we met de mentor verder."),
    ("Karin Vos", "advies", "Laat Jesse zelf meepraten in het gesprek met de mentor. Dan voelt het als zijn plan.",
     4, "", "", "overgenomen", "Jesse gaat mee naar elk gesprek."),
    ("Erik Brouwer", "informatie", "Jesse is leerplichtig. Bij veel verzuim moet de school het melden. Dan volgt "
     "eerst een gesprek, geen boete. In dat gesprek kijken we samen met Jesse en zijn ouders wat er nodig is. "
     "Een melding betekent niet dat er meteen een proces-verbaal komt.", 5, "", "", "overgenomen",
     "Goed om te weten. Jesse weet het ook."),
    ("Erik Brouwer", "advies", "Ik raad een vast moment per week aan waarop school en ouders elkaar spreken.", 5,
     "afspraken", "", "overgenomen", "Dat is de vrijdag, met mentor Wouter."),
    ("Dr. Anjali Mahabier", "advies", "Buikpijn op maandag past vaak bij spanning. Kom gerust samen met Elif, dan "
     "kijken we of er meer is. Houd een week bij wanneer de buikpijn komt en hoe lang die duurt. Neem dat "
     "lijstje mee naar de afspraak.", 6, "kinderen", "", "overgenomen", "Kemal maakt de afspraak."),
    ("Dr. Anjali Mahabier", "informatie", "Voor Sanne is er een praktijkondersteuner voor mensen met veel stress. "
     "Een verwijzing is niet nodig.", 6, "", "", "open", ""),
    ("Dr. Anjali Mahabier", "advies", "Geef Elif een vast ritueel voor het slapen, elke avond hetzelfde.", 6,
     "kinderen", "", "overgenomen", "Sanne leest elke avond voor."),
    ("Sofie Willems", "informatie", "Werkpunt heeft plekken bij bouwbedrijven met een proefperiode van twee maanden, "
     "met behoud van uitkering. Na de proefperiode volgt vaak een contract voor een half jaar. Kemal kan zich "
     "aanmelden via de werkcoach; de wachttijd is nu ongeveer drie weken.", 2, "", "", "overgenomen",
     "Kemal gaat naar de werkcoach."),
    ("Sofie Willems", "advies", "Begin met twee of drie dagen werk per week. Dan blijft er tijd voor het gezin en "
     "voor de schulden.", 2, "", "", "niet_overgenomen",
     "Kemal wil zo snel mogelijk weer voltijds werken. Dat geeft hem rust. We kijken na drie maanden opnieuw."),
    ("Joost van Dam", "advies", "Denk ook aan een vaste slaapplek voor Elif bij oma, één nacht per week.", 3, "",
     "", "overgenomen", "Elif slaapt elke vrijdag bij oma Ria en opa Henk."),
    ("Joost van Dam", "informatie", "Over drie maanden kijk ik met u of de ondertoezichtstelling nog nodig is. Het "
     "plan en hoe het loopt tellen daarbij mee. Ik spreek dan ook met school en met de kinderen zelf. U mag "
     "iemand uit uw netwerk meenemen naar dat gesprek.", 3, "", "", "open", ""),
    ("Priya Ramdin", "advies", "Zoek een cursus voor ouders over ruzie en stress. Het buurthuis heeft er een op "
     "dinsdagavond.", 3, "afspraken", "", "open", ""),
    ("Karin Vos", "informatie", "Na de kerstvakantie komt er een nieuwe mentor in de klas van Jesse. Wouter blijft "
     "wel zijn coach.", 1, "", "", "open", ""),
)


def make_large_plan(services: Services, today: date | None = None) -> int:
    """Add the large familiegroepsplan to the database behind ``services`` and return its ID."""
    from models import AdviceKind, PlanType, Role
    from wijkteam.services import FAMILY, Actor

    today = today or date.today()
    plans, people, agree = services.plans, services.people, services.agreements
    pid = plans.create_plan(PlanType.FAMILIEGROEPSPLAN, title="Samen sterk, thuis weer veilig",
                            family_name="Familie Bakker-Yılmaz")
    plans.update_plan(pid, FAMILY, meeting_date=today - timedelta(days=3),
                      meeting_place="Buurthuis De Klop, Utrecht-Overvecht", evaluation_date=today + timedelta(days=28),
                      plan_b=TEXTS["plan_b"])
    sections = {s.key: s for s in plans.get_plan(pid).sections}
    for key, text in TEXTS.items():
        plans.set_section_text(sections[key].id, text, FAMILY)
        plans.set_section_done(sections[key].id, True, FAMILY)

    ids: dict[str, int] = {}
    for name, role, relation, sector, closeness, support in PEOPLE:
        ids[name] = people.add_participant(
            pid, FAMILY, name, role, relation=relation, organisation=ORGANISATIONS.get(name, ""), sector=sector,
            closeness=closeness, support=support, consent_named=name != "Bram Mulder")

    def add(row: tuple[str, tuple[str, ...], str, int | None, str, str, str, bool], goal: int | None) -> None:
        what, who, when_text, due, how, checker, status, safety = row
        agree.add_agreement(pid, FAMILY, what, goal_id=goal, who_ids=tuple(ids[n] for n in who), when_text=when_text,
                            due_date=today + timedelta(days=due) if due is not None else None, how_we_know=how,
                            checker=checker, status=status, is_safety=safety)

    for goal_text, rows in GOALS:
        goal = agree.add_goal(pid, FAMILY, goal_text)
        for row in rows:
            add(row, goal)
    for row in OTHER_AGREEMENTS:
        add(row, None)

    for author, kind, text, days, about, basis, answer, reason in ADVICE:
        item = services.advice.add_advice(
            pid, Actor(Role.PROFESSIONAL, author), text, kind=AdviceKind(kind), organisation=ORGANISATIONS[author],
            legal_basis=basis, section_id=sections[about].id if about else None, given_on=today - timedelta(days=days))
        if answer != "open":
            plans.respond_to_advice(item, FAMILY, answer, reason)

    plans.add_private_note(pid, FAMILY, "Kemal zei in onze eigen tijd dat hij zich schaamt voor de schulden. We "
                           "spraken af dat niemand hem dat kwalijk neemt.", include=True)
    plans.add_private_note(pid, FAMILY, "Alleen voor ons: oma Ria betaalt de huur van december.", include=False)
    services.process.add_note(pid, Actor(Role.ONDERSTEUNER, "Marieke Jansen"),
                              "Bijeenkomst in het buurthuis. Iedereen was er. Eigen tijd duurde twee uur.",
                              phase="presenteren")

    # Version 1, agreed by most of the family and network at the table; a few still have to.
    services.versions.freeze(pid, FAMILY)
    version = services.versions.list_versions(pid)[-1]
    signers = services.versions.consent_people(pid)
    for person in signers[: len(signers) - 4]:
        services.versions.record_consent(version.id, person.id, FAMILY)
    return pid


def page_count(path: Path) -> int:
    """Pages of a PDF: poppler's count where it is installed, else the page objects in the file."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
        found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
        if found:
            return int(found[1])
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="keep both PDFs in this folder")
    args = parser.parse_args(argv)

    from models import PlanType
    from wijkteam.db import open_database
    from wijkteam.demo import add_demo_plans
    from wijkteam.services import Services

    scratch = Path(tempfile.mkdtemp(prefix="ons-plan-large-plan-"))
    engine = open_database(scratch / "wijkteam.sqlite", scratch / "backups", os.urandom(32))
    try:
        services = Services.for_engine(engine)
        add_demo_plans(services)
        demo = next(p.id for p in services.plans.list_plans() if p.plan_type == PlanType.FAMILIEGROEPSPLAN)
        large = make_large_plan(services)
        folder = args.keep or scratch
        folder.mkdir(parents=True, exist_ok=True)
        counts = []
        for name, plan_id, limit in (("large-plan.pdf", large, LARGE_PLAN_PAGES),
                                     ("demo-familiegroepsplan.pdf", demo, DEMO_PLAN_PAGES)):
            target = services.export.export_pdf(plan_id, folder / name)
            counts.append((name, page_count(target), limit))
        doc = services.plans.get_plan(large)
        print(f"Large familiegroepsplan: {len(doc.participants)} people, {len(doc.goals)} goals, "
              f"{len(doc.agreements)} agreements, {len(doc.advice)} advice items")
        for name, pages, limit in counts:
            print(f"  {name:<30}{pages:3d} pages (at most {limit})")
        if args.keep:
            print(f"  kept in {folder}")
        return 0 if all(pages <= limit for _name, pages, limit in counts) else 1
    finally:
        engine.dispose()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
