package dev.readout.meeting;

import dev.readout.PageTest;
import dev.readout.Pages;
import dev.readout.SeededRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Each contact carries a CAMEO event code, derived from its format, status and place
 * until an analyst chooses one, and shown on its page and in the API.
 */
@PageTest
@Transactional
class EventCodeTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Test
	void derivesTheCodeFromTheContactsFormatStatusAndPlace() {
		assertThat(EventCode.derivedFor(MeetingFormat.IN_PERSON, MeetingStatus.HELD, "CN"))
			.isEqualTo(EventCode.MAKE_A_VISIT);
		assertThat(EventCode.MAKE_A_VISIT.actor("CN")).isEqualTo("US");
		assertThat(EventCode.MAKE_A_VISIT.target("CN")).isEqualTo("CN");
		assertThat(EventCode.derivedFor(MeetingFormat.VISIT, MeetingStatus.HELD, "US"))
			.isEqualTo(EventCode.MAKE_A_VISIT);
		assertThat(EventCode.MAKE_A_VISIT.actor("US")).isEqualTo("CN");
		assertThat(EventCode.derivedFor(MeetingFormat.PHONE_CALL, MeetingStatus.HELD, null))
			.isEqualTo(EventCode.DISCUSS_BY_TELEPHONE);
		assertThat(EventCode.derivedFor(MeetingFormat.SIDELINES, MeetingStatus.HELD, "DE"))
			.isEqualTo(EventCode.MEET_AT_THIRD_LOCATION);
		assertThat(EventCode.derivedFor(MeetingFormat.IN_PERSON, MeetingStatus.HELD, "AT"))
			.isEqualTo(EventCode.MEET_AT_THIRD_LOCATION);
		assertThat(EventCode.derivedFor(MeetingFormat.IN_PERSON, MeetingStatus.PLANNED, "US"))
			.isEqualTo(EventCode.EXPRESS_INTENT_TO_MEET);
		assertThat(EventCode.derivedFor(MeetingFormat.IN_PERSON, MeetingStatus.POSTPONED, "CN"))
			.isEqualTo(EventCode.REJECT_PROPOSAL_TO_MEET);
		assertThat(EventCode.MEET_AT_THIRD_LOCATION.actor("DE")).isNull();
	}

	@Test
	void showsTheCodeOnTheMeetingPageAndInTheApi() {
		String xiMeeting = "/meetings/" + this.seeded.xiMeeting();
		assertThat(Pages.get(this.mvc, xiMeeting).select(".event-code").text())
			.isEqualTo("042 Make a visit · United States → China (from its format, status and place)");
		assertThat(Pages.get(this.mvc, "/meetings/" + this.seeded.meeting("Blinken visit to Beijing (postponed)"))
			.select(".event-code")
			.text()).startsWith("125 Reject proposal to meet");
		assertThat(this.mvc.get().uri("/api/v1" + xiMeeting)).bodyJson().extractingPath("$.cameoCode").isEqualTo("042");
	}

	@Test
	void anAnalystsChoiceOfCodeWinsOverTheDerivedOne() {
		long xiMeeting = this.seeded.xiMeeting();
		MultiValueMap<String, String> form = Pages
			.formValues(Pages.get(this.mvc.get().uri("/meetings/" + xiMeeting + "/edit").with(analyst()))
				.selectFirst("main form[method=post]"));
		assertThat(form.getFirst("eventCode")).isEmpty();
		form.set("eventCode", "ENGAGE_IN_NEGOTIATION");
		assertThat(this.mvc.post().uri("/meetings/" + xiMeeting).with(csrf()).with(analyst()).params(form))
			.hasStatus(302);

		assertThat(Pages.get(this.mvc, "/meetings/" + xiMeeting).select(".event-code").text())
			.isEqualTo("046 Engage in negotiation (chosen by an analyst)");
	}

}
