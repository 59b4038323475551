package org.sinosoviet.timeline.dataset;

import org.sinosoviet.timeline.vocabulary.CodedValue;
import org.sinosoviet.timeline.vocabulary.CodedValueConverter;

/** What sort of work a reference is. */
public enum ReferenceKind implements CodedValue {

	BOOK, CHAPTER, ARTICLE, ARCHIVAL_DOCUMENT, TREATY, NEWSPAPER, SPEECH, WEBSITE;

	@Override
	public String code() {
		return CodedValue.codeOf(this);
	}

	@jakarta.persistence.Converter(autoApply = true)
	public static class JpaConverter extends CodedValueConverter<ReferenceKind> {

		public JpaConverter() {
			super(ReferenceKind.class);
		}

	}

}
