package org.sinosoviet.timeline.failure;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A write that would break the dataset's integrity: a slug already taken, or a resource still in use.
 */
public class ConflictException extends Failure {

	public ConflictException(String message) {
		super(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", message);
	}

	/** Names the first few of {@code slugs} for a message: {@code 2 events (a, b)}, {@code 12 events (a, b, c, ...)}. */
	public static String listed(List<String> slugs, String noun) {
		int shown = Math.min(slugs.size(), 5);
		return slugs.size() + " " + noun + (slugs.size() == 1 ? "" : "s") + " ("
				+ String.join(", ", slugs.subList(0, shown)) + (slugs.size() > shown ? ", ..." : "") + ")";
	}

}
