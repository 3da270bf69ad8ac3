package dev.readout.agreement;

import dev.readout.SeededRecord;
import java.time.LocalDate;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.RecordMother;
import dev.readout.SqlStatementCounter;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
@Transactional
class AgreementTrackerTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManager entityManager;

	@Test
	void groupsEveryCommitmentByWhereItStandsWithItsEvidence() {
		Document page = Pages.get(this.mvc, "/agreements");
		assertThat(page.select(".status-group h2").eachText()).containsExactly("Proposed 1 agreement",
				"Agreed 5 agreements", "Declined 1 agreement");
		// An invitation is not an agreement until the other side accepts it.
		assertThat(page.getElementById("status-PROPOSED").closest("section").text())
			.contains("Qin Gang to visit the United States");
		String declined = page.getElementById("status-DECLINED").closest("section").text();
		assertThat(declined).contains("Resume military-to-military communication", "Blinken – Xi Jinping meeting",
				"19 June 2023", "Evidence: Washington and Beijing Pledge to Stabilize Deteriorating Ties");
		assertThat(page.select("#status-AGREED + div a").eachAttr("href"))
			.contains(this.seeded.address("/meetings/{qinGangTalks}#agreement-{flightsAgreement}"));
	}

	@Test
	void filtersByStatusAndByTopic() {
		assertThat(Pages.get(this.mvc, "/agreements?status=DECLINED").select("tbody tr").eachText()).singleElement()
			.asString()
			.contains("Resume military-to-military communication");
		// Commercial flights is a topic of the Qin Gang talks, which made four
		// commitments.
		assertThat(Pages.get(this.mvc, "/agreements?topic=13").select("tbody tr")).hasSize(4);
		assertThat(Pages.get(this.mvc, "/agreements?status=IMPLEMENTED").text()).contains("No agreement matches.");
	}

	@Test
	void readsTheTrackerInOneStatementHoweverManyAgreements() {
		SqlStatementCounter.reset();
		assertThat(this.mvc.get().uri("/agreements")).hasStatusOk();
		long seeded = SqlStatementCounter.statements();
		new RecordMother(this.entityManager).meeting(LocalDate.of(2024, 5, 1), 2, 0, 30);
		this.entityManager.flush();
		this.entityManager.clear();

		SqlStatementCounter.reset();
		assertThat(this.mvc.get().uri("/agreements")).hasStatusOk();
		assertThat(SqlStatementCounter.statements()).isEqualTo(seeded);
	}

}
