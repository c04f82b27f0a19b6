<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AdviceCounts</name>
    <message numerus="yes">
        <location filename="../../ui/advice/advice_wording.py" line="+30"/>
        <source>%n adviezen wachten op uw antwoord</source>
        <extracomment>A shape per answer, so the answer never depends on seeing colour.</extracomment>
        <translation>
            <numerusform>1 advies wacht op uw antwoord</numerusform>
            <numerusform>%n adviezen wachten op uw antwoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n adviezen zijn nog niet beantwoord</source>
        <translation>
            <numerusform>1 advies is nog niet beantwoord</numerusform>
            <numerusform>%n adviezen zijn nog niet beantwoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Er zijn %n punten toegevoegd van %1.</source>
        <translation>
            <numerusform>Er is 1 punt toegevoegd van %1.</numerusform>
            <numerusform>Er zijn %n punten toegevoegd van %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n punten stonden al in uw plan. Die zijn niet nog een keer toegevoegd.</source>
        <translation>
            <numerusform>1 punt stond al in uw plan. Dat is niet nog een keer toegevoegd.</numerusform>
            <numerusform>%n punten stonden al in uw plan. Die zijn niet nog een keer toegevoegd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../ui/common/wording.py" line="+42"/>
        <source>%n dagen geleden</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (over %n dagen)</source>
        <translation>
            <numerusform>%1 (over %n dag)</numerusform>
            <numerusform>%1 (over %n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nog %n dagen om uw plan in te leveren (tot en met %1).</source>
        <translation>
            <numerusform>Nog 1 dag om uw plan in te leveren (tot en met %1).</numerusform>
            <numerusform>Nog %n dagen om uw plan in te leveren (tot en met %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/people/goals_editor.py" line="+78"/>
        <source>%n afspraken</source>
        <translation>
            <numerusform>1 afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/together/invitations_dialog.py" line="+129"/>
        <source>%n mensen uitgenodigd.</source>
        <translation>
            <numerusform>%n persoon uitgenodigd.</numerusform>
            <numerusform>%n mensen uitgenodigd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanListPanel</name>
    <message numerus="yes">
        <location filename="../../ui/start/plan_list_panel.py" line="+305"/>
        <source>U heeft %n plannen.</source>
        <translation>
            <numerusform>U heeft 1 plan.</numerusform>
            <numerusform>U heeft %n plannen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Bij %n plannen is een datum voorbij.</source>
        <translation>
            <numerusform>Bij 1 plan is een datum voorbij.</numerusform>
            <numerusform>Bij %n plannen is een datum voorbij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n plannen kunnen niet worden geopend.</source>
        <translation>
            <numerusform>1 plan kan niet worden geopend.</numerusform>
            <numerusform>%n plannen kunnen niet worden geopend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivateNotesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/start/plan_file_dialogs.py" line="+69"/>
        <source>In dit plan staan %n eigen notities. Die zijn alleen van u. Ze gaan niet mee in het bestand, tenzij u dat hieronder kiest.</source>
        <translation>
            <numerusform>In dit plan staat 1 eigen notitie. Die is alleen van u. Ze gaat niet mee in het bestand, tenzij u dat hieronder kiest.</numerusform>
            <numerusform>In dit plan staan %n eigen notities. Die zijn alleen van u. Ze gaan niet mee in het bestand, tenzij u dat hieronder kiest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message numerus="yes">
        <location filename="../../ui/security/security_dialog.py" line="+274"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermCounts</name>
    <message numerus="yes">
        <location filename="../../ui/common/term_wording.py" line="+20"/>
        <source>Nog %n dagen tot de afgesproken datum voor uw plan (%1).</source>
        <translation>
            <numerusform>Nog %n dag tot de afgesproken datum voor uw plan (%1).</numerusform>
            <numerusform>Nog %n dagen tot de afgesproken datum voor uw plan (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/together/versions_dialog.py" line="+101"/>
        <source>%n mensen</source>
        <translation>
            <numerusform>1 persoon</numerusform>
            <numerusform>%n mensen</numerusform>
        </translation>
    </message>
</context>
</TS>
