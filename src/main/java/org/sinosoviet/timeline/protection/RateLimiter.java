package org.sinosoviet.timeline.protection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts each client's requests in fixed windows. Memory stays bounded by a cache that holds at most
 * {@code maxClients} windows and evicts the least useful when full, so a flood of new addresses pushes out
 * old windows instead of leaving new clients uncounted.
 */
class RateLimiter {

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final Cache<String, Window> windows;

	RateLimiter(int limit, Duration window, int maxClients, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
		this.windows = Caffeine.newBuilder()
			.maximumSize(maxClients)
			.expireAfterAccess(window)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	/** Counts one request by the client and says whether it is within the limit. */
	Decision acquire(String client) {
		Instant now = clock.instant();
		Window current = windows.asMap().compute(client,
				(key, open) -> open == null || !open.end.isAfter(now) ? new Window(now.plus(window), 1)
						: new Window(open.end, open.count + 1));
		Duration reset = Duration.between(now, current.end);
		return new Decision(current.count <= limit, limit, Math.max(0, limit - current.count), reset);
	}

	/** How many clients' windows are kept now. */
	long trackedClients() {
		windows.cleanUp();
		return windows.estimatedSize();
	}

	private record Window(Instant end, int count) {
	}

	/**
	 * @param allowed whether the request is within the limit
	 * @param limit requests allowed in a window
	 * @param remaining requests left in the current window
	 * @param reset time until the current window ends
	 */
	record Decision(boolean allowed, int limit, int remaining, Duration reset) {

		/** Whole seconds until the window ends, at least one. */
		long resetSeconds() {
			return Math.max(1, (reset.toMillis() + 999) / 1000);
		}

	}

}
