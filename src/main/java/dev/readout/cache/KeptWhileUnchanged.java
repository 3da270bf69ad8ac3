package dev.readout.cache;

import java.time.Clock;
import java.time.Duration;

import dev.readout.audit.AuditTrail;

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

	private final Clock clock;

	private final boolean keepRendered;

	KeptWhileUnchanged(AuditTrail auditTrail, Clock clock, CacheSettings settings) {
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.keepRendered = settings.whileRecordUnchanged();
	}

	/**
	 * For rendered output (pages, searches, PDFs): keeps nothing when
	 * {@code readout.cache.while-record-unchanged=false}.
	 */
	public <K, V> WhileRecordUnchanged<K, V> rendered(int capacity) {
		return new WhileRecordUnchanged<>(this.auditTrail::recordVersion, this.clock, this.keepRendered ? capacity : 0,
				MAX_AGE);
	}

	/**
	 * For counts, which are always kept: a count over the whole record takes a second.
	 */
	public <K, V> WhileRecordUnchanged<K, V> counts(int capacity) {
		return new WhileRecordUnchanged<>(this.auditTrail::recordVersion, this.clock, capacity, MAX_AGE);
	}

}
