package dev.readout.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.readout.audit.AuditTrail;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole record as one JSON document, and back: every official, position, visit,
 * topic, source, channel, meeting with its participants, readout with its topics,
 * agreement with its history, and every citation, with their ids, so that links and
 * references survive. PostgreSQL writes and reads the rows itself, so every value comes
 * back exactly as it was. Both ways are streamed, a row at a time out and a thousand at a
 * time in, so a record of any size passes through without being held in memory. Accounts
 * and the audit trail are not part of the record and stay where they are.
 */
@Service
public class RecordArchive {

	static final int FORMAT = 1;

	/** Rows loaded in one statement. */
	static final int BATCH = 1000;

	/**
	 * The tables of the record in an order where every row comes after the rows it refers
	 * to, each with the order of its rows: a source that copies another comes after its
	 * original.
	 */
	static final Map<String, String> TABLES = tables();

	/**
	 * What the record shows: deleted meetings and statements, and what hangs on them, are
	 * left out of an archive unless an admin asks for a full backup.
	 */
	private static final Map<String, String> ON_RECORD = onRecord();

	/** Columns written otherwise when what they point at is left out. */
	private static final Map<String, String> ON_RECORD_COLUMNS = Map.of("historian_record.meeting_id",
			"case when meeting_id in (select id from meeting_on_record) then meeting_id end as meeting_id",
			"meeting.deleted_by", "null as deleted_by", "readout.deleted_by", "null as deleted_by");

	private final JdbcClient jdbc;

	private final JdbcTemplate rows;

	private final JsonMapper json;

	private final AuditTrail auditTrail;

	RecordArchive(JdbcClient jdbc, DataSource dataSource, JsonMapper json, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.rows = new JdbcTemplate(dataSource);
		// Rows come from the server a thousand at a time, not all at once.
		this.rows.setFetchSize(BATCH);
		this.json = json;
		this.auditTrail = auditTrail;
	}

	/**
	 * Writes the archive.
	 * @param full with the deleted meetings and statements, and who deleted them: a full
	 * backup, for admins
	 */
	@Transactional(readOnly = true)
	public void export(OutputStream out, boolean full) {
		try (JsonGenerator archive = this.json.createGenerator(out)) {
			archive.writeStartObject();
			archive.writeNumberProperty("format", FORMAT);
			archive.writeName("tables");
			archive.writeStartObject();
			for (Map.Entry<String, String> table : TABLES.entrySet()) {
				archive.writeName(table.getKey());
				archive.writeStartArray();
				this.rows.query(select(table.getKey(), table.getValue(), full),
						(RowCallbackHandler) (row) -> archive.writeRawValue(row.getString(1)));
				archive.writeEndArray();
			}
			archive.writeEndObject();
			archive.writeEndObject();
		}
	}

	private String select(String table, String order, boolean full) {
		String columns = storedColumns(table).stream()
			.map(column -> full ? column : ON_RECORD_COLUMNS.getOrDefault(table + "." + column, column))
			.collect(Collectors.joining(", "));
		String where = (full || !ON_RECORD.containsKey(table)) ? "" : " where " + ON_RECORD.get(table);
		return "select row_to_json(t)::text from (select " + columns + " from " + table + where + " order by " + order
				+ ") t";
	}

	/**
	 * Loads an archive into a record that is empty, or that holds only the starting
	 * record Readout shipped with (no one has changed it yet), which the archive then
	 * replaces. Anything wrong with the archive is refused with the table, the rows and
	 * the rule, and nothing is loaded.
	 */
	@Transactional
	public void load(InputStream in) {
		try (JsonParser archive = this.json.createParser(in)) {
			expect(archive.nextToken() == JsonToken.START_OBJECT, "archive.refused.notAnArchive");
			int format = 0;
			boolean sawTables = false;
			Map<String, Long> loaded = new LinkedHashMap<>();
			while (archive.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = archive.currentName();
				archive.nextToken();
				if ("format".equals(name)) {
					format = archive.getValueAsInt();
				}
				else if ("tables".equals(name)) {
					expect(format == FORMAT && archive.currentToken() == JsonToken.START_OBJECT,
							"archive.refused.notAnArchive");
					makeRoom();
					loadTables(archive, loaded);
					sawTables = true;
				}
				else {
					archive.skipChildren();
				}
			}
			expect(format == FORMAT && sawTables, "archive.refused.notAnArchive");
			expect(loaded.values().stream().mapToLong(Long::longValue).sum() > 0, "archive.refused.empty");
			for (String table : TABLES.keySet()) {
				if (storedColumns(table).contains("id")) {
					this.jdbc
						.sql("select setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + 1, false) from "
								+ table)
						.param(table)
						.query(Long.class)
						.single();
				}
			}
			this.auditTrail.imported("archive of " + loaded.getOrDefault("meeting", 0L) + " meetings, "
					+ loaded.getOrDefault("readout", 0L) + " readouts, " + loaded.getOrDefault("agreement", 0L)
					+ " agreements");
		}
		catch (JacksonException ex) {
			throw new ArchiveRefused("archive.refused.unreadable", ex.getOriginalMessage());
		}
	}

	private void loadTables(JsonParser archive, Map<String, Long> loaded) {
		List<String> order = List.copyOf(TABLES.keySet());
		int last = -1;
		while (archive.nextToken() == JsonToken.PROPERTY_NAME) {
			String table = archive.currentName();
			int position = order.indexOf(table);
			expect(position > last, "archive.refused.table", table);
			last = position;
			expect(archive.nextToken() == JsonToken.START_ARRAY, "archive.refused.table", table);
			List<String> columns = storedColumns(table);
			ArrayNode batch = this.json.createArrayNode();
			long count = 0;
			while (archive.nextToken() == JsonToken.START_OBJECT) {
				batch.add((JsonNode) archive.readValueAsTree());
				count++;
				if (batch.size() == BATCH) {
					insert(table, columns, batch, count);
					batch = this.json.createArrayNode();
				}
			}
			insert(table, columns, batch, count);
			loaded.put(table, count);
		}
	}

	/** The rows end at {@code count}; a refusal names them and the rule they break. */
	private void insert(String table, List<String> columns, ArrayNode batch, long count) {
		if (batch.isEmpty()) {
			return;
		}
		// A column the rows do not carry (the archive was taken before it was added)
		// takes
		// its default.
		String list = columns.stream()
			.filter((column) -> batch.valueStream().anyMatch((row) -> row.has(column)))
			.collect(Collectors.joining(", "));
		try {
			this.jdbc
				.sql("insert into " + table + " (" + list + ") select " + list + " from json_populate_recordset(null::"
						+ table + ", cast(? as json))")
				.param(batch.toString())
				.update();
		}
		catch (DataAccessException ex) {
			throw new ArchiveRefused("archive.refused.rows", table, count - batch.size() + 1, count,
					ex.getMostSpecificCause().getMessage());
		}
	}

	/**
	 * An empty record takes the archive as it is; one that holds only the starting record
	 * (no change made through Readout, no archive loaded) is emptied first.
	 */
	private void makeRoom() {
		boolean empty = TABLES.keySet()
			.stream()
			.allMatch(table -> this.jdbc.sql("select not exists (select 1 from " + table + ")")
				.query(Boolean.class)
				.single());
		if (empty) {
			return;
		}
		if (this.auditTrail.recordEverChanged()) {
			throw new ArchiveRefused("archive.refused.notEmpty");
		}
		List<String> tables = new ArrayList<>(TABLES.keySet());
		Collections.reverse(tables);
		tables.forEach(table -> this.jdbc.sql("delete from " + table).update());
	}

	private static void expect(boolean holds, String reason, Object... arguments) {
		if (!holds) {
			throw new ArchiveRefused(reason, arguments);
		}
	}

	/**
	 * Why an archive was refused, in the analyst's words: a message key and its
	 * arguments.
	 */
	static final class ArchiveRefused extends RuntimeException {

		private final String reason;

		private final Object[] arguments;

		ArchiveRefused(String reason, Object... arguments) {
			super(reason);
			this.reason = reason;
			this.arguments = arguments;
		}

		String reason() {
			return this.reason;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

	/**
	 * The columns that hold the record; generated ones (search documents, timeline
	 * positions) are derived again by PostgreSQL.
	 */
	private List<String> storedColumns(String table) {
		return this.jdbc.sql("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
				order by ordinal_position""").param(table).query(String.class).list();
	}

	/**
	 * A deleted meeting takes its statements and agreements with it, though they are not
	 * deleted one by one.
	 */
	private static Map<String, String> onRecord() {
		String meetings = "select id from meeting_on_record";
		String readouts = "select id from readout_on_record where meeting_id in (" + meetings + ")";
		String agreements = "select id from agreement where meeting_id in (" + meetings + ")";
		return Map.ofEntries(Map.entry("meeting", "deleted_at is null"),
				Map.entry("readout", "id in (" + readouts + ")"),
				Map.entry("participant", "meeting_id in (" + meetings + ")"),
				Map.entry("meeting_topic", "meeting_id in (" + meetings + ")"),
				Map.entry("meeting_source", "meeting_id in (" + meetings + ")"),
				Map.entry("agreement", "id in (" + agreements + ")"),
				Map.entry("readout_characterisation", "readout_id in (" + readouts + ")"),
				Map.entry("readout_source", "readout_id in (" + readouts + ")"),
				Map.entry("readout_topic", "readout_id in (" + readouts + ")"),
				Map.entry("agreement_status_change", "agreement_id in (" + agreements + ")"),
				Map.entry("agreement_source", "agreement_id in (" + agreements + ")"),
				Map.entry("cited_passage",
						"(cited_by_type = 'MEETING' and cited_by_id in (" + meetings + "))"
								+ " or (cited_by_type = 'STATEMENT' and cited_by_id in (" + readouts + "))"
								+ " or (cited_by_type = 'AGREEMENT' and cited_by_id in (" + agreements + "))"));
	}

	private static Map<String, String> tables() {
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put("official", "id");
		tables.put("visit", "id");
		tables.put("topic", "id");
		tables.put("source", "copy_of_id is not null, id");
		tables.put("source_text", "source_id");
		tables.put("source_band", "source_id, band_key");
		tables.put("source_independence", "source_id, other_id");
		tables.put("official_position", "id");
		tables.put("channel", "id");
		tables.put("meeting", "id");
		tables.put("meeting_topic", "meeting_id, topic_id");
		tables.put("participant", "id");
		tables.put("meeting_source", "meeting_id, source_id");
		tables.put("readout", "id");
		tables.put("readout_characterisation", "readout_id, position");
		tables.put("readout_source", "readout_id, source_id");
		tables.put("readout_topic", "readout_id, topic_id");
		tables.put("agreement", "id");
		tables.put("agreement_status_change", "id");
		tables.put("agreement_source", "agreement_id, source_id");
		tables.put("cited_passage", "id");
		tables.put("historian_record", "id");
		return Collections.unmodifiableMap(tables);
	}

}
