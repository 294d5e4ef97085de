import Foundation
import Testing
@testable import Geo

struct GazetteerLookupTests {
    let gazetteer = GazetteerFixture.shared

    @Test("a bare Tartus lists the city, the naval base and the port together")
    func tartusRanksBaseWithCity() {
        let ids = gazetteer.lookup("Tartus", limit: 3).map(\.place.id)
        #expect(Set(ids) == ["city:tartus-sy", "navalbase:tartus", "port:tartus"])
    }

    @Test("a kinds filter picks the naval base and a country filter picks the city")
    func filters() throws {
        #expect(gazetteer.lookup("Tartus", kinds: [.navalBase]).map(\.place.id) == ["navalbase:tartus"])
        #expect(try #require(gazetteer.resolve("Brest", country: "FR")).place.id == "city:brest-fr")
        #expect(try #require(gazetteer.resolve("Brest", country: "by")).place.country == "BY")
        #expect(gazetteer.lookup("Latakia", kinds: [.city, .region]).map(\.place.id).prefix(2) == ["city:latakia-sy", "region:latakia"])
    }

    @Test("a match says which alias or code matched and scores exact above variant above typo")
    func matchedAndScore() throws {
        let alias = try #require(gazetteer.resolve("Khmeimim"))
        #expect(alias.matched == "Khmeimim")
        #expect(alias.score > 0.9 && alias.score < 1)
        let code = try #require(gazetteer.resolve("OSLK"))
        #expect(code.matched == "OSLK" && code.score == 1)
        #expect(gazetteer.resolve("oslk") == nil, "codes are read as codes only in capitals")
        let variant = try #require(gazetteer.resolve("Chkalovskii"))
        #expect(variant.place.id == "airbase:chkalovsky")
        #expect(variant.score <= alias.score && variant.score >= 0.85)
        let typo = try #require(gazetteer.resolve("Tartoud"))
        #expect(typo.score < variant.score && typo.score >= 0.7)
        #expect(gazetteer.resolve("Tartoud", context: .none).verdict == .doubtful)
    }

    @Test("case, diacritics and punctuation do not matter")
    func foldingIsInsensitive() {
        #expect(NameKey.fold("Bamako–Sénou") == "bamako senou")
        #expect(NameKey.fold("  ST. PETERSBURG ") == "st petersburg")
        #expect(NameKey.fold("Øresund") == "oresund")
        #expect(NameKey.fold("Ţarţūs") == "tartus")
        #expect(NameKey.fold("Qal'at al-Hisn") == "qalat al hisn")
        #expect(NameKey.fold("Großer Belt") == "grosser belt")
    }

    @Test("transliteration variants share one skeleton", arguments: [
        ["Hmeimim", "Khmeimim", "Hmeymim", "Khmeymim", "Hmejmim"],
        ["Baltiysk", "Baltiisk", "Baltiysk"],
        ["Tartus", "Tartous"],
        ["Novorossiysk", "Novorossiisk", "Novorossisk"],
        ["Bab el-Mandeb", "Bab al Mandeb", "Bab-el Mandeb"],
        ["St Petersburg", "Saint-Petersburg", "Sankt Petersburg"],
        ["Straits of Hormuz", "Strait of Hormuz"],
        ["Qamishli", "Kamishly"],
    ])
    func skeletons(_ spellings: [String]) {
        let keys = Set(spellings.map { NameKey.skeleton(folded: NameKey.fold($0)) })
        #expect(keys.count == 1, "\(keys)")
    }

    @Test("a query that matches nothing resolves to nil and suggests the nearest names")
    func noMatchSuggests() {
        #expect(gazetteer.resolve("Xqzvwplk Ndrtgh") == nil)
        #expect(gazetteer.resolve("Severomorskaya Guba") == nil)
        let suggestions = gazetteer.suggestions(for: "Severomorskaya Guba")
        #expect(suggestions.contains { $0.hasPrefix("Severomorsk") }, "\(suggestions)")
        #expect(gazetteer.suggestions(for: "Hmeimimski", limit: 3).contains("Hmeimim Air Base"))
        #expect(gazetteer.lookup("").isEmpty && gazetteer.suggestions(for: "--").isEmpty)
    }

    @Test("a descriptor the place lacks only hints at the kind")
    func descriptorHint() throws {
        #expect(try #require(gazetteer.resolve("Kiel naval base")).place.id == "navalbase:kiel")
        #expect(try #require(gazetteer.resolve("Engels air base")).place.id == "airbase:engels")
        #expect(try #require(gazetteer.resolve("port of Aden")).place.id == "port:aden")
    }

    @Test("lookup respects the limit and ranks best first")
    func limitAndOrder() {
        let matches = gazetteer.lookup("Portsmouth", limit: 4)
        #expect(matches.count == 4)
        #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(gazetteer.lookup("Portsmouth", limit: 0).isEmpty)
    }

    @Test("a gazetteer built from custom places finds them by alias, code and typo")
    func customPlaces() throws {
        let custom = Gazetteer(places: [
            Place(id: "test:alpha", name: "Alpha Field", shortName: "Alpha", kind: .airBase,
                  coordinate: Coordinate(latitude: 10, longitude: 20), country: "ZZ", aliases: ["Al-Fa"], codes: ["ZZAA"]),
            Place(id: "test:bravo", name: "Bravo Harbour", kind: .port, coordinate: Coordinate(latitude: -5, longitude: 170),
                  prominence: 70),
        ])
        #expect(custom.count == 2)
        #expect(custom.place(id: "test:bravo")?.name == "Bravo Harbour")
        #expect(custom.resolve("ZZAA")?.place.id == "test:alpha")
        #expect(custom.resolve("al fa")?.matched == "Al-Fa")
        #expect(custom.resolve("Bravo Harbor")?.place.id == "test:bravo")
        #expect(custom.resolve("Charlie") == nil)
    }

    @Test("loading from a folder without a gazetteer names the missing file")
    func missingFile() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-gazetteer-\(getpid())")
        #expect {
            _ = try Gazetteer.load(from: folder)
        } throws: { error in
            "\(error)".contains("gazetteer/places.bin")
        }
    }

    @Test("a file that is not a gazetteer, or is cut short, is reported with its path")
    func malformedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bad-gazetteer-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("gazetteer"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(Gazetteer.fileName)
        try Data("id\tkind\tname\n".utf8).write(to: url)
        #expect {
            _ = try Gazetteer.load(from: folder)
        } throws: { error in
            "\(error)".contains("places.bin") && "\(error)".contains("not a movemap gazetteer file")
        }
        let real = try Data(contentsOf: GazetteerFixture.resources.appendingPathComponent(Gazetteer.fileName))
        try real.prefix(real.count / 2).write(to: url)
        #expect {
            _ = try Gazetteer.load(from: folder)
        } throws: { error in
            "\(error)".contains("places.bin") && "\(error)".contains("outside the file")
        }
    }
}
