package org.sinosoviet.timeline.dataset;

import org.sinosoviet.timeline.vocabulary.CodedValue;
import org.sinosoviet.timeline.vocabulary.CodedValueConverter;

/** Which of the two powers an actor belongs to, or neither. */
public enum Side implements CodedValue {

	USSR, PRC, OTHER;

	@Override
	public String code() {
		return CodedValue.codeOf(this);
	}

	@jakarta.persistence.Converter(autoApply = true)
	public static class JpaConverter extends CodedValueConverter<Side> {

		public JpaConverter() {
			super(Side.class);
		}

	}

}
