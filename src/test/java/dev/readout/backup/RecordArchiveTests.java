package dev.readout.backup;

import dev.readout.SeededRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.readout.PageTest;
import dev.readout.Pages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.admin;
import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The whole record leaves as one JSON document and comes back into an empty installation
 * with nothing lost.
 */
@PageTest
@Transactional
class RecordArchiveTests {

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void loadsAnExportIntoAnEmptyRecordAndExportsItAgainFieldForField() {
		this.jdbc.sql("update readout set deleted_at = now(), deleted_by = 'someone' where id = ?")
			.param(this.seeded.wangYiReadout("US"))
			.update();
		byte[] exported = download(true);
		JsonNode before = this.json.readTree(exported);
		assertThat(before.path("tables").path("meeting").size()).isEqualTo(14);
		assertThat(before.path("tables").path("official").toString()).contains("王毅");

		long lastSource = this.jdbc.sql("select max(id) from source").query(Long.class).single();
		String xiMeeting = "/meetings/" + this.seeded.xiMeeting();
		emptyTheRecord();
		assertThat(this.mvc.get().uri(xiMeeting)).hasStatus(404);

		assertThat(load(exported)).hasStatus(302).redirectedUrl().isEqualTo("/");
		assertThat(this.json.readTree(download(true))).isEqualTo(before);
		assertThat(this.jdbc.sql("select actor || ' ' || detail from audit_event where action = 'IMPORT'")
			.query(String.class)
			.list()).containsExactly("admin1 archive of 14 meetings, 11 readouts, 7 agreements");

		assertThat(Pages.get(this.mvc, xiMeeting).text()).contains("16:30 local time", "习近平");
		// New rows take ids after the loaded ones.
		assertThat(this.mvc.post().uri("/sources").with(csrf()).with(analyst()).param("label", "Added after the load"))
			.hasStatus(302);
		assertThat(this.jdbc.sql("select max(id) from source").query(Long.class).single()).isEqualTo(lastSource + 1);
	}

	@Test
	void refusesToLoadIntoARecordThatAnalystsHaveChanged() {
		this.jdbc
			.sql("insert into audit_event (actor, action, subject_type, subject_id) values ('analyst1', 'UPDATE', "
					+ "'MEETING', ?)")
			.param(this.seeded.xiMeeting())
			.update();
		long meetings = count("meeting");
		MvcTestResult result = load(download(true));
		assertThat(result).hasStatus(302).redirectedUrl().isEqualTo("/admin/import");
		assertThat(refusal(result)).isEqualTo("archive.refused.notEmpty");
		assertThat(count("meeting")).isEqualTo(meetings);
	}

	/** A fresh installation holds only the starting record: an archive replaces it. */
	@Test
	void loadsIntoAFreshInstallationReplacingTheStartingRecord() {
		byte[] exported = download(true);
		long meetings = count("meeting");
		this.jdbc.sql("update meeting set title = 'Only in the starting record' where id = ?")
			.param(this.seeded.xiMeeting())
			.update();
		this.jdbc.sql("delete from audit_event where action = 'IMPORT' or subject_type is not null").update();

		assertThat(load(exported)).hasStatus(302).redirectedUrl().isEqualTo("/");
		assertThat(count("meeting")).isEqualTo(meetings);
		assertThat(this.jdbc.sql("select count(*) from meeting where title = 'Only in the starting record'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesABrokenArchiveSayingWhichTableRowsAndRuleAndLoadsNothing() {
		ObjectNode archive = (ObjectNode) this.json.readTree(download(true));
		ObjectNode participant = (ObjectNode) archive.path("tables").path("participant").get(0);
		participant.put("official_id", 999999);
		emptyTheRecord();

		MvcTestResult result = load(this.json.writeValueAsBytes(archive));
		assertThat(refusal(result)).isEqualTo("archive.refused.rows");
		Object[] arguments = (Object[]) result.getMvcResult().getFlashMap().get("archiveRefusedArguments");
		assertThat(arguments[0]).isEqualTo("participant");
		assertThat(arguments[1]).isEqualTo(1L);
		assertThat(String.valueOf(arguments[3])).contains("official_id", "999999");
		// The load is one transaction: refused, it rolls back whole (here, with the
		// test's).
	}

	@Test
	void refusesAFileThatIsNotAnArchive() {
		emptyTheRecord();
		MvcTestResult result = load("{\"something\": \"else\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(refusal(result)).isEqualTo("archive.refused.notAnArchive");
		assertThat(refusal(load("not json at all".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("archive.refused.unreadable");
		assertThat(refusal(load("{\"format\": 1, \"tables\": {\"meeting\": []}}".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("archive.refused.empty");
		assertThat(count("meeting")).isZero();
	}

	@Test
	void leavesDeletedRecordsOutUnlessAnAdminAsksForAFullBackup() {
		this.jdbc.sql("update readout set deleted_at = now(), deleted_by = 'someone' where id = ?")
			.param(this.seeded.wangYiReadout("US"))
			.update();
		String everyone = new String(download(false), StandardCharsets.UTF_8);
		assertThat(this.json.readTree(everyone).path("tables").path("readout").size()).isEqualTo(count("readout") - 1);
		assertThat(everyone).doesNotContain("someone");
		assertThat(new String(download(true), StandardCharsets.UTF_8)).contains("someone");
		assertThat(this.mvc.get().uri("/record.json?full=true").with(analyst())).hasStatus(403);
		assertThat(this.mvc.get().uri("/record.json?full=true")).hasStatus3xxRedirection();
	}

	/**
	 * A deleted meeting's statements are not deleted one by one, yet they leave the
	 * record with it: an archive for everyone neither shows their words nor refers to
	 * them, and it loads.
	 */
	@Test
	void leavesADeletedMeetingsStatementsOutAndStillLoads() {
		long talks = this.seeded.qinGangTalks();
		String words = this.jdbc.sql("""
				select c.phrase from readout_characterisation c join readout r on r.id = c.readout_id
				where r.meeting_id = :meeting and c.phrase not in (select o.phrase from readout_characterisation o
				    join readout r2 on r2.id = o.readout_id where r2.meeting_id <> :meeting)
				order by c.phrase limit 1""").param("meeting", talks).query(String.class).single();
		this.jdbc.sql("""
				insert into cited_passage (source_id, cited_by_type, cited_by_id, passage, found_at, created_by)
				select source_id, 'STATEMENT', readout_id, 'A passage cited for a deleted contact', 0, 'analyst1'
				from readout_source join readout on readout.id = readout_id where meeting_id = ? limit 1""")
			.param(talks)
			.update();
		this.jdbc.sql("""
				insert into historian_record (kind, historian_id, person, start_date, end_date, country_id,
				    country_label, remarks, created_by, created_at, last_modified_by, last_modified_at, state,
				    meeting_id, imported_at)
				values ('VISIT', 9001, 'Qin Gang', '2023-06-18', '2023-06-18', 'china', 'China', 'Talks.', 'historian',
				    '2024-01-01', 'historian', '2024-01-01', 'MATCHED', ?, now())""").param(talks).update();
		this.jdbc.sql("update meeting set deleted_at = now(), deleted_by = 'analyst1' where id = ?")
			.param(talks)
			.update();

		byte[] everyone = download(false);
		assertThat(this.json.readTree(everyone).path("tables").path("readout_characterisation").toString())
			.doesNotContain(words);
		assertThat(this.json.readTree(everyone).path("tables").path("cited_passage").toString())
			.doesNotContain("deleted contact");
		emptyTheRecord();
		assertThat(load(everyone)).hasStatus(302).redirectedUrl().isEqualTo("/");
		assertThat(count("meeting")).isEqualTo(13);
		assertThat(this.jdbc.sql("select count(*) from readout where meeting_id = ?")
			.param(talks)
			.query(Long.class)
			.single()).isZero();
		// The Historian's record stays on file, no longer pointing at the meeting.
		assertThat(this.jdbc.sql("select meeting_id is null from historian_record where historian_id = 9001")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void refusesATableItDoesNotKnowOrOneOutOfOrderNamingIt() {
		emptyTheRecord();
		for (String tables : List.of("{\"account\": []}", "{\"meeting\": [], \"official\": []}",
				"{\"topic\": [], \"topic\": []}")) {
			MvcTestResult result = load(
					("{\"format\": 1, \"tables\": " + tables + "}").getBytes(StandardCharsets.UTF_8));
			assertThat(refusal(result)).as(tables).isEqualTo("archive.refused.table");
		}
		assertThat(count("topic")).isZero();
		MvcTestResult unknown = load("{\"format\": 1, \"tables\": {\"account\": []}}".getBytes(StandardCharsets.UTF_8));
		assertThat(Pages.followRedirect(this.mvc, unknown, admin()).text()).contains(
				"The archive was refused, and nothing was loaded",
				"The table \"account\" is not part of a Readout record, or comes out of order.");
	}

	/**
	 * A value of the wrong kind is refused with its table and row, and nothing loaded.
	 */
	@Test
	void refusesAValueOfTheWrongKindNamingItsTable() {
		ObjectNode archive = (ObjectNode) this.json.readTree(download(true));
		((ObjectNode) archive.path("tables").path("meeting").get(0)).put("start_date", "the nineteenth of June");
		emptyTheRecord();

		MvcTestResult result = load(this.json.writeValueAsBytes(archive));
		assertThat(refusal(result)).isEqualTo("archive.refused.rows");
		Object[] arguments = (Object[]) result.getMvcResult().getFlashMap().get("archiveRefusedArguments");
		assertThat(arguments).startsWith("meeting", 1L);
		assertThat(String.valueOf(arguments[3])).contains("the nineteenth of June");
	}

	@Test
	void refusesAnArchiveOfAnotherFormat() {
		emptyTheRecord();
		assertThat(refusal(load("{\"format\": 2, \"tables\": {\"topic\": [{\"id\": 1, \"name\": \"Trade\"}]}}"
			.getBytes(StandardCharsets.UTF_8)))).isEqualTo("archive.refused.notAnArchive");
		assertThat(count("topic")).isZero();
	}

	/**
	 * Rows are loaded a thousand at a time: every batch arrives, and a refusal names the
	 * rows of the batch that broke a rule, counted across the whole table.
	 */
	@Test
	void loadsTablesLongerThanABatchAndNamesTheRowsOfTheBatchThatBrokeARule() {
		ObjectNode archive = (ObjectNode) this.json.readTree(download(true));
		ArrayNode topics = (ArrayNode) archive.path("tables").path("topic");
		int seeded = topics.size();
		for (int i = seeded + 1; i <= RecordArchive.BATCH + 200; i++) {
			topics.addObject().put("id", 1000 + i).put("name", "Topic " + i).put("match_terms", "");
		}
		emptyTheRecord();
		assertThat(load(this.json.writeValueAsBytes(archive))).hasStatus(302).redirectedUrl().isEqualTo("/");
		assertThat(count("topic")).isEqualTo(RecordArchive.BATCH + 200);

		((ObjectNode) topics.get(RecordArchive.BATCH + 100)).put("name", " ");
		emptyTheRecord();
		this.jdbc.sql("delete from audit_event where action = 'IMPORT'").update();
		MvcTestResult result = load(this.json.writeValueAsBytes(archive));
		assertThat(refusal(result)).isEqualTo("archive.refused.rows");
		Object[] arguments = (Object[]) result.getMvcResult().getFlashMap().get("archiveRefusedArguments");
		assertThat(arguments).startsWith("topic", (long) RecordArchive.BATCH + 1, (long) RecordArchive.BATCH + 200);
	}

	/**
	 * An archive taken before a column was added to the record does not carry it: the
	 * column takes its default, as it did for the rows already there when it was added.
	 */
	@Test
	void loadsAnArchiveFromBeforeAColumnWasAddedWithTheColumnsDefault() {
		ObjectNode archive = (ObjectNode) this.json.readTree(download(true));
		archive.path("tables").path("topic").forEach((topic) -> ((ObjectNode) topic).remove("match_terms"));
		emptyTheRecord();
		assertThat(load(this.json.writeValueAsBytes(archive))).hasStatus(302).redirectedUrl().isEqualTo("/");
		assertThat(this.jdbc.sql("select distinct match_terms from topic").query(String.class).list())
			.containsExactly("");
	}

	private static String refusal(MvcTestResult result) {
		return (String) result.getMvcResult().getFlashMap().get("archiveRefused");
	}

	@Test
	void letsOnlyAdminsLoadAnArchive() {
		assertThat(this.mvc.post()
			.uri("/admin/import")
			.multipart()
			.file(new MockMultipartFile("archive", download(true)))
			.with(csrf())
			.with(analyst())).hasStatus(403);
	}

	private byte[] download(boolean full) {
		MvcTestResult result = this.mvc.get().uri("/record.json?full=" + full).with(admin()).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("readout-record-");
		return result.getResponse().getContentAsByteArray();
	}

	private MvcTestResult load(byte[] archive) {
		return this.mvc.post()
			.uri("/admin/import")
			.multipart()
			.file(new MockMultipartFile("archive", "record.json", "application/json", archive))
			.with(csrf())
			.with(admin())
			.exchange();
	}

	private void emptyTheRecord() {
		List<String> tables = new ArrayList<>(RecordArchive.TABLES.keySet());
		Collections.reverse(tables);
		tables.forEach(table -> this.jdbc.sql("delete from " + table).update());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
