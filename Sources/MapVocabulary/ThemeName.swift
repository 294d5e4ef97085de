/// The built-in colour schemes: `light` for screens, `dark` for dark slides, `print` for
/// paper (readable in greyscale).
public enum ThemeName: String, Sendable, Codable, CaseIterable {
    /// Light ground, for screens.
    case light
    /// Dark ground, for dark slides.
    case dark
    /// Colours that stay readable in greyscale, for paper.
    case print
}
