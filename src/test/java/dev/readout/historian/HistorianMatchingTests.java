package dev.readout.historian;

import java.time.LocalDate;
import java.util.List;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import dev.readout.historian.HistorianEntry.Kind;
import dev.readout.meeting.MeetingLevel;
import dev.readout.web.NotFoundException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the Historian's records become contacts, on records written for each rule: a record
 * of days next to a contact the traveller took part in is proposed as that contact, a day
 * either side and no more; a Secretary accompanying the President joins the President's
 * contact; a visit's level follows its visitor's title; a record set apart is added as
 * its own contact; and only what changes the record is audited.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst4", roles = "ANALYST")
class HistorianMatchingTests {

	@Autowired
	HistorianImport historian;

	@Autowired
	SeededRecord seeded;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entities;

	@Test
	void proposesTheContactTheTravellerTookPartInWhenTheDaysAreADayApart() {
		// Blinken met Xi Jinping on 19 June 2023; this record starts a day later.
		ImportReport report = this.historian
			.importEntries(List.of(blinkenInChina(990_001, "2023-06-20", "2023-06-20")));

		assertThat(report.proposed()).isOne();
		assertThat(report.imported()).isZero();
		long proposed = meetingOf(990_001);
		assertThat(this.jdbc.sql("select start_date from meeting where id = ?")
			.param(proposed)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2023, 6, 19));
		assertThat(state(990_001)).isEqualTo("PROPOSED");
	}

	@Test
	void addsARecordTwoDaysFromAnyContactOfTheTravellerAsAContactOfItsOwn() {
		ImportReport report = this.historian
			.importEntries(List.of(blinkenInChina(990_002, "2023-06-21", "2023-06-22")));

		assertThat(report.proposed()).isZero();
		assertThat(report.imported()).isOne();
		assertThat(this.jdbc.sql("select title || ' ' || level || ' ' || status from meeting where id = ?")
			.param(meetingOf(990_002))
			.query(String.class)
			.single()).isEqualTo("Secretary of State Antony J. Blinken in China MINISTERS HELD");
	}

	@Test
	void makesTheSecretaryAccompanyingThePresidentADelegateOfThePresidentsContact() {
		HistorianEntry president = new HistorianEntry(Kind.TRIP, 990_003, "president", "biden-joseph-r",
				"Joseph R. Biden", LocalDate.of(2031, 4, 2), LocalDate.of(2031, 4, 4), "china", "China", "Beijing",
				"State visit. Met with President Xi Jinping.", "test", "2031-04-05", "test", "2031-04-05");
		HistorianEntry secretary = new HistorianEntry(Kind.TRIP, 990_004, "secretary", "blinken-antony-j",
				"Antony J. Blinken", LocalDate.of(2031, 4, 2), LocalDate.of(2031, 4, 3), "china", "China", "Beijing",
				"Accompanied President Biden.", "test", "2031-04-05", "test", "2031-04-05");

		// The Secretary's record first: the President's trip is still made first.
		ImportReport report = this.historian.importEntries(List.of(secretary, president));

		assertThat(report.imported()).isOne();
		assertThat(report.merged()).isOne();
		long contact = meetingOf(990_003);
		assertThat(meetingOf(990_004)).isEqualTo(contact);
		assertThat(this.jdbc.sql("""
				select o.full_name || ' ' || p.role from participant p join official o on o.id = p.official_id
				where p.meeting_id = ? and p.side = 'US' order by p.role""").param(contact).query(String.class).list())
			.containsExactlyInAnyOrder("Joseph R. Biden LEAD", "Antony J. Blinken DELEGATION_MEMBER");
		assertThat(level(contact)).isEqualTo(MeetingLevel.LEADERS.name());
	}

	@Test
	void givesAVisitByALeaderTheLeadersLevelAndOneByAMinisterTheMinisters() {
		this.historian.importEntries(List.of(visit(990_005, "President Xi Jinping", "2031-09-01"),
				visit(990_006, "Foreign Minister Wang Yi", "2031-10-01")));

		assertThat(level(meetingOf(990_005))).isEqualTo(MeetingLevel.LEADERS.name());
		assertThat(level(meetingOf(990_006))).isEqualTo(MeetingLevel.MINISTERS.name());
		assertThat(this.jdbc.sql("select title from meeting where id = ?")
			.param(meetingOf(990_006))
			.query(String.class)
			.single()).isEqualTo("Foreign Minister Wang Yi in the United States");
	}

	@Test
	void leavesOtherCountriesRecordsAsideAndAuditsOnlyAnImportThatChangedSomething() {
		HistorianEntry elsewhere = new HistorianEntry(Kind.TRIP, 990_007, "secretary", "blinken-antony-j",
				"Antony J. Blinken", LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 2), "japan", "Japan", "Tokyo",
				"Met with the Prime Minister.", "test", "2031-05-03", "test", "2031-05-03");
		long imports = imports();

		ImportReport report = this.historian.importEntries(List.of(elsewhere));

		assertThat(report.read()).isOne();
		assertThat(report.usChina()).isZero();
		assertThat(imports()).as("nothing changed, nothing audited").isEqualTo(imports);

		this.historian.importEntries(List.of(visit(990_008, "Vice Premier He Lifeng", "2031-06-01")));
		assertThat(imports()).isEqualTo(imports + 1);
		this.historian.importEntries(List.of(visit(990_008, "Vice Premier He Lifeng", "2031-06-01")));
		assertThat(imports()).as("the same record again").isEqualTo(imports + 1);
	}

	@Test
	void addsAProposedRecordTheAnalystSetsApartAsAContactOfItsOwnOnce() {
		this.historian.importEntries(List.of(blinkenInChina(990_009, "2023-06-19", "2023-06-19")));
		long record = recordId(990_009);
		long proposed = meetingOf(990_009);

		this.historian.separate(record);
		this.entities.flush();

		assertThat(state(990_009)).isEqualTo("IMPORTED");
		assertThat(meetingOf(990_009)).isNotEqualTo(proposed);
		assertThatExceptionOfType(NotFoundException.class).as("no longer proposed")
			.isThrownBy(() -> this.historian.separate(record));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.historian.confirm(record, null));
	}

	private static HistorianEntry blinkenInChina(int id, String from, String to) {
		return new HistorianEntry(Kind.TRIP, id, "secretary", "blinken-antony-j", "Antony J. Blinken",
				LocalDate.parse(from), LocalDate.parse(to), "china", "China", "Beijing", "Met with senior officials.",
				"test", from, "test", from);
	}

	private static HistorianEntry visit(int id, String visitor, String on) {
		return new HistorianEntry(Kind.VISIT, id, null, null, visitor, LocalDate.parse(on), LocalDate.parse(on),
				"china", "China", null, "Official visit. Met with the President.", "test", on, "test", on);
	}

	private long meetingOf(int historianId) {
		return this.jdbc.sql("select meeting_id from historian_record where historian_id = ?")
			.param(historianId)
			.query(Long.class)
			.single();
	}

	private long recordId(int historianId) {
		return this.jdbc.sql("select id from historian_record where historian_id = ?")
			.param(historianId)
			.query(Long.class)
			.single();
	}

	private String state(int historianId) {
		return this.jdbc.sql("select state from historian_record where historian_id = ?")
			.param(historianId)
			.query(String.class)
			.single();
	}

	private String level(long meeting) {
		return this.jdbc.sql("select level from meeting where id = ?").param(meeting).query(String.class).single();
	}

	private long imports() {
		return this.jdbc.sql("select count(*) from audit_event where action = 'IMPORT'").query(Long.class).single();
	}

}
