package dev.readout.readout;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A deleted meeting's statements and agreements are not deleted one by one, yet they
 * leave the record with it: no page, export or API shows the meeting or what hangs on it
 * until an admin restores it.
 */
@PageTest
@Transactional
class DeletedMeetingStatementsTests {

	/** Where the record shows a meeting, its statements or its agreements. */
	private static final List<String> SHOWN_AT = List.of("/", "/?q=flights", "/agreements", "/api/v1/agreements",
			"/search?q=flights", "/api/v1/search?q=flights", "/sources/2", "/officials/12", "/visits/1",
			"/api/v1/meetings", "/timeline.csv", "/timeline.json", "/timeline.ics", "/exports/followthemoney.jsonl",
			"/record.json");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SeededRecord seeded;

	@Autowired
	EntityManager entities;

	@Test
	void showsNothingOfADeletedMeetingAnywhere() {
		long talks = this.seeded.qinGangTalks();
		String title = this.jdbc.sql("select title from meeting where id = ?")
			.param(talks)
			.query(String.class)
			.single();
		long statement = this.jdbc.sql("select min(id) from readout where meeting_id = ?")
			.param(talks)
			.query(Long.class)
			.single();
		long agreement = this.jdbc.sql("select min(id) from agreement where meeting_id = ?")
			.param(talks)
			.query(Long.class)
			.single();
		List<String> addresses = List.of("/meetings/" + talks, "/api/v1/readouts/" + statement,
				"/readouts/" + statement + "/edit", "/readouts/" + statement + "/history",
				"/agreements/" + agreement + "/status");
		assertThat(SHOWN_AT).allSatisfy(address -> assertThat(body(address)).as(address).contains(title));
		assertThat(addresses).allSatisfy(address -> assertThat(get(address)).as(address).hasStatusOk());

		assertThat(this.mvc.post().uri("/meetings/" + talks + "/delete").with(csrf()).with(analyst()))
			.hasStatus3xxRedirection();
		// Written at the commit of the request's transaction, which here is the test's.
		this.entities.flush();

		assertThat(SHOWN_AT).allSatisfy(address -> assertThat(body(address)).as(address).doesNotContain(title));
		assertThat(addresses).allSatisfy(address -> assertThat(get(address)).as(address).hasStatus(404));
	}

	private MvcTestResult get(String address) {
		return this.mvc.get().uri(address).with(analyst()).exchange();
	}

	private String body(String address) {
		MvcTestResult result = get(address);
		assertThat(result).as(address).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
