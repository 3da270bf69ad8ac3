package dev.readout;

import java.time.LocalDate;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.Visit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages read the record in a fixed number of SQL statements: as many with a full page
 * of crowded meetings as with the seeded record. A query per row (N+1) would make these
 * counts grow.
 */
@PageTest
@Transactional
class StatementCountTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SeededRecord seeded;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTimelineCostsAsManyStatementsForAFullPageOfCrowdedMeetingsAsForTheSeed() {
		// Counted from cold: facet counts kept by an earlier test are for an older
		// record.
		recordChanged("the seed, counted afresh");
		long seededTimeline = statementsFor("/");
		RecordMother mother = new RecordMother(this.entityManager);
		for (int i = 0; i < 120; i++) {
			mother.meeting(LocalDate.of(2024, 1, 1).plusDays(i), 6, 4, 2);
		}
		this.entityManager.flush();
		this.entityManager.clear();
		// The forms audit every change, which tells the facet counts to count again.
		recordChanged("crowded meetings");

		long grown = statementsFor("/");
		long apiPage = statementsFor("/api/v1/meetings?size=100");
		long deeperPage = statementsFor("/?after=2024-03-01T09:00_" + Long.MAX_VALUE);
		// The names a search also writes in the other language are read once, then kept.
		statementsFor("/?q=names");
		long filtered = statementsFor("/?q=talks&level=MINISTERS&from=2023&official=1");
		System.out.printf("timeline statements: seed %d, full page of crowded meetings %d, deeper page %d, "
				+ "filtered and searched %d%n", seededTimeline, grown, deeperPage, filtered);
		// Meeting ids, meetings, participants, readout counts, agreement counts, the
		// record's version, facets, contacts per month, contacts on the time axis.
		assertThat(seededTimeline).isEqualTo(9);
		assertThat(grown).isEqualTo(seededTimeline);
		assertThat(filtered).isEqualTo(seededTimeline);
		// The same filter on an unchanged record: its counts come from the cache.
		assertThat(deeperPage).isEqualTo(seededTimeline - 3);
		// The API's meetings: the timeline's first five statements, no facets or chart.
		assertThat(apiPage).isEqualTo(5);
	}

	private void recordChanged(String detail) {
		this.jdbc.sql("insert into audit_event (actor, action, detail) values ('test', 'IMPORT', ?)")
			.param(detail)
			.update();
	}

	@Test
	void theMeetingPageCostsAsManyStatementsForACrowdedMeetingAsForASmallOne() {
		long wangYiMeeting = this.seeded.wangYiMeeting();
		long small = statementsFor("/meetings/" + wangYiMeeting);
		Meeting crowded = new RecordMother(this.entityManager).meeting(LocalDate.of(2024, 5, 1), 40, 12, 8);
		Visit visit = new Visit("Working visit", null);
		this.entityManager.persist(visit);
		crowded.setVisit(visit);
		this.entityManager.flush();
		this.entityManager.clear();

		long large = statementsFor("/meetings/" + crowded.getId());
		long smallComparison = statementsFor("/meetings/" + wangYiMeeting + "/compare");
		long largeComparison = statementsFor("/meetings/" + crowded.getId() + "/compare");
		long smallInApi = statementsFor("/api/v1/meetings/" + wangYiMeeting);
		long largeInApi = statementsFor("/api/v1/meetings/" + crowded.getId());
		System.out.printf("meeting page statements: seeded meeting %d, 40 participants/12 readouts/8 agreements %d; "
				+ "comparison %d and %d%n", small, large, smallComparison, largeComparison);
		assertThat(large).isEqualTo(small);
		// The meeting with its topics, then the readouts with theirs and their
		// characterisations.
		assertThat(smallComparison).isEqualTo(2);
		assertThat(largeComparison).isEqualTo(smallComparison);
		assertThat(largeInApi).isEqualTo(smallInApi).isEqualTo(small);
	}

	private long statementsFor(String uri) {
		this.entityManager.clear();
		SqlStatementCounter.reset();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return SqlStatementCounter.statements();
	}

}
