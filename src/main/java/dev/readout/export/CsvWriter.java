package dev.readout.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes rows as RFC 4180 CSV: a field with a comma, a quote or a line break is quoted,
 * its quotes doubled.
 */
final class CsvWriter {

	private final Writer out;

	CsvWriter(Writer out) {
		this.out = out;
	}

	void row(List<?> fields) throws IOException {
		this.out.write(fields.stream().map(CsvWriter::field).collect(Collectors.joining(",")));
		this.out.write("\r\n");
	}

	private static String field(Object value) {
		String text = (value != null) ? value.toString() : "";
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
