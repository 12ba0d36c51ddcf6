import Foundation

/// The six temporal functions' types: `date`, `localtime`, `time`, `localdatetime`, `datetime`, `duration`.
public enum TemporalKind: String, CaseIterable, Sendable {
    case date, localTime = "localtime", time, localDateTime = "localdatetime", dateTime = "datetime", duration

    var hasDate: Bool { self == .date || self == .localDateTime || self == .dateTime }
    var hasTime: Bool { self == .localTime || self == .time || self == .localDateTime || self == .dateTime }
    var hasZone: Bool { self == .time || self == .dateTime }
}

/// Making temporal values as the functions do: from ISO text, from a map of fields
/// (optionally selecting from other temporal values: `{date: d, hour: 12}`), from
/// another temporal value, from the current clock, and by truncation.
public enum TemporalConstruction {
    /// `kind(argument)`; `nil` for the current instant.
    public static func make(_ kind: TemporalKind, _ argument: Value?, now: Date = Date()) throws -> Value {
        guard let argument else { return .temporal(try current(kind, zone: .offset(0), now: now)) }
        switch argument {
        case .null: return .null
        case .string(let text): return .temporal(try parse(kind, Substring(text), now: now))
        case .map(let fields): return .temporal(try fromMap(kind, fields, now: now))
        case .temporal(let other):
            if kind == .duration {
                guard case .duration = other else { throw TemporalError("duration() cannot take a \(other.typeName)") }
                return argument
            }
            var key = "datetime"
            if other.datePart == nil { key = "time" } else if other.timePart == nil || kind == .date { key = "date" }
            return .temporal(try fromMap(kind, [key: argument], now: now))
        default:
            throw TemporalError("\(kind.rawValue)() needs a string, a map or a temporal value, not \(argument.typeName)")
        }
    }

    /// The current instant as `kind`, in a zone.
    static func current(_ kind: TemporalKind, zone: TemporalZone, now: Date) throws -> Temporal {
        let seconds = now.timeIntervalSince1970
        let whole = Int(seconds.rounded(.down))
        let nanos = Int(((seconds - Double(whole)) * 1e9).rounded(.down))
        let (d, t, offset, name) = try zone.local(epochSecond: whole, nanosecond: max(0, min(nanos, 999_999_999)))
        switch kind {
        case .date: return .date(d)
        case .localTime: return .localTime(t)
        case .time: return .time(t, offset: offset)
        case .localDateTime: return .localDateTime(d, t)
        case .dateTime: return .dateTime(d, t, offset: offset, zone: name)
        case .duration: throw TemporalError("duration() needs an argument")
        }
    }

    static func parse(_ kind: TemporalKind, _ text: Substring, now: Date) throws -> Temporal {
        let text = text.trimmingCharacters(in: .whitespaces)[...]
        switch kind {
        case .date: return .date(try TemporalParser.parseDate(text))
        case .localTime: return .localTime(try TemporalParser.parseTime(text).0)
        case .time:
            let (t, zone) = try TemporalParser.parseTime(text)
            return .time(t, offset: try offset(of: zone ?? .offset(0), now: now))
        case .localDateTime:
            let (d, t, _) = try TemporalParser.parseDateTime(text)
            return .localDateTime(d, t)
        case .dateTime:
            let (d, t, zone) = try TemporalParser.parseDateTime(text)
            let resolved = try (zone ?? .offset(0)).resolve(d, t)
            return .dateTime(resolved.0, resolved.1, offset: resolved.offset, zone: resolved.zone)
        case .duration: return .duration(try TemporalParser.parseDuration(text))
        }
    }

    /// A zone's offset for a `time`, which has no date: a named zone's offset now.
    private static func offset(of zone: TemporalZone, now: Date) throws -> Int {
        switch zone {
        case .offset(let seconds): return seconds
        case .named(let name): return try ZoneRules.offset(zone: name, epochSecond: Int(now.timeIntervalSince1970))
        }
    }

    static let dateFields: Set<String> = [
        "year", "month", "day", "week", "dayofweek", "quarter", "dayofquarter", "ordinalday",
    ]
    static let timeFields: Set<String> = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"]

    static func fromMap(_ kind: TemporalKind, _ raw: [String: Value], now: Date) throws -> Temporal {
        var fields: [String: Value] = [:]
        for (key, value) in raw { fields[key.lowercased()] = value }
        if kind == .duration {
            var builder = DurationBuilder()
            for (key, value) in fields where !value.isNull {
                guard try builder.add(key, value) else { throw TemporalError("a duration has no field \(key)") }
            }
            return .duration(try builder.duration())
        }
        let allowed = dateFields.union(timeFields).union(["date", "time", "datetime", "timezone", "epochseconds", "epochmillis"])
        if let unknown = fields.keys.first(where: { !allowed.contains($0) }) {
            throw TemporalError("\(kind.rawValue)() has no field \(unknown)")
        }
        let givenZone = try fields["timezone"].map { value -> TemporalZone in
            guard case .string(let text) = value else { throw TemporalError("timezone must be a string") }
            return try TemporalZone.parse(text)
        }
        if fields.keys.allSatisfy({ $0 == "timezone" }) {
            if fields.isEmpty, kind.hasDate { throw TemporalError("\(kind.rawValue)() needs at least a year") }
            return try current(kind, zone: givenZone ?? .offset(0), now: now)
        }
        var sourceDate: LocalDate? = nil
        var sourceTime: LocalTime? = nil
        var sourceZone: TemporalZone? = nil
        func temporal(_ key: String) throws -> Temporal? {
            guard let value = fields[key], !value.isNull else { return nil }
            guard case .temporal(let t) = value else { throw TemporalError("\(key) must be a temporal value, not \(value.typeName)") }
            return t
        }
        if let t = try temporal("datetime") {
            sourceDate = t.datePart
            sourceTime = t.timePart
            sourceZone = t.zonePart
        }
        if let t = try temporal("date") {
            guard let d = t.datePart else { throw TemporalError("date must hold a date, not a \(t.typeName)") }
            sourceDate = d
        }
        if let t = try temporal("time") {
            guard let time = t.timePart else { throw TemporalError("time must hold a time, not a \(t.typeName)") }
            sourceTime = time
            sourceZone = t.zonePart
        }
        var date: LocalDate? = nil
        if kind.hasDate {
            if let seconds = try integer(fields, "epochseconds") ?? (try integer(fields, "epochmillis")).map({ CivilCalendar.floorDivide($0, 1000) }) {
                var nanos = try integer(fields, "nanosecond") ?? 0
                guard (0..<LocalTime.nanosPerSecond).contains(nanos) else {
                    throw TemporalError("the nanosecond \(nanos) is out of range")
                }
                if let millis = try integer(fields, "epochmillis"), fields["epochseconds"] == nil {
                    nanos += CivilCalendar.floorModulo(millis, 1000) * 1_000_000
                }
                let (d, t, offset, zone) = try (givenZone ?? .offset(0)).local(epochSecond: seconds, nanosecond: nanos)
                switch kind {
                case .date: return .date(d)
                case .localDateTime: return .localDateTime(d, t)
                default: return .dateTime(d, t, offset: offset, zone: zone)
                }
            }
            date = try resolveDate(base: sourceDate, fields)
        }
        guard kind.hasTime else { return .date(date!) }
        var time = sourceTime
        var zone = givenZone ?? sourceZone ?? .offset(0)
        if let source = sourceTime, let from = sourceZone, let to = givenZone, kind.hasZone, from != to {
            // A zoned time moved to another zone keeps its instant.
            let day = date ?? LocalDate(epochDay: 0)
            let (d0, t0, offset, _) = try from.resolve(day, source)
            let epoch = d0.epochDay * 86_400 + t0.nanosOfDay / LocalTime.nanosPerSecond - offset
            let moved: (LocalDate, LocalTime, offset: Int, zone: String?)
            if kind == .time, case .named = to {
                moved = try TemporalZone.offset(try self.offset(of: to, now: now)).local(epochSecond: epoch, nanosecond: t0.nanosecond)
            } else {
                moved = try to.local(epochSecond: epoch, nanosecond: t0.nanosecond)
            }
            if kind.hasDate { date = moved.0 }
            time = moved.1
            zone = to
        }
        let resolvedTime = try resolveTime(base: time, fields, required: !kind.hasDate || sourceDate == nil)
        switch kind {
        case .localTime: return .localTime(resolvedTime)
        case .time: return .time(resolvedTime, offset: try offset(of: zone, now: now))
        case .localDateTime: return .localDateTime(date!, resolvedTime)
        default:
            let r = try zone.resolve(date!, resolvedTime)
            return .dateTime(r.0, r.1, offset: r.offset, zone: r.zone)
        }
    }

    /// A field's whole number; every calendar and clock field is far inside ±1e12, checked here
    /// before any arithmetic (epoch seconds and milliseconds have their own bounds).
    static func integer(_ fields: [String: Value], _ key: String) throws -> Int? {
        switch fields[key] {
        case nil, .null?: return nil
        case .int(let i)?:
            // Epoch milliseconds fit whole (as seconds they are within the calendar's range).
            if key == "epochmillis" { return i }
            let bound = key == "epochseconds" ? 31_000_000_000_000_000 : 1_000_000_000_000
            guard i > -bound && i < bound else { throw TemporalError("\(key) \(i) is out of range") }
            return i
        case let other?: throw TemporalError("\(key) must be an integer, not \(other.typeName)")
        }
    }

    static func resolveDate(base: LocalDate?, _ fields: [String: Value]) throws -> LocalDate {
        let year = try integer(fields, "year")
        let month = try integer(fields, "month")
        let day = try integer(fields, "day")
        let week = try integer(fields, "week")
        let dayOfWeek = try integer(fields, "dayofweek")
        let quarter = try integer(fields, "quarter")
        let dayOfQuarter = try integer(fields, "dayofquarter")
        let ordinalDay = try integer(fields, "ordinalday")
        if let base {
            if let week {
                return try TemporalFields.weekDate(
                    weekYear: year ?? base.weekYear, week: week, dayOfWeek: dayOfWeek ?? base.dayOfWeek)
            }
            if let dayOfWeek, month == nil, day == nil {
                return try TemporalFields.weekDate(weekYear: year ?? base.weekYear, week: base.week, dayOfWeek: dayOfWeek)
            }
            if let ordinalDay { return try TemporalFields.ordinalDate(year: year ?? base.year, ordinalDay: ordinalDay) }
            if let quarter {
                return try TemporalFields.quarterDate(
                    year: year ?? base.year, quarter: quarter, dayOfQuarter: dayOfQuarter ?? base.dayOfQuarter)
            }
            return try LocalDate(year: year ?? base.year, month: month ?? base.month, day: day ?? base.day)
        }
        guard let year else { throw TemporalError("a date needs a year") }
        if let week { return try TemporalFields.weekDate(weekYear: year, week: week, dayOfWeek: dayOfWeek ?? 1) }
        if let ordinalDay { return try TemporalFields.ordinalDate(year: year, ordinalDay: ordinalDay) }
        if let quarter {
            return try TemporalFields.quarterDate(year: year, quarter: quarter, dayOfQuarter: dayOfQuarter ?? 1)
        }
        if day != nil && month == nil { throw TemporalError("a date with a day needs a month") }
        return try LocalDate(year: year, month: month ?? 1, day: day ?? 1)
    }

    static func resolveTime(base: LocalTime?, _ fields: [String: Value], required: Bool) throws -> LocalTime {
        let hour = try integer(fields, "hour")
        let minute = try integer(fields, "minute")
        let second = try integer(fields, "second")
        let millisecond = try integer(fields, "millisecond")
        let microsecond = try integer(fields, "microsecond")
        let nanosecond = try integer(fields, "nanosecond")
        var nanos = base?.nanosecond ?? 0
        if millisecond != nil || microsecond != nil || nanosecond != nil {
            if let nanosecond, !(0..<LocalTime.nanosPerSecond).contains(nanosecond) {
                throw TemporalError("the nanosecond \(nanosecond) is out of range")
            }
            if let millisecond, !(0..<1000).contains(millisecond) { throw TemporalError("the millisecond \(millisecond) is out of range") }
            if let microsecond, !(0..<1_000_000).contains(microsecond) { throw TemporalError("the microsecond \(microsecond) is out of range") }
            if let base, millisecond == nil, microsecond == nil, let nanosecond, nanosecond < 1000 {
                // A value cut to the millisecond or microsecond keeps those digits; the field sets the rest.
                nanos = base.nanosecond / 1000 * 1000 + nanosecond
            } else if let base, millisecond == nil, let microsecond, microsecond < 1000 {
                nanos = base.nanosecond / 1_000_000 * 1_000_000 + microsecond * 1000 + (nanosecond ?? 0)
            } else {
                nanos = (millisecond ?? 0) * 1_000_000 + (microsecond ?? 0) * 1000 + (nanosecond ?? 0)
            }
        }
        return try LocalTime(
            hour: hour ?? base?.hour ?? 0, minute: minute ?? base?.minute ?? 0, second: second ?? base?.second ?? 0,
            nanosecond: nanos)
    }
}
