package dev.readout.readout;

import dev.readout.SeededRecord;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static dev.readout.SignedIn.analyst;
import static dev.readout.SignedIn.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PageTest
@Transactional
class ReadoutFormTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void addsAReadoutThatThenStandsInItsSidesColumnAttributedToTheAnalyst() {
		MvcTestResult added = post("/meetings/" + this.seeded.xiMeeting() + "/readouts", validReadout());
		assertThat(added).hasStatus(302)
			.redirectedUrl()
			.startsWith(this.seeded.address("/meetings/{xiMeeting}#readout-"));

		Document page = Pages.get(this.mvc, "/meetings/" + this.seeded.xiMeeting());
		var chinaColumn = page.select("section[aria-labelledby=readouts-heading] .side-column").get(1);
		assertThat(chinaColumn.text()).contains("Xi receives Blinken", "Ministry of Foreign Affairs of the PRC",
				"satisfied with the progress", "stable");
		assertThat(chinaColumn.select(".readout").get(0).select("p:not(.meta)").eachText())
			.containsExactly("First paragraph.", "Second paragraph.");
		// A readout stands before the side's other statements, such as the transcript.
		assertThat(chinaColumn.select(".readout .kind").eachText()).containsExactly("Official readout", "Transcript");
		long id = newestReadout();
		assertThat(
				this.jdbc.sql("select actor, action from audit_event where subject_type = 'READOUT' and subject_id = ?")
					.param(id)
					.query((row, n) -> row.getString(1) + " " + row.getString(2))
					.list())
			.containsExactly("analyst1 CREATE");
	}

	@Test
	void asksBeforeAddingASecondReadoutFromTheSameSide() {
		String address = "/meetings/" + this.seeded.xiMeeting() + "/readouts";
		assertThat(post(address, validReadout())).hasStatus(302);
		long readouts = count("readout");

		MultiValueMap<String, String> again = validReadout();
		again.set("title", "Xi receives Blinken (full text)");
		MvcTestResult asked = post(address, again);
		assertThat(asked).hasStatusOk();
		Document page = Pages.parse(asked);
		assertThat(page.select("#side").text()).startsWith("This side already has an official readout");
		assertThat(page.select("input[name=secondReadout]")).hasSize(1);
		assertThat(count("readout")).isEqualTo(readouts);

		MultiValueMap<String, String> confirmed = Pages.formValues(page.selectFirst("main form[method=post]"));
		confirmed.set("secondReadout", "true");
		assertThat(post(address, confirmed)).hasStatus(302);
		assertThat(count("readout")).isEqualTo(readouts + 1);
	}

	@Test
	void addsANewSourceTypedIntoTheFormAndCitesIt() {
		MultiValueMap<String, String> form = validReadout();
		form.set("newSource.label", "Xinhua report of the meeting");
		form.set("newSource.url", "https://example.org/xinhua");
		assertThat(post("/meetings/" + this.seeded.xiMeeting() + "/readouts", form)).hasStatus(302);
		assertThat(Pages.get(this.mvc, "/meetings/" + this.seeded.xiMeeting()).select("ol.sources").text())
			.contains("Xinhua report of the meeting");
		// Added through the source editor: in the audit trail as a source of its own.
		assertThat(this.jdbc.sql("""
				select e.actor from audit_event e join source s on s.id = e.subject_id
				where e.subject_type = 'SOURCE' and e.action = 'CREATE' and s.label = 'Xinhua report of the meeting'""")
			.query(String.class)
			.list()).containsExactly("analyst1");
	}

	/** One web address is one source, whichever form adds it. */
	@Test
	void refusesANewSourceAtAnAddressAlreadyOnRecordAndNamesTheSourceThere() {
		String url = this.jdbc.sql("select url from source where url is not null order by id limit 1")
			.query(String.class)
			.single();
		String label = this.jdbc.sql("select label from source where url is not null order by id limit 1")
			.query(String.class)
			.single();
		long readoutsBefore = count("readout");
		long sourcesBefore = count("source");
		MultiValueMap<String, String> form = validReadout();
		form.set("newSource.label", "The same report again");
		// Written as people paste it: another scheme, a "www.", a tracking parameter.
		form.set("newSource.url", url.replace("https://", "http://www.") + "?utm_source=feed");

		MvcTestResult result = post("/meetings/" + this.seeded.xiMeeting() + "/readouts", form);

		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.getElementById("newSource-url").closest(".field").select(".field-error").text())
			.contains("already on record as “" + label + "”");
		assertThat(count("readout")).isEqualTo(readoutsBefore);
		assertThat(count("source")).isEqualTo(sourcesBefore);
	}

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of("title", "", "title", "This is required."),
				Arguments.of("title", "x".repeat(501), "title", "Use at most 500 characters."),
				Arguments.of("issuingBody", "  ", "issuingBody", "This is required."),
				Arguments.of("side", "China", "side", "Choose the side that issued the readout."),
				Arguments.of("publishedOn", "2023-02-30", "publishedOn", "Enter a date that exists"),
				Arguments.of("publishedOn", "19/06/2023", "publishedOn", "Enter a date that exists"),
				Arguments.of("publishedOn", "2099-06-19", "publishedOn", "cannot be published in the future"),
				Arguments.of("characterisations", "fine\n" + "y".repeat(501), "characterisations",
						"at most 500 characters"),
				Arguments.of("newSource.url", "javascript:alert(1)", "newSource-url", "starting with http"),
				Arguments.of("newSource.publisher", "Xinhua", "newSource-label", "Give the headline"));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("badInput")
	void refusesBadInputWithAMessageNextToTheFieldAndSavesNothing(String field, String value, String fieldId,
			String message) {
		long readoutsBefore = count("readout");
		long sourcesBefore = count("source");
		MultiValueMap<String, String> form = validReadout();
		form.set(field, value);

		MvcTestResult result = post("/meetings/" + this.seeded.xiMeeting() + "/readouts", form);

		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.select(".error-summary").text()).contains(message);
		var container = page.getElementById(fieldId).closest(".field");
		assertThat(container.select(".field-error").text()).contains(message);
		assertThat(page.select("[name=title]").val()).isEqualTo(form.getFirst("title"));
		assertThat(count("readout")).isEqualTo(readoutsBefore);
		assertThat(count("source")).isEqualTo(sourcesBefore);
	}

	@Test
	void bringsBackMarkupAndChineseTextEscapedAndIntactFromEveryField() {
		String hostile = "<script>alert('x')</script> 王毅 & 习近平";
		MultiValueMap<String, String> form = validReadout();
		form.set("issuingBody", hostile);
		form.set("title", hostile);
		form.set("characterisations", hostile);
		form.set("body", hostile);
		assertThat(post("/meetings/" + this.seeded.xiMeeting() + "/readouts", form)).hasStatus(302);

		MvcTestResult meetingPage = this.mvc.get().uri("/meetings/" + this.seeded.xiMeeting()).exchange();
		String html = new String(meetingPage.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
		var readout = Jsoup.parse(html).getElementById("readout-" + newestReadout());
		assertThat(readout.select("h4").text()).isEqualTo(hostile);
		assertThat(readout.select(".characterisations q").text()).isEqualTo(hostile);
		assertThat(readout.text()).contains("Issued by " + hostile);

		Document edit = Pages.get(this.mvc.get().uri("/readouts/" + newestReadout() + "/edit").with(analyst()));
		assertThat(edit.select("[name=title]").val()).isEqualTo(hostile);
		assertThat(edit.select("[name=body]").text()).isEqualTo(hostile);
	}

	@Test
	void refusesToOverwriteAReadoutSomeoneElseSavedMeanwhileAndShowsBothVersions() {
		Document editForm = Pages
			.get(this.mvc.get().uri("/readouts/" + this.seeded.wangYiReadout("US") + "/edit").with(analyst()));
		MultiValueMap<String, String> form = Pages.formValues(editForm.selectFirst("main form[method=post]"));

		MultiValueMap<String, String> first = new LinkedMultiValueMap<>(form);
		first.set("title", "First analyst's title");
		assertThat(post("/readouts/" + this.seeded.wangYiReadout("US"), first)).hasStatus(302);

		MultiValueMap<String, String> second = new LinkedMultiValueMap<>(form);
		second.set("title", "Second analyst's title");
		MvcTestResult refused = post("/readouts/" + this.seeded.wangYiReadout("US"), second);

		assertThat(refused).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/readouts/" + this.seeded.wangYiReadout("US") + "/edit");
		assertThat(title(this.seeded.wangYiReadout("US"))).isEqualTo("First analyst's title");
		Document page = Pages.followRedirect(this.mvc, refused, analyst());
		assertThat(page.select(".changed-meanwhile").text()).contains("Someone else saved this meanwhile",
				"First analyst's title");
		assertThat(page.getElementById("title").val()).isEqualTo("Second analyst's title");

		// Applying their own version again, knowingly, over the one now on record.
		MultiValueMap<String, String> reapplied = Pages.formValues(page.selectFirst("main form[method=post]"));
		assertThat(reapplied.getFirst("title")).isEqualTo("Second analyst's title");
		assertThat(post("/readouts/" + this.seeded.wangYiReadout("US"), reapplied)).hasStatus(302);
		assertThat(title(this.seeded.wangYiReadout("US"))).isEqualTo("Second analyst's title");
	}

	@Test
	void deletesAReadoutSoThatOnlyAnAdminCanBringItBack() {
		assertThat(post("/readouts/" + this.seeded.wangYiReadout("US") + "/delete", new LinkedMultiValueMap<>()))
			.hasStatus(302);
		Document meetingPage = Pages.get(this.mvc, this.seeded.address("/meetings/{wangYiMeeting}"));
		assertThat(meetingPage.getElementById("readout-" + this.seeded.wangYiReadout("US"))).isNull();
		assertThat(meetingPage.select("section[aria-labelledby=readouts-heading] .side-column")
			.get(0)
			.select(".readout .kind")
			.eachText()).containsExactly("Briefing by officials");
		assertThat(count("readout")).as("the row stays, hidden").isGreaterThan(0);

		Document deleted = Pages.get(this.mvc.get().uri("/admin/deleted").with(admin()));
		assertThat(deleted.text()).contains("Secretary Blinken's meeting with Wang Yi", "analyst1");
		assertThat(this.mvc.post()
			.uri("/admin/deleted/readouts/" + this.seeded.wangYiReadout("US") + "/restore")
			.with(csrf())
			.with(admin())).hasStatus(302);
		assertThat(Pages.get(this.mvc, this.seeded.address("/meetings/{wangYiMeeting}"))
			.getElementById("readout-" + this.seeded.wangYiReadout("US"))).isNotNull();

		Document history = Pages
			.get(this.mvc.get().uri("/readouts/" + this.seeded.wangYiReadout("US") + "/history").with(admin()));
		// Newest first.
		assertThat(history.select(".audit header").eachText()).satisfiesExactly(
				line -> assertThat(line).contains("admin1", "restored"),
				line -> assertThat(line).contains("analyst1", "deleted"));
	}

	@Test
	void listsWhoChangedWhatInTheHistory() {
		MultiValueMap<String, String> form = Pages.formValues(
				Pages.get(this.mvc.get().uri("/readouts/" + this.seeded.wangYiReadout("US") + "/edit").with(analyst()))
					.selectFirst("main form[method=post]"));
		form.set("title", "Revised title");
		assertThat(post("/readouts/" + this.seeded.wangYiReadout("US"), form)).hasStatus(302);

		Document history = Pages
			.get(this.mvc.get().uri("/readouts/" + this.seeded.wangYiReadout("US") + "/history").with(analyst()));
		assertThat(history.select(".audit header").text()).contains("UTC", "analyst1", "changed");
		// Only what changed, and only the readout's own fields: no form internals such as
		// the version.
		assertThat(history.select(".audit tbody tr").eachText())
			.containsExactly("Title Secretary Blinken's meeting with Wang Yi Revised title");
		assertThat(
				Pages.get(this.mvc.get().uri(this.seeded.address("/meetings/{wangYiMeeting}/history")).with(analyst()))
					.text())
			.contains("Revised title");
		// The words the change removed and added are marked.
		assertThat(history.select(".audit tbody td del").eachText())
			.containsExactly("Secretary Blinken's meeting with Wang Yi");
		assertThat(history.select(".audit tbody td ins").eachText()).containsExactly("Revised title");
	}

	@Test
	void showsTheNamesOfWhatAChangePointsToAndTheWordsItChanged() {
		MultiValueMap<String, String> form = Pages.formValues(
				Pages.get(this.mvc.get().uri("/readouts/" + this.seeded.wangYiReadout("US") + "/edit").with(analyst()))
					.selectFirst("main form[method=post]"));
		form.add("topicIds", String.valueOf(this.seeded.topic("Taiwan")));
		form.set("body", form.getFirst("body") + " Both sides spoke of Taiwan.");
		assertThat(post("/readouts/" + this.seeded.wangYiReadout("US"), form)).hasStatus(302);

		Document history = Pages
			.get(this.mvc.get().uri("/readouts/" + this.seeded.wangYiReadout("US") + "/history").with(analyst()));
		Element topics = history.select(".audit tbody tr")
			.stream()
			.filter(row -> row.selectFirst("th").text().equals("Topics"))
			.findFirst()
			.orElseThrow();
		assertThat(topics.select("td").get(1).text()).contains("Taiwan").doesNotContain("[");
		assertThat(topics.select("td ins").eachText()).contains("Taiwan");
		Element text = history.select(".audit tbody tr")
			.stream()
			.filter(row -> row.selectFirst("th").text().equals("Text"))
			.findFirst()
			.orElseThrow();
		assertThat(text.select("td ins").eachText()).containsExactly("Both sides spoke of Taiwan.");
		assertThat(text.select("td del")).isEmpty();
	}

	@Test
	void tagsTheTopicsAReadoutRaisesSuggestingThoseItsTextNames() {
		Document edit = Pages
			.get(this.mvc.get().uri("/readouts/" + this.seeded.wangYiReadout("CN") + "/edit").with(analyst()));
		assertThat(edit.select(".topics label:has(.suggested)").eachText()).contains("Taiwan named in the text",
				"Sanctions named in the text", "Human rights and Hong Kong named in the text");
		assertThat(edit.select(".topics label:has(input[checked])").eachText())
			.containsExactly("Sanctions named in the text", "Taiwan named in the text");

		MultiValueMap<String, String> form = Pages.formValues(edit.selectFirst("main form[method=post]"));
		form.add("topicIds", String.valueOf(this.seeded.topic("Human rights and Hong Kong")));
		assertThat(post("/readouts/" + this.seeded.wangYiReadout("CN"), form)).hasStatus(302);

		Document comparison = Pages.get(this.mvc, this.seeded.address("/meetings/{wangYiMeeting}/compare"));
		assertThat(comparison.select(".findings li").text()).contains("Human rights and Hong Kong");
		assertThat(comparison.select(".topic-table tr:contains(Human rights) .passage").text())
			.contains("internal affairs");
	}

	@Test
	void offersANewStatementForTheSideThatHasNoneAndEachEmptyColumnItsOwnLink() {
		long munich = this.seeded.munichMeeting();
		Document meetingPage = Pages.get(this.mvc.get().uri("/meetings/" + munich).with(analyst()));
		assertThat(meetingPage.select(".missing a").eachAttr("href")).containsExactly(
				"/meetings/" + munich + "/readouts/new?side=US", "/meetings/" + munich + "/readouts/new?side=CN");
		assertThat(newStatementSide("/meetings/" + munich + "/readouts/new?side=CN")).isEqualTo("CN");
		// With only the United States' readout of the Qin Gang talks on record, China's
		// is offered.
		this.jdbc.sql("update readout set deleted_at = now(), deleted_by = 'test' where meeting_id = ? and side = 'CN'")
			.param(this.seeded.qinGangTalks())
			.update();
		assertThat(newStatementSide("/meetings/" + this.seeded.qinGangTalks() + "/readouts/new")).isEqualTo("CN");
		assertThat(newStatementSide("/meetings/" + munich + "/readouts/new")).isEqualTo("US");
	}

	private String newStatementSide(String address) {
		return Pages.get(this.mvc.get().uri(address).with(analyst())).select("input[name=side][checked]").val();
	}

	@Test
	void answersAnUnknownReadoutWithNotFound() {
		assertThat(this.mvc.get().uri("/readouts/987654321/edit").with(analyst())).hasStatus(404);
		assertThat(post("/meetings/987654321/readouts", validReadout())).hasStatus(404);
	}

	private MvcTestResult post(String uri, MultiValueMap<String, String> form) {
		return this.mvc.post().uri(uri).with(csrf()).with(analyst()).params(form).exchange();
	}

	private static MultiValueMap<String, String> validReadout() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.set("side", "CN");
		form.set("kind", "READOUT");
		form.set("issuingBody", "Ministry of Foreign Affairs of the PRC");
		form.set("publishedOn", "2023-06-19");
		form.set("title", "Xi receives Blinken");
		form.set("characterisations", "satisfied with the progress\nstable");
		form.set("body", "First paragraph.\n\nSecond paragraph.");
		form.set("sourceIds", "5");
		return form;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private long newestReadout() {
		return this.jdbc.sql("select max(id) from readout").query(Long.class).single();
	}

	private String title(long readoutId) {
		return this.jdbc.sql("select title from readout where id = ?").param(readoutId).query(String.class).single();
	}

}
