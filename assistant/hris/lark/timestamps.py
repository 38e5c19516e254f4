"""Lark timestamps: strings of epoch milliseconds. Dates are read in the tenant's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MS = timedelta(milliseconds=1)
TENANT_TZ = ZoneInfo("Asia/Shanghai")


def parse_ms(value: object) -> datetime:
    """An aware UTC datetime from a string of epoch milliseconds. Raises ValueError with the reason."""
    if not isinstance(value, str):
        raise ValueError(f"expected a string of epoch milliseconds, got {type(value).__name__} {value!r}")
    if not value.isdigit():
        raise ValueError(f"expected a string of epoch milliseconds, got {value!r}")
    try:
        return EPOCH + int(value) * MS
    except OverflowError:
        raise ValueError(f"epoch milliseconds out of range: {value!r}") from None


def to_ms(moment: datetime) -> str:
    return str((moment - EPOCH) // MS)


def date_from_ms(value: object) -> date:
    return parse_ms(value).astimezone(TENANT_TZ).date()


def day_start_ms(day: date) -> str:
    local = datetime.combine(day, time.min, TENANT_TZ)
    return to_ms(local)


def day_end_ms(day: date) -> str:
    local = datetime.combine(day, time(23, 59, 59, 999000), TENANT_TZ)
    return to_ms(local)
