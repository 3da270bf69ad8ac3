package dev.readout.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;

/**
 * The append-only record of who changed what and when. Changes are written in the
 * transaction of the change they describe, so a change and its audit line are saved
 * together or not at all.
 */
@Component
public class AuditTrail {

	private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditorAware<String> actor;

	private final ApplicationEventPublisher events;

	AuditTrail(JdbcClient jdbc, JsonMapper json, AuditorAware<String> actor, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.json = json;
		this.actor = actor;
	}

	public void created(String subjectType, long subjectId, Object after) {
		record(AuditAction.CREATE, currentActor(), subjectType, subjectId, null, after, null);
	}

	public void updated(String subjectType, long subjectId, Object before, Object after) {
		record(AuditAction.UPDATE, currentActor(), subjectType, subjectId, before, after, null);
	}

	public void deleted(String subjectType, long subjectId, Object before) {
		record(AuditAction.DELETE, currentActor(), subjectType, subjectId, before, null, null);
	}

	public void restored(String subjectType, long subjectId) {
		record(AuditAction.RESTORE, currentActor(), subjectType, subjectId, null, null, null);
	}

	public void imported(String summary) {
		record(AuditAction.IMPORT, currentActor(), null, null, null, null, summary);
	}

	void signedIn(String username, Client client) {
		record(AuditAction.SIGN_IN, username, null, null, null, null, null, client);
	}

	void signInFailed(String attemptedUsername, Client client) {
		record(AuditAction.SIGN_IN_FAILED, null, null, null, null, null, "as " + abbreviate(attemptedUsername), client);
	}

	void accessDenied(String actor, String request, Client client) {
		record(AuditAction.ACCESS_DENIED, actor, null, null, null, null, abbreviate(request), client);
	}

	/** The changes of one record, newest first: what an analyst opening it looks for. */
	public List<AuditEntry> historyOf(String subjectType, long subjectId) {
		return this.jdbc.sql("""
				select * from audit_event where subject_type = ? and subject_id = ?
				order by occurred_at desc, id desc""").params(subjectType, subjectId).query(this::entry).list();
	}

	/** The latest change to one record: who made it and when. */
	public Optional<AuditEntry> latestChangeOf(String subjectType, long subjectId) {
		return this.jdbc.sql("""
				select * from audit_event where subject_type = ? and subject_id = ?
				order by occurred_at desc, id desc limit 1""")
			.params(subjectType, subjectId)
			.query(this::entry)
			.optional();
	}

	/**
	 * The changes of a meeting and of its readouts and agreements, deleted ones included,
	 * newest first.
	 */
	public List<AuditEntry> historyOfMeeting(long meetingId) {
		return this.jdbc.sql("""
				select * from audit_event
				where (subject_type = 'MEETING' and subject_id = :id)
				   or (subject_type = 'READOUT' and subject_id in (select id from readout where meeting_id = :id))
				   or (subject_type = 'AGREEMENT' and subject_id in (select id from agreement where meeting_id = :id))
				order by occurred_at desc, id desc""").param("id", meetingId).query(this::entry).list();
	}

	/**
	 * The record's version: the id of the latest change to it. Sign-ins, failed sign-ins
	 * and refused requests are not changes, so a flood of them renews nothing kept.
	 */
	public long recordVersion() {
		return this.jdbc.sql("""
				select coalesce(max(id), 0) from audit_event
				where action not in ('SIGN_IN', 'SIGN_IN_FAILED', 'ACCESS_DENIED')""").query(Long.class).single();
	}

	/**
	 * Whether anyone has changed the record through Readout or loaded an archive into it
	 * since it was installed; accounts, tokens and sign-ins are not the record.
	 */
	public boolean recordEverChanged() {
		return this.jdbc.sql("""
				select exists (select 1 from audit_event where action = 'IMPORT'
				               or (subject_type is not null and subject_type not in ('ACCOUNT', 'API_TOKEN')))""")
			.query(Boolean.class)
			.single();
	}

	/** The lines the filter asks for, newest first, at most {@code limit}. */
	public List<AuditEntry> find(AuditFilter filter, int limit) {
		return this.jdbc.sql("""
				select * from audit_event
				where (cast(:actor as varchar) is null or actor = :actor)
				  and (cast(:action as varchar) is null or action = :action)
				  and (cast(:subjectType as varchar) is null or subject_type = :subjectType)
				  and (cast(:subjectId as bigint) is null or subject_id = :subjectId)
				  and (cast(:from as timestamptz) is null or occurred_at >= :from)
				  and (cast(:until as timestamptz) is null or occurred_at < :until)
				  and (cast(:before as bigint) is null or id < :before)
				order by id desc limit :limit""")
			.param("actor", filter.actor())
			.param("action", (filter.action() != null) ? filter.action().name() : null)
			.param("subjectType", filter.subjectType())
			.param("subjectId", filter.subjectId())
			.param("from", filter.fromInstant())
			.param("until", filter.untilInstant())
			.param("before", filter.before())
			.param("limit", limit)
			.query(this::entry)
			.list();
	}

	private void record(AuditAction action, String actor, String subjectType, Long subjectId, Object before,
			Object after, String detail) {
		record(action, actor, subjectType, subjectId, before, after, detail, null);
	}

	private void record(AuditAction action, String actor, String subjectType, Long subjectId, Object before,
			Object after, String detail, Client client) {
		this.jdbc.sql("""
				insert into audit_event (actor, action, subject_type, subject_id, before_values, after_values, detail,
				                         client_address, user_agent)
				values (?, ?, ?, ?, cast(? as json), cast(? as json), ?, ?, ?)""")
			.params(actor, action.name(), subjectType, subjectId, toJson(before), toJson(after), detail,
					(client != null) ? client.address() : null, (client != null) ? client.userAgent() : null)
			.update();
		if (action.changesTheRecord()) {
			this.events.publishEvent(new RecordChanged(action, subjectType));
		}
	}

	private String toJson(Object values) {
		return (values != null) ? this.json.writeValueAsString(values) : null;
	}

	private AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
		return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
				AuditAction.valueOf(row.getString("action")), row.getString("subject_type"),
				row.getObject("subject_id", Long.class), fromJson(row.getString("before_values")),
				fromJson(row.getString("after_values")), row.getString("detail"),
				(row.getString("client_address") != null || row.getString("user_agent") != null)
						? new Client(row.getString("client_address"), row.getString("user_agent")) : null);
	}

	private Map<String, Object> fromJson(String values) {
		return (values != null) ? this.json.readValue(values, VALUES) : null;
	}

	/** The signed-in account's username, or null for an anonymous visitor. */
	public String currentActor() {
		return this.actor.getCurrentAuditor().orElse(null);
	}

	/**
	 * At most 200 characters, none cut in half; a NUL (typed into a sign-in by a script)
	 * is marked where it was, as PostgreSQL cannot store one.
	 */
	private static String abbreviate(String text) {
		String storable = text.replace('\u0000', '\uFFFD');
		return (storable.codePointCount(0, storable.length()) <= 200) ? storable
				: storable.substring(0, storable.offsetByCodePoints(0, 200));
	}

}
