package dev.readout.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines (RFC 5545): text values escaped, lines folded at 75
 * octets of UTF-8.
 */
final class IcsWriter {

	private static final int MAX_OCTETS = 75;

	private final Writer out;

	IcsWriter(Writer out) {
		this.out = out;
	}

	/**
	 * A property whose value is already in iCalendar form (dates, numbers, identifiers).
	 */
	void property(String name, String value) throws IOException {
		line(name + ":" + value);
	}

	/** A property whose value is text, escaped as iCalendar requires. */
	void text(String name, String value) throws IOException {
		property(name, escape(value));
	}

	private void line(String line) throws IOException {
		StringBuilder folded = new StringBuilder();
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.out.write(folded.append("\r\n").toString());
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

}
