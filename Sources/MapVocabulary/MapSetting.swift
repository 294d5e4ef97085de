import Foundation
import Geo

/// One map setting, defined once: its scenario key (`country_names`), its command-line
/// flag (`--country-names`, with `--no-country-names` for a yes/no setting), its default,
/// its limits and its help. The command line's map options and the scenario's `map:` keys
/// both parse through ``assign(_:to:)``, so a value means the same thing, and fails with
/// the same message, in either place.
public struct MapSetting: Sendable {
    /// The scenario key, e.g. `country_names`.
    public let key: String
    /// The placeholder for the value in help, e.g. `WxH`.
    public let valueName: String
    /// The value when neither the command line nor the scenario says one.
    public let defaultText: String
    /// One sentence for `--help` and the docs.
    public let help: String
    /// Two different valid values, the first not the default, for the docs and the
    /// precedence tests.
    public let examples: [String]
    /// A yes/no setting: a bare flag and its `--no-` form on the command line.
    public let isBoolean: Bool

    let store: @Sendable (String, inout MapSettings) throws -> Void
    let read: @Sendable (MapSettings) -> String?
    let copy: @Sendable (MapSettings, inout MapSettings) -> Void

    /// The command-line flag without dashes, e.g. `country-names`.
    public var flag: String { key.replacingOccurrences(of: "_", with: "-") }

    /// Parses `text` into `settings`. Throws ``MapSettingError`` saying what is wrong and
    /// how to write it.
    public func assign(_ text: String, to settings: inout MapSettings) throws(MapSettingError) {
        do { try store(text, &settings) } catch let error as MapSettingError { throw error } catch {
            throw MapSettingError(message: "'\(text)' is not valid", fix: help)
        }
    }

    /// The setting's value in `settings` as text (the form it is written in), or `nil` when
    /// `settings` leaves it unsaid.
    public func text(_ settings: MapSettings) -> String? { read(settings) }

    init<Value: Sendable>(_ key: String, _ path: WritableKeyPath<MapSettings, Value?> & Sendable, valueName: String,
                          default defaultText: String, examples: [String], help: String, isBoolean: Bool = false,
                          parse: @escaping @Sendable (String) throws -> Value, format: @escaping @Sendable (Value) -> String) {
        self.key = key
        self.valueName = valueName
        self.defaultText = defaultText
        self.help = help
        self.examples = examples
        self.isBoolean = isBoolean
        store = { text, settings in settings[keyPath: path] = try parse(text) }
        read = { settings in settings[keyPath: path].map(format) }
        copy = { base, settings in settings[keyPath: path] = base[keyPath: path] }
    }
}
