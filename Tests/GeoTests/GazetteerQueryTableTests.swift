import Testing
@testable import Geo

/// Queries as analysts write them — variants, codes, typos, other theatres — with the place
/// each must resolve to (first result), optionally restricted to some kinds.
struct GazetteerQueryTableTests {
    struct Case: CustomStringConvertible, Sendable {
        let query: String
        let expected: String
        let kinds: Set<PlaceKind>?
        init(_ query: String, _ expected: String, kinds: Set<PlaceKind>? = nil) {
            self.query = query
            self.expected = expected
            self.kinds = kinds
        }
        var description: String { "\(query) → \(expected)" }
    }

    static let cases: [Case] = [
        // The Syria drawdown: Hmeimim and its spellings and codes.
        Case("Hmeimim", "airbase:hmeimim"), Case("Khmeimim", "airbase:hmeimim"), Case("Hmeymim", "airbase:hmeimim"),
        Case("KHMEIMIM", "airbase:hmeimim"), Case("Khmeymim", "airbase:hmeimim"), Case("OSLK", "airbase:hmeimim"),
Case("LTK", "airbase:hmeimim"), Case("Hmeimim air base", "airbase:hmeimim"),
        Case("Khmeimim airbase", "airbase:hmeimim"), Case("Hmeimin", "airbase:hmeimim"),
        // Latakia and Tartus: city, province, naval base, port.
        Case("Latakia", "city:latakia-sy"), Case("Lattakia", "city:latakia-sy"), Case("Latakia province", "region:latakia"),
        Case("Latakia", "region:latakia", kinds: [.region]), Case("port of Latakia", "port:latakia"),
        Case("Tartus", "city:tartus-sy"), Case("Tartous", "city:tartus-sy"), Case("Tartoud", "city:tartus-sy"),
        Case("Tartus", "navalbase:tartus", kinds: [.navalBase]), Case("Tartus naval base", "navalbase:tartus"),
        Case("Tartous naval base", "navalbase:tartus"), Case("Tartus port", "port:tartus"),
        Case("Qamishli", "city:qamishli"), Case("Kamishli", "city:qamishli"), Case("Al-Qamishli", "city:qamishli"),
        // Libya and Mali.
        Case("Al Khadim", "airbase:al-khadim"), Case("al-Khadim", "airbase:al-khadim"),
        Case("Al Khadim Air Base", "airbase:al-khadim"), Case("el-Khadim", "airbase:al-khadim"),
        Case("Al Jufra", "airbase:al-jufra"), Case("Benina", "airbase:benina"), Case("HLLB", "airbase:benina"),
        Case("Tobruk", "city:tobruk-ly"), Case("Bamako", "city:bamako-ml"), Case("Bamako-Senou", "airbase:bamako-senou"),
        Case("Bamako–Sénou", "airbase:bamako-senou"), Case("Base Aérienne 101", "airbase:bamako-senou"),
        Case("Senou", "airbase:bamako-senou"), Case("BKO", "airbase:bamako-senou"),
        // Russia: Baltic, north, Black Sea, Far East.
        Case("Baltiysk", "city:baltiysk-ru"), Case("Baltiisk", "navalbase:baltiysk", kinds: [.navalBase]),
        Case("St Petersburg", "city:saint-petersburg-ru"), Case("St. Petersburg", "city:saint-petersburg-ru"),
        Case("Saint Petersburg", "city:saint-petersburg-ru"), Case("Sankt-Peterburg", "city:saint-petersburg-ru"),
        Case("Chkalovsky", "airbase:chkalovsky"), Case("Chkalovskiy", "airbase:chkalovsky"), Case("UUMU", "airbase:chkalovsky"),
        Case("Severomorsk", "navalbase:severomorsk", kinds: [.navalBase]), Case("Severomorks", "city:severomorsk-ru"),
        Case("Kronshtadt", "city:kronstadt-ru"), Case("Murmnask", "city:murmansk-ru"),
        Case("Sevastopol", "city:sevastopol-ua"), Case("Sebastopol", "navalbase:sevastopol", kinds: [.navalBase]),
        Case("Sevastapol", "city:sevastopol-ua"), Case("Novorossiysk", "city:novorossiysk-ru"),
        Case("Novorossisk", "city:novorossiysk-ru"), Case("Engels", "airbase:engels", kinds: [.airBase]),
        Case("Mozdok air base", "airbase:mozdok"), Case("Petropavlovsk-Kamchatskiy", "city:petropavlovsk-kamchatsky-ru"),
        // NATO, Middle East, Africa.
        Case("Souda", "navalbase:souda"), Case("Souda Bay", "navalbase:souda"), Case("Sigonella", "airbase:sigonella"),
        Case("Incirlick", "airbase:incirlik"), Case("Ramstein", "airbase:ramstein"), Case("Rota naval base", "navalbase:rota"),
        Case("Kiel naval base", "navalbase:kiel"), Case("Faslane", "navalbase:faslane"), Case("Al Udeid", "airbase:al-udeid"),
        Case("Diego Garcia", "airbase:diego-garcia"), Case("Camp Lemonnier", "airbase:camp-lemonnier"),
        Case("Djibouti", "country:DJ"), Case("Port Sudan", "city:port-sudan-sd"), Case("Rotterdam", "port:rotterdam", kinds: [.port]),
        // Seas, straits, canals.
        Case("Norwegian Sea", "sea:norwegian-sea"), Case("English Channel", "strait:english-channel"),
        Case("the Channel", "strait:english-channel"), Case("La Manche", "strait:english-channel"),
        Case("Bab al-Mandab", "strait:bab-el-mandeb"), Case("Bab el Mandeb", "strait:bab-el-mandeb"),
        Case("Straits of Hormuz", "strait:hormuz"), Case("Malacca Strait", "strait:malacca"),
        Case("Dardanelles", "strait:dardanelles"), Case("Dardanells", "strait:dardanelles"), Case("Bosphorus", "strait:bosporus"),
        Case("Øresund", "strait:oresund"), Case("Oresund", "strait:oresund"), Case("the Sound", "strait:oresund"),
        Case("Kiel Canal", "canal:kiel"), Case("Nord-Ostsee-Kanal", "canal:kiel"), Case("Suez Canal", "canal:suez"),
        Case("Panama Canal", "canal:panama"), Case("Strait of Gibraltar", "strait:gibraltar"),
        Case("Gibralter", "strait:gibraltar", kinds: [.strait]), Case("Great Belt", "strait:great-belt"),
        Case("Storebaelt", "strait:great-belt"), Case("Fehmarnbelt", "strait:fehmarn-belt"), Case("Kerch Strait", "strait:kerch"),
        Case("Sea of Azov", "sea:sea-of-azov"), Case("Azov Sea", "sea:sea-of-azov"), Case("Barents Sea", "sea:barents-sea"),
        Case("Arabian Gulf", "sea:persian-gulf"), Case("Gulf of Finland", "sea:gulf-of-finland"), Case("Biscay", "sea:bay-of-biscay"),
        Case("Taiwan Strait", "strait:taiwan"), Case("Tsushima Strait", "strait:tsushima"), Case("Luzon Strait", "strait:luzon"),
        // Countries by name and ISO code; airports by ICAO and IATA.
        Case("Libya", "country:LY"), Case("Mali", "country:ML"), Case("Syria", "country:SY"), Case("Russia", "country:RU"),
        Case("Russian Federation", "country:RU"), Case("DEU", "country:DE"), Case("UK", "country:GB"),
        Case("EGLL", "icao:EGLL"), Case("LHR", "icao:EGLL"), Case("JFK", "icao:KJFK"),
        Case("Khabarovsk", "city:khabarovsk-ru"), Case("Vladivostok", "city:vladivostok-ru"),
    ]

    @Test("every analyst query in the table resolves to its place", arguments: cases)
    func resolves(_ testCase: Case) throws {
        let gazetteer = GazetteerFixture.shared
        let match = try #require(gazetteer.resolve(testCase.query, kinds: testCase.kinds),
                                 "no match; suggestions: \(gazetteer.suggestions(for: testCase.query))")
        #expect(match.place.id == testCase.expected,
                "got \(match.place.id) via '\(match.matched)' (\(match.score)); top: \(gazetteer.lookup(testCase.query, kinds: testCase.kinds).map { "\($0.place.id) \($0.score)" })")
    }

    @Test("the table holds at least 60 queries")
    func tableIsLarge() {
        #expect(Self.cases.count >= 60)
    }
}
