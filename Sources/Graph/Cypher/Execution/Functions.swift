import Foundation

/// Conversions shared by functions, arithmetic and result formatting.
enum Functions {
    /// `toString` of a scalar: floats keep a decimal point (`1.0`), as openCypher prints them.
    static func toStringValue(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .float(let d): return formatFloat(d)
        case .bool(let b): return b ? "true" : "false"
        case .temporal(let t): return t.isoText
        default: return v.cypherLiteral
        }
    }

    static func formatFloat(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(), abs(d) < 1e16 { return String(format: "%.1f", d) }
        var text = String(d)
        if text.contains("e") {
            text = text.replacingOccurrences(of: "e+", with: "E").replacingOccurrences(of: "e", with: "E")
            if !text.split(separator: "E")[0].contains(".") {
                let parts = text.split(separator: "E")
                text = parts[0] + ".0E" + parts[1]
            }
        }
        return text
    }

    /// `toInteger` of a string: an integer, or a float's integer part; nil when not a number.
    static func parseInteger(_ s: String) -> Int? {
        let t = s.trimmingCharacters(in: .whitespaces)
        if let i = Int(t) { return i }
        if let d = Double(t), d.isFinite, abs(d) < 9.2e18 { return Int(d) }
        return nil
    }
}
