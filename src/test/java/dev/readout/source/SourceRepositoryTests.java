package dev.readout.source;

import java.util.List;

import dev.readout.RepositoryTest;
import dev.readout.SeededRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source's queries on their own, against the same real PostgreSQL and seeded record.
 */
@RepositoryTest
class SourceRepositoryTests {

	@Autowired
	SourceRepository sources;

	@Autowired
	SeededRecord seeded;

	@Autowired
	JdbcClient jdbc;

	@Test
	void offersTheSourcesAMeetingAlreadyCitesAmongThoseToCiteOnItsForms() {
		long meeting = this.seeded.wangYiMeeting();
		List<Long> citedForTheMeeting = this.jdbc.sql("""
				select source_id from meeting_source where meeting_id = :id
				union select rs.source_id from readout_source rs join readout r on r.id = rs.readout_id
				where r.meeting_id = :id and r.deleted_at is null""").param("id", meeting).query(Long.class).list();
		assertThat(citedForTheMeeting).isNotEmpty();
		assertThat(this.sources.findCitableForMeeting(meeting)).extracting(Source::getId)
			.containsAll(citedForTheMeeting)
			.doesNotHaveDuplicates();
	}

	@Test
	void findsASourceByItsAddressWhateverTheTrackingParametersAndCase() {
		// Seeded as
		// http://www.china.org.cn/china/NPC_CPPCC_2013/2013-03/14/content_28239654.htm
		long report = this.seeded.source("Xi elected president of the PRC%");
		String shared = "HTTPS://China.org.cn/china/NPC_CPPCC_2013/2013-03/14/content_28239654.htm/"
				+ "?utm_source=newsletter&fbclid=abc#top";
		assertThat(this.sources.findFirstByUrlKeyOrderById(WebAddress.key(shared))).map(Source::getId).contains(report);
	}

}
