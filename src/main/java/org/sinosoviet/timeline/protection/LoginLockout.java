package org.sinosoviet.timeline.protection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts failed logins per account in the database, so that every instance on it, and every restart,
 * sees the same count. After {@code maxFailures} failures within the lockout period the account is locked
 * for that period, correct password or not, whichever instance is asked and whatever address the guesses
 * come from. Only accounts that exist are counted: a guess at an unknown username leaves nothing behind,
 * so the table holds at most one row per curator account.
 */
public class LoginLockout {

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration lockout;

	private final Clock clock;

	LoginLockout(JdbcClient jdbc, int maxFailures, Duration lockout, Clock clock) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.clock = clock;
	}

	/** How long the account stays locked; zero when it may log in now. */
	public Duration lockedFor(String account) {
		Instant now = clock.instant();
		Optional<Failures> recorded = jdbc
			.sql("select failures, last_failed_at from login_failure where username = :account")
			.param("account", account)
			.query((row, number) -> new Failures(row.getInt(1),
					row.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
		if (recorded.isEmpty() || recorded.get().count() < maxFailures) {
			return Duration.ZERO;
		}
		Instant until = recorded.get().last().plus(lockout);
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}

	/** Counts a failure; one older than the lockout period starts the count again. */
	public void failed(String account) {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		if (increment(account, now) > 0) {
			return;
		}
		try {
			jdbc.sql("insert into login_failure (username, failures, last_failed_at) values (:account, 1, :now)")
				.param("account", account)
				.param("now", now)
				.update();
		}
		catch (DuplicateKeyException raced) {
			// Another instance recorded the first failure at the same moment.
			increment(account, now);
		}
	}

	/** Forgets the account's failures. */
	public void succeeded(String account) {
		jdbc.sql("delete from login_failure where username = :account").param("account", account).update();
	}

	private int increment(String account, OffsetDateTime now) {
		return jdbc
			.sql("update login_failure set failures = case when last_failed_at > :forgotten then failures + 1 else 1 end, "
					+ "last_failed_at = :now where username = :account")
			.param("forgotten", now.minus(lockout))
			.param("now", now)
			.param("account", account)
			.update();
	}

	private record Failures(int count, Instant last) {
	}

}
