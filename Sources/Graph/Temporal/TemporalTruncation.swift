/// `date.truncate(unit, value, fields)` and its kin: the value cut to the start of
/// the unit, then the fields set as in a map constructor (a `timezone` replaces the
/// zone without moving the clock).
public enum TemporalTruncation {
    static let dateUnits = ["millennium", "century", "decade", "year", "weekyear", "quarter", "month", "week", "day"]
    static let timeUnits = ["hour", "minute", "second", "millisecond", "microsecond"]

    public static func truncate(_ kind: TemporalKind, unit rawUnit: String, _ value: Temporal, fields raw: [String: Value]) throws -> Temporal {
        let unit = rawUnit.lowercased()
        guard dateUnits.contains(unit) || timeUnits.contains(unit) else {
            throw TemporalError("there is no unit \(rawUnit) to truncate to")
        }
        if kind == .duration { throw TemporalError("a duration cannot be truncated") }
        if dateUnits.contains(unit) && unit != "day" && !kind.hasDate {
            throw TemporalError("\(kind.rawValue) cannot be truncated to \(rawUnit)")
        }
        var date = value.datePart
        var time = value.timePart ?? LocalTime(nanosOfDay: 0)
        if kind.hasDate && date == nil { throw TemporalError("a \(value.typeName) has no date to truncate") }
        if let d = date, dateUnits.contains(unit) {
            time = LocalTime(nanosOfDay: 0)
            func yearStart(_ y: Int) throws -> LocalDate { try LocalDate(year: y, month: 1, day: 1) }
            switch unit {
            case "millennium": date = try yearStart(CivilCalendar.floorDivide(d.year, 1000) * 1000)
            case "century": date = try yearStart(CivilCalendar.floorDivide(d.year, 100) * 100)
            case "decade": date = try yearStart(CivilCalendar.floorDivide(d.year, 10) * 10)
            case "year": date = try yearStart(d.year)
            case "weekyear": date = LocalDate(epochDay: CivilCalendar.firstDayOfWeekYear(d.weekYear))
            case "quarter": date = try LocalDate(year: d.year, month: (d.quarter - 1) * 3 + 1, day: 1)
            case "month": date = try LocalDate(year: d.year, month: d.month, day: 1)
            case "week": date = LocalDate(epochDay: d.epochDay - d.dayOfWeek + 1)
            default: break
            }
        } else if unit == "day" {
            time = LocalTime(nanosOfDay: 0)
        } else {
            let size: Int
            switch unit {
            case "hour": size = 3600 * LocalTime.nanosPerSecond
            case "minute": size = 60 * LocalTime.nanosPerSecond
            case "second": size = LocalTime.nanosPerSecond
            case "millisecond": size = 1_000_000
            default: size = 1000
            }
            time = LocalTime(nanosOfDay: time.nanosOfDay / size * size)
        }
        var fields: [String: Value] = [:]
        for (key, v) in raw { fields[key.lowercased()] = v }
        var zone = value.zonePart ?? .offset(0)
        if let given = fields["timezone"] {
            guard case .string(let text) = given else { throw TemporalError("timezone must be a string") }
            zone = try TemporalZone.parse(text)
        }
        if kind.hasDate, let d = date { date = try TemporalConstruction.resolveDate(base: d, fields) }
        if kind.hasTime { time = try TemporalConstruction.resolveTime(base: time, fields, required: false) }
        switch kind {
        case .date: return .date(date!)
        case .localDateTime: return .localDateTime(date!, time)
        case .dateTime:
            let r = try zone.resolve(date!, time)
            return .dateTime(r.0, r.1, offset: r.offset, zone: r.zone)
        case .localTime: return .localTime(time)
        case .time:
            if case .offset(let seconds) = zone { return .time(time, offset: seconds) }
            return .time(time, offset: value.offsetPart ?? 0)
        case .duration: throw TemporalError("a duration cannot be truncated")
        }
    }
}
