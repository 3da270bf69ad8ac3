package dev.readout.channel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import dev.readout.PageTest;
import dev.readout.SqlStatementCounter;
import dev.readout.vocabulary.DatePrecision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a channel is doing on a fixed day, 30 June 2025: which contacts count as held in
 * the past year, which is the last, and when an open channel becomes dormant, at the
 * edges of each rule.
 */
@PageTest
@Transactional
class ChannelHealthTests {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	@Autowired
	JdbcClient jdbc;

	ChannelHealth health;

	long channel;

	@BeforeEach
	void openAChannelOnAFixedDay() {
		this.health = new ChannelHealth(this.jdbc,
				Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		this.channel = this.jdbc.sql("insert into channel (name, position) values ('Coast guards', 99) returning id")
			.query(Long.class)
			.single();
	}

	@Test
	void countsAContactHeldExactlyAYearAgoInThePastYearAndOneADayEarlierNot() {
		held("2024-06-30", DatePrecision.DAY);
		held("2024-06-29", DatePrecision.DAY);
		held("2025-01-15", DatePrecision.DAY);

		assertThat(state().pastYear()).isEqualTo(2);
	}

	@Test
	void countsAVisitThatEndedWithinThePastYearThoughItBeganBefore() {
		long visit = held("2024-06-27", DatePrecision.DAY);
		this.jdbc.sql("update meeting set end_date = '2024-07-01' where id = ?").param(visit).update();

		assertThat(state().pastYear()).isEqualTo(1);
	}

	@Test
	void leavesPlannedCancelledAndDeletedContactsOutOfTheLastContactAndTheCount() {
		long lastHeld = held("2025-03-10", DatePrecision.DAY);
		meeting("Talks still to come", "2025-09-01", DatePrecision.DAY, "PLANNED");
		meeting("Talks called off", "2025-05-01", DatePrecision.DAY, "CANCELLED");
		long deleted = held("2025-06-01", DatePrecision.DAY);
		this.jdbc.sql("update meeting set deleted_at = now() where id = ?").param(deleted).update();

		ChannelHealth.State state = state();

		assertThat(state.last().id()).isEqualTo(lastHeld);
		assertThat(state.last().daysSince()).isEqualTo(112);
		assertThat(state.pastYear()).isEqualTo(1);
		assertThat(state.planned()).isEqualTo(1);
	}

	@Test
	void reckonsDaysSinceAContactKnownOnlyByItsMonthFromTheMonthsLastDay() {
		held("2025-05-01", DatePrecision.MONTH);

		ChannelHealth.LocalContact last = state().last();

		assertThat(last.isExact()).isFalse();
		assertThat(last.date().precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(last.daysSince()).isEqualTo(30);
	}

	@Test
	void callsAnOpenChannelDormantOnlyOnceItsLastContactIsOlderThanItsThreshold() {
		long contact = held("2024-06-30", DatePrecision.DAY);
		assertThat(state().isDormant()).as("exactly twelve months ago").isFalse();

		this.jdbc.sql("update meeting set start_date = '2024-06-29' where id = ?").param(contact).update();
		assertThat(state().isDormant()).as("a day more").isTrue();

		this.jdbc.sql("update channel set dormant_after_months = 13 where id = ?").param(this.channel).update();
		assertThat(state().isDormant()).as("a threshold of thirteen months").isFalse();
	}

	@Test
	void neverCallsADeclinedOrSuspendedChannelDormant() {
		held("2020-01-10", DatePrecision.DAY);
		this.jdbc.sql(
				"update channel set status = 'SUSPENDED', status_since = '2022-08-05', status_since_precision = 'DAY' where id = ?")
			.param(this.channel)
			.update();

		ChannelHealth.State state = state();

		assertThat(state.quietTooLong()).isTrue();
		assertThat(state.isDormant()).isFalse();
		assertThat(state.noContactOnRecord()).isFalse();
	}

	@Test
	void showsAnOpenChannelWithoutContactsAsOpenOnlyWhenAnAnalystDatedItsOpening() {
		assertThat(state().noContactOnRecord()).isTrue();
		assertThat(state().last()).isNull();
		assertThat(state().isDormant()).as("nothing to be quiet since").isFalse();

		this.jdbc.sql("update channel set status_since = '2025-02-01', status_since_precision = 'MONTH' where id = ?")
			.param(this.channel)
			.update();

		assertThat(state().noContactOnRecord()).isFalse();
		assertThat(state().statusSince().precision()).isEqualTo(DatePrecision.MONTH);
	}

	@Test
	void listsChannelsInTheirAnalystsOrderWithOneStatementHoweverManyContacts() {
		for (int day = 1; day <= 20; day++) {
			held(TODAY.minusDays(day).toString(), DatePrecision.DAY);
		}
		this.jdbc.sql("update channel set position = 0 where id = ?").param(this.channel).update();

		SqlStatementCounter.reset();
		List<ChannelHealth.State> channels = this.health.channels();

		assertThat(SqlStatementCounter.statements()).isEqualTo(1);
		assertThat(channels.get(0).id()).isEqualTo(this.channel);
		assertThat(channels.get(0).pastYear()).isEqualTo(20);
		assertThat(channels.get(0).last().daysSince()).isEqualTo(1);
		assertThat(channels).extracting(ChannelHealth.State::name).containsSubsequence("Leaders", "Climate");
	}

	private ChannelHealth.State state() {
		return this.health.channels().stream().filter(state -> state.id() == this.channel).findFirst().orElseThrow();
	}

	private long held(String on, DatePrecision precision) {
		return meeting("Coast guard talks", on, precision, "HELD");
	}

	private long meeting(String title, String on, DatePrecision precision, String status) {
		return this.jdbc.sql("""
				insert into meeting (title, start_date, start_precision, format, status, level, channel_id)
				values (?, cast(? as date), ?, 'IN_PERSON', ?, 'WORKING_LEVEL', ?) returning id""")
			.params(title, on, precision.name(), status, this.channel)
			.query(Long.class)
			.single();
	}

}
