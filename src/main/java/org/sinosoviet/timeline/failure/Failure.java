package org.sinosoviet.timeline.failure;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure that is its own problem document: status, type, title and detail, which Spring MVC's
 * {@code ResponseEntityExceptionHandler} answers with as it is. Its message is the detail.
 */
public abstract class Failure extends ErrorResponseException {

	protected Failure(HttpStatus status, URI type, String title, String detail) {
		super(status, problem(status, type, title, detail), null);
	}

	private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
