import Geo

extension Drafter {
    /// An accepted place of an occurrence, for one of its assets: its rank in a sentence
    /// (from 0, via 1, at 2, to 3) and its order in the text.
    private struct Event {
        var occurrence: Int
        var place: Place
        var rank: Int
        var order: Int
    }

    /// The accepted places of the occurrences with a role, per asset, and the (asset,
    /// occurrence) pairs whose place is not accepted.
    private struct Placed {
        var byAsset: [Int: [Event]] = [:]
        var pending: [(asset: Int, occurrence: Int)] = []
    }

    /// The sightings drafted, and for each the index of the occurrence it comes from.
    private struct Drafted {
        var sightings: [DraftScenario.Sighting] = []
        var occurrences: [Int] = []
    }

    /// Orders each asset's stops — sentences by their times where the report gives them
    /// (a sentence without one stays after the one before it), and within a sentence from,
    /// through, at, to — and joins repeated stops; the places used by no sighting become
    /// markers, countries apart.
    func assemble(_ occurrences: [Occurrence], works: [ReportWork], registry: AssetRegistry,
                  sources: [DraftScenario.Source], notices: [String], reports: [DraftReport], readings: inout Readings) -> DraftScenario {
        let placed = placedEvents(occurrences, registry: registry)
        var drafted = sightings(placed.byAsset, occurrences, works: works, registry: registry, readings: &readings)
        Self.giveSentenceDayToOneStop(&drafted.sightings)
        let unplaced = commentUnplaced(placed.pending, on: &drafted, occurrences, works: works, registry: registry)
        let sightings = drafted.sightings
        let markers = markers(occurrences, besides: sightings, works: works, registry: registry, readings: &readings)
        let usedAssets = Set(sightings.map(\.asset))
        let assets = registry.entries.filter { usedAssets.contains($0.id) }
            .map { DraftScenario.Asset(id: $0.id, name: $0.name, kind: $0.kind, count: $0.count.flatMap { $0 > 1 ? $0 : nil }) }
        var notices = notices
        if sightings.isEmpty { notices.append("no movement found: the draft holds the reports' places only") }
        var result = DraftScenario(title: title(works, sources: sources), sources: sources, assets: assets, sightings: sightings,
                                   markers: markers, unplaced: unplaced, notices: notices)
        result.readings = occurrences.map { reading($0, works: works, registry: registry) }
        return result
    }

    /// Each occurrence with a role (not a qualifier) as an event of each of its assets when its
    /// place is accepted, ranked from, via, at, to; else as pending for each of its assets.
    private func placedEvents(_ occurrences: [Occurrence], registry: AssetRegistry) -> Placed {
        var placed = Placed()
        for (index, occurrence) in occurrences.enumerated() where occurrence.role != nil && !occurrence.isQualifier {
            guard let place = Self.accepted(occurrence.resolution, farAllowed: farAllowed(occurrence, registry: registry)) else {
                for asset in occurrence.assets { placed.pending.append((asset, index)) }
                continue
            }
            let rank: Int
            switch occurrence.role! {
            case .from: rank = 0
            case .via: rank = 1
            case .at: rank = 2
            case .to: rank = 3
            }
            for asset in occurrence.assets {
                placed.byAsset[asset, default: []].append(Event(occurrence: index, place: place, rank: rank, order: index))
            }
        }
        return placed
    }

    /// Each asset's events, in order, as sightings (assets in registry order); a stop that
    /// repeats the one before it is joined to it, which takes its time if it had none and its
    /// status if it was only planned.
    private func sightings(_ byAsset: [Int: [Event]], _ occurrences: [Occurrence], works: [ReportWork], registry: AssetRegistry,
                           readings: inout Readings) -> Drafted {
        var sightings: [DraftScenario.Sighting] = []
        var sightingOccurrences: [Int] = []
        for asset in byAsset.keys.sorted() {
            for event in ordered(byAsset[asset]!, occurrences) {
                let occurrence = occurrences[event.occurrence]
                let (text, kind) = sceneName(event.place, written: occurrence.lookup, readings: &readings)
                if let last = sightings.last, last.asset == registry.entries[asset].id, last.placeID == event.place.id {
                    if sightings[sightings.count - 1].time == nil { sightings[sightings.count - 1].time = occurrence.time }
                    if last.status == "planned", occurrence.status != "planned" { sightings[sightings.count - 1].status = occurrence.status }
                    continue
                }
                let doubts = occurrence.resolution.map(Self.doubts) ?? []
                sightings.append(DraftScenario.Sighting(asset: registry.entries[asset].id, place: text, placeID: event.place.id, kind: kind,
                                                        time: occurrence.time, status: occurrence.status,
                                                        evidence: evidence(occurrence, works),
                                                        comments: doubts.map { "'\(occurrence.lookup)' is doubtful: \($0)" }))
                sightingOccurrences.append(event.occurrence)
            }
        }
        return Drafted(sightings: sightings, occurrences: sightingOccurrences)
    }

    /// One sentence, one day for two stops: "flew from X to Y on Friday" — the day is the
    /// arrival's (X keeps its place before Y); "left X for Y on Monday" — it is the
    /// departure's (Y, intended, has no day yet).
    private static func giveSentenceDayToOneStop(_ sightings: inout [DraftScenario.Sighting]) {
        for index in sightings.indices.dropLast() {
            let next = sightings[index + 1]
            guard sightings[index].asset == next.asset, sightings[index].evidence == next.evidence,
                  let time = sightings[index].time, time == next.time, time.first == time.last else { continue }
            if next.status == "planned" { sightings[index + 1].time = nil } else { sightings[index].time = nil }
        }
    }

    /// Comments each pending place (not placed with confidence) beside its asset's sighting
    /// from the same sentence, else its asset's last sighting; returns the comments of those
    /// whose asset has no sighting, each once.
    private func commentUnplaced(_ pending: [(asset: Int, occurrence: Int)], on drafted: inout Drafted, _ occurrences: [Occurrence],
                                 works: [ReportWork], registry: AssetRegistry) -> [String] {
        var unplaced: [String] = []
        for (asset, index) in pending {
            let occurrence = occurrences[index]
            let comment = unplacedComment(occurrence, works)
            let id = registry.entries[asset].id
            let same = drafted.sightings.indices.first { drafted.sightings[$0].asset == id && occurrences[drafted.occurrences[$0]].report == occurrence.report
                && occurrences[drafted.occurrences[$0]].sentence == occurrence.sentence }
            if let target = same ?? drafted.sightings.indices.last(where: { drafted.sightings[$0].asset == id }) {
                if !drafted.sightings[target].comments.contains(comment) { drafted.sightings[target].comments.append(comment) }
            } else if !unplaced.contains(comment) {
                unplaced.append(comment)
            }
        }
        return unplaced
    }

    /// The places written as places (or where a capital's government spoke) that no sighting
    /// uses, as markers in text order: countries apart, each place once, and none beside a
    /// place of the same name already on the map.
    private func markers(_ occurrences: [Occurrence], besides sightings: [DraftScenario.Sighting], works: [ReportWork],
                         registry: AssetRegistry, readings: inout Readings) -> [DraftScenario.Marker] {
        var markers: [DraftScenario.Marker] = []
        var used = Set(sightings.map(\.placeID))
        var placed = used.compactMap { gazetteer.place(id: $0) }
        for occurrence in occurrences where occurrence.isLocative && (!occurrence.mention.isPossessive || occurrence.mention.kinds != nil)
            || isVoiceOfCapital(occurrence, works) {
            guard let place = Self.accepted(occurrence.resolution, farAllowed: farAllowed(occurrence, registry: registry)),
                  place.kind != .country, !used.contains(place.id) else { continue }
            used.insert(place.id)
            // "Tartus" the city beside Tartus the naval base of a sighting: one place on the map.
            let twin = placed.contains { other in
                (other.shortName == place.shortName || other.name == place.name)
                    && Geodesic.wgs84.distance(from: other.coordinate, to: place.coordinate) < 15_000
            }
            if twin { continue }
            placed.append(place)
            let (text, kind) = sceneName(place, written: occurrence.lookup, readings: &readings)
            markers.append(DraftScenario.Marker(place: text, placeID: place.id, kind: kind, evidence: evidence(occurrence, works)))
        }
        return markers
    }

    /// Each asset's events in order: sentences by time (else after the sentence before),
    /// within a sentence from, via, at, to; where it came from before where it is when no time
    /// says otherwise, and an intended destination after what happens on the way.
    private func ordered(_ events: [Event], _ occurrences: [Occurrence]) -> [Event] {
        // Sentence groups in text order, each keyed by its earliest time, or the key before it.
        var groups: [(key: Int, order: Int, events: [Event])] = []
        for event in events {
            let occurrence = occurrences[event.occurrence]
            if let last = groups.last, let first = last.events.first,
               occurrences[first.occurrence].report == occurrence.report, occurrences[first.occurrence].sentence == occurrence.sentence {
                groups[groups.count - 1].events.append(event)
            } else {
                groups.append((Int.min, groups.count, [event]))
            }
        }
        var previous = Int.min
        for index in groups.indices {
            let times = groups[index].events.compactMap { occurrences[$0.occurrence].time?.middle }
            if let earliest = times.min() { previous = earliest }
            groups[index].key = previous
        }
        var sorted = groups.sorted { ($0.key, $0.order) < ($1.key, $1.order) }
            .map { (key: $0.key, events: $0.events.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }) }
        // "It crashed at Gao. It had flown in from Minsk and was to leave for Istanbul": where
        // it came from goes before where it is, when no time says otherwise.
        for index in sorted.indices.dropFirst() {
            let previous = sorted[index - 1], current = sorted[index]
            guard previous.key == current.key, previous.events.allSatisfy({ $0.rank == 2 }),
                  current.events.first?.rank == 0, !current.events.contains(where: { $0.rank == 2 }) else { continue }
            sorted[index - 1].events = current.events.filter { $0.rank == 0 } + previous.events
            sorted[index].events = current.events.filter { $0.rank != 0 }
        }
        // "left X and is bound for Y. It passed Z on Thursday", "…will cross the Channel in a
        // few days": an intended destination without a time of its own comes after what the
        // report says happens on the way.
        var result = sorted.flatMap(\.events)
        var index = 0
        while index < result.count {
            let occurrence = occurrences[result[index].occurrence]
            guard result[index].rank == 3, occurrence.status == "planned", occurrence.time == nil else { index += 1; continue }
            var end = index + 1
            while end < result.count, result[end].rank != 0, result[end].place.id != result[index].place.id,
                  !(result[end].rank == 3 && occurrences[result[end].occurrence].status == "planned") { end += 1 }
            if end > index + 1 {
                let moved = result.remove(at: index)
                result.insert(moved, at: end - 1)
            } else {
                index += 1
            }
        }
        return result
    }

    func evidence(_ occurrence: Occurrence, _ works: [ReportWork]) -> DraftScenario.Evidence {
        let work = works[occurrence.report]
        let sentence = work.text.sentences[occurrence.sentence]
        return DraftScenario.Evidence(quote: work.text.text(of: sentence), line: sentence.line, column: sentence.column, source: work.source)
    }

    private func reading(_ occurrence: Occurrence, works: [ReportWork], registry: AssetRegistry) -> String {
        let work = works[occurrence.report]
        let token = work.text.sentences[occurrence.sentence].tokens[occurrence.mention.first]
        let (line, column) = work.text.position(of: token.start)
        var text = "\(work.source) \(line):\(column) '\(occurrence.lookup)' → "
        if let resolution = occurrence.resolution, let place = resolution.place {
            text += "\(place.id), \(resolution.verdict)"
            if resolution.verdict != .sure { text += " (" + resolution.reasons.joined(separator: "; ") + ")" }
        } else {
            text += "no place"
        }
        if occurrence.isQualifier { text += "; qualifies the place before it" }
        if let role = occurrence.role {
            text += "; \(role.rawValue) of " + occurrence.assets.map { registry.entries[$0].id }.joined(separator: ", ")
        } else if !occurrence.isQualifier {
            text += occurrence.isLocative ? "; no movement"
                : isVoiceOfCapital(occurrence, works) ? "; where a statement was made" : "; not used as a place here"
        }
        return text
    }

    private func unplacedComment(_ occurrence: Occurrence, _ works: [ReportWork]) -> String {
        let work = works[occurrence.report]
        let token = work.text.sentences[occurrence.sentence].tokens[occurrence.mention.first]
        let (line, column) = work.text.position(of: token.start)
        var text = "'\(occurrence.mention.text)' (\(work.source) \(line):\(column)) is not placed with confidence"
        let candidates = (occurrence.resolution?.candidates ?? []).prefix(3).map { match in
            "\(match.place.name) (\(match.place.kind.phrase)\(match.place.country.map { ", \($0)" } ?? ""))"
        }
        if !candidates.isEmpty { text += " — closest: " + candidates.joined(separator: "; ") }
        return text
    }

    /// How the scenario should name `place` so that it reads back to the same place: as
    /// written, else with its kind, else by its gazetteer name, else by its id.
    func sceneName(_ place: Place, written: String, readings: inout Readings) -> (text: String, kind: PlaceKind?) {
        for text in [written, place.name] {
            let plain = readings.resolve(text, context: .none, in: gazetteer)
            if plain.verdict == .sure, plain.place?.id == place.id {
                return (text, nil)
            }
            let kinded = readings.resolve(text, context: PlaceContext(kinds: [place.kind]), in: gazetteer)
            if kinded.verdict == .sure, kinded.place?.id == place.id { return (text, place.kind) }
        }
        return (place.id, nil)
    }

    /// The first report's headline when it has one (a short first line without a full stop).
    private func title(_ works: [ReportWork], sources: [DraftScenario.Source]) -> String {
        if let work = works.first, let headline = Self.headline(work.text) {
            return work.text.text(of: work.text.sentences[headline])
        }
        return sources.count <= 2 ? "Draft from " + sources.map(\.name).joined(separator: " and ") : "Draft from \(sources.count) reports"
    }
}
