"""The Qt desk. Calls models.services; never builds a query and never holds a business rule."""
