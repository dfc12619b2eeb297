"""Records of the reference shelf (四个熟悉): documents, the reporting checklist, who reports what.

Kept apart from models.py because only the directory service and its repository use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dutyroom.messages import t

DOCUMENT_CATEGORIES: tuple[str, ...] = (
    t("应急预案"),
    t("专项预案"),
    t("部门预案"),
    t("操作手册"),
    t("物资队伍专家"),
    t("制度文件"),
    t("其他"),
)


@dataclass(frozen=True, slots=True)
class ReferenceDocument:
    """A plan or document; `file` is relative to the data folder's documents/ (or empty)."""

    title: str
    category: str
    file: str = ""
    note: str = ""
    added_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ProcedureStep:
    """One step of the reporting procedure checklist (报告与处置流程)."""

    stage: str  # 接报, 研判, 报告, 处置, 续报终报
    text: str
    position: int = 0
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ReportingDuty:
    """Which department reports which kind of event (信息报送责任分工)."""

    event_kind: str
    department: str
    contact: str = ""
    note: str = ""
    position: int = 0
    id: int | None = None


# Default checklist from DOMAIN.md §2–§4; a bureau edits its own copy (stored once changed).
DEFAULT_PROCEDURE: tuple[tuple[str, str], ...] = (
    (t("接报"), t("一键记录接报时间（精确到分钟），开始计时")),
    (t("接报"), t("记录报告人、单位/职务、联系电话，以及已告知的单位")),
    (t("接报"), t("记录事发时间、地点（乡镇/街道）、事件类别、事发单位、简要经过")),
    (
        t("接报"),
        t("记录伤亡情况：死亡、失踪、受伤（重伤）、被困、涉险、转移人数，初估直接经济损失"),
    ),
    (t("研判"), t("核实信息（回拨报告人或属地乡镇、行业部门）")),
    (t("研判"), t("确定事件等级；判断是否较大涉险、是否敏感")),
    (t("报告"), t("立即报告带班领导")),
    (t("报告"), t("较大及以上、较大涉险或敏感事件：30分钟内电话报告上级值班室")),
    (t("报告"), t("较大及以上、较大涉险或敏感事件：60分钟内报送书面报告")),
    (t("报告"), t("一般事件：3小时内报送书面报告")),
    (t("报告"), t("首报不等待全部情况，缺项后续补报")),
    (t("处置"), t("按领导批示通知相关成员单位、乡镇，记录传达情况")),
    (t("处置"), t("跟踪现场处置进展、领导到场情况和请求事项")),
    (t("续报终报"), t("较大事件每24小时续报（重大及以上每12小时），伤亡变化当日补报")),
    (t("续报终报"), t("处置结束后报送终报，交接班时交接未完成的报送时限")),
)

DEFAULT_REPORTING_DUTIES: tuple[tuple[str, str], ...] = (
    (t("生产安全事故（工矿商贸）"), t("应急管理局")),
    (t("道路交通事故"), t("公安局交警大队")),
    (t("火灾"), t("消防救援大队")),
    (t("危险化学品事故"), t("应急管理局")),
    (t("建筑施工事故"), t("住房和城乡建设局")),
    (t("水旱灾害"), t("水利局（防汛抗旱指挥部办公室）")),
    (t("气象灾害"), t("气象局")),
    (t("地震灾害"), t("地震局（应急管理局）")),
    (t("地质灾害"), t("自然资源局")),
    (t("森林草原火灾"), t("林业局")),
    (t("环境污染事件"), t("生态环境分局")),
    (t("公共卫生事件"), t("卫生健康局")),
    (t("社会安全事件"), t("公安局")),
)
