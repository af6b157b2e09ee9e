"""Provenance figures for the catalog: how strong the sources behind each entry's core facts are.

A catalog entry lists, under `verified_against`, each source and the facts checked against it, with
an optional `strength` (official, established, press, weak). A fact is as strong as the strongest
source that supports it; an entry is as strong as its weakest core fact (document number, dates,
issuers), so one mirror-only date is enough to mark an entry weak.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable
from urllib.parse import urlsplit

from .catalog import DATE_FIELDS

# From strongest to weakest. "unrated": a source with no strength whose address says nothing;
# "unsupported": a stated core fact that no source lists.
STRENGTHS = ("official", "established", "press", "weak", "unrated", "unsupported")
CORE_FACTS = ("doc_number", *DATE_FIELDS, "issuers")
# Used only when a source carries no `strength` of its own. Official: government and court
# domains; established: the legal databases and translators the issue names.
OFFICIAL_DOMAINS = ("gov.cn",)
ESTABLISHED_HOSTS = ("pkulaw.com", "pkulaw.cn", "chinalawtranslate.com", "npcobserver.com",
                     "digichina.stanford.edu", "newamerica.org")


def source_strength(source: dict[str, Any]) -> str:
    """The strength of one `verified_against` source.

    source (dict): {source, facts, strength?}.
    RETURNS (str): its `strength`, else official for the upstream text (sources:...) and for
        government domains, established for the named databases, and unrated otherwise.
    """
    if source.get("strength"):
        return source["strength"]
    location = str(source.get("source", ""))
    if location.startswith("sources:"):
        return "official"  # the upstream text itself, hashed in the catalog entry
    host = (urlsplit(location).hostname or "").lower()
    if not host:
        return "unrated"
    if _within(host, OFFICIAL_DOMAINS):
        return "official"
    if _within(host, ESTABLISHED_HOSTS):
        return "established"
    return "unrated"


def _within(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == name or host.endswith("." + name) for name in domains)


def _strongest(strengths: Iterable[str]) -> str:
    return min(strengths, key=STRENGTHS.index, default="unsupported")


def fact_strengths(entry: dict[str, Any]) -> dict[str, str]:
    """The strength of each core fact the entry states (null facts are not stated).

    entry (dict): a catalog entry.
    RETURNS (dict[str, str]): core fact name -> strength of its best source.
    """
    stated = [name for name in CORE_FACTS if entry.get(name)]
    return {name: _strongest(source_strength(s) for s in entry.get("verified_against", [])
                             if name in s.get("facts", []))
            for name in stated}


def entry_strength(entry: dict[str, Any]) -> str:
    """The strength of the entry's weakest core fact (official when it states none)."""
    return max(fact_strengths(entry).values(), key=STRENGTHS.index, default="official")


@dataclass
class ProvenanceReport:
    """Provenance figures of a set of catalog entries.

    entries (int): how many entries.
    by_strength (dict[str, int]): entries by the strength of their weakest core fact.
    with_source_url (int): entries with a `source_url`.
    with_known_status (int): entries whose `status` is not `unknown`.
    weakest (dict[str, str]): entry id -> strength of its weakest core fact.
    """

    entries: int = 0
    by_strength: dict[str, int] = field(default_factory=dict)
    with_source_url: int = 0
    with_known_status: int = 0
    weakest: dict[str, str] = field(default_factory=dict)

    def share(self, count: int) -> float:
        return count / self.entries if self.entries else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"entries": self.entries, "by_strength": self.by_strength,
                "with_source_url": self.with_source_url,
                "source_url_share": round(self.share(self.with_source_url), 4),
                "with_known_status": self.with_known_status,
                "known_status_share": round(self.share(self.with_known_status), 4)}

    def lines(self) -> list[str]:
        """The figures as short lines of text for the terminal."""
        counts = ", ".join(f"{name} {self.by_strength[name]}" for name in STRENGTHS if self.by_strength.get(name))
        return [f"provenance: entries by the strength of their weakest core fact: {counts}",
                f"provenance: with source_url {self.with_source_url}/{self.entries} = "
                f"{self.share(self.with_source_url):.1%}; status known {self.with_known_status}/{self.entries} = "
                f"{self.share(self.with_known_status):.1%}"]


def provenance_report(entries: Iterable[dict[str, Any]]) -> ProvenanceReport:
    """Count the provenance figures over catalog entries.

    entries (Iterable[dict]): catalog entries (e.g. a Catalog).
    RETURNS (ProvenanceReport): the figures.
    """
    report = ProvenanceReport()
    for entry in entries:
        report.entries += 1
        report.weakest[entry["id"]] = entry_strength(entry)
        report.with_source_url += bool(entry.get("source_url"))
        report.with_known_status += entry.get("status", "unknown") != "unknown"
    counts = Counter(report.weakest.values())
    report.by_strength = {name: counts[name] for name in STRENGTHS if counts[name]}
    return report
