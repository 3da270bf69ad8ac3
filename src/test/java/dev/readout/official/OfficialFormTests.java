package dev.readout.official;

import dev.readout.SeededRecord;
import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PageTest
@Transactional
class OfficialFormTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void addsAnOfficialWithPositionsAtTheirPrecisionAndAnUnknownStart() {
		assertThat(post("/officials", heLifeng())).hasStatus(302);
		long id = this.jdbc.sql("select id from official where full_name = 'He Lifeng'").query(Long.class).single();

		Document page = Pages.get(this.mvc, "/officials/" + id);
		assertThat(page.select("h1").text()).isEqualTo("He Lifeng 何立峰");
		assertThat(page.select("tbody tr").eachText()).containsExactly(
				"Director of the National Development and Reform Commission not on record March 2023 none cited",
				"Vice Premier State Council March 2023 end not on record none cited");
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					fullName            |                  | fullName            | This is required.
					country             |                  | country             | This is required.
					positions[0].start  | March 2023       | positions[0]-start  | Write the date as
					positions[0].end    | 2022-01          | positions[0]-end    | The end cannot come before the start.
					positions[1].title  |                  | positions[1]-title  | Give the title of this position
					wikidataId          | 15031            | wikidataId          | A Wikidata item is written Q followed by its number
					wikidataId          | Q1234567890123456789012 | wikidataId | A Wikidata item is written Q followed by its number
					""")
	void refusesBadInputWithAMessageNextToTheFieldAndSavesNothing(String field, String value, String fieldId,
			String message) {
		long officials = this.jdbc.sql("select count(*) from official").query(Long.class).single();
		MultiValueMap<String, String> form = heLifeng();
		form.set(field, (value != null) ? value : "");

		MvcTestResult result = post("/officials", form);

		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.getElementById(fieldId).closest(".field").select(".field-error").text()).contains(message);
		assertThat(this.jdbc.sql("select count(*) from official").query(Long.class).single()).isEqualTo(officials);
	}

	@Test
	void linksAnOfficialToTheirWikidataItemAndExportsIt() {
		long xi = this.seeded.official("Xi Jinping");
		MultiValueMap<String, String> form = editForm(xi);
		form.set("wikidataId", "Q15031");
		assertThat(post("/officials/" + xi, form)).hasStatus(302);

		assertThat(
				Pages.get(this.mvc, "/officials/" + xi).select("a[href=https://www.wikidata.org/wiki/Q15031]").text())
			.isEqualTo("Wikidata: Q15031");
		assertThat(this.mvc.get().uri("/api/v1/officials/" + xi)).bodyJson()
			.extractingPath("$.wikidataId")
			.isEqualTo("Q15031");
	}

	@Test
	void endsQinGangsTenureAndKeepsTheTitlesOfEarlierMeetings() {
		MultiValueMap<String, String> form = editForm(this.seeded.official("Qin Gang"));
		assertThat(form.getFirst("positions[0].end")).isEqualTo("2023-07-25");
		assertThat(form.getFirst("positions[0].endSourceId")).isNotEqualTo(form.getFirst("positions[0].sourceId"))
			.isNotBlank();
		form.set("positions[1].title", "Visiting scholar");
		form.set("positions[1].endSourceId", form.getFirst("positions[0].endSourceId"));
		MvcTestResult refused = post("/officials/" + this.seeded.official("Qin Gang"), form);
		assertThat(refused).hasStatus(200);
		assertThat(Pages.parse(refused).getElementById("positions-1-endSourceId").closest(".field").text())
			.contains("An end that is not on record cites no source");
		form.set("positions[1].end", "2025");
		form.set("positions[1].start", "2024");
		assertThat(post("/officials/" + this.seeded.official("Qin Gang"), form)).hasStatus(302);

		assertThat(Pages.get(this.mvc, "/officials/" + this.seeded.official("Qin Gang")).select("tbody").first().text())
			.contains("Minister of Foreign Affairs", "Visiting scholar", "2024", "2025");
		assertThat(this.jdbc.sql("""
				select count(*) from official_position p join source s on s.id = p.end_source_id
				where p.official_id = ? and s.label like 'Wang Yi appointed foreign minister%'""")
			.param(this.seeded.official("Qin Gang"))
			.query(Integer.class)
			.single()).as("the end's source, kept and chosen").isEqualTo(2);
		assertThat(Pages.get(this.mvc, this.seeded.address("/meetings/{qinGangTalks}")).select(".participants").text())
			.contains("Qin Gang", "Minister of Foreign Affairs")
			.doesNotContain("Visiting scholar");
	}

	@Test
	void keepsTheAnalystsInputWhenSomeoneSavedTheOfficialMeanwhile() {
		MultiValueMap<String, String> form = editForm(this.seeded.official("Qin Gang"));
		MultiValueMap<String, String> first = new LinkedMultiValueMap<>(form);
		first.set("nativeName", "秦刚 (first)");
		assertThat(post("/officials/" + this.seeded.official("Qin Gang"), first)).hasStatus(302);

		MultiValueMap<String, String> second = new LinkedMultiValueMap<>(form);
		second.set("nativeName", "秦刚 (second)");
		MvcTestResult stale = post("/officials/" + this.seeded.official("Qin Gang"), second);
		assertThat(stale).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/officials/" + this.seeded.official("Qin Gang") + "/edit");

		Document page = Pages.followRedirect(this.mvc, stale, analyst());

		assertThat(page.select(".changed-meanwhile").text()).contains("Someone else saved this meanwhile",
				"秦刚 (first)");
		assertThat(page.getElementById("nativeName").val()).isEqualTo("秦刚 (second)");
		assertThat(this.jdbc.sql("select native_name from official where id = ?")
			.param(this.seeded.official("Qin Gang"))
			.query(String.class)
			.single()).isEqualTo("秦刚 (first)");
	}

	private MultiValueMap<String, String> editForm(long official) {
		return Pages.formValues(Pages.get(this.mvc.get().uri("/officials/" + official + "/edit").with(analyst()))
			.selectFirst("main form[method=post]"));
	}

	private static MultiValueMap<String, String> heLifeng() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.set("fullName", "He Lifeng");
		form.set("nativeName", "何立峰");
		form.set("country", "CN");
		form.set("positions[0].title", "Vice Premier");
		form.set("positions[0].organisation", "State Council");
		form.set("positions[0].start", "2023-03");
		form.set("positions[1].title", "Director of the National Development and Reform Commission");
		form.set("positions[1].end", "2023-03");
		return form;
	}

	private MvcTestResult post(String uri, MultiValueMap<String, String> form) {
		return this.mvc.post().uri(uri).with(csrf()).with(analyst()).params(form).exchange();
	}

}
