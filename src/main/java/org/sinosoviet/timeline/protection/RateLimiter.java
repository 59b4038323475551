package org.sinosoviet.timeline.protection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts each client's requests in fixed windows. Memory stays bounded: windows that have ended are swept
 * away, and when {@code maxClients} windows are open at once new clients go uncounted until some end.
 */
class RateLimiter {

	private final int limit;

	private final Duration window;

	private final int maxClients;

	private final Clock clock;

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	RateLimiter(int limit, Duration window, int maxClients, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.maxClients = maxClients;
		this.clock = clock;
	}

	/** Counts one request by the client and says whether it is within the limit. */
	Decision acquire(String client) {
		Instant now = clock.instant();
		if (windows.size() >= maxClients && !windows.containsKey(client)) {
			windows.values().removeIf(open -> !open.end.isAfter(now));
			if (windows.size() >= maxClients) {
				return new Decision(true, limit, limit, window);
			}
		}
		Window current = windows.compute(client,
				(key, open) -> open == null || !open.end.isAfter(now) ? new Window(now.plus(window), 1)
						: new Window(open.end, open.count + 1));
		Duration reset = Duration.between(now, current.end);
		return new Decision(current.count <= limit, limit, Math.max(0, limit - current.count), reset);
	}

	int trackedClients() {
		return windows.size();
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
