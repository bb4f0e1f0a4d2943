from __future__ import annotations

import pytest

from ui.panes.remedy_box import parse_value


@pytest.mark.parametrize(("typed", "value"), [
    ("", (None, None)),
    ("   ", (None, None)),
    ("25", (2_500, None)),
    ("25.5", (2_550, None)),
    ("25.50", (2_550, None)),
    ("£1,025.50", (102_550, None)),
    ("12,50", (1_250, None)),
    ("1,250", (125_000, None)),
    ("-5", (-500, None)),
    ("10 %", (None, 10)),
    ("10%", (None, 10)),
    ("150 %", (None, 150)),
    ("PLN 40", (4_000, None)),
])
def test_what_the_desk_types(typed: str, value: tuple[int | None, int | None]) -> None:
    assert parse_value(typed) == value


@pytest.mark.parametrize("typed", ["ten pounds", "10.5 %", "1.2.3", "25.505", "%", "12,5,0", "abc%"])
def test_not_a_number(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_value(typed)
