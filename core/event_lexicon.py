"""Words that decide what is an event and of which type: plain English, not corpus statistics."""

from __future__ import annotations

# Verbs that describe a state or an opinion, not something that happened at a time.
STATIVE_VERBS = {
    "be", "remain", "have", "seem", "appear", "view", "regard", "consider", "characterize",
    "characterise", "believe", "think", "know", "need", "exist", "persist", "highlight", "watch",
    "stay", "mean", "represent", "include", "contain", "involve", "depend", "matter", "deem",
    "show", "engage", "hope", "want", "wish", "like", "love", "hate", "feel", "lack", "own",
    "belong", "resemble", "underscore", "illustrate", "reflect", "base",
}

# Stative verbs that with a particle name an act ("IK showed off its rings", "she showed up late").
ACTS_WITH_PARTICLE = {"show": {"off", "up"}}

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
                  "describe", "write", "assure", "read", "reply", "contend", "assert",
                  "concede", "complain", "blame", "accuse", "denounce", "slam", "lambast",
                  "rebuke", "retort", "quip", "interject"},
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
    "agreement", "accord", "treaty",
    "resignation", "withdrawal", "buildup", "build-up", "deployment", "crackdown", "evacuation",
    "blockade", "airlift",
}

# What a broadcast's verbless headline announces ("More heavy gunfire in Kosovo.").
FRAGMENT_NOUNS = {"gunfire", "fighting", "clash", "violence", "unrest", "cut", "layoff",
                  "flooding", "fire", "shooting", "explosion"}

# Adjectives that place a noun event in time ("a recent attack").
RECENCY_WORDS = {"recent", "latest", "last", "new", "fresh", "overnight", "yesterday's",
                 "weekend"}

REPORTING_VERBS = {"report", "say", "announce", "confirm", "claim", "state", "tell", "add"}
# Verbs that tell a clause someone holds ("declares Robert Antolini", "Joseph Hardiman agrees that
# ...", "But, he observes, ..."): what a named speaker says, in the news's present too.
TELLING_VERBS = REPORTING_VERBS | {"declare", "acknowledge", "agree", "observe", "note", "argue",
                                   "contend", "insist", "explain", "concede", "maintain", "warn",
                                   "predict", "complain", "assert", "admit", "reply", "write", "worry",
                                   "respond", "answer", "quip", "remark", "recall", "interject", "counter",
                                   "rejoin", "retort", "joke", "assure", "announce", "promise", "vow",
                                   "email", "tweet"}

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
# What a company reports for a period ("its third-quarter loss"): the period is the figure's.
PERIOD_FIGURES = {"loss", "profit", "earning", "earnings", "income", "sale", "sales", "revenue", "revenues",
                  "result", "deficit", "surplus", "output", "growth", "dividend", "net", "origination",
                  "deposit", "shipment"}
# What is reckoned for a period ahead ("cutting his earnings estimate for next year").
ESTIMATE_NOUNS = {"estimate", "projection", "forecast", "target", "outlook", "guidance", "budget"}
# Groups that someone leads ("a group of investors led by Giant Group", "a coalition led by ...").
LED_GROUPS = {"group", "consortium", "coalition", "alliance", "team", "syndicate", "delegation",
              "force", "bloc"}
# Verbs a company tells its results by ("reported a third-quarter net loss", "had net income").
RESULT_VERBS = {"report", "post", "have", "earn", "record", "show", "book"}
# What trades and moves ("oil prices fell", "the stock market rebounded").
MARKET_NOUNS = {"price", "share", "stock", "index", "average", "volume", "market", "currency", "dollar",
                "rate", "yield", "bond", "fund", "portfolio"}
# Verbs whose "over" is a place, not a topic ("flying over New York", "shot down over Sinai").
OVERHEAD_VERBS = {"fly", "hover", "circle", "patrol", "crash", "explode", "shoot", "drop"}
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

# Words the extractor reads roles, plans, places and times by.
BUSINESS_NOUNS = {"company", "firm", "bank", "concern", "thrift", "airline", "insurer",
                  "lender", "retailer", "maker", "utility", "operator"}
# Parts of a company that act for it ("its cereal division realized higher profit").
COMPANY_PARTS = {"subsidiary", "unit", "affiliate", "arm", "division", "business", "operation",
                 "operations", "segment"}
ORGANISATION_NOUNS = {"company", "firm", "group", "giant", "bank", "corporation", "concern", "maker",
                      "airline", "carrier", "insurer", "retailer", "utility", "agency", "party",
                      "alliance", "organization", "organisation", "bloc", "coalition",
                      "movement", "union", "ministry", "department", "committee", "council",
                      "court", "tribunal", "commission", "academy", "school", "university",
                      "college", "institute", "operator", "wholesaler", "distributor", "producer",
                      "manufacturer", "developer", "publisher", "lender", "thrift", "chain"}
# Bodies that govern the organisation named before them ("The board said", "the directors added").
GOVERNING_BODIES = {"board", "directors", "trustees", "management", "executives"}
PARTICIPATION_VERBS = {"attend", "hold", "host", "stage", "launch", "conduct", "join", "lead",
                       "organize", "organise", "open", "close", "end", "begin", "start"}
FORCES_NOUNS = {"police", "troops", "soldiers", "forces", "officials", "authorities", "army",
                "navy", "government", "investigators", "prosecutors"}
GOVERNMENT_NOUNS = {"government", "leadership", "authorities", "regime", "cabinet"}
PLANNING_VERBS = {"expect", "schedule", "plan", "set", "due", "intend", "prepare", "hope", "aim"}
WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MODALS = {"may", "might", "could", "would", "should", "can"}
# Nouns of a stay abroad ("on a visit to Mexico") and verbs of reaching further ("the search was
# extended to Mexico"): the place after "to" is where it happens.
VISIT_NOUNS = {"visit", "trip", "tour", "mission", "journey"}
# Verbs whose object is where the subject goes or was, even a country ("left Cuba in 1962").
VISITING_VERBS = {"leave", "enter", "reach", "visit", "flee", "tour", "invade", "occupy"}
SPREAD_VERBS = {"extend", "expand", "spread", "widen", "shift"}
# Nouns that can all name the same contest, so that one refers back to another ("Paramedics
# attended the event on Saturday ... came second in the competition").
CONTEST_NOUNS = {"contest", "competition", "challenge", "event", "race", "tournament", "championship"}
# Verbs of going that, besides the movements above, go "through" a place ("came through
# Smallville"); with others, "through" names a means ("funded through Kickstarter").
WAYS_OF_GOING = {"come", "go", "pass", "drive", "march", "walk", "run", "ride", "sail", "cross", "sweep",
                 "roll", "rampage", "tear", "smuggle", "transit"}
# Nouns of an area a place name can qualify ("off the Florida coast"; not "the U.S. embassies").
AREA_NOUNS = {"coast", "region", "province", "island", "suburb", "suburbs", "outskirts", "area",
              "district", "countryside", "coastline", "shore", "neighborhood", "neighbourhood"}
# People who act as a body without being named ("police arrested", "protesters rallied").
ACTING_GROUPS = {"police", "policeman", "troops", "soldier", "protester", "demonstrator", "rebel",
                 "militant", "gunman", "firefighter", "rescuer", "investigator", "crowd", "mob"}
# Unnamed bodies and people whose past acts are news ("A district court judge upheld the agency").
ACTING_BODIES = {"authority", "court", "judge", "jury", "agent", "relative", "lawyer", "prosecutor",
                 "regulator", "leader"}
# Who can be where they act ("thousands of people in Germany demonstrated").
GATHERED_PEOPLE = ACTING_GROUPS | {"people", "resident", "worker", "citizen", "voter", "student",
                                   "farmer", "employee", "supporter", "thousand", "hundred"}
# Verbs of a phase of another action ("began delving Thursday"): its time is theirs.
ASPECTUAL_VERBS = {"begin", "start", "continue", "resume", "stop", "finish", "cease", "keep"}
# What a statement is carried in, and the participles that date it ("a letter published Wednesday").
MEDIUM_NOUNS = {"letter", "statement", "interview", "article", "report", "communique", "editorial",
                "speech", "message", "note", "broadcast", "column", "op-ed", "post", "video",
                "commentary", "webinar", "conference", "briefing", "tweet", "podcast", "essay", "memo",
                "address", "testimony", "hearing", "paper", "filing"}
MEDIUM_VERBS = {"publish", "date", "release", "issue", "broadcast", "air", "post", "send", "deliver",
                "televise", "carry", "print", "introduce", "hold", "give", "write", "file", "present",
                "host", "convene", "call", "conduct", "record", "tape"}
TARGETING_VERBS = {"strike", "hit", "attack", "shell", "bomb", "target", "raid", "storm",
                   "capture", "seize", "besiege", "flood", "cross"} | VISITING_VERBS

# People a nationality describes who do not act for their country.
PRIVATE_PEOPLE = {"fisherman", "fishermen", "tourist", "student", "citizen", "man", "woman", "child",
                  "family", "exile", "refugee", "immigrant", "businessman", "worker", "resident",
                  "people", "couple", "boy", "girl", "teenager", "passenger", "sailor", "farmer",
                  "émigré", "emigre", "dissident", "defector", "rafter", "migrant", "national"}
# Bodies a nationality describes that do not act for their country, in the plural ("US
# companies", "UK institutes"; but "the U.S. Embassy" does).
PRIVATE_BODIES = {"companies", "firms", "institutes", "institutions", "universities", "banks", "businesses",
                  "investors", "analysts", "economists", "experts", "scientists", "researchers"}

# Unnamed people who speak or act for a body.
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "official"}
# People who speak for their firm unnamed ("A senior dealer with Warburg Securities noted").
UNNAMED_SPEAKERS = SPOKESPEOPLE | {"dealer", "trader", "analyst", "executive", "officer", "economist",
                                   "strategist", "banker", "broker"}
OFFICIAL_NOUNS = {"authority", "official", "officer", "agent", "investigator", "inspector"}

# Roles whose country is what they know about, not whom they serve ("a Cuba adviser").
TOPIC_ROLES = {"adviser", "advisor", "expert", "specialist", "analyst", "scholar", "correspondent",
               "watcher", "historian"}

# Saying verbs that, denied, leave nothing said ("would not comment", "did not elaborate").
DECLINED_SPEECH = {"comment", "talk", "elaborate", "speak", "discuss", "confirm", "answer", "respond",
                   "say", "disclose", "specify", "identify", "name"}

# What is issued, released or given when someone speaks.
STATEMENT_NOUNS = {"statement", "speech", "declaration", "communique", "address", "appeal",
                   "warning", "remark", "comment", "announcement", "interview"}

# Verbs whose "until" names the new time of what they put off.
POSTPONING_VERBS = {"postpone", "delay", "defer", "adjourn", "suspend", "recess", "reschedule",
                    "extend", "put", "give", "grant", "allow"}  # ("gave them until Tuesday")
