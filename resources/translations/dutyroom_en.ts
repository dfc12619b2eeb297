<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AlarmBanner</name>
    <message>
        <location filename="../../ui/alarm_banner.py" line="+21"/>
        <source>临近</source>
        <translation>approaching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到时</source>
        <translation>due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超时</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>另有{n}项提醒，见下方各事件的计时</source>
        <translation>{n} more alarms: see the clocks below</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>知道了·停止响铃</source>
        <translation>Got it · stop ringing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>暂缓{n}分钟</source>
        <translation>Snooze {n} min</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>暂缓原因（必填）</source>
        <translation>Reason for snoozing (required)</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <location filename="../../ui/alarms.py" line="+317"/>
        <location line="+24"/>
        <source>报送时限</source>
        <translation>Reporting deadline</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>{kind}：{text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（标题待填）</source>
        <translation>(title pending)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}「{name}」</source>
        <translation>{title} · {name}</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>报送已超时</source>
        <translation>Report overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}已超时{m}分钟（时限{due}）</source>
        <translation>{what} is {m} min overdue (deadline {due})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报送时限已到</source>
        <translation>Reporting deadline reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}时限{due}已到，请立即报送</source>
        <translation>{what}: deadline {due} reached, report now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>报送时限紧急</source>
        <translation>Reporting deadline urgent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>报送时限临近</source>
        <translation>Reporting deadline approaching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}还剩{m}分钟（时限{due}）</source>
        <translation>{what}: {m} min left (deadline {due})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>程序未运行期间：</source>
        <translation>While the program was not running: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+223"/>
        <source>无法使用数据文件夹 {path}：{error}</source>
        <translation>Cannot use the data folder {path}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法打开值班数据</source>
        <translation>Cannot open the duty data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数据文件夹：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <location filename="../../ui/background_check.py" line="+80"/>
        <source>后台检查发现值班数据库文件有损坏：
{path}
检查结果：{problem}

已保存的记录仍在，但请尽快：
1. 在 设置 › 备份与导出 中点击“立即备份”；
2. 关闭并重新启动程序，启动时会再次检查并提供恢复最近的备份。
如问题反复出现，请联系管理员检查硬盘。</source>
        <translation>The background check found damage in the duty database file:
{path}
Finding: {problem}

What is saved is still there, but as soon as you can:
1. click “Back up now” under Settings › Backup and export;
2. close and restart the program: at start it checks again and offers the latest backup.
If this happens again, ask the administrator to check the disk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据库检查发现问题</source>
        <translation>The database check found a problem</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../ui/settings_backup_section.py" line="+65"/>
        <source>备份与导出</source>
        <translation>Backup and export</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>恢复所选备份…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>值班日志自动导出到</source>
        <translation>Export the duty log automatically to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留备份</source>
        <translation>Keep backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每日自动备份时间</source>
        <translation>Daily automatic backup at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最近一次备份</source>
        <translation>Latest backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>尚无备份（交接班确认时自动备份）</source>
        <translation>No backups yet (one is made automatically when a handover is confirmed)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>选择导出文件夹</source>
        <translation>Choose the export folder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>备份失败：{e}</source>
        <translation>Backup failed: {e}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已备份：{p}</source>
        <translation>Backed up: {p}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>用 {when} 的备份替换当前值班数据？

将被替换：{db}
（其中 {when} 之后的所有记录）
替换前会先备份当前数据。恢复后程序将关闭，请重新启动。</source>
        <translation>Replace the current duty data with the backup from {when}?

To be replaced: {db}
(all records made after {when})
The current data is backed up first. After the restore the program closes; please start it again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>恢复失败：{e}</source>
        <translation>Restore failed: {e}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已恢复，请重新启动程序。</source>
        <translation>Restored. Please restart the program.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/incident_dialogs.py" line="+84"/>
        <source>终结事件</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>终结说明（必填）：处置结果、善后情况等</source>
        <translation>Closing note (required): outcome, recovery measures, etc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终结后事件不能再修改；较大及以上事件将生成终报时限。</source>
        <translation>A closed incident can no longer be edited; incidents graded major or above get a final-report deadline.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../ui/feedback.py" line="+21"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="+23"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>编辑联系人</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增联系人</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/contacts_model.py" line="+23"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/reference_page.py" line="+65"/>
        <source>搜索：姓名、单位、电话号码或拼音首字母（如 cgz）</source>
        <translation>Search: name, organization, phone number or pinyin initials (e.g. cgz)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>复制号码</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从Excel导入</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+15"/>
        <location line="+20"/>
        <source>请先选择联系人</source>
        <translation>Select a contact first</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>已复制 {name} 的号码：{number}</source>
        <translation>Copied {name}&apos;s number: {number}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已保存：{name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>删除联系人“{name}”？</source>
        <translation>Delete the contact “{name}”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已删除：{name}</source>
        <translation>Deleted: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导入通讯录</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>没有可导入的联系人</source>
        <translation>No contacts to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未导入，请修改后重试：
</source>
        <translation>Nothing was imported; please correct the file and try again:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>将新增 {a} 人，更新 {u} 人（{s} 人无变化）。确认导入？</source>
        <translation>{a} will be added and {u} updated ({s} unchanged). Import?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已导入：新增 {a}，更新 {u}</source>
        <translation>Imported: {a} added, {u} updated</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出通讯录</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>通讯录.xlsx</source>
        <translation>contacts.xlsx</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/log_correction.py" line="+35"/>
        <source>更正值班日志</source>
        <translation>Correct the duty log</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>必填，如：来电单位记错</source>
        <translation>Required, e.g.: wrong caller organization recorded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>原记录不会被删除或改写，更正将作为新记录保存并留痕。</source>
        <translation>The original entry is never deleted or overwritten; the correction is saved as a new, traceable entry.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>原内容</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正为</source>
        <translation>Correct to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../ui/countdown.py" line="+80"/>
        <source>刚刚超时</source>
        <translation>just overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已超时{h}小时{m:02d}分钟</source>
        <translation>{h} h {m:02d} min overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已超时{m}分钟</source>
        <translation>{m} min overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>剩余{h}小时{m:02d}分钟</source>
        <translation>{h} h {m:02d} min left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余{m}分钟</source>
        <translation>{m} min left</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（{label}）</source>
        <translation> ({n})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ {at} 迟报{m}分钟</source>
        <translation>✓ {at}, {m} min late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ {at} 按时</source>
        <translation>✓ {at}, on time</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>时限 {at}</source>
        <translation>Due {at}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{unit} ✓</source>
        <translation>✓ {unit}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{unit} 待报</source>
        <translation>{unit} pending</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>按接报时间起算</source>
        <translation>counted from the time received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事发时间未填</source>
        <translation>time of occurrence not entered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{h}小时{m}分钟</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h}小时</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m}分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>自{anchor} {at} 起{n}个工作日内</source>
        <translation>within {n} working days from {anchor} {at}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自{anchor} {at} 起，于规定时点 {due} 前</source>
        <translation>from {anchor} {at}, by the set time {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>自{anchor} {at} 起{duration}</source>
        <translation>{duration} from {anchor} {at}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>依据：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>适用：{condition}</source>
        <translation>Applies to: {condition}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>起算：{anchor}</source>
        <translation>Clock: {anchor}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>报送对象：{units}</source>
        <translation>Recipients: {units}</translation>
    </message>
    <message>
        <location filename="../../ui/countdown.py" line="+49"/>
        <source>接报</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事发</source>
        <translation>occurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次报送</source>
        <translation>the previous report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终结</source>
        <translation>closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>灾情稳定</source>
        <translation>stabilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记</source>
        <translation>logging</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <location filename="../../ui/damaged_db.py" line="+41"/>
        <location line="+36"/>
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>恢复此备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>数据库文件已损坏，程序不能在损坏的数据上启动：
{path}
检查结果：{problem}</source>
        <translation>The database file is damaged; the program cannot start on damaged data:
{path}
Check result: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有找到可用的备份，请联系管理员。</source>
        <translation>No usable backup was found; please contact your administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>最近的备份：{name}（{stamp}）
恢复后，损坏的文件将改名保留，不会删除。</source>
        <translation>Latest backup: {name} ({stamp})
After the restore the damaged file is kept under a new name, not deleted.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>恢复备份失败</source>
        <translation>Restoring the backup failed</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard.py" line="+178"/>
        <source>＋ 新接报
F2</source>
        <translation>+ New report
F2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>当前值班</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一班</source>
        <translation>Next shift</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>立即开始计时，边问边填</source>
        <translation>The clock starts at once; fill in while you ask</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>距交班 {left}</source>
        <translation>Handover in {left}</translation>
    </message>
</context>
<context>
    <name>DayPickerDialog</name>
    <message>
        <location filename="../../ui/day_picker_dialog.py" line="+52"/>
        <source>{m}月{d}日 {role}</source>
        <translation>{m}/{d} {role}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>勾选本日{role}（至少{n}人）；保存后记为手工调整，重新生成时保留。</source>
        <translation>Tick today&apos;s {role} (at least {n}); saved as a manual change, kept when the roster is regenerated.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/reference_docs.py" line="+107"/>
        <source>资料名称（留空则用文件名）</source>
        <translation>Document name (empty: use the file name)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>添加文件…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>选择预案或文件</source>
        <translation>Choose a plan or file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已添加：{t}</source>
        <translation>Added: {t}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请先选择一份资料</source>
        <translation>Select a document first</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>删除“{t}”及其文件副本？</source>
        <translation>Delete “{t}” and its stored copy?</translation>
    </message>
</context>
<context>
    <name>DutyCard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="-195"/>
        <source>带班领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班长</source>
        <translation>Shift chief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备班</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>尚未设置班次</source>
        <translation>No shifts set up yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未安排</source>
        <translation>Not assigned</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../ui/errors_hook.py" line="+142"/>
        <source>之后又发生了 {n} 次错误，详情见日志。</source>
        <translation>{n} more error(s) occurred since; see the log for details.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>程序遇到意外错误，已记录到日志文件：
{path}

可以继续值班工作；如反复出现，请联系技术支持。</source>
        <translation>The program hit an unexpected error; it was written to the log file:
{path}

You can carry on with duty work; if it keeps happening, contact technical support.</translation>
    </message>
</context>
<context>
    <name>ExportTasks</name>
    <message>
        <location filename="../../ui/export_tasks.py" line="+72"/>
        <source>正在导出</source>
        <translation>Exporting</translation>
    </message>
</context>
<context>
    <name>FirstUseDialog</name>
    <message>
        <location filename="../../ui/first_use.py" line="+61"/>
        <source>初次使用</source>
        <translation>First use</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>数据库是空的。三步即可开始值班；每一步都可以以后在“排班”“设置”中再改。</source>
        <translation>The database is empty. Three steps and you are on duty; each can be changed later in Roster and Settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>如：某某县应急管理局</source>
        <translation>e.g. XX County Emergency Management Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从Excel导入人员…</source>
        <translation>Import people from Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>逐个录入…</source>
        <translation>Enter one by one…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>生成本月排班</source>
        <translation>Generate this month&apos;s roster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>先看示范数据</source>
        <translation>Try the demo data first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. 单位名称</source>
        <translation>1. Bureau name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2. 值班人员</source>
        <translation>2. Duty staff</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>3. 排班</source>
        <translation>3. Roster</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>已保存单位名称</source>
        <translation>Bureau name saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择人员名单（Excel）</source>
        <translation>Choose the staff list (Excel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>未导入，名单有问题：
{lines}</source>
        <translation>Not imported, the list has problems:
{lines}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已导入人员：新增{n}人</source>
        <translation>People imported: {n} added</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已生成{m}月排班，有{n}个问题，请到“排班”页查看</source>
        <translation>Roster for month {m} generated with {n} problems; see the Roster page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已生成{m}月排班</source>
        <translation>Roster for month {m} generated</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已填入示范数据：人员{p}人，事件{i}起。</source>
        <translation>Demo data filled in: {p} people, {i} incidents.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="+173"/>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}-{m}-{d}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{m}月{d}日 {hm}</source>
        <translation>{m}/{d} {hm}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{h}小时{m:02d}分</source>
        <translation>{h}h {m:02d}m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m}分{s:02d}秒</source>
        <translation>{m}m {s:02d}s</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="+28"/>
        <source>带班领导</source>
        <translation>Leader on duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班长</source>
        <translation>Shift chief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备班</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>串班</source>
        <translation>Shift exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代班</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作日</source>
        <translation>Workday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>休息日</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定节假日</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调休补班日</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已签到</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待签到</source>
        <translation>Not yet signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未签到</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来电</source>
        <translation>Call in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去电</source>
        <translation>Call out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文电</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领导批示</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接报</source>
        <translation>Incident received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送</source>
        <translation>Report sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提醒</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查岗</source>
        <translation>Spot check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设备故障</source>
        <translation>Equipment fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>首报</source>
        <translation>First report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>较大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重大</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特别重大</source>
        <translation>Extreme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上级值班室</source>
        <translation>Superior duty office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府部门</source>
        <translation>Government department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成员单位</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇值班</source>
        <translation>Township duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信息员</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫星电话</source>
        <translation>Satellite phone</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../ui/incident_corrections.py" line="+114"/>
        <source>人工调整等级</source>
        <translation>Manual grade</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>按规则计算（{g}）</source>
        <translation>As computed ({g})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>必填，如：涉及学校，按较大事件报送</source>
        <translation>Required, e.g.: a school is involved, report as major</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>计算等级</source>
        <translation>Computed grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <location filename="../../ui/hand_over.py" line="+55"/>
        <source>值班系统已在运行</source>
        <translation>dutyroom is already running</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据文件夹 {folder} 正被另一台电脑（{host}）上的值班系统使用，同一份数据不能在两台电脑上同时打开。

如确认那台电脑上的值班系统已经关闭，请删除文件 {lock} 后再启动。</source>
        <translation>The data folder {folder} is in use by dutyroom on another computer ({host}); the same data cannot be open on two computers at once.

If you are sure dutyroom on that computer has been closed, delete the file {lock} and start again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>值班系统已在本机运行（进程 {pid}），但暂时没有回应：它可能正在启动，或正等待在某个对话框中操作。请在任务栏中找到它。</source>
        <translation>dutyroom is already running on this computer (process {pid}) but is not answering yet: it may still be starting, or waiting for you in a dialog. Look for it in the taskbar.</translation>
    </message>
</context>
<context>
    <name>HandoverForm</name>
    <message>
        <location filename="../../ui/handover_form.py" line="+101"/>
        <source>交接内容</source>
        <translation>Handover contents</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>接报时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>报送事项</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>剩余/超时</source>
        <translation>Left/overdue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>未办结事项，如：待核实的伤亡人数</source>
        <translation>Open items, e.g.: casualty figures still to be verified</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待传达的通知、文件</source>
        <translation>Notices and documents to pass on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他需交代的事项</source>
        <translation>Anything else to hand over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本班事件</source>
        <translation>Incidents this shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在计时的报送时限</source>
        <translation>Running reporting deadlines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>领导批示</source>
        <translation>Leaders&apos; instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班事项时限</source>
        <translation>Duty-log deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>未办结事项</source>
        <translation>Open items</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>待传达通知</source>
        <translation>Notices to pass on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他事项</source>
        <translation>Other matters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>设备检查</source>
        <translation>Equipment check</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>点击“开始交接”，系统将按记录汇总本班情况。</source>
        <translation>Click “Start handover” and the system summarizes this shift from the records.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>交班：带班领导 {ol}，值班员 {oo}&#x3000;&#x3000;接班：带班领导 {il}，值班员 {io}</source>
        <translation>Outgoing: leader {ol}, officer {oo}    Incoming: leader {il}, officer {io}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>（前班移交）</source>
        <translation>(carried over)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>下一次续报：{t}，时限 {due}（{left}）</source>
        <translation>Next follow-up report: {t}, due {due} ({left})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>下一次续报：无</source>
        <translation>Next follow-up report: none</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>[{kind}] {text}：{rule}，时限 {due}（{left}）{missing}</source>
        <translation>[{kind}] {text}: {rule}, due {due} ({left}){missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>，未办：{units}</source>
        <translation>, not yet: {units}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}（{status}：{remark}）</source>
        <translation>{name} ({status}: {remark})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>前班（{shift} 班）交接时移交，尚未处理：{items}。处理完毕后请将设备改为“正常”、删除已办结的事项，否则将继续移交下一班。</source>
        <translation>Handed over by an earlier shift (the {shift} shift) and not yet settled: {items}. Once settled, set the equipment back to “OK” and delete the finished items; otherwise they are handed on to the next shift.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>备注（异常时必填）</source>
        <translation>Notes (required if anything is wrong)</translation>
    </message>
    <message>
        <location filename="../../ui/handover_form.py" line="+70"/>
        <source>（未排班）</source>
        <translation>(not rostered)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+179"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/handover_state_label.py" line="+26"/>
        <source>交接未完成</source>
        <translation>Handover not done</translation>
    </message>
    <message>
        <location filename="../../ui/handover_page.py" line="+87"/>
        <source>交接班</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>开始交接</source>
        <translation>Start handover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按系统记录重新汇总本班情况（未保存的填写将被覆盖）</source>
        <translation>Summarize this shift again from the records (unsaved input is overwritten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交交班</source>
        <translation>Submit handover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印交接单</source>
        <translation>Print handover sheet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>接班确认（接班带班领导、值班员分别输入本人姓名）</source>
        <translation>Incoming confirmation (the incoming leader and duty officer each type their own name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>接班带班领导姓名</source>
        <translation>Incoming leader&apos;s name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>接班值班员姓名</source>
        <translation>Incoming duty officer&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接班确认</source>
        <translation>Confirm takeover</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>补充说明</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>本班交接已确认并锁定，内容不能修改；如需更正，请在此补充说明，系统将保存为带批注的新版本。</source>
        <translation>This handover is confirmed and locked; its contents cannot be changed. To correct something, add an addendum here; it is saved as a new annotated version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>更正或补充的内容</source>
        <translation>Correction or addition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>说明人</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>填写中，尚未提交</source>
        <translation>being filled in, not yet submitted</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已于 {at} 由 {by} 接班确认，本交接单已锁定（第{v}版）。内容不能修改；如需更正，请在此补充说明，系统将保存为带批注的新版本。</source>
        <translation>Taken over by {by} at {at}; this handover sheet is locked (version {v}). Its contents cannot be changed; to correct something, add an addendum here; it is saved as a new annotated version.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>班次：{s} 至 {e}</source>
        <translation>Shift: {s} to {e}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已按系统记录汇总本班情况，请核对、补充后提交。</source>
        <translation>This shift has been summarized from the records; check it, add to it, then submit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已提交交班，请接班人员核对后确认。</source>
        <translation>Handover submitted; the incoming staff check and confirm it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>交接已确认，但自动导出或备份失败：{e}</source>
        <translation>Handover confirmed, but the automatic export or backup failed: {e}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>交接完成，已自动导出值班日志并备份数据。</source>
        <translation>Handover complete; the duty log was exported and the data backed up.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已保存补充说明（新版本）。</source>
        <translation>Addendum saved (new version).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>打印失败：{e}</source>
        <translation>Printing failed: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/handover_state_label.py" line="+48"/>
        <source>已交接</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待接班确认</source>
        <translation>awaiting takeover confirmation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>尚未开始交接</source>
        <translation>handover not started</translation>
    </message>
    <message>
        <location filename="../../ui/handover_page.py" line="+197"/>
        <location filename="../../ui/handover_state_label.py" line="+1"/>
        <source>{state}（{detail}）</source>
        <translation>{state} ({detail})</translation>
    </message>
</context>
<context>
    <name>HandoverReminder</name>
    <message>
        <location filename="../../ui/handover_reminder.py" line="+94"/>
        <source>{end} 交班，请开始交接班：核对本班事件、报送时限和设备状况。</source>
        <translation>Handover at {end}: please start it — check this shift&apos;s incidents, reporting deadlines and equipment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>交接班提醒</source>
        <translation>Handover reminder</translation>
    </message>
</context>
<context>
    <name>HandoverStateLabel</name>
    <message>
        <location filename="../../ui/handover_state_label.py" line="+59"/>
        <source>下次交接 {at}</source>
        <translation>(at {at})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>交接班：</source>
        <translation>Handover: </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/incident_dialogs.py" line="-61"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提醒</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日志</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>事件经过</source>
        <translation>Incident history</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>HolidayModel</name>
    <message>
        <location filename="../../ui/holiday_model.py" line="+23"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>法定节假日：双带双值</source>
        <translation>Public holiday: two leaders and two officers on duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调休补班日：按工作日排班</source>
        <translation>Make-up workday: rostered as a workday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>休息日</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作日</source>
        <translation>Workday</translation>
    </message>
</context>
<context>
    <name>HolidayNoticeDialog</name>
    <message>
        <location filename="../../ui/holiday_notice_dialog.py" line="+46"/>
        <source>选择通知文本文件</source>
        <translation>Choose the notice text file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>粘贴国务院节假日安排通知</source>
        <translation>Paste the State Council holiday notice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>把“国务院办公厅关于××年部分节假日安排的通知”全文粘贴到下面（或从文件读取）。括号里的星期须与日期相符；与内置数据不一致的日子列为冲突。</source>
        <translation>Paste the full text of the State Council General Office notice on the year&apos;s holidays below (or read it from a file). The weekday in brackets must match its date; days that disagree with the built-in data are listed as conflicts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>一、元旦：1月1日（周五）至3日（周日）放假，共3天。…</source>
        <translation>一、元旦：1月1日（周五）至3日（周日）放假，共3天。…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>从文件读取…</source>
        <translation>Read from file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>按通知标题</source>
        <translation>From the title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>通知正文没有年份时，在此选择年份</source>
        <translation>Choose the year here when the notice text names none</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>节日</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>问题（须全部解决才能导入）：</source>
        <translation>Problems (all must be solved before importing):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>尚未粘贴通知</source>
        <translation>No notice pasted yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{year}年：法定节假日{h}天，调休补班日{m}天</source>
        <translation>{year}: {h} public holidays, {m} make-up workdays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（另有{n}行未能读取，其日子不在表中）</source>
        <translation> ({n} more lines could not be read; their days are not in the table)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有可导入的日子</source>
        <translation>No days to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请先解决下面列出的问题</source>
        <translation>Solve the problems listed below first</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ 没有问题，可以导入</source>
        <translation>✔ No problems, ready to import</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>冲突：内置数据为{type}</source>
        <translation>Conflict: built-in data says {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>替换原录入：{type}</source>
        <translation>Replaces the entry: {type}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>无法读取文件：{path}（{why}）</source>
        <translation>Cannot read the file: {path} ({why})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>文件不是 UTF-8 或 GBK 文本：{path}</source>
        <translation>The file is not UTF-8 or GBK text: {path}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/import_preview_dialog.py" line="+47"/>
        <source>导入排班预览：{name}</source>
        <translation>Roster import preview: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>自动创建未知人员（按所在列的角色）</source>
        <translation>Create unknown people automatically (with their column&apos;s role)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>问题（须全部解决才能导入）：</source>
        <translation>Problems (all must be fixed before importing):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>将导入的排班：</source>
        <translation>Roster to import:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>无法读取该文件</source>
        <translation>Cannot read this file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>工作表“{sheet}”：{n} 天</source>
        <translation>Sheet “{sheet}”: {n} days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（{a} 至 {b}）</source>
        <translation> ({a} to {b})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；将新建人员：{names}</source>
        <translation>; people to create: {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请先解决上面列出的问题</source>
        <translation>Fix the problems listed above first</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✔ 没有问题，可以导入</source>
        <translation>✔ No problems; ready to import</translation>
    </message>
</context>
<context>
    <name>IncidentBoard</name>
    <message>
        <location filename="../../ui/incident_board.py" line="+267"/>
        <source>当前没有进行中的事件。接报请按 F2。</source>
        <translation>No open incidents. Press F2 to take a report.</translation>
    </message>
</context>
<context>
    <name>IncidentCard</name>
    <message>
        <location line="-186"/>
        <source>依据</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>（标题待填）</source>
        <translation>(title pending)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>按较大报送</source>
        <translation>Report as major</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>地点待填</source>
        <translation>place pending</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>接报 {at}&#x3000;{by}</source>
        <translation>Received {at}  {by}</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>登记报送</source>
        <translation>Record report</translation>
    </message>
</context>
<context>
    <name>IncidentChecks</name>
    <message>
        <location filename="../../ui/incident_checks.py" line="+45"/>
        <source>{message}

确定按这个数字保存吗？</source>
        <translation>{message}

Save this number anyway?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>· {name}（时限 {due}）：{why}</source>
        <translation>· {name} (due {due}): {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>这一修改使等级由「{old}」变为「{new}」（{reason}），将取消以下报送时限：
{lines}

确定修改吗？选“否”则保留原数字，时限照常计时。</source>
        <translation>This change moves the grade from “{old}” to “{new}” ({reason}) and cancels these reporting deadlines:
{lines}

Change it? “No” keeps the old numbers and the clocks running.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../ui/incident_form.py" line="+87"/>
        <source>死亡</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>失踪</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受伤</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其中重伤</source>
        <translation>of whom seriously</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被困</source>
        <translation>Trapped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉险</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>疏散转移</source>
        <translation>Evacuated</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>标题 *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事发时间 *</source>
        <translation>Time of incident *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>乡镇/街道 *</source>
        <translation>Township/street *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事发地点 *</source>
        <translation>Place *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件类别 *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子类 *</source>
        <translation>Subcategory *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位/职务 *</source>
        <translation>Organization/position *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>简要经过</source>
        <translation>Brief account</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> 万元</source>
        <translation> ×10k CNY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>直接经济损失</source>
        <translation>Direct economic loss</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>受害森林面积</source>
        <translation>Forest area burned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> 公顷</source>
        <translation> ha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>震级</source>
        <translation>Magnitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> 级</source>
        <translation> M</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已采取措施</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>敏感事件</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>较大涉险</source>
        <translation>Major near miss</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>* 电话首报所需：单位、类别、时间、地点、伤亡。其余可后续补充。</source>
        <translation>* Needed for the first report by phone: organization, category, time, place, casualties. The rest can follow.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>丢弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>接报时间 {at}&#x3000;接报人 {by}</source>
        <translation>Received {at}  by {by}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（人工调整）</source>
        <translation>(set by hand)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>编辑中…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>未修改</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>数据库正忙（另一处正在写入），{s}秒后自动重试保存</source>
        <translation>The database is busy (another program is writing); saving again in {s} s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>有{n}项未保存（见红字）</source>
        <translation>{n} not saved (see red)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已保存 {at}</source>
        <translation>Saved {at}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>本事件暂无待报送的时限</source>
        <translation>No pending reporting deadlines for this incident</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>该时限已不再需要报送，请看上方时限列表</source>
        <translation>This deadline no longer needs a report; see the list above</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>发现 {at} 未保存的草稿（程序曾意外退出）</source>
        <translation>Found an unsaved draft from {at} (the program quit unexpectedly)</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../ui/incident_model.py" line="+46"/>
        <source>超时{n}项</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>待报{n}项，最近 {at}</source>
        <translation>{n} pending, next {at}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>迟报{n}项</source>
        <translation>{n} late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已全部报送</source>
        <translation>All reported</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="+70"/>
        <source>接报时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（标题待填）</source>
        <translation>(title pending)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>乡镇/地点</source>
        <translation>Township/place</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="+1"/>
        <source>已终结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处置中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../ui/incidents_page.py" line="+78"/>
        <source>接报</source>
        <translation>Incoming reports</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+105"/>
        <source>处置中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>已终结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>只看迟报/超时</source>
        <translation>Late only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>搜索标题、地点、经过…</source>
        <translation>Search title, place, account…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新接报 (F2)</source>
        <translation>New (F2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>接报日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出台账…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>已导出：{p}</source>
        <translation>Exported: {p}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>共 {n} 起</source>
        <translation>{n} incidents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>← 返回台账</source>
        <translation>← Ledger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事件经过</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>终结事件…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>误报或重复接报：作废（保留在台账中，不删除）</source>
        <translation>False call or duplicate: void it (kept in the ledger, not deleted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标记灾情稳定…</source>
        <translation>Mark disaster stable…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>灾情稳定：停止每日续报，开始核报时限</source>
        <translation>Disaster stable: daily follow-ups stop, the verification report clock starts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>报告流程</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正接报时间…</source>
        <translation>Correct time…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整等级…</source>
        <translation>Set grade…</translation>
    </message>
</context>
<context>
    <name>LanController</name>
    <message>
        <location filename="../../ui/settings_lan_section.py" line="+211"/>
        <source>局域网状态页无法在 {bind}:{port} 启动：{error}</source>
        <translation>The LAN status page cannot start on {bind}:{port}: {error}</translation>
    </message>
</context>
<context>
    <name>LanSection</name>
    <message>
        <location line="-164"/>
        <source>局域网只读状态页</source>
        <translation>Read-only LAN status page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>开启（领导可在自己的电脑或手机浏览器查看值班状态）</source>
        <translation>On (leaders can see the duty status in a browser on their own computer or phone)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ 0.0.0.0 表示本机所有网卡都可访问，请确认单位网络安全要求</source>
        <translation>⚠ 0.0.0.0 means reachable on every network interface of this PC; check your organization&apos;s network security rules</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>重新生成</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>监听地址</source>
        <translation>Listen address</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>访问令牌</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>访问地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本机IP</source>
        <translation>this-PC-IP</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>扫码访问</source>
        <translation>Scan to open</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../ui/settings_language_section.py" line="+24"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>重新启动程序后生效。</source>
        <translation>Takes effect after a restart.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>已保存，重新启动程序后界面语言将改变。</source>
        <translation>Saved; the language changes when the program is restarted.</translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <location filename="../../ui/ledger_export.py" line="+31"/>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出接报台账</source>
        <translation>Export the incident ledger</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>正在导出接报台账…</source>
        <translation>Exporting the incident ledger…</translation>
    </message>
</context>
<context>
    <name>LogClockDialog</name>
    <message>
        <location filename="../../ui/log_clock_dialog.py" line="+25"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短信</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>传真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>办结值班事项</source>
        <translation>Complete a duty-log item</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>告知或转发的对象，如：带班领导、各乡镇</source>
        <translation>Who was told or sent it, e.g. the leader on duty, the townships</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象 *</source>
        <translation>To *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理人 *</source>
        <translation>Done by *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
</context>
<context>
    <name>LogClockPanel</name>
    <message>
        <location filename="../../ui/log_clock_panel.py" line="+73"/>
        <source>值班事项时限</source>
        <translation>Duty-log deadlines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预警、上级来文、领导批示：办结后停止计时</source>
        <translation>Warnings, documents from above, leaders&apos; instructions: the clock stops when done</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>未办：{units}</source>
        <translation>Not yet: {units}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办结…</source>
        <translation>Complete…</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../ui/log_model.py" line="+115"/>
        <source>（已更正）</source>
        <translation>(corrected)</translation>
    </message>
    <message>
        <location filename="../../ui/log_model.py" line="+27"/>
        <source>事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交接班</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查岗</source>
        <translation>Spot check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提醒</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联</source>
        <translation>Linked to</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../ui/log_page.py" line="+128"/>
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>输入内容后按回车保存；可在开头写时间，如“14:05 县消防大队来电报告…”</source>
        <translation>Type an entry and press Enter to save; you may start with a time, e.g. “14:05 county fire brigade called to report…”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>更正所选…</source>
        <translation>Correct selected…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>本日班次（交班到交班）</source>
        <translation>Today&apos;s shift (handover to handover)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自然日（0时至24时）</source>
        <translation>Calendar day (00:00–24:00)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>搜索内容、单位、人员、电话</source>
        <translation>Search content, organization, person, phone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>共 {n} 条</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>已记录：{t} {k}</source>
        <translation>Recorded: {t} {k}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>，开始计时：{clocks}（见值班台）</source>
        <translation>; clocks started: {clocks} (see the duty desk)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请先在表格中选择要更正的记录</source>
        <translation>Select the entry to correct in the table first</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已更正（原记录保留，更正记录已存档）</source>
        <translation>Corrected (the original is kept; the correction is on record)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>打印失败：{e}</source>
        <translation>Printing failed: {e}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导出值班日志</source>
        <translation>Export duty log</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>正在导出值班日志…</source>
        <translation>Exporting the duty log…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已导出：{p}</source>
        <translation>Exported: {p}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出失败：{e}</source>
        <translation>Export failed: {e}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+187"/>
        <source>数据文件：{path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（内存）</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>显示主窗口</source>
        <translation>Show main window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>接报失败：{error}</source>
        <translation>Could not take the report: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} - 应急值守</source>
        <translation>{name} - Emergency duty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>（{name}）</source>
        <translation> ({name})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>当前值班：{error}</source>
        <translation>On duty now: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>当前值班&#x3000;带班领导：{leaders}&#x3000;值班员：{officers}</source>
        <translation>On duty now  Leader on duty: {leaders}  Duty officer: {officers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>未排</source>
        <translation>not rostered</translation>
    </message>
</context>
<context>
    <name>ObligationList</name>
    <message>
        <location filename="../../ui/incident_obligations.py" line="+63"/>
        <source>暂无报送时限（一般事件书面报告时限随分级生成）</source>
        <translation>No reporting deadlines yet (written-report deadlines follow from the grade)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>登记报送</source>
        <translation>Record report</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="+102"/>
        <source>值班台</source>
        <translation>Duty desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>接报</source>
        <translation>Incoming reports</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>排班</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>交接班</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查岗</source>
        <translation>Spot checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通讯录与资料</source>
        <translation>Contacts &amp; docs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PaperSection</name>
    <message>
        <location filename="../../ui/settings_paper_section.py" line="+45"/>
        <source>文书设置</source>
        <translation>Paper settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>值班电话</source>
        <translation>Duty phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班传真</source>
        <translation>Duty fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班时间</source>
        <translation>Duty hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主送机关</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发文字号前缀</source>
        <translation>Document number prefix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>如：0731-86661234</source>
        <translation>e.g. 0731-86661234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：0731-86661235</source>
        <translation>e.g. 0731-86661235</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：全天24小时值班</source>
        <translation>e.g. on duty around the clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留空：报送规则的第一个报送对象</source>
        <translation>Leave empty: the first recipient the reporting rule names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：X应急值〔2026〕（报告加“N号”）</source>
        <translation>e.g. “Emergency Duty [2026]” (the report adds “No. N”)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>书面报告标注签发人（上行文一般标注）</source>
        <translation>Show the signer on written reports (usual for reports upward)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>特急</source>
        <translation>Extra urgent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>值班电话、传真和值班时间印在值班表、假期值班安排表上；其余用于书面报告。</source>
        <translation>The duty phone, fax and duty hours are printed on the roster and the holiday duty schedule; the rest is used in written reports.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>签发人</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/people_dialog.py" line="+71"/>
        <source>人员管理</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>人员信息</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>在册（取消勾选即停用，历史记录保留）</source>
        <translation>Active (untick to deactivate; history is kept)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+124"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+124"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+124"/>
        <source>单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+124"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+128"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+125"/>
        <source>办公电话</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>如：副局长、科长、科员</source>
        <translation>e.g. deputy director, section chief, clerk</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>事由，如：年休假</source>
        <translation>Reason, e.g.: annual leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记请假</source>
        <translation>Record leave</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>删除所选请假</source>
        <translation>Delete selected leave</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{start} 至 {end}  {reason}</source>
        <translation>{start} to {end}  {reason}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>已保存：{name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已登记请假</source>
        <translation>Leave recorded</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请先选择一条请假记录</source>
        <translation>Select a leave record first</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/placeholder_page.py" line="+20"/>
        <source>此功能正在建设中，将在后续版本提供。</source>
        <translation>This feature is under construction and will come in a later version.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="+141"/>
        <source>第 {n} 页 共 {total} 页</source>
        <translation>Page {n} of {total}</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ui/incident_corrections.py" line="+14"/>
        <source>报告与处置流程</source>
        <translation>Reporting and response procedure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>【{stage}】{text}</source>
        <translation>[{stage}] {text}</translation>
    </message>
</context>
<context>
    <name>ReceivedAtDialog</name>
    <message>
        <location line="-71"/>
        <source>更正接报时间</source>
        <translation>Correct receipt time</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>接报时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未完成的报送时限将按更正后的时间重新计算，原时限作废并留痕。</source>
        <translation>Open reporting deadlines are recomputed from the corrected time; the old ones are cancelled and kept on record.</translation>
    </message>
</context>
<context>
    <name>ReferenceDocs</name>
    <message>
        <location filename="../../ui/reference_docs.py" line="-131"/>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>事件类别</source>
        <translation>Incident category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送部门</source>
        <translation>Report to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../ui/reference_page.py" line="+20"/>
        <source>通讯录与资料</source>
        <translation>Contacts &amp; reference</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>通讯录</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预案与文件</source>
        <translation>Plans &amp; documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告流程</source>
        <translation>Reporting procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门报告分工</source>
        <translation>Reporting duties by department</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="+55"/>
        <source>登记报送</source>
        <translation>Record report</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>改动了报送时间时必填：为何补录</source>
        <translation>Required when the time was changed: why it is recorded late</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>报送方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>报送单位 *</source>
        <translation>Reported to *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+100"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>传真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系统</source>
        <translation>Online system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专网</source>
        <translation>Private network</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>报送对象</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本次报送 *</source>
        <translation>Reporting to now *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接收单位 *</source>
        <translation>Receiving unit *</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>报送人 *</source>
        <translation>Reported by *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补录原因</source>
        <translation>Reason for late entry</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>报送时间不是当前时间，请填写补录原因</source>
        <translation>The report time is not now; give the reason for the late entry</translation>
    </message>
</context>
<context>
    <name>ReportDraftDialog</name>
    <message>
        <location filename="../../ui/report_draft_dialog.py" line="+47"/>
        <source>书面报告草稿</source>
        <translation>Written report draft</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>保存为Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>尚缺要素：{m}（已从正文略去；补全后再作为书面报告报送）</source>
        <translation>Missing elements: {m} (left out of the text; complete them before sending it as the written report)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>要素齐全</source>
        <translation>All elements present</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>保存书面报告</source>
        <translation>Save written report</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存失败：{e}</source>
        <translation>Saving failed: {e}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已保存：{p}</source>
        <translation>Saved: {p}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>书面报告…</source>
        <translation>Written report…</translation>
    </message>
</context>
<context>
    <name>RosterIO</name>
    <message>
        <location filename="../../ui/roster_io.py" line="+26"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_io.py" line="+73"/>
        <source>{bureau}值班表{year}-{month:02d}.xlsx</source>
        <translation>{bureau} roster {year}-{month:02d}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出排班表</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导入排班表</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已导入 {d} 天排班</source>
        <translation>Imported the roster for {d} days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，新建人员 {n} 人</source>
        <translation>, {n} people created</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>打印失败：{e}</source>
        <translation>Printing failed: {e}</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/roster_model.py" line="+77"/>
        <source>{m}月{d}日</source>
        <translation>{m}/{d}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>编号{n}</source>
        <translation>No. {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}：{giver} ↔ {taker}（{other}）</source>
        <translation>{kind}: {giver} ↔ {taker} ({other})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}：{taker} 替 {giver}</source>
        <translation>{kind}: {taker} for {giver}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}，{role}；申请人：{by}；批准人：{approver}；理由：{reason}</source>
        <translation>{what}, {role}; requested by: {by}; approved by: {approver}; reason: {reason}</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>缺人</source>
        <translation>short</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>（已手工调整）</source>
        <translation>(changed by hand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>双击修改此岗位人员</source>
        <translation>Double-click to change who is on this post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该年节假日数据缺失，按普通周末处理</source>
        <translation>Holiday data for this year is missing; treated as an ordinary weekend</translation>
    </message>
    <message>
        <location filename="../../ui/roster_model.py" line="+28"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>带班领导</source>
        <translation>Leader on duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班长</source>
        <translation>Shift chief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备班</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>RosterOps</name>
    <message>
        <location filename="../../ui/roster_ops.py" line="+134"/>
        <source>
……共{n}个问题</source>
        <translation>
… {n} problems in all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}：
{listed}{more}

仍然发布？</source>
        <translation>{message}:
{listed}{more}

Publish anyway?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{year}年{month}月排班已发布</source>
        <translation>Roster for {month}/{year} published</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/roster_page.py" line="+83"/>
        <source>排班</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>‹ 上月</source>
        <translation>‹ Prev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上个月</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下月 ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下个月</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yyyy年M月</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>生成本月</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>覆盖手工调整</source>
        <translation>Overwrite edits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>串班/代班…</source>
        <translation>Swap…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>撤销调班</source>
        <translation>Undo swap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出Excel…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入Excel…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>人员管理…</source>
        <translation>People…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>错误 {e} 个，提醒 {w} 个</source>
        <translation>{e} errors, {w} warnings</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>重新生成将覆盖本月所有手工调整，确定吗？</source>
        <translation>Regenerating overwrites every manual change this month. Continue?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已生成，但有 {n} 个问题，见右侧列表</source>
        <translation>Generated, with {n} problems; see the list on the right</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已生成 {y}年{m}月排班</source>
        <translation>Roster for {m}/{y} generated</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>已登记{kind}</source>
        <translation>{kind} recorded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请先在“调班记录”中选择要撤销的一条</source>
        <translation>Select the change to undo in “Changes” first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>撤销这条调班？
{t}</source>
        <translation>Undo this change?
{t}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已撤销调班</source>
        <translation>Change undone</translation>
    </message>
</context>
<context>
    <name>RosterPrint</name>
    <message>
        <location filename="../../ui/roster_print.py" line="+61"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{m}月{d}日</source>
        <translation>{m}/{d}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{title}（续）</source>
        <translation>{title} (continued)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第 {n} 页 共 {total} 页</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>打印排班表</source>
        <translation>Print roster</translation>
    </message>
</context>
<context>
    <name>RosterSidePanel</name>
    <message>
        <location filename="../../ui/roster_side.py" line="+24"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班次</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周末</source>
        <translation>Weekends</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>公平性</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调班记录</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>✔ 本月排班没有发现问题</source>
        <translation>✔ No problems found in this month&apos;s roster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>问题 ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../ui/rule_dialog.py" line="+70"/>
        <source>新增规则</source>
        <translation>New rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑规则</source>
        <translation>Edit rule</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>确定后规则回到列表，点“保存”才生效。</source>
        <translation>OK puts the rule back in the list; it takes effect only after “Save”.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>规则与时限</source>
        <translation>Rule and deadline</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>规则代码只在新增时填写，用于统计与导入导出</source>
        <translation>The rule code is entered only for a new rule; statistics, import and export use it</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+3"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>如 08:00,17:00；不填则按时限分钟</source>
        <translation>e.g. 08:00,17:00; empty: by the minutes above</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>不设</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-3"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>预警 </source>
        <translation>Warn </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适用对象</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告种类</source>
        <translation>Report type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>起算</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每日截止时刻</source>
        <translation>Daily due times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作日</source>
        <translation>Workday</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>续报间隔</source>
        <translation>Follow-up interval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重大以上</source>
        <translation>Major and above</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>提前提醒</source>
        <translation>Reminders before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>添加类别…</source>
        <translation>Add category…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>适用条件（事件）</source>
        <translation>Condition (incidents)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>不填：所有类别</source>
        <translation>Empty: every category</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>排除类别</source>
        <translation>Except categories</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>或者标记</source>
        <translation>Or flagged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>或者死亡失踪≥</source>
        <translation>Or dead + missing ≥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>除非标记</source>
        <translation>Unless flagged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件状态</source>
        <translation>Incident state</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报送对象与依据</source>
        <translation>Recipients and source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每行一个单位；不填：报送任一单位即可</source>
        <translation>One unit per line; empty: a report to any unit meets it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>法规条文、省市文件或本局规定</source>
        <translation>The law, the province’s or city’s document, or the bureau’s own rule</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>报送对象</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依据</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <location filename="../../ui/settings_rules_section.py" line="+86"/>
        <source>报送时限规则</source>
        <translation>Reporting deadline rules</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>修改、新增、删除或套用预设后，点“保存”才生效。已经产生的报送时限保持原时限不变，修改后的规则只适用于此后新产生的时限。</source>
        <translation>Edits, new rules, deletions and presets take effect only after “Save”. Deadlines already created keep their times; changed rules apply to deadlines created from then on.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>套用预设…</source>
        <translation>Apply preset…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>启用</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>适用对象</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>适用条件</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>起算</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>报送对象</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>勾选：启用此规则</source>
        <translation>Checked: the rule is in use</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（登记即计时）</source>
        <translation>(timed from logging)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>有未保存的修改，点“保存”后生效。</source>
        <translation>Unsaved changes; they take effect after “Save”.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>从列表中删除规则“{name}”？点“保存”后生效。</source>
        <translation>Remove the rule “{name}” from the list? It takes effect after “Save”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>以预设“{name}”替换列表中的全部规则（{n}条）？点“保存”之前不会保存任何修改。</source>
        <translation>Replace all rules in the list with the preset “{name}” ({n} rules)? Nothing is saved until “Save”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已保存{n}条规则。</source>
        <translation>{n} rules saved. </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>报送时限规则有未保存的修改。放弃这些修改并离开？</source>
        <translation>The reporting deadline rules have unsaved changes. Discard them and leave?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="+81"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>单位名称</source>
        <translation>Bureau name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例如：某某县应急管理局值班室</source>
        <translation>e.g.: XX County Emergency Management Bureau duty room</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>时区</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>排班交接时间、接报时间均按此时区显示；一般无需修改。</source>
        <translation>Shift handover and report times are shown in this time zone; usually no change is needed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>节假日调整</source>
        <translation>Holiday adjustments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>国务院公布次年放假安排后，如系统尚未内置，请“粘贴国务院通知”导入，或在此逐日录入；手工录入优先。</source>
        <translation>When the State Council publishes next year&apos;s holidays and the system does not have them yet, import them with &quot;Paste State Council notice&quot;, or enter them day by day here; entries made here take precedence.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>说明，如：春节</source>
        <translation>Note, e.g.: Spring Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>粘贴国务院通知…</source>
        <translation>Paste State Council notice…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从国务院办公厅的放假安排通知一次导入全年节假日</source>
        <translation>Import the whole year&apos;s holidays at once from the State Council General Office notice</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+8"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已保存：{day} {type}</source>
        <translation>Saved: {day} {type}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>已导入{year}年国务院通知：法定节假日{h}天，调休补班日{m}天</source>
        <translation>Imported the State Council notice for {year}: {h} public holidays, {m} make-up workdays</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请先在表格中选择要删除的日期</source>
        <translation>Select the date to delete in the table first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>删除 {day} 的节假日调整（{type}）？</source>
        <translation>Delete the holiday adjustment for {day} ({type})?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已删除：{day}</source>
        <translation>Deleted: {day}</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../ui/sign_in_panel.py" line="+90"/>
        <source>本班未排人员</source>
        <translation>Not rostered this shift</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>临时到岗</source>
        <translation>Stand-in</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>签到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>签退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>，签退 </source>
        <translation>, signed out </translation>
    </message>
</context>
<context>
    <name>SpecialPeriodsSection</name>
    <message>
        <location filename="../../ui/settings_special_section.py" line="+41"/>
        <source>特殊时期（汛期、重要活动等）</source>
        <translation>Special periods (flood season, major events, etc.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>名称，如：汛期</source>
        <translation>Name, e.g.: flood season</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>特殊时期内按此处人数排班与检查（取与节假日要求中较高者）。</source>
        <translation>During a special period the roster is built and checked with these numbers (the higher of these and the holiday rule).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>带班领导</source>
        <translation>Leader on duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role}{n}人</source>
        <translation>{role} {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}  {start} 至 {end}  {counts}</source>
        <translation>{name}  {start} to {end}  {counts}</translation>
    </message>
</context>
<context>
    <name>SpotCheckModel</name>
    <message>
        <location filename="../../ui/spotcheck_model.py" line="+41"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查岗单位</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>被查单位</source>
        <translation>Checked unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接听人</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>带班领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接听用时</source>
        <translation>Answer time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后续处理</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/spotcheck_model.py" line="+32"/>
        <source>在岗</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不在岗</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n}秒</source>
        <translation>{n} s</translation>
    </message>
</context>
<context>
    <name>SpotCheckPage</name>
    <message>
        <location filename="../../ui/spotcheck_page.py" line="+82"/>
        <source>查岗</source>
        <translation>Spot checks</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+29"/>
        <source>登记查岗</source>
        <translation>Record spot check</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>带班领导在岗</source>
        <translation>Leader present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>值班员在岗</source>
        <translation>Duty officer present</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>未计时</source>
        <translation>not timed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>保存查岗记录</source>
        <translation>Save spot check</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查岗单位</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查岗人</source>
        <translation>Checker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被查单位</source>
        <translation>Checked unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接听人</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在岗情况</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接听用时</source>
        <translation>Time to answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后续处理</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>查此单位</source>
        <translation>Check this unit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>通报（未接、脱岗、代岗）</source>
        <translation>Notices (no answer, absent, stand-in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本局查岗对象（双击填入）</source>
        <translation>Units we check (double-click to fill in)</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>近{n}天查岗记录</source>
        <translation>Spot checks in the last {n} days</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>本单位（上级查岗）</source>
        <translation>Our bureau (checked by superiors)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>从未查岗</source>
        <translation>never checked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{unit}&#x3000;{phone}&#x3000;{last}（{n}次）</source>
        <translation>{unit}  {phone}  {last} ({n}×)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>通讯录中还没有乡镇或成员单位</source>
        <translation>No townships or member units in the contacts yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>建议下一个查岗：{unit} {phone}</source>
        <translation>Suggested next check: {unit} {phone}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>接通  {s}秒</source>
        <translation>Answered  {s} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来电/接通  开始计时</source>
        <translation>Call/answer  start timing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>约{n}声</source>
        <translation>about {n} rings</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>已保存，并记入值班日志</source>
        <translation>Saved and written to the duty log</translation>
    </message>
</context>
<context>
    <name>StableDialog</name>
    <message>
        <location filename="../../ui/incident_dialogs.py" line="-45"/>
        <source>标记灾情稳定</source>
        <translation>Mark disaster stable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>灾情稳定后不再每日续报；核报时限自稳定时间起算（2个工作日内）。请核对稳定时间：</source>
        <translation>Once the disaster is stable, daily follow-up reports stop; the verification report is due within 2 working days of that time. Check the time:</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../ui/stats_page.py" line="+150"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>查询</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1小时内报送达标率</source>
        <translation>Reported within 1 hour</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>报送及时率（全部时限）</source>
        <translation>On-time reporting (all deadlines)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>应报</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>及时率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成时间</source>
        <translation>Done at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延误（分钟）</source>
        <translation>Delay (min)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>起数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查岗次数</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>均在岗</source>
        <translation>All present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未接/脱岗/代岗</source>
        <translation>No answer/absent/stand-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在岗率</source>
        <translation>Presence rate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班次</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日班次</source>
        <translation>Holiday shifts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>报送及时率（按规则）</source>
        <translation>On-time reporting by rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迟报与漏报</source>
        <translation>Late and missed reports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按等级</source>
        <translation>By grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按乡镇</source>
        <translation>By township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按月份</source>
        <translation>By month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查岗与在岗率</source>
        <translation>Spot checks and presence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班时长（公平性）</source>
        <translation>Duty time (fairness)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>应报 {n} 起，1小时内书面报送 {ok} 起，超过1小时 {late} 起，未报 {missed} 起</source>
        <translation>{n} due: {ok} reported in writing within 1 hour, {late} after more than 1 hour, {missed} not reported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>应报 {n}&#x3000;按时 {ok}&#x3000;迟报 {late}&#x3000;漏报 {missed}</source>
        <translation>Due {n}  On time {ok}  Late {late}  Missed {missed}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+157"/>
        <source>迟报</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+157"/>
        <source>漏报</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>本局查岗</source>
        <translation>Checks by us</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级查岗</source>
        <translation>Checks by superiors</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>事件按类别</source>
        <translation>Incidents by category</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事件按月份</source>
        <translation>Incidents by month</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>值班统计-{first}-{last}.xlsx</source>
        <translation>duty-statistics-{first}-{last}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出统计</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导出失败：</source>
        <translation>Export failed: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../ui/swap_dialog.py" line="+57"/>
        <source>串班 / 代班</source>
        <translation>Exchange / cover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>代班（一方替另一方值班）</source>
        <translation>Cover (one person takes the other&apos;s duty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>串班（两人对调日期）</source>
        <translation>Exchange (two people swap dates)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>提出换班的人</source>
        <translation>Who asked for the change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准的领导</source>
        <translation>Approving leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：出差、家中有事</source>
        <translation>e.g.: business trip, family matter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原值班人</source>
        <translation>Rostered person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>换为</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对调日期</source>
        <translation>Swap with date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>确定换班</source>
        <translation>Make the change</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>该日该岗位没有排班人员，无法换班</source>
        <translation>Nobody is rostered on this post that day; nothing to change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择换为的人员</source>
        <translation>Choose the replacement</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/incident_dialogs.py" line="-47"/>
        <source>误报（核实无此事件）</source>
        <translation>False call (no such incident)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复接报（同一事件已登记）</source>
        <translation>Duplicate (already recorded)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>误按新接报</source>
        <translation>New report pressed by mistake</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>作废事件</source>
        <translation>Void incident</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>作废原因（必填）</source>
        <translation>Reason for voiding (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>作废后，事件及其报送时限离开值班台、交接班和统计，在台账中标为“作废”并保留原因；不会删除。</source>
        <translation>A void incident and its deadlines leave the desk, the handover and the statistics; the ledger keeps it marked “void” with the reason. Nothing is deleted.</translation>
    </message>
</context>
<context>
    <name>WallDutyCard</name>
    <message>
        <location filename="../../ui/wall_parts.py" line="+131"/>
        <source>带班领导</source>
        <translation>Leader on duty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>未安排</source>
        <translation>Not assigned</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../ui/wall_mode.py" line="+89"/>
        <source>值班状态 - 大屏</source>
        <translation>Duty status - wall display</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>当前值班</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一班</source>
        <translation>Next shift</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>今日接报</source>
        <translation>Reports today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置中事件</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今日已报送</source>
        <translation>Reported today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>接报 {at}&#x3000;{by}</source>
        <translation>Received {at}  {by}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未报：{units}</source>
        <translation>Not yet reported to: {units}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>交接班：{state}</source>
        <translation>Handover: {state}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>另有 {n} 项时限未显示（按到期先后排列）</source>
        <translation>{n} more deadlines not shown (sorted by due time)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>进行中的报送时限（{n}项，超时在前）</source>
        <translation>Running reporting deadlines ({n}, overdue first)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前没有进行中的报送时限</source>
        <translation>No running reporting deadlines</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>（标题待填）</source>
        <translation>(title pending)</translation>
    </message>
</context>
<context>
    <name>_EditableTable</name>
    <message>
        <location filename="../../ui/reference_docs.py" line="-84"/>
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选行</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../ui/incident_corrections.py" line="-47"/>
        <source>必填，如：来电时间以通话记录为准</source>
        <translation>Required, e.g.: the call log shows the real time</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../dutyroom/alarm_service.py" line="+28"/>
        <location line="+192"/>
        <location filename="../../dutyroom/handover_service.py" line="+35"/>
        <location filename="../../dutyroom/ledger.py" line="+33"/>
        <location filename="../../dutyroom/status.py" line="+25"/>
        <source>临近</source>
        <translation>approaching</translation>
    </message>
    <message>
        <location line="-192"/>
        <location filename="../../dutyroom/handover_service.py" line="+1"/>
        <location filename="../../dutyroom/ledger.py" line="+0"/>
        <location filename="../../dutyroom/status.py" line="+1"/>
        <source>紧急</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>超时重复提醒间隔应在1至120分钟之间</source>
        <translation>The overdue repeat interval must be 1 to 120 minutes</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>请填写确认人</source>
        <translation>Enter who acknowledges</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>确认提醒：{what}</source>
        <translation>Alarm acknowledged: {what}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>暂缓提醒须填写原因</source>
        <translation>A reason is required to snooze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>暂缓时间应在1至{snooze_minutes}分钟之间</source>
        <translation>Snooze for 1 to {snooze_minutes} minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该时限尚未提醒，无需暂缓</source>
        <translation>This deadline has not alarmed yet; nothing to snooze</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>暂缓提醒{minutes}分钟：{what}，原因：{reason}</source>
        <translation>Alarm snoozed {minutes} min: {what}, reason: {reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>应急提醒：{what}在程序未运行期间已超时{minutes_late}分钟</source>
        <translation>Alarm: {what} went {minutes_late} min overdue while the program was not running</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>应急提醒：{what}在程序未运行期间进入{word}状态，距时限还有{minutes_left}分钟</source>
        <translation>Alarm: {what} became {word} while the program was not running; {minutes_left} min left</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>草稿内容无法保存：{exc}</source>
        <translation>The draft cannot be saved: {exc}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{kind}：{text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../dutyroom/excel/ledger.py" line="+47"/>
        <location line="+15"/>
        <location filename="../../dutyroom/incident_service.py" line="+350"/>
        <location line="+51"/>
        <location line="+41"/>
        <location filename="../../dutyroom/ledger.py" line="-5"/>
        <location filename="../../dutyroom/rules.py" line="+300"/>
        <source>事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}「{rule}」（时限{due:%m-%d %H:%M}）</source>
        <translation>{title} “{rule}” (due {due:%m-%d %H:%M})</translation>
    </message>
    <message>
        <location filename="../../dutyroom/attendance.py" line="+79"/>
        <source>迟到判定时间应在0到720分钟之间</source>
        <translation>The late limit must be 0 to 720 minutes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}签到</source>
        <translation>{name} signed in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>签退时间不能早于签到时间</source>
        <translation>Sign-out cannot be before sign-in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}签退</source>
        <translation>{name} signed out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}没有未签退的签到记录，无法签退</source>
        <translation>{name} has no open sign-in to sign out of</translation>
    </message>
    <message>
        <location filename="../../dutyroom/bureau.py" line="+14"/>
        <source>应急管理局值班室</source>
        <translation>Emergency Management Bureau duty room</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>单位名称不能为空</source>
        <translation>The bureau name cannot be empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>单位名称过长（最多{name_length}个字）</source>
        <translation>The bureau name is too long (at most {name_length} characters)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位名称含有不可见的控制字符</source>
        <translation>The bureau name contains invisible control characters</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>无法识别的时区：{value}</source>
        <translation>Unknown time zone: {value}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../dutyroom/calendar.py" line="+17"/>
        <location line="+131"/>
        <location filename="../../dutyroom/roster_paper.py" line="+31"/>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清明节</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/roster_paper.py" line="+1"/>
        <location line="+1"/>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/roster_paper.py" line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抗战胜利纪念日</source>
        <translation>Victory Day</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>（{name}）</source>
        <translation> ({name})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day}（{weekday}）：通知未列出，chinese-calendar为{package}{festival}</source>
        <translation>{day} ({weekday}): not in the notice, chinese-calendar says {package}{festival}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{day}（{weekday}）：通知为{notice}，chinese-calendar为{package}{festival}</source>
        <translation>{day} ({weekday}): the notice says {notice}, chinese-calendar says {package}{festival}</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+36"/>
        <location filename="../../dutyroom/excel/contacts_excel.py" line="+87"/>
        <location filename="../../dutyroom/excel/people_excel.py" line="+92"/>
        <location filename="../../dutyroom/excel/roster_import.py" line="+242"/>
        <location filename="../../dutyroom/handover.py" line="+219"/>
        <location line="+6"/>
        <location filename="../../dutyroom/holiday_notice.py" line="+175"/>
        <location line="+21"/>
        <location line="+4"/>
        <location filename="../../dutyroom/incident_fields.py" line="+228"/>
        <location filename="../../dutyroom/ledger.py" line="+191"/>
        <location filename="../../dutyroom/obligations.py" line="+168"/>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+2"/>
        <location filename="../../dutyroom/roster_paper.py" line="+85"/>
        <location line="+104"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+17"/>
        <location filename="../../dutyroom/rule_conditions.py" line="+74"/>
        <location line="+29"/>
        <location line="+2"/>
        <location line="+17"/>
        <location line="+2"/>
        <location filename="../../dutyroom/rules.py" line="-146"/>
        <location line="+192"/>
        <location filename="../../dutyroom/spot_checks.py" line="+96"/>
        <location line="+4"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../dutyroom/roster_paper.py" line="-180"/>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{years}法定节假日数据缺失：已按普通周末处理，请在“设置”中录入节假日</source>
        <translation>No public holiday data for {years}: ordinary weekends assumed. Enter the holidays in Settings</translation>
    </message>
    <message>
        <location filename="../../dutyroom/directory.py" line="+38"/>
        <source>请填写联系人名称</source>
        <translation>Enter the contact&apos;s name</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../dutyroom/spot_checks.py" line="-11"/>
        <source>含有不可见的控制字符，请删除后重试</source>
        <translation>Contains invisible control characters; remove them and try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择联系人类别</source>
        <translation>Choose the contact type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/ledger_rows.py" line="+35"/>
        <location filename="../../dutyroom/spot_checks.py" line="-69"/>
        <location line="+92"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../dutyroom/excel/roster_export.py" line="+34"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}号码只能包含数字、空格、横线和“转”：{value}</source>
        <translation>{label} numbers may contain only digits, spaces, dashes and “ext”: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请至少填写一个电话或手机号码</source>
        <translation>Enter at least one phone or mobile number</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>未设置数据目录，无法保存资料文件</source>
        <translation>No data folder is set; the file cannot be saved</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+33"/>
        <source>请填写资料名称</source>
        <translation>Enter the document&apos;s name</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>找不到文件：{source}</source>
        <translation>File not found: {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>资料</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法复制文件到资料目录：{value}</source>
        <translation>Cannot copy the file into the documents folder: {value}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{title}”没有附带文件</source>
        <translation>“{title}” has no file attached</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>资料文件不存在：{path}</source>
        <translation>The document file does not exist: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>步骤内容不能为空</source>
        <translation>A step cannot be empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报告流程至少需要一个步骤</source>
        <translation>The procedure needs at least one step</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>第{row}行：请填写事件类别</source>
        <translation>Row {row}: enter the event type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第{row}行：请填写报送部门</source>
        <translation>Row {row}: enter the reporting department</translation>
    </message>
    <message>
        <location filename="../../dutyroom/documents/report.py" line="+518"/>
        <location filename="../../dutyroom/excel/ledger.py" line="+11"/>
        <source>报告单位</source>
        <translation>reporting unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../dutyroom/paper_settings.py" line="+51"/>
        <source>签发人</source>
        <translation>signed by</translation>
    </message>
    <message>
        <location line="-142"/>
        <location filename="../../dutyroom/excel/ledger.py" line="-12"/>
        <location filename="../../dutyroom/incident_fields.py" line="-183"/>
        <source>事发时间</source>
        <translation>Time of incident</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>信息来源</source>
        <translation>Source of the information</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../dutyroom/incident_fields.py" line="+4"/>
        <source>事发地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事件类别</source>
        <translation>Incident category</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../dutyroom/incident_fields.py" line="+5"/>
        <source>简要经过</source>
        <translation>Brief account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>伤亡情况</source>
        <translation>casualties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已采取措施</source>
        <translation>measures taken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>尚未报送书面首报：续报应在首报之后，本稿按首报内容起草</source>
        <translation>No written first report has been sent yet: a follow-up comes after the first report, so this draft has the first report&apos;s content</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>书面报告已于{at}报送过：再次报送请选择续报或终报</source>
        <translation>A written report was already sent at {at}: choose a follow-up or final report to report again</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>自上次报告（{at}）以来没有新的情况：续报没有可报的新内容</source>
        <translation>Nothing new since the last report ({at}): the follow-up has nothing new to report</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>事件尚未终结：终报应在处置结束、事件终结后报送</source>
        <translation>The incident is not closed yet: the final report is sent once handling has ended and the incident is closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处置结果和善后</source>
        <translation>Outcome and aftermath</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事件已作废（误报或重复接报）：不应再报送书面报告</source>
        <translation>The incident was voided (false or duplicate report): no written report should be sent</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/cells.py" line="+59"/>
        <source>日期不存在：{text}</source>
        <translation>No such date: {text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日期{text}超出范围（{first}–{last}年），请核实</source>
        <translation>Date {text} is out of range ({first}–{last}); please check</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>日期“{value}”被 Excel 存成了数字，分不清是几月几日（12.1 与 12.10 相同）：请把日期列设为日期或文本格式后重新填写</source>
        <translation>The date &quot;{value}&quot; was stored by Excel as a number, so the day cannot be told (12.1 and 12.10 are the same number): format the date column as dates or text and enter it again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法识别的日期：{value}</source>
        <translation>Unrecognized date: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>日期“{text}”没有年份：请在标题或文件名中写明年份（如“2026年12月值班表”）</source>
        <translation>The date “{text}” has no year: put the year in the title or the file name (e.g. “2026年12月值班表”)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法识别的日期：{text}</source>
        <translation>Unrecognized date: {text}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/contacts_excel.py" line="+2"/>
        <source>无法识别的类别“{text}”（可用：{known}）</source>
        <translation>Unknown type “{text}” (known: {known})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>未找到表头：需要“名称”和“电话”或“手机”列</source>
        <translation>No header found: the sheet needs a “名称” column and a “电话” or “手机” column</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}”与第{row}行重复</source>
        <translation>“{name}” repeats row {row}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>表头下没有任何联系人</source>
        <translation>No contacts below the header</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>没有可导入的联系人</source>
        <translation>No contacts to import</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/people_excel.py" line="+2"/>
        <source>无法识别的角色“{word}”（可用：{known}）</source>
        <translation>Unknown role “{word}” (known: {known})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>未找到表头：需要“姓名”和“角色”两列</source>
        <translation>No header found: the sheet needs “姓名” and “角色” columns</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}与第{row}行重名</source>
        <translation>{name} has the same name as row {row}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>表头下没有任何人员</source>
        <translation>No people below the header</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/roster_import.py" line="-203"/>
        <source>第{row}行：{message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>日期为空（日期单元格若是合并单元格，请取消合并并逐行填写日期）</source>
        <translation>The date is empty (if the date cells are merged, unmerge them and fill in a date on every row)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>日期{day}与第{row}行重复</source>
        <translation>The date {day} repeats row {row}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>日期{day}不在导入范围（{start} 至 {end}）内</source>
        <translation>The date {day} is outside the import range ({start} to {end})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}同时排为{other}和{role}</source>
        <translation>{name} is rostered as both {other} and {role}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}”不像人名（超过{n}个字）</source>
        <translation>“{name}” does not look like a name (more than {n} characters)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>人员“{name}”不在人员名单中（可选择自动新建）</source>
        <translation>“{name}” is not on the staff list (they can be created automatically)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}已停用，不能排班</source>
        <translation>{name} is deactivated and cannot be rostered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}不是{role}（人员名单中的角色：{held}）</source>
        <translation>{name} is not a {role} (roles on the staff list: {held})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>未找到表头：前30行中需要有“日期”列和“带班领导”或“值班员”列</source>
        <translation>No header found: the first 30 rows need a “日期” column and a “带班领导” or “值班员” column</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>工作表“{name}”表头下没有任何排班行</source>
        <translation>Sheet “{name}” has no roster rows below the header</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/transfer.py" line="+28"/>
        <source>导入未执行：发现{n}个问题，数据库未做任何修改</source>
        <translation>Not imported: {n} problems found; nothing was changed</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>没有可导入的排班</source>
        <translation>No roster to import</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>第{row}行：人员“{missing}”不存在</source>
        <translation>Row {row}: no person “{missing}”</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>没有可导入的人员</source>
        <translation>No people to import</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>导出文件的扩展名应为 .xlsx：{name}</source>
        <translation>The export file must end in .xlsx: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法写入 {path}：没有权限，或文件正在 Excel 中打开</source>
        <translation>Cannot write {path}: no permission, or the file is open in Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法写入 {path}：{value}</source>
        <translation>Cannot write {path}: {value}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/workbook.py" line="+27"/>
        <source>请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（*.xlsx）再导入</source>
        <translation>open it in Excel or WPS, “Save as” an Excel workbook (*.xlsx) and import that</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>文件不存在：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文件是空的（0 字节）：{name}</source>
        <translation>The file is empty (0 bytes): {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} 是旧版 .xls 格式或加了密码的工作簿，无法直接读取；{save_as}</source>
        <translation>{name} is an old .xls or password-protected workbook and cannot be read; {save_as}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} 实际是 CSV 或文本文件（只是扩展名为 .xlsx）；{save_as}</source>
        <translation>{name} is really a CSV or text file (only named .xlsx); {save_as}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} 不是 Excel 工作簿，无法读取</source>
        <translation>{name} is not an Excel workbook and cannot be read</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} 有 {mb:.0f} MB，超过可导入的上限 {limit} MB：值班表和人员名单不会这么大</source>
        <translation>{name} is {mb:.0f} MB, over the import limit of {limit} MB: rosters and people lists are never this large</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+72"/>
        <source>{name} 已损坏或不是 Excel 工作簿（{error}）</source>
        <translation>{name} is damaged or not an Excel workbook ({error})</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>{name} 解压后有 {mb:.0f} MB（{n} 个部件），超过可导入的上限 {limit} MB：文件异常，未导入</source>
        <translation>{name} unpacks to {mb:.0f} MB ({n} parts), over the import limit of {limit} MB: the file is abnormal and was not imported</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} 含有 XML 实体声明（DTD），不是 Excel 或 WPS 保存的文件，未导入</source>
        <translation>{name} declares XML entities (a DTD): it was not saved by Excel or WPS and was not imported</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{file} 中没有名为“{name}”的工作表（有：{names}）</source>
        <translation>{file} has no sheet named &quot;{name}&quot; (it has: {names})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>工作表“{sheet}”第{row}行超出可导入的范围（最多{limit}行）：请删去多余的行后再导入</source>
        <translation>Sheet &quot;{sheet}&quot; row {row} is beyond what can be imported (at most {limit} rows): delete the extra rows and import again</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>工作表“{sheet}”{cell}单元格是公式，但文件中没有计算结果：请在 Excel 或 WPS 中打开并保存后再导入</source>
        <translation>Cell {cell} of sheet &quot;{sheet}&quot; is a formula saved without its result: open and save the file in Excel or WPS, then import it again</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>{name} 是空的工作簿，没有任何内容</source>
        <translation>{name} is an empty workbook</translation>
    </message>
    <message>
        <location filename="../../dutyroom/grading.py" line="+24"/>
        <source>人</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>万元</source>
        <translation> ×10k CNY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公顷</source>
        <translation> ha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>级</source>
        <translation> M</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+53"/>
        <source>死亡（含失踪）{n}人</source>
        <translation>{n} dead (incl. missing)</translation>
    </message>
    <message>
        <location line="-51"/>
        <location filename="../../dutyroom/ledger_rows.py" line="+23"/>
        <source>死亡{n}人</source>
        <translation>{n} dead</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>《生产安全事故报告和调查处理条例》第三条</source>
        <translation>Decree 493 (work-safety accidents), art. 3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>直接经济损失{n}万元</source>
        <translation>direct loss {n} ×10k CNY</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>《森林防火条例》第四十条</source>
        <translation>Forest Fire Prevention Regulations, art. 40</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>受害森林面积{n}公顷</source>
        <translation>forest area burned {n} ha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重伤{n}人</source>
        <translation>{n} seriously injured</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>《国家地震应急预案》</source>
        <translation>National Earthquake Emergency Plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>震级{n}级</source>
        <translation>magnitude M{n}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>≥{low}{unit}</source>
        <translation>≥{low}{unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low}–{high}{unit}</source>
        <translation>{low}–{high}{unit}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{criterion}，低于初判标准（&lt;{low}{unit}）</source>
        <translation>{criterion}: below the initial grading (&lt;{low}{unit})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{criterion}，初判{grade}（{band}）</source>
        <translation>{criterion}: initially {grade} ({band})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>未录入死亡（含失踪）人数，暂按初判定级</source>
        <translation>no deaths (incl. missing) entered yet, graded by the initial grading</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按{table}：{detail}</source>
        <translation>By {table}: {detail}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/ledger.py" line="+6"/>
        <location filename="../../dutyroom/incident_fields.py" line="+11"/>
        <source>死亡</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location filename="../../dutyroom/grading.py" line="-186"/>
        <source>重伤（含急性中毒）{n}人</source>
        <translation>{n} seriously injured (incl. acute poisoning)</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>未达较大标准</source>
        <translation>Below the major threshold</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>{criterion}，达到{grade}（{band}）</source>
        <translation>{criterion}: {grade} ({band})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <location line="+2"/>
        <location filename="../../dutyroom/obligations.py" line="+1"/>
        <location filename="../../dutyroom/rule_conditions.py" line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../dutyroom/handover_service.py" line="-2"/>
        <location filename="../../dutyroom/status.py" line="-2"/>
        <source>计时中</source>
        <translation>running</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../dutyroom/status.py" line="+3"/>
        <source>已超时</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../dutyroom/ledger_rows.py" line="-26"/>
        <location filename="../../dutyroom/rules.py" line="-27"/>
        <location filename="../../dutyroom/status.py" line="-12"/>
        <source>电话报告</source>
        <translation>Phone report</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/ledger_rows.py" line="+0"/>
        <location filename="../../dutyroom/rules.py" line="+1"/>
        <location filename="../../dutyroom/status.py" line="+1"/>
        <source>书面报告</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/ledger_rows.py" line="+0"/>
        <location line="+5"/>
        <location filename="../../dutyroom/rule_defaults.py" line="+147"/>
        <location line="+6"/>
        <location filename="../../dutyroom/rules.py" line="+1"/>
        <location filename="../../dutyroom/status.py" line="+1"/>
        <source>续报</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/ledger_rows.py" line="-5"/>
        <location line="+6"/>
        <location filename="../../dutyroom/rule_defaults.py" line="+9"/>
        <location filename="../../dutyroom/rules.py" line="+1"/>
        <location filename="../../dutyroom/status.py" line="+1"/>
        <source>补报</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/ledger_rows.py" line="-6"/>
        <location line="+7"/>
        <location filename="../../dutyroom/rule_defaults.py" line="+4"/>
        <location filename="../../dutyroom/rules.py" line="+1"/>
        <location filename="../../dutyroom/status.py" line="+1"/>
        <source>终报</source>
        <translation>Final report</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+126"/>
        <location filename="../../dutyroom/incident_service.py" line="-184"/>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>设备检查清单不能为空</source>
        <translation>The equipment checklist cannot be empty</translation>
    </message>
    <message>
        <location line="+70"/>
        <location filename="../../dutyroom/ledger_rows.py" line="+20"/>
        <location filename="../../dutyroom/rule_conditions.py" line="-100"/>
        <source>已终结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../dutyroom/ledger_rows.py" line="+2"/>
        <location filename="../../dutyroom/rule_conditions.py" line="-2"/>
        <source>处置中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>请填写交班人</source>
        <translation>Enter who hands over</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>本班交接已完成并锁定，不能修改；如需更正请添加批注</source>
        <translation>This handover is done and locked; add an annotation to correct it</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>本班交接已完成，无需重复接班</source>
        <translation>This handover is already accepted</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>交接班完成：{outgoing}交班，{leader}、{officer}接班</source>
        <translation>Handover done: {outgoing} handed over, {leader} and {officer} took over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交班人员</source>
        <translation>the outgoing shift</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>交接尚未完成，可直接修改后重新提交，无需批注</source>
        <translation>The handover is not accepted yet: edit and submit again, no annotation needed</translation>
    </message>
    <message>
        <location filename="../../dutyroom/log_service.py" line="+74"/>
        <source>请填写日志内容</source>
        <translation>Enter the log text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日志内容过长（最多{n}字）</source>
        <translation>The log text is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日志时间缺少时区</source>
        <translation>The log time has no time zone</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>更正日志须填写原因</source>
        <translation>A correction needs a reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写更正后的内容</source>
        <translation>Enter the corrected text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>【更正】{content}（更正原因：{reason}；{stamp:%m-%d %H:%M}更正）</source>
        <translation>[Correction] {content} (reason: {reason}; corrected {stamp:%m-%d %H:%M})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>该时限属于事件的报送，请用 incident report 登记</source>
        <translation>This deadline is an incident&apos;s report; record it with incident report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记时间</source>
        <translation>the time it was logged</translation>
    </message>
    <message>
        <location filename="../../dutyroom/people_service.py" line="+23"/>
        <source>姓名不能为空</source>
        <translation>The name cannot be empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名过长（最多{n}个字）</source>
        <translation>The name is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>职务过长（最多{n}个字）</source>
        <translation>Post too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../../dutyroom/paper_settings.py" line="-33"/>
        <source>全天24小时值班</source>
        <translation>On duty 24 hours a day</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>值班传真</source>
        <translation>Duty fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班时间</source>
        <translation>Duty hours</translation>
    </message>
    <message>
        <location filename="../../dutyroom/documents/report.py" line="-4"/>
        <location filename="../../dutyroom/paper_settings.py" line="+1"/>
        <source>主送机关</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../dutyroom/paper_settings.py" line="+2"/>
        <source>发文字号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../dutyroom/incident_fields.py" line="+210"/>
        <location filename="../../dutyroom/paper_settings.py" line="+33"/>
        <location filename="../../dutyroom/people_service.py" line="-3"/>
        <location filename="../../dutyroom/swap_service.py" line="+38"/>
        <source>{label}含有不可见的控制字符</source>
        <translation>{label} contains invisible control characters</translation>
    </message>
    <message>
        <location filename="../../dutyroom/paper_settings.py" line="+3"/>
        <source>{label}过长（最多{n}个字）</source>
        <translation>{label} is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label}只能含数字、“-”、“转”和括号：{value}</source>
        <translation>{label} may contain only digits, &quot;-&quot;, &quot;ext.&quot; and brackets: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>紧急程度只能是“特急”“加急”或留空：{value}</source>
        <translation>Urgency must be most urgent, urgent or empty: {value}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/people_service.py" line="+5"/>
        <source>请为{name}至少选择一个角色</source>
        <translation>Choose at least one role for {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>电话号码格式不正确：{value}</source>
        <translation>Invalid phone number: {value}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>请假结束日期不能早于开始日期</source>
        <translation>A leave cannot end before it starts</translation>
    </message>
    <message>
        <location filename="../../dutyroom/reference.py" line="+13"/>
        <source>应急预案</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专项预案</source>
        <translation>Special plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门预案</source>
        <translation>Department plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作手册</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物资队伍专家</source>
        <translation>Supplies, teams, experts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>制度文件</source>
        <translation>Regulations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../../dutyroom/rules.py" line="-12"/>
        <source>接报</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>一键记录接报时间（精确到分钟），开始计时</source>
        <translation>Record the time the call came in (to the minute) with one key; the clock starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录报告人、单位/职务、联系电话，以及已告知的单位</source>
        <translation>Record the caller, their organization/position, phone, and whom they have told</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录事发时间、地点（乡镇/街道）、事件类别、事发单位、简要经过</source>
        <translation>Record time, place (township/street), type, organization involved and a brief account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>记录伤亡情况：死亡、失踪、受伤（重伤）、被困、涉险、转移人数，初估直接经济损失</source>
        <translation>Record casualties: dead, missing, injured (seriously), trapped, at risk, evacuated; estimate the direct loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>研判</source>
        <translation>Assess</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>核实信息（回拨报告人或属地乡镇、行业部门）</source>
        <translation>Verify (call back the caller, the township or the sector department)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定事件等级；判断是否较大涉险、是否敏感</source>
        <translation>Set the grade; decide whether it is a major near miss or sensitive</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>立即报告带班领导</source>
        <translation>Tell the leader on duty at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>较大及以上、较大涉险或敏感事件：30分钟内电话报告上级值班室</source>
        <translation>Major or above, major near miss or sensitive: phone the superior duty office within 30 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>较大及以上、较大涉险或敏感事件：60分钟内报送书面报告</source>
        <translation>Major or above, major near miss or sensitive: written report within 60 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一般事件：3小时内报送书面报告</source>
        <translation>General incidents: written report within 3 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首报不等待全部情况，缺项后续补报</source>
        <translation>Do not wait for every fact: report first, supplement later</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>处置</source>
        <translation>Respond</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>按领导批示通知相关成员单位、乡镇，记录传达情况</source>
        <translation>Notify member units and townships as the leaders instruct; record who was told</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跟踪现场处置进展、领导到场情况和请求事项</source>
        <translation>Follow the response on site, leaders&apos; arrival and requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>续报终报</source>
        <translation>Follow-up &amp; final</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>较大事件每24小时续报（重大及以上每12小时），伤亡变化当日补报</source>
        <translation>Major: follow-up every 24 h (grave and above every 12 h); casualty changes reported the same day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置结束后报送终报，交接班时交接未完成的报送时限</source>
        <translation>Final report when the response ends; hand over open deadlines at shift change</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>生产安全事故（工矿商贸）</source>
        <translation>Work-safety accidents (industry &amp; trade)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>应急管理局</source>
        <translation>Emergency Management Bureau</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>道路交通事故</source>
        <translation>Road traffic accidents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>公安局交警大队</source>
        <translation>Traffic police brigade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>火灾</source>
        <translation>Fires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>消防救援大队</source>
        <translation>Fire and rescue brigade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>危险化学品事故</source>
        <translation>Hazardous chemical accidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建筑施工事故</source>
        <translation>Construction accidents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>住房和城乡建设局</source>
        <translation>Housing and construction bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>水旱灾害</source>
        <translation>Floods and droughts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>水利局（防汛抗旱指挥部办公室）</source>
        <translation>Water resources bureau (flood and drought office)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>气象灾害</source>
        <translation>Weather disasters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>气象局</source>
        <translation>Meteorological bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地震灾害</source>
        <translation>Earthquakes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地震局（应急管理局）</source>
        <translation>Earthquake bureau (Emergency Management Bureau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地质灾害</source>
        <translation>Geological disasters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自然资源局</source>
        <translation>Natural resources bureau</translation>
    </message>
    <message>
        <location filename="../../ui/countdown.py" line="+75"/>
        <source>自然灾害</source>
        <translation>natural disaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事故灾难</source>
        <translation>accident</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../dutyroom/reference.py" line="+1"/>
        <source>森林草原火灾</source>
        <translation>Forest and grassland fires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>较大涉险</source>
        <translation>Major near miss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>敏感</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <location filename="../../dutyroom/reference.py" line="+0"/>
        <source>林业局</source>
        <translation>Forestry bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>环境污染事件</source>
        <translation>Environmental pollution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>生态环境分局</source>
        <translation>Ecology and environment bureau</translation>
    </message>
    <message>
        <location filename="../../ui/countdown.py" line="-4"/>
        <location filename="../../dutyroom/reference.py" line="+1"/>
        <source>公共卫生事件</source>
        <translation>Public health events</translation>
    </message>
    <message>
        <location filename="../../dutyroom/reference.py" line="+0"/>
        <source>卫生健康局</source>
        <translation>Health commission</translation>
    </message>
    <message>
        <location filename="../../ui/countdown.py" line="+1"/>
        <location filename="../../dutyroom/reference.py" line="+1"/>
        <source>社会安全事件</source>
        <translation>Public security events</translation>
    </message>
    <message>
        <location filename="../../dutyroom/reference.py" line="+0"/>
        <source>公安局</source>
        <translation>Public security bureau</translation>
    </message>
    <message>
        <location filename="../../dutyroom/roster.py" line="+30"/>
        <source>24小时班</source>
        <translation>24-hour shift</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{month}月{day}日</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>{where}{detail}</source>
        <translation>{where} {detail}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>·</source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}（{kind}）</source>
        <translation>{day} ({kind})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{role}不足：需要{needed}人，已排{have}人</source>
        <translation>{role} short: {needed} needed, {have} rostered</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>编号{person_id}</source>
        <translation>No. {person_id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{role}：人员{name}不存在</source>
        <translation>{role}: no person {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{role}：{name}已停用，不能排班</source>
        <translation>{role}: {name} is deactivated and cannot be rostered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（{reason}）</source>
        <translation> ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role}：{name}正在请假{why}</source>
        <translation>{role}: {name} is on leave{why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}在同一班次重复排班</source>
        <translation>{name} is rostered twice on one shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>{day}：</source>
        <translation>{day}:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{name}连续两天值24小时班</source>
        <translation>{name} has 24-hour shifts two days running</translation>
    </message>
    <message>
        <location filename="../../dutyroom/documents/handover_doc.py" line="+26"/>
        <source>{minutes}分钟</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours}小时</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours}小时{minutes}分</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已超时{span}</source>
        <translation>overdue by {span}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>剩余{span}</source>
        <translation>{span} left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截至{at}，{left}</source>
        <translation>as of {at}, {left}</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+68"/>
        <source>草稿（未提交）</source>
        <translation>Draft (not submitted)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>已提交（待接班确认）</source>
        <translation>Submitted (awaiting acceptance)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已接班（第{version}版，含更正批注）</source>
        <translation>Accepted (version {version}, with corrections)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/handover.py" line="-200"/>
        <source>已接班</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（未记录姓名）</source>
        <translation>(name not recorded)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未接班</source>
        <translation>not yet accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>交接状态</source>
        <translation>Handover state</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>实际交接时间</source>
        <translation>Actual handover time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/roster.py" line="+83"/>
        <source>班次</source>
        <translation>shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>汇总时间</source>
        <translation>Compiled at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>交班带班领导</source>
        <translation>Outgoing leader on duty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接班带班领导</source>
        <translation>Incoming leader on duty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>交班值班员</source>
        <translation>Outgoing duty officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接班值班员</source>
        <translation>Incoming duty officer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>交班提交</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未提交</source>
        <translation>not submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接班确认</source>
        <translation>Confirm takeover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未确认</source>
        <translation>not accepted</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>本交接单尚未提交，不作为交接依据；以提交、接班确认后的打印件为准</source>
        <translation>This handover sheet has not been submitted and is not a record of the handover; the printout after submission and acceptance is.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{bureau}&#x3000;交接班记录草稿（未提交）</source>
        <translation>{bureau}  handover sheet DRAFT (not submitted)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（前班移交）</source>
        <translation>(carried over)</translation>
    </message>
    <message>
        <location filename="../../dutyroom/roster.py" line="+3"/>
        <source>{day}的{what}中没有该人员，无法换班</source>
        <translation>This person is not the {what} on {day}; cannot swap</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>该人员{day}已在班，不能重复排班</source>
        <translation>This person is already on duty on {day}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../dutyroom/swap_service.py" line="+5"/>
        <source>串班需要填写对调的日期</source>
        <translation>A shift exchange needs the other date</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{role}：人员编号{person_id}不存在</source>
        <translation>{role}: no person No. {person_id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未排{role}</source>
        <translation>No {role} rostered</translation>
    </message>
    <message>
        <location filename="../../dutyroom/roster_service.py" line="+56"/>
        <source>无法识别的月份：{text}（应为 YYYY-MM，如 2026-12）</source>
        <translation>Unrecognized month: {text} (use YYYY-MM, e.g. 2026-12)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>该月排班还有{n}个问题，确认后才能发布</source>
        <translation>The roster of this month has {n} problems; confirm to publish</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>通知中没有任何放假安排</source>
        <translation>The notice has no holiday arrangements</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>说明过长（最多100个字）</source>
        <translation>The note is too long (at most 100 characters)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期超出范围（2000–2100年）</source>
        <translation>Date out of range (2000–2100)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>一次最多排{generate_days}天</source>
        <translation>At most {generate_days} days at a time</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>{where}：同一人不能重复安排</source>
        <translation>{where}: the same person twice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}：人员编号{pid}不存在</source>
        <translation>{where}: no person No. {pid}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}：{name}已停用，不能排班</source>
        <translation>{where}: {name} is deactivated and cannot be rostered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}：{name}不是{role}</source>
        <translation>{where}: {name} is not a {role}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/rule_defaults.py" line="-125"/>
        <source>《生产安全事故报告和调查处理条例》第十条（较大以上同时报告本级人民政府，可越级上报）；《突发事件应对法》（2024）第十七条、第六十一条；值班工作方案：较大及以上30分钟内电话、1小时内书面报告</source>
        <translation>Regulations on Reporting, Investigation and Handling of Production Safety Accidents, art. 10 (larger and above reported to the government of the same level at the same time, levels may be skipped); Emergency Response Law (2024), arts. 17 and 61; duty work plan: larger and above by phone within 30 minutes, in writing within 1 hour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>《生产安全事故报告和调查处理条例》第十一条：每级上报的时间不得超过2小时</source>
        <translation>Regulations on Reporting, Investigation and Handling of Production Safety Accidents, art. 11: each level reports up within 2 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《自然灾害情况统计调查制度》（应急〔2020〕19号）第六条：灾害发生后2小时内初报</source>
        <translation>Natural Disaster Statistics System (MEM [2020] No. 19), art. 6: initial report within 2 hours of the disaster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>《自然灾害情况统计调查制度》（应急〔2020〕19号）第六条：死亡失踪10人以上或敏感灾情，同时报省级应急管理部门和应急管理部</source>
        <translation>Natural Disaster Statistics System (MEM [2020] No. 19), art. 6: 10 or more dead or missing, or a sensitive disaster, also to the provincial department and the Ministry of Emergency Management</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>《自然灾害情况统计调查制度》（应急〔2020〕19号）：灾情稳定前每日9时前续报（截至前一日24时）</source>
        <translation>Natural Disaster Statistics System (MEM [2020] No. 19): daily follow-up by 09:00 until stable (figures to 24:00 of the previous day)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>《自然灾害情况统计调查制度》（应急〔2020〕19号）：灾情稳定后2个工作日内核报</source>
        <translation>Natural Disaster Statistics System (MEM [2020] No. 19): verified report within 2 working days after the disaster is stable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>《生产安全事故信息报告和处置办法》（原国家安全生产监督管理总局令第21号）：一般、较大涉险、较大事故每日至少续报1次，重大、特别重大事故每日至少续报2次</source>
        <translation>Measures on Reporting and Handling Production Safety Accident Information (former SAWS Order No. 21): general, larger near-miss and larger accidents at least one follow-up a day, major and especially major at least two a day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>值班工作方案：较大及以上突发事件处置期间每日续报（本局规定）</source>
        <translation>Duty work plan: daily follow-up while a larger or higher emergency is being handled (bureau rule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>《生产安全事故报告和调查处理条例》第十三条：30日内伤亡人数变化及时补报（道路交通、火灾7日内）</source>
        <translation>Regulations on Reporting, Investigation and Handling of Production Safety Accidents, art. 13: casualty changes within 30 days reported at once (7 days for road traffic and fires)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>值班工作方案：较大及以上事件处置结束后报送终报（本局规定）</source>
        <translation>Duty work plan: final report when a larger or higher event is closed (bureau rule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《森林防火条例》第三十二条：燃烧超过24小时尚未扑灭的森林火灾，立即报告</source>
        <translation>Forest Fire Prevention Regulations, art. 32: a forest fire still burning after 24 hours is reported at once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>县级值班工作实践（如长子县2025年值班制度）：预警信息10分钟内报告带班领导、30分钟内转发</source>
        <translation>County duty practice (e.g. Zhangzi County duty rules 2025): a warning is told to the leader on duty within 10 minutes and forwarded within 30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>省应急办督办要求：紧急来文1小时内办理（本局规定）</source>
        <translation>Provincial emergency office supervision: urgent documents handled within 1 hour (bureau rule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>领导批示督办要求：30分钟内传达，按批示时限反馈落实情况（本局规定，默认24小时）</source>
        <translation>Leader&apos;s instruction supervision: passed on within 30 minutes, implementation reported back by the stated deadline (bureau rule, 24 hours by default)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>首报·电话</source>
        <translation>1st · phone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>首报·书面</source>
        <translation>1st · written</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>一般·书面</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>灾情初报</source>
        <translation>Disaster initial report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>灾情初报·越级</source>
        <translation>Disaster initial report · to higher levels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>灾情续报</source>
        <translation>Disaster follow-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>灾情核报</source>
        <translation>Disaster verified report</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>森林火灾·燃烧超24小时</source>
        <translation>Forest fire · burning over 24 h</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>预警·报告带班领导</source>
        <translation>Warning · tell the leader on duty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预警·转发</source>
        <translation>Warning · forward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来文·办理</source>
        <translation>Document · handle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>批示·传达</source>
        <translation>Instruction · pass on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>批示·落实反馈</source>
        <translation>Instruction · report back</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>河南省应急管理厅信息报送要求（本局据省厅文件录入，请与原文核对）</source>
        <translation>Henan Emergency Management Department reporting requirements (entered by the bureau from the department&apos;s document; check against the original)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>武汉市突发事件信息报送要求（本局据市文件录入，请与原文核对）</source>
        <translation>Wuhan emergency reporting requirements (entered by the bureau from the city&apos;s document; check against the original)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>宝鸡市值班工作方案：一般事件3小时内书面报告（地方规定）</source>
        <translation>Baoji duty work plan: general events in writing within 3 hours (local rule)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>续报（每日8时、17时前）</source>
        <translation>Follow-up (daily by 08:00 and 17:00)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>首报·电话（重大以上）</source>
        <translation>First report · phone (major and above)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>首报·书面（重大以上）</source>
        <translation>First report · written (major and above)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>首报·电话（重大以上，自事发）</source>
        <translation>First report · phone (major and above, from the event)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>首报·书面（重大以上，自事发）</source>
        <translation>First report · written (major and above, from the event)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>国家规定（默认）</source>
        <translation>National rules (default)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>河南</source>
        <translation>Henan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>武汉</source>
        <translation>Wuhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>宝鸡（一般3小时）</source>
        <translation>Baoji (general 3 h)</translation>
    </message>
    <message>
        <location filename="../../dutyroom/rules.py" line="-179"/>
        <source>规则“{code}”的名称不能为空</source>
        <translation>Rule “{code}” needs a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“{label}”的代码不能为空</source>
        <translation>Rule “{label}” needs a code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则代码“{code}”重复</source>
        <translation>Rule code “{code}” is used twice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>规则“{label}”的适用范围“{applies}”无效</source>
        <translation>Rule “{label}”: invalid scope “{applies}”</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>规则“{label}”的时限不能为负数</source>
        <translation>Rule “{label}”: the deadline cannot be negative</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>规则“{label}”的标记“{flag}”无效</source>
        <translation>Rule &quot;{label}&quot;: the flag &quot;{flag}&quot; is not valid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>规则“{label}”的事件状态“{state}”无效</source>
        <translation>Rule &quot;{label}&quot;: the incident state &quot;{state}&quot; is not valid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>规则“{label}”的最低等级高于最高等级</source>
        <translation>Rule &quot;{label}&quot;: the lowest grade is above the highest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“{label}”的死亡失踪人数门槛须大于0</source>
        <translation>Rule &quot;{label}&quot;: the dead-and-missing threshold must be above 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“{label}”的类别既适用又排除</source>
        <translation>Rule &quot;{label}&quot;: a category is both included and excluded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>规则“{label}”的工作日数不能为负数</source>
        <translation>Rule &quot;{label}&quot;: working days cannot be negative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“{label}”的截止时刻重复</source>
        <translation>Rule &quot;{label}&quot;: a time of day is given twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“{label}”的提醒时间不能为负数</source>
        <translation>Rule “{label}”: alarm times cannot be negative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>规则“{label}”的预警时间不能短于紧急时间（{critical_minutes}分钟）</source>
        <translation>Rule “{label}”: the warning time cannot be shorter than the urgent time ({critical_minutes} min)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>规则“{label}”的续报间隔必须大于0分钟</source>
        <translation>Rule “{label}”: the follow-up interval must be over 0 minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>规则“{label}”为续报系列，须从上次报送起算</source>
        <translation>Rule &quot;{label}&quot; is a follow-up series and must run from the previous report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>规则“{label}”为续报系列，间隔须大于0分钟</source>
        <translation>Rule &quot;{label}&quot; is a follow-up series: its interval must be above 0 minutes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>规则“{label}”适用于事件，不能从日志登记时间起算</source>
        <translation>Rule &quot;{label}&quot; is for incidents and cannot run from a duty-log entry&apos;s time</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>规则“{label}”的适用对象“{subject}”无效</source>
        <translation>Rule &quot;{label}&quot;: the subject &quot;{subject}&quot; is not valid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>规则“{label}”适用于值班日志事项，须从登记时间起算</source>
        <translation>Rule &quot;{label}&quot; is for duty-log items and must run from the entry&apos;s time</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>规则“{label}”的报送对象不能为空</source>
        <translation>Rule &quot;{label}&quot;: a recipient is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则“{label}”的报送对象重复</source>
        <translation>Rule &quot;{label}&quot;: a recipient is given twice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（不限）</source>
        <translation>(any)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“{key}”须为整数：{value!r}</source>
        <translation>&quot;{key}&quot; must be a whole number: {value!r}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{key}”的值“{value}”无效</source>
        <translation>&quot;{key}&quot;: the value &quot;{value}&quot; is not valid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>应为列表：{value!r}</source>
        <translation>A list was expected: {value!r}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“condition”须为对象：{value!r}</source>
        <translation>&quot;condition&quot; must be an object: {value!r}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>时刻“{text}”无效（应为HH:MM）</source>
        <translation>Time of day &quot;{text}&quot; is not valid (HH:MM)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>规则数据缺少字段“{field}”</source>
        <translation>Rule data lacks the field “{field}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>规则数据无效：{exc}</source>
        <translation>Invalid rule data: {exc}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已经产生的报送时限保持原时限不变，修改后的规则适用于此后新产生的时限。</source>
        <translation>Deadlines already created keep their times; the changed rules apply to deadlines created from now on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文电</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/ledger.py" line="+19"/>
        <location filename="../../dutyroom/rules.py" line="+1"/>
        <source>领导批示</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <location filename="../../dutyroom/rules.py" line="+3"/>
        <source>一次</source>
        <translation>Once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>续报系列</source>
        <translation>Follow-up series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>伤亡变化补报</source>
        <translation>On casualty change</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事发</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次报送</source>
        <translation>Previous report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终结</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>稳定</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记</source>
        <translation>Logged</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>事项办理</source>
        <translation>Item action</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n}个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每日{times}前</source>
        <translation>Daily by {times}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当日24时前</source>
        <translation>By midnight</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first}，此后每{repeat}</source>
        <translation>{first}, then every {repeat}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}（重大以上{major}）</source>
        <translation>{first} (major and above {major})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>规则文件应为规则列表（JSON 数组）</source>
        <translation>The rules file must be a list of rules (a JSON array)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>第{n}条规则不是对象</source>
        <translation>Rule {n} is not an object</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>第{n}条规则：{message}</source>
        <translation>Rule {n}: {message}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/special_periods.py" line="+24"/>
        <source>请填写特殊时期名称（如：汛期、重要活动）</source>
        <translation>Enter the name of the special period (e.g. flood season, major event)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>特殊时期名称过长（最多20个字）</source>
        <translation>The name is too long (at most 20 characters)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}”的结束日期早于开始日期</source>
        <translation>“{name}” ends before it starts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}”超过一年，请分段设置</source>
        <translation>“{name}” is longer than a year; split it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}”的人数应在0到{per_role}之间</source>
        <translation>“{name}”: numbers must be 0 to {per_role}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}”至少要为一个角色设定人数</source>
        <translation>“{name}” needs a number for at least one role</translation>
    </message>
    <message>
        <location filename="../../dutyroom/spot_checks.py" line="-93"/>
        <source>上级查岗</source>
        <translation>Check from above</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本局查岗</source>
        <translation>Check by us</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>暗访</source>
        <translation>Unannounced visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>现场</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../../dutyroom/documents/report.py" line="+6"/>
        <location filename="../../dutyroom/excel/roster_export.py" line="+1"/>
        <location filename="../../dutyroom/handover.py" line="-12"/>
        <location filename="../../dutyroom/paper_settings.py" line="-59"/>
        <source>值班电话</source>
        <translation>Duty phone</translation>
    </message>
    <message>
        <location filename="../../dutyroom/handover.py" line="+0"/>
        <source>传真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>卫星电话</source>
        <translation>Satellite phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>视频会商</source>
        <translation>Video conference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>业务系统</source>
        <translation>Business systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/spot_checks.py" line="+2"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>异常</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未开始</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待接班</source>
        <translation>awaiting takeover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已交接</source>
        <translation>handed over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>交班人员不能为空</source>
        <translation>Who hands over cannot be empty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}的状态应为“正常”或“异常”</source>
        <translation>{name} must be “OK” or “Fault”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}异常，请在备注中说明情况</source>
        <translation>{name} has a fault: describe it in the notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请接班带班领导确认姓名</source>
        <translation>The incoming leader must confirm their name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请接班值班员确认姓名</source>
        <translation>The incoming officer must confirm their name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>（未排班）</source>
        <translation>(not rostered)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{leader}不是接班带班领导（应为：{expected}）</source>
        <translation>{leader} is not the incoming leader (expected: {expected})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{officer}不是接班值班员（应为：{expected}）</source>
        <translation>{officer} is not the incoming officer (expected: {expected})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请填写更正内容</source>
        <translation>Enter the correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写更正人</source>
        <translation>Enter who corrects</translation>
    </message>
    <message>
        <location filename="../../dutyroom/spot_checks.py" line="+1"/>
        <source>未接</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>脱岗</source>
        <translation>Off post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代岗</source>
        <translation>Stand-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设备故障</source>
        <translation>Equipment fault</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>计时尚未开始，请先按“来电/接通”</source>
        <translation>The timer has not started; press “Ringing/answered” first</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>查岗时间缺少时区</source>
        <translation>The check time has no time zone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择查岗方向：上级查岗或本局查岗</source>
        <translation>Choose the direction: check from above or check by us</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查岗方式应为{methods}之一</source>
        <translation>The method must be one of {methods}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>查岗结果应为{results}之一</source>
        <translation>The result must be one of {results}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写查岗单位</source>
        <translation>Enter who checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写被查单位</source>
        <translation>Enter who was checked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>接听用时应在0秒到24小时之间</source>
        <translation>The answer time must be 0 s to 24 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结果为“未接”时不应填写接听人和接听用时</source>
        <translation>With “No answer”, leave who answered and the answer time empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>带班领导或值班员不在岗时，结果不能为“正常”</source>
        <translation>If the leader or officer was not at their post, the result cannot be “OK”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写接听人</source>
        <translation>Enter who answered</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>查岗记录尚未保存，无法更正</source>
        <translation>The check is not saved yet; it cannot be corrected</translation>
    </message>
    <message>
        <location filename="../../dutyroom/rules.py" line="-48"/>
        <location filename="../../dutyroom/status.py" line="+1"/>
        <source>核报</source>
        <translation>Verified report</translation>
    </message>
    <message>
        <location filename="../../dutyroom/status.py" line="+1"/>
        <source>值班事项</source>
        <translation>Duty-log item</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>按时完成</source>
        <translation>on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迟报完成</source>
        <translation>reported late</translation>
    </message>
    <message>
        <location filename="../../dutyroom/ledger_rows.py" line="-25"/>
        <source>书面</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迟报{minutes}分钟</source>
        <translation>{minutes} min late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未报</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未报，已超时</source>
        <translation>Not sent, overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/status.py" line="+1"/>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} {at} {state}</source>
        <translation>{kind} {at} {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} 未报（应于{due}前）</source>
        <translation>{kind} not sent (due by {due})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} 未报，已超时（应于{due}前）</source>
        <translation>{kind} not sent, overdue (due by {due})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>续报{n}</source>
        <translation>Follow-up {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{method}：{to}</source>
        <translation>{method}: {to}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} {person}：{content}</source>
        <translation>{at} {person}: {content}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month}月{day}日 {hm}</source>
        <translation>{month}/{day} {hm}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>失踪{n}人</source>
        <translation>{n} missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受伤{n}人</source>
        <translation>{n} injured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作废（{reason}）</source>
        <translation>Voided ({reason})</translation>
    </message>
    <message>
        <location filename="../../dutyroom/swap_service.py" line="-19"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>换班理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请填写{label}</source>
        <translation>Enter {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}过长（最多{limit}个字）</source>
        <translation>{label} is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>换班双方不能是同一人</source>
        <translation>Both sides of a swap cannot be the same person</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>该调班记录尚未保存，无法撤销</source>
        <translation>This swap is not saved yet; it cannot be undone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>找不到调班记录（编号 {swap_id}）</source>
        <translation>No swap No. {swap_id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该调班已撤销过</source>
        <translation>This swap was already undone</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}已停用，不能顶班</source>
        <translation>{name} is deactivated and cannot cover</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}不是{role}，不能顶此班</source>
        <translation>{name} is not a {role} and cannot cover this shift</translation>
    </message>
    <message>
        <location filename="../../dutyroom/incident_fields.py" line="-170"/>
        <source>标题不能为空：已填写的标题只能修改，不能清空</source>
        <translation>The title cannot be emptied once given; change it instead</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>处置措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/ledger.py" line="-14"/>
        <location filename="../../dutyroom/incident_fields.py" line="-4"/>
        <source>报告人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../dutyroom/incident_fields.py" line="+2"/>
        <source>报告人电话</source>
        <translation>Caller&apos;s phone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请求事项</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/ledger.py" line="-40"/>
        <location line="+250"/>
        <source>接报台账</source>
        <translation>Incident ledger</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>明细</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+17"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+14"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>伤亡</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告人/单位</source>
        <translation>Reporter/unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>接报人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>报送情况</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../dutyroom/incident_fields.py" line="+3"/>
        <source>失踪</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/incident_fields.py" line="+1"/>
        <source>受伤</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受害森林面积(公顷)</source>
        <translation>Forest area burnt (ha)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>简要情况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>终结时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成时间</source>
        <translation>Done at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情况</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迟报(分钟)</source>
        <translation>Minutes late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式/对象</source>
        <translation>Method/recipients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>续报次数</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{bureau}接报台账（{period}）</source>
        <translation>{bureau} incident ledger ({period})</translation>
    </message>
    <message>
        <location line="+160"/>
        <location filename="../../dutyroom/excel/stats_export.py" line="+160"/>
        <source>第 &amp;P 页 共 &amp;N 页</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>接报台账（明细）</source>
        <translation>Incident ledger (details)</translation>
    </message>
    <message>
        <location filename="../../dutyroom/incident_fields.py" line="+1"/>
        <source>重伤</source>
        <translation>Seriously injured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被困</source>
        <translation>Trapped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉险</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>疏散转移</source>
        <translation>Evacuated</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../dutyroom/plausibility.py" line="+51"/>
        <source>直接经济损失</source>
        <translation>Direct economic loss</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/ledger.py" line="-271"/>
        <location line="+14"/>
        <location filename="../../dutyroom/incident_fields.py" line="-28"/>
        <location filename="../../dutyroom/incident_service.py" line="+74"/>
        <source>接报时间</source>
        <translation>Time received</translation>
    </message>
    <message>
        <location filename="../../dutyroom/incident_fields.py" line="+29"/>
        <source>受害森林面积</source>
        <translation>Forest area burned</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/ledger.py" line="+11"/>
        <location filename="../../dutyroom/incident_fields.py" line="+1"/>
        <source>震级</source>
        <translation>Magnitude</translation>
    </message>
    <message>
        <location filename="../../dutyroom/incident_fields.py" line="+35"/>
        <source>灾情稳定时间</source>
        <translation>Time of stabilisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+162"/>
        <source>{field}应为 ISO-8601 时间文本</source>
        <translation>{field} must be ISO-8601 time text</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>{field}无法识别：{value}</source>
        <translation>{field} not recognized: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}须带时区，如 2026-11-23T08:30+08:00</source>
        <translation>{field} needs a time zone, e.g. 2026-11-23T08:30+08:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}超出范围（{first}–{last}年），请核实</source>
        <translation>{field} is out of range ({first}–{last}); please check</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>{label}人数应为整数</source>
        <translation>{label}: enter a whole number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}人数不能为负数</source>
        <translation>{label}: cannot be negative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}人数{count}超过上限{limit}，请核实是否输入有误</source>
        <translation>{label}: {count} is over the limit of {limit}; check for a typo</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>直接经济损失应为数字（万元）</source>
        <translation>Direct loss must be a number (×10k CNY)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>直接经济损失不能为负数</source>
        <translation>Direct loss cannot be negative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>直接经济损失超过上限{limit:.0f}万元（1万亿元），请核实是否输入有误</source>
        <translation>Direct loss is over the limit of {limit:.0f} ×10k CNY (1 trillion CNY); check for a typo</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>{label}应为数字</source>
        <translation>{label} must be a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}不能为负数</source>
        <translation>{label} cannot be negative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}超过上限{limit:.0f}，请核实是否输入有误</source>
        <translation>{label} is above the limit of {limit:.0f}: please check for a typing error</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+59"/>
        <source>{label}应为文本</source>
        <translation>{label} must be text</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{label}含有无效字符</source>
        <translation>{label} contains invalid characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}过长（最多{limit}字）</source>
        <translation>{label} is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>不认识的字段：{fields}</source>
        <translation>Unknown fields: {fields}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{key} 应为 true 或 false</source>
        <translation>{key} must be true or false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>重伤人数不能多于受伤人数</source>
        <translation>Seriously injured cannot exceed injured</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label}人数应为不小于0的整数（JSON 数字）</source>
        <translation>{label} must be a whole number of people, 0 or more (a JSON number)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}应为数字（JSON 数字）</source>
        <translation>{label} must be a number (a JSON number)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>事发时间不能晚于接报时间，请核实</source>
        <translation>The time it happened cannot be after the call came in; please check</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label}不能晚于当前时间（允许1分钟误差）</source>
        <translation>{label} cannot be later than now (1 minute allowed)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>事发时间晚于接报时间，请核实</source>
        <translation>The incident time is after the time received; please check</translation>
    </message>
    <message>
        <location filename="../../dutyroom/incident_service.py" line="-244"/>
        <source>{rule}（时限{due:%m-%d %H:%M}）：{reason}</source>
        <translation>{rule} (due {due:%m-%d %H:%M}): {reason}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>（标题待填）</source>
        <translation>(title pending)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接报：{title}</source>
        <translation>Received: {title}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>不能再修改</source>
        <translation>it can no longer be edited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接报时间须通过“更正接报时间”修改并说明原因</source>
        <translation>Change the time received with “Correct receipt time” and give a reason</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事件已作废，不能调整等级</source>
        <translation>The incident is void; its grade cannot be changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人工调整等级须填写理由</source>
        <translation>A grade set by hand needs a reason</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../dutyroom/rule_conditions.py" line="+60"/>
        <source>事件已终结</source>
        <translation>The incident is closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事件已作废，不能终结</source>
        <translation>The incident is void and cannot be closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写终结说明</source>
        <translation>Enter a closing note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>作废原因</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>作废须说明原因（如误报、重复接报）</source>
        <translation>Voiding needs a reason (e.g. false call, duplicate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事件已作废，不能重复作废</source>
        <translation>The incident is already void</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事件已终结，不能作废；如确属误报请联系管理员更正</source>
        <translation>A closed incident cannot be voided; if it was a false call, ask an administrator</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>作废：{title}，原因：{reason}</source>
        <translation>Voided: {title}, reason: {reason}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>该时限属于值班日志事项，不是事件的报送</source>
        <translation>This deadline belongs to a duty-log item, not to an incident&apos;s reports</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>报送：{title}「{rule}」，{method}报{to}</source>
        <translation>Reported: {title} «{rule}», by {method} to {to}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{line}，迟报{minutes_late}分钟</source>
        <translation>{line}, {minutes_late} min late</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{line}（尚未报送：{units}）</source>
        <translation>{line} (not yet reported to: {units})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{line}（同一份报告同时满足：{names}）</source>
        <translation>{line} (the same report also meets: {names})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{line}（报送时间补录：{reason}）</source>
        <translation>{line} (time entered late: {reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>不能标记灾情稳定</source>
        <translation>cannot be marked stable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已标记灾情稳定</source>
        <translation>Already marked stable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>灾情稳定时间不能早于接报时间</source>
        <translation>The stable time cannot be before the time the call came in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{title}：灾情稳定</source>
        <translation>{title}: disaster stable</translation>
    </message>
    <message>
        <location filename="../../dutyroom/ledger.py" line="+16"/>
        <source>，迟报{minutes_late}分钟</source>
        <translation>, {minutes_late} min late</translation>
    </message>
    <message>
        <location filename="../../dutyroom/report_evidence.py" line="+27"/>
        <source>报送记录与时限不对应</source>
        <translation>The report does not belong to this deadline</translation>
    </message>
    <message>
        <location filename="../../dutyroom/obligations.py" line="-80"/>
        <location filename="../../dutyroom/report_evidence.py" line="+2"/>
        <source>报送时间缺少时区</source>
        <translation>The report time has no time zone</translation>
    </message>
    <message>
        <location filename="../../dutyroom/report_evidence.py" line="+2"/>
        <source>报送时间不能晚于当前时间</source>
        <translation>The report time cannot be later than now</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>报送时间不是当前时间，请说明原因</source>
        <translation>The report time is not now; give the reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>报送时间补录：{reason}</source>
        <translation>Time entered late: {reason}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>报送时间不能早于{label}，请核实</source>
        <translation>The report time cannot be before {label}; please check</translation>
    </message>
    <message>
        <location filename="../../dutyroom/incident_service.py" line="+16"/>
        <source>更正接报时间须说明原因</source>
        <translation>Correcting the time received needs a reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接报时间缺少时区</source>
        <translation>The time received has no time zone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能更正接报时间</source>
        <translation>the time received cannot be corrected</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>接报时间更正：{reason}（原{before:%m-%d %H:%M}，现{after:%m-%d %H:%M}）</source>
        <translation>Time received corrected: {reason} (was {before:%m-%d %H:%M}, now {after:%m-%d %H:%M})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title}：{label}</source>
        <translation>{title}: {label}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/report_evidence.py" line="-50"/>
        <source>同时报：{units}</source>
        <translation>Also sent to: {units}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/incident_service.py" line="+99"/>
        <source>事件已终结，{what}；如需更正请联系管理员</source>
        <translation>The incident is closed; {what}. Ask an administrator to correct it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事件已作废，{what}</source>
        <translation>The incident is void; {what}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/ledger.py" line="-209"/>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>报送时限</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送记录</source>
        <translation>report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提醒</source>
        <translation>alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>到时</source>
        <translation>due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>超时</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>{action}{table}</source>
        <translation>{action} {table}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}：{fields}</source>
        <translation>{what}: {fields}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>（{to_number}）</source>
        <translation> ({to_number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{unit}{person}{number}</source>
        <translation>{unit} {person}{number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>；{note}</source>
        <translation>; {note}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rule}：{method}报{to}，经办人{by}{late}{note}</source>
        <translation>{rule}: by {method} to {to}, by {by}{late}{note}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{rule}：{kind}提醒</source>
        <translation>{rule}: {kind} alarm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rule}：提醒已确认（{by}）</source>
        <translation>{rule}: alarm acknowledged ({by})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未署名</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>[{kind}] {content}</source>
        <translation>[{kind}] {content}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/obligations.py" line="-16"/>
        <source>请填写报送方式</source>
        <translation>Enter the method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写报送单位</source>
        <translation>Enter whom it was reported to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写报送人</source>
        <translation>Enter who reported</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>该时限已完成或已取消</source>
        <translation>This deadline is already done or cancelled</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>已向“{unit}”报送过</source>
        <translation>Already reported to &quot;{unit}&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{unit}”可指{units}，请写明其中一个</source>
        <translation>&quot;{unit}&quot; could be {units}: name one of them</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{unit}”不是该时限的报送对象；尚未报送：{missing}</source>
        <translation>&quot;{unit}&quot; is not a recipient of this deadline; still to report to: {missing}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{unit} {at:%H:%M}</source>
        <translation>{unit} {at:%H:%M}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已报：{units}</source>
        <translation>Reported: {units}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未报：{units}</source>
        <translation>Not yet: {units}</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>事发时间已填写，{name}按事发时间重新计时</source>
        <translation>The event time was entered: {name} restarts from it</translation>
    </message>
    <message>
        <location filename="../../dutyroom/rule_conditions.py" line="-59"/>
        <source>已稳定</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>类别不属于{categories}，不适用{name}时限</source>
        <translation>The category is not {categories}: the {name} deadline does not apply</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>类别为{category}，不适用{name}时限</source>
        <translation>The category is {category}: the {name} deadline does not apply</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>事件已重新打开，暂不需要{name}</source>
        <translation>The incident was reopened: no {name} for now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>灾情已稳定，不再需要{name}</source>
        <translation>The disaster is stable: {name} no longer needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>灾情尚未稳定，暂不需要{name}</source>
        <translation>The disaster is not stable yet: no {name} for now</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>事件按较大及以上报送，不再适用{name}时限</source>
        <translation>Reported as major or above: the {name} deadline no longer applies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等级调整为{grade}，不再适用{name}时限</source>
        <translation>Grade changed to {grade}: the {name} deadline no longer applies</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>类别：{names}</source>
        <translation>Category: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不含：{names}</source>
        <translation>Except: {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low}至{high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{grade}及以上</source>
        <translation>{grade} and above</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{grade}及以下</source>
        <translation>{grade} and below</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>死亡失踪≥{n}人</source>
        <translation>dead and missing ≥ {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>非{flags}</source>
        <translation>not {flags}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所有事件</source>
        <translation>Every incident</translation>
    </message>
    <message>
        <location filename="../../dutyroom/obligations.py" line="+2"/>
        <location line="+38"/>
        <source>{name}起算时间已更正，重新计时</source>
        <translation>{name}: start time corrected, clock restarted</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>等级调整为{grade}，{name}间隔改为{interval}</source>
        <translation>Grade changed to {grade}: {name} interval now {interval}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已有新的报送，{name}重新计时</source>
        <translation>A new report was made: {name} clock restarted</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../dutyroom/rules.py" line="+8"/>
        <source>{n}小时</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../dutyroom/rules.py" line="+1"/>
        <source>{n}分钟</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>事件已作废：{void_reason}</source>
        <translation>Incident voided: {void_reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>事件已作废</source>
        <translation>Incident voided</translation>
    </message>
    <message>
        <location filename="../../dutyroom/plausibility.py" line="-7"/>
        <source>死亡人数</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>失踪人数</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受伤人数</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重伤人数</source>
        <translation>Seriously injured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被困人数</source>
        <translation>Trapped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉险人数</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急疏散转移人数</source>
        <translation>Evacuated</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{label} {value} 万元超过 {limit} 万元（{yi}亿元），请确认是否输入有误（单位为万元）</source>
        <translation>{label} {value} ×10k CNY is over {limit} ×10k CNY ({yi} ×100 million CNY); is it a typo? (unit: ×10k CNY)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} {value} 超过 {limit}，请确认是否输入有误</source>
        <translation>{label} {value} is over {limit}; is it a typo?</translation>
    </message>
    <message>
        <location filename="../../dutyroom/stats.py" line="+32"/>
        <source>未分类</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../dutyroom/backups.py" line="+94"/>
        <source>备份时间无效</source>
        <translation>The backup time is not valid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保留份数应在1到{most}之间</source>
        <translation>Keep between 1 and {most} backups</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>内存数据库没有数据文件夹，无法备份或恢复</source>
        <translation>An in-memory database has no data folder: it cannot be backed up or restored</translation>
    </message>
    <message>
        <location filename="../../dutyroom/lan_settings.py" line="+64"/>
        <source>端口应在1到65535之间</source>
        <translation>The port must be between 1 and 65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>访问令牌不能为空</source>
        <translation>The access token cannot be empty</translation>
    </message>
    <message>
        <location filename="../../dutyroom/holiday_notice.py" line="-128"/>
        <source>第{n}行“{text}”：{reason}</source>
        <translation>Line {n} &quot;{text}&quot;: {reason}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>通知写的是{found}年，指定的年份是{year}年</source>
        <translation>The notice is for {found}, but the year given is {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>通知中没有年份（标题“关于YYYY年部分节假日安排的通知”），请指定年份</source>
        <translation>The notice names no year (title “关于YYYY年部分节假日安排的通知”); please give the year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年份超出范围（{lo}–{hi}年）：{year}</source>
        <translation>Year out of range ({lo}–{hi}): {year}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>没有找到任何放假安排（如“元旦：1月1日…放假”）</source>
        <translation>No holiday arrangements found (one line per festival, with its dates)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>通知中没有：{names}（完整的通知含七个节日）</source>
        <translation>Missing from the notice: {names} (a complete notice has all seven festivals)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>不认识的节日名称：{names}</source>
        <translation>Unknown festival name: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{names}在前面已经出现过</source>
        <translation>{names} already appeared above</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有节日名称（应为“元旦：…”这样的写法）</source>
        <translation>No festival name (a line begins with the festival and a colon)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>冒号后没有日期</source>
        <translation>No dates after the colon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>结束日期{end}早于开始日期{start}</source>
        <translation>The end date {end} is before the start date {start}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>放假{n}天，超过15天，请核对日期</source>
        <translation>{n} days off, more than 15; please check the dates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>写的是共{stated}天，{start}至{end}实为{n}天</source>
        <translation>It says {stated} days, but {start} to {end} is {n} days</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{day}是{weekday}，本来就是工作日，不是调休补班日</source>
        <translation>{day} is a {weekday}, already a workday, not a make-up workday</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法识别“{segment}”（应为“…放假…，共N天”或“…上班”）</source>
        <translation>Cannot read &quot;{segment}&quot; (it should give the days off with their count, or the working days)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{d}日”缺少月份</source>
        <translation>Day {d} has no month</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>没有这一天：{year}年{m}月{d}日</source>
        <translation>No such day: {year}-{m}-{d}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day}不在{year}年前后</source>
        <translation>{day} is not near {year}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{day}是{actual}，通知写的是{written}</source>
        <translation>{day} is a {actual}, but the notice says {written}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day}已在第{n}行出现</source>
        <translation>{day} already appears on line {n}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/log_clocks.py" line="+60"/>
        <source>无法识别的日志类别：{kind}（可用：{names}）</source>
        <translation>Unknown log kind: {kind} (use one of: {names})</translation>
    </message>
    <message>
        <location filename="../../dutyroom/report_evidence.py" line="-46"/>
        <source>办理时间不能晚于当前时间</source>
        <translation>The time done cannot be later than now</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>办理时间不是当前时间，请说明原因</source>
        <translation>The time done is not now; please give the reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>办理时间补录：{reason}</source>
        <translation>Time done entered later: {reason}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/log_clocks.py" line="+53"/>
        <source>办理：{rule}（{title}），{method}告知{to}</source>
        <translation>Done: {rule} ({title}), {method} to {to}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{line}，超时{minutes_late}分钟</source>
        <translation>{line}, {minutes_late} minutes late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{line}（尚未办理：{units}）</source>
        <translation>{line} (not yet: {units})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{line}（办理时间补录：{reason}）</source>
        <translation>{line} (time done entered later: {reason})</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/stats_export.py" line="-76"/>
        <source>{bureau}值班统计（{period}）</source>
        <translation>{bureau} duty statistics ({period})</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>值班统计·{sheet}</source>
        <translation>Duty statistics · {sheet}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/roster_paper.py" line="-39"/>
        <source>值班时间：{hours}</source>
        <translation>Duty hours: {hours}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>值班电话：{phone}</source>
        <translation>Duty phone: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>值班传真：{fax}</source>
        <translation>Duty fax: {fax}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>制表人：{name}</source>
        <translation>Prepared by: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>制表日期：{date}</source>
        <translation>Prepared on: {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>星期{w}</source>
        <translation>Weekday {w}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../dutyroom/text.py" line="+26"/>
        <location line="+6"/>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}-{m}-{d}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{phone}（办）</source>
        <translation>{phone} (office)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>注意：{years}节假日安排尚未公布/未导入，节假日按工作日显示，请核对（以国务院办公厅放假通知为准；导入通知后重新导出）</source>
        <translation>Note: the holiday arrangements for {years} are not published or not imported yet; holidays are shown as working days, please check (the State Council notice decides; export again after importing it)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>红色底：法定节假日（双带双值）；黄色底：调休补班日；灰色底：节假日安排未导入，待核。</source>
        <translation>Red: public holiday (two leaders, two officers); yellow: make-up working day; grey: holiday arrangements not imported, to be checked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>红色底：法定节假日（双带双值）；黄色底：调休补班日。</source>
        <translation>Red: public holiday (two leaders, two officers); yellow: make-up working day.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{festival}（待核）</source>
        <translation>{festival} (to be checked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type}（待核）</source>
        <translation>{type} (to be checked)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{type}（{name}）</source>
        <translation>{type} ({name})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{festival}为法定节假日，放假安排未导入，本日按{type}排班</source>
        <translation>{festival} is a public holiday; its arrangements are not imported, the day is rostered as a {type}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{bureau}{year}年{month}月值班表</source>
        <translation>{bureau} duty roster {month}/{year}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>无法识别的节日：{name}（可用：{known}）</source>
        <translation>Unknown festival: {name} (known: {known})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>年份超出范围（2000–2100年）</source>
        <translation>Year out of range (2000–2100)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{year}年{festival}的放假日期未知：{year}年节假日安排尚未公布或未导入。请在“设置→节假日”中导入国务院办公厅的放假通知后再导出</source>
        <translation>The days off for {festival} {year} are not known: the holiday arrangements for {year} are not published or not imported. Import the State Council notice under Settings → holidays, then export again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>节假日数据中没有{year}年{festival}的放假日期</source>
        <translation>The holiday data has no days off for {festival} {year}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{date}（{w}）</source>
        <translation>{date} ({w})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调休上班：{days}</source>
        <translation>Make-up working days: {days}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../dutyroom/text.py" line="-2"/>
        <source>{m}月{d}日</source>
        <translation>{m}/{d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注意：{days}尚未排班</source>
        <translation>Note: nobody is rostered on {days}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>假期：{start}至{end}，共{n}天。</source>
        <translation>Holiday: {start} to {end}, {n} days.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{bureau}{year}年{festival}假期值班安排表</source>
        <translation>{bureau} duty schedule for the {festival} holiday {year}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{bureau}值班人员名单</source>
        <translation>{bureau} duty staff list</translation>
    </message>
    <message>
        <location filename="../../dutyroom/text.py" line="+3"/>
        <source>{start}至{end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/excel/roster_export.py" line="-5"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../dutyroom/people_service.py" line="-56"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>假期值班</source>
        <translation>Holiday duty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{y}年{m}月</source>
        <translation>{m}/{y}</translation>
    </message>
    <message>
        <location filename="../../dutyroom/services.py" line="+175"/>
        <source>记录校验码：{code}（截至审计记录第{n}条）</source>
        <translation>Record check code: {code} (up to audit entry {n})</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/settings_rules_section.py" line="-301"/>
        <source>报送时限规则</source>
        <translation>Reporting deadline rules</translation>
    </message>
</context>
</TS>
