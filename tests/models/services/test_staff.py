import pytest

from models.entities import Staff
from models.errors import ValidationError, WrongPin
from models.services import staff


def test_owner_is_a_manager_once(db: object) -> None:
    assert not staff.has_staff()
    owner = staff.create_owner("Olga Owner", "2468")
    assert owner.is_manager
    with pytest.raises(ValidationError):
        staff.create_owner("Someone Else", "1357")
    assert Staff.select().count() == 1


@pytest.mark.parametrize(("name", "pin", "field"), [("", "1234", "name"), ("Olga", "12", "pin"),
                                                     ("Olga", "12ab", "pin"), ("Olga", "123456789", "pin"),
                                                     ("Olga", "\u0661\u0662\u0663\u0664", "pin")])
def test_owner_input_is_checked(db: object, name: str, pin: str, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        staff.create_owner(name, pin)
    assert field in info.value.fields
    assert not staff.has_staff()


def test_pin_is_hashed_with_pbkdf2_and_checked(owner: staff.StaffMember) -> None:
    stored = Staff.get_by_id(owner.id).pin_hash
    assert stored.startswith("pbkdf2_sha256$") and "1234" not in stored
    assert staff.switch_to(owner.id, "1234") == owner
    with pytest.raises(WrongPin, match="not Olga Owner's"):
        staff.switch_to(owner.id, "0000")


def test_real_pbkdf2_cost_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    assert staff.hash_pin("1234").split("$")[1] == str(staff.PBKDF2_ITERATIONS)
    assert staff.PBKDF2_ITERATIONS >= 100_000


def test_only_a_manager_adds_staff(owner: staff.StaffMember) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    assert [m.name for m in staff.list_active_staff()] == ["Dee Desk", "Olga Owner"]
    with pytest.raises(WrongPin, match="Dee Desk is not a manager"):
        staff.approve(desk.id, "1111")
    assert Staff.select().count() == 2
