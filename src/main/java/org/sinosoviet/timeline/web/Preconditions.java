package org.sinosoviet.timeline.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.sinosoviet.timeline.failure.Echo;
import org.sinosoviet.timeline.failure.Failure;
import org.sinosoviet.timeline.failure.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * Conditional writes. A resource's ETag carries its version ({@code "v7-…"}); a client changes or deletes
 * it by sending that ETag back in {@code If-Match}. Without {@code If-Match} the write is refused with
 * 428, and with an ETag of an older version with 412, so that no one overwrites a change they have not
 * seen.
 */
public final class Preconditions {

	private static final Pattern VERSION_TAG = Pattern.compile("\"v(\\d{1,18})(?:-[^\"]*)?\"");

	private Preconditions() {
	}

	/**
	 * Checks a conditional write against the version the resource has: {@code If-Match} must carry its ETag,
	 * or {@code *} for whatever version is there.
	 * @throws PreconditionRequiredException without {@code If-Match}
	 * @throws PreconditionFailedException when no entity tag in it matches the current version
	 */
	public static void check(@Nullable String ifMatch, long currentVersion) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		if (ifMatch.strip().equals("*")) {
			return;
		}
		for (String tag : ifMatch.split(",")) {
			Matcher matcher = VERSION_TAG.matcher(tag.strip());
			// If-Match compares strongly: a weak tag (W/"...") never matches.
			if (matcher.matches() && Long.parseLong(matcher.group(1)) == currentVersion) {
				return;
			}
		}
		throw new PreconditionFailedException("If-Match (" + Echo.of(ifMatch, 80)
				+ ") does not match the current version of this resource, " + currentVersion
				+ ". Fetch it again for its ETag and reapply the change.");
	}

	/** A conditional write without {@code If-Match}: 428. */
	public static class PreconditionRequiredException extends Failure {

		PreconditionRequiredException() {
			super(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
					"This write needs an If-Match header carrying the resource's current ETag "
					+ "(or * to overwrite whatever is there).");
		}

	}

	/** A conditional write whose {@code If-Match} does not match: 412. */
	public static class PreconditionFailedException extends Failure {

		PreconditionFailedException(String message) {
			super(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED, "Precondition failed", message);
		}

	}

}
