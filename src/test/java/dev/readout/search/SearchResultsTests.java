package dev.readout.search;

import java.util.List;

import dev.readout.agreement.AgreementStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What kept searches weigh against their budget in bytes: every hit's texts count, so a
 * search with long excerpts takes its share of the budget rather than a fixed slot, and a
 * search that found nothing still takes some.
 */
class SearchResultsTests {

	@Test
	void weighsWhatAKeptSearchCostsWhenNothingWasFound() {
		// Weighing nothing, a search that found nothing would be kept without bound.
		assertThat(results(List.of()).weight()).isGreaterThanOrEqualTo(SearchResults.KEPT_SEARCH_BYTES);
		assertThat(new SearchResults("x".repeat(500), List.of(), List.of(), List.of(), List.of(), List.of()).weight())
			.as("the words typed count")
			.isGreaterThanOrEqualTo(SearchResults.KEPT_SEARCH_BYTES + 1000);
	}

	@Test
	void weighsAtLeastTwoBytesForEveryCharacterOfItsTexts() {
		String excerpt = "Both sides discussed fentanyl precursors and the flow of chemicals. ".repeat(20);
		SearchResults found = results(List.of(new SearchResults.AgreementHit(1, 2, "Blinken – Wang Yi meeting",
				AgreementStatus.AGREED, new Snippet(List.of(new Snippet.Part(excerpt, false))))));

		assertThat(found.weight()).isGreaterThanOrEqualTo(2 * excerpt.length());
	}

	@Test
	void weighsMoreForMoreHits() {
		SearchResults.AgreementHit hit = new SearchResults.AgreementHit(1, 2, "Blinken – Wang Yi meeting",
				AgreementStatus.AGREED, new Snippet(List.of(new Snippet.Part("fentanyl", true))));

		int empty = results(List.of()).weight();
		assertThat(results(List.of(hit, hit)).weight() - empty).isEqualTo(2 * (results(List.of(hit)).weight() - empty));
	}

	private static SearchResults results(List<SearchResults.AgreementHit> agreements) {
		return new SearchResults("fentanyl", List.of(), List.of(), agreements, List.of(), List.of());
	}

}
