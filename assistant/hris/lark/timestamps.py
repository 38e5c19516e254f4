"""Lark timestamps: strings of epoch milliseconds. Dates are read in the tenant's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from assistant.errors import InvalidValue, shown, type_name

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MS = timedelta(milliseconds=1)
TENANT_TZ = ZoneInfo("Asia/Shanghai")


def parse_ms(value: object) -> datetime:
    """An aware UTC datetime from a string of epoch milliseconds. Raises InvalidValue (a ValueError) with
    the reason as a catalogue key."""
    if not isinstance(value, str):
        raise InvalidValue("problem.lark.not_epoch_ms", got=type_name(value), value=shown(value))
    if not value.isdigit():
        raise InvalidValue("problem.lark.not_digits", value=shown(value))
    try:
        return EPOCH + int(value) * MS
    except OverflowError:
        raise InvalidValue("problem.lark.ms_out_of_range", value=shown(value)) from None


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
