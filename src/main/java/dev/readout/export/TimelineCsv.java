package dev.readout.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import dev.readout.vocabulary.Sides;
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
			"title", "venue", "city", "country", "format", "occasion", "status", "level", "participants", "topics",
			"readouts_" + Sides.PRIMARY.get(0), "readouts_" + Sides.PRIMARY.get(1), "agreements");

	private final TimelineRows rows;

	TimelineCsv(TimelineRows rows) {
		this.rows = rows;
	}

	void write(TimelineFilter filter, TimelineOrder order, OutputStream stream) throws IOException {
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		out.write(BYTE_ORDER_MARK);
		CsvWriter csv = new CsvWriter(out);
		csv.row(HEADER);
		this.rows.forEach(filter, order, row -> csv.row(fields(row)));
		out.flush();
	}

	private static List<Object> fields(TimelineRow row) {
		return List.of(row.id(), orEmpty(row.date()), row.precision(), orEmpty(row.localTime()),
				orEmpty(row.timeZone()), orEmpty(row.utcStart()), row.title(), orEmpty(row.venue()),
				orEmpty(row.city()), orEmpty(row.country()), row.format(), orEmpty(row.occasion()), row.status(),
				row.level(),
				row.participants().stream().map(TimelineCsv::participant).collect(Collectors.joining("; ")),
				String.join("; ", row.topics()), row.readouts().get(Sides.PRIMARY.get(0)),
				row.readouts().get(Sides.PRIMARY.get(1)), row.agreements());
	}

	/** Antony J. Blinken (US, guest, Secretary of State). */
	private static String participant(TimelineRow.Participant participant) {
		String name = participant.name() + ((participant.nativeName() != null) ? " " + participant.nativeName() : "");
		String titles = String.join(" / ", participant.titles());
		return name + " (" + participant.side() + ", " + participant.role() + (titles.isEmpty() ? "" : ", " + titles)
				+ ")";
	}

	private static Object orEmpty(Object value) {
		return (value != null) ? value : "";
	}

}
