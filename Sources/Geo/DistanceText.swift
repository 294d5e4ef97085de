/// Distances as messages print them.
public enum DistanceText {
    /// `kilometers` rounded to a multiple of `step`, with thousands grouped: "1,824 km", "75 km".
    public static func kilometers(_ kilometers: Double, step: Double = 1) -> String {
        let rounded = Int((kilometers / step).rounded() * step)
        var digits = String(abs(rounded))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return (rounded < 0 ? "-" : "") + digits + grouped + " km"
    }
}
