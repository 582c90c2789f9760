"""WordPress text helpers re-implemented: the emulator must clean input the way the real server does.

Only the behaviour visible through the API is reproduced (what ends up stored and echoed back), not every corner
of the PHP originals.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from datetime import date
from typing import Any

_TAGS = re.compile(r"<[^>]*>")
_PERCENT_OCTET = re.compile(r"%[a-fA-F0-9]{2}")
_SPACES = re.compile(r"[\r\n\t ]+")
_EMAIL_LOCAL = re.compile(r"^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_DOMAIN_LABEL = re.compile(r"^[a-z0-9-]+$", re.IGNORECASE)
_MYSQL_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")


def php_string(value: Any) -> str:
    """How PHP turns a scalar into a string (``true`` → ``"1"``, ``false``/``null`` → ``""``)."""
    if value is None or value is False:
        return ""
    if value is True:
        return "1"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, dict)):
        return ""
    return str(value)


def php_empty(value: Any) -> bool:
    """PHP's ``empty()``: null, false, 0, "0", "" and empty arrays are empty."""
    if value is None or value is False:
        return True
    if isinstance(value, (list, dict, str)) and len(value) == 0:
        return True
    if isinstance(value, str):
        return value == "0"
    return bool(isinstance(value, (int, float)) and value == 0)


def sanitize_text_field(value: Any) -> str:
    text = php_string(value)
    text = _TAGS.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _PERCENT_OCTET.sub("", text)
    return text.strip()


def sanitize_textarea_field(value: Any) -> str:
    text = php_string(value)
    text = _TAGS.sub("", text)
    return _PERCENT_OCTET.sub("", text).strip()


def remove_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def sanitize_title(value: Any) -> str:
    """WordPress ``sanitize_title``: lower-case, accents removed, spaces to dashes, other punctuation dropped."""
    text = remove_accents(_TAGS.sub("", php_string(value))).lower()
    text = re.sub(r"&.+?;", "", text)
    text = text.replace(".", "-")
    text = re.sub(r"[^%a-z0-9 _-]", "", text)
    text = re.sub(r"\s+", "-", text)
    text = re.sub(r"-+", "-", text)
    return text.strip("-")


def slugify(value: Any) -> str:
    """FluentCRM ``Helper::slugify`` for Latin titles (non-Latin titles get a random id on the real server)."""
    text = php_string(value).strip()
    slug = remove_accents(text).lower()
    slug = re.sub(r"[^a-z0-9\-_]", "-", slug)
    slug = re.sub(r"[\-_]{2,}", "-", slug)
    slug = slug.strip("-_")
    if not slug:
        slug = secrets.token_hex(6)
    return sanitize_title(slug)


def is_email(value: Any) -> bool:
    """WordPress ``is_email``: a plain structural check, no DNS."""
    if not isinstance(value, str) or len(value) < 6 or "@" not in value[1:]:
        return False
    local, _, domain = value.rpartition("@")
    if not local or not _EMAIL_LOCAL.match(local):
        return False
    if ".." in domain or domain.startswith(".") or domain.endswith("."):
        return False
    labels = domain.split(".")
    if len(labels) < 2:
        return False
    for label in labels:
        if not label or label.startswith("-") or label.endswith("-") or not _DOMAIN_LABEL.match(label):
            return False
    return True


def sanitize_email(value: Any) -> str:
    """WordPress ``sanitize_email``: the address, trimmed, or ``""`` when it cannot be one."""
    text = php_string(value).strip()
    return text if is_email(text) else ""


def mysql_date(value: str) -> str:
    """What a MySQL ``DATE`` column stores for ``value`` with strict mode off: the date, or ``0000-00-00``."""
    match = _MYSQL_DATE.match(value)
    if not match:
        return "0000-00-00"
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return "0000-00-00"
