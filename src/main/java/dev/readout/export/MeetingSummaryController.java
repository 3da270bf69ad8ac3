package dev.readout.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MeetingSummaryController {

	private final MeetingSummary summaries;

	MeetingSummaryController(MeetingSummary summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/meetings/{id}/summary.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		MeetingSummary.Pdf pdf = this.summaries.render(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.body(pdf.content());
	}

}
