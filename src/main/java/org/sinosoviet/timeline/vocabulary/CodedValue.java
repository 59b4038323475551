package org.sinosoviet.timeline.vocabulary;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enumeration whose constants travel as lower-case, hyphenated codes ({@code border-clash},
 * {@code security-nuclear}) in JSON, query parameters and the database alike.
 */
public interface CodedValue {

	@JsonValue
	String code();

	static <E extends Enum<E> & CodedValue> E fromCode(Class<E> type, String code) {
		for (E constant : type.getEnumConstants()) {
			if (constant.code().equals(code)) {
				return constant;
			}
		}
		throw new UnknownCodeException(code, codes(type));
	}

	static <E extends Enum<E> & CodedValue> List<String> codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(CodedValue::code).toList();
	}

	/** The code of a constant named in Java style: {@code BORDER_CLASH} is {@code border-clash}. */
	static String codeOf(Enum<?> constant) {
		return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
