package org.sinosoviet.timeline.protection;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The headers on every response, refusals included, as Spring Security's header writers set them: no content
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

	private SecurityHeaders() {
	}

	/** The same headers on the answers Tomcat writes itself ({@link ProblemReportValve}), which no filter sees. */
	static void apply(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Content-Security-Policy", POLICY);
	}

	/** Only these headers: Security's defaults also forbid caching, which every read here allows. */
	public static Customizer<HeadersConfigurer<HttpSecurity>> policy() {
		RequestMatcher documentation = pathPattern("/swagger-ui/**");
		return headers -> headers.defaultsDisabled()
			.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(documentation,
					new ContentSecurityPolicyHeaderWriter(DOCUMENTATION_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(documentation),
					new ContentSecurityPolicyHeaderWriter(POLICY)));
	}

}
