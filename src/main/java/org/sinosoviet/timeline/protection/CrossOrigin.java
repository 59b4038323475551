package org.sinosoviet.timeline.protection;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.sinosoviet.timeline.failure.ProblemTypes;
import org.sinosoviet.timeline.web.ProblemWriter;
import org.sinosoviet.timeline.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin access for browsers: any origin may read (GET and HEAD, and the headers a client needs:
 * {@code Link}, {@code ETag}, the rate limit's), no origin may write. Spring's {@link CorsFilter} applies it
 * in the security chain ({@code .cors()}); a refused cross-origin write, or its preflight, gets a 403 problem
 * document rather than the processor's plain text.
 */
final class CrossOrigin {

	private static final CorsConfiguration READS = reads();

	private CrossOrigin() {
	}

	static CorsConfigurationSource source() {
		return request -> READS;
	}

	static CorsFilter filter(ProblemWriter problems) {
		CorsFilter filter = new CorsFilter(source());
		filter.setCorsProcessor(new DefaultCorsProcessor() {

			@Override
			public boolean processRequest(@Nullable CorsConfiguration configuration, HttpServletRequest request,
					HttpServletResponse response) throws IOException {
				if (super.processRequest(configuration, request, response)) {
					return true;
				}
				problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
						"Forbidden", "Cross-origin requests may only read (GET and HEAD); changes must come from the "
								+ "same origin or from outside a browser."));
				return false;
			}

			/** Leaves the refusal's body to the problem writer. */
			@Override
			protected void rejectRequest(ServerHttpResponse response) {
				response.setStatusCode(HttpStatus.FORBIDDEN);
			}

		});
		return filter;
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
