"""Word lists for a copy without names: which words are relations, and which capitalised words are no name.

Kept small and plain on purpose. A word missing here is listed for the family to check, never silently kept or cut.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


#: Words for who someone is to the family. A word like this before a name ("oma Ria", "buurvrouw Fatima") is part of
#: how the name is said, and one of these in free text is never listed as a name.
RELATION_WORDS = frozenset(_words("""
moeder mama mam mams ma vader papa pap paps pa ouder ouders stiefmoeder stiefvader pleegmoeder pleegvader
oma opa omi opi grootmoeder grootvader overgrootmoeder overgrootvader tante oom neef nicht broer broertje zus zusje
zoon zoontje dochter dochtertje kind kinderen kleinzoon kleindochter kleinkind schoonmoeder schoonvader zwager
schoonzus partner man vrouw vriend vriendin buurvrouw buurman buren buurjongen buurmeisje collega
juf juffrouw meester mentor leraar lerares docent trainer coach directeur huisarts dokter arts
meneer mevrouw dhr mw mr dr ds
anneanne babaanne dede anne baba teyze hala amca dayı abla abi ağabey yenge enişte
babcia dziadek mama tata ciocia wujek brat siostra
ikzelf ik
jeugdbeschermer wijkteammedewerker coördinator ondersteuner professional consulent hulpverlener gezinscoach
"""))

#: Words that are also a surname ("Bakker", "Kok"): as a name they only count when written with a capital.
WORD_SURNAMES = frozenset(_words("""
bakker kok visser smit boer molenaar timmerman schipper koster dekker bos berg dam hoek vos haan wit groot klein
jong bruin dijk roos hart lam mol zwart kuiper zon brink veen beek stam pot post koning prins graaf ridder keizer
vries maas vink kraai valk mulder snel baas bloem steen wolf beer
"""))

#: Small words inside a surname ("de Vries", "van der Berg", "El Amrani"). Never a name on their own.
NAME_PARTICLES = frozenset(_words("""
van de der den het ter ten te 't 's in op aan bij uit voor von zu di da du la le el al bin ben ibn abu dos das del
"""))

#: Dutch words that may stand with a capital inside a sentence without being a name: the laws and the app's own
#: words, languages, days and months (some write them with a capital), and the small words of titles.
COMMON_CAPITALISED = frozenset(_words("""
ik u de het een en of maar want dus dan als toen wij we zij ze hij zij jij je jullie mijn onze ons uw hun haar zijn
wie wat waar wanneer hoe waarom welke dit dat deze die er hier daar niet geen wel ook nog al
ja nee oké ok
wmo jeugdwet bw ots gi pgb aow cak bsn wlz zvw uwv svb ggd ggz jgz cjg vng wet art lid
familiegroepsplan persoonlijk plan afspraken afspraak doelen doel zorgen gezin netwerk familie school werk
eigen tijd kracht veiligheid evaluatie handtekening handtekeningen hulp advies informatie voorwaarde
concept vastgesteld afgesloten versie bijlage ons
nederlands nederland engels turks pools arabisch tigrinya duits frans
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
januari februari maart april mei juni juli augustus september oktober november december
kerst pasen ramadan suikerfeest offerfeest pinksteren sinterklaas
god allah
"""))

#: After one of these (and spaces, quotes, brackets or dashes) a new sentence starts, so a capital says nothing.
SENTENCE_ENDS = ".!?:;\n\r\u2028\u2029•"
OPENERS = " \t\"'‘’“”„«»([{-–—*>·"
