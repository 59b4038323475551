package org.sinosoviet.timeline.failure;

import org.jspecify.annotations.Nullable;

/**
 * What an answer repeats of a client's own input (a bad value, a parameter's name, an ETag): at most a
 * few dozen characters, cut between characters rather than inside one, so that a problem document never
 * grows with the input nor carries half a surrogate pair.
 */
public final class Echo {

	private static final int SHORT = 40;

	private Echo() {
	}

	/** The value as text, cut to 40 characters with an ellipsis. */
	public static String of(@Nullable Object value) {
		return of(value, SHORT);
	}

	/** The value as text, cut to {@code max} characters with an ellipsis. */
	public static String of(@Nullable Object value, int max) {
		String text = String.valueOf(value);
		if (text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
	}

}
