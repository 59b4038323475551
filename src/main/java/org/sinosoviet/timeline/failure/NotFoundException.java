package org.sinosoviet.timeline.failure;

/**
 * A resource addressed by a slug that does not exist.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String slug) {
		super("There is no " + kind + " '" + slug + "'.");
	}

}
