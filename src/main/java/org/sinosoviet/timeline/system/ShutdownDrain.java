package org.sinosoviet.timeline.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first thing to stop on shutdown: readiness goes down at once, and the service goes on answering for
 * {@code timeline.shutdown.drain} so that a load balancer probing readiness takes it out of rotation
 * before the web server stops accepting requests. The web server then finishes the requests in flight.
 */
@Component
@EnableConfigurationProperties(ShutdownProperties.class)
class ShutdownDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final ApplicationEventPublisher events;

	private final Duration drain;

	private volatile boolean running;

	private volatile boolean stopped;

	ShutdownDrain(ApplicationEventPublisher events, ShutdownProperties properties) {
		this.events = events;
		this.drain = properties.drain();
	}

	/**
	 * A context that is started again after a stop (Spring's test framework pauses the contexts it is not
	 * using, and restarts them) accepts traffic again; the first start leaves readiness to Boot, which
	 * announces it once the application is ready.
	 */
	@Override
	public void start() {
		running = true;
		if (stopped) {
			stopped = false;
			AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

	@Override
	public void stop() {
		running = false;
		stopped = true;
		AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
		if (!drain.isZero() && !drain.isNegative()) {
			log.info("Shutting down: readiness is down; still answering for {} s", drain.toMillis() / 1000.0);
			try {
				Thread.sleep(drain.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before everything else, the web server's graceful shutdown included. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
