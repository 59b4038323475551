package org.sinosoviet.timeline.caching;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sinosoviet.timeline.curation.DatasetChanged;
import org.sinosoviet.timeline.curation.DatasetVersion;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Answers kept per version of the dataset. When the version in the database moves on, the whole
 * generation of answers is dropped at once: after a write through this instance as soon as it commits,
 * and after a write through another instance within {@code timeline.cache.refresh-interval}. An answer
 * computed while the version changed is stored in the old generation, so it is never served. Each
 * generation holds at most {@code timeline.cache.max-size} bytes of answers and evicts the least useful
 * when full, so a client asking for endless distinct URLs can neither grow it nor keep others' answers out.
 */
@Component
public class ResponseCache implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ResponseCache.class);

	private final DatasetVersion version;

	private final CacheProperties properties;

	private volatile Generation generation;

	private ScheduledExecutorService poller;

	ResponseCache(DatasetVersion version, CacheProperties properties) {
		this.version = version;
		this.properties = properties;
		this.generation = new Generation(-1);
	}

	Generation generation() {
		return generation;
	}

	/** Compares the cache with the dataset's version, and drops every answer if the dataset has moved on. */
	public void refresh() {
		long current;
		try {
			current = version.current();
		}
		catch (RuntimeException ex) {
			// Without the version, nothing cached can be trusted; answers come from the database meanwhile.
			log.warn("Could not read the dataset version; the response cache is dropped: {}", ex.getMessage());
			generation = new Generation(-1);
			return;
		}
		if (current != generation.version) {
			generation = new Generation(current);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void afterWrite(DatasetChanged change) {
		if (properties.enabled()) {
			refresh();
		}
	}

	/** Reads the dataset's version, then polls it; with the cache switched off, neither. */
	@Override
	public void start() {
		if (!properties.enabled()) {
			return;
		}
		refresh();
		long interval = properties.refreshInterval().toMillis();
		if (interval > 0) {
			poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "dataset-version-poller");
				thread.setDaemon(true);
				return thread;
			});
			poller.scheduleWithFixedDelay(this::refresh, interval, interval, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void stop() {
		if (poller != null) {
			poller.shutdownNow();
			poller = null;
		}
	}

	@Override
	public boolean isRunning() {
		return poller != null || properties.refreshInterval().isZero() || !properties.enabled();
	}

	/** The answers of one version of the dataset. */
	final class Generation {

		private final long version;

		private final Cache<String, CachedResponse> answers;

		Generation(long version) {
			this.version = version;
			this.answers = Caffeine.newBuilder()
				.maximumWeight(properties.maxSize().toBytes())
				.weigher((String key, CachedResponse response) -> (int) Math.min(Integer.MAX_VALUE,
						response.size() + 2L * key.length()))
				.build();
		}

		CachedResponse get(String key) {
			return answers.getIfPresent(key);
		}

		/** Keeps the answer, unless this generation is no longer current. */
		void put(String key, CachedResponse response) {
			if (version >= 0) {
				answers.put(key, response);
			}
		}

		long size() {
			return answers.estimatedSize();
		}

	}

}
