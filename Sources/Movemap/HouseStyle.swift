import Foundation
import Render
import Routes
import Scenario
import Yams

/// A house style: a YAML file (docs/style.md) that overrides a theme's colours, pens,
/// route lines, marker symbols and fonts key by key. What the file leaves out keeps the
/// theme's value, so one style serves `--theme light`, `dark` and `print` alike.
public enum HouseStyle {
    /// The largest style file accepted, in bytes (1 MiB).
    public static let maximumBytes = 1 << 20

    /// `base` with the style file at `path` applied. Throws `ScenarioError`: the file
    /// cannot be read, or `ScenarioError.invalid` with every problem at its
    /// `file:line:col`.
    public static func theme(path: String, base: Theme) throws -> Theme {
        let text = try InputText.decoded(
            FileManager.default.contents(atPath: path), path: path, name: path, limit: maximumBytes,
            cannotRead: "cannot read the style file — check the path (a scenario's 'style:' is relative to the scenario file)",
            tooLarge: { _ in "the style file is larger than \(maximumBytes >> 20) MiB" }, notUTF8: "the style file is not UTF-8 text")
        return try theme(text: text, file: path, base: base)
    }

    /// `base` with the style `text` applied; problems name `file`. Throws
    /// `ScenarioError.invalid` listing every problem (unknown keys with the closest
    /// known one, bad colours, negative widths…) before failing.
    public static func theme(text: String, file: String, base: Theme) throws -> Theme {
        var reader = HouseStyleReader(file: file, theme: base)
        try reader.read(text)
        return reader.theme
    }

    /// The keys a style file may have at its top level, in the order docs/style.md lists them.
    public static var keys: [String] { HouseStyleReader.topKeys }
}
