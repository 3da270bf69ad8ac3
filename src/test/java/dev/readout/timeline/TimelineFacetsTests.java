package dev.readout.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.readout.PageTest;
import dev.readout.audit.AuditTrail;
import dev.readout.meeting.MeetingLevel;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a click on a facet would leave, counted on contacts of 2032 written for it: each
 * contact counted once per value however many of its participants share it, values in the
 * order the filters offer them, the officials with the most contacts only, and the counts
 * of the contacts the filter matches.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst9", roles = "ANALYST")
class TimelineFacetsTests {

	static final TimelineFilter IN_2032 = new TimelineFilter("2032", "2032", null, null, null, null, null, null, null,
			null, null);

	@Autowired
	TimelineFacets facets;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	long summit;

	long call;

	long planned;

	long envoy;

	long minister;

	long adviser;

	@BeforeEach
	void recordContactsOf2032() {
		this.envoy = official("Envoy One", "US");
		this.minister = official("Minister Two", "CN");
		this.adviser = official("Adviser Three", "US");
		this.summit = meeting("2032-03-10", "LEADERS", "IN_PERSON", "HELD");
		participant(this.summit, this.envoy, "US");
		participant(this.summit, this.adviser, "US");
		participant(this.summit, this.minister, "CN");
		this.call = meeting("2032-04-02", "MINISTERS", "PHONE_CALL", "HELD");
		participant(this.call, this.envoy, "US");
		this.planned = meeting("2032-09-01", "LEADERS", "IN_PERSON", "PLANNED");
		// Counts are kept until the record changes, which its audit trail tells.
		this.trail.created("MEETING", this.planned, Map.of("title", "Planned summit"));
	}

	@Test
	void countsEachContactOncePerSideHoweverManyOfItsParticipantsAreOnIt() {
		Facets counted = this.facets.of(IN_2032);

		assertThat(counted.total()).isEqualTo(3);
		assertThat(counts(counted, "side")).containsExactlyInAnyOrder(tuple("US", 2L), tuple("CN", 1L));
	}

	@Test
	void listsLevelsFormatsAndStatusesInTheOrderTheFiltersOfferThem() {
		Facets counted = this.facets.of(IN_2032);

		assertThat(counts(counted, "level")).containsExactly(tuple("LEADERS", 2L), tuple("MINISTERS", 1L));
		assertThat(counts(counted, "status")).containsExactly(tuple("PLANNED", 1L), tuple("HELD", 2L));
		assertThat(counted.of("format")).extracting(Facets.Value::value)
			.containsExactlyInAnyOrder("IN_PERSON", "PHONE_CALL");
	}

	@Test
	void countsOnlyTheContactsTheFilterMatches() {
		TimelineFilter leadersIn2032 = new TimelineFilter("2032", "2032", null, null, MeetingLevel.LEADERS, null, null,
				null, null, null, null);

		Facets counted = this.facets.of(leadersIn2032);

		assertThat(counted.total()).isEqualTo(2);
		assertThat(counts(counted, "official")).containsExactlyInAnyOrder(tuple(String.valueOf(this.envoy), 1L),
				tuple(String.valueOf(this.adviser), 1L), tuple(String.valueOf(this.minister), 1L));
		assertThat(counted.label("official", String.valueOf(this.minister), Locale.ENGLISH)).isEqualTo("Minister Two");
	}

	@Test
	void listsOnlyTheOfficialsWithTheMostContacts() {
		for (int other = 0; other < TimelineFacets.LONG_FACET_LIMIT + 3; other++) {
			participant(this.planned, official("Delegate " + other, "US"), "US");
		}

		List<Facets.Value> officials = this.facets.of(IN_2032).of("official");

		assertThat(officials).hasSize(TimelineFacets.LONG_FACET_LIMIT);
		assertThat(officials.get(0)).extracting(Facets.Value::value, Facets.Value::count)
			.containsExactly(String.valueOf(this.envoy), 2L);
	}

	@Test
	void countsTheContactsPerMonthForTheChart() {
		ContactsOverTime overTime = this.facets.of(IN_2032).overTime();

		assertThat(overTime.bars()).filteredOn(bar -> bar.total() > 0)
			.extracting(bar -> bar.period().date().getMonthValue(), ContactsOverTime.Bar::total)
			.containsExactly(tuple(3, 1L), tuple(4, 1L), tuple(9, 1L));
	}

	private static List<Tuple> counts(Facets counted, String facet) {
		return counted.of(facet).stream().map(value -> tuple(value.value(), value.count())).toList();
	}

	private long official(String name, String country) {
		return this.jdbc.sql("insert into official (full_name, country) values (?, ?) returning id")
			.params(name, country)
			.query(Long.class)
			.single();
	}

	private long meeting(String on, String level, String format, String status) {
		return this.jdbc.sql("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Facet talks', cast(? as date), 'DAY', ?, ?, ?) returning id""")
			.params(on, format, status, level)
			.query(Long.class)
			.single();
	}

	private void participant(long meeting, long official, String side) {
		this.jdbc
			.sql("insert into participant (meeting_id, official_id, side, role) values (?, ?, ?, 'DELEGATION_MEMBER')")
			.params(meeting, official, side)
			.update();
	}

}
