package org.sinosoviet.timeline.protection;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.ProblemTypes;
import org.sinosoviet.timeline.web.ProblemWriter;
import org.sinosoviet.timeline.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing the security chains do after writing the security headers: a URL or a path
 * segment over the limits, or a query string that is not valid percent-encoded UTF-8, is answered with a 4xx
 * problem before any other work is done. The size of the request line and headers is Tomcat's to limit
 * ({@code server.max-http-request-header-size}), answered by {@link ProblemReportValve}.
 */
class RequestLimitsFilter extends OncePerRequestFilter {

	private final LimitsProperties limits;

	private final ProblemWriter problems;

	RequestLimitsFilter(LimitsProperties limits, ProblemWriter problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		int urlLength = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
		if (urlLength > limits.maxUrlLength()) {
			problems.write(request, response, Problems.of(HttpStatus.URI_TOO_LONG, ProblemTypes.URI_TOO_LONG,
					"URI too long", "The URL is " + urlLength + " characters long; the limit is "
							+ limits.maxUrlLength() + "."));
			return;
		}
		if (hasLongSegment(request.getRequestURI(), limits.maxSlugLength())) {
			problems.write(request, response, Problems.invalidParameters(List.of(new InvalidValue("slug",
					"is longer than " + limits.maxSlugLength() + " characters"))));
			return;
		}
		if (query != null) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException | IllegalArgumentException ex) {
				// Tomcat reports a query string it cannot decode when the parameters are first read.
				problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST,
						ProblemTypes.INVALID_PARAMETERS, "Invalid request parameters",
						"The query string is not valid percent-encoded UTF-8."));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** Whether a segment of the path is longer than the limit, without splitting it on every request. */
	private static boolean hasLongSegment(String path, int limit) {
		int start = 0;
		for (int i = 0; i <= path.length(); i++) {
			if (i == path.length() || path.charAt(i) == '/') {
				if (i - start > limit) {
					return true;
				}
				start = i + 1;
			}
		}
		return false;
	}

}
