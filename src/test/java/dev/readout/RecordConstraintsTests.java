package dev.readout;

import java.time.LocalDate;

import dev.readout.vocabulary.Attribution;
import dev.readout.agreement.Agreement;
import dev.readout.agreement.AgreementRepository;
import dev.readout.agreement.AgreementStatus;
import dev.readout.meeting.MeetingRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The database holds the record's rules too, so no import or script can break them. */
@PageTest
@Transactional
class RecordConstraintsTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	AgreementRepository agreements;

	@Test
	void refusesAMonthPreciseDateThatIsNotTheFirstOfTheMonth() {
		assertRefused("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Talks', '2023-05-14', 'MONTH', 'IN_PERSON', 'HELD', 'MINISTERS')""");
	}

	@Test
	void refusesATimeOfDayWithoutATimeZone() {
		assertRefused("""
				insert into meeting (title, start_date, start_precision, local_time, format, status, level)
				values ('Talks', '2023-05-14', 'DAY', '10:00', 'IN_PERSON', 'HELD', 'MINISTERS')""");
	}

	@Test
	void refusesASidelinesMeetingWithoutItsOccasion() {
		assertRefused("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Talks', '2023-05-14', 'DAY', 'SIDELINES', 'HELD', 'MINISTERS')""");
	}

	@Test
	void refusesAnUnknownStatus() {
		assertRefused("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Talks', '2023-05-14', 'DAY', 'IN_PERSON', 'RUMOURED', 'MINISTERS')""");
	}

	@Test
	void refusesAPositionThatEndsBeforeItStarts() {
		assertRefused("""
				insert into official_position (official_id, title, start_date, start_precision, end_date, end_precision)
				values (1, 'Secretary of State', '2021-01-26', 'DAY', '2020-01-01', 'DAY')""");
	}

	@Test
	void refusesTheSameOfficialTwiceInOneMeeting() {
		assertRefused("insert into participant (meeting_id, official_id, side, role) values (1, 1, 'US', 'LEAD')");
	}

	@Test
	void refusesASourceThatIsACopyOfItself() {
		assertRefused("update source set copy_of_id = id, copy_kind = 'COPY' where id = 1");
	}

	@Test
	void refusesACopyWithoutItsKind() {
		assertRefused("update source set copy_of_id = 1 where id = 2");
	}

	@Test
	void refusesAKindOfCopyWithoutAnOriginal() {
		assertRefused("update source set copy_kind = 'EDITION' where id = 2");
	}

	@Test
	void appendsEachStatusChangeToTheHistoryOfAnAgreement() {
		var meeting = this.meetings.findById(this.seeded.qinGangTalks()).orElseThrow();
		Agreement flights = new Agreement(meeting, "More flights", AgreementStatus.AGREED, LocalDate.of(2023, 6, 18),
				null, Attribution.NONE, null);
		flights.changeStatus(AgreementStatus.IN_PROGRESS, LocalDate.of(2023, 8, 1), "First new routes announced",
				Attribution.NONE, null);
		long id = this.agreements.saveAndFlush(flights).getId();

		assertThat(this.jdbc.sql("select status from agreement where id = ?").param(id).query(String.class).single())
			.isEqualTo("IN_PROGRESS");
		assertThat(
				this.jdbc.sql("select status from agreement_status_change where agreement_id = ? order by changed_on")
					.param(id)
					.query(String.class)
					.list())
			.containsExactly("AGREED", "IN_PROGRESS");
		assertThatIllegalArgumentException().isThrownBy(() -> flights.changeStatus(AgreementStatus.STALLED,
				LocalDate.of(2023, 7, 1), "Out of order", Attribution.NONE, null));
	}

	private void assertRefused(String sql) {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(sql).update());
	}

}
