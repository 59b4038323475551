package org.sinosoviet.timeline.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.sinosoviet.timeline.vocabulary.InvalidValue;

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
		String names = String.join(", ", parameters.stream().map(InvalidValue::name).distinct().toList());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				parameters.size() == 1 ? "The request parameter " + names + " is invalid."
						: "The request parameters " + names + " are invalid.");
		problem.setType(ProblemTypes.INVALID_PARAMETERS);
		problem.setTitle("Invalid request parameters");
		problem.setProperty("invalidParams", parameters);
		return problem;
	}

	public static ProblemDetail serverError() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The server could not answer this request. The failure has been logged.");
		problem.setType(ProblemTypes.SERVER_ERROR);
		problem.setTitle("Internal server error");
		return problem;
	}

	public static String titleOf(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return known == null ? "HTTP " + status.value() : known.getReasonPhrase();
	}

	static String abbreviate(@Nullable Object value) {
		String text = String.valueOf(value);
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

}
