"""The PostgreSQL server the shared-desk tests run on: MAKEGOOD_TEST_POSTGRES_URL names a database they may wipe
(.ci/run starts a throw-away server and sets it); without it those tests are skipped."""

from __future__ import annotations

import os

import pytest

URL = os.environ.get("MAKEGOOD_TEST_POSTGRES_URL", "")
needs_postgres = pytest.mark.skipif(not URL, reason="set MAKEGOOD_TEST_POSTGRES_URL to test on PostgreSQL")
