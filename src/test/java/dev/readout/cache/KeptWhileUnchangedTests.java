package dev.readout.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import dev.readout.ClientAddress;
import dev.readout.PostgresTestConfiguration;
import dev.readout.SeededRecord;
import dev.readout.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.readout.SignedIn.admin;
import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What is kept while the record is unchanged — the timeline pages anonymous readers get,
 * search results, summary PDFs — is served without working it out again, and worked out
 * anew as soon as an analyst changes the record; signed-in people get their own timeline.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ PostgresTestConfiguration.class, SqlStatementCounter.class, SeededRecord.class })
class KeptWhileUnchangedTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeptWhileUnchanged kept;

	@Test
	void keepsTheAnonymousPageUntilAnAnalystChangesTheRecord() {
		String first = page("/?level=MINISTERS");
		SqlStatementCounter.reset();
		String again = page("/?level=MINISTERS");
		assertThat(SqlStatementCounter.statements()).as("statements for a kept page: none, the version is in memory")
			.isZero();
		assertThat(again).isEqualTo(first);
		assertThat(page("/?level=LEADERS")).as("another address, another page").isNotEqualTo(first);

		MvcTestResult added = this.mvc.post()
			.uri("/meetings")
			.with(analyst())
			.with(csrf())
			.param("title", "Kept-page test call")
			.param("date", "2023-07")
			.param("format", "PHONE_CALL")
			.param("status", "HELD")
			.param("level", "MINISTERS")
			.param("participants[0].officialId", "11")
			.param("participants[0].side", "CN")
			.param("participants[0].role", "HOST")
			.exchange();
		try {
			assertThat(added).hasStatus(302);
			assertThat(page("/?level=MINISTERS")).contains("Kept-page test call");
		}
		finally {
			this.jdbc.sql("delete from meeting where title = 'Kept-page test call'").update();
		}
	}

	@Test
	void answersABrowserThatHoldsTheKeptPageWithNotModifiedAndSendsItCompressed() throws IOException {
		page("/?level=WORKING_LEVEL");
		MvcTestResult kept = this.mvc.get().uri("/?level=WORKING_LEVEL").header("Accept-Encoding", "gzip").exchange();
		assertThat(kept).hasStatusOk().hasHeader("Content-Encoding", "gzip");
		String etag = kept.getResponse().getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(kept.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
		try (GZIPInputStream body = new GZIPInputStream(
				new ByteArrayInputStream(kept.getResponse().getContentAsByteArray()))) {
			assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8))
				.isEqualTo(page("/?level=WORKING_LEVEL"));
		}

		MvcTestResult again = this.mvc.get().uri("/?level=WORKING_LEVEL").header("If-None-Match", etag).exchange();
		assertThat(again).hasStatus(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(this.mvc.get().uri("/?level=WORKING_LEVEL").header("If-None-Match", "\"another\"")).hasStatusOk();
	}

	/**
	 * The gzipped and the plain page are the same page, not the same bytes: the tag is
	 * weak, as a proxy that compresses would make it anyway, and it is recognised in any
	 * form a browser or proxy sends back (weak, strong, or in a list).
	 */
	@Test
	void recognisesTheKeptPagesTagInEveryFormItComesBack() {
		page("/?level=LEADERS");
		String etag = this.mvc.get().uri("/?level=LEADERS").exchange().getResponse().getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		String opaque = etag.substring(2);
		for (String held : List.of(etag, opaque, "\"another\", " + etag, "\"another\", " + opaque)) {
			assertThat(this.mvc.get().uri("/?level=LEADERS").header("If-None-Match", held)).as(held).hasStatus(304);
		}
		assertThat(this.mvc.get().uri("/?level=LEADERS").header("If-None-Match", "W/\"another\"")).hasStatusOk();
		// One tag for the page, sent plain or gzipped: either copy revalidates the other.
		MvcTestResult gzipped = this.mvc.get().uri("/?level=LEADERS").header("Accept-Encoding", "gzip").exchange();
		assertThat(gzipped).hasHeader("Content-Encoding", "gzip").hasHeader("ETag", etag);
		assertThat(
				this.mvc.get().uri("/?level=LEADERS").header("Accept-Encoding", "gzip").header("If-None-Match", etag))
			.hasStatus(304);
	}

	@Test
	void countsHitsAndMissesForAdminsOnly() {
		page("/?level=NON_OFFICIAL");
		page("/?level=NON_OFFICIAL");
		assertThat(this.mvc.get()
			.uri("/actuator/metrics/cache.gets?tag=cache:timeline-pages&tag=result:hit")
			.with(admin())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.measurements[0].value")
			.asNumber()
			.satisfies(hits -> assertThat(hits.doubleValue()).isPositive());
		assertThat(this.mvc.get().uri("/actuator/metrics").with(analyst())).hasStatus(403);
		assertThat(this.mvc.get().uri("/actuator/metrics")).hasStatus3xxRedirection();
	}

	@Test
	void aFloodOfRefusedRequestsDoesNotRenewWhatIsKept() {
		String first = page("/?level=LEADERS");
		long refusals = refusals();
		for (int i = 0; i < 5; i++) {
			this.mvc.get().uri("/account").with(ClientAddress.from("198.51.100.23")).exchange();
		}
		assertThat(refusals()).as("one line a minute for one address, however many refusals").isEqualTo(refusals + 1);

		SqlStatementCounter.reset();
		assertThat(page("/?level=LEADERS")).isEqualTo(first);
		assertThat(SqlStatementCounter.statements()).as("statements for a kept page: none").isZero();
	}

	/**
	 * Another instance of Readout on the same database: its change reaches this one
	 * through PostgreSQL's notification when it commits, within a second.
	 */
	@Test
	void learnsOfAChangeMadeThroughAnotherInstanceAtOnce() throws InterruptedException {
		String first = page("/?level=SENIOR_OFFICIALS");
		this.jdbc.sql("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Call saved elsewhere', '2023-07-03', 'DAY', 'PHONE_CALL', 'HELD', 'SENIOR_OFFICIALS')""")
			.update();
		try {
			assertThat(page("/?level=SENIOR_OFFICIALS")).as("not audited yet: the page is kept").isEqualTo(first);
			this.jdbc.sql("""
					insert into audit_event (actor, action, subject_type, subject_id)
					values ('elsewhere', 'CREATE', 'MEETING', (select max(id) from meeting))""").update();
			long deadline = System.nanoTime() + 1_000_000_000L;
			while (!page("/?level=SENIOR_OFFICIALS").contains("Call saved elsewhere") && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertThat(page("/?level=SENIOR_OFFICIALS")).contains("Call saved elsewhere");
		}
		finally {
			this.jdbc.sql("delete from meeting where title = 'Call saved elsewhere'").update();
		}
	}

	/**
	 * A search that found nothing weighs next to nothing, and a flood of them must not
	 * grow what is kept past its budget: Caffeine never lets go of a value that weighs
	 * nothing.
	 */
	@Test
	void keepsValuesThatClaimToWeighNothingWithinTheBudget() {
		WhileRecordUnchanged<String, String> searches = this.kept.rendered("weightless", 100, value -> 0);

		for (int search = 0; search < 1000; search++) {
			searches.get("nothing found " + search, () -> "");
		}

		AtomicInteger workedOut = new AtomicInteger();
		searches.get("nothing found 0", () -> "again " + workedOut.incrementAndGet());
		assertThat(workedOut).as("the first of a thousand was let go").hasValue(1);
	}

	private long refusals() {
		return this.jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED'")
			.query(Long.class)
			.single();
	}

	@Test
	void keepsSearchResultsAndSummariesUntilTheRecordChanges() {
		String found = page("/search?q=fentanyl");
		SqlStatementCounter.reset();
		assertThat(page("/search?q=fentanyl")).isEqualTo(found);
		assertThat(SqlStatementCounter.statements()).as("statements for a kept search: none").isZero();

		String pdf = this.seeded.address("/meetings/{xiMeeting}/summary.pdf");
		byte[] summary = this.mvc.get().uri(pdf).exchange().getResponse().getContentAsByteArray();
		SqlStatementCounter.reset();
		assertThat(this.mvc.get().uri(pdf).exchange().getResponse().getContentAsByteArray()).isEqualTo(summary);
		assertThat(SqlStatementCounter.statements()).as("statements for a kept summary: none").isZero();

		MvcTestResult added = this.mvc.post()
			.uri(this.seeded.address("/meetings/{xiMeeting}/readouts"))
			.with(analyst())
			.with(csrf())
			.param("side", "US")
			.param("issuingBody", "Department of State")
			.param("title", "Kept-search test readout on fentanyl")
			.exchange();
		try {
			assertThat(added).hasStatus(302);
			assertThat(page("/search?q=fentanyl")).contains("Kept-search test readout on fentanyl");
			assertThat(this.mvc.get().uri(pdf).exchange().getResponse().getContentAsByteArray()).isNotEqualTo(summary);
		}
		finally {
			this.jdbc.sql("delete from readout where title = 'Kept-search test readout on fentanyl'").update();
		}
	}

	@Test
	void signedInPeopleGetTheirOwnPage() {
		page("/");
		assertThat(this.mvc.get().uri("/").with(analyst())).hasStatusOk().bodyText().contains("Add meeting");
		assertThat(page("/")).doesNotContain("Add meeting");
	}

	private String page(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk()
			.hasContentType("text/html;charset=UTF-8")
			.hasHeader("Content-Language", "en-GB");
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
