package org.sinosoviet.timeline.event;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change to an event: who made it, when, and the fields it changed with their old and new values.
 */
@Entity
@Table(name = "event_revision")
public class EventRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_slug", nullable = false, updatable = false)
	private String eventSlug;

	@Column(nullable = false, updatable = false)
	private long version;

	@Column(nullable = false, updatable = false)
	private String action;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, updatable = false)
	private String changedBy;

	/** The changed fields as JSON: {@code {"field": {"from": ..., "to": ...}}}. */
	@Column(nullable = false, updatable = false)
	private String changes;

	protected EventRevision() {
	}

	EventRevision(String eventSlug, long version, String action, Instant changedAt, String changedBy,
			String changes) {
		this.eventSlug = eventSlug;
		this.version = version;
		this.action = action;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.changes = changes;
	}

	public long getVersion() {
		return version;
	}

	public String getAction() {
		return action;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public String getChanges() {
		return changes;
	}

}
