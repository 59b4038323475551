package org.sinosoviet.timeline.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.sinosoviet.timeline.failure.StaleVersionException;

/**
 * What every resource curators can change carries: a version for optimistic concurrency (and the
 * ETag that clients echo in {@code If-Match}), and who changed it when.
 */
@MappedSuperclass
public abstract class Curated {

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	public long getVersion() {
		return version;
	}

	/**
	 * Refuses a change made to another version than this one.
	 * @param expectedVersion the version the curator changed, or {@code null} for any
	 * @param described the resource, for the message: {@code Event 'zhenbao-island-clash'}
	 */
	public void expectVersion(@Nullable Long expectedVersion, String described) {
		if (expectedVersion != null && expectedVersion != version) {
			throw new StaleVersionException(described, version);
		}
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	protected void recordCreation(String curator, Instant at) {
		createdAt = at;
		createdBy = curator;
		recordChange(curator, at);
	}

	protected void recordChange(String curator, Instant at) {
		updatedAt = at;
		updatedBy = curator;
	}

}
