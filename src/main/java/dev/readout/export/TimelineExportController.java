package dev.readout.export;

import java.io.IOException;

import dev.readout.timeline.TimelineFilter;
import dev.readout.timeline.TimelineOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The timeline in formats other tools read, written out as it is read, however large the
 * record.
 */
@Controller
class TimelineExportController {

	private final TimelineCsv csv;

	private final TimelineJson json;

	private final TimelineIcs ics;

	TimelineExportController(TimelineCsv csv, TimelineJson json, TimelineIcs ics) {
		this.csv = csv;
		this.json = json;
		this.ics = ics;
	}

	/**
	 * The timeline as filtered on the page ({@link TimelineFilter}), in the page's order.
	 */
	@GetMapping("/timeline.csv")
	void csv(@Valid TimelineFilter filter, @RequestParam(defaultValue = "NEWEST") TimelineOrder order,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("readout-timeline.csv").build().toString());
		this.csv.write(filter, order, response.getOutputStream());
	}

	@GetMapping("/timeline.json")
	void json(@Valid TimelineFilter filter, @RequestParam(defaultValue = "NEWEST") TimelineOrder order,
			HttpServletResponse response) throws IOException {
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		this.json.write(filter, order, response.getOutputStream());
	}

	@GetMapping("/timeline.ics")
	void ics(HttpServletResponse response) throws IOException {
		response.setContentType("text/calendar;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename("readout-timeline.ics").build().toString());
		this.ics.write(response.getOutputStream());
	}

}
