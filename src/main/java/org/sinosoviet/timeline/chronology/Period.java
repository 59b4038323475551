package org.sinosoviet.timeline.chronology;

import java.time.LocalDate;

/**
 * An inclusive interval of days asked about by a client: {@code from} widened to its first day,
 * {@code to} to its last, either end open when not given. Something dated matches when its own
 * interval overlaps this one.
 */
public record Period(HistoricalDate from, HistoricalDate to) {

	public static final Period ALL = new Period(null, null);

	public Period {
		if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
	}

	public LocalDate firstDay() {
		return from == null ? null : from.firstDay();
	}

	public LocalDate lastDay() {
		return to == null ? null : to.lastDay();
	}

	public boolean isUnbounded() {
		return from == null && to == null;
	}

	public boolean overlaps(LocalDate first, LocalDate last) {
		return (from == null || !last.isBefore(from.firstDay())) && (to == null || !first.isAfter(to.lastDay()));
	}

}
