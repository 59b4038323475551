package org.sinosoviet.timeline.chronology;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

import org.sinosoviet.timeline.failure.Echo;

/**
 * A date at the precision the record supports, written as EDTF level 0 / ISO 8601: {@code "1960"},
 * {@code "1960-07"} or {@code "1960-07-16"}. It never pretends to know a month or a day it does not.
 * <p>
 * A date denotes an interval: {@link #firstDay()} to {@link #lastDay()}. Chronological order sorts
 * by the first day, so {@code "1960"} sorts as 1960-01-01 and before {@code "1960-07"}.
 */
public record HistoricalDate(LocalDate firstDay, Precision precision) implements Comparable<HistoricalDate> {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private static final Comparator<HistoricalDate> ORDER = Comparator.comparing(HistoricalDate::firstDay)
		.thenComparing(HistoricalDate::precision);

	public HistoricalDate {
		Objects.requireNonNull(firstDay, "firstDay");
		Objects.requireNonNull(precision, "precision");
		if (precision != Precision.DAY && firstDay.getDayOfMonth() != 1
				|| precision == Precision.YEAR && firstDay.getMonthValue() != 1) {
			throw new IllegalArgumentException(firstDay + " is not the first day of a " + precision.code());
		}
	}

	/**
	 * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, refusing impossible dates such as
	 * {@code 1969-02-30}.
	 * @throws InvalidDateException with a message fit to show a client
	 */
	public static HistoricalDate parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidDateException("a date is required, as YYYY, YYYY-MM or YYYY-MM-DD");
		}
		Matcher matcher = FORM.matcher(text.strip());
		if (!matcher.matches()) {
			throw new InvalidDateException(
					"'" + Echo.of(text) + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
		}
		int yearNumber = Integer.parseInt(matcher.group(1));
		if (yearNumber < 1) {
			throw new InvalidDateException("'" + text + "' has no year 0000");
		}
		if (matcher.group(2) == null) {
			return new HistoricalDate(LocalDate.of(yearNumber, 1, 1), Precision.YEAR);
		}
		int monthNumber = Integer.parseInt(matcher.group(2));
		if (monthNumber < 1 || monthNumber > 12) {
			throw new InvalidDateException("'" + text + "' has no month " + matcher.group(2));
		}
		if (matcher.group(3) == null) {
			return new HistoricalDate(LocalDate.of(yearNumber, monthNumber, 1), Precision.MONTH);
		}
		try {
			return new HistoricalDate(
					LocalDate.of(yearNumber, monthNumber, Integer.parseInt(matcher.group(3))), Precision.DAY);
		}
		catch (DateTimeException ex) {
			throw new InvalidDateException("'" + text + "' is not a day in the calendar");
		}
	}

	public static HistoricalDate of(LocalDate firstDay, Precision precision) {
		return new HistoricalDate(firstDay, precision);
	}

	/** The last day this date can denote: 31 December for a year, the month's last day for a month. */
	public LocalDate lastDay() {
		return precision.lastDay(firstDay);
	}

	@Override
	public int compareTo(HistoricalDate other) {
		return ORDER.compare(this, other);
	}

	@JsonValue
	@Override
	public String toString() {
		String year = String.format("%04d", firstDay.getYear());
		return switch (precision) {
			case YEAR -> year;
			case MONTH -> year + String.format("-%02d", firstDay.getMonthValue());
			case DAY -> year + String.format("-%02d-%02d", firstDay.getMonthValue(), firstDay.getDayOfMonth());
		};
	}

	/** The date as people write it, at its precision: "2 March 1969", "July 1960", "1958". */
	public String readable() {
		String month = firstDay.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		return switch (precision) {
			case YEAR -> Integer.toString(firstDay.getYear());
			case MONTH -> month + " " + firstDay.getYear();
			case DAY -> firstDay.getDayOfMonth() + " " + month + " " + firstDay.getYear();
		};
	}


}
