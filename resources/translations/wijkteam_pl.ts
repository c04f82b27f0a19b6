<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AddAdviceDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="+103"/>
        <location line="+2"/>
        <source>Advies toevoegen</source>
        <translation>Dodaj radę</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Advies &amp;toevoegen</source>
        <translation>&amp;Dodaj radę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op naam van: %1. Met de datum van vandaag.</source>
        <translation>Podpisane jako: %1. Z dzisiejszą datą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat voor soort is het?</source>
        <translation>Jaki to rodzaj wpisu?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Informatie</source>
        <translation>&amp;Informacja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Advies</source>
        <translation>&amp;Rada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voorwaarde (bindend)</source>
        <translation>&amp;Warunek (wiążący)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Het hele plan</source>
        <translation>Cały plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf in korte zinnen. Het gezin leest dit.</source>
        <translation>Pisz krótkimi zdaniami. Rodzina to przeczyta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Een voorwaarde is bindend. Schrijf op waar uw wettelijke macht vandaan komt, bijvoorbeeld een ondertoezichtstelling (OTS).</source>
        <translation>Warunek jest wiążący. Napisz, na jakiej podstawie prawnej go stawiasz, na przykład nadzór kuratora (ondertoezichtstelling, OTS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bijvoorbeeld: ondertoezichtstelling, art. 1:255 BW</source>
        <translation>na przykład: nadzór kuratora (ondertoezichtstelling), art. 1:255 BW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wettelijke grond</source>
        <translation>&amp;Podstawa prawna</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Over welk deel?</source>
        <translation>&amp;Której części to dotyczy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uw tekst</source>
        <translation>&amp;Twój tekst</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Schrijf eerst uw informatie of advies.</source>
        <translation>Najpierw napisz informację lub radę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul de wettelijke grond in. Zonder wettelijke grond is het een advies.</source>
        <translation>Wpisz podstawę prawną. Bez podstawy prawnej to jest rada.</translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <location filename="../../ui/advice/advice_panel.py" line="+73"/>
        <source>Wettelijke grond: %1</source>
        <translation>Podstawa prawna: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antwoord van het gezin: %1</source>
        <translation>Odpowiedź rodziny: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Antwoord veranderen…</source>
        <translation>Zmień odpowiedź…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antwoord geven…</source>
        <translation>Odpowiedz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antwoord op %1 van %2</source>
        <translation>Odpowiedź na: %1 (od: %2)</translation>
    </message>
</context>
<context>
    <name>AdviceCounts</name>
    <message numerus="yes">
        <location filename="../../ui/advice/advice_wording.py" line="+30"/>
        <source>%n adviezen wachten op uw antwoord</source>
        <extracomment>A shape per answer, so the answer never depends on seeing colour.</extracomment>
        <translation>
            <numerusform>%n rada czeka na Twoją odpowiedź</numerusform>
            <numerusform>%n rady czekają na Twoją odpowiedź</numerusform>
            <numerusform>%n rad czeka na Twoją odpowiedź</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n adviezen zijn nog niet beantwoord</source>
        <translation>
            <numerusform>%n rada jest jeszcze bez odpowiedzi</numerusform>
            <numerusform>%n rady są jeszcze bez odpowiedzi</numerusform>
            <numerusform>%n rad jest jeszcze bez odpowiedzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Er zijn %n punten toegevoegd van %1.</source>
        <translation>
            <numerusform>Dodano %n punkt od: %1.</numerusform>
            <numerusform>Dodano %n punkty od: %1.</numerusform>
            <numerusform>Dodano %n punktów od: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n punten stonden al in uw plan. Die zijn niet nog een keer toegevoegd.</source>
        <translation>
            <numerusform>%n punkt był już w Twoim planie. Nie został dodany drugi raz.</numerusform>
            <numerusform>%n punkty były już w Twoim planie. Nie zostały dodane drugi raz.</numerusform>
            <numerusform>%n punktów było już w Twoim planie. Nie zostały dodane drugi raz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdviceDesk</name>
    <message>
        <location filename="../../ui/window/advice_desk.py" line="+59"/>
        <source>Advies geven op een plan</source>
        <extracomment>The longest name the services keep on one line (as in ``RoleDialog``).</extracomment>
        <translation>Daj rady do planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planbestand (*%1)</source>
        <translation>Plik planu (*%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Advies bewaren</source>
        <translation>Zapisz rady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adviesbestand (*%1)</source>
        <translation>Plik z radami (*%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> - advies</source>
        <translation> - rady</translation>
    </message>
</context>
<context>
    <name>AdviceDeskWindow</name>
    <message>
        <location line="+86"/>
        <source>Advies geven op: %1</source>
        <translation>Rady do planu: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Na het sluiten blijft er niets van het plan van het gezin op deze laptop.</source>
        <translation>Po zamknięciu na tym laptopie nie zostanie nic z planu rodziny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advies &amp;bewaren…</source>
        <translation>&amp;Zapisz rady…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sl&amp;uiten</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>U hebt nog geen advies gegeven. Kies een deel en klik op Advies toevoegen.</source>
        <translation>Nie ma jeszcze Twoich rad. Wybierz część i kliknij „Dodaj radę”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw advies is bewaard in %1. Stuur dit bestand naar het gezin: zij lezen het in bij hun plan.</source>
        <translation>Twoje rady są zapisane w pliku %1. Wyślij ten plik rodzinie: rodzina wczyta go do swojego planu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advies niet bewaard</source>
        <translation>Rady nie są zapisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw advies is nog niet bewaard. Wilt u het eerst bewaren?</source>
        <translation>Twoje rady nie są jeszcze zapisane. Chcesz je najpierw zapisać?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bewaren</source>
        <translation>Z&amp;apisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet bewaren</source>
        <translation>&amp;Nie zapisuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>U hebt nog geen advies gegeven.</source>
        <translation>Nie ma jeszcze Twoich rad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies (%1) is nog niet bewaard.</source>
        <translation>Twoje rady (%1) nie są jeszcze zapisane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies (%1) is bewaard.</source>
        <translation>Twoje rady (%1) są zapisane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op naam van %1. %2</source>
        <translation>Podpisane jako: %1. %2</translation>
    </message>
</context>
<context>
    <name>AdviceFileFlow</name>
    <message>
        <location filename="../../ui/advice/advice_file_dialogs.py" line="+33"/>
        <source>Adviesbestand inlezen</source>
        <translation>Wczytaj plik z radami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adviesbestand (*%1)</source>
        <translation>Plik z radami (*%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>U kunt op elk punt antwoorden: overgenomen, deels of niet overgenomen.</source>
        <translation>Na każdy punkt możesz odpowiedzieć: przyjęto, przyjęto częściowo albo nie przyjęto.</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../ui/advice/advice_panel.py" line="+56"/>
        <source>← Terug naar het plan</source>
        <translation>← Wróć do planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar het deel dat open stond (Esc)</source>
        <translation>Wróć do części, która była otwarta (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Advies toevoegen…</source>
        <translation>+ Dodaj radę…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informatie en advies</source>
        <translation>Informacje i rady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier staat wat professionals over het plan zeggen, op naam en met datum. Het gezin beslist zelf wat het met advies doet. Bij elk punt geeft het een antwoord. Advies houdt niets tegen.</source>
        <translation>Tu jest to, co specjaliści mówią o planie, z imieniem i datą. Rodzina sama decyduje, co zrobi z radą. Na każdy punkt rodzina daje odpowiedź. Rada niczego nie blokuje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon al het advies</source>
        <translation>Pokaż wszystkie rady</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Alles is beantwoord.</source>
        <translation>Wszystko ma już odpowiedź.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>U ziet alleen het advies over: %1</source>
        <translation>Widzisz tylko rady dotyczące: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Er is nog geen informatie of advies. Voeg het toe met de knop hierboven.</source>
        <translation>Nie ma jeszcze informacji ani rad. Dodaj je przyciskiem powyżej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is nog geen informatie of advies van professionals bij dit plan.</source>
        <translation>Do tego planu nie ma jeszcze informacji ani rad od specjalistów.</translation>
    </message>
</context>
<context>
    <name>AdviceReadAloud</name>
    <message>
        <location filename="../../ui/advice/advice_read_aloud.py" line="+25"/>
        <source>%1, %2</source>
        <extracomment>``Piece.key`` of the professional&apos;s own text and of the family&apos;s reason.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Van %1, op %2.</source>
        <translation>Od: %1, dnia %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wettelijke grond: %1.</source>
        <translation>Podstawa prawna: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het gezin heeft nog geen antwoord gegeven.</source>
        <translation>Rodzina jeszcze nie odpowiedziała.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antwoord van het gezin: %1.</source>
        <translation>Odpowiedź rodziny: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lees voor</source>
        <translation>Przeczytaj na głos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lees voor: %1 van %2</source>
        <translation>Przeczytaj na głos: %1 (od: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lees dit punt en het antwoord voor (F9)</source>
        <translation>Przeczytaj na głos ten punkt i odpowiedź (F9)</translation>
    </message>
</context>
<context>
    <name>AdviceWording</name>
    <message>
        <location filename="../../ui/advice/advice_wording.py" line="+12"/>
        <source>%1 (bindend)</source>
        <translation>%1 (wiążący)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U vertelt iets wat het gezin moet weten.</source>
        <translation>Mówisz coś, co rodzina powinna wiedzieć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U raadt iets aan. Het gezin beslist zelf wat het ermee doet.</source>
        <translation>Coś doradzasz. Rodzina sama decyduje, co z tym zrobi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleen als u een wettelijke macht hebt, zoals bij een ondertoezichtstelling (OTS). Het plan moet dan aan deze voorwaarde voldoen.</source>
        <translation>Tylko jeśli masz do tego prawo, na przykład przy nadzorze kuratora (OTS). Plan musi wtedy spełnić ten warunek.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Over: %1</source>
        <translation>Dotyczy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over: het hele plan</source>
        <translation>Dotyczy: cały plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Van %1 · %2</source>
        <translation>Od: %1 · %2</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/people/agreement_dialog.py" line="+63"/>
        <source>Afspraak aanpassen</source>
        <translation>Zmień ustalenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afspraak toevoegen</source>
        <translation>Dodaj ustalenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maak het concreet: wie doet wat, en wanneer? Niet alles hoeft meteen.</source>
        <translation>Napisz konkretnie: kto co robi i kiedy? Nie wszystko musi być zrobione od razu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: Oma brengt Jesse op maandag naar school.</source>
        <translation>na przykład: Babcia odprowadza Jessego do szkoły w poniedziałek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zonder doel</source>
        <translation>Bez celu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wie doet het</source>
        <translation>Kto to robi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Er staat nog niemand in het plan. Voeg eerst mensen toe bij een deel over mensen of het netwerk.</source>
        <translation>W planie nie ma jeszcze nikogo. Najpierw dodaj osoby w części o osobach albo o sieci wsparcia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: elke woensdag, of voor de zomer</source>
        <translation>na przykład: w każdą środę albo przed latem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op een vaste d&amp;atum</source>
        <translation>W konkretnym &amp;dniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bijvoorbeeld: Jesse staat om half negen op het plein</source>
        <translation>na przykład: Jesse jest o 8:30 na placu przed szkołą</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kies iemand, of schrijf een naam</source>
        <translation>wybierz kogoś albo wpisz imię</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit is een &amp;veiligheidsafspraak</source>
        <translation>To jest ustalenie dotyczące &amp;bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Wat gaat er gebeuren?</source>
        <translation>&amp;Co ma się wydarzyć?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij welk d&amp;oel?</source>
        <translation>Do jakiego ce&amp;lu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi&amp;e doet het?</source>
        <translation>&amp;Kto to robi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wa&amp;nneer?</source>
        <translation>Ki&amp;edy?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hoe weten we dat het lukt?</source>
        <translation>&amp;Po czym poznamy, że się udaje?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie &amp;checkt of het gelukt is?</source>
        <translation>Kto &amp;sprawdza, czy się udało?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stand</source>
        <translation>S&amp;tan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bewaren</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaren met Ctrl+Enter, of met Enter in een veld van één regel.</source>
        <translation>Zapisz: Ctrl+Enter albo Enter w polu z jedną linią.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>✓ Alles is ingevuld.</source>
        <translation>✓ Wszystko jest wypełnione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf op wat er gaat gebeuren.</source>
        <translation>Napisz, co ma się wydarzyć.</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <location filename="../../ui/people/agreements_editor.py" line="+183"/>
        <source>Afspraak toe&amp;voegen</source>
        <translation>D&amp;odaj ustalenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog geen afspraak in het plan. Voeg de eerste afspraak toe met de knop hieronder.</source>
        <translation>W planie nie ma jeszcze żadnego ustalenia. Dodaj pierwsze ustalenie przyciskiem poniżej.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Onze afspraken</source>
        <translation>Nasze ustalenia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Stand</source>
        <translation>S&amp;tan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe staat het met de gekozen afspraak?</source>
        <translation>Jaki jest stan wybranego ustalenia?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Wilt u deze afspraak weghalen? &quot;%1&quot;</source>
        <translation>Usunąć to ustalenie? „%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als het anders liep dan gepland, kunt u de stand ook op &quot;Anders gelopen&quot; zetten.</source>
        <translation>Jeśli poszło inaczej, niż planowano, możesz też zmienić stan na „Poszło inaczej”.</translation>
    </message>
</context>
<context>
    <name>Anonymise</name>
    <message>
        <location filename="../../wijkteam/anonymise/anonymiser.py" line="+16"/>
        <source>het gezin</source>
        <extracomment>What the family&apos;s name becomes.</extracomment>
        <translation>rodzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de inwoner</source>
        <translation>mieszkaniec</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kopie zonder namen</source>
        <extracomment>After the title of the copy, so whoever reads it knows &quot;moeder&quot; stands for a name (and an imported copy is told apart from the plan itself).</extracomment>
        <translation>kopia bez imion i nazwisk</translation>
    </message>
    <message>
        <location filename="../../wijkteam/anonymise/details.py" line="+16"/>
        <source>e-mailadres</source>
        <translation>adres e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefoonnummer</source>
        <translation>numer telefonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>kod pocztowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adres</source>
        <translation>adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>strona internetowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rekeningnummer</source>
        <translation>numer konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bsn</source>
        <translation>numer BSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboortedatum</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboorteplaats</source>
        <translation>miejsce urodzenia</translation>
    </message>
    <message>
        <location filename="../../wijkteam/anonymise/names.py" line="+29"/>
        <source>naam</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iemand van het gezin</source>
        <extracomment>Who someone is when the plan does not say their relation: their place at the table.</extracomment>
        <translation>ktoś z rodziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iemand van het netwerk</source>
        <translation>ktoś z sieci wsparcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ondersteuner</source>
        <translation>osoba wspierająca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional</source>
        <translation>specjalista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iemand</source>
        <translation>ktoś</translation>
    </message>
</context>
<context>
    <name>AnonymousCopyDialog</name>
    <message>
        <location filename="../../ui/window/anonymous_copy.py" line="+95"/>
        <location line="+5"/>
        <location line="+79"/>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>Kopie zonder namen</source>
        <translation>Kopia bez imion i nazwisk</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>In deze kopie staat geen naam van de mensen in het plan. Iedereen heet naar wie hij is voor het gezin. Telefoonnummers, adressen en de naam van het gezin gaan niet mee. Eigen notities en tekeningen ook niet.</source>
        <translation>W tej kopii nie ma imion ani nazwisk osób z planu. Każda osoba jest nazwana według tego, kim jest dla rodziny. Numery telefonów, adresy i nazwisko rodziny nie trafiają do kopii. Prywatne notatki i rysunki też nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit staat er in de kopie:</source>
        <translation>To jest w kopii:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wat er in de kopie staat in plaats van de namen</source>
        <translation>Co jest w kopii zamiast imion i nazwisk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kijk deze woorden na. Het kunnen namen zijn:</source>
        <translation>Sprawdź te słowa. Mogą to być imiona lub nazwiska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staan geen andere woorden in die op een naam lijken.</source>
        <translation>Nie ma innych słów, które wyglądają jak imię lub nazwisko.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woorden die op een naam lijken</source>
        <translation>Słowa, które wyglądają jak imię lub nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staat er nog een naam tussen? Pas die dan eerst aan in het plan. Deze woorden blijven in de kopie staan.</source>
        <translation>Jest wśród nich jeszcze jakieś imię lub nazwisko? Najpierw zmień je w planie. Te słowa zostaną w kopii.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opslaan als p&amp;lanbestand…</source>
        <translation>Zapisz jako p&amp;lik planu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kopie zonder namen opslaan als PDF</source>
        <translation>Zapisz kopię bez imion i nazwisk jako PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De kopie wordt klaargemaakt als PDF…</source>
        <translation>Kopia jest przygotowywana jako PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopie zonder namen opslaan als planbestand</source>
        <translation>Zapisz kopię bez imion i nazwisk jako plik planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ons Plan-bestand (*%1)</source>
        <translation>Plik Ons Plan (*%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De kopie wordt bewaard als planbestand…</source>
        <translation>Kopia jest zapisywana jako plik planu…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De kopie zonder namen is bewaard.</source>
        <translation>Kopia bez imion i nazwisk jest zapisana.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="+15"/>
        <source>Antwoord op advies</source>
        <translation>Odpowiedź na radę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antwoord &amp;bewaren</source>
        <translation>&amp;Zapisz odpowiedź</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw antwoord op deze informatie</source>
        <translation>Twoja odpowiedź na tę informację</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw antwoord op dit advies</source>
        <translation>Twoja odpowiedź na tę radę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw antwoord op deze voorwaarde</source>
        <translation>Twoja odpowiedź na ten warunek</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wat doet u ermee?</source>
        <translation>Co z tym robisz?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Overgenomen: wij doen wat er staat</source>
        <translation>&amp;Przyjęto: robimy to, co jest napisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deels: wij doen een deel ervan</source>
        <translation>&amp;Częściowo: robimy część tego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet overgenomen: wij doen het anders</source>
        <translation>&amp;Nie przyjęto: robimy to inaczej</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bijvoorbeeld: oma Ria vangt de kinderen op.</source>
        <translation>Na przykład: babcia Ria zajmie się dziećmi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Waarom? Schrijf het in uw eigen woorden.</source>
        <translation>&amp;Dlaczego? Napisz to własnymi słowami.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit is een voorwaarde. Een voorwaarde is bindend: die blijft gelden, ook als u het er niet mee eens bent. Schrijf op wat u ervan vindt. Dan kunt u er samen over praten.</source>
        <translation>To jest warunek. Warunek jest wiążący: obowiązuje, nawet jeśli się z nim nie zgadzasz. Napisz, co o nim myślisz. Wtedy możecie razem o tym porozmawiać.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kies eerst wat u met dit advies doet.</source>
        <translation>Najpierw wybierz, co robisz z tą radą.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../ui/common/autosave.py" line="+43"/>
        <source>Uw tekst wacht even: een ander programma gebruikt de plannen. Hij wordt zo bewaard.</source>
        <extracomment>The pause after the last key before the text is saved. While typing goes on, the text is saved at least this often. Waits before trying again while another program holds the database; the last one repeats. How long one save waits for another program&apos;s lock before it gives the database back and tries later.</extracomment>
        <translation>Twój tekst chwilę czeka: inny program używa planów. Zaraz zostanie zapisany.</translation>
    </message>
    <message>
        <location line="+424"/>
        <source>Alles wat u typte is bewaard.</source>
        <extracomment>Held while a text is being stored, also by a flush on the UI thread: so texts of one field land in order. (generation, time) of the first change after each text that was sent: what ``summary()`` reports.</extracomment>
        <translation>Cały wpisany tekst jest zapisany.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw tekst is bewaard tot %1. Wat u daarna typte, is misschien niet bewaard.</source>
        <translation>Twój tekst jest zapisany do %1. To, co wpisano później, może nie być zapisane.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../ui/together/calendar_export.py" line="+29"/>
        <source> - datums</source>
        <translation> - daty</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Datums in uw agenda zetten</source>
        <translation>Dodaj daty do kalendarza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agendabestand (*%1)</source>
        <translation>Plik kalendarza (*%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>De datums staan in het bestand %1. Open dat bestand met de agenda op uw computer of telefoon. Dan staan de afspraken en de evaluatie in uw agenda.</source>
        <translation>Daty są w pliku %1. Otwórz ten plik w kalendarzu na komputerze albo w telefonie. Wtedy ustalenia i podsumowanie będą w Twoim kalendarzu.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+86"/>
        <source>Wachtwoord veranderen</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw &amp;wachtwoord van nu (of de herstelcode)</source>
        <translation>Obecne &amp;hasło (albo kod odzyskiwania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw wachtwoord nog &amp;een keer</source>
        <translation>Nowe hasło jeszcze &amp;raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>Po&amp;każ, co wpisuję</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Veranderen</source>
        <translation>&amp;Zmień</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kies een nieuw wachtwoord van minstens 8 tekens. Uw herstelcode blijft werken.</source>
        <translation>Wybierz nowe hasło, co najmniej 8 znaków. Twój kod odzyskiwania dalej działa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Even geduld…</source>
        <translation>Chwileczkę…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uw wachtwoord is veranderd. Gebruik vanaf nu het nieuwe wachtwoord.</source>
        <translation>Hasło zostało zmienione. Od teraz używaj nowego hasła.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../wijkteam/plan_diff.py" line="+43"/>
        <source>Nieuwe informatie van %1.</source>
        <extracomment>How much of a title, goal or agreement is quoted in one sentence. Two texts this alike (0..1) are taken to be the same item, rewritten. Above this many pairs to weigh, rewritten items are not looked for: a real plan never comes near it. The translation context of these sentences: they are read in the language of the screens (``wijkteam.i18n``), and in Dutch on the command line. &quot;Nieuw advies van ...&quot;, &quot;Nieuwe informatie van ...&quot;, &quot;Nieuwe voorwaarde van ...&quot;.</extracomment>
        <translation>Nowa informacja od: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw advies van %1.</source>
        <translation>Nowa rada od: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe voorwaarde van %1.</source>
        <translation>Nowy warunek od: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wie</source>
        <extracomment>Parts of an agreement besides its text, with the word for each, in the order the family fills them in.</extracomment>
        <translation>kto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wanneer</source>
        <translation>kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hoe we weten dat het lukt</source>
        <translation>po czym poznamy, że się udaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie checkt</source>
        <translation>kto sprawdza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bij welk doel</source>
        <translation>do jakiego celu</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 en %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>De titel van het plan is nu: &apos;%1&apos;.</source>
        <translation>Tytuł planu to teraz: „%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De naam bij het plan is nu: %1.</source>
        <translation>Nazwa przy planie to teraz: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam bij het plan is weggehaald.</source>
        <translation>Nazwa przy planie została usunięta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De datum van de melding is nu %1.</source>
        <translation>Data zgłoszenia to teraz %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van de melding is weggehaald.</source>
        <translation>Data zgłoszenia została usunięta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het aanbod om zelf een plan te maken is nu %1.</source>
        <translation>Data propozycji zrobienia własnego planu to teraz %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het aanbod om zelf een plan te maken is weggehaald.</source>
        <translation>Data propozycji zrobienia własnego planu została usunięta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum voor het plan is nu %1.</source>
        <translation>Ustalony termin na plan to teraz %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum voor het plan is weggehaald.</source>
        <translation>Ustalony termin na plan został usunięty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het gesprek is nu %1.</source>
        <translation>Data rozmowy to teraz %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het gesprek is weggehaald.</source>
        <translation>Data rozmowy została usunięta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De evaluatiedatum is nu %1.</source>
        <translation>Data podsumowania to teraz %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De evaluatiedatum is weggehaald.</source>
        <translation>Data podsumowania została usunięta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De plaats van het gesprek is nu: %1.</source>
        <translation>Miejsce rozmowy to teraz: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De plaats van het gesprek is weggehaald.</source>
        <translation>Miejsce rozmowy zostało usunięte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is een plan B bijgekomen.</source>
        <translation>Doszedł plan B.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan B is weggehaald.</source>
        <translation>Plan B został usunięty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan B is aangepast.</source>
        <translation>Plan B został zmieniony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De taal van het plan is aangepast.</source>
        <translation>Język planu został zmieniony.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Er is een nieuw deel bijgekomen: &apos;%1&apos;.</source>
        <translation>Doszła nowa część: „%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het deel &apos;%1&apos; heet nu &apos;%2&apos;.</source>
        <translation>Część „%1” nazywa się teraz „%2”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel &apos;%1&apos; is aangepast.</source>
        <translation>Część „%1” została zmieniona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel &apos;%1&apos; wordt nu overgeslagen.</source>
        <translation>Część „%1” jest teraz pomijana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het deel &apos;%1&apos; wordt weer gebruikt.</source>
        <translation>Część „%1” jest znowu używana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het deel &apos;%1&apos; is weggehaald.</source>
        <translation>Część „%1” została usunięta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De volgorde van de delen is veranderd.</source>
        <translation>Kolejność części się zmieniła.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 heet nu %2.</source>
        <translation>%1 nazywa się teraz %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er is een persoon bijgekomen: %1.</source>
        <translation>Doszła nowa osoba: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 staat niet meer in het plan.</source>
        <translation>Tej osoby nie ma już w planie: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 staat nu dichterbij.</source>
        <translation>%1 jest teraz bliżej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 staat nu verder weg.</source>
        <translation>%1 jest teraz dalej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 staat nu bij %2.</source>
        <translation>%1 jest teraz w grupie: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 staat nu in geen groep.</source>
        <translation>%1 nie jest teraz w żadnej grupie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gegevens van %1 zijn aangepast.</source>
        <translation>Dane osoby %1 zostały zmienione.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Het doel &apos;%1&apos; is nu: %2.</source>
        <translation>Cel „%1” to teraz: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuw doel: %1.</source>
        <translation>Nowy cel: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doel weggehaald: %1.</source>
        <translation>Usunięty cel: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Afspraak &apos;%1&apos; is nu: %2.</source>
        <translation>Ustalenie „%1” to teraz: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afspraak &apos;%1&apos; is aangepast: %2.</source>
        <translation>Ustalenie „%1” zostało zmienione: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak &apos;%1&apos; is nu een veiligheidsafspraak.</source>
        <translation>Ustalenie „%1” dotyczy teraz bezpieczeństwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak &apos;%1&apos; is geen veiligheidsafspraak meer.</source>
        <translation>Ustalenie „%1” nie dotyczy już bezpieczeństwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraak &apos;%1&apos; staat nu op: %2.</source>
        <translation>Ustalenie „%1” ma teraz stan: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe afspraak: %1.</source>
        <translation>Nowe ustalenie: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak weggehaald: %1.</source>
        <translation>Usunięte ustalenie: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 van %2 staat er niet meer in.</source>
        <translation>Nie ma już w planie: %1 (od: %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Het antwoord op %1 van %2 is nu: %3.</source>
        <translation>Odpowiedź na: %1 (od: %2) to teraz: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reden bij het antwoord op %1 van %2 is aangepast.</source>
        <translation>Zmienił się powód przy odpowiedzi na: %1 (od: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het huis van zorgen van %1 is aangepast.</source>
        <extracomment>&quot;Het huis van zorgen van Jesse is aangepast.&quot;: one sentence per kind of house and what happened to it, so that each language can say it in its own order.</extracomment>
        <translation>Dom zmartwień dziecka %1 został zmieniony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 is aangepast.</source>
        <translation>Dom dobrych rzeczy dziecka %1 został zmieniony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 is aangepast.</source>
        <translation>Dom marzeń dziecka %1 został zmieniony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het huis van zorgen van %1 staat nu in het plan.</source>
        <translation>Dom zmartwień dziecka %1 jest teraz w planie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 staat nu in het plan.</source>
        <translation>Dom dobrych rzeczy dziecka %1 jest teraz w planie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 staat nu in het plan.</source>
        <translation>Dom marzeń dziecka %1 jest teraz w planie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het huis van zorgen van %1 staat niet meer in het plan.</source>
        <translation>Domu zmartwień dziecka %1 nie ma już w planie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 staat niet meer in het plan.</source>
        <translation>Domu dobrych rzeczy dziecka %1 nie ma już w planie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 staat niet meer in het plan.</source>
        <translation>Domu marzeń dziecka %1 nie ma już w planie.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Een eigen notitie die meegaat in het plan is aangepast.</source>
        <translation>Zmieniła się prywatna notatka, która jest w planie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er gaat nu een eigen notitie mee in het plan.</source>
        <translation>W planie jest teraz prywatna notatka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een eigen notitie gaat niet meer mee in het plan.</source>
        <translation>Prywatnej notatki nie ma już w planie.</translation>
    </message>
</context>
<context>
    <name>ChildHouses</name>
    <message>
        <location filename="../../ui/people/child_houses_panel.py" line="+50"/>
        <source>Huis van zorgen</source>
        <extracomment>The template key of &quot;Wat de kinderen zeggen&quot; (``resources/templates/familiegroepsplan.json``). The houses stand side by side down to this width each; narrower (large text), they stand one under the other.</extracomment>
        <translation>Dom zmartwień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van goede dingen</source>
        <translation>Dom dobrych rzeczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van dromen</source>
        <translation>Dom marzeń</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waar maak je je zorgen over?</source>
        <translation>Czym się martwisz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat er goed?</source>
        <translation>Co idzie dobrze?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wens je? Hoe is het als alles goed is?</source>
        <translation>Czego sobie życzysz? Jak jest, kiedy wszystko jest dobrze?</translation>
    </message>
</context>
<context>
    <name>ChildHousesPanel</name>
    <message>
        <location line="+153"/>
        <source>Drie Huizen</source>
        <translation>Trzy Domy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind dat eigen huizen krijgt</source>
        <translation>Dziecko, które dostaje własne domy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huizen maken</source>
        <translation>Zrób domy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maak drie huizen voor dit kind</source>
        <translation>Zrób trzy domy dla tego dziecka</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Elk kind kan drie huizen vullen: zorgen, goede dingen en dromen. Het kind schrijft of tekent zelf. Het kind kiest per huis of het in het plan komt.</source>
        <translation>Każde dziecko może wypełnić trzy domy: zmartwienia, dobre rzeczy i marzenia. Dziecko samo pisze albo rysuje. Przy każdym domu dziecko wybiera, czy trafi on do planu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U ziet alleen de huizen die de kinderen willen delen.</source>
        <translation>Widzisz tylko domy, które dzieci chcą pokazać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er zijn nog geen huizen. Kies een kind en klik op &apos;Huizen maken&apos;.</source>
        <translation>Nie ma jeszcze domów. Wybierz dziecko i kliknij „Zrób domy”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De kinderen delen nog geen huizen.</source>
        <translation>Dzieci nie pokazują jeszcze żadnych domów.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keuze voor %1</source>
        <translation>Wybór dla „%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tekening in %1</source>
        <translation>Rysunek w „%1”</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>De huizen van %1</source>
        <translation>Domy: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 heeft nu drie huizen.</source>
        <translation>%1 ma teraz trzy domy.</translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <location filename="../../ui/start/start_view.py" line="+60"/>
        <location line="+27"/>
        <source>Meer uitleg  ▾</source>
        <extracomment>What the list shows something of (every change moves &quot;laatst veranderd&quot;). Not the private notes: the family saves them as they type in eigen tijd, with the list behind it, and reading 500 plans again each second would stall.</extracomment>
        <translation>Więcej wyjaśnień  ▾</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Meer uitleg over: %1</source>
        <translation>Więcej wyjaśnień: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Minder uitleg  ▴</source>
        <translation>Mniej wyjaśnień  ▴</translation>
    </message>
</context>
<context>
    <name>ConditionCard</name>
    <message>
        <location filename="../../ui/editor/part_notes.py" line="+67"/>
        <source>Wettelijke grond: %1</source>
        <translation>Podstawa prawna: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antwoord van het gezin: %1</source>
        <translation>Odpowiedź rodziny: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voorwaarde van %1</source>
        <translation>Warunek od: %1</translation>
    </message>
</context>
<context>
    <name>ConditionsBox</name>
    <message>
        <location line="+11"/>
        <source>Voorwaarden voor de veiligheid</source>
        <translation>Warunki dotyczące bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voorwaarden waar uw plan aan moet voldoen</source>
        <translation>Warunki, które Twój plan musi spełnić</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een professional stelde deze voorwaarden voor de veiligheid. Dat mag alleen als de wet het toestaat. Bijvoorbeeld bij een ondertoezichtstelling (OTS). Uw eigen afspraken schrijft u hieronder.</source>
        <translation>Specjalista postawił te warunki dotyczące bezpieczeństwa. Może to zrobić tylko wtedy, gdy pozwala na to prawo. Na przykład przy nadzorze kuratora (ondertoezichtstelling, OTS). Swoje własne ustalenia napisz poniżej.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../ui/common/wording.py" line="+42"/>
        <source>%n dagen geleden</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (over %n dagen)</source>
        <translation>
            <numerusform>%1 (za %n dzień)</numerusform>
            <numerusform>%1 (za %n dni)</numerusform>
            <numerusform>%1 (za %n dni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nog %n dagen om uw plan in te leveren (tot en met %1).</source>
        <translation>
            <numerusform>Masz jeszcze %n dzień na oddanie planu (do %1 włącznie).</numerusform>
            <numerusform>Masz jeszcze %n dni na oddanie planu (do %1 włącznie).</numerusform>
            <numerusform>Masz jeszcze %n dni na oddanie planu (do %1 włącznie).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/window/crash_dialog.py" line="+47"/>
        <source>Er ging iets mis</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U kunt Ons Plan opnieuw starten. Gebeurt het vaker? Geef de details aan wie u helpt.</source>
        <translation>Możesz uruchomić Ons Plan jeszcze raz. Zdarza się to częściej? Przekaż szczegóły osobie, która Ci pomaga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De details staan ook in dit bestand: %1</source>
        <translation>Szczegóły są też w tym pliku: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <source>&amp;Details tonen</source>
        <translation>&amp;Pokaż szczegóły</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Kopieer details</source>
        <translation>&amp;Kopiuj szczegóły</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technische details</source>
        <translation>Szczegóły techniczne</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Er ging iets mis in Ons Plan.</source>
        <translation>W Ons Plan coś poszło nie tak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details verbergen</source>
        <translation>&amp;Ukryj szczegóły</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gekopieerd</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>DeletedPlansDialog</name>
    <message>
        <location filename="../../ui/start/deleted_plans_dialog.py" line="+43"/>
        <location line="+3"/>
        <location line="+8"/>
        <source>Weggehaalde plannen</source>
        <translation>Usunięte plany</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Deze plannen heeft u weggehaald. Kies een plan en zet het terug in uw lijst.</source>
        <translation>Te plany zostały usunięte. Wybierz plan i przywróć go na swoją listę.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Er zijn geen weggehaalde plannen.</source>
        <translation>Nie ma usuniętych planów.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wis definitief…</source>
        <translation>&amp;Skasuj na zawsze…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Het plan is definitief gewist. Let op: de %1 oudere kopieën in de map backups hebben het plan nog. Dat geldt ook voor reservekopieën die u zelf maakte, bijvoorbeeld op een USB-stick.</source>
        <translation>Plan został skasowany na zawsze. Uwaga: starsze kopie w folderze backups (liczba: %1) nadal mają ten plan. To samo dotyczy Twoich własnych kopii zapasowych, na przykład na pendrivie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het plan is definitief gewist. Let op: reservekopieën die u eerder maakte (bijvoorbeeld op een USB-stick) bevatten het plan nog.</source>
        <translation>Plan został skasowany na zawsze. Uwaga: wcześniejsze kopie zapasowe (na przykład na pendrivie) nadal mają ten plan.</translation>
    </message>
</context>
<context>
    <name>DeletedTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="+306"/>
        <source>Weggehaald</source>
        <translation>Usunięto</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../ui/together/due_dialog.py" line="+64"/>
        <location line="+6"/>
        <source>Dit moet nu gebeuren</source>
        <translation>To trzeba zrobić teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze datums zijn vandaag, of ze zijn al voorbij. Kijk samen wat er nodig is. Is iets al gedaan? Zet het dan in het plan op gedaan.</source>
        <translation>Te daty są dzisiaj albo już minęły. Sprawdźcie razem, co jest potrzebne. Coś jest już zrobione? Zmień wtedy w planie stan na „Zrobione”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Er is nu niets te doen. Geen enkele datum is vandaag of voorbij.</source>
        <translation>Teraz nie ma nic do zrobienia. Żadna data nie jest dzisiaj ani nie minęła.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open dit plan</source>
        <translation>Otwórz ten plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open het plan %1</source>
        <translation>Otwórz plan %1</translation>
    </message>
</context>
<context>
    <name>EditorReadAloud</name>
    <message>
        <location filename="../../ui/editor/read_aloud.py" line="+72"/>
        <source>Hulp.</source>
        <extracomment>``Piece.key`` of the family&apos;s own text: its sentences are marked in the text field. The colour of a marker pen, behind the sentence being read.</extracomment>
        <translation>Pomoc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorbeeld.</source>
        <translation>Przykład.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw eigen tekst.</source>
        <translation>Twój własny tekst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier is nog niets geschreven.</source>
        <translation>Tu nic jeszcze nie napisano.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <location line="+127"/>
        <location line="+7"/>
        <source>Lees voor</source>
        <translation>Przeczytaj na głos</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lees de vraag, de hulp en uw tekst voor (F9)</source>
        <translation>Przeczytaj na głos pytanie, pomoc i swój tekst (F9)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Stop met voorlezen</source>
        <translation>Zatrzymaj czytanie na głos</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source>Stop met voorlezen (F9)</source>
        <translation>Zatrzymaj czytanie na głos (F9)</translation>
    </message>
</context>
<context>
    <name>EditorRoles</name>
    <message>
        <location filename="../../ui/editor/editor_roles.py" line="+146"/>
        <source>Uw tekst wordt vanzelf bewaard.</source>
        <translation>Twój tekst zapisuje się sam.</translation>
    </message>
</context>
<context>
    <name>EditorTopBar</name>
    <message>
        <location filename="../../ui/editor/editor_top_bar.py" line="+34"/>
        <location line="+76"/>
        <source>← &amp;Terug naar mijn plannen</source>
        <extracomment>The width of the bar from which the question who is at the keyboard fits beside the other buttons.</extracomment>
        <translation>← &amp;Wróć do moich planów</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Terug naar mijn plannen (Esc)</source>
        <translation>Wróć do moich planów (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar mijn plannen</source>
        <translation>Wróć do moich planów</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Afdrukken als PDF</source>
        <translation>&amp;Drukuj jako PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maak een PDF om te printen of te delen (Ctrl+P)</source>
        <translation>Zrób PDF do wydrukowania albo wysłania (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Over dit plan…</source>
        <translation>O &amp;tym planie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam, de titel, de datums en de plaats van het plan veranderen</source>
        <translation>Zmień nazwę, tytuł, daty i miejsce planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Informatie en advies</source>
        <translation>&amp;Informacje i rady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat professionals over het plan zeggen, en uw antwoorden</source>
        <translation>Co specjaliści mówią o planie i Twoje odpowiedzi</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>← &amp;Terug</source>
        <translation>← &amp;Wróć</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../ui/editor/editor_view.py" line="+162"/>
        <source>Uw tekst wordt vanzelf bewaard.</source>
        <translation>Twój tekst zapisuje się sam.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Uw laatste tekst is nog niet bewaard: een ander programma gebruikt de plannen. Wilt u toch stoppen? Als u Ons Plan sluit, bent u die tekst misschien kwijt.</source>
        <translation>Twój ostatni tekst nie jest jeszcze zapisany: inny program używa planów. Chcesz mimo to zakończyć? Jeśli zamkniesz Ons Plan, ten tekst może przepaść.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw laatste tekst kon niet worden bewaard. Wilt u toch stoppen? Dan bent u die tekst kwijt.</source>
        <translation>Nie udało się zapisać Twojego ostatniego tekstu. Chcesz mimo to zakończyć? Wtedy ten tekst przepadnie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tekst niet bewaard</source>
        <translation>Tekst nie jest zapisany</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan opslaan als PDF</source>
        <translation>Zapisz plan jako PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Bezig met de PDF…</source>
        <translation>Tworzenie PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het plan wordt klaargemaakt als PDF…</source>
        <translation>Plan jest przygotowywany jako PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afdrukken als PDF</source>
        <translation>Drukuj jako PDF</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Bezig met bewaren…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>✓ Bewaard</source>
        <translation>✓ Zapisano</translation>
    </message>
</context>
<context>
    <name>EigenTijdDialog</name>
    <message>
        <location filename="../../ui/together/eigen_tijd.py" line="+71"/>
        <location line="+209"/>
        <source>Eigen tijd</source>
        <extracomment>Wide enough for a thought, narrow enough to read without turning one&apos;s head on a big screen.</extracomment>
        <translation>Własny czas</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+142"/>
        <source>✓ Alles is bewaard.</source>
        <translation>✓ Wszystko jest zapisane.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>%1 Wilt u toch stoppen? Druk dan nog een keer op &apos;Klaar met eigen tijd&apos;.</source>
        <translation>%1 Chcesz mimo to zakończyć? Naciśnij jeszcze raz „Koniec własnego czasu”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Niet alles is bewaard. Druk nog een keer op &apos;Klaar met eigen tijd&apos; om toch te stoppen.</source>
        <translation>%1 Nie wszystko jest zapisane. Naciśnij jeszcze raz „Koniec własnego czasu”, żeby mimo to zakończyć.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Eigen tijd is van het gezin. Alleen het gezin kan hier schrijven en lezen. Geef de computer aan het gezin.</source>
        <translation>Własny czas należy do rodziny. Tylko rodzina może tu pisać i czytać. Daj komputer rodzinie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sluiten</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De ondersteuner gaat nu even weg. U beslist zelf, samen met wie u erbij wilt hebben.</source>
        <translation>Osoba wspierająca teraz na chwilę wychodzi. Decyzja należy do Ciebie i do osób, które chcesz mieć przy sobie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De ondersteuner en de hulpverleners gaan nu even weg. U beslist samen.</source>
        <translation>Osoba wspierająca i specjaliści teraz na chwilę wychodzą. Decydujecie razem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is uw eigen tijd.</source>
        <translation>To jest Twój własny czas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf op wat u wilt onthouden. Deze notities zijn van u. Ze komen alleen in het plan als u dat zelf aanvinkt.</source>
        <translation>Zapisz to, co chcesz zapamiętać. Te notatki są Twoje. Trafią do planu tylko wtedy, gdy to zaznaczysz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+ &amp;Nieuwe notitie</source>
        <translation>+ &amp;Nowa notatka</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klaar? Druk op de knop, of op Esc.</source>
        <translation>Gotowe? Naciśnij przycisk albo Esc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaar met eigen tijd</source>
        <translation>Koniec własnego czasu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of druk op Esc.</source>
        <translation>Albo naciśnij Esc.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Wordt bewaard…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✓ Deze notitie komt in het plan.</source>
        <translation>✓ Ta notatka trafi do planu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Deze notitie blijft alleen van u.</source>
        <translation>✓ Ta notatka zostaje tylko dla Ciebie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wilt u deze notitie weggooien? Dat kan niet ongedaan worden.</source>
        <translation>Wyrzucić tę notatkę? Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weggooien</source>
        <translation>Wyrzuć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaren</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notitie weggegooid.</source>
        <translation>Notatka wyrzucona.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/start/deleted_plans_dialog.py" line="+28"/>
        <source>Plan definitief wissen</source>
        <extracomment>The word to type before a plan is erased for good: a click alone is too easy for something that cannot be undone.</extracomment>
        <translation>Skasuj plan na zawsze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wilt u het plan &apos;%1&apos; voor altijd wissen? Alles wat erin staat, gaat weg: de tekst, de afspraken, het advies en de eigen notities. Dit kan niet ongedaan worden.</source>
        <translation>Skasować plan „%1” na zawsze? Zniknie wszystko, co w nim jest: tekst, ustalenia, rady i prywatne notatki. Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typ WISSEN</source>
        <translation>Wpisz WISSEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ %1 om het plan te wissen:</source>
        <translation>Wpisz %1, żeby skasować plan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wis definitief</source>
        <translation>&amp;Skasuj na zawsze</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../wijkteam/advicefile.py" line="+45"/>
        <source>Dit bestand is te groot voor een adviesbestand: het mag hoogstens 5 MB zijn.</source>
        <translation>Ten plik jest za duży na plik z radami: może mieć najwyżej 5 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit bestand is leeg, dus er staat geen advies in.</source>
        <translation>Ten plik jest pusty, więc nie ma w nim rad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen adviesbestand van Ons Plan, of het is beschadigd.</source>
        <translation>To nie jest plik z radami z Ons Plan albo plik jest uszkodzony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit is een planbestand en geen adviesbestand, dus er verandert niets.</source>
        <translation>To jest plik planu, a nie plik z radami, więc nic się nie zmienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand is niet compleet: het houdt te vroeg op.</source>
        <translation>Ten plik z radami jest niekompletny: kończy się za wcześnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand is gemaakt met een nieuwere versie van Ons Plan.</source>
        <translation>Ten plik z radami został zrobiony w nowszej wersji Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand heeft een versienummer dat Ons Plan niet kent.</source>
        <translation>Ten plik z radami ma numer wersji, którego Ons Plan nie zna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand klopt niet: er zitten te veel lagen in elkaar.</source>
        <translation>Ten plik z radami jest błędny: ma za dużo warstw jedna w drugiej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er staat geen advies in dit adviesbestand.</source>
        <translation>W tym pliku z radami nie ma żadnej rady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand hoort bij een ander plan.</source>
        <translation>Ten plik z radami należy do innego planu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies informatie, advies of voorwaarde.</source>
        <translation>Wybierz: informacja, rada albo warunek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul uw naam in: advies staat altijd op naam.</source>
        <translation>Wpisz swoje imię i nazwisko: rada jest zawsze podpisana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het advies is leeg.</source>
        <translation>Rada jest pusta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een voorwaarde mag alleen met een wettelijke grond, zoals een ondertoezichtstelling. Vul die in.</source>
        <translation>Warunek można postawić tylko na podstawie prawnej, na przykład nadzoru kuratora (OTS). Wpisz tę podstawę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit adviesbestand is vol: er passen hoogstens 100 punten in. Begin een nieuw adviesbestand.</source>
        <translation>Ten plik z radami jest pełny: mieści najwyżej 100 punktów. Zacznij nowy plik z radami.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het tekstbestand is te groot voor één advies.</source>
        <translation>Plik tekstowy jest za duży na jedną radę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het tekstbestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard.</source>
        <translation>Nie można odczytać pliku tekstowego, bo tekst nie jest zapisany w UTF-8.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/backup.py" line="+46"/>
        <source>Dit bestand is geen reservekopie van Ons Plan.</source>
        <translation>To nie jest kopia zapasowa Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze reservekopie is beschadigd of niet compleet. Er is niets veranderd.</source>
        <translation>Ta kopia zapasowa jest uszkodzona albo niekompletna. Nic się nie zmieniło.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze reservekopie is gemaakt met een nieuwere versie van Ons Plan. Installeer eerst de nieuwste versie.</source>
        <translation>Ta kopia zapasowa została zrobiona w nowszej wersji Ons Plan. Najpierw zainstaluj najnowszą wersję.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit wachtwoord opent deze reservekopie niet. Typ het wachtwoord van toen u de kopie maakte. Of typ de herstelcode van toen.</source>
        <translation>To hasło nie otwiera tej kopii zapasowej. Wpisz hasło, które było ustawione, kiedy powstała kopia. Albo wpisz kod odzyskiwania z tamtego czasu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze reservekopie heeft een ander wachtwoord. Typ het wachtwoord of de herstelcode van de kopie.</source>
        <translation>Ta kopia zapasowa ma inne hasło. Wpisz hasło albo kod odzyskiwania tej kopii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reservekopie kan niet worden gelezen: %1.</source>
        <translation>Nie można odczytać kopii zapasowej: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen gewoon bestand, dus het kan geen reservekopie zijn: %1.</source>
        <translation>To nie jest zwykły plik, więc nie może być kopią zapasową: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/cli_vault.py" line="+29"/>
        <source>Uw plannen zijn beveiligd met een wachtwoord. Start deze opdracht in een terminal: dan vraagt Ons Plan erom. Of zet het wachtwoord in WIJKTEAM_PASSPHRASE.</source>
        <translation>Twoje plany są chronione hasłem. Uruchom to polecenie w terminalu: wtedy Ons Plan zapyta o hasło. Albo wpisz hasło do WIJKTEAM_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er is nog geen wachtwoord voor uw plannen. Open Ons Plan om er een te kiezen, of zet het in WIJKTEAM_PASSPHRASE.</source>
        <translation>Twoje plany nie mają jeszcze hasła. Otwórz Ons Plan, żeby je wybrać, albo wpisz je do WIJKTEAM_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ons Plan is nu geopend. Sluit eerst het venster en probeer het dan opnieuw.</source>
        <translation>Ons Plan jest teraz otwarty. Najpierw zamknij okno, a potem spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is niets gewist: u typte niet WISSEN.</source>
        <translation>Nic nie zostało skasowane: nie wpisano WISSEN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is niets teruggezet: u typte niet ja.</source>
        <translation>Nic nie zostało przywrócone: nie wpisano „ja”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeg met --yes dat u het zeker weet; dan gaat het door. Er is nu niets veranderd.</source>
        <translation>Dodaj --yes, jeśli na pewno chcesz to zrobić. Wtedy polecenie zadziała. Teraz nic się nie zmieniło.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/dates.py" line="+24"/>
        <source>Dit is geen geldige datum.</source>
        <extracomment>The largest difference from UTC of any time zone in use (Kiribati is +14:00, Baker Island -12:00).</extracomment>
        <translation>To nie jest poprawna data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf de datum zo: 2025-03-31.</source>
        <translation>Wpisz datę tak: 2025-03-31.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/db.py" line="+40"/>
        <source>Het bestand met uw plannen is beschadigd en kan niet worden geopend. Er is niets veranderd; vraag hulp en neem een reservekopie mee.</source>
        <extracomment>The newest schema revision this app knows. A test holds it equal to Alembic&apos;s head. How long a statement waits for another program&apos;s write lock before it says the plans are busy. The first bytes of an SQLite file that is not encrypted (made before Ons Plan encrypted its plans).</extracomment>
        <translation>Plik z Twoimi planami jest uszkodzony i nie da się go otworzyć. Nic się nie zmieniło. Poproś o pomoc i weź ze sobą kopię zapasową.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw plannen zijn bewaard met een nieuwere versie van Ons Plan. Installeer de nieuwste versie om ze te openen.</source>
        <translation>Twoje plany są zapisane w nowszej wersji Ons Plan. Zainstaluj najnowszą wersję, żeby je otworzyć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan is niet helemaal goed geïnstalleerd. Installeer het opnieuw; uw plannen blijven bewaard.</source>
        <translation>Ons Plan nie jest dobrze zainstalowany. Zainstaluj go jeszcze raz. Twoje plany zostaną zachowane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw plannen kunnen niet worden bewaard, want de map is alleen-lezen.</source>
        <translation>Nie można zapisać Twoich planów, bo folder jest tylko do odczytu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen kunnen niet worden bewaard, want de schijf is vol.</source>
        <translation>Nie można zapisać Twoich planów, bo dysk jest pełny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen zijn nu in gebruik door een ander programma. Probeer het zo opnieuw.</source>
        <translation>Twoich planów używa teraz inny program. Spróbuj za chwilę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw plannen konden niet worden beveiligd. Er is niets veranderd: het oude bestand staat er nog. Vraag hulp.</source>
        <translation>Nie udało się zabezpieczyć Twoich planów. Nic się nie zmieniło: stary plik nadal jest na miejscu. Poproś o pomoc.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/formats/strict_json.py" line="+16"/>
        <source>Dit bestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard.</source>
        <translation>Nie można odczytać tego pliku, bo tekst nie jest zapisany w UTF-8.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/keystore.py" line="+61"/>
        <source>Dit wachtwoord of deze herstelcode klopt niet. Let op hoofdletters en spaties, en probeer het opnieuw.</source>
        <extracomment>Argon2id as RFC 9106 recommends for memory-constrained machines: about 0.2 s on a laptop of 2020. Parameters a key file may ask for; anything outside is a damaged or hostile file (it could ask for terabytes). The recovery code: 25 signs from an alphabet without look-alikes (Crockford base 32), 125 bits of chance. After this many wrong tries in a row, each next try waits: 2 s, 4 s, 8 s ... up to a minute. Never longer: a family that mistypes must always be able to try again soon.</extracomment>
        <translation>To hasło albo ten kod odzyskiwania jest błędny. Uważaj na wielkie litery i spacje i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U heeft een paar keer een verkeerd wachtwoord getypt. Probeer het over %1 seconden opnieuw.</source>
        <translation>Kilka razy wpisano złe hasło. Spróbuj jeszcze raz za %1 s.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation>Te dwa hasła nie są takie same. Wpisz je jeszcze raz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>Ten kod odzyskiwania się nie zgadza. Sprawdź dokładnie i przepisz go jeszcze raz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het sleutelbestand kan niet worden bewaard in de map van uw plannen.</source>
        <translation>Nie można zapisać pliku z kluczem w folderze z Twoimi planami.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/planfile.py" line="+41"/>
        <source>Dit bestand is leeg, dus er staat geen plan in.</source>
        <translation>Ten plik jest pusty, więc nie ma w nim planu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is te groot voor een planbestand: het mag hoogstens 20 MB zijn.</source>
        <translation>Ten plik jest za duży na plik planu: może mieć najwyżej 20 MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen planbestand van Ons Plan, of het is beschadigd.</source>
        <translation>To nie jest plik planu z Ons Plan albo plik jest uszkodzony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand is niet compleet: het houdt te vroeg op.</source>
        <translation>Ten plik planu jest niekompletny: kończy się za wcześnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand is gemaakt met een nieuwere versie van Ons Plan.</source>
        <translation>Ten plik planu został zrobiony w nowszej wersji Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand heeft een versienummer dat Ons Plan niet kent.</source>
        <translation>Ten plik planu ma numer wersji, którego Ons Plan nie zna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand klopt niet: er zitten te veel lagen in elkaar.</source>
        <translation>Ten plik planu jest błędny: ma za dużo warstw jedna w drugiej.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/advicefiles.py" line="+33"/>
        <source>Er is hier geen plan waar dit adviesbestand bij hoort. Lees het plan eerst in, of noem het plannummer.</source>
        <translation>Nie ma tu planu, do którego należy ten plik z radami. Najpierw wczytaj plan albo podaj numer planu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het advies in dit bestand staat al in uw plan: het is eerder ingelezen.</source>
        <translation>Rady z tego pliku są już w Twoim planie: plik był już wczytany wcześniej.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/base.py" line="+25"/>
        <source>Alleen het gezin kan de tekst van het plan veranderen.</source>
        <extracomment>Typing in one field by one person within this window is one history row, not one per keystroke.</extracomment>
        <translation>Tylko rodzina może zmieniać tekst planu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen een professional kan advies of informatie toevoegen.</source>
        <translation>Tylko specjalista może dodać radę albo informację.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen de ondersteuner schrijft notities over het proces.</source>
        <translation>Tylko osoba wspierająca pisze notatki o procesie.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/damaged.py" line="+41"/>
        <source>Dit plan kan niet open. Er staat iets in dat Ons Plan niet kan lezen.</source>
        <extracomment>What SQLAlchemy raises while it turns a stored value into a Python one (``date.fromisoformat`` and friends).</extracomment>
        <translation>Tego planu nie da się otworzyć. Jest w nim coś, czego Ons Plan nie umie odczytać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan kan ook niet als planbestand worden bewaard. Te veel ervan is niet te lezen.</source>
        <translation>Tego planu nie da się też zapisać jako plik planu. Za dużej części nie da się odczytać.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/erase.py" line="+26"/>
        <source>Alleen het gezin kan een plan definitief wissen.</source>
        <translation>Tylko rodzina może skasować plan na zawsze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen plan met nummer %1.</source>
        <translation>Nie ma planu o numerze %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/private_notes.py" line="+19"/>
        <source>Alleen het gezin kan de eigen notities lezen en veranderen.</source>
        <translation>Tylko rodzina może czytać i zmieniać prywatne notatki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze notitie bestaat niet meer.</source>
        <translation>Ta notatka już nie istnieje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen het gezin kan de eigen notities meenemen in een planbestand.</source>
        <translation>Tylko rodzina może dodać prywatne notatki do pliku planu.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/process.py" line="+32"/>
        <source>Alleen de ondersteuner of het gezin kan een stap afvinken.</source>
        <translation>Tylko osoba wspierająca albo rodzina może zaznaczyć krok jako zrobiony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze stap hoort niet bij dit plan.</source>
        <translation>Ten krok nie należy do tego planu.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/sections.py" line="+23"/>
        <source>Geef dit deel een naam.</source>
        <extracomment>Sections the family adds get keys like ``eigen-3``; template keys never look like this.</extracomment>
        <translation>Nadaj tej części nazwę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo ver kan dit deel niet omhoog of omlaag.</source>
        <translation>Tej części nie da się przesunąć tak daleko w górę ani w dół.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een deel uit het voorbeeld kunt u niet weghalen, maar u kunt het wel overslaan.</source>
        <translation>Części ze wzoru nie możesz usunąć, ale możesz ją pominąć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit deel kan pas weg als het leeg is.</source>
        <translation>Tę część można usunąć dopiero wtedy, gdy jest pusta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij dit deel staat advies van een professional, daarom kan het niet weg.</source>
        <translation>Przy tej części jest rada od specjalisty, dlatego nie można jej usunąć.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/versions.py" line="+50"/>
        <source>Alleen het gezin kan het plan vaststellen.</source>
        <translation>Tylko rodzina może zatwierdzić plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen het gezin kan invullen wie akkoord is met het plan.</source>
        <translation>Tylko rodzina może wpisać, kto zgadza się z planem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan is afgesloten, dus het kan niet meer worden vastgesteld.</source>
        <translation>Ten plan jest zamknięty, więc nie można go już zatwierdzić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan is niet veranderd sinds versie %1, dus een nieuwe versie is niet nodig.</source>
        <translation>Plan nie zmienił się od wersji %1, więc nowa wersja nie jest potrzebna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze versie van het plan bestaat niet.</source>
        <translation>Ta wersja planu nie istnieje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akkoord geven kan alleen bij de nieuwste versie van het plan.</source>
        <translation>Zgodę można dać tylko przy najnowszej wersji planu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze persoon staat niet in dit plan.</source>
        <translation>Tej osoby nie ma w tym planie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen mensen van het gezin en het netwerk geven hun akkoord op het plan.</source>
        <translation>Zgodę na plan dają tylko osoby z rodziny i z sieci wsparcia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze persoon staat niet met naam in het plan. Een akkoord op naam kan dan niet.</source>
        <translation>Ta osoba nie jest wpisana do planu z imienia. Dlatego nie może dać zgody pod swoim imieniem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versie %1 kan niet worden gelezen. Wat er sindsdien veranderde, is dus niet te zeggen.</source>
        <translation>Nie można odczytać wersji %1. Dlatego nie wiadomo, co się od tego czasu zmieniło.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er staan geen datums in dit plan die in een agenda kunnen.</source>
        <translation>W tym planie nie ma dat, które można dodać do kalendarza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het agendabestand</source>
        <translation>Plik kalendarza</translation>
    </message>
    <message>
        <location filename="../../wijkteam/vault.py" line="+40"/>
        <source>Uw plannen zijn op slot. Open ze eerst met uw wachtwoord.</source>
        <translation>Twoje plany są zablokowane. Najpierw otwórz je swoim hasłem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit wachtwoord hoort niet bij deze plannen.</source>
        <translation>To hasło nie pasuje do tych planów.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/plans.py" line="+54"/>
        <source>Deze taal kent Ons Plan niet.</source>
        <extracomment>Plan fields the family may set through ``update_plan``, with how to check each.</extracomment>
        <translation>Ons Plan nie zna tego języka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies of de PDF ook Nederlands krijgt: ja of nee.</source>
        <translation>Wybierz, czy PDF ma mieć też słowa po holendersku: tak czy nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum kan niet voor de datum van het aanbod liggen.</source>
        <translation>Ustalony termin nie może być wcześniej niż data propozycji.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/input_files.py" line="+19"/>
        <source>Het bestand bestaat niet: %1.</source>
        <translation>Ten plik nie istnieje: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is een map en geen bestand: %1.</source>
        <translation>To jest folder, a nie plik: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen gewoon bestand, maar bijvoorbeeld een apparaat. Het wordt niet gelezen: %1.</source>
        <translation>To nie jest zwykły plik, tylko na przykład urządzenie. Nie zostanie odczytany: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het bestand kan niet worden gelezen: %1.</source>
        <translation>Nie można odczytać pliku: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestand veranderde terwijl het werd gelezen, dus er is niets mee gedaan: %1.</source>
        <translation>Plik zmienił się w trakcie odczytu, więc nic z nim nie zrobiono: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/drawings.py" line="+25"/>
        <source>Dit plaatje is groter dan 20 MB en wordt niet gebruikt.</source>
        <extracomment>A drawing as stored: after scaling and re-encoding a photo of a drawing on paper is far below this. A picture someone picks may be bigger (a phone&apos;s photo); it is scaled down before it is stored. The longest side of a stored drawing, in pixels: sharp on paper at the size it is printed.</extracomment>
        <translation>Ten obrazek ma więcej niż 20 MB i nie zostanie użyty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze tekening is te groot om te bewaren.</source>
        <translation>Ten rysunek jest za duży, żeby go zapisać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen plaatje dat Ons Plan kan lezen.</source>
        <translation>Ten plik nie jest obrazkiem, który Ons Plan umie odczytać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons Plan kan deze tekening zo niet bewaren: voeg het plaatje opnieuw toe.</source>
        <translation>Ons Plan nie może tak zapisać tego rysunku: dodaj obrazek jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/export.py" line="+24"/>
        <source>Kies eerst wie u uitnodigt. Zet een vinkje bij die mensen.</source>
        <translation>Najpierw wybierz, kogo zapraszasz. Zaznacz te osoby.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/houses.py" line="+21"/>
        <source>Dit huis bestaat niet meer.</source>
        <translation>Tego domu już nie ma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen iemand van het gezin kan eigen huizen krijgen.</source>
        <translation>Tylko ktoś z rodziny może mieć własne domy.</translation>
    </message>
</context>
<context>
    <name>FirstStartView</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="+291"/>
        <location line="+30"/>
        <source>Welkom bij Ons Plan</source>
        <translation>Witaj w Ons Plan</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation>&amp;Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heeft u al plannen in een reservekopie, bijvoorbeeld op een USB-stick? Zet die dan terug.</source>
        <translation>Masz już plany w kopii zapasowej, na przykład na pendrivie? Przywróć ją.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw plannen gaan over u en uw gezin. Daarom zet Ons Plan ze op slot met een wachtwoord. Alleen wie het wachtwoord weet, kan ze lezen. Ook als iemand anders de laptop gebruikt, of als de laptop kwijt is.</source>
        <translation>Twoje plany dotyczą Ciebie i Twojej rodziny. Dlatego Ons Plan zamyka je na hasło. Tylko ktoś, kto zna hasło, może je czytać. Także wtedy, gdy ktoś inny używa laptopa albo gdy laptop zginie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een wachtwoord van minstens 8 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.</source>
        <translation>Wybierz hasło, co najmniej 8 znaków. Zdanie z kilku słów jest mocne i łatwe do zapamiętania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let op: niemand kan uw wachtwoord terughalen, ook de makers van Ons Plan niet. Daarom krijgt u zo ook een herstelcode.</source>
        <translation>Uwaga: nikt nie może odzyskać Twojego hasła, nawet twórcy Ons Plan. Dlatego za chwilę dostaniesz też kod odzyskiwania.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan zet uw plannen nu op slot</source>
        <translation>Ons Plan teraz zamyka Twoje plany na hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze versie van Ons Plan beveiligt uw plannen. Er gaat niets verloren.</source>
        <translation>Ta wersja Ons Plan zabezpiecza Twoje plany. Nic nie zginie.</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../ui/editor/follow_up_box.py" line="+35"/>
        <source>Plan &amp;B: als het anders loopt</source>
        <extracomment>A field only for reading sits on the paper colour, so it does not look like a place to type.</extracomment>
        <translation>Plan &amp;B: gdy coś pójdzie inaczej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat doen we als een afspraak niet lukt? Wie bellen we dan?</source>
        <translation>Co robimy, gdy jakieś ustalenie się nie uda? Do kogo wtedy dzwonimy?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schrijf hier uw plan B.</source>
        <translation>Tu napisz swój plan B.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluatie</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wij kijken samen hoe het gaat &amp;op</source>
        <translation>Razem sprawdzimy, jak idzie, d&amp;nia</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/people/goals_editor.py" line="+86"/>
        <source>Doel aanpassen</source>
        <translation>Zmień cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doel toevoegen</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wat wilt u bereiken?</source>
        <translation>&amp;Co chcesz osiągnąć?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schrijf het in uw eigen woorden. Bijvoorbeeld: Jesse gaat elke schooldag naar school.</source>
        <translation>Napisz to własnymi słowami. Na przykład: Jesse chodzi do szkoły w każdy dzień szkolny.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bewaren met Ctrl+Enter. Enter begint een nieuwe regel.</source>
        <translation>Zapisz: Ctrl+Enter. Enter zaczyna nową linię.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaren</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Schrijf op wat u wilt bereiken.</source>
        <translation>Napisz, co chcesz osiągnąć.</translation>
    </message>
</context>
<context>
    <name>GoalsEditor</name>
    <message>
        <location line="+17"/>
        <source>Doel toe&amp;voegen</source>
        <translation>D&amp;odaj cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog geen doel in het plan. Voeg het eerste doel toe met de knop hieronder.</source>
        <translation>W planie nie ma jeszcze celu. Dodaj pierwszy cel przyciskiem poniżej.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Onze doelen</source>
        <translation>Nasze cele</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>↑ Hoger</source>
        <translation>↑ Wyżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet het gekozen doel een plek hoger (Ctrl+Omhoog)</source>
        <translation>Przesuń wybrany cel o jedno miejsce wyżej (Ctrl+strzałka w górę)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ Lager</source>
        <translation>↓ Niżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet het gekozen doel een plek lager (Ctrl+Omlaag)</source>
        <translation>Przesuń wybrany cel o jedno miejsce niżej (Ctrl+strzałka w dół)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Wilt u dit doel weghalen? &quot;%1&quot;</source>
        <translation>Usunąć ten cel? „%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afspraken bij dit doel blijven staan, onder &quot;Zonder doel&quot;.</source>
        <translation>Ustalenia do tego celu zostaną, w grupie „Bez celu”.</translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <location line="-157"/>
        <source>Doel</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afspraken</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen afspraken</source>
        <translation>Jeszcze bez ustaleń</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n afspraken</source>
        <translation>
            <numerusform>%n ustalenie</numerusform>
            <numerusform>%n ustalenia</numerusform>
            <numerusform>%n ustaleń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../ui/editor/section_panel.py" line="+103"/>
        <source>Hulp</source>
        <extracomment>A tick box that cannot be used is greyed, as buttons are; the app&apos;s palette would draw it as usable. Above a list the family&apos;s own text needs less room; the list below it is the main thing there. In lines of text. Lines the text field always shows: fewer, and a family loses sight of what they just typed. From this width the status (&quot;✓ Bewaard&quot;) sits in the row of &quot;klaar&quot; and the buttons; narrower, on its own line.</extracomment>
        <translation>Pomoc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorbeeld</source>
        <translation>Przykład</translation>
    </message>
</context>
<context>
    <name>HouseBox</name>
    <message>
        <location filename="../../ui/people/child_houses_panel.py" line="-323"/>
        <location line="+100"/>
        <source>%1 van %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+48"/>
        <source>Tekening toevoegen…</source>
        <translation>Dodaj rysunek…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Kies een plaatje of een foto van een tekening op papier</source>
        <translation>Wybierz obrazek albo zdjęcie rysunku na papierze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tekening weghalen</source>
        <translation>Usuń rysunek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit mag in het plan</source>
        <translation>To może być w planie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het kind kiest of %1 in het plan komt</source>
        <translation>Dziecko wybiera, czy ten dom (%1) trafi do planu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tekening van %1</source>
        <translation>Rysunek dziecka: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Andere tekening…</source>
        <translation>Inny rysunek…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit komt in het plan. Anderen kunnen het lezen.</source>
        <translation>To trafi do planu. Inni mogą to przeczytać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit blijft bij jou. Het komt niet in het plan en niemand anders ziet het.</source>
        <translation>To zostaje u Ciebie. Nie trafi do planu i nikt inny tego nie zobaczy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tekening kiezen</source>
        <translation>Wybierz rysunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaatjes (%1)</source>
        <translation>Obrazki (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De tekening is bewaard.</source>
        <translation>Rysunek jest zapisany.</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <location filename="../../ui/together/invitations_dialog.py" line="+41"/>
        <source>Uitnodigingslijst afdrukken als PDF</source>
        <translation>Drukuj listę zaproszonych jako PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>Plik PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Wie nodigen we uit?</source>
        <translation>Kogo zapraszamy?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zet een vinkje bij wie u vraagt voor de bijeenkomst. Klik op de kaart, of kies een naam in de lijst.</source>
        <translation>Zaznacz osoby, które zapraszasz na spotkanie. Kliknij na mapie albo wybierz imię z listy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het gezin kiest wie het uitnodigt. U kunt de lijst lezen en afdrukken.</source>
        <translation>Rodzina wybiera, kogo zaprasza. Możesz czytać i drukować listę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mensen om uit te nodigen</source>
        <translation>Osoby do zaproszenia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kaart of lijst</source>
        <translation>Mapa albo lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op de &amp;kaart</source>
        <translation>Na &amp;mapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als &amp;lijst</source>
        <translation>Jako &amp;lista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lijst &amp;afdrukken als PDF…</source>
        <translation>&amp;Drukuj listę jako PDF…</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n mensen uitgenodigd.</source>
        <translation>
            <numerusform>Zaproszono %n osobę.</numerusform>
            <numerusform>Zaproszono %n osoby.</numerusform>
            <numerusform>Zaproszono %n osób.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niemand gekozen.</source>
        <translation>Jeszcze nikogo nie wybrano.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> - uitnodigingen</source>
        <translation> - zaproszenia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De uitnodigingslijst is bewaard: %1</source>
        <translation>Lista zaproszonych jest zapisana: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>JeugdwetDates</name>
    <message>
        <location filename="../../ui/common/jeugdwet_dates.py" line="+32"/>
        <source>Uw recht op een eigen plan</source>
        <translation>Twoje prawo do własnego planu</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Op een vaste datum</source>
        <translation>W konkretnym dniu</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Datum van het aanbod</source>
        <translation>Data propozycji</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Afgesproken datum voor het plan</source>
        <translation>Ustalony termin na plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> weken</source>
        <translation> tyg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aantal weken na het aanbod</source>
        <translation>Liczba tygodni od propozycji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of &amp;tel vanaf het aanbod:</source>
        <translation>Albo &amp;licz od propozycji:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aanbo&amp;d gekregen op:</source>
        <translation>Propozycja &amp;otrzymana dnia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan &amp;klaar op:</source>
        <translation>Plan &amp;gotowy do dnia:</translation>
    </message>
</context>
<context>
    <name>KeyboardQuestion</name>
    <message>
        <location filename="../../ui/together/keyboard_question.py" line="+36"/>
        <location line="+3"/>
        <source>Wie zit er aan het toetsenbord?</source>
        <translation>Kto siedzi przy klawiaturze?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ja, dat ben ik</source>
        <translation>&amp;Tak, to ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat u verandert, komt op uw naam</source>
        <translation>To, co zmienisz, będzie zapisane pod Twoim imieniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet nu</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U blijft aan het toetsenbord als gezin. Wisselen kan altijd.</source>
        <translation>Zostajesz przy klawiaturze jako rodzina. Zmienić można zawsze.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Het gezin samen</source>
        <translation>Cała rodzina razem</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/window/language_menu.py" line="+19"/>
        <source>De nieuwe taal komt als u Ons Plan opnieuw start.</source>
        <translation>Nowy język pojawi się, gdy uruchomisz Ons Plan jeszcze raz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;aal</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taal van de computer</source>
        <translation>Język komputera</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+144"/>
        <source>&amp;Beveiliging en reservekopie…</source>
        <extracomment>The window&apos;s size while settings hold none, within the screen; shown, it fills the screen (``show_at_start``). Small enough for a 1280x720 laptop and for 200% text on a 1920x1080 screen, where Qt has 960x540 of its pixels.</extracomment>
        <translation>&amp;Zabezpieczenia i kopia zapasowa…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw &amp;familiegroepsplan…</source>
        <translation>Nowy plan &amp;rodzinny…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuw &amp;persoonlijk plan…</source>
        <translation>Nowy plan o&amp;sobisty…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan&amp;bestand openen…</source>
        <translation>Otwórz &amp;plik planu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op&amp;slaan als planbestand…</source>
        <translation>Zapisz &amp;jako plik planu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kopie zonder namen…</source>
        <translation>Kopia &amp;bez imion i nazwisk…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weggehaalde plannen…</source>
        <translation>&amp;Usunięte plany…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Over dit plan…</source>
        <translation>O &amp;tym planie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Afsluiten</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;men</source>
        <translation>&amp;Razem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie zit er aan het &amp;toetsenbord…</source>
        <translation>Kto siedzi przy &amp;klawiaturze…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Informatie en advies</source>
        <translation>&amp;Informacje i rady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advies toevoegen…</source>
        <translation>&amp;Dodaj radę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advies &amp;geven op een plan…</source>
        <translation>Daj rady do pla&amp;nu…</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Kies eerst een plan in de lijst. Daarna kunt u het opslaan als planbestand.</source>
        <translation>Najpierw wybierz plan z listy. Potem możesz zapisać go jako plik planu.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/common/messages.py" line="+15"/>
        <location filename="../../ui/window/crash_dialog.py" line="+12"/>
        <source>Ons Plan</source>
        <translation>Ons Plan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Map: %1
Naam: %2</source>
        <translation>Folder: %1
Nazwa: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open de &amp;map</source>
        <translation>Otwórz &amp;folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is op deze computer geen programma dat mappen laat zien. Het bestand staat in deze map: %1</source>
        <translation>Na tym komputerze nie ma programu, który pokazuje foldery. Plik jest w tym folderze: %1</translation>
    </message>
</context>
<context>
    <name>MissingKeyView</name>
    <message>
        <location filename="../../ui/security/vault_controller.py" line="+96"/>
        <source>De sleutel van uw plannen ontbreekt</source>
        <extracomment>What counts as someone using the app: a key, a click, the wheel, a touch. Moving the mouse alone does not.</extracomment>
        <translation>Brakuje klucza do Twoich planów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation>&amp;Przywróć kopię zapasową…</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <location filename="../../ui/people/network_map_panel.py" line="+42"/>
        <source>Verplaatsen van %1</source>
        <extracomment>The map&apos;s height, as a part of its width, and its limits in pixels: it fits the part and leaves the list in sight. At most this part of the window&apos;s height.</extracomment>
        <translation>Przesunięcie: %1</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Dikke lijn: %1. Streepjes: %2. Puntjes: %3.</source>
        <translation>Gruba linia: %1. Kreski: %2. Kropki: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_chip.py" line="+29"/>
        <source>%1, %2, %3</source>
        <extracomment>The same shapes as letters, for the legend under the map. The smallest text a label shrinks to before it is cut off with &quot;…&quot;.</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/people/network_map_view.py" line="+81"/>
        <source>Netwerkcirkel</source>
        <extracomment>The line of each ring: width in pixels and pen style. A soft tint per ring, from the theme&apos;s calm greens; the lines still tell them apart in grey. Room between the circle and the names of the groups around it.</extracomment>
        <translation>Krąg wsparcia</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Alleen het gezin kan mensen verplaatsen.</source>
        <translation>Tylko rodzina może przesuwać osoby.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 staat al heel dichtbij.</source>
        <translation>%1 jest już najbliżej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 staat al het verst weg.</source>
        <translation>%1 jest już najdalej.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Verplaats met Ctrl en de pijltjes. Enter: aanpassen.</source>
        <translation>Przesuwaj klawiszem Ctrl i strzałkami. Enter: zmień.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steun: %1.</source>
        <translation>Wsparcie: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uitgenodigd.</source>
        <translation>Zaproszono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet uitgenodigd.</source>
        <translation>Nie zaproszono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spatie: vinkje aan of uit.</source>
        <translation>Spacja: zaznacz albo odznacz.</translation>
    </message>
</context>
<context>
    <name>NetworkMapPanel</name>
    <message>
        <location filename="../../ui/people/network_map_panel.py" line="-160"/>
        <source>Netwerkcirkel</source>
        <translation>Krąg wsparcia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persoon toevoegen op de kaart</source>
        <translation>Dodaj osobę na mapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of dubbelklik op een lege plek in de kaart</source>
        <translation>Albo kliknij dwa razy w puste miejsce na mapie</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Alleen het gezin kan mensen verplaatsen.</source>
        <translation>Tylko rodzina może przesuwać osoby.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 staat nu bij %2, %3.</source>
        <translation>%1 jest teraz w grupie: %2, %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sleep iemand naar een andere ring of groep. Of kies iemand en gebruik Ctrl en de pijltjes.</source>
        <translation>Przeciągnij kogoś do innego kręgu albo grupy. Albo wybierz kogoś i użyj Ctrl i strzałek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U kunt de kaart bekijken. Alleen het gezin kan mensen verplaatsen.</source>
        <translation>Możesz oglądać mapę. Tylko rodzina może przesuwać osoby.</translation>
    </message>
</context>
<context>
    <name>NewFamilyPlanDialog</name>
    <message>
        <location filename="../../ui/start/new_plan_dialogs.py" line="+69"/>
        <source>Nieuw familiegroepsplan</source>
        <translation>Nowy plan rodzinny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe heet uw familie? Dit komt bovenaan het plan.</source>
        <translation>Jak nazywa się Twoja rodzina? To będzie na górze planu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: Familie Yılmaz</source>
        <translation>Na przykład: Rodzina Yılmaz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naam van de familie</source>
        <translation>Nazwisko rodziny</translation>
    </message>
</context>
<context>
    <name>NewPersonalPlanDialog</name>
    <message>
        <location line="+45"/>
        <source>Nieuw persoonlijk plan</source>
        <translation>Nowy plan osobisty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat is uw &amp;naam? Die komt bovenaan het plan.</source>
        <translation>Jak się &amp;nazywasz? To będzie na górze planu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: Gerda Smit</source>
        <translation>Na przykład: Gerda Smit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw naam</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heeft u zich gemeld bij de gemeente voor hulp? Dat heet een melding. Na de melding heeft u 7 dagen om een persoonlijk plan te geven.</source>
        <translation>Zwracasz się do gminy po pomoc? To się nazywa zgłoszenie (melding). Po zgłoszeniu masz 7 dni, żeby dać gminie plan osobisty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datum van de melding:</source>
        <translation>&amp;Data zgłoszenia:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum van de melding</source>
        <translation>Data zgłoszenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit &amp;weet ik niet, of ik heb me nog niet gemeld</source>
        <translation>Tego nie &amp;wiem albo jeszcze nie było zgłoszenia</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location line="-40"/>
        <source>U mag dit leeg laten.</source>
        <translation>To pole może zostać puste.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+14"/>
        <source>Nieuwe herstelcode</source>
        <translation>Nowy kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uw &amp;wachtwoord</source>
        <translation>Twoje &amp;hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is uw herstelcode kwijt, of heeft iemand anders hem gezien? Maak dan een nieuwe. De oude werkt daarna niet meer.</source>
        <translation>Kod odzyskiwania zginął albo ktoś inny go widział? Zrób wtedy nowy. Stary przestanie działać.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bewaar als &amp;PDF om te printen…</source>
        <translation>Zapisz jako &amp;PDF do wydrukowania…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Herstelcode overtypen</source>
        <translation>Przepisz kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ de nieuwe code &amp;over:</source>
        <translation>Przepisz &amp;nowy kod:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw nieuwe herstelcode. Schrijf hem op, of print hem. U ziet hem maar één keer.</source>
        <translation>Twój nowy kod odzyskiwania. Przepisz go na kartkę albo wydrukuj. Zobaczysz go tylko raz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verder</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Typ eerst uw wachtwoord.</source>
        <translation>Najpierw wpisz swoje hasło.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Even geduld…</source>
        <translation>Chwileczkę…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Herstelcode bewaren als PDF</source>
        <translation>Zapisz kod odzyskiwania jako PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herstelcode Ons Plan.pdf</source>
        <translation>Kod odzyskiwania Ons Plan.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bezig met de PDF…</source>
        <translation>Tworzenie PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Bewaard: %1.</source>
        <translation>✓ Zapisano: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>Ten kod odzyskiwania się nie zgadza. Sprawdź dokładnie i przepisz go jeszcze raz.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw nieuwe herstelcode werkt nu. De oude werkt niet meer.</source>
        <translation>Twój nowy kod odzyskiwania już działa. Stary już nie działa.</translation>
    </message>
</context>
<context>
    <name>OptionalNote</name>
    <message>
        <location filename="../../ui/editor/part_notes.py" line="-57"/>
        <source>Laat u dit deel leeg? Dan staat het niet in de PDF.</source>
        <extracomment>The part of a familiegroepsplan where the safety conditions show (the template&apos;s key).</extracomment>
        <translation>Zostawiasz tę część pustą? Wtedy nie będzie jej w PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 U mag dit deel leeg laten.</source>
        <translation>%1 Możesz zostawić tę część pustą.</translation>
    </message>
</context>
<context>
    <name>OverviewTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="-31"/>
        <source>Eerstvolgende datum</source>
        <translation>Najbliższa data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kan niet worden geopend</source>
        <translation>Nie da się otworzyć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog geen datum</source>
        <translation>jeszcze bez daty</translation>
    </message>
</context>
<context>
    <name>PassphraseSteps</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="-219"/>
        <source>&amp;Kies een wachtwoord</source>
        <translation>&amp;Wybierz hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ het wachtwoord &amp;nog een keer</source>
        <translation>Wpisz hasło jeszcze &amp;raz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>Po&amp;każ, co wpisuję</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verder</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Uw herstelcode</source>
        <translation>Twój kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met deze code opent u uw plannen als u het wachtwoord vergeet. Schrijf de code op, of bewaar hem als PDF en print hem. Bewaar het papier op een veilige plek, niet bij de laptop. U ziet de code maar één keer.</source>
        <translation>Tym kodem otworzysz swoje plany, jeśli zapomnisz hasła. Przepisz kod na kartkę albo zapisz go jako PDF i wydrukuj. Trzymaj kartkę w bezpiecznym miejscu, nie przy laptopie. Zobaczysz ten kod tylko raz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaar als &amp;PDF om te printen…</source>
        <translation>Zapisz jako &amp;PDF do wydrukowania…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Terug</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ik heb hem &amp;opgeschreven</source>
        <translation>Mam go &amp;zapisany</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Typ de herstelcode over</source>
        <translation>Przepisz kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo weet u zeker dat u hem goed heeft opgeschreven. Streepjes en kleine letters mogen.</source>
        <translation>Tak upewnisz się, że kod jest dobrze zapisany. Myślniki i małe litery są w porządku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Herstelcode</source>
        <translation>&amp;Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Herstelcode</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Terug naar de code</source>
        <translation>&amp;Wróć do kodu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Klaar</source>
        <translation>&amp;Gotowe</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Even geduld: uw plannen worden beveiligd…</source>
        <translation>Chwileczkę: Twoje plany są zabezpieczane…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Herstelcode bewaren als PDF</source>
        <translation>Zapisz kod odzyskiwania jako PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Herstelcode Ons Plan.pdf</source>
        <translation>Kod odzyskiwania Ons Plan.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Bewaard: %1. Print de pagina en bewaar hem goed.</source>
        <translation>✓ Zapisano: %1. Wydrukuj tę stronę i dobrze ją schowaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bezig met de PDF…</source>
        <translation>Tworzenie PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>Ten kod odzyskiwania się nie zgadza. Sprawdź dokładnie i przepisz go jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../wijkteam/pdf/labels.py" line="+18"/>
        <source>Een plan van het gezin en de mensen om hen heen, volgens de Jeugdwet.</source>
        <extracomment>On paper the kind of plan names its law: a persoonlijk plan belongs to the Wmo.</extracomment>
        <translation>Plan rodziny i ludzi wokół niej, zgodnie z Jeugdwet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een plan in mijn eigen woorden, volgens de Wmo 2015 (artikel 2.3.2).</source>
        <translation>Plan napisany moimi własnymi słowami, zgodnie z Wmo 2015 (artykuł 2.3.2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(naam niet genoemd)</source>
        <translation>(imię nie jest podane)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/story.py" line="+41"/>
        <source>Als het anders loopt</source>
        <extracomment>The part &quot;Wat de kinderen zeggen&quot;, where the children&apos;s houses print. Room for the signatures&apos; heading, its sentence and the first two lines to sign.</extracomment>
        <translation>Gdy coś pójdzie inaczej</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Soort plan</source>
        <translation>Rodzaj planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wijkteam/pdf/tables.py" line="+27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgedrukt op</source>
        <translation>Data wydruku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum van de melding</source>
        <translation>Data zgłoszenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aanbod voor dit plan</source>
        <translation>Propozycja zrobienia planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgesproken datum</source>
        <translation>Ustalony termin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samen besproken</source>
        <translation>Omówione razem</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+71"/>
        <source>Evaluatie</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>De gemeente geeft 7 dagen na de melding de tijd voor dit plan. Zij neemt het mee in haar onderzoek en beslist daarna over de hulp.</source>
        <translation>Gmina daje 7 dni od zgłoszenia na oddanie tego planu. Bierze go pod uwagę, kiedy sprawdza sytuację, a potem decyduje o pomocy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een familiegroepsplan is een recht, geen plicht (Jeugdwet, artikel 4.1.2). Ook na de afgesproken datum mag het plan nog komen.</source>
        <translation>Plan rodzinny to prawo, nie obowiązek (Jeugdwet, artykuł 4.1.2). Plan można oddać także po ustalonym terminie.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/conditions.py" line="+27"/>
        <location filename="../../wijkteam/pdf/story.py" line="+12"/>
        <source>Zonder titel</source>
        <extracomment>The part of a familiegroepsplan where the conditions print (the template&apos;s key).</extracomment>
        <translation>Bez tytułu</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/story.py" line="+31"/>
        <source>Nog niet ingevuld.</source>
        <translation>Jeszcze nie wypełniono.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Uit mijn eigen tijd</source>
        <translation>Z mojego własnego czasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uit onze eigen tijd</source>
        <translation>Z naszego własnego czasu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze notities maakte ik zelf. Ik koos ervoor om ze te delen.</source>
        <translation>To moje własne notatki. Chcę się nimi podzielić.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze notities maakten we in onze eigen tijd, zonder hulpverleners erbij. We kozen zelf om ze te delen.</source>
        <translation>Te notatki zrobiliśmy w naszym własnym czasie, bez specjalistów. Sami zdecydowaliśmy, że się nimi dzielimy.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/tables.py" line="-1"/>
        <source>Afspraak</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/invitations.py" line="+34"/>
        <location line="+49"/>
        <source>Wie nodigen we uit?</source>
        <extracomment>An empty box to tick with a pen.</extracomment>
        <translation>Kogo zapraszamy?</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Bijeenkomst: %1</source>
        <translation>Spotkanie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemaakt op %1. Zet een kruisje als u iemand hebt gevraagd, en als iemand komt.</source>
        <translation>Zrobione %1. Postaw krzyżyk, gdy kogoś zaprosisz i gdy ktoś potwierdzi, że przyjdzie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wijkteam/pdf/tables.py" line="+17"/>
        <location line="+71"/>
        <source>Naam</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../wijkteam/pdf/tables.py" line="-71"/>
        <source>Wie is het</source>
        <translation>Kim jest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe bereikbaar</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gevraagd</source>
        <translation>Zaproszono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komt</source>
        <translation>Przyjdzie</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/tables.py" line="+0"/>
        <source>Rol</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Doel %1:</source>
        <translation>Cel %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Andere afspraken</source>
        <translation>Inne ustalenia</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In Ons Plan</source>
        <translation>W Ons Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekening</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Veiligheidsafspraak</source>
        <translation>Ustalenie dotyczące bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hoe weten we dat het lukt?</source>
        <translation>Po czym poznamy, że się udaje?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkt:</source>
        <translation>Sprawdza:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uiterlijk %1</source>
        <translation>najpóźniej %1</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/appendix.py" line="+26"/>
        <source>Hier staat wat professionals vertelden en adviseerden. Hun tekst staat apart, met een streep ervoor. Onder elk stuk staat wat ik ermee doe.</source>
        <translation>Tu jest to, co przekazali i doradzili specjaliści. Ich tekst jest osobno, z kreską z boku. Pod każdym fragmentem jest napisane, co z tym robię.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier staat wat professionals vertelden en adviseerden. Hun tekst staat apart, met een streep ervoor. Onder elk stuk staat wat wij ermee doen.</source>
        <translation>Tu jest to, co przekazali i doradzili specjaliści. Ich tekst jest osobno, z kreską z boku. Pod każdym fragmentem jest napisane, co z tym robimy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informatie en advies zijn niet bindend. Ik beslis zelf wat ik ermee doe.</source>
        <translation>Informacje i rady nie są wiążące. To ja decyduję, co z nimi zrobię.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informatie en advies zijn niet bindend. Wij beslissen zelf wat we ermee doen.</source>
        <translation>Informacje i rady nie są wiążące. To my decydujemy, co z nimi zrobimy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voorwaarden (bindend)</source>
        <translation>Warunki (wiążące)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een voorwaarde moet in het plan terugkomen. Een professional mag die alleen stellen als de wet dat toestaat. Daarom staat de wet erbij.</source>
        <translation>Warunek musi się znaleźć w planie. Specjalista może go postawić tylko wtedy, gdy pozwala na to prawo. Dlatego przy warunku jest podany przepis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informatie en advies</source>
        <translation>Informacje i rady</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bijlage: informatie en advies van professionals</source>
        <translation>Załącznik: informacje i rady od specjalistów</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ze staan bovenaan het deel</source>
        <translation>Są na początku części:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 van</source>
        <translation>%1 od</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons plan moet hieraan voldoen.</source>
        <translation>Nasz plan musi spełnić ten warunek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gaat over:</source>
        <translation>Dotyczy:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het hele plan</source>
        <translation>Cały plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wettelijke grond:</source>
        <translation>Podstawa prawna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet vermeld</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(geen tekst)</source>
        <translation>(brak tekstu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn antwoord:</source>
        <translation>Moja odpowiedź:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons antwoord:</source>
        <translation>Nasza odpowiedź:</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/document.py" line="+106"/>
        <source>Ons plan</source>
        <extracomment>Below a heading, at least this much of what follows must fit on the page, or the heading moves on with it.</extracomment>
        <translation>Nasz plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Afgedrukt op %1</source>
        <translation>Wydrukowano %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagina %1 van %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/status.py" line="+18"/>
        <source>Niemand is nog akkoord met deze tekst.</source>
        <translation>Nikt jeszcze nie zgodził się z tym tekstem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet akkoord</source>
        <translation>Jeszcze bez zgody</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>versie %1 van %2</source>
        <extracomment>per person who can agree: agreed to the printed version, and when, or not yet. Empty for a concept.</extracomment>
        <translation>wersja %1 z dnia %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het plan is veranderd sinds %1.</source>
        <translation>Plan zmienił się po zatwierdzeniu (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een akkoord met versie %1 geldt niet voor deze tekst.</source>
        <translation>Zgoda na wersję %1 nie dotyczy tego tekstu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niemand is akkoord met deze tekst.</source>
        <translation>Nikt nie zgodził się z tym tekstem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgesloten, niet vastgesteld</source>
        <translation>Zamknięty, niezatwierdzony</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afgesloten – deze tekst is niet vastgesteld</source>
        <translation>Zamknięty – ten tekst nie jest zatwierdzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Dit plan is afgesloten.</source>
        <translation>Ten plan jest zamknięty.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Het is nooit vastgesteld.</source>
        <translation>Nigdy nie został zatwierdzony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concept – nog niet vastgesteld</source>
        <translation>Wersja robocza – jeszcze niezatwierdzona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is een concept. Het plan kan nog veranderen.</source>
        <translation>To jest wersja robocza. Plan może się jeszcze zmienić.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit is een concept.</source>
        <translation>To jest wersja robocza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Akkoord met versie %1 op %2</source>
        <translation>Zgoda na wersję %1, dnia %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit is versie %1 van het plan, vastgesteld op %2. Bij elke naam staat of die persoon in Ons Plan akkoord gaf met deze versie.</source>
        <translation>To jest wersja %1 planu, zatwierdzona %2. Przy każdym imieniu jest napisane, czy ta osoba dała w Ons Plan zgodę na tę wersję.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afgesloten. Vastgesteld: %1</source>
        <translation>Zamknięty. Zatwierdzony: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastgesteld: %1</source>
        <translation>Zatwierdzony: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie %1 van %2, afgesloten</source>
        <translation>Wersja %1 z dnia %2, plan zamknięty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie %1 van %2</source>
        <translation>Wersja %1 z dnia %2</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/network.py" line="+177"/>
        <source>dikke lijn</source>
        <extracomment>The line of each ring: width and dash pattern (empty: solid). The smallest the map is drawn, to stay on the page of its heading; smaller, it goes to the next page whole. Type sizes a label may shrink to, to stay in its box. What each ring&apos;s line and each sector&apos;s mark look like, in words for the legend.</extracomment>
        <translation>gruba linia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>streepjes</source>
        <translation>kreski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>puntjes</source>
        <translation>kropki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rondje</source>
        <translation>kółko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vierkant</source>
        <translation>kwadrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driehoek</source>
        <translation>trójkąt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ruit</source>
        <translation>romb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kruis</source>
        <translation>krzyżyk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Geen plek meer op de kaart: %1.</source>
        <translation>Brak miejsca na mapie: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/houses.py" line="+30"/>
        <source>Huis van zorgen</source>
        <translation>Dom zmartwień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van goede dingen</source>
        <translation>Dom dobrych rzeczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van dromen</source>
        <translation>Dom marzeń</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>De huizen van %1</source>
        <extracomment>The walls around a drawing; around words only, as high as the words need, from ``LOW_WALLS`` to ``HIGH_WALLS``. Words longer than this print under the houses across the page, so a long story can run over a page.</extracomment>
        <translation>Domy: %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ui/common/pdf_export.py" line="+53"/>
        <location line="+50"/>
        <source>Afdrukken als PDF</source>
        <translation>Drukuj jako PDF</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Het plan is opgeslagen als PDF.</source>
        <translation>Plan jest zapisany jako PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U vindt het hier: %1</source>
        <translation>Znajdziesz go tutaj: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open de PDF</source>
        <translation>&amp;Otwórz PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Er is op deze computer geen programma dat een PDF opent. De PDF is wel bewaard: %1</source>
        <translation>Na tym komputerze nie ma programu, który otwiera PDF. PDF jest jednak zapisany: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deze tekens kunnen niet worden afgedrukt: %1. De rest van het plan wel.</source>
        <translation>Tych znaków nie da się wydrukować: %1. Resztę planu tak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en nog %1 andere</source>
        <translation>i jeszcze inne (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wilt u de PDF toch maken?</source>
        <translation>Zrobić PDF mimo to?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toch afdrukken</source>
        <translation>&amp;Drukuj mimo to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stoppen</source>
        <translation>&amp;Przerwij</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../ui/people/people_editor.py" line="+101"/>
        <source>Persoon toe&amp;voegen</source>
        <translation>D&amp;odaj osobę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog niemand in het plan. Voeg de eerste persoon toe met de knop hieronder.</source>
        <translation>W planie nie ma jeszcze nikogo. Dodaj pierwszą osobę przyciskiem poniżej.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Mensen in dit plan</source>
        <translation>Osoby w tym planie</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Wilt u %1 weghalen uit het plan?</source>
        <translation>Usunąć z planu: %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afspraken blijven staan. Alleen deze naam gaat eruit.</source>
        <translation>Ustalenia zostaną. Zniknie tylko to imię.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="+57"/>
        <source>Persoon aanpassen</source>
        <extracomment>Roles that usually come from an organisation; only for them the organisation field shows. The group a role usually sits in on the network map, as a first suggestion the family can change.</extracomment>
        <translation>Zmień dane osoby</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persoon toevoegen</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen de naam is nodig. De rest kunt u ook later invullen.</source>
        <translation>Potrzebne jest tylko imię. Resztę możesz wpisać później.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bijvoorbeeld Ria Bakker</source>
        <translation>na przykład Ria Bakker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bijvoorbeeld oma of buurvrouw</source>
        <translation>na przykład babcia albo sąsiadka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>na przykład zespół dzielnicowy (wijkteam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>telefoon, e-mail of adres</source>
        <translation>telefon, e-mail albo adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog niet gekozen</source>
        <translation>Jeszcze nie wybrano</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Mag met naam in het plan</source>
        <translation>&amp;Może być w planie z imienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag het de persoon zelf. Zonder vinkje staat de naam niet in de PDF.</source>
        <translation>Zapytaj o to tę osobę. Bez zaznaczenia jej imienia nie będzie w PDF.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Naam</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relatie</source>
        <translation>&amp;Relacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;l</source>
        <translation>Ro&amp;la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe &amp;bereikbaar</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groep</source>
        <translation>&amp;Grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe &amp;dichtbij</source>
        <translation>Jak &amp;blisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat voor &amp;steun</source>
        <translation>Jakie &amp;wsparcie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bewaren</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Vul een naam in.</source>
        <translation>Wpisz imię.</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <location filename="../../ui/editor/plan_details.py" line="+65"/>
        <location line="+4"/>
        <source>Over dit plan</source>
        <extracomment>The details, as the services call them.</extracomment>
        <translation>O tym planie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U kunt dit altijd veranderen. Wat u verandert, komt in de geschiedenis van het plan.</source>
        <translation>Zawsze możesz to zmienić. Każda zmiana trafia do historii planu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titel van het plan</source>
        <translation>Tytuł planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw naam</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam van de familie</source>
        <translation>Nazwisko rodziny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plaats van het gesprek</source>
        <translation>Miejsce rozmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum van de melding</source>
        <translation>Data zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum van het gesprek</source>
        <translation>Data rozmowy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum van de bijeenkomst</source>
        <translation>Data spotkania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum van de evaluatie</source>
        <translation>Data podsumowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taal van het plan</source>
        <translation>Język planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In deze taal drukt de PDF zijn eigen woorden af, zoals de koppen.</source>
        <translation>W tym języku PDF pokaże swoje stałe teksty, na przykład nagłówki.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zet in de PDF ook de Nederlandse &amp;woorden</source>
        <translation>Dodaj w PDF także słowa po &amp;holendersku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dan kan de gemeente de koppen ook lezen. Uw eigen tekst blijft zoals u hem schreef.</source>
        <translation>Wtedy gmina też przeczyta nagłówki. Twój własny tekst się nie zmienia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uw naam:</source>
        <translation>Twoje &amp;imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Naam van de familie:</source>
        <translation>&amp;Nazwisko rodziny:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Melding:</source>
        <translation>&amp;Zgłoszenie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gesprek:</source>
        <translation>&amp;Rozmowa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bijeenkomst:</source>
        <translation>&amp;Spotkanie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plaats:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluatie:</source>
        <translation>&amp;Podsumowanie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;aal van het plan:</source>
        <translation>&amp;Język planu:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Bewaren</source>
        <translation>Z&amp;apisz</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Op een vaste datum</source>
        <translation>W konkretnym dniu</translation>
    </message>
</context>
<context>
    <name>PlanFileFlow</name>
    <message>
        <location filename="../../ui/start/plan_file_dialogs.py" line="+137"/>
        <source>Het planbestand wordt gelezen…</source>
        <translation>Odczytywanie pliku planu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>Planbestand openen</source>
        <translation>Otwórz plik planu</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Open het bestand met „Planbestand openen…” om verder te gaan met het plan.</source>
        <translation>Otwórz plik przez „Otwórz plik planu…”, żeby dalej pracować nad planem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datums die niet te lezen waren, zijn leeg gelaten of op vandaag gezet.</source>
        <translation>Daty, których nie dało się odczytać, są puste albo ustawione na dzisiaj.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Het plan wordt bewaard als planbestand…</source>
        <translation>Plan jest zapisywany jako plik planu…</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Opslaan als planbestand</source>
        <translation>Zapisz jako plik planu</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Ons Plan-bestand (*%1)</source>
        <translation>Plik Ons Plan (*%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Planbestand bewaard</source>
        <translation>Plik planu zapisany</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Het plan is bewaard als planbestand.</source>
        <translation>Plan jest zapisany jako plik planu.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>De eigen notities van het gezin zitten er niet in.</source>
        <translation>Prywatnych notatek rodziny w nim nie ma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw eigen notities zitten erin.</source>
        <translation>Twoje prywatne notatki są w nim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw eigen notities zitten er niet in.</source>
        <translation>Twoich prywatnych notatek w nim nie ma.</translation>
    </message>
</context>
<context>
    <name>PlanListPanel</name>
    <message>
        <location filename="../../ui/start/plan_list_panel.py" line="+60"/>
        <source>&amp;Uw plannen</source>
        <translation>&amp;Twoje plany</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan&amp;bestand openen…</source>
        <translation>Otwórz &amp;plik planu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een plan uit een planbestand (.wijkplan) toevoegen (Ctrl+O)</source>
        <translation>Dodaj plan z pliku planu (.wijkplan) (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoek op naam of titel</source>
        <translation>Szukaj po nazwie albo tytule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoek op naam of titel (Ctrl+F)</source>
        <translation>Szukaj po nazwie albo tytule (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Volgorde:</source>
        <translation>&amp;Kolejność:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgorde van de plannen</source>
        <translation>Kolejność planów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eerstvolgende datum</source>
        <translation>Najbliższa data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst veranderd</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort plan</source>
        <translation>Rodzaj planu</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Weghalen</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan weghalen uit de lijst (Delete). U kunt het terugzetten.</source>
        <translation>Usuń ten plan z listy (Delete). Możesz go przywrócić.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op&amp;slaan als planbestand…</source>
        <translation>Zapisz &amp;jako plik planu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan als bestand bewaren, om te delen of als reservekopie</source>
        <translation>Zapisz plan jako plik, żeby go komuś dać albo mieć kopię zapasową</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open dit plan</source>
        <translation>&amp;Otwórz ten plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tip: dubbelklik op een plan, of kies het en druk op Enter.</source>
        <translation>Wskazówka: kliknij dwa razy na plan albo wybierz go i naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>U heeft nog geen plan. Kies hierboven wat voor plan u wilt maken.</source>
        <translation>Nie masz jeszcze planu. Wybierz powyżej, jaki plan chcesz zrobić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat geen plan in uw lijst. Maak hierboven een nieuw plan, of zet een weggehaald plan terug.</source>
        <translation>Na Twojej liście nie ma planu. Zrób powyżej nowy plan albo przywróć usunięty plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;eggehaalde plannen (%1)…</source>
        <translation>Usu&amp;nięte plany (%1)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw plannen worden geopend…</source>
        <translation>Otwieranie Twoich planów…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Plan weghalen</source>
        <translation>Usuń plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan „%1” weghalen?</source>
        <translation>Usunąć plan „%1”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weet u het zeker? U kunt het plan daarna nog terugzetten.</source>
        <translation>Na pewno? Potem nadal możesz przywrócić ten plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja, &amp;weghalen</source>
        <translation>Tak, &amp;usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nee, laten staan</source>
        <translation>&amp;Nie, zostaw</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 van de %2 plannen gevonden.</source>
        <translation>Znalezione plany: %1 z %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>U heeft %n plannen.</source>
        <translation>
            <numerusform>Masz %n plan.</numerusform>
            <numerusform>Masz %n plany.</numerusform>
            <numerusform>Masz %n planów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Bij %n plannen is een datum voorbij.</source>
        <translation>
            <numerusform>W %n planie minęła data.</numerusform>
            <numerusform>W %n planach minęła data.</numerusform>
            <numerusform>W %n planach minęła data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n plannen kunnen niet worden geopend.</source>
        <translation>
            <numerusform>%n planu nie da się otworzyć.</numerusform>
            <numerusform>%n planów nie da się otworzyć.</numerusform>
            <numerusform>%n planów nie da się otworzyć.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geen plan gevonden met „%1”. Probeer een ander woord.</source>
        <translation>Nie znaleziono planu ze słowem „%1”. Spróbuj innego słowa.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Het plan „%1” is weggehaald.</source>
        <translation>Plan „%1” został usunięty.</translation>
    </message>
</context>
<context>
    <name>PlanParts</name>
    <message>
        <location filename="../../ui/people/agreements_editor.py" line="-199"/>
        <source>Doel %1: %2</source>
        <translation>Cel %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (nog geen afspraken)</source>
        <translation>%1 (jeszcze bez ustaleń)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zonder doel</source>
        <translation>Bez celu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Afspraak</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 nog invullen</source>
        <translation>%1 do uzupełnienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Veiligheidsafspraak</source>
        <translation>Ustalenie dotyczące bezpieczeństwa</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_editor.py" line="-109"/>
        <source>Mag de naam van deze persoon in het plan staan?</source>
        <translation>Czy imię tej osoby może być w planie?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naam</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatie</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe dichtbij</source>
        <translation>Jak blisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam in plan</source>
        <translation>Imię w planie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bereikbaar: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Ja</source>
        <translation>✓ Tak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— Nee</source>
        <translation>— Nie</translation>
    </message>
    <message>
        <location filename="../../ui/people/plan_parts_wording.py" line="+60"/>
        <source>wat</source>
        <extracomment>A shape per status, like the states of the parts, so the status never depends on seeing colour.</extracomment>
        <translation>co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie</source>
        <translation>kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wanneer</source>
        <translation>kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hoe weten we dat het lukt</source>
        <translation>po czym poznamy, że się udaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie checkt</source>
        <translation>kto sprawdza</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Nog niet ingevuld: %2</source>
        <translation>%1 Jeszcze nie wpisano: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, voorbij</source>
        <translation>%1, minęło</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="-231"/>
        <source>Dit plan kan niet open. Er staat iets in dat Ons Plan niet kan lezen. U kunt het wel opslaan als planbestand, met alles wat te lezen is. Daarna kunt u het weghalen.</source>
        <extracomment>Plans without a next date sort after every plan with one; plans that cannot be read before all others.</extracomment>
        <translation>Tego planu nie da się otworzyć. Jest w nim coś, czego Ons Plan nie umie odczytać. Możesz jednak zapisać go jako plik planu, ze wszystkim, co da się odczytać. Potem możesz go usunąć.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Plan</source>
        <extracomment>Counts every new order of the rows (new rows, another sort): what a filter remembers per row is stale then.</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort plan</source>
        <translation>Rodzaj planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst veranderd</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>onbekend</source>
        <translation>nieznane</translation>
    </message>
</context>
<context>
    <name>PlanTableView</name>
    <message>
        <location filename="../../ui/start/plan_table_view.py" line="+61"/>
        <source>Uw plannen</source>
        <extracomment>The next date first: what needs attention comes to the top. Plans with the same date keep newest change first. In a narrow window (large text) the next date gives way, down to its heading, so the plan&apos;s title keeps room. Levels of widgets from the table up to the window&apos;s scroll area: the table, the list, the panel, the page, the area.</extracomment>
        <translation>Twoje plany</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/editor/plan_undo.py" line="+66"/>
        <source>Ongedaan gemaakt: %1</source>
        <extracomment>The grey of a push button that cannot be used (see the theme), for menu items that cannot be used.</extracomment>
        <translation>Cofnięto: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opnieuw gedaan: %1</source>
        <translation>Ponowiono: %1</translation>
    </message>
</context>
<context>
    <name>PrivateNoteCard</name>
    <message>
        <location filename="../../ui/together/private_notes.py" line="+52"/>
        <source>Schrijf hier wat u wilt onthouden.</source>
        <translation>Napisz tu, co chcesz zapamiętać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen notitie</source>
        <translation>Prywatna notatka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ook in het plan zetten</source>
        <translation>Dodaj też do planu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weggooien</source>
        <translation>Wyrzuć</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Deze notitie komt in het plan, ook op papier.</source>
        <translation>Ta notatka trafi do planu, także na papierze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen voor u. Deze notitie komt niet in het plan.</source>
        <translation>Tylko dla Ciebie. Ta notatka nie trafi do planu.</translation>
    </message>
</context>
<context>
    <name>PrivateNotesDialog</name>
    <message>
        <location filename="../../ui/start/plan_file_dialogs.py" line="-179"/>
        <source>Opslaan als planbestand</source>
        <translation>Zapisz jako plik planu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eigen notities meenemen?</source>
        <translation>Dołączyć prywatne notatki?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U bewaart het plan „%1” als planbestand.</source>
        <translation>Zapisujesz plan „%1” jako plik planu.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In dit plan staan %n eigen notities. Die zijn alleen van u. Ze gaan niet mee in het bestand, tenzij u dat hieronder kiest.</source>
        <translation>
            <numerusform>W tym planie jest %n prywatna notatka. Jest tylko Twoja. Nie trafi do pliku, chyba że wybierzesz to poniżej.</numerusform>
            <numerusform>W tym planie są %n prywatne notatki. Są tylko Twoje. Nie trafią do pliku, chyba że wybierzesz to poniżej.</numerusform>
            <numerusform>W tym planie jest %n prywatnych notatek. Są tylko Twoje. Nie trafią do pliku, chyba że wybierzesz to poniżej.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja, mijn eigen &amp;notities meenemen</source>
        <translation>Tak, dołącz moje prywatne &amp;notatki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen doen als u dat zelf wilt. Iedereen die het bestand krijgt, kan ze lezen.</source>
        <translation>Zrób to tylko wtedy, gdy naprawdę chcesz. Każdy, kto dostanie plik, może je przeczytać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kies waar u het bewaart…</source>
        <translation>&amp;Wybierz, gdzie zapisać…</translation>
    </message>
</context>
<context>
    <name>ProcessGuideDialog</name>
    <message>
        <location filename="../../ui/together/process_guide.py" line="+92"/>
        <location line="+5"/>
        <source>Het proces, stap voor stap</source>
        <extracomment>Item views ignore the theme&apos;s large tick boxes: give these the same size and some air. Room beside the text: the tick box, its gap, and the item&apos;s padding.</extracomment>
        <translation>Proces krok po kroku</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stappen van het proces</source>
        <translation>Kroki procesu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stappen</source>
        <translation>K&amp;roki</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Wie nodigen we uit?…</source>
        <translation>Kogo za&amp;praszamy?…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sluiten</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Maak het &amp;concreet</source>
        <translation>&amp;Konkretne ustalenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraag dit aan het gezin. Het gezin past de afspraken zelf aan.</source>
        <translation>Zapytaj o to rodzinę. Rodzina sama zmienia ustalenia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vragen over de afspraken</source>
        <translation>Pytania o ustalenia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Notities over het proces</source>
        <translation>&amp;Notatki o procesie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notities van de ondersteuner</source>
        <translation>Notatki osoby wspierającej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schrijf een notitie over het proces, niet over de inhoud.</source>
        <translation>Napisz notatkę o procesie, nie o treści planu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe notitie</source>
        <translation>Nowa notatka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bij welke fase</source>
        <translation>Do którego etapu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie &amp;bewaren</source>
        <translation>&amp;Zapisz notatkę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bewaren met Ctrl+Enter.</source>
        <translation>Zapisz: Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alleen de ondersteuner schrijft hier notities. U kunt ze wel lezen.</source>
        <translation>Tylko osoba wspierająca pisze tu notatki. Możesz je czytać.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Afspraak %1 (nog zonder &apos;wat&apos;)</source>
        <translation>Ustalenie %1 (jeszcze bez „co”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  – %1</source>
        <translation>  – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er zijn nog geen afspraken. Het gezin maakt ze in het plan.</source>
        <translation>Nie ma jeszcze ustaleń. Rodzina robi je w planie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Alle afspraken zijn concreet: wat, wie, wanneer, hoe weten we dat het lukt, en wie checkt.</source>
        <translation>✓ Wszystkie ustalenia są konkretne: co, kto, kiedy, po czym poznamy, że się udaje, i kto sprawdza.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Het hele proces</source>
        <translation>Cały proces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nog geen notities.</source>
        <translation>Jeszcze nie ma notatek.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bij fase %1: %2</source>
        <translation>Etap %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over het hele proces</source>
        <translation>O całym procesie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vink samen met het gezin af wat gedaan is. Met de pijltjes kiest u een stap, met de spatiebalk vinkt u af. De tekst van het plan verandert hier niet: die is van het gezin.</source>
        <translation>Zaznacz razem z rodziną, co jest zrobione. Strzałkami wybierasz krok, spacją go zaznaczasz. Tekst planu się tu nie zmienia: należy do rodziny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier ziet u hoe ver het proces is. U kunt zelf ook een stap afvinken, met de spatiebalk.</source>
        <translation>Tu widzisz, jak daleko jest proces. Ty też możesz zaznaczyć krok, spacją.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U kunt hier meekijken. Alleen de ondersteuner en het gezin vinken stappen af.</source>
        <translation>Możesz tu tylko patrzeć. Kroki zaznaczają tylko osoba wspierająca i rodzina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>het gesprek</source>
        <translation>rozmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de bijeenkomst</source>
        <translation>spotkania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen datum voor %1. Staat die in het plan, dan ziet u hier een voorstel voor de check-in.</source>
        <translation>Nie ma jeszcze daty %1. Gdy będzie w planie, zobaczysz tu propozycję daty spotkania kontrolnego (check-in).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorstel voor de check-in: %1. Dat is vier weken na %2 van %3.</source>
        <translation>Propozycja spotkania kontrolnego (check-in): %1. To cztery tygodnie od daty %2 (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De evaluatie is op %1.</source>
        <translation>Data podsumowania: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Fase %1: %2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Etap %1: %2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schrijf eerst een notitie.</source>
        <translation>Najpierw napisz notatkę.</translation>
    </message>
</context>
<context>
    <name>ProcessStepListModel</name>
    <message>
        <location filename="../../ui/together/process_step_model.py" line="+108"/>
        <source>nog niet gedaan</source>
        <translation>jeszcze nie zrobione</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1. %2  ·  %3 van %4 gedaan</source>
        <translation>%1. %2  ·  zrobione: %3 z %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✓ gedaan op %1, door %2</source>
        <translation>✓ zrobione %1, przez: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ gedaan op %1</source>
        <translation>✓ zrobione %1</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <location filename="../../ui/window/advice_desk.py" line="-205"/>
        <location line="+1"/>
        <source>Wie geeft het advies?</source>
        <translation>Kto daje rady?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies staat altijd op uw naam. Zo weet het gezin van wie het komt.</source>
        <translation>Twoja rada jest zawsze podpisana Twoim imieniem. Dzięki temu rodzina wie, od kogo jest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bijvoorbeeld Marieke Jansen</source>
        <translation>na przykład Marieke Jansen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>na przykład zespół dzielnicowy (wijkteam)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw &amp;naam</source>
        <translation>Twoje &amp;imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rganisatie</source>
        <translation>Or&amp;ganizacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verder</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ReadAloudBox</name>
    <message>
        <location filename="../../ui/common/read_aloud_box.py" line="+34"/>
        <source>Voorlezen</source>
        <extracomment>The sentence stands out from the rest of the screen, as a marker pen would make it.</extracomment>
        <translation>Czytanie na głos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Wordt voorgelezen:</source>
        <translation>Teraz czytane:</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+51"/>
        <location line="+1"/>
        <source>Pauze</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Even stoppen. Met Verder hoort u de zin opnieuw.</source>
        <translation>Zatrzymaj na chwilę. Gdy naciśniesz „Dalej”, usłyszysz to zdanie jeszcze raz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop met voorlezen</source>
        <translation>Zatrzymaj czytanie na głos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rustig voorlezen</source>
        <translation>Spokojne czytanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langzamer voorlezen. Dit wordt onthouden.</source>
        <translation>Czytanie w wolniejszym tempie. To ustawienie zostanie zapamiętane.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>▶ Verder</source>
        <translation>▶ Dalej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verder voorlezen</source>
        <translation>Czytaj dalej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gepauzeerd bij:</source>
        <translation>Wstrzymano przy:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>zin %1 van %2</source>
        <translation>zdanie %1 z %2</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeBox</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="-208"/>
        <source>Herstelcode: %1</source>
        <translation>Kod odzyskiwania: %1</translation>
    </message>
</context>
<context>
    <name>ReplacementTableModel</name>
    <message>
        <location filename="../../ui/window/anonymous_copy.py" line="-145"/>
        <source>In het plan</source>
        <extracomment>The table shows this many rows without scrolling; more scroll inside it.</extracomment>
        <translation>W planie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In de kopie</source>
        <translation>W kopii</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(gaat niet mee)</source>
        <translation>(nie trafia do kopii)</translation>
    </message>
</context>
<context>
    <name>RoleBar</name>
    <message>
        <location filename="../../ui/together/role_bar.py" line="+31"/>
        <source>Aan het toetsenbord:</source>
        <extracomment>The family&apos;s own role looks like the rest of the bar; any other role is tinted, so it shows from across the table.</extracomment>
        <translation>Przy klawiaturze:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiss&amp;elen…</source>
        <translation>Zmi&amp;eń…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies wie er nu aan het toetsenbord zit (Alt+E)</source>
        <translation>Wybierz, kto teraz siedzi przy klawiaturze (Alt+E)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aan het toetsenbord: %1</source>
        <translation>Przy klawiaturze: %1</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/together/role_dialog.py" line="+35"/>
        <location line="+4"/>
        <source>Wie zit er aan het toetsenbord?</source>
        <extracomment>The longest name the services keep on one line.</extracomment>
        <translation>Kto siedzi przy klawiaturze?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies wie nu het plan gebruikt. Zo weet iedereen later wie wat heeft gedaan.</source>
        <translation>Wybierz, kto teraz używa planu. Dzięki temu później każdy wie, kto co zrobił.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Gezin</source>
        <translation>&amp;Rodzina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ondersteuner</source>
        <translation>&amp;Osoba wspierająca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Professional</source>
        <translation>&amp;Specjalista</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>na przykład zespół dzielnicowy (wijkteam)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uw &amp;naam</source>
        <translation>Twoje &amp;imię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;rganisatie</source>
        <translation>Or&amp;ganizacja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wisselen</source>
        <translation>&amp;Zmień</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Mag leeg blijven. Dan staat er: Gezin.</source>
        <translation>Może zostać puste. Wtedy będzie: Rodzina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul uw naam in. Wat u doet, staat op uw naam.</source>
        <translation>Wpisz swoje imię. To, co robisz, jest zapisane pod Twoim imieniem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijvoorbeeld Sanne</source>
        <translation>na przykład Sanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijvoorbeeld Marieke Jansen</source>
        <translation>na przykład Marieke Jansen</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../ui/people/rows_editor.py" line="+181"/>
        <source>Aan&amp;passen</source>
        <extracomment>The padding of table cells in the theme (``QTableView::item``). The width a cell&apos;s text does not get: the padding on both sides, and the style&apos;s own small text margins.</extracomment>
        <translation>&amp;Zmień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas de gekozen regel aan (Enter)</source>
        <translation>Zmień wybrany wiersz (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weghalen</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haal de gekozen regel weg (Delete)</source>
        <translation>Usuń wybrany wiersz (Delete)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Weghalen</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja, weghalen</source>
        <translation>Tak, usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee, laten staan</source>
        <translation>Nie, zostaw</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../../ui/editor/section_actions.py" line="+126"/>
        <source>&amp;Naam veranderen…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Andere naam</source>
        <translation>Inna nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Over&amp;slaan</source>
        <translation>&amp;Pomiń</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Overslaan</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Om&amp;hoog</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↑ Omhoog</source>
        <translation>↑ W górę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Om&amp;laag</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↓ Omlaag</source>
        <translation>↓ W dół</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Eigen deel toevoegen…</source>
        <translation>Dodaj &amp;własną część…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ Eigen deel</source>
        <translation>+ Własna część</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weghalen…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weghalen</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↶ Ongedaan maken</source>
        <translation>↶ Cofnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opnieuw</source>
        <translation>P&amp;onów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↷ Opnieuw</source>
        <translation>↷ Ponów</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geef dit deel een eigen naam</source>
        <translation>Nadaj tej części własną nazwę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet dit deel een plek hoger</source>
        <translation>Przesuń tę część o jedno miejsce wyżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet dit deel een plek lager</source>
        <translation>Przesuń tę część o jedno miejsce niżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voeg een eigen deel toe, na dit deel</source>
        <translation>Dodaj własną część po tej części</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Toch &amp;gebruiken</source>
        <translation>&amp;Jednak użyj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toch gebruiken</source>
        <translation>Jednak użyj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gebruik dit deel weer in het plan</source>
        <translation>Znowu użyj tej części w planie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sla dit deel over: het blijft bewaard, maar komt niet in de PDF</source>
        <translation>Pomiń tę część: zostanie zapisana, ale nie trafi do PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Haal dit eigen deel weg (alleen als het leeg is)</source>
        <translation>Usuń tę własną część (tylko gdy jest pusta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen een eigen deel kunt u weghalen. Een ander deel kunt u overslaan.</source>
        <translation>Usunąć możesz tylko własną część. Inną część możesz pominąć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alleen het gezin kan de delen van het plan veranderen.</source>
        <translation>Tylko rodzina może zmieniać części planu.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Naam veranderen</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hoe wilt u dit deel &amp;noemen?</source>
        <translation>Jak chcesz &amp;nazwać tę część?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bewaar naam</source>
        <translation>&amp;Zapisz nazwę</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hoe heet het nieuwe deel? Het komt na &apos;%1&apos;.</source>
        <translation>Jak ma się nazywać nowa część? Będzie po części „%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe heet het nieuwe deel?</source>
        <translation>Jak ma się nazywać nowa część?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen deel toevoegen</source>
        <translation>Dodaj własną część</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dit deel kan pas weg als het leeg is.</source>
        <translation>Tę część można usunąć dopiero wtedy, gdy jest pusta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deel weghalen</source>
        <translation>Usuń część</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u het deel &apos;%1&apos; weghalen?</source>
        <translation>Usunąć część „%1”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel is leeg. Met Ongedaan maken (Ctrl+Z) komt het terug.</source>
        <translation>Ta część jest pusta. Przez Cofnij (Ctrl+Z) wróci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weghalen</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet weghalen</source>
        <translation>&amp;Nie usuwaj</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ongedaan maken: %1</source>
        <translation>Cofnij: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is nog niets om ongedaan te maken</source>
        <translation>Nie ma jeszcze nic do cofnięcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opnieuw: %1</source>
        <translation>Ponów: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is niets om opnieuw te doen</source>
        <translation>Nie ma nic do ponowienia</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../ui/editor/section_list_model.py" line="+93"/>
        <source>overgeslagen</source>
        <extracomment>A skipped part is drawn lighter, and says &quot;overgeslagen&quot; in words: colour alone would not tell everyone.</extracomment>
        <translation>pominięta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>eigen deel</source>
        <translation>własna część</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <location filename="../../ui/editor/section_panel.py" line="+47"/>
        <source>&amp;Hulp en voorbeeld</source>
        <translation>&amp;Pomoc i przykład</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toon of verberg hulp en een voorbeeld (F1)</source>
        <translation>Pokaż albo ukryj pomoc i przykład (F1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lees wat professionals over dit deel zeggen</source>
        <translation>Przeczytaj, co specjaliści mówią o tej części</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ Advies bij dit deel…</source>
        <translation>+ Rada do tej części…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geef informatie of advies over dit deel, op uw naam</source>
        <translation>Daj informację albo radę do tej części, pod swoim imieniem</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+149"/>
        <source>Schrijf hier in uw eigen woorden.</source>
        <translation>Pisz tu własnymi słowami.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Dit deel is &amp;klaar</source>
        <translation>Ta część jest &amp;gotowa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Vorig deel</source>
        <translation>← Poprzednia część</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig deel (Ctrl+PgUp)</source>
        <translation>Poprzednia część (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgend deel →</source>
        <translation>Następna część →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgend deel (Ctrl+PgDown)</source>
        <translation>Następna część (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Deel %1 van %2</source>
        <translation>Część %1 z %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw tekst bij: %1</source>
        <translation>Twój tekst do części: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Het gezin heeft hier nog niets geschreven.</source>
        <translation>Rodzina jeszcze nic tu nie napisała.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Er is advies bij dit deel →</source>
        <translation>Do tej części jest rada →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is advies bij dit deel (%1) →</source>
        <translation>Rady do tej części (%1) →</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Mijn doelen</source>
        <translation>Moje cele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onze doelen</source>
        <translation>Nasze cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn afspraken</source>
        <translation>Moje ustalenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onze afspraken</source>
        <translation>Nasze ustalenia</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ Bewaard</source>
        <translation>✓ Zapisano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bezig met bewaren…</source>
        <translation>Zapisywanie…</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <location filename="../../ui/editor/section_sidebar.py" line="+22"/>
        <source>Delen van het plan</source>
        <translation>Części planu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delen van het plan</source>
        <translation>&amp;Części planu</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+13"/>
        <source>Beveiliging en reservekopie</source>
        <translation>Zabezpieczenia i kopia zapasowa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op slot na</source>
        <translation>Blokada po</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan gaat vanzelf op &amp;slot als niemand het gebruikt na:</source>
        <translation>Ons Plan sam się &amp;blokuje, jeśli nikt go nie używa przez:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nu op slot &amp;zetten (Ctrl+L)</source>
        <translation>&amp;Zablokuj teraz (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wachtwoord veranderen…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe &amp;herstelcode maken…</source>
        <translation>Zrób nowy &amp;kod odzyskiwania…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reservekopie &amp;maken…</source>
        <translation>Zrób kopię zapa&amp;sową…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>&amp;Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Op slot</source>
        <translation>Blokada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op slot ziet niemand uw plannen. U opent ze weer met uw wachtwoord.</source>
        <translation>Gdy Ons Plan jest zablokowany, nikt nie widzi Twoich planów. Otwierasz je znowu swoim hasłem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wachtwoord en herstelcode</source>
        <translation>Hasło i kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met uw wachtwoord of uw herstelcode opent u uw plannen. Niemand anders kan dat.</source>
        <translation>Swoim hasłem albo kodem odzyskiwania otwierasz swoje plany. Nikt inny tego nie może.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reservekopie</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een reservekopie is één bestand met al uw plannen. Het zit op slot met uw wachtwoord van nu. Bewaar het bijvoorbeeld op een USB-stick. Gaat de laptop kapot of kwijt? Dan zet u de kopie terug op een andere laptop.</source>
        <translation>Kopia zapasowa to jeden plik ze wszystkimi Twoimi planami. Jest zamknięty Twoim obecnym hasłem. Trzymaj go na przykład na pendrivie. Laptop się zepsuje albo zginie? Wtedy przywrócisz kopię na innym laptopie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ Bewaard.</source>
        <translation>✓ Zapisano.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>Reservekopie maken</source>
        <translation>Zrób kopię zapasową</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reservekopie van Ons Plan (*%1)</source>
        <translation>Kopia zapasowa Ons Plan (*%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bezig met de reservekopie…</source>
        <translation>Trwa robienie kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ De reservekopie is bewaard: %1. Hij opent met uw wachtwoord of herstelcode van nu.</source>
        <translation>✓ Kopia zapasowa jest zapisana: %1. Otwiera się Twoim obecnym hasłem albo kodem odzyskiwania.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De reservekopie wordt gemaakt…</source>
        <translation>Kopia zapasowa jest robiona…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reservekopie terugzetten</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen van nu worden vervangen door die in de reservekopie. Ze worden eerst bewaard in de map backups. Wilt u doorgaan?</source>
        <translation>Twoje obecne plany zostaną zastąpione planami z kopii zapasowej. Najpierw zostaną zapisane w folderze backups. Chcesz kontynuować?</translation>
    </message>
</context>
<context>
    <name>SessionRole</name>
    <message>
        <location filename="../../ui/common/session_role.py" line="+24"/>
        <source>gezin</source>
        <extracomment>The roles someone can take at the keyboard. The network speaks through the family, so it has no role of its own.</extracomment>
        <translation>rodzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netwerk</source>
        <translation>sieć wsparcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ondersteuner</source>
        <translation>osoba wspierająca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional</source>
        <translation>specjalista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gezin</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netwerk</source>
        <translation>Sieć wsparcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ondersteuner</source>
        <translation>Osoba wspierająca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Het plan is van u. U schrijft en verandert de tekst, de mensen, de doelen en de afspraken. U geeft antwoord op advies.</source>
        <translation>Plan jest Twój. Piszesz i zmieniasz tekst, osoby, cele i ustalenia. Odpowiadasz na rady.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Als professional geeft u informatie en advies, op uw naam. Het gezin beslist zelf wat het ermee doet. De tekst van het plan is van het gezin: die kunt u lezen, niet veranderen.</source>
        <translation>Jako specjalista dajesz informacje i rady, pod swoim imieniem. Rodzina sama decyduje, co z nimi zrobi. Tekst planu należy do rodziny: możesz go czytać, ale nie zmieniać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Als ondersteuner helpt u met het proces. De tekst van het plan is van het gezin: die kunt u lezen, niet veranderen.</source>
        <translation>Jako osoba wspierająca pomagasz w procesie. Tekst planu należy do rodziny: możesz go czytać, ale nie zmieniać.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>U kijkt mee als professional. De tekst is van het gezin: u kunt hem lezen, niet veranderen. Uw advies zet u bij Informatie en advies.</source>
        <translation>Patrzysz jako specjalista. Tekst należy do rodziny: możesz go czytać, ale nie zmieniać. Swoją radę wpisz w „Informacje i rady”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>U kijkt mee als %1. De tekst is van het gezin: u kunt hem lezen, niet veranderen.</source>
        <translation>Patrzysz jako %1. Tekst należy do rodziny: możesz go czytać, ale nie zmieniać.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SkippedBar</name>
    <message>
        <location filename="../../ui/editor/section_actions.py" line="+39"/>
        <source>U slaat dit deel over. Het komt niet in de PDF. Uw tekst blijft bewaard.</source>
        <translation>Pomijasz tę część. Nie trafi do PDF. Twój tekst zostaje zapisany.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../ui/common/speech.py" line="+78"/>
        <source>Deze computer kan nog niet voorlezen: zet een stem aan bij Instellingen, Tijd en taal.</source>
        <extracomment>The engines tried first, in this order; Qt&apos;s test engine (&quot;mock&quot;) never reads to a family. The pace of &quot;rustig&quot;: slower than the voice&apos;s own (-1 is the slowest, 0 the voice&apos;s own). A sentence that has not ended after this long (seconds, plus a little per letter) never will: an engine without sound (speech-dispatcher with no sound card) says it speaks and never says it is done.</extracomment>
        <translation>Ten komputer nie może jeszcze czytać na głos: włącz głos w oknie Ustawienia, w części Czas i język.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze Mac kan nog niet voorlezen: kies een stem bij Systeeminstellingen, Toegankelijkheid.</source>
        <translation>Ten Mac nie może jeszcze czytać na głos: wybierz głos w oknie Ustawienia systemowe, w części Dostępność.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze computer kan nog niet voorlezen: installeer de programma&apos;s speech-dispatcher en espeak-ng.</source>
        <translation>Ten komputer nie może jeszcze czytać na głos: zainstaluj programy speech-dispatcher i espeak-ng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het voorlezen lukt niet: de computer geeft geen geluid. Staat het geluid aan?</source>
        <translation>Czytanie na głos nie działa: komputer nie wydaje dźwięku. Czy dźwięk jest włączony?</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../ui/start/start_view.py" line="+32"/>
        <source>Ons Plan</source>
        <translation>Ons Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier schrijft u uw eigen plan. U bepaalt wat erin staat.</source>
        <translation>Tu piszesz swój własny plan. Ty decydujesz, co w nim jest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+  Nieuw &amp;familiegroepsplan</source>
        <translation>+  Nowy plan &amp;rodzinny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+  Nieuw &amp;persoonlijk plan</source>
        <translation>+  Nowy plan oso&amp;bisty</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+19"/>
        <source>Wat is het?</source>
        <translation>Co to jest?</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Een plan van uw familie, voor uw kind of kinderen. U maakt het samen met familie, vrienden en buren. Samen schrijft u op wat er moet gebeuren en wie wat doet.</source>
        <translation>Plan Twojej rodziny dla Twojego dziecka lub dzieci (familiegroepsplan). Robisz go razem z krewnymi, przyjaciółmi i sąsiadami. Razem zapisujecie, co trzeba zrobić i kto co robi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Een recht, geen plicht</source>
        <translation>Prawo, nie obowiązek</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>U mag een familiegroepsplan maken. Het hoeft niet. Dit staat in de Jeugdwet.</source>
        <translation>Możesz zrobić plan rodzinny. Nie musisz. Tak mówi Jeugdwet (ustawa o pomocy dla dzieci i młodzieży).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie biedt het aan?</source>
        <translation>Kto to proponuje?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krijgt uw kind jeugdhulp? Of is er jeugdbescherming (een gecertificeerde instelling, GI) bij uw gezin? Dan moeten zij u eerst de kans geven om zelf een plan te maken.</source>
        <translation>Twoje dziecko dostaje pomoc dla młodzieży (jeugdhulp)? Albo Twoją rodziną zajmuje się ochrona dzieci (gecertificeerde instelling, GI)? Wtedy najpierw muszą dać Ci szansę na zrobienie własnego planu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U kiest de vorm</source>
        <translation>Ty wybierasz formę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen verplicht formulier. De vragen hier helpen u op weg. U mag delen overslaan, een andere naam geven of zelf delen toevoegen.</source>
        <translation>Nie ma obowiązkowego formularza. Pytania tutaj pomagają zacząć. Możesz pomijać części, zmieniać im nazwy albo dodawać własne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Wat gebeurt ermee?</source>
        <translation>Co się z nim dzieje?</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Professionals mogen advies geven. U beslist zelf wat u ermee doet. Is er een ondertoezichtstelling? Dan kan de jeugdbeschermer voorwaarden stellen voor de veiligheid. Uw plan moet aan die voorwaarden voldoen.</source>
        <translation>Specjaliści mogą dawać rady. Ty decydujesz, co z nimi zrobisz. Jest nadzór kuratora (ondertoezichtstelling)? Wtedy pracownik ochrony dzieci może postawić warunki dotyczące bezpieczeństwa. Twój plan musi spełnić te warunki.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>U schrijft op hoe het met u gaat en wat u zelf kunt. U schrijft ook wie u helpt en welke hulp volgens u past. Dit staat in de Wmo, de wet voor hulp en zorg van de gemeente.</source>
        <translation>Piszesz, jak wygląda Twoja sytuacja i co potrafisz zrobić. Piszesz też, kto Ci pomaga i jaka pomoc według Ciebie pasuje. Tak mówi Wmo, czyli ustawa o pomocy i opiece od gminy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U mag een persoonlijk plan maken. Het hoeft niet.</source>
        <translation>Możesz zrobić plan osobisty (persoonlijk plan). Nie musisz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binnen 7 dagen</source>
        <translation>W ciągu 7 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerst meldt u zich bij de gemeente voor hulp. Dat heet een melding. Daarna heeft u 7 dagen om uw plan te geven. Is het later klaar? U mag het dan nog steeds geven.</source>
        <translation>Najpierw zgłaszasz się do gminy po pomoc. To się nazywa zgłoszenie (melding). Potem masz 7 dni, żeby dać swój plan. Plan będzie gotowy później? Nadal możesz go dać.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gemeente gebruikt uw plan in haar onderzoek. Dat onderzoek duurt hoogstens 6 weken. Daarna vraagt u de hulp aan. De gemeente beslist binnen 2 weken na die aanvraag. Uw plan telt mee, maar de gemeente beslist.</source>
        <translation>Gmina używa Twojego planu, kiedy sprawdza Twoją sytuację. To sprawdzanie trwa najwyżej 6 tygodni. Potem składasz wniosek o pomoc. Gmina decyduje w ciągu 2 tygodni od wniosku. Twój plan się liczy, ale decyzję podejmuje gmina.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../../wijkteam/template_words.py" line="+14"/>
        <source>Familiegroepsplan</source>
        <translation>Plan rodzinny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons familiegroepsplan</source>
        <translation>Nasz plan rodzinny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een familiegroepsplan maakt u zelf, met uw familie en mensen om u heen. U schrijft op wat er speelt, wat u wilt bereiken en wie wat doet. Het is uw recht, geen plicht.</source>
        <translation>Plan rodzinny (familiegroepsplan) tworzysz razem z rodziną i ludźmi wokół Ciebie. Zapisujesz, co się dzieje, co chcesz osiągnąć i kto co robi. To Twoje prawo, nie obowiązek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie deden mee</source>
        <translation>Kto brał udział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hebben samen dit plan gemaakt?</source>
        <translation>Kto razem zrobił ten plan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf de namen op van iedereen die meedacht. Ook wie er niet bij kon zijn, maar wel iets liet weten.</source>
        <translation>Zapisz imiona wszystkich, którzy pomagali. Także tych, którzy nie mogli przyjść, ale coś przekazali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mama Sanne, papa Kemal, oma Ria, buurvrouw Fatima en Jesse (14).</source>
        <translation>Mama Sanne, tata Kemal, babcia Ria, sąsiadka Fatima i Jesse (14 lat).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze hoofdvraag</source>
        <translation>Nasze główne pytanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat willen we samen bereiken? Schrijf het op als een vraag.</source>
        <translation>Co chcemy razem osiągnąć? Zapisz to jako pytanie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een goede hoofdvraag kijkt vooruit. Hij begint vaak met &apos;Hoe zorgen we dat ...&apos;.</source>
        <translation>Dobre główne pytanie patrzy w przyszłość. Często zaczyna się od „Jak zrobić, żeby ...”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe zorgen we dat het thuis weer fijn wordt en Jesse graag naar school gaat?</source>
        <translation>Jak zrobić, żeby w domu znowu było dobrze, a Jesse chętnie chodził do szkoły?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze situatie</source>
        <translation>Nasza sytuacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe gaat het nu thuis? Vertel het in uw eigen woorden.</source>
        <translation>Jak jest teraz w domu? Opowiedz o tym własnymi słowami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen goed of fout antwoord. Schrijf op wat u belangrijk vindt dat anderen weten.</source>
        <translation>Nie ma dobrej ani złej odpowiedzi. Napisz to, co według Ciebie inni powinni wiedzieć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We wonen met z&apos;n vieren in een flat. Sinds papa zijn werk kwijt is, is er veel spanning.</source>
        <translation>Mieszkamy we czwórkę w bloku. Odkąd tata stracił pracę, jest dużo napięć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze zorgen</source>
        <translation>Nasze zmartwienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waar maken wij ons zorgen over?</source>
        <translation>Czym się martwimy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit zijn uw eigen zorgen. Zorgen van hulpverleners staan apart, achter in het plan.</source>
        <translation>To są Twoje własne zmartwienia. Obawy specjalistów są osobno, na końcu planu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We maken ons zorgen omdat Jesse vaak niet naar school gaat.</source>
        <translation>Martwimy się, bo Jesse często nie chodzi do szkoły.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat goed</source>
        <translation>Co idzie dobrze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat er goed? Waar zijn we trots op?</source>
        <translation>Co idzie dobrze? Z czego jesteśmy dumni?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kijk ook naar kleine dingen. Wat helpt nu al?</source>
        <translation>Pomyśl też o małych rzeczach. Co już teraz pomaga?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We eten elke avond samen. Oma komt elke zondag.</source>
        <translation>Codziennie wieczorem jemy razem. Babcia przychodzi w każdą niedzielę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat de kinderen zeggen</source>
        <translation>Co mówią dzieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat vinden de kinderen? Wat willen zij?</source>
        <translation>Co myślą dzieci? Czego chcą?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op wat de kinderen zelf zeggen, zo veel mogelijk in hun eigen woorden. Een tekening kan ook.</source>
        <translation>Zapisz, co mówią same dzieci, jak najbardziej ich własnymi słowami. Może być też rysunek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jesse: &apos;Ik wil dat er minder ruzie is. En ik wil op voetbal.&apos;</source>
        <translation>Jesse: „Chcę, żeby było mniej kłótni. I chcę chodzić na piłkę nożną.”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat willen we bereiken</source>
        <translation>Co chcemy osiągnąć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet er over een paar maanden anders zijn?</source>
        <translation>Co ma być inaczej za kilka miesięcy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf elk doel apart op. Maak het zo concreet mogelijk.</source>
        <translation>Zapisz każdy cel osobno. Napisz go jak najbardziej konkretnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jesse gaat elke dag naar school.</source>
        <translation>Jesse codziennie chodzi do szkoły.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze afspraken</source>
        <translation>Nasze ustalenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie doet wat, en wanneer? Hoe weten we dat het lukt?</source>
        <translation>Kto co robi i kiedy? Po czym poznamy, że się udaje?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf bij elke afspraak op: wat gaan we doen, wie doet het en wanneer? Hoe zien we dat het lukt, en wie checkt het?</source>
        <translation>Przy każdym ustaleniu zapisz: co zrobimy, kto to robi i kiedy? Po czym zobaczymy, że się udaje, i kto to sprawdza?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oma brengt Jesse op maandag en woensdag naar school. Mama belt de mentor elke vrijdag.</source>
        <translation>Babcia odprowadza Jessego do szkoły w poniedziałek i w środę. Mama dzwoni do wychowawcy w każdy piątek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veiligheidsafspraken</source>
        <translation>Ustalenia o bezpieczeństwie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat spreken we af zodat iedereen veilig is?</source>
        <translation>Co ustalamy, żeby wszyscy byli bezpieczni?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heeft een hulpverlener voorwaarden voor de veiligheid gesteld? Die staan apart in het plan, met wie ze stelde. Hier schrijft u wat u zelf afspreekt.</source>
        <translation>Specjalista postawił warunki dotyczące bezpieczeństwa? Są one osobno w planie, razem z informacją, kto je postawił. Tutaj piszesz, co ustalacie między sobą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als de ruzie te hoog oploopt, gaan de kinderen naar oma. Oma is altijd bereikbaar.</source>
        <translation>Jeśli kłótnia zrobi się za ostra, dzieci idą do babci. Babcia zawsze odbiera telefon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons netwerk</source>
        <translation>Nasza sieć wsparcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie staan er om ons heen? Wie kan helpen?</source>
        <translation>Kto jest wokół nas? Kto może pomóc?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk aan familie, vrienden, buren, school en werk. Wie staat dichtbij? Wie kan iets doen?</source>
        <translation>Pomyśl o krewnych, przyjaciołach, sąsiadach, szkole i pracy. Kto jest blisko? Kto może coś zrobić?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oma Ria (dichtbij), buurvrouw Fatima, trainer van de voetbalclub.</source>
        <translation>Babcia Ria (blisko), sąsiadka Fatima, trener z klubu piłkarskiego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp die we vragen</source>
        <translation>Pomoc, o którą prosimy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp vragen we, en aan wie?</source>
        <translation>O jaką pomoc prosimy i kogo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp van mensen om u heen, van de gemeente of van hulpverleners.</source>
        <translation>Pomoc od ludzi wokół Ciebie, od gminy albo od specjalistów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We vragen het wijkteam om hulp bij de schulden.</source>
        <translation>Prosimy wijkteam (zespół dzielnicowy) o pomoc z długami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als het anders loopt</source>
        <translation>Gdy coś pójdzie inaczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat doen we als het niet lukt zoals we willen?</source>
        <translation>Co robimy, jeśli nie uda się tak, jak chcemy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is plan B. Wie bellen we? Wat doen we dan?</source>
        <translation>To jest plan B. Do kogo dzwonimy? Co wtedy robimy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als Jesse twee dagen niet naar school gaat, bellen we samen de mentor.</source>
        <translation>Jeśli Jesse przez dwa dni nie pójdzie do szkoły, razem dzwonimy do wychowawcy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie houdt het plan in de gaten</source>
        <translation>Kto pilnuje planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie let erop dat we doen wat we afspraken?</source>
        <translation>Kto pilnuje, żebyśmy robili to, co ustaliliśmy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies iemand die het gezin goed kent. Die vraagt af en toe hoe het gaat.</source>
        <translation>Wybierz kogoś, kto dobrze zna rodzinę. Ta osoba co jakiś czas pyta, jak idzie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oom Dennis belt elke twee weken om te horen hoe het gaat.</source>
        <translation>Wujek Dennis dzwoni co dwa tygodnie, żeby zapytać, jak idzie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluatie</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer kijken we samen hoe het gaat?</source>
        <translation>Kiedy razem sprawdzimy, jak idzie?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreek een datum af, bijvoorbeeld na vier weken en na drie maanden.</source>
        <translation>Ustal datę, na przykład za cztery tygodnie i za trzy miesiące.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op 15 maart komen we weer samen bij oma.</source>
        <translation>15 marca znowu spotykamy się u babci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekeningen</source>
        <translation>Podpisy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie zetten hun handtekening onder dit plan?</source>
        <translation>Kto podpisuje ten plan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iedereen die iets belooft, zet een handtekening. Zo weet iedereen wat er is afgesproken.</source>
        <translation>Każdy, kto coś obiecuje, składa podpis. Dzięki temu wszyscy wiedzą, co zostało ustalone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mama Sanne, papa Kemal, oma Ria.</source>
        <translation>Mama Sanne, tata Kemal, babcia Ria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persoonlijk plan</source>
        <translation>Plan osobisty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn persoonlijk plan</source>
        <translation>Mój plan osobisty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een persoonlijk plan vertelt u de gemeente zelf wat er speelt. U zegt ook welke hulp bij u past. U mag het maken binnen 7 dagen na uw melding. De gemeente gebruikt het in haar onderzoek. De gemeente beslist daarna over de hulp.</source>
        <translation>W planie osobistym (persoonlijk plan) mówisz gminie własnymi słowami, co się dzieje. Piszesz też, jaka pomoc do Ciebie pasuje. Możesz go zrobić w ciągu 7 dni od zgłoszenia. Gmina używa go, kiedy sprawdza Twoją sytuację. Potem gmina decyduje o pomocy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat ik nodig heb en wat ik belangrijk vind</source>
        <translation>czego potrzebuję i co jest dla mnie ważne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat ik zelf kan, en wat mijn huisgenoten doen</source>
        <translation>co potrafię zrobić i co robią moi domownicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat mijn mantelzorgers en netwerk doen</source>
        <translation>co robią moi opiekunowie i sieć wsparcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat mijn mantelzorger nodig heeft</source>
        <translation>czego potrzebuje mój opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hulp in de buurt en vrijwilligerswerk</source>
        <translation>pomoc w okolicy i wolontariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere hulp en instanties</source>
        <translation>inna pomoc i instytucje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eigen bijdrage</source>
        <translation>opłata własna (eigen bijdrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over mij</source>
        <translation>O mnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie bent u? Vertel kort iets over uzelf.</source>
        <translation>Kim jesteś? Napisz krótko coś o sobie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld uw leeftijd, met wie u woont en wat u graag doet. Schrijf ook de datum van uw melding op.</source>
        <translation>Na przykład ile masz lat, z kim mieszkasz i co lubisz robić. Zapisz też datę swojego zgłoszenia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik ben Wim, 78 jaar. Ik woon alleen in Zwolle. Ik deed mijn melding op 3 november.</source>
        <translation>Jestem Wim, mam 78 lat. Mieszkam sam w Zwolle. Zgłoszenie zrobiłem 3 listopada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn situatie</source>
        <translation>Moja sytuacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe gaat het nu? Wat heeft u nodig, en wat vindt u belangrijk?</source>
        <translation>Jak jest teraz? Czego potrzebujesz i co jest dla Ciebie ważne?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op waar u tegenaan loopt in het dagelijks leven. En wat u belangrijk vindt.</source>
        <translation>Napisz, co jest dla Ciebie trudne w codziennym życiu. I co jest dla Ciebie ważne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinds mijn val kan ik niet meer goed lopen. Ik wil graag zelf blijven koken.</source>
        <translation>Od upadku nie mogę dobrze chodzić. Chcę dalej sam gotować.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wil ik bereiken</source>
        <translation>Co chcę osiągnąć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wilt u dat er anders wordt?</source>
        <translation>Co chcesz zmienić?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf elk doel apart op.</source>
        <translation>Zapisz każdy cel osobno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil weer zelf boodschappen doen.</source>
        <translation>Chcę znowu sam robić zakupy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat kan ik zelf</source>
        <translation>Co potrafię zrobić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat kunt u zelf doen? Wat doen uw huisgenoten?</source>
        <translation>Co potrafisz zrobić? Co robią Twoi domownicy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk ook aan hulpmiddelen die u zelf kunt regelen.</source>
        <translation>Pomyśl też o sprzęcie, który pomaga (na przykład chodzik) i który możesz załatwić samodzielnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik kan mezelf aankleden. Mijn kleinzoon woont bij mij en doet de was.</source>
        <translation>Sam się ubieram. Mój wnuk mieszka ze mną i robi pranie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn mantelzorgers en netwerk</source>
        <translation>Moi opiekunowie i sieć wsparcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie helpt u al? Wat doen zij?</source>
        <translation>Kto już Ci pomaga? Co robią te osoby?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een mantelzorger is iemand uit uw omgeving die u helpt. Hij of zij krijgt daar geen geld voor.</source>
        <translation>Opiekun (mantelzorger) to ktoś z Twojego otoczenia, kto Ci pomaga. Nie dostaje za to pieniędzy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn dochter Anja doet elke zaterdag boodschappen. De buurman brengt de krant.</source>
        <translation>Moja córka Anja w każdą sobotę robi zakupy. Sąsiad przynosi gazetę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat mijn mantelzorger nodig heeft</source>
        <translation>Czego potrzebuje mój opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat heeft uw mantelzorger nodig om het vol te houden?</source>
        <translation>Czego potrzebuje Twój opiekun, żeby dać radę dalej?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ook een mantelzorger kan hulp krijgen, bijvoorbeeld even vrij.</source>
        <translation>Opiekun też może dostać pomoc, na przykład trochę wolnego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anja werkt fulltime. Ze wil graag een keer per maand een weekend vrij.</source>
        <translation>Anja pracuje na cały etat. Chciałaby mieć raz w miesiącu wolny weekend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp in de buurt</source>
        <translation>Pomoc w okolicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp in de buurt kunt u gebruiken? Doet u vrijwilligerswerk, of wilt u dat?</source>
        <translation>Z jakiej pomocy w okolicy możesz skorzystać? Czy działasz w wolontariacie albo chcesz w nim działać?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk aan een buurthuis, een eetpunt, een maatje of een klussendienst.</source>
        <translation>Na przykład dom sąsiedzki, miejsce wspólnych posiłków, osoba do towarzystwa albo pomoc przy drobnych naprawach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil op dinsdag naar het eetpunt in het buurthuis.</source>
        <translation>We wtorki chcę chodzić na wspólny obiad w domu sąsiedzkim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere hulp en instanties</source>
        <translation>Inna pomoc i instytucje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krijgt u al hulp van andere instanties?</source>
        <translation>Czy dostajesz już pomoc od innych instytucji?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld van de zorgverzekeraar, de huisarts, school, werk, of hulp bij inkomen en wonen.</source>
        <translation>Na przykład od ubezpieczyciela zdrowotnego, lekarza rodzinnego, szkoły, pracy albo pomoc w sprawie dochodu i mieszkania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik krijg fysiotherapie via de zorgverzekering.</source>
        <translation>Mam fizjoterapię z ubezpieczenia zdrowotnego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen bijdrage</source>
        <translation>Opłata własna (eigen bijdrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat weet u over de eigen bijdrage? Heeft u vragen?</source>
        <translation>Co wiesz o opłacie własnej? Masz pytania?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor veel hulp van de gemeente betaalt u een eigen bijdrage. Het CAK rekent uit hoeveel.</source>
        <translation>Za wiele rodzajów pomocy od gminy płacisz opłatę własną (eigen bijdrage). Urząd CAK wylicza, ile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil weten hoeveel ik per maand moet betalen.</source>
        <translation>Chcę wiedzieć, ile mam płacić co miesiąc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp past bij mij</source>
        <translation>Jaka pomoc do mnie pasuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp past volgens u het best? En waarom?</source>
        <translation>Jaka pomoc według Ciebie pasuje najlepiej? I dlaczego?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U mag zeggen wat u zelf denkt dat goed werkt. De gemeente beslist, maar moet uw plan meenemen.</source>
        <translation>Możesz powiedzieć, co według Ciebie dobrze zadziała. Decyduje gmina, ale musi wziąć pod uwagę Twój plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een scootmobiel. Dan kan ik zelf naar de winkel en naar mijn vrienden.</source>
        <translation>Skuter inwalidzki (scootmobiel). Wtedy sam pojadę do sklepu i do przyjaciół.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat verwacht ik van de hulp</source>
        <translation>Czego oczekuję od pomocy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet de hulp voor u veranderen? Hoe merkt u dat het beter gaat?</source>
        <translation>Co pomoc ma zmienić w Twoim życiu? Po czym poznasz, że jest lepiej?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op wat er anders is als de hulp goed werkt. Denk aan gewone dingen van elke dag.</source>
        <translation>Napisz, co będzie inaczej, kiedy pomoc dobrze działa. Pomyśl o zwykłych, codziennych sprawach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik kan weer zelf naar de winkel. Dat merk ik als ik twee keer per week boodschappen doe.</source>
        <translation>Znowu mogę sam chodzić do sklepu. Poznam to po tym, że dwa razy w tygodniu robię zakupy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorgverleners en aanbieders</source>
        <translation>Pracownicy opieki i dostawcy usług</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke zorgverleners of aanbieders kent u al? Bij wie wilt u graag hulp, en waarom?</source>
        <translation>Jakich pracowników opieki albo dostawców usług już znasz? Od kogo chcesz dostawać pomoc i dlaczego?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een aanbieder is een organisatie die hulp of zorg geeft. U mag zeggen wie u kent en wie u liever niet wilt.</source>
        <translation>Dostawca usług (aanbieder) to organizacja, która daje pomoc albo opiekę. Możesz powiedzieć, kogo znasz, a kogo wolisz nie mieć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik ken de thuiszorg van Carinova. Daar werkt Petra, die ken ik goed. Bij haar voel ik me op mijn gemak.</source>
        <translation>Znam opiekę domową z Carinova. Pracuje tam Petra, którą dobrze znam. Przy niej czuję się swobodnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura of pgb</source>
        <translation>Zorg in natura czy pgb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u zorg in natura of een pgb? Waarom?</source>
        <translation>Chcesz zorg in natura czy pgb? Dlaczego?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura: de gemeente regelt de hulp. Pgb (persoonsgebonden budget): u krijgt geld en regelt de hulp zelf.</source>
        <translation>Zorg in natura: gmina załatwia pomoc. Pgb (persoonsgebonden budget, budżet osobisty): dostajesz pieniądze i pomoc załatwiasz samodzielnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura. Ik wil zelf geen administratie doen.</source>
        <translation>Zorg in natura. Nie chcę sam zajmować się papierami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen als u een pgb wilt.</source>
        <translation>Tylko jeśli chcesz pgb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als ik een pgb wil</source>
        <translation>Jeśli chcę pgb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom wilt u een pgb? Wie gaat de zorg geven? Wie helpt u met het budget?</source>
        <translation>Dlaczego chcesz pgb? Kto będzie się Tobą opiekował? Kto pomoże Ci z budżetem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een pgb regelt u de zorg zelf. De gemeente vraagt dan waarom u dat wilt. Ze vraagt ook wie de zorg geeft. En wie u helpt met de administratie. Dat heet budgetbeheer.</source>
        <translation>Z pgb (persoonsgebonden budget, budżet osobisty) samodzielnie załatwiasz sobie opiekę. Gmina zapyta wtedy, dlaczego tego chcesz. Zapyta też, kto będzie się Tobą opiekował. I kto pomoże Ci w papierach. To się nazywa zarządzanie budżetem (budgetbeheer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een pgb kies ik zelf wie er komt. Mijn buurvrouw Els is verzorgende, zij geeft de zorg. Mijn zoon Peter helpt met het budget.</source>
        <translation>Z pgb sam wybieram, kto do mnie przychodzi. Moja sąsiadka Els jest z zawodu opiekunką, to ona się mną opiekuje. Mój syn Peter pomaga mi z budżetem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hielp mij</source>
        <translation>Kto mi pomógł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hielp u bij het maken van dit plan?</source>
        <translation>Kto pomógł Ci zrobić ten plan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld een familielid, een vriend of een ervaringsdeskundige.</source>
        <translation>Na przykład ktoś z rodziny, przyjaciel albo osoba z podobnym doświadczeniem (ervaringsdeskundige).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn dochter Anja en Marieke van de cliëntondersteuning.</source>
        <translation>Moja córka Anja i Marieke z punktu wsparcia dla mieszkańców (cliëntondersteuning).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekening en datum</source>
        <translation>Podpis i data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klopt het plan? Dan zet u hier uw handtekening.</source>
        <translation>Plan się zgadza? Złóż tu swój podpis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet de datum erbij. Daarna geeft u het plan aan de gemeente.</source>
        <translation>Dopisz datę. Potem daj plan gminie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wim de Vries, 10 november.</source>
        <translation>Wim de Vries, 10 listopada.</translation>
    </message>
</context>
<context>
    <name>TermCounts</name>
    <message numerus="yes">
        <location filename="../../ui/common/term_wording.py" line="+20"/>
        <source>Nog %n dagen tot de afgesproken datum voor uw plan (%1).</source>
        <translation>
            <numerusform>Masz jeszcze %n dzień do ustalonego terminu Twojego planu (%1).</numerusform>
            <numerusform>Masz jeszcze %n dni do ustalonego terminu Twojego planu (%1).</numerusform>
            <numerusform>Masz jeszcze %n dni do ustalonego terminu Twojego planu (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermWording</name>
    <message>
        <location line="+10"/>
        <source>U mag als familie zelf een plan maken: een familiegroepsplan. Dat staat in de Jeugdwet, artikel 4.1.2. De jeugdhulpaanbieder of de gecertificeerde instelling moet u die kans eerst geven. U krijgt daar redelijk de tijd voor. Spreek samen een datum af. Is die datum voorbij? Dan mag u het plan nog steeds maken. Het is uw recht, geen plicht.</source>
        <translation>Jako rodzina możesz zrobić własny plan: plan rodzinny (familiegroepsplan). Tak mówi ustawa o pomocy dla dzieci i młodzieży (Jeugdwet), artykuł 4.1.2. Organizacja, która daje pomoc dla młodzieży (jeugdhulpaanbieder), albo certyfikowana instytucja ochrony dzieci (gecertificeerde instelling) musi najpierw dać Ci tę szansę. Dostajesz na to rozsądną ilość czasu. Ustalcie razem datę. Ta data już minęła? Nadal możesz zrobić plan. To Twoje prawo, nie obowiązek.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vandaag is de afgesproken datum voor uw plan. U mag het ook later nog maken.</source>
        <translation>Dzisiaj mija ustalony termin Twojego planu. Możesz go zrobić także później.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De afgesproken datum is voorbij. U mag het plan nog steeds maken.</source>
        <translation>Ustalony termin już minął. Nadal możesz zrobić plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U kreeg op %1 het aanbod om zelf een plan te maken. Er is nog geen datum afgesproken.</source>
        <translation>Propozycję zrobienia własnego planu otrzymano dnia %1. Termin nie jest jeszcze ustalony.</translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <location filename="../../ui/editor/section_actions.py" line="-293"/>
        <source>Geef het deel een naam. Een paar woorden is genoeg.</source>
        <extracomment>The longest name a part may have; the service refuses longer ones.</extracomment>
        <translation>Nadaj części nazwę. Wystarczy kilka słów.</translation>
    </message>
</context>
<context>
    <name>TogetherActions</name>
    <message>
        <location filename="../../ui/together/together_actions.py" line="+61"/>
        <source>&amp;Procesgids…</source>
        <translation>&amp;Przewodnik po procesie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eigen tijd…</source>
        <translation>&amp;Własny czas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versies en instemming…</source>
        <translation>W&amp;ersje i zgoda…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advies&amp;bestand inlezen…</source>
        <translation>Wczytaj plik z &amp;radami…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voeg advies toe dat een professional u als bestand gaf.</source>
        <translation>Dodaj rady, które specjalista dał Ci jako plik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda opslaan (.ics)…</source>
        <translation>Zapisz ka&amp;lendarz (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet &amp;nu gebeuren?</source>
        <translation>Co trzeba zrobić &amp;teraz?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kies eerst een plan in de lijst, of open een plan.</source>
        <translation>Najpierw wybierz plan z listy albo otwórz plan.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/start/plan_table_view.py" line="+206"/>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan terugzetten (Ctrl+Z)</source>
        <translation>Przywróć plan (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze melding sluiten</source>
        <translation>Zamknij ten komunikat</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ui/editor/undo_commands.py" line="+106"/>
        <source>Naam veranderen in &apos;%1&apos;</source>
        <translation>Zmiana nazwy na „%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; overslaan</source>
        <translation>Pominięcie „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; toch gebruiken</source>
        <translation>Ponowne użycie „%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; klaar</source>
        <translation>„%1”: gotowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; niet meer klaar</source>
        <translation>„%1”: już nie gotowe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; omhoog</source>
        <translation>„%1” w górę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; omlaag</source>
        <translation>„%1” w dół</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Eigen deel &apos;%1&apos; toevoegen</source>
        <translation>Dodanie własnej części „%1”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; weghalen</source>
        <translation>Usunięcie „%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Typen in &apos;%1&apos;</source>
        <translation>Pisanie w „%1”</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="+100"/>
        <location line="+63"/>
        <source>Welkom terug</source>
        <translation>Witaj ponownie</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Uw plannen zijn op slot. Typ uw wachtwoord om ze te openen.</source>
        <translation>Twoje plany są zablokowane. Wpisz hasło, żeby je otworzyć.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+116"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>Po&amp;każ, co wpisuję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Openen</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wachtwoord &amp;vergeten?</source>
        <translation>&amp;Nie pamiętasz hasła?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typ dan uw herstelcode in het vak hierboven. Die staat op het papier dat u bewaarde toen u het wachtwoord koos. Streepjes en kleine letters mogen. Daarna kunt u een nieuw wachtwoord kiezen in het menu Plan, onder Beveiliging.</source>
        <translation>Wpisz wtedy swój kod odzyskiwania w polu powyżej. Jest na kartce, którą zachowano przy wybieraniu hasła. Myślniki i małe litery są w porządku. Potem możesz wybrać nowe hasło w menu Plan, w części Zabezpieczenia.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ons Plan is op slot</source>
        <translation>Ons Plan jest zablokowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niemand kan nu uw plannen zien. Typ uw wachtwoord om verder te gaan.</source>
        <translation>Nikt teraz nie widzi Twoich planów. Wpisz hasło, żeby kontynuować.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Even geduld: uw plannen worden geopend…</source>
        <translation>Chwileczkę: Twoje plany się otwierają…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>U heeft een paar keer een verkeerd wachtwoord getypt. Probeer het over %1 seconden opnieuw.</source>
        <translation>Kilka razy wpisano złe hasło. Spróbuj jeszcze raz za %1 s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>U kunt het nu opnieuw proberen.</source>
        <translation>Teraz możesz spróbować jeszcze raz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Wachtwoord of herstelcode</source>
        <translation>&amp;Hasło albo kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Typ eerst uw wachtwoord.</source>
        <translation>Najpierw wpisz swoje hasło.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../ui/security/vault_controller.py" line="+39"/>
        <source>Op slot</source>
        <translation>Blokada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Op &amp;slot zetten</source>
        <translation>Za&amp;blokuj</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Uw plannen kunnen niet worden geopend</source>
        <translation>Nie da się otworzyć Twoich planów</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De sleutel van uw plannen ontbreekt</source>
        <translation>Brakuje klucza do Twoich planów</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+75"/>
        <source>Even geduld: uw plannen worden op slot gezet…</source>
        <translation>Chwileczkę: Twoje plany są blokowane…</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Even geduld: de oude kopieën in de map backups gaan ook op slot…</source>
        <translation>Chwileczkę: stare kopie w folderze backups też są blokowane…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Even geduld: Ons Plan maakt alles klaar…</source>
        <translation>Chwileczkę: Ons Plan wszystko przygotowuje…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+40"/>
        <source>Reservekopie terugzetten</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Reservekopie van Ons Plan (*%1)</source>
        <translation>Kopia zapasowa Ons Plan (*%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wachtwoord van de reservekopie</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ het wachtwoord van toen u de reservekopie maakte. Of typ de herstelcode van toen.</source>
        <translation>Wpisz hasło, które było ustawione, kiedy powstała kopia zapasowa. Albo wpisz kod odzyskiwania z tamtego czasu.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>De reservekopie is teruggezet. Uw plannen zijn weer open.</source>
        <translation>Kopia zapasowa jest przywrócona. Twoje plany są znowu otwarte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De reservekopie wordt teruggezet…</source>
        <translation>Przywracanie kopii zapasowej…</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <location filename="../../ui/together/versions_dialog.py" line="+87"/>
        <source>Versie</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vastgesteld op</source>
        <translation>Data zatwierdzenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Akkoord</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versie %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nog niemand</source>
        <translation>jeszcze nikt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mensen</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location line="-42"/>
        <location line="+311"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+6"/>
        <source>Versies en akkoord</source>
        <translation>Wersje i zgoda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vaststellen betekent: u legt het plan vast zoals het nu is, met de datum van vandaag. Daarna vinkt u aan wie het ermee eens is. U kunt het plan later nog veranderen. Dan stelt u het opnieuw vast, en zo krijgt u een nieuwe versie.</source>
        <translation>Zatwierdzić znaczy: zapisujesz plan taki, jaki jest teraz, z dzisiejszą datą. Potem zaznaczasz, kto się z nim zgadza. Później nadal możesz zmienić plan. Wtedy zatwierdzasz go jeszcze raz i tak powstaje nowa wersja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan &amp;vaststellen…</source>
        <translation>&amp;Zatwierdź plan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleen het gezin kan het plan vaststellen en aanvinken wie akkoord is.</source>
        <translation>Tylko rodzina może zatwierdzić plan i zaznaczyć, kto się zgadza.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Versies van het plan</source>
        <translation>Wersje planu</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Versies</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is nog geen versie.</source>
        <translation>Nie ma jeszcze żadnej wersji.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Wat is er veranderd sinds de laatste versie?</source>
        <translation>Co się zmieniło od ostatniej wersji?</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Plan vaststellen</source>
        <translation>Zatwierdź plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u het plan nu vaststellen als versie %1?</source>
        <translation>Zatwierdzić teraz plan jako wersję %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ons Plan bewaart het plan zoals het nu is, met de datum van vandaag. Daarna vinkt u aan wie het ermee eens is.

U kunt het plan daarna nog steeds veranderen. Dan is het weer een concept, tot u het opnieuw vaststelt.</source>
        <translation>Ons Plan zapisze plan taki, jaki jest teraz, z dzisiejszą datą. Potem zaznaczasz, kto się z nim zgadza.

Potem nadal możesz zmieniać plan. Wtedy znowu jest wersją roboczą, dopóki nie zatwierdzisz go jeszcze raz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ja, vaststellen</source>
        <translation>&amp;Tak, zatwierdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nee, nog niet</source>
        <translation>&amp;Nie, jeszcze nie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dit plan is nog niet vastgesteld. Het is een concept.</source>
        <translation>Ten plan nie jest jeszcze zatwierdzony. To wersja robocza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit plan is afgesloten. De laatste versie is versie %1.</source>
        <translation>Ten plan jest zamknięty. Ostatnia wersja to wersja %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het plan is veranderd sinds versie %1. Het is weer een concept.</source>
        <translation>Plan się zmienił od wersji %1. Znowu jest wersją roboczą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit plan is vastgesteld: versie %1 van %2.</source>
        <translation>Ten plan jest zatwierdzony: wersja %1 z dnia %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Er is nog geen versie. Als u het plan vaststelt, ziet u hier later wat er is veranderd.</source>
        <translation>Nie ma jeszcze żadnej wersji. Gdy zatwierdzisz plan, zobaczysz tu później, co się zmieniło.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niets. Het plan is hetzelfde als versie %1.</source>
        <translation>Nic. Plan jest taki sam jak wersja %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wie is akkoord?</source>
        <translation>Kto się zgadza?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stel eerst het plan vast. Daarna vinkt u hier aan wie akkoord is.</source>
        <translation>Najpierw zatwierdź plan. Potem zaznaczysz tu, kto się zgadza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wie is akkoord met versie %1?</source>
        <translation>Kto zgadza się z wersją %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraag iedereen die meedoet of hij het eens is met wat over hem gaat. Vink dan zijn naam aan.</source>
        <translation>Zapytaj każdą osobę, która bierze udział, czy zgadza się z tym, co jej dotyczy. Potem zaznacz jej imię.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit is een oude versie. Akkoord geven kan alleen bij de nieuwste versie.</source>
        <translation>To stara wersja. Zgodę można dać tylko przy najnowszej wersji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het gezin vinkt aan wie akkoord is.</source>
        <translation>Rodzina zaznacza, kto się zgadza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Er staat nog niemand van het gezin of het netwerk in het plan.</source>
        <translation>W planie nie ma jeszcze nikogo z rodziny ani z sieci wsparcia.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 – akkoord op %2</source>
        <translation>%1 – zgoda z dnia %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../wijkteam/vocabulary.py" line="+25"/>
        <source>Familiegroepsplan</source>
        <translation>Plan rodzinny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persoonlijk plan</source>
        <translation>Plan osobisty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastgesteld</source>
        <translation>Zatwierdzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesloten</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Gezin</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Netwerk</source>
        <translation>Sieć wsparcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ondersteuner</source>
        <translation>Osoba wspierająca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Familie</source>
        <translation>Dalsza rodzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vrienden en buren</source>
        <translation>Przyjaciele i sąsiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School en werk</source>
        <translation>Szkoła i praca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals</source>
        <translation>Specjaliści</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anderen</source>
        <extracomment>For a person without a sector, in a list grouped by sector.</extracomment>
        <translation>Inni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heel dichtbij</source>
        <translation>Bardzo blisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dichtbij</source>
        <translation>Blisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat verder weg</source>
        <translation>Trochę dalej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Praktisch</source>
        <extracomment>The four kinds of support of the network map, by their stored value.</extracomment>
        <translation>Praktyczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gezelschap</source>
        <translation>Towarzystwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Advies</source>
        <translation>Rada</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Emotioneel</source>
        <translation>Emocjonalne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog niet begonnen</source>
        <translation>Jeszcze nie zaczęte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezig</source>
        <translation>W trakcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gedaan</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anders gelopen</source>
        <translation>Poszło inaczej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informatie</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorwaarde</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>de informatie</source>
        <extracomment>&quot;de informatie van …&quot;, &quot;het advies van …&quot;, &quot;de voorwaarde van …&quot;: the kind inside a sentence, with its article.</extracomment>
        <translation>informacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>het advies</source>
        <translation>rada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de voorwaarde</source>
        <translation>warunek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog niet beantwoord</source>
        <translation>Jeszcze bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overgenomen</source>
        <translation>Przyjęto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deels overgenomen</source>
        <translation>Przyjęto częściowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet overgenomen</source>
        <translation>Nie przyjęto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog leeg</source>
        <translation>Jeszcze pusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begonnen</source>
        <translation>Zaczęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaar</source>
        <translation>Gotowa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan inleveren</source>
        <extracomment>What a date in the plan is for (``wijkteam.deadlines.DueKind``).</extracomment>
        <translation>Oddanie planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesproken datum voor het plan</source>
        <translation>Ustalony termin na plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluatie</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>januari</source>
        <translation>stycznia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>februari</source>
        <translation>lutego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maart</source>
        <translation>marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>april</source>
        <translation>kwietnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mei</source>
        <translation>maja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juni</source>
        <translation>czerwca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juli</source>
        <translation>lipca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>augustus</source>
        <translation>sierpnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>september</source>
        <translation>września</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oktober</source>
        <translation>października</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>november</source>
        <translation>listopada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>december</source>
        <translation>grudnia</translation>
    </message>
</context>
<context>
    <name>WmoHint</name>
    <message>
        <location filename="../../ui/editor/wmo_hint.py" line="+35"/>
        <source>Uw plan gaat over:</source>
        <translation>Twój plan dotyczy:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze onderwerpen vraagt de gemeente. Ze zijn niet verplicht.</source>
        <translation>O te tematy pyta gmina. Nie są obowiązkowe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Toon de &amp;onderwerpen</source>
        <translation>Pokaż te&amp;maty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Verberg de onderwerpen</source>
        <translation>Ukryj te&amp;maty</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staat in uw plan</source>
        <translation>jest w Twoim planie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog niet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = staat erin, %2 = nog niet</source>
        <translation>%1 = jest w planie, %2 = jeszcze nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 van de %2 onderwerpen staan in uw plan.</source>
        <translation>Tematy w Twoim planie: %1 z %2.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/common/wording.py" line="+65"/>
        <source>vandaag, %1</source>
        <extracomment>A shape per state, so the state never depends on seeing colour.</extracomment>
        <translation>dzisiaj, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gisteren, %1</source>
        <translation>wczoraj, %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vandaag</source>
        <translation>dzisiaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>morgen</source>
        <translation>jutro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gisteren, voorbij</source>
        <translation>wczoraj, minęło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, voorbij</source>
        <translation>%1, minęło</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vandaag is de laatste dag om uw plan in te leveren.</source>
        <translation>Dzisiaj jest ostatni dzień na oddanie planu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De 7 dagen zijn voorbij. U kunt het plan nog steeds geven.</source>
        <translation>7 dni już minęło. Nadal możesz dać plan.</translation>
    </message>
</context>
<context>
    <name>_NewPlanDialog</name>
    <message>
        <location filename="../../ui/start/new_plan_dialogs.py" line="-63"/>
        <source>&amp;Maak het plan</source>
        <extracomment>Wide enough that the dates sit beside their labels, and the right above them reads in a few lines.</extracomment>
        <translation>&amp;Utwórz plan</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="-198"/>
        <source>Annuleren</source>
        <extracomment>kind, section id (None: the whole plan), text, legal basis</extracomment>
        <translation>Anuluj</translation>
    </message>
</context>
</TS>
