package org.sinosoviet.timeline.protection;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limiter's table is bounded, and a full table does not let a new client through unlimited.
 */
class RateLimiterTest {

	private final MutableClock clock = new MutableClock();

	@Test
	void keepsLimitingANewClientWhenItsTableIsFull() {
		RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), 100, clock);
		for (int i = 0; i < 500; i++) {
			limiter.acquire("198.51.100." + i);
		}

		for (int i = 0; i < 3; i++) {
			assertThat(limiter.acquire("203.0.113.7").allowed()).isTrue();
		}
		assertThat(limiter.acquire("203.0.113.7").allowed()).isFalse();
	}

}
