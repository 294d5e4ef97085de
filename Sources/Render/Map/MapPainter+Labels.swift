import Foundation
import Geo

extension MapPainter {
    struct LabelOutcome {
        var placed: [(text: String, box: PageBox)] = []
        var warnings: [String] = []
        /// Whether some markers' dates were left out to make room for labels.
        var datesOmitted = false
        /// Draws the placed labels.
        var draw: (Canvas) -> Void = { _ in }
    }

    /// Label ids from here on are track dates (below: markers, areas, countries, alternatives).
    static let trackDateIDs = 40_000

    var labelFont: Font { theme.font(size: 14, bold: true) }
    var detailFont: Font { theme.font(size: 11.5) }
    var dateFont: Font { theme.font(size: 11.5, bold: true) }
    /// Land areas (a country or region a track reaches): upright, like the country names.
    var landAreaFont: Font { theme.font(size: 13, bold: true) }
    var markerFonts: MarkerLabelText.Fonts { .init(title: labelFont, date: dateFont, detail: detailFont) }
    var seaFont: Font { theme.font(size: 13, italic: true) }
    var alternativeFont: Font { theme.font(size: 12, italic: true) }

    /// Places marker labels (name, date, then an optional detail line) and sea names
    /// without overlaps, and reports what was dropped; the outcome's `draw` draws them with
    /// halos and leader lines. Labels keep clear of `routes` (sampled line boxes) where a
    /// position allows. Alternatives' labels (`alternatives`: each label's text and the
    /// point along its line farthest from the routes) are set in grey italics. Dates go
    /// first when room runs out: the document's track dates (set beside their lines) before
    /// any marker's, and when a marker's name would be dropped, the labels are placed again
    /// without the track dates and the dates of the markers that lost theirs.
    /// `countries` are the country names to place (``countryLabels(on:)``, made once per map).
    func placeLabels(markers: [(MapMarker, ProjectedPoint)], obstacles: [PageBox], routes: [PageBox],
                     alternatives: [(text: String, anchor: ProjectedPoint)] = [], countries: [CountryLabel] = [],
                     on canvas: Canvas) -> LabelOutcome {
        var dated = Set(markers.indices.filter { markers[$0].0.date != nil })
        var outcome = placeLabels(markers: markers, dated: dated, trackDates: document.trackDates, obstacles: obstacles,
                                  routes: routes, alternatives: alternatives, countries: countries, on: canvas)
        var rounds = 0
        if !outcome.droppedMarkers.isEmpty && !document.trackDates.isEmpty {
            outcome = placeLabels(markers: markers, dated: dated, trackDates: [], obstacles: obstacles, routes: routes,
                                  alternatives: alternatives, countries: countries, on: canvas)
            outcome.datesOmitted = true
        }
        while !dated.isEmpty {
            let dropped = Set(outcome.droppedMarkers)
            guard !dropped.isEmpty else { break }
            // Leave out the dates of the dropped markers and try again; when that is not
            // enough twice over (or they had none), leave out every date: at most three
            // placements, whatever the number of markers.
            let lose = dated.filter { dropped.contains($0) }
            rounds += 1
            dated.subtract(lose.isEmpty || rounds >= 2 ? dated : lose)
            outcome = placeLabels(markers: markers, dated: dated, trackDates: [], obstacles: obstacles, routes: routes,
                                  alternatives: alternatives, countries: countries, on: canvas)
            outcome.datesOmitted = true
        }
        return outcome.labels
    }

    private struct Attempt {
        var labels: LabelOutcome
        var droppedMarkers: [Int]
        var datesOmitted: Bool {
            get { labels.datesOmitted }
            set { labels.datesOmitted = newValue }
        }
    }

    private func placeLabels(markers: [(MapMarker, ProjectedPoint)], dated: Set<Int>, trackDates: [TrackDate],
                             obstacles: [PageBox], routes: [PageBox],
                             alternatives: [(text: String, anchor: ProjectedPoint)], countries: [CountryLabel],
                             on canvas: Canvas) -> Attempt {
        var outcome = LabelOutcome()
        var requests: [LabelPlacer.Request] = []
        var texts: [Int: (title: String, date: String?, detail: String?, sea: Bool)] = [:]
        for (offset, country) in countries.enumerated() {
            requests.append(.init(id: 20_000 + offset, anchor: country.anchor, clearance: 0, width: country.extent.width,
                                  height: country.extent.height, importance: -10, centered: true))
        }
        for (index, (marker, point)) in markers.enumerated() where !marker.label.isEmpty {
            let date = dated.contains(index) ? marker.date : nil
            let (width, height) = MarkerLabelText(title: marker.label, date: date, detail: marker.detail)
                .size(markerFonts, theme: theme, on: canvas)
            requests.append(.init(id: index, anchor: point, clearance: MarkerSymbol.radius(for: marker.kind),
                                  width: width, height: height, importance: 100 + marker.importance))
            texts[index] = (marker.label, date, marker.detail, false)
        }
        for (offset, area) in document.areaLabels.enumerated() {
            guard let point = frame.page(area.coordinate), point.x >= 0, point.y >= 0,
                  point.x <= frame.width, point.y <= frame.height else { continue }
            let text = area.text.uppercased()
            let extent = canvas.measure(text, font: area.onLand ? landAreaFont : seaFont, letterSpacing: 2)
            let id = 10_000 + offset
            requests.append(.init(id: id, anchor: point, clearance: 0, width: extent.width, height: extent.height,
                                  importance: 0, centered: true))
            texts[id] = (text, nil, nil, true)
        }
        for (offset, date) in trackDates.enumerated() {
            guard let point = frame.page(date.coordinate), labelArea.contains(point) else { continue }
            let extent = canvas.measure(date.text, font: dateFont, letterSpacing: 0)
            requests.append(.init(id: Self.trackDateIDs + offset, anchor: point, clearance: 4, width: extent.width,
                                  height: extent.height, importance: 40))
            texts[Self.trackDateIDs + offset] = (date.text, nil, nil, false)
        }
        for (offset, alternative) in alternatives.enumerated() {
            let extent = canvas.measure(alternative.text, font: alternativeFont, letterSpacing: 0)
            requests.append(.init(id: 30_000 + offset, anchor: alternative.anchor, clearance: 6, width: extent.width,
                                  height: extent.height, importance: 60))
        }
        var placer = LabelPlacer(page: labelArea,
                                 obstacles: obstacles, softObstacles: routes)
        let result = placer.place(requests)
        for label in result.placed.sorted(by: { $0.id < $1.id }) {
            let text = label.id >= Self.trackDateIDs ? texts[label.id]?.title
                : label.id >= 30_000 ? alternatives[label.id - 30_000].text
                : label.id >= 20_000 ? countries[label.id - 20_000].text : texts[label.id]?.title
            if let text { outcome.placed.append((text, label.box)) }
        }
        // A track date that finds no room is left out as the legend says.
        if result.dropped.contains(where: { $0 >= Self.trackDateIDs }) { outcome.datesOmitted = true }
        // Country names give way quietly: they are background, not data.
        for id in result.dropped where id < 20_000 || (id >= 30_000 && id < Self.trackDateIDs) {
            guard let text = id >= 30_000 ? alternatives[id - 30_000].text : texts[id]?.title else { continue }
            outcome.warnings.append("label '\(text)' was left out: no room without overlapping another label or marker")
        }
        outcome.draw = { canvas in
            self.drawLabels(result.placed, texts: texts, countries: countries, alternatives: alternatives,
                            markers: markers, on: canvas)
        }
        return Attempt(labels: outcome, droppedMarkers: result.dropped.filter { markers.indices.contains($0) })
    }

    private func drawLabels(_ placed: [PlacedLabel], texts: [Int: (title: String, date: String?, detail: String?, sea: Bool)],
                            countries: [CountryLabel], alternatives: [(text: String, anchor: ProjectedPoint)],
                            markers: [(MapMarker, ProjectedPoint)], on canvas: Canvas) {
        canvas.beginLayer("labels")
        for label in placed.sorted(by: { $0.id < $1.id }) {
            if label.id >= Self.trackDateIDs, let text = texts[label.id] {
                canvas.draw(TextRun(text: text.title, origin: ProjectedPoint(x: label.box.x, y: label.box.y),
                                    font: dateFont, color: theme.text.opacity(0.78), halo: theme.halo, haloWidth: 2.5))
                continue
            }
            if label.id >= 30_000 {
                let text = alternatives[label.id - 30_000].text
                canvas.draw(TextRun(text: text, origin: ProjectedPoint(x: label.box.x, y: label.box.y),
                                    font: alternativeFont, color: theme.alternative, halo: theme.halo, haloWidth: 2.5))
                continue
            }
            if label.id >= 20_000 {
                let country = countries[label.id - 20_000]
                canvas.draw(TextRun(text: country.text, origin: ProjectedPoint(x: label.box.x, y: label.box.y),
                                    font: country.font, color: theme.countryText, halo: theme.land.opacity(0.8),
                                    haloWidth: 2, letterSpacing: country.spacing))
                continue
            }
            guard let text = texts[label.id] else { continue }
            if let (start, end) = label.leader {
                var path = Path()
                path.add([start, end], closed: false)
                canvas.stroke(path, pen: Pen(width: 2.6, color: theme.halo))
                canvas.stroke(path, pen: Pen(width: 1, color: theme.text))
            }
            if text.sea {
                // Areas are named in their element's style: land like the country names, water in blue italics.
                let onLand = document.areaLabels.indices.contains(label.id - 10_000) && document.areaLabels[label.id - 10_000].onLand
                canvas.draw(TextRun(text: text.title, origin: ProjectedPoint(x: label.box.x, y: label.box.y),
                                    font: onLand ? landAreaFont : seaFont, color: onLand ? theme.countryText : theme.seaText,
                                    halo: onLand ? theme.land.opacity(0.8) : theme.ocean.opacity(0.7),
                                    haloWidth: 2, letterSpacing: 2))
                continue
            }
            let flushRight = markers.indices.contains(label.id) && label.box.x + label.box.width <= markers[label.id].1.x
            MarkerLabelText(title: text.title, date: text.date, detail: text.detail)
                .draw(in: label.box, flushRight: flushRight, fonts: markerFonts, theme: theme, titleHalo: 3, on: canvas)
        }
        canvas.endLayer()
    }

    /// A country's name as it will be set: where, in which font and letter spacing, and
    /// the size it measures.
    struct CountryLabel: Sendable {
        var text: String
        var anchor: ProjectedPoint
        var font: Font
        var spacing: Double
        var extent: TextExtent
    }

    /// Where a country's name has the most room on the page: its roomiest visible site's page
    /// point, and the room there in points.
    struct CountryRoom: Sendable {
        var anchor: ProjectedPoint
        var room: Double
    }

    /// A name for every country whose visible territory has room for it, set at the country's
    /// site with the most room on the page (``CountryArea/sites``), larger for more room;
    /// the roomiest first. `naming`, when given, is where the sites are being found and what
    /// the names are kept under (``startNamingCountries()``).
    func countryLabels(on canvas: Canvas, naming: CountryNaming? = nil) -> [CountryLabel] {
        let place = {
            placedCountryLabels(rooms: naming?.rooms?.value() ?? Self.countryRooms(document.countries, visible: visible, frame: frame),
                                on: canvas)
        }
        guard let layers else { return place() }
        return layers.countryLabels.value(for: naming?.key ?? countryLabelKey, make: place)
    }

    /// The country names of one map under way: the key they are kept under in a batch, and
    /// the sites being found on another thread (nil when the names are kept already).
    struct CountryNaming {
        var key: String
        var rooms: LoadOnce<[Int: CountryRoom], Never>?
    }

    /// What the country names' places depend on: the view, the font, the names and shapes.
    var countryLabelKey: String {
        var shapes = Hasher()
        for country in document.countries {
            shapes.combine(country.name)
            shapes.combine(country.sites.count)
            shapes.combine(country.sites.first?.coordinate.latitude)
            shapes.combine(country.sites.first?.coordinate.longitude)
        }
        return "\(frame.viewKey)|\(theme.font(size: 10))|\(document.countries.count)|\(shapes.finalize())"
    }

    /// Starts finding the countries' roomiest sites (``countryRooms(_:visible:frame:)``) on
    /// another thread, with a frame of its own, while the background, routes and track names
    /// are drawn, unless their names are kept already; nil when the map names no countries.
    func startNamingCountries() -> CountryNaming? {
        guard options.countryNames else { return nil }
        let key = countryLabelKey
        guard layers?.countryLabels.value(for: key) == nil, let detached = try? frame.detached() else {
            return CountryNaming(key: key, rooms: nil)
        }
        let countries = document.countries, visible = self.visible
        let once = LoadOnce<[Int: CountryRoom], Never> { Self.countryRooms(countries, visible: visible, frame: detached.frame) }
        Thread.detachNewThread { _ = once.value() }
        return CountryNaming(key: key, rooms: once)
    }

    /// Each visible country's roomiest site on the page, by index in `countries`: the room
    /// at a site is its distance to the territory's edge on the page, or to the page's edge
    /// (where the outline is cut off) when that is nearer.
    static func countryRooms(_ countries: [CountryArea], visible: BoundingBox, frame: MapFrame) -> [Int: CountryRoom] {
        // Countries too small to hold a name at this scale are skipped before projecting:
        // points per degree across the page, from the visible box.
        let pointsPerDegree = frame.width / max(visible.longitudeSpan * cos(visible.center.latitude * .pi / 180), 1e-6)
        // Each visible site with a point 10 km north and one 10 km east of it, projected in one
        // batch: the two give the page's scale at the site, in points per kilometre.
        let step = 10.0
        var owners: [(country: Int, site: Int)] = [], coordinates: [Coordinate] = []
        for (index, country) in countries.enumerated() where country.bounds.intersects(visible) {
            let middle = (country.bounds.south + country.bounds.north) / 2
            let extent = min(country.bounds.longitudeSpan * cos(middle * .pi / 180), country.bounds.latitudeSpan)
            guard extent * pointsPerDegree >= 16 else { continue }
            for (number, site) in country.sites.enumerated() where visible.contains(site.coordinate) {
                let point = site.coordinate
                let east = step / (111.2 * max(cos(point.latitude * .pi / 180), 0.01))
                owners.append((index, number))
                coordinates += [point, Coordinate(latitude: min(point.latitude + step / 111.2, 90), longitude: point.longitude),
                                Coordinate(latitude: point.latitude, longitude: point.longitude + east)]
            }
        }
        let pages = frame.page(coordinates)
        var best: [Int: CountryRoom] = [:]
        for (position, owner) in owners.enumerated() {
            guard let point = pages[3 * position], let north = pages[3 * position + 1], let east = pages[3 * position + 2]
            else { continue }
            let scale = min(hypot(north.x - point.x, north.y - point.y), hypot(east.x - point.x, east.y - point.y)) / step
            let margin = 3.0
            let edge = min(point.x + margin, frame.width + margin - point.x, point.y + margin, frame.height + margin - point.y)
            let room = min(countries[owner.country].sites[owner.site].roomKilometres * scale, edge)
            if room > (best[owner.country]?.room ?? 0) { best[owner.country] = CountryRoom(anchor: point, room: room) }
        }
        return best
    }

    private func placedCountryLabels(rooms best: [Int: CountryRoom], on canvas: Canvas) -> [CountryLabel] {
        var found: [(label: CountryLabel, room: Double)] = []
        for (index, country) in document.countries.enumerated() {
            guard let site = best[index], site.room >= 9 else { continue }
            let (anchor, room) = (site.anchor, site.room)
            let text = country.name.uppercased()
            // From 13 pt in large countries down to 9 pt; the name may run past the widest
            // inscribed circle a little, as country names do on printed maps. Text and its
            // spacing (size / 8) scale with the size, so one measure serves every size.
            let unit = canvas.measure(text, font: theme.font(size: 10), letterSpacing: 10.0 / 8)
            let widest = (room * 2.6 / unit.width * 10).rounded(.down)
            let tallest = (room * 1.6 / unit.height * 10).rounded(.down)
            let fontSize = min(13, max(9, (room / 3.5).rounded()), widest, tallest)
            guard fontSize >= 9 else { continue }
            let font = theme.font(size: fontSize)
            let measured = canvas.measure(text, font: font, letterSpacing: fontSize / 8)
            found.append((CountryLabel(text: text, anchor: anchor, font: font, spacing: fontSize / 8, extent: measured), room))
        }
        return found.sorted { $0.room != $1.room ? $0.room > $1.room : $0.label.text < $1.label.text }.map(\.label)
    }
}
