package dev.readout.export;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import dev.readout.PageTest;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar feed, parsed with ical4j as a calendar client would, and compared with the
 * record.
 */
@PageTest
@Transactional
class TimelineIcsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void placesTheXiMeetingInBeijingTimeWithItsTimeZone() throws Exception {
		Calendar calendar = calendar();
		VEvent xi = event(calendar, "Blinken – Xi Jinping meeting");
		DtStart<Temporal> start = xi.getRequiredProperty("DTSTART");
		assertThat(start.getDate()).isInstanceOf(ZonedDateTime.class);
		assertThat(((ZonedDateTime) start.getDate()).toInstant()).hasToString("2023-06-19T08:30:00Z");
		assertThat(start.<Parameter>getParameter("TZID").map(Parameter::getValue)).hasValue("Asia/Shanghai");
		List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
		assertThat(zones).extracting(zone -> value(zone, "TZID")).containsExactly("Asia/Shanghai");
		assertThat(value(xi, "STATUS")).isEqualTo("CONFIRMED");
	}

	@Test
	void givesDatesWithoutATimeAsAllDayEventsAndCoarseDatesTheirWholePeriod() throws Exception {
		Calendar calendar = calendar();
		VEvent qinGang = event(calendar, "Blinken – Qin Gang talks");
		assertThat(value(qinGang, "DTSTART")).isEqualTo("20230618");
		assertThat(value(qinGang, "DTEND")).isEqualTo("20230619");

		VEvent vienna = event(calendar, "Sullivan – Wang Yi talks in Vienna");
		assertThat(value(vienna, "DTSTART")).isEqualTo("20230501");
		assertThat(value(vienna, "DTEND")).isEqualTo("20230601");
		assertThat(value(vienna, "DESCRIPTION")).startsWith("Only the month is known: May 2023.");

		VEvent apec = event(calendar, "Biden – Xi Jinping meeting at APEC (expected)");
		assertThat(value(apec, "STATUS")).isEqualTo("TENTATIVE");
	}

	@Test
	void leavesOutContactsOnlyExpectedWithinAWindowRatherThanShowingThemAsMonthsLong() throws Exception {
		List<VEvent> events = calendar().getComponents("VEVENT");
		assertThat(events).map(event -> value(event, "SUMMARY"))
			.contains("Blinken – Xi Jinping meeting")
			.doesNotContain("Yellen visit to Beijing (expected)", "Qin Gang visit to the United States (invited)");
	}

	@Test
	void keepsEachMeetingsIdentityAcrossFetchesAndCountsItsRevisions() throws Exception {
		VEvent before = event(calendar(), "Blinken – Wang Yi meeting");
		this.jdbc.sql("update meeting set summary = 'Revised', version = version + 1 where id = 2").update();
		this.entityManager.clear();
		VEvent after = event(calendar(), "Blinken – Wang Yi meeting");

		assertThat(value(after, "UID")).isEqualTo(value(before, "UID")).isEqualTo("meeting-2@readout");
		assertThat(Integer.parseInt(value(after, "SEQUENCE")))
			.isEqualTo(Integer.parseInt(value(before, "SEQUENCE")) + 1);
		// One event per meeting with a day or a period of its own; none for those
		// expected within a window.
		assertThat(calendar().getComponents("VEVENT"))
			.hasSize(this.jdbc.sql("select count(*) from meeting where expected_after is null")
				.query(Integer.class)
				.single());
	}

	/**
	 * Text an analyst typed cannot end an event or add a property: line breaks, commas,
	 * semicolons, backslashes and a calendar's own keywords come back as typed.
	 */
	@Test
	void keepsTextThatLooksLikeCalendarSyntaxAsText() throws Exception {
		String title = "Talks; then dinner, \\ END:VEVENT\nBEGIN:VEVENT\nSUMMARY:Forged";
		String city = "Beijing\nATTENDEE:mailto:someone@example.org";
		this.jdbc.sql("""
				insert into meeting (title, city, country, start_date, start_precision, format, status, level)
				values (?, ?, 'CN', '2023-06-20', 'DAY', 'IN_PERSON', 'HELD', 'WORKING_LEVEL')""")
			.params(title, city)
			.update();

		Calendar calendar = calendar();

		VEvent talks = event(calendar, title);
		assertThat(value(talks, "LOCATION")).startsWith(city);
		assertThat(talks.getProperties("ATTENDEE")).isEmpty();
		assertThat(calendar.<VEvent>getComponents("VEVENT"))
			.noneMatch(event -> "Forged".equals(value(event, "SUMMARY")));
	}

	/**
	 * A contact over several days whose start time is known but not how long it lasted
	 * runs to the end of its last day, in its own time zone, not for no time at all on
	 * its first.
	 */
	@Test
	void runsAContactOverSeveralDaysWithAStartTimeToTheEndOfItsLastDay() throws Exception {
		this.jdbc
			.sql("""
					insert into meeting (title, start_date, start_precision, local_time, time_zone, end_date, format, status,
					    level)
					values ('Three days of talks in Beijing', '2023-06-20', 'DAY', '09:30', 'Asia/Shanghai', '2023-06-22',
					    'IN_PERSON', 'HELD', 'WORKING_LEVEL')""")
			.update();

		VEvent talks = event(calendar(), "Three days of talks in Beijing");
		DtStart<Temporal> start = talks.getRequiredProperty("DTSTART");
		assertThat(((ZonedDateTime) start.getDate()).toInstant()).hasToString("2023-06-20T01:30:00Z");
		DtEnd<Temporal> end = talks.getRequiredProperty("DTEND");
		assertThat(((ZonedDateTime) end.getDate()).toInstant()).hasToString("2023-06-22T16:00:00Z");
	}

	/**
	 * A visit that runs past a change of clocks ends in the offset in force at its end,
	 * and the calendar carries that offset's observance for clients to place it by.
	 */
	@Test
	void carriesTheObservanceInForceAtTheEndOfAVisitOverAChangeOfClocks() throws Exception {
		this.jdbc
			.sql("""
					insert into meeting (title, start_date, start_precision, local_time, time_zone, end_date, format, status,
					    level)
					values ('Talks in Washington over a weekend', '2023-11-03', 'DAY', '10:00', 'America/New_York',
					    '2023-11-06', 'IN_PERSON', 'HELD', 'WORKING_LEVEL')""")
			.update();

		Calendar calendar = calendar();
		DtEnd<Temporal> end = event(calendar, "Talks in Washington over a weekend").getRequiredProperty("DTEND");
		assertThat(((ZonedDateTime) end.getDate()).toInstant()).hasToString("2023-11-07T05:00:00Z");
		VTimeZone washington = calendar.<VTimeZone>getComponents("VTIMEZONE")
			.stream()
			.filter(zone -> "America/New_York".equals(value(zone, "TZID")))
			.findFirst()
			.orElseThrow();
		assertThat(washington.getObservances()).extracting(observance -> value(observance, "DTSTART"))
			.contains("20230312T030000", "20231105T010000");
	}

	/**
	 * How a contact stands, as a calendar client understands it: held is confirmed, one
	 * postponed or only planned is tentative, one cancelled is cancelled; where it took
	 * place is the venue and city.
	 */
	@Test
	void tellsCalendarsHowEachContactStandsAndWhereItWas() throws Exception {
		this.jdbc.sql("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values ('Talks called off', '2023-06-25', 'DAY', 'IN_PERSON', 'CANCELLED', 'WORKING_LEVEL')""")
			.update();
		Calendar calendar = calendar();

		assertThat(value(event(calendar, "Talks called off"), "STATUS")).isEqualTo("CANCELLED");
		assertThat(value(event(calendar, "Blinken visit to Beijing (postponed)"), "STATUS")).isEqualTo("TENTATIVE");
		assertThat(value(event(calendar, "Blinken – Qin Gang talks"), "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event(calendar, "Blinken – Qin Gang talks"), "LOCATION"))
			.isEqualTo("Diaoyutai State Guesthouse, Beijing");
		assertThat(event(calendar, "Talks called off").getProperty("LOCATION")).isEmpty();
	}

	/** Long titles in Chinese are folded without splitting a character. */
	@Test
	void foldsLongChineseTextWithoutBreakingACharacter() throws Exception {
		String title = "中美外交与安全对话".repeat(12);
		this.jdbc.sql("""
				insert into meeting (title, start_date, start_precision, format, status, level)
				values (?, '2023-06-21', 'DAY', 'IN_PERSON', 'HELD', 'WORKING_LEVEL')""").param(title).update();

		assertThat(value(event(calendar(), title), "SUMMARY")).isEqualTo(title);
	}

	private Calendar calendar() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/timeline.ics").exchange();
		assertThat(result).hasStatusOk().hasContentType("text/calendar;charset=UTF-8");
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		return new CalendarBuilder().build(new StringReader(body));
	}

	private static VEvent event(Calendar calendar, String summary) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		return events.stream().filter(event -> summary.equals(value(event, "SUMMARY"))).findFirst().orElseThrow();
	}

	private static String value(Component component, String property) {
		return component.<Property>getProperty(property).map(Property::getValue).orElse(null);
	}

}
