package dev.readout.export;

import java.io.IOException;
import java.io.OutputStream;

import dev.readout.timeline.TimelineFilter;
import dev.readout.timeline.TimelineOrder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** The timeline as a JSON array of meetings, streamed as it is read. */
@Component
class TimelineJson {

	private final TimelineRows rows;

	private final JsonMapper json;

	TimelineJson(TimelineRows rows, JsonMapper json) {
		this.rows = rows;
		this.json = json;
	}

	void write(TimelineFilter filter, TimelineOrder order, OutputStream out) throws IOException {
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartArray();
			this.rows.forEach(filter, order, row -> this.json.writeValue(generator, row));
			generator.writeEndArray();
		}
	}

}
