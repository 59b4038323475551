package org.sinosoviet.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.sinosoviet.timeline.dataset.Actor;

/**
 * An actor's part in an event, named by a role ({@code signatory}, {@code host}, {@code belligerent}, …).
 */
@Entity
@Table(name = "event_actor")
public class Participation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@Column(name = "sequence_no", nullable = false)
	private int sequenceNo;

	@Column(name = "actor_role", nullable = false)
	private String role;

	protected Participation() {
	}

	Participation(Event event, Actor actor, int sequenceNo, String role) {
		this.event = event;
		this.actor = actor;
		this.sequenceNo = sequenceNo;
		this.role = role;
	}

	void revise(int newSequenceNo, String newRole) {
		this.sequenceNo = newSequenceNo;
		this.role = newRole;
	}

	int getSequenceNo() {
		return sequenceNo;
	}

	public Actor getActor() {
		return actor;
	}

	public String getRole() {
		return role;
	}

}
