"""What the bureau prints on its papers: the duty phone and fax, the duty hours, and the 公文 header
elements of a written report (主送机关, 签发人, 发文字号, 紧急程度).

Kept as bureau settings (one key each) so that the roster sheet, the written report and the
handover sheet read the same values; nothing here is invented: an empty value is left off the
paper, except where a default is the practice named below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from dutyroom.errors import ValidationError
from dutyroom.messages import t
from dutyroom.text import has_control

# 值班时间 as duty rooms post it; 24-hour duty is the rule (DOMAIN §1), the wording the bureau's.
DEFAULT_DUTY_HOURS = t("全天24小时值班")
URGENCIES = ("", "加急", "特急")  # GB/T 9704-2012 §7.2.4: 紧急公文标注"特急""加急"
MAX_FIELD = 60
# Digits, separators and the words offices put in a number ("转", "（传真）", "-8001").
_PHONE = re.compile(r"^[0-9０-９+＋()（）\-－—、，, /转]+$")


@dataclass(frozen=True, slots=True)
class PaperSettings:
    duty_phone: str = ""  # 值班电话, e.g. "0371-12345678"
    duty_fax: str = ""  # 值班传真
    duty_hours: str = DEFAULT_DUTY_HOURS  # 值班时间, on the roster sheet
    report_to: str = ""  # 主送机关; empty: the first unit the reporting rule names
    show_signer: bool = True  # 上行文 carry 签发人 (GB/T 9704 §7.2.5); some bureaus leave it off
    doc_number: str = ""  # 发文字号 prefix, e.g. "X应急值〔2026〕"; the report adds "N号"
    urgency: str = ""  # 紧急程度: "", 加急, 特急


_KEYS = {
    "duty_phone": "paper_duty_phone",
    "duty_fax": "paper_duty_fax",
    "duty_hours": "paper_duty_hours",
    "report_to": "paper_report_to",
    "show_signer": "paper_show_signer",
    "doc_number": "paper_doc_number",
    "urgency": "paper_urgency",
}

FIELD_LABELS = {
    "duty_phone": t("值班电话"),
    "duty_fax": t("值班传真"),
    "duty_hours": t("值班时间"),
    "report_to": t("主送机关"),
    "show_signer": t("签发人"),
    "doc_number": t("发文字号"),
    "urgency": t("紧急程度"),
}


def read(get: dict[str, str]) -> PaperSettings:
    """The settings from the stored key/value pairs (missing keys: the defaults)."""
    values: dict[str, object] = {}
    for field in fields(PaperSettings):
        raw = get.get(_KEYS[field.name])
        if raw is None:
            continue
        values[field.name] = raw == "1" if field.name == "show_signer" else raw
    return PaperSettings(**values)  # type: ignore[arg-type]


def to_pairs(settings: PaperSettings) -> dict[str, str]:
    out: dict[str, str] = {}
    for field in fields(PaperSettings):
        value = getattr(settings, field.name)
        out[_KEYS[field.name]] = ("1" if value else "0") if isinstance(value, bool) else value
    return out


def cleaned(settings: PaperSettings) -> PaperSettings:
    """Spaces collapsed; every wrong value refused with its field named in Chinese."""
    values: dict[str, object] = {}
    for field in fields(PaperSettings):
        value = getattr(settings, field.name)
        if isinstance(value, bool):
            continue
        text = " ".join(str(value).split())
        label = FIELD_LABELS[field.name]
        if has_control(str(value)):
            raise ValidationError(field.name, t("{label}含有不可见的控制字符", label=label))
        if len(text) > MAX_FIELD:
            raise ValidationError(
                field.name, t("{label}过长（最多{n}个字）", label=label, n=MAX_FIELD)
            )
        values[field.name] = text
    for name in ("duty_phone", "duty_fax"):
        number = str(values[name])
        if number and not _PHONE.match(number):
            raise ValidationError(
                name,
                t(
                    "{label}只能含数字、“-”、“转”和括号：{value}",
                    label=FIELD_LABELS[name],
                    value=number,
                ),
            )
    if values["urgency"] not in URGENCIES:
        raise ValidationError(
            "urgency",
            t("紧急程度只能是“特急”“加急”或留空：{value}", value=values["urgency"]),
        )
    if not values["duty_hours"]:
        values["duty_hours"] = DEFAULT_DUTY_HOURS
    return replace(settings, **values)  # type: ignore[arg-type]
