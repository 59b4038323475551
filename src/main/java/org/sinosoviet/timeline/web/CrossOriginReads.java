package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-origin access for browsers: any origin may read (GET and HEAD, and the headers a client needs:
 * {@code Link}, {@code ETag}, the rate limit's), no origin may write. It runs before security, once for
 * every resource, and refuses a cross-origin write, or its preflight, with a 403 problem document.
 */
final class CrossOriginReads extends OncePerRequestFilter {

	private static final CorsConfiguration READS = reads();

	/** Leaves the refusal's body to the problem writer. */
	private static final DefaultCorsProcessor PROCESSOR = new DefaultCorsProcessor() {
		@Override
		protected void rejectRequest(ServerHttpResponse response) {
			response.setStatusCode(HttpStatus.FORBIDDEN);
		}
	};

	private final ProblemWriter problems;

	CrossOriginReads(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!PROCESSOR.processRequest(READS, request, response)) {
			problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
					"Cross-origin requests may only read (GET and HEAD); changes must come from the same origin "
							+ "or from outside a browser."));
			return;
		}
		if (CorsUtils.isPreFlightRequest(request)) {
			return;
		}
		chain.doFilter(request, response);
	}

	private static CorsConfiguration reads() {
		CorsConfiguration reads = new CorsConfiguration();
		reads.addAllowedOrigin("*");
		reads.setAllowedMethods(List.of("GET", "HEAD"));
		reads.addAllowedHeader("*");
		reads.setExposedHeaders(List.of(HttpHeaders.LINK, HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER, "RateLimit-Limit",
				"RateLimit-Remaining", "RateLimit-Reset"));
		reads.setMaxAge(3600L);
		return reads;
	}

}
