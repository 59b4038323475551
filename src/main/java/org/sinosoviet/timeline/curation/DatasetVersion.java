package org.sinosoviet.timeline.curation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The version of the whole dataset, kept in the database so that every instance sees the same one. Each
 * write increments it in its own transaction, so the new version is visible exactly when the write is.
 * Whatever is kept per version (the response cache, the events as shown) reads it to know whether what it
 * keeps still holds.
 */
@Component
public class DatasetVersion {

	private final JdbcTemplate jdbc;

	DatasetVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void increment(DatasetChanged change) {
		jdbc.update("update dataset_version set version = version + 1 where id = 1");
	}

	/** The version now committed. */
	public long current() {
		Long version = jdbc.queryForObject("select version from dataset_version where id = 1", Long.class);
		return version == null ? 0 : version;
	}

}
