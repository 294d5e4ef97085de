import Foundation
import Testing
import Geo

@Suite("Projection kinds")
struct ProjectionTests {
    @Test("map projections and longitude/latitude planes are accepted", arguments: [
        "EPSG:3857", "+proj=laea +lat_0=45 +lon_0=20", "+proj=merc", "EPSG:4326", "+proj=longlat +datum=WGS84",
        "+proj=lcc +lat_1=30 +lat_2=60 +towgs84=0,0,0",
    ])
    func mapProjectionsAreAccepted(definition: String) throws {
        let projection = try Projection(definition)
        #expect(projection.forward(Coordinate(latitude: 35, longitude: 36)) != nil)
    }

    @Test("definitions that read files or cannot draw a map are refused with the reason", arguments: [
        ("+init=epsg:3857", "+init="), ("init=epsg:3857", "+init="), ("+proj=geocent +datum=WGS84", "geocentric"),
        ("EPSG:4978", "geocentric"), ("EPSG:4979", "3D"), ("+proj=merc +nadgrids=/etc/passwd", "names a file"),
        ("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad", "coordinate operation"),
    ])
    func nonMapsAreRefused(definition: String, reason: String) throws {
        let error = try #require(throws: GeoError.self) { try Projection(definition) }
        #expect(error.description.contains(reason), "\(error)")
    }
}
