package org.sinosoviet.timeline.protection;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.failure.ProblemTypes;
import org.sinosoviet.timeline.web.ProblemWriter;
import org.sinosoviet.timeline.web.Problems;
import org.sinosoviet.timeline.web.SecurityHeaders;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client, by address, to a number of requests per window, and says where it stands in the
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} headers. Over the limit
 * it answers 429 with {@code Retry-After}. Health probes are never limited. The address is the connection's,
 * or behind a proxy that {@code server.tomcat.remoteip.internal-proxies} names, the one it forwards: a
 * forwarded header from anyone else is ignored.
 */
class RateLimitFilter extends OncePerRequestFilter {

	/** Exactly the probes a load balancer or orchestrator calls, and nothing else under their prefix. */
	private static final Set<String> HEALTH_PROBES = Set.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness");

	private final RateLimiter limiter;

	private final ProblemWriter problems;

	RateLimitFilter(RateLimiter limiter, ProblemWriter problems) {
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return HEALTH_PROBES.contains(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimiter.Decision decision = limiter.acquire(request.getRemoteAddr());
		response.setHeader("RateLimit-Limit", Integer.toString(decision.limit()));
		response.setHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
		response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
		if (!decision.allowed()) {
			// Before the security chain, so its refusal carries the security headers itself.
			SecurityHeaders.apply(response);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.resetSeconds()));
			problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS,
					ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", "This client has made more than "
							+ decision.limit() + " requests in the current window; try again in "
							+ decision.resetSeconds() + " s."));
			return;
		}
		chain.doFilter(request, response);
	}

}
