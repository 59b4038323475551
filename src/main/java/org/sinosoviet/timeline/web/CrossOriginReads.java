package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Cross-origin access for browsers, as Spring Security's CORS filter applies it: any origin may read (GET
 * and HEAD, and see the headers a client needs: {@code Link}, {@code ETag}, the rate limit's), no origin
 * may write. A cross-origin write, or its preflight, is refused with a 403 problem document.
 */
public final class CrossOriginReads {

	private CrossOriginReads() {
	}

	/** The same policy for every resource. */
	public static CorsConfigurationSource source() {
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

	/** Spring's processor, with a problem document for the refusal instead of its plain-text one. */
	public static CorsProcessor processor(ProblemWriter problems) {
		return new DefaultCorsProcessor() {

			@Override
			public boolean processRequest(CorsConfiguration configuration, HttpServletRequest request,
					HttpServletResponse response) throws IOException {
				if (super.processRequest(configuration, request, response)) {
					return true;
				}
				problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
						"Forbidden", "Cross-origin requests may only read (GET and HEAD); changes must come from the "
								+ "same origin or from outside a browser."));
				return false;
			}

			@Override
			protected void rejectRequest(ServerHttpResponse response) {
				response.setStatusCode(HttpStatus.FORBIDDEN);
			}

		};
	}

}
