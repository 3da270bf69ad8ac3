package dev.readout.cache;

import java.time.Clock;
import java.time.Duration;

import dev.readout.audit.AuditTrail;
import dev.readout.audit.RecordVersion;

import org.springframework.stereotype.Component;

/**
 * Where the caches of values worked out from the record come from, so that the record's
 * version, the longest a value is kept and the setting that turns keeping rendered output
 * off are decided in one place.
 */
@Component
public class KeptWhileUnchanged {

	/** Changes made outside Readout (no audit event) are seen after this long at most. */
	public static final Duration MAX_AGE = Duration.ofMinutes(1);

	private final AuditTrail auditTrail;

	private final RecordVersion recordVersion;

	private final Clock clock;

	private final boolean keepRendered;

	KeptWhileUnchanged(AuditTrail auditTrail, RecordVersion recordVersion, Clock clock, CacheSettings settings) {
		this.auditTrail = auditTrail;
		this.recordVersion = recordVersion;
		this.clock = clock;
		this.keepRendered = settings.whileRecordUnchanged();
	}

	/**
	 * For rendered output (pages, searches, PDFs), served without a statement: the
	 * version is the one held in memory. Keeps nothing when
	 * {@code readout.cache.while-record-unchanged=false}.
	 */
	public <K, V> WhileRecordUnchanged<K, V> rendered(int capacity) {
		return new WhileRecordUnchanged<>(this.recordVersion::current, this.clock, this.keepRendered ? capacity : 0,
				MAX_AGE);
	}

	/**
	 * For counts, which are always kept: a count over the whole record takes a second.
	 * Their version is read in the request's own transaction, which sees its own changes;
	 * a count costs far more than that statement.
	 */
	public <K, V> WhileRecordUnchanged<K, V> counts(int capacity) {
		return new WhileRecordUnchanged<>(this.auditTrail::recordVersion, this.clock, capacity, MAX_AGE);
	}

}
