package dev.readout.audit;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How every editor changes the record, written once: check the version the analyst
 * started from, apply the change, save it, and write the values before and after in the
 * audit trail, all in the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AuditedEdits {

	private final EntityManager entities;

	private final AuditTrail auditTrail;

	AuditedEdits(EntityManager entities, AuditTrail auditTrail) {
		this.entities = entities;
		this.auditTrail = auditTrail;
	}

	/**
	 * Saves a new record and audits it as created.
	 * @param values what the audit trail keeps of the record (its form's values)
	 */
	public <R extends EditableRecord> R create(String subject, R record, Function<R, ?> values) {
		this.entities.persist(record);
		this.entities.flush();
		this.auditTrail.created(subject, record.getId(), values.apply(record));
		return record;
	}

	/**
	 * Applies the change unless the record changed since the analyst opened it (or the
	 * form carries no version): then nothing is saved, rather than silently overwriting
	 * another analyst's work. Hibernate checks the version it loaded, not one copied from
	 * a form, hence the comparison here.
	 */
	public <R extends EditableRecord> Revision<R> revise(String subject, R record, Integer versionInForm,
			Function<R, ?> values, Consumer<R> change) {
		if (versionInForm == null || versionInForm != record.getVersion()) {
			return Revision.refused(record, this.auditTrail.latestChangeOf(subject, record.getId()).orElse(null));
		}
		Object before = values.apply(record);
		change.accept(record);
		this.entities.flush();
		Object after = values.apply(record);
		// Hibernate counts a new version when the record's own columns or the collections
		// it owns change, not when only its parts do (participants, positions, an
		// agreement's history): such a change must count too, or a form opened before it
		// would save over it.
		if (record.getVersion() == versionInForm && !before.equals(after)) {
			this.entities.lock(record, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		}
		this.auditTrail.updated(subject, record.getId(), before, after);
		return Revision.saved(record);
	}

}
