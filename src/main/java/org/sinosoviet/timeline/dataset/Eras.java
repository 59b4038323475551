package org.sinosoviet.timeline.dataset;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sinosoviet.timeline.failure.InvalidValue;

/**
 * The four eras in order, and the rule that places a date in one of them.
 */
public record Eras(List<Era> inOrder) {

	public Eras {
		inOrder = List.copyOf(inOrder);
	}

	/** The era a day falls in: the boundary day belongs to the era it ends. */
	public Optional<Era> containing(LocalDate day) {
		for (int i = 0; i < inOrder.size(); i++) {
			if (inOrder.get(i).holds(day, i == 0)) {
				return Optional.of(inOrder.get(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * The problem with a filter's {@code era} parameter: the slugs that are no era, with the eras there are;
	 * empty when every slug is one.
	 */
	public Optional<InvalidValue> unknown(Collection<String> slugs) {
		return InvalidValue.unknownSlugs("era", slugs, slugs());
	}

	/** The ids of the eras with these slugs, for a query. */
	public List<Long> idsOf(Collection<String> slugs) {
		return inOrder.stream().filter(era -> slugs.contains(era.getSlug())).map(Era::getId).toList();
	}

	/** Every era's slug, in order. */
	public List<String> slugs() {
		return inOrder.stream().map(Era::getSlug).toList();
	}

	public LocalDate firstDay() {
		return inOrder.get(0).getStart().firstDay();
	}

	public LocalDate lastDay() {
		return inOrder.get(inOrder.size() - 1).getEnd().lastDay();
	}

}
