import Foundation

/// How different two colours look: the CIE76 difference (ΔE in CIELAB) for
/// normal vision and, after simulating protanopia and deuteranopia with the
/// Viénot, Brettel & Mollon (1999) matrices in linear RGB, for the two common
/// red–green deficiencies. Used to keep plugin colours from clashing with
/// other labels' and to test the schema palette.
public enum ColourDifference {
    /// Below this ΔE two fills read as the same colour at a glance.
    public static let floor = 12.0

    /// Normal, protan and deutan vision.
    public enum Vision: String, CaseIterable, Sendable {
        case normal, protan, deutan

        var matrix: [[Double]]? {
            switch self {
            case .normal: return nil
            case .protan: return [[0.11238, 0.88762, 0.0], [0.11238, 0.88762, 0.0], [0.00401, -0.00401, 1.0]]
            case .deutan: return [[0.29275, 0.70725, 0.0], [0.29275, 0.70725, 0.0], [-0.02234, 0.02234, 1.0]]
            }
        }
    }

    /// ΔE between `a` and `b` (`#rrggbb`) for `vision`; nil when either is not a hex colour.
    public static func delta(_ a: String, _ b: String, vision: Vision = .normal) -> Double? {
        guard let la = lab(a, vision), let lb = lab(b, vision) else { return nil }
        return ((la.0 - lb.0) * (la.0 - lb.0) + (la.1 - lb.1) * (la.1 - lb.1) + (la.2 - lb.2) * (la.2 - lb.2)).squareRoot()
    }

    /// The smallest ΔE over the three visions; nil when either is not a hex colour.
    public static func smallestDelta(_ a: String, _ b: String) -> Double? {
        let deltas = Vision.allCases.compactMap { delta(a, b, vision: $0) }
        return deltas.min()
    }

    /// Relative luminance (WCAG) of `#rrggbb`, or nil.
    public static func luminance(_ hex: String) -> Double? {
        guard let c = linear(hex) else { return nil }
        return 0.2126 * c.0 + 0.7152 * c.1 + 0.0722 * c.2
    }

    /// Black or white, whichever reads better on `fill` (black when the fill is not a hex colour).
    public static func textColour(on fill: String) -> String {
        guard let l = luminance(fill) else { return "#000000" }
        // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05); equal at l ≈ 0.179.
        return l < 0.179 ? "#FFFFFF" : "#000000"
    }

    private static func linear(_ hex: String) -> (Double, Double, Double)? {
        guard hex.first == "#", hex.count == 7 || hex.count == 9, let value = Int(hex.dropFirst().prefix(6), radix: 16) else { return nil }
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return (channel(16), channel(8), channel(0))
    }

    private static func lab(_ hex: String, _ vision: Vision) -> (Double, Double, Double)? {
        guard var c = linear(hex) else { return nil }
        if let m = vision.matrix {
            func row(_ r: [Double]) -> Double { min(max(r[0] * c.0 + r[1] * c.1 + r[2] * c.2, 0), 1) }
            c = (row(m[0]), row(m[1]), row(m[2]))
        }
        let x = (0.4124 * c.0 + 0.3576 * c.1 + 0.1805 * c.2) / 0.95047
        let y = 0.2126 * c.0 + 0.7152 * c.1 + 0.0722 * c.2
        let z = (0.0193 * c.0 + 0.1192 * c.1 + 0.9505 * c.2) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }
}
