<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>CORE</name>
    <message>
        <location filename="../../models/csvsource.py" line="25"/>
        <source>an Excel workbook or a zip file (save it from Excel as CSV)</source>
        <translation>skoroszyt Excela lub plik ZIP (zapisz go w Excelu jako CSV)</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="26"/>
        <source>an old Excel workbook (save it from Excel as CSV)</source>
        <translation>stary skoroszyt Excela (zapisz go w Excelu jako CSV)</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="27"/>
        <source>a database file</source>
        <translation>plik bazy danych</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="28"/>
        <source>a PDF document</source>
        <translation>dokument PDF</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="29"/>
        <location filename="../../models/csvsource.py" line="30"/>
        <source>a picture</source>
        <translation>obraz</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="54"/>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="54"/>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="55"/>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="60"/>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} jest pusty: nie ma czego importować.</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="63"/>
        <source>{name} is not a CSV file: it looks like {what}.</source>
        <translation>{name} nie jest plikiem CSV: wygląda na {what}.</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="66"/>
        <source>{name} is not a text (CSV) file: it holds binary data.</source>
        <translation>{name} nie jest plikiem tekstowym (CSV): zawiera dane binarne.</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="71"/>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (z BOM)</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="73"/>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (tekst Unicode)</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="84"/>
        <source>Windows Western (cp1252)</source>
        <translation>Windows zachodnioeuropejskie (cp1252)</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="86"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="105"/>
        <source>{path} does not exist.</source>
        <translation>{path} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="107"/>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} jest folderem, a nie plikiem CSV.</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="109"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Nie można odczytać {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="117"/>
        <source>{name} holds only blank lines: there is nothing to import.</source>
        <translation>{name} zawiera tylko puste wiersze: nie ma czego importować.</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="182"/>
        <source>{name} is not {encoding} text at line {line}; nothing was imported. Save it again as CSV UTF-8 and import that.</source>
        <translation>{name} nie jest tekstem w kodowaniu {encoding} w wierszu {line}; nic nie zaimportowano. Zapisz go ponownie jako CSV UTF-8 i zaimportuj ten plik.</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="186"/>
        <source>{name} cannot be read at line {line} ({reason}); nothing was imported.</source>
        <translation>Nie można odczytać {name} w wierszu {line} ({reason}); nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="235"/>
        <source>&apos;{value}&apos; is not {what}</source>
        <translation>„{value}” to nie jest {what}</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="250"/>
        <source>the date {text} cannot be day/month</source>
        <translation>data {text} nie może być w układzie dzień/miesiąc</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="251"/>
        <source>the date {text} cannot be month/day</source>
        <translation>data {text} nie może być w układzie miesiąc/dzień</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="254"/>
        <source>the date {text} could be day/month or month/day</source>
        <translation>data {text} może być w układzie dzień/miesiąc albo miesiąc/dzień</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="259"/>
        <source>a date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../models/csvsource.py" line="275"/>
        <location filename="../../models/csvsource.py" line="281"/>
        <source>an amount of money</source>
        <translation>kwota pieniędzy</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="66"/>
        <source>Makegood keeps its records in a file: an in-memory database would lose everything when the desk closes. Give a file path (or leave --db out for the usual one).</source>
        <translation>Makegood przechowuje dane w pliku: baza w pamięci straciłaby wszystko po zamknięciu stanowiska. Podaj ścieżkę pliku (albo pomiń --db, aby użyć zwykłego pliku).</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="96"/>
        <source>{where} is in use by another program (it is locked); close it and try again.</source>
        <translation>{where} jest używany przez inny program (jest zablokowany); zamknij go i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="99"/>
        <location filename="../../models/db.py" line="206"/>
        <source>{where} is read-only; Makegood needs to save to it.</source>
        <translation>{where} jest tylko do odczytu; Makegood musi móc w nim zapisywać.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="101"/>
        <source>{where} is not a Makegood database (it is not a readable SQLite file).</source>
        <translation>{where} nie jest bazą danych Makegood (nie jest czytelnym plikiem SQLite).</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="103"/>
        <source>{where} cannot be opened: {reason}</source>
        <translation>Nie można otworzyć {where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="118"/>
        <source>Cannot connect to {server}: {reason}</source>
        <translation>Nie można połączyć się z {server}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="126"/>
        <source>{server} stores text as {encoding}; Makegood needs a UTF8 database (CREATE DATABASE ... ENCODING &apos;UTF8&apos;).</source>
        <translation>{server} przechowuje tekst w kodowaniu {encoding}; Makegood potrzebuje bazy UTF8 (CREATE DATABASE ... ENCODING &apos;UTF8&apos;).</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="166"/>
        <source>The folder {parent} does not exist.</source>
        <translation>Folder {parent} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="168"/>
        <source>{where} is a folder, not a database file.</source>
        <translation>{where} jest folderem, a nie plikiem bazy danych.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="199"/>
        <source>{where} cannot be read (permission denied).</source>
        <translation>Nie można odczytać {where} (brak uprawnień).</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="201"/>
        <source>{where} is not a Makegood database (it is not a SQLite file).</source>
        <translation>{where} nie jest bazą danych Makegood (nie jest plikiem SQLite).</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="216"/>
        <source>{where} is a SQLite file but not a Makegood database.</source>
        <translation>{where} jest plikiem SQLite, ale nie bazą danych Makegood.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="223"/>
        <source>{where} was saved by a newer Makegood (schema {version}; this one reads up to {supported}). Update Makegood to open it.</source>
        <translation>{where} zapisała nowsza wersja Makegood (schemat {version}; ta wersja czyta do schematu {supported}). Zaktualizuj Makegood, aby ją otworzyć.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="255"/>
        <source>{where} is a database but not a Makegood database.</source>
        <translation>{where} jest bazą danych, ale nie bazą Makegood.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="259"/>
        <source>{where} was saved by a newer Makegood (schema {version}; this one reads up to {supported}).</source>
        <translation>{where} zapisała nowsza wersja Makegood (schemat {version}; ta wersja czyta do schematu {supported}).</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="271"/>
        <source>{where} could not be upgraded from schema {version} to {supported} ({reason}); it was left as it was.</source>
        <translation>Nie udało się zaktualizować {where} ze schematu {version} do {supported} ({reason}); plik pozostał bez zmian.</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="342"/>
        <source>the customer search index was missing and has been rebuilt (1 customer).</source>
        <translation>brakowało indeksu wyszukiwania klientów; został odbudowany (1 klient).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/db.py" line="343"/>
        <source>the customer search index was missing and has been rebuilt ({count} customers).</source>
        <translation>
            <numerusform>brakowało indeksu wyszukiwania klientów; został odbudowany ({count} klient).</numerusform>
            <numerusform>brakowało indeksu wyszukiwania klientów; został odbudowany ({count} klientów).</numerusform>
            <numerusform>brakowało indeksu wyszukiwania klientów; został odbudowany ({count} klientów).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="346"/>
        <source>the customer search index was damaged and has been rebuilt (1 customer).</source>
        <translation>indeks wyszukiwania klientów był uszkodzony i został odbudowany (1 klient).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/db.py" line="347"/>
        <source>the customer search index was damaged and has been rebuilt ({count} customers).</source>
        <translation>
            <numerusform>indeks wyszukiwania klientów był uszkodzony i został odbudowany ({count} klient).</numerusform>
            <numerusform>indeks wyszukiwania klientów był uszkodzony i został odbudowany ({count} klientów).</numerusform>
            <numerusform>indeks wyszukiwania klientów był uszkodzony i został odbudowany ({count} klientów).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="30"/>
        <source>Please check the highlighted fields.</source>
        <translation>Sprawdź zaznaczone pola.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/errors.py" line="32"/>
        <source>{first} (and %n more)</source>
        <translation>
            <numerusform>{first} (i jeszcze %n)</numerusform>
            <numerusform>{first} (i jeszcze %n)</numerusform>
            <numerusform>{first} (i jeszcze %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="64"/>
        <source>Another desk is saving — try again in a moment; nothing was lost.</source>
        <translation>Inne stanowisko właśnie zapisuje — spróbuj za chwilę; nic nie zostało utracone.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="74"/>
        <source>The disk is full, so nothing was saved; free some space and try again. What you typed is still here.</source>
        <translation>Dysk jest pełny, więc nic nie zapisano; zwolnij trochę miejsca i spróbuj ponownie. To, co wpisano, nadal tu jest.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="77"/>
        <source>The database is read-only now, so nothing was saved. What you typed is still here.</source>
        <translation>Baza danych jest teraz tylko do odczytu, więc nic nie zapisano. To, co wpisano, nadal tu jest.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="81"/>
        <source>The database server cannot be reached, so nothing was saved; it will be used again when it is back. What you typed is still here.</source>
        <translation>Nie można połączyć się z serwerem bazy danych, więc nic nie zapisano; zostanie użyty ponownie, gdy wróci. To, co wpisano, nadal tu jest.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="84"/>
        <source>The database refused the change ({reason}); nothing was saved.</source>
        <translation>Baza danych odrzuciła zmianę ({reason}); nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="99"/>
        <source>Something went wrong ({error}); nothing was saved.</source>
        <translation>Coś poszło nie tak ({error}); nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../models/services/alerts.py" line="60"/>
        <source>{category} on &apos;{service}&apos;</source>
        <translation>{category} przy usłudze „{service}”</translation>
    </message>
    <message>
        <location filename="../../models/services/alerts.py" line="62"/>
        <source>none in the {weeks} weeks before</source>
        <translation>brak w {weeks} poprzednich tygodniach</translation>
    </message>
    <message>
        <location filename="../../models/services/alerts.py" line="63"/>
        <source>{ratio:.0f}× usual</source>
        <translation>{ratio:.0f}× więcej niż zwykle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/services/alerts.py" line="64"/>
        <source>{what}: %n complaints in {weeks} weeks, {usual}</source>
        <translation>
            <numerusform>{what}: %n skarga w {weeks} tyg., {usual}</numerusform>
            <numerusform>{what}: %n skargi w {weeks} tyg., {usual}</numerusform>
            <numerusform>{what}: %n skarg w {weeks} tyg., {usual}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/services/alerts.py" line="66"/>
        <source> — mostly &apos;{service}&apos;</source>
        <translation> — głównie „{service}”</translation>
    </message>
    <message>
        <location filename="../../models/services/audit.py" line="58"/>
        <location filename="../../models/services/vouchers.py" line="189"/>
        <source>Say who is at the desk first: every change is recorded under a staff member.</source>
        <translation>Najpierw wskaż, kto jest przy stanowisku: każda zmiana jest zapisywana pod nazwiskiem pracownika.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="87"/>
        <location filename="../../models/services/backup.py" line="183"/>
        <source>No database is open.</source>
        <translation>Żadna baza danych nie jest otwarta.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="126"/>
        <location filename="../../models/services/backup.py" line="173"/>
        <source>the file is damaged ({reason})</source>
        <translation>plik jest uszkodzony ({reason})</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="128"/>
        <source>the file is damaged ({problems})</source>
        <translation>plik jest uszkodzony ({problems})</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="131"/>
        <source>it is not a Makegood database (no schema version)</source>
        <translation>to nie jest baza danych Makegood (brak wersji schematu)</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="134"/>
        <source>it was saved by a newer Makegood (schema {version}; this one reads up to {supported})</source>
        <translation>zapisała ją nowsza wersja Makegood (schemat {version}; ta wersja czyta do schematu {supported})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/services/backup.py" line="140"/>
        <source>%n {table} row(s) point to a missing {parent}</source>
        <translation>
            <numerusform>%n wiersz tabeli {table} wskazuje na brakujący rekord {parent}</numerusform>
            <numerusform>%n wiersze tabeli {table} wskazują na brakujący rekord {parent}</numerusform>
            <numerusform>%n wierszy tabeli {table} wskazuje na brakujący rekord {parent}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="149"/>
        <source>the customer search index does not match the customers ({reason})</source>
        <translation>indeks wyszukiwania klientów nie zgadza się z klientami ({reason})</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="154"/>
        <location filename="../../models/services/backup.py" line="195"/>
        <source>the customer search index is missing</source>
        <translation>brakuje indeksu wyszukiwania klientów</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="162"/>
        <source>{where} does not exist.</source>
        <translation>{where} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="165"/>
        <source>it is not a SQLite database file</source>
        <translation>to nie jest plik bazy danych SQLite</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="169"/>
        <source>it cannot be opened ({reason})</source>
        <translation>nie można go otworzyć ({reason})</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="189"/>
        <source>the schema is {version}; this Makegood expects {supported}</source>
        <translation>schemat to {version}; ta wersja Makegood oczekuje {supported}</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="226"/>
        <source>A backup cannot be written over the database itself; choose another file.</source>
        <translation>Kopii zapasowej nie można zapisać na samej bazie danych; wybierz inny plik.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="228"/>
        <source>The folder {parent} does not exist; choose one that does.</source>
        <translation>Folder {parent} nie istnieje; wybierz istniejący.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="233"/>
        <source>The backup folder {parent} cannot be made ({reason}).</source>
        <translation>Nie można utworzyć folderu kopii zapasowych {parent} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="241"/>
        <source>{file} cannot be read for a backup ({reason}).</source>
        <translation>Nie można odczytać {file}, aby zrobić kopię zapasową ({reason}).</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="250"/>
        <source>The backup could not be saved in {parent}: the disk is full. The earlier backups were kept; free some space and back up again.</source>
        <translation>Nie udało się zapisać kopii zapasowej w {parent}: dysk jest pełny. Wcześniejsze kopie zachowano; zwolnij trochę miejsca i zrób kopię ponownie.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="252"/>
        <source>The backup could not be written to {target} ({reason}); the earlier backups were kept.</source>
        <translation>Nie udało się zapisać kopii zapasowej do {target} ({reason}); wcześniejsze kopie zachowano.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="259"/>
        <source>The database is damaged ({problems}), so this copy was not kept and the earlier backups are untouched. {hint}</source>
        <translation>Baza danych jest uszkodzona ({problems}), więc tej kopii nie zachowano, a wcześniejsze kopie są nietknięte. {hint}</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="315"/>
        <source>The database is on a server: it is backed up there with pg_dump.</source>
        <translation>Baza danych jest na serwerze: kopię zapasową robi się tam przez pg_dump.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="321"/>
        <source>There is no backup of this database yet.</source>
        <translation>Ta baza danych nie ma jeszcze kopii zapasowej.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/services/backup.py" line="327"/>
        <source>The last backup is %n days old ({when}); back up now.</source>
        <translation>
            <numerusform>Ostatnia kopia zapasowa ma %n dzień ({when}); zrób kopię teraz.</numerusform>
            <numerusform>Ostatnia kopia zapasowa ma %n dni ({when}); zrób kopię teraz.</numerusform>
            <numerusform>Ostatnia kopia zapasowa ma %n dni ({when}); zrób kopię teraz.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="330"/>
        <source>Last backup {when}: {path}</source>
        <translation>Ostatnia kopia zapasowa {when}: {path}</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="339"/>
        <source>Restore the last good backup, {path} (taken {taken}): python main.py restore {path}</source>
        <translation>Przywróć ostatnią dobrą kopię zapasową, {path} (z {taken}): python main.py restore {path}</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="341"/>
        <source>There is no good backup to restore from.</source>
        <translation>Nie ma dobrej kopii zapasowej do przywrócenia.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="358"/>
        <source>That is the database itself; choose a backup file to restore from.</source>
        <translation>To jest sama baza danych; wybierz plik kopii zapasowej do przywrócenia.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="361"/>
        <source>{source} cannot be restored: {problems}. Nothing was changed.</source>
        <translation>Nie można przywrócić {source}: {problems}. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="379"/>
        <source>The disk is full, so {file} was not replaced; free some space and restore again.</source>
        <translation>Dysk jest pełny, więc {file} nie został zastąpiony; zwolnij trochę miejsca i przywróć ponownie.</translation>
    </message>
    <message>
        <location filename="../../models/services/backup.py" line="381"/>
        <source>{file} could not be replaced ({reason}); it was left as it was.</source>
        <translation>Nie udało się zastąpić {file} ({reason}); plik pozostał bez zmian.</translation>
    </message>
    <message>
        <location filename="../../models/services/closing.py" line="15"/>
        <source>Faulty parts or materials</source>
        <translation>Wadliwe części lub materiały</translation>
    </message>
    <message>
        <location filename="../../models/services/closing.py" line="16"/>
        <source>Workmanship</source>
        <translation>Jakość wykonania</translation>
    </message>
    <message>
        <location filename="../../models/services/closing.py" line="17"/>
        <source>Estimate or pricing process</source>
        <translation>Wycena lub proces ustalania ceny</translation>
    </message>
    <message>
        <location filename="../../models/services/closing.py" line="18"/>
        <source>Communication with the customer</source>
        <translation>Komunikacja z klientem</translation>
    </message>
    <message>
        <location filename="../../models/services/closing.py" line="19"/>
        <source>Scheduling or capacity</source>
        <translation>Terminy lub brak mocy przerobowych</translation>
    </message>
    <message>
        <location filename="../../models/services/closing.py" line="20"/>
        <source>Training or know-how</source>
        <translation>Szkolenie lub wiedza</translation>
    </message>
    <message>
        <location filename="../../models/services/closing.py" line="21"/>
        <source>Customer expectation (no fault found)</source>
        <translation>Oczekiwania klienta (nie stwierdzono winy)</translation>
    </message>
    <message>
        <location filename="../../models/services/closing.py" line="22"/>
        <location filename="../../models/services/complaints.py" line="29"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../../models/services/closing.py" line="43"/>
        <source>Choose what caused the problem.</source>
        <translation>Wybierz, co spowodowało problem.</translation>
    </message>
    <message>
        <location filename="../../models/services/closing.py" line="47"/>
        <source>Say in a few words what the cause was.</source>
        <translation>Opisz w kilku słowach, jaka była przyczyna.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="21"/>
        <source>Price over the estimate</source>
        <translation>Cena wyższa niż w wycenie</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="22"/>
        <source>Inferior materials / workmanship</source>
        <translation>Słabe materiały / wykonanie</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="23"/>
        <source>Product failed too soon</source>
        <translation>Produkt zbyt szybko się zepsuł</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="24"/>
        <source>Incompetent service</source>
        <translation>Niekompetentna obsługa</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="25"/>
        <source>Unfriendly attitude</source>
        <translation>Nieuprzejme zachowanie</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="26"/>
        <source>Late / missed deadline</source>
        <translation>Spóźnienie / niedotrzymany termin</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="27"/>
        <source>Billing error</source>
        <translation>Błąd w rachunku</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="28"/>
        <source>Public review</source>
        <translation>Publiczna opinia</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="32"/>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="33"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="34"/>
        <source>Awaiting customer</source>
        <translation>Czeka na klienta</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="35"/>
        <source>Resolved</source>
        <translation>Rozwiązana</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="36"/>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="39"/>
        <source>1 – minor</source>
        <translation>1 – drobna</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="40"/>
        <source>2 – moderate</source>
        <translation>2 – umiarkowana</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="41"/>
        <source>3 – serious</source>
        <translation>3 – poważna</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="42"/>
        <source>4 – severe</source>
        <translation>4 – bardzo poważna</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="45"/>
        <source>Walk-in</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="46"/>
        <location filename="../../models/services/customers.py" line="28"/>
        <location filename="../../models/services/import_kinds.py" line="56"/>
        <location filename="../../models/settings.py" line="99"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="47"/>
        <location filename="../../models/services/customers.py" line="29"/>
        <location filename="../../models/services/import_kinds.py" line="57"/>
        <location filename="../../models/settings.py" line="100"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="48"/>
        <location filename="../../models/services/customers.py" line="30"/>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="49"/>
        <source>Online review</source>
        <translation>Opinia w internecie</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="52"/>
        <source>Not assessed yet</source>
        <translation>Jeszcze nie oceniono</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="53"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="54"/>
        <source>Partly</source>
        <translation>Częściowo</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="55"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="129"/>
        <source>Choose what the complaint is about.</source>
        <translation>Wybierz, czego dotyczy skarga.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="131"/>
        <source>Write a one-line summary.</source>
        <translation>Napisz jednozdaniowe podsumowanie.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="133"/>
        <source>Keep the summary to one line ({limit} characters at most).</source>
        <translation>Podsumowanie musi mieścić się w jednym wierszu (najwyżej {limit} znaków).</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="141"/>
        <source>Choose how the complaint reached us.</source>
        <translation>Wybierz, jak skarga do nas trafiła.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="143"/>
        <location filename="../../models/services/import_kinds.py" line="354"/>
        <source>Severity is 1 (minor) to 4 (severe).</source>
        <translation>Waga to od 1 (drobna) do 4 (bardzo poważna).</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="145"/>
        <source>Choose a status.</source>
        <translation>Wybierz status.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="147"/>
        <source>At fault is yes, partly or no.</source>
        <translation>Wina to: tak, częściowo lub nie.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="149"/>
        <source>The time received needs a time zone.</source>
        <translation>Czas przyjęcia musi mieć strefę czasową.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="155"/>
        <location filename="../../models/services/customers.py" line="195"/>
        <location filename="../../models/services/merge.py" line="109"/>
        <location filename="../../models/services/promises.py" line="171"/>
        <location filename="../../models/services/vouchers.py" line="318"/>
        <source>That customer no longer exists.</source>
        <translation>Ten klient już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="159"/>
        <source>That visit is not one of this customer&apos;s.</source>
        <translation>Ta wizyta nie należy do tego klienta.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="173"/>
        <source>A new complaint starts as New.</source>
        <translation>Nowa skarga zaczyna ze statusem Nowa.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="200"/>
        <location filename="../../models/services/letters.py" line="167"/>
        <location filename="../../models/services/promises.py" line="175"/>
        <location filename="../../models/services/remedy_offers.py" line="92"/>
        <location filename="../../models/services/resolution.py" line="118"/>
        <location filename="../../models/services/resolution.py" line="182"/>
        <location filename="../../models/services/vouchers.py" line="322"/>
        <source>That complaint no longer exists.</source>
        <translation>Ta skarga już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="234"/>
        <source>A complaint cannot move to another customer.</source>
        <translation>Skargi nie można przenieść do innego klienta.</translation>
    </message>
    <message>
        <location filename="../../models/services/complaints.py" line="276"/>
        <source>A complaint that is {status} cannot be set to {new}.</source>
        <translation>Skargi o statusie „{status}” nie można zmienić na „{new}”.</translation>
    </message>
    <message>
        <location filename="../../models/services/customers.py" line="31"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../models/services/customers.py" line="105"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Wpisz imię i nazwisko klienta.</translation>
    </message>
    <message>
        <location filename="../../models/services/customers.py" line="108"/>
        <source>A phone number has 6 to 15 digits (spaces, +, - and brackets are fine).</source>
        <translation>Numer telefonu ma od 6 do 15 cyfr (spacje, +, - i nawiasy są dozwolone).</translation>
    </message>
    <message>
        <location filename="../../models/services/customers.py" line="111"/>
        <source>That email address looks incomplete, e.g. name@example.com.</source>
        <translation>Ten adres e-mail wygląda na niepełny, np. imie@example.com.</translation>
    </message>
    <message>
        <location filename="../../models/services/customers.py" line="113"/>
        <source>Preferred contact is one of: {choices}.</source>
        <translation>Preferowany kontakt to jedno z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../models/services/customers.py" line="116"/>
        <source>Letters can be written in: {languages}; or leave it empty for the business&apos;s default.</source>
        <translation>Listy można pisać w językach: {languages}; albo zostaw puste, aby użyć domyślnego języka firmy.</translation>
    </message>
    <message>
        <location filename="../../models/services/customers.py" line="120"/>
        <source>Add an email address to contact this customer by email.</source>
        <translation>Dodaj adres e-mail, aby kontaktować się z tym klientem e-mailem.</translation>
    </message>
    <message>
        <location filename="../../models/services/customers.py" line="356"/>
        <location filename="../../models/services/import_kinds.py" line="288"/>
        <source>Say what service was done.</source>
        <translation>Wpisz, jaka usługa została wykonana.</translation>
    </message>
    <message>
        <location filename="../../models/services/customers.py" line="360"/>
        <source>The amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <location filename="../../models/services/customers.py" line="362"/>
        <source>The estimate cannot be negative.</source>
        <translation>Wycena nie może być ujemna.</translation>
    </message>
    <message>
        <location filename="../../models/services/exports.py" line="147"/>
        <source>Cannot export {kind!r}: choose customers, complaints, vouchers or remedies.</source>
        <translation>Nie można wyeksportować {kind!r}: wybierz klientów, skargi, bony lub rekompensaty.</translation>
    </message>
    <message>
        <location filename="../../models/services/exports.py" line="152"/>
        <source>{target} is a folder; give a file name to export to, e.g. {kind}.csv.</source>
        <translation>{target} jest folderem; podaj nazwę pliku do eksportu, np. {kind}.csv.</translation>
    </message>
    <message>
        <location filename="../../models/services/exports.py" line="155"/>
        <source>Cannot export to {target}: the folder {parent} does not exist.</source>
        <translation>Nie można wyeksportować do {target}: folder {parent} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../models/services/exports.py" line="160"/>
        <source>Cannot write to {parent} ({reason}); nothing was exported.</source>
        <translation>Nie można zapisywać w {parent} ({reason}); nic nie wyeksportowano.</translation>
    </message>
    <message>
        <location filename="../../models/services/exports.py" line="175"/>
        <source>The {noun} export was stopped; no file was written.</source>
        <translation>Eksport ({noun}) został przerwany; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <location filename="../../models/services/exports.py" line="181"/>
        <source>Cannot write {target} ({reason}); nothing was exported.</source>
        <translation>Nie można zapisać {target} ({reason}); nic nie wyeksportowano.</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="51"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="54"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="55"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="58"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="60"/>
        <source>Address line 2</source>
        <translation>Adres, wiersz 2</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="61"/>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="63"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="64"/>
        <source>Preferred contact</source>
        <translation>Preferowany kontakt</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="66"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="69"/>
        <location filename="../../models/services/import_kinds.py" line="80"/>
        <source>Customer email</source>
        <translation>E-mail klienta</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="70"/>
        <location filename="../../models/services/import_kinds.py" line="81"/>
        <source>Customer phone</source>
        <translation>Telefon klienta</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="71"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="73"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="74"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="77"/>
        <source>Estimate</source>
        <translation>Wycena</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="82"/>
        <source>Received</source>
        <translation>Przyjęto</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="84"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="85"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="86"/>
        <source>Customer&apos;s words</source>
        <translation>Słowa klienta</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="88"/>
        <source>Desired outcome</source>
        <translation>Oczekiwany wynik</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="90"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="91"/>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="157"/>
        <source>a customer&apos;s name</source>
        <translation>imienia i nazwiska klienta</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="255"/>
        <source>no email or phone</source>
        <translation>brak e-maila i telefonu</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="256"/>
        <source>no customer matches {said}; import the customers first</source>
        <translation>żaden klient nie pasuje do: {said}; najpierw zaimportuj klientów</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="283"/>
        <source>the customer&apos;s email or phone, the date and the service</source>
        <translation>e-maila lub telefonu klienta, daty i usługi</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="290"/>
        <source>The service is too long (200 characters at most).</source>
        <translation>Nazwa usługi jest za długa (najwyżej 200 znaków).</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="294"/>
        <source>An amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <location filename="../../models/services/import_kinds.py" line="348"/>
        <source>the customer&apos;s email or phone, the date received and a summary</source>
        <translation>e-maila lub telefonu klienta, daty przyjęcia i podsumowania</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="108"/>
        <source>Makegood imports {kinds}, not {kind}.</source>
        <translation>Makegood importuje: {kinds}, a nie {kind}.</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="112"/>
        <source>{kind} have no field {field}; the fields are {fields}.</source>
        <translation>{kind} nie mają pola {field}; pola to: {fields}.</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="137"/>
        <source>{name} has a header but no rows to import.</source>
        <translation>{name} ma wiersz nagłówka, ale nie ma wierszy do zaimportowania.</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="145"/>
        <source>{name} has no header line with the column(s) {columns}; its first line reads: {first}</source>
        <translation>{name} nie ma wiersza nagłówka z kolumnami: {columns}; jego pierwszy wiersz to: {first}</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="147"/>
        <source>No column of {name} looks like {missing}; its first line reads: {first}. Say which column it is with --map {field}=Column.</source>
        <translation>Żadna kolumna w {name} nie wygląda na kolumnę {missing}; pierwszy wiersz to: {first}. Wskaż kolumnę opcją --map {field}=Kolumna.</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="156"/>
        <source>Map a column to {missing} to import {kind}.</source>
        <translation>Przypisz kolumnę do {missing}, aby zaimportować: {kind}.</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="190"/>
        <source>the line is cut short ({cells} of {header} columns)</source>
        <translation>wiersz jest ucięty ({cells} z {header} kolumn)</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="196"/>
        <source>the {column} column holds {count:,} characters; at most {most:,} are imported</source>
        <translation>kolumna {column} zawiera {count:,} znaków; importuje się najwyżej {most:,}</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="199"/>
        <source>the {column} column holds NUL characters (binary data)</source>
        <translation>kolumna {column} zawiera znaki NUL (dane binarne)</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="213"/>
        <source>The dates could be day/month or month/day (like 03/04/2024); say which the file uses (--date-format DD/MM/YYYY or MM/DD/YYYY).</source>
        <translation>Daty mogą być w układzie dzień/miesiąc albo miesiąc/dzień (np. 03/04/2024); wskaż, którego używa plik (--date-format DD/MM/YYYY lub MM/DD/YYYY).</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="237"/>
        <location filename="../../models/services/importing.py" line="258"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Import został anulowany; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="281"/>
        <source>The rejected rows could not be written beside {name} (the folder cannot be written to); their reasons are listed here.</source>
        <translation>Nie udało się zapisać odrzuconych wierszy obok {name} (w folderze nie można zapisywać); ich powody są wymienione tutaj.</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="299"/>
        <source>{file} ({encoding}, {delimiter}-separated), {kind} (dry run): {added} added, {updated} updated, {duplicates} skipped as duplicates, {rejected} rejected.</source>
        <translation>{file} ({encoding}, separator: {delimiter}), {kind} (próba): dodano {added}, zaktualizowano {updated}, pominięto jako duplikaty {duplicates}, odrzucono {rejected}.</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="301"/>
        <source>{file} ({encoding}, {delimiter}-separated), {kind}: {added} added, {updated} updated, {duplicates} skipped as duplicates, {rejected} rejected.</source>
        <translation>{file} ({encoding}, separator: {delimiter}), {kind}: dodano {added}, zaktualizowano {updated}, pominięto jako duplikaty {duplicates}, odrzucono {rejected}.</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="307"/>
        <source>  line {line}: {reason}</source>
        <translation>  wiersz {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="309"/>
        <source>  … and {count} more</source>
        <translation>  … i jeszcze {count}</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="311"/>
        <source>The rejected rows and their reasons are in {file}.</source>
        <translation>Odrzucone wiersze wraz z powodami są w pliku {file}.</translation>
    </message>
    <message>
        <location filename="../../models/services/importing.py" line="315"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Próba: nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../models/services/letterhead.py" line="32"/>
        <source>Letters and vouchers need the business&apos;s name and address: a manager sets them in Settings → Business first.</source>
        <translation>Listy i bony wymagają nazwy i adresu firmy: najpierw kierownik ustawia je w Ustawienia → Firma.</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="46"/>
        <location filename="../../models/settings.py" line="110"/>
        <source>Apology letter</source>
        <translation>List z przeprosinami</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="47"/>
        <location filename="../../models/settings.py" line="112"/>
        <source>Follow-up letter</source>
        <translation>List z pytaniem po rozwiązaniu</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="48"/>
        <location filename="../../models/settings.py" line="115"/>
        <source>Resolution letter</source>
        <translation>List potwierdzający ustalenia</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="49"/>
        <source>Case file</source>
        <translation>Akta sprawy</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="55"/>
        <location filename="../../models/services/letters.py" line="56"/>
        <source>this complaint is not linked to a visit</source>
        <translation>ta skarga nie jest powiązana z wizytą</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="57"/>
        <source>nothing has been agreed yet (record the agreement step first)</source>
        <translation>nic jeszcze nie uzgodniono (najpierw zapisz krok uzgodnienia)</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="58"/>
        <source>no remedy has been offered yet</source>
        <translation>nie zaproponowano jeszcze rekompensaty</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="59"/>
        <location filename="../../models/services/letters.py" line="60"/>
        <location filename="../../models/services/letters.py" line="61"/>
        <source>no voucher has been issued for this complaint</source>
        <translation>dla tej skargi nie wydano bonu</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="89"/>
        <source>{letter}, {date}</source>
        <translation>{letter}, {date}</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="105"/>
        <source>The letter is one of: apology, follow-up, resolution, case-file.</source>
        <translation>List to jedno z: apology, follow-up, resolution, case-file.</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="213"/>
        <source>Choose an apology, follow-up or resolution letter.</source>
        <translation>Wybierz list z przeprosinami, z pytaniem po rozwiązaniu albo potwierdzający ustalenia.</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="219"/>
        <source>{name} has no postal address: print without the address block, or add one to the customer first.</source>
        <translation>{name} nie ma adresu pocztowego: wydrukuj bez bloku adresowego albo najpierw dodaj adres klientowi.</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="233"/>
        <source>{field} is not known</source>
        <translation>pole {field} jest nieznane</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="234"/>
        <source>The {letter} template uses {{{field}}}, but {reason}: fill it in, or change the template in Settings.</source>
        <translation>Szablon „{letter}” używa pola {{{field}}}, ale {reason}: uzupełnij to albo zmień szablon w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="385"/>
        <source>That letter is no longer on file.</source>
        <translation>Tego listu nie ma już w aktach.</translation>
    </message>
    <message>
        <location filename="../../models/services/letters.py" line="446"/>
        <location filename="../../models/services/letters.py" line="456"/>
        <location filename="../../models/services/letters.py" line="459"/>
        <source>Printing the follow-up letters was cancelled; nothing was printed or stored.</source>
        <translation>Drukowanie listów z pytaniem po rozwiązaniu zostało anulowane; nic nie wydrukowano ani nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../models/services/merge.py" line="121"/>
        <source>A customer cannot be merged into themselves; choose the other record.</source>
        <translation>Klienta nie można scalić z nim samym; wybierz drugi rekord.</translation>
    </message>
    <message>
        <location filename="../../models/services/merge.py" line="127"/>
        <source>{name} was already merged into {value}; nothing was changed.</source>
        <translation>{name} został już scalony z {value}; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../models/services/merge.py" line="128"/>
        <source>another record</source>
        <translation>innym rekordem</translation>
    </message>
    <message>
        <location filename="../../models/services/monthly_report.py" line="30"/>
        <source>Give the month as YYYY-MM, e.g. 2026-11.</source>
        <translation>Podaj miesiąc jako RRRR-MM, np. 2026-11.</translation>
    </message>
    <message>
        <location filename="../../models/services/monthly_report.py" line="31"/>
        <source>&apos;{month}&apos; is not a month: give it as YYYY-MM, e.g. 2026-11.</source>
        <translation>„{month}” nie jest miesiącem: podaj go jako RRRR-MM, np. 2026-11.</translation>
    </message>
    <message>
        <location filename="../../models/services/monthly_report.py" line="35"/>
        <source>{month} has not begun yet; a report is for a month that has.</source>
        <translation>{month} jeszcze się nie zaczął; raport dotyczy miesiąca, który już trwa lub minął.</translation>
    </message>
    <message>
        <location filename="../../models/services/monthly_report.py" line="71"/>
        <source>&apos;{language}&apos; is not a report language: choose one of {languages}.</source>
        <translation>„{language}” nie jest językiem raportu: wybierz jeden z: {languages}.</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="25"/>
        <source>Call back</source>
        <translation>Oddzwonić</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="26"/>
        <source>Quick action</source>
        <translation>Szybkie działanie</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="27"/>
        <source>Follow-up call</source>
        <translation>Telefon po rozwiązaniu</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="138"/>
        <location filename="../../models/services/promises.py" line="203"/>
        <source>That promise no longer exists.</source>
        <translation>Ta obietnica już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="156"/>
        <source>Say what was promised.</source>
        <translation>Wpisz, co zostało obiecane.</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="158"/>
        <source>Keep the promise short ({limit} characters at most).</source>
        <translation>Obietnica musi być krótka (najwyżej {limit} znaków).</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="163"/>
        <source>A promise is a call back, a quick action or a follow-up.</source>
        <translation>Obietnica to oddzwonienie, szybkie działanie albo telefon po rozwiązaniu.</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="165"/>
        <source>The due time needs a time zone.</source>
        <translation>Termin musi mieć strefę czasową.</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="167"/>
        <source>A promise cannot be due in the past; choose a later time.</source>
        <translation>Termin obietnicy nie może być w przeszłości; wybierz późniejszy.</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="177"/>
        <source>That complaint is not this customer&apos;s.</source>
        <translation>Ta skarga nie należy do tego klienta.</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="195"/>
        <source>Say how it went (the outcome).</source>
        <translation>Napisz, jak poszło (wynik).</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="197"/>
        <source>Keep the outcome to {limit} characters.</source>
        <translation>Wynik może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../models/services/promises.py" line="205"/>
        <source>This promise is already done.</source>
        <translation>Ta obietnica jest już spełniona.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="22"/>
        <source>new</source>
        <translation>nowy</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="22"/>
        <source>regular</source>
        <translation>stały</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="23"/>
        <source>loyal</source>
        <translation>lojalny</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="25"/>
        <source>offered</source>
        <translation>zaproponowana</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="25"/>
        <source>accepted</source>
        <translation>przyjęta</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="26"/>
        <source>declined</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="26"/>
        <source>given</source>
        <translation>udzielona</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="28"/>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="29"/>
        <source>Regular customer</source>
        <translation>Stały klient</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="30"/>
        <source>Loyal customer</source>
        <translation>Lojalny klient</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="36"/>
        <source>Redo the service free</source>
        <translation>Ponowne wykonanie usługi za darmo</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="37"/>
        <source>Refund</source>
        <translation>Zwrot pieniędzy</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="38"/>
        <source>Discount now</source>
        <translation>Rabat od razu</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="39"/>
        <source>Voucher for the next service</source>
        <translation>Bon na następną usługę</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="40"/>
        <source>Small gift</source>
        <translation>Drobny upominek</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="41"/>
        <source>No remedy (with a kind explanation)</source>
        <translation>Bez rekompensaty (z życzliwym wyjaśnieniem)</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="86"/>
        <source>not our fault: goodwill only</source>
        <translation>nie z naszej winy: tylko gest dobrej woli</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="88"/>
        <source>{tier} customer: a small gift to say thank you for coming back</source>
        <translation>{tier} klient: drobny upominek w podziękowaniu za powrót</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="91"/>
        <source>new customer: explain kindly what happened; no remedy is owed</source>
        <translation>nowy klient: życzliwie wyjaśnij, co się stało; rekompensata się nie należy</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="95"/>
        <source>severity {severity}: {base} % of the bill</source>
        <translation>waga {severity}: {base} % rachunku</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="97"/>
        <source>serious and our fault: put it right — redo the service free</source>
        <translation>poważne i z naszej winy: napraw to — wykonaj usługę ponownie za darmo</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="103"/>
        <source>partly our fault: half</source>
        <translation>częściowo z naszej winy: połowa</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="106"/>
        <source>fault not assessed yet: treated as partly ours (half)</source>
        <translation>wina jeszcze nieoceniona: traktowana jako częściowo nasza (połowa)</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="110"/>
        <source>{tier} customer: +{bonus} %</source>
        <translation>{tier} klient: +{bonus} %</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="113"/>
        <source>a discount now shows we take it seriously</source>
        <translation>rabat od razu pokazuje, że traktujemy sprawę poważnie</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="115"/>
        <source>a voucher for the next service brings them back</source>
        <translation>bon na następną usługę sprawi, że klient wróci</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="148"/>
        <source>Choose a kind of remedy.</source>
        <translation>Wybierz rodzaj rekompensaty.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="150"/>
        <source>Give an amount or a percent, not both.</source>
        <translation>Podaj kwotę albo procent, nie oba naraz.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="153"/>
        <source>No remedy has no amount; choose another kind to give something.</source>
        <translation>„Bez rekompensaty” nie ma kwoty; wybierz inny rodzaj, aby coś dać.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="156"/>
        <source>A remedy cannot be negative.</source>
        <translation>Rekompensata nie może być ujemna.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="158"/>
        <source>A percent is at most 100.</source>
        <translation>Procent może wynosić najwyżej 100.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="160"/>
        <source>Enter the amount or the percent.</source>
        <translation>Wpisz kwotę albo procent.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="162"/>
        <source>A gift has an amount, not a percent.</source>
        <translation>Upominek ma kwotę, a nie procent.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="165"/>
        <source>A refund cannot be more than the bill ({bill}).</source>
        <translation>Zwrot nie może przekraczać rachunku ({bill}).</translation>
    </message>
    <message>
        <location filename="../../models/services/remedies.py" line="188"/>
        <source>{percent} % of the bill or {amount}</source>
        <translation>{percent} % rachunku lub {amount}</translation>
    </message>
    <message>
        <location filename="../../models/services/remedy_offers.py" line="85"/>
        <location filename="../../models/services/remedy_offers.py" line="136"/>
        <source>That remedy no longer exists.</source>
        <translation>Ta rekompensata już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedy_offers.py" line="114"/>
        <source>This complaint is closed; reopen it before offering a remedy.</source>
        <translation>Ta skarga jest zamknięta; otwórz ją ponownie, zanim zaproponujesz rekompensatę.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedy_offers.py" line="121"/>
        <source>This remedy is above the desk limit ({limit}): a manager must approve it with their PIN.</source>
        <translation>Ta rekompensata przekracza limit stanowiska ({limit}): musi ją zatwierdzić kierownik swoim PIN-em.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedy_offers.py" line="125"/>
        <source>Only an active manager can approve a remedy above the desk limit.</source>
        <translation>Rekompensatę powyżej limitu stanowiska może zatwierdzić tylko aktywny kierownik.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedy_offers.py" line="138"/>
        <source>A remedy that is {status} cannot be marked {new}.</source>
        <translation>Rekompensaty o stanie „{status}” nie można oznaczyć jako „{new}”.</translation>
    </message>
    <message>
        <location filename="../../models/services/remedy_offers.py" line="146"/>
        <source>Another desk changed this remedy just now; look again.</source>
        <translation>Inne stanowisko właśnie zmieniło tę rekompensatę; sprawdź ponownie.</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="28"/>
        <source>Listen</source>
        <translation>Wysłuchaj</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="29"/>
        <source>Thank</source>
        <translation>Podziękuj</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="30"/>
        <source>Apologize</source>
        <translation>Przeproś</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="31"/>
        <source>Seek the best solution</source>
        <translation>Poszukaj najlepszego rozwiązania</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="32"/>
        <source>Reach agreement</source>
        <translation>Uzgodnij</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="33"/>
        <source>Take quick action</source>
        <translation>Działaj szybko</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="34"/>
        <source>Follow up</source>
        <translation>Zapytaj po rozwiązaniu</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="134"/>
        <source>There is no such step.</source>
        <translation>Nie ma takiego kroku.</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="136"/>
        <source>The note is too long ({limit} characters at most).</source>
        <translation>Notatka jest za długa (najwyżej {limit} znaków).</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="141"/>
        <source>Satisfaction is 1 (not at all) to 5 (very satisfied).</source>
        <translation>Zadowolenie to od 1 (wcale) do 5 (bardzo zadowolony).</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="143"/>
        <source>Satisfaction is asked at the follow-up.</source>
        <translation>O zadowolenie pyta się przy kontakcie po rozwiązaniu.</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="146"/>
        <source>Only the quick action is promised for a date.</source>
        <translation>Tylko szybkie działanie obiecuje się na konkretny termin.</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="148"/>
        <source>The promised time needs a time zone.</source>
        <translation>Obiecany czas musi mieć strefę czasową.</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="150"/>
        <source>The quick action cannot be promised for a time already past.</source>
        <translation>Szybkiego działania nie można obiecać na czas, który już minął.</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="186"/>
        <source>This complaint is closed; reopen it to work on it again.</source>
        <translation>Ta skarga jest zamknięta; otwórz ją ponownie, aby dalej nad nią pracować.</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="190"/>
        <source>Do “{step}” first: the steps go in order.</source>
        <translation>Najpierw „{step}”: kroki idą po kolei.</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="233"/>
        <source>The quick action agreed</source>
        <translation>Uzgodnione szybkie działanie</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="237"/>
        <source>Call to ask if they are satisfied now</source>
        <translation>Zadzwonić i zapytać, czy klient jest teraz zadowolony</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="241"/>
        <source>Followed up</source>
        <translation>Skontaktowano się po rozwiązaniu</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="243"/>
        <source>{outcome} (satisfaction {satisfaction}/5)</source>
        <translation>{outcome} (zadowolenie {satisfaction}/5)</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="282"/>
        <source>{step} — {name}: “{note}”</source>
        <translation>{step} — {name}: „{note}”</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="282"/>
        <source>{step} — {name}</source>
        <translation>{step} — {name}</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="283"/>
        <location filename="../../models/services/versioning.py" line="23"/>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="296"/>
        <source>{remedy} — {status}</source>
        <translation>{remedy} — {status}</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="299"/>
        <source>{kind}: {what} (done)</source>
        <translation>{kind}: {what} (zrobione)</translation>
    </message>
    <message>
        <location filename="../../models/services/resolution.py" line="299"/>
        <source>{kind}: {what} (open)</source>
        <translation>{kind}: {what} (otwarte)</translation>
    </message>
    <message>
        <location filename="../../models/services/staff.py" line="64"/>
        <source>Enter the staff member&apos;s name.</source>
        <translation>Wpisz imię i nazwisko pracownika.</translation>
    </message>
    <message>
        <location filename="../../models/services/staff.py" line="68"/>
        <source>Role must be one of: {choices}.</source>
        <translation>Rola to jedno z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../models/services/staff.py" line="70"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN musi mieć od 4 do 8 cyfr.</translation>
    </message>
    <message>
        <location filename="../../models/services/staff.py" line="87"/>
        <source>This desk already has an owner; ask them to add you.</source>
        <translation>To stanowisko ma już właściciela; poproś go, aby cię dodał.</translation>
    </message>
    <message>
        <location filename="../../models/services/staff.py" line="129"/>
        <location filename="../../models/services/staff.py" line="171"/>
        <source>That staff member no longer exists.</source>
        <translation>Ten pracownik już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../models/services/staff.py" line="150"/>
        <source>{name} is not a manager; a manager must approve this.</source>
        <translation>{name} nie jest kierownikiem; musi to zatwierdzić kierownik.</translation>
    </message>
    <message>
        <location filename="../../models/services/staff.py" line="174"/>
        <source>{name} is no longer active at this desk.</source>
        <translation>{name} nie pracuje już przy tym stanowisku.</translation>
    </message>
    <message>
        <location filename="../../models/services/staff.py" line="176"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN to od 4 do 8 cyfr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/services/staff.py" line="197"/>
        <source>That PIN is not {name}&apos;s. %n more tries before a lockout.</source>
        <translation>
            <numerusform>To nie jest PIN osoby {name}. Została %n próba przed blokadą.</numerusform>
            <numerusform>To nie jest PIN osoby {name}. Zostały %n próby przed blokadą.</numerusform>
            <numerusform>To nie jest PIN osoby {name}. Zostało %n prób przed blokadą.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/services/staff.py" line="199"/>
        <source>That PIN is not {name}&apos;s. One more wrong PIN locks the sign-in.</source>
        <translation>To nie jest PIN osoby {name}. Jeszcze jeden błędny PIN zablokuje logowanie.</translation>
    </message>
    <message>
        <location filename="../../models/services/staff.py" line="214"/>
        <source>{name} is locked out after {wrong} wrong PINs; try again at {when} (in 1 minute).</source>
        <translation>{name} ma blokadę po {wrong} błędnych PIN-ach; spróbuj ponownie o {when} (za 1 minutę).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/services/staff.py" line="216"/>
        <source>{name} is locked out after {wrong} wrong PINs; try again at {when} (in %n minutes).</source>
        <translation>
            <numerusform>{name} ma blokadę po {wrong} błędnych PIN-ach; spróbuj ponownie o {when} (za %n minutę).</numerusform>
            <numerusform>{name} ma blokadę po {wrong} błędnych PIN-ach; spróbuj ponownie o {when} (za %n minuty).</numerusform>
            <numerusform>{name} ma blokadę po {wrong} błędnych PIN-ach; spróbuj ponownie o {when} (za %n minut).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/services/trends.py" line="389"/>
        <source>Not recorded</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../models/services/versioning.py" line="31"/>
        <source>This customer was changed elsewhere — reload it to see the latest version; your edits were not saved.</source>
        <translation>Ten klient został zmieniony gdzie indziej — wczytaj go ponownie, aby zobaczyć najnowszą wersję; twoje zmiany nie zostały zapisane.</translation>
    </message>
    <message>
        <location filename="../../models/services/versioning.py" line="33"/>
        <source>This complaint was changed elsewhere — reload it to see the latest version; your edits were not saved.</source>
        <translation>Ta skarga została zmieniona gdzie indziej — wczytaj ją ponownie, aby zobaczyć najnowszą wersję; twoje zmiany nie zostały zapisane.</translation>
    </message>
    <message>
        <location filename="../../models/services/versioning.py" line="35"/>
        <source>This record was changed elsewhere — reload it to see the latest version; your edits were not saved.</source>
        <translation>Ten rekord został zmieniony gdzie indziej — wczytaj go ponownie, aby zobaczyć najnowszą wersję; twoje zmiany nie zostały zapisane.</translation>
    </message>
    <message>
        <location filename="../../models/services/versioning.py" line="39"/>
        <source>This customer was changed by {who} at {when} — reload it; your edits were not saved.</source>
        <translation>Tego klienta zmienił(a) {who} ({when}) — wczytaj go ponownie; twoje zmiany nie zostały zapisane.</translation>
    </message>
    <message>
        <location filename="../../models/services/versioning.py" line="41"/>
        <source>This complaint was changed by {who} at {when} — reload it; your edits were not saved.</source>
        <translation>Tę skargę zmienił(a) {who} ({when}) — wczytaj ją ponownie; twoje zmiany nie zostały zapisane.</translation>
    </message>
    <message>
        <location filename="../../models/services/versioning.py" line="43"/>
        <source>This record was changed by {who} at {when} — reload it; your edits were not saved.</source>
        <translation>Ten rekord zmienił(a) {who} ({when}) — wczytaj go ponownie; twoje zmiany nie zostały zapisane.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="83"/>
        <source>{code}: {value} for {name}, valid until {expiry}</source>
        <translation>{code}: {value} dla: {name}, ważny do {expiry}</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="91"/>
        <source>{percent} % off</source>
        <translation>{percent} % rabatu</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="95"/>
        <source>{amount} off</source>
        <translation>{amount} rabatu</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="142"/>
        <source>An empty code</source>
        <translation>Pusty kod</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="147"/>
        <source>{code} is not a voucher code: codes look like MG-7K3Q-9F2D.</source>
        <translation>{code} nie jest kodem bonu: kody wyglądają jak MG-7K3Q-9F2D.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="150"/>
        <source>{code} cannot be a voucher code: it has {wrong}, which codes never use (no 0, O, 1, I or L). Check it against the voucher.</source>
        <translation>{code} nie może być kodem bonu: zawiera {wrong}, których kody nigdy nie używają (bez 0, O, 1, I ani L). Porównaj go z bonem.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="154"/>
        <source>{code} is not a valid code: a character is mistyped. Check it against the voucher.</source>
        <translation>{code} nie jest prawidłowym kodem: jeden znak jest błędnie wpisany. Porównaj go z bonem.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="157"/>
        <source>{code} is not a voucher from this shop.</source>
        <translation>{code} nie jest bonem z tego punktu.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="232"/>
        <source>{code} is not on file here: it was never issued or has been deleted.</source>
        <translation>{code} nie figuruje tutaj: nigdy go nie wydano albo został usunięty.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="247"/>
        <source>{code} was voided on {when} by {name}: {reason}</source>
        <translation>{code} unieważnił(a) {name} {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="248"/>
        <source>{code} was voided on {when}: {reason}</source>
        <translation>{code} unieważniono {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="253"/>
        <source>{code} was already redeemed on {when} by {name}.</source>
        <translation>{code} został już zrealizowany {when} przez: {name}.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="254"/>
        <source>{code} was already redeemed on {when}.</source>
        <translation>{code} został już zrealizowany {when}.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="258"/>
        <source>{code} expired on {date}.</source>
        <translation>{code} stracił ważność {date}.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="290"/>
        <source>Give the voucher either a percentage or an amount.</source>
        <translation>Podaj dla bonu procent albo kwotę.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="292"/>
        <source>A percentage is a whole number from 1 to {most}.</source>
        <translation>Procent to liczba całkowita od 1 do {most}.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="294"/>
        <source>An amount is more than 0 and at most {most:,}.</source>
        <translation>Kwota musi być większa od 0 i wynosić najwyżej {most:,}.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="324"/>
        <source>That complaint is not one of this customer&apos;s.</source>
        <translation>Ta skarga nie należy do tego klienta.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="332"/>
        <source>No free voucher code could be found; try again.</source>
        <translation>Nie znaleziono wolnego kodu bonu; spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="352"/>
        <source>That visit is not one of this voucher&apos;s customer&apos;s.</source>
        <translation>Ta wizyta nie należy do klienta, do którego należy bon.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="363"/>
        <source>{code} cannot be redeemed now; try again.</source>
        <translation>{code} nie może być teraz zrealizowany; spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="377"/>
        <source>Say why the voucher is voided.</source>
        <translation>Podaj, dlaczego bon jest unieważniany.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="379"/>
        <source>Keep the reason to {limit} characters.</source>
        <translation>Powód może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="389"/>
        <source>Only a manager can void a voucher: ask one to approve with their PIN.</source>
        <translation>Tylko kierownik może unieważnić bon: poproś go o zatwierdzenie PIN-em.</translation>
    </message>
    <message>
        <location filename="../../models/services/vouchers.py" line="401"/>
        <source>{code} cannot be voided now.</source>
        <translation>{code} nie może być teraz unieważniony.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="33"/>
        <source>Enter text.</source>
        <translation>Wpisz tekst.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="35"/>
        <source>This cannot be empty.</source>
        <translation>To pole nie może być puste.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="37"/>
        <source>Too long ({limit} characters at most).</source>
        <translation>Za długie (najwyżej {limit} znaków).</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="39"/>
        <source>Remove the control characters.</source>
        <translation>Usuń znaki sterujące.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="47"/>
        <source>Enter a whole number.</source>
        <translation>Wpisz liczbę całkowitą.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="49"/>
        <source>Enter a number from {low:,} to {high:,}.</source>
        <translation>Wpisz liczbę od {low:,} do {high:,}.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="56"/>
        <source>Choose one of: {choices}.</source>
        <translation>Wybierz jedno z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="62"/>
        <source>A currency is its three-letter code, e.g. GBP, EUR, PLN, USD.</source>
        <translation>Waluta to jej trzyliterowy kod, np. GBP, EUR, PLN, USD.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="67"/>
        <source>The country calling code is 1 to 3 digits without the +, e.g. 44 or 48.</source>
        <translation>Numer kierunkowy kraju to od 1 do 3 cyfr bez +, np. 44 lub 48.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="85"/>
        <source>Business</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="86"/>
        <source>Letters</source>
        <translation>Listy</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="87"/>
        <source>Loyalty</source>
        <translation>Lojalność</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="88"/>
        <source>Policy</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="89"/>
        <source>Targets</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="90"/>
        <source>Vouchers</source>
        <translation>Bony</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="96"/>
        <source>Business name</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="98"/>
        <source>Address (one line each)</source>
        <translation>Adres (każdy wiersz osobno)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="101"/>
        <source>Country calling code</source>
        <translation>Numer kierunkowy kraju</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="102"/>
        <source>A phone typed as +44 7700 900123 finds 07700 900123.</source>
        <translation>Telefon wpisany jako +44 7700 900123 znajduje 07700 900123.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="103"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="104"/>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="105"/>
        <source>Letter signature (below the name)</source>
        <translation>Podpis w listach (pod nazwiskiem)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="108"/>
        <source>Default letter language</source>
        <translation>Domyślny język listów</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="109"/>
        <source>For customers whose language has no letters.</source>
        <translation>Dla klientów, których język nie ma własnych listów.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="118"/>
        <source>Apology letter (Polish)</source>
        <translation>List z przeprosinami (po polsku)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="121"/>
        <source>Follow-up letter (Polish)</source>
        <translation>List z pytaniem po rozwiązaniu (po polsku)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="124"/>
        <source>Resolution letter (Polish)</source>
        <translation>List potwierdzający ustalenia (po polsku)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="127"/>
        <source>Regular from (visits in 24 months)</source>
        <translation>Stały klient od (wizyt w ciągu 24 miesięcy)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="129"/>
        <source>Regular from (spend in 24 months)</source>
        <translation>Stały klient od (wydatków w ciągu 24 miesięcy)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="131"/>
        <source>Loyal from (visits in 24 months)</source>
        <translation>Lojalny klient od (wizyt w ciągu 24 miesięcy)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="133"/>
        <source>Loyal from (spend in 24 months)</source>
        <translation>Lojalny klient od (wydatków w ciągu 24 miesięcy)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="136"/>
        <source>Desk limit (percent of the bill)</source>
        <translation>Limit stanowiska (procent rachunku)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="138"/>
        <source>Desk limit (amount)</source>
        <translation>Limit stanowiska (kwota)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="139"/>
        <source>Concession banner from (remedies in 12 months)</source>
        <translation>Baner ustępstw od (rekompensat w ciągu 12 miesięcy)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="141"/>
        <source>…or from (percent of their spend)</source>
        <translation>…lub od (procent wydatków klienta)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="144"/>
        <source>First contact within (hours)</source>
        <translation>Pierwszy kontakt w ciągu (godzin)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="146"/>
        <source>Resolution within (days)</source>
        <translation>Rozwiązanie w ciągu (dni)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="148"/>
        <source>Warn when this much of the time has gone (%)</source>
        <translation>Ostrzegaj, gdy minie tyle czasu (%)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="150"/>
        <source>Follow-up call (days after resolution)</source>
        <translation>Telefon po rozwiązaniu (dni po rozwiązaniu)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="152"/>
        <source>Vouchers valid for (days)</source>
        <translation>Bony ważne przez (dni)</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="182"/>
        <source>There is no setting called {key}.</source>
        <translation>Nie ma ustawienia o nazwie {key}.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="189"/>
        <source>Loyal needs at least as many visits as regular.</source>
        <translation>Lojalny klient wymaga co najmniej tylu wizyt, co stały.</translation>
    </message>
    <message>
        <location filename="../../models/settings.py" line="191"/>
        <source>Loyal needs at least as much spend as regular.</source>
        <translation>Lojalny klient wymaga co najmniej takich wydatków, jak stały.</translation>
    </message>
    <message>
        <location filename="../../models/textcheck.py" line="26"/>
        <source>Too long: {count:,} characters, {limit:,} at most.</source>
        <translation>Za długie: {count:,} znaków, najwyżej {limit:,}.</translation>
    </message>
    <message>
        <location filename="../../models/textcheck.py" line="34"/>
        <source>Remove the control characters (pasted from another program?).</source>
        <translation>Usuń znaki sterujące (wklejone z innego programu?).</translation>
    </message>
    <message>
        <location filename="../../reports/templates.py" line="104"/>
        <source>A {open} or {close} is not closed; write merge fields like {example}, and {open}{open} for a brace.</source>
        <translation>Nawias {open} lub {close} nie jest zamknięty; pola korespondencji pisz tak: {example}, a sam nawias jako {open}{open}.</translation>
    </message>
    <message>
        <location filename="../../reports/templates.py" line="109"/>
        <source>An empty {empty} is not a merge field; write one like {example}.</source>
        <translation>Puste {empty} nie jest polem korespondencji; napisz pole tak: {example}.</translation>
    </message>
    <message>
        <location filename="../../reports/templates.py" line="112"/>
        <source>Unknown merge field {unknown}; the fields are: {fields}.</source>
        <translation>Nieznane pole korespondencji {unknown}; dostępne pola to: {fields}.</translation>
    </message>
</context>
</TS>
