import ArgumentParser

struct RouteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Find a sea or flight route through ordered places.",
        subcommands: [SeaRouteCommand.self, AirRouteCommand.self])
}
