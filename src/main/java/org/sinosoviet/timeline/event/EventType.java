package org.sinosoviet.timeline.event;

import org.sinosoviet.timeline.vocabulary.CodedValue;
import org.sinosoviet.timeline.vocabulary.CodedValueConverter;

/**
 * What kind of happening an event is.
 */
public enum EventType implements CodedValue {

	/** A state or regime comes into being. */
	FOUNDING,
	/** A formal treaty between states. */
	TREATY,
	/** An agreement short of a treaty: aid, trade, technology, culture. */
	AGREEMENT,
	/** A programme of aid, or its withdrawal. */
	AID,
	/** A war, or a state's entry into one. */
	WAR,
	/** One state's armed forces entering another's territory. */
	INVASION,
	/** Fighting on the Sino-Soviet frontier. */
	BORDER_CLASH,
	/** A confrontation that threatened war. */
	CRISIS,
	/** A popular rising put down by force. */
	UPRISING,
	/** Public protest. */
	PROTEST,
	/** A meeting of the two sides' leaders. */
	SUMMIT,
	/** A leader's or delegation's visit. */
	VISIT,
	/** A congress or international meeting of parties. */
	CONFERENCE,
	/** A speech or report that changed the terms of debate. */
	SPEECH,
	/** Public ideological polemic: letters, editorials, commentaries. */
	POLEMIC,
	/** A diplomatic act: recognition, a break, a refusal, an overture. */
	DIPLOMACY,
	/** A domestic policy or campaign. */
	POLICY,
	/** A nuclear weapons test. */
	NUCLEAR_TEST,
	/** A deployment of forces or weapons. */
	DEPLOYMENT,
	/** A change of leader. */
	LEADERSHIP_CHANGE,
	/** The death of a leader. */
	DEATH,
	/** A state ceases to exist. */
	DISSOLUTION;

	@Override
	public String code() {
		return CodedValue.codeOf(this);
	}

	@jakarta.persistence.Converter(autoApply = true)
	public static class JpaConverter extends CodedValueConverter<EventType> {

		public JpaConverter() {
			super(EventType.class);
		}

	}

}
