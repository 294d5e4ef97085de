/// What a gazetteer made of one written place name, and how sure it is.
///
/// Every resolution says out loud how far it can be trusted: ``verdict`` is ``Verdict/sure``
/// (use it quietly), ``Verdict/doubtful`` (use it, but warn and say why, see ``reasons``) or
/// ``Verdict/refused`` (do not use it; ``candidates`` holds what came closest).
///
/// ``confidence`` is the same judgement as a number, 0…1: sure resolutions are at least
/// ``Gazetteer/sureConfidence`` (0.85), doubtful ones at least ``Gazetteer/acceptConfidence``
/// (0.6) and below 0.85, refused ones below 0.6.
public struct PlaceResolution: Sendable, Hashable {
    /// How far a resolution can be trusted.
    public enum Verdict: String, Sendable, Hashable, Codable, Comparable {
        /// Confident: use the reading without a word (confidence at least 0.85).
        case sure
        /// Usable but uncertain: use it and warn with the ``PlaceResolution/reasons``
        /// (confidence 0.6 up to 0.85).
        case doubtful
        /// Not to be used: no reading is good enough (confidence below 0.6).
        case refused

        /// Surer verdicts order first: `sure < doubtful < refused`.
        public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
            [Verdict.sure, .doubtful, .refused].firstIndex(of: lhs)! < [Verdict.sure, .doubtful, .refused].firstIndex(of: rhs)!
        }
    }

    /// The text as written.
    public var query: String
    /// The chosen reading, also set for a refusal (the closest reading that was refused).
    public var match: PlaceMatch?
    /// 0…1; see the type's description for the bands.
    public var confidence: Double
    /// Whether to use the reading quietly, use it with a warning, or refuse it.
    public var verdict: Verdict
    /// Why the resolution is doubtful or refused, one short clause each
    /// ("a typo reading of 'Tartus'", "3,400 km from the scenario's other places").
    public var reasons: [String]
    /// The other readings considered, best first (for messages and suggestions).
    public var candidates: [PlaceMatch]

    /// A resolution from its parts, as given; ``Gazetteer/resolve(_:context:)`` makes them
    /// with the verdict and confidence in agreement.
    public init(query: String, match: PlaceMatch?, confidence: Double, verdict: Verdict, reasons: [String],
                candidates: [PlaceMatch]) {
        self.query = query
        self.match = match
        self.confidence = confidence
        self.verdict = verdict
        self.reasons = reasons
        self.candidates = candidates
    }

    /// The place to use: the match unless refused.
    public var place: Place? { verdict == .refused ? nil : match?.place }

    /// The reading and the runners-up, best first, up to `limit`, as `Name (kind)`: what a
    /// refusal offers the user instead.
    public func closestReadings(limit: Int = 3) -> [String] {
        ([match].compactMap { $0 } + candidates).prefix(limit).map { "\($0.place.name) (\($0.place.describedKind))" }
    }

    /// A refusal with no reading at all.
    static func refusal(_ query: String, reason: String, candidates: [PlaceMatch] = []) -> PlaceResolution {
        PlaceResolution(query: query, match: nil, confidence: 0, verdict: .refused, reasons: [reason], candidates: candidates)
    }
}
