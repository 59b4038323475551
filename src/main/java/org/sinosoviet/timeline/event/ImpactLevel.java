package org.sinosoviet.timeline.event;

import org.sinosoviet.timeline.vocabulary.CodedValue;

/**
 * An impact asked for in a filter: an exact score ({@code -2} … {@code 2}) or a direction
 * ({@code worsened}, {@code unchanged}, {@code improved}).
 */
public enum ImpactLevel implements CodedValue {

	MUCH_WORSE("-2", -2, -2), WORSE("-1", -1, -1), NEUTRAL("0", 0, 0), BETTER("1", 1, 1), MUCH_BETTER("2", 2, 2),
	WORSENED("worsened", -2, -1), UNCHANGED("unchanged", 0, 0), IMPROVED("improved", 1, 2);

	private final String code;

	private final int min;

	private final int max;

	ImpactLevel(String code, int min, int max) {
		this.code = code;
		this.min = min;
		this.max = max;
	}

	@Override
	public String code() {
		return code;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

}
