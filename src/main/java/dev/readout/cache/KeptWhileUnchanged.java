package dev.readout.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.readout.audit.AuditTrail;
import dev.readout.audit.RecordVersion;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
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

	private final MeterRegistry meters;

	KeptWhileUnchanged(AuditTrail auditTrail, RecordVersion recordVersion, Clock clock, CacheSettings settings,
			ObjectProvider<MeterRegistry> meters) {
		this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.auditTrail = auditTrail;
		this.recordVersion = recordVersion;
		this.clock = clock;
		this.keepRendered = settings.whileRecordUnchanged();
	}

	/**
	 * For rendered output (pages, searches, PDFs), served without a statement: the
	 * version is the one held in memory. Bounded by the bytes kept, as each value weighs,
	 * since a value's size varies a hundredfold. Keeps nothing when
	 * {@code readout.cache.while-record-unchanged=false}.
	 */
	public <K, V> WhileRecordUnchanged<K, V> rendered(String name, long bytes, ToIntFunction<V> weight) {
		Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumWeight(this.keepRendered ? bytes : 0);
		// At least one: Caffeine never lets go of a value that weighs nothing, and a
		// flood of searches that found nothing would grow without bound.
		return new WhileRecordUnchanged<>(this.recordVersion::current, this.clock,
				monitored(name, builder.<K, WhileRecordUnchanged.Kept<V>>weigher(
						(key, kept) -> Math.max(1, weight.applyAsInt(kept.value())))),
				MAX_AGE);
	}

	/**
	 * For counts, which are always kept: a count over the whole record takes a second.
	 * Their version is read in the request's own transaction, which sees its own changes;
	 * a count costs far more than that statement.
	 */
	public <K, V> WhileRecordUnchanged<K, V> counts(String name, int capacity) {
		return new WhileRecordUnchanged<>(this.auditTrail::recordVersion, this.clock,
				monitored(name, Caffeine.newBuilder().maximumSize(capacity)), MAX_AGE);
	}

	/** Hits, misses and evictions on /actuator/metrics, as cache.gets{cache=name}. */
	private <K, V> Cache<K, V> monitored(String name, Caffeine<? super K, ? super V> builder) {
		@SuppressWarnings("unchecked")
		// Evictions on the caller's thread: a cache that keeps nothing holds nothing,
		// even for a moment.
		Cache<K, V> cache = ((Caffeine<K, V>) builder).executor(Runnable::run).recordStats().build();
		CaffeineCacheMetrics.monitor(this.meters, cache, name);
		return cache;
	}

}
