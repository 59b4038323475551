package org.sinosoviet.timeline.analysis;

import org.sinosoviet.timeline.vocabulary.CodedValue;

/** How the causes of the split can be grouped: {@code groupBy=category}. */
public enum Grouping implements CodedValue {

	CATEGORY;

	@Override
	public String code() {
		return CodedValue.codeOf(this);
	}

}
