/// An openCypher duration: months, days and seconds kept apart, as a month and a
/// day have no fixed length. `nanoseconds` is in 0..<1e9; `seconds` carries the sign.
public struct Duration: Hashable, Sendable {
    public let months: Int
    public let days: Int
    public let seconds: Int
    public let nanoseconds: Int

    public init(months: Int, days: Int, seconds: Int, nanoseconds: Int) {
        self.months = months
        self.days = days
        self.seconds = seconds + CivilCalendar.floorDivide(nanoseconds, LocalTime.nanosPerSecond)
        self.nanoseconds = CivilCalendar.floorModulo(nanoseconds, LocalTime.nanosPerSecond)
    }

    public static let zero = Duration(months: 0, days: 0, seconds: 0, nanoseconds: 0)

    /// The average month (30.436875 days) used to spread a fraction of a month, as openCypher does.
    static let secondsPerMonth = 2_629_746.0

    /// The duration the other way; throws for the one part no Int can negate.
    public func negated() throws -> Duration {
        guard months != .min, days != .min, seconds != .min else { throw TemporalError("the duration is too large") }
        return Duration(months: -months, days: -days, seconds: -seconds, nanoseconds: -nanoseconds)
    }

    public func adding(_ other: Duration) throws -> Duration {
        func sum(_ a: Int, _ b: Int) throws -> Int {
            let (s, overflow) = a.addingReportingOverflow(b)
            if overflow { throw TemporalError("the duration is too large") }
            return s
        }
        let nanos = nanoseconds + other.nanoseconds  // each below 1e9
        let carry = nanos / LocalTime.nanosPerSecond
        return Duration(
            months: try sum(months, other.months), days: try sum(days, other.days),
            seconds: try sum(try sum(seconds, other.seconds), carry),
            nanoseconds: nanos - carry * LocalTime.nanosPerSecond)
    }

    /// Each part times the factor; a fraction of a month or day flows into the smaller parts.
    public func multiplied(by factor: Double) throws -> Duration {
        var builder = DurationBuilder()
        builder.add(months: Double(months) * factor)
        builder.add(days: Double(days) * factor)
        builder.add(seconds: Double(seconds) * factor)
        builder.add(nanoseconds: Double(nanoseconds) * factor)
        return try builder.duration()
    }

    public func multiplied(by factor: Int) throws -> Duration {
        func product(_ a: Int) throws -> Int {
            let (p, overflow) = a.multipliedReportingOverflow(by: factor)
            if overflow { throw TemporalError("the duration is too large") }
            return p
        }
        return try Duration(
            months: try product(months), days: try product(days), seconds: try product(seconds),
            nanoseconds: 0
        ).adding(Duration(months: 0, days: 0, seconds: 0, nanoseconds: try product(nanoseconds)))
    }

    /// Seconds and nanoseconds with one sign, for printing and components.
    var signedSecondsAndNanos: (seconds: Int, nanos: Int) {
        if seconds < 0 && nanoseconds > 0 { return (seconds + 1, nanoseconds - LocalTime.nanosPerSecond) }
        return (seconds, nanoseconds)
    }

    /// ISO text: `P12Y5M14DT16H13M10.000000001S`, `PT-1M-0.001S`, `PT0S`.
    public var isoText: String {
        var s = "P"
        let years = months / 12
        let restMonths = months % 12
        if years != 0 { s += "\(years)Y" }
        if restMonths != 0 { s += "\(restMonths)M" }
        if days != 0 { s += "\(days)D" }
        let (secs, nanos) = signedSecondsAndNanos
        if secs != 0 || nanos != 0 {
            s += "T"
            let hours = secs / 3600
            let minutes = secs % 3600 / 60
            let rest = secs % 60
            if hours != 0 { s += "\(hours)H" }
            if minutes != 0 { s += "\(minutes)M" }
            if rest != 0 || nanos != 0 {
                if rest == 0 && nanos < 0 { s += "-" }
                s += "\(rest)"
                if nanos != 0 {
                    var fraction = TemporalText.pad(abs(nanos), 9)
                    while fraction.hasSuffix("0") { fraction.removeLast() }
                    s += "." + fraction
                }
                s += "S"
            }
        }
        return s == "P" ? "PT0S" : s
    }

    /// A component by its openCypher name, nil for an unknown one.
    /// nil for an unknown name, and for a count too large for an Int (the caller reads null).
    public func component(_ name: String) -> Int?? {
        let (secs, nanos) = (seconds, nanoseconds)
        func scaled(_ unit: Int, _ fraction: Int) -> Int? {
            let (p, o1) = secs.multipliedReportingOverflow(by: unit)
            let (s, o2) = p.addingReportingOverflow(fraction)
            return o1 || o2 ? nil : s
        }
        switch name {
        case "milliseconds": return .some(scaled(1000, nanos / 1_000_000))
        case "microseconds": return .some(scaled(1_000_000, nanos / 1000))
        case "nanoseconds": return .some(scaled(1_000_000_000, nanos))
        default: break
        }
        switch name {
        case "years": return months / 12
        case "quarters": return months / 3
        case "months": return months
        case "weeks": return days / 7
        case "days": return days
        case "hours": return secs / 3600
        case "minutes": return secs / 60
        case "seconds": return secs
        case "quartersofyear": return months % 12 / 3
        case "monthsofquarter": return months % 3
        case "monthsofyear": return months % 12
        case "daysofweek": return days % 7
        case "minutesofhour": return secs / 60 % 60
        case "secondsofminute": return secs % 60
        case "millisecondsofsecond": return nanos / 1_000_000
        case "microsecondsofsecond": return nanos / 1000
        case "nanosecondsofsecond": return nanos
        default: return nil
        }
    }
}

/// Sums the parts of a duration given in any units, whole or fractional: a fraction
/// of a month becomes days (an average month), of a day seconds, of a second nanoseconds.
struct DurationBuilder {
    private var months = 0
    private var days = 0
    private var seconds = 0
    private var nanoseconds = 0
    private var fractionOfMonths = 0.0
    private var fractionOfDays = 0.0
    private var fractionOfSeconds = 0.0
    private var fractionOfNanoseconds = 0.0
    private var overflow = false

    private static func add(
        _ value: Double, unit: Int, to whole: inout Int, fraction: inout Double, overflow: inout Bool
    ) {
        let scaled = value * Double(unit)
        guard scaled.isFinite, abs(scaled) < 9.0e18 else {
            overflow = true
            return
        }
        let integral = scaled.rounded(.towardZero)
        let (sum, o) = whole.addingReportingOverflow(Int(integral))
        overflow = overflow || o
        whole = sum
        fraction += scaled - integral
    }

    private static func add(_ value: Int, unit: Int, to whole: inout Int, overflow: inout Bool) {
        let (p, o1) = value.multipliedReportingOverflow(by: unit)
        let (s, o2) = whole.addingReportingOverflow(p)
        overflow = overflow || o1 || o2
        whole = s
    }

    mutating func add(months value: Double) {
        Self.add(value, unit: 1, to: &months, fraction: &fractionOfMonths, overflow: &overflow)
    }
    mutating func add(days value: Double) {
        Self.add(value, unit: 1, to: &days, fraction: &fractionOfDays, overflow: &overflow)
    }
    mutating func add(seconds value: Double) {
        Self.add(value, unit: 1, to: &seconds, fraction: &fractionOfSeconds, overflow: &overflow)
    }
    mutating func add(nanoseconds value: Double) {
        Self.add(value, unit: 1, to: &nanoseconds, fraction: &fractionOfNanoseconds, overflow: &overflow)
    }

    /// Adds `value` of a named unit (`years`, `weeks`, `milliseconds` …); false for an unknown unit.
    mutating func add(_ unit: String, _ value: Value) throws -> Bool {
        let units: [String: (Int, Int)] = [  // unit → (field: 0 months 1 days 2 seconds 3 nanos, multiplier)
            "years": (0, 12), "quarters": (0, 3), "months": (0, 1), "weeks": (1, 7), "days": (1, 1),
            "hours": (2, 3600), "minutes": (2, 60), "seconds": (2, 1), "milliseconds": (3, 1_000_000),
            "microseconds": (3, 1000), "nanoseconds": (3, 1),
        ]
        guard let (field, multiplier) = units[unit] else { return false }
        switch value {
        case .int(let i):
            switch field {
            case 0: Self.add(i, unit: multiplier, to: &months, overflow: &overflow)
            case 1: Self.add(i, unit: multiplier, to: &days, overflow: &overflow)
            case 2: Self.add(i, unit: multiplier, to: &seconds, overflow: &overflow)
            default: Self.add(i, unit: multiplier, to: &nanoseconds, overflow: &overflow)
            }
        case .float(let d):
            switch field {
            case 0: Self.add(d, unit: multiplier, to: &months, fraction: &fractionOfMonths, overflow: &overflow)
            case 1: Self.add(d, unit: multiplier, to: &days, fraction: &fractionOfDays, overflow: &overflow)
            case 2: Self.add(d, unit: multiplier, to: &seconds, fraction: &fractionOfSeconds, overflow: &overflow)
            default:
                Self.add(d, unit: multiplier, to: &nanoseconds, fraction: &fractionOfNanoseconds, overflow: &overflow)
            }
        default:
            throw TemporalError("the duration's \(unit) must be a number, not \(value.typeName)")
        }
        return true
    }

    func duration() throws -> Duration {
        var overflow = self.overflow
        func split(_ value: Double) -> (Int, Double) {
            guard value.isFinite, abs(value) < 9.0e18 else {
                overflow = true
                return (0, 0)
            }
            let integral = value.rounded(.towardZero)
            return (Int(integral), value - integral)
        }
        func sum(_ a: Int, _ b: Int) -> Int {
            let (s, o) = a.addingReportingOverflow(b)
            overflow = overflow || o
            return s
        }
        // A fraction of a month as seconds first: exact in a double for halves and quarters.
        let (monthSeconds, monthSecondFraction) = split(fractionOfMonths * Duration.secondsPerMonth)
        let days = sum(self.days, monthSeconds / 86_400)
        let (daySeconds, daySecondFraction) = split(fractionOfDays * 86_400)
        let seconds = sum(sum(self.seconds, daySeconds), monthSeconds % 86_400)
        // To the nearest nanosecond; a half goes toward zero, as halving one nanosecond gives none.
        let exact = (fractionOfSeconds + daySecondFraction + monthSecondFraction) * 1e9 + fractionOfNanoseconds
        var nearest = exact.rounded(.towardZero)
        if abs(exact - nearest) > 0.5 { nearest += exact < 0 ? -1 : 1 }
        let (extraNanos, _) = split(nearest)
        let nanos = sum(nanoseconds, extraNanos)
        let carry = CivilCalendar.floorDivide(nanos, LocalTime.nanosPerSecond)
        let totalSeconds = sum(seconds, carry)
        if overflow { throw TemporalError("the duration is too large") }
        return Duration(
            months: months, days: days, seconds: totalSeconds, nanoseconds: nanos - carry * LocalTime.nanosPerSecond)
    }
}
