package dev.readout.vocabulary;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Shows a date at its precision ("18 June 2023", "May 2023", "2023") wherever a template
 * writes {@code ${{date}}}, and reads the ISO forms {@code 2023-06-18}, {@code 2023-05}
 * and {@code 2023}.
 */
@Component
public class PartialDateFormatter implements Formatter<PartialDate> {

	@Override
	public String print(PartialDate value, Locale locale) {
		String pattern = switch (value.precision()) {
			case DAY -> "d MMMM uuuu";
			case MONTH -> "MMMM uuuu";
			case YEAR -> "uuuu";
		};
		return DateTimeFormatter.ofPattern(pattern, locale).format(value.date());
	}

	@Override
	public PartialDate parse(String text, Locale locale) throws ParseException {
		String iso = text.strip();
		try {
			return switch (iso.length()) {
				case 4 -> PartialDate.year(Year.parse(iso).getValue());
				case 7 -> PartialDate.month(YearMonth.parse(iso));
				default -> PartialDate.day(LocalDate.parse(iso));
			};
		}
		catch (DateTimeParseException ex) {
			throw new ParseException(text, ex.getErrorIndex());
		}
	}

}
