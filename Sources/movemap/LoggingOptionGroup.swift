import ArgumentParser

/// Logging options shared by every command.
struct LoggingOptionGroup: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Say more: what was matched and how long steps took.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Say nothing but errors.")
    var quiet = false

    func note(_ message: String) {
        if !quiet { printError(message) }
    }

    func detail(_ message: String) {
        if verbose && !quiet { printError(message) }
    }
}
