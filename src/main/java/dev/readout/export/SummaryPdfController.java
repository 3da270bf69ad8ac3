package dev.readout.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SummaryPdfController {

	private final SummaryPdfs summaries;

	SummaryPdfController(SummaryPdfs summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/meetings/{id}/summary.pdf")
	ResponseEntity<byte[]> meeting(@PathVariable long id) {
		return download(this.summaries.meeting(id));
	}

	@GetMapping("/visits/{id}/summary.pdf")
	ResponseEntity<byte[]> visit(@PathVariable long id) {
		return download(this.summaries.visit(id));
	}

	private static ResponseEntity<byte[]> download(SummaryPdfs.Pdf pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.body(pdf.content());
	}

}
