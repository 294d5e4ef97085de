import Geo

/// Where the title block, legend, scale bar and credit line go: the corners whose boxes
/// cover the least of the map's data, measured by counting what falls under each box —
/// route samples, and the markers, which count as much as a stretch of line 25 samples
/// long. The title takes a top corner, the credit line a bottom one with the scale bar
/// above it, and the legend a free corner of the other side; ties keep the reading order
/// of a briefing map: title top left, legend bottom left, credit bottom right.
struct PanelArrangement: Equatable {
    var title: PageBox
    var legend: PageBox?
    var credit: PageBox
    var scale: PageBox?

    static let markerWeight = 25

    typealias Size = (width: Double, height: Double)

    /// The arrangement covering least, or nil when in none are the boxes apart and on the page.
    /// No box of the result meets a box of `avoid` (an inset drawn already).
    static func best(width: Double, height: Double, margin: Double, title: Size, legend: Size?, credit: Size,
                     scale: Size?, routeSamples: [ProjectedPoint], markers: [ProjectedPoint],
                     avoid: [PageBox] = []) -> PanelArrangement? {
        var best: (cost: Int, arrangement: PanelArrangement)?
        for titleLeft in [true, false] {
            for creditRight in [true, false] {
                for legendBottom in [true, false] {
                    let candidate = arrangement(width: width, height: height, margin: margin, title: title, legend: legend,
                                                credit: credit, scale: scale, titleLeft: titleLeft, creditRight: creditRight,
                                                legendBottom: legendBottom)
                    guard candidate.isApart, candidate.fits(height: height, margin: margin),
                          !candidate.boxes.contains(where: { box in avoid.contains { $0.intersects(box) } }) else { continue }
                    let cost = candidate.boxes.reduce(0) { total, box in
                        total + routeSamples.filter { box.contains($0) }.count
                            + markerWeight * markers.filter { box.contains($0) }.count
                    }
                    if best == nil || cost < best!.cost { best = (cost, candidate) }
                }
            }
        }
        return best?.arrangement
    }

    /// The arrangement ties prefer, whether or not its boxes are apart: for a page too small
    /// for its panels.
    static func standard(width: Double, height: Double, margin: Double, title: Size, legend: Size?, credit: Size,
                         scale: Size?) -> PanelArrangement {
        arrangement(width: width, height: height, margin: margin, title: title, legend: legend, credit: credit,
                    scale: scale, titleLeft: true, creditRight: true, legendBottom: true)
    }

    /// Every box lies between the margins at top and bottom.
    func fits(height: Double, margin: Double) -> Bool {
        boxes.allSatisfy { $0.y >= margin - 0.5 && $0.y + $0.height <= height - margin + 0.5 }
    }

    var boxes: [PageBox] { [title, credit] + [legend, scale].compactMap { $0 } }

    /// The same arrangement `offset` points lower on the page (below a banner's band).
    func shifted(down offset: Double) -> PanelArrangement {
        func move(_ box: PageBox) -> PageBox { PageBox(x: box.x, y: box.y + offset, width: box.width, height: box.height) }
        return PanelArrangement(title: move(title), legend: legend.map(move), credit: move(credit), scale: scale.map(move))
    }

    /// No two boxes overlap.
    var isApart: Bool {
        let all = boxes
        for (index, box) in all.enumerated() where all[(index + 1)...].contains(where: { $0.intersects(box) }) { return false }
        return true
    }

    private static func arrangement(width: Double, height: Double, margin: Double, title: Size, legend: Size?, credit: Size,
                                    scale: Size?, titleLeft: Bool, creditRight: Bool, legendBottom: Bool) -> PanelArrangement {
        func x(_ size: Size, left: Bool) -> Double { left ? margin : width - size.width - margin }
        let titleBox = PageBox(x: x(title, left: titleLeft), y: margin, width: title.width, height: title.height)
        let creditBox = PageBox(x: x(credit, left: !creditRight), y: height - credit.height - margin,
                                width: credit.width, height: credit.height)
        let scaleBox = scale.map { PageBox(x: x($0, left: !creditRight), y: creditBox.y - $0.height - 6, width: $0.width, height: $0.height) }
        // The legend takes the bottom corner the credit leaves, or the top corner the title leaves.
        let legendBox = legend.map { size in
            legendBottom ? PageBox(x: x(size, left: creditRight), y: height - size.height - margin, width: size.width, height: size.height)
                : PageBox(x: x(size, left: !titleLeft), y: margin, width: size.width, height: size.height)
        }
        return PanelArrangement(title: titleBox, legend: legendBox, credit: creditBox, scale: scaleBox)
    }
}

extension PageBox {
    /// Whether `point` lies inside the box (edges included).
    func contains(_ point: ProjectedPoint) -> Bool {
        point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height
    }
}
