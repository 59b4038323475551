package org.sinosoviet.timeline.vocabulary;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One value a client sent that cannot be used: the parameter or field that carried it, why it was
 * refused and, where it must be one of a known set, the values that are accepted.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InvalidValue(String name, String reason, List<String> accepted) {

	public InvalidValue {
		accepted = accepted == null ? List.of() : List.copyOf(accepted);
	}

	public InvalidValue(String name, String reason) {
		this(name, reason, List.of());
	}

}
