/// The tool's version: `movemap --version`, and part of every batch manifest and route cache key.
enum MovemapVersion {
    static let current = "0.1.0"
}
