package dev.readout.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dev.readout.meeting.MeetingLevel;
import dev.readout.vocabulary.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineAxisTests {

	@Test
	void placesEachContactAtItsDateInItsLevelsLane() {
		TimelineAxis axis = TimelineAxis.of(List.of(
				contact(1, PartialDate.day(LocalDate.of(2023, 6, 18)), LocalDate.of(2023, 6, 19),
						MeetingLevel.MINISTERS, true),
				contact(2, PartialDate.day(LocalDate.of(2021, 11, 14)), null, MeetingLevel.LEADERS, true),
				contact(3, PartialDate.month(YearMonth.of(2023, 5)), null, MeetingLevel.SENIOR_OFFICIALS, true)));
		// Over more than a year: whole years from end to end.
		assertThat(axis.first()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(axis.last()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(axis.lanes()).extracting(TimelineAxis.Lane::level)
			.containsExactly(MeetingLevel.LEADERS, MeetingLevel.MINISTERS, MeetingLevel.SENIOR_OFFICIALS);
		TimelineAxis.Mark visit = mark(axis, 1);
		TimelineAxis.Mark bali = mark(axis, 2);
		TimelineAxis.Mark vienna = mark(axis, 3);
		assertThat(bali.x()).isLessThan(vienna.x());
		assertThat(vienna.x()).isLessThan(visit.x());
		double perDay = TimelineAxis.WIDTH / 1095.0;
		assertThat(visit.x()).isCloseTo((365 + 365 + 168) * perDay, org.assertj.core.data.Offset.offset(0.01));
		// Two days are narrower than a mark can be; it is drawn at the least width.
		assertThat(visit.width()).isEqualTo(TimelineAxis.LEAST_WIDTH);
		// A month-precise contact is a band over the month, not a point on its first day.
		assertThat(vienna.band()).isTrue();
		assertThat(vienna.width()).isCloseTo(31 * perDay, org.assertj.core.data.Offset.offset(0.01));
		assertThat(bali.lane()).isZero();
		assertThat(visit.lane()).isEqualTo(1);
		assertThat(axis.ticks()).extracting(TimelineAxis.Tick::label).containsExactly("2021", "2022", "2023");
	}

	@Test
	void setsContactsNotHeldApartAndLabelsMonthsWithinAYear() {
		TimelineAxis axis = TimelineAxis
			.of(List.of(contact(1, PartialDate.day(LocalDate.of(2023, 6, 18)), null, MeetingLevel.MINISTERS, true),
					contact(2, PartialDate.month(YearMonth.of(2023, 11)), null, MeetingLevel.LEADERS, false)));
		assertThat(mark(axis, 2).held()).isFalse();
		assertThat(axis.ticks()).extracting(TimelineAxis.Tick::label)
			.containsExactly("2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11");
	}

	@Test
	void drawsALanePerChannelWhenAskedKeepingEachMarksLevel() {
		List<TimelineAxis.Contact> contacts = List.of(
				new TimelineAxis.Contact(1, "Call", PartialDate.day(LocalDate.of(2023, 6, 18)), null, null,
						MeetingLevel.LEADERS, "Leaders", true),
				new TimelineAxis.Contact(2, "Talks", PartialDate.day(LocalDate.of(2023, 7, 1)), null, null,
						MeetingLevel.MINISTERS, "Defence and military", true),
				new TimelineAxis.Contact(3, "Visit", PartialDate.day(LocalDate.of(2023, 8, 1)), null, null,
						MeetingLevel.MINISTERS, null, true));
		TimelineAxis axis = TimelineAxis.of(contacts, AxisLanes.CHANNEL);
		assertThat(axis.lanes()).extracting(TimelineAxis.Lane::channel)
			.containsExactly("Defence and military", "Leaders", null);
		assertThat(mark(axis, 1).lane()).isEqualTo(1);
		assertThat(mark(axis, 1).level()).isEqualTo(MeetingLevel.LEADERS);
		assertThat(mark(axis, 3).lane()).as("no channel: the last lane").isEqualTo(2);
	}

	@Test
	void drawsNoMarksBeyondWhatCanBeToldApart() {
		List<TimelineAxis.Contact> many = new ArrayList<>();
		for (int i = 0; i <= TimelineAxis.MOST_MARKS; i++) {
			many.add(contact(i, PartialDate.day(LocalDate.of(2000, 1, 1).plusDays(i)), null, MeetingLevel.LEADERS,
					true));
		}
		assertThat(TimelineAxis.of(many)).isNull();
		assertThat(TimelineAxis.of(many.subList(0, TimelineAxis.MOST_MARKS))).isNotNull();
		assertThat(TimelineAxis.of(List.of())).isNull();
	}

	private static TimelineAxis.Contact contact(long id, PartialDate start, LocalDate end, MeetingLevel level,
			boolean held) {
		return new TimelineAxis.Contact(id, "Contact " + id, start, end, null, level, null, held);
	}

	private static TimelineAxis.Mark mark(TimelineAxis axis, long id) {
		return axis.marks().stream().filter(mark -> mark.id() == id).findFirst().orElseThrow();
	}

}
