package dev.readout.form;

import dev.readout.vocabulary.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Turns what an analyst typed into a form into values for the record, and back. */
public final class FormText {

	private FormText() {
	}

	/**
	 * The text without NUL characters, which PostgreSQL cannot store in text and no one
	 * means to type; null stays null.
	 */
	public static String withoutNul(String value) {
		return (value != null && value.indexOf('\u0000') >= 0) ? value.replace("\u0000", "") : value;
	}

	/**
	 * The values chosen in a list field, without the gaps a form leaves (an empty box, a
	 * skipped index); never null.
	 */
	public static <T> List<T> chosen(List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

	public static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	/** The stripped text, or null for blank, so the record never stores empty strings. */
	public static String orNull(String value) {
		return hasText(value) ? value.strip() : null;
	}

	public static String of(Object value) {
		return (value != null) ? value.toString() : "";
	}

	/** The date written as yyyy-mm-dd, or null when blank or not a day that exists. */
	public static LocalDate date(String value) {
		if (!hasText(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The date at the precision it is written in (2023-06-19, 2023-06 or 2023), or null
	 * when blank or invalid.
	 */
	public static PartialDate partialDate(String value) {
		if (!hasText(value)) {
			return null;
		}
		try {
			return PartialDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * How a form shows a date at its precision, the way {@link #partialDate(String)}
	 * reads it back; blank for no date.
	 */
	public static String asWritten(PartialDate date) {
		if (date == null) {
			return "";
		}
		return switch (date.precision()) {
			case DAY -> date.date().toString();
			case MONTH -> YearMonth.from(date.date()).toString();
			case YEAR -> String.valueOf(date.date().getYear());
		};
	}

	/** The non-blank lines, stripped: how forms take a list, one item per line. */
	public static List<String> lines(String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public static String lines(List<String> items) {
		return String.join("\n", items);
	}

}
