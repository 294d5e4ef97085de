import ArgumentParser

/// `movemap`: maps of military and logistics movements from reports.
struct MovemapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "movemap",
        abstract: "Briefing maps of transport flights, sea passages and convoys from reports.",
        discussion: """
        Write sightings in a scenario file (see docs/scenario.md), then:

          movemap render seeds/syria-drawdown-2024.yaml -o syria.png
          movemap place Khmeimim
          movemap route sea Baltiysk "English Channel" Tartus --json
          movemap batch scenarios/ -o maps/ --format png,svg     # only what changed
          movemap export scenario.yaml --format kml -o scenario.kml
          movemap validate sightings.csv                         # CSV and GeoJSON too
          movemap draft report.txt --date 2024-12-14 -o draft.yaml  # a scenario from a report

        Shell completion: movemap --generate-completion-script bash|zsh|fish (or the \
        scripts in completions/).

        Exit codes: 0 success, 1 the work failed (e.g. no route exists, some batch items \
        failed), 2 bad input or usage (the message names file, line and column).
        """,
        version: MovemapVersion.current,
        subcommands: [RenderCommand.self, BatchCommand.self, RouteCommand.self, PlaceCommand.self, ValidateCommand.self,
                      ExportCommand.self, DraftCommand.self])
}
