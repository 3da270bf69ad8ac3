package dev.readout.audit;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the audit trail: who did what, when (UTC), and for changes the values
 * before and after.
 *
 * @param actor the account's username, or null for an anonymous visitor
 * @param client where a sign-in, failed sign-in or refusal came from; null for changes
 */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String subjectType,
		Long subjectId, Map<String, Object> before, Map<String, Object> after, String detail, Client client) {

	/** The fields whose value the change altered, in the order the record lists them. */
	public List<FieldChange> changes() {
		Set<String> fields = new LinkedHashSet<>();
		if (this.before != null) {
			fields.addAll(this.before.keySet());
		}
		if (this.after != null) {
			fields.addAll(this.after.keySet());
		}
		return fields.stream()
			.map(field -> new FieldChange(field, valueIn(this.before, field), valueIn(this.after, field)))
			.filter(change -> !Objects.equals(change.before(), change.after()))
			.toList();
	}

	private static Object valueIn(Map<String, Object> values, String field) {
		return (values != null) ? values.get(field) : null;
	}

	public record FieldChange(String field, Object before, Object after) {
	}

}
