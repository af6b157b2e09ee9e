"""List items that name areas of work, not measures (issue 19). A paragraph such as
各级行政机关……在以下工作中查询信用信息 introduces a list whose items (政府采购、招标投标……) are the
fields where credit information is consulted: a field word there names no punishment or incentive.
A measure span that carries its own restricting or granting verb (限制参加政府采购) still counts.
"""
from __future__ import annotations

import re
from typing import Any

from .parties import parent_unit

# The lead-in of a list of work areas: 在以下工作中, 在下列事项中, 在下列领域和环节中.
ZH_AREA_LEAD_IN = re.compile(r"在(?:以下|下列)[^，。；：]{0,8}(?:工作|事项|领域|活动|环节|方面)中")
# A lead-in that itself imposes or grants (在下列工作中对失信主体予以限制) makes its items measures.
ZH_MEASURE_LEAD_IN = re.compile(r"限制|禁止|惩戒|激励|约束|措施|优先|便利|支持")
ZH_OWN_VERB = re.compile(r"限制|禁止|取消|撤销|暂停|优先|给予|降低|提升|提高|列入|纳入|吊销|责令|处")


def drop_work_area_items(records: list[dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    """The records without MEASURE spans that only name a field in a list of work areas.

    records (list[dict]): one document's Chinese standoff records.
    texts (dict[str, str]): unit id -> the unit's (analysed) text, list lead-ins included.
    RETURNS (list[dict]): the records kept, in their order.
    """
    kept = []
    for record in records:
        if record["label"] == "MEASURE" and not ZH_OWN_VERB.search(record["text"]):
            lead_in = texts.get(parent_unit(record["unit"]) or "", "")
            area = ZH_AREA_LEAD_IN.search(lead_in)
            if area and not ZH_MEASURE_LEAD_IN.search(lead_in):
                continue
        kept.append(record)
    return kept
