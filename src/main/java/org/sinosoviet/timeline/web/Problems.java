package org.sinosoviet.timeline.web;

import java.net.URI;
import java.util.List;

import org.sinosoviet.timeline.failure.ProblemTypes;
import org.sinosoviet.timeline.failure.Echo;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.failure.InvalidValuesException.Origin;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem documents this API writes, built in one place so that they read alike.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail invalidParameters(List<InvalidValue> parameters) {
		return invalid(Origin.PARAMETERS, parameters);
	}

	/**
	 * Bad query parameters are listed in {@code invalidParams}, bad body fields in {@code invalidFields}; each
	 * entry has the name, the reason and, for a fixed set of values, the accepted ones.
	 */
	public static ProblemDetail invalid(Origin origin, List<InvalidValue> values) {
		String names = String.join(", ", values.stream().map(InvalidValue::name).distinct().toList());
		boolean body = origin == Origin.BODY;
		String noun = body ? (values.size() == 1 ? "field" : "fields")
				: (values.size() == 1 ? "request parameter" : "request parameters");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The " + noun + " " + names + (values.size() == 1 ? " is" : " are") + " invalid.");
		problem.setType(body ? ProblemTypes.INVALID_BODY : ProblemTypes.INVALID_PARAMETERS);
		problem.setTitle(body ? "Invalid request body" : "Invalid request parameters");
		problem.setProperty(body ? "invalidFields" : "invalidParams", values);
		return problem;
	}

	public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail serverError() {
		return of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.SERVER_ERROR, "Internal server error",
				"The server could not answer this request. The failure has been logged.");
	}

	public static String titleOf(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return known == null ? "HTTP " + status.value() : known.getReasonPhrase();
	}

}
