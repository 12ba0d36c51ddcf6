/// A calendar date without a time zone (openCypher's `Date`).
public struct LocalDate: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Checks the fields; the year range is openCypher's (±999,999,999).
    public init(year: Int, month: Int, day: Int) throws {
        guard (-999_999_999...999_999_999).contains(year) else { throw TemporalError("the year \(year) is out of range") }
        guard (1...12).contains(month) else { throw TemporalError("the month \(month) is not between 1 and 12") }
        guard (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day) else {
            throw TemporalError("\(year)-\(month) has no day \(day)")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    public init(epochDay: Int) {
        let c = CivilCalendar.civil(epochDay: epochDay)
        year = c.year
        month = c.month
        day = c.day
    }

    public var epochDay: Int { CivilCalendar.epochDay(year: year, month: month, day: day) }
    public var dayOfWeek: Int { CivilCalendar.dayOfWeek(epochDay: epochDay) }
    public var ordinalDay: Int { epochDay - CivilCalendar.epochDay(year: year, month: 1, day: 1) + 1 }
    public var quarter: Int { (month - 1) / 3 + 1 }
    public var dayOfQuarter: Int {
        epochDay - CivilCalendar.epochDay(year: year, month: (quarter - 1) * 3 + 1, day: 1) + 1
    }
    public var weekYear: Int { CivilCalendar.week(epochDay: epochDay).weekYear }
    public var week: Int { CivilCalendar.week(epochDay: epochDay).week }

    /// Adds months, keeping the day where the month has it, else its last day.
    public func adding(months: Int) throws -> LocalDate {
        let (index, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !overflow else { throw TemporalError("the date is out of range") }
        let y = CivilCalendar.floorDivide(index, 12)
        let m = CivilCalendar.floorModulo(index, 12) + 1
        return try LocalDate(year: y, month: m, day: min(day, CivilCalendar.daysInMonth(year: y, month: m)))
    }

    public func adding(days: Int) throws -> LocalDate {
        let (sum, overflow) = epochDay.addingReportingOverflow(days)
        guard !overflow, abs(sum) < 366_000_000_000 else { throw TemporalError("the date is out of range") }
        let date = LocalDate(epochDay: sum)
        guard abs(date.year) <= 999_999_999 else { throw TemporalError("the date is out of range") }
        return date
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// ISO text: `2015-07-21`, `+10000-01-01`, `-0001-12-31`.
    public var isoText: String {
        let y: String
        if year > 9999 {
            y = "+" + String(year)
        } else if year < 0 {
            y = "-" + TemporalText.pad(-year, 4)
        } else {
            y = TemporalText.pad(year, 4)
        }
        return y + "-" + TemporalText.pad(month, 2) + "-" + TemporalText.pad(day, 2)
    }
}

/// A time of day without a time zone, to the nanosecond.
public struct LocalTime: Hashable, Comparable, Sendable {
    public static let nanosPerSecond = 1_000_000_000
    public static let nanosPerDay = 86_400 * 1_000_000_000

    /// Nanoseconds since midnight, in 0..<nanosPerDay.
    public let nanosOfDay: Int

    public init(nanosOfDay: Int) { self.nanosOfDay = CivilCalendar.floorModulo(nanosOfDay, Self.nanosPerDay) }

    public init(hour: Int, minute: Int, second: Int, nanosecond: Int) throws {
        guard (0...23).contains(hour) else { throw TemporalError("the hour \(hour) is not between 0 and 23") }
        guard (0...59).contains(minute) else { throw TemporalError("the minute \(minute) is not between 0 and 59") }
        guard (0...59).contains(second) else { throw TemporalError("the second \(second) is not between 0 and 59") }
        guard (0..<Self.nanosPerSecond).contains(nanosecond) else {
            throw TemporalError("the nanosecond \(nanosecond) is out of range")
        }
        nanosOfDay = ((hour * 60 + minute) * 60 + second) * Self.nanosPerSecond + nanosecond
    }

    public var hour: Int { nanosOfDay / (3600 * Self.nanosPerSecond) }
    public var minute: Int { nanosOfDay / (60 * Self.nanosPerSecond) % 60 }
    public var second: Int { nanosOfDay / Self.nanosPerSecond % 60 }
    public var nanosecond: Int { nanosOfDay % Self.nanosPerSecond }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.nanosOfDay < b.nanosOfDay }

    /// ISO text: `21:40`, `21:40:32`, `21:40:32.142` (the fraction in groups of three digits).
    public var isoText: String {
        var s = TemporalText.pad(hour, 2) + ":" + TemporalText.pad(minute, 2)
        if second != 0 || nanosecond != 0 { s += ":" + TemporalText.pad(second, 2) }
        if nanosecond != 0 {
            if nanosecond % 1_000_000 == 0 {
                s += "." + TemporalText.pad(nanosecond / 1_000_000, 3)
            } else if nanosecond % 1000 == 0 {
                s += "." + TemporalText.pad(nanosecond / 1000, 6)
            } else {
                s += "." + TemporalText.pad(nanosecond, 9)
            }
        }
        return s
    }
}

/// Number formatting shared by the temporal types.
enum TemporalText {
    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// `Z`, `+01:00`, `-02:05:07`.
    static func offset(_ seconds: Int) -> String {
        if seconds == 0 { return "Z" }
        let magnitude = abs(seconds)
        var s = (seconds < 0 ? "-" : "+") + pad(magnitude / 3600, 2) + ":" + pad(magnitude / 60 % 60, 2)
        if magnitude % 60 != 0 { s += ":" + pad(magnitude % 60, 2) }
        return s
    }
}
