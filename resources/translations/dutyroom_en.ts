<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AlarmBanner</name>
    <message>
        <location filename="../../ui/alarm_banner.py" line="+18"/>
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
        <location line="+52"/>
        <source>确认</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>暂缓原因（必填）</source>
        <translation>Reason for snoozing (required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>稍后提醒</source>
        <translation>Remind me later</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <location filename="../../ui/alarms.py" line="+290"/>
        <location line="+28"/>
        <source>报送时限</source>
        <translation>Reporting deadline</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>（标题待填）</source>
        <translation>(title pending)</translation>
    </message>
    <message>
        <location line="-24"/>
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
        <location line="+15"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+192"/>
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
    <name>BackupSection</name>
    <message>
        <location filename="../../ui/settings_backup_section.py" line="+99"/>
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
        <location line="+18"/>
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
        <location line="+10"/>
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
        <location line="+8"/>
        <source>恢复失败：{e}</source>
        <translation>Restore failed: {e}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已恢复，请重新启动程序。</source>
        <translation>Restored. Please restart the program.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/incident_dialogs.py" line="+36"/>
        <source>终结事件</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>终结说明（必填）：处置结果、善后情况等</source>
        <translation>Closing note (required): outcome, recovery measures, etc.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../../ui/contact_dialog.py" line="+21"/>
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
        <location line="+8"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/contacts_model.py" line="+22"/>
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
        <location filename="../../ui/reference_page.py" line="+64"/>
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
        <location line="+11"/>
        <source>没有可导入的联系人</source>
        <translation>No contacts to import</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../ui/log_correction.py" line="+34"/>
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
        <location filename="../../ui/countdown.py" line="+77"/>
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
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <location filename="../../ui/damaged_db.py" line="+30"/>
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
        <location filename="../../ui/dashboard.py" line="+152"/>
        <source>值班台</source>
        <translation>Duty desk</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>当前值班</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一班</source>
        <translation>Next shift</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>＋ 新接报  F2</source>
        <translation>+ New report  F2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>立即开始计时，边问边填</source>
        <translation>The clock starts at once; fill in while you ask</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>距交班 {left}</source>
        <translation>{left} to handover</translation>
    </message>
</context>
<context>
    <name>DayPickerDialog</name>
    <message>
        <location filename="../../ui/day_picker_dialog.py" line="+50"/>
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
        <location filename="../../ui/reference_docs.py" line="+100"/>
        <source>资料名称（留空则用文件名）</source>
        <translation>Document name (empty: use the file name)</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+23"/>
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
        <location filename="../../ui/dashboard.py" line="-176"/>
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
        <location line="+55"/>
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
        <location filename="../../ui/errors_hook.py" line="+101"/>
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
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="+71"/>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}-{m:02d}-{d:02d}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{m}月{d}日 {hm}</source>
        <translation>{m}/{d} {hm}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{h}小时{m:02d}分</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m}分{s:02d}秒</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="+20"/>
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
        <location line="+12"/>
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
        <location filename="../../ui/incident_corrections.py" line="+113"/>
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
        <location line="+1"/>
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
        <location filename="../../ui/hand_over.py" line="+49"/>
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
        <location filename="../../ui/handover_form.py" line="+88"/>
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
        <location line="+9"/>
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
        <source>未办结事项</source>
        <translation>Open items</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+14"/>
        <source>交班：带班领导 {ol}，值班员 {oo}&#x3000;&#x3000;接班：带班领导 {il}，值班员 {io}</source>
        <translation>Outgoing: leader {ol}, officer {oo}    Incoming: leader {il}, officer {io}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>（前班移交）</source>
        <translation>(carried over)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>下一次续报：{t}，时限 {due}（{left}）</source>
        <translation>Next follow-up report: {t}, due {due} ({left})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>下一次续报：无</source>
        <translation>Next follow-up report: none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>备注（异常时必填）</source>
        <translation>Notes (required if anything is wrong)</translation>
    </message>
    <message>
        <location filename="../../ui/handover_form.py" line="+65"/>
        <source>（未排班）</source>
        <translation>(not rostered)</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/handover_state_label.py" line="+24"/>
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
        <location line="+26"/>
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
        <location line="+17"/>
        <source>打印失败：{e}</source>
        <translation>Printing failed: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/handover_state_label.py" line="+46"/>
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
        <location filename="../../ui/handover_page.py" line="+196"/>
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
        <location filename="../../ui/handover_state_label.py" line="+51"/>
        <source>交接班：</source>
        <translation>Handover: </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/incident_dialogs.py" line="-29"/>
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
        <location line="+53"/>
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
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/import_preview_dialog.py" line="+45"/>
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
        <location filename="../../ui/incident_board.py" line="+179"/>
        <source>当前没有进行中的事件。接报请按 F2。</source>
        <translation>No open incidents. Press F2 to take a report.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{title}「{name}」已超时{m}分钟</source>
        <translation>{title} “{name}” is {m} min overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ 新增时限已超时：</source>
        <translation>⚠ New deadline already overdue: </translation>
    </message>
</context>
<context>
    <name>IncidentCard</name>
    <message>
        <location line="-177"/>
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
        <location line="+47"/>
        <source>登记报送</source>
        <translation>Record report</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../ui/incident_form.py" line="+61"/>
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
        <location line="+73"/>
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
        <location line="+9"/>
        <source> 万元</source>
        <translation> ×10k CNY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>直接经济损失</source>
        <translation>Direct economic loss</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+13"/>
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
        <location line="+72"/>
        <source>接报时间 {at}&#x3000;接报人 {by}</source>
        <translation>Received {at}  by {by}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（人工调整）</source>
        <translation>(set by hand)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>编辑中…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>已保存 {at}</source>
        <translation>Saved {at}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>发现 {at} 未保存的草稿（程序曾意外退出）</source>
        <translation>Found an unsaved draft from {at} (the program quit unexpectedly)</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../ui/incident_model.py" line="+45"/>
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
        <location filename="../../ui/incident_model.py" line="+63"/>
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
        <location line="+3"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_model.py" line="+24"/>
        <source>已终结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处置中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../ui/incidents_page.py" line="+62"/>
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
        <location line="-104"/>
        <source>只看迟报/超时</source>
        <translation>Late/overdue only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>搜索标题、地点、经过…</source>
        <translation>Search title, place, account…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新接报 (F2)</source>
        <translation>New report (F2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>接报日期</source>
        <translation>Received on</translation>
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
        <translation>Export ledger…</translation>
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
        <location line="+41"/>
        <source>共 {n} 起</source>
        <translation>{n} incidents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>← 返回台账</source>
        <translation>← Back to the register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事件经过</source>
        <translation>Incident history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>终结事件…</source>
        <translation>Close incident…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>报告流程</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正接报时间…</source>
        <translation>Correct receipt time…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整等级…</source>
        <translation>Adjust grade…</translation>
    </message>
</context>
<context>
    <name>LanController</name>
    <message>
        <location filename="../../ui/settings_lan_section.py" line="+198"/>
        <source>局域网状态页无法在 {bind}:{port} 启动：{error}</source>
        <translation>The LAN status page cannot start on {bind}:{port}: {error}</translation>
    </message>
</context>
<context>
    <name>LanSection</name>
    <message>
        <location line="-143"/>
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
        <location line="+2"/>
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
        <location line="+30"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>LogModel</name>
    <message>
        <location filename="../../ui/log_model.py" line="+113"/>
        <source>（已更正）</source>
        <translation>(corrected)</translation>
    </message>
    <message>
        <location filename="../../ui/log_model.py" line="+50"/>
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
        <location filename="../../ui/log_page.py" line="+125"/>
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
        <location line="+22"/>
        <source>请先在表格中选择要更正的记录</source>
        <translation>Select the entry to correct in the table first</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已更正（原记录保留，更正记录已存档）</source>
        <translation>Corrected (the original is kept; the correction is on record)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>打印失败：{e}</source>
        <translation>Printing failed: {e}</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../ui/main_window.py" line="+180"/>
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
        <location line="+73"/>
        <source>接报失败：{error}</source>
        <translation>Could not take the report: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} - 应急值守</source>
        <translation>{name} - Emergency duty</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../../ui/incident_obligations.py" line="+41"/>
        <source>暂无报送时限（一般事件书面报告时限随分级生成）</source>
        <translation>No reporting deadlines yet (written-report deadlines follow from the grade)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="+114"/>
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
        <translation>Contacts &amp; reference</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/people_dialog.py" line="+61"/>
        <source>人员管理</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>人员信息</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="-77"/>
        <location line="+86"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>办公电话</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+92"/>
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
        <location line="+9"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+62"/>
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
        <location filename="../../ui/printing.py" line="+67"/>
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
</context>
<context>
    <name>ReceivedAtDialog</name>
    <message>
        <location line="-66"/>
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
        <location filename="../../ui/reference_docs.py" line="-129"/>
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
        <location line="+156"/>
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
        <location line="+17"/>
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
        <location filename="../../ui/report_dialog.py" line="+49"/>
        <source>登记报送</source>
        <translation>Record report</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>改动了报送时间时必填：为何补录</source>
        <translation>Required when the time was changed: why it is recorded late</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>报送方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送单位 *</source>
        <translation>Reported to *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-64"/>
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
        <location line="+63"/>
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
        <location line="+34"/>
        <source>报送时间不是当前时间，请填写补录原因</source>
        <translation>The report time is not now; give the reason for the late entry</translation>
    </message>
</context>
<context>
    <name>ReportDraftDialog</name>
    <message>
        <location filename="../../ui/report_draft_dialog.py" line="+46"/>
        <source>书面报告草稿</source>
        <translation>Written report draft</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+30"/>
        <source>尚缺要素：{m}（补全后再作为书面报告报送）</source>
        <translation>Still missing: {m} (complete them before sending this as the written report)</translation>
    </message>
    <message>
        <location line="+2"/>
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
</context>
<context>
    <name>RosterIO</name>
    <message>
        <location filename="../../ui/roster_io.py" line="+24"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_io.py" line="+71"/>
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
        <location line="+8"/>
        <source>打印失败：{e}</source>
        <translation>Printing failed: {e}</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/roster_model.py" line="+78"/>
        <source>{m}月{d}日</source>
        <translation>{m}/{d}</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+31"/>
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
        <location filename="../../ui/roster_model.py" line="+29"/>
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
        <location filename="../../ui/roster_ops.py" line="+133"/>
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
        <location filename="../../ui/roster_page.py" line="+81"/>
        <source>排班</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>‹ 上月</source>
        <translation>‹ Previous</translation>
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
        <translation>Generate month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>覆盖手工调整</source>
        <translation>Overwrite manual changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>串班/代班…</source>
        <translation>Exchange/cover…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>撤销调班</source>
        <translation>Undo change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入Excel…</source>
        <translation>Import from Excel…</translation>
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
        <location line="+78"/>
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
        <location line="+19"/>
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
        <location filename="../../ui/roster_print.py" line="+92"/>
        <source>打印排班表</source>
        <translation>Print roster</translation>
    </message>
</context>
<context>
    <name>RosterSidePanel</name>
    <message>
        <location filename="../../ui/roster_side.py" line="+22"/>
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
        <location line="+20"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>公平性</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调班记录</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="+75"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+6"/>
        <source>国务院公布次年放假安排后，如系统尚未内置，请在此逐日录入；手工录入优先。</source>
        <translation>When the State Council publishes next year&apos;s holidays and the system does not have them yet, enter them here day by day; entries here take precedence.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>说明，如：春节</source>
        <translation>Note, e.g.: Spring Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+11"/>
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
        <location line="+9"/>
        <source>临时到岗</source>
        <translation>Stand-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>签到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>签退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../../ui/spotcheck_model.py" line="+40"/>
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
        <translation>Leader on duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班员</source>
        <translation>Duty officer</translation>
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
        <location filename="../../ui/spotcheck_model.py" line="+31"/>
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
        <location filename="../../ui/spotcheck_page.py" line="+79"/>
        <source>查岗</source>
        <translation>Spot checks</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+14"/>
        <source>保存查岗记录</source>
        <translation>Save spot check</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+23"/>
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
        <location line="+7"/>
        <source>近{n}天查岗记录</source>
        <translation>Spot checks in the last {n} days</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>StatsPage</name>
    <message>
        <location filename="../../ui/stats_page.py" line="+127"/>
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
        <location line="+4"/>
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
        <location line="+6"/>
        <source>报送及时率（按规则）</source>
        <translation>On-time reporting by rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迟报与漏报</source>
        <translation>Late and missed reports</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>查岗与在岗率</source>
        <translation>Spot checks and presence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班时长（公平性）</source>
        <translation>Duty time (fairness)</translation>
    </message>
    <message>
        <location line="+63"/>
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
        <location line="-135"/>
        <location line="+146"/>
        <source>迟报</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+146"/>
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
        <location line="+24"/>
        <source>事件按类别</source>
        <translation>Incidents by category</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../ui/swap_dialog.py" line="+55"/>
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
    <name>WallDutyCard</name>
    <message>
        <location filename="../../ui/wall_mode.py" line="+112"/>
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
        <location line="+35"/>
        <source>值班状态 - 大屏</source>
        <translation>Duty status - wall display</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>当前值班</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一班</source>
        <translation>Next shift</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+86"/>
        <source>交接班：{state}</source>
        <translation>Handover: {state}</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+7"/>
        <source>（标题待填）</source>
        <translation>(title pending)</translation>
    </message>
</context>
<context>
    <name>_EditableTable</name>
    <message>
        <location filename="../../ui/reference_docs.py" line="-67"/>
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
    <name>parent</name>
    <message>
        <location filename="../../ui/report_draft_dialog.py" line="+22"/>
        <source>书面报告…</source>
        <translation>Written report…</translation>
    </message>
</context>
</TS>
