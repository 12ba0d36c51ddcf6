/// Dates from the fields of the week, ordinal and quarter calendars, and the
/// component names property access reads (`d.year`, `t.offsetMinutes`).
enum TemporalFields {
    static func weekDate(weekYear: Int, week: Int, dayOfWeek: Int) throws -> LocalDate {
        guard (1...7).contains(dayOfWeek) else { throw TemporalError("the day of week \(dayOfWeek) is not between 1 and 7") }
        let start = CivilCalendar.firstDayOfWeekYear(weekYear)
        let weeks = (CivilCalendar.firstDayOfWeekYear(weekYear + 1) - start) / 7
        guard (1...weeks).contains(week) else { throw TemporalError("the week-based year \(weekYear) has no week \(week)") }
        return LocalDate(epochDay: start + (week - 1) * 7 + dayOfWeek - 1)
    }

    static func ordinalDate(year: Int, ordinalDay: Int) throws -> LocalDate {
        let length = CivilCalendar.isLeap(year) ? 366 : 365
        guard (1...length).contains(ordinalDay) else { throw TemporalError("the year \(year) has no day \(ordinalDay)") }
        return LocalDate(epochDay: CivilCalendar.epochDay(year: year, month: 1, day: 1) + ordinalDay - 1)
    }

    static func quarterDate(year: Int, quarter: Int, dayOfQuarter: Int) throws -> LocalDate {
        guard (1...4).contains(quarter) else { throw TemporalError("the quarter \(quarter) is not between 1 and 4") }
        let start = CivilCalendar.epochDay(year: year, month: (quarter - 1) * 3 + 1, day: 1)
        let end = quarter == 4 ? CivilCalendar.epochDay(year: year + 1, month: 1, day: 1)
            : CivilCalendar.epochDay(year: year, month: quarter * 3 + 1, day: 1)
        guard (1...(end - start)).contains(dayOfQuarter) else {
            throw TemporalError("quarter \(quarter) of \(year) has no day \(dayOfQuarter)")
        }
        return LocalDate(epochDay: start + dayOfQuarter - 1)
    }
}

extension Temporal {
    /// A component by its openCypher name (`year`, `weekDay`, `offsetSeconds`, `epochMillis`, a duration's `minutesOfHour` …); nil when this type has none of that name.
    public func component(_ rawName: String) -> Value? {
        let name = rawName.lowercased()
        if case .duration(let d) = self {
            guard let component = d.component(name) else { return nil }
            return component.map(Value.int) ?? .null
        }
        if let date = datePart {
            switch name {
            case "year": return .int(date.year)
            case "quarter": return .int(date.quarter)
            case "month": return .int(date.month)
            case "week": return .int(date.week)
            case "weekyear": return .int(date.weekYear)
            case "day": return .int(date.day)
            case "ordinalday": return .int(date.ordinalDay)
            case "weekday", "dayofweek": return .int(date.dayOfWeek)
            case "dayofquarter": return .int(date.dayOfQuarter)
            default: break
            }
        }
        if let time = timePart {
            switch name {
            case "hour": return .int(time.hour)
            case "minute": return .int(time.minute)
            case "second": return .int(time.second)
            case "millisecond": return .int(time.nanosecond / 1_000_000)
            case "microsecond": return .int(time.nanosecond / 1000)
            case "nanosecond": return .int(time.nanosecond)
            default: break
            }
        }
        if let offset = offsetPart {
            switch name {
            case "timezone":
                if case .dateTime(_, _, _, let zone?) = self { return .string(zone) }
                return .string(TemporalText.offset(offset) == "Z" ? "Z" : TemporalText.offset(offset))
            case "offset": return .string(TemporalText.offset(offset) == "Z" ? "+00:00" : TemporalText.offset(offset))
            case "offsetminutes": return .int(offset / 60)
            case "offsetseconds": return .int(offset)
            default: break
            }
        }
        if let epoch = epochSecond, let time = timePart {
            switch name {
            case "epochseconds": return .int(epoch)
            case "epochmillis":
                let (millis, overflow) = epoch.multipliedReportingOverflow(by: 1000)
                return overflow ? .null : .int(millis + time.nanosecond / 1_000_000)
            default: break
            }
        }
        return nil
    }
}
