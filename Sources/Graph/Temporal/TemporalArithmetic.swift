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
            let (days, overflow) = duration.days.addingReportingOverflow(seconds / 86_400)
            if overflow { throw TemporalError("the date is out of range") }
            return .date(try d.adding(months: duration.months).adding(days: days))
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

    /// The duration from `a` to `b`. A side without a date takes the other's date, a side
    /// without a time midnight, a side without a zone the other's zone. Two values with
    /// dates count whole months, then whole days on the clock of `a`'s zone, then the exact
    /// time left; when either has no date, only the time counts.
    public static func between(_ a: Temporal, _ b: Temporal, _ unit: BetweenUnit = .all) throws -> Duration {
        if case .duration = a { throw TemporalError("duration.between needs two instants, not a Duration") }
        if case .duration = b { throw TemporalError("duration.between needs two instants, not a Duration") }
        let midnight = LocalTime(nanosOfDay: 0)
        let bothDated = a.datePart != nil && b.datePart != nil
        let aDate = a.datePart ?? b.datePart ?? LocalDate(epochDay: 0)
        let bDate = b.datePart ?? a.datePart ?? LocalDate(epochDay: 0)
        let aTime = a.timePart ?? midnight
        var bTime = b.timePart ?? midnight
        let aZone = a.zonePart ?? b.zonePart
        let bZone = b.zonePart ?? a.zonePart
        // Exact nanoseconds from one local date and time (read in a zone, if any) to another.
        func exact(_ d1: LocalDate, _ t1: LocalTime, _ z1: TemporalZone?, _ d2: LocalDate, _ t2: LocalTime, _ z2: TemporalZone?) throws -> (Int, Int) {
            var o1 = 0, o2 = 0
            if let z1, let z2 {
                o1 = try z1.resolve(d1, t1).offset
                o2 = try z2.resolve(d2, t2).offset
            }
            let days = d2.epochDay - d1.epochDay
            let (daySeconds, overflow) = days.multipliedReportingOverflow(by: 86_400)
            if overflow { throw TemporalError("the duration is too large") }
            return (daySeconds - o2 + o1, t2.nanosOfDay - t1.nanosOfDay)
        }
        if !bothDated || unit == .seconds {
            if !bothDated && (unit == .months || unit == .days) { return .zero }
            let (seconds, nanos) = try exact(aDate, aTime, aZone, bDate, bTime, bZone)
            return Duration(months: 0, days: 0, seconds: seconds, nanoseconds: nanos)
        }
        // b's clock in a's zone, for counting months and days.
        var bLocalDate = bDate
        if let aZone, let bZone {
            let r = try bZone.resolve(bDate, bTime)
            let epoch = r.0.epochDay * 86_400 + r.1.nanosOfDay / LocalTime.nanosPerSecond - r.offset
            let l = try aZone.local(epochSecond: epoch, nanosecond: r.1.nanosecond)
            bLocalDate = l.0
            bTime = l.1
        }
        var months = 0
        if unit == .all || unit == .months {
            var end = bLocalDate
            if bLocalDate > aDate && bTime < aTime {
                end = try bLocalDate.adding(days: -1)
            } else if bLocalDate < aDate && bTime > aTime {
                end = try bLocalDate.adding(days: 1)
            }
            months = (end.year - aDate.year) * 12 + end.month - aDate.month
            let dayDifference = end.day - aDate.day
            if months > 0 && dayDifference < 0 { months -= 1 } else if months < 0 && dayDifference > 0 { months += 1 }
            if unit == .months { return Duration(months: months, days: 0, seconds: 0, nanoseconds: 0) }
        }
        let start = try aDate.adding(months: months)
        var days = bLocalDate.epochDay - start.epochDay
        if days > 0 && bTime < aTime { days -= 1 } else if days < 0 && bTime > aTime { days += 1 }
        if unit == .days { return Duration(months: 0, days: days, seconds: 0, nanoseconds: 0) }
        let (seconds, nanos) = try exact(try start.adding(days: days), aTime, aZone, bDate, b.timePart ?? midnight, bZone)
        return Duration(months: months, days: days, seconds: seconds, nanoseconds: nanos)
    }
}
