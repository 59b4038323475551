package org.sinosoviet.timeline.failure;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

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

	public static final URI URI_TOO_LONG = URI.create("/problems/uri-too-long");

	public static final URI HEADERS_TOO_LARGE = URI.create("/problems/headers-too-large");

	public static final URI TOO_MANY_REQUESTS = URI.create("/problems/too-many-requests");

	public static final URI SERVER_ERROR = URI.create("/problems/server-error");

	public static final URI METHOD_NOT_ALLOWED = URI.create("/problems/method-not-allowed");

	public static final URI NOT_ACCEPTABLE = URI.create("/problems/not-acceptable");

	public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("/problems/unsupported-media-type");

	/** What each problem type means and what a client can do about it, served at its URI. */
	public static final List<Explanation> EXPLANATIONS = List.of(
			new Explanation(INVALID_PARAMETERS, 400, "Invalid request parameters",
					"A query parameter is unknown, malformed or out of range, or the query string is not valid "
							+ "percent-encoded UTF-8. invalidParams names each one, with the reason and, for a "
							+ "fixed set of values, the accepted ones."),
			new Explanation(INVALID_BODY, 400, "Invalid request body",
					"The body is not JSON, has a field the resource does not have, or has fields that fail "
							+ "validation. invalidFields names each bad field, with the reason."),
			new Explanation(NOT_FOUND, 404, "Resource not found", "No resource has this slug or path."),
			new Explanation(CONFLICT, 409, "Conflict", "The slug is taken, or the resource is still named by "
					+ "others (they are listed); change those first."),
			new Explanation(PRECONDITION_REQUIRED, 428, "Precondition required",
					"Changes need If-Match with the ETag of the version being changed (or * to overwrite "
							+ "whatever is there)."),
			new Explanation(PRECONDITION_FAILED, 412, "Precondition failed",
					"The resource has changed since the ETag in If-Match was read. Read it again and reapply "
							+ "the change."),
			new Explanation(PAYLOAD_TOO_LARGE, 413, "Request body too large",
					"The body is larger than the service accepts (64 KB unless configured)."),
			new Explanation(URI_TOO_LONG, 414, "URI too long", "The path and query string together are longer "
					+ "than the service accepts (2,048 characters unless configured)."),
			new Explanation(HEADERS_TOO_LARGE, 431, "Request headers too large",
					"The request line and headers together are larger than the service accepts (10 KB unless "
							+ "configured)."),
			new Explanation(UNAUTHORIZED, 401, "Unauthorized", "Changes need the curator's credentials over "
					+ "HTTP Basic. Reads need none."),
			new Explanation(FORBIDDEN, 403, "Forbidden", "These credentials may not make this change, or a "
					+ "browser on another origin tried to change the timeline: cross-origin requests may only read."),
			new Explanation(TOO_MANY_REQUESTS, 429, "Too many requests",
					"This client has made too many requests, or failed to log in too often. Retry-After says "
							+ "how many seconds to wait."),
			new Explanation(METHOD_NOT_ALLOWED, 405, "Method not allowed",
					"This resource does not take this method; Allow lists the ones it takes."),
			new Explanation(NOT_ACCEPTABLE, 406, "Not acceptable", "None of the representations asked for (by "
					+ "format= or Accept) is available for this resource; the detail lists the ones that are."),
			new Explanation(UNSUPPORTED_MEDIA_TYPE, 415, "Unsupported media type", "The body is not of a media "
					+ "type this write takes: application/json for POST and PUT, application/merge-patch+json "
					+ "for PATCH."),
			new Explanation(SERVER_ERROR, 500, "Internal server error",
					"The service failed to answer. The failure is logged; the request may be retried."));

	public static Optional<Explanation> explain(String name) {
		return EXPLANATIONS.stream().filter(explanation -> explanation.type().getPath().equals("/problems/" + name))
			.findFirst();
	}

	/** One problem type: its URI, the status it comes with, its title and what it means. */
	public record Explanation(@Schema(type = "string", format = "uri-reference", example = "/problems/not-found") URI type,
			int status, String title, String description) {
	}

	private ProblemTypes() {
	}

}
