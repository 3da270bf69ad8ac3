package dev.readout.historian;

import java.io.IOException;

import javax.xml.stream.XMLStreamException;

import dev.readout.historian.HistorianEntry.Kind;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The trips and visits on record from the Office of the Historian, in its own format:
 * files that validate against its schemas and import again without a change.
 */
@Controller
class HistorianExportController {

	private final HistorianRecords records;

	HistorianExportController(HistorianRecords records) {
		this.records = records;
	}

	@GetMapping("/exports/historian-trips.xml")
	void trips(HttpServletResponse response) throws IOException, XMLStreamException {
		write(Kind.TRIP, response);
	}

	@GetMapping("/exports/historian-visits.xml")
	void visits(HttpServletResponse response) throws IOException, XMLStreamException {
		write(Kind.VISIT, response);
	}

	private void write(Kind kind, HttpServletResponse response) throws IOException, XMLStreamException {
		response.setContentType("application/xml;charset=UTF-8");
		HistorianXml.write(kind, this.records.ofKind(kind), response.getOutputStream());
	}

}
