package org.sinosoviet.timeline.event;

import org.sinosoviet.timeline.vocabulary.CodedValue;

import org.springframework.data.domain.Sort;

/**
 * Chronological order: by the first day a date can denote, ties by slug; {@code -date} is its exact
 * reverse.
 */
public enum EventSort implements CodedValue {

	DATE("date", Sort.by(Sort.Order.asc("startOn"), Sort.Order.asc("slug"))),
	DATE_DESCENDING("-date", Sort.by(Sort.Order.desc("startOn"), Sort.Order.desc("slug")));

	private final String code;

	private final Sort sort;

	EventSort(String code, Sort sort) {
		this.code = code;
		this.sort = sort;
	}

	@Override
	public String code() {
		return code;
	}

	public Sort sort() {
		return sort;
	}

}
