import Geo
@testable import Routes
import Testing

@Suite("Flight router: country shapes")
struct CountryShapesLoadTests {
    @Test("the country polygons load: every UN member, Syria at Damascus")
    func countriesLoad() throws {
        let shapes = try CountryShapes.load(from: AirFixtures.countriesFolder)
        #expect(shapes.all.count > 200)
        #expect(shapes.country(code: "SY")?.contains(Coordinate(latitude: 33.51, longitude: 36.29)) == true)
    }
}
