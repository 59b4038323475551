package org.sinosoviet.timeline.dataset;

import org.sinosoviet.timeline.vocabulary.CodedValue;
import org.sinosoviet.timeline.vocabulary.CodedValueConverter;

/** Who held a grievance against the other. */
public enum HeldBy implements CodedValue {

	PRC, USSR, BOTH;

	@Override
	public String code() {
		return CodedValue.codeOf(this);
	}

	@jakarta.persistence.Converter(autoApply = true)
	public static class JpaConverter extends CodedValueConverter<HeldBy> {

		public JpaConverter() {
			super(HeldBy.class);
		}

	}

}
