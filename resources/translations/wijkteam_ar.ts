<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddAdviceDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="+103"/>
        <location line="+2"/>
        <source>Advies toevoegen</source>
        <translation>إضافة نصيحة</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Advies &amp;toevoegen</source>
        <translation>&amp;إضافة نصيحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op naam van: %1. Met de datum van vandaag.</source>
        <translation>باسم: %1. مع تاريخ اليوم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat voor soort is het?</source>
        <translation>ما نوع ما تكتبه؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Informatie</source>
        <translation>&amp;معلومات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Advies</source>
        <translation>&amp;نصيحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voorwaarde (bindend)</source>
        <translation>&amp;شرط (ملزم)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Het hele plan</source>
        <translation>الخطة كلها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf in korte zinnen. Het gezin leest dit.</source>
        <translation>اكتب بجمل قصيرة. العائلة ستقرأ هذا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Een voorwaarde is bindend. Schrijf op waar uw wettelijke macht vandaan komt, bijvoorbeeld een ondertoezichtstelling (OTS).</source>
        <translation>الشرط ملزم. اكتب من أين تأتي سلطتك القانونية، مثلًا: وضع الطفل تحت الإشراف (OTS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bijvoorbeeld: ondertoezichtstelling, art. 1:255 BW</source>
        <translation>مثلًا: وضع الطفل تحت الإشراف، المادة 1:255 BW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wettelijke grond</source>
        <translation>ال&amp;أساس القانوني</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Over welk deel?</source>
        <translation>&amp;عن أي قسم؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uw tekst</source>
        <translation>ن&amp;صك</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Schrijf eerst uw informatie of advies.</source>
        <translation>اكتب أولًا معلوماتك أو نصيحتك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul de wettelijke grond in. Zonder wettelijke grond is het een advies.</source>
        <translation>اكتب الأساس القانوني. بدون أساس قانوني تكون هذه نصيحة فقط.</translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <location filename="../../ui/advice/advice_panel.py" line="+73"/>
        <source>Wettelijke grond: %1</source>
        <translation>الأساس القانوني: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antwoord van het gezin: %1</source>
        <translation>رد العائلة: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Antwoord veranderen…</source>
        <translation>تغيير الرد…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antwoord geven…</source>
        <translation>كتابة الرد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antwoord op %1 van %2</source>
        <translation>الرد على %1 من %2</translation>
    </message>
</context>
<context>
    <name>AdviceCounts</name>
    <message numerus="yes">
        <location filename="../../ui/advice/advice_wording.py" line="+30"/>
        <source>%n adviezen wachten op uw antwoord</source>
        <extracomment>A shape per answer, so the answer never depends on seeing colour.</extracomment>
        <translation>
            <numerusform>%n نصيحة تنتظر ردك</numerusform>
            <numerusform>%n نصيحة تنتظر ردك</numerusform>
            <numerusform>%n نصيحتان تنتظران ردك</numerusform>
            <numerusform>%n نصائح تنتظر ردك</numerusform>
            <numerusform>%n نصيحة تنتظر ردك</numerusform>
            <numerusform>%n نصيحة تنتظر ردك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n adviezen zijn nog niet beantwoord</source>
        <translation>
            <numerusform>لم يُرَدّ بعد على %n نصيحة</numerusform>
            <numerusform>لم يُرَدّ بعد على %n نصيحة</numerusform>
            <numerusform>لم يُرَدّ بعد على %n نصيحتين</numerusform>
            <numerusform>لم يُرَدّ بعد على %n نصائح</numerusform>
            <numerusform>لم يُرَدّ بعد على %n نصيحة</numerusform>
            <numerusform>لم يُرَدّ بعد على %n نصيحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Er zijn %n punten toegevoegd van %1.</source>
        <translation>
            <numerusform>أُضيفت %n نقطة من %1.</numerusform>
            <numerusform>أُضيفت %n نقطة من %1.</numerusform>
            <numerusform>أُضيفت %n نقطتان من %1.</numerusform>
            <numerusform>أُضيفت %n نقاط من %1.</numerusform>
            <numerusform>أُضيفت %n نقطة من %1.</numerusform>
            <numerusform>أُضيفت %n نقطة من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n punten stonden al in uw plan. Die zijn niet nog een keer toegevoegd.</source>
        <translation>
            <numerusform>%n نقطة كانت موجودة من قبل في خطتك. لم تُضَف مرة ثانية.</numerusform>
            <numerusform>%n نقطة كانت موجودة من قبل في خطتك. لم تُضَف مرة ثانية.</numerusform>
            <numerusform>%n نقطتان كانتا موجودتين من قبل في خطتك. لم تُضافا مرة ثانية.</numerusform>
            <numerusform>%n نقاط كانت موجودة من قبل في خطتك. لم تُضَف مرة ثانية.</numerusform>
            <numerusform>%n نقطة كانت موجودة من قبل في خطتك. لم تُضَف مرة ثانية.</numerusform>
            <numerusform>%n نقطة كانت موجودة من قبل في خطتك. لم تُضَف مرة ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdviceDesk</name>
    <message>
        <location filename="../../ui/window/advice_desk.py" line="+59"/>
        <source>Advies geven op een plan</source>
        <extracomment>The longest name the services keep on one line (as in ``RoleDialog``).</extracomment>
        <translation>إعطاء نصيحة على خطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planbestand (*%1)</source>
        <translation>ملف خطة (*%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Advies bewaren</source>
        <translation>حفظ النصيحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adviesbestand (*%1)</source>
        <translation>ملف نصائح (*%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> - advies</source>
        <translation> - نصيحة</translation>
    </message>
</context>
<context>
    <name>AdviceDeskWindow</name>
    <message>
        <location line="+86"/>
        <source>Advies geven op: %1</source>
        <translation>إعطاء نصيحة على: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Na het sluiten blijft er niets van het plan van het gezin op deze laptop.</source>
        <translation>بعد الإغلاق لا يبقى شيء من خطة العائلة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advies &amp;bewaren…</source>
        <translation>&amp;حفظ النصيحة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sl&amp;uiten</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>U hebt nog geen advies gegeven. Kies een deel en klik op Advies toevoegen.</source>
        <translation>لم تعطِ أي نصيحة بعد. اختر قسمًا واضغط على «إضافة نصيحة».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw advies is bewaard in %1. Stuur dit bestand naar het gezin: zij lezen het in bij hun plan.</source>
        <translation>تم حفظ نصيحتك في %1. أرسل هذا الملف إلى العائلة: هم يستوردونه في خطتهم.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advies niet bewaard</source>
        <translation>النصيحة لم تُحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw advies is nog niet bewaard. Wilt u het eerst bewaren?</source>
        <translation>نصيحتك لم تُحفظ بعد. هل تريد حفظها أولًا؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet bewaren</source>
        <translation>&amp;عدم الحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>U hebt nog geen advies gegeven.</source>
        <translation>لم تعطِ أي نصيحة بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies (%1) is nog niet bewaard.</source>
        <translation>نصائحك (%1) لم تُحفظ بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies (%1) is bewaard.</source>
        <translation>نصائحك (%1) محفوظة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op naam van %1. %2</source>
        <translation>باسم %1. %2</translation>
    </message>
</context>
<context>
    <name>AdviceFileFlow</name>
    <message>
        <location filename="../../ui/advice/advice_file_dialogs.py" line="+33"/>
        <source>Adviesbestand inlezen</source>
        <translation>استيراد ملف نصائح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adviesbestand (*%1)</source>
        <translation>ملف نصائح (*%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>U kunt op elk punt antwoorden: overgenomen, deels of niet overgenomen.</source>
        <translation>يمكنك الرد على كل نقطة: أخذنا بها، أو أخذنا بجزء منها، أو لم نأخذ بها.</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../ui/advice/advice_panel.py" line="+56"/>
        <source>← Terug naar het plan</source>
        <translation>← العودة إلى الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar het deel dat open stond (Esc)</source>
        <translation>العودة إلى القسم الذي كان مفتوحًا (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Advies toevoegen…</source>
        <translation>+ إضافة نصيحة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informatie en advies</source>
        <translation>معلومات ونصائح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier staat wat professionals over het plan zeggen, op naam en met datum. Het gezin beslist zelf wat het met advies doet. Bij elk punt geeft het een antwoord. Advies houdt niets tegen.</source>
        <translation>هنا تجد ما يقوله المختصون عن الخطة، مع الاسم والتاريخ. العائلة تقرر بنفسها ماذا تفعل بالنصيحة. وترد على كل نقطة. النصيحة لا توقف أي شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon al het advies</source>
        <translation>عرض كل النصائح</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Alles is beantwoord.</source>
        <translation>تم الرد على كل شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>U ziet alleen het advies over: %1</source>
        <translation>أنت ترى فقط النصائح عن: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Er is nog geen informatie of advies. Voeg het toe met de knop hierboven.</source>
        <translation>لا توجد معلومات أو نصائح بعد. أضفها بالزر في الأعلى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is nog geen informatie of advies van professionals bij dit plan.</source>
        <translation>لا توجد بعد معلومات أو نصائح من المختصين لهذه الخطة.</translation>
    </message>
</context>
<context>
    <name>AdviceReadAloud</name>
    <message>
        <location filename="../../ui/advice/advice_read_aloud.py" line="+25"/>
        <source>%1, %2</source>
        <extracomment>``Piece.key`` of the professional&apos;s own text and of the family&apos;s reason.</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Van %1, op %2.</source>
        <translation>من %1، يوم %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wettelijke grond: %1.</source>
        <translation>الأساس القانوني: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het gezin heeft nog geen antwoord gegeven.</source>
        <translation>لم تردّ العائلة بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antwoord van het gezin: %1.</source>
        <translation>رد العائلة: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lees voor</source>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lees voor: %1 van %2</source>
        <translation>قراءة بصوت عالٍ: %1 من %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lees dit punt en het antwoord voor (F9)</source>
        <translation>قراءة هذه النقطة والرد عليها بصوت عالٍ (F9)</translation>
    </message>
</context>
<context>
    <name>AdviceWording</name>
    <message>
        <location filename="../../ui/advice/advice_wording.py" line="+12"/>
        <source>%1 (bindend)</source>
        <translation>%1 (ملزم)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U vertelt iets wat het gezin moet weten.</source>
        <translation>تخبر العائلة بشيء يجب أن تعرفه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U raadt iets aan. Het gezin beslist zelf wat het ermee doet.</source>
        <translation>تنصح بشيء. العائلة تقرر بنفسها ماذا تفعل به.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleen als u een wettelijke macht hebt, zoals bij een ondertoezichtstelling (OTS). Het plan moet dan aan deze voorwaarde voldoen.</source>
        <translation>فقط إذا كانت لديك سلطة قانونية، مثل وضع الطفل تحت الإشراف (OTS). عندها يجب أن تلتزم الخطة بهذا الشرط.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Over: %1</source>
        <translation>عن: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over: het hele plan</source>
        <translation>عن: الخطة كلها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Van %1 · %2</source>
        <translation>من %1 · %2</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/people/agreement_dialog.py" line="+63"/>
        <source>Afspraak aanpassen</source>
        <translation>تعديل الاتفاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afspraak toevoegen</source>
        <translation>إضافة اتفاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maak het concreet: wie doet wat, en wanneer? Niet alles hoeft meteen.</source>
        <translation>اجعل الاتفاق واضحًا: من يفعل ماذا، ومتى؟ لا يلزم أن يحدث كل شيء فورًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: Oma brengt Jesse op maandag naar school.</source>
        <translation>مثلًا: الجدة توصل جيسي إلى المدرسة يوم الاثنين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zonder doel</source>
        <translation>بدون هدف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wie doet het</source>
        <translation>من يقوم به</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Er staat nog niemand in het plan. Voeg eerst mensen toe bij een deel over mensen of het netwerk.</source>
        <translation>لا يوجد أحد في الخطة بعد. أضف الأشخاص أولًا في قسم عن الأشخاص أو عن شبكة الدعم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: elke woensdag, of voor de zomer</source>
        <translation>مثلًا: كل أربعاء، أو قبل الصيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op een vaste d&amp;atum</source>
        <translation>في &amp;تاريخ محدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bijvoorbeeld: Jesse staat om half negen op het plein</source>
        <translation>مثلًا: جيسي في ساحة المدرسة الساعة الثامنة والنصف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kies iemand, of schrijf een naam</source>
        <translation>اختر شخصًا، أو اكتب اسمًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit is een &amp;veiligheidsafspraak</source>
        <translation>هذا &amp;اتفاق سلامة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Wat gaat er gebeuren?</source>
        <translation>ماذا &amp;سيحدث؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij welk d&amp;oel?</source>
        <translation>لأي &amp;هدف؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi&amp;e doet het?</source>
        <translation>من &amp;يقوم به؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wa&amp;nneer?</source>
        <translation>&amp;متى؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hoe weten we dat het lukt?</source>
        <translation>&amp;كيف نعرف أنه نجح؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie &amp;checkt of het gelukt is?</source>
        <translation>من يتأكد أنه &amp;نجح؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stand</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bewaren</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaren met Ctrl+Enter, of met Enter in een veld van één regel.</source>
        <translation>للحفظ: Ctrl+Enter، أو Enter في حقل من سطر واحد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>✓ Alles is ingevuld.</source>
        <translation>✓ كل شيء مكتوب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf op wat er gaat gebeuren.</source>
        <translation>اكتب ماذا سيحدث.</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <location filename="../../ui/people/agreements_editor.py" line="+183"/>
        <source>Afspraak toe&amp;voegen</source>
        <translation>&amp;إضافة اتفاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog geen afspraak in het plan. Voeg de eerste afspraak toe met de knop hieronder.</source>
        <translation>لا يوجد اتفاق في الخطة بعد. أضف أول اتفاق بالزر في الأسفل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Onze afspraken</source>
        <translation>اتفاقاتنا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Stand</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe staat het met de gekozen afspraak?</source>
        <translation>ما حالة الاتفاق المختار؟</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Wilt u deze afspraak weghalen? &quot;%1&quot;</source>
        <translation>هل تريد إزالة هذا الاتفاق؟ «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als het anders liep dan gepland, kunt u de stand ook op &quot;Anders gelopen&quot; zetten.</source>
        <translation>إذا جرى الأمر بشكل مختلف عما خُطط له، يمكنك أيضًا وضع الحالة على «جرى بشكل مختلف».</translation>
    </message>
</context>
<context>
    <name>Anonymise</name>
    <message>
        <location filename="../../wijkteam/anonymise/anonymiser.py" line="+16"/>
        <source>het gezin</source>
        <extracomment>What the family&apos;s name becomes.</extracomment>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de inwoner</source>
        <translation>المواطن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kopie zonder namen</source>
        <extracomment>After the title of the copy, so whoever reads it knows &quot;moeder&quot; stands for a name (and an imported copy is told apart from the plan itself).</extracomment>
        <translation>نسخة بدون أسماء</translation>
    </message>
    <message>
        <location filename="../../wijkteam/anonymise/details.py" line="+16"/>
        <source>e-mailadres</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefoonnummer</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adres</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rekeningnummer</source>
        <translation>رقم الحساب البنكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bsn</source>
        <translation>رقم BSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboortedatum</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboorteplaats</source>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <location filename="../../wijkteam/anonymise/names.py" line="+29"/>
        <source>naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iemand van het gezin</source>
        <extracomment>Who someone is when the plan does not say their relation: their place at the table.</extracomment>
        <translation>أحد أفراد العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iemand van het netwerk</source>
        <translation>أحد أفراد شبكة الدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ondersteuner</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional</source>
        <translation>المختص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iemand</source>
        <translation>شخص ما</translation>
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
        <translation>نسخة بدون أسماء</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>In deze kopie staat geen naam van de mensen in het plan. Iedereen heet naar wie hij is voor het gezin. Telefoonnummers, adressen en de naam van het gezin gaan niet mee. Eigen notities en tekeningen ook niet.</source>
        <translation>في هذه النسخة لا يوجد اسم أي شخص من الخطة. كل شخص يُسمّى حسب صلته بالعائلة. أرقام الهواتف والعناوين واسم العائلة لا تدخل في النسخة. ولا تدخل فيها أيضًا الملاحظات الخاصة والرسومات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit staat er in de kopie:</source>
        <translation>هذا ما يوجد في النسخة:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wat er in de kopie staat in plaats van de namen</source>
        <translation>ما يُكتب في النسخة بدل الأسماء</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kijk deze woorden na. Het kunnen namen zijn:</source>
        <translation>راجع هذه الكلمات. قد تكون أسماء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staan geen andere woorden in die op een naam lijken.</source>
        <translation>لا توجد فيها كلمات أخرى تشبه الأسماء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woorden die op een naam lijken</source>
        <translation>كلمات تشبه الأسماء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staat er nog een naam tussen? Pas die dan eerst aan in het plan. Deze woorden blijven in de kopie staan.</source>
        <translation>هل بينها اسم؟ عدّله إذن أولًا في الخطة. هذه الكلمات تبقى في النسخة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>&amp;حفظ كملف PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opslaan als p&amp;lanbestand…</source>
        <translation>حفظ كملف &amp;خطة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kopie zonder namen opslaan als PDF</source>
        <translation>حفظ النسخة بدون أسماء كملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De kopie wordt klaargemaakt als PDF…</source>
        <translation>يتم تجهيز النسخة كملف PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopie zonder namen opslaan als planbestand</source>
        <translation>حفظ النسخة بدون أسماء كملف خطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ons Plan-bestand (*%1)</source>
        <translation>ملف Ons Plan (*%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De kopie wordt bewaard als planbestand…</source>
        <translation>يتم حفظ النسخة كملف خطة…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De kopie zonder namen is bewaard.</source>
        <translation>تم حفظ النسخة بدون أسماء.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="+15"/>
        <source>Antwoord op advies</source>
        <translation>الرد على النصيحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antwoord &amp;bewaren</source>
        <translation>&amp;حفظ الرد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw antwoord op deze informatie</source>
        <translation>ردك على هذه المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw antwoord op dit advies</source>
        <translation>ردك على هذه النصيحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw antwoord op deze voorwaarde</source>
        <translation>ردك على هذا الشرط</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wat doet u ermee?</source>
        <translation>ماذا تفعل بهذا؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Overgenomen: wij doen wat er staat</source>
        <translation>&amp;أخذنا به: سنفعل ما هو مكتوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deels: wij doen een deel ervan</source>
        <translation>&amp;جزئيًا: سنفعل جزءًا منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet overgenomen: wij doen het anders</source>
        <translation>&amp;لم نأخذ به: سنفعل ذلك بطريقة أخرى</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bijvoorbeeld: oma Ria vangt de kinderen op.</source>
        <translation>مثلًا: الجدة ريا تعتني بالأطفال.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Waarom? Schrijf het in uw eigen woorden.</source>
        <translation>ل&amp;ماذا؟ اكتب ذلك بكلماتك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit is een voorwaarde. Een voorwaarde is bindend: die blijft gelden, ook als u het er niet mee eens bent. Schrijf op wat u ervan vindt. Dan kunt u er samen over praten.</source>
        <translation>هذا شرط. الشرط ملزم: يبقى ساريًا، حتى لو كنت غير موافق عليه. اكتب رأيك فيه. بعدها يمكنكم الحديث عنه معًا.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kies eerst wat u met dit advies doet.</source>
        <translation>اختر أولًا ماذا ستفعل بهذه النصيحة.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../ui/common/autosave.py" line="+43"/>
        <source>Uw tekst wacht even: een ander programma gebruikt de plannen. Hij wordt zo bewaard.</source>
        <extracomment>The pause after the last key before the text is saved. While typing goes on, the text is saved at least this often. Waits before trying again while another program holds the database; the last one repeats. How long one save waits for another program&apos;s lock before it gives the database back and tries later.</extracomment>
        <translation>نصك ينتظر قليلًا: برنامج آخر يستخدم الخطط الآن. سيُحفظ بعد قليل.</translation>
    </message>
    <message>
        <location line="+424"/>
        <source>Alles wat u typte is bewaard.</source>
        <extracomment>Held while a text is being stored, also by a flush on the UI thread: so texts of one field land in order. (generation, time) of the first change after each text that was sent: what ``summary()`` reports.</extracomment>
        <translation>كل ما كتبته محفوظ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw tekst is bewaard tot %1. Wat u daarna typte, is misschien niet bewaard.</source>
        <translation>نصك محفوظ حتى %1. ما كتبته بعد ذلك ربما لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../ui/together/calendar_export.py" line="+29"/>
        <source> - datums</source>
        <translation> - التواريخ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Datums in uw agenda zetten</source>
        <translation>وضع التواريخ في تقويمك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agendabestand (*%1)</source>
        <translation>ملف تقويم (*%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>De datums staan in het bestand %1. Open dat bestand met de agenda op uw computer of telefoon. Dan staan de afspraken en de evaluatie in uw agenda.</source>
        <translation>التواريخ موجودة في الملف %1. افتح هذا الملف بتطبيق التقويم في حاسوبك أو هاتفك. عندها تظهر الاتفاقات وموعد التقييم في تقويمك.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+86"/>
        <source>Wachtwoord veranderen</source>
        <translation>تغيير كلمة السر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw &amp;wachtwoord van nu (of de herstelcode)</source>
        <translation>كلمة السر ال&amp;حالية (أو رمز الاستعادة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;كلمة سر جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw wachtwoord nog &amp;een keer</source>
        <translation>&amp;أعد كتابة كلمة السر الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>&amp;إظهار ما أكتبه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Veranderen</source>
        <translation>&amp;تغيير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kies een nieuw wachtwoord van minstens 8 tekens. Uw herstelcode blijft werken.</source>
        <translation>اختر كلمة سر جديدة من 8 أحرف على الأقل. رمز الاستعادة يبقى صالحًا.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Even geduld…</source>
        <translation>لحظة من فضلك…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uw wachtwoord is veranderd. Gebruik vanaf nu het nieuwe wachtwoord.</source>
        <translation>تم تغيير كلمة السر. استخدم كلمة السر الجديدة من الآن.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../wijkteam/plan_diff.py" line="+43"/>
        <source>Nieuwe informatie van %1.</source>
        <extracomment>How much of a title, goal or agreement is quoted in one sentence. Two texts this alike (0..1) are taken to be the same item, rewritten. Above this many pairs to weigh, rewritten items are not looked for: a real plan never comes near it. The translation context of these sentences: they are read in the language of the screens (``wijkteam.i18n``), and in Dutch on the command line. &quot;Nieuw advies van ...&quot;, &quot;Nieuwe informatie van ...&quot;, &quot;Nieuwe voorwaarde van ...&quot;.</extracomment>
        <translation>معلومات جديدة من %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw advies van %1.</source>
        <translation>نصيحة جديدة من %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe voorwaarde van %1.</source>
        <translation>شرط جديد من %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wie</source>
        <extracomment>Parts of an agreement besides its text, with the word for each, in the order the family fills them in.</extracomment>
        <translation>مَن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wanneer</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hoe we weten dat het lukt</source>
        <translation>كيف نعرف أنه نجح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie checkt</source>
        <translation>مَن يتأكد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bij welk doel</source>
        <translation>لأي هدف</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 en %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>De titel van het plan is nu: &apos;%1&apos;.</source>
        <translation>عنوان الخطة الآن: «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De naam bij het plan is nu: %1.</source>
        <translation>الاسم في الخطة الآن: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam bij het plan is weggehaald.</source>
        <translation>تمت إزالة الاسم من الخطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De datum van de melding is nu %1.</source>
        <translation>تاريخ الإبلاغ الآن: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van de melding is weggehaald.</source>
        <translation>تمت إزالة تاريخ الإبلاغ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het aanbod om zelf een plan te maken is nu %1.</source>
        <translation>تاريخ العرض لعمل خطة بنفسك الآن: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het aanbod om zelf een plan te maken is weggehaald.</source>
        <translation>تمت إزالة تاريخ العرض لعمل خطة بنفسك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum voor het plan is nu %1.</source>
        <translation>التاريخ المتفق عليه للخطة الآن: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum voor het plan is weggehaald.</source>
        <translation>تمت إزالة التاريخ المتفق عليه للخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het gesprek is nu %1.</source>
        <translation>تاريخ اللقاء الآن: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het gesprek is weggehaald.</source>
        <translation>تمت إزالة تاريخ اللقاء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De evaluatiedatum is nu %1.</source>
        <translation>تاريخ التقييم الآن: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De evaluatiedatum is weggehaald.</source>
        <translation>تمت إزالة تاريخ التقييم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De plaats van het gesprek is nu: %1.</source>
        <translation>مكان اللقاء الآن: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De plaats van het gesprek is weggehaald.</source>
        <translation>تمت إزالة مكان اللقاء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is een plan B bijgekomen.</source>
        <translation>أُضيفت خطة بديلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan B is weggehaald.</source>
        <translation>تمت إزالة الخطة البديلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan B is aangepast.</source>
        <translation>تم تعديل الخطة البديلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De taal van het plan is aangepast.</source>
        <translation>تم تغيير لغة الخطة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Er is een nieuw deel bijgekomen: &apos;%1&apos;.</source>
        <translation>أُضيف قسم جديد: «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het deel &apos;%1&apos; heet nu &apos;%2&apos;.</source>
        <translation>القسم «%1» اسمه الآن «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel &apos;%1&apos; is aangepast.</source>
        <translation>تم تعديل القسم «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel &apos;%1&apos; wordt nu overgeslagen.</source>
        <translation>القسم «%1» يتم تخطّيه الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het deel &apos;%1&apos; wordt weer gebruikt.</source>
        <translation>القسم «%1» مستخدم من جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het deel &apos;%1&apos; is weggehaald.</source>
        <translation>تمت إزالة القسم «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De volgorde van de delen is veranderd.</source>
        <translation>تغيّر ترتيب الأقسام.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 heet nu %2.</source>
        <translation>%1 اسمه الآن %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er is een persoon bijgekomen: %1.</source>
        <translation>أُضيف شخص: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 staat niet meer in het plan.</source>
        <translation>%1 لم يعد في الخطة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 staat nu dichterbij.</source>
        <translation>%1 الآن أقرب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 staat nu verder weg.</source>
        <translation>%1 الآن أبعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 staat nu bij %2.</source>
        <translation>%1 الآن في مجموعة «%2».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 staat nu in geen groep.</source>
        <translation>%1 الآن ليس في أي مجموعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gegevens van %1 zijn aangepast.</source>
        <translation>تم تعديل بيانات %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Het doel &apos;%1&apos; is nu: %2.</source>
        <translation>الهدف «%1» أصبح الآن: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuw doel: %1.</source>
        <translation>هدف جديد: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doel weggehaald: %1.</source>
        <translation>تمت إزالة الهدف: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Afspraak &apos;%1&apos; is nu: %2.</source>
        <translation>الاتفاق «%1» أصبح الآن: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afspraak &apos;%1&apos; is aangepast: %2.</source>
        <translation>تم تعديل الاتفاق «%1»: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak &apos;%1&apos; is nu een veiligheidsafspraak.</source>
        <translation>الاتفاق «%1» أصبح الآن اتفاق سلامة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak &apos;%1&apos; is geen veiligheidsafspraak meer.</source>
        <translation>الاتفاق «%1» لم يعد اتفاق سلامة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraak &apos;%1&apos; staat nu op: %2.</source>
        <translation>حالة الاتفاق «%1» الآن: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe afspraak: %1.</source>
        <translation>اتفاق جديد: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak weggehaald: %1.</source>
        <translation>تمت إزالة الاتفاق: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 van %2 staat er niet meer in.</source>
        <translation>تمت إزالة %1 من %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Het antwoord op %1 van %2 is nu: %3.</source>
        <translation>الرد على %1 من %2 أصبح الآن: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reden bij het antwoord op %1 van %2 is aangepast.</source>
        <translation>تم تعديل سبب الرد على %1 من %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het huis van zorgen van %1 is aangepast.</source>
        <extracomment>&quot;Het huis van zorgen van Jesse is aangepast.&quot;: one sentence per kind of house and what happened to it, so that each language can say it in its own order.</extracomment>
        <translation>تم تعديل بيت المخاوف الخاص بـ %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 is aangepast.</source>
        <translation>تم تعديل بيت الأشياء الجميلة الخاص بـ %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 is aangepast.</source>
        <translation>تم تعديل بيت الأحلام الخاص بـ %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het huis van zorgen van %1 staat nu in het plan.</source>
        <translation>بيت المخاوف الخاص بـ %1 موجود الآن في الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 staat nu in het plan.</source>
        <translation>بيت الأشياء الجميلة الخاص بـ %1 موجود الآن في الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 staat nu in het plan.</source>
        <translation>بيت الأحلام الخاص بـ %1 موجود الآن في الخطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het huis van zorgen van %1 staat niet meer in het plan.</source>
        <translation>بيت المخاوف الخاص بـ %1 لم يعد في الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 staat niet meer in het plan.</source>
        <translation>بيت الأشياء الجميلة الخاص بـ %1 لم يعد في الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 staat niet meer in het plan.</source>
        <translation>بيت الأحلام الخاص بـ %1 لم يعد في الخطة.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Een eigen notitie die meegaat in het plan is aangepast.</source>
        <translation>تم تعديل ملاحظة خاصة تدخل في الخطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er gaat nu een eigen notitie mee in het plan.</source>
        <translation>الآن تدخل ملاحظة خاصة في الخطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een eigen notitie gaat niet meer mee in het plan.</source>
        <translation>ملاحظة خاصة لم تعد تدخل في الخطة.</translation>
    </message>
</context>
<context>
    <name>ChildHouses</name>
    <message>
        <location filename="../../ui/people/child_houses_panel.py" line="+50"/>
        <source>Huis van zorgen</source>
        <extracomment>The template key of &quot;Wat de kinderen zeggen&quot; (``resources/templates/familiegroepsplan.json``). The houses stand side by side down to this width each; narrower (large text), they stand one under the other.</extracomment>
        <translation>بيت المخاوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van goede dingen</source>
        <translation>بيت الأشياء الجميلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van dromen</source>
        <translation>بيت الأحلام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waar maak je je zorgen over?</source>
        <translation>ما الذي يقلقك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat er goed?</source>
        <translation>ما الذي يسير جيدًا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wens je? Hoe is het als alles goed is?</source>
        <translation>ماذا تتمنى؟ كيف يكون الحال عندما يكون كل شيء جيدًا؟</translation>
    </message>
</context>
<context>
    <name>ChildHousesPanel</name>
    <message>
        <location line="+153"/>
        <source>Drie Huizen</source>
        <translation>البيوت الثلاثة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind dat eigen huizen krijgt</source>
        <translation>الطفل الذي يحصل على بيوته الخاصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huizen maken</source>
        <translation>عمل البيوت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maak drie huizen voor dit kind</source>
        <translation>اعمل ثلاثة بيوت لهذا الطفل</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Elk kind kan drie huizen vullen: zorgen, goede dingen en dromen. Het kind schrijft of tekent zelf. Het kind kiest per huis of het in het plan komt.</source>
        <translation>كل طفل يستطيع أن يملأ ثلاثة بيوت: المخاوف، والأشياء الجميلة، والأحلام. الطفل يكتب أو يرسم بنفسه. والطفل يختار لكل بيت هل يدخل في الخطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U ziet alleen de huizen die de kinderen willen delen.</source>
        <translation>أنت ترى فقط البيوت التي يريد الأطفال مشاركتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er zijn nog geen huizen. Kies een kind en klik op &apos;Huizen maken&apos;.</source>
        <translation>لا توجد بيوت بعد. اختر طفلًا واضغط على «عمل البيوت».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De kinderen delen nog geen huizen.</source>
        <translation>الأطفال لا يشاركون أي بيوت بعد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keuze voor %1</source>
        <translation>الاختيار لـ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tekening in %1</source>
        <translation>الرسمة في %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>De huizen van %1</source>
        <translation>بيوت %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 heeft nu drie huizen.</source>
        <translation>لدى %1 الآن ثلاثة بيوت.</translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <location filename="../../ui/start/start_view.py" line="+60"/>
        <location line="+27"/>
        <source>Meer uitleg  ▾</source>
        <extracomment>What the list shows something of (every change moves &quot;laatst veranderd&quot;). Not the private notes: the family saves them as they type in eigen tijd, with the list behind it, and reading 500 plans again each second would stall.</extracomment>
        <translation>شرح أكثر  ▾</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Meer uitleg over: %1</source>
        <translation>شرح أكثر عن: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Minder uitleg  ▴</source>
        <translation>شرح أقل  ▴</translation>
    </message>
</context>
<context>
    <name>ConditionCard</name>
    <message>
        <location filename="../../ui/editor/part_notes.py" line="+67"/>
        <source>Wettelijke grond: %1</source>
        <translation>الأساس القانوني: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antwoord van het gezin: %1</source>
        <translation>رد العائلة: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voorwaarde van %1</source>
        <translation>شرط من %1</translation>
    </message>
</context>
<context>
    <name>ConditionsBox</name>
    <message>
        <location line="+11"/>
        <source>Voorwaarden voor de veiligheid</source>
        <translation>شروط من أجل السلامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voorwaarden waar uw plan aan moet voldoen</source>
        <translation>شروط يجب أن تلتزم بها خطتك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een professional stelde deze voorwaarden voor de veiligheid. Dat mag alleen als de wet het toestaat. Bijvoorbeeld bij een ondertoezichtstelling (OTS). Uw eigen afspraken schrijft u hieronder.</source>
        <translation>وضع أحد المختصين هذه الشروط من أجل السلامة. هذا مسموح فقط إذا سمح القانون بذلك. مثلًا عند وضع الطفل تحت الإشراف (OTS). اكتب اتفاقاتك أنت في الأسفل.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../ui/common/wording.py" line="+42"/>
        <source>%n dagen geleden</source>
        <translation>
            <numerusform>قبل %n يوم</numerusform>
            <numerusform>قبل %n يوم</numerusform>
            <numerusform>قبل %n يومين</numerusform>
            <numerusform>قبل %n أيام</numerusform>
            <numerusform>قبل %n يومًا</numerusform>
            <numerusform>قبل %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (over %n dagen)</source>
        <translation>
            <numerusform>%1 (بعد %n يوم)</numerusform>
            <numerusform>%1 (بعد %n يوم)</numerusform>
            <numerusform>%1 (بعد %n يومين)</numerusform>
            <numerusform>%1 (بعد %n أيام)</numerusform>
            <numerusform>%1 (بعد %n يومًا)</numerusform>
            <numerusform>%1 (بعد %n يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nog %n dagen om uw plan in te leveren (tot en met %1).</source>
        <translation>
            <numerusform>بقي %n يوم لتقديم خطتك (آخر يوم: %1).</numerusform>
            <numerusform>بقي %n يوم لتقديم خطتك (آخر يوم: %1).</numerusform>
            <numerusform>بقي %n يومان لتقديم خطتك (آخر يوم: %1).</numerusform>
            <numerusform>بقيت %n أيام لتقديم خطتك (آخر يوم: %1).</numerusform>
            <numerusform>بقي %n يومًا لتقديم خطتك (آخر يوم: %1).</numerusform>
            <numerusform>بقي %n يوم لتقديم خطتك (آخر يوم: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/window/crash_dialog.py" line="+47"/>
        <source>Er ging iets mis</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U kunt Ons Plan opnieuw starten. Gebeurt het vaker? Geef de details aan wie u helpt.</source>
        <translation>يمكنك تشغيل Ons Plan من جديد. هل يحدث هذا كثيرًا؟ أعطِ التفاصيل لمن يساعدك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De details staan ook in dit bestand: %1</source>
        <translation>التفاصيل موجودة أيضًا في هذا الملف: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <source>&amp;Details tonen</source>
        <translation>&amp;عرض التفاصيل</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Kopieer details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technische details</source>
        <translation>تفاصيل تقنية</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Er ging iets mis in Ons Plan.</source>
        <translation>حدث خطأ في Ons Plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details verbergen</source>
        <translation>&amp;إخفاء التفاصيل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gekopieerd</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>DeletedPlansDialog</name>
    <message>
        <location filename="../../ui/start/deleted_plans_dialog.py" line="+43"/>
        <location line="+3"/>
        <location line="+8"/>
        <source>Weggehaalde plannen</source>
        <translation>الخطط المُزالة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Deze plannen heeft u weggehaald. Kies een plan en zet het terug in uw lijst.</source>
        <translation>هذه خطط أزلتها. اختر خطة وأرجِعها إلى قائمتك.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Er zijn geen weggehaalde plannen.</source>
        <translation>لا توجد خطط مُزالة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;إرجاع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wis definitief…</source>
        <translation>&amp;حذف نهائي…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Het plan is definitief gewist. Let op: de %1 oudere kopieën in de map backups hebben het plan nog. Dat geldt ook voor reservekopieën die u zelf maakte, bijvoorbeeld op een USB-stick.</source>
        <translation>حُذفت الخطة نهائيًا. انتبه: النسخ القديمة في المجلد backups لا تزال فيها الخطة (عددها: %1). وهذا يصحّ أيضًا على النسخ الاحتياطية التي عملتها بنفسك، مثلًا على ذاكرة USB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het plan is definitief gewist. Let op: reservekopieën die u eerder maakte (bijvoorbeeld op een USB-stick) bevatten het plan nog.</source>
        <translation>حُذفت الخطة نهائيًا. انتبه: النسخ الاحتياطية التي عملتها من قبل (مثلًا على ذاكرة USB) لا تزال فيها الخطة.</translation>
    </message>
</context>
<context>
    <name>DeletedTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="+306"/>
        <source>Weggehaald</source>
        <translation>مُزالة</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../ui/together/due_dialog.py" line="+64"/>
        <location line="+6"/>
        <source>Dit moet nu gebeuren</source>
        <translation>هذا يجب أن يحدث الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze datums zijn vandaag, of ze zijn al voorbij. Kijk samen wat er nodig is. Is iets al gedaan? Zet het dan in het plan op gedaan.</source>
        <translation>هذه التواريخ اليوم، أو مرّت بالفعل. انظروا معًا ماذا يلزم. هل تمّ شيء منها؟ ضعه إذن في الخطة على «تمّ».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Er is nu niets te doen. Geen enkele datum is vandaag of voorbij.</source>
        <translation>لا يوجد شيء لفعله الآن. لا يوجد أي تاريخ اليوم أو تاريخ مرّ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open dit plan</source>
        <translation>افتح هذه الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open het plan %1</source>
        <translation>افتح الخطة %1</translation>
    </message>
</context>
<context>
    <name>EditorReadAloud</name>
    <message>
        <location filename="../../ui/editor/read_aloud.py" line="+72"/>
        <source>Hulp.</source>
        <extracomment>``Piece.key`` of the family&apos;s own text: its sentences are marked in the text field. The colour of a marker pen, behind the sentence being read.</extracomment>
        <translation>شرح.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorbeeld.</source>
        <translation>مثال.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw eigen tekst.</source>
        <translation>نصك أنت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier is nog niets geschreven.</source>
        <translation>لم يُكتب شيء هنا بعد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <location line="+127"/>
        <location line="+7"/>
        <source>Lees voor</source>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lees de vraag, de hulp en uw tekst voor (F9)</source>
        <translation>قراءة السؤال والشرح ونصك بصوت عالٍ (F9)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Stop met voorlezen</source>
        <translation>إيقاف القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source>Stop met voorlezen (F9)</source>
        <translation>إيقاف القراءة بصوت عالٍ (F9)</translation>
    </message>
</context>
<context>
    <name>EditorRoles</name>
    <message>
        <location filename="../../ui/editor/editor_roles.py" line="+146"/>
        <source>Uw tekst wordt vanzelf bewaard.</source>
        <translation>نصك يُحفظ تلقائيًا.</translation>
    </message>
</context>
<context>
    <name>EditorTopBar</name>
    <message>
        <location filename="../../ui/editor/editor_top_bar.py" line="+34"/>
        <location line="+76"/>
        <source>← &amp;Terug naar mijn plannen</source>
        <extracomment>The width of the bar from which the question who is at the keyboard fits beside the other buttons.</extracomment>
        <translation>← &amp;العودة إلى خططي</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Terug naar mijn plannen (Esc)</source>
        <translation>العودة إلى خططي (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar mijn plannen</source>
        <translation>العودة إلى خططي</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Afdrukken als PDF</source>
        <translation>&amp;طباعة كملف PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maak een PDF om te printen of te delen (Ctrl+P)</source>
        <translation>اعمل ملف PDF للطباعة أو للمشاركة (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Over dit plan…</source>
        <translation>&amp;بيانات هذه الخطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam, de titel, de datums en de plaats van het plan veranderen</source>
        <translation>تغيير الاسم والعنوان والتواريخ ومكان الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Informatie en advies</source>
        <translation>معلومات و&amp;نصائح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat professionals over het plan zeggen, en uw antwoorden</source>
        <translation>ما يقوله المختصون عن الخطة، وردودك</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>← &amp;Terug</source>
        <translation>← &amp;رجوع</translation>
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
        <translation>نصك يُحفظ تلقائيًا.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Uw laatste tekst is nog niet bewaard: een ander programma gebruikt de plannen. Wilt u toch stoppen? Als u Ons Plan sluit, bent u die tekst misschien kwijt.</source>
        <translation>آخر نص كتبته لم يُحفظ بعد: برنامج آخر يستخدم الخطط. هل تريد الخروج مع ذلك؟ إذا أغلقت Ons Plan، قد تفقد هذا النص.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw laatste tekst kon niet worden bewaard. Wilt u toch stoppen? Dan bent u die tekst kwijt.</source>
        <translation>آخر نص كتبته لم يُحفظ. هل تريد الخروج مع ذلك؟ عندها ستفقد هذا النص.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tekst niet bewaard</source>
        <translation>النص لم يُحفظ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan opslaan als PDF</source>
        <translation>حفظ الخطة كملف PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Bezig met de PDF…</source>
        <translation>جارٍ تجهيز ملف PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het plan wordt klaargemaakt als PDF…</source>
        <translation>يتم تجهيز الخطة كملف PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afdrukken als PDF</source>
        <translation>طباعة كملف PDF</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Bezig met bewaren…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>✓ Bewaard</source>
        <translation>✓ تم الحفظ</translation>
    </message>
</context>
<context>
    <name>EigenTijdDialog</name>
    <message>
        <location filename="../../ui/together/eigen_tijd.py" line="+71"/>
        <location line="+209"/>
        <source>Eigen tijd</source>
        <extracomment>Wide enough for a thought, narrow enough to read without turning one&apos;s head on a big screen.</extracomment>
        <translation>الوقت الخاص</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+142"/>
        <source>✓ Alles is bewaard.</source>
        <translation>✓ كل شيء محفوظ.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>%1 Wilt u toch stoppen? Druk dan nog een keer op &apos;Klaar met eigen tijd&apos;.</source>
        <translation>%1 هل تريدون التوقف مع ذلك؟ اضغطوا إذن مرة أخرى على «انتهى الوقت الخاص».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Niet alles is bewaard. Druk nog een keer op &apos;Klaar met eigen tijd&apos; om toch te stoppen.</source>
        <translation>%1 لم يُحفظ كل شيء. اضغطوا مرة أخرى على «انتهى الوقت الخاص» لتتوقفوا مع ذلك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Eigen tijd is van het gezin. Alleen het gezin kan hier schrijven en lezen. Geef de computer aan het gezin.</source>
        <translation>الوقت الخاص للعائلة. العائلة وحدها تكتب وتقرأ هنا. أعطِ الحاسوب للعائلة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De ondersteuner gaat nu even weg. U beslist zelf, samen met wie u erbij wilt hebben.</source>
        <translation>المرافق سيخرج الآن قليلًا. أنتم تقررون بأنفسكم، مع من تريدون أن يكون معكم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De ondersteuner en de hulpverleners gaan nu even weg. U beslist samen.</source>
        <translation>المرافق والمختصون سيخرجون الآن قليلًا. أنتم تقررون معًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is uw eigen tijd.</source>
        <translation>هذا وقتكم الخاص.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf op wat u wilt onthouden. Deze notities zijn van u. Ze komen alleen in het plan als u dat zelf aanvinkt.</source>
        <translation>اكتبوا ما تريدون تذكّره. هذه الملاحظات لكم. لا تدخل في الخطة إلا إذا اخترتم ذلك بأنفسكم.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+ &amp;Nieuwe notitie</source>
        <translation>+ &amp;ملاحظة جديدة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klaar? Druk op de knop, of op Esc.</source>
        <translation>انتهيتم؟ اضغطوا على الزر، أو على Esc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaar met eigen tijd</source>
        <translation>انتهى الوقت الخاص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of druk op Esc.</source>
        <translation>أو اضغطوا على Esc.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Wordt bewaard…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✓ Deze notitie komt in het plan.</source>
        <translation>✓ هذه الملاحظة ستدخل في الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Deze notitie blijft alleen van u.</source>
        <translation>✓ هذه الملاحظة تبقى لكم وحدكم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wilt u deze notitie weggooien? Dat kan niet ongedaan worden.</source>
        <translation>هل تريدون التخلص من هذه الملاحظة؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weggooien</source>
        <translation>التخلص منها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaren</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notitie weggegooid.</source>
        <translation>تم التخلص من الملاحظة.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/start/deleted_plans_dialog.py" line="+28"/>
        <source>Plan definitief wissen</source>
        <extracomment>The word to type before a plan is erased for good: a click alone is too easy for something that cannot be undone.</extracomment>
        <translation>حذف الخطة نهائيًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wilt u het plan &apos;%1&apos; voor altijd wissen? Alles wat erin staat, gaat weg: de tekst, de afspraken, het advies en de eigen notities. Dit kan niet ongedaan worden.</source>
        <translation>هل تريد حذف الخطة «%1» للأبد؟ كل ما فيها سيختفي: النص، والاتفاقات، والنصائح، والملاحظات الخاصة. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typ WISSEN</source>
        <translation>اكتب WISSEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ %1 om het plan te wissen:</source>
        <translation>اكتب %1 لحذف الخطة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wis definitief</source>
        <translation>&amp;حذف نهائي</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../wijkteam/advicefile.py" line="+45"/>
        <source>Dit bestand is te groot voor een adviesbestand: het mag hoogstens 5 MB zijn.</source>
        <translation>هذا الملف كبير جدًا على ملف نصائح: الحد الأقصى 5 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit bestand is leeg, dus er staat geen advies in.</source>
        <translation>هذا الملف فارغ، فلا توجد فيه نصائح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen adviesbestand van Ons Plan, of het is beschadigd.</source>
        <translation>هذا الملف ليس ملف نصائح من Ons Plan، أو هو تالف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit is een planbestand en geen adviesbestand, dus er verandert niets.</source>
        <translation>هذا ملف خطة وليس ملف نصائح، فلن يتغير شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand is niet compleet: het houdt te vroeg op.</source>
        <translation>ملف النصائح هذا غير كامل: ينتهي قبل وقته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand is gemaakt met een nieuwere versie van Ons Plan.</source>
        <translation>ملف النصائح هذا مصنوع بإصدار أحدث من Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand heeft een versienummer dat Ons Plan niet kent.</source>
        <translation>ملف النصائح هذا له رقم إصدار لا يعرفه Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand klopt niet: er zitten te veel lagen in elkaar.</source>
        <translation>ملف النصائح هذا فيه خطأ: فيه طبقات كثيرة جدًا داخل بعضها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er staat geen advies in dit adviesbestand.</source>
        <translation>لا توجد نصائح في ملف النصائح هذا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand hoort bij een ander plan.</source>
        <translation>ملف النصائح هذا يخص خطة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies informatie, advies of voorwaarde.</source>
        <translation>اختر: معلومات، أو نصيحة، أو شرط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul uw naam in: advies staat altijd op naam.</source>
        <translation>اكتب اسمك: النصيحة تكون دائمًا باسم صاحبها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het advies is leeg.</source>
        <translation>النصيحة فارغة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een voorwaarde mag alleen met een wettelijke grond, zoals een ondertoezichtstelling. Vul die in.</source>
        <translation>الشرط مسموح فقط مع أساس قانوني، مثل وضع الطفل تحت الإشراف. اكتب هذا الأساس.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit adviesbestand is vol: er passen hoogstens 100 punten in. Begin een nieuw adviesbestand.</source>
        <translation>ملف النصائح هذا ممتلئ: يتسع لـ 100 نقطة على الأكثر. ابدأ ملف نصائح جديدًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het tekstbestand is te groot voor één advies.</source>
        <translation>الملف النصي كبير جدًا على نصيحة واحدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het tekstbestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard.</source>
        <translation>لا يمكن قراءة الملف النصي، لأن النص لم يُحفظ بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/backup.py" line="+46"/>
        <source>Dit bestand is geen reservekopie van Ons Plan.</source>
        <translation>هذا الملف ليس نسخة احتياطية من Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze reservekopie is beschadigd of niet compleet. Er is niets veranderd.</source>
        <translation>هذه النسخة الاحتياطية تالفة أو غير كاملة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze reservekopie is gemaakt met een nieuwere versie van Ons Plan. Installeer eerst de nieuwste versie.</source>
        <translation>هذه النسخة الاحتياطية مصنوعة بإصدار أحدث من Ons Plan. ثبّت أحدث إصدار أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit wachtwoord opent deze reservekopie niet. Typ het wachtwoord van toen u de kopie maakte. Of typ de herstelcode van toen.</source>
        <translation>كلمة السر هذه لا تفتح هذه النسخة الاحتياطية. اكتب كلمة السر التي كانت لديك عندما عملت النسخة. أو اكتب رمز الاستعادة من ذلك الوقت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze reservekopie heeft een ander wachtwoord. Typ het wachtwoord of de herstelcode van de kopie.</source>
        <translation>هذه النسخة الاحتياطية لها كلمة سر أخرى. اكتب كلمة السر أو رمز الاستعادة الخاص بهذه النسخة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reservekopie kan niet worden gelezen: %1.</source>
        <translation>لا يمكن قراءة النسخة الاحتياطية: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen gewoon bestand, dus het kan geen reservekopie zijn: %1.</source>
        <translation>هذا ليس ملفًا عاديًا، لذلك لا يمكن أن يكون نسخة احتياطية: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/cli_vault.py" line="+29"/>
        <source>Uw plannen zijn beveiligd met een wachtwoord. Start deze opdracht in een terminal: dan vraagt Ons Plan erom. Of zet het wachtwoord in WIJKTEAM_PASSPHRASE.</source>
        <translation>خططك محمية بكلمة سر. شغّل هذا الأمر في نافذة الأوامر (terminal): عندها يطلبها Ons Plan منك. أو ضع كلمة السر في WIJKTEAM_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er is nog geen wachtwoord voor uw plannen. Open Ons Plan om er een te kiezen, of zet het in WIJKTEAM_PASSPHRASE.</source>
        <translation>لا توجد بعد كلمة سر لخططك. افتح Ons Plan لتختار واحدة، أو ضعها في WIJKTEAM_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ons Plan is nu geopend. Sluit eerst het venster en probeer het dan opnieuw.</source>
        <translation>برنامج Ons Plan مفتوح الآن. أغلق النافذة أولًا ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is niets gewist: u typte niet WISSEN.</source>
        <translation>لم يُحذف شيء: لم تكتب WISSEN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is niets teruggezet: u typte niet ja.</source>
        <translation>لم يُسترجَع شيء: لم تكتب ja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeg met --yes dat u het zeker weet; dan gaat het door. Er is nu niets veranderd.</source>
        <translation>أكّد بـ --yes أنك متأكد؛ عندها يستمر الأمر. لم يتغير شيء الآن.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/dates.py" line="+24"/>
        <source>Dit is geen geldige datum.</source>
        <extracomment>The largest difference from UTC of any time zone in use (Kiribati is +14:00, Baker Island -12:00).</extracomment>
        <translation>هذا ليس تاريخًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf de datum zo: 2025-03-31.</source>
        <translation>اكتب التاريخ هكذا: 2025-03-31.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/db.py" line="+40"/>
        <source>Het bestand met uw plannen is beschadigd en kan niet worden geopend. Er is niets veranderd; vraag hulp en neem een reservekopie mee.</source>
        <extracomment>The newest schema revision this app knows. A test holds it equal to Alembic&apos;s head. How long a statement waits for another program&apos;s write lock before it says the plans are busy. The first bytes of an SQLite file that is not encrypted (made before Ons Plan encrypted its plans).</extracomment>
        <translation>ملف خططك تالف ولا يمكن فتحه. لم يتغير شيء؛ اطلب المساعدة وخذ معك نسخة احتياطية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw plannen zijn bewaard met een nieuwere versie van Ons Plan. Installeer de nieuwste versie om ze te openen.</source>
        <translation>خططك محفوظة بإصدار أحدث من Ons Plan. ثبّت أحدث إصدار لتفتحها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan is niet helemaal goed geïnstalleerd. Installeer het opnieuw; uw plannen blijven bewaard.</source>
        <translation>برنامج Ons Plan غير مثبّت بشكل صحيح تمامًا. ثبّته من جديد؛ خططك تبقى محفوظة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw plannen kunnen niet worden bewaard, want de map is alleen-lezen.</source>
        <translation>لا يمكن حفظ خططك، لأن المجلد للقراءة فقط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen kunnen niet worden bewaard, want de schijf is vol.</source>
        <translation>لا يمكن حفظ خططك، لأن القرص ممتلئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen zijn nu in gebruik door een ander programma. Probeer het zo opnieuw.</source>
        <translation>برنامج آخر يستخدم خططك الآن. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw plannen konden niet worden beveiligd. Er is niets veranderd: het oude bestand staat er nog. Vraag hulp.</source>
        <translation>لم نستطع حماية خططك. لم يتغير شيء: الملف القديم لا يزال موجودًا. اطلب المساعدة.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/formats/strict_json.py" line="+16"/>
        <source>Dit bestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard.</source>
        <translation>لا يمكن قراءة هذا الملف، لأن النص لم يُحفظ بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/keystore.py" line="+61"/>
        <source>Dit wachtwoord of deze herstelcode klopt niet. Let op hoofdletters en spaties, en probeer het opnieuw.</source>
        <extracomment>Argon2id as RFC 9106 recommends for memory-constrained machines: about 0.2 s on a laptop of 2020. Parameters a key file may ask for; anything outside is a damaged or hostile file (it could ask for terabytes). The recovery code: 25 signs from an alphabet without look-alikes (Crockford base 32), 125 bits of chance. After this many wrong tries in a row, each next try waits: 2 s, 4 s, 8 s ... up to a minute. Never longer: a family that mistypes must always be able to try again soon.</extracomment>
        <translation>كلمة السر أو رمز الاستعادة غير صحيح. انتبه للأحرف الكبيرة والمسافات، وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U heeft een paar keer een verkeerd wachtwoord getypt. Probeer het over %1 seconden opnieuw.</source>
        <translation>كتبت كلمة سر خاطئة عدة مرات. حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation>كلمتا السر غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>رمز الاستعادة هذا غير مطابق. انظر إليه جيدًا مرة أخرى وانسخه كما هو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het sleutelbestand kan niet worden bewaard in de map van uw plannen.</source>
        <translation>لا يمكن حفظ ملف المفتاح في مجلد خططك.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/planfile.py" line="+41"/>
        <source>Dit bestand is leeg, dus er staat geen plan in.</source>
        <translation>هذا الملف فارغ، فلا توجد فيه خطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is te groot voor een planbestand: het mag hoogstens 20 MB zijn.</source>
        <translation>هذا الملف كبير جدًا على ملف خطة: الحد الأقصى 20 MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen planbestand van Ons Plan, of het is beschadigd.</source>
        <translation>هذا الملف ليس ملف خطة من Ons Plan، أو هو تالف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand is niet compleet: het houdt te vroeg op.</source>
        <translation>ملف الخطة هذا غير كامل: ينتهي قبل وقته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand is gemaakt met een nieuwere versie van Ons Plan.</source>
        <translation>ملف الخطة هذا مصنوع بإصدار أحدث من Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand heeft een versienummer dat Ons Plan niet kent.</source>
        <translation>ملف الخطة هذا له رقم إصدار لا يعرفه Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand klopt niet: er zitten te veel lagen in elkaar.</source>
        <translation>ملف الخطة هذا فيه خطأ: فيه طبقات كثيرة جدًا داخل بعضها.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/advicefiles.py" line="+33"/>
        <source>Er is hier geen plan waar dit adviesbestand bij hoort. Lees het plan eerst in, of noem het plannummer.</source>
        <translation>لا توجد هنا خطة يخصها ملف النصائح هذا. افتح ملف الخطة أولًا، أو اذكر رقم الخطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het advies in dit bestand staat al in uw plan: het is eerder ingelezen.</source>
        <translation>النصائح في هذا الملف موجودة من قبل في خطتك: تم استيرادها سابقًا.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/base.py" line="+25"/>
        <source>Alleen het gezin kan de tekst van het plan veranderen.</source>
        <extracomment>Typing in one field by one person within this window is one history row, not one per keystroke.</extracomment>
        <translation>العائلة وحدها تستطيع تغيير نص الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen een professional kan advies of informatie toevoegen.</source>
        <translation>المختص وحده يستطيع إضافة نصيحة أو معلومات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen de ondersteuner schrijft notities over het proces.</source>
        <translation>المرافق وحده يكتب ملاحظات عن سير العمل.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/damaged.py" line="+41"/>
        <source>Dit plan kan niet open. Er staat iets in dat Ons Plan niet kan lezen.</source>
        <extracomment>What SQLAlchemy raises while it turns a stored value into a Python one (``date.fromisoformat`` and friends).</extracomment>
        <translation>لا يمكن فتح هذه الخطة. فيها شيء لا يستطيع Ons Plan قراءته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan kan ook niet als planbestand worden bewaard. Te veel ervan is niet te lezen.</source>
        <translation>ولا يمكن أيضًا حفظ هذه الخطة كملف خطة. جزء كبير منها لا يمكن قراءته.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/erase.py" line="+26"/>
        <source>Alleen het gezin kan een plan definitief wissen.</source>
        <translation>العائلة وحدها تستطيع حذف خطة نهائيًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen plan met nummer %1.</source>
        <translation>لا توجد خطة برقم %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/private_notes.py" line="+19"/>
        <source>Alleen het gezin kan de eigen notities lezen en veranderen.</source>
        <translation>العائلة وحدها تستطيع قراءة الملاحظات الخاصة وتغييرها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze notitie bestaat niet meer.</source>
        <translation>هذه الملاحظة لم تعد موجودة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen het gezin kan de eigen notities meenemen in een planbestand.</source>
        <translation>العائلة وحدها تستطيع إضافة الملاحظات الخاصة إلى ملف الخطة.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/process.py" line="+32"/>
        <source>Alleen de ondersteuner of het gezin kan een stap afvinken.</source>
        <translation>المرافق أو العائلة فقط يستطيعان وضع علامة على خطوة بأنها تمّت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze stap hoort niet bij dit plan.</source>
        <translation>هذه الخطوة لا تخص هذه الخطة.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/sections.py" line="+23"/>
        <source>Geef dit deel een naam.</source>
        <extracomment>Sections the family adds get keys like ``eigen-3``; template keys never look like this.</extracomment>
        <translation>أعطِ هذا القسم اسمًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo ver kan dit deel niet omhoog of omlaag.</source>
        <translation>لا يمكن نقل هذا القسم إلى الأعلى أو الأسفل أكثر من ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een deel uit het voorbeeld kunt u niet weghalen, maar u kunt het wel overslaan.</source>
        <translation>لا يمكنك إزالة قسم من النموذج، لكن يمكنك تخطّيه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit deel kan pas weg als het leeg is.</source>
        <translation>لا يمكن إزالة هذا القسم إلا إذا كان فارغًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij dit deel staat advies van een professional, daarom kan het niet weg.</source>
        <translation>في هذا القسم نصيحة من مختص، لذلك لا يمكن إزالته.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/versions.py" line="+50"/>
        <source>Alleen het gezin kan het plan vaststellen.</source>
        <translation>العائلة وحدها تستطيع اعتماد الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen het gezin kan invullen wie akkoord is met het plan.</source>
        <translation>العائلة وحدها تستطيع أن تكتب من يوافق على الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan is afgesloten, dus het kan niet meer worden vastgesteld.</source>
        <translation>هذه الخطة مغلقة، فلا يمكن اعتمادها بعد الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan is niet veranderd sinds versie %1, dus een nieuwe versie is niet nodig.</source>
        <translation>الخطة لم تتغير منذ النسخة %1، لذلك لا حاجة إلى نسخة جديدة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze versie van het plan bestaat niet.</source>
        <translation>هذه النسخة من الخطة غير موجودة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akkoord geven kan alleen bij de nieuwste versie van het plan.</source>
        <translation>الموافقة ممكنة فقط على أحدث نسخة من الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze persoon staat niet in dit plan.</source>
        <translation>هذا الشخص غير موجود في هذه الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen mensen van het gezin en het netwerk geven hun akkoord op het plan.</source>
        <translation>فقط أفراد العائلة وشبكة الدعم يعطون موافقتهم على الخطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze persoon staat niet met naam in het plan. Een akkoord op naam kan dan niet.</source>
        <translation>هذا الشخص غير مذكور باسمه في الخطة. لذلك لا يمكن تسجيل موافقة باسمه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versie %1 kan niet worden gelezen. Wat er sindsdien veranderde, is dus niet te zeggen.</source>
        <translation>لا يمكن قراءة النسخة %1. لذلك لا يمكن معرفة ما تغيّر منذ ذلك الوقت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er staan geen datums in dit plan die in een agenda kunnen.</source>
        <translation>لا توجد في هذه الخطة تواريخ يمكن وضعها في تقويم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het agendabestand</source>
        <translation>ملف التقويم</translation>
    </message>
    <message>
        <location filename="../../wijkteam/vault.py" line="+40"/>
        <source>Uw plannen zijn op slot. Open ze eerst met uw wachtwoord.</source>
        <translation>خططك مقفلة. افتحها أولًا بكلمة السر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit wachtwoord hoort niet bij deze plannen.</source>
        <translation>كلمة السر هذه لا تخص هذه الخطط.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/plans.py" line="+54"/>
        <source>Deze taal kent Ons Plan niet.</source>
        <extracomment>Plan fields the family may set through ``update_plan``, with how to check each.</extracomment>
        <translation>هذه اللغة لا يعرفها برنامج Ons Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies of de PDF ook Nederlands krijgt: ja of nee.</source>
        <translation>اختر هل يكون في ملف PDF اللغة الهولندية أيضًا: نعم أو لا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum kan niet voor de datum van het aanbod liggen.</source>
        <translation>لا يمكن أن يكون التاريخ المتفق عليه قبل تاريخ العرض.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/input_files.py" line="+19"/>
        <source>Het bestand bestaat niet: %1.</source>
        <translation>الملف غير موجود: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is een map en geen bestand: %1.</source>
        <translation>هذا مجلد وليس ملفًا: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen gewoon bestand, maar bijvoorbeeld een apparaat. Het wordt niet gelezen: %1.</source>
        <translation>هذا ليس ملفًا عاديًا، بل جهاز مثلًا. لن تتم قراءته: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het bestand kan niet worden gelezen: %1.</source>
        <translation>لا يمكن قراءة الملف: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestand veranderde terwijl het werd gelezen, dus er is niets mee gedaan: %1.</source>
        <translation>تغيّر الملف أثناء قراءته، لذلك لم يُعمل به شيء: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/drawings.py" line="+25"/>
        <source>Dit plaatje is groter dan 20 MB en wordt niet gebruikt.</source>
        <extracomment>A drawing as stored: after scaling and re-encoding a photo of a drawing on paper is far below this. A picture someone picks may be bigger (a phone&apos;s photo); it is scaled down before it is stored. The longest side of a stored drawing, in pixels: sharp on paper at the size it is printed.</extracomment>
        <translation>هذه الصورة أكبر من 20 MB، فلن تُستخدم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze tekening is te groot om te bewaren.</source>
        <translation>هذه الرسمة كبيرة جدًا ولا يمكن حفظها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen plaatje dat Ons Plan kan lezen.</source>
        <translation>هذا الملف ليس صورة يستطيع Ons Plan قراءتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons Plan kan deze tekening zo niet bewaren: voeg het plaatje opnieuw toe.</source>
        <translation>لا يستطيع Ons Plan حفظ هذه الرسمة هكذا: أضف الصورة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/export.py" line="+24"/>
        <source>Kies eerst wie u uitnodigt. Zet een vinkje bij die mensen.</source>
        <translation>اختر أولًا من تدعو. ضع علامة الصح بجانب هؤلاء الأشخاص.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/houses.py" line="+21"/>
        <source>Dit huis bestaat niet meer.</source>
        <translation>هذا البيت لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen iemand van het gezin kan eigen huizen krijgen.</source>
        <translation>فقط أحد أفراد العائلة يستطيع أن يحصل على بيوته الخاصة.</translation>
    </message>
</context>
<context>
    <name>FirstStartView</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="+291"/>
        <location line="+30"/>
        <source>Welkom bij Ons Plan</source>
        <translation>مرحبًا بك في Ons Plan</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation>&amp;استرجاع نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heeft u al plannen in een reservekopie, bijvoorbeeld op een USB-stick? Zet die dan terug.</source>
        <translation>هل لديك خطط في نسخة احتياطية، مثلًا على ذاكرة USB؟ استرجعها إذن.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw plannen gaan over u en uw gezin. Daarom zet Ons Plan ze op slot met een wachtwoord. Alleen wie het wachtwoord weet, kan ze lezen. Ook als iemand anders de laptop gebruikt, of als de laptop kwijt is.</source>
        <translation>خططك تتحدث عنك وعن عائلتك. لذلك يقفلها Ons Plan بكلمة سر. فقط من يعرف كلمة السر يستطيع قراءتها. حتى لو استخدم شخص آخر الحاسوب، أو ضاع الحاسوب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een wachtwoord van minstens 8 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.</source>
        <translation>اختر كلمة سر من 8 أحرف على الأقل. جملة من بضع كلمات تكون قوية وسهلة التذكّر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let op: niemand kan uw wachtwoord terughalen, ook de makers van Ons Plan niet. Daarom krijgt u zo ook een herstelcode.</source>
        <translation>انتبه: لا أحد يستطيع استرجاع كلمة السر، ولا حتى صانعو Ons Plan. لذلك ستحصل بعد قليل على رمز استعادة أيضًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan zet uw plannen nu op slot</source>
        <translation>برنامج Ons Plan يقفل خططك الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze versie van Ons Plan beveiligt uw plannen. Er gaat niets verloren.</source>
        <translation>هذا الإصدار من Ons Plan يحمي خططك. لن يضيع شيء.</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../ui/editor/follow_up_box.py" line="+35"/>
        <source>Plan &amp;B: als het anders loopt</source>
        <extracomment>A field only for reading sits on the paper colour, so it does not look like a place to type.</extracomment>
        <translation>الخطة البديلة: &amp;حين يجري الأمر بشكل مختلف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat doen we als een afspraak niet lukt? Wie bellen we dan?</source>
        <translation>ماذا نفعل إذا لم ينجح اتفاق؟ بمن نتصل عندها؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schrijf hier uw plan B.</source>
        <translation>اكتب هنا خطتك البديلة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluatie</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wij kijken samen hoe het gaat &amp;op</source>
        <translation>سننظر معًا كيف تسير الأمور في &amp;يوم</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/people/goals_editor.py" line="+86"/>
        <source>Doel aanpassen</source>
        <translation>تعديل الهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doel toevoegen</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wat wilt u bereiken?</source>
        <translation>&amp;ماذا تريد أن تحقق؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schrijf het in uw eigen woorden. Bijvoorbeeld: Jesse gaat elke schooldag naar school.</source>
        <translation>اكتبه بكلماتك. مثلًا: جيسي يذهب إلى المدرسة كل يوم دراسي.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bewaren met Ctrl+Enter. Enter begint een nieuwe regel.</source>
        <translation>للحفظ: Ctrl+Enter. زر Enter يبدأ سطرًا جديدًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaren</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Schrijf op wat u wilt bereiken.</source>
        <translation>اكتب ما تريد أن تحققه.</translation>
    </message>
</context>
<context>
    <name>GoalsEditor</name>
    <message>
        <location line="+17"/>
        <source>Doel toe&amp;voegen</source>
        <translation>&amp;إضافة هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog geen doel in het plan. Voeg het eerste doel toe met de knop hieronder.</source>
        <translation>لا يوجد هدف في الخطة بعد. أضف أول هدف بالزر في الأسفل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Onze doelen</source>
        <translation>أهدافنا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>↑ Hoger</source>
        <translation>↑ إلى الأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet het gekozen doel een plek hoger (Ctrl+Omhoog)</source>
        <translation>انقل الهدف المختار مكانًا إلى الأعلى (Ctrl+↑)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ Lager</source>
        <translation>↓ إلى الأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet het gekozen doel een plek lager (Ctrl+Omlaag)</source>
        <translation>انقل الهدف المختار مكانًا إلى الأسفل (Ctrl+↓)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Wilt u dit doel weghalen? &quot;%1&quot;</source>
        <translation>هل تريد إزالة هذا الهدف؟ «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afspraken bij dit doel blijven staan, onder &quot;Zonder doel&quot;.</source>
        <translation>الاتفاقات المرتبطة بهذا الهدف تبقى، تحت «بدون هدف».</translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <location line="-157"/>
        <source>Doel</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afspraken</source>
        <translation>الاتفاقات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen afspraken</source>
        <translation>لا اتفاقات بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n afspraken</source>
        <translation>
            <numerusform>%n اتفاق</numerusform>
            <numerusform>%n اتفاق</numerusform>
            <numerusform>%n اتفاقان</numerusform>
            <numerusform>%n اتفاقات</numerusform>
            <numerusform>%n اتفاقًا</numerusform>
            <numerusform>%n اتفاق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../ui/editor/section_panel.py" line="+103"/>
        <source>Hulp</source>
        <extracomment>A tick box that cannot be used is greyed, as buttons are; the app&apos;s palette would draw it as usable. Above a list the family&apos;s own text needs less room; the list below it is the main thing there. In lines of text. Lines the text field always shows: fewer, and a family loses sight of what they just typed. From this width the status (&quot;✓ Bewaard&quot;) sits in the row of &quot;klaar&quot; and the buttons; narrower, on its own line.</extracomment>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorbeeld</source>
        <translation>مثال</translation>
    </message>
</context>
<context>
    <name>HouseBox</name>
    <message>
        <location filename="../../ui/people/child_houses_panel.py" line="-323"/>
        <location line="+100"/>
        <source>%1 van %2</source>
        <translation>%1 الخاص بـ %2</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+48"/>
        <source>Tekening toevoegen…</source>
        <translation>إضافة رسمة…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Kies een plaatje of een foto van een tekening op papier</source>
        <translation>اختر صورة، أو صورة لرسمة على ورق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tekening weghalen</source>
        <translation>إزالة الرسمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit mag in het plan</source>
        <translation>هذا يمكن أن يدخل في الخطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het kind kiest of %1 in het plan komt</source>
        <translation>الطفل يختار هل يدخل %1 في الخطة</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tekening van %1</source>
        <translation>رسمة %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Andere tekening…</source>
        <translation>رسمة أخرى…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit komt in het plan. Anderen kunnen het lezen.</source>
        <translation>هذا سيدخل في الخطة. الآخرون يستطيعون قراءته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit blijft bij jou. Het komt niet in het plan en niemand anders ziet het.</source>
        <translation>هذا يبقى لك. لن يدخل في الخطة، ولن يراه أحد غيرك.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tekening kiezen</source>
        <translation>اختيار رسمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaatjes (%1)</source>
        <translation>صور (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De tekening is bewaard.</source>
        <translation>تم حفظ الرسمة.</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <location filename="../../ui/together/invitations_dialog.py" line="+41"/>
        <source>Uitnodigingslijst afdrukken als PDF</source>
        <translation>طباعة قائمة المدعوين كملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>ملف PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Wie nodigen we uit?</source>
        <translation>من ندعو؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zet een vinkje bij wie u vraagt voor de bijeenkomst. Klik op de kaart, of kies een naam in de lijst.</source>
        <translation>ضع علامة الصح بجانب من تدعوه إلى الاجتماع. انقر على الدائرة، أو اختر اسمًا من القائمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het gezin kiest wie het uitnodigt. U kunt de lijst lezen en afdrukken.</source>
        <translation>العائلة تختار من تدعو. يمكنك قراءة القائمة وطباعتها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mensen om uit te nodigen</source>
        <translation>أشخاص للدعوة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kaart of lijst</source>
        <translation>الدائرة أو القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op de &amp;kaart</source>
        <translation>على ال&amp;دائرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als &amp;lijst</source>
        <translation>ك&amp;قائمة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lijst &amp;afdrukken als PDF…</source>
        <translation>&amp;طباعة القائمة كملف PDF…</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n mensen uitgenodigd.</source>
        <translation>
            <numerusform>تمت دعوة %n شخص.</numerusform>
            <numerusform>تمت دعوة %n شخص.</numerusform>
            <numerusform>تمت دعوة %n شخصين.</numerusform>
            <numerusform>تمت دعوة %n أشخاص.</numerusform>
            <numerusform>تمت دعوة %n شخصًا.</numerusform>
            <numerusform>تمت دعوة %n شخص.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niemand gekozen.</source>
        <translation>لم يُختَر أحد بعد.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> - uitnodigingen</source>
        <translation> - الدعوات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De uitnodigingslijst is bewaard: %1</source>
        <translation>تم حفظ قائمة المدعوين: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2، %3</translation>
    </message>
</context>
<context>
    <name>JeugdwetDates</name>
    <message>
        <location filename="../../ui/common/jeugdwet_dates.py" line="+32"/>
        <source>Uw recht op een eigen plan</source>
        <translation>حقك في خطة تعملها بنفسك</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Op een vaste datum</source>
        <translation>في تاريخ محدد</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Datum van het aanbod</source>
        <translation>تاريخ العرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Afgesproken datum voor het plan</source>
        <translation>التاريخ المتفق عليه للخطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> weken</source>
        <translation> أسابيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aantal weken na het aanbod</source>
        <translation>عدد الأسابيع بعد العرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of &amp;tel vanaf het aanbod:</source>
        <translation>أو اح&amp;سب من تاريخ العرض:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aanbo&amp;d gekregen op:</source>
        <translation>&amp;وصل العرض يوم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan &amp;klaar op:</source>
        <translation>الخطة &amp;جاهزة يوم:</translation>
    </message>
</context>
<context>
    <name>KeyboardQuestion</name>
    <message>
        <location filename="../../ui/together/keyboard_question.py" line="+36"/>
        <location line="+3"/>
        <source>Wie zit er aan het toetsenbord?</source>
        <translation>من يجلس أمام لوحة المفاتيح؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ja, dat ben ik</source>
        <translation>&amp;نعم، أنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat u verandert, komt op uw naam</source>
        <translation>ما تغيّره يُسجَّل باسمك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet nu</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U blijft aan het toetsenbord als gezin. Wisselen kan altijd.</source>
        <translation>تبقى أمام لوحة المفاتيح باسم العائلة. يمكنك التبديل في أي وقت.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Het gezin samen</source>
        <translation>العائلة معًا</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/window/language_menu.py" line="+19"/>
        <source>De nieuwe taal komt als u Ons Plan opnieuw start.</source>
        <translation>تظهر اللغة الجديدة عندما تشغّل Ons Plan من جديد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;aal</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taal van de computer</source>
        <translation>لغة الحاسوب</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+144"/>
        <source>&amp;Beveiliging en reservekopie…</source>
        <extracomment>The window&apos;s size while settings hold none, within the screen; shown, it fills the screen (``show_at_start``). Small enough for a 1280x720 laptop and for 200% text on a 1920x1080 screen, where Qt has 960x540 of its pixels.</extracomment>
        <translation>&amp;الأمان والنسخة الاحتياطية…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>P&amp;lan</source>
        <translation>ال&amp;خطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw &amp;familiegroepsplan…</source>
        <translation>خطة &amp;عائلة جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuw &amp;persoonlijk plan…</source>
        <translation>خطة &amp;شخصية جديدة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan&amp;bestand openen…</source>
        <translation>&amp;فتح ملف خطة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op&amp;slaan als planbestand…</source>
        <translation>&amp;حفظ كملف خطة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kopie zonder namen…</source>
        <translation>&amp;نسخة بدون أسماء…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weggehaalde plannen…</source>
        <translation>الخطط ال&amp;مُزالة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Over dit plan…</source>
        <translation>&amp;بيانات هذه الخطة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;men</source>
        <translation>&amp;معًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie zit er aan het &amp;toetsenbord…</source>
        <translation>من أمام &amp;لوحة المفاتيح…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Informatie en advies</source>
        <translation>معلومات و&amp;نصائح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advies toevoegen…</source>
        <translation>&amp;إضافة نصيحة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advies &amp;geven op een plan…</source>
        <translation>&amp;كتابة نصيحة لخطة…</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Kies eerst een plan in de lijst. Daarna kunt u het opslaan als planbestand.</source>
        <translation>اختر أولًا خطة من القائمة. بعدها يمكنك حفظها كملف خطة.</translation>
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
        <translation>المجلد: %1
الاسم: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open de &amp;map</source>
        <translation>افتح &amp;المجلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is op deze computer geen programma dat mappen laat zien. Het bestand staat in deze map: %1</source>
        <translation>لا يوجد في هذا الحاسوب برنامج يعرض المجلدات. الملف موجود في هذا المجلد: %1</translation>
    </message>
</context>
<context>
    <name>MissingKeyView</name>
    <message>
        <location filename="../../ui/security/vault_controller.py" line="+96"/>
        <source>De sleutel van uw plannen ontbreekt</source>
        <extracomment>What counts as someone using the app: a key, a click, the wheel, a touch. Moving the mouse alone does not.</extracomment>
        <translation>مفتاح خططك مفقود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation>&amp;استرجاع نسخة احتياطية…</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <location filename="../../ui/people/network_map_panel.py" line="+42"/>
        <source>Verplaatsen van %1</source>
        <extracomment>The map&apos;s height, as a part of its width, and its limits in pixels: it fits the part and leaves the list in sight. At most this part of the window&apos;s height.</extracomment>
        <translation>نقل %1</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Dikke lijn: %1. Streepjes: %2. Puntjes: %3.</source>
        <translation>خط سميك: %1. خط متقطع: %2. نقاط: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_chip.py" line="+29"/>
        <source>%1, %2, %3</source>
        <extracomment>The same shapes as letters, for the legend under the map. The smallest text a label shrinks to before it is cut off with &quot;…&quot;.</extracomment>
        <translation>%1، %2، %3</translation>
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
        <translation>دائرة شبكة الدعم</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Alleen het gezin kan mensen verplaatsen.</source>
        <translation>العائلة وحدها تستطيع نقل الأشخاص.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 staat al heel dichtbij.</source>
        <translation>%1 في أقرب مكان بالفعل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 staat al het verst weg.</source>
        <translation>%1 في أبعد مكان بالفعل.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Verplaats met Ctrl en de pijltjes. Enter: aanpassen.</source>
        <translation>للنقل: Ctrl مع الأسهم. Enter: تعديل.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steun: %1.</source>
        <translation>الدعم: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uitgenodigd.</source>
        <translation>مدعو.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet uitgenodigd.</source>
        <translation>غير مدعو.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spatie: vinkje aan of uit.</source>
        <translation>مفتاح المسافة: وضع علامة الصح أو إزالتها.</translation>
    </message>
</context>
<context>
    <name>NetworkMapPanel</name>
    <message>
        <location filename="../../ui/people/network_map_panel.py" line="-160"/>
        <source>Netwerkcirkel</source>
        <translation>دائرة شبكة الدعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persoon toevoegen op de kaart</source>
        <translation>إضافة شخص إلى الدائرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of dubbelklik op een lege plek in de kaart</source>
        <translation>أو انقر مرتين على مكان فارغ في الدائرة</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Alleen het gezin kan mensen verplaatsen.</source>
        <translation>العائلة وحدها تستطيع نقل الأشخاص.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 staat nu bij %2, %3.</source>
        <translation>%1 الآن في مجموعة «%2»، %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sleep iemand naar een andere ring of groep. Of kies iemand en gebruik Ctrl en de pijltjes.</source>
        <translation>اسحب شخصًا إلى حلقة أو مجموعة أخرى. أو اختر شخصًا واستخدم Ctrl مع الأسهم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U kunt de kaart bekijken. Alleen het gezin kan mensen verplaatsen.</source>
        <translation>يمكنك رؤية الدائرة. العائلة وحدها تستطيع نقل الأشخاص.</translation>
    </message>
</context>
<context>
    <name>NewFamilyPlanDialog</name>
    <message>
        <location filename="../../ui/start/new_plan_dialogs.py" line="+69"/>
        <source>Nieuw familiegroepsplan</source>
        <translation>خطة عائلة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe heet uw familie? Dit komt bovenaan het plan.</source>
        <translation>ما اسم عائلتك؟ سيظهر في أعلى الخطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: Familie Yılmaz</source>
        <translation>مثلًا: عائلة يلماز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naam van de familie</source>
        <translation>اسم العائلة</translation>
    </message>
</context>
<context>
    <name>NewPersonalPlanDialog</name>
    <message>
        <location line="+45"/>
        <source>Nieuw persoonlijk plan</source>
        <translation>خطة شخصية جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat is uw &amp;naam? Die komt bovenaan het plan.</source>
        <translation>ما &amp;اسمك؟ سيظهر في أعلى الخطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: Gerda Smit</source>
        <translation>مثلًا: غيردا سميت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw naam</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heeft u zich gemeld bij de gemeente voor hulp? Dat heet een melding. Na de melding heeft u 7 dagen om een persoonlijk plan te geven.</source>
        <translation>هل طلبت مساعدة من البلدية؟ هذا اسمه «الإبلاغ» (melding). بعد الإبلاغ لديك 7 أيام لتقديم خطة شخصية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datum van de melding:</source>
        <translation>&amp;تاريخ الإبلاغ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum van de melding</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit &amp;weet ik niet, of ik heb me nog niet gemeld</source>
        <translation>لا &amp;أعرف هذا، أو لم أبلّغ البلدية بعد</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location line="-40"/>
        <source>U mag dit leeg laten.</source>
        <translation>يمكنك ترك هذا فارغًا.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+14"/>
        <source>Nieuwe herstelcode</source>
        <translation>رمز استعادة جديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uw &amp;wachtwoord</source>
        <translation>&amp;كلمة السر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is uw herstelcode kwijt, of heeft iemand anders hem gezien? Maak dan een nieuwe. De oude werkt daarna niet meer.</source>
        <translation>هل ضاع رمز الاستعادة، أو رآه شخص آخر؟ اعمل إذن رمزًا جديدًا. بعدها لن يعمل الرمز القديم.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bewaar als &amp;PDF om te printen…</source>
        <translation>حفظ كملف PDF لل&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Herstelcode overtypen</source>
        <translation>إعادة كتابة رمز الاستعادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ de nieuwe code &amp;over:</source>
        <translation>&amp;أعد كتابة الرمز الجديد:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw nieuwe herstelcode. Schrijf hem op, of print hem. U ziet hem maar één keer.</source>
        <translation>رمز الاستعادة الجديد. اكتبه على ورقة، أو اطبعه. سترى الرمز مرة واحدة فقط.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verder</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Typ eerst uw wachtwoord.</source>
        <translation>اكتب كلمة السر أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Even geduld…</source>
        <translation>لحظة من فضلك…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Herstelcode bewaren als PDF</source>
        <translation>حفظ رمز الاستعادة كملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herstelcode Ons Plan.pdf</source>
        <translation>رمز الاستعادة Ons Plan.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bezig met de PDF…</source>
        <translation>جارٍ تجهيز ملف PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Bewaard: %1.</source>
        <translation>✓ تم الحفظ: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>رمز الاستعادة هذا غير مطابق. انظر إليه جيدًا مرة أخرى وانسخه كما هو.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw nieuwe herstelcode werkt nu. De oude werkt niet meer.</source>
        <translation>رمز الاستعادة الجديد يعمل الآن. الرمز القديم لم يعد يعمل.</translation>
    </message>
</context>
<context>
    <name>OptionalNote</name>
    <message>
        <location filename="../../ui/editor/part_notes.py" line="-57"/>
        <source>Laat u dit deel leeg? Dan staat het niet in de PDF.</source>
        <extracomment>The part of a familiegroepsplan where the safety conditions show (the template&apos;s key).</extracomment>
        <translation>هل تترك هذا القسم فارغًا؟ عندها لن يظهر في ملف PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 U mag dit deel leeg laten.</source>
        <translation>%1 يمكنك ترك هذا القسم فارغًا.</translation>
    </message>
</context>
<context>
    <name>OverviewTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="-31"/>
        <source>Eerstvolgende datum</source>
        <translation>أقرب تاريخ قادم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kan niet worden geopend</source>
        <translation>لا يمكن فتحها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog geen datum</source>
        <translation>لا يوجد تاريخ بعد</translation>
    </message>
</context>
<context>
    <name>PassphraseSteps</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="-219"/>
        <source>&amp;Kies een wachtwoord</source>
        <translation>&amp;اختر كلمة سر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ het wachtwoord &amp;nog een keer</source>
        <translation>&amp;أعد كتابة كلمة السر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>&amp;إظهار ما أكتبه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verder</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Annuleren</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Uw herstelcode</source>
        <translation>رمز الاستعادة الخاص بك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met deze code opent u uw plannen als u het wachtwoord vergeet. Schrijf de code op, of bewaar hem als PDF en print hem. Bewaar het papier op een veilige plek, niet bij de laptop. U ziet de code maar één keer.</source>
        <translation>بهذا الرمز تفتح خططك إذا نسيت كلمة السر. اكتب الرمز على ورقة، أو احفظه كملف PDF واطبعه. احفظ الورقة في مكان آمن، وليس بجانب الحاسوب. سترى الرمز مرة واحدة فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaar als &amp;PDF om te printen…</source>
        <translation>حفظ كملف PDF لل&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Terug</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ik heb hem &amp;opgeschreven</source>
        <translation>&amp;كتبته</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Typ de herstelcode over</source>
        <translation>أعد كتابة رمز الاستعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo weet u zeker dat u hem goed heeft opgeschreven. Streepjes en kleine letters mogen.</source>
        <translation>هكذا تتأكد أنك كتبته بشكل صحيح. يمكنك كتابة الشَّرطات والأحرف الصغيرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Herstelcode</source>
        <translation>&amp;رمز الاستعادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Herstelcode</source>
        <translation>رمز الاستعادة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Terug naar de code</source>
        <translation>ال&amp;عودة إلى الرمز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Klaar</source>
        <translation>&amp;تم</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Even geduld: uw plannen worden beveiligd…</source>
        <translation>لحظة من فضلك: يتم تأمين خططك…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Herstelcode bewaren als PDF</source>
        <translation>حفظ رمز الاستعادة كملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Herstelcode Ons Plan.pdf</source>
        <translation>رمز الاستعادة Ons Plan.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Bewaard: %1. Print de pagina en bewaar hem goed.</source>
        <translation>✓ تم الحفظ: %1. اطبع الصفحة واحفظها جيدًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bezig met de PDF…</source>
        <translation>جارٍ تجهيز ملف PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>رمز الاستعادة هذا غير مطابق. انظر إليه جيدًا مرة أخرى وانسخه كما هو.</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../wijkteam/pdf/labels.py" line="+18"/>
        <source>Een plan van het gezin en de mensen om hen heen, volgens de Jeugdwet.</source>
        <extracomment>On paper the kind of plan names its law: a persoonlijk plan belongs to the Wmo.</extracomment>
        <translation>خطة من العائلة والناس من حولها، حسب قانون رعاية الشباب (Jeugdwet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een plan in mijn eigen woorden, volgens de Wmo 2015 (artikel 2.3.2).</source>
        <translation>خطة بكلماتي أنا، حسب قانون Wmo 2015 (المادة 2.3.2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(naam niet genoemd)</source>
        <translation>(الاسم غير مذكور)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/story.py" line="+41"/>
        <source>Als het anders loopt</source>
        <extracomment>The part &quot;Wat de kinderen zeggen&quot;, where the children&apos;s houses print. Room for the signatures&apos; heading, its sentence and the first two lines to sign.</extracomment>
        <translation>إذا جرى الأمر بشكل مختلف</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Soort plan</source>
        <translation>نوع الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wijkteam/pdf/tables.py" line="+27"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgedrukt op</source>
        <translation>تاريخ الطباعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum van de melding</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aanbod voor dit plan</source>
        <translation>العرض لعمل هذه الخطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgesproken datum</source>
        <translation>التاريخ المتفق عليه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samen besproken</source>
        <translation>تمت مناقشتها معًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+71"/>
        <source>Evaluatie</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>De gemeente geeft 7 dagen na de melding de tijd voor dit plan. Zij neemt het mee in haar onderzoek en beslist daarna over de hulp.</source>
        <translation>البلدية تعطي 7 أيام بعد الإبلاغ (melding) لتقديم هذه الخطة. وتأخذها في دراسة الوضع، ثم تقرر بشأن المساعدة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een familiegroepsplan is een recht, geen plicht (Jeugdwet, artikel 4.1.2). Ook na de afgesproken datum mag het plan nog komen.</source>
        <translation>خطة العائلة (familiegroepsplan) حق، وليست واجبًا (قانون رعاية الشباب Jeugdwet، المادة 4.1.2). ويمكن تقديم الخطة حتى بعد التاريخ المتفق عليه.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/conditions.py" line="+27"/>
        <location filename="../../wijkteam/pdf/story.py" line="+12"/>
        <source>Zonder titel</source>
        <extracomment>The part of a familiegroepsplan where the conditions print (the template&apos;s key).</extracomment>
        <translation>بدون عنوان</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/story.py" line="+31"/>
        <source>Nog niet ingevuld.</source>
        <translation>لم يُكتب بعد.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Uit mijn eigen tijd</source>
        <translation>من وقتي الخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uit onze eigen tijd</source>
        <translation>من وقتنا الخاص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze notities maakte ik zelf. Ik koos ervoor om ze te delen.</source>
        <translation>كتبت هذه الملاحظات بنفسي. واخترت أن أشاركها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze notities maakten we in onze eigen tijd, zonder hulpverleners erbij. We kozen zelf om ze te delen.</source>
        <translation>كتبنا هذه الملاحظات في وقتنا الخاص، بدون وجود المختصين. واخترنا بأنفسنا أن نشاركها.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/tables.py" line="-1"/>
        <source>Afspraak</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/invitations.py" line="+34"/>
        <location line="+49"/>
        <source>Wie nodigen we uit?</source>
        <extracomment>An empty box to tick with a pen.</extracomment>
        <translation>من ندعو؟</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Bijeenkomst: %1</source>
        <translation>الاجتماع: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemaakt op %1. Zet een kruisje als u iemand hebt gevraagd, en als iemand komt.</source>
        <translation>عُملت يوم %1. ضع علامة في الخانة عندما تدعو شخصًا، وعندما يقول إنه سيأتي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wijkteam/pdf/tables.py" line="+17"/>
        <location line="+71"/>
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../wijkteam/pdf/tables.py" line="-71"/>
        <source>Wie is het</source>
        <translation>من هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe bereikbaar</source>
        <translation>طريقة التواصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gevraagd</source>
        <translation>تمت دعوته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komt</source>
        <translation>سيأتي</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/tables.py" line="+0"/>
        <source>Rol</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Doel %1:</source>
        <translation>الهدف %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Andere afspraken</source>
        <translation>اتفاقات أخرى</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In Ons Plan</source>
        <translation>الموافقة في Ons Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekening</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Veiligheidsafspraak</source>
        <translation>اتفاق سلامة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hoe weten we dat het lukt?</source>
        <translation>كيف نعرف أنه نجح؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkt:</source>
        <translation>يتأكد:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uiterlijk %1</source>
        <translation>آخر موعد: %1</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/appendix.py" line="+26"/>
        <source>Hier staat wat professionals vertelden en adviseerden. Hun tekst staat apart, met een streep ervoor. Onder elk stuk staat wat ik ermee doe.</source>
        <translation>هنا ما قاله المختصون وما نصحوا به. كلامهم مكتوب وحده، وبجانبه خط. تحت كل جزء مكتوب ماذا أفعل به.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier staat wat professionals vertelden en adviseerden. Hun tekst staat apart, met een streep ervoor. Onder elk stuk staat wat wij ermee doen.</source>
        <translation>هنا ما قاله المختصون وما نصحوا به. كلامهم مكتوب وحده، وبجانبه خط. تحت كل جزء مكتوب ماذا نفعل به.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informatie en advies zijn niet bindend. Ik beslis zelf wat ik ermee doe.</source>
        <translation>المعلومات والنصائح غير ملزمة. أنا أقرر بنفسي ماذا أفعل بها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informatie en advies zijn niet bindend. Wij beslissen zelf wat we ermee doen.</source>
        <translation>المعلومات والنصائح غير ملزمة. نحن نقرر بأنفسنا ماذا نفعل بها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voorwaarden (bindend)</source>
        <translation>الشروط (ملزمة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een voorwaarde moet in het plan terugkomen. Een professional mag die alleen stellen als de wet dat toestaat. Daarom staat de wet erbij.</source>
        <translation>الشرط يجب أن يظهر في الخطة. المختص يستطيع أن يضع شرطًا فقط إذا سمح القانون بذلك. لذلك القانون مكتوب بجانبه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informatie en advies</source>
        <translation>معلومات ونصائح</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bijlage: informatie en advies van professionals</source>
        <translation>ملحق: معلومات ونصائح من المختصين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ze staan bovenaan het deel</source>
        <translation>هي مكتوبة في أعلى القسم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 van</source>
        <translation>%1 من</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons plan moet hieraan voldoen.</source>
        <translation>يجب أن تلتزم خطتنا بهذا الشرط.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gaat over:</source>
        <translation>عن:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het hele plan</source>
        <translation>الخطة كلها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wettelijke grond:</source>
        <translation>الأساس القانوني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet vermeld</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(geen tekst)</source>
        <translation>(لا يوجد نص)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn antwoord:</source>
        <translation>ردّي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons antwoord:</source>
        <translation>ردّنا:</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/document.py" line="+106"/>
        <source>Ons plan</source>
        <extracomment>Below a heading, at least this much of what follows must fit on the page, or the heading moves on with it.</extracomment>
        <translation>خطتنا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Afgedrukt op %1</source>
        <translation>طُبعت يوم %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagina %1 van %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/status.py" line="+18"/>
        <source>Niemand is nog akkoord met deze tekst.</source>
        <translation>لم يوافق أحد على هذا النص بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet akkoord</source>
        <translation>لم يوافق بعد</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>versie %1 van %2</source>
        <extracomment>per person who can agree: agreed to the printed version, and when, or not yet. Empty for a concept.</extracomment>
        <translation>النسخة %1 بتاريخ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het plan is veranderd sinds %1.</source>
        <translation>تغيّرت الخطة منذ %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een akkoord met versie %1 geldt niet voor deze tekst.</source>
        <translation>الموافقة على النسخة %1 لا تنطبق على هذا النص.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niemand is akkoord met deze tekst.</source>
        <translation>لا أحد موافق على هذا النص.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgesloten, niet vastgesteld</source>
        <translation>مغلقة، غير معتمدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afgesloten – deze tekst is niet vastgesteld</source>
        <translation>مغلقة – هذا النص غير معتمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Dit plan is afgesloten.</source>
        <translation>هذه الخطة مغلقة.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Het is nooit vastgesteld.</source>
        <translation>لم تُعتمد أبدًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concept – nog niet vastgesteld</source>
        <translation>مسودة – لم تُعتمد بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is een concept. Het plan kan nog veranderen.</source>
        <translation>هذه مسودة. الخطة يمكن أن تتغير بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit is een concept.</source>
        <translation>هذه مسودة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Akkoord met versie %1 op %2</source>
        <translation>وافق على النسخة %1 يوم %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit is versie %1 van het plan, vastgesteld op %2. Bij elke naam staat of die persoon in Ons Plan akkoord gaf met deze versie.</source>
        <translation>هذه هي النسخة %1 من الخطة، اعتُمدت يوم %2. بجانب كل اسم مكتوب هل وافق هذا الشخص على هذه النسخة في Ons Plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afgesloten. Vastgesteld: %1</source>
        <translation>مغلقة. معتمدة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastgesteld: %1</source>
        <translation>معتمدة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie %1 van %2, afgesloten</source>
        <translation>النسخة %1 بتاريخ %2، مغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie %1 van %2</source>
        <translation>النسخة %1 بتاريخ %2</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/network.py" line="+177"/>
        <source>dikke lijn</source>
        <extracomment>The line of each ring: width and dash pattern (empty: solid). The smallest the map is drawn, to stay on the page of its heading; smaller, it goes to the next page whole. Type sizes a label may shrink to, to stay in its box. What each ring&apos;s line and each sector&apos;s mark look like, in words for the legend.</extracomment>
        <translation>خط سميك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>streepjes</source>
        <translation>خط متقطع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>puntjes</source>
        <translation>نقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rondje</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vierkant</source>
        <translation>مربع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driehoek</source>
        <translation>مثلث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ruit</source>
        <translation>معيّن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kruis</source>
        <translation>علامة ×</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Geen plek meer op de kaart: %1.</source>
        <translation>لا يوجد مكان في الدائرة لـ: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/houses.py" line="+30"/>
        <source>Huis van zorgen</source>
        <translation>بيت المخاوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van goede dingen</source>
        <translation>بيت الأشياء الجميلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van dromen</source>
        <translation>بيت الأحلام</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>De huizen van %1</source>
        <extracomment>The walls around a drawing; around words only, as high as the words need, from ``LOW_WALLS`` to ``HIGH_WALLS``. Words longer than this print under the houses across the page, so a long story can run over a page.</extracomment>
        <translation>بيوت %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ui/common/pdf_export.py" line="+53"/>
        <location line="+50"/>
        <source>Afdrukken als PDF</source>
        <translation>طباعة كملف PDF</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Het plan is opgeslagen als PDF.</source>
        <translation>تم حفظ الخطة كملف PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U vindt het hier: %1</source>
        <translation>تجده هنا: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open de PDF</source>
        <translation>&amp;افتح ملف PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Er is op deze computer geen programma dat een PDF opent. De PDF is wel bewaard: %1</source>
        <translation>لا يوجد في هذا الحاسوب برنامج يفتح ملفات PDF. لكن ملف PDF محفوظ: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deze tekens kunnen niet worden afgedrukt: %1. De rest van het plan wel.</source>
        <translation>هذه الحروف لا يمكن طباعتها: %1. أما باقي الخطة فيمكن طباعته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en nog %1 andere</source>
        <translation>و%1 غيرها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wilt u de PDF toch maken?</source>
        <translation>هل تريد عمل ملف PDF مع ذلك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toch afdrukken</source>
        <translation>&amp;اطبع مع ذلك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stoppen</source>
        <translation>&amp;توقف</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../ui/people/people_editor.py" line="+101"/>
        <source>Persoon toe&amp;voegen</source>
        <translation>&amp;إضافة شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog niemand in het plan. Voeg de eerste persoon toe met de knop hieronder.</source>
        <translation>لا يوجد أحد في الخطة بعد. أضف أول شخص بالزر في الأسفل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Mensen in dit plan</source>
        <translation>الأشخاص في هذه الخطة</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Wilt u %1 weghalen uit het plan?</source>
        <translation>هل تريد إزالة %1 من الخطة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afspraken blijven staan. Alleen deze naam gaat eruit.</source>
        <translation>الاتفاقات تبقى. فقط هذا الاسم يُزال.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="+57"/>
        <source>Persoon aanpassen</source>
        <extracomment>Roles that usually come from an organisation; only for them the organisation field shows. The group a role usually sits in on the network map, as a first suggestion the family can change.</extracomment>
        <translation>تعديل بيانات الشخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persoon toevoegen</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen de naam is nodig. De rest kunt u ook later invullen.</source>
        <translation>الاسم فقط ضروري. الباقي يمكنك كتابته لاحقًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bijvoorbeeld Ria Bakker</source>
        <translation>مثلًا: ريا باكر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bijvoorbeeld oma of buurvrouw</source>
        <translation>مثلًا: الجدة أو الجارة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>مثلًا: فريق الحي (wijkteam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>telefoon, e-mail of adres</source>
        <translation>الهاتف، أو البريد الإلكتروني، أو العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog niet gekozen</source>
        <translation>لم يُختَر بعد</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Mag met naam in het plan</source>
        <translation>&amp;يمكن ذكر الاسم في الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag het de persoon zelf. Zonder vinkje staat de naam niet in de PDF.</source>
        <translation>اسأل الشخص نفسه. إذا لم تضع علامة الصح هنا، لن يظهر الاسم في ملف PDF.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Naam</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relatie</source>
        <translation>ال&amp;علاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;l</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisatie</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe &amp;bereikbaar</source>
        <translation>&amp;طريقة التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groep</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe &amp;dichtbij</source>
        <translation>&amp;كم هو قريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat voor &amp;steun</source>
        <translation>&amp;نوع الدعم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bewaren</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Vul een naam in.</source>
        <translation>اكتب اسمًا.</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <location filename="../../ui/editor/plan_details.py" line="+65"/>
        <location line="+4"/>
        <source>Over dit plan</source>
        <extracomment>The details, as the services call them.</extracomment>
        <translation>بيانات هذه الخطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U kunt dit altijd veranderen. Wat u verandert, komt in de geschiedenis van het plan.</source>
        <translation>يمكنك تغيير هذا دائمًا. ما تغيّره يُسجَّل في سجلّ الخطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titel van het plan</source>
        <translation>عنوان الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw naam</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam van de familie</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plaats van het gesprek</source>
        <translation>مكان اللقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum van de melding</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum van het gesprek</source>
        <translation>تاريخ اللقاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum van de bijeenkomst</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum van de evaluatie</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taal van het plan</source>
        <translation>لغة الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In deze taal drukt de PDF zijn eigen woorden af, zoals de koppen.</source>
        <translation>بهذه اللغة يطبع ملف PDF كلماته الثابتة، مثل العناوين.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zet in de PDF ook de Nederlandse &amp;woorden</source>
        <translation>ضع في ملف PDF الكلمات ال&amp;هولندية أيضًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dan kan de gemeente de koppen ook lezen. Uw eigen tekst blijft zoals u hem schreef.</source>
        <translation>عندها تستطيع البلدية أن تقرأ العناوين أيضًا. نصك أنت يبقى كما كتبته.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Titel:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uw naam:</source>
        <translation>&amp;اسمك:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Naam van de familie:</source>
        <translation>&amp;اسم العائلة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Melding:</source>
        <translation>ال&amp;إبلاغ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gesprek:</source>
        <translation>&amp;يوم اللقاء:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bijeenkomst:</source>
        <translation>&amp;يوم الاجتماع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plaats:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluatie:</source>
        <translation>ال&amp;تقييم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;aal van het plan:</source>
        <translation>&amp;لغة الخطة:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Op een vaste datum</source>
        <translation>في تاريخ محدد</translation>
    </message>
</context>
<context>
    <name>PlanFileFlow</name>
    <message>
        <location filename="../../ui/start/plan_file_dialogs.py" line="+137"/>
        <source>Het planbestand wordt gelezen…</source>
        <translation>جارٍ قراءة ملف الخطة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>Planbestand openen</source>
        <translation>فتح ملف خطة</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Open het bestand met „Planbestand openen…” om verder te gaan met het plan.</source>
        <translation>افتح الملف عن طريق «فتح ملف خطة…» لتكمل العمل على الخطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datums die niet te lezen waren, zijn leeg gelaten of op vandaag gezet.</source>
        <translation>التواريخ التي لم يمكن قراءتها تُركت فارغة أو وُضع مكانها تاريخ اليوم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Het plan wordt bewaard als planbestand…</source>
        <translation>يتم حفظ الخطة كملف خطة…</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Opslaan als planbestand</source>
        <translation>حفظ كملف خطة</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Ons Plan-bestand (*%1)</source>
        <translation>ملف Ons Plan (*%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Planbestand bewaard</source>
        <translation>تم حفظ ملف الخطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Het plan is bewaard als planbestand.</source>
        <translation>تم حفظ الخطة كملف خطة.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>De eigen notities van het gezin zitten er niet in.</source>
        <translation>الملاحظات الخاصة بالعائلة ليست فيه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw eigen notities zitten erin.</source>
        <translation>ملاحظاتك الخاصة موجودة فيه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw eigen notities zitten er niet in.</source>
        <translation>ملاحظاتك الخاصة ليست فيه.</translation>
    </message>
</context>
<context>
    <name>PlanListPanel</name>
    <message>
        <location filename="../../ui/start/plan_list_panel.py" line="+60"/>
        <source>&amp;Uw plannen</source>
        <translation>&amp;قائمة خططك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan&amp;bestand openen…</source>
        <translation>&amp;فتح ملف خطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een plan uit een planbestand (.wijkplan) toevoegen (Ctrl+O)</source>
        <translation>إضافة خطة من ملف خطة (.wijkplan) (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoek op naam of titel</source>
        <translation>ابحث بالاسم أو العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoek op naam of titel (Ctrl+F)</source>
        <translation>ابحث بالاسم أو العنوان (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Volgorde:</source>
        <translation>ال&amp;ترتيب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgorde van de plannen</source>
        <translation>ترتيب الخطط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eerstvolgende datum</source>
        <translation>أقرب تاريخ قادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst veranderd</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort plan</source>
        <translation>نوع الخطة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Weghalen</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan weghalen uit de lijst (Delete). U kunt het terugzetten.</source>
        <translation>إزالة هذه الخطة من القائمة (Delete). يمكنك إرجاعها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op&amp;slaan als planbestand…</source>
        <translation>&amp;حفظ كملف خطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan als bestand bewaren, om te delen of als reservekopie</source>
        <translation>حفظ الخطة كملف، للمشاركة أو كنسخة احتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open dit plan</source>
        <translation>&amp;افتح هذه الخطة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tip: dubbelklik op een plan, of kies het en druk op Enter.</source>
        <translation>تلميح: انقر مرتين على خطة، أو اخترها واضغط Enter.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>U heeft nog geen plan. Kies hierboven wat voor plan u wilt maken.</source>
        <translation>ليست لديك خطة بعد. اختر في الأعلى نوع الخطة التي تريد عملها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat geen plan in uw lijst. Maak hierboven een nieuw plan, of zet een weggehaald plan terug.</source>
        <translation>لا توجد خطة في قائمتك. اعمل خطة جديدة في الأعلى، أو أرجِع خطة مُزالة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;eggehaalde plannen (%1)…</source>
        <translation>الخطط المُ&amp;زالة (%1)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw plannen worden geopend…</source>
        <translation>يتم فتح خططك…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Plan weghalen</source>
        <translation>إزالة الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan „%1” weghalen?</source>
        <translation>هل تريد إزالة الخطة «%1»؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weet u het zeker? U kunt het plan daarna nog terugzetten.</source>
        <translation>هل أنت متأكد؟ يمكنك إرجاع الخطة بعد ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja, &amp;weghalen</source>
        <translation>نعم، &amp;أزِلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nee, laten staan</source>
        <translation>&amp;لا، اتركها</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 van de %2 plannen gevonden.</source>
        <translation>عدد الخطط التي وُجدت: %1 من %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>U heeft %n plannen.</source>
        <translation>
            <numerusform>لديك %n خطة.</numerusform>
            <numerusform>لديك %n خطة.</numerusform>
            <numerusform>لديك %n خطتان.</numerusform>
            <numerusform>لديك %n خطط.</numerusform>
            <numerusform>لديك %n خطة.</numerusform>
            <numerusform>لديك %n خطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Bij %n plannen is een datum voorbij.</source>
        <translation>
            <numerusform>في %n خطة فات موعد.</numerusform>
            <numerusform>في %n خطة فات موعد.</numerusform>
            <numerusform>في %n خطتين فات موعد.</numerusform>
            <numerusform>في %n خطط فات موعد.</numerusform>
            <numerusform>في %n خطة فات موعد.</numerusform>
            <numerusform>في %n خطة فات موعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n plannen kunnen niet worden geopend.</source>
        <translation>
            <numerusform>لا يمكن فتح %n خطة.</numerusform>
            <numerusform>لا يمكن فتح %n خطة.</numerusform>
            <numerusform>لا يمكن فتح %n خطتين.</numerusform>
            <numerusform>لا يمكن فتح %n خطط.</numerusform>
            <numerusform>لا يمكن فتح %n خطة.</numerusform>
            <numerusform>لا يمكن فتح %n خطة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geen plan gevonden met „%1”. Probeer een ander woord.</source>
        <translation>لم نجد خطة فيها «%1». جرّب كلمة أخرى.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Het plan „%1” is weggehaald.</source>
        <translation>تمت إزالة الخطة «%1».</translation>
    </message>
</context>
<context>
    <name>PlanParts</name>
    <message>
        <location filename="../../ui/people/agreements_editor.py" line="-199"/>
        <source>Doel %1: %2</source>
        <translation>الهدف %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (nog geen afspraken)</source>
        <translation>%1 (لا اتفاقات بعد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zonder doel</source>
        <translation>بدون هدف</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Afspraak</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 nog invullen</source>
        <translation>%1 لم يُكتب بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Veiligheidsafspraak</source>
        <translation>اتفاق سلامة</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_editor.py" line="-109"/>
        <source>Mag de naam van deze persoon in het plan staan?</source>
        <translation>هل يمكن أن يُذكر اسم هذا الشخص في الخطة؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatie</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe dichtbij</source>
        <translation>مدى القرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam in plan</source>
        <translation>الاسم في الخطة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bereikbaar: %1</source>
        <translation>للتواصل: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Ja</source>
        <translation>✓ نعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— Nee</source>
        <translation>— لا</translation>
    </message>
    <message>
        <location filename="../../ui/people/plan_parts_wording.py" line="+60"/>
        <source>wat</source>
        <extracomment>A shape per status, like the states of the parts, so the status never depends on seeing colour.</extracomment>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wanneer</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hoe weten we dat het lukt</source>
        <translation>كيف نعرف أنه نجح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie checkt</source>
        <translation>مَن يتأكد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Nog niet ingevuld: %2</source>
        <translation>%1 لم يُكتب بعد: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, voorbij</source>
        <translation>%1، فات الموعد</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="-231"/>
        <source>Dit plan kan niet open. Er staat iets in dat Ons Plan niet kan lezen. U kunt het wel opslaan als planbestand, met alles wat te lezen is. Daarna kunt u het weghalen.</source>
        <extracomment>Plans without a next date sort after every plan with one; plans that cannot be read before all others.</extracomment>
        <translation>لا يمكن فتح هذه الخطة. فيها شيء لا يستطيع Ons Plan قراءته. لكن يمكنك حفظها كملف خطة، مع كل ما يمكن قراءته. بعدها يمكنك إزالتها.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Plan</source>
        <extracomment>Counts every new order of the rows (new rows, another sort): what a filter remembers per row is stale then.</extracomment>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort plan</source>
        <translation>نوع الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst veranderd</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>onbekend</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>PlanTableView</name>
    <message>
        <location filename="../../ui/start/plan_table_view.py" line="+61"/>
        <source>Uw plannen</source>
        <extracomment>The next date first: what needs attention comes to the top. Plans with the same date keep newest change first. In a narrow window (large text) the next date gives way, down to its heading, so the plan&apos;s title keeps room. Levels of widgets from the table up to the window&apos;s scroll area: the table, the list, the panel, the page, the area.</extracomment>
        <translation>خططك</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/editor/plan_undo.py" line="+66"/>
        <source>Ongedaan gemaakt: %1</source>
        <extracomment>The grey of a push button that cannot be used (see the theme), for menu items that cannot be used.</extracomment>
        <translation>تم التراجع: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opnieuw gedaan: %1</source>
        <translation>تمت الإعادة: %1</translation>
    </message>
</context>
<context>
    <name>PrivateNoteCard</name>
    <message>
        <location filename="../../ui/together/private_notes.py" line="+52"/>
        <source>Schrijf hier wat u wilt onthouden.</source>
        <translation>اكتبوا هنا ما تريدون تذكّره.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen notitie</source>
        <translation>ملاحظة خاصة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ook in het plan zetten</source>
        <translation>ضعها في الخطة أيضًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weggooien</source>
        <translation>التخلص منها</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Deze notitie komt in het plan, ook op papier.</source>
        <translation>هذه الملاحظة ستدخل في الخطة، وعلى الورق أيضًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen voor u. Deze notitie komt niet in het plan.</source>
        <translation>لكم وحدكم. هذه الملاحظة لن تدخل في الخطة.</translation>
    </message>
</context>
<context>
    <name>PrivateNotesDialog</name>
    <message>
        <location filename="../../ui/start/plan_file_dialogs.py" line="-179"/>
        <source>Opslaan als planbestand</source>
        <translation>حفظ كملف خطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eigen notities meenemen?</source>
        <translation>هل تضع الملاحظات الخاصة في الملف؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U bewaart het plan „%1” als planbestand.</source>
        <translation>أنت تحفظ الخطة «%1» كملف خطة.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In dit plan staan %n eigen notities. Die zijn alleen van u. Ze gaan niet mee in het bestand, tenzij u dat hieronder kiest.</source>
        <translation>
            <numerusform>في هذه الخطة %n ملاحظة خاصة. هي لك وحدك. لن تدخل في الملف، إلا إذا اخترت ذلك في الأسفل.</numerusform>
            <numerusform>في هذه الخطة %n ملاحظة خاصة. هي لك وحدك. لن تدخل في الملف، إلا إذا اخترت ذلك في الأسفل.</numerusform>
            <numerusform>في هذه الخطة %n ملاحظتان خاصتان. هما لك وحدك. لن تدخلا في الملف، إلا إذا اخترت ذلك في الأسفل.</numerusform>
            <numerusform>في هذه الخطة %n ملاحظات خاصة. هي لك وحدك. لن تدخل في الملف، إلا إذا اخترت ذلك في الأسفل.</numerusform>
            <numerusform>في هذه الخطة %n ملاحظة خاصة. هي لك وحدك. لن تدخل في الملف، إلا إذا اخترت ذلك في الأسفل.</numerusform>
            <numerusform>في هذه الخطة %n ملاحظة خاصة. هي لك وحدك. لن تدخل في الملف، إلا إذا اخترت ذلك في الأسفل.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja, mijn eigen &amp;notities meenemen</source>
        <translation>نعم، ضع &amp;ملاحظاتي الخاصة في الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen doen als u dat zelf wilt. Iedereen die het bestand krijgt, kan ze lezen.</source>
        <translation>افعل هذا فقط إذا كنت تريده. كل من يحصل على الملف يستطيع قراءتها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kies waar u het bewaart…</source>
        <translation>&amp;اختر مكان الحفظ…</translation>
    </message>
</context>
<context>
    <name>ProcessGuideDialog</name>
    <message>
        <location filename="../../ui/together/process_guide.py" line="+92"/>
        <location line="+5"/>
        <source>Het proces, stap voor stap</source>
        <extracomment>Item views ignore the theme&apos;s large tick boxes: give these the same size and some air. Room beside the text: the tick box, its gap, and the item&apos;s padding.</extracomment>
        <translation>سير العمل، خطوة بخطوة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stappen van het proces</source>
        <translation>خطوات سير العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stappen</source>
        <translation>ال&amp;خطوات</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Wie nodigen we uit?…</source>
        <translation>مَن &amp;ندعو؟…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Maak het &amp;concreet</source>
        <translation>اجعله &amp;واضحًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraag dit aan het gezin. Het gezin past de afspraken zelf aan.</source>
        <translation>اسأل العائلة هذا. العائلة تعدّل الاتفاقات بنفسها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vragen over de afspraken</source>
        <translation>أسئلة عن الاتفاقات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Notities over het proces</source>
        <translation>&amp;ملاحظات عن سير العمل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notities van de ondersteuner</source>
        <translation>ملاحظات المرافق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schrijf een notitie over het proces, niet over de inhoud.</source>
        <translation>اكتب ملاحظة عن سير العمل، وليس عن المحتوى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe notitie</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bij welke fase</source>
        <translation>في أي مرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie &amp;bewaren</source>
        <translation>&amp;حفظ الملاحظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bewaren met Ctrl+Enter.</source>
        <translation>للحفظ: Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alleen de ondersteuner schrijft hier notities. U kunt ze wel lezen.</source>
        <translation>المرافق وحده يكتب الملاحظات هنا. لكن يمكنك قراءتها.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Afspraak %1 (nog zonder &apos;wat&apos;)</source>
        <translation>الاتفاق %1 (لم يُكتب «ماذا» بعد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  – %1</source>
        <translation>  – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er zijn nog geen afspraken. Het gezin maakt ze in het plan.</source>
        <translation>لا توجد اتفاقات بعد. العائلة تكتبها في الخطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Alle afspraken zijn concreet: wat, wie, wanneer, hoe weten we dat het lukt, en wie checkt.</source>
        <translation>✓ كل الاتفاقات واضحة: ماذا، ومَن، ومتى، وكيف نعرف أنه نجح، ومَن يتأكد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Het hele proces</source>
        <translation>سير العمل كله</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nog geen notities.</source>
        <translation>لا ملاحظات بعد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bij fase %1: %2</source>
        <translation>في المرحلة %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over het hele proces</source>
        <translation>عن سير العمل كله</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vink samen met het gezin af wat gedaan is. Met de pijltjes kiest u een stap, met de spatiebalk vinkt u af. De tekst van het plan verandert hier niet: die is van het gezin.</source>
        <translation>ضع مع العائلة علامة على ما تمّ. بالأسهم تختار خطوة، وبمفتاح المسافة تضع العلامة. نص الخطة لا يتغير هنا: فهو ملك العائلة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier ziet u hoe ver het proces is. U kunt zelf ook een stap afvinken, met de spatiebalk.</source>
        <translation>هنا ترى إلى أين وصل سير العمل. يمكنك أنت أيضًا وضع علامة على خطوة، بمفتاح المسافة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U kunt hier meekijken. Alleen de ondersteuner en het gezin vinken stappen af.</source>
        <translation>يمكنك المتابعة هنا. المرافق والعائلة فقط يضعون علامة على الخطوات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>het gesprek</source>
        <translation>اللقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de bijeenkomst</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen datum voor %1. Staat die in het plan, dan ziet u hier een voorstel voor de check-in.</source>
        <translation>لم يُحدَّد بعد تاريخ %1. عندما يكون التاريخ في الخطة، سترى هنا اقتراحًا لموعد المتابعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorstel voor de check-in: %1. Dat is vier weken na %2 van %3.</source>
        <translation>اقتراح لموعد المتابعة: %1. أي بعد أربعة أسابيع من %2 يوم %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De evaluatie is op %1.</source>
        <translation>التقييم يوم %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Fase %1: %2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;المرحلة %1: %2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schrijf eerst een notitie.</source>
        <translation>اكتب ملاحظة أولًا.</translation>
    </message>
</context>
<context>
    <name>ProcessStepListModel</name>
    <message>
        <location filename="../../ui/together/process_step_model.py" line="+108"/>
        <source>nog niet gedaan</source>
        <translation>لم يتمّ بعد</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1. %2  ·  %3 van %4 gedaan</source>
        <translation>%1. %2  ·  تمّ %3 من %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✓ gedaan op %1, door %2</source>
        <translation>✓ تمّ يوم %1، بواسطة %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ gedaan op %1</source>
        <translation>✓ تمّ يوم %1</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <location filename="../../ui/window/advice_desk.py" line="-205"/>
        <location line="+1"/>
        <source>Wie geeft het advies?</source>
        <translation>من يعطي النصيحة؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies staat altijd op uw naam. Zo weet het gezin van wie het komt.</source>
        <translation>نصيحتك تكون دائمًا باسمك. هكذا تعرف العائلة ممن جاءت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bijvoorbeeld Marieke Jansen</source>
        <translation>مثلًا: ماريكه يانسن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>مثلًا: فريق الحي (wijkteam)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw &amp;naam</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rganisatie</source>
        <translation>&amp;المؤسسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verder</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReadAloudBox</name>
    <message>
        <location filename="../../ui/common/read_aloud_box.py" line="+34"/>
        <source>Voorlezen</source>
        <extracomment>The sentence stands out from the rest of the screen, as a marker pen would make it.</extracomment>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Wordt voorgelezen:</source>
        <translation>يُقرأ الآن:</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+51"/>
        <location line="+1"/>
        <source>Pauze</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Even stoppen. Met Verder hoort u de zin opnieuw.</source>
        <translation>توقف قصير. بزر «متابعة» تسمع الجملة من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop met voorlezen</source>
        <translation>إيقاف القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rustig voorlezen</source>
        <translation>قراءة هادئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langzamer voorlezen. Dit wordt onthouden.</source>
        <translation>القراءة بشكل أبطأ. البرنامج يتذكّر هذا الاختيار.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>▶ Verder</source>
        <translation>▶ متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verder voorlezen</source>
        <translation>متابعة القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gepauzeerd bij:</source>
        <translation>توقّف مؤقتًا عند:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>zin %1 van %2</source>
        <translation>الجملة %1 من %2</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeBox</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="-208"/>
        <source>Herstelcode: %1</source>
        <translation>رمز الاستعادة: %1</translation>
    </message>
</context>
<context>
    <name>ReplacementTableModel</name>
    <message>
        <location filename="../../ui/window/anonymous_copy.py" line="-145"/>
        <source>In het plan</source>
        <extracomment>The table shows this many rows without scrolling; more scroll inside it.</extracomment>
        <translation>في الخطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In de kopie</source>
        <translation>في النسخة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(gaat niet mee)</source>
        <translation>(لا يدخل في النسخة)</translation>
    </message>
</context>
<context>
    <name>RoleBar</name>
    <message>
        <location filename="../../ui/together/role_bar.py" line="+31"/>
        <source>Aan het toetsenbord:</source>
        <extracomment>The family&apos;s own role looks like the rest of the bar; any other role is tinted, so it shows from across the table.</extracomment>
        <translation>أمام لوحة المفاتيح:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiss&amp;elen…</source>
        <translation>&amp;تبديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies wie er nu aan het toetsenbord zit (Alt+E)</source>
        <translation>اختر من يجلس الآن أمام لوحة المفاتيح (Alt+ت)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aan het toetsenbord: %1</source>
        <translation>أمام لوحة المفاتيح: %1</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/together/role_dialog.py" line="+35"/>
        <location line="+4"/>
        <source>Wie zit er aan het toetsenbord?</source>
        <extracomment>The longest name the services keep on one line.</extracomment>
        <translation>من يجلس أمام لوحة المفاتيح؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies wie nu het plan gebruikt. Zo weet iedereen later wie wat heeft gedaan.</source>
        <translation>اختر من يستخدم الخطة الآن. هكذا يعرف الجميع لاحقًا من فعل ماذا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Gezin</source>
        <translation>ال&amp;عائلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ondersteuner</source>
        <translation>ال&amp;مرافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Professional</source>
        <translation>الم&amp;ختص</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>مثلًا: فريق الحي (wijkteam)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uw &amp;naam</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;rganisatie</source>
        <translation>&amp;المؤسسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wisselen</source>
        <translation>&amp;تبديل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Mag leeg blijven. Dan staat er: Gezin.</source>
        <translation>يمكن تركه فارغًا. عندها يُكتب: العائلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul uw naam in. Wat u doet, staat op uw naam.</source>
        <translation>اكتب اسمك. ما تفعله يُسجَّل باسمك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijvoorbeeld Sanne</source>
        <translation>مثلًا: سانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijvoorbeeld Marieke Jansen</source>
        <translation>مثلًا: ماريكه يانسن</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../ui/people/rows_editor.py" line="+181"/>
        <source>Aan&amp;passen</source>
        <extracomment>The padding of table cells in the theme (``QTableView::item``). The width a cell&apos;s text does not get: the padding on both sides, and the style&apos;s own small text margins.</extracomment>
        <translation>ت&amp;عديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas de gekozen regel aan (Enter)</source>
        <translation>عدّل السطر المختار (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weghalen</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haal de gekozen regel weg (Delete)</source>
        <translation>أزِل السطر المختار (Delete)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Weghalen</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja, weghalen</source>
        <translation>نعم، أزِله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee, laten staan</source>
        <translation>لا، اتركه</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../../ui/editor/section_actions.py" line="+126"/>
        <source>&amp;Naam veranderen…</source>
        <translation>&amp;تغيير الاسم…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Andere naam</source>
        <translation>اسم آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Over&amp;slaan</source>
        <translation>ت&amp;خطّي</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Overslaan</source>
        <translation>تخطّي</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Om&amp;hoog</source>
        <translation>إلى ال&amp;أعلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↑ Omhoog</source>
        <translation>↑ إلى الأعلى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Om&amp;laag</source>
        <translation>إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↓ Omlaag</source>
        <translation>↓ إلى الأسفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Eigen deel toevoegen…</source>
        <translation>إضافة &amp;قسم إضافي…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ Eigen deel</source>
        <translation>+ قسم إضافي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weghalen…</source>
        <translation>&amp;إزالة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weghalen</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ongedaan maken</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↶ Ongedaan maken</source>
        <translation>↶ تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opnieuw</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↷ Opnieuw</source>
        <translation>↷ إعادة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geef dit deel een eigen naam</source>
        <translation>أعطِ هذا القسم اسمًا من اختيارك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet dit deel een plek hoger</source>
        <translation>انقل هذا القسم مكانًا إلى الأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet dit deel een plek lager</source>
        <translation>انقل هذا القسم مكانًا إلى الأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voeg een eigen deel toe, na dit deel</source>
        <translation>أضف قسمًا إضافيًا بعد هذا القسم</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Toch &amp;gebruiken</source>
        <translation>&amp;استخدمه رغم ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toch gebruiken</source>
        <translation>استخدمه رغم ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gebruik dit deel weer in het plan</source>
        <translation>استخدم هذا القسم في الخطة مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sla dit deel over: het blijft bewaard, maar komt niet in de PDF</source>
        <translation>تخطَّ هذا القسم: يبقى محفوظًا، لكنه لن يظهر في ملف PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Haal dit eigen deel weg (alleen als het leeg is)</source>
        <translation>أزِل هذا القسم الإضافي (فقط إذا كان فارغًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen een eigen deel kunt u weghalen. Een ander deel kunt u overslaan.</source>
        <translation>يمكنك إزالة القسم الإضافي فقط. أي قسم آخر يمكنك تخطّيه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alleen het gezin kan de delen van het plan veranderen.</source>
        <translation>العائلة وحدها تستطيع تغيير أقسام الخطة.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Naam veranderen</source>
        <translation>تغيير الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hoe wilt u dit deel &amp;noemen?</source>
        <translation>&amp;ماذا تريد أن تسمّي هذا القسم؟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bewaar naam</source>
        <translation>&amp;حفظ الاسم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hoe heet het nieuwe deel? Het komt na &apos;%1&apos;.</source>
        <translation>ما اسم القسم الجديد؟ سيأتي بعد «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe heet het nieuwe deel?</source>
        <translation>ما اسم القسم الجديد؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen deel toevoegen</source>
        <translation>إضافة قسم إضافي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dit deel kan pas weg als het leeg is.</source>
        <translation>لا يمكن إزالة هذا القسم إلا إذا كان فارغًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deel weghalen</source>
        <translation>إزالة القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u het deel &apos;%1&apos; weghalen?</source>
        <translation>هل تريد إزالة القسم «%1»؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel is leeg. Met Ongedaan maken (Ctrl+Z) komt het terug.</source>
        <translation>القسم فارغ. بالتراجع (Ctrl+Z) يرجع من جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weghalen</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet weghalen</source>
        <translation>&amp;لا تُزِله</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ongedaan maken: %1</source>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is nog niets om ongedaan te maken</source>
        <translation>لا يوجد بعد شيء للتراجع عنه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opnieuw: %1</source>
        <translation>إعادة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is niets om opnieuw te doen</source>
        <translation>لا يوجد شيء لإعادته</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../ui/editor/section_list_model.py" line="+93"/>
        <source>overgeslagen</source>
        <extracomment>A skipped part is drawn lighter, and says &quot;overgeslagen&quot; in words: colour alone would not tell everyone.</extracomment>
        <translation>تم تخطّيه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>eigen deel</source>
        <translation>قسم إضافي</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <location filename="../../ui/editor/section_panel.py" line="+47"/>
        <source>&amp;Hulp en voorbeeld</source>
        <translation>&amp;شرح ومثال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toon of verberg hulp en een voorbeeld (F1)</source>
        <translation>إظهار أو إخفاء الشرح والمثال (F1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lees wat professionals over dit deel zeggen</source>
        <translation>اقرأ ما يقوله المختصون عن هذا القسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ Advies bij dit deel…</source>
        <translation>+ نصيحة لهذا القسم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geef informatie of advies over dit deel, op uw naam</source>
        <translation>أعطِ معلومات أو نصيحة عن هذا القسم، باسمك</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+149"/>
        <source>Schrijf hier in uw eigen woorden.</source>
        <translation>اكتب هنا بكلماتك.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Dit deel is &amp;klaar</source>
        <translation>هذا القسم &amp;جاهز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Vorig deel</source>
        <translation>← القسم السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig deel (Ctrl+PgUp)</source>
        <translation>القسم السابق (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgend deel →</source>
        <translation>القسم التالي →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgend deel (Ctrl+PgDown)</source>
        <translation>القسم التالي (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Deel %1 van %2</source>
        <translation>القسم %1 من %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw tekst bij: %1</source>
        <translation>نصك في: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Het gezin heeft hier nog niets geschreven.</source>
        <translation>العائلة لم تكتب شيئًا هنا بعد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Er is advies bij dit deel →</source>
        <translation>توجد نصيحة لهذا القسم →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is advies bij dit deel (%1) →</source>
        <translation>توجد نصائح لهذا القسم (%1) →</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Mijn doelen</source>
        <translation>أهدافي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onze doelen</source>
        <translation>أهدافنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn afspraken</source>
        <translation>اتفاقاتي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onze afspraken</source>
        <translation>اتفاقاتنا</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ Bewaard</source>
        <translation>✓ تم الحفظ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bezig met bewaren…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <location filename="../../ui/editor/section_sidebar.py" line="+22"/>
        <source>Delen van het plan</source>
        <translation>أقسام الخطة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delen van het plan</source>
        <translation>&amp;أقسام الخطة</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+13"/>
        <source>Beveiliging en reservekopie</source>
        <translation>الأمان والنسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op slot na</source>
        <translation>القفل بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan gaat vanzelf op &amp;slot als niemand het gebruikt na:</source>
        <translation>يُقفَل Ons Plan &amp;تلقائيًا إذا لم يستخدمه أحد لمدة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nu op slot &amp;zetten (Ctrl+L)</source>
        <translation>&amp;قفل الآن (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wachtwoord veranderen…</source>
        <translation>تغيير &amp;كلمة السر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe &amp;herstelcode maken…</source>
        <translation>إنشاء &amp;رمز استعادة جديد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reservekopie &amp;maken…</source>
        <translation>&amp;إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>&amp;استرجاع نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Op slot</source>
        <translation>القفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op slot ziet niemand uw plannen. U opent ze weer met uw wachtwoord.</source>
        <translation>عند القفل لا يرى أحد خططك. تفتحها من جديد بكلمة السر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wachtwoord en herstelcode</source>
        <translation>كلمة السر ورمز الاستعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met uw wachtwoord of uw herstelcode opent u uw plannen. Niemand anders kan dat.</source>
        <translation>بكلمة السر أو برمز الاستعادة تفتح خططك. لا أحد غيرك يستطيع ذلك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reservekopie</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een reservekopie is één bestand met al uw plannen. Het zit op slot met uw wachtwoord van nu. Bewaar het bijvoorbeeld op een USB-stick. Gaat de laptop kapot of kwijt? Dan zet u de kopie terug op een andere laptop.</source>
        <translation>النسخة الاحتياطية ملف واحد فيه كل خططك. وهو مقفل بكلمة السر الحالية. احفظه مثلًا على ذاكرة USB. هل تعطّل الحاسوب أو ضاع؟ عندها تسترجع النسخة على حاسوب آخر.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ Bewaard.</source>
        <translation>✓ تم الحفظ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>Reservekopie maken</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reservekopie van Ons Plan (*%1)</source>
        <translation>نسخة احتياطية من Ons Plan (*%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bezig met de reservekopie…</source>
        <translation>جارٍ عمل النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ De reservekopie is bewaard: %1. Hij opent met uw wachtwoord of herstelcode van nu.</source>
        <translation>✓ تم حفظ النسخة الاحتياطية: %1. تُفتح بكلمة السر أو برمز الاستعادة الحاليَّين.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De reservekopie wordt gemaakt…</source>
        <translation>يتم إنشاء النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reservekopie terugzetten</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen van nu worden vervangen door die in de reservekopie. Ze worden eerst bewaard in de map backups. Wilt u doorgaan?</source>
        <translation>خططك الحالية سيحل محلها ما في النسخة الاحتياطية. لكنها تُحفظ أولًا في المجلد backups. هل تريد المتابعة؟</translation>
    </message>
</context>
<context>
    <name>SessionRole</name>
    <message>
        <location filename="../../ui/common/session_role.py" line="+24"/>
        <source>gezin</source>
        <extracomment>The roles someone can take at the keyboard. The network speaks through the family, so it has no role of its own.</extracomment>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netwerk</source>
        <translation>شبكة الدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ondersteuner</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional</source>
        <translation>المختص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gezin</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netwerk</source>
        <translation>شبكة الدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ondersteuner</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>المختص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Het plan is van u. U schrijft en verandert de tekst, de mensen, de doelen en de afspraken. U geeft antwoord op advies.</source>
        <translation>الخطة لك. أنت تكتب وتغيّر النص، والأشخاص، والأهداف، والاتفاقات. وأنت ترد على النصائح.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Als professional geeft u informatie en advies, op uw naam. Het gezin beslist zelf wat het ermee doet. De tekst van het plan is van het gezin: die kunt u lezen, niet veranderen.</source>
        <translation>بصفتك مختصًا تعطي معلومات ونصائح باسمك. العائلة تقرر بنفسها ماذا تفعل بها. نص الخطة ملك العائلة: يمكنك قراءته، لكن لا يمكنك تغييره.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Als ondersteuner helpt u met het proces. De tekst van het plan is van het gezin: die kunt u lezen, niet veranderen.</source>
        <translation>بصفتك مرافقًا تساعد في سير العمل. نص الخطة ملك العائلة: يمكنك قراءته، لكن لا يمكنك تغييره.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>U kijkt mee als professional. De tekst is van het gezin: u kunt hem lezen, niet veranderen. Uw advies zet u bij Informatie en advies.</source>
        <translation>أنت تتابع بصفتك مختصًا. النص ملك العائلة: يمكنك قراءته، لكن لا يمكنك تغييره. ضع نصيحتك في «معلومات ونصائح».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>U kijkt mee als %1. De tekst is van het gezin: u kunt hem lezen, niet veranderen.</source>
        <translation>أنت تتابع بصفة: %1. النص ملك العائلة: يمكنك قراءته، لكن لا يمكنك تغييره.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
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
        <translation>أنت تتخطى هذا القسم. لن يظهر في ملف PDF. نصك يبقى محفوظًا.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../ui/common/speech.py" line="+78"/>
        <source>Deze computer kan nog niet voorlezen: zet een stem aan bij Instellingen, Tijd en taal.</source>
        <extracomment>The engines tried first, in this order; Qt&apos;s test engine (&quot;mock&quot;) never reads to a family. The pace of &quot;rustig&quot;: slower than the voice&apos;s own (-1 is the slowest, 0 the voice&apos;s own). A sentence that has not ended after this long (seconds, plus a little per letter) never will: an engine without sound (speech-dispatcher with no sound card) says it speaks and never says it is done.</extracomment>
        <translation>هذا الحاسوب لا يستطيع القراءة بصوت عالٍ بعد: فعّل صوتًا في «الإعدادات»، «الوقت واللغة».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze Mac kan nog niet voorlezen: kies een stem bij Systeeminstellingen, Toegankelijkheid.</source>
        <translation>جهاز Mac هذا لا يستطيع القراءة بصوت عالٍ بعد: اختر صوتًا في «إعدادات النظام»، «تسهيلات الاستخدام».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze computer kan nog niet voorlezen: installeer de programma&apos;s speech-dispatcher en espeak-ng.</source>
        <translation>هذا الحاسوب لا يستطيع القراءة بصوت عالٍ بعد: ثبّت البرنامجين speech-dispatcher و espeak-ng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het voorlezen lukt niet: de computer geeft geen geluid. Staat het geluid aan?</source>
        <translation>القراءة بصوت عالٍ لا تعمل: الحاسوب لا يُخرج صوتًا. هل الصوت مُشغَّل؟</translation>
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
        <translation>هنا تكتب خطتك أنت. أنت تقرر ما يكون فيها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+  Nieuw &amp;familiegroepsplan</source>
        <translation>+  خطة &amp;عائلة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+  Nieuw &amp;persoonlijk plan</source>
        <translation>+  خطة &amp;شخصية جديدة</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+19"/>
        <source>Wat is het?</source>
        <translation>ما هي؟</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Een plan van uw familie, voor uw kind of kinderen. U maakt het samen met familie, vrienden en buren. Samen schrijft u op wat er moet gebeuren en wie wat doet.</source>
        <translation>خطة من عائلتك، لطفلك أو لأطفالك. تعملها مع الأقارب والأصدقاء والجيران. معًا تكتبون ما يجب أن يحدث ومن يفعل ماذا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Een recht, geen plicht</source>
        <translation>حق، وليس واجبًا</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>U mag een familiegroepsplan maken. Het hoeft niet. Dit staat in de Jeugdwet.</source>
        <translation>يمكنك أن تعمل خطة العائلة (familiegroepsplan). هذا ليس إلزاميًا. هذا مكتوب في قانون رعاية الشباب (Jeugdwet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie biedt het aan?</source>
        <translation>من يعرض عليك هذه الخطة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krijgt uw kind jeugdhulp? Of is er jeugdbescherming (een gecertificeerde instelling, GI) bij uw gezin? Dan moeten zij u eerst de kans geven om zelf een plan te maken.</source>
        <translation>هل يحصل طفلك على مساعدة من رعاية الشباب (jeugdhulp)؟ أو هل توجد حماية للطفل مع عائلتك (مؤسسة معتمدة، GI)؟ عندها يجب عليهم أولًا أن يعطوك الفرصة لتعمل خطة بنفسك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U kiest de vorm</source>
        <translation>أنت تختار الشكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen verplicht formulier. De vragen hier helpen u op weg. U mag delen overslaan, een andere naam geven of zelf delen toevoegen.</source>
        <translation>لا يوجد نموذج إلزامي. الأسئلة هنا تساعدك على البدء. يمكنك تخطّي أقسام، أو تغيير أسمائها، أو إضافة أقسام بنفسك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Wat gebeurt ermee?</source>
        <translation>ماذا يحدث بالخطة؟</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Professionals mogen advies geven. U beslist zelf wat u ermee doet. Is er een ondertoezichtstelling? Dan kan de jeugdbeschermer voorwaarden stellen voor de veiligheid. Uw plan moet aan die voorwaarden voldoen.</source>
        <translation>يمكن للمختصين أن يعطوا نصائح. أنت تقرر بنفسك ماذا تفعل بها. هل الطفل موضوع تحت الإشراف (ondertoezichtstelling)؟ عندها يمكن لموظف حماية الطفل أن يضع شروطًا من أجل السلامة. ويجب أن تلتزم خطتك بهذه الشروط.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>U schrijft op hoe het met u gaat en wat u zelf kunt. U schrijft ook wie u helpt en welke hulp volgens u past. Dit staat in de Wmo, de wet voor hulp en zorg van de gemeente.</source>
        <translation>تكتب كيف حالك وما تستطيع فعله بنفسك. وتكتب أيضًا من يساعدك وأي مساعدة تناسبك في رأيك. هذا مكتوب في قانون Wmo، وهو قانون المساعدة والرعاية من البلدية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U mag een persoonlijk plan maken. Het hoeft niet.</source>
        <translation>يمكنك أن تعمل خطة شخصية (persoonlijk plan). هذا ليس إلزاميًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binnen 7 dagen</source>
        <translation>خلال 7 أيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerst meldt u zich bij de gemeente voor hulp. Dat heet een melding. Daarna heeft u 7 dagen om uw plan te geven. Is het later klaar? U mag het dan nog steeds geven.</source>
        <translation>أولًا تطلب المساعدة من البلدية. هذا اسمه «الإبلاغ» (melding). بعد ذلك لديك 7 أيام لتقديم خطتك. هل تأخرت خطتك؟ يمكنك تقديمها مع ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gemeente gebruikt uw plan in haar onderzoek. Dat onderzoek duurt hoogstens 6 weken. Daarna vraagt u de hulp aan. De gemeente beslist binnen 2 weken na die aanvraag. Uw plan telt mee, maar de gemeente beslist.</source>
        <translation>البلدية تستخدم خطتك في دراسة وضعك. هذه الدراسة تستغرق 6 أسابيع على الأكثر. بعدها تقدّم طلب المساعدة. البلدية تقرر خلال أسبوعين بعد هذا الطلب. خطتك مهمة، لكن القرار للبلدية.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../../wijkteam/template_words.py" line="+14"/>
        <source>Familiegroepsplan</source>
        <translation>خطة العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons familiegroepsplan</source>
        <translation>خطة عائلتنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een familiegroepsplan maakt u zelf, met uw familie en mensen om u heen. U schrijft op wat er speelt, wat u wilt bereiken en wie wat doet. Het is uw recht, geen plicht.</source>
        <translation>خطة العائلة (familiegroepsplan) تكتبها أنت بنفسك، مع عائلتك والناس من حولك. تكتب ما يحدث، وماذا تريد أن تحقق، ومن يفعل ماذا. هذا حقك، وليس واجبًا عليك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie deden mee</source>
        <translation>من شارك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hebben samen dit plan gemaakt?</source>
        <translation>من عمل هذه الخطة معًا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf de namen op van iedereen die meedacht. Ook wie er niet bij kon zijn, maar wel iets liet weten.</source>
        <translation>اكتب أسماء كل من شارك بالتفكير. وأيضًا من لم يستطع الحضور، لكنه أرسل رأيه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mama Sanne, papa Kemal, oma Ria, buurvrouw Fatima en Jesse (14).</source>
        <translation>الأم سانه، والأب كمال، والجدة ريا، والجارة فاطمة، وجيسي (14 سنة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze hoofdvraag</source>
        <translation>سؤالنا الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat willen we samen bereiken? Schrijf het op als een vraag.</source>
        <translation>ماذا نريد أن نحقق معًا؟ اكتبه على شكل سؤال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een goede hoofdvraag kijkt vooruit. Hij begint vaak met &apos;Hoe zorgen we dat ...&apos;.</source>
        <translation>السؤال الرئيسي الجيد ينظر إلى المستقبل. وغالبًا يبدأ بـ«كيف نعمل على أن ...».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe zorgen we dat het thuis weer fijn wordt en Jesse graag naar school gaat?</source>
        <translation>كيف نعمل على أن يصبح البيت مريحًا من جديد، وأن يحب جيسي الذهاب إلى المدرسة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze situatie</source>
        <translation>وضعنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe gaat het nu thuis? Vertel het in uw eigen woorden.</source>
        <translation>كيف الحال في البيت الآن؟ احكِ ذلك بكلماتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen goed of fout antwoord. Schrijf op wat u belangrijk vindt dat anderen weten.</source>
        <translation>لا يوجد جواب صحيح أو خاطئ. اكتب ما تراه مهمًا أن يعرفه الآخرون.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We wonen met z&apos;n vieren in een flat. Sinds papa zijn werk kwijt is, is er veel spanning.</source>
        <translation>نسكن نحن الأربعة في شقة. منذ أن فقد الأب عمله، يوجد توتر كبير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze zorgen</source>
        <translation>ما يقلقنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waar maken wij ons zorgen over?</source>
        <translation>ما الذي يقلقنا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit zijn uw eigen zorgen. Zorgen van hulpverleners staan apart, achter in het plan.</source>
        <translation>هذه مخاوفك أنت. مخاوف المختصين مكتوبة وحدها، في آخر الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We maken ons zorgen omdat Jesse vaak niet naar school gaat.</source>
        <translation>نحن قلقون لأن جيسي لا يذهب إلى المدرسة في أحيان كثيرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat goed</source>
        <translation>ما الذي يسير جيدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat er goed? Waar zijn we trots op?</source>
        <translation>ما الذي يسير جيدًا؟ بماذا نفتخر؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kijk ook naar kleine dingen. Wat helpt nu al?</source>
        <translation>انظر أيضًا إلى الأشياء الصغيرة. ما الذي يساعد الآن؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We eten elke avond samen. Oma komt elke zondag.</source>
        <translation>نأكل معًا كل مساء. الجدة تأتي كل يوم أحد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat de kinderen zeggen</source>
        <translation>ما يقوله الأطفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat vinden de kinderen? Wat willen zij?</source>
        <translation>ما رأي الأطفال؟ ماذا يريدون؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op wat de kinderen zelf zeggen, zo veel mogelijk in hun eigen woorden. Een tekening kan ook.</source>
        <translation>اكتب ما يقوله الأطفال أنفسهم، بكلماتهم قدر الإمكان. يمكن أيضًا أن يكون رسمًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jesse: &apos;Ik wil dat er minder ruzie is. En ik wil op voetbal.&apos;</source>
        <translation>جيسي: «أريد أن يكون هناك شجار أقل. وأريد أن ألعب كرة القدم في نادٍ.»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat willen we bereiken</source>
        <translation>ماذا نريد أن نحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet er over een paar maanden anders zijn?</source>
        <translation>ما الذي يجب أن يتغير بعد بضعة أشهر؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf elk doel apart op. Maak het zo concreet mogelijk.</source>
        <translation>اكتب كل هدف وحده. اجعله واضحًا قدر الإمكان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jesse gaat elke dag naar school.</source>
        <translation>جيسي يذهب إلى المدرسة كل يوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze afspraken</source>
        <translation>اتفاقاتنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie doet wat, en wanneer? Hoe weten we dat het lukt?</source>
        <translation>من يفعل ماذا، ومتى؟ كيف نعرف أنه نجح؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf bij elke afspraak op: wat gaan we doen, wie doet het en wanneer? Hoe zien we dat het lukt, en wie checkt het?</source>
        <translation>اكتب مع كل اتفاق: ماذا سنفعل، ومن يفعله، ومتى؟ كيف نرى أنه نجح، ومن يتأكد من ذلك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oma brengt Jesse op maandag en woensdag naar school. Mama belt de mentor elke vrijdag.</source>
        <translation>الجدة توصل جيسي إلى المدرسة يوم الاثنين ويوم الأربعاء. الأم تتصل بمرشد الصف كل يوم جمعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veiligheidsafspraken</source>
        <translation>اتفاقات السلامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat spreken we af zodat iedereen veilig is?</source>
        <translation>على ماذا نتفق حتى يكون الجميع في أمان؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heeft een hulpverlener voorwaarden voor de veiligheid gesteld? Die staan apart in het plan, met wie ze stelde. Hier schrijft u wat u zelf afspreekt.</source>
        <translation>هل وضع أحد المختصين شروطًا من أجل السلامة؟ هذه الشروط مكتوبة وحدها في الخطة، مع اسم من وضعها. هنا تكتب ما تتفقون عليه أنتم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als de ruzie te hoog oploopt, gaan de kinderen naar oma. Oma is altijd bereikbaar.</source>
        <translation>إذا اشتد الشجار كثيرًا، يذهب الأطفال إلى الجدة. يمكن الوصول إلى الجدة دائمًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons netwerk</source>
        <translation>شبكة دعمنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie staan er om ons heen? Wie kan helpen?</source>
        <translation>من حولنا؟ من يستطيع المساعدة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk aan familie, vrienden, buren, school en werk. Wie staat dichtbij? Wie kan iets doen?</source>
        <translation>فكّر في الأقارب، والأصدقاء، والجيران، والمدرسة، والعمل. من هو قريب؟ من يستطيع أن يفعل شيئًا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oma Ria (dichtbij), buurvrouw Fatima, trainer van de voetbalclub.</source>
        <translation>الجدة ريا (قريبة)، والجارة فاطمة، ومدرب نادي كرة القدم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp die we vragen</source>
        <translation>المساعدة التي نطلبها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp vragen we, en aan wie?</source>
        <translation>أي مساعدة نطلب، وممن؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp van mensen om u heen, van de gemeente of van hulpverleners.</source>
        <translation>مساعدة من الناس حولك، أو من البلدية، أو من المختصين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We vragen het wijkteam om hulp bij de schulden.</source>
        <translation>نطلب من فريق الحي (wijkteam) المساعدة في الديون.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als het anders loopt</source>
        <translation>إذا جرى الأمر بشكل مختلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat doen we als het niet lukt zoals we willen?</source>
        <translation>ماذا نفعل إذا لم ينجح الأمر كما نريد؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is plan B. Wie bellen we? Wat doen we dan?</source>
        <translation>هذه هي الخطة البديلة. بمن نتصل؟ ماذا نفعل عندها؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als Jesse twee dagen niet naar school gaat, bellen we samen de mentor.</source>
        <translation>إذا لم يذهب جيسي إلى المدرسة يومين، نتصل معًا بمرشد الصف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie houdt het plan in de gaten</source>
        <translation>من يتابع الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie let erop dat we doen wat we afspraken?</source>
        <translation>من ينتبه إلى أننا نفعل ما اتفقنا عليه؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies iemand die het gezin goed kent. Die vraagt af en toe hoe het gaat.</source>
        <translation>اختر شخصًا يعرف العائلة جيدًا. هذا الشخص يسأل من وقت لآخر كيف تسير الأمور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oom Dennis belt elke twee weken om te horen hoe het gaat.</source>
        <translation>العم دينيس يتصل كل أسبوعين ليسأل كيف تسير الأمور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluatie</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer kijken we samen hoe het gaat?</source>
        <translation>متى ننظر معًا كيف تسير الأمور؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreek een datum af, bijvoorbeeld na vier weken en na drie maanden.</source>
        <translation>اتفقوا على تاريخ، مثلًا بعد أربعة أسابيع وبعد ثلاثة أشهر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op 15 maart komen we weer samen bij oma.</source>
        <translation>في 15 مارس نجتمع من جديد عند الجدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekeningen</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie zetten hun handtekening onder dit plan?</source>
        <translation>من يوقّع على هذه الخطة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iedereen die iets belooft, zet een handtekening. Zo weet iedereen wat er is afgesproken.</source>
        <translation>كل من يعد بشيء يوقّع. هكذا يعرف الجميع ما تم الاتفاق عليه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mama Sanne, papa Kemal, oma Ria.</source>
        <translation>الأم سانه، والأب كمال، والجدة ريا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persoonlijk plan</source>
        <translation>خطة شخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn persoonlijk plan</source>
        <translation>خطتي الشخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een persoonlijk plan vertelt u de gemeente zelf wat er speelt. U zegt ook welke hulp bij u past. U mag het maken binnen 7 dagen na uw melding. De gemeente gebruikt het in haar onderzoek. De gemeente beslist daarna over de hulp.</source>
        <translation>بالخطة الشخصية (persoonlijk plan) تخبر البلدية بنفسك بما يحدث معك. وتقول أيضًا أي مساعدة تناسبك. يمكنك أن تعملها خلال 7 أيام بعد الإبلاغ (melding). البلدية تستخدمها في دراسة وضعك. بعد ذلك تقرر البلدية بشأن المساعدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat ik nodig heb en wat ik belangrijk vind</source>
        <translation>ما أحتاجه وما أراه مهمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat ik zelf kan, en wat mijn huisgenoten doen</source>
        <translation>ما أستطيع فعله بنفسي، وما يفعله من يسكنون معي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat mijn mantelzorgers en netwerk doen</source>
        <translation>ما يفعله مقدّمو الرعاية وشبكة الدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat mijn mantelzorger nodig heeft</source>
        <translation>ما يحتاجه مقدّم الرعاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hulp in de buurt en vrijwilligerswerk</source>
        <translation>المساعدة في الحي والعمل التطوعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere hulp en instanties</source>
        <translation>مساعدة أخرى وجهات أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eigen bijdrage</source>
        <translation>المساهمة الشخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over mij</source>
        <translation>عني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie bent u? Vertel kort iets over uzelf.</source>
        <translation>من أنت؟ احكِ باختصار شيئًا عن نفسك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld uw leeftijd, met wie u woont en wat u graag doet. Schrijf ook de datum van uw melding op.</source>
        <translation>مثلًا عمرك، ومع من تسكن، وماذا تحب أن تفعل. واكتب أيضًا تاريخ الإبلاغ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik ben Wim, 78 jaar. Ik woon alleen in Zwolle. Ik deed mijn melding op 3 november.</source>
        <translation>أنا فيم، عمري 78 سنة. أسكن وحدي في زفوله. قمت بالإبلاغ يوم 3 نوفمبر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn situatie</source>
        <translation>وضعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe gaat het nu? Wat heeft u nodig, en wat vindt u belangrijk?</source>
        <translation>كيف حالك الآن؟ ماذا تحتاج، وما الذي تراه مهمًا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op waar u tegenaan loopt in het dagelijks leven. En wat u belangrijk vindt.</source>
        <translation>اكتب ما يصعب عليك في حياتك اليومية. وما تراه مهمًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinds mijn val kan ik niet meer goed lopen. Ik wil graag zelf blijven koken.</source>
        <translation>منذ أن وقعت، لم أعد أستطيع المشي جيدًا. أريد أن أستمر في الطبخ بنفسي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wil ik bereiken</source>
        <translation>ماذا أريد أن أحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wilt u dat er anders wordt?</source>
        <translation>ما الذي تريد أن يتغير؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf elk doel apart op.</source>
        <translation>اكتب كل هدف وحده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil weer zelf boodschappen doen.</source>
        <translation>أريد أن أشتري أغراضي بنفسي من جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat kan ik zelf</source>
        <translation>ما أستطيع فعله بنفسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat kunt u zelf doen? Wat doen uw huisgenoten?</source>
        <translation>ماذا تستطيع أن تفعل بنفسك؟ ماذا يفعل من يسكنون معك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk ook aan hulpmiddelen die u zelf kunt regelen.</source>
        <translation>فكّر أيضًا في الأدوات المساعدة التي تستطيع أن ترتبها بنفسك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik kan mezelf aankleden. Mijn kleinzoon woont bij mij en doet de was.</source>
        <translation>أستطيع أن ألبس ملابسي بنفسي. حفيدي يسكن معي ويغسل الملابس.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn mantelzorgers en netwerk</source>
        <translation>مقدّمو الرعاية لي وشبكة الدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie helpt u al? Wat doen zij?</source>
        <translation>من يساعدك الآن؟ ماذا يفعلون؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een mantelzorger is iemand uit uw omgeving die u helpt. Hij of zij krijgt daar geen geld voor.</source>
        <translation>مقدّم الرعاية (mantelzorger) شخص من محيطك يساعدك. ولا يأخذ مالًا مقابل ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn dochter Anja doet elke zaterdag boodschappen. De buurman brengt de krant.</source>
        <translation>ابنتي آنيا تشتري الأغراض كل يوم سبت. الجار يحضر الجريدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat mijn mantelzorger nodig heeft</source>
        <translation>ما يحتاجه مقدّم الرعاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat heeft uw mantelzorger nodig om het vol te houden?</source>
        <translation>ماذا يحتاج مقدّم الرعاية حتى يستطيع الاستمرار؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ook een mantelzorger kan hulp krijgen, bijvoorbeeld even vrij.</source>
        <translation>مقدّم الرعاية أيضًا يمكن أن يحصل على مساعدة، مثلًا وقت للراحة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anja werkt fulltime. Ze wil graag een keer per maand een weekend vrij.</source>
        <translation>آنيا تعمل بدوام كامل. تريد عطلة نهاية أسبوع حرة مرة في الشهر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp in de buurt</source>
        <translation>المساعدة في الحي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp in de buurt kunt u gebruiken? Doet u vrijwilligerswerk, of wilt u dat?</source>
        <translation>أي مساعدة في الحي يمكن أن تفيدك؟ هل تقوم بعمل تطوعي، أو تريد ذلك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk aan een buurthuis, een eetpunt, een maatje of een klussendienst.</source>
        <translation>فكّر في مركز الحي، أو مكان للوجبات المشتركة، أو رفيق متطوع، أو خدمة للإصلاحات الصغيرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil op dinsdag naar het eetpunt in het buurthuis.</source>
        <translation>أريد أن أذهب يوم الثلاثاء إلى مكان الوجبات المشتركة في مركز الحي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere hulp en instanties</source>
        <translation>مساعدة أخرى وجهات أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krijgt u al hulp van andere instanties?</source>
        <translation>هل تحصل الآن على مساعدة من جهات أخرى؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld van de zorgverzekeraar, de huisarts, school, werk, of hulp bij inkomen en wonen.</source>
        <translation>مثلًا من شركة التأمين الصحي، أو طبيب العائلة، أو المدرسة، أو العمل، أو مساعدة في الدخل والسكن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik krijg fysiotherapie via de zorgverzekering.</source>
        <translation>أحصل على علاج طبيعي عن طريق التأمين الصحي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen bijdrage</source>
        <translation>المساهمة الشخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat weet u over de eigen bijdrage? Heeft u vragen?</source>
        <translation>ماذا تعرف عن المساهمة الشخصية (eigen bijdrage)؟ هل لديك أسئلة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor veel hulp van de gemeente betaalt u een eigen bijdrage. Het CAK rekent uit hoeveel.</source>
        <translation>مقابل كثير من المساعدات من البلدية تدفع مساهمة شخصية. مكتب CAK يحسب كم تدفع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil weten hoeveel ik per maand moet betalen.</source>
        <translation>أريد أن أعرف كم يجب أن أدفع في الشهر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp past bij mij</source>
        <translation>أي مساعدة تناسبني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp past volgens u het best? En waarom?</source>
        <translation>أي مساعدة تناسبك أكثر في رأيك؟ ولماذا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U mag zeggen wat u zelf denkt dat goed werkt. De gemeente beslist, maar moet uw plan meenemen.</source>
        <translation>يمكنك أن تقول ما تظن أنه ينفع. البلدية هي التي تقرر، لكن يجب أن تأخذ خطتك بعين الاعتبار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een scootmobiel. Dan kan ik zelf naar de winkel en naar mijn vrienden.</source>
        <translation>عربة تنقل كهربائية (scootmobiel). عندها أستطيع أن أذهب بنفسي إلى المحل وإلى أصدقائي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat verwacht ik van de hulp</source>
        <translation>ماذا أنتظر من المساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet de hulp voor u veranderen? Hoe merkt u dat het beter gaat?</source>
        <translation>ماذا يجب أن تغيّر المساعدة في حياتك؟ كيف تلاحظ أن الأمور تتحسن؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op wat er anders is als de hulp goed werkt. Denk aan gewone dingen van elke dag.</source>
        <translation>اكتب ما الذي يتغير عندما تنجح المساعدة. فكّر في الأشياء العادية في كل يوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik kan weer zelf naar de winkel. Dat merk ik als ik twee keer per week boodschappen doe.</source>
        <translation>أستطيع أن أذهب إلى المحل بنفسي من جديد. ألاحظ ذلك عندما أشتري أغراضي مرتين في الأسبوع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorgverleners en aanbieders</source>
        <translation>العاملون في الرعاية وجهات الرعاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke zorgverleners of aanbieders kent u al? Bij wie wilt u graag hulp, en waarom?</source>
        <translation>أي عاملين في الرعاية أو جهات رعاية تعرف من قبل؟ ممن تحب أن تحصل على المساعدة، ولماذا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een aanbieder is een organisatie die hulp of zorg geeft. U mag zeggen wie u kent en wie u liever niet wilt.</source>
        <translation>جهة الرعاية (aanbieder) مؤسسة تقدّم المساعدة أو الرعاية. يمكنك أن تقول من تعرف، ومن تفضّل ألا يساعدك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik ken de thuiszorg van Carinova. Daar werkt Petra, die ken ik goed. Bij haar voel ik me op mijn gemak.</source>
        <translation>أعرف خدمة الرعاية المنزلية في Carinova. هناك تعمل بترا، وأنا أعرفها جيدًا. أشعر بالراحة معها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura of pgb</source>
        <translation>رعاية من البلدية أو ميزانية شخصية (pgb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u zorg in natura of een pgb? Waarom?</source>
        <translation>هل تريد رعاية ترتبها البلدية (zorg in natura) أو ميزانية شخصية (pgb)؟ لماذا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura: de gemeente regelt de hulp. Pgb (persoonsgebonden budget): u krijgt geld en regelt de hulp zelf.</source>
        <translation>الرعاية من البلدية (zorg in natura): البلدية ترتب المساعدة. الميزانية الشخصية (pgb، persoonsgebonden budget): تحصل على مال وترتب المساعدة بنفسك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura. Ik wil zelf geen administratie doen.</source>
        <translation>رعاية من البلدية. لا أريد أن أقوم بالأوراق والإدارة بنفسي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen als u een pgb wilt.</source>
        <translation>فقط إذا كنت تريد ميزانية شخصية (pgb).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als ik een pgb wil</source>
        <translation>إذا أردت ميزانية شخصية (pgb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom wilt u een pgb? Wie gaat de zorg geven? Wie helpt u met het budget?</source>
        <translation>لماذا تريد ميزانية شخصية (pgb)؟ من سيقدّم لك الرعاية؟ من يساعدك في الميزانية؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een pgb regelt u de zorg zelf. De gemeente vraagt dan waarom u dat wilt. Ze vraagt ook wie de zorg geeft. En wie u helpt met de administratie. Dat heet budgetbeheer.</source>
        <translation>مع الميزانية الشخصية (pgb، أي persoonsgebonden budget) ترتّب الرعاية بنفسك. عندها تسألك البلدية لماذا تريد ذلك. وتسأل أيضًا من يقدّم الرعاية. ومن يساعدك في الأوراق والإدارة. هذا اسمه «إدارة الميزانية» (budgetbeheer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een pgb kies ik zelf wie er komt. Mijn buurvrouw Els is verzorgende, zij geeft de zorg. Mijn zoon Peter helpt met het budget.</source>
        <translation>مع الميزانية الشخصية (pgb) أختار بنفسي من يأتي. جارتي إلس تعمل في الرعاية، وهي التي تقدّم لي الرعاية. ابني بيتر يساعد في الميزانية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hielp mij</source>
        <translation>من ساعدني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hielp u bij het maken van dit plan?</source>
        <translation>من ساعدك في عمل هذه الخطة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld een familielid, een vriend of een ervaringsdeskundige.</source>
        <translation>مثلًا أحد الأقارب، أو صديق، أو شخص مرّ بتجربة مشابهة (ervaringsdeskundige).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn dochter Anja en Marieke van de cliëntondersteuning.</source>
        <translation>ابنتي آنيا، وماريكه من خدمة دعم المواطنين (cliëntondersteuning).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekening en datum</source>
        <translation>التوقيع والتاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klopt het plan? Dan zet u hier uw handtekening.</source>
        <translation>هل الخطة صحيحة؟ وقّع إذن هنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet de datum erbij. Daarna geeft u het plan aan de gemeente.</source>
        <translation>اكتب التاريخ بجانبه. بعد ذلك تعطي الخطة للبلدية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wim de Vries, 10 november.</source>
        <translation>فيم دي فريس، 10 نوفمبر.</translation>
    </message>
</context>
<context>
    <name>TermCounts</name>
    <message numerus="yes">
        <location filename="../../ui/common/term_wording.py" line="+20"/>
        <source>Nog %n dagen tot de afgesproken datum voor uw plan (%1).</source>
        <translation>
            <numerusform>بقي %n يوم حتى التاريخ المتفق عليه لخطتك (%1).</numerusform>
            <numerusform>بقي %n يوم حتى التاريخ المتفق عليه لخطتك (%1).</numerusform>
            <numerusform>بقي %n يومان حتى التاريخ المتفق عليه لخطتك (%1).</numerusform>
            <numerusform>بقيت %n أيام حتى التاريخ المتفق عليه لخطتك (%1).</numerusform>
            <numerusform>بقي %n يومًا حتى التاريخ المتفق عليه لخطتك (%1).</numerusform>
            <numerusform>بقي %n يوم حتى التاريخ المتفق عليه لخطتك (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermWording</name>
    <message>
        <location line="+10"/>
        <source>U mag als familie zelf een plan maken: een familiegroepsplan. Dat staat in de Jeugdwet, artikel 4.1.2. De jeugdhulpaanbieder of de gecertificeerde instelling moet u die kans eerst geven. U krijgt daar redelijk de tijd voor. Spreek samen een datum af. Is die datum voorbij? Dan mag u het plan nog steeds maken. Het is uw recht, geen plicht.</source>
        <translation>يمكنك كعائلة أن تعمل خطة بنفسك: خطة العائلة (familiegroepsplan). هذا مكتوب في قانون رعاية الشباب (Jeugdwet)، المادة 4.1.2. يجب على مقدّم رعاية الشباب (jeugdhulpaanbieder) أو المؤسسة المعتمدة لحماية الطفل (gecertificeerde instelling) أن يعطيك هذه الفرصة أولًا. وتحصل على وقت معقول لذلك. اتفقوا معًا على تاريخ. هل مرّ هذا التاريخ؟ يمكنك أن تعمل الخطة مع ذلك. هذا حقك، وليس واجبًا عليك.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vandaag is de afgesproken datum voor uw plan. U mag het ook later nog maken.</source>
        <translation>اليوم هو التاريخ المتفق عليه لخطتك. يمكنك أن تعملها لاحقًا أيضًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De afgesproken datum is voorbij. U mag het plan nog steeds maken.</source>
        <translation>مرّ التاريخ المتفق عليه. يمكنك أن تعمل الخطة مع ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U kreeg op %1 het aanbod om zelf een plan te maken. Er is nog geen datum afgesproken.</source>
        <translation>حصلت يوم %1 على العرض لتعمل خطة بنفسك. لم يتم الاتفاق على تاريخ بعد.</translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <location filename="../../ui/editor/section_actions.py" line="-293"/>
        <source>Geef het deel een naam. Een paar woorden is genoeg.</source>
        <extracomment>The longest name a part may have; the service refuses longer ones.</extracomment>
        <translation>أعطِ القسم اسمًا. بضع كلمات تكفي.</translation>
    </message>
</context>
<context>
    <name>TogetherActions</name>
    <message>
        <location filename="../../ui/together/together_actions.py" line="+61"/>
        <source>&amp;Procesgids…</source>
        <translation>&amp;دليل سير العمل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eigen tijd…</source>
        <translation>ال&amp;وقت الخاص…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versies en instemming…</source>
        <translation>النسخ و&amp;الموافقة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advies&amp;bestand inlezen…</source>
        <translation>استيراد &amp;ملف نصائح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voeg advies toe dat een professional u als bestand gaf.</source>
        <translation>أضف نصيحة أعطاك إياها مختص في ملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda opslaan (.ics)…</source>
        <translation>حفظ ال&amp;تقويم (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet &amp;nu gebeuren?</source>
        <translation>ماذا يجب أن يحدث ال&amp;آن؟</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kies eerst een plan in de lijst, of open een plan.</source>
        <translation>اختر أولًا خطة من القائمة، أو افتح خطة.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/start/plan_table_view.py" line="+206"/>
        <source>Ongedaan &amp;maken</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan terugzetten (Ctrl+Z)</source>
        <translation>إرجاع الخطة (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze melding sluiten</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ui/editor/undo_commands.py" line="+106"/>
        <source>Naam veranderen in &apos;%1&apos;</source>
        <translation>تغيير الاسم إلى «%1»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; overslaan</source>
        <translation>تخطّي «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; toch gebruiken</source>
        <translation>استخدام «%1» رغم ذلك</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; klaar</source>
        <translation>«%1» جاهز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; niet meer klaar</source>
        <translation>«%1» لم يعد جاهزًا</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; omhoog</source>
        <translation>نقل «%1» إلى الأعلى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; omlaag</source>
        <translation>نقل «%1» إلى الأسفل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Eigen deel &apos;%1&apos; toevoegen</source>
        <translation>إضافة القسم الإضافي «%1»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; weghalen</source>
        <translation>إزالة «%1»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Typen in &apos;%1&apos;</source>
        <translation>الكتابة في «%1»</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="+100"/>
        <location line="+63"/>
        <source>Welkom terug</source>
        <translation>مرحبًا بعودتك</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Uw plannen zijn op slot. Typ uw wachtwoord om ze te openen.</source>
        <translation>خططك مقفلة. اكتب كلمة السر لتفتحها.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+116"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;كلمة السر</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>&amp;إظهار ما أكتبه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Openen</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wachtwoord &amp;vergeten?</source>
        <translation>&amp;نسيت كلمة السر؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typ dan uw herstelcode in het vak hierboven. Die staat op het papier dat u bewaarde toen u het wachtwoord koos. Streepjes en kleine letters mogen. Daarna kunt u een nieuw wachtwoord kiezen in het menu Plan, onder Beveiliging.</source>
        <translation>اكتب إذن رمز الاستعادة في الخانة في الأعلى. تجده على الورقة التي حفظتها عندما اخترت كلمة السر. يمكنك كتابة الشَّرطات والأحرف الصغيرة. بعد ذلك يمكنك اختيار كلمة سر جديدة من القائمة «الخطة»، تحت «الأمان».</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ons Plan is op slot</source>
        <translation>برنامج Ons Plan مقفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niemand kan nu uw plannen zien. Typ uw wachtwoord om verder te gaan.</source>
        <translation>لا أحد يستطيع الآن رؤية خططك. اكتب كلمة السر لتكمل.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Even geduld: uw plannen worden geopend…</source>
        <translation>لحظة من فضلك: يتم فتح خططك…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>U heeft een paar keer een verkeerd wachtwoord getypt. Probeer het over %1 seconden opnieuw.</source>
        <translation>كتبت كلمة سر خاطئة عدة مرات. حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>U kunt het nu opnieuw proberen.</source>
        <translation>يمكنك المحاولة مرة أخرى الآن.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Wachtwoord of herstelcode</source>
        <translation>&amp;كلمة السر أو رمز الاستعادة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Typ eerst uw wachtwoord.</source>
        <translation>اكتب كلمة السر أولًا.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../ui/security/vault_controller.py" line="+39"/>
        <source>Op slot</source>
        <translation>القفل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Op &amp;slot zetten</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Uw plannen kunnen niet worden geopend</source>
        <translation>لا يمكن فتح خططك</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De sleutel van uw plannen ontbreekt</source>
        <translation>مفتاح خططك مفقود</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+75"/>
        <source>Even geduld: uw plannen worden op slot gezet…</source>
        <translation>لحظة من فضلك: يتم قفل خططك…</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Even geduld: de oude kopieën in de map backups gaan ook op slot…</source>
        <translation>لحظة من فضلك: النسخ القديمة في المجلد backups تُقفَل أيضًا…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Even geduld: Ons Plan maakt alles klaar…</source>
        <translation>لحظة من فضلك: Ons Plan يجهّز كل شيء…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+40"/>
        <source>Reservekopie terugzetten</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Reservekopie van Ons Plan (*%1)</source>
        <translation>نسخة احتياطية من Ons Plan (*%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wachtwoord van de reservekopie</source>
        <translation>كلمة سر النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ het wachtwoord van toen u de reservekopie maakte. Of typ de herstelcode van toen.</source>
        <translation>اكتب كلمة السر التي كانت لديك عندما عملت النسخة الاحتياطية. أو اكتب رمز الاستعادة من ذلك الوقت.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>De reservekopie is teruggezet. Uw plannen zijn weer open.</source>
        <translation>تم استرجاع النسخة الاحتياطية. خططك مفتوحة من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De reservekopie wordt teruggezet…</source>
        <translation>يتم استرجاع النسخة الاحتياطية…</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <location filename="../../ui/together/versions_dialog.py" line="+87"/>
        <source>Versie</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vastgesteld op</source>
        <translation>اعتُمدت يوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Akkoord</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versie %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nog niemand</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mensen</source>
        <translation>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location line="-42"/>
        <location line="+311"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+6"/>
        <source>Versies en akkoord</source>
        <translation>النسخ والموافقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vaststellen betekent: u legt het plan vast zoals het nu is, met de datum van vandaag. Daarna vinkt u aan wie het ermee eens is. U kunt het plan later nog veranderen. Dan stelt u het opnieuw vast, en zo krijgt u een nieuwe versie.</source>
        <translation>الاعتماد يعني: تثبّت الخطة كما هي الآن، مع تاريخ اليوم. بعد ذلك تضع علامة على من يوافق عليها. يمكنك تغيير الخطة لاحقًا. عندها تعتمدها من جديد، فتحصل على نسخة جديدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan &amp;vaststellen…</source>
        <translation>&amp;اعتماد الخطة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleen het gezin kan het plan vaststellen en aanvinken wie akkoord is.</source>
        <translation>العائلة وحدها تستطيع اعتماد الخطة ووضع علامة على من يوافق.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Versies van het plan</source>
        <translation>نسخ الخطة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Versies</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is nog geen versie.</source>
        <translation>لا توجد نسخة بعد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Wat is er veranderd sinds de laatste versie?</source>
        <translation>ماذا تغيّر منذ آخر نسخة؟</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Plan vaststellen</source>
        <translation>اعتماد الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u het plan nu vaststellen als versie %1?</source>
        <translation>هل تريد اعتماد الخطة الآن كنسخة رقم %1؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ons Plan bewaart het plan zoals het nu is, met de datum van vandaag. Daarna vinkt u aan wie het ermee eens is.

U kunt het plan daarna nog steeds veranderen. Dan is het weer een concept, tot u het opnieuw vaststelt.</source>
        <translation>يحفظ Ons Plan الخطة كما هي الآن، مع تاريخ اليوم. بعد ذلك تضع علامة على من يوافق عليها.

يمكنك تغيير الخطة بعد ذلك أيضًا. عندها تصبح مسودة من جديد، حتى تعتمدها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ja, vaststellen</source>
        <translation>&amp;نعم، اعتمدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nee, nog niet</source>
        <translation>&amp;لا، ليس بعد</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dit plan is nog niet vastgesteld. Het is een concept.</source>
        <translation>هذه الخطة لم تُعتمد بعد. إنها مسودة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit plan is afgesloten. De laatste versie is versie %1.</source>
        <translation>هذه الخطة مغلقة. آخر نسخة هي النسخة %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het plan is veranderd sinds versie %1. Het is weer een concept.</source>
        <translation>تغيّرت الخطة منذ النسخة %1. أصبحت مسودة من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit plan is vastgesteld: versie %1 van %2.</source>
        <translation>هذه الخطة معتمدة: النسخة %1 بتاريخ %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Er is nog geen versie. Als u het plan vaststelt, ziet u hier later wat er is veranderd.</source>
        <translation>لا توجد نسخة بعد. عندما تعتمد الخطة، سترى هنا لاحقًا ما تغيّر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niets. Het plan is hetzelfde als versie %1.</source>
        <translation>لا شيء. الخطة مثل النسخة %1 تمامًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wie is akkoord?</source>
        <translation>من يوافق؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stel eerst het plan vast. Daarna vinkt u hier aan wie akkoord is.</source>
        <translation>اعتمد الخطة أولًا. بعد ذلك تضع هنا علامة على من يوافق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wie is akkoord met versie %1?</source>
        <translation>من يوافق على النسخة %1؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraag iedereen die meedoet of hij het eens is met wat over hem gaat. Vink dan zijn naam aan.</source>
        <translation>اسأل كل من يشارك إن كان موافقًا على ما يخصه. ثم ضع علامة على اسمه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit is een oude versie. Akkoord geven kan alleen bij de nieuwste versie.</source>
        <translation>هذه نسخة قديمة. الموافقة ممكنة فقط على أحدث نسخة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het gezin vinkt aan wie akkoord is.</source>
        <translation>العائلة تضع علامة على من يوافق.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Er staat nog niemand van het gezin of het netwerk in het plan.</source>
        <translation>لا يوجد بعد أحد من العائلة أو من شبكة الدعم في الخطة.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 – akkoord op %2</source>
        <translation>%1 – وافق يوم %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../wijkteam/vocabulary.py" line="+25"/>
        <source>Familiegroepsplan</source>
        <translation>خطة العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persoonlijk plan</source>
        <translation>خطة شخصية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastgesteld</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesloten</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Gezin</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Netwerk</source>
        <translation>شبكة الدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ondersteuner</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>المختص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Familie</source>
        <translation>الأقارب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vrienden en buren</source>
        <translation>الأصدقاء والجيران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School en werk</source>
        <translation>المدرسة والعمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals</source>
        <translation>المختصون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anderen</source>
        <extracomment>For a person without a sector, in a list grouped by sector.</extracomment>
        <translation>آخرون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heel dichtbij</source>
        <translation>قريب جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dichtbij</source>
        <translation>قريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat verder weg</source>
        <translation>أبعد قليلًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Praktisch</source>
        <extracomment>The four kinds of support of the network map, by their stored value.</extracomment>
        <translation>مساعدة عملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gezelschap</source>
        <translation>رفقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Advies</source>
        <translation>نصيحة</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Emotioneel</source>
        <translation>دعم عاطفي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog niet begonnen</source>
        <translation>لم يبدأ بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezig</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gedaan</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anders gelopen</source>
        <translation>جرى بشكل مختلف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informatie</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorwaarde</source>
        <translation>شرط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>de informatie</source>
        <extracomment>&quot;de informatie van …&quot;, &quot;het advies van …&quot;, &quot;de voorwaarde van …&quot;: the kind inside a sentence, with its article.</extracomment>
        <translation>المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>het advies</source>
        <translation>النصيحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de voorwaarde</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog niet beantwoord</source>
        <translation>لم يُرَدّ عليها بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overgenomen</source>
        <translation>أخذنا به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deels overgenomen</source>
        <translation>أخذنا بجزء منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet overgenomen</source>
        <translation>لم نأخذ به</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog leeg</source>
        <translation>لا يزال فارغًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begonnen</source>
        <translation>بدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaar</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan inleveren</source>
        <extracomment>What a date in the plan is for (``wijkteam.deadlines.DueKind``).</extracomment>
        <translation>تقديم الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesproken datum voor het plan</source>
        <translation>التاريخ المتفق عليه للخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluatie</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>januari</source>
        <translation>يناير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>februari</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maart</source>
        <translation>مارس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>april</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mei</source>
        <translation>مايو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juni</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juli</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>augustus</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>september</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oktober</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>november</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>december</source>
        <translation>ديسمبر</translation>
    </message>
</context>
<context>
    <name>WmoHint</name>
    <message>
        <location filename="../../ui/editor/wmo_hint.py" line="+35"/>
        <source>Uw plan gaat over:</source>
        <translation>خطتك تتحدث عن:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze onderwerpen vraagt de gemeente. Ze zijn niet verplicht.</source>
        <translation>هذه المواضيع تسأل عنها البلدية. وهي ليست إلزامية.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Toon de &amp;onderwerpen</source>
        <translation>إظهار &amp;قائمة المواضيع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Verberg de onderwerpen</source>
        <translation>إخفاء &amp;قائمة المواضيع</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staat in uw plan</source>
        <translation>موجود في خطتك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog niet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = staat erin, %2 = nog niet</source>
        <translation>%1 = موجود فيها، %2 = ليس بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 van de %2 onderwerpen staan in uw plan.</source>
        <translation>في خطتك %1 من أصل %2 مواضيع.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/common/wording.py" line="+65"/>
        <source>vandaag, %1</source>
        <extracomment>A shape per state, so the state never depends on seeing colour.</extracomment>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gisteren, %1</source>
        <translation>أمس، %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vandaag</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>morgen</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gisteren, voorbij</source>
        <translation>أمس، فات الموعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, voorbij</source>
        <translation>%1، فات الموعد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vandaag is de laatste dag om uw plan in te leveren.</source>
        <translation>اليوم هو آخر يوم لتقديم خطتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De 7 dagen zijn voorbij. U kunt het plan nog steeds geven.</source>
        <translation>انتهت الأيام السبعة. يمكنك تقديم الخطة مع ذلك.</translation>
    </message>
</context>
<context>
    <name>_NewPlanDialog</name>
    <message>
        <location filename="../../ui/start/new_plan_dialogs.py" line="-63"/>
        <source>&amp;Maak het plan</source>
        <extracomment>Wide enough that the dates sit beside their labels, and the right above them reads in a few lines.</extracomment>
        <translation>&amp;اصنع الخطة</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="-198"/>
        <source>Annuleren</source>
        <extracomment>kind, section id (None: the whole plan), text, legal basis</extracomment>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
