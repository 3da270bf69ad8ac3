package dev.readout.timeline;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.readout.meeting.MeetingLevel;
import dev.readout.meeting.MeetingStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filtered timeline is a link to share: the filters set, and only those, travel in it
 * and come back as they were typed, whatever the words; the order and view only when they
 * are not the default.
 */
class TimelineLinkTests {

	@ParameterizedTest
	@ValueSource(strings = { "C++ export rules", "1+1 talks", "Taiwan & Hong Kong", "a=b", "100% tariffs", "#fentanyl",
			"王毅 布林肯", "{blinken}", "\"exact phrase\" -wang", "semi/conductors?" })
	void bringsBackTheWordsAsTypedThroughTheLink(String words) {
		TimelineFilter filter = new TimelineFilter(null, null, null, null, null, null, null, null, null, null, words);

		assertThat(parameters(filter.link(TimelineOrder.NEWEST, TimelineView.COMPACT))).containsEntry("q", words);
		assertThat(parameters(filter.linkWith("side", "CN", TimelineOrder.NEWEST, TimelineView.COMPACT)))
			.containsEntry("q", words)
			.containsEntry("side", "CN");
	}

	@Test
	void carriesOnlyTheFiltersSetInAFixedOrder() {
		TimelineFilter filter = new TimelineFilter("2023-06", " ", 7L, "", MeetingLevel.MINISTERS, null,
				MeetingStatus.HELD, null, null, 2L, "  ");

		assertThat(filter.active()).containsExactly(Map.entry("from", "2023-06"), Map.entry("official", "7"),
				Map.entry("level", "MINISTERS"), Map.entry("status", "HELD"), Map.entry("channel", "2"));
		assertThat(filter.words()).isNull();
		assertThat(filter.link(TimelineOrder.NEWEST, TimelineView.COMPACT))
			.isEqualTo("/?from=2023-06&official=7&level=MINISTERS&status=HELD&channel=2");
		assertThat(TimelineFilter.none().isEmpty()).isTrue();
		assertThat(TimelineFilter.none().link(TimelineOrder.NEWEST, TimelineView.COMPACT)).isEqualTo("/");
	}

	@Test
	void carriesTheOrderAndViewOnlyWhenTheyAreNotTheDefault() {
		TimelineFilter filter = TimelineFilter.ofOfficial(3);

		assertThat(filter.link(TimelineOrder.OLDEST, TimelineView.DETAILED))
			.isEqualTo("/?official=3&order=OLDEST&view=DETAILED");
		assertThat(filter.linkTo("/timeline.csv", TimelineOrder.OLDEST))
			.isEqualTo("/timeline.csv?official=3&order=OLDEST");
	}

	@Test
	void removesOneChipAndKeepsTheRest() {
		TimelineFilter filter = new TimelineFilter(null, null, 3L, "CN", null, null, null, 5L, null, null, "visit");

		assertThat(filter.linkWithout("side", TimelineOrder.NEWEST, TimelineView.COMPACT))
			.isEqualTo("/?q=visit&official=3&topic=5");
		assertThat(filter.linkWith("side", "US", TimelineOrder.NEWEST, TimelineView.COMPACT))
			.as("replaced in its place")
			.isEqualTo("/?q=visit&official=3&side=US&topic=5");
	}

	@Test
	void narrowsToAPeriodOfTheAxisInPlaceOfTheDatesBefore() {
		TimelineFilter filter = new TimelineFilter("2020", "2024", null, null, MeetingLevel.LEADERS, null, null, null,
				null, null, null);

		assertThat(filter.linkBetween("2023-06", "2023-06", TimelineOrder.NEWEST, TimelineView.COMPACT))
			.isEqualTo("/?from=2023-06&to=2023-06&level=LEADERS");
	}

	@Test
	void readsDatesAtAnyPrecisionAsTheFirstAndLastDayTheyCover() {
		TimelineFilter february = new TimelineFilter("2024-02", "2024-02", null, null, null, null, null, null, null,
				null, null);
		TimelineFilter years = new TimelineFilter("2021", "2023", null, null, null, null, null, null, null, null, null);

		assertThat(february.earliestDay()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(february.latestDay()).as("a leap year").isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(years.earliestDay()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(years.latestDay()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(TimelineFilter.none().earliestDay()).isNull();
	}

	/** The link's parameters as a servlet container reads them. */
	private static Map<String, String> parameters(String link) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = UriComponentsBuilder.fromUriString(link).build().getQuery();
		for (String pair : query.split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			parameters.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
					URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
		}
		return parameters;
	}

}
