/// The built-in colour schemes: `light` for screens, `dark` for dark slides, `print` for
/// paper (readable in greyscale).
public enum ThemeName: String, Sendable, Codable, CaseIterable {
    case light, dark, print
}
