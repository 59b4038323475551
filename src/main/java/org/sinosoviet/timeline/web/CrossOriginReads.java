package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin access for browsers: any origin may read (GET and HEAD, and the headers a client needs:
 * {@code Link}, {@code ETag}, the rate limit's), no origin may write. It runs before security, once for
 * every resource, and refuses a cross-origin write, or its preflight, with a 403 problem document.
 */
final class CrossOriginReads extends CorsFilter {

	private static final byte[] REFUSAL = ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
			+ "\"detail\":\"Cross-origin requests may only read (GET and HEAD); changes must come from the same "
			+ "origin or from outside a browser.\"}")
		.getBytes(StandardCharsets.UTF_8);

	CrossOriginReads() {
		super(source());
		setCorsProcessor(new DefaultCorsProcessor() {
			@Override
			protected void rejectRequest(ServerHttpResponse response) throws IOException {
				response.setStatusCode(HttpStatus.FORBIDDEN);
				response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
				response.getBody().write(REFUSAL);
				response.flush();
			}
		});
	}

	private static UrlBasedCorsConfigurationSource source() {
		CorsConfiguration reads = new CorsConfiguration();
		reads.addAllowedOrigin("*");
		reads.setAllowedMethods(List.of("GET", "HEAD"));
		reads.addAllowedHeader("*");
		reads.setExposedHeaders(List.of(HttpHeaders.LINK, HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER, "RateLimit-Limit",
				"RateLimit-Remaining", "RateLimit-Reset"));
		reads.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", reads);
		return source;
	}

}
