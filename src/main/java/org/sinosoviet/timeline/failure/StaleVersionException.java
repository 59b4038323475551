package org.sinosoviet.timeline.failure;

/**
 * A write based on a version of the resource that is no longer current: someone changed it since.
 */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String what, long currentVersion) {
		super(what + " has changed since that version; it is now at version " + currentVersion
				+ ". Fetch it again and reapply the change.");
	}

}
