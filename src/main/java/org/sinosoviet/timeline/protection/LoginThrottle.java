package org.sinosoviet.timeline.protection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers failed logins per client and username. After {@code maxFailures} failures within the lockout
 * period the pair is locked out for that period, correct password or not, which turns guessing a password
 * into years of work. Keying by client as well as username keeps a stranger from locking the curator out
 * everywhere.
 */
public class LoginThrottle {

	private static final int MAX_TRACKED = 100_000;

	private final int maxFailures;

	private final Duration lockout;

	private final Clock clock;

	private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.clock = clock;
	}

	/** How long the client must wait before trying this username again; zero when it may try now. */
	public Duration lockedFor(String client, String username) {
		Failures recorded = failures.get(key(client, username));
		Instant now = clock.instant();
		if (recorded == null || recorded.count < maxFailures || !recorded.until.isAfter(now)) {
			return Duration.ZERO;
		}
		return Duration.between(now, recorded.until);
	}

	public void failed(String client, String username) {
		Instant now = clock.instant();
		if (failures.size() >= MAX_TRACKED) {
			failures.values().removeIf(recorded -> !recorded.until.isAfter(now));
		}
		failures.compute(key(client, username), (key, recorded) -> recorded == null || !recorded.until.isAfter(now)
				? new Failures(1, now.plus(lockout)) : new Failures(recorded.count + 1, now.plus(lockout)));
	}

	public void succeeded(String client, String username) {
		failures.remove(key(client, username));
	}

	private static String key(String client, String username) {
		return client + '\n' + username;
	}

	private record Failures(int count, Instant until) {
	}

}
