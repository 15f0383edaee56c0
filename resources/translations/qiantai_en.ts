<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>（超时）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>备用车</source>
        <translation>Loan car</translation>
    </message>
    <message>
        <source>第{0}天</source>
        <translation>Day {0}</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>RO no.</translation>
    </message>
    <message>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>接车</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>已超过预计交车时间</source>
        <translation>Past the promised time</translation>
    </message>
    <message>
        <source>记录已被修改</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <source>没有权限</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <source>打印机不可用</source>
        <translation>Printer unavailable</translation>
    </message>
    <message>
        <source>数据库问题</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Could not complete the action</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>程序遇到意外错误，已写入日志。请把详细信息复制给维护人员。</source>
        <translation>The program hit an unexpected error and wrote it to the log. Please copy the details and send them to your support staff.</translation>
    </message>
    <message>
        <source>添加备注：{0}</source>
        <translation>Add note: {0}</translation>
    </message>
    <message>
        <source>备注会记入工单，并留下您的姓名和时间，不能删除。Ctrl+Enter 保存。</source>
        <translation>The note is kept on the repair order with your name and the time; it cannot be deleted. Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>取消工单：{0}</source>
        <translation>Cancel repair order: {0}</translation>
    </message>
    <message>
        <source>取消后工单不能再修改或交车。请填写取消原因（例如：客户改期、重复开单）。Ctrl+Enter 保存。</source>
        <translation>A cancelled order can no longer be changed or delivered. Enter the reason (e.g. customer rescheduled, duplicate order). Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>打印预览 - 接车单 {0}</source>
        <translation>Print preview - Intake sheet {0}</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>请核对以下提示：

{0}

确认无误并保存吗？</source>
        <translation>Please check the following:

{0}

Is everything correct? Save?</translation>
    </message>
    <message>
        <source>确认保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
    <message>
        <source>（无车辆）</source>
        <translation>(no vehicle)</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>最近到店</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>匹配</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>接车时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>进厂里程</source>
        <translation>Mileage in</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>客户描述</source>
        <translation>Customer concern</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>项目 / 配件</source>
        <translation>Job / part</translation>
    </message>
    <message>
        <source>工时/数量</source>
        <translation>Hours/qty</translation>
    </message>
    <message>
        <source>付费方</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{0}年</source>
        <translation>{0} yr</translation>
    </message>
    <message>
        <source>{0}个月</source>
        <translation>{0} mo</translation>
    </message>
    <message>
        <source>{0}（{1} / {2:,} km）</source>
        <translation>{0} ({1} / {2:,} km)</translation>
    </message>
    <message>
        <source>，已行驶余量 {0:,} km</source>
        <translation>, {0:,} km left</translation>
    </message>
    <message>
        <source>{0}：起始日期未知，请核对购车发票{1}</source>
        <translation>{0}: start date unknown, check the purchase invoice{1}</translation>
    </message>
    <message>
        <source>日期</source>
        <comment>warranty ended by</comment>
        <translation>date</translation>
    </message>
    <message>
        <source>里程</source>
        <comment>warranty ended by</comment>
        <translation>mileage</translation>
    </message>
    <message>
        <source>（{0} 止）</source>
        <translation> (until {0})</translation>
    </message>
    <message>
        <source>{0}：已过期，按{1}{2}</source>
        <translation>{0}: expired by {1}{2}</translation>
    </message>
    <message>
        <source>{0}：有效，剩余 {1} 天{2}（{3} 止）</source>
        <translation>{0}: valid, {1} days{2} left (until {3})</translation>
    </message>
    <message>
        <source>里程（km）</source>
        <translation>Mileage (km)</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>RO</translation>
    </message>
    <message>
        <source>仪表已更换</source>
        <translation>Odometer replaced</translation>
    </message>
    <message>
        <source>启用</source>
        <comment>plate used from</comment>
        <translation>From</translation>
    </message>
    <message>
        <source>停用</source>
        <comment>plate used until</comment>
        <translation>Until</translation>
    </message>
    <message>
        <source>当前车牌</source>
        <translation>Current plate</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>（已到期）</source>
        <translation> (due)</translation>
    </message>
    <message>
        <source>到期里程</source>
        <translation>Due at km</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>尝试</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>User</translation>
    </message>
    <message>
        <source>按本车行驶记录</source>
        <translation>from this vehicle&apos;s own mileage</translation>
    </message>
    <message>
        <source>按平均行驶里程</source>
        <translation>from the average mileage</translation>
    </message>
    <message>
        <source>已创建保养提醒</source>
        <translation>A service reminder was created</translation>
    </message>
    <message>
        <source>已有未完成的保养提醒，沿用</source>
        <translation>An open service reminder already exists and is kept</translation>
    </message>
    <message>
        <source>下次{0}：{1} 或 {2:,} km（以先到者为准；{3}约 {4:.0f} km/天）。{5}。</source>
        <translation>Next service ({0}): {1} or {2:,} km, whichever comes first ({3}, about {4:.0f} km/day). {5}.</translation>
    </message>
    <message>
        <source>{0}格式应为 年-月-日，例如 2024-03-01</source>
        <translation>{0}: use year-month-day, e.g. 2024-03-01</translation>
    </message>
    <message>
        <source>{0}“{1}”不是有效日期</source>
        <translation>{0}: “{1}” is not a valid date</translation>
    </message>
    <message>
        <source>{0}应为整数公里数</source>
        <translation>{0} must be a whole number of kilometres</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>{0}应为整数小时数</source>
        <translation>{0} should be a whole number of hours</translation>
    </message>
    <message>
        <source>{0}请写上时间，例如 {1} 17:30</source>
        <translation>{0}: add a time, e.g. {1} 17:30</translation>
    </message>
    <message>
        <source>{0}格式应为 时:分 或 年-月-日 时:分，例如 17:30</source>
        <translation>{0}: use hour:minute or year-month-day hour:minute, e.g. 17:30</translation>
    </message>
    <message>
        <source>{0}“{1}”不是有效时间</source>
        <translation>{0}: “{1}” is not a valid time</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>【三包重点】</source>
        <translation>[Lemon law: critical] </translation>
    </message>
    <message>
        <source>【三包提醒】</source>
        <translation>[Lemon law: warning] </translation>
    </message>
    <message>
        <source>【提示】</source>
        <translation>[Note] </translation>
    </message>
    <message>
        <source>售后前台</source>
        <translation>Service Counter</translation>
    </message>
    <message>
        <source>数据库中还没有用户，请先创建系统管理员账号。</source>
        <translation>The database has no users yet. Create the system administrator&apos;s account first.</translation>
    </message>
    <message>
        <source>管理员重置了您的密码，请设置新密码。</source>
        <translation>An administrator reset your password. Please set a new one.</translation>
    </message>
    <message>
        <source>未打印{0}</source>
        <translation>{0} not printed</translation>
    </message>
    <message>
        <source>{0} 已打印（{1}，打印任务 {2}）</source>
        <translation>{0} printed ({1}, print job {2})</translation>
    </message>
    <message>
        <source>{0} 未能打印，已留在打印队列中</source>
        <translation>{0} could not be printed and waits in the print queue</translation>
    </message>
    <message>
        <source>正在打印{0}…</source>
        <translation>Printing {0}…</translation>
    </message>
    <message>
        <source>{0} 已打印 {1} 次。重印原因：</source>
        <translation>{0} has been printed {1} time(s). Reason for reprinting:</translation>
    </message>
    <message>
        <source>{0} 重印原因：</source>
        <translation>Reason for reprinting {0}:</translation>
    </message>
    <message>
        <source>重印</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>未重印{0}</source>
        <translation>{0} not reprinted</translation>
    </message>
    <message>
        <source>{0} 已重印（第 {1} 次打印，打印机 {2}，打印任务 {3}）</source>
        <translation>{0} reprinted (print no. {1}, printer {2}, print job {3})</translation>
    </message>
    <message>
        <source>{0} 已发送到打印机 {1}（打印任务 {2}）</source>
        <translation>{0} sent to printer {1} (print job {2})</translation>
    </message>
    <message>
        <source>可在“打印 → 打印队列”中重试或改用其他打印机。</source>
        <translation>Retry, or choose another printer, under “Print → Print queue”.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The passwords do not match</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>用户与角色</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>经销商信息</source>
        <translation>Dealer details</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>改状态 (F7)</source>
        <translation>Change status (F7)</translation>
    </message>
    <message>
        <source>交车 (F8)</source>
        <translation>Deliver (F8)</translation>
    </message>
    <message>
        <source>打开工单 (Enter)</source>
        <translation>Open order (Enter)</translation>
    </message>
    <message>
        <source>备注 (Ctrl+M)</source>
        <translation>Note (Ctrl+M)</translation>
    </message>
    <message>
        <source>取消工单 (Del)</source>
        <translation>Cancel order (Del)</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>看板未能刷新：{0}</source>
        <translation>Board not refreshed: {0}</translation>
    </message>
    <message>
        <source>&#x3000;超时 {0}</source>
        <translation>&#x3000;Late {0}</translation>
    </message>
    <message>
        <source>改为：{0}</source>
        <translation>Move to: {0}</translation>
    </message>
    <message>
        <source>{0}（{1}）已改为：{2}</source>
        <translation>{0} ({1}) moved to: {2}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致</source>
        <translation>The new passwords do not match</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>编辑客户：</source>
        <translation>Edit customer: </translation>
    </message>
    <message>
        <source>姓名 / 单位</source>
        <translation>Name / company</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电话 {0}</source>
        <translation>Phone {0}</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DealerPage</name>
    <message>
        <source>经销商名称</source>
        <translation>Dealer name</translation>
    </message>
    <message>
        <source>经销商代码</source>
        <translation>Dealer code</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>服务电话</source>
        <translation>Service phone</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>交车：{0}</source>
        <translation>Deliver: {0}</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;进厂里程 {2:,} km&#x3000;接车 {3}</source>
        <translation>{0}&#x3000;{1}&#x3000;Mileage in {2:,} km&#x3000;Received {3}</translation>
    </message>
    <message>
        <source>公里，不低于进厂里程</source>
        <translation>km, not below the mileage in</translation>
    </message>
    <message>
        <source>空则为现在；或如 16:40</source>
        <translation>Empty for now; or e.g. 16:40</translation>
    </message>
    <message>
        <source>交车里程</source>
        <translation>Mileage out</translation>
    </message>
    <message>
        <source>交车时间</source>
        <translation>Handover time</translation>
    </message>
    <message>
        <source>交车备注</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <source>最终项目与金额（可修改；交车时每个配件须有编号）</source>
        <translation>Final jobs and amounts (editable; at delivery every part needs its part number)</translation>
    </message>
    <message>
        <source>确认交车 (Ctrl+S)</source>
        <translation>Confirm delivery (Ctrl+S)</translation>
    </message>
    <message>
        <source>打印工单 (Ctrl+P)</source>
        <translation>Print repair order (Ctrl+P)</translation>
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>请填写交车里程</source>
        <translation>Enter the mileage out</translation>
    </message>
    <message>
        <source>已交车 {0}（{1}）。</source>
        <translation>Delivered {0} ({1}). </translation>
    </message>
    <message>
        <source>完成 (Ctrl+S)</source>
        <translation>Done (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>DocumentFlow</name>
    <message>
        <source>内容已更新</source>
        <translation>Content updated</translation>
    </message>
    <message>
        <source>客户遗失</source>
        <translation>Lost by the customer</translation>
    </message>
    <message>
        <source>打印不清或卡纸</source>
        <translation>Poor print or paper jam</translation>
    </message>
    <message>
        <source>交车后补打</source>
        <translation>Printed again at handover</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入车辆和客户</source>
        <translation>Import vehicles and customers</translation>
    </message>
    <message>
        <source>CSV（UTF-8 或 GBK）或 Excel .xlsx 文件</source>
        <translation>CSV (UTF-8 or GBK) or Excel .xlsx file</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>检查（不写入）</source>
        <translation>Check (writes nothing)</translation>
    </message>
    <message>
        <source>跳过有问题的行，只导入合格的行</source>
        <translation>Skip rows with problems, import only the good rows</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>先选择文件并检查；检查不会改动数据。</source>
        <translation>Choose a file and check it first; checking changes no data.</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>车辆清单 (*.csv *.xlsx);;所有文件 (*)</source>
        <translation>Vehicle lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>选择车辆清单</source>
        <translation>Choose a vehicle list</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>已取消检查。</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <source>已取消导入，未写入任何数据。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>未能读取或导入该文件。</source>
        <translation>The file could not be read or imported.</translation>
    </message>
    <message>
        <source>共 {0} 行：合格 {1} 行，拒绝 {2} 行，提示 {3} 条。</source>
        <translation> {0} rows: {1} good, {2} rejected, {3} warnings.</translation>
    </message>
    <message>
        <source>检查完成（未写入）：将新增 {0} 辆、更新 {1} 辆、{2} 辆无变化。</source>
        <translation>Check finished (nothing written): {0} vehicles would be added, {1} updated, {2} unchanged.</translation>
    </message>
    <message>
        <source>有被拒绝的行：修正文件后重新检查，或勾选“跳过有问题的行”后导入。</source>
        <translation> Some rows were rejected: correct the file and check again, or tick “Skip rows with problems” and import.</translation>
    </message>
    <message>
        <source>导入完成：新增 {0} 辆、更新 {1} 辆、{2} 辆无变化。</source>
        <translation>Import finished: {0} vehicles added, {1} updated, {2} unchanged.</translation>
    </message>
    <message>
        <source>未导入：有被拒绝的行，整批未写入（可勾选“跳过有问题的行”）。</source>
        <translation>Not imported: some rows were rejected, so nothing was written (tick “Skip rows with problems”).</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>新建车辆 (F2)</source>
        <translation>New vehicle (F2)</translation>
    </message>
    <message>
        <source>编辑车辆 (F4)</source>
        <translation>Edit vehicle (F4)</translation>
    </message>
    <message>
        <source>编辑车主 (Shift+F4)</source>
        <translation>Edit owner (Shift+F4)</translation>
    </message>
    <message>
        <source>接车开单 (F5)</source>
        <translation>New repair order (F5)</translation>
    </message>
    <message>
        <source>导入车辆…</source>
        <translation>Import vehicles…</translation>
    </message>
    <message>
        <source>从旧系统或厂家销售清单导入车辆和客户（CSV / Excel）</source>
        <translation>Import vehicles and customers from an old system or the manufacturer&apos;s sales list (CSV / Excel)</translation>
    </message>
    <message>
        <source>已打开 {0}：F5 接车开单，F4 编辑车辆，F3 返回搜索</source>
        <translation>Opened {0}: F5 new repair order, F4 edit vehicle, F3 back to search</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>添加工时 (Ctrl+1)</source>
        <translation>Add labour (Ctrl+1)</translation>
    </message>
    <message>
        <source>添加配件 (Ctrl+2)</source>
        <translation>Add part (Ctrl+2)</translation>
    </message>
    <message>
        <source>拖车/备用车/补偿 (Ctrl+3)</source>
        <translation>Towing/loan car/compensation (Ctrl+3)</translation>
    </message>
    <message>
        <source>删除行 (Ctrl+Del)</source>
        <translation>Delete line (Ctrl+Del)</translation>
    </message>
    <message>
        <source>工时费 {0}</source>
        <translation>Labour {0}</translation>
    </message>
    <message>
        <source>材料费 {0}</source>
        <translation>Parts {0}</translation>
    </message>
    <message>
        <source>其他 {0}</source>
        <translation>Other {0}</translation>
    </message>
    <message>
        <source>合计 {0} 元</source>
        <translation>Total CNY {0}</translation>
    </message>
    <message>
        <source>&#x3000;（{0}）</source>
        <translation>&#x3000;({0})</translation>
    </message>
    <message>
        <source>第 {0} 行：{1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 - 售后前台</source>
        <translation>Log in - Service Counter</translation>
    </message>
    <message>
        <source>售后前台</source>
        <translation>Qiantai Service Counter</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>请输入用户名</source>
        <translation>Please enter your username</translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>售后前台 Qiantai</source>
        <translation>Qiantai Service Counter</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>打印队列…</source>
        <translation>Print queue…</translation>
    </message>
    <message>
        <source>打印设置…</source>
        <translation>Printer settings…</translation>
    </message>
    <message>
        <source>用户：{0}（{1}）</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
    <message>
        <source>关于售后前台</source>
        <translation>About Qiantai</translation>
    </message>
    <message>
        <source>售后前台 Qiantai {0}
汽车经销商售后服务前台</source>
        <translation>Qiantai Service Counter {0}
The after-sales service counter of a car dealership</translation>
    </message>
</context>
<context>
    <name>NewModelDialog</name>
    <message>
        <source>新增车型</source>
        <translation>Add model</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>燃油车</source>
        <translation>Combustion engine</translation>
    </message>
    <message>
        <source>新能源车（含动力电池质保）</source>
        <translation>New energy vehicle (with traction battery warranty)</translation>
    </message>
    <message>
        <source>动力</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <source>质保期限按默认值；如需修改请联系管理员在车型设置中调整。</source>
        <translation>Warranty terms take the defaults; to change them, ask an administrator to adjust the model settings.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>（无车牌）</source>
        <translation>(no plate)</translation>
    </message>
    <message>
        <source>车架号 {0}&#x3000;上次里程 {1}</source>
        <translation>VIN {0}&#x3000;Last mileage {1}</translation>
    </message>
    <message>
        <source>公里</source>
        <translation>km</translation>
    </message>
    <message>
        <source>仪表已更换（里程可低于上次）</source>
        <translation>Odometer replaced (may read lower)</translation>
    </message>
    <message>
        <source>如 17:30 或 2026-11-28 09:00</source>
        <translation>e.g. 17:30 or 2026-11-28 09:00</translation>
    </message>
    <message>
        <source>车主本人送修可不填</source>
        <translation>Leave empty when the owner brings the car</translation>
    </message>
    <message>
        <source>进厂里程</source>
        <translation>Mileage in</translation>
    </message>
    <message>
        <source>油量</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>送修人</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>送修人电话</source>
        <translation>Their phone</translation>
    </message>
    <message>
        <source>预约到店</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>客户在店等候</source>
        <translation>Customer waits</translation>
    </message>
    <message>
        <source>提供备用车</source>
        <translation>Loan car</translation>
    </message>
    <message>
        <source>元，空则按合计</source>
        <translation>CNY; empty means the total</translation>
    </message>
    <message>
        <source>客户已确认估价</source>
        <translation>Estimate approved</translation>
    </message>
    <message>
        <source>维修类型</source>
        <translation>Job types</translation>
    </message>
    <message>
        <source>来店</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>小时，通常为 0</source>
        <translation>hours, usually 0</translation>
    </message>
    <message>
        <source>三包规定不计入累计修理天数的时间（如为本车专门运输配件、救援路途），按小时登记</source>
        <translation>Time the lemon-law rules leave out of the cumulative repair days (parts shipped for this car, rescue travel), in hours</translation>
    </message>
    <message>
        <source>不计三包天数</source>
        <translation>Excluded hours</translation>
    </message>
    <message>
        <source>估价（元）</source>
        <translation>Estimate (CNY)</translation>
    </message>
    <message>
        <source>客户原话：什么现象、从何时开始、多久一次、在什么情况下出现（Shift+Enter 换行）</source>
        <translation>In the customer&apos;s words: what happens, since when, how often, under which conditions (Shift+Enter: new line)</translation>
    </message>
    <message>
        <source>客户描述</source>
        <translation>Customer concern</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>保存并打印接车单 (Ctrl+P)</source>
        <translation>Save and print intake sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>添加备注 (Ctrl+M)</source>
        <translation>Add note (Ctrl+M)</translation>
    </message>
    <message>
        <source>取消工单…</source>
        <translation>Cancel order…</translation>
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>接车单显示完整电话</source>
        <translation>Full phone number on the intake sheet</translation>
    </message>
    <message>
        <source>默认打印为 138****1234（个人信息保护）</source>
        <translation>Printed as 138****1234 by default (privacy)</translation>
    </message>
    <message>
        <source>Ctrl+P：预览后打印（Enter 打印）；Ctrl+Shift+P：直接送打印机</source>
        <translation>Ctrl+P: preview, then print (Enter prints); Ctrl+Shift+P: straight to the printer</translation>
    </message>
    <message>
        <source>维修项目、配件及其他费用</source>
        <translation>Labour, parts and other costs</translation>
    </message>
    <message>
        <source>接车开单</source>
        <translation>New repair order</translation>
    </message>
    <message>
        <source>新工单（保存后生成工单号）</source>
        <translation>New repair order (numbered when saved)</translation>
    </message>
    <message>
        <source>上次 {0} 公里</source>
        <translation>Last {0} km</translation>
    </message>
    <message>
        <source>工单 {0}</source>
        <translation>Repair order {0}</translation>
    </message>
    <message>
        <source>工单 {0}&#x3000;{1}&#x3000;接车 {2}&#x3000;服务顾问 {3}</source>
        <translation>Repair order {0}&#x3000;{1}&#x3000;Received {2}&#x3000;Advisor {3}</translation>
    </message>
    <message>
        <source>打印接车单 (Ctrl+P)</source>
        <translation>Print intake sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>取消原因：</source>
        <translation>Reason for cancelling: </translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes: </translation>
    </message>
    <message>
        <source>超出已确认估价，请再征得客户同意</source>
        <translation>Above the approved estimate: ask the customer again</translation>
    </message>
    <message>
        <source>第 {0} 行：{1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <source>请填写进厂里程</source>
        <translation>Enter the mileage in</translation>
    </message>
    <message>
        <source>预计交车时间</source>
        <translation>Promised time</translation>
    </message>
    <message>
        <source>估价</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>不计三包天数的时间</source>
        <translation>The time excluded from the lemon-law days</translation>
    </message>
    <message>
        <source>已保存工单 {0}</source>
        <translation>Saved repair order {0}</translation>
    </message>
    <message>
        <source>已重新载入其他前台保存的内容，请重新录入您的修改</source>
        <translation>Reloaded what another counter saved; please enter your changes again</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>打印预览 - {0} {1}</source>
        <translation>Print preview - {0} {1}</translation>
    </message>
    <message>
        <source>共 {pages} 页 · 纸张 {paper} · {copies} 份</source>
        <translation>{pages} page(s) · paper {paper} · {copies} copies</translation>
    </message>
    <message>
        <source> · 已打印 {n} 次</source>
        <translation> · printed {n} time(s)</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>重印…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>打印机：</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>系统中没有打印机：可以另存为PDF。</source>
        <translation>There is no printer on this system: you can save as PDF.</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>无法写入 {path}：{error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>打印队列</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>改用打印机…</source>
        <translation>Use another printer…</translation>
    </message>
    <message>
        <source>取消任务</source>
        <translation>Cancel job</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>重印…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <source>全部重试</source>
        <translation>Retry all</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>共 {n} 个任务，{p} 个待打印</source>
        <translation>{n} jobs, {p} waiting to print</translation>
    </message>
    <message>
        <source>正在重试…</source>
        <translation>Retrying…</translation>
    </message>
    <message>
        <source>没有打印机</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>系统中没有可用的打印机。</source>
        <translation>No printer is available on this system.</translation>
    </message>
    <message>
        <source>改用打印机</source>
        <translation>Use another printer</translation>
    </message>
    <message>
        <source>把任务 {id} 发送到：</source>
        <translation>Send job {id} to:</translation>
    </message>
    <message>
        <source>正在重试全部待打印任务…</source>
        <translation>Retrying all waiting jobs…</translation>
    </message>
    <message>
        <source>取消打印任务 {id}（{kind} {ref}）？</source>
        <translation>Cancel print job {id} ({kind} {ref})?</translation>
    </message>
    <message>
        <source>任务 {id} 的内容</source>
        <translation>Contents of job {id}</translation>
    </message>
    <message>
        <source>已打印 {p} 个，仍待打印 {f} 个</source>
        <translation>{p} printed, {f} still waiting</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>打印设置</source>
        <translation>Printer settings</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>系统打印机</source>
        <translation>System printers</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>标签（自定义尺寸）</source>
        <translation>Label (custom size)</translation>
    </message>
    <message>
        <source>毫米</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>标签尺寸（宽×高）</source>
        <translation>Label size (W×H)</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>水平偏移（向右为正）</source>
        <translation>Horizontal offset (right is positive)</translation>
    </message>
    <message>
        <source>垂直偏移（向下为正）</source>
        <translation>Vertical offset (down is positive)</translation>
    </message>
    <message>
        <source>选择“每次询问”时，打印前在预览中选择打印机。标签打偏时，打印测试页并调整偏移。</source>
        <translation>With “Ask every time”, the printer is chosen in the preview before printing. When labels print off target, print a test page and adjust the offsets.</translation>
    </message>
    <message>
        <source>保存并打印测试页</source>
        <translation>Save and print test page</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>只有系统管理员和前台主管可以修改打印设置。</source>
        <translation>Only system administrators and counter supervisors can change the printer settings.</translation>
    </message>
    <message>
        <source>（默认）</source>
        <translation> (default)</translation>
    </message>
    <message>
        <source>（没有找到打印机）</source>
        <translation>(no printer found)</translation>
    </message>
    <message>
        <source>每次询问</source>
        <translation>Ask every time</translation>
    </message>
    <message>
        <source>打印设置已保存。</source>
        <translation>Printer settings saved.</translation>
    </message>
    <message>
        <source>打印测试页</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>请先为该单据选择一台打印机。</source>
        <translation>Choose a printer for this document first.</translation>
    </message>
    <message>
        <source>正在打印测试页…</source>
        <translation>Printing the test page…</translation>
    </message>
    <message>
        <source>测试页已发送到 {printer}（打印任务 {id}）。</source>
        <translation>Test page sent to {printer} (print job {id}).</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>重置密码：</source>
        <translation>Reset password: </translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The passwords do not match</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>车牌 / 车架号（或后6位） / 电话（或后4位） / 姓名 / 拼音首字母 / 工单号</source>
        <translation>Plate / VIN (or its last 6) / phone (or its last 4) / name / pinyin initials / RO no.</translation>
    </message>
    <message>
        <source>F3 回到搜索框；↑↓ 选择结果，Enter 打开车辆</source>
        <translation>F3 back to the search box; ↑↓ pick a result, Enter opens the vehicle</translation>
    </message>
    <message>
        <source>找到 {0} 条，↑↓ 选择，Enter 打开</source>
        <translation>{0} found: ↑↓ to pick, Enter to open</translation>
    </message>
    <message>
        <source>未找到“{0}”：按 F2 新建车辆</source>
        <translation>Nothing found for “{0}”: F2 creates a new vehicle</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>添加用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>停用 / 启用</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <source>修改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
</context>
<context>
    <name>VehicleCardPanel</name>
    <message>
        <source>显示号码</source>
        <translation>Show numbers</translation>
    </message>
    <message>
        <source>号码默认隐藏中间四位（个人信息保护）</source>
        <translation>Numbers hide their middle four digits by default (privacy)</translation>
    </message>
    <message>
        <source>维修历史</source>
        <translation>Repair history</translation>
    </message>
    <message>
        <source>里程记录</source>
        <translation>Mileage log</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>车牌历史</source>
        <translation>Plate history</translation>
    </message>
    <message>
        <source>未交车工单（Enter 打开）</source>
        <translation>Open repair orders (Enter opens)</translation>
    </message>
    <message>
        <source>请在左侧搜索并选择车辆</source>
        <translation>Search for a vehicle on the left and pick it</translation>
    </message>
    <message>
        <source>（无车牌）</source>
        <translation>(no plate)</translation>
    </message>
    <message>
        <source>到期提醒：</source>
        <translation>Due reminders: </translation>
    </message>
    <message>
        <source>{0}（按{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>购车日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>质保起算</source>
        <translation>Warranty start</translation>
    </message>
    <message>
        <source>最近里程</source>
        <translation>Last mileage</translation>
    </message>
    <message>
        <source>最近到店</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>车主：</source>
        <translation>Owner: </translation>
    </message>
    <message>
        <source>电话：</source>
        <translation>Phone: </translation>
    </message>
    <message>
        <source>隐藏号码</source>
        <translation>Hide numbers</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>编辑车辆</source>
        <translation>Edit vehicle</translation>
    </message>
    <message>
        <source>新建车辆</source>
        <translation>New vehicle</translation>
    </message>
    <message>
        <source>17 位，可扫码</source>
        <translation>17 characters; can be scanned</translation>
    </message>
    <message>
        <source>例如 京A·12345，新车可不填</source>
        <translation>e.g. 京A·12345; may stay empty for a new car</translation>
    </message>
    <message>
        <source>新增车型…</source>
        <translation>Add model…</translation>
    </message>
    <message>
        <source>年-月-日</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>年-月-日（三包起算）</source>
        <translation>yyyy-mm-dd (lemon-law period starts)</translation>
    </message>
    <message>
        <source>年-月-日（与开票日不同时填）</source>
        <translation>yyyy-mm-dd (only if not the invoice date)</translation>
    </message>
    <message>
        <source>公里</source>
        <translation>km</translation>
    </message>
    <message>
        <source>车架号 VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate no.</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>购车日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>交付日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>当前里程</source>
        <translation>Current mileage</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>打开已有车辆</source>
        <translation>Open the existing vehicle</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>新客户（填写下方姓名和电话）</source>
        <translation>New customer (fill in the name and phone below)</translation>
    </message>
    <message>
        <source>无电话</source>
        <translation>no phone</translation>
    </message>
    <message>
        <source>已有客户：{0}（{1}）</source>
        <translation>Existing customer: {0} ({1})</translation>
    </message>
    <message>
        <source>该电话已登记在已有客户名下，可在上方“车主”中选择</source>
        <translation>This phone number belongs to an existing customer: pick them under “Owner” above</translation>
    </message>
    <message>
        <source>该车架号已登记，可直接打开已有车辆</source>
        <translation>This VIN is already registered: you can open the existing vehicle</translation>
    </message>
    <message>
        <source>请选择车型；列表中没有时点“新增车型…”</source>
        <translation>Choose a model; when it is not listed, click “Add model…”</translation>
    </message>
    <message>
        <source>车架号已登记</source>
        <translation>VIN already registered</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>新车交付</source>
        <translation>New-car delivery</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>索赔员</source>
        <translation>Warranty clerk</translation>
    </message>
    <message>
        <source>前台主管</source>
        <translation>Counter supervisor</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>待派工</source>
        <translation>Awaiting dispatch</translation>
    </message>
    <message>
        <source>维修中</source>
        <translation>In repair</translation>
    </message>
    <message>
        <source>待料</source>
        <translation>Waiting for parts</translation>
    </message>
    <message>
        <source>质检</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>洗车</source>
        <translation>Washing</translation>
    </message>
    <message>
        <source>待交车</source>
        <translation>Ready for delivery</translation>
    </message>
    <message>
        <source>已交车</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>一般维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>索赔</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>事故</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>钣喷</source>
        <translation>Body/paint</translation>
    </message>
    <message>
        <source>内部</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>厂家索赔</source>
        <translation>Warranty (manufacturer)</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>工时</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>配件</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>拖车费</source>
        <translation>Towing</translation>
    </message>
    <message>
        <source>备用车</source>
        <translation>Loan car</translation>
    </message>
    <message>
        <source>交通费用补偿</source>
        <translation>Travel compensation</translation>
    </message>
    <message>
        <source>其他费用</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <source>接车单</source>
        <translation>Intake sheet</translation>
    </message>
    <message>
        <source>环车检查单</source>
        <translation>Walk-around check sheet</translation>
    </message>
    <message>
        <source>索赔申请单</source>
        <translation>Warranty claim form</translation>
    </message>
    <message>
        <source>旧件标签</source>
        <translation>Old-part tag</translation>
    </message>
    <message>
        <source>旧件箱标签</source>
        <translation>Old-part box label</translation>
    </message>
    <message>
        <source>保修摘要</source>
        <translation>Warranty summary</translation>
    </message>
    <message>
        <source>保养提醒贴</source>
        <translation>Service reminder sticker</translation>
    </message>
    <message>
        <source>保养提醒函</source>
        <translation>Service reminder letter</translation>
    </message>
    <message>
        <source>流失客户分析</source>
        <translation>Lost customer analysis</translation>
    </message>
    <message>
        <source>前台日报</source>
        <translation>Daily counter report</translation>
    </message>
    <message>
        <source>月度汇总</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <source>打印测试页</source>
        <translation>Printer test page</translation>
    </message>
    <message>
        <source>纵向</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>横向</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>打印失败，待重试</source>
        <translation>Failed, to be retried</translation>
    </message>
    <message>
        <source>待打印</source>
        <translation>Waiting to print</translation>
    </message>
    <message>
        <source>正在打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>整车质保</source>
        <translation>Vehicle warranty</translation>
    </message>
    <message>
        <source>三包有效期</source>
        <translation>Lemon-law period</translation>
    </message>
    <message>
        <source>包修期</source>
        <translation>Repair warranty</translation>
    </message>
    <message>
        <source>动力电池质保</source>
        <translation>Traction battery warranty</translation>
    </message>
    <message>
        <source>交付日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>购车日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>RO no.</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>曾用车牌</source>
        <translation>Former plate</translation>
    </message>
    <message>
        <source>车牌（未输省份）</source>
        <translation>Plate (no province)</translation>
    </message>
    <message>
        <source>车架号后几位</source>
        <translation>End of VIN</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话后四位</source>
        <translation>Last 4 of phone</translation>
    </message>
    <message>
        <source>姓名拼音首字母</source>
        <translation>Pinyin initials</translation>
    </message>
    <message>
        <source>车牌开头</source>
        <translation>Start of plate</translation>
    </message>
    <message>
        <source>姓名开头</source>
        <translation>Start of name</translation>
    </message>
    <message>
        <source>拼音首字母开头</source>
        <translation>Start of initials</translation>
    </message>
    <message>
        <source>首保</source>
        <translation>First service</translation>
    </message>
    <message>
        <source>定期保养</source>
        <translation>Scheduled service</translation>
    </message>
    <message>
        <source>质保到期</source>
        <translation>Warranty expiry</translation>
    </message>
    <message>
        <source>年检</source>
        <translation>Annual inspection</translation>
    </message>
    <message>
        <source>保险续保</source>
        <translation>Insurance renewal</translation>
    </message>
    <message>
        <source>未做项目回访</source>
        <translation>Declined work follow-up</translation>
    </message>
    <message>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>项目 / 配件名称</source>
        <translation>Job / part name</translation>
    </message>
    <message>
        <source>工时 / 数量</source>
        <translation>Hours / qty</translation>
    </message>
    <message>
        <source>单价 / 金额（元）</source>
        <translation>Rate / price (CNY)</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>付费方</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>接车</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>交车</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>失败待重试</source>
        <translation>Failed, to retry</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>接车开单</source>
        <translation>Vehicle intake</translation>
    </message>
    <message>
        <source>维修看板</source>
        <translation>Service board</translation>
    </message>
    <message>
        <source>系统管理</source>
        <translation>Administration</translation>
    </message>
</context>
</TS>
