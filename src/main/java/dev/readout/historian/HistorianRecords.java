package dev.readout.historian;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.readout.historian.HistorianEntry.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Historian's records Readout imported, as their files gave them, with what they
 * became.
 */
@Repository
class HistorianRecords {

	private static final String COLUMNS = """
			id, kind, historian_id, traveller_role, traveller_id, person, start_date, end_date, country_id,
			country_label, locale, remarks, created_by, created_at, last_modified_by, last_modified_at, state,
			meeting_id""";

	private final JdbcClient jdbc;

	HistorianRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a record became: a contact of its own (imported), a companion's part in the
	 * President's (merged), a match an analyst confirmed (matched) or one proposed to
	 * them (proposed).
	 */
	enum State {

		IMPORTED, MERGED, PROPOSED, MATCHED

	}

	/** A record on file, with the contact it became or is proposed to be. */
	record Stored(long id, HistorianEntry entry, State state, Long meetingId) {
	}

	/**
	 * Identifies a record across snapshots: the Historian numbers trips and visits apart.
	 */
	record Key(Kind kind, int historianId) {

		static Key of(HistorianEntry entry) {
			return new Key(entry.kind(), entry.historianId());
		}

	}

	Map<Key, Stored> all() {
		return this.jdbc.sql("select " + COLUMNS + " from historian_record")
			.query(HistorianRecords::stored)
			.stream()
			.collect(Collectors.toMap(stored -> Key.of(stored.entry()), Function.identity()));
	}

	Optional<Stored> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from historian_record where id = ?")
			.param(id)
			.query(HistorianRecords::stored)
			.optional();
	}

	List<Stored> inState(State state) {
		return this.jdbc.sql("select " + COLUMNS + " from historian_record where state = ? order by start_date, id")
			.param(state.name())
			.query(HistorianRecords::stored)
			.list();
	}

	/**
	 * The records of one kind in the order the Historian numbers them, for the export.
	 */
	List<HistorianEntry> ofKind(Kind kind) {
		return this.jdbc.sql("select " + COLUMNS + " from historian_record where kind = ? order by historian_id")
			.param(kind.name())
			.query(HistorianRecords::stored)
			.list()
			.stream()
			.map(Stored::entry)
			.toList();
	}

	/**
	 * The contacts the records became themselves, which are not candidates for matching.
	 */
	Set<Long> contactsMadeFromRecords() {
		return Set.copyOf(this.jdbc.sql(
				"select meeting_id from historian_record where state in ('IMPORTED', 'MERGED') and meeting_id is not null")
			.query(Long.class)
			.list());
	}

	void insert(HistorianEntry entry, State state, Long meetingId, Instant at) {
		this.jdbc.sql("""
				insert into historian_record (kind, historian_id, traveller_role, traveller_id, person, start_date,
				    end_date, country_id, country_label, locale, remarks, created_by, created_at, last_modified_by,
				    last_modified_at, state, meeting_id, imported_at)
				values (:kind, :historianId, :travellerRole, :travellerId, :person, :start, :end, :countryId,
				    :countryLabel, :locale, :remarks, :createdBy, :createdAt, :lastModifiedBy, :lastModifiedAt, :state,
				    :meetingId, :at)""")
			.params(fields(entry))
			.param("state", state.name())
			.param("meetingId", meetingId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Keeps a newer snapshot's version of a record; the contact stays as analysts left
	 * it.
	 */
	void update(long id, HistorianEntry entry) {
		this.jdbc.sql("""
				update historian_record set traveller_role = :travellerRole, traveller_id = :travellerId,
				    person = :person, start_date = :start, end_date = :end, country_id = :countryId,
				    country_label = :countryLabel, locale = :locale, remarks = :remarks, created_by = :createdBy,
				    created_at = :createdAt, last_modified_by = :lastModifiedBy, last_modified_at = :lastModifiedAt
				where id = :id""").params(fields(entry)).param("id", id).update();
	}

	void settle(long id, State state, Long meetingId) {
		this.jdbc.sql("update historian_record set state = ?, meeting_id = ? where id = ?")
			.params(state.name(), meetingId, id)
			.update();
	}

	private static Map<String, Object> fields(HistorianEntry entry) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("kind", entry.kind().name());
		fields.put("historianId", entry.historianId());
		fields.put("travellerRole", entry.travellerRole());
		fields.put("travellerId", entry.travellerId());
		fields.put("person", entry.person());
		fields.put("start", entry.start());
		fields.put("end", entry.end());
		fields.put("countryId", entry.countryId());
		fields.put("countryLabel", entry.countryLabel());
		fields.put("locale", entry.locale());
		fields.put("remarks", entry.remarks());
		fields.put("createdBy", entry.createdBy());
		fields.put("createdAt", entry.createdAt());
		fields.put("lastModifiedBy", entry.lastModifiedBy());
		fields.put("lastModifiedAt", entry.lastModifiedAt());
		return fields;
	}

	private static Stored stored(ResultSet row, int number) throws SQLException {
		HistorianEntry entry = new HistorianEntry(Kind.valueOf(row.getString("kind")), row.getInt("historian_id"),
				row.getString("traveller_role"), row.getString("traveller_id"), row.getString("person"),
				row.getObject("start_date", LocalDate.class), row.getObject("end_date", LocalDate.class),
				row.getString("country_id"), row.getString("country_label"), row.getString("locale"),
				row.getString("remarks"), row.getString("created_by"), row.getString("created_at"),
				row.getString("last_modified_by"), row.getString("last_modified_at"));
		return new Stored(row.getLong("id"), entry, State.valueOf(row.getString("state")),
				row.getObject("meeting_id", Long.class));
	}

}
