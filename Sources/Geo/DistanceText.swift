/// Distances as messages print them.
public enum DistanceText {
    /// `kilometers` rounded to a multiple of `step`, with thousands grouped: "1,824 km", "75 km".
    public static func kilometers(_ kilometers: Double, step: Double = 1) -> String {
        grouped(Int((kilometers / step).rounded() * step)) + " km"
    }

    /// Nautical miles rounded to whole miles, with thousands grouped: "11,740 nm".
    public static func nauticalMiles(_ nauticalMiles: Double) -> String {
        grouped(Int(nauticalMiles.rounded())) + " nm"
    }

    /// The number with thousands separated by commas: "10,753", "-1,200".
    public static func grouped(_ number: Int) -> String {
        var digits = String(number.magnitude)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return (number < 0 ? "-" : "") + digits + grouped
    }
}
