package dev.readout.meeting;

import dev.readout.SeededRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.readout.ApiContract;
import dev.readout.PageTest;
import dev.readout.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.readout.ApiContract.answerConforms;
import static dev.readout.ApiContract.conforms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the record through the JSON API, anonymously: the same filters as the timeline,
 * dates at their precision, stable paging, and every answer as the OpenAPI document
 * describes it.
 */
@PageTest
class RecordApiTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsMeetingsFilteredAsOnTheTimelineWithDatesAtTheirPrecision() {
		MvcTestResult june = get("/api/v1/meetings?from=2023-06&to=2023-06&side=CN&q=taiwan");
		assertThat(june).hasStatus(200);
		assertThat(june).bodyJson()
			.extractingPath("$.items[*].title")
			.asArray()
			.containsExactly("Blinken – Wang Yi meeting");
		assertThat(june).bodyJson()
			.extractingPath("$.items[0].date")
			.isEqualTo(Map.of("value", "2023-06-19", "precision", "DAY"));
		assertThat(june).bodyJson()
			.extractingPath("$.items[0].participants[?(@.name == 'Wang Yi')].titlesAtTheTime[0]")
			.asArray()
			.containsExactly("Director of the Office of the Central Foreign Affairs Commission");

		MvcTestResult monthOnly = get("/api/v1/meetings?q=gates");
		assertThat(monthOnly).bodyJson().extractingPath("$.items[0].date.precision").isNotEqualTo("DAY");
	}

	@Test
	void pagesFollowOneAnotherByTheirNextLinkWithoutRepeatsOrGaps() throws Exception {
		List<String> all = titles(get("/api/v1/meetings?size=200"));
		List<String> paged = new ArrayList<>();
		String next = "/api/v1/meetings?size=2";
		while (next != null) {
			MvcTestResult page = get(next);
			paged.addAll(titles(page));
			String link = JsonPath.read(page.getResponse().getContentAsString(), "$.next");
			// Relative to the server, never to the Host a client sends.
			assertThat(link).satisfiesAnyOf(value -> assertThat(value).isNull(),
					value -> assertThat(value).startsWith("/api/v1/meetings?"));
			next = link;
		}
		assertThat(paged).isEqualTo(all).hasSizeGreaterThan(4);
	}

	@Test
	void givesAMeetingWithItsReadoutsAgreementsAndSourcesCopiesCountedWithTheirOriginal() {
		String address = "/api/v1/meetings/" + this.seeded.wangYiMeeting();
		SqlStatementCounter.reset();
		MvcTestResult meeting = get(address);
		assertThat(meeting).hasStatus(200);
		// The meeting page's loader, whose ten include the passages its citations quote.
		assertThat(SqlStatementCounter.statements()).as("statements for one meeting").isLessThanOrEqualTo(10);
		assertThat(meeting).bodyJson().extractingPath("$.title").isEqualTo("Blinken – Wang Yi meeting");
		assertThat(meeting).bodyJson().extractingPath("$.readouts[*].side").asArray().containsExactly("US", "US", "CN");
		assertThat(meeting).bodyJson()
			.extractingPath("$.readouts[*].kind")
			.asArray()
			.containsExactly("READOUT", "BRIEFING", "READOUT");
		assertThat(meeting).bodyJson().extractingPath("$.topics").asArray().contains("Taiwan");
		assertThat(meeting).bodyJson().extractingPath("$.sources[?(@.id == 3)].copyOf").asArray().containsExactly(2);
	}

	@Test
	void answersAnUnknownAddressAndPagingOutOfRangeWithProblemDocuments() {
		MvcTestResult unknown = this.mvc.get().uri("/api/v1/no-such-list").exchange();
		assertThat(unknown).hasStatus(404).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		for (String outOfRange : List.of("/api/v1/officials?page=-1", "/api/v1/officials?size=100000",
				"/api/v1/sources?page=99999999999", "/api/v1/meetings?size=0")) {
			assertThat(ApiContract.answerConforms(this.mvc, this.mvc.get().uri(outOfRange).exchange())).as(outOfRange)
				.hasStatus(400)
				.contentType()
				.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	/**
	 * An agreement's evidence is the sources cited for it as well as each change's own:
	 * the flights agreement rests on two reports, its first status on one of them.
	 */
	@Test
	void givesEachAgreementTheSourcesCitedForItAsWellAsEachChangesOwn() throws Exception {
		long flights = this.seeded.flightsAgreement();
		List<Integer> cited = this.jdbc
			.sql("select source_id from agreement_source where agreement_id = ? order by source_id")
			.param(flights)
			.query(Integer.class)
			.list();
		assertThat(cited).hasSize(2);

		String tracker = get("/api/v1/agreements").getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(tracker, "$[?(@.id == " + flights + ")].sourceIds[*]"))
			.containsExactlyElementsOf(cited);
		String record = get("/api/v1/meetings/" + this.seeded.qinGangTalks()).getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(record, "$.agreements[?(@.id == " + flights + ")].sourceIds[*]"))
			.containsExactlyElementsOf(cited);
		assertThat(get("/api/v1/agreements?status=IMPLEMENTED")).as("none to read sources for")
			.bodyJson()
			.isEqualTo("[]");
	}

	@Test
	void listsOfficialsAgreementsSourcesAndSearchHits() {
		assertThat(get(this.seeded.address("/api/v1/officials/{wangYi}"))).bodyJson()
			.extractingPath("$.nativeName")
			.isEqualTo("王毅");
		assertThat(get("/api/v1/officials?size=3")).bodyJson().extractingPath("$.items").asArray().hasSize(3);
		assertThat(get("/api/v1/agreements?status=AGREED")).bodyJson()
			.extractingPath("$[*].status")
			.asArray()
			.isNotEmpty()
			.containsOnly("AGREED");
		assertThat(get("/api/v1/sources?size=2")).bodyJson().extractingPath("$.next").asString().contains("page=1");
		assertThat(get("/api/v1/search?q=王毅")).bodyJson()
			.extractingPath("$.officials[*].name")
			.asArray()
			.containsExactly("Wang Yi");
		assertThat(get("/api/v1/search?q=fentanyl")).bodyJson()
			.extractingPath("$.readouts[0].excerpt[?(@.highlighted == true)].text")
			.asArray()
			.isNotEmpty();
	}

	@Test
	void answersWhatItCannotReadOrFindWithAProblemDocument() {
		MvcTestResult unreadable = answerConforms(this.mvc,
				this.mvc.get().uri("/api/v1/meetings?level=EMPEROR").exchange());
		assertThat(unreadable).hasStatus(400).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(unreadable).bodyJson().extractingPath("$.errors[0].field").isEqualTo("level");
		assertThat(answerConforms(this.mvc, this.mvc.get().uri("/api/v1/meetings?size=100000").exchange()))
			.hasStatus(400);
		assertThat(get("/api/v1/meetings/999999")).hasStatus(404)
			.contentType()
			.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answerConforms(this.mvc, this.mvc.get().uri("/api/v1/search").exchange())).hasStatus(400);
	}

	@Test
	void servesItsOpenApiDocumentAndABrowsableUi() {
		MvcTestResult document = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(document).hasStatus(200)
			.bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/v1/meetings", "/api/v1/meetings/{id}", "/api/v1/meetings/{id}/readouts",
					"/api/v1/readouts/{id}", "/api/v1/agreements", "/api/v1/officials", "/api/v1/sources",
					"/api/v1/search")
			.doesNotContainKey("/");
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatus(200);
	}

	private MvcTestResult get(String uri) {
		return conforms(this.mvc, this.mvc.get().uri(uri).exchange());
	}

	private static List<String> titles(MvcTestResult page) throws Exception {
		return JsonPath.read(page.getResponse().getContentAsString(), "$.items[*].title");
	}

}
