import Foundation

/// Finds movemap's `Resources/` folder: the basemap, gazetteer and navigation data.
///
/// Search order: the `MOVEMAP_RESOURCES` environment variable, when set; a `Resources`
/// folder beside the running executable (found through `/proc/self/exe`, so a binary run
/// from `PATH` finds its own) or in any folder above it, or `share/movemap/Resources` there
/// (an install prefix: `PREFIX/bin/movemap` finds `PREFIX/share/movemap/Resources`); and in
/// debug builds only, the source checkout this module was compiled from.
public enum ResourceDirectory {
    /// The resolved folder. Throws ``GeoError/resource(path:message:)`` when none is found.
    public static func url() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["MOVEMAP_RESOURCES"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        for candidate in candidates() where isResourceFolder(candidate) {
            return candidate
        }
        throw GeoError.resource(path: "Resources", message: "movemap's data folder was not found beside the program or in "
                                + "PREFIX/share/movemap — install with 'make install', or set MOVEMAP_RESOURCES to a Resources/ folder")
    }

    /// A file inside the resource folder, e.g. `basemap/land-i.mmb`.
    public static func file(_ relativePath: String) throws -> URL {
        try url().appendingPathComponent(relativePath)
    }

    /// The running program's path: `/proc/self/exe`, else the first argument.
    static func executable() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
    }

    private static func candidates() -> [URL] {
        var result: [URL] = []
        var folder = executable().deletingLastPathComponent()
        for _ in 0..<6 {
            result.append(folder.appendingPathComponent("Resources"))
            result.append(folder.appendingPathComponent("share/movemap/Resources"))
            folder = folder.deletingLastPathComponent()
        }
        #if DEBUG
        // Sources/Geo/ResourceDirectory.swift → the checkout's Resources/.
        let source = URL(fileURLWithPath: #filePath)
        result.append(source.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources"))
        #endif
        return result
    }

    private static func isResourceFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("README.md").path)
            && FileManager.default.fileExists(atPath: url.appendingPathComponent("basemap").path)
    }
}
