import Foundation

extension RouteReport {
    /// The report as `movemap route` prints it, one line per leg, then the passages, the
    /// notes and the total, each line ending in a newline:
    ///
    /// ```
    /// Novorossiysk → Tartus: 1273.42 nm (2358.37 km), 106.12 h, ETA 2024-12-14T10:07Z, start snapped 355 m, end snapped 635 m
    /// passages: bosporus, dardanelles
    /// total: 1273.42 nm (2358.37 km) at 12 kn
    /// ```
    ///
    /// Hours and the ETA (UTC) appear when the report has a speed and a departure; a snap
    /// (meters from the named place to the water) when it is above 0; a default speed is
    /// marked `(default)`.
    public var text: String {
        var lines = legs.map(\.text)
        if let passages, !passages.isEmpty { lines.append("passages: \(passages.joined(separator: ", "))") }
        lines += (notes ?? []).map { "note: \($0)" }
        var total = "total: \(lengthNauticalMiles) nm (\(lengthKilometers) km)"
        if let speedKnots {
            total += " at \(String(format: "%g", speedKnots)) kn" + (speedIsDefault == true ? " (default)" : "")
        }
        lines.append(total)
        return lines.map { $0 + "\n" }.joined()
    }
}

extension RouteReport.LegReport {
    /// The leg as one line: `A → B: 1273.42 nm (2358.37 km), 106.12 h, ETA …, start snapped 355 m`.
    var text: String {
        var line = "\(from) → \(to): \(lengthNauticalMiles) nm (\(lengthKilometers) km)"
        if let hours { line += ", \(hours) h" }
        if let eta { line += ", ETA \(eta)" }
        if let snap = startSnapMeters, snap > 0 { line += ", start snapped \(Int(snap)) m" }
        if let snap = endSnapMeters, snap > 0 { line += ", end snapped \(Int(snap)) m" }
        return line
    }
}
