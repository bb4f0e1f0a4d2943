"""PDF documents (letters, vouchers, case files): a frozen dataclass in, PDF bytes out. Never imports Qt or
peewee."""
