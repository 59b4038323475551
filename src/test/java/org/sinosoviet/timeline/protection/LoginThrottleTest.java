package org.sinosoviet.timeline.protection;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins lock one client out for one username, for a while, then are forgotten.
 */
class LoginThrottleTest {

	private final MutableClock clock = new MutableClock();

	private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

	@Test
	void locksOutAfterTheAllowedFailures() {
		throttle.failed("203.0.113.7", "ada");
		throttle.failed("203.0.113.7", "ada");
		assertThat(throttle.lockedFor("203.0.113.7", "ada")).isZero();

		throttle.failed("203.0.113.7", "ada");

		assertThat(throttle.lockedFor("203.0.113.7", "ada")).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.lockedFor("198.51.100.2", "ada")).as("another client").isZero();
		assertThat(throttle.lockedFor("203.0.113.7", "grace")).as("another username").isZero();
	}

	@Test
	void endsTheLockoutAfterItsTime() {
		for (int i = 0; i < 3; i++) {
			throttle.failed("203.0.113.7", "ada");
		}
		clock.advance(Duration.ofMinutes(10));
		assertThat(throttle.lockedFor("203.0.113.7", "ada")).isEqualTo(Duration.ofMinutes(5));

		clock.advance(Duration.ofMinutes(5));

		assertThat(throttle.lockedFor("203.0.113.7", "ada")).isZero();
		throttle.failed("203.0.113.7", "ada");
		assertThat(throttle.lockedFor("203.0.113.7", "ada")).as("counting starts again").isZero();
	}

	@Test
	void forgetsFailuresAfterASuccess() {
		throttle.failed("203.0.113.7", "ada");
		throttle.failed("203.0.113.7", "ada");
		throttle.succeeded("203.0.113.7", "ada");
		throttle.failed("203.0.113.7", "ada");

		assertThat(throttle.lockedFor("203.0.113.7", "ada")).isZero();
	}

	@Test
	void readsTheUsernameOfBasicCredentialsOnly() {
		assertThat(LoginThrottleFilter.basicUsername("Basic YWRhOnNlY3JldA==")).isEqualTo("ada");
		assertThat(LoginThrottleFilter.basicUsername("basic YWRhOnNlY3JldA==")).isEqualTo("ada");
		assertThat(LoginThrottleFilter.basicUsername("Bearer abc")).isNull();
		assertThat(LoginThrottleFilter.basicUsername("Basic !!!")).isNull();
		assertThat(LoginThrottleFilter.basicUsername("Basic bm9jb2xvbg==")).as("no colon").isNull();
		assertThat(LoginThrottleFilter.basicUsername(null)).isNull();
	}

}
