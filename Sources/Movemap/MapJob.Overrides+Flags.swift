import Foundation
import MapVocabulary
import Scenario

extension MapJob.Overrides {
    /// The overrides map flags make: each setting's value as written (`nil` when not given,
    /// `true`/`false` for a yes/no setting) parsed by its ``MapSetting``, and the time to show
    /// estimated positions at.
    ///
    /// - Throws: ``MovemapError/usage(_:)`` quoting the accepted form: `--size 10x: … — …`,
    ///   or `--at '…' is not a time — write …`.
    public init(flags given: [(setting: MapSetting, text: String?)], at: String?) throws {
        self.init()
        for (setting, text) in given {
            guard let text else { continue }
            do { try setting.assign(text, to: &map) } catch {
                throw MovemapError.usage("--\(setting.flag) \(error.message) — \(error.fix)")
            }
        }
        if let at {
            guard let date = ValueParsers.time(at) else {
                throw MovemapError.usage("--at '\(at)' is not a time — write \(ValueParsers.timeForms)")
            }
            self.at = date
        }
    }
}
