package dev.readout.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dev.readout.PageTest;
import dev.readout.RecordMother;
import dev.readout.SqlStatementCounter;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export, parsed back as a spreadsheet or a script would read it, and compared
 * with the database.
 */
@PageTest
@Transactional
class TimelineCsvTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void exportsOneRowPerMeetingWithDatesAtTheirPrecisionAndChineseNamesIntact() throws IOException {
		List<CSVRecord> rows = rows("/timeline.csv");
		assertThat(rows).hasSize(this.jdbc.sql("select count(*) from meeting").query(Integer.class).single());

		CSVRecord xi = row(rows, "Blinken – Xi Jinping meeting");
		assertThat(xi.get("date")).isEqualTo("2023-06-19");
		assertThat(xi.get("precision")).isEqualTo("day");
		assertThat(xi.get("local_time")).isEqualTo("16:30");
		assertThat(xi.get("time_zone")).isEqualTo("Asia/Shanghai");
		assertThat(xi.get("utc_start")).isEqualTo("2023-06-19T08:30Z");
		assertThat(xi.get("participants")).contains(
				"Xi Jinping 习近平 (CN, host, President of the People's Republic of China)",
				"Antony J. Blinken (US, guest, Secretary of State)");
		assertThat(xi.get("topics")).isEqualTo("Military-to-military communication");
		assertThat(xi.get("agreements")).isEqualTo("2");
		assertThat(xi.get("cameo_code")).isEqualTo("042");

		CSVRecord vienna = row(rows, "Sullivan – Wang Yi talks in Vienna");
		assertThat(vienna.get("date")).isEqualTo("2023-05");
		assertThat(vienna.get("precision")).isEqualTo("month");
		assertThat(vienna.get("local_time")).isEmpty();

		CSVRecord wangYi = row(rows, "Blinken – Wang Yi meeting");
		assertThat(wangYi.get("readouts_US")).isEqualTo("1");
		assertThat(wangYi.get("readouts_CN")).isEqualTo("1");
		assertThat(wangYi.get("topics")).isEqualTo("Sanctions; Taiwan");
	}

	/**
	 * What the record knows of when beyond the first day goes out too: the last day of
	 * several, the days a contact ran over within its month, how long it lasted, and the
	 * day after which an expected contact was to come. New columns come last, so that
	 * spreadsheets built on the earlier ones keep working.
	 */
	@Test
	void givesTheLastDayTheDaysItRanOverItsDurationAndWhenItWasExpected() throws IOException {
		this.jdbc
			.sql("""
					insert into meeting (title, start_date, start_precision, end_date, format, status, level)
					values ('Three days of talks', '2023-06-20', 'DAY', '2023-06-22', 'IN_PERSON', 'HELD', 'WORKING_LEVEL')""")
			.update();
		List<CSVRecord> rows = rows("/timeline.csv");
		assertThat(rows.get(0).getParser().getHeaderNames()).endsWith("end_date", "span_days", "duration_minutes",
				"expected_after");

		assertThat(row(rows, "Three days of talks").get("end_date")).isEqualTo("2023-06-22");
		assertThat(row(rows, "Sullivan – Wang Yi talks in Vienna").get("span_days")).isEqualTo("2");
		assertThat(row(rows, "Blinken – Qin Gang talks").get("duration_minutes")).isEqualTo("450");
		CSVRecord yellen = row(rows, "Yellen visit to Beijing (expected)");
		assertThat(yellen.get("expected_after")).isEqualTo("2023-06-19");
		assertThat(yellen.get("end_date")).isEmpty();
	}

	/**
	 * Each participant as one entry of the cell: a private person takes part for no
	 * government and says so; a participant's titles are those held on the day.
	 */
	@Test
	void writesEachParticipantWithTheirSideRoleAndTitlesThen() throws IOException {
		List<CSVRecord> rows = rows("/timeline.csv");

		assertThat(row(rows, "Bill Gates – Xi Jinping meeting").get("participants").split("; "))
			.contains("Bill Gates (private, guest)");
		// Wang Yi led China's foreign affairs office in June 2023, no longer foreign
		// minister.
		assertThat(row(rows, "Blinken – Wang Yi meeting").get("participants")).contains("Wang Yi 王毅 (CN, host, ")
			.doesNotContain("Minister of Foreign Affairs");
		assertThat(row(rows, "Blinken – Wang Yi meeting in Munich").get("participants"))
			.contains("Wang Yi 王毅 (CN, lead, ");
	}

	/** Filters and order apply to the export as to the page it was downloaded from. */
	@Test
	void exportsTheContactsTheTimelineShowsInItsOrder() throws IOException {
		List<String> leaders = rows("/timeline.csv?level=LEADERS&order=OLDEST").stream()
			.map(row -> row.get("title"))
			.toList();

		assertThat(leaders).containsExactly("Biden – Xi Jinping meeting in Bali",
				"Biden – Xi Jinping meeting at APEC (expected)");
		assertThat(rows("/timeline.csv?q=fentanyl")).extracting(row -> row.get("title"))
			.containsExactly("Blinken – Wang Yi meeting");
	}

	@Test
	void quotesFieldsThatHoldCommasQuotesAndLineBreaks() throws IOException {
		this.jdbc.sql("update meeting set title = ? where id = 1").param("Talks, \"frank\"\nand long").update();
		assertThat(row(rows("/timeline.csv"), "Talks, \"frank\"\nand long").get("id")).isEqualTo("1");
	}

	@Test
	void keepsAFormulaInAMeetingTitleAsTextForSpreadsheets() throws IOException {
		this.jdbc.sql("update meeting set title = ? where id = 1")
			.param("=HYPERLINK(\"http://evil.example\")")
			.update();
		this.jdbc.sql("update meeting set title = ? where id = 2").param("@SUM(1+1)").update();
		List<CSVRecord> rows = rows("/timeline.csv");
		assertThat(row(rows, "'=HYPERLINK(\"http://evil.example\")").get("id")).isEqualTo("1");
		assertThat(row(rows, "'@SUM(1+1)").get("id")).isEqualTo("2");
		assertThat(rows).map(row -> row.get("title"))
			.noneMatch(title -> title.startsWith("=") || title.startsWith("@"));
	}

	@Test
	void streamsALargeTimelineInAFixedNumberOfStatementsPerBatch() throws IOException {
		RecordMother mother = new RecordMother(this.entityManager);
		for (int i = 0; i < TimelineRows.BATCH + 20; i++) {
			mother.meeting(LocalDate.of(2024, 1, 1).plusDays(i % 300), 2, 1, 1);
		}
		this.entityManager.flush();
		this.entityManager.clear();

		SqlStatementCounter.reset();
		List<CSVRecord> rows = rows("/timeline.csv?order=OLDEST");
		long statements = SqlStatementCounter.statements();

		assertThat(rows).hasSize(this.jdbc.sql("select count(*) from meeting").query(Integer.class).single());
		assertThat(rows.get(0).get("title")).isEqualTo("Biden – Xi Jinping meeting in Bali");
		// Two batches of six queries each (meeting ids, meetings, participants, readout
		// counts, agreement counts, topics).
		assertThat(statements).isEqualTo(12);
	}

	private List<CSVRecord> rows(String uri) throws IOException {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("readout-timeline.csv");
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFF");
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body.substring(1)))
			.getRecords();
	}

	private static CSVRecord row(List<CSVRecord> rows, String title) {
		return rows.stream().filter(row -> row.get("title").equals(title)).findFirst().orElseThrow();
	}

}
