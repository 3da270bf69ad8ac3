package dev.readout.vocabulary;

import java.text.ParseException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Shows a date at its precision ("18 June 2023", "May 2023", "2023"; in Chinese
 * "2023年6月18日", "2023年5月", "2023年") wherever a template writes {@code ${{date}}}, and
 * reads the ISO forms {@code 2023-06-18}, {@code 2023-05} and {@code 2023}.
 */
@Component
public class PartialDateFormatter implements Formatter<PartialDate> {

	private final MessageSource messages;

	/**
	 * Formatters by pattern message and language: a timeline page writes a hundred dates,
	 * and reading a pattern costs more than applying it.
	 */
	private final Map<Locale, Map<String, DateTimeFormatter>> formatters = new ConcurrentHashMap<>();

	PartialDateFormatter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String print(PartialDate value, Locale locale) {
		String pattern = switch (value.precision()) {
			case DAY -> "format.day";
			case MONTH -> "format.month";
			case YEAR -> "format.year";
		};
		return format(value.date(), pattern, locale);
	}

	/**
	 * A day in the form a message gives, such as {@code format.dayShort} ("19 Jun 2023",
	 * "2023年6月19日").
	 */
	public String format(LocalDate day, String patternMessage, Locale locale) {
		return this.formatters.computeIfAbsent(locale, language -> new ConcurrentHashMap<>())
			.computeIfAbsent(patternMessage,
					message -> DateTimeFormatter.ofPattern(this.messages.getMessage(message, null, locale), locale))
			.format(day);
	}

	@Override
	public PartialDate parse(String text, Locale locale) throws ParseException {
		try {
			return PartialDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new ParseException(text, ex.getErrorIndex());
		}
	}

}
