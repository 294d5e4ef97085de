// swift-tools-version: 6.0
import PackageDescription
import Foundation

// `make release` links the shipped binary with the Swift runtime and Foundation built in
// (MOVEMAP_STATIC_STDLIB=1): a process then starts without loading and binding a dozen Swift
// libraries, about 13 ms less for every command. Only the link changes, so the test build in
// the same folder (whose test bundle must link XCTest dynamically) shares every object file.
// The static archives depend on each other in a cycle, hence the group. GNU ld packs the
// binary's 82,000 relative relocations into 16 KB (`-z pack-relative-relocs`, glibc 2.36+)
// instead of a 2 MB table every process reads at start.
let staticArchives = ["Foundation", "FoundationInternationalization", "FoundationEssentials", "CoreFoundation",
                      "_FoundationICU", "_FoundationCShims", "_FoundationCollections", "swiftSynchronization",
                      "swiftCore", "dispatch", "BlocksRuntime", "swiftDispatch"]
var staticFlags = ["-static-stdlib", "-use-ld=bfd", "-Xlinker", "--start-group"]
for archive in staticArchives { staticFlags += ["-Xlinker", "-l" + archive] }
staticFlags += ["-Xlinker", "--end-group", "-Xlinker", "-lstdc++", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"]
let staticRuntime: [LinkerSetting] = ProcessInfo.processInfo.environment["MOVEMAP_STATIC_STDLIB"] == "1"
    ? [.unsafeFlags(staticFlags)] : []

let package = Package(
    name: "movemap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "movemap", targets: ["MovemapCLI"]),
        .library(name: "Movemap", targets: ["Movemap"]),
        .library(name: "Geo", targets: ["Geo"]),
        .library(name: "Routes", targets: ["Routes"]),
        .library(name: "MapVocabulary", targets: ["MapVocabulary"]),
        .library(name: "Render", targets: ["Render"]),
        .library(name: "Scenario", targets: ["Scenario"]),
        .library(name: "Draft", targets: ["Draft"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // `swift package generate-documentation --target Movemap` (make api-docs).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CProj", pkgConfig: "proj", providers: [.apt(["libproj-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // Debian's libgeotiff ships no .pc file: libtiff's gives the flags, the module map links geotiff.
        .systemLibrary(name: "CGeoTIFF", pkgConfig: "libtiff-4", providers: [.apt(["libgeotiff-dev", "libtiff-dev"])]),
        .target(name: "Geo", dependencies: ["CProj", "CZlib"]),
        .target(name: "Routes", dependencies: ["Geo"]),
        // One definition per map setting, read by the command line and the scenario alike.
        .target(name: "MapVocabulary", dependencies: ["Geo"]),
        .target(name: "Render", dependencies: ["Geo", "MapVocabulary", "CCairo", "CPangoCairo", "CZlib", "CDeflate", "CGeoTIFF"]),
        .target(name: "Scenario", dependencies: ["Geo", "Routes", "MapVocabulary", "Yams"]),
        .target(name: "Draft", dependencies: ["Geo"]),
        .target(name: "Movemap", dependencies: ["Geo", "Routes", "MapVocabulary", "Render", "Scenario", "Draft", "Yams"]),
        .executableTarget(name: "MovemapCLI", dependencies: [
            "Movemap", "MapVocabulary", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Sources/movemap", linkerSettings: staticRuntime),
        // The router, basemap, gazetteer and flight router timed in-process, for bench/run.
        .executableTarget(name: "movemap-bench", dependencies: ["Movemap", "Routes", "Geo", "Scenario"],
                          path: "bench/InProcess"),
        .testTarget(name: "GeoTests", dependencies: ["Geo"], exclude: ["Fixtures"]),
        .testTarget(name: "RoutesTests", dependencies: ["Routes", "Geo"]),
        // The golden PNGs are read from the source tree by path, not bundled.
        .testTarget(name: "RenderTests", dependencies: ["Render", "MapVocabulary", "Geo"], exclude: ["Golden"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "MapVocabulary", "Routes", "Geo"]),
        .testTarget(name: "DraftTests", dependencies: ["Draft", "Movemap", "Scenario", "Geo"]),
        .testTarget(name: "MovemapTests", dependencies: ["Movemap", "MapVocabulary", "Scenario", "Render", "Routes", "Geo"]),
        // Parses the command types of the executable directly (`@testable import MovemapCLI`).
        .testTarget(name: "MovemapCLITests", dependencies: [
            "MovemapCLI", "Movemap", "MapVocabulary", "Scenario", "Geo", "Routes", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], exclude: ["Help"]),
    ],
    swiftLanguageModes: [.v6]
)
