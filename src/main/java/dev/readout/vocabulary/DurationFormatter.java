package dev.readout.vocabulary;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.Printer;
import org.springframework.stereotype.Component;

/**
 * Shows how long a contact lasted as an analyst would say it: "45 min", "3 h", "7 h 30
 * min", "2 days".
 */
@Component
public class DurationFormatter implements Printer<Duration> {

	private final MessageSource messages;

	DurationFormatter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String print(Duration duration, Locale locale) {
		if (duration.toHours() >= 24 && duration.toHoursPart() == 0 && duration.toMinutesPart() == 0) {
			return this.messages.getMessage("duration.days", new Object[] { duration.toDays() }, locale);
		}
		if (duration.toHours() == 0) {
			return this.messages.getMessage("duration.minutes", new Object[] { duration.toMinutes() }, locale);
		}
		if (duration.toMinutesPart() == 0) {
			return this.messages.getMessage("duration.hours", new Object[] { duration.toHours() }, locale);
		}
		return this.messages.getMessage("duration.hoursMinutes",
				new Object[] { duration.toHours(), duration.toMinutesPart() }, locale);
	}

}
