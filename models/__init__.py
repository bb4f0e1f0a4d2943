"""Makegood's core: entities, database and the business services. Never imports Qt."""
