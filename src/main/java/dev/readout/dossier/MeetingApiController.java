package dev.readout.dossier;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One meeting in the JSON API, with all that is on record about it. */
@RestController
@Tag(name = "Meetings")
class MeetingApiController {

	private final MeetingPages meetingPages;

	private final Clock clock;

	MeetingApiController(MeetingPages meetingPages, Clock clock) {
		this.meetingPages = meetingPages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/meetings/{id}")
	@Operation(summary = "A meeting with its participants, readouts, agreements and sources")
	MeetingRecordJson meeting(@PathVariable long id) {
		return MeetingRecordJson.of(this.meetingPages.load(id), LocalDate.now(this.clock));
	}

}
