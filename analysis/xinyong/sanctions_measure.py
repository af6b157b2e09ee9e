"""Whether a measure mention in a provision is a sanction or incentive the provision provides for,
for the sanctions records (issue 16). A mention is not a record when it names:

- money handled, a field of work or an early-warning system (fines collected, kept or returned;
  procurement as a field; 预警, "early-warning");
- the order that was violated (违反限制高消费令), a kind of case (…的案件), or the conditions, costs or
  notice of a measure (…名单的风险提示, "the costs of announcing an order", "income from fines");
- a state of the party (被吊销营业执照的, 列入…名单的信用主体, "Where an employer has its licence
  revoked", "a debtor restricted from high consumption", 在限制高消费期间): it is part of the
  condition or describes the party, the provision imposes something else;
- its lifting (解除限制高消费令, 移出名单, "lift the order"): an exit, not an imposition;
- money handed to the treasury (罚款、没收的违法所得…上缴国库, "turned over in full to the state treasury"),
  returned to the organ (返还罚款) or kept apart from its assessment (不得同…考核…挂钩);
- suspending the execution of a detention under review (暂缓执行);
- a warning talk (警示约谈, "warning talk"): a procedure urging performance, not a warning as a penalty;
- a right to a remedy against it (对…列入…名单有权申请救济, "a remedy against its inclusion");
- a department's ordinary publicity of the information it holds ("publicize the following enterprise
  information"), where no trust-breaking conduct is named;
- an offence in a list of acts ("committing any of the following acts: … refusing or obstructing
  inspection") taken as a restriction;
- a procedure (collecting a fine on the spot, 当场收缴罚款, and the items of such a list);
- record keeping (commitments and their fulfilment recorded, a government's own record, information
  left out of a record at the subject's request, commendations and other information recorded);
- an incentive withheld ("simplified procedures do not apply"): not a benefit granted;
- a party's own announcement ("make an announcement in the media") or an enterprise publicising its own
  report or information (年度报告, "the enterprise chooses whether to publicize");
- a rule on which penalties a law-maker may create (可以设定警告, "may create penalties other than …");
- a measure already undergone that is offset against a sentence (已经给予…行政拘留的，应当折抵), and the
  sentence it is offset against;
- a line of a decision form or notice (决定书应当载明…, "the form shall set out … the fine", "a risk warning");
- routine supervision of a field of work ("strengthen supervision and inspection of …"), where no
  subject is made a key target;
- publicity for a subject with good credit (宣传推介): no measure type of measures.yaml fits it.

`retyped` corrects the type of a restriction named in an incentive (评优评先中…列为优先选择对象): a
priority in selections is an honour, not a bar on honours.
"""
from __future__ import annotations

import re
from typing import Protocol


class MeasureSpan(Protocol):
    start: int
    end: int
    text: str
    kind: str


# Money handled, fields of work and early warning (measure type -> (before, after) patterns).
NOT_IMPOSED = {
    "zh": {"fine": (re.compile(r"(?:收缴|缴纳|收受|上缴|缴付|私分|截留|返还|抵缴|延期|分期)[^，。；]{0,8}$"), re.compile(r"^(?:的|决定|数额|收据|、没收的|直接上缴|缴付|交至)")),
           "confiscation": (re.compile(r"(?:私分|截留|返还)[^，。；]{0,8}$"), re.compile(r"^(?:的|或者财物)")),
           "warning-and-criticism": (re.compile(r"(?:预|风险)$"), re.compile(r"^约谈"))},
    "en": {"fine": (re.compile(r"(?:collect\w*|retain\w*|divides?|return\w*|appropriate|receipts for|pay(?:ing)?|accept\w*|receiv\w*|remit\w*|on|offset)\s+(?:the\s+|an?\s+|collected\s+)?$", re.I),
                    re.compile(r"^\s*(?:collected|shall be handed|,? confiscated illegal gains or)", re.I)),
           "confiscation": (re.compile(r"(?:retain\w*|divides?|return\w*)\s+(?:[a-z, ]{0,30})$", re.I), None),
           "warning-and-criticism": (re.compile(r"(?:early|risk)[\s-]+$", re.I), re.compile(r"^\s*talks?\b", re.I))}}
RESTRICTING = {"zh": re.compile(r"限制|禁止|禁入|不得参加|排斥|取消|暂停|惩戒|约束|审慎"),
               "en": re.compile(r"restrict|prohibit|bar(?:red|ring)?\b|exclu|ban\b|suspend|punish|constrain|prudent", re.I)}
FIELD_MEASURES = {"procurement-exclusion", "financing-restriction", "public-funding-restriction"}
# A measure named as what was violated or wrongly done (违反限制高消费令, 不应当列入…名单的).
VIOLATED = {"zh": re.compile(r"(?:违反|违背|不应当|不应|未予以|未给予|未依法给予)$"),
            "en": re.compile(r"(?:violat\w*|in violation of|in breach of|contrary to|should not (?:have )?be(?:en)?)\s+(?:the\s+|an?\s+)?$", re.I)}
# A measure that describes a matter (应当移交司法机关追究刑事责任的案件) names a kind of case.
DESCRIBING = re.compile(r"的(?:案件|事项|风险提示|公告费用|费用|条件|程序|救济途径)")
# … and so does one named as the costs, income or notice of it ("the costs of publicly announcing an
# order", "income from fines").
DESCRIBING_EN = re.compile(r"\b(?:costs?|fees?|income|proceeds|receipts) (?:of|from|for) (?:the )?(?:publicly )?(?:announc\w* (?:an? |the )?)?$", re.I)

ZH_CLAUSE_END = re.compile(r"[，,。；;：:]")
# English: a measure inside the opening condition of its sentence or clause (no comma between the
# opener and it), or a participle right after the party it describes ("a debtor restricted from …").
EN_CONDITION = re.compile(r"(?:^|,)\s*(?:\(\w+\)\s*)?(?:where|if|when|with respect to|for|during the period of|in the case of)\b[^,;:]*$", re.I)
EN_PARTICIPLE_FROM = re.compile(r"\b(?:restricted|banned|barred|prohibited|excluded)\s+from\s+$", re.I)
EN_PARTICIPLE = re.compile(r"(?:restricted|included|listed|entered|subjected|placed|ordered|banned|barred|prohibited)\b", re.I)
# … but a condition that governs imposing the measure (应当给予罚款处罚的，按照…; 人民法院决定将…纳入名单的，
# 应当制作决定书; "When deciding to adopt measures restricting …", "Where a subject is proposed to be
# included …") is part of the provision on that measure, unless the measure is already undergone
# by the party (被…) or denied (不符合…, 不将…); an objection to it (认为将其纳入…错误的) governs it too.
ZH_GOVERNING_CONDITION = re.compile(r"应当|应|可以|决定|给予|处以|拟|认为")
ZH_UNDERGONE = re.compile(r"被(?!执行人)|不符合|不将|不应")
EN_GOVERNING_CONDITION = re.compile(r"\b(?:shall|may|must|decid\w*|propos\w*|intend\w*|impos\w*)\b", re.I)
EN_NOT_A_PARTY = re.compile(r"\b(?:be|been|being|is|are|was|were|shall|may|must|will|to|and|or|not|also|then|\w+ly)\s+$|[(),;:]\s*$", re.I)
# Lifting a measure is its exit.
LIFTED = {"zh": re.compile(r"(?:解除|移出|退出)$"),
          "en": re.compile(r"\b(?:lift\w*|remov\w* (?:\w+ )?from)\s+(?:the\s+|its\s+)?$", re.I)}
# Money handed to the treasury (罚款、没收的违法所得…必须全部上缴国库) is money handled, not imposed.
TREASURY = {"zh": re.compile(r"[^。；]*?(?:上缴|缴入|解缴)国库"),
            "en": re.compile(r"[^.;]*?\b(?:turned|handed|paid|remitted) (?:over )?(?:in full )?(?:in)?to the (?:state )?treasury", re.I)}
# The main clause after an English condition (", the organs shall …", ", it may …").
EN_MAIN_CLAUSE = re.compile(r",\s*(?:it|they|he|she|(?:the|such|all|any|relevant|organizations)\b[^,;:]{0,100}?)\s+(?:shall|may|must|will)\b", re.I)
EN_OPENER = re.compile(r"^\s*(?:\(\w+\)\s*)?(?:where|if|when|with respect to|during the period of|in the case of)\b", re.I)
# Money accounted for (罚款…不得同…考核、考评…挂钩, "shall not be linked to the assessment"): how it is
# handled, not imposing it.
ACCOUNTED = {"zh": re.compile(r"[^。；]*?挂钩"), "en": re.compile(r"[^.;]*?\blinked\b[^.;]*\b(?:assessment|evaluation)", re.I)}
# … and so is money returned to the organ (不得…向…行政机关返还罚款、没收的违法所得, "return to the organ … any
# fines, confiscated illegal gains"), however long the list before it.
RETURNED = {"zh": re.compile(r"(?:返还|私分|截留)[^，。；]{0,16}$"), "en": re.compile(r"\breturn\w*\s+to\b[^.;]{0,200}$", re.I)}
# Preferential treatment in financing (在融资授信、利率费率…等方面给予优惠或者便利): the financing-preference
# mention of the clause is the measure, its 给予优惠或者便利 no support in public services. (The English
# "granting preferential treatment … in respect of financing" gives no public-service-support span.)
FINANCING_FIELD = {"zh": re.compile(r"(?:融资|授信|信贷|贷款|利率)[^，。；]*等?方面$")}
# A right to a remedy against a measure (对…将其列入…名单有权申请救济, "a remedy against its inclusion")
# governs the remedy, not imposing the measure.
REMEDY = {"zh": (None, re.compile(r"[^，。；]{0,6}有权申请救济")), "en": (re.compile(r"\bremed(?:y|ies) against (?:its|their|the)\s+$", re.I), None)}
# A department's ordinary publicity of the information it holds ("publicize the following enterprise
# information", 公示下列企业信息): no party is named for its conduct.
INFO_PUBLICITY = {"zh": re.compile(r"公示下列[^，。；]{0,6}信息|应当公示的[^，。；]{0,4}信息"),
                  "en": re.compile(r"publici[sz]e the following (?:\w+ ){0,2}information|information that shall be publici[sz]ed", re.I)}
NAMED_CONDUCT = {"zh": re.compile(r"失信|严重违法|经营异常|黑名单"),
                 "en": re.compile(r"trust-breaking|seriously illegal|abnormal|blacklist", re.I)}
# An item of a list of offences ("committing any of the following acts: … (5) refusing or obstructing
# inspection"): the conduct that was violated, not a restriction of it.
OFFENCE_LEAD = {"zh": re.compile(r"(?:下列|以下)(?:行为|情形)"), "en": re.compile(r"following (?:acts|conduct)", re.I)}
OFFENCE_ITEM = {"zh": re.compile(r"(?:拒绝|阻碍|拒不|未按|泄露|违法提供|擅自)"),
                "en": re.compile(r"(?:refus|obstruct|fail|leak|sell|fabricat|tamper|forg)\w*\b", re.I)}
# Suspending the execution of a detention under review (暂缓执行) governs its execution, not imposing it.
SUSPENDED_EXECUTION = {"zh": re.compile(r"暂缓执行"), "en": re.compile(r"\bsuspen\w* (?:the )?execution|stay of execution", re.I)}
# Collecting a fine on the spot is a procedure for a fine already decided.
ON_THE_SPOT = {"zh": re.compile(r"当场收缴"), "en": re.compile(r"collect\w* (?:the |a |an )?fines? on the spot", re.I)}
# Record keeping: commitments recorded, a government's own record, information left out at the subject's request.
RECORD_KEEPING = {"zh": re.compile(r"承诺|践诺|政务(?:诚信|信用)|不将|不予记|不得记|表彰|作为其他信息|作为基础信息|基本情况"),
                  "en": re.compile(r"commitments?|government affairs|not be (?:entered|recorded|included)|not (?:enter|record)\b|commendations?|as other information|as basic information|basic circumstances", re.I)}
# … unless the commitment was broken (违背承诺的，记入信用记录): then the entry is a sanction.
BROKEN = {"zh": re.compile(r"违背|违反|未履行|不履行|未按"), "en": re.compile(r"breach|violat|fail|not (?:fulfil|perform|keep)", re.I)}
# An incentive withheld ("… do not apply", 不适用…简化程序, 取消…优先).
WITHHELD = {"zh": (re.compile(r"(?:不适用|不予|不得|取消|停止)[^，。；]{0,8}$"), re.compile(r"^[^，。；]{0,4}(?:不适用|不予适用)")),
            "en": (re.compile(r"\b(?:no|not|without|cancel\w*|withdraw\w*|deny\w*)\s+(?:\w+\s+){0,3}$", re.I),
                   re.compile(r"^[^,.;]{0,60}?\b(?:do(?:es)? not|shall not|may not|will not|cannot) apply|^[^,.;]{0,30}\bnot applicable", re.I))}
# A rule on which penalties a kind of law may create (设定): it names penalties, it imposes none.
CREATION = {"zh": re.compile(r"设定[^。；]*$"), "en": re.compile(r"\bcreat(?:e|es|ed|ing)\b[^.;]*\bpenalt[^.;]*$", re.I)}
# A measure already undergone and offset against a sentence (已经给予当事人行政拘留的，应当折抵相应刑期).
OFFSET = {"zh": re.compile(r"折抵"), "en": re.compile(r"\boffset against\b", re.I)}
# Every mention there is the sentence, the measure undergone or the one offset, except the one that says
# no further measure is given (不再给予罚款, "no further fine shall be imposed").
NO_FURTHER = {"zh": re.compile(r"不再(?:给予|处以)?$"), "en": re.compile(r"\bno further\s+$", re.I)}
# A document's contents (决定书应当载明…, "the decision form shall set out …"): a line of the form.
FORM_CONTENTS = {"zh": re.compile(r"(?:书|通知|令)[^。；]{0,12}(?:应当)?载明[^。；]*$"),
                 "en": re.compile(r"\b(?:form|notice|decision|letter)\W{0,2}\s[^.;]{0,60}\bshall (?:set out|state|specify|contain)\b[^.;]*$", re.I)}
# Supervision that makes a subject a key target says so (重点, "key", "focused", "more frequent").
KEY_TARGET = {"zh": re.compile(r"重点|提高|频次|比例|加强[^，。；]{0,6}(?:监管|检查)"),
              "en": re.compile(r"\bkey\b|focus|frequen|proportion|stricter|routine supervision", re.I)}
CREDIT_CONTEXT = {"zh": re.compile(r"失信|信用|名单|被执行人"), "en": re.compile(r"trust|credit|\blist|debtor|dishonest", re.I)}
# Publicity of an enterprise's own report or information (企业…年度报告, "the enterprise chooses whether to publicize").
OWN_PUBLICITY = {"zh": re.compile(r"年度报告|由企业[^，。；]{0,10}公示|企业应当[^，。；]{0,30}公示"),
                 "en": re.compile(r"annual reports?|\benterprises? (?:shall |may |chooses? whether to )(?!be )[^,.;]{0,40}publici[sz]e", re.I)}
# Publicity for a subject (宣传推介, "promotion on credit websites"): no measure type fits it.
PROMOTION = {"zh": re.compile(r"宣传|推介"), "en": re.compile(r"promot|publici[sz]|advertis", re.I)}
INCENTIVE_CONTEXT = {"zh": re.compile(r"激励|优先"), "en": re.compile(r"incentive|priority|preferen", re.I)}
# The time limit for seeking enforcement of a fine whose payment was deferred or split (延期、分期缴纳罚款的，
# 申请人民法院强制执行的期限…) governs enforcing a fine already imposed, not imposing one.
DEFERRED_ENFORCEMENT = {"zh": re.compile(r"(?:延期|分期)[^。；]*强制执行的期限"),
                        "en": re.compile(r"(?:deferred|installments?)\b[^.;]*\btime limit for [^.;]*enforcement", re.I)}
# Closer supervision laid on whole industries or fields (特殊行业、重点领域…实行重点监管), not on a subject made a
# key target.
FIELD_WIDE = {"zh": re.compile(r"(?:行业|领域)[^，。；]{0,4}[，,]?[^，。；]{0,12}$"),
              "en": re.compile(r"\b(?:industries|fields|sectors)\b(?![^.;]*\b(?:enterprises?|entities|persons|operators)\b)[^.;]{0,200}$", re.I)}
# Publicity that names no party's conduct: a proposed entry on an incentive list is publicised for objections
# (拟列入守信激励对象名单的，应当公示), and the penalising organs, case bases and procedures are published.
INCENTIVE_LIST = {"zh": re.compile(r"激励对象|守信激励|红名单"),
                  "en": re.compile(r"incentives? for trustworthiness|targets of (?:joint )?incentives|red list", re.I)}
PENALTY_PROCEDURE = {"zh": re.compile(r"实施机关、立案依据|实施程序和救济渠道"),
                     "en": re.compile(r"organs implementing[^.;]{0,40}penalt|bases for opening cases", re.I)}
OWN_ANNOUNCEMENT = re.compile(r"\bmak\w* (?:an? |its |their |a public )?$", re.I)


def _zh_state(text: str, measure: MeasureSpan) -> bool:
    clause_start = max((m.end() for m in ZH_CLAUSE_END.finditer(text, 0, measure.start)), default=0)
    following = ZH_CLAUSE_END.search(text, measure.end)
    after = text[measure.end:following.start() if following else len(text)]
    before = text[clause_start:measure.start]
    if re.match(r"期间|之日", after):
        return True  # 在限制高消费期间
    if after.endswith("的") and following is not None:  # a condition (被吊销营业执照的，)
        return not ZH_GOVERNING_CONDITION.search(before) or bool(ZH_UNDERGONE.search(before))
    # a phrase describing a party: 对列入…名单的信用主体, 被限制高消费的被执行人
    return "的" in after and (re.match(r"\s*(?:（[^）]*）)?\s*(?:对|对于)", before) is not None
                              or re.search(r"被[^，。；]{0,3}$", before) is not None)


def _en_state(text: str, measure: MeasureSpan) -> bool:
    line_start = max(text.rfind(mark, 0, measure.start) for mark in ".;:") + 1
    before = text[line_start:measure.start]
    if EN_CONDITION.search(before) and re.search(r"[,:]", text[measure.end:]):
        return not EN_GOVERNING_CONDITION.search(before)
    main = EN_MAIN_CLAUSE.search(text, measure.end)
    if EN_OPENER.match(before) and main and not EN_MAIN_CLAUSE.search(before) \
            and not EN_GOVERNING_CONDITION.search(before + text[measure.end:main.start()]):
        return True  # a condition listing states ("Where an employer has …, is ordered to close, …, it shall")
    # the measure span may start after "restricted from" (the adjudicated "from" convention): the participle is before it
    participle = EN_PARTICIPLE_FROM.search(before)
    if participle:
        before = before[:participle.start()]
    return bool((participle or EN_PARTICIPLE.match(measure.text)) and re.search(r"[a-z]\s+$", before)
                and not EN_NOT_A_PARTY.search(before))


def _sentence_before(text: str, measure: MeasureSpan, lang: str) -> str:
    marks = "。；" if lang == "zh" else ".;"
    return text[max(text.rfind(mark, 0, measure.start) for mark in marks) + 1:measure.start]


def in_condition(text: str, measure: MeasureSpan, lang: str) -> bool:
    """Whether a measure is named inside the condition of its sentence (…处以罚款的，…; "Where … imposes a
    criminal fine, …"), whether or not that condition governs imposing it."""
    if lang == "zh":
        following = ZH_CLAUSE_END.search(text, measure.end)
        return following is not None and text[measure.end:following.start()].endswith("的")
    line_start = max(text.rfind(mark, 0, measure.start) for mark in ".;:") + 1
    before = text[line_start:measure.start]
    if EN_CONDITION.search(before) and re.search(r"[,:]", text[measure.end:]):
        return True
    # a condition of several clauses runs to the main clause ("Where …, and substitutes … for criminal
    # punishment, the organ shall …")
    return bool(EN_OPENER.match(before) and not EN_MAIN_CLAUSE.search(before) and EN_MAIN_CLAUSE.search(text, measure.end))


# A condition about deciding the measure itself (人民法院决定限制高消费的, "Where a court decides to
# restrict …", 拟列入…名单的) belongs to the provision on that measure.
DECIDING = {"zh": re.compile(r"决定|拟"), "en": re.compile(r"\b(?:decid\w*|propos\w*|intend\w*)\b", re.I)}


def _plain(text: str, measure: MeasureSpan, lang: str) -> bool:
    if in_condition(text, measure, lang):
        return False
    if lang == "zh":
        following = ZH_CLAUSE_END.search(text, measure.end)
        return "的" not in text[measure.end:following.start() if following else len(text)]
    return True


def superseded(text: str, measure: MeasureSpan, others: list[MeasureSpan], lang: str) -> bool:
    """Whether a measure named in the condition of its sentence ("Where … the court imposes a criminal
    fine, …") gives way to a later mention of the same type that the provision imposes outside any
    condition (", the fine shall be offset …"): that one is the record, with the condition as trigger.

    others (list[MeasureSpan]): the unit's other mentions that are records (see imposed).
    """
    if not in_condition(text, measure, lang):
        return False
    clause_start = max(max(text.rfind(mark, 0, measure.start) for mark in "。；.;") + 1, 0)
    if DECIDING[lang].search(text, clause_start, measure.start):
        return False
    return any(other.kind == measure.kind and other.start >= measure.end and _plain(text, other, lang) for other in others)


def is_state(text: str, measure: MeasureSpan, lang: str) -> bool:
    """Whether a measure is named as a state of the party (part of a condition, or describing the
    party), not imposed by the provision."""
    return _zh_state(text, measure) if lang == "zh" else _en_state(text, measure)


def imposed(text: str, measure: MeasureSpan, lang: str, context: list[str], kind: str | None = None) -> bool:
    """Whether a measure mention names something imposed on (or granted to) someone.

    text (str): the unit's text. measure (MeasureSpan): the measure span (kind: measure type).
    lang (str): zh or en. context (list[str]): the texts of the list lead-ins above the unit.
    kind (str | None): punishment or incentive (measures.yaml), for a withheld incentive.
    """
    before_text = text[max(0, measure.start - 24):measure.start]
    if VIOLATED[lang].search(before_text) or LIFTED[lang].search(before_text):
        return False
    if lang == "zh" and DESCRIBING.match(text, measure.end):
        return False
    if lang == "en" and DESCRIBING_EN.search(text[max(0, measure.start - 40):measure.start]):
        return False
    before, after = NOT_IMPOSED[lang].get(measure.kind, (None, None))
    if before is not None and before.search(text[max(0, measure.start - 14):measure.start]):
        return False
    if after is not None and after.search(text[measure.end:measure.end + 12]):
        return False
    if measure.kind in ("fine", "confiscation") and TREASURY[lang].match(text, measure.end):
        return False
    if is_state(text, measure, lang):
        return False
    if measure.kind in ("fine", "confiscation") and (ACCOUNTED[lang].match(text, measure.end)
                                                      or RETURNED[lang].search(_sentence_before(text, measure, lang))):
        return False
    remedy_before, remedy_after = REMEDY[lang]
    if (remedy_before is not None and remedy_before.search(text[max(0, measure.start - 30):measure.start])) \
            or (remedy_after is not None and remedy_after.match(text, measure.end)):
        return False
    if measure.kind == "public-naming" and any(INFO_PUBLICITY[lang].search(t) for t in [text] + context) \
            and not any(NAMED_CONDUCT[lang].search(t) for t in [text] + context):
        return False
    if measure.kind.endswith("-restriction") and OFFENCE_ITEM[lang].match(measure.text) \
            and not RESTRICTING[lang].search(measure.text) and any(OFFENCE_LEAD[lang].search(c) for c in context):
        return False
    if lang == "zh" and measure.kind == "public-service-support" \
            and FINANCING_FIELD["zh"].search(text, max(0, measure.start - 300), measure.start):
        return False
    if measure.kind == "detention" and SUSPENDED_EXECUTION[lang].search(text):
        return False
    if measure.kind == "fine" and any(ON_THE_SPOT[lang].search(t) for t in [text] + context):
        return False
    if measure.kind == "credit-record-entry":
        sentence = _sentence_before(text, measure, lang)
        if RECORD_KEEPING[lang].search(sentence + text[measure.start:measure.end + 40]) and not BROKEN[lang].search(sentence):
            return False
    if kind == "incentive":
        withheld_before, withheld_after = WITHHELD[lang]
        if withheld_before.search(text[max(0, measure.start - 14):measure.start]) or withheld_after.search(text[measure.end:]):
            return False
    sentence = _sentence_before(text, measure, lang)
    if CREATION[lang].search(sentence) or FORM_CONTENTS[lang].search(sentence):
        return False
    if OFFSET[lang].search(text) and not NO_FURTHER[lang].search(text[max(0, measure.start - 14):measure.start]):
        return False
    if measure.kind == "key-supervision" and not KEY_TARGET[lang].search(measure.text) \
            and not any(CREDIT_CONTEXT[lang].search(t) for t in [text] + context):
        return False  # routine supervision of a field ("strengthen supervision and inspection of the following")
    if measure.kind == "public-naming" and any(OWN_PUBLICITY[lang].search(t) for t in [text] + context):
        return False
    if measure.kind == "honor-award" and PROMOTION[lang].search(measure.text):
        return False
    if measure.kind == "fine" and DEFERRED_ENFORCEMENT[lang].search(text):
        return False
    if measure.kind == "key-supervision" and FIELD_WIDE[lang].search(_sentence_before(text, measure, lang)) \
            and not CREDIT_CONTEXT[lang].search(text):
        return False
    if measure.kind == "public-naming" and not NAMED_CONDUCT[lang].search(text) \
            and (INCENTIVE_LIST[lang].search(text) or PENALTY_PROCEDURE[lang].search(text)):
        return False
    if lang == "en" and measure.kind == "public-naming" and OWN_ANNOUNCEMENT.search(text[max(0, measure.start - 20):measure.start]):
        return False
    if measure.kind in FIELD_MEASURES and not RESTRICTING[lang].search(measure.text):
        # a bare field (政府采购, "government procurement") is a measure only where the provision restricts it
        return bool(RESTRICTING[lang].search(text) or any(RESTRICTING[lang].search(c) for c in context))
    return True


# A licence withheld ("shall not issue the construction permit", 不予颁发) is refused, not revoked: the
# span names no revoking, suspending or withdrawing.
REVOKING = {"zh": re.compile(r"吊销|暂扣|撤销|取消|暂停|注销"),
            "en": re.compile(r"revo|suspen|withdr|cancel|withh", re.I)}
WITHHOLDING = {"zh": re.compile(r"(?:不予|不得|不再)$"),
               "en": re.compile(r"\b(?:not|refus\w*\s+to|decline\w*\s+to)\s+(?:\w+\s+)?$", re.I)}


def retyped(text: str, measure: MeasureSpan, lang: str, context: list[str]) -> str:
    """The measure type, corrected where a bar on honours is named in an incentive (评优评先中…列为优先选择对象,
    "priority in selections"): there it is an honour granted (honor-award); and where a licence is
    withheld, not revoked ("shall not issue the permit"): there it is a refusal (license-refusal)."""
    if measure.kind == "license-revocation" and not REVOKING[lang].search(measure.text) \
            and WITHHOLDING[lang].search(text[max(0, measure.start - 24):measure.start]):
        return "license-refusal"
    if measure.kind == "honor-restriction" and not RESTRICTING[lang].search(measure.text) \
            and any(INCENTIVE_CONTEXT[lang].search(t) for t in [text] + context) and not RESTRICTING[lang].search(text):
        return "honor-award"
    return measure.kind
