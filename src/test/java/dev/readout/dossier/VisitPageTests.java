package dev.readout.dossier;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.SeededRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** A visit's own page: its span, its meetings in order, its agreements and its PDF. */
@PageTest
class VisitPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SeededRecord seeded;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheBeijingVisitWithItsMeetingsInOrderAndItsAgreements() {
		String address = this.seeded.address("/visits/{beijingVisit}");
		Document page = Pages.get(this.mvc, address);
		assertThat(page.select("h1").text()).contains("Beijing");
		assertThat(page.select("hgroup p").text()).isEqualTo("18 June 2023 to 19 June 2023, 3 meetings");
		assertThat(Pages.get(this.mvc, address + "?lang=zh-CN").select("hgroup p").text())
			.isEqualTo("2023年6月18日至2023年6月19日，共3场会见");
		assertThat(page.select("#visit-meetings ~ div tbody th > a").eachText())
			.containsExactly("Blinken – Qin Gang talks", "Blinken – Wang Yi meeting", "Blinken – Xi Jinping meeting");
		assertThat(page.select("#visit-meetings ~ div tbody tr").get(1).text()).contains("United States: 1",
				"China: 1");
		assertThat(page.select("#visit-agreements ~ ul li").text())
			.contains("Resume military-to-military communication");
		assertThat(page.select("a[href=" + address + "/summary.pdf]")).isNotEmpty();
		// The meeting page leads to it.
		assertThat(Pages.get(this.mvc, this.seeded.address("/meetings/{xiMeeting}")).select("a[href=" + address + "]"))
			.isNotEmpty();
	}

	/** A visit down to one meeting is one day and one meeting, not "1 meetings". */
	@Test
	@Transactional
	void saysAVisitOfOneMeetingIsOneDayAndOneMeeting() {
		String visit = this.seeded.address("/visits/{beijingVisit}");
		this.jdbc.sql("update meeting set deleted_at = now(), deleted_by = 'analyst1' where visit_id = ? and id <> ?")
			.params(visitId(visit), this.seeded.qinGangTalks())
			.update();

		Document page = Pages.get(this.mvc, visit);
		assertThat(page.select("hgroup p").text()).isEqualTo("18 June 2023, 1 meeting");
		assertThat(Pages.get(this.mvc, visit + "?lang=zh-CN").select("hgroup p").text()).isEqualTo("2023年6月18日，共1场会见");
	}

	/** A visit whose meetings were all deleted still has its page, saying so. */
	@Test
	@Transactional
	void showsAVisitWhoseMeetingsWereAllDeleted() {
		String visit = this.seeded.address("/visits/{beijingVisit}");
		this.jdbc.sql("update meeting set deleted_at = now(), deleted_by = 'analyst1' where visit_id = ?")
			.param(visitId(visit))
			.update();

		Document page = Pages.get(this.mvc, visit);
		assertThat(page.text()).contains("No meeting of this visit is on record.",
				"No agreement made during this visit is on record.");
		assertThat(this.mvc.get().uri(visit + "/summary.pdf")).hasStatusOk();
	}

	private static long visitId(String address) {
		return Long.parseLong(address.substring(address.lastIndexOf('/') + 1));
	}

	@Test
	void answersNotFoundForAVisitNotOnRecord() {
		assertThat(this.mvc.get().uri("/visits/999999")).hasStatus(404);
	}

}
