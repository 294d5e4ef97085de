import CGeoTIFF
import Geo

/// The GeoKeys (OGC GeoTIFF 1.1, section 7) that state a ``CRSDescription``.
///
/// Three forms, best first:
/// - a CRS with an EPSG code: ProjectedCSTypeGeoKey or GeographicTypeGeoKey alone;
/// - a projection method GeoTIFF names (Lambert azimuthal equal-area, Lambert conformal
///   conic, Mercator, transverse Mercator, polar stereographic, orthographic, equidistant
///   cylindrical, azimuthal equidistant, Albers): user-defined projection keys with the
///   method's parameters, on WGS84 (4326) or a user-defined ellipsoid;
/// - any other (Equal Earth, Robinson…): a user-defined model whose PCSCitationGeoKey is
///   `ESRI PE String = ` and the ESRI WKT — the form ArcGIS writes and GDAL reads back.
struct GeoKeys: Equatable {
    enum Value: Equatable {
        case short(UInt16)
        case double(Double)
        case ascii(String)
    }

    struct Entry: Equatable {
        var key: geokey_t
        var value: Value

        static func == (a: Entry, b: Entry) -> Bool { a.key.rawValue == b.key.rawValue && a.value == b.value }
    }

    private(set) var entries: [Entry] = []

    init(_ crs: CRSDescription?) {
        set(GTRasterTypeGeoKey, .short(UInt16(RasterPixelIsArea.rawValue)))
        guard let crs else { return }
        switch crs.kind {
        case .geographic:
            set(GTModelTypeGeoKey, .short(UInt16(ModelTypeGeographic.rawValue)))
            setGeographic(crs, code: crs.epsgCode ?? crs.geographicEPSGCode)
        case .projected:
            if let code = crs.epsgCode, code < Int(KvUserDefined) {
                set(GTModelTypeGeoKey, .short(UInt16(ModelTypeProjected.rawValue)))
                set(ProjectedCSTypeGeoKey, .short(UInt16(code)))
            } else if let method = crs.methodEPSGCode.flatMap({ GeoKeys.methods[$0] }), crs.linearUnitMeters == 1 {
                set(GTModelTypeGeoKey, .short(UInt16(ModelTypeProjected.rawValue)))
                set(ProjectedCSTypeGeoKey, .short(UInt16(KvUserDefined)))
                set(PCSCitationGeoKey, .ascii(crs.methodName))
                setGeographic(crs, code: crs.geographicEPSGCode)
                set(ProjectionGeoKey, .short(UInt16(KvUserDefined)))
                set(ProjCoordTransGeoKey, .short(UInt16(method.transform.rawValue)))
                set(ProjLinearUnitsGeoKey, .short(UInt16(Linear_Meter.rawValue)))
                for (parameter, key) in method.keys.sorted(by: { $0.key < $1.key }) {
                    set(key, .double(crs.parameters[parameter] ?? GeoKeys.defaultValue(parameter)))
                }
            } else if let wkt = crs.esriWKT {
                set(GTModelTypeGeoKey, .short(UInt16(KvUserDefined)))
                set(PCSCitationGeoKey, .ascii("ESRI PE String = " + wkt))
            }
        }
    }

    /// Sets `key`, replacing an earlier value; entries stay in key order, as GeoTIFF requires.
    private mutating func set(_ key: geokey_t, _ value: Value) {
        entries.removeAll { $0.key.rawValue == key.rawValue }
        entries.append(Entry(key: key, value: value))
        entries.sort { $0.key.rawValue < $1.key.rawValue }
    }

    /// The geographic CRS: its EPSG code, or a user-defined one on the stated ellipsoid.
    private mutating func setGeographic(_ crs: CRSDescription, code: Int?) {
        set(GeogAngularUnitsGeoKey, .short(UInt16(Angular_Degree.rawValue)))
        if let code, code < Int(KvUserDefined) {
            set(GeographicTypeGeoKey, .short(UInt16(code)))
            return
        }
        set(GeographicTypeGeoKey, .short(UInt16(KvUserDefined)))
        set(GeogGeodeticDatumGeoKey, .short(UInt16(KvUserDefined)))
        set(GeogPrimeMeridianGeoKey, .short(UInt16(PM_Greenwich.rawValue)))
        set(GeogEllipsoidGeoKey, .short(UInt16(KvUserDefined)))
        set(GeogSemiMajorAxisGeoKey, .double(crs.semiMajorAxis))
        if crs.inverseFlattening == 0 {
            set(GeogSemiMinorAxisGeoKey, .double(crs.semiMajorAxis))
        } else {
            set(GeogInvFlatteningGeoKey, .double(crs.inverseFlattening))
        }
    }

    /// A parameter's value when PROJ left it out: 1 for scale factors, else 0.
    private static func defaultValue(_ parameter: Int) -> Double { parameter == 8805 ? 1 : 0 }

    /// A GeoTIFF coordinate transformation and the key each EPSG parameter goes to, the
    /// pairing GDAL uses when it writes and reads these methods.
    struct Method {
        var transform: coordtrans_t
        var keys: [Int: geokey_t]
    }

    // EPSG parameter codes: 8801/8802 latitude/longitude of natural origin, 8805 scale factor,
    // 8806/8807 false easting/northing, 8821/8822 latitude/longitude of false origin,
    // 8823/8824 first/second standard parallel, 8826/8827 easting/northing at false origin.
    private static let natural: [Int: geokey_t] = [8801: ProjNatOriginLatGeoKey, 8802: ProjNatOriginLongGeoKey,
                                                   8805: ProjScaleAtNatOriginGeoKey, 8806: ProjFalseEastingGeoKey,
                                                   8807: ProjFalseNorthingGeoKey]
    private static let centered: [Int: geokey_t] = [8801: ProjCenterLatGeoKey, 8802: ProjCenterLongGeoKey,
                                                    8806: ProjFalseEastingGeoKey, 8807: ProjFalseNorthingGeoKey]

    /// By EPSG method code.
    static let methods: [Int: Method] = [
        9807: Method(transform: CT_TransverseMercator, keys: natural),
        9804: Method(transform: CT_Mercator, keys: natural),
        9805: Method(transform: CT_Mercator, keys: [8823: ProjStdParallel1GeoKey, 8802: ProjNatOriginLongGeoKey,
                                                    8806: ProjFalseEastingGeoKey, 8807: ProjFalseNorthingGeoKey]),
        9801: Method(transform: CT_LambertConfConic_1SP, keys: natural),
        9802: Method(transform: CT_LambertConfConic_2SP, keys: [
            8821: ProjFalseOriginLatGeoKey, 8822: ProjFalseOriginLongGeoKey, 8823: ProjStdParallel1GeoKey,
            8824: ProjStdParallel2GeoKey, 8826: ProjFalseOriginEastingGeoKey, 8827: ProjFalseOriginNorthingGeoKey]),
        9820: Method(transform: CT_LambertAzimEqualArea, keys: centered),
        9822: Method(transform: CT_AlbersEqualArea, keys: [
            8821: ProjNatOriginLatGeoKey, 8822: ProjNatOriginLongGeoKey, 8823: ProjStdParallel1GeoKey,
            8824: ProjStdParallel2GeoKey, 8826: ProjFalseEastingGeoKey, 8827: ProjFalseNorthingGeoKey]),
        9810: Method(transform: CT_PolarStereographic, keys: [
            8801: ProjNatOriginLatGeoKey, 8802: ProjStraightVertPoleLongGeoKey, 8805: ProjScaleAtNatOriginGeoKey,
            8806: ProjFalseEastingGeoKey, 8807: ProjFalseNorthingGeoKey]),
        9840: Method(transform: CT_Orthographic, keys: centered),
        9832: Method(transform: CT_AzimuthalEquidistant, keys: centered),
        1125: Method(transform: CT_AzimuthalEquidistant, keys: centered),
        1028: Method(transform: CT_Equirectangular, keys: [
            8823: ProjStdParallel1GeoKey, 8801: ProjCenterLatGeoKey, 8802: ProjCenterLongGeoKey,
            8806: ProjFalseEastingGeoKey, 8807: ProjFalseNorthingGeoKey]),
    ]
}
