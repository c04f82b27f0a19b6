<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AddAdviceDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="+103"/>
        <location line="+2"/>
        <source>Advies toevoegen</source>
        <translation>Tavsiye ekle</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Advies &amp;toevoegen</source>
        <translation>Tavsiye &amp;ekle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op naam van: %1. Met de datum van vandaag.</source>
        <translation>%1 adına, bugünün tarihiyle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat voor soort is het?</source>
        <translation>Bu ne tür bir şey?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Informatie</source>
        <translation>&amp;Bilgi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Advies</source>
        <translation>&amp;Tavsiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voorwaarde (bindend)</source>
        <translation>Ş&amp;art (bağlayıcı)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Het hele plan</source>
        <translation>Planın tamamı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf in korte zinnen. Het gezin leest dit.</source>
        <translation>Kısa cümlelerle yazın. Bunu aile okuyacak.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Een voorwaarde is bindend. Schrijf op waar uw wettelijke macht vandaan komt, bijvoorbeeld een ondertoezichtstelling (OTS).</source>
        <translation>Şart bağlayıcıdır. Yasal yetkinizin nereden geldiğini yazın, örneğin bir gözetim kararı (OTS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bijvoorbeeld: ondertoezichtstelling, art. 1:255 BW</source>
        <translation>örneğin: gözetim kararı (ondertoezichtstelling), madde 1:255 BW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wettelijke grond</source>
        <translation>&amp;Yasal dayanak</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Over welk deel?</source>
        <translation>&amp;Hangi bölüm hakkında?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uw tekst</source>
        <translation>&amp;Metniniz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Schrijf eerst uw informatie of advies.</source>
        <translation>Önce bilginizi veya tavsiyenizi yazın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul de wettelijke grond in. Zonder wettelijke grond is het een advies.</source>
        <translation>Yasal dayanağı yazın. Yasal dayanak yoksa bu bir tavsiyedir.</translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <location filename="../../ui/advice/advice_panel.py" line="+73"/>
        <source>Wettelijke grond: %1</source>
        <translation>Yasal dayanak: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antwoord van het gezin: %1</source>
        <translation>Ailenin cevabı: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Antwoord veranderen…</source>
        <translation>Cevabı değiştir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antwoord geven…</source>
        <translation>Cevap ver…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antwoord op %1 van %2</source>
        <translation>%2 tarafından verilen %1 için cevap</translation>
    </message>
</context>
<context>
    <name>AdviceCounts</name>
    <message numerus="yes">
        <location filename="../../ui/advice/advice_wording.py" line="+30"/>
        <source>%n adviezen wachten op uw antwoord</source>
        <extracomment>A shape per answer, so the answer never depends on seeing colour.</extracomment>
        <translation>
            <numerusform>%n tavsiye cevabınızı bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n adviezen zijn nog niet beantwoord</source>
        <translation>
            <numerusform>%n tavsiye henüz cevaplanmadı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Er zijn %n punten toegevoegd van %1.</source>
        <translation>
            <numerusform>%n madde eklendi. Gönderen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n punten stonden al in uw plan. Die zijn niet nog een keer toegevoegd.</source>
        <translation>
            <numerusform>%n madde planınızda zaten vardı. Tekrar eklenmedi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdviceDesk</name>
    <message>
        <location filename="../../ui/window/advice_desk.py" line="+59"/>
        <source>Advies geven op een plan</source>
        <extracomment>The longest name the services keep on one line (as in ``RoleDialog``).</extracomment>
        <translation>Bir plana tavsiye ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planbestand (*%1)</source>
        <translation>Plan dosyası (*%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Advies bewaren</source>
        <translation>Tavsiyeyi kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adviesbestand (*%1)</source>
        <translation>Tavsiye dosyası (*%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> - advies</source>
        <translation> - tavsiye</translation>
    </message>
</context>
<context>
    <name>AdviceDeskWindow</name>
    <message>
        <location line="+86"/>
        <source>Advies geven op: %1</source>
        <translation>Tavsiye verilen plan: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Na het sluiten blijft er niets van het plan van het gezin op deze laptop.</source>
        <translation>Kapattıktan sonra ailenin planından bu laptopta hiçbir şey kalmaz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Advies &amp;bewaren…</source>
        <translation>&amp;Tavsiyeyi kaydet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>U hebt nog geen advies gegeven. Kies een deel en klik op Advies toevoegen.</source>
        <translation>Henüz tavsiye vermediniz. Bir bölüm seçin ve &apos;Tavsiye ekle&apos; düğmesine tıklayın.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw advies is bewaard in %1. Stuur dit bestand naar het gezin: zij lezen het in bij hun plan.</source>
        <translation>Tavsiyeniz şu dosyaya kaydedildi: %1. Bu dosyayı aileye gönderin: aile dosyayı kendi planında açar.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advies niet bewaard</source>
        <translation>Tavsiye kaydedilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw advies is nog niet bewaard. Wilt u het eerst bewaren?</source>
        <translation>Tavsiyeniz henüz kaydedilmedi. Önce kaydetmek istiyor musunuz?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet bewaren</source>
        <translation>Kaydet&amp;me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>U hebt nog geen advies gegeven.</source>
        <translation>Henüz tavsiye vermediniz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies (%1) is nog niet bewaard.</source>
        <translation>Tavsiyeniz (%1) henüz kaydedilmedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies (%1) is bewaard.</source>
        <translation>Tavsiyeniz (%1) kaydedildi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op naam van %1. %2</source>
        <translation>%1 adına. %2</translation>
    </message>
</context>
<context>
    <name>AdviceFileFlow</name>
    <message>
        <location filename="../../ui/advice/advice_file_dialogs.py" line="+33"/>
        <source>Adviesbestand inlezen</source>
        <translation>Tavsiye dosyasını aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adviesbestand (*%1)</source>
        <translation>Tavsiye dosyası (*%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>U kunt op elk punt antwoorden: overgenomen, deels of niet overgenomen.</source>
        <translation>Her maddeye cevap verebilirsiniz: kabul edildi, kısmen kabul edildi veya kabul edilmedi.</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../ui/advice/advice_panel.py" line="+56"/>
        <source>← Terug naar het plan</source>
        <translation>← Plana dön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar het deel dat open stond (Esc)</source>
        <translation>Açık olan bölüme dön (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ Advies toevoegen…</source>
        <translation>+ Tavsiye ekle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informatie en advies</source>
        <translation>Bilgi ve tavsiye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hier staat wat professionals over het plan zeggen, op naam en met datum. Het gezin beslist zelf wat het met advies doet. Bij elk punt geeft het een antwoord. Advies houdt niets tegen.</source>
        <translation>Burada uzmanların plan hakkında söyledikleri, isim ve tarihle birlikte yer alır. Tavsiyeyle ne yapacağına aile kendisi karar verir. Aile her maddeye bir cevap verir. Tavsiye hiçbir şeyi engellemez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toon al het advies</source>
        <translation>Tüm tavsiyeleri göster</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Alles is beantwoord.</source>
        <translation>Hepsi cevaplandı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>U ziet alleen het advies over: %1</source>
        <translation>Sadece şu konudaki tavsiyeleri görüyorsunuz: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Er is nog geen informatie of advies. Voeg het toe met de knop hierboven.</source>
        <translation>Henüz bilgi veya tavsiye yok. Yukarıdaki düğmeyle ekleyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is nog geen informatie of advies van professionals bij dit plan.</source>
        <translation>Bu planda henüz uzmanlardan bilgi veya tavsiye yok.</translation>
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
        <translation>%1 tarafından, %2 tarihinde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wettelijke grond: %1.</source>
        <translation>Yasal dayanak: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het gezin heeft nog geen antwoord gegeven.</source>
        <translation>Aile henüz cevap vermedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antwoord van het gezin: %1.</source>
        <translation>Ailenin cevabı: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lees voor</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lees voor: %1 van %2</source>
        <translation>Sesli oku: %2 tarafından verilen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lees dit punt en het antwoord voor (F9)</source>
        <translation>Bu maddeyi ve cevabı sesli okutun (F9)</translation>
    </message>
</context>
<context>
    <name>AdviceWording</name>
    <message>
        <location filename="../../ui/advice/advice_wording.py" line="+12"/>
        <source>%1 (bindend)</source>
        <translation>%1 (bağlayıcı)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U vertelt iets wat het gezin moet weten.</source>
        <translation>Ailenin bilmesi gereken bir şeyi anlatıyorsunuz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U raadt iets aan. Het gezin beslist zelf wat het ermee doet.</source>
        <translation>Bir şey tavsiye ediyorsunuz. Bununla ne yapacağına aile kendisi karar verir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleen als u een wettelijke macht hebt, zoals bij een ondertoezichtstelling (OTS). Het plan moet dan aan deze voorwaarde voldoen.</source>
        <translation>Sadece yasal bir yetkiniz varsa, örneğin bir gözetim kararında (OTS). O zaman plan bu şartı yerine getirmelidir.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Over: %1</source>
        <translation>Konu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over: het hele plan</source>
        <translation>Konu: planın tamamı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Van %1 · %2</source>
        <translation>Kimden: %1 · %2</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/people/agreement_dialog.py" line="+63"/>
        <source>Afspraak aanpassen</source>
        <translation>Anlaşmayı değiştir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afspraak toevoegen</source>
        <translation>Anlaşma ekle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maak het concreet: wie doet wat, en wanneer? Niet alles hoeft meteen.</source>
        <translation>Açık ve net yazın: kim neyi ne zaman yapacak? Her şeyin hemen olması gerekmez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: Oma brengt Jesse op maandag naar school.</source>
        <translation>örneğin: Babaanne pazartesi günleri Jesse&apos;yi okula götürür.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zonder doel</source>
        <translation>Hedef yok</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wie doet het</source>
        <translation>Kim yapacak</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Er staat nog niemand in het plan. Voeg eerst mensen toe bij een deel over mensen of het netwerk.</source>
        <translation>Planda henüz kimse yok. Önce kişiler veya çevre hakkındaki bir bölümde kişi ekleyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld: elke woensdag, of voor de zomer</source>
        <translation>örneğin: her çarşamba veya yazdan önce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op een vaste d&amp;atum</source>
        <translation>Belirli bir &amp;tarihte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bijvoorbeeld: Jesse staat om half negen op het plein</source>
        <translation>örneğin: Jesse saat sekiz buçukta okul bahçesinde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kies iemand, of schrijf een naam</source>
        <translation>birini seçin veya bir isim yazın</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit is een &amp;veiligheidsafspraak</source>
        <translation>Bu bir &amp;güvenlik anlaşması</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Wat gaat er gebeuren?</source>
        <translation>&amp;Ne yapılacak?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij welk d&amp;oel?</source>
        <translation>Hangi &amp;hedef için?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi&amp;e doet het?</source>
        <translation>Kim &amp;yapacak?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wa&amp;nneer?</source>
        <translation>Ne &amp;zaman?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hoe weten we dat het lukt?</source>
        <translation>Başarılı olduğunu nasıl &amp;anlarız?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie &amp;checkt of het gelukt is?</source>
        <translation>Başarılı olup olmadığını kim &amp;kontrol eder?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stand</source>
        <translation>&amp;Durum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bewaren</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaren met Ctrl+Enter, of met Enter in een veld van één regel.</source>
        <translation>Ctrl+Enter ile veya tek satırlık bir alanda Enter ile kaydedin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>✓ Alles is ingevuld.</source>
        <translation>✓ Her şey dolduruldu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf op wat er gaat gebeuren.</source>
        <translation>Ne yapılacağını yazın.</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <location filename="../../ui/people/agreements_editor.py" line="+183"/>
        <source>Afspraak toe&amp;voegen</source>
        <translation>Anlaşma e&amp;kle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog geen afspraak in het plan. Voeg de eerste afspraak toe met de knop hieronder.</source>
        <translation>Planda henüz anlaşma yok. İlk anlaşmayı aşağıdaki düğmeyle ekleyin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Onze afspraken</source>
        <translation>Anlaşmalarımız</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Stand</source>
        <translation>&amp;Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe staat het met de gekozen afspraak?</source>
        <translation>Seçilen anlaşma ne durumda?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Wilt u deze afspraak weghalen? &quot;%1&quot;</source>
        <translation>Bu anlaşmayı kaldırmak istiyor musunuz? &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als het anders liep dan gepland, kunt u de stand ook op &quot;Anders gelopen&quot; zetten.</source>
        <translation>İşler planlandığı gibi gitmediyse, durumu &quot;Farklı gitti&quot; olarak da ayarlayabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>Anonymise</name>
    <message>
        <location filename="../../wijkteam/anonymise/anonymiser.py" line="+16"/>
        <source>het gezin</source>
        <extracomment>What the family&apos;s name becomes.</extracomment>
        <translation>aile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de inwoner</source>
        <translation>plan sahibi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kopie zonder namen</source>
        <extracomment>After the title of the copy, so whoever reads it knows &quot;moeder&quot; stands for a name (and an imported copy is told apart from the plan itself).</extracomment>
        <translation>isimsiz kopya</translation>
    </message>
    <message>
        <location filename="../../wijkteam/anonymise/details.py" line="+16"/>
        <source>e-mailadres</source>
        <translation>e-posta adresi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefoonnummer</source>
        <translation>telefon numarası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>posta kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adres</source>
        <translation>adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>web sitesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rekeningnummer</source>
        <translation>hesap numarası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bsn</source>
        <translation>bsn numarası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboortedatum</source>
        <translation>doğum tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboorteplaats</source>
        <translation>doğum yeri</translation>
    </message>
    <message>
        <location filename="../../wijkteam/anonymise/names.py" line="+29"/>
        <source>naam</source>
        <translation>isim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iemand van het gezin</source>
        <extracomment>Who someone is when the plan does not say their relation: their place at the table.</extracomment>
        <translation>aileden biri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iemand van het netwerk</source>
        <translation>çevreden biri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ondersteuner</source>
        <translation>destekçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional</source>
        <translation>uzman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iemand</source>
        <translation>biri</translation>
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
        <translation>İsimsiz kopya</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>In deze kopie staat geen naam van de mensen in het plan. Iedereen heet naar wie hij is voor het gezin. Telefoonnummers, adressen en de naam van het gezin gaan niet mee. Eigen notities en tekeningen ook niet.</source>
        <translation>Bu kopyada plandaki kişilerin isimleri yok. İsimlerin yerine, o kişinin aile için kim olduğu yazılır. Telefon numaraları, adresler ve ailenin adı kopyaya girmez. Özel notlar ve çizimler de girmez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit staat er in de kopie:</source>
        <translation>Kopyada şunlar yazar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wat er in de kopie staat in plaats van de namen</source>
        <translation>Kopyada isimlerin yerine yazanlar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kijk deze woorden na. Het kunnen namen zijn:</source>
        <translation>Bu kelimeleri kontrol edin. Bunlar isim olabilir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staan geen andere woorden in die op een naam lijken.</source>
        <translation>İsme benzeyen başka kelime yok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woorden die op een naam lijken</source>
        <translation>İsme benzeyen kelimeler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staat er nog een naam tussen? Pas die dan eerst aan in het plan. Deze woorden blijven in de kopie staan.</source>
        <translation>Aralarında hâlâ bir isim var mı? O zaman önce o ismi planda değiştirin. Bu kelimeler kopyada kalır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>&amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opslaan als p&amp;lanbestand…</source>
        <translation>P&amp;lan dosyası olarak kaydet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kopie zonder namen opslaan als PDF</source>
        <translation>İsimsiz kopyayı PDF olarak kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De kopie wordt klaargemaakt als PDF…</source>
        <translation>Kopya PDF olarak hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopie zonder namen opslaan als planbestand</source>
        <translation>İsimsiz kopyayı plan dosyası olarak kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ons Plan-bestand (*%1)</source>
        <translation>Ons Plan dosyası (*%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De kopie wordt bewaard als planbestand…</source>
        <translation>Kopya, plan dosyası olarak kaydediliyor…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De kopie zonder namen is bewaard.</source>
        <translation>İsimsiz kopya kaydedildi.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="+15"/>
        <source>Antwoord op advies</source>
        <translation>Tavsiyeye cevap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antwoord &amp;bewaren</source>
        <translation>&amp;Cevabı kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw antwoord op deze informatie</source>
        <translation>Bu bilgiye cevabınız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw antwoord op dit advies</source>
        <translation>Bu tavsiyeye cevabınız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw antwoord op deze voorwaarde</source>
        <translation>Bu şarta cevabınız</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wat doet u ermee?</source>
        <translation>Bununla ne yapıyorsunuz?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Overgenomen: wij doen wat er staat</source>
        <translation>&amp;Kabul ettik: yazılanı yapıyoruz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deels: wij doen een deel ervan</source>
        <translation>Kı&amp;smen: bir kısmını yapıyoruz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet overgenomen: wij doen het anders</source>
        <translation>Kabul &amp;etmedik: başka türlü yapıyoruz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bijvoorbeeld: oma Ria vangt de kinderen op.</source>
        <translation>Örneğin: Babaanne Ria çocuklara bakıyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Waarom? Schrijf het in uw eigen woorden.</source>
        <translation>&amp;Neden? Kendi sözlerinizle yazın.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit is een voorwaarde. Een voorwaarde is bindend: die blijft gelden, ook als u het er niet mee eens bent. Schrijf op wat u ervan vindt. Dan kunt u er samen over praten.</source>
        <translation>Bu bir şarttır. Şart bağlayıcıdır: siz katılmasanız da geçerli kalır. Bu konuda ne düşündüğünüzü yazın. Sonra bunu birlikte konuşabilirsiniz.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kies eerst wat u met dit advies doet.</source>
        <translation>Önce bu tavsiyeyle ne yapacağınızı seçin.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <location filename="../../ui/common/autosave.py" line="+43"/>
        <source>Uw tekst wacht even: een ander programma gebruikt de plannen. Hij wordt zo bewaard.</source>
        <extracomment>The pause after the last key before the text is saved. While typing goes on, the text is saved at least this often. Waits before trying again while another program holds the database; the last one repeats. How long one save waits for another program&apos;s lock before it gives the database back and tries later.</extracomment>
        <translation>Metniniz biraz bekliyor: planları başka bir program kullanıyor. Birazdan kaydedilecek.</translation>
    </message>
    <message>
        <location line="+424"/>
        <source>Alles wat u typte is bewaard.</source>
        <extracomment>Held while a text is being stored, also by a flush on the UI thread: so texts of one field land in order. (generation, time) of the first change after each text that was sent: what ``summary()`` reports.</extracomment>
        <translation>Yazdığınız her şey kaydedildi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw tekst is bewaard tot %1. Wat u daarna typte, is misschien niet bewaard.</source>
        <translation>Metniniz şu saate kadar kaydedildi: %1. Ondan sonra yazdıklarınız kaydedilmemiş olabilir.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../ui/together/calendar_export.py" line="+29"/>
        <source> - datums</source>
        <translation> - tarihler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Datums in uw agenda zetten</source>
        <translation>Tarihleri takviminize ekleyin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agendabestand (*%1)</source>
        <translation>Takvim dosyası (*%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>De datums staan in het bestand %1. Open dat bestand met de agenda op uw computer of telefoon. Dan staan de afspraken en de evaluatie in uw agenda.</source>
        <translation>Tarihler şu dosyada: %1. Bu dosyayı bilgisayarınızdaki veya telefonunuzdaki takvimle açın. Böylece anlaşmalar ve değerlendirme takviminize eklenir.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+86"/>
        <source>Wachtwoord veranderen</source>
        <translation>Şifreyi değiştir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw &amp;wachtwoord van nu (of de herstelcode)</source>
        <translation>&amp;Mevcut şifreniz (veya kurtarma kodu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;Yeni şifre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw wachtwoord nog &amp;een keer</source>
        <translation>Yeni şifre &amp;tekrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>Yazdığımı &amp;göster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Veranderen</source>
        <translation>&amp;Değiştir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kies een nieuw wachtwoord van minstens 8 tekens. Uw herstelcode blijft werken.</source>
        <translation>En az 8 karakterli yeni bir şifre seçin. Kurtarma kodunuz çalışmaya devam eder.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Even geduld…</source>
        <translation>Lütfen bekleyin…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uw wachtwoord is veranderd. Gebruik vanaf nu het nieuwe wachtwoord.</source>
        <translation>Şifreniz değişti. Bundan sonra yeni şifreyi kullanın.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../wijkteam/plan_diff.py" line="+43"/>
        <source>Nieuwe informatie van %1.</source>
        <extracomment>How much of a title, goal or agreement is quoted in one sentence. Two texts this alike (0..1) are taken to be the same item, rewritten. Above this many pairs to weigh, rewritten items are not looked for: a real plan never comes near it. The translation context of these sentences: they are read in the language of the screens (``wijkteam.i18n``), and in Dutch on the command line. &quot;Nieuw advies van ...&quot;, &quot;Nieuwe informatie van ...&quot;, &quot;Nieuwe voorwaarde van ...&quot;.</extracomment>
        <translation>Yeni bilgi. Gönderen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw advies van %1.</source>
        <translation>Yeni tavsiye. Gönderen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe voorwaarde van %1.</source>
        <translation>Yeni şart. Koyan: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wie</source>
        <extracomment>Parts of an agreement besides its text, with the word for each, in the order the family fills them in.</extracomment>
        <translation>kim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wanneer</source>
        <translation>ne zaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hoe we weten dat het lukt</source>
        <translation>başarılı olduğunu nasıl anlarız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie checkt</source>
        <translation>kim kontrol eder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bij welk doel</source>
        <translation>hangi hedef için</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 en %2</source>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>De titel van het plan is nu: &apos;%1&apos;.</source>
        <translation>Planın başlığı artık: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De naam bij het plan is nu: %1.</source>
        <translation>Plandaki ad artık: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam bij het plan is weggehaald.</source>
        <translation>Plandaki ad kaldırıldı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De datum van de melding is nu %1.</source>
        <translation>Bildirim tarihi artık: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van de melding is weggehaald.</source>
        <translation>Bildirim tarihi kaldırıldı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het aanbod om zelf een plan te maken is nu %1.</source>
        <translation>Kendi planınızı yapma teklifinin tarihi artık: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het aanbod om zelf een plan te maken is weggehaald.</source>
        <translation>Kendi planınızı yapma teklifinin tarihi kaldırıldı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum voor het plan is nu %1.</source>
        <translation>Plan için kararlaştırılan tarih artık: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum voor het plan is weggehaald.</source>
        <translation>Plan için kararlaştırılan tarih kaldırıldı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het gesprek is nu %1.</source>
        <translation>Görüşmenin tarihi artık: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De datum van het gesprek is weggehaald.</source>
        <translation>Görüşmenin tarihi kaldırıldı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De evaluatiedatum is nu %1.</source>
        <translation>Değerlendirme tarihi artık: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De evaluatiedatum is weggehaald.</source>
        <translation>Değerlendirme tarihi kaldırıldı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De plaats van het gesprek is nu: %1.</source>
        <translation>Görüşmenin yeri artık: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De plaats van het gesprek is weggehaald.</source>
        <translation>Görüşmenin yeri kaldırıldı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is een plan B bijgekomen.</source>
        <translation>Bir plan B eklendi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan B is weggehaald.</source>
        <translation>Plan B kaldırıldı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan B is aangepast.</source>
        <translation>Plan B değişti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De taal van het plan is aangepast.</source>
        <translation>Planın dili değişti.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Er is een nieuw deel bijgekomen: &apos;%1&apos;.</source>
        <translation>Yeni bir bölüm eklendi: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het deel &apos;%1&apos; heet nu &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; bölümünün adı artık: &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel &apos;%1&apos; is aangepast.</source>
        <translation>&apos;%1&apos; bölümü değişti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel &apos;%1&apos; wordt nu overgeslagen.</source>
        <translation>&apos;%1&apos; bölümü artık atlanıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het deel &apos;%1&apos; wordt weer gebruikt.</source>
        <translation>&apos;%1&apos; bölümü yeniden kullanılıyor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het deel &apos;%1&apos; is weggehaald.</source>
        <translation>&apos;%1&apos; bölümü kaldırıldı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De volgorde van de delen is veranderd.</source>
        <translation>Bölümlerin sırası değişti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 heet nu %2.</source>
        <translation>Ad değişti: %1 artık %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er is een persoon bijgekomen: %1.</source>
        <translation>Bir kişi eklendi: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 staat niet meer in het plan.</source>
        <translation>%1 artık planda yok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 staat nu dichterbij.</source>
        <translation>%1 artık daha yakın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 staat nu verder weg.</source>
        <translation>%1 artık daha uzak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 staat nu bij %2.</source>
        <translation>%1 artık şu grupta: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 staat nu in geen groep.</source>
        <translation>%1 artık hiçbir grupta değil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gegevens van %1 zijn aangepast.</source>
        <translation>Şu kişinin bilgileri değişti: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Het doel &apos;%1&apos; is nu: %2.</source>
        <translation>&apos;%1&apos; hedefi artık: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuw doel: %1.</source>
        <translation>Yeni hedef: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doel weggehaald: %1.</source>
        <translation>Hedef kaldırıldı: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Afspraak &apos;%1&apos; is nu: %2.</source>
        <translation>&apos;%1&apos; anlaşması artık: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afspraak &apos;%1&apos; is aangepast: %2.</source>
        <translation>&apos;%1&apos; anlaşmasında değişen: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak &apos;%1&apos; is nu een veiligheidsafspraak.</source>
        <translation>&apos;%1&apos; anlaşması artık bir güvenlik anlaşması.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak &apos;%1&apos; is geen veiligheidsafspraak meer.</source>
        <translation>&apos;%1&apos; anlaşması artık bir güvenlik anlaşması değil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraak &apos;%1&apos; staat nu op: %2.</source>
        <translation>&apos;%1&apos; anlaşmasının durumu artık: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe afspraak: %1.</source>
        <translation>Yeni anlaşma: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak weggehaald: %1.</source>
        <translation>Anlaşma kaldırıldı: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 van %2 staat er niet meer in.</source>
        <translation>%2 tarafından verilen %1 artık planda yok.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Het antwoord op %1 van %2 is nu: %3.</source>
        <translation>%2 tarafından verilen %1 için cevap artık: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reden bij het antwoord op %1 van %2 is aangepast.</source>
        <translation>%2 tarafından verilen %1 için cevabın nedeni değişti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het huis van zorgen van %1 is aangepast.</source>
        <extracomment>&quot;Het huis van zorgen van Jesse is aangepast.&quot;: one sentence per kind of house and what happened to it, so that each language can say it in its own order.</extracomment>
        <translation>Endişeler evi (%1) değişti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 is aangepast.</source>
        <translation>Güzel şeyler evi (%1) değişti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 is aangepast.</source>
        <translation>Hayaller evi (%1) değişti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het huis van zorgen van %1 staat nu in het plan.</source>
        <translation>Endişeler evi (%1) artık planda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 staat nu in het plan.</source>
        <translation>Güzel şeyler evi (%1) artık planda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 staat nu in het plan.</source>
        <translation>Hayaller evi (%1) artık planda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het huis van zorgen van %1 staat niet meer in het plan.</source>
        <translation>Endişeler evi (%1) artık planda değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van goede dingen van %1 staat niet meer in het plan.</source>
        <translation>Güzel şeyler evi (%1) artık planda değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het huis van dromen van %1 staat niet meer in het plan.</source>
        <translation>Hayaller evi (%1) artık planda değil.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Een eigen notitie die meegaat in het plan is aangepast.</source>
        <translation>Plana giren bir özel not değişti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er gaat nu een eigen notitie mee in het plan.</source>
        <translation>Artık bir özel not da plana giriyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een eigen notitie gaat niet meer mee in het plan.</source>
        <translation>Bir özel not artık plana girmiyor.</translation>
    </message>
</context>
<context>
    <name>ChildHouses</name>
    <message>
        <location filename="../../ui/people/child_houses_panel.py" line="+50"/>
        <source>Huis van zorgen</source>
        <extracomment>The template key of &quot;Wat de kinderen zeggen&quot; (``resources/templates/familiegroepsplan.json``). The houses stand side by side down to this width each; narrower (large text), they stand one under the other.</extracomment>
        <translation>Endişeler evi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van goede dingen</source>
        <translation>Güzel şeyler evi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van dromen</source>
        <translation>Hayaller evi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waar maak je je zorgen over?</source>
        <translation>Neler için endişeleniyorsun?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat er goed?</source>
        <translation>Neler iyi gidiyor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wens je? Hoe is het als alles goed is?</source>
        <translation>Ne diliyorsun? Her şey yolunda olunca nasıl olur?</translation>
    </message>
</context>
<context>
    <name>ChildHousesPanel</name>
    <message>
        <location line="+153"/>
        <source>Drie Huizen</source>
        <translation>Üç Ev</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind dat eigen huizen krijgt</source>
        <translation>Kendi evlerini yapacak çocuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huizen maken</source>
        <translation>Evleri oluştur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maak drie huizen voor dit kind</source>
        <translation>Bu çocuk için üç ev oluşturun</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Elk kind kan drie huizen vullen: zorgen, goede dingen en dromen. Het kind schrijft of tekent zelf. Het kind kiest per huis of het in het plan komt.</source>
        <translation>Her çocuk üç evi doldurabilir: endişeler, güzel şeyler ve hayaller. Çocuk kendisi yazar veya çizer. Her ev için plana girip girmeyeceğini çocuk seçer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U ziet alleen de huizen die de kinderen willen delen.</source>
        <translation>Sadece çocukların paylaşmak istediği evleri görüyorsunuz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er zijn nog geen huizen. Kies een kind en klik op &apos;Huizen maken&apos;.</source>
        <translation>Henüz ev yok. Bir çocuk seçin ve &apos;Evleri oluştur&apos; düğmesine tıklayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De kinderen delen nog geen huizen.</source>
        <translation>Çocuklar henüz hiçbir evi paylaşmıyor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keuze voor %1</source>
        <translation>%1 için seçim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tekening in %1</source>
        <translation>%1 içindeki çizim</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>De huizen van %1</source>
        <translation>Evler: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 heeft nu drie huizen.</source>
        <translation>%1 için artık üç ev var.</translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <location filename="../../ui/start/start_view.py" line="+60"/>
        <location line="+27"/>
        <source>Meer uitleg  ▾</source>
        <extracomment>What the list shows something of (every change moves &quot;laatst veranderd&quot;). Not the private notes: the family saves them as they type in eigen tijd, with the list behind it, and reading 500 plans again each second would stall.</extracomment>
        <translation>Daha fazla bilgi  ▾</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Meer uitleg over: %1</source>
        <translation>Daha fazla bilgi: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Minder uitleg  ▴</source>
        <translation>Daha az bilgi  ▴</translation>
    </message>
</context>
<context>
    <name>ConditionCard</name>
    <message>
        <location filename="../../ui/editor/part_notes.py" line="+67"/>
        <source>Wettelijke grond: %1</source>
        <translation>Yasal dayanak: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antwoord van het gezin: %1</source>
        <translation>Ailenin cevabı: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voorwaarde van %1</source>
        <translation>%1 tarafından konan şart</translation>
    </message>
</context>
<context>
    <name>ConditionsBox</name>
    <message>
        <location line="+11"/>
        <source>Voorwaarden voor de veiligheid</source>
        <translation>Güvenlik için şartlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voorwaarden waar uw plan aan moet voldoen</source>
        <translation>Planınızın yerine getirmesi gereken şartlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een professional stelde deze voorwaarden voor de veiligheid. Dat mag alleen als de wet het toestaat. Bijvoorbeeld bij een ondertoezichtstelling (OTS). Uw eigen afspraken schrijft u hieronder.</source>
        <translation>Bu güvenlik şartlarını bir uzman koydu. Uzman bunu ancak yasa izin veriyorsa yapabilir. Örneğin bir gözetim kararı (OTS) olduğunda. Kendi anlaşmalarınızı aşağıya yazın.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../ui/common/wording.py" line="+42"/>
        <source>%n dagen geleden</source>
        <translation>
            <numerusform>%n gün önce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (over %n dagen)</source>
        <translation>
            <numerusform>%1 (%n gün sonra)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nog %n dagen om uw plan in te leveren (tot en met %1).</source>
        <translation>
            <numerusform>Planınızı teslim etmek için %n gününüz kaldı (son gün: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/window/crash_dialog.py" line="+47"/>
        <source>Er ging iets mis</source>
        <translation>Bir sorun oldu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U kunt Ons Plan opnieuw starten. Gebeurt het vaker? Geef de details aan wie u helpt.</source>
        <translation>Ons Plan&apos;ı yeniden başlatabilirsiniz. Bu sık sık mı oluyor? Ayrıntıları size yardım eden kişiye verin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De details staan ook in dit bestand: %1</source>
        <translation>Ayrıntılar bu dosyada da var: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <source>&amp;Details tonen</source>
        <translation>Ayrıntıları &amp;göster</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Kopieer details</source>
        <translation>Ayrıntıları &amp;kopyala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technische details</source>
        <translation>Teknik ayrıntılar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Er ging iets mis in Ons Plan.</source>
        <translation>Ons Plan&apos;da bir sorun oldu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details verbergen</source>
        <translation>Ayrıntıları &amp;gizle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gekopieerd</source>
        <translation>Kopyalandı</translation>
    </message>
</context>
<context>
    <name>DeletedPlansDialog</name>
    <message>
        <location filename="../../ui/start/deleted_plans_dialog.py" line="+43"/>
        <location line="+3"/>
        <location line="+8"/>
        <source>Weggehaalde plannen</source>
        <translation>Kaldırılan planlar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Deze plannen heeft u weggehaald. Kies een plan en zet het terug in uw lijst.</source>
        <translation>Bu planları siz kaldırdınız. Bir plan seçin ve listenize geri getirin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Er zijn geen weggehaalde plannen.</source>
        <translation>Kaldırılan plan yok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Geri getir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wis definitief…</source>
        <translation>&amp;Kalıcı olarak sil…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Het plan is definitief gewist. Let op: de %1 oudere kopieën in de map backups hebben het plan nog. Dat geldt ook voor reservekopieën die u zelf maakte, bijvoorbeeld op een USB-stick.</source>
        <translation>Plan kalıcı olarak silindi. Dikkat: backups klasöründeki %1 eski kopyada bu plan hâlâ var. Bu, kendi aldığınız yedekler için de geçerli, örneğin bir USB bellekteki yedek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het plan is definitief gewist. Let op: reservekopieën die u eerder maakte (bijvoorbeeld op een USB-stick) bevatten het plan nog.</source>
        <translation>Plan kalıcı olarak silindi. Dikkat: daha önce aldığınız yedeklerde (örneğin bir USB bellekte) bu plan hâlâ var.</translation>
    </message>
</context>
<context>
    <name>DeletedTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="+306"/>
        <source>Weggehaald</source>
        <translation>Kaldırıldı</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../ui/together/due_dialog.py" line="+64"/>
        <location line="+6"/>
        <source>Dit moet nu gebeuren</source>
        <translation>Şimdi yapılması gerekenler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze datums zijn vandaag, of ze zijn al voorbij. Kijk samen wat er nodig is. Is iets al gedaan? Zet het dan in het plan op gedaan.</source>
        <translation>Bu tarihler bugün veya geçti. Neye ihtiyaç olduğuna birlikte bakın. Bir şey zaten yapıldı mı? O zaman planda &quot;Yapıldı&quot; olarak işaretleyin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Er is nu niets te doen. Geen enkele datum is vandaag of voorbij.</source>
        <translation>Şu an yapılacak bir şey yok. Hiçbir tarih bugün değil, hiçbiri de geçmedi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open dit plan</source>
        <translation>Bu planı aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open het plan %1</source>
        <translation>%1 planını aç</translation>
    </message>
</context>
<context>
    <name>EditorReadAloud</name>
    <message>
        <location filename="../../ui/editor/read_aloud.py" line="+72"/>
        <source>Hulp.</source>
        <extracomment>``Piece.key`` of the family&apos;s own text: its sentences are marked in the text field. The colour of a marker pen, behind the sentence being read.</extracomment>
        <translation>Yardım.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorbeeld.</source>
        <translation>Örnek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw eigen tekst.</source>
        <translation>Kendi metniniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier is nog niets geschreven.</source>
        <translation>Buraya henüz bir şey yazılmadı.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <location line="+127"/>
        <location line="+7"/>
        <source>Lees voor</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lees de vraag, de hulp en uw tekst voor (F9)</source>
        <translation>Soruyu, yardımı ve metninizi sesli okutun (F9)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Stop met voorlezen</source>
        <translation>Sesli okumayı durdur</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source>Stop met voorlezen (F9)</source>
        <translation>Sesli okumayı durdur (F9)</translation>
    </message>
</context>
<context>
    <name>EditorRoles</name>
    <message>
        <location filename="../../ui/editor/editor_roles.py" line="+146"/>
        <source>Uw tekst wordt vanzelf bewaard.</source>
        <translation>Metniniz kendiliğinden kaydedilir.</translation>
    </message>
</context>
<context>
    <name>EditorTopBar</name>
    <message>
        <location filename="../../ui/editor/editor_top_bar.py" line="+34"/>
        <location line="+76"/>
        <source>← &amp;Terug naar mijn plannen</source>
        <extracomment>The width of the bar from which the question who is at the keyboard fits beside the other buttons.</extracomment>
        <translation>← Planlarıma &amp;geri dön</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Terug naar mijn plannen (Esc)</source>
        <translation>Planlarıma geri dön (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar mijn plannen</source>
        <translation>Planlarıma geri dön</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Afdrukken als PDF</source>
        <translation>PDF olarak ya&amp;zdır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maak een PDF om te printen of te delen (Ctrl+P)</source>
        <translation>Yazdırmak veya paylaşmak için PDF oluşturun (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Over dit plan…</source>
        <translation>Bu plan &amp;hakkında…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam, de titel, de datums en de plaats van het plan veranderen</source>
        <translation>Planın adını, başlığını, tarihlerini ve yerini değiştirin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Informatie en advies</source>
        <translation>Bilgi ve &amp;tavsiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat professionals over het plan zeggen, en uw antwoorden</source>
        <translation>Uzmanların plan hakkında söyledikleri ve sizin cevaplarınız</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>← &amp;Terug</source>
        <translation>← &amp;Geri</translation>
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
        <translation>Metniniz kendiliğinden kaydedilir.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Uw laatste tekst is nog niet bewaard: een ander programma gebruikt de plannen. Wilt u toch stoppen? Als u Ons Plan sluit, bent u die tekst misschien kwijt.</source>
        <translation>Son yazdığınız metin henüz kaydedilmedi: planları başka bir program kullanıyor. Yine de çıkmak istiyor musunuz? Ons Plan&apos;ı kapatırsanız bu metni kaybedebilirsiniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw laatste tekst kon niet worden bewaard. Wilt u toch stoppen? Dan bent u die tekst kwijt.</source>
        <translation>Son yazdığınız metin kaydedilemedi. Yine de çıkmak istiyor musunuz? O zaman bu metni kaybedersiniz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tekst niet bewaard</source>
        <translation>Metin kaydedilmedi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan opslaan als PDF</source>
        <translation>Planı PDF olarak kaydet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Bezig met de PDF…</source>
        <translation>PDF hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het plan wordt klaargemaakt als PDF…</source>
        <translation>Plan PDF olarak hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afdrukken als PDF</source>
        <translation>PDF olarak yazdır</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Bezig met bewaren…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>✓ Bewaard</source>
        <translation>✓ Kaydedildi</translation>
    </message>
</context>
<context>
    <name>EigenTijdDialog</name>
    <message>
        <location filename="../../ui/together/eigen_tijd.py" line="+71"/>
        <location line="+209"/>
        <source>Eigen tijd</source>
        <extracomment>Wide enough for a thought, narrow enough to read without turning one&apos;s head on a big screen.</extracomment>
        <translation>Özel zaman</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+142"/>
        <source>✓ Alles is bewaard.</source>
        <translation>✓ Her şey kaydedildi.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>%1 Wilt u toch stoppen? Druk dan nog een keer op &apos;Klaar met eigen tijd&apos;.</source>
        <translation>%1 Yine de çıkmak istiyor musunuz? O zaman &apos;Özel zaman bitti&apos; düğmesine bir kez daha basın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Niet alles is bewaard. Druk nog een keer op &apos;Klaar met eigen tijd&apos; om toch te stoppen.</source>
        <translation>%1 Her şey kaydedilmedi. Yine de çıkmak için &apos;Özel zaman bitti&apos; düğmesine bir kez daha basın.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Eigen tijd is van het gezin. Alleen het gezin kan hier schrijven en lezen. Geef de computer aan het gezin.</source>
        <translation>Özel zaman ailenindir. Burada sadece aile yazabilir ve okuyabilir. Bilgisayarı aileye verin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De ondersteuner gaat nu even weg. U beslist zelf, samen met wie u erbij wilt hebben.</source>
        <translation>Destekçi şimdi bir süre dışarı çıkıyor. Kararı siz verirsiniz, yanınızda olmasını istediğiniz kişilerle birlikte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De ondersteuner en de hulpverleners gaan nu even weg. U beslist samen.</source>
        <translation>Destekçi ve uzmanlar şimdi bir süre dışarı çıkıyor. Kararı birlikte siz verirsiniz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is uw eigen tijd.</source>
        <translation>Bu sizin özel zamanınız.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schrijf op wat u wilt onthouden. Deze notities zijn van u. Ze komen alleen in het plan als u dat zelf aanvinkt.</source>
        <translation>Aklınızda tutmak istediklerinizi yazın. Bu notlar sizindir. Sadece siz işaretlerseniz plana girer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+ &amp;Nieuwe notitie</source>
        <translation>+ &amp;Yeni not</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Klaar? Druk op de knop, of op Esc.</source>
        <translation>Bitti mi? Düğmeye veya Esc tuşuna basın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaar met eigen tijd</source>
        <translation>Özel zaman bitti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of druk op Esc.</source>
        <translation>Ya da Esc tuşuna basın.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Wordt bewaard…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✓ Deze notitie komt in het plan.</source>
        <translation>✓ Bu not plana girecek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Deze notitie blijft alleen van u.</source>
        <translation>✓ Bu not sadece sizde kalır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wilt u deze notitie weggooien? Dat kan niet ongedaan worden.</source>
        <translation>Bu notu silmek istiyor musunuz? Bu geri alınamaz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weggooien</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaren</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notitie weggegooid.</source>
        <translation>Not silindi.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/start/deleted_plans_dialog.py" line="+28"/>
        <source>Plan definitief wissen</source>
        <extracomment>The word to type before a plan is erased for good: a click alone is too easy for something that cannot be undone.</extracomment>
        <translation>Planı kalıcı olarak sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wilt u het plan &apos;%1&apos; voor altijd wissen? Alles wat erin staat, gaat weg: de tekst, de afspraken, het advies en de eigen notities. Dit kan niet ongedaan worden.</source>
        <translation>&apos;%1&apos; adlı planı sonsuza kadar silmek istiyor musunuz? İçindeki her şey gider: metin, anlaşmalar, tavsiyeler ve özel notlar. Bu geri alınamaz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typ WISSEN</source>
        <translation>WISSEN yazın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ %1 om het plan te wissen:</source>
        <translation>Planı silmek için %1 yazın:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wis definitief</source>
        <translation>&amp;Kalıcı olarak sil</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../wijkteam/advicefile.py" line="+45"/>
        <source>Dit bestand is te groot voor een adviesbestand: het mag hoogstens 5 MB zijn.</source>
        <translation>Bu dosya bir tavsiye dosyası için çok büyük: en fazla 5 MB olabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit bestand is leeg, dus er staat geen advies in.</source>
        <translation>Bu dosya boş, yani içinde tavsiye yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen adviesbestand van Ons Plan, of het is beschadigd.</source>
        <translation>Bu dosya Ons Plan&apos;ın tavsiye dosyası değil veya bozuk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit is een planbestand en geen adviesbestand, dus er verandert niets.</source>
        <translation>Bu bir plan dosyası, tavsiye dosyası değil. Bu yüzden hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand is niet compleet: het houdt te vroeg op.</source>
        <translation>Bu tavsiye dosyası eksik: erken bitiyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand is gemaakt met een nieuwere versie van Ons Plan.</source>
        <translation>Bu tavsiye dosyası Ons Plan&apos;ın daha yeni bir sürümüyle yapılmış.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand heeft een versienummer dat Ons Plan niet kent.</source>
        <translation>Bu tavsiye dosyasının sürüm numarasını Ons Plan tanımıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand klopt niet: er zitten te veel lagen in elkaar.</source>
        <translation>Bu tavsiye dosyası doğru değil: iç içe çok fazla katman var.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er staat geen advies in dit adviesbestand.</source>
        <translation>Bu tavsiye dosyasında hiç tavsiye yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit adviesbestand hoort bij een ander plan.</source>
        <translation>Bu tavsiye dosyası başka bir plana ait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies informatie, advies of voorwaarde.</source>
        <translation>Bilgi, tavsiye veya şart seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul uw naam in: advies staat altijd op naam.</source>
        <translation>Adınızı yazın: tavsiye her zaman bir isimle verilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het advies is leeg.</source>
        <translation>Tavsiye boş.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een voorwaarde mag alleen met een wettelijke grond, zoals een ondertoezichtstelling. Vul die in.</source>
        <translation>Şart sadece yasal bir dayanakla verilebilir, örneğin bir gözetim kararı. Bunu yazın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit adviesbestand is vol: er passen hoogstens 100 punten in. Begin een nieuw adviesbestand.</source>
        <translation>Bu tavsiye dosyası dolu: en fazla 100 madde sığar. Yeni bir tavsiye dosyası başlatın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het tekstbestand is te groot voor één advies.</source>
        <translation>Metin dosyası tek bir tavsiye için çok büyük.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het tekstbestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard.</source>
        <translation>Metin dosyası okunamıyor, çünkü metin UTF-8 olarak kaydedilmemiş.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/backup.py" line="+46"/>
        <source>Dit bestand is geen reservekopie van Ons Plan.</source>
        <translation>Bu dosya Ons Plan&apos;ın yedeği değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze reservekopie is beschadigd of niet compleet. Er is niets veranderd.</source>
        <translation>Bu yedek bozuk veya eksik. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze reservekopie is gemaakt met een nieuwere versie van Ons Plan. Installeer eerst de nieuwste versie.</source>
        <translation>Bu yedek Ons Plan&apos;ın daha yeni bir sürümüyle yapılmış. Önce en yeni sürümü kurun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit wachtwoord opent deze reservekopie niet. Typ het wachtwoord van toen u de kopie maakte. Of typ de herstelcode van toen.</source>
        <translation>Bu şifre bu yedeği açmıyor. Yedeği aldığınız zamanki şifreyi yazın. Ya da o zamanki kurtarma kodunu yazın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze reservekopie heeft een ander wachtwoord. Typ het wachtwoord of de herstelcode van de kopie.</source>
        <translation>Bu yedeğin şifresi farklı. Yedeğin şifresini veya kurtarma kodunu yazın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reservekopie kan niet worden gelezen: %1.</source>
        <translation>Yedek okunamıyor: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen gewoon bestand, dus het kan geen reservekopie zijn: %1.</source>
        <translation>Bu normal bir dosya değil, bu yüzden yedek olamaz: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/cli_vault.py" line="+29"/>
        <source>Uw plannen zijn beveiligd met een wachtwoord. Start deze opdracht in een terminal: dan vraagt Ons Plan erom. Of zet het wachtwoord in WIJKTEAM_PASSPHRASE.</source>
        <translation>Planlarınız bir şifreyle korunuyor. Bu komutu bir terminalde başlatın: o zaman Ons Plan şifreyi sorar. Ya da şifreyi WIJKTEAM_PASSPHRASE içine yazın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er is nog geen wachtwoord voor uw plannen. Open Ons Plan om er een te kiezen, of zet het in WIJKTEAM_PASSPHRASE.</source>
        <translation>Planlarınız için henüz bir şifre yok. Şifre seçmek için Ons Plan&apos;ı açın veya şifreyi WIJKTEAM_PASSPHRASE içine yazın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ons Plan is nu geopend. Sluit eerst het venster en probeer het dan opnieuw.</source>
        <translation>Ons Plan şu anda açık. Önce pencereyi kapatın, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is niets gewist: u typte niet WISSEN.</source>
        <translation>Hiçbir şey silinmedi: WISSEN yazmadınız.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is niets teruggezet: u typte niet ja.</source>
        <translation>Hiçbir şey geri getirilmedi: ja yazmadınız.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeg met --yes dat u het zeker weet; dan gaat het door. Er is nu niets veranderd.</source>
        <translation>Emin olduğunuzu --yes ile belirtin; o zaman devam eder. Şu an hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/dates.py" line="+24"/>
        <source>Dit is geen geldige datum.</source>
        <extracomment>The largest difference from UTC of any time zone in use (Kiribati is +14:00, Baker Island -12:00).</extracomment>
        <translation>Bu geçerli bir tarih değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf de datum zo: 2025-03-31.</source>
        <translation>Tarihi şöyle yazın: 2025-03-31.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/db.py" line="+40"/>
        <source>Het bestand met uw plannen is beschadigd en kan niet worden geopend. Er is niets veranderd; vraag hulp en neem een reservekopie mee.</source>
        <extracomment>The newest schema revision this app knows. A test holds it equal to Alembic&apos;s head. How long a statement waits for another program&apos;s write lock before it says the plans are busy. The first bytes of an SQLite file that is not encrypted (made before Ons Plan encrypted its plans).</extracomment>
        <translation>Planlarınızın bulunduğu dosya bozuk ve açılamıyor. Hiçbir şey değişmedi; yardım isteyin ve yanınızda bir yedek götürün.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw plannen zijn bewaard met een nieuwere versie van Ons Plan. Installeer de nieuwste versie om ze te openen.</source>
        <translation>Planlarınız Ons Plan&apos;ın daha yeni bir sürümüyle kaydedilmiş. Açmak için en yeni sürümü kurun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan is niet helemaal goed geïnstalleerd. Installeer het opnieuw; uw plannen blijven bewaard.</source>
        <translation>Ons Plan tam olarak doğru kurulmamış. Yeniden kurun; planlarınız silinmez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw plannen kunnen niet worden bewaard, want de map is alleen-lezen.</source>
        <translation>Planlarınız kaydedilemiyor, çünkü bu klasöre yazılamıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen kunnen niet worden bewaard, want de schijf is vol.</source>
        <translation>Planlarınız kaydedilemiyor, çünkü disk dolu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen zijn nu in gebruik door een ander programma. Probeer het zo opnieuw.</source>
        <translation>Planlarınızı şu anda başka bir program kullanıyor. Birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw plannen konden niet worden beveiligd. Er is niets veranderd: het oude bestand staat er nog. Vraag hulp.</source>
        <translation>Planlarınız güvenceye alınamadı. Hiçbir şey değişmedi: eski dosya hâlâ duruyor. Yardım isteyin.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/formats/strict_json.py" line="+16"/>
        <source>Dit bestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard.</source>
        <translation>Bu dosya okunamıyor, çünkü metin UTF-8 olarak kaydedilmemiş.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/keystore.py" line="+61"/>
        <source>Dit wachtwoord of deze herstelcode klopt niet. Let op hoofdletters en spaties, en probeer het opnieuw.</source>
        <extracomment>Argon2id as RFC 9106 recommends for memory-constrained machines: about 0.2 s on a laptop of 2020. Parameters a key file may ask for; anything outside is a damaged or hostile file (it could ask for terabytes). The recovery code: 25 signs from an alphabet without look-alikes (Crockford base 32), 125 bits of chance. After this many wrong tries in a row, each next try waits: 2 s, 4 s, 8 s ... up to a minute. Never longer: a family that mistypes must always be able to try again soon.</extracomment>
        <translation>Bu şifre veya kurtarma kodu doğru değil. Büyük harflere ve boşluklara dikkat edip tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U heeft een paar keer een verkeerd wachtwoord getypt. Probeer het over %1 seconden opnieuw.</source>
        <translation>Birkaç kez yanlış şifre yazdınız. %1 saniye sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation>İki şifre aynı değil. İkisini de tekrar yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>Bu kurtarma kodu aynı değil. Bir daha dikkatlice bakın ve tekrar yazın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het sleutelbestand kan niet worden bewaard in de map van uw plannen.</source>
        <translation>Anahtar dosyası planlarınızın klasörüne kaydedilemiyor.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/planfile.py" line="+41"/>
        <source>Dit bestand is leeg, dus er staat geen plan in.</source>
        <translation>Bu dosya boş, yani içinde plan yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is te groot voor een planbestand: het mag hoogstens 20 MB zijn.</source>
        <translation>Bu dosya bir plan dosyası için çok büyük: en fazla 20 MB olabilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen planbestand van Ons Plan, of het is beschadigd.</source>
        <translation>Bu dosya Ons Plan&apos;ın plan dosyası değil veya bozuk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand is niet compleet: het houdt te vroeg op.</source>
        <translation>Bu plan dosyası eksik: erken bitiyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand is gemaakt met een nieuwere versie van Ons Plan.</source>
        <translation>Bu plan dosyası Ons Plan&apos;ın daha yeni bir sürümüyle yapılmış.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand heeft een versienummer dat Ons Plan niet kent.</source>
        <translation>Bu plan dosyasının sürüm numarasını Ons Plan tanımıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit planbestand klopt niet: er zitten te veel lagen in elkaar.</source>
        <translation>Bu plan dosyası doğru değil: iç içe çok fazla katman var.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/advicefiles.py" line="+33"/>
        <source>Er is hier geen plan waar dit adviesbestand bij hoort. Lees het plan eerst in, of noem het plannummer.</source>
        <translation>Burada bu tavsiye dosyasının ait olduğu bir plan yok. Önce planı açın veya plan numarasını belirtin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het advies in dit bestand staat al in uw plan: het is eerder ingelezen.</source>
        <translation>Bu dosyadaki tavsiyeler planınızda zaten var: dosya daha önce açılmış.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/base.py" line="+25"/>
        <source>Alleen het gezin kan de tekst van het plan veranderen.</source>
        <extracomment>Typing in one field by one person within this window is one history row, not one per keystroke.</extracomment>
        <translation>Planın metnini sadece aile değiştirebilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen een professional kan advies of informatie toevoegen.</source>
        <translation>Tavsiye veya bilgiyi sadece bir uzman ekleyebilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen de ondersteuner schrijft notities over het proces.</source>
        <translation>Süreç hakkındaki notları sadece destekçi yazar.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/damaged.py" line="+41"/>
        <source>Dit plan kan niet open. Er staat iets in dat Ons Plan niet kan lezen.</source>
        <extracomment>What SQLAlchemy raises while it turns a stored value into a Python one (``date.fromisoformat`` and friends).</extracomment>
        <translation>Bu plan açılamıyor. İçinde Ons Plan&apos;ın okuyamadığı bir şey var.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan kan ook niet als planbestand worden bewaard. Te veel ervan is niet te lezen.</source>
        <translation>Bu plan, plan dosyası olarak da kaydedilemiyor. Çok fazla kısmı okunamıyor.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/erase.py" line="+26"/>
        <source>Alleen het gezin kan een plan definitief wissen.</source>
        <translation>Bir planı kalıcı olarak sadece aile silebilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen plan met nummer %1.</source>
        <translation>%1 numaralı bir plan yok.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/private_notes.py" line="+19"/>
        <source>Alleen het gezin kan de eigen notities lezen en veranderen.</source>
        <translation>Özel notları sadece aile okuyabilir ve değiştirebilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze notitie bestaat niet meer.</source>
        <translation>Bu not artık yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen het gezin kan de eigen notities meenemen in een planbestand.</source>
        <translation>Özel notları bir plan dosyasına sadece aile ekleyebilir.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/process.py" line="+32"/>
        <source>Alleen de ondersteuner of het gezin kan een stap afvinken.</source>
        <translation>Bir adımı sadece destekçi veya aile işaretleyebilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze stap hoort niet bij dit plan.</source>
        <translation>Bu adım bu plana ait değil.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/sections.py" line="+23"/>
        <source>Geef dit deel een naam.</source>
        <extracomment>Sections the family adds get keys like ``eigen-3``; template keys never look like this.</extracomment>
        <translation>Bu bölüme bir ad verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo ver kan dit deel niet omhoog of omlaag.</source>
        <translation>Bu bölüm daha fazla yukarı veya aşağı taşınamaz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een deel uit het voorbeeld kunt u niet weghalen, maar u kunt het wel overslaan.</source>
        <translation>Örnekteki bir bölümü kaldıramazsınız, ama atlayabilirsiniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit deel kan pas weg als het leeg is.</source>
        <translation>Bu bölüm ancak boşsa kaldırılabilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bij dit deel staat advies van een professional, daarom kan het niet weg.</source>
        <translation>Bu bölümde bir uzmanın tavsiyesi var, bu yüzden kaldırılamaz.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/versions.py" line="+50"/>
        <source>Alleen het gezin kan het plan vaststellen.</source>
        <translation>Planı sadece aile kesinleştirebilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen het gezin kan invullen wie akkoord is met het plan.</source>
        <translation>Planı kimin onayladığını sadece aile yazabilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan is afgesloten, dus het kan niet meer worden vastgesteld.</source>
        <translation>Bu plan kapandı, bu yüzden artık kesinleştirilemez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan is niet veranderd sinds versie %1, dus een nieuwe versie is niet nodig.</source>
        <translation>Plan, sürüm %1 sonrasında değişmedi, bu yüzden yeni bir sürüme gerek yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze versie van het plan bestaat niet.</source>
        <translation>Planın bu sürümü yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akkoord geven kan alleen bij de nieuwste versie van het plan.</source>
        <translation>Onay sadece planın en yeni sürümüne verilebilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze persoon staat niet in dit plan.</source>
        <translation>Bu kişi bu planda yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen mensen van het gezin en het netwerk geven hun akkoord op het plan.</source>
        <translation>Plana onayı sadece aileden ve çevreden kişiler verir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze persoon staat niet met naam in het plan. Een akkoord op naam kan dan niet.</source>
        <translation>Bu kişinin adı planda yazmıyor. O zaman isimle onay verilemez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versie %1 kan niet worden gelezen. Wat er sindsdien veranderde, is dus niet te zeggen.</source>
        <translation>Sürüm %1 okunamıyor. Bu yüzden o zamandan beri neyin değiştiği söylenemez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er staan geen datums in dit plan die in een agenda kunnen.</source>
        <translation>Bu planda takvime eklenebilecek tarih yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het agendabestand</source>
        <translation>Takvim dosyası</translation>
    </message>
    <message>
        <location filename="../../wijkteam/vault.py" line="+40"/>
        <source>Uw plannen zijn op slot. Open ze eerst met uw wachtwoord.</source>
        <translation>Planlarınız kilitli. Önce şifrenizle açın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit wachtwoord hoort niet bij deze plannen.</source>
        <translation>Bu şifre bu planlara ait değil.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/plans.py" line="+54"/>
        <source>Deze taal kent Ons Plan niet.</source>
        <extracomment>Plan fields the family may set through ``update_plan``, with how to check each.</extracomment>
        <translation>Ons Plan bu dili tanımıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies of de PDF ook Nederlands krijgt: ja of nee.</source>
        <translation>PDF&apos;de Hollandaca da olsun mu, seçin: evet veya hayır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afgesproken datum kan niet voor de datum van het aanbod liggen.</source>
        <translation>Kararlaştırılan tarih, teklif tarihinden önce olamaz.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/input_files.py" line="+19"/>
        <source>Het bestand bestaat niet: %1.</source>
        <translation>Bu dosya yok: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is een map en geen bestand: %1.</source>
        <translation>Bu bir dosya değil, bir klasör: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen gewoon bestand, maar bijvoorbeeld een apparaat. Het wordt niet gelezen: %1.</source>
        <translation>Bu normal bir dosya değil, örneğin bir cihaz. Okunmayacak: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het bestand kan niet worden gelezen: %1.</source>
        <translation>Dosya okunamıyor: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestand veranderde terwijl het werd gelezen, dus er is niets mee gedaan: %1.</source>
        <translation>Dosya okunurken değişti, bu yüzden dosyayla hiçbir şey yapılmadı: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/drawings.py" line="+25"/>
        <source>Dit plaatje is groter dan 20 MB en wordt niet gebruikt.</source>
        <extracomment>A drawing as stored: after scaling and re-encoding a photo of a drawing on paper is far below this. A picture someone picks may be bigger (a phone&apos;s photo); it is scaled down before it is stored. The longest side of a stored drawing, in pixels: sharp on paper at the size it is printed.</extracomment>
        <translation>Bu resim 20 MB&apos;tan büyük, bu yüzden kullanılmıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze tekening is te groot om te bewaren.</source>
        <translation>Bu çizim kaydedilemeyecek kadar büyük.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestand is geen plaatje dat Ons Plan kan lezen.</source>
        <translation>Bu dosya, Ons Plan&apos;ın okuyabildiği bir resim değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons Plan kan deze tekening zo niet bewaren: voeg het plaatje opnieuw toe.</source>
        <translation>Ons Plan bu çizimi bu haliyle kaydedemiyor: resmi yeniden ekleyin.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/export.py" line="+24"/>
        <source>Kies eerst wie u uitnodigt. Zet een vinkje bij die mensen.</source>
        <translation>Önce kimi davet ettiğinizi seçin. Bu kişileri işaretleyin.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/services/houses.py" line="+21"/>
        <source>Dit huis bestaat niet meer.</source>
        <translation>Bu ev artık yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen iemand van het gezin kan eigen huizen krijgen.</source>
        <translation>Kendi evleri sadece aileden biri için yapılabilir.</translation>
    </message>
</context>
<context>
    <name>FirstStartView</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="+291"/>
        <location line="+30"/>
        <source>Welkom bij Ons Plan</source>
        <translation>Ons Plan&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation>&amp;Yedeği geri yükle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heeft u al plannen in een reservekopie, bijvoorbeeld op een USB-stick? Zet die dan terug.</source>
        <translation>Planlarınız bir yedekte mi, örneğin bir USB bellekte? O zaman yedeği geri yükleyin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw plannen gaan over u en uw gezin. Daarom zet Ons Plan ze op slot met een wachtwoord. Alleen wie het wachtwoord weet, kan ze lezen. Ook als iemand anders de laptop gebruikt, of als de laptop kwijt is.</source>
        <translation>Planlarınız siz ve aileniz hakkında. Bu yüzden Ons Plan onları bir şifreyle kilitler. Onları sadece şifreyi bilen okuyabilir. Laptopu başka biri kullansa veya laptop kaybolsa bile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een wachtwoord van minstens 8 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.</source>
        <translation>En az 8 karakterli bir şifre seçin. Birkaç kelimelik bir cümle hem güçlüdür hem de kolay hatırlanır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let op: niemand kan uw wachtwoord terughalen, ook de makers van Ons Plan niet. Daarom krijgt u zo ook een herstelcode.</source>
        <translation>Dikkat: şifrenizi kimse geri getiremez, Ons Plan&apos;ı yapanlar da. Bu yüzden birazdan bir kurtarma kodu da alacaksınız.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan zet uw plannen nu op slot</source>
        <translation>Ons Plan şimdi planlarınızı kilitliyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze versie van Ons Plan beveiligt uw plannen. Er gaat niets verloren.</source>
        <translation>Ons Plan&apos;ın bu sürümü planlarınızı güvenceye alır. Hiçbir şey kaybolmaz.</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../ui/editor/follow_up_box.py" line="+35"/>
        <source>Plan &amp;B: als het anders loopt</source>
        <extracomment>A field only for reading sits on the paper colour, so it does not look like a place to type.</extracomment>
        <translation>Plan B: işler &amp;farklı giderse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat doen we als een afspraak niet lukt? Wie bellen we dan?</source>
        <translation>Bir anlaşma tutmazsa ne yaparız? O zaman kimi ararız?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schrijf hier uw plan B.</source>
        <translation>Plan B&apos;nizi buraya yazın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluatie</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wij kijken samen hoe het gaat &amp;op</source>
        <translation>Nasıl gittiğine birlikte b&amp;akacağımız gün</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/people/goals_editor.py" line="+86"/>
        <source>Doel aanpassen</source>
        <translation>Hedefi değiştir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doel toevoegen</source>
        <translation>Hedef ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wat wilt u bereiken?</source>
        <translation>&amp;Neyi başarmak istiyorsunuz?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schrijf het in uw eigen woorden. Bijvoorbeeld: Jesse gaat elke schooldag naar school.</source>
        <translation>Kendi sözlerinizle yazın. Örneğin: Jesse her okul günü okula gidiyor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bewaren met Ctrl+Enter. Enter begint een nieuwe regel.</source>
        <translation>Ctrl+Enter ile kaydedin. Enter yeni bir satır açar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaren</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Schrijf op wat u wilt bereiken.</source>
        <translation>Neyi başarmak istediğinizi yazın.</translation>
    </message>
</context>
<context>
    <name>GoalsEditor</name>
    <message>
        <location line="+17"/>
        <source>Doel toe&amp;voegen</source>
        <translation>Hedef e&amp;kle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog geen doel in het plan. Voeg het eerste doel toe met de knop hieronder.</source>
        <translation>Planda henüz hedef yok. İlk hedefi aşağıdaki düğmeyle ekleyin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Onze doelen</source>
        <translation>Hedeflerimiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>↑ Hoger</source>
        <translation>↑ Yukarı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet het gekozen doel een plek hoger (Ctrl+Omhoog)</source>
        <translation>Seçilen hedefi bir sıra yukarı taşıyın (Ctrl+Yukarı)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ Lager</source>
        <translation>↓ Aşağı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet het gekozen doel een plek lager (Ctrl+Omlaag)</source>
        <translation>Seçilen hedefi bir sıra aşağı taşıyın (Ctrl+Aşağı)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Wilt u dit doel weghalen? &quot;%1&quot;</source>
        <translation>Bu hedefi kaldırmak istiyor musunuz? &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afspraken bij dit doel blijven staan, onder &quot;Zonder doel&quot;.</source>
        <translation>Bu hedefe bağlı anlaşmalar silinmez, &quot;Hedef yok&quot; altında kalır.</translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <location line="-157"/>
        <source>Doel</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afspraken</source>
        <translation>Anlaşmalar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen afspraken</source>
        <translation>Henüz anlaşma yok</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n afspraken</source>
        <translation>
            <numerusform>%n anlaşma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../ui/editor/section_panel.py" line="+103"/>
        <source>Hulp</source>
        <extracomment>A tick box that cannot be used is greyed, as buttons are; the app&apos;s palette would draw it as usable. Above a list the family&apos;s own text needs less room; the list below it is the main thing there. In lines of text. Lines the text field always shows: fewer, and a family loses sight of what they just typed. From this width the status (&quot;✓ Bewaard&quot;) sits in the row of &quot;klaar&quot; and the buttons; narrower, on its own line.</extracomment>
        <translation>Yardım</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorbeeld</source>
        <translation>Örnek</translation>
    </message>
</context>
<context>
    <name>HouseBox</name>
    <message>
        <location filename="../../ui/people/child_houses_panel.py" line="-323"/>
        <location line="+100"/>
        <source>%1 van %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+48"/>
        <source>Tekening toevoegen…</source>
        <translation>Çizim ekle…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Kies een plaatje of een foto van een tekening op papier</source>
        <translation>Bir resim veya kâğıttaki bir çizimin fotoğrafını seçin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tekening weghalen</source>
        <translation>Çizimi kaldır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit mag in het plan</source>
        <translation>Bu plana girebilir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het kind kiest of %1 in het plan komt</source>
        <translation>%1 plana girsin mi? Bunu çocuk seçer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tekening van %1</source>
        <translation>Çizim (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Andere tekening…</source>
        <translation>Başka çizim…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dit komt in het plan. Anderen kunnen het lezen.</source>
        <translation>Bu plana girer. Başkaları da okuyabilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit blijft bij jou. Het komt niet in het plan en niemand anders ziet het.</source>
        <translation>Bu sende kalır. Plana girmez ve başka kimse görmez.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tekening kiezen</source>
        <translation>Çizim seç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaatjes (%1)</source>
        <translation>Resimler (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De tekening is bewaard.</source>
        <translation>Çizim kaydedildi.</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <location filename="../../ui/together/invitations_dialog.py" line="+41"/>
        <source>Uitnodigingslijst afdrukken als PDF</source>
        <translation>Davet listesini PDF olarak yazdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF dosyası (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Wie nodigen we uit?</source>
        <translation>Kimleri davet ediyoruz?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zet een vinkje bij wie u vraagt voor de bijeenkomst. Klik op de kaart, of kies een naam in de lijst.</source>
        <translation>Toplantıya davet ettiğiniz kişileri işaretleyin. Haritaya tıklayın veya listeden bir isim seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het gezin kiest wie het uitnodigt. U kunt de lijst lezen en afdrukken.</source>
        <translation>Kimin davet edileceğini aile seçer. Listeyi okuyabilir ve yazdırabilirsiniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mensen om uit te nodigen</source>
        <translation>Davet edilecek kişiler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kaart of lijst</source>
        <translation>Harita veya liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op de &amp;kaart</source>
        <translation>&amp;Haritada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als &amp;lijst</source>
        <translation>&amp;Liste olarak</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lijst &amp;afdrukken als PDF…</source>
        <translation>Listeyi PDF olarak &amp;yazdır…</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n mensen uitgenodigd.</source>
        <translation>
            <numerusform>%n kişi davet edildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niemand gekozen.</source>
        <translation>Henüz kimse seçilmedi.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> - uitnodigingen</source>
        <translation> - davetler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De uitnodigingslijst is bewaard: %1</source>
        <translation>Davet listesi kaydedildi: %1</translation>
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
        <translation>Kendi planınızı yapma hakkınız</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Op een vaste datum</source>
        <translation>Belirli bir tarihte</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Datum van het aanbod</source>
        <translation>Teklif tarihi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Afgesproken datum voor het plan</source>
        <translation>Plan için kararlaştırılan tarih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> weken</source>
        <translation> hafta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aantal weken na het aanbod</source>
        <translation>Tekliften sonraki hafta sayısı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of &amp;tel vanaf het aanbod:</source>
        <translation>Ya da tekliften itibaren &amp;sayın:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aanbo&amp;d gekregen op:</source>
        <translation>Teklifi a&amp;ldığınız tarih:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan &amp;klaar op:</source>
        <translation>Planın &amp;hazır olacağı tarih:</translation>
    </message>
</context>
<context>
    <name>KeyboardQuestion</name>
    <message>
        <location filename="../../ui/together/keyboard_question.py" line="+36"/>
        <location line="+3"/>
        <source>Wie zit er aan het toetsenbord?</source>
        <translation>Klavyenin başında kim var?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ja, dat ben ik</source>
        <translation>&amp;Evet, benim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat u verandert, komt op uw naam</source>
        <translation>Değiştirdikleriniz sizin adınıza kaydedilir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet nu</source>
        <translation>Şimdi değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U blijft aan het toetsenbord als gezin. Wisselen kan altijd.</source>
        <translation>Klavyenin başında aile olarak kalıyorsunuz. İstediğiniz zaman değiştirebilirsiniz.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Het gezin samen</source>
        <translation>Aile birlikte</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/window/language_menu.py" line="+19"/>
        <source>De nieuwe taal komt als u Ons Plan opnieuw start.</source>
        <translation>Ons Plan&apos;ı yeniden başlattığınızda yeni dil görünür.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;aal</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taal van de computer</source>
        <translation>Bilgisayarın dili</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+144"/>
        <source>&amp;Beveiliging en reservekopie…</source>
        <extracomment>The window&apos;s size while settings hold none, within the screen; shown, it fills the screen (``show_at_start``). Small enough for a 1280x720 laptop and for 200% text on a 1920x1080 screen, where Qt has 960x540 of its pixels.</extracomment>
        <translation>&amp;Güvenlik ve yedek…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw &amp;familiegroepsplan…</source>
        <translation>Yeni &amp;aile planı…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuw &amp;persoonlijk plan…</source>
        <translation>Yeni &amp;kişisel plan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan&amp;bestand openen…</source>
        <translation>Plan &amp;dosyasını aç…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op&amp;slaan als planbestand…</source>
        <translation>Plan dosyası olarak ka&amp;ydet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kopie zonder namen…</source>
        <translation>İ&amp;simsiz kopya…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weggehaalde plannen…</source>
        <translation>Kaldırılan plan&amp;lar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Over dit plan…</source>
        <translation>Bu plan &amp;hakkında…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Programdan çık</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;men</source>
        <translation>&amp;Birlikte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie zit er aan het &amp;toetsenbord…</source>
        <translation>Klavyenin başında &amp;kim var…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Informatie en advies</source>
        <translation>Bilgi ve &amp;tavsiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advies toevoegen…</source>
        <translation>Tavsiye &amp;ekle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advies &amp;geven op een plan…</source>
        <translation>Bir plana &amp;tavsiye ver…</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Kies eerst een plan in de lijst. Daarna kunt u het opslaan als planbestand.</source>
        <translation>Önce listeden bir plan seçin. Sonra onu plan dosyası olarak kaydedebilirsiniz.</translation>
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
        <translation>Klasör: %1
Ad: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open de &amp;map</source>
        <translation>&amp;Klasörü aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is op deze computer geen programma dat mappen laat zien. Het bestand staat in deze map: %1</source>
        <translation>Bu bilgisayarda klasörleri gösteren bir program yok. Dosya şu klasörde: %1</translation>
    </message>
</context>
<context>
    <name>MissingKeyView</name>
    <message>
        <location filename="../../ui/security/vault_controller.py" line="+96"/>
        <source>De sleutel van uw plannen ontbreekt</source>
        <extracomment>What counts as someone using the app: a key, a click, the wheel, a touch. Moving the mouse alone does not.</extracomment>
        <translation>Planlarınızın anahtarı eksik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation>&amp;Yedeği geri yükle…</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <location filename="../../ui/people/network_map_panel.py" line="+42"/>
        <source>Verplaatsen van %1</source>
        <extracomment>The map&apos;s height, as a part of its width, and its limits in pixels: it fits the part and leaves the list in sight. At most this part of the window&apos;s height.</extracomment>
        <translation>%1 adlı kişiyi taşıma</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Dikke lijn: %1. Streepjes: %2. Puntjes: %3.</source>
        <translation>Kalın çizgi: %1. Kesik çizgi: %2. Noktalı çizgi: %3.</translation>
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
        <translation>Çevre haritası</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Alleen het gezin kan mensen verplaatsen.</source>
        <translation>Kişilerin yerini sadece aile değiştirebilir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 staat al heel dichtbij.</source>
        <translation>%1 daha fazla yaklaştırılamaz: zaten çok yakın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 staat al het verst weg.</source>
        <translation>%1 daha fazla uzaklaştırılamaz: zaten en uzakta.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Verplaats met Ctrl en de pijltjes. Enter: aanpassen.</source>
        <translation>Ctrl ve ok tuşlarıyla taşıyın. Enter: değiştir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steun: %1.</source>
        <translation>Destek: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uitgenodigd.</source>
        <translation>Davet edildi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet uitgenodigd.</source>
        <translation>Davet edilmedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spatie: vinkje aan of uit.</source>
        <translation>Boşluk tuşu: işaretle veya işareti kaldır.</translation>
    </message>
</context>
<context>
    <name>NetworkMapPanel</name>
    <message>
        <location filename="../../ui/people/network_map_panel.py" line="-160"/>
        <source>Netwerkcirkel</source>
        <translation>Çevre haritası</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persoon toevoegen op de kaart</source>
        <translation>Haritaya kişi ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of dubbelklik op een lege plek in de kaart</source>
        <translation>Ya da haritada boş bir yere çift tıklayın</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Alleen het gezin kan mensen verplaatsen.</source>
        <translation>Kişilerin yerini sadece aile değiştirebilir.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 staat nu bij %2, %3.</source>
        <translation>%1 şimdi burada: %2, %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sleep iemand naar een andere ring of groep. Of kies iemand en gebruik Ctrl en de pijltjes.</source>
        <translation>Birini başka bir halkaya veya gruba sürükleyin. Ya da birini seçip Ctrl ve ok tuşlarını kullanın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U kunt de kaart bekijken. Alleen het gezin kan mensen verplaatsen.</source>
        <translation>Haritaya bakabilirsiniz. Kişilerin yerini sadece aile değiştirebilir.</translation>
    </message>
</context>
<context>
    <name>NewFamilyPlanDialog</name>
    <message>
        <location filename="../../ui/start/new_plan_dialogs.py" line="+69"/>
        <source>Nieuw familiegroepsplan</source>
        <translation>Yeni aile planı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe heet uw familie? Dit komt bovenaan het plan.</source>
        <translation>Ailenizin adı ne? Bu ad, planın en üstünde yazar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: Familie Yılmaz</source>
        <translation>Örneğin: Yılmaz ailesi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naam van de familie</source>
        <translation>Ailenin adı</translation>
    </message>
</context>
<context>
    <name>NewPersonalPlanDialog</name>
    <message>
        <location line="+45"/>
        <source>Nieuw persoonlijk plan</source>
        <translation>Yeni kişisel plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat is uw &amp;naam? Die komt bovenaan het plan.</source>
        <translation>&amp;Adınız ne? Adınız planın en üstünde yazar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: Gerda Smit</source>
        <translation>Örneğin: Gerda Smit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw naam</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heeft u zich gemeld bij de gemeente voor hulp? Dat heet een melding. Na de melding heeft u 7 dagen om een persoonlijk plan te geven.</source>
        <translation>Belediyeye yardım için başvurdunuz mu? Buna bildirim (melding) denir. Bildirimden sonra kişisel planınızı vermek için 7 gününüz var.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datum van de melding:</source>
        <translation>Bildirim &amp;tarihi:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum van de melding</source>
        <translation>Bildirim tarihi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit &amp;weet ik niet, of ik heb me nog niet gemeld</source>
        <translation>Bunu &amp;bilmiyorum veya henüz bildirimde bulunmadım</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location line="-40"/>
        <source>U mag dit leeg laten.</source>
        <translation>Bunu boş bırakabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+14"/>
        <source>Nieuwe herstelcode</source>
        <translation>Yeni kurtarma kodu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uw &amp;wachtwoord</source>
        <translation>Şif&amp;reniz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is uw herstelcode kwijt, of heeft iemand anders hem gezien? Maak dan een nieuwe. De oude werkt daarna niet meer.</source>
        <translation>Kurtarma kodunuz kayboldu mu veya başka biri onu gördü mü? O zaman yeni bir kod oluşturun. Eski kod bundan sonra çalışmaz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bewaar als &amp;PDF om te printen…</source>
        <translation>Yazdırmak için &amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Herstelcode overtypen</source>
        <translation>Kurtarma kodunu tekrar yazın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ de nieuwe code &amp;over:</source>
        <translation>Yeni kodu &amp;tekrar yazın:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw nieuwe herstelcode. Schrijf hem op, of print hem. U ziet hem maar één keer.</source>
        <translation>Yeni kurtarma kodunuz. Onu bir yere yazın veya yazdırın. Kodu sadece bir kez göreceksiniz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verder</source>
        <translation>&amp;Devam</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Typ eerst uw wachtwoord.</source>
        <translation>Önce şifrenizi yazın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Even geduld…</source>
        <translation>Lütfen bekleyin…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Herstelcode bewaren als PDF</source>
        <translation>Kurtarma kodunu PDF olarak kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herstelcode Ons Plan.pdf</source>
        <translation>Kurtarma kodu Ons Plan.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bezig met de PDF…</source>
        <translation>PDF hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Bewaard: %1.</source>
        <translation>✓ Kaydedildi: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>Bu kurtarma kodu aynı değil. Bir daha dikkatlice bakın ve tekrar yazın.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uw nieuwe herstelcode werkt nu. De oude werkt niet meer.</source>
        <translation>Yeni kurtarma kodunuz artık çalışıyor. Eski kod artık çalışmıyor.</translation>
    </message>
</context>
<context>
    <name>OptionalNote</name>
    <message>
        <location filename="../../ui/editor/part_notes.py" line="-57"/>
        <source>Laat u dit deel leeg? Dan staat het niet in de PDF.</source>
        <extracomment>The part of a familiegroepsplan where the safety conditions show (the template&apos;s key).</extracomment>
        <translation>Bu bölümü boş mu bırakıyorsunuz? O zaman bölüm PDF&apos;ye girmez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 U mag dit deel leeg laten.</source>
        <translation>%1 Bu bölümü boş bırakabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>OverviewTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="-31"/>
        <source>Eerstvolgende datum</source>
        <translation>Sıradaki tarih</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kan niet worden geopend</source>
        <translation>Açılamıyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog geen datum</source>
        <translation>henüz tarih yok</translation>
    </message>
</context>
<context>
    <name>PassphraseSteps</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="-219"/>
        <source>&amp;Kies een wachtwoord</source>
        <translation>Bir şifre &amp;seçin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ het wachtwoord &amp;nog een keer</source>
        <translation>Şifreyi &amp;tekrar yazın</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>Yazdığımı &amp;göster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verder</source>
        <translation>&amp;Devam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Annuleren</source>
        <translation>İ&amp;ptal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Uw herstelcode</source>
        <translation>Kurtarma kodunuz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met deze code opent u uw plannen als u het wachtwoord vergeet. Schrijf de code op, of bewaar hem als PDF en print hem. Bewaar het papier op een veilige plek, niet bij de laptop. U ziet de code maar één keer.</source>
        <translation>Şifrenizi unutursanız planlarınızı bu kodla açarsınız. Kodu bir yere yazın veya PDF olarak kaydedip yazdırın. Kâğıdı güvenli bir yerde saklayın, laptopun yanında değil. Kodu sadece bir kez göreceksiniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaar als &amp;PDF om te printen…</source>
        <translation>Yazdırmak için &amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Terug</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ik heb hem &amp;opgeschreven</source>
        <translation>Kodu &amp;yazdım</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Typ de herstelcode over</source>
        <translation>Kurtarma kodunu tekrar yazın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo weet u zeker dat u hem goed heeft opgeschreven. Streepjes en kleine letters mogen.</source>
        <translation>Böylece kodu doğru yazdığınızdan emin olursunuz. Tire ve küçük harf kullanabilirsiniz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Herstelcode</source>
        <translation>&amp;Kurtarma kodu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Herstelcode</source>
        <translation>Kurtarma kodu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Terug naar de code</source>
        <translation>Koda &amp;geri dön</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Klaar</source>
        <translation>&amp;Tamam</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Even geduld: uw plannen worden beveiligd…</source>
        <translation>Lütfen bekleyin: planlarınız güvenceye alınıyor…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Herstelcode bewaren als PDF</source>
        <translation>Kurtarma kodunu PDF olarak kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Herstelcode Ons Plan.pdf</source>
        <translation>Kurtarma kodu Ons Plan.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Bewaard: %1. Print de pagina en bewaar hem goed.</source>
        <translation>✓ Kaydedildi: %1. Sayfayı yazdırın ve iyi saklayın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bezig met de PDF…</source>
        <translation>PDF hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over.</source>
        <translation>Bu kurtarma kodu aynı değil. Bir daha dikkatlice bakın ve tekrar yazın.</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../wijkteam/pdf/labels.py" line="+18"/>
        <source>Een plan van het gezin en de mensen om hen heen, volgens de Jeugdwet.</source>
        <extracomment>On paper the kind of plan names its law: a persoonlijk plan belongs to the Wmo.</extracomment>
        <translation>Ailenin ve çevresindeki insanların yaptığı bir plan (Jeugdwet&apos;e göre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een plan in mijn eigen woorden, volgens de Wmo 2015 (artikel 2.3.2).</source>
        <translation>Kendi sözlerimle yazdığım bir plan (Wmo 2015&apos;e göre, madde 2.3.2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(naam niet genoemd)</source>
        <translation>(isim belirtilmedi)</translation>
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
        <translation>İşler farklı giderse</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Soort plan</source>
        <translation>Plan türü</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wijkteam/pdf/tables.py" line="+27"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgedrukt op</source>
        <translation>Yazdırma tarihi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum van de melding</source>
        <translation>Bildirim tarihi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aanbod voor dit plan</source>
        <translation>Bu plan için teklif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgesproken datum</source>
        <translation>Kararlaştırılan tarih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samen besproken</source>
        <translation>Birlikte konuşuldu</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+71"/>
        <source>Evaluatie</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>De gemeente geeft 7 dagen na de melding de tijd voor dit plan. Zij neemt het mee in haar onderzoek en beslist daarna over de hulp.</source>
        <translation>Belediye bu plan için bildirimden (melding) sonra 7 gün süre verir. Belediye planı incelemesinde dikkate alır ve sonra yardım konusunda karar verir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een familiegroepsplan is een recht, geen plicht (Jeugdwet, artikel 4.1.2). Ook na de afgesproken datum mag het plan nog komen.</source>
        <translation>Aile planı (familiegroepsplan) bir haktır, zorunluluk değildir (Jeugdwet – Gençlik Yasası, madde 4.1.2). Plan, kararlaştırılan tarihten sonra da verilebilir.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/conditions.py" line="+27"/>
        <location filename="../../wijkteam/pdf/story.py" line="+12"/>
        <source>Zonder titel</source>
        <extracomment>The part of a familiegroepsplan where the conditions print (the template&apos;s key).</extracomment>
        <translation>Başlıksız</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/story.py" line="+31"/>
        <source>Nog niet ingevuld.</source>
        <translation>Henüz doldurulmadı.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Uit mijn eigen tijd</source>
        <translation>Özel zamanımdan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uit onze eigen tijd</source>
        <translation>Özel zamanımızdan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze notities maakte ik zelf. Ik koos ervoor om ze te delen.</source>
        <translation>Bu notları kendim yazdım. Onları paylaşmayı kendim seçtim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze notities maakten we in onze eigen tijd, zonder hulpverleners erbij. We kozen zelf om ze te delen.</source>
        <translation>Bu notları özel zamanımızda, yanımızda uzmanlar yokken yazdık. Onları paylaşmayı kendimiz seçtik.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/tables.py" line="-1"/>
        <source>Afspraak</source>
        <translation>Anlaşma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/invitations.py" line="+34"/>
        <location line="+49"/>
        <source>Wie nodigen we uit?</source>
        <extracomment>An empty box to tick with a pen.</extracomment>
        <translation>Kimleri davet ediyoruz?</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Bijeenkomst: %1</source>
        <translation>Toplantı: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemaakt op %1. Zet een kruisje als u iemand hebt gevraagd, en als iemand komt.</source>
        <translation>Hazırlanma tarihi: %1. Birini davet ettiğinizde ve o kişi geleceğini söylediğinde kutuya çarpı koyun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wijkteam/pdf/tables.py" line="+17"/>
        <location line="+71"/>
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../wijkteam/pdf/tables.py" line="-71"/>
        <source>Wie is het</source>
        <translation>Kimdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe bereikbaar</source>
        <translation>Nasıl ulaşılır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gevraagd</source>
        <translation>Davet edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komt</source>
        <translation>Geliyor</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/tables.py" line="+0"/>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Doel %1:</source>
        <translation>Hedef %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Andere afspraken</source>
        <translation>Diğer anlaşmalar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In Ons Plan</source>
        <translation>Ons Plan&apos;da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekening</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Veiligheidsafspraak</source>
        <translation>Güvenlik anlaşması</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hoe weten we dat het lukt?</source>
        <translation>Başarılı olduğunu nasıl anlarız?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkt:</source>
        <translation>Kontrol eden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uiterlijk %1</source>
        <translation>en geç %1</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/appendix.py" line="+26"/>
        <source>Hier staat wat professionals vertelden en adviseerden. Hun tekst staat apart, met een streep ervoor. Onder elk stuk staat wat ik ermee doe.</source>
        <translation>Burada uzmanların anlattıkları ve tavsiye ettikleri yer alıyor. Onların metni ayrı duruyor, önünde bir çizgi var. Her metnin altında onunla ne yaptığım yazıyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier staat wat professionals vertelden en adviseerden. Hun tekst staat apart, met een streep ervoor. Onder elk stuk staat wat wij ermee doen.</source>
        <translation>Burada uzmanların anlattıkları ve tavsiye ettikleri yer alıyor. Onların metni ayrı duruyor, önünde bir çizgi var. Her metnin altında onunla ne yaptığımız yazıyor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informatie en advies zijn niet bindend. Ik beslis zelf wat ik ermee doe.</source>
        <translation>Bilgi ve tavsiye bağlayıcı değildir. Bunlarla ne yapacağıma kendim karar veririm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informatie en advies zijn niet bindend. Wij beslissen zelf wat we ermee doen.</source>
        <translation>Bilgi ve tavsiye bağlayıcı değildir. Bunlarla ne yapacağımıza kendimiz karar veririz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voorwaarden (bindend)</source>
        <translation>Şartlar (bağlayıcı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een voorwaarde moet in het plan terugkomen. Een professional mag die alleen stellen als de wet dat toestaat. Daarom staat de wet erbij.</source>
        <translation>Bir şart planda yer almalıdır. Bir uzman şartı ancak yasa izin veriyorsa koyabilir. Bu yüzden yasa da yanında yazılıdır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informatie en advies</source>
        <translation>Bilgi ve tavsiye</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bijlage: informatie en advies van professionals</source>
        <translation>Ek: uzmanlardan bilgi ve tavsiye</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ze staan bovenaan het deel</source>
        <translation>Bu şartlar şu bölümün en üstünde yer alır:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 van</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons plan moet hieraan voldoen.</source>
        <translation>Planımız bu şartı yerine getirmelidir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gaat over:</source>
        <translation>Konu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het hele plan</source>
        <translation>Planın tamamı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wettelijke grond:</source>
        <translation>Yasal dayanak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet vermeld</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(geen tekst)</source>
        <translation>(metin yok)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn antwoord:</source>
        <translation>Cevabım:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons antwoord:</source>
        <translation>Cevabımız:</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/document.py" line="+106"/>
        <source>Ons plan</source>
        <extracomment>Below a heading, at least this much of what follows must fit on the page, or the heading moves on with it.</extracomment>
        <translation>Planımız</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Afgedrukt op %1</source>
        <translation>Yazdırma tarihi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagina %1 van %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/status.py" line="+18"/>
        <source>Niemand is nog akkoord met deze tekst.</source>
        <translation>Bu metni henüz kimse onaylamadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet akkoord</source>
        <translation>Henüz onaylamadı</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>versie %1 van %2</source>
        <extracomment>per person who can agree: agreed to the printed version, and when, or not yet. Empty for a concept.</extracomment>
        <translation>%2 tarihli sürüm %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het plan is veranderd sinds %1.</source>
        <translation>Plan, %1 sonrasında değişti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een akkoord met versie %1 geldt niet voor deze tekst.</source>
        <translation>Sürüm %1 için verilen onay bu metin için geçerli değil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niemand is akkoord met deze tekst.</source>
        <translation>Bu metni kimse onaylamadı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgesloten, niet vastgesteld</source>
        <translation>Kapandı, kesinleşmedi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afgesloten – deze tekst is niet vastgesteld</source>
        <translation>Kapandı – bu metin kesinleşmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Dit plan is afgesloten.</source>
        <translation>Bu plan kapandı.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Het is nooit vastgesteld.</source>
        <translation>Plan hiç kesinleşmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concept – nog niet vastgesteld</source>
        <translation>Taslak – henüz kesinleşmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is een concept. Het plan kan nog veranderen.</source>
        <translation>Bu bir taslak. Plan hâlâ değişebilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit is een concept.</source>
        <translation>Bu bir taslak.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Akkoord met versie %1 op %2</source>
        <translation>Sürüm %1 onaylandı: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit is versie %1 van het plan, vastgesteld op %2. Bij elke naam staat of die persoon in Ons Plan akkoord gaf met deze versie.</source>
        <translation>Planın bu sürümü: sürüm %1, kesinleşme tarihi: %2. Her ismin yanında, o kişinin bu sürümü Ons Plan&apos;da onaylayıp onaylamadığı yazar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afgesloten. Vastgesteld: %1</source>
        <translation>Kapandı. Kesinleşti: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastgesteld: %1</source>
        <translation>Kesinleşti: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie %1 van %2, afgesloten</source>
        <translation>Sürüm %1 (%2), kapandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie %1 van %2</source>
        <translation>Sürüm %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/network.py" line="+177"/>
        <source>dikke lijn</source>
        <extracomment>The line of each ring: width and dash pattern (empty: solid). The smallest the map is drawn, to stay on the page of its heading; smaller, it goes to the next page whole. Type sizes a label may shrink to, to stay in its box. What each ring&apos;s line and each sector&apos;s mark look like, in words for the legend.</extracomment>
        <translation>kalın çizgi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>streepjes</source>
        <translation>kesik çizgi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>puntjes</source>
        <translation>noktalı çizgi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rondje</source>
        <translation>daire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vierkant</source>
        <translation>kare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driehoek</source>
        <translation>üçgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ruit</source>
        <translation>baklava dilimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kruis</source>
        <translation>çarpı</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Geen plek meer op de kaart: %1.</source>
        <translation>Haritada yer kalmadı: %1.</translation>
    </message>
    <message>
        <location filename="../../wijkteam/pdf/houses.py" line="+30"/>
        <source>Huis van zorgen</source>
        <translation>Endişeler evi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van goede dingen</source>
        <translation>Güzel şeyler evi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huis van dromen</source>
        <translation>Hayaller evi</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>De huizen van %1</source>
        <extracomment>The walls around a drawing; around words only, as high as the words need, from ``LOW_WALLS`` to ``HIGH_WALLS``. Words longer than this print under the houses across the page, so a long story can run over a page.</extracomment>
        <translation>Evler: %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ui/common/pdf_export.py" line="+53"/>
        <location line="+50"/>
        <source>Afdrukken als PDF</source>
        <translation>PDF olarak yazdır</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Het plan is opgeslagen als PDF.</source>
        <translation>Plan PDF olarak kaydedildi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U vindt het hier: %1</source>
        <translation>Burada bulabilirsiniz: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open de PDF</source>
        <translation>PDF&apos;yi &amp;aç</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Er is op deze computer geen programma dat een PDF opent. De PDF is wel bewaard: %1</source>
        <translation>Bu bilgisayarda PDF açan bir program yok. PDF yine de kaydedildi: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deze tekens kunnen niet worden afgedrukt: %1. De rest van het plan wel.</source>
        <translation>Şu karakterler yazdırılamıyor: %1. Planın geri kalanı yazdırılabilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en nog %1 andere</source>
        <translation>ve %1 tane daha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wilt u de PDF toch maken?</source>
        <translation>PDF&apos;yi yine de oluşturmak istiyor musunuz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toch afdrukken</source>
        <translation>&amp;Yine de yazdır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stoppen</source>
        <translation>&amp;Vazgeç</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../ui/people/people_editor.py" line="+101"/>
        <source>Persoon toe&amp;voegen</source>
        <translation>Kişi e&amp;kle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat nog niemand in het plan. Voeg de eerste persoon toe met de knop hieronder.</source>
        <translation>Planda henüz kimse yok. İlk kişiyi aşağıdaki düğmeyle ekleyin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Mensen in dit plan</source>
        <translation>Bu plandaki kişiler</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Wilt u %1 weghalen uit het plan?</source>
        <translation>%1 adlı kişiyi plandan kaldırmak istiyor musunuz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De afspraken blijven staan. Alleen deze naam gaat eruit.</source>
        <translation>Anlaşmalar silinmez. Sadece bu isim plandan çıkar.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="+57"/>
        <source>Persoon aanpassen</source>
        <extracomment>Roles that usually come from an organisation; only for them the organisation field shows. The group a role usually sits in on the network map, as a first suggestion the family can change.</extracomment>
        <translation>Kişiyi değiştir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persoon toevoegen</source>
        <translation>Kişi ekle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen de naam is nodig. De rest kunt u ook later invullen.</source>
        <translation>Sadece isim gerekli. Gerisini sonra da doldurabilirsiniz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bijvoorbeeld Ria Bakker</source>
        <translation>örneğin Ria Bakker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bijvoorbeeld oma of buurvrouw</source>
        <translation>örneğin babaanne veya komşu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>örneğin mahalle ekibi (wijkteam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>telefoon, e-mail of adres</source>
        <translation>telefon, e-posta veya adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog niet gekozen</source>
        <translation>Henüz seçilmedi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Mag met naam in het plan</source>
        <translation>Adı &amp;planda yazılabilir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vraag het de persoon zelf. Zonder vinkje staat de naam niet in de PDF.</source>
        <translation>Bunu kişinin kendisine sorun. İşaret yoksa isim PDF&apos;de görünmez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Naam</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relatie</source>
        <translation>İ&amp;lişki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;l</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Kurum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe &amp;bereikbaar</source>
        <translation>&amp;Nasıl ulaşılır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groep</source>
        <translation>&amp;Grup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe &amp;dichtbij</source>
        <translation>Ne kadar &amp;yakın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat voor &amp;steun</source>
        <translation>Ne tür &amp;destek</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bewaren</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Vul een naam in.</source>
        <translation>Bir isim yazın.</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <location filename="../../ui/editor/plan_details.py" line="+65"/>
        <location line="+4"/>
        <source>Over dit plan</source>
        <extracomment>The details, as the services call them.</extracomment>
        <translation>Bu plan hakkında</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U kunt dit altijd veranderen. Wat u verandert, komt in de geschiedenis van het plan.</source>
        <translation>Bunu her zaman değiştirebilirsiniz. Değiştirdikleriniz planın geçmişine yazılır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titel van het plan</source>
        <translation>Planın başlığı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw naam</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam van de familie</source>
        <translation>Ailenin adı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plaats van het gesprek</source>
        <translation>Görüşmenin yeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum van de melding</source>
        <translation>Bildirim tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum van het gesprek</source>
        <translation>Görüşmenin tarihi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum van de bijeenkomst</source>
        <translation>Toplantının tarihi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum van de evaluatie</source>
        <translation>Değerlendirmenin tarihi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taal van het plan</source>
        <translation>Planın dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In deze taal drukt de PDF zijn eigen woorden af, zoals de koppen.</source>
        <translation>PDF, başlıklar gibi kendi kelimelerini bu dilde yazdırır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zet in de PDF ook de Nederlandse &amp;woorden</source>
        <translation>PDF&apos;ye Hollandaca kelimeleri de &amp;ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dan kan de gemeente de koppen ook lezen. Uw eigen tekst blijft zoals u hem schreef.</source>
        <translation>Böylece belediye de başlıkları okuyabilir. Kendi metniniz, yazdığınız gibi kalır.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uw naam:</source>
        <translation>&amp;Adınız:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Naam van de familie:</source>
        <translation>&amp;Ailenin adı:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Melding:</source>
        <translation>Bildiri&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gesprek:</source>
        <translation>&amp;Görüşme:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bijeenkomst:</source>
        <translation>&amp;Toplantı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plaats:</source>
        <translation>&amp;Yer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluatie:</source>
        <translation>&amp;Değerlendirme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;aal van het plan:</source>
        <translation>&amp;Planın dili:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Op een vaste datum</source>
        <translation>Belirli bir tarihte</translation>
    </message>
</context>
<context>
    <name>PlanFileFlow</name>
    <message>
        <location filename="../../ui/start/plan_file_dialogs.py" line="+137"/>
        <source>Het planbestand wordt gelezen…</source>
        <translation>Plan dosyası okunuyor…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>Planbestand openen</source>
        <translation>Plan dosyasını aç</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Open het bestand met „Planbestand openen…” om verder te gaan met het plan.</source>
        <translation>Planla devam etmek için dosyayı “Plan dosyasını aç…” ile açın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datums die niet te lezen waren, zijn leeg gelaten of op vandaag gezet.</source>
        <translation>Okunamayan tarihler boş bırakıldı veya bugüne ayarlandı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Het plan wordt bewaard als planbestand…</source>
        <translation>Plan, plan dosyası olarak kaydediliyor…</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Opslaan als planbestand</source>
        <translation>Plan dosyası olarak kaydet</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Ons Plan-bestand (*%1)</source>
        <translation>Ons Plan dosyası (*%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Planbestand bewaard</source>
        <translation>Plan dosyası kaydedildi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Het plan is bewaard als planbestand.</source>
        <translation>Plan, plan dosyası olarak kaydedildi.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>De eigen notities van het gezin zitten er niet in.</source>
        <translation>Ailenin özel notları bu dosyada yok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw eigen notities zitten erin.</source>
        <translation>Özel notlarınız bu dosyada var.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw eigen notities zitten er niet in.</source>
        <translation>Özel notlarınız bu dosyada yok.</translation>
    </message>
</context>
<context>
    <name>PlanListPanel</name>
    <message>
        <location filename="../../ui/start/plan_list_panel.py" line="+60"/>
        <source>&amp;Uw plannen</source>
        <translation>&amp;Planlarınız</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan&amp;bestand openen…</source>
        <translation>Plan &amp;dosyasını aç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een plan uit een planbestand (.wijkplan) toevoegen (Ctrl+O)</source>
        <translation>Bir plan dosyasından (.wijkplan) plan ekleyin (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Zoek op naam of titel</source>
        <translation>Ad veya başlığa göre arayın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoek op naam of titel (Ctrl+F)</source>
        <translation>Ad veya başlığa göre arayın (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Volgorde:</source>
        <translation>&amp;Sıralama:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgorde van de plannen</source>
        <translation>Planların sıralaması</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eerstvolgende datum</source>
        <translation>Sıradaki tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst veranderd</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort plan</source>
        <translation>Plan türü</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Weghalen</source>
        <translation>Kaldı&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit plan weghalen uit de lijst (Delete). U kunt het terugzetten.</source>
        <translation>Bu planı listeden kaldırın (Delete). Sonra geri getirebilirsiniz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op&amp;slaan als planbestand…</source>
        <translation>Plan dosyası olarak ka&amp;ydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan als bestand bewaren, om te delen of als reservekopie</source>
        <translation>Planı paylaşmak veya yedek olarak saklamak için dosya olarak kaydedin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open dit plan</source>
        <translation>B&amp;u planı aç</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tip: dubbelklik op een plan, of kies het en druk op Enter.</source>
        <translation>İpucu: bir plana çift tıklayın veya planı seçip Enter tuşuna basın.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>U heeft nog geen plan. Kies hierboven wat voor plan u wilt maken.</source>
        <translation>Henüz planınız yok. Yukarıdan ne tür bir plan yapmak istediğinizi seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er staat geen plan in uw lijst. Maak hierboven een nieuw plan, of zet een weggehaald plan terug.</source>
        <translation>Listenizde plan yok. Yukarıdan yeni bir plan yapın veya kaldırılan bir planı geri getirin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;eggehaalde plannen (%1)…</source>
        <translation>Kaldırıla&amp;n planlar (%1)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw plannen worden geopend…</source>
        <translation>Planlarınız açılıyor…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Plan weghalen</source>
        <translation>Planı kaldır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan „%1” weghalen?</source>
        <translation>“%1” adlı plan kaldırılsın mı?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weet u het zeker? U kunt het plan daarna nog terugzetten.</source>
        <translation>Emin misiniz? Planı sonra yine geri getirebilirsiniz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja, &amp;weghalen</source>
        <translation>Evet, &amp;kaldır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nee, laten staan</source>
        <translation>&amp;Hayır, kalsın</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 van de %2 plannen gevonden.</source>
        <translation>%2 plandan %1 tanesi bulundu.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>U heeft %n plannen.</source>
        <translation>
            <numerusform>%n planınız var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Bij %n plannen is een datum voorbij.</source>
        <translation>
            <numerusform>%n planda bir tarih geçti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n plannen kunnen niet worden geopend.</source>
        <translation>
            <numerusform>%n plan açılamıyor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geen plan gevonden met „%1”. Probeer een ander woord.</source>
        <translation>“%1” ile plan bulunamadı. Başka bir kelime deneyin.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Het plan „%1” is weggehaald.</source>
        <translation>“%1” adlı plan kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>PlanParts</name>
    <message>
        <location filename="../../ui/people/agreements_editor.py" line="-199"/>
        <source>Doel %1: %2</source>
        <translation>Hedef %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (nog geen afspraken)</source>
        <translation>%1 (henüz anlaşma yok)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zonder doel</source>
        <translation>Hedef yok</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Afspraak</source>
        <translation>Anlaşma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 nog invullen</source>
        <translation>%1 doldurulacak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Veiligheidsafspraak</source>
        <translation>Güvenlik anlaşması</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_editor.py" line="-109"/>
        <source>Mag de naam van deze persoon in het plan staan?</source>
        <translation>Bu kişinin adı planda yer alabilir mi?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatie</source>
        <translation>İlişki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe dichtbij</source>
        <translation>Ne kadar yakın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam in plan</source>
        <translation>Adı planda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bereikbaar: %1</source>
        <translation>Ulaşmak için: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Ja</source>
        <translation>✓ Evet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— Nee</source>
        <translation>— Hayır</translation>
    </message>
    <message>
        <location filename="../../ui/people/plan_parts_wording.py" line="+60"/>
        <source>wat</source>
        <extracomment>A shape per status, like the states of the parts, so the status never depends on seeing colour.</extracomment>
        <translation>ne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie</source>
        <translation>kim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wanneer</source>
        <translation>ne zaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hoe weten we dat het lukt</source>
        <translation>başarılı olduğunu nasıl anlarız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wie checkt</source>
        <translation>kim kontrol eder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Nog niet ingevuld: %2</source>
        <translation>%1 Henüz doldurulmadı: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, voorbij</source>
        <translation>%1, geçti</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../ui/start/plan_table_model.py" line="-231"/>
        <source>Dit plan kan niet open. Er staat iets in dat Ons Plan niet kan lezen. U kunt het wel opslaan als planbestand, met alles wat te lezen is. Daarna kunt u het weghalen.</source>
        <extracomment>Plans without a next date sort after every plan with one; plans that cannot be read before all others.</extracomment>
        <translation>Bu plan açılamıyor. İçinde Ons Plan&apos;ın okuyamadığı bir şey var. Ama planı, okunabilen her şeyle birlikte plan dosyası olarak kaydedebilirsiniz. Sonra planı kaldırabilirsiniz.</translation>
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
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort plan</source>
        <translation>Plan türü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst veranderd</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>onbekend</source>
        <translation>bilinmiyor</translation>
    </message>
</context>
<context>
    <name>PlanTableView</name>
    <message>
        <location filename="../../ui/start/plan_table_view.py" line="+61"/>
        <source>Uw plannen</source>
        <extracomment>The next date first: what needs attention comes to the top. Plans with the same date keep newest change first. In a narrow window (large text) the next date gives way, down to its heading, so the plan&apos;s title keeps room. Levels of widgets from the table up to the window&apos;s scroll area: the table, the list, the panel, the page, the area.</extracomment>
        <translation>Planlarınız</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/editor/plan_undo.py" line="+66"/>
        <source>Ongedaan gemaakt: %1</source>
        <extracomment>The grey of a push button that cannot be used (see the theme), for menu items that cannot be used.</extracomment>
        <translation>Geri alındı: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opnieuw gedaan: %1</source>
        <translation>Yeniden yapıldı: %1</translation>
    </message>
</context>
<context>
    <name>PrivateNoteCard</name>
    <message>
        <location filename="../../ui/together/private_notes.py" line="+52"/>
        <source>Schrijf hier wat u wilt onthouden.</source>
        <translation>Aklınızda tutmak istediklerinizi buraya yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen notitie</source>
        <translation>Özel not</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ook in het plan zetten</source>
        <translation>Plana da ekle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weggooien</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Deze notitie komt in het plan, ook op papier.</source>
        <translation>Bu not plana girer, kâğıda basılan planda da.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen voor u. Deze notitie komt niet in het plan.</source>
        <translation>Sadece sizin için. Bu not plana girmez.</translation>
    </message>
</context>
<context>
    <name>PrivateNotesDialog</name>
    <message>
        <location filename="../../ui/start/plan_file_dialogs.py" line="-179"/>
        <source>Opslaan als planbestand</source>
        <translation>Plan dosyası olarak kaydet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eigen notities meenemen?</source>
        <translation>Özel notlar da eklensin mi?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U bewaart het plan „%1” als planbestand.</source>
        <translation>“%1” adlı planı plan dosyası olarak kaydediyorsunuz.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In dit plan staan %n eigen notities. Die zijn alleen van u. Ze gaan niet mee in het bestand, tenzij u dat hieronder kiest.</source>
        <translation>
            <numerusform>Bu planda %n özel not var. Bu not sadece sizindir. Aşağıda siz seçmedikçe dosyaya eklenmez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja, mijn eigen &amp;notities meenemen</source>
        <translation>Evet, özel &amp;notlarımı da ekle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen doen als u dat zelf wilt. Iedereen die het bestand krijgt, kan ze lezen.</source>
        <translation>Bunu sadece siz istiyorsanız yapın. Dosyayı alan herkes notları okuyabilir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kies waar u het bewaart…</source>
        <translation>Nereye kaydedeceğinizi &amp;seçin…</translation>
    </message>
</context>
<context>
    <name>ProcessGuideDialog</name>
    <message>
        <location filename="../../ui/together/process_guide.py" line="+92"/>
        <location line="+5"/>
        <source>Het proces, stap voor stap</source>
        <extracomment>Item views ignore the theme&apos;s large tick boxes: give these the same size and some air. Room beside the text: the tick box, its gap, and the item&apos;s padding.</extracomment>
        <translation>Süreç, adım adım</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stappen van het proces</source>
        <translation>Sürecin adımları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stappen</source>
        <translation>&amp;Adımlar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Wie nodigen we uit?…</source>
        <translation>Kimleri &amp;davet ediyoruz?…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Maak het &amp;concreet</source>
        <translation>Açık ve &amp;net olsun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraag dit aan het gezin. Het gezin past de afspraken zelf aan.</source>
        <translation>Bunu aileye sorun. Anlaşmaları aile kendisi değiştirir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vragen over de afspraken</source>
        <translation>Anlaşmalar hakkında sorular</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Notities over het proces</source>
        <translation>&amp;Süreç notları</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notities van de ondersteuner</source>
        <translation>Destekçinin notları</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schrijf een notitie over het proces, niet over de inhoud.</source>
        <translation>Süreç hakkında not yazın, içerik hakkında değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe notitie</source>
        <translation>Yeni not</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bij welke fase</source>
        <translation>Hangi aşama için</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie &amp;bewaren</source>
        <translation>Notu &amp;kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bewaren met Ctrl+Enter.</source>
        <translation>Ctrl+Enter ile kaydedin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alleen de ondersteuner schrijft hier notities. U kunt ze wel lezen.</source>
        <translation>Burada sadece destekçi not yazar. Siz bu notları okuyabilirsiniz.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Afspraak %1 (nog zonder &apos;wat&apos;)</source>
        <translation>Anlaşma %1 (&apos;ne&apos; henüz yok)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  – %1</source>
        <translation>  – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er zijn nog geen afspraken. Het gezin maakt ze in het plan.</source>
        <translation>Henüz anlaşma yok. Anlaşmaları aile planda yapar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Alle afspraken zijn concreet: wat, wie, wanneer, hoe weten we dat het lukt, en wie checkt.</source>
        <translation>✓ Bütün anlaşmalar açık ve net: ne, kim, ne zaman, başarılı olduğunu nasıl anlarız ve kim kontrol eder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Het hele proces</source>
        <translation>Sürecin tamamı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nog geen notities.</source>
        <translation>Henüz not yok.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bij fase %1: %2</source>
        <translation>Aşama %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over het hele proces</source>
        <translation>Sürecin tamamı hakkında</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vink samen met het gezin af wat gedaan is. Met de pijltjes kiest u een stap, met de spatiebalk vinkt u af. De tekst van het plan verandert hier niet: die is van het gezin.</source>
        <translation>Yapılanları aileyle birlikte işaretleyin. Ok tuşlarıyla bir adım seçersiniz, boşluk tuşuyla işaretlersiniz. Planın metni burada değişmez: o metin ailenindir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hier ziet u hoe ver het proces is. U kunt zelf ook een stap afvinken, met de spatiebalk.</source>
        <translation>Burada sürecin ne kadar ilerlediğini görürsünüz. Bir adımı boşluk tuşuyla siz de işaretleyebilirsiniz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U kunt hier meekijken. Alleen de ondersteuner en het gezin vinken stappen af.</source>
        <translation>Burada izleyebilirsiniz. Adımları sadece destekçi ve aile işaretler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>het gesprek</source>
        <translation>görüşme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de bijeenkomst</source>
        <translation>toplantı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog geen datum voor %1. Staat die in het plan, dan ziet u hier een voorstel voor de check-in.</source>
        <translation>%1 için henüz tarih yok. Tarih planda olunca, burada ara görüşme için bir öneri görürsünüz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorstel voor de check-in: %1. Dat is vier weken na %2 van %3.</source>
        <translation>Ara görüşme için öneri: %1. Bu, %3 tarihindeki %2 gününden dört hafta sonra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De evaluatie is op %1.</source>
        <translation>Değerlendirme tarihi: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Fase %1: %2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Aşama %1: %2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schrijf eerst een notitie.</source>
        <translation>Önce bir not yazın.</translation>
    </message>
</context>
<context>
    <name>ProcessStepListModel</name>
    <message>
        <location filename="../../ui/together/process_step_model.py" line="+108"/>
        <source>nog niet gedaan</source>
        <translation>henüz yapılmadı</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1. %2  ·  %3 van %4 gedaan</source>
        <translation>%1. %2  ·  %4 adımdan %3 tanesi yapıldı</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✓ gedaan op %1, door %2</source>
        <translation>✓ yapıldı: %1, yapan: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ gedaan op %1</source>
        <translation>✓ yapıldı: %1</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <location filename="../../ui/window/advice_desk.py" line="-205"/>
        <location line="+1"/>
        <source>Wie geeft het advies?</source>
        <translation>Tavsiyeyi kim veriyor?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uw advies staat altijd op uw naam. Zo weet het gezin van wie het komt.</source>
        <translation>Tavsiyeniz her zaman sizin adınızla yer alır. Böylece aile tavsiyenin kimden geldiğini bilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bijvoorbeeld Marieke Jansen</source>
        <translation>örneğin Marieke Jansen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>örneğin mahalle ekibi (wijkteam)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw &amp;naam</source>
        <translation>Adı&amp;nız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rganisatie</source>
        <translation>&amp;Kurum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verder</source>
        <translation>&amp;Devam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>ReadAloudBox</name>
    <message>
        <location filename="../../ui/common/read_aloud_box.py" line="+34"/>
        <source>Voorlezen</source>
        <extracomment>The sentence stands out from the rest of the screen, as a marker pen would make it.</extracomment>
        <translation>Sesli okuma</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Wordt voorgelezen:</source>
        <translation>Okunuyor:</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+51"/>
        <location line="+1"/>
        <source>Pauze</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Even stoppen. Met Verder hoort u de zin opnieuw.</source>
        <translation>Kısa bir ara verin. &apos;Devam&apos; ile cümleyi yeniden duyarsınız.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop met voorlezen</source>
        <translation>Sesli okumayı durdur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rustig voorlezen</source>
        <translation>Yavaş oku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langzamer voorlezen. Dit wordt onthouden.</source>
        <translation>Daha yavaş okur. Bu seçim hatırlanır.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>▶ Verder</source>
        <translation>▶ Devam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verder voorlezen</source>
        <translation>Sesli okumaya devam et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gepauzeerd bij:</source>
        <translation>Burada duraklatıldı:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>zin %1 van %2</source>
        <translation>cümle %1 / %2</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeBox</name>
    <message>
        <location filename="../../ui/security/first_start.py" line="-208"/>
        <source>Herstelcode: %1</source>
        <translation>Kurtarma kodu: %1</translation>
    </message>
</context>
<context>
    <name>ReplacementTableModel</name>
    <message>
        <location filename="../../ui/window/anonymous_copy.py" line="-145"/>
        <source>In het plan</source>
        <extracomment>The table shows this many rows without scrolling; more scroll inside it.</extracomment>
        <translation>Planda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In de kopie</source>
        <translation>Kopyada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(gaat niet mee)</source>
        <translation>(kopyaya girmez)</translation>
    </message>
</context>
<context>
    <name>RoleBar</name>
    <message>
        <location filename="../../ui/together/role_bar.py" line="+31"/>
        <source>Aan het toetsenbord:</source>
        <extracomment>The family&apos;s own role looks like the rest of the bar; any other role is tinted, so it shows from across the table.</extracomment>
        <translation>Klavyenin başında:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiss&amp;elen…</source>
        <translation>D&amp;eğiştir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies wie er nu aan het toetsenbord zit (Alt+E)</source>
        <translation>Şu anda klavyenin başında kimin oturduğunu seçin (Alt+E)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aan het toetsenbord: %1</source>
        <translation>Klavyenin başında: %1</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/together/role_dialog.py" line="+35"/>
        <location line="+4"/>
        <source>Wie zit er aan het toetsenbord?</source>
        <extracomment>The longest name the services keep on one line.</extracomment>
        <translation>Klavyenin başında kim var?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies wie nu het plan gebruikt. Zo weet iedereen later wie wat heeft gedaan.</source>
        <translation>Planı şimdi kimin kullandığını seçin. Böylece herkes sonradan kimin ne yaptığını bilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Gezin</source>
        <translation>&amp;Aile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ondersteuner</source>
        <translation>&amp;Destekçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Professional</source>
        <translation>&amp;Uzman</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>bijvoorbeeld het wijkteam</source>
        <translation>örneğin mahalle ekibi (wijkteam)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uw &amp;naam</source>
        <translation>Adı&amp;nız</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;rganisatie</source>
        <translation>&amp;Kurum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wisselen</source>
        <translation>D&amp;eğiştir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Mag leeg blijven. Dan staat er: Gezin.</source>
        <translation>Boş kalabilir. O zaman şöyle yazar: Aile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul uw naam in. Wat u doet, staat op uw naam.</source>
        <translation>Adınızı yazın. Yaptıklarınız sizin adınıza kaydedilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijvoorbeeld Sanne</source>
        <translation>örneğin Sanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijvoorbeeld Marieke Jansen</source>
        <translation>örneğin Marieke Jansen</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../ui/people/rows_editor.py" line="+181"/>
        <source>Aan&amp;passen</source>
        <extracomment>The padding of table cells in the theme (``QTableView::item``). The width a cell&apos;s text does not get: the padding on both sides, and the style&apos;s own small text margins.</extracomment>
        <translation>&amp;Değiştir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas de gekozen regel aan (Enter)</source>
        <translation>Seçilen satırı değiştirin (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weghalen</source>
        <translation>Kaldı&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haal de gekozen regel weg (Delete)</source>
        <translation>Seçilen satırı kaldırın (Delete)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Weghalen</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ja, weghalen</source>
        <translation>Evet, kaldır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee, laten staan</source>
        <translation>Hayır, kalsın</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../../ui/editor/section_actions.py" line="+126"/>
        <source>&amp;Naam veranderen…</source>
        <translation>A&amp;dını değiştir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Andere naam</source>
        <translation>Başka ad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Over&amp;slaan</source>
        <translation>A&amp;tla</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Overslaan</source>
        <translation>Atla</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Om&amp;hoog</source>
        <translation>&amp;Yukarı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↑ Omhoog</source>
        <translation>↑ Yukarı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Om&amp;laag</source>
        <translation>&amp;Aşağı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↓ Omlaag</source>
        <translation>↓ Aşağı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Eigen deel toevoegen…</source>
        <translation>Kendi &amp;bölümünüzü ekleyin…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ Eigen deel</source>
        <translation>+ Kendi bölümünüz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weghalen…</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weghalen</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↶ Ongedaan maken</source>
        <translation>↶ Geri al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opnieuw</source>
        <translation>Yeniden ya&amp;p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↷ Opnieuw</source>
        <translation>↷ Yeniden yap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geef dit deel een eigen naam</source>
        <translation>Bu bölüme istediğiniz adı verin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet dit deel een plek hoger</source>
        <translation>Bu bölümü bir sıra yukarı taşıyın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet dit deel een plek lager</source>
        <translation>Bu bölümü bir sıra aşağı taşıyın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voeg een eigen deel toe, na dit deel</source>
        <translation>Bu bölümden sonra kendi bölümünüzü ekleyin</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Toch &amp;gebruiken</source>
        <translation>Yine de k&amp;ullan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toch gebruiken</source>
        <translation>Yine de kullan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gebruik dit deel weer in het plan</source>
        <translation>Bu bölümü planda yeniden kullanın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sla dit deel over: het blijft bewaard, maar komt niet in de PDF</source>
        <translation>Bu bölümü atlayın: bölüm kaydedilmiş kalır, ama PDF&apos;ye girmez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Haal dit eigen deel weg (alleen als het leeg is)</source>
        <translation>Kendi eklediğiniz bu bölümü kaldırın (sadece boşsa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen een eigen deel kunt u weghalen. Een ander deel kunt u overslaan.</source>
        <translation>Sadece kendi eklediğiniz bir bölümü kaldırabilirsiniz. Diğer bölümleri atlayabilirsiniz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alleen het gezin kan de delen van het plan veranderen.</source>
        <translation>Planın bölümlerini sadece aile değiştirebilir.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Naam veranderen</source>
        <translation>Adı değiştir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hoe wilt u dit deel &amp;noemen?</source>
        <translation>Bu bölümün &amp;adı ne olsun?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bewaar naam</source>
        <translation>Adı &amp;kaydet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hoe heet het nieuwe deel? Het komt na &apos;%1&apos;.</source>
        <translation>Yeni bölümün adı ne? Bölüm, &apos;%1&apos; bölümünden sonra gelir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe heet het nieuwe deel?</source>
        <translation>Yeni bölümün adı ne?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen deel toevoegen</source>
        <translation>Kendi bölümünüzü ekleyin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dit deel kan pas weg als het leeg is.</source>
        <translation>Bu bölüm ancak boşsa kaldırılabilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deel weghalen</source>
        <translation>Bölümü kaldır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u het deel &apos;%1&apos; weghalen?</source>
        <translation>&apos;%1&apos; bölümünü kaldırmak istiyor musunuz?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het deel is leeg. Met Ongedaan maken (Ctrl+Z) komt het terug.</source>
        <translation>Bölüm boş. Geri al (Ctrl+Z) ile geri gelir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weghalen</source>
        <translation>Kaldı&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet weghalen</source>
        <translation>Hayır, &amp;kalsın</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ongedaan maken: %1</source>
        <translation>Geri al: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is nog niets om ongedaan te maken</source>
        <translation>Henüz geri alınacak bir şey yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opnieuw: %1</source>
        <translation>Yeniden yap: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is niets om opnieuw te doen</source>
        <translation>Yeniden yapılacak bir şey yok</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../ui/editor/section_list_model.py" line="+93"/>
        <source>overgeslagen</source>
        <extracomment>A skipped part is drawn lighter, and says &quot;overgeslagen&quot; in words: colour alone would not tell everyone.</extracomment>
        <translation>atlandı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>eigen deel</source>
        <translation>kendi bölümünüz</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <location filename="../../ui/editor/section_panel.py" line="+47"/>
        <source>&amp;Hulp en voorbeeld</source>
        <translation>&amp;Yardım ve örnek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toon of verberg hulp en een voorbeeld (F1)</source>
        <translation>Yardımı ve örneği gösterin veya gizleyin (F1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lees wat professionals over dit deel zeggen</source>
        <translation>Uzmanların bu bölüm hakkında söylediklerini okuyun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ Advies bij dit deel…</source>
        <translation>+ Bu bölüm için tavsiye…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geef informatie of advies over dit deel, op uw naam</source>
        <translation>Bu bölüm hakkında kendi adınıza bilgi veya tavsiye verin</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+149"/>
        <source>Schrijf hier in uw eigen woorden.</source>
        <translation>Buraya kendi sözlerinizle yazın.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Dit deel is &amp;klaar</source>
        <translation>Bu bölü&amp;m bitti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Vorig deel</source>
        <translation>← Önceki bölüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig deel (Ctrl+PgUp)</source>
        <translation>Önceki bölüm (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgend deel →</source>
        <translation>Sonraki bölüm →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgend deel (Ctrl+PgDown)</source>
        <translation>Sonraki bölüm (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Deel %1 van %2</source>
        <translation>Bölüm %1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw tekst bij: %1</source>
        <translation>Şu bölüm için metniniz: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Het gezin heeft hier nog niets geschreven.</source>
        <translation>Aile buraya henüz bir şey yazmadı.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Er is advies bij dit deel →</source>
        <translation>Bu bölüm için tavsiye var →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is advies bij dit deel (%1) →</source>
        <translation>Bu bölüm için tavsiye var (%1) →</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Mijn doelen</source>
        <translation>Hedeflerim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onze doelen</source>
        <translation>Hedeflerimiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn afspraken</source>
        <translation>Anlaşmalarım</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onze afspraken</source>
        <translation>Anlaşmalarımız</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ Bewaard</source>
        <translation>✓ Kaydedildi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bezig met bewaren…</source>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <location filename="../../ui/editor/section_sidebar.py" line="+22"/>
        <source>Delen van het plan</source>
        <translation>Planın bölümleri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delen van het plan</source>
        <translation>Pla&amp;nın bölümleri</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../ui/security/security_dialog.py" line="+13"/>
        <source>Beveiliging en reservekopie</source>
        <translation>Güvenlik ve yedek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op slot na</source>
        <translation>Kilitlenme süresi</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n dakika</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ons Plan gaat vanzelf op &amp;slot als niemand het gebruikt na:</source>
        <translation>Kimse kullanmadığında Ons Plan şu &amp;süreden sonra kendiliğinden kilitlenir:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nu op slot &amp;zetten (Ctrl+L)</source>
        <translation>Şimdi ki&amp;litle (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wachtwoord veranderen…</source>
        <translation>Şifreyi &amp;değiştir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe &amp;herstelcode maken…</source>
        <translation>&amp;Yeni kurtarma kodu oluştur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reservekopie &amp;maken…</source>
        <translation>Yedek &amp;al…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>Yedeği &amp;geri yükle…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Op slot</source>
        <translation>Kilitleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op slot ziet niemand uw plannen. U opent ze weer met uw wachtwoord.</source>
        <translation>Kilitliyken kimse planlarınızı göremez. Onları şifrenizle yeniden açarsınız.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wachtwoord en herstelcode</source>
        <translation>Şifre ve kurtarma kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met uw wachtwoord of uw herstelcode opent u uw plannen. Niemand anders kan dat.</source>
        <translation>Planlarınızı şifrenizle veya kurtarma kodunuzla açarsınız. Bunu başka kimse yapamaz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reservekopie</source>
        <translation>Yedek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een reservekopie is één bestand met al uw plannen. Het zit op slot met uw wachtwoord van nu. Bewaar het bijvoorbeeld op een USB-stick. Gaat de laptop kapot of kwijt? Dan zet u de kopie terug op een andere laptop.</source>
        <translation>Yedek, bütün planlarınızı içeren tek bir dosyadır. Yedek, şu anki şifrenizle kilitlidir. Onu örneğin bir USB bellekte saklayın. Laptop bozuldu veya kayboldu mu? O zaman yedeği başka bir laptopa geri yüklersiniz.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ Bewaard.</source>
        <translation>✓ Kaydedildi.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>Reservekopie maken</source>
        <translation>Yedek al</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reservekopie van Ons Plan (*%1)</source>
        <translation>Ons Plan yedeği (*%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bezig met de reservekopie…</source>
        <translation>Yedek hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ De reservekopie is bewaard: %1. Hij opent met uw wachtwoord of herstelcode van nu.</source>
        <translation>✓ Yedek kaydedildi: %1. Yedek, şu anki şifrenizle veya kurtarma kodunuzla açılır.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De reservekopie wordt gemaakt…</source>
        <translation>Yedek alınıyor…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reservekopie terugzetten</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw plannen van nu worden vervangen door die in de reservekopie. Ze worden eerst bewaard in de map backups. Wilt u doorgaan?</source>
        <translation>Şu anki planlarınızın yerine yedekteki planlar gelecek. Şu anki planlarınız önce backups klasörüne kaydedilir. Devam etmek istiyor musunuz?</translation>
    </message>
</context>
<context>
    <name>SessionRole</name>
    <message>
        <location filename="../../ui/common/session_role.py" line="+24"/>
        <source>gezin</source>
        <extracomment>The roles someone can take at the keyboard. The network speaks through the family, so it has no role of its own.</extracomment>
        <translation>aile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netwerk</source>
        <translation>çevre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ondersteuner</source>
        <translation>destekçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional</source>
        <translation>uzman</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gezin</source>
        <translation>Aile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netwerk</source>
        <translation>Çevre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ondersteuner</source>
        <translation>Destekçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Uzman</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Het plan is van u. U schrijft en verandert de tekst, de mensen, de doelen en de afspraken. U geeft antwoord op advies.</source>
        <translation>Plan sizin. Metni, kişileri, hedefleri ve anlaşmaları siz yazar ve değiştirirsiniz. Tavsiyelere siz cevap verirsiniz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Als professional geeft u informatie en advies, op uw naam. Het gezin beslist zelf wat het ermee doet. De tekst van het plan is van het gezin: die kunt u lezen, niet veranderen.</source>
        <translation>Uzman olarak kendi adınıza bilgi ve tavsiye verirsiniz. Bununla ne yapacağına aile kendisi karar verir. Planın metni ailenindir: metni okuyabilirsiniz, ama değiştiremezsiniz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Als ondersteuner helpt u met het proces. De tekst van het plan is van het gezin: die kunt u lezen, niet veranderen.</source>
        <translation>Destekçi olarak sürece yardım edersiniz. Planın metni ailenindir: metni okuyabilirsiniz, ama değiştiremezsiniz.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>U kijkt mee als professional. De tekst is van het gezin: u kunt hem lezen, niet veranderen. Uw advies zet u bij Informatie en advies.</source>
        <translation>Uzman olarak izliyorsunuz. Metin ailenindir: okuyabilirsiniz, ama değiştiremezsiniz. Tavsiyenizi &apos;Bilgi ve tavsiye&apos; bölümüne yazın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>U kijkt mee als %1. De tekst is van het gezin: u kunt hem lezen, niet veranderen.</source>
        <translation>%1 olarak izliyorsunuz. Metin ailenindir: okuyabilirsiniz, ama değiştiremezsiniz.</translation>
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
        <translation>Bu bölümü atlıyorsunuz. Bölüm PDF&apos;ye girmez. Metniniz kaydedilmiş kalır.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../ui/common/speech.py" line="+78"/>
        <source>Deze computer kan nog niet voorlezen: zet een stem aan bij Instellingen, Tijd en taal.</source>
        <extracomment>The engines tried first, in this order; Qt&apos;s test engine (&quot;mock&quot;) never reads to a family. The pace of &quot;rustig&quot;: slower than the voice&apos;s own (-1 is the slowest, 0 the voice&apos;s own). A sentence that has not ended after this long (seconds, plus a little per letter) never will: an engine without sound (speech-dispatcher with no sound card) says it speaks and never says it is done.</extracomment>
        <translation>Bu bilgisayar henüz sesli okuyamıyor: Ayarlar, Saat ve dil bölümünde bir konuşma sesi ekleyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze Mac kan nog niet voorlezen: kies een stem bij Systeeminstellingen, Toegankelijkheid.</source>
        <translation>Bu Mac henüz sesli okuyamıyor: Sistem Ayarları, Erişilebilirlik bölümünde bir ses seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze computer kan nog niet voorlezen: installeer de programma&apos;s speech-dispatcher en espeak-ng.</source>
        <translation>Bu bilgisayar henüz sesli okuyamıyor: speech-dispatcher ve espeak-ng programlarını kurun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het voorlezen lukt niet: de computer geeft geen geluid. Staat het geluid aan?</source>
        <translation>Sesli okuma çalışmıyor: bilgisayardan ses gelmiyor. Bilgisayarın sesi açık mı?</translation>
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
        <translation>Burada kendi planınızı yazarsınız. İçinde ne olacağına siz karar verirsiniz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+  Nieuw &amp;familiegroepsplan</source>
        <translation>+  Y&amp;eni aile planı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+  Nieuw &amp;persoonlijk plan</source>
        <translation>+  Yeni &amp;kişisel plan</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+19"/>
        <source>Wat is het?</source>
        <translation>Bu nedir?</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Een plan van uw familie, voor uw kind of kinderen. U maakt het samen met familie, vrienden en buren. Samen schrijft u op wat er moet gebeuren en wie wat doet.</source>
        <translation>Ailenizin, çocuğunuz veya çocuklarınız için yaptığı bir plan (familiegroepsplan). Planı akrabalar, arkadaşlar ve komşularla birlikte yaparsınız. Neyin olması gerektiğini ve kimin ne yapacağını birlikte yazarsınız.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Een recht, geen plicht</source>
        <translation>Bir hak, zorunluluk değil</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>U mag een familiegroepsplan maken. Het hoeft niet. Dit staat in de Jeugdwet.</source>
        <translation>Bir aile planı yapabilirsiniz. Yapmak zorunda değilsiniz. Bu, Jeugdwet&apos;te (Gençlik Yasası) yazılıdır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie biedt het aan?</source>
        <translation>Bu fırsatı kim sunar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krijgt uw kind jeugdhulp? Of is er jeugdbescherming (een gecertificeerde instelling, GI) bij uw gezin? Dan moeten zij u eerst de kans geven om zelf een plan te maken.</source>
        <translation>Çocuğunuz gençlik yardımı (jeugdhulp) mı alıyor? Ya da ailenizle ilgilenen bir çocuk koruma kurumu (gecertificeerde instelling, GI) mı var? O zaman bu kurumlar size önce kendi planınızı yapma fırsatı vermek zorundadır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U kiest de vorm</source>
        <translation>Şekli siz seçersiniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen verplicht formulier. De vragen hier helpen u op weg. U mag delen overslaan, een andere naam geven of zelf delen toevoegen.</source>
        <translation>Zorunlu bir form yok. Buradaki sorular size yol gösterir. Bölümleri atlayabilir, onlara başka bir ad verebilir veya kendiniz bölüm ekleyebilirsiniz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Wat gebeurt ermee?</source>
        <translation>Plana ne olur?</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Professionals mogen advies geven. U beslist zelf wat u ermee doet. Is er een ondertoezichtstelling? Dan kan de jeugdbeschermer voorwaarden stellen voor de veiligheid. Uw plan moet aan die voorwaarden voldoen.</source>
        <translation>Uzmanlar tavsiye verebilir. Bununla ne yapacağınıza siz karar verirsiniz. Bir gözetim kararı (ondertoezichtstelling) mı var? O zaman çocuk koruma görevlisi güvenlik için şartlar koyabilir. Planınız bu şartları yerine getirmelidir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>U schrijft op hoe het met u gaat en wat u zelf kunt. U schrijft ook wie u helpt en welke hulp volgens u past. Dit staat in de Wmo, de wet voor hulp en zorg van de gemeente.</source>
        <translation>Nasıl olduğunuzu ve neleri kendiniz yapabildiğinizi yazarsınız. Size kimin yardım ettiğini ve size göre hangi yardımın uygun olduğunu da yazarsınız. Bu, Wmo&apos;da yazılıdır: belediyenin yardım ve bakım yasası.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U mag een persoonlijk plan maken. Het hoeft niet.</source>
        <translation>Bir kişisel plan (persoonlijk plan) yapabilirsiniz. Yapmak zorunda değilsiniz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binnen 7 dagen</source>
        <translation>7 gün içinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerst meldt u zich bij de gemeente voor hulp. Dat heet een melding. Daarna heeft u 7 dagen om uw plan te geven. Is het later klaar? U mag het dan nog steeds geven.</source>
        <translation>Önce belediyeye yardım için başvurursunuz. Buna bildirim (melding) denir. Sonra planınızı vermek için 7 gününüz var. Plan daha geç mi hazır oldu? O zaman da yine verebilirsiniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gemeente gebruikt uw plan in haar onderzoek. Dat onderzoek duurt hoogstens 6 weken. Daarna vraagt u de hulp aan. De gemeente beslist binnen 2 weken na die aanvraag. Uw plan telt mee, maar de gemeente beslist.</source>
        <translation>Belediye planınızı kendi incelemesinde kullanır. Bu inceleme en fazla 6 hafta sürer. Sonra yardım için başvuru (aanvraag) yaparsınız. Belediye bu başvurudan sonra 2 hafta içinde karar verir. Planınız dikkate alınır, ama kararı belediye verir.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../../wijkteam/template_words.py" line="+14"/>
        <source>Familiegroepsplan</source>
        <translation>Aile planı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons familiegroepsplan</source>
        <translation>Aile planımız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een familiegroepsplan maakt u zelf, met uw familie en mensen om u heen. U schrijft op wat er speelt, wat u wilt bereiken en wie wat doet. Het is uw recht, geen plicht.</source>
        <translation>Aile planını (familiegroepsplan) kendiniz, ailenizle ve çevrenizdeki insanlarla birlikte yaparsınız. Neler olup bittiğini, neyi başarmak istediğinizi ve kimin ne yapacağını yazarsınız. Bu sizin hakkınızdır, zorunluluk değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie deden mee</source>
        <translation>Kimler katıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hebben samen dit plan gemaakt?</source>
        <translation>Bu planı kimler birlikte yaptı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf de namen op van iedereen die meedacht. Ook wie er niet bij kon zijn, maar wel iets liet weten.</source>
        <translation>Fikir veren herkesin adını yazın. Gelemeyen ama bir şey ileten kişileri de yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mama Sanne, papa Kemal, oma Ria, buurvrouw Fatima en Jesse (14).</source>
        <translation>Anne Sanne, baba Kemal, babaanne Ria, komşu Fatima ve Jesse (14).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze hoofdvraag</source>
        <translation>Ana sorumuz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat willen we samen bereiken? Schrijf het op als een vraag.</source>
        <translation>Birlikte neyi başarmak istiyoruz? Bunu bir soru olarak yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een goede hoofdvraag kijkt vooruit. Hij begint vaak met &apos;Hoe zorgen we dat ...&apos;.</source>
        <translation>İyi bir ana soru ileriye bakar. Çoğu zaman şöyle biter: &apos;... için ne yapabiliriz?&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe zorgen we dat het thuis weer fijn wordt en Jesse graag naar school gaat?</source>
        <translation>Evde her şeyin yeniden güzel olması ve Jesse&apos;nin okula isteyerek gitmesi için ne yapabiliriz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze situatie</source>
        <translation>Durumumuz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe gaat het nu thuis? Vertel het in uw eigen woorden.</source>
        <translation>Evde şu an işler nasıl? Kendi sözlerinizle anlatın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is geen goed of fout antwoord. Schrijf op wat u belangrijk vindt dat anderen weten.</source>
        <translation>Doğru ya da yanlış cevap yok. Başkalarının bilmesini önemli bulduğunuz şeyleri yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We wonen met z&apos;n vieren in een flat. Sinds papa zijn werk kwijt is, is er veel spanning.</source>
        <translation>Dört kişi bir apartman dairesinde oturuyoruz. Baba işini kaybettiğinden beri evde çok gerginlik var.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze zorgen</source>
        <translation>Endişelerimiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waar maken wij ons zorgen over?</source>
        <translation>Neler için endişeleniyoruz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit zijn uw eigen zorgen. Zorgen van hulpverleners staan apart, achter in het plan.</source>
        <translation>Bunlar sizin kendi endişeleriniz. Uzmanların endişeleri ayrı olarak, planın sonunda yer alır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We maken ons zorgen omdat Jesse vaak niet naar school gaat.</source>
        <translation>Jesse sık sık okula gitmediği için endişeleniyoruz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat goed</source>
        <translation>İyi giden şeyler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat gaat er goed? Waar zijn we trots op?</source>
        <translation>Neler iyi gidiyor? Neyle gurur duyuyoruz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kijk ook naar kleine dingen. Wat helpt nu al?</source>
        <translation>Küçük şeylere de bakın. Şimdiden ne işe yarıyor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We eten elke avond samen. Oma komt elke zondag.</source>
        <translation>Her akşam birlikte yemek yiyoruz. Babaanne her pazar geliyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat de kinderen zeggen</source>
        <translation>Çocukların söyledikleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat vinden de kinderen? Wat willen zij?</source>
        <translation>Çocuklar ne düşünüyor? Ne istiyorlar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op wat de kinderen zelf zeggen, zo veel mogelijk in hun eigen woorden. Een tekening kan ook.</source>
        <translation>Çocukların kendi söylediklerini, mümkün olduğunca kendi sözleriyle yazın. Bir resim de olabilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jesse: &apos;Ik wil dat er minder ruzie is. En ik wil op voetbal.&apos;</source>
        <translation>Jesse: &apos;Daha az kavga olsun istiyorum. Bir de futbola gitmek istiyorum.&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat willen we bereiken</source>
        <translation>Neyi başarmak istiyoruz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet er over een paar maanden anders zijn?</source>
        <translation>Birkaç ay sonra ne farklı olmalı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf elk doel apart op. Maak het zo concreet mogelijk.</source>
        <translation>Her hedefi ayrı yazın. Olabildiğince açık ve net yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jesse gaat elke dag naar school.</source>
        <translation>Jesse her gün okula gidiyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onze afspraken</source>
        <translation>Anlaşmalarımız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie doet wat, en wanneer? Hoe weten we dat het lukt?</source>
        <translation>Kim neyi ne zaman yapacak? Başarılı olduğunu nasıl anlarız?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf bij elke afspraak op: wat gaan we doen, wie doet het en wanneer? Hoe zien we dat het lukt, en wie checkt het?</source>
        <translation>Her anlaşma için şunları yazın: Ne yapacağız, kim yapacak ve ne zaman? Başarılı olduğunu nasıl göreceğiz ve bunu kim kontrol edecek?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oma brengt Jesse op maandag en woensdag naar school. Mama belt de mentor elke vrijdag.</source>
        <translation>Babaanne Jesse&apos;yi pazartesi ve çarşamba günleri okula götürür. Anne her cuma rehber öğretmeni arar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veiligheidsafspraken</source>
        <translation>Güvenlik anlaşmaları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat spreken we af zodat iedereen veilig is?</source>
        <translation>Herkesin güvende olması için neler üzerinde anlaşıyoruz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heeft een hulpverlener voorwaarden voor de veiligheid gesteld? Die staan apart in het plan, met wie ze stelde. Hier schrijft u wat u zelf afspreekt.</source>
        <translation>Bir uzman güvenlik için şartlar koydu mu? Bu şartlar, kimin koyduğuyla birlikte planda ayrı yer alır. Buraya kendi aranızda anlaştıklarınızı yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als de ruzie te hoog oploopt, gaan de kinderen naar oma. Oma is altijd bereikbaar.</source>
        <translation>Kavga çok büyürse çocuklar babaanneye gider. Babaanneye her zaman ulaşılabilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons netwerk</source>
        <translation>Çevremiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie staan er om ons heen? Wie kan helpen?</source>
        <translation>Çevremizde kimler var? Kim yardım edebilir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk aan familie, vrienden, buren, school en werk. Wie staat dichtbij? Wie kan iets doen?</source>
        <translation>Akrabaları, arkadaşları, komşuları, okulu ve işi düşünün. Kim size yakın? Kim bir şey yapabilir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oma Ria (dichtbij), buurvrouw Fatima, trainer van de voetbalclub.</source>
        <translation>Babaanne Ria (yakın), komşu Fatima, futbol kulübünün antrenörü.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp die we vragen</source>
        <translation>İstediğimiz yardım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp vragen we, en aan wie?</source>
        <translation>Hangi yardımı, kimden istiyoruz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp van mensen om u heen, van de gemeente of van hulpverleners.</source>
        <translation>Çevrenizdeki insanlardan, belediyeden veya uzmanlardan yardım.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We vragen het wijkteam om hulp bij de schulden.</source>
        <translation>Borçlar için mahalle ekibinden (wijkteam) yardım istiyoruz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als het anders loopt</source>
        <translation>İşler farklı giderse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat doen we als het niet lukt zoals we willen?</source>
        <translation>İstediğimiz gibi olmazsa ne yaparız?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is plan B. Wie bellen we? Wat doen we dan?</source>
        <translation>Bu, plan B. Kimi ararız? O zaman ne yaparız?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als Jesse twee dagen niet naar school gaat, bellen we samen de mentor.</source>
        <translation>Jesse iki gün okula gitmezse, rehber öğretmeni birlikte ararız.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie houdt het plan in de gaten</source>
        <translation>Planı kim takip ediyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie let erop dat we doen wat we afspraken?</source>
        <translation>Anlaştığımız şeyleri yapıp yapmadığımıza kim dikkat ediyor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies iemand die het gezin goed kent. Die vraagt af en toe hoe het gaat.</source>
        <translation>Aileyi iyi tanıyan birini seçin. Bu kişi arada bir işlerin nasıl gittiğini sorar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oom Dennis belt elke twee weken om te horen hoe het gaat.</source>
        <translation>Dennis amca, işlerin nasıl gittiğini öğrenmek için iki haftada bir arıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluatie</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanneer kijken we samen hoe het gaat?</source>
        <translation>İşlerin nasıl gittiğine birlikte ne zaman bakacağız?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreek een datum af, bijvoorbeeld na vier weken en na drie maanden.</source>
        <translation>Bir tarih belirleyin, örneğin dört hafta sonra ve üç ay sonra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op 15 maart komen we weer samen bij oma.</source>
        <translation>15 Mart&apos;ta babaannenin evinde yeniden bir araya geliyoruz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekeningen</source>
        <translation>İmzalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie zetten hun handtekening onder dit plan?</source>
        <translation>Bu planı kimler imzalıyor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iedereen die iets belooft, zet een handtekening. Zo weet iedereen wat er is afgesproken.</source>
        <translation>Bir şey için söz veren herkes imza atar. Böylece herkes neyin kararlaştırıldığını bilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mama Sanne, papa Kemal, oma Ria.</source>
        <translation>Anne Sanne, baba Kemal, babaanne Ria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persoonlijk plan</source>
        <translation>Kişisel plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn persoonlijk plan</source>
        <translation>Kişisel planım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een persoonlijk plan vertelt u de gemeente zelf wat er speelt. U zegt ook welke hulp bij u past. U mag het maken binnen 7 dagen na uw melding. De gemeente gebruikt het in haar onderzoek. De gemeente beslist daarna over de hulp.</source>
        <translation>Kişisel planla (persoonlijk plan) belediyeye durumunuzu kendiniz anlatırsınız. Size hangi yardımın uygun olduğunu da söylersiniz. Planı bildiriminizden (melding) sonraki 7 gün içinde yapabilirsiniz. Belediye planı kendi incelemesinde kullanır. Yardım konusunda kararı sonra belediye verir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat ik nodig heb en wat ik belangrijk vind</source>
        <translation>neye ihtiyacım var ve neyi önemli buluyorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat ik zelf kan, en wat mijn huisgenoten doen</source>
        <translation>kendim neler yapabiliyorum, evde benimle yaşayanlar neler yapıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat mijn mantelzorgers en netwerk doen</source>
        <translation>bakım veren yakınlarım ve çevrem neler yapıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat mijn mantelzorger nodig heeft</source>
        <translation>bakım veren yakınımın neye ihtiyacı var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hulp in de buurt en vrijwilligerswerk</source>
        <translation>mahalledeki yardım ve gönüllü çalışma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere hulp en instanties</source>
        <translation>diğer yardım ve kurumlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eigen bijdrage</source>
        <translation>katkı payı (eigen bijdrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over mij</source>
        <translation>Hakkımda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie bent u? Vertel kort iets over uzelf.</source>
        <translation>Siz kimsiniz? Kendinizi kısaca anlatın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld uw leeftijd, met wie u woont en wat u graag doet. Schrijf ook de datum van uw melding op.</source>
        <translation>Örneğin yaşınızı, kiminle yaşadığınızı ve neleri yapmayı sevdiğinizi. Bildiriminizin (melding) tarihini de yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik ben Wim, 78 jaar. Ik woon alleen in Zwolle. Ik deed mijn melding op 3 november.</source>
        <translation>Ben Wim, 78 yaşındayım. Zwolle&apos;de yalnız yaşıyorum. Bildirimimi 3 Kasım&apos;da yaptım.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn situatie</source>
        <translation>Durumum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe gaat het nu? Wat heeft u nodig, en wat vindt u belangrijk?</source>
        <translation>Şu an nasılsınız? Neye ihtiyacınız var ve neyi önemli buluyorsunuz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op waar u tegenaan loopt in het dagelijks leven. En wat u belangrijk vindt.</source>
        <translation>Günlük hayatta hangi zorluklarla karşılaştığınızı yazın. Neyi önemli bulduğunuzu da yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinds mijn val kan ik niet meer goed lopen. Ik wil graag zelf blijven koken.</source>
        <translation>Düştüğümden beri iyi yürüyemiyorum. Yemeğimi kendim yapmaya devam etmek istiyorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wil ik bereiken</source>
        <translation>Neyi başarmak istiyorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat wilt u dat er anders wordt?</source>
        <translation>Neyin değişmesini istiyorsunuz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf elk doel apart op.</source>
        <translation>Her hedefi ayrı yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil weer zelf boodschappen doen.</source>
        <translation>Alışverişimi yeniden kendim yapmak istiyorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat kan ik zelf</source>
        <translation>Kendim neler yapabilirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat kunt u zelf doen? Wat doen uw huisgenoten?</source>
        <translation>Kendiniz neler yapabilirsiniz? Evde sizinle yaşayanlar neler yapıyor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk ook aan hulpmiddelen die u zelf kunt regelen.</source>
        <translation>Kendiniz temin edebileceğiniz yardımcı araçları da düşünün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik kan mezelf aankleden. Mijn kleinzoon woont bij mij en doet de was.</source>
        <translation>Kendi kendime giyinebiliyorum. Torunum benimle yaşıyor ve çamaşırları yıkıyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn mantelzorgers en netwerk</source>
        <translation>Bakım veren yakınlarım ve çevrem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie helpt u al? Wat doen zij?</source>
        <translation>Size şimdiden kim yardım ediyor? Neler yapıyorlar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een mantelzorger is iemand uit uw omgeving die u helpt. Hij of zij krijgt daar geen geld voor.</source>
        <translation>Bakım veren yakın (mantelzorger), çevrenizden size yardım eden kişidir. Bu kişi bunun için para almaz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn dochter Anja doet elke zaterdag boodschappen. De buurman brengt de krant.</source>
        <translation>Kızım Anja her cumartesi alışveriş yapıyor. Komşum gazeteyi getiriyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat mijn mantelzorger nodig heeft</source>
        <translation>Bakım veren yakınımın ihtiyaçları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat heeft uw mantelzorger nodig om het vol te houden?</source>
        <translation>Bakım veren yakınınızın buna dayanabilmesi için neye ihtiyacı var?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ook een mantelzorger kan hulp krijgen, bijvoorbeeld even vrij.</source>
        <translation>Bakım veren yakın da yardım alabilir, örneğin biraz dinlenme zamanı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anja werkt fulltime. Ze wil graag een keer per maand een weekend vrij.</source>
        <translation>Anja tam gün çalışıyor. Ayda bir hafta sonu izin yapmak istiyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp in de buurt</source>
        <translation>Mahalledeki yardım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp in de buurt kunt u gebruiken? Doet u vrijwilligerswerk, of wilt u dat?</source>
        <translation>Mahallede hangi yardımlardan yararlanabilirsiniz? Gönüllü çalışıyor musunuz, veya çalışmak ister misiniz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denk aan een buurthuis, een eetpunt, een maatje of een klussendienst.</source>
        <translation>Örneğin bir mahalle evi (buurthuis), birlikte yemek yenen bir yer (eetpunt), size eşlik eden bir gönüllü (maatje) veya küçük tamir işleri yapan bir hizmet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil op dinsdag naar het eetpunt in het buurthuis.</source>
        <translation>Salı günleri mahalle evindeki yemeğe gitmek istiyorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere hulp en instanties</source>
        <translation>Diğer yardım ve kurumlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krijgt u al hulp van andere instanties?</source>
        <translation>Başka kurumlardan zaten yardım alıyor musunuz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld van de zorgverzekeraar, de huisarts, school, werk, of hulp bij inkomen en wonen.</source>
        <translation>Örneğin sağlık sigortanızdan, ev doktorunuzdan, okuldan, işten veya gelir ve konut konusunda yardım.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik krijg fysiotherapie via de zorgverzekering.</source>
        <translation>Sağlık sigortası üzerinden fizyoterapi alıyorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen bijdrage</source>
        <translation>Katkı payı (eigen bijdrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat weet u over de eigen bijdrage? Heeft u vragen?</source>
        <translation>Katkı payı hakkında ne biliyorsunuz? Sorularınız var mı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voor veel hulp van de gemeente betaalt u een eigen bijdrage. Het CAK rekent uit hoeveel.</source>
        <translation>Belediyeden gelen birçok yardım için bir katkı payı ödersiniz. Ne kadar ödeyeceğinizi CAK hesaplar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik wil weten hoeveel ik per maand moet betalen.</source>
        <translation>Ayda ne kadar ödemem gerektiğini bilmek istiyorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp past bij mij</source>
        <translation>Bana hangi yardım uygun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp past volgens u het best? En waarom?</source>
        <translation>Size göre en uygun yardım hangisi? Neden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U mag zeggen wat u zelf denkt dat goed werkt. De gemeente beslist, maar moet uw plan meenemen.</source>
        <translation>Size göre neyin iyi işe yarayacağını söyleyebilirsiniz. Kararı belediye verir, ama planınızı dikkate almak zorundadır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een scootmobiel. Dan kan ik zelf naar de winkel en naar mijn vrienden.</source>
        <translation>Bir akülü araç (scootmobiel). O zaman dükkâna ve arkadaşlarıma kendim gidebilirim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat verwacht ik van de hulp</source>
        <translation>Yardımdan ne bekliyorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet de hulp voor u veranderen? Hoe merkt u dat het beter gaat?</source>
        <translation>Yardım sizin için neyi değiştirmeli? İşlerin daha iyi gittiğini nasıl anlarsınız?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrijf op wat er anders is als de hulp goed werkt. Denk aan gewone dingen van elke dag.</source>
        <translation>Yardım iyi işe yaradığında neyin farklı olacağını yazın. Her günkü sıradan işleri düşünün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik kan weer zelf naar de winkel. Dat merk ik als ik twee keer per week boodschappen doe.</source>
        <translation>Yeniden kendim dükkâna gidebiliyorum. Bunu, haftada iki kez alışveriş yaptığımda anlıyorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorgverleners en aanbieders</source>
        <translation>Bakım çalışanları ve hizmet sağlayıcılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke zorgverleners of aanbieders kent u al? Bij wie wilt u graag hulp, en waarom?</source>
        <translation>Hangi bakım çalışanlarını veya hizmet sağlayıcıları zaten tanıyorsunuz? Kimden yardım almak istersiniz, neden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een aanbieder is een organisatie die hulp of zorg geeft. U mag zeggen wie u kent en wie u liever niet wilt.</source>
        <translation>Hizmet sağlayıcı, yardım veya bakım veren bir kurumdur. Kimi tanıdığınızı ve kimi tercih etmediğinizi söyleyebilirsiniz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ik ken de thuiszorg van Carinova. Daar werkt Petra, die ken ik goed. Bij haar voel ik me op mijn gemak.</source>
        <translation>Carinova&apos;nın evde bakım hizmetini tanıyorum. Orada Petra çalışıyor, onu iyi tanıyorum. Onun yanında kendimi rahat hissediyorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura of pgb</source>
        <translation>Zorg in natura veya pgb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u zorg in natura of een pgb? Waarom?</source>
        <translation>Zorg in natura mı, pgb mi istiyorsunuz? Neden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura: de gemeente regelt de hulp. Pgb (persoonsgebonden budget): u krijgt geld en regelt de hulp zelf.</source>
        <translation>Zorg in natura: yardımı belediye ayarlar. Pgb (persoonsgebonden budget, kişisel bütçe): size para verilir ve yardımı kendiniz ayarlarsınız.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg in natura. Ik wil zelf geen administratie doen.</source>
        <translation>Zorg in natura. Evrak işleriyle kendim uğraşmak istemiyorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen als u een pgb wilt.</source>
        <translation>Sadece pgb istiyorsanız.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als ik een pgb wil</source>
        <translation>Pgb istersem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom wilt u een pgb? Wie gaat de zorg geven? Wie helpt u met het budget?</source>
        <translation>Neden pgb istiyorsunuz? Bakımı kim verecek? Bütçe konusunda size kim yardım edecek?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een pgb regelt u de zorg zelf. De gemeente vraagt dan waarom u dat wilt. Ze vraagt ook wie de zorg geeft. En wie u helpt met de administratie. Dat heet budgetbeheer.</source>
        <translation>Pgb (persoonsgebonden budget, kişisel bütçe) ile bakımı kendiniz ayarlarsınız. O zaman belediye bunu neden istediğinizi sorar. Bakımı kimin vereceğini de sorar. Evrak işlerinde size kimin yardım edeceğini de sorar. Buna bütçe yönetimi (budgetbeheer) denir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met een pgb kies ik zelf wie er komt. Mijn buurvrouw Els is verzorgende, zij geeft de zorg. Mijn zoon Peter helpt met het budget.</source>
        <translation>Pgb ile kimin geleceğini kendim seçiyorum. Komşum Els bakıcı, bakımı o veriyor. Oğlum Peter bütçe konusunda yardım ediyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hielp mij</source>
        <translation>Bana kim yardım etti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie hielp u bij het maken van dit plan?</source>
        <translation>Bu planı yaparken size kim yardım etti?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bijvoorbeeld een familielid, een vriend of een ervaringsdeskundige.</source>
        <translation>Örneğin bir akraba, bir arkadaş veya benzer şeyleri yaşamış bir deneyim uzmanı (ervaringsdeskundige).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mijn dochter Anja en Marieke van de cliëntondersteuning.</source>
        <translation>Kızım Anja ve danışan desteğinden (cliëntondersteuning) Marieke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handtekening en datum</source>
        <translation>İmza ve tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klopt het plan? Dan zet u hier uw handtekening.</source>
        <translation>Plan doğru mu? O zaman buraya imzanızı atın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zet de datum erbij. Daarna geeft u het plan aan de gemeente.</source>
        <translation>Tarihi de yazın. Sonra planı belediyeye verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wim de Vries, 10 november.</source>
        <translation>Wim de Vries, 10 Kasım.</translation>
    </message>
</context>
<context>
    <name>TermCounts</name>
    <message numerus="yes">
        <location filename="../../ui/common/term_wording.py" line="+20"/>
        <source>Nog %n dagen tot de afgesproken datum voor uw plan (%1).</source>
        <translation>
            <numerusform>Planınız için kararlaştırılan tarihe %n gün kaldı (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermWording</name>
    <message>
        <location line="+10"/>
        <source>U mag als familie zelf een plan maken: een familiegroepsplan. Dat staat in de Jeugdwet, artikel 4.1.2. De jeugdhulpaanbieder of de gecertificeerde instelling moet u die kans eerst geven. U krijgt daar redelijk de tijd voor. Spreek samen een datum af. Is die datum voorbij? Dan mag u het plan nog steeds maken. Het is uw recht, geen plicht.</source>
        <translation>Aile olarak kendi planınızı yapabilirsiniz: bir aile planı (familiegroepsplan). Bu, Jeugdwet&apos;te (Gençlik Yasası) yazılıdır: madde 4.1.2. Gençlik yardımı veren kurum (jeugdhulpaanbieder) veya çocuk koruma kurumu (gecertificeerde instelling) size önce bu fırsatı vermek zorundadır. Bunun için size makul bir süre verilir. Birlikte bir tarih belirleyin. Bu tarih geçti mi? O zaman da planı yine yapabilirsiniz. Bu sizin hakkınızdır, zorunluluk değil.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vandaag is de afgesproken datum voor uw plan. U mag het ook later nog maken.</source>
        <translation>Bugün, planınız için kararlaştırılan tarih. Planı daha sonra da yapabilirsiniz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De afgesproken datum is voorbij. U mag het plan nog steeds maken.</source>
        <translation>Kararlaştırılan tarih geçti. Planı yine de yapabilirsiniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U kreeg op %1 het aanbod om zelf een plan te maken. Er is nog geen datum afgesproken.</source>
        <translation>%1 tarihinde size kendi planınızı yapma teklifi yapıldı. Henüz bir tarih kararlaştırılmadı.</translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <location filename="../../ui/editor/section_actions.py" line="-293"/>
        <source>Geef het deel een naam. Een paar woorden is genoeg.</source>
        <extracomment>The longest name a part may have; the service refuses longer ones.</extracomment>
        <translation>Bölüme bir ad verin. Birkaç kelime yeter.</translation>
    </message>
</context>
<context>
    <name>TogetherActions</name>
    <message>
        <location filename="../../ui/together/together_actions.py" line="+61"/>
        <source>&amp;Procesgids…</source>
        <translation>&amp;Süreç rehberi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eigen tijd…</source>
        <translation>Özel &amp;zaman…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versies en instemming…</source>
        <translation>Sürümler ve &amp;onay…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advies&amp;bestand inlezen…</source>
        <translation>Tavsiye &amp;dosyasını aç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voeg advies toe dat een professional u als bestand gaf.</source>
        <translation>Bir uzmanın size dosya olarak verdiği tavsiyeyi ekleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda opslaan (.ics)…</source>
        <translation>T&amp;akvim olarak kaydet (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat moet &amp;nu gebeuren?</source>
        <translation>Şimdi ne &amp;yapılmalı?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kies eerst een plan in de lijst, of open een plan.</source>
        <translation>Önce listeden bir plan seçin veya bir plan açın.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/start/plan_table_view.py" line="+206"/>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het plan terugzetten (Ctrl+Z)</source>
        <translation>Planı geri getirin (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze melding sluiten</source>
        <translation>Bu mesajı kapat</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ui/editor/undo_commands.py" line="+106"/>
        <source>Naam veranderen in &apos;%1&apos;</source>
        <translation>Adı &apos;%1&apos; olarak değiştirme</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; overslaan</source>
        <translation>&apos;%1&apos; bölümünü atlama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; toch gebruiken</source>
        <translation>&apos;%1&apos; bölümünü yine de kullanma</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; klaar</source>
        <translation>&apos;%1&apos; bitti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; niet meer klaar</source>
        <translation>&apos;%1&apos; artık bitmiş değil</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; omhoog</source>
        <translation>&apos;%1&apos; yukarı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; omlaag</source>
        <translation>&apos;%1&apos; aşağı</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Eigen deel &apos;%1&apos; toevoegen</source>
        <translation>&apos;%1&apos; adlı bölümü ekleme</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; weghalen</source>
        <translation>&apos;%1&apos; bölümünü kaldırma</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Typen in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; bölümüne yazma</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="+100"/>
        <location line="+63"/>
        <source>Welkom terug</source>
        <translation>Tekrar hoş geldiniz</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Uw plannen zijn op slot. Typ uw wachtwoord om ze te openen.</source>
        <translation>Planlarınız kilitli. Açmak için şifrenizi yazın.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+116"/>
        <source>&amp;Wachtwoord</source>
        <translation>Şif&amp;re</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;Laat zien wat ik typ</source>
        <translation>Yazdığımı &amp;göster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Openen</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wachtwoord &amp;vergeten?</source>
        <translation>Şifrenizi mi &amp;unuttunuz?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typ dan uw herstelcode in het vak hierboven. Die staat op het papier dat u bewaarde toen u het wachtwoord koos. Streepjes en kleine letters mogen. Daarna kunt u een nieuw wachtwoord kiezen in het menu Plan, onder Beveiliging.</source>
        <translation>O zaman kurtarma kodunuzu yukarıdaki kutuya yazın. Kod, şifreyi seçtiğiniz zaman sakladığınız kâğıtta yazıyor. Tire ve küçük harf kullanabilirsiniz. Sonra Plan menüsünde, Güvenlik altında yeni bir şifre seçebilirsiniz.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ons Plan is op slot</source>
        <translation>Ons Plan kilitli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niemand kan nu uw plannen zien. Typ uw wachtwoord om verder te gaan.</source>
        <translation>Şu anda kimse planlarınızı göremez. Devam etmek için şifrenizi yazın.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Even geduld: uw plannen worden geopend…</source>
        <translation>Lütfen bekleyin: planlarınız açılıyor…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>U heeft een paar keer een verkeerd wachtwoord getypt. Probeer het over %1 seconden opnieuw.</source>
        <translation>Birkaç kez yanlış şifre yazdınız. %1 saniye sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>U kunt het nu opnieuw proberen.</source>
        <translation>Şimdi tekrar deneyebilirsiniz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Wachtwoord of herstelcode</source>
        <translation>Şif&amp;re veya kurtarma kodu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Typ eerst uw wachtwoord.</source>
        <translation>Önce şifrenizi yazın.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../ui/security/vault_controller.py" line="+39"/>
        <source>Op slot</source>
        <translation>Kilitleme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Op &amp;slot zetten</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Uw plannen kunnen niet worden geopend</source>
        <translation>Planlarınız açılamıyor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De sleutel van uw plannen ontbreekt</source>
        <translation>Planlarınızın anahtarı eksik</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+75"/>
        <source>Even geduld: uw plannen worden op slot gezet…</source>
        <translation>Lütfen bekleyin: planlarınız kilitleniyor…</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Even geduld: de oude kopieën in de map backups gaan ook op slot…</source>
        <translation>Lütfen bekleyin: backups klasöründeki eski kopyalar da kilitleniyor…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Even geduld: Ons Plan maakt alles klaar…</source>
        <translation>Lütfen bekleyin: Ons Plan her şeyi hazırlıyor…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+40"/>
        <source>Reservekopie terugzetten</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Reservekopie van Ons Plan (*%1)</source>
        <translation>Ons Plan yedeği (*%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wachtwoord van de reservekopie</source>
        <translation>Yedeğin şifresi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ het wachtwoord van toen u de reservekopie maakte. Of typ de herstelcode van toen.</source>
        <translation>Yedeği aldığınız zamanki şifreyi yazın. Ya da o zamanki kurtarma kodunu yazın.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>De reservekopie is teruggezet. Uw plannen zijn weer open.</source>
        <translation>Yedek geri yüklendi. Planlarınız yeniden açık.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De reservekopie wordt teruggezet…</source>
        <translation>Yedek geri yükleniyor…</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <location filename="../../ui/together/versions_dialog.py" line="+87"/>
        <source>Versie</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vastgesteld op</source>
        <translation>Kesinleşme tarihi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Akkoord</source>
        <translation>Onay</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versie %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nog niemand</source>
        <translation>henüz kimse</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mensen</source>
        <translation>
            <numerusform>%n kişi</numerusform>
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
        <translation>Sürümler ve onay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vaststellen betekent: u legt het plan vast zoals het nu is, met de datum van vandaag. Daarna vinkt u aan wie het ermee eens is. U kunt het plan later nog veranderen. Dan stelt u het opnieuw vast, en zo krijgt u een nieuwe versie.</source>
        <translation>Kesinleştirmek şu demek: planı şu anki haliyle, bugünün tarihiyle kaydedersiniz. Sonra planı kimlerin onayladığını işaretlersiniz. Planı sonra yine değiştirebilirsiniz. O zaman planı yeniden kesinleştirirsiniz, böylece yeni bir sürüm olur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan &amp;vaststellen…</source>
        <translation>Planı &amp;kesinleştir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleen het gezin kan het plan vaststellen en aanvinken wie akkoord is.</source>
        <translation>Planı sadece aile kesinleştirebilir ve kimin onayladığını işaretleyebilir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Versies van het plan</source>
        <translation>Planın sürümleri</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Versies</source>
        <translation>Sürümler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is nog geen versie.</source>
        <translation>Henüz sürüm yok.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Wat is er veranderd sinds de laatste versie?</source>
        <translation>Son sürümden bu yana ne değişti?</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Plan vaststellen</source>
        <translation>Planı kesinleştir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilt u het plan nu vaststellen als versie %1?</source>
        <translation>Planı şimdi sürüm %1 olarak kesinleştirmek istiyor musunuz?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ons Plan bewaart het plan zoals het nu is, met de datum van vandaag. Daarna vinkt u aan wie het ermee eens is.

U kunt het plan daarna nog steeds veranderen. Dan is het weer een concept, tot u het opnieuw vaststelt.</source>
        <translation>Ons Plan, planı şu anki haliyle, bugünün tarihiyle kaydeder. Sonra planı kimlerin onayladığını işaretlersiniz.

Planı bundan sonra da değiştirebilirsiniz. O zaman plan, siz yeniden kesinleştirene kadar yine taslak olur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ja, vaststellen</source>
        <translation>&amp;Evet, kesinleştir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nee, nog niet</source>
        <translation>&amp;Hayır, henüz değil</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dit plan is nog niet vastgesteld. Het is een concept.</source>
        <translation>Bu plan henüz kesinleşmedi. Plan bir taslak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit plan is afgesloten. De laatste versie is versie %1.</source>
        <translation>Bu plan kapandı. Son sürüm: sürüm %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het plan is veranderd sinds versie %1. Het is weer een concept.</source>
        <translation>Plan, sürüm %1 sonrasında değişti. Plan yine bir taslak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit plan is vastgesteld: versie %1 van %2.</source>
        <translation>Bu plan kesinleşti: sürüm %1, tarih: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Er is nog geen versie. Als u het plan vaststelt, ziet u hier later wat er is veranderd.</source>
        <translation>Henüz sürüm yok. Planı kesinleştirdiğinizde, sonradan nelerin değiştiğini burada görürsünüz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niets. Het plan is hetzelfde als versie %1.</source>
        <translation>Hiçbir şey. Plan, sürüm %1 ile aynı.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wie is akkoord?</source>
        <translation>Kim onaylıyor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stel eerst het plan vast. Daarna vinkt u hier aan wie akkoord is.</source>
        <translation>Önce planı kesinleştirin. Sonra burada kimin onayladığını işaretlersiniz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wie is akkoord met versie %1?</source>
        <translation>Sürüm %1 için kim onay veriyor?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraag iedereen die meedoet of hij het eens is met wat over hem gaat. Vink dan zijn naam aan.</source>
        <translation>Katılan herkese, kendisiyle ilgili yazılanları kabul edip etmediğini sorun. Sonra o kişinin adını işaretleyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit is een oude versie. Akkoord geven kan alleen bij de nieuwste versie.</source>
        <translation>Bu eski bir sürüm. Onay sadece en yeni sürüme verilebilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het gezin vinkt aan wie akkoord is.</source>
        <translation>Kimin onayladığını aile işaretler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Er staat nog niemand van het gezin of het netwerk in het plan.</source>
        <translation>Planda henüz aileden veya çevreden kimse yok.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 – akkoord op %2</source>
        <translation>%1 – onay tarihi: %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../wijkteam/vocabulary.py" line="+25"/>
        <source>Familiegroepsplan</source>
        <translation>Aile planı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persoonlijk plan</source>
        <translation>Kişisel plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastgesteld</source>
        <translation>Kesinleşti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesloten</source>
        <translation>Kapandı</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Gezin</source>
        <translation>Aile</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Netwerk</source>
        <translation>Çevre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ondersteuner</source>
        <translation>Destekçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Uzman</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Familie</source>
        <translation>Akrabalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vrienden en buren</source>
        <translation>Arkadaşlar ve komşular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School en werk</source>
        <translation>Okul ve iş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals</source>
        <translation>Uzmanlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anderen</source>
        <extracomment>For a person without a sector, in a list grouped by sector.</extracomment>
        <translation>Diğerleri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heel dichtbij</source>
        <translation>Çok yakın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dichtbij</source>
        <translation>Yakın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat verder weg</source>
        <translation>Biraz daha uzak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Praktisch</source>
        <extracomment>The four kinds of support of the network map, by their stored value.</extracomment>
        <translation>Pratik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gezelschap</source>
        <translation>Arkadaşlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Advies</source>
        <translation>Tavsiye</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Emotioneel</source>
        <translation>Duygusal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog niet begonnen</source>
        <translation>Henüz başlamadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezig</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gedaan</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anders gelopen</source>
        <translation>Farklı gitti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informatie</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorwaarde</source>
        <translation>Şart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>de informatie</source>
        <extracomment>&quot;de informatie van …&quot;, &quot;het advies van …&quot;, &quot;de voorwaarde van …&quot;: the kind inside a sentence, with its article.</extracomment>
        <translation>bilgi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>het advies</source>
        <translation>tavsiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de voorwaarde</source>
        <translation>şart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog niet beantwoord</source>
        <translation>Henüz cevaplanmadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overgenomen</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deels overgenomen</source>
        <translation>Kısmen kabul edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet overgenomen</source>
        <translation>Kabul edilmedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog leeg</source>
        <translation>Henüz boş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begonnen</source>
        <translation>Başlandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaar</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan inleveren</source>
        <extracomment>What a date in the plan is for (``wijkteam.deadlines.DueKind``).</extracomment>
        <translation>Plan teslimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgesproken datum voor het plan</source>
        <translation>Plan için kararlaştırılan tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak</source>
        <translation>Anlaşma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluatie</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>januari</source>
        <translation>Ocak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>februari</source>
        <translation>Şubat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maart</source>
        <translation>Mart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>april</source>
        <translation>Nisan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mei</source>
        <translation>Mayıs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juni</source>
        <translation>Haziran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juli</source>
        <translation>Temmuz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>augustus</source>
        <translation>Ağustos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>september</source>
        <translation>Eylül</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oktober</source>
        <translation>Ekim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>november</source>
        <translation>Kasım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>december</source>
        <translation>Aralık</translation>
    </message>
</context>
<context>
    <name>WmoHint</name>
    <message>
        <location filename="../../ui/editor/wmo_hint.py" line="+35"/>
        <source>Uw plan gaat over:</source>
        <translation>Planınızın konuları:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze onderwerpen vraagt de gemeente. Ze zijn niet verplicht.</source>
        <translation>Bu konuları belediye sorar. Zorunlu değiller.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Toon de &amp;onderwerpen</source>
        <translation>K&amp;onuları göster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Verberg de onderwerpen</source>
        <translation>K&amp;onuları gizle</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staat in uw plan</source>
        <translation>planınızda var</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog niet</source>
        <translation>henüz yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = staat erin, %2 = nog niet</source>
        <translation>%1 = planda var, %2 = henüz yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 van de %2 onderwerpen staan in uw plan.</source>
        <translation>%2 konudan %1 tanesi planınızda var.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/common/wording.py" line="+65"/>
        <source>vandaag, %1</source>
        <extracomment>A shape per state, so the state never depends on seeing colour.</extracomment>
        <translation>bugün, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gisteren, %1</source>
        <translation>dün, %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vandaag</source>
        <translation>bugün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>morgen</source>
        <translation>yarın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gisteren, voorbij</source>
        <translation>dün, geçti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, voorbij</source>
        <translation>%1, geçti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vandaag is de laatste dag om uw plan in te leveren.</source>
        <translation>Bugün, planınızı teslim etmek için son gün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De 7 dagen zijn voorbij. U kunt het plan nog steeds geven.</source>
        <translation>7 gün geçti. Planı yine de verebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>_NewPlanDialog</name>
    <message>
        <location filename="../../ui/start/new_plan_dialogs.py" line="-63"/>
        <source>&amp;Maak het plan</source>
        <extracomment>Wide enough that the dates sit beside their labels, and the right above them reads in a few lines.</extracomment>
        <translation>&amp;Planı oluştur</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../ui/advice/advice_dialog.py" line="-198"/>
        <source>Annuleren</source>
        <extracomment>kind, section id (None: the whole plan), text, legal basis</extracomment>
        <translation>İptal</translation>
    </message>
</context>
</TS>
