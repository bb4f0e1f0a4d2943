"""Staff at the desk: the owner set up on first run, PINs checked with PBKDF2, quick switching."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from models.db import database
from models.entities import ROLES, Staff
from models.errors import NotFound, ValidationError, WrongPin
from models.services import audit

PBKDF2_ITERATIONS = 200_000
SYSTEM_ROLE = "system"  # the command line: audited like staff, never signs in at the desk


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
    if not name.strip():
        errors["name"] = "Enter the staff member's name."
    if role not in ROLES:
        errors["role"] = f"Role must be one of: {', '.join(ROLES)}."
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        errors["pin"] = "The PIN must be 4 to 8 digits."
    return errors


def has_staff() -> bool:
    """Has anyone who can sign in at the desk been set up (the command line does not count)?"""
    return Staff.select().where(Staff.role != SYSTEM_ROLE).exists()


def create_owner(name: str, pin: str) -> StaffMember:
    """The first staff member, a manager: the person every first-run change is recorded under."""
    errors = _validate(name, "manager", pin)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        if has_staff():
            raise ValidationError({"name": "This desk already has an owner; ask them to add you."})
        row = Staff.create(name=name.strip(), role="manager", pin_hash=hash_pin(pin))
        audit.record(row.id, "staff", row.id, "create", None, audit.snapshot(row))
    return _member(row)


def create_staff(name: str, role: str, pin: str, created_by: int) -> StaffMember:
    """Add a staff member; only a manager may."""
    errors = _validate(name, role, pin)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        creator = get_staff(created_by)
        if not creator.is_manager:
            raise ValidationError({"role": "Only a manager can add staff."})
        row = Staff.create(name=name.strip(), role=role, pin_hash=hash_pin(pin))
        audit.record(created_by, "staff", row.id, "create", None, audit.snapshot(row))
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
        raise NotFound("That staff member no longer exists.")
    return _member(row)


def list_active_staff() -> list[StaffMember]:
    query = Staff.select().where(Staff.active & (Staff.role != SYSTEM_ROLE)).order_by(Staff.name, Staff.id)
    return [_member(row) for row in query]


def verify_pin(staff_id: int, pin: str) -> bool:
    row = Staff.get_or_none(Staff.id == staff_id)
    return row is not None and row.active and _pin_matches(pin, row.pin_hash)


@dataclass(frozen=True)
class Approval:
    """A manager's PIN, checked at the moment of a manager-only action: who approved it."""

    manager_id: int
    manager_name: str


def approve(manager_id: int, pin: str) -> Approval:
    """A manager approves an action by typing their PIN now; a desk-role PIN is refused."""
    member = get_staff(manager_id)
    if not member.is_manager or not member.active:
        raise WrongPin(f"{member.name} is not a manager; a manager must approve this.")
    if not verify_pin(manager_id, pin):
        raise WrongPin(f"That PIN is not {member.name}'s. Try again.")
    return Approval(member.id, member.name)


def switch_to(staff_id: int, pin: str) -> StaffMember:
    """The staff member now at the desk, once their PIN checks out."""
    member = get_staff(staff_id)
    if not member.active:
        raise WrongPin(f"{member.name} is no longer active at this desk.")
    if not verify_pin(staff_id, pin):
        raise WrongPin(f"That PIN is not {member.name}'s. Try again.")
    return member
