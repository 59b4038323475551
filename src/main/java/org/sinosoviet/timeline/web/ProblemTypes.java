package org.sinosoviet.timeline.web;

import java.net.URI;

/**
 * The problem types this API reports beyond plain HTTP statuses (which use {@code about:blank}).
 * Each URI resolves, relative to the API's own address, to a page that explains it.
 */
public final class ProblemTypes {

	public static final URI INVALID_PARAMETERS = URI.create("/problems/invalid-parameters");

	public static final URI NOT_FOUND = URI.create("/problems/not-found");

	public static final URI SERVER_ERROR = URI.create("/problems/server-error");

	private ProblemTypes() {
	}

}
