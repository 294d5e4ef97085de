import CPangoCairo
import Foundation

/// The font families fontconfig has installed, as Pango lists them: read once per process
/// from a private Pango font map, so picking a family from a fallback list gives the same
/// family on every run on one machine.
enum InstalledFonts {
    /// Every installed family name, lowercased (fontconfig matches names without case).
    static let families: Set<String> = {
        guard let map = pango_cairo_font_map_new() else { return [] }
        defer { g_object_unref(UnsafeMutableRawPointer(map)) }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(map, &list, &count)
        guard let list else { return [] }
        defer { g_free(list) }
        var names = Set<String>()
        for index in 0..<Int(count) {
            if let family = list[index], let name = pango_font_family_get_name(family) {
                names.insert(String(cString: name).lowercased())
            }
        }
        return names
    }()

    /// Starts reading the installed families on another thread: fontconfig's start-up (its
    /// configuration files and caches, 10–20 ms) then runs beside a command's own start —
    /// reading the scenario, resolving its names — instead of on the core that draws.
    static func prepare() {
        Thread.detachNewThread { _ = families }
    }

    /// The first of `families` that is installed, as written in the list; `nil` when none is.
    static func firstInstalled(of families: [String]) -> String? {
        families.first { Self.families.contains($0.lowercased()) }
    }
}
