import CProj

/// A map projection from WGS84 longitude/latitude to a plane, backed by PROJ.
///
/// Owns one PROJ context and one transformation; it is not shared across threads, so every
/// render job makes its own.
public final class Projection {
    /// The definition this projection was created from, as the user gave it.
    public let definition: String
    private let context: OpaquePointer
    private let transformation: OpaquePointer

    /// Creates a projection from a PROJ string (`+proj=lcc +lat_1=30 …`), `EPSG:N`, or any
    /// CRS definition PROJ understands that draws a map: a projected CRS, or longitude and
    /// latitude as a plane. Throws ``GeoError/projection(definition:message:)`` for anything
    /// else — a geocentric or 3D CRS, a vertical one, a pipeline — and for definitions that
    /// make PROJ read files (`+init=`, grid paths).
    public init(_ definition: String) throws {
        self.definition = definition
        if let reason = Projection.fileReference(in: definition) {
            throw GeoError.projection(definition: definition, message: reason)
        }
        guard let context = proj_context_create() else {
            throw GeoError.projection(definition: definition, message: "cannot create a PROJ context")
        }
        proj_log_level(context, PJ_LOG_NONE)
        var target = definition
        if target.hasPrefix("+proj="), !target.contains("+type=crs") { target += " +type=crs" }
        if let reason = Projection.notAMap(target, context: context) {
            proj_context_destroy(context)
            throw GeoError.projection(definition: definition, message: reason)
        }
        let source = "+proj=longlat +datum=WGS84 +no_defs +type=crs"
        guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
            let message = Projection.lastError(context)
            proj_context_destroy(context)
            throw GeoError.projection(definition: definition, message: message)
        }
        let normalized = proj_normalize_for_visualization(context, raw)
        proj_destroy(raw)
        guard let normalized else {
            let message = Projection.lastError(context)
            proj_context_destroy(context)
            throw GeoError.projection(definition: definition, message: message)
        }
        self.context = context
        self.transformation = normalized
    }

    deinit {
        proj_destroy(transformation)
        proj_context_destroy(context)
    }

    /// Why a definition would make PROJ read a local file, or nil: `+init=FILE` and
    /// parameters whose value is a path.
    static func fileReference(in definition: String) -> String? {
        let tokens = definition.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        for token in tokens {
            let parameter = token.drop(while: { $0 == "+" }).lowercased()
            if parameter.hasPrefix("init=") {
                return "+init= makes PROJ read a file — write the projection's parameters (+proj=…) or EPSG:N instead"
            }
            if let equals = parameter.firstIndex(of: "="), parameter[equals...].contains("/") {
                return "'\(token)' names a file — projections may not read files"
            }
        }
        return nil
    }

    /// Why the CRS `target` cannot draw a map, or nil when it can (projected, or geographic
    /// 2D; a bound or compound CRS is judged by its horizontal part).
    private static func notAMap(_ target: String, context: OpaquePointer) -> String? {
        guard let created = proj_create(context, target) else { return nil }  // crs_to_crs reports the error
        var crs = created
        var owned = [created]
        defer { owned.forEach { proj_destroy($0) } }
        for _ in 0..<3 {
            let type = proj_get_type(crs)
            let inner: OpaquePointer?
            switch type {
            case PJ_TYPE_BOUND_CRS: inner = proj_get_source_crs(context, crs)
            case PJ_TYPE_COMPOUND_CRS: inner = proj_crs_get_sub_crs(context, crs, 0)
            default: inner = nil
            }
            guard let inner else { break }
            owned.append(inner)
            crs = inner
        }
        switch proj_get_type(crs) {
        case PJ_TYPE_PROJECTED_CRS, PJ_TYPE_GEOGRAPHIC_2D_CRS:
            return nil
        case PJ_TYPE_GEOCENTRIC_CRS:
            return "a geocentric CRS (x, y, z from the Earth's centre) cannot draw a map — give a map projection such as mercator, laea or EPSG:3857"
        case PJ_TYPE_GEOGRAPHIC_3D_CRS:
            return "a 3D geographic CRS cannot draw a map — give its 2D form or a map projection (e.g. EPSG:4326, EPSG:3857)"
        case PJ_TYPE_VERTICAL_CRS:
            return "a vertical CRS (heights) cannot draw a map — give a map projection"
        case PJ_TYPE_CONVERSION, PJ_TYPE_TRANSFORMATION, PJ_TYPE_CONCATENATED_OPERATION, PJ_TYPE_OTHER_COORDINATE_OPERATION:
            return "a coordinate operation, not a map projection — give a CRS such as +proj=laea … or EPSG:N"
        default:
            return "'\(Projection.name(crs))' is not a map projection — give a projected CRS such as +proj=lcc … or EPSG:N"
        }
    }

    private static func name(_ object: OpaquePointer) -> String {
        proj_get_name(object).map { String(cString: $0) } ?? "unknown"
    }

    private static func lastError(_ context: OpaquePointer) -> String {
        let code = proj_context_errno(context)
        guard code != 0, let text = proj_context_errno_string(context, code) else { return "not a valid definition" }
        return String(cString: text)
    }

    /// Projects one coordinate; `nil` where the projection is undefined.
    public func forward(_ coordinate: Coordinate) -> ProjectedPoint? {
        let result = proj_trans(transformation, PJ_FWD,
                                proj_coord(coordinate.longitude, coordinate.latitude, 0, 0))
        guard result.xy.x.isFinite, result.xy.y.isFinite, result.xy.x != .infinity else { return nil }
        return ProjectedPoint(x: result.xy.x, y: result.xy.y)
    }

    /// Projects longitude/latitude arrays in place, in degrees in and projected units out.
    /// Points the projection cannot map become `.infinity`.
    public func forward(longitudes: inout [Double], latitudes: inout [Double]) {
        let count = min(longitudes.count, latitudes.count)
        guard count > 0 else { return }
        let stride = MemoryLayout<Double>.stride
        longitudes.withUnsafeMutableBufferPointer { xs in
            latitudes.withUnsafeMutableBufferPointer { ys in
                _ = proj_trans_generic(transformation, PJ_FWD,
                                       xs.baseAddress, stride, count,
                                       ys.baseAddress, stride, count,
                                       nil, 0, 0, nil, 0, 0)
            }
        }
        proj_errno_reset(transformation)
    }

    /// The inverse: the coordinate that projects to `point`, or `nil` outside the domain.
    public func inverse(_ point: ProjectedPoint) -> Coordinate? {
        let result = proj_trans(transformation, PJ_INV, proj_coord(point.x, point.y, 0, 0))
        guard result.lp.lam.isFinite, result.lp.phi.isFinite, abs(result.lp.phi) <= 90 else { return nil }
        return Coordinate(latitude: result.lp.phi, longitude: result.lp.lam)
    }

    /// The projection's definition as PROJ writes it (a PROJ string), for `.prj` side files.
    public var projString: String? {
        guard let target = proj_get_target_crs(context, transformation) else { return nil }
        defer { proj_destroy(target) }
        guard let text = proj_as_proj_string(context, target, PJ_PROJ_5, nil) else { return nil }
        return String(cString: text)
    }

    /// The target CRS as WKT1 (ESRI flavour), as GIS tools expect in a `.prj` file.
    public var wkt: String? {
        guard let target = proj_get_target_crs(context, transformation) else { return nil }
        defer { proj_destroy(target) }
        guard let text = proj_as_wkt(context, target, PJ_WKT1_ESRI, nil) else { return nil }
        return String(cString: text)
    }
}
