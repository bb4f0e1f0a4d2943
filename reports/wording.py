"""The fixed words of a printed letter or voucher, in each language a customer can be written to.

Documents are printed in the customer's language, not the desk's, and never through Qt: the dates ("2 grudnia
2026"), the money ("1 234,56 zł") and the few fixed phrases come from these tables, so the process locale never
changes a printed letter. Each phrase is a template with named ``{fields}``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

LANGUAGES = ("en", "pl")
LANGUAGE_NAMES = {"en": "English", "pl": "Polski"}  # each in its own language, as a language menu shows them

# the symbol printed for a currency; a currency without one is printed by its code
CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "JPY": "¥",
                    "INR": "₹"}
_POLISH_SYMBOLS = {"PLN": "zł", "EUR": "€", "GBP": "£", "USD": "USD"}


@dataclass(frozen=True)
class Wording:
    """One language's fixed words. Months are in the form a date takes ("2 grudnia", not "2 grudzień")."""

    months: tuple[str, ...]
    yours_sincerely: str
    letter_to: str  # {who} {date}
    letters: str  # {count}: the title of a batch
    continued: str  # {label} {page}
    page: str  # {page}
    our_reference: str  # {complaint}
    the_team_at: str  # {business}
    subjects: dict[str, str] = field(default_factory=dict)  # kind -> "... {summary}"
    remedies: dict[str, str] = field(default_factory=dict)  # remedy kind -> "a refund"
    remedy_percent: str = ""  # {remedy} {percent}
    remedy_amount: str = ""  # {remedy} {amount}
    agreed_on: str = ""  # {remedy}
    not_agreed_yet: str = ""
    enclose_voucher: str = ""  # {value} {expiry}: the agreement when only a voucher is known
    enclosed: str = ""  # {code} {value} {expiry}: the line below the signature
    percent_off: str = ""  # {percent}
    amount_off: str = ""  # {amount}
    voucher_title: str = ""  # {code}: the PDF's title
    voucher_from: str = ""  # {business}
    voucher_for: str = ""  # {name}
    valid_until: str = ""  # {expiry} {issued}
    terms: str = ""  # {name} {business} {expiry}


WORDING: dict[str, Wording] = {
    "en": Wording(
        months=("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"),
        yours_sincerely="Yours sincerely,",
        letter_to="Letter to {who} of {date}",
        letters="{count} letters",
        continued="{label} — continued, page {page}",
        page="page {page}",
        our_reference="Our reference: complaint {complaint}",
        the_team_at="The team at {business}",
        subjects={"apology": "Your complaint: {summary}", "follow_up": "Following up: {summary}",
                  "resolution": "What we agreed: {summary}"},
        remedies={"redo": "the work done again free of charge", "refund": "a refund",
                  "discount_now": "a discount on the bill", "voucher": "a voucher for your next visit",
                  "gift": "a small gift", "none": "no remedy"},
        remedy_percent="{remedy} of {percent} %",
        remedy_amount="{remedy} of {amount}",
        agreed_on="We agreed on {remedy}.",
        not_agreed_yet="We will be in touch shortly to agree with you how we put it right.",
        enclose_voucher="We enclose a voucher for {value} your next visit, valid until {expiry}.",
        enclosed="Enclosed: voucher {code} — {value}, valid until {expiry}.",
        percent_off="{percent} % off",
        amount_off="{amount} off",
        voucher_title="Voucher {code}",
        voucher_from="Voucher from {business}",
        voucher_for="for {name}",
        valid_until="Valid until {expiry} · issued {issued}",
        terms="For {name} at {business}. One use only; show this voucher or quote its code when you pay. Valid "
              "until {expiry}. Not exchangeable for cash.",
    ),
    "pl": Wording(
        months=("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia"),
        yours_sincerely="Z poważaniem",
        letter_to="List do: {who}, z dnia {date}",
        letters="Listy: {count}",
        continued="{label} — ciąg dalszy, strona {page}",
        page="strona {page}",
        our_reference="Nasz znak: reklamacja nr {complaint}",
        the_team_at="Zespół {business}",
        subjects={"apology": "Państwa reklamacja: {summary}", "follow_up": "Uprzejmie pytamy: {summary}",
                  "resolution": "Nasze ustalenia: {summary}"},
        remedies={"redo": "ponowne, bezpłatne wykonanie usługi", "refund": "zwrot pieniędzy",
                  "discount_now": "rabat na rachunek", "voucher": "bon na następną wizytę",
                  "gift": "drobny upominek", "none": "brak rekompensaty"},
        remedy_percent="{remedy} w wysokości {percent} %",
        remedy_amount="{remedy} w wysokości {amount}",
        agreed_on="Uzgodniliśmy: {remedy}.",
        not_agreed_yet="Wkrótce skontaktujemy się, aby wspólnie ustalić, jak naprawimy sytuację.",
        enclose_voucher="W załączeniu przesyłamy bon: {value} przy następnej wizycie, ważny do {expiry}.",
        enclosed="W załączeniu: bon {code} — {value}, ważny do {expiry}.",
        percent_off="{percent} % rabatu",
        amount_off="{amount} rabatu",
        voucher_title="Bon {code}",
        voucher_from="Bon rabatowy — {business}",
        voucher_for="dla: {name}",
        valid_until="Ważny do {expiry} · wydany {issued}",
        terms="Dla: {name}, {business}. Do jednorazowego użytku; przy płatności okaż ten bon lub podaj jego kod. "
              "Ważny do {expiry}. Nie podlega wymianie na gotówkę.",
    ),
}


def wording(language: str) -> Wording:
    """The fixed words of ``language``; English for a language without a table."""
    return WORDING.get(language, WORDING["en"])


def long_date(day: dt.date, language: str = "en") -> str:
    """2 December 2026 / 2 grudnia 2026 (fixed month names: the process locale must not change a letter)."""
    return f"{day.day} {wording(language).months[day.month - 1]} {day.year}"


def _grouped(cents: int, group: str, decimal: str) -> str:
    whole, rest = divmod(abs(cents), 100)
    digits = f"{whole:,}".replace(",", group)
    return f"{'-' if cents < 0 else ''}{digits}{decimal}{rest:02d}"


def money(cents: int, currency: str, language: str = "en") -> str:
    """£1,234.56 or 1,234.56 PLN in English; 1 234,56 zł or 1 234,56 € in Polish."""
    if language == "pl":
        return f"{_grouped(cents, ' ', ',')} {_POLISH_SYMBOLS.get(currency, currency)}"
    amount = _grouped(cents, ",", ".")
    symbol = CURRENCY_SYMBOLS.get(currency)
    if symbol is None:
        return f"{amount} {currency}"
    return f"-{symbol}{amount[1:]}" if amount.startswith("-") else f"{symbol}{amount}"


# ---------------------------------------------------------------------------------------------- counts


def plural_form(count: int, language: str = "en") -> int:
    """Which of a language's plural forms ``count`` takes: English 0 one / 1 other; Polish 0 one (1), 1 few (2-4,
    22-24, ... but not 12-14), 2 many (everything else: 0, 5-21, 25...)."""
    if language == "pl":
        if count == 1:
            return 0
        return 1 if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14) else 2
    return 0 if count == 1 else 1


def plural(count: int, forms: tuple[str, ...], language: str = "en") -> str:
    """The form of ``forms`` (one, other / one, few, many) that ``count`` takes in ``language``."""
    return forms[min(plural_form(count, language), len(forms) - 1)]


def number(value: float, language: str = "en") -> str:
    """12, 12.5, 1,234.25 / 12, 12,5, 1 234,25: at most two decimals, no trailing zeros."""
    shown = f"{value:,.2f}".rstrip("0").rstrip(".")
    return shown.replace(",", " ").replace(".", ",") if language == "pl" else shown


def count(value: int, language: str = "en") -> str:
    """1,234 / 1 234 (whole numbers grouped by thousands)."""
    return number(value, language)


def short_time(moment: dt.datetime, language: str = "en") -> str:
    """2 Dec 2026 14:05 / 2 gru 2026 14:05, in the desk's local time."""
    local = moment.astimezone()
    return f"{local.day} {SHORT_MONTHS[language if language in SHORT_MONTHS else 'en'][local.month - 1]} " \
           f"{local.year} {local:%H:%M}"


SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "pl": ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
}
# a month on its own, as a heading names it ("November 2026" / "listopad 2026")
MONTH_NAMES = {
    "en": WORDING["en"].months,
    "pl": ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
           "październik", "listopad", "grudzień"),
}


def month_title(year: int, month: int, language: str = "en") -> str:
    """November 2026 / Listopad 2026."""
    name = MONTH_NAMES.get(language, MONTH_NAMES["en"])[month - 1]
    return f"{name[:1].upper()}{name[1:]} {year}"


# ---------------------------------------------------------------------------------------------- the core's labels

# The Polish of the labels the core declares (category, status, severity, channel, fault, step, remedy kind and
# status, letter kind, root cause), exactly as resources/translations/core_pl.ts has them: reports never load Qt,
# and a test keeps this table equal to the translation file.
CORE_LABELS_PL: dict[str, str] = {
    "Price over the estimate": "Cena wyższa niż w wycenie",
    "Inferior materials / workmanship": "Słabe materiały / wykonanie",
    "Product failed too soon": "Produkt zbyt szybko się zepsuł",
    "Incompetent service": "Niekompetentna obsługa",
    "Unfriendly attitude": "Nieuprzejme zachowanie",
    "Late / missed deadline": "Spóźnienie / niedotrzymany termin",
    "Billing error": "Błąd w rachunku",
    "Public review": "Publiczna opinia",
    "Other": "Inne",
    "New": "Nowa",
    "In progress": "W toku",
    "Awaiting customer": "Czeka na klienta",
    "Resolved": "Rozwiązana",
    "Closed": "Zamknięta",
    "1 – minor": "1 – drobna",
    "2 – moderate": "2 – umiarkowana",
    "3 – serious": "3 – poważna",
    "4 – severe": "4 – bardzo poważna",
    "Walk-in": "Osobiście",
    "Phone": "Telefon",
    "Email": "E-mail",
    "Letter": "List",
    "Online review": "Opinia w internecie",
    "Not assessed yet": "Jeszcze nie oceniono",
    "Yes": "Tak",
    "Partly": "Częściowo",
    "No": "Nie",
    "Listen": "Wysłuchaj",
    "Thank": "Podziękuj",
    "Apologize": "Przeproś",
    "Seek the best solution": "Poszukaj najlepszego rozwiązania",
    "Reach agreement": "Uzgodnij",
    "Take quick action": "Działaj szybko",
    "Follow up": "Zapytaj po rozwiązaniu",
    "offered": "zaproponowana",
    "accepted": "przyjęta",
    "declined": "odrzucona",
    "given": "udzielona",
    "Apology letter": "List z przeprosinami",
    "Follow-up letter": "List z pytaniem po rozwiązaniu",
    "Resolution letter": "List potwierdzający ustalenia",
    "Case file": "Akta sprawy",
    "Faulty parts or materials": "Wadliwe części lub materiały",
    "Workmanship": "Jakość wykonania",
    "Estimate or pricing process": "Wycena lub proces ustalania ceny",
    "Communication with the customer": "Komunikacja z klientem",
    "Scheduling or capacity": "Terminy lub brak mocy przerobowych",
    "Training or know-how": "Szkolenie lub wiedza",
    "Customer expectation (no fault found)": "Oczekiwania klienta (nie stwierdzono winy)",
    "Not recorded": "Nie zapisano",
    # the recurring-problem alert's sentence (its plural is ``MonthlyWording.alert``)
    "{category} on '{service}'": "{category} przy usłudze „{service}”",
    "none in the {weeks} weeks before": "brak w {weeks} poprzednich tygodniach",
    "{ratio:.0f}× usual": "{ratio:.0f}× więcej niż zwykle",
    " — mostly '{service}'": " — głównie „{service}”",
}


def core_label(label: str, language: str = "en") -> str:
    """A label the core declares, in ``language`` (the English itself when there is no translation)."""
    return CORE_LABELS_PL.get(label, label) if language == "pl" else label


# ---------------------------------------------------------------------------------------------- the case file


@dataclass(frozen=True)
class CaseFileWording:
    """The fixed words of a complaint's case file."""

    reference: str  # {complaint}
    label: str  # {reference} {customer}: the further pages' line
    title: str  # {reference}: the heading
    document_title: str  # {reference}: the PDF's title
    printed: str  # {date}
    customer_said: str
    fair: str
    steps: str
    step_columns: tuple[str, str, str, str]  # when, step, by, note
    remedies: str
    promises: str
    vouchers: str
    letters: str
    facts: dict[str, str]  # key -> label
    received: str  # {time} {channel}
    not_assessed: str
    visit: str  # {date} {service} {amount}
    satisfaction: str  # {score}
    complaint_received: str  # the first step
    steps_taken: dict[str, str]  # step key -> label
    remedy_line: str  # {remedy} {status} {time}
    approved_by: str  # {name}
    promise_line: str  # {what} {due} {owner}
    no_owner: str
    kept: str  # {time}
    still_open: str
    voucher_line: str  # {code} {value} {issued} {status}
    voucher_statuses: dict[str, str]


CASE_FILE: dict[str, CaseFileWording] = {
    "en": CaseFileWording(
        reference="complaint {complaint}",
        label="Case file {reference}, {customer}",
        title="Case file — {reference}",
        document_title="Case file {reference}",
        printed="Printed {date}",
        customer_said="What the customer said",
        fair="What the customer would consider fair",
        steps="Steps taken",
        step_columns=("When", "Step", "By", "Note"),
        remedies="Remedies",
        promises="Promises",
        vouchers="Vouchers",
        letters="Letters sent",
        facts={"received": "Received", "about": "About", "summary": "Summary", "severity": "Severity",
               "status": "Status", "fault": "Our fault", "handled_by": "Handled by", "visit": "Visit",
               "first_contact": "First contact", "resolved": "Resolved", "satisfaction": "Satisfaction",
               "root_cause": "Root cause"},
        received="{time} ({channel})",
        not_assessed="not assessed",
        visit="{date}: {service}, {amount}",
        satisfaction="{score} of 5",
        complaint_received="Complaint received",
        steps_taken={"listen": "Listen", "thank": "Thank", "apologize": "Apologize", "solution": "Seek a solution",
                     "agreement": "Reach agreement", "action": "Take quick action", "follow_up": "Follow up"},
        remedy_line="{remedy} — {status}, {time}",
        approved_by=", approved by {name}",
        promise_line="{what} — due {due}, {owner}; ",
        no_owner="no owner",
        kept="kept {time}",
        still_open="open",
        voucher_line="{code}, {value}, issued {issued} — {status}",
        voucher_statuses={},
    ),
    "pl": CaseFileWording(
        reference="reklamacja nr {complaint}",
        label="Akta sprawy: {reference}, {customer}",
        title="Akta sprawy — {reference}",
        document_title="Akta sprawy: {reference}",
        printed="Wydrukowano {date}",
        customer_said="Słowa klienta",
        fair="Rozwiązanie, które klient uznałby za uczciwe",
        steps="Podjęte kroki",
        step_columns=("Kiedy", "Krok", "Kto", "Uwagi"),
        remedies="Rekompensaty",
        promises="Obietnice",
        vouchers="Bony",
        letters="Wysłane listy",
        facts={"received": "Przyjęto", "about": "Czego dotyczy", "summary": "Podsumowanie", "severity": "Waga",
               "status": "Status", "fault": "Nasza wina", "handled_by": "Prowadzi", "visit": "Wizyta",
               "first_contact": "Pierwszy kontakt", "resolved": "Rozwiązano", "satisfaction": "Zadowolenie",
               "root_cause": "Przyczyna"},
        received="{time} ({channel})",
        not_assessed="jeszcze nie oceniono",
        visit="{date}: {service}, {amount}",
        satisfaction="{score} z 5",
        complaint_received="Przyjęcie reklamacji",
        steps_taken={key: CORE_LABELS_PL[label] for key, label in (
            ("listen", "Listen"), ("thank", "Thank"), ("apologize", "Apologize"),
            ("solution", "Seek the best solution"), ("agreement", "Reach agreement"), ("action", "Take quick action"),
            ("follow_up", "Follow up"))},
        remedy_line="{remedy} — {status}, {time}",
        approved_by=", zatwierdzenie: {name}",
        promise_line="{what} — termin {due}, {owner}; ",
        no_owner="bez osoby odpowiedzialnej",
        kept="dotrzymana {time}",
        still_open="otwarta",
        voucher_line="{code}, {value}, wydany {issued} — {status}",
        voucher_statuses={"valid": "ważny", "redeemed": "wykorzystany", "voided": "unieważniony",
                          "expired": "wygasły"},
    ),
}


def case_file_wording(language: str) -> CaseFileWording:
    return CASE_FILE.get(language, CASE_FILE["en"])


# ---------------------------------------------------------------------------------------------- the monthly report


@dataclass(frozen=True)
class MonthlyWording:
    """The fixed words of the owner's monthly report. A tuple of templates is one per plural form."""

    title: str
    document_title: str  # {month}
    page_label: str  # {month}
    period: str  # {start} {end}
    received: tuple[str, ...]  # {count} {open}
    none_received: str
    recurring: str
    recurring_intro: str
    alert: tuple[str, ...]  # {what} {count} {weeks} {usual}: one per plural form of count
    no_alerts: str
    nothing: str  # {why}
    weekly: str
    weekly_none: str
    category: str
    total: str
    all: str
    iso_weeks: str  # {first} {last}
    first_contact: str
    resolution: str
    none_yet: dict[str, str]  # "first_contact" | "resolution" -> why
    no_complaints: str
    median: str
    p90: str
    units: dict[str, str]  # "hours" | "days" -> as in "Median (hours)"
    measured: str
    median_in: str  # {unit}
    p90_in: str  # {unit}
    target_in: str  # {unit}
    within_target: str
    not_yet: dict[str, str]  # "first_contact" | "resolution" -> row label
    figure: str
    value: str
    amount: str
    target: str  # {value}: the chart's dashed line
    satisfaction: str
    satisfaction_none: str
    score_of: str  # {score}
    score: str
    complaints: str
    share: str
    average: str
    scored: tuple[str, ...]  # {count}
    promises: str
    promises_none: str
    kept_on_time: str
    not_kept_on_time: str
    due_this_month: str
    kept_rate: str
    money: str
    money_none: str
    remedies_given: str
    revenue: str
    remedies_accepted: str
    remedy_share: str
    win_back: str
    win_back_heading: str
    win_back_too_recent: str
    win_back_none: str
    came_back_chart: str
    redeemed_chart: str
    complainants: str
    came_back: str
    too_recent: str
    vouchers_issued: str
    vouchers_redeemed: str
    services: str
    service: str
    services_none: str
    staff: str
    staff_member: str
    staff_none: str
    visits: str
    per_100: str
    root_causes: str
    root_cause: str


MONTHLY: dict[str, MonthlyWording] = {
    "en": MonthlyWording(
        title="Owner's monthly report",
        document_title="Owner's monthly report — {month}",
        page_label="Owner's monthly report, {month}",
        period="{start} to {end}",
        received=("{count} complaint received this month; {open} of them not resolved yet.",
                  "{count} complaints received this month; {open} of them not resolved yet."),
        none_received="No complaints were received this month.",
        recurring="Recurring problems",
        recurring_intro="These kinds of complaint came in far more often than usual in the four weeks up to the end "
                        "of the month; other customers likely have the same problem without having said so:",
        alert=("{what}: {count} complaints in {weeks} weeks, {usual}",),
        no_alerts="no kind of complaint ran above its usual level.",
        nothing="Nothing to report this month: {why}",
        weekly="Complaints per week by category",
        weekly_none="no complaints in the weeks of this month.",
        category="Category",
        total="Total",
        all="All",
        iso_weeks="Whole ISO weeks the month touches ({first} to {last}), so the first and last week may hold days "
                  "of the months either side.",
        first_contact="Time to first contact",
        resolution="Time to resolution",
        none_yet={"first_contact": "no complaint of this month has been contacted yet.",
                  "resolution": "no complaint of this month has been resolved yet."},
        no_complaints="no complaints.",
        median="Median",
        p90="90th percentile",
        units={"hours": "hours", "days": "days"},
        measured="Complaints measured",
        median_in="Median ({unit})",
        p90_in="90th percentile ({unit})",
        target_in="Target ({unit})",
        within_target="Within target",
        not_yet={"first_contact": "Not contacted yet (left out)", "resolution": "Not resolved yet (left out)"},
        figure="Figure",
        value="Value",
        amount="Amount",
        target="target {value}",
        satisfaction="Satisfaction after follow-up",
        satisfaction_none="no customer gave a satisfaction score.",
        score_of="{score} of 5",
        score="Score",
        complaints="Complaints",
        share="Share",
        average="Average",
        scored=("{count} scored",),
        promises="Promises kept",
        promises_none="no promise fell due.",
        kept_on_time="Kept on time",
        not_kept_on_time="Not kept on time",
        due_this_month="Due this month",
        kept_rate="Kept-rate",
        money="Remedy cost against revenue",
        money_none="no remedies given and no visits recorded.",
        remedies_given="Remedies given",
        revenue="Revenue from visits",
        remedies_accepted="Remedies accepted or given",
        remedy_share="Remedies as a share of revenue",
        win_back="Win-back",
        win_back_heading="Win-back (%)",
        win_back_too_recent="every complainant of this month is still inside the 90 days to come back.",
        win_back_none="no complainants and no vouchers issued.",
        came_back_chart="Came back (of complainants)",
        redeemed_chart="Vouchers redeemed (of issued)",
        complainants="Complainants (90 days passed, or came back)",
        came_back="Came back within 90 days",
        too_recent="Too recent to tell (not counted)",
        vouchers_issued="Vouchers issued",
        vouchers_redeemed="Vouchers redeemed",
        services="Services with the most complaints per 100 visits",
        service="Service",
        services_none="no services with complaints and at least a few visits.",
        staff="Staff with the most complaints per 100 visits",
        staff_member="Staff member",
        staff_none="no staff with complaints and at least a few visits.",
        visits="Visits",
        per_100="Per 100 visits",
        root_causes="Root causes",
        root_cause="Root cause",
    ),
    "pl": MonthlyWording(
        title="Miesięczny raport dla właściciela",
        document_title="Miesięczny raport dla właściciela — {month}",
        page_label="Miesięczny raport dla właściciela, {month}",
        period="od {start} do {end}",
        received=("W tym miesiącu przyjęto {count} reklamację; nierozwiązane nadal: {open}.",
                  "W tym miesiącu przyjęto {count} reklamacje; nierozwiązane nadal: {open}.",
                  "W tym miesiącu przyjęto {count} reklamacji; nierozwiązane nadal: {open}."),
        none_received="W tym miesiącu nie przyjęto żadnej reklamacji.",
        recurring="Powtarzające się problemy",
        recurring_intro="Te rodzaje reklamacji wpływały znacznie częściej niż zwykle w ciągu czterech tygodni do "
                        "końca miesiąca; inni klienci mają zapewne ten sam problem, choć o nim nie powiedzieli:",
        # the core's translation of "{what}: %n complaints in {weeks} weeks, {usual}" (core_pl.ts), one per form
        alert=("{what}: {count} skarga w {weeks} tyg., {usual}", "{what}: {count} skargi w {weeks} tyg., {usual}",
               "{what}: {count} skarg w {weeks} tyg., {usual}"),
        no_alerts="żaden rodzaj reklamacji nie przekroczył zwykłego poziomu.",
        nothing="W tym miesiącu brak danych: {why}",
        weekly="Reklamacje tygodniowo, według kategorii",
        weekly_none="brak reklamacji w tygodniach tego miesiąca.",
        category="Kategoria",
        total="Razem",
        all="Wszystkie",
        iso_weeks="Pełne tygodnie ISO, których dotyczy miesiąc (od {first} do {last}), więc pierwszy i ostatni "
                  "tydzień mogą obejmować dni sąsiednich miesięcy.",
        first_contact="Czas do pierwszego kontaktu",
        resolution="Czas do rozwiązania",
        none_yet={"first_contact": "z żadnym klientem z reklamacją z tego miesiąca nie skontaktowano się jeszcze.",
                  "resolution": "żadnej reklamacji z tego miesiąca jeszcze nie rozwiązano."},
        no_complaints="brak reklamacji.",
        median="Mediana",
        p90="90. percentyl",
        units={"hours": "godz.", "days": "dni"},
        measured="Zmierzone reklamacje",
        median_in="Mediana ({unit})",
        p90_in="90. percentyl ({unit})",
        target_in="Cel ({unit})",
        within_target="W granicach celu",
        not_yet={"first_contact": "Jeszcze bez kontaktu (pominięte)",
                 "resolution": "Jeszcze nierozwiązane (pominięte)"},
        figure="Wskaźnik",
        value="Wartość",
        amount="Kwota",
        target="cel {value}",
        satisfaction="Zadowolenie po kontakcie kontrolnym",
        satisfaction_none="żaden klient nie wystawił oceny zadowolenia.",
        score_of="{score} z 5",
        score="Ocena",
        complaints="Reklamacje",
        share="Udział",
        average="Średnia",
        scored=("{count} ocena", "{count} oceny", "{count} ocen"),
        promises="Dotrzymane obietnice",
        promises_none="termin żadnej obietnicy nie przypadł w tym miesiącu.",
        kept_on_time="Dotrzymane w terminie",
        not_kept_on_time="Niedotrzymane w terminie",
        due_this_month="Z terminem w tym miesiącu",
        kept_rate="Odsetek dotrzymanych",
        money="Koszt rekompensat wobec przychodu",
        money_none="brak udzielonych rekompensat i zapisanych wizyt.",
        remedies_given="Udzielone rekompensaty",
        revenue="Przychód z wizyt",
        remedies_accepted="Przyjęte lub udzielone rekompensaty",
        remedy_share="Rekompensaty jako część przychodu",
        win_back="Odzyskani klienci",
        win_back_heading="Odzyskani klienci (%)",
        win_back_too_recent="każdy klient z reklamacją z tego miesiąca ma jeszcze czas na powrót (90 dni).",
        win_back_none="brak klientów z reklamacją i wydanych bonów.",
        came_back_chart="Wrócili (z reklamujących)",
        redeemed_chart="Wykorzystane bony (z wydanych)",
        complainants="Reklamujący (minęło 90 dni lub wrócili)",
        came_back="Wrócili w ciągu 90 dni",
        too_recent="Za wcześnie, by ocenić (nie liczono)",
        vouchers_issued="Wydane bony",
        vouchers_redeemed="Wykorzystane bony",
        services="Usługi z największą liczbą reklamacji na 100 wizyt",
        service="Usługa",
        services_none="brak usług z reklamacjami i choćby kilkoma wizytami.",
        staff="Pracownicy z największą liczbą reklamacji na 100 wizyt",
        staff_member="Pracownik",
        staff_none="brak pracowników z reklamacjami i choćby kilkoma wizytami.",
        visits="Wizyty",
        per_100="Na 100 wizyt",
        root_causes="Przyczyny źródłowe",
        root_cause="Przyczyna",
    ),
}


def monthly_wording(language: str) -> MonthlyWording:
    return MONTHLY.get(language, MONTHLY["en"])


def texts(language: str) -> list[str]:
    """Every fixed phrase the documents print in ``language`` (its letters, vouchers, case files, monthly reports,
    month names and the core's labels): what a check for words left untranslated counts as that language's own."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, tuple):
            for item in value:
                walk(item)
        else:
            for name in getattr(value, "__dataclass_fields__", {}):
                walk(getattr(value, name))

    for table in (WORDING, CASE_FILE, MONTHLY, MONTH_NAMES, SHORT_MONTHS):
        walk(table.get(language))
    if language == "pl":
        walk(CORE_LABELS_PL)
    return found
