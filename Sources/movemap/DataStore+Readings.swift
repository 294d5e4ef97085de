import Geo
import Movemap

extension DataStore {
    /// The gazetteer, keeping whole scenarios' place readings in the cache folder for this
    /// build (``PlaceReadingFiles``), as `render`, `validate` and `export` read scenarios.
    var readingGazetteer: Gazetteer {
        gazetteer.keepingResolutions(in: PlaceReadingFiles.standard(data: self, version: MovemapVersion.current))
    }
}
