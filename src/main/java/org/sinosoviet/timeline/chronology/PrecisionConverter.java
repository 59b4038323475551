package org.sinosoviet.timeline.chronology;

import jakarta.persistence.Converter;

import org.sinosoviet.timeline.vocabulary.CodedValueConverter;

@Converter(autoApply = true)
public class PrecisionConverter extends CodedValueConverter<Precision> {

	public PrecisionConverter() {
		super(Precision.class);
	}

}
