from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from models.services import customers
from models.services.customers import PAGE_SIZE, CustomerInput
from models.services.staff import StaffMember
from ui.item_models.customer_list import CustomerListModel


def _fetch(query: str, after: tuple[str, int] | None) -> list[customers.CustomerRow]:
    return customers.search_customers(query, after=after)


def test_model_passes_qtmodeltester_and_pages(qtmodeltester: object, owner: StaffMember) -> None:
    for number in range(PAGE_SIZE + 30):
        customers.create_customer(CustomerInput(name=f"Customer {number:04d}", phone=f"0770090{number:04d}"),
                                  owner.id)
    checked = CustomerListModel(_fetch, PAGE_SIZE, ["Name", "Phone", "Postcode"])
    qtmodeltester.check(checked)  # type: ignore[attr-defined]
    checked.show_results("", customers.search_customers(""))
    checked.show_results("customer 00", customers.search_customers("customer 00"))
    assert checked.rowCount() >= PAGE_SIZE

    model = CustomerListModel(_fetch, PAGE_SIZE, ["Name", "Phone", "Postcode"])
    model.show_results("", customers.search_customers(""))
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE + 30
    assert not model.canFetchMore(QModelIndex())
    assert model.data(model.index(PAGE_SIZE + 29, 0)) == f"Customer {PAGE_SIZE + 29:04d}"
    assert model.data(model.index(0, 1)) == "07700900000"
    customer_id = model.data(model.index(3, 0), CustomerListModel.ID_ROLE)
    assert isinstance(customer_id, int) and customers.get_customer(customer_id).name == "Customer 0003"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.data(model.index(PAGE_SIZE + 30, 0)) is None


def test_both_list_models_keep_the_customer_id_in_the_same_role() -> None:
    from ui.panes.customer_pane import ID_ROLE

    assert ID_ROLE == CustomerListModel.ID_ROLE == Qt.ItemDataRole.UserRole + 1
