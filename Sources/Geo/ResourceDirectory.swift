import Foundation

/// Finds movemap's `Resources/` folder: the basemap, gazetteer and navigation data.
///
/// Search order: the `MOVEMAP_RESOURCES` environment variable; a `Resources` folder beside
/// the executable or in any folder above it (a build tree or an install prefix's
/// `share/movemap`); the source checkout this module was compiled from.
public enum ResourceDirectory {
    /// The resolved folder. Throws ``GeoError/resource(path:message:)`` when none is found.
    public static func url() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["MOVEMAP_RESOURCES"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        for candidate in candidates() where isResourceFolder(candidate) {
            return candidate
        }
        throw GeoError.resource(path: "Resources", message: "movemap's data folder was not found — set MOVEMAP_RESOURCES to the repository's Resources/ folder")
    }

    /// A file inside the resource folder, e.g. `basemap/land-i.mmb`.
    public static func file(_ relativePath: String) throws -> URL {
        try url().appendingPathComponent(relativePath)
    }

    private static func candidates() -> [URL] {
        var result: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            result.append(folder.appendingPathComponent("Resources"))
            result.append(folder.appendingPathComponent("share/movemap/Resources"))
            folder = folder.deletingLastPathComponent()
        }
        // Sources/Geo/ResourceDirectory.swift → the checkout's Resources/.
        let source = URL(fileURLWithPath: #filePath)
        result.append(source.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources"))
        return result
    }

    private static func isResourceFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("README.md").path)
            && FileManager.default.fileExists(atPath: url.appendingPathComponent("basemap").path)
    }
}
