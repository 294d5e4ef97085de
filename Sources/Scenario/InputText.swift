import Foundation
import Geo

/// The checks every input file passes before it is parsed — scenarios, tables, GeoJSON and
/// house styles: it could be read, it is no larger than its limit, and it is UTF-8 text.
/// Each failure is a ``ScenarioError`` naming the file.
public enum InputText {
    /// The text of `data` (`nil` when the file could not be read).
    ///
    /// - Parameters:
    ///   - path: the file as given, named when it cannot be read.
    ///   - name: the file as problems name it (`<stdin>` for standard input).
    ///   - limit: the largest size accepted, in bytes.
    ///   - cannotRead: why and what to check, for a file that could not be read.
    ///   - tooLarge: the message for a file of the given size over the limit.
    ///   - notUTF8: the message for bytes that are not UTF-8.
    public static func decoded(_ data: Data?, path: String, name: String, limit: Int, cannotRead: String,
                               tooLarge: (Int) -> String, notUTF8: String) throws -> String {
        guard let data else { throw ScenarioError.unreadable(path: path, message: cannotRead) }
        guard data.count <= limit else { throw ScenarioError.unreadable(path: name, message: tooLarge(data.count)) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError.invalid([ScenarioProblem(location: SourceLocation(file: name, line: 1, column: 1),
                                                         message: notUTF8, fix: "save it as UTF-8")])
        }
        return text
    }
}
