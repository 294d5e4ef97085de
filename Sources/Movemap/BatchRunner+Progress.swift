import Foundation
import Geo

extension BatchRunner.Outcome {
    /// The outcome's name with control characters escaped for a terminal.
    public var displayName: String { TerminalText.escaped(name) }

    /// A failed item as `NAME: failed` and the error on the next line; `nil` otherwise.
    public var failureText: String? {
        guard case let .failed(message) = state else { return nil }
        return "\(displayName): failed\n\(message)"
    }

    /// A progress line for a drawn item, the `done`-th of `total`:
    /// `[3/10] syria: rendered in 1.2 s`.
    public func progressLine(done: Int, total: Int) -> String {
        "[\(done)/\(total)] \(displayName): rendered in \(String(format: "%.1f", seconds)) s"
    }

    /// A progress bar `width` characters wide after the `done`-th of `total` items, with the
    /// count and this item's name: `[#########                     ] 3/10 syria`.
    public func progressBar(done: Int, total: Int, width: Int = 30) -> String {
        let filled = total == 0 ? width : width * done / total
        return "[\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total) \(displayName)"
    }

    /// The run in one line: `batch: 2 rendered, 5 unchanged, 1 failed in 3.4 s`, the time in
    /// seconds.
    public static func summary(_ outcomes: [Self], seconds: Double) -> String {
        let rendered = outcomes.filter { $0.state == .rendered }.count
        let unchanged = outcomes.filter { $0.state == .unchanged }.count
        let failed = outcomes.count - rendered - unchanged
        return "batch: \(rendered) rendered, \(unchanged) unchanged, \(failed) failed in \(String(format: "%.1f", seconds)) s"
    }
}
