package org.sinosoviet.timeline.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The headers on every response, refusals included, written by Spring Security's header writers: no content
 * sniffing, no framing, no referrer beyond the origin, and a content security policy that lets the page at
 * {@code /} load only its own script, style and data. Swagger UI sets inline styles and uses data images,
 * and gets a policy of its own.
 */
public final class SecurityHeaders {

	/** The policy of the page at {@code /} and of every API answer. */
	public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	/** The policy of Swagger UI. */
	public static final String DOCUMENTATION_POLICY = "default-src 'none'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private static final RequestMatcher DOCUMENTATION = new OrRequestMatcher(pathPattern("/swagger-ui/**"),
			pathPattern("/swagger-ui.html"));

	private SecurityHeaders() {
	}

	/**
	 * Written before the request goes on (eagerly), so that they are there whoever answers, and so that the
	 * response cache keeps them with the answer. {@code Cache-Control} is the reads' own (public, revalidated).
	 */
	public static void configure(HeadersConfigurer<HttpSecurity> headers) {
		headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
			@Override
			public <O extends HeaderWriterFilter> O postProcess(O filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}
		})
			.cacheControl(cache -> cache.disable())
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(DOCUMENTATION,
					new ContentSecurityPolicyHeaderWriter(DOCUMENTATION_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(DOCUMENTATION),
					new ContentSecurityPolicyHeaderWriter(POLICY)));
	}

	/**
	 * For the answers no security chain writes headers for: those Tomcat gives on its own, before any filter
	 * runs, and the error page, which the container's error dispatch reaches with its headers reset.
	 */
	public static void apply(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Content-Security-Policy", POLICY);
	}

}
