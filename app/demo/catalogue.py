"""What the demo dealer sells and services: models with their terms, parts, jobs, colours.

Figures here are plausible demo values (configurable in the program), not manufacturers' terms.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.orders import JobType
from app.roles import Role


@dataclass(frozen=True)
class ModelSpec:
    brand: str
    name: str
    wmi: str  # world manufacturer identifier: L.. for cars built in China
    vds: tuple[str, ...]  # VIN positions 4-8, one per variant
    plant: str  # VIN position 11
    is_nev: bool
    energy: str  # "ice", "bev" (D plates) or "phev" (F plates)
    weight: int  # share of the dealer's vehicles
    labour_rate_fen: int  # per hour
    price_factor: float  # parts prices relative to a mass-market brand
    part_prefix: str
    basic_warranty: tuple[int, int]  # months, km
    battery_warranty: tuple[int, int] | None
    first_service: tuple[int, int]
    service_interval: tuple[int, int]


_MASS = 18_000
_PREMIUM = 42_000

MODELS: tuple[ModelSpec, ...] = (
    ModelSpec(
        "大众",
        "朗逸",
        "LSV",
        ("AA4C1", "AB4C2"),
        "3",
        False,
        "ice",
        14,
        _MASS,
        1.0,
        "L1",
        (36, 100_000),
        None,
        (6, 7_500),
        (12, 10_000),
    ),
    ModelSpec(
        "大众",
        "帕萨特",
        "LSV",
        ("DA6C2", "DB6C3"),
        "3",
        False,
        "ice",
        8,
        _MASS,
        1.2,
        "L3",
        (36, 100_000),
        None,
        (6, 7_500),
        (12, 10_000),
    ),
    ModelSpec(
        "大众",
        "途观L",
        "LSV",
        ("UA4M2", "UB4M3"),
        "2",
        False,
        "ice",
        8,
        _MASS,
        1.3,
        "L5",
        (36, 100_000),
        None,
        (6, 7_500),
        (12, 10_000),
    ),
    ModelSpec(
        "丰田",
        "卡罗拉",
        "LFM",
        ("A1BE3", "A2BE4"),
        "K",
        False,
        "ice",
        10,
        _MASS,
        0.9,
        "90",
        (36, 100_000),
        None,
        (6, 5_000),
        (6, 5_000),
    ),
    ModelSpec(
        "丰田",
        "凯美瑞",
        "LVG",
        ("B1FK2", "B3FK5"),
        "G",
        False,
        "ice",
        7,
        _MASS,
        1.1,
        "91",
        (36, 100_000),
        None,
        (6, 5_000),
        (6, 5_000),
    ),
    ModelSpec(
        "丰田",
        "RAV4荣放",
        "LFM",
        ("J3RF4", "J4RF5"),
        "K",
        False,
        "ice",
        6,
        _MASS,
        1.1,
        "92",
        (36, 100_000),
        None,
        (6, 5_000),
        (6, 5_000),
    ),
    ModelSpec(
        "本田",
        "雅阁",
        "LHG",
        ("CV163", "CV364"),
        "8",
        False,
        "ice",
        7,
        _MASS,
        1.1,
        "17",
        (36, 100_000),
        None,
        (6, 5_000),
        (12, 10_000),
    ),
    ModelSpec(
        "本田",
        "CR-V",
        "LVH",
        ("RW185", "RW286"),
        "6",
        False,
        "ice",
        6,
        _MASS,
        1.1,
        "18",
        (36, 100_000),
        None,
        (6, 5_000),
        (12, 10_000),
    ),
    ModelSpec(
        "比亚迪",
        "汉EV",
        "LGX",
        ("E2C1B", "E2C3B"),
        "S",
        True,
        "bev",
        6,
        _MASS,
        1.2,
        "BH",
        (72, 150_000),
        (96, 150_000),
        (6, 5_000),
        (12, 20_000),
    ),
    ModelSpec(
        "比亚迪",
        "秦PLUS DM-i",
        "LGX",
        ("C4A1P", "C4A2P"),
        "W",
        True,
        "phev",
        9,
        _MASS,
        0.9,
        "BQ",
        (72, 150_000),
        (96, 150_000),
        (6, 5_000),
        (12, 10_000),
    ),
    ModelSpec(
        "比亚迪",
        "元PLUS",
        "LGX",
        ("F3B1E", "F3B2E"),
        "C",
        True,
        "bev",
        6,
        _MASS,
        0.9,
        "BY",
        (72, 150_000),
        (96, 150_000),
        (6, 5_000),
        (12, 20_000),
    ),
    ModelSpec(
        "特斯拉",
        "Model Y",
        "LRW",
        ("YGEE1", "YGFE2"),
        "C",
        True,
        "bev",
        5,
        20_000,
        1.4,
        "TY",
        (48, 80_000),
        (96, 160_000),
        (12, 20_000),
        (24, 40_000),
    ),
    ModelSpec(
        "宝马",
        "3系",
        "LBV",
        ("5Y310", "5Y510"),
        "7",
        False,
        "ice",
        4,
        _PREMIUM,
        2.2,
        "B3",
        (36, 100_000),
        None,
        (12, 10_000),
        (12, 15_000),
    ),
    ModelSpec(
        "宝马",
        "7系",
        "WBA",
        ("7C410", "7C810"),
        "C",
        False,
        "ice",
        1,
        _PREMIUM,
        3.0,
        "B7",
        (36, 100_000),
        None,
        (12, 10_000),
        (12, 15_000),
    ),
    ModelSpec(
        "宝马",
        "X5",
        "5UX",
        ("CR6C5", "CR6C0"),
        "L",
        False,
        "ice",
        1,
        _PREMIUM,
        2.8,
        "BX",
        (36, 100_000),
        None,
        (12, 10_000),
        (12, 15_000),
    ),
    ModelSpec(
        "奔驰",
        "C级",
        "LE4",
        ("ZF4HB", "ZF8HB"),
        "L",
        False,
        "ice",
        4,
        _PREMIUM,
        2.2,
        "MC",
        (36, 100_000),
        None,
        (12, 10_000),
        (12, 10_000),
    ),
    ModelSpec(
        "奔驰",
        "S级",
        "W1K",
        ("6G8EB", "6G6EB"),
        "A",
        False,
        "ice",
        1,
        _PREMIUM,
        3.2,
        "MS",
        (36, 100_000),
        None,
        (12, 10_000),
        (12, 10_000),
    ),
)

# VIN position 10: the model year.
YEAR_CODES = {
    2015: "F", 2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M", 2022: "N",
    2023: "P", 2024: "R", 2025: "S", 2026: "T", 2027: "V", 2028: "W", 2029: "X", 2030: "Y",
}  # fmt: skip

COLOURS = (
    ("白色", 24), ("珍珠白", 8), ("黑色", 18), ("曜石黑", 4), ("银色", 10), ("灰色", 10), ("星空灰", 4),
    ("蓝色", 6), ("宝石蓝", 3), ("红色", 5), ("棕色", 3), ("绿色", 2), ("香槟金", 3),
)  # fmt: skip

# The dealer's own city gets most plates; neighbours and other provinces the rest.
HOME_OFFICE = "粤B"
OTHER_OFFICES = (
    ("粤A", 4), ("粤S", 3), ("粤E", 2), ("粤L", 2), ("粤J", 1),
    ("湘A", 2), ("赣A", 1), ("桂A", 1), ("川A", 1), ("鄂A", 1), ("京A", 1), ("沪A", 1), ("豫A", 1),
)  # fmt: skip
HOME_SHARE = 0.8

DEALER = {
    "name": "深圳市鹏程汽车销售服务有限公司",
    "code": "GD0755B12",
    "address": "深圳市南山区沙河西路3188号鹏程汽车城A栋",
    "service_phone": "0755-26881234",
}


@dataclass(frozen=True)
class Part:
    code: str  # appended to the model's part prefix to make a part number
    name: str
    price_fen: int  # at price_factor 1.0
    supplier: str = ""


@dataclass(frozen=True)
class Job:
    """A labour operation and the parts it uses (each part: quantity, in hundredths)."""

    code: str
    name: str
    hours_x100: int
    parts: tuple[tuple[Part, int], ...] = ()
    ice_only: bool = False
    ev_only: bool = False


OIL = Part("115561", "机油 5W-30（升）", 7_800)
OIL_FILTER = Part("115562", "机油滤清器", 4_800, "S20431")
DRAIN_WASHER = Part("911013", "放油螺塞垫片", 500)
AIR_FILTER = Part("129620", "空气滤清器", 9_800, "S20432")
CABIN_FILTER = Part("819644", "空调滤清器", 12_800, "S20433")
SPARK_PLUG = Part("905601", "火花塞", 8_500, "S31207")
BRAKE_FLUID = Part("000750", "制动液 DOT4（升）", 9_000)
COOLANT = Part("000774", "冷却液（升）", 6_500)
FRONT_PADS = Part("698151", "前制动片（套）", 48_000, "S11802")
REAR_PADS = Part("698451", "后制动片（套）", 38_000, "S11802")
BATTERY_12V = Part("915105", "蓄电池 12V", 78_000, "S40115")
WIPERS = Part("955425", "雨刮片（对）", 16_800)
TYRE = Part("601025", "轮胎 225/45 R18", 68_000, "S60210")
BULB = Part("941021", "大灯灯泡", 6_800)
SHOCK = Part("413031", "前减震器", 89_000, "S41330")
REFRIGERANT = Part("000820", "空调制冷剂 R134a（千克）", 20_000)
WATER_PUMP = Part("121011", "水泵总成", 86_000, "S12110")
WINDOW_REGULATOR = Part("837461", "车窗玻璃升降器", 52_000, "S83740")
AC_COMPRESSOR = Part("820803", "空调压缩机", 320_000, "S82080")
IGNITION_COIL = Part("905715", "点火线圈", 38_000, "S90571")
THERMOSTAT = Part("121113", "节温器总成", 42_000, "S12111")
OBC = Part("E10201", "车载充电机", 560_000, "S93001")
BMS = Part("E10311", "电池管理控制器", 280_000, "S93002")
CHARGE_PORT = Part("E10502", "充电口总成", 120_000, "S93003")
DOOR_HANDLE = Part("837205", "电动门把手总成", 68_000, "S83720")
BUMPER = Part("807221", "前保险杠皮", 150_000, "S80720")
HEADLAMP = Part("941005", "前大灯总成", 280_000, "S94100")
PAINT = Part("000900", "油漆及辅料（面）", 38_000)

# Routine service, by drive train.
SERVICE_ICE = Job("M0001", "常规保养（更换机油、机滤）", 80,
                  ((OIL, 450), (OIL_FILTER, 100), (DRAIN_WASHER, 100)), ice_only=True)  # fmt: skip
SERVICE_EV = Job("M0002", "电动车常规保养检查", 60, ev_only=True)
SERVICE_EXTRAS = (
    Job("M0101", "更换空气滤清器", 20, ((AIR_FILTER, 100),), ice_only=True),
    Job("M0102", "更换空调滤清器", 20, ((CABIN_FILTER, 100),)),
    Job("M0103", "更换火花塞", 60, ((SPARK_PLUG, 400),), ice_only=True),
    Job("M0104", "更换制动液", 60, ((BRAKE_FLUID, 100),)),
)

REPAIRS = {
    "front_pads": Job("R0101", "更换前制动片", 100, ((FRONT_PADS, 100),)),
    "rear_pads": Job("R0102", "更换后制动片", 100, ((REAR_PADS, 100),)),
    "battery": Job("R0201", "更换蓄电池", 30, ((BATTERY_12V, 100),)),
    "wipers": Job("R0301", "更换雨刮片", 10, ((WIPERS, 100),)),
    "tyres": Job("R0401", "更换轮胎（两条）及动平衡", 80, ((TYRE, 200),)),
    "alignment": Job("R0402", "四轮定位", 100),
    "brake_fluid": Job("R0501", "更换制动液", 60, ((BRAKE_FLUID, 100),)),
    "cabin_filter": Job("R0601", "更换空调滤清器", 20, ((CABIN_FILTER, 100),)),
    "air_filter": Job("R0602", "更换空气滤清器", 20, ((AIR_FILTER, 100),), ice_only=True),
    "coolant": Job("R0701", "更换冷却液", 80, ((COOLANT, 500),)),
    "bulb": Job("R0801", "更换大灯灯泡", 30, ((BULB, 100),)),
    "shock": Job("R0901", "更换前减震器", 250, ((SHOCK, 200),)),
    "ac_gas": Job("R1001", "空调系统检漏及加注制冷剂", 80, ((REFRIGERANT, 50),)),
    "diagnosis": Job("R1101", "故障诊断（电脑检测）", 50),
    "noise": Job("R1102", "底盘异响检查及紧固", 150),
}
# Jobs a customer comes in for without an inspection finding.
WALK_IN_REPAIRS = (
    "front_pads",
    "battery",
    "tyres",
    "alignment",
    "ac_gas",
    "diagnosis",
    "noise",
    "wipers",
    "bulb",
)


@dataclass(frozen=True)
class WarrantyFault:
    job: Job
    fault_code: str
    fault_name: str
    damage_reason: str
    statement: str


WARRANTY_FAULTS = (
    WarrantyFault(Job("W0101", "更换水泵", 200, ((WATER_PUMP, 100), (COOLANT, 400)), ice_only=True),
                  "P0217", "发动机冷却液温度过高", "水泵内部泄漏", "仪表提示水温高，车底有水渍"),
    WarrantyFault(Job("W0201", "更换车窗玻璃升降器", 120, ((WINDOW_REGULATOR, 100),)),
                  "B1402", "左前车窗升降失效", "电机损坏", "左前车窗升不上去，按开关有异响"),
    WarrantyFault(Job("W0301", "更换空调压缩机", 300, ((AC_COMPRESSOR, 100), (REFRIGERANT, 60))),
                  "B1A41", "空调不制冷", "压缩机内部磨损", "空调不凉，出风口吹热风"),
    WarrantyFault(Job("W0401", "更换点火线圈", 50, ((IGNITION_COIL, 100),), ice_only=True),
                  "P0301", "1缸失火", "线圈击穿", "发动机抖动，故障灯亮"),
    WarrantyFault(Job("W0501", "更换节温器", 150, ((THERMOSTAT, 100), (COOLANT, 300)), ice_only=True),
                  "P0128", "冷却液温度低于节温器调节温度", "节温器卡滞", "暖风不热，水温上不去"),
    WarrantyFault(Job("W0601", "更换车载充电机", 250, ((OBC, 100),), ev_only=True),
                  "U3006", "车载充电机故障", "充电模块损坏", "慢充充不进电，充电枪指示灯闪红"),
    WarrantyFault(Job("W0701", "更换电池管理控制器", 200, ((BMS, 100),), ev_only=True),
                  "P1A00", "电池管理系统通讯故障", "控制器内部故障", "仪表提示动力系统故障，请检修"),
    WarrantyFault(Job("W0801", "更换充电口总成", 150, ((CHARGE_PORT, 100),), ev_only=True),
                  "P1B21", "快充口温度传感器故障", "传感器失效", "快充时充几分钟就停止"),
    WarrantyFault(Job("W0901", "更换电动门把手总成", 80, ((DOOR_HANDLE, 100),)),
                  "B2210", "左前门把手无法弹出", "电机损坏", "左前门把手弹不出来，只能用钥匙开门"),
)  # fmt: skip

ACCIDENT_JOBS = (
    Job("A0101", "前保险杠拆装及钣金修复", 250, ((PAINT, 100),)),
    Job("A0102", "更换前保险杠皮及喷漆", 300, ((BUMPER, 100), (PAINT, 100))),
    Job("A0103", "更换前大灯总成", 100, ((HEADLAMP, 100),)),
    Job("A0104", "左前叶子板钣金喷漆", 280, ((PAINT, 100),)),
    Job("A0105", "右后门钣金喷漆", 300, ((PAINT, 100),)),
)
BODY_JOBS = (
    Job("P0101", "后保险杠划痕补漆", 150, ((PAINT, 100),)),
    Job("P0102", "左后门凹陷修复及喷漆", 250, ((PAINT, 100),)),
    Job("P0103", "整车抛光打蜡", 200),
    Job("P0104", "右前门划痕补漆", 150, ((PAINT, 100),)),
)
INTERNAL_JOBS = (
    Job("N0101", "新车PDI检查", 100),
    Job("N0102", "二手车整备", 300, ((CABIN_FILTER, 100),)),
    Job("N0103", "展车保养", 80),
)
TOWING_FEE_FEN = 30_000

# The multi-point inspection: code, name, the job a yellow/red rating recommends (None: advice only).
CHECKLIST = (
    ("engine_oil", "机油液位及品质", None, "ice"),
    ("front_pads", "前制动片厚度", "front_pads", ""),
    ("rear_pads", "后制动片厚度", "rear_pads", ""),
    ("brake_fluid", "制动液", "brake_fluid", ""),
    ("coolant", "冷却液", "coolant", ""),
    ("battery", "12V蓄电池", "battery", ""),
    ("tyres", "轮胎花纹及磨损", "tyres", ""),
    ("tyre_pressure", "轮胎气压", None, ""),
    ("wipers", "雨刮片", "wipers", ""),
    ("lights", "灯光", "bulb", ""),
    ("cabin_filter", "空调滤清器", "cabin_filter", ""),
    ("air_filter", "空气滤清器", "air_filter", "ice"),
    ("shock", "减震器", "shock", ""),
    ("hv_battery", "动力电池外观及状态", None, "ev"),
    ("charge_port", "充电口", None, "ev"),
)

STATEMENTS = {
    JobType.MAINTENANCE: (
        "做保养", "到保养里程了，做常规保养", "保养，顺便检查一下刹车", "首保", "做保养，空调有点异味",
    ),
    JobType.REPAIR: (
        "刹车时有吱吱声", "早上冷车启动困难", "空调制冷效果差", "方向盘有点跑偏", "过减速带底盘有异响",
        "仪表上有故障灯", "车辆电瓶亏电打不着火", "轮胎被扎了，换两条新轮胎", "大灯不亮", "雨刮刮不干净",
    ),
    JobType.ACCIDENT: (
        "追尾，前保险杠和大灯撞坏，保险公司已定损", "倒车刮蹭，保险报案", "停车时被别的车撞了左前叶子板",
    ),
    JobType.BODY_PAINT: ("后保险杠刮花了，补个漆", "车门被撞了个坑", "做个抛光打蜡"),
}  # fmt: skip
CANCEL_REASONS = (
    "客户临时有事，改天再来",
    "报价后客户决定暂不维修",
    "客户要求去其他店维修",
    "配件无货，客户取消",
)
SINCE = ("今天", "两三天", "一周左右", "半个月", "一个多月", "上次保养后")
FREQUENCY = ("always", "intermittent", "once")
CONDITIONS = (
    {"engine": "cold"}, {"engine": "warm"}, {"speed": "60-80 km/h"}, {"road": "颠簸路面"},
    {"weather": "雨天"}, {"ac": "on"}, {"speed": "低速"},
)  # fmt: skip
LOCATIONS = ("前轮附近", "左前", "右后", "发动机舱", "仪表台", "底盘", "后备箱")
WARNING_LIGHTS = ("engine", "abs", "airbag", "oil_pressure", "charging", "tyre_pressure", "brake")
ITEMS_IN_CAR = ("spare_wheel", "warning_triangle", "jack", "extinguisher", "tools")
DAMAGE_VIEWS = ("top", "front", "back", "left", "right")
DAMAGE_KINDS = ("scratch", "dent", "crack", "paint", "chip")
DAMAGE_NOTES = {"scratch": "划痕", "dent": "凹陷", "crack": "裂纹", "paint": "掉漆", "chip": "石击"}

# Reminder statuses, call outcomes and lost reasons are app.reminders' vocabularies (ReminderStatus,
# CallOutcome, LostReason); appointment statuses are app.appointments' (AppointmentStatus).
COMPLAINT_CATEGORIES = {
    "waiting": ("等待时间太长，承诺的交车时间没有兑现", "预约了还要排队等一个多小时"),
    "quality": ("保养后发动机故障灯又亮了", "刹车异响修了一次还是有", "洗车不干净，座椅上有油污"),
    "price": ("结算金额比报价高，没有提前说明", "更换配件前没有征求同意"),
    "attitude": ("服务顾问解释问题不耐烦", "电话预约时态度不好"),
}
COMPLAINT_RESOLUTIONS = (
    "已向客户致歉，免费复检并赠送一次洗车",
    "核对工单后退还多收费用，客户表示满意",
    "安排技术主管重新检修，问题已解决",
    "已对相关人员进行培训，客户接受处理结果",
)
COMPLAINT_CHANNELS = ("counter", "phone", "hotline", "online")  # app.reports.ComplaintChannel values
COMPLAINT_REPLIES = (
    "已致电客户致歉，说明原因并约定复检时间",
    "客户到店面谈，已记录诉求，答复两天内给出处理方案",
    "已回电客户，安排技术主管跟进",
)
CARRIERS = ("顺丰速运", "德邦物流", "中通快运")

# The demo's users: login, display name, role.
DEMO_USERS = (
    ("admin", "系统管理员", Role.ADMIN),
    ("advisor1", "王芳", Role.ADVISOR),
    ("advisor2", "李强", Role.ADVISOR),
    ("advisor3", "陈静", Role.ADVISOR),
    ("advisor4", "刘洋", Role.ADVISOR),
    ("claims1", "赵敏", Role.CLAIMS),
    ("supervisor1", "周建国", Role.SUPERVISOR),
)
