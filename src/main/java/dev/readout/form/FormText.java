package dev.readout.form;

import dev.readout.vocabulary.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Objects;

/** Turns what an analyst typed into a form into values for the record, and back. */
public final class FormText {

	/** A surrogate on its own: paired ones are read as one character. */
	private static final Pattern HALF_A_CHARACTER = Pattern.compile("\\p{Cs}");

	private FormText() {
	}

	/**
	 * The text as typed, less what no database or link can hold: NUL characters, which
	 * PostgreSQL cannot store and no one means to type, are dropped; half a character (a
	 * lone surrogate, from a broken client) becomes the replacement character, as any
	 * decoder would make it. Null stays null.
	 */
	public static String storable(String value) {
		if (value == null) {
			return null;
		}
		String withoutNul = (value.indexOf('\u0000') >= 0) ? value.replace("\u0000", "") : value;
		return HALF_A_CHARACTER.matcher(withoutNul).replaceAll("\uFFFD");
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
