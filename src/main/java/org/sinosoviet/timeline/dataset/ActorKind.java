package org.sinosoviet.timeline.dataset;

import org.sinosoviet.timeline.vocabulary.CodedValue;
import org.sinosoviet.timeline.vocabulary.CodedValueConverter;

public enum ActorKind implements CodedValue {

	PERSON, STATE, PARTY, ORGANISATION;

	@Override
	public String code() {
		return CodedValue.codeOf(this);
	}

	@jakarta.persistence.Converter(autoApply = true)
	public static class JpaConverter extends CodedValueConverter<ActorKind> {

		public JpaConverter() {
			super(ActorKind.class);
		}

	}

}
