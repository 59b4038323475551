package org.sinosoviet.timeline.protection;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.sinosoviet.timeline.web.ProblemWriter;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit when it is switched on: each client's requests counted per window, the answer over the
 * limit, and memory bounded whatever the number of clients.
 */
class RateLimitFilterTest {

	private final MutableClock clock = new MutableClock();

	private final RateLimitFilter filter = new RateLimitFilter(new RateLimiter(3, Duration.ofSeconds(60), 1000, clock),
			new ProblemWriter(JsonMapper.builder().build()));

	@Test
	void letsAClientMakeTheAllowedRequestsAndSaysHowManyRemain() throws Exception {
		for (int remaining = 2; remaining >= 0; remaining--) {
			MockHttpServletResponse response = call("203.0.113.7", "/events");

			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("RateLimit-Limit")).isEqualTo("3");
			assertThat(response.getHeader("RateLimit-Remaining")).isEqualTo(Integer.toString(remaining));
			assertThat(response.getHeader("RateLimit-Reset")).isEqualTo("60");
		}
	}

	@Test
	void answersTheNextWith429AndRetryAfter() throws Exception {
		for (int i = 0; i < 3; i++) {
			call("203.0.113.7", "/events");
		}
		clock.advance(Duration.ofSeconds(15));

		MockHttpServletResponse refused = call("203.0.113.7", "/events");

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("45");
		assertThat(refused.getHeader("RateLimit-Remaining")).isEqualTo("0");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":429", "/problems/too-many-requests");
	}

	@Test
	void countsEachClientApartAndStartsAgainInTheNextWindow() throws Exception {
		for (int i = 0; i < 4; i++) {
			call("203.0.113.7", "/events");
		}
		assertThat(call("198.51.100.2", "/events").getStatus()).isEqualTo(200);

		clock.advance(Duration.ofSeconds(60));

		assertThat(call("203.0.113.7", "/events").getStatus()).isEqualTo(200);
	}

	@Test
	void neverLimitsHealthProbes() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(call("203.0.113.7", "/actuator/health/readiness").getStatus()).isEqualTo(200);
		}
	}

	@Test
	void exemptsOnlyTheHealthProbesThemselves() throws Exception {
		for (int i = 0; i < 3; i++) {
			call("203.0.113.9", "/actuator/health-and-more");
		}
		assertThat(call("203.0.113.9", "/actuator/health/readiness/more").getStatus()).isEqualTo(429);
		assertThat(call("203.0.113.9", "/actuator/healthz").getStatus()).isEqualTo(429);
		assertThat(call("203.0.113.9", "/actuator/health/liveness").getStatus()).isEqualTo(200);
	}

	@Test
	void tracksABoundedNumberOfClients() {
		RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), 100, clock);
		for (int i = 0; i < 1000; i++) {
			limiter.acquire("client-" + i);
		}
		assertThat(limiter.trackedClients()).isLessThanOrEqualTo(100);

		clock.advance(Duration.ofSeconds(61));
		limiter.acquire("newcomer");

		assertThat(limiter.trackedClients()).isEqualTo(1);
	}

	private MockHttpServletResponse call(String client, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(client);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
