import Foundation

/// A comma-separated option value such as `--avoid bosporus,suez`.
enum CommaList {
    /// The names in `text`, trimmed and lower-cased, empty ones dropped.
    static func names(_ text: String?) -> Set<String> {
        Set((text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
    }
}
