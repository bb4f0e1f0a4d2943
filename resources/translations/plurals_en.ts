<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CORE</name>
    <message numerus="yes">
        <location filename="../../models/db.py" line="343"/>
        <source>the customer search index was missing and has been rebuilt ({count} customers).</source>
        <translation>
            <numerusform>the customer search index was missing and has been rebuilt ({count} customers).</numerusform>
            <numerusform>the customer search index was missing and has been rebuilt ({count} customers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/db.py" line="347"/>
        <source>the customer search index was damaged and has been rebuilt ({count} customers).</source>
        <translation>
            <numerusform>the customer search index was damaged and has been rebuilt ({count} customers).</numerusform>
            <numerusform>the customer search index was damaged and has been rebuilt ({count} customers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/errors.py" line="32"/>
        <source>{first} (and %n more)</source>
        <translation>
            <numerusform>{first} (and %n more)</numerusform>
            <numerusform>{first} (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/services/alerts.py" line="64"/>
        <source>{what}: %n complaints in {weeks} weeks, {usual}</source>
        <translation>
            <numerusform>{what}: %n complaints in {weeks} weeks, {usual}</numerusform>
            <numerusform>{what}: %n complaints in {weeks} weeks, {usual}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/services/backup.py" line="140"/>
        <source>%n {table} row(s) point to a missing {parent}</source>
        <translation>
            <numerusform>%n {table} row point to a missing {parent}</numerusform>
            <numerusform>%n {table} rows point to a missing {parent}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/services/backup.py" line="327"/>
        <source>The last backup is %n days old ({when}); back up now.</source>
        <translation>
            <numerusform>The last backup is %n days old ({when}); back up now.</numerusform>
            <numerusform>The last backup is %n days old ({when}); back up now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/services/staff.py" line="197"/>
        <source>That PIN is not {name}&apos;s. %n more tries before a lockout.</source>
        <translation>
            <numerusform>That PIN is not {name}&apos;s. %n more tries before a lockout.</numerusform>
            <numerusform>That PIN is not {name}&apos;s. %n more tries before a lockout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/services/staff.py" line="216"/>
        <source>{name} is locked out after {wrong} wrong PINs; try again at {when} (in %n minutes).</source>
        <translation>
            <numerusform>{name} is locked out after {wrong} wrong PINs; try again at {when} (in %n minutes).</numerusform>
            <numerusform>{name} is locked out after {wrong} wrong PINs; try again at {when} (in %n minutes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message numerus="yes">
        <location filename="../../ui/panes/customer_pane.py" line="248"/>
        <source>First %n shown; scroll for more.</source>
        <translation>
            <numerusform>First %n shown; scroll for more.</numerusform>
            <numerusform>First %n shown; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/customer_pane.py" line="250"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/documents.py" line="105"/>
        <source>%n follow-up letter(s) ready to print.</source>
        <translation>
            <numerusform>%n follow-up letter ready to print.</numerusform>
            <numerusform>%n follow-up letters ready to print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="123"/>
        <source>Exported %n customer(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n customer to {path}.</numerusform>
            <numerusform>Exported %n customers to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="125"/>
        <source>Exported %n complaint(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n complaint to {path}.</numerusform>
            <numerusform>Exported %n complaints to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>Exported %n voucher(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n voucher to {path}.</numerusform>
            <numerusform>Exported %n vouchers to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="128"/>
        <source>Exported %n remedy/remedies to {path}.</source>
        <translation>
            <numerusform>Exported %n remedy to {path}.</numerusform>
            <numerusform>Exported %n remedies to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../../ui/format.py" line="92"/>
        <source>%n concession(s)</source>
        <translation>
            <numerusform>%n concession</numerusform>
            <numerusform>%n concessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message numerus="yes">
        <location filename="../../ui/panes/history_pane.py" line="214"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/history_pane.py" line="219"/>
        <source>%n visit(s), {amount} in 24 months</source>
        <translation>
            <numerusform>%n visit, {amount} in 24 months</numerusform>
            <numerusform>%n visits, {amount} in 24 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/history_pane.py" line="225"/>
        <source>%n concession(s) in 12 months</source>
        <translation>
            <numerusform>%n concession in 12 months</numerusform>
            <numerusform>%n concessions in 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/history_pane.py" line="227"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/history_pane.py" line="229"/>
        <source>(%n open)</source>
        <translation>
            <numerusform>(%n open)</numerusform>
            <numerusform>(%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/letter_preview.py" line="81"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="478"/>
        <source>%n demo customer(s)</source>
        <translation>
            <numerusform>%n demo customer</numerusform>
            <numerusform>%n demo customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="479"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="480"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolutionPane</name>
    <message numerus="yes">
        <location filename="../../ui/panes/resolution_pane.py" line="333"/>
        <source>%n visit(s), {amount} in 24 months</source>
        <translation>
            <numerusform>%n visit, {amount} in 24 months</numerusform>
            <numerusform>%n visits, {amount} in 24 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/resolution_pane.py" line="336"/>
        <source>%n concession(s) in 12 months, {amount}</source>
        <translation>
            <numerusform>%n concession in 12 months, {amount}</numerusform>
            <numerusform>%n concessions in 12 months, {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayQueue</name>
    <message numerus="yes">
        <location filename="../../ui/panes/today_queue.py" line="282"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/today_queue.py" line="282"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/today_queue.py" line="283"/>
        <source>%n coming up</source>
        <translation>
            <numerusform>%n coming up</numerusform>
            <numerusform>%n coming up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/today_queue.py" line="284"/>
        <source>%n complaint(s) near a target</source>
        <translation>
            <numerusform>%n complaint near a target</numerusform>
            <numerusform>%n complaints near a target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsDashboard</name>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="75"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="167"/>
        <source>%n complaint(s) received</source>
        <translation>
            <numerusform>%n complaint received</numerusform>
            <numerusform>%n complaints received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="168"/>
        <source>%n still open.</source>
        <translation>
            <numerusform>%n still open.</numerusform>
            <numerusform>%n still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="183"/>
        <source>none in the %n week(s) before</source>
        <translation>
            <numerusform>none in the %n week before</numerusform>
            <numerusform>none in the %n weeks before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="186"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="187"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="264"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="336"/>
        <source>Came back within %n day(s)</source>
        <translation>
            <numerusform>Came back within %n day</numerusform>
            <numerusform>Came back within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/trends_dashboard.py" line="348"/>
        <source>Complainants still inside %n day(s)</source>
        <translation>
            <numerusform>Complainants still inside %n day</numerusform>
            <numerusform>Complainants still inside %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
