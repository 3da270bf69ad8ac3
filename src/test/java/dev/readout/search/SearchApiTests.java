package dev.readout.search;

import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.readout.ApiContract.conforms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search in the JSON API finds what the search page finds, kind by kind, as its
 * document describes.
 */
@PageTest
class SearchApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void findsTheSourcesThePageFindsWithTheirExcerpts() {
		Document page = Pages.get(this.mvc.get().uri("/search").param("q", "Beijing"));
		MvcTestResult api = conforms(this.mvc, this.mvc.get().uri("/api/v1/search").param("q", "Beijing").exchange());

		assertThat(page.select("#hits-sources + ol li > a").eachText()).isNotEmpty();
		assertThat(api).bodyJson()
			.extractingPath("$.sources[*].label")
			.asArray()
			.containsExactlyElementsOf(page.select("#hits-sources + ol li > a").eachText());
	}

	@Test
	void givesAsManyHitsOfEachKindAsThePage() {
		Document page = Pages.get(this.mvc.get().uri("/search").param("q", "Blinken"));
		MvcTestResult api = conforms(this.mvc, this.mvc.get().uri("/api/v1/search").param("q", "Blinken").exchange());

		for (String kind : new String[] { "meetings", "readouts", "agreements", "sources", "officials" }) {
			assertThat(api).bodyJson()
				.extractingPath("$." + kind)
				.asArray()
				.as(kind)
				.hasSize(page.select("#hits-" + kind + " + ol > li, #hits-" + kind + " + ul > li").size());
		}
	}

}
