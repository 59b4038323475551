package org.sinosoviet.timeline.export;

import java.util.List;

/**
 * Writes RFC 4180 CSV: CRLF line ends, and fields that hold a comma, a double quote, a CR or an LF
 * quoted, with inner quotes doubled.
 */
final class Csv {

	private static final String CRLF = "\r\n";

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
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

}
