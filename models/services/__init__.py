"""The desk's API: plain typed functions, one module per capability. Every write runs in one transaction
and leaves an audit entry naming the staff member who made it."""
