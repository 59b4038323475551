package org.sinosoviet.timeline.failure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

	/**
	 * The slugs asked for that are not among the known ones, reported as one invalid parameter that lists
	 * the known slugs; empty when every slug is known.
	 */
	public static Optional<InvalidValue> unknownSlugs(String parameter, Collection<String> asked,
			Collection<String> known) {
		List<String> missing = asked.stream().filter(slug -> !known.contains(slug)).toList();
		if (missing.isEmpty()) {
			return Optional.empty();
		}
		String names = String.join(", ", missing.stream().map(InvalidValue::quoted).toList());
		return Optional.of(new InvalidValue(parameter,
				"unknown " + parameter + (missing.size() == 1 ? " " : "s ") + names, List.copyOf(known)));
	}

	private static String quoted(String slug) {
		return "'" + (slug.length() <= 60 ? slug : slug.substring(0, 60) + "…") + "'";
	}

}
