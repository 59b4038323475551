package org.sinosoviet.timeline.dataset;

/**
 * Checks identifiers the way their agencies define them.
 */
final class Identifiers {

	private Identifiers() {
	}

	/** An ISBN-10 or ISBN-13, digits only (an ISBN-10 may end in X), whose check digit is right. */
	static boolean isValidIsbn(String isbn) {
		if (isbn.matches("\\d{9}[\\dX]")) {
			int sum = 0;
			for (int i = 0; i < 10; i++) {
				char c = isbn.charAt(i);
				sum += (10 - i) * (c == 'X' ? 10 : c - '0');
			}
			return sum % 11 == 0;
		}
		if (isbn.matches("\\d{13}")) {
			int sum = 0;
			for (int i = 0; i < 13; i++) {
				sum += (isbn.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
			}
			return sum % 10 == 0;
		}
		return false;
	}

}
