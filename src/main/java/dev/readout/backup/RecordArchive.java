package dev.readout.backup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.readout.audit.AuditTrail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole record as one JSON document, and back: every official, position, visit,
 * topic, source, channel, meeting with its participants, readout with its topics,
 * agreement with its history, and every citation, with their ids, so that links and
 * references survive. PostgreSQL writes and reads the rows itself, so every value comes
 * back exactly as it was. Accounts and the audit trail are not part of the record and
 * stay where they are.
 */
@Service
public class RecordArchive {

	static final int FORMAT = 1;

	/**
	 * The tables of the record in an order where every row comes after the rows it refers
	 * to, each with the order of its rows: a source that copies another comes after its
	 * original.
	 */
	static final Map<String, String> TABLES = tables();

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail auditTrail;

	RecordArchive(JdbcClient jdbc, JsonMapper json, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.json = json;
		this.auditTrail = auditTrail;
	}

	@Transactional(readOnly = true)
	public ObjectNode export() {
		ObjectNode archive = this.json.createObjectNode();
		archive.put("format", FORMAT);
		ObjectNode tables = archive.putObject("tables");
		TABLES.forEach((table, order) -> tables.set(table,
				this.json.readTree(this.jdbc
					.sql("select coalesce(json_agg(t order by " + order + "), '[]') from (select "
							+ String.join(", ", storedColumns(table)) + " from " + table + ") t")
					.query(String.class)
					.single())));
		return archive;
	}

	/**
	 * Loads an archive into a record that is still empty; refuses otherwise, so nothing
	 * is ever overwritten.
	 */
	@Transactional
	public void load(JsonNode archive) {
		if (archive.path("format").asInt() != FORMAT || !archive.path("tables").isObject()) {
			throw new IllegalArgumentException("This is not a Readout record archive of format " + FORMAT);
		}
		boolean empty = TABLES.keySet()
			.stream()
			.allMatch(table -> this.jdbc.sql("select not exists (select 1 from " + table + ")")
				.query(Boolean.class)
				.single());
		if (!empty) {
			throw new IllegalStateException("The record is not empty; an archive loads only into an empty record");
		}
		for (String table : TABLES.keySet()) {
			List<String> columns = storedColumns(table);
			String list = String.join(", ", columns);
			// An archive from before a table existed has no rows for it.
			JsonNode rows = archive.path("tables").path(table);
			this.jdbc
				.sql("insert into " + table + " (" + list + ") select " + list + " from json_populate_recordset(null::"
						+ table + ", cast(? as json))")
				.param(rows.isArray() ? rows.toString() : "[]")
				.update();
			if (columns.contains("id")) {
				this.jdbc
					.sql("select setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + 1, false) from "
							+ table)
					.param(table)
					.query(Long.class)
					.single();
			}
		}
		JsonNode tables = archive.path("tables");
		this.auditTrail.imported("archive of " + tables.path("meeting").size() + " meetings, "
				+ tables.path("readout").size() + " readouts, " + tables.path("agreement").size() + " agreements");
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
