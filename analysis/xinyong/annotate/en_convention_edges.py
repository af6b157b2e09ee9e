"""Where English MEASURE spans start and end by the adjudicated conventions (the edges of wordings the
rules cut differently are in en_measure_edges.py) (issue 16; GUIDELINES.md,
"Adjudicated conventions (session 6)"): what follows "restricted from" without the verb, no opening article
or possessive, the places and channels of a publication, and the "such as" examples of the measure.
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]

# "restricted from leaving the country", "restricted from high consumption" (listed patterns) against the
# activity a cue found: what follows "from" alone is the measure, a gerund or a noun (GUIDELINES.md,
# adjudicated conventions: "from" constructions).
RESTRICT_FROM_ACTIVITY = re.compile(r"(?:restrict|prohibit|bar|ban)\w*\s+from\s+", re.IGNORECASE)
# The guideline's whole list of restricting verbs before "from", as verbs only: the gold loaders refuse a MEASURE span
# that starts with one (annotate/gold.py). The nouns "ban" and "bar" are left out, since "a [ban from the securities
# market]" is a nominal sanction kept whole; the rules' own pattern above keeps them for the listed matches.
RESTRICTING_VERB_FROM = re.compile(
    r"(?:restrict(?:s|ed|ing)?|debar(?:s|red|ring)?|bar(?:red|ring)|ban(?:ned|ning)|prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|"
    r"prohibit(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|disqualif(?:y|ies|ied|ying))\s+from\s+", re.IGNORECASE)
# a local credit website is named "Credit <Place>" and a newspaper by its title ("Credit Lanxi", "the Nanfeng Evening
# News"): capitalised, so that "credit files" or "the latest news" are no channel
CHANNEL = (r"(?:websites?|platforms?|portals?|networks?|media|newspapers?|internet|television|radio|screens|boards|"
           r"channels|apps|bulletins?|Credit\s+China(?:\s+\([\w\s]+\))?(?:\s+website)?|"
           r"(?-i:Credit\s+[A-Z][a-z]+)(?:\s+website)?|(?-i:Daily|Evening\s+News|Gazette))\b")
# one more place coordinated after a place ("..., and on Credit China", "or in the Hexi Daily")
COORDINATED_CHANNEL = (rf"(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:(?:on|in|through|via)\s+)?(?:the\s+|their\s+|its\s+)?"
                       rf"(?:[\w'’-]+\s+){{0,4}}?{CHANNEL}(?:\s+in\s+public\s+places)?)")
PUBLICATION_CHANNELS = re.compile(
    rf"\s+(?:on|in|through|via)\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){{0,5}}?{CHANNEL}{COORDINATED_CHANNEL}*",
    re.IGNORECASE)
# more places after a publication whose span already ends at one ("... on the Credit Lanxi website [and on Credit China]")
ENDS_AT_CHANNEL = re.compile(rf"{CHANNEL}$", re.IGNORECASE)
MORE_CHANNELS = re.compile(rf"{COORDINATED_CHANNEL}+", re.IGNORECASE)
LEADING_DETERMINER = re.compile(r"(?:the|an?|its|their|his|her)\s+", re.IGNORECASE)
# Examples after "such as" belong to the measure they illustrate ("excluded from [honours such as
# "model hospital" and "trustworthy pharmacy"]"): quoted examples, or unquoted ones that end the clause or are
# followed by a comma and a circumstance ("..., in line with the law").
QUOTED_EXAMPLE = r'(?:"[^"\n]*"|“[^”\n]*”)'
SUCH_AS_EXAMPLES = re.compile(r"\s+such\s+as\s+(?:" + QUOTED_EXAMPLE + r"(?:(?:,\s+|,?\s+(?:and|or)\s+)" + QUOTED_EXAMPLE
                              + r")*|[\w-]+(?:,?\s+[\w-]+){0,5}(?=\s*[.;:\n]|\s*$|,\s+(?:in|under|according|as|where|which|subject)\b))", re.IGNORECASE)


def with_channels(text: str, record: Record) -> Record:
    """A publication extended over the places and channels it is made in, every one when coordinated ("[publish
    the blacklist on their websites and on Credit China]", "[publicly expose the names ... through newspapers,
    radio, television and the internet]"; GUIDELINES.md, adjudicated conventions: publication)."""
    if record[3] != "public-naming":
        return record
    channels = PUBLICATION_CHANNELS.match(text, record[1])
    if channels is None and ENDS_AT_CHANNEL.search(text, record[0], record[1]):
        channels = MORE_CHANNELS.match(text, record[1])
    return (record[0], channels.end(), record[2], record[3]) if channels else record


def without_determiner(text: str, record: Record) -> Record:
    """A record that opens with an article or a possessive determiner starts after it (GUIDELINES.md, adjudicated
    conventions: determiners are outside every span; "lower [their] credit rating" keeps it after its verb)."""
    article = LEADING_DETERMINER.match(text, record[0], record[1])
    return (article.end(), record[1], record[2], record[3]) if article and article.end() < record[1] else record


def after_restricting_verb(text: str, record: Record) -> Record:
    """A listed match that opens with "restricted from" without what follows "from" (the verb is outside)."""
    verb = RESTRICT_FROM_ACTIVITY.match(text, record[0], record[1])
    return (verb.end(), record[1], record[2], record[3]) if verb and verb.end() < record[1] else record


def with_examples(text: str, record: Record) -> Record:
    """The record extended over the "such as" examples that follow it, if any."""
    examples = SUCH_AS_EXAMPLES.match(text, record[1])
    return (record[0], examples.end(), record[2], record[3]) if examples else record
