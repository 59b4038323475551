package org.sinosoviet.timeline.web;

/**
 * What a slug a curator sends must look like: lower-case letters and digits in words joined by single
 * hyphens ({@code zhenbao-island-clash}), as every slug of the dataset does.
 */
public final class SlugRule {

	/** For {@code @Pattern(regexp = ...)}. */
	public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

	/** The reason given for a slug that breaks it. */
	public static final String MESSAGE = "must be lower-case letters and digits in words joined by single hyphens";

	private SlugRule() {
	}

}
