"""Chinese MEASURE mentions that name a field or a context rather than a measure (issue 19),
dropped after the rule components have run, when the lead-in of a list item is known.

- A paragraph such as 各级行政机关……在以下工作中查询信用信息 introduces a list whose items
  (政府采购、招标投标……) are the fields where credit information is consulted, not measures.
- A field word matched on its own (政府采购, 税收优惠, 市场准入) is a measure only where the
  provision restricts or grants something in that field: its sentence or the list's lead-in holds
  a restricting or granting word that is not itself negated (不得限制或者排斥 forbids the
  government to restrict: no measure falls on anyone).
A measure span that carries its own verb (限制参加政府采购) always counts.
"""
from __future__ import annotations

import re
from typing import Any

from ..unit_ids import item_parent
from .finders import ZH_SENTENCE, enclosing

# The lead-in of a list of work areas: 在以下工作中, 在下列事项中, 在下列领域和环节中.
ZH_AREA_LEAD_IN = re.compile(r"在(?:以下|下列)[^，。；：]{0,8}(?:工作|事项|领域|活动|环节|方面)中")
# A lead-in that itself imposes or grants (在下列工作中对失信主体予以限制) makes its items measures.
ZH_MEASURE_LEAD_IN = re.compile(r"限制|禁止|惩戒|激励|约束|措施|优先|便利|支持")
# A refusal keeps its negation and is the measure (不向其购买服务, 不适用简易程序).
ZH_OWN_VERB = re.compile(r"限制|禁止|不得|取消|撤销|暂停|停止|终止|追回|收回|追缴|解除|拒绝|优先|给予|降低|提升|提高|列入|纳入|吊销|责令|处"
                         r"|^不(?:再)?(?:向其|适用|给予)")
# Measure types whose patterns also match the bare name of a field of activity.
FIELD_TYPES = frozenset({"procurement-exclusion", "public-funding-restriction", "financing-restriction",
                         "honor-restriction", "civil-service-restriction", "market-entry-restriction"})
# 惩戒工作, 激励机制 name a body's work, not a restriction or a grant.
ZH_GOVERNING = re.compile(r"(?<!不得)(?<!不)(?<!禁止)(?:限制|禁止|禁入|取消|撤销|暂停|不予|惩戒|约束|审慎|优先|激励|倾斜|从严|拒绝)"
                          r"(?!工作|机制|制度|体系)")
# The condition clause of a provision (供应商在政府采购活动中有下列情形之一的，): a field word in it is
# where the conduct happened.
ZH_CONDITION_CLAUSE = re.compile(r"[^，,。；;：:\n]*的(?=[，,：:])")


def _is_context(record: dict[str, Any], texts: dict[str, str]) -> bool:
    # the activity a prohibition bars (不得申请财政资金支持: the span starts after 不得) has its verb there
    text = texts.get(record["unit"], "")
    if ZH_OWN_VERB.search(record["text"]) or text[max(0, record["start"] - 2):record["start"]] in ("不得", "不准"):
        return False
    lead_in = texts.get(item_parent(record["unit"]) or "", "")
    if ZH_AREA_LEAD_IN.search(lead_in) and not ZH_MEASURE_LEAD_IN.search(lead_in):
        return True
    if record["norm"] in FIELD_TYPES:
        condition = enclosing(ZH_CONDITION_CLAUSE, text, record["start"])
        if condition is not None and record["end"] <= condition.end():
            return True
        found = enclosing(ZH_SENTENCE, texts.get(record["unit"], ""), record["start"])
        sentence = found.group() if found else ""
        return not (ZH_GOVERNING.search(sentence) or ZH_GOVERNING.search(lead_in))
    return False


def drop_context_measures(records: list[dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    """The records without the MEASURE spans that only name a field or a work area.

    records (list[dict]): one document's Chinese standoff records.
    texts (dict[str, str]): unit id -> the unit's (analysed) text, list lead-ins included.
    RETURNS (list[dict]): the records kept, in their order.
    """
    return [r for r in records if r["label"] != "MEASURE" or not _is_context(r, texts)]


def drop_from_docs(docs: list, kept: list[dict[str, Any]], span_key: str) -> None:
    """Take the dropped MEASURE spans out of the Docs too, so that the DocBin export says what the
    standoff records say.

    docs (list[Doc]): the annotated Docs (user_data["unit"] set), changed in place.
    kept (list[dict]): the records kept by drop_context_measures.
    span_key (str): the span group the components fill.
    """
    measures: dict[str, list[tuple[int, int]]] = {}
    for record in kept:
        if record["label"] == "MEASURE":
            measures.setdefault(record["unit"], []).append((record["start"], record["end"]))
    for doc in docs:
        own = measures.get(doc.user_data.get("unit"), [])

        def kept_measure(start: int, end: int) -> bool:
            return any(s < end and start < e for s, e in own)

        doc.user_data[span_key] = [r for r in doc.user_data.get(span_key, [])
                                   if r[2] != "MEASURE" or kept_measure(r[0], r[1])]
        if span_key in doc.spans:
            doc.spans[span_key] = [s for s in doc.spans[span_key]
                                   if s.label_ != "MEASURE" or kept_measure(s.start_char, s.end_char)]
