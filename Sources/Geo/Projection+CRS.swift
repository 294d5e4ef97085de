import Foundation
import CProj

extension Projection {
    /// The target CRS described for GIS formats (GeoTIFF keys, `.prj`, `.aux.xml`), or `nil`
    /// when PROJ cannot take it apart (then the map is written without a CRS). The last few
    /// definitions' descriptions are kept: a batch of maps of one view asks again and again.
    public var crsDescription: CRSDescription? { Self.crsDescription(of: definition) }

    /// ``crsDescription`` of a definition, without making a projection of it.
    public static func crsDescription(of definition: String) -> CRSDescription? {
        described.value(for: definition) { describeCRS(definition) }
    }

    /// The last descriptions made, by definition.
    private static let described = RecentValues<String, CRSDescription?>(capacity: 8)

    private static func describeCRS(_ definition: String) -> CRSDescription? {
        var target = definition
        if target.hasPrefix("+proj="), !target.contains("+type=crs") { target += " +type=crs" }
        guard let context = proj_context_create() else { return nil }
        defer { proj_context_destroy(context) }
        proj_log_level(context, PJ_LOG_NONE)
        guard let created = proj_create(context, target) else { return nil }
        var owned = [created]
        defer { owned.forEach { proj_destroy($0) } }
        var crs = created
        if proj_get_type(crs) == PJ_TYPE_BOUND_CRS, let source = proj_get_source_crs(context, crs) {
            owned.append(source)
            crs = source
        }
        let kind: CRSDescription.Kind
        switch proj_get_type(crs) {
        case PJ_TYPE_PROJECTED_CRS: kind = .projected
        case PJ_TYPE_GEOGRAPHIC_2D_CRS: kind = .geographic
        default: return nil
        }
        var description = CRSDescription(kind: kind, epsgCode: Projection.epsgCode(of: crs))
        description.esriWKT = Projection.wkt(crs, type: PJ_WKT1_ESRI, context: context)
        description.gdalWKT = Projection.wkt(crs, type: PJ_WKT1_GDAL, context: context)
            ?? Projection.wkt(crs, type: PJ_WKT2_2019, context: context)
        guard let geodetic = proj_crs_get_geodetic_crs(context, crs) else { return nil }
        owned.append(geodetic)
        guard Projection.describeDatum(of: geodetic, into: &description, context: context) else { return nil }
        if kind == .projected {
            guard Projection.describeConversion(of: crs, into: &description, context: context) else { return nil }
        }
        return description
    }

    private static func epsgCode(of object: OpaquePointer) -> Int? {
        guard let authority = proj_get_id_auth_name(object, 0), String(cString: authority) == "EPSG",
              let code = proj_get_id_code(object, 0) else { return nil }
        return Int(String(cString: code))
    }

    private static func wkt(_ object: OpaquePointer, type: PJ_WKT_TYPE, context: OpaquePointer) -> String? {
        let options: [String] = type == PJ_WKT1_ESRI ? [] : ["MULTILINE=NO"]
        var pointers = options.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        let text = pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: UnsafePointer<CChar>?.self) { proj_as_wkt(context, object, type, $0.baseAddress) }
        }
        return text.map { String(cString: $0) }
    }

    /// Sets the ellipsoid and, for WGS84 on Greenwich, the geographic EPSG code 4326.
    private static func describeDatum(of geodetic: OpaquePointer, into description: inout CRSDescription,
                                      context: OpaquePointer) -> Bool {
        guard let ellipsoid = proj_get_ellipsoid(context, geodetic) else { return false }
        defer { proj_destroy(ellipsoid) }
        var semiMajor = 0.0, semiMinor = 0.0, inverseFlattening = 0.0
        var computed: Int32 = 0
        guard proj_ellipsoid_get_parameters(context, ellipsoid, &semiMajor, &semiMinor, &computed, &inverseFlattening) != 0 else {
            return false
        }
        description.semiMajorAxis = semiMajor
        description.inverseFlattening = inverseFlattening
        var primeMeridianLongitude = 0.0
        if let meridian = proj_get_prime_meridian(context, geodetic) {
            proj_prime_meridian_get_parameters(context, meridian, &primeMeridianLongitude, nil, nil)
            proj_destroy(meridian)
        }
        let datum = proj_crs_get_datum_forced(context, geodetic)
        defer { if let datum { proj_destroy(datum) } }
        let isWGS84 = (epsgCode(of: geodetic) == 4326 || datum.flatMap(epsgCode(of:)) == 6326)
            && primeMeridianLongitude == 0
        description.geographicEPSGCode = isWGS84 ? 4326 : nil
        return true
    }

    /// Sets the projection method, its parameters in degrees/meters/ratios, and the linear unit.
    private static func describeConversion(of crs: OpaquePointer, into description: inout CRSDescription,
                                           context: OpaquePointer) -> Bool {
        guard let conversion = proj_crs_get_coordoperation(context, crs) else { return false }
        defer { proj_destroy(conversion) }
        var methodName: UnsafePointer<CChar>?, methodAuthority: UnsafePointer<CChar>?, methodCode: UnsafePointer<CChar>?
        guard proj_coordoperation_get_method_info(context, conversion, &methodName, &methodAuthority, &methodCode) != 0 else {
            return false
        }
        description.methodName = methodName.map { String(cString: $0) } ?? ""
        if let methodAuthority, String(cString: methodAuthority) == "EPSG", let methodCode {
            description.methodEPSGCode = Int(String(cString: methodCode))
        }
        for index in 0..<proj_coordoperation_get_param_count(context, conversion) {
            var authority: UnsafePointer<CChar>?, code: UnsafePointer<CChar>?, category: UnsafePointer<CChar>?
            var value = 0.0, factor = 1.0
            guard proj_coordoperation_get_param(context, conversion, index, nil, &authority, &code, &value, nil,
                                                &factor, nil, nil, nil, &category) != 0,
                  let authority, String(cString: authority) == "EPSG", let code,
                  let parameter = Int(String(cString: code)) else { continue }
            let standard = value * factor
            let isAngle = category.map { String(cString: $0) == "angular" } ?? false
            description.parameters[parameter] = isAngle ? standard * 180 / .pi : standard
        }
        if let system = proj_crs_get_coordinate_system(context, crs) {
            var factor = 1.0
            if proj_cs_get_axis_info(context, system, 0, nil, nil, nil, &factor, nil, nil, nil) != 0 {
                description.linearUnitMeters = factor
            }
            proj_destroy(system)
        }
        return true
    }
}
