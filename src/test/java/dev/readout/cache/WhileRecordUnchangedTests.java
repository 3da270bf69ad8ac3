package dev.readout.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhileRecordUnchangedTests {

	private final AtomicLong version = new AtomicLong(1);

	private final WhileRecordUnchanged<String, Integer> kept = new WhileRecordUnchanged<>(this.version::get,
			Clock.systemUTC(), Caffeine.newBuilder().maximumSize(10).build(), Duration.ofMinutes(1));

	@Test
	void worksAValueOutOnceForRequestsThatAskForItTogether() throws Exception {
		AtomicInteger workedOut = new AtomicInteger();
		CountDownLatch together = new CountDownLatch(1);
		ExecutorService requests = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(requests.submit(() -> {
					together.await();
					return this.kept.get("counts", () -> {
						workedOut.incrementAndGet();
						sleep();
						return 42;
					});
				}));
			}
			together.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(42);
			}
		}
		finally {
			requests.shutdownNow();
		}
		assertThat(workedOut).as("counted once, not once per request").hasValue(1);
	}

	@Test
	void worksItOutAgainOnceTheRecordChanged() {
		assertThat(this.kept.get("counts", () -> 1)).isEqualTo(1);
		assertThat(this.kept.get("counts", () -> 2)).as("kept").isEqualTo(1);
		this.version.incrementAndGet();
		assertThat(this.kept.get("counts", () -> 3)).as("renewed").isEqualTo(3);
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
