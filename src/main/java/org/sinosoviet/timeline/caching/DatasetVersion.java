package org.sinosoviet.timeline.caching;

import org.sinosoviet.timeline.curation.DatasetChanged;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The version of the whole dataset, kept in the database so that every instance sees the same one. Each
 * write increments it in its own transaction, so the new version is visible exactly when the write is.
 */
@Component
class DatasetVersion {

	private final JdbcTemplate jdbc;

	DatasetVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void increment(DatasetChanged change) {
		jdbc.update("update dataset_version set version = version + 1 where id = 1");
	}

	long current() {
		Long version = jdbc.queryForObject("select version from dataset_version where id = 1", Long.class);
		return version == null ? 0 : version;
	}

}
