package org.sinosoviet.timeline.chronology;

import java.time.LocalDate;

import org.sinosoviet.timeline.vocabulary.CodedValue;

/**
 * How much of a date the record supports: a year, a month or a day.
 */
public enum Precision implements CodedValue {

	YEAR, MONTH, DAY;

	@Override
	public String code() {
		return CodedValue.codeOf(this);
	}

	LocalDate lastDay(LocalDate firstDay) {
		return switch (this) {
			case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
			case MONTH -> firstDay.withDayOfMonth(firstDay.lengthOfMonth());
			case DAY -> firstDay;
		};
	}

}
