"""Words that decide what is an event and of which type: plain English, not corpus statistics."""

from __future__ import annotations

# Verbs that describe a state or an opinion, not something that happened at a time.
STATIVE_VERBS = {
    "be", "remain", "have", "seem", "appear", "view", "regard", "consider", "characterize",
    "characterise", "believe", "think", "know", "need", "exist", "persist", "highlight", "watch",
    "stay", "mean", "represent", "include", "contain", "involve", "depend", "matter", "deem",
    "show", "engage", "hope", "want", "wish", "like", "love", "hate", "feel", "lack", "own",
    "belong", "resemble", "underscore", "illustrate", "reflect",
}

# Verbs that only relate the sentence's subject to the event in the object ("X follows Y's ...").
RELATIONAL_VERBS = {"follow", "precede", "come"}

EVENT_TYPES: dict[str, set[str]] = {
    "meeting": {"meet", "convene", "talk", "negotiate", "gather", "host", "visit", "meeting",
                "talks", "summit", "discussion", "discussions", "negotiation", "negotiations",
                "conference", "session", "hearing"},
    "attack": {"attack", "strike", "bomb", "shell", "shoot", "kill", "destroy", "hit", "fire",
               "raid", "invade", "assault", "launch", "target", "ambush", "bombing", "shelling",
               "shooting", "killing", "murder", "assassination", "massacre", "damage", "wreck",
               "destruction", "invasion", "offensive", "airstrike", "explosion", "blast",
               "missile", "drone", "wound", "injure", "explode", "detonate"},
    "statement": {"say", "state", "remark", "tell", "announce", "suggest", "reaffirm",
                  "emphasize", "emphasise", "stress", "warn", "indicate", "threaten", "dismiss",
                  "reject", "deny", "claim", "explain", "express", "comment", "allude",
                  "discuss", "call", "urge", "note", "add", "insist", "argue", "share", "vow",
                  "pledge", "promise", "report", "confirm", "commit", "statement",
                  "commitment", "remarks", "speech", "propose", "demand", "criticize",
                  "criticise", "condemn", "praise", "acknowledge", "admit", "predict", "declare",
                  "describe", "write", "assure", "read"},
    "agreement": {"agree", "sign", "approve", "ratify", "accept", "agreement", "deal", "accord",
                  "treaty", "ceasefire", "truce", "settle"},
    "exchange": {"swap", "exchange", "release", "free", "return", "hand"},
    "election": {"elect", "vote", "election", "referendum", "ballot", "poll", "reelect"},
    "legal": {"arrest", "charge", "convict", "sentence", "sue", "indict", "detain", "rule",
              "acquit", "jail", "prosecute", "trial", "verdict"},
    "economy": {"rise", "fall", "drop", "gain", "climb", "slide", "plunge", "soar", "earn",
                "buy", "sell", "acquire", "merge", "invest", "trade", "close", "price"},
    "disaster": {"crash", "collapse", "flood", "earthquake", "fire", "storm", "hurricane",
                 "die", "death", "sink", "drown", "perish", "capsize"},
    "appointment": {"appoint", "name", "nominate", "resign", "quit", "step", "hire", "fire"},
    "movement": {"arrive", "travel", "leave", "depart", "fly", "withdraw", "deploy", "enter", "move", "head",
                 "relocate",
                 "return", "flee", "evacuate"},
}

# Nouns that name an event themselves ("a recent missile attack", "the talks").
EVENT_NOUNS = {
    "attack", "strike", "bombing", "shelling", "raid", "explosion", "blast", "airstrike",
    "meeting", "talks", "summit", "discussions", "negotiations", "visit", "election",
    "ceasefire", "truce", "offensive", "assault", "invasion", "swap", "exchange", "conference",
    "crash", "earthquake", "storm", "destruction", "protest", "vote", "referendum",
    "ceremony", "funeral", "rally", "parade", "trial", "hearing", "celebration", "blasts",
    "bombings", "production", "announcement", "shooting", "killing", "murder", "assassination",
    "kidnapping", "massacre", "hijacking", "coup", "death", "discovery", "arrest", "capture",
    "resignation", "withdrawal",
}

# Adjectives that place a noun event in time ("a recent attack").
RECENCY_WORDS = {"recent", "latest", "last", "new", "fresh", "overnight", "yesterday's",
                 "weekend"}

REPORTING_VERBS = {"report", "say", "announce", "confirm", "claim", "state", "tell", "add"}

# Nouns whose of-phrase names a place ("the port of Izmail", "the city of Kharkiv").
PLACE_NOUNS = {"port", "city", "town", "village", "region", "province", "capital", "outskirts",
               "centre", "center", "suburb", "suburbs", "coast", "island", "district", "area",
               "embassy", "embassies", "consulate", "border", "base", "capitals", "hometown",
               "neighborhood", "neighbourhood", "part", "parts", "quarter", "streets"}
PRONOUNS = {"he", "she", "him", "her"}

# Subordinating prepositions whose phrase is background, not the event's participants.
BACKGROUND_PREPOSITIONS = {"amid", "amidst", "despite", "following", "after", "before", "since",
                           "because", "unlike", "besides", "according", "like", "than",
                           "against", "about", "regarding", "over"}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "off", "on", "over", "across", "inside",
                         "into", "to", "from", "around", "along", "through", "throughout", "within"}


def event_type(*lemmas: str) -> str:
    """The first type any of the lemmas names (in priority of the arguments), else "event"."""
    for lemma in lemmas:
        if not lemma:
            continue
        lemma = lemma.lower()
        for kind, words in EVENT_TYPES.items():
            if lemma in words:
                return kind
    return "event"
