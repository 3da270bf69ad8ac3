package dev.readout.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Which lines of the audit trail an admin looks at: by person, action, record and days
 * (UTC, both included), older than {@code before} when paging back. Every part is
 * optional.
 */
public record AuditFilter(String actor, AuditAction action, String subjectType, Long subjectId, LocalDate from,
		LocalDate to, Long before) {

	/** The kinds of record the trail names, in the order the filter offers them. */
	static final List<String> SUBJECT_TYPES = List.of("MEETING", "READOUT", "AGREEMENT", "SOURCE", "OFFICIAL",
			"CHANNEL", "ACCOUNT", "API_TOKEN");

	public AuditFilter {
		// Usernames are lower case; sign-in takes them in any case, and so does the
		// filter.
		actor = (actor == null || actor.isBlank()) ? null : actor.strip().toLowerCase(Locale.ROOT);
		subjectType = (subjectType != null && SUBJECT_TYPES.contains(subjectType)) ? subjectType : null;
	}

	OffsetDateTime fromInstant() {
		return (this.from != null) ? this.from.atStartOfDay().atOffset(ZoneOffset.UTC) : null;
	}

	OffsetDateTime untilInstant() {
		return (this.to != null) ? this.to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC) : null;
	}

	AuditFilter olderThan(long id) {
		return new AuditFilter(this.actor, this.action, this.subjectType, this.subjectId, this.from, this.to, id);
	}

}
