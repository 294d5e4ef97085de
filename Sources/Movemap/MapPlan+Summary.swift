import Geo
import Scenario

extension MapPlan {
    /// What `movemap validate` says of a scenario that resolved and linked, read from `path`
    /// (`-` for standard input): `story.yaml: ok — 3 assets, 12 sightings, 9 legs`, the path
    /// escaped for a terminal.
    public func summary(path: String, scenario: Scenario) -> String {
        let name = TerminalText.escaped(path == "-" ? ScenarioReader.standardInputName : path)
        return "\(name): ok — \(scenario.assets.count) assets, \(scenario.sightings.count) sightings, \(legs.count) legs"
    }
}
