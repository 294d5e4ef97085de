import Geo

/// Chooses a projection for an extent, or expands a projection name into a PROJ string.
enum ProjectionChoice {
    /// Names accepted by `--projection`, with the PROJ definition each expands to for a
    /// region centred at `center`.
    static let names = ["mercator", "lcc", "conic", "stereographic", "polar", "equal-earth",
                        "robinson", "orthographic", "equirectangular", "laea", "azimuthal-equidistant"]

    /// The PROJ definition for a name, a PROJ string or `EPSG:N`, fitted to `region`.
    static func definition(for request: String?, region: BoundingBox) -> String {
        let center = region.center
        let lon0 = format(center.longitude), lat0 = format(center.latitude)
        guard let request, request.lowercased() != "auto" else { return automatic(for: region) }
        switch request.lowercased() {
        case "mercator": return "+proj=merc +lon_0=\(lon0) +datum=WGS84"
        case "lcc", "conic": return conic(region)
        case "stereographic", "polar":
            return "+proj=stere +lat_0=\(center.latitude >= 0 ? 90 : -90) +lon_0=\(lon0) +datum=WGS84"
        case "equal-earth": return "+proj=eqearth +lon_0=\(lon0) +datum=WGS84"
        case "robinson": return "+proj=robin +lon_0=\(lon0) +datum=WGS84"
        case "orthographic": return "+proj=ortho +lat_0=\(lat0) +lon_0=\(lon0) +datum=WGS84"
        case "equirectangular": return "+proj=eqc +lat_ts=\(lat0) +lon_0=\(lon0) +datum=WGS84"
        case "laea": return "+proj=laea +lat_0=\(lat0) +lon_0=\(lon0) +datum=WGS84"
        case "azimuthal-equidistant": return "+proj=aeqd +lat_0=\(lat0) +lon_0=\(lon0) +datum=WGS84"
        default: return request
        }
    }

    /// The automatic choice: Equal Earth for the world, polar stereographic near a pole,
    /// Mercator near the equator and for small coastal maps, a two-standard-parallel
    /// conformal conic for continental mid-latitude maps.
    static func automatic(for region: BoundingBox) -> String {
        let center = region.center
        let lon0 = format(center.longitude)
        if region.longitudeSpan > 200 { return "+proj=eqearth +lon_0=\(lon0) +datum=WGS84" }
        if region.north > 84 || region.south < -84 || (abs(center.latitude) > 70 && region.latitudeSpan > 15) {
            return "+proj=stere +lat_0=\(center.latitude >= 0 ? 90 : -90) +lon_0=\(lon0) +datum=WGS84"
        }
        if region.latitudeSpan < 8 && region.longitudeSpan < 8 {
            return "+proj=merc +lon_0=\(lon0) +datum=WGS84"
        }
        if region.north < 20 && region.south > -20 { return "+proj=merc +lon_0=\(lon0) +datum=WGS84" }
        return conic(region)
    }

    /// A Lambert conformal conic with standard parallels at one sixth and five sixths of
    /// the latitude span (the usual rule for a conic's least distortion).
    static func conic(_ region: BoundingBox) -> String {
        let span = region.north - region.south
        var lat1 = region.south + span / 6, lat2 = region.north - span / 6
        if lat1 * lat2 < 0 || abs(lat1 - lat2) < 1 {
            // Straddling the equator a conic is undefined; fall back to one hemisphere's parallels.
            let hemisphere = region.center.latitude >= 0 ? 1.0 : -1.0
            lat1 = hemisphere * max(abs(lat1), 5)
            lat2 = hemisphere * max(abs(lat2), abs(lat1) + 5)
        }
        let lat0 = (lat1 + lat2) / 2
        return "+proj=lcc +lat_1=\(format(lat1)) +lat_2=\(format(lat2)) +lat_0=\(format(lat0)) +lon_0=\(format(region.center.longitude)) +datum=WGS84"
    }

    /// A degree value for a PROJ string: rounded to 0.01°, without a trailing `.0`.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// The central meridian of a PROJ definition (`+lon_0=`), 0 when absent.
    static func centralMeridian(of definition: String) -> Double {
        for token in definition.split(separator: " ") where token.hasPrefix("+lon_0=") {
            return Double(token.dropFirst(7)) ?? 0
        }
        return 0
    }
}
