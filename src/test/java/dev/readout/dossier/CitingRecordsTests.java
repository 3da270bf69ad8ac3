package dev.readout.dossier;

import java.util.List;

import dev.readout.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What on the record cites one new source, of every kind that can: each listed once with
 * where it is shown, and nothing from a deleted meeting or statement.
 */
@PageTest
@Transactional
class CitingRecordsTests {

	@Autowired
	CitingRecords citing;

	@Autowired
	JdbcClient jdbc;

	long source;

	long meeting;

	long statement;

	long agreement;

	@BeforeEach
	void citeOneSourceEveryWay() {
		this.source = id("insert into source (label) values ('Wire report of the talks') returning id");
		this.meeting = id("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Cited talks', '2024-02-01', 'DAY', 'IN_PERSON', 'HELD', 'MINISTERS') returning id""");
		this.jdbc.sql("insert into meeting_source (meeting_id, source_id) values (?, ?)")
			.params(this.meeting, this.source)
			.update();
		this.statement = id("""
				insert into readout (meeting_id, side, issuing_body, title) values (%d, 'CN', 'MFA', 'Cited readout')
				returning id""".formatted(this.meeting));
		this.jdbc.sql("insert into readout_source (readout_id, source_id) values (?, ?)")
			.params(this.statement, this.source)
			.update();
		this.agreement = id("""
				insert into agreement (meeting_id, description, status) values (%d, 'Cited commitment', 'AGREED')
				returning id""".formatted(this.meeting));
		// Cited as evidence of two of its status changes: listed once.
		for (String on : List.of("2024-02-01", "2024-05-01")) {
			this.jdbc.sql("""
					insert into agreement_status_change (agreement_id, status, changed_on, source_id)
					values (?, 'IN_PROGRESS', cast(? as date), ?)""").params(this.agreement, on, this.source).update();
		}
		long official = id("insert into official (full_name, country) values ('Cited Envoy', 'US') returning id");
		this.jdbc.sql("""
				insert into official_position (official_id, title, start_date, start_precision, end_date, end_precision,
				                               end_source_id)
				values (?, 'Special Envoy', '2022-01-01', 'YEAR', '2024-03-01', 'MONTH', ?)""")
			.params(official, this.source)
			.update();
		this.jdbc.sql("update channel set source_id = ? where name = 'Climate'").param(this.source).update();
	}

	@Test
	void listsEveryKindOfRecordThatCitesTheSourceOnceWithWhereItIsShown() {
		List<CitingRecords.CitingRecord> records = this.citing.of(this.source);

		assertThat(records).extracting(CitingRecords.CitingRecord::kind, CitingRecords.CitingRecord::title)
			.containsExactly(tuple("AGREEMENT", "Cited commitment"), tuple("CHANNEL", "Climate"),
					tuple("MEETING", "Cited talks"), tuple("STATEMENT", "Cited readout"),
					tuple("TENURE", "Cited Envoy: Special Envoy"));
		assertThat(records).extracting(CitingRecords.CitingRecord::address)
			.contains("/meetings/" + this.meeting + "#readout-" + this.statement,
					"/meetings/" + this.meeting + "#agreement-" + this.agreement);
		assertThat(records).filteredOn(CitingRecords.CitingRecord::citesPassages)
			.extracting(CitingRecords.CitingRecord::kind)
			.containsExactly("AGREEMENT", "MEETING", "STATEMENT");
	}

	@Test
	void listsNothingFromADeletedStatement() {
		this.jdbc.sql("update readout set deleted_at = now() where id = ?").param(this.statement).update();

		assertThat(this.citing.of(this.source)).extracting(CitingRecords.CitingRecord::kind)
			.doesNotContain("STATEMENT")
			.contains("MEETING", "AGREEMENT");
	}

	@Test
	void listsNothingFromADeletedMeetingNorFromItsStatementsAndAgreements() {
		this.jdbc.sql("update meeting set deleted_at = now() where id = ?").param(this.meeting).update();

		assertThat(this.citing.of(this.source)).extracting(CitingRecords.CitingRecord::kind)
			.containsExactly("CHANNEL", "TENURE");
	}

	private long id(String insert) {
		return this.jdbc.sql(insert).query(Long.class).single();
	}

}
