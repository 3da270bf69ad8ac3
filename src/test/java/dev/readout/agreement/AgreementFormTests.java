package dev.readout.agreement;

import dev.readout.SeededRecord;
import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PageTest
@Transactional
class AgreementFormTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void addsAnAgreementWithItsFirstStatusAndEvidence() {
		MvcTestResult added = this.mvc.post()
			.uri(this.seeded.address("/meetings/{xiMeeting}/agreements"))
			.with(csrf())
			.with(analyst())
			.param("description", "Keep working-level channels open")
			.param("firstStatus.status", "AGREED")
			.param("firstStatus.changedOn", "2023-06-19")
			.param("firstStatus.note", "Both sides said so")
			.param("firstStatus.newSource.label", "Later readout")
			.exchange();
		assertThat(added).hasStatus(302)
			.redirectedUrl()
			.startsWith(this.seeded.address("/meetings/{xiMeeting}#agreement-"));

		Element agreement = agreementOnPage(3, "Keep working-level channels open");
		assertThat(agreement.select(".badge").text()).isEqualTo("Agreed");
		assertThat(agreement.select(".history").text()).contains("19 June 2023", "Both sides said so");
		assertThat(Pages.get(this.mvc, this.seeded.address("/meetings/{xiMeeting}")).select("ol.sources").text())
			.contains("Later readout");
	}

	@Test
	void appendsAStatusChangeToTheHistoryWithoutOverwritingIt() {
		assertThat(changeStatus(this.seeded.flightsAgreement(), "IN_PROGRESS", "2023-09-01", "Airlines add routes",
				version(this.seeded.flightsAgreement())))
			.hasStatus(302);

		Element agreement = agreementOnPage(1, "Expand direct commercial flights");
		assertThat(agreement.select(".badge").text()).isEqualTo("In progress");
		assertThat(agreement.select(".history li").eachText()).satisfiesExactly(
				first -> assertThat(first).contains("18 June 2023", "Agreed"),
				second -> assertThat(second).contains("1 September 2023", "In progress", "Airlines add routes"));
		assertThat(this.jdbc.sql("select actor from audit_event where subject_type = 'AGREEMENT' and subject_id = ?")
			.param(this.seeded.flightsAgreement())
			.query(String.class)
			.list()).containsExactly("analyst1");
	}

	@Test
	void refusesAChangeDatedBeforeTheLastOne() {
		Document page = Pages.parse(changeStatus(this.seeded.flightsAgreement(), "STALLED", "2023-06-01", "",
				version(this.seeded.flightsAgreement())));
		assertThat(page.getElementById("changedOn").closest(".field").text())
			.contains("The last change is dated 2023-06-18");
		assertThat(historyLength(this.seeded.flightsAgreement())).isOne();
	}

	/**
	 * A change dated in the future by a slip of the keyboard would hold back every real
	 * change until that day, since none may come before the last.
	 */
	@Test
	void refusesAChangeDatedInTheFuture() {
		long flights = this.seeded.flightsAgreement();

		MvcTestResult result = changeStatus(flights, "IMPLEMENTED", "2099-01-10", "Typed 2099 for 2023",
				version(flights));

		assertThat(result).hasStatusOk();
		assertThat(Pages.parse(result).getElementById("changedOn").closest(".field").select(".field-error").text())
			.contains("has not come yet");
		assertThat(historyLength(flights)).isOne();
	}

	@Test
	void refusesEvidenceGivenTwice() {
		MvcTestResult result = this.mvc.post()
			.uri("/agreements/" + this.seeded.flightsAgreement() + "/status")
			.with(csrf())
			.with(analyst())
			.param("status", "IMPLEMENTED")
			.param("changedOn", "2024-01-10")
			.param("sourceId", "4")
			.param("newSource.label", "Airline press release")
			.param("version", String.valueOf(version(this.seeded.flightsAgreement())))
			.exchange();
		assertThat(Pages.parse(result).getElementById("sourceId").closest(".field").text()).contains("not both");
		assertThat(historyLength(this.seeded.flightsAgreement())).isOne();
	}

	/**
	 * A change of status attributed to someone shows on the meeting's history with its
	 * fields named as the form names them, in the reader's language.
	 */
	@Test
	void showsAnAttributedChangeOnTheMeetingsHistoryByItsFieldsLabels() {
		long flights = this.seeded.flightsAgreement();
		assertThat(this.mvc.post()
			.uri("/agreements/" + flights + "/status")
			.with(csrf())
			.with(analyst())
			.param("status", "IN_PROGRESS")
			.param("changedOn", "2023-09-01")
			.param("claim.claimedBy", "US officials")
			.param("claim.claimedIn", "BRIEFING")
			.param("sourceId", "4")
			.param("version", String.valueOf(version(flights)))).hasStatus3xxRedirection();

		String history = "/meetings/" + this.seeded.qinGangTalks() + "/history";
		assertThat(Pages.get(this.mvc.get().uri(history).with(analyst())).select("tbody th").eachText())
			.contains("Whose claim", "Said in", "Status", "Date of the change")
			.doesNotContain("claimedBy", "claimedIn");
		assertThat(Pages.get(this.mvc.get().uri(history + "?lang=zh-CN").with(analyst())).select("tbody th").eachText())
			.contains("说法出自", "出自");
	}

	/** One web address is one source, whichever form adds it. */
	@Test
	void refusesNewEvidenceAtAnAddressAlreadyOnRecord() {
		String url = this.jdbc.sql("select url from source where url is not null order by id limit 1")
			.query(String.class)
			.single();
		long sources = this.jdbc.sql("select count(*) from source").query(Long.class).single();

		MvcTestResult result = this.mvc.post()
			.uri("/agreements/" + this.seeded.flightsAgreement() + "/status")
			.with(csrf())
			.with(analyst())
			.param("status", "IMPLEMENTED")
			.param("changedOn", "2024-01-10")
			.param("newSource.label", "The report again")
			.param("newSource.url", url + "/")
			.param("version", String.valueOf(version(this.seeded.flightsAgreement())))
			.exchange();

		assertThat(Pages.parse(result).getElementById("newSource-url").closest(".field").text())
			.contains("already on record");
		assertThat(historyLength(this.seeded.flightsAgreement())).isOne();
		assertThat(this.jdbc.sql("select count(*) from source").query(Long.class).single()).isEqualTo(sources);
	}

	@Test
	void keepsTheAnalystsInputWhenSomeoneRecordedAChangeMeanwhile() {
		int seen = version(this.seeded.flightsAgreement());
		assertThat(changeStatus(this.seeded.flightsAgreement(), "IN_PROGRESS", "2023-09-01", "First analyst", seen))
			.hasStatus(302);

		MvcTestResult stale = changeStatus(this.seeded.flightsAgreement(), "STALLED", "2023-10-01", "Second analyst",
				seen);
		assertThat(stale).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/agreements/" + this.seeded.flightsAgreement() + "/status");
		assertThat(historyLength(this.seeded.flightsAgreement())).isEqualTo(2);

		Document page = Pages.followRedirect(this.mvc, stale, analyst());
		assertThat(page.select(".changed-meanwhile").text()).contains("Someone else saved this meanwhile");
		assertThat(page.select(".history").text()).contains("First analyst");
		assertThat(page.getElementById("note").text()).isEqualTo("Second analyst");
		assertThat(page.getElementById("version").val())
			.isEqualTo(String.valueOf(version(this.seeded.flightsAgreement())));
	}

	private MvcTestResult changeStatus(long agreement, String status, String on, String note, int version) {
		return this.mvc.post()
			.uri("/agreements/" + agreement + "/status")
			.with(csrf())
			.with(analyst())
			.param("status", status)
			.param("changedOn", on)
			.param("note", note)
			.param("version", String.valueOf(version))
			.exchange();
	}

	private Element agreementOnPage(long meeting, String description) {
		return Pages.get(this.mvc, "/meetings/" + meeting)
			.select(".agreement")
			.stream()
			.filter(agreement -> agreement.select("header strong").text().startsWith(description))
			.findFirst()
			.orElseThrow();
	}

	private int version(long agreement) {
		return this.jdbc.sql("select version from agreement where id = ?")
			.param(agreement)
			.query(Integer.class)
			.single();
	}

	private long historyLength(long agreement) {
		return this.jdbc.sql("select count(*) from agreement_status_change where agreement_id = ?")
			.param(agreement)
			.query(Long.class)
			.single();
	}

}
