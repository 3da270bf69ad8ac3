package dev.readout.search;

import java.util.List;

import dev.readout.agreement.AgreementStatus;
import dev.readout.web.IsoDate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search page's full-text search in the JSON API. */
@RestController
@Tag(name = "Search")
class SearchApiController {

	private final RecordSearch search;

	SearchApiController(RecordSearch search) {
		this.search = search;
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Meetings, readouts, agreements, sources and officials matching the words, best first",
			description = "Words as a web search reads them: \"exact phrase\", or, -word. English words match "
					+ "by their stem; Chinese by pairs of characters. Each kind lists at most 20 hits.")
	SearchJson search(@Parameter(example = "fentanyl") @RequestParam @NotBlank @Size(
			max = SearchController.MAX_WORDS_LENGTH) String q) {
		return SearchJson.of(this.search.search(q.strip()));
	}

	/**
	 * What a search found, by kind. Each excerpt is a list of parts, the matched words
	 * marked as highlighted.
	 */
	@Schema(name = "SearchResults")
	record SearchJson(String q, List<MeetingHit> meetings, List<ReadoutHit> readouts, List<AgreementHit> agreements,
			List<SourceHit> sources, List<OfficialHit> officials) {

		static SearchJson of(SearchResults results) {
			return new SearchJson(results.words(), results.meetings()
				.stream()
				.map(hit -> new MeetingHit(hit.id(), hit.title(), IsoDate.of(hit.date()), hit.snippet().parts()))
				.toList(),
					results.readouts()
						.stream()
						.map(hit -> new ReadoutHit(hit.id(), hit.meetingId(), hit.side(), hit.title(),
								hit.snippet().parts()))
						.toList(),
					results.agreements()
						.stream()
						.map(hit -> new AgreementHit(hit.id(), hit.meetingId(), hit.status(),
								hit.description().parts()))
						.toList(),
					results.sources()
						.stream()
						.map(hit -> new SourceHit(hit.id(), hit.label(), hit.publisher(),
								(hit.publishedOn() != null) ? hit.publishedOn().toString() : null,
								hit.snippet().parts()))
						.toList(),
					results.officials()
						.stream()
						.map(hit -> new OfficialHit(hit.id(), hit.fullName(), hit.nativeName(), hit.aliases(),
								hit.country()))
						.toList());
		}

		@Schema(name = "MeetingHit")
		record MeetingHit(long id, String title, IsoDate date, List<Snippet.Part> excerpt) {
		}

		@Schema(name = "ReadoutHit")
		record ReadoutHit(long id, long meetingId, String side, String title, List<Snippet.Part> excerpt) {
		}

		@Schema(name = "AgreementHit")
		record AgreementHit(long id, long meetingId, AgreementStatus status, List<Snippet.Part> excerpt) {
		}

		/**
		 * An article whose headline or text matches, with an excerpt of its text.
		 *
		 * @param publishedOn the day it was published (2023-06-19), when known
		 */
		@Schema(name = "SourceHit")
		record SourceHit(long id, String label, @Schema(nullable = true) String publisher,
				@Schema(nullable = true, format = "date") String publishedOn, List<Snippet.Part> excerpt) {
		}

		@Schema(name = "OfficialHit")
		record OfficialHit(long id, String name, String nativeName, List<String> aliases, String country) {
		}

	}

}
