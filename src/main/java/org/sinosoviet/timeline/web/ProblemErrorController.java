package org.sinosoviet.timeline.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.failure.ProblemTypes;

import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Boot's last line of error handling (errors from filters, the container's own {@code sendError}),
 * answering with a problem document like every other error instead of Boot's default JSON or page.
 */
@RestController
@Hidden
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends AbstractErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes) {
		super(errorAttributes);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
		SecurityHeaders.apply(response);
		// Asked for directly rather than forwarded to with an error: an address like any other that has
		// nothing at it.
		HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND
				: getStatus(request);
		ProblemDetail problem;
		if (status.is5xxServerError()) {
			problem = Problems.serverError();
			problem.setStatus(status);
		}
		else {
			problem = ProblemDetail.forStatus(status);
			problem.setTitle(Problems.titleOf(status));
			problem.setDetail(detailFor(status));
			if (status == HttpStatus.NOT_FOUND) {
				problem.setType(ProblemTypes.NOT_FOUND);
			}
		}
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String uri) {
			try {
				problem.setInstance(URI.create(uri));
			}
			catch (IllegalArgumentException ex) {
				// a URI the container accepted but java.net.URI does not: leave instance out
			}
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String detailFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address. The API is described at /v3/api-docs.";
			case UNAUTHORIZED -> "This request needs a curator's credentials.";
			case FORBIDDEN -> "These credentials may not do this.";
			default -> "The request could not be answered: " + status.getReasonPhrase() + ".";
		};
	}

}
