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
    /// The transformation PROJ's CRS-to-CRS search makes, whose target CRS the side files
    /// describe: the same as ``transformation`` unless that was built directly
    /// (``directPipeline(_:)``), then made the first time a side file asks for it.
    private var searched: OpaquePointer?
    /// The context of a directly built ``transformation``: one that cannot find PROJ's
    /// database, which PROJ would otherwise open (6–10 ms) before building even a pipeline.
    private let directContext: OpaquePointer?

    /// Creates a projection from a PROJ string (`+proj=lcc +lat_1=30 …`), `EPSG:N`, or any
    /// CRS definition PROJ understands that draws a map: a projected CRS, or longitude and
    /// latitude as a plane. Throws ``GeoError/projection(definition:message:)`` for anything
    /// else — a geocentric or 3D CRS, a vertical one, a pipeline — and for definitions that
    /// make PROJ read files (`+init=`, grid paths).
    public convenience init(_ definition: String) throws {
        try self.init(definition, direct: true)
    }

    /// ``init(_:)``; with `direct` false, always through PROJ's CRS-to-CRS search.
    init(_ definition: String, direct: Bool) throws {
        self.definition = definition
        if let reason = Projection.fileReference(in: definition) {
            throw GeoError.projection(definition: definition, message: reason)
        }
        guard let context = proj_context_create() else {
            throw GeoError.projection(definition: definition, message: "cannot create a PROJ context")
        }
        proj_log_level(context, PJ_LOG_NONE)
        if direct, let pipeline = Projection.directPipeline(definition), let blind = proj_context_create() {
            // PROJ says it looked for its database and found none, whatever the log level: that
            // is the point, so nothing this context logs is printed.
            proj_log_func(blind, nil) { _, _, _ in }
            // No file is ever found under /dev/null: not the database, not a grid.
            "/dev/null".withCString { path in
                var paths: [UnsafePointer<CChar>?] = [path]
                proj_context_set_search_paths(blind, 1, &paths)   // copied by PROJ
            }
            if let built = proj_create(blind, pipeline) {
                self.context = context
                directContext = blind
                transformation = built
                return
            }
            proj_context_destroy(blind)
        }
        directContext = nil
        do {
            let normalized = try Projection.searchedTransformation(definition, context: context)
            self.context = context
            transformation = normalized
            searched = normalized
        } catch {
            proj_context_destroy(context)
            throw error
        }
    }

    /// The normalised transformation from WGS84 longitude/latitude (degrees, in that order) to
    /// the CRS `definition` names, as PROJ's CRS-to-CRS search makes it (reading its database).
    private static func searchedTransformation(_ definition: String, context: OpaquePointer) throws -> OpaquePointer {
        var target = definition
        if target.hasPrefix("+proj="), !target.contains("+type=crs") { target += " +type=crs" }
        if let reason = Projection.notAMap(target, context: context) {
            throw GeoError.projection(definition: definition, message: reason)
        }
        let source = "+proj=longlat +datum=WGS84 +no_defs +type=crs"
        guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
            throw GeoError.projection(definition: definition, message: Projection.lastError(context))
        }
        let normalized = proj_normalize_for_visualization(context, raw)
        proj_destroy(raw)
        guard let normalized else {
            throw GeoError.projection(definition: definition, message: Projection.lastError(context))
        }
        return normalized
    }

    /// Projections a PROJ string on the WGS84 ellipsoid names that ``directPipeline(_:)`` builds.
    static let directProjections: Set<String> = [
        "lcc", "laea", "aea", "merc", "tmerc", "utm", "stere", "sterea", "ortho", "aeqd", "eqdc", "eqc",
        "robin", "moll", "eck4", "natearth", "wintri", "gnom", "cea", "mill", "poly", "sinu", "cass",
    ]

    /// Parameters ``directPipeline(_:)`` passes on to the projection: its centre, standard
    /// parallels, scale, false origin, and the UTM zone.
    static let directParameters: Set<String> = ["lat_0", "lat_1", "lat_2", "lon_0", "lat_ts", "k", "k_0", "x_0", "y_0", "zone", "south"]

    /// The pipeline PROJ's CRS-to-CRS search yields from WGS84 longitude/latitude to a PROJ
    /// string on the WGS84 datum or ellipsoid (`+proj=lcc … +datum=WGS84`): degrees to radians,
    /// then the projection on the WGS84 ellipsoid (`projinfo -s EPSG:4326 -t '…' -o PROJ` prints
    /// the same steps). Built directly, it needs no database: opening PROJ's and searching it
    /// costs 7–13 ms a process, a map's largest fixed cost after start-up. Nil for anything else — EPSG codes, other datums and
    /// ellipsoids, grids, units, axes, projections not in ``directProjections`` — which goes
    /// through the search.
    static func directPipeline(_ definition: String) -> String? {
        var projection: String?
        var onWGS84 = false
        var parameters: [String] = []
        for token in definition.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            guard token.hasPrefix("+") else { return nil }
            let parts = token.dropFirst().split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0]), value = parts.count > 1 ? String(parts[1]) : nil
            switch key {
            case "proj":
                guard projection == nil, let value, directProjections.contains(value) else { return nil }
                projection = value
            case "datum", "ellps":
                guard value == "WGS84" else { return nil }
                onWGS84 = true
            case "no_defs": continue
            case "type": guard value == "crs" else { return nil }
            case "units": guard value == "m" else { return nil }
            case _ where directParameters.contains(key):
                if let value { guard Double(value) != nil || key == "zone" && Int(value) != nil else { return nil } }
                parameters.append(String(token))
            default: return nil
            }
        }
        guard let projection, onWGS84 else { return nil }
        return (["+proj=pipeline", "+step", "+proj=unitconvert", "+xy_in=deg", "+xy_out=rad", "+step", "+proj=\(projection)"]
                + parameters + ["+ellps=WGS84"]).joined(separator: " ")
    }

    deinit {
        if let searched, searched != transformation { proj_destroy(searched) }
        proj_destroy(transformation)
        if let directContext { proj_context_destroy(directContext) }
        proj_context_destroy(context)
    }

    /// The CRS-to-CRS transformation, made now if the projection was built directly; nil when
    /// PROJ cannot make it.
    private func searchedTransformation() -> OpaquePointer? {
        if let searched { return searched }
        searched = try? Projection.searchedTransformation(definition, context: context)
        return searched
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
        guard let searched = searchedTransformation(), let target = proj_get_target_crs(context, searched) else { return nil }
        defer { proj_destroy(target) }
        guard let text = proj_as_proj_string(context, target, PJ_PROJ_5, nil) else { return nil }
        return String(cString: text)
    }

    /// The target CRS as WKT1 (ESRI flavour), as GIS tools expect in a `.prj` file.
    public var wkt: String? {
        guard let searched = searchedTransformation(), let target = proj_get_target_crs(context, searched) else { return nil }
        defer { proj_destroy(target) }
        guard let text = proj_as_wkt(context, target, PJ_WKT1_ESRI, nil) else { return nil }
        return String(cString: text)
    }
}
