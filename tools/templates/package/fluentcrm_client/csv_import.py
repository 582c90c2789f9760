"""A CSV import in one call: stage the file, then import it page by page until FluentCRM says it is done.

FluentCRM imports a CSV file in two steps (``crm.imports.upload_csv`` stages it and proposes a column mapping,
``crm.imports.import_csv`` imports 500 rows per call); :func:`import_csv_file` runs both and adds up the pages.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from .exceptions import UnexpectedResponseError
from .models import (
    CsvColumnMap,
    CsvImportResponseInvalidContactsItem,
    ImportedContact,
)
from .types import UNSET, File

if TYPE_CHECKING:
    from .models import ContactRecord, ImportStatusInput
    from .sdk import FluentCRM

Source = str | os.PathLike[str] | BinaryIO


@dataclass
class CsvImportSummary:
    """What a whole import did, over all its pages."""

    file: str
    total: int = 0
    inserted: list[ImportedContact] = field(default_factory=list)
    updated: list[ContactRecord] = field(default_factory=list)
    invalid: list[CsvImportResponseInvalidContactsItem] = field(default_factory=list)


def _as_file(source: Source) -> File:
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        return File(payload=io.BytesIO(path.read_bytes()), file_name=path.name, mime_type="text/csv")
    name = getattr(source, "name", "import.csv")
    return File(payload=source, file_name=Path(str(name)).name or "import.csv", mime_type="text/csv")


def import_csv_file(
    crm: FluentCRM,
    source: Source,
    *,
    columns: Mapping[str, str] | None = None,
    new_status: ImportStatusInput = "subscribed",
    tags: Iterable[int] = (),
    lists: Iterable[int] = (),
    update: bool = False,
    delimiter: Literal["comma", "semicolon"] = "comma",
) -> CsvImportSummary:
    """Import the contacts of a CSV file (a path or a binary file object) and return what was done.

    ``columns`` maps CSV headers to contact fields (``{"E-mail": "email"}``); headers it leaves out are skipped.
    Without it, the server's own guess is used (headers named like a contact field, or like a custom field's
    label). ``update=True`` also updates contacts whose e-mail already exists. Raises
    :class:`~fluentcrm_client.ValidationError` when the file is not a CSV file or no column maps to ``email``.
    """
    staged = crm.imports.upload_csv(file=_as_file(source), delimiter=delimiter)
    if not isinstance(staged.file, str):
        raise UnexpectedResponseError("the server staged no file: the upload carried none")
    if columns is None:
        mapping = [entry for entry in staged.map if isinstance(entry.table, str) and entry.table]
    else:
        mapping = [CsvColumnMap(csv=header, table=target) for header, target in columns.items()]
    summary = CsvImportSummary(file=staged.file)
    page = 1
    while True:
        result = crm.imports.import_csv(
            file=staged.file,
            map=mapping,
            new_status=new_status,
            tags=list(tags) or UNSET,
            lists=list(lists) or UNSET,
            update=update,
            importing_page=page,
            delimiter=delimiter,
        )
        summary.total = result.total
        summary.inserted += result.result.inserted
        summary.updated += result.result.updated
        summary.invalid += result.invalid_contacts
        if not result.has_more:
            return summary
        page += 1
