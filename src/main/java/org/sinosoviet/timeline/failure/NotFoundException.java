package org.sinosoviet.timeline.failure;

import org.springframework.http.HttpStatus;

/**
 * A resource addressed by a slug that does not exist.
 */
public class NotFoundException extends Failure {

	public NotFoundException(String kind, String slug) {
		super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Resource not found",
				"There is no " + kind + " '" + slug + "'.");
	}

}
