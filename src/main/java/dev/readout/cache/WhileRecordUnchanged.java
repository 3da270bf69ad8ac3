package dev.readout.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Values worked out from the record and kept until the record changes: every change made
 * through Readout adds an audit event, so the latest change's id is the record's version.
 * A change made outside Readout is seen after {@code maxAge} at most. Kept in a Caffeine
 * cache, bounded by count or by weight, whose hits and misses are metrics.
 */
public final class WhileRecordUnchanged<K, V> {

	private final LongSupplier recordVersion;

	private final Clock clock;

	private final Duration maxAge;

	private final Cache<K, Kept<V>> kept;

	WhileRecordUnchanged(LongSupplier recordVersion, Clock clock, Cache<K, Kept<V>> kept, Duration maxAge) {
		this.recordVersion = recordVersion;
		this.clock = clock;
		this.maxAge = maxAge;
		this.kept = kept;
	}

	/**
	 * The value kept for the key while the record is unchanged, or else the one worked
	 * out now — once: requests that ask for the same key meanwhile wait for it rather
	 * than each working it out (a count over the whole record takes a second, and a dozen
	 * of them at once take every connection).
	 */
	public V get(K key, Supplier<V> workOut) {
		long recordVersion = this.recordVersion.getAsLong();
		Instant now = this.clock.instant();
		Kept<V> current = this.kept.getIfPresent(key);
		if (isCurrent(current, recordVersion, now)) {
			return current.value();
		}
		Kept<V> worked = this.kept.asMap()
			.compute(key, (sameKey, kept) -> isCurrent(kept, recordVersion, now) ? kept
					: new Kept<>(workOut.get(), recordVersion, now));
		return worked.value();
	}

	private boolean isCurrent(Kept<V> kept, long recordVersion, Instant now) {
		return kept != null && kept.recordVersion() == recordVersion && kept.at().plus(this.maxAge).isAfter(now);
	}

	/**
	 * What is kept for the key at the record's version now, if anything. A value kept
	 * through the lookup is kept for this version, even when the record changed while it
	 * was worked out: the next lookup then sees a newer version and works it out again.
	 */
	public Lookup lookUp(K key) {
		long recordVersion = this.recordVersion.getAsLong();
		Instant now = this.clock.instant();
		Kept<V> value = this.kept.getIfPresent(key);
		return new Lookup(key, isCurrent(value, recordVersion, now) ? value.value() : null, recordVersion, now);
	}

	/** The outcome of {@link #lookUp}. */
	public final class Lookup {

		private final K key;

		private final V value;

		private final long recordVersion;

		private final Instant at;

		private Lookup(K key, V value, long recordVersion, Instant at) {
			this.key = key;
			this.value = value;
			this.recordVersion = recordVersion;
			this.at = at;
		}

		public Optional<V> value() {
			return Optional.ofNullable(this.value);
		}

		public void keep(V worked) {
			WhileRecordUnchanged.this.kept.put(this.key, new Kept<>(worked, this.recordVersion, this.at));
		}

	}

	/** A value and the record's version when it was worked out. */
	record Kept<V>(V value, long recordVersion, Instant at) {
	}

}
