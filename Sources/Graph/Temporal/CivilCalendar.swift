/// Proleptic Gregorian calendar arithmetic on days since 1970-01-01, as ISO 8601
/// and openCypher count them (weeks start on Monday; week 1 holds the 4th of January).
enum CivilCalendar {
    /// Division and remainder rounding toward minus infinity, for any `a` (Int.min too) and `b` > 0.
    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return a % b != 0 && a < 0 ? q - 1 : q
    }

    static func floorModulo(_ a: Int, _ b: Int) -> Int {
        let r = a % b
        return r < 0 ? r + b : r
    }

    static func epochDay(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(epochDay: Int) -> (year: Int, month: Int, day: Int) {
        let z = epochDay + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 1 for Monday … 7 for Sunday.
    static func dayOfWeek(epochDay: Int) -> Int { floorModulo(epochDay + 3, 7) + 1 }

    /// The Monday that starts week 1 of an ISO week-based year.
    static func firstDayOfWeekYear(_ weekYear: Int) -> Int {
        let fourth = epochDay(year: weekYear, month: 1, day: 4)
        return fourth - (dayOfWeek(epochDay: fourth) - 1)
    }

    /// The ISO week-based year and week of a day.
    static func week(epochDay: Int) -> (weekYear: Int, week: Int) {
        let thursday = epochDay - dayOfWeek(epochDay: epochDay) + 4
        let year = civil(epochDay: thursday).year
        return (year, (thursday - self.epochDay(year: year, month: 1, day: 1)) / 7 + 1)
    }
}
