package org.sinosoviet.timeline.web;

import org.jspecify.annotations.Nullable;

/**
 * What text the timeline can store and send back: well-formed Unicode without NUL. A lone UTF-16
 * surrogate cannot be encoded (PostgreSQL turns it into {@code ?}, and JSON readers and browsers fail on
 * it), and PostgreSQL refuses NUL in text outright, so both are refused at the edge, on every database.
 */
public final class StoredText {

	private StoredText() {
	}

	/** Why the text cannot be stored, or {@code null} when it can. */
	public static @Nullable String objectionTo(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				return "contains a NUL character (U+0000)";
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "contains a lone UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase() + ")";
			}
		}
		return null;
	}

}
