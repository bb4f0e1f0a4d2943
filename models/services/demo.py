"""Realistic, deterministic demo data: a local garage's customers from many backgrounds, years of visits,
and complaints — a few customers who complain again and again, and one recurring problem last month."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from models.bulk import insert_rows, next_id
from models.db import database, is_sqlite, rows
from models.entities import CATEGORIES, Complaint, Customer, Staff, Visit, utcnow
from models.errors import NeedsApproval
from models.services import audit
from models.services.complaints import iso_week
from models.services.demo_resolution import add_resolution_data
from models.services.staff import SYSTEM_ROLE, Approval, hash_pin
from models.settings import load as load_settings
from models.textfold import search_fields

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

# Per background: (women's given names, men's given names, family names). A family name written "M/F" takes
# the form that matches (Kowalski / Kowalska); a name in another script carries its Latin spelling after "|",
# used for the email address. Vietnamese names come whole, family name first.
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (["Amelia", "Isla", "Sophie", "Emily", "Grace", "Lucy", "Hannah", "Chloe"],
           ["Oliver", "Harry", "Jack", "George", "Charlie", "James", "Thomas", "William"],
           ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
            "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Smithers"]),
    "pl": (["Łucja", "Zofia", "Małgorzata", "Agnieszka", "Grażyna"],
           ["Jakub", "Wojciech", "Paweł", "Krzysztof", "Józef"],
           ["Żółć", "Nowak", "Kowalski/Kowalska", "Wiśniewski/Wiśniewska", "Wójcik", "Kamiński/Kamińska",
            "Lewandowski/Lewandowska", "Dąbrowski/Dąbrowska", "Szymański/Szymańska"]),
    "de": (["Anke", "Sabine", "Renate", "Jördis"], ["Jürgen", "Björn", "Günther", "Jörg", "Uwe"],
           ["Müller", "Schröder", "Weiß", "Groß", "Schäfer", "Köhler", "Straßer", "Vogel"]),
    "fr": (["Amélie", "Hélène", "Cécile", "Zoé", "Gaëlle"], ["François", "Jérôme", "Noël", "Loïc"],
           ["Lefèvre", "Girard", "Bérenger", "Dubois", "Moreau", "Fontaine", "Mercier", "Crémieux"]),
    "es": (["María", "Sofía", "Lucía", "Begoña"], ["José", "Iñaki", "Álvaro", "Íñigo", "Raúl"],
           ["García", "Martínez", "Núñez", "Rodríguez", "Peña", "Jiménez", "Gómez", "Ibáñez"]),
    "pt": (["Conceição", "Inês", "Graça"], ["João", "Gonçalo", "Sebastião"],
           ["Gonçalves", "Magalhães", "Simões", "Araújo", "Conceição"]),
    "tr": (["Ayşe", "Gülşen", "Çağla"], ["Mehmet", "Oğuz", "Şükrü"],
           ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Aydın"]),
    "vi": (["Nguyễn Thị Hương", "Lê Thị Lan", "Phạm Thị Thảo", "Trần Ngọc Ánh"],
           ["Trần Văn Đức", "Phạm Minh Tuấn", "Nguyễn Văn Nam", "Lê Quang Huy"], [""]),
    "no": (["Åse", "Sølvi", "Ingrid"], ["Øystein", "Bjørn", "Håkon"], ["Ærø", "Løkken", "Brøndum", "Sørensen"]),
    "ru": (["Ольга|Olga", "Наталья|Natalya", "Анна|Anna", "Юлия|Yulia"],
           ["Дмитрий|Dmitry", "Сергей|Sergey", "Алексей|Alexey"],
           ["Петров/Петрова|Petrov/Petrova", "Иванов/Иванова|Ivanov/Ivanova", "Смирнов/Смирнова|Smirnov/Smirnova",
            "Кузнецов/Кузнецова|Kuznetsov/Kuznetsova", "Соколов/Соколова|Sokolov/Sokolova"]),
    "el": (["Σοφία|Sofia", "Ελένη|Eleni", "Μαρία|Maria"], ["Γιώργος|Giorgos", "Νίκος|Nikos", "Αλέξανδρος|Alexandros"],
           ["Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou", "Οικονόμου|Oikonomou",
            "Γεωργίου|Georgiou", "Βασιλείου|Vasileiou"]),
}
BACKGROUND_WEIGHTS = {"en": 40, "pl": 10, "de": 6, "fr": 6, "es": 6, "pt": 4, "tr": 5, "vi": 4, "no": 3,
                      "ru": 8, "el": 8}

STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
           "Queen's Road", "The Crescent", "Orchard Close", "Kingsway", "Albert Terrace", "Meadow View"]
CITIES = [("Bristol", "BS"), ("Bath", "BA"), ("Keynsham", "BS"), ("Portishead", "BS"), ("Clevedon", "BS")]
MAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.co.uk"]
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# (service, typical price in cents)
SERVICES = [
    ("Annual service", 18900), ("MOT test", 5485), ("Brake pads (front)", 14500), ("Brake discs and pads", 32000),
    ("Clutch replacement", 64000), ("Two tyres fitted", 17800), ("Air-con regas", 7900),
    ("Battery replacement", 13500), ("Diagnostics", 6000), ("Timing belt", 42000), ("Exhaust repair", 21000),
    ("Wheel alignment", 5500), ("Windscreen wipers", 2500), ("Suspension springs", 27500),
]
RECURRING_SERVICE = "Brake pads (front)"  # last month's bad batch of pads: the trend the owner should spot

CATEGORY_WEIGHTS = {"price_over_estimate": 18, "inferior_work": 14, "failed_too_soon": 12,
                    "incompetent_service": 8, "unfriendly_attitude": 7, "late": 18, "billing_error": 9,
                    "public_review": 5, "other": 9}

COMPLAINT_TEXT: dict[str, list[tuple[str, str, str]]] = {
    "price_over_estimate": [
        ("Bill well over the quote", "You told me {est} on the phone and now it's {amount}. Nobody rang me "
         "before doing the extra work.", "Charge what was quoted."),
        ("Extra parts added without asking", "I only came in for the {service}. I never agreed to the extra "
         "parts on this invoice.", "Refund the parts I didn't ask for."),
    ],
    "inferior_work": [
        ("Rattle since the {service}", "There's a rattle from the front that wasn't there before I brought it "
         "in. It sounds like something was left loose.", "Have it looked at again today."),
        ("Scratches on the bodywork", "There are two new scratches by the driver's door. They were not there "
         "when I dropped the car off.", "Repair the scratches at your cost."),
    ],
    "failed_too_soon": [
        ("{service} failed within weeks", "It's only been a few weeks since the {service} and it's already "
         "squealing again. I expected it to last much longer than this.", "Redo it free of charge."),
        ("Part failed again", "Same problem as last time, the part you fitted has gone again.",
         "A proper fix and something for the trouble."),
    ],
    "incompetent_service": [
        ("Wrong work carried out", "I asked for the {service} and you did something else entirely. Did anyone "
         "read the job card?", "Do the job I asked for and don't charge for the wrong one."),
    ],
    "unfriendly_attitude": [
        ("Rude at the counter", "The man at the desk rolled his eyes and talked over me when I asked a "
         "simple question.", "An apology."),
        ("Felt ignored while waiting", "I stood at the counter for ten minutes and nobody even said hello.",
         "Just be treated like a customer."),
    ],
    "late": [
        ("Car not ready when promised", "You promised it for 5 o'clock, I left work early and it wasn't even "
         "started. I had to take a taxi home.", "Pay for the taxi and finish it tomorrow morning."),
        ("Missed the agreed date", "This is the second time the date has slipped. I need the car for work.",
         "A courtesy car until it's done."),
    ],
    "billing_error": [
        ("Charged twice", "My card was charged twice for the same {service}. I've got both on my statement.",
         "Refund the second charge."),
        ("VAT added twice on invoice", "The invoice adds VAT on top of a price that already included it.",
         "A corrected invoice."),
    ],
    "public_review": [
        ("One-star online review", "Posted online: 'Overpriced and slow. Would not go back.'",
         "Not stated — review posted publicly."),
    ],
    "other": [
        ("Seat and mirrors moved", "Every setting in my car had been changed, seat, mirrors, radio.",
         "Ask the mechanics to put things back."),
        ("Left a mess in the footwell", "Greasy marks all over the carpet and the seat.", "Valet the car."),
    ],
}


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    visits: int
    complaints: int
    staff_added: int


DEMO_STAFF = (("Priya Shah", "desk"), ("Tomasz Nowak", "desk"), ("Helen Carter", "manager"))
DEMO_PIN = "0000"


def _pick_name(rng: random.Random) -> tuple[str, str, str]:
    """A name as the customer writes it, its Latin spelling, and the background it comes from."""
    background = rng.choices(list(BACKGROUND_WEIGHTS), weights=list(BACKGROUND_WEIGHTS.values()))[0]
    women, men, families = NAMES[background]
    woman = rng.random() < 0.5
    given, family = rng.choice(women if woman else men), rng.choice(families)

    def spelled(name: str, script: int) -> str:
        forms = name.split("|")[min(script, name.count("|"))].split("/")
        return forms[-1] if woman else forms[0]

    native = f"{spelled(given, 0)} {spelled(family, 0)}".strip()
    latin = f"{spelled(given, 1)} {spelled(family, 1)}".strip()
    return native, latin, background


def _email_for(latin: str, rng: random.Random) -> str:
    from models.textfold import words

    parts = words(latin)
    user = rng.choice([".".join(parts), parts[0][0] + parts[-1], "".join(parts) + str(rng.randint(1, 99))])
    return f"{user}@{rng.choice(MAIL_DOMAINS)}"


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    return f"0117 {rng.randint(200, 999)} {rng.randint(1000, 9999)}"


def _postcode(rng: random.Random, area: str) -> str:
    return f"{area}{rng.randint(1, 41)} {rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"


def _demo_staff(actor_id: int, now: dt.datetime) -> tuple[list[int], int]:
    """The staff the demo's visits and complaints are recorded under.

    A database with staff keeps exactly the staff it has: demo data never adds people who could sign in (with a
    PIN everybody knows) to a shop's desk. Only an empty one gets the demo staff, audited like any others.
    """
    people = Staff.select(Staff.id).where(Staff.active & (Staff.role != SYSTEM_ROLE))
    existing = [sid for (sid,) in rows(people)]
    if existing:
        return existing, 0
    for name, role in DEMO_STAFF:
        row = Staff.create(name=name, role=role, pin_hash=hash_pin(DEMO_PIN), created_at=now)
        audit.record(actor_id, "staff", row.id, "create", None, audit.snapshot(row))
    return [sid for (sid,) in rows(people)], len(DEMO_STAFF)


def generate(
    customers: int = 300,
    *,
    seed: int = 7,
    visits_per_customer: float = 6.0,
    complaints_per_customer: float = 0.3,
    staff_id: int,
    approval: Approval | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> DemoSummary:
    """Add ``customers`` demo customers with their visits and complaints, deterministically for a seed.

    Made-up customers are hard to tell from real ones: a database that already has customers takes demo data
    only with a manager's ``approval``. Returns what was added. ``progress(done, total)`` may return False to
    cancel: nothing is then saved.
    """
    if customers < 1:
        raise ValueError("customers must be at least 1")
    rng = random.Random(seed)
    now = utcnow()
    today = today or now.date()
    recurring_month_start = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    country_code = load_settings().country_code
    with database.atomic() as transaction:
        if approval is None and Customer.select().exists():
            raise NeedsApproval("This database already has customers: a manager must approve adding demo data.")
        staff_ids, staff_added = _demo_staff(staff_id, now)
        customer_id = next_id(Customer)
        visit_id = next_id(Visit)
        first_customer = customer_id
        customer_rows, visit_rows, complaint_rows = [], [], []
        visit_count = 0
        chunk = 2000
        for index in range(customers):
            native, latin, background = _pick_name(rng)
            city, area = rng.choice(CITIES)
            phone = _phone(rng) if rng.random() < 0.95 else ""
            email = _email_for(latin, rng) if rng.random() < 0.8 else ""
            postcode = _postcode(rng, area)
            search_text, sort_key = search_fields(native, phone, email, postcode, city, country_code)
            line1 = f"{rng.randint(1, 180)} {rng.choice(STREETS)}"
            line2 = rng.choice(["", "", "", f"Flat {rng.randint(1, 12)}"])
            prefers = "email" if email and rng.random() < 0.4 else "phone"
            # visits: 2–5 years of history up to yesterday, some bills over the estimate
            years = rng.uniform(2, 5)
            n_visits = max(1, round(rng.gauss(visits_per_customer, visits_per_customer / 3)))
            my_visits: list[tuple[int, dt.date, str, int, int | None]] = []
            for _ in range(n_visits):
                day = today - dt.timedelta(days=rng.randint(1, int(years * 365)))
                service, price = rng.choice(SERVICES)
                estimate = int(round(price * rng.uniform(0.85, 1.15), -2)) if rng.random() < 0.7 else None
                if estimate is None:
                    amount = round(price * rng.uniform(0.9, 1.1))
                elif rng.random() < 0.12:
                    amount = round(estimate * rng.uniform(1.1, 1.45))
                else:
                    amount = round(estimate * rng.uniform(0.92, 1.0))
                visit_rows.append((visit_id, customer_id, day, service, rng.choice(staff_ids), estimate, amount))
                my_visits.append((visit_id, day, service, amount, estimate))
                visit_id += 1
            visit_count += n_visits
            # the customer was added to the records before (or on the day of) their first visit
            first_day = min(v[1] for v in my_visits)
            joined = dt.datetime.combine(first_day, dt.time(8), tzinfo=dt.UTC) - dt.timedelta(
                days=rng.randint(0, 60), minutes=rng.randint(0, 600))
            # Polish-speaking customers have their letters in Polish (the letters the demo prints show it)
            language = "pl" if background == "pl" else ""
            customer_rows.append((customer_id, native, phone, email, line1, line2, postcode, city, prefers, "",
                                  language, joined, search_text, sort_key, 1))
            # complaints: most customers none, repeat complainers several, last month's brake-pad problem
            n_complaints = _complaint_count(rng, complaints_per_customer, repeat=index % 100 == 50)
            for _ in range(n_complaints):
                complaint_rows.append(_complaint_row(rng, customer_id, my_visits, staff_ids, now, None))
            recent_pads = [v for v in my_visits if v[2] == RECURRING_SERVICE and v[1] >= recurring_month_start]
            if recent_pads and rng.random() < 0.6:
                complaint_rows.append(_complaint_row(rng, customer_id, recent_pads, staff_ids, now,
                                                     "failed_too_soon"))
            customer_id += 1
            if len(customer_rows) >= chunk or index == customers - 1:
                insert_rows(Customer, _CUSTOMER_COLUMNS, customer_rows)
                insert_rows(Visit, _VISIT_COLUMNS, visit_rows)
                insert_rows(Complaint, _COMPLAINT_COLUMNS, complaint_rows)
                customer_rows, visit_rows = [], []
                complaint_rows.clear()
                if progress is not None and not progress(index + 1, customers):
                    transaction.rollback()
                    return DemoSummary(0, 0, 0, 0)
        add_resolution_data(first_customer, staff_ids, now, seed)
        from models.services.demo_documents import add_demo_documents

        add_demo_documents(first_customer, staff_id, seed=seed, now=now)  # vouchers and the letters sent
        _add_root_causes(first_customer, seed)
        written_complaints = Complaint.select().where(Complaint.customer >= first_customer).count()
        audit.record(staff_id, "demo", first_customer, "load", None,
                     {"customers": customers, "visits": visit_count, "complaints": written_complaints,
                      "seed": seed})
    return DemoSummary(customers, visit_count, written_complaints, staff_added)


_CUSTOMER_COLUMNS = ("id", "name", "phone", "email", "address_line1", "address_line2", "postcode", "city",
                     "preferred_contact", "notes", "language", "created_at", "search_text", "sort_key", "version")
_VISIT_COLUMNS = ("id", "customer", "date", "service", "staff", "estimate_cents", "amount_cents")
_COMPLAINT_COLUMNS = ("customer", "visit", "received_at", "received_week", "channel", "category", "severity",
                      "summary", "customer_words", "desired_outcome", "status", "business_at_fault", "owner",
                      "first_contact_at", "resolved_at", "satisfaction", "root_cause", "version")


# what the garage found behind its closed complaints (weights: bad parts and workmanship most often)
ROOT_CAUSE_WEIGHTS = {"parts": 30, "workmanship": 22, "estimate": 14, "communication": 14, "scheduling": 10,
                      "training": 4, "expectation": 6}


def _add_root_causes(first_customer: int, seed: int) -> None:
    """Every closed demo complaint says what caused it, from a random stream of its own (the rest of the demo
    data stays as it was for a seed)."""
    rng = random.Random(seed * 7919 + 1)
    closed = rows(Complaint.select(Complaint.id).where((Complaint.customer >= first_customer)
                                                       & (Complaint.status == "closed")).order_by(Complaint.id))
    causes, weights = list(ROOT_CAUSE_WEIGHTS), list(ROOT_CAUSE_WEIGHTS.values())
    updates = [(rng.choices(causes, weights=weights)[0], complaint_id) for (complaint_id,) in closed]
    if is_sqlite():  # one statement for all rows: the benchmark's 80,000 closed complaints in a blink
        database.connection().executemany("UPDATE complaint SET root_cause = ? WHERE id = ?", updates)
    else:
        for cause, complaint_id in updates:
            Complaint.update(root_cause=cause).where(Complaint.id == complaint_id).execute()


def _complaint_count(rng: random.Random, mean: float, *, repeat: bool) -> int:
    if repeat:
        return rng.randint(3, 5)  # one customer in a hundred complains again and again
    if mean < 1:
        return 1 if rng.random() < mean else 0
    return round(rng.expovariate(1 / mean))


def _money(cents: int | None) -> str:
    return "no estimate" if cents is None else f"£{cents / 100:,.2f}"


def _complaint_row(
    rng: random.Random,
    customer_id: int,
    visits: list[tuple[int, dt.date, str, int, int | None]],
    staff_ids: list[int],
    now: dt.datetime,
    category: str | None,
) -> tuple[object, ...]:
    category = category or rng.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()))[0]
    assert category in CATEGORIES
    if category == "price_over_estimate":
        # only a bill that really went over its estimate is complained about as one
        over = [v for v in visits if v[4] is not None and v[3] > v[4]]
        visits = over or visits
        category = category if over else "billing_error"
    visit_id, day, service, amount, estimate = rng.choice(visits)
    summary, words, outcome = rng.choice(COMPLAINT_TEXT[category])
    fill = {"service": service.lower(), "amount": _money(amount), "est": _money(estimate)}
    summary = summary.format(**fill)
    summary = summary[0].upper() + summary[1:]
    received = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC) + dt.timedelta(
        days=rng.randint(0, 20), minutes=rng.randint(0, 9 * 60))
    received = min(received, now - dt.timedelta(minutes=rng.randint(5, 600)))
    age_days = (now - received).days
    channel = "online-review" if category == "public_review" else rng.choice(
        ["walk-in", "walk-in", "phone", "phone", "email", "letter"])
    if age_days > 30:
        status = rng.choice(["closed", "closed", "resolved"])
    elif age_days > 7:
        status = rng.choice(["resolved", "in_progress", "awaiting_customer", "closed"])
    else:
        status = rng.choice(["new", "in_progress", "in_progress", "awaiting_customer"])
    # every time in order: visit <= received <= first contact <= resolved <= now
    first_contact: dt.datetime | None = received + dt.timedelta(hours=rng.choice([0, 0, 1, 3, 20, 50]))
    if channel in ("walk-in", "phone"):
        first_contact = received  # contact is made the moment a walk-in or a call is taken
    first_contact = min(first_contact, now) if first_contact is not None else None
    if status == "new" and channel not in ("walk-in", "phone"):
        first_contact = None
    resolved_at = None
    if status in ("resolved", "closed"):
        assert first_contact is not None
        resolved_at = min(first_contact + dt.timedelta(days=rng.randint(0, 12), hours=rng.randint(1, 8)), now)
    satisfaction = rng.choice([2, 3, 4, 4, 5, 5]) if status == "closed" else None
    fault = rng.choice(["yes", "partly", "no", None]) if status != "new" else None
    return (customer_id, visit_id, received, iso_week(received), channel, category,
            rng.choices([1, 2, 3, 4], weights=[30, 40, 22, 8])[0], summary,
            words.format(**fill), outcome, status, fault, rng.choice(staff_ids), first_contact, resolved_at,
            satisfaction, "", 1)
