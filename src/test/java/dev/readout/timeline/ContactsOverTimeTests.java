package dev.readout.timeline;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import dev.readout.meeting.MeetingLevel;
import dev.readout.vocabulary.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactsOverTimeTests {

	@Test
	void countsPerMonthOverTenYearsAtMost() {
		ContactsOverTime chart = ContactsOverTime.of(
				Map.of(YearMonth.of(2022, 11), count(MeetingLevel.LEADERS, 1), YearMonth.of(2023, 6),
						count(MeetingLevel.MINISTERS, 3)),
				Map.of(YearMonth.of(2023, 1), count(MeetingLevel.MINISTERS, 4)));
		assertThat(chart.perYear()).isFalse();
		assertThat(chart.bars()).hasSize(8);
		assertThat(chart.yearOnly()).isEqualTo(4);
		assertThat(chart.bars().get(7).count(MeetingLevel.MINISTERS)).isEqualTo(3);
		// The tallest bar fills the drawing's height.
		assertThat(chart.bars().get(7).segments().get(0).height()).isEqualTo(ContactsOverTime.HEIGHT);
	}

	@Test
	void countsPerYearBeyondTenYearsIncludingContactsKnownOnlyToTheYear() {
		ContactsOverTime chart = ContactsOverTime.of(
				Map.of(YearMonth.of(1990, 3), count(MeetingLevel.LEADERS, 1), YearMonth.of(2023, 6),
						count(MeetingLevel.MINISTERS, 3), YearMonth.of(2023, 9), count(MeetingLevel.MINISTERS, 2)),
				Map.of(YearMonth.of(2023, 1), count(MeetingLevel.MINISTERS, 4)));
		assertThat(chart.perYear()).isTrue();
		assertThat(chart.bars()).hasSize(34);
		assertThat(chart.bars().get(33).period()).isEqualTo(PartialDate.year(2023));
		assertThat(chart.bars().get(33).count(MeetingLevel.MINISTERS)).isEqualTo(9);
		assertThat(chart.yearOnly()).isZero();
		assertThat(chart.levels()).containsExactly(MeetingLevel.LEADERS, MeetingLevel.MINISTERS);
	}

	@Test
	void labelsDecadesOfYearsWithRoomBetweenTheLabels() {
		ContactsOverTime chart = ContactsOverTime.of(Map.of(YearMonth.of(1945, 4), count(MeetingLevel.LEADERS, 1),
				YearMonth.of(2024, 4), count(MeetingLevel.MINISTERS, 1)), Map.of());
		assertThat(chart.bars()).hasSize(80);
		assertThat(chart.years()).extracting(ContactsOverTime.Tick::year)
			.containsExactly(1945, 1950, 1955, 1960, 1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015,
					2020);
		for (int i = 1; i < chart.years().size(); i++) {
			assertThat(chart.years().get(i).x() - chart.years().get(i - 1).x())
				.isGreaterThanOrEqualTo(ContactsOverTime.MIN_LABEL_GAP);
		}
	}

	private static Map<MeetingLevel, Long> count(MeetingLevel level, long count) {
		Map<MeetingLevel, Long> counts = new EnumMap<>(MeetingLevel.class);
		counts.put(level, count);
		return counts;
	}

}
