/// A map's coordinate reference system as GIS formats describe it: its EPSG code when it has
/// one, else its projection method and parameters by their EPSG codes, with WKT for the
/// side files GDAL and QGIS read.
///
/// Angles are degrees, lengths meters, scale factors plain ratios.
public struct CRSDescription: Sendable, Equatable {
    /// Whether coordinates are longitude/latitude degrees or projected lengths.
    /// Whether coordinates are longitude/latitude degrees or projected units.
    public enum Kind: Sendable, Equatable {
        /// `geographic`: longitude and latitude in degrees; `projected`: x and y in linear units.
        case geographic, projected
    }

    /// Geographic or projected.
    public var kind: Kind
    /// The CRS's own EPSG code (4326, 3857…) when the definition named one.
    public var epsgCode: Int?
    /// The EPSG code of the geographic CRS it is based on: 4326 for WGS84, else `nil`.
    public var geographicEPSGCode: Int?
    /// The ellipsoid's semi-major axis in meters.
    public var semiMajorAxis: Double
    /// The ellipsoid's inverse flattening; 0 for a sphere.
    public var inverseFlattening: Double
    /// The projection method's EPSG code (9820 Lambert Azimuthal Equal Area, 9802 Lambert
    /// Conic Conformal 2SP…); `nil` for a geographic CRS or a method EPSG does not list.
    public var methodEPSGCode: Int?
    /// The projection method's name as PROJ gives it ("Robinson"); empty when geographic.
    public var methodName: String
    /// The method's parameters keyed by EPSG parameter code (8801 latitude of natural
    /// origin, 8802 its longitude, 8805 scale factor, 8806 false easting…).
    public var parameters: [Int: Double]
    /// The length of the projected unit in meters: 1 for meters.
    public var linearUnitMeters: Double
    /// ESRI-flavoured WKT1, the form of a `.prj` file.
    public var esriWKT: String?
    /// WKT as GDAL writes it in an `.aux.xml`: WKT1 where it can express the CRS, else WKT2.
    public var gdalWKT: String?

    /// A CRS description; the defaults are WGS84's ellipsoid and meters.
    public init(kind: Kind, epsgCode: Int? = nil, geographicEPSGCode: Int? = 4326, semiMajorAxis: Double = 6_378_137,
                inverseFlattening: Double = 298.257223563, methodEPSGCode: Int? = nil, methodName: String = "",
                parameters: [Int: Double] = [:], linearUnitMeters: Double = 1, esriWKT: String? = nil,
                gdalWKT: String? = nil) {
        self.kind = kind
        self.epsgCode = epsgCode
        self.geographicEPSGCode = geographicEPSGCode
        self.semiMajorAxis = semiMajorAxis
        self.inverseFlattening = inverseFlattening
        self.methodEPSGCode = methodEPSGCode
        self.methodName = methodName
        self.parameters = parameters
        self.linearUnitMeters = linearUnitMeters
        self.esriWKT = esriWKT
        self.gdalWKT = gdalWKT
    }
}
