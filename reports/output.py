"""Saving a document: the whole file or nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_whole(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then rename it over ``target``: a full disk or a
    crash never leaves half a PDF. Raises OSError (with its strerror) when the folder cannot be written."""
    path = Path(target)
    handle, temp = tempfile.mkstemp(prefix=".makegood-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's owner-only
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
