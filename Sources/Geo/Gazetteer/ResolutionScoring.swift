import Foundation

/// Weighs the readings of one place name against its context and passes a verdict.
///
/// Each candidate's *weight* is its match score (``PlaceMatch/score``) times three factors:
/// - kind: 1 for a kind the context prefers (or when it prefers none), 0.96 for a city (its
///   airfield or port is found next), 0.94 for an area (country, sea, region…), 0.9 for any
///   other point;
/// - prominence: 0.6 + 0.4 × prominence / 100 (a capital outweighs a town of the same name);
/// - context: 1 within 100 km of the scenario's other places, falling to 0.85 at 1,000 km
///   and 0.8 at 3,000 km and beyond; times 0.9 outside the countries the scenario's other
///   places are in or name;
/// - renown: a place whose exact name another place elsewhere also bears, at least 10
///   prominence points (ten times the population) better known, counts 0.85 unless it lies
///   within 150 km of the scenario's other places ("Rotterdam" in a story that names America
///   is still the Dutch port);
/// - codes: when the query is written as a code (three or four capitals) and is some place's
///   code, readings that are only spelling variants or typos count 0.7.
///
/// The heaviest candidate is the reading. Its confidence is its match score times
/// 0.85 + 0.15 × prominence / 100, over 0.95 (at most 1); the context ranks readings and raises
/// doubts but does not lower the confidence of a reading it has no quarrel with.
///
/// The reading is refused when it is junk: a typo of a place of
/// prominence under 60, or a spelling variant of one under 45, with nothing of the scenario
/// within 300 km; a code written in lower case; initials ("NATO") that are no code and no
/// well-known place; a loose reading of words that never name a place ("Sunday", "the ship").
/// It is doubtful when it is a typo or a variant of a place of prominence under 60, when
/// another reading more than 50 km away weighs at least 93% as much, when it lies more than
/// 3,000 km from every other place of the scenario in a country none of them is in (except a
/// city of prominence 60 or more: reports quote capitals and world ports far from the story), or when it
/// is a minor place (prominence under 40) or a small airfield's code.
struct ResolutionScoring {
    static let candidateLimit = 40

    let gazetteer: Gazetteer
    let query: String
    let context: PlaceContext
    /// A candidate with its weight and its distance to the scenario's nearest other place (km).
    typealias Weighed = (match: PlaceMatch, weight: Double, nearest: Double?)
    private var weighed: [Weighed] = []
    private var writtenAsCode = false
    private let anchors: AnchorIndex

    init(gazetteer: Gazetteer, query: String, context: PlaceContext) {
        self.gazetteer = gazetteer
        self.query = query
        self.context = context
        anchors = context.indexedAnchors
    }

    mutating func consider(_ matches: [PlaceMatch]) {
        writtenAsCode = query.count >= 3 && query.count <= 4 && query.allSatisfy { $0.isUppercase || $0.isNumber }
            && matches.contains { $0.how == .code && $0.score >= 1 }
        let admitted = matches.filter(admissible)
        let namesakes = admitted.filter(Self.isExactName)
        for match in admitted {
            let nearest = nearestAnchor(to: match.place)
            weighed.append((match, weight(match, nearest: nearest, namesakes: namesakes), nearest))
        }
        weighed.sort { $0.weight != $1.weight ? $0.weight > $1.weight : false }
        preferWithinIdentity()
    }

    /// A city, its naval base and its port share a name and a spot: among readings of the best
    /// one's spot that match as well, the kind the context prefers wins, or else the kind a bare
    /// name most often means (``PlaceKind/tieBreakRank``: the city before its base or port).
    private mutating func preferWithinIdentity() {
        guard let best = weighed.first else { return }
        let group = weighed.indices.filter { index in
            let candidate = weighed[index]
            return candidate.match.score >= best.match.score - 0.001 && Self.sameIdentity(candidate.match.place, best.match.place)
                && candidate.weight >= (best.match.how == .code ? 0.99 : 0.8) * best.weight
        }
        func rank(_ index: Int) -> (Int, Int) {
            let place = weighed[index].match.place
            let rank = place.kind == .city && place.prominence < 50 ? PlaceKind.airport.tieBreakRank : place.kind.tieBreakRank
            return (context.preferred.contains(place.kind) ? 0 : 1, rank)   // a village named after its base is not "the city"
        }
        guard let chosen = group.min(by: { rank($0) < rank($1) }), chosen != 0 else { return }
        let entry = weighed.remove(at: chosen)
        weighed.insert(entry, at: 0)
    }

    /// Codes are codes: an IATA or ICAO code, or a country's, only in capitals, as written by
    /// someone who means a code ("St" is no São Tomé, "dme" no airport). Numbers are names: a
    /// loose reading must keep the query's digits ("Air Base 201" is not "Air Base 101").
    private func admissible(_ match: PlaceMatch) -> Bool {
        if match.how == .typo || match.how == .variant, query.filter(\.isNumber) != match.matched.filter(\.isNumber) {
            return false
        }
        guard match.how == .code else { return true }
        guard match.place.kind.isAirfield || match.place.kind == .airBase else { return query == query.uppercased() }
        return query == query.uppercased() && query.count >= 3
    }

    private static func isExactName(_ match: PlaceMatch) -> Bool { match.how == .exact && match.score >= 0.999 }

    /// "Rotterdam" in a story that names America is still the Dutch port: a place that another
    /// place of exactly its name elsewhere outranks by 10 prominence points (ten times the
    /// population) needs the story within 150 km to hold its own.
    private static func isOutshone(_ match: PlaceMatch, nearest: Double?, namesakes: [PlaceMatch]) -> Bool {
        guard isExactName(match), !(nearest.map { $0 <= 150 } ?? false) else { return false }
        return namesakes.contains { $0.place.prominence >= match.place.prominence + 10 && !sameIdentity($0.place, match.place) }
    }

    private func weight(_ match: PlaceMatch, nearest: Double?, namesakes: [PlaceMatch]) -> Double {
        let place = match.place
        var kindFactor = 1.0
        if !context.preferred.isEmpty, !context.preferred.contains(place.kind) {
            kindFactor = place.kind == .city ? 0.96 : place.kind.isArea ? 0.94 : 0.9
        }
        let prominenceFactor = 0.6 + 0.4 * Double(place.prominence) / 100
        var contextFactor = 1.0
        if let nearest {
            contextFactor = nearest <= 100 ? 1 : nearest <= 1000 ? 1 - 0.15 * (nearest - 100) / 900
                : nearest <= 3000 ? 0.85 - 0.05 * (nearest - 1000) / 2000 : 0.8
        }
        if !context.countries.isEmpty, let country = place.country, !context.countries.contains(country),
           place.kind != .sea, place.kind != .strait {
            contextFactor *= 0.9
        }
        var score = match.score
        if match.how == .code && place.kind.isAirfield { score *= 0.97 }   // a country's "UAE" beats an airport's
        if match.how == .code && place.kind == .country && query.count == 3 { score *= 0.85 }   // ISO alpha-3 is rarely written
        if writtenAsCode && (match.how == .variant || match.how == .typo) { score *= 0.7 }
        let renownFactor = Self.isOutshone(match, nearest: nearest, namesakes: namesakes) ? 0.85 : 1
        return score * kindFactor * prominenceFactor * contextFactor * renownFactor
    }

    /// Distance in kilometers from the place (its area when it has one) to the nearest anchor.
    private func nearestAnchor(to place: Place) -> Double? {
        guard var best = anchors.nearestMeters(to: place.coordinate).map({ $0 / 1000 }) else { return nil }
        if let area = place.area, place.kind != .road, anchors.anyInside(area) { return 0 }
        if place.kind == .country || place.kind.isArea && place.area != nil {
            best = max(0, best - areaRadius(place))
        }
        return best
    }

    /// A rough radius of the place's extent, in kilometers: countries and seas are wide.
    private func areaRadius(_ place: Place) -> Double {
        if let area = place.area {
            return area.map { Geodesic.wgs84.distance(from: place.coordinate, to: $0) / 1000 }.max() ?? 0
        }
        return place.kind == .country ? 800 : 0
    }

    func verdict(for written: String) -> PlaceResolution {
        guard let best = weighed.first else {
            return .refusal(written, reason: "no place of that name")
        }
        let place = best.match.place
        // A typo of "Severomorsk" is judged by the best-known reading of that spot (the naval base).
        let prominence = weighed.filter { Self.sameIdentity($0.match.place, place) && $0.match.score >= best.match.score - 0.001 }
            .map(\.match.place.prominence).max() ?? place.prominence
        let supported = best.nearest.map { $0 <= 300 } ?? false
        let folded = NameKey.fold(query)
        var (refused, reasons) = readingReasons(best, prominence: prominence, supported: supported, folded: folded)
        if looksLikeInitials && best.match.how != .code && place.prominence < 50 && !supported && !refused {
            refused = true
            reasons.append("written like initials, and no well-known place or code has them")
        }
        if let rival = rival(of: best, folded: folded) {
            reasons.append("could also be \(rival.name) (\(rival.describedKind))")
        }
        reasons += cautions(best, supported: supported, refused: refused)
        return Self.judged(written, best: best.match, others: weighed.dropFirst().map(\.match), refused: refused, reasons: reasons)
    }

    /// Whether the way the best match was read refuses it, and the reasons said of it: too
    /// far from every name, not a place name, a loose spelling or a minor variant.
    private func readingReasons(_ best: Weighed, prominence: Int, supported: Bool, folded: String) -> (Bool, [String]) {
        let place = best.match.place
        var reasons: [String] = []
        var refused = false
        let exact = best.match.how == .exact || best.match.how == .code
        if best.match.score < 0.7 { refused = true; reasons.append("too far from any name movemap knows") }
        if QueryForm.isNotAPlace(folded: folded) && (!exact || place.prominence < 50)
            || !exact && (folded.hasPrefix("the ") || folded.hasPrefix("a ")) {
            refused = true
            reasons.append("not a place name (only loosely like '\(best.match.matched)')")
        }
        if best.match.how == .typo {
            if prominence < 60 && !supported {
                refused = true
                reasons.append("only a loose spelling of '\(best.match.matched)', a \(place.kind.phrase) with nothing of the scenario near it")
            } else {
                reasons.append("read as a misspelling of '\(best.match.matched)'")
            }
        }
        if best.match.how == .variant && prominence < 60 && !supported && !refused {
            if prominence < 45 {
                refused = true
                reasons.append("only a spelling variant of '\(best.match.matched)', a minor \(place.kind.phrase)")
            } else {
                reasons.append("a spelling variant of '\(best.match.matched)'")
            }
        }
        return (refused, reasons)
    }

    /// The first other reading nearly as strong as `best` that is not the same spot, unless
    /// the written kind word rules it out: "Canary Islands" names islands, so an airport that
    /// goes by the same words is no rival.
    private func rival(of best: Weighed, folded: String) -> Place? {
        let place = best.match.place
        let writtenKinds = Set(PlaceKind.allCases.filter { kind in kind.namePatterns.contains { pattern in
            let words = pattern.lowercased().split(separator: " ")
            return words.count == 2 && words.first == "x" && folded.hasSuffix(" " + words[1])
        } })
        return weighed.dropFirst().first(where: { rival in
            rival.weight >= 0.93 * best.weight && !Self.sameIdentity(rival.match.place, place)
                && (best.match.contradictsKindWord || !rival.match.contradictsKindWord)
                && !(writtenKinds.contains(place.kind) && !writtenKinds.contains(rival.match.place.kind))
        })?.match.place
    }

    /// What a reader should know of an accepted reading: far from the scenario, another
    /// kind than the text names, a whole ocean, a region's centre, a small airfield's code or
    /// a minor place.
    private func cautions(_ best: Weighed, supported: Bool, refused: Bool) -> [String] {
        let place = best.match.place
        var reasons: [String] = []
        if let nearest = best.nearest, nearest > 3000, place.kind != .country, place.kind != .sea, place.kind != .city || place.prominence < 60,
           place.country.map({ !context.countries.contains($0) }) ?? true {
            reasons.append("\(DistanceText.kilometers(nearest, step: 10)) from the scenario's other places")
        }
        if best.match.contradictsKindWord {
            reasons.append("the text names another kind of place than this \(place.kind.phrase)")
        }
        if place.kind == .sea, areaRadius(place) > 2500 {
            reasons.append("a whole ocean or basin: a mark there is only indicative")
        }
        if place.kind == .region && place.area == nil && place.prominence <= 20 {
            reasons.append("an administrative region, placed at the centre of its towns")
        }
        if best.match.how == .code && place.kind.isAirfield && place.prominence < 55 {
            reasons.append("read as the code of a small airfield")
        } else if place.prominence < 40 && !supported && best.match.how != .code && place.kind != .region && !refused {
            reasons.append("a minor \(place.kind.phrase)")
        }
        return reasons
    }

    /// The resolution of `best`: refused when a reason refuses it or its confidence is under
    /// the acceptance bar, doubtful when any reason is said or it is under the sure bar, sure
    /// otherwise; the confidence is capped below the bar of the verdict it did not reach.
    private static func judged(_ written: String, best: PlaceMatch, others: [PlaceMatch], refused: Bool,
                               reasons: [String]) -> PlaceResolution {
        var reasons = reasons
        let place = best.place
        var confidence = min(1, best.score * (0.85 + 0.15 * Double(place.prominence) / 100) / 0.95)
        let verdict: PlaceResolution.Verdict
        if refused || confidence < Gazetteer.acceptConfidence {
            verdict = .refused
            confidence = min(confidence, Gazetteer.acceptConfidence - 0.01)
            if reasons.isEmpty { reasons.append("too weak a match") }
        } else if !reasons.isEmpty || confidence < Gazetteer.sureConfidence {
            verdict = .doubtful
            confidence = min(confidence, Gazetteer.sureConfidence - 0.01)
            if reasons.isEmpty { reasons.append("a weak match") }
        } else {
            verdict = .sure
        }
        return PlaceResolution(query: written, match: best, confidence: (confidence * 100).rounded() / 100,
                               verdict: verdict, reasons: reasons, candidates: Array(others.prefix(5)))
    }

    /// Two readings of one name that stand for the same spot (a city, its port and its naval base).
    private static func sameIdentity(_ lhs: Place, _ rhs: Place) -> Bool {
        Geodesic.wgs84.distance(from: lhs.coordinate, to: rhs.coordinate) < 50_000
    }

    /// "NATO", "IRGC": two to five capitals, an organisation's initials more often than a place.
    private var looksLikeInitials: Bool {
        (2...5).contains(query.count) && query.allSatisfy { $0.isUppercase || $0 == "." }
    }
}

extension PlaceKind {
    /// The kind in words: "air base", "naval base", "sea".
    public var phrase: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

extension Place {
    /// "air base, SY" — the kind and country, for messages.
    public var describedKind: String {
        kind.phrase + (country.map { ", \($0)" } ?? "")
    }
}
