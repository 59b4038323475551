package org.sinosoviet.timeline.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

	public LocalDate firstDay() {
		return inOrder.get(0).getStart().firstDay();
	}

	public LocalDate lastDay() {
		return inOrder.get(inOrder.size() - 1).getEnd().lastDay();
	}

}
