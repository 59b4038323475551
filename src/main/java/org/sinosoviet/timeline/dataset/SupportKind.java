package org.sinosoviet.timeline.dataset;

import org.sinosoviet.timeline.vocabulary.CodedValue;

/** What a citation supports in the event that makes it. */
public enum SupportKind implements CodedValue {

	/** When it happened. */
	DATE,
	/** That it happened as told. */
	FACT,
	/** A number the event gives. */
	FIGURE,
	/** A reading of it, held by the work's author. */
	INTERPRETATION;

	@Override
	public String code() {
		return CodedValue.codeOf(this);
	}

}
