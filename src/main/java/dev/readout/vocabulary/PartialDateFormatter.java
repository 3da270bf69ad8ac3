package dev.readout.vocabulary;

import java.text.ParseException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

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
		return DateTimeFormatter.ofPattern(this.messages.getMessage(pattern, null, locale), locale)
			.format(value.date());
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
