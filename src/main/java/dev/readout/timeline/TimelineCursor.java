package dev.readout.timeline;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import dev.readout.meeting.Meeting;

/**
 * Where the next timeline page starts: the position of the last meeting shown. Written
 * into links as {@code 2023-06-19T16:30_3}; Spring MVC reads it back through
 * {@link #valueOf(String)}.
 */
public record TimelineCursor(LocalDateTime localStart, long id) {

	private static final char SEPARATOR = '_';

	static TimelineCursor after(Meeting meeting) {
		return new TimelineCursor(meeting.getLocalStart(), meeting.getId());
	}

	public static TimelineCursor valueOf(String text) {
		int separator = text.lastIndexOf(SEPARATOR);
		if (separator < 0) {
			throw new IllegalArgumentException("Not a timeline position: " + text);
		}
		try {
			return new TimelineCursor(LocalDateTime.parse(text.substring(0, separator)),
					Long.parseLong(text.substring(separator + 1)));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException("Not a timeline position: " + text, ex);
		}
	}

	@Override
	public String toString() {
		return this.localStart.toString() + SEPARATOR + this.id;
	}

}
