package org.sinosoviet.timeline.protection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sinosoviet.timeline.web.ProblemTypes;
import org.sinosoviet.timeline.web.ProblemWriter;
import org.sinosoviet.timeline.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of HTTP Basic authentication: a client locked out for a username is answered 429 with
 * {@code Retry-After} without its password being checked, and every answer to a login is recorded.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

	private static final String BASIC = "basic ";

	private final LoginThrottle throttle;

	private final ProblemWriter problems;

	public LoginThrottleFilter(LoginThrottle throttle, ProblemWriter problems) {
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		String client = request.getRemoteAddr();
		Duration wait = throttle.lockedFor(client, username);
		if (!wait.isZero()) {
			long seconds = Math.max(1, wait.toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS,
					ProblemTypes.TOO_MANY_REQUESTS, "Too many failed logins",
					"Too many failed logins from this client; try again in " + seconds + " s."));
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			log.warn("Failed curator login as '{}' from {}", abbreviate(username), client);
			throttle.failed(client, username);
		}
		else {
			throttle.succeeded(client, username);
		}
	}

	/** The username of HTTP Basic credentials, or {@code null} when there are none or they cannot be read. */
	static String basicUsername(String authorization) {
		if (authorization == null || authorization.length() < BASIC.length()
				|| !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String abbreviate(String username) {
		String printable = username.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
	}

}
