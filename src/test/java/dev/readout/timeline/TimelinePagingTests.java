package dev.readout.timeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.readout.PageTest;
import dev.readout.meeting.MeetingLevel;
import dev.readout.vocabulary.DatePrecision;
import dev.readout.vocabulary.PartialDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline read a page at a time, on 123 contacts in 2031 (after anything seeded):
 * each contact once in either order however many share a day, months as headings and
 * contacts known only to the year under the year, the next page found from the link's
 * cursor, and a filter kept across pages.
 */
@PageTest
@Transactional
class TimelinePagingTests {

	static final TimelineFilter IN_2031 = new TimelineFilter("2031", "2031", null, null, null, null, null, null, null,
			null, null);

	@Autowired
	Timeline timeline;

	@Autowired
	JdbcClient jdbc;

	final List<Long> contacts = new ArrayList<>();

	@BeforeEach
	void fill2031() {
		// Three a day, so that pages end between contacts of one day.
		for (int day = 1; day <= 40; day++) {
			for (int contact = 0; contact < 3; contact++) {
				this.contacts.add(meeting("2031-03-01", day, DatePrecision.DAY,
						(contact == 0) ? MeetingLevel.LEADERS : MeetingLevel.WORKING_LEVEL));
			}
		}
		this.contacts.add(meeting("2031-05-01", 0, DatePrecision.MONTH, MeetingLevel.WORKING_LEVEL));
		this.contacts.add(meeting("2031-01-01", 0, DatePrecision.YEAR, MeetingLevel.WORKING_LEVEL));
		this.contacts.add(meeting("2031-12-31", 0, DatePrecision.DAY, MeetingLevel.WORKING_LEVEL));
	}

	@Test
	void listsEachContactOnceNewestFirstAcrossPages() {
		List<Long> read = readAll(IN_2031, TimelineOrder.NEWEST);

		assertThat(read).hasSize(this.contacts.size()).doesNotHaveDuplicates();
		assertThat(read).containsExactlyInAnyOrderElementsOf(this.contacts);
		assertThat(read.get(0)).as("31 December first").isEqualTo(this.contacts.get(this.contacts.size() - 1));
	}

	@Test
	void listsEachContactOnceOldestFirstAcrossPagesTheReverseOfNewestFirst() {
		List<Long> oldest = readAll(IN_2031, TimelineOrder.OLDEST);

		List<Long> newest = new ArrayList<>(readAll(IN_2031, TimelineOrder.NEWEST));
		Collections.reverse(newest);
		assertThat(oldest).isEqualTo(newest);
	}

	@Test
	void keepsTheFilterOnEveryPage() {
		TimelineFilter leaders = new TimelineFilter("2031", "2031", null, null, MeetingLevel.LEADERS, null, null, null,
				null, null, null);

		assertThat(readAll(leaders, TimelineOrder.NEWEST)).hasSize(40);
	}

	@Test
	void saysOnTheFirstPageOnlyThatItIsTheFirstAndOnTheLastThatThereIsNoMore() {
		TimelinePage first = this.timeline.page(IN_2031, TimelineOrder.NEWEST, null);
		TimelinePage second = this.timeline.page(IN_2031, TimelineOrder.NEWEST, first.next());

		assertThat(first.first()).isTrue();
		assertThat(second.first()).isFalse();
		assertThat(first.next()).isNotNull();
		assertThat(TimelineCursor.valueOf(first.next().toString())).as("through a link").isEqualTo(first.next());
		TimelinePage last = second;
		while (last.next() != null) {
			last = this.timeline.page(IN_2031, TimelineOrder.NEWEST, last.next());
		}
		assertThat(last.months()).isNotEmpty();
	}

	@Test
	void headsContactsByMonthAndThoseKnownOnlyToTheYearByTheYear() {
		List<PartialDate> headings = new ArrayList<>();
		TimelinePage page = null;
		do {
			page = this.timeline.page(IN_2031, TimelineOrder.OLDEST, (page != null) ? page.next() : null);
			page.months().forEach(month -> headings.add(month.period()));
		}
		while (page.next() != null);

		assertThat(headings).startsWith(PartialDate.year(2031), PartialDate.month(YearMonth.of(2031, 3)))
			.contains(PartialDate.month(YearMonth.of(2031, 4)), PartialDate.month(YearMonth.of(2031, 5)))
			.endsWith(PartialDate.month(YearMonth.of(2031, 12)));
	}

	@Test
	void leavesADeletedContactOutWithoutLosingTheOnesAroundIt() {
		long deleted = this.contacts.get(60);
		this.jdbc.sql("update meeting set deleted_at = now() where id = ?").param(deleted).update();

		List<Long> read = readAll(IN_2031, TimelineOrder.NEWEST);

		assertThat(read).hasSize(this.contacts.size() - 1).doesNotContain(deleted);
	}

	private List<Long> readAll(TimelineFilter filter, TimelineOrder order) {
		List<Long> read = new ArrayList<>();
		TimelinePage page = null;
		do {
			page = this.timeline.page(filter, order, (page != null) ? page.next() : null);
			page.months().forEach(month -> month.entries().forEach(entry -> read.add(entry.meeting().getId())));
		}
		while (page.next() != null);
		return read;
	}

	private long meeting(String start, int plusDays, DatePrecision precision, MeetingLevel level) {
		return this.jdbc.sql("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Paged talks', cast(? as date) + ?, ?, 'IN_PERSON', 'HELD', ?) returning id""")
			.params(start, plusDays, precision.name(), level.name())
			.query(Long.class)
			.single();
	}

}
