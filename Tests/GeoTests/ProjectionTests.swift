import Foundation
import Testing
@testable import Geo

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

    @Test("a PROJ string on WGS84 built without PROJ's database projects, inverts and describes itself to the last bit as the searched one does", arguments: [
        "+proj=lcc +lat_1=18.41 +lat_2=65.39 +lat_0=41.9 +lon_0=20.67 +datum=WGS84",
        "+proj=laea +lat_0=35.2 +lon_0=35.9 +datum=WGS84", "+proj=merc +datum=WGS84 +no_defs",
        "+proj=stere +lat_0=90 +lat_ts=70 +lon_0=-45 +ellps=WGS84", "+proj=utm +zone=37 +datum=WGS84 +units=m",
        "+proj=ortho +lat_0=40 +lon_0=30 +datum=WGS84 +type=crs", "+proj=aeqd +lat_0=-33.9 +lon_0=18.4 +x_0=500 +datum=WGS84",
    ])
    func directPipelineMatchesSearch(definition: String) throws {
        #expect(Projection.directPipeline(definition) != nil)
        let direct = try Projection(definition), searched = try Projection(definition, direct: false)
        for latitude in stride(from: -60.0, through: 80, by: 7.3) {
            for longitude in stride(from: -170.0, through: 175, by: 11.9) {
                let coordinate = Coordinate(latitude: latitude, longitude: longitude)
                let a = direct.forward(coordinate), b = searched.forward(coordinate)
                #expect(a?.x.bitPattern == b?.x.bitPattern && a?.y.bitPattern == b?.y.bitPattern, "\(coordinate)")
                if let a {
                    let back = direct.inverse(a), again = searched.inverse(a)
                    #expect(back?.latitude.bitPattern == again?.latitude.bitPattern && back?.longitude.bitPattern == again?.longitude.bitPattern)
                }
            }
        }
        var longitudes = [20.0, 35.5, -4.25], latitudes = [41.0, 34.9, 36.1]
        var searchedLongitudes = longitudes, searchedLatitudes = latitudes
        direct.forward(longitudes: &longitudes, latitudes: &latitudes)
        searched.forward(longitudes: &searchedLongitudes, latitudes: &searchedLatitudes)
        #expect(longitudes.map(\.bitPattern) == searchedLongitudes.map(\.bitPattern))
        #expect(latitudes.map(\.bitPattern) == searchedLatitudes.map(\.bitPattern))
        #expect(direct.wkt != nil && direct.wkt == searched.wkt)
        #expect(direct.projString != nil && direct.projString == searched.projString)
    }

    @Test("definitions off WGS84, with grids, EPSG codes or unknown parameters go through PROJ's search", arguments: [
        "EPSG:3857", "+proj=lcc +lat_1=30 +lat_2=60", "+proj=lcc +lat_1=30 +lat_2=60 +datum=NAD27", "+proj=merc +ellps=GRS80",
        "+proj=lcc +lat_1=30 +lat_2=60 +towgs84=0,0,0 +datum=WGS84", "+proj=longlat +datum=WGS84", "+proj=merc +datum=WGS84 +units=km",
        "+proj=merc +datum=WGS84 +axis=neu", "+proj=geocent +datum=WGS84", "+proj=merc +lon_0=abc +datum=WGS84",
    ])
    func othersAreSearched(definition: String) {
        #expect(Projection.directPipeline(definition) == nil)
    }
}
