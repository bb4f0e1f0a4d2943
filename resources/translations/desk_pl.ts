<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="18"/>
        <source>About Makegood</source>
        <translation>O programie Makegood</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="20"/>
        <source>Makegood — the front desk&apos;s complaint desk. When you call for support, read out or paste these lines:</source>
        <translation>Makegood — obsługa reklamacji w recepcji. Dzwoniąc po pomoc, przeczytaj lub wklej te wiersze:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="27"/>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="33"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="35"/>
        <source>Copy the versions</source>
        <translation>Skopiuj wersje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="47"/>
        <source>Copied: paste them into your message.</source>
        <translation>Skopiowano: wklej je do swojej wiadomości.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="210"/>
        <source>Add a staff member</source>
        <translation>Dodaj pracownika</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="218"/>
        <source>Desk</source>
        <translation>Recepcja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="218"/>
        <source>Manager</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="220"/>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="221"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="222"/>
        <source>&amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN (4–8 cyfr):</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="166"/>
        <source>A manager&apos;s approval</source>
        <translation>Zgoda kierownika</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="177"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Kierownik:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="178"/>
        <source>Manager&apos;s &amp;PIN:</source>
        <translation>&amp;PIN kierownika:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="181"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="199"/>
        <source>No manager is set up at this desk.</source>
        <translation>Przy tej recepcji nie ustawiono żadnego kierownika.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="195"/>
        <source>Approved by %s.</source>
        <translation>Zatwierdził(a): %s.</translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <location filename="../../ui/panes/chart_section.py" line="34"/>
        <location filename="../../ui/panes/chart_section.py" line="67"/>
        <source>Numbers</source>
        <translation>Liczby</translation>
    </message>
    <message>
        <location filename="../../ui/panes/chart_section.py" line="35"/>
        <source>Show the numbers behind the chart</source>
        <translation>Pokaż liczby, z których powstał wykres</translation>
    </message>
    <message>
        <location filename="../../ui/panes/chart_section.py" line="67"/>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="313"/>
        <source>What the import will do</source>
        <translation>Co zrobi import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="314"/>
        <source>A dry run over the whole file: nothing has been changed yet.</source>
        <translation>Próba na całym pliku: jeszcze nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="316"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="319"/>
        <source>{added} will be added, {updated} updated (matched by email or phone), {duplicates} skipped as already there, {rejected} rejected.</source>
        <translation>Do dodania: {added}, do zaktualizowania: {updated} (dopasowane po e-mailu lub telefonie), pominięte jako już istniejące: {duplicates}, odrzucone: {rejected}.</translation>
    </message>
</context>
<context>
    <name>ComplaintPane</name>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="38"/>
        <source>Walk-in</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="39"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="40"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="41"/>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="42"/>
        <source>Online review</source>
        <translation>Opinia w internecie</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="43"/>
        <source>Not assessed yet</source>
        <translation>Jeszcze nie oceniono</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="44"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="45"/>
        <source>Partly</source>
        <translation>Częściowo</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="46"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="72"/>
        <location filename="../../ui/panes/complaint_pane.py" line="183"/>
        <source>No complaint open</source>
        <translation>Nie otwarto żadnej reklamacji</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="92"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="99"/>
        <source>One line: what went wrong</source>
        <translation>Jedno zdanie: co poszło nie tak</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="103"/>
        <source>Let them finish, then write down what they said, in their words.</source>
        <translation>Daj klientowi skończyć, potem zapisz, co powiedział, słowami klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="107"/>
        <source>What would they consider fair?</source>
        <translation>Co klient uznałby za uczciwe?</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="116"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="117"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegoria:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="118"/>
        <source>Se&amp;verity:</source>
        <translation>&amp;Waga:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="119"/>
        <source>&amp;About the visit:</source>
        <translation>&amp;Dotyczy wizyty:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="120"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Streszczenie:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="121"/>
        <source>In their &amp;words:</source>
        <translation>Słowa&amp;mi klienta:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="122"/>
        <source>They &amp;would like:</source>
        <translation>Klient &amp;oczekuje:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="123"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="124"/>
        <source>Our &amp;fault?</source>
        <translation>Nasza &amp;wina?</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="132"/>
        <source>&amp;Reload</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="135"/>
        <source>&amp;Save complaint</source>
        <translation>Zapi&amp;sz reklamację</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="137"/>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="184"/>
        <source>Pick a complaint in the customer&apos;s history, or start a new one.</source>
        <translation>Wybierz reklamację z historii klienta albo zacznij nową.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="197"/>
        <location filename="../../ui/panes/complaint_pane.py" line="358"/>
        <source>New complaint — {name}</source>
        <translation>Nowa reklamacja — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="198"/>
        <source>Listen first: let them finish, then record their words.</source>
        <translation>Najpierw słuchaj: daj klientowi skończyć, potem zapisz słowa klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="223"/>
        <source>Complaint #{number} — {name}</source>
        <translation>Reklamacja nr {number} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="225"/>
        <source>Received {when}</source>
        <translation>Przyjęta {when}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="227"/>
        <source>owner: {name}</source>
        <translation>prowadzi: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="229"/>
        <source>resolved {when}</source>
        <translation>rozwiązana {when}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="273"/>
        <source>Say who is at the desk first (Ctrl+L); nothing was saved.</source>
        <translation>Najpierw wskaż, kto jest przy recepcji (Ctrl+L); nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="284"/>
        <location filename="../../ui/panes/complaint_pane.py" line="288"/>
        <source>Complaint #{number} saved.</source>
        <translation>Reklamacja nr {number} zapisana.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/complaint_pane.py" line="321"/>
        <source>Not about a particular visit</source>
        <translation>Nie dotyczy konkretnej wizyty</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="48"/>
        <source>Edit customer</source>
        <translation>Edycja klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="48"/>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="52"/>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="53"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="54"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="55"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="56"/>
        <source>Address &amp;line 2:</source>
        <translation>Adres, &amp;linia 2:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="57"/>
        <source>Post&amp;code:</source>
        <translation>&amp;Kod pocztowy:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="58"/>
        <source>&amp;Town / city:</source>
        <translation>&amp;Miejscowość:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="63"/>
        <source>P&amp;refers:</source>
        <translation>&amp;Woli kontakt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="67"/>
        <source>The business&apos;s default ({name})</source>
        <translation>Domyślny język firmy ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="70"/>
        <source>Letters &amp;in:</source>
        <translation>&amp;Język listów:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="76"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="131"/>
        <source>Say who is at the desk first (Ctrl+L).</source>
        <translation>Najpierw wskaż, kto jest przy recepcji (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="149"/>
        <source>Cancel and open the customer again to see their version.</source>
        <translation>Anuluj i otwórz klienta ponownie, aby zobaczyć tamtą wersję.</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="63"/>
        <source>Name, phone, email or postcode</source>
        <translation>Nazwisko, telefon, e-mail lub kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="65"/>
        <source>&amp;Find customer:</source>
        <translation>&amp;Znajdź klienta:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="80"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="86"/>
        <source>&amp;New customer</source>
        <translation>&amp;Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="88"/>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Dodaj klienta (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="121"/>
        <source>Name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="121"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="121"/>
        <source>Postcode</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="244"/>
        <source>Search failed: {error}</source>
        <translation>Wyszukiwanie nie powiodło się: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="252"/>
        <source>No customer matches “{query}”.</source>
        <translation>Żaden klient nie pasuje do „{query}”.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/customer_pane.py" line="253"/>
        <source>No customers yet.</source>
        <translation>Nie ma jeszcze klientów.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/customer_pane.py" line="248"/>
        <source>First %n shown; scroll for more.</source>
        <translation>
            <numerusform>Pokazano %n; przewiń po więcej.</numerusform>
            <numerusform>Pokazano pierwszych %n; przewiń po więcej.</numerusform>
            <numerusform>Pokazano pierwszych %n; przewiń po więcej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/customer_pane.py" line="250"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klientów</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskStaff</name>
    <message>
        <location filename="../../ui/operations/desk_staff.py" line="70"/>
        <source>Say who is at the desk first.</source>
        <translation>Najpierw wskaż, kto jest przy recepcji.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/desk_staff.py" line="89"/>
        <source>%s can now sign in at the desk.</source>
        <translation>%s może się teraz logować przy recepcji.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/desk_staff.py" line="92"/>
        <source>Adding a staff member needs a manager&apos;s PIN.</source>
        <translation>Dodanie pracownika wymaga PIN-u kierownika.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="30"/>
        <source>No postal address</source>
        <translation>Brak adresu pocztowego</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="31"/>
        <source>Print it without the address block? (No: add the address to the customer first.)</source>
        <translation>Wydrukować bez bloku adresowego? (Nie: najpierw dodaj adres klienta).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="53"/>
        <source>{kind} — complaint {number}</source>
        <translation>{kind} — reklamacja nr {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="70"/>
        <source>Voucher {code}</source>
        <translation>Bon {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="79"/>
        <source>Say who is at the desk first: every letter sent is recorded under a staff member.</source>
        <translation>Najpierw wskaż, kto jest przy recepcji: każdy wysłany list jest zapisywany na konkretnego pracownika.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="82"/>
        <source>Making the follow-up letters due today…</source>
        <translation>Przygotowywanie listów kontrolnych na dziś…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="82"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="96"/>
        <source>Follow-up letters due</source>
        <translation>Listy kontrolne do wysłania</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="103"/>
        <source>No follow-up letters are due.</source>
        <translation>Nie ma listów kontrolnych do wysłania.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/documents.py" line="105"/>
        <source>%n follow-up letter(s) ready to print.</source>
        <translation>
            <numerusform>%n list kontrolny gotowy do druku.</numerusform>
            <numerusform>%n listy kontrolne gotowe do druku.</numerusform>
            <numerusform>%n listów kontrolnych gotowych do druku.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="107"/>
        <source>Left out: {names}.</source>
        <translation>Pominięto: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="125"/>
        <source>Monthly report — {month}</source>
        <translation>Raport miesięczny — {month}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/documents.py" line="130"/>
        <source>The monthly report for {month} is ready to print.</source>
        <translation>Raport miesięczny za {month} jest gotowy do druku.</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="31"/>
        <source>&amp;Apology letter</source>
        <translation>List z &amp;przeprosinami</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="32"/>
        <source>&amp;Follow-up letter</source>
        <translation>List &amp;kontrolny</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="33"/>
        <source>&amp;Resolution confirmation</source>
        <translation>Potwierdzenie &amp;rozwiązania</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="34"/>
        <source>&amp;Case file (the full record)</source>
        <translation>&amp;Akta sprawy (pełny zapis)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="104"/>
        <source>Letters and vouchers</source>
        <translation>Listy i bony</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="110"/>
        <source>&amp;Print a letter…</source>
        <translation>&amp;Drukuj list…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="119"/>
        <source>Issue a &amp;voucher…</source>
        <translation>Wystaw &amp;bon…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="139"/>
        <source>Voucher {code} — {value}, until {date}</source>
        <translation>Bon {code} — {value}, ważny do {date}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="44"/>
        <source>Export to a spreadsheet (CSV)</source>
        <translation>Eksport do arkusza kalkulacyjnego (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="51"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="51"/>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="52"/>
        <source>Vouchers</source>
        <translation>Bony</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="52"/>
        <source>Remedies</source>
        <translation>Rekompensaty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="56"/>
        <source>Where to save the CSV file</source>
        <translation>Gdzie zapisać plik CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="61"/>
        <source>For Excel and other spreadsheet apps (UTF-8 with a byte-order mark)</source>
        <translation>Dla Excela i innych arkuszy kalkulacyjnych (UTF-8 ze znacznikiem BOM)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="68"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="71"/>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="84"/>
        <source>&amp;What:</source>
        <translation>&amp;Co:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="85"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="96"/>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="97"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="105"/>
        <source>Choose where to save the CSV file.</source>
        <translation>Wybierz, gdzie zapisać plik CSV.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="123"/>
        <source>Exported %n customer(s) to {path}.</source>
        <translation>
            <numerusform>Wyeksportowano %n klienta do {path}.</numerusform>
            <numerusform>Wyeksportowano %n klientów do {path}.</numerusform>
            <numerusform>Wyeksportowano %n klientów do {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="125"/>
        <source>Exported %n complaint(s) to {path}.</source>
        <translation>
            <numerusform>Wyeksportowano %n reklamację do {path}.</numerusform>
            <numerusform>Wyeksportowano %n reklamacje do {path}.</numerusform>
            <numerusform>Wyeksportowano %n reklamacji do {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>Exported %n voucher(s) to {path}.</source>
        <translation>
            <numerusform>Wyeksportowano %n bon do {path}.</numerusform>
            <numerusform>Wyeksportowano %n bony do {path}.</numerusform>
            <numerusform>Wyeksportowano %n bonów do {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="128"/>
        <source>Exported %n remedy/remedies to {path}.</source>
        <translation>
            <numerusform>Wyeksportowano %n rekompensatę do {path}.</numerusform>
            <numerusform>Wyeksportowano %n rekompensaty do {path}.</numerusform>
            <numerusform>Wyeksportowano %n rekompensat do {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="76"/>
        <source>Which file?</source>
        <translation>Który plik?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="77"/>
        <source>A CSV file saved from a spreadsheet or another program. Nothing is changed until the last step.</source>
        <translation>Plik CSV zapisany z arkusza kalkulacyjnego lub innego programu. Do ostatniego kroku nic nie jest zmieniane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="81"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="81"/>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="87"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="95"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="96"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="100"/>
        <source>Choose a CSV file</source>
        <translation>Wybierz plik CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="101"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/format.py" line="37"/>
        <source>{percent} % off</source>
        <translation>{percent} % rabatu</translation>
    </message>
    <message>
        <location filename="../../ui/format.py" line="38"/>
        <source>{amount} off</source>
        <translation>{amount} rabatu</translation>
    </message>
    <message>
        <location filename="../../ui/format.py" line="90"/>
        <source>{share} % of what they spent in that time</source>
        <translation>{share} % tego, co wydał(a) w tym czasie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format.py" line="92"/>
        <source>%n concession(s)</source>
        <translation>
            <numerusform>%n rekompensatę</numerusform>
            <numerusform>%n rekompensaty</numerusform>
            <numerusform>%n rekompensat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/format.py" line="94"/>
        <source>{amount}, {share}</source>
        <translation>{amount}, {share}</translation>
    </message>
    <message>
        <location filename="../../ui/format.py" line="95"/>
        <source>{name} has received {times} in the last 12 months ({details}). Be kind, and remember a firm no is an option.</source>
        <translation>{name} otrzymał(a) w ostatnich 12 miesiącach {times} ({details}). Bądź życzliwy i pamiętaj, że stanowcze „nie” też jest możliwe.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="29"/>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="30"/>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="31"/>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="32"/>
        <source>Resolution steps</source>
        <translation>Kroki rozwiązania</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="33"/>
        <source>Remedies</source>
        <translation>Rekompensaty</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="34"/>
        <source>Promises</source>
        <translation>Obietnice</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="35"/>
        <source>Vouchers</source>
        <translation>Bony</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="36"/>
        <source>Letters</source>
        <translation>Listy</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="38"/>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="39"/>
        <source>Regular customer</source>
        <translation>Stały klient</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="40"/>
        <source>Loyal customer</source>
        <translation>Lojalny klient</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="97"/>
        <source>Find a customer on the left (Ctrl+F), or add a new one (Ctrl+N).</source>
        <translation>Znajdź klienta po lewej (Ctrl+F) albo dodaj nowego (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="132"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="132"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="132"/>
        <source>Amount / status</source>
        <translation>Kwota / stan</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="139"/>
        <source>Customer history</source>
        <translation>Historia klienta</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="140"/>
        <source>&amp;History:</source>
        <translation>&amp;Historia:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="146"/>
        <source>Show in the history</source>
        <translation>Pokaż w historii</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="149"/>
        <source>&amp;Edit customer</source>
        <translation>&amp;Edytuj klienta</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="151"/>
        <source>New &amp;complaint</source>
        <translation>Nowa &amp;reklamacja</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="213"/>
        <source>No contact details yet.</source>
        <translation>Brak danych kontaktowych.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/history_pane.py" line="214"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n wizyta</numerusform>
            <numerusform>%n wizyty</numerusform>
            <numerusform>%n wizyt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="218"/>
        <source>lifetime spend {amount}</source>
        <translation>łączne wydatki {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/history_pane.py" line="219"/>
        <source>%n visit(s), {amount} in 24 months</source>
        <translation>
            <numerusform>%n wizyta, {amount} w ciągu 24 miesięcy</numerusform>
            <numerusform>%n wizyty, {amount} w ciągu 24 miesięcy</numerusform>
            <numerusform>%n wizyt, {amount} w ciągu 24 miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="223"/>
        <source>last visit {date}</source>
        <translation>ostatnia wizyta {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/history_pane.py" line="225"/>
        <source>%n concession(s) in 12 months</source>
        <translation>
            <numerusform>%n rekompensata w ciągu 12 miesięcy</numerusform>
            <numerusform>%n rekompensaty w ciągu 12 miesięcy</numerusform>
            <numerusform>%n rekompensat w ciągu 12 miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/history_pane.py" line="227"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n reklamacja</numerusform>
            <numerusform>%n reklamacje</numerusform>
            <numerusform>%n reklamacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/history_pane.py" line="229"/>
        <source>(%n open)</source>
        <translation>
            <numerusform>(%n otwarta)</numerusform>
            <numerusform>(%n otwarte)</numerusform>
            <numerusform>(%n otwartych)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="240"/>
        <source>(over the estimate of {amount})</source>
        <translation>(powyżej wyceny {amount})</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="247"/>
        <source>Complaint: {title} — {category}</source>
        <translation>Reklamacja: {title} — {category}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="283"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="283"/>
        <source>Remedy</source>
        <translation>Rekompensata</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="283"/>
        <source>Promise</source>
        <translation>Obietnica</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="285"/>
        <source>  {kind}: {title}</source>
        <translation>  {kind}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="289"/>
        <source>redeemed</source>
        <translation>zrealizowany</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="289"/>
        <source>void</source>
        <translation>unieważniony</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="290"/>
        <source>until {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="292"/>
        <source>  Voucher {code} — {value}</source>
        <translation>  Bon {code} — {value}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="299"/>
        <source>  Letter: {title}, by {staff} (Enter to reprint)</source>
        <translation>  List: {title}, wysłał(a) {staff} (Enter — drukuj ponownie)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="49"/>
        <source>Import from a CSV file</source>
        <translation>Import z pliku CSV</translation>
    </message>
</context>
<context>
    <name>IssueVoucherDialog</name>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="44"/>
        <source>Issue a voucher</source>
        <translation>Wystaw bon</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="52"/>
        <source>10 % or an amount, e.g. 20</source>
        <translation>10 % albo kwota, np. 20</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="55"/>
        <source>&amp;Value off the next visit:</source>
        <translation>&amp;Rabat na następną wizytę:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="71"/>
        <source>Type a percentage such as 10 % or an amount such as 20 or 12.50.</source>
        <translation>Wpisz procent, np. 10 %, albo kwotę, np. 20 lub 12,50.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="75"/>
        <source>Say how much the voucher takes off.</source>
        <translation>Podaj, ile bon odejmuje.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="79"/>
        <source>Say who is at the desk first (Ctrl+L).</source>
        <translation>Najpierw wskaż, kto jest przy recepcji (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents_box.py" line="86"/>
        <source>Voucher {code} issued: {value}.</source>
        <translation>Wystawiono bon {code}: {value}.</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="75"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="77"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="79"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/letter_preview.py" line="81"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="107"/>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="108"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="122"/>
        <source>Printing was cancelled; nothing was printed or recorded.</source>
        <translation>Drukowanie anulowano; nic nie wydrukowano ani nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="130"/>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="135"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>Nie udało się otworzyć drukarki; nic nie wydrukowano.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="159"/>
        <source>Could not save to %1: %2; nothing was saved.</source>
        <translation>Nie udało się zapisać do %1: %2; nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="163"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_preview.py" line="172"/>
        <source>Say who is at the desk first: every letter sent is recorded under a staff member.</source>
        <translation>Najpierw wskaż, kto jest przy recepcji: każdy wysłany list jest zapisywany na konkretnego pracownika.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Makegood — %s</source>
        <translation>Makegood — %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Print the follow-up &amp;letters due…</source>
        <translation>Drukuj zaległe &amp;listy kontrolne…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Complaint</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Resolution — seven steps</source>
        <translation>Rozwiązanie — siedem kroków</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Find customer</source>
        <translation>&amp;Znajdź klienta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Nowy klient…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Edytuj klienta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>New &amp;complaint</source>
        <translation>Nowa &amp;reklamacja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Save complaint</source>
        <translation>Zapi&amp;sz reklamację</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Switch staff…</source>
        <translation>&amp;Zmień pracownika…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Add staff member…</source>
        <translation>&amp;Dodaj pracownika…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Load &amp;demo data</source>
        <translation>Wczytaj dane &amp;przykładowe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;Redeem a voucher…</source>
        <translation>Zrealizuj &amp;bon…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Today&apos;s promises and follow-ups</source>
        <translation>&amp;Dzisiejsze obietnice i kontakty kontrolne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Print the &amp;follow-up letters due…</source>
        <translation>Drukuj zaległe listy &amp;kontrolne…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Show the c&amp;omplaint</source>
        <translation>Pokaż &amp;reklamację</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Show the &amp;resolution</source>
        <translation>Pokaż &amp;rozwiązanie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Import from a CSV file…</source>
        <translation>&amp;Import z pliku CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>E&amp;xport to a CSV file…</source>
        <translation>&amp;Eksport do pliku CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Utwórz kopię zapasową teraz</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Restore from a bac&amp;kup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Trends dashboard</source>
        <translation>Panel &amp;trendów</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Merge duplicate customers…</source>
        <translation>&amp;Scal zdublowanych klientów…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Last month&apos;s &amp;report…</source>
        <translation>&amp;Raport za poprzedni miesiąc…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;About Makegood</source>
        <translation>&amp;O programie Makegood</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Desk</source>
        <translation>&amp;Recepcja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Customer</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Com&amp;plaint</source>
        <translation>Re&amp;klamacja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>S&amp;taff</source>
        <translation>&amp;Personel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Owner</source>
        <translation>&amp;Właściciel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>At the desk: %s</source>
        <translation>Przy recepcji: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>No one signed in</source>
        <translation>Nikt nie jest zalogowany</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>The complaint on the right is not saved yet — save it with Ctrl+S.</source>
        <translation>Reklamacja po prawej nie jest jeszcze zapisana — zapisz ją skrótem Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>%s added.</source>
        <translation>Dodano: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>%s saved.</source>
        <translation>Zapisano: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Choose the customer first.</source>
        <translation>Najpierw wybierz klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>There is no complaint open to save.</source>
        <translation>Nie ma otwartej reklamacji do zapisania.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Adding demo customers to a database with real ones needs a manager&apos;s PIN.</source>
        <translation>Dodanie przykładowych klientów do bazy z prawdziwymi wymaga PIN-u kierownika.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Adding demo customers, visits and complaints…</source>
        <translation>Dodawanie przykładowych klientów, wizyt i reklamacji…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>Anulowano dane przykładowe; nic nie dodano.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>Added {customers} with {visits} and {complaints}.</source>
        <translation>Dodano {customers}: {visits}, {complaints}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="478"/>
        <source>%n demo customer(s)</source>
        <translation>
            <numerusform>%n przykładowego klienta</numerusform>
            <numerusform>%n przykładowych klientów</numerusform>
            <numerusform>%n przykładowych klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="479"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n wizyta</numerusform>
            <numerusform>%n wizyty</numerusform>
            <numerusform>%n wizyt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="480"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n reklamacja</numerusform>
            <numerusform>%n reklamacje</numerusform>
            <numerusform>%n reklamacji</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Demo staff sign in with PIN %s.</source>
        <translation>Przykładowi pracownicy logują się PIN-em %s.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>Demo data could not be added: %s</source>
        <translation>Nie udało się dodać danych przykładowych: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>Unsaved complaint</source>
        <translation>Niezapisana reklamacja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>The complaint has changes that are not saved. Save them?</source>
        <translation>Reklamacja ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="527"/>
        <source>Add demo data?</source>
        <translation>Dodać dane przykładowe?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="528"/>
        <source>This database already has customers. Add %d made-up demo customers to it?</source>
        <translation>Ta baza ma już klientów. Dodać do niej %d zmyślonych, przykładowych klientów?</translation>
    </message>
</context>
<context>
    <name>Makegood</name>
    <message>
        <location filename="../../ui/app.py" line="144"/>
        <source>Makegood cannot open the database</source>
        <translation>Makegood nie może otworzyć bazy danych</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="125"/>
        <source>Which column is which?</source>
        <translation>Która kolumna jest którą?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="126"/>
        <source>Guessed from the column names: change any that are wrong. The rows below are shown as they will be stored.</source>
        <translation>Odgadnięte z nazw kolumn: popraw te, które są błędne. Wiersze poniżej pokazano tak, jak zostaną zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="133"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="133"/>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="136"/>
        <source>The dates could be read either way (like 03/04/2024). How are they written?</source>
        <translation>Daty można odczytać na dwa sposoby (np. 03/04/2024). Jak są zapisane?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="142"/>
        <source>Not sure yet</source>
        <translation>Jeszcze nie wiem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="143"/>
        <source>Day first (DD/MM/YYYY)</source>
        <translation>Najpierw dzień (DD/MM/RRRR)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="144"/>
        <source>Month first (MM/DD/YYYY)</source>
        <translation>Najpierw miesiąc (MM/DD/RRRR)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="165"/>
        <source>{name}: read as {encoding}, {delimiter}-separated; the header is line {line}.</source>
        <translation>{name}: odczytany jako {encoding}, separator: {delimiter}; nagłówek w wierszu {line}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="174"/>
        <source>— not imported —</source>
        <translation>— nie importuj —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="176"/>
        <source>(column {n})</source>
        <translation>(kolumna {n})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="216"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="217"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="231"/>
        <source>Say how the dates are written before importing.</source>
        <translation>Przed importem wskaż, jak zapisano daty.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="82"/>
        <source>Merge duplicate customers</source>
        <translation>Scal zdublowanych klientów</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="90"/>
        <source>Likely duplicates</source>
        <translation>Prawdopodobne duplikaty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="101"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Scal…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="111"/>
        <source>Likely duplicates:</source>
        <translation>Prawdopodobne duplikaty:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="126"/>
        <source>Looking for likely duplicates…</source>
        <translation>Szukanie prawdopodobnych duplikatów…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="135"/>
        <source>same email</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="135"/>
        <source>same phone</source>
        <translation>ten sam telefon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="136"/>
        <source>similar names at the same postcode</source>
        <translation>podobne nazwiska pod tym samym kodem pocztowym</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="140"/>
        <source>No likely duplicates found.</source>
        <translation>Nie znaleziono prawdopodobnych duplikatów.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="176"/>
        <source>{merged} (record {merged_id}) will be merged into {survivor} (record {survivor_id}): visits, complaints, vouchers and promises move over, and the old name still finds the record that stays.</source>
        <translation>{merged} (rekord {merged_id}) zostanie scalony z {survivor} (rekord {survivor_id}): wizyty, reklamacje, bony i obietnice zostaną przeniesione, a stare nazwisko nadal odnajdzie pozostający rekord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="186"/>
        <source>Merging two customers needs a manager&apos;s PIN.</source>
        <translation>Scalenie dwóch klientów wymaga PIN-u kierownika.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="194"/>
        <source>Sign in first: every change is recorded under a staff member.</source>
        <translation>Najpierw się zaloguj: każda zmiana jest zapisywana na konkretnego pracownika.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="202"/>
        <source>{merged} was merged into {survivor}.</source>
        <translation>Scalono {merged} z {survivor}.</translation>
    </message>
</context>
<context>
    <name>OwnerSetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="98"/>
        <source>Who is the owner?</source>
        <translation>Kto jest właścicielem?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="100"/>
        <source>Every change at the desk is recorded under the staff member who made it. Start with the owner: a manager, whose PIN approves larger remedies and adds other staff.</source>
        <translation>Każda zmiana przy recepcji jest zapisywana na pracownika, który ją wprowadził. Zacznij od właściciela: to kierownik, którego PIN zatwierdza większe rekompensaty i dodaje pozostały personel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="108"/>
        <source>Owner&apos;s &amp;name:</source>
        <translation>&amp;Imię i nazwisko właściciela:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="109"/>
        <source>Manager &amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN kierownika (4–8 cyfr):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="110"/>
        <source>&amp;Repeat the PIN:</source>
        <translation>Po&amp;wtórz PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="119"/>
        <source>The two PINs are not the same.</source>
        <translation>Oba PIN-y się różnią.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="51"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="51"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="52"/>
        <source>Promise</source>
        <translation>Obietnica</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="52"/>
        <source>Owner</source>
        <translation>Prowadzi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="112"/>
        <location filename="../../ui/panes/today_queue.py" line="219"/>
        <source>OVERDUE</source>
        <translation>ZALEGŁE</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="112"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="113"/>
        <source>{state} {when}</source>
        <translation>{state} {when}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="116"/>
        <source>(no longer there)</source>
        <translation>(już nie istnieje)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="124"/>
        <source>{kind}: {what}</source>
        <translation>{kind}: {what}</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="47"/>
        <source>Keep this record</source>
        <translation>Zachowaj ten rekord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="52"/>
        <source>Name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="52"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="52"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="53"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="53"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="63"/>
        <source>Record {number}</source>
        <translation>Rekord {number}</translation>
    </message>
</context>
<context>
    <name>RecordsFlows</name>
    <message>
        <location filename="../../ui/operations/records.py" line="40"/>
        <source>The shop&apos;s settings are changed by a manager.</source>
        <translation>Ustawienia firmy zmienia kierownik.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/records.py" line="74"/>
        <source>Makegood — trends</source>
        <translation>Makegood — trendy</translation>
    </message>
    <message>
        <location filename="../../ui/operations/records.py" line="107"/>
        <source>Backed up to %s.</source>
        <translation>Kopię zapasową zapisano w %s.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/records.py" line="118"/>
        <source>Restore from a backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../ui/operations/records.py" line="119"/>
        <source>Makegood backups (*.db);;All files (*)</source>
        <translation>Kopie zapasowe Makegood (*.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/records.py" line="123"/>
        <source>Restore this backup?</source>
        <translation>Przywrócić tę kopię zapasową?</translation>
    </message>
    <message>
        <location filename="../../ui/operations/records.py" line="124"/>
        <source>Replace everything in the desk&apos;s database with %s? The current database is kept as a copy in the backups folder first.</source>
        <translation>Zastąpić całą bazę danych recepcji zawartością %s? Obecna baza zostanie najpierw zachowana jako kopia w folderze kopii zapasowych.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/records.py" line="130"/>
        <source>Restored from %s.</source>
        <translation>Przywrócono z %s.</translation>
    </message>
</context>
<context>
    <name>RedeemVoucherDialog</name>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="45"/>
        <source>Redeem a voucher</source>
        <translation>Realizacja bonu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="53"/>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="55"/>
        <source>&amp;Redeem</source>
        <translation>&amp;Zrealizuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="62"/>
        <source>Why it is voided (a manager approves)</source>
        <translation>Dlaczego bon jest unieważniany (zatwierdza kierownik)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="63"/>
        <source>&amp;Void…</source>
        <translation>&amp;Unieważnij…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="68"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="76"/>
        <source>Voucher &amp;code</source>
        <translation>&amp;Kod bonu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="79"/>
        <source>Void r&amp;eason</source>
        <translation>&amp;Powód unieważnienia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="131"/>
        <source>%1 — it can be redeemed.</source>
        <translation>%1 — można go zrealizować.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="138"/>
        <source>Say who is at the desk first: every redemption is recorded under a staff member.</source>
        <translation>Najpierw wskaż, kto jest przy recepcji: każda realizacja jest zapisywana na konkretnego pracownika.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="144"/>
        <source>Redeemed %1.</source>
        <translation>Zrealizowano %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="148"/>
        <source>Redeemed: %1 for %2.</source>
        <translation>Zrealizowano: %1 dla %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="158"/>
        <source>Say why the voucher is voided.</source>
        <translation>Podaj, dlaczego bon jest unieważniany.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="165"/>
        <source>Voided %1.</source>
        <translation>Unieważniono %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="170"/>
        <source>Voided: %1 (%2).</source>
        <translation>Unieważniono: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/redeem_voucher.py" line="172"/>
        <source>Voiding a voucher needs a manager&apos;s PIN.</source>
        <translation>Unieważnienie bonu wymaga PIN-u kierownika.</translation>
    </message>
</context>
<context>
    <name>RemedyBox</name>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="36"/>
        <source>offered</source>
        <translation>zaproponowana</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="37"/>
        <source>accepted</source>
        <translation>przyjęta</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="38"/>
        <source>declined</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="39"/>
        <source>given</source>
        <translation>przekazana</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="40"/>
        <source>Remedy accepted.</source>
        <translation>Rekompensata przyjęta.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="41"/>
        <source>Remedy declined.</source>
        <translation>Rekompensata odrzucona.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="42"/>
        <source>Remedy given.</source>
        <translation>Rekompensata przekazana.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="70"/>
        <source>Remedy</source>
        <translation>Rekompensata</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="86"/>
        <source>amount, e.g. 25.00, or percent, e.g. 10 %</source>
        <translation>kwota, np. 25,00, albo procent, np. 10 %</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="88"/>
        <source>Su&amp;ggest</source>
        <translation>&amp;Podpowiedz</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="94"/>
        <source>&amp;Offer</source>
        <translation>&amp;Zaproponuj</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="100"/>
        <source>A&amp;ccepted</source>
        <translation>Prz&amp;yjęta</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="102"/>
        <source>Dec&amp;lined</source>
        <translation>&amp;Odrzucona</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="104"/>
        <source>G&amp;iven</source>
        <translation>Przekazan&amp;a</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="108"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="110"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wartość:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="148"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="150"/>
        <source>({amount})</source>
        <translation>({amount})</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="153"/>
        <source>approved by {name}</source>
        <translation>zatwierdził(a) {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="185"/>
        <source>Enter an amount like 25.00 or a percent like 10 %.</source>
        <translation>Wpisz kwotę, np. 25,00, albo procent, np. 10 %.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="191"/>
        <source>This remedy is above the desk limit ({limit}). A manager approves it with their PIN.</source>
        <translation>Ta rekompensata przekracza limit recepcji ({limit}). Kierownik zatwierdza ją swoim PIN-em.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="196"/>
        <source>Not offered: no manager approved it.</source>
        <translation>Nie zaproponowano: żaden kierownik jej nie zatwierdził.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/remedy_box.py" line="206"/>
        <source>Remedy offered.</source>
        <translation>Rekompensata zaproponowana.</translation>
    </message>
</context>
<context>
    <name>ResolutionPane</name>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="40"/>
        <source>Let {name} finish without interrupting. Note what they say in their own words.</source>
        <translation>Pozwól, aby {name} skończył(a) bez przerywania. Zapisz, co mówi, jego/jej słowami.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="42"/>
        <source>Thank {name} by name for telling us: “Thank you for letting us know, {name}.”</source>
        <translation>Podziękuj po imieniu ({name}) za zgłoszenie: „Dziękujemy, że nam Pan/Pani o tym powiedział(a), {name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="44"/>
        <source>Apologize sincerely, whether or not we were at fault: “I&apos;m sorry this happened, {name}.”</source>
        <translation>Przeproś szczerze, niezależnie od tego, czy to nasza wina: „Przykro mi, że tak się stało, {name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="46"/>
        <source>Ask what {name} would consider fair, and offer options (the remedy below).</source>
        <translation>Zapytaj, co {name} uznał(a)by za uczciwe, i zaproponuj możliwości (rekompensata poniżej).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="48"/>
        <source>Say back what was agreed with {name}, and note it.</source>
        <translation>Powtórz, co uzgodniono z {name}, i zapisz to.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="50"/>
        <source>Do it today, or promise {name} a date and keep it.</source>
        <translation>Zrób to dziś albo obiecaj ({name}) termin i dotrzymaj go.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="52"/>
        <source>Call {name} back: “Is everything all right now?” Ask how satisfied they are (1–5).</source>
        <translation>Oddzwoń ({name}): „Czy teraz wszystko w porządku?”. Zapytaj o zadowolenie (1–5).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="55"/>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="56"/>
        <source>Regular customer</source>
        <translation>Stały klient</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="57"/>
        <source>Loyal customer</source>
        <translation>Lojalny klient</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="157"/>
        <location filename="../../ui/panes/resolution_pane.py" line="222"/>
        <source>No complaint open</source>
        <translation>Nie otwarto żadnej reklamacji</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="174"/>
        <source>&amp;Reload</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="241"/>
        <source>Resolving complaint #{number} — {name}</source>
        <translation>Rozwiązywanie reklamacji nr {number} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="252"/>
        <source>✓ Done {when} by {name}</source>
        <translation>✓ Wykonano {when}, {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="255"/>
        <source> — “{note}”</source>
        <translation> — „{note}”</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="258"/>
        <source>Done again</source>
        <translation>Wykonano ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="258"/>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="317"/>
        <source>{step}: done.</source>
        <translation>{step}: wykonano.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/resolution_pane.py" line="333"/>
        <source>%n visit(s), {amount} in 24 months</source>
        <translation>
            <numerusform>%n wizyta, {amount} w ciągu 24 miesięcy</numerusform>
            <numerusform>%n wizyty, {amount} w ciągu 24 miesięcy</numerusform>
            <numerusform>%n wizyt, {amount} w ciągu 24 miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/resolution_pane.py" line="336"/>
        <source>%n concession(s) in 12 months, {amount}</source>
        <translation>
            <numerusform>%n rekompensata w 12 miesięcy, {amount}</numerusform>
            <numerusform>%n rekompensaty w 12 miesięcy, {amount}</numerusform>
            <numerusform>%n rekompensat w 12 miesięcy, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="339"/>
        <source>({share} % of spend)</source>
        <translation>({share} % wydatków)</translation>
    </message>
</context>
<context>
    <name>RootCauseDialog</name>
    <message>
        <location filename="../../ui/dialogs/root_cause_dialog.py" line="26"/>
        <source>Close the complaint</source>
        <translation>Zamknij reklamację</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/root_cause_dialog.py" line="34"/>
        <source>Choose the cause…</source>
        <translation>Wybierz przyczynę…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/root_cause_dialog.py" line="40"/>
        <source>What went wrong, in a few words (optional unless Other)</source>
        <translation>Co poszło nie tak, w kilku słowach (opcjonalne, chyba że „Inne”)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/root_cause_dialog.py" line="43"/>
        <source>What caused “{summary}”? The owner&apos;s trends count the causes that keep coming back.</source>
        <translation>Co spowodowało „{summary}”? Trendy właściciela liczą przyczyny, które się powtarzają.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/root_cause_dialog.py" line="47"/>
        <source>&amp;Cause:</source>
        <translation>&amp;Przyczyna:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/root_cause_dialog.py" line="48"/>
        <source>&amp;Note:</source>
        <translation>&amp;Uwaga:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/root_cause_dialog.py" line="61"/>
        <source>Sign in first: every change is recorded under a staff member.</source>
        <translation>Najpierw się zaloguj: każda zmiana jest zapisywana na konkretnego pracownika.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/root_cause_dialog.py" line="68"/>
        <source>The complaint is closed.</source>
        <translation>Reklamacja jest zamknięta.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="328"/>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="329"/>
        <source>Cancel the import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="354"/>
        <source>Done: {added} added, {updated} updated, {duplicates} skipped as already there, {rejected} rejected.</source>
        <translation>Gotowe: dodano {added}, zaktualizowano {updated}, pominięto jako istniejące {duplicates}, odrzucono {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="357"/>
        <source>The rejected rows and the reasons are in {file}.</source>
        <translation>Odrzucone wiersze i powody są w pliku {file}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="48"/>
        <source>Business settings — approved by {name}</source>
        <translation>Ustawienia firmy — zatwierdził(a) {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="72"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="94"/>
        <source>As the system (English unless it is Polish)</source>
        <translation>Jak w systemie (angielski, chyba że system jest po polsku)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="98"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="100"/>
        <source>Applies after a restart. Kept on this PC only.</source>
        <translation>Zacznie obowiązywać po ponownym uruchomieniu. Zapisywane tylko na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="105"/>
        <source>This desk</source>
        <translation>Ta recepcja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="163"/>
        <source>Enter an amount such as 50 or 49.99.</source>
        <translation>Wpisz kwotę, np. 50 lub 49,99.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="174"/>
        <source>Settings saved.</source>
        <translation>Ustawienia zapisane.</translation>
    </message>
</context>
<context>
    <name>StepSection</name>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="58"/>
        <source>Not asked</source>
        <translation>Nie pytano</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="59"/>
        <source>1 – not at all satisfied</source>
        <translation>1 – zupełnie niezadowolony</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="60"/>
        <source>2 – not very</source>
        <translation>2 – raczej niezadowolony</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="60"/>
        <source>3 – fair</source>
        <translation>3 – średnio</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="61"/>
        <source>4 – satisfied</source>
        <translation>4 – zadowolony</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="62"/>
        <source>5 – very satisfied</source>
        <translation>5 – bardzo zadowolony</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="73"/>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="86"/>
        <source>Note (optional)</source>
        <translation>Notatka (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="87"/>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="89"/>
        <source>Mark this step done (Ctrl+Enter)</source>
        <translation>Oznacz ten krok jako wykonany (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="103"/>
        <source>Promise it for</source>
        <translation>Obiecaj na</translation>
    </message>
    <message>
        <location filename="../../ui/panes/resolution_pane.py" line="119"/>
        <source>&amp;Satisfied now?</source>
        <translation>&amp;Zadowolony teraz?</translation>
    </message>
</context>
<context>
    <name>SwitchStaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="129"/>
        <source>Who is at the desk?</source>
        <translation>Kto jest przy recepcji?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="133"/>
        <source>manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="133"/>
        <source>desk</source>
        <translation>recepcja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="134"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="138"/>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="139"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="152"/>
        <source>%s is at the desk.</source>
        <translation>%s jest przy recepcji.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="156"/>
        <source>Choose a name.</source>
        <translation>Wybierz osobę.</translation>
    </message>
</context>
<context>
    <name>TodayQueue</name>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="192"/>
        <source>&lt;b&gt;Today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dziś&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="210"/>
        <source>Promises due</source>
        <translation>Obietnice do spełnienia</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="221"/>
        <source>&amp;Promises and follow-ups (Enter opens the complaint):</source>
        <translation>&amp;Obietnice i kontakty kontrolne (Enter otwiera reklamację):</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="227"/>
        <source>How it went, e.g. “Rang her; the car is fine now”</source>
        <translation>Jak poszło, np. „Zadzwoniłam; auto już jest w porządku”</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="229"/>
        <source>Mark &amp;done</source>
        <translation>Oznacz jako &amp;wykonane</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="247"/>
        <source>Complaints near or past their &amp;targets:</source>
        <translation>Reklamacje bliskie lub po &amp;terminie:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/today_queue.py" line="282"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n zaległa</numerusform>
            <numerusform>%n zaległe</numerusform>
            <numerusform>%n zaległych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/today_queue.py" line="282"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n na dziś</numerusform>
            <numerusform>%n na dziś</numerusform>
            <numerusform>%n na dziś</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/today_queue.py" line="283"/>
        <source>%n coming up</source>
        <translation>
            <numerusform>%n nadchodząca</numerusform>
            <numerusform>%n nadchodzące</numerusform>
            <numerusform>%n nadchodzących</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/today_queue.py" line="284"/>
        <source>%n complaint(s) near a target</source>
        <translation>
            <numerusform>%n reklamacja blisko terminu</numerusform>
            <numerusform>%n reklamacje blisko terminu</numerusform>
            <numerusform>%n reklamacji blisko terminu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="303"/>
        <source>Choose a promise in the list first.</source>
        <translation>Najpierw wybierz obietnicę z listy.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="308"/>
        <source>Promise marked done.</source>
        <translation>Obietnicę oznaczono jako wykonaną.</translation>
    </message>
</context>
<context>
    <name>TrendsDashboard</name>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="75"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Ostatni %n miesiąc</numerusform>
            <numerusform>Ostatnie %n miesiące</numerusform>
            <numerusform>Ostatnie %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="82"/>
        <source>Complaints per week, by category</source>
        <translation>Reklamacje tygodniowo, według kategorii</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="83"/>
        <source>Time to first contact and to resolution</source>
        <translation>Czas do pierwszego kontaktu i do rozwiązania</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="84"/>
        <source>Satisfaction after follow-up</source>
        <translation>Zadowolenie po kontakcie kontrolnym</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="85"/>
        <source>Promises kept</source>
        <translation>Dotrzymane obietnice</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="86"/>
        <source>Remedy cost against revenue, per month</source>
        <translation>Koszt rekompensat wobec przychodu, miesięcznie</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="87"/>
        <source>Win-back</source>
        <translation>Odzyskani klienci</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="88"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="355"/>
        <source>Complaints per 100 visits</source>
        <translation>Reklamacje na 100 wizyt</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="89"/>
        <source>Root causes</source>
        <translation>Przyczyny źródłowe</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="101"/>
        <source>&lt;h2&gt;Trends&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Trendy&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="103"/>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="125"/>
        <source>Working out the trends…</source>
        <translation>Obliczanie trendów…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="149"/>
        <source>The trends could not be worked out: {error}</source>
        <translation>Nie udało się obliczyć trendów: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="165"/>
        <source>No complaints were received in this period: the charts are empty.</source>
        <translation>W tym okresie nie przyjęto reklamacji: wykresy są puste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="167"/>
        <source>%n complaint(s) received</source>
        <translation>
            <numerusform>Przyjęto %n reklamację</numerusform>
            <numerusform>Przyjęto %n reklamacje</numerusform>
            <numerusform>Przyjęto %n reklamacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="168"/>
        <source>%n still open.</source>
        <translation>
            <numerusform>%n nadal otwarta.</numerusform>
            <numerusform>%n nadal otwarte.</numerusform>
            <numerusform>%n nadal otwartych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="183"/>
        <source>none in the %n week(s) before</source>
        <translation>
            <numerusform>żadnej w poprzednim %n tygodniu</numerusform>
            <numerusform>żadnej w poprzednich %n tygodniach</numerusform>
            <numerusform>żadnej w poprzednich %n tygodniach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="184"/>
        <source>{ratio}× usual</source>
        <translation>{ratio}× więcej niż zwykle</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="185"/>
        <source>{what}: {complaints} in {weeks}, {usual}</source>
        <translation>{what}: {complaints} w ciągu {weeks}, {usual}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="186"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n reklamacja</numerusform>
            <numerusform>%n reklamacje</numerusform>
            <numerusform>%n reklamacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="187"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n tygodnia</numerusform>
            <numerusform>%n tygodni</numerusform>
            <numerusform>%n tygodni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="181"/>
        <source>{label} on &apos;{service}&apos;</source>
        <translation>{label} przy „{service}”</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="189"/>
        <source> — mostly &apos;{what}&apos;</source>
        <translation> — głównie „{what}”</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="212"/>
        <source>complaints</source>
        <translation>reklamacje</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="214"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="215"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="224"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="244"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="225"/>
        <source>9 in 10 within</source>
        <translation>9 na 10 w ciągu</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="226"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="244"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="235"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="246"/>
        <source>First contact (hours)</source>
        <translation>Pierwszy kontakt (h)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="235"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="248"/>
        <source>Resolution (days)</source>
        <translation>Rozwiązanie (dni)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="241"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="291"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="324"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="341"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="244"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="344"/>
        <source>Measure</source>
        <translation>Miara</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="244"/>
        <source>90th percentile</source>
        <translation>90. percentyl</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="245"/>
        <source>Within target</source>
        <translation>W terminie</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="245"/>
        <source>Measured</source>
        <translation>Zmierzono</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="245"/>
        <source>Still waiting</source>
        <translation>Nadal czeka</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="255"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="266"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="362"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="370"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="378"/>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="263"/>
        <source>Average {average} of 5 ({answers})</source>
        <translation>Średnio {average} z 5 ({answers})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="264"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="265"/>
        <source>No answers yet</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="266"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="268"/>
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="274"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="288"/>
        <source>Kept on time</source>
        <translation>Dotrzymane w terminie</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="277"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="289"/>
        <source>Late or not kept</source>
        <translation>Spóźnione lub niedotrzymane</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="283"/>
        <source>Promises due</source>
        <translation>Obietnice do spełnienia</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="285"/>
        <source>{percent} % kept</source>
        <translation>Dotrzymano {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="286"/>
        <source>No promises were due</source>
        <translation>Nie było obietnic do spełnienia</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="287"/>
        <source>Promises</source>
        <translation>Obietnice</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="287"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="344"/>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="288"/>
        <source>Due</source>
        <translation>Do spełnienia</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="290"/>
        <source>Kept rate</source>
        <translation>Odsetek dotrzymanych</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="297"/>
        <source>Remedies ({currency})</source>
        <translation>Rekompensaty ({currency})</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="305"/>
        <source>Revenue ({currency})</source>
        <translation>Przychód ({currency})</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="322"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="322"/>
        <source>Remedies</source>
        <translation>Rekompensaty</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="322"/>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="322"/>
        <source>Remedies / revenue</source>
        <translation>Rekompensaty / przychód</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="331"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="336"/>
        <source>Came back within %n day(s)</source>
        <translation>
            <numerusform>Wrócili w ciągu %n dnia</numerusform>
            <numerusform>Wrócili w ciągu %n dni</numerusform>
            <numerusform>Wrócili w ciągu %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="337"/>
        <location filename="../../ui/panes/trends_dashboard.py" line="346"/>
        <source>Vouchers redeemed</source>
        <translation>Zrealizowane bony</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="344"/>
        <source>Of</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="344"/>
        <source>Rate</source>
        <translation>Odsetek</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="345"/>
        <source>Complainants who came back</source>
        <translation>Reklamujący, którzy wrócili</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="348"/>
        <source>Complainants still inside %n day(s)</source>
        <translation>
            <numerusform>Reklamujący wciąż w okresie %n dnia</numerusform>
            <numerusform>Reklamujący wciąż w okresie %n dni</numerusform>
            <numerusform>Reklamujący wciąż w okresie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="353"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="353"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="362"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="362"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="362"/>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="363"/>
        <source>Per 100 visits</source>
        <translation>Na 100 wizyt</translation>
    </message>
    <message>
        <location filename="../../ui/panes/trends_dashboard.py" line="378"/>
        <source>Root cause</source>
        <translation>Przyczyna źródłowa</translation>
    </message>
</context>
<context>
    <name>WarningModel</name>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="131"/>
        <source>Target</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="131"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="132"/>
        <source>Complaint</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="171"/>
        <location filename="../../ui/panes/today_queue.py" line="243"/>
        <source>First contact</source>
        <translation>Pierwszy kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="171"/>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="172"/>
        <location filename="../../ui/panes/today_queue.py" line="244"/>
        <source>was due {when}</source>
        <translation>termin minął {when}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="172"/>
        <source>due by {when}</source>
        <translation>termin do {when}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="173"/>
        <source>{target} {state}</source>
        <translation>{target}: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/today_queue.py" line="177"/>
        <source>#{number} {summary}</source>
        <translation>nr {number} {summary}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="49"/>
        <source>&lt;h2&gt;Welcome to Makegood&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Witamy w Makegood&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="52"/>
        <source>Makegood helps the front desk turn a complaint into a customer who comes back.&lt;br&gt;&lt;br&gt;Find a customer in a second, see their whole history, take their complaint in their own words and follow it through to a fair resolution.&lt;br&gt;&lt;br&gt;This database has no customers yet. Try it with demo data, or start with your own.</source>
        <translation>Makegood pomaga recepcji zamienić reklamację w klienta, który wraca.&lt;br&gt;&lt;br&gt;Znajdź klienta w sekundę, zobacz całą jego historię, przyjmij reklamację jego słowami i doprowadź ją do uczciwego rozwiązania.&lt;br&gt;&lt;br&gt;Ta baza nie ma jeszcze klientów. Wypróbuj ją na danych przykładowych albo zacznij od własnych.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="60"/>
        <source>Load &amp;demo data</source>
        <translation>Wczytaj dane &amp;przykładowe</translation>
    </message>
    <message>
        <location filename="../../ui/panes/history_pane.py" line="62"/>
        <source>&amp;Add your first customer</source>
        <translation>&amp;Dodaj pierwszego klienta</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="271"/>
        <source>Say who is at the desk first: every change is recorded under a staff member.</source>
        <translation>Najpierw wskaż, kto jest przy recepcji: każda zmiana jest zapisywana na konkretnego pracownika.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="290"/>
        <source>line {line}: {reason}</source>
        <translation>wiersz {line}: {reason}</translation>
    </message>
</context>
</TS>
