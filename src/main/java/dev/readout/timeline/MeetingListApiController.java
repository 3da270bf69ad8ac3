package dev.readout.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.readout.meeting.MeetingJson;
import dev.readout.web.ApiPage;
import dev.readout.web.ThisRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The timeline in the JSON API: the meetings, filtered as on the page. */
@RestController
@Tag(name = "Meetings")
class MeetingListApiController {

	private final Timeline timeline;

	private final Clock clock;

	MeetingListApiController(Timeline timeline, Clock clock) {
		this.clock = clock;
		this.timeline = timeline;
	}

	@GetMapping("/api/v1/meetings")
	@Operation(summary = "Meetings, filtered as on the timeline page",
			description = "Every filter given must hold. Pages follow one another by `next`, "
					+ "which stays valid while the record changes.")
	ApiPage<MeetingJson> meetings(@Valid @ParameterObject TimelineFilter filter,
			@RequestParam(defaultValue = "NEWEST") TimelineOrder order,
			@Parameter(description = "Where the page starts: the `after` of the previous page's `next`",
					schema = @Schema(type = "string", example = "2023-06-19T16:30_3")) @RequestParam(
							required = false) TimelineCursor after,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		TimelinePage page = this.timeline.page(filter, order, after, size);
		List<MeetingJson> meetings = page.months()
			.stream()
			.flatMap(month -> month.entries().stream())
			.map(entry -> MeetingJson.of(entry.meeting(), entry.participants(), LocalDate.now(this.clock)))
			.toList();
		return new ApiPage<>(meetings, (page.next() != null) ? ThisRequest.with("after", page.next()) : null);
	}

}
