package org.sinosoviet.timeline.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.InvalidDateException;
import org.sinosoviet.timeline.vocabulary.CodedValue;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.vocabulary.UnknownCodeException;

/**
 * Parses the fields of a request body that Bean Validation cannot check, collecting a problem for each bad
 * one instead of stopping at the first, so that a curator hears of every mistake at once.
 */
public final class BodyFields {

	private BodyFields() {
	}

	/** The coded value, or {@code null} when absent or unknown (then with a problem listing the codes). */
	public static <E extends Enum<E> & CodedValue> @Nullable E code(String field, @Nullable String value,
			Class<E> type, List<InvalidValue> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return CodedValue.fromCode(type, value);
		}
		catch (UnknownCodeException ex) {
			problems.add(new InvalidValue(field, ex.getMessage(), ex.accepted()));
			return null;
		}
	}

	/** The date at its precision, or {@code null} when absent or impossible (then with a problem). */
	public static @Nullable HistoricalDate date(String field, @Nullable String value, List<InvalidValue> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return HistoricalDate.parse(value);
		}
		catch (InvalidDateException ex) {
			problems.add(new InvalidValue(field, ex.getMessage()));
			return null;
		}
	}

}
