"""Staff at the desk: the owner set up on first run, PINs checked with PBKDF2, quick switching."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass

from models import textcheck
from models.db import database
from models.entities import ROLES, Staff, utcnow
from models.errors import LockedOut, NotFound, ValidationError, WrongPin
from models.i18n import CORE, desk_time
from models.services import audit

__all__ = ["ROLES"]

PBKDF2_ITERATIONS = 200_000
SYSTEM_ROLE = "system"  # the command line: audited like staff, never signs in at the desk
MAX_WRONG_PINS = 5
LOCKOUT = dt.timedelta(minutes=5)  # the first lockout; each further one doubles


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    active: bool

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


def _member(row: Staff) -> StaffMember:
    return StaffMember(id=row.id, name=row.name, role=row.role, active=row.active)


def hash_pin(pin: str, *, iterations: int | None = None, salt: bytes | None = None) -> str:
    iterations = iterations or PBKDF2_ITERATIONS
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def _pin_matches(pin: str, stored: str) -> bool:
    try:
        algorithm, iterations, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if algorithm != "pbkdf2_sha256":
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(digest.hex(), digest_hex)


def _validate(name: str, role: str, pin: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not textcheck.has_visible_letter(name):
        errors["name"] = CORE.tr("Enter the staff member's name.")
    elif reason := textcheck.problem(name.strip(), textcheck.NAME):
        errors["name"] = reason
    if role not in ROLES:
        errors["role"] = CORE.tr("Role must be one of: {choices}.").format(choices=', '.join(ROLES))
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        errors["pin"] = CORE.tr("The PIN must be 4 to 8 digits.")
    return errors


def has_staff() -> bool:
    """Has anyone who can sign in at the desk been set up (the command line does not count)?"""
    return Staff.select().where(Staff.role != SYSTEM_ROLE).exists()


def create_owner(name: str, pin: str) -> StaffMember:
    """The first staff member, a manager: the person every first-run change is recorded under."""
    errors = _validate(name, "manager", pin)
    if errors:
        raise ValidationError(errors)
    pin_hash = hash_pin(pin)
    with database.atomic():
        if has_staff():
            raise ValidationError({"name": CORE.tr("This desk already has an owner; ask them to add you.")})
        row = Staff.create(name=name.strip(), role="manager", pin_hash=pin_hash)
        audit.record(row.id, "staff", row.id, "create", None, audit.snapshot(row))
    return _member(row)


def create_staff(name: str, role: str, pin: str, approval: Approval) -> StaffMember:
    """Add a staff member, with a manager's approval (their PIN typed for it)."""
    errors = _validate(name, role, pin)
    if errors:
        raise ValidationError(errors)
    pin_hash = hash_pin(pin)  # the slow hash outside the write lock
    with database.atomic():
        row = Staff.create(name=name.strip(), role=role, pin_hash=pin_hash)
        audit.record(approval.manager_id, "staff", row.id, "create", None, audit.snapshot(row))
    return _member(row)


def command_line_actor() -> int:
    """The id that command-line writes are recorded under: "Command line (<operating-system user>)".

    Whoever can run a command can already write the database file, so commands ask no PIN; the audit log still
    says they came from the command line and which operating-system account ran them.
    """
    import getpass

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container)
        user = "unknown user"
    name = f"Command line ({user})"
    with database.atomic():
        row = Staff.get_or_none((Staff.name == name) & (Staff.role == SYSTEM_ROLE))
        if row is None:
            row = Staff.create(name=name, role=SYSTEM_ROLE, pin_hash="!", active=False)
            audit.record(row.id, "staff", row.id, "create", None, audit.snapshot(row))
    return int(row.id)


def get_staff(staff_id: int) -> StaffMember:
    row = Staff.get_or_none(Staff.id == staff_id)
    if row is None:
        raise NotFound(CORE.tr("That staff member no longer exists."))
    return _member(row)


def list_active_staff() -> list[StaffMember]:
    query = Staff.select().where(Staff.active & (Staff.role != SYSTEM_ROLE)).order_by(Staff.name, Staff.id)
    return [_member(row) for row in query]


@dataclass(frozen=True)
class Approval:
    """A manager's PIN, checked at the moment of a manager-only action: who approved it."""

    manager_id: int
    manager_name: str


def approve(manager_id: int, pin: str) -> Approval:
    """A manager approves an action by typing their PIN now; a desk-role PIN is refused."""
    member = get_staff(manager_id)
    if not member.is_manager or not member.active:
        raise WrongPin(CORE.tr("{name} is not a manager; a manager must approve this.").format(name=member.name))
    _check_pin(manager_id, pin, "approve")
    return Approval(member.id, member.name)


def command_line_approval() -> Approval:
    """The command line's own approval: whoever runs it can already write the database file."""
    actor = command_line_actor()
    return Approval(actor, get_staff(actor).name)


def switch_to(staff_id: int, pin: str) -> StaffMember:
    """The staff member now at the desk, once their PIN checks out."""
    return _check_pin(staff_id, pin, "sign_in")


def _check_pin(staff_id: int, pin: str, purpose: str) -> StaffMember:
    """Check ``pin`` for a sign-in or an approval, counting wrong ones: five in a row lock the staff member
    for five minutes, doubling with each further lockout. Every attempt, right or wrong, is audited."""
    row = Staff.get_or_none(Staff.id == staff_id)
    if row is None:
        raise NotFound(CORE.tr("That staff member no longer exists."))
    member = _member(row)
    if not member.active or member.role == SYSTEM_ROLE:
        raise WrongPin(CORE.tr("{name} is no longer active at this desk.").format(name=member.name))
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise WrongPin(CORE.tr("A PIN is 4 to 8 digits."))  # a slip of the keyboard, not a guess: not counted
    now = utcnow()
    if row.locked_until is not None and row.locked_until > now:
        with database.atomic():
            audit.record(row.id, "staff", row.id, "pin_refused_locked", None, {"purpose": purpose})
        raise LockedOut(_locked_message(member.name, row.locked_until, now))
    # the slow hash is checked outside the write transaction: other desks are not kept waiting for it
    matches = _pin_matches(pin, row.pin_hash)
    with database.atomic():
        fresh = Staff.get_by_id(staff_id)
        if matches:
            if fresh.failed_pins or fresh.lockouts or fresh.locked_until is not None:
                Staff.update(failed_pins=0, lockouts=0, locked_until=None).where(Staff.id == staff_id).execute()
            audit.record(staff_id, "staff", staff_id, purpose, None, None)
            return member
        failed = fresh.failed_pins + 1
        if failed < MAX_WRONG_PINS:
            Staff.update(failed_pins=failed).where(Staff.id == staff_id).execute()
            audit.record(staff_id, "staff", staff_id, "pin_failed", None, {"purpose": purpose, "failed_pins": failed})
            left = MAX_WRONG_PINS - failed
            refusal: WrongPin = WrongPin(
                CORE.tr("That PIN is not {name}'s. %n more tries before a lockout.", "", left).format(name=member.name)
                if left > 1 else
                CORE.tr("That PIN is not {name}'s. One more wrong PIN locks the sign-in.").format(name=member.name))
        else:
            lockouts = fresh.lockouts + 1
            until = now + LOCKOUT * 2 ** (lockouts - 1)
            Staff.update(failed_pins=0, lockouts=lockouts, locked_until=until).where(Staff.id == staff_id).execute()
            audit.record(staff_id, "staff", staff_id, "lockout", None,
                         {"purpose": purpose, "lockouts": lockouts, "until": until})
            refusal = LockedOut(_locked_message(member.name, until, now))
    raise refusal


def _locked_message(name: str, until: dt.datetime, now: dt.datetime) -> str:
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    local = desk_time(until, lambda moment: moment.astimezone().strftime("%H:%M"))
    if minutes == 1:
        sentence = CORE.tr("{name} is locked out after {wrong} wrong PINs; try again at {when} (in 1 minute).")
    else:
        sentence = CORE.tr("{name} is locked out after {wrong} wrong PINs; try again at {when} (in %n minutes).", "",
                           minutes)
    return sentence.format(name=name, wrong=MAX_WRONG_PINS, when=local)
