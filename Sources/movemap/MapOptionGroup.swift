import ArgumentParser
import MapVocabulary
import Movemap
import Scenario

/// Map options shared by `render` and `batch`. Each is a ``MapSetting`` — the same name,
/// limits, default and help as the scenario's `map:` key it overrides — and parses through
/// it; `--no-X` turns a yes/no setting off whatever the scenario says.
struct MapOptionGroup: ParsableArguments {
    @Option(name: .customLong(MapSetting.size.flag), help: help(.size)) var size: String?
    @Option(name: .customLong(MapSetting.scale.flag), help: help(.scale)) var scale: String?
    @Option(name: .customLong(MapSetting.paper.flag), help: help(.paper)) var paper: String?
    @Option(name: .customLong(MapSetting.region.flag), parsing: .unconditional, help: help(.region)) var region: String?
    @Option(name: .customLong(MapSetting.projection.flag), help: help(.projection)) var projection: String?
    @Option(name: .customLong(MapSetting.theme.flag), help: help(.theme)) var theme: String?
    @Option(name: .customLong(MapSetting.resolution.flag), help: help(.resolution)) var resolution: String?
    @Flag(name: .customLong(MapSetting.transparent.flag), inversion: .prefixedNo, help: help(.transparent)) var transparent: Bool?
    @Flag(name: .customLong(MapSetting.graticule.flag), inversion: .prefixedNo, help: help(.graticule)) var graticule: Bool?
    @Flag(name: .customLong(MapSetting.countryNames.flag), inversion: .prefixedNo, help: help(.countryNames)) var countryNames: Bool?
    @Flag(name: .customLong(MapSetting.inset.flag), inversion: .prefixedNo, help: help(.inset)) var inset: Bool?
    @Option(name: .customLong(MapSetting.detail.flag), help: help(.detail)) var detail: String?
    @Flag(name: .customLong(MapSetting.northArrow.flag), inversion: .prefixedNo, help: help(.northArrow)) var northArrow: Bool?
    @Option(name: .customLong(MapSetting.banner.flag), help: help(.banner)) var banner: String?
    @Option(name: .customLong(MapSetting.svgText.flag), help: help(.svgText)) var svgText: String?
    @Option(name: .customLong(MapSetting.style.flag), help: help(.style), completion: .file(extensions: ["yaml", "yml"])) var style: String?

    @Option(help: ArgumentHelp("Show where each asset is estimated to be at this time (\(ValueParsers.timeForms)).", valueName: "DATE"))
    var at: String?

    /// A setting's help with its default, e.g. "Colours: light, dark or print. (default: light)".
    static func help(_ setting: MapSetting) -> ArgumentHelp {
        ArgumentHelp(setting.help + (setting.isBoolean ? "" : " (default: \(setting.defaultText))"),
                     valueName: setting.isBoolean ? nil : setting.valueName)
    }

    /// The value each setting's flag was given, as text, in ``MapSetting/all``'s order.
    var given: [(setting: MapSetting, text: String?)] {
        let yesNo = { (value: Bool?) in value.map { $0 ? "true" : "false" } }
        return [(.size, size), (.scale, scale), (.paper, paper), (.region, region), (.projection, projection), (.theme, theme),
                (.resolution, resolution), (.transparent, yesNo(transparent)), (.graticule, yesNo(graticule)),
                (.countryNames, yesNo(countryNames)), (.inset, yesNo(inset)), (.detail, detail), (.northArrow, yesNo(northArrow)),
                (.banner, banner), (.svgText, svgText), (.style, style)]
    }

    /// The overrides these flags make, or a usage error quoting the accepted form.
    func overrides() throws -> MapJob.Overrides {
        try MapJob.Overrides(flags: given, at: at)
    }
}
