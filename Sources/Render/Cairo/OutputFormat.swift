/// The file formats the renderer writes.
public enum OutputFormat: String, Sendable, Codable, CaseIterable {
    case png, svg, pdf

    /// The format a file name's extension names, or `nil`.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }
}
