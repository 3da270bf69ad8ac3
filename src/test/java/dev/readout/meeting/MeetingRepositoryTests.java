package dev.readout.meeting;

import java.util.List;

import dev.readout.RepositoryTest;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting's queries on their own, against the same real PostgreSQL and seeded record,
 * so that a fault in what they load shows here before it shows on a page.
 */
@RepositoryTest
class MeetingRepositoryTests {

	@Autowired
	MeetingRepository meetings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsEachParticipantOnceWhateverTheMeetingsTopicsAndSources() {
		List<Long> ids = this.jdbc.sql("select id from meeting order by id").query(Long.class).list();
		for (long id : ids) {
			Meeting meeting = this.meetings.findWithParticipants(id).orElseThrow();
			int onRecord = this.jdbc.sql("select count(*) from participant where meeting_id = ?")
				.param(id)
				.query(Integer.class)
				.single();
			assertThat(Hibernate.isInitialized(meeting.getParticipants())).isTrue();
			assertThat(meeting.getParticipants()).as("meeting %d", id).hasSize(onRecord).doesNotHaveDuplicates();
		}
	}

	@Test
	void placesAnExpectedContactAtTheFirstDayOfItsWindow() {
		Meeting yellen = this.meetings.findAll()
			.stream()
			.filter(meeting -> meeting.getTitle().equals("Yellen visit to Beijing (expected)"))
			.findFirst()
			.orElseThrow();
		assertThat(yellen.getLocalStart()).hasToString("2023-06-20T00:00");
	}

}
