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
        <source>项目</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>原时段</source>
        <translation>Slot before</translation>
    </message>
    <message>
        <source>新时段</source>
        <translation>Slot after</translation>
    </message>
    <message>
        <source>原因 / 说明</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <source>已过</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>已满</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>余 {0}</source>
        <translation>{0} free</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>空位</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>已约 / 容量</source>
        <translation>Booked / places</translation>
    </message>
    <message>
        <source>该顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>车牌历史</source>
        <translation>Plate history</translation>
    </message>
    <message>
        <source>里程记录</source>
        <translation>Mileage readings</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>预约记录</source>
        <translation>Appointment history</translation>
    </message>
    <message>
        <source>工单明细</source>
        <translation>Order lines</translation>
    </message>
    <message>
        <source>工单备注</source>
        <translation>Order notes</translation>
    </message>
    <message>
        <source>工单状态</source>
        <translation>Order status changes</translation>
    </message>
    <message>
        <source>检查单</source>
        <translation>Inspection sheets</translation>
    </message>
    <message>
        <source>外观标记</source>
        <translation>Body marks</translation>
    </message>
    <message>
        <source>索赔配件</source>
        <translation>Claim parts</translation>
    </message>
    <message>
        <source>索赔扣款</source>
        <translation>Claim deductions</translation>
    </message>
    <message>
        <source>提醒与回访记录</source>
        <translation>Reminders and follow-up calls</translation>
    </message>
    <message>
        <source>投诉处理记录</source>
        <translation>Complaint log</translation>
    </message>
    <message>
        <source>打印记录</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>电话 {phone} 对应多位客户，请用客户编号</source>
        <translation>Phone {phone} belongs to several customers: use the customer number</translation>
    </message>
    <message>
        <source>找不到电话为 {phone} 的客户</source>
        <translation>No customer with phone {phone}</translation>
    </message>
    <message>
        <source>请输入客户编号（如 #123）或完整的电话号码</source>
        <translation>Enter a customer number (e.g. #123) or a full phone number</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的客户</source>
        <translation>No customer number {id}</translation>
    </message>
    <message>
        <source>检查单（工单 {no}）</source>
        <translation>Inspection sheet (order {no})</translation>
    </message>
    <message>
        <source>这些记录的操作记录（{n} 条）</source>
        <translation>the audit log entries of these records ({n})</translation>
    </message>
    <message>
        <source>工单送修人</source>
        <translation>Person who brought the car</translation>
    </message>
    <message>
        <source>客户已于 {at} 匿名化</source>
        <translation>Customer anonymised on {at}</translation>
    </message>
    <message>
        <source>匿名化客户 {id}</source>
        <translation>anonymise customer {id}</translation>
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
        <source>到期未来厂分析</source>
        <translation>Due but not back analysis</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>计算方法</source>
        <translation>How it is counted</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>下次联系</source>
        <translation>Next call</translation>
    </message>
    <message>
        <source>上次通话</source>
        <translation>Last call</translation>
    </message>
    <message>
        <source>该用户不存在或已停用</source>
        <translation>That user does not exist or is deactivated</translation>
    </message>
    <message>
        <source>请填写品牌</source>
        <translation>Please enter the brand</translation>
    </message>
    <message>
        <source>请填写车型</source>
        <translation>Please enter the model</translation>
    </message>
    <message>
        <source>品牌最多 32 个字</source>
        <translation>The brand has at most 32 characters</translation>
    </message>
    <message>
        <source>车型最多 64 个字</source>
        <translation>The model has at most 64 characters</translation>
    </message>
    <message>
        <source>车架号与第 {first} 行重复</source>
        <translation>Same VIN as line {first}</translation>
    </message>
    <message>
        <source>车牌与第 {first} 行重复</source>
        <translation>Same plate as line {first}</translation>
    </message>
    <message>
        <source>预约到店率</source>
        <translation>Show rate</translation>
    </message>
    <message>
        <source>{months} 个月保有率</source>
        <translation>{months}-month retention</translation>
    </message>
    <message>
        <source>{months} 个月前当月交车的车辆中，之后（至本月底）再次交车的比例</source>
        <translation>Of the vehicles delivered in the same month {months} months earlier, the share delivered again since (to this month&apos;s end)</translation>
    </message>
    <message>
        <source>本月应到的预约（未取消）中，按预约到店开单的比例</source>
        <translation>Of this month&apos;s bookings due (not cancelled), the share that arrived and had an order opened</translation>
    </message>
    <message>
        <source>按时回厂率</source>
        <translation>On-time return rate</translation>
    </message>
    <message>
        <source>本月到期的车辆中，到期后 {days} 天内保养的比例</source>
        <translation>Of the vehicles due this month, the share serviced within {days} days after the due date</translation>
    </message>
    <message>
        <source>首保回厂率</source>
        <translation>First-service return rate</translation>
    </message>
    <message>
        <source>本月到期的首保中，已完成首保的比例</source>
        <translation>Of the first services due this month, the share done</translation>
    </message>
    <message>
        <source>提醒回厂率</source>
        <translation>Return rate after a call</translation>
    </message>
    <message>
        <source>本月到期且已电话提醒的车辆中，已回厂的比例</source>
        <translation>Of the cars due this month that were called, the share that came back</translation>
    </message>
    <message>
        <source>未回厂原因</source>
        <translation>Why they did not come back</translation>
    </message>
    <message>
        <source>台数</source>
        <translation>Cars</translation>
    </message>
    <message>
        <source>占未回厂</source>
        <translation>Share of not back</translation>
    </message>
    <message>
        <source>按服务顾问</source>
        <translation>By service advisor</translation>
    </message>
    <message>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已回厂</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>未回厂</source>
        <translation>Not back</translation>
    </message>
    <message>
        <source>回厂率</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>按车型</source>
        <translation>By model</translation>
    </message>
    <message>
        <source>电话提醒与回厂</source>
        <translation>Calls and visits</translation>
    </message>
    <message>
        <source>已提醒</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>提醒后回厂</source>
        <translation>Back after a call</translation>
    </message>
    <message>
        <source>到期车辆</source>
        <translation>Cars due</translation>
    </message>
    <message>
        <source>按时回厂</source>
        <translation>Back on time</translation>
    </message>
    <message>
        <source>逾期回厂</source>
        <translation>Back late</translation>
    </message>
    <message>
        <source>新能源车型（含动力电池质保）</source>
        <translation>new-energy model (with traction battery warranty)</translation>
    </message>
    <message>
        <source>品牌车型“{brand} {model}”不在系统中，已按默认质保条款新建为{kind}，请核对条款</source>
        <translation>“{brand} {model}” was not on file: created as a {kind} with the default warranty terms; please check the terms</translation>
    </message>
    <message>
        <source>里程 {km} 低于系统中的 {last} 公里，未导入</source>
        <translation>Mileage {km} is below the {last} km on file: not imported</translation>
    </message>
    <message>
        <source>车主“{name}”与系统记录“{on_file}”不同，未更改（过户请在车辆资料中办理）</source>
        <translation>Owner “{name}” differs from “{on_file}” on file: not changed (record a change of owner in the vehicle&apos;s details)</translation>
    </message>
    <message>
        <source>客户已有 {limit} 个电话，新号码未导入</source>
        <translation>The customer already has {limit} phone numbers: the new number was not imported</translation>
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
        <source>这个预约{status}，不能再修改</source>
        <translation>This booking is {status}; it cannot be changed any more</translation>
    </message>
    <message>
        <source>改期原因</source>
        <translation>reason for moving</translation>
    </message>
    <message>
        <source>新的时段与原来的相同</source>
        <translation>The new slot is the same as the old one</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>请选择确认电话的结果</source>
        <translation>Choose the outcome of the confirmation call</translation>
    </message>
    <message>
        <source>请选择客户未到店的原因</source>
        <translation>Choose why the customer did not come</translation>
    </message>
    <message>
        <source>只有爽约的预约才能记录未到原因；这个预约{status}</source>
        <translation>Only a no-show can get a reason why the customer did not come; this booking is {status}</translation>
    </message>
    <message>
        <source>打印预览 - 接车单 {0}</source>
        <translation>Print preview - Intake sheet {0}</translation>
    </message>
    <message>
        <source>预约数</source>
        <translation>Bookings made</translation>
    </message>
    <message>
        <source>期间新建的预约数（按预约的建立时间，含之后取消的）</source>
        <translation>Bookings created in the period (by the time they were made, those cancelled later included)</translation>
    </message>
    <message>
        <source>应到预约</source>
        <translation>Bookings due</translation>
    </message>
    <message>
        <source>预约时段在期间内、未取消的预约数（含尚未到时间的）</source>
        <translation>Bookings whose slot falls in the period, not cancelled (those still to come included)</translation>
    </message>
    <message>
        <source>已到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>应到预约中，已由预约开出工单的数</source>
        <translation>Of the bookings due, those an order was opened from</translation>
    </message>
    <message>
        <source>到店率</source>
        <translation>Show rate</translation>
    </message>
    <message>
        <source>已到店 ÷ 应到预约</source>
        <translation>Arrived ÷ bookings due</translation>
    </message>
    <message>
        <source>爽约</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>应到预约中，当天结束仍未到店（标为爽约）的数</source>
        <translation>Of the bookings due, those whose day ended without the car (marked as no-show)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>预约时段在期间内、已取消的预约数</source>
        <translation>Bookings whose slot falls in the period that were cancelled</translation>
    </message>
    <message>
        <source>期间开出的工单中，由预约开出的比例（由预约开出的工单 ÷ 开单数）</source>
        <translation>Of the orders opened in the period, the share opened from a booking (orders from bookings ÷ orders opened)</translation>
    </message>
    <message>
        <source>按服务顾问、按维修类别</source>
        <translation>By advisor, by kind of work</translation>
    </message>
    <message>
        <source>同样的定义，按预约所选的服务顾问和维修类别分别统计</source>
        <translation>The same definitions, counted per advisor and per kind of work chosen for the booking</translation>
    </message>
    <message>
        <source>未指定顾问</source>
        <translation>No advisor</translation>
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
        <source>工时费（元）</source>
        <translation>Labour (yuan)</translation>
    </message>
    <message>
        <source>配件费（元）</source>
        <translation>Parts (yuan)</translation>
    </message>
    <message>
        <source>其他（元）</source>
        <translation>Other (yuan)</translation>
    </message>
    <message>
        <source>产值（元）</source>
        <translation>Revenue (yuan)</translation>
    </message>
    <message>
        <source>单车产值（元）</source>
        <translation>Revenue per vehicle (yuan)</translation>
    </message>
    <message>
        <source>提醒预约</source>
        <translation>Bookings from calls</translation>
    </message>
    <message>
        <source>旧件标签</source>
        <translation>Old-part tags</translation>
    </message>
    <message>
        <source>投诉新开</source>
        <translation>Complaints opened</translation>
    </message>
    <message>
        <source>投诉结案</source>
        <translation>Complaints closed</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>比率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>上月同期比率</source>
        <translation>Rate, same period last month</translation>
    </message>
    <message>
        <source>一次修复率</source>
        <translation>Fixed first visit</translation>
    </message>
    <message>
        <source>返修工单</source>
        <translation>Comeback orders</translation>
    </message>
    <message>
        <source>估价单数</source>
        <translation>Estimates</translation>
    </message>
    <message>
        <source>工单类型</source>
        <translation>Order type</translation>
    </message>
    <message>
        <source>付费方</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>承诺交车</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>实际交车</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>超时（小时）</source>
        <translation>Late (hours)</translation>
    </message>
    <message>
        <source>口径</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>当日</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>本月累计</source>
        <translation>Month to date</translation>
    </message>
    <message>
        <source>上月同期</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>按工单类型</source>
        <translation>By order type</translation>
    </message>
    <message>
        <source>按付费方</source>
        <translation>By payer</translation>
    </message>
    <message>
        <source>质量指标</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>本月累计比率</source>
        <translation>Rate, month to date</translation>
    </message>
    <message>
        <source>口径说明</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>维修类别</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>（不满一周）</source>
        <translation> (part week)</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>较上月</source>
        <translation>vs last month</translation>
    </message>
    <message>
        <source>去年同期</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>较去年</source>
        <translation>vs last year</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>相关工单</source>
        <translation>Repair orders</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>按日</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>按周</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>三包预警</source>
        <translation>Lemon-law alerts</translation>
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
        <source>投诉 #{0}&#x3000;{1}（{2}）</source>
        <translation>Complaint #{0}  {1} ({2})</translation>
    </message>
    <message>
        <source>{0} 天 {1} 小时</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <source>{0} 天</source>
        <translation>{0} d</translation>
    </message>
    <message>
        <source>{0} 小时</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>超时回复（{0}）</source>
        <translation>Replied late ({0})</translation>
    </message>
    <message>
        <source>已回复 {0}</source>
        <translation>Replied {0}</translation>
    </message>
    <message>
        <source>超时 {0}</source>
        <translation>Overdue {0}</translation>
    </message>
    <message>
        <source>剩 {0}（{1}）</source>
        <translation>{0} left ({1})</translation>
    </message>
    <message>
        <source>回复期限</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>RO</translation>
    </message>
    <message>
        <source>{0}：首次回复期限 {1}</source>
        <translation>{0}: first reply due {1}</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>By</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <source>指派给 {0}</source>
        <translation>Assigned to {0}</translation>
    </message>
    <message>
        <source>取消指派</source>
        <translation>Unassigned</translation>
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
        <source>{warnings}。确认无误后请再次保存</source>
        <translation>{warnings}. If this is correct, save again</translation>
    </message>
    <message>
        <source>标签码</source>
        <translation>Tag code</translation>
    </message>
    <message>
        <source>件</source>
        <translation>Piece</translation>
    </message>
    <message>
        <source>⚠ 危险件</source>
        <translation>⚠ Hazardous</translation>
    </message>
    <message>
        <source>库位</source>
        <comment>claim column</comment>
        <translation>Bin</translation>
    </message>
    <message>
        <source>危险件</source>
        <translation>Hazardous</translation>
    </message>
    <message>
        <source>结果说明</source>
        <translation>Outcome note</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>回运箱</source>
        <translation>Return box</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>箱号</source>
        <translation>Box no.</translation>
    </message>
    <message>
        <source>品牌</source>
        <comment>claim column</comment>
        <translation>Brand</translation>
    </message>
    <message>
        <source>开箱时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>运单号</source>
        <comment>claim column</comment>
        <translation>Waybill no.</translation>
    </message>
    <message>
        <source>全部箱子</source>
        <translation>All boxes</translation>
    </message>
    <message>
        <source>扫描内容</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>零件</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>搜索内容不能超过 {limit} 个字</source>
        <translation>The search text cannot be longer than {limit} characters</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>未检查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>暂缓至 {0}：{1}</source>
        <translation>Put off until {0}: {1}</translation>
    </message>
    <message>
        <source>达到 {0} 需立即处理，达到 {1} 需尽快处理</source>
        <translation>At {0} or more: now; at {1} or more: soon</translation>
    </message>
    <message>
        <source>低于 {0} 需立即处理，低于 {1} 需尽快处理</source>
        <translation>Below {0}: now; below {1}: soon</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>读数</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>上次</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>评级</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>索赔单号应为 4 到 20 位字母、数字或“-”，如 CL2026110001</source>
        <translation>A claim number is 4 to 20 letters, digits or &quot;-&quot;, such as CL2026110001</translation>
    </message>
    <message>
        <source>不能超过 {n} 个字</source>
        <translation>At most {n} characters</translation>
    </message>
    <message>
        <source>请填写{what}</source>
        <translation>Please enter the {what}</translation>
    </message>
    <message>
        <source>所选服务顾问不存在或已停用</source>
        <translation>The chosen advisor does not exist or is deactivated</translation>
    </message>
    <message>
        <source>请选择维修类别</source>
        <translation>Choose the kind of work</translation>
    </message>
    <message>
        <source>请选择预约来源</source>
        <translation>Choose where the booking came from</translation>
    </message>
    <message>
        <source>请选择工单类型</source>
        <translation>Choose the job type</translation>
    </message>
    <message>
        <source>新客户预约请留下联系电话</source>
        <translation>A new customer&apos;s booking needs a phone number</translation>
    </message>
    <message>
        <source>请选择预约时段</source>
        <translation>Choose a slot</translation>
    </message>
    <message>
        <source>{what}只能是字母、数字和 - . / _，不超过 32 位</source>
        <translation>The {what} may only hold letters, digits and - . / _, at most 32 characters</translation>
    </message>
    <message>
        <source>{what}不能超过 {limit} 个字</source>
        <translation>The {what} may be at most {limit} characters</translation>
    </message>
    <message>
        <source>金额应在 0 到 1,000,000 元之间</source>
        <translation>An amount is between 0 and 1,000,000 yuan</translation>
    </message>
    <message>
        <source>工时应为数字，如 1.5</source>
        <translation>Labour hours are a number, such as 1.5</translation>
    </message>
    <message>
        <source>工时应在 0.1 到 99.9 小时之间，精确到 0.1</source>
        <translation>Labour hours are between 0.1 and 99.9, to 0.1 h</translation>
    </message>
    <message>
        <source>工时代码</source>
        <translation>labour code</translation>
    </message>
    <message>
        <source>工时项目</source>
        <translation>labour operation</translation>
    </message>
    <message>
        <source>数量应为 1 到 {most} 件</source>
        <translation>The quantity is 1 to {most} pieces</translation>
    </message>
    <message>
        <source>零件号</source>
        <translation>part number</translation>
    </message>
    <message>
        <source>零件名称</source>
        <translation>part name</translation>
    </message>
    <message>
        <source>生产供应商代码</source>
        <translation>producing supplier code</translation>
    </message>
    <message>
        <source>责任供应商代码</source>
        <translation>responsible supplier code</translation>
    </message>
    <message>
        <source>损坏原因</source>
        <translation>damage reason</translation>
    </message>
    <message>
        <source>故障代码</source>
        <translation>fault code</translation>
    </message>
    <message>
        <source>故障名称</source>
        <translation>fault name</translation>
    </message>
    <message>
        <source>主因件零件号</source>
        <translation>causal part number</translation>
    </message>
    <message>
        <source>主因件名称</source>
        <translation>causal part name</translation>
    </message>
    <message>
        <source>超出质保的理由</source>
        <translation>reason for claiming outside the warranty</translation>
    </message>
    <message>
        <source>索赔至少要有一个零件或一项工时</source>
        <translation>A claim needs at least one part or one labour operation</translation>
    </message>
    <message>
        <source>请从厂家的扣款原因清单中选择</source>
        <translation>Please choose from the manufacturer&apos;s list of deduction reasons</translation>
    </message>
    <message>
        <source>扣款金额应大于 0</source>
        <translation>A deduction is more than 0</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>建议项目</source>
        <translation>Recommended job</translation>
    </message>
    <message>
        <source>估价（元）</source>
        <translation>Estimate (CNY)</translation>
    </message>
    <message>
        <source>客户决定</source>
        <translation>Customer&apos;s decision</translation>
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
        <source>{0}已逾期（应于 {1} 或 {2:,} km），建议尽快保养。{3}。</source>
        <translation>{0} is overdue (it was due by {1} or {2:,} km): a service soon is advised. {3}.</translation>
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
        <source>{0}格式应为 年-月，例如 2027-03</source>
        <translation>{0}: write it as year-month, e.g. 2027-03</translation>
    </message>
    <message>
        <source>{0}“{1}”不是有效月份</source>
        <translation>{0} “{1}” is not a valid month</translation>
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
        <source>{slot} 这位服务顾问已约满；最近可约：{others}</source>
        <translation>{slot} is fully booked for this advisor; nearest free: {others}</translation>
    </message>
    <message>
        <source>{slot} 已约满；最近可约：{others}</source>
        <translation>{slot} is fully booked; nearest free: {others}</translation>
    </message>
    <message>
        <source>{slot} 这位服务顾问已约满，之后两周内也没有空位</source>
        <translation>{slot} is fully booked for this advisor, and nothing is free in the two weeks after it</translation>
    </message>
    <message>
        <source>{slot} 已约满，之后两周内也没有空位</source>
        <translation>{slot} is fully booked, and nothing is free in the two weeks after it</translation>
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
        <source>三包累计：</source>
        <translation>Lemon-law counts:</translation>
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
        <source>您的密码是发给您的临时密码，请设置一个只有您知道的新密码。</source>
        <translation>Your password is a temporary one that was handed to you. Please set a new one that only you know.</translation>
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
    <message>
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>请先完成或关闭“{0}”，再锁定屏幕。</source>
        <translation>Finish or close “{0}” first, then lock the screen.</translation>
    </message>
    <message>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>以下内容尚未保存或关闭：
{0}

另一位用户登录后，这些窗口将被关闭，未保存的内容会丢失。</source>
        <translation>Not yet saved or closed:
{0}

Once another user logs in, these windows are closed and unsaved changes are lost.</translation>
    </message>
    <message>
        <source>仍然切换用户</source>
        <translation>Switch user anyway</translation>
    </message>
    <message>
        <source>该预约不存在或不是这辆车的预约</source>
        <translation>This appointment does not exist or is not for this vehicle</translation>
    </message>
    <message>
        <source>该预约的状态是“{status}”，不能再用于开单</source>
        <translation>This appointment is “{status}” and can no longer open an order</translation>
    </message>
    <message>
        <source>无法打开数据库 {url}：{e}</source>
        <translation>Cannot open the database {url}: {e}</translation>
    </message>
    <message>
        <source>升级数据库前无法创建备份 {target}：{reason}。数据库未改动；请检查数据文件夹的写入权限和剩余空间。</source>
        <translation>Could not make the backup {target} before upgrading the database: {reason}. The database is unchanged; check that the data folder is writable and has space left.</translation>
    </message>
    <message>
        <source>数据库结构版本 {revision} 比本程序新，请安装新版程序后再打开（数据库未改动）。</source>
        <translation>The database&apos;s schema version {revision} is newer than this program: install the new version, then open it again (the database was not changed).</translation>
    </message>
    <message>
        <source>数据库正被其他前台占用，请稍后重试（数据未丢失）。</source>
        <translation>Another counter is using the database: please try again shortly (no data was lost).</translation>
    </message>
    <message>
        <source>要修改的数据正被其他前台锁定，请稍后重试（数据未丢失）。</source>
        <translation>Another counter has locked the data you are changing: please try again shortly (no data was lost).</translation>
    </message>
    <message>
        <source>数据库操作超时：数据可能正被其他前台锁定，请稍后重试（数据未丢失）。</source>
        <translation>The database operation timed out: another counter may have locked the data. Please try again shortly (no data was lost).</translation>
    </message>
    <message>
        <source>其他前台正在同时修改相同的数据，本次操作未保存，请重试（数据未丢失）。</source>
        <translation>Another counter is changing the same data at the same time: nothing was saved, please try again (no data was lost).</translation>
    </message>
    <message>
        <source>数据库所在的磁盘已满，无法读写数据库。请清理磁盘空间后重试（已保存的数据未丢失）。</source>
        <translation>The disk holding the database is full: the database cannot be read or written. Free some disk space and try again (nothing already saved is lost).</translation>
    </message>
    <message>
        <source>数据库服务器的磁盘已满，无法保存。请联系管理员清理空间后重试（数据未丢失）。</source>
        <translation>The database server&apos;s disk is full: cannot save. Ask the administrator to free space, then try again (no data was lost).</translation>
    </message>
    <message>
        <source>数据库服务器资源不足（内存或连接数已达上限），请稍后重试；如反复出现请联系管理员。</source>
        <translation>The database server is short of resources (memory or connections at their limit): try again shortly; if it keeps happening, contact the administrator.</translation>
    </message>
    <message>
        <source>内存不足，数据库无法完成操作。请关闭其他程序后重试（数据未丢失）。</source>
        <translation>Out of memory: the database could not finish. Close other programs and try again (no data was lost).</translation>
    </message>
    <message>
        <source>读写数据库文件时发生磁盘错误，请检查磁盘或存储设备后重试；如反复出现请联系管理员。</source>
        <translation>A disk error occurred while reading or writing the database file: check the disk or storage device and try again; if it keeps happening, contact the administrator.</translation>
    </message>
    <message>
        <source>数据库服务器读写磁盘时出错，请联系管理员检查服务器。</source>
        <translation>The database server had a disk error: ask the administrator to check the server.</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是本程序的数据库文件，请联系管理员从备份恢复。</source>
        <translation>The database file is damaged or not this program&apos;s database: ask the administrator to restore it from a backup.</translation>
    </message>
    <message>
        <source>数据库服务器上的数据已损坏，请联系管理员从备份恢复。</source>
        <translation>The data on the database server is damaged: ask the administrator to restore it from a backup.</translation>
    </message>
    <message>
        <source>无法写入数据库：数据库文件或其所在文件夹是只读的，请检查文件权限。</source>
        <translation>Cannot write to the database: the database file or its folder is read-only. Please check the file permissions.</translation>
    </message>
    <message>
        <source>数据库服务器当前只允许读取（可能是只读的备用服务器），无法保存，请联系管理员。</source>
        <translation>The database server only allows reading right now (perhaps a read-only standby): cannot save, please contact the administrator.</translation>
    </message>
    <message>
        <source>无法打开数据库文件，请检查文件是否存在、路径是否正确以及访问权限。</source>
        <translation>Cannot open the database file: check that it exists, that the path is right, and the access permissions.</translation>
    </message>
    <message>
        <source>无法连接数据库服务器或连接已中断，请检查网络、服务器状态和连接设置后重试。</source>
        <translation>Cannot reach the database server, or the connection broke: check the network, the server and the connection settings, then try again.</translation>
    </message>
    <message>
        <source>数据库服务器暂时不可用（正在关闭、重启或已断开本连接），请稍后重试。</source>
        <translation>The database server is unavailable for now (shutting down, restarting, or it closed this connection): please try again shortly.</translation>
    </message>
    <message>
        <source>未知的维修类型“{job}”，可选：{options}</source>
        <translation>Unknown job type “{job}”; choose from: {options}</translation>
    </message>
    <message>
        <source>请至少选择一种维修类型</source>
        <translation>Please choose at least one job type</translation>
    </message>
    <message>
        <source>请记录客户对故障的描述（三包维修记录要求）</source>
        <translation>Please record the customer&apos;s description of the fault (required for the lemon-law repair record)</translation>
    </message>
    <message>
        <source>客户描述最多 {limit} 字</source>
        <translation>The customer&apos;s description has at most {limit} characters</translation>
    </message>
    <message>
        <source>油量应为：{levels}</source>
        <translation>The fuel level is one of: {levels}</translation>
    </message>
    <message>
        <source>预计交车时间缺少时区</source>
        <translation>The promised time has no time zone</translation>
    </message>
    <message>
        <source>预计交车时间不能早于接车时间</source>
        <translation>The promised time cannot be before the intake time</translation>
    </message>
    <message>
        <source>送修人姓名最多 64 字</source>
        <translation>The name of who brought the car has at most 64 characters</translation>
    </message>
    <message>
        <source>预估金额应为不小于 0 的整数（分）</source>
        <translation>The estimate is a whole number of fen, 0 or more</translation>
    </message>
    <message>
        <source>预估金额过大，请核对</source>
        <translation>The estimate is too large: please check</translation>
    </message>
    <message>
        <source>请填写进厂里程（公里，整数）</source>
        <translation>Please enter the mileage in (km, whole number)</translation>
    </message>
    <message>
        <source>进厂里程过大，请核对</source>
        <translation>The mileage in is too high, please check</translation>
    </message>
    <message>
        <source>不计入三包修理天数的时间应为不小于 0 的整数（小时）</source>
        <translation>The time excluded from the lemon-law repair days is a whole number of hours, 0 or more</translation>
    </message>
    <message>
        <source>不计入三包修理天数的时间最多 {limit} 小时，请核对</source>
        <translation>The time excluded from the lemon-law repair days is at most {limit} hours, please check</translation>
    </message>
    <message>
        <source>里程 {km} 公里低于上次记录的 {last} 公里。如仪表已更换或调整，请勾选“仪表已更换”后再保存</source>
        <translation>Mileage {km} km is below the last recorded {last} km. If the odometer was replaced or adjusted, tick “Odometer replaced” and save again</translation>
    </message>
    <message>
        <source>{label}应为数字，输入的是“{value}”</source>
        <translation>{label} must be a number; “{value}” was entered</translation>
    </message>
    <message>
        <source>{label}最多保留 {places} 位小数</source>
        <translation>{label} has at most {places} decimal places</translation>
    </message>
    <message>
        <source>没有索赔单 {claim_no}</source>
        <translation>There is no claim {claim_no}</translation>
    </message>
    <message>
        <source>本车没有这项质保</source>
        <translation>This vehicle has no such warranty</translation>
    </message>
    <message>
        <source>{kind}不覆盖本次维修（{why}）：如仍要索赔，请填写理由</source>
        <translation>{kind} does not cover this repair ({why}): to claim all the same, please give the reason</translation>
    </message>
    <message>
        <source>工单 {order_id} 不存在</source>
        <translation>Repair order {order_id} does not exist</translation>
    </message>
    <message>
        <source>索赔单号 {claim_no} 刚被另一台电脑使用，请重试</source>
        <translation>Claim number {claim_no} was just taken by another computer, please try again</translation>
    </message>
    <message>
        <source>重打原因</source>
        <translation>reprint reason</translation>
    </message>
    <message>
        <source>索赔单已{status}，不能再修改；请先撤回</source>
        <translation>The claim is {status} and can no longer be changed; withdraw it first</translation>
    </message>
    <message>
        <source>索赔单不能改到另一张工单</source>
        <translation>A claim cannot move to another repair order</translation>
    </message>
    <message>
        <source>索赔单{current}，不能改为{target}</source>
        <translation>The claim is {current} and cannot become {target}</translation>
    </message>
    <message>
        <source>拒绝原因</source>
        <translation>rejection reason</translation>
    </message>
    <message>
        <source>扣款合计不能超过索赔金额</source>
        <translation>The deductions cannot add up to more than the claimed amount</translation>
    </message>
    <message>
        <source>工单 {ro_number} 已取消，不能填写检查单</source>
        <translation>Repair order {ro_number} is cancelled: its inspection sheet cannot be filled</translation>
    </message>
    <message>
        <source>只有需尽快或需立即处理的项目需要客户决定</source>
        <translation>Only items rated “soon” or “now” need the customer&apos;s decision</translation>
    </message>
    <message>
        <source>“{name}”已加入工单</source>
        <translation>“{name}” is already on the repair order</translation>
    </message>
    <message>
        <source>请先填写“{name}”的建议维修项目</source>
        <translation>Enter the recommended job for “{name}” first</translation>
    </message>
    <message>
        <source>请先填写“{name}”的估价</source>
        <translation>Enter the estimate for “{name}” first</translation>
    </message>
    <message>
        <source>请填写客户暂缓的原因</source>
        <translation>Enter why the customer puts it off</translation>
    </message>
    <message>
        <source>请选择今天以后的回访日期</source>
        <translation>Choose a follow-up date after today</translation>
    </message>
    <message>
        <source>请先保存检查单</source>
        <translation>Save the inspection sheet first</translation>
    </message>
    <message>
        <source>接车时没有做环车检查，无法对照交车</source>
        <translation>No walk-around was done at intake: there is nothing to compare at delivery</translation>
    </message>
    <message>
        <source>工单 {ro_number} 已{status}，不能再修改，只能添加备注</source>
        <translation>Repair order {ro_number} is {status}: it can no longer be changed, only notes can be added</translation>
    </message>
    <message>
        <source>车辆 {vehicle_id} 不存在</source>
        <translation>Vehicle {vehicle_id} does not exist</translation>
    </message>
    <message>
        <source>工单当前为“{status}”，只有“待交车”的工单可以交车</source>
        <translation>The order is “{status}”: only an order that is “Ready” can be delivered</translation>
    </message>
    <message>
        <source>请填写交车里程（公里，整数）</source>
        <translation>Please enter the mileage out (km, whole number)</translation>
    </message>
    <message>
        <source>交车里程 {km} 公里低于进厂里程 {mileage_in} 公里，请核对</source>
        <translation>Mileage out {km} km is below the mileage in {mileage_in} km, please check</translation>
    </message>
    <message>
        <source>交车时间缺少时区</source>
        <translation>The handover time has no time zone</translation>
    </message>
    <message>
        <source>交车时间应在接车时间之后、不晚于现在</source>
        <translation>The handover time must be after the intake and not later than now</translation>
    </message>
    <message>
        <source>请填写{label}</source>
        <translation>Please enter the {label}</translation>
    </message>
    <message>
        <source>问诊问题不能为空</source>
        <translation>The interview needs at least one question</translation>
    </message>
    <message>
        <source>问诊问题最多 {limit} 个</source>
        <translation>At most {limit} interview questions</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>question</translation>
    </message>
    <message>
        <source>问题编号“{code}”重复</source>
        <translation>Question code “{code}” is used twice</translation>
    </message>
    <message>
        <source>选择题请至少给出一个选项</source>
        <translation>A choice question needs at least one option</translation>
    </message>
    <message>
        <source>检查项目不能为空</source>
        <translation>The check list needs at least one item</translation>
    </message>
    <message>
        <source>检查项目最多 {limit} 个</source>
        <translation>At most {limit} check items</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>item name</translation>
    </message>
    <message>
        <source>项目分组</source>
        <translation>item group</translation>
    </message>
    <message>
        <source>项目编号“{code}”重复</source>
        <translation>Item code “{code}” is used twice</translation>
    </message>
    <message>
        <source>红色界限应比黄色界限更差（{name}）</source>
        <translation>The red limit must be worse than the yellow one ({name})</translation>
    </message>
    <message>
        <source>{label}应为整数（单位：分）</source>
        <translation>{label} must be a whole number (in fen)</translation>
    </message>
    <message>
        <source>{label}不能为负数</source>
        <translation>{label} cannot be negative</translation>
    </message>
    <message>
        <source>{label}过大，请核对</source>
        <translation>{label} is too large, please check</translation>
    </message>
    <message>
        <source>{label}应大于 0</source>
        <translation>{label} must be more than 0</translation>
    </message>
    <message>
        <source>未知的项目类型“{kind}”（工时、配件或其他）</source>
        <translation>Unknown line kind “{kind}” (labour, part or other)</translation>
    </message>
    <message>
        <source>未知的付费方“{payer}”，可选：{names}</source>
        <translation>Unknown payer “{payer}”; choose from: {names}</translation>
    </message>
    <message>
        <source>请填写维修项目名称</source>
        <translation>Please enter the name of the job</translation>
    </message>
    <message>
        <source>工时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>工时单价</source>
        <translation>labour rate</translation>
    </message>
    <message>
        <source>请填写配件名称</source>
        <translation>Please enter the name of the part</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>unit price</translation>
    </message>
    <message>
        <source>其他费用应为：{names}</source>
        <translation>Other costs are one of: {names}</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>项目名称最多 128 个字</source>
        <translation>The name of the line has at most 128 characters</translation>
    </message>
    <message>
        <source>编号最多 32 个字符</source>
        <translation>The code has at most 32 characters</translation>
    </message>
    <message>
        <source>金额过大，请核对</source>
        <translation>The amount is too large, please check</translation>
    </message>
    <message>
        <source>请填写配件“{description}”的编号后再交车（三包维修记录要求）</source>
        <translation>Enter the part number of “{description}” before delivery (required for the lemon-law repair record)</translation>
    </message>
    <message>
        <source>系统账号不能开工单，请用服务顾问账号登录</source>
        <translation>The system account cannot open orders: log in with an advisor&apos;s account</translation>
    </message>
    <message>
        <source>该车已有未交车的工单 {numbers}，确认要再开一张工单吗</source>
        <translation>This vehicle already has an open order {numbers}: open another one?</translation>
    </message>
    <message>
        <source>请填写备注内容</source>
        <translation>Please enter the note</translation>
    </message>
    <message>
        <source>备注最多 {limit} 字</source>
        <translation>A note has at most {limit} characters</translation>
    </message>
    <message>
        <source>取消工单须填写原因</source>
        <translation>Cancelling an order needs a reason</translation>
    </message>
    <message>
        <source>只能取消本人开立且尚未派工的工单；其他工单请由前台主管取消</source>
        <translation>You can only cancel your own orders that are not yet dispatched; a service supervisor cancels the others</translation>
    </message>
    <message>
        <source>工单 {ro_number} 不存在</source>
        <translation>Repair order {ro_number} does not exist</translation>
    </message>
    <message>
        <source>未知的工单状态“{value}”</source>
        <translation>Unknown order status “{value}”</translation>
    </message>
    <message>
        <source>工单已{status}，不能再改变状态</source>
        <translation>The order is {status}: its status cannot change any more</translation>
    </message>
    <message>
        <source>交车请使用“交车”操作（需登记交车里程和最终金额）</source>
        <translation>Use “Deliver” to hand the car over (it records the mileage out and the final amounts)</translation>
    </message>
    <message>
        <source>取消工单请使用“取消工单”操作（需填写原因）</source>
        <translation>Use “Cancel order” to cancel (it asks for a reason)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>不能从“{current}”改为“{target}”；可改为：{options}</source>
        <translation>Cannot move from “{current}” to “{target}”; possible: {options}</translation>
    </message>
    <message>
        <source>{document} {reference} 已打印 {printed} 次：再次打印请说明重印原因</source>
        <translation>{document} {reference} has been printed {printed} time(s): give a reason to print it again</translation>
    </message>
    <message>
        <source>请填写重印原因</source>
        <translation>Please enter the reason for reprinting</translation>
    </message>
    <message>
        <source>重印原因不能超过 {limit} 个字</source>
        <translation>The reason for reprinting has at most {limit} characters</translation>
    </message>
    <message>
        <source>{document} {reference} 还没有打印过，请直接打印</source>
        <translation>{document} {reference} has not been printed yet: print it directly</translation>
    </message>
    <message>
        <source>没有“{kind}”这种单据（可打印的单据：{known}）</source>
        <translation>There is no document “{kind}” (printable documents: {known})</translation>
    </message>
    <message>
        <source>打印测试页没有单独的打印设置</source>
        <translation>The test page has no printer settings of its own</translation>
    </message>
    <message>
        <source>{kind}：{problem}</source>
        <translation>{kind}: {problem}</translation>
    </message>
    <message>
        <source>无法使用字体文件 {path}：{reason}</source>
        <translation>Cannot use the font file {path}: {reason}</translation>
    </message>
    <message>
        <source>无法使用字体文件 {path}：请选择含中文的 TrueType 字体（.ttf/.ttc）</source>
        <translation>Cannot use the font file {path}: choose a TrueType font with Chinese characters (.ttf/.ttc)</translation>
    </message>
    <message>
        <source>测试页只能是 a4 或 label</source>
        <translation>The test page is either a4 or label</translation>
    </message>
    <message>
        <source>打印任务 {job_id} 已经打印，不能取消</source>
        <translation>Print job {job_id} has been printed and cannot be cancelled</translation>
    </message>
    <message>
        <source>打印任务 {job_id} 正在打印，请稍后再试</source>
        <translation>Print job {job_id} is printing: please try again shortly</translation>
    </message>
    <message>
        <source>未知状态“{status}”</source>
        <translation>Unknown status “{status}”</translation>
    </message>
    <message>
        <source>打印任务 {job_id} 不存在</source>
        <translation>Print job {job_id} does not exist</translation>
    </message>
    <message>
        <source>打印任务 {job_id} 已经打印过了</source>
        <translation>Print job {job_id} has already been printed</translation>
    </message>
    <message>
        <source>打印任务 {job_id} 已取消</source>
        <translation>Print job {job_id} was cancelled</translation>
    </message>
    <message>
        <source>打印任务 {job_id} 正在由其他前台打印</source>
        <translation>Print job {job_id} is being printed by another counter</translation>
    </message>
    <message>
        <source>没有指定打印机，系统也没有默认打印机。请选择打印机后重试。</source>
        <translation>No printer was chosen and the system has no default printer. Choose a printer and try again.</translation>
    </message>
    <message>
        <source>{error}（打印任务 {job_id} 已保留，可稍后重试或改用其他打印机）</source>
        <translation>{error} (print job {job_id} is kept: retry later or use another printer)</translation>
    </message>
    <message>
        <source>管理用户账号</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <source>修改门店信息</source>
        <translation>change the dealer&apos;s details</translation>
    </message>
    <message>
        <source>设置打印机</source>
        <translation>set up printers</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>print</translation>
    </message>
    <message>
        <source>接车开单或修改工单</source>
        <translation>receive vehicles or change repair orders</translation>
    </message>
    <message>
        <source>登记或修改客户和车辆</source>
        <translation>register or change customers and vehicles</translation>
    </message>
    <message>
        <source>导入客户车辆资料</source>
        <translation>import customer and vehicle data</translation>
    </message>
    <message>
        <source>查看维修看板</source>
        <translation>view the service board</translation>
    </message>
    <message>
        <source>取消他人的工单</source>
        <translation>cancel other people&apos;s repair orders</translation>
    </message>
    <message>
        <source>处理索赔</source>
        <translation>handle warranty claims</translation>
    </message>
    <message>
        <source>处理保养提醒</source>
        <translation>work service reminders</translation>
    </message>
    <message>
        <source>登记和查看客户投诉</source>
        <translation>record and view customer complaints</translation>
    </message>
    <message>
        <source>指派、结案或重新打开客户投诉</source>
        <translation>assign, close or reopen customer complaints</translation>
    </message>
    <message>
        <source>查看和打印报表</source>
        <translation>view and print reports</translation>
    </message>
    <message>
        <source>查看操作记录</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>修改问诊问题和检查项目</source>
        <translation>change the interview questions and check items</translation>
    </message>
    <message>
        <source>设置或制作数据备份</source>
        <translation>set up or make data backups</translation>
    </message>
    <message>
        <source>导出或匿名化客户个人信息</source>
        <translation>export or anonymise customers&apos; personal data</translation>
    </message>
    <message>
        <source>预约、改期或取消预约</source>
        <translation>make, move or cancel bookings</translation>
    </message>
    <message>
        <source>设置预约时段和容量</source>
        <translation>set the booking hours and capacities</translation>
    </message>
    <message>
        <source>修改车型的保养间隔</source>
        <translation>change a model&apos;s service intervals</translation>
    </message>
    <message>
        <source>{role}账号无权{action}，请用有权限的账号登录</source>
        <translation>{role} accounts may not {action}: log in with an account that may</translation>
    </message>
    <message>
        <source>请填写经销商名称</source>
        <translation>Please enter the dealer&apos;s name</translation>
    </message>
    <message>
        <source>经销商代码只能包含字母和数字</source>
        <translation>The dealer code has letters and digits only</translation>
    </message>
    <message>
        <source>该记录已被其他前台修改，请重新载入后再保存；您的修改未覆盖对方的内容。</source>
        <translation>Another counter changed this record: reload it, then save again; your changes did not overwrite theirs.</translation>
    </message>
    <message>
        <source>保存失败：与现有记录冲突（可能其他前台刚保存了相同的记录），请重新载入后再试；本次修改未保存。</source>
        <translation>Not saved: it conflicts with an existing record (another counter may have just saved the same one). Reload and try again; this change was not saved.</translation>
    </message>
    <message>
        <source>密码至少 {length} 位</source>
        <translation>A password has at least {length} characters</translation>
    </message>
    <message>
        <source>未知角色“{role}”，可选：{names}</source>
        <translation>Unknown role “{role}”; choose from: {names}</translation>
    </message>
    <message>
        <source>用户名为 2-32 位字母、数字、下划线、点或横线</source>
        <translation>A username has 2-32 letters, digits, underscores, dots or dashes</translation>
    </message>
    <message>
        <source>用户名“{username}”已存在</source>
        <translation>The username “{username}” already exists</translation>
    </message>
    <message>
        <source>用户 {user_id} 不存在</source>
        <translation>User {user_id} does not exist</translation>
    </message>
    <message>
        <source>不能停用当前登录的账号</source>
        <translation>You cannot deactivate the account you are logged in with</translation>
    </message>
    <message>
        <source>系统账号没有密码</source>
        <translation>The system account has no password</translation>
    </message>
    <message>
        <source>原密码不正确</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <source>用户名或密码不正确</source>
        <translation>Wrong username or password</translation>
    </message>
    <message>
        <source>账号已锁定，请 {minutes} 分钟后再试，或请管理员解锁</source>
        <translation>The account is locked: try again in {minutes} minute(s), or ask the administrator to unlock it</translation>
    </message>
    <message>
        <source>您的账号已停用或已删除，本次操作未执行；请重新登录或联系管理员</source>
        <translation>Your account has been deactivated or deleted; nothing was done. Please log in again or ask the administrator.</translation>
    </message>
    <message>
        <source>密码连续输错 5 次，账号已锁定 15 分钟</source>
        <translation>Wrong password 5 times in a row: the account is locked for 15 minutes</translation>
    </message>
    <message>
        <source>用户名或密码不正确（再错 {left} 次将锁定账号）</source>
        <translation>Wrong username or password ({left} more wrong attempt(s) lock the account)</translation>
    </message>
    <message>
        <source>香港</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>澳门</source>
        <translation>Macau</translation>
    </message>
    <message>
        <source>手机号码应为 {length} 位，当前为 {given} 位</source>
        <translation>A mobile number has {length} digits; {given} were entered</translation>
    </message>
    <message>
        <source>手机号码应以 13-19 开头</source>
        <translation>A mobile number starts with 13-19</translation>
    </message>
    <message>
        <source>手机号码没有分机号</source>
        <translation>A mobile number has no extension</translation>
    </message>
    <message>
        <source>区号不能以 00 开头：00 是国际长途的前缀；国内电话请输入区号（如 0755）加号码</source>
        <translation>An area code cannot start with 00 (the international prefix); for a domestic number enter the area code (e.g. 0755) and the number</translation>
    </message>
    <message>
        <source>；如是手机号码，前面不加 0，应为 {length} 位，当前为 {given} 位</source>
        <translation>; a mobile number has no leading 0 and {length} digits, {given} were entered</translation>
    </message>
    <message>
        <source>没有区号 {number}：以 01 开头的区号只有北京 010{hint}</source>
        <translation>There is no area code {number}: the only area code starting with 01 is Beijing&apos;s 010{hint}</translation>
    </message>
    <message>
        <source>固定电话应为区号（{area} 位，如 {example}）加 7-8 位号码，区号后输入了 {given} 位</source>
        <translation>A landline is an area code ({area} digits, e.g. {example}) and a 7-8 digit number; {given} digits follow the area code</translation>
    </message>
    <message>
        <source>区号 {code} 后的电话号码应以 2-9 开头，不能以 {first} 开头：输入的是 {local}</source>
        <translation>After area code {code} the number starts with 2-9, not {first}: {local} was entered</translation>
    </message>
    <message>
        <source>{prefix} 服务电话应为 {length} 位，当前为 {given} 位</source>
        <translation>A {prefix} service number has {length} digits; {given} were entered</translation>
    </message>
    <message>
        <source>{prefix} 号码是单位的服务电话，只能登记给单位客户；个人请留能直接联系到本人的手机或固定电话</source>
        <translation>A {prefix} number is a company&apos;s service line, for company customers only; for a person, take a mobile or landline that reaches them directly</translation>
    </message>
    <message>
        <source>{name}电话号码（{region}）应为 {length} 位，当前为 {given} 位</source>
        <translation>A {name} phone number ({region}) has {length} digits; {given} were entered</translation>
    </message>
    <message>
        <source>请输入电话号码</source>
        <translation>Please enter a phone number</translation>
    </message>
    <message>
        <source>电话号码中有无效字符“{bad}”：只能输入数字（可带 +86、空格、横线、括号或分机号）</source>
        <translation>Invalid character “{bad}” in the phone number: digits only (+86, spaces, dashes, brackets or an extension are allowed)</translation>
    </message>
    <message>
        <source>固定电话请加上区号，如 0755-88886666</source>
        <translation>Add the area code to a landline, e.g. 0755-88886666</translation>
    </message>
    <message>
        <source>请输入 11 位手机号码，或带区号的固定电话（如 0755-88886666）</source>
        <translation>Enter an 11-digit mobile number, or a landline with its area code (e.g. 0755-88886666)</translation>
    </message>
    <message>
        <source>数字 1</source>
        <translation>the digit 1</translation>
    </message>
    <message>
        <source>数字 0</source>
        <translation>the digit 0</translation>
    </message>
    <message>
        <source>第 {pos} 位是字母 {char}：车牌号中不使用字母 I 和 O，这里可能是{likely}</source>
        <translation>Character {pos} is the letter {char}: plates do not use the letters I and O; this may be {likely}</translation>
    </message>
    <message>
        <source>第 {pos} 位“{char}”无效：这一位应为字母（不含 I、O）或数字</source>
        <translation>Character {pos} “{char}” is invalid: it should be a letter (not I or O) or a digit</translation>
    </message>
    <message>
        <source>第 {pos} 位“{char}”无效：{what}的这一位应为数字</source>
        <translation>Character {pos} “{char}” is invalid: on a {what} it should be a digit</translation>
    </message>
    <message>
        <source>使馆车牌应为 {length} 位（如 使014·578），当前输入了 {given} 位</source>
        <translation>An embassy plate has {length} characters; {given} were entered</translation>
    </message>
    <message>
        <source>使馆车牌</source>
        <translation>embassy plate</translation>
    </message>
    <message>
        <source>第 1 位“{first}”不是省份简称：车牌应以省份简称开头，如 粤B12345</source>
        <translation>The first character “{first}” is not a province: a plate starts with the province&apos;s character, e.g. 京A·12345</translation>
    </message>
    <message>
        <source>车牌号不完整：省份简称后应为发牌机关字母</source>
        <translation>The plate is incomplete: the issuing office&apos;s letter follows the province</translation>
    </message>
    <message>
        <source>第 2 位是字母 {office}：发牌机关代号不使用 I 和 O</source>
        <translation>Character 2 is the letter {office}: issuing offices do not use I and O</translation>
    </message>
    <message>
        <source>第 2 位“{office}”无效：应为发牌机关字母 A-Z（不含 I、O）</source>
        <translation>Character 2 “{office}” is invalid: it should be the issuing office&apos;s letter A-Z (not I or O)</translation>
    </message>
    <message>
        <source>大型新能源车牌</source>
        <translation>large new-energy plate</translation>
    </message>
    <message>
        <source>第 8 位“{char}”无效：大型新能源车牌的最后一位应为 D 或 F</source>
        <translation>Character 8 “{char}” is invalid: a large new-energy plate ends in D or F</translation>
    </message>
    <message>
        <source>第 3 位“{third}”无效：小型新能源车牌第 3 位应为 D、F 或 A-K（不含 I），大型车为数字</source>
        <translation>Character 3 “{third}” is invalid: on a small new-energy plate it is D, F or A-K (not I); on a large one, a digit</translation>
    </message>
    <message>
        <source>小型新能源车牌</source>
        <translation>small new-energy plate</translation>
    </message>
    <message>
        <source>请输入车牌号</source>
        <translation>Please enter the plate</translation>
    </message>
    <message>
        <source>车牌号应为 {length} 位（新能源车牌 {nev_length} 位），当前输入了 {given} 位</source>
        <translation>A plate has {length} characters ({nev_length} for new-energy plates); {given} were entered</translation>
    </message>
    <message>
        <source>第 {pos} 位是字母 {char}：车架号不使用字母 I、O、Q，这里可能是{likely}</source>
        <translation>Character {pos} is the letter {char}: VINs do not use the letters I, O and Q; this may be {likely}</translation>
    </message>
    <message>
        <source>第 {pos} 位“{char}”不是有效字符：车架号只含数字和大写字母（不含 I、O、Q）</source>
        <translation>Character {pos} “{char}” is invalid: a VIN has digits and capital letters only (no I, O, Q)</translation>
    </message>
    <message>
        <source>车架号 17 位全是“{char}”，不像真实的车架号（可能是占位或误输）</source>
        <translation>All 17 characters of the VIN are “{char}”: it does not look real (a placeholder or a typo?)</translation>
    </message>
    <message>
        <source>第 {position} 位校验位不符（按规则应为 {expected}，部分进口车的车架号不使用校验位）</source>
        <translation>The check digit (character {position}) does not match (the rule gives {expected}; some imported cars&apos; VINs have no check digit)</translation>
    </message>
    <message>
        <source>第 {position} 位年款代码“{year}”不存在（年款代码不用字母 U、Z 和数字 0），可能输错了字符</source>
        <translation>Model year code “{year}” (character {position}) does not exist (year codes do not use U, Z or 0): a character may be mistyped</translation>
    </message>
    <message>
        <source>请输入车架号（VIN）</source>
        <translation>Please enter the VIN</translation>
    </message>
    <message>
        <source>车架号应为 {length} 位，当前输入了 {given} 位</source>
        <translation>A VIN has {length} characters; {given} were entered</translation>
    </message>
    <message>
        <source>第 {position} 位校验位应为 {expected}，输入的是 {actual}：请逐位核对车架号，可能有输错的字符</source>
        <translation>The check digit (character {position}) should be {expected}, {actual} was entered: check the VIN character by character, one may be mistyped</translation>
    </message>
    <message>
        <source>{doubts}。请对照行驶证核实后确认</source>
        <translation>{doubts}. Check against the registration certificate, then confirm</translation>
    </message>
    <message>
        <source>请填写客户姓名</source>
        <translation>Please enter the customer&apos;s name</translation>
    </message>
    <message>
        <source>姓名最多 {limit} 个字</source>
        <translation>A name has at most {limit} characters</translation>
    </message>
    <message>
        <source>电话备注最多 {limit} 个字</source>
        <translation>A phone note has at most {limit} characters</translation>
    </message>
    <message>
        <source>电话 {phone} 重复填写</source>
        <translation>Phone {phone} is entered twice</translation>
    </message>
    <message>
        <source>每位客户最多登记 {limit} 个电话</source>
        <translation>A customer has at most {limit} phone numbers</translation>
    </message>
    <message>
        <source>客户类型应为：{kinds}</source>
        <translation>The customer type is one of: {kinds}</translation>
    </message>
    <message>
        <source>客户 {customer_id} 不存在</source>
        <translation>Customer {customer_id} does not exist</translation>
    </message>
    <message>
        <source>车架号 {vin} 已登记（车辆编号 {id}），请打开已有车辆</source>
        <translation>VIN {vin} is already on file (vehicle {id}): open that vehicle</translation>
    </message>
    <message>
        <source>无法识别文件编码：请保存为 UTF-8 或 GBK 编码的 CSV</source>
        <translation>Cannot tell the file&apos;s encoding: save it as a UTF-8 or GBK CSV</translation>
    </message>
    <message>
        <source>第 {line} 行起无法读取：单元格超过 {limit} 个字符，多半是引号没有配对；请检查该行后再导入</source>
        <translation>Cannot read from line {line} on: a cell is longer than {limit} characters, most likely a quote that is never closed; check that line and import again</translation>
    </message>
    <message>
        <source>无法读取 Excel 文件：{e}</source>
        <translation>Cannot read the Excel file: {e}</translation>
    </message>
    <message>
        <source>Excel 文件在第 {row} 行之后已损坏，无法读取：请在 Excel 中打开并另存为 .xlsx 后再导入</source>
        <translation>The Excel file is damaged after row {row} and cannot be read: open it in Excel, save it again as .xlsx and import that</translation>
    </message>
    <message>
        <source>无法读取文件 {path}：{strerror}</source>
        <translation>Cannot read the file {path}: {strerror}</translation>
    </message>
    <message>
        <source>{path} 不是普通文件，不能导入</source>
        <translation>{path} is not an ordinary file and cannot be imported</translation>
    </message>
    <message>
        <source>不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 CSV</source>
        <translation>Old .xls files are not supported: save it as .xlsx or CSV in Excel</translation>
    </message>
    <message>
        <source>只能导入 CSV 或 Excel（.xlsx）文件</source>
        <translation>Only CSV or Excel (.xlsx) files can be imported</translation>
    </message>
    <message>
        <source>找不到表头：前 10 行中没有“车架号/VIN”等列名</source>
        <translation>No header row: none of the first 10 rows has column names such as “VIN”</translation>
    </message>
    <message>
        <source>缺少必需的列：{columns}</source>
        <translation>Required columns missing: {columns}</translation>
    </message>
    <message>
        <source>日期“{text}”不存在</source>
        <translation>The date “{text}” does not exist</translation>
    </message>
    <message>
        <source>无法识别的日期“{text}”，请写成 2024-03-01 或 2024年3月1日</source>
        <translation>Cannot read the date “{text}”: write it as 2024-03-01</translation>
    </message>
    <message>
        <source>月份“{text}”不存在</source>
        <translation>The month “{text}” does not exist</translation>
    </message>
    <message>
        <source>无法识别的月份“{text}”，请写成 2027-03 或 2027年3月</source>
        <translation>Cannot read the month “{text}”: write it as 2027-03</translation>
    </message>
    <message>
        <source>无法识别的日期“{days:g}”</source>
        <translation>Cannot read the date “{days:g}”</translation>
    </message>
    <message>
        <source>里程“{cell}”不是有效的数字</source>
        <translation>Mileage “{cell}” is not a valid number</translation>
    </message>
    <message>
        <source>里程应为整数公里，输入的是“{cell}”</source>
        <translation>The mileage is a whole number of km; “{cell}” was entered</translation>
    </message>
    <message>
        <source>无法识别的里程“{cell}”</source>
        <translation>Cannot read the mileage “{cell}”</translation>
    </message>
    <message>
        <source>{label}最多 {limit} 个字</source>
        <translation>{label} has at most {limit} characters</translation>
    </message>
    <message>
        <source>期限和里程应为正整数</source>
        <translation>Periods and mileages are positive whole numbers</translation>
    </message>
    <message>
        <source>三包有效期不得短于 2 年或 50000 公里（国家规定的最低标准）</source>
        <translation>The lemon-law period cannot be shorter than 2 years or 50,000 km (the national minimum)</translation>
    </message>
    <message>
        <source>包修期不得短于 3 年或 60000 公里（国家规定的最低标准）</source>
        <translation>The repair warranty cannot be shorter than 3 years or 60,000 km (the national minimum)</translation>
    </message>
    <message>
        <source>动力电池质保须同时填写年限和里程</source>
        <translation>The traction battery warranty needs both years and mileage</translation>
    </message>
    <message>
        <source>只有新能源车型有动力电池质保</source>
        <translation>Only new-energy models have a traction battery warranty</translation>
    </message>
    <message>
        <source>没有这个旧件标签：{code}（请核对标签或重新扫描）</source>
        <translation>There is no old-part tag {code} (check the tag or scan it again)</translation>
    </message>
    <message>
        <source>{code} {state}，不能{wanted}</source>
        <translation>{code} is {state} and cannot be {wanted}</translation>
    </message>
    <message>
        <source>库位</source>
        <translation>storage bin</translation>
    </message>
    <message>
        <source>入库</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>brand</translation>
    </message>
    <message>
        <source>回运箱未打开或不存在</source>
        <translation>The return box is not open or does not exist</translation>
    </message>
    <message>
        <source>装箱</source>
        <translation>packed</translation>
    </message>
    <message>
        <source>索赔单 {claim_no} 还是草稿，提交后才能回运</source>
        <translation>Claim {claim_no} is still a draft: it can be shipped back once submitted</translation>
    </message>
    <message>
        <source>这是{brand}的旧件，不能装进{box}品牌的箱子</source>
        <translation>This old part is a {brand} part and cannot go into a {box} box</translation>
    </message>
    <message>
        <source>出箱</source>
        <translation>taken out of the box</translation>
    </message>
    <message>
        <source>承运商</source>
        <translation>carrier</translation>
    </message>
    <message>
        <source>运单号</source>
        <translation>waybill number</translation>
    </message>
    <message>
        <source>回运箱 {box_id} 不存在</source>
        <translation>Return box {box_id} does not exist</translation>
    </message>
    <message>
        <source>回运箱 {box_no} 已发运</source>
        <translation>Return box {box_no} has been shipped</translation>
    </message>
    <message>
        <source>回运箱 {box_no} 是空的</source>
        <translation>Return box {box_no} is empty</translation>
    </message>
    <message>
        <source>请选择验收、扣款或报废</source>
        <translation>Please choose accepted, deducted or scrapped</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>scrapped</translation>
    </message>
    <message>
        <source>验收或扣款</source>
        <translation>accepted or deducted</translation>
    </message>
    <message>
        <source>没有回运箱 {box_no}</source>
        <translation>There is no return box {box_no}</translation>
    </message>
    <message>
        <source>索赔已提交，旧件未入库</source>
        <translation>Claim submitted, old part not stored</translation>
    </message>
    <message>
        <source>标签从未打印</source>
        <translation>Tag never printed</translation>
    </message>
    <message>
        <source>应于 {day} 前回运</source>
        <translation>To ship back by {day}</translation>
    </message>
    <message>
        <source>付款后已保存 {n} 天</source>
        <translation>Kept {n} days since payment</translation>
    </message>
    <message>
        <source>车型“{brand} {name}”已存在</source>
        <translation>The model “{brand} {name}” already exists</translation>
    </message>
    <message>
        <source>车型 {model_id} 不存在</source>
        <translation>Model {model_id} does not exist</translation>
    </message>
    <message>
        <source>{label}不能晚于今天</source>
        <translation>The {label} cannot be later than today</translation>
    </message>
    <message>
        <source>{label}过早，请核对</source>
        <translation>The {label} is too early, please check</translation>
    </message>
    <message>
        <source>{label}不能晚于 {years} 年后，请核对</source>
        <translation>{label} cannot be more than {years} years ahead; please check</translation>
    </message>
    <message>
        <source>里程应为整数（公里）</source>
        <translation>The mileage is a whole number (km)</translation>
    </message>
    <message>
        <source>里程不能为负数</source>
        <translation>The mileage cannot be negative</translation>
    </message>
    <message>
        <source>里程过大，请核对</source>
        <translation>The mileage is too high, please check</translation>
    </message>
    <message>
        <source>颜色最多 {limit} 个字</source>
        <translation>The colour has at most {limit} characters</translation>
    </message>
    <message>
        <source>车牌 {plate} 已登记在车架号 {holder} 的车辆上；确认后该车牌将转到本车</source>
        <translation>Plate {plate} is on file for the vehicle with VIN {holder}; once confirmed, the plate moves to this vehicle</translation>
    </message>
    <message>
        <source>请选择车型</source>
        <translation>Please choose the model</translation>
    </message>
    <message>
        <source>请选择车主</source>
        <translation>Please choose the owner</translation>
    </message>
    <message>
        <source>工时项目 {code}</source>
        <translation>labour operation {code}</translation>
    </message>
    <message>
        <source>{system}总成</source>
        <translation>{system} assembly</translation>
    </message>
    <message>
        <source>本次</source>
        <translation>This job</translation>
    </message>
    <message>
        <source>，本次为第 {n} 次</source>
        <translation>, this is repair no. {n}</translation>
    </message>
    <message>
        <source>同一问题（{label}）在三包有效期内已修理 {p} 次{where}：超过 4 次，消费者可依三包规定要求换车或退车，请告知主管和索赔员</source>
        <translation>The same problem ({label}) was repaired {p} times within the lemon-law period{where}: more than 4 times, the customer may ask for a replacement car or a refund under the lemon law; tell the supervisor and the warranty clerk</translation>
    </message>
    <message>
        <source>（含本次）</source>
        <translation> (this job included)</translation>
    </message>
    <message>
        <source>同一问题（{label}）在三包有效期内已修理 {n} 次{where}：再次修理即超过 4 次</source>
        <translation>The same problem ({label}) was repaired {n} times within the lemon-law period{where}: one more repair makes more than 4</translation>
    </message>
    <message>
        <source>严重安全性能故障（{label}）已修理 {p} 次仍未排除：消费者可要求换车或退车</source>
        <translation>Serious safety fault ({label}) repaired {p} times and still not fixed: the customer may ask for a replacement car or a refund</translation>
    </message>
    <message>
        <source>严重安全性能故障（{label}）已修理 {p} 次：再次出现即可要求换车或退车</source>
        <translation>Serious safety fault ({label}) repaired {p} times: if it comes back, the customer may ask for a replacement car or a refund</translation>
    </message>
    <message>
        <source>{system}同一主要零件（{part}）</source>
        <translation>the same main part of the {system} ({part})</translation>
    </message>
    <message>
        <source>{what}已因质量问题更换 {times} 次，本次又出现{system}问题：仍不能正常使用的，消费者可要求换车或退车</source>
        <translation>{what} replaced {times} times for quality problems, and the {system} has a problem again: if the car still cannot be used normally, the customer may ask for a replacement car or a refund</translation>
    </message>
    <message>
        <source>{what}在三包有效期内已因质量问题更换 {times} 次</source>
        <translation>{what} replaced {times} times for quality problems within the lemon-law period</translation>
    </message>
    <message>
        <source>三包有效期内累计修理 {total} 天，超过 30 天：消费者可要求换车或退车</source>
        <translation>{total} repair days in total within the lemon-law period, more than 30: the customer may ask for a replacement car or a refund</translation>
    </message>
    <message>
        <source>三包有效期内累计修理已 {total} 天（超过 30 天即可要求换车或退车）</source>
        <translation>{total} repair days in total within the lemon-law period so far (more than 30 entitle the customer to a replacement car or a refund)</translation>
    </message>
    <message>
        <source>购车 60 日内且行驶不超过 3000 公里出现</source>
        <translation>Within 60 days of purchase and 3,000 km: </translation>
    </message>
    <message>
        <source>购车 60 日内、3000 公里内曾出现</source>
        <translation>Earlier within 60 days of purchase and 3,000 km: </translation>
    </message>
    <message>
        <source>（{ro}）</source>
        <translation> ({ro})</translation>
    </message>
    <message>
        <source>，请立即告知主管和索赔员</source>
        <translation>; tell the supervisor and the warranty clerk at once</translation>
    </message>
    <message>
        <source>{when}{label}主要零件质量问题{where}：消费者可要求免费更换{label}总成{tell}</source>
        <translation>{when}a quality problem of a main part of the {label}{where}: the customer may ask for a free replacement {label} assembly{tell}</translation>
    </message>
    <message>
        <source>{when}{items}故障{where}：消费者可选择换车或退车{tell}</source>
        <translation>{when}{items} failure{where}: the customer may choose a replacement car or a refund{tell}</translation>
    </message>
    <message>
        <source>{ro}已修理第 {days} 天，已提供备用车</source>
        <translation>{ro}: day {days} of the repair, a loan car was provided</translation>
    </message>
    <message>
        <source>{ro}已修理第 {days} 天（超过 5 天）：应提供备用车或支付交通费用补偿</source>
        <translation>{ro}: day {days} of the repair (more than 5): provide a loan car or pay travel compensation</translation>
    </message>
    <message>
        <source>{ro}已修理第 {days} 天：明天起超过 5 天，须提供备用车或交通费用补偿</source>
        <translation>{ro}: day {days} of the repair: from tomorrow it is more than 5, a loan car or travel compensation is due</translation>
    </message>
    <message>
        <source>发动机</source>
        <translation>engine</translation>
    </message>
    <message>
        <source>变速器</source>
        <translation>gearbox</translation>
    </message>
    <message>
        <source>动力蓄电池</source>
        <translation>traction battery</translation>
    </message>
    <message>
        <source>行驶驱动电机</source>
        <translation>drive motor</translation>
    </message>
    <message>
        <source>转向系统</source>
        <translation>steering</translation>
    </message>
    <message>
        <source>制动系统</source>
        <translation>brakes</translation>
    </message>
    <message>
        <source>悬架系统</source>
        <translation>suspension</translation>
    </message>
    <message>
        <source>传动系统</source>
        <translation>transmission</translation>
    </message>
    <message>
        <source>污染控制装置</source>
        <translation>emission control</translation>
    </message>
    <message>
        <source>车身</source>
        <translation>body</translation>
    </message>
    <message>
        <source>动力电池</source>
        <translation>traction battery</translation>
    </message>
    <message>
        <source>驱动电机</source>
        <translation>drive motor</translation>
    </message>
    <message>
        <source>车身开裂</source>
        <translation>body cracking</translation>
    </message>
    <message>
        <source>燃油泄漏</source>
        <translation>fuel leak</translation>
    </message>
    <message>
        <source>起火</source>
        <translation>fire</translation>
    </message>
    <message>
        <source>安全气囊</source>
        <translation>airbag</translation>
    </message>
    <message>
        <source>空调</source>
        <translation>air conditioning</translation>
    </message>
    <message>
        <source>启动/蓄电池</source>
        <translation>starter/12 V battery</translation>
    </message>
    <message>
        <source>漏水</source>
        <translation>water leak</translation>
    </message>
    <message>
        <source>灯光</source>
        <translation>lights</translation>
    </message>
    <message>
        <source>多媒体</source>
        <translation>infotainment</translation>
    </message>
    <message>
        <source>门窗</source>
        <translation>doors and windows</translation>
    </message>
    <message>
        <source>悬挂</source>
        <translation>suspension</translation>
    </message>
    <message>
        <source>文档不是有效的 PDF（{name}）</source>
        <translation>The document is not a valid PDF ({name})</translation>
    </message>
    <message>
        <source>打印服务（CUPS）没有运行，无法打印。请启动打印服务后重试。</source>
        <translation>The print service (CUPS) is not running: cannot print. Start the print service and try again.</translation>
    </message>
    <message>
        <source>找不到打印机“{name}”：系统中没有可用的打印机（打印服务可能没有运行）。</source>
        <translation>Printer “{name}” not found: the system has no printers (the print service may not be running).</translation>
    </message>
    <message>
        <source>找不到打印机“{name}”。请检查打印机名称，或改用其他打印机。</source>
        <translation>Printer “{name}” not found. Check the printer&apos;s name, or use another printer.</translation>
    </message>
    <message>
        <source>打印机“{name}”拒绝接收任务（已被设为拒绝）。请在打印服务中启用后重试。</source>
        <translation>Printer “{name}” rejects jobs (it is set to reject). Enable it in the print service and try again.</translation>
    </message>
    <message>
        <source>打印机“{name}”已暂停{extra}。请恢复打印机后重试。</source>
        <translation>Printer “{name}” is paused{extra}. Resume the printer and try again.</translation>
    </message>
    <message>
        <source>打印机“{name}”处于错误或暂停状态。请检查打印机后重试。</source>
        <translation>Printer “{name}” is in an error or paused state. Check the printer and try again.</translation>
    </message>
    <message>
        <source>第 {page} 页无法渲染（内存不足？）</source>
        <translation>Page {page} could not be rendered (out of memory?)</translation>
    </message>
    <message>
        <source>无法打开打印机“{printer}”开始打印。</source>
        <translation>Cannot open printer “{printer}” to start printing.</translation>
    </message>
    <message>
        <source>打印机“{printer}”无法开始新的一页。</source>
        <translation>Printer “{printer}” cannot start a new page.</translation>
    </message>
    <message>
        <source>打印任务未能交给打印机“{printer}”。</source>
        <translation>The print job could not be handed to printer “{printer}”.</translation>
    </message>
    <message>
        <source>找不到工单“{number}”：工单号形如 RO20261127-0001</source>
        <translation>No repair order “{number}”: an RO number looks like RO20261127-0001</translation>
    </message>
    <message>
        <source>放弃修改？</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>表单中有尚未保存的修改。放弃这些修改并关闭吗？</source>
        <translation>This form has changes that are not saved. Discard them and close?</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>第 {position} 个字符（U+{code}）是看不见的控制字符或残缺字符，多半是从其他程序复制时带入的：请删除后重新输入</source>
        <translation>Character {position} (U+{code}) is an invisible control character or half a character, most likely copied in from another program: delete it and type the text again</translation>
    </message>
    <message>
        <source>第 {id} 条（{at}，{action}）：{problem}</source>
        <translation>Row {id} ({at}, {action}): {problem}</translation>
    </message>
    <message>
        <source>审计日志校验发现问题：{problem}。程序照常启动；请告知系统管理员运行 qiantai audit verify 检查。</source>
        <translation>The audit log check found a problem: {problem}. The program starts as usual; please ask the system administrator to run qiantai audit verify.</translation>
    </message>
    <message>
        <source>这一条不在链上：它是绕过程序写入的</source>
        <translation>this row is not on the chain: it was written around the program</translation>
    </message>
    <message>
        <source>这是现存的第一条，但它之前还有记录：前面的记录被删除过</source>
        <translation>this is the first row left, but rows came before it: earlier rows were deleted</translation>
    </message>
    <message>
        <source>与前一条（第 {prev} 条）接不上：两者之间的记录被删除、插入或改动过</source>
        <translation>it does not follow on from the row before (row {prev}): rows between them were deleted, inserted or changed</translation>
    </message>
    <message>
        <source>内容与它的校验值不符：这一条写入后被改动过</source>
        <translation>its content does not match its hash: this row was changed after it was written</translation>
    </message>
    <message>
        <source>这一条被改写过，但没有对应的客户匿名化记录（第 {by} 条）</source>
        <translation>This entry was rewritten, but there is no matching customer anonymisation entry (entry {by})</translation>
    </message>
    <message>
        <source>链头记录（audit_chain）不见了：无法确认日志末尾是否完整</source>
        <translation>the chain head (audit_chain) is missing: whether the end of the log is complete cannot be told</translation>
    </message>
    <message>
        <source>审计日志是空的，但链头记录到第 {last} 条：日志被整表清空过</source>
        <translation>the audit log is empty, but the chain head reaches row {last}: the whole log was emptied</translation>
    </message>
    <message>
        <source>这是现存的最后一条，但链头记录到第 {last} 条：其后的记录被删除过</source>
        <translation>this is the last row left, but the chain head reaches row {last}: the rows after it were deleted</translation>
    </message>
    <message>
        <source>与链头记录的校验值不符：最后一条被替换过</source>
        <translation>it does not match the hash in the chain head: the last row was replaced</translation>
    </message>
    <message>
        <source>数据库文件可能已损坏</source>
        <translation>The database file may be damaged</translation>
    </message>
    <message>
        <source>导入期间其他前台修改了车架号 {vin} 的车辆或其车主，本次未导入任何数据；请重新导入（将按最新资料重新检查）。</source>
        <translation>Another counter changed the vehicle with VIN {vin} or its owner during the import. Nothing was imported; run the import again (it checks against the latest data).</translation>
    </message>
    <message>
        <source>打印机“{printer}”取消或中止了该任务，未打印完成。</source>
        <translation>The printer “{printer}” cancelled or aborted the job; it was not printed completely.</translation>
    </message>
    <message>
        <source>上次打印时程序意外退出，任务没有交给打印机。</source>
        <translation>The program stopped unexpectedly while printing; the job never reached the printer.</translation>
    </message>
    <message>
        <source>上次意外退出时未完成的打印任务：{printed} 个已打印，{pending} 个待重试（见打印队列）。</source>
        <translation>Print jobs left unfinished when the program last stopped unexpectedly: {printed} printed, {pending} waiting to be retried (see the print queue).</translation>
    </message>
    <message>
        <source>最多 {limit} 个字</source>
        <translation>At most {limit} characters</translation>
    </message>
    <message>
        <source>未知的选项：{values}</source>
        <translation>Unknown options: {values}</translation>
    </message>
    <message>
        <source>轮胎状态不正确：{where} {state}</source>
        <translation>Tyre state not recognised: {where} {state}</translation>
    </message>
    <message>
        <source>第 {n} 个标记的位置或类型不正确</source>
        <translation>Mark {n} has an unknown view or kind</translation>
    </message>
    <message>
        <source>第 {n} 个标记不在车辆图上</source>
        <translation>Mark {n} is not on the drawing of the car</translation>
    </message>
    <message>
        <source>照片不能超过 4 MB（第 {n} 个标记）</source>
        <translation>A photo may be at most 4 MB (mark {n})</translation>
    </message>
    <message>
        <source>标记最多 {limit} 个</source>
        <translation>At most {limit} marks</translation>
    </message>
    <message>
        <source>“{name}”不是测量项目</source>
        <translation>“{name}” is not a measured item</translation>
    </message>
    <message>
        <source>“{name}”的读数不正确</source>
        <translation>The reading of “{name}” is not valid</translation>
    </message>
    <message>
        <source>“{name}”的评级不正确</source>
        <translation>The rating of “{name}” is not valid</translation>
    </message>
    <message>
        <source>“{name}”的估价不正确</source>
        <translation>The estimate of “{name}” is not valid</translation>
    </message>
    <message>
        <source>未知的检查项目“{code}”</source>
        <translation>Unknown check item “{code}”</translation>
    </message>
    <message>
        <source>第 {0} 行：回答方式应为 text、choice 或 multi</source>
        <translation>Line {0}: the answer kind is text, choice or multi</translation>
    </message>
    <message>
        <source>第 {0} 行：测量项目的红色和黄色界限都应为数字</source>
        <translation>Line {0}: a measured item&apos;s red and yellow limits must both be numbers</translation>
    </message>
    <message>
        <source>{0}  {1}：{2}</source>
        <translation>{0}  {1}: {2}</translation>
    </message>
    <message>
        <source>{0}  {1}：{2}（{3}）</source>
        <translation>{0}  {1}: {2} ({3})</translation>
    </message>
    <message>
        <source>索赔单 {claim_id} 不存在</source>
        <translation>Claim {claim_id} does not exist</translation>
    </message>
    <message>
        <source>今天的临时索赔号已用完，请填写厂家索赔号</source>
        <translation>Today&apos;s provisional claim numbers are used up: please enter the manufacturer&apos;s claim number</translation>
    </message>
    <message>
        <source>{part} 第 {n} 件的标签已打印或已入库，不能删除</source>
        <translation>{part} piece {n} has its tag printed or is in storage and cannot be removed</translation>
    </message>
    <message>
        <source>索赔单号 {claim_no} 已存在</source>
        <translation>Claim number {claim_no} already exists</translation>
    </message>
    <message>
        <source>已打印的 {n} 张旧件标签（{codes}）内容会改变：请填写重打原因，旧标签作废并换发新标签号</source>
        <translation>The {n} printed old-part tags ({codes}) would change: please give the reprint reason; the old tags are void and new tag numbers are issued</translation>
    </message>
    <message>
        <source>里程 {km:,} km 已超过 {limit:,} km</source>
        <translation>Mileage {km:,} km is over {limit:,} km</translation>
    </message>
    <message>
        <source>车辆没有开票或交付日期：请核对购车发票后再判断</source>
        <translation>The vehicle has no invoice or delivery date: check the purchase invoice before deciding</translation>
    </message>
    <message>
        <source>自 {start}（{basis}）起 {months} 个月或 {limit:,} km，以先到者为准</source>
        <translation>From {start} ({basis}) for {months} months or {limit:,} km, whichever comes first</translation>
    </message>
    <message>
        <source>{since}：已于 {last} 到期</source>
        <translation>{since}: ended on {last}</translation>
    </message>
    <message>
        <source>{since}：里程 {km:,} km 已超过限值</source>
        <translation>{since}: mileage {km:,} km is over the limit</translation>
    </message>
    <message>
        <source>{since}：至 {last} 止，尚余 {days} 天；里程未知</source>
        <translation>{since}: until {last}, {days} days left; mileage unknown</translation>
    </message>
    <message>
        <source>{since}：至 {last} 止，尚余 {days} 天、{km_left:,} km</source>
        <translation>{since}: until {last}, {days} days and {km_left:,} km left</translation>
    </message>
    <message>
        <source>{ro} 于 {fitted} 更换，配件质保 {months} 个月{km_text}</source>
        <translation>Fitted during {ro} on {fitted}, parts warranty {months} months{km_text}</translation>
    </message>
    <message>
        <source>或 {limit:,} km</source>
        <translation> or {limit:,} km</translation>
    </message>
    <message>
        <source>不限里程</source>
        <translation>, no mileage limit</translation>
    </message>
    <message>
        <source>{terms}：更换后已行驶 {since:,} km，超过限值</source>
        <translation>{terms}: driven {since:,} km since the replacement, over the limit</translation>
    </message>
    <message>
        <source>{terms}：至 {last} 止；里程未知</source>
        <translation>{terms}: until {last}; mileage unknown</translation>
    </message>
    <message>
        <source>{terms}：至 {last} 止，尚余 {days} 天</source>
        <translation>{terms}: until {last}, {days} days left</translation>
    </message>
    <message>
        <source>{day} 没有待打印的旧件标签</source>
        <translation>No old-part tags waiting to be printed on {day}</translation>
    </message>
    <message>
        <source>没有索赔单或旧件标签 {reference}</source>
        <translation>There is no claim or old-part tag {reference}</translation>
    </message>
    <message>
        <source>{label}应为 1 到 {most} 天</source>
        <translation>The {label} is 1 to {most} days</translation>
    </message>
    <message>
        <source>回运期限</source>
        <translation>ship-back deadline</translation>
    </message>
    <message>
        <source>保存期限</source>
        <translation>keeping period</translation>
    </message>
    <message>
        <source>配件质保应为 1 到 120 个月</source>
        <translation>The parts warranty is 1 to 120 months</translation>
    </message>
    <message>
        <source>配件质保里程应为 1 到 1,000,000 km，或不限</source>
        <translation>The parts warranty mileage is 1 to 1,000,000 km, or unlimited</translation>
    </message>
    <message>
        <source>品牌名称不能为空</source>
        <translation>The brand name cannot be empty</translation>
    </message>
    <message>
        <source>扣款原因清单不能为空</source>
        <translation>The list of deduction reasons cannot be empty</translation>
    </message>
    <message>
        <source>扣款原因最多 {n} 条，每条不超过 64 个字</source>
        <translation>At most {n} deduction reasons, each at most 64 characters</translation>
    </message>
    <message>
        <source>月份应写作 YYYY-MM，如 2026-11</source>
        <translation>Write the month as YYYY-MM, such as 2026-11</translation>
    </message>
    <message>
        <source>索赔单</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>旧件（件）</source>
        <translation>Old parts (pieces)</translation>
    </message>
    <message>
        <source>零件金额</source>
        <translation>Parts amount</translation>
    </message>
    <message>
        <source>工时金额</source>
        <translation>Labour amount</translation>
    </message>
    <message>
        <source>索赔合计</source>
        <translation>Claimed total</translation>
    </message>
    <message>
        <source>扣款合计</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>已付款</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>三包期内累计修理 {days} 天</source>
        <translation>Repaired {days} days in total within the lemon-law period</translation>
    </message>
    <message>
        <source>同一问题（{problem}）修理 {n} 次</source>
        <translation>Same problem ({problem}) repaired {n} times</translation>
    </message>
    <message>
        <source>{part}更换 {n} 次</source>
        <translation>{part} replaced {n} times</translation>
    </message>
    <message>
        <source>{system}：{part}</source>
        <translation>{system}: {part}</translation>
    </message>
    <message>
        <source>（临时）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>索赔单号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>故障</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>金额 ¥</source>
        <translation>Amount ¥</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>已打印标签</source>
        <translation>Tags printed</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>临时索赔号：填写厂家索赔号后替换</source>
        <translation>Provisional claim number: replaced once the manufacturer&apos;s number is entered</translation>
    </message>
    <message>
        <source>（{0}，{1}）</source>
        <translation> ({0}, {1})</translation>
    </message>
    <message>
        <source>质保判定</source>
        <translation>Warranty check</translation>
    </message>
    <message>
        <source>本车型没有登记质保条款</source>
        <translation>No warranty terms are registered for this model</translation>
    </message>
    <message>
        <source>{0} {1}：{2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <source>三包累计</source>
        <translation>Lemon-law counts</translation>
    </message>
    <message>
        <source>所选质保不覆盖时必填</source>
        <translation>Required when the chosen warranty does not cover</translation>
    </message>
    <message>
        <source>索赔依据</source>
        <translation>Claim under</translation>
    </message>
    <message>
        <source>超保理由</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <source>{0} km</source>
        <translation>{0} km</translation>
    </message>
    <message>
        <source>里程未知</source>
        <translation>mileage unknown</translation>
    </message>
    <message>
        <source>{0}&#x3000;VIN {1}
维修日 {2}，进厂里程 {3}</source>
        <translation>{0}  VIN {1}
Repair date {2}, mileage in {3}</translation>
    </message>
    <message>
        <source>无法判定是否在质保内：请核对购车发票，并填写超保理由</source>
        <translation>Cannot tell whether the warranty covers it: check the purchase invoice and give an override reason</translation>
    </message>
    <message>
        <source>所选质保不覆盖本次维修：如仍要索赔，请填写超保理由</source>
        <translation>The chosen warranty does not cover this repair: to claim all the same, give an override reason</translation>
    </message>
    <message>
        <source>删除行</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>删除光标所在的行（Ctrl+Del）</source>
        <translation>Removes the row at the cursor, also with Ctrl+Del</translation>
    </message>
    <message>
        <source>第 {0} 行：{1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <source>工时代码</source>
        <comment>claim column</comment>
        <translation>Labour code</translation>
    </message>
    <message>
        <source>工时项目</source>
        <comment>claim column</comment>
        <translation>Operation</translation>
    </message>
    <message>
        <source>工时</source>
        <comment>claim column</comment>
        <translation>Hours</translation>
    </message>
    <message>
        <source>金额 ¥</source>
        <comment>claim column</comment>
        <translation>Amount ¥</translation>
    </message>
    <message>
        <source>零件号</source>
        <comment>claim column</comment>
        <translation>Part no.</translation>
    </message>
    <message>
        <source>零件名称</source>
        <comment>claim column</comment>
        <translation>Part name</translation>
    </message>
    <message>
        <source>数量</source>
        <comment>claim column</comment>
        <translation>Qty</translation>
    </message>
    <message>
        <source>单价 ¥</source>
        <comment>claim column</comment>
        <translation>Unit price ¥</translation>
    </message>
    <message>
        <source>生产供应商</source>
        <comment>claim column</comment>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>责任供应商</source>
        <comment>claim column</comment>
        <translation>Liable supplier</translation>
    </message>
    <message>
        <source>损坏原因</source>
        <comment>claim column</comment>
        <translation>Damage</translation>
    </message>
    <message>
        <source>危险件</source>
        <comment>claim column</comment>
        <translation>Hazardous</translation>
    </message>
    <message>
        <source>数量应为整数件数，如 2</source>
        <translation>The quantity is a whole number of pieces, such as 2</translation>
    </message>
    <message>
        <source>里程 km</source>
        <translation>Mileage km</translation>
    </message>
    <message>
        <source>维修日期</source>
        <translation>Repair date</translation>
    </message>
    <message>
        <source>生产供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>扣款 ¥</source>
        <translation>Deducted ¥</translation>
    </message>
    <message>
        <source>扣款原因</source>
        <translation>Deduction reasons</translation>
    </message>
    <message>
        <source>回运期限（天）</source>
        <translation>Ship within (days)</translation>
    </message>
    <message>
        <source>保存期限（天）</source>
        <translation>Keep for (days)</translation>
    </message>
    <message>
        <source>配件质保（月）</source>
        <translation>Parts warranty (months)</translation>
    </message>
    <message>
        <source>质保里程 km</source>
        <translation>Warranty km</translation>
    </message>
    <message>
        <source>空 = 不限</source>
        <translation>empty = no limit</translation>
    </message>
    <message>
        <source>{0}格式应为 时:分，例如 08:30</source>
        <translation>{0}: write it as hours:minutes, e.g. 08:30</translation>
    </message>
    <message>
        <source>请填写整数</source>
        <translation>Please enter a whole number</translation>
    </message>
    <message>
        <source>休息日期</source>
        <translation>Closed dates</translation>
    </message>
    <message>
        <source>备注不能超过 {n} 个字</source>
        <translation>The note can have at most {n} characters</translation>
    </message>
    <message>
        <source>请填写客户约定的回电日期</source>
        <translation>Enter the day the customer asked to be called</translation>
    </message>
    <message>
        <source>回电日期应在今天以后</source>
        <translation>The call-back day must be after today</translation>
    </message>
    <message>
        <source>请填写预约到店时间</source>
        <translation>Enter when the car is booked to come</translation>
    </message>
    <message>
        <source>请选择客户不再来店的原因</source>
        <translation>Choose why the customer no longer comes</translation>
    </message>
    <message>
        <source>请选择客户的满意度</source>
        <translation>Choose how satisfied the customer is</translation>
    </message>
    <message>
        <source>客户不满意：请记下客户的原话，以便主管处理</source>
        <translation>The customer is unhappy: write down what they said for the supervisor</translation>
    </message>
    <message>
        <source>这辆车没有待做的交车回访</source>
        <translation>This car has no follow-up call to make</translation>
    </message>
    <message>
        <source>没有车牌或车架号为 {reference} 的车辆</source>
        <translation>No car has the plate or VIN {reference}</translation>
    </message>
    <message>
        <source>{plate} 没有待做的保养提醒：交车后才有下次保养</source>
        <translation>{plate} has no service reminder yet: the next service is set at delivery</translation>
    </message>
    <message>
        <source>{plate} 没有待提醒的事项</source>
        <translation>{plate} has nothing to be reminded of</translation>
    </message>
    <message>
        <source>{what}应为 {low} 到 {high}</source>
        <translation>{what} must be {low} to {high}</translation>
    </message>
    <message>
        <source>流失客户月数应大于休眠客户月数</source>
        <translation>The months for lost customers must be more than for lapsing ones</translation>
    </message>
    <message>
        <source>回访期限应晚于回访日</source>
        <translation>The follow-up must expire after its day</translation>
    </message>
    <message>
        <source>默认日均行驶里程应为 5 到 500 km</source>
        <translation>The default distance per day must be 5 to 500 km</translation>
    </message>
    <message>
        <source>回电日期</source>
        <translation>Callback date</translation>
    </message>
    <message>
        <source>到期前几天首次联系</source>
        <translation>First call, days before due</translation>
    </message>
    <message>
        <source>再次联系间隔（天）</source>
        <translation>Call again after (days)</translation>
    </message>
    <message>
        <source>每轮最多拨打次数</source>
        <translation>Calls per round at most</translation>
    </message>
    <message>
        <source>即将到期（天内）</source>
        <translation>Due soon within (days)</translation>
    </message>
    <message>
        <source>免打扰开始</source>
        <translation>Quiet from</translation>
    </message>
    <message>
        <source>免打扰结束</source>
        <translation>Quiet until</translation>
    </message>
    <message>
        <source>首保流失（月）</source>
        <translation>First service lost (months)</translation>
    </message>
    <message>
        <source>休眠客户（月）</source>
        <translation>Lapsing after (months)</translation>
    </message>
    <message>
        <source>流失客户（月）</source>
        <translation>Lost after (months)</translation>
    </message>
    <message>
        <source>默认日均里程 km</source>
        <translation>Default km per day</translation>
    </message>
    <message>
        <source>交车后几天回访</source>
        <translation>Follow-up call, days after delivery</translation>
    </message>
    <message>
        <source>交车后几天内有效</source>
        <translation>Follow-up open until, days after delivery</translation>
    </message>
    <message>
        <source>年检到期前几天提醒</source>
        <translation>Inspection: call days before</translation>
    </message>
    <message>
        <source>保险到期前几天提醒</source>
        <translation>Insurance: call days before</translation>
    </message>
    <message>
        <source>到期后几天内算按时</source>
        <translation>On time within, days after due</translation>
    </message>
    <message>
        <source>保有率回看（月）</source>
        <translation>Retention looks back, months</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>上次来店 {0}</source>
        <translation>Last visit {0}</translation>
    </message>
    <message>
        <source>逾期 1 天</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>还有 1 天</source>
        <translation>Due tomorrow</translation>
    </message>
    <message>
        <source>还有 {0} 天</source>
        <translation>Due in {0} days</translation>
    </message>
    <message>
        <source>交车后 {0} 天</source>
        <translation>Delivered {0} days ago</translation>
    </message>
    <message>
        <source>提醒事项</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>已拨打</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>上次联系</source>
        <translation>Last call</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>{0} 或 {1} km</source>
        <translation>{0} or {1} km</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Follow-up to make</translation>
    </message>
    <message>
        <source>事项</source>
        <comment>reminder reason</comment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>{0} 再联系</source>
        <translation>Call again {0}</translation>
    </message>
    <message>
        <source>已生成预约</source>
        <translation>Appointment made</translation>
    </message>
    <message>
        <source>拨打人</source>
        <translation>Called by</translation>
    </message>
    <message>
        <source>后续</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>全部事项</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <comment>a colleague and their role</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>已记录 {0} 的通话：{1}</source>
        <translation>Call about {0} logged: {1}</translation>
    </message>
    <message>
        <source>，下次联系 {0}</source>
        <translation>, next call {0}</translation>
    </message>
    <message>
        <source>已记录 {0} 的回访：未接通，明天再联系</source>
        <translation>Follow-up call about {0} logged: not reached, calling again tomorrow</translation>
    </message>
    <message>
        <source>已记录 {0} 的回访：{1}</source>
        <translation>Follow-up call about {0} logged: {1}</translation>
    </message>
    <message>
        <source>；已为主管创建投诉（编号 {0}）</source>
        <translation>; a complaint was opened for the supervisor (no. {0})</translation>
    </message>
    <message>
        <source>{0} 辆车的提醒已分配给 {1}</source>
        <translation>Reminders of {0} cars assigned to {1}</translation>
    </message>
    <message>
        <source>{0} 辆车的提醒已不再分配给任何人</source>
        <translation>Reminders of {0} cars no longer assigned to anyone</translation>
    </message>
    <message>
        <source>提醒规则已保存</source>
        <translation>Reminder rules saved</translation>
    </message>
    <message>
        <source>已重新计算保养提醒：{0} 条的到期日有变</source>
        <translation>Service reminders recomputed: {0} have a new due date</translation>
    </message>
    <message>
        <source>保养间隔已保存；重新计算后 {0} 条提醒的到期日有变</source>
        <translation>Service intervals saved; after the recompute {0} reminders have a new due date</translation>
    </message>
    <message>
        <source>保养间隔已保存；已有的提醒尚未重新计算</source>
        <translation>Service intervals saved; the existing reminders have not been recomputed yet</translation>
    </message>
    <message>
        <source>通话清单-{0}-{1}.xlsx</source>
        <translation>Call list-{0}-{1}.xlsx</translation>
    </message>
    <message>
        <source>导出通话清单</source>
        <translation>Export call list</translation>
    </message>
    <message>
        <source>分子/分母</source>
        <translation>Part / whole</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出「{0}」{1} 辆车到 {2}；导出已记录</source>
        <translation>Exported {1} cars of &quot;{0}&quot; to {2}; the export is recorded</translation>
    </message>
    <message>
        <source>进厂台次</source>
        <translation>Vehicles in</translation>
    </message>
    <message>
        <source>当天开单的不同车辆数（一辆车开两张单算 1 台；含之后取消的）</source>
        <translation>Distinct vehicles with an order opened that day (two orders for one car count once; cancelled ones included)</translation>
    </message>
    <message>
        <source>开单数</source>
        <translation>Orders opened</translation>
    </message>
    <message>
        <source>当天开出的工单数</source>
        <translation>Repair orders opened that day</translation>
    </message>
    <message>
        <source>交车台次</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>当天交车的工单数</source>
        <translation>Repair orders delivered that day</translation>
    </message>
    <message>
        <source>在修</source>
        <translation>In the workshop</translation>
    </message>
    <message>
        <source>当天结束时已开单、未交车、未取消的工单数</source>
        <translation>Orders opened, not delivered and not cancelled at the end of the day</translation>
    </message>
    <message>
        <source>产值</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>当天交车工单的合计金额（工时费 + 配件费 + 其他）</source>
        <translation>Total of the orders delivered that day (labour + parts + other)</translation>
    </message>
    <message>
        <source>单车产值</source>
        <translation>Revenue per vehicle</translation>
    </message>
    <message>
        <source>产值 ÷ 当天交车的不同车辆数</source>
        <translation>Revenue divided by the distinct vehicles delivered that day</translation>
    </message>
    <message>
        <source>新预约</source>
        <translation>New bookings</translation>
    </message>
    <message>
        <source>当天新建的预约数（柜台、来电与提醒电话；按建立时间，含之后取消的）</source>
        <translation>Bookings made that day (at the counter, by phone and from reminder calls; by the time they were made, cancelled ones included)</translation>
    </message>
    <message>
        <source>未到店预约</source>
        <translation>Bookings not arrived</translation>
    </message>
    <message>
        <source>预约在当天、未取消且没有到店开单的预约数（应到预约 − 已到店；过了当天即为爽约）</source>
        <translation>Bookings for that day, not cancelled, with no order opened from them (bookings due − arrived; once the day is over they are no-shows)</translation>
    </message>
    <message>
        <source>预约进厂占比</source>
        <translation>Appointment share</translation>
    </message>
    <message>
        <source>当天开单中由预约开出的比例</source>
        <translation>Share of the day&apos;s orders opened from an appointment</translation>
    </message>
    <message>
        <source>超时交车</source>
        <translation>Late deliveries</translation>
    </message>
    <message>
        <source>当天交车且晚于承诺交车时间的工单数</source>
        <translation>Orders delivered that day after their promised time</translation>
    </message>
    <message>
        <source>提醒电话</source>
        <translation>Reminder calls</translation>
    </message>
    <message>
        <source>当天拨打的保养提醒与回访电话数；其中预约成功的数</source>
        <translation>Reminder and follow-up calls made that day, and those that ended in a booking</translation>
    </message>
    <message>
        <source>索赔</source>
        <translation>Warranty claims</translation>
    </message>
    <message>
        <source>当天新建的索赔单数；当天首次打印的旧件标签数</source>
        <translation>Claims opened that day, and part tags printed for the first time</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>当天新开与当天结案的投诉数</source>
        <translation>Complaints opened and closed that day</translation>
    </message>
    <message>
        <source>预约当天到店的预约中（未取消），已到店开单的比例</source>
        <translation>Of the day&apos;s appointments not cancelled, the share that arrived and had an order opened</translation>
    </message>
    <message>
        <source>回访满意率</source>
        <translation>Follow-up satisfaction</translation>
    </message>
    <message>
        <source>当天接通的交车回访中，回答很满意或满意的比例</source>
        <translation>Of the follow-up calls answered that day, the share very satisfied or satisfied</translation>
    </message>
    <message>
        <source>估价准确率</source>
        <translation>Estimate accuracy</translation>
    </message>
    <message>
        <source>当天交车且客户确认过估价的工单中，结算金额在估价 ±10% 以内的比例</source>
        <translation>Of the orders delivered that day with an approved estimate, the share whose final amount is within 10 percent of it</translation>
    </message>
    <message>
        <source>返修</source>
        <translation>Comebacks</translation>
    </message>
    <message>
        <source>当天开单、且 30 天内交过同一故障系统工单的车辆；一次修复率 = 1 − 返修 ÷ 维修工单</source>
        <translation>Vehicles with an order opened that day and one on the same fault system delivered within 30 days; fixed first visit = 1 - comebacks / repair orders</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>日期应写作 YYYY-MM-DD，如 2026-11-27</source>
        <translation>Write the date as YYYY-MM-DD, such as 2026-11-27</translation>
    </message>
    <message>
        <source>月份应写作 YYYY-MM，如 2026-10</source>
        <translation>Write the month as YYYY-MM, e.g. 2026-10</translation>
    </message>
    <message>
        <source>找不到 pg_dump：请在数据库服务器上安装 PostgreSQL 客户端工具后再运行，或由服务器管理员备份</source>
        <translation>pg_dump not found: install the PostgreSQL client tools on the database server and run this again, or have the server&apos;s administrator make the backup</translation>
    </message>
    <message>
        <source>无法写入备份文件夹 {folder}：{reason}</source>
        <translation>Cannot write to the backup folder {folder}: {reason}</translation>
    </message>
    <message>
        <source>pg_dump 失败：{reason}</source>
        <translation>pg_dump failed: {reason}</translation>
    </message>
    <message>
        <source>数据库 {path} 正在使用中（本机的售后前台窗口、客休区显示屏或其他程序打开了它），未恢复。请先关闭所有使用该数据库的程序，再运行恢复。</source>
        <translation>The database {path} is in use (a Qiantai window on this PC, the lounge display or another program has it open); nothing was restored. Close every program using the database, then run the restore again.</translation>
    </message>
    <message>
        <source>无法读取备份文件 {file}：{reason}</source>
        <translation>Cannot read the backup file {file}: {reason}</translation>
    </message>
    <message>
        <source>备份 {file} 已加密，请提供口令</source>
        <translation>The backup {file} is encrypted: give its passphrase</translation>
    </message>
    <message>
        <source>口令不对，或备份文件 {file} 已损坏</source>
        <translation>Wrong passphrase, or the backup file {file} is damaged</translation>
    </message>
    <message>
        <source>{file} 不是售后前台的备份（不是 SQLite 数据库文件），未恢复</source>
        <translation>{file} is not a Qiantai backup (not an SQLite database file); nothing was restored</translation>
    </message>
    <message>
        <source>备份文件 {file} 已损坏（{problem}），未恢复：请换一个备份。</source>
        <translation>The backup file {file} is damaged ({problem}); nothing was restored: use another backup.</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请用服务器的工具恢复（pg_restore，或基础备份）；qiantai restore 只恢复 SQLite 文件。</source>
        <translation>Restore a PostgreSQL database with the server&apos;s tools (pg_restore, or a base backup); qiantai restore restores SQLite files only.</translation>
    </message>
    <message>
        <source>找不到备份文件 {file}</source>
        <translation>Backup file {file} not found</translation>
    </message>
    <message>
        <source>{file} 不是售后前台的数据库（缺少结构版本或主要数据表），未恢复</source>
        <translation>{file} is not a Qiantai database (its schema version or main tables are missing); nothing was restored</translation>
    </message>
    <message>
        <source>备份 {file} 的数据库结构版本 {revision} 比本程序（{head}）新，未恢复：请先安装新版程序。</source>
        <translation>The backup {file} has database schema version {revision}, newer than this program&apos;s ({head}); nothing was restored: install the newer program first.</translation>
    </message>
    <message>
        <source>恢复失败：{reason}（原数据库未改动）</source>
        <translation>Restore failed: {reason} (the database was left as it was)</translation>
    </message>
    <message>
        <source>恢复后的数据与备份不符，请用 {copy} 还原</source>
        <translation>The restored data does not match the backup: put {copy} back</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请用服务器自己的工具备份：pg_dump（逻辑备份）或基础备份加 WAL 归档（pg_basebackup），由服务器管理员安排定时任务；本程序的备份只复制 SQLite 文件。</source>
        <translation>Back up a PostgreSQL database with the server&apos;s own tools: pg_dump (a logical backup) or a base backup with WAL archiving (pg_basebackup), scheduled by the server&apos;s administrator; this program&apos;s backup copies SQLite files only.</translation>
    </message>
    <message>
        <source>请填写完整的文件夹路径（如 D:\备份 或 \\服务器\共享）</source>
        <translation>Give the folder&apos;s full path (e.g. D:\Backup or \\server\share)</translation>
    </message>
    <message>
        <source>备份口令至少 {n} 个字符</source>
        <translation>The backup passphrase needs at least {n} characters</translation>
    </message>
    <message>
        <source>加密备份需要设置口令</source>
        <translation>An encrypted backup needs a passphrase</translation>
    </message>
    <message>
        <source>数据库备份：由 PostgreSQL 服务器负责（pg_dump）</source>
        <translation>Database backup: done by the PostgreSQL server (pg_dump)</translation>
    </message>
    <message>
        <source>未设置备份文件夹：请管理员在“系统管理”中设置（第二块硬盘或网络共享）</source>
        <translation>No backup folder set: the administrator sets one under “Administration” (a second disk or a network share)</translation>
    </message>
    <message>
        <source>未设置备份文件夹，上次备份在 {when}：请管理员在“系统管理”中设置</source>
        <translation>No backup folder set, last backup {when}: the administrator sets one under “Administration”</translation>
    </message>
    <message>
        <source>尚无成功的备份（备份到 {folder}）</source>
        <translation>No successful backup yet (backing up to {folder})</translation>
    </message>
    <message>
        <source>上次成功备份在 {when}，已超过两天：请检查备份文件夹 {folder}</source>
        <translation>The last successful backup was {when}, more than two days ago: check the backup folder {folder}</translation>
    </message>
    <message>
        <source>上次备份 {when}，备份到 {folder}</source>
        <translation>Last backup {when}, to {folder}</translation>
    </message>
    <message>
        <source>没有可备份的数据库文件：{url}</source>
        <translation>No database file to back up: {url}</translation>
    </message>
    <message>
        <source>加密备份需要口令：请在“系统管理”中设置，或在命令行用 --passphrase-file</source>
        <translation>An encrypted backup needs a passphrase: set it under “Administration”, or give --passphrase-file on the command line</translation>
    </message>
    <message>
        <source>备份失败：{reason}（数据库未改动）</source>
        <translation>Backup failed: {reason} (the database was left as it was)</translation>
    </message>
    <message>
        <source>备份未通过检查（{problem}），未保存：数据库文件可能已损坏，请联系管理员。</source>
        <translation>The backup failed its check ({problem}) and was not kept: the database file may be damaged; contact the administrator.</translation>
    </message>
    <message>
        <source>写入备份文件夹 {folder} 的备份读回来与原件不符，未保存</source>
        <translation>The backup written to {folder} did not read back the same as the original; it was not kept</translation>
    </message>
    <message>
        <source>投诉 {complaint_id} 不存在</source>
        <translation>Complaint {complaint_id} does not exist</translation>
    </message>
    <message>
        <source>提前提醒的小时数应小于首次回复时限</source>
        <translation>The warning hours must be fewer than the first-reply time limit</translation>
    </message>
    <message>
        <source>{what}不能超过 {n} 个字</source>
        <translation>{what} may not be longer than {n} characters</translation>
    </message>
    <message>
        <source>这条投诉已结案；如需继续处理，请先重新打开</source>
        <translation>This complaint is closed; reopen it to carry on</translation>
    </message>
    <message>
        <source>请选择投诉渠道</source>
        <translation>Choose the complaint&apos;s channel</translation>
    </message>
    <message>
        <source>请选择投诉类别</source>
        <translation>Choose the complaint&apos;s category</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>请先查找并选择投诉的客户</source>
        <translation>First find and choose the customer who complains</translation>
    </message>
    <message>
        <source>所选工单不存在</source>
        <translation>The chosen repair order does not exist</translation>
    </message>
    <message>
        <source>所选工单不是这辆车的工单</source>
        <translation>The chosen repair order is not this vehicle&apos;s</translation>
    </message>
    <message>
        <source>只能指派给在职的服务顾问、前台主管或管理员</source>
        <translation>Complaints can be assigned only to an active service advisor, counter supervisor or administrator</translation>
    </message>
    <message>
        <source>请选择联系客户或处理措施</source>
        <translation>Choose: customer contacted or action taken</translation>
    </message>
    <message>
        <source>处理内容</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>这条投诉由{name}负责，只有负责人或前台主管可以记录处理</source>
        <translation>{name} handles this complaint: only they or a counter supervisor can log on it</translation>
    </message>
    <message>
        <source>这条投诉尚未指派；只有登记人或前台主管可以记录处理</source>
        <translation>This complaint is not assigned yet: only whoever recorded it or a counter supervisor can log on it</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>请选择客户对处理结果是否满意</source>
        <translation>Choose whether the customer accepted the resolution</translation>
    </message>
    <message>
        <source>重新打开的原因</source>
        <translation>The reason for reopening</translation>
    </message>
    <message>
        <source>这条投诉{status}，无需重新打开</source>
        <translation>This complaint is {status}: nothing to reopen</translation>
    </message>
    <message>
        <source>日、周、月</source>
        <translation>Day, week, month</translation>
    </message>
    <message>
        <source>每项指标按其本身事件发生的当地日期计入；周为 ISO 周（周一至周日），跨月的周只计本月的日子</source>
        <translation>Each figure counts on the local date of its own event; weeks are ISO weeks (Monday to Sunday), a week across the month&apos;s edge counts only its days in the month</translation>
    </message>
    <message>
        <source>月合计</source>
        <translation>Month totals</translation>
    </message>
    <message>
        <source>台次为当月的不同车辆数（不是每日之和）；在修为统计期最后一天结束时的数</source>
        <translation>Vehicle counts are the month&apos;s distinct vehicles (not the sum of the days); in the workshop is the count at the end of the period&apos;s last day</translation>
    </message>
    <message>
        <source>上月同期、去年同期</source>
        <translation>Same period last month / last year</translation>
    </message>
    <message>
        <source>本月已结束时为上月整月与去年同月整月；本月未结束时为上月、去年同月的 1 日至同一日</source>
        <translation>For a month that is over, the whole month before and the whole same month a year before; for the current month, the 1st to the same day of those months</translation>
    </message>
    <message>
        <source>超时交车明细</source>
        <translation>Late deliveries</translation>
    </message>
    <message>
        <source>本月交车且晚于承诺交车时间的工单；超时小时 = 交车时间 − 承诺时间</source>
        <translation>Orders delivered in the month after their promised time; hours late = delivered − promised</translation>
    </message>
    <message>
        <source>月末三包预警</source>
        <translation>Lemon-law alerts at month end</translation>
    </message>
    <message>
        <source>本月开过维修（一般维修、索赔）工单、或月末仍有维修工单在修，且月末仍在三包有效期或包修期内的车辆，按截至月末的工单算出的三包重点与三包提醒（提示不列）</source>
        <translation>Vehicles with a repair order (general repair, warranty) opened in the month or still in the workshop at month end, and still within their lemon-law period or repair warranty at month end: their critical lemon-law alerts and warnings from the orders up to month end (notes not listed)</translation>
    </message>
    <message>
        <source>{month} 还没有开始，只能汇总本月和以前的月份</source>
        <translation>{month} has not begun: only this month and earlier ones can be summarised</translation>
    </message>
    <message>
        <source>已登记投诉 #{0}（{1}），首次回复期限 {2}</source>
        <translation>Complaint #{0} recorded ({1}), first reply due {2}</translation>
    </message>
    <message>
        <source>这条投诉已结案或不由您负责，不能记录处理</source>
        <translation>This complaint is closed or not yours: you cannot log on it</translation>
    </message>
    <message>
        <source>已记录投诉 #{0} 的处理</source>
        <translation>Logged on complaint #{0}</translation>
    </message>
    <message>
        <source>投诉 #{0} 已指派给 {1}</source>
        <translation>Complaint #{0} assigned to {1}</translation>
    </message>
    <message>
        <source>投诉 #{0} 已不再指派给任何人</source>
        <translation>Complaint #{0} is no longer assigned to anyone</translation>
    </message>
    <message>
        <source>投诉 #{0} 已结案</source>
        <translation>Complaint #{0} closed</translation>
    </message>
    <message>
        <source>投诉 #{0} 已重新打开，等待回复</source>
        <translation>Complaint #{0} reopened, awaiting a reply</translation>
    </message>
    <message>
        <source>投诉规则已保存：首次回复时限 {0} 小时</source>
        <translation>Complaint rules saved: first reply within {0} hours</translation>
    </message>
    <message>
        <source>到店 {0} / 预约 {1}</source>
        <translation>{0} arrived / {1} booked</translation>
    </message>
    <message>
        <source>满意 {0} / 接通回访 {1}</source>
        <translation>{0} satisfied / {1} follow-ups reached</translation>
    </message>
    <message>
        <source>准确 {0} / 确认估价 {1}</source>
        <translation>{0} within / {1} approved estimates</translation>
    </message>
    <message>
        <source>返修 {0} / 维修工单 {1}</source>
        <translation>{0} comebacks / {1} repair orders</translation>
    </message>
    <message>
        <source>返修 {0} / {1}</source>
        <translation>{0} comebacks / {1}</translation>
    </message>
    <message>
        <source>当日返修工单：{0}</source>
        <translation>Comebacks of the day: {0}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>维修类型</source>
        <translation>Job type</translation>
    </message>
    <message>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>另存PDF (Ctrl+Shift+S)</source>
        <translation>Save PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>导出 Excel (Ctrl+E)</source>
        <translation>Export Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Enter 查询 · Alt+←/→ 前一天/后一天</source>
        <translation>Enter runs · Alt+←/→ day before/after</translation>
    </message>
    <message>
        <source>估价准确率（按服务顾问）</source>
        <translation>Estimate accuracy by service advisor</translation>
    </message>
    <message>
        <source>质量</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>维修类型 / 付费方</source>
        <translation>Job type / payer</translation>
    </message>
    <message>
        <source>指标口径</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>正在计算 {0} 的日报…</source>
        <translation>Computing the daily report of {0}…</translation>
    </message>
    <message>
        <source>未能计算日报</source>
        <translation>The daily report could not be computed</translation>
    </message>
    <message>
        <source>{0} {1}：当天没有开单，也没有交车</source>
        <translation>{0} {1}: no order opened, none delivered</translation>
    </message>
    <message>
        <source>{0} {1}：进厂 {2} 台，交车 {3} 台，产值 {4} 元</source>
        <translation>{0} {1}: {2} vehicles in, {3} delivered, revenue {4} yuan</translation>
    </message>
    <message>
        <source>打印预览 - 维修日报 {0}</source>
        <translation>Print preview - Daily repair report {0}</translation>
    </message>
    <message>
        <source>维修日报-{0}</source>
        <translation>daily-report-{0}</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}：{1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>等 {0} 项</source>
        <translation>{0} fields in all</translation>
    </message>
    <message>
        <source>修改内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>{0:+.1f} 个百分点</source>
        <translation>{0:+.1f} pts</translation>
    </message>
    <message>
        <source>较上月同期</source>
        <translation>vs last month</translation>
    </message>
    <message>
        <source>（本月累计）</source>
        <translation>(month to date)</translation>
    </message>
    <message>
        <source>本月累计与上月同期相比</source>
        <translation>The month to date against the same days of last month</translation>
    </message>
    <message>
        <source>第 {0} 周（{1}–{2}）</source>
        <translation>Week {0} ({1}–{2})</translation>
    </message>
    <message>
        <source>ISO 周（周一至周日），跨月的周只计本月的日子</source>
        <translation>ISO weeks (Monday to Sunday); a week across the month&apos;s edge counts only its days in the month</translation>
    </message>
    <message>
        <source>三包重点</source>
        <translation>Lemon law: critical</translation>
    </message>
    <message>
        <source>三包提醒</source>
        <translation>Lemon law: warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>本月计算</source>
        <translation>Worked out</translation>
    </message>
    <message>
        <source>每日进厂与交车台次</source>
        <translation>Vehicles in and delivered per day</translation>
    </message>
    <message>
        <source>每日产值（元）</source>
        <translation>Revenue per day (yuan)</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Enter 查询 · Alt+←/→ 上月/下月</source>
        <translation>Enter runs · Alt+←/→ month before/after</translation>
    </message>
    <message>
        <source>趋势</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>汇总</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>正在汇总 {0}…</source>
        <translation>Summarising {0}…</translation>
    </message>
    <message>
        <source>未能汇总 {0}</source>
        <translation>{0} could not be summarised</translation>
    </message>
    <message>
        <source>本月与上月同期相比</source>
        <translation>This month against the same period last month</translation>
    </message>
    <message>
        <source>较去年同期</source>
        <translation>vs last year</translation>
    </message>
    <message>
        <source>本月与去年同期相比</source>
        <translation>This month against the same period last year</translation>
    </message>
    <message>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>配件费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>超时交车 ({0})</source>
        <translation>Late deliveries ({0})</translation>
    </message>
    <message>
        <source>三包预警 ({0})</source>
        <translation>Lemon-law alerts ({0})</translation>
    </message>
    <message>
        <source>{0} 全月</source>
        <translation>{0}, whole month</translation>
    </message>
    <message>
        <source>{0}（1 日至 {1} 日）</source>
        <translation>{0} (1st to {1})</translation>
    </message>
    <message>
        <source>{0}：进厂 {1} 台，交车 {2} 台，产值 {3} 元</source>
        <translation>{0}: {1} vehicles in, {2} delivered, revenue {3} yuan</translation>
    </message>
    <message>
        <source>，产值较上月同期 {0}</source>
        <translation>, revenue vs last month {0}</translation>
    </message>
    <message>
        <source>打印预览 - 月度汇总 {0}</source>
        <translation>Print preview - Monthly summary {0}</translation>
    </message>
    <message>
        <source>月度汇总-{0}</source>
        <translation>monthly-summary-{0}</translation>
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
        <source>正在生成 PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>正在生成 Excel 工作簿…</source>
        <translation>Making the Excel workbook…</translation>
    </message>
    <message>
        <source>未能保存 {0}</source>
        <translation>{0} was not saved</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>无法写入 {path}：{error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>已保存到 {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <source>未能生成文件</source>
        <translation>The file could not be made</translation>
    </message>
    <message>
        <source>数据库文件 {path} 未通过完整性检查，可能已损坏：为免损坏扩大，本程序暂停保存，只能查看。请联系管理员用最近的备份恢复（qiantai restore；备份在系统管理中设置的备份文件夹里）。</source>
        <translation>The database file {path} failed its integrity check and may be damaged: so that the damage does not spread, the program saves nothing for now; you can still look things up. Ask the administrator to restore the latest backup (qiantai restore; the backups are in the backup folder set under Administration).</translation>
    </message>
    <message>
        <source>{what}尚未完结，保存期限还未开始计算</source>
        <translation>{what} is not closed yet: its retention period has not begun</translation>
    </message>
    <message>
        <source>{what}须保存至 {until}（含）</source>
        <translation>{what} must be kept until {until} (inclusive)</translation>
    </message>
    <message>
        <source>等 {n} 条记录</source>
        <translation> and others, {n} records in all</translation>
    </message>
    <message>
        <source>不能{action}：维修记录（工单、检查单、索赔及其操作记录）依三包规定至少保存 {years} 年。{shown}{more}。</source>
        <translation>Cannot {action}: repair records (orders, inspection sheets, claims and their logs) must be kept for at least {years} years under the three-guarantees rules. {shown}{more}.</translation>
    </message>
    <message>
        <source>工单 {no}</source>
        <translation>Order {no}</translation>
    </message>
    <message>
        <source>检查单（工单 {id}）</source>
        <translation>Inspection sheet (order {id})</translation>
    </message>
    <message>
        <source>索赔单 {no}</source>
        <translation>Claim {no}</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>不能批量删除{table}：维修记录依三包规定至少保存 {years} 年，只能逐条核对保存期限。</source>
        <translation>Cannot bulk-delete {table}: repair records must be kept for at least {years} years under the three-guarantees rules; their retention can only be checked record by record.</translation>
    </message>
    <message>
        <source>找不到“{text}”：请输入工单号、车牌、车架号、索赔单号、投诉编号（#12）、用户名或客户手机号</source>
        <translation>&quot;{text}&quot; not found: enter an RO number, plate, VIN, claim number, complaint number (#12), user name or customer phone</translation>
    </message>
    <message>
        <source>预约 {appointment_id} 不存在</source>
        <translation>Booking {appointment_id} does not exist</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>时段长度只能是 15、20、30 或 60 分钟</source>
        <translation>A slot is 15, 20, 30 or 60 minutes long</translation>
    </message>
    <message>
        <source>请填写营业开始和结束时间</source>
        <translation>Enter the opening and closing times</translation>
    </message>
    <message>
        <source>营业结束时间应晚于开始时间</source>
        <translation>Closing time must be after opening time</translation>
    </message>
    <message>
        <source>营业时间不足一个时段</source>
        <translation>The opening hours are shorter than one slot</translation>
    </message>
    <message>
        <source>{kind}每个时段的预约数应为 0 到 {n}</source>
        <translation>{kind}: bookings per slot must be 0 to {n}</translation>
    </message>
    <message>
        <source>每位服务顾问每个时段的预约数应为 0 到 {n}</source>
        <translation>Bookings per advisor per slot must be 0 to {n}</translation>
    </message>
    <message>
        <source>休息日应为星期一到星期日</source>
        <translation>Closed weekdays must be Monday to Sunday</translation>
    </message>
    <message>
        <source>一周七天都休息就无法预约了</source>
        <translation>Closed all seven days of the week: nobody could book</translation>
    </message>
    <message>
        <source>休息日期应为日期</source>
        <translation>Closed days must be dates</translation>
    </message>
    <message>
        <source>迟到判定应为 {low} 到 {high} 分钟</source>
        <translation>Late after must be {low} to {high} minutes</translation>
    </message>
    <message>
        <source>{day} 不接受预约（休息日）</source>
        <translation>No bookings on {day} (closed)</translation>
    </message>
    <message>
        <source>这个时段已经过去，请选择以后的时段</source>
        <translation>This slot has already begun; choose a later one</translation>
    </message>
    <message>
        <source>预约时间应为营业时间内的整时段（{opens} 起每 {minutes} 分钟）</source>
        <translation>A booking starts on a slot within opening hours (every {minutes} minutes from {opens})</translation>
    </message>
    <message>
        <source>（到店安排）</source>
        <translation>(assigned on arrival)</translation>
    </message>
    <message>
        <source>已预约 {0}：{1}</source>
        <translation>Booked {0}: {1}</translation>
    </message>
    <message>
        <source>{0} 已改期：{1} → {2}</source>
        <translation>{0} moved: {1} → {2}</translation>
    </message>
    <message>
        <source>已取消 {0} 的预约</source>
        <translation>Booking of {0} cancelled</translation>
    </message>
    <message>
        <source>已记录 {0} 的确认电话：{1}</source>
        <translation>Confirmation call for {0} recorded: {1}</translation>
    </message>
    <message>
        <source>已记录 {0} 的爽约原因</source>
        <translation>No-show reason for {0} recorded</translation>
    </message>
    <message>
        <source>预约设置已保存</source>
        <translation>Booking schedule saved</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <comment>a job and its kind of work</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>工单 {0}</source>
        <translation>Order {0}</translation>
    </message>
    <message>
        <source>取消：{0}</source>
        <translation>Cancelled: {0}</translation>
    </message>
    <message>
        <source>爽约：{0}</source>
        <translation>No-show: {0}</translation>
    </message>
    <message>
        <source>预约已登记：{0}</source>
        <translation>Booking made: {0}</translation>
    </message>
    <message>
        <source>到店时间：{0} {1} {2}</source>
        <translation>Arrival: {0} {1} {2}</translation>
    </message>
    <message>
        <source>项目：{0}</source>
        <translation>Job: {0}</translation>
    </message>
    <message>
        <source>服务顾问：{0}</source>
        <translation>Service advisor: {0}</translation>
    </message>
    <message>
        <source>到店安排</source>
        <translation>assigned on arrival</translation>
    </message>
    <message>
        <source>{0} 服务电话：{1}</source>
        <translation>{0} service phone: {1}</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <source>没有预约号为 {reference} 的预约</source>
        <translation>No booking numbered {reference}</translation>
    </message>
    <message>
        <source>已为 {0} 预约</source>
        <translation>Booked {0}</translation>
    </message>
    <message>
        <source>请先关闭打开的窗口，再按预约开单</source>
        <translation>Close the open window first, then open the order from the booking</translation>
    </message>
    <message>
        <source>{0} 是新客户：先登记车辆，保存后按预约开单</source>
        <translation>{0} is a new customer: put the car on file; once saved, the order opens from the booking</translation>
    </message>
    <message>
        <source>{0} 今天有预约（新客户）：按 F2 登记车辆，保存后按预约开单</source>
        <translation>{0} is booked today (a new customer): F2 puts the car on file, then the order opens from the booking</translation>
    </message>
    <message>
        <source>无法写入日志文件 {file}：{why}（程序继续运行，不再记录日志）</source>
        <translation>Cannot write the log file {file}: {why} (the program carries on without logging)</translation>
    </message>
    <message>
        <source>无法写入日志目录 {folder}：{why}（程序继续运行，不记录日志）</source>
        <translation>Cannot write to the log folder {folder}: {why} (the program carries on without logging)</translation>
    </message>
    <message>
        <source>上次交车回访客户{answer}（{day}，{ro}）：{words}</source>
        <translation>Last follow-up call ({day}, {ro}): {answer}: {words}</translation>
    </message>
    <message>
        <source>年检已逾期（检验有效期至 {month}），请尽快年检</source>
        <translation>Annual inspection overdue (valid until {month}): have it inspected soon</translation>
    </message>
    <message>
        <source>年检：检验有效期至 {month}</source>
        <translation>Annual inspection: valid until {month}</translation>
    </message>
    <message>
        <source>保险已逾期（{day} 到期），请尽快续保</source>
        <translation>Insurance lapsed (ended {day}): renew it soon</translation>
    </message>
    <message>
        <source>保险续保：{day} 到期</source>
        <translation>Insurance renewal: ends {day}</translation>
    </message>
    <message>
        <source>首保（月）</source>
        <translation>First service (months)</translation>
    </message>
    <message>
        <source>首保里程 km</source>
        <translation>First service km</translation>
    </message>
    <message>
        <source>保养间隔（月）</source>
        <translation>Service interval (months)</translation>
    </message>
    <message>
        <source>保养间隔 km</source>
        <translation>Service interval km</translation>
    </message>
    <message>
        <source>最多 {0} 个月</source>
        <translation>At most {0} months</translation>
    </message>
    <message>
        <source>最多 {0} km</source>
        <translation>At most {0} km</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>记录处理</source>
        <translation>Log on complaint</translation>
    </message>
    <message>
        <source>对客户说了什么、做了什么（客户的回应也记下）</source>
        <translation>What was said to the customer or done (note the customer&apos;s answer too)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>What</translation>
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
    <message>
        <source>数据备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>客户个人信息</source>
        <translation>Customer personal data</translation>
    </message>
    <message>
        <source>应客户要求导出其全部资料，或在维修记录过了 6 年保存期后匿名化。</source>
        <translation>Export all of a customer&apos;s data on request, or anonymise it once the repair records are past their 6-year retention.</translation>
    </message>
    <message>
        <source>导出与匿名化…</source>
        <translation>Export and anonymise…</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <source>到期未来厂分析</source>
        <translation>Due but not back analysis</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>这种单据尚未接入打印，暂不能打印</source>
        <translation>This document cannot be printed yet</translation>
    </message>
    <message>
        <source>导出 Excel (Ctrl+E)</source>
        <translation>Export to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>到期车辆</source>
        <translation>Cars due</translation>
    </message>
    <message>
        <source>按时回厂</source>
        <translation>Back on time</translation>
    </message>
    <message>
        <source>逾期回厂</source>
        <translation>Back late</translation>
    </message>
    <message>
        <source>未回厂</source>
        <translation>Not back</translation>
    </message>
    <message>
        <source>已电话提醒</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>提醒后回厂</source>
        <translation>Back after a call</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>到期月份</source>
        <translation>Month due</translation>
    </message>
    <message>
        <source>按时回厂：到期后 {0} 天内保养</source>
        <translation>On time: serviced within {0} days of the due date</translation>
    </message>
    <message>
        <source>未回厂原因</source>
        <translation>Why they did not come back</translation>
    </message>
    <message>
        <source>保有指标</source>
        <translation>Retention figures</translation>
    </message>
    <message>
        <source>按服务顾问</source>
        <translation>By service advisor</translation>
    </message>
    <message>
        <source>按车型</source>
        <translation>By model</translation>
    </message>
    <message>
        <source>{0} 没有到期的保养</source>
        <translation>No services fell due in {0}</translation>
    </message>
    <message>
        <source>{0}：到期 {1} 辆，回厂率 {2}</source>
        <translation>{0}: {1} cars due, {2} back</translation>
    </message>
    <message>
        <source>打印预览 - 到期未来厂分析 {0}</source>
        <translation>Print preview - due but not back analysis {0}</translation>
    </message>
    <message>
        <source>到期未来厂分析-{0}.xlsx</source>
        <translation>Due but not back-{0}.xlsx</translation>
    </message>
    <message>
        <source>导出到期未来厂分析</source>
        <translation>Export the due but not back analysis</translation>
    </message>
    <message>
        <source>已导出 {0} 的分析到 {1}</source>
        <translation>Analysis of {0} exported to {1}</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>新建预约 (Ctrl+N)</source>
        <translation>New booking (Ctrl+N)</translation>
    </message>
    <message>
        <source>到店开单 (Enter)</source>
        <translation>Open order (Enter)</translation>
    </message>
    <message>
        <source>改期 (Ctrl+M)</source>
        <translation>Move (Ctrl+M)</translation>
    </message>
    <message>
        <source>取消预约 (Del)</source>
        <translation>Cancel (Del)</translation>
    </message>
    <message>
        <source>确认电话 (Ctrl+R)</source>
        <translation>Confirm call (Ctrl+R)</translation>
    </message>
    <message>
        <source>爽约原因 (Ctrl+E)</source>
        <translation>No-show reason (Ctrl+E)</translation>
    </message>
    <message>
        <source>打印预约单 (Ctrl+P)</source>
        <translation>Print slip (Ctrl+P)</translation>
    </message>
    <message>
        <source>预约设置…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>{0} 明天 {1} 个预约待到店，{2} 个尚未确认</source>
        <translation>{0} tomorrow: {1} bookings to come, {2} not confirmed yet</translation>
    </message>
    <message>
        <source>{0} 共 {1} 个预约</source>
        <translation>{0}: {1} bookings</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>只有今天的预约可以到店开单；其他日期的预约可改期</source>
        <translation>Only today&apos;s bookings can open an order; a booking of another day can be moved</translation>
    </message>
    <message>
        <source>{0} 到店：已在“接车开单”中按预约开单</source>
        <translation>{0} arrived: the order is open in Vehicle intake, filled from the booking</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>分配提醒任务</source>
        <translation>Assign reminder tasks</translation>
    </message>
    <message>
        <source>{0} 辆车：{1}</source>
        <translation>{0} cars: {1}</translation>
    </message>
    <message>
        <source>（不分配给任何人）</source>
        <translation>(Nobody)</translation>
    </message>
    <message>
        <source>分配给</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <source>指派投诉</source>
        <translation>Assign complaint</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>（不指派给任何人）</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>指派给</source>
        <translation>Assign to</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>查询 (Enter)</source>
        <translation>Search (Enter)</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>再显示 200 条 (Ctrl+M)</source>
        <translation>200 more (Ctrl+M)</translation>
    </message>
    <message>
        <source>导出 Excel (Ctrl+E)</source>
        <translation>Export Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>已显示 {0} 条，还有更早的</source>
        <translation>{0} shown, there are older ones</translation>
    </message>
    <message>
        <source>{0} 条</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <source>记录：{0}</source>
        <translation>Record: {0}</translation>
    </message>
    <message>
        <source>审计日志-{0}.xlsx</source>
        <translation>audit-log-{0}.xlsx</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 {0} 条到 {1}；导出已记录在审计日志</source>
        <translation>Exported {0} entries to {1}; the export is recorded in the audit log</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>数据备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>如 D:\售后前台备份 或 \\服务器\共享</source>
        <translation>e.g. D:\Qiantai backups or \\server\share</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>用口令加密备份文件</source>
        <translation>Encrypt the backup files with a passphrase</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Once more</translation>
    </message>
    <message>
        <source>该文件夹与数据库在同一块磁盘上：磁盘损坏时备份也会丢失。</source>
        <translation>This folder is on the database&apos;s own disk: if the disk fails, the backups go with it.</translation>
    </message>
    <message>
        <source>每天第一次打开程序时自动备份到该文件夹，保留最近 {0} 天每天一份、{1} 周每周一份、{2} 个月每月一份。加密备份没有口令无法恢复，请另行妥善保管口令。恢复：关闭所有售后前台窗口后，运行 qiantai restore 备份文件。</source>
        <translation>The program backs up to this folder when it is first opened each day, and keeps one backup a day for the last {0} days, one a week for {1} weeks and one a month for {2} months. An encrypted backup cannot be restored without its passphrase: keep the passphrase safe elsewhere. To restore: close every Qiantai window, then run qiantai restore BACKUP-FILE.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>数据库在 PostgreSQL 服务器上：请由服务器管理员用 pg_dump 或基础备份定时备份。</source>
        <translation>The database is on a PostgreSQL server: its administrator schedules the backups (pg_dump or base backups).</translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>已设置（不改请留空）</source>
        <translation>Set (leave empty to keep it)</translation>
    </message>
    <message>
        <source>至少 8 个字符</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>请先保存备份设置</source>
        <translation>Save the backup settings first</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>已备份并校验：{0}（{1}）</source>
        <translation>Backed up and checked: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>今天的自动备份失败：{0}</source>
        <translation>Today&apos;s automatic backup failed: {0}</translation>
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
        <source>&#x3000;预约待到 {0}</source>
        <translation>   Booked, to come {0}</translation>
    </message>
    <message>
        <source>改为：{0}</source>
        <translation>Move to: {0}</translation>
    </message>
    <message>
        <source>{0}（{1}）已改为：{2}</source>
        <translation>{0} ({1}) moved to: {2}</translation>
    </message>
    <message>
        <source>已交车 {0}&#x3000;{1}（{2}）。</source>
        <translation>Delivered {0}  {1} ({2}). </translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>新建预约</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>客户想做什么、车有什么现象（客户原话）</source>
        <translation>What the customer wants done, what the car does (in their words)</translation>
    </message>
    <message>
        <source>客户在店等候</source>
        <translation>Customer waits</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>客户描述</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>为 {0} 预约</source>
        <translation>Booking for {0}</translation>
    </message>
    <message>
        <source>日期 / 时段</source>
        <translation>Day / slot</translation>
    </message>
    <message>
        <source>预约 (Ctrl+S)</source>
        <translation>Book (Ctrl+S)</translation>
    </message>
    <message>
        <source>预约成功，请向客户复述：</source>
        <translation>Booked. Read this back to the customer:</translation>
    </message>
    <message>
        <source>打印预约单 (Ctrl+P)</source>
        <translation>Print slip (Ctrl+P)</translation>
    </message>
    <message>
        <source>完成 (Esc)</source>
        <translation>Done (Esc)</translation>
    </message>
    <message>
        <source>请选择一个有空位的时段</source>
        <translation>Choose a slot with a free place</translation>
    </message>
    <message>
        <source>预约成功</source>
        <translation>Booked</translation>
    </message>
</context>
<context>
    <name>BoxesPage</name>
    <message>
        <source>开新箱 (Ctrl+N)</source>
        <translation>New box (Ctrl+N)</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>扫描装箱</source>
        <translation>Scan to pack</translation>
    </message>
    <message>
        <source>扫描出箱</source>
        <translation>Scan to unpack</translation>
    </message>
    <message>
        <source>扫描旧件标签装入所选的箱子，或扫描箱号选箱</source>
        <translation>Scan an old-part tag to pack it into the selected box, or a box number to select that box</translation>
    </message>
    <message>
        <source>发运…</source>
        <translation>Ship…</translation>
    </message>
    <message>
        <source>打印箱标签 (Ctrl+P)</source>
        <translation>Print box label (Ctrl+P)</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>扣款…</source>
        <translation>Deducted…</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <source>回运箱</source>
        <translation>Return boxes</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>所选旧件：</source>
        <translation>Selected part:</translation>
    </message>
    <message>
        <source>没有选中的回运箱：选择品牌后开新箱 (Ctrl+N)</source>
        <translation>No return box selected: choose a brand and open a new box (Ctrl+N)</translation>
    </message>
    <message>
        <source>请先选择一个装箱中的回运箱，或开新箱 (Ctrl+N)</source>
        <translation>First select a return box that is being packed, or open a new one (Ctrl+N)</translation>
    </message>
    <message>
        <source>回运箱 {0}&#x3000;{1}&#x3000;{2}&#x3000;{3} 件</source>
        <translation>Return box {0}   {1}   {2}   {3} pieces</translation>
    </message>
    <message>
        <source>&#x3000;{0} 运单 {1}</source>
        <translation>   {0} waybill {1}</translation>
    </message>
    <message>
        <source>还没有车型品牌：请先在车型资料中登记品牌</source>
        <translation>No vehicle model brands yet: add the brand to the vehicle models first</translation>
    </message>
    <message>
        <source>已开新箱 {0}（{1}），请扫描旧件装箱</source>
        <translation>New box {0} ({1}) opened: scan the old parts to pack them</translation>
    </message>
    <message>
        <source>回运箱 {0} 已发运（{1} {2}）</source>
        <translation>Return box {0} shipped ({1} {2})</translation>
    </message>
    <message>
        <source>打印预览 - 回运箱标签 {0}</source>
        <translation>Print preview - box label {0}</translation>
    </message>
    <message>
        <source>已选中回运箱 {0}</source>
        <translation>Return box {0} selected</translation>
    </message>
    <message>
        <source>已装箱：{0} → {1}</source>
        <translation>Packed: {0} → {1}</translation>
    </message>
    <message>
        <source>已出箱：{0}，回到库位 {1}</source>
        <translation>Unpacked: {0}, back in storage bin {1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>报废旧件 {0}（{1}，第 {2} 件）？报废后不能撤销。</source>
        <translation>Scrap old part {0} ({1}, piece {2})? Scrapping cannot be undone.</translation>
    </message>
    <message>
        <source>报废旧件</source>
        <translation>Scrap old part</translation>
    </message>
    <message>
        <source>{0} 已扣款：{1}</source>
        <translation>{0} deducted: {1}</translation>
    </message>
</context>
<context>
    <name>BrandRow</name>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>记录通话：{0}</source>
        <translation>Log call: {0}</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>例如 {0}</source>
        <translation>e.g. {0}</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>回电日期</source>
        <translation>Callback date</translation>
    </message>
    <message>
        <source>预约到店</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <source>不再来店原因</source>
        <translation>Reason for not coming</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请选择通话结果</source>
        <translation>Choose how the call ended</translation>
    </message>
    <message>
        <source>请选择一个有空位的时段</source>
        <translation>Choose a slot with a free place</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>客户为什么取消</source>
        <translation>Why the customer cancels</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>请填写取消原因</source>
        <translation>Enter the reason for cancelling</translation>
    </message>
</context>
<context>
    <name>CarFinder</name>
    <message>
        <source>车牌 / 车架号 / 电话或后 4 位 / 姓名，回车查找</source>
        <translation>Plate / VIN / phone or its last 4 digits / name, Enter searches</translation>
    </message>
    <message>
        <source>如 京A·12345</source>
        <translation>e.g. 京A·12345</translation>
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
        <source>查找车辆</source>
        <translation>Find the car</translation>
    </message>
    <message>
        <source>车辆 / 客户</source>
        <translation>Car / customer</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>没有找到「{0}」：作为新客户登记车牌和电话</source>
        <translation>“{0}” not found: book a new customer with plate and phone</translation>
    </message>
    <message>
        <source>无车辆</source>
        <translation>No vehicle</translation>
    </message>
    <message>
        <source>（新客户，不在档案中：填写车牌和电话）</source>
        <translation>(New customer, not on file: enter plate and phone)</translation>
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
    <name>ChecksEditor</name>
    <message>
        <source>只看需处理的项目</source>
        <translation>Only items that need work</translation>
    </message>
    <message>
        <source>客户同意</source>
        <translation>Customer approves</translation>
    </message>
    <message>
        <source>客户暂缓…</source>
        <translation>Customer puts off…</translation>
    </message>
    <message>
        <source>需处理 {0} 项，待客户决定 {1} 项</source>
        <translation>{0} items need work, {1} await the customer&apos;s decision</translation>
    </message>
    <message>
        <source>填写建议项目后可记录客户的决定</source>
        <translation>Enter the recommended job to record the customer&apos;s decision</translation>
    </message>
    <message>
        <source>填写估价后可记录客户同意</source>
        <translation>Enter the estimate to record the customer&apos;s approval</translation>
    </message>
    <message>
        <source>{0}的{1}未修改：{2}</source>
        <translation>{1} of {0} not changed: {2}</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>测量项目按读数自动评级；其他项目按 1 正常、2 需尽快处理、3 需立即处理、0 未检查</source>
        <translation>Measured items rate themselves from the reading; for the others type 1 OK, 2 soon, 3 now, 0 not checked</translation>
    </message>
    <message>
        <source>以元为单位，最多两位小数</source>
        <translation>In yuan, at most two decimals</translation>
    </message>
    <message>
        <source>{0}（待客户决定）</source>
        <translation>{0} (awaiting the customer&apos;s decision)</translation>
    </message>
    <message>
        <source>已加入工单，请在工单中修改</source>
        <translation>Already on the repair order: change it there</translation>
    </message>
    <message>
        <source>评级只能是正常、需尽快处理、需立即处理或未检查</source>
        <translation>The rating is OK, soon, now or not checked</translation>
    </message>
    <message>
        <source>此列不能修改</source>
        <translation>This column cannot be changed</translation>
    </message>
    <message>
        <source>读数应为数字，输入的是“{0}”</source>
        <translation>The reading must be a number; “{0}” was entered</translation>
    </message>
    <message>
        <source>读数不能为负数</source>
        <translation>The reading cannot be negative</translation>
    </message>
    <message>
        <source>读数不能大于 {0}</source>
        <translation>The reading cannot be above {0}</translation>
    </message>
    <message>
        <source>估价应为金额（元），输入的是“{0}”</source>
        <translation>The estimate must be an amount in yuan; “{0}” was entered</translation>
    </message>
    <message>
        <source>估价不能为负数</source>
        <translation>The estimate cannot be negative</translation>
    </message>
    <message>
        <source>估价过大，请核对</source>
        <translation>The estimate is too large, please check</translation>
    </message>
    <message>
        <source>估价最多保留两位小数</source>
        <translation>The estimate has at most two decimals</translation>
    </message>
    <message>
        <source>最多 {0} 个字</source>
        <translation>At most {0} characters</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>厂家索赔号</source>
        <translation>Manufacturer&apos;s claim no.</translation>
    </message>
    <message>
        <source>留空则先给临时单号</source>
        <translation>Empty: a provisional number is given first</translation>
    </message>
    <message>
        <source>故障代码</source>
        <translation>Fault code</translation>
    </message>
    <message>
        <source>故障名称</source>
        <translation>Fault name</translation>
    </message>
    <message>
        <source>主因件零件号</source>
        <translation>Causal part no.</translation>
    </message>
    <message>
        <source>主因件名称</source>
        <translation>Causal part name</translation>
    </message>
    <message>
        <source>如：厂家索赔号已下达</source>
        <translation>e.g. the manufacturer&apos;s claim number has come</translation>
    </message>
    <message>
        <source>重打原因</source>
        <translation>Reprint reason</translation>
    </message>
    <message>
        <source>工时</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>添加工时 (Ctrl+1)</source>
        <translation>Add labour (Ctrl+1)</translation>
    </message>
    <message>
        <source>索赔零件</source>
        <translation>Claimed parts</translation>
    </message>
    <message>
        <source>添加零件 (Ctrl+2)</source>
        <translation>Add part (Ctrl+2)</translation>
    </message>
    <message>
        <source>旧件</source>
        <translation>Old parts</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>新建索赔 - {0}</source>
        <translation>New claim - {0}</translation>
    </message>
    <message>
        <source>新索赔：工单 {0}</source>
        <translation>New claim: repair order {0}</translation>
    </message>
    <message>
        <source>由工单的索赔项目带出，请补全后保存（Ctrl+S）。厂家索赔号留空则先给临时单号。</source>
        <translation>Filled from the order&apos;s warranty lines: complete it and save with Ctrl+S. Without the manufacturer&apos;s claim number a provisional one is given first.</translation>
    </message>
    <message>
        <source>临时单号：填写厂家索赔号后替换。</source>
        <translation>Provisional number: replaced once the manufacturer&apos;s claim number is entered.</translation>
    </message>
    <message>
        <source>只能查看；要修改请先撤回。</source>
        <translation>View only; withdraw the claim to change it.</translation>
    </message>
    <message>
        <source>只能查看。</source>
        <translation>View only.</translation>
    </message>
    <message>
        <source>索赔单 {0}</source>
        <translation>Claim {0}</translation>
    </message>
    <message>
        <source>索赔单 {0}&#x3000;工单 {1}&#x3000;{2}</source>
        <translation>Claim {0}  Repair order {1}  {2}</translation>
    </message>
    <message>
        <source>拒绝原因：{0}</source>
        <translation>Rejection reason: {0}</translation>
    </message>
    <message>
        <source>临时单号 {0}，可填写厂家索赔号</source>
        <translation>Provisional number {0}; enter the manufacturer&apos;s claim number</translation>
    </message>
    <message>
        <source>旧件（{0} 件，标签已打印 {1} 件）</source>
        <translation>Old parts ({0} pieces, {1} tags printed)</translation>
    </message>
    <message>
        <source>工时费 {0}&#x3000;材料费 {1}&#x3000;合计 {2} 元</source>
        <translation>Labour {0}  Parts {1}  Total {2} yuan</translation>
    </message>
    <message>
        <source>已保存索赔单 {0}</source>
        <translation>Claim {0} saved</translation>
    </message>
    <message>
        <source>已重新载入其他电脑保存的内容，请重新录入您的修改</source>
        <translation>Reloaded what another computer saved; please enter your changes again</translation>
    </message>
</context>
<context>
    <name>ClaimsPages</name>
    <message>
        <source>索赔单</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>旧件入库</source>
        <translation>Store old parts</translation>
    </message>
    <message>
        <source>回运箱</source>
        <translation>Return boxes</translation>
    </message>
    <message>
        <source>旧件清单</source>
        <translation>Old-part lists</translation>
    </message>
    <message>
        <source>月度汇总</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <source>索赔规则…</source>
        <translation>Claim rules…</translation>
    </message>
    <message>
        <source>索赔规则已保存</source>
        <translation>Claim rules saved</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>索赔单号 / 工单号 / VIN 后 6 位以上</source>
        <translation>Claim no. / RO no. / last 6+ characters of the VIN</translation>
    </message>
    <message>
        <source>新建索赔 (Ctrl+N)</source>
        <translation>New claim (Ctrl+N)</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>打开 (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>提交 (F6)</source>
        <translation>Submit (F6)</translation>
    </message>
    <message>
        <source>撤回 (F7)</source>
        <translation>Withdraw (F7)</translation>
    </message>
    <message>
        <source>批准 (F8)</source>
        <translation>Approve (F8)</translation>
    </message>
    <message>
        <source>拒绝… (F9)</source>
        <translation>Reject… (F9)</translation>
    </message>
    <message>
        <source>付款… (F10)</source>
        <translation>Payment… (F10)</translation>
    </message>
    <message>
        <source>打印索赔单 (Ctrl+P)</source>
        <translation>Print claim form (Ctrl+P)</translation>
    </message>
    <message>
        <source>打印旧件标签 (Ctrl+T)</source>
        <translation>Print part tags (Ctrl+T)</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>{0} 张</source>
        <translation>Claims: {0}</translation>
    </message>
    <message>
        <source>这种单据尚未接入打印，暂不能打印</source>
        <translation>This document cannot be printed yet: its kind is not registered for printing</translation>
    </message>
    <message>
        <source>索赔单 {0} 已提交，等待厂家审核</source>
        <translation>Claim {0} submitted: waiting for the manufacturer</translation>
    </message>
    <message>
        <source>索赔单 {0} 已撤回，现为{1}，可以修改</source>
        <translation>Claim {0} withdrawn: now {1}, it can be changed</translation>
    </message>
    <message>
        <source>索赔单 {0} 厂家已批准，待付款</source>
        <translation>Claim {0} approved by the manufacturer: waiting for payment</translation>
    </message>
    <message>
        <source>记录厂家已批准索赔单 {0}？批准后不能再修改。</source>
        <translation>Record that the manufacturer approved claim {0}? Once approved it can no longer be changed.</translation>
    </message>
    <message>
        <source>批准索赔</source>
        <translation>Approve claim</translation>
    </message>
    <message>
        <source>打印预览 - 索赔申请单 {0}</source>
        <translation>Print preview - claim form {0}</translation>
    </message>
    <message>
        <source>打印预览 - 旧件标签 {0}</source>
        <translation>Print preview - part tags {0}</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>投诉结案</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <source>怎样解决的：致歉、复检、退费、补偿……</source>
        <translation>How it was resolved: apology, re-inspection, refund, compensation…</translation>
    </message>
    <message>
        <source>客户满意 (&amp;Y)</source>
        <translation>Customer satisfied (&amp;Y)</translation>
    </message>
    <message>
        <source>客户不满意 (&amp;N)</source>
        <translation>Customer not satisfied (&amp;N)</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>客户对处理结果</source>
        <translation>The customer on the resolution</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>新建投诉 (Ctrl+N)</source>
        <translation>New complaint (Ctrl+N)</translation>
    </message>
    <message>
        <source>记录处理 (Ctrl+R)</source>
        <translation>Log (Ctrl+R)</translation>
    </message>
    <message>
        <source>指派 (Ctrl+G)</source>
        <translation>Assign (Ctrl+G)</translation>
    </message>
    <message>
        <source>结案 (Ctrl+E)</source>
        <translation>Close (Ctrl+E)</translation>
    </message>
    <message>
        <source>重新打开 (Ctrl+Shift+R)</source>
        <translation>Reopen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>投诉规则…</source>
        <translation>Complaint rules…</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>日期请写成 YYYY-MM-DD，例如 2026-11-27；写错的日期未作筛选</source>
        <translation>Write dates as YYYY-MM-DD, e.g. 2026-11-27; a wrong date does not filter</translation>
    </message>
    <message>
        <source>{0} 条</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>显示 {0} 条，共 {1} 条</source>
        <translation>{0} of {1} shown</translation>
    </message>
    <message>
        <source>{0}，其中 {1} 条超时未回复</source>
        <translation>{0}, {1} of them overdue for a reply</translation>
    </message>
</context>
<context>
    <name>ConditionPage</name>
    <message>
        <source>亮起的故障灯</source>
        <translation>Warning lights on</translation>
    </message>
    <message>
        <source>车内物品</source>
        <translation>Items in the car</translation>
    </message>
    <message>
        <source>轮胎</source>
        <translation>Tyres</translation>
    </message>
    <message>
        <source>已提醒客户带走贵重物品</source>
        <translation>Customer reminded to take valuables</translation>
    </message>
    <message>
        <source>保留旧件</source>
        <translation>Keep old parts</translation>
    </message>
    <message>
        <source>洗车</source>
        <translation>Wash</translation>
    </message>
    <message>
        <source>客户等待（不勾选：客户离店）</source>
        <translation>Customer waits (unticked: leaves)</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>记录确认电话</source>
        <translation>Record the confirmation call</translation>
    </message>
    <message>
        <source>客户说了什么（可不填）</source>
        <translation>What the customer said (optional)</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请选择通话结果</source>
        <translation>Choose how the call ended</translation>
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
    <name>DateBar</name>
    <message>
        <source>当天预约</source>
        <translation>Day&apos;s bookings</translation>
    </message>
    <message>
        <source>明日确认</source>
        <translation>Confirm tomorrow</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>明天</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>前一天 (Alt+←)</source>
        <translation>Day before (Alt+←)</translation>
    </message>
    <message>
        <source>后一天 (Alt+→)</source>
        <translation>Day after (Alt+→)</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>DealerPage</name>
    <message>
        <source>经销商信息</source>
        <translation>Dealer details</translation>
    </message>
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
    <name>DeductDialog</name>
    <message>
        <source>旧件扣款：{0}</source>
        <translation>Old part deducted: {0}</translation>
    </message>
    <message>
        <source>{0} {1}（第 {2} 件，索赔单 {3}）</source>
        <translation>{0} {1} (piece {2}, claim {3})</translation>
    </message>
    <message>
        <source>选择厂家的扣款原因，回车保存。</source>
        <translation>Choose the manufacturer&apos;s reason for the deduction; Enter saves.</translation>
    </message>
    <message>
        <source>扣款原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DeductionRow</name>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>扣款 ¥</source>
        <translation>Deduction ¥</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>扣款金额</source>
        <translation>deduction</translation>
    </message>
</context>
<context>
    <name>DeferDialog</name>
    <message>
        <source>客户暂缓</source>
        <translation>Customer puts off</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>例如：下次保养时一起做</source>
        <translation>e.g. together with the next service</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Follow-up date</translation>
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
    <name>DeliveryPage</name>
    <message>
        <source>交车时与客户一同检查：新增损伤已标在图上（灰色为接车时的标记）</source>
        <translation>Check the car with the customer at handover: new damage is marked on the drawing (grey: the marks made at intake)</translation>
    </message>
    <message>
        <source>保存交车检查</source>
        <translation>Save handover check</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>提醒事项</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>通话记录</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>上次来店 {0}</source>
        <translation>Last visit {0}</translation>
    </message>
    <message>
        <source>通话记录 ({0})</source>
        <translation>Calls ({0})</translation>
    </message>
    <message>
        <source>渠道 / 类别</source>
        <translation>Channel / category</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>客户描述</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>预约记录</source>
        <translation>Booking history</translation>
    </message>
    <message>
        <source>选择一个预约查看详情</source>
        <translation>Choose a booking to see its details</translation>
    </message>
    <message>
        <source>到店安排</source>
        <translation>assigned on arrival</translation>
    </message>
    <message>
        <source>，客户等候</source>
        <translation>, customer waits</translation>
    </message>
    <message>
        <source>{0}，服务顾问 {1}{2}</source>
        <translation>{0}, advisor {1}{2}</translation>
    </message>
    <message>
        <source>{0}，{1}（{2}）</source>
        <translation>{0}, {1} ({2})</translation>
    </message>
    <message>
        <source>预约记录 ({0})</source>
        <translation>Booking history ({0})</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>回复期限</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>投诉内容（客户原话）</source>
        <translation>Complaint (the customer&apos;s words)</translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>选择一条投诉查看详情</source>
        <translation>Choose a complaint to see it</translation>
    </message>
    <message>
        <source>投诉 #{0}</source>
        <translation>Complaint #{0}</translation>
    </message>
    <message>
        <source>工单 {0}</source>
        <translation>Order {0}</translation>
    </message>
    <message>
        <source>{0}，{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>尚未指派</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>客户满意</source>
        <translation>Customer satisfied</translation>
    </message>
    <message>
        <source>客户不满意</source>
        <translation>Customer not satisfied</translation>
    </message>
    <message>
        <source>{0}（{1}，{2}结案）</source>
        <translation>{0} ({1}, closed {2})</translation>
    </message>
    <message>
        <source>处理记录 ({0})</source>
        <translation>Log ({0})</translation>
    </message>
    <message>
        <source>（{0} 首次回复）</source>
        <translation> (first reply {0})</translation>
    </message>
    <message>
        <source>选择一条记录查看修改前后的内容</source>
        <translation>Choose an entry to see its fields before and after</translation>
    </message>
    <message>
        <source>（没有记录修改的字段）</source>
        <translation>(no changed fields recorded)</translation>
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
    <name>FiltersBar</name>
    <message>
        <source>顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>全部顾问</source>
        <translation>All advisors</translation>
    </message>
    <message>
        <source>全部车型</source>
        <translation>All models</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>只看我负责的</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <source>车牌 / 电话 / 姓名 / 工单号</source>
        <translation>Plate / phone / name / RO number</translation>
    </message>
    <message>
        <source>登记日期从</source>
        <translation>Recorded from</translation>
    </message>
    <message>
        <source>工单号 / 车牌 / 车架号 / 索赔单号 / #投诉 / 用户名 / 手机号</source>
        <translation>RO number / plate / VIN / claim number / #complaint / user name / phone</translation>
    </message>
    <message>
        <source>修改前后的内容，例如姓名、车牌</source>
        <translation>Text before or after, e.g. a name or plate</translation>
    </message>
    <message>
        <source>日期从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>全部用户</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>交车回访：{0}</source>
        <translation>Follow-up call: {0}</translation>
    </message>
    <message>
        <source>未接通</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>客户的原话（不满意时必填）</source>
        <translation>The customer&apos;s own words (required when unhappy)</translation>
    </message>
    <message>
        <source>客户意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>交车工单 {0}</source>
        <translation>Order delivered: {0}</translation>
    </message>
    <message>
        <source>请选择客户的满意度，或选择未接通</source>
        <translation>Choose how satisfied the customer is, or Not reached</translation>
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
    <name>InspectionTab</name>
    <message>
        <source>工单号（可扫码），回车打开</source>
        <translation>RO number (scan or type), Enter opens</translation>
    </message>
    <message>
        <source>问诊</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>环车检查</source>
        <translation>Walk-around</translation>
    </message>
    <message>
        <source>车况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>多项检查</source>
        <translation>Multi-point check</translation>
    </message>
    <message>
        <source>交车检查</source>
        <translation>Handover check</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>问诊问题和检查项目…</source>
        <translation>Questions and check items…</translation>
    </message>
    <message>
        <source>打印检查单 (Ctrl+P)</source>
        <translation>Print sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>RO no.</translation>
    </message>
    <message>
        <source>工单号形如 RO20261127-0001，请核对</source>
        <translation>An RO number looks like RO20261127-0001: please check</translation>
    </message>
    <message>
        <source>交车检查：{0}</source>
        <translation>Handover check: {0}</translation>
    </message>
    <message>
        <source>尚未做交车检查</source>
        <translation>No handover check yet</translation>
    </message>
    <message>
        <source>{0}  第 {1} 版</source>
        <translation>{0}  revision {1}</translation>
    </message>
    <message>
        <source>（新检查单，尚未保存）</source>
        <translation> (new sheet, not saved yet)</translation>
    </message>
    <message>
        <source>（已打印签字：修改并保存将生成第 {0} 版）</source>
        <translation> (printed for signatures: saving a change makes revision {0})</translation>
    </message>
    <message>
        <source>（工单已结束，只能查看）</source>
        <translation> (the order is closed: view only)</translation>
    </message>
    <message>
        <source>检查单已保存（{0}，第 {1} 版）</source>
        <translation>Inspection sheet saved ({0}, revision {1})</translation>
    </message>
    <message>
        <source>已记录客户决定：同意的项目已加入工单，暂缓的项目已安排回访</source>
        <translation>The customer&apos;s decision is recorded: approved jobs are on the order, put-off ones get a follow-up call</translation>
    </message>
    <message>
        <source>交车检查已保存</source>
        <translation>Handover check saved</translation>
    </message>
    <message>
        <source>打印预览 - 环车检查单 {0}</source>
        <translation>Print preview - Inspection sheet {0}</translation>
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
        <source>预约 (Ctrl+B)</source>
        <translation>Book (Ctrl+B)</translation>
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
    <name>InterviewPage</name>
    <message>
        <source>按客户原话记录，不要改写</source>
        <translation>Write down the customer&apos;s own words, unchanged</translation>
    </message>
    <message>
        <source>客户描述（原话）</source>
        <translation>Customer&apos;s description (own words)</translation>
    </message>
    <message>
        <source>同一系统（{0}）的以往描述：</source>
        <translation>Earlier descriptions on the same system ({0}):</translation>
    </message>
    <message>
        <source>本车以往没有同一系统（{0}）的描述</source>
        <translation>No earlier descriptions on the same system ({0})</translation>
    </message>
    <message>
        <source>本车以往的客户描述：</source>
        <translation>Earlier descriptions for this vehicle:</translation>
    </message>
    <message>
        <source>其他以往描述：</source>
        <translation>Other earlier descriptions:</translation>
    </message>
    <message>
        <source>本车没有以往的客户描述</source>
        <translation>No earlier descriptions for this vehicle</translation>
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
    <name>ListsPage</name>
    <message>
        <source>打开索赔单 (Enter)</source>
        <translation>Open claim (Enter)</translation>
    </message>
    <message>
        <source>到旧件入库扫描 (Ctrl+I)</source>
        <translation>Scan in at Store old parts (Ctrl+I)</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>报废…</source>
        <translation>Scrap…</translation>
    </message>
    <message>
        <source>清单</source>
        <translation>List</translation>
    </message>
    <message>
        <source>{0} 件</source>
        <translation>{0} pieces</translation>
    </message>
    <message>
        <source>报废旧件 {0}（{1}，第 {2} 件，库位 {3}）？报废后不能撤销。</source>
        <translation>Scrap old part {0} ({1}, piece {2}, bin {3})? Scrapping cannot be undone.</translation>
    </message>
    <message>
        <source>报废旧件</source>
        <translation>Scrap old part</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <source>{0} 已报废</source>
        <translation>{0} scrapped</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>输入密码后按 Enter 解锁</source>
        <translation>Type the password and press Enter to unlock</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>屏幕已由 {0}（{1}）锁定</source>
        <translation>Locked by {0} ({1})</translation>
    </message>
    <message>
        <source>请输入密码</source>
        <translation>Enter the password</translation>
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
    <name>LoungeWindow</name>
    <message>
        <source>客休区显示屏</source>
        <translation>Lounge display</translation>
    </message>
    <message>
        <source>维修进度</source>
        <translation>Service progress</translation>
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
        <source>进度</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Ready by</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>退出全屏</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <source>全屏</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>目前没有在修的车辆</source>
        <translation>No cars in the workshop right now</translation>
    </message>
    <message>
        <source>如有疑问，请咨询您的服务顾问</source>
        <translation>Questions? Please ask your service advisor</translation>
    </message>
    <message>
        <source>暂时无法读取维修进度（{0}）</source>
        <translation>Service progress cannot be read at the moment ({0})</translation>
    </message>
    <message>
        <source>暂时无法更新，显示的是 {0} 的情况</source>
        <translation>Not updated for now: showing the state at {0}</translation>
    </message>
    <message>
        <source>明天</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>未上牌</source>
        <translation>No plate yet</translation>
    </message>
    <message>
        <source>第 {0}/{1} 页</source>
        <translation>Page {0}/{1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>切换用户/注销…</source>
        <translation>Switch user / Log out…</translation>
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
    <name>MarkingArea</name>
    <message>
        <source>照片…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <source>删除标记</source>
        <translation>Remove mark</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>请先在图上或列表中选中一个标记</source>
        <translation>Select a mark on the drawing or in the list first</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>无法读取照片：{0}</source>
        <translation>Cannot read the photo: {0}</translation>
    </message>
    <message>
        <source>照片不能超过 4 MB，请缩小后再选</source>
        <translation>A photo may be at most 4 MB: make it smaller, then choose it again</translation>
    </message>
</context>
<context>
    <name>MarksModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>View</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>ModelIntervals</name>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>ModelIntervalsDialog</name>
    <message>
        <source>保养间隔</source>
        <translation>Service intervals</translation>
    </message>
    <message>
        <source>首保从购车（开票或交车）起算，定期保养从上次保养起算；时间和里程以先到者为准。修改后的间隔用于今后算出的提醒，已有的提醒在重新计算后才按新间隔。</source>
        <translation>The first service counts from the purchase (invoice or delivery), a regular service from the last one; whichever of time and km comes first. Changed intervals apply to reminders worked out from now on; existing reminders follow them once recomputed.</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>重新计算全部提醒…</source>
        <translation>Recompute all reminders…</translation>
    </message>
    <message>
        <source>放弃修改？</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>“{0}”的保养间隔尚未保存。放弃这些修改吗？</source>
        <translation>The service intervals of “{0}” are not saved. Discard these changes?</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>“{0}”的保养间隔</source>
        <translation>Service intervals of “{0}”</translation>
    </message>
    <message>
        <source>“{0}”的保养间隔没有改动</source>
        <translation>The service intervals of “{0}” are unchanged</translation>
    </message>
    <message>
        <source>已保存“{0}”的保养间隔</source>
        <translation>Saved the service intervals of “{0}”</translation>
    </message>
    <message>
        <source>重新计算提醒</source>
        <translation>Recompute reminders</translation>
    </message>
    <message>
        <source>按现在的保养间隔重新计算所有未完成的保养提醒的到期日吗？</source>
        <translation>Work out the due dates of all open service reminders again with the current service intervals?</translation>
    </message>
    <message>
        <source>车辆多时需要一些时间；不重新计算，已有的提醒仍按原来的间隔。</source>
        <translation>With many vehicles this takes a while; without a recompute the existing reminders keep the old intervals.</translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation>Recompute</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>正在重新计算保养提醒…</source>
        <translation>Recomputing the service reminders…</translation>
    </message>
    <message>
        <source>已重新计算 {0} 条未完成的保养提醒，其中 {1} 条的到期日有变</source>
        <translation>Recomputed {0} open service reminders; {1} of them have a new due date</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>改期</source>
        <translation>Move booking</translation>
    </message>
    <message>
        <source>为什么改期（客户的原话或原因）</source>
        <translation>Why it moves (the customer&apos;s words or the reason)</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>新日期 / 时段</source>
        <translation>New day / slot</translation>
    </message>
    <message>
        <source>改期原因</source>
        <translation>Reason for moving</translation>
    </message>
    <message>
        <source>请选择一个有空位的时段</source>
        <translation>Choose a slot with a free place</translation>
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
    <name>NoShowDialog</name>
    <message>
        <source>爽约原因</source>
        <translation>No-show reason</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>客户的原话（可不填）</source>
        <translation>The customer&apos;s words (optional)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请选择爽约原因</source>
        <translation>Choose the no-show reason</translation>
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
        <source>按预约开单（预约 #{0}，保存后生成工单号）</source>
        <translation>Order from booking #{0} (numbered when saved)</translation>
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
        <source>只读：{0}账号不能修改工单，可添加备注和打印</source>
        <translation>Read only: a {0} account cannot change repair orders; notes and printing are open.</translation>
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
    <name>OrderNumberDialog</name>
    <message>
        <source>新建索赔</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>索赔单由工单的索赔项目带出。请输入或扫描工单号，回车继续。</source>
        <translation>A claim is filled from the repair order&apos;s warranty lines. Type or scan the RO number and press Enter.</translation>
    </message>
    <message>
        <source>如 RO20261127-0001</source>
        <translation>e.g. RO20261127-0001</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>RO no.</translation>
    </message>
    <message>
        <source>工单号形如 RO20261127-0001，请核对</source>
        <translation>An RO number looks like RO20261127-0001: please check</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>该工单已有索赔单：{0}。再按回车仍新建一张。</source>
        <translation>This order already has claims: {0}. Press Enter again to file another one.</translation>
    </message>
</context>
<context>
    <name>OutlineWidget</name>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>俯视</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>前</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>后</source>
        <translation>Rear</translation>
    </message>
    <message>
        <source>左侧</source>
        <translation>Left side</translation>
    </message>
    <message>
        <source>右侧</source>
        <translation>Right side</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>记录付款：{0}</source>
        <translation>Record payment: {0}</translation>
    </message>
    <message>
        <source>索赔单 {0}&#x3000;工单 {1}&#x3000;索赔金额 {2} 元</source>
        <translation>Claim {0}  Repair order {1}  Claimed {2} yuan</translation>
    </message>
    <message>
        <source>厂家有扣款时逐条添加（Ctrl+1），没有扣款直接保存。</source>
        <translation>Add each deduction the manufacturer made with Ctrl+1; with none, just save.</translation>
    </message>
    <message>
        <source>添加扣款 (Ctrl+1)</source>
        <translation>Add deduction (Ctrl+1)</translation>
    </message>
    <message>
        <source>扣款合计 {0} 元，实付 {1} 元</source>
        <translation>Deductions {0} yuan, paid {1} yuan</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>客户个人信息：导出与匿名化</source>
        <translation>Customer personal data: export and anonymisation</translation>
    </message>
    <message>
        <source>按个人信息保护法，客户可要求查阅、复制其个人信息；维修记录依三包规定至少保存 6 年，客户的全部记录都过了保存期后，可应其要求匿名化：姓名换成占位名、删除电话，车辆的维修技术记录（工单、明细、里程、检查单、索赔）保留。</source>
        <translation>Under the PIPL a customer may ask to see and copy their personal data. Repair records are kept at least 6 years (the Sanbao warranty rules); once all of a customer&apos;s records are past that, they can be anonymised on request: the name replaced by a placeholder, the phones removed, the vehicle&apos;s technical history (orders, lines, mileage, inspections, claims) kept.</translation>
    </message>
    <message>
        <source>客户编号（如 #123）或完整的电话号码</source>
        <translation>Customer number (e.g. #123) or full phone number</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>将替换的内容</source>
        <translation>What will be replaced</translation>
    </message>
    <message>
        <source>条数</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>导出 JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>匿名化…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请输入客户编号或电话</source>
        <translation>Enter a customer number or phone</translation>
    </message>
    <message>
        <source>尚未选择客户</source>
        <translation>No customer chosen yet</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>客户 #{0}：{1}，电话 {2}；匿名后显示为“{3}”</source>
        <translation>Customer #{0}: {1}, phone {2}; shown as &quot;{3}&quot; once anonymised</translation>
    </message>
    <message>
        <source>可以匿名化：该客户的全部维修记录都已超过 6 年保存期。</source>
        <translation>Can be anonymised: all of this customer&apos;s repair records are past the 6-year retention.</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出客户资料</source>
        <translation>Export the customer&apos;s data</translation>
    </message>
    <message>
        <source>已导出 {0} 条记录到 {1}（已记入操作记录）</source>
        <translation>Exported {0} records to {1} (recorded in the audit log)</translation>
    </message>
    <message>
        <source>匿名化客户</source>
        <translation>Anonymise the customer</translation>
    </message>
    <message>
        <source>客户 #{0} 的姓名和电话将被替换为“{1}”，此操作不能撤销。确定匿名化吗？</source>
        <translation>The name and phones of customer #{0} will be replaced by &quot;{1}&quot;; this cannot be undone. Anonymise?</translation>
    </message>
    <message>
        <source>已匿名化，车辆的维修记录保留（已记入操作记录）</source>
        <translation>Anonymised; the vehicle&apos;s repair records are kept (recorded in the audit log)</translation>
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
    <name>ReasonChart</name>
    <message>
        <source>本月到期的车辆都已回厂</source>
        <translation>Every car due this month came back</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>新建投诉</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>登记后 {0} 小时内须首次回复客户。</source>
        <translation>The customer must get a first reply within {0} hours.</translation>
    </message>
    <message>
        <source>车牌 / 电话或后 4 位 / 姓名 / VIN 后 6 位 / 工单号，回车查找</source>
        <translation>Plate / phone or its last 4 / name / VIN&apos;s last 6 / RO number, Enter to find</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>发生了什么，尽量记下客户的原话</source>
        <translation>What happened, in the customer&apos;s own words where you can</translation>
    </message>
    <message>
        <source>查找客户</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <source>客户 / 车辆</source>
        <translation>Customer / vehicle</translation>
    </message>
    <message>
        <source>相关工单</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>投诉渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>没有找到「{0}」对应的客户或车辆</source>
        <translation>No customer or vehicle found for “{0}”</translation>
    </message>
    <message>
        <source>（先在上面查找客户）</source>
        <translation>(find the customer above first)</translation>
    </message>
    <message>
        <source>无车辆</source>
        <translation>No vehicle</translation>
    </message>
    <message>
        <source>（不关联工单）</source>
        <translation>(no repair order)</translation>
    </message>
    <message>
        <source>请先查找并选择投诉的客户</source>
        <translation>First find and choose the customer who complains</translation>
    </message>
    <message>
        <source>请选择投诉类别</source>
        <translation>Choose the complaint&apos;s category</translation>
    </message>
    <message>
        <source>请填写投诉内容</source>
        <translation>Write what the complaint is</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>拒绝索赔：{0}</source>
        <translation>Reject claim: {0}</translation>
    </message>
    <message>
        <source>记录厂家拒绝的原因（Ctrl+Enter 保存）。拒绝后可撤回修改再提交。</source>
        <translation>Record the manufacturer&apos;s reason for the rejection, Ctrl+Enter saves. A rejected claim can be withdrawn, corrected and submitted again.</translation>
    </message>
    <message>
        <source>拒绝原因</source>
        <translation>Rejection reason</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>记录通话 (Ctrl+R)</source>
        <translation>Log call (Ctrl+R)</translation>
    </message>
    <message>
        <source>分配给…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <source>导出通话清单…</source>
        <translation>Export call list…</translation>
    </message>
    <message>
        <source>打印提醒贴 (Ctrl+T)</source>
        <translation>Print sticker (Ctrl+T)</translation>
    </message>
    <message>
        <source>打印提醒函 (Ctrl+P)</source>
        <translation>Print letter (Ctrl+P)</translation>
    </message>
    <message>
        <source>提醒规则…</source>
        <translation>Reminder rules…</translation>
    </message>
    <message>
        <source>到期未来厂分析…</source>
        <translation>Due but not back…</translation>
    </message>
    <message>
        <source>保养间隔…</source>
        <translation>Service intervals…</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>现在是免打扰时段（{0}–{1}），请勿致电客户</source>
        <translation>Quiet hours now ({0}–{1}): do not call customers</translation>
    </message>
    <message>
        <source>记录回访 (Ctrl+R)</source>
        <translation>Log follow-up (Ctrl+R)</translation>
    </message>
    <message>
        <source>前 {0} 辆，总数统计中…</source>
        <translation>Top {0}, counting…</translation>
    </message>
    <message>
        <source>前 {0} 辆，共 {1} 辆</source>
        <translation>Top {0} of {1}</translation>
    </message>
    <message>
        <source>{0} 辆</source>
        <translation>{0} cars</translation>
    </message>
    <message>
        <source>这种单据尚未接入打印，暂不能打印</source>
        <translation>This document cannot be printed yet</translation>
    </message>
    <message>
        <source>打印预览 - 保养提醒贴 {0}</source>
        <translation>Print preview - service reminder sticker {0}</translation>
    </message>
    <message>
        <source>打印预览 - 保养提醒函 {0}</source>
        <translation>Print preview - service reminder letter {0}</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>重新打开投诉</source>
        <translation>Reopen complaint</translation>
    </message>
    <message>
        <source>客户为什么又来投诉</source>
        <translation>Why the customer complains again</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>日报 (Alt+1)</source>
        <translation>Daily (Alt+1)</translation>
    </message>
    <message>
        <source>月报 (Alt+2)</source>
        <translation>Monthly (Alt+2)</translation>
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
    <name>RulesDialog</name>
    <message>
        <source>索赔规则</source>
        <translation>Claim rules</translation>
    </message>
    <message>
        <source>默认（未单独设置的品牌）</source>
        <translation>Default (brands without rules of their own)</translation>
    </message>
    <message>
        <source>添加品牌 (Ctrl+1)</source>
        <translation>Add brand (Ctrl+1)</translation>
    </message>
    <message>
        <source>按品牌</source>
        <translation>By brand</translation>
    </message>
    <message>
        <source>扣款原因
（每行一条）</source>
        <translation>Deduction reasons
(one a line)</translation>
    </message>
    <message>
        <source>品牌 {0} 重复</source>
        <translation>Brand {0} is listed twice</translation>
    </message>
    <message>
        <source>提醒规则</source>
        <translation>Reminder rules</translation>
    </message>
    <message>
        <source>联系</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>免打扰时段（不拨打电话）</source>
        <translation>Quiet hours (no calls)</translation>
    </message>
    <message>
        <source>客户分类与里程</source>
        <translation>Customer groups and distance</translation>
    </message>
    <message>
        <source>交车回访</source>
        <translation>Follow-up call after delivery</translation>
    </message>
    <message>
        <source>年检与保险（按行驶证和保单上的日期）</source>
        <translation>Annual inspection and insurance (the dates on the papers)</translation>
    </message>
    <message>
        <source>到期未来厂分析的定义</source>
        <translation>Definitions of the due but not back analysis</translation>
    </message>
    <message>
        <source>请按 时:分 填写，例如 20:00</source>
        <translation>Enter as hh:mm, e.g. 20:00</translation>
    </message>
    <message>
        <source>请填写数字</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <source>请填写整数</source>
        <translation>Enter a whole number</translation>
    </message>
    <message>
        <source>投诉规则</source>
        <translation>Complaint rules</translation>
    </message>
    <message>
        <source>新登记的投诉按这里的时限计算首次回复期限；已登记的投诉保持原期限。</source>
        <translation>New complaints get their first-reply deadline from these limits; complaints already recorded keep theirs.</translation>
    </message>
    <message>
        <source>首次回复时限（小时）</source>
        <translation>First reply within (hours)</translation>
    </message>
    <message>
        <source>提前提醒（小时）</source>
        <translation>Warn before (hours)</translation>
    </message>
    <message>
        <source>请填写整数小时数</source>
        <translation>Give a whole number of hours</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>预约设置</source>
        <translation>Booking schedule</translation>
    </message>
    <message>
        <source>新预约按这里的营业时间和容量排时段；已登记的预约保持原时段。</source>
        <translation>New bookings take slots by these hours and places; bookings already made keep their slots.</translation>
    </message>
    <message>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>如 2027-01-01, 2027-02-10（逗号分隔）</source>
        <translation>e.g. 2027-01-01, 2027-02-10 (comma separated)</translation>
    </message>
    <message>
        <source>开始营业</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>结束营业</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>每个时段</source>
        <translation>Slot length</translation>
    </message>
    <message>
        <source>{0}每时段容量</source>
        <translation>{0}: places per slot</translation>
    </message>
    <message>
        <source>每位顾问每时段</source>
        <translation>Per advisor per slot</translation>
    </message>
    <message>
        <source>每周休息</source>
        <translation>Closed weekdays</translation>
    </message>
    <message>
        <source>休息日期</source>
        <translation>Closed dates</translation>
    </message>
    <message>
        <source>超过几分钟算迟到</source>
        <translation>Late after (minutes)</translation>
    </message>
</context>
<context>
    <name>ScopeChooser</name>
    <message>
        <source>未结案</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部投诉</source>
        <translation>All complaints</translation>
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
    <name>ShipDialog</name>
    <message>
        <source>发运回运箱 {0}</source>
        <translation>Ship return box {0}</translation>
    </message>
    <message>
        <source>回运箱 {0}（{1}，{2} 件）交承运商发运。</source>
        <translation>Return box {0} ({1}, {2} pieces) goes to the carrier.</translation>
    </message>
    <message>
        <source>如 顺丰速运</source>
        <translation>such as SF Express</translation>
    </message>
    <message>
        <source>可扫描运单条码</source>
        <translation>the waybill&apos;s barcode can be scanned</translation>
    </message>
    <message>
        <source>承运商</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>运单号</source>
        <translation>Waybill no.</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <source>前一天 (PageUp)</source>
        <translation>Day before (PageUp)</translation>
    </message>
    <message>
        <source>后一天 (PageDown)</source>
        <translation>Day after (PageDown)</translation>
    </message>
    <message>
        <source>最近的空闲时段（单击或回车选用）：</source>
        <translation>Nearest free slots (click or Enter picks one):</translation>
    </message>
    <message>
        <source>可选时段</source>
        <translation>Free slot</translation>
    </message>
    <message>
        <source>{0} {1} 不营业，不接受预约，请选择其他日期</source>
        <translation>{0} {1}: closed, no bookings; choose another day</translation>
    </message>
    <message>
        <source>这一天没有可预约的时段</source>
        <translation>No slots to book on this day</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>扫描旧件标签（条码或二维码），或输入标签码后回车</source>
        <translation>Scan an old-part tag (barcode or QR code), or type its code and press Enter</translation>
    </message>
    <message>
        <source>如 J-01-2</source>
        <translation>such as J-01-2</translation>
    </message>
    <message>
        <source>扫描即入库</source>
        <translation>Store on scan</translation>
    </message>
    <message>
        <source>已填库位时，扫描后直接入库到该库位</source>
        <translation>With a storage bin filled in, each scanned part is stored there at once</translation>
    </message>
    <message>
        <source>打印今日标签 (Ctrl+P)</source>
        <translation>Print today&apos;s tags (Ctrl+P)</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>库位</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>本次扫描（最新在上）</source>
        <translation>Scans this session (newest on top)</translation>
    </message>
    <message>
        <source>已找到 {0}：填写库位后回车入库</source>
        <translation>Found {0}: fill in the storage bin and press Enter to store it</translation>
    </message>
    <message>
        <source>请填写库位</source>
        <translation>Please fill in the storage bin</translation>
    </message>
    <message>
        <source>已入库：{0} → 库位 {1}</source>
        <translation>Stored: {0} → bin {1}</translation>
    </message>
    <message>
        <source>扫描后在此显示旧件：索赔单、零件、件号、状态和库位</source>
        <translation>A scanned old part shows here: its claim, part, piece, state and storage bin</translation>
    </message>
    <message>
        <source>{0}（回运箱 {1}）</source>
        <translation>{0} (return box {1})</translation>
    </message>
    <message>
        <source>索赔单 {0}&#x3000;零件 {1} {2}&#x3000;第 {3} 件&#x3000;{4}&#x3000;库位 {5}</source>
        <translation>Claim {0}   Part {1} {2}   Piece {3}   {4}   Bin {5}</translation>
    </message>
    <message>
        <source>打印预览 - {0} 未打印的旧件标签</source>
        <translation>Print preview - old-part tags of {0} not printed yet</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>打印汇总表 (Ctrl+P)</source>
        <translation>Print summary (Ctrl+P)</translation>
    </message>
    <message>
        <source>导出 Excel (Ctrl+E)</source>
        <translation>Export to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>按维修日期（交车日，未交车按接车日）</source>
        <translation>By repair date (the delivery day, else the intake day)</translation>
    </message>
    <message>
        <source>打印预览 - 保修零配件月汇总 {0}</source>
        <translation>Print preview - monthly warranty parts summary {0}</translation>
    </message>
    <message>
        <source>保修零配件汇总-{0}.xlsx</source>
        <translation>warranty-parts-summary-{0}.xlsx</translation>
    </message>
    <message>
        <source>导出月度汇总</source>
        <translation>Export the monthly summary</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 {0} 的汇总（{1} 行）到 {2}</source>
        <translation>Exported the summary of {0} ({1} rows) to {2}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>回答方式（text / choice / multi）</source>
        <translation>Answer (text / choice / multi)</translation>
    </message>
    <message>
        <source>选项（用、分隔）</source>
        <translation>Options (separated by commas)</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>红色界限</source>
        <translation>Red limit</translation>
    </message>
    <message>
        <source>黄色界限</source>
        <translation>Yellow limit</translation>
    </message>
    <message>
        <source>越大越差（是/否）</source>
        <translation>Higher is worse (yes/no)</translation>
    </message>
    <message>
        <source>问诊问题和检查项目</source>
        <translation>Interview questions and check items</translation>
    </message>
    <message>
        <source>问诊问题</source>
        <translation>Interview questions</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>ToComePanel</name>
    <message>
        <source>今天预约待到店 {0} 辆</source>
        <translation>Booked cars still to come today: {0}</translation>
    </message>
    <message>
        <source>（其中 {0} 辆已迟到）</source>
        <translation> ({0} late)</translation>
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
    <message>
        <source>密码已重置</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>已重置 {0}（{1}）的密码。
{0} 下次登录时必须先设置新密码。</source>
        <translation>The password of {0} ({1}) has been reset.
{0} must set a new password at the next login.</translation>
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
        <source>今天有预约：{0}&#x3000;F5 按预约开单</source>
        <translation>Booked today: {0}   F5 opens the order from the booking</translation>
    </message>
    <message>
        <source>预约：</source>
        <translation>Bookings: </translation>
    </message>
    <message>
        <source>{0}（已过期）</source>
        <translation>{0} (expired)</translation>
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
        <source>年检有效期至</source>
        <translation>Inspection valid until</translation>
    </message>
    <message>
        <source>保险到期日</source>
        <translation>Insurance ends</translation>
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
        <source>年-月（行驶证“检验有效期至”）</source>
        <translation>year-month (registration&apos;s “inspection valid until”)</translation>
    </message>
    <message>
        <source>年-月-日（保单止期）</source>
        <translation>year-month-day (the policy&apos;s end)</translation>
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
        <source>年检有效期至</source>
        <translation>Inspection valid until</translation>
    </message>
    <message>
        <source>保险到期日</source>
        <translation>Insurance ends</translation>
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
        <source>保修零配件月汇总</source>
        <translation>Monthly warranty parts summary</translation>
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
        <source>到期未来厂分析</source>
        <translation>Due but not back analysis</translation>
    </message>
    <message>
        <source>维修日报</source>
        <translation>Daily repair report</translation>
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
        <source>流失召回</source>
        <translation>Win-back</translation>
    </message>
    <message>
        <source>交车回访</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>首保流失</source>
        <translation>First service lost</translation>
    </message>
    <message>
        <source>休眠客户</source>
        <translation>Lapsing</translation>
    </message>
    <message>
        <source>流失客户</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>未到保养里程</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <source>已在他处保养</source>
        <translation>Serviced elsewhere</translation>
    </message>
    <message>
        <source>无人接听</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>号码停机/空号</source>
        <translation>Number out of service</translation>
    </message>
    <message>
        <source>关机</source>
        <translation>Phone off</translation>
    </message>
    <message>
        <source>稍后再联系</source>
        <translation>Call later</translation>
    </message>
    <message>
        <source>客户拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>车已卖</source>
        <translation>Car sold</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>很满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>很不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>车辆报废</source>
        <translation>Car scrapped</translation>
    </message>
    <message>
        <source>经常出差</source>
        <translation>Often away</translation>
    </message>
    <message>
        <source>自己有修理厂</source>
        <translation>Has own workshop</translation>
    </message>
    <message>
        <source>对服务不满意</source>
        <translation>Unhappy with the service</translation>
    </message>
    <message>
        <source>在外省使用</source>
        <translation>Used in another province</translation>
    </message>
    <message>
        <source>在其他店保养</source>
        <translation>Serviced at another shop</translation>
    </message>
    <message>
        <source>车已卖，新车主不详</source>
        <translation>Sold, new owner unknown</translation>
    </message>
    <message>
        <source>无有效联系方式</source>
        <translation>No valid contact</translation>
    </message>
    <message>
        <source>尚未回厂（仍在跟进）</source>
        <translation>Not back yet (still followed up)</translation>
    </message>
    <message>
        <source>俯视</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>前</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>后</source>
        <translation>Rear</translation>
    </message>
    <message>
        <source>左侧</source>
        <translation>Left side</translation>
    </message>
    <message>
        <source>右侧</source>
        <translation>Right side</translation>
    </message>
    <message>
        <source>划痕</source>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>凹陷</source>
        <translation>Dent</translation>
    </message>
    <message>
        <source>裂纹</source>
        <translation>Crack</translation>
    </message>
    <message>
        <source>掉漆</source>
        <translation>Paint damage</translation>
    </message>
    <message>
        <source>石击</source>
        <translation>Stone chip</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>需尽快处理</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>需立即处理</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>客户同意</source>
        <translation>Customer approves</translation>
    </message>
    <message>
        <source>客户暂不处理</source>
        <translation>Customer puts it off</translation>
    </message>
    <message>
        <source>发动机故障灯</source>
        <translation>Engine warning light</translation>
    </message>
    <message>
        <source>ABS 故障灯</source>
        <translation>ABS warning light</translation>
    </message>
    <message>
        <source>安全气囊灯</source>
        <translation>Airbag light</translation>
    </message>
    <message>
        <source>机油压力灯</source>
        <translation>Oil pressure light</translation>
    </message>
    <message>
        <source>充电指示灯</source>
        <translation>Charging light</translation>
    </message>
    <message>
        <source>胎压报警灯</source>
        <translation>Tyre pressure light</translation>
    </message>
    <message>
        <source>制动系统灯</source>
        <translation>Brake system light</translation>
    </message>
    <message>
        <source>备胎</source>
        <translation>Spare wheel</translation>
    </message>
    <message>
        <source>三角警示牌</source>
        <translation>Warning triangle</translation>
    </message>
    <message>
        <source>千斤顶</source>
        <translation>Jack</translation>
    </message>
    <message>
        <source>灭火器</source>
        <translation>Extinguisher</translation>
    </message>
    <message>
        <source>随车工具</source>
        <translation>Tool kit</translation>
    </message>
    <message>
        <source>左前</source>
        <translation>Front left</translation>
    </message>
    <message>
        <source>右前</source>
        <translation>Front right</translation>
    </message>
    <message>
        <source>左后</source>
        <translation>Rear left</translation>
    </message>
    <message>
        <source>右后</source>
        <translation>Rear right</translation>
    </message>
    <message>
        <source>磨损</source>
        <translation>Worn</translation>
    </message>
    <message>
        <source>鼓包</source>
        <translation>Bulge</translation>
    </message>
    <message>
        <source>扎钉</source>
        <translation>Nail</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>已付款</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>驱动电机质保</source>
        <translation>Drive motor warranty</translation>
    </message>
    <message>
        <source>配件质保</source>
        <translation>Parts warranty</translation>
    </message>
    <message>
        <source>待入库</source>
        <translation>Awaiting storage</translation>
    </message>
    <message>
        <source>已入库</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>已装箱</source>
        <translation>Boxed</translation>
    </message>
    <message>
        <source>已回运</source>
        <translation>Shipped back</translation>
    </message>
    <message>
        <source>已验收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已扣款</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <source>已报废</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <source>装箱中</source>
        <translation>Packing</translation>
    </message>
    <message>
        <source>已发运</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>待回运</source>
        <translation>To ship back</translation>
    </message>
    <message>
        <source>逾期未回运</source>
        <translation>Overdue for return</translation>
    </message>
    <message>
        <source>可报废</source>
        <translation>May scrap</translation>
    </message>
    <message>
        <source>有索赔无旧件</source>
        <translation>Claim without part</translation>
    </message>
    <message>
        <source>旧件无标签</source>
        <translation>Part without tag</translation>
    </message>
    <message>
        <source>标签缺失</source>
        <translation>Tag missing</translation>
    </message>
    <message>
        <source>标签损坏</source>
        <translation>Tag damaged</translation>
    </message>
    <message>
        <source>零件号不符</source>
        <translation>Part number mismatch</translation>
    </message>
    <message>
        <source>缺件</source>
        <translation>Part missing</translation>
    </message>
    <message>
        <source>非原厂件</source>
        <translation>Not a genuine part</translation>
    </message>
    <message>
        <source>包装破损</source>
        <translation>Packaging damaged</translation>
    </message>
    <message>
        <source>超出质保期</source>
        <translation>Outside the warranty period</translation>
    </message>
    <message>
        <source>工时超标</source>
        <translation>Labour time over standard</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>到店</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>厂家转办</source>
        <translation>From the manufacturer</translation>
    </message>
    <message>
        <source>网络平台</source>
        <translation>Online platform</translation>
    </message>
    <message>
        <source>12315/消协</source>
        <translation>12315 / consumer association</translation>
    </message>
    <message>
        <source>维修质量</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>等待时间</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>收费价格</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>配件供应</source>
        <translation>Parts supply</translation>
    </message>
    <message>
        <source>车辆损伤或物品遗失</source>
        <translation>Vehicle damage or lost items</translation>
    </message>
    <message>
        <source>联系客户</source>
        <translation>Customer contacted</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>指派</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>待回复</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <source>即将超时</source>
        <translation>Reply due soon</translation>
    </message>
    <message>
        <source>回复超时</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <source>已按时回复</source>
        <translation>Replied in time</translation>
    </message>
    <message>
        <source>机修保养</source>
        <translation>Maintenance and repair</translation>
    </message>
    <message>
        <source>快修</source>
        <translation>Quick service</translation>
    </message>
    <message>
        <source>已迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>已到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>爽约</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>未到店</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <source>柜台</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>改期</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>爽约原因</source>
        <translation>No-show reason</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>未接通</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>要改期</source>
        <translation>Wants to move</translation>
    </message>
    <message>
        <source>要取消</source>
        <translation>Will cancel</translation>
    </message>
    <message>
        <source>忘记了</source>
        <translation>Forgot</translation>
    </message>
    <message>
        <source>临时有事</source>
        <translation>Plans changed</translation>
    </message>
    <message>
        <source>去了别家</source>
        <translation>Serviced elsewhere</translation>
    </message>
    <message>
        <source>不需要了</source>
        <translation>No longer needed</translation>
    </message>
    <message>
        <source>联系不上</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>预约单</source>
        <translation>Appointment slip</translation>
    </message>
    <message>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>交车日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>油量</source>
        <translation>Fuel level</translation>
    </message>
    <message>
        <source>客户描述</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>维修类型</source>
        <translation>Job types</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>客户等候</source>
        <translation>Customer waits</translation>
    </message>
    <message>
        <source>送修人</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>送修人电话</source>
        <translation>Bringer&apos;s phone</translation>
    </message>
    <message>
        <source>代步车</source>
        <translation>Loan car</translation>
    </message>
    <message>
        <source>合计（分）</source>
        <translation>Total (fen)</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>已确认的提示</source>
        <translation>Confirmed warnings</translation>
    </message>
    <message>
        <source>发动机号</source>
        <translation>Engine number</translation>
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
        <source>车辆数</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>完整电话</source>
        <translation>Full phone</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>打印次数</source>
        <translation>Print number</translation>
    </message>
    <message>
        <source>筛选条件</source>
        <translation>Filter</translation>
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
        <source>开单</source>
        <translation>Order opened</translation>
    </message>
    <message>
        <source>修改工单</source>
        <translation>Order edited</translation>
    </message>
    <message>
        <source>工单状态</source>
        <translation>Order status</translation>
    </message>
    <message>
        <source>取消工单</source>
        <translation>Order cancelled</translation>
    </message>
    <message>
        <source>工单备注</source>
        <translation>Order note</translation>
    </message>
    <message>
        <source>追加项目</source>
        <translation>Lines added</translation>
    </message>
    <message>
        <source>客户确认报价</source>
        <translation>Estimate approved</translation>
    </message>
    <message>
        <source>更换仪表里程</source>
        <translation>Odometer replaced</translation>
    </message>
    <message>
        <source>登记车辆</source>
        <translation>Vehicle added</translation>
    </message>
    <message>
        <source>修改车辆</source>
        <translation>Vehicle edited</translation>
    </message>
    <message>
        <source>车牌转移</source>
        <translation>Plate moved</translation>
    </message>
    <message>
        <source>导入车辆</source>
        <translation>Vehicle imported</translation>
    </message>
    <message>
        <source>导入更新车辆</source>
        <translation>Vehicle updated by import</translation>
    </message>
    <message>
        <source>导入里程</source>
        <translation>Mileage imported</translation>
    </message>
    <message>
        <source>新增车型</source>
        <translation>Model added</translation>
    </message>
    <message>
        <source>修改车型</source>
        <translation>Model edited</translation>
    </message>
    <message>
        <source>登记客户</source>
        <translation>Customer added</translation>
    </message>
    <message>
        <source>修改客户</source>
        <translation>Customer edited</translation>
    </message>
    <message>
        <source>导入客户</source>
        <translation>Customer imported</translation>
    </message>
    <message>
        <source>导入更新客户</source>
        <translation>Customer updated by import</translation>
    </message>
    <message>
        <source>导出客户个人信息</source>
        <translation>Customer data exported</translation>
    </message>
    <message>
        <source>匿名化客户</source>
        <translation>Customer anonymised</translation>
    </message>
    <message>
        <source>导入客户车辆资料</source>
        <translation>Customers and vehicles imported</translation>
    </message>
    <message>
        <source>保存检查单</source>
        <translation>Inspection saved</translation>
    </message>
    <message>
        <source>修订检查单</source>
        <translation>Inspection revised</translation>
    </message>
    <message>
        <source>客户签字</source>
        <translation>Customer signed</translation>
    </message>
    <message>
        <source>客户决定</source>
        <translation>Customer&apos;s decision</translation>
    </message>
    <message>
        <source>交车检查</source>
        <translation>Delivery check</translation>
    </message>
    <message>
        <source>新建索赔</source>
        <translation>Claim created</translation>
    </message>
    <message>
        <source>修改索赔</source>
        <translation>Claim edited</translation>
    </message>
    <message>
        <source>提交索赔</source>
        <translation>Claim submitted</translation>
    </message>
    <message>
        <source>索赔批准</source>
        <translation>Claim approved</translation>
    </message>
    <message>
        <source>索赔拒绝</source>
        <translation>Claim rejected</translation>
    </message>
    <message>
        <source>索赔付款</source>
        <translation>Claim paid</translation>
    </message>
    <message>
        <source>索赔退回草稿</source>
        <translation>Claim back to draft</translation>
    </message>
    <message>
        <source>重新生成旧件标签</source>
        <translation>Part tags reissued</translation>
    </message>
    <message>
        <source>重印旧件标签</source>
        <translation>Part tags reprinted</translation>
    </message>
    <message>
        <source>新开旧件箱</source>
        <translation>Return box opened</translation>
    </message>
    <message>
        <source>旧件箱发运</source>
        <translation>Return box shipped</translation>
    </message>
    <message>
        <source>新增提醒</source>
        <translation>Reminder added</translation>
    </message>
    <message>
        <source>提醒完成</source>
        <translation>Reminder done</translation>
    </message>
    <message>
        <source>提醒改期</source>
        <translation>Reminder moved</translation>
    </message>
    <message>
        <source>提醒电话</source>
        <translation>Reminder call</translation>
    </message>
    <message>
        <source>分配提醒</source>
        <translation>Reminders assigned</translation>
    </message>
    <message>
        <source>跟进事项</source>
        <translation>Follow-up item</translation>
    </message>
    <message>
        <source>导出通话清单</source>
        <translation>Call list exported</translation>
    </message>
    <message>
        <source>登记投诉</source>
        <translation>Complaint recorded</translation>
    </message>
    <message>
        <source>指派投诉</source>
        <translation>Complaint assigned</translation>
    </message>
    <message>
        <source>投诉处理记录</source>
        <translation>Complaint log entry</translation>
    </message>
    <message>
        <source>投诉结案</source>
        <translation>Complaint closed</translation>
    </message>
    <message>
        <source>重新打开投诉</source>
        <translation>Complaint reopened</translation>
    </message>
    <message>
        <source>打印含客户信息的单据</source>
        <translation>Document with customer data printed</translation>
    </message>
    <message>
        <source>重印单据</source>
        <translation>Document reprinted</translation>
    </message>
    <message>
        <source>取消打印</source>
        <translation>Print cancelled</translation>
    </message>
    <message>
        <source>打印任务结算</source>
        <translation>Print job settled</translation>
    </message>
    <message>
        <source>新增用户</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>启用或停用用户</source>
        <translation>User switched on or off</translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>修改保密设置</source>
        <translation>Secret setting changed</translation>
    </message>
    <message>
        <source>数据备份</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>Audit log viewed</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>客户与车辆</source>
        <translation>Customers and vehicles</translation>
    </message>
    <message>
        <source>检查单</source>
        <translation>Inspection sheet</translation>
    </message>
    <message>
        <source>索赔与旧件</source>
        <translation>Claims and old parts</translation>
    </message>
    <message>
        <source>保养提醒</source>
        <translation>Service reminders</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>导出与打印</source>
        <translation>Exports and prints</translation>
    </message>
    <message>
        <source>用户与登录</source>
        <translation>Users and logins</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>审计日志的查看与导出</source>
        <translation>Audit log views and exports</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>索赔单</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>旧件</source>
        <translation>Old part</translation>
    </message>
    <message>
        <source>旧件箱</source>
        <translation>Return box</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>通话清单</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>打印任务</source>
        <translation>Print job</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>导入文件</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>进厂里程</source>
        <translation>Mileage in</translation>
    </message>
    <message>
        <source>出厂里程</source>
        <translation>Mileage out</translation>
    </message>
    <message>
        <source>工单类型</source>
        <translation>Job type</translation>
    </message>
    <message>
        <source>承诺交车</source>
        <translation>Promised at</translation>
    </message>
    <message>
        <source>预估金额（分）</source>
        <translation>Estimate (fen)</translation>
    </message>
    <message>
        <source>报价已确认</source>
        <translation>Estimate approved</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>显示名</source>
        <translation>Display name</translation>
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
        <source>负责人</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>客户满意</source>
        <translation>Customer satisfied</translation>
    </message>
    <message>
        <source>结案时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>回复时间</source>
        <translation>Replied at</translation>
    </message>
    <message>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>显示条数</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>还有更多</source>
        <translation>More</translation>
    </message>
    <message>
        <source>年检有效期至</source>
        <translation>Inspection valid until</translation>
    </message>
    <message>
        <source>保险到期日</source>
        <translation>Insurance ends</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>新建预约</source>
        <translation>Booking made</translation>
    </message>
    <message>
        <source>预约改期</source>
        <translation>Booking moved</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Booking cancelled</translation>
    </message>
    <message>
        <source>预约确认电话</source>
        <translation>Booking confirmation call</translation>
    </message>
    <message>
        <source>预约到店</source>
        <translation>Booked car arrived</translation>
    </message>
    <message>
        <source>标记爽约</source>
        <translation>Marked as no-show</translation>
    </message>
    <message>
        <source>预约日</source>
        <translation>Booking day</translation>
    </message>
    <message>
        <source>预约时段</source>
        <translation>Booked slot</translation>
    </message>
    <message>
        <source>维修类别</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>预约来源</source>
        <translation>Booking source</translation>
    </message>
    <message>
        <source>确认结果</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>爽约的预约</source>
        <translation>No-show bookings</translation>
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
    <name>reports</name>
    <message>
        <source>进厂台次</source>
        <translation>Vehicles in</translation>
    </message>
    <message>
        <source>开单数</source>
        <translation>Orders opened</translation>
    </message>
    <message>
        <source>交车台次</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>在修（日末）</source>
        <translation>In workshop (day end)</translation>
    </message>
    <message>
        <source>工时费（元）</source>
        <translation>Labour (yuan)</translation>
    </message>
    <message>
        <source>配件费（元）</source>
        <translation>Parts (yuan)</translation>
    </message>
    <message>
        <source>其他（元）</source>
        <translation>Other (yuan)</translation>
    </message>
    <message>
        <source>产值（元）</source>
        <translation>Revenue (yuan)</translation>
    </message>
    <message>
        <source>单车产值（元）</source>
        <translation>Per vehicle (yuan)</translation>
    </message>
    <message>
        <source>预约进厂占比</source>
        <translation>Booked share</translation>
    </message>
    <message>
        <source>超时交车</source>
        <translation>Late deliveries</translation>
    </message>
    <message>
        <source>提醒电话</source>
        <translation>Reminder calls</translation>
    </message>
    <message>
        <source>其中预约成功</source>
        <translation>Of which booked</translation>
    </message>
    <message>
        <source>新预约</source>
        <translation>New bookings</translation>
    </message>
    <message>
        <source>未到店预约</source>
        <translation>Bookings not arrived</translation>
    </message>
    <message>
        <source>新建索赔单</source>
        <translation>Claims opened</translation>
    </message>
    <message>
        <source>打印旧件标签</source>
        <translation>Old-part tags printed</translation>
    </message>
    <message>
        <source>投诉新开</source>
        <translation>Complaints opened</translation>
    </message>
    <message>
        <source>投诉结案</source>
        <translation>Complaints closed</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sun</translation>
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
        <source>检查单</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>系统管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>保养提醒</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>索赔</source>
        <translation>Warranty claims</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>weekdays</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
</context>
</TS>
