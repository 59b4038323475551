package org.sinosoviet.timeline.chronology;

/**
 * A date a client sent that is not a date at all, or not one in the calendar.
 */
public class InvalidDateException extends IllegalArgumentException {

	public InvalidDateException(String message) {
		super(message);
	}

}
