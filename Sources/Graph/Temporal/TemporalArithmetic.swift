/// Adding durations to instants, and the durations between two instants
/// (`duration.between`, `inMonths`, `inDays`, `inSeconds`).
public enum TemporalArithmetic {
    /// An instant moved by a duration: months first (the day kept where the month has it),
    /// then days, then the exact time. A date takes whole days of the time part only; a time only the time part.
    public static func add(_ duration: Duration, to value: Temporal) throws -> Temporal {
        let (seconds, nanos) = duration.signedSecondsAndNanos
        switch value {
        case .duration(let d): return .duration(try d.adding(duration))
        case .date(let d):
            return .date(try d.adding(months: duration.months).adding(days: duration.days + seconds / 86_400))
        case .localTime(let t):
            return .localTime(LocalTime(nanosOfDay: t.nanosOfDay + (seconds % 86_400) * LocalTime.nanosPerSecond + nanos))
        case .time(let t, let offset):
            return .time(
                LocalTime(nanosOfDay: t.nanosOfDay + (seconds % 86_400) * LocalTime.nanosPerSecond + nanos), offset: offset)
        case .localDateTime(let d, let t):
            let day = try d.adding(months: duration.months).adding(days: duration.days)
            let (nd, nt) = try LocalDateTimeMath.adding(seconds: seconds, nanos: nanos, to: day, t)
            return .localDateTime(nd, nt)
        case .dateTime(let d, let t, let offset, let zone):
            let day = try d.adding(months: duration.months).adding(days: duration.days)
            guard let zone else {
                let (nd, nt) = try LocalDateTimeMath.adding(seconds: seconds, nanos: nanos, to: day, t)
                return .dateTime(nd, nt, offset: offset, zone: nil)
            }
            // In a named zone, calendar parts move the clock and exact parts the instant.
            let named = TemporalZone.named(zone)
            let r = try named.resolve(day, t)
            let (moved, movedTime) = try LocalDateTimeMath.adding(seconds: seconds, nanos: nanos, to: r.0, r.1)
            let epoch = moved.epochDay * 86_400 + movedTime.nanosOfDay / LocalTime.nanosPerSecond - r.offset
            let l = try named.local(epochSecond: epoch, nanosecond: movedTime.nanosecond)
            return .dateTime(l.0, l.1, offset: l.offset, zone: l.zone)
        }
    }

    public enum BetweenUnit: Sendable { case all, months, days, seconds }

    /// The duration from `a` to `b`. Two values with dates count whole months, then
    /// whole days, then the time; without a date on either side only the time of day
    /// counts. When both carry a zone, `b` is first read in `a`'s zone.
    public static func between(_ a: Temporal, _ b: Temporal, _ unit: BetweenUnit = .all) throws -> Duration {
        if case .duration = a { throw TemporalError("duration.between needs two instants, not a Duration") }
        if case .duration = b { throw TemporalError("duration.between needs two instants, not a Duration") }
        let midnight = LocalTime(nanosOfDay: 0)
        guard let aDate = a.datePart, var bDate = b.datePart else {
            if unit == .months || unit == .days { return .zero }
            var ta = (a.timePart ?? midnight).nanosOfDay
            var tb = (b.timePart ?? midnight).nanosOfDay
            if let oa = a.offsetPart, let ob = b.offsetPart {
                ta -= oa * LocalTime.nanosPerSecond
                tb -= ob * LocalTime.nanosPerSecond
            }
            return Duration(months: 0, days: 0, seconds: 0, nanoseconds: tb - ta)
        }
        let aTime = a.timePart ?? midnight
        var bTime = b.timePart ?? midnight
        if let zone = a.zonePart, b.zonePart != nil, let epoch = b.epochSecond {
            let l = try zone.local(epochSecond: epoch, nanosecond: bTime.nanosecond)
            bDate = l.0
            bTime = l.1
        }
        var months = 0
        if unit == .all || unit == .months {
            var end = bDate
            if bDate > aDate && bTime < aTime {
                end = try bDate.adding(days: -1)
            } else if bDate < aDate && bTime > aTime {
                end = try bDate.adding(days: 1)
            }
            months = (end.year - aDate.year) * 12 + end.month - aDate.month
            let dayDifference = end.day - aDate.day
            if months > 0 && dayDifference < 0 { months -= 1 } else if months < 0 && dayDifference > 0 { months += 1 }
            if unit == .months { return Duration(months: months, days: 0, seconds: 0, nanoseconds: 0) }
        }
        let start = try aDate.adding(months: months)
        var days = bDate.epochDay - start.epochDay
        var time = bTime.nanosOfDay - aTime.nanosOfDay
        if days > 0 && time < 0 {
            days -= 1
            time += LocalTime.nanosPerDay
        } else if days < 0 && time > 0 {
            days += 1
            time -= LocalTime.nanosPerDay
        }
        switch unit {
        case .days: return Duration(months: 0, days: days, seconds: 0, nanoseconds: 0)
        case .seconds:
            let (daySeconds, o) = days.multipliedReportingOverflow(by: 86_400)
            if o { throw TemporalError("the duration is too large") }
            return Duration(months: 0, days: 0, seconds: daySeconds, nanoseconds: time)
        default: return Duration(months: months, days: days, seconds: 0, nanoseconds: time)
        }
    }
}
