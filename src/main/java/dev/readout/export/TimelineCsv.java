package dev.readout.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import dev.readout.vocabulary.Sides;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import dev.readout.timeline.TimelineFilter;
import dev.readout.timeline.TimelineOrder;

import org.springframework.stereotype.Component;

/**
 * The timeline as CSV, one row per meeting, for spreadsheets and other tools. Read in
 * pages of the timeline's own queries, so the statements per row stay fixed and the whole
 * record streams out however large it grows.
 */
@Component
class TimelineCsv {

	/** Lets Excel read the file as UTF-8, so Chinese names arrive intact. */
	private static final String BYTE_ORDER_MARK = "\uFEFF";

	static final List<String> HEADER = List.of("id", "date", "precision", "local_time", "time_zone", "utc_start",
			"title", "venue", "city", "country", "format", "occasion", "status", "level", "cameo_code", "participants",
			"topics", "readouts_" + Sides.PRIMARY.get(0), "readouts_" + Sides.PRIMARY.get(1), "agreements",
			// Added later, so last: spreadsheets built on the earlier columns keep
			// working.
			"end_date", "span_days", "duration_minutes", "expected_after");

	private final TimelineRows rows;

	TimelineCsv(TimelineRows rows) {
		this.rows = rows;
	}

	void write(TimelineFilter filter, TimelineOrder order, OutputStream stream) throws IOException {
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		out.write(BYTE_ORDER_MARK);
		CSVPrinter csv = CSVFormat.RFC4180.print(out);
		csv.printRecord(HEADER);
		this.rows.forEach(filter, order, row -> csv.printRecord(fields(row).stream().map(TimelineCsv::inert)));
		csv.flush();
	}

	/**
	 * A cell a spreadsheet would read as a formula (=, +, -, @, a tab or a carriage
	 * return first) is kept as text by a leading apostrophe, as OWASP advises against CSV
	 * injection: a title typed by anyone must not run in a reader's spreadsheet.
	 */
	private static Object inert(Object cell) {
		if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return cell;
	}

	private static List<Object> fields(TimelineRow row) {
		return List.of(row.id(), orEmpty(row.date()), row.precision(), orEmpty(row.localTime()),
				orEmpty(row.timeZone()), orEmpty(row.utcStart()), row.title(), orEmpty(row.venue()),
				orEmpty(row.city()), orEmpty(row.country()), row.format(), orEmpty(row.occasion()), row.status(),
				row.level(), row.cameoCode(),
				row.participants().stream().map(TimelineCsv::participant).collect(Collectors.joining("; ")),
				String.join("; ", row.topics()), row.readouts().get(Sides.PRIMARY.get(0)),
				row.readouts().get(Sides.PRIMARY.get(1)), row.agreements(), orEmpty(row.endDate()),
				orEmpty(row.spanDays()), orEmpty(row.durationMinutes()), orEmpty(row.expectedAfter()));
	}

	/**
	 * Antony J. Blinken (US, guest, Secretary of State); Bill Gates (private, guest) for
	 * one who took part for no government.
	 */
	private static String participant(TimelineRow.Participant participant) {
		String name = participant.name() + ((participant.nativeName() != null) ? " " + participant.nativeName() : "");
		String titles = String.join(" / ", participant.titles());
		return name + " (" + ((participant.side() != null) ? participant.side() : "private") + ", " + participant.role()
				+ (titles.isEmpty() ? "" : ", " + titles) + ")";
	}

	private static Object orEmpty(Object value) {
		return (value != null) ? value : "";
	}

}
