package org.sinosoviet.timeline.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One way of showing an event (its JSON representation, a row of an export, a compact entry), kept per event
 * and per version of the dataset. A page of events then costs the query that finds them: only the events not
 * shown since the dataset last changed are loaded, together in one batch, and the others are taken as they
 * were shown before. Since each is kept under the version it was read at, a request never takes what an
 * earlier version showed, even while a write commits. Bounded by a number of events, the least recently used
 * dropped first.
 *
 * <p>What a rendering makes is shared by every request that shows the event, so it must not change once made
 * (records of immutable lists).
 * @param <T> what an event is shown as
 */
public final class EventView<T> {

	/** Events kept per view: the whole timeline, many times over, in a few megabytes. */
	static final int MAXIMUM_SIZE = 4_096;

	private final Function<Event, T> rendering;

	private final Cache<Shown, T> shown;

	private volatile long newest = Long.MIN_VALUE;

	EventView(Function<Event, T> rendering) {
		this.rendering = rendering;
		this.shown = Caffeine.newBuilder().maximumSize(MAXIMUM_SIZE).build();
	}

	/**
	 * The events with these ids as of this version of the dataset, in the order of the ids, loading those not
	 * yet shown; an event deleted in the meantime is left out.
	 */
	List<T> of(long version, List<Long> ids, Function<Collection<Long>, List<Event>> load) {
		forgetBefore(version);
		List<Shown> keys = ids.stream().map(id -> new Shown(version, id)).toList();
		Map<Shown, T> found = shown.getAll(keys, missing -> {
			Map<Shown, T> loaded = new HashMap<>();
			for (Event event : load.apply(missing.stream().map(Shown::id).toList())) {
				loaded.put(new Shown(version, event.getId()), rendering.apply(event));
			}
			return loaded;
		});
		return keys.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/** Once a newer version is seen, what older ones showed is of no more use. */
	private void forgetBefore(long version) {
		if (version > newest) {
			synchronized (this) {
				if (version > newest) {
					newest = version;
					shown.asMap().keySet().removeIf(key -> key.version() < version);
				}
			}
		}
	}

	private record Shown(long version, long id) {
	}

}
