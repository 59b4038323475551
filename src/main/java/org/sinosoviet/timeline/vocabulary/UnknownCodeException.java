package org.sinosoviet.timeline.vocabulary;

import java.util.List;

/**
 * A code that names no constant of its enumeration. It carries the codes that are accepted, so that
 * a client can be told what to send instead.
 */
public class UnknownCodeException extends IllegalArgumentException {

	private final List<String> accepted;

	public UnknownCodeException(String code, List<String> accepted) {
		super("'" + (code == null ? "" : code) + "' is not one of the accepted values");
		this.accepted = List.copyOf(accepted);
	}

	public List<String> accepted() {
		return accepted;
	}

}
