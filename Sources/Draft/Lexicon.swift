/// The words drafting reads a report by: what moves, how, and how sure the report is.
/// Lowercase throughout; one table per question.
enum Lexicon {
    /// What a place is to a movement, decided by the words before it.
    enum Role: String, Sendable, Hashable {
        case from, via, to, at
    }

    /// Words before a place that give its role, longest first ("bound for" before "for").
    /// `planned` marks destinations that are intentions rather than arrivals.
    static let cues: [(words: [String], role: Role, planned: Bool)] = [
        (["on", "its", "way", "to"], .to, true), (["on", "their", "way", "to"], .to, true),
        (["on", "its", "way", "towards"], .to, true), (["on", "their", "way", "towards"], .to, true),
        (["on", "the", "way", "to"], .to, true), (["destination", "is"], .to, true), (["destination", "was"], .to, true),
        (["destination", "may", "be"], .to, true), (["destination", "will", "be"], .to, true),
        (["destination", "would", "be"], .to, true), (["destination", "being"], .to, true), (["en", "route", "to"], .to, true), (["en", "route", "for"], .to, true),
        (["bound", "for"], .to, true), (["headed", "for"], .to, true), (["heading", "for"], .to, true),
        (["making", "for"], .to, true), (["made", "for"], .to, true), (["heads", "for"], .to, true),
        (["heading", "to"], .to, true), (["headed", "to"], .to, true), (["heading", "towards"], .to, true),
        (["headed", "towards"], .to, true), (["heading", "toward"], .to, true), (["moving", "towards"], .to, true),
        (["leave", "for"], .to, true), (["left", "for"], .to, false), (["set", "off", "for"], .to, true),
        (["back", "in"], .to, true), (["back", "to"], .to, false), (["returned", "to"], .to, false), (["return", "to"], .to, true),
        (["arrived", "in"], .to, false), (["arrived", "at"], .to, false), (["arrive", "in"], .to, true), (["arrive", "at"], .to, true),
        (["arriving", "in"], .to, false), (["arriving", "at"], .to, false), (["landed", "in"], .to, false), (["landed", "at"], .to, false),
        (["landed", "on"], .to, false), (["land", "in"], .to, true), (["land", "at"], .to, true), (["docked", "in"], .to, false),
        (["docked", "at"], .to, false), (["flown", "in", "from"], .from, false), (["flew", "in", "from"], .from, false),
        (["anchor", "near"], .at, false), (["anchor", "off"], .at, false), (["anchor", "at"], .at, false),
        (["out", "of"], .from, false), (["away", "from"], .from, false), (["set", "out", "from"], .from, false),
        (["stopping", "in"], .via, false), (["stopping", "at"], .via, false), (["stopped", "in"], .via, false),
        (["calls", "at"], .via, false), (["called", "at"], .via, false), (["call", "at"], .via, false), (["calls", "in"], .via, false),
        (["went", "through"], .via, false), (["passed", "through"], .via, false),
        (["sailed", "through"], .via, false), (["sailing", "through"], .via, false), (["moving", "through"], .via, false),
        (["through"], .via, false), (["via"], .via, false), (["across"], .via, false), (["transited"], .via, false),
        (["transiting"], .via, false), (["transit"], .via, false), (["crossed"], .via, false), (["crossing"], .via, false),
        (["cross"], .via, true), (["round"], .via, false), (["rounding"], .via, false), (["rounded"], .via, false),
        (["around"], .via, false), (["passed"], .via, false), (["past"], .via, false),
        (["from"], .from, false), (["left"], .from, false), (["leaving"], .from, false), (["leave"], .from, true),
        (["leaves"], .from, false), (["departed"], .from, false), (["departing"], .from, false), (["depart"], .from, true),
        (["quit"], .from, false), (["exited"], .from, false),
        (["destination", ":"], .to, false), (["neared"], .to, false), (["nearing"], .to, false), (["approaching"], .to, false),
        (["approached"], .to, false), (["patrol"], .at, false), (["patrolling"], .at, false), (["patrolled"], .at, false),
        (["reached"], .to, false), (["reach"], .to, true), (["reaching"], .to, false), (["entered"], .to, false),
        (["enter"], .to, true), (["entering"], .to, false), (["into"], .to, false),
        (["towards"], .to, true), (["toward"], .to, true), (["to"], .to, false), (["for"], .to, true),
        (["off"], .at, false), (["near"], .at, false), (["in"], .at, false), (["at"], .at, false), (["outside"], .at, false),
    ]

    /// Verbs that make a sentence about movement; a role word only counts in a sentence
    /// with one of them (or a cue of several words).
    static let motionVerbs: Set<String> = [
        "left", "leave", "leaves", "leaving", "departed", "depart", "departs", "departing", "sailed", "sail", "sails",
        "sailing", "flew", "fly", "flies", "flying", "flown", "arrived", "arrive", "arrives", "arriving", "reached",
        "reach", "reaches", "reaching", "landed", "land", "lands", "landing", "entered", "enter", "enters", "entering",
        "passed", "pass", "passes", "passing", "transited", "transit", "transits", "transiting", "crossed", "cross",
        "crosses", "crossing", "heading", "headed", "heads", "head", "making", "moving", "moved", "move", "moves",
        "travelling", "traveling", "travelled", "traveled", "steaming", "steamed", "bound", "returned", "return",
        "returns", "returning", "went", "going", "continued", "docked", "anchored", "anchor", "round", "rounded",
        "rounding", "set", "way", "route", "escort", "escorted", "escorting", "stopping", "stopped", "calls", "called",
        "call", "hopping", "redeployed", "deployed", "sent", "diverted", "divert", "seen", "spotted", "sighted",
        "photographed", "filmed", "observed", "tracked", "shadowed", "shadowing", "watched", "monitored", "due",
        "quit", "exited", "sailed", "come", "came", "neared", "nearing", "approaching", "approached", "patrol",
        "patrolling", "patrolled", "crashed", "crash", "crashes", "sank", "sunk", "seized", "captured", "hijacked",
        "attacked", "struck", "hit", "stationed", "moored", "berthed", "parked", "positioned", "loitering", "operating",
        "visited", "visiting", "visit", "refuelled", "refueled", "refuelling", "refueling", "unloaded", "unloading",
        "loaded", "loading", "delivered", "delivering",
    ]

    /// Verbs of a purpose clause about cargo ("to transport weapons from Syria").
    static let cargoVerbs: Set<String> = [
        "transport", "carry", "evacuate", "deliver", "pick", "collect", "load", "remove", "withdraw", "ship", "bring",
        "fetch", "move",
    ]

    /// Status cues: how the report knows. Observation wins over hearsay in one clause.
    static let observed: Set<String> = [
        "seen", "saw", "see", "spotted", "sighted", "photographed", "pictured", "filmed", "imagery", "images", "image",
        "photos", "photo", "pictures", "video", "videos", "tracked", "tracking", "monitored", "monitoring", "watched",
        "observed", "showed", "shows", "show", "eyewitnesses", "witness", "shadowed", "shadowing", "intercepted",
        "flightradar24", "adsbexchange", "marinetraffic", "ais",
    ]
    static let reported: Set<String> = [
        "said", "says", "say", "told", "according", "reported", "reportedly", "announced", "claimed", "claims",
        "stated", "statement", "confirmed",
    ]
    static let planned: Set<String> = [
        "will", "planned", "plans", "plan", "scheduled", "expected", "expects", "due", "intends", "intended", "bound",
        "heading", "headed", "would", "could", "may", "might", "probably", "likely", "believed", "possibly", "set",
        "going", "aims", "destination", "toward", "towards", "making",
    ]

    /// Verbs of a government's voice: a capital or world city written just before one
    /// ("Moscow said", "which Washington criticized") stands for those who speak there.
    static let statementVerbs: Set<String> = [
        "said", "says", "say", "stated", "announced", "claimed", "claims", "denied", "denies", "confirmed", "warned",
        "warns", "criticized", "criticised", "criticizes", "criticises", "condemned", "condemns", "accused", "accuses",
        "protested", "rejected", "rejects", "responded", "demanded", "urged", "insisted", "welcomed", "called",
    ]

    /// Words after which a name is written as a place ("in X", "off X", "reached X").
    static let placeWords: Set<String> = [
        "in", "at", "near", "off", "from", "to", "into", "towards", "toward", "around", "outside", "inside", "between",
        "across", "over", "through", "via", "of", "on", "past", "along", "within", "beyond", "onto", "reached", "reach",
        "reaching", "entered", "enter", "entering", "left", "leaving", "leave", "departed", "departing", "visited",
        "visiting", "visit", "crossed", "crossing", "cross", "transited", "transiting", "transit", "rounded", "rounding",
        "approaching", "approached", "circling", "circled", "above", "below", "outskirts", "vicinity",
    ]
    /// Words between a word of place and the name ("in the eastern Mediterranean").
    static let placeModifiers: Set<String> = [
        "the", "a", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
        "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern",
        "southwestern", "upper", "lower", "occupied", "coastal", "nearby", "neighbouring", "neighboring", "port", "city",
        "town", "village", "capital", "island", "islands",
    ]
    /// Last words that make a name a place ("Miyako Strait", "Canary Islands", "Air Base").
    static let placeKindWords: Set<String> = [
        "strait", "straits", "sea", "ocean", "island", "islands", "isles", "bay", "gulf", "channel", "peninsula",
        "canal", "base", "airport", "airfield", "port", "harbour", "harbor", "passage", "sound", "lagoon", "reef",
        "archipelago", "atoll", "coast", "river", "lake", "cape", "point", "head", "anchorage", "roads", "road",
        "highway", "province", "region", "oblast", "krai", "governorate", "prefecture", "district", "county", "state",
    ]

    /// Titles and words that put a person's name after them, not a place's.
    static let personTitles: Set<String> = [
        "president", "adm", "admiral.", "capt", "captain", "commander", "cmdr", "gen", "general", "col", "colonel", "lt",
        "lieutenant", "minister", "ambassador", "reporter", "journalist", "spokesman", "spokeswoman", "spokesperson",
        "mr", "mrs", "ms", "dr", "chief", "deputy", "prime", "secretary", "sergeant", "sgt", "maj", "major", "officer",
        "analyst", "by", "correspondent", "editor", "king", "prince", "pope", "senator", "governor", "mayor",
    ]

    /// Words in a name that make it an organisation, a unit or an event, not a place.
    static let organisationWords: Set<String> = [
        "ministry", "navy", "force", "forces", "fleet", "centre", "center", "commission", "agency", "service", "team",
        "guard", "command", "squadron", "brigade", "battalion", "regiment", "division", "army", "department",
        "council", "nations", "company", "coastguard", "technologies", "labs", "inc", "tv", "times", "presidency",
        "crescent", "staff", "mission", "initiative", "policing", "storm", "type", "class", "defense", "defence",
        "corps", "group", "administration", "authority", "office", "government", "parliament", "university", "news",
        "agreement", "deal", "treaty", "exercise", "operation", "airlines", "airline", "line", "lines", "shipping",
        "maersk", "cooperation", "coordination", "management", "task", "self-defense", "intelligence", "network",
        "website", "journal", "post", "press", "television", "radio", "channel 4", "party", "junta", "court",
    ]

    /// Words after which a name is a facility of this kind.
    static let facilityHeads: Set<String> = ["base", "airport", "airfield", "port", "harbour", "harbor", "station", "airbase"]

    /// Common words that are capitalised only because they start a sentence or a title.
    static let commonCapitalised: Set<String> = [
        "the", "a", "an", "on", "in", "at", "of", "to", "from", "for", "by", "with", "and", "or", "but", "as", "after",
        "before", "since", "once", "its", "it", "this", "that", "these", "those", "their", "his", "her", "our", "we",
        "they", "he", "she", "meanwhile", "however", "having", "between", "photo", "source", "background", "according",
        "why", "where", "when", "what", "while", "neither", "some", "several", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "one", "first", "last", "later", "earlier", "then", "also", "so", "if",
        "because", "likewise", "increasing", "more", "most", "many", "all", "both", "each", "any", "no", "not",
        "there", "here", "today", "yesterday", "credit", "caption", "update", "breaking", "exclusive", "read", "said",
        "says", "officials", "official", "ships", "ship", "marines", "troops", "columns", "convoys", "four", "over",
        "during", "until", "under", "until", "into", "about", "around", "near", "off", "via", "through", "i", "you",
        "eyewitnesses", "journalist", "reporter", "satellite", "responding", "several", "dozens",
    ]

    /// Words that never name a place but are capitalised (weekdays, months, titles).
    static let notNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "nato", "un", "eu", "us", "u.s.", "pmc",
        "reuters", "tass", "afp", "ap", "bbc", "cnn", "nhk", "twitter", "telegram", "youtube", "google", "facebook",
        "president", "minister", "ministry", "navy", "world", "war", "ii", "i", "maxar", "planet",
    ]

    /// Suffixes of a hyphenated word that make it an attribute ("Hawaii-based", "Gabon-flagged").
    static let attributiveSuffixes = [
        "-based", "-flagged", "-led", "-class", "-affiliated", "-owned", "-operated", "-registered", "-controlled",
        "-bound", "-made", "-built", "-born", "-linked", "-backed", "-run", "-style", "-type", "-wide",
    ]
}
