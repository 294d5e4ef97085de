import Foundation
import Geo

/// Errors of the renderer: cairo failures, unwritable outputs, impossible requests.
public enum RenderError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Cairo reported a status other than success; carries cairo's message.
    case cairo(operation: String, status: String)
    /// The output could not be written.
    case output(path: String, message: String)
    /// libtiff or libgeotiff failed while writing a GeoTIFF; carries libtiff's message.
    case geoTIFF(operation: String, message: String)
    /// A request the renderer refuses, e.g. an image too large to allocate.
    case invalidRequest(String)

    /// The problem as one sentence: `cairo OPERATION failed: STATUS`, `PATH: MESSAGE`, or
    /// the refused request's message.
    public var description: String {
        switch self {
        case let .cairo(operation, status): return "cairo \(operation) failed: \(status)"
        case let .output(path, message): return "\(path): \(message)"
        case let .geoTIFF(operation, message): return "GeoTIFF \(operation) failed: \(message)"
        case let .invalidRequest(message): return message
        }
    }
}

extension RenderError: DescribedError {}
