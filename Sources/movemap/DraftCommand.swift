import ArgumentParser
import Foundation
import Movemap

struct DraftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a scenario from reports' text: assets, places, movements, times, each with its evidence.",
        discussion: """
        Reads plain-text reports and writes a scenario that validate accepts and render \
        draws. Every sighting and marker quotes the sentence it comes from (evidence, \
        evidence_at) and names its report (source). Places are read as a scenario's are, \
        all together: a place that is not sure is not guessed but left as a comment with \
        its closest candidates. Relative times ("on Monday", "last week") are read from \
        --date, else from a date on the report's first lines.

        Examples:
          movemap draft report.txt --date 2024-12-14 -o draft.yaml
          movemap draft a.txt b.txt -o story.yaml          # assets merged by name
          pbpaste | movemap draft - --source AFP --url https://… --date 2024-12-14
          movemap draft new.txt --into story.yaml          # add only what is new
          movemap draft report.txt -o d.yaml && movemap render d.yaml -o d.png
        """)

    @Argument(help: ArgumentHelp("Report files (plain UTF-8 text), or - for standard input.", valueName: "REPORT"))
    var reports: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the scenario here (default: standard output).", valueName: "SCENARIO.yaml"))
    var output: String?

    @Option(help: ArgumentHelp("The reports' date, for relative times.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "The source the sightings cite (default: the report's file name).")
    var source: String?

    @Option(help: "The report's address, kept in the source.")
    var url: String?

    @Option(help: ArgumentHelp("Add what is new to this scenario, keeping its lines and comments.", valueName: "SCENARIO.yaml"))
    var into: String?

    @OptionGroup var logging: LoggingOptionGroup

    func run() async throws {
        let job = DraftJob(reports: reports, output: output, date: date, source: source, url: url, into: into)
        try job.checkOptions()
        let data = try DataStore()
        let (yaml, notices, readings) = try job.run(gazetteer: data.gazetteer)
        for notice in notices { logging.note("movemap: \(notice)") }
        if logging.verbose { for line in readings { logging.detail("movemap: \(line)") } }
        if output == nil, into == nil { print(yaml, terminator: "") }
    }
}
