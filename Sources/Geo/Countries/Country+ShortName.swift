extension Country {
    /// The name as a map prints it: the common English short form where the official
    /// list name is long ("Russia", not "Russian Federation").
    public var shortName: String { Self.shortName(of: name) }

    /// The map's form of a country's list name (``shortName``).
    public static func shortName(of name: String) -> String { shortNames[name] ?? name }

    static let shortNames: [String: String] = [
        "Russian Federation": "Russia",
        "Democratic Republic of the Congo": "DR Congo",
        "Central African Republic": "Central African Rep.",
        "Democratic People's Republic of Korea": "North Korea",
        "Republic of Korea": "South Korea",
        "Lao People's Democratic Republic": "Laos",
        "Viet Nam": "Vietnam",
        "Brunei Darussalam": "Brunei",
        "Czech Republic": "Czechia",
        "Holy See (Vatican City State)": "Vatican",
        "Bosnia and Herzegovina": "Bosnia & Herz.",
        "Falkland Islands (Malvinas)": "Falkland Islands",
        "Saint Helena, Ascension and Tristan da Cunha": "Saint Helena",
        "United States Minor Outlying Islands": "US Minor Islands",
        "South Georgia and the South Sandwich Islands": "South Georgia",
        "Heard Island and McDonald Islands": "Heard Island",
        "French Southern Territories": "French Southern Lands",
        "United Arab Emirates": "UAE",
        "Svalbard and Jan Mayen": "Svalbard",
    ]
}
