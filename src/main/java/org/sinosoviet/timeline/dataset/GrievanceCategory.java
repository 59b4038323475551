package org.sinosoviet.timeline.dataset;

import org.sinosoviet.timeline.vocabulary.CodedValue;
import org.sinosoviet.timeline.vocabulary.CodedValueConverter;

public enum GrievanceCategory implements CodedValue {

	IDEOLOGY, TERRITORY, ECONOMY, SECURITY_NUCLEAR, LEADERSHIP_RIVALRY, DIPLOMACY_PERSONAL, THIRD_PARTIES;

	@Override
	public String code() {
		return CodedValue.codeOf(this);
	}

	@jakarta.persistence.Converter(autoApply = true)
	public static class JpaConverter extends CodedValueConverter<GrievanceCategory> {

		public JpaConverter() {
			super(GrievanceCategory.class);
		}

	}

}
