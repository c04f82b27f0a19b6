<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddAdviceDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="+103"/>
        <location line="+2"/>
        <source>Advies toevoegen</source>
        <translation>Add advice</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Advies &amp;toevoegen</source>
        <translation>Add &amp;advice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op naam van: %1. Met de datum van vandaag.</source>
        <translation>In the name of: %1. With today&apos;s date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat voor soort is het?</source>
        <translation>What kind is it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Informatie</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Advies</source>
        <translation>&amp;Advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voorwaarde (bindend)</source>
        <translation>&amp;Condition (binding)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Het hele plan</source>
        <translation>The whole plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf in korte zinnen. Het gezin leest dit.</source>
        <translation>Write in short sentences. The family reads this.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Een voorwaarde is bindend. Schrijf op waar uw wettelijke macht vandaan komt, bijvoorbeeld een ondertoezichtstelling (OTS).</source>
        <translation>A condition is binding. Write down where your legal power comes from, for example a supervision order (OTS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bijvoorbeeld: ondertoezichtstelling, art. 1:255 BW</source>
        <translation>for example: supervision order, art. 1:255 BW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wettelijke grond</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Over welk deel?</source>
        <translation>&amp;About which part?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uw tekst</source>
        <translation>&amp;Your text</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Schrijf eerst uw informatie of advies.</source>
        <translation>First write your information or advice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul de wettelijke grond in. Zonder wettelijke grond is het een advies.</source>
        <translation>Fill in the legal basis. Without a legal basis it is advice.</translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <location filename="../../ui/advice/advice_panel.py" line="+73"/>
        <source>Wettelijke grond: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antwoord van het gezin: %1</source>
        <translation>The family&apos;s answer: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Antwoord veranderen…</source>
        <translation>Change the answer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antwoord geven…</source>
        <translation>Give an answer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antwoord op %1 van %2</source>
        <translation>Answer to %1 from %2</translation>
    </message>
</context>
<context>
    <name>AdviceCounts</name>
    <message numerus="yes">
        <location filename="../../ui/advice/advice_wording.py" line="+30"/>
        <source>%n adviezen wachten op uw antwoord</source>
        <extracomment>A shape per answer, so the answer never depends on seeing colour.</extracomment>
        <translation>
            <numerusform>%n piece of advice to answer</numerusform>
            <numerusform>%n pieces of advice to answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n adviezen zijn nog niet beantwoord</source>
        <translation>
            <numerusform>%n piece of advice has no answer yet</numerusform>
            <numerusform>%n pieces of advice have no answer yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Er zijn %n punten toegevoegd van %1.</source>
        <translation>
            <numerusform>%n item was added from %1.</numerusform>
            <numerusform>%n items were added from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n punten stonden al in uw plan. Die zijn niet nog een keer toegevoegd.</source>
        <translation>
            <numerusform>%n item was already in your plan. It was not added again.</numerusform>
            <numerusform>%n items were already in your plan. They were not added again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdviceDesk</name>
    <message>
        <location filename="../../ui/window/advice_desk.py" line="+59"/>
        <source>Advies geven op een plan</source>
        <extracomment>The longest name the services keep on one line (as in ``RoleDialog``).</extracomment>
        <translation>Give advice on a plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planbestand (*%1)</source>
        <translation>Plan file (*%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Advies bewaren</source>
        <translation>Save advice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adviesbestand (*%1)</source>
        <translation>Advice file (*%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> - advies</source>
        <translation> - advice</translation>
    </message>
</context>
<context>
    <name>AdviceDeskWindow</name>
    <message>
        <location line="+86"/>
        <source>Advies geven op: %1</source>
        <translation>Giving advice on: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Na het sluiten blijft er niets van het plan van het gezin op deze laptop.</source>
        <translation>After closing, nothing of the family&apos;s plan stays on this laptop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advies &amp;bewaren…</source>
        <translation>&amp;Save advice…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sl&amp;uiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>U hebt nog geen advies gegeven. Kies een deel en klik op Advies toevoegen.</source>
        <translation>You have not given any advice yet. Choose a part and click Add advice.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw advies is bewaard in %1. Stuur dit bestand naar het gezin: zij lezen het in bij hun plan.</source>
        <translation>Your advice is saved in %1. Send this file to the family: they read it into their plan.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advies niet bewaard</source>
        <translation>Advice not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw advies is nog niet bewaard. Wilt u het eerst bewaren?</source>
        <translation>Your advice is not saved yet. Do you want to save it first?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet bewaren</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>U hebt nog geen advies gegeven.</source>
        <translation>You have not given any advice yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies (%1) is nog niet bewaard.</source>
        <translation>Your advice (%1) is not saved yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies (%1) is bewaard.</source>
        <translation>Your advice (%1) is saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op naam van %1. %2</source>
        <translation>In the name of %1. %2</translation>
    </message>
</context>
<context>
    <name>AdviceFileFlow</name>
    <message>
        <location filename="../../ui/advice/advice_file_dialogs.py" line="+33"/>
        <source>Adviesbestand inlezen</source>
        <translation>Read an advice file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adviesbestand (*%1)</source>
        <translation>Advice file (*%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>U kunt op elk punt antwoorden: overgenomen, deels of niet overgenomen.</source>
        <translation>You can answer each item: taken on, partly, or not taken on.</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../ui/advice/advice_panel.py" line="+56"/>
        <source>← Terug naar het plan</source>
        <translation>← Back to the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar het deel dat open stond (Esc)</source>
        <translation>Back to the part that was open (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Advies toevoegen…</source>
        <translation>+ Add advice…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informatie en advies</source>
        <translation>Information and advice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier staat wat professionals over het plan zeggen, op naam en met datum. Het gezin beslist zelf wat het met advies doet. Bij elk punt geeft het een antwoord. Advies houdt niets tegen.</source>
        <translation>Here you see what professionals say about the plan, with their name and the date. The family decides what to do with advice. The family answers each item. Advice blocks nothing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon al het advies</source>
        <translation>Show all advice</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Alles is beantwoord.</source>
        <translation>Everything has an answer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>U ziet alleen het advies over: %1</source>
        <translation>You only see the advice about: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Er is nog geen informatie of advies. Voeg het toe met de knop hierboven.</source>
        <translation>There is no information or advice yet. Add it with the button above.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is nog geen informatie of advies van professionals bij dit plan.</source>
        <translation>There is no information or advice from professionals in this plan yet.</translation>
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
        <translation>From %1, on %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wettelijke grond: %1.</source>
        <translation>Legal basis: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het gezin heeft nog geen antwoord gegeven.</source>
        <translation>The family has not given an answer yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antwoord van het gezin: %1.</source>
        <translation>The family&apos;s answer: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lees voor</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lees voor: %1 van %2</source>
        <translation>Read aloud: %1 from %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lees dit punt en het antwoord voor (F9)</source>
        <translation>Read this item and the answer aloud (F9)</translation>
    </message>
</context>
<context>
    <name>AdviceWording</name>
    <message>
        <location filename="../../ui/advice/advice_wording.py" line="+12"/>
        <source>%1 (bindend)</source>
        <translation>%1 (binding)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U vertelt iets wat het gezin moet weten.</source>
        <translation>You tell the family something they need to know.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U raadt iets aan. Het gezin beslist zelf wat het ermee doet.</source>
        <translation>You recommend something. The family decides what to do with it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleen als u een wettelijke macht hebt, zoals bij een ondertoezichtstelling (OTS). Het plan moet dan aan deze voorwaarde voldoen.</source>
        <translation>Only if you have legal power, as with a supervision order (OTS). The plan must then meet this condition.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Over: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over: het hele plan</source>
        <translation>About: the whole plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Van %1 · %2</source>
        <translation>From %1 · %2</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/people/agreement_dialog.py" line="+63"/>
        <source>Afspraak aanpassen</source>
        <translation>Change agreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maak het concreet: wie doet wat, en wanneer? Niet alles hoeft meteen.</source>
        <translation>Make it concrete: who does what, and when? Not everything has to happen at once.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: Oma brengt Jesse op maandag naar school.</source>
        <translation>for example: Grandma takes Jesse to school on Mondays.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zonder doel</source>
        <translation>No goal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Er staat nog niemand in het plan. Voeg eerst mensen toe bij een deel over mensen of het netwerk.</source>
        <translation>There is nobody in the plan yet. First add people in a part about people or the network.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: elke woensdag, of voor de zomer</source>
        <translation>for example: every Wednesday, or before the summer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op een vaste d&amp;atum</source>
        <translation>On a fixed d&amp;ate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bijvoorbeeld: Jesse staat om half negen op het plein</source>
        <translation>for example: Jesse is in the schoolyard at half past eight</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kies iemand, of schrijf een naam</source>
        <translation>choose someone, or write a name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit is een &amp;veiligheidsafspraak</source>
        <translation>This is a &amp;safety agreement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Wat gaat er gebeuren?</source>
        <translation>&amp;What will happen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij welk d&amp;oel?</source>
        <translation>For which g&amp;oal?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi&amp;e doet het?</source>
        <translation>Wh&amp;o does it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wa&amp;nneer?</source>
        <translation>Whe&amp;n?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hoe weten we dat het lukt?</source>
        <translation>&amp;How do we know it works?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie &amp;checkt of het gelukt is?</source>
        <translation>Who &amp;checks that it worked?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stand</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaren met Ctrl+Enter, of met Enter in een veld van één regel.</source>
        <translation>Save with Ctrl+Enter, or with Enter in a field of one line.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>✓ Alles is ingevuld.</source>
        <translation>✓ Everything is filled in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf op wat er gaat gebeuren.</source>
        <translation>Write down what will happen.</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <location filename="../../ui/people/agreements_editor.py" line="+183"/>
        <source>Afspraak toe&amp;voegen</source>
        <translation>Add an a&amp;greement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog geen afspraak in het plan. Voeg de eerste afspraak toe met de knop hieronder.</source>
        <translation>There is no agreement in the plan yet. Add the first agreement with the button below.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Onze afspraken</source>
        <translation>Our agreements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Stand</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe staat het met de gekozen afspraak?</source>
        <translation>How is the chosen agreement going?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Wilt u deze afspraak weghalen? &quot;%1&quot;</source>
        <translation>Do you want to remove this agreement? &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als het anders liep dan gepland, kunt u de stand ook op &quot;Anders gelopen&quot; zetten.</source>
        <translation>If it went differently than planned, you can also set the status to &quot;Went differently&quot;.</translation>
    </message>
</context>
<context>
    <name>Anonymise</name>
    <message>
        <location filename="../../wijkteam/anonymise/anonymiser.py" line="+16"/>
        <source>het gezin</source>
        <extracomment>What the family&apos;s name becomes.</extracomment>
        <translation>the family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de inwoner</source>
        <translation>the resident</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kopie zonder namen</source>
        <extracomment>After the title of the copy, so whoever reads it knows &quot;moeder&quot; stands for a name (and an imported copy is told apart from the plan itself).</extracomment>
        <translation>copy without names</translation>
    </message>
    <message>
        <location filename="../../wijkteam/anonymise/details.py" line="+16"/>
        <source>e-mailadres</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rekeningnummer</source>
        <translation>bank account number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bsn</source>
        <translation>citizen service number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboorteplaats</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <location filename="../../wijkteam/anonymise/names.py" line="+29"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iemand van het gezin</source>
        <extracomment>Who someone is when the plan does not say their relation: their place at the table.</extracomment>
        <translation>someone from the family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iemand van het netwerk</source>
        <translation>someone from the network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ondersteuner</source>
        <translation>supporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iemand</source>
        <translation>someone</translation>
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
        <translation>Copy without names</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>In deze kopie staat geen naam van de mensen in het plan. Iedereen heet naar wie hij is voor het gezin. Telefoonnummers, adressen en de naam van het gezin gaan niet mee. Eigen notities en tekeningen ook niet.</source>
        <translation>This copy has no names of the people in the plan. Everyone is called by who they are to the family. Phone numbers, addresses and the family&apos;s name are left out. Own notes and drawings are left out too.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit staat er in de kopie:</source>
        <translation>This is what the copy says:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wat er in de kopie staat in plaats van de namen</source>
        <translation>What the copy says instead of the names</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kijk deze woorden na. Het kunnen namen zijn:</source>
        <translation>Check these words. They may be names:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staan geen andere woorden in die op een naam lijken.</source>
        <translation>There are no other words in it that look like a name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woorden die op een naam lijken</source>
        <translation>Words that look like a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staat er nog een naam tussen? Pas die dan eerst aan in het plan. Deze woorden blijven in de kopie staan.</source>
        <translation>Is there still a name among them? Then first change it in the plan. These words stay in the copy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opslaan als p&amp;lanbestand…</source>
        <translation>Save as p&amp;lan file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kopie zonder namen opslaan als PDF</source>
        <translation>Save the copy without names as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De kopie wordt klaargemaakt als PDF…</source>
        <translation>The copy is being made into a PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopie zonder namen opslaan als planbestand</source>
        <translation>Save the copy without names as a plan file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ons Plan-bestand (*%1)</source>
        <translation>Ons Plan file (*%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De kopie wordt bewaard als planbestand…</source>
        <translation>Saving the copy as a plan file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De kopie zonder namen is bewaard.</source>
        <translation>The copy without names is saved.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="+15"/>
        <source>Antwoord op advies</source>
        <translation>Answer to advice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antwoord &amp;bewaren</source>
        <translation>&amp;Save the answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw antwoord op deze informatie</source>
        <translation>Your answer to this information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw antwoord op dit advies</source>
        <translation>Your answer to this advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw antwoord op deze voorwaarde</source>
        <translation>Your answer to this condition</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wat doet u ermee?</source>
        <translation>What do you do with it?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Overgenomen: wij doen wat er staat</source>
        <translation>&amp;Taken on: we do what it says</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deels: wij doen een deel ervan</source>
        <translation>&amp;Partly: we do part of it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet overgenomen: wij doen het anders</source>
        <translation>&amp;Not taken on: we do it differently</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bijvoorbeeld: oma Ria vangt de kinderen op.</source>
        <translation>For example: grandma Ria looks after the children.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Waarom? Schrijf het in uw eigen woorden.</source>
        <translation>&amp;Why? Write it in your own words.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit is een voorwaarde. Een voorwaarde is bindend: die blijft gelden, ook als u het er niet mee eens bent. Schrijf op wat u ervan vindt. Dan kunt u er samen over praten.</source>
        <translation>This is a condition. A condition is binding: it stays, also if you do not agree with it. Write down what you think of it. Then you can talk about it together.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kies eerst wat u met dit advies doet.</source>
        <translation>First choose what you do with this advice.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../ui/common/autosave.py" line="+43"/>
        <source>Uw tekst wacht even: een ander programma gebruikt de plannen. Hij wordt zo bewaard.</source>
        <extracomment>The pause after the last key before the text is saved. While typing goes on, the text is saved at least this often. Waits before trying again while another program holds the database; the last one repeats. How long one save waits for another program&apos;s lock before it gives the database back and tries later.</extracomment>
        <translation>Your text waits a moment: another program is using the plans. It will be saved soon.</translation>
    </message>
    <message>
        <location line="+424"/>
        <source>Alles wat u typte is bewaard.</source>
        <extracomment>Held while a text is being stored, also by a flush on the UI thread: so texts of one field land in order. (generation, time) of the first change after each text that was sent: what ``summary()`` reports.</extracomment>
        <translation>Everything you typed is saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw tekst is bewaard tot %1. Wat u daarna typte, is misschien niet bewaard.</source>
        <translation>Your text is saved up to %1. What you typed after that may not be saved.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../ui/together/calendar_export.py" line="+29"/>
        <source> - datums</source>
        <translation> - dates</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Datums in uw agenda zetten</source>
        <translation>Put the dates in your calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agendabestand (*%1)</source>
        <translation>Calendar file (*%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>De datums staan in het bestand %1. Open dat bestand met de agenda op uw computer of telefoon. Dan staan de afspraken en de evaluatie in uw agenda.</source>
        <translation>The dates are in the file %1. Open that file with the calendar on your computer or phone. Then the agreements and the evaluation are in your calendar.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+86"/>
        <source>Wachtwoord veranderen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw &amp;wachtwoord van nu (of de herstelcode)</source>
        <translation>Your &amp;password now (or the recovery code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw wachtwoord nog &amp;een keer</source>
        <translation>New password &amp;again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>&amp;Show what I type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Veranderen</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kies een nieuw wachtwoord van minstens 8 tekens. Uw herstelcode blijft werken.</source>
        <translation>Choose a new password of at least 8 characters. Your recovery code keeps working.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Even geduld…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uw wachtwoord is veranderd. Gebruik vanaf nu het nieuwe wachtwoord.</source>
        <translation>Your password has changed. From now on, use the new password.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../wijkteam/plan_diff.py" line="+43"/>
        <source>Nieuwe informatie van %1.</source>
        <extracomment>How much of a title, goal or agreement is quoted in one sentence. Two texts this alike (0..1) are taken to be the same item, rewritten. Above this many pairs to weigh, rewritten items are not looked for: a real plan never comes near it. The translation context of these sentences: they are read in the language of the screens (``wijkteam.i18n``), and in Dutch on the command line. &quot;Nieuw advies van ...&quot;, &quot;Nieuwe informatie van ...&quot;, &quot;Nieuwe voorwaarde van ...&quot;.</extracomment>
        <translation>New information from %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw advies van %1.</source>
        <translation>New advice from %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe voorwaarde van %1.</source>
        <translation>New condition from %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wie</source>
        <extracomment>Parts of an agreement besides its text, with the word for each, in the order the family fills them in.</extracomment>
        <translation>who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wanneer</source>
        <translation>when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hoe we weten dat het lukt</source>
        <translation>how we know it works</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie checkt</source>
        <translation>who checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bij welk doel</source>
        <translation>which goal</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 en %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>De titel van het plan is nu: &apos;%1&apos;.</source>
        <translation>The title of the plan is now: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De naam bij het plan is nu: %1.</source>
        <translation>The name on the plan is now: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam bij het plan is weggehaald.</source>
        <translation>The name on the plan was removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De datum van de melding is nu %1.</source>
        <translation>The date of the report is now %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van de melding is weggehaald.</source>
        <translation>The date of the report was removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het aanbod om zelf een plan te maken is nu %1.</source>
        <translation>The date of the offer to make your own plan is now %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het aanbod om zelf een plan te maken is weggehaald.</source>
        <translation>The date of the offer to make your own plan was removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum voor het plan is nu %1.</source>
        <translation>The agreed date for the plan is now %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum voor het plan is weggehaald.</source>
        <translation>The agreed date for the plan was removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het gesprek is nu %1.</source>
        <translation>The date of the meeting is now %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het gesprek is weggehaald.</source>
        <translation>The date of the meeting was removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De evaluatiedatum is nu %1.</source>
        <translation>The evaluation date is now %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De evaluatiedatum is weggehaald.</source>
        <translation>The evaluation date was removed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De plaats van het gesprek is nu: %1.</source>
        <translation>The place of the meeting is now: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De plaats van het gesprek is weggehaald.</source>
        <translation>The place of the meeting was removed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is een plan B bijgekomen.</source>
        <translation>A plan B was added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan B is weggehaald.</source>
        <translation>Plan B was removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan B is aangepast.</source>
        <translation>Plan B was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De taal van het plan is aangepast.</source>
        <translation>The language of the plan was changed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Er is een nieuw deel bijgekomen: &apos;%1&apos;.</source>
        <translation>A new part was added: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het deel &apos;%1&apos; heet nu &apos;%2&apos;.</source>
        <translation>The part &apos;%1&apos; is now called &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel &apos;%1&apos; is aangepast.</source>
        <translation>The part &apos;%1&apos; was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel &apos;%1&apos; wordt nu overgeslagen.</source>
        <translation>The part &apos;%1&apos; is now skipped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het deel &apos;%1&apos; wordt weer gebruikt.</source>
        <translation>The part &apos;%1&apos; is used again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het deel &apos;%1&apos; is weggehaald.</source>
        <translation>The part &apos;%1&apos; was removed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De volgorde van de delen is veranderd.</source>
        <translation>The order of the parts has changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 heet nu %2.</source>
        <translation>%1 is now called %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er is een persoon bijgekomen: %1.</source>
        <translation>A person was added: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 staat niet meer in het plan.</source>
        <translation>%1 is no longer in the plan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 staat nu dichterbij.</source>
        <translation>%1 is now closer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 staat nu verder weg.</source>
        <translation>%1 is now further away.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 staat nu bij %2.</source>
        <translation>%1 is now in the group: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 staat nu in geen groep.</source>
        <translation>%1 is now in no group.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gegevens van %1 zijn aangepast.</source>
        <translation>The details of %1 were changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Het doel &apos;%1&apos; is nu: %2.</source>
        <translation>The goal &apos;%1&apos; is now: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuw doel: %1.</source>
        <translation>New goal: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doel weggehaald: %1.</source>
        <translation>Goal removed: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Afspraak &apos;%1&apos; is nu: %2.</source>
        <translation>Agreement &apos;%1&apos; is now: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afspraak &apos;%1&apos; is aangepast: %2.</source>
        <translation>Agreement &apos;%1&apos; was changed: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak &apos;%1&apos; is nu een veiligheidsafspraak.</source>
        <translation>Agreement &apos;%1&apos; is now a safety agreement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak &apos;%1&apos; is geen veiligheidsafspraak meer.</source>
        <translation>Agreement &apos;%1&apos; is no longer a safety agreement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraak &apos;%1&apos; staat nu op: %2.</source>
        <translation>The status of agreement &apos;%1&apos; is now: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe afspraak: %1.</source>
        <translation>New agreement: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak weggehaald: %1.</source>
        <translation>Agreement removed: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 van %2 staat er niet meer in.</source>
        <translation>%1 from %2 is no longer in the plan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Het antwoord op %1 van %2 is nu: %3.</source>
        <translation>The answer to %1 from %2 is now: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reden bij het antwoord op %1 van %2 is aangepast.</source>
        <translation>The reason for the answer to %1 from %2 was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het huis van zorgen van %1 is aangepast.</source>
        <extracomment>&quot;Het huis van zorgen van Jesse is aangepast.&quot;: one sentence per kind of house and what happened to it, so that each language can say it in its own order.</extracomment>
        <translation>The house of worries of %1 was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 is aangepast.</source>
        <translation>The house of good things of %1 was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 is aangepast.</source>
        <translation>The house of dreams of %1 was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het huis van zorgen van %1 staat nu in het plan.</source>
        <translation>The house of worries of %1 is now in the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 staat nu in het plan.</source>
        <translation>The house of good things of %1 is now in the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 staat nu in het plan.</source>
        <translation>The house of dreams of %1 is now in the plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het huis van zorgen van %1 staat niet meer in het plan.</source>
        <translation>The house of worries of %1 is no longer in the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 staat niet meer in het plan.</source>
        <translation>The house of good things of %1 is no longer in the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 staat niet meer in het plan.</source>
        <translation>The house of dreams of %1 is no longer in the plan.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Een eigen notitie die meegaat in het plan is aangepast.</source>
        <translation>A private note that goes with the plan was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er gaat nu een eigen notitie mee in het plan.</source>
        <translation>A private note now goes with the plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een eigen notitie gaat niet meer mee in het plan.</source>
        <translation>A private note no longer goes with the plan.</translation>
    </message>
</context>
<context>
    <name>ChildHouses</name>
    <message>
        <location filename="../../ui/people/child_houses_panel.py" line="+50"/>
        <source>Huis van zorgen</source>
        <extracomment>The template key of &quot;Wat de kinderen zeggen&quot; (``resources/templates/familiegroepsplan.json``). The houses stand side by side down to this width each; narrower (large text), they stand one under the other.</extracomment>
        <translation>House of worries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van goede dingen</source>
        <translation>House of good things</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van dromen</source>
        <translation>House of dreams</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waar maak je je zorgen over?</source>
        <translation>What do you worry about?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat er goed?</source>
        <translation>What is going well?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wens je? Hoe is het als alles goed is?</source>
        <translation>What do you wish for? What is it like when everything is fine?</translation>
    </message>
</context>
<context>
    <name>ChildHousesPanel</name>
    <message>
        <location line="+153"/>
        <source>Drie Huizen</source>
        <translation>Three Houses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind dat eigen huizen krijgt</source>
        <translation>Child who gets their own houses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huizen maken</source>
        <translation>Make houses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maak drie huizen voor dit kind</source>
        <translation>Make three houses for this child</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Elk kind kan drie huizen vullen: zorgen, goede dingen en dromen. Het kind schrijft of tekent zelf. Het kind kiest per huis of het in het plan komt.</source>
        <translation>Each child can fill three houses: worries, good things and dreams. The child writes or draws themselves. The child chooses for each house whether it goes into the plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U ziet alleen de huizen die de kinderen willen delen.</source>
        <translation>You only see the houses the children want to share.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er zijn nog geen huizen. Kies een kind en klik op &apos;Huizen maken&apos;.</source>
        <translation>There are no houses yet. Choose a child and click &apos;Make houses&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De kinderen delen nog geen huizen.</source>
        <translation>The children do not share any houses yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keuze voor %1</source>
        <translation>Choice for the %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tekening in %1</source>
        <translation>Drawing in the %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>De huizen van %1</source>
        <translation>The houses of %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 heeft nu drie huizen.</source>
        <translation>%1 now has three houses.</translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <location filename="../../ui/start/start_view.py" line="+60"/>
        <location line="+27"/>
        <source>Meer uitleg  ▾</source>
        <extracomment>What the list shows something of (every change moves &quot;laatst veranderd&quot;). Not the private notes: the family saves them as they type in eigen tijd, with the list behind it, and reading 500 plans again each second would stall.</extracomment>
        <translation>More about it  ▾</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Meer uitleg over: %1</source>
        <translation>More about: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Minder uitleg  ▴</source>
        <translation>Less about it  ▴</translation>
    </message>
</context>
<context>
    <name>ConditionCard</name>
    <message>
        <location filename="../../ui/editor/part_notes.py" line="+67"/>
        <source>Wettelijke grond: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antwoord van het gezin: %1</source>
        <translation>The family&apos;s answer: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voorwaarde van %1</source>
        <translation>Condition from %1</translation>
    </message>
</context>
<context>
    <name>ConditionsBox</name>
    <message>
        <location line="+11"/>
        <source>Voorwaarden voor de veiligheid</source>
        <translation>Conditions for safety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voorwaarden waar uw plan aan moet voldoen</source>
        <translation>Conditions your plan must meet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een professional stelde deze voorwaarden voor de veiligheid. Dat mag alleen als de wet het toestaat. Bijvoorbeeld bij een ondertoezichtstelling (OTS). Uw eigen afspraken schrijft u hieronder.</source>
        <translation>A professional set these conditions for safety. They may only do this when the law allows it. For example with a family supervision order (OTS). You write your own agreements below.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../ui/common/wording.py" line="+42"/>
        <source>%n dagen geleden</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (over %n dagen)</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nog %n dagen om uw plan in te leveren (tot en met %1).</source>
        <translation>
            <numerusform>%n day left to hand in your plan (up to and including %1).</numerusform>
            <numerusform>%n days left to hand in your plan (up to and including %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/window/crash_dialog.py" line="+47"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U kunt Ons Plan opnieuw starten. Gebeurt het vaker? Geef de details aan wie u helpt.</source>
        <translation>You can start Ons Plan again. Does it happen more often? Give the details to the person who helps you.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De details staan ook in dit bestand: %1</source>
        <translation>The details are also in this file: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <source>&amp;Details tonen</source>
        <translation>&amp;Show details</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Kopieer details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technische details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Er ging iets mis in Ons Plan.</source>
        <translation>Something went wrong in Ons Plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details verbergen</source>
        <translation>&amp;Hide details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gekopieerd</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DeletedPlansDialog</name>
    <message>
        <location filename="../../ui/start/deleted_plans_dialog.py" line="+43"/>
        <location line="+3"/>
        <location line="+8"/>
        <source>Weggehaalde plannen</source>
        <translation>Removed plans</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Deze plannen heeft u weggehaald. Kies een plan en zet het terug in uw lijst.</source>
        <translation>You removed these plans. Choose a plan and put it back in your list.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Er zijn geen weggehaalde plannen.</source>
        <translation>There are no removed plans.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Put back</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wis definitief…</source>
        <translation>&amp;Erase for good…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Het plan is definitief gewist. Let op: de %1 oudere kopieën in de map backups hebben het plan nog. Dat geldt ook voor reservekopieën die u zelf maakte, bijvoorbeeld op een USB-stick.</source>
        <translation>The plan is erased for good. Note: the %1 older copies in the backups folder still hold the plan. So do backups you made yourself, for example on a USB stick.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het plan is definitief gewist. Let op: reservekopieën die u eerder maakte (bijvoorbeeld op een USB-stick) bevatten het plan nog.</source>
        <translation>The plan is erased for good. Note: backups you made before (for example on a USB stick) still hold the plan.</translation>
    </message>
</context>
<context>
    <name>DeletedTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="+306"/>
        <source>Weggehaald</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../ui/together/due_dialog.py" line="+64"/>
        <location line="+6"/>
        <source>Dit moet nu gebeuren</source>
        <translation>This needs to happen now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze datums zijn vandaag, of ze zijn al voorbij. Kijk samen wat er nodig is. Is iets al gedaan? Zet het dan in het plan op gedaan.</source>
        <translation>These dates are today, or they have passed. Look together at what is needed. Is something done already? Then mark it as done in the plan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Er is nu niets te doen. Geen enkele datum is vandaag of voorbij.</source>
        <translation>There is nothing to do now. No date is today or has passed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open dit plan</source>
        <translation>Open this plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open het plan %1</source>
        <translation>Open the plan %1</translation>
    </message>
</context>
<context>
    <name>EditorReadAloud</name>
    <message>
        <location filename="../../ui/editor/read_aloud.py" line="+72"/>
        <source>Hulp.</source>
        <extracomment>``Piece.key`` of the family&apos;s own text: its sentences are marked in the text field. The colour of a marker pen, behind the sentence being read.</extracomment>
        <translation>Help.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorbeeld.</source>
        <translation>Example.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw eigen tekst.</source>
        <translation>Your own text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier is nog niets geschreven.</source>
        <translation>Nothing has been written here yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <location line="+127"/>
        <location line="+7"/>
        <source>Lees voor</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lees de vraag, de hulp en uw tekst voor (F9)</source>
        <translation>Read the question, the help and your text aloud (F9)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Stop met voorlezen</source>
        <translation>Stop reading aloud</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source>Stop met voorlezen (F9)</source>
        <translation>Stop reading aloud (F9)</translation>
    </message>
</context>
<context>
    <name>EditorRoles</name>
    <message>
        <location filename="../../ui/editor/editor_roles.py" line="+146"/>
        <source>Uw tekst wordt vanzelf bewaard.</source>
        <translation>Your text is saved by itself.</translation>
    </message>
</context>
<context>
    <name>EditorTopBar</name>
    <message>
        <location filename="../../ui/editor/editor_top_bar.py" line="+34"/>
        <location line="+76"/>
        <source>← &amp;Terug naar mijn plannen</source>
        <extracomment>The width of the bar from which the question who is at the keyboard fits beside the other buttons.</extracomment>
        <translation>← &amp;Back to my plans</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Terug naar mijn plannen (Esc)</source>
        <translation>Back to my plans (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar mijn plannen</source>
        <translation>Back to my plans</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Afdrukken als PDF</source>
        <translation>&amp;Print as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maak een PDF om te printen of te delen (Ctrl+P)</source>
        <translation>Make a PDF to print or share (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Over dit plan…</source>
        <translation>&amp;About this plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam, de titel, de datums en de plaats van het plan veranderen</source>
        <translation>Change the name, the title, the dates and the place of the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Informatie en advies</source>
        <translation>&amp;Information and advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat professionals over het plan zeggen, en uw antwoorden</source>
        <translation>What professionals say about the plan, and your answers</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
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
        <translation>Your text is saved by itself.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Uw laatste tekst is nog niet bewaard: een ander programma gebruikt de plannen. Wilt u toch stoppen? Als u Ons Plan sluit, bent u die tekst misschien kwijt.</source>
        <translation>Your last text is not saved yet: another program is using the plans. Do you want to stop anyway? If you close Ons Plan, you may lose that text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw laatste tekst kon niet worden bewaard. Wilt u toch stoppen? Dan bent u die tekst kwijt.</source>
        <translation>Your last text could not be saved. Do you want to stop anyway? Then that text is lost.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tekst niet bewaard</source>
        <translation>Text not saved</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan opslaan als PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Bezig met de PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het plan wordt klaargemaakt als PDF…</source>
        <translation>The plan is being made into a PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afdrukken als PDF</source>
        <translation>Print as PDF</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Bezig met bewaren…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>✓ Bewaard</source>
        <translation>✓ Saved</translation>
    </message>
</context>
<context>
    <name>EigenTijdDialog</name>
    <message>
        <location filename="../../ui/together/eigen_tijd.py" line="+71"/>
        <location line="+209"/>
        <source>Eigen tijd</source>
        <extracomment>Wide enough for a thought, narrow enough to read without turning one&apos;s head on a big screen.</extracomment>
        <translation>Own time</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+142"/>
        <source>✓ Alles is bewaard.</source>
        <translation>✓ Everything is saved.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>%1 Wilt u toch stoppen? Druk dan nog een keer op &apos;Klaar met eigen tijd&apos;.</source>
        <translation>%1 Do you want to stop anyway? Then press &apos;Done with own time&apos; once more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Niet alles is bewaard. Druk nog een keer op &apos;Klaar met eigen tijd&apos; om toch te stoppen.</source>
        <translation>%1 Not everything is saved. Press &apos;Done with own time&apos; once more to stop anyway.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Eigen tijd is van het gezin. Alleen het gezin kan hier schrijven en lezen. Geef de computer aan het gezin.</source>
        <translation>Own time belongs to the family. Only the family can write and read here. Give the computer to the family.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De ondersteuner gaat nu even weg. U beslist zelf, samen met wie u erbij wilt hebben.</source>
        <translation>The supporter leaves for a while now. You decide yourselves, with whoever you want there.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De ondersteuner en de hulpverleners gaan nu even weg. U beslist samen.</source>
        <translation>The supporter and the professionals leave for a while now. You decide together.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is uw eigen tijd.</source>
        <translation>This is your own time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf op wat u wilt onthouden. Deze notities zijn van u. Ze komen alleen in het plan als u dat zelf aanvinkt.</source>
        <translation>Write down what you want to remember. These notes are yours. They only go into the plan if you tick that yourself.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+ &amp;Nieuwe notitie</source>
        <translation>+ &amp;New note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klaar? Druk op de knop, of op Esc.</source>
        <translation>Done? Press the button, or Esc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaar met eigen tijd</source>
        <translation>Done with own time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of druk op Esc.</source>
        <translation>Or press Esc.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Wordt bewaard…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✓ Deze notitie komt in het plan.</source>
        <translation>✓ This note goes into the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Deze notitie blijft alleen van u.</source>
        <translation>✓ This note stays yours only.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wilt u deze notitie weggooien? Dat kan niet ongedaan worden.</source>
        <translation>Do you want to throw this note away? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weggooien</source>
        <translation>Throw away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notitie weggegooid.</source>
        <translation>Note thrown away.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/start/deleted_plans_dialog.py" line="+28"/>
        <source>Plan definitief wissen</source>
        <extracomment>The word to type before a plan is erased for good: a click alone is too easy for something that cannot be undone.</extracomment>
        <translation>Erase the plan for good</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wilt u het plan &apos;%1&apos; voor altijd wissen? Alles wat erin staat, gaat weg: de tekst, de afspraken, het advies en de eigen notities. Dit kan niet ongedaan worden.</source>
        <translation>Do you want to erase the plan &apos;%1&apos; forever? Everything in it goes: the text, the agreements, the advice and the own notes. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typ WISSEN</source>
        <translation>Type WISSEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ %1 om het plan te wissen:</source>
        <translation>Type %1 to erase the plan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wis definitief</source>
        <translation>&amp;Erase for good</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../wijkteam/advicefile.py" line="+45"/>
        <source>Dit bestand is te groot voor een adviesbestand: het mag hoogstens 5 MB zijn.</source>
        <translation>This file is too big for an advice file: it may be 5 MB at most.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit bestand is leeg, dus er staat geen advies in.</source>
        <translation>This file is empty, so there is no advice in it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen adviesbestand van Ons Plan, of het is beschadigd.</source>
        <translation>This file is not an advice file of Ons Plan, or it is damaged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit is een planbestand en geen adviesbestand, dus er verandert niets.</source>
        <translation>This is a plan file and not an advice file, so nothing changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand is niet compleet: het houdt te vroeg op.</source>
        <translation>This advice file is not complete: it stops too early.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand is gemaakt met een nieuwere versie van Ons Plan.</source>
        <translation>This advice file was made with a newer version of Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand heeft een versienummer dat Ons Plan niet kent.</source>
        <translation>This advice file has a version number that Ons Plan does not know.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand klopt niet: er zitten te veel lagen in elkaar.</source>
        <translation>This advice file is not right: it has too many layers inside each other.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er staat geen advies in dit adviesbestand.</source>
        <translation>There is no advice in this advice file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand hoort bij een ander plan.</source>
        <translation>This advice file belongs to another plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies informatie, advies of voorwaarde.</source>
        <translation>Choose information, advice or condition.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul uw naam in: advies staat altijd op naam.</source>
        <translation>Fill in your name: advice always carries a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het advies is leeg.</source>
        <translation>The advice is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een voorwaarde mag alleen met een wettelijke grond, zoals een ondertoezichtstelling. Vul die in.</source>
        <translation>A condition needs a legal basis, such as a supervision order. Fill it in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit adviesbestand is vol: er passen hoogstens 100 punten in. Begin een nieuw adviesbestand.</source>
        <translation>This advice file is full: it holds 100 items at most. Start a new advice file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het tekstbestand is te groot voor één advies.</source>
        <translation>The text file is too big for one piece of advice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het tekstbestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard.</source>
        <translation>The text file cannot be read, because the text is not saved as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/backup.py" line="+46"/>
        <source>Dit bestand is geen reservekopie van Ons Plan.</source>
        <translation>This file is not a backup of Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze reservekopie is beschadigd of niet compleet. Er is niets veranderd.</source>
        <translation>This backup is damaged or not complete. Nothing has changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze reservekopie is gemaakt met een nieuwere versie van Ons Plan. Installeer eerst de nieuwste versie.</source>
        <translation>This backup was made with a newer version of Ons Plan. First install the newest version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit wachtwoord opent deze reservekopie niet. Typ het wachtwoord van toen u de kopie maakte. Of typ de herstelcode van toen.</source>
        <translation>This password does not open this backup. Type the password from when you made the copy. Or type the recovery code from then.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze reservekopie heeft een ander wachtwoord. Typ het wachtwoord of de herstelcode van de kopie.</source>
        <translation>This backup has another password. Type the password or the recovery code of the copy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reservekopie kan niet worden gelezen: %1.</source>
        <translation>The backup cannot be read: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen gewoon bestand, dus het kan geen reservekopie zijn: %1.</source>
        <translation>This is not an ordinary file, so it cannot be a backup: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/cli_vault.py" line="+29"/>
        <source>Uw plannen zijn beveiligd met een wachtwoord. Start deze opdracht in een terminal: dan vraagt Ons Plan erom. Of zet het wachtwoord in WIJKTEAM_PASSPHRASE.</source>
        <translation>Your plans are protected with a password. Start this command in a terminal: then Ons Plan asks for it. Or put the password in WIJKTEAM_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er is nog geen wachtwoord voor uw plannen. Open Ons Plan om er een te kiezen, of zet het in WIJKTEAM_PASSPHRASE.</source>
        <translation>There is no password for your plans yet. Open Ons Plan to choose one, or put it in WIJKTEAM_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ons Plan is nu geopend. Sluit eerst het venster en probeer het dan opnieuw.</source>
        <translation>Ons Plan is open now. First close the window and then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is niets gewist: u typte niet WISSEN.</source>
        <translation>Nothing was erased: you did not type WISSEN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is niets teruggezet: u typte niet ja.</source>
        <translation>Nothing was put back: you did not type ja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeg met --yes dat u het zeker weet; dan gaat het door. Er is nu niets veranderd.</source>
        <translation>Say with --yes that you are sure; then it goes ahead. Nothing has changed now.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/dates.py" line="+24"/>
        <source>Dit is geen geldige datum.</source>
        <extracomment>The largest difference from UTC of any time zone in use (Kiribati is +14:00, Baker Island -12:00).</extracomment>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf de datum zo: 2025-03-31.</source>
        <translation>Write the date like this: 2025-03-31.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/db.py" line="+40"/>
        <source>Het bestand met uw plannen is beschadigd en kan niet worden geopend. Er is niets veranderd; vraag hulp en neem een reservekopie mee.</source>
        <extracomment>The newest schema revision this app knows. A test holds it equal to Alembic&apos;s head. How long a statement waits for another program&apos;s write lock before it says the plans are busy. The first bytes of an SQLite file that is not encrypted (made before Ons Plan encrypted its plans).</extracomment>
        <translation>The file with your plans is damaged and cannot be opened. Nothing has changed; ask for help and bring a backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw plannen zijn bewaard met een nieuwere versie van Ons Plan. Installeer de nieuwste versie om ze te openen.</source>
        <translation>Your plans were saved with a newer version of Ons Plan. Install the newest version to open them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan is niet helemaal goed geïnstalleerd. Installeer het opnieuw; uw plannen blijven bewaard.</source>
        <translation>Ons Plan is not installed quite right. Install it again; your plans stay safe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw plannen kunnen niet worden bewaard, want de map is alleen-lezen.</source>
        <translation>Your plans cannot be saved, because the folder is read-only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen kunnen niet worden bewaard, want de schijf is vol.</source>
        <translation>Your plans cannot be saved, because the disk is full.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen zijn nu in gebruik door een ander programma. Probeer het zo opnieuw.</source>
        <translation>Your plans are in use by another program now. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw plannen konden niet worden beveiligd. Er is niets veranderd: het oude bestand staat er nog. Vraag hulp.</source>
        <translation>Your plans could not be protected. Nothing has changed: the old file is still there. Ask for help.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/formats/strict_json.py" line="+16"/>
        <source>Dit bestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard.</source>
        <translation>This file cannot be read, because the text is not saved as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/keystore.py" line="+61"/>
        <source>Dit wachtwoord of deze herstelcode klopt niet. Let op hoofdletters en spaties, en probeer het opnieuw.</source>
        <extracomment>Argon2id as RFC 9106 recommends for memory-constrained machines: about 0.2 s on a laptop of 2020. Parameters a key file may ask for; anything outside is a damaged or hostile file (it could ask for terabytes). The recovery code: 25 signs from an alphabet without look-alikes (Crockford base 32), 125 bits of chance. After this many wrong tries in a row, each next try waits: 2 s, 4 s, 8 s ... up to a minute. Never longer: a family that mistypes must always be able to try again soon.</extracomment>
        <translation>This password or recovery code is not right. Mind capital letters and spaces, and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U heeft een paar keer een verkeerd wachtwoord getypt. Probeer het over %1 seconden opnieuw.</source>
        <translation>You typed a wrong password a few times. Try again in %1 seconds.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation>The two passwords are not the same. Type them once more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>This recovery code is not the same. Look again carefully and type it over.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het sleutelbestand kan niet worden bewaard in de map van uw plannen.</source>
        <translation>The key file cannot be saved in the folder of your plans.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/planfile.py" line="+41"/>
        <source>Dit bestand is leeg, dus er staat geen plan in.</source>
        <translation>This file is empty, so there is no plan in it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is te groot voor een planbestand: het mag hoogstens 20 MB zijn.</source>
        <translation>This file is too big for a plan file: it may be 20 MB at most.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen planbestand van Ons Plan, of het is beschadigd.</source>
        <translation>This file is not a plan file of Ons Plan, or it is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand is niet compleet: het houdt te vroeg op.</source>
        <translation>This plan file is not complete: it stops too early.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand is gemaakt met een nieuwere versie van Ons Plan.</source>
        <translation>This plan file was made with a newer version of Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand heeft een versienummer dat Ons Plan niet kent.</source>
        <translation>This plan file has a version number that Ons Plan does not know.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand klopt niet: er zitten te veel lagen in elkaar.</source>
        <translation>This plan file is not right: it has too many layers inside each other.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/advicefiles.py" line="+33"/>
        <source>Er is hier geen plan waar dit adviesbestand bij hoort. Lees het plan eerst in, of noem het plannummer.</source>
        <translation>There is no plan here that this advice file belongs to. First read in the plan, or give the plan number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het advies in dit bestand staat al in uw plan: het is eerder ingelezen.</source>
        <translation>The advice in this file is already in your plan: it was read in before.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/base.py" line="+25"/>
        <source>Alleen het gezin kan de tekst van het plan veranderen.</source>
        <extracomment>Typing in one field by one person within this window is one history row, not one per keystroke.</extracomment>
        <translation>Only the family can change the text of the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen een professional kan advies of informatie toevoegen.</source>
        <translation>Only a professional can add advice or information.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen de ondersteuner schrijft notities over het proces.</source>
        <translation>Only the supporter writes notes about the process.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/damaged.py" line="+41"/>
        <source>Dit plan kan niet open. Er staat iets in dat Ons Plan niet kan lezen.</source>
        <extracomment>What SQLAlchemy raises while it turns a stored value into a Python one (``date.fromisoformat`` and friends).</extracomment>
        <translation>This plan cannot open. There is something in it that Ons Plan cannot read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan kan ook niet als planbestand worden bewaard. Te veel ervan is niet te lezen.</source>
        <translation>This plan cannot be saved as a plan file either. Too much of it cannot be read.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/erase.py" line="+26"/>
        <source>Alleen het gezin kan een plan definitief wissen.</source>
        <translation>Only the family can erase a plan for good.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen plan met nummer %1.</source>
        <translation>There is no plan with number %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/private_notes.py" line="+19"/>
        <source>Alleen het gezin kan de eigen notities lezen en veranderen.</source>
        <translation>Only the family can read and change the own notes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze notitie bestaat niet meer.</source>
        <translation>This note no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen het gezin kan de eigen notities meenemen in een planbestand.</source>
        <translation>Only the family can take the own notes along in a plan file.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/process.py" line="+32"/>
        <source>Alleen de ondersteuner of het gezin kan een stap afvinken.</source>
        <translation>Only the supporter or the family can tick off a step.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze stap hoort niet bij dit plan.</source>
        <translation>This step does not belong to this plan.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/sections.py" line="+23"/>
        <source>Geef dit deel een naam.</source>
        <extracomment>Sections the family adds get keys like ``eigen-3``; template keys never look like this.</extracomment>
        <translation>Give this part a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo ver kan dit deel niet omhoog of omlaag.</source>
        <translation>This part cannot move up or down that far.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een deel uit het voorbeeld kunt u niet weghalen, maar u kunt het wel overslaan.</source>
        <translation>You cannot remove a part of the example, but you can skip it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit deel kan pas weg als het leeg is.</source>
        <translation>This part can only go when it is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij dit deel staat advies van een professional, daarom kan het niet weg.</source>
        <translation>This part has advice from a professional, so it cannot go.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/versions.py" line="+50"/>
        <source>Alleen het gezin kan het plan vaststellen.</source>
        <translation>Only the family can set the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen het gezin kan invullen wie akkoord is met het plan.</source>
        <translation>Only the family can fill in who agrees with the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan is afgesloten, dus het kan niet meer worden vastgesteld.</source>
        <translation>This plan is closed, so it can no longer be set.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan is niet veranderd sinds versie %1, dus een nieuwe versie is niet nodig.</source>
        <translation>The plan has not changed since version %1, so a new version is not needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze versie van het plan bestaat niet.</source>
        <translation>This version of the plan does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akkoord geven kan alleen bij de nieuwste versie van het plan.</source>
        <translation>Agreeing is only possible with the newest version of the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze persoon staat niet in dit plan.</source>
        <translation>This person is not in this plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen mensen van het gezin en het netwerk geven hun akkoord op het plan.</source>
        <translation>Only people of the family and the network give their agreement to the plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze persoon staat niet met naam in het plan. Een akkoord op naam kan dan niet.</source>
        <translation>This person is not in the plan by name. So an agreement by name is not possible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versie %1 kan niet worden gelezen. Wat er sindsdien veranderde, is dus niet te zeggen.</source>
        <translation>Version %1 cannot be read. So what changed since then cannot be told.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er staan geen datums in dit plan die in een agenda kunnen.</source>
        <translation>There are no dates in this plan that can go into a calendar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het agendabestand</source>
        <translation>The calendar file</translation>
    </message>
    <message>
        <location filename="../../wijkteam/vault.py" line="+40"/>
        <source>Uw plannen zijn op slot. Open ze eerst met uw wachtwoord.</source>
        <translation>Your plans are locked. First open them with your password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit wachtwoord hoort niet bij deze plannen.</source>
        <translation>This password does not belong to these plans.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/plans.py" line="+54"/>
        <source>Deze taal kent Ons Plan niet.</source>
        <extracomment>Plan fields the family may set through ``update_plan``, with how to check each.</extracomment>
        <translation>Ons Plan does not know this language.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies of de PDF ook Nederlands krijgt: ja of nee.</source>
        <translation>Choose whether the PDF also gets Dutch: yes or no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum kan niet voor de datum van het aanbod liggen.</source>
        <translation>The agreed date cannot be before the date of the offer.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/input_files.py" line="+19"/>
        <source>Het bestand bestaat niet: %1.</source>
        <translation>The file does not exist: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is een map en geen bestand: %1.</source>
        <translation>This is a folder and not a file: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen gewoon bestand, maar bijvoorbeeld een apparaat. Het wordt niet gelezen: %1.</source>
        <translation>This is not an ordinary file, but for example a device. It is not read: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het bestand kan niet worden gelezen: %1.</source>
        <translation>The file cannot be read: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestand veranderde terwijl het werd gelezen, dus er is niets mee gedaan: %1.</source>
        <translation>The file changed while it was being read, so nothing was done with it: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/drawings.py" line="+25"/>
        <source>Dit plaatje is groter dan 20 MB en wordt niet gebruikt.</source>
        <extracomment>A drawing as stored: after scaling and re-encoding a photo of a drawing on paper is far below this. A picture someone picks may be bigger (a phone&apos;s photo); it is scaled down before it is stored. The longest side of a stored drawing, in pixels: sharp on paper at the size it is printed.</extracomment>
        <translation>This picture is larger than 20 MB and is not used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze tekening is te groot om te bewaren.</source>
        <translation>This drawing is too large to keep.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen plaatje dat Ons Plan kan lezen.</source>
        <translation>This file is not a picture Ons Plan can read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons Plan kan deze tekening zo niet bewaren: voeg het plaatje opnieuw toe.</source>
        <translation>Ons Plan cannot keep this drawing as it is: add the picture again.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/export.py" line="+24"/>
        <source>Kies eerst wie u uitnodigt. Zet een vinkje bij die mensen.</source>
        <translation>First choose whom you invite. Tick those people.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/houses.py" line="+21"/>
        <source>Dit huis bestaat niet meer.</source>
        <translation>This house no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen iemand van het gezin kan eigen huizen krijgen.</source>
        <translation>Only someone of the family can get their own houses.</translation>
    </message>
</context>
<context>
    <name>FirstStartView</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="+291"/>
        <location line="+30"/>
        <source>Welkom bij Ons Plan</source>
        <translation>Welcome to Ons Plan</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heeft u al plannen in een reservekopie, bijvoorbeeld op een USB-stick? Zet die dan terug.</source>
        <translation>Do you already have plans in a backup, for example on a USB stick? Then restore it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw plannen gaan over u en uw gezin. Daarom zet Ons Plan ze op slot met een wachtwoord. Alleen wie het wachtwoord weet, kan ze lezen. Ook als iemand anders de laptop gebruikt, of als de laptop kwijt is.</source>
        <translation>Your plans are about you and your family. That is why Ons Plan locks them with a password. Only someone who knows the password can read them. Also if someone else uses the laptop, or if the laptop is lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een wachtwoord van minstens 8 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.</source>
        <translation>Choose a password of at least 8 characters. A sentence of a few words is strong and easy to remember.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let op: niemand kan uw wachtwoord terughalen, ook de makers van Ons Plan niet. Daarom krijgt u zo ook een herstelcode.</source>
        <translation>Note: nobody can get your password back, not even the makers of Ons Plan. That is why you also get a recovery code in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan zet uw plannen nu op slot</source>
        <translation>Ons Plan now locks your plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze versie van Ons Plan beveiligt uw plannen. Er gaat niets verloren.</source>
        <translation>This version of Ons Plan protects your plans. Nothing gets lost.</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../ui/editor/follow_up_box.py" line="+35"/>
        <source>Plan &amp;B: als het anders loopt</source>
        <extracomment>A field only for reading sits on the paper colour, so it does not look like a place to type.</extracomment>
        <translation>Plan &amp;B: if things go differently</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat doen we als een afspraak niet lukt? Wie bellen we dan?</source>
        <translation>What do we do if an agreement does not work out? Who do we call then?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schrijf hier uw plan B.</source>
        <translation>Write your plan B here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wij kijken samen hoe het gaat &amp;op</source>
        <translation>We look together at how it goes &amp;on</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/people/goals_editor.py" line="+86"/>
        <source>Doel aanpassen</source>
        <translation>Change goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wat wilt u bereiken?</source>
        <translation>&amp;What do you want to reach?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schrijf het in uw eigen woorden. Bijvoorbeeld: Jesse gaat elke schooldag naar school.</source>
        <translation>Write it in your own words. For example: Jesse goes to school every school day.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bewaren met Ctrl+Enter. Enter begint een nieuwe regel.</source>
        <translation>Save with Ctrl+Enter. Enter starts a new line.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Schrijf op wat u wilt bereiken.</source>
        <translation>Write down what you want to reach.</translation>
    </message>
</context>
<context>
    <name>GoalsEditor</name>
    <message>
        <location line="+17"/>
        <source>Doel toe&amp;voegen</source>
        <translation>Add a &amp;goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog geen doel in het plan. Voeg het eerste doel toe met de knop hieronder.</source>
        <translation>There is no goal in the plan yet. Add the first goal with the button below.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Onze doelen</source>
        <translation>Our goals</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>↑ Hoger</source>
        <translation>↑ Higher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet het gekozen doel een plek hoger (Ctrl+Omhoog)</source>
        <translation>Move the chosen goal one place up (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ Lager</source>
        <translation>↓ Lower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet het gekozen doel een plek lager (Ctrl+Omlaag)</source>
        <translation>Move the chosen goal one place down (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Wilt u dit doel weghalen? &quot;%1&quot;</source>
        <translation>Do you want to remove this goal? &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afspraken bij dit doel blijven staan, onder &quot;Zonder doel&quot;.</source>
        <translation>The agreements of this goal stay, under &quot;No goal&quot;.</translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <location line="-157"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen afspraken</source>
        <translation>No agreements yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n afspraken</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../ui/editor/section_panel.py" line="+103"/>
        <source>Hulp</source>
        <extracomment>A tick box that cannot be used is greyed, as buttons are; the app&apos;s palette would draw it as usable. Above a list the family&apos;s own text needs less room; the list below it is the main thing there. In lines of text. Lines the text field always shows: fewer, and a family loses sight of what they just typed. From this width the status (&quot;✓ Bewaard&quot;) sits in the row of &quot;klaar&quot; and the buttons; narrower, on its own line.</extracomment>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
</context>
<context>
    <name>HouseBox</name>
    <message>
        <location filename="../../ui/people/child_houses_panel.py" line="-323"/>
        <location line="+100"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+48"/>
        <source>Tekening toevoegen…</source>
        <translation>Add drawing…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Kies een plaatje of een foto van een tekening op papier</source>
        <translation>Choose a picture or a photo of a drawing on paper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tekening weghalen</source>
        <translation>Remove drawing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit mag in het plan</source>
        <translation>This may go into the plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het kind kiest of %1 in het plan komt</source>
        <translation>The child chooses whether the %1 goes into the plan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tekening van %1</source>
        <translation>Drawing by %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Andere tekening…</source>
        <translation>Other drawing…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit komt in het plan. Anderen kunnen het lezen.</source>
        <translation>This goes into the plan. Others can read it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit blijft bij jou. Het komt niet in het plan en niemand anders ziet het.</source>
        <translation>This stays with you. It does not go into the plan and nobody else sees it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tekening kiezen</source>
        <translation>Choose a drawing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaatjes (%1)</source>
        <translation>Pictures (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De tekening is bewaard.</source>
        <translation>The drawing is saved.</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <location filename="../../ui/together/invitations_dialog.py" line="+41"/>
        <source>Uitnodigingslijst afdrukken als PDF</source>
        <translation>Print the invitation list as a PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Wie nodigen we uit?</source>
        <translation>Whom do we invite?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zet een vinkje bij wie u vraagt voor de bijeenkomst. Klik op de kaart, of kies een naam in de lijst.</source>
        <translation>Tick the people you are asking to the family meeting. Click on the map, or choose a name in the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het gezin kiest wie het uitnodigt. U kunt de lijst lezen en afdrukken.</source>
        <translation>The family chooses whom to invite. You can read and print the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mensen om uit te nodigen</source>
        <translation>People to invite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kaart of lijst</source>
        <translation>Map or list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op de &amp;kaart</source>
        <translation>On the &amp;map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als &amp;lijst</source>
        <translation>As a &amp;list</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lijst &amp;afdrukken als PDF…</source>
        <translation>&amp;Print the list as a PDF…</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n mensen uitgenodigd.</source>
        <translation>
            <numerusform>%n person invited.</numerusform>
            <numerusform>%n people invited.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niemand gekozen.</source>
        <translation>Nobody chosen yet.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> - uitnodigingen</source>
        <translation> - invitations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De uitnodigingslijst is bewaard: %1</source>
        <translation>The invitation list is saved: %1</translation>
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
        <translation>Your right to your own plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Op een vaste datum</source>
        <translation>On a fixed date</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Datum van het aanbod</source>
        <translation>Date of the offer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Afgesproken datum voor het plan</source>
        <translation>Agreed date for the plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aantal weken na het aanbod</source>
        <translation>Number of weeks after the offer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of &amp;tel vanaf het aanbod:</source>
        <translation>Or &amp;count from the offer:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aanbo&amp;d gekregen op:</source>
        <translation>&amp;Offer received on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan &amp;klaar op:</source>
        <translation>Plan &amp;ready by:</translation>
    </message>
</context>
<context>
    <name>KeyboardQuestion</name>
    <message>
        <location filename="../../ui/together/keyboard_question.py" line="+36"/>
        <location line="+3"/>
        <source>Wie zit er aan het toetsenbord?</source>
        <translation>Who is at the keyboard?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ja, dat ben ik</source>
        <translation>&amp;Yes, that is me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat u verandert, komt op uw naam</source>
        <translation>What you change goes on record in your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U blijft aan het toetsenbord als gezin. Wisselen kan altijd.</source>
        <translation>You stay at the keyboard as the family. You can always switch.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Het gezin samen</source>
        <translation>The family together</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/window/language_menu.py" line="+19"/>
        <source>De nieuwe taal komt als u Ons Plan opnieuw start.</source>
        <translation>The new language comes when you start Ons Plan again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;aal</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taal van de computer</source>
        <translation>Language of the computer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+144"/>
        <source>&amp;Beveiliging en reservekopie…</source>
        <extracomment>The window&apos;s size while settings hold none, within the screen; shown, it fills the screen (``show_at_start``). Small enough for a 1280x720 laptop and for 200% text on a 1920x1080 screen, where Qt has 960x540 of its pixels.</extracomment>
        <translation>&amp;Security and backup…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw &amp;familiegroepsplan…</source>
        <translation>New &amp;family group plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuw &amp;persoonlijk plan…</source>
        <translation>New &amp;personal plan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan&amp;bestand openen…</source>
        <translation>Open a plan &amp;file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op&amp;slaan als planbestand…</source>
        <translation>&amp;Save as plan file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kopie zonder namen…</source>
        <translation>&amp;Copy without names…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weggehaalde plannen…</source>
        <translation>&amp;Removed plans…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Over dit plan…</source>
        <translation>&amp;About this plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;men</source>
        <translation>To&amp;gether</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie zit er aan het &amp;toetsenbord…</source>
        <translation>Who is at the &amp;keyboard…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Informatie en advies</source>
        <translation>&amp;Information and advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advies toevoegen…</source>
        <translation>&amp;Add advice…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advies &amp;geven op een plan…</source>
        <translation>&amp;Give advice on a plan…</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Kies eerst een plan in de lijst. Daarna kunt u het opslaan als planbestand.</source>
        <translation>First choose a plan in the list. Then you can save it as a plan file.</translation>
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
Name: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open de &amp;map</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is op deze computer geen programma dat mappen laat zien. Het bestand staat in deze map: %1</source>
        <translation>There is no program on this computer that shows folders. The file is in this folder: %1</translation>
    </message>
</context>
<context>
    <name>MissingKeyView</name>
    <message>
        <location filename="../../ui/security/vault_controller.py" line="+96"/>
        <source>De sleutel van uw plannen ontbreekt</source>
        <extracomment>What counts as someone using the app: a key, a click, the wheel, a touch. Moving the mouse alone does not.</extracomment>
        <translation>The key to your plans is missing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <location filename="../../ui/people/network_map_panel.py" line="+42"/>
        <source>Verplaatsen van %1</source>
        <extracomment>The map&apos;s height, as a part of its width, and its limits in pixels: it fits the part and leaves the list in sight. At most this part of the window&apos;s height.</extracomment>
        <translation>Moving %1</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Dikke lijn: %1. Streepjes: %2. Puntjes: %3.</source>
        <translation>Thick line: %1. Dashes: %2. Dots: %3.</translation>
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
        <translation>Network circle</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Alleen het gezin kan mensen verplaatsen.</source>
        <translation>Only the family can move people.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 staat al heel dichtbij.</source>
        <translation>%1 is already very close.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 staat al het verst weg.</source>
        <translation>%1 is already furthest away.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Verplaats met Ctrl en de pijltjes. Enter: aanpassen.</source>
        <translation>Move with Ctrl and the arrow keys. Enter: change.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steun: %1.</source>
        <translation>Support: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uitgenodigd.</source>
        <translation>Invited.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet uitgenodigd.</source>
        <translation>Not invited.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spatie: vinkje aan of uit.</source>
        <translation>Space bar: tick on or off.</translation>
    </message>
</context>
<context>
    <name>NetworkMapPanel</name>
    <message>
        <location filename="../../ui/people/network_map_panel.py" line="-160"/>
        <source>Netwerkcirkel</source>
        <translation>Network circle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persoon toevoegen op de kaart</source>
        <translation>Add a person on the map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of dubbelklik op een lege plek in de kaart</source>
        <translation>Or double-click an empty place on the map</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Alleen het gezin kan mensen verplaatsen.</source>
        <translation>Only the family can move people.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 staat nu bij %2, %3.</source>
        <translation>%1 is now at %2, %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sleep iemand naar een andere ring of groep. Of kies iemand en gebruik Ctrl en de pijltjes.</source>
        <translation>Drag someone to another ring or group. Or choose someone and use Ctrl and the arrow keys.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U kunt de kaart bekijken. Alleen het gezin kan mensen verplaatsen.</source>
        <translation>You can look at the map. Only the family can move people.</translation>
    </message>
</context>
<context>
    <name>NewFamilyPlanDialog</name>
    <message>
        <location filename="../../ui/start/new_plan_dialogs.py" line="+69"/>
        <source>Nieuw familiegroepsplan</source>
        <translation>New family group plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe heet uw familie? Dit komt bovenaan het plan.</source>
        <translation>What is your family called? This goes at the top of the plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: Familie Yılmaz</source>
        <translation>For example: Yılmaz family</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naam van de familie</source>
        <translation>Name of the family</translation>
    </message>
</context>
<context>
    <name>NewPersonalPlanDialog</name>
    <message>
        <location line="+45"/>
        <source>Nieuw persoonlijk plan</source>
        <translation>New personal plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat is uw &amp;naam? Die komt bovenaan het plan.</source>
        <translation>What is your &amp;name? It goes at the top of the plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: Gerda Smit</source>
        <translation>For example: Gerda Smit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heeft u zich gemeld bij de gemeente voor hulp? Dat heet een melding. Na de melding heeft u 7 dagen om een persoonlijk plan te geven.</source>
        <translation>Did you report to the municipality for help? That is called a melding. After the melding you have 7 days to give a personal plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datum van de melding:</source>
        <translation>&amp;Date of the melding:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum van de melding</source>
        <translation>Date of the melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit &amp;weet ik niet, of ik heb me nog niet gemeld</source>
        <translation>I do not &amp;know, or I have not reported yet</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location line="-40"/>
        <source>U mag dit leeg laten.</source>
        <translation>You may leave this empty.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+14"/>
        <source>Nieuwe herstelcode</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uw &amp;wachtwoord</source>
        <translation>Your &amp;password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is uw herstelcode kwijt, of heeft iemand anders hem gezien? Maak dan een nieuwe. De oude werkt daarna niet meer.</source>
        <translation>Is your recovery code lost, or has someone else seen it? Then make a new one. The old one stops working after that.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bewaar als &amp;PDF om te printen…</source>
        <translation>Save as &amp;PDF to print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Herstelcode overtypen</source>
        <translation>Type over the recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ de nieuwe code &amp;over:</source>
        <translation>Type the new code &amp;over:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw nieuwe herstelcode. Schrijf hem op, of print hem. U ziet hem maar één keer.</source>
        <translation>Your new recovery code. Write it down, or print it. You see it only once.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verder</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Typ eerst uw wachtwoord.</source>
        <translation>First type your password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Even geduld…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Herstelcode bewaren als PDF</source>
        <translation>Save the recovery code as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herstelcode Ons Plan.pdf</source>
        <translation>Recovery code Ons Plan.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bezig met de PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Bewaard: %1.</source>
        <translation>✓ Saved: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>This recovery code is not the same. Look again carefully and type it over.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw nieuwe herstelcode werkt nu. De oude werkt niet meer.</source>
        <translation>Your new recovery code works now. The old one no longer works.</translation>
    </message>
</context>
<context>
    <name>OptionalNote</name>
    <message>
        <location filename="../../ui/editor/part_notes.py" line="-57"/>
        <source>Laat u dit deel leeg? Dan staat het niet in de PDF.</source>
        <extracomment>The part of a familiegroepsplan where the safety conditions show (the template&apos;s key).</extracomment>
        <translation>If you leave this part empty, it will not be in the PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 U mag dit deel leeg laten.</source>
        <translation>%1 You may leave this part empty.</translation>
    </message>
</context>
<context>
    <name>OverviewTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="-31"/>
        <source>Eerstvolgende datum</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kan niet worden geopend</source>
        <translation>Cannot be opened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog geen datum</source>
        <translation>no date yet</translation>
    </message>
</context>
<context>
    <name>PassphraseSteps</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="-219"/>
        <source>&amp;Kies een wachtwoord</source>
        <translation>&amp;Choose a password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ het wachtwoord &amp;nog een keer</source>
        <translation>Type the password &amp;once more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>&amp;Show what I type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verder</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Uw herstelcode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met deze code opent u uw plannen als u het wachtwoord vergeet. Schrijf de code op, of bewaar hem als PDF en print hem. Bewaar het papier op een veilige plek, niet bij de laptop. U ziet de code maar één keer.</source>
        <translation>With this code you open your plans if you forget the password. Write the code down, or save it as PDF and print it. Keep the paper in a safe place, not with the laptop. You see the code only once.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaar als &amp;PDF om te printen…</source>
        <translation>Save as &amp;PDF to print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ik heb hem &amp;opgeschreven</source>
        <translation>I have &amp;written it down</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Typ de herstelcode over</source>
        <translation>Type over the recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo weet u zeker dat u hem goed heeft opgeschreven. Streepjes en kleine letters mogen.</source>
        <translation>This way you know for sure that you wrote it down right. Dashes and small letters are fine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Herstelcode</source>
        <translation>&amp;Recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Terug naar de code</source>
        <translation>&amp;Back to the code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Even geduld: uw plannen worden beveiligd…</source>
        <translation>One moment: your plans are being protected…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Herstelcode bewaren als PDF</source>
        <translation>Save the recovery code as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Herstelcode Ons Plan.pdf</source>
        <translation>Recovery code Ons Plan.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Bewaard: %1. Print de pagina en bewaar hem goed.</source>
        <translation>✓ Saved: %1. Print the page and keep it safe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bezig met de PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>This recovery code is not the same. Look again carefully and type it over.</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../wijkteam/pdf/labels.py" line="+18"/>
        <source>Een plan van het gezin en de mensen om hen heen, volgens de Jeugdwet.</source>
        <extracomment>On paper the kind of plan names its law: a persoonlijk plan belongs to the Wmo.</extracomment>
        <translation>A plan of the family and the people around them, under the Youth Act (Jeugdwet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een plan in mijn eigen woorden, volgens de Wmo 2015 (artikel 2.3.2).</source>
        <translation>A plan in my own words, under the Wmo 2015 (article 2.3.2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(naam niet genoemd)</source>
        <translation>(name not given)</translation>
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
        <translation>If things go differently</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Soort plan</source>
        <translation>Kind of plan</translation>
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
        <translation>Printed on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum van de melding</source>
        <translation>Date of the melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aanbod voor dit plan</source>
        <translation>Offer for this plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgesproken datum</source>
        <translation>Agreed date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samen besproken</source>
        <translation>Talked over together</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+71"/>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>De gemeente geeft 7 dagen na de melding de tijd voor dit plan. Zij neemt het mee in haar onderzoek en beslist daarna over de hulp.</source>
        <translation>The municipality gives 7 days after the melding for this plan. It takes the plan into its assessment and then decides about the help.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een familiegroepsplan is een recht, geen plicht (Jeugdwet, artikel 4.1.2). Ook na de afgesproken datum mag het plan nog komen.</source>
        <translation>A family group plan is a right, not a duty (Youth Act – Jeugdwet, article 4.1.2). The plan may still come after the agreed date.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/conditions.py" line="+27"/>
        <location filename="../../wijkteam/pdf/story.py" line="+12"/>
        <source>Zonder titel</source>
        <extracomment>The part of a familiegroepsplan where the conditions print (the template&apos;s key).</extracomment>
        <translation>No title</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/story.py" line="+31"/>
        <source>Nog niet ingevuld.</source>
        <translation>Not filled in yet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Uit mijn eigen tijd</source>
        <translation>From my own time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uit onze eigen tijd</source>
        <translation>From our own time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze notities maakte ik zelf. Ik koos ervoor om ze te delen.</source>
        <translation>I made these notes myself. I chose to share them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze notities maakten we in onze eigen tijd, zonder hulpverleners erbij. We kozen zelf om ze te delen.</source>
        <translation>We made these notes in our own time, without professionals there. We chose ourselves to share them.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/tables.py" line="-1"/>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/invitations.py" line="+34"/>
        <location line="+49"/>
        <source>Wie nodigen we uit?</source>
        <extracomment>An empty box to tick with a pen.</extracomment>
        <translation>Whom do we invite?</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Bijeenkomst: %1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemaakt op %1. Zet een kruisje als u iemand hebt gevraagd, en als iemand komt.</source>
        <translation>Made on %1. Put a cross when you have asked someone, and when they are coming.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wijkteam/pdf/tables.py" line="+17"/>
        <location line="+71"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../wijkteam/pdf/tables.py" line="-71"/>
        <source>Wie is het</source>
        <translation>Who is it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe bereikbaar</source>
        <translation>How to reach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gevraagd</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komt</source>
        <translation>Coming</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/tables.py" line="+0"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Doel %1:</source>
        <translation>Goal %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Andere afspraken</source>
        <translation>Other agreements</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In Ons Plan</source>
        <translation>In Ons Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Veiligheidsafspraak</source>
        <translation>Safety agreement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hoe weten we dat het lukt?</source>
        <translation>How do we know it works?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkt:</source>
        <translation>Checks:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uiterlijk %1</source>
        <translation>by %1 at the latest</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/appendix.py" line="+26"/>
        <source>Hier staat wat professionals vertelden en adviseerden. Hun tekst staat apart, met een streep ervoor. Onder elk stuk staat wat ik ermee doe.</source>
        <translation>Here is what professionals told and advised. Their text is separate, with a line before it. Under each piece is what I do with it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier staat wat professionals vertelden en adviseerden. Hun tekst staat apart, met een streep ervoor. Onder elk stuk staat wat wij ermee doen.</source>
        <translation>Here is what professionals told and advised. Their text is separate, with a line before it. Under each piece is what we do with it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informatie en advies zijn niet bindend. Ik beslis zelf wat ik ermee doe.</source>
        <translation>Information and advice are not binding. I decide myself what I do with them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informatie en advies zijn niet bindend. Wij beslissen zelf wat we ermee doen.</source>
        <translation>Information and advice are not binding. We decide ourselves what we do with them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voorwaarden (bindend)</source>
        <translation>Conditions (binding)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een voorwaarde moet in het plan terugkomen. Een professional mag die alleen stellen als de wet dat toestaat. Daarom staat de wet erbij.</source>
        <translation>A condition must come back in the plan. A professional may only set one when the law allows it. That is why the law is given with it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informatie en advies</source>
        <translation>Information and advice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bijlage: informatie en advies van professionals</source>
        <translation>Appendix: information and advice from professionals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ze staan bovenaan het deel</source>
        <translation>They are at the top of the part</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 van</source>
        <translation>%1 from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons plan moet hieraan voldoen.</source>
        <translation>Our plan must meet this condition.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gaat over:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het hele plan</source>
        <translation>The whole plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wettelijke grond:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet vermeld</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(geen tekst)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn antwoord:</source>
        <translation>My answer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons antwoord:</source>
        <translation>Our answer:</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/document.py" line="+106"/>
        <source>Ons plan</source>
        <extracomment>Below a heading, at least this much of what follows must fit on the page, or the heading moves on with it.</extracomment>
        <translation>Our plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Afgedrukt op %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/status.py" line="+18"/>
        <source>Niemand is nog akkoord met deze tekst.</source>
        <translation>Nobody has agreed with this text yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet akkoord</source>
        <translation>Not agreed yet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>versie %1 van %2</source>
        <extracomment>per person who can agree: agreed to the printed version, and when, or not yet. Empty for a concept.</extracomment>
        <translation>version %1 of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het plan is veranderd sinds %1.</source>
        <translation>The plan has changed since %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een akkoord met versie %1 geldt niet voor deze tekst.</source>
        <translation>An agreement with version %1 does not count for this text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niemand is akkoord met deze tekst.</source>
        <translation>Nobody agrees with this text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgesloten, niet vastgesteld</source>
        <translation>Closed, not set</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afgesloten – deze tekst is niet vastgesteld</source>
        <translation>Closed – this text is not set</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Dit plan is afgesloten.</source>
        <translation>This plan is closed.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Het is nooit vastgesteld.</source>
        <translation>It was never set.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concept – nog niet vastgesteld</source>
        <translation>Draft – not set yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is een concept. Het plan kan nog veranderen.</source>
        <translation>This is a draft. The plan can still change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit is een concept.</source>
        <translation>This is a draft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Akkoord met versie %1 op %2</source>
        <translation>Agreed with version %1 on %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit is versie %1 van het plan, vastgesteld op %2. Bij elke naam staat of die persoon in Ons Plan akkoord gaf met deze versie.</source>
        <translation>This is version %1 of the plan, set on %2. Each name shows whether that person agreed with this version in Ons Plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afgesloten. Vastgesteld: %1</source>
        <translation>Closed. Set: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastgesteld: %1</source>
        <translation>Set: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie %1 van %2, afgesloten</source>
        <translation>Version %1 of %2, closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie %1 van %2</source>
        <translation>Version %1 of %2</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/network.py" line="+177"/>
        <source>dikke lijn</source>
        <extracomment>The line of each ring: width and dash pattern (empty: solid). The smallest the map is drawn, to stay on the page of its heading; smaller, it goes to the next page whole. Type sizes a label may shrink to, to stay in its box. What each ring&apos;s line and each sector&apos;s mark look like, in words for the legend.</extracomment>
        <translation>thick line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>streepjes</source>
        <translation>dashes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>puntjes</source>
        <translation>dots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rondje</source>
        <translation>circle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vierkant</source>
        <translation>square</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driehoek</source>
        <translation>triangle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ruit</source>
        <translation>diamond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kruis</source>
        <translation>cross</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Geen plek meer op de kaart: %1.</source>
        <translation>No more room on the map: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/houses.py" line="+30"/>
        <source>Huis van zorgen</source>
        <translation>House of worries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van goede dingen</source>
        <translation>House of good things</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van dromen</source>
        <translation>House of dreams</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>De huizen van %1</source>
        <extracomment>The walls around a drawing; around words only, as high as the words need, from ``LOW_WALLS`` to ``HIGH_WALLS``. Words longer than this print under the houses across the page, so a long story can run over a page.</extracomment>
        <translation>The houses of %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ui/common/pdf_export.py" line="+53"/>
        <location line="+50"/>
        <source>Afdrukken als PDF</source>
        <translation>Print as PDF</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Het plan is opgeslagen als PDF.</source>
        <translation>The plan is saved as PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U vindt het hier: %1</source>
        <translation>You find it here: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open de PDF</source>
        <translation>&amp;Open the PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Er is op deze computer geen programma dat een PDF opent. De PDF is wel bewaard: %1</source>
        <translation>There is no program on this computer that opens a PDF. The PDF is saved: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deze tekens kunnen niet worden afgedrukt: %1. De rest van het plan wel.</source>
        <translation>These characters cannot be printed: %1. The rest of the plan can.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en nog %1 andere</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wilt u de PDF toch maken?</source>
        <translation>Do you want to make the PDF anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toch afdrukken</source>
        <translation>&amp;Print anyway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../ui/people/people_editor.py" line="+101"/>
        <source>Persoon toe&amp;voegen</source>
        <translation>Add a &amp;person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog niemand in het plan. Voeg de eerste persoon toe met de knop hieronder.</source>
        <translation>There is nobody in the plan yet. Add the first person with the button below.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Mensen in dit plan</source>
        <translation>People in this plan</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Wilt u %1 weghalen uit het plan?</source>
        <translation>Do you want to remove %1 from the plan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afspraken blijven staan. Alleen deze naam gaat eruit.</source>
        <translation>The agreements stay. Only this name goes.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="+57"/>
        <source>Persoon aanpassen</source>
        <extracomment>Roles that usually come from an organisation; only for them the organisation field shows. The group a role usually sits in on the network map, as a first suggestion the family can change.</extracomment>
        <translation>Change person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen de naam is nodig. De rest kunt u ook later invullen.</source>
        <translation>Only the name is needed. You can fill in the rest later too.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bijvoorbeeld Ria Bakker</source>
        <translation>for example Ria Bakker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bijvoorbeeld oma of buurvrouw</source>
        <translation>for example grandma or neighbour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>for example the neighbourhood team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>telefoon, e-mail of adres</source>
        <translation>phone, e-mail or address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog niet gekozen</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Mag met naam in het plan</source>
        <translation>&amp;May be in the plan by name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag het de persoon zelf. Zonder vinkje staat de naam niet in de PDF.</source>
        <translation>Ask the person. Without a tick the name is not in the PDF.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relatie</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;l</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe &amp;bereikbaar</source>
        <translation>How to &amp;reach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groep</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe &amp;dichtbij</source>
        <translation>How &amp;close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat voor &amp;steun</source>
        <translation>What kind of &amp;support</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Vul een naam in.</source>
        <translation>Fill in a name.</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <location filename="../../ui/editor/plan_details.py" line="+65"/>
        <location line="+4"/>
        <source>Over dit plan</source>
        <extracomment>The details, as the services call them.</extracomment>
        <translation>About this plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U kunt dit altijd veranderen. Wat u verandert, komt in de geschiedenis van het plan.</source>
        <translation>You can always change this. What you change goes into the history of the plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titel van het plan</source>
        <translation>Title of the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam van de familie</source>
        <translation>Name of the family</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plaats van het gesprek</source>
        <translation>Place of the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum van de melding</source>
        <translation>Date of the melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum van het gesprek</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum van de bijeenkomst</source>
        <translation>Date of the family meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum van de evaluatie</source>
        <translation>Date of the evaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taal van het plan</source>
        <translation>Language of the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In deze taal drukt de PDF zijn eigen woorden af, zoals de koppen.</source>
        <translation>The PDF prints its own words, such as the headings, in this language.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zet in de PDF ook de Nederlandse &amp;woorden</source>
        <translation>Also put the Dutch &amp;words in the PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dan kan de gemeente de koppen ook lezen. Uw eigen tekst blijft zoals u hem schreef.</source>
        <translation>Then the municipality can read the headings too. Your own text stays as you wrote it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uw naam:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Naam van de familie:</source>
        <translation>&amp;Name of the family:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Melding:</source>
        <translation>&amp;Melding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gesprek:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bijeenkomst:</source>
        <translation>&amp;Family meeting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plaats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluatie:</source>
        <translation>&amp;Evaluation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;aal van het plan:</source>
        <translation>L&amp;anguage of the plan:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Op een vaste datum</source>
        <translation>On a fixed date</translation>
    </message>
</context>
<context>
    <name>PlanFileFlow</name>
    <message>
        <location filename="../../ui/start/plan_file_dialogs.py" line="+137"/>
        <source>Het planbestand wordt gelezen…</source>
        <translation>Reading the plan file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>Planbestand openen</source>
        <translation>Open a plan file</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Open het bestand met „Planbestand openen…” om verder te gaan met het plan.</source>
        <translation>Open the file with &quot;Open a plan file…&quot; to go on with the plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datums die niet te lezen waren, zijn leeg gelaten of op vandaag gezet.</source>
        <translation>Dates that could not be read were left empty or set to today.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Het plan wordt bewaard als planbestand…</source>
        <translation>Saving the plan as a plan file…</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Opslaan als planbestand</source>
        <translation>Save as plan file</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Ons Plan-bestand (*%1)</source>
        <translation>Ons Plan file (*%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Planbestand bewaard</source>
        <translation>Plan file saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Het plan is bewaard als planbestand.</source>
        <translation>The plan is saved as a plan file.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>De eigen notities van het gezin zitten er niet in.</source>
        <translation>The family&apos;s own notes are not in it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw eigen notities zitten erin.</source>
        <translation>Your own notes are in it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw eigen notities zitten er niet in.</source>
        <translation>Your own notes are not in it.</translation>
    </message>
</context>
<context>
    <name>PlanListPanel</name>
    <message>
        <location filename="../../ui/start/plan_list_panel.py" line="+60"/>
        <source>&amp;Uw plannen</source>
        <translation>&amp;Your plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan&amp;bestand openen…</source>
        <translation>Open a plan &amp;file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een plan uit een planbestand (.wijkplan) toevoegen (Ctrl+O)</source>
        <translation>Add a plan from a plan file (.wijkplan) (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoek op naam of titel</source>
        <translation>Search by name or title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoek op naam of titel (Ctrl+F)</source>
        <translation>Search by name or title (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Volgorde:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgorde van de plannen</source>
        <translation>Order of the plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eerstvolgende datum</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst veranderd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort plan</source>
        <translation>Kind of plan</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Weghalen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan weghalen uit de lijst (Delete). U kunt het terugzetten.</source>
        <translation>Remove this plan from the list (Delete). You can put it back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op&amp;slaan als planbestand…</source>
        <translation>&amp;Save as plan file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan als bestand bewaren, om te delen of als reservekopie</source>
        <translation>Save the plan as a file, to share or as a backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open dit plan</source>
        <translation>&amp;Open this plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tip: dubbelklik op een plan, of kies het en druk op Enter.</source>
        <translation>Tip: double-click a plan, or choose it and press Enter.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>U heeft nog geen plan. Kies hierboven wat voor plan u wilt maken.</source>
        <translation>You have no plan yet. Choose above what kind of plan you want to make.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat geen plan in uw lijst. Maak hierboven een nieuw plan, of zet een weggehaald plan terug.</source>
        <translation>There is no plan in your list. Make a new plan above, or put a removed plan back.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;eggehaalde plannen (%1)…</source>
        <translation>R&amp;emoved plans (%1)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw plannen worden geopend…</source>
        <translation>Opening your plans…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Plan weghalen</source>
        <translation>Remove plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan „%1” weghalen?</source>
        <translation>Remove the plan &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weet u het zeker? U kunt het plan daarna nog terugzetten.</source>
        <translation>Are you sure? You can still put the plan back after that.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja, &amp;weghalen</source>
        <translation>Yes, &amp;remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nee, laten staan</source>
        <translation>&amp;No, keep it</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 van de %2 plannen gevonden.</source>
        <translation>%1 of the %2 plans found.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>U heeft %n plannen.</source>
        <translation>
            <numerusform>You have %n plan.</numerusform>
            <numerusform>You have %n plans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Bij %n plannen is een datum voorbij.</source>
        <translation>
            <numerusform>A date has passed in %n plan.</numerusform>
            <numerusform>A date has passed in %n plans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n plannen kunnen niet worden geopend.</source>
        <translation>
            <numerusform>%n plan cannot be opened.</numerusform>
            <numerusform>%n plans cannot be opened.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geen plan gevonden met „%1”. Probeer een ander woord.</source>
        <translation>No plan found with &quot;%1&quot;. Try another word.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Het plan „%1” is weggehaald.</source>
        <translation>The plan &quot;%1&quot; was removed.</translation>
    </message>
</context>
<context>
    <name>PlanParts</name>
    <message>
        <location filename="../../ui/people/agreements_editor.py" line="-199"/>
        <source>Doel %1: %2</source>
        <translation>Goal %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (nog geen afspraken)</source>
        <translation>%1 (no agreements yet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zonder doel</source>
        <translation>No goal</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 nog invullen</source>
        <translation>%1 still to fill in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Veiligheidsafspraak</source>
        <translation>Safety agreement</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_editor.py" line="-109"/>
        <source>Mag de naam van deze persoon in het plan staan?</source>
        <translation>May the name of this person be in the plan?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe dichtbij</source>
        <translation>How close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam in plan</source>
        <translation>Name in plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bereikbaar: %1</source>
        <translation>Reach: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Ja</source>
        <translation>✓ Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— Nee</source>
        <translation>— No</translation>
    </message>
    <message>
        <location filename="../../ui/people/plan_parts_wording.py" line="+60"/>
        <source>wat</source>
        <extracomment>A shape per status, like the states of the parts, so the status never depends on seeing colour.</extracomment>
        <translation>what</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie</source>
        <translation>who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wanneer</source>
        <translation>when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hoe weten we dat het lukt</source>
        <translation>how we know it works</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie checkt</source>
        <translation>who checks</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Nog niet ingevuld: %2</source>
        <translation>%1 Not filled in yet: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, voorbij</source>
        <translation>%1, passed</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="-231"/>
        <source>Dit plan kan niet open. Er staat iets in dat Ons Plan niet kan lezen. U kunt het wel opslaan als planbestand, met alles wat te lezen is. Daarna kunt u het weghalen.</source>
        <extracomment>Plans without a next date sort after every plan with one; plans that cannot be read before all others.</extracomment>
        <translation>This plan cannot open. There is something in it that Ons Plan cannot read. You can save it as a plan file, with everything that can be read. After that you can remove it.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort plan</source>
        <translation>Kind of plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst veranderd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>PlanTableView</name>
    <message>
        <location filename="../../ui/start/plan_table_view.py" line="+61"/>
        <source>Uw plannen</source>
        <extracomment>The next date first: what needs attention comes to the top. Plans with the same date keep newest change first. In a narrow window (large text) the next date gives way, down to its heading, so the plan&apos;s title keeps room. Levels of widgets from the table up to the window&apos;s scroll area: the table, the list, the panel, the page, the area.</extracomment>
        <translation>Your plans</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/editor/plan_undo.py" line="+66"/>
        <source>Ongedaan gemaakt: %1</source>
        <extracomment>The grey of a push button that cannot be used (see the theme), for menu items that cannot be used.</extracomment>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opnieuw gedaan: %1</source>
        <translation>Done again: %1</translation>
    </message>
</context>
<context>
    <name>PrivateNoteCard</name>
    <message>
        <location filename="../../ui/together/private_notes.py" line="+52"/>
        <source>Schrijf hier wat u wilt onthouden.</source>
        <translation>Write here what you want to remember.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen notitie</source>
        <translation>Own note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ook in het plan zetten</source>
        <translation>Put it in the plan too</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weggooien</source>
        <translation>Throw away</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Deze notitie komt in het plan, ook op papier.</source>
        <translation>This note goes into the plan, also on paper.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen voor u. Deze notitie komt niet in het plan.</source>
        <translation>Only for you. This note does not go into the plan.</translation>
    </message>
</context>
<context>
    <name>PrivateNotesDialog</name>
    <message>
        <location filename="../../ui/start/plan_file_dialogs.py" line="-179"/>
        <source>Opslaan als planbestand</source>
        <translation>Save as plan file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eigen notities meenemen?</source>
        <translation>Take your own notes along?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U bewaart het plan „%1” als planbestand.</source>
        <translation>You are saving the plan &quot;%1&quot; as a plan file.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In dit plan staan %n eigen notities. Die zijn alleen van u. Ze gaan niet mee in het bestand, tenzij u dat hieronder kiest.</source>
        <translation>
            <numerusform>This plan has %n own note. It is yours only. It does not go into the file, unless you choose that below.</numerusform>
            <numerusform>This plan has %n own notes. They are yours only. They do not go into the file, unless you choose that below.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja, mijn eigen &amp;notities meenemen</source>
        <translation>Yes, take my own &amp;notes along</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen doen als u dat zelf wilt. Iedereen die het bestand krijgt, kan ze lezen.</source>
        <translation>Only do this if you want to. Anyone who gets the file can read them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kies waar u het bewaart…</source>
        <translation>&amp;Choose where to save it…</translation>
    </message>
</context>
<context>
    <name>ProcessGuideDialog</name>
    <message>
        <location filename="../../ui/together/process_guide.py" line="+92"/>
        <location line="+5"/>
        <source>Het proces, stap voor stap</source>
        <extracomment>Item views ignore the theme&apos;s large tick boxes: give these the same size and some air. Room beside the text: the tick box, its gap, and the item&apos;s padding.</extracomment>
        <translation>The process, step by step</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stappen van het proces</source>
        <translation>Steps of the process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stappen</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Wie nodigen we uit?…</source>
        <translation>&amp;Whom do we invite?…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Maak het &amp;concreet</source>
        <translation>Make it &amp;concrete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraag dit aan het gezin. Het gezin past de afspraken zelf aan.</source>
        <translation>Ask the family this. The family changes the agreements itself.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vragen over de afspraken</source>
        <translation>Questions about the agreements</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Notities over het proces</source>
        <translation>&amp;Notes about the process</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notities van de ondersteuner</source>
        <translation>Notes of the supporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schrijf een notitie over het proces, niet over de inhoud.</source>
        <translation>Write a note about the process, not about the content.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bij welke fase</source>
        <translation>At which phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie &amp;bewaren</source>
        <translation>&amp;Save the note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bewaren met Ctrl+Enter.</source>
        <translation>Save with Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alleen de ondersteuner schrijft hier notities. U kunt ze wel lezen.</source>
        <translation>Only the supporter writes notes here. You can read them.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Afspraak %1 (nog zonder &apos;wat&apos;)</source>
        <translation>Agreement %1 (no &apos;what&apos; yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  – %1</source>
        <translation>  – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er zijn nog geen afspraken. Het gezin maakt ze in het plan.</source>
        <translation>There are no agreements yet. The family makes them in the plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Alle afspraken zijn concreet: wat, wie, wanneer, hoe weten we dat het lukt, en wie checkt.</source>
        <translation>✓ All agreements are concrete: what, who, when, how we know it works, and who checks.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Het hele proces</source>
        <translation>The whole process</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nog geen notities.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bij fase %1: %2</source>
        <translation>At phase %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over het hele proces</source>
        <translation>About the whole process</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vink samen met het gezin af wat gedaan is. Met de pijltjes kiest u een stap, met de spatiebalk vinkt u af. De tekst van het plan verandert hier niet: die is van het gezin.</source>
        <translation>Tick off together with the family what is done. Choose a step with the arrow keys, tick it off with the space bar. The text of the plan does not change here: it belongs to the family.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier ziet u hoe ver het proces is. U kunt zelf ook een stap afvinken, met de spatiebalk.</source>
        <translation>Here you see how far the process is. You can tick off a step yourself too, with the space bar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U kunt hier meekijken. Alleen de ondersteuner en het gezin vinken stappen af.</source>
        <translation>You can look along here. Only the supporter and the family tick off steps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>het gesprek</source>
        <translation>the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de bijeenkomst</source>
        <translation>the family meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen datum voor %1. Staat die in het plan, dan ziet u hier een voorstel voor de check-in.</source>
        <translation>No date yet for %1. Once it is in the plan, you see a suggestion for the check-in here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorstel voor de check-in: %1. Dat is vier weken na %2 van %3.</source>
        <translation>Suggested check-in: %1. That is four weeks after %2 of %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De evaluatie is op %1.</source>
        <translation>The evaluation is on %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Fase %1: %2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Phase %1: %2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schrijf eerst een notitie.</source>
        <translation>First write a note.</translation>
    </message>
</context>
<context>
    <name>ProcessStepListModel</name>
    <message>
        <location filename="../../ui/together/process_step_model.py" line="+108"/>
        <source>nog niet gedaan</source>
        <translation>not done yet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1. %2  ·  %3 van %4 gedaan</source>
        <translation>%1. %2  ·  %3 of %4 done</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✓ gedaan op %1, door %2</source>
        <translation>✓ done on %1, by %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ gedaan op %1</source>
        <translation>✓ done on %1</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <location filename="../../ui/window/advice_desk.py" line="-205"/>
        <location line="+1"/>
        <source>Wie geeft het advies?</source>
        <translation>Who gives the advice?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies staat altijd op uw naam. Zo weet het gezin van wie het komt.</source>
        <translation>Your advice is always in your name. That way the family knows who it is from.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bijvoorbeeld Marieke Jansen</source>
        <translation>for example Marieke Jansen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>for example the neighbourhood team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw &amp;naam</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rganisatie</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verder</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReadAloudBox</name>
    <message>
        <location filename="../../ui/common/read_aloud_box.py" line="+34"/>
        <source>Voorlezen</source>
        <extracomment>The sentence stands out from the rest of the screen, as a marker pen would make it.</extracomment>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Wordt voorgelezen:</source>
        <translation>Reading aloud:</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+51"/>
        <location line="+1"/>
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Even stoppen. Met Verder hoort u de zin opnieuw.</source>
        <translation>Stop for a moment. With Continue you hear the sentence again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop met voorlezen</source>
        <translation>Stop reading aloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rustig voorlezen</source>
        <translation>Read slowly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langzamer voorlezen. Dit wordt onthouden.</source>
        <translation>Read more slowly. This is remembered.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>▶ Verder</source>
        <translation>▶ Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verder voorlezen</source>
        <translation>Continue reading aloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gepauzeerd bij:</source>
        <translation>Paused at:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>zin %1 van %2</source>
        <translation>sentence %1 of %2</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeBox</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="-208"/>
        <source>Herstelcode: %1</source>
        <translation>Recovery code: %1</translation>
    </message>
</context>
<context>
    <name>ReplacementTableModel</name>
    <message>
        <location filename="../../ui/window/anonymous_copy.py" line="-145"/>
        <source>In het plan</source>
        <extracomment>The table shows this many rows without scrolling; more scroll inside it.</extracomment>
        <translation>In the plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In de kopie</source>
        <translation>In the copy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(gaat niet mee)</source>
        <translation>(left out)</translation>
    </message>
</context>
<context>
    <name>RoleBar</name>
    <message>
        <location filename="../../ui/together/role_bar.py" line="+31"/>
        <source>Aan het toetsenbord:</source>
        <extracomment>The family&apos;s own role looks like the rest of the bar; any other role is tinted, so it shows from across the table.</extracomment>
        <translation>At the keyboard:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiss&amp;elen…</source>
        <translation>Sw&amp;itch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies wie er nu aan het toetsenbord zit (Alt+E)</source>
        <translation>Choose who is at the keyboard now (Alt+I)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aan het toetsenbord: %1</source>
        <translation>At the keyboard: %1</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/together/role_dialog.py" line="+35"/>
        <location line="+4"/>
        <source>Wie zit er aan het toetsenbord?</source>
        <extracomment>The longest name the services keep on one line.</extracomment>
        <translation>Who is at the keyboard?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies wie nu het plan gebruikt. Zo weet iedereen later wie wat heeft gedaan.</source>
        <translation>Choose who uses the plan now. Then everyone knows later who did what.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Gezin</source>
        <translation>&amp;Family</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ondersteuner</source>
        <translation>&amp;Supporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Professional</source>
        <translation>&amp;Professional</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>for example the neighbourhood team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uw &amp;naam</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;rganisatie</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wisselen</source>
        <translation>S&amp;witch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Mag leeg blijven. Dan staat er: Gezin.</source>
        <translation>May stay empty. Then it says: Family.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul uw naam in. Wat u doet, staat op uw naam.</source>
        <translation>Fill in your name. What you do goes on record in your name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijvoorbeeld Sanne</source>
        <translation>for example Sanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijvoorbeeld Marieke Jansen</source>
        <translation>for example Marieke Jansen</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../ui/people/rows_editor.py" line="+181"/>
        <source>Aan&amp;passen</source>
        <extracomment>The padding of table cells in the theme (``QTableView::item``). The width a cell&apos;s text does not get: the padding on both sides, and the style&apos;s own small text margins.</extracomment>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas de gekozen regel aan (Enter)</source>
        <translation>Change the chosen line (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weghalen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haal de gekozen regel weg (Delete)</source>
        <translation>Remove the chosen line (Delete)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja, weghalen</source>
        <translation>Yes, remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee, laten staan</source>
        <translation>No, keep it</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../../ui/editor/section_actions.py" line="+126"/>
        <source>&amp;Naam veranderen…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Andere naam</source>
        <translation>Other name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Over&amp;slaan</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Om&amp;hoog</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↑ Omhoog</source>
        <translation>↑ Up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Om&amp;laag</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↓ Omlaag</source>
        <translation>↓ Down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Eigen deel toevoegen…</source>
        <translation>&amp;Add a part of your own…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ Eigen deel</source>
        <translation>+ Own part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weghalen…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↶ Ongedaan maken</source>
        <translation>↶ Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↷ Opnieuw</source>
        <translation>↷ Redo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geef dit deel een eigen naam</source>
        <translation>Give this part a name of your own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet dit deel een plek hoger</source>
        <translation>Move this part one place up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet dit deel een plek lager</source>
        <translation>Move this part one place down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voeg een eigen deel toe, na dit deel</source>
        <translation>Add a part of your own, after this part</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Toch &amp;gebruiken</source>
        <translation>&amp;Use it after all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toch gebruiken</source>
        <translation>Use it after all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gebruik dit deel weer in het plan</source>
        <translation>Use this part in the plan again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sla dit deel over: het blijft bewaard, maar komt niet in de PDF</source>
        <translation>Skip this part: it stays saved, but does not go into the PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Haal dit eigen deel weg (alleen als het leeg is)</source>
        <translation>Remove this part of your own (only when it is empty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen een eigen deel kunt u weghalen. Een ander deel kunt u overslaan.</source>
        <translation>You can only remove a part of your own. You can skip another part.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alleen het gezin kan de delen van het plan veranderen.</source>
        <translation>Only the family can change the parts of the plan.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Naam veranderen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hoe wilt u dit deel &amp;noemen?</source>
        <translation>What do you want to &amp;call this part?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bewaar naam</source>
        <translation>&amp;Save the name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hoe heet het nieuwe deel? Het komt na &apos;%1&apos;.</source>
        <translation>What is the new part called? It comes after &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe heet het nieuwe deel?</source>
        <translation>What is the new part called?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen deel toevoegen</source>
        <translation>Add a part of your own</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dit deel kan pas weg als het leeg is.</source>
        <translation>This part can only go when it is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deel weghalen</source>
        <translation>Remove part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u het deel &apos;%1&apos; weghalen?</source>
        <translation>Do you want to remove the part &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel is leeg. Met Ongedaan maken (Ctrl+Z) komt het terug.</source>
        <translation>The part is empty. With Undo (Ctrl+Z) it comes back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weghalen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet weghalen</source>
        <translation>&amp;Do not remove</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ongedaan maken: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is nog niets om ongedaan te maken</source>
        <translation>There is nothing to undo yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opnieuw: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is niets om opnieuw te doen</source>
        <translation>There is nothing to redo</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../ui/editor/section_list_model.py" line="+93"/>
        <source>overgeslagen</source>
        <extracomment>A skipped part is drawn lighter, and says &quot;overgeslagen&quot; in words: colour alone would not tell everyone.</extracomment>
        <translation>skipped</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>eigen deel</source>
        <translation>own part</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <location filename="../../ui/editor/section_panel.py" line="+47"/>
        <source>&amp;Hulp en voorbeeld</source>
        <translation>&amp;Help and example</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toon of verberg hulp en een voorbeeld (F1)</source>
        <translation>Show or hide help and an example (F1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lees wat professionals over dit deel zeggen</source>
        <translation>Read what professionals say about this part</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ Advies bij dit deel…</source>
        <translation>+ Advice about this part…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geef informatie of advies over dit deel, op uw naam</source>
        <translation>Give information or advice about this part, in your name</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+149"/>
        <source>Schrijf hier in uw eigen woorden.</source>
        <translation>Write here in your own words.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Dit deel is &amp;klaar</source>
        <translation>This part is &amp;done</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Vorig deel</source>
        <translation>← Previous part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig deel (Ctrl+PgUp)</source>
        <translation>Previous part (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgend deel →</source>
        <translation>Next part →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgend deel (Ctrl+PgDown)</source>
        <translation>Next part (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Deel %1 van %2</source>
        <translation>Part %1 of %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw tekst bij: %1</source>
        <translation>Your text for: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Het gezin heeft hier nog niets geschreven.</source>
        <translation>The family has not written anything here yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Er is advies bij dit deel →</source>
        <translation>There is advice about this part →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is advies bij dit deel (%1) →</source>
        <translation>There is advice about this part (%1) →</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Mijn doelen</source>
        <translation>My goals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onze doelen</source>
        <translation>Our goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn afspraken</source>
        <translation>My agreements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onze afspraken</source>
        <translation>Our agreements</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ Bewaard</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bezig met bewaren…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <location filename="../../ui/editor/section_sidebar.py" line="+22"/>
        <source>Delen van het plan</source>
        <translation>Parts of the plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delen van het plan</source>
        <translation>&amp;Parts of the plan</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+13"/>
        <source>Beveiliging en reservekopie</source>
        <translation>Security and backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op slot na</source>
        <translation>Lock after</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan gaat vanzelf op &amp;slot als niemand het gebruikt na:</source>
        <translation>Ons Plan &amp;locks by itself when nobody uses it after:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nu op slot &amp;zetten (Ctrl+L)</source>
        <translation>Lock &amp;now (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wachtwoord veranderen…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe &amp;herstelcode maken…</source>
        <translation>Make a new &amp;recovery code…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reservekopie &amp;maken…</source>
        <translation>&amp;Make a backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Op slot</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op slot ziet niemand uw plannen. U opent ze weer met uw wachtwoord.</source>
        <translation>When it is locked, nobody sees your plans. You open them again with your password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wachtwoord en herstelcode</source>
        <translation>Password and recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met uw wachtwoord of uw herstelcode opent u uw plannen. Niemand anders kan dat.</source>
        <translation>With your password or your recovery code you open your plans. Nobody else can.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een reservekopie is één bestand met al uw plannen. Het zit op slot met uw wachtwoord van nu. Bewaar het bijvoorbeeld op een USB-stick. Gaat de laptop kapot of kwijt? Dan zet u de kopie terug op een andere laptop.</source>
        <translation>A backup is one file with all your plans. It is locked with your password of now. Keep it on a USB stick, for example. Is the laptop broken or lost? Then you restore the copy on another laptop.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ Bewaard.</source>
        <translation>✓ Saved.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>Reservekopie maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reservekopie van Ons Plan (*%1)</source>
        <translation>Backup of Ons Plan (*%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bezig met de reservekopie…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ De reservekopie is bewaard: %1. Hij opent met uw wachtwoord of herstelcode van nu.</source>
        <translation>✓ The backup is saved: %1. It opens with your password or recovery code of now.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De reservekopie wordt gemaakt…</source>
        <translation>The backup is being made…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen van nu worden vervangen door die in de reservekopie. Ze worden eerst bewaard in de map backups. Wilt u doorgaan?</source>
        <translation>Your plans of now are replaced by those in the backup. They are first kept in the backups folder. Do you want to go on?</translation>
    </message>
</context>
<context>
    <name>SessionRole</name>
    <message>
        <location filename="../../ui/common/session_role.py" line="+24"/>
        <source>gezin</source>
        <extracomment>The roles someone can take at the keyboard. The network speaks through the family, so it has no role of its own.</extracomment>
        <translation>family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netwerk</source>
        <translation>network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ondersteuner</source>
        <translation>supporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ondersteuner</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Het plan is van u. U schrijft en verandert de tekst, de mensen, de doelen en de afspraken. U geeft antwoord op advies.</source>
        <translation>The plan is yours. You write and change the text, the people, the goals and the agreements. You answer advice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Als professional geeft u informatie en advies, op uw naam. Het gezin beslist zelf wat het ermee doet. De tekst van het plan is van het gezin: die kunt u lezen, niet veranderen.</source>
        <translation>As a professional you give information and advice, in your name. The family decides what to do with it. The text of the plan belongs to the family: you can read it, not change it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Als ondersteuner helpt u met het proces. De tekst van het plan is van het gezin: die kunt u lezen, niet veranderen.</source>
        <translation>As a supporter you help with the process. The text of the plan belongs to the family: you can read it, not change it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>U kijkt mee als professional. De tekst is van het gezin: u kunt hem lezen, niet veranderen. Uw advies zet u bij Informatie en advies.</source>
        <translation>You look along as a professional. The text belongs to the family: you can read it, not change it. You put your advice under Information and advice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>U kijkt mee als %1. De tekst is van het gezin: u kunt hem lezen, niet veranderen.</source>
        <translation>You look along as %1. The text belongs to the family: you can read it, not change it.</translation>
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
        <translation>You skip this part. It does not go into the PDF. Your text stays saved.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../ui/common/speech.py" line="+78"/>
        <source>Deze computer kan nog niet voorlezen: zet een stem aan bij Instellingen, Tijd en taal.</source>
        <extracomment>The engines tried first, in this order; Qt&apos;s test engine (&quot;mock&quot;) never reads to a family. The pace of &quot;rustig&quot;: slower than the voice&apos;s own (-1 is the slowest, 0 the voice&apos;s own). A sentence that has not ended after this long (seconds, plus a little per letter) never will: an engine without sound (speech-dispatcher with no sound card) says it speaks and never says it is done.</extracomment>
        <translation>This computer cannot read aloud yet: turn on a voice in Settings, Time and language.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze Mac kan nog niet voorlezen: kies een stem bij Systeeminstellingen, Toegankelijkheid.</source>
        <translation>This Mac cannot read aloud yet: choose a voice in System Settings, Accessibility.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze computer kan nog niet voorlezen: installeer de programma&apos;s speech-dispatcher en espeak-ng.</source>
        <translation>This computer cannot read aloud yet: install the programs speech-dispatcher and espeak-ng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het voorlezen lukt niet: de computer geeft geen geluid. Staat het geluid aan?</source>
        <translation>Reading aloud does not work: the computer makes no sound. Is the sound on?</translation>
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
        <translation>Here you write your own plan. You decide what is in it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+  Nieuw &amp;familiegroepsplan</source>
        <translation>+  New &amp;family group plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+  Nieuw &amp;persoonlijk plan</source>
        <translation>+  New &amp;personal plan</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+19"/>
        <source>Wat is het?</source>
        <translation>What is it?</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Een plan van uw familie, voor uw kind of kinderen. U maakt het samen met familie, vrienden en buren. Samen schrijft u op wat er moet gebeuren en wie wat doet.</source>
        <translation>A plan of your family, for your child or children. You make it together with family, friends and neighbours. Together you write down what needs to happen and who does what.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Een recht, geen plicht</source>
        <translation>A right, not a duty</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>U mag een familiegroepsplan maken. Het hoeft niet. Dit staat in de Jeugdwet.</source>
        <translation>You may make a family group plan. You do not have to. This is in the Youth Act (Jeugdwet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie biedt het aan?</source>
        <translation>Who offers it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krijgt uw kind jeugdhulp? Of is er jeugdbescherming (een gecertificeerde instelling, GI) bij uw gezin? Dan moeten zij u eerst de kans geven om zelf een plan te maken.</source>
        <translation>Does your child get youth care? Or is child protection (a certified institution, GI) involved with your family? Then they must first give you the chance to make a plan yourselves.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U kiest de vorm</source>
        <translation>You choose the form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen verplicht formulier. De vragen hier helpen u op weg. U mag delen overslaan, een andere naam geven of zelf delen toevoegen.</source>
        <translation>There is no required form. The questions here help you on your way. You may skip parts, give them another name or add parts yourself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Wat gebeurt ermee?</source>
        <translation>What happens with it?</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Professionals mogen advies geven. U beslist zelf wat u ermee doet. Is er een ondertoezichtstelling? Dan kan de jeugdbeschermer voorwaarden stellen voor de veiligheid. Uw plan moet aan die voorwaarden voldoen.</source>
        <translation>Professionals may give advice. You decide yourself what you do with it. Is there a supervision order? Then the child protection worker can set conditions for safety. Your plan must meet those conditions.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>U schrijft op hoe het met u gaat en wat u zelf kunt. U schrijft ook wie u helpt en welke hulp volgens u past. Dit staat in de Wmo, de wet voor hulp en zorg van de gemeente.</source>
        <translation>You write down how you are doing and what you can do yourself. You also write who helps you and which help you think fits. This is in the Wmo, the law for help and care from the municipality.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U mag een persoonlijk plan maken. Het hoeft niet.</source>
        <translation>You may make a personal plan. You do not have to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binnen 7 dagen</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerst meldt u zich bij de gemeente voor hulp. Dat heet een melding. Daarna heeft u 7 dagen om uw plan te geven. Is het later klaar? U mag het dan nog steeds geven.</source>
        <translation>First you report to the municipality for help. That is called a melding. After that you have 7 days to give your plan. Is it ready later? You may still give it then.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gemeente gebruikt uw plan in haar onderzoek. Dat onderzoek duurt hoogstens 6 weken. Daarna vraagt u de hulp aan. De gemeente beslist binnen 2 weken na die aanvraag. Uw plan telt mee, maar de gemeente beslist.</source>
        <translation>The municipality uses your plan in its assessment. That assessment takes 6 weeks at most. After that you apply for the help. The municipality decides within 2 weeks after that application. Your plan counts, but the municipality decides.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../../wijkteam/template_words.py" line="+14"/>
        <source>Familiegroepsplan</source>
        <translation>Family group plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons familiegroepsplan</source>
        <translation>Our family group plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een familiegroepsplan maakt u zelf, met uw familie en mensen om u heen. U schrijft op wat er speelt, wat u wilt bereiken en wie wat doet. Het is uw recht, geen plicht.</source>
        <translation>You make a family group plan yourself, with your family and people around you. You write down what is going on, what you want to reach and who does what. It is your right, not a duty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie deden mee</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hebben samen dit plan gemaakt?</source>
        <translation>Who made this plan together?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf de namen op van iedereen die meedacht. Ook wie er niet bij kon zijn, maar wel iets liet weten.</source>
        <translation>Write down the names of everyone who thought along. Also those who could not be there, but did send word.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mama Sanne, papa Kemal, oma Ria, buurvrouw Fatima en Jesse (14).</source>
        <translation>Mum Sanne, dad Kemal, grandma Ria, neighbour Fatima and Jesse (14).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze hoofdvraag</source>
        <translation>Our main question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat willen we samen bereiken? Schrijf het op als een vraag.</source>
        <translation>What do we want to reach together? Write it down as a question.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een goede hoofdvraag kijkt vooruit. Hij begint vaak met &apos;Hoe zorgen we dat ...&apos;.</source>
        <translation>A good main question looks ahead. It often starts with &apos;How do we make sure that ...&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe zorgen we dat het thuis weer fijn wordt en Jesse graag naar school gaat?</source>
        <translation>How do we make sure that home feels good again and Jesse likes going to school?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze situatie</source>
        <translation>Our situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe gaat het nu thuis? Vertel het in uw eigen woorden.</source>
        <translation>How are things at home now? Tell it in your own words.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen goed of fout antwoord. Schrijf op wat u belangrijk vindt dat anderen weten.</source>
        <translation>There is no right or wrong answer. Write down what you find important for others to know.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We wonen met z&apos;n vieren in een flat. Sinds papa zijn werk kwijt is, is er veel spanning.</source>
        <translation>The four of us live in a flat. Since dad lost his job, there is a lot of tension.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze zorgen</source>
        <translation>Our worries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waar maken wij ons zorgen over?</source>
        <translation>What are we worried about?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit zijn uw eigen zorgen. Zorgen van hulpverleners staan apart, achter in het plan.</source>
        <translation>These are your own worries. Worries of professionals are separate, at the back of the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We maken ons zorgen omdat Jesse vaak niet naar school gaat.</source>
        <translation>We are worried because Jesse often does not go to school.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat goed</source>
        <translation>What goes well</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat er goed? Waar zijn we trots op?</source>
        <translation>What goes well? What are we proud of?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kijk ook naar kleine dingen. Wat helpt nu al?</source>
        <translation>Look at small things too. What helps already?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We eten elke avond samen. Oma komt elke zondag.</source>
        <translation>We eat together every evening. Grandma comes every Sunday.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat de kinderen zeggen</source>
        <translation>What the children say</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat vinden de kinderen? Wat willen zij?</source>
        <translation>What do the children think? What do they want?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op wat de kinderen zelf zeggen, zo veel mogelijk in hun eigen woorden. Een tekening kan ook.</source>
        <translation>Write down what the children say themselves, in their own words as much as you can. A drawing is fine too.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jesse: &apos;Ik wil dat er minder ruzie is. En ik wil op voetbal.&apos;</source>
        <translation>Jesse: &apos;I want less fighting. And I want to play football.&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat willen we bereiken</source>
        <translation>What we want to reach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet er over een paar maanden anders zijn?</source>
        <translation>What should be different in a few months?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf elk doel apart op. Maak het zo concreet mogelijk.</source>
        <translation>Write down each goal on its own. Make it as concrete as you can.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jesse gaat elke dag naar school.</source>
        <translation>Jesse goes to school every day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze afspraken</source>
        <translation>Our agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie doet wat, en wanneer? Hoe weten we dat het lukt?</source>
        <translation>Who does what, and when? How do we know it works?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf bij elke afspraak op: wat gaan we doen, wie doet het en wanneer? Hoe zien we dat het lukt, en wie checkt het?</source>
        <translation>Write down for each agreement: what will we do, who does it and when? How do we see that it works, and who checks it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oma brengt Jesse op maandag en woensdag naar school. Mama belt de mentor elke vrijdag.</source>
        <translation>Grandma takes Jesse to school on Monday and Wednesday. Mum calls the mentor every Friday.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veiligheidsafspraken</source>
        <translation>Safety agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat spreken we af zodat iedereen veilig is?</source>
        <translation>What do we agree so that everyone is safe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heeft een hulpverlener voorwaarden voor de veiligheid gesteld? Die staan apart in het plan, met wie ze stelde. Hier schrijft u wat u zelf afspreekt.</source>
        <translation>Did a professional set conditions for safety? They are separate in the plan, with who set them. Here you write what you agree yourselves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als de ruzie te hoog oploopt, gaan de kinderen naar oma. Oma is altijd bereikbaar.</source>
        <translation>If the fighting gets too bad, the children go to grandma. Grandma can always be reached.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons netwerk</source>
        <translation>Our network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie staan er om ons heen? Wie kan helpen?</source>
        <translation>Who is around us? Who can help?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk aan familie, vrienden, buren, school en werk. Wie staat dichtbij? Wie kan iets doen?</source>
        <translation>Think of family, friends, neighbours, school and work. Who is close? Who can do something?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oma Ria (dichtbij), buurvrouw Fatima, trainer van de voetbalclub.</source>
        <translation>Grandma Ria (close), neighbour Fatima, the coach of the football club.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp die we vragen</source>
        <translation>Help we ask for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp vragen we, en aan wie?</source>
        <translation>Which help do we ask for, and from whom?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp van mensen om u heen, van de gemeente of van hulpverleners.</source>
        <translation>Help from people around you, from the municipality or from professionals.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We vragen het wijkteam om hulp bij de schulden.</source>
        <translation>We ask the neighbourhood team for help with the debts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als het anders loopt</source>
        <translation>If things go differently</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat doen we als het niet lukt zoals we willen?</source>
        <translation>What do we do if it does not work out the way we want?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is plan B. Wie bellen we? Wat doen we dan?</source>
        <translation>This is plan B. Who do we call? What do we do then?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als Jesse twee dagen niet naar school gaat, bellen we samen de mentor.</source>
        <translation>If Jesse does not go to school for two days, we call the mentor together.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie houdt het plan in de gaten</source>
        <translation>Who keeps an eye on the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie let erop dat we doen wat we afspraken?</source>
        <translation>Who makes sure we do what we agreed?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies iemand die het gezin goed kent. Die vraagt af en toe hoe het gaat.</source>
        <translation>Choose someone who knows the family well. They ask now and then how it is going.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oom Dennis belt elke twee weken om te horen hoe het gaat.</source>
        <translation>Uncle Dennis calls every two weeks to hear how it is going.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer kijken we samen hoe het gaat?</source>
        <translation>When do we look together at how it is going?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreek een datum af, bijvoorbeeld na vier weken en na drie maanden.</source>
        <translation>Agree on a date, for example after four weeks and after three months.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op 15 maart komen we weer samen bij oma.</source>
        <translation>On 15 March we meet again at grandma&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekeningen</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie zetten hun handtekening onder dit plan?</source>
        <translation>Who sign this plan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iedereen die iets belooft, zet een handtekening. Zo weet iedereen wat er is afgesproken.</source>
        <translation>Everyone who promises something signs. Then everyone knows what was agreed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mama Sanne, papa Kemal, oma Ria.</source>
        <translation>Mum Sanne, dad Kemal, grandma Ria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persoonlijk plan</source>
        <translation>Personal plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn persoonlijk plan</source>
        <translation>My personal plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een persoonlijk plan vertelt u de gemeente zelf wat er speelt. U zegt ook welke hulp bij u past. U mag het maken binnen 7 dagen na uw melding. De gemeente gebruikt het in haar onderzoek. De gemeente beslist daarna over de hulp.</source>
        <translation>With a personal plan you tell the municipality yourself what is going on. You also say which help fits you. You may make it within 7 days after your melding. The municipality uses it in its assessment. After that the municipality decides about the help.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat ik nodig heb en wat ik belangrijk vind</source>
        <translation>what I need and what I find important</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat ik zelf kan, en wat mijn huisgenoten doen</source>
        <translation>what I can do myself, and what the people I live with do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat mijn mantelzorgers en netwerk doen</source>
        <translation>what my carers and network do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat mijn mantelzorger nodig heeft</source>
        <translation>what my carer needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hulp in de buurt en vrijwilligerswerk</source>
        <translation>help in the neighbourhood and volunteer work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere hulp en instanties</source>
        <translation>other help and organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eigen bijdrage</source>
        <translation>own contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over mij</source>
        <translation>About me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie bent u? Vertel kort iets over uzelf.</source>
        <translation>Who are you? Tell something short about yourself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld uw leeftijd, met wie u woont en wat u graag doet. Schrijf ook de datum van uw melding op.</source>
        <translation>For example your age, who you live with and what you like to do. Also write down the date of your melding.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik ben Wim, 78 jaar. Ik woon alleen in Zwolle. Ik deed mijn melding op 3 november.</source>
        <translation>I am Wim, 78 years old. I live alone in Zwolle. I made my melding on 3 November.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn situatie</source>
        <translation>My situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe gaat het nu? Wat heeft u nodig, en wat vindt u belangrijk?</source>
        <translation>How are things now? What do you need, and what do you find important?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op waar u tegenaan loopt in het dagelijks leven. En wat u belangrijk vindt.</source>
        <translation>Write down what you run into in daily life. And what you find important.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinds mijn val kan ik niet meer goed lopen. Ik wil graag zelf blijven koken.</source>
        <translation>Since my fall I cannot walk well any more. I would like to keep cooking myself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wil ik bereiken</source>
        <translation>What I want to reach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wilt u dat er anders wordt?</source>
        <translation>What do you want to become different?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf elk doel apart op.</source>
        <translation>Write down each goal on its own.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil weer zelf boodschappen doen.</source>
        <translation>I want to do my own shopping again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat kan ik zelf</source>
        <translation>What I can do myself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat kunt u zelf doen? Wat doen uw huisgenoten?</source>
        <translation>What can you do yourself? What do the people you live with do?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk ook aan hulpmiddelen die u zelf kunt regelen.</source>
        <translation>Also think of aids you can arrange yourself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik kan mezelf aankleden. Mijn kleinzoon woont bij mij en doet de was.</source>
        <translation>I can get dressed myself. My grandson lives with me and does the washing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn mantelzorgers en netwerk</source>
        <translation>My carers and network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie helpt u al? Wat doen zij?</source>
        <translation>Who helps you already? What do they do?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een mantelzorger is iemand uit uw omgeving die u helpt. Hij of zij krijgt daar geen geld voor.</source>
        <translation>A carer is someone around you who helps you. He or she does not get paid for it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn dochter Anja doet elke zaterdag boodschappen. De buurman brengt de krant.</source>
        <translation>My daughter Anja does the shopping every Saturday. The neighbour brings the paper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat mijn mantelzorger nodig heeft</source>
        <translation>What my carer needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat heeft uw mantelzorger nodig om het vol te houden?</source>
        <translation>What does your carer need to keep it up?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ook een mantelzorger kan hulp krijgen, bijvoorbeeld even vrij.</source>
        <translation>A carer can get help too, for example some time off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anja werkt fulltime. Ze wil graag een keer per maand een weekend vrij.</source>
        <translation>Anja works full time. She would like a weekend off once a month.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp in de buurt</source>
        <translation>Help in the neighbourhood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp in de buurt kunt u gebruiken? Doet u vrijwilligerswerk, of wilt u dat?</source>
        <translation>Which help in the neighbourhood can you use? Do you do volunteer work, or do you want to?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk aan een buurthuis, een eetpunt, een maatje of een klussendienst.</source>
        <translation>Think of a community centre, a place to eat together, a buddy or an odd-jobs service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil op dinsdag naar het eetpunt in het buurthuis.</source>
        <translation>I want to go to the meal at the community centre on Tuesdays.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere hulp en instanties</source>
        <translation>Other help and organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krijgt u al hulp van andere instanties?</source>
        <translation>Do you already get help from other organisations?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld van de zorgverzekeraar, de huisarts, school, werk, of hulp bij inkomen en wonen.</source>
        <translation>For example from the health insurer, the GP, school, work, or help with income and housing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik krijg fysiotherapie via de zorgverzekering.</source>
        <translation>I get physiotherapy through my health insurance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen bijdrage</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat weet u over de eigen bijdrage? Heeft u vragen?</source>
        <translation>What do you know about the own contribution? Do you have questions?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor veel hulp van de gemeente betaalt u een eigen bijdrage. Het CAK rekent uit hoeveel.</source>
        <translation>For a lot of help from the municipality you pay an own contribution. The CAK works out how much.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil weten hoeveel ik per maand moet betalen.</source>
        <translation>I want to know how much I have to pay each month.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp past bij mij</source>
        <translation>Which help fits me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp past volgens u het best? En waarom?</source>
        <translation>Which help do you think fits best? And why?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U mag zeggen wat u zelf denkt dat goed werkt. De gemeente beslist, maar moet uw plan meenemen.</source>
        <translation>You may say what you think works well. The municipality decides, but must take your plan into account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een scootmobiel. Dan kan ik zelf naar de winkel en naar mijn vrienden.</source>
        <translation>A mobility scooter. Then I can go to the shop and to my friends myself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat verwacht ik van de hulp</source>
        <translation>What I expect from the help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet de hulp voor u veranderen? Hoe merkt u dat het beter gaat?</source>
        <translation>What should the help change for you? How do you notice that things are getting better?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op wat er anders is als de hulp goed werkt. Denk aan gewone dingen van elke dag.</source>
        <translation>Write down what is different when the help works well. Think of ordinary, everyday things.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik kan weer zelf naar de winkel. Dat merk ik als ik twee keer per week boodschappen doe.</source>
        <translation>I can go to the shop by myself again. I notice that when I do the shopping twice a week.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorgverleners en aanbieders</source>
        <translation>Care workers and care providers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke zorgverleners of aanbieders kent u al? Bij wie wilt u graag hulp, en waarom?</source>
        <translation>Which care workers or care providers do you already know? Who would you like to get help from, and why?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een aanbieder is een organisatie die hulp of zorg geeft. U mag zeggen wie u kent en wie u liever niet wilt.</source>
        <translation>A care provider is an organisation that gives help or care. You may say who you know and who you would rather not have.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik ken de thuiszorg van Carinova. Daar werkt Petra, die ken ik goed. Bij haar voel ik me op mijn gemak.</source>
        <translation>I know the home care of Carinova. Petra works there, and I know her well. I feel at ease with her.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura of pgb</source>
        <translation>Care in kind or pgb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u zorg in natura of een pgb? Waarom?</source>
        <translation>Do you want care in kind or a pgb? Why?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura: de gemeente regelt de hulp. Pgb (persoonsgebonden budget): u krijgt geld en regelt de hulp zelf.</source>
        <translation>Care in kind: the municipality arranges the help. Pgb (personal budget): you get money and arrange the help yourself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura. Ik wil zelf geen administratie doen.</source>
        <translation>Care in kind. I do not want to do paperwork myself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen als u een pgb wilt.</source>
        <translation>Only if you want a pgb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als ik een pgb wil</source>
        <translation>If I want a pgb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom wilt u een pgb? Wie gaat de zorg geven? Wie helpt u met het budget?</source>
        <translation>Why do you want a pgb? Who will give the care? Who helps you with the budget?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een pgb regelt u de zorg zelf. De gemeente vraagt dan waarom u dat wilt. Ze vraagt ook wie de zorg geeft. En wie u helpt met de administratie. Dat heet budgetbeheer.</source>
        <translation>With a pgb (personal budget) you arrange the care yourself. The municipality then asks why you want that. It also asks who gives the care. And who helps you with the paperwork. That is called budget management.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een pgb kies ik zelf wie er komt. Mijn buurvrouw Els is verzorgende, zij geeft de zorg. Mijn zoon Peter helpt met het budget.</source>
        <translation>With a pgb I choose myself who comes. My neighbour Els is a care worker; she gives the care. My son Peter helps with the budget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hielp mij</source>
        <translation>Who helped me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hielp u bij het maken van dit plan?</source>
        <translation>Who helped you make this plan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld een familielid, een vriend of een ervaringsdeskundige.</source>
        <translation>For example a relative, a friend or an expert by experience.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn dochter Anja en Marieke van de cliëntondersteuning.</source>
        <translation>My daughter Anja and Marieke from client support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekening en datum</source>
        <translation>Signature and date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klopt het plan? Dan zet u hier uw handtekening.</source>
        <translation>Is the plan right? Then you sign here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet de datum erbij. Daarna geeft u het plan aan de gemeente.</source>
        <translation>Add the date. After that you give the plan to the municipality.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wim de Vries, 10 november.</source>
        <translation>Wim de Vries, 10 November.</translation>
    </message>
</context>
<context>
    <name>TermCounts</name>
    <message numerus="yes">
        <location filename="../../ui/common/term_wording.py" line="+20"/>
        <source>Nog %n dagen tot de afgesproken datum voor uw plan (%1).</source>
        <translation>
            <numerusform>%n day left until the agreed date for your plan (%1).</numerusform>
            <numerusform>%n days left until the agreed date for your plan (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermWording</name>
    <message>
        <location line="+10"/>
        <source>U mag als familie zelf een plan maken: een familiegroepsplan. Dat staat in de Jeugdwet, artikel 4.1.2. De jeugdhulpaanbieder of de gecertificeerde instelling moet u die kans eerst geven. U krijgt daar redelijk de tijd voor. Spreek samen een datum af. Is die datum voorbij? Dan mag u het plan nog steeds maken. Het is uw recht, geen plicht.</source>
        <translation>As a family, you may make a plan yourselves: a family group plan. This is in the Youth Act (Jeugdwet), article 4.1.2. The youth care provider or the certified institution (for child protection) must give you this chance first. You get a reasonable amount of time for it. Agree on a date together. Has that date passed? Then you may still make the plan. It is your right, not a duty.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vandaag is de afgesproken datum voor uw plan. U mag het ook later nog maken.</source>
        <translation>Today is the agreed date for your plan. You may also still make it later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De afgesproken datum is voorbij. U mag het plan nog steeds maken.</source>
        <translation>The agreed date has passed. You may still make the plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U kreeg op %1 het aanbod om zelf een plan te maken. Er is nog geen datum afgesproken.</source>
        <translation>On %1 you got the offer to make your own plan. No date has been agreed yet.</translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <location filename="../../ui/editor/section_actions.py" line="-293"/>
        <source>Geef het deel een naam. Een paar woorden is genoeg.</source>
        <extracomment>The longest name a part may have; the service refuses longer ones.</extracomment>
        <translation>Give the part a name. A few words is enough.</translation>
    </message>
</context>
<context>
    <name>TogetherActions</name>
    <message>
        <location filename="../../ui/together/together_actions.py" line="+61"/>
        <source>&amp;Procesgids…</source>
        <translation>&amp;Process guide…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eigen tijd…</source>
        <translation>&amp;Own time…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versies en instemming…</source>
        <translation>&amp;Versions and agreement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advies&amp;bestand inlezen…</source>
        <translation>Read an advice &amp;file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voeg advies toe dat een professional u als bestand gaf.</source>
        <translation>Add advice that a professional gave you as a file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda opslaan (.ics)…</source>
        <translation>Save to &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet &amp;nu gebeuren?</source>
        <translation>What must happen &amp;now?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kies eerst een plan in de lijst, of open een plan.</source>
        <translation>First choose a plan in the list, or open a plan.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/start/plan_table_view.py" line="+206"/>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan terugzetten (Ctrl+Z)</source>
        <translation>Put the plan back (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze melding sluiten</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ui/editor/undo_commands.py" line="+106"/>
        <source>Naam veranderen in &apos;%1&apos;</source>
        <translation>Rename to &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; overslaan</source>
        <translation>Skip &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; toch gebruiken</source>
        <translation>Use &apos;%1&apos; after all</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; klaar</source>
        <translation>&apos;%1&apos; done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; niet meer klaar</source>
        <translation>&apos;%1&apos; no longer done</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; omhoog</source>
        <translation>&apos;%1&apos; up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; omlaag</source>
        <translation>&apos;%1&apos; down</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Eigen deel &apos;%1&apos; toevoegen</source>
        <translation>Add own part &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; weghalen</source>
        <translation>Remove &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Typen in &apos;%1&apos;</source>
        <translation>Typing in &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="+100"/>
        <location line="+63"/>
        <source>Welkom terug</source>
        <translation>Welcome back</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Uw plannen zijn op slot. Typ uw wachtwoord om ze te openen.</source>
        <translation>Your plans are locked. Type your password to open them.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+116"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>&amp;Show what I type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wachtwoord &amp;vergeten?</source>
        <translation>&amp;Forgot your password?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typ dan uw herstelcode in het vak hierboven. Die staat op het papier dat u bewaarde toen u het wachtwoord koos. Streepjes en kleine letters mogen. Daarna kunt u een nieuw wachtwoord kiezen in het menu Plan, onder Beveiliging.</source>
        <translation>Then type your recovery code in the box above. It is on the paper you kept when you chose the password. Dashes and small letters are fine. After that you can choose a new password in the menu Plan, under Security.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ons Plan is op slot</source>
        <translation>Ons Plan is locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niemand kan nu uw plannen zien. Typ uw wachtwoord om verder te gaan.</source>
        <translation>Nobody can see your plans now. Type your password to go on.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Even geduld: uw plannen worden geopend…</source>
        <translation>One moment: your plans are being opened…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>U heeft een paar keer een verkeerd wachtwoord getypt. Probeer het over %1 seconden opnieuw.</source>
        <translation>You typed a wrong password a few times. Try again in %1 seconds.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>U kunt het nu opnieuw proberen.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Wachtwoord of herstelcode</source>
        <translation>&amp;Password or recovery code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Typ eerst uw wachtwoord.</source>
        <translation>First type your password.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../ui/security/vault_controller.py" line="+39"/>
        <source>Op slot</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Op &amp;slot zetten</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Uw plannen kunnen niet worden geopend</source>
        <translation>Your plans cannot be opened</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De sleutel van uw plannen ontbreekt</source>
        <translation>The key to your plans is missing</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+75"/>
        <source>Even geduld: uw plannen worden op slot gezet…</source>
        <translation>One moment: your plans are being locked…</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Even geduld: de oude kopieën in de map backups gaan ook op slot…</source>
        <translation>One moment: the old copies in the backups folder are being locked too…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Even geduld: Ons Plan maakt alles klaar…</source>
        <translation>One moment: Ons Plan gets everything ready…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+40"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Reservekopie van Ons Plan (*%1)</source>
        <translation>Backup of Ons Plan (*%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wachtwoord van de reservekopie</source>
        <translation>Password of the backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ het wachtwoord van toen u de reservekopie maakte. Of typ de herstelcode van toen.</source>
        <translation>Type the password from when you made the backup. Or type the recovery code from then.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>De reservekopie is teruggezet. Uw plannen zijn weer open.</source>
        <translation>The backup is restored. Your plans are open again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De reservekopie wordt teruggezet…</source>
        <translation>The backup is being restored…</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <location filename="../../ui/together/versions_dialog.py" line="+87"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vastgesteld op</source>
        <translation>Set on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Akkoord</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nog niemand</source>
        <translation>nobody yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mensen</source>
        <translation>
            <numerusform>1 person</numerusform>
            <numerusform>%n people</numerusform>
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
        <translation>Versions and agreement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vaststellen betekent: u legt het plan vast zoals het nu is, met de datum van vandaag. Daarna vinkt u aan wie het ermee eens is. U kunt het plan later nog veranderen. Dan stelt u het opnieuw vast, en zo krijgt u een nieuwe versie.</source>
        <translation>Setting means: you fix the plan as it is now, with today&apos;s date. After that you tick who agrees with it. You can still change the plan later. Then you set it again, and so you get a new version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan &amp;vaststellen…</source>
        <translation>&amp;Set the plan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleen het gezin kan het plan vaststellen en aanvinken wie akkoord is.</source>
        <translation>Only the family can set the plan and tick who agrees.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Versies van het plan</source>
        <translation>Versions of the plan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is nog geen versie.</source>
        <translation>There is no version yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Wat is er veranderd sinds de laatste versie?</source>
        <translation>What has changed since the last version?</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Plan vaststellen</source>
        <translation>Set the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u het plan nu vaststellen als versie %1?</source>
        <translation>Do you want to set the plan now as version %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ons Plan bewaart het plan zoals het nu is, met de datum van vandaag. Daarna vinkt u aan wie het ermee eens is.

U kunt het plan daarna nog steeds veranderen. Dan is het weer een concept, tot u het opnieuw vaststelt.</source>
        <translation>Ons Plan keeps the plan as it is now, with today&apos;s date. After that you tick who agrees with it.

You can still change the plan after that. Then it is a draft again, until you set it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ja, vaststellen</source>
        <translation>&amp;Yes, set it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nee, nog niet</source>
        <translation>&amp;No, not yet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dit plan is nog niet vastgesteld. Het is een concept.</source>
        <translation>This plan is not set yet. It is a draft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit plan is afgesloten. De laatste versie is versie %1.</source>
        <translation>This plan is closed. The last version is version %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het plan is veranderd sinds versie %1. Het is weer een concept.</source>
        <translation>The plan has changed since version %1. It is a draft again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit plan is vastgesteld: versie %1 van %2.</source>
        <translation>This plan is set: version %1 of %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Er is nog geen versie. Als u het plan vaststelt, ziet u hier later wat er is veranderd.</source>
        <translation>There is no version yet. When you set the plan, you see here later what has changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niets. Het plan is hetzelfde als versie %1.</source>
        <translation>Nothing. The plan is the same as version %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wie is akkoord?</source>
        <translation>Who agrees?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stel eerst het plan vast. Daarna vinkt u hier aan wie akkoord is.</source>
        <translation>First set the plan. After that you tick here who agrees.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wie is akkoord met versie %1?</source>
        <translation>Who agrees with version %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraag iedereen die meedoet of hij het eens is met wat over hem gaat. Vink dan zijn naam aan.</source>
        <translation>Ask everyone who takes part whether they agree with what is about them. Then tick their name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit is een oude versie. Akkoord geven kan alleen bij de nieuwste versie.</source>
        <translation>This is an old version. Agreeing is only possible with the newest version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het gezin vinkt aan wie akkoord is.</source>
        <translation>The family ticks who agrees.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Er staat nog niemand van het gezin of het netwerk in het plan.</source>
        <translation>There is nobody of the family or the network in the plan yet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 – akkoord op %2</source>
        <translation>%1 – agreed on %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../wijkteam/vocabulary.py" line="+25"/>
        <source>Familiegroepsplan</source>
        <translation>Family group plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persoonlijk plan</source>
        <translation>Personal plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastgesteld</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ondersteuner</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Familie</source>
        <translation>Relatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vrienden en buren</source>
        <translation>Friends and neighbours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School en werk</source>
        <translation>School and work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anderen</source>
        <extracomment>For a person without a sector, in a list grouped by sector.</extracomment>
        <translation>Others</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heel dichtbij</source>
        <translation>Very close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dichtbij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat verder weg</source>
        <translation>A bit further away</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Praktisch</source>
        <extracomment>The four kinds of support of the network map, by their stored value.</extracomment>
        <translation>Practical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gezelschap</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Emotioneel</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog niet begonnen</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anders gelopen</source>
        <translation>Went differently</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informatie</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorwaarde</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>de informatie</source>
        <extracomment>&quot;de informatie van …&quot;, &quot;het advies van …&quot;, &quot;de voorwaarde van …&quot;: the kind inside a sentence, with its article.</extracomment>
        <translation>the information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>het advies</source>
        <translation>the advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de voorwaarde</source>
        <translation>the condition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog niet beantwoord</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overgenomen</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deels overgenomen</source>
        <translation>Partly taken on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet overgenomen</source>
        <translation>Not taken on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog leeg</source>
        <translation>Still empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begonnen</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan inleveren</source>
        <extracomment>What a date in the plan is for (``wijkteam.deadlines.DueKind``).</extracomment>
        <translation>Hand in the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesproken datum voor het plan</source>
        <translation>Agreed date for the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>december</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>WmoHint</name>
    <message>
        <location filename="../../ui/editor/wmo_hint.py" line="+35"/>
        <source>Uw plan gaat over:</source>
        <translation>Your plan is about:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze onderwerpen vraagt de gemeente. Ze zijn niet verplicht.</source>
        <translation>The municipality asks about these subjects. They are not required.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Toon de &amp;onderwerpen</source>
        <translation>Show the &amp;subjects</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Verberg de onderwerpen</source>
        <translation>&amp;Hide the subjects</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staat in uw plan</source>
        <translation>is in your plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = staat erin, %2 = nog niet</source>
        <translation>%1 = is in it, %2 = not yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 van de %2 onderwerpen staan in uw plan.</source>
        <translation>%1 of the %2 subjects are in your plan.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/common/wording.py" line="+65"/>
        <source>vandaag, %1</source>
        <extracomment>A shape per state, so the state never depends on seeing colour.</extracomment>
        <translation>today, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gisteren, %1</source>
        <translation>yesterday, %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gisteren, voorbij</source>
        <translation>yesterday, passed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, voorbij</source>
        <translation>%1, passed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vandaag is de laatste dag om uw plan in te leveren.</source>
        <translation>Today is the last day to hand in your plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De 7 dagen zijn voorbij. U kunt het plan nog steeds geven.</source>
        <translation>The 7 days have passed. You can still give the plan.</translation>
    </message>
</context>
<context>
    <name>_NewPlanDialog</name>
    <message>
        <location filename="../../ui/start/new_plan_dialogs.py" line="-63"/>
        <source>&amp;Maak het plan</source>
        <extracomment>Wide enough that the dates sit beside their labels, and the right above them reads in a few lines.</extracomment>
        <translation>&amp;Make the plan</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="-198"/>
        <source>Annuleren</source>
        <extracomment>kind, section id (None: the whole plan), text, legal basis</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
