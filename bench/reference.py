"""Figures measured on the real FluentCRM server, copied here so the emulator can be compared with them.

Source: the FluentCRM 2.9.84 recordings' findings, section "Performance of the real server (reference figures)".
10,058 contacts and about 20k tag/list pivot rows; client, PHP and MariaDB on one 2-vCPU host; a new TCP
connection per request; 10 warm-up requests, then 200 sequential requests per case.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = (
    'FluentCRM 2.9.84 recordings, FINDINGS.md, "Performance of the real server (reference figures)": '
    "10,058 contacts, ~20k tag/list pivot rows, client + PHP 8.2 + MariaDB 10.11 on one 2-vCPU host, "
    "a new TCP connection per request, 10 warm-up then 200 sequential requests per case"
)


@dataclass(frozen=True)
class ServerFigures:
    p50_ms: float
    p95_ms: float
    requests_per_s: float


@dataclass(frozen=True)
class ReferenceCase:
    description: str
    builtin: ServerFigures
    php_fpm: ServerFigures


BUILTIN = "PHP built-in server"
PHP_FPM = "nginx + php-fpm"

# Keyed by the emulator load case they correspond to (see bench.emulator_load.CASES).
SEQUENTIAL: dict[str, ReferenceCase] = {
    "list": ReferenceCase(
        "GET /subscribers?per_page=10",
        ServerFigures(29.0, 37.1, 33.3),
        ServerFigures(28.9, 31.4, 34.4),
    ),
    "search_many": ReferenceCase(
        "GET /subscribers?per_page=10&search=kira (397 hits)",
        ServerFigures(37.3, 45.7, 26.0),
        ServerFigures(36.2, 37.9, 27.5),
    ),
    "search_few": ReferenceCase(
        "GET /subscribers?per_page=10&search=load0432 (10 hits)",
        ServerFigures(45.2, 50.8, 21.7),
        ServerFigures(43.0, 44.9, 23.1),
    ),
    "get_one": ReferenceCase(
        "GET /subscribers/{random id}",
        ServerFigures(26.7, 32.4, 36.3),
        ServerFigures(25.6, 28.0, 38.7),
    ),
}

# GET /subscribers?per_page=10 with 4 concurrent clients (php-fpm with 4 workers).
CONCURRENT_LIST_REQUESTS_PER_S = {BUILTIN: 35.3, PHP_FPM: 40.8}

# Loading contacts through POST /subscribers/bulk-add-update in chunks of 500.
BULK_LOAD_CONTACTS_PER_S = 240.0
