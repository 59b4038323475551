package org.sinosoviet.timeline.web;

import java.net.URI;

/**
 * The problem types this API reports beyond plain HTTP statuses (which use {@code about:blank}).
 * Each URI resolves, relative to the API's own address, to a page that explains it.
 */
public final class ProblemTypes {

	public static final URI INVALID_PARAMETERS = URI.create("/problems/invalid-parameters");

	public static final URI INVALID_BODY = URI.create("/problems/invalid-body");

	public static final URI NOT_FOUND = URI.create("/problems/not-found");

	public static final URI CONFLICT = URI.create("/problems/conflict");

	public static final URI PRECONDITION_REQUIRED = URI.create("/problems/precondition-required");

	public static final URI PRECONDITION_FAILED = URI.create("/problems/precondition-failed");

	public static final URI PAYLOAD_TOO_LARGE = URI.create("/problems/payload-too-large");

	public static final URI UNAUTHORIZED = URI.create("/problems/unauthorized");

	public static final URI FORBIDDEN = URI.create("/problems/forbidden");

	public static final URI TOO_MANY_REQUESTS = URI.create("/problems/too-many-requests");

	public static final URI SERVER_ERROR = URI.create("/problems/server-error");

	private ProblemTypes() {
	}

}
