package org.sinosoviet.timeline.analysis;

/**
 * How much one evidence event counts towards the score of a grievance as a cause of the split.
 * <p>
 * An event counts once for being evidence of the grievance, and once more for each step by which it
 * worsened relations: an event of impact -2 counts 3, -1 counts 2, 0 counts 1. An event that improved
 * relations (impact +1 or +2) counts nothing: it is evidence that the grievance was being eased, not
 * that it drove the two states apart. A grievance's score is the sum over its evidence events, so it
 * grows both with how often the grievance shows in the record and with how much damage each showing
 * did.
 */
public final class SplitScore {

	private SplitScore() {
	}

	public static int weightOf(int impact) {
		return Math.max(0, 1 - impact);
	}

}
