package org.sinosoviet.timeline.event.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV: CRLF line ends, and fields that hold a comma, a double quote, a CR or an LF
 * quoted, with inner quotes doubled. A field that a spreadsheet would run as a formula (one that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR and is not simply a number) is neutralised
 * as OWASP recommends for CSV injection: prefixed with a single quote, and quoted.
 */
final class Csv {

	private static final String CRLF = "\r\n";

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

	private final StringBuilder text = new StringBuilder();

	Csv row(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(escape(fields.get(i)));
		}
		text.append(CRLF);
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	static String escape(String field) {
		if (field == null) {
			return "";
		}
		if (isFormula(field)) {
			return "\"'" + field.replace("\"", "\"\"") + '"';
		}
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

	private static boolean isFormula(String field) {
		if (field.isEmpty() || "=+-@\t\r".indexOf(field.charAt(0)) < 0) {
			return false;
		}
		return !NUMBER.matcher(field).matches();
	}

}
