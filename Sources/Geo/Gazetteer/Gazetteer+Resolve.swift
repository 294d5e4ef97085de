import Foundation

extension Gazetteer {
    /// Resolutions at or above this confidence are sure: used without a word (unless asked).
    public static let sureConfidence = 0.85
    /// Resolutions below this confidence are refused: never used.
    public static let acceptConfidence = 0.6

    /// `true` when `text` is written like a position (numbers, hemispheres, `nan`): it is parsed
    /// as one or refused, and never matched or suggested as a name.
    public static func looksLikePosition(_ text: String) -> Bool { QueryForm.looksLikeCoordinate(text) }

    /// Resolves one written place name with what the scenario around it says, and says how
    /// sure it is (see ``PlaceResolution``).
    ///
    /// The reading is chosen, in order: a coordinate (`lon,lat`, or refused when written like
    /// one but out of range); a country's area phrase ("Estonian airspace"); a qualified name
    /// ("Tartus, Syria"); then the best-scoring gazetteer match, weighed by the kinds the
    /// context prefers, the place's prominence and its distance from the scenario's other
    /// places (``ResolutionScoring``). Junk is refused, codes are read as codes only in
    /// capitals, and a reading is doubtful when it is a typo, when another reading far away
    /// is nearly as good, or when it lies far from everything else in the scenario.
    ///
    /// - Complexity: one ``lookup(_:kinds:country:limit:)`` (two for a qualified name); well
    ///   under a millisecond.
    public func resolve(_ query: String, context: PlaceContext) -> PlaceResolution {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .refusal(query, reason: "the place is empty") }
        if QueryForm.looksLikeCoordinate(text) { return coordinateResolution(query, text: text) }
        // A gazetteer id as `validate` and `place` print it ("airbase:hmeimim") is exact.
        if text.contains(":"), !text.contains(" "), let place = place(id: text), context.kinds?.contains(place.kind) ?? true {
            return PlaceResolution(query: query, match: PlaceMatch(place: place, matched: text, score: 1), confidence: 1,
                                   verdict: .sure, reasons: [], candidates: [])
        }
        if let resolution = areaPhrase(query, text: text, context: context) { return resolution }
        if let resolution = roadPhrase(query, text: text, context: context) { return resolution }
        if context.kinds == nil || context.kinds!.contains(.country),
           let resolution = demonymAlone(query, folded: NameKey.fold(text)) { return resolution }
        if let (head, qualifier) = QueryForm.qualified(text), let resolution = qualified(query, head: head, qualifier: qualifier, context: context) {
            return resolution
        }
        var context = context
        if let kinds = context.kinds, !kinds.isDisjoint(with: PlaceContext.airfieldKinds) {
            context.kinds = kinds.union(PlaceContext.airfieldKinds)   // "airport" or "air base": an airfield
        }
        var scoring = ResolutionScoring(gazetteer: self, query: text, context: context)
        var matches = lookup(text, kinds: context.kinds, country: context.country, limit: ResolutionScoring.candidateLimit)
        if text.lowercased().hasPrefix("the ") {
            // "the Emirates", "the Hague": the name without its article, read exactly.
            let bare = String(text.dropFirst(4))
            matches += lookup(bare, kinds: context.kinds, country: context.country, limit: ResolutionScoring.candidateLimit)
                .filter { $0.how == .exact && !matches.map(\.place.id).contains($0.place.id) }
        }
        scoring.consider(matches)
        var result = scoring.verdict(for: query)
        if result.verdict == .refused, let kinds = context.kinds, kinds.count <= 2 {
            result = composed(query, text: text, kinds: kinds, context: context) ?? result
        }
        return snapped(kindWordSnapped(result), context: context)
    }

    /// "Saki air base", "Yulin naval base" where the gazetteer has only the town: the base of
    /// that kind nearest the town, within 40 km — never the town itself, never a base elsewhere.
    /// Doubtful when no such base is known (the town is kept, and the doubt says why).
    private func kindWordSnapped(_ result: PlaceResolution) -> PlaceResolution {
        guard result.verdict != .refused, let match = result.match, match.contradictsKindWord,
              let wanted = match.kindWord, match.place.kind == .city || match.place.kind == .region,
              !wanted.isDisjoint(with: [.airBase, .airport, .navalBase, .port]),
              let index = nearest(to: match.place.coordinate, kinds: wanted, within: 40_000, minimumProminence: 25,
                                  country: match.place.country) else {
            return result
        }
        var moved = result
        let place = table.place(at: index)
        moved.match = PlaceMatch(place: place, matched: match.matched, score: match.score, how: match.how)
        moved.reasons = result.reasons.filter { !$0.hasPrefix("the text names another kind") }
        if place.prominence < 55 { moved.reasons.append("the \(place.kind.phrase) nearest \(match.place.name)") }
        if moved.reasons.isEmpty, moved.verdict == .doubtful {
            moved.verdict = .sure
            moved.confidence = max(moved.confidence, Gazetteer.sureConfidence)
        }
        return moved
    }

    /// "Suez" with `kind: canal` is the Suez Canal: the name with the kind's words ("X Canal",
    /// "Strait of X", "X Island", "Cape X"…), when the bare name found nothing of that kind.
    private func composed(_ query: String, text: String, kinds: Set<PlaceKind>, context: PlaceContext) -> PlaceResolution? {
        for kind in kinds.sorted(by: { $0.tieBreakRank < $1.tieBreakRank }) {
            for pattern in kind.namePatterns {
                let name = pattern.replacingOccurrences(of: "X", with: text)
                var scoring = ResolutionScoring(gazetteer: self, query: name, context: context)
                scoring.consider(lookup(name, kinds: context.kinds, country: context.country, limit: ResolutionScoring.candidateLimit))
                var result = scoring.verdict(for: query)
                if result.verdict != .refused, result.match.map({ $0.how == .exact || $0.how == .variant }) == true {
                    result.query = query
                    return result
                }
            }
        }
        return nil
    }

    /// The reading for a moving asset: an aircraft lands at an airfield and a ship calls at a
    /// port, so a city (or a city-state's country) read for a stop of one becomes the city's
    /// airfield or port when a well-known one lies within 40 km (30 km for ports) in the same
    /// country.
    private func snapped(_ result: PlaceResolution, context: PlaceContext) -> PlaceResolution {
        guard !context.preferred.isEmpty, context.kinds == nil, result.verdict != .refused, var match = result.match else { return result }
        if match.place.kind == .country {
            // "Djibouti", "Singapore" for a ship: the city before the country.
            // Only a city that bears the country's own name (a city-state), never a place that
            // merely lists the country among its aliases.
            guard let city = result.candidates.first(where: { candidate in
                candidate.place.kind == .city && candidate.how == .exact && candidate.place.prominence >= 50
                    && candidate.place.country == match.place.country
                    && NameKey.fold(candidate.place.name) == NameKey.fold(match.place.name)
            }) else { return result }
            match = city
        }
        guard match.place.kind == .city || match.place.kind == .region && match.place.area == nil else {
            return moved(result, to: match)
        }
        let air = context.preferred == PlaceContext.airfieldKinds
        let kinds: Set<PlaceKind> = air ? PlaceContext.airfieldKinds : [.port, .navalBase]
        guard let index = nearest(to: match.place.coordinate, kinds: kinds, within: air ? 40_000 : 30_000,
                                  minimumProminence: air ? 55 : 70, country: match.place.country) else {
            return moved(result, to: match)
        }
        var moved = result
        moved.match = PlaceMatch(place: table.place(at: index), matched: match.matched, score: match.score, how: match.how)
        moved.reasons = result.reasons.filter { !$0.hasPrefix("could also be \(match.place.name) (") }
        return moved
    }

    /// `result` with `match` as its reading; a doubt that named `match` as the rival goes.
    private func moved(_ result: PlaceResolution, to match: PlaceMatch) -> PlaceResolution {
        guard match.place.id != result.match?.place.id else { return result }
        var moved = result
        moved.match = match
        moved.reasons = result.reasons.filter { !$0.hasPrefix("could also be \(match.place.name) (") }
        if moved.reasons.isEmpty && moved.verdict == .doubtful && moved.confidence >= 0.8 {
            moved.verdict = .sure
            moved.confidence = Gazetteer.sureConfidence
        }
        return moved
    }

    /// The most prominent place of `kinds` within `within` meters of `point` (ties: nearest), in
    /// `country` when one is given — never a base across a border.
    /// - Complexity: O(n) over the gazetteer, a box test before each distance.
    func nearest(to point: Coordinate, kinds: Set<PlaceKind>, within: Double, minimumProminence: Int, country: String?) -> Int? {
        let latitudeSpan = within / 111_000 + 0.01
        let longitudeSpan = latitudeSpan / max(0.05, cos(point.latitude * .pi / 180))
        var best: (index: Int, prominence: Int, distance: Double)?
        for index in 0..<table.count {
            let coordinate = table.coordinate(at: index)
            let latitude = coordinate.latitude, longitude = coordinate.longitude
            guard abs(latitude - point.latitude) <= latitudeSpan,
                  abs(Coordinate.wrap(longitude - point.longitude)) <= longitudeSpan,
                  kinds.contains(table.kind(at: index)), table.prominence(at: index) >= minimumProminence,
                  country == nil || table.country(at: index) == country else { continue }
            let distance = Geodesic.wgs84.distance(from: point, to: Coordinate(latitude: latitude, longitude: longitude))
            guard distance <= within else { continue }
            let prominence = table.prominence(at: index)
            if best == nil || prominence > best!.prominence || prominence == best!.prominence && distance < best!.distance {
                best = (index, prominence, distance)
            }
        }
        return best?.index
    }

    private func coordinateResolution(_ query: String, text: String) -> PlaceResolution {
        func position(_ coordinate: Coordinate, reasons: [String]) -> PlaceResolution {
            let name = String(format: "%.4f,%.4f", coordinate.longitude, coordinate.latitude)
            let place = Place(id: text, name: text, shortName: text, kind: .region, coordinate: coordinate, prominence: 100)
            return PlaceResolution(query: query, match: PlaceMatch(place: place, matched: name, score: 1),
                                   confidence: reasons.isEmpty ? 1 : 0.8, verdict: reasons.isEmpty ? .sure : .doubtful,
                                   reasons: reasons, candidates: [])
        }
        if let coordinate = Coordinate(longitudeLatitude: Substring(text)), abs(coordinate.longitude) <= 180 {
            return position(coordinate, reasons: [])
        }
        if let coordinate = QueryForm.hemispherePosition(text) { return position(coordinate, reasons: []) }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2, let first = Double(parts[0].trimmingCharacters(in: .whitespaces)),
           let second = Double(parts[1].trimmingCharacters(in: .whitespaces)), abs(first) <= 90, abs(second) > 90, abs(second) <= 180 {
            return position(Coordinate(latitude: first, longitude: second),
                            reasons: ["read as 'lat,lon' because \(parts[1].trimmingCharacters(in: .whitespaces)) cannot be a latitude; movemap's order is 'lon,lat'"])
        }
        return .refusal(query, reason: "'\(text)' is written like a position but is not 'lon,lat' in degrees (longitude −180…180, latitude −90…90) nor '35.40N 35.95E'")
    }

    /// "Estonian airspace", "UK waters": the country itself (areas are areas).
    private func areaPhrase(_ query: String, text: String, context: PlaceContext) -> PlaceResolution? {
        guard context.kinds == nil || context.kinds!.contains(.country),
              let lead = QueryForm.areaLead(folded: NameKey.fold(text)) else { return nil }
        let iso = demonyms[lead] ?? lookup(lead, kinds: [.country], limit: 1).first(where: { $0.score >= 0.95 })?.place.country
        guard let iso, let index = table.index(ofID: "country:\(iso)") else { return nil }
        let place = table.place(at: index)
        return PlaceResolution(query: query, match: PlaceMatch(place: place, matched: lead, score: 0.95), confidence: 0.95,
                               verdict: .sure, reasons: [], candidates: [])
    }

    /// "Danish" on its own: the country, said to be doubtful (a demonym stands for its
    /// country only elliptically: "off the Danish and Dutch coasts").
    private func demonymAlone(_ query: String, folded: String) -> PlaceResolution? {
        guard let iso = demonyms[folded], (lookup(query, kinds: [.country], limit: 1).first?.score ?? 0) < 0.95,
              let index = table.index(ofID: "country:\(iso)") else { return nil }
        return PlaceResolution(query: query, match: PlaceMatch(place: table.place(at: index), matched: query, score: 0.9),
                               confidence: 0.8, verdict: .doubtful,
                               reasons: ["a demonym, read as its country"], candidates: [])
    }

    /// Road phrases: "the Moscow–Minsk road" (a road between two places, placed midway, doubtful)
    /// and "Minsk ring road", "Minsk Beltway" (the city's ring). A road the gazetteer knows by name
    /// ("M1 highway") is found by the ordinary lookup instead.
    private func roadPhrase(_ query: String, text: String, context: PlaceContext) -> PlaceResolution? {
        guard context.kinds == nil || context.kinds!.contains(.road) else { return nil }
        var tokens = NameKey.fold(text).split(separator: " ").map(String.init)
        if tokens.first == "the" { tokens.removeFirst() }
        let rings: [[String]] = [["ring", "road"], ["beltway"], ["bypass"], ["orbital"], ["ring"]]
        for ring in rings where tokens.count > ring.count && Array(tokens.suffix(ring.count)) == ring {
            let city = resolve(tokens.dropLast(ring.count).joined(separator: " "), context: PlaceContext(kinds: [.city]))
            guard city.verdict == .sure, let place = city.place else { return nil }
            let road = Place(id: "road:\(place.id)-ring", name: "\(place.shortName) ring road", kind: .road,
                             coordinate: place.coordinate, country: place.country, prominence: place.prominence)
            return PlaceResolution(query: query, match: PlaceMatch(place: road, matched: place.name, score: 0.95),
                                   confidence: 0.9, verdict: .sure, reasons: [], candidates: [])
        }
        guard let last = tokens.last, ["road", "highway", "motorway", "route", "expressway"].contains(last) else { return nil }
        let body = text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
        var parts = body.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return nil }
        parts[1] = parts[1].split(separator: " ").dropLast().joined(separator: " ")
        if parts[0].lowercased().hasPrefix("the ") { parts[0].removeFirst(4) }
        let ends = resolve(mentions: parts.map { Mention(text: $0, kinds: [.city, .region, .country]) })
        guard ends.allSatisfy({ $0.verdict != .refused }), let from = ends[0].place, let to = ends[1].place else { return nil }
        let midpoint = Geodesic.wgs84.intermediate(from: from.coordinate, to: to.coordinate, fraction: 0.5)
        let road = Place(id: "road:\(from.id)-\(to.id)", name: "\(from.shortName)–\(to.shortName) road", kind: .road,
                         coordinate: midpoint, country: from.country == to.country ? from.country : nil, prominence: 50)
        return PlaceResolution(query: query, match: PlaceMatch(place: road, matched: "\(from.name), \(to.name)", score: 0.9),
                               confidence: 0.8, verdict: .doubtful,
                               reasons: ["a road between \(from.shortName) and \(to.shortName), placed midway"], candidates: [])
    }

    /// "Tartus, Syria", "Portland, Maine", "Sidon (Lebanon)": the qualifier, read as a country
    /// or else as any well-known place, picks among the readings of the head.
    private func qualified(_ query: String, head: String, qualifier: String, context: PlaceContext) -> PlaceResolution? {
        let country = lookup(qualifier, kinds: [.country], limit: 1).first { $0.score >= 0.93 }
            ?? demonyms[NameKey.fold(qualifier)].flatMap { iso in
                table.index(ofID: "country:\(iso)").map { PlaceMatch(place: table.place(at: $0), matched: qualifier, score: 0.95) }
            }
        var narrowed = context
        if let iso = country?.place.country, context.country == nil || context.country == iso {
            let matches = lookup(head, kinds: context.kinds, country: iso, limit: ResolutionScoring.candidateLimit)
            guard !matches.isEmpty else { return nil }
            narrowed.countries = [iso]
            var scoring = ResolutionScoring(gazetteer: self, query: head, context: narrowed)
            scoring.consider(matches)
            return scoring.verdict(for: query)
        }
        // Of the regions so named ("Florida" is in Uruguay and Puerto Rico too), the one that holds
        // a place of the head's name.
        var regions = lookup(qualifier, kinds: [.region], limit: 8).filter { $0.score >= 0.93 }
        if regions.isEmpty {
            regions = Array(lookup(qualifier, limit: 3).filter { $0.score >= 0.93 && $0.place.kind != .airport }.prefix(1))
        }
        let matches = lookup(head, kinds: context.kinds, country: context.country, limit: ResolutionScoring.candidateLimit)
        let closeness = regions.map { region in
            matches.filter { region.place.country == nil || $0.place.country == region.place.country }
                .map { Geodesic.wgs84.distance(from: $0.place.coordinate, to: region.place.coordinate) }.min() ?? .infinity
        }
        guard let nearest = closeness.indices.min(by: { closeness[$0] < closeness[$1] }) else { return nil }
        let region = regions[nearest]
        narrowed.anchors = [region.place.coordinate]
        if let iso = region.place.country { narrowed.countries = [iso] }
        var scoring = ResolutionScoring(gazetteer: self, query: head, context: narrowed)
        scoring.consider(matches)
        return scoring.verdict(for: query)
    }
}

extension Place {
    /// Whether the place is a position written as coordinates (`35.2,34.0`, `34.00N 35.20E`)
    /// rather than a named place: its name is the text as written.
    public var isWrittenPosition: Bool {
        id == name && (Coordinate(longitudeLatitude: Substring(id)) != nil || QueryForm.hemispherePosition(id) != nil)
    }
}
