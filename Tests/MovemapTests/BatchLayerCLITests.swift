import Foundation
import Testing

@Suite(.serialized) struct BatchLayerCLITests {
    static func scenario(_ index: Int, place: String) -> String {
        """
        title: Convoy \(index)
        map:
          size: 500x340
          region: 33,31,40,37.5
          country_names: true
        assets:
          - {id: conv, mode: road}
          - {id: lift, mode: air, avoid: [TR, JO]}
        sightings:
          - {asset: conv, place: Damascus, time: 2024-12-01, status: observed}
          - {asset: conv, place: \(place), time: 2024-12-02, status: reported}
          - {asset: lift, place: Hmeimim, time: 2024-12-01, status: observed}
          - {asset: lift, place: Baghdad, time: 2024-12-01T06:00, status: reported}

        """
    }

    @Test("maps of one view in a batch (shared background, country names, lookups and flights) are the bytes `render` makes of each")
    func batchMatchesRender() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let places = ["Homs", "Hama", "Aleppo", "Homs"]
        for (index, place) in places.enumerated() {
            try CLIRunner.write(Self.scenario(index, place: place), to: input.appendingPathComponent("s\(index).yaml"))
        }
        let batch = try CLIRunner.run(["batch", "in", "-o", "out", "--jobs", "2"], in: folder)
        #expect(batch.status == 0, "\(batch.errors)")
        var distinct: Set<Data> = []
        for index in places.indices {
            let alone = try CLIRunner.run(["render", "in/s\(index).yaml", "-o", "alone\(index).png", "-q"], in: folder)
            #expect(alone.status == 0, "\(alone.errors)")
            let batched = try Data(contentsOf: folder.appendingPathComponent("out/s\(index).png"))
            #expect(batched == (try Data(contentsOf: folder.appendingPathComponent("alone\(index).png"))), "s\(index)")
            distinct.insert(batched)
        }
        #expect(distinct.count == places.count)
    }
}
