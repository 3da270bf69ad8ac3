package dev.readout.meeting;

import dev.readout.SeededRecord;
import java.util.stream.Stream;

import dev.readout.PageTest;
import dev.readout.Pages;
import org.jsoup.nodes.Document;
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
class MeetingFormTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsANewContactKnownOnlyToTheMonthWithItsParticipants() {
		MvcTestResult created = post("/meetings", newMeeting());
		assertThat(created).hasStatus(302);
		long id = this.jdbc.sql("select max(id) from meeting").query(Long.class).single();
		assertThat(created).redirectedUrl().isEqualTo("/meetings/" + id);

		Document page = Pages.get(this.mvc, "/meetings/" + id);
		assertThat(page.select("hgroup").text()).contains("Yellen visit to Beijing", "July 2023")
			.doesNotContain("1 July 2023");
		assertThat(page.select(".participants").text()).contains("Janet Yellen", "Secretary of the Treasury", "Guest");
		assertThat(Pages.get(this.mvc, "/").text()).contains("July 2023", "Yellen visit to Beijing");
		assertThat(this.jdbc.sql("select actor from audit_event where subject_type = 'MEETING' and subject_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly("analyst1");
	}

	@Test
	void offersEachFormatInWords() {
		Document form = Pages.get(this.mvc.get().uri("/meetings/new").with(analyst()));
		assertThat(form.select("#format option").eachText()).hasSize(MeetingFormat.values().length)
			.noneMatch(option -> option.contains("{"));
	}

	@Test
	void citesTheSourcesTickedInTheForm() {
		MultiValueMap<String, String> form = newMeeting();
		form.add("sourceIds", "5");
		form.add("sourceIds", "3");
		assertThat(post("/meetings", form)).hasStatus(302);
		long id = this.jdbc.sql("select max(id) from meeting").query(Long.class).single();
		// The reworded copy (3) counts as its original: two citations.
		assertThat(Pages.get(this.mvc, "/meetings/" + id).select("ol.sources > li").eachText()).satisfiesExactly(
				first -> assertThat(first).contains("Report on the Blinken–Wang Yi meeting", "Machine-reworded copy"),
				second -> assertThat(second).contains("Washington and Beijing Pledge to Stabilize Deteriorating Ties"));

		MultiValueMap<String, String> edit = editForm(id);
		assertThat(edit.get("sourceIds")).containsExactlyInAnyOrder("3", "5");
	}

	@Test
	void addsAndRemovesParticipantsOfAMeetingOnRecord() {
		MultiValueMap<String, String> form = editForm(this.seeded.xiMeeting());
		// Blinken and Xi are rows 0 and 1; add Kritenbrink in the first blank row.
		form.set("participants[2].officialId", String.valueOf(this.seeded.official("Daniel Kritenbrink")));
		form.set("participants[2].side", "US");
		form.set("participants[2].role", "DELEGATION_MEMBER");
		assertThat(post("/meetings/" + this.seeded.xiMeeting(), form)).hasStatus(302);
		assertThat(participants(this.seeded.xiMeeting())).containsExactlyInAnyOrder("Antony J. Blinken", "Xi Jinping",
				"Daniel Kritenbrink");

		MultiValueMap<String, String> again = editForm(this.seeded.xiMeeting());
		again.set("participants[0].officialId", "");
		again.set("participants[2].role", "LEAD");
		assertThat(post("/meetings/" + this.seeded.xiMeeting(), again)).hasStatus(302);
		assertThat(participants(this.seeded.xiMeeting())).containsExactlyInAnyOrder("Xi Jinping", "Daniel Kritenbrink");
	}

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of("date", "June 2023", "date", "Write the date as 2023-06-19"),
				Arguments.of("date", "2023-13", "date", "Write the date as 2023-06-19"),
				Arguments.of("title", "", "title", "This is required."),
				Arguments.of("date", "2099-06-19", "date", "cannot be dated later than today"),
				Arguments.of("localTime", "25:00", "localTime", "hours and minutes"),
				Arguments.of("localTime", "10:00", "localTime", "needs a date known to the day"),
				Arguments.of("timeZone", "Mars/Olympus", "timeZone", "Choose a time zone from the list."),
				Arguments.of("endDate", "2023-06-01", "endDate", "on or after the first"),
				Arguments.of("format", "SIDELINES", "occasion", "Name the gathering"),
				Arguments.of("durationMinutes", "-5", "durationMinutes", "above zero"),
				Arguments.of("expectedAfter", "2023-08-02", "expectedAfter", "within the month or year"),
				Arguments.of("spanDays", "40", "spanDays", "within it"),
				Arguments.of("spanDays", "1", "spanDays", "greater than or equal to 2"),
				// The official named (and listed first already), by id.
				Arguments.of("participants[1].officialId", "Janet Yellen", "participants-1-officialId",
						"already listed above"));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("badInput")
	void refusesBadInputWithAMessageNextToTheFieldAndSavesNothing(String field, String value, String fieldId,
			String message) {
		long meetings = count("meeting");
		MultiValueMap<String, String> form = newMeeting();
		form.set(field, value);
		if (field.startsWith("participants[1]")) {
			form.set(field, String.valueOf(this.seeded.official(value)));
			form.set("participants[1].side", "US");
			form.set("participants[1].role", "GUEST");
		}

		MvcTestResult result = post("/meetings", form);

		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.getElementById(fieldId).closest(".field").select(".field-error").text()).contains(message);
		assertThat(page.select("[name=title]").val()).isEqualTo(form.getFirst("title"));
		assertThat(count("meeting")).isEqualTo(meetings);
	}

	@Test
	void refusesToOverwriteAMeetingSomeoneElseSavedMeanwhile() {
		MultiValueMap<String, String> form = editForm(this.seeded.xiMeeting());
		MultiValueMap<String, String> first = new LinkedMultiValueMap<>(form);
		first.set("summary", "The first analyst's summary");
		assertThat(post("/meetings/" + this.seeded.xiMeeting(), first)).hasStatus(302);

		MultiValueMap<String, String> second = new LinkedMultiValueMap<>(form);
		second.set("summary", "The second analyst's summary");
		MvcTestResult refused = post("/meetings/" + this.seeded.xiMeeting(), second);

		assertThat(refused).hasStatus(302).redirectedUrl().isEqualTo("/meetings/" + this.seeded.xiMeeting() + "/edit");
		assertThat(summary(this.seeded.xiMeeting())).isEqualTo("The first analyst's summary");
		Document page = Pages.followRedirect(this.mvc, refused, analyst());
		assertThat(page.select(".changed-meanwhile").text()).contains("Someone else saved this meanwhile",
				"The first analyst's summary");
		// Who saved the version on record, and when (the first analyst is the same
		// account here).
		assertThat(page.select(".changed-meanwhile .saved-by").text())
			.matches("analyst1 saved it on \\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2} UTC, after you opened the form\\.");
		assertThat(page.getElementById("summary").text()).isEqualTo("The second analyst's summary");

		// Saving their own version again, knowingly, over the one now on record.
		assertThat(post("/meetings/" + this.seeded.xiMeeting(),
				Pages.formValues(page.selectFirst("main form[method=post]"))))
			.hasStatus(302);
		assertThat(summary(this.seeded.xiMeeting())).isEqualTo("The second analyst's summary");
	}

	private String summary(long meeting) {
		return this.jdbc.sql("select summary from meeting where id = ?").param(meeting).query(String.class).single();
	}

	@Test
	void deletesAMeetingFromTheTimelineUntilAnAdminRestoresIt() {
		assertThat(post("/meetings/" + this.seeded.xiMeeting() + "/delete", new LinkedMultiValueMap<>()))
			.hasStatus(302);
		assertThat(Pages.get(this.mvc, "/").text()).doesNotContain("Blinken – Xi Jinping meeting");
		assertThat(this.mvc.get().uri("/meetings/" + this.seeded.xiMeeting())).hasStatus(404);

		Document deleted = Pages.get(this.mvc.get().uri("/admin/deleted").with(admin()));
		assertThat(deleted.text()).contains("Blinken – Xi Jinping meeting", "analyst1");
		assertThat(this.mvc.post()
			.uri("/admin/deleted/meetings/" + this.seeded.xiMeeting() + "/restore")
			.with(csrf())
			.with(admin())).hasStatus(302);
		assertThat(Pages.get(this.mvc, "/").text()).contains("Blinken – Xi Jinping meeting");
	}

	private MultiValueMap<String, String> editForm(long meeting) {
		return Pages.formValues(Pages.get(this.mvc.get().uri("/meetings/" + meeting + "/edit").with(analyst()))
			.selectFirst("main form[method=post]"));
	}

	private MultiValueMap<String, String> newMeeting() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.set("title", "Yellen visit to Beijing");
		form.set("date", "2023-07");
		form.set("format", "IN_PERSON");
		form.set("status", "HELD");
		form.set("level", "MINISTERS");
		form.set("city", "Beijing");
		form.set("country", "CN");
		form.set("participants[0].officialId", String.valueOf(this.seeded.official("Janet Yellen")));
		form.set("participants[0].side", "US");
		form.set("participants[0].role", "GUEST");
		return form;
	}

	private java.util.List<String> participants(long meeting) {
		return this.jdbc.sql("""
				select o.full_name from participant p join official o on o.id = p.official_id where p.meeting_id = ?""")
			.param(meeting)
			.query(String.class)
			.list();
	}

	private MvcTestResult post(String uri, MultiValueMap<String, String> form) {
		return this.mvc.post().uri(uri).with(csrf()).with(analyst()).params(form).exchange();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
