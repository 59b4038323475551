package org.sinosoviet.timeline.vocabulary;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a {@link CodedValue} as its code, so that the database holds the same words the API shows.
 */
public abstract class CodedValueConverter<E extends Enum<E> & CodedValue> implements AttributeConverter<E, String> {

	private final Class<E> type;

	protected CodedValueConverter(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(E value) {
		return value == null ? null : value.code();
	}

	@Override
	public E convertToEntityAttribute(String code) {
		return code == null ? null : CodedValue.fromCode(type, code);
	}

}
