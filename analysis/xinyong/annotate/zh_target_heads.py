"""The head-noun rule for Chinese TARGETs (GUIDELINES.md): a party noun that directly modifies a following noun,
with no 的, is part of a compound (企业信用信息, 失信被执行人信息) and not a TARGET, except inside a list's name."""
from __future__ import annotations

import re

# Head-noun rule (guidelines): a party noun directly modifying a following noun, with no 的, is
# part of a compound (企业信用信息, 信用主体权益保护制度, 失信被执行人信息) and not a TARGET.
ZH_COMPOUND_HEAD = re.compile(r"(?:不良|基本|公共|失信|守信|相关)?(?:信息|信用(?!主体)|征信|年度报告|年报|档案|"
                              r"记录|权益|工作|登记|名称|数据)"
                              # what a party has or is (信用主体权利, 公司资本, 农民工工资, 个人身份识别)
                              r"|招录|录用|考录|招考|招聘|聘用|(?:激励|惩戒|管理|约束)措施|环境信用|纳税信用|信用评价|社会信用|个人信息|合法权益|(?:严重)?(?:失信|违法)行为|权利|义务|基本情况|诚实守信|失信状态|劳动用工|用工|实名制|"
                              r"工资|资本|股份|身份|特征|品德|生产经营|生命|身体|人身|"
                              # its persons and papers (建设单位负责人, 企业法定代表人, 公司股东, 金融机构保函)
                              r"(?:主要)?负责人|法定代表人|实际控制人|股东|董事|监事|高级管理人员|从业人员|员工|职工|姓名|保函|"
                              # its particulars, papers, owners and dealings (企业通信地址, 法人营业执照, 个人图像,
                              # 个人独资企业, 用人单位主要出资人, 企业交易对方, 公司设立条件, 分包单位农民工工资)
                              r"(?:通信)?地址|住所|(?:营业)?执照|图像|资产|财产|收入|独资|合伙|(?:主要)?出资人|交易对(?:方|手|象)|"
                              r"设立条件|(?:部分)?工资|农民工工资|"
                              # its standing, securities, secrets and the people it names (企业诚信建设,
                              # 企业债券, 企业标准, 企业商业秘密, 个人隐私, 企业退出机制, 企业家); 诚信 as a manner
                              # of acting (企业诚信经营) leaves the party the subject
                              r"诚信(?!经营|守法|履约|纳税|办事|自律)|债券|标准|商业秘密|隐私|退出机制|家(?!庭)|"
                              # what it needs or goes through (企业诉求, 市场主体活力, 市场主体准入,
                              # 企业开办时间, 企业融资成本, 企业投资项目, 个人事项)
                              r"诉求|需求|意见|活力|准入|全生命周期|事项|投资项目|"
                              # what is done in its name or known of it (以社会组织名义, 社会组织违法线索, 评估等级)
                              r"名义|(?:违法)?线索|(?:评估|信用)?等级|"
                              r"(?:开办|注销|融资|经营|办事)(?:时间|程序|成本|流程|手续|环节)|"
                              # a person serving it, an award's name, its rate of checks (企业协调员,
                              # 示范企业评选, 一般信用企业平均查验率)
                              r"协调员|联络员|评选|评比|(?:平均)?(?:查验|抽查|检查)(?:率|比例)|"
                              # the regime a party is put under (调整为一般信用企业管理。)
                              r"管理(?=[，。；）]|$)")
# The same for a body: 地方人民政府负责人, 人民法院工作实际, 人民法院协助执行通知书.
# Also its name, seal, standing and head (行政机关名称, 以行政机关名义, 行政机关公信力, 人民法院院长).
# A body organising an event (市政府主办的展会) is its organiser, not a party.
ZH_BODY_COMPOUND_HEAD = re.compile(r"(?:主要)?负责人|工作|(?:门户)?网站|[^，。；、]{0,4}通知书|名称|名义|印章|公信力|院长|民事执行|"
                                   r"(?:主办|承办|举办)的")
# The exception to the head-noun rule: a party noun inside a list's name is a TARGET, where the compound
# runs on to 名单/名录 with no verb between. Narrowing it to the noun right before 名单 (the session 8
# adjudication's 农民工 in 农民工工资……名单) lowered the validation set's TARGET recall, so it stays broad.
ZH_LIST_NAME_AHEAD = re.compile(r"(?:(?!列入|纳入|移出|记入|公布|公示|报送|推送|建立|查询)[^，。；、：“”《》\s的]){0,16}?(?:名单|名录)")
# Coordinated modifiers share the compound's head (企业和个人信息, 地方人民政府及其有关部门负责人): the
# first party noun is no TARGET either.
ZH_COORDINATED = re.compile(r"(?:和|及其?|与|或者?|、)(?:有关|相关|其他|本级|各级|同级)?(?:个人|企业|法人|自然人|组织|单位|部门|机关)")


def modifies_a_noun(text: str, end: int, kind: str) -> bool:
    """True where the party noun ending at `end` modifies the noun after it, alone or coordinated with
    another party noun (head-noun rule), outside a list's name."""
    compound = ZH_BODY_COMPOUND_HEAD if kind == "government-body" else ZH_COMPOUND_HEAD
    shared = ZH_COORDINATED.match(text, end)
    if shared and compound.match(text, shared.end()):
        return True
    return bool(compound.match(text, end)) and (kind == "government-body" or not ZH_LIST_NAME_AHEAD.match(text, end))
