package dev.readout.vocabulary;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A date known to a day, a month or a year. A coarse date is stored as the first day of
 * its period, so that "May 2023" sorts with May and never reads as "1 May 2023".
 */
@Embeddable
public record PartialDate(@Column(nullable = false) LocalDate date,
		@Column(nullable = false, length = 5) @Enumerated(EnumType.STRING) DatePrecision precision) {

	public PartialDate {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(precision, "precision");
		if (!date.equals(startOfPeriod(date, precision))) {
			throw new IllegalArgumentException(date + " is not the start of a period of precision " + precision);
		}
	}

	public static PartialDate day(LocalDate day) {
		return new PartialDate(day, DatePrecision.DAY);
	}

	public static PartialDate month(YearMonth month) {
		return new PartialDate(month.atDay(1), DatePrecision.MONTH);
	}

	public static PartialDate year(int year) {
		return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	/**
	 * The date its ISO form names: {@code 2023-06-18}, {@code 2023-05} or {@code 2023}.
	 * @throws DateTimeParseException when the text is none of them
	 */
	public static PartialDate parse(String iso) {
		String text = iso.strip();
		return switch (text.length()) {
			case 4 -> year(Year.parse(text).getValue());
			case 7 -> month(YearMonth.parse(text));
			default -> day(LocalDate.parse(text));
		};
	}

	/** The first day this date can stand for. */
	public LocalDate earliestDay() {
		return this.date;
	}

	/** The last day this date can stand for. */
	public LocalDate latestDay() {
		return switch (this.precision) {
			case DAY -> this.date;
			case MONTH -> YearMonth.from(this.date).atEndOfMonth();
			case YEAR -> this.date.withDayOfYear(this.date.lengthOfYear());
		};
	}

	/**
	 * How many days this date can stand for: 1, the days of its month, or of its year.
	 */
	public int daysInPeriod() {
		return (int) ChronoUnit.DAYS.between(earliestDay(), latestDay()) + 1;
	}

	public boolean isExactDay() {
		return this.precision == DatePrecision.DAY;
	}

	/**
	 * Whether "after this day, within this date" leaves days to fall on: a month or year
	 * that the day lies in, before its last day. A date known to the day needs no window.
	 */
	public boolean leavesDaysAfter(LocalDate day) {
		return !isExactDay() && !day.isBefore(earliestDay()) && day.isBefore(latestDay());
	}

	private static LocalDate startOfPeriod(LocalDate date, DatePrecision precision) {
		return switch (precision) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
		};
	}

}
