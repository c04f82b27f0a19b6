"""Two example plans with realistic content, one of each type, to show what a finished plan can look like."""

from __future__ import annotations

from datetime import date, timedelta

from models import AdviceAnswer, AdviceKind, AgreementStatus, PlanType, Role, Sector
from wijkteam.services import FAMILY, Actor, Services

FAMILIE_TEXTS = {
    "deelnemers": "Sanne en Kemal (de ouders), Jesse (14) en Elif (9), oma Ria, anneanne Ayşe, "
    "buurvrouw Fatima, oom Dennis en trainer Łukasz. Meester Dekker van school stuurde een brief.",
    "hoofdvraag": "Hoe zorgen we dat het thuis weer rustig en fijn wordt, en dat Jesse weer graag naar school gaat?",
    "situatie": "We wonen met z'n vieren in een flat in Utrecht-Overvecht. Kemal is in het voorjaar zijn baan "
    "kwijtgeraakt. Sindsdien is er veel spanning over geld. Er is vaak ruzie, ook waar de kinderen bij zijn.\n"
    "Jesse blijft steeds vaker thuis van school. Elif slaapt slecht.",
    "zorgen": "We maken ons zorgen over de ruzies thuis. En over Jesse: hij heeft dit jaar al veel lessen gemist. "
    "We zijn bang dat hij blijft zitten. De rekeningen stapelen zich op.",
    "gaat_goed": "We eten bijna elke avond samen. Oma Ria komt elke zondag. Jesse is gek op voetbal en gaat "
    "daar wel altijd heen. Elif doet het goed op school en heeft fijne vriendinnen.",
    "kinderen": "Jesse: 'Ik wil dat er minder geschreeuwd wordt. Op school voel ik me dom, daarom ga ik niet.'\n"
    "Elif: 'Ik wil dat papa en mama weer lachen. En ik wil een keer per week bij oma slapen.'",
    "doelen": "We hebben twee doelen gekozen. Ze staan hieronder.",
    "afspraken": "Dit zijn onze afspraken. We kijken er elke zondag samen naar.",
    "veiligheid": "Als een ruzie te hoog oploopt, gaat een van ons een blokje om. De kinderen mogen dan naar "
    "buurvrouw Fatima. Oma Ria is altijd te bellen, ook 's nachts.",
    "netwerk": "Oma Ria en anneanne Ayşe staan het dichtst bij ons. Buurvrouw Fatima is er altijd. Oom Dennis "
    "helpt met papieren. Trainer Łukasz ziet Jesse twee keer per week.",
    "hulp": "Van het wijkteam vragen we hulp bij de schulden. Van school vragen we een plan voor Jesse, "
    "zodat hij de gemiste lessen kan inhalen.",
    "plan_b": "Als Jesse twee dagen achter elkaar niet naar school gaat, bellen we samen met hem de mentor. "
    "Als de ruzies niet minder worden, vragen we het wijkteam om een gesprek met ons samen.",
    "wie_let_op": "Oom Dennis belt elke twee weken om te horen hoe het gaat. Hij mag ook vragen stellen.",
    "evaluatie": "Na vier weken kijken we samen bij oma Ria hoe het gaat. Na drie maanden komen we weer met "
    "iedereen bij elkaar.",
    "handtekeningen": "Iedereen die iets belooft, zet hieronder een handtekening.",
}

PERSOONLIJK_TEXTS = {
    "over_mij": "Ik ben Wim de Vries. Ik ben 78 jaar en woon alleen in een benedenwoning in Zwolle. "
    "Mijn vrouw is drie jaar geleden overleden. Ik houd van koken en van mijn volkstuin.",
    "situatie": "In september ben ik gevallen. Sindsdien kan ik niet meer ver lopen. Boodschappen doen lukt "
    "niet meer. Ik zit veel binnen en voel me soms alleen.\nIk vind het belangrijk dat ik zelf kan blijven koken "
    "en dat ik naar mijn vrienden kan.",
    "bereiken": "Mijn doelen staan hieronder.",
    "zelf": "Ik kan mezelf wassen en aankleden. Koken gaat goed als ik kan zitten. Mijn kleinzoon Daan woont "
    "tijdelijk bij mij en doet de was.",
    "netwerk": "Mijn dochter Anja doet elke zaterdag de boodschappen. Buurman Henk brengt de krant en maakt een "
    "praatje. Mijn vriend Gerrit belt elke week.",
    "mantelzorger": "Anja werkt fulltime en heeft twee kinderen. Ze is vaak moe. Ze wil graag af en toe een "
    "weekend niets voor mij hoeven doen.",
    "buurt": "Ik wil op dinsdag naar het eetpunt in buurthuis De Pol. Ik wil ook weer naar de volkstuin, "
    "misschien met hulp van een vrijwilliger.",
    "andere_hulp": "Ik krijg fysiotherapie via mijn zorgverzekering. De huisarts weet van mijn val. "
    "Ik heb een AOW en een klein pensioen.",
    "eigen_bijdrage": "Ik weet dat ik een eigen bijdrage moet betalen. Ik wil graag weten hoeveel dat is.",
    "ondersteuning": "Een scootmobiel past het best bij mij. Dan kan ik zelf naar de winkel, naar het buurthuis "
    "en naar mijn tuin. Dan hoeft Anja minder te doen.",
    "verwachting": "Ik verwacht dat ik weer zelf op pad kan. Dat merk ik als ik twee keer per week zelf "
    "boodschappen doe. En als Anja op zaterdag niet meer hoeft te komen.",
    "aanbieders": "Ik ken de thuiszorg van Carinova via mijn buurman. Die zou ik kiezen als ik thuiszorg nodig heb. "
    "Voor de scootmobiel heb ik geen voorkeur, als ze maar snel komen bij pech.",
    "natura_pgb": "Zorg in natura. Ik wil zelf geen administratie bijhouden.",
    "geholpen": "Mijn dochter Anja en Gerda Smit, vrijwillig cliëntondersteuner.",
    "handtekening": "Wim de Vries",
}


def add_demo_plans(services: Services, today: date | None = None) -> list[int]:
    """Add the two example plans and return their IDs. On any failure nothing stays behind."""
    today = today or date.today()
    created: list[int] = []
    try:
        _familiegroepsplan(services, today, created)
        _persoonlijk_plan(services, today, created)
    except BaseException:
        for plan_id in created:
            services.plans.purge_plan(plan_id)
        raise
    return created


def _fill_sections(services: Services, plan_id: int, texts: dict[str, str]) -> None:
    for section in services.plans.get_plan(plan_id).sections:
        if section.key in texts:
            services.plans.set_section_text(section.id, texts[section.key], FAMILY)
            services.plans.set_section_done(section.id, True, FAMILY)


def _familiegroepsplan(services: Services, today: date, created: list[int]) -> None:
    plans = services.plans
    agree = services.agreements
    # Jeugdwet art. 4.1.2: the jeugdbeschermer offered the family the chance to make the plan, and they agreed on a day.
    pid = plans.create_plan(PlanType.FAMILIEGROEPSPLAN, title="Samen weer rust thuis", family_name="Familie Yılmaz",
                            offer_date=today - timedelta(days=10), term_date=today + timedelta(days=18))
    created.append(pid)
    plans.update_plan(
        pid,
        FAMILY,
        meeting_date=today - timedelta(days=2),
        meeting_place="Bij oma Ria, Kanaalweg 12, Utrecht",
        evaluation_date=today + timedelta(days=28),
        plan_b=FAMILIE_TEXTS["plan_b"],
    )
    _fill_sections(services, pid, FAMILIE_TEXTS)
    add = services.people.add_participant
    sanne = add(pid, FAMILY, "Sanne Bakker", Role.GEZIN, relation="moeder", sector=Sector.GEZIN, closeness=1,
                contact="06-12345678")
    kemal = add(pid, FAMILY, "Kemal Yılmaz", Role.GEZIN, relation="vader", sector=Sector.GEZIN, closeness=1)
    jesse = add(pid, FAMILY, "Jesse Yılmaz", Role.GEZIN, relation="zoon, 14 jaar", sector=Sector.GEZIN, closeness=1)
    elif_ = add(pid, FAMILY, "Elif Yılmaz", Role.GEZIN, relation="dochter, 9 jaar", sector=Sector.GEZIN,
                closeness=1)
    ria = add(pid, FAMILY, "Ria Bakker", Role.NETWERK, relation="oma", sector=Sector.FAMILIE, closeness=1,
              support=("praktisch", "emotioneel"), contact="030-2345678")
    add(pid, FAMILY, "Ayşe Yılmaz", Role.NETWERK, relation="anneanne (oma)", sector=Sector.FAMILIE, closeness=2,
        support=("gezelschap",))
    fatima = add(pid, FAMILY, "Fatima El Amrani", Role.NETWERK, relation="buurvrouw", sector=Sector.VRIENDEN_BUREN,
                 closeness=2, support=("praktisch",))
    dennis = add(pid, FAMILY, "Dennis Bakker", Role.NETWERK, relation="oom", sector=Sector.FAMILIE, closeness=2,
                 support=("advies",))
    add(pid, FAMILY, "Łukasz Nowak", Role.NETWERK, relation="voetbaltrainer", sector=Sector.SCHOOL_WERK,
        closeness=3, support=("gezelschap",))
    add(pid, FAMILY, "Marieke Jansen", Role.ONDERSTEUNER, relation="coördinator, ervaringsdeskundige",
        sector=Sector.PROFESSIONALS, closeness=3)
    add(pid, FAMILY, "Joost van Dam", Role.PROFESSIONAL, relation="jeugdbeschermer",
        organisation="Samen Veilig Midden-Nederland", sector=Sector.PROFESSIONALS, closeness=3)
    add(pid, FAMILY, "Priya Ramdin", Role.PROFESSIONAL, relation="wijkteammedewerker",
        organisation="Buurtteam Overvecht", sector=Sector.PROFESSIONALS, closeness=3)

    school = agree.add_goal(pid, FAMILY, "Jesse gaat elke schooldag naar school, en haalt de gemiste lessen in.")
    rust = agree.add_goal(pid, FAMILY, "Er is minder ruzie thuis, en nooit meer waar de kinderen bij zijn.")
    agree.add_agreement(
        pid, FAMILY, "Oma Ria brengt Jesse op maandag en woensdag naar school.", goal_id=school, who_ids=(ria,),
        when_text="elke maandag en woensdag, vanaf volgende week", how_we_know="Jesse staat om 8.25 uur op het plein.",
        checker="Sanne", status=AgreementStatus.BEZIG,
    )
    agree.add_agreement(
        pid, FAMILY, "Sanne belt elke vrijdag met meester Dekker over hoe de week ging.", goal_id=school,
        who_ids=(sanne,), when_text="elke vrijdag", how_we_know="Geen gemiste lessen zonder dat wij het weten.",
        checker="oom Dennis",
    )
    agree.add_agreement(
        pid, FAMILY, "Kemal en Sanne praten over geld alleen als de kinderen op bed liggen.", goal_id=rust,
        who_ids=(kemal, sanne), when_text="vanaf nu", how_we_know="De kinderen horen geen ruzie meer over geld.",
        checker="oma Ria",
    )
    agree.add_agreement(
        pid, FAMILY, "Als een ruzie te hoog oploopt, gaan de kinderen naar buurvrouw Fatima.", goal_id=rust,
        who_ids=(fatima, jesse), when_text="altijd als het nodig is", how_we_know="Jesse weet dat hij mag aanbellen.",
        checker="Fatima", is_safety=True,
    )
    agree.add_agreement(
        pid, FAMILY, "Oom Dennis helpt met het sorteren van de post en de rekeningen.", who_ids=(dennis,),
        due_date=today + timedelta(days=14), when_text="voor de afspraak met het wijkteam",
        how_we_know="Alle rekeningen liggen in één map.", checker="Kemal",
    )

    doc = plans.get_plan(pid)
    veiligheid = next(s.id for s in doc.sections if s.key == "veiligheid")
    joost = Actor(Role.PROFESSIONAL, "Joost van Dam")
    priya = Actor(Role.PROFESSIONAL, "Priya Ramdin")
    condition = services.advice.add_advice(
        pid, joost, "De kinderen zijn niet aanwezig bij ruzies tussen de ouders. Bij een ruzie is er altijd een "
        "volwassene die met de kinderen weggaat.", kind=AdviceKind.VOORWAARDE,
        organisation="Samen Veilig Midden-Nederland", legal_basis="Ondertoezichtstelling (OTS), art. 1:255 BW",
        section_id=veiligheid, given_on=today - timedelta(days=3),
    )
    info = services.advice.add_advice(
        pid, priya, "Het buurtteam heeft een schuldhulpmaatje. Die kan binnen twee weken starten.",
        kind=AdviceKind.INFORMATIE, organisation="Buurtteam Overvecht", given_on=today - timedelta(days=3),
    )
    advice = services.advice.add_advice(
        pid, priya, "Ik raad aan dat Jesse ook met de schoolmaatschappelijk werker praat over waarom hij thuisblijft.",
        kind=AdviceKind.ADVIES, organisation="Buurtteam Overvecht", given_on=today - timedelta(days=3),
    )
    services.advice.add_advice(
        pid, joost, "Denk ook aan een vaste slaapplek voor Elif bij oma, één nacht per week.",
        kind=AdviceKind.ADVIES, organisation="Samen Veilig Midden-Nederland", given_on=today - timedelta(days=3),
    )
    plans.respond_to_advice(condition, FAMILY, AdviceAnswer.OVERGENOMEN,
                            "Dit staat in onze veiligheidsafspraken: de kinderen gaan dan naar Fatima.")
    plans.respond_to_advice(info, FAMILY, AdviceAnswer.OVERGENOMEN, "Kemal belt het buurtteam deze week.")
    plans.respond_to_advice(advice, FAMILY, AdviceAnswer.DEELS,
                            "Jesse wil eerst zelf met zijn mentor praten. Als dat niet helpt, doet hij het alsnog.")
    _houses(services, pid, {
        jesse: ("Dat ik van school af moet. Dat papa en mama uit elkaar gaan.",
                "Gamen met Mo. Als oma Ria pannenkoeken bakt.", "Een eigen kamer. Later automonteur worden."),
        elif_: ("Als papa en mama hard praten. Dan ga ik onder de tafel zitten.",
                "Knutselen bij Fatima. Mijn juf is lief.", "Een konijn. Dat iedereen weer lacht."),
    }, kept_back={(jesse, 0)})
    services.process.add_note(pid, Actor(Role.ONDERSTEUNER, "Marieke Jansen"),
                              "Bijeenkomst bij oma Ria. Iedereen was er. Eigen tijd duurde anderhalf uur.",
                              phase="presenteren")


def _houses(services: Services, plan_id: int, words: dict[int, tuple[str, str, str]],
            kept_back: set[tuple[int, int]]) -> None:
    """Drie Huizen for the children; what a child keeps back stays out of the PDF and of every file."""
    for child, texts in words.items():
        for number, (house, text) in enumerate(zip(services.houses.add_child(plan_id, child, FAMILY), texts,
                                                   strict=True)):
            services.houses.update_text(house, text, FAMILY)
            services.houses.set_shared(house, (child, number) not in kept_back, FAMILY)


def _persoonlijk_plan(services: Services, today: date, created: list[int]) -> None:
    plans = services.plans
    agree = services.agreements
    pid = plans.create_plan(PlanType.PERSOONLIJK_PLAN, title="Zelf naar de winkel en de tuin",
                            family_name="Wim de Vries", melding_date=today - timedelta(days=3))
    created.append(pid)
    plans.update_plan(pid, FAMILY, evaluation_date=today + timedelta(days=90))
    _fill_sections(services, pid, PERSOONLIJK_TEXTS)
    add = services.people.add_participant
    wim = add(pid, FAMILY, "Wim de Vries", Role.GEZIN, relation="ikzelf", sector=Sector.GEZIN, closeness=1)
    daan = add(pid, FAMILY, "Daan de Vries", Role.GEZIN, relation="kleinzoon, woont tijdelijk bij mij",
               sector=Sector.GEZIN, closeness=1)
    anja = add(pid, FAMILY, "Anja Mulder-de Vries", Role.NETWERK, relation="dochter, mantelzorger",
               sector=Sector.FAMILIE, closeness=1, support=("praktisch", "emotioneel"))
    add(pid, FAMILY, "Henk Scholten", Role.NETWERK, relation="buurman", sector=Sector.VRIENDEN_BUREN, closeness=2,
        support=("gezelschap",))
    add(pid, FAMILY, "Gerrit Kamphuis", Role.NETWERK, relation="vriend van de volkstuin", sector=Sector.VRIENDEN_BUREN,
        closeness=2, support=("gezelschap",))
    add(pid, FAMILY, "Gerda Smit", Role.ONDERSTEUNER, relation="vrijwillig cliëntondersteuner",
        sector=Sector.PROFESSIONALS, closeness=3)
    add(pid, FAMILY, "Sandra Kok", Role.PROFESSIONAL, relation="Wmo-consulent", organisation="Gemeente Zwolle",
        sector=Sector.PROFESSIONALS, closeness=3)
    winkel = agree.add_goal(pid, FAMILY, "Ik doe zelf weer boodschappen, twee keer per week.")
    samen = agree.add_goal(pid, FAMILY, "Ik eet één keer per week samen met anderen.")
    agree.add_agreement(pid, FAMILY, "Ik oefen lopen met de fysiotherapeut.", goal_id=winkel, who_ids=(wim,),
                        when_text="elke dinsdag en vrijdag", how_we_know="Ik loop weer tot de hoek van de straat.",
                        checker="Daan", status=AgreementStatus.BEZIG)
    agree.add_agreement(pid, FAMILY, "Daan gaat de eerste keer mee naar het eetpunt in De Pol.", goal_id=samen,
                        who_ids=(daan,), due_date=today + timedelta(days=9), how_we_know="Ik ben er geweest.",
                        checker="Anja")
    agree.add_agreement(pid, FAMILY, "Anja heeft één weekend per maand vrij. Daan neemt het dan over.",
                        who_ids=(anja, daan), when_text="het eerste weekend van de maand",
                        how_we_know="Anja zegt dat ze minder moe is.", checker="Gerda")
    sandra = Actor(Role.PROFESSIONAL, "Sandra Kok")
    info = services.advice.add_advice(
        pid, sandra, "Voor een scootmobiel betaalt u een eigen bijdrage van ten hoogste € 21,80 per maand. "
        "Het CAK stuurt de rekening.", kind=AdviceKind.INFORMATIE, organisation="Gemeente Zwolle",
        given_on=today - timedelta(days=1),
    )
    advice = services.advice.add_advice(
        pid, sandra, "Probeer eerst een rollator en de boodschappendienst van de supermarkt. Misschien is dat genoeg.",
        kind=AdviceKind.ADVIES, organisation="Gemeente Zwolle", given_on=today - timedelta(days=1),
    )
    plans.respond_to_advice(info, FAMILY, AdviceAnswer.OVERGENOMEN, "Dat bedrag kan ik betalen.")
    plans.respond_to_advice(advice, FAMILY, AdviceAnswer.NIET_OVERGENOMEN,
                            "Met een rollator kom ik niet bij mijn volkstuin. Die ligt twee kilometer verder.")
    services.process.add_note(pid, Actor(Role.ONDERSTEUNER, "Gerda Smit"),
                              "Plan samen met Wim en Anja aan de keukentafel geschreven, in twee avonden.")
