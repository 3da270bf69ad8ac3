package dev.readout.readout;

import java.util.List;

import dev.readout.RepositoryTest;
import dev.readout.SeededRecord;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The readouts' queries on their own: a meeting's statements loaded whole once each,
 * official readouts counted per side apart from other statements, and deleted ones
 * neither loaded nor counted until restored.
 */
@RepositoryTest
class ReadoutRepositoryTests {

	@Autowired
	ReadoutRepository readouts;

	@Autowired
	SeededRecord seeded;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entities;

	@Test
	void loadsEachStatementOfAMeetingOnceWithEverythingItSaysAndCites() {
		for (long meeting : this.jdbc.sql("select id from meeting order by id").query(Long.class).list()) {
			List<Readout> statements = this.readouts.findByMeeting(meeting);

			assertThat(statements).as("meeting %d", meeting)
				.hasSize(count("select count(*) from readout where meeting_id = ? and deleted_at is null", meeting))
				.doesNotHaveDuplicates();
			for (Readout statement : statements) {
				assertThat(Hibernate.isInitialized(statement.getCharacterisations())).isTrue();
				assertThat(statement.getCharacterisations()).as("readout %d", statement.getId())
					.hasSize(count("select count(*) from readout_characterisation where readout_id = ?",
							statement.getId()));
				assertThat(statement.getSources()).as("readout %d", statement.getId())
					.hasSize(count("select count(*) from readout_source where readout_id = ?", statement.getId()));
			}
		}
	}

	@Test
	void countsOfficialReadoutsPerSideAndNotTheOtherStatements() {
		long talks = this.seeded.qinGangTalks();

		List<ReadoutCount> counts = this.readouts.countByMeetingAndSide(List.of(talks));

		assertThat(counts).extracting(ReadoutCount::side, ReadoutCount::count)
			.containsExactlyInAnyOrder(tuple("US", 1L), tuple("CN", 1L));
		assertThat(count("select count(*) from readout where meeting_id = ?", talks)).as("with the other statements")
			.isGreaterThan(2);
	}

	@Test
	void neitherLoadsNorCountsADeletedReadoutUntilItIsRestored() {
		long readout = this.seeded.wangYiReadout("CN");
		long meeting = this.seeded.wangYiMeeting();
		this.jdbc.sql("update readout set deleted_at = now(), deleted_by = 'analyst1' where id = ?")
			.param(readout)
			.update();
		this.entities.clear();

		assertThat(this.readouts.findWithMeeting(readout)).isEmpty();
		assertThat(this.readouts.findByMeeting(meeting)).extracting(Readout::getId).doesNotContain(readout);
		assertThat(this.readouts.countByMeetingAndSide(List.of(meeting))).extracting(ReadoutCount::side)
			.doesNotContain("CN");
		assertThat(this.readouts.findDeleted()).extracting(ReadoutRepository.DeletedReadout::getId).contains(readout);

		assertThat(this.readouts.restore(readout)).isOne();
		assertThat(this.readouts.restore(readout)).as("restored once").isZero();
		this.entities.clear();
		assertThat(this.readouts.findWithMeeting(readout)).isPresent();
	}

	private int count(String sql, long id) {
		return this.jdbc.sql(sql).param(id).query(Integer.class).single();
	}

}
