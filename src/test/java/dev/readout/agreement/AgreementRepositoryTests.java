package dev.readout.agreement;

import java.util.List;

import dev.readout.RepositoryTest;
import dev.readout.SeededRecord;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreements' queries on their own: the tracker's commitments with their whole
 * history and evidence, of one status or of meetings on one topic, and none of a deleted
 * meeting.
 */
@RepositoryTest
class AgreementRepositoryTests {

	@Autowired
	AgreementRepository agreements;

	@Autowired
	SeededRecord seeded;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entities;

	@Test
	void tracksEveryCommitmentOnRecordOnceWithItsWholeHistory() {
		List<Agreement> tracked = this.agreements.findForTracker(null, null);

		assertThat(tracked).hasSize(count("select count(*) from agreement")).doesNotHaveDuplicates();
		for (Agreement agreement : tracked) {
			assertThat(agreement.getHistory()).as("agreement %d", agreement.getId())
				.hasSize(count(
						"select count(*) from agreement_status_change where agreement_id = " + agreement.getId()));
		}
	}

	@Test
	void tracksTheCommitmentsOfOneStatusOrOfMeetingsOnOneTopic() {
		assertThat(this.agreements.findForTracker(AgreementStatus.AGREED, null)).isNotEmpty()
			.allSatisfy(agreement -> assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.AGREED));

		long topic = this.jdbc.sql("""
				select min(mt.topic_id) from meeting_topic mt join agreement a on a.meeting_id = mt.meeting_id""")
			.query(Long.class)
			.single();
		assertThat(this.agreements.findForTracker(null, topic)).isNotEmpty()
			.allSatisfy(agreement -> assertThat(count("""
					select count(*) from meeting_topic where topic_id = %d and meeting_id = %d""".formatted(topic,
					agreement.getMeeting().getId())))
				.isOne());
	}

	@Test
	void tracksNoCommitmentOfADeletedMeeting() {
		long flights = this.seeded.flightsAgreement();
		this.jdbc
			.sql("update meeting set deleted_at = now() where id = (select meeting_id from agreement where id = ?)")
			.param(flights)
			.update();
		this.entities.clear();

		assertThat(this.agreements.findForTracker(null, null)).extracting(Agreement::getId).doesNotContain(flights);
		assertThat(this.agreements.findWithHistory(flights)).isEmpty();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
