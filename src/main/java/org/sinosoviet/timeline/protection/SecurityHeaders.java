package org.sinosoviet.timeline.protection;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers on every response, refusals included: no content sniffing, no framing, no referrer beyond
 * the origin, and a content security policy that lets the page at {@code /} load only its own script,
 * style and data. Swagger UI sets inline styles and uses data images, and gets a policy of its own.
 */
public class SecurityHeaders extends OncePerRequestFilter {

	/** The policy of the page at {@code /} and of every API answer. */
	public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	/** The policy of Swagger UI. */
	public static final String DOCUMENTATION_POLICY = "default-src 'none'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		apply(response, request.getRequestURI().startsWith("/swagger-ui") ? DOCUMENTATION_POLICY : POLICY);
		chain.doFilter(request, response);
	}

	static void apply(HttpServletResponse response, String policy) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Content-Security-Policy", policy);
	}

}
