"""``multipart/form-data`` bodies, read the way PHP fills ``$_POST`` and ``$_FILES`` from them.

WordPress takes body parameters from ``$_POST``, which PHP fills from form-encoded *and* multipart bodies, so
``curl -F email=… -F status=…`` works against FluentCRM. Parts that carry a file name go to ``$_FILES`` in PHP and
are not parameters (:func:`multipart_files` returns them); everything else becomes a ``name=value`` pair with
PHP's bracket syntax (``tags[]``) intact.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from email import policy
from email.message import Message
from email.parser import BytesParser
from urllib.parse import urlencode


@dataclass(frozen=True)
class UploadedFile:
    """One file part: what PHP puts in ``$_FILES[name]`` (the client's file name and type, and the bytes)."""

    filename: str
    content_type: str
    content: bytes


def _parts(body: bytes, content_type: str) -> Iterator[tuple[str, str | None, Message, bytes]]:
    """``(name, filename or None, part, payload)`` of every named part; nothing when the body cannot be read.

    ``content_type`` is the full header (with its ``boundary``): the body is parsed as a MIME message with that
    header in front, which is exactly the framing HTTP uses for form data.
    """
    if "boundary=" not in content_type.lower():
        return
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        return
    for part in message.iter_parts():
        if not isinstance(part, Message):
            continue
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        filename = part.get_param("filename", header="content-disposition")
        payload = part.get_payload(decode=True)
        yield (
            name,
            filename if isinstance(filename, str) else None,
            part,
            (payload if isinstance(payload, bytes) else b""),
        )


def multipart_pairs(body: bytes, content_type: str) -> list[tuple[str, str]]:
    """The ``(name, value)`` pairs of the non-file parts of a multipart body, in order."""
    pairs: list[tuple[str, str]] = []
    for name, filename, part, raw in _parts(body, content_type):
        if filename is not None:
            continue
        charset = part.get_content_charset() or "utf-8"
        try:
            value = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            value = raw.decode("latin-1")
        pairs.append((name, value))
    return pairs


def multipart_files(body: bytes, content_type: str) -> dict[str, UploadedFile]:
    """The file parts by field name (the last one wins, as in PHP for a name without brackets)."""
    return {
        name: UploadedFile(filename=filename, content_type=part.get_content_type(), content=raw)
        for name, filename, part, raw in _parts(body, content_type)
        if filename is not None
    }


def multipart_query(body: bytes, content_type: str) -> str:
    """The multipart body as a form-encoded string, so PHP's parameter rules apply to it unchanged."""
    return urlencode(multipart_pairs(body, content_type))
