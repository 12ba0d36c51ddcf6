import Foundation

/// An openCypher temporal value: the five instants and the duration.
///
/// A `time` and a `datetime` carry their offset from UTC in seconds; a `datetime`
/// made in a named zone (`Europe/Stockholm`) carries the zone's name too, and its
/// offset is the zone's at that local time.
public enum Temporal: Hashable, Sendable {
    case date(LocalDate)
    case localTime(LocalTime)
    case time(LocalTime, offset: Int)
    case localDateTime(LocalDate, LocalTime)
    case dateTime(LocalDate, LocalTime, offset: Int, zone: String?)
    case duration(Duration)

    /// The openCypher type name, as errors and `valueType` print it.
    public var typeName: String {
        switch self {
        case .date: return "Date"
        case .localTime: return "LocalTime"
        case .time: return "Time"
        case .localDateTime: return "LocalDateTime"
        case .dateTime: return "DateTime"
        case .duration: return "Duration"
        }
    }

    /// ISO 8601 text, as `toString` and every output prints it.
    public var isoText: String {
        switch self {
        case .date(let d): return d.isoText
        case .localTime(let t): return t.isoText
        case .time(let t, let offset): return t.isoText + TemporalText.offset(offset)
        case .localDateTime(let d, let t): return d.isoText + "T" + t.isoText
        case .dateTime(let d, let t, let offset, let zone):
            return d.isoText + "T" + t.isoText + TemporalText.offset(offset) + (zone.map { "[\($0)]" } ?? "")
        case .duration(let d): return d.isoText
        }
    }

    var datePart: LocalDate? {
        switch self {
        case .date(let d), .localDateTime(let d, _), .dateTime(let d, _, _, _): return d
        default: return nil
        }
    }

    var timePart: LocalTime? {
        switch self {
        case .localTime(let t), .time(let t, _), .localDateTime(_, let t), .dateTime(_, let t, _, _): return t
        default: return nil
        }
    }

    /// The zone of a `time` or `datetime`.
    var zonePart: TemporalZone? {
        switch self {
        case .time(_, let offset): return .offset(offset)
        case .dateTime(_, _, let offset, let zone): return zone.map(TemporalZone.named) ?? .offset(offset)
        default: return nil
        }
    }

    var offsetPart: Int? {
        switch self {
        case .time(_, let offset), .dateTime(_, _, let offset, _): return offset
        default: return nil
        }
    }

    /// Orders two values of the same type; nil for different types and for durations,
    /// which have no order. Times and datetimes order by their instant.
    public static func compare(_ a: Temporal, _ b: Temporal) -> ComparisonResult? {
        func order<T: Comparable>(_ x: T, _ y: T) -> ComparisonResult {
            x < y ? .orderedAscending : (x == y ? .orderedSame : .orderedDescending)
        }
        switch (a, b) {
        case (.date(let x), .date(let y)): return order(x, y)
        case (.localTime(let x), .localTime(let y)): return order(x, y)
        case (.time(let x, let ox), .time(let y, let oy)):
            let r = order(x.nanosOfDay - ox * LocalTime.nanosPerSecond, y.nanosOfDay - oy * LocalTime.nanosPerSecond)
            return r == .orderedSame ? order(oy, ox) : r
        case (.localDateTime(let dx, let tx), .localDateTime(let dy, let ty)):
            let r = order(dx, dy)
            return r == .orderedSame ? order(tx, ty) : r
        case (.dateTime(let dx, let tx, let ox, _), .dateTime(let dy, let ty, let oy, _)):
            let r = order(
                dx.epochDay * 86_400 + tx.nanosOfDay / LocalTime.nanosPerSecond - ox,
                dy.epochDay * 86_400 + ty.nanosOfDay / LocalTime.nanosPerSecond - oy)
            return r == .orderedSame ? order(tx.nanosecond, ty.nanosecond) : r
        default: return nil
        }
    }

    /// Seconds since 1970-01-01T00:00Z of a datetime, and its nanoseconds.
    var epochSecond: Int? {
        guard case .dateTime(let d, let t, let offset, _) = self else { return nil }
        return d.epochDay * 86_400 + t.nanosOfDay / LocalTime.nanosPerSecond - offset
    }
}

/// Where a `time` or `datetime` is: a fixed offset, or a named zone whose offset depends on the instant.
enum TemporalZone: Hashable {
    case offset(Int)
    case named(String)

    /// `Z`, `+01:00`, `-0530`, `+01`, `+02:05:59`, or a tz database name.
    static func parse(_ text: String) throws -> TemporalZone {
        if let seconds = TemporalParser.offsetSeconds(Substring(text)) { return .offset(seconds) }
        guard TimeZone(identifier: text) != nil else { throw TemporalError("there is no time zone \(text)") }
        return .named(text)
    }

    /// The offset at a local date and time, and the local time itself, moved forward when it falls in a gap.
    func resolve(_ date: LocalDate, _ time: LocalTime) throws -> (LocalDate, LocalTime, offset: Int, zone: String?) {
        switch self {
        case .offset(let seconds): return (date, time, seconds, nil)
        case .named(let name):
            let local = date.epochDay * 86_400 + time.nanosOfDay / LocalTime.nanosPerSecond
            let (offset, shift) = try ZoneRules.offset(zone: name, localSeconds: local)
            if shift == 0 { return (date, time, offset, name) }
            let moved = try LocalDateTimeMath.adding(seconds: shift, nanos: 0, to: date, time)
            return (moved.0, moved.1, offset, name)
        }
    }

    /// The local date and time in this zone of an instant.
    func local(epochSecond: Int, nanosecond: Int) throws -> (LocalDate, LocalTime, offset: Int, zone: String?) {
        let offset: Int
        var zone: String? = nil
        switch self {
        case .offset(let seconds): offset = seconds
        case .named(let name):
            offset = try ZoneRules.offset(zone: name, epochSecond: epochSecond)
            zone = name
        }
        let local = epochSecond + offset
        let day = CivilCalendar.floorDivide(local, 86_400)
        let seconds = CivilCalendar.floorModulo(local, 86_400)
        return (
            LocalDate(epochDay: day), LocalTime(nanosOfDay: seconds * LocalTime.nanosPerSecond + nanosecond), offset, zone
        )
    }
}

/// Offsets of named zones from the tz database Foundation carries.
enum ZoneRules {
    static func offset(zone: String, epochSecond: Int) throws -> Int {
        guard let tz = TimeZone(identifier: zone) else { throw TemporalError("there is no time zone \(zone)") }
        return tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(epochSecond)))
    }

    /// The offset for a local time (seconds since the epoch read as if UTC). In an overlap the
    /// earlier offset wins; in a gap the later offset, with `shift` seconds to move the local time forward.
    static func offset(zone: String, localSeconds: Int) throws -> (offset: Int, shift: Int) {
        let before = try offset(zone: zone, epochSecond: localSeconds - 86_400)
        let after = try offset(zone: zone, epochSecond: localSeconds + 86_400)
        let beforeValid = try offset(zone: zone, epochSecond: localSeconds - before) == before
        if beforeValid { return (before, 0) }
        let afterValid = try offset(zone: zone, epochSecond: localSeconds - after) == after
        if afterValid { return (after, 0) }
        let exact = try offset(zone: zone, epochSecond: localSeconds - before)
        return (exact, exact - before)
    }
}

/// Adding exact time to a local date and time.
enum LocalDateTimeMath {
    static func adding(seconds: Int, nanos: Int, to date: LocalDate, _ time: LocalTime) throws -> (LocalDate, LocalTime) {
        let nanosPerDay = LocalTime.nanosPerDay
        let days = seconds / 86_400
        let rest = (seconds % 86_400) * LocalTime.nanosPerSecond + nanos + time.nanosOfDay
        let carry = CivilCalendar.floorDivide(rest, nanosPerDay)
        let newDate = try date.adding(days: days + carry)
        return (newDate, LocalTime(nanosOfDay: rest - carry * nanosPerDay))
    }
}

extension Temporal {
    /// The value as the openCypher call that makes it: `date('2015-07-21')`.
    public var cypherLiteral: String {
        let function: String
        switch self {
        case .date: function = "date"
        case .localTime: function = "localtime"
        case .time: function = "time"
        case .localDateTime: function = "localdatetime"
        case .dateTime: function = "datetime"
        case .duration: function = "duration"
        }
        return function + "('" + isoText + "')"
    }
}

extension Temporal {
    /// The kind whose function makes this value.
    public var kind: TemporalKind {
        switch self {
        case .date: return .date
        case .localTime: return .localTime
        case .time: return .time
        case .localDateTime: return .localDateTime
        case .dateTime: return .dateTime
        case .duration: return .duration
        }
    }

    /// Reads back the ISO text of a value of a known kind, as snapshots store it.
    public init(kind: TemporalKind, isoText: String) throws {
        self = try TemporalConstruction.parse(kind, Substring(isoText), now: Date(timeIntervalSince1970: 0))
    }

    /// Reads back `cypherLiteral` (`date('2015-07-21')`); nil for any other text.
    public init?(cypherLiteral text: String) {
        guard let open = text.firstIndex(of: "("), text.hasSuffix("')"),
            let kind = TemporalKind(rawValue: String(text[..<open])),
            text[text.index(after: open)...].hasPrefix("'"), text.distance(from: open, to: text.endIndex) >= 4
        else { return nil }
        let body = text[text.index(open, offsetBy: 2)..<text.index(text.endIndex, offsetBy: -2)]
        guard let value = try? Temporal(kind: kind, isoText: String(body)) else { return nil }
        self = value
    }
}
